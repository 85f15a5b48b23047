//! `polc audit POLICY APP_DIR` end to end on the sample app projects (tests/fixtures/apps) and
//! their policies (tests/fixtures/audit): an undisclosed permission and an undisclosed SDK are
//! errors located in the app's files (exit 1) in human, JSON and SARIF output; a policy that
//! lists everything exits 0; front-end errors in the policy stop the comparison.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn audit(policy: &str, app: &str, extra: &[&str]) -> (i32, String, String) {
    let Ok(mut cmd) = Command::cargo_bin("polc") else {
        return (-1, String::new(), "polc was not built".into());
    };
    let Ok(out) = cmd
        .arg("audit")
        .arg(fixtures().join("audit").join(policy))
        .arg(fixtures().join("apps").join(app))
        .args(extra)
        .env("NO_COLOR", "1")
        .output()
    else {
        return (-1, String::new(), "polc did not run".into());
    };
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `(code, file name ending, line)` of each JSON diagnostic (none when the output is not JSON,
/// which the tests' assertions then show).
fn json_findings(stdout: &str) -> Vec<(String, String, u64)> {
    let v: Value = serde_json::from_str(stdout).unwrap_or_default();
    v["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| {
            let file = d["file"].as_str().unwrap_or("").replace('\\', "/");
            let tail = file.rsplit('/').next().unwrap_or("").to_string();
            (
                d["code"].as_str().unwrap_or("").to_string(),
                tail,
                d["start"]["line"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

fn row(code: &str, file: &str, line: u64) -> (String, String, u64) {
    (code.into(), file.into(), line)
}

#[test]
fn an_outdated_policy_fails_the_android_audit_in_json() {
    let (code, stdout, _) = audit("shop-outdated.pol", "android-shop", &["--format", "json"]);
    assert_eq!(code, 1);
    let mut found = json_findings(&stdout);
    found.sort();
    assert_eq!(
        found,
        vec![
            // READ_CONTACTS is requested in the manifest and not listed.
            row("AUDIT-001", "AndroidManifest.xml", 9),
            // The Alipay SDK is a Gradle dependency and not listed.
            row("AUDIT-002", "build.gradle", 9),
            // The microphone is listed and no longer requested.
            row("AUDIT-003", "shop-outdated.pol", 81),
            // The Getui push SDK is listed and no longer embedded.
            row("AUDIT-004", "shop-outdated.pol", 123),
        ]
    );
    let v: Value = serde_json::from_str(&stdout).unwrap();
    let first = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "AUDIT-001")
        .unwrap()
        .clone();
    assert_eq!(first["severity"], "error");
    assert!(
        first["message"]
            .as_str()
            .unwrap()
            .contains("android.permission.READ_CONTACTS"),
        "{first}"
    );
    // The policy is a related location.
    let related = first["related"].as_array().unwrap();
    assert!(
        related
            .iter()
            .any(|r| r["file"].as_str().unwrap().ends_with("shop-outdated.pol")),
        "{first}"
    );
}

#[test]
fn an_outdated_policy_fails_the_android_audit_in_human_output() {
    let (code, stdout, stderr) = audit("shop-outdated.pol", "android-shop", &[]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty());
    assert!(stderr.contains("error[AUDIT-001]"), "{stderr}");
    assert!(stderr.contains("AndroidManifest.xml:9:43"), "{stderr}");
    assert!(stderr.contains("error[AUDIT-002]"), "{stderr}");
    assert!(stderr.contains("build.gradle:9:"), "{stderr}");
    assert!(stderr.contains("warning[AUDIT-004]"), "{stderr}");
    assert!(stderr.contains("2 errors, 2 warnings"), "{stderr}");
    let (_, _, zh) = audit("shop-outdated.pol", "android-shop", &["--lang", "zh"]);
    assert!(zh.contains("政策的权限列表未列明"), "{zh}");
}

#[test]
fn an_outdated_policy_fails_the_android_audit_in_sarif() {
    let (code, stdout, _) = audit(
        "shop-outdated.pol",
        "android-shop",
        &["--format", "sarif", "--docs-url", "https://docs.example"],
    );
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&stdout).unwrap();
    let run = &v["runs"][0];
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["AUDIT-001", "AUDIT-002", "AUDIT-003", "AUDIT-004"]);
    let results = run["results"].as_array().unwrap();
    let permission = results.iter().find(|r| r["ruleId"] == "AUDIT-001").unwrap();
    assert_eq!(permission["level"], "error");
    let physical = &permission["locations"][0]["physicalLocation"];
    assert!(
        physical["artifactLocation"]["uri"]
            .as_str()
            .unwrap()
            .ends_with("AndroidManifest.xml"),
        "{physical}"
    );
    assert_eq!(physical["region"]["startLine"], 9);
    assert!(!permission["relatedLocations"]
        .as_array()
        .unwrap()
        .is_empty());
    assert!(run["tool"]["driver"]["rules"][0]["helpUri"]
        .as_str()
        .unwrap()
        .contains("diagnostics.md#audit-001"));
}

#[test]
fn a_complete_policy_passes_every_sample_app() {
    for app in ["android-shop", "ios-shop", "miniprogram-shop"] {
        for format in ["human", "json", "sarif"] {
            let (code, stdout, stderr) = audit(
                "shop-complete.pol",
                app,
                &["--format", format, "--deny-warnings"],
            );
            assert_eq!(code, 0, "{app} {format}: {stdout}{stderr}");
            if format == "json" {
                assert!(json_findings(&stdout).is_empty(), "{stdout}");
            }
        }
    }
}

#[test]
fn what_is_missing_on_android_is_not_reported_on_other_platforms() {
    // The outdated policy lists all that the iOS and mini-program projects declare; the
    // microphone and Getui are listed for Android only, which these projects are not.
    for app in ["ios-shop", "miniprogram-shop"] {
        let (code, stdout, _) = audit("shop-outdated.pol", app, &["--format", "json"]);
        assert_eq!(code, 0, "{app}: {stdout}");
        assert!(json_findings(&stdout).is_empty(), "{app}: {stdout}");
    }
}

#[test]
fn warnings_alone_exit_0_unless_denied() {
    let dir = tempfile::tempdir().unwrap();
    let app = dir.path().join("app/src/main");
    std::fs::create_dir_all(&app).unwrap();
    std::fs::write(
        app.join("AndroidManifest.xml"),
        "<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\">\n  <uses-permission android:name=\"android.permission.CAMERA\" />\n</manifest>\n",
    )
    .unwrap();
    let run = |extra: &[&str]| {
        Command::cargo_bin("polc")
            .unwrap()
            .arg("audit")
            .arg(fixtures().join("audit/shop-complete.pol"))
            .arg(dir.path())
            .args(extra)
            .output()
            .unwrap()
    };
    // Location and contacts are listed for Android and not requested: warnings only.
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("warning[AUDIT-003]"), "{stderr}");
    assert!(stderr.contains("warning[AUDIT-004]"), "{stderr}");
    assert_eq!(run(&["--deny-warnings"]).status.code(), Some(1));
}

#[test]
fn a_policy_with_front_end_errors_is_not_compared() {
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("broken.pol");
    std::fs::write(
        &policy,
        "use std::pipl\n\npolicy p {\n  controller { name { zh: \"某\", en: \"Some\" }; email a@b.example }\n  effective 2026-01-01\n}\npermission cam {\n  label { zh: \"相机\", en: \"camera\" }\n  exposes nothing_here\n}\n",
    )
    .unwrap();
    let out = Command::cargo_bin("polc")
        .unwrap()
        .args(["audit", "--format", "json"])
        .arg(&policy)
        .arg(fixtures().join("apps/android-shop"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let codes: Vec<String> = json_findings(&String::from_utf8(out.stdout).unwrap())
        .into_iter()
        .map(|(c, _, _)| c)
        .collect();
    assert_eq!(codes, ["NAME-001"]);
}

#[test]
fn a_missing_app_directory_is_a_usage_error() {
    let (code, _, stderr) = audit("shop-complete.pol", "no-such-app", &[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot read"), "{stderr}");
}

#[test]
fn explain_knows_the_audit_codes() {
    for code in [
        "AUDIT-001",
        "AUDIT-002",
        "AUDIT-003",
        "AUDIT-004",
        "AUDIT-005",
    ] {
        let out = Command::cargo_bin("polc")
            .unwrap()
            .args(["explain", code])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{code}");
        assert!(String::from_utf8(out.stdout)
            .unwrap()
            .starts_with(&format!("## {code}")));
    }
}

/// The sixth example against its sample app (examples/coolapk, tests/fixtures/apps/coolapk-android):
/// the app requests the microphone and embeds the AMap location SDK, which the original's
/// permission list (3.5) and SDK list (4.1) never name; everything else the app declares is listed.
fn audit_coolapk(extra: &[&str]) -> (i32, String, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let Ok(mut cmd) = Command::cargo_bin("polc") else {
        return (-1, String::new(), "polc was not built".into());
    };
    let Ok(out) = cmd
        .arg("audit")
        .arg(root.join("examples/coolapk"))
        .arg(fixtures().join("apps/coolapk-android"))
        .args(extra)
        .env("NO_COLOR", "1")
        .output()
    else {
        return (-1, String::new(), "polc did not run".into());
    };
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_coolapk_example_misses_the_microphone_and_amap_in_json() {
    let (code, stdout, stderr) = audit_coolapk(&["--format", "json"]);
    assert_eq!(code, 1, "{stderr}");
    let v: Value = serde_json::from_str(&stdout).unwrap();
    let mut found: Vec<(String, String, String)> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let file = d["file"].as_str().unwrap_or("").replace('\\', "/");
            let message = d["message"].as_str().unwrap_or("");
            // What each finding is about: the permission or the Maven coordinates it names.
            let subject = if message.contains("android.permission.RECORD_AUDIO") {
                "RECORD_AUDIO"
            } else if message.contains("com.amap.api:location") {
                "com.amap.api:location"
            } else {
                message
            };
            (
                d["code"].as_str().unwrap_or("").to_string(),
                subject.to_string(),
                file.rsplit('/').next().unwrap_or("").to_string(),
            )
        })
        .collect();
    found.sort();
    assert_eq!(
        found,
        vec![
            (
                "AUDIT-001".to_string(),
                "RECORD_AUDIO".to_string(),
                "AndroidManifest.xml".to_string()
            ),
            (
                "AUDIT-002".to_string(),
                "com.amap.api:location".to_string(),
                "build.gradle".to_string()
            ),
        ]
    );
}

#[test]
fn the_coolapk_example_misses_the_microphone_and_amap_in_human_output() {
    let (code, stdout, stderr) = audit_coolapk(&[]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    let headers: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("error[") || l.starts_with("warning["))
        .collect();
    assert_eq!(headers.len(), 2, "{stderr}");
    assert!(
        headers
            .iter()
            .any(|h| h.starts_with("error[AUDIT-001]")
                && h.contains("android.permission.RECORD_AUDIO")),
        "{stderr}"
    );
    assert!(
        headers
            .iter()
            .any(|h| h.starts_with("error[AUDIT-002]") && h.contains("com.amap.api:location")),
        "{stderr}"
    );
    assert!(stderr.contains("2 errors, 0 warnings"), "{stderr}");
}

/// The outdated shop policy as a project whose pol.toml holds `[[audit.allow]]` tables (`None`
/// when the temporary project cannot be written, which the tests then report).
fn project_with_allows(allows: &str) -> Option<tempfile::TempDir> {
    let dir = tempfile::tempdir().ok()?;
    let policy = std::fs::read_to_string(fixtures().join("audit/shop-outdated.pol")).ok()?;
    std::fs::write(dir.path().join("policy.pol"), policy).ok()?;
    std::fs::write(
        dir.path().join("pol.toml"),
        format!("entry = \"policy.pol\"\n\n{allows}"),
    )
    .ok()?;
    Some(dir)
}

fn audit_project(dir: &Path, extra: &[&str]) -> (i32, String, String) {
    let Ok(mut cmd) = Command::cargo_bin("polc") else {
        return (-1, String::new(), "polc was not built".into());
    };
    let Ok(out) = cmd
        .arg("audit")
        .arg(dir)
        .arg(fixtures().join("apps/android-shop"))
        .args(extra)
        .env("NO_COLOR", "1")
        .output()
    else {
        return (-1, String::new(), "polc did not run".into());
    };
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// An `[[audit.allow]]` in pol.toml answers for one finding, named by its subject: the Alipay
/// SDK (by catalogue id) and the contacts permission are silenced, kept in JSON and SARIF with
/// their justification, and the audit passes; the warnings nobody answered for remain.
#[test]
fn audit_findings_are_answered_for_in_pol_toml() {
    let dir = project_with_allows(
        "[[audit.allow]]\ncode = \"AUDIT-002\"\nsubject = \"alipay_sdk\"\nbecause = \"linked for a payment test build only; never initialised in the store build\"\n\n[[audit.allow]]\ncode = \"AUDIT-001\"\nsubject = \"READ_CONTACTS\"\nbecause = \"requested by a module behind a flag that is off\"\n",
    )
    .unwrap();
    let (code, stdout, stderr) = audit_project(dir.path(), &["--format", "json"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let codes: Vec<String> = json_findings(&stdout)
        .into_iter()
        .map(|(c, _, _)| c)
        .collect();
    assert!(
        !codes.iter().any(|c| c == "AUDIT-001" || c == "AUDIT-002"),
        "{stdout}"
    );
    assert!(codes.iter().any(|c| c == "AUDIT-003"), "{stdout}");
    let v: Value = serde_json::from_str(&stdout).unwrap();
    let silenced = v["suppressed"].as_array().cloned().unwrap_or_default();
    let why: Vec<&str> = silenced
        .iter()
        .filter_map(|s| s["justification"].as_str())
        .collect();
    assert_eq!(silenced.len(), 2, "{stdout}");
    assert!(
        why.iter().any(|w| w.contains("payment test build")),
        "{stdout}"
    );
    let (_, sarif, _) = audit_project(dir.path(), &["--format", "sarif"]);
    assert!(sarif.contains("\"suppressions\""), "{sarif}");
    assert!(sarif.contains("flag that is off"), "{sarif}");
    let (code, _, stderr) = audit_project(dir.path(), &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("(2 answered for in pol.toml)"), "{stderr}");
}

/// An allow names its subject: answering for another SDK silences nothing (the Alipay
/// finding stands, exit 1) and the allow itself is reported as unused; one without a reason is
/// an error in pol.toml, and the audit does not compare.
#[test]
fn an_audit_allow_silences_only_its_subject_and_needs_a_reason() {
    let dir = project_with_allows(
        "[[audit.allow]]\ncode = \"AUDIT-002\"\nsubject = \"tencent_bugly\"\nbecause = \"not this one\"\n",
    )
    .unwrap();
    let (code, stdout, stderr) = audit_project(dir.path(), &["--format", "json"]);
    assert_eq!(code, 1, "{stderr}");
    let found = json_findings(&stdout);
    assert!(found.iter().any(|(c, _, _)| c == "AUDIT-002"), "{stdout}");
    assert!(
        found
            .iter()
            .any(|(c, f, _)| c == "SUP-002" && f == "pol.toml"),
        "{stdout}"
    );
    let dir = project_with_allows(
        "[[audit.allow]]\ncode = \"AUDIT-002\"\nsubject = \"alipay_sdk\"\nbecause = \" \"\n",
    )
    .unwrap();
    let (code, stdout, _) = audit_project(dir.path(), &["--format", "json"]);
    assert_eq!(code, 1);
    let codes: Vec<String> = json_findings(&stdout)
        .into_iter()
        .map(|(c, _, _)| c)
        .collect();
    assert_eq!(codes, ["SUP-001"], "{stdout}");
}
