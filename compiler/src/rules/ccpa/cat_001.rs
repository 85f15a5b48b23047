//! CCPA-CAT-001 · A category of personal information without its sources.
//!
//! The privacy policy lists the categories of sources from which personal information is
//! collected (§1798.110(a)(2), (c)(2); §1798.130(a)(5)(B)). A category says it with `source`
//! (you, automatic collection, a third party) or `obtained_from` (the third parties).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("CCPA-CAT-001"),
        severity: Severity::Warning,
        title_en: "category of personal information without its sources",
        title_zh: "个人信息类别未说明来源",
    },
    profile: Profile::Ccpa,
    article: "Cal. Civ. Code §1798.110(a)(2), (c)(2), §1798.130(a)(5)(B)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for category in ctx.items(Kind::Category) {
        // Only what is collected: a category no purpose uses is CORE's concern.
        if !ctx.is_used(category.id)
            || category.fields.has("source")
            || category.fields.has("obtained_from")
        {
            continue;
        }
        out.push(
            Diagnostic::new(
                RULE.info.code,
                category.name_span(),
                Message::key("ccpa-cat-001--category-name-does-not-say")
                    .arg("name", &category.name()),
            )
            .with_label(Message::key("ccpa-cat-001--no-source"))
            .with_help(Message::key("ccpa-cat-001--add-source-subject-from-you")),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::ccpa::tests::HEADER;
    use crate::rules::core::tests::check;

    fn policy(source: &str) -> String {
        format!(
            "{HEADER}category email: ccpa::identifiers {{\n  label {{ zh: \"邮箱\", en: \"email\" }}\n{source}}}\npurpose account {{\n  label {{ zh: \"账户\", en: \"account\" }}\n  uses email\n}}\n"
        )
    }

    #[test]
    fn a_category_with_no_source() {
        assert_eq!(check(&policy(""), "CCPA-CAT-001"), vec![(7, 10)]);
    }

    #[test]
    fn a_category_you_provide() {
        assert!(check(&policy("  source subject\n"), "CCPA-CAT-001").is_empty());
    }
}
