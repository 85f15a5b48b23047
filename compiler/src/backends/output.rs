//! The build's output as an in-memory list of files, written atomically, and compared with a
//! committed copy (`polc build --check`).
//!
//! Everything is rendered before anything is written: a policy with errors or a broken template
//! leaves the disk untouched.
//!
//! # What `--out` may be
//!
//! The output directory is replaced as a whole, so it is written only when it is absent, an
//! empty directory, or a previous build: a directory holding the [`MARKER`] file every build
//! writes. Anything else (a folder of other files, the project itself, a file, a symbolic link,
//! a read-only directory) is refused before anything is written ([`Refusal`]).
//!
//! # How it is replaced
//!
//! The files go to a staging directory beside the target (`.polc-tmp-<name>-<random>`, made
//! with an exclusive `mkdir` under an unpredictable name, its length bounded whatever the
//! target's name), which then takes the target's place:
//!
//! - on Linux and macOS by one atomic exchange of the two directories (`renameat2`
//!   `RENAME_EXCHANGE`, `renamex_np` `RENAME_SWAP`), after which the staging name holds the
//!   old output and is removed. A kill at any moment leaves the old output or the new one.
//! - elsewhere, or on a file system without the exchange, by two renames (old aside, new in);
//!   a kill between the two leaves no output, only the old one under a staging name.
//!
//! # Staging directories left by a kill
//!
//! The first thing written into a staging directory is its [`MARKER`], and the writing process
//! holds an exclusive `flock` on it until it is done. Every build first removes the staging
//! directories beside its target whose marker it can lock (their writer is gone: the kernel
//! drops a lock when its process dies, however it dies) and the empty ones (a kill between the
//! `mkdir` and the marker). A directory whose marker is locked belongs to a build still
//! running and is left alone; a directory without the marker is not pol's and is never
//! touched. So leftovers never accumulate: after any build at most the ones of builds still
//! running remain.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// The file every build writes at the top of its output, and by which a later build knows the
/// directory is its own to replace.
pub const MARKER: &str = ".pol-build";

/// The marker's contents: the same bytes every build, so `--check` can compare them.
pub const MARKER_TEXT: &str = "This directory was written by `polc build`.\n\
    The next `polc build --out` to it replaces it as a whole: keep nothing else in it.\n\
    Without this file, polc refuses to write here.\n";

/// The prefix of staging directories (see the module documentation).
const STAGING_PREFIX: &str = ".polc-tmp-";

/// At most this many bytes of the target's name go into a staging name, so that a valid long
/// name does not become an invalid one (NAME_MAX is 255 bytes on most file systems).
const STAGING_NAME_BYTES: usize = 32;

/// A relative path (with `/`) -> contents. A map, so the order (and so the output) is
/// deterministic and a path cannot be produced twice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    pub files: BTreeMap<String, Vec<u8>>,
}

/// Why an `--out` directory is not written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A file, FIFO, device, ... where the directory should be.
    NotADirectory,
    /// A symbolic link: renaming over it would replace the link, not what it points to.
    Symlink,
    /// A directory without write permission: someone meant it to stay as it is.
    ReadOnly,
    /// A non-empty directory without the [`MARKER`]; `entry` is one of the names it holds.
    NotABuild { entry: String },
    /// A path with no parent to put the staging directory in (`/`).
    NoParent,
    /// The directory is or contains one of the build's inputs (checked by the command line,
    /// which knows them).
    HoldsInput { input: PathBuf },
}

/// Why [`Output::write_atomic`] wrote nothing.
#[derive(Debug)]
pub enum WriteError {
    /// The target is not something a build may replace; nothing was changed.
    Refused { dir: PathBuf, why: Refusal },
    /// Reading or writing failed; the previous output, if any, is as it was.
    Io(io::Error),
}

impl From<io::Error> for WriteError {
    fn from(e: io::Error) -> WriteError {
        WriteError::Io(e)
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (dir, why) = match self {
            WriteError::Io(e) => return write!(f, "{e}"),
            WriteError::Refused { dir, why } => (dir.display(), why),
        };
        match why {
            Refusal::NotADirectory => write!(
                f,
                "{dir} exists and is not a directory; polc build writes a directory and will not replace a file"
            ),
            Refusal::Symlink => write!(
                f,
                "{dir} is a symbolic link; polc build replaces --out by renaming, which would replace the link: pass the directory it points to"
            ),
            Refusal::ReadOnly => write!(
                f,
                "{dir} is read-only; polc build will not replace it (make it writable to allow this)"
            ),
            Refusal::NotABuild { entry } => write!(
                f,
                "{dir} is not empty and is not the output of a previous build (it has no {MARKER} file, and holds {entry:?}); \
                 polc build replaces --out as a whole, so it writes only to a new or empty directory or to one it built. \
                 Choose another --out, or empty or remove this directory yourself \
                 (an output of a polc older than this rule has no {MARKER}: remove it once)"
            ),
            Refusal::NoParent => write!(f, "{dir} has no parent directory; choose another --out"),
            Refusal::HoldsInput { input } => write!(
                f,
                "{dir} holds the input {}: replacing it would delete the policy; choose another --out",
                input.display()
            ),
        }
    }
}

