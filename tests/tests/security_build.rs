//! `polc build` against hostile projects and hostile output directories: a `name` in
//! `pol.toml` cannot put a file outside `--out`, two policies cannot share a folder, `--out`
//! is replaced only when it is a previous build (or absent or empty), a kill at any moment
//! leaves the old output or the new one and no staging directories pile up, a full disk
//! leaves the old output, and `build --check` cannot be made to hang or read without bound.
//!
//! The kill test runs the build in a child process: this test binary itself, re-run with an
//! environment variable that makes [`child_build`] do the work (see there).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use pol::backends::output::{Output, Refusal, WriteError, MARKER};
use pol::backends::{self, site::Templates, BuildError};
use pol::diag::codes;
use pol::{Analysis, Workspace};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A small valid project (the starter `polc init` writes) in `dir`, with `toml` as its pol.toml.
fn project(dir: &Path, toml: &str) -> PathBuf {
    let src = root().join("compiler/cli/starter/policy.pol");
    std::fs::create_dir_all(dir).unwrap();
    std::fs::copy(src, dir.join("policy.pol")).unwrap();
    std::fs::write(dir.join("pol.toml"), toml).unwrap();
    dir.to_path_buf()
}

fn analyze(dir: &Path) -> Analysis {
    Workspace::open(dir).unwrap().analyze()
}

fn build(analyses: &[Analysis]) -> Result<Output, BuildError> {
    backends::build(analyses, &Templates::default())
}

/// Every file under `dir` with its contents (or link target) and mode: what "unchanged"
/// means in the refusal tests.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (String, u32)> {
    use std::os::unix::fs::PermissionsExt;
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(p) = stack.pop() {
        let meta = std::fs::symlink_metadata(&p).unwrap();
        let what = if meta.file_type().is_symlink() {
            format!("-> {}", std::fs::read_link(&p).unwrap().display())
        } else if meta.is_dir() {
            for e in std::fs::read_dir(&p).unwrap() {
                stack.push(e.unwrap().path());
            }
            "dir".to_string()
        } else {
            String::from_utf8_lossy(&std::fs::read(&p).unwrap()).into_owned()
        };
        out.insert(p, (what, meta.permissions().mode()));
    }
    out
}

fn staging_dirs(parent: &Path) -> Vec<String> {
    std::fs::read_dir(parent)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".polc-tmp-"))
        .collect()
}

// ---------------------------------------------------------------------------------------
// Names

#[test]
fn a_name_that_is_a_path_is_a_located_error_and_builds_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    for (i, name) in [
        "../../../tmp/x",
        "/var/www/site",
        "a/b",
        "..",
        ".",
        "a\\\\b",
        "my policy",
        "隐私政策",
        "a\\u001b[2J",
        "assets",
        "",
    ]
    .iter()
    .enumerate()
    {
        let toml = format!("name = \"{name}\"\n");
        let a = analyze(&project(&tmp.path().join(i.to_string()), &toml));
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code == codes::PROJ_INVALID)
            .unwrap_or_else(|| panic!("{name:?}: no PROJ-001 in {:?}", a.diagnostics));
        // Located at the value in pol.toml.
        assert_eq!(a.db.text(d.primary.span), format!("\"{name}\""), "{name:?}");
        assert!(a.has_errors());
        assert_eq!(a.config.name, None, "{name:?}: an invalid name is left out");
    }
}

/// The model is public: a name put there by other means than `pol.toml` is refused by the
/// backends too, before anything is rendered.
#[test]
fn the_backends_refuse_an_unsafe_id_whatever_its_origin() {
    let tmp = tempfile::tempdir().unwrap();
    let mut a = analyze(&project(tmp.path(), "name = \"acme\"\n"));
    assert!(!a.has_errors(), "{:?}", a.diagnostics);
    for bad in ["../escape", "/abs", "x/../../y"] {
        a.config.name = Some(bad.to_string());
        match build(std::slice::from_ref(&a)) {
            Err(BuildError::InvalidId { id, index: 0, .. }) => assert_eq!(id, bad),
            other => panic!("{bad}: {other:?}"),
        }
    }
}

