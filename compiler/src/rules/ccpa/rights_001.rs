//! CCPA-RIGHTS-001 · California residents' rights missing, or answered after 45 days.
//!
//! The privacy policy describes the rights to know (§§1798.110, 1798.115), delete (§1798.105)
//! and correct (§1798.106) and the right not to be discriminated against (§1798.125), and how
//! to exercise them (§1798.130(a)(5)(A)). Requests to know, delete and correct are answered
//! within 45 days of receipt, extendable once by 45 days with notice (§1798.130(a)(2)(A)).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::{list_en, reply_time, Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("CCPA-RIGHTS-001"),
        severity: Severity::Error,
        title_en: "California residents' rights missing or answered after 45 days",
        title_zh: "加州居民的权利缺失或答复期限超过45天",
    },
    profile: Profile::Ccpa,
    article: "Cal. Civ. Code §§1798.105, 1798.106, 1798.110, 1798.115, 1798.125, 1798.130(a)(2)(A), (a)(5)(A)",
    check,
};

/// The rights every CCPA privacy policy describes, by their std::ccpa ids.
const REQUIRED: &[&str] = &["know", "delete", "correct", "non_discrimination"];

/// The rights whose requests the 45-day limit governs.
const TIMED: &[&str] = &["know", "delete", "correct"];

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let rights = ctx.rights_of("ccpa");
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|r| !rights.iter().any(|(_, o)| o.name() == *r))
        .collect();
    if let (false, Some(header)) = (missing.is_empty(), ctx.policy.header()) {
        let names: Vec<String> = missing.iter().map(|m| format!("`ccpa::{m}`")).collect();
        out.push(
            Diagnostic::new(
                RULE.info.code,
                header.name_span(),
                Message::key("ccpa-rights-001--under-ccpa-policy-must-also")
                    .arg("list", &(list_en(&names)))
                    .arg("missing", &(missing.join("、"))),
            )
            .with_label(Message::key("ccpa-rights-001--rights-missing"))
            .with_help(Message::key("ccpa-rights-001--declare-each-e-g-right")),
        );
    }
    for (right, origin) in rights {
        if TIMED.contains(&origin.name()) {
            out.extend(reply_time::late(
                RULE.info.code,
                right,
                &FORTY_FIVE_DAYS,
                Message::key("ccpa-rights-001--answer-within-45-days-extendable"),
            ));
        }
    }
}

/// §1798.130(a)(2)(A): 45 days, extendable once by 45 more with notice.
const FORTY_FIVE_DAYS: reply_time::Limit = reply_time::Limit {
    law: "CCPA",
    en: "45 days",
    zh: "45天",
    days: 45,
    // 45 calendar days hold at least 31 business days.
    working_days: 31,
    weeks: 6,
    months: 1,
    fix: "within 45 days",
};

#[cfg(test)]
mod tests {
    use crate::rules::ccpa::tests::HEADER;
    use crate::rules::core::tests::check;

    const RIGHTS: &str = "right know: ccpa::know { via privacy@some.example; within 45 days }\nright delete: ccpa::delete { via privacy@some.example }\nright correct: ccpa::correct { via privacy@some.example }\n";

    #[test]
    fn non_discrimination_missing_and_sixty_days() {
        let text = format!(
            "{HEADER}{}",
            RIGHTS.replace("within 45 days", "within 60 days")
        );
        assert_eq!(check(&text, "CCPA-RIGHTS-001"), vec![(2, 8), (7, 52)]);
    }

    #[test]
    fn all_rights_within_45_days() {
        let text = format!("{HEADER}{RIGHTS}right fair: ccpa::non_discrimination {{}}\n");
        assert!(check(&text, "CCPA-RIGHTS-001").is_empty());
    }

    #[test]
    fn rights_scoped_to_eu_residents_are_not_read_under_the_ccpa() {
        let scoped = RIGHTS.replace(" }\n", "; residents EU }\n");
        let text = format!("{HEADER}{scoped}right fair: ccpa::non_discrimination {{}}\n");
        assert_eq!(check(&text, "CCPA-RIGHTS-001"), vec![(2, 8)]);
    }
}
