//! PIPL-SHARE-002 · Recipient identity / Art. 23 items missing.
//!
//! Before personal information is provided to another handler, the person must be told the
//! recipient's name and contact, its purpose, its processing method and the categories (PIPL
//! Art. 23). A recipient that receives a `share` flow (or a `transfer` outside a merger) and has
//! no `name` or no `contact`, or a flow to it that states no purpose (`for`), is reported on the
//! recipient. The same gaps for entrusted parties (`entrust` flows) are warnings: PIPL does not
//! require a processor's name, but regulators expect SDK and processor lists.
//!
//! A recipient that collects the information itself (`collected_by recipient`: an SDK, a
//! third-party login) is still told to the person like any recipient — it collects inside our
//! product, and giving it that access is ours (GB/T 35273 9.7) — and it must be named with what
//! it collects (PIPL Art. 17 ¶1(2), 23; GB/T 35273 9.2): a flow `collected_by recipient` that
//! names no data ("your personal information") is reported too.

use crate::ir::views::{Flow, Recipient};
use std::collections::HashSet;

use indexmap::{IndexMap, IndexSet};

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::ItemId;
use crate::meaning::EdgeKind;
use crate::rules::pipl::is_other_handler;
use crate::rules::pipl::transfer::carries_no_personal_information;
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-SHARE-002"),
        severity: Severity::Error,
        title_en: "recipient identity or Art. 23 items missing",
        title_zh: "未告知接收方名称、联系方式、处理目的、处理方式和个人信息种类",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 23; NDSR Art. 21 ¶2; GB/T 35273 9.2, 9.7",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    // Each recipient once, with every flow that gives it personal information.
    let mut recipients: IndexMap<ItemId, (bool, IndexSet<ItemId>)> = IndexMap::new();
    // Flows in which the recipient collects on its own and the policy names no data.
    let mut unnamed_collection: HashSet<ItemId> = HashSet::new();
    for edge in ctx.graph.flows() {
        // A flow that does not happen at present (`currently_not`) provides nothing yet.
        let Some(recipient) = edge.recipient.filter(|_| edge.modality.happens()) else {
            continue;
        };
        let Some(flow) = ctx.item(edge.source) else {
            continue;
        };
        let provision = match edge.kind {
            EdgeKind::Share => is_other_handler(ctx, recipient),
            // A transfer with a trigger is PIPL Art. 22 (PIPL-MERGE-001).
            EdgeKind::Transfer => {
                !Flow(flow).has(Flow::TRIGGER) && is_other_handler(ctx, recipient)
            }
            EdgeKind::Entrust => false,
            _ => continue,
        };
        if !provision && edge.kind != EdgeKind::Entrust
            || carries_no_personal_information(ctx, flow)
        {
            continue;
        }
        if edge.whole && Flow(flow).collected_by() == Some("recipient") {
            unnamed_collection.insert(edge.source);
        }
        let (p, flows) = recipients.entry(recipient).or_default();
        *p |= provision;
        flows.insert(edge.source);
    }
    for (recipient, (provision, flows)) in recipients {
        let Some(item) = ctx.item(recipient) else {
            continue;
        };
        let mut en: Vec<String> = Vec::new();
        let mut zh: Vec<String> = Vec::new();
        if !Recipient(item).has(Recipient::NAME) {
            en.push("its name".into());
            zh.push("名称".into());
        }
        if !Recipient(item).has(Recipient::CONTACT) {
            en.push("its contact".into());
            zh.push("联系方式".into());
        }
        let without_purpose: HashSet<ItemId> = flows
            .iter()
            .copied()
            .filter(|f| ctx.item(*f).is_some_and(|f| !Flow(f).has(Flow::FOR)))
            .collect();
        if !without_purpose.is_empty() {
            en.push("the purpose it receives the information for".into());
            zh.push("处理目的".into());
        }
        if flows.iter().any(|f| unnamed_collection.contains(f)) {
            en.push("the information it collects itself".into());
            zh.push("其自行收集的个人信息种类".into());
        }
        if en.is_empty() {
            continue;
        }
        let name = ctx.display(recipient);
        let (what_en, what_zh) = if provision {
            ("another handler", "其他个人信息处理者")
        } else {
            ("an entrusted party", "受托方")
        };
        let en_list = crate::rules::list_en(&en);
        let mut d = Diagnostic::new(
            RULE.info.code,
            item.name_span(),
            Message::key("pipl-transfer-share-002--recipient-name-what-receives-personal")
                .arg("name", &name)
                .arg_en_zh("what", &what_en, &what_zh)
                .arg("list", &en_list)
                .arg("list2", &(zh.join("、"))),
        )
        .with_label(Message::key(
            "pipl-transfer-share-002--pipl-art-23-items-missing",
        ))
        .with_help(Message::key(
            "pipl-transfer-share-002--give-recipient-legal-name-contact",
        ));
        if !provision {
            d.severity = Severity::Warning;
        }
        for f in &flows {
            if let Some(flow) = ctx.item(*f) {
                let message = if unnamed_collection.contains(f) {
                    Message::key("pipl-transfer-share-002--flow-which-collects-naming-no")
                } else if without_purpose.contains(f) {
                    Message::key("pipl-transfer-share-002--flow-no-purpose")
                } else {
                    Message::key("pipl-transfer-share-002--flow")
                };
                d = d.with_related(flow.name_span(), message);
            }
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::diag::Severity;
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const ITEMS: &str = "category phone {\n  label { zh: \"手机号码\", en: \"phone number\" }\n}\npurpose ads {\n  label { zh: \"广告\", en: \"advertising\" }\n  uses phone\n  basis pipl::consent\n}\n";

    #[test]
    fn unnamed_partner_without_contact() {
        let text = format!(
            "{HEADER}{ITEMS}recipient partners: pipl::other_handler {{\n  label {{ zh: \"合作伙伴\", en: \"partners\" }}\n}}\nflow f {{\n  share phone\n  to partners\n  for ads\n  basis pipl::separate_consent\n}}\n"
        );
        assert_eq!(check(&text, "PIPL-SHARE-002"), vec![(16, 11)]);
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-SHARE-002")
            .unwrap();
        assert_eq!(d.severity, Severity::Error);
        assert_eq!(d.message.en(), "recipient `partners`, another handler that receives personal information, does not state its name and its contact");
    }

    /// An SDK that collects on its own must be named with what it collects: a flow
    /// `collected_by recipient` that names no data is reported, one that names it is not.
    #[test]
    fn a_collector_names_what_it_collects() {
        let text = |data: &str| {
            format!("{HEADER}{ITEMS}recipient sdk: pipl::sdk_provider {{\n  label {{ zh: \"推送SDK\", en: \"push SDK\" }}\n  name {{ zh: \"某某推送有限公司\", en: \"Some Push Co., Ltd.\" }}\n  contact privacy@push.example\n}}\nflow push {{\n  share{data}\n  to sdk\n  for ads\n  collected_by recipient\n}}\n")
        };
        let a = crate::Workspace::from_text("policy.pol", &text("")).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-SHARE-002");
        assert!(
            d.is_some_and(|d| d
                .message
                .en()
                .contains("the information it collects itself")),
            "{:?}",
            a.diagnostics
        );
        assert!(check(&text(" phone"), "PIPL-SHARE-002").is_empty());
    }

    #[test]
    fn entrusted_party_gaps_are_warnings() {
        let text = format!(
            "{HEADER}{ITEMS}recipient sms: pipl::entrusted_party {{\n  label {{ zh: \"短信服务商\", en: \"SMS vendor\" }}\n}}\nflow f {{\n  entrust phone\n  to sms\n  for ads\n}}\n"
        );
        assert_eq!(check(&text, "PIPL-SHARE-002"), vec![(16, 11)]);
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-SHARE-002")
            .unwrap();
        assert_eq!(d.severity, Severity::Warning);
    }

    #[test]
    fn named_recipient_with_contact_and_purpose_passes() {
        let text = format!(
            "{HEADER}{ITEMS}recipient agency: pipl::other_handler {{\n  label {{ zh: \"广告公司\", en: \"advertising agency\" }}\n  name {{ zh: \"某广告有限公司\", en: \"Some Ads Co., Ltd.\" }}\n  contact privacy@ads.example\n}}\nflow f {{\n  share phone\n  to agency\n  for ads\n  basis pipl::separate_consent\n}}\n"
        );
        assert!(check(&text, "PIPL-SHARE-002").is_empty());
    }
}
