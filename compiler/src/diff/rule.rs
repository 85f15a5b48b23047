//! PIPL-CHANGE-002 · Major change without prominent notice or re-consent.
//!
//! The one legal rule that compares two versions, so it runs in `polc diff`, not in `check`.
//! When the diff holds a major change (GB/T 35273-2020 App. D, or the policy's own list) the
//! new version must (a) record it in the version history: a `revision` newer than every old
//! one, (b) announce major changes prominently: `changes { major_notice ... }`, and (c) for a
//! change that needs fresh or separate consent (PIPL Art. 14 ¶2, 23, 25, 29, 39), say that it
//! asks again: the matching `pipl::reconsent_*` clause in `changes { major ... }`
//! (`pipl::reconsent_triggers` lists them all).

use super::{changelog, Diff, Impact};
use crate::diag::codes::CodeInfo;
use crate::diag::{Code, Diagnostic, Message, Severity};
use crate::ir::Policy;
use crate::source::SourceDb;
use crate::types::schema::Kind;

pub static INFO: CodeInfo = CodeInfo {
    code: Code::new("PIPL-CHANGE-002"),
    severity: Severity::Error,
    title_en: "major change without prominent notice or re-consent",
    title_zh: "重大变更未以显著方式告知或未重新取得同意",
};

pub const ARTICLE: &str = "PIPL Art. 14 ¶2, 17 ¶2, 22, 23, 25, 29, 39; GB/T 35273-2020 App. D";

/// The diagnostics of PIPL-CHANGE-002 on the new version (`db` is the new version's).
pub fn check(diff: &Diff, old: &Policy, new: &Policy, db: &SourceDb) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if !new.profiles.contains(&"pipl") || diff.impact() < Impact::Major {
        return out;
    }
    let Some(header) = new.header() else {
        return out;
    };
    let majors: Vec<&super::Change> = diff
        .changes
        .iter()
        .filter(|c| c.impact >= Impact::Major)
        .collect();
    let anchor = |c: &super::Change| c.new_span.unwrap_or(header.name_span());

    // (a) A revision newer than every revision of the old version.
    let latest_old = old
        .of_kind(Kind::Revision)
        .filter_map(|r| r.fields.date("date"))
        .max();
    let recorded = new
        .of_kind(Kind::Revision)
        .filter_map(|r| r.fields.date("date"))
        .any(|d| latest_old.is_none_or(|old| d > old));
    if !recorded {
        let entry = changelog::entry(diff);
        let mut d = Diagnostic::new(
            INFO.code,
            header.name_span(),
            Message::key("diff-rule--len-major-change-s-not").arg("len", &majors.len()),
        )
        .with_label(Message::key("diff-rule--no-new-revision-version"))
        .with_help(
            Message::key("diff-rule--add-revision-whose-changes-say").arg_en_zh(
                "entry",
                &(entry.en.join(" ")),
                &(entry.zh.join("")),
            ),
        );
        if let Ok(edit) = changelog::history_edit(new, db, &entry) {
            d = d.with_fix(
                Message::key("diff-rule--add-change-log-entry-version"),
                edit.span,
                edit.new_text,
            );
        }
        out.push(d);
    }

    // (b) A prominent notice for major changes.
    let changes = new.of_kind(Kind::Changes).next();
    if changes.is_none_or(|c| !c.fields.has("major_notice")) {
        let span = changes.map_or(header.name_span(), |c| c.name_span());
        out.push(
            Diagnostic::new(
                INFO.code,
                span,
                Message::key("diff-rule--version-makes-major-change-but"),
            )
            .with_help(Message::key("diff-rule--add-major-notice-changes-e")),
        );
    }

    // (c) Fresh or separate consent is promised for each kind of change that needs it: one
    // diagnostic per missing `pipl::reconsent_*` clause, on its first change.
    let mut missing: Vec<(super::Consent, Vec<&super::Change>)> = Vec::new();
    for change in majors.iter().filter(|c| c.impact == Impact::Consent) {
        for consent in change.consents() {
            if diff.own_major_list.iter().any(|id| id == consent.id()) {
                continue;
            }
            match missing.iter_mut().find(|(c, _)| *c == consent) {
                Some((_, changes)) => changes.push(change),
                None => missing.push((consent, vec![change])),
            }
        }
    }
    for (consent, changes) in missing {
        let Some(first) = changes.first() else {
            continue;
        };
        let id = format!("pipl::{}", consent.id());
        let kind = if consent.separate() {
            ("separate consent", "单独同意")
        } else {
            ("fresh consent", "重新取得个人同意")
        };
        let mut d = Diagnostic::new(
            INFO.code,
            anchor(first),
            Message::key("diff-rule--changes-count-change-s-need-kind")
                .arg("changes-count", &changes.len())
                .arg("kind", &(kind.0))
                .arg("article", &consent.article())
                .arg("article2", &consent.article_zh())
                .arg("kind2", &(kind.1)),
        )
        .with_help(Message::key("diff-rule--ask-consent-before-new-processing").arg("id", &id));
        for other in changes.iter().skip(1) {
            if let Some(span) = other.new_span {
                d = d.with_related(span, Message::key("diff-rule--another-change-kind"));
            }
        }
        out.push(d);
    }
    out
}
