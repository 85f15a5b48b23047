//! PIPL-XB-001 · Cross-border flow without a valid mechanism.
//!
//! Personal information provided to a recipient outside mainland China needs one of the PIPL
//! Art. 38 mechanisms (security assessment, certification, standard contract, ...) or one of
//! the CBDF exemptions, and the mechanism must fit the facts the policy declares: no small-volume
//! exemption for sensitive data or a CIIO, no standard contract or certification for a CIIO, no
//! contract or HR exemption for marketing or analytics, no exemption for non-personal data when
//! the data is personal, and approval of the competent authority for a foreign authority
//! (Art. 41), which in turn is not a general transfer ground.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Category, Controller, Flow, Header};
use crate::ir::{Item, ItemId, Value};
use crate::meaning::Modality;
use crate::rules::pipl::transfer::is_std;
use crate::rules::{Ctx, Profile, Rule};
use crate::source::Span;
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-XB-001"),
        severity: Severity::Error,
        title_en: "cross-border flow without a valid mechanism",
        title_zh: "个人信息出境缺少合法路径或路径与申报事实不符",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 38, 40, 41; CBDF Art. 3, 5, 7, 8",
    check,
};

/// Purpose tags that are never necessary for a contract with the person or for HR management.
const NOT_CONTRACT: &[&str] = &[
    "marketing",
    "personalization",
    "analytics",
    "ai_training",
    "research",
];

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let ciio = ctx
        .policy
        .header()
        .and_then(|h| Header(h).controller())
        .and_then(|c| c.field(Controller::CIIO).filter(|_| c.ciio() == Some(true)))
        .map(|f| f.span);
    // A flow that does not happen at present (`currently_not`) needs no mechanism yet.
    for flow in ctx
        .items(Kind::Flow)
        .filter(|f| Modality::of_flow(f).happens())
    {
        let overseas: Vec<ItemId> = flow
            .fields
            .refs("to")
            .into_iter()
            .filter(|r| ctx.is_overseas(*r))
            .collect();
        if overseas.is_empty() || categories(ctx, flow).is_empty() {
            continue;
        }
        let mechanisms: Vec<(ItemId, Span)> = flow
            .fields
            .values("mechanism")
            .filter_map(|v| match v.value {
                Value::Ref(id) => Some((id, v.span)),
                _ => None,
            })
            .collect();
        let name = flow.name();
        let to = ctx.display(overseas[0]);
        if mechanisms.is_empty() {
            let d = Diagnostic::new(
                RULE.info.code,
                flow.name_span(),
                Message::key("pipl-transfer-xb-001--flow-name-provides-personal-information")
                    .arg("name", &name)
                    .arg("to", &to),
            )
            .with_label(Message::key("pipl-transfer-xb-001--no-mechanism"))
            .with_help(Message::key(
                "pipl-transfer-xb-001--declare-mechanism-volumes-require-mechanism",
            ));
            out.push(with_recipients(ctx, d, &overseas));
            continue;
        }
        let has = |n: &str| mechanisms.iter().any(|(m, _)| is_std(ctx, *m, n));
        let span_of = |n: &str| {
            mechanisms
                .iter()
                .find(|(m, _)| is_std(ctx, *m, n))
                .map(|(_, s)| *s)
        };
        let sensitive: Option<ItemId> = categories(ctx, flow)
            .into_iter()
            .find(|c| ctx.policy.sensitive_under(*c, "pipl"));
        let stricter = has("security_assessment");
        // (a) The small-volume exemption excludes sensitive data and CIIOs.
        if let (Some(span), false) = (span_of("ex_small_volume"), stricter) {
            if let Some(c) = sensitive {
                let cat = ctx.display(c);
                let d = Diagnostic::new(
                    RULE.info.code,
                    span,
                    Message::key("pipl-transfer-xb-001--flow-name-sends-sensitive-category")
                        .arg("name", &name)
                        .arg("cat", &cat),
                )
                .with_label(Message::key(
                    "pipl-transfer-xb-001--not-available-sensitive-data",
                ))
                .with_help(help_mechanism());
                let d = match ctx.name_span(c) {
                    Some(s) => {
                        d.with_related(s, Message::key("pipl-transfer-xb-001--sensitive-category"))
                    }
                    None => d,
                };
                out.push(d);
            } else if let Some(ciio_span) = ciio {
                out.push(ciio_diag(
                    name,
                    span,
                    ciio_span,
                    "the small-volume exemption",
                    "小规模豁免",
                ));
            }
        }
        // (b) A CIIO needs a security assessment, not a standard contract or certification.
        if let (Some(ciio_span), false) = (ciio, stricter) {
            for (mech, en, zh) in [
                ("standard_contract", "the standard contract", "标准合同"),
                ("certification", "certification", "个人信息保护认证"),
            ] {
                if let Some(span) = span_of(mech) {
                    out.push(ciio_diag(name, span, ciio_span, en, zh));
                }
            }
        }
        // (c) The contract and HR exemptions need the transfer to be necessary for them.
        for (mech, en, zh) in [
            ("ex_contract", "the contract exemption", "合同必需豁免"),
            ("ex_hr", "the HR-management exemption", "人力资源管理豁免"),
        ] {
            let Some(span) = span_of(mech) else { continue };
            let offending = Flow(flow).purposes().into_iter().find(|p| {
                ctx.item(*p).is_some_and(|p| {
                    p.fields
                        .options("tags")
                        .iter()
                        .any(|t| NOT_CONTRACT.contains(t))
                })
            });
            if let Some(p) = offending {
                let purpose = ctx.display(p);
                let mut d = Diagnostic::new(
                    RULE.info.code,
                    span,
                    Message::key("pipl-transfer-xb-001--flow-name-relies-arg-purpose")
                        .arg("name", &name)
                        .arg_en_zh("arg", &en, &zh)
                        .arg("purpose", &purpose),
                )
                .with_label(Message::key(
                    "pipl-transfer-xb-001--exemption-does-not-fit-purpose",
                ))
                .with_help(help_mechanism());
                if let Some(s) = ctx.reference_in(flow.id, p) {
                    d = d.with_related(s, Message::key("pipl-transfer-xb-001--purpose"));
                }
                out.push(d);
            }
        }
        // The exemption for non-personal data cannot cover personal information.
        if let Some(span) = span_of("ex_non_personal") {
            let personal = categories(ctx, flow).into_iter().any(|c| {
                ctx.item(c).and_then(|c| Category(c).identifiability()) != Some("anonymized")
            });
            if personal && mechanisms.len() == 1 {
                out.push(
                    Diagnostic::new(
                        RULE.info.code,
                        span,
                        Message::key("pipl-transfer-xb-001--flow-name-sends-personal-information")
                            .arg("name", &name),
                    )
                    .with_label(Message::key(
                        "pipl-transfer-xb-001--data-personal-information",
                    ))
                    .with_help(help_mechanism()),
                );
            }
        }
        // (d) A foreign judicial or law-enforcement authority needs approval (PIPL Art. 41);
        // approval is no ground for anyone else.
        let authorities: Vec<ItemId> = overseas
            .iter()
            .copied()
            .filter(|r| ctx.root_name(*r) == Some("authority"))
            .collect();
        if let Some(a) = authorities.first() {
            if !has("authority_approval") {
                let who = ctx.display(*a);
                let d = Diagnostic::new(
                    RULE.info.code,
                    mechanisms[0].1,
                    Message::key("pipl-transfer-xb-001--flow-name-provides-personal-information-2")
                        .arg("name", &name)
                        .arg("who", &who),
                )
                .with_label(Message::key(
                    "pipl-transfer-xb-001--pipl-art-41-approval-missing",
                ))
                .with_help(Message::key(
                    "pipl-transfer-xb-001--add-pipl-authority-approval-flow",
                ));
                out.push(with_recipients(ctx, d, &authorities));
            }
        } else if let (Some(span), 1) = (span_of("authority_approval"), mechanisms.len()) {
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    span,
                    Message::key("pipl-transfer-xb-001--flow-name-relies-only-authority")
                        .arg("name", &name)
                        .arg("to", &to),
                )
                .with_label(Message::key(
                    "pipl-transfer-xb-001--not-general-transfer-ground",
                ))
                .with_help(help_mechanism()),
            );
        }
    }
}

