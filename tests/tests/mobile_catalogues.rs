//! The mobile catalogues of issue 18 (`stdlib/mobile/sdks.toml`, `stdlib/mobile/permissions.toml`)
//! are data that later rules and `polc audit` will load; this keeps them loadable and honest:
//! every entry has the fields the loader will need, uses only the documented category and
//! purpose names, and says where its facts come from.

use std::collections::BTreeSet;
use std::path::Path;

use toml::{Table, Value};

/// Data categories named in the headers of both files.
const CATEGORIES: &[&str] = &[
    "device_id",
    "device_info",
    "network",
    "ip",
    "location_precise",
    "location_coarse",
    "app_list",
    "app_info",
    "phone_number",
    "contacts",
    "camera",
    "microphone",
    "storage",
    "clipboard",
    "sensors",
    "bluetooth",
    "account_id",
    "payment",
    "identity",
    "logs",
    "usage",
    "calendar",
    "call_log",
    "sms",
    "health",
    "address",
];
const PURPOSES: &[&str] = &[
    "login",
    "share",
    "payment",
    "push",
    "analytics",
    "crash_report",
    "ads",
    "ad_attribution",
    "location",
    "map",
    "one_tap_login",
    "storage",
    "risk_control",
    "apm",
    "webview",
    "speech",
    "device_id",
    "customer_service",
    "scan",
    "framework",
];
const PLATFORMS: &[&str] = &["android", "ios", "harmonyos", "miniprogram", "web"];
const SENSITIVITY: &[&str] = &["sensitive", "conditional", "not_sensitive"];

fn load(rel: &str) -> Table {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(rel);
    let text = std::fs::read_to_string(&path).unwrap();
    text.parse::<Table>()
        .unwrap_or_else(|e| panic!("{rel} does not parse: {e}"))
}

fn entries<'t>(table: &'t Table, key: &str) -> Vec<&'t Table> {
    table[key]
        .as_array()
        .unwrap_or_else(|| panic!("no [[{key}]]"))
        .iter()
        .map(|v| v.as_table().unwrap())
        .collect()
}

fn string<'t>(entry: &'t Table, key: &str, who: &str) -> &'t str {
    entry
        .get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| panic!("{who}: `{key}` missing or empty"))
}

fn strings<'t>(entry: &'t Table, key: &str, who: &str) -> Vec<&'t str> {
    entry
        .get(key)
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("{who}: `{key}` missing"))
        .iter()
        .map(|v| {
            v.as_str()
                .unwrap_or_else(|| panic!("{who}: `{key}` holds a non-string"))
        })
        .collect()
}

fn bilingual(entry: &Table, key: &str, who: &str) {
    let t = entry
        .get(key)
        .and_then(Value::as_table)
        .unwrap_or_else(|| panic!("{who}: `{key}` missing"));
    string(t, "zh", who);
    string(t, "en", who);
}

fn all_in(values: &[&str], allowed: &[&str], who: &str, what: &str) {
    for v in values {
        assert!(allowed.contains(v), "{who}: unknown {what} `{v}`");
    }
}

#[test]
fn every_sdk_has_its_fields_and_sources() {
    let table = load("stdlib/mobile/sdks.toml");
    let sdks = entries(&table, "sdk");
    assert!(
        sdks.len() >= 55,
        "issue 18 asks for at least 55 SDKs, found {}",
        sdks.len()
    );
    let mut ids = BTreeSet::new();
    for sdk in sdks {
        let id = string(sdk, "id", "an SDK");
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{id}: id is not snake_case"
        );
        assert!(ids.insert(id), "{id}: duplicate id");
        bilingual(sdk, "name", id);
        if sdk.contains_key("company") {
            bilingual(sdk, "company", id);
        }
        let platforms = strings(sdk, "platforms", id);
        assert!(!platforms.is_empty(), "{id}: no platform");
        all_in(&platforms, PLATFORMS, id, "platform");
        all_in(&strings(sdk, "purposes", id), PURPOSES, id, "purpose");
        assert!(!strings(sdk, "sources", id).is_empty(), "{id}: no source");
        assert!(
            sdk.get("verified").and_then(Value::as_bool).is_some(),
            "{id}: `verified` missing"
        );
        assert!(
            sdk.get("seen").and_then(Value::as_datetime).is_some(),
            "{id}: `seen` missing"
        );
        for key in ["android_packages", "maven", "cocoapods", "swift_packages"] {
            if sdk.contains_key(key) {
                strings(sdk, key, id);
            }
        }
        for m in sdk
            .get("maven")
            .map(|_| strings(sdk, "maven", id))
            .unwrap_or_default()
        {
            assert_eq!(
                m.split(':').count(),
                2,
                "{id}: maven `{m}` is not group:artifact"
            );
        }
        for item in sdk["collects"].as_array().unwrap() {
            let item = item.as_table().unwrap();
            string(item, "zh", id);
            string(item, "en", id);
            all_in(&strings(item, "categories", id), CATEGORIES, id, "category");
        }
    }
}

#[test]
fn every_permission_has_its_fields_and_sources() {
    let table = load("stdlib/mobile/permissions.toml");
    // The Table B.1 rows, as std::gbt35273 names them.
    let gb = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../stdlib/gbt35273.pol"),
    )
    .unwrap();
    for (section, key) in [
        ("android", "name"),
        ("ios", "key"),
        ("miniprogram_scope", "scope"),
        ("miniprogram_private_info", "name"),
    ] {
        let mut names = BTreeSet::new();
        for entry in entries(&table, section) {
            let name = string(entry, key, section);
            assert!(names.insert(name), "{section}: duplicate {name}");
            string(entry, "zh", name);
            string(entry, "en", name);
            all_in(
                &strings(entry, "exposes", name),
                CATEGORIES,
                name,
                "category",
            );
            all_in(
                &[string(entry, "sensitivity", name)],
                SENSITIVITY,
                name,
                "sensitivity",
            );
            assert!(
                !strings(entry, "sources", name).is_empty(),
                "{name}: no source"
            );
            if let Some(row) = entry.get("annex_b").and_then(Value::as_str) {
                assert!(
                    gb.contains(&format!("category {row}:")),
                    "{name}: annex_b `{row}` is not a std::gbt35273 category"
                );
            }
            if section == "android" {
                let manifest = string(entry, "manifest", name);
                assert!(
                    manifest.ends_with(&format!(".permission.{name}")),
                    "{name}: manifest {manifest}"
                );
                all_in(
                    &[string(entry, "level", name)],
                    &["dangerous", "normal", "special"],
                    name,
                    "level",
                );
            }
        }
    }
}
