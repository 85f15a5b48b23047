//! PIPL-XB-003 · Art. 39 notice items missing.
//!
//! Before personal information leaves mainland China the person must be told the overseas
//! recipient's name and contact, the purpose, the processing method, the categories, and how to
//! exercise their PIPL rights against the overseas recipient (PIPL Art. 39). A cross-border flow
//! is reported on its overseas recipient when the recipient has no `name` or no `contact`, when
//! the flow states no purpose (`for`), or when its `commitments` do not include how rights are
//! exercised against the recipient (`pipl::overseas_rights_procedure`, part of
//! `pipl::art39_items`).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Flow, Recipient};
use crate::meaning::Modality;
use crate::rules::pipl::transfer::{
    after_last_field, carries_no_personal_information, missing_clauses,
};
use crate::rules::{list_en, Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-XB-003"),
        severity: Severity::Error,
        title_en: "Art. 39 notice items missing",
        title_zh: "未告知境外接收方名称、联系方式、处理目的、处理方式、个人信息种类及行权方式",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 39; GB/T 35273 9.8",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    // The Art. 39 notice comes before data leaves: not for a flow that does not happen.
    for flow in ctx
        .items(Kind::Flow)
        .filter(|f| Modality::of_flow(f).happens())
    {
        if carries_no_personal_information(ctx, flow) {
            continue;
        }
        let no_rights = !missing_clauses(
            ctx,
            &flow.fields,
            "commitments",
            &["overseas_rights_procedure"],
        )
        .is_empty();
        let no_purpose = !Flow(flow).has(Flow::FOR);
        for recipient in Flow(flow).to() {
            if !ctx.is_overseas(recipient) {
                continue;
            }
            let Some(item) = ctx.item(recipient) else {
                continue;
            };
            let mut en: Vec<String> = Vec::new();
            let mut zh: Vec<&str> = Vec::new();
            if !Recipient(item).has(Recipient::NAME) {
                en.push("its name".into());
                zh.push("名称");
            }
            if !Recipient(item).has(Recipient::CONTACT) {
                en.push("its contact".into());
                zh.push("联系方式");
            }
            if no_purpose {
                en.push("the purpose".into());
                zh.push("处理目的");
            }
            if no_rights {
                en.push("how people exercise their rights against it".into());
                zh.push("个人向其行使权利的方式和程序");
            }
            if en.is_empty() {
                continue;
            }
            let (name, to) = (flow.name(), ctx.display(recipient));
            // On the flow, which the message names and which most of the items belong to;
            // the recipient's own gaps (name, contact) are pointed at as related.
            let at = ctx
                .reference_in(flow.id, recipient)
                .unwrap_or_else(|| flow.name_span());
            let mut d = Diagnostic::new(
                RULE.info.code,
                at,
                Message::key("pipl-transfer-xb-003--flow-name-sends-personal-information")
                    .arg("name", &name)
                    .arg("to", &to)
                    .arg_en_zh("list", &(list_en(&en)), &(zh.join("、"))),
            )
            .with_label(Message::key(
                "pipl-transfer-xb-003--pipl-art-39-items-missing",
            ))
            .with_help(Message::key(
                "pipl-transfer-xb-003--give-overseas-recipient-legal-name",
            ))
            .with_related(
                item.name_span(),
                Message::key("pipl-transfer-xb-003--recipient-outside-mainland-china"),
            );
            if no_rights && !Flow(flow).has(Flow::COMMITMENTS) {
                if let Some(at) = after_last_field(flow) {
                    d = d.with_fix(
                        Message::key("pipl-transfer-xb-003--add-pipl-art-39-items"),
                        at,
                        "\n  commitments pipl::art39_items",
                    );
                }
            }
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const ITEMS: &str = "category email {\n  label { zh: \"邮箱\", en: \"email\" }\n}\npurpose support {\n  label { zh: \"客户支持\", en: \"support\" }\n  uses email\n  basis pipl::contract\n}\n";

    #[test]
    fn servers_worldwide() {
        let text = format!("{HEADER}{ITEMS}recipient cloud: pipl::entrusted_party {{\n  label {{ zh: \"境外服务器\", en: \"servers worldwide\" }}\n  region US\n}}\nflow f {{\n  entrust email\n  to cloud\n  mechanism pipl::standard_contract\n}}\n");
        assert_eq!(check(&text, "PIPL-XB-003"), vec![(22, 6)]);
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-XB-003")
            .unwrap();
        assert_eq!(d.message.en(), "flow `f` sends personal information to “servers worldwide” (cloud) outside mainland China without stating its name, its contact, the purpose and how people exercise their rights against it");
        assert_eq!(
            d.fixes[0].edits[0].new_text,
            "\n  commitments pipl::art39_items"
        );
    }

    #[test]
    fn complete_art39_notice_passes() {
        let text = format!("{HEADER}{ITEMS}recipient cloud: pipl::entrusted_party {{\n  label {{ zh: \"境外客服\", en: \"overseas support\" }}\n  name {{ zh: \"星辰国际私人有限公司\", en: \"Xingchen International Pte. Ltd.\" }}\n  region SG\n  contact privacy@xingchen.example\n}}\nflow f {{\n  entrust email\n  to cloud\n  for support\n  mechanism pipl::standard_contract\n  commitments pipl::art39_items\n}}\n");
        assert!(check(&text, "PIPL-XB-003").is_empty());
    }
}
