//! GDPR-CHILD-001 · A service offered to children without the Art. 8 age.
//!
//! Where an information society service is offered directly to children and rests on consent,
//! a child's own consent counts only from 16, or from the lower age (not below 13) a member
//! state sets; below it the holder of parental responsibility consents (Art. 8(1)). A policy
//! addressed to children (`audience directed_at_children`, or `minors { directed yes }`) with
//! a purpose on GDPR consent must therefore say from which age (`minors { consent_age 16 }`).
//! The age must lie between 13 and 16, and where the controller names the member states it is
//! established in, not below the age any of them sets.
//!
//! The ages per member state are those of docs/research/jurisdictions.md (the Commission's
//! 2020 evaluation as tabulated, cross-checked against a law firm's tracker; secondary
//! sources): a state not listed is not compared.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("GDPR-CHILD-001"),
        severity: Severity::Error,
        title_en: "a service offered to children without the Art. 8 age",
        title_zh: "向儿童提供服务但未说明第8条规定的同意年龄",
    },
    profile: Profile::Gdpr,
    article: "GDPR Art. 8(1)-(2), 13(2)(c)",
    check,
};

/// The age of digital consent each member state sets under Art. 8(1).
const AGES: &[(&str, u64)] = &[
    ("BE", 13),
    ("DK", 13),
    ("EE", 13),
    ("FI", 13),
    ("LV", 13),
    ("MT", 13),
    ("PT", 13),
    ("SE", 13),
    ("AT", 14),
    ("BG", 14),
    ("CY", 14),
    ("IT", 14),
    ("LT", 14),
    ("ES", 14),
    ("CZ", 15),
    ("FR", 15),
    ("GR", 15),
    ("HR", 16),
    ("DE", 16),
    ("HU", 16),
    ("IE", 16),
    ("LU", 16),
    ("NL", 16),
    ("PL", 16),
    ("RO", 16),
    ("SK", 16),
];

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let Some(header) = ctx.policy.header() else {
        return;
    };
    let minors = ctx.items(Kind::Minors).next();
    let directed = header
        .fields
        .options("audience")
        .contains(&"directed_at_children")
        || minors.is_some_and(|m| m.fields.bool("directed") == Some(true));
    let on_consent = super::purposes(ctx).any(|p| {
        p.fields
            .refs("basis")
            .iter()
            .any(|b| super::is_gdpr(ctx, *b) && ctx.consent_form(*b).is_some_and(|f| f != "none"))
    });
    if !directed || !on_consent {
        return;
    }
    let at = minors.unwrap_or(header);
    let Some(age) = minors.and_then(|m| m.fields.int("consent_age")) else {
        out.push(
            Diagnostic::new(
                RULE.info.code,
                at.name_span(),
                Message::key("gdpr-child-001--service-offered-children-consent-policy"),
            )
            .with_label(Message::key("gdpr-child-001--no-art-8-age"))
            .with_help(Message::key("gdpr-child-001--state-minors-consent-age-16")),
        );
        return;
    };
    let span = at
        .fields
        .get("consent_age")
        .map(|f| f.span)
        .unwrap_or_else(|| at.name_span());
    let established: Vec<String> = header
        .fields
        .record("controller")
        .map(|c| {
            c.strs("established")
                .iter()
                .map(|s| s.to_string())
                .collect()
        })
        .unwrap_or_default();
    let higher: Vec<(String, u64)> = established
        .iter()
        .filter_map(|r| {
            AGES.iter()
                .find(|(code, _)| code == r)
                .map(|(code, a)| (code.to_string(), *a))
        })
        .filter(|(_, a)| *a > age)
        .collect();
    let message = if !(13..=16).contains(&age) {
        Message::key("gdpr-child-001--child-s-own-consent-counts").arg("age", &age)
    } else if let Some((state, a)) = higher.first() {
        Message::key("gdpr-child-001--policy-lets-children-consent-alone")
            .arg("age", &age)
            .arg("state", &state)
            .arg("a", &a)
    } else {
        return;
    };
    out.push(
        Diagnostic::new(RULE.info.code, span, message)
            .with_label(Message::key("gdpr-child-001--not-art-8-age"))
            .with_help(Message::key(
                "gdpr-child-001--state-age-applicable-law-sets",
            )),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;

    fn policy(established: &str, minors: &str) -> String {
        format!(
            "use std::gdpr\npolicy acme {{\n  controller {{ name {{ zh: \"某公司\", en: \"Some GmbH\" }}; email privacy@some.example{established} }}\n  effective 2024-01-01\n  profile gdpr\n  audience directed_at_children\n}}\ncategory drawings {{\n  label {{ zh: \"画作\", en: \"drawings\" }}\n}}\npurpose gallery {{\n  label {{ zh: \"作品展示\", en: \"gallery\" }}\n  uses drawings\n  basis gdpr::consent\n  consent opt_in\n}}\nminors {{\n  guardian_consent yes\n{minors}}}\n"
        )
    }

    #[test]
    fn no_age_or_one_below_the_member_states() {
        assert_eq!(check(&policy("", ""), "GDPR-CHILD-001"), vec![(17, 1)]);
        assert_eq!(
            check(
                &policy("; established DE", "  consent_age 13\n"),
                "GDPR-CHILD-001"
            ),
            vec![(19, 3)]
        );
        assert_eq!(
            check(&policy("", "  consent_age 12\n"), "GDPR-CHILD-001"),
            vec![(19, 3)]
        );
    }

    #[test]
    fn the_age_the_law_sets() {
        assert!(check(&policy("", "  consent_age 16\n"), "GDPR-CHILD-001").is_empty());
        assert!(check(
            &policy("; established DK", "  consent_age 13\n"),
            "GDPR-CHILD-001"
        )
        .is_empty());
    }
}