impl std::error::Error for WriteError {}

/// `dir` as (parent, name), for the staging directory beside it. `.` and `..` are resolved,
/// since they name no entry that can be renamed.
fn split(dir: &Path) -> Result<(PathBuf, std::ffi::OsString), WriteError> {
    let refused = || WriteError::Refused {
        dir: dir.to_path_buf(),
        why: Refusal::NoParent,
    };
    let plain = matches!(
        dir.components().next_back(),
        Some(std::path::Component::Normal(_))
    );
    let dir = if plain {
        dir.to_path_buf()
    } else {
        fs::canonicalize(dir)?
    };
    let name = dir.file_name().ok_or_else(refused)?.to_os_string();
    let parent = match dir.parent() {
        Some(p) if p.as_os_str().is_empty() => PathBuf::from("."),
        Some(p) => p.to_path_buf(),
        None => return Err(refused()),
    };
    Ok((parent, name))
}

/// Whether a build may replace `dir` ([`Refusal`]); `Ok` when it is absent, an empty
/// directory or a previous build. Reads only `dir`'s metadata and the names of its entries.
pub fn check_target(dir: &Path) -> Result<(), WriteError> {
    let refused = |why| WriteError::Refused {
        dir: dir.to_path_buf(),
        why,
    };
    split(dir)?;
    let meta = match fs::symlink_metadata(dir) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    if meta.file_type().is_symlink() {
        return Err(refused(Refusal::Symlink));
    }
    if !meta.is_dir() {
        return Err(refused(Refusal::NotADirectory));
    }
    if meta.permissions().readonly() {
        return Err(refused(Refusal::ReadOnly));
    }
    if is_marked(dir) {
        return Ok(());
    }
    match fs::read_dir(dir)?.next() {
        None => Ok(()),
        Some(entry) => Err(refused(Refusal::NotABuild {
            entry: entry?.file_name().to_string_lossy().into_owned(),
        })),
    }
}

/// Whether `dir` holds the marker as a regular file (not a link to one).
fn is_marked(dir: &Path) -> bool {
    fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.file_type().is_file())
}

impl Output {
    /// Adds files under a folder (`megvii` + `zh/index.html`).
    pub fn extend(&mut self, prefix: &str, files: impl IntoIterator<Item = (String, Vec<u8>)>) {
        for (path, bytes) in files {
            let path = if prefix.is_empty() {
                path
            } else {
                format!("{prefix}/{path}")
            };
            self.files.insert(path, bytes);
        }
    }