#[test]
fn two_policies_with_one_id_are_an_error_even_in_another_case() {
    let tmp = tempfile::tempdir().unwrap();
    let a = analyze(&project(&tmp.path().join("a"), "name = \"acme\"\n"));
    let b = analyze(&project(&tmp.path().join("b"), "name = \"acme\"\n"));
    let c = analyze(&project(&tmp.path().join("c"), "name = \"ACME\"\n"));
    let d = analyze(&project(&tmp.path().join("d"), "name = \"other\"\n"));
    match build(&[a, d, b]) {
        Err(BuildError::DuplicateId {
            id,
            first: 0,
            second: 2,
        }) => assert_eq!(id, "acme"),
        other => panic!("{other:?}"),
    }
    let a = analyze(&project(&tmp.path().join("a"), "name = \"acme\"\n"));
    assert!(matches!(
        build(&[a, c]),
        Err(BuildError::DuplicateId { .. })
    ));
}

/// Every id that passes is used as is: its folder exists and the index links into it.
#[test]
fn index_links_resolve_for_every_valid_id() {
    let tmp = tempfile::tempdir().unwrap();
    let ids = ["Acme_2-x", "9lives", &"x".repeat(64)];
    let analyses: Vec<Analysis> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let a = analyze(&project(
                &tmp.path().join(i.to_string()),
                &format!("name = \"{id}\"\n"),
            ));
            assert!(!a.has_errors(), "{id}: {:?}", a.diagnostics);
            a
        })
        .collect();
    let out = build(&analyses).unwrap();
    let index = String::from_utf8(out.files["index.html"].clone()).unwrap();
    for id in ids {
        for lang in ["zh", "en"] {
            let link = format!("href=\"{id}/{lang}/index.html\"");
            assert!(index.contains(&link), "no {link}");
            assert!(out.files.contains_key(&format!("{id}/{lang}/index.html")));
        }
    }
    let site = tmp.path().join("site");
    out.write_atomic(&site).unwrap();
    assert!(site.join(ids[2]).join("en/index.html").is_file());
}

// ---------------------------------------------------------------------------------------
// --out

fn small_output(text: &str) -> Output {
    let mut o = Output::default();
    o.extend(
        "",
        [
            ("index.html".to_string(), text.as_bytes().to_vec()),
            ("acme/zh/index.html".to_string(), text.as_bytes().to_vec()),
        ],
    );
    o
}

