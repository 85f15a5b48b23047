//! Renderers: the same [`Diagnostic`] values for people (ariadne) and machines (JSON).
//!
//! The JSON shape is documented in `docs/diagnostics.md` ("Machine-readable output") and is
//! versioned by [`JSON_FORMAT_VERSION`]; fields are only ever added.

use std::collections::HashMap;
use std::fmt;
use std::io::Write;
use std::sync::Arc;

use ariadne::{Cache, Color, Config, IndexType, Label as ALabel, Report, ReportKind, Source};
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

use super::{printable, Diagnostic, Locale, Message, Severity};
use crate::source::{is_bidi_control, FileId, LineCol, SourceDb, Span};

pub const JSON_FORMAT_VERSION: u32 = 1;

/// Writes diagnostics the way people read them, with the code in the title line
/// (`error[SYN-001]: ...`) and carets under Chinese text that fall on its characters.
///
/// Cost: each file with something to report is handed to ariadne once (shared, not copied,
/// unless it holds characters that must be shown differently); spans become character
/// offsets through the file's line table, never by counting from the start of the file.
pub fn human(
    db: &SourceDb,
    diags: &[Diagnostic],
    lang: impl Into<Locale>,
    color: bool,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let lang = &lang.into();
    let mut cache = Sources {
        db,
        loaded: HashMap::new(),
    };
    let config = Config::default()
        .with_index_type(IndexType::Char)
        .with_color(color);
    for d in diags {
        if on_a_long_line(db, d) {
            long_line(db, d, lang, out)?;
            continue;
        }
        // The code goes in the title ourselves (`error[SYN-001]`): ariadne's own code slot
        // has been removed upstream, and the format is pol's, not the renderer's.
        let kind_color = match d.severity {
            Severity::Error => Color::Red,
            Severity::Warning => Color::Yellow,
            Severity::Note => Color::Cyan,
        };
        let heading = format!("{}[{}]", severity_word(d.severity, lang), d.code);
        let kind = ReportKind::Custom(&heading, kind_color);
        let file = d.primary.span.file;
        // Text from projects never reaches the terminal raw (see `printable`).
        let title = printable::line(&d.message.get(lang)).into_owned();
        let mut report = Report::build(kind, (file, chars(db, d.primary.span)))
            .with_config(config)
            .with_message(title);
        let primary_color = if d.severity == Severity::Error {
            Color::Red
        } else {
            Color::Yellow
        };
        let mut primary = ALabel::new((file, chars(db, d.primary.span)))
            .with_color(primary_color)
            .with_order(0);
        if let Some(m) = &d.primary.message {
            primary = primary.with_message(printable::line(&m.get(lang)));
        }
        report = report.with_label(primary);
        for (i, r) in d.related.iter().enumerate() {
            let mut label = ALabel::new((r.span.file, chars(db, r.span)))
                .with_color(Color::Blue)
                .with_order(i32::try_from(i + 1).unwrap_or(i32::MAX));
            if let Some(m) = &r.message {
                label = label.with_message(printable::line(&m.get(lang)));
            }
            report = report.with_label(label);
        }
        if let Some(help) = &d.help {
            report = report.with_help(printable::line(&help.get(lang)));
        }
        for fix in &d.fixes {
            let title = printable::line(&fix.title.get(lang)).into_owned();
            report = report.with_note(Message::key("render--fix").arg("title", &title).get(lang));
        }
        let mut buffer = Vec::new();
        report.finish().write(&mut cache, &mut buffer)?;
        if !color {
            // ariadne 0.6 colours a custom report kind even when colour is off.
            buffer = strip_ansi(&buffer);
        }
        if lang.as_str() != "en" {
            buffer = localise_footer(&buffer, lang);
        }
        out.write_all(&buffer)?;
    }
    Ok(())
}

/// Lines longer than this many characters are not drawn: ariadne prints the whole line of
/// every label, so a million-character line (minified or junk) made each diagnostic a
/// megabyte of output.
const LONG_LINE: usize = 2_000;

fn on_a_long_line(db: &SourceDb, d: &Diagnostic) -> bool {
    std::iter::once(&d.primary)
        .chain(&d.related)
        .flat_map(|l| [(l.span.file, l.span.start), (l.span.file, l.span.end)])
        .any(|(file, at)| {
            db.get(file)
                .is_some_and(|f| f.line_len_chars(at) > LONG_LINE)
        })
}

