//! `polc fmt`: rewrites `.pol` files in the canonical layout (see `docs/formatting.md`), or
//! with `--check` lists the files that are not, for CI.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use pol::diag::{render, Lang};
use pol::format::{format, FormatError};
use pol::fsio;
use pol::source::{Origin, SourceDb};

#[derive(clap::Args)]
pub struct FmtArgs {
    /// `.pol` files or directories (searched recursively for `.pol` files); `-` formats
    /// standard input to standard output.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Change nothing: list the files that are not formatted and exit 1 if there are any.
    #[arg(long)]
    check: bool,
}

/// What happened to one file.
enum Outcome {
    Unchanged,
    Changed,
    /// Syntax errors (already printed) or an I/O error.
    Failed,
}

/// Returns the process exit code: 0 all formatted, 1 some file unformatted (`--check`) or
/// not formattable, 2 a path or directory that cannot be read, or a file that cannot be written.
pub fn run(args: &FmtArgs) -> u8 {
    let mut files = Vec::new();
    let mut io_error = false;
    for path in &args.paths {
        if path.as_os_str() == "-" {
            files.push(path.clone());
        } else if path.is_dir() {
            io_error |= !collect(path, &mut files);
        } else if path.is_file() {
            files.push(path.clone());
        } else {
            eprintln!("error: no such file or directory: {}", shown(path));
            io_error = true;
        }
    }
    let (mut unformatted, mut failed) = (0, 0);
    for file in &files {
        match format_one(file, args.check) {
            Outcome::Unchanged => {}
            Outcome::Changed => {
                unformatted += 1;
                if args.check {
                    println!("{}", shown(file));
                }
            }
            Outcome::Failed => failed += 1,
        }
    }
    if args.check && unformatted > 0 {
        eprintln!("{unformatted} file(s) not formatted; run `polc fmt` on them");
    }
    if io_error {
        // A directory that could not be read may hold unformatted files: `--check` cannot
        // say "all formatted", so this is an error, not a pass.
        2
    } else if failed > 0 || (args.check && unformatted > 0) {
        1
    } else {
        0
    }
}

/// A path as printed: control characters in file names never reach the terminal raw.
fn shown(path: &Path) -> String {
    pol::diag::printable::line(&path.display().to_string()).into_owned()
}

/// Adds every `.pol` file under `dir`, sorted, skipping hidden directories and `target/`.
/// Symlinks met on the way are not followed (a symlink to a directory, `..` included, cannot
/// make the walk loop or leave the tree; a symlinked file is formatted only when named on
/// the command line). Returns false when some directory could not be read (reported).
fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> bool {
    let mut complete = true;
    let walk = walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            e.depth() == 0
                || !e.file_type().is_dir()
                || !e
                    .file_name()
                    .to_str()
                    .is_some_and(|n| n.starts_with('.') || n == "target")
        });
    for entry in walk {
        match entry {
            Ok(e) => {
                if e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "pol") {
                    out.push(e.into_path());
                }
            }
            Err(e) => {
                let path = e.path().map(shown).unwrap_or_else(|| shown(dir));
                let why = e
                    .io_error()
                    .map(ToString::to_string)
                    .unwrap_or_else(|| e.to_string());
                eprintln!("error: cannot read directory {path}: {why}");
                complete = false;
            }
        }
    }
    complete
}

fn format_one(path: &Path, check: bool) -> Outcome {
    let stdin = path.as_os_str() == "-";
    let text = if stdin {
        let mut text = String::new();
        match std::io::stdin().read_to_string(&mut text) {
            Ok(_) => text,
            Err(e) => {
                eprintln!("error: cannot read standard input: {e}");
                return Outcome::Failed;
            }
        }
    } else {
        match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", shown(path));
                return Outcome::Failed;
            }
        }
    };
    let formatted = match format(&text) {
        Ok(f) => f,
        Err(FormatError::Syntax(diags)) => {
            let mut db = SourceDb::new();
            db.add(
                path.display().to_string(),
                Origin::User {
                    path: path.to_path_buf(),
                },
                Arc::from(text.as_str()),
            );
            let mut err = std::io::stderr().lock();
            let _ = render::human(&db, &diags, Lang::En, false, &mut err);
            let _ = writeln!(
                err,
                "error: {} not formatted: fix the syntax errors first",
                shown(path)
            );
            return Outcome::Failed;
        }
        Err(e @ FormatError::Unstable) => {
            eprintln!("error: {}: {e}", shown(path));
            return Outcome::Failed;
        }
    };
    if stdin {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(formatted.as_bytes());
        let _ = out.flush();
        return if formatted == text {
            Outcome::Unchanged
        } else {
            Outcome::Changed
        };
    }
    if formatted == text {
        return Outcome::Unchanged;
    }
    if !check {
        // Atomic and symlink-safe; a symlinked policy is rewritten at its target, its mode kept.
        if let Err(e) = fsio::write_atomic(path, formatted.as_bytes(), fsio::Mode::Update) {
            eprintln!("error: cannot write {}: {e}", shown(path));
            return Outcome::Failed;
        }
    }
    Outcome::Changed
}
