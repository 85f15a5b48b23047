//! PIPL-NOTICE-002 · Per-category collection details missing.
//!
//! A product or service may not be refused because a person will not give information it does
//! not need (PIPL Art. 16), so the notice says, for each kind of information, whether it must be
//! given and what happens if it is not (GB/T 35273 5.3, 5.5 a)); information obtained from
//! others is traced to its source (GB/T 5.4). Implemented, for each category a purpose uses:
//! (a) no `required` flag (on it or on a category of the author's it descends from); (b) a
//! required category whose refusal consequence is stated neither on it (`refusal`) nor on any
//! purpose that uses it; (d) `source third_party` with no `obtained_from`. Not implemented, for
//! want of facts the language cannot state yet: (c) an optional category whose refusal turns
//! off a basic function (which functions are basic is not modelled), and, for (d), the
//! statements that the source's legality and the scope of the person's consent there were
//! checked.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Category, Purpose};
use crate::ir::Item;
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-NOTICE-002"),
        severity: Severity::Warning,
        title_en: "per-category collection details missing",
        title_zh: "逐项说明不足：必要/可选、拒绝后果与来源",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 16, 17 ¶1(2); GB/T 35273 5.3, 5.4, 5.5 a); NDSR Art. 22",
    check,
};

/// A category's `required` flag, its own or that of a category of the author's it descends
/// from (standard categories say nothing about it).
fn required_of(ctx: &Ctx, category: &Item) -> Option<bool> {
    let mut current = Some(category);
    for _ in 0..8 {
        let item = current?;
        if ctx.policy.is_std(item) {
            return None;
        }
        if let Some(flag) = Category(item).required() {
            return Some(flag);
        }
        current = item.parent.and_then(|p| ctx.item(p));
    }
    None
}

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for category in ctx.items(Kind::Category) {
        let using: Vec<&Item> = ctx.purposes_using(category.id).collect();
        if using.is_empty() {
            continue;
        }
        let name = category.name();
        match required_of(ctx, category) {
            // (a) Required or optional?
            None => out.push(
                Diagnostic::new(
                    RULE.info.code,
                    category.name_span(),
                    Message::key("pipl-notice-notice-002--category-name-does-not-say")
                        .arg("name", &name),
                )
                .with_label(Message::key("pipl-notice-notice-002--no-required"))
                .with_help(Message::key(
                    "pipl-notice-notice-002--add-required-service-needs-then",
                )),
            ),
            // (b) Required, but the consequence of refusing is not told.
            Some(true)
                if !Category(category).has(Category::REFUSAL)
                    && !using.iter().any(|p| Purpose(p).has(Purpose::REFUSAL)) =>
            {
                let mut d = Diagnostic::new(
                    RULE.info.code,
                    category.name_span(),
                    Message::key("pipl-notice-notice-002--category-name-must-provided-but")
                        .arg("name", &name),
                )
                .with_label(Message::key("pipl-notice-notice-002--no-refusal"))
                .with_help(Message::key(
                    "pipl-notice-notice-002--add-refusal-zh-en-naming",
                ));
                if let Some(v) = Category(category).field(Category::REQUIRED) {
                    d = d.with_related(v.span, Message::key("pipl-notice-notice-002--required"));
                }
                out.push(d);
            }
            _ => {}
        }
        // (d) Third-party source not named.
        if Category(category).source() == Some("third_party")
            && !Category(category).has(Category::OBTAINED_FROM)
        {
            let span = category
                .fields
                .values("source")
                .next()
                .map(|v| v.span)
                .unwrap_or_else(|| category.name_span());
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    span,
                    Message::key("pipl-notice-notice-002--category-name-obtained-from-third")
                        .arg("name", &name),
                )
                .with_label(Message::key("pipl-notice-notice-002--which-third-party"))
                .with_help(Message::key(
                    "pipl-notice-notice-002--declare-source-recipient-name-obtained",
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    #[test]
    fn details_missing() {
        let text = format!(
            "{HEADER}category email {{\n  label {{ zh: \"邮箱\", en: \"email\" }}\n}}\ncategory phone {{\n  label {{ zh: \"电话\", en: \"phone\" }}\n  required\n}}\ncategory nick {{\n  label {{ zh: \"昵称\", en: \"nickname\" }}\n  source third_party\n  required no\n}}\npurpose account {{\n  label {{ zh: \"账号\", en: \"account\" }}\n  uses email, phone, nick\n  basis pipl::contract\n}}\n"
        );
        assert_eq!(
            check(&text, "PIPL-NOTICE-002"),
            vec![(8, 10), (11, 10), (17, 10)]
        );
    }

    #[test]
    fn details_given() {
        let text = format!(
            "{HEADER}recipient wechat: pipl::other_handler {{\n  label {{ zh: \"微信\", en: \"WeChat\" }}\n}}\ncategory phone {{\n  label {{ zh: \"电话\", en: \"phone\" }}\n  required\n}}\ncategory nick {{\n  label {{ zh: \"昵称\", en: \"nickname\" }}\n  source third_party\n  obtained_from wechat\n  required no\n}}\npurpose account {{\n  label {{ zh: \"账号\", en: \"account\" }}\n  uses phone, nick\n  basis pipl::contract\n  refusal {{ zh: \"无法注册\", en: \"you cannot register\" }}\n}}\n"
        );
        assert!(check(&text, "PIPL-NOTICE-002").is_empty());
    }
}
