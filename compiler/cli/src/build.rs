//! `polc build PATH... --out DIR [--templates DIR] [--check]`: checks each policy and, only
//! when none has errors, writes the site (pages, Markdown, manifests, index, stylesheet)
//! atomically; with `--check`, compares it with what DIR holds instead.
//!
//! DIR is replaced as a whole, so it must be absent, empty, or a previous build (it holds the
//! marker file every build writes); anything else is refused before any work is done, and
//! again just before the output takes its place (`pol::backends::output`).

use std::io::Write;
use std::path::PathBuf;

use pol::backends::output::{self, Refusal, WriteError};
use pol::backends::{self, site::Templates, BuildError};
use pol::diag::{codes, render, Diagnostic, Lang, Message};
use pol::{project, Analysis, Workspace};

#[derive(clap::Args)]
pub struct BuildArgs {
    /// Policy files (.pol) or project directories (with pol.toml or policy.pol).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The output directory, replaced as a whole: it must be absent, empty, or a previous build.
    #[arg(long)]
    pub out: PathBuf,
    /// A directory of templates replacing the defaults of the same name (docs/templates.md).
    #[arg(long)]
    pub templates: Option<PathBuf>,
    /// Write nothing; fail (exit 1) when DIR is not exactly what the build would write.
    #[arg(long)]
    pub check: bool,
}

const EXIT_CLEAN: u8 = 0;
const EXIT_PROBLEMS: u8 = 1;
const EXIT_USAGE: u8 = 2;

