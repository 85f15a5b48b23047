//! Diagnostic fixtures, the examples of `docs/diagnostics.md`, and the recovery acceptance case.
//!
//! # Fixtures
//!
//! `tests/fixtures/diagnostics/<CODE>/` exists for every code, the front end's and the legal
//! rules' ([`codes::all_codes`]; the tidy test
//! [`every_code_has_a_fail_and_a_pass_fixture`] fails otherwise) and holds:
//! - `fail.pol`: a small policy that triggers the code, with every diagnostic it must produce
//!   annotated inline (see below). The set of diagnostics reported must equal the set of
//!   annotations exactly: nothing missing, nothing extra, in any file, the stdlib included;
//! - `pass.pol`: the fixed policy, which must produce no diagnostic at all (not even a warning).
//!
//! Either may instead be a directory (`fail/`, `pass/`), analyzed as a project with
//! `Workspace::open(dir)`: for `pol.toml` problems and for codes that need several files. Every
//! `.pol` and `.toml` file in the directory may then carry annotations about itself.
//!
//! # Annotations
//!
//! An annotation is a comment line (`//` in `.pol` files, `#` in `pol.toml`) of one of two forms.
//!
//! The caret form marks a span on the nearest line above it that is not itself an annotation;
//! the carets sit under the span's columns (columns count characters, so a Chinese character is
//! one column), and the severity and code follow:
//!
//! ```text
//!   uses phone, emial
//! //            ^^^^^ error[NAME-001]
//! ```
//!
//! Several caret annotations may follow one line. The explicit form names the span's start and
//! end as `line:column` (1-based, the end being the position just after the span, as
//! `polc check --format json` reports it); it is for what carets cannot show: spans starting in
//! the columns the comment marker itself occupies, empty spans and spans over several lines:
//!
//! ```text
//! // error[TYPE-015] at 1:1-1:1
//! ```
//!
//! A comment whose text starts with `^`, `error[`, `warning[` or `note[` must be a well-formed
//! annotation naming a registered code; anything else is a mistake in the fixture and fails the
//! test rather than being silently ignored.
//!
//! Of the legal rules' diagnostics, only those of the fixture's own code are compared (see
//! [`reported`]): a small policy is incomplete under PIPL, and every front-end fixture would
//! otherwise have to be a complete policy. Front-end diagnostics are always compared.
//!
//! # Files that are not UTF-8
//!
//! A fixture file whose bytes are not UTF-8 cannot hold annotations (the text cannot be read
//! as text): it is expected to produce exactly one `SYN-005` error, on the replacement
//! character at the first invalid byte, and nothing else. `SYN-005/fail.pol` is such a file.
//!
//! # Documentation examples
//!
//! Each code's section of `docs/diagnostics.md` (as `polc explain` prints it) has a
//! "Wrong / 错误示例" and a "Right / 正确示例" part, each with fenced ```` ```pol ```` blocks
//! (and ```` ```toml ```` for `pol.toml`). All blocks of one part form one project: a block is
//! the file `policy.pol` (```` ```toml ````: `pol.toml`) unless a `// file: NAME` line (in TOML
//! `# file: NAME`) names it, and such a line inside a block starts another file. The wrong
//! project's annotations (same syntax as above) must all name the section's code and must be
//! matched exactly; the right project must produce no diagnostic at all. Projects without
//! `pol.toml` are analyzed in memory with `Workspace::from_text`, the others in a temporary
//! directory. `SYN-005` alone has no wrong example.

use std::fmt;
use std::path::{Path, PathBuf};

use pol::diag::codes::{self, CodeInfo};
use pol::diag::{render, Code};
use pol::source::Origin;
use pol::{Analysis, Workspace};

/// One diagnostic, expected or reported: where it is, its severity and its code.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Expect {
    file: String,
    start: (u32, u32),
    end: (u32, u32),
    severity: String,
    code: String,
}

impl fmt::Display for Expect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}-{}:{} {}[{}]",
            self.file, self.start.0, self.start.1, self.end.0, self.end.1, self.severity, self.code
        )
    }
}

/// A reported diagnostic: its position key, its message and the text of its first line.
struct Reported {
    key: Expect,
    message: String,
    line_text: String,
}

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

// ---------------------------------------------------------------------------------------------
// Annotations

