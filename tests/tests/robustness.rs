//! No input makes the front end panic, overflow its stack or report a location outside the file.
//!
//! Explicit cases for each input the issue names (invalid UTF-8, an empty file, a 10 MB file,
//! 100,000 nested brackets, binary junk, NUL bytes, missing and unreadable paths), then
//! property tests over random bytes, grammar-shaped strings and mutations of a real policy.
//! Every analysis, whatever its input, must keep the invariants of [`check_invariants`].

use std::path::Path;

use pol::diag::{codes, render, Diagnostic, Lang};
use pol::source::{SourceDb, Span};
use pol::{Analysis, LoadError, Workspace};
use proptest::prelude::*;

/// A realistic policy of about sixty lines: the seed the mutation property starts from.
const POLICY: &str = r#"// 星辰相册隐私政策 — Xingchen Photos privacy policy.
use std::pipl

policy xingchen {
  title { zh: "星辰相册隐私政策", en: "Xingchen Photos Privacy Policy" }
  controller {
    name { zh: "北京星辰智能科技有限公司", en: "Beijing Xingchen Intelligent Technology Co., Ltd." }
    address { zh: "北京市海淀区中关村大街1号", en: "1 Zhongguancun Street, Haidian District, Beijing" }
    phone +86-10-12345678
    email privacy@xingchen.example
    dpo { email dpo@xingchen.example }
  }
  effective 2024-06-01
  languages zh, en
  profile pipl
}

category phone {
  label { zh: "手机号码", en: "mobile phone number" }
  examples { zh: "138 0000 0000", en: "+86 138 0000 0000" }
  required
  refusal { zh: "您将无法注册账号。", en: "You will not be able to create an account." }
}

category face {
  label { zh: "人脸特征", en: "facial features" }
  sensitive
  source automatic
}

purpose account {
  label { zh: "注册与登录", en: "registration and sign-in" }
  uses phone
  basis pipl::contract
  required
}

purpose albums {
  label { zh: "按人物整理相册 😀", en: "grouping photos by person" }
  uses face
  basis pipl::separate_consent
  consent separate_prompt
  withdraw { zh: "在「设置 > 隐私」中关闭", en: "switch it off in Settings > Privacy" }
}

recipient sms: pipl::entrusted_party {
  label { zh: "短信服务提供商", en: "SMS service provider" }
  region CN
}

flow sms_codes { entrust phone; to sms; for account }

storage { region CN }

retention { data phone; period 6 months; on_expiry delete }

right deletion: pipl::delete {
  via privacy@xingchen.example, { zh: "「我的 > 设置」", en: "Me > Settings" }
  within 15 working_days
}

minors { threshold 14; guardian_consent }
"#;

/// The front end's view: these tests are about reading input, so the legal rules' findings
/// (which a small test policy always has: no rights section, no retention...) are set aside.
fn front_end(mut a: Analysis) -> Analysis {
    a.diagnostics.retain(|d| !d.code.is_rule());
    a
}

fn analyze_text(text: &str) -> Analysis {
    front_end(Workspace::from_text("input.pol", text).analyze())
}

/// Writes the bytes to `input.pol` in a fresh directory and analyzes it from disk.
fn analyze_bytes(bytes: &[u8]) -> Result<Analysis, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let path = dir.path().join("input.pol");
    std::fs::write(&path, bytes).map_err(|e| e.to_string())?;
    Ok(front_end(
        Workspace::open(&path).map_err(|e| e.to_string())?.analyze(),
    ))
}

fn codes_of(a: &Analysis) -> Vec<&'static str> {
    a.diagnostics.iter().map(|d| d.code.as_str()).collect()
}

fn span_problem(db: &SourceDb, span: Span, what: &str) -> Option<String> {
    let Some(file) = db.get(span.file) else {
        return Some(format!("{what}: {span:?} is in no file"));
    };
    let (start, end) = (span.start as usize, span.end as usize);
    if start > end || end > file.text.len() {
        return Some(format!(
            "{what}: {span:?} is outside {} ({} bytes)",
            file.name,
            file.text.len()
        ));
    }
    if !file.text.is_char_boundary(start) || !file.text.is_char_boundary(end) {
        return Some(format!(
            "{what}: {span:?} splits a character in {}",
            file.name
        ));
    }
    None
}

