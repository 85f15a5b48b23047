//! Writing the author's files: the one atomic-write helper behind every command that creates
//! or rewrites a file pol does not own outright (`polc fmt`, `polc diff --write-history`,
//! `polc init`, the language server's copies of the stdlib).
//!
//! The new content is written to a temporary file created *beside* the destination by
//! `tempfile` (an unpredictable name, opened with `O_CREAT | O_EXCL`, so a symlink or file
//! planted under that name makes the open fail instead of being followed), flushed to disk,
//! and only then renamed over the destination. A rename replaces a directory entry and never
//! follows a symlink, so an interrupted or failed write (a full disk, a file-size limit, a
//! kill) leaves either the old file or the new one, never a truncated one, and at most a
//! stray `.pol-*.tmp` file that is removed when the write fails normally.
//!
//! What is at the destination is handled by [`Mode`]:
//!
//! - [`Mode::Update`] (fmt, `--write-history`): the file must exist. A symlink is resolved to
//!   the file it names and *that* file is replaced (the link stays a link, so a symlinked
//!   policy keeps working); the file's permission bits (and, where allowed, its owner) are
//!   kept. A file with more than one hard link is refused with an error: replacing it would
//!   silently detach it from its other names, and writing it in place cannot be atomic.
//!   Anything other than a regular file (a FIFO, a device, a directory) is refused.
//! - [`Mode::Create`] (init): nothing may be at the path, not even a dangling symlink; the
//!   final rename refuses to replace anything that appeared meanwhile.
//! - [`Mode::Replace`] (files pol owns, in a directory pol created): whatever is at the path
//!   is replaced, a symlink included, and never followed.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What may already be at the destination; see the module documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Replace an existing regular file's content, through a symlink, keeping its mode.
    Update,
    /// Create a new file; anything already at the path is [`io::ErrorKind::AlreadyExists`].
    Create,
    /// Put the file at the path, replacing (never following) whatever is there.
    Replace,
}

/// Atomically writes `bytes` to `path` as `mode` says. Returns the path of the file actually
/// written: the symlink's target for [`Mode::Update`] of a symlink, else `path`.
pub fn write_atomic(path: &Path, bytes: &[u8], mode: Mode) -> io::Result<PathBuf> {
    let (target, keep) = match mode {
        Mode::Update => {
            let target = fs::canonicalize(path)?;
            let meta = fs::metadata(&target)?;
            if !meta.is_file() {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "not a regular file",
                ));
            }
            refuse_hard_links(&meta)?;
            (target, Some(meta))
        }
        Mode::Create => {
            // `symlink_metadata`: a dangling symlink exists too, and is not written through.
            if fs::symlink_metadata(path).is_ok() {
                return Err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    "something is already there (a file, directory or symlink)",
                ));
            }
            (path.to_path_buf(), None)
        }
        Mode::Replace => (path.to_path_buf(), None),
    };
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    // A short fixed-length name, whatever the destination's length, so a valid long file
    // name never makes the temporary one too long.
    let mut builder = tempfile::Builder::new();
    builder.prefix(".pol-").suffix(".tmp").rand_bytes(10);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // New files get the usual 0666 less the umask (tempfile's default is 0600).
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(&dir)?;
    tmp.write_all(bytes)?;
    if let Some(meta) = &keep {
        tmp.as_file().set_permissions(meta.permissions())?;
        keep_owner(tmp.as_file(), meta);
    }
    tmp.as_file().sync_all()?;
    match mode {
        Mode::Create => tmp.persist_noclobber(&target).map_err(|e| e.error)?,
        Mode::Update | Mode::Replace => tmp.persist(&target).map_err(|e| e.error)?,
    };
    // The rename itself is durable once the directory is synced; failing that is not worth
    // reporting an otherwise finished write as failed.
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(target)
}

#[cfg(unix)]
fn refuse_hard_links(meta: &fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    if meta.nlink() > 1 {
        return Err(io::Error::other(format!(
            "the file has {} hard links; rewriting it would detach it from the others \
             (replace the hard links by one file or by symlinks, then run again)",
            meta.nlink()
        )));
    }
    Ok(())
}

#[cfg(not(unix))]
fn refuse_hard_links(_: &fs::Metadata) -> io::Result<()> {
    Ok(())
}

/// Gives the new file the old one's owner and group when the process may (it is root, or the
/// owner already); otherwise the file is the writer's, as any editor's save would make it.
#[cfg(unix)]
fn keep_owner(file: &File, meta: &fs::Metadata) {
    use std::os::unix::fs::MetadataExt;
    let _ = std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid()));
}

#[cfg(not(unix))]
fn keep_owner(_: &File, _: &fs::Metadata) {}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn update_replaces_content_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.pol");
        fs::write(&p, "old").unwrap();
        write_atomic(&p, b"new", Mode::Update).unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "new");
        assert_eq!(names(dir.path()), vec!["a.pol"]);
    }

    #[test]
    fn update_of_a_missing_file_fails_and_creates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.pol");
        assert!(write_atomic(&p, b"new", Mode::Update).is_err());
        assert!(names(dir.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn update_keeps_the_mode_and_writes_through_a_symlink() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.pol");
        fs::write(&real, "old").unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o700)).unwrap();
        let link = dir.path().join("link.pol");
        std::os::unix::fs::symlink("real.pol", &link).unwrap();
        let written = write_atomic(&link, b"new", Mode::Update).unwrap();
        assert_eq!(written, fs::canonicalize(&real).unwrap());
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
        let mode = fs::metadata(&real).unwrap().permissions().mode() & 0o7777;
        assert_eq!(mode, 0o700);
    }

    #[cfg(unix)]
    #[test]
    fn update_refuses_a_file_with_hard_links() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.pol");
        fs::write(&a, "old").unwrap();
        fs::hard_link(&a, dir.path().join("b.pol")).unwrap();
        let e = write_atomic(&a, b"new", Mode::Update).unwrap_err();
        assert!(e.to_string().contains("2 hard links"), "{e}");
        assert_eq!(fs::read_to_string(&a).unwrap(), "old");
    }

    #[cfg(unix)]
    #[test]
    fn create_refuses_a_dangling_symlink_and_replace_does_not_follow_one() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        let link = dir.path().join("x.pol");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        let e = write_atomic(&link, b"new", Mode::Create).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert!(!victim.exists());
        write_atomic(&link, b"new", Mode::Replace).unwrap();
        assert!(!victim.exists());
        assert!(fs::symlink_metadata(&link).unwrap().is_file());
        assert_eq!(fs::read_to_string(&link).unwrap(), "new");
    }
}