/// A diagnostic whose labels sit on a line too long to draw: its text and locations, without
/// the source line.
fn long_line(
    db: &SourceDb,
    d: &Diagnostic,
    lang: &Locale,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let at = |span: Span| {
        let lc = db
            .get(span.file)
            .map(|f| f.line_col(span.start))
            .unwrap_or(LineCol {
                line: 1,
                column: 1,
                utf16_column: 0,
            });
        format!(
            "{}:{}:{}",
            printable::line(db.name(span.file)),
            lc.line,
            lc.column
        )
    };
    let long = Message::key("render--line-too-long").get(lang);
    let (help, note) = (footer_word("Help", lang), footer_word("Note", lang));
    writeln!(
        out,
        "{}[{}]: {}",
        severity_word(d.severity, lang),
        d.code,
        printable::line(&d.message.get(lang))
    )?;
    writeln!(out, "   ╭─[ {} ]", at(d.primary.span))?;
    writeln!(out, "   │ ({long})")?;
    if let Some(m) = &d.primary.message {
        writeln!(out, "   │ {}", printable::line(&m.get(lang)))?;
    }
    for r in &d.related {
        let m = printable::line(&r.message.as_ref().map(|m| m.get(lang)).unwrap_or_default())
            .into_owned();
        writeln!(out, "   │ {}: {m}", at(r.span))?;
    }
    if let Some(h) = &d.help {
        writeln!(out, "   │ {help}: {}", printable::line(&h.get(lang)))?;
    }
    for f in &d.fixes {
        let fix = Message::key("render--fix")
            .arg("title", &printable::line(&f.title.get(lang)))
            .get(lang);
        writeln!(out, "   │ {note}: {fix}")?;
    }
    writeln!(out, "───╯")
}

/// The word that opens a diagnostic's title line (`error[SYN-001]`, `错误[SYN-001]`).
pub fn severity_word(severity: Severity, lang: impl Into<Locale>) -> String {
    Message::key(match severity {
        Severity::Error => "render--error",
        Severity::Warning => "render--warning",
        Severity::Note => "render--note",
    })
    .get(lang)
}

/// ariadne's footer words (`Help`, `Note`) in the reader's language.
fn footer_word(word: &'static str, lang: &Locale) -> String {
    match word {
        "Help" => Message::key("render--footer-help").get(lang),
        "Note" => Message::key("render--footer-note").get(lang),
        _ => word.to_string(),
    }
}

/// ariadne 0.6 writes `Help:` and `Note:` (or `Help 1:`) in English whatever the report's
/// language, with no option to change them. They are translated here, only where ariadne puts
/// them: the first word after the left margin (spaces, box-drawing characters and colour
/// sequences) of a line, so that the same words in a message or in the author's text are
/// left alone.
fn localise_footer(buffer: &[u8], lang: &Locale) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(buffer) else {
        return buffer.to_vec();
    };
    let mut out = String::with_capacity(text.len() + 16);
    for line in text.split_inclusive('\n') {
        out.push_str(&localise_footer_line(line, lang));
    }
    out.into_bytes()
}

fn localise_footer_line<'a>(line: &'a str, lang: &Locale) -> std::borrow::Cow<'a, str> {
    // The margin: spaces, `│` and ANSI colour sequences, then the word.
    let bytes = line.as_bytes();
    let mut i = 0;
    let mut saw_bar = false;
    while i < line.len() {
        let rest = line.get(i..).unwrap_or("");
        if rest.starts_with('\u{1b}') {
            // `ESC [ ... letter`
            let end = rest
                .char_indices()
                .skip(1)
                .find(|(_, c)| c.is_ascii_alphabetic())
                .map_or(rest.len(), |(j, _)| j + 1);
            i += end;
        } else if rest.starts_with('│') {
            saw_bar = true;
            i += '│'.len_utf8();
        } else if bytes.get(i) == Some(&b' ') {
            i += 1;
        } else {
            break;
        }
    }
    if !saw_bar {
        return line.into();
    }
    let rest = line.get(i..).unwrap_or("");
    for word in ["Help", "Note"] {
        let Some(after) = rest.strip_prefix(word) else {
            continue;
        };
        // `Help:`, `Help 2:`, or `Help` followed by a colour reset and then `:`.
        let after_plain = strip_ansi(after.as_bytes());
        let after_plain = String::from_utf8_lossy(&after_plain);
        let numbered = after_plain
            .trim_start_matches(|c: char| c == ' ' || c.is_ascii_digit())
            .starts_with(':');
        if numbered {
            let head = line.get(..i).unwrap_or("");
            return format!("{head}{}{after}", footer_word(word, lang)).into();
        }
    }
    line.into()
}

