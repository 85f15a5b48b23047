//! The build's output as an in-memory list of files, written atomically, and compared with a
//! committed copy (`polc build --check`).
//!
//! Everything is rendered before anything is written: a policy with errors or a broken template
//! leaves the disk untouched. The files go to a temporary directory beside the target, which is
//! then renamed into place; the previous output is moved aside first and removed last, so an
//! interrupted build leaves either the old output or the new one, never a mixture.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// Relative path (with `/`) -> contents. A map, so the order (and so the output) is
/// deterministic and a path cannot be produced twice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    pub files: BTreeMap<String, Vec<u8>>,
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

    /// Writes the output to `dir`, replacing what was there, atomically.
    pub fn write_atomic(&self, dir: &Path) -> io::Result<()> {
        self.write_atomic_with(dir, |path, bytes| std::fs::write(path, bytes))
    }

    /// [`Output::write_atomic`] with the function that writes one file, so tests can make it
    /// fail half-way.
    pub fn write_atomic_with(
        &self,
        dir: &Path,
        mut write: impl FnMut(&Path, &[u8]) -> io::Result<()>,
    ) -> io::Result<()> {
        let parent = match dir.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent)?;
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "out".to_string());
        // Dropped (and so removed) on any error below.
        let staging = tempfile::Builder::new()
            .prefix(&format!(".{name}.new-"))
            .tempdir_in(&parent)?;
        for (rel, bytes) in &self.files {
            let path = staging.path().join(rel);
            if let Some(p) = path.parent() {
                std::fs::create_dir_all(p)?;
            }
            write(&path, bytes)?;
        }
        let staged = staging.keep();
        let result = swap_into_place(&staged, dir, &parent, &name);
        if result.is_err() {
            let _ = std::fs::remove_dir_all(&staged);
        }
        result
    }

    /// The differences between this output and the files in `dir`: paths missing from `dir`,
    /// extra in `dir`, and present in both with different contents. All empty when `dir` is
    /// up to date.
    pub fn compare(&self, dir: &Path) -> io::Result<Staleness> {
        let on_disk = read_tree(dir)?;
        let mut s = Staleness::default();
        for (path, bytes) in &self.files {
            match on_disk.get(path) {
                None => s.missing.push(path.clone()),
                Some(disk) if disk != bytes => s.different.push(path.clone()),
                Some(_) => {}
            }
        }
        s.extra = on_disk
            .keys()
            .filter(|p| !self.files.contains_key(*p))
            .cloned()
            .collect();
        Ok(s)
    }
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

fn swap_into_place(staged: &Path, dir: &Path, parent: &Path, name: &str) -> io::Result<()> {
    if dir.exists() {
        let old = tempfile::Builder::new()
            .prefix(&format!(".{name}.old-"))
            .tempdir_in(parent)?
            .keep();
        // `rename` cannot replace a non-empty directory: move the old output aside first.
        std::fs::remove_dir(&old)?;
        std::fs::rename(dir, &old)?;
        if let Err(e) = std::fs::rename(staged, dir) {
            // Put the old output back.
            let _ = std::fs::rename(&old, dir);
            return Err(e);
        }
        std::fs::remove_dir_all(&old)?;
    } else {
        std::fs::rename(staged, dir)?;
    }
    Ok(())
}

/// Every file under `dir`, by relative path with `/`. A missing `dir` is empty.
fn read_tree(dir: &Path) -> io::Result<BTreeMap<String, Vec<u8>>> {
    let mut out = BTreeMap::new();
    if !dir.exists() {
        return Ok(out);
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d)? {
            let path = e?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap_or(&path)
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/");
                out.insert(rel, std::fs::read(&path)?);
            }
        }
    }
    Ok(out)
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
}
