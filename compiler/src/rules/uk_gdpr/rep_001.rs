//! UK-REP-001 · A controller outside the UK without a UK representative.
//!
//! A controller not established in the United Kingdom whose processing falls under the UK GDPR
//! (Art. 3(2)) designates in writing a representative in the UK (Art. 27(1)), and the notice
//! names it (Art. 13(1)(a)). Art. 27(2) exempts occasional, low-risk processing and public
//! bodies, which the model cannot see: a warning, to be justified with `allow` where it holds.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::meaning::territory;
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("UK-REP-001"),
        severity: Severity::Warning,
        title_en: "controller outside the UK without a UK representative",
        title_zh: "位于英国境外的控制者未指定英国代表",
    },
    profile: Profile::UkGdpr,
    article: "UK GDPR Art. 3(2), 27, 13(1)(a)",
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
    if established.is_empty()
        || established.iter().any(|r| territory::UK_GDPR.contains(r))
        || controller.has("uk_representative")
    {
        return;
    }
    let span = header
        .fields
        .get("controller")
        .map_or(header.name_span(), |f| f.span);
    out.push(
        Diagnostic::new(
            RULE.info.code,
            span,
            Message::key("uk-gdpr-rep-001--controller-established-established-names-no").arg_en_zh(
                "established",
                &(established.join(", ")),
                &(established.join("、")),
            ),
        )
        .with_label(Message::key("uk-gdpr-rep-001--no-uk-representative"))
        .with_help(Message::key(
            "uk-gdpr-rep-001--add-uk-representative-name-email",
        )),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::uk_gdpr::tests::HEADER;

    #[test]
    fn a_us_controller_without_a_uk_representative() {
        let text = HEADER.replace("established GB", "established US-CA");
        assert_eq!(check(&text, "UK-REP-001"), vec![(3, 3)]);
    }

    #[test]
    fn a_uk_controller_or_a_representative() {
        assert!(check(HEADER, "UK-REP-001").is_empty());
        let text = HEADER.replace(
            "established GB",
            "established US-CA; uk_representative { name { zh: \"代表\", en: \"Rep Ltd\" }; email rep@some.example }",
        );
        assert!(check(&text, "UK-REP-001").is_empty());
    }
}