/// The last line of capped human output: how many diagnostics were not shown, by severity,
/// in the reader's language (`... and 3 more errors and 1 more warning`). `None` when nothing
/// was left out.
pub fn omitted_line(hidden: &[Severity], lang: impl Into<Locale>) -> Option<String> {
    let lang = &lang.into();
    let count = |s: Severity| hidden.iter().filter(|&&h| h == s).count();
    let parts: Vec<String> = [
        (count(Severity::Error), "render--more-errors"),
        (count(Severity::Warning), "render--more-warnings"),
        (count(Severity::Note), "render--more-notes"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, key)| Message::key(key).num("count", n).get(lang))
    .collect();
    if parts.is_empty() {
        return None;
    }
    let sep = Message::key("render--list-separator").get(lang);
    Some(
        Message::key("render--omitted")
            .arg("counts", &parts.join(&sep))
            .get(lang),
    )
}

/// The files ariadne draws from, each made into an ariadne [`Source`] the first time a
/// report needs it, so a check with nothing to report copies and scans nothing.
struct Sources<'a> {
    db: &'a SourceDb,
    loaded: HashMap<FileId, Source<Arc<str>>>,
}

impl Cache<FileId> for Sources<'_> {
    type Storage = Arc<str>;

    fn fetch(&mut self, id: &FileId) -> Result<&Source<Arc<str>>, impl fmt::Debug> {
        let db = self.db;
        let source = self.loaded.entry(*id).or_insert_with(|| {
            let text = db.get(*id).map(|f| f.text.clone()).unwrap_or_default();
            Source::from(shown_text(text))
        });
        Ok::<_, std::convert::Infallible>(source)
    }

    fn display<'b>(&self, id: &'b FileId) -> Option<impl fmt::Display + 'b> {
        Some(printable::line(self.db.name(*id)).into_owned())
    }
}

/// The text as ariadne shows it, one character for one character so that offsets still
/// match. Ariadne ends lines at VT, FF, NEL, U+2028 and U+2029 too, pol only at `\n`, `\r\n`
/// and `\r` (docs/language.md, "Lines"): those become spaces, so the line numbers shown are
/// the language's. Bidirectional controls become U+FFFD, so that a terminal does not reorder
/// the line it shows (the confusion `SYN-007` warns about), and the other controls that act on
/// a terminal (ESC, BEL, C1) become their visible pictures ([`printable::source`]).
fn shown_text(text: Arc<str>) -> Arc<str> {
    let needs = |c: char| is_other_line_break(c) || is_bidi_control(c);
    let shown: Arc<str> = if text.chars().any(needs) {
        text.chars()
            .map(|c| {
                if is_other_line_break(c) {
                    ' '
                } else if is_bidi_control(c) {
                    char::REPLACEMENT_CHARACTER
                } else {
                    c
                }
            })
            .collect::<String>()
            .into()
    } else {
        text
    };
    match printable::source(&shown) {
        std::borrow::Cow::Borrowed(_) => shown,
        std::borrow::Cow::Owned(s) => s.into(),
    }
}

