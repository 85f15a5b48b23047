//! PIPL-RET-001 · Retention missing, open-ended or without expiry handling.
//!
//! The retention period is a notice item (PIPL Art. 17 ¶1(2)) and must be the shortest
//! necessary (Art. 19). Implemented: (a) a purpose, or a category used only in flows, that no
//! `retention` entry covers (error); a `retention` entry that states neither a `period`, an
//! `until` criterion nor a legal `minimum` (error); (c) an entry that does not say what happens
//! when the period ends, `on_expiry` (warning). A `retention` without `data` and `for` covers
//! everything only when it states a `period`: "as long as necessary" alone is a principle, not
//! a retention period. An entry that says `as_long_as_necessary` (合理必要期限) and nothing
//! more is reported as such: it is neither a period nor a criterion a reader can apply. An
//! entry that says `not_stored` covers its categories and needs no period nor `on_expiry`;
//! `kept_beyond` conditions (kept after the period only in those cases) need nothing more.

use crate::ir::views::{Purpose, Retention};
use std::collections::HashSet;

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::{Item, ItemId};
use crate::rules::{Ctx, Profile, Rule};
use crate::source::Span;
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-RET-001"),
        severity: Severity::Error,
        title_en: "retention missing, open-ended or without expiry handling",
        title_zh: "保存期限缺失、无限期或未说明到期后的处理方式",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 17 ¶1(2), 19, 47 ¶1(2); NDSR Art. 21; GB/T 35273 6.1, 6.4",
    check,
};

fn covers_everything(r: &Item) -> bool {
    !Retention(r).has(Retention::DATA)
        && !Retention(r).has(Retention::FOR)
        && Retention(r).has(Retention::PERIOD)
}

