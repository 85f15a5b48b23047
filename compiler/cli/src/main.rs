//! `polc`, the pol command line: a thin shell over the `pol` library.
//!
//! Exit codes are stable, for CI: 0 clean, 1 problems found, 2 usage or I/O error; `polc diff`
//! adds 3 (only minor changes) and 4 (a major change).

mod audit;
mod diff;
mod init;

mod build;

mod eval;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use pol::diag::{codes, render, Lang};
use pol::Workspace;

mod fmt;
mod std_ref;

/// mimalloc instead of the system allocator: `check`, `build` and the language server allocate
/// and free millions of small values per run, and mimalloc's per-thread free lists and size
/// classes make that markedly cheaper (instruction counts in docs/benchmarks.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "polc",
    version,
    about = "The pol policy compiler / pol 隐私政策编译器"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check policies for errors and report diagnostics.
    Check(CheckArgs),
    /// Compare two versions of a policy: what changed, and whether it is a major change.
    Diff(diff::DiffArgs),
    /// Compare a policy's permission and SDK lists with an app's project files.
    Audit(audit::AuditArgs),
    /// Write a starter policy (or a bundled example) into a directory.
    Init(init::InitArgs),
    /// Check policies and build the bilingual site, Markdown and manifests.
    Build(build::BuildArgs),
    /// Explain a diagnostic code, in English and Chinese.
    Explain {
        /// A code such as SYN-001 or TYPE-002.
        code: String,
    },
    /// Explain a standard-library item (`gb::device`), or list a module's items.
    Std(std_ref::StdArgs),
    /// Decide a request against a policy: allow, deny or needs consent.
    Eval(eval::EvalArgs),
    /// Rewrite .pol files in the canonical layout (`--check`: only list unformatted files).
    Fmt(fmt::FmtArgs),
    /// Start the language server on standard input and output (for editors).
    Lsp,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Policy files (.pol) or project directories (with pol.toml or policy.pol).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// The language of human-readable messages.
    #[arg(long, value_enum, default_value_t = MessageLang::En)]
    lang: MessageLang,
    /// The language of diagnostics as a language tag (`zh-Hant`, `en-XA`), from the
    /// catalogues, with fallback along the tag to English; overrides `--lang` for them.
    #[arg(long, value_name = "TAG")]
    locale: Option<String>,
    /// A folder of message catalogues (`<tag>/*.ftl`) to load on top of the built-in ones:
    /// adds languages or overrides wordings without rebuilding (docs/templates.md).
    #[arg(long, value_name = "DIR")]
    catalogues: Option<PathBuf>,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    deny_warnings: bool,
    /// Colour in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Show at most N diagnostics (errors, warnings and notes together), then how many more
    /// there are; 0 shows all. Default: 100 for human output, all for JSON and SARIF.
    #[arg(long, value_name = "N")]
    max_errors: Option<usize>,
    /// Where the documentation is published, for SARIF `helpUri`s
    /// (`URL/docs/rules/<CODE>.md`). Default: `docs_url` in pol.toml, else the repository.
    #[arg(long, value_name = "URL")]
    docs_url: Option<String>,
}

/// How many diagnostics human output shows unless told otherwise, as compilers do: past a
/// hundred, the first ones are what a reader fixes first anyway.
const DEFAULT_MAX_ERRORS: usize = 100;

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
    /// SARIF 2.1.0, for code-scanning UIs.
    Sarif,
}

#[derive(Clone, Copy, ValueEnum)]
enum MessageLang {
    En,
    Zh,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

const EXIT_CLEAN: u8 = 0;
const EXIT_PROBLEMS: u8 = 1;
const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // Help and version requests are not errors.
            let code = if e.use_stderr() {
                EXIT_USAGE
            } else {
                EXIT_CLEAN
            };
            return ExitCode::from(code);
        }
    };
    ExitCode::from(match cli.command {
        Command::Check(args) => check(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Audit(args) => audit::run(&args),
        Command::Init(args) => init::run(&args),
        Command::Build(args) => build::run(
            &args,
            std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        ),
        // `polc explain gb::device`: a path names a stdlib item, never a diagnostic code.
        Command::Explain { code } if code.contains("::") => std_ref::print(&code),
        Command::Explain { code } => explain(&code),
        Command::Std(args) => std_ref::run(&args),
        Command::Eval(args) => eval::run(&args),
        Command::Fmt(args) => fmt::run(&args),
        Command::Lsp => pol_lsp::run_stdio(),
    })
}

