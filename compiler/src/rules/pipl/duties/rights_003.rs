//! PIPL-RIGHTS-003 · Request handling: channel, reasons, time limit, fees.
//!
//! PIPL Art. 50 ¶1 asks for a convenient way to make requests and reasons for every refusal;
//! GB/T 35273 8.5 and 8.7 set the time limits and the fee rule. Implemented: (a) a right with
//! no `via` channel (error); (b) a refusal ground that is not one of the standard grounds
//! (GB/T 35273 8.7, `std::gbt35273`) — the author's own clause needs a written justification
//! (warning: the list rests on the recommended standard only); (c) a right exercised by request without `within`, or with a time beyond 30 days
//! (15 working days for account closure and complaints) (warning); (d) `fee cost_fee`
//! (warning); (f) two rights of the same kind with different response times (warning). The
//! sentence that refusals are explained is always rendered, and what identity verification
//! collects (e) is free text: neither is checked.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{List, Right};
use crate::ir::{Item, ItemId, Value};
use crate::rules::{warning, Ctx, Profile, Rule};
use crate::source::Span;
use crate::types::literals::{Duration, Unit};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-RIGHTS-003"),
        severity: Severity::Error,
        title_en: "request handling: channel, reasons, time limit, fees",
        title_zh: "权利请求的受理机制、拒绝理由、答复期限或收费不符合要求",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 50, 45 ¶2; NDSR Art. 23; GB/T 35273 8.5, 8.7",
    check,
};

/// Rights that are not exercised by a request to us: no channel is needed.
const NO_REQUEST: &[&str] = &["know_decide", "sue"];
/// Rights whose limit is 15 working days (GB/T 35273 8.5; APP §6).
const FIFTEEN_WORKING_DAYS: &[&str] = &["close_account", "complain"];

/// A duration's length in calendar days (working days count 7 for every 5; a month 30 days).
fn calendar_days(d: Duration) -> u64 {
    let n = u64::from(d.amount);
    match d.unit {
        Unit::Hours => n.div_ceil(24),
        Unit::Days => n,
        Unit::WorkingDays => (n * 7).div_ceil(5),
        Unit::Weeks => n * 7,
        Unit::Months => n * 30,
        Unit::Years => n * 365,
    }
}

/// The limit a response time exceeds, in both languages, if it exceeds one.
fn too_long(root: Option<&str>, d: Duration) -> Option<(&'static str, &'static str)> {
    if root.is_some_and(|r| FIFTEEN_WORKING_DAYS.contains(&r)) {
        let over = match d.unit {
            Unit::WorkingDays => d.amount > 15,
            _ => calendar_days(d) > 21,
        };
        over.then_some(("15 working days", "十五个工作日"))
    } else {
        (calendar_days(d) > 30).then_some(("30 days", "三十日"))
    }
}

