//! Keeps `docs/language.md`, the reference of the `.pol` language, in step with the compiler.
//!
//! - Every kind of item in [`schema::KINDS`] has a section `` ### `keyword` `` with its form
//!   (`**Form:** `...``) and one table row per field, nested record fields included
//!   (`` `controller.dpo.email` ``). The row's type, one/list and required columns must say what
//!   the schema says, and an option field must list every word it accepts.
//! - Every ` ```pol ` block parses without a syntax error. The info string after `pol` says
//!   what else is checked:
//!   - ` ```pol check `: a complete file; it analyzes with no diagnostic at all.
//!   - ` ```pol part `: a part of the running example. All parts, in document order, form one
//!     policy that analyzes with no diagnostic at all and declares an item of every kind.
//!   - ` ```pol expect CODE... `: a deliberate mistake. Appended to the running example, it
//!     yields exactly these diagnostic codes (the block itself may have syntax errors).

use pol::diag::{render, Lang};
use pol::source::FileId;
use pol::types::schema::{self, FieldSpec, Naming, Ty, KINDS};
use pol::Workspace;

const DOC: &str = include_str!("../../docs/language.md");

#[derive(Debug, PartialEq)]
enum Mode {
    Syntax,
    Check,
    Part,
    Expect(Vec<String>),
}

struct Block {
    mode: Mode,
    code: String,
    /// 1-based line of the opening fence, for failure messages.
    line: usize,
}

/// Every fenced block whose info string starts with the word `pol`.
fn pol_blocks() -> Result<Vec<Block>, String> {
    let mut out = Vec::new();
    let mut open: Option<(String, usize, String)> = None;
    for (i, line) in DOC.lines().enumerate() {
        let trimmed = line.trim();
        match open.take() {
            None => {
                if let Some(info) = trimmed.strip_prefix("```") {
                    open = Some((info.trim().to_string(), i + 1, String::new()));
                }
            }
            Some((info, start, mut code)) => {
                if trimmed == "```" {
                    let mut words = info.split_whitespace();
                    if words.next() == Some("pol") {
                        let rest: Vec<String> = words.map(str::to_string).collect();
                        let mode = match rest.first().map(String::as_str) {
                            None => Mode::Syntax,
                            Some("check") if rest.len() == 1 => Mode::Check,
                            Some("part") if rest.len() == 1 => Mode::Part,
                            Some("expect") if rest.len() > 1 => Mode::Expect(rest[1..].to_vec()),
                            _ => {
                                return Err(format!(
                                    "docs/language.md:{start}: unknown info string `{info}`"
                                ))
                            }
                        };
                        out.push(Block {
                            mode,
                            code,
                            line: start,
                        });
                    }
                } else {
                    code.push_str(line);
                    code.push('\n');
                    open = Some((info, start, code));
                }
            }
        }
    }
    if open.is_some() {
        return Err("docs/language.md ends inside a code block".into());
    }
    Ok(out)
}

/// The lines of the section under the heading that starts with `heading`, up to the next
/// heading of the same or a higher level.
fn section(heading: &str) -> Result<Vec<&'static str>, String> {
    let lines: Vec<&str> = DOC.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with(heading))
        .ok_or_else(|| format!("docs/language.md has no heading `{heading}`"))?;
    let level = heading.chars().take_while(|c| *c == '#').count();
    let end = lines[start + 1..]
        .iter()
        .position(|l| {
            let hashes = l.chars().take_while(|c| *c == '#').count();
            hashes > 0 && hashes <= level && l.chars().nth(hashes) == Some(' ')
        })
        .map(|p| start + 1 + p)
        .unwrap_or(lines.len());
    Ok(lines[start..end].to_vec())
}

fn type_cell(ty: Ty) -> String {
    match ty {
        Ty::Text => "text".into(),
        Ty::Str => "string".into(),
        Ty::Bool => "flag".into(),
        Ty::Int => "number".into(),
        Ty::Date => "date".into(),
        Ty::Duration => "duration".into(),
        Ty::Email => "email".into(),
        Ty::Url => "URL".into(),
        Ty::Phone => "phone".into(),
        Ty::Region => "region".into(),
        Ty::Ref(kind) => format!("`{}`", kind.keyword()),
        Ty::Clauses => "`clause` or `list`".into(),
        Ty::Option(_) => "option".into(),
        Ty::Record(_) => "block".into(),
        Ty::Channel => "channel".into(),
    }
}

