//! PIPL-BASIS-001 · Basis missing, unfit, or not a PIPL basis.
//!
//! Personal information may be processed only on one of the bases of PIPL Art. 13 ¶1.
//! Implemented: (a) a purpose with no basis, or with bases of other laws only (a GDPR
//! `legitimate_interests`), and a flow with no basis of its own nor through its purposes
//! (error; a transfer with a `trigger` — merger, division, ... — is left to PIPL Art. 22 and
//! PIPL-MERGE-001); (b) `pipl::contract` on a purpose no contract with the person needs (tagged
//! `marketing`, `personalization`, `ai_training`, `analytics` or `research`; an optional feature
//! the person chooses is still part of the service), or on a flow that serves such a purpose or
//! one the policy does not itself base on a contract (error); (c) `pipl::legal_duty` or `pipl::other_law` with no citation of the law: no clause
//! of the author's own with an `article` among the flow's `exceptions` or `commitments`, and for
//! a purpose no `retention` with a legal `minimum` (error); (d) a flow whose `exceptions` cite a
//! GB/T 35273 5.6 item with no PIPL counterpart (`gbt_service_security`, `gbt_academic`), and
//! the same in the header's `consent_exceptions` (warning); (e) an `only_if` case in which the
//! flow would happen with no basis: neither the flow, the purpose it serves nor the condition
//! gives one (error, on the condition in `only_if`; a transfer on a `corporate_event` is left
//! to PIPL Art. 22). A flow that does not happen at present (`currently_not`) is never
//! reported: it processes nothing. Not implemented: `gbt_news_org` outside news work (news work is not modelled)
//! and a privacy policy treated as the contract (prose).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Based, Basis, Definition, Flow, Key, List, Purpose, Retention};
use crate::ir::{Item, Value};
use crate::meaning::{condition_kind, EdgeKind, Lawful, Modality};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-BASIS-001"),
        severity: Severity::Error,
        title_en: "basis missing, unfit or not a PIPL basis",
        title_zh: "处理依据缺失、与处理活动不匹配或不属于《个人信息保护法》第十三条",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 13 ¶1–2; GB/T 35273 5.6",
    check,
};

/// Purposes no contract with the person needs.
const NOT_CONTRACTUAL: &[&str] = &[
    "marketing",
    "personalization",
    "ai_training",
    "analytics",
    "research",
];

/// GB/T 35273 5.6 items with no PIPL Art. 13 counterpart.
const NO_PIPL_COUNTERPART: &[&str] = &["gbt_service_security", "gbt_academic"];

/// Whether one of the item's bases belongs to the PIPL (or to no particular law).
fn has_pipl_basis(ctx: &Ctx, item: &Item) -> bool {
    Based(item).basis().iter().any(|b| {
        ctx.item(*b)
            .is_some_and(|b| matches!(Basis(b).profile(), None | Some("pipl")))
    })
}

/// A clause of the author's own that cites a provision.
fn cites_law(ctx: &Ctx, item: &Item) -> bool {
    let own_clause = |key: Key<Flow<'static>>| {
        ctx.policy
            .expand_clauses(Flow(item).ids(key))
            .iter()
            .any(|c| {
                ctx.item(*c).is_some_and(|c| {
                    Definition(c).has(Definition::ARTICLE)
                        && ctx.policy.module(c.module).is_some_and(|m| !m.is_std)
                })
            })
    };
    if own_clause(Flow::EXCEPTIONS) || own_clause(Flow::COMMITMENTS) {
        return true;
    }
    item.kind == Kind::Purpose
        && ctx.items(Kind::Retention).any(|r| {
            Retention(r).has(Retention::MINIMUM) && Retention(r).purposes().contains(&item.id)
        })
}

