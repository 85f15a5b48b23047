//! GDPR-RIGHTS-001 · Data-subject rights and the one-month limit.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::gdpr::is_gdpr;
use crate::rules::{list_en, Ctx, Profile, Rule};
use crate::types::literals::Unit;
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
    let kinds = ctx.offered_rights();
    let consent_based = ctx.items(Kind::Purpose).any(|p| {
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
    // Art. 12(3): without undue delay and within one month.
    for right in ctx.items(Kind::Right) {
        let Some(field) = right.fields.get("within") else {
            continue;
        };
        let Some(d) = right.fields.duration("within") else {
            continue;
        };
        let too_long = match d.unit {
            Unit::Hours => false,
            Unit::Days => d.amount > 31,
            Unit::WorkingDays => d.amount > 21,
            Unit::Weeks => d.amount > 4,
            Unit::Months => d.amount > 1,
            Unit::Years => d.amount > 0,
        };
        if too_long {
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    field.span,
                    Message::key("gdpr-rights-001--name-answered-within-d-more")
                        .arg("name", &right.name())
                        .arg("d", &d)
                        .arg("amount", &d.amount)
                        .arg("unit", &d.unit.zh()),
                )
                .with_label(Message::key("gdpr-rights-001--longer-than-one-month"))
                .with_help(Message::key(
                    "gdpr-rights-001--answer-within-1-month-extendable",
                ))
                .with_fix(
                    Message::key("gdpr-rights-001--answer-within-one-month"),
                    field.span,
                    "within 1 month",
                ),
            );
        }
    }
}

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
}
