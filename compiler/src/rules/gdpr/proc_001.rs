//! GDPR-PROC-001 · Processor or joint-controller terms missing.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::meaning::EdgeKind;
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("GDPR-PROC-001"),
        severity: Severity::Error,
        title_en: "processor or joint-controller terms missing",
        title_zh: "处理者合同或共同控制者安排缺失",
    },
    profile: Profile::Gdpr,
    article: "GDPR Art. 26, 28(1)-(3)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    // The Art. 28(3) clauses, from the stdlib list.
    let required: Vec<_> = ctx
        .policy
        .items
        .iter()
        .find(|i| {
            i.kind == Kind::List
                && i.name() == "art28_clauses"
                && ctx
                    .policy
                    .module(i.module)
                    .is_some_and(|m| m.path == "std::gdpr")
        })
        .map(|list| list.fields.refs("items"))
        .unwrap_or_default();
    for recipient in ctx.items(Kind::Recipient) {
        let entrusted = ctx
            .flows_to(recipient.id)
            .any(|e| e.kind == EdgeKind::Entrust && e.modality.happens());
        let role = ctx.root_name(recipient.id);
        if entrusted && !required.is_empty() {
            let has = ctx.policy.clauses(&recipient.fields, "contract");
            let missing = required.iter().filter(|c| !has.contains(c)).count();
            if missing > 0 {
                out.push(
                    Diagnostic::new(
                        RULE.info.code,
                        recipient.name_span(),
                        Message::new(
                            format!("processor `{}` has no contract with the Art. 28(3) terms ({missing} missing)", recipient.name()),
                            format!("处理者「{}」的合同缺少第28条第3款规定的条款（缺少{missing}项）", recipient.name()),
                        ),
                    )
                    .with_label(Message::new("processor without Art. 28 contract", "处理者缺少第28条合同")),
                );
                let span = recipient.fields.get("contract").map(|f| f.span);
                if let Some(last) = out.last_mut() {
                    *last = match span {
                        Some(s) => last
                            .clone()
                            .with_help(Message::new(
                                "list `gdpr::art28_clauses` in `contract`",
                                "请在 contract 中列入 gdpr::art28_clauses",
                            ))
                            .with_related(
                                s,
                                Message::new("the contract as declared", "已声明的合同条款"),
                            ),
                        None => last.clone().with_help(Message::new(
                            "add `contract gdpr::art28_clauses`",
                            "请添加 contract gdpr::art28_clauses",
                        )),
                    };
                }
            }
        }
        if role == Some("joint_handler") && recipient.fields.bool("agreement") != Some(true) {
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    recipient.name_span(),
                    Message::new(
                        format!(
                            "joint controller `{}` has no Art. 26 arrangement",
                            recipient.name()
                        ),
                        format!("共同控制者「{}」缺少第26条规定的安排", recipient.name()),
                    ),
                )
                .with_label(Message::new("no arrangement", "缺少安排"))
                .with_help(Message::new(
                    "declare `agreement yes` and publish its essence",
                    "请声明 agreement yes 并公布安排的要点",
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::gdpr::tests::HEADER;

    fn policy(contract: &str) -> String {
        format!(
            "{HEADER}category voice {{\n  label {{ zh: \"语音\", en: \"voice recordings\" }}\n}}\npurpose labelling {{\n  label {{ zh: \"数据标注\", en: \"data labelling\" }}\n  uses voice\n  basis pipl::contract, gdpr::contract\n}}\nrecipient labeller: pipl::entrusted_party {{\n  label {{ zh: \"标注服务商\", en: \"labelling vendor\" }}\n  region DE\n{contract}}}\nflow labelling_work {{\n  entrust voice\n  to labeller\n  for labelling\n}}\n"
        )
    }

    #[test]
    fn a_processor_without_article_28_terms() {
        assert_eq!(check(&policy(""), "GDPR-PROC-001"), vec![(16, 11)]);
    }

    #[test]
    fn a_processor_with_them() {
        assert!(check(&policy("  contract gdpr::art28_clauses\n"), "GDPR-PROC-001").is_empty());
    }
}
