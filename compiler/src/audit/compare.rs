//! The comparison half of `polc audit`: an app's [`Inventory`] against the policy's own
//! `permission` items and SDK recipients (`sdk`, `packages`, `platforms`).
//!
//! Findings are ordinary diagnostics. What the app does and the policy does not say
//! (AUDIT-001, AUDIT-002) is located in the app's file, with the policy as a related label; what
//! the policy says and the app no longer does (AUDIT-003, AUDIT-004) is located at the policy's
//! item, with the app directory's evidence as a note. The app files join the policy's
//! [`SourceDb`], so the human, JSON and SARIF renderers show them like any source.
//!
//! A permission item's platform names come from the item (`android`, `ios`, `miniprogram`) and
//! from pol.toml's `[[audit.permission]]` tables, which give the app's names for a permission
//! the policy names only by what it does (docs/audit.md).

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use super::{Catalogue, Inventory, Location, PermissionUse, Platform, SdkUse, MAX_FILE_BYTES};
use crate::diag::{codes, Diagnostic, Message};
use crate::ir::{Item, Policy};
use crate::project::AuditPermission;
use crate::source::{Origin, SourceDb, Span};
use crate::types::schema::Kind;

/// Platforms whose dependency lists the inventory reads: a mini-program's `app.json` names no
/// SDKs, so an SDK listed for mini-programs is never "missing" from one.
const SDK_PLATFORMS: &[Platform] = &[Platform::Android, Platform::Ios];

/// Compares the inventory of the app at `app_dir` with the policy. App files that hold a
/// finding are added to `db` (named `app_dir` joined with their relative path); the policy's
/// own files must already be in it.
pub fn compare(
    policy: &Policy,
    inventory: &Inventory,
    catalogue: &Catalogue,
    app_dir: &Path,
    db: &mut SourceDb,
) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = findings(policy, &[], inventory, catalogue, app_dir, db)
        .into_iter()
        .map(|f| f.diagnostic)
        .collect();
    crate::diag::sort_and_dedup(&mut out);
    out
}

/// One audit finding and the names an `[[audit.allow]]` may give its subject
/// (docs/audit.md, "Answering for a finding").
#[derive(Clone, Debug)]
pub struct Finding {
    pub diagnostic: Diagnostic,
    /// AUDIT-001: the permission as the app writes it and without `android.permission.`;
    /// AUDIT-002: the catalogue SDK id and each `group:artifact`, pod or package URL that
    /// declares it; AUDIT-003 / AUDIT-004: the policy item's name; AUDIT-005: the app file.
    pub subjects: Vec<String>,
}

impl Finding {
    fn new(diagnostic: Diagnostic, subjects: impl IntoIterator<Item = String>) -> Finding {
        Finding {
            diagnostic,
            subjects: subjects.into_iter().collect(),
        }
    }
}

/// [`compare`]'s findings with their subjects, unsorted, for [`answered`]; `named` are the
/// project's `[[audit.permission]]` tables.
pub fn findings(
    policy: &Policy,
    named: &[AuditPermission],
    inventory: &Inventory,
    catalogue: &Catalogue,
    app_dir: &Path,
    db: &mut SourceDb,
) -> Vec<Finding> {
    let mut files = AppFiles {
        dir: app_dir,
        db,
        ids: HashMap::new(),
    };
    let listed = Listed::of(policy, named);
    let header = policy.header().map(Item::name_span);
    let mut out: Vec<Finding> = Vec::new();
    unknown_permission_items(policy, named, &mut out);
    undisclosed_permissions(inventory, catalogue, &listed, header, &mut files, &mut out);
    undisclosed_sdks(inventory, catalogue, &listed, header, &mut files, &mut out);
    unused_permissions(inventory, &listed, &mut out);
    unused_sdks(inventory, catalogue, &listed, &mut out);
    for problem in &inventory.problems {
        let span = files.span(&problem.at, "");
        out.push(Finding::new(
            Diagnostic::new(
                codes::AUDIT_UNREAD_FILE,
                span,
                Message::key("audit-compare--not-audited-message").arg("message", &problem.message),
            )
            .with_help(Message::key(
                "audit-compare--permissions-sdks-file-declares-not",
            )),
            [problem.at.file.to_string_lossy().replace('\\', "/")],
        ));
    }
    out
}

