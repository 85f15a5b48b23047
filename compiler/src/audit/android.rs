//! Android projects: the manifest's permissions and the Gradle build's dependencies.

use super::{Catalogue, Inventory, PermissionUse, Platform, Problem, SdkUse, SourceFile};

/// `<uses-permission android:name="…">` (and its `-sdk-23` form) in an `AndroidManifest.xml`.
pub fn manifest(file: &SourceFile, catalogue: &Catalogue, inv: &mut Inventory) {
    let doc = match roxmltree::Document::parse(file.text) {
        Ok(doc) => doc,
        Err(e) => {
            inv.problems.push(Problem {
                at: file.at(0),
                message: format!("not a well-formed XML file: {e}"),
            });
            return;
        }
    };
    const ANDROID_NS: &str = "http://schemas.android.com/apk/res/android";
    for node in doc.descendants().filter(|n| {
        n.is_element()
            && matches!(
                n.tag_name().name(),
                "uses-permission" | "uses-permission-sdk-23" | "uses-permission-sdk-m"
            )
    }) {
        // A manifest that forgot the namespace declaration still says what it means.
        let Some(name) = node
            .attribute((ANDROID_NS, "name"))
            .or_else(|| node.attribute("name"))
        else {
            continue;
        };
        // `tools:node="remove"` takes a permission a library merged in back out.
        let removed = node
            .attributes()
            .any(|a| a.name() == "node" && a.value() == "remove");
        if removed {
            continue;
        }
        let known = catalogue
            .android_permission(name)
            .map(|p| p.manifest.clone());
        inv.permissions.push(PermissionUse {
            platform: Platform::Android,
            name: name.to_string(),
            known,
            at: file.at(node.range().start),
        });
    }
}

/// Dependency coordinates (`group:artifact[:version]`) in a `build.gradle` or
/// `build.gradle.kts`: every string literal of that shape outside comments, and the map form
/// `group: '…', name: '…'`. Gradle files are programs; reading their literals finds what a
/// build declares without running it, and a coordinate built at run time is out of reach.
pub fn gradle(file: &SourceFile, catalogue: &Catalogue, inv: &mut Inventory) {
    let literals = string_literals(file.text);
    let mut i = 0;
    while i < literals.len() {
        let (offset, text) = &literals[i];
        if let Some(coordinate) = coordinate(text) {
            push_maven(file, catalogue, inv, coordinate, *offset);
        } else if let Some((group, name)) = map_form(file.text, &literals, i) {
            push_maven(file, catalogue, inv, format!("{group}:{name}"), *offset);
            i += 1;
        }
        i += 1;
    }
}

/// The `[libraries]` table of a Gradle version catalogue (`gradle/libs.versions.toml`):
/// `alias = "g:a:v"`, `alias = { module = "g:a", … }` or `{ group = "g", name = "a", … }`.
pub fn version_catalog(file: &SourceFile, catalogue: &Catalogue, inv: &mut Inventory) {
    let table: toml::Table = match toml::from_str(file.text) {
        Ok(t) => t,
        Err(e) => {
            inv.problems.push(Problem {
                at: file.at(e.span().map_or(0, |s| s.start)),
                message: format!("not a valid TOML file: {}", e.message()),
            });
            return;
        }
    };
    let Some(libraries) = table.get("libraries").and_then(|l| l.as_table()) else {
        return;
    };
    let section = file.text.find("[libraries]").unwrap_or(0);
    for (alias, value) in libraries {
        let coordinate = match value {
            toml::Value::String(s) => coordinate(s),
            toml::Value::Table(t) => match (t.get("module"), t.get("group"), t.get("name")) {
                (Some(toml::Value::String(m)), _, _) => Some(m.clone()),
                (_, Some(toml::Value::String(g)), Some(toml::Value::String(n))) => {
                    Some(format!("{g}:{n}"))
                }
                _ => None,
            },
            _ => None,
        };
        if let Some(coordinate) = coordinate {
            let at = file.find(alias, section);
            let sdk = catalogue.sdk_for_maven(&coordinate).map(|s| s.id.clone());
            inv.sdks.push(SdkUse {
                platform: Platform::Android,
                coordinate,
                sdk,
                at,
            });
        }
    }
}