/// Parses `error[NAME-001]`, checking that the code is registered.
fn severity_and_code(text: &str) -> Result<(String, String), String> {
    let (severity, rest) = text
        .split_once('[')
        .ok_or_else(|| format!("expected `severity[CODE]`, found `{text}`"))?;
    let code = rest
        .strip_suffix(']')
        .ok_or_else(|| format!("expected `]` after the code in `{text}`"))?;
    if !["error", "warning", "note"].contains(&severity) {
        return Err(format!("unknown severity `{severity}` in `{text}`"));
    }
    let parsed = Code::parse(code).ok_or_else(|| format!("`{code}` is not a registered code"))?;
    if parsed.as_str() != code {
        return Err(format!(
            "write the code as `{}`, not `{code}`",
            parsed.as_str()
        ));
    }
    Ok((severity.to_string(), code.to_string()))
}

fn parse_position(text: &str) -> Option<(u32, u32)> {
    let (line, column) = text.split_once(':')?;
    Some((line.parse().ok()?, column.parse().ok()?))
}

/// The annotations of one file's text (`file` is its name relative to the fixture root).
fn annotations(file: &str, text: &str) -> Result<Vec<Expect>, String> {
    let marker = if file.ends_with(".toml") { "#" } else { "//" };
    let mut out = Vec::new();
    let mut target: Option<u32> = None;
    for (index, line) in text.lines().enumerate() {
        let number = u32::try_from(index + 1).map_err(|e| e.to_string())?;
        let at = |msg: String| format!("{file}:{number}: {msg}");
        let trimmed = line.trim_start();
        let Some(body) = trimmed.strip_prefix(marker).map(str::trim_start) else {
            target = Some(number);
            continue;
        };
        let is_annotation = body.starts_with('^')
            || ["error[", "warning[", "note["]
                .iter()
                .any(|p| body.starts_with(p));
        if !is_annotation {
            target = Some(number);
            continue;
        }
        if body.starts_with('^') {
            // Columns count characters, as the carets are meant to be read.
            let first = line
                .chars()
                .position(|c| c == '^')
                .ok_or_else(|| at("no caret".into()))?;
            let carets = line.chars().skip(first).take_while(|c| *c == '^').count();
            let rest: String = line.chars().skip(first + carets).collect();
            let (severity, code) = severity_and_code(rest.trim()).map_err(at)?;
            let line_no =
                target.ok_or_else(|| at("a caret annotation needs a line above it".into()))?;
            let start = u32::try_from(first + 1).map_err(|e| e.to_string())?;
            let end = start + u32::try_from(carets).map_err(|e| e.to_string())?;
            out.push(Expect {
                file: file.to_string(),
                start: (line_no, start),
                end: (line_no, end),
                severity,
                code,
            });
        } else {
            let (head, range) = body.split_once(" at ").ok_or_else(|| {
                at(format!(
                    "expected `severity[CODE] at L:C-L:C`, found `{body}`"
                ))
            })?;
            let (severity, code) = severity_and_code(head.trim()).map_err(at)?;
            let (start, end) = range
                .trim()
                .split_once('-')
                .and_then(|(s, e)| Some((parse_position(s)?, parse_position(e)?)))
                .ok_or_else(|| at(format!("expected `L:C-L:C`, found `{}`", range.trim())))?;
            out.push(Expect {
                file: file.to_string(),
                start,
                end,
                severity,
                code,
            });
        }
    }
    Ok(out)
}