    /// Writes the output to `dir`, replacing a previous build there, atomically; refuses a
    /// `dir` that is not absent, empty or a previous build ([`check_target`]).
    pub fn write_atomic(&self, dir: &Path) -> Result<(), WriteError> {
        self.write_atomic_with(dir, |path, bytes| {
            use std::io::Write;
            // `create_new`: a name in the fresh staging directory is never an existing file or
            // a link planted there.
            fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)?
                .write_all(bytes)
        })
    }

    /// [`Output::write_atomic`] with the function that writes one file, so tests can make it
    /// fail half-way.
    pub fn write_atomic_with(
        &self,
        dir: &Path,
        mut write: impl FnMut(&Path, &[u8]) -> io::Result<()>,
    ) -> Result<(), WriteError> {
        check_target(dir)?;
        let (parent, name) = split(dir)?;
        fs::create_dir_all(&parent)?;
        remove_stale_staging(&parent);
        let (staging, _lock) = new_staging(&parent, &name.to_string_lossy())?;
        for (rel, bytes) in &self.files {
            let path = staging.path().join(rel);
            if let Some(p) = path.parent() {
                fs::create_dir_all(p)?;
            }
            write(&path, bytes)?;
        }
        // Checked again: the target may have changed while the files were written.
        check_target(dir)?;
        let staged = staging.keep();
        match swap_into_place(&staged, &parent.join(&name), &parent) {
            Ok(()) => {
                // The staging name now holds the old output (or nothing). Failing to remove it
                // is not failing the build: the next build removes it.
                remove_staging(&staged);
                Ok(())
            }
            Err(e) => {
                remove_staging(&staged);
                Err(e.into())
            }
        }
    }

    /// The differences between this output (with its [`MARKER`]) and the files in `dir`:
    /// paths missing from `dir`, extra in `dir`, and present in both with different contents.
    /// All empty when `dir` is up to date.
    ///
    /// Only regular files are read, and only up to the size expected: a FIFO, a device, a
    /// symbolic link or a file of another size is "different" (or "extra") without being
    /// opened, and links to directories are not followed.
    pub fn compare(&self, dir: &Path) -> io::Result<Staleness> {
        let mut s = Staleness::default();
        let expected = |path: &str| -> Option<&[u8]> {
            if path == MARKER {
                Some(MARKER_TEXT.as_bytes())
            } else {
                self.files.get(path).map(Vec::as_slice)
            }
        };
        let all = || std::iter::once(MARKER.to_string()).chain(self.files.keys().cloned());
        // `metadata` follows a link given as --out itself: `--check` only reads.
        match fs::metadata(dir) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                s.missing = all().collect();
                s.missing.sort();
                return Ok(s);
            }
            Err(e) => return Err(e),
            Ok(m) if !m.is_dir() => {
                return Err(io::Error::new(
                    io::ErrorKind::NotADirectory,
                    "not a directory",
                ))
            }
            Ok(_) => {}
        }
        let mut seen = HashSet::new();
        let walk = walkdir::WalkDir::new(dir)
            .follow_links(false)
            .min_depth(1)
            .sort_by_file_name();
        for entry in walk {
            let entry = entry.map_err(io::Error::from)?;
            if entry.file_type().is_dir() {
                continue;
            }
            let rel = entry
                .path()
                .strip_prefix(dir)
                .unwrap_or(entry.path())
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            match expected(&rel) {
                None => s.extra.push(rel),
                Some(bytes) => {
                    if !entry.file_type().is_file() || !same_contents(entry.path(), bytes)? {
                        s.different.push(rel.clone());
                    }
                    seen.insert(rel);
                }
            }
        }
        s.missing = all().filter(|p| !seen.contains(p)).collect();
        s.missing.sort();
        s.different.sort();
        s.extra.sort();
        Ok(s)
    }
}

/// Whether the regular file at `path` holds exactly `bytes`. Opened without following a link
/// and without blocking (it may have become a FIFO since it was listed), checked to be a
/// regular file of the right size, and read no further than that size.
fn same_contents(path: &Path, bytes: &[u8]) -> io::Result<bool> {
    let file = open_no_follow(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() || meta.len() != bytes.len() as u64 {
        return Ok(false);
    }
    let mut disk = Vec::with_capacity(bytes.len());
    file.take(bytes.len() as u64 + 1).read_to_end(&mut disk)?;
    Ok(disk == bytes)
}

#[cfg(unix)]
fn open_no_follow(path: &Path) -> io::Result<File> {
    use rustix::fs::{Mode, OFlags};
    let fd = rustix::fs::open(
        path,
        OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC,
        Mode::empty(),
    )?;
    Ok(File::from(fd))
}

#[cfg(not(unix))]
fn open_no_follow(path: &Path) -> io::Result<File> {
    if fs::symlink_metadata(path)?.file_type().is_symlink() {
        return Err(io::Error::other("a symbolic link"));
    }
    File::open(path)
}

/// What `polc build --check` reports.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Staleness {
    pub missing: Vec<String>,
    pub extra: Vec<String>,
    pub different: Vec<String>,
}

impl Staleness {
    pub fn is_fresh(&self) -> bool {
        self.missing.is_empty() && self.extra.is_empty() && self.different.is_empty()
    }
}

