//! `polc build` end to end: every example builds; two builds are byte-identical; a policy with
//! errors or a broken template writes nothing and leaves the previous output as it was;
//! `--check` tells a fresh output from a stale one; `--templates` overrides a default.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

#[cfg(test)]
fn examples() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

#[cfg(test)]
fn polc() -> Command {
    Command::cargo_bin("polc").unwrap()
}

#[cfg(test)]
fn build(out: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    polc()
        .arg("build")
        .args(examples())
        .arg("--out")
        .arg(out)
        .args(extra)
        .assert()
}

/// Every file under `dir`, by relative path.
#[cfg(test)]
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

#[test]
fn builds_every_example_deterministically() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    build(&a, &[]).code(0);
    build(&b, &[]).code(0);
    let (ta, tb) = (tree(&a), tree(&b));
    assert_eq!(ta, tb, "two builds differ");
    for dir in examples() {
        let id = dir.file_name().unwrap().to_string_lossy().into_owned();
        for f in [
            "zh/index.html",
            "en/index.html",
            "zh/policy.md",
            "en/policy.md",
            "manifest.json",
        ] {
            assert!(ta.contains_key(&format!("{id}/{f}")), "missing {id}/{f}");
        }
    }
    assert!(ta.contains_key("index.html") && ta.contains_key("assets/style.css"));
}

#[test]
fn check_passes_on_fresh_output_and_lists_stale_files() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build(&out, &["--check"]).code(1); // nothing built yet: every file is missing
    build(&out, &[]).code(0);
    build(&out, &["--check"]).code(0);
    let id = examples()[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    std::fs::write(out.join(&id).join("en/policy.md"), "edited by hand").unwrap();
    std::fs::write(out.join("stray.txt"), "x").unwrap();
    std::fs::remove_file(out.join(&id).join("manifest.json")).unwrap();
    let assert = build(&out, &["--check"]).code(1);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains(&format!("different: {id}/en/policy.md")),
        "{stderr}"
    );
    assert!(stderr.contains("extra: stray.txt"), "{stderr}");
    assert!(
        stderr.contains(&format!("missing: {id}/manifest.json")),
        "{stderr}"
    );
    // --check writes nothing.
    assert_eq!(
        std::fs::read_to_string(out.join(&id).join("en/policy.md")).unwrap(),
        "edited by hand"
    );
}

#[test]
fn a_policy_with_errors_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    build(&out, &[]).code(0);
    let before = tree(&out);
    let bad = tmp.path().join("bad.pol");
    std::fs::write(&bad, "policy broken {\n  effective 2024-13-45\n}\n").unwrap();
    polc()
        .arg("build")
        .args(examples())
        .arg(&bad)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(1);
    assert_eq!(tree(&out), before, "the previous output changed");
    polc()
        .args(["build", "no/such/dir", "--out"])
        .arg(&out)
        .assert()
        .code(2);
}

#[test]
fn templates_override_the_defaults_and_a_broken_one_is_a_located_diagnostic() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let templates = tmp.path().join("templates");
    std::fs::create_dir_all(templates.join("en")).unwrap();
    std::fs::write(
        templates.join("en/index.html"),
        "<p>{{ page.title }} / {{ manifest.id }} / {{ page.sections | length }}</p>\n",
    )
    .unwrap();
    build(&out, &["--templates", templates.to_str().unwrap()]).code(0);
    let id = examples()[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let en = std::fs::read_to_string(out.join(&id).join("en/index.html")).unwrap();
    assert!(
        en.starts_with("<p>") && en.contains(&format!(" / {id} / ")),
        "{en}"
    );
    // The other templates are still the defaults.
    let zh = std::fs::read_to_string(out.join(&id).join("zh/index.html")).unwrap();
    assert!(zh.contains("<!DOCTYPE html>"));

    let before = tree(&out);
    std::fs::write(
        templates.join("en/index.html"),
        "<p>ok</p>\n<h1>{{ page.title }</h1>\n",
    )
    .unwrap();
    let assert = build(&out, &["--templates", templates.to_str().unwrap()]).code(1);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("BUILD-001"), "{stderr}");
    assert!(
        stderr.contains("en/index.html:2:"),
        "not located on line 2: {stderr}"
    );
    assert_eq!(tree(&out), before, "a failed build changed the output");

    // A render-time error (an unknown filter) is located too.
    std::fs::write(
        templates.join("en/index.html"),
        "{{ page.title | no_such_filter }}\n",
    )
    .unwrap();
    let assert = build(&out, &["--templates", templates.to_str().unwrap()]).code(1);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("BUILD-001") && stderr.contains("en/index.html:1:"),
        "{stderr}"
    );
}

/// `--out` that is not a previous build is refused with exit 2 and a message naming it, before
/// any work, and nothing changes: the project itself (run from inside it as `--out .`), a
/// file, and a previous build that holds the input.
#[test]
fn out_that_is_not_a_previous_build_is_refused_and_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let proj = tmp.path().join("proj");
    std::fs::create_dir_all(proj.join(".git")).unwrap();
    for f in ["pol.toml", "policy.pol"] {
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("starter")
                .join(f),
            proj.join(f),
        )
        .unwrap();
    }
    std::fs::write(proj.join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    let before = tree(tmp.path());
    let assert = polc()
        .current_dir(&proj)
        .args(["build", ".", "--out", "."])
        .assert()
        .code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("will not write --out") && stderr.contains(".pol-build"),
        "{stderr}"
    );
    let file = tmp.path().join("file");
    std::fs::write(&file, "keep").unwrap();
    let assert = polc()
        .arg("build")
        .arg(&proj)
        .arg("--out")
        .arg(&file)
        .assert()
        .code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("not a directory"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep");
    std::fs::remove_file(&file).unwrap();
    // Marked as a build, but it holds the policy: still refused.
    std::fs::write(proj.join(".pol-build"), "").unwrap();
    let assert = polc()
        .arg("build")
        .arg(&proj)
        .arg("--out")
        .arg(&proj)
        .assert()
        .code(2);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("holds the input"), "{stderr}");
    std::fs::remove_file(proj.join(".pol-build")).unwrap();
    assert_eq!(
        tree(tmp.path()),
        before,
        "a refused build changed something"
    );
    // A new directory beside it is fine, and so is building into it again.
    let site = tmp.path().join("site");
    for _ in 0..2 {
        polc()
            .arg("build")
            .arg(&proj)
            .arg("--out")
            .arg(&site)
            .assert()
            .code(0);
    }
    assert!(site.join(".pol-build").is_file());
    assert!(site.join("my-policy/en/index.html").is_file());
}