fn cells(line: &str) -> Vec<&str> {
    line.trim()
        .trim_matches('|')
        .split('|')
        .map(str::trim)
        .collect()
}

/// The cells of the field-table row (five cells) whose first cell is `` `key` ``.
fn row<'a>(lines: &[&'a str], key: &str) -> Option<Vec<&'a str>> {
    let first = format!("`{key}`");
    lines.iter().filter(|l| l.starts_with('|')).find_map(|l| {
        let cells = cells(l);
        (cells.len() == 5 && cells[0] == first).then_some(cells)
    })
}

fn check_fields(
    keyword: &str,
    lines: &[&str],
    prefix: &str,
    fields: &[FieldSpec],
    problems: &mut Vec<String>,
) {
    for f in fields {
        let key = format!("{prefix}{}", f.key);
        let Some(cells) = row(lines, &key) else {
            problems.push(format!("`{keyword}`: no table row for field `{key}`"));
            continue;
        };
        let expected = [
            type_cell(f.ty),
            if f.many { "list" } else { "one" }.to_string(),
            if f.required { "yes" } else { "no" }.to_string(),
        ];
        for (i, (want, column)) in expected
            .iter()
            .zip(["type", "one/list", "required"])
            .enumerate()
        {
            if cells[i + 1] != want {
                problems.push(format!(
                    "`{keyword}`: row `{key}` says {column} `{}`, the schema says `{want}`",
                    cells[i + 1]
                ));
            }
        }
        if cells[4].is_empty() {
            problems.push(format!("`{keyword}`: row `{key}` has no meaning"));
        }
        match f.ty {
            Ty::Option(words) => {
                for w in words {
                    if !cells[4].contains(&format!("`{w}`")) {
                        problems.push(format!(
                            "`{keyword}`: row `{key}` does not list the option `{w}`"
                        ));
                    }
                }
            }
            Ty::Record(inner) => check_fields(keyword, lines, &format!("{key}."), inner, problems),
            _ => {}
        }
    }
}

fn form(spec: &schema::KindSpec) -> String {
    let parent = if spec.parent.is_some() {
        " [: PARENT]"
    } else {
        ""
    };
    match spec.naming {
        Naming::Required => format!("{} NAME{parent} {{ ... }}", spec.keyword),
        Naming::Optional => format!("{} [NAME]{parent} {{ ... }}", spec.keyword),
        Naming::Singleton => format!("{}{parent} {{ ... }}", spec.keyword),
    }
}

