//! SARIF 2.1.0 output (`polc check --format sarif`), so that code-scanning UIs (GitHub, GitLab,
//! editors) show pol's diagnostics inline on the policy's lines.
//!
//! One run, tool `polc`, with a `rules` entry per code that occurs (id, bilingual title, the
//! `polc explain` page as help, the default level, and a `helpUri` into the documentation when
//! there is a base address to point into: see [`help_uri`]). Each result gives the message in both
//! languages (SARIF has one `text` per message, so the Chinese follows the English on a second
//! line, and each is also in the property bag), the primary location and related locations
//! with 1-based lines and columns counted in Unicode code points (`columnKind`), and fixes as
//! SARIF fixes (replacements of regions). Findings silenced by a justified `allow` are results
//! too, with `suppressions` (`inSource`, the justification), as SARIF readers expect. A test validates the output against the official
//! schema (tests/fixtures/sarif/).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;
use serde_json::{json, Value};

use super::render::{capped, silenced, Checked, Silenced};
use super::{codes, Diagnostic, Message, Severity};
use crate::source::{SourceDb, Span};

pub const SARIF_VERSION: &str = "2.1.0";
pub const SARIF_SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

fn both(m: &Message) -> String {
    format!("{}\n{}", m.en(), m.zh())
}

/// A SARIF region: 1-based start and end line and column, end column exclusive.
fn region(db: &SourceDb, span: Span) -> Value {
    let loc = super::render::location(db, span);
    json!({
        "startLine": loc.start.line,
        "startColumn": loc.start.column,
        "endLine": loc.end.line,
        "endColumn": loc.end.column.max(if loc.end.line == loc.start.line { loc.start.column } else { 1 }),
        "byteOffset": loc.start.offset,
        "byteLength": span.end.saturating_sub(span.start),
    })
}

fn artifact(db: &SourceDb, span: Span) -> Value {
    json!({ "uri": db.name(span.file).replace('\\', "/") })
}

fn physical(db: &SourceDb, span: Span) -> Value {
    json!({
        "artifactLocation": artifact(db, span),
        "region": region(db, span),
    })
}

/// Where the documentation pages are: `{base}/docs/rules/<CODE>.md` for a legal rule,
/// `{base}/docs/diagnostics.md#...` for a front-end code. `polc check --docs-url`, else
/// `docs_url` in pol.toml, else [`default_docs_base`].
pub fn help_uri(base: &str, code: codes::Code) -> String {
    let base = base.trim_end_matches('/');
    if code.is_rule() || code == crate::diff::rule::INFO.code {
        format!("{base}/docs/rules/{code}.md")
    } else {
        // The heading `## SYN-001 · Unexpected token`, as GitHub and GitLab make anchors of
        // headings: lower case, spaces to `-`, other punctuation dropped.
        let heading = format!("{code} · {}", code.info().title_en);
        let anchor: String = heading
            .chars()
            .filter_map(|c| match c {
                ' ' => Some('-'),
                c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c.to_ascii_lowercase()),
                _ => None,
            })
            .collect();
        format!("{base}/docs/diagnostics.md#{anchor}")
    }
}

/// The default documentation base: the main branch of the workspace's `repository`, unless
/// that is a placeholder under the reserved `.invalid` domain (RFC 2606), which no link may
/// point into; then `None`, and results carry the page's text without a `helpUri`.
pub fn default_docs_base() -> Option<String> {
    let repo = env!("CARGO_PKG_REPOSITORY").trim_end_matches('/');
    let host = repo
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or("");
    if host.is_empty() || host.ends_with(".invalid") || host == "invalid" {
        None
    } else {
        Some(format!("{repo}/blob/main"))
    }
}

fn rule(code: codes::Code, docs: Option<&str>) -> Value {
    let info = code.info();
    let page = codes::explain(code).unwrap_or("");
    let mut v = json!({
        "id": code.as_str(),
        "shortDescription": { "text": format!("{} / {}", info.title_en, info.title_zh) },
        "fullDescription": { "text": both(&info.title()) },
        "help": { "text": page, "markdown": page },
        "defaultConfiguration": { "level": level(info.severity) },
        "properties": { "title_en": info.title_en, "title_zh": info.title_zh },
    });
    if let Some(base) = docs {
        v["helpUri"] = json!(help_uri(base, code));
    }
    v
}

/// A silenced finding's SARIF `suppressions`: in the source, with the author's justification
/// and the `allow` that says it.
fn suppressions(db: &SourceDb, s: &Silenced<'_>) -> Value {
    json!([{
        "kind": "inSource",
        "status": "accepted",
        "justification": s.justification,
        "location": { "physicalLocation": physical(db, s.allow) },
    }])
}

