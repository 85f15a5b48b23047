//! CCPA-NOTICE-001 · No notice at collection.
//!
//! A business that controls the collection of personal information tells consumers, at or
//! before the point of collection, the categories collected, why, whether they are sold or
//! shared, and how long each is kept (Cal. Civ. Code §1798.100(a)); one that collects online may
//! give that notice by a conspicuous link to the section of its privacy policy that holds it
//! (Cal. Code Regs. tit. 11, §7012(f)). The header's `notice_at_collection` says that this
//! policy is that notice ("if you are a California resident, please note that this is the
//! Notice at Collection"); the rules on categories, retention and sale then check its contents.
//! Without it the policy does not say where the notice is, which the model cannot see: a
//! warning.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("CCPA-NOTICE-001"),
        severity: Severity::Warning,
        title_en: "the policy does not say that it is the notice at collection",
        title_zh: "本政策未说明其即为收集时告知",
    },
    profile: Profile::Ccpa,
    article: "Cal. Civ. Code §1798.100(a); Cal. Code Regs. tit. 11, §7012(c), (f)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let Some(header) = ctx.policy.header() else {
        return;
    };
    if header.fields.bool("notice_at_collection") == Some(true) {
        return;
    }
    out.push(
        Diagnostic::new(
            RULE.info.code,
            header.name_span(),
            Message::key("ccpa-notice-001--under-ccpa-policy-does-not"),
        )
        .with_label(Message::key("ccpa-notice-001--no-notice-at-collection"))
        .with_help(Message::key(
            "ccpa-notice-001--add-notice-at-collection-header",
        )),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::ccpa::tests::HEADER;
    use crate::rules::core::tests::check;

    #[test]
    fn a_policy_that_is_not_the_notice_at_collection() {
        let text = HEADER.replace("; notice_at_collection", "");
        assert_eq!(check(&text, "CCPA-NOTICE-001"), vec![(2, 8)]);
    }

    #[test]
    fn a_policy_that_is_the_notice_at_collection() {
        assert!(check(HEADER, "CCPA-NOTICE-001").is_empty());
    }
}
