//! iOS projects: the usage-description keys of `Info.plist`, CocoaPods' `Podfile.lock` and Swift
//! Package Manager's `Package.resolved`.

use super::{Catalogue, Inventory, PermissionUse, Platform, Problem, SdkUse, SourceFile};

/// Every `<key>NS…UsageDescription</key>` (and the other privacy keys the catalogue lists) of
/// the top-level dictionary of an XML property list.
pub fn info_plist(file: &SourceFile, catalogue: &Catalogue, inv: &mut Inventory) {
    let options = roxmltree::ParsingOptions {
        // Apple's plists carry a DOCTYPE.
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = match roxmltree::Document::parse_with_options(file.text, options) {
        Ok(doc) => doc,
        Err(e) => {
            inv.problems.push(Problem {
                at: file.at(0),
                message: format!("not a well-formed XML property list: {e}"),
            });
            return;
        }
    };
    let Some(dict) = doc
        .root_element()
        .children()
        .find(|n| n.is_element() && n.has_tag_name("dict"))
    else {
        return;
    };
    for key in dict
        .children()
        .filter(|n| n.is_element() && n.has_tag_name("key"))
    {
        let Some(name) = key.text().map(str::trim) else {
            continue;
        };
        let known = catalogue.ios_key(name).map(|k| k.key.clone());
        if known.is_none() && !name.ends_with("UsageDescription") {
            continue;
        }
        inv.permissions.push(PermissionUse {
            platform: Platform::Ios,
            name: name.to_string(),
            known,
            at: file.at(key.range().start),
        });
    }
}

/// The `PODS:` section of a `Podfile.lock`: `  - Name (version):` or `  - Name (version)`, one
/// per installed pod, subspecs as `Name/Sub`. Dependencies of a pod are indented further and
/// are not pods of their own entry, so only the first level is read. The file is written by
/// CocoaPods in this fixed YAML layout, which a line reader follows exactly.
pub fn podfile_lock(file: &SourceFile, catalogue: &Catalogue, inv: &mut Inventory) {
    let mut in_pods = false;
    let mut offset = 0;
    for line in file.text.split_inclusive('\n') {
        let here = offset;
        offset += line.len();
        let content = line.trim_end();
        if !content.starts_with(' ') && !content.is_empty() {
            in_pods = content == "PODS:";
            continue;
        }
        if !in_pods {
            continue;
        }
        let Some(entry) = content.strip_prefix("  - ") else {
            continue;
        };
        let entry = entry.trim_end_matches(':').trim_matches('"');
        let name = entry.split(" (").next().unwrap_or(entry).trim();
        if name.is_empty() {
            continue;
        }
        let sdk = catalogue.sdk_for_pod(name).map(|s| s.id.clone());
        inv.sdks.push(SdkUse {
            platform: Platform::Ios,
            coordinate: entry.to_string(),
            sdk,
            at: file.at(here + 4),
        });
    }
}

/// The pins of a `Package.resolved` (format 1: `object.pins[].repositoryURL`; formats 2 and 3:
/// `pins[].location`).
pub fn package_resolved(file: &SourceFile, catalogue: &Catalogue, inv: &mut Inventory) {
    let json: serde_json::Value = match serde_json::from_str(file.text) {
        Ok(v) => v,
        Err(e) => {
            let line_start = file
                .text
                .split_inclusive('\n')
                .take(e.line().saturating_sub(1))
                .map(str::len)
                .sum::<usize>();
            inv.problems.push(Problem {
                at: file.at(line_start + e.column().saturating_sub(1)),
                message: format!("not valid JSON: {e}"),
            });
            return;
        }
    };
    let pins = json
        .get("pins")
        .or_else(|| json.get("object").and_then(|o| o.get("pins")))
        .and_then(|p| p.as_array());
    let mut from = 0;
    for pin in pins.into_iter().flatten() {
        let Some(url) = pin
            .get("location")
            .or_else(|| pin.get("repositoryURL"))
            .and_then(|u| u.as_str())
        else {
            continue;
        };
        let at = file.find(url, from);
        from = file
            .text
            .get(from..)
            .and_then(|r| r.find(url))
            .map_or(from, |i| from + i + 1);
        let sdk = catalogue.sdk_for_swift_package(url).map(|s| s.id.clone());
        inv.sdks.push(SdkUse {
            platform: Platform::Ios,
            coordinate: url.to_string(),
            sdk,
            at,
        });
    }
}
