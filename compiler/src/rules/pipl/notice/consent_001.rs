//! PIPL-CONSENT-001 · Consent not voluntary, explicit and informed.
//!
//! Consent must be given voluntarily and explicitly, with full knowledge (PIPL Art. 14 ¶1), and
//! a product or service may not be refused because a person does not consent to processing
//! that is not necessary for it (Art. 16). Implemented, for a purpose based on consent: (a)
//! `consent implied_by_use` ("using the service means you agree"); (b) `consent pre_checked`;
//! (c) a purpose that is never necessary for the service (tagged `marketing`,
//! `personalization`, `ai_training`, `analytics` or `research`) marked `required`; (e) the
//! header's `use_means_acceptance` while purposes on consent say no explicit way of asking
//! for it (acceptance of the policy standing in for consent). Variant (d),
//! separate consent covered by general acceptance, is PIPL-SENS-001, PIPL-SHARE-001,
//! PIPL-XB-002 and PIPL-DISCL-001.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::Purpose;
use crate::ir::{Item, Value};
use crate::rules::{acceptance, Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-CONSENT-001"),
        severity: Severity::Error,
        title_en: "consent not voluntary, explicit and informed",
        title_zh: "同意并非在充分知情的前提下自愿、明确作出",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 14 ¶1, 16; NDSR Art. 22; GB/T 35273 5.3; APP §3",
    check,
};

/// Purposes no service needs: consent to them can never be a condition of the service.
const NEVER_NECESSARY: &[&str] = &[
    "marketing",
    "personalization",
    "ai_training",
    "analytics",
    "research",
];

/// Whether a purpose rests on a form of consent.
pub(crate) fn consent_based(ctx: &Ctx, purpose: &Item) -> bool {
    Purpose(purpose).basis().iter().any(|b| {
        matches!(
            ctx.consent_form(*b),
            Some("general" | "separate" | "written" | "guardian")
        )
    })
}

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    acceptance_as_consent(ctx, out);
    for purpose in ctx.items(Kind::Purpose) {
        if !consent_based(ctx, purpose) {
            continue;
        }
        let name = purpose.name();
        // (a), (b) Consent that is not an explicit act.
        for v in Purpose(purpose).values(Purpose::CONSENT) {
            let message = match v.value {
                Value::Option("implied_by_use") => {
                    Message::key("pipl-notice-consent-001--purpose-name-treats-use-service")
                        .arg("name", &name)
                }
                Value::Option("pre_checked") => {
                    Message::key("pipl-notice-consent-001--purpose-name-asks-consent-pre")
                        .arg("name", &name)
                }
                _ => continue,
            };
            out.push(
                Diagnostic::new(RULE.info.code, v.span, message)
                    .with_label(Message::key(
                        "pipl-notice-consent-001--not-explicit-consent",
                    ))
                    .with_help(Message::key(
                        "pipl-notice-consent-001--ask-consent-act-person-consent",
                    ))
                    .with_fix(
                        Message::key("pipl-notice-consent-001--ask-consent-explicitly"),
                        v.span,
                        "opt_in",
                    ),
            );
        }
        // (c) Consent to an unnecessary purpose as a condition of the service.
        let tags = Purpose(purpose).tags();
        let Some(tag) = NEVER_NECESSARY.iter().copied().find(|t| tags.contains(t)) else {
            continue;
        };
        if Purpose(purpose).required() != Some(true) {
            continue;
        }
        let Some(required) = Purpose(purpose).field(Purpose::REQUIRED) else {
            continue;
        };
        let mut d = Diagnostic::new(
            RULE.info.code,
            required.span,
            Message::key("pipl-notice-consent-001--purpose-name-tag-not-necessary")
                .arg("name", &name)
                .arg("tag", &tag),
        )
        .with_label(Message::key("pipl-notice-consent-001--bundled-consent"))
        .with_help(Message::key(
            "pipl-notice-consent-001--make-optional-required-no-say",
        ))
        .with_fix(
            Message::key("pipl-notice-consent-001--make-purpose-optional"),
            required.span,
            "required no",
        );
        if let Some(v) = purpose
            .fields
            .values("tags")
            .find(|v| v.value == Value::Option(tag))
        {
            d = d.with_related(
                v.span,
                Message::key("pipl-notice-consent-001--not-necessary-service"),
            );
        }
        out.push(d);
    }
}

/// (e) The header says that starting to use the service counts as accepting the policy, and
/// purposes that rest on consent say no explicit way of asking for it: their only "consent" is
/// that acceptance, which is not an explicit, informed act (Art. 14 ¶1). One finding, on the
/// header's statement, with every such purpose pointed at (an `allow` on either silences it).
/// Purposes that say `implied_by_use` are (a)'s findings already.
fn acceptance_as_consent(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let words = acceptance::Words {
        message: |en, ending, zh| {
            Message::key("pipl-notice-consent-001--policy-treats-starting-use-service")
                .arg_en_zh("arg", &en, &zh)
                .arg("ending", &ending)
        },
        help: Message::key("pipl-notice-consent-001--say-how-each-purpose-s"),
        related: Message::key("pipl-notice-consent-001--rests-consent-asked-no-explicit"),
    };
    acceptance::report(ctx, RULE.info.code, |p| consent_based(ctx, p), &words, out);
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const ITEMS: &str = "category email {\n  label { zh: \"邮箱\", en: \"email\" }\n}\npurpose news {\n  label { zh: \"资讯推送\", en: \"newsletter\" }\n  uses email\n  basis pipl::consent\n  tags marketing\n";

    #[test]
    fn implied_consent_and_bundled_marketing() {
        let text = format!("{HEADER}{ITEMS}  consent implied_by_use\n  required\n}}\n");
        assert_eq!(check(&text, "PIPL-CONSENT-001"), vec![(16, 11), (17, 3)]);
    }

    #[test]
    fn the_quick_fixes() {
        let text = format!("{HEADER}{ITEMS}  consent pre_checked\n  required yes\n}}\n");
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let edits: Vec<(&str, &str)> = a
            .diagnostics
            .iter()
            .filter(|d| d.code.as_str() == "PIPL-CONSENT-001")
            .map(|d| {
                let e = &d.fixes[0].edits[0];
                (
                    &text[e.span.start as usize..e.span.end as usize],
                    e.new_text.as_str(),
                )
            })
            .collect();
        assert_eq!(
            edits,
            vec![("pre_checked", "opt_in"), ("required yes", "required no")]
        );
    }

    /// "Using the service means you accept this policy" is not consent to a purpose that says
    /// no other way of asking for it.
    #[test]
    fn use_taken_as_acceptance() {
        let header = HEADER.replace("  effective", "  use_means_acceptance\n  effective");
        let relying = format!("{header}{ITEMS}  required no\n}}\n");
        let at = check(&relying, "PIPL-CONSENT-001");
        assert_eq!(at.len(), 1);
        let asked = format!("{header}{ITEMS}  consent opt_in\n  required no\n}}\n");
        assert!(check(&asked, "PIPL-CONSENT-001").is_empty());
        let no_header = format!("{HEADER}{ITEMS}  required no\n}}\n");
        assert!(check(&no_header, "PIPL-CONSENT-001").is_empty());
    }

    #[test]
    fn opt_in_and_optional() {
        let text = format!("{HEADER}{ITEMS}  consent opt_in\n  required no\n}}\n");
        assert!(check(&text, "PIPL-CONSENT-001").is_empty());
    }
}
