//! Renderers: the same [`Diagnostic`] values for people (ariadne) and machines (JSON).
//!
//! The JSON shape is documented in `docs/diagnostics.md` ("Machine-readable output") and is
//! versioned by [`JSON_FORMAT_VERSION`]; fields are only ever added.

use std::io::Write;

use ariadne::{Color, Config, IndexType, Label as ALabel, Report, ReportKind};
use serde::Serialize;

use super::{printable, Diagnostic, Lang, Severity};
use crate::source::{LineCol, SourceDb, Span};

pub const JSON_FORMAT_VERSION: u32 = 1;

/// Writes diagnostics the way people read them, with the code in the title line
/// (`error[SYN-001]: ...`) and carets under Chinese text that fall on its characters.
pub fn human(
    db: &SourceDb,
    diags: &[Diagnostic],
    lang: Lang,
    color: bool,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let cache = ariadne::sources(
        db.files()
            // Control characters from the files never reach the terminal raw (see `printable`).
            .map(|f| {
                (
                    printable::line(&f.name).into_owned(),
                    printable::source(&f.text).into_owned(),
                )
            })
            .collect::<Vec<_>>(),
    );
    let mut cache = cache;
    for d in diags {
        // The code goes in the title ourselves (`error[SYN-001]`): ariadne's own code slot
        // has been removed upstream, and the format is pol's, not the renderer's.
        let (word, kind_color) = match d.severity {
            Severity::Error => ("error", Color::Red),
            Severity::Warning => ("warning", Color::Yellow),
            Severity::Note => ("note", Color::Cyan),
        };
        let heading = format!("{word}[{}]", d.code);
        let kind = ReportKind::Custom(&heading, kind_color);
        let file = printable::line(db.name(d.primary.span.file)).into_owned();
        let config = Config::default()
            .with_index_type(IndexType::Char)
            .with_color(color);
        let title = printable::line(d.message.get(lang)).into_owned();
        let mut report = Report::build(kind, (file.clone(), clamp(db, d.primary.span)))
            .with_config(config)
            .with_message(title);
        let primary_color = if d.severity == Severity::Error {
            Color::Red
        } else {
            Color::Yellow
        };
        let mut primary = ALabel::new((file, clamp(db, d.primary.span)))
            .with_color(primary_color)
            .with_order(0);
        if let Some(m) = &d.primary.message {
            primary = primary.with_message(printable::line(m.get(lang)));
        }
        report = report.with_label(primary);
        for (i, r) in d.related.iter().enumerate() {
            let name = printable::line(db.name(r.span.file)).into_owned();
            let mut label = ALabel::new((name, clamp(db, r.span)))
                .with_color(Color::Blue)
                .with_order(i32::try_from(i + 1).unwrap_or(i32::MAX));
            if let Some(m) = &r.message {
                label = label.with_message(printable::line(m.get(lang)));
            }
            report = report.with_label(label);
        }
        if let Some(help) = &d.help {
            report = report.with_help(printable::line(help.get(lang)));
        }
        for fix in &d.fixes {
            let word = if lang == Lang::Zh {
                "可自动修复"
            } else {
                "fix"
            };
            report = report.with_note(format!("{word}: {}", printable::line(fix.title.get(lang))));
        }
        let mut buffer = Vec::new();
        report.finish().write(&mut cache, &mut buffer)?;
        if !color {
            // ariadne 0.6 colours a custom report kind even when colour is off.
            buffer = strip_ansi(&buffer);
        }
        out.write_all(&buffer)?;
    }
    Ok(())
}

/// Removes ANSI colour sequences (`ESC [ ... m`).
fn strip_ansi(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == 0x1b && bytes.get(i + 1) == Some(&b'[') {
            i += 2;
            while bytes.get(i).is_some_and(|c| !c.is_ascii_alphabetic()) {
                i += 1;
            }
            i += 1;
            continue;
        }
        out.push(b);
        i += 1;
    }
    out
}

/// A span's range, clamped to its file, so a stale span can never make the renderer panic.
/// The span as character offsets, for ariadne. Its byte mode is not usable: for a label in
/// another file than the report's, ariadne 0.6 looks a character offset up as a byte offset and
/// panics on a line with Chinese text before it.
fn clamp(db: &SourceDb, span: Span) -> std::ops::Range<usize> {
    let text = db.get(span.file).map(|f| &*f.text).unwrap_or("");
    // Back to a character boundary first: a span may end inside a character.
    let boundary = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = boundary(span.start as usize);
    let end = boundary(span.end as usize).max(start);
    let chars = |i: usize| text.get(..i).map_or(0, |t| t.chars().count());
    chars(start)..chars(end)
}

#[derive(Serialize)]
pub struct JsonReport {
    pub version: u32,
    pub diagnostics: Vec<JsonDiagnostic>,
    pub summary: JsonSummary,
}

#[derive(Serialize)]
pub struct JsonSummary {
    pub errors: usize,
    pub warnings: usize,
}

