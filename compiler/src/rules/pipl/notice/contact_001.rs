//! PIPL-CONTACT-001 · Contact / PI protection officer missing.
//!
//! The notice must give the handler's contact (PIPL Art. 17 ¶1(1)); a handler that processes
//! the information of 1,000,000 people or more must appoint a personal information protection
//! officer and publish the officer's contact (Art. 52; AUD Art. 12). Implemented: (a) no email,
//! phone or postal address for the controller, its officer or any `contact` (error); (b) a
//! declared `scale` of 1,000,000 or more with no `dpo` that has a contact (error); (c) sensitive
//! categories are processed but `scale` is not declared, so whether the officer duty applies
//! cannot be told (warning). A missing complaint right is PIPL-RIGHTS-001.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Contact, ContactPoint, Controller, Header};
use crate::rules::{Ctx, Profile, Rule};
use crate::source::Span;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-CONTACT-001"),
        severity: Severity::Error,
        title_en: "contact or personal information protection officer missing",
        title_zh: "联系方式或个人信息保护负责人缺失",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 17 ¶1(1), 52; AUD Art. 12; GB/T 35273 5.5 a), 11.1",
    check,
};

/// The number of individuals from which an officer is required (PIPL Art. 52; CAC, 2025).
const OFFICER_SCALE: u64 = 1_000_000;

/// Whether a record or item gives a way to reach someone.
fn reachable(contact: Contact) -> bool {
    [
        Contact::EMAIL,
        Contact::PHONE,
        Contact::ADDRESS,
        Contact::URL,
    ]
    .into_iter()
    .any(|k| contact.has(k))
}

/// A `contact` item with a way to reach it.
fn reachable_point(contact: ContactPoint) -> bool {
    [
        ContactPoint::EMAIL,
        ContactPoint::PHONE,
        ContactPoint::ADDRESS,
        ContactPoint::URL,
    ]
    .into_iter()
    .any(|k| contact.has(k))
}

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let Some(header) = ctx.policy.header() else {
        return;
    };
    let Some(field) = Header(header).field(Header::CONTROLLER) else {
        return;
    };
    let Some(controller) = Header(header).controller() else {
        return;
    };
    // The `controller` key.
    let primary = Span::new(
        field.span.file,
        field.span.start as usize,
        field.span.start as usize + "controller".len(),
    );
    let dpo = controller.dpo();
    let dpo_reachable = dpo.is_some_and(reachable);
    // (a) No way to reach the handler at all.
    let own = [Controller::EMAIL, Controller::PHONE, Controller::ADDRESS]
        .into_iter()
        .any(|k| controller.has(k));
    let contacts = ctx.all::<ContactPoint>().any(reachable_point);
    if !own && !dpo_reachable && !contacts {
        out.push(
            Diagnostic::new(
                RULE.info.code,
                primary,
                Message::key("pipl-notice-contact-001--controller-gives-no-email-phone"),
            )
            .with_label(Message::key("pipl-notice-contact-001--no-contact-method"))
            .with_help(Message::key(
                "pipl-notice-contact-001--add-email-phone-address-controller",
            )),
        );
    }
    // (b) A large handler without a reachable officer.
    let scale = controller.scale();
    if let Some(n) = scale.filter(|n| *n >= OFFICER_SCALE) {
        if !dpo_reachable {
            let mut d = Diagnostic::new(
                RULE.info.code,
                primary,
                Message::key(
                    "pipl-notice-contact-001--controller-processes-personal-information-n",
                )
                .arg("n", &n),
            )
            .with_label(Message::key(
                "pipl-notice-contact-001--no-personal-information-protection-officer",
            ))
            .with_help(Message::key("pipl-notice-contact-001--add-dpo-name-zh-en"));
            if let Some(v) = controller.values(Controller::SCALE).next() {
                d = d.with_related(
                    v.span,
                    Message::key("pipl-notice-contact-001--1-000-000-individuals-more"),
                );
            }
            out.push(d);
        }
    }
    // (c) Sensitive data, scale unknown.
    if scale.is_none() && !dpo_reachable {
        let sensitive: Vec<_> = ctx
            .graph
            .edges
            .iter()
            .map(|e| e.category)
            .filter(|c| ctx.policy.sensitive_under(*c, "pipl"))
            .collect();
        if let Some(first) = sensitive.first() {
            let mut d = Diagnostic::new(
                RULE.info.code,
                primary,
                Message::key(
                    "pipl-notice-contact-001--sensitive-personal-information-processed-but",
                ),
            )
            .with_label(Message::key(
                "pipl-notice-contact-001--does-officer-duty-apply",
            ))
            .with_help(Message::key(
                "pipl-notice-contact-001--declare-scale-number-individuals-whose",
            ));
            d.severity = Severity::Warning;
            if let Some(span) = ctx.name_span(*first) {
                d = d.with_related(
                    span,
                    Message::key("pipl-notice-contact-001--sensitive-personal-information"),
                );
            }
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;

    const HEAD: &str = "use std::pipl\n\npolicy acme {\n  controller {\n    name { zh: \"某公司\", en: \"Some Co.\" }\n";
    const TAIL: &str = "  }\n  effective 2024-01-01\n  profile pipl\n}\n";

    #[test]
    fn no_contact_and_a_large_handler_without_officer() {
        let text = format!("{HEAD}    scale 3000000\n{TAIL}");
        assert_eq!(check(&text, "PIPL-CONTACT-001"), vec![(4, 3), (4, 3)]);
    }

    #[test]
    fn officer_with_a_contact() {
        let text = format!("{HEAD}    scale 3000000\n    dpo {{ email dpo@some.example }}\n{TAIL}");
        assert!(check(&text, "PIPL-CONTACT-001").is_empty());
    }

    #[test]
    fn sensitive_data_without_a_declared_scale_is_a_warning() {
        let text = format!("{HEAD}    email privacy@some.example\n{TAIL}category face: std::gbt35273::sensitive_biometric {{\n  label {{ zh: \"人脸\", en: \"face\" }}\n}}\npurpose login {{\n  label {{ zh: \"登录\", en: \"login\" }}\n  uses face\n  basis pipl::separate_consent\n}}\n");
        assert_eq!(check(&text, "PIPL-CONTACT-001"), vec![(4, 3)]);
    }
}