/// The categories a flow sends, from its meaning: a flow that names no data sends the
/// personal information as a whole, and the whole may hold sensitive categories.
fn categories(ctx: &Ctx, flow: &Item) -> Vec<ItemId> {
    let mut out: Vec<ItemId> = Vec::new();
    for edge in ctx.flows_from(flow.id) {
        if !out.contains(&edge.category) {
            out.push(edge.category);
        }
    }
    out
}

fn help_mechanism() -> Message {
    Message::key("pipl-transfer-xb-001--pick-mechanism-thresholds-require-security")
}

fn ciio_diag(name: &str, span: Span, ciio: Span, en: &str, zh: &str) -> Diagnostic {
    Diagnostic::new(
        RULE.info.code,
        span,
        Message::key("pipl-transfer-xb-001--flow-name-relies-arg-but")
            .arg("name", &name)
            .arg_en_zh("arg", &en, &zh),
    )
    .with_label(Message::key("pipl-transfer-xb-001--not-available-ciio"))
    .with_related(ciio, Message::key("pipl-transfer-xb-001--controller-ciio"))
    .with_help(Message::key(
        "pipl-transfer-xb-001--use-mechanism-pipl-security-assessment",
    ))
    .with_fix(
        Message::key("pipl-transfer-xb-001--use-security-assessment"),
        span,
        "pipl::security_assessment",
    )
}

