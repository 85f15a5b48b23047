//! GDPR-RIGHTS-001 · Data-subject rights and the one-month limit.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::gdpr::is_gdpr;
use crate::rules::{list_en, reply_time, Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("GDPR-RIGHTS-001"),
        severity: Severity::Error,
        title_en: "data-subject rights missing or answered too late",
        title_zh: "数据主体权利缺失或答复期限超过一个月",
    },
    profile: Profile::Gdpr,
    article: "GDPR Art. 12(3)-(5), 15-22, 7(3), 77",
    check,
};

/// The rights every GDPR notice offers (Art. 13(2)(b)-(d)), by their stdlib ids.
const REQUIRED: &[&str] = &[
    "access",
    "correct",
    "delete",
    "restrict_refuse",
    "portability",
    "complain",
];

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let kinds = super::offered_rights(ctx);
    let consent_based = super::purposes(ctx).any(|p| {
        p.fields
            .refs("basis")
            .iter()
            .any(|b| is_gdpr(ctx, *b) && ctx.consent_form(*b).is_some_and(|f| f != "none"))
    });
    // Restriction (Art. 18) and objection (Art. 21) may be offered together or one by one.
    let split = kinds.contains(&"restrict") && kinds.contains(&"object_processing");
    let mut missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|r| !(kinds.contains(r) || (*r == "restrict_refuse" && split)))
        .collect();
    if consent_based && !kinds.contains(&"withdraw_consent") {
        missing.push("withdraw_consent");
    }
    if let (false, Some(header)) = (missing.is_empty(), ctx.policy.header()) {
        let names: Vec<String> = missing.iter().map(|m| format!("`{m}`")).collect();
        out.push(
            Diagnostic::new(
                RULE.info.code,
                header.name_span(),
                Message::key("gdpr-rights-001--under-gdpr-policy-must-also")
                    .arg("list", &(list_en(&names)))
                    .arg("missing", &(missing.join("、"))),
            )
            .with_label(Message::key("gdpr-rights-001--rights-missing"))
            .with_help(Message::key("gdpr-rights-001--declare-each-e-g-right")),
        );
    }
    // Art. 12(3): without undue delay and within one month; a right scoped to residents the
    // GDPR does not protect ("California residents") is not its to time.
    for right in ctx.items(Kind::Right) {
        if !ctx.applies_under(right, "gdpr") {
            continue;
        }
        out.extend(reply_time::late(
            RULE.info.code,
            right,
            &ONE_MONTH,
            Message::key("gdpr-rights-001--answer-within-one-month-extendable"),
        ));
    }
}

/// Art. 12(3): one month, extendable by two further months with reasons.
const ONE_MONTH: reply_time::Limit = reply_time::Limit {
    law: "GDPR",
    en: "one month",
    zh: "一个月",
    days: 31,
    working_days: 21,
    weeks: 4,
    months: 1,
    fix: "within 1 month",
};

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::gdpr::tests::HEADER;

    const RIGHTS: &str = "right access: gdpr::access { via privacy@some.example; within 1 month }\nright correct: gdpr::correct { via privacy@some.example }\nright delete: gdpr::delete { via privacy@some.example }\nright restrict: gdpr::restrict_refuse { via privacy@some.example }\nright complain: gdpr::complain { via privacy@some.example }\n";

    #[test]
    fn portability_missing_and_sixty_days() {
        let text = format!(
            "{HEADER}{}",
            RIGHTS.replace("within 1 month", "within 60 days")
        );
        assert_eq!(check(&text, "GDPR-RIGHTS-001"), vec![(3, 8), (8, 56)]);
    }

    #[test]
    fn all_rights_within_a_month() {
        let text = format!(
            "{HEADER}{RIGHTS}right port: gdpr::portability {{ via privacy@some.example }}\n"
        );
        assert!(check(&text, "GDPR-RIGHTS-001").is_empty());
    }

    #[test]
    fn restriction_and_objection_offered_apart() {
        let port = "right port: gdpr::portability { via privacy@some.example }\n";
        let apart = RIGHTS.replace(
            "right restrict: gdpr::restrict_refuse { via privacy@some.example }\n",
            "right restrict: gdpr::restrict { via privacy@some.example }\nright object: gdpr::object_processing { via privacy@some.example }\n",
        );
        assert!(check(&format!("{HEADER}{apart}{port}"), "GDPR-RIGHTS-001").is_empty());
        // Restriction alone is not the objection as well.
        let alone = RIGHTS.replace("gdpr::restrict_refuse", "gdpr::restrict");
        assert_eq!(
            check(&format!("{HEADER}{alone}{port}"), "GDPR-RIGHTS-001"),
            vec![(3, 8)]
        );
    }

    #[test]
    fn rights_for_california_residents_are_not_read_under_the_gdpr() {
        let port = "right port: gdpr::portability { via privacy@some.example }\n";
        // Scoped to California residents, the GDPR rights do not count, and a CCPA-style
        // 45-day reply is not the GDPR's to time.
        let scoped = RIGHTS
            .replace(" }\n", "; residents US-CA }\n")
            .replace("within 1 month", "within 45 days");
        assert_eq!(
            check(&format!("{HEADER}{scoped}{port}"), "GDPR-RIGHTS-001"),
            vec![(3, 8)]
        );
        // Scoped to the EEA, they count and their reply time is judged.
        let eea = RIGHTS
            .replace(" }\n", "; residents EU }\n")
            .replace("within 1 month", "within 45 days");
        assert_eq!(
            check(&format!("{HEADER}{eea}{port}"), "GDPR-RIGHTS-001"),
            vec![(8, 56)]
        );
    }
}
