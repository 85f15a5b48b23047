//! `polc` end to end: exit codes, human and JSON output, `--lang`, `--deny-warnings` and
//! `polc explain`, on the built binary.
//!
//! Exit codes are a contract with CI scripts: 0 clean, 1 problems found, 2 usage or I/O error.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

const CLEAN: &str = r#"use std::pipl
use std::gbt35273 as gb

policy acme {
  controller {
    name { zh: "示例科技有限公司", en: "Example Technology Co., Ltd." }
    email privacy@example.com
  }
  effective 2024-06-01
  languages zh, en
  audience not_directed_at_minors
}

minors {
  on_discovery { zh: "我们发现误收集儿童个人信息的，将立即删除。", en: "We delete children's information as soon as we find we collected it by mistake." }
}

category email {
  label { zh: "电子邮件地址", en: "email address" }
  source subject
  required
  refusal { zh: "我们将无法回复您的咨询。", en: "We will not be able to answer your enquiry." }
}

purpose support {
  label { zh: "售后与支持", en: "after-sales support" }
  uses email
  basis pipl::contract
}

retention support_records {
  for support
  period 2 years
  on_expiry delete
}

right access: pipl::access { via privacy@example.com; within 15 working_days }
right copy: pipl::copy { via privacy@example.com; within 15 working_days }
right correct: pipl::correct { via privacy@example.com; within 15 working_days }
right supplement: pipl::supplement { via privacy@example.com; within 15 working_days }
right delete: pipl::delete {
  via privacy@example.com
  within 15 working_days
  conditions pipl::deletion_conditions, pipl::deletion_fallback
}
right restrict: pipl::restrict_refuse { via privacy@example.com; within 15 working_days }
right explain: pipl::explain { via privacy@example.com; within 15 working_days }
right complain: pipl::complain { via privacy@example.com; within 15 working_days }

security {
  incident_notice email, announcement
}

changes {
  announce website, email
  major gb::major_changes
}

revision first {
  date 2024-06-01
  changes { zh: "首次发布。", en: "First published." }
}
"#;

/// Two errors: a duplicate (with a related span) and a misspelt name (with a fix), the latter
/// after Chinese text on its line so that columns and byte offsets differ.
const BROKEN: &str = r#"policy acme {
  controller { name { zh: "示例科技有限公司", en: "Example Technology Co., Ltd." } }
  effective 2024-06-01
}

category email { label { zh: "电子邮件地址", en: "email address" } }
category email { label { zh: "邮箱", en: "mailbox" } }

purpose support { label { zh: "售后与支持", en: "after-sales support" }; uses emial }
"#;

fn polc() -> Command {
    Command::new(env!("CARGO_BIN_EXE_polc"))
}

/// A temporary directory holding `policy.pol` with `text`.
fn project(text: &str) -> std::io::Result<tempfile::TempDir> {
    let dir = tempfile::tempdir()?;
    std::fs::write(dir.path().join("policy.pol"), text)?;
    Ok(dir)
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `polc` in `dir`. A `polc` that cannot start, or dies of a signal, has code -1.
fn run(dir: &Path, args: &[&str]) -> Run {
    match polc().current_dir(dir).args(args).output() {
        Ok(out) => Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        },
        Err(e) => Run {
            code: -1,
            stdout: String::new(),
            stderr: format!("cannot run polc: {e}"),
        },
    }
}

