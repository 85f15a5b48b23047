//! PIPL-NOTICE-001 · Art. 17 notice items incomplete.
//!
//! Before processing, the handler must tell people, among other things, the processing
//! method (PIPL Art. 17 ¶1(2)) and the methods and procedures for exercising their rights
//! (Art. 17 ¶1(3)). Implemented: (a) a purpose uses a category whose `source` (provided by
//! the person, collected automatically, obtained from a third party) is not stated, on the
//! category or its standard category, so the notice cannot say how the data is collected.
//! The other Art. 17 items are checked elsewhere: how to exercise a right (no `via`) is
//! PIPL-RIGHTS-003 (a), which knows the rights that need no request to us (suing), so one
//! missing channel is one finding; the controller's name and the effective date are required fields and
//! every text must be given in every declared language (front end), a contact method is
//! PIPL-CONTACT-001, a purpose without categories is CORE-DECL-002, retention is PIPL-RET-001
//! and a missing right is PIPL-RIGHTS-001.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Category, Purpose};
use crate::ir::ItemId;
use crate::rules::{list_en, Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-NOTICE-001"),
        severity: Severity::Error,
        title_en: "Art. 17 notice items incomplete",
        title_zh: "告知事项不完整",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 17 ¶1(2), ¶3; NDSR Art. 21; GB/T 35273 5.5 a)",
    check,
};

/// A category's `source`, its own or its standard category's.
fn source_of(ctx: &Ctx, category: ItemId) -> Option<&'static str> {
    let mut current = Some(category);
    for _ in 0..8 {
        let item = current.and_then(|id| ctx.item(id))?;
        if let Some(source) = Category(item).source() {
            return Some(source);
        }
        current = item.parent;
    }
    None
}

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    // (a) The processing method: how each category of a purpose is collected.
    for purpose in ctx.items(Kind::Purpose) {
        let mut missing: Vec<ItemId> = Vec::new();
        for c in Purpose(purpose).uses() {
            if source_of(ctx, c).is_none() && !missing.contains(&c) {
                missing.push(c);
            }
        }
        if missing.is_empty() {
            continue;
        }
        let names: Vec<String> = missing.iter().map(|c| ctx.display(*c)).collect();
        let en_names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
        let name = purpose.name();
        let mut d = Diagnostic::new(
            RULE.info.code,
            purpose.name_span(),
            Message::key("pipl-notice-notice-001--purpose-name-does-not-say")
                .arg("name", &name)
                .arg("list", &(list_en(&en_names)))
                .arg("missing", &(if missing.len() == 1 { "is" } else { "are" }))
                .arg("names", &(names.join("」「"))),
        )
        .with_label(Message::key(
            "pipl-notice-notice-001--processing-method-not-stated",
        ))
        .with_help(Message::key(
            "pipl-notice-notice-001--give-each-category-source-subject",
        ));
        for c in &missing {
            let span = ctx
                .reference_in(purpose.id, *c)
                .or_else(|| ctx.name_span(*c));
            if let Some(span) = span {
                d = d.with_related(
                    span,
                    Message::key("pipl-notice-notice-001--category-without-source"),
                );
            }
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const ITEMS: &str = "category email {\n  label { zh: \"邮箱\", en: \"email\" }\n}\npurpose news {\n  label { zh: \"资讯推送\", en: \"newsletter\" }\n  uses email\n  basis pipl::consent\n}\n";

    #[test]
    fn no_source() {
        let text = format!("{HEADER}{ITEMS}right access: pipl::access\n");
        assert_eq!(check(&text, "PIPL-NOTICE-001"), vec![(11, 9)]);
    }

    /// A right with no `via` is PIPL-RIGHTS-003's finding alone, and suing (which is not a
    /// request to us) needs no channel in either rule.
    #[test]
    fn a_missing_channel_is_one_finding_of_rights_003() {
        let text = format!("{HEADER}{ITEMS}right access: pipl::access\nright sue: pipl::sue\n")
            .replace("en: \"email\" }\n", "en: \"email\" }\n  source subject\n");
        assert!(check(&text, "PIPL-NOTICE-001").is_empty());
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let channels: Vec<String> = a
            .diagnostics
            .iter()
            .filter(|d| d.code.as_str() == "PIPL-RIGHTS-003")
            .filter(|d| d.message.en().contains("how to exercise"))
            .map(|d| d.message.en())
            .collect();
        assert_eq!(channels, ["right `access` does not say how to exercise it"]);
    }

    #[test]
    fn source_and_channel_given() {
        let text = format!("{HEADER}{ITEMS}")
            .replace("en: \"email\" }\n", "en: \"email\" }\n  source subject\n");
        let text = format!("{text}right access: pipl::access {{ via privacy@some.example }}\n");
        assert!(check(&text, "PIPL-NOTICE-001").is_empty());
    }
}
