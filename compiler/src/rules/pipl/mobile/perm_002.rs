//! PIPL-PERM-002 · Permission exposing sensitive data without separate consent.
//!
//! A permission that gives access to a sensitive category (precise location, contacts, ...)
//! while none of the purposes that need it (its `for`, and its functions' purposes) declares
//! processing that category: the policy never asks for the separate consent that PIPL Art. 29
//! requires for it, since no purpose that uses it exists for PIPL-SENS-001 to check. Where a
//! purpose does use it, PIPL-SENS-001 checks that purpose's consent instead.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::pipl::mobile::permission_purposes;
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-PERM-002"),
        severity: Severity::Error,
        title_en: "permission exposing sensitive data without separate consent",
        title_zh: "权限可获取敏感个人信息但未取得单独同意",
    },
    profile: Profile::Pipl,
    // Citations checked (December 2026):
    // - PIPL Art. 28, 29 (sensitive information; separate consent)
    // - 认定方法 (国信办秘字〔2019〕191号): its six heads (二 未明示目的、方式和范围; 三 未经用户同意; 四 违反必要原则; 五 未经同意向他人提供) and items 二.1, 二.3, 三.1 read in the republished text (docs/research/mobile-apps.md (c)); 二.3 names permissions and sensitive information (whereabouts) together
    // - GB/T 35273-2020: 5.3 and Annex C.2 (basic and extended functions), 5.4, 9.7 by number and title in the foreword and table of contents (docs/research/mobile-apps.md (c))
    article: "PIPL Art. 28, 29; App违法违规收集使用个人信息行为认定方法 二.3; GB/T 35273-2020 5.4",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for permission in ctx.items(Kind::Permission) {
        let purposes = permission_purposes(ctx, permission);
        if purposes.is_empty() {
            // PIPL-PERM-001 reports a permission that serves nothing.
            continue;
        }
        for v in permission.fields.values("exposes") {
            let Some(category) = v.value.as_item() else {
                continue;
            };
            if !ctx.policy.sensitive_under(category, "pipl") {
                continue;
            }
            let declared = ctx
                .purposes_using(category)
                .any(|p| purposes.contains(&p.id));
            if declared {
                continue;
            }
            let (name, cat) = (permission.name(), ctx.display(category));
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    v.span,
                    Message::key(
                        "pipl-mobile-perm-002--permission-name-exposes-sensitive-personal",
                    )
                    .arg("name", &name)
                    .arg("cat", &cat),
                )
                .with_label(Message::key(
                    "pipl-mobile-perm-002--sensitive-personal-information",
                ))
                .with_help(
                    Message::key("pipl-mobile-perm-002--add-cat-uses-purpose-needs")
                        .arg("cat", &cat),
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::policy;
    use crate::rules::core::tests::check;

    const LOCATION: &str = "category location: std::gbt35273::sensitive_precise_location {\n  label { zh: \"位置\", en: \"location\" }\n}\n";

    #[test]
    fn a_permission_exposing_location_no_purpose_declares() {
        let text = policy(&format!("{LOCATION}permission gps {{\n  label {{ zh: \"位置\", en: \"location\" }}\n  exposes location\n  functions albums\n}}\n"));
        assert_eq!(check(&text, "PIPL-PERM-002"), vec![(26, 11)]);
    }

    #[test]
    fn a_non_sensitive_category_is_not_reported() {
        let text = policy("permission photo {\n  label { zh: \"相册\", en: \"photos\" }\n  exposes photos\n  functions albums\n}\n");
        assert!(check(&text, "PIPL-PERM-002").is_empty());
    }
}
