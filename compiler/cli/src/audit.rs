//! `polc audit POLICY APP_DIR`: the policy's permission and SDK lists against what the app's
//! project files declare (docs/audit.md).
//!
//! The policy is checked first: with front-end errors (syntax, names, types) its lists cannot
//! be trusted, so those errors are what is reported and nothing is compared. The legal rules'
//! findings are `polc check`'s business and are not repeated: a policy still missing, say, its
//! rights section can be audited against its app. Exit codes are `check`'s: 0
//! clean, 1 findings (errors, or warnings with `--deny-warnings`), 2 usage or I/O error.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use pol::audit::{self, Catalogue};
use pol::diag::{render, Lang};
use pol::Workspace;

use crate::{ColorChoice, Format, MessageLang, EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE};

#[derive(clap::Args)]
pub struct AuditArgs {
    /// The policy: a .pol file or a project directory (with pol.toml or policy.pol).
    pub policy: PathBuf,
    /// The app's project directory: an Android, iOS or WeChat mini-program project (or a
    /// directory holding several).
    pub app: PathBuf,
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// The language of human-readable messages.
    #[arg(long, value_enum, default_value_t = MessageLang::En)]
    pub lang: MessageLang,
    /// Fail (exit 1) on warnings too: a listed permission or SDK the app no longer uses.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Colour in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Where the documentation is published, for SARIF `helpUri`s. Default: `docs_url` in
    /// pol.toml, else the repository.
    #[arg(long, value_name = "URL")]
    pub docs_url: Option<String>,
}

pub fn run(args: &AuditArgs) -> u8 {
    let lang = match args.lang {
        MessageLang::En => Lang::En,
        MessageLang::Zh => Lang::Zh,
    };
    let stderr = std::io::stderr();
    let fail = |message: String| {
        let _ = writeln!(
            stderr.lock(),
            "error: {}",
            pol::diag::printable::line(&message)
        );
        EXIT_USAGE
    };
    let ws = match Workspace::open(&args.policy) {
        Ok(ws) => ws,
        Err(e) => return fail(e.to_string()),
    };
    let catalogue = match Catalogue::embedded() {
        Ok(c) => c,
        Err(e) => return fail(e),
    };
    let inventory = match audit::inventory(&args.app, &catalogue) {
        Ok(inv) => inv,
        Err(e) => return fail(format!("cannot read {}: {e}", args.app.display())),
    };
    let mut analysis = ws.analyze();
    let front_end_error = |d: &pol::diag::Diagnostic| d.is_error() && !d.code.is_rule();
    // pol.toml's own errors (an `[[audit.allow]]` without a reason, say) stop the audit like
    // the policy's: the answers for findings cannot be trusted either.
    let (diagnostics, silenced) = if analysis.diagnostics.iter().any(front_end_error) {
        let errors = std::mem::take(&mut analysis.diagnostics)
            .into_iter()
            .filter(front_end_error)
            .collect();
        (errors, Vec::new())
    } else {
        let findings = audit::compare::findings(
            &analysis.policy,
            &inventory,
            &catalogue,
            &args.app,
            &mut analysis.db,
        );
        audit::compare::answered(findings, &analysis.config.audit_allow)
    };
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics
        .iter()
        .filter(|d| d.severity == pol::diag::Severity::Warning)
        .count();
    let checked = [render::Checked {
        db: &analysis.db,
        diagnostics: &diagnostics,
        suppressed: silenced
            .iter()
            .filter_map(|(d, i)| {
                let allow = analysis.config.audit_allow.get(*i)?;
                Some(render::Silenced {
                    diagnostic: d,
                    justification: &allow.because,
                    allow: allow.span,
                })
            })
            .collect(),
    }];
    match args.format {
        Format::Human => {
            let color = match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => stderr.is_terminal() && std::env::var_os("NO_COLOR").is_none(),
            };
            let mut out = std::io::BufWriter::new(stderr.lock());
            let _ = render::human(&analysis.db, &diagnostics, lang, color, &mut out);
            let _ = writeln!(
                out,
                "{}",
                summary(&inventory, errors, warnings, silenced.len(), lang)
            );
            let _ = out.flush();
        }
        Format::Json => {
            let _ = render::write_json(&mut std::io::stdout().lock(), &checked, &[], None);
        }
        Format::Sarif => {
            let docs = args
                .docs_url
                .clone()
                .or_else(|| analysis.config.docs_url.clone())
                .or_else(pol::diag::sarif::default_docs_base);
            let _ = pol::diag::sarif::write(
                &mut std::io::stdout().lock(),
                &checked,
                None,
                docs.as_deref(),
            );
        }
    }
    if errors > 0 || (args.deny_warnings && warnings > 0) {
        EXIT_PROBLEMS
    } else {
        EXIT_CLEAN
    }
}

/// The last line of human output: what the app declared, what was found, and how many
/// findings pol.toml answers for.
fn summary(
    inv: &audit::Inventory,
    errors: usize,
    warnings: usize,
    answered: usize,
    lang: Lang,
) -> String {
    let sdks = inv.sdks.iter().filter(|s| s.sdk.is_some()).count();
    let perms = inv.permissions.len();
    let line = match lang {
        Lang::En => format!(
            "audited {perms} permission{} and {sdks} known SDK dependenc{}: {errors} error{}, {warnings} warning{}",
            if perms == 1 { "" } else { "s" },
            if sdks == 1 { "y" } else { "ies" },
            if errors == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" },
        ),
        Lang::Zh => format!(
            "已审计 {perms} 项权限、{sdks} 个已知 SDK 依赖：{errors} 个错误，{warnings} 个警告"
        ),
    };
    match (answered, lang) {
        (0, _) => line,
        (n, Lang::En) => format!("{line} ({n} answered for in pol.toml)"),
        (n, Lang::Zh) => format!("{line}（{n} 个已在 pol.toml 中说明）"),
    }
}
