//! PIPL-MERGE-001 · Merger transfer without notice and binding.
//!
//! When personal information is transferred because of a merger, division, dissolution,
//! bankruptcy or similar event, the handler must tell people the recipient's name and contact,
//! the recipient continues the handler's obligations, and it must ask for consent again if it
//! changes the purpose or method (PIPL Art. 22). A `transfer` flow with a `trigger` must commit
//! to the three (`std::pipl::merger_commitments`). A `transfer` without a trigger is a
//! provision: PIPL-SHARE-001.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::Flow;
use crate::rules::pipl::transfer::{after_last_field, missing_clauses};
use crate::rules::{list_en, Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-MERGE-001"),
        severity: Severity::Error,
        title_en: "merger transfer without notice and binding",
        title_zh: "因合并、分立、解散、被宣告破产等转移个人信息未告知接收方或未约束接收方",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 22; NDSR Art. 14; GB/T 35273 9.3",
    check,
};

/// The Art. 22 commitments: stdlib clause, what it says in English and in Chinese.
const COMMITMENTS: &[(&str, &str, &str)] = &[
    (
        "merger_notify_recipient",
        "tell people the recipient's name and contact",
        "告知接收方的名称和联系方式",
    ),
    (
        "merger_recipient_bound",
        "bind the recipient to our obligations",
        "要求接收方继续履行个人信息处理者的义务",
    ),
    (
        "merger_reconsent",
        "have the recipient ask for consent again if it changes the purpose or method",
        "接收方变更处理目的、处理方式时重新取得同意",
    ),
];

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let names: Vec<&str> = COMMITMENTS.iter().map(|(n, _, _)| *n).collect();
    for flow in ctx.items(Kind::Flow) {
        // A transfer the policy says does not happen at present owes no commitments yet.
        if !Flow(flow).has(Flow::TRANSFER)
            || !Flow(flow).has(Flow::TRIGGER)
            || !crate::meaning::Modality::of_flow(flow).happens()
        {
            continue;
        }
        let missing = missing_clauses(ctx, &flow.fields, "commitments", &names);
        if missing.is_empty() {
            continue;
        }
        let rows: Vec<&(&str, &str, &str)> = COMMITMENTS
            .iter()
            .filter(|(n, _, _)| missing.contains(n))
            .collect();
        let en: Vec<String> = rows.iter().map(|(_, en, _)| en.to_string()).collect();
        let zh: Vec<&str> = rows.iter().map(|(_, _, zh)| *zh).collect();
        let name = flow.name();
        let mut d = Diagnostic::new(
            RULE.info.code,
            flow.name_span(),
            Message::key("pipl-transfer-merge-001--flow-name-transfers-personal-information")
                .arg("name", &name)
                .arg_en_zh("list", &(list_en(&en)), &(zh.join("、"))),
        )
        .with_label(Message::key(
            "pipl-transfer-merge-001--pipl-art-22-commitments-missing",
        ))
        .with_help(Message::key(
            "pipl-transfer-merge-001--add-commitments-pipl-merger-commitments",
        ));
        if let Some(trigger) = Flow(flow).field(Flow::TRIGGER) {
            d = d.with_related(
                trigger.span,
                Message::key("pipl-transfer-merge-001--event-causes-transfer"),
            );
        }
        if let Some(commitments) = Flow(flow).field(Flow::COMMITMENTS) {
            d = d.with_related(
                commitments.span,
                Message::key("pipl-transfer-merge-001--flow-s-commitments"),
            );
        } else if let Some(at) = after_last_field(flow) {
            d = d.with_fix(
                Message::key("pipl-transfer-merge-001--add-pipl-art-22-commitments"),
                at,
                "\n  commitments pipl::merger_commitments",
            );
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const ITEMS: &str = "category phone {\n  label { zh: \"手机号码\", en: \"phone number\" }\n}\nrecipient buyer: pipl::acquirer {\n  label { zh: \"收购方\", en: \"acquirer\" }\n}\n";

    #[test]
    fn merger_without_commitments() {
        let text = format!(
            "{HEADER}{ITEMS}flow sale {{\n  transfer phone\n  to buyer\n  trigger merger\n}}\n"
        );
        assert_eq!(check(&text, "PIPL-MERGE-001"), vec![(14, 6)]);
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-MERGE-001")
            .unwrap();
        assert_eq!(
            d.fixes[0].edits[0].new_text,
            "\n  commitments pipl::merger_commitments"
        );
        assert_eq!(
            d.fixes[0].edits[0].span.start as usize,
            text.find("merger\n").unwrap() + 6
        );
    }

    #[test]
    fn partial_commitments_are_reported() {
        let text = format!(
            "{HEADER}{ITEMS}flow sale {{\n  transfer phone\n  to buyer\n  trigger merger\n  commitments pipl::merger_recipient_bound\n}}\n"
        );
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-MERGE-001")
            .unwrap();
        assert_eq!(d.message.en(), "flow `sale` transfers personal information in a merger or similar event but does not commit to tell people the recipient's name and contact and have the recipient ask for consent again if it changes the purpose or method");
    }

    #[test]
    fn merger_with_commitments_or_no_trigger_pass() {
        let text = format!(
            "{HEADER}{ITEMS}flow sale {{\n  transfer phone\n  to buyer\n  trigger merger\n  commitments pipl::merger_commitments\n}}\nflow other {{\n  transfer phone\n  to buyer\n  basis pipl::separate_consent\n}}\n"
        );
        assert!(check(&text, "PIPL-MERGE-001").is_empty());
    }
}
