//! GDPR-ADM-001 · Automated decision-making without the Art. 13(2)(f) information.
//!
//! Where a decision is based solely on automated processing, including profiling, with legal or
//! similarly significant effects (Art. 22(1), `solely_automated yes`), Art. 13(2)(f) and
//! 14(2)(g) require the notice to say so and give meaningful information about the logic
//! involved (`logic`) and the significance and envisaged consequences (`consequences`). A
//! purpose tagged `automated_decision` that does not say whether it is such a decision
//! (`solely_automated yes` or `no`) is a warning: the tag also covers automated processing
//! that Art. 22 does not reach (recommendations, ranking), and only the author knows which.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::gdpr::gdpr_bases;
use crate::rules::{warning, Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("GDPR-ADM-001"),
        severity: Severity::Error,
        title_en: "automated decision-making without the Art. 13(2)(f) information",
        title_zh: "自动化决策缺少第13条第2款(f)项规定的告知事项",
    },
    profile: Profile::Gdpr,
    article: "GDPR Art. 13(2)(f), 14(2)(g), 22(1)-(4)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for purpose in super::purposes(ctx) {
        if gdpr_bases(ctx, purpose).is_empty() && !purpose.fields.has("solely_automated") {
            // Not a purpose the GDPR side of the policy speaks of (GDPR-BASIS-001 says so).
            continue;
        }
        let name = purpose.name();
        match purpose.fields.bool("solely_automated") {
            Some(true) => {
                let missing: Vec<&str> = ["logic", "consequences"]
                    .into_iter()
                    .filter(|k| !purpose.fields.has(k))
                    .collect();
                if missing.is_empty() {
                    continue;
                }
                let span = purpose
                    .fields
                    .get("solely_automated")
                    .map(|f| f.span)
                    .unwrap_or_else(|| purpose.name_span());
                let words: Vec<String> = missing.iter().map(|k| format!("`{k}`")).collect();
                out.push(
                    Diagnostic::new(
                        RULE.info.code,
                        span,
                        Message::key("gdpr-adm-001--purpose-name-makes-solely-automated")
                            .arg("name", &name)
                            .arg("words", &(words.join(" or "))),
                    )
                    .with_label(Message::key("gdpr-adm-001--art-22-decision"))
                    .with_help(Message::key(
                        "gdpr-adm-001--add-logic-logic-involved-meaningful",
                    )),
                );
            }
            Some(false) => {}
            None => {
                if !purpose
                    .fields
                    .options("tags")
                    .contains(&"automated_decision")
                {
                    continue;
                }
                let span = purpose
                    .fields
                    .get("tags")
                    .map(|f| f.span)
                    .unwrap_or_else(|| purpose.name_span());
                out.push(warning(
                    Diagnostic::new(
                        RULE.info.code,
                        span,
                        Message::key("gdpr-adm-001--purpose-name-automated-decision-making")
                            .arg("name", &name),
                    )
                    .with_label(Message::key("gdpr-adm-001--art-22-not"))
                    .with_help(Message::key("gdpr-adm-001--add-solely-automated-yes-logic")),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::diag::Severity;
    use crate::rules::core::tests::check;
    use crate::rules::gdpr::tests::HEADER;

    fn policy(extra: &str) -> String {
        format!(
            "{HEADER}category income {{\n  label {{ zh: \"收入信息\", en: \"income details\" }}\n}}\npurpose credit_check {{\n  label {{ zh: \"信用评估\", en: \"credit assessment\" }}\n  uses income\n  basis pipl::contract, gdpr::contract\n  tags automated_decision\n{extra}}}\n"
        )
    }

    #[test]
    fn a_solely_automated_decision_without_its_logic() {
        assert_eq!(
            check(&policy("  solely_automated yes\n"), "GDPR-ADM-001"),
            vec![(16, 3)]
        );
    }

    #[test]
    fn an_unsaid_one_is_a_warning() {
        assert_eq!(check(&policy(""), "GDPR-ADM-001"), vec![(15, 3)]);
        let a = crate::Workspace::from_text("policy.pol", &policy("")).analyze();
        assert!(a
            .diagnostics
            .iter()
            .any(|d| d.code.as_str() == "GDPR-ADM-001" && d.severity == Severity::Warning));
    }

    #[test]
    fn logic_and_consequences_stated_or_no_art_22_decision() {
        let stated = policy("  solely_automated yes\n  logic { zh: \"根据收入与负债之比评分\", en: \"a score from the ratio of income to debt\" }\n  consequences { zh: \"评分过低时无法开通分期付款\", en: \"below a threshold, instalment payment is not offered\" }\n");
        assert!(check(&stated, "GDPR-ADM-001").is_empty());
        assert!(check(&policy("  solely_automated no\n"), "GDPR-ADM-001").is_empty());
    }
}
