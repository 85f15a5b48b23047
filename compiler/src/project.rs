//! Projects: a single `.pol` file, or a directory with a `pol.toml`.
//!
//! ```toml
//! name = "megvii"            # the policy's id: its folder in the built site (see [`check_id`])
//! entry = "policy.pol"       # the file holding the `policy` header (default: policy.pol)
//! languages = ["zh", "en"]   # optional; must agree with the header when both say it
//! profile = ["pipl"]         # optional; likewise
//!
//! [[audit.allow]]            # optional: a justified exception for one `polc audit` finding
//! code = "AUDIT-002"
//! subject = "tencent_bugly"  # what the finding is about (docs/audit.md)
//! because = "why"
//!
//! [[audit.permission]]       # optional: the app's names for a permission the policy names
//! item = "camera"            # by what it does (docs/audit.md)
//! android = ["CAMERA"]
//! ```

use serde::Deserialize;

use crate::diag::{codes, Diagnostic, Message};
use crate::source::{FileId, Span};

/// The settings of `pol.toml`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProjectConfig {
    /// Always a valid id ([`check_id`]): an invalid `name` is reported and left out.
    pub name: Option<String>,
    /// Where `name`'s value is in `pol.toml`, to locate errors about the id (two policies of
    /// one build with the same id).
    pub name_span: Option<Span>,
    pub entry: Option<String>,
    pub languages: Option<Vec<String>>,
    pub profile: Option<Vec<String>>,
    /// Where the documentation pages are published (`{docs_url}/docs/rules/<CODE>.md`), for
    /// the links of SARIF output; see docs/diagnostics.md.
    pub docs_url: Option<String>,
    /// Justified exceptions for `polc audit` findings, in file order (docs/audit.md).
    pub audit_allow: Vec<AuditAllow>,
    /// The app's platform names for the policy's permission items (docs/audit.md).
    pub audit_permissions: Vec<AuditPermission>,
}

/// `[[audit.permission]]`: the platform names under which the app requests what one of the
/// policy's `permission` items names. A policy often names a permission only by what it does
/// (「读取/修改手机存储权限」); the Android constant is then a fact of the app, not a statement
/// of the policy, so it lives here, where `polc audit` reads it and no page prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditPermission {
    /// The policy's `permission` item, by name.
    pub item: String,
    pub android: Vec<String>,
    pub ios: Vec<String>,
    pub miniprogram: Vec<String>,
    /// The whole `[[audit.permission]]` table.
    pub span: Span,
}

/// `[[audit.allow]]`: one `polc audit` finding the author answers for. It lives in `pol.toml`
/// rather than in the policy because what it answers for is a fact of the app (a dependency it
/// still ships, a permission a variant requests), not a statement of the policy, and the page
/// must not carry it. It names its subject, so it silences that finding and no later one of the
/// same code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditAllow {
    /// `AUDIT-001` … `AUDIT-005`.
    pub code: String,
    /// The permission as the app or the policy writes it, the SDK's catalogue id or dependency,
    /// the policy item, or the app file (docs/audit.md, "Answering for a finding").
    pub subject: String,
    pub because: String,
    /// The whole `[[audit.allow]]` table, where an unused one is reported.
    pub span: Span,
}