#[test]
fn every_kind_and_field_of_the_schema_is_documented() {
    let mut problems = Vec::new();
    for spec in KINDS {
        let lines = match section(&format!("### `{}`", spec.keyword)) {
            Ok(lines) => lines,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        let form_line = format!("**Form:** `{}`", form(spec));
        if !lines.iter().any(|l| l.contains(&form_line)) {
            problems.push(format!(
                "`{}`: the section does not say {form_line}",
                spec.keyword
            ));
        }
        check_fields(spec.keyword, &lines, "", spec.fields, &mut problems);
        // A row for a field the schema does not have is a reference that has run ahead.
        let mut known = Vec::new();
        collect_keys("", spec.fields, &mut known);
        for cells in lines
            .iter()
            .filter(|l| l.starts_with("| `"))
            .map(|l| cells(l))
        {
            if cells.len() != 5 || !["one", "list"].contains(&cells[2]) {
                continue;
            }
            let key = cells[0].trim_matches('`');
            if !known.iter().any(|k| k == key) {
                problems.push(format!(
                    "`{}`: the table documents `{key}`, which the schema does not have",
                    spec.keyword
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "docs/language.md is out of step with the schema:\n{}",
        problems.join("\n")
    );
}

fn collect_keys(prefix: &str, fields: &[FieldSpec], out: &mut Vec<String>) {
    for f in fields {
        let key = format!("{prefix}{}", f.key);
        if let Ty::Record(inner) = f.ty {
            collect_keys(&format!("{key}."), inner, out);
        }
        out.push(key);
    }
}

#[test]
fn the_kinds_overview_lists_every_kind() {
    let lines = section("## Kinds of item").unwrap();
    for spec in KINDS {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&format!("| `{}` |", spec.keyword))),
            "the overview table has no row for `{}`",
            spec.keyword
        );
    }
}

fn render_all(analysis: &pol::Analysis) -> String {
    let mut out = Vec::new();
    if let Err(e) = render::human(
        &analysis.db,
        &analysis.diagnostics,
        Lang::En,
        false,
        &mut out,
    ) {
        return format!("(cannot render the diagnostics: {e})");
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn every_pol_block_parses_without_syntax_errors() {
    let blocks = pol_blocks().unwrap();
    assert!(blocks.len() >= 30, "only {} pol blocks found", blocks.len());
    for b in blocks.iter().filter(|b| !matches!(b.mode, Mode::Expect(_))) {
        let (_, diags) = pol::syntax::parse(FileId(0), &b.code);
        let syn: Vec<String> = diags
            .iter()
            .filter(|d| d.code.as_str().starts_with("SYN-"))
            .map(|d| {
                format!(
                    "{} at {:?}: {}",
                    d.code,
                    d.primary.span.range(),
                    d.message.en()
                )
            })
            .collect();
        assert!(
            syn.is_empty(),
            "docs/language.md:{}: the example does not parse:\n{}\n{}",
            b.line,
            syn.join("\n"),
            b.code
        );
    }
}

#[test]
fn complete_examples_check_clean() {
    let blocks = pol_blocks().unwrap();
    let checked: Vec<&Block> = blocks.iter().filter(|b| b.mode == Mode::Check).collect();
    assert!(
        checked.len() >= 3,
        "only {} `pol check` blocks",
        checked.len()
    );
    for b in checked {
        let analysis = language_view(Workspace::from_text("example.pol", &b.code).analyze());
        assert!(
            analysis.diagnostics.is_empty(),
            "docs/language.md:{}: the complete example is not clean:\n{}",
            b.line,
            render_all(&analysis)
        );
    }
}

fn running_example(blocks: &[Block]) -> String {
    blocks
        .iter()
        .filter(|b| b.mode == Mode::Part)
        .map(|b| b.code.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The reference documents the language, so its examples must be free of language errors;
/// whether an example is a legally complete policy is the legal rules' business (see
/// docs/rules.md), and their findings are set aside here.
fn language_view(mut a: pol::Analysis) -> pol::Analysis {
    a.diagnostics.retain(|d| !d.code.is_rule());
    a
}

#[test]
fn the_running_example_checks_clean_and_shows_every_kind() {
    let blocks = pol_blocks().unwrap();
    let text = running_example(&blocks);
    let analysis = language_view(Workspace::from_text("xingchen.pol", &text).analyze());
    assert!(
        analysis.diagnostics.is_empty(),
        "the running example is not clean:\n{}",
        render_all(&analysis)
    );
    let user_kinds: Vec<schema::Kind> = analysis
        .policy
        .items
        .iter()
        .filter(|i| {
            analysis
                .policy
                .modules
                .get(i.module.0 as usize)
                .is_some_and(|m| !m.is_std)
        })
        .map(|i| i.kind)
        .collect();
    for spec in KINDS {
        assert!(
            user_kinds.contains(&spec.kind),
            "the running example has no `{}`",
            spec.keyword
        );
    }
}

#[test]
fn error_examples_report_exactly_their_codes() {
    let blocks = pol_blocks().unwrap();
    let base = running_example(&blocks);
    let mut count = 0;
    for b in &blocks {
        let Mode::Expect(expected) = &b.mode else {
            continue;
        };
        count += 1;
        let text = format!("{base}\n{}", b.code);
        let analysis = language_view(Workspace::from_text("xingchen.pol", &text).analyze());
        let mut got: Vec<String> = analysis
            .diagnostics
            .iter()
            .map(|d| d.code.as_str().to_string())
            .collect();
        got.sort();
        let mut want = expected.clone();
        want.sort();
        assert_eq!(
            got,
            want,
            "docs/language.md:{}: the error example reports other codes:\n{}",
            b.line,
            render_all(&analysis)
        );
    }
    assert!(count >= 5, "only {count} `pol expect` blocks");
}