/// Each directory a careless `--out` can name: refused, and nothing in it changes, nor beside it.
#[test]
fn out_is_refused_unless_absent_empty_or_a_previous_build() {
    let tmp = tempfile::tempdir().unwrap();
    // The project itself, with its sources and history.
    let proj = project(&tmp.path().join("proj"), "name = \"acme\"\n");
    std::fs::create_dir_all(proj.join(".git/objects")).unwrap();
    std::fs::write(proj.join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    // A folder of unrelated files, one of them hidden.
    let docs = tmp.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(docs.join(".env"), "SECRET=1").unwrap();
    // A file.
    let file = tmp.path().join("file.txt");
    std::fs::write(&file, "keep me").unwrap();
    // A read-only previous build.
    let ro = tmp.path().join("ro");
    small_output("old").write_atomic(&ro).unwrap();
    let mut perms = std::fs::metadata(&ro).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&ro, perms.clone()).unwrap();
    // A link to a previous build.
    let built = tmp.path().join("built");
    small_output("old").write_atomic(&built).unwrap();
    let link = tmp.path().join("link");
    std::os::unix::fs::symlink(&built, &link).unwrap();
    // A marker that is a link, not a file: not a previous build.
    let fake = tmp.path().join("fake");
    std::fs::create_dir(&fake).unwrap();
    std::fs::write(fake.join("data"), "x").unwrap();
    std::os::unix::fs::symlink("/etc/hostname", fake.join(MARKER)).unwrap();

    let before = snapshot(tmp.path());
    for (dir, why) in [
        (proj.clone(), "not a build"),
        (docs.clone(), "not a build"),
        (tmp.path().to_path_buf(), "not a build"),
        (file.clone(), "not a directory"),
        (ro.clone(), "read-only"),
        (link.clone(), "symbolic link"),
        (fake.clone(), "not a build"),
    ] {
        let err = small_output("new").write_atomic(&dir).unwrap_err();
        let ok = matches!(
            (&err, why),
            (
                WriteError::Refused {
                    why: Refusal::NotABuild { .. },
                    ..
                },
                "not a build"
            ) | (
                WriteError::Refused {
                    why: Refusal::NotADirectory,
                    ..
                },
                "not a directory"
            ) | (
                WriteError::Refused {
                    why: Refusal::ReadOnly,
                    ..
                },
                "read-only"
            ) | (
                WriteError::Refused {
                    why: Refusal::Symlink,
                    ..
                },
                "symbolic link"
            )
        );
        assert!(ok, "{}: expected {why}, got {err:?}", dir.display());
        assert!(
            err.to_string().contains(&dir.display().to_string()),
            "{err}"
        );
    }
    assert_eq!(
        snapshot(tmp.path()),
        before,
        "a refused --out changed something"
    );
    #[allow(
        clippy::permissions_set_readonly_false,
        reason = "the test's own directory"
    )]
    perms.set_readonly(false);
    std::fs::set_permissions(&ro, perms).unwrap();

    // Absent (with absent parents), empty and previous builds are written.
    for dir in [
        tmp.path().join("new/deeper/site"),
        tmp.path().join("empty"),
        built.clone(),
    ] {
        if dir.ends_with("empty") {
            std::fs::create_dir(&dir).unwrap();
        }
        small_output("new").write_atomic(&dir).unwrap();
        assert!(small_output("new").compare(&dir).unwrap().is_fresh());
    }
    assert!(staging_dirs(tmp.path()).is_empty());
}

/// A valid name of 250 bytes (NAME_MAX is 255) stays writable: staging names do not grow
/// with the target's.
#[test]
fn a_long_out_name_is_not_pushed_past_the_name_limit() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("é".repeat(125)); // 250 bytes
    small_output("1").write_atomic(&dir).unwrap();
    small_output("2").write_atomic(&dir).unwrap();
    assert!(small_output("2").compare(&dir).unwrap().is_fresh());
    assert!(staging_dirs(tmp.path()).is_empty());
}

// ---------------------------------------------------------------------------------------
// Kills

const CHILD_OUT: &str = "POL_SECURITY_BUILD_CHILD_OUT";
const CHILD_PROJECTS: &str = "POL_SECURITY_BUILD_CHILD_PROJECTS";

/// The child of [`a_kill_at_any_moment_leaves_the_old_or_the_new_output`]: builds the projects
/// in `$POL_SECURITY_BUILD_CHILD_PROJECTS` (separated by `\n`) into
/// `$POL_SECURITY_BUILD_CHILD_OUT`, printing `rendered` once everything is in memory, so the
/// parent can aim its kill at the writing. Without the variables (a normal test run) it does
/// nothing.
#[test]
fn child_build() {
    let (Ok(out), Ok(projects)) = (std::env::var(CHILD_OUT), std::env::var(CHILD_PROJECTS)) else {
        return;
    };
    let analyses: Vec<Analysis> = projects.lines().map(|p| analyze(Path::new(p))).collect();
    let output = build(&analyses).unwrap();
    println!("rendered");
    use std::io::Write;
    std::io::stdout().flush().unwrap();
    output.write_atomic(Path::new(&out)).unwrap();
}