/// `pol.toml` as written; values keep their place in the file, so that an error about one is
/// located on it, however it is quoted.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    name: Option<toml::Spanned<String>>,
    entry: Option<String>,
    languages: Option<Vec<toml::Spanned<String>>>,
    profile: Option<Vec<toml::Spanned<String>>>,
    docs_url: Option<toml::Spanned<String>>,
    audit: Option<RawAudit>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAudit {
    #[serde(default)]
    allow: Vec<toml::Spanned<RawAuditAllow>>,
    #[serde(default)]
    permission: Vec<toml::Spanned<RawAuditPermission>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAuditPermission {
    item: String,
    #[serde(default)]
    android: Vec<String>,
    #[serde(default)]
    ios: Vec<String>,
    #[serde(default)]
    miniprogram: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAuditAllow {
    code: toml::Spanned<String>,
    subject: String,
    because: toml::Spanned<String>,
}

/// The codes an `[[audit.allow]]` may name.
const AUDIT_CODES: &[&str] = &[
    "AUDIT-001",
    "AUDIT-002",
    "AUDIT-003",
    "AUDIT-004",
    "AUDIT-005",
];

/// The longest id. An id is one folder name in the built site; 64 bytes keeps every output
/// path far below the file system's name and path limits.
pub const MAX_ID_LEN: usize = 64;

/// Folder names an id cannot take: `assets` holds the site's shared files, and the others are
/// device names on Windows, where a folder of that name cannot be created or checked out.
const RESERVED_IDS: &[&str] = &[
    "assets", "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
    "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Why a string cannot be a policy's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadId {
    Empty,
    TooLong,
    /// A character other than an ASCII letter, digit, `-` or `_` (a `/`, `.`, space, ...).
    Character(char),
    /// Starts with `-` or `_`: it would read as a command-line option or a hidden-ish name.
    Start,
    Reserved,
}

impl BadId {
    pub fn message(self) -> Message {
        match self {
            BadId::Empty => Message::key("project--empty"),
            BadId::TooLong => Message::key("project--longer-than-MAX-ID-LEN-characters")
                .arg("MAX-ID-LEN", &MAX_ID_LEN),
            BadId::Character(c) => {
                Message::key("project--contains-c").arg("c", &(format!("{:?}", c)))
            }
            BadId::Start => Message::key("project--starts"),
            BadId::Reserved => Message::key("project--folder-name-reserved"),
        }
    }
}

/// Whether `id` can name the policy's folder in the built site.
///
/// The id is used unescaped as a path segment of the output and of the index's links, so it is
/// an identifier: 1 to [`MAX_ID_LEN`] ASCII letters, digits, `-` and `_`, starting with a letter
/// or digit, and not a reserved name (compared without case). No `/`, `\`, `.` or `..` can
/// reach a path, and no two valid ids that differ only in case are both accepted by one build
/// (see `backends::build`), so case-insensitive file systems cannot merge two policies.
pub fn check_id(id: &str) -> Result<(), BadId> {
    let Some(first) = id.chars().next() else {
        return Err(BadId::Empty);
    };
    if let Some(c) = id
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_')))
    {
        return Err(BadId::Character(c));
    }
    if id.len() > MAX_ID_LEN {
        return Err(BadId::TooLong);
    }
    if !first.is_ascii_alphanumeric() {
        return Err(BadId::Start);
    }
    if RESERVED_IDS.iter().any(|r| r.eq_ignore_ascii_case(id)) {
        return Err(BadId::Reserved);
    }
    Ok(())
}

/// A valid id close to `id`, to suggest: lower case, every run of other characters as one `-`.
pub fn suggest_id(id: &str) -> Option<String> {
    let mut s = String::new();
    for c in id.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            s.push(c.to_ascii_lowercase());
        } else if !s.is_empty() && !s.ends_with('-') {
            s.push('-');
        }
    }
    let s = s.trim_matches(|c| c == '-' || c == '_');
    let mut s: String = s.chars().take(MAX_ID_LEN).collect();
    while s.ends_with('-') {
        s.pop();
    }
    if check_id(&s).is_ok() {
        Some(s)
    } else {
        None
    }
}

/// `PROJ-001` for an id that cannot be a folder name, at `span`, with `what` saying where the
/// id came from.
pub fn bad_id_diagnostic(id: &str, why: BadId, span: Span, what: Message) -> Diagnostic {
    let reason = why.message();
    let mut d = Diagnostic::new(
        codes::PROJ_INVALID,
        span,
        Message::key("project--cannot-name-output-folder")
            .arg_msg("what", what)
            .arg("id", &format!("{id:?}"))
            .arg_msg("reason", reason),
    )
    .with_label(Message::key("project--not-valid-id"))
    .with_help(
        Message::key("project--id-1-MAX-ID-LEN-ascii-letters").arg("MAX-ID-LEN", &MAX_ID_LEN),
    );
    if let Some(s) = suggest_id(id) {
        d = d.with_fix(
            Message::key("project--use-s").arg("s", &s),
            span,
            format!("\"{s}\""),
        );
    }
    d
}

pub const DEFAULT_ENTRY: &str = "policy.pol";
pub const MANIFEST: &str = "pol.toml";

