//! GDPR-LI-001 · Legitimate interests relied on but not stated.
//!
//! Where processing rests on Art. 6(1)(f), Art. 13(1)(d) (and 14(2)(b)) requires the notice to
//! say which legitimate interests the controller or a third party pursues: the basis's own
//! wording ("necessary for the purposes of the legitimate interests pursued …") is not such a
//! statement. The interest is stated per purpose, in `interest`, so the page can print it
//! beside the purpose it justifies.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::gdpr::{legitimate_interests_at, purposes};
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("GDPR-LI-001"),
        severity: Severity::Error,
        title_en: "legitimate interests relied on but not stated",
        title_zh: "以正当利益为基础但未说明该利益",
    },
    profile: Profile::Gdpr,
    article: "GDPR Art. 6(1)(f), 13(1)(d), 14(2)(b)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for purpose in purposes(ctx) {
        if purpose.fields.has("interest") {
            continue;
        }
        let Some(span) = legitimate_interests_at(ctx, purpose) else {
            continue;
        };
        out.push(
            Diagnostic::new(
                RULE.info.code,
                span,
                Message::key("gdpr-li-001--purpose-name-rests-legitimate-interests")
                    .arg("name", &purpose.name()),
            )
            .with_label(Message::key("gdpr-li-001--which-legitimate-interest"))
            .with_help(Message::key("gdpr-li-001--state-purpose-interest-zh-en")),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::gdpr::tests::HEADER;

    fn policy(interest: &str) -> String {
        format!(
            "{HEADER}category logins {{\n  label {{ zh: \"登录记录\", en: \"sign-in records\" }}\n}}\npurpose fraud {{\n  label {{ zh: \"防范欺诈\", en: \"fraud prevention\" }}\n  uses logins\n  basis pipl::contract, gdpr::legitimate_interests\n{interest}}}\n"
        )
    }

    #[test]
    fn legitimate_interests_with_no_interest() {
        assert_eq!(check(&policy(""), "GDPR-LI-001"), vec![(14, 25)]);
    }

    #[test]
    fn legitimate_interests_with_the_interest_stated() {
        let text = policy("  interest { zh: \"防止账号被盗用\", en: \"keeping accounts from being taken over\" }\n");
        assert!(check(&text, "GDPR-LI-001").is_empty());
    }

    #[test]
    fn a_purpose_for_california_residents_is_not_judged_under_the_gdpr() {
        assert!(check(&policy("  residents US-CA\n"), "GDPR-LI-001").is_empty());
        assert_eq!(
            check(&policy("  residents EU, GB\n"), "GDPR-LI-001"),
            vec![(14, 25)]
        );
    }
}