/// A small deterministic generator (xorshift), so a failing run can be repeated from its seed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// The child, and a channel that receives once it has printed `rendered` (or ended). Its
/// output is read to the end on a thread, so it never blocks or dies writing to a full or
/// closed pipe.
fn spawn_child(
    out: &Path,
    projects: &[PathBuf],
) -> (std::process::Child, std::sync::mpsc::Receiver<()>) {
    use std::io::BufRead;
    let list: Vec<String> = projects.iter().map(|p| p.display().to_string()).collect();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child_build", "--nocapture", "--test-threads=1"])
        .env(CHILD_OUT, out)
        .env(CHILD_PROJECTS, list.join("\n"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            match line {
                Ok(l) if l.contains("rendered") => {
                    let _ = tx.send(());
                }
                Ok(_) => {}
                Err(_) => break,
            }
        }
        let _ = tx.send(()); // ended: nothing more to wait for
    });
    (child, rx)
}

/// 24 builds of two different sites into one `--out`, each killed (SIGKILL) at a random moment:
/// half anywhere in the process's life, half while it writes. After every kill `--out` is
/// exactly one of the two sites (or absent before the first build completed), at most one
/// staging directory exists (the killed build's), and a final build leaves none.
#[test]
fn a_kill_at_any_moment_leaves_the_old_or_the_new_output() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let ex = root().join("examples");
    let sites = [
        vec![ex.join("megvii"), ex.join("databaker")],
        vec![ex.join("shengshu")],
    ];
    let expected: Vec<Output> = sites
        .iter()
        .map(|ps| build(&ps.iter().map(|p| analyze(p)).collect::<Vec<_>>()).unwrap())
        .collect();
    // How long a whole child and its writing take, to aim the kills.
    let start = Instant::now();
    let (mut child, rendered) = spawn_child(&out, &sites[0]);
    rendered.recv().unwrap();
    let rendered = start.elapsed();
    assert!(child.wait().unwrap().success());
    let total = start.elapsed();
    let writing = total.saturating_sub(rendered).max(Duration::from_millis(2));
    assert!(expected[0].compare(&out).unwrap().is_fresh());

    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    eprintln!("kill test: seed {seed}, child {total:?}, writing {writing:?}");
    let mut rng = Rng(seed);
    let mut completed = 0;
    for round in 0..24 {
        let which = round % 2;
        let (mut child, rendered) = spawn_child(&out, &sites[1 - which]);
        let delay = if round % 4 < 2 {
            Duration::from_micros(rng.below(total.as_micros() as u64))
        } else {
            rendered.recv().unwrap();
            Duration::from_micros(rng.below(writing.as_micros() as u64 * 2))
        };
        std::thread::sleep(delay);
        let _ = child.kill();
        let status = child.wait().unwrap();
        if status.success() {
            completed += 1;
        }
        let fresh: Vec<bool> = expected
            .iter()
            .map(|o| o.compare(&out).unwrap().is_fresh())
            .collect();
        assert!(
            fresh.contains(&true),
            "seed {seed}, round {round}: --out is neither the old nor the new site: {:?}",
            expected[0].compare(&out).unwrap()
        );
        let left = staging_dirs(tmp.path());
        assert!(
            left.len() <= 1,
            "seed {seed}, round {round}: staging directories pile up: {left:?}"
        );
    }
    eprintln!("kill test: {completed} of 24 builds finished before their kill");
    let (mut child, _) = spawn_child(&out, &sites[1]);
    assert!(child.wait().unwrap().success());
    assert!(expected[1].compare(&out).unwrap().is_fresh());
    assert_eq!(staging_dirs(tmp.path()), Vec::<String>::new());
}

// ---------------------------------------------------------------------------------------
// Full disk

/// A tmpfs mounted for the test, unmounted when dropped.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(dir: &Path, size: &str) -> Result<Tmpfs, String> {
        std::fs::create_dir_all(dir).unwrap();
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .output()
            .map_err(|e| e.to_string())?;
        if out.status.success() {
            Ok(Tmpfs(dir.to_path_buf()))
        } else {
            Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
        }
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