/// Characters some tools take for line breaks and pol does not.
fn is_other_line_break(c: char) -> bool {
    matches!(c, '\x0B' | '\x0C' | '\u{85}' | '\u{2028}' | '\u{2029}')
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

/// The span as character offsets, for ariadne, clamped to its file so a stale span can never
/// make the renderer panic. Ariadne's byte mode is not usable: for a label in another file
/// than the report's, ariadne 0.6 looks a character offset up as a byte offset and panics on
/// a line with Chinese text before it.
fn chars(db: &SourceDb, span: Span) -> std::ops::Range<usize> {
    let Some(file) = db.get(span.file) else {
        return 0..0;
    };
    let start = file.char_offset(span.start);
    let end = file.char_offset(span.end).max(start);
    start..end
}

#[derive(Serialize)]
pub struct JsonReport {
    pub version: u32,
    pub diagnostics: Vec<JsonDiagnostic>,
    /// Findings silenced by a justified `allow`: not problems, but on record.
    pub suppressed: Vec<JsonSuppressed>,
    /// Paths that could not be checked at all (missing, unreadable).
    pub failures: Vec<Failure>,
    pub summary: JsonSummary,
}

#[derive(Serialize)]
pub struct JsonSummary {
    /// Error diagnostics, plus one per path in `failures`: a path that could not be checked
    /// is an error of the run, and the count must not say 0 when the exit status is 2.
    pub errors: usize,
    pub warnings: usize,
    /// Diagnostics left out of `diagnostics` by `--max-errors` (counted in `errors` and
    /// `warnings` all the same).
    pub omitted: usize,
    /// Findings silenced by a justified `allow` (listed in `suppressed`, counted nowhere else).
    pub suppressed: usize,
}

/// A path given to `polc check` that could not be checked: missing, unreadable, or a folder
/// without a policy file.
#[derive(Clone, Debug, Serialize)]
pub struct Failure {
    pub path: String,
    pub message: String,
}

/// A finding an author silenced with `allow CODE because "..."`, and why.
#[derive(Clone, Copy, Debug)]
pub struct Silenced<'a> {
    pub diagnostic: &'a Diagnostic,
    pub justification: &'a str,
    /// The `allow` that silenced it.
    pub allow: Span,
}

/// One checked policy: its sources, its diagnostics and the findings its author silenced.
#[derive(Clone, Debug)]
pub struct Checked<'a> {
    pub db: &'a SourceDb,
    pub diagnostics: &'a [Diagnostic],
    pub suppressed: Vec<Silenced<'a>>,
}

impl<'a> Checked<'a> {
    /// A policy with nothing silenced.
    pub fn new(db: &'a SourceDb, diagnostics: &'a [Diagnostic]) -> Checked<'a> {
        Checked {
            db,
            diagnostics,
            suppressed: Vec::new(),
        }
    }
}

/// A silenced finding in the JSON report: the diagnostic's fields, `"suppressed": true`, the
/// author's justification and where the `allow` is.
#[derive(Serialize)]
pub struct JsonSuppressed {
    #[serde(flatten)]
    pub diagnostic: JsonDiagnostic,
    pub suppressed: bool,
    pub justification: String,
    pub suppression: JsonLocation,
}

#[derive(Serialize)]
pub struct JsonDiagnostic {
    pub code: String,
    pub severity: Severity,
    /// In the language asked for (`--lang`, English by default).
    pub message: String,
    /// Deprecated: the Chinese text, also in `messages`; removed in the next format version.
    pub message_zh: String,
    /// The message in every language with a catalogue, by language tag.
    pub messages: Texts,
    #[serde(flatten)]
    pub location: JsonLocation,
    pub label: Option<String>,
    /// Deprecated, as `message_zh`.
    pub label_zh: Option<String>,
    pub labels: Option<Texts>,
    pub related: Vec<JsonRelated>,
    pub help: Option<String>,
    /// Deprecated, as `message_zh`.
    pub help_zh: Option<String>,
    pub helps: Option<Texts>,
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
    /// Deprecated, as [`JsonDiagnostic::message_zh`].
    pub message_zh: Option<String>,
    pub messages: Option<Texts>,
}