/// A retention entry's name, or its `retention` keyword when it has none.
fn entry_span(r: &Item) -> Span {
    match &r.name {
        Some(name) => name.span,
        None => Span::new(
            r.span.file,
            r.span.start as usize,
            r.span.start as usize + "retention".len(),
        ),
    }
}

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let entries: Vec<&Item> = ctx.items(Kind::Retention).collect();
    let blanket = entries.iter().any(|r| covers_everything(r));
    // (a) Purposes without retention.
    for purpose in ctx.items(Kind::Purpose) {
        if Purpose(purpose).uses().is_empty() || ctx.retention_covers(purpose.id) {
            continue;
        }
        let name = purpose.name();
        out.push(
            Diagnostic::new(
                RULE.info.code,
                purpose.name_span(),
                Message::key("pipl-ret-001--no-retention-period-covers-purpose").arg("name", &name),
            )
            .with_label(Message::key("pipl-ret-001--how-long-data-kept"))
            .with_help(
                Message::key("pipl-ret-001--declare-retention-name-period-until")
                    .arg("name", &name),
            ),
        );
    }
    // (a) Categories processed only in flows, which no purpose's retention reaches.
    let mut seen: HashSet<ItemId> = HashSet::new();
    for edge in ctx.graph.flows() {
        let c = edge.category;
        if seen.contains(&c) || ctx.is_used(c) {
            continue;
        }
        seen.insert(c);
        if blanket || ctx.retention_names(c) {
            continue;
        }
        let Some(category) = ctx.item(c) else {
            continue;
        };
        if ctx.policy.is_std(category) {
            continue;
        }
        let name = category.name();
        out.push(
            Diagnostic::new(
                RULE.info.code,
                category.name_span(),
                Message::key("pipl-ret-001--no-retention-period-covers-category")
                    .arg("name", &name),
            )
            .with_label(Message::key("pipl-ret-001--how-long-kept"))
            .with_help(
                Message::key("pipl-ret-001--declare-retention-data-name-period").arg("name", &name),
            ),
        );
    }
    for r in &entries {
        // Data that is not kept at all has no period to state, and nothing to do at its end.
        if Retention(r).not_stored() == Some(true) {
            continue;
        }
        let stated = Retention(r).has(Retention::PERIOD)
            || Retention(r).has(Retention::UNTIL)
            || Retention(r).has(Retention::MINIMUM);
        // (a) "As long as necessary" and nothing more: the original's words, but no period.
        if !stated && Retention(r).as_long_as_necessary() == Some(true) {
            let span = r
                .fields
                .get("as_long_as_necessary")
                .map_or_else(|| entry_span(r), |f| f.span);
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    span,
                    Message::key("pipl-ret-001--retention-entry-says-only-long"),
                )
                .with_label(Message::key("pipl-ret-001--not-period"))
                .with_help(Message::key("pipl-ret-001--state-period-period-3-years")),
            );
        } else if !stated {
            // (a) Open-ended: no period, no criterion, no legal minimum.
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    entry_span(r),
                    Message::key("pipl-ret-001--retention-entry-states-no-period"),
                )
                .with_label(Message::key("pipl-ret-001--open-ended-retention"))
                .with_help(Message::key(
                    "pipl-ret-001--add-period-duration-until-criterion",
                )),
            );
        }
        // (c) What happens at the end.
        if !Retention(r).has(Retention::ON_EXPIRY) {
            let mut d = Diagnostic::new(
                RULE.info.code,
                entry_span(r),
                Message::key("pipl-ret-001--retention-entry-does-not-say"),
            )
            .with_label(Message::key("pipl-ret-001--no-expiry"))
            .with_help(Message::key(
                "pipl-ret-001--add-expiry-delete-anonymize-delete",
            ));
            d.severity = Severity::Warning;
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const ITEMS: &str = "category email {\n  label { zh: \"邮箱\", en: \"email\" }\n}\npurpose news {\n  label { zh: \"资讯推送\", en: \"newsletter\" }\n  uses email\n  basis pipl::consent\n}\n";

    #[test]
    fn a_principle_is_not_a_retention_period() {
        let text = format!("{HEADER}{ITEMS}retention {{\n  until {{ zh: \"实现目的所必要的期限届满\", en: \"as long as necessary\" }}\n}}\n");
        // The purpose is not covered; the entry has no `on_expiry` (a warning).
        assert_eq!(check(&text, "PIPL-RET-001"), vec![(11, 9), (16, 1)]);
    }

    #[test]
    fn a_period_for_the_purpose() {
        let text = format!("{HEADER}{ITEMS}retention news_mail {{\n  for news\n  period 2 years\n  on_expiry delete\n}}\n");
        assert!(check(&text, "PIPL-RET-001").is_empty());
    }

    /// 「我们仅在为实现目的所必需的期限内保存」 is the original's wording, still no period.
    #[test]
    fn as_long_as_necessary_is_reported_as_such() {
        let text = format!("{HEADER}{ITEMS}retention {{\n  for news\n  as_long_as_necessary\n  on_expiry delete\n}}\n");
        assert_eq!(check(&text, "PIPL-RET-001"), vec![(18, 3)]);
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-RET-001")
            .unwrap();
        assert!(
            d.message.en().contains("neither a period nor a criterion"),
            "{}",
            d.message.en()
        );
    }

    /// 「我们不会保存您的……」: nothing is kept, so there is no period to state.
    #[test]
    fn not_stored_covers_its_categories() {
        let text = format!("{HEADER}{ITEMS}retention {{\n  data email\n  not_stored\n}}\n");
        assert!(check(&text, "PIPL-RET-001").is_empty());
    }

    /// Kept beyond the period only where the law requires it: a period, and its exceptions.
    #[test]
    fn kept_beyond_conditions_are_fine() {
        let text = format!("use std::conditions\n{HEADER}{ITEMS}retention {{\n  for news\n  period 2 years\n  kept_beyond conditions::law_requires\n  on_expiry delete_immediately\n}}\n");
        assert!(check(&text, "PIPL-RET-001").is_empty());
    }
}
