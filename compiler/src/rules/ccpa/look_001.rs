//! CCPA-LOOK-001 · The lists of what was collected and disclosed do not cover the preceding 12
//! months.
//!
//! The privacy policy lists the categories of personal information collected about consumers
//! in the preceding 12 months, and the categories sold or shared and disclosed for a business
//! purpose in the preceding 12 months, or says that none were (Cal. Civ. Code
//! §1798.130(a)(5)(B), (C); §1798.115(c)). A policy says what period its lists cover with the
//! header's `look_back`; without it, or with less than 12 months, a reader cannot tell whether
//! the lists describe the past year or only today's practice.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::literals::Unit;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("CCPA-LOOK-001"),
        severity: Severity::Error,
        title_en: "the lists of collection and disclosures do not cover the preceding 12 months",
        title_zh: "收集和披露清单未涵盖过去12个月",
    },
    profile: Profile::Ccpa,
    article: "Cal. Civ. Code §1798.130(a)(5)(B)-(C), §1798.115(c)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let Some(header) = ctx.policy.header() else {
        return;
    };
    let Some(d) = header.fields.duration("look_back") else {
        out.push(
            Diagnostic::new(
                RULE.info.code,
                header.name_span(),
                Message::key("ccpa-look-001--under-ccpa-policy-must-say"),
            )
            .with_label(Message::key("ccpa-look-001--no-look-back-period"))
            .with_help(Message::key("ccpa-look-001--add-look-back-12-months")),
        );
        return;
    };
    let months = match d.unit {
        Unit::Hours => 0,
        Unit::Days | Unit::WorkingDays => d.amount / 31,
        Unit::Weeks => d.amount / 5,
        Unit::Months => d.amount,
        Unit::Years => d.amount.saturating_mul(12),
    };
    if months >= 12 {
        return;
    }
    let Some(field) = header.fields.get("look_back") else {
        return;
    };
    out.push(
        Diagnostic::new(
            RULE.info.code,
            field.span,
            Message::key("ccpa-look-001--policy-s-lists-cover-d")
                .arg("d", &d)
                .arg("amount", &d.amount)
                .arg("unit", &d.unit.zh()),
        )
        .with_label(Message::key("ccpa-look-001--shorter-than-12-months"))
        .with_fix(
            Message::key("ccpa-look-001--cover-preceding-12-months"),
            field.span,
            "look_back 12 months",
        ),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::ccpa::tests::HEADER;
    use crate::rules::core::tests::check;

    #[test]
    fn no_look_back_is_reported_on_the_header() {
        let text = HEADER.replace("; look_back 12 months", "");
        assert_eq!(check(&text, "CCPA-LOOK-001"), vec![(2, 8)]);
    }

    #[test]
    fn six_months_is_too_short_and_a_year_is_enough() {
        let text = HEADER.replace("look_back 12 months", "look_back 6 months");
        assert_eq!(check(&text, "CCPA-LOOK-001"), vec![(5, 17)]);
        let text = HEADER.replace("look_back 12 months", "look_back 1 year");
        assert!(check(&text, "CCPA-LOOK-001").is_empty());
        assert!(check(HEADER, "CCPA-LOOK-001").is_empty());
    }
}
