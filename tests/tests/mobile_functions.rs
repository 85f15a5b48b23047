//! Basic and extended business functions end to end, on a small app policy project
//! (tests/fixtures/apps/cloud-album): `separate/` tells its basic function from two extended
//! ones; `bundled/` is the same policy with the two mistakes PIPL-FUNC-001 and PIPL-FUNC-002
//! exist for (an extended function made of a required purpose; a basic function that carries
//! an extended function's purpose). The coolapk example cannot show them: its original calls
//! its functions 核心业务功能 and never tells basic from extended (examples/coolapk/FINDINGS.md).

use std::path::{Path, PathBuf};

use pol::backends::{self, site::Templates};
use pol::{Analysis, Workspace};

fn project(variant: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/apps/cloud-album")
        .join(variant)
}

fn analyze(variant: &str) -> Analysis {
    Workspace::open(&project(variant)).unwrap().analyze()
}

/// `(code, line, the text at the primary span)` of the FUNC findings.
fn func_findings(a: &Analysis) -> Vec<(String, usize, String)> {
    a.diagnostics
        .iter()
        .filter(|d| d.code.as_str().starts_with("PIPL-FUNC-"))
        .map(|d| {
            let span = d.primary.span;
            let file = a.db.get(span.file).unwrap();
            let line = file.line_col(span.start).line as usize;
            (d.code.to_string(), line, a.db.text(span).to_string())
        })
        .collect()
}

fn other_codes(a: &Analysis) -> Vec<String> {
    let mut codes: Vec<String> = a
        .diagnostics
        .iter()
        .filter(|d| !d.code.as_str().starts_with("PIPL-FUNC-"))
        .map(|d| format!("{} {}", d.code, d.message.en()))
        .collect();
    codes.sort();
    codes
}

#[test]
fn bundling_and_a_required_extended_purpose_are_reported_where_they_are_written() {
    let bundled = analyze("bundled");
    let text = std::fs::read_to_string(project("bundled").join("policy.pol")).unwrap();
    let line_of = |needle: &str| {
        text.lines()
            .position(|l| l.trim() == needle)
            .map(|i| i + 1)
            .unwrap()
    };
    let mut found = func_findings(&bundled);
    found.sort();
    assert_eq!(
        found,
        [
            (
                "PIPL-FUNC-001".to_string(),
                line_of("purposes places"),
                "places".to_string()
            ),
            (
                "PIPL-FUNC-002".to_string(),
                line_of("purposes upload, faces"),
                "faces".to_string()
            ),
        ]
    );
    // The related labels point at what makes each a mistake: `required` on the purpose, and
    // the extended function that owns the bundled purpose.
    let related: Vec<String> = bundled
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str().starts_with("PIPL-FUNC-"))
        .flat_map(|d| {
            d.related
                .iter()
                .filter_map(|r| r.message.as_ref().map(|m| m.en()))
        })
        .collect();
    assert!(
        related.iter().any(|m| m == "marked required here"),
        "{related:?}"
    );
    assert!(
        related
            .iter()
            .any(|m| m == "also part of the extended function"),
        "{related:?}"
    );
}

#[test]
fn the_separate_functions_trip_neither_rule_and_differ_in_nothing_else() {
    let separate = analyze("separate");
    assert_eq!(func_findings(&separate), []);
    // The two variants differ only in the two mistakes: every other finding is the same.
    assert_eq!(other_codes(&separate), other_codes(&analyze("bundled")));
}

/// The pages name the functions where the permission list ties a permission to them; the
/// refusal of an extended function and whether it is basic or extended are in the manifest.
/// (The policy page has no section of its own for functions yet.)
#[test]
fn the_permission_table_names_the_functions_and_the_manifest_their_kind() {
    let a = analyze("separate");
    let out = backends::build(std::slice::from_ref(&a), &Templates::default()).unwrap();
    let id = backends::manifest::build(&a).id;
    let page = |lang: &str| {
        String::from_utf8(out.files[&format!("{id}/{lang}/policy.md")].clone()).unwrap()
    };
    let row = |page: &str, anchor: &str| {
        page.lines()
            .find(|l| l.contains(&format!("id=\"permission-{anchor}\"")))
            .unwrap_or_else(|| panic!("no row {anchor}\n{page}"))
            .to_string()
    };
    let (zh, en) = (page("zh"), page("en"));
    assert!(row(&zh, "photo_library").contains("| 云相册 |"), "{zh}");
    assert!(row(&zh, "photo_location").contains("| 地点相册 |"), "{zh}");
    assert!(
        row(&en, "photo_library").contains("| cloud albums |"),
        "{en}"
    );
    assert!(
        row(&en, "photo_location").contains("| albums by place |"),
        "{en}"
    );
    let manifest: serde_json::Value =
        serde_json::from_slice(&out.files[&format!("{id}/manifest.json")]).unwrap();
    let functions = manifest["functions"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let kinds: Vec<(String, String)> = functions
        .iter()
        .map(|f| {
            (
                f["id"].as_str().unwrap_or("").to_string(),
                f["kind"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("albums".to_string(), "basic".to_string()),
            ("people".to_string(), "extended".to_string()),
            ("map_view".to_string(), "extended".to_string()),
        ],
        "{functions:?}"
    );
}