/// A flow that rests on `pipl::contract` itself, while a purpose it serves is not necessary for a
/// contract with the person: that purpose has no contract basis of its own, or is of a kind no
/// contract needs. Art. 13 ¶1(2) dispenses with consent (separate consent included, Art. 13 ¶2)
/// only for what the contract needs, so providing data to a payment provider or any other
/// recipient is covered only as far as its purposes are.
fn flow_beyond_contract(ctx: &Ctx, flow: &Item, at: crate::source::Span) -> Option<Diagnostic> {
    let unfit: Vec<(&Item, String, String)> = flow
        .fields
        .refs("for")
        .into_iter()
        .filter_map(|p| ctx.item(p))
        .filter_map(|purpose| {
            let tags = Purpose(purpose).tags();
            if let Some(tag) = NOT_CONTRACTUAL.iter().find(|t| tags.contains(t)) {
                return Some((purpose, format!("it is {tag}"), format!("其属于 {tag}")));
            }
            let by_contract = purpose
                .fields
                .refs("basis")
                .iter()
                .any(|b| ctx.root_name(*b) == Some("contract"));
            (!by_contract).then(|| {
                (
                    purpose,
                    "the policy does not base it on a contract".to_string(),
                    "政策并未以合同所必需作为其依据".to_string(),
                )
            })
        })
        .collect();
    let (first, en, zh) = unfit.first()?;
    let (name, purpose) = (flow.name(), first.name());
    let mut d = Diagnostic::new(
        RULE.info.code,
        at,
        Message::key("pipl-notice-basis-001--flow-name-rests-contract-person")
            .arg("name", &name)
            .arg("purpose", &purpose)
            .arg_en_zh("arg", &en, &zh),
    )
    .with_label(Message::key(
        "pipl-notice-basis-001--not-necessary-contract",
    ))
    .with_help(Message::key(
        "pipl-notice-basis-001--limit-flow-purposes-contract-needs",
    ));
    for (purpose, _, _) in &unfit {
        if let Some(span) = ctx.reference_in(flow.id, purpose.id) {
            d = d.with_related(
                span,
                Message::key("pipl-notice-basis-001--purpose-no-contract-needs"),
            );
        }
    }
    Some(d)
}