/// What `[[audit.allow]]` in pol.toml does to the findings: those it answers for are silenced
/// (each with the index of its allow), the others stand (sorted), and an allow that answers
/// for nothing is a SUP-002 warning at its table, as a stale `allow` in a policy is. An allow
/// names one subject, so a second SDK or permission of the same code is still reported.
pub fn answered(
    findings: Vec<Finding>,
    allows: &[crate::project::AuditAllow],
) -> (Vec<Diagnostic>, Vec<(Diagnostic, usize)>) {
    let mut kept = Vec::new();
    let mut silenced = Vec::new();
    let mut used = vec![false; allows.len()];
    for f in findings {
        let by = allows
            .iter()
            .position(|a| a.code == f.diagnostic.code.as_str() && f.subjects.contains(&a.subject));
        match by {
            Some(i) => {
                if let Some(u) = used.get_mut(i) {
                    *u = true;
                }
                silenced.push((f.diagnostic, i));
            }
            None => kept.push(f.diagnostic),
        }
    }
    for (a, used) in allows.iter().zip(used) {
        if !used {
            kept.push(
                Diagnostic::new(
                    codes::SUP_UNUSED,
                    a.span,
                    Message::key("audit-compare--code-subject-answered-here-but")
                        .arg("code", &a.code)
                        .arg("subject", &a.subject),
                )
                .with_label(Message::key("audit-compare--nothing-silence"))
                .with_help(Message::key("audit-compare--remove-audit-allow-app-policy")),
            );
        }
    }
    crate::diag::sort_and_dedup(&mut kept);
    (kept, silenced)
}

/// What the policy lists: its permission items with the names they give on each platform, and
/// its SDK recipients.
struct Listed<'a> {
    permissions: Vec<ListedPermission<'a>>,
    /// Each `(platform, normalised name)` to the first permission that gives it, so looking up
    /// each permission the app requests stays linear in the app and the policy together.
    by_name: HashMap<(Platform, String), usize>,
    sdks: Vec<ListedSdk<'a>>,
}

struct ListedPermission<'a> {
    item: &'a Item,
    /// `(platform, normalised name, span of the field)`.
    names: Vec<(Platform, String, Span)>,
}

struct ListedSdk<'a> {
    item: &'a Item,
    sdk: Option<(&'a str, Span)>,
    packages: Vec<&'a str>,
    /// The platforms it is listed for; empty when the policy does not say.
    platforms: Vec<&'static str>,
}

impl<'a> Listed<'a> {
    fn of(policy: &'a Policy, named: &[AuditPermission]) -> Listed<'a> {
        let mut tables: HashMap<&str, Vec<&AuditPermission>> = HashMap::new();
        for table in named {
            tables.entry(table.item.as_str()).or_default().push(table);
        }
        let permissions: Vec<ListedPermission<'a>> = policy
            .user_items()
            .filter(|i| i.kind == Kind::Permission)
            .map(|item| {
                let mut names = Vec::new();
                for (key, platform) in [
                    ("android", Platform::Android),
                    ("ios", Platform::Ios),
                    ("miniprogram", Platform::Miniprogram),
                ] {
                    for v in item.fields.values(key) {
                        if let Some(name) = v.value.as_str() {
                            names.push((platform, normalise(platform, name), v.span));
                        }
                    }
                }
                for table in tables.get(item.name()).into_iter().flatten() {
                    for (platform, list) in [
                        (Platform::Android, &table.android),
                        (Platform::Ios, &table.ios),
                        (Platform::Miniprogram, &table.miniprogram),
                    ] {
                        for name in list {
                            names.push((platform, normalise(platform, name), table.span));
                        }
                    }
                }
                ListedPermission { item, names }
            })
            .collect();
        let sdks = policy
            .user_items()
            .filter(|i| i.kind == Kind::Recipient)
            .filter(|i| i.fields.has("sdk") || i.fields.has("packages"))
            .map(|item| ListedSdk {
                item,
                sdk: item
                    .fields
                    .values("sdk")
                    .find_map(|v| v.value.as_str().map(|s| (s, v.span))),
                packages: item.fields.strs("packages"),
                platforms: item.fields.options("platforms"),
            })
            .collect();
        let mut by_name = HashMap::new();
        for (i, p) in permissions.iter().enumerate() {
            for (platform, name, _) in &p.names {
                by_name.entry((*platform, name.clone())).or_insert(i);
            }
        }
        Listed {
            permissions,
            by_name,
            sdks,
        }
    }

    fn permission_for(&self, platform: Platform, name: &str) -> Option<&ListedPermission<'a>> {
        let name = normalise(platform, name);
        self.by_name
            .get(&(platform, name))
            .and_then(|&i| self.permissions.get(i))
    }

