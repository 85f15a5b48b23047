//! `polc diff OLD NEW` and `polc diff --git REV [PATH]`: what changed between two versions of
//! a policy, how much it matters in law, and the change-log entry for the version history.
//!
//! Exit codes (documented in `polc diff --help` and the README): 0 nothing changed (renames
//! only), 3 only minor changes, 4 a major change or one that needs fresh consent; 1 a version
//! has errors, 2 usage or I/O error.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use pol::diag::{printable, render, Lang};
use pol::diff::{self, changelog, rule, Change, Diff, Impact, Op};
use pol::fsio;
use pol::{Analysis, Workspace};
use serde_json::json;

use crate::{print_stdout, EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE};

pub const EXIT_MINOR: u8 = 3;
pub const EXIT_MAJOR: u8 = 4;

#[derive(clap::Args)]
#[command(
    after_help = "Exit codes: 0 no change, 3 only minor changes, 4 a major change \
                        (or one that needs fresh consent), 1 a version has errors, 2 usage or I/O error."
)]
pub struct DiffArgs {
    /// OLD and NEW (files or project directories); with --git, only the optional PATH of the
    /// project in the working tree (default: the current directory).
    paths: Vec<PathBuf>,
    /// Compare the working tree's PATH with its state at this git revision (`HEAD`, `main`,
    /// a tag or a commit).
    #[arg(long, value_name = "REV")]
    git: Option<String>,
    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    format: DiffFormat,
    /// The language of the summary (the change log is always in both).
    #[arg(long, value_enum, default_value_t = crate::MessageLang::En)]
    lang: crate::MessageLang,
    /// Append the change-log entry to NEW's version history (a `revision` item in its source).
    #[arg(long)]
    write_history: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum DiffFormat {
    Human,
    Json,
}

pub fn run(args: &DiffArgs) -> u8 {
    match run_inner(args) {
        Ok(code) => code,
        Err(Failure::Usage(message)) => {
            eprintln!("error: {}", printable::line(&message));
            EXIT_USAGE
        }
        Err(Failure::Problems) => EXIT_PROBLEMS,
    }
}

enum Failure {
    Usage(String),
    /// A version has errors; they were printed.
    Problems,
}

fn run_inner(args: &DiffArgs) -> Result<u8, Failure> {
    let lang = match args.lang {
        crate::MessageLang::En => Lang::En,
        crate::MessageLang::Zh => Lang::Zh,
    };
    // The old version of a `--git` comparison lives in a temporary directory for the run.
    let mut _checkout = None;
    let (old_path, new_path) = match &args.git {
        Some(rev) => {
            if args.paths.len() > 1 {
                return Err(Failure::Usage(
                    "with --git, give at most one PATH (the project in the working tree)".into(),
                ));
            }
            let new_path = args
                .paths
                .first()
                .cloned()
                .unwrap_or_else(|| PathBuf::from("."));
            let (dir, old_path) = materialise(rev, &new_path)?;
            _checkout = Some(dir);
            (old_path, new_path)
        }
        None => match args.paths.as_slice() {
            [old, new] => (old.clone(), new.clone()),
            _ => {
                return Err(Failure::Usage(
                    "give OLD and NEW (files or directories), or --git REV [PATH]".into(),
                ))
            }
        },
    };
    let old = load(&old_path, lang)?;
    let new = load(&new_path, lang)?;
    let result = diff::diff(&old.policy, &new.policy);
    let diagnostics = rule::check(&result, &old.policy, &new.policy, &new.db);
    let entry = changelog::entry(&result);
    match args.format {
        // Labels and texts are the author's: no control character reaches the terminal raw.
        DiffFormat::Human => print_stdout(&printable::source(&human(&result, &entry, lang))),
        DiffFormat::Json => {
            let value = json_output(&result, &entry, &old, &new, &diagnostics);
            match serde_json::to_string_pretty(&value) {
                Ok(text) => print_stdout(&text),
                Err(e) => return Err(Failure::Usage(format!("cannot write JSON: {e}"))),
            }
        }
    }
    if matches!(args.format, DiffFormat::Human) && !diagnostics.is_empty() {
        let mut err = std::io::stderr().lock();
        let _ = render::human(&new.db, &diagnostics, lang, false, &mut err);
    }
    if args.write_history {
        write_history(&new, &entry)?;
    }
    Ok(match result.impact() {
        Impact::None => EXIT_CLEAN,
        Impact::Minor => EXIT_MINOR,
        Impact::Major | Impact::Consent => EXIT_MAJOR,
    })
}

/// Loads and checks one version; a version with errors cannot be compared.
fn load(path: &Path, lang: Lang) -> Result<Analysis, Failure> {
    let ws = Workspace::open(path).map_err(|e| Failure::Usage(e.to_string()))?;
    let analysis = ws.analyze();
    if analysis.has_errors() {
        let errors: Vec<_> = analysis
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .cloned()
            .collect();
        let mut err = std::io::stderr().lock();
        let _ = render::human(&analysis.db, &errors, lang, false, &mut err);
        let _ = writeln!(
            err,
            "error: {} has {} error(s); fix them before comparing versions",
            path.display(),
            errors.len()
        );
        return Err(Failure::Problems);
    }
    Ok(analysis)
}

/// Materialises the project of `path` at revision `rev` in a temporary directory; returns
/// the directory (removed when dropped) and the path of the project inside it.
///
/// git itself produces the old tree (`git archive` of the project's folder at that commit):
/// pol never turns tree paths into file names by hand, and git refuses tree entries such as
/// `..`. The archive is then read entry by entry and only regular files and directories at
/// plain relative paths are written (an absolute path or a `..` is refused; symlinks and
/// other entries are skipped), each with `create_new` inside the fresh directory. Paths are
/// bytes throughout, so non-ASCII names need no unquoting.
fn materialise(rev: &str, path: &Path) -> Result<(tempfile::TempDir, PathBuf), Failure> {
    if rev.starts_with('-') {
        return Err(Failure::Usage(format!(
            "--git: `{}` is not a revision",
            printable::line(rev)
        )));
    }
    let (dir, file) = if path.is_dir() {
        (path.to_path_buf(), None)
    } else {
        let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
        (
            parent.map_or_else(|| PathBuf::from("."), Path::to_path_buf),
            path.file_name().map(PathBuf::from),
        )
    };
    // The repository's root, and the project's folder relative to it, as raw bytes.
    let line = |mut bytes: Vec<u8>| {
        if bytes.last() == Some(&b'\n') {
            bytes.pop();
        }
        bytes
    };
    let toplevel = line(git_output(
        &dir,
        &["rev-parse".as_ref(), "--show-toplevel".as_ref()],
    )?);
    let prefix = line(git_output(
        &dir,
        &["rev-parse".as_ref(), "--show-prefix".as_ref()],
    )?);
    let commit = git_output(
        &dir,
        &[
            "rev-parse".as_ref(),
            "--verify".as_ref(),
            "--quiet".as_ref(),
            format!("{rev}^{{commit}}").as_ref(),
        ],
    )
    .map_err(|_| {
        Failure::Usage(format!(
            "--git: unknown revision `{}`",
            printable::line(rev)
        ))
    })?;
    let commit = String::from_utf8_lossy(&commit).trim().to_string();
    let mut tree = std::ffi::OsString::from(format!("{commit}:"));
    tree.push(os_from_bytes(&prefix));
    let temp = tempfile::tempdir()
        .map_err(|e| Failure::Usage(format!("cannot create a temporary directory: {e}")))?;
    // From the root: run in a subfolder, `git archive` would also filter by that folder.
    let mut child = Command::new("git")
        .arg("-C")
        .arg(os_from_bytes(&toplevel))
        .args(["archive", "--format=tar"])
        .arg(&tree)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Failure::Usage(format!("cannot run git: {e}")))?;
    let unpacked = match child.stdout.take() {
        Some(stdout) => unpack(stdout, temp.path()),
        None => Err("git archive gave no output".to_string()),
    };
    let out = child
        .wait_with_output()
        .map_err(|e| Failure::Usage(format!("cannot run git: {e}")))?;
    if !out.status.success() {
        let why = String::from_utf8_lossy(&out.stderr);
        // A path missing at that revision, or a tree git refuses to archive (`..` entries).
        return Err(Failure::Usage(format!(
            "cannot read {} at revision {}: {}",
            printable::line(&path.display().to_string()),
            printable::line(rev),
            printable::line(why.trim())
        )));
    }
    let count =
        unpacked.map_err(|e| Failure::Usage(format!("--git {}: {e}", printable::line(rev))))?;
    if count == 0 {
        return Err(Failure::Usage(format!(
            "{} does not exist at revision {}",
            printable::line(&path.display().to_string()),
            printable::line(rev)
        )));
    }
    let old = match file {
        Some(f) => temp.path().join(f),
        None => temp.path().to_path_buf(),
    };
    Ok((temp, old))
}