#[derive(Serialize)]
pub struct JsonFix {
    pub title: String,
    /// Deprecated, as [`JsonDiagnostic::message_zh`].
    pub title_zh: String,
    pub titles: Texts,
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

/// A text in every language with a catalogue, by language tag.
pub type Texts = std::collections::BTreeMap<String, String>;

pub(crate) fn texts(m: &Message) -> Texts {
    super::catalog::global()
        .languages()
        .into_iter()
        .map(|tag| (tag.to_string(), m.get(Locale::new(tag))))
        .collect()
}

fn json_diagnostic(db: &SourceDb, d: &Diagnostic, lang: &Locale) -> JsonDiagnostic {
    let zh = Locale::new("zh");
    JsonDiagnostic {
        code: d.code.to_string(),
        severity: d.severity,
        message: d.message.get(lang),
        message_zh: d.message.get(&zh),
        messages: texts(&d.message),
        location: location(db, d.primary.span),
        label: d.primary.message.as_ref().map(|m| m.get(lang)),
        label_zh: d.primary.message.as_ref().map(|m| m.get(&zh)),
        labels: d.primary.message.as_ref().map(texts),
        related: d
            .related
            .iter()
            .map(|r| JsonRelated {
                location: location(db, r.span),
                message: r.message.as_ref().map(|m| m.get(lang)),
                message_zh: r.message.as_ref().map(|m| m.get(&zh)),
                messages: r.message.as_ref().map(texts),
            })
            .collect(),
        help: d.help.as_ref().map(|m| m.get(lang)),
        help_zh: d.help.as_ref().map(|m| m.get(&zh)),
        helps: d.help.as_ref().map(texts),
        fixes: d
            .fixes
            .iter()
            .map(|f| JsonFix {
                title: f.title.get(lang),
                title_zh: f.title.get(&zh),
                titles: texts(&f.title),
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
    }
}

fn summary(checked: &[Checked<'_>], failures: usize, omitted: usize) -> JsonSummary {
    let count = |s: Severity| {
        checked
            .iter()
            .flat_map(|c| c.diagnostics.iter())
            .filter(|d| d.severity == s)
            .count()
    };
    JsonSummary {
        errors: count(Severity::Error) + failures,
        warnings: count(Severity::Warning),
        omitted,
        suppressed: checked.iter().map(|c| c.suppressed.len()).sum(),
    }
}

fn json_suppressed(db: &SourceDb, s: &Silenced<'_>, lang: &Locale) -> JsonSuppressed {
    JsonSuppressed {
        diagnostic: json_diagnostic(db, s.diagnostic, lang),
        suppressed: true,
        justification: s.justification.to_string(),
        suppression: location(db, s.allow),
    }
}

/// The whole report as one value; [`write_json`] is the same document, streamed.
pub fn json_report(db: &SourceDb, diags: &[Diagnostic]) -> JsonReport {
    json_report_of(&Checked::new(db, diags))
}

/// [`json_report`] of a policy with silenced findings.
pub fn json_report_of(checked: &Checked<'_>) -> JsonReport {
    JsonReport {
        version: JSON_FORMAT_VERSION,
        diagnostics: checked
            .diagnostics
            .iter()
            .map(|d| json_diagnostic(checked.db, d, &Locale::en()))
            .collect(),
        suppressed: checked
            .suppressed
            .iter()
            .map(|s| json_suppressed(checked.db, s, &Locale::en()))
            .collect(),
        failures: Vec::new(),
        summary: summary(std::slice::from_ref(checked), 0, 0),
    }
}

/// The diagnostics of every checked policy in order, the first `max` of them if capped.
pub(crate) fn capped<'a>(
    checked: &'a [Checked<'a>],
    max: Option<usize>,
) -> impl Iterator<Item = (&'a SourceDb, &'a Diagnostic)> + 'a {
    checked
        .iter()
        .flat_map(|c| c.diagnostics.iter().map(move |d| (c.db, d)))
        .take(max.unwrap_or(usize::MAX))
}

/// Every silenced finding of every checked policy, never capped: `--max-errors` caps what
/// is to be fixed, and these are settled.
pub(crate) fn silenced<'a>(
    checked: &'a [Checked<'a>],
) -> impl Iterator<Item = (&'a SourceDb, &'a Silenced<'a>)> + 'a {
    checked
        .iter()
        .flat_map(|c| c.suppressed.iter().map(move |s| (c.db, s)))
}

/// How many diagnostics `max` leaves out.
pub(crate) fn omitted_count(checked: &[Checked<'_>], max: Option<usize>) -> usize {
    let total: usize = checked.iter().map(|c| c.diagnostics.len()).sum();
    total.saturating_sub(max.unwrap_or(usize::MAX))
}

/// Writes the JSON report of several checked policies (`polc check --format json`) as it
/// goes: each diagnostic is converted, written and dropped, so the output of any number of
/// diagnostics needs no document in memory. `max` keeps the first `max` diagnostics; the
/// summary still counts them all. Texts are in English, and in every language in the maps.
pub fn write_json(
    out: &mut dyn Write,
    checked: &[Checked<'_>],
    failures: &[Failure],
    max: Option<usize>,
) -> std::io::Result<()> {
    write_json_in(out, checked, failures, max, &Locale::en())
}

/// [`write_json`] with `message`, `label`, `help` and fix titles in the reader's language.
pub fn write_json_in(
    out: &mut dyn Write,
    checked: &[Checked<'_>],
    failures: &[Failure],
    max: Option<usize>,
    lang: &Locale,
) -> std::io::Result<()> {
    struct Diags<'a> {
        checked: &'a [Checked<'a>],
        max: Option<usize>,
        lang: &'a Locale,
    }
    impl Serialize for Diags<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq(
                capped(self.checked, self.max).map(|(db, d)| json_diagnostic(db, d, self.lang)),
            )
        }
    }
    struct Suppressed<'a> {
        checked: &'a [Checked<'a>],
        lang: &'a Locale,
    }
    impl Serialize for Suppressed<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq(silenced(self.checked).map(|(db, x)| json_suppressed(db, x, self.lang)))
        }
    }
    struct Report<'a> {
        checked: &'a [Checked<'a>],
        failures: &'a [Failure],
        max: Option<usize>,
        lang: &'a Locale,
    }
    impl Serialize for Report<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut st = s.serialize_struct("JsonReport", 5)?;
            st.serialize_field("version", &JSON_FORMAT_VERSION)?;
            st.serialize_field(
                "diagnostics",
                &Diags {
                    checked: self.checked,
                    max: self.max,
                    lang: self.lang,
                },
            )?;
            st.serialize_field(
                "suppressed",
                &Suppressed {
                    checked: self.checked,
                    lang: self.lang,
                },
            )?;
            st.serialize_field("failures", self.failures)?;
            st.serialize_field(
                "summary",
                &summary(
                    self.checked,
                    self.failures.len(),
                    omitted_count(self.checked, self.max),
                ),
            )?;
            st.end()
        }
    }
    let mut buffered = std::io::BufWriter::new(out);
    serde_json::to_writer_pretty(
        &mut buffered,
        &Report {
            checked,
            failures,
            max,
            lang,
        },
    )?;
    writeln!(buffered)?;
    buffered.flush()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::diag::{Code, Lang, Message};
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

    /// Every word of the frame is in the reader's language: ariadne's own `Help` and `Note`
    /// too, and only where ariadne writes them.
    #[test]
    fn chinese_output_has_no_english_frame_words() {
        let mut db = SourceDb::new();
        let a = db.add(
            "a.pol".into(),
            Origin::User {
                path: "a.pol".into(),
            },
            Arc::from("purpose p {\n  label \"Help: Note: x\"\n}\n"),
        );
        let d = |code: &'static str| {
            Diagnostic::new(
                Code::new(code),
                Span::new(a, 8, 9),
                Message::new("m", "信息"),
            )
            .with_help(Message::new("do this", "请这样做"))
            .with_fix(Message::new("fix it", "修复"), Span::new(a, 8, 9), "q")
        };
        let diags = [d("NAME-001"), d("NAME-004")];
        for color in [false, true] {
            let mut out = Vec::new();
            human(&db, &diags, Lang::Zh, color, &mut out).unwrap();
            let text = String::from_utf8(strip_ansi(&out)).unwrap();
            assert!(text.contains("错误[NAME-001]: 信息"), "{text}");
            assert!(text.contains("警告[NAME-004]: 信息"), "{text}");
            assert!(text.contains("帮助: 请这样做"), "{text}");
            assert!(text.contains("注: 可自动修复：修复"), "{text}");
            assert!(!text.contains("Help") && !text.contains("Note"), "{text}");
            assert!(
                !text.contains("error") && !text.contains("warning"),
                "{text}"
            );
        }
        let mut out = Vec::new();
        human(&db, &diags, Lang::En, false, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("error[NAME-001]: m"), "{text}");
        assert!(text.contains("Help: do this"), "{text}");
        assert!(text.contains("Note: fix: fix it"), "{text}");
    }
}
