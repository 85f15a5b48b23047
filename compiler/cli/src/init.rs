//! `polc init [DIR]`: writes a small, commented starter policy (pol.toml + policy.pol, PIPL
//! profile, Chinese and English) that `polc check` accepts, or with `--from-example NAME` a
//! copy of a bundled example. It asks nothing and never overwrites a file.

use std::path::{Path, PathBuf};

use crate::{EXIT_CLEAN, EXIT_USAGE};

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// The starter project; `compiler/cli/tests/init.rs` checks that it checks clean.
pub static STARTER: &[(&str, &str)] = &[
    ("pol.toml", include_str!("../starter/pol.toml")),
    ("policy.pol", include_str!("../starter/policy.pol")),
];

#[derive(clap::Args)]
pub struct InitArgs {
    /// Where to write the project (created if missing; default: the current directory).
    dir: Option<PathBuf>,
    /// Copy a bundled example instead of the starter (e.g. `megvii`).
    #[arg(long, value_name = "NAME")]
    from_example: Option<String>,
}

pub fn run(args: &InitArgs) -> u8 {
    let dir = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let files: &[(&str, &str)] = match &args.from_example {
        None => STARTER,
        Some(name) => match EXAMPLES.iter().find(|(n, _)| n == name) {
            Some((_, files)) => files,
            None => {
                let names: Vec<&str> = EXAMPLES.iter().map(|(n, _)| *n).collect();
                eprintln!(
                    "error: no bundled example `{name}`; available: {}",
                    names.join(", ")
                );
                return EXIT_USAGE;
            }
        },
    };
    // Refuse before writing anything, so a refused init leaves the directory as it was.
    // `symlink_metadata`: a symlink is "existing" even when it points nowhere; writing
    // through it would create a file wherever it points.
    let existing: Vec<PathBuf> = files
        .iter()
        .map(|(rel, _)| dir.join(rel))
        .filter(|p| std::fs::symlink_metadata(p).is_ok())
        .collect();
    if !existing.is_empty() {
        let list: Vec<String> = existing
            .iter()
            .map(|p| match std::fs::symlink_metadata(p) {
                Ok(m) if m.file_type().is_symlink() => format!("{} (a symlink)", shown(p)),
                _ => shown(p),
            })
            .collect();
        eprintln!(
            "error: refusing to overwrite existing files: {}\nchoose an empty directory: polc init DIR",
            list.join(", ")
        );
        return EXIT_USAGE;
    }
    // All or nothing: when one file cannot be written, the ones already written go again.
    let mut written: Vec<PathBuf> = Vec::new();
    for (rel, text) in files {
        let path = dir.join(rel);
        if let Err(e) = write(&path, text) {
            eprintln!("error: cannot write {}: {e}", shown(&path));
            for done in written.iter().rev() {
                let _ = std::fs::remove_file(done);
            }
            return EXIT_USAGE;
        }
        written.push(path);
    }
    let list: Vec<String> = written.iter().map(|p| shown(p)).collect();
    eprintln!(
        "created {}\nnext: polc check {}",
        list.join(", "),
        shown(&dir)
    );
    EXIT_CLEAN
}

fn shown(path: &Path) -> String {
    pol::diag::printable::line(&path.display().to_string()).into_owned()
}

fn write(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    // `Create`: atomic, and whatever appeared since the check above (a file, a symlink) is
    // neither overwritten nor written through.
    pol::fsio::write_atomic(path, text.as_bytes(), pol::fsio::Mode::Create).map(drop)
}