/// Runs git in `dir` (paths unquoted) and returns its standard output.
fn git_output(dir: &Path, args: &[&std::ffi::OsStr]) -> Result<Vec<u8>, Failure> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "core.quotepath=false"])
        .args(args)
        .output()
        .map_err(|e| Failure::Usage(format!("cannot run git: {e}")))?;
    if !out.status.success() {
        return Err(Failure::Usage(format!(
            "git {}: {}",
            args.iter()
                .map(|a| a.to_string_lossy())
                .collect::<Vec<_>>()
                .join(" "),
            printable::line(String::from_utf8_lossy(&out.stderr).trim())
        )));
    }
    Ok(out.stdout)
}

#[cfg(unix)]
fn os_from_bytes(bytes: &[u8]) -> std::ffi::OsString {
    use std::os::unix::ffi::OsStrExt;
    std::ffi::OsStr::from_bytes(bytes).to_os_string()
}

#[cfg(not(unix))]
fn os_from_bytes(bytes: &[u8]) -> std::ffi::OsString {
    String::from_utf8_lossy(bytes).into_owned().into()
}

/// Writes the regular files of a tar stream under `root`; returns how many. Any entry whose
/// path is absolute or climbs (`..`) makes the whole revision refused.
fn unpack(stream: impl std::io::Read, root: &Path) -> Result<usize, String> {
    let mut archive = tar::Archive::new(stream);
    let entries = archive.entries().map_err(|e| e.to_string())?;
    let mut count = 0;
    for entry in entries {
        let mut entry = entry.map_err(|e| e.to_string())?;
        let rel = entry.path().map_err(|e| e.to_string())?.into_owned();
        let plain = rel.components().all(|c| {
            matches!(
                c,
                std::path::Component::Normal(_) | std::path::Component::CurDir
            )
        });
        if !plain {
            return Err(format!(
                "the tree has an unsafe path `{}`; refused",
                printable::line(&rel.display().to_string())
            ));
        }
        let dest = root.join(&rel);
        let kind = entry.header().entry_type();
        if kind.is_dir() {
            std::fs::create_dir_all(&dest).map_err(|e| format!("{}: {e}", dest.display()))?;
        } else if kind.is_file() {
            if let Some(parent) = dest.parent() {
                std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", dest.display()))?;
            }
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&dest)
                .map_err(|e| format!("{}: {e}", dest.display()))?;
            std::io::copy(&mut entry, &mut file).map_err(|e| format!("{}: {e}", dest.display()))?;
            count += 1;
        }
        // Symlinks, pax headers and anything else: not part of a policy, not written.
    }
    // Read the archive's trailing padding too: dropping the pipe with bytes unread makes git die
    // of SIGPIPE, and its failed exit status would read as "cannot read the revision".
    std::io::copy(&mut archive.into_inner(), &mut std::io::sink()).map_err(|e| e.to_string())?;
    Ok(count)
}

