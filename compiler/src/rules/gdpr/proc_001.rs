//! GDPR-PROC-001 · Processor or joint-controller terms not stated (a warning, once per policy).
//!
//! The Art. 28(3) terms are the contents of the controller's contract with each processor (a
//! data processing agreement), not information Art. 13 or 14 asks the notice to give. A
//! privacy notice that is silent on them is no evidence that the contracts lack them, so this
//! is a warning, reported once for the whole policy and anchored on the first processor, with
//! the others as related locations: one `allow` in the header (or on that recipient) answers it.
//! It stays useful where the policy is the record of those contracts (`contract` on a
//! recipient): then it says which processors' terms the model does not show.
//!
//! A processor is a recipient data is entrusted to, or one that `acts_as processor` or
//! `sub_processor`; one that `acts_as independent_controller` or `joint_controller` is not.
//! A joint controller (`acts_as joint_controller`, or the PIPL joint-handler role) needs the
//! Art. 26 arrangement, whose essence Art. 26(2) makes available to the data subject: that
//! part is notice and stays an error, once per recipient.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::Item;
use crate::meaning::EdgeKind;
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("GDPR-PROC-001"),
        severity: Severity::Warning,
        title_en: "processor or joint-controller terms not stated",
        title_zh: "未说明处理者合同条款或共同控制者安排",
    },
    profile: Profile::Gdpr,
    article: "GDPR Art. 26(1)-(2), 28(1)-(3)",
    check,
};

/// Whether a recipient is a processor under the GDPR: its `acts_as` says so, or (when it says
/// nothing) data is entrusted to it.
fn is_processor(ctx: &Ctx, recipient: &Item) -> bool {
    match recipient.fields.option("acts_as") {
        Some("processor" | "sub_processor") => true,
        Some(_) => false,
        None => ctx
            .flows_to(recipient.id)
            .any(|e| e.kind == EdgeKind::Entrust && e.modality.happens()),
    }
}

fn is_joint(ctx: &Ctx, recipient: &Item) -> bool {
    match recipient.fields.option("acts_as") {
        Some(role) => role == "joint_controller",
        None => ctx.root_name(recipient.id) == Some("joint_handler"),
    }
}

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
    let lacking: Vec<&Item> = if required.is_empty() {
        Vec::new()
    } else {
        ctx.items(Kind::Recipient)
            .filter(|r| is_processor(ctx, r))
            .filter(|r| {
                let has = ctx.policy.clauses(&r.fields, "contract");
                required.iter().any(|c| !has.contains(c))
            })
            .collect()
    };
    if let Some((first, rest)) = lacking.split_first() {
        let names: Vec<String> = lacking.iter().map(|r| format!("`{}`", r.name())).collect();
        let names_zh: Vec<String> = lacking
            .iter()
            .map(|r| format!("「{}」", r.name()))
            .collect();
        let mut d = Diagnostic::new(
            RULE.info.code,
            first.name_span(),
            Message::key("gdpr-proc-001--policy-does-not-show-art")
                .arg("lacking-count", &lacking.len())
                .arg("plural-s", &(if lacking.len() == 1 { "" } else { "s" }))
                .arg("names", &(names.join(", ")))
                .arg("names2", &(names_zh.join("、"))),
        )
        .with_label(Message::key("gdpr-proc-001--processor-no-art-28-3"))
        .with_help(Message::key("gdpr-proc-001--list-gdpr-art28-clauses-each"));
        for r in rest {
            d = d.with_related(
                r.name_span(),
                Message::key("gdpr-proc-001--another-processor"),
            );
        }
        out.push(d);
    }
    for recipient in ctx.items(Kind::Recipient) {
        if is_joint(ctx, recipient) && recipient.fields.bool("agreement") != Some(true) {
            // Notice, not contract: Art. 26(2) makes the essence available to the person.
            let mut d = Diagnostic::new(
                RULE.info.code,
                recipient.name_span(),
                Message::key("gdpr-proc-001--joint-controller-name-has-no")
                    .arg("name", &recipient.name()),
            )
            .with_label(Message::key("gdpr-proc-001--no-arrangement"))
            .with_help(Message::key(
                "gdpr-proc-001--declare-agreement-yes-publish-essence",
            ));
            d.severity = Severity::Error;
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::diag::Severity;
    use crate::rules::core::tests::check;
    use crate::rules::gdpr::tests::HEADER;

    fn policy(contract: &str) -> String {
        format!(
            "{HEADER}category voice {{\n  label {{ zh: \"语音\", en: \"voice recordings\" }}\n}}\npurpose labelling {{\n  label {{ zh: \"数据标注\", en: \"data labelling\" }}\n  uses voice\n  basis pipl::contract, gdpr::contract\n}}\nrecipient labeller: pipl::entrusted_party {{\n  label {{ zh: \"标注服务商\", en: \"labelling vendor\" }}\n  region DE\n{contract}}}\nflow labelling_work {{\n  entrust voice\n  to labeller\n  for labelling\n}}\n"
        )
    }

    /// Thirty processors, none with the terms in the model: the diagnostics of the rule.
    fn many_processors(n: usize, acts_as: &str) -> Vec<crate::diag::Diagnostic> {
        let mut text = format!(
            "{HEADER}category voice {{\n  label {{ zh: \"语音\", en: \"voice recordings\" }}\n}}\npurpose labelling {{\n  label {{ zh: \"数据标注\", en: \"data labelling\" }}\n  uses voice\n  basis pipl::contract, gdpr::contract\n}}\n"
        );
        for i in 0..n {
            text.push_str(&format!(
                "recipient vendor{i}: pipl::entrusted_party {{\n  label {{ zh: \"服务商\", en: \"vendor\" }}\n{acts_as}}}\nflow work{i} {{\n  entrust voice\n  to vendor{i}\n  for labelling\n}}\n"
            ));
        }
        crate::Workspace::from_text("policy.pol", &text)
            .analyze()
            .diagnostics
            .into_iter()
            .filter(|d| d.code.as_str() == "GDPR-PROC-001")
            .collect()
    }

    #[test]
    fn a_processor_without_article_28_terms() {
        assert_eq!(check(&policy(""), "GDPR-PROC-001"), vec![(16, 11)]);
    }

    #[test]
    fn a_processor_with_them() {
        assert!(check(&policy("  contract gdpr::art28_clauses\n"), "GDPR-PROC-001").is_empty());
    }

    #[test]
    fn thirty_processors_give_one_warning() {
        let found = many_processors(30, "");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(found[0].related.len(), 29);
    }

    #[test]
    fn an_independent_controller_is_no_processor() {
        assert!(many_processors(3, "  acts_as independent_controller\n").is_empty());
    }
}
