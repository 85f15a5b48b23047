//! GDPR-OBJECT-001 · Direct marketing on legitimate interests without the right to object.
//!
//! Direct marketing may rest on legitimate interests (Recital 47), but then the person may
//! object to it at any time, with no balancing (Art. 21(2)); once they do, it stops (21(3));
//! and the notice must bring that right explicitly to their attention (21(4), 13(2)(b)). A
//! purpose tagged `marketing` on `gdpr::legitimate_interests` needs either the right
//! (`right ...: gdpr::object_marketing`) or, on the purpose, the way to opt out (`opt_out`),
//! which is how real notices state it ("unsubscribe with the link in every email").

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::gdpr::{legitimate_interests_at, offered_rights, purposes};
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("GDPR-OBJECT-001"),
        severity: Severity::Error,
        title_en: "direct marketing on legitimate interests without the right to object",
        title_zh: "以正当利益进行直接营销但未告知反对权",
    },
    profile: Profile::Gdpr,
    article: "GDPR Art. 21(2)-(4), 13(2)(b); Recital 47, 70",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    if offered_rights(ctx).contains(&"object_marketing") {
        return;
    }
    for purpose in purposes(ctx) {
        if !purpose.fields.options("tags").contains(&"marketing") || purpose.fields.has("opt_out") {
            continue;
        }
        let Some(span) = legitimate_interests_at(ctx, purpose) else {
            continue;
        };
        out.push(
            Diagnostic::new(
                RULE.info.code,
                span,
                Message::key("gdpr-object-001--purpose-name-direct-marketing-legitimate")
                    .arg("name", &purpose.name()),
            )
            .with_label(Message::key(
                "gdpr-object-001--marketing-legitimate-interests",
            ))
            .with_help(Message::key(
                "gdpr-object-001--offer-right-object-marketing-gdpr",
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::gdpr::tests::HEADER;

    fn policy(extra: &str, right: &str) -> String {
        format!(
            "{HEADER}category email_address {{\n  label {{ zh: \"电子邮件地址\", en: \"email address\" }}\n}}\npurpose newsletter {{\n  label {{ zh: \"产品资讯\", en: \"product news\" }}\n  uses email_address\n  basis pipl::consent, gdpr::legitimate_interests\n  interest {{ zh: \"向现有客户介绍同类产品\", en: \"telling existing customers about similar products\" }}\n  tags marketing\n{extra}}}\n{right}"
        )
    }

    #[test]
    fn marketing_on_legitimate_interests_with_no_objection() {
        assert_eq!(check(&policy("", ""), "GDPR-OBJECT-001"), vec![(14, 24)]);
    }

    #[test]
    fn an_unsubscribe_link_or_the_right_is_enough() {
        let opt_out = policy(
            "  opt_out { zh: \"邮件中的退订链接\", en: \"the unsubscribe link in every email\" }\n",
            "",
        );
        assert!(check(&opt_out, "GDPR-OBJECT-001").is_empty());
        let right = policy(
            "",
            "right object: gdpr::object_marketing {\n  via privacy@some.example\n}\n",
        );
        assert!(check(&right, "GDPR-OBJECT-001").is_empty());
    }
}