/// (e) Each `only_if` case of the flow in which no basis makes it lawful, on the condition.
fn unlawful_cases(ctx: &Ctx, flow: &Item, out: &mut Vec<Diagnostic>) {
    // A transfer on a merger, division, ... passes the data on under Art. 22 (PIPL-MERGE-001).
    let art22 = |e: &crate::meaning::Edge, c: Option<crate::ir::ItemId>| {
        e.kind == EdgeKind::Transfer
            && c.is_some_and(|c| condition_kind(ctx.policy, c) == Some("corporate_event"))
    };
    let cases = ctx.unlawful_cases(flow, |e, a| {
        a.lawful != Lawful::None || art22(e, a.condition)
    });
    for case in cases {
        let (name, condition) = (flow.name(), ctx.display(case.condition));
        let mut d = Diagnostic::new(
            RULE.info.code,
            case.span,
            Message::key("pipl-notice-basis-001--flow-name-has-no-legal")
                .arg("name", &name)
                .arg("condition", &condition),
        )
        .with_label(Message::key("pipl-notice-basis-001--no-basis-case"))
        .with_help(Message::key(
            "pipl-notice-basis-001--give-flow-basis-base-purpose",
        ));
        for p in case.purposes.iter().filter_map(|p| ctx.item(*p)) {
            d = d.with_related(
                p.name_span(),
                Message::key("pipl-notice-basis-001--purpose-no-basis"),
            );
        }
        out.push(d);
    }
}

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    // (a) No basis.
    for purpose in ctx.items(Kind::Purpose) {
        let name = purpose.name();
        if !Purpose(purpose).has(Purpose::BASIS) {
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    purpose.name_span(),
                    Message::key("pipl-notice-basis-001--purpose-name-has-no-legal")
                        .arg("name", &name),
                )
                .with_label(Message::key("pipl-notice-basis-001--no-basis"))
                .with_help(Message::key(
                    "pipl-notice-basis-001--add-basis-one-bases-pipl",
                )),
            );
        } else if !has_pipl_basis(ctx, purpose) {
            let span = purpose
                .fields
                .get("basis")
                .map(|f| f.span)
                .unwrap_or_else(|| purpose.name_span());
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    span,
                    Message::key("pipl-notice-basis-001--purpose-name-has-no-basis")
                        .arg("name", &name),
                )
                .with_label(Message::key("pipl-notice-basis-001--not-pipl-basis"))
                .with_help(Message::key(
                    "pipl-notice-basis-001--add-pipl-basis-next-basis",
                )),
            );
        }
    }
    let mut no_basis = Vec::new();
    for flow in ctx
        .items(Kind::Flow)
        .filter(|f| Modality::of_flow(f).happens())
    {
        // From the meaning: a flow rests on its own basis, the basis of each purpose its
        // categories serve (listed in `for` or, without `for`, every purpose that uses them),
        // and the basis its conditions give.
        let inherited = ctx.flows_from(flow.id).any(|e| {
            !e.basis.is_empty() || e.alternatives.iter().any(|a| a.lawful != Lawful::None)
        });
        // A transfer on a merger, division, ... is governed by Art. 22 (PIPL-MERGE-001).
        if Flow(flow).has(Flow::BASIS) || inherited || Flow(flow).has(Flow::TRIGGER) {
            continue;
        }
        no_basis.push(flow.id);
        let name = flow.name();
        out.push(
            Diagnostic::new(
                RULE.info.code,
                flow.name_span(),
                Message::key("pipl-notice-basis-001--flow-name-has-no-legal-2").arg("name", &name),
            )
            .with_label(Message::key("pipl-notice-basis-001--no-basis"))
            .with_help(Message::key("pipl-notice-basis-001--add-basis-e-g-pipl")),
        );
    }
    // (e) Cases of a flow with no basis (a flow with none at all is (a)'s finding).
    for flow in ctx.items(Kind::Flow) {
        if !no_basis.contains(&flow.id) {
            unlawful_cases(ctx, flow, out);
        }
    }
    // (b), (c) Unfit bases.
    let happening = |item: &&Item| item.kind != Kind::Flow || Modality::of_flow(item).happens();
    for item in ctx
        .items(Kind::Purpose)
        .chain(ctx.items(Kind::Flow))
        .filter(happening)
    {
        let name = item.name();
        let (what_en, what_zh) = if item.kind == Kind::Purpose {
            ("purpose", "处理目的")
        } else {
            ("flow", "数据流向")
        };
        for v in Based(item).values(Based::BASIS) {
            let Value::Ref(b) = v.value else {
                continue;
            };
            match ctx.root_name(b) {
                Some("contract") if item.kind == Kind::Purpose => {
                    let tags = Purpose(item).tags();
                    // An optional feature the person chooses (`required no`) is still part of the
                    // service they asked for: only the kind of processing decides here.
                    let Some(tag) = NOT_CONTRACTUAL.iter().find(|t| tags.contains(t)) else {
                        continue;
                    };
                    out.push(
                        Diagnostic::new(
                            RULE.info.code,
                            v.span,
                            Message::key(
                                "pipl-notice-basis-001--purpose-name-rests-contract-person",
                            )
                            .arg("name", &name)
                            .arg("tag", &tag),
                        )
                        .with_label(Message::key(
                            "pipl-notice-basis-001--not-necessary-contract",
                        ))
                        .with_help(Message::key(
                            "pipl-notice-basis-001--base-consent-pipl-consent-pipl",
                        ))
                        .with_fix(
                            Message::key("pipl-notice-basis-001--base-consent"),
                            v.span,
                            "pipl::consent",
                        ),
                    );
                }
                Some("contract") => {
                    if let Some(d) = flow_beyond_contract(ctx, item, v.span) {
                        out.push(d);
                    }
                }
                Some(law @ ("legal_duty" | "other_law")) if !cites_law(ctx, item) => {
                    out.push(
                        Diagnostic::new(
                            RULE.info.code,
                            v.span,
                            Message::key("pipl-notice-basis-001--what-name-rests-law-but")
                                .arg_en_zh("what", &what_en, &what_zh)
                                .arg("name", &name)
                                .arg("law", &law),
                        )
                        .with_label(Message::key("pipl-notice-basis-001--which-law"))
                        .with_help(Message::key(
                            "pipl-notice-basis-001--cite-provision-clause-your-own",
                        )),
                    );
                }
                _ => {}
            }
        }
    }
    // (d) GB/T exceptions with no PIPL counterpart, in a flow's `exceptions` or in the cases
    // the header says need no consent for collection and use.
    let cited = ctx
        .items(Kind::Flow)
        .filter(|f| Modality::of_flow(f).happens())
        .map(|f| (f, "exceptions", "flow", "数据流向"))
        .chain(
            ctx.items(Kind::Policy)
                .map(|p| (p, "consent_exceptions", "policy", "政策")),
        );
    for (flow, key, what_en, what_zh) in cited {
        for v in flow.fields.values(key) {
            let Value::Ref(id) = v.value else {
                continue;
            };
            let ids = match ctx.item(id) {
                Some(i) if i.kind == Kind::List => List(i).items(),
                Some(_) => vec![id],
                None => continue,
            };
            let found: Vec<&str> = ids
                .iter()
                .filter_map(|c| ctx.root_name(*c))
                .filter(|n| NO_PIPL_COUNTERPART.contains(n))
                .collect();
            if found.is_empty() {
                continue;
            }
            let name = flow.name();
            let list = found.join("`, `");
            let mut d = Diagnostic::new(
                RULE.info.code,
                v.span,
                Message::key("pipl-notice-basis-001--what-name-relies-gb-t")
                    .arg_en_zh("what", &what_en, &what_zh)
                    .arg("name", &name)
                    .arg("list", &list)
                    .arg("found", &(found.join("、"))),
            )
            .with_label(Message::key("pipl-notice-basis-001--no-pipl-counterpart"))
            .with_help(Message::key(
                "pipl-notice-basis-001--cite-pipl-consent-exceptions-item",
            ));
            d.severity = Severity::Warning;
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const CAT: &str = "category email {\n  label { zh: \"邮箱\", en: \"email\" }\n}\nrecipient police: pipl::authority {\n  label { zh: \"公安机关\", en: \"the police\" }\n}\n";

    #[test]
    fn missing_unfit_and_uncited() {
        let text = format!(
            "{HEADER}{CAT}purpose news {{\n  label {{ zh: \"资讯\", en: \"news\" }}\n  uses email\n  basis pipl::contract\n  tags marketing\n}}\npurpose other {{\n  label {{ zh: \"其他\", en: \"other\" }}\n  uses email\n}}\nflow to_police {{\n  share email\n  to police\n  basis pipl::legal_duty\n  exceptions std::gbt35273::gbt_service_security\n}}\n"
        );
        assert_eq!(
            check(&text, "PIPL-BASIS-001"),
            vec![(17, 9), (20, 9), (27, 9), (28, 14)]
        );
    }

    #[test]
    fn fit_and_cited() {
        let text = format!(
            "{HEADER}{CAT}purpose news {{\n  label {{ zh: \"资讯\", en: \"news\" }}\n  uses email\n  basis pipl::consent\n  tags marketing\n}}\nclause cpl {{\n  label {{ zh: \"协助调查\", en: \"assisting an investigation\" }}\n  article \"Criminal Procedure Law Art. 54\"\n}}\nflow to_police {{\n  share email\n  to police\n  basis pipl::legal_duty\n  exceptions cpl\n}}\n"
        );
        assert!(check(&text, "PIPL-BASIS-001").is_empty());
    }

    /// An optional feature the person chooses is part of the service: `required no` alone does
    /// not make a contract basis unfit.
    #[test]
    fn an_optional_feature_may_rest_on_the_contract() {
        let text = format!(
            "{HEADER}{CAT}purpose cloud_backup {{\n  label {{ zh: \"云备份\", en: \"cloud backup\" }}\n  uses email\n  basis pipl::contract\n  required no\n}}\n"
        );
        assert!(check(&text, "PIPL-BASIS-001").is_empty());
    }

    /// A flow to a payment provider on `pipl::contract` is covered as far as its purposes are:
    /// for payment (itself on the contract) it is; for marketing, or for a purpose the policy
    /// bases on consent, it is not.
    #[test]
    fn a_flow_on_the_contract_is_held_to_its_purposes() {
        let items = "recipient payments: pipl::other_handler {\n  label { zh: \"支付机构\", en: \"payment provider\" }\n}\npurpose pay {\n  label { zh: \"支付\", en: \"payment\" }\n  uses email\n  basis pipl::contract\n}\npurpose promo {\n  label { zh: \"营销\", en: \"promotions\" }\n  uses email\n  basis pipl::consent\n}\n";
        let flow = |purposes: &str| {
            format!("{HEADER}{CAT}{items}flow f {{\n  share email\n  to payments\n  for {purposes}\n  basis pipl::contract\n}}\n")
        };
        assert!(check(&flow("pay"), "PIPL-BASIS-001").is_empty());
        assert_eq!(check(&flow("pay, promo"), "PIPL-BASIS-001"), vec![(31, 9)]);
        let a = crate::Workspace::from_text("policy.pol", &flow("promo")).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-BASIS-001")
            .unwrap();
        assert_eq!(
            d.message.en(),
            "flow `f` rests on a contract with the person, but it serves “promotions” (promo), and the policy does not base it on a contract: the contract does not cover it"
        );
    }

    /// The cases a policy says it collects and uses without consent are held to the same list.
    #[test]
    fn header_consent_exceptions() {
        let header = |exceptions: &str| {
            format!("use std::pipl\nuse std::gbt35273 as gb\n\npolicy acme {{\n  controller {{ name {{ zh: \"某公司\", en: \"Some Co.\" }}; email privacy@some.example }}\n  effective 2024-01-01\n  consent_exceptions {exceptions}\n}}\n")
        };
        assert_eq!(
            check(
                &header("gb::gbt_legal_obligation, gb::gbt_academic"),
                "PIPL-BASIS-001"
            ),
            vec![(7, 48)]
        );
        assert!(check(&header("pipl::consent_exceptions"), "PIPL-BASIS-001").is_empty());
    }

    /// 「除以下情形外，我们不会共享：……经去标识化处理」: de-identified data is still personal
    /// information, so that case needs a basis the condition does not give.
    fn cases(flow_fields: &str) -> String {
        format!(
            "use std::conditions\n{HEADER}{CAT}recipient partner: pipl::other_handler {{\n  label {{ zh: \"合作方\", en: \"partner\" }}\n}}\npurpose stats {{\n  label {{ zh: \"统计\", en: \"statistics\" }}\n  uses email\n  basis pipl::consent\n}}\npurpose research {{\n  label {{ zh: \"研究\", en: \"research\" }}\n  uses email\n}}\nflow f {{\n  share email\n  to partner\n  for stats, research\n{flow_fields}}}\n"
        )
    }

    #[test]
    fn an_only_if_case_without_a_basis_is_reported_on_the_condition() {
        let text = cases("  only_if conditions::separate_consent, conditions::de_identified\n");
        // The purpose without a basis (a), and the de-identified case of the flow (e).
        assert_eq!(check(&text, "PIPL-BASIS-001"), vec![(23, 9), (31, 41)]);
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-BASIS-001" && d.message.en().contains("in the case"))
            .unwrap();
        assert!(
            d.message.en().contains(
                "in the case “after it has been de-identified” (std::conditions::de_identified):"
            ),
            "{}",
            d.message.en()
        );
        let lawful = cases("  only_if conditions::separate_consent, conditions::law_requires\n");
        assert_eq!(check(&lawful, "PIPL-BASIS-001"), vec![(23, 9)]);
    }

    #[test]
    fn a_flow_that_does_not_happen_is_never_reported() {
        let text = cases("  currently_not\n  only_if conditions::de_identified\n");
        assert_eq!(check(&text, "PIPL-BASIS-001"), vec![(23, 9)]);
        let happens = cases("  only_if conditions::de_identified\n");
        assert_eq!(check(&happens, "PIPL-BASIS-001"), vec![(23, 9), (31, 11)]);
    }
}