fn write_history(new: &Analysis, entry: &changelog::Entry) -> Result<(), Failure> {
    let edit = changelog::history_edit(&new.policy, &new.db, entry)
        .map_err(|e| Failure::Usage(format!("--write-history: {e}")))?;
    let Some(file) = new.db.get(edit.span.file) else {
        return Err(Failure::Usage(
            "--write-history: the new version's file is unknown".into(),
        ));
    };
    let pol::source::Origin::User { path } = &file.origin else {
        return Err(Failure::Usage(
            "--write-history: the history is in the standard library".into(),
        ));
    };
    let text = &*file.text;
    let at = edit.span.start as usize;
    let (Some(before), Some(after)) = (text.get(..at), text.get(at..)) else {
        return Err(Failure::Usage(
            "--write-history: the insertion point is outside the file".into(),
        ));
    };
    let updated = format!("{before}{}{after}", edit.new_text);
    // Atomic: the policy is replaced only once the new text is wholly on disk (a full disk
    // leaves it as it was), through a symlink to its target, with its mode.
    let shown = printable::line(&path.display().to_string()).into_owned();
    fsio::write_atomic(path, updated.as_bytes(), fsio::Mode::Update)
        .map_err(|e| Failure::Usage(format!("cannot write {shown}: {e}")))?;
    eprintln!("wrote the change-log entry to {shown}");
    Ok(())
}

fn op_word(change: &Change, zh: bool) -> String {
    match (&change.op, zh) {
        (Op::Added, false) => "added".into(),
        (Op::Removed, false) => "removed".into(),
        (Op::Changed, false) => "changed".into(),
        (Op::Renamed { from }, false) => format!("renamed from `{from}`"),
        (Op::Added, true) => "新增".into(),
        (Op::Removed, true) => "删除".into(),
        (Op::Changed, true) => "变更".into(),
        (Op::Renamed { from }, true) => format!("由「{from}」更名"),
    }
}

fn impact_word(impact: Impact, zh: bool) -> &'static str {
    match (impact, zh) {
        (Impact::Consent, false) => "CONSENT",
        (Impact::Major, false) => "MAJOR",
        (Impact::Minor, false) => "minor",
        (Impact::None, false) => "rename",
        (Impact::Consent, true) => "需重新同意",
        (Impact::Major, true) => "重大变更",
        (Impact::Minor, true) => "一般变更",
        (Impact::None, true) => "更名",
    }
}