fn push_maven(
    file: &SourceFile,
    catalogue: &Catalogue,
    inv: &mut Inventory,
    coordinate: String,
    offset: usize,
) {
    let sdk = catalogue.sdk_for_maven(&coordinate).map(|s| s.id.clone());
    inv.sdks.push(SdkUse {
        platform: Platform::Android,
        coordinate,
        sdk,
        at: file.at(offset),
    });
}

/// `com.umeng.umsdk:common:9.6.8` or `com.tencent.bugly:crashreport` (with an optional
/// `@aar`): a group with a dot, an artifact, optionally a version. Plugin ids and paths are not.
fn coordinate(text: &str) -> Option<String> {
    let text = text.split('@').next().unwrap_or(text);
    let mut parts = text.split(':');
    let (group, artifact) = (parts.next()?, parts.next()?);
    // `g:a:v:classifier` is still one dependency: what follows the version is not read.
    let version = parts.next();
    let word = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
    };
    if !(group.contains('.') && word(group) && word(artifact)) {
        return None;
    }
    if version.is_some_and(|v| v.is_empty() || v.contains(char::is_whitespace)) {
        return None;
    }
    Some(text.to_string())
}

/// `group: 'com.x', name: 'y'` (Groovy) or `group = "com.x", name = "y"` (Kotlin): the literal
/// at `i` is the group when the source just before it names `group`, and the next is the name.
fn map_form(text: &str, literals: &[(usize, String)], i: usize) -> Option<(String, String)> {
    let (offset, group) = literals.get(i)?;
    let (next_offset, name) = literals.get(i + 1)?;
    let key_before = |at: usize| {
        let before = text.get(..at.saturating_sub(1))?;
        let before = before.trim_end().trim_end_matches([':', '=']).trim_end();
        let start = before
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |i| i + 1);
        before.get(start..)
    };
    if key_before(*offset)? == "group" && key_before(*next_offset)? == "name" {
        Some((group.clone(), name.clone()))
    } else {
        None
    }
}

/// The string literals of a Groovy or Kotlin source, with the byte offset of each opening
/// quote, skipping `//` and `/* */` comments. Escapes are kept as written; triple-quoted and
/// dollar-slashy strings are read as ordinary ones, which is enough for coordinates.
fn string_literals(text: &str) -> Vec<(usize, String)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = text[i + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |n| i + 2 + n + 2);
            }
            quote @ (b'\'' | b'"') => {
                let start = i;
                let mut j = i + 1;
                while j < bytes.len() && bytes[j] != quote && bytes[j] != b'\n' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                if let Some(lit) = text.get(start + 1..j.min(bytes.len())) {
                    out.push((start, lit.to_string()));
                }
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_are_told_apart_from_plugin_ids_and_paths() {
        assert_eq!(
            coordinate("com.umeng.umsdk:common:9.6.8").as_deref(),
            Some("com.umeng.umsdk:common:9.6.8")
        );
        assert_eq!(
            coordinate("com.tencent.bugly:crashreport@aar").as_deref(),
            Some("com.tencent.bugly:crashreport")
        );
        assert_eq!(coordinate("com.android.application"), None);
        assert_eq!(coordinate(":app"), None);
        assert_eq!(coordinate("src/main/java"), None);
    }

    #[test]
    fn literals_in_comments_are_not_read() {
        let lits = string_literals(
            "// implementation 'a.b:c:1'\n/* 'x.y:z:2' */ implementation \"g.h:i:3\"\n",
        );
        assert_eq!(lits.len(), 1);
        assert_eq!(lits[0].1, "g.h:i:3");
    }
}
