//! Embeds every example project under `examples/` into `polc`, so that
//! `polc init --from-example NAME` works from an installed binary; adding an example folder
//! needs no code change.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let root = manifest.join("../../examples");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut examples: Vec<(String, PathBuf)> = std::fs::read_dir(&root)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .filter_map(|p| Some((p.file_name()?.to_string_lossy().into_owned(), p)))
        .collect();
    examples.sort();
    let mut out = String::from(
        "/// `(example name, [(path inside the example, text)])` of every folder in examples/.\n\
         pub static EXAMPLES: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for (name, dir) in &examples {
        let mut files = Vec::new();
        collect(dir, dir, &mut files);
        files.sort();
        let _ = writeln!(out, "    ({name:?}, &[");
        for (rel, abs) in files {
            println!("cargo:rerun-if-changed={}", abs.display());
            let _ = writeln!(
                out,
                "        ({rel:?}, include_str!({:?})),",
                abs.display().to_string()
            );
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("examples.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
    }
}

/// Every file under `dir`, with its path relative to `root` (`/`-separated).
fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out);
        } else if let (Ok(rel), Ok(abs)) = (path.strip_prefix(root), path.canonicalize()) {
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push((rel, abs));
        }
    }
}