fn check(args: &CheckArgs) -> u8 {
    let lang = match args.lang {
        MessageLang::En => Lang::En,
        MessageLang::Zh => Lang::Zh,
    };
    if let Some(dir) = &args.catalogues {
        if let Err(errors) = pol::diag::catalog::use_dir(dir) {
            for e in errors {
                eprintln!("error: catalogue {e}");
            }
            return 2;
        }
    }
    let locale = args
        .locale
        .as_deref()
        .map_or_else(|| pol::diag::Locale::from(lang), pol::diag::Locale::new);
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    // `--max-errors 0` means no cap; machine formats are not capped unless asked.
    let max = match (args.max_errors, args.format) {
        (Some(0), _) | (None, Format::Json | Format::Sarif) => None,
        (Some(n), _) => Some(n),
        (None, Format::Human) => Some(DEFAULT_MAX_ERRORS),
    };
    let mut failed = false;
    let mut usage_error = false;
    let mut analyses = Vec::new();
    let mut failures = Vec::new();
    let (mut errors, mut warnings, mut suppressed, mut checked) = (0, 0, 0, 0);
    let mut shown = 0usize;
    let mut hidden = Vec::new();
    let stderr = std::io::stderr();
    for (index, path) in args.paths.iter().enumerate() {
        let ws = match Workspace::open(path) {
            Ok(ws) => ws,
            Err(err) => {
                let e = err.to_string();
                if let Format::Human = args.format {
                    let (word, text) = match lang {
                        Lang::En => ("error", e.clone()),
                        Lang::Zh => ("错误", err.zh()),
                    };
                    let _ = writeln!(
                        stderr.lock(),
                        "{word}: {}",
                        pol::diag::printable::line(&text)
                    );
                } else {
                    // Machine output says it in the report, which counts it as an error.
                    let _ = writeln!(stderr.lock(), "error: {}", pol::diag::printable::line(&e));
                }
                failures.push(render::Failure {
                    path: path.display().to_string(),
                    message: e,
                });
                usage_error = true;
                continue;
            }
        };
        let analysis = ws.analyze();
        checked += 1;
        errors += analysis.errors();
        warnings += analysis.warnings();
        suppressed += analysis.suppressed.len();
        failed |= analysis.has_errors() || (args.deny_warnings && analysis.warnings() > 0);
        match args.format {
            Format::Human => {
                // Each policy is shown as soon as it is checked, within what the cap leaves.
                let room = max.map_or(usize::MAX, |m| m.saturating_sub(shown));
                let (now, later) = analysis
                    .diagnostics
                    .split_at(room.min(analysis.diagnostics.len()));
                shown += now.len();
                hidden.extend(later.iter().map(|d| d.severity));
                let mut out = std::io::BufWriter::new(stderr.lock());
                let _ = render::human(&analysis.db, now, &locale, color, &mut out);
                let _ = out.flush();
                // Earlier policies are freed as the loop goes on, so memory stays that of
                // the largest; the last one is left to the exit.
                if index + 1 == args.paths.len() {
                    leave_to_exit(analysis);
                }
            }
            Format::Json | Format::Sarif => analyses.push(analysis),
        }
    }
    let checked_policies: Vec<render::Checked<'_>> =
        analyses.iter().map(pol::Analysis::checked).collect();
    let mut stdout = std::io::stdout().lock();
    match args.format {
        Format::Human => {
            if let Some(line) = render::omitted_line(&hidden, lang) {
                let _ = writeln!(stderr.lock(), "{line}");
            }
            let _ = writeln!(
                stderr.lock(),
                "{}",
                summary_line(checked, errors, warnings, suppressed, lang)
            );
        }
        // A closed pipe (`polc check --format json | head`) is the reader's choice, not an
        // error worth reporting: write errors are ignored, as `print_stdout` does.
        Format::Json => {
            let _ = render::write_json_in(&mut stdout, &checked_policies, &failures, max, &locale);
        }
        Format::Sarif => {
            let docs = docs_base(args, &analyses);
            let _ = pol::diag::sarif::write(&mut stdout, &checked_policies, max, docs.as_deref());
        }
    }
    leave_to_exit(checked_policies);
    leave_to_exit(analyses);
    if usage_error {
        EXIT_USAGE
    } else if failed {
        EXIT_PROBLEMS
    } else {
        EXIT_CLEAN
    }
}

