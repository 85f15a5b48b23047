//! `polc eval POLICY`: compile a policy's decision table and decide one request, the way the
//! embedded evaluator (pol-eval) will at run time.
//!
//! Exit codes: 0 allow, 1 deny or needs consent, 2 usage error or a policy that has errors.

use std::io::Write;
use std::path::PathBuf;

use clap::ValueEnum;
use pol::Workspace;
use pol_eval::{Decision, DecisionTable, DenyReason, Evaluator, Request};

#[derive(clap::Args)]
pub struct EvalArgs {
    /// The policy: a .pol file or a project directory.
    pub policy: PathBuf,
    /// A JSON request (`-` for standard input); the flags below override its fields.
    #[arg(long)]
    pub request: Option<PathBuf>,
    /// The category of personal information.
    #[arg(long)]
    pub category: Option<String>,
    /// The purpose it is used for.
    #[arg(long)]
    pub purpose: Option<String>,
    /// The recipient it is given to (omit for internal use).
    #[arg(long)]
    pub recipient: Option<String>,
    /// Where the data goes (region code such as CN, SG, US).
    #[arg(long)]
    pub region: Option<String>,
    /// A condition that holds for this request, by id (repeatable): law_requires,
    /// std::conditions::authority_request, or the policy's own condition. A name the table
    /// knows under one qualified id may be given without its module.
    #[arg(long = "condition")]
    pub conditions: Vec<String>,
    /// A consent the person has given, by id (repeatable): purpose.marketing, share.ads, ...
    #[arg(long = "consent")]
    pub consents: Vec<String>,
    /// A consent the person has withdrawn, by id (repeatable).
    #[arg(long = "withdrawn")]
    pub withdrawn: Vec<String>,
    /// The person is a minor (under the policy's age threshold).
    #[arg(long)]
    pub minor: bool,
    /// A parent or guardian has consented.
    #[arg(long)]
    pub guardian_consent: bool,
    /// How to print the decision.
    #[arg(long, value_enum, default_value_t = EvalFormat::Human)]
    pub format: EvalFormat,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum EvalFormat {
    Human,
    Json,
}

const EXIT_ALLOW: u8 = 0;
const EXIT_NOT_ALLOWED: u8 = 1;
const EXIT_USAGE: u8 = 2;

pub fn run(args: &EvalArgs) -> u8 {
    match decide(args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            EXIT_USAGE
        }
    }
}

fn decide(args: &EvalArgs) -> Result<u8, String> {
    let request = request(args)?;
    let ws = Workspace::open(&args.policy).map_err(|e| e.to_string())?;
    let analysis = ws.analyze();
    if analysis.has_errors() {
        let mut err = std::io::stderr().lock();
        let _ = pol::diag::render::human(
            &analysis.db,
            &analysis.diagnostics,
            pol::diag::Lang::En,
            false,
            &mut err,
        );
        return Err(format!(
            "{} has {} error(s): no decisions are compiled from a policy that fails its checks",
            args.policy.display(),
            analysis.errors()
        ));
    }
    let table = pol::backends::enforce::decision_table(&analysis.policy);
    let mut request = request;
    request.conditions = request
        .conditions
        .iter()
        .map(|c| qualify(&table, c))
        .collect::<Result<_, _>>()?;
    let evaluator = Evaluator::from_table(table);
    let decision = evaluator.decide(&request);
    let text = match args.format {
        EvalFormat::Json => serde_json::to_string_pretty(&decision).map_err(|e| e.to_string())?,
        EvalFormat::Human => human(&decision, &request, &evaluator),
    };
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}");
    Ok(if decision.is_allow() {
        EXIT_ALLOW
    } else {
        EXIT_NOT_ALLOWED
    })
}