/// A build that fills the disk fails, and leaves the previous output and no staging
/// directory. Needs a small file system of its own: a tmpfs, which only root can mount; the
/// test says so and passes without it.
#[test]
fn a_full_disk_leaves_the_old_output() {
    let tmp = tempfile::tempdir().unwrap();
    let mnt = tmp.path().join("mnt");
    let fs = match Tmpfs::mount(&mnt, "4m") {
        Ok(fs) => fs,
        Err(e) => {
            eprintln!("SKIPPED a_full_disk_leaves_the_old_output: cannot mount a tmpfs ({e})");
            return;
        }
    };
    let out = fs.0.join("site");
    let ex = root().join("examples");
    let old = build(&[analyze(&ex.join("shengshu"))]).unwrap();
    let new = build(&[analyze(&ex.join("megvii"))]).unwrap();
    old.write_atomic(&out).unwrap();
    // Fill the disk up to a little less than the new site needs.
    let need: usize = new.files.values().map(Vec::len).sum();
    let filler = fs.0.join("filler");
    {
        use std::io::Write;
        let mut f = std::fs::File::create(&filler).unwrap();
        let block = vec![0u8; 64 * 1024];
        while f.write_all(&block).is_ok() {}
        let _ = f.flush();
    }
    let len = std::fs::metadata(&filler).unwrap().len();
    std::fs::File::options()
        .write(true)
        .open(&filler)
        .unwrap()
        .set_len(len.saturating_sub(need as u64 / 2))
        .unwrap();
    match new.write_atomic(&out) {
        Err(WriteError::Io(e)) => assert_eq!(e.raw_os_error(), Some(28), "{e}"), // ENOSPC
        other => panic!("expected a full disk, got {other:?}"),
    }
    assert!(
        old.compare(&out).unwrap().is_fresh(),
        "the old output changed"
    );
    assert!(staging_dirs(&fs.0).is_empty(), "{:?}", staging_dirs(&fs.0));
    std::fs::remove_file(&filler).unwrap();
    new.write_atomic(&out).unwrap();
    assert!(new.compare(&out).unwrap().is_fresh());
}

// ---------------------------------------------------------------------------------------
// build --check

/// `--check` on an output where expected files were replaced by a FIFO, a device, a link to
/// `/dev/zero` and a sparse 1 TiB file, with a link to `/` beside them: answers (no hang, no
/// unbounded read) and calls each of them different or extra. Run on a thread with a deadline
/// so a regression fails instead of hanging the suite.
#[test]
fn check_does_not_hang_or_read_without_bound_on_special_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("site");
    let mut o = Output::default();
    o.extend(
        "",
        ["fifo", "device", "zero", "huge", "same"]
            .iter()
            .map(|n| (format!("a/{n}"), b"x".to_vec())),
    );
    o.write_atomic(&dir).unwrap();
    let a = dir.join("a");
    for n in ["fifo", "device", "zero", "huge"] {
        std::fs::remove_file(a.join(n)).unwrap();
    }
    assert!(Command::new("mkfifo")
        .arg(a.join("fifo"))
        .status()
        .unwrap()
        .success());
    // The device /dev/zero is (1, 5); only root may make one: a link stands in otherwise.
    let device = Command::new("mknod")
        .arg(a.join("device"))
        .args(["c", "1", "5"])
        .status()
        .is_ok_and(|s| s.success());
    if !device {
        eprintln!("note: cannot mknod a device here; testing a second link to /dev/zero");
        std::os::unix::fs::symlink("/dev/zero", a.join("device")).unwrap();
    }
    std::os::unix::fs::symlink("/dev/zero", a.join("zero")).unwrap();
    std::fs::File::create(a.join("huge"))
        .unwrap()
        .set_len(1 << 40)
        .unwrap();
    std::os::unix::fs::symlink("/", a.join("root")).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let o2 = o.clone();
    let d2 = dir.clone();
    std::thread::spawn(move || {
        let _ = tx.send(o2.compare(&d2).map_err(|e| e.to_string()));
    });
    let s = rx
        .recv_timeout(Duration::from_secs(120))
        .expect("build --check hung")
        .unwrap();
    assert_eq!(s.different, vec!["a/device", "a/fifo", "a/huge", "a/zero"]);
    assert_eq!(s.extra, vec!["a/root"]);
    assert!(s.missing.is_empty());
}