/// What a file's bytes lead to expect: its annotations, or the one `SYN-005` of a file that is
/// not UTF-8 (at the first invalid byte, which the compiler reads as one U+FFFD).
fn expectations(file: &str, bytes: &[u8]) -> Result<Vec<Expect>, String> {
    match std::str::from_utf8(bytes) {
        Ok(text) => annotations(file, text),
        Err(e) => {
            let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned();
            let line = u32::try_from(valid.matches('\n').count() + 1).map_err(|e| e.to_string())?;
            let last_line = valid.rsplit('\n').next().unwrap_or("");
            let column = u32::try_from(last_line.chars().count() + 1).map_err(|e| e.to_string())?;
            Ok(vec![Expect {
                file: file.to_string(),
                start: (line, column),
                end: (line, column + 1),
                severity: "error".into(),
                code: "SYN-005".into(),
            }])
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Comparing

/// Every diagnostic of an analysis that concerns a fixture for `under_test`, with file names
/// relative to `root` (stdlib files as `<std::module>`, so that a diagnostic there is never
/// mistaken for one of the fixture's). Every front-end diagnostic concerns every fixture; of the
/// legal rules' diagnostics only `under_test`'s do: a small fixture policy is incomplete under
/// PIPL (it has no rights section, no retention rules, ...), and requiring each fixture to be a
/// complete policy would bury the one idea it shows.
fn reported(analysis: &Analysis, root: &Path, under_test: &str) -> Vec<Reported> {
    analysis
        .diagnostics
        .iter()
        .filter(|d| !d.code.is_rule() || d.code.as_str() == under_test)
        .map(|d| {
            let span = d.primary.span;
            let source = analysis.db.get(span.file);
            let file = match source.map(|s| &s.origin) {
                Some(Origin::User { path }) => path
                    .strip_prefix(root)
                    .unwrap_or(path)
                    .to_string_lossy()
                    .replace('\\', "/"),
                Some(Origin::Stdlib { module }) => format!("<{module}>"),
                None => "<unknown file>".into(),
            };
            let (start, end) = match source {
                Some(s) => {
                    let (a, b) = (s.line_col(span.start), s.line_col(span.end));
                    ((a.line, a.column), (b.line, b.column))
                }
                None => ((0, 0), (0, 0)),
            };
            let line_text = source
                .map(|s| s.line_text(start.0).to_string())
                .unwrap_or_default();
            Reported {
                key: Expect {
                    file,
                    start,
                    end,
                    severity: d.severity.as_str().to_string(),
                    code: d.code.to_string(),
                },
                message: d.message.en().clone(),
                line_text,
            }
        })
        .collect()
}

/// Compares the expected and reported sets (as multisets); on a difference, a readable report.
fn compare(label: &str, mut expected: Vec<Expect>, reported: Vec<Reported>) -> Result<(), String> {
    expected.sort();
    let mut unmatched: Vec<Reported> = Vec::new();
    for r in reported {
        match expected.iter().position(|e| *e == r.key) {
            Some(i) => {
                expected.remove(i);
            }
            None => unmatched.push(r),
        }
    }
    if expected.is_empty() && unmatched.is_empty() {
        return Ok(());
    }
    let mut out = format!("{label}: diagnostics differ from the annotations\n");
    for e in &expected {
        out.push_str(&format!("  missing     {e}\n"));
    }
    for r in &unmatched {
        out.push_str(&format!("  unexpected  {}: {}\n", r.key, r.message));
        out.push_str(&format!("  {:>9} | {}\n", r.key.start.0, r.line_text));
        let pad = " ".repeat(r.key.start.1.saturating_sub(1) as usize);
        let width = if r.key.start.0 == r.key.end.0 {
            r.key.end.1.saturating_sub(r.key.start.1).max(1)
        } else {
            1
        };
        out.push_str(&format!(
            "  {:>9} | {pad}{}\n",
            "",
            "^".repeat(width as usize)
        ));
    }
    Err(out)
}

// ---------------------------------------------------------------------------------------------
// Fixtures on disk

/// A file of a fixture: its name relative to the fixture's root, and its bytes.
type FileBytes = (String, Vec<u8>);

/// The files of a fixture (a file, or every `.pol` and `.toml` file under a directory), by
/// name relative to the returned root, with their bytes.
fn fixture_files(path: &Path) -> Result<(PathBuf, Vec<FileBytes>), String> {
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    if !path.is_dir() {
        let root = path.parent().unwrap_or(Path::new("")).to_path_buf();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        return Ok((root, vec![(name, read(path)?)]));
    }
    let mut files = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let p = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "pol" || e == "toml") {
                let name = p
                    .strip_prefix(path)
                    .unwrap_or(&p)
                    .to_string_lossy()
                    .replace('\\', "/");
                files.push((name, read(&p)?));
            }
        }
    }
    files.sort();
    Ok((path.to_path_buf(), files))
}

/// `dir/NAME.pol` or, failing that, the directory `dir/NAME`.
fn fixture_path(dir: &Path, name: &str) -> Option<PathBuf> {
    let file = dir.join(format!("{name}.pol"));
    let sub = dir.join(name);
    match (file.is_file(), sub.is_dir()) {
        (true, false) => Some(file),
        (false, true) => Some(sub),
        _ => None,
    }
}