fn request(args: &EvalArgs) -> Result<Request, String> {
    let mut req = match &args.request {
        Some(path) => {
            let text = if path.as_os_str() == "-" {
                std::io::read_to_string(std::io::stdin()).map_err(|e| e.to_string())?
            } else {
                std::fs::read_to_string(path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?
            };
            serde_json::from_str::<Request>(&text)
                .map_err(|e| format!("invalid request {}: {e}", path.display()))?
        }
        None => Request::default(),
    };
    if let Some(c) = &args.category {
        req.category = c.clone();
    }
    if let Some(p) = &args.purpose {
        req.purpose = p.clone();
    }
    if args.recipient.is_some() {
        req.recipient = args.recipient.clone();
    }
    if args.region.is_some() {
        req.region = args.region.clone();
    }
    req.conditions.extend(args.conditions.iter().cloned());
    req.person.consents.extend(args.consents.iter().cloned());
    req.person.withdrawn.extend(args.withdrawn.iter().cloned());
    req.person.minor |= args.minor;
    req.person.guardian_consent |= args.guardian_consent;
    if req.category.is_empty() || req.purpose.is_empty() {
        return Err(
            "a request needs a category and a purpose (--category, --purpose or --request)".into(),
        );
    }
    Ok(req)
}

/// A condition as the table names it: its id, or a name that ends one id of the table
/// (`law_requires` for `std::conditions::law_requires`). A condition no rule depends on is
/// kept as given (asserting it changes nothing); a short name two ids end with is an error.
fn qualify(table: &DecisionTable, given: &str) -> Result<String, String> {
    if table.conditions.iter().any(|c| c.id == given) {
        return Ok(given.to_string());
    }
    let suffix = format!("::{given}");
    let matches: Vec<&str> = table
        .conditions
        .iter()
        .map(|c| c.id.as_str())
        .filter(|id| id.ends_with(&suffix))
        .collect();
    match matches.as_slice() {
        [] => Ok(given.to_string()),
        [one] => Ok((*one).to_string()),
        many => Err(format!(
            "condition `{given}` is ambiguous: {}",
            many.join(", ")
        )),
    }
}

fn human(decision: &Decision, request: &Request, evaluator: &Evaluator) -> String {
    let to = request
        .recipient
        .as_deref()
        .map(|r| format!(" to {r}"))
        .unwrap_or_default();
    let what = format!("{} for {}{to}", request.category, request.purpose);
    match decision {
        Decision::Allow { flow, kind, basis } => format!(
            "allow: {what}\n  by {} `{flow}` on the basis of {}",
            kind.as_str(),
            if basis.is_empty() {
                "(none)".to_string()
            } else {
                basis.join(", ")
            }
        ),
        Decision::NeedsConsent { consent, separate } => {
            let wording = evaluator
                .table()
                .consents
                .iter()
                .find(|c| c.id == *consent)
                .map(|c| format!("\n  ask: {}\n  问：{}", c.wording.en, c.wording.zh))
                .unwrap_or_default();
            format!(
                "needs consent: {what}\n  the person has not given {}consent `{consent}`{wording}",
                if *separate { "separate " } else { "" }
            )
        }
        Decision::Deny { reason, detail } => {
            let why = match reason {
                DenyReason::NoSuchFlow => {
                    let known = |ids: Vec<&str>, name: &str| {
                        (!ids.contains(&name)).then(|| format!(" (`{name}` is not in the policy)"))
                    };
                    let t = evaluator.table();
                    let hint = known(
                        t.categories.iter().map(|c| c.id.as_str()).collect(),
                        &request.category,
                    )
                    .or_else(|| {
                        known(
                            t.purposes.iter().map(|p| p.id.as_str()).collect(),
                            &request.purpose,
                        )
                    })
                    .unwrap_or_default();
                    format!("the policy states no such use or flow{hint}")
                }
                DenyReason::RegionNotStated => format!(
                    "the policy does not say the data goes to {}",
                    request.region.as_deref().unwrap_or("that region")
                ),
                DenyReason::PromiseForbids => "a promise of the policy forbids it".into(),
                DenyReason::NoLawfulBasis => "the use or flow has no legal basis".into(),
                DenyReason::ConditionNotMet => {
                    let label = detail
                        .and_then(|d| evaluator.table().conditions.iter().find(|c| c.id == d))
                        .map(|c| format!(": {} / {}", c.label.en, c.label.zh))
                        .unwrap_or_default();
                    format!(
                        "the policy allows it only when a condition holds, and the request does not assert it (--condition){label}"
                    )
                }
                DenyReason::ConsentWithdrawn => "the person withdrew a consent it needs".into(),
                DenyReason::MinorWithoutGuardianConsent => {
                    "a minor's (or children's) data needs a guardian's consent".into()
                }
            };
            let detail = detail.map(|d| format!(" [{d}]")).unwrap_or_default();
            format!("deny: {what}\n  {}: {why}{detail}", reason.as_str())
        }
    }
}
