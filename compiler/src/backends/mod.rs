//! Backends: what `polc build` makes of a checked policy.
//!
//! Each generator turns one policy into a list of (relative path, bytes); [`build`] gathers them
//! into one [`output::Output`] for the whole site, which is then written atomically or compared
//! with a committed copy. Nothing here touches the disk except [`output`].
//!
//! - [`manifest`]: `manifest.json` and its JSON Schema.
//! - [`site`]: the Chinese and English pages (HTML and Markdown), the index and the stylesheet.
//! - [`enforce`]: the runtime enforcement config under `enforcement/` (decision table, OPA
//!   bundle, Cedar, consents).

pub mod enforce;
pub mod manifest;
pub mod output;
pub mod site;

use crate::diag::{codes, Diagnostic, Message};
use crate::source::{Origin, SourceDb, Span};
use crate::Analysis;
use manifest::Manifest;
use output::Output;
use site::{TemplateError, Templates};

/// Why a build produced nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BuildError {
    /// A template does not parse or fails to render.
    Template(TemplateError),
    /// Another generator failed (the enforcement config, ...).
    Generator { name: &'static str, message: String },
    /// Two policies (indices into the build's list) have the same id, or ids that differ
    /// only in case: their folders would overwrite each other.
    DuplicateId {
        id: String,
        first: usize,
        second: usize,
    },
    /// A policy's id cannot name a folder. `Workspace` reports this as `PROJ-001` already;
    /// this is the backstop for a model built or edited by other means.
    InvalidId {
        id: String,
        index: usize,
        why: crate::project::BadId,
    },
}

/// Files as (path relative to a folder, contents).
pub type Files = Vec<(String, Vec<u8>)>;

/// A generator: one policy's files, relative to the policy's folder.
type Generator = fn(&Analysis, &Manifest, &Templates) -> Result<Files, BuildError>;

/// Every generator run for each policy. Adding an output is adding a line here.
const GENERATORS: &[(&str, Generator)] = &[
    ("manifest", |_, m, _| {
        Ok(vec![("manifest.json".to_string(), manifest_json(m))])
    }),
    ("site", |a, m, t| {
        site::render(m, t, &site::lists::Lists::new(&a.policy)).map_err(BuildError::Template)
    }),
    ("lists", |a, m, t| {
        site::lists::render(a, m, t).map_err(BuildError::Template)
    }),
    ("enforcement", |a, _, _| {
        enforce::emit(a).map_err(|e| BuildError::Generator {
            name: "enforcement",
            message: e.to_string(),
        })
    }),
];

/// `value` with the keys of every object in sorted order.
///
/// serde_json keeps object keys sorted, unless its `preserve_order` feature is on, and a
/// dependency can turn that on in one build and not in another (cedar-policy does, and it is
/// only in the test build). Every JSON value we build with `json!` or a `Map` goes through
/// here before it is written, so our files are the same bytes whichever build wrote them.
/// (Structs serialize in field order either way.)
pub fn sorted_keys(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, sorted_keys(v)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted_keys).collect()),
        other => other,
    }
}

/// `manifest.json`, pretty-printed with a final newline.
pub fn manifest_json(m: &Manifest) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(m).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// The files of one policy, relative to its folder, and its manifest.
pub fn policy_files(
    analysis: &Analysis,
    templates: &Templates,
) -> Result<(Manifest, Files), BuildError> {
    let m = manifest::build(analysis);
    let mut files = Vec::new();
    for (_, generate) in GENERATORS {
        files.extend(generate(analysis, &m, templates)?);
    }
    Ok((m, files))
}

/// The whole site for checked policies: `<id>/...` for each, `index.html` and
/// `assets/style.css`. The caller checks first that no policy has errors.
///
/// Each policy's files go under its id, which is checked first: a valid id
/// ([`crate::project::check_id`]) cannot leave the output folder, and two policies may not
/// share one (without regard to case, for case-insensitive file systems).
pub fn build(analyses: &[Analysis], templates: &Templates) -> Result<Output, BuildError> {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (index, a) in analyses.iter().enumerate() {
        let (id, _) = crate::project::policy_id(a);
        if let Err(why) = crate::project::check_id(&id) {
            return Err(BuildError::InvalidId { id, index, why });
        }
        if let Some(&first) = seen.get(&id.to_ascii_lowercase()) {
            return Err(BuildError::DuplicateId {
                id,
                first,
                second: index,
            });
        }
        seen.insert(id.to_ascii_lowercase(), index);
    }
    let mut out = Output::default();
    let mut manifests = Vec::new();
    for a in analyses {
        let (m, files) = policy_files(a, templates)?;
        out.extend(&m.id, files);
        manifests.push(m);
    }
    out.extend(
        "",
        site::render_shared(&manifests, templates).map_err(BuildError::Template)?,
    );
    Ok(out)
}

/// A template error as a located `BUILD-001` diagnostic, with the source map that locates it.
pub fn template_diagnostic(e: &TemplateError) -> (SourceDb, Diagnostic) {
    let mut db = SourceDb::new();
    let file = db.add(
        e.path.display().to_string(),
        Origin::User {
            path: e.path.clone(),
        },
        e.source.as_str().into(),
    );
    let end = e.range.end.min(e.source.len());
    let start = e.range.start.min(end);
    let d = Diagnostic::new(
        codes::BUILD_TEMPLATE,
        Span::new(file, start, end),
        Message::key("backends--template-name-failed-message")
            .arg("name", &e.name)
            .arg("message", &e.message),
    )
    .with_help(Message::key("backends--fix-template-remove-from-templates"));
    (db, d)
}

#[cfg(test)]
mod tests {
    /// Keys come out sorted at every depth, whether or not serde_json preserves insertion order
    /// in this build.
    #[test]
    fn sorted_keys_orders_every_object() {
        let mut inner = serde_json::Map::new();
        inner.insert("z".into(), 1.into());
        inner.insert("a".into(), 2.into());
        let mut outer = serde_json::Map::new();
        outer.insert("y".into(), serde_json::Value::Array(vec![inner.into()]));
        outer.insert("b".into(), true.into());
        let text = serde_json::to_string(&super::sorted_keys(outer.into())).unwrap();
        assert_eq!(text, r#"{"b":true,"y":[{"a":2,"z":1}]}"#);
    }
}