    fn sdk_for(&self, used: &SdkUse) -> Option<&ListedSdk<'a>> {
        self.sdks.iter().find(|s| s.matches(used))
    }
}

impl ListedSdk<'_> {
    fn matches(&self, used: &SdkUse) -> bool {
        if let (Some((id, _)), Some(found)) = (self.sdk, used.sdk.as_deref()) {
            if id == found {
                return true;
            }
        }
        self.packages
            .iter()
            .any(|p| package_matches(used.platform, p, &used.coordinate))
    }

    fn listed_for(&self, platform: Platform) -> bool {
        self.platforms.is_empty() || self.platforms.contains(&platform.as_str())
    }
}

/// Android permissions are written with or without `android.permission.`; other platforms'
/// names are compared as written.
fn normalise(platform: Platform, name: &str) -> String {
    let name = name.trim();
    match platform {
        Platform::Android => name
            .strip_prefix("android.permission.")
            .unwrap_or(name)
            .to_string(),
        _ => name.to_string(),
    }
}

/// Whether a policy's `packages` entry names the dependency the project declares: a Maven
/// `group:artifact` (versions ignored), a pod (its base name covers its subspecs) or a Swift
/// package URL (case, a trailing `/` and `.git` ignored).
fn package_matches(platform: Platform, listed: &str, coordinate: &str) -> bool {
    let listed = listed.trim();
    match platform {
        Platform::Android => {
            let key = |c: &str| c.split(':').take(2).collect::<Vec<_>>().join(":");
            key(listed) == key(coordinate)
        }
        Platform::Ios if coordinate.contains("://") => {
            let norm = |u: &str| {
                let u = u.trim().trim_end_matches('/');
                u.strip_suffix(".git").unwrap_or(u).to_ascii_lowercase()
            };
            norm(listed) == norm(coordinate)
        }
        Platform::Ios => {
            // `UMShare/UI (6.10.13)`: the pod is what comes before the version.
            let pod = coordinate.split(" (").next().unwrap_or(coordinate);
            pod == listed || pod.split('/').next() == Some(listed)
        }
        Platform::Miniprogram => listed == coordinate,
    }
}

/// Whether an app's permission is one a policy's permission list must name: every iOS usage
/// description and mini-program scope or private interface (each gates personal information),
/// and the Android permissions the catalogue says reach personal information (runtime and
/// special permissions, and install-time ones that read the installed apps, usage or Wi-Fi
/// details). An Android permission the catalogue does not know is not judged.
fn needs_listing(used: &PermissionUse, catalogue: &Catalogue) -> bool {
    match used.platform {
        Platform::Android => catalogue.android_permission(&used.name).is_some_and(|p| {
            p.level != "normal"
                || p.sensitivity != "not_sensitive"
                || p.exposes.iter().any(|e| e == "app_list" || e == "usage")
        }),
        Platform::Ios | Platform::Miniprogram => true,
    }
}

