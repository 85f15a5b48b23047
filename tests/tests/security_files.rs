//! What a project may make pol read, and how pol writes files: a project is read only from
//! inside its directory once symlinks are resolved (an entry, a module or a pol.toml that
//! leads elsewhere is a located diagnostic and is never read, so none of it reaches a log),
//! unless the caller names the file itself; and `pol::fsio` writes atomically without
//! following planted symlinks. The command-line side is in
//! compiler/cli/tests/security_files.rs; docs/security.md says what holds and why.

use std::path::Path;

use pol::diag::{render, Lang};
use pol::fsio::{self, Mode};
use pol::{Analysis, Workspace};

/// What a CI log would hold if this file were read: it must never show up.
const SECRET: &str = "AWS_SECRET_ACCESS_KEY=hunter2-do-not-print";

const POLICY: &str = "policy p {\n  controller { name { zh: \"某公司\", en: \"Some Co.\" } }\n  effective 2024-01-01\n}\n";

/// A directory holding a secret file and an empty project folder beside it.
fn layout() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret.pol");
    std::fs::write(&secret, format!("{SECRET}\n")).unwrap();
    let project = dir.path().join("project");
    std::fs::create_dir(&project).unwrap();
    (dir, secret, project)
}

/// Everything a person or a machine would see of an analysis.
fn shown(a: &Analysis) -> String {
    let mut human = Vec::new();
    render::human(&a.db, &a.diagnostics, Lang::En, false, &mut human).unwrap();
    let json = serde_json::to_string(&render::json_report(&a.db, &a.diagnostics)).unwrap();
    let texts: String = a.db.files().map(|f| f.text.to_string()).collect();
    format!("{}\n{json}\n{texts}", String::from_utf8_lossy(&human))
}

fn codes(a: &Analysis) -> Vec<&'static str> {
    a.diagnostics
        .iter()
        .filter(|d| !d.code.is_rule())
        .map(|d| d.code.as_str())
        .collect()
}

#[test]
fn an_entry_outside_the_project_is_a_located_error_and_is_not_read() {
    let (_dir, secret, project) = layout();
    std::fs::write(project.join("pol.toml"), "entry = \"../secret.pol\"\n").unwrap();
    let a = Workspace::open(&project).unwrap().analyze();
    // One error, no cascade about the unread file (such as "no policy header").
    assert_eq!(codes(&a), vec!["PROJ-001"]);
    let d = &a.diagnostics[0];
    assert!(
        d.message.en().contains("outside the project"),
        "{}",
        d.message.en()
    );
    // Located on the `entry` value in pol.toml.
    let toml = a.db.get(d.primary.span.file).unwrap();
    assert_eq!(
        &toml.text[d.primary.span.start as usize..d.primary.span.end as usize],
        "\"../secret.pol\""
    );
    assert!(!shown(&a).contains(SECRET));

    // An absolute entry is refused the same way.
    let abs = format!("entry = \"{}\"\n", secret.display());
    std::fs::write(project.join("pol.toml"), abs).unwrap();
    let a = Workspace::open(&project).unwrap().analyze();
    assert_eq!(codes(&a), vec!["PROJ-001"]);
    assert!(!shown(&a).contains(SECRET));
}

#[cfg(unix)]
#[test]
fn a_symlinked_module_or_pol_toml_leading_outside_is_not_read() {
    let (_dir, secret, project) = layout();
    std::fs::write(project.join("policy.pol"), format!("use leaked\n{POLICY}")).unwrap();
    std::os::unix::fs::symlink(&secret, project.join("leaked.pol")).unwrap();
    let a = Workspace::open(&project).unwrap().analyze();
    assert_eq!(codes(&a), vec!["NAME-003"]);
    let d = &a.diagnostics[0];
    assert_eq!(
        a.db.name(d.primary.span.file),
        project.join("policy.pol").display().to_string()
    );
    assert!(
        d.message.en().contains("outside the project"),
        "{}",
        d.message.en()
    );
    assert!(!shown(&a).contains(SECRET));

    // A symlink to a file inside the project is fine.
    std::fs::rename(&secret, project.join("inside.txt")).unwrap();
    std::fs::write(
        project.join("inside.txt"),
        "category c {\n  label { zh: \"甲\", en: \"c\" }\n}\n",
    )
    .unwrap();
    std::fs::remove_file(project.join("leaked.pol")).unwrap();
    std::os::unix::fs::symlink("inside.txt", project.join("leaked.pol")).unwrap();
    let a = Workspace::open(&project).unwrap().analyze();
    assert!(codes(&a).is_empty(), "{:?}", codes(&a));

    // pol.toml itself.
    let (_dir, secret, project) = layout();
    std::fs::write(project.join("policy.pol"), POLICY).unwrap();
    std::os::unix::fs::symlink(&secret, project.join("pol.toml")).unwrap();
    let a = Workspace::open(&project).unwrap().analyze();
    assert_eq!(codes(&a), vec!["PROJ-001"]);
    assert!(!shown(&a).contains(SECRET));
}

#[test]
fn a_file_named_by_the_caller_is_read_wherever_it_is() {
    let (_dir, secret, _project) = layout();
    // The caller chose this file: its problems are shown with its text, as they should be.
    let a = Workspace::open(&secret).unwrap().analyze();
    assert!(
        codes(&a).iter().any(|c| c.starts_with("SYN")),
        "{:?}",
        codes(&a)
    );
    assert!(shown(&a).contains(SECRET));
}

#[cfg(unix)]
#[test]
fn atomic_writes_never_follow_a_planted_symlink_and_keep_the_old_file_on_failure() {
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("a.pol");
    std::fs::write(&policy, "old").unwrap();
    // Whatever name an attacker guesses for the temporary file, it is not used: tempfile's
    // names are random and opened with O_EXCL. Plant the obvious ones anyway.
    let victim = dir.path().join("victim");
    std::fs::write(&victim, "precious").unwrap();
    for name in [".a.pol.tmp", ".a.pol.polc-fmt.tmp", "a.pol.tmp"] {
        std::os::unix::fs::symlink(&victim, dir.path().join(name)).unwrap();
    }
    fsio::write_atomic(&policy, b"new", Mode::Update).unwrap();
    assert_eq!(std::fs::read_to_string(&policy).unwrap(), "new");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");

    // A directory where nothing can be created: the write fails and the file is intact.
    if Path::new("/proc/self").exists() && !is_root() {
        use std::os::unix::fs::PermissionsExt;
        let ro = dir.path().join("ro");
        std::fs::create_dir(&ro).unwrap();
        let file = ro.join("b.pol");
        std::fs::write(&file, "old").unwrap();
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
        let result = fsio::write_atomic(&file, b"new", Mode::Update);
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert!(result.is_err());
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "old");
    }
}

#[cfg(unix)]
fn is_root() -> bool {
    let out = std::process::Command::new("id").arg("-u").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim() == "0"
}
