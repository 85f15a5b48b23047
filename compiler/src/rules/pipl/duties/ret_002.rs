//! PIPL-RET-002 · Retention below a legal minimum.
//!
//! Network logs are kept for at least six months (Cybersecurity Law Art. 21(3) [2016] /
//! Art. 23(3) [2025]); an e-commerce platform keeps goods, service and transaction information
//! for at least three years (E-Commerce Law Art. 31). Implemented: (a) a category tagged
//! `network_log` covered by a `retention` entry whose `period` is shorter than six months;
//! (b) with `controller { ecommerce_platform }`, a category tagged `transaction_record` covered
//! by an entry whose `period` is shorter than three years. An entry that cites the minimum
//! (`minimum retention::network_logs_6m`, `retention::ecommerce_records_3y` or the whole
//! `retention::legal_minimums`) is taken as stating the exception. Entries with only an
//! `until` criterion cannot be compared, and a "we delete everything when you close your
//! account" statement (c) has no field: neither is checked.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Header, Purpose, Retention};
use crate::ir::Item;
use crate::rules::pipl::duties::{has_tag, item_span};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::literals::{Duration, Unit};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-RET-002"),
        severity: Severity::Error,
        title_en: "retention below a legal minimum",
        title_zh: "保存期限短于法定最短期限",
    },
    profile: Profile::Pipl,
    article: "Cybersecurity Law Art. 21(3) [2016] / 23(3) [2025]; E-Commerce Law Art. 31",
    check,
};

/// A legal minimum: the category tag, the stdlib clause, the minimum, and how to say it.
struct Minimum {
    tag: &'static str,
    clause: &'static str,
    days: f64,
    fix: &'static str,
    en: &'static str,
    zh: &'static str,
    law_en: &'static str,
    law_zh: &'static str,
}

const NETWORK_LOGS: Minimum = Minimum {
    tag: "network_log",
    clause: "network_logs_6m",
    days: 6.0 * 365.25 / 12.0,
    fix: "6 months",
    en: "six months",
    zh: "六个月",
    law_en: "Cybersecurity Law Art. 21(3)",
    law_zh: "网络安全法第二十一条第（三）项",
};

const ECOMMERCE: Minimum = Minimum {
    tag: "transaction_record",
    clause: "ecommerce_records_3y",
    days: 3.0 * 365.25,
    fix: "3 years",
    en: "three years",
    zh: "三年",
    law_en: "E-Commerce Law Art. 31",
    law_zh: "电子商务法第三十一条",
};

/// A duration in days (a month is a twelfth of a year, a working day 7/5 of a day).
fn days(d: Duration) -> f64 {
    let n = f64::from(d.amount);
    match d.unit {
        Unit::Hours => n / 24.0,
        Unit::Days => n,
        Unit::WorkingDays => n * 7.0 / 5.0,
        Unit::Weeks => n * 7.0,
        Unit::Months => n * 365.25 / 12.0,
        Unit::Years => n * 365.25,
    }
}

/// Whether a retention entry covers a category: it names it, names a purpose that uses it, or
/// names neither (it covers everything).
fn covers(ctx: &Ctx, entry: &Item, category: &Item) -> bool {
    let data = Retention(entry).data();
    let purposes = Retention(entry).purposes();
    (data.is_empty() && purposes.is_empty())
        || data.contains(&category.id)
        || purposes.iter().any(|p| {
            ctx.item(*p)
                .is_some_and(|p| Purpose(p).uses().contains(&category.id))
        })
}

/// Whether an entry cites the stdlib clause of the minimum (directly or through a list).
fn cites(ctx: &Ctx, entry: &Item, clause: &str) -> bool {
    ctx.policy
        .expand_clauses(Retention(entry).minimum())
        .into_iter()
        .filter_map(|c| ctx.policy.std_origin(c))
        .any(|c| c.name() == clause)
}

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let ecommerce = ctx
        .policy
        .header()
        .and_then(|h| Header(h).controller())
        .and_then(|c| c.ecommerce_platform())
        == Some(true);
    let mut minimums = vec![&NETWORK_LOGS];
    if ecommerce {
        minimums.push(&ECOMMERCE);
    }
    let entries: Vec<&Item> = ctx.items(Kind::Retention).collect();
    for min in minimums {
        for category in ctx.items(Kind::Category) {
            if !has_tag(ctx, category, min.tag) {
                continue;
            }
            for entry in &entries {
                let Some(period) = Retention(entry).period() else {
                    continue;
                };
                if days(period) >= min.days
                    || !covers(ctx, entry, category)
                    || cites(ctx, entry, min.clause)
                {
                    continue;
                }
                let span = entry
                    .fields
                    .get("period")
                    .and_then(|f| f.values.first())
                    .map_or(item_span(entry), |v| v.span);
                let name = category.name();
                out.push(
                    Diagnostic::new(
                        RULE.info.code,
                        span,
                        Message::key("pipl-duties-ret-002--name-kept-period-less-than")
                            .arg("name", &name)
                            .arg("period", &period)
                            .arg_en_zh("min", &min.en, &min.zh),
                    )
                    .with_label(
                        Message::key("pipl-duties-ret-002--shorter-than-min")
                            .arg_en_zh("min", &min.en, &min.zh),
                    )
                    .with_related(
                        category.name_span(),
                        Message::key("pipl-duties-ret-002--tagged-tag").arg("tag", &min.tag),
                    )
                    .with_help(
                        Message::key("pipl-duties-ret-002--keep-at-least-min-law")
                            .arg_en_zh("min", &min.en, &min.zh)
                            .arg_en_zh("law", &min.law_en, &min.law_zh)
                            .arg("clause", &min.clause),
                    )
                    .with_fix(
                        Message::key("pipl-duties-ret-002--keep-fix")
                            .arg("fix", &min.fix)
                            .arg("min", &min.zh),
                        span,
                        min.fix,
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const LOGS: &str = "category logs {\n  label { zh: \"网络日志\", en: \"network logs\" }\n  tags network_log\n}\n";

    #[test]
    fn logs_kept_three_months() {
        let text = format!(
            "{HEADER}{LOGS}retention {{\n  data logs\n  period 3 months\n  on_expiry delete\n}}\n"
        );
        assert_eq!(check(&text, "PIPL-RET-002"), vec![(14, 10)]);
        // An e-commerce platform's transaction records, kept one year.
        let text = HEADER.replace(
            "email privacy@some.example",
            "email privacy@some.example; ecommerce_platform",
        );
        let text = format!("{text}category orders {{\n  label {{ zh: \"订单\", en: \"orders\" }}\n  tags transaction_record\n}}\nretention {{\n  data orders\n  period 1 year\n}}\n");
        assert_eq!(check(&text, "PIPL-RET-002"), vec![(14, 10)]);
    }

    #[test]
    fn six_months_or_the_minimum_cited() {
        let text = format!("{HEADER}{LOGS}retention {{\n  data logs\n  period 6 months\n}}\n");
        assert!(check(&text, "PIPL-RET-002").is_empty());
        let text = format!(
            "use std::retention\n{HEADER}{LOGS}retention {{\n  data logs\n  period 30 days\n  minimum retention::legal_minimums\n}}\n"
        );
        assert!(check(&text, "PIPL-RET-002").is_empty());
        // Transaction records of a service that is not an e-commerce platform.
        let text = format!("{HEADER}category orders {{\n  label {{ zh: \"订单\", en: \"orders\" }}\n  tags transaction_record\n}}\nretention {{\n  data orders\n  period 1 year\n}}\n");
        assert!(check(&text, "PIPL-RET-002").is_empty());
    }
}