/// An `[[audit.permission]]` must name a `permission` item of the policy: a misspelt item would
/// otherwise leave the app's permissions it names reported as unlisted, for no visible reason.
fn unknown_permission_items(policy: &Policy, named: &[AuditPermission], out: &mut Vec<Finding>) {
    for table in named {
        let known = policy
            .user_items()
            .any(|i| i.kind == Kind::Permission && i.name() == table.item);
        if known {
            continue;
        }
        out.push(Finding::new(
            Diagnostic::new(
                codes::PROJ_INVALID,
                table.span,
                Message::key("audit-compare--audit-permission-names-item-which")
                    .arg("item", &table.item),
            )
            .with_label(Message::key("audit-compare--unknown-permission-item"))
            .with_help(Message::key("audit-compare--set-item-name-one-policy")),
            [table.item.clone()],
        ));
    }
}

fn undisclosed_permissions(
    inv: &Inventory,
    catalogue: &Catalogue,
    listed: &Listed,
    header: Option<Span>,
    files: &mut AppFiles,
    out: &mut Vec<Finding>,
) {
    let mut reported = BTreeSet::new();
    for used in &inv.permissions {
        if listed.permission_for(used.platform, &used.name).is_some()
            || !needs_listing(used, catalogue)
            || !reported.insert((used.platform, used.name.clone()))
        {
            continue;
        }
        let span = files.span(&used.at, &used.name);
        let (en, zh) = permission_names(used, catalogue);
        let short = normalise(used.platform, &used.name);
        let mut d = Diagnostic::new(
            codes::AUDIT_UNLISTED_PERMISSION,
            span,
            Message::key("audit-compare--app-requests-name-arg-which")
                .arg("name", &used.name)
                .arg_en_zh("arg", &en, &zh),
        )
        .with_label(Message::key("audit-compare--requested-here"))
        .with_help(
            Message::key("audit-compare--add-permission-item-platform-short")
                .arg("platform", &used.platform.as_str())
                .arg("short", &short),
        );
        if let Some(h) = header {
            d = d.with_related(
                h,
                Message::key("audit-compare--policy-whose-permission-list-lacks"),
            );
        }
        out.push(Finding::new(d, [used.name.clone(), short]));
    }
}

/// The catalogue's names for a permission, or its own name.
fn permission_names(used: &PermissionUse, catalogue: &Catalogue) -> (String, String) {
    let known = match used.platform {
        Platform::Android => catalogue
            .android_permission(&used.name)
            .map(|p| (p.en.clone(), p.zh.clone())),
        Platform::Ios => catalogue
            .ios_key(&used.name)
            .map(|p| (p.en.clone(), p.zh.clone())),
        Platform::Miniprogram => catalogue
            .miniprogram_scope(&used.name)
            .map(|p| (p.en.clone(), p.zh.clone()))
            .or_else(|| {
                catalogue
                    .miniprogram_private_info(&used.name)
                    .map(|p| (p.en.clone(), p.zh.clone()))
            }),
    };
    known.unwrap_or_else(|| (used.name.clone(), used.name.clone()))
}