fn with_recipients(ctx: &Ctx, mut d: Diagnostic, recipients: &[ItemId]) -> Diagnostic {
    for r in recipients {
        if let Some(span) = ctx.name_span(*r) {
            d = d.with_related(
                span,
                Message::key("pipl-transfer-xb-001--recipient-outside-mainland-china"),
            );
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const ITEMS: &str = "category id_card {\n  label { zh: \"身份证号\", en: \"ID card number\" }\n  sensitive\n}\ncategory email {\n  label { zh: \"邮箱\", en: \"email\" }\n}\nrecipient vendor: pipl::entrusted_party {\n  label { zh: \"境外客服商\", en: \"overseas support vendor\" }\n  region SG\n}\n";

    #[test]
    fn no_mechanism() {
        let text = format!("{HEADER}{ITEMS}flow f {{\n  entrust email\n  to vendor\n  basis pipl::separate_consent\n}}\n");
        assert_eq!(check(&text, "PIPL-XB-001"), vec![(19, 6)]);
    }

    #[test]
    fn small_volume_with_sensitive_data() {
        let text = format!("{HEADER}{ITEMS}flow f {{\n  entrust email, id_card\n  to vendor\n  basis pipl::separate_consent\n  mechanism pipl::ex_small_volume\n}}\n");
        assert_eq!(check(&text, "PIPL-XB-001"), vec![(23, 13)]);
    }

    #[test]
    fn standard_contract_for_a_ciio() {
        let header = HEADER.replace(
            "email privacy@some.example }",
            "email privacy@some.example; ciio }",
        );
        let text = format!("{header}{ITEMS}flow f {{\n  entrust email\n  to vendor\n  basis pipl::separate_consent\n  mechanism pipl::standard_contract\n}}\n");
        assert_eq!(check(&text, "PIPL-XB-001"), vec![(23, 13)]);
    }

    #[test]
    fn fitting_mechanisms_pass() {
        let text = format!("{HEADER}{ITEMS}flow f {{\n  entrust email\n  to vendor\n  basis pipl::separate_consent\n  mechanism pipl::ex_small_volume\n}}\nflow g {{\n  entrust id_card\n  to vendor\n  basis pipl::separate_consent\n  mechanism pipl::standard_contract\n}}\n");
        assert!(check(&text, "PIPL-XB-001").is_empty());
    }

    /// "We currently do not provide your information abroad": no mechanism is due yet.
    #[test]
    fn a_flow_abroad_that_does_not_happen_needs_no_mechanism() {
        let flow = |modality: &str| {
            format!("{HEADER}{ITEMS}flow f {{\n  entrust email\n  to vendor\n  basis pipl::separate_consent\n{modality}}}\n")
        };
        assert!(check(&flow("  currently_not\n"), "PIPL-XB-001").is_empty());
        assert_eq!(check(&flow("  may\n"), "PIPL-XB-001"), vec![(19, 6)]);
    }
}
