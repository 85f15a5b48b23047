//! The formatter keeps meaning and is idempotent on every example and every passing fixture:
//! the typed model (spans aside) and the diagnostics are the same before and after, and
//! formatting the formatted text changes nothing.

use std::path::{Path, PathBuf};

use pol::format::format;
use pol::Workspace;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The project to analyze (a directory or one file) and its `.pol` files.
fn projects() -> Vec<(PathBuf, Vec<PathBuf>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root().join("examples")).unwrap() {
        let dir = entry.unwrap().path();
        if dir.is_dir() {
            out.push((dir.clone(), pol_files(&dir)));
        }
    }
    let mut stack = vec![root().join("tests/fixtures")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() && name == "pass" {
                out.push((path.clone(), pol_files(&path)));
            } else if path.is_dir() {
                stack.push(path);
            } else if name == "pass.pol" {
                out.push((path.clone(), vec![path]));
            }
        }
    }
    out.sort();
    out
}

fn pol_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pol"))
        .collect();
    files.sort();
    files
}

/// `Debug` of the typed model with every span replaced by `Span`: formatting moves text, so
/// spans change, and nothing else may.
fn model(ws: &Workspace) -> (String, Vec<String>) {
    let analysis = ws.analyze();
    let debug = format!("{:#?}", analysis.policy);
    let mut out = String::with_capacity(debug.len());
    let mut rest = debug.as_str();
    while let Some(at) = rest.find("Span {") {
        out.push_str(&rest[..at]);
        out.push_str("Span");
        let close = rest[at..].find('}').unwrap();
        rest = &rest[at + close + 1..];
    }
    out.push_str(rest);
    let diags = analysis
        .diagnostics
        .iter()
        .map(|d| format!("{} {}", d.code.as_str(), d.message.en()))
        .collect();
    (out, diags)
}

#[test]
fn formatting_keeps_the_model_and_is_idempotent() {
    let projects = projects();
    assert!(
        projects.len() > 50,
        "found only {} projects",
        projects.len()
    );
    let mut changed = 0;
    for (project, files) in projects {
        let original = Workspace::open(&project).unwrap();
        let mut formatted = original.clone();
        for file in &files {
            let text = std::fs::read_to_string(file).unwrap();
            let once = format(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let twice = format(&once).unwrap();
            assert_eq!(once, twice, "{}: not idempotent", file.display());
            changed += usize::from(once != text);
            formatted.set_overlay(file.clone(), &once);
        }
        // The formatted texts are what was analyzed (the overlays' paths matched).
        let loaded: Vec<String> = formatted
            .analyze()
            .db
            .files()
            .map(|f| f.text.to_string())
            .collect();
        for file in &files {
            let once = format(&std::fs::read_to_string(file).unwrap()).unwrap();
            assert!(
                loaded.contains(&once),
                "{}: overlay not used",
                file.display()
            );
        }
        let (before, after) = (model(&original), model(&formatted));
        assert_eq!(
            before.1,
            after.1,
            "{}: diagnostics changed",
            project.display()
        );
        assert!(
            before.0 == after.0,
            "{}: the typed model changed",
            project.display()
        );
    }
    // The check must have had something to do: some files are not in canonical layout.
    assert!(changed > 0);
}

/// Every `.pol` file in the repository (failing fixtures and the stdlib too): formatting either
/// refuses (syntax errors) or gives text that keeps the parser's tokens and is stable.
#[test]
fn every_pol_file_formats_stably_or_is_refused() {
    let mut stack = vec![
        root().join("tests"),
        root().join("stdlib"),
        root().join("examples"),
    ];
    let (mut formatted, mut refused) = (0, 0);
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "pol") {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            match format(&text) {
                Ok(once) => {
                    assert!(
                        pol::format::same_meaning(&text, &once),
                        "{}",
                        path.display()
                    );
                    assert_eq!(format(&once).unwrap(), once, "{}", path.display());
                    formatted += 1;
                }
                Err(pol::format::FormatError::Syntax(d)) => {
                    assert!(!d.is_empty());
                    refused += 1;
                }
                Err(e) => panic!("{}: {e}", path.display()),
            }
        }
    }
    assert!(
        formatted > 100 && refused > 5,
        "{formatted} formatted, {refused} refused"
    );
}

