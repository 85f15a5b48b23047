//! Projects: a single `.pol` file, or a directory with a `pol.toml`.
//!
//! ```toml
//! name = "megvii"            # the policy's id in output paths
//! entry = "policy.pol"       # the file holding the `policy` header (default: policy.pol)
//! languages = ["zh", "en"]   # optional; must agree with the header when both say it
//! profile = ["pipl"]         # optional; likewise
//! ```

use serde::Deserialize;

use crate::diag::{codes, Diagnostic, Message};
use crate::source::{FileId, Span};

/// The settings of `pol.toml`.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ProjectConfig {
    pub name: Option<String>,
    pub entry: Option<String>,
    pub languages: Option<Vec<String>>,
    pub profile: Option<Vec<String>>,
}

pub const DEFAULT_ENTRY: &str = "policy.pol";
pub const MANIFEST: &str = "pol.toml";

/// Parses `pol.toml`; a problem is a located `PROJ-001` and the defaults are used.
pub fn parse_config(file: FileId, text: &str) -> (ProjectConfig, Vec<Diagnostic>) {
    match toml::from_str::<ProjectConfig>(text) {
        Ok(config) => {
            let mut diags = Vec::new();
            for (key, values, allowed) in [
                (
                    "languages",
                    &config.languages,
                    crate::types::schema::LANGUAGES,
                ),
                ("profile", &config.profile, crate::types::schema::PROFILES),
            ] {
                for v in values.iter().flatten() {
                    if !allowed.contains(&v.as_str()) {
                        let span = find_span(file, text, v);
                        diags.push(
                            Diagnostic::new(
                                codes::PROJ_INVALID,
                                span,
                                Message::new(
                                    format!("`{v}` is not a valid `{key}` value"),
                                    format!("「{v}」不是有效的「{key}」取值"),
                                ),
                            )
                            .with_label(Message::new("not allowed here", "此处不允许"))
                            .with_help(Message::new(
                                format!("allowed: {}", allowed.join(", ")),
                                format!("可选值：{}", allowed.join("、")),
                            )),
                        );
                    }
                }
            }
            (config, diags)
        }
        Err(e) => {
            let range = e.span().unwrap_or(0..0);
            let message = e.message().to_string();
            let d = Diagnostic::new(
                codes::PROJ_INVALID,
                Span::new(file, range.start, range.end),
                Message::new(
                    format!("invalid pol.toml: {message}"),
                    format!("pol.toml 无效：{message}"),
                ),
            )
            .with_label(Message::new("here", "此处"))
            .with_help(Message::new(
                "pol.toml knows `name`, `entry`, `languages` and `profile`",
                "pol.toml 支持的键：name、entry、languages、profile",
            ));
            (ProjectConfig::default(), vec![d])
        }
    }
}

/// Where a string value is in pol.toml (its first quoted occurrence), else the file's start.
pub(crate) fn value_span(file: FileId, text: &str, needle: &str) -> Span {
    find_span(file, text, needle)
}

fn find_span(file: FileId, text: &str, needle: &str) -> Span {
    let quoted = format!("\"{needle}\"");
    match text.find(&quoted) {
        Some(i) => Span::new(file, i, i + quoted.len()),
        None => Span::new(file, 0, 0),
    }
}