fn diagnostic_problems(db: &SourceDb, d: &Diagnostic) -> Vec<String> {
    let mut problems = Vec::new();
    if !codes::ALL.iter().any(|info| info.code == d.code) {
        problems.push(format!("{} is not a registered code", d.code));
    }
    let what = format!("{} `{}`", d.code, d.message.en());
    problems.extend(span_problem(
        db,
        d.primary.span,
        &format!("{what} (primary)"),
    ));
    for r in &d.related {
        problems.extend(span_problem(db, r.span, &format!("{what} (related)")));
    }
    for edit in d.fixes.iter().flat_map(|f| &f.edits) {
        problems.extend(span_problem(db, edit.span, &format!("{what} (fix)")));
    }
    problems
}

/// What every analysis must satisfy: registered codes, spans inside their files and on
/// character boundaries, and renderers that succeed in both languages and as JSON.
fn check_invariants(a: &Analysis) -> Result<(), String> {
    let problems: Vec<String> = a
        .diagnostics
        .iter()
        .flat_map(|d| diagnostic_problems(&a.db, d))
        .collect();
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    for lang in [Lang::En, Lang::Zh] {
        let mut out = Vec::new();
        render::human(&a.db, &a.diagnostics, lang, false, &mut out)
            .map_err(|e| format!("human rendering failed: {e}"))?;
        if !a.diagnostics.is_empty() && out.is_empty() {
            return Err("human rendering wrote nothing".into());
        }
    }
    let report = render::json_report(&a.db, &a.diagnostics);
    let json = serde_json::to_string(&report).map_err(|e| format!("JSON rendering failed: {e}"))?;
    let value: serde_json::Value =
        serde_json::from_str(&json).map_err(|e| format!("JSON does not parse: {e}"))?;
    let listed = value["diagnostics"].as_array().map(Vec::len);
    if listed != Some(a.diagnostics.len()) {
        return Err(format!(
            "JSON lists {listed:?} diagnostics, the analysis has {}",
            a.diagnostics.len()
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The inputs the issue names, one by one.
// ---------------------------------------------------------------------------------------------

#[test]
fn the_mutation_seed_is_a_clean_policy() {
    let a = analyze_text(POLICY);
    let mut out = Vec::new();
    render::human(&a.db, &a.diagnostics, Lang::En, false, &mut out).unwrap();
    assert!(
        a.diagnostics.is_empty(),
        "{}",
        String::from_utf8_lossy(&out)
    );
    assert!((55..=70).contains(&POLICY.lines().count()));
}

#[test]
fn an_empty_file_only_lacks_its_policy_header() {
    for a in [analyze_text(""), analyze_bytes(b"").unwrap()] {
        assert_eq!(codes_of(&a), vec!["TYPE-015"]);
        let d = &a.diagnostics[0];
        assert_eq!((d.primary.span.start, d.primary.span.end), (0, 0));
        check_invariants(&a).unwrap();
    }
}

#[test]
fn invalid_utf8_is_one_error_at_the_first_bad_byte() {
    // `手` is E6 89 8B; FF can never occur in UTF-8.
    let bytes = b"policy p {\n  title { zh: \"\xE6\x89\x8B\xFF\xFE\", en: \"x\" }\n}\n";
    let offset = bytes.iter().position(|b| *b == 0xFF).unwrap();
    assert_eq!(offset, 29);
    let a = analyze_bytes(bytes).unwrap();
    assert_eq!(
        codes_of(&a),
        vec!["SYN-005"],
        "a file that is not UTF-8 is not checked further"
    );
    let d = &a.diagnostics[0];
    assert_eq!(d.primary.span.start as usize, offset);
    assert!(d.message.en().contains("offset 29"), "{}", d.message.en());
    assert!(d.message.zh().contains("偏移 29"), "{}", d.message.zh());
    let file = a.db.get(d.primary.span.file).unwrap();
    assert!(file.name.ends_with("input.pol"), "{}", file.name);
    let lc = file.line_col(d.primary.span.start);
    assert_eq!((lc.line, lc.column), (2, 17));
    check_invariants(&a).unwrap();
}

#[test]
fn invalid_utf8_inside_a_character_and_at_the_start_is_located() {
    // A truncated `手` (E6 89) followed by ASCII: the error is at the E6.
    let a = analyze_bytes(b"// \xE6\x89 truncated\npolicy p {}\n").unwrap();
    assert_eq!(codes_of(&a), vec!["SYN-005"]);
    assert_eq!(a.diagnostics[0].primary.span.start, 3);
    check_invariants(&a).unwrap();
    // A file that starts with an invalid byte (a UTF-16 byte-order mark).
    let a = analyze_bytes(b"\xFF\xFEp\x00o\x00l\x00").unwrap();
    assert_eq!(codes_of(&a), vec!["SYN-005"]);
    assert_eq!(a.diagnostics[0].primary.span.start, 0);
    assert!(a.diagnostics[0].message.en().contains("offset 0"));
    check_invariants(&a).unwrap();
}

const HEADER: &str =
    "policy p {\n  controller { name { zh: \"甲\", en: \"A\" } }\n  effective 2024-06-01\n";

#[test]
fn a_hundred_thousand_nested_brackets_are_one_depth_error() {
    for (open, close) in [('[', ']'), ('{', '}')] {
        let prefix = format!("{HEADER}  scope ");
        let text = format!(
            "{prefix}{}{}\n}}\n",
            open.to_string().repeat(100_000),
            close.to_string().repeat(100_000)
        );
        let a = analyze_text(&text);
        let deep: Vec<&Diagnostic> = a
            .diagnostics
            .iter()
            .filter(|d| d.code == codes::SYN_TOO_DEEP)
            .collect();
        assert_eq!(deep.len(), 1, "{open}: {:?}", codes_of(&a));
        // The header's `{` is the first level, so the 32nd bracket of the run is the 33rd level.
        let at = prefix.len() + 31;
        assert_eq!(deep[0].primary.span.range(), at..at + 1, "{open}");
        assert!(
            deep[0].message.en().contains("32"),
            "{}",
            deep[0].message.en()
        );
        check_invariants(&a).unwrap();
    }
}

#[test]
fn a_hundred_thousand_unclosed_brackets_do_not_overflow() {
    for open in ["[", "{"] {
        let text = format!("{HEADER}  scope {}", open.repeat(100_000));
        let a = analyze_text(&text);
        assert_eq!(
            a.diagnostics
                .iter()
                .filter(|d| d.code == codes::SYN_TOO_DEEP)
                .count(),
            1,
            "{open}"
        );
        // The header's own `{` is the first bracket left open.
        assert!(
            a.diagnostics
                .iter()
                .any(|d| d.code == codes::SYN_UNEXPECTED && d.message.en().starts_with("unclosed")),
            "{open}: {:?}",
            codes_of(&a)
        );
        check_invariants(&a).unwrap();
    }
    // And at the top level, where nothing else is open.
    let a = analyze_text(&"{".repeat(100_000));
    assert_eq!(
        a.diagnostics
            .iter()
            .filter(|d| d.code == codes::SYN_TOO_DEEP)
            .count(),
        1
    );
    check_invariants(&a).unwrap();
}

#[test]
fn nul_bytes_are_invalid_characters() {
    let text = "policy\0 p {\0}\n";
    let a = analyze_text(text);
    let bad: Vec<std::ops::Range<usize>> = a
        .diagnostics
        .iter()
        .filter(|d| d.code == codes::SYN_INVALID_CHARACTER)
        .map(|d| d.primary.span.range())
        .collect();
    assert_eq!(bad, vec![6..7, 11..12]);
    check_invariants(&a).unwrap();
    // The same bytes from disk.
    let a = analyze_bytes(text.as_bytes()).unwrap();
    assert_eq!(
        a.diagnostics
            .iter()
            .filter(|d| d.code == codes::SYN_INVALID_CHARACTER)
            .count(),
        2
    );
    check_invariants(&a).unwrap();
}

#[test]
fn binary_junk_is_one_invalid_character_error_per_run() {
    // Control characters, DEL, an escape sequence and symbols the language has no use for.
    let junk = "\u{1}\u{2}\u{3}\u{7}\u{8}\u{1b}\u{7f}§¤";
    let text = format!("{HEADER}}}\n{junk}\ncategory c {{ label {{ zh: \"甲\", en: \"A\" }} }}\n");
    let a = analyze_text(&text);
    let start = text.find('\u{1}').unwrap();
    assert_eq!(
        codes_of(&a),
        vec!["SYN-003"],
        "the lines around the junk are still checked and clean"
    );
    assert_eq!(
        a.diagnostics[0].primary.span.range(),
        start..start + junk.len()
    );
    check_invariants(&a).unwrap();
    // Junk bytes that are not UTF-8 at all, from disk: one SYN-005.
    let bytes: Vec<u8> = (0u8..=255).rev().cycle().take(4096).collect();
    let a = analyze_bytes(&bytes).unwrap();
    assert_eq!(codes_of(&a), vec!["SYN-005"]);
    assert_eq!(a.diagnostics[0].primary.span.start, 0);
    check_invariants(&a).unwrap();
}

#[test]
fn a_ten_megabyte_policy_is_checked() {
    let mut text = String::with_capacity(10_600_000);
    text.push_str("policy big {\n  controller { name { zh: \"某某科技有限公司\", en: \"Example Co., Ltd.\" } }\n");
    text.push_str("  effective 2024-06-01\n}\n");
    text.push_str("basis agreed { label { zh: \"合同\", en: \"contract\" } }\n");
    let mut n = 0;
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(&format!(
            "category c{n} {{\n  label {{ zh: \"类别{n}（手机号码）\", en: \"category {n}\" }}\n  required\n}}\n\
             purpose p{n} {{\n  label {{ zh: \"目的{n}\", en: \"purpose {n}\" }}\n  uses c{n}\n  basis agreed\n}}\n"
        ));
        n += 1;
    }
    // One mistake at the very end, to see that it is found and located after 10 MB.
    text.push_str("category last { label { zh: \"末\" } }\n");
    let a = analyze_text(&text);
    assert_eq!(codes_of(&a), vec!["TYPE-002"]);
    let d = &a.diagnostics[0];
    let lc =
        a.db.get(d.primary.span.file)
            .unwrap()
            .line_col(d.primary.span.start);
    assert_eq!(lc.line as usize, text.lines().count());
    // The header, the basis, a category and a purpose per round, and the last category.
    let user_items = a
        .policy
        .items
        .iter()
        .filter(|i| {
            a.policy
                .modules
                .get(i.module.0 as usize)
                .is_some_and(|m| !m.is_std)
        })
        .count();
    assert_eq!(user_items, 3 + 2 * n);
    check_invariants(&a).unwrap();
}

#[test]
fn crlf_bom_tabs_and_astral_characters_keep_lines_and_columns_right() {
    let text = "\u{FEFF}policy p {\r\n\
                \tcontroller { name { zh: \"😀𠀀\", en: \"x\" } }\r\n\
                \teffective 2024-06-01\r\n\
                }\r\n\
                category c {\r\n\
                \tlabel { zh: \"𠀀😀手机\", en: \"e\" }\r\n\
                \texamples { zh: \"😀\", en: \"e\" }, 号码\r\n\
                }\r\n";
    for a in [analyze_text(text), analyze_bytes(text.as_bytes()).unwrap()] {
        assert_eq!(codes_of(&a), vec!["SYN-003"]);
        let d = &a.diagnostics[0];
        let start = text.find("号码").unwrap();
        assert_eq!(d.primary.span.range(), start..start + "号码".len());
        let file = a.db.get(d.primary.span.file).unwrap();
        let lc = file.line_col(d.primary.span.start);
        // Line 7; the tab and the emoji are one character each, the emoji two UTF-16 units.
        assert_eq!((lc.line, lc.column, lc.utf16_column), (7, 33, 33));
        let end = file.line_col(d.primary.span.end);
        assert_eq!((end.line, end.column, end.utf16_column), (7, 35, 35));
        assert_eq!(file.offset_of_utf16(6, 33), Some(d.primary.span.start));
        let json = render::json_report(&a.db, &a.diagnostics);
        assert_eq!(
            (
                json.diagnostics[0].location.start.line,
                json.diagnostics[0].location.start.column
            ),
            (7, 33)
        );
        check_invariants(&a).unwrap();
    }
}

#[test]
fn a_backslash_continues_a_string_whatever_the_line_ending() {
    for eol in ["\n", "\r\n", "\r"] {
        let token = format!("\"第一行，\\{eol}   \t 接着写\"");
        assert_eq!(
            pol::syntax::parser::unescape(&token),
            "第一行，接着写",
            "{eol:?}"
        );
    }
    // Through the whole front end, in a file saved with Windows line endings.
    let text = format!(
        "{HEADER}}}\ncategory c {{\n  label {{ zh: \"手机\\\n      号码\", en: \"mobile \\\n      phone\" }}\n}}\n"
    )
    .replace('\n', "\r\n");
    let a = analyze_text(&text);
    assert_eq!(codes_of(&a), Vec::<&str>::new());
    let c = a
        .policy
        .items
        .iter()
        .find(|i| i.name.as_ref().is_some_and(|n| n.text == "c"))
        .unwrap();
    let label = c.fields.text("label").unwrap();
    assert_eq!(
        (label.zh.as_deref(), label.en.as_deref()),
        (Some("手机号码"), Some("mobile phone"))
    );
}

#[test]
fn a_missing_path_is_not_found() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.pol");
    match Workspace::open(&missing) {
        Err(LoadError::NotFound(p)) => assert_eq!(p, missing),
        other => panic!("expected NotFound, got {other:?}"),
    }
    let e = Workspace::open(&missing).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!("no such file or directory: {}", missing.display())
    );
}

#[test]
fn a_directory_without_its_entry_file_has_no_entry() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("other.pol"), POLICY).unwrap();
    match Workspace::open(dir.path()) {
        Err(LoadError::NoEntry { dir: d, entry }) => {
            assert_eq!(d, dir.path());
            assert_eq!(entry, Path::new("policy.pol"));
        }
        other => panic!("expected NoEntry, got {other:?}"),
    }
    // With a pol.toml naming an entry that does not exist.
    std::fs::write(dir.path().join("pol.toml"), "entry = \"main.pol\"\n").unwrap();
    match Workspace::open(dir.path()) {
        Err(LoadError::NoEntry { entry, .. }) => assert_eq!(entry, Path::new("main.pol")),
        other => panic!("expected NoEntry, got {other:?}"),
    }
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_unreadable() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.pol");
    std::fs::write(&path, POLICY).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::File::open(&path).is_ok() {
        // Running as root: permissions do not stop the read, so there is nothing to observe
        // here. (The development container runs as root; CI as a normal user runs the check.)
        return;
    }
    match Workspace::open(&path) {
        Err(LoadError::Unreadable(p, e)) => {
            assert_eq!(p, path);
            assert_eq!(e.kind(), std::io::ErrorKind::PermissionDenied);
        }
        other => panic!("expected Unreadable, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Properties over random, grammar-shaped and mutated inputs.
// ---------------------------------------------------------------------------------------------

/// Pieces of the language and of the text people write in it, to build inputs that get past
/// the lexer and exercise the parser, the resolver and the type checker.
const PIECES: &[&str] = &[
    "policy",
    "category",
    "purpose",
    "recipient",
    "flow",
    "right",
    "security",
    "minors",
    "use",
    "std",
    "pipl",
    "gbt35273",
    "as",
    "label",
    "uses",
    "basis",
    "to",
    "for",
    "region",
    "within",
    "via",
    "required",
    "yes",
    "no",
    "zh",
    "en",
    "controller",
    "name",
    "effective",
    "languages",
    "consent",
    "delete",
    "p",
    "x",
    "::",
    "*",
    "{",
    "}",
    "[",
    "]",
    "\"",
    ":",
    ",",
    ";",
    "\n",
    "\r\n",
    "\r",
    " ",
    "  ",
    "\t",
    "//",
    "\\",
    "\\n",
    "\\q",
    "手机",
    "号码",
    "「",
    "」",
    "😀",
    "𠀀",
    "\u{FEFF}",
    "\0",
    "0",
    "15",
    "1.5",
    "2024-06-01",
    "2024-02-30",
    "2024-6-1",
    "days",
    "working_days",
    "@",
    "+",
    "-",
    "a@b.cn",
    "a@@b",
    "https://x.cn/p",
    "http://",
    "+86-10-12345678",
    "+86--1",
    "CN",
    "cn",
    "HK",
    "ZZ",
    "\"手机号码\"",
    "{ zh: \"甲\", en: \"A\" }",
];

fn grammarish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..200).prop_map(|pieces| pieces.concat())
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete {
        at: usize,
        len: usize,
    },
    Insert {
        at: usize,
        bytes: Vec<u8>,
    },
    Replace {
        at: usize,
        len: usize,
        bytes: Vec<u8>,
    },
}