/// Analyzes one fixture and compares its diagnostics with its annotations.
fn check_fixture(path: &Path) -> Result<Vec<Expect>, String> {
    let label = path
        .strip_prefix(fixtures_dir())
        .unwrap_or(path)
        .display()
        .to_string();
    let (root, files) = fixture_files(path).map_err(|e| format!("{label}: {e}"))?;
    let mut expected = Vec::new();
    for (name, bytes) in &files {
        expected.extend(expectations(name, bytes).map_err(|e| format!("{label}: {e}"))?);
    }
    let ws = Workspace::open(path).map_err(|e| format!("{label}: cannot open: {e}"))?;
    let analysis = ws.analyze();
    // `diagnostics/<CODE>/fail.pol` or `diagnostics/<CODE>/fail/`: the code under test.
    let under_test = path
        .parent()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    compare(
        &label,
        expected.clone(),
        reported(&analysis, &root, &under_test),
    )?;
    Ok(expected)
}

/// `BUILD-` codes are raised by `polc build` on a template, `AUDIT-` codes by `polc audit` on an
/// app's project files, not by checking a `.pol` file: they have no `.pol` fixtures, and their
/// examples are not policies alone; tests/tests/build.rs and tests/tests/audit_docs.rs check them.
fn is_build_code(code: codes::Code) -> bool {
    // `AUDIT-` codes likewise come from `polc audit` on an app's project files: their examples
    // (an app file and a policy) are checked by tests/tests/audit_docs.rs.
    code.as_str().starts_with("BUILD-") || code.as_str().starts_with("AUDIT-")
}

fn diagnostics_dir() -> PathBuf {
    fixtures_dir().join("diagnostics")
}

