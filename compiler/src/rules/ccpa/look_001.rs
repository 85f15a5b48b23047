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
                Message::new(
                    "under the CCPA the policy must say that its lists of personal information collected, sold, shared and disclosed cover the preceding 12 months",
                    "根据CCPA，本政策须说明其所列收集、出售、共享和披露的个人信息类别涵盖过去12个月",
                ),
            )
            .with_label(Message::new("no look-back period", "未说明回溯期间"))
            .with_help(Message::new(
                "add `look_back 12 months` to the header (\"In the last 12 months, we collected ...\")",
                "请在政策声明中添加 look_back 12 months（“在过去12个月内，我们收集了……”）",
            )),
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
            Message::new(
                format!("the policy's lists cover {d}, less than the CCPA's preceding 12 months"),
                format!(
                    "本政策所列清单仅涵盖{}{}，少于CCPA要求的过去12个月",
                    d.amount,
                    d.unit.zh()
                ),
            ),
        )
        .with_label(Message::new("shorter than 12 months", "短于12个月"))
        .with_fix(
            Message::new("cover the preceding 12 months", "改为涵盖过去12个月"),
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
