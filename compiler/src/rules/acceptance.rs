//! A header that takes use of the service as acceptance of the policy (`use_means_acceptance`),
//! and purposes whose only "consent" is that acceptance. PIPL-CONSENT-001 (e) and
//! GDPR-BASIS-001 report the same shape, each in its own law's words: one finding on the
//! header's statement, with every such purpose pointed at (an `allow` on either silences it).

use crate::diag::{Code, Diagnostic, Message};
use crate::ir::views::{Header, Purpose};
use crate::ir::Item;
use crate::rules::Ctx;
use crate::types::schema::Kind;

/// What a law says of the finding.
pub struct Words {
    /// The message, from the purposes' names (`a`, `b` in English; 「a」、「b」 in Chinese) and
    /// the English verb ending (`s` for one purpose).
    pub message: fn(en: &str, ending: &str, zh: &str) -> Message,
    pub help: Message,
    /// Said at each purpose that relies on the acceptance.
    pub related: Message,
}

/// Reports `code` on each header that takes use as acceptance, when some purpose for which
/// `relies` holds gives no `consent` way of asking.
pub fn report(
    ctx: &Ctx,
    code: Code,
    relies: impl Fn(&Item) -> bool,
    words: &Words,
    out: &mut Vec<Diagnostic>,
) {
    for header in ctx.items(Kind::Policy) {
        if Header(header).use_means_acceptance() != Some(true) {
            continue;
        }
        let Some(field) = Header(header).field(Header::USE_MEANS_ACCEPTANCE) else {
            continue;
        };
        let relying: Vec<&Item> = ctx
            .items(Kind::Purpose)
            .filter(|p| !Purpose(p).has(Purpose::CONSENT) && relies(p))
            .collect();
        if relying.is_empty() {
            continue;
        }
        let names: Vec<String> = relying.iter().map(|p| format!("`{}`", p.name())).collect();
        let zh: Vec<String> = relying
            .iter()
            .map(|p| format!("「{}」", p.name()))
            .collect();
        let ending = if relying.len() == 1 { "s" } else { "" };
        let mut d = Diagnostic::new(
            code,
            field.span,
            (words.message)(&crate::rules::list_en(&names), ending, &zh.join("、")),
        )
        .with_label(Message::key("acceptance--use-taken-acceptance"))
        .with_help(words.help.clone());
        for p in &relying {
            d = d.with_related(p.name_span(), words.related.clone());
        }
        out.push(d);
    }
}