#[test]
fn every_code_has_a_fail_and_a_pass_fixture() {
    let dir = diagnostics_dir();
    let mut problems = Vec::new();
    for code in codes::all_codes().filter(|c| !is_build_code(*c)) {
        let code_dir = dir.join(code.as_str());
        for name in ["fail", "pass"] {
            if fixture_path(&code_dir, name).is_none() {
                problems.push(format!(
                    "{}: needs exactly one of {name}.pol and {name}/",
                    code
                ));
            }
        }
    }
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !codes::all_codes().any(|c| c.as_str() == name) {
            problems.push(format!("{name}: not a registered code"));
        }
    }
    assert!(
        problems.is_empty(),
        "fixture problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn fail_fixtures_report_exactly_their_annotations() {
    let mut failures = Vec::new();
    for code in codes::all_codes().filter(|c| !is_build_code(*c)) {
        let Some(path) = fixture_path(&diagnostics_dir().join(code.as_str()), "fail") else {
            continue;
        };
        match check_fixture(&path) {
            Ok(expected) if !expected.iter().any(|e| e.code == code.as_str()) => {
                failures.push(format!(
                    "{}: annotates no {} diagnostic",
                    path.display(),
                    code
                ));
            }
            Ok(_) => {}
            Err(e) => failures.push(e),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn pass_fixtures_report_nothing() {
    let mut failures = Vec::new();
    for code in codes::all_codes() {
        let Some(path) = fixture_path(&diagnostics_dir().join(code.as_str()), "pass") else {
            continue;
        };
        match check_fixture(&path) {
            Ok(expected) if !expected.is_empty() => {
                failures.push(format!(
                    "{}: a pass fixture must not expect diagnostics",
                    path.display()
                ));
            }
            Ok(_) => {}
            Err(e) => failures.push(e),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// The documentation

const WRONG: &str = "Wrong / 错误示例";
const RIGHT: &str = "Right / 正确示例";

/// One example project of the documentation: its files by name.
#[derive(Default)]
struct Example {
    files: Vec<(String, String)>,
}

impl Example {
    fn add_block(&mut self, lang: &str, text: &str) -> Result<(), String> {
        let (marker, default) = if lang == "toml" {
            ("# file: ", "pol.toml")
        } else {
            ("// file: ", "policy.pol")
        };
        let mut name = default.to_string();
        let mut current = String::new();
        let mut started = false;
        for line in text.lines() {
            if let Some(next) = line.trim().strip_prefix(marker) {
                if started && !current.trim().is_empty() {
                    self.push(&name, std::mem::take(&mut current))?;
                }
                name = next.trim().to_string();
            }
            started = true;
            current.push_str(line);
            current.push('\n');
        }
        self.push(&name, current)
    }

    fn push(&mut self, name: &str, text: String) -> Result<(), String> {
        if self.files.iter().any(|(n, _)| n == name) {
            return Err(format!("the file `{name}` is given twice"));
        }
        self.files.push((name.to_string(), text));
        Ok(())
    }

    /// Analyzes the project: in memory, or in a temporary directory when it has a `pol.toml`.
    fn analyze(&self) -> Result<(Analysis, PathBuf, Option<tempfile::TempDir>), String> {
        let entry = self
            .files
            .iter()
            .find(|(n, _)| n == "policy.pol")
            .ok_or("an example needs a `policy.pol` (the default name of a ```pol block)")?;
        if self.files.iter().any(|(n, _)| n == "pol.toml") {
            let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
            for (name, text) in &self.files {
                std::fs::write(dir.path().join(name), text).map_err(|e| e.to_string())?;
            }
            let ws = Workspace::open(dir.path()).map_err(|e| e.to_string())?;
            let root = dir.path().to_path_buf();
            return Ok((ws.analyze(), root, Some(dir)));
        }
        let mut ws = Workspace::from_text(&entry.0, &entry.1);
        for (name, text) in self.files.iter().filter(|(n, _)| n != "policy.pol") {
            ws.set_overlay(PathBuf::from(name), text);
        }
        Ok((ws.analyze(), PathBuf::new(), None))
    }
}

/// The wrong and right examples of a code's section.
fn section_examples(section: &str) -> Result<(Option<Example>, Option<Example>), String> {
    let (mut wrong, mut right): (Option<Example>, Option<Example>) = (None, None);
    let mut part: Option<bool> = None; // Some(false): wrong, Some(true): right
    let mut lines = section.lines();
    while let Some(line) = lines.next() {
        if line.contains(WRONG) {
            part = Some(false);
        } else if line.contains(RIGHT) {
            part = Some(true);
        }
        let Some(lang) = line.trim().strip_prefix("```") else {
            continue;
        };
        let mut body = String::new();
        for inner in lines.by_ref() {
            if inner.trim() == "```" {
                break;
            }
            body.push_str(inner);
            body.push('\n');
        }
        if lang != "pol" && lang != "toml" {
            continue;
        }
        let slot = match part {
            Some(false) => &mut wrong,
            Some(true) => &mut right,
            None => {
                return Err(format!(
                    "a ```{lang} block before \"{WRONG}\" or \"{RIGHT}\""
                ))
            }
        };
        slot.get_or_insert_with(Example::default)
            .add_block(lang, &body)?;
    }
    Ok((wrong, right))
}

fn check_examples(info: &CodeInfo) -> Result<(), String> {
    let code = info.code.as_str();
    let section = codes::explain(info.code).ok_or_else(|| format!("{code}: no section"))?;
    let (wrong, right) = section_examples(section).map_err(|e| format!("{code}: {e}"))?;
    match (wrong, info.code == codes::SYN_INVALID_UTF8) {
        (Some(_), true) => {
            return Err(format!(
                "{code}: invalid UTF-8 cannot be shown as text; give no wrong example"
            ))
        }
        (None, false) => return Err(format!("{code}: no \"{WRONG}\" example")),
        (None, true) => {}
        (Some(wrong), false) => {
            let mut expected = Vec::new();
            for (name, text) in &wrong.files {
                expected.extend(
                    annotations(name, text).map_err(|e| format!("{code} wrong example: {e}"))?,
                );
            }
            if expected.is_empty() {
                return Err(format!("{code}: the wrong example annotates no diagnostic"));
            }
            if let Some(other) = expected.iter().find(|e| e.code != code) {
                return Err(format!(
                    "{code}: the wrong example must trigger only {code}, but annotates {other}"
                ));
            }
            let (analysis, root, _dir) = wrong.analyze().map_err(|e| format!("{code}: {e}"))?;
            compare(
                &format!("{code} wrong example"),
                expected,
                reported(&analysis, &root, code),
            )?;
        }
    }
    let right = right.ok_or_else(|| format!("{code}: no \"{RIGHT}\" example"))?;
    for (name, text) in &right.files {
        if !annotations(name, text)
            .map_err(|e| format!("{code} right example: {e}"))?
            .is_empty()
        {
            return Err(format!(
                "{code}: the right example must not annotate diagnostics"
            ));
        }
    }
    let (analysis, root, _dir) = right.analyze().map_err(|e| format!("{code}: {e}"))?;
    compare(
        &format!("{code} right example"),
        Vec::new(),
        reported(&analysis, &root, code),
    )
}

#[test]
fn docs_examples_behave_as_documented() {
    let failures: Vec<String> = codes::ALL
        .iter()
        .filter(|info| !is_build_code(info.code))
        .filter_map(|info| check_examples(info).err())
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// `## CODE · Title`: the registry title with a capital letter.
fn heading(info: &CodeInfo) -> String {
    let mut chars = info.title_en.chars();
    let title: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    format!("## {} · {title}", info.code)
}

#[test]
fn docs_sections_follow_the_registry() {
    let docs = codes::DOCS;
    let headings: Vec<&str> = docs.lines().filter(|l| l.starts_with("## ")).collect();
    let first_code = headings
        .iter()
        .position(|h| h.starts_with(&format!("## {} ", codes::ALL[0].code)));
    let first_code = first_code.expect("no section for the first code");
    let code_headings = &headings[first_code..];
    let wanted: Vec<String> = codes::ALL.iter().map(heading).collect();
    assert_eq!(
        code_headings,
        wanted.as_slice(),
        "after the introduction, exactly one `## CODE · Title` per code, in registry order"
    );
    for info in codes::ALL {
        let section = codes::explain(info.code).unwrap();
        assert!(
            section.starts_with(&heading(info)),
            "{}: `polc explain` finds another section",
            info.code
        );
        let severity = format!("Severity: {}", info.severity.as_str());
        assert!(
            section.contains(&severity),
            "{}: the section must say `{severity}`",
            info.code
        );
    }
}

/// The JSON example of "Machine-readable output" is what `polc check --format json` prints for
/// the ```pol example just before it.
#[test]
fn docs_json_example_is_real_output() {
    let intro = codes::DOCS.split("\n## SYN-001 ").next().unwrap();
    let machine = intro
        .split("## Machine-readable output")
        .nth(1)
        .expect("no \"Machine-readable output\" section");
    let block = |lang: &str| {
        let start = machine
            .find(&format!("```{lang}\n"))
            .unwrap_or_else(|| panic!("no ```{lang} block"))
            + lang.len()
            + 4;
        let len = machine[start..].find("\n```").unwrap();
        machine[start..start + len + 1].to_string()
    };
    let (policy, json) = (block("pol"), block("json"));
    let analysis = Workspace::from_text("policy.pol", &policy).analyze();
    let real =
        serde_json::to_value(render::json_report(&analysis.db, &analysis.diagnostics)).unwrap();
    let documented: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        documented,
        real,
        "docs/diagnostics.md shows:\n{json}\nbut polc prints:\n{}",
        serde_json::to_string_pretty(&real).unwrap()
    );
}

// ---------------------------------------------------------------------------------------------
// Recovery

/// The acceptance case of the error-recovery work: five independent syntax errors, in five
/// items far apart, are five diagnostics on their own lines; the intact items are still
/// resolved and checked (the `NAME-001` near the end); and the file fails the check.
#[test]
fn five_separate_syntax_errors_are_five_diagnostics() {
    let path = fixtures_dir().join("recovery/five_errors.pol");
    let expected = check_fixture(&path).unwrap_or_else(|e| panic!("{e}"));
    let syntax: Vec<(u32, &str)> = expected
        .iter()
        .filter(|e| e.code.starts_with("SYN-"))
        .map(|e| (e.start.0, e.code.as_str()))
        .collect();
    assert_eq!(
        syntax,
        [
            (16, "SYN-003"),
            (23, "SYN-006"),
            (30, "SYN-001"),
            (39, "SYN-001"),
            (43, "SYN-003")
        ]
    );
    let others: Vec<(u32, &str)> = expected
        .iter()
        .filter(|e| !e.code.starts_with("SYN-"))
        .map(|e| (e.start.0, e.code.as_str()))
        .collect();
    assert_eq!(others, [(56, "NAME-001")]);
    // `polc check` exits 1 exactly when the analysis has errors (compiler/cli/src/main.rs). The
    // binary is not built for this crate's tests, so the library decides it here.
    let analysis = Workspace::open(&path).unwrap().analyze();
    assert!(analysis.has_errors());
    assert_eq!((analysis.errors(), analysis.warnings()), (6, 0));
}
