//! `polc check --format sarif` is valid SARIF 2.1.0: the output for every diagnostic fixture
//! (and PIPL-CHANGE-002's, which carries an insertion fix) validates against the official
//! schema (tests/fixtures/sarif/sarif-schema-2.1.0.json, see the README there), and the
//! results point at the right rule, lines and columns, in both languages.

use std::path::{Path, PathBuf};

use pol::diag::render::Checked;
use pol::diag::sarif;
use pol::{Analysis, Workspace};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// Every single-file `fail.pol` of the diagnostic fixtures, analysed.
fn failing_fixtures() -> Vec<Analysis> {
    let mut out = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixtures().join("diagnostics"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    for dir in dirs {
        let file = dir.join("fail.pol");
        if file.is_file() {
            out.push(Workspace::open(&file).unwrap().analyze());
        }
    }
    out
}

fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(fixtures().join("sarif/sarif-schema-2.1.0.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn assert_valid(log: &serde_json::Value) {
    let validator = validator();
    let errors: Vec<String> = validator
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "SARIF schema violations:\n{}",
        errors.join("\n")
    );
}

#[test]
fn the_fixtures_sarif_validates_against_the_official_schema() {
    let analyses = failing_fixtures();
    assert!(analyses.len() > 30, "only {} fixtures", analyses.len());
    let checked: Vec<_> = analyses.iter().map(pol::Analysis::checked).collect();
    let log = sarif::log(&checked, None);
    assert_valid(&log);
    let results = log["runs"][0]["results"].as_array().unwrap();
    let total: usize = analyses
        .iter()
        .map(|a| a.diagnostics.len() + a.suppressed.len())
        .sum();
    assert_eq!(results.len(), total);
    assert!(
        results.iter().any(|r| r["fixes"].is_array()),
        "no fix in any result"
    );
    assert!(results.iter().any(|r| r["relatedLocations"].is_array()));
}

#[test]
fn a_result_names_its_rule_lines_columns_and_both_languages() {
    let analysis = Workspace::open(&fixtures().join("diagnostics/NAME-001/fail.pol"))
        .unwrap()
        .analyze();
    let d = analysis
        .diagnostics
        .iter()
        .find(|d| d.code.as_str() == "NAME-001")
        .unwrap();
    let log = sarif::log(&[analysis.checked()], None);
    assert_valid(&log);
    let run = &log["runs"][0];
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(run["tool"]["driver"]["name"], "polc");
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let result = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "NAME-001")
        .unwrap();
    let rule = &run["tool"]["driver"]["rules"][result["ruleIndex"].as_u64().unwrap() as usize];
    assert_eq!(rule["id"], "NAME-001");
    assert!(rule["help"]["text"]
        .as_str()
        .unwrap()
        .starts_with("## NAME-001"));
    assert_eq!(result["level"], "error");
    let text = result["message"]["text"].as_str().unwrap();
    assert!(text.starts_with(&d.message.en()), "{text}");
    assert!(text.contains(&d.message.zh()), "{text}");
    let region = &result["locations"][0]["physicalLocation"]["region"];
    let file = analysis.db.get(d.primary.span.file).unwrap();
    let start = file.line_col(d.primary.span.start);
    assert_eq!(region["startLine"], start.line);
    assert_eq!(region["startColumn"], start.column);
    assert!(start.line >= 1 && start.column >= 1);
    let replacement = &result["fixes"][0]["artifactChanges"][0]["replacements"][0];
    assert_eq!(
        replacement["insertedContent"]["text"],
        d.fixes[0].edits[0].new_text
    );
}

#[test]
fn the_diff_rule_with_its_history_fix_validates() {
    let page = pol::diag::codes::explain(pol::diff::rule::INFO.code).unwrap();
    let blocks: Vec<&str> = page
        .split("```pol\n")
        .skip(1)
        .map(|b| b.split("\n```").next().unwrap())
        .collect();
    let old = Workspace::from_text("policy.pol", blocks[0]).analyze();
    let new = Workspace::from_text("policy.pol", blocks[1]).analyze();
    let d = pol::diff::diff(&old.policy, &new.policy);
    let diags = pol::diff::rule::check(&d, &old.policy, &new.policy, &new.db);
    assert_eq!(diags.len(), 3);
    let log = sarif::log(&[Checked::new(&new.db, &diags)], None);
    assert_valid(&log);
    let rule = &log["runs"][0]["tool"]["driver"]["rules"][0];
    assert_eq!(rule["id"], "PIPL-CHANGE-002");
    assert!(rule["help"]["text"].as_str().unwrap().contains("重大变更"));
}

/// A finding silenced by a justified `allow` is a result with `suppressions` (in the source,
/// with the justification), and the log stays valid; a base address gives rules a `helpUri`.
#[test]
fn a_silenced_finding_is_a_suppressed_result_and_the_log_validates() {
    let text = "use std::pipl\n\npolicy acme {\n  controller { name { zh: \"某公司\", en: \"Some Co.\" }; email privacy@some.example }\n  effective 2024-01-01\n}\ncategory c {\n  label { zh: \"甲\", en: \"a\" }\n}\npurpose p {\n  label { zh: \"甲\", en: \"a\" }\n  uses c\n  allow PIPL-BASIS-001 because \"agreed with the regulator\"\n}\n";
    let a = Workspace::from_text("policy.pol", text).analyze();
    assert!(!a.suppressed.is_empty());
    let log = sarif::log(&[a.checked()], Some("https://docs.example.org/pol"));
    assert_valid(&log);
    let results = log["runs"][0]["results"].as_array().unwrap();
    let silenced: Vec<_> = results
        .iter()
        .filter(|r| r["suppressions"].is_array())
        .collect();
    assert_eq!(silenced.len(), a.suppressed.len());
    assert_eq!(silenced[0]["ruleId"], "PIPL-BASIS-001");
    assert_eq!(silenced[0]["suppressions"][0]["kind"], "inSource");
    assert_eq!(
        silenced[0]["suppressions"][0]["justification"],
        "agreed with the regulator"
    );
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let rule = rules.iter().find(|r| r["id"] == "PIPL-BASIS-001").unwrap();
    assert_eq!(
        rule["helpUri"],
        "https://docs.example.org/pol/docs/rules/PIPL-BASIS-001.md"
    );
}