/// The last line of human output: what was checked and found, in the reader's language.
/// Silenced findings are counted when there are any, so that a clean result that owes
/// itself to `allow`s says so.
fn summary_line(
    policies: usize,
    errors: usize,
    warnings: usize,
    suppressed: usize,
    lang: Lang,
) -> String {
    match lang {
        Lang::En => {
            let mut line = format!(
                "checked {}: {}, {}",
                plural(policies, "policy"),
                plural(errors, "error"),
                plural(warnings, "warning")
            );
            if suppressed > 0 {
                line.push_str(&format!(", {suppressed} suppressed"));
            }
            line
        }
        Lang::Zh => {
            let mut line = format!("已检查 {policies} 个政策：{errors} 个错误，{warnings} 个警告");
            if suppressed > 0 {
                line.push_str(&format!("，已豁免 {suppressed} 项"));
            }
            line
        }
    }
}

/// The base of SARIF `helpUri`s: `--docs-url`, else the first `docs_url` of a checked
/// project's pol.toml, else the repository's (none when that is a placeholder).
fn docs_base(args: &CheckArgs, analyses: &[pol::Analysis]) -> Option<String> {
    args.docs_url
        .clone()
        .or_else(|| analyses.iter().find_map(|a| a.config.docs_url.clone()))
        .or_else(pol::diag::sarif::default_docs_base)
}

/// Leaves a large value for the process exit to reclaim instead of freeing it. `polc check` and
/// `polc build` exit right after their output is written, and the kernel takes the whole
/// address space back at once; freeing a 100,000-line policy's trees, typed model and outputs
/// value by value first was about a tenth of `polc check`'s time (docs/benchmarks.md).
pub(crate) fn leave_to_exit<T>(value: T) {
    std::mem::forget(value);
}

/// Writes to standard output. A closed pipe (`polc check --format json | head`) is the
/// reader's choice, not an error worth a panic, so write errors are ignored.
fn print_stdout(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}");
    let _ = out.flush();
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else if word == "policy" {
        format!("{n} policies")
    } else {
        format!("{n} {word}s")
    }
}

/// What `polc explain` says of a code it does not know: the closest known code, then every
/// code, the language's and the legal rules' (by profile), so that the reader can pick one.
fn unknown_code(code: &str) -> String {
    let all: Vec<codes::Code> = codes::all_codes()
        .chain([pol::diff::rule::INFO.code])
        .collect();
    let hint = pol::diag::suggest::closest(code, all.iter().map(|c| c.as_str()))
        .map(|s| format!(" (did you mean {s}? / 是否想查 {s}？)"))
        .unwrap_or_default();
    let shown = pol::diag::printable::line(code);
    let mut out = format!("error: unknown code `{shown}`{hint}\n");
    let language: Vec<&str> = codes::ALL.iter().map(|i| i.code.as_str()).collect();
    out.push_str(&format!(
        "language codes / 语言诊断代码:\n  {}\n",
        language.join(", ")
    ));
    // Legal rules by profile, the prefix of their code (`PIPL-`, `GDPR-`, `CORE-`).
    let mut rules: Vec<&str> = all
        .iter()
        .map(|c| c.as_str())
        .filter(|c| !language.contains(c))
        .collect();
    rules.sort_unstable();
    rules.dedup();
    let mut profiles: Vec<&str> = rules.iter().filter_map(|c| c.split('-').next()).collect();
    profiles.dedup();
    for profile in profiles {
        let of: Vec<&str> = rules
            .iter()
            .copied()
            .filter(|c| c.split('-').next() == Some(profile))
            .collect();
        out.push_str(&format!(
            "{profile} rules / {profile} 规则:\n  {}\n",
            of.join(", ")
        ));
    }
    out
}

fn explain(code: &str) -> u8 {
    let Some(parsed) = codes::Code::parse(code) else {
        eprint!("{}", unknown_code(code));
        return EXIT_USAGE;
    };
    match codes::explain(parsed) {
        Some(page) => {
            print_stdout(page);
            EXIT_CLEAN
        }
        None => {
            eprintln!("error: {parsed} has no documentation page");
            EXIT_USAGE
        }
    }
}
