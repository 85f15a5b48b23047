//! GDPR-BASIS-001 · No valid Art. 6 basis, or consent conditions unmet.
//!
//! Under the GDPR profile every purpose needs one of the Art. 6(1) bases (a PIPL basis does
//! not count: the two laws' lists differ), consent must be a clear affirmative act, and
//! non-essential cookies need consent. Also reported: an `only_if` case of a flow in which no
//! GDPR basis makes it lawful (neither the flow, the purpose it serves nor the condition gives
//! one; on the condition in `only_if`; never for a `currently_not` flow, which processes
//! nothing). And the header's `use_means_acceptance` while purposes on GDPR consent say no
//! way of asking for it: accepting a policy by using the service is no consent under the GDPR
//! (Art. 4(11): a clear affirmative act; Art. 7(2): distinguishable from other matters;
//! Recital 32: silence or inactivity is not consent).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::meaning::condition_kind;
use crate::rules::gdpr::is_gdpr;
use crate::rules::{acceptance, Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("GDPR-BASIS-001"),
        severity: Severity::Error,
        title_en: "no valid Art. 6 basis or consent conditions unmet",
        title_zh: "缺少GDPR第6条合法性基础或同意不符合条件",
    },
    profile: Profile::Gdpr,
    article: "GDPR Art. 4(11), 6(1), 6(3), 7, 8; ePrivacy Directive 2002/58/EC Art. 5(3)",
    check,
};

/// Each `only_if` case of a flow in which no GDPR basis makes it lawful, on the condition.
fn unlawful_cases(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for flow in ctx.items(Kind::Flow) {
        let cases = ctx.unlawful_cases(flow, |_, alt| {
            alt.basis.iter().any(|b| is_gdpr(ctx, *b))
                // Anonymous information is outside the GDPR (Recital 26).
                || alt.condition.is_some_and(|c| condition_kind(ctx.policy, c) == Some("anonymized"))
        });
        for case in cases {
            let (name, condition) = (flow.name(), ctx.display(case.condition));
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    case.span,
                    Message::key("gdpr-basis-001--flow-name-has-no-gdpr")
                        .arg("name", &name)
                        .arg("condition", &condition),
                )
                .with_label(Message::key("gdpr-basis-001--no-art-6-basis-case"))
                .with_help(Message::key("gdpr-basis-001--give-flow-purpose-gdpr-basis")),
            );
        }
    }
}