/// Whether a right is exercised by a request that has a response time: its stdlib kind has a
/// `within`, or it is a complaint.
fn answered(ctx: &Ctx, right: &Item) -> bool {
    let mut current = right.parent.and_then(|p| ctx.item(p));
    for _ in 0..8 {
        let Some(item) = current else {
            return false;
        };
        if Right(item).has(Right::WITHIN) || (ctx.policy.is_std(item) && item.name() == "complain")
        {
            return true;
        }
        current = item.parent.and_then(|p| ctx.item(p));
    }
    false
}

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let mut seen: Vec<(&str, Duration, Span)> = Vec::new();
    for right in ctx.items(Kind::Right) {
        let name = right.name();
        let root = ctx.root_name(right.id);
        // (a) A channel.
        if !root.is_some_and(|r| NO_REQUEST.contains(&r)) && !Right(right).has(Right::VIA) {
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    right.name_span(),
                    Message::key("pipl-duties-rights-003--right-name-does-not-say")
                        .arg("name", &name),
                )
                .with_label(Message::key("pipl-duties-rights-003--no-via-channel"))
                .with_help(Message::key(
                    "pipl-duties-rights-003--add-via-email-url-phone",
                )),
            );
        }
        // (b) Refusal grounds outside the standard list.
        let mut own: Vec<(Span, String)> = Vec::new();
        for v in Right(right).values(Right::REFUSAL_GROUNDS) {
            let Value::Ref(id) = v.value else { continue };
            let Some(item) = ctx.item(id) else { continue };
            let clauses: Vec<ItemId> = if item.kind == Kind::List {
                List(item).items()
            } else {
                vec![id]
            };
            if clauses.iter().any(|c| ctx.policy.std_origin(*c).is_none()) {
                own.push((v.span, ctx.display(id)));
            }
        }
        if !own.is_empty() {
            let names: Vec<String> = own.iter().map(|(_, n)| n.clone()).collect();
            let en: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            let zh: Vec<String> = names.iter().map(|n| format!("「{n}」")).collect();
            let mut d = Diagnostic::new(
                RULE.info.code,
                right.name_span(),
                Message::key("pipl-duties-rights-003--right-name-may-refused-grounds")
                    .arg("name", &name)
                    .arg_en_zh("list", &(crate::rules::list_en(&en)), &(zh.join("、"))),
            )
            .with_label(Message::key(
                "pipl-duties-rights-003--refusal-grounds-without-legal-source",
            ))
            .with_help(Message::key(
                "pipl-duties-rights-003--keep-std-gbt35273-refusal-grounds",
            ));
            for (span, _) in &own {
                d = d.with_related(
                    *span,
                    Message::key("pipl-duties-rights-003--not-standard-refusal-ground"),
                );
            }
            // The list of grounds is GB/T 35273 8.7, a recommended standard: a warning.
            out.push(warning(d));
        }
        // (c) The response time.
        match Right(right).within() {
            None if answered(ctx, right) => out.push(warning(
                Diagnostic::new(
                    RULE.info.code,
                    right.name_span(),
                    Message::key("pipl-duties-rights-003--right-name-states-no-response")
                        .arg("name", &name),
                )
                .with_label(Message::key("pipl-duties-rights-003--no-within"))
                .with_help(Message::key(
                    "pipl-duties-rights-003--add-within-15-working-days",
                )),
            )),
            Some(d) => {
                let span = Right(right)
                    .field(Right::WITHIN)
                    .map_or(right.name_span(), |f| {
                        f.values.first().map_or(f.span, |v| v.span)
                    });
                if let Some((en, zh)) = too_long(root, d) {
                    out.push(warning(
                        Diagnostic::new(
                            RULE.info.code,
                            right.name_span(),
                            Message::key("pipl-duties-rights-003--right-name-answered-within-d-2")
                                .arg("name", &name)
                                .arg("d", &d)
                                .arg_en_zh("arg", &en, &zh),
                        )
                        .with_label(Message::key(
                            "pipl-duties-rights-003--response-time-too-long",
                        ))
                        .with_related(span, Message::key("pipl-duties-rights-003--response-time"))
                        .with_fix(
                            Message::key("pipl-duties-rights-003--answer-within-15-working-days"),
                            span,
                            "15 working_days",
                        ),
                    ));
                }
                // (f) Two response times for the same right.
                if let Some(r) = root {
                    match seen.iter().find(|(k, _, _)| *k == r) {
                        Some((_, other, other_span)) if *other != d => out.push(warning(
                            Diagnostic::new(
                                RULE.info.code,
                                right.name_span(),
                                Message::key(
                                    "pipl-duties-rights-003--right-name-answered-within-d",
                                )
                                .arg("name", &name)
                                .arg("d", &d)
                                .arg("r", &r)
                                .arg("other", &other),
                            )
                            .with_label(Message::key("pipl-duties-rights-003--two-response-times"))
                            .with_related(
                                span,
                                Message::key("pipl-duties-rights-003--response-time-2"),
                            )
                            .with_related(
                                *other_span,
                                Message::key("pipl-duties-rights-003--other-response-time"),
                            )
                            .with_help(Message::key(
                                "pipl-duties-rights-003--state-one-response-time-right",
                            )),
                        )),
                        Some(_) => {}
                        None => seen.push((r, d, span)),
                    }
                }
            }
            None => {}
        }
        // (d) A fee on reasonable requests.
        if Right(right).fee() == Some("cost_fee") {
            let span = right
                .fields
                .get("fee")
                .and_then(|f| f.values.first())
                .map_or(right.name_span(), |v| v.span);
            out.push(warning(
                Diagnostic::new(
                    RULE.info.code,
                    right.name_span(),
                    Message::key("pipl-duties-rights-003--right-name-charges-fee-every")
                        .arg("name", &name),
                )
                .with_label(Message::key(
                    "pipl-duties-rights-003--fee-reasonable-requests",
                ))
                .with_related(span, Message::key("pipl-duties-rights-003--fee"))
                .with_help(Message::key(
                    "pipl-duties-rights-003--reasonable-requests-free-cost-fee",
                ))
                .with_fix(
                    Message::key("pipl-duties-rights-003--free-reasonable-requests"),
                    span,
                    "free_for_reasonable_requests",
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    #[test]
    fn no_channel_no_time_and_own_refusal_ground() {
        let text = format!(
            "{HEADER}clause busy {{\n  label {{ zh: \"我们太忙\", en: \"we are busy\" }}\n}}\nright access: pipl::access {{\n  refusal_grounds busy\n}}\nright close: pipl::close_account {{\n  via privacy@some.example\n  within 30 days\n  fee cost_fee\n}}\n"
        );
        // access: no channel (a, error), own ground (b), no time (c); close: too long (c),
        // fee (d): warnings.
        assert_eq!(
            check(&text, "PIPL-RIGHTS-003"),
            vec![(11, 7), (11, 7), (11, 7), (14, 7), (14, 7)]
        );
    }

    #[test]
    fn two_response_times() {
        let text = format!(
            "{HEADER}right a: pipl::delete {{\n  via privacy@some.example\n  within 15 working_days\n}}\nright b: pipl::delete {{\n  via privacy@some.example\n  within 15 days\n}}\n"
        );
        assert_eq!(check(&text, "PIPL-RIGHTS-003"), vec![(12, 7)]);
    }

    #[test]
    fn channel_time_and_standard_grounds() {
        let text = format!(
            "use std::gbt35273 as gb\n{HEADER}right access: pipl::access {{\n  via privacy@some.example\n  within 15 working_days\n  fee free_for_reasonable_requests\n  refusal_grounds gb::refusal_grounds\n}}\nright complain: pipl::complain {{\n  via privacy@some.example\n  within 15 working_days\n}}\n"
        );
        assert!(check(&text, "PIPL-RIGHTS-003").is_empty());
    }
}
