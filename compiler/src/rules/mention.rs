//! Items named in the rules' messages by their label, in the reader's language, with the
//! identifier in brackets: `purpose “Account registration” (register)` rather than
//! `purpose `register``, since the person fixing a policy often knows the text better than
//! the identifiers.
//!
//! Rules name items the one way the house style says, the identifier in backticks (English)
//! or corner brackets (Chinese), usually from [`super::Ctx::display`]. This pass, run once
//! over every rule's findings, turns each such mention of a labelled item of the policy into
//! [`Policy::mention`]. A mention is only a whole quoted identifier that is the (qualified)
//! name of an item: code snippets in backticks (`retention { for news }`) and other quoted
//! words are left as they are.

use crate::ir::views::{Labelled, View};
use std::collections::HashMap;

use crate::diag::{Diagnostic, Message};
use crate::ir::{ItemId, Policy};

/// The labelled items by the name messages give them.
struct Names<'a> {
    policy: &'a Policy,
    by_name: HashMap<String, ItemId>,
}

impl<'a> Names<'a> {
    fn new(policy: &'a Policy) -> Names<'a> {
        let by_name = policy
            .items
            .iter()
            .filter(|i| i.name.is_some() && Labelled::of(i).and_then(|l| l.label()).is_some())
            .map(|i| (policy.qualified_name(i.id), i.id))
            .collect();
        Names { policy, by_name }
    }

    fn mention(&self, name: &str) -> Option<Message> {
        let id = *self.by_name.get(name)?;
        self.policy.mention(id)
    }
}

/// Rewrites the item mentions of rule findings (message, labels and help).
pub fn apply(policy: &Policy, diags: &mut [Diagnostic]) {
    let names = Names::new(policy);
    if names.by_name.is_empty() {
        return;
    }
    for d in diags {
        rewrite(&names, &mut d.message);
        for label in std::iter::once(&mut d.primary).chain(d.related.iter_mut()) {
            if let Some(m) = &mut label.message {
                rewrite(&names, m);
            }
        }
        if let Some(h) = &mut d.help {
            rewrite(&names, h);
        }
    }
}

/// Wraps the message so that, in whatever language it is shown, each quoted name of a
/// labelled item becomes the item's mention. The names are those quoted in any catalogued
/// language's rendering.
fn rewrite(names: &Names<'_>, m: &mut Message) {
    let catalogues = crate::diag::catalog::global();
    let mut mentions: Vec<(String, Message)> = Vec::new();
    for tag in catalogues.languages() {
        let text = m.get(crate::diag::Locale::new(tag));
        for (open, close) in crate::diag::QUOTES {
            replace_quoted(&text, open, close, |n| {
                if !mentions.iter().any(|(k, _)| k == n) {
                    if let Some(x) = names.mention(n) {
                        mentions.push((n.to_string(), x));
                    }
                }
                None
            });
        }
    }
    if mentions.is_empty() {
        return;
    }
    let inner = std::mem::replace(
        m,
        Message::Literal {
            en: String::new(),
            zh: String::new(),
        },
    );
    *m = Message::Mentioned {
        message: Box::new(inner),
        mentions,
    };
}

use crate::diag::replace_quoted;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_quoted_names_are_replaced() {
        let with = |n: &str| (n == "register").then(|| "“Sign-up” (register)".to_string());
        assert_eq!(
            replace_quoted(
                "purpose `register` uses `phone`; declare `retention { for register }`",
                "`",
                "`",
                with
            ),
            "purpose “Sign-up” (register) uses `phone`; declare `retention { for register }`"
        );
        assert_eq!(
            replace_quoted("`a` and `register`", "`", "`", with),
            "`a` and “Sign-up” (register)"
        );
        assert_eq!(replace_quoted("odd ` quote", "`", "`", with), "odd ` quote");
    }

    /// Rule findings named items by identifier only; they now give the label in each
    /// language with the identifier in brackets.
    #[test]
    fn rule_findings_name_items_by_their_label() {
        let text = "use std::pipl\n\npolicy acme {\n  controller { name { zh: \"某公司\", en: \"Some Co.\" }; email privacy@some.example }\n  effective 2024-01-01\n}\ncategory c {\n  label { zh: \"手机号\", en: \"phone number\" }\n}\npurpose register {\n  label { zh: \"账号注册\", en: \"Account registration\" }\n  uses c\n}\n";
        let a = crate::Workspace::from_text("policy.pol", text).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-BASIS-001")
            .unwrap_or_else(|| panic!("{:?}", a.diagnostics));
        assert_eq!(
            d.message.en(),
            "purpose “Account registration” (register) has no legal basis"
        );
        assert!(
            d.message.zh().contains("“账号注册”（register）"),
            "{}",
            d.message.zh()
        );
    }
}