/// The summary people read (and CI posts as a pull-request comment).
fn human(result: &Diff, entry: &changelog::Entry, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let count = |i: Impact| result.changes.iter().filter(|c| c.impact == i).count();
    let mut out = String::new();
    if result.real_changes().next().is_none() {
        out.push_str(if zh {
            "两个版本在含义上没有差异。\n"
        } else {
            "no change in meaning between the two versions\n"
        });
    } else if zh {
        out.push_str(&format!(
            "{} 项需重新取得同意，{} 项重大变更，{} 项一般变更\n",
            count(Impact::Consent),
            count(Impact::Major),
            count(Impact::Minor)
        ));
    } else {
        out.push_str(&format!(
            "{} need fresh or separate consent, {} major, {} minor\n",
            count(Impact::Consent),
            count(Impact::Major),
            count(Impact::Minor)
        ));
    }
    for change in &result.changes {
        let kind = change.kind.keyword();
        let name = if change.name.is_empty() {
            String::new()
        } else {
            format!(" `{}`", change.name)
        };
        out.push_str(&format!(
            "\n[{}] {kind}{name} {}\n",
            impact_word(change.impact, zh),
            op_word(change, zh)
        ));
        for f in &change.fields {
            let show = |values: &[diff::canon::Canon]| {
                values
                    .iter()
                    .map(|v| v.display(zh))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            match (f.removed.is_empty(), f.added.is_empty()) {
                (false, false) => out.push_str(&format!(
                    "    {}: {} -> {}\n",
                    f.key,
                    show(&f.removed),
                    show(&f.added)
                )),
                (true, false) => out.push_str(&format!("    {}: + {}\n", f.key, show(&f.added))),
                (false, true) => out.push_str(&format!("    {}: - {}\n", f.key, show(&f.removed))),
                (true, true) => {}
            }
        }
        for g in &change.grounds {
            let ids: Vec<&str> = g
                .major
                .map(|m| m.id())
                .into_iter()
                .chain(g.consent.map(|c| c.id()))
                .collect();
            let ids = if ids.is_empty() {
                String::new()
            } else {
                format!(" [{}]", ids.join(", "))
            };
            out.push_str(&format!("    {}: {}{ids}\n", g.article, g.why.get(lang)));
        }
    }
    if !entry.is_empty() {
        out.push_str(if zh {
            "\n变更说明（可粘贴至历史版本）：\n"
        } else {
            "\nChange log (paste into the version history):\n"
        });
        for (z, e) in entry.zh.iter().zip(&entry.en) {
            out.push_str(&format!("  zh: {z}\n  en: {e}\n"));
        }
    }
    out.trim_end().to_string()
}

fn json_output(
    result: &Diff,
    entry: &changelog::Entry,
    old: &Analysis,
    new: &Analysis,
    diagnostics: &[pol::diag::Diagnostic],
) -> serde_json::Value {
    let changes: Vec<serde_json::Value> = result
        .changes
        .iter()
        .map(|c| {
            let fields: Vec<serde_json::Value> = c
                .fields
                .iter()
                .map(|f| {
                    let show = |values: &[diff::canon::Canon], zh: bool| {
                        values.iter().map(|v| v.display(zh)).collect::<Vec<_>>()
                    };
                    json!({
                        "key": f.key,
                        "removed": show(&f.removed, false),
                        "added": show(&f.added, false),
                        "removed_zh": show(&f.removed, true),
                        "added_zh": show(&f.added, true),
                    })
                })
                .collect();
            json!({
                "kind": c.kind,
                "name": c.name,
                "label": c.label.en(),
                "label_zh": c.label.zh(),
                "change": c.op,
                "impact": c.impact,
                "major": c.majors(),
                "consent": c.consents(),
                "grounds": c.grounds.iter().map(|g| json!({
                    "article": g.article,
                    "why": g.why.en(),
                    "why_zh": g.why.zh(),
                    "major": g.major,
                    "consent": g.consent,
                })).collect::<Vec<_>>(),
                "fields": fields,
                "old": c.old_span.map(|s| render::location(&old.db, s)),
                "new": c.new_span.map(|s| render::location(&new.db, s)),
            })
        })
        .collect();
    let exit = match result.impact() {
        Impact::None => EXIT_CLEAN,
        Impact::Minor => EXIT_MINOR,
        Impact::Major | Impact::Consent => EXIT_MAJOR,
    };
    json!({
        "version": 1,
        "impact": result.impact(),
        "exit_code": exit,
        "changes": changes,
        "changelog": entry,
        "diagnostics": render::json_report(&new.db, diagnostics).diagnostics,
    })
}
