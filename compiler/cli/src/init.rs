//! `polc init [DIR]`: writes a commented starter policy (pol.toml + policy.pol, PIPL profile,
//! Chinese and English) that `polc check --deny-warnings` accepts: `--template minimal` (the
//! default), `app`, `saas` or `website`; or with `--from-example NAME` a copy of a bundled
//! example. It asks nothing and never overwrites a file.

use std::path::{Path, PathBuf};

use crate::{EXIT_CLEAN, EXIT_USAGE};

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// The starter project; `compiler/cli/tests/init.rs` checks that it checks clean.
pub static STARTER: &[(&str, &str)] = &[
    ("pol.toml", include_str!("../starter/pol.toml")),
    ("policy.pol", include_str!("../starter/policy.pol")),
];

/// The starters by kind of product. Each checks clean under `--deny-warnings` and builds
/// (`compiler/cli/tests/init.rs`); English-first variants for EU/US companies wait for
/// jurisdiction-aware profiles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Template {
    /// One sign-in purpose and its processor: the smallest complete PIPL policy.
    Minimal,
    /// A mobile app: device information, precise location with separate consent, an SDK.
    App,
    /// A business (SaaS) product: staff accounts, billing, logs, customers' business data.
    Saas,
    /// A website: a contact form, a newsletter and cookies.
    Website,
}

impl Template {
    fn files(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Template::Minimal => STARTER,
            Template::App => &[
                ("pol.toml", include_str!("../starter/app/pol.toml")),
                ("policy.pol", include_str!("../starter/app/policy.pol")),
            ],
            Template::Saas => &[
                ("pol.toml", include_str!("../starter/saas/pol.toml")),
                ("policy.pol", include_str!("../starter/saas/policy.pol")),
            ],
            Template::Website => &[
                ("pol.toml", include_str!("../starter/website/pol.toml")),
                ("policy.pol", include_str!("../starter/website/policy.pol")),
            ],
        }
    }
}

#[derive(clap::Args)]
pub struct InitArgs {
    /// Where to write the project (created if missing; default: the current directory).
    dir: Option<PathBuf>,
    /// The kind of product the starter is written for.
    #[arg(long, value_enum, default_value_t = Template::Minimal, conflicts_with = "from_example")]
    template: Template,
    /// Copy a bundled example instead of a starter (e.g. `megvii`).
    #[arg(long, value_name = "NAME")]
    from_example: Option<String>,
}

pub fn run(args: &InitArgs) -> u8 {
    let dir = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let files: &[(&str, &str)] = match &args.from_example {
        None => args.template.files(),
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
