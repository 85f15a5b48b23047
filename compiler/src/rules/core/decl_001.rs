//! CORE-DECL-001 · Processed category not declared.
//!
//! A purpose, flow, storage or retention entry that names a stdlib standard category directly
//! tells the reader nothing about what is actually collected: the policy must declare its own
//! category (label, examples, required or not) that belongs to the standard one.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("CORE-DECL-001"),
        severity: Severity::Error,
        title_en: "processed category not declared",
        title_zh: "处理的个人信息种类未在政策中声明",
    },
    profile: Profile::Core,
    article: "PIPL Art. 7, 17 ¶1(2); GB/T 35273 5.5 a) 2); GDPR Art. 13(1)(c), 14(1)(d)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let users = [
        Kind::Purpose,
        Kind::Flow,
        Kind::Storage,
        Kind::Retention,
        Kind::Cookie,
        Kind::Promise,
    ];
    // The items that can use a category, by position: the item a reference sits in is then a
    // binary search away (scanning every item per reference was quadratic: each category's
    // own `: parent` is a reference to a standard category). Items do not nest.
    let mut spans: Vec<crate::source::Span> = users
        .iter()
        .flat_map(|kind| ctx.items(*kind))
        .map(|i| i.span)
        .collect();
    spans.sort_unstable();
    let inside_a_user = |at: crate::source::Span| {
        let after = spans.partition_point(|s| (s.file, s.start) <= (at.file, at.start));
        after
            .checked_sub(1)
            .and_then(|i| spans.get(i))
            .is_some_and(|s| s.file == at.file && s.start <= at.start && at.end <= s.end)
    };
    // Find references to standard categories first, then the item each sits in (a category's
    // own `: parent` is not one of `users`, so it is never reported).
    for reference in &ctx.policy.references {
        let Some(target) = ctx
            .item(reference.target)
            .filter(|t| t.kind == Kind::Category)
        else {
            continue;
        };
        if !ctx.policy.is_std(target) {
            continue;
        }
        if !inside_a_user(reference.span) {
            continue;
        }
        let name = ctx.display(target.id);
        out.push(
            Diagnostic::new(
                RULE.info.code,
                reference.span,
                Message::key("core-decl-001--name-standard-category-not-one").arg("name", &name),
            )
            .with_label(Message::key("core-decl-001--undeclared-category"))
            .with_related(
                target.name_span(),
                Message::key("core-decl-001--standard-category"),
            )
            .with_help(
                Message::key("core-decl-001--declare-category-name-name-label").arg("name", &name),
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::{check, HEADER};

    #[test]
    fn a_purpose_using_a_standard_category_directly() {
        let text = format!(
            "use std::gbt35273 as gb\n{HEADER}purpose p {{\n  label {{ zh: \"目的\", en: \"purpose\" }}\n  uses gb::basic_profile\n}}\n"
        );
        assert_eq!(check(&text, "CORE-DECL-001"), vec![(8, 8)]);
    }

    #[test]
    fn a_declared_category_with_a_standard_parent_is_fine() {
        let text = format!(
            "use std::gbt35273 as gb\n{HEADER}category phone: gb::basic_profile {{\n  label {{ zh: \"手机号码\", en: \"phone number\" }}\n}}\npurpose p {{\n  label {{ zh: \"目的\", en: \"purpose\" }}\n  uses phone\n}}\n"
        );
        assert!(check(&text, "CORE-DECL-001").is_empty());
    }
}