/// Purposes on GDPR consent with no way of asking for it, while the header takes use of the
/// service as acceptance of the policy: that acceptance is what stands in for their consent.
fn acceptance_as_consent(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let relies = |p: &crate::ir::Item| {
        p.fields
            .refs("basis")
            .iter()
            .any(|b| is_gdpr(ctx, *b) && ctx.consent_form(*b).is_some_and(|f| f != "none"))
    };
    let words = acceptance::Words {
        message: |en, ending, zh| {
            Message::key("gdpr-basis-001--policy-treats-using-service-accepting")
                .arg_en_zh("arg", &en, &zh)
                .arg("ending", &ending)
        },
        help: Message::key("gdpr-basis-001--ask-each-purpose-s-consent"),
        related: Message::key("gdpr-basis-001--rests-gdpr-consent-asked-no"),
    };
    acceptance::report(ctx, RULE.info.code, relies, &words, out);
}

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    unlawful_cases(ctx, out);
    acceptance_as_consent(ctx, out);
    for purpose in super::purposes(ctx) {
        let bases = purpose.fields.refs("basis");
        let gdpr: Vec<_> = bases.iter().copied().filter(|b| is_gdpr(ctx, *b)).collect();
        let span = purpose
            .fields
            .get("basis")
            .map(|f| f.span)
            .unwrap_or_else(|| purpose.name_span());
        if gdpr.is_empty() {
            // (a) no GDPR basis at all.
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    span,
                    Message::key("gdpr-basis-001--purpose-name-has-no-gdpr")
                        .arg("name", &purpose.name()),
                )
                .with_label(Message::key("gdpr-basis-001--no-art-6-basis"))
                .with_help(Message::key("gdpr-basis-001--add-one-gdpr-consent-gdpr")),
            );
            continue;
        }
        // (d) consent that is implied or pre-ticked is no consent (Art. 4(11), 7).
        let consent_based = gdpr
            .iter()
            .any(|b| ctx.consent_form(*b).is_some_and(|f| f != "none"));
        let mode = purpose.fields.option("consent");
        if consent_based && matches!(mode, Some("implied_by_use" | "pre_checked")) {
            let mode_span = purpose
                .fields
                .get("consent")
                .map(|f| f.span)
                .unwrap_or(span);
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    mode_span,
                    Message::key("gdpr-basis-001--consent-name-mode-under-gdpr")
                        .arg("name", &purpose.name())
                        .arg("mode", &(mode.unwrap_or_default().replace('_', " "))),
                )
                .with_label(Message::key("gdpr-basis-001--not-valid-consent"))
                .with_help(Message::key(
                    "gdpr-basis-001--ask-consent-opt-separate-prompt",
                ))
                .with_fix(
                    Message::key("gdpr-basis-001--ask-opt"),
                    mode_span,
                    "consent opt_in",
                ),
            );
        }
    }
    // (f) non-essential cookies need consent (ePrivacy Art. 5(3)).
    for cookie in ctx.items(Kind::Cookie) {
        if !matches!(
            cookie.fields.option("kind"),
            Some("analytics" | "advertising" | "personalization")
        ) {
            continue;
        }
        let purposes = cookie.fields.refs("for");
        let consented =
            purposes.iter().any(|p| {
                ctx.item(*p).is_some_and(|p| {
                    p.fields.refs("basis").iter().any(|b| {
                        is_gdpr(ctx, *b) && ctx.consent_form(*b).is_some_and(|f| f != "none")
                    }) && !matches!(
                        p.fields.option("consent"),
                        Some("implied_by_use" | "pre_checked")
                    )
                })
            });
        if !consented {
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    cookie.name_span(),
                    Message::key("gdpr-basis-001--non-essential-cookie-name-not")
                        .arg("name", &cookie.name()),
                )
                .with_label(Message::key("gdpr-basis-001--needs-consent"))
                .with_help(Message::key(
                    "gdpr-basis-001--serve-only-purposes-based-gdpr",
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::gdpr::tests::HEADER;

    const CATEGORY: &str = "category email {\n  label { zh: \"邮箱\", en: \"email\" }\n}\n";

    #[test]
    fn a_pipl_basis_alone_is_not_a_gdpr_basis() {
        let text = format!("{HEADER}{CATEGORY}purpose p {{\n  label {{ zh: \"目的\", en: \"purpose\" }}\n  uses email\n  basis pipl::contract\n}}\n");
        assert_eq!(check(&text, "GDPR-BASIS-001"), vec![(14, 3)]);
    }

    #[test]
    fn implied_consent_is_no_consent() {
        let text = format!("{HEADER}{CATEGORY}purpose p {{\n  label {{ zh: \"目的\", en: \"purpose\" }}\n  uses email\n  basis pipl::consent, gdpr::consent\n  consent implied_by_use\n}}\n");
        assert_eq!(check(&text, "GDPR-BASIS-001"), vec![(15, 3)]);
    }

    /// Using the service taken as accepting the policy is no GDPR consent for a purpose that
    /// names no way of asking for it; one asked opt-in is fine.
    #[test]
    fn use_taken_as_acceptance_is_no_consent() {
        let header = HEADER.replace("  effective", "  use_means_acceptance\n  effective");
        let purpose = |extra: &str| {
            format!("{header}{CATEGORY}purpose p {{\n  label {{ zh: \"目的\", en: \"purpose\" }}\n  uses email\n  basis pipl::consent, gdpr::consent\n{extra}}}\n")
        };
        assert_eq!(check(&purpose(""), "GDPR-BASIS-001").len(), 1);
        assert!(check(&purpose("  consent opt_in\n"), "GDPR-BASIS-001").is_empty());
        let without = format!("{HEADER}{CATEGORY}purpose p {{\n  label {{ zh: \"目的\", en: \"purpose\" }}\n  uses email\n  basis pipl::consent, gdpr::consent\n}}\n");
        assert!(check(&without, "GDPR-BASIS-001").is_empty());
    }

    #[test]
    fn both_bases_declared() {
        let text = format!("{HEADER}{CATEGORY}purpose p {{\n  label {{ zh: \"目的\", en: \"purpose\" }}\n  uses email\n  basis pipl::contract, gdpr::contract\n}}\n");
        assert!(check(&text, "GDPR-BASIS-001").is_empty());
    }

    /// Only what you publish yourself: lawful under the PIPL (public information), but the
    /// condition gives no GDPR basis, and the flow's purpose has none of its own here.
    #[test]
    fn an_only_if_case_without_a_gdpr_basis() {
        let text = |fields: &str| {
            format!("use std::conditions\n{HEADER}{CATEGORY}purpose p {{\n  label {{ zh: \"目的\", en: \"purpose\" }}\n  uses email\n  basis pipl::contract, gdpr::contract\n}}\nrecipient everyone: pipl::public {{\n  label {{ zh: \"公众\", en: \"the public\" }}\n}}\nflow f {{\n  disclose email\n  to everyone\n{fields}}}\n")
        };
        // The purpose's own GDPR basis carries every case.
        assert!(check(
            &text("  only_if conditions::self_published\n"),
            "GDPR-BASIS-001"
        )
        .is_empty());
        // A basis of its own that is the PIPL's only: the self-published case has no GDPR basis.
        let own = text("  only_if conditions::self_published, conditions::law_requires\n  basis pipl::public_info\n");
        assert_eq!(check(&own, "GDPR-BASIS-001"), vec![(23, 11)]);
        let not_now = text(
            "  currently_not\n  only_if conditions::self_published\n  basis pipl::public_info\n",
        );
        assert!(check(&not_now, "GDPR-BASIS-001").is_empty());
    }
}