/// The modality fields, the `condition` kind, flows that name no data, the new retention,
/// promise, right, purpose and cookie fields (`may`, hedges, `premise`) keep
/// their meaning through `polc fmt`: a file using every one of them, laid out carelessly, formats
/// to the canonical layout, analyzes to the same model with no front-end error, and stays put.
#[test]
fn modality_fields_and_conditions_round_trip() {
    let canonical = r#"use std::pipl
use std::promises
use std::conditions

policy acme {
  controller { name { zh: "某公司", en: "Some Co." }; email privacy@some.example }
  effective 2024-01-01
}

condition you_publish: conditions::self_published {
  label { zh: "您自行发布信息", en: "when you publish the information yourself" }
}
condition order_placed {
  label { zh: "您下单", en: "when you place an order" }
  kind person_action
  basis pipl::contract
  article "PIPL Art. 13 ¶1(2)"
  statute { zh: "为订立、履行个人作为一方当事人的合同所必需", en: "necessary to conclude or perform a contract" }
  description { zh: "下单即订立合同。", en: "Placing an order concludes a contract." }
}
category phone {
  label { zh: "手机号码", en: "phone number" }
}
purpose delivery {
  label { zh: "配送", en: "delivery" }
  uses phone
  basis pipl::contract
  may
}
recipient courier: pipl::other_handler {
  label { zh: "快递公司", en: "courier" }
}
recipient sdk: pipl::other_handler {
  label { zh: "第三方SDK", en: "a third-party SDK" }
}
flow to_courier {
  share phone
  to courier
  for delivery
  may
  when order_placed
  hedge generally
}
flow sdk_collects {
  share phone
  to sdk
  for delivery
  currently_not
  only_if conditions::separate_consent, you_publish
  collected_by recipient
}
flow anyone {
  share
  to courier
  only_if conditions::law_requires
}
storage here {
  region CN
  hedge in_principle
}
retention orders {
  for delivery
  period 3 years
  kept_beyond conditions::law_requires, conditions::judicial
  hedge generally
  on_expiry delete_immediately
}
retention sdk_data {
  data phone
  as_long_as_necessary
  not_stored
}
promise no_disclosure: promises::no_public_disclosure_except {
  except conditions::law_requires
  except_flows sdk_collects
  hedge in_principle
  effort knowingly
  premise conditions::law_permits
}
right copies: pipl::copy {
  within 15 days
  within_hedge generally
  fee free
  fee_hedge in_principle
  premise conditions::law_permits
}
cookie analytics {
  label { zh: "统计 Cookie", en: "analytics cookie" }
  for delivery
  may
}
"#;
    // The same text with the layout a hurried author gives it.
    let messy = canonical
        .replace("\n  ", "\n      ")
        .replace(", ", " ,  ")
        .replace("  may\n", "  may   \n");
    assert_ne!(messy, canonical);
    let formatted = format(&messy).unwrap();
    assert_eq!(formatted, canonical);
    assert_eq!(format(&formatted).unwrap(), formatted);
    let analyze = |text: &str| model(&Workspace::from_text("policy.pol", text));
    let (model_messy, diags) = analyze(&messy);
    let front: Vec<&String> = diags
        .iter()
        .filter(|d| {
            ["SYN", "NAME", "TYPE"]
                .iter()
                .any(|p| d.starts_with(&format!("{p}-")))
        })
        .collect();
    assert!(front.is_empty(), "{front:?}");
    assert!(
        model_messy == analyze(&formatted).0,
        "the typed model changed"
    );
}
