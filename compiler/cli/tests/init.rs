//! `polc init`: the starter checks clean, existing files are never overwritten, and
//! `--from-example megvii` reproduces examples/megvii byte for byte.

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
