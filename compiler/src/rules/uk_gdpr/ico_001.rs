//! UK-ICO-001 · No route to complain to the ICO.
//!
//! A UK GDPR notice tells you of the right to lodge a complaint with a supervisory authority
//! (Art. 13(2)(d), 14(2)(e), 77), which in the United Kingdom is the Information Commissioner
//! (DPA 2018 s. 165). A complaint route to an EU authority (`gdpr::complain`) is not one.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("UK-ICO-001"),
        severity: Severity::Error,
        title_en: "no right to complain to the Information Commissioner's Office",
        title_zh: "未告知向英国信息专员办公室（ICO）投诉的权利",
    },
    profile: Profile::UkGdpr,
    article: "UK GDPR Art. 13(2)(d), 14(2)(e), 77; DPA 2018 s. 165",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    if ctx
        .rights_of("uk_gdpr")
        .iter()
        .any(|(_, origin)| origin.name() == "complain_ico")
    {
        return;
    }
    let Some(header) = ctx.policy.header() else {
        return;
    };
    out.push(
        Diagnostic::new(
            RULE.info.code,
            header.name_span(),
            Message::key("uk-gdpr-ico-001--under-uk-gdpr-policy-must"),
        )
        .with_label(Message::key("uk-gdpr-ico-001--no-ico-complaint-route"))
        .with_help(Message::key("uk-gdpr-ico-001--declare-right-ico-uk-gdpr")),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::uk_gdpr::tests::HEADER;

    #[test]
    fn no_ico_route() {
        assert_eq!(check(HEADER, "UK-ICO-001"), vec![(2, 8)]);
        // A route scoped to California residents is not read under the UK GDPR.
        let scoped = format!("{HEADER}right ico: uk_gdpr::complain_ico {{ via https://ico.org.uk/make-a-complaint/; residents US-CA }}\n");
        assert_eq!(check(&scoped, "UK-ICO-001"), vec![(2, 8)]);
    }

    #[test]
    fn the_ico_route() {
        let text = format!("{HEADER}right ico: uk_gdpr::complain_ico {{ via https://ico.org.uk/make-a-complaint/; residents GB }}\n");
        assert!(check(&text, "UK-ICO-001").is_empty());
    }
}
