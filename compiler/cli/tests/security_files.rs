//! How `polc` writes the author's files and reads a project it may not trust, end to end on
//! the built binary: `fmt` (planted symlinks, modes, symlinked and hard-linked policies,
//! unreadable and looping directories), `diff --write-history` on a failing write,
//! `init` through a dangling symlink, `diff --git` (crafted trees, non-ASCII paths), and
//! control characters from project files on the terminal. See docs/security.md.
//! The library side (what a project may read) is in tests/tests/security_files.rs.

#![cfg(unix)]

use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[cfg(test)]
fn polc() -> Command {
    Command::new(env!("CARGO_BIN_EXE_polc"))
}

#[cfg(test)]
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[cfg(test)]
/// Exit code, stdout, stderr.
fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[cfg(test)]
/// Runs with a generous deadline (a hang is a failure, not a stuck suite).
fn run_within(cmd: &mut Command, limit: Duration) -> (i32, String, String) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("polc did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A policy file that `fmt` changes (its fields are over-indented).
const UNFORMATTED: &str =
    "category phone {\n        label { zh: \"手机号码\", en: \"phone number\" }\n}\n";

#[cfg(test)]
fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

#[cfg(test)]
fn is_root() -> bool {
    let out = Command::new("id").arg("-u").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim() == "0"
}

#[test]
fn fmt_does_not_follow_a_symlink_planted_at_a_temporary_name() {
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("a.pol");
    std::fs::write(&policy, UNFORMATTED).unwrap();
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    // The name earlier versions used for their temporary file.
    symlink(&victim, dir.path().join(".a.pol.polc-fmt.tmp")).unwrap();
    let (code, _, err) = run(polc().arg("fmt").arg(&policy));
    assert_eq!(code, 0, "{err}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert!(std::fs::symlink_metadata(&policy).unwrap().is_file());
    assert_ne!(std::fs::read_to_string(&policy).unwrap(), UNFORMATTED);
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp") && n != ".a.pol.polc-fmt.tmp")
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn fmt_keeps_the_mode_and_writes_a_symlinked_policy_at_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.pol");
    std::fs::write(&real, UNFORMATTED).unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o700)).unwrap();
    let link = dir.path().join("link.pol");
    symlink("real.pol", &link).unwrap();
    let (code, _, err) = run(polc().arg("fmt").arg(&link));
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    let formatted = std::fs::read_to_string(&real).unwrap();
    assert!(formatted.contains("\n  label"), "{formatted}");
    assert_eq!(mode(&real), 0o700);
}

#[test]
fn fmt_refuses_to_split_a_hard_linked_policy() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.pol");
    let b = dir.path().join("b.pol");
    std::fs::write(&a, UNFORMATTED).unwrap();
    std::fs::hard_link(&a, &b).unwrap();
    let (code, _, err) = run(polc().arg("fmt").arg(&a));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("hard links"), "{err}");
    assert_eq!(std::fs::read_to_string(&a).unwrap(), UNFORMATTED);
    assert_eq!(std::fs::read_to_string(&b).unwrap(), UNFORMATTED);
}

#[test]
fn fmt_check_fails_when_a_subdirectory_cannot_be_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("a.pol"), UNFORMATTED).unwrap();
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Permissions do not stop root: run as `nobody` then, where setpriv can switch.
    let mut cmd = if !is_root() {
        polc()
    } else if Path::new("/usr/bin/setpriv").exists() {
        let mut c = Command::new("/usr/bin/setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_polc"));
        c
    } else {
        return;
    };
    let (code, _, err) = run(cmd.args(["fmt", "--check"]).arg(dir.path()));
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("cannot read directory"), "{err}");
}

#[test]
fn fmt_of_a_directory_with_parent_symlinks_terminates() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p");
    std::fs::create_dir(&project).unwrap();
    std::fs::write(project.join("a.pol"), UNFORMATTED).unwrap();
    symlink("..", project.join("up1")).unwrap();
    symlink("..", project.join("up2")).unwrap();
    let (code, out, err) = run_within(
        polc().args(["fmt", "--check"]).arg(&project),
        Duration::from_secs(60),
    );
    assert_eq!(code, 1, "{err}");
    // The one file, listed once.
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("a.pol"), "{out}");
}

#[cfg(test)]
/// A project whose history `diff --write-history` extends, and the old version to compare.
fn history_pair() -> (tempfile::TempDir, PathBuf) {
    let megvii = root().join("examples/megvii");
    let new = tempfile::tempdir().unwrap();
    for name in ["pol.toml", "policy.pol", "clauses.pol", "website.pol"] {
        let mut text = std::fs::read_to_string(megvii.join(name)).unwrap();
        if name == "policy.pol" {
            let start = text.find("revision v2021_05_07 {").unwrap();
            let end = start + text[start..].find("\n}\n\n").unwrap() + 4;
            text.replace_range(start..end, "");
        }
        std::fs::write(new.path().join(name), text).unwrap();
    }
    (new, root().join("tests/fixtures/diff/megvii-2020-12-24"))
}

