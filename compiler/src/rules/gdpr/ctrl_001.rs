//! GDPR-CTRL-001 · The controller's representative in the Union missing.
//!
//! Art. 13(1)(a) asks for "the identity and the contact details of the controller and, where
//! applicable, of the controller's representative". GDPR-NOTICE-001 checks the controller's
//! own contact details; this rule checks the representative: a controller the policy states
//! is established only outside the EEA (`controller { established US }`) falls under Art. 3(2)
//! and must designate a representative in the Union (Art. 27(1)), whom the notice names with
//! contact details (`representative { ... }`). Art. 27(2)'s exemptions (occasional, low-risk
//! processing without large-scale special categories; public authorities) are for the author
//! to claim with an `allow ... because`. A policy that does not say where the controller is
//! established is not judged.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::meaning::territory;
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("GDPR-CTRL-001"),
        severity: Severity::Error,
        title_en: "the controller's representative in the Union missing",
        title_zh: "缺少控制者在欧盟的代表",
    },
    profile: Profile::Gdpr,
    article: "GDPR Art. 13(1)(a), 14(1)(a), 3(2), 27(1)-(2)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let Some(header) = ctx.policy.header() else {
        return;
    };
    let Some(controller) = header.fields.record("controller") else {
        return;
    };
    let established = controller.strs("established");
    if established.is_empty() || established.iter().any(|r| territory::GDPR.contains(r)) {
        return;
    }
    // On `established`: the fact that makes Art. 27 apply (the whole `controller` block would
    // span many lines).
    let span = controller
        .get("established")
        .map(|f| f.span)
        .unwrap_or_else(|| header.name_span());
    match controller.record("representative") {
        None => out.push(
            Diagnostic::new(
                RULE.info.code,
                span,
                Message::key("gdpr-ctrl-001--controller-established-outside-eea-established")
                    .arg_en_zh(
                        "established",
                        &(established.join(", ")),
                        &(established.join("、")),
                    ),
            )
            .with_label(Message::key("gdpr-ctrl-001--no-art-27-representative"))
            .with_help(Message::key(
                "gdpr-ctrl-001--add-representative-name-email-controller",
            )),
        ),
        Some(rep) => {
            if ["email", "phone", "address", "url"]
                .iter()
                .any(|k| rep.has(k))
            {
                return;
            }
            let rep_span = controller
                .get("representative")
                .map(|f| f.span)
                .unwrap_or(span);
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    rep_span,
                    Message::key("gdpr-ctrl-001--controller-s-representative-has-no"),
                )
                .with_label(Message::key("gdpr-ctrl-001--no-email-phone-address-url"))
                .with_help(Message::key("gdpr-ctrl-001--add-email-phone-address-url")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;

    fn policy(controller: &str) -> String {
        format!(
            "use std::gdpr\npolicy acme {{\n  controller {{\n    name {{ zh: \"某公司\", en: \"Some Inc.\" }}\n    email privacy@some.example\n{controller}  }}\n  effective 2024-01-01\n  profile gdpr\n}}\n"
        )
    }

    #[test]
    fn a_us_controller_with_no_representative() {
        assert_eq!(
            check(&policy("    established US\n"), "GDPR-CTRL-001"),
            vec![(6, 5)]
        );
        assert_eq!(
            check(
                &policy("    established US\n    representative { name { zh: \"代表\", en: \"EU Rep Ltd\" } }\n"),
                "GDPR-CTRL-001"
            ),
            vec![(7, 5)]
        );
    }

    #[test]
    fn a_named_representative_or_an_eu_establishment() {
        let named = policy("    established US\n    representative { name { zh: \"代表\", en: \"EU Rep Ltd\" }; email rep@eurep.example }\n");
        assert!(check(&named, "GDPR-CTRL-001").is_empty());
        assert!(check(&policy("    established US, IE\n"), "GDPR-CTRL-001").is_empty());
        assert!(check(&policy(""), "GDPR-CTRL-001").is_empty());
    }
}