/// A new staging directory in `parent` for the target `name`, with its marker written and
/// locked (the lock lasts as long as the returned file). The directory is removed if this
/// fails, and when the `TempDir` is dropped before `keep`.
fn new_staging(parent: &Path, name: &str) -> io::Result<(tempfile::TempDir, File)> {
    let mut short = name.trim_start_matches('.');
    while short.len() > STAGING_NAME_BYTES {
        let mut end = STAGING_NAME_BYTES;
        while !short.is_char_boundary(end) {
            end -= 1;
        }
        short = &short[..end];
    }
    // A concurrent build may remove an empty staging directory before its marker exists
    // (it cannot tell it from one left by a kill): then start again.
    let prefix = format!("{STAGING_PREFIX}{short}-");
    let mut attempts = 0;
    loop {
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix);
        #[cfg(unix)]
        {
            // Never writable by others, whatever the umask: nobody can plant a link in it.
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(fs::Permissions::from_mode(0o755));
        }
        let staging = builder.tempdir_in(parent)?;
        match create_marker(staging.path()) {
            Ok(lock) => return Ok((staging, lock)),
            Err(e) if e.kind() == io::ErrorKind::NotFound && attempts < 3 => attempts += 1,
            Err(e) => return Err(e),
        }
    }
}

fn create_marker(dir: &Path) -> io::Result<File> {
    use std::io::Write;
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(dir.join(MARKER))?;
    lock(&file, true)?;
    file.write_all(MARKER_TEXT.as_bytes())?;
    Ok(file)
}

/// An exclusive lock on `file`: waits for it when `wait`, else fails at once if it is held.
#[cfg(unix)]
fn lock(file: &File, wait: bool) -> io::Result<()> {
    use rustix::fs::FlockOperation;
    let op = if wait {
        FlockOperation::LockExclusive
    } else {
        FlockOperation::NonBlockingLockExclusive
    };
    Ok(rustix::fs::flock(file, op)?)
}

/// Without `flock`, no staging directory can be shown to be abandoned: none is removed.
#[cfg(not(unix))]
fn lock(_file: &File, wait: bool) -> io::Result<()> {
    if wait {
        Ok(())
    } else {
        Err(io::Error::from(io::ErrorKind::WouldBlock))
    }
}

/// Removes the staging directories in `parent` left by builds that are no longer running (see
/// the module documentation). Best effort: what cannot be removed now is tried again by the
/// next build.
fn remove_stale_staging(parent: &Path) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        if !entry
            .file_name()
            .to_string_lossy()
            .starts_with(STAGING_PREFIX)
        {
            continue;
        }
        // Not following links: a link named like a staging directory is left alone.
        if !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        let path = entry.path();
        let marker = path.join(MARKER);
        let Ok(file) = open_no_follow(&marker) else {
            // No marker (or not readable): pol's only if empty, which `remove_dir` checks.
            let _ = fs::remove_dir(&path);
            continue;
        };
        if file.metadata().is_ok_and(|m| m.is_file()) && lock(&file, false).is_ok() {
            remove_staging(&path);
        }
    }
}

/// Removes a staging directory, its marker last: a kill half-way leaves a directory that the
/// next build still recognises as pol's (marker) or that is empty, never an anonymous one.
fn remove_staging(dir: &Path) {
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            if entry.file_name() == MARKER {
                continue;
            }
            let path = entry.path();
            let _ = match entry.file_type() {
                Ok(t) if t.is_dir() => fs::remove_dir_all(&path),
                _ => fs::remove_file(&path),
            };
        }
    }
    let _ = fs::remove_file(dir.join(MARKER));
    let _ = fs::remove_dir(dir);
}

/// Puts the staged directory in `dir`'s place; afterwards `staged` holds the old output (or
/// nothing). See the module documentation.
fn swap_into_place(staged: &Path, dir: &Path, parent: &Path) -> io::Result<()> {
    match fs::symlink_metadata(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return fs::rename(staged, dir),
        Err(e) => return Err(e),
        Ok(_) => {}
    }
    if exchange(staged, dir)? {
        return Ok(());
    }
    // Two renames. `rename` cannot replace a non-empty directory, so the old output goes
    // aside first, under a staging name (so a kill here leaves it for the next build to
    // remove) ...
    let aside = tempfile::Builder::new()
        .prefix(STAGING_PREFIX)
        .tempdir_in(parent)?
        .keep();
    fs::remove_dir(&aside)?;
    fs::rename(dir, &aside)?;
    if let Err(e) = fs::rename(staged, dir) {
        // ... and comes back if the new one cannot go in.
        let _ = fs::rename(&aside, dir);
        let _ = fs::remove_dir_all(&aside);
        return Err(e);
    }
    // `staged` is empty now: give it the old output to remove.
    let _ = fs::rename(&aside, staged);
    let _ = fs::remove_dir_all(&aside);
    Ok(())
}

