//! The `AUDIT-` sections of `docs/diagnostics.md` behave as documented, and `polc audit`'s
//! comparison (`pol::audit::compare`) gives SARIF that validates.
//!
//! An `AUDIT-` example is a small app project and its policy, not a policy alone, so
//! tests/tests/fixtures.rs leaves them here. Each part ("Wrong / 错误示例", "Right / 正确示例") is
//! one project: a ```` ```pol ```` block is the policy, and every other block starts with a
//! comment naming its file in the app directory (`<!-- file: app/src/main/AndroidManifest.xml -->`,
//! `// file: app/build.gradle`). The wrong project must report the section's code and no other;
//! the right one nothing at all.

use std::path::{Path, PathBuf};

use pol::audit::{self, Catalogue};
use pol::diag::codes;
use pol::diag::render::Checked;
use pol::Workspace;

/// The fenced blocks of a part: `(language, body)`.
fn blocks(part: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in part.lines() {
        match (&mut current, line.strip_prefix("```")) {
            (None, Some(lang)) => current = Some((lang.trim().to_string(), String::new())),
            (Some(_), Some(_)) => out.extend(current.take()),
            (Some((_, body)), None) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    out
}

/// The app file a non-policy block names in its first line.
fn file_name(body: &str) -> Option<&str> {
    let first = body.lines().next()?.trim();
    let rest = first
        .strip_prefix("<!-- file:")
        .and_then(|r| r.strip_suffix("-->"))
        .or_else(|| first.strip_prefix("// file:"))
        .or_else(|| first.strip_prefix("# file:"))?;
    Some(rest.trim())
}

/// Writes a part's project and audits it: the codes reported.
fn audit_part(part: &str, dir: &Path) -> Result<Vec<String>, String> {
    let app = dir.join("app-project");
    std::fs::create_dir_all(&app).unwrap();
    let policy = dir.join("policy.pol");
    for (lang, body) in blocks(part) {
        if lang == "pol" {
            std::fs::write(&policy, &body).unwrap();
            continue;
        }
        let name = file_name(&body).ok_or(format!("a ```{lang} block names no file"))?;
        let path = app.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &body).unwrap();
    }
    let mut analysis = Workspace::open(&policy).unwrap().analyze();
    let front: Vec<String> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.is_error() && !d.code.is_rule())
        .map(|d| format!("{} {}", d.code, d.message.en()))
        .collect();
    if !front.is_empty() {
        return Err(format!("the policy has errors: {front:?}"));
    }
    let catalogue = Catalogue::embedded().unwrap();
    let inventory = audit::inventory(&app, &catalogue).unwrap();
    let found = audit::compare::compare(
        &analysis.policy,
        &inventory,
        &catalogue,
        &app,
        &mut analysis.db,
    );
    Ok(found.iter().map(|d| d.code.as_str().to_string()).collect())
}

#[test]
fn audit_sections_behave_as_documented() {
    let mut failures = Vec::new();
    let mut seen = 0;
    for info in codes::ALL
        .iter()
        .filter(|i| i.code.as_str().starts_with("AUDIT-"))
    {
        seen += 1;
        let code = info.code.as_str();
        let page = codes::explain(info.code).unwrap();
        let (Some(wrong), Some(right)) = (page.find("**Wrong"), page.find("**Right")) else {
            failures.push(format!("{code}: needs a wrong and a right example"));
            continue;
        };
        let dir = tempfile::tempdir().unwrap();
        match audit_part(&page[wrong..right], &dir.path().join("wrong")) {
            Ok(codes) if codes.is_empty() || codes.iter().any(|c| c != code) => {
                failures.push(format!("{code}: the wrong example reports {codes:?}"));
            }
            Ok(_) => {}
            Err(e) => failures.push(format!("{code} (wrong): {e}")),
        }
        match audit_part(&page[right..], &dir.path().join("right")) {
            Ok(codes) if !codes.is_empty() => {
                failures.push(format!("{code}: the right example reports {codes:?}"));
            }
            Ok(_) => {}
            Err(e) => failures.push(format!("{code} (right): {e}")),
        }
    }
    assert!(seen >= 5, "{seen} AUDIT codes");
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

#[test]
fn the_audit_sarif_validates_and_locates_the_app_file() {
    let text = std::fs::read_to_string(fixtures().join("sarif/sarif-schema-2.1.0.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let validator = jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let mut analysis = Workspace::open(&fixtures().join("audit/shop-outdated.pol"))
        .unwrap()
        .analyze();
    let catalogue = Catalogue::embedded().unwrap();
    let app = fixtures().join("apps/android-shop");
    let inventory = audit::inventory(&app, &catalogue).unwrap();
    let found = audit::compare::compare(
        &analysis.policy,
        &inventory,
        &catalogue,
        &app,
        &mut analysis.db,
    );
    let log = pol::diag::sarif::log(&[Checked::new(&analysis.db, &found)], None);
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let uris: Vec<&str> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["level"] == "error")
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert_eq!(uris.len(), 2, "{log:#}");
    assert!(uris.iter().any(|u| u.ends_with("AndroidManifest.xml")));
    assert!(uris.iter().any(|u| u.ends_with("build.gradle")));
}
