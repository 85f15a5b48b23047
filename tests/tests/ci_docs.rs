//! The CI files of docs/ci/ parse as YAML and have the structure docs/ci.md promises: a check
//! with a SARIF upload and a `polc diff` comment on pull requests, and a site published on
//! merge; docs/ci.md shows them verbatim.

use std::path::{Path, PathBuf};

use yaml_rust2::{Yaml, YamlLoader};

fn docs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs")
}

fn load(name: &str) -> (String, Yaml) {
    let text = std::fs::read_to_string(docs().join("ci").join(name)).unwrap();
    let mut docs = YamlLoader::load_from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(docs.len(), 1, "{name}: one YAML document");
    (text, docs.remove(0))
}

/// Every `run:` / `script:` line of a list of steps or a job, joined.
fn commands(steps: &Yaml) -> String {
    let mut out = String::new();
    for step in steps.as_vec().into_iter().flatten() {
        if let Some(run) = step["run"].as_str() {
            out.push_str(run);
            out.push('\n');
        }
        if let Some(s) = step.as_str() {
            out.push_str(s);
            out.push('\n');
        }
    }
    out
}

#[test]
fn the_github_workflow_checks_comments_and_publishes() {
    let (text, wf) = load("github-actions.yml");
    assert!(
        wf["on"]["pull_request"].is_null(),
        "runs on every pull request"
    );
    assert_eq!(wf["on"]["push"]["branches"][0].as_str(), Some("main"));
    let check = &wf["jobs"]["check"];
    let steps = &check["steps"];
    let uses: Vec<&str> = steps
        .as_vec()
        .unwrap()
        .iter()
        .filter_map(|s| s["uses"].as_str())
        .collect();
    assert!(uses
        .iter()
        .any(|u| u.starts_with("github/codeql-action/upload-sarif@")));
    let run = commands(steps);
    assert!(run.contains("polc check \"$POLICY\" --format sarif > polc.sarif"));
    assert!(run.contains("polc diff --git"));
    assert!(run.contains("gh pr comment"));
    assert_eq!(
        check["permissions"]["security-events"].as_str(),
        Some("write")
    );
    assert_eq!(
        steps.as_vec().unwrap()[0]["with"]["fetch-depth"].as_i64(),
        Some(0),
        "diff --git needs history"
    );
    let publish = &wf["jobs"]["publish"];
    assert_eq!(publish["needs"].as_str(), Some("check"));
    assert!(publish["if"].as_str().unwrap().contains("refs/heads/main"));
    assert!(commands(&publish["steps"]).contains("polc build \"$POLICY\" --out site"));
    let ci_md = std::fs::read_to_string(docs().join("ci.md")).unwrap();
    assert!(
        ci_md.contains(&format!("```yaml\n{text}```")),
        "docs/ci.md is stale"
    );
}

#[test]
fn the_gitlab_jobs_check_comment_and_publish() {
    let (text, ci) = load("gitlab-ci.yml");
    let stages: Vec<&str> = ci["stages"]
        .as_vec()
        .unwrap()
        .iter()
        .filter_map(Yaml::as_str)
        .collect();
    assert_eq!(stages, ["check", "publish"]);
    let check = &ci["policy:check"];
    assert_eq!(check["stage"].as_str(), Some("check"));
    assert!(commands(&check["script"]).contains("--format sarif > polc.sarif"));
    assert_eq!(check["artifacts"]["paths"][0].as_str(), Some("polc.sarif"));
    let diff = &ci["policy:diff"];
    assert_eq!(
        diff["rules"][0]["if"].as_str(),
        Some("$CI_PIPELINE_SOURCE == \"merge_request_event\"")
    );
    let script = commands(&diff["script"]);
    assert!(script.contains("polc diff --git \"origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME\""));
    assert!(script.contains("/merge_requests/$CI_MERGE_REQUEST_IID/notes"));
    let pages = &ci["pages"];
    assert_eq!(pages["stage"].as_str(), Some("publish"));
    assert!(commands(&pages["script"]).contains("polc build \"$POLICY\" --out public"));
    assert_eq!(pages["artifacts"]["paths"][0].as_str(), Some("public"));
    let ci_md = std::fs::read_to_string(docs().join("ci.md")).unwrap();
    assert!(
        ci_md.contains(&format!("```yaml\n{text}```")),
        "docs/ci.md is stale"
    );
}
