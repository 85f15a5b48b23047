//! `polc eval` end to end: flags and `--request` files, human and JSON output, exit codes
//! (0 allow, 1 deny or needs consent, 2 usage error or a policy with errors).

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::{json, Value};

fn megvii() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/megvii")
}

fn polc() -> Command {
    Command::new(env!("CARGO_BIN_EXE_polc"))
}

/// The JSON on standard output; `null` when it is not JSON, which every assertion rejects.
fn json_of(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_default()
}

#[test]
fn flags_ask_and_json_answers() {
    let out = polc()
        .arg("eval")
        .arg(megvii())
        .args([
            "--category",
            "inquiry_name",
            "--purpose",
            "business_inquiry_details",
        ])
        .args([
            "--consent",
            "purpose.business_inquiry_details",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        json_of(&out),
        json!({"decision": "allow", "flow": "business_inquiry_details", "kind": "use",
               "basis": ["std::pipl::consent"]})
    );
}

#[test]
fn needs_consent_is_explained_in_both_languages() {
    let out = polc()
        .arg("eval")
        .arg(megvii())
        .args([
            "--category",
            "inquiry_name",
            "--purpose",
            "business_inquiry_details",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("needs consent:"), "{text}");
    assert!(
        text.contains("has not given consent `purpose.business_inquiry_details`"),
        "{text}"
    );
    assert!(text.contains("ask: We will process"), "{text}");
    assert!(
        text.contains("问：为「商务合作与咨询（您自愿提供的信息）」"),
        "{text}"
    );
}

#[test]
fn a_request_file_with_flag_overrides() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("req.json");
    std::fs::write(
        &path,
        r#"{"category": "inquiry_name", "purpose": "business_inquiry_details",
            "person": {"consents": ["purpose.business_inquiry_details"]}}"#,
    )
    .unwrap();
    let out = polc()
        .arg("eval")
        .arg(megvii())
        .arg("--request")
        .arg(&path)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json_of(&out)["flow"], "business_inquiry_details");
    // The flag wins over the file: withdrawn consent.
    let out = polc()
        .arg("eval")
        .arg(megvii())
        .arg("--request")
        .arg(&path)
        .args([
            "--withdrawn",
            "purpose.business_inquiry_details",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        json_of(&out),
        json!({"decision": "deny", "reason": "consent_withdrawn",
               "detail": "purpose.business_inquiry_details"})
    );
}

#[test]
fn usage_errors_exit_2() {
    let out = polc()
        .arg("eval")
        .arg(megvii())
        .args(["--category", "resume"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a category and a purpose"));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("req.json");
    std::fs::write(&bad, "{\"category\": 1}").unwrap();
    let out = polc()
        .arg("eval")
        .arg(megvii())
        .arg("--request")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid request"));
}

#[test]
fn a_policy_with_errors_decides_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("policy.pol"), "category {").unwrap();
    let out = polc()
        .arg("eval")
        .arg(dir.path())
        .args(["--category", "a", "--purpose", "b"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("error(s)"));
    assert!(out.stdout.is_empty());
}

/// The enforcement fixture with every modality, made to check clean: the legal rules' findings
/// on this deliberately incomplete policy are allowed in its header, so `polc eval` compiles
/// its table (it refuses a policy with errors).
fn modality_policy(dir: &Path) -> std::io::Result<PathBuf> {
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/enforcement/modality.pol");
    let text = std::fs::read_to_string(fixture)?;
    let analysis = pol::Workspace::from_text("modality.pol", &text).analyze();
    let mut codes: Vec<String> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.severity == pol::diag::Severity::Error)
        .map(|d| d.code.as_str().to_string())
        .collect();
    codes.sort();
    codes.dedup();
    let allows: String = codes
        .iter()
        .map(|c| format!("  allow {c} because \"a test fixture\"\n"))
        .collect();
    let text = text.replacen("  profile pipl\n", &format!("  profile pipl\n{allows}"), 1);
    let path = dir.join("modality.pol");
    std::fs::write(&path, text)?;
    Ok(path)
}

#[test]
fn conditions_are_asserted_by_flag_or_in_the_request() {
    let dir = tempfile::tempdir().unwrap();
    let policy = modality_policy(dir.path()).unwrap();
    let ask = |extra: &[&str]| {
        polc()
            .arg("eval")
            .arg(&policy)
            .args(["--category", "phone", "--purpose", "account"])
            .args(["--recipient", "authorities"])
            .args(extra)
            .output()
            .unwrap()
    };
    // Not asserted: denied, naming the condition and its words.
    let out = ask(&[]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("condition_not_met"), "{text}");
    assert!(text.contains("std::conditions::law_requires"), "{text}");
    assert!(
        text.contains("where laws or regulations require it"),
        "{text}"
    );
    // By its short name or its id.
    for c in ["authority_request", "std::conditions::law_requires"] {
        let out = ask(&["--condition", c]);
        assert_eq!(out.status.code(), Some(0), "{c}: {out:?}");
    }
    // In a request file.
    let req = dir.path().join("req.json");
    std::fs::write(
        &req,
        r#"{"category": "phone", "purpose": "account", "recipient": "authorities",
            "conditions": ["std::conditions::law_requires"]}"#,
    )
    .unwrap();
    let out = polc()
        .arg("eval")
        .arg(&policy)
        .arg("--request")
        .arg(&req)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(json_of(&out)["flow"], "to_authorities");
}
