//! CORE-DECL-002 · Orphan category, empty purpose, unused recipient.
//!
//! Data collected for no purpose breaks the minimum-necessary principle; a purpose that uses
//! nothing, a recipient nothing flows to, or a cookie that serves no purpose makes the notice
//! say something that does not happen.

use crate::ir::views::{Category, Cookie, Purpose};
use std::collections::HashSet;

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::ItemId;
use crate::meaning::EdgeKind;
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("CORE-DECL-002"),
        severity: Severity::Warning,
        title_en: "orphan category, empty purpose or unused recipient",
        title_zh: "无目的收集的个人信息、无数据的目的或无流向的接收方",
    },
    profile: Profile::Core,
    article: "PIPL Art. 5, 6 ¶2; GB/T 35273 5.2",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    // Sets first: asking the graph per item would be quadratic on a large policy.
    let used_by_purpose: HashSet<ItemId> = ctx
        .graph
        .edges
        .iter()
        .filter(|e| e.kind == EdgeKind::Use)
        .map(|e| e.category)
        .collect();
    let flowed_to: HashSet<ItemId> = ctx.graph.flows().filter_map(|e| e.recipient).collect();
    // A third party data is obtained *from* (a social-login provider) is declared as a
    // recipient too, and is used when a category names it as its source.
    let sources: HashSet<ItemId> = ctx
        .items(Kind::Category)
        .flat_map(|c| Category(c).obtained_from())
        .collect();
    for category in ctx.items(Kind::Category) {
        if !used_by_purpose.contains(&category.id) {
            out.push(warning(
                category.name_span(),
                Message::key("core-decl-002--category-name-used-no-purpose")
                    .arg("name", &category.name()),
                Message::key("core-decl-002--add-uses-purpose-needs-remove"),
            ));
        }
    }
    for purpose in ctx.items(Kind::Purpose) {
        if Purpose(purpose).uses().is_empty() {
            out.push(warning(
                purpose.name_span(),
                Message::key("core-decl-002--purpose-name-uses-no-category")
                    .arg("name", &purpose.name()),
                Message::key("core-decl-002--say-which-categories-uses-uses"),
            ));
        }
    }
    for recipient in ctx.items(Kind::Recipient) {
        if !sources.contains(&recipient.id) && !flowed_to.contains(&recipient.id) {
            out.push(warning(
                recipient.name_span(),
                Message::key("core-decl-002--no-flow-goes-recipient-name")
                    .arg("name", &recipient.name()),
                Message::key("core-decl-002--declare-flow-gives-data-remove"),
            ));
        }
    }
    for cookie in ctx.items(Kind::Cookie) {
        if Cookie(cookie).purposes().is_empty() {
            out.push(warning(
                cookie.name_span(),
                Message::key("core-decl-002--cookie-name-serves-no-purpose")
                    .arg("name", &cookie.name()),
                Message::key("core-decl-002--say-which-purposes-serves"),
            ));
        }
    }
}

fn warning(span: crate::source::Span, message: Message, help: Message) -> Diagnostic {
    Diagnostic::new(RULE.info.code, span, message)
        .with_label(Message::key("core-decl-002--declared-but-not-used"))
        .with_help(help)
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::{check, HEADER};

    #[test]
    fn orphans_are_reported_where_declared() {
        let text = format!(
            "{HEADER}category phone {{\n  label {{ zh: \"手机号码\", en: \"phone number\" }}\n}}\npurpose p {{\n  label {{ zh: \"目的\", en: \"purpose\" }}\n}}\n"
        );
        assert_eq!(check(&text, "CORE-DECL-002"), vec![(5, 10), (8, 9)]);
    }

    #[test]
    fn a_used_category_is_fine() {
        let text = format!(
            "{HEADER}category phone {{\n  label {{ zh: \"手机号码\", en: \"phone number\" }}\n}}\npurpose p {{\n  label {{ zh: \"目的\", en: \"purpose\" }}\n  uses phone\n}}\n"
        );
        assert!(check(&text, "CORE-DECL-002").is_empty());
    }
}