#[test]
fn a_clean_policy_exits_0() {
    let dir = project(CLEAN).unwrap();
    let r = run(dir.path(), &["check", "policy.pol", "--color", "never"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "checked 1 policy: 0 errors, 0 warnings\n");
    assert_eq!(r.stdout, "");
    // A directory holding policy.pol is a project.
    let r = run(dir.path(), &["check", ".", "--color", "never"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn errors_exit_1_with_every_error_reported() {
    let dir = project(BROKEN).unwrap();
    let r = run(dir.path(), &["check", "policy.pol", "--color", "never"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("error[NAME-002]: `email` is declared twice"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("error[NAME-001]: unknown name `emial`"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("policy.pol:9:"), "{}", r.stderr);
    assert!(
        r.stderr
            .ends_with("checked 1 policy: 2 errors, 0 warnings\n"),
        "{}",
        r.stderr
    );
    assert!(
        !r.stderr.contains('\u{1b}'),
        "--color never writes no escape sequences"
    );
}

#[test]
fn warnings_fail_only_with_deny_warnings() {
    // `use std::gdpr` with nothing using it: NAME-004, a warning.
    let text = CLEAN.replace("use std::pipl\n", "use std::pipl\nuse std::gdpr\n");
    let dir = project(&text).unwrap();
    let r = run(dir.path(), &["check", "policy.pol", "--color", "never"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("warning[NAME-004]: unused import `gdpr`"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .ends_with("checked 1 policy: 0 errors, 1 warning\n"),
        "{}",
        r.stderr
    );
    let r = run(
        dir.path(),
        &["check", "policy.pol", "--color", "never", "--deny-warnings"],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
}

#[test]
fn a_missing_path_exits_2_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(dir.path(), &["check", "nope.pol", "--color", "never"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("error: no such file or directory: nope.pol\n"),
        "{}",
        r.stderr
    );
    // A directory without policy.pol says what it expected.
    std::fs::create_dir(dir.path().join("empty")).unwrap();
    let r = run(dir.path(), &["check", "empty", "--color", "never"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("empty has no policy file: expected policy.pol"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_missing_path_among_good_ones_still_exits_2_after_checking_the_rest() {
    let dir = project(BROKEN).unwrap();
    let r = run(
        dir.path(),
        &["check", "policy.pol", "nope.pol", "--color", "never"],
    );
    assert_eq!(r.code, 2, "a usage error wins over problems found");
    assert!(r.stderr.contains("error[NAME-001]"), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("error: no such file or directory: nope.pol"),
        "{}",
        r.stderr
    );
}

#[test]
fn bad_command_lines_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["frobnicate"],
        vec!["check", "policy.pol", "--frobnicate"],
        vec!["check"],
        vec!["check", "policy.pol", "--format", "xml"],
        vec!["check", "policy.pol", "--lang", "fr"],
        vec![],
    ] {
        let r = run(dir.path(), &args);
        assert_eq!(r.code, 2, "polc {args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains("error") || r.stderr.contains("Usage"),
            "polc {args:?}: {}",
            r.stderr
        );
    }
    // Asking for help is not an error.
    assert_eq!(run(dir.path(), &["--help"]).code, 0);
}

#[test]
fn lang_zh_prints_chinese_messages() {
    let dir = project(BROKEN).unwrap();
    let r = run(
        dir.path(),
        &["check", "policy.pol", "--color", "never", "--lang", "zh"],
    );
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("错误[NAME-001]: 未知名称「emial」"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("「email」重复声明"), "{}", r.stderr);
    assert!(
        r.stderr.contains("已检查 1 个政策：2 个错误，0 个警告"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("unknown name"), "{}", r.stderr);
}

/// Line (1-based), column (1-based, in characters), byte offset and UTF-16 column of the
/// `nth` occurrence of `needle` in `text`, counted independently of the compiler.
fn position(text: &str, needle: &str, nth: usize) -> (u64, u64, u64, u64) {
    let offset = text.match_indices(needle).nth(nth).map_or(0, |(i, _)| i);
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let prefix = &text[line_start..offset];
    (
        before.matches('\n').count() as u64 + 1,
        prefix.chars().count() as u64 + 1,
        offset as u64,
        prefix.encode_utf16().count() as u64,
    )
}

fn assert_position(value: &Value, expected: (u64, u64, u64, u64), what: &str) {
    let got = (
        value["line"].as_u64(),
        value["column"].as_u64(),
        value["offset"].as_u64(),
        value["utf16_column"].as_u64(),
    );
    let (line, column, offset, utf16) = expected;
    assert_eq!(
        got,
        (Some(line), Some(column), Some(offset), Some(utf16)),
        "{what}: {value}"
    );
    assert_eq!(
        value.as_object().map(serde_json::Map::len),
        Some(4),
        "{what}: a position has exactly four fields"
    );
}

/// Asserts that `value` locates `spanned`, the text at the start of the `nth` `needle`.
fn assert_location(value: &Value, needle: &str, nth: usize, spanned: &str, what: &str) {
    assert!(needle.starts_with(spanned));
    assert_eq!(value["file"], "policy.pol", "{what}");
    let start = position(BROKEN, needle, nth);
    let end = (
        start.0,
        start.1 + spanned.chars().count() as u64,
        start.2 + spanned.len() as u64,
        start.3 + spanned.encode_utf16().count() as u64,
    );
    assert_position(&value["start"], start, &format!("{what} start"));
    assert_position(&value["end"], end, &format!("{what} end"));
}

#[test]
fn json_output_has_the_documented_shape() {
    let dir = project(BROKEN).unwrap();
    let r = run(dir.path(), &["check", "policy.pol", "--format", "json"]);
    assert_eq!(r.code, 1, "the exit status does not depend on the format");
    let report: Value = serde_json::from_str(&r.stdout).unwrap();

    let mut top: Vec<&str> = report
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    top.sort_unstable();
    assert_eq!(
        top,
        [
            "diagnostics",
            "failures",
            "summary",
            "suppressed",
            "version"
        ]
    );
    assert_eq!(report["version"], 1);
    assert_eq!(report["summary"]["errors"], 2);
    assert_eq!(report["summary"]["warnings"], 0);
    let diags = report["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), 2);

    for d in diags {
        for key in [
            "code",
            "severity",
            "message",
            "message_zh",
            "file",
            "start",
            "end",
            "label",
            "related",
            "help",
            "help_zh",
            "fixes",
        ] {
            assert!(d.get(key).is_some(), "diagnostic without `{key}`: {d}");
        }
        assert_eq!(d["severity"], "error");
    }

    // Sorted by position: the duplicate on line 7 comes before the unknown name on line 9.
    let dup = &diags[0];
    assert_eq!(dup["code"], "NAME-002");
    assert_eq!(dup["message"], "`email` is declared twice");
    assert_eq!(dup["message_zh"], "「email」重复声明");
    // The second `category email {`: the span is the name only.
    assert_location(dup, "email {", 1, "email", "NAME-002");
    assert_eq!(dup["label"], "declared again here");
    assert_eq!(dup["help"], "rename one of them or merge them");
    assert_eq!(dup["help_zh"], "请重命名其中之一，或将两者合并");
    let related = dup["related"].as_array().unwrap();
    assert_eq!(related.len(), 1);
    assert_eq!(related[0]["message"], "first declared here");
    assert_eq!(related[0]["message_zh"], "首次声明于此");
    assert_eq!(related[0]["file"], "policy.pol");
    let first = position(BROKEN, "email {", 0);
    assert_position(&related[0]["start"], first, "related start");
    assert_eq!(dup["fixes"].as_array().unwrap().len(), 0);

    let unknown = &diags[1];
    assert_eq!(unknown["code"], "NAME-001");
    assert_eq!(unknown["message"], "unknown name `emial`");
    assert_eq!(unknown["message_zh"], "未知名称「emial」");
    assert_location(unknown, "emial", 0, "emial", "NAME-001");
    // Five Chinese characters earlier on the line: the column and the offset part ways.
    let (_, column, offset, utf16) = position(BROKEN, "emial", 0);
    let line_start = BROKEN[..offset as usize].rfind('\n').unwrap() as u64 + 1;
    assert_eq!(
        offset - line_start,
        column - 1 + 5 * 2,
        "each 汉字 is three bytes, one column"
    );
    assert_eq!(utf16, column - 1);
    assert_eq!(unknown["help"], "did you mean `email`?");
    assert_eq!(unknown["related"].as_array().unwrap().len(), 0);
    let fixes = unknown["fixes"].as_array().unwrap();
    assert_eq!(fixes.len(), 1);
    assert_eq!(fixes[0]["title"], "replace with `email`");
    assert_eq!(fixes[0]["title_zh"], "替换为「email」");
    let edits = fixes[0]["edits"].as_array().unwrap();
    assert_eq!(edits.len(), 1);
    assert_eq!(edits[0]["new_text"], "email");
    assert_location(&edits[0], "emial", 0, "emial", "fix edit");

    // Nothing but the JSON on stdout; nothing at all on stderr.
    assert_eq!(r.stderr, "");
}

#[test]
fn json_output_of_a_clean_policy_is_an_empty_report() {
    let dir = project(CLEAN).unwrap();
    let r = run(dir.path(), &["check", "policy.pol", "--format", "json"]);
    assert_eq!(r.code, 0);
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        report,
        serde_json::json!({
            "version": 1,
            "diagnostics": [],
            "suppressed": [],
            "failures": [],
            "summary": { "errors": 0, "warnings": 0, "omitted": 0, "suppressed": 0 }
        })
    );
}

/// The clean policy with its one purpose's basis replaced by a justified `allow` of the rule
/// that asks for one.
fn silenced_policy() -> String {
    CLEAN.replace(
        "  basis pipl::contract\n",
        "  allow PIPL-BASIS-001 because \"answered in the contract itself\"\n",
    )
}

/// Silenced findings were in no machine output: a reader of the JSON or the SARIF could not
/// tell a policy that needs no `allow` from one that silences ten rules.
#[test]
fn suppressed_findings_are_in_json_and_sarif_with_their_justification() {
    let dir = project(&silenced_policy()).unwrap();
    let r = run(dir.path(), &["check", "policy.pol", "--format", "json"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(report["diagnostics"], serde_json::json!([]));
    assert_eq!(report["summary"]["suppressed"], 1, "{report}");
    let s = &report["suppressed"][0];
    assert_eq!(s["code"], "PIPL-BASIS-001");
    assert_eq!(s["suppressed"], true);
    assert_eq!(s["justification"], "answered in the contract itself");
    let allow_line = position(&silenced_policy(), "PIPL-BASIS-001 because", 0).0;
    assert_eq!(s["suppression"]["start"]["line"], allow_line);
    assert!(s["message_zh"].as_str().is_some_and(|m| !m.is_empty()));

    let r = run(dir.path(), &["check", "policy.pol", "--format", "sarif"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let log: Value = serde_json::from_str(&r.stdout).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 1, "{log}");
    assert_eq!(results[0]["ruleId"], "PIPL-BASIS-001");
    let sup = &results[0]["suppressions"][0];
    assert_eq!(sup["kind"], "inSource");
    assert_eq!(sup["justification"], "answered in the contract itself");
    assert_eq!(
        sup["location"]["physicalLocation"]["region"]["startLine"],
        allow_line
    );
}

/// The human summary said `0 errors, 0 warnings` of a policy whose silence was all `allow`s.
#[test]
fn the_human_summary_counts_suppressed_findings() {
    let dir = project(&silenced_policy()).unwrap();
    let r = run(dir.path(), &["check", "policy.pol", "--color", "never"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .ends_with("checked 1 policy: 0 errors, 0 warnings, 1 suppressed\n"),
        "{}",
        r.stderr
    );
    let r = run(
        dir.path(),
        &["check", "policy.pol", "--color", "never", "--lang", "zh"],
    );
    assert!(
        r.stderr
            .ends_with("已检查 1 个政策：0 个错误，0 个警告，已豁免 1 项\n"),
        "{}",
        r.stderr
    );
    // Nothing silenced, nothing said about it.
    let dir = project(CLEAN).unwrap();
    let r = run(dir.path(), &["check", "policy.pol", "--color", "never"]);
    assert!(
        r.stderr
            .ends_with("checked 1 policy: 0 errors, 0 warnings\n"),
        "{}",
        r.stderr
    );
}

/// `--lang zh` had English frame words: `error[...]`, `Help:`.
#[test]
fn lang_zh_frames_diagnostics_in_chinese() {
    let dir = project(BROKEN).unwrap();
    let r = run(
        dir.path(),
        &["check", "policy.pol", "--color", "never", "--lang", "zh"],
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("错误[NAME-001]"), "{}", r.stderr);
    assert!(r.stderr.contains("错误[NAME-002]"), "{}", r.stderr);
    assert!(!r.stderr.contains("error["), "{}", r.stderr);
    assert!(!r.stderr.contains("Help:"), "{}", r.stderr);
    assert!(!r.stderr.contains("Note:"), "{}", r.stderr);
    assert!(
        r.stderr.ends_with("已检查 1 个政策：2 个错误，0 个警告\n"),
        "{}",
        r.stderr
    );
}

/// A missing path exits 2, and the JSON report said `"errors": 0`.
#[test]
fn json_counts_a_path_that_cannot_be_checked() {
    let dir = project(CLEAN).unwrap();
    let r = run(
        dir.path(),
        &["check", "policy.pol", "nope.pol", "--format", "json"],
    );
    assert_eq!(r.code, 2);
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(report["summary"]["errors"], 1, "{report}");
    assert_eq!(report["failures"][0]["path"], "nope.pol");
    assert!(report["failures"][0]["message"]
        .as_str()
        .is_some_and(|m| m.contains("no such file")));
    let r = run(dir.path(), &["check", "nope.pol", "--format", "sarif"]);
    assert_eq!(r.code, 2);
}

#[test]
fn a_missing_path_is_said_in_chinese_with_lang_zh() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(
        dir.path(),
        &["check", "nope.pol", "--color", "never", "--lang", "zh"],
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.starts_with("错误: 没有这个文件或目录：nope.pol\n"),
        "{}",
        r.stderr
    );
}

/// SARIF `helpUri`s pointed into `https://example.invalid/...`; they now point under the
/// documentation base given by `--docs-url` or pol.toml's `docs_url`, and are left out when
/// there is none rather than made up.
#[test]
fn sarif_help_uris_point_under_the_configured_docs_base() {
    let dir = project(BROKEN).unwrap();
    let uris = |r: &Run| -> Vec<String> {
        let log: Value = serde_json::from_str(&r.stdout).unwrap();
        log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|r| r["helpUri"].as_str().map(str::to_string))
            .collect()
    };
    let r = run(dir.path(), &["check", "policy.pol", "--format", "sarif"]);
    assert!(!r.stdout.contains("example.invalid"), "{}", r.stdout);
    assert_eq!(uris(&r), Vec::<String>::new());
    let r = run(
        dir.path(),
        &[
            "check",
            "policy.pol",
            "--format",
            "sarif",
            "--docs-url",
            "https://pol.example.org/v1/",
        ],
    );
    assert_eq!(
        uris(&r),
        [
            "https://pol.example.org/v1/docs/diagnostics.md#name-001--unknown-name",
            "https://pol.example.org/v1/docs/diagnostics.md#name-002--duplicate-definition"
        ]
    );
    // A rule's page, from pol.toml.
    let dir = project(&CLEAN.replace("  basis pipl::contract\n", "")).unwrap();
    std::fs::write(
        dir.path().join("pol.toml"),
        "docs_url = \"https://docs.example.org/pol\"\n",
    )
    .unwrap();
    let r = run(dir.path(), &["check", ".", "--format", "sarif"]);
    assert!(
        uris(&r).contains(&"https://docs.example.org/pol/docs/rules/PIPL-BASIS-001.md".to_string()),
        "{}",
        r.stdout
    );
}

#[test]
fn explain_prints_the_section_of_a_code() {
    let dir = tempfile::tempdir().unwrap();
    for code in ["TYPE-002", "type-002"] {
        let r = run(dir.path(), &["explain", code]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stdout.starts_with("## TYPE-002"), "{}", r.stdout);
        assert!(
            !r.stdout.contains("\n## TYPE-003"),
            "only the one section is printed"
        );
    }
}

#[test]
fn explain_of_an_unknown_code_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(dir.path(), &["explain", "NOPE-1"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr.starts_with("error: unknown code `NOPE-1`"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("TYPE-002"),
        "the known codes are listed: {}",
        r.stderr
    );
}

/// An unknown code listed only the language's codes and suggested none of the legal rules'.
#[test]
fn explain_of_an_unknown_code_suggests_and_lists_every_code() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(dir.path(), &["explain", "PIPL-BASE-001"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("error: unknown code `PIPL-BASE-001` (did you mean PIPL-BASIS-001?"),
        "{}",
        r.stderr
    );
    for code in [
        "SYN-001",
        "BUILD-001",
        "PIPL-SHARE-001",
        "GDPR-ART9-001",
        "CORE-DECL-001",
        "PIPL-CHANGE-002",
    ] {
        assert!(r.stderr.contains(code), "{code} not listed: {}", r.stderr);
    }
    assert!(r.stderr.contains("PIPL rules / PIPL 规则:"), "{}", r.stderr);
    let r = run(dir.path(), &["explain", "SYN-01"]);
    assert!(r.stderr.contains("did you mean SYN-001?"), "{}", r.stderr);
}

/// Copies `examples/megvii` into a temporary directory.
#[cfg(test)] // test helper: clippy's allow-unwrap-in-tests covers `cfg(test)` items
fn megvii_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/megvii");
    for entry in std::fs::read_dir(&source).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    dir
}

/// Inserts `line` after the first line of `file` that starts with `anchor`.
#[cfg(test)] // test helper: clippy's allow-unwrap-in-tests covers `cfg(test)` items
fn insert_after(dir: &Path, file: &str, anchor: &str, line: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out = Vec::new();
    let mut done = false;
    for l in text.lines() {
        out.push(l.to_string());
        if !done && l.starts_with(anchor) {
            out.push(line.to_string());
            done = true;
        }
    }
    assert!(done, "no line starting with {anchor:?} in {file}");
    std::fs::write(&path, out.join("\n") + "\n").unwrap();
}

/// The 1-based line of `needle` in `file`.
#[cfg(test)] // test helper: clippy's allow-unwrap-in-tests covers `cfg(test)` items
fn line_of(dir: &Path, file: &str, needle: &str) -> u64 {
    let text = std::fs::read_to_string(dir.join(file)).unwrap();
    text.lines().position(|l| l.contains(needle)).unwrap() as u64 + 1
}

/// The language core's acceptance case: the megvii example with five independent syntax
/// errors, in two files and five different items, gives exactly five coded, located errors
/// (nothing cascades from them) and exit code 1; the clean original exits 0.
#[test]
fn megvii_with_five_syntax_errors_reports_exactly_five() {
    let dir = megvii_copy();
    assert_eq!(run(dir.path(), &["check", "."]).code, 0);
    // Each line is a syntax error of a different kind, in a different item.
    let errors = [
        ("policy.pol", "section principles {", "  $ oops", "SYN-003"),
        ("policy.pol", "recipient partners ", "  note: ,", "SYN-001"),
        (
            "policy.pol",
            "flow share_with_partners {",
            "  ::",
            "SYN-001",
        ),
        ("website.pol", "category ", "]", "SYN-001"),
        (
            "website.pol",
            "purpose ",
            "  necessity { zh: \"\\q\", en: \"x\" }",
            "SYN-006",
        ),
    ];
    for (file, anchor, line, _) in &errors {
        insert_after(dir.path(), file, anchor, line);
    }
    let out = run(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let report: Value = serde_json::from_str(&out.stdout).unwrap();
    let found: Vec<(String, String, u64)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let file = d["file"].as_str().unwrap();
            let name = Path::new(file)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (
                name,
                d["code"].as_str().unwrap().to_string(),
                d["start"]["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let mut expected: Vec<(String, String, u64)> = errors
        .iter()
        .map(|(file, _, line, code)| {
            (
                file.to_string(),
                code.to_string(),
                line_of(dir.path(), file, line),
            )
        })
        .collect();
    let mut found_sorted = found.clone();
    found_sorted.sort();
    expected.sort();
    assert_eq!(found_sorted, expected, "all diagnostics: {found:?}");
    assert_eq!(report["summary"]["errors"], 5);
}

#[test]
fn fmt_check_lists_unformatted_files_and_fmt_rewrites_them() {
    let dir = tempfile::tempdir().unwrap();
    let messy = dir.path().join("messy.pol");
    let tidy = dir.path().join("tidy.pol");
    std::fs::write(&messy, "category x {\n     label {zh:\"甲\" ,en: \"x\"}\n}").unwrap();
    std::fs::write(
        &tidy,
        "category y {\n  label { zh: \"乙\", en: \"y\" }\n}\n",
    )
    .unwrap();
    let out = Command::cargo_bin("polc")
        .unwrap()
        .args(["fmt", "--check"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let listed = String::from_utf8(out.stdout).unwrap();
    assert_eq!(listed.trim(), messy.display().to_string());

    let out = Command::cargo_bin("polc")
        .unwrap()
        .arg("fmt")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&messy).unwrap(),
        "category x {\n  label { zh: \"甲\", en: \"x\" }\n}\n"
    );
    let out = Command::cargo_bin("polc")
        .unwrap()
        .args(["fmt", "--check"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn fmt_refuses_a_file_with_syntax_errors_and_leaves_it_alone() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.pol");
    let text = "category x {\n  label 手机\n}\n";
    std::fs::write(&bad, text).unwrap();
    let out = Command::cargo_bin("polc")
        .unwrap()
        .arg("fmt")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("SYN-003"));
    assert_eq!(std::fs::read_to_string(&bad).unwrap(), text);
    let missing = Command::cargo_bin("polc")
        .unwrap()
        .args(["fmt", "/no/such/dir/x.pol"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
}
