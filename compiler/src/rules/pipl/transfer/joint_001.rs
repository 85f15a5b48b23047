//! PIPL-JOINT-001 · Joint handling without agreement.
//!
//! Handlers that jointly decide the purpose and method of processing must agree their
//! respective rights and obligations; the agreement does not limit the person's right to
//! exercise their rights against any of them, and they are jointly and severally liable (PIPL
//! Art. 20). A recipient whose role is `joint_handler` is reported when it has no `agreement`
//! (or `agreement no`), or no legal `name` (the person must know against whom to exercise
//! rights).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::Recipient;
use crate::rules::pipl::transfer::after_last_field;
use crate::rules::{list_en, Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-JOINT-001"),
        severity: Severity::Error,
        title_en: "joint handling without agreement",
        title_zh: "共同处理未约定各自的权利和义务",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 20; GB/T 35273 9.6",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    // A joint handler that only a `currently_not` flow names handles nothing with us yet.
    let not_at_present = ctx.graph.recipients_not_at_present();
    for recipient in ctx.items(Kind::Recipient) {
        if ctx.root_name(recipient.id) != Some("joint_handler")
            || not_at_present.contains(&recipient.id)
        {
            continue;
        }
        let agreement = Recipient(recipient).agreement() == Some(true);
        let named = Recipient(recipient).has(Recipient::NAME);
        if agreement && named {
            continue;
        }
        let mut en: Vec<String> = Vec::new();
        let mut zh: Vec<&str> = Vec::new();
        if !agreement {
            en.push("an agreement on each handler's rights and obligations".into());
            zh.push("约定各自权利和义务的协议");
        }
        if !named {
            en.push("its legal name".into());
            zh.push("其名称");
        }
        let name = ctx.display(recipient.id);
        let mut d = Diagnostic::new(
            RULE.info.code,
            recipient.name_span(),
            Message::key("pipl-transfer-joint-001--joint-handler-name-does-not")
                .arg("name", &name)
                .arg_en_zh("list", &(list_en(&en)), &(zh.join("、"))),
        )
        .with_label(Message::key(
            "pipl-transfer-joint-001--pipl-art-20-agreement-identity",
        ))
        .with_help(Message::key(
            "pipl-transfer-joint-001--name-joint-handler-name-record",
        ));
        if let Some(field) = Recipient(recipient).field(Recipient::AGREEMENT) {
            if !agreement {
                d = d.with_related(
                    field.span,
                    Message::key("pipl-transfer-joint-001--no-agreement"),
                );
            }
        }
        for flow in ctx.flows_naming(recipient.id) {
            d = d.with_related(
                flow.name_span(),
                Message::key("pipl-transfer-joint-001--flow"),
            );
        }
        if !Recipient(recipient).has(Recipient::AGREEMENT) {
            if let Some(at) = after_last_field(recipient) {
                d = d.with_fix(
                    Message::key("pipl-transfer-joint-001--record-joint-handling-agreement"),
                    at,
                    "\n  agreement",
                );
            }
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    #[test]
    fn unnamed_joint_handler_without_agreement() {
        let text = format!("{HEADER}recipient partners: pipl::joint_handler {{\n  label {{ zh: \"合作伙伴\", en: \"partners\" }}\n}}\n");
        assert_eq!(check(&text, "PIPL-JOINT-001"), vec![(8, 11)]);
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-JOINT-001")
            .unwrap();
        assert_eq!(
            d.message.en(),
            "joint handler `partners` does not state an agreement on each handler's rights and obligations and its legal name"
        );
        assert_eq!(d.fixes[0].edits[0].new_text, "\n  agreement");
    }

    #[test]
    fn agreement_no_is_reported() {
        let text = format!("{HEADER}recipient partner: pipl::joint_handler {{\n  label {{ zh: \"合作方\", en: \"partner\" }}\n  name {{ zh: \"某合作有限公司\", en: \"Partner Co., Ltd.\" }}\n  agreement no\n}}\n");
        assert_eq!(check(&text, "PIPL-JOINT-001"), vec![(8, 11)]);
    }

    #[test]
    fn named_joint_handler_with_agreement_passes() {
        let text = format!("{HEADER}recipient partner: pipl::joint_handler {{\n  label {{ zh: \"合作方\", en: \"partner\" }}\n  name {{ zh: \"某合作有限公司\", en: \"Partner Co., Ltd.\" }}\n  agreement\n}}\n");
        assert!(check(&text, "PIPL-JOINT-001").is_empty());
    }
}
