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
    /// What to write instead (`within 1 month`); the caller's help explains any extension.
    pub fix: &'static str,
}

/// The finding for `right` when its `within` is longer than `limit`, located on the field.
pub(crate) fn late(code: Code, right: &Item, limit: &Limit, help: Message) -> Option<Diagnostic> {
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
            Message::key("reply-time--name-answered-within-d-more")
                .arg("name", &right.name())
                .arg("d", &d)
                .arg("law", &limit.law)
                .arg_en_zh("limit", &limit.en, &limit.zh)
                .arg("amount", &d.amount)
                .arg("unit", &d.unit.zh()),
        )
        .with_label(
            Message::key("reply-time--longer-than-limit").arg_en_zh("limit", &limit.en, &limit.zh),
        )
        .with_help(help)
        .with_fix(
            Message::key("reply-time--answer-within-limit")
                .arg_en_zh("limit", &limit.en, &limit.zh),
            field.span,
            limit.fix,
        ),
    )
}
