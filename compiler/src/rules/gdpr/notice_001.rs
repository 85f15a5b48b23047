//! GDPR-NOTICE-001 · Art. 13 / 14 information missing.
//!
//! Most Art. 13 items are facts other rules already require (the basis per purpose:
//! GDPR-BASIS-001; rights: GDPR-RIGHTS-001; transfers: GDPR-XFER-001). This rule checks the
//! rest that the model can state: who the controller is and how to reach it, how long each
//! purpose keeps data, and where data not obtained from the person comes from.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("GDPR-NOTICE-001"),
        severity: Severity::Error,
        title_en: "Art. 13 / 14 information missing",
        title_zh: "GDPR第13条/第14条告知事项缺失",
    },
    profile: Profile::Gdpr,
    article: "GDPR Art. 13(1)(a), 13(2)(a), 14(1)(d), 14(2)(f)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    // Art. 13(1)(a): the controller's identity and contact details.
    if let Some(header) = ctx.policy.header() {
        let controller = header.fields.record("controller");
        let reachable = controller
            .is_some_and(|c| c.has("email") || c.has("phone") || c.has("address"))
            || ctx
                .items(Kind::Contact)
                .any(|c| c.fields.has("email") || c.fields.has("phone") || c.fields.has("address"));
        if !reachable {
            let span = header
                .fields
                .get("controller")
                .map(|f| f.span)
                .unwrap_or_else(|| header.name_span());
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    span,
                    Message::key("gdpr-notice-001--controller-gives-no-contact-details"),
                )
                .with_label(Message::key("gdpr-notice-001--no-email-phone-address"))
                .with_help(Message::key(
                    "gdpr-notice-001--add-email-phone-address-controller",
                )),
            );
        }
    }
    // Art. 13(2)(a): the period for which data is stored, or the criteria for it.
    for purpose in super::purposes(ctx) {
        if purpose.fields.refs("uses").is_empty() || ctx.retention_covers(purpose.id) {
            continue;
        }
        out.push(
            Diagnostic::new(
                RULE.info.code,
                purpose.name_span(),
                Message::key("gdpr-notice-001--purpose-name-does-not-say")
                    .arg("name", &purpose.name()),
            )
            .with_label(Message::key("gdpr-notice-001--no-storage-period"))
            .with_help(
                Message::key("gdpr-notice-001--declare-retention-name-period-criteria")
                    .arg("name", &purpose.name()),
            ),
        );
    }
    // Art. 14(1)(d), 14(2)(f): data not obtained from the person: its source.
    for category in ctx.items(Kind::Category) {
        if category.fields.option("source") == Some("third_party")
            && category.fields.refs("obtained_from").is_empty()
        {
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    category.name_span(),
                    Message::key("gdpr-notice-001--category-name-comes-from-third")
                        .arg("name", &category.name()),
                )
                .with_label(Message::key("gdpr-notice-001--source-not-named"))
                .with_help(Message::key("gdpr-notice-001--name-source-obtained-from")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::gdpr::tests::HEADER;

    fn policy(extra: &str) -> String {
        format!(
            "{HEADER}category nickname {{\n  label {{ zh: \"昵称\", en: \"nickname\" }}\n  source third_party\n{extra}}}\npurpose profile_page {{\n  label {{ zh: \"个人主页\", en: \"profile page\" }}\n  uses nickname\n  basis pipl::contract, gdpr::contract\n}}\n"
        )
    }

    #[test]
    fn unnamed_source_and_no_storage_period() {
        assert_eq!(
            check(&policy(""), "GDPR-NOTICE-001"),
            vec![(8, 10), (12, 9)]
        );
    }

    #[test]
    fn named_source_and_a_period() {
        let text = format!(
            "{}recipient login: pipl::other_handler {{\n  label {{ zh: \"社交登录服务商\", en: \"social-login provider\" }}\n}}\nretention profiles {{\n  for profile_page\n  period 2 years\n  on_expiry delete\n}}\n",
            policy("  obtained_from login\n")
        );
        assert!(check(&text, "GDPR-NOTICE-001").is_empty());
    }
}
