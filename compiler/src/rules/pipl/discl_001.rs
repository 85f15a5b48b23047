//! PIPL-DISCL-001 · Public disclosure without separate consent.
//!
//! Publishing personal information (公开披露) needs the person's separate consent (PIPL
//! Art. 25) unless an Art. 13 ¶1 (2)–(7) case applies, typically a statutory duty. Biometric
//! information and information on religious belief should not be published at all (GB/T 35273
//! 9.4): that is a warning even with consent.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::ItemId;
use crate::meaning::{EdgeKind, Lawful};
use crate::rules::pipl::with_separate_consent_fix;
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-DISCL-001"),
        severity: Severity::Error,
        title_en: "public disclosure without separate consent",
        title_zh: "公开披露个人信息未取得单独同意",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 25, 13 ¶2; GB/T 35273 9.4",
    check,
};

/// The standard categories GB/T 35273 9.4 says must not be published.
const NEVER_PUBLISHED: &[&str] = &["biometric", "sensitive_biometric", "sensitive_religion"];

fn is_disclosure(ctx: &Ctx, kind: EdgeKind, recipient: Option<ItemId>) -> bool {
    kind == EdgeKind::Disclose || recipient.is_some_and(|r| ctx.root_name(r) == Some("public"))
}

/// Whether a category descends from a standard category that must never be published.
fn never_published(ctx: &Ctx, category: ItemId) -> bool {
    let mut current = ctx.item(category);
    for _ in 0..8 {
        let Some(item) = current else { return false };
        if ctx.policy.is_std(item) && NEVER_PUBLISHED.contains(&item.name()) {
            return true;
        }
        current = item.parent.and_then(|p| ctx.item(p));
    }
    false
}

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let mut seen: Vec<ItemId> = Vec::new();
    let mut seen_category: Vec<(ItemId, ItemId)> = Vec::new();
    for edge in ctx.graph.flows() {
        // A disclosure that does not happen at present (`currently_not`) publishes nothing.
        if !edge.modality.happens() || !is_disclosure(ctx, edge.kind, edge.recipient) {
            continue;
        }
        let Some(flow) = ctx.item(edge.source) else {
            continue;
        };
        let name = flow.name();
        // (b) Biometric and religious information: not to be published at all.
        if never_published(ctx, edge.category)
            && !seen_category.contains(&(edge.source, edge.category))
        {
            seen_category.push((edge.source, edge.category));
            if let Some(span) = ctx.reference_in(edge.source, edge.category) {
                let category = ctx.display(edge.category);
                let mut d = Diagnostic::new(
                    RULE.info.code,
                    span,
                    Message::key("pipl-discl-001--flow-name-publicly-discloses-category")
                        .arg("name", &name)
                        .arg("category", &category),
                )
                .with_label(Message::key("pipl-discl-001--not-published-even-consent"))
                .with_help(Message::key(
                    "pipl-discl-001--remove-category-from-disclosure-publish",
                ));
                d.severity = Severity::Warning;
                out.push(d);
            }
        }
        // (a) No separate consent and no exception.
        if matches!(edge.lawful, Lawful::SeparateConsent | Lawful::Exception)
            || seen.contains(&edge.source)
        {
            continue;
        }
        seen.push(edge.source);
        let mut d = Diagnostic::new(
            RULE.info.code,
            flow.name_span(),
            Message::key("pipl-discl-001--flow-name-publicly-discloses-personal")
                .arg("name", &name),
        )
        .with_label(Message::key(
            "pipl-discl-001--public-disclosure-without-separate-consent",
        ))
        .with_help(Message::key(
            "pipl-discl-001--base-flow-pipl-separate-consent",
        ));
        if let Some(r) = edge.recipient.and_then(|r| ctx.name_span(r)) {
            d = d.with_related(r, Message::key("pipl-discl-001--public"));
        }
        for basis in &edge.basis {
            if let Some(span) = ctx.reference_in(edge.source, *basis) {
                d = d.with_related(span, Message::key("pipl-discl-001--basis-flow"));
            }
        }
        out.push(with_separate_consent_fix(ctx, flow, d));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const ITEMS: &str = "category nickname {\n  label { zh: \"昵称\", en: \"nickname\" }\n}\ncategory face: std::gbt35273::biometric {\n  label { zh: \"人脸图像\", en: \"face images\" }\n}\npurpose ranking {\n  label { zh: \"排行榜\", en: \"leaderboard\" }\n  uses nickname, face\n  basis pipl::separate_consent\n}\nrecipient everyone: pipl::public {\n  label { zh: \"社会公众\", en: \"the public\" }\n}\n";

    #[test]
    fn disclosure_on_ordinary_consent_and_of_biometric_data() {
        let text = format!(
            "{HEADER}{ITEMS}flow board {{\n  disclose nickname\n  to everyone\n  for ranking\n  basis pipl::consent\n}}\nflow wall {{\n  disclose face\n  to everyone\n  for ranking\n}}\n"
        );
        assert_eq!(check(&text, "PIPL-DISCL-001"), vec![(22, 6), (29, 12)]);
    }

    #[test]
    fn disclosure_on_separate_consent() {
        let text = format!(
            "{HEADER}{ITEMS}flow board {{\n  disclose nickname\n  to everyone\n  for ranking\n}}\n"
        );
        assert!(check(&text, "PIPL-DISCL-001").is_empty());
    }
}