#[derive(Serialize)]
pub struct JsonDiagnostic {
    pub code: String,
    pub severity: Severity,
    pub message: String,
    pub message_zh: String,
    #[serde(flatten)]
    pub location: JsonLocation,
    pub label: Option<String>,
    pub label_zh: Option<String>,
    pub related: Vec<JsonRelated>,
    pub help: Option<String>,
    pub help_zh: Option<String>,
    pub fixes: Vec<JsonFix>,
}

#[derive(Serialize)]
pub struct JsonLocation {
    pub file: String,
    pub start: JsonPosition,
    pub end: JsonPosition,
}

/// A position: 1-based line and column (in characters), the byte offset and the 0-based
/// UTF-16 column that editors speaking LSP use.
#[derive(Serialize)]
pub struct JsonPosition {
    pub line: u32,
    pub column: u32,
    pub offset: u32,
    pub utf16_column: u32,
}

#[derive(Serialize)]
pub struct JsonRelated {
    #[serde(flatten)]
    pub location: JsonLocation,
    pub message: Option<String>,
    pub message_zh: Option<String>,
}

#[derive(Serialize)]
pub struct JsonFix {
    pub title: String,
    pub title_zh: String,
    pub edits: Vec<JsonEdit>,
}

#[derive(Serialize)]
pub struct JsonEdit {
    #[serde(flatten)]
    pub location: JsonLocation,
    pub new_text: String,
}

pub fn location(db: &SourceDb, span: Span) -> JsonLocation {
    let pos = |offset: u32| {
        let lc = db
            .get(span.file)
            .map(|f| f.line_col(offset))
            .unwrap_or(LineCol {
                line: 1,
                column: 1,
                utf16_column: 0,
            });
        JsonPosition {
            line: lc.line,
            column: lc.column,
            offset,
            utf16_column: lc.utf16_column,
        }
    };
    JsonLocation {
        file: db.name(span.file).to_string(),
        start: pos(span.start),
        end: pos(span.end),
    }
}

pub fn json_report(db: &SourceDb, diags: &[Diagnostic]) -> JsonReport {
    let diagnostics = diags
        .iter()
        .map(|d| JsonDiagnostic {
            code: d.code.to_string(),
            severity: d.severity,
            message: d.message.en.clone(),
            message_zh: d.message.zh.clone(),
            location: location(db, d.primary.span),
            label: d.primary.message.as_ref().map(|m| m.en.clone()),
            label_zh: d.primary.message.as_ref().map(|m| m.zh.clone()),
            related: d
                .related
                .iter()
                .map(|r| JsonRelated {
                    location: location(db, r.span),
                    message: r.message.as_ref().map(|m| m.en.clone()),
                    message_zh: r.message.as_ref().map(|m| m.zh.clone()),
                })
                .collect(),
            help: d.help.as_ref().map(|m| m.en.clone()),
            help_zh: d.help.as_ref().map(|m| m.zh.clone()),
            fixes: d
                .fixes
                .iter()
                .map(|f| JsonFix {
                    title: f.title.en.clone(),
                    title_zh: f.title.zh.clone(),
                    edits: f
                        .edits
                        .iter()
                        .map(|e| JsonEdit {
                            location: location(db, e.span),
                            new_text: e.new_text.clone(),
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    JsonReport {
        version: JSON_FORMAT_VERSION,
        diagnostics,
        summary: JsonSummary {
            errors: diags
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count(),
            warnings: diags
                .iter()
                .filter(|d| d.severity == Severity::Warning)
                .count(),
        },
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::diag::{Code, Message};
    use crate::source::Origin;

    /// A label in another file than the report's, on a line after Chinese text: ariadne's byte
    /// mode looked its character offset up as a byte offset, inside a character, and panicked.
    #[test]
    fn a_related_label_in_another_file_after_chinese_text() {
        let mut db = SourceDb::new();
        let user = |p: &str| Origin::User { path: p.into() };
        let comment = "// 设备信息设备信息设备信息设备信息\n";
        let a = db.add(
            "a.pol".into(),
            user("a.pol"),
            Arc::from(format!("{comment}flow f {{}}\n")),
        );
        let b = db.add("b.pol".into(), user("b.pol"), Arc::from("promise p {}\n"));
        let d = Diagnostic::new(
            Code::new("CORE-PROM-001"),
            Span::new(b, 8, 9),
            Message::new("broken", "被违反"),
        )
        .with_related(
            Span::new(a, comment.len(), comment.len() + 4),
            Message::new("here", "此处"),
        );
        for lang in [Lang::En, Lang::Zh] {
            let mut out = Vec::new();
            human(&db, std::slice::from_ref(&d), lang, false, &mut out).unwrap();
            let text = String::from_utf8(out).unwrap();
            assert!(text.contains("a.pol:2:1"), "{text}");
            assert!(text.contains("b.pol:1:9"), "{text}");
        }
    }
}
