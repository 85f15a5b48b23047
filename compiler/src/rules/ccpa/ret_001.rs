//! CCPA-RET-001 · A category of personal information without a retention period.
//!
//! At or before collection the business says how long it intends to keep each category of
//! personal information, or the criteria used to decide it (§1798.100(a)(3)). The rule asks it
//! per category: a `retention` naming the category, the purposes that use it, or everything.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("CCPA-RET-001"),
        severity: Severity::Error,
        title_en: "category of personal information without a retention period",
        title_zh: "个人信息类别未说明保存期限",
    },
    profile: Profile::Ccpa,
    article: "Cal. Civ. Code §1798.100(a)(3)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for category in ctx.items(Kind::Category) {
        if !ctx.is_used(category.id) || ctx.retention_names(category.id) {
            continue;
        }
        let mut purposes = ctx.purposes_using(category.id).peekable();
        if purposes.peek().is_none() {
            continue;
        }
        if purposes.all(|p| ctx.retention_covers(p.id)) {
            continue;
        }
        out.push(
            Diagnostic::new(
                RULE.info.code,
                category.name_span(),
                Message::key("ccpa-ret-001--policy-does-not-say-how").arg("name", &category.name()),
            )
            .with_label(Message::key("ccpa-ret-001--no-retention-period"))
            .with_help(
                Message::key("ccpa-ret-001--add-retention-data-name-period")
                    .arg("name", &category.name()),
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::ccpa::tests::HEADER;
    use crate::rules::core::tests::check;

    fn policy(retention: &str) -> String {
        format!(
            "{HEADER}category email: ccpa::identifiers {{\n  label {{ zh: \"邮箱\", en: \"email\" }}\n  source subject\n}}\npurpose account {{\n  label {{ zh: \"账户\", en: \"account\" }}\n  uses email\n}}\n{retention}"
        )
    }

    #[test]
    fn a_category_kept_for_no_stated_time() {
        assert_eq!(check(&policy(""), "CCPA-RET-001"), vec![(7, 10)]);
    }

    #[test]
    fn a_period_for_the_category() {
        let text = policy("retention {\n  data email\n  period 2 years\n}\n");
        assert!(check(&text, "CCPA-RET-001").is_empty());
    }
}
