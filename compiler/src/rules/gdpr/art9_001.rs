//! GDPR-ART9-001 · Special category without an Art. 9(2) condition.
//!
//! Which categories are special under GDPR Art. 9(1) (and Art. 10) is the GDPR's own closed list,
//! not PIPL's sensitive list: financial accounts and location are sensitive under PIPL but not
//! special under the GDPR, and political opinions the other way round. The list is data, in
//! `std::gdpr` (`special_category`, `criminal_convictions`), reached through a category's parent
//! or `maps_to` (`Policy::sensitive_under`).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::ItemId;
use crate::rules::gdpr::is_gdpr;
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("GDPR-ART9-001"),
        severity: Severity::Error,
        title_en: "special category without an Art. 9(2) condition",
        title_zh: "处理特殊类别个人数据缺少第9条第2款条件",
    },
    profile: Profile::Gdpr,
    article: "GDPR Art. 9(1), 9(2)(a)-(j), 10",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for purpose in super::purposes(ctx) {
        let special: Vec<ItemId> = purpose
            .fields
            .refs("uses")
            .into_iter()
            .filter(|c| ctx.policy.sensitive_under(*c, "gdpr"))
            .collect();
        if special.is_empty() {
            continue;
        }
        // Any Art. 9(2) condition the purpose names (`special_condition gdpr::art9_...`) other
        // than explicit consent, which must also be asked as explicit consent (below).
        let conditions = ctx.policy.clauses(&purpose.fields, "special_condition");
        if conditions.iter().any(|c| {
            ctx.item(*c).is_some_and(|i| {
                i.name().starts_with("art9_")
                    && i.name() != "art9_explicit_consent"
                    && ctx
                        .policy
                        .module(i.module)
                        .is_some_and(|m| m.path == "std::gdpr")
            })
        }) {
            continue;
        }
        // Art. 9(2)(a): explicit consent, i.e. a GDPR consent asked in a separate prompt or in
        // writing.
        let explicit = purpose
            .fields
            .refs("basis")
            .iter()
            .any(|b| is_gdpr(ctx, *b) && ctx.consent_form(*b).is_some_and(|f| f != "none"))
            && matches!(
                purpose.fields.option("consent"),
                Some("separate_prompt" | "written")
            );
        if explicit {
            continue;
        }
        let names: Vec<String> = special.iter().map(|c| ctx.display(*c)).collect();
        let mut d = Diagnostic::new(
            RULE.info.code,
            purpose.name_span(),
            Message::key("gdpr-art9-001--purpose-name-uses-special-categories")
                .arg("name", &purpose.name())
                .arg_en_zh("names", &(names.join(", ")), &(names.join("、"))),
        )
        .with_label(Message::key("gdpr-art9-001--special-category-processing"))
        .with_help(Message::key("gdpr-art9-001--name-art-9-2-condition"));
        for c in &special {
            if let Some(span) = ctx.name_span(*c) {
                d = d.with_related(
                    span,
                    Message::key("gdpr-art9-001--special-category-under-gdpr-art"),
                );
            }
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::gdpr::tests::HEADER;

    fn policy(consent: &str) -> String {
        format!(
            "use std::gbt35273 as gb\n{HEADER}category voiceprint: gb::sensitive_biometric {{\n  label {{ zh: \"声纹\", en: \"voiceprint\" }}\n}}\npurpose speaker_check {{\n  label {{ zh: \"说话人验证\", en: \"speaker verification\" }}\n  uses voiceprint\n  basis pipl::separate_consent, gdpr::consent\n{consent}}}\n"
        )
    }

    #[test]
    fn a_voiceprint_on_ordinary_consent() {
        assert_eq!(check(&policy(""), "GDPR-ART9-001"), vec![(12, 9)]);
    }

    #[test]
    fn a_voiceprint_under_another_article_9_condition() {
        let text = policy("  special_condition gdpr::art9_employment\n");
        assert!(check(&text, "GDPR-ART9-001").is_empty());
        // Naming explicit consent does not make ordinary consent explicit.
        let named = policy("  special_condition gdpr::art9_explicit_consent\n");
        assert_eq!(check(&named, "GDPR-ART9-001"), vec![(12, 9)]);
    }

    #[test]
    fn a_voiceprint_on_explicit_consent() {
        assert!(check(&policy("  consent separate_prompt\n"), "GDPR-ART9-001").is_empty());
    }
}
