//! `polc fmt`: rewrites `.pol` files in the canonical layout (see `docs/formatting.md`), or
//! with `--check` lists the files that are not, for CI.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use pol::diag::{render, Lang};
use pol::format::{format, FormatError};
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
/// not formattable, 2 a path that cannot be read or written.
pub fn run(args: &FmtArgs) -> u8 {
    let mut files = Vec::new();
    let mut io_error = false;
    for path in &args.paths {
        if path.as_os_str() == "-" {
            files.push(path.clone());
        } else if path.is_dir() {
            collect(path, &mut files);
        } else if path.is_file() {
            files.push(path.clone());
        } else {
            eprintln!("error: no such file or directory: {}", path.display());
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
                    println!("{}", file.display());
                }
            }
            Outcome::Failed => failed += 1,
        }
    }
    if io_error {
        2
    } else if failed > 0 || (args.check && unformatted > 0) {
        if args.check && unformatted > 0 {
            eprintln!("{unformatted} file(s) not formatted; run `polc fmt` on them");
        }
        1
    } else {
        0
    }
}

/// Every `.pol` file under `dir`, sorted, skipping hidden directories and `target/`.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("error: cannot read directory {}", dir.display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let skip = name
            .as_deref()
            .is_some_and(|n| n.starts_with('.') || n == "target");
        if path.is_dir() && !skip {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "pol") {
            out.push(path);
        }
    }
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
                eprintln!("error: cannot read {}: {e}", path.display());
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
                path.display()
            );
            return Outcome::Failed;
        }
        Err(e @ FormatError::Unstable) => {
            eprintln!("error: {}: {e}", path.display());
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
        if let Err(e) = write_atomically(path, &formatted) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return Outcome::Failed;
        }
    }
    Outcome::Changed
}

/// Writes through a temporary file in the same directory and a rename, so an interrupted run
/// never leaves a half-written policy.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.polc-fmt.tmp"));
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