#[test]
fn write_history_leaves_the_policy_whole_when_the_write_fails() {
    let (new, old) = history_pair();
    let policy = new.path().join("policy.pol");
    let before = std::fs::read(&policy).unwrap();
    assert!(before.len() > 8192);
    // A file-size limit of 4 KiB (8 blocks of 512 bytes): any write past it fails with EFBIG,
    // as a full disk would fail it part-way.
    let script = format!(
        "trap '' XFSZ; ulimit -f 8; exec '{}' diff --write-history \"$0\" \"$1\"",
        env!("CARGO_BIN_EXE_polc")
    );
    let (code, _, err) = run(Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(&old)
        .arg(new.path()));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("cannot write"), "{err}");
    assert_eq!(
        std::fs::read(&policy).unwrap(),
        before,
        "the policy changed"
    );
    let stray: Vec<_> = std::fs::read_dir(new.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
}

#[test]
fn write_history_writes_a_symlinked_policy_at_its_target_with_its_mode() {
    let (new, old) = history_pair();
    // The policy lives in a subfolder of the project; the entry is a symlink to it.
    let real_dir = new.path().join("versions");
    std::fs::create_dir(&real_dir).unwrap();
    let real = real_dir.join("policy.pol");
    std::fs::rename(new.path().join("policy.pol"), &real).unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
    let link = new.path().join("policy.pol");
    symlink("versions/policy.pol", &link).unwrap();
    let (code, _, err) = run(polc()
        .args(["diff", "--write-history"])
        .arg(&old)
        .arg(new.path()));
    assert_eq!(code, 4, "{err}");
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(&real)
        .unwrap()
        .contains("revision v2021_05_07"));
    assert_eq!(mode(&real), 0o640);
}

#[test]
fn init_refuses_a_dangling_symlink_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("p");
    std::fs::create_dir(&target).unwrap();
    let victim = dir.path().join("victim.pol");
    symlink(&victim, target.join("policy.pol")).unwrap();
    let (code, _, err) = run(polc().arg("init").arg(&target));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("symlink"), "{err}");
    assert!(!victim.exists());
    assert!(!target.join("pol.toml").exists(), "half-written: pol.toml");
}

#[cfg(test)]
/// A git repository in a fresh directory, with the old megvii project at `rel` committed and
/// the new one in the working tree.
fn repo_with(rel: &str) -> (tempfile::TempDir, PathBuf) {
    let repo = tempfile::tempdir().unwrap();
    let project = repo.path().join(rel);
    std::fs::create_dir_all(&project).unwrap();
    let copy = |from: &Path| {
        for entry in std::fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, project.join(path.file_name().unwrap())).unwrap();
        }
    };
    copy(&root().join("tests/fixtures/diff/megvii-2020-12-24"));
    git(repo.path(), &["init", "-q"]);
    git(repo.path(), &["config", "user.email", "t@example.invalid"]);
    git(repo.path(), &["config", "user.name", "t"]);
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-qm", "old"]);
    copy(&root().join("examples/megvii"));
    (repo, project)
}

#[cfg(test)]
fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn diff_git_handles_non_ascii_paths() {
    let (_repo, project) = repo_with("政策 policies/旷视");
    let (code, out, err) = run(polc().args(["diff", "--git", "HEAD"]).arg(&project));
    assert_eq!(code, 4, "{out}{err}");
    assert!(out.contains("purpose `after_sales` added"), "{out}");
    // A file of the project, by a non-ASCII path, too.
    let (code, out, err) = run(polc()
        .args(["diff", "--git", "HEAD"])
        .arg(project.join("policy.pol")));
    assert_eq!(code, 4, "{out}{err}");
}

#[cfg(test)]
/// A blob, tree or commit written with `git hash-object --literally`, so that git's own
/// checks on tree entry names do not apply.
fn hash_object(repo: &Path, kind: &str, data: &[u8]) -> String {
    use std::io::Write;
    let mut child = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["hash-object", "-w", "--literally", "--stdin", "-t", kind])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(data).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[cfg(test)]
fn tree(repo: &Path, entries: &[(&str, &str, &str)]) -> String {
    let mut data = Vec::new();
    for (mode, name, hash) in entries {
        data.extend_from_slice(format!("{mode} {name}\0").as_bytes());
        for i in (0..hash.len()).step_by(2) {
            data.push(u8::from_str_radix(&hash[i..i + 2], 16).unwrap());
        }
    }
    hash_object(repo, "tree", &data)
}