fn replacement() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..16),
        grammarish().prop_map(|s| s.into_bytes().into_iter().take(64).collect()),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let n = POLICY.len();
    prop_oneof![
        (0..n, 0usize..64).prop_map(|(at, len)| Mutation::Delete { at, len }),
        (0..=n, replacement()).prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (0..n, 0usize..64, replacement()).prop_map(|(at, len, bytes)| Mutation::Replace {
            at,
            len,
            bytes
        }),
    ]
}

fn apply(text: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut out = text.to_vec();
    for m in mutations {
        let clamp = |at: usize, len: usize, out: &Vec<u8>| {
            let at = at.min(out.len());
            (at, (at + len).min(out.len()))
        };
        match m {
            Mutation::Delete { at, len } => {
                let (a, b) = clamp(*at, *len, &out);
                out.drain(a..b);
            }
            Mutation::Insert { at, bytes } => {
                let (a, _) = clamp(*at, 0, &out);
                out.splice(a..a, bytes.iter().copied());
            }
            Mutation::Replace { at, len, bytes } => {
                let (a, b) = clamp(*at, *len, &out);
                out.splice(a..b, bytes.iter().copied());
            }
        }
    }
    out
}

/// Analyzes bytes as text (decoded, as an editor buffer would hold them) and, when they are
/// not UTF-8, also from disk, where they must be exactly one `SYN-005`. (Valid UTF-8 reads the
/// same from disk as from memory; the explicit tests above cover that path.)
fn check_bytes(bytes: &[u8]) -> Result<(), TestCaseError> {
    let lossy = String::from_utf8_lossy(bytes);
    check_invariants(&analyze_text(&lossy)).map_err(TestCaseError::fail)?;
    if std::str::from_utf8(bytes).is_err() {
        let from_disk = analyze_bytes(bytes).map_err(TestCaseError::fail)?;
        check_invariants(&from_disk).map_err(TestCaseError::fail)?;
        prop_assert_eq!(codes_of(&from_disk), vec!["SYN-005"]);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_break_the_front_end(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..512),
            // ASCII, NUL and control characters included: valid UTF-8 that is mostly junk.
            prop::collection::vec(0u8..128, 0..512),
        ]
    ) {
        check_bytes(&bytes)?;
    }

    #[test]
    fn grammar_shaped_text_never_breaks_the_front_end(text in grammarish()) {
        check_invariants(&analyze_text(&text)).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn mutated_policies_never_break_the_front_end(mutations in prop::collection::vec(mutation(), 1..4)) {
        let bytes = apply(POLICY.as_bytes(), &mutations);
        check_bytes(&bytes)?;
    }
}