fn undisclosed_sdks(
    inv: &Inventory,
    catalogue: &Catalogue,
    listed: &Listed,
    header: Option<Span>,
    files: &mut AppFiles,
    out: &mut Vec<Finding>,
) {
    // One finding per SDK, at its first declaration; the others are related labels. A
    // dependency the catalogue does not know is not judged (most are libraries that collect
    // nothing), unless the policy names it in `packages`.
    let mut by_sdk: Vec<(&str, Vec<&SdkUse>)> = Vec::new();
    for used in &inv.sdks {
        let Some(id) = used.sdk.as_deref() else {
            continue;
        };
        if listed.sdk_for(used).is_some() {
            continue;
        }
        match by_sdk.iter_mut().find(|(s, _)| *s == id) {
            Some((_, uses)) => uses.push(used),
            None => by_sdk.push((id, vec![used])),
        }
    }
    for (id, uses) in by_sdk {
        let Some(first) = uses.first() else {
            continue;
        };
        let sdk = catalogue.sdks.iter().find(|s| s.id == id);
        let (name_en, name_zh) = sdk.map_or((id.to_string(), id.to_string()), |s| {
            (s.name.en.clone(), s.name.zh.clone())
        });
        let company = sdk
            .and_then(|s| s.company.as_ref())
            .map(|c| (format!(", by {}", c.en), format!("，{}提供", c.zh)))
            .unwrap_or_default();
        let needle = first.coordinate.split(" (").next().unwrap_or("");
        let span = files.span(&first.at, needle);
        let mut d = Diagnostic::new(
            codes::AUDIT_UNLISTED_SDK,
            span,
            Message::key("audit-compare--app-embeds-name-company-coordinate")
                .arg_en_zh("name", &name_en, &name_zh)
                .arg("company", &(company.0))
                .arg("coordinate", &first.coordinate)
                .arg("company2", &(company.1)),
        )
        .with_label(Message::key("audit-compare--declared-here"))
        .with_help(Message::key("audit-compare--add-recipient-sdk-id-company").arg("id", &id));
        for other in uses.iter().skip(1) {
            let needle = other.coordinate.split(" (").next().unwrap_or("");
            let span = files.span(&other.at, needle);
            d = d.with_related(span, Message::key("audit-compare--also-declared-here"));
        }
        if let Some(h) = header {
            d = d.with_related(
                h,
                Message::key("audit-compare--policy-whose-sdk-list-lacks"),
            );
        }
        let mut subjects = vec![id.to_string()];
        for u in &uses {
            let c = u.coordinate.split(" (").next().unwrap_or("");
            let c = match u.platform {
                Platform::Android => c.split(':').take(2).collect::<Vec<_>>().join(":"),
                _ => c.to_string(),
            };
            if !subjects.contains(&c) {
                subjects.push(c);
            }
        }
        out.push(Finding::new(d, subjects));
    }
}

fn unused_permissions(inv: &Inventory, listed: &Listed, out: &mut Vec<Finding>) {
    for permission in &listed.permissions {
        for platform in [Platform::Android, Platform::Ios, Platform::Miniprogram] {
            if !inv.platforms.contains(&platform) {
                continue;
            }
            let names: Vec<&(Platform, String, Span)> = permission
                .names
                .iter()
                .filter(|(p, _, _)| *p == platform)
                .collect();
            let Some((_, _, first_span)) = names.first() else {
                continue;
            };
            // Alternatives for several OS versions (`READ_MEDIA_IMAGES`, `READ_EXTERNAL_STORAGE`)
            // are one listing: it is unused only when the app requests none of them.
            let requested = inv.permissions.iter().any(|u| {
                u.platform == platform
                    && names
                        .iter()
                        .any(|(_, n, _)| *n == normalise(platform, &u.name))
            });
            if requested {
                continue;
            }
            // Names from the item and from pol.toml are in different files: cover the first
            // file's only.
            let span = names
                .iter()
                .filter(|(_, _, sp)| sp.file == first_span.file)
                .fold(*first_span, |s, (_, _, sp)| s.cover(*sp));
            let item = permission.item.name();
            out.push(Finding::new(
                Diagnostic::new(
                    codes::AUDIT_UNUSED_PERMISSION,
                    span,
                    Message::key("audit-compare--permission-item-listed-platform-but")
                        .arg("item", &item)
                        .arg("platform", &platform.as_str()),
                )
                .with_label(Message::key("audit-compare--not-requested-app"))
                .with_help(Message::key("audit-compare--remove-names-app-no-longer")),
                [item.to_string()],
            ));
        }
    }
}

fn unused_sdks(inv: &Inventory, catalogue: &Catalogue, listed: &Listed, out: &mut Vec<Finding>) {
    for sdk in &listed.sdks {
        let missing: Vec<Platform> = SDK_PLATFORMS
            .iter()
            .copied()
            .filter(|p| inv.platforms.contains(p) && sdk.listed_for(*p))
            .filter(|p| !inv.sdks.iter().any(|u| u.platform == *p && sdk.matches(u)))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let span = sdk
            .sdk
            .map(|(_, s)| s)
            .or_else(|| sdk.item.fields.get("packages").map(|f| f.span))
            .unwrap_or_else(|| sdk.item.name_span());
        let where_: Vec<&str> = missing.iter().map(|p| p.as_str()).collect();
        let item = sdk.item.name();
        let unknown = sdk
            .sdk
            .filter(|(id, _)| !catalogue.sdks.iter().any(|s| s.id == *id));
        let help = match unknown {
            Some((id, _)) => {
                Message::key("audit-compare--id-not-sdk-catalogue-stdlib").arg("id", &id)
            }
            None => Message::key("audit-compare--remove-recipient-if-app-no"),
        };
        out.push(Finding::new(
            Diagnostic::new(
                codes::AUDIT_UNUSED_SDK,
                span,
                Message::key("audit-compare--sdk-recipient-item-listed-but")
                    .arg("item", &item)
                    .arg_en_zh("where", &(where_.join(", ")), &(where_.join("、"))),
            )
            .with_label(Message::key("audit-compare--not-embedded-app"))
            .with_help(help),
            [item.to_string()],
        ));
    }
}

