//! PIPL-SHARE-001 · Provision to another handler without separate consent.
//!
//! Giving personal information to another handler (共享、提供) needs the person's separate
//! consent (PIPL Art. 23), unless one of the Art. 13 ¶1 (2)–(7) cases applies. Three mistakes
//! get their own message: (a) treating affiliates as exempt, (b) calling a provision to
//! partners a "transfer" outside a merger, (c) relying on ordinary consent.

use crate::ir::views::{Category, Flow};
use std::collections::HashSet;

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::ItemId;
use crate::meaning::{EdgeKind, Lawful};
use crate::rules::pipl::{is_other_handler, with_separate_consent_fix};
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-SHARE-001"),
        severity: Severity::Error,
        title_en: "provision to another handler without separate consent",
        title_zh: "向其他个人信息处理者提供个人信息未取得单独同意",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 23, 13 ¶2; GB/T 35273 9.2, 9.5",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let mut seen: HashSet<(ItemId, ItemId)> = HashSet::new();
    for edge in ctx.graph.flows() {
        let Some(recipient) = edge.recipient else {
            continue;
        };
        // A flow that does not happen at present (`currently_not`) provides nothing yet.
        if !edge.modality.happens()
            || !matches!(edge.kind, EdgeKind::Share | EdgeKind::Transfer)
            || matches!(edge.lawful, Lawful::SeparateConsent | Lawful::Exception)
            || !is_other_handler(ctx, recipient)
            || seen.contains(&(edge.source, recipient))
        {
            continue;
        }
        let Some(flow) = ctx.item(edge.source) else {
            continue;
        };
        // A transfer caused by a merger, division, ... is PIPL Art. 22 (PIPL-MERGE-001).
        if edge.kind == EdgeKind::Transfer && Flow(flow).has(Flow::TRIGGER) {
            continue;
        }
        // Anonymized information is not personal information (PIPL Art. 4).
        let conditions = Flow(flow).conditions();
        let identified = |c: ItemId| {
            ctx.item(c).and_then(|c| Category(c).identifiability()) != Some("anonymized")
        };
        if conditions.contains(&"anonymized_first")
            || !ctx
                .flows_from(edge.source)
                .any(|e| e.recipient == Some(recipient) && identified(e.category))
        {
            continue;
        }
        seen.insert((edge.source, recipient));
        let (flow_name, to) = (flow.name().to_string(), ctx.display(recipient));
        let role = ctx.root_name(recipient);
        let (message, label) = if role == Some("affiliate") {
            (
                Message::key("pipl-share-001--flow-flow-name-provides-personal-information")
                    .arg("flow-name", &flow_name)
                    .arg("to", &to),
                Message::key("pipl-share-001--affiliate-another-handler"),
            )
        } else if edge.kind == EdgeKind::Transfer {
            (
                Message::key("pipl-share-001--flow-flow-name-transfers-personal-information")
                    .arg("flow-name", &flow_name)
                    .arg("to", &to),
                Message::key("pipl-share-001--provision-not-merger-transfer"),
            )
        } else if matches!(edge.lawful, Lawful::Consent | Lawful::GuardianConsent) {
            (
                Message::key("pipl-share-001--flow-flow-name-provides-personal-information-2")
                    .arg("flow-name", &flow_name)
                    .arg("to", &to),
                Message::key("pipl-share-001--ordinary-consent-not-enough"),
            )
        } else {
            (
                Message::key("pipl-share-001--flow-flow-name-provides-personal-information-3")
                    .arg("flow-name", &flow_name)
                    .arg("to", &to),
                Message::key("pipl-share-001--no-separate-consent"),
            )
        };
        let mut d = Diagnostic::new(RULE.info.code, flow.name_span(), message)
            .with_label(label)
            .with_help(Message::key(
                "pipl-share-001--give-flow-basis-pipl-separate",
            ));
        if let Some(r) = ctx.name_span(recipient) {
            d = d.with_related(r, Message::key("pipl-share-001--recipient-another-handler"));
        }
        for basis in &edge.basis {
            if let Some(span) = ctx.reference_in(edge.source, *basis) {
                d = d.with_related(span, Message::key("pipl-share-001--basis-flow"));
            } else if let Some(span) = edge.purpose.and_then(|p| ctx.reference_in(p, *basis)) {
                d = d.with_related(
                    span,
                    Message::key("pipl-share-001--purpose-s-basis-which-flow"),
                );
            }
        }
        out.push(with_separate_consent_fix(ctx, flow, d));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const ITEMS: &str = "category phone {\n  label { zh: \"手机号码\", en: \"phone number\" }\n}\npurpose ads {\n  label { zh: \"广告\", en: \"advertising\" }\n  uses phone\n  basis pipl::consent\n}\nrecipient agency: pipl::other_handler {\n  label { zh: \"广告公司\", en: \"advertising agency\" }\n}\nrecipient group: pipl::affiliate {\n  label { zh: \"关联公司\", en: \"affiliates\" }\n}\n";

    #[test]
    fn sharing_on_ordinary_consent() {
        let text = format!("{HEADER}{ITEMS}flow f {{\n  share phone\n  to agency\n  for ads\n  basis pipl::consent\n}}\n");
        assert_eq!(check(&text, "PIPL-SHARE-001"), vec![(22, 6)]);
    }

    #[test]
    fn the_quick_fix_replaces_ordinary_consent() {
        let text = format!("{HEADER}{ITEMS}flow f {{\n  share phone\n  to agency\n  for ads\n  basis pipl::consent\n}}\n");
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-SHARE-001")
            .unwrap();
        let edit = &d.fixes[0].edits[0];
        assert_eq!(
            &text[edit.span.start as usize..edit.span.end as usize],
            "pipl::consent"
        );
        assert_eq!(edit.new_text, "pipl::separate_consent");
        assert_eq!(d.message.en(), "flow `f` provides personal information to “advertising agency” (agency) on ordinary consent; PIPL Art. 23 requires separate consent");
    }

    #[test]
    fn affiliates_and_transfers_outside_a_merger() {
        let text = format!(
            "{HEADER}{ITEMS}flow f {{\n  share phone\n  to group\n  for ads\n}}\nflow g {{\n  transfer phone\n  to agency\n  for ads\n}}\n"
        );
        assert_eq!(check(&text, "PIPL-SHARE-001"), vec![(22, 6), (27, 6)]);
    }

    #[test]
    fn separate_consent_a_merger_or_anonymized_data_pass() {
        let text = format!(
            "{HEADER}{ITEMS}flow f {{\n  share phone\n  to agency\n  for ads\n  basis pipl::separate_consent\n}}\nflow g {{\n  transfer phone\n  to agency\n  for ads\n  trigger merger\n}}\nflow h {{\n  share phone\n  to group\n  for ads\n  conditions anonymized_first\n}}\n"
        );
        assert!(check(&text, "PIPL-SHARE-001").is_empty());
    }

    /// "We currently do not share your information with third parties": nothing is provided,
    /// so no separate consent is due; the same flow stated as `may` still needs it.
    #[test]
    fn a_flow_that_does_not_happen_needs_no_separate_consent() {
        let flow = |modality: &str| {
            format!("{HEADER}{ITEMS}flow f {{\n  share phone\n  to agency\n  for ads\n  basis pipl::consent\n{modality}}}\n")
        };
        assert!(check(&flow("  currently_not\n"), "PIPL-SHARE-001").is_empty());
        assert_eq!(check(&flow("  may\n"), "PIPL-SHARE-001"), vec![(22, 6)]);
    }
}