fn result(db: &SourceDb, d: &Diagnostic, rule_index: usize) -> Value {
    // `message_en`/`message_zh` are kept for the tools that read them; `messages` has every
    // language with a catalogue, by tag.
    let mut properties = json!({
        "message_en": d.message.en(),
        "message_zh": d.message.zh(),
        "messages": super::render::texts(&d.message),
    });
    if let Some(help) = &d.help {
        properties["help_en"] = json!(help.en());
        properties["help_zh"] = json!(help.zh());
        properties["helps"] = json!(super::render::texts(help));
    }
    let mut location = json!({ "physicalLocation": physical(db, d.primary.span) });
    if let Some(label) = &d.primary.message {
        location["message"] = json!({ "text": both(label) });
    }
    let related: Vec<Value> = d
        .related
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut v = json!({ "id": i + 1, "physicalLocation": physical(db, r.span) });
            if let Some(m) = &r.message {
                v["message"] = json!({ "text": both(m) });
            }
            v
        })
        .collect();
    let fixes: Vec<Value> = d
        .fixes
        .iter()
        .map(|fix| {
            // SARIF groups a fix's replacements by file.
            let mut by_file: BTreeMap<String, Vec<Value>> = BTreeMap::new();
            for edit in &fix.edits {
                by_file
                    .entry(db.name(edit.span.file).replace('\\', "/"))
                    .or_default()
                    .push(json!({
                        "deletedRegion": region(db, edit.span),
                        "insertedContent": { "text": edit.new_text },
                    }));
            }
            json!({
                "description": { "text": both(&fix.title) },
                "artifactChanges": by_file
                    .into_iter()
                    .map(|(uri, replacements)| json!({
                        "artifactLocation": { "uri": uri },
                        "replacements": replacements,
                    }))
                    .collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut text = both(&d.message);
    if let Some(help) = &d.help {
        text.push_str(&format!("\n{}\n{}", help.en(), help.zh()));
    }
    let mut v = json!({
        "ruleId": d.code.as_str(),
        "ruleIndex": rule_index,
        "level": level(d.severity),
        "message": { "text": text },
        "locations": [location],
        "properties": properties,
    });
    if !related.is_empty() {
        v["relatedLocations"] = json!(related);
    }
    if !fixes.is_empty() {
        v["fixes"] = json!(fixes);
    }
    v
}

/// The SARIF log of one or more checked policies, as one value (for tests and small logs;
/// `polc` streams it with [`write`]), with `helpUri`s under `docs` if given.
pub fn log(checked: &[Checked<'_>], docs: Option<&str>) -> Value {
    serde_json::to_value(Log {
        checked,
        max: None,
        docs,
    })
    .unwrap_or(Value::Null)
}

/// Writes the SARIF log as it goes: the rules first (one per code that occurs), then each
/// result converted, written and dropped, so 100,000 results need no document in memory.
/// `max` keeps the first `max` results (`--max-errors`); the silenced findings follow them,
/// each with its `suppressions`, never capped. `docs` is the base of the `helpUri`s.
pub fn write(
    out: &mut dyn std::io::Write,
    checked: &[Checked<'_>],
    max: Option<usize>,
    docs: Option<&str>,
) -> std::io::Result<()> {
    let mut buffered = std::io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut buffered, &Log { checked, max, docs })?;
    std::io::Write::write_all(&mut buffered, b"\n")?;
    std::io::Write::flush(&mut buffered)
}

struct Log<'a> {
    checked: &'a [Checked<'a>],
    max: Option<usize>,
    docs: Option<&'a str>,
}

impl Serialize for Log<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Log", 3)?;
        st.serialize_field("$schema", SARIF_SCHEMA)?;
        st.serialize_field("version", SARIF_VERSION)?;
        st.serialize_field("runs", &[Run(self)])?;
        st.end()
    }
}

struct Run<'a>(&'a Log<'a>);

impl Serialize for Run<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let log = self.0;
        // The rules of the results shown, sorted, each result pointing at its rule's index.
        let codes: BTreeSet<codes::Code> = capped(log.checked, log.max)
            .map(|(_, d)| d.code)
            .chain(silenced(log.checked).map(|(_, s)| s.diagnostic.code))
            .collect();
        let index: HashMap<codes::Code, usize> =
            codes.iter().enumerate().map(|(i, c)| (*c, i)).collect();
        let mut st = s.serialize_struct("Run", 3)?;
        st.serialize_field(
            "tool",
            &json!({ "driver": {
                "name": "polc",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": codes.iter().map(|c| rule(*c, log.docs)).collect::<Vec<_>>(),
            }}),
        )?;
        st.serialize_field("columnKind", "unicodeCodePoints")?;
        st.serialize_field("results", &Results { log, index: &index })?;
        st.end()
    }
}

struct Results<'a> {
    log: &'a Log<'a>,
    index: &'a HashMap<codes::Code, usize>,
}

impl Serialize for Results<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let index = |code| self.index.get(&code).copied().unwrap_or(0);
        s.collect_seq(
            capped(self.log.checked, self.log.max)
                .map(|(db, d)| result(db, d, index(d.code)))
                .chain(silenced(self.log.checked).map(|(db, x)| {
                    let mut v = result(db, x.diagnostic, index(x.diagnostic.code));
                    v["suppressions"] = suppressions(db, x);
                    v
                })),
        )
    }
}
