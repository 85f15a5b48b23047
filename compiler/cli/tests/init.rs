//! `polc init`: every starter (`--template minimal|app|saas|website`) checks clean under
//! `--deny-warnings` and builds, existing files are never overwritten, and `--from-example
//! megvii` reproduces examples/megvii byte for byte.

use std::path::Path;
use std::process::Command;

#[cfg(test)]
fn polc() -> Command {
    Command::new(env!("CARGO_BIN_EXE_polc"))
}

#[cfg(test)]
fn run(cmd: &mut Command) -> (i32, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_starter_checks_clean_with_no_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("acme");
    let (code, err) = run(polc().arg("init").arg(&target));
    assert_eq!(code, 0, "{err}");
    for file in ["pol.toml", "policy.pol"] {
        assert!(target.join(file).is_file(), "{file} not written");
    }
    let policy = std::fs::read_to_string(target.join("policy.pol")).unwrap();
    assert!(policy.contains("profile pipl") && policy.contains("languages zh, en"));
    let (code, err) = run(polc().args(["check", "--deny-warnings"]).arg(&target));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("0 errors, 0 warnings"), "{err}");

    // ... and `polc build` renders it: both languages' pages, the manifest and the enforcement
    // config, with the starter's own labels on the pages.
    let out = dir.path().join("site");
    let (code, err) = run(polc().arg("build").arg(&target).arg("--out").arg(&out));
    assert_eq!(code, 0, "{err}");
    let policy_dir = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.join("manifest.json").is_file())
        .expect("a policy folder with manifest.json");
    for page in [
        "zh/index.html",
        "en/index.html",
        "zh/policy.md",
        "en/policy.md",
    ] {
        let text = std::fs::read_to_string(policy_dir.join(page)).unwrap();
        assert!(text.len() > 500, "{page} is nearly empty");
    }
    assert!(policy_dir.join("enforcement/decisions.json").is_file());
    let zh = std::fs::read_to_string(policy_dir.join("zh/index.html")).unwrap();
    assert!(
        zh.contains("一、"),
        "zh page lacks Chinese section numbering"
    );
}

#[test]
fn init_refuses_to_overwrite_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("policy.pol"), "// mine\n").unwrap();
    let (code, err) = run(polc().arg("init").arg(dir.path()));
    assert_eq!(code, 2);
    assert!(err.contains("refusing to overwrite"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("policy.pol")).unwrap(),
        "// mine\n"
    );
    assert!(
        !dir.path().join("pol.toml").exists(),
        "wrote pol.toml anyway"
    );
}

#[test]
fn from_example_megvii_round_trips_the_source_files() {
    let dir = tempfile::tempdir().unwrap();
    let (code, err) = run(polc()
        .args(["init", "--from-example", "megvii"])
        .arg(dir.path()));
    assert_eq!(code, 0, "{err}");
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/megvii");
    let mut names: Vec<_> = std::fs::read_dir(&source)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert!(names.len() >= 4);
    for name in names {
        assert_eq!(
            std::fs::read(dir.path().join(&name)).unwrap(),
            std::fs::read(source.join(&name)).unwrap(),
            "{name:?} differs"
        );
    }
    let (code, err) = run(polc().arg("check").arg(dir.path()));
    assert_eq!(code, 0, "{err}");
}

#[test]
fn an_unknown_example_lists_the_available_ones() {
    let dir = tempfile::tempdir().unwrap();
    let (code, err) = run(polc()
        .args(["init", "--from-example", "megvi"])
        .arg(dir.path()));
    assert_eq!(code, 2);
    assert!(err.contains("no bundled example `megvi`"), "{err}");
    assert!(err.contains("megvii"), "{err}");
}

#[test]
fn every_template_checks_clean_under_deny_warnings_and_builds() {
    let dir = tempfile::tempdir().unwrap();
    for (template, marker) in [
        ("minimal", "sign_in"),
        ("app", "gb::sensitive_precise_location"),
        ("saas", "enterprise_customers"),
        ("website", "cookies {"),
    ] {
        let target = dir.path().join(template);
        let (code, err) = run(polc().args(["init", "--template", template]).arg(&target));
        assert_eq!(code, 0, "{template}: {err}");
        let policy = std::fs::read_to_string(target.join("policy.pol")).unwrap();
        assert!(
            policy.contains(marker),
            "{template}: not the {template} starter"
        );
        assert!(policy.contains("profile pipl") && policy.contains("languages zh, en"));
        let (code, err) = run(polc().args(["check", "--deny-warnings"]).arg(&target));
        assert_eq!(code, 0, "{template} does not check clean:\n{err}");
        assert!(!err.contains("warning["), "{template}:\n{err}");
        let (code, err) = run(polc().args(["fmt", "--check"]).arg(&target));
        assert_eq!(code, 0, "{template} is not in `polc fmt` layout:\n{err}");
        let out = dir.path().join(format!("{template}-site"));
        let (code, err) = run(polc().arg("build").arg(&target).arg("--out").arg(&out));
        assert_eq!(code, 0, "{template} does not build:\n{err}");
        let manifest = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.join("manifest.json").is_file());
        assert!(manifest.is_some(), "{template}: no manifest.json");
    }
}

#[test]
fn an_unknown_template_lists_the_templates_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (code, err) = run(polc().args(["init", "--template", "blog"]).arg(dir.path()));
    assert_eq!(code, 2);
    for name in ["minimal", "app", "saas", "website"] {
        assert!(err.contains(name), "{name} not offered:\n{err}");
    }
    assert!(!dir.path().join("policy.pol").exists());
}