pub fn run(args: &BuildArgs, color: bool) -> u8 {
    let stderr = std::io::stderr();
    if !args.check {
        // Refused before any work, so a wrong --out is said at once.
        if let Err(e) = output::check_target(&args.out).and_then(|()| holds_no_input(args)) {
            let _ = writeln!(stderr.lock(), "error: will not write --out: {e}");
            return EXIT_USAGE;
        }
    }
    let templates = match &args.templates {
        Some(dir) => match Templates::from_dir(dir) {
            Ok(t) => t,
            Err(e) => {
                let _ = writeln!(
                    stderr.lock(),
                    "error: cannot read templates in {}: {e}",
                    dir.display()
                );
                return EXIT_USAGE;
            }
        },
        None => Templates::default(),
    };
    let mut analyses = Vec::new();
    let mut failed = false;
    for path in &args.paths {
        let ws = match Workspace::open(path) {
            Ok(ws) => ws,
            Err(e) => {
                let _ = writeln!(stderr.lock(), "error: {e}");
                return EXIT_USAGE;
            }
        };
        let analysis = ws.analyze();
        if analysis.has_errors() {
            let _ = render::human(
                &analysis.db,
                &analysis.diagnostics,
                Lang::En,
                color,
                &mut stderr.lock(),
            );
            failed = true;
        }
        analyses.push(analysis);
    }
    if failed {
        let _ = writeln!(stderr.lock(), "build failed: nothing written");
        return EXIT_PROBLEMS;
    }
    let output = match backends::build(&analyses, &templates) {
        Ok(o) => o,
        Err(BuildError::Template(e)) => {
            let (db, d) = backends::template_diagnostic(&e);
            let _ = render::human(&db, &[d], Lang::En, color, &mut stderr.lock());
            let _ = writeln!(stderr.lock(), "build failed: nothing written");
            return EXIT_PROBLEMS;
        }
        Err(BuildError::Generator { name, message }) => {
            let _ = writeln!(
                stderr.lock(),
                "error: the {name} generator failed: {message}"
            );
            let _ = writeln!(stderr.lock(), "build failed: nothing written");
            return EXIT_PROBLEMS;
        }
        Err(BuildError::DuplicateId { id, first, second }) => {
            let (first, second_path) = (&args.paths[first], &args.paths[second]);
            match duplicate_id(&analyses[second], &id, first) {
                Some(d) => {
                    let _ = render::human(
                        &analyses[second].db,
                        &[d],
                        Lang::En,
                        color,
                        &mut stderr.lock(),
                    );
                }
                None => {
                    let _ = writeln!(
                        stderr.lock(),
                        "error: {} and {} have the same id {id:?}: their output folders would overwrite each other",
                        first.display(),
                        second_path.display()
                    );
                }
            }
            let _ = writeln!(stderr.lock(), "build failed: nothing written");
            return EXIT_PROBLEMS;
        }
        Err(BuildError::InvalidId { id, index, why }) => {
            let _ = writeln!(
                stderr.lock(),
                "error: {}: the id {id:?} cannot name the output folder: {}",
                args.paths[index].display(),
                why.message().en()
            );
            let _ = writeln!(stderr.lock(), "build failed: nothing written");
            return EXIT_PROBLEMS;
        }
    };
    if args.check {
        return match output.compare(&args.out) {
            Ok(s) if s.is_fresh() => {
                let _ = writeln!(
                    stderr.lock(),
                    "{} is up to date ({} files)",
                    args.out.display(),
                    output.files.len()
                );
                EXIT_CLEAN
            }
            Ok(s) => {
                let mut err = stderr.lock();
                let _ = writeln!(
                    err,
                    "{} is stale; run `polc build` again:",
                    args.out.display()
                );
                for (what, paths) in [
                    ("missing", &s.missing),
                    ("extra", &s.extra),
                    ("different", &s.different),
                ] {
                    for p in paths {
                        let _ = writeln!(err, "  {what}: {p}");
                    }
                }
                EXIT_PROBLEMS
            }
            Err(e) => {
                let _ = writeln!(
                    stderr.lock(),
                    "error: cannot read {}: {e}",
                    args.out.display()
                );
                EXIT_USAGE
            }
        };
    }
    let written = output.write_atomic(&args.out);
    let files = output.files.len();
    crate::leave_to_exit(output);
    let policies = analyses.len();
    crate::leave_to_exit(analyses);
    match written {
        Ok(()) => {
            let _ = writeln!(
                stderr.lock(),
                "built {} {} into {} ({} files)",
                policies,
                if policies == 1 { "policy" } else { "policies" },
                args.out.display(),
                files
            );
            EXIT_CLEAN
        }
        Err(e @ WriteError::Refused { .. }) => {
            let _ = writeln!(stderr.lock(), "error: will not write --out: {e}");
            EXIT_USAGE
        }
        Err(WriteError::Io(e)) => {
            let _ = writeln!(
                stderr.lock(),
                "error: cannot write {}: {e}; the previous output, if any, is unchanged",
                args.out.display()
            );
            EXIT_USAGE
        }
    }
}

/// Refuses an --out that is, or contains, one of the inputs: even a previous build must not
/// take a policy down with it when it is replaced.
fn holds_no_input(args: &BuildArgs) -> Result<(), WriteError> {
    let Ok(out) = std::fs::canonicalize(&args.out) else {
        return Ok(()); // absent: holds nothing
    };
    for path in &args.paths {
        if let Ok(input) = std::fs::canonicalize(path) {
            if input.starts_with(&out) {
                return Err(WriteError::Refused {
                    dir: args.out.clone(),
                    why: Refusal::HoldsInput {
                        input: path.clone(),
                    },
                });
            }
        }
    }
    Ok(())
}

/// `PROJ-001` on the second of two policies with the same id (or ids differing only in case),
/// located at its `name` (or its header's name), naming the first.
fn duplicate_id(second: &Analysis, id: &str, first: &std::path::Path) -> Option<Diagnostic> {
    let (_, span) = project::policy_id(second);
    let d = Diagnostic::new(
        codes::PROJ_INVALID,
        span?,
        Message::key("cli-build--id-id-id-first-too")
            .arg("id", &(format!("{:?}", id)))
            .arg("first", &first.display()),
    )
    .with_label(Message::key("cli-build--same-id-another-policy-build"))
    .with_help(Message::key("cli-build--give-each-policy-own-name"));
    Some(d)
}
