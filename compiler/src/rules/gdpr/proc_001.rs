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
                        Message::key("gdpr-proc-001--processor-name-has-no-contract")
                            .arg("name", &recipient.name())
                            .arg("missing", &missing),
                    )
                    .with_label(Message::key(
                        "gdpr-proc-001--processor-without-art-28-contract",
                    )),
                );
                let span = recipient.fields.get("contract").map(|f| f.span);
                if let Some(last) = out.last_mut() {
                    *last = match span {
                        Some(s) => last
                            .clone()
                            .with_help(Message::key(
                                "gdpr-proc-001--list-gdpr-art28-clauses-contract",
                            ))
                            .with_related(s, Message::key("gdpr-proc-001--contract-declared")),
                        None => last.clone().with_help(Message::key(
                            "gdpr-proc-001--add-contract-gdpr-art28-clauses",
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
                    Message::key("gdpr-proc-001--joint-controller-name-has-no")
                        .arg("name", &recipient.name()),
                )
                .with_label(Message::key("gdpr-proc-001--no-arrangement"))
                .with_help(Message::key(
                    "gdpr-proc-001--declare-agreement-yes-publish-essence",
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