/// Exchanges the two directories atomically. `Ok(false)` when the platform or file system
/// cannot.
#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(e) if e == Errno::INVAL || e == Errno::NOSYS || e == Errno::NOTSUP => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
fn exchange(_a: &Path, _b: &Path) -> io::Result<bool> {
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn output(files: &[(&str, &str)]) -> Output {
        let mut o = Output::default();
        o.extend(
            "",
            files
                .iter()
                .map(|(p, b)| (p.to_string(), b.as_bytes().to_vec())),
        );
        o
    }

    #[test]
    fn replaces_previous_output_and_leaves_no_staging_dirs() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("site");
        output(&[("a/x.txt", "1"), ("b.txt", "2")])
            .write_atomic(&dir)
            .unwrap();
        output(&[("c.txt", "3")]).write_atomic(&dir).unwrap();
        assert!(!dir.join("b.txt").exists());
        assert_eq!(std::fs::read_to_string(dir.join("c.txt")).unwrap(), "3");
        let names: Vec<_> = std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("site")]);
    }

    #[test]
    fn a_failure_mid_write_leaves_the_previous_output_untouched() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("site");
        output(&[("old.txt", "old")]).write_atomic(&dir).unwrap();
        let mut n = 0;
        let err = output(&[("a.txt", "1"), ("b.txt", "2"), ("c.txt", "3")])
            .write_atomic_with(&dir, |p, b| {
                n += 1;
                if n == 2 {
                    return Err(io::Error::other("disk full"));
                }
                std::fs::write(p, b)
            })
            .unwrap_err();
        assert_eq!(err.to_string(), "disk full");
        assert_eq!(std::fs::read_to_string(dir.join("old.txt")).unwrap(), "old");
        assert!(!dir.join("a.txt").exists());
        let count = std::fs::read_dir(tmp.path()).unwrap().count();
        assert_eq!(count, 1, "the staging directory was removed");
    }

    #[test]
    fn compare_lists_missing_extra_and_different_files() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("site");
        output(&[("same", "s"), ("changed", "old"), ("extra", "e")])
            .write_atomic(&dir)
            .unwrap();
        let s = output(&[("same", "s"), ("changed", "new"), ("missing", "m")])
            .compare(&dir)
            .unwrap();
        assert_eq!(s.missing, vec!["missing"]);
        assert_eq!(s.extra, vec!["extra"]);
        assert_eq!(s.different, vec!["changed"]);
        assert!(!s.is_fresh());
        assert!(output(&[("same", "s"), ("changed", "old"), ("extra", "e")])
            .compare(&dir)
            .unwrap()
            .is_fresh());
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn the_output_carries_the_marker_and_check_expects_it() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("site");
        let o = output(&[("a.txt", "1")]);
        o.write_atomic(&dir).unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.join(MARKER)).unwrap(),
            MARKER_TEXT
        );
        assert!(o.compare(&dir).unwrap().is_fresh());
        std::fs::remove_file(dir.join(MARKER)).unwrap();
        assert_eq!(o.compare(&dir).unwrap().missing, vec![MARKER]);
    }

    #[test]
    fn a_directory_that_is_not_a_build_is_refused_and_left_as_it_was() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("project");
        std::fs::create_dir_all(dir.join(".git")).unwrap();
        std::fs::write(dir.join("policy.pol"), "policy x {}").unwrap();
        let err = output(&[("a.txt", "1")]).write_atomic(&dir).unwrap_err();
        assert!(
            matches!(
                &err,
                WriteError::Refused {
                    why: Refusal::NotABuild { .. },
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(err.to_string().contains(MARKER), "{err}");
        assert_eq!(names(&dir), vec![".git", "policy.pol"]);
        assert_eq!(names(tmp.path()), vec!["project"], "no staging left");
        // An empty directory is fine, and so is a marked one.
        let empty = tmp.path().join("empty");
        std::fs::create_dir(&empty).unwrap();
        output(&[("a.txt", "1")]).write_atomic(&empty).unwrap();
        std::fs::write(dir.join(MARKER), "").unwrap();
        output(&[("a.txt", "1")]).write_atomic(&dir).unwrap();
        assert_eq!(names(&dir), vec![MARKER, "a.txt"]);
    }

    #[test]
    fn a_file_a_link_or_a_read_only_directory_is_never_replaced() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("file");
        std::fs::write(&file, "keep").unwrap();
        let err = output(&[("a.txt", "1")]).write_atomic(&file).unwrap_err();
        assert!(matches!(
            err,
            WriteError::Refused {
                why: Refusal::NotADirectory,
                ..
            }
        ));
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep");

        let ro = tmp.path().join("ro");
        output(&[("old.txt", "old")]).write_atomic(&ro).unwrap();
        let mut perms = std::fs::metadata(&ro).unwrap().permissions();
        perms.set_readonly(true);
        std::fs::set_permissions(&ro, perms.clone()).unwrap();
        let err = output(&[("a.txt", "1")]).write_atomic(&ro).unwrap_err();
        assert!(matches!(
            err,
            WriteError::Refused {
                why: Refusal::ReadOnly,
                ..
            }
        ));
        assert_eq!(std::fs::read_to_string(ro.join("old.txt")).unwrap(), "old");
        #[allow(
            clippy::permissions_set_readonly_false,
            reason = "the test's own directory"
        )]
        perms.set_readonly(false);
        std::fs::set_permissions(&ro, perms).unwrap();

        #[cfg(unix)]
        {
            let link = tmp.path().join("link");
            std::os::unix::fs::symlink(&ro, &link).unwrap();
            let err = output(&[("a.txt", "1")]).write_atomic(&link).unwrap_err();
            assert!(matches!(
                err,
                WriteError::Refused {
                    why: Refusal::Symlink,
                    ..
                }
            ));
            assert!(std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink());
        }
        let left = names(tmp.path());
        assert!(
            !left.iter().any(|n| n.starts_with(STAGING_PREFIX)),
            "{left:?}"
        );
    }

    /// A name of 250 bytes is valid; a staging name made by adding to it was not (NAME_MAX).
    #[test]
    fn a_long_valid_name_stays_writable() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("s".repeat(250));
        output(&[("a.txt", "1")]).write_atomic(&dir).unwrap();
        output(&[("b.txt", "2")]).write_atomic(&dir).unwrap();
        assert_eq!(names(&dir), vec![MARKER, "b.txt"]);
        assert_eq!(names(tmp.path()).len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn staging_left_by_a_dead_build_is_removed_and_a_live_one_or_a_foreign_one_is_not() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("site");
        let staging = |n: &str| {
            let p = tmp.path().join(format!("{STAGING_PREFIX}site-{n}"));
            std::fs::create_dir_all(p.join("x/y")).unwrap();
            std::fs::write(p.join("x/y/z.html"), "half").unwrap();
            p
        };
        let dead = staging("dead");
        std::fs::write(dead.join(MARKER), MARKER_TEXT).unwrap();
        let live = staging("live");
        let live_marker = create_marker(&live).unwrap(); // locked, as a running build holds it
        let foreign = staging("foreign"); // no marker: not provably pol's
        let empty = tmp.path().join(format!("{STAGING_PREFIX}site-empty"));
        std::fs::create_dir(&empty).unwrap();
        output(&[("a.txt", "1")]).write_atomic(&dir).unwrap();
        assert!(!dead.exists());
        assert!(!empty.exists());
        assert!(live.join("x/y/z.html").exists());
        assert!(foreign.join("x/y/z.html").exists());
        drop(live_marker); // the build "dies"
        output(&[("a.txt", "1")]).write_atomic(&dir).unwrap();
        assert!(!live.exists());
        assert_eq!(
            names(tmp.path()),
            vec![format!("{STAGING_PREFIX}site-foreign"), "site".to_string()]
        );
    }

    #[cfg(unix)]
    #[test]
    fn check_neither_blocks_on_a_fifo_nor_reads_a_device_or_a_huge_file() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("site");
        let o = output(&[("fifo", "1"), ("zero", "2"), ("huge", "3"), ("same", "4")]);
        o.write_atomic(&dir).unwrap();
        for name in ["fifo", "zero", "huge"] {
            std::fs::remove_file(dir.join(name)).unwrap();
        }
        let status = std::process::Command::new("mkfifo")
            .arg(dir.join("fifo"))
            .status()
            .unwrap();
        assert!(status.success());
        std::os::unix::fs::symlink("/dev/zero", dir.join("zero")).unwrap();
        // Sparse: 1 TiB claimed, nothing on disk.
        std::fs::File::create(dir.join("huge"))
            .unwrap()
            .set_len(1 << 40)
            .unwrap();
        std::os::unix::fs::symlink("/", dir.join("root")).unwrap();
        let start = std::time::Instant::now();
        let s = o.compare(&dir).unwrap();
        assert!(start.elapsed().as_secs() < 30, "took {:?}", start.elapsed());
        assert_eq!(s.different, vec!["fifo", "huge", "zero"]);
        assert_eq!(s.extra, vec!["root"]);
        assert!(s.missing.is_empty());
    }
}
