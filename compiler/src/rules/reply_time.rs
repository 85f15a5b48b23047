//! A right answered later than a law allows: the finding GDPR-RIGHTS-001 (one month, Art.
//! 12(3)) and CCPA-RIGHTS-001 (45 days, §1798.130(a)(2)(A)) both make, built once so the two
//! laws word, locate and fix it alike.

use crate::diag::{Code, Diagnostic, Message};
use crate::ir::Item;
use crate::types::literals::Unit;

/// A law's longest reply time, in each unit a `within` may be written in.
pub(crate) struct Limit {
    /// The law, as the message names it: "GDPR", "CCPA".
    pub law: &'static str,
    /// The limit in words: "one month" / "一个月".
    pub en: &'static str,
    pub zh: &'static str,
    pub days: u32,
    /// The working days the calendar limit holds at least.
    pub working_days: u32,
    pub weeks: u32,
    pub months: u32,
    /// What to write instead (`within 1 month`), and the help that explains any extension.
    pub fix: &'static str,
    pub help_en: &'static str,
    pub help_zh: &'static str,
}

/// The finding for `right` when its `within` is longer than `limit`, located on the field.
pub(crate) fn late(code: Code, right: &Item, limit: &Limit) -> Option<Diagnostic> {
    let field = right.fields.get("within")?;
    let d = right.fields.duration("within")?;
    let too_long = match d.unit {
        Unit::Hours => false,
        Unit::Days => d.amount > limit.days,
        Unit::WorkingDays => d.amount > limit.working_days,
        Unit::Weeks => d.amount > limit.weeks,
        Unit::Months => d.amount > limit.months,
        Unit::Years => d.amount > 0,
    };
    if !too_long {
        return None;
    }
    Some(
        Diagnostic::new(
            code,
            field.span,
            Message::new(
                format!(
                    "`{}` is answered within {d}, more than the {}'s {}",
                    right.name(),
                    limit.law,
                    limit.en
                ),
                format!(
                    "「{}」的答复期限为{}{}，超过{}规定的{}",
                    right.name(),
                    d.amount,
                    d.unit.zh(),
                    limit.law,
                    limit.zh
                ),
            ),
        )
        .with_label(Message::new(
            format!("longer than {}", limit.en),
            format!("超过{}", limit.zh),
        ))
        .with_help(Message::new(limit.help_en, limit.help_zh))
        .with_fix(
            Message::new(
                format!("answer within {}", limit.en),
                format!("改为{}内答复", limit.zh),
            ),
            field.span,
            limit.fix,
        ),
    )
}