/// Parses `pol.toml`; a problem is a located `PROJ-001` and the defaults are used.
pub fn parse_config(file: FileId, text: &str) -> (ProjectConfig, Vec<Diagnostic>) {
    match toml::from_str::<RawConfig>(text) {
        Ok(raw) => {
            let mut diags = Vec::new();
            let span_of = |v: &toml::Spanned<String>| Span::new(file, v.span().start, v.span().end);
            let values = |v: &Option<Vec<toml::Spanned<String>>>| -> Option<Vec<String>> {
                v.as_ref()
                    .map(|v| v.iter().map(|s| s.get_ref().clone()).collect())
            };
            let mut config = ProjectConfig {
                name: None,
                name_span: None,
                entry: raw.entry,
                languages: values(&raw.languages),
                profile: values(&raw.profile),
                docs_url: None,
                audit_allow: Vec::new(),
                audit_permissions: Vec::new(),
            };
            let (allows, permissions) = raw
                .audit
                .map(|a| (a.allow, a.permission))
                .unwrap_or_default();
            for permission in permissions {
                let span = Span::new(file, permission.span().start, permission.span().end);
                let permission = permission.into_inner();
                config.audit_permissions.push(AuditPermission {
                    item: permission.item.trim().to_string(),
                    android: permission.android,
                    ios: permission.ios,
                    miniprogram: permission.miniprogram,
                    span,
                });
            }
            for allow in allows {
                let table = Span::new(file, allow.span().start, allow.span().end);
                let allow = allow.into_inner();
                let code = allow.code.get_ref().trim().to_ascii_uppercase();
                if !AUDIT_CODES.contains(&code.as_str()) {
                    diags.push(
                        Diagnostic::new(
                            codes::PROJ_INVALID,
                            span_of(&allow.code),
                            Message::key("project--get-ref-not-polc-audit-code")
                                .arg("get-ref", &allow.code.get_ref()),
                        )
                        .with_label(Message::key("project--not-audit-code"))
                        .with_help(Message::key("project--audit-allow-answers-audit-001")),
                    );
                    continue;
                }
                if allow.because.get_ref().trim().is_empty() {
                    diags.push(
                        Diagnostic::new(
                            codes::SUP_NO_JUSTIFICATION,
                            span_of(&allow.because),
                            Message::key("project--exception-code-gives-no-reason")
                                .arg("code", &code),
                        )
                        .with_label(Message::key("project--empty-justification"))
                        .with_help(Message::key("project--say-why-app-may-differ")),
                    );
                    continue;
                }
                config.audit_allow.push(AuditAllow {
                    code,
                    subject: allow.subject.trim().to_string(),
                    because: allow.because.into_inner(),
                    span: table,
                });
            }
            if let Some(url) = &raw.docs_url {
                let text = url.get_ref();
                if text.starts_with("https://") || text.starts_with("http://") {
                    config.docs_url = Some(text.clone());
                } else {
                    diags.push(
                        Diagnostic::new(
                            codes::PROJ_INVALID,
                            span_of(url),
                            Message::key("project--docs-url-must-http-s")
                                .arg("text", &(format!("{:?}", text))),
                        )
                        .with_label(Message::key("project--not-address")),
                    );
                }
            }
            if let Some(name) = raw.name {
                let range = name.span();
                let span = Span::new(file, range.start, range.end);
                let name = name.into_inner();
                match check_id(&name) {
                    Ok(()) => {
                        config.name = Some(name);
                        config.name_span = Some(span);
                    }
                    // Left out, like any invalid value: the build stops on the error, and
                    // nothing downstream ever sees a name that is not a safe folder name.
                    Err(why) => diags.push(bad_id_diagnostic(
                        &name,
                        why,
                        span,
                        Message::key("project--name"),
                    )),
                }
            }
            for (key, values, allowed) in [
                ("languages", &raw.languages, crate::types::schema::LANGUAGES),
                ("profile", &raw.profile, crate::types::schema::PROFILES),
            ] {
                for spanned in values.iter().flatten() {
                    let v = spanned.get_ref();
                    if !allowed.contains(&v.as_str()) {
                        let span = span_of(spanned);
                        diags.push(
                            Diagnostic::new(
                                codes::PROJ_INVALID,
                                span,
                                Message::key("project--v-not-valid-key-value")
                                    .arg("v", &v)
                                    .arg("key", &key),
                            )
                            .with_label(Message::key("project--not-allowed-here"))
                            .with_help(
                                Message::key("project--allowed-allowed").arg_en_zh(
                                    "allowed",
                                    &(allowed.join(", ")),
                                    &(allowed.join("、")),
                                ),
                            ),
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
                Message::key("project--invalid-pol-toml-message").arg("message", &message),
            )
            .with_label(Message::key("project--here"))
            .with_help(Message::key("project--pol-toml-knows-name-entry"));
            (ProjectConfig::default(), vec![d])
        }
    }
}

/// The policy's id and where it is written: the `name` in `pol.toml`, else the name of the
/// `policy` header, else `policy`. Its folder in the built site.
pub fn policy_id(analysis: &crate::Analysis) -> (String, Option<Span>) {
    if let Some(name) = &analysis.config.name {
        return (name.clone(), analysis.config.name_span);
    }
    match analysis.policy.header() {
        Some(h) => (h.name().to_string(), Some(h.name_span())),
        None => ("policy".to_string(), None),
    }
}

/// `PROJ-001` when the header's name is the id (no `name` in `pol.toml`) and cannot be a
/// folder name. Header names are identifiers already; this catches the reserved and the long.
pub fn check_header_id(config: &ProjectConfig, name: &str, span: Span) -> Option<Diagnostic> {
    if config.name.is_some() {
        return None;
    }
    let why = check_id(name).err()?;
    Some(
        bad_id_diagnostic(name, why, span, Message::key("project--policy-name"))
            .with_help(Message::key("project--rename-policy-set-another-name")),
    )
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_one_safe_folder_name() {
        for ok in [
            "megvii",
            "oceanengine-yuntu",
            "a_b",
            "A1",
            &"x".repeat(MAX_ID_LEN),
        ] {
            assert_eq!(check_id(ok), Ok(()), "{ok}");
        }
        for (bad, why) in [
            ("", BadId::Empty),
            ("../../../tmp/x", BadId::Character('.')),
            ("/var/www/site", BadId::Character('/')),
            ("a\\b", BadId::Character('\\')),
            ("my policy", BadId::Character(' ')),
            ("隐私", BadId::Character('隐')),
            ("a\u{1b}[31m", BadId::Character('\u{1b}')),
            ("-rf", BadId::Start),
            ("_x", BadId::Start),
            ("Assets", BadId::Reserved),
            ("nul", BadId::Reserved),
        ] {
            assert_eq!(check_id(bad), Err(why), "{bad:?}");
        }
        assert_eq!(check_id(&"x".repeat(MAX_ID_LEN + 1)), Err(BadId::TooLong));
    }

    #[test]
    fn a_path_as_name_is_a_located_error_and_is_left_out() {
        let text = "entry = \"policy.pol\"\nname = \"../../../tmp/x\"\n";
        let (config, diags) = parse_config(FileId(7), text);
        assert_eq!(config.name, None);
        assert_eq!(config.entry.as_deref(), Some("policy.pol"));
        let [d] = diags.as_slice() else {
            panic!("{diags:?}")
        };
        assert_eq!(d.code, codes::PROJ_INVALID);
        let span = d.primary.span;
        assert_eq!(
            &text[span.start as usize..span.end as usize],
            "\"../../../tmp/x\""
        );
        assert_eq!(d.fixes[0].edits[0].new_text, "\"tmp-x\"");
        let (config, diags) = parse_config(FileId(7), "name = \"acme\"\n");
        assert!(diags.is_empty());
        assert_eq!(config.name.as_deref(), Some("acme"));
        assert_eq!(config.name_span, Some(Span::new(FileId(7), 7, 13)));
    }

    /// A bad value was located by searching the text for its first double-quoted occurrence:
    /// a comment mentioning it came first, and a single-quoted (literal) string was not found
    /// at all, so the error sat at the start of the file.
    #[test]
    fn bad_values_are_located_on_the_value_however_quoted() {
        let text =
            "# \"fr\" was dropped\nlanguages = [\"zh\", \"fr\"]\nprofile = ['pipl', 'cppa']\n";
        let (_, diags) = parse_config(FileId(1), text);
        let spanned: Vec<&str> = diags
            .iter()
            .map(|d| &text[d.primary.span.start as usize..d.primary.span.end as usize])
            .collect();
        assert_eq!(spanned, ["\"fr\"", "'cppa'"], "{diags:?}");
        let line_start = text.find("languages").unwrap_or(0);
        assert!(diags[0].primary.span.start as usize > line_start);
    }

    #[test]
    fn a_syntax_error_in_pol_toml_is_located_on_the_offending_value() {
        let text = "name = \"acme\"\nentry = 42\n";
        let (_, diags) = parse_config(FileId(1), text);
        let [d] = diags.as_slice() else {
            panic!("{diags:?}")
        };
        assert_eq!(
            &text[d.primary.span.start as usize..d.primary.span.end as usize],
            "42"
        );
    }

    #[test]
    fn docs_url_is_read_and_checked() {
        let (config, diags) = parse_config(FileId(1), "docs_url = \"https://d.example/pol\"\n");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(config.docs_url.as_deref(), Some("https://d.example/pol"));
        let (config, diags) = parse_config(FileId(1), "docs_url = \"javascript:x\"\n");
        assert_eq!(config.docs_url, None);
        assert_eq!(diags.len(), 1);
    }

    #[test]
    fn suggestions_are_valid_ids() {
        assert_eq!(suggest_id("My Policy!").as_deref(), Some("my-policy"));
        assert_eq!(suggest_id("/var/www/site").as_deref(), Some("var-www-site"));
        assert_eq!(suggest_id("隐私"), None);
        assert_eq!(suggest_id("con"), None);
    }
}