#[test]
fn diff_git_never_writes_outside_its_temporary_directory() {
    let (repo, project) = repo_with("p");
    let tmp = tempfile::tempdir().unwrap();
    // A commit whose tree holds `a/../../escaped.pol`: relative to a temporary directory
    // under $TMPDIR, that is $TMPDIR/escaped.pol.
    let blob = hash_object(repo.path(), "blob", b"category escaped {}\n");
    let inner = tree(repo.path(), &[("100644", "escaped.pol", &blob)]);
    let up2 = tree(repo.path(), &[("40000", "..", &inner)]);
    let up1 = tree(repo.path(), &[("40000", "..", &up2)]);
    let policy = git(repo.path(), &["rev-parse", "HEAD:p/policy.pol"]);
    let p = tree(
        repo.path(),
        &[("40000", "a", &up1), ("100644", "policy.pol", &policy)],
    );
    let top = tree(repo.path(), &[("40000", "p", &p)]);
    let commit = git(repo.path(), &["commit-tree", &top, "-m", "crafted"]);
    let (code, out, err) = run(polc()
        .env("TMPDIR", tmp.path())
        .args(["diff", "--git", &commit])
        .arg(&project));
    assert_eq!(code, 2, "{out}{err}");
    let left: Vec<_> = walk(tmp.path());
    assert!(left.is_empty(), "written under $TMPDIR: {left:?}");
}

#[cfg(test)]
/// Every file under `dir`.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn diff_git_refuses_an_option_as_a_revision() {
    let (_repo, project) = repo_with("p");
    let out_file = project.join("written-by-git");
    let rev = format!("--output={}", out_file.display());
    let (code, _, err) = run(polc().args(["diff", "--git", &rev]).arg(&project));
    assert_eq!(code, 2, "{err}");
    assert!(!out_file.exists());
}

#[test]
fn control_characters_from_pol_toml_never_reach_the_terminal() {
    // Escapes in TOML strings end up in messages (`... is not a valid value`); raw control
    // bytes are a TOML error whose source line is shown.
    for (toml, shown_as) in [
        (
            "languages = [\"zh\\u001b]0;owned\\u0007\"]\nprofile = [\"\\u009b31m\"]\n",
            "\\u{1b}]0;owned\\u{7}",
        ),
        ("profile = [\"\u{1b}[2J\u{9b}31m\u{7}\"]\n", "\u{241b}[2J"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("pol.toml"), toml).unwrap();
        std::fs::copy(
            root().join("compiler/cli/starter/policy.pol"),
            dir.path().join("policy.pol"),
        )
        .unwrap();
        let out = polc()
            .args(["check", "--color", "never"])
            .arg(dir.path())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(err.contains("PROJ-001"), "{err}");
        for bad in ['\u{1b}', '\u{7}', '\u{9b}'] {
            assert!(!err.contains(bad), "{bad:?} reached the terminal: {err:?}");
        }
        // Shown, visibly, instead.
        assert!(err.contains(shown_as), "{err}");
    }
}

#[test]
fn invalid_utf8_in_pol_toml_is_a_counted_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pol.toml"), b"name = \"\xff\xfe\"\n").unwrap();
    std::fs::copy(
        root().join("compiler/cli/starter/policy.pol"),
        dir.path().join("policy.pol"),
    )
    .unwrap();
    let (code, out, err) = run(polc().args(["check", "--format", "json"]).arg(dir.path()));
    assert_eq!(code, 1, "{err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["summary"]["errors"], 1, "{out}");
    assert_eq!(report["diagnostics"][0]["code"], "SYN-005", "{out}");
    assert!(
        report["diagnostics"][0]["file"]
            .as_str()
            .is_some_and(|f| f.ends_with("pol.toml")),
        "{out}"
    );
}

#[test]
fn diff_summary_shows_the_author_s_control_characters_escaped() {
    let megvii = root().join("examples/megvii");
    let (old, new) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for name in ["pol.toml", "policy.pol", "clauses.pol", "website.pol"] {
        let text = std::fs::read_to_string(megvii.join(name)).unwrap();
        std::fs::write(old.path().join(name), &text).unwrap();
        let text = if name == "website.pol" {
            format!("{text}category evil {{\n  label {{ zh: \"坏\u{1b}]0;owned\u{7}\", en: \"evil\u{1b}[2J\" }}\n}}\n")
        } else {
            text
        };
        std::fs::write(new.path().join(name), text).unwrap();
    }
    let (code, out, err) = run(polc().arg("diff").arg(old.path()).arg(new.path()));
    assert_eq!(code, 4, "{out}{err}");
    assert!(out.contains("category `evil` added"), "{out}");
    for bad in ['\u{1b}', '\u{7}'] {
        assert!(!out.contains(bad) && !err.contains(bad), "{bad:?}: {out:?}");
    }
}