/// The app's files as sources of the diagnostics' database, each added once.
struct AppFiles<'a> {
    dir: &'a Path,
    db: &'a mut SourceDb,
    ids: HashMap<PathBuf, (crate::source::FileId, std::sync::Arc<str>)>,
}

impl AppFiles<'_> {
    /// The span of `needle` at or after the location (on its line or the next few), else the
    /// rest of the location's line.
    fn span(&mut self, at: &Location, needle: &str) -> Span {
        let (id, text) = self.file(&at.file);
        let offset = offset_of(&text, at.line, at.column);
        let window_end = text
            .get(offset..)
            .map_or(offset, |rest| offset + rest.len().min(512));
        let found = (!needle.is_empty())
            .then(|| text.get(offset..window_end))
            .flatten()
            .and_then(|w| w.find(needle));
        match found {
            Some(i) => Span::new(id, offset + i, offset + i + needle.len()),
            None => {
                let line_end = text
                    .get(offset..)
                    .and_then(|rest| rest.find(['\n', '\r']))
                    .map_or(text.len(), |n| offset + n);
                Span::new(id, offset, line_end)
            }
        }
    }

    fn file(&mut self, rel: &Path) -> (crate::source::FileId, std::sync::Arc<str>) {
        if let Some((id, text)) = self.ids.get(rel) {
            return (*id, text.clone());
        }
        let path = self.dir.join(rel);
        // The file was read once for the inventory; one that cannot be read again (or is
        // too large: a problem already) is shown without its text.
        let text: std::sync::Arc<str> = std::fs::metadata(&path)
            .ok()
            .filter(|m| m.len() <= MAX_FILE_BYTES)
            .and_then(|_| std::fs::read(&path).ok())
            .and_then(|b| String::from_utf8(b).ok())
            .unwrap_or_default()
            .into();
        let id = self.db.add(
            path.display().to_string(),
            Origin::User { path: path.clone() },
            text.clone(),
        );
        self.ids.insert(rel.to_path_buf(), (id, text.clone()));
        (id, text)
    }
}

/// The byte offset of a 1-based line and character column, clamped to the text.
fn offset_of(text: &str, line: u32, column: u32) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text.get(start..).and_then(|rest| rest.find('\n')) {
            Some(n) => start += n + 1,
            None => return text.len(),
        }
    }
    let line_text = text.get(start..).unwrap_or("");
    let skip = column.saturating_sub(1) as usize;
    start
        + line_text
            .char_indices()
            .nth(skip)
            .map_or(line_text.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_characters_and_clamp() {
        let text = "ab\n中文x\n";
        assert_eq!(offset_of(text, 1, 1), 0);
        assert_eq!(offset_of(text, 2, 3), 3 + 6);
        assert_eq!(offset_of(text, 9, 1), text.len());
        assert_eq!(offset_of(text, 2, 99), text.len());
    }

    #[test]
    fn packages_match_by_group_artifact_pod_and_url() {
        assert!(package_matches(Platform::Android, "com.x:y", "com.x:y:1.0"));
        assert!(!package_matches(
            Platform::Android,
            "com.x:y",
            "com.x:z:1.0"
        ));
        assert!(package_matches(
            Platform::Ios,
            "UMShare",
            "UMShare/UI (6.10.13)"
        ));
        assert!(package_matches(
            Platform::Ios,
            "https://github.com/A/B",
            "https://github.com/a/b.git"
        ));
    }
}
