//! PIPL-CHANGE-001 · No change-notice mechanism or major-change list.
//!
//! When notified items change, the changed part must be notified again (PIPL Art. 17 ¶2), and a
//! change of purpose, method or categories needs fresh consent (Art. 14 ¶2). Implemented: (a)
//! no `changes` statement, or one without `announce` (error); (b) no `major` list, a `major`
//! list missing items of `std::gbt35273::major_changes`, or neither a `revision` history nor an
//! `archive` (or `archived`) (warning); (c) `continued_use_means_acceptance` while processing
//! rests on consent and `major` does not include the Art. 14 ¶2 re-consent cases of
//! `pipl::reconsent_triggers` (error).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Based, Changes};
use crate::rules::pipl::duties::item_span;
use crate::rules::{warning, Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-CHANGE-001"),
        severity: Severity::Error,
        title_en: "no change-notice mechanism or major-change list",
        title_zh: "未说明政策更新的通知方式或重大变更情形",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 14 ¶2, 17 ¶2; NDSR Art. 22; GB/T 35273 5.5, App. D",
    check,
};

/// GB/T 35273 App. D major changes: the stdlib clause and its gist in Chinese.
const MAJOR: &[(&str, &str)] = &[
    ("change_service_model", "服务模式发生重大变化"),
    ("change_ownership", "所有权结构、组织架构发生重大变化"),
    (
        "change_recipients",
        "共享、转让或公开披露的主要对象发生变化",
    ),
    ("change_rights", "个人权利及其行使方式发生重大变化"),
    ("change_contact", "负责部门、联络方式及投诉渠道发生变化"),
    ("change_high_risk", "影响评估报告表明存在高风险"),
];

/// The Art. 14 ¶2 cases that need fresh consent.
const RECONSENT: &[&str] = &[
    "reconsent_purpose_changed",
    "reconsent_method_changed",
    "reconsent_categories_added",
];

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let Some(changes) = ctx.items(Kind::Changes).next() else {
        if let Some(header) = ctx.policy.header() {
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    header.name_span(),
                    Message::key("pipl-duties-change-001--policy-does-not-say-how"),
                )
                .with_label(Message::key("pipl-duties-change-001--no-changes-statement"))
                .with_help(Message::key(
                    "pipl-duties-change-001--add-changes-announce-website-major",
                )),
            );
        }
        return;
    };
    let span = item_span(changes);
    // (a) How updates are announced.
    if !Changes(changes).has(Changes::ANNOUNCE) {
        out.push(
            Diagnostic::new(
                RULE.info.code,
                span,
                Message::key("pipl-duties-change-001--changes-statement-does-not-say"),
            )
            .with_label(Message::key("pipl-duties-change-001--no-announce"))
            .with_help(Message::key(
                "pipl-duties-change-001--add-announce-website-email-popup",
            )),
        );
    }
    // (b) The major-change list and the history.
    let major: Vec<&str> = ctx
        .policy
        .expand_clauses(Changes(changes).major())
        .into_iter()
        .filter_map(|c| ctx.policy.std_origin(c))
        .map(|c| c.name())
        .collect();
    if !Changes(changes).has(Changes::MAJOR) {
        out.push(warning(
            Diagnostic::new(
                RULE.info.code,
                span,
                Message::key("pipl-duties-change-001--changes-statement-does-not-list"),
            )
            .with_label(Message::key("pipl-duties-change-001--no-major-list"))
            .with_help(Message::key(
                "pipl-duties-change-001--add-major-gb-major-changes",
            )),
        ));
    } else {
        let missing: Vec<&(&str, &str)> =
            MAJOR.iter().filter(|(id, _)| !major.contains(id)).collect();
        if !missing.is_empty() {
            let en: Vec<String> = missing.iter().map(|(id, _)| format!("`{id}`")).collect();
            let zh: Vec<&str> = missing.iter().map(|(_, zh)| *zh).collect();
            let field = Changes(changes)
                .field(Changes::MAJOR)
                .map_or(span, |f| f.span);
            out.push(warning(
                Diagnostic::new(
                    RULE.info.code,
                    span,
                    Message::key("pipl-duties-change-001--major-change-list-lacks-list").arg_en_zh(
                        "list",
                        &(crate::rules::list_en(&en)),
                        &(zh.join("；")),
                    ),
                )
                .with_label(Message::key(
                    "pipl-duties-change-001--major-changes-incomplete",
                ))
                .with_related(field, Message::key("pipl-duties-change-001--major-changes"))
                .with_help(Message::key(
                    "pipl-duties-change-001--include-gb-major-changes-major",
                )),
            ));
        }
    }
    // `archived` says earlier versions are kept for reference, even when no address is given.
    let archived =
        Changes(changes).has(Changes::ARCHIVE) || Changes(changes).archived() == Some(true);
    if !archived && ctx.items(Kind::Revision).next().is_none() {
        out.push(warning(
            Diagnostic::new(
                RULE.info.code,
                span,
                Message::key("pipl-duties-change-001--policy-keeps-no-version-history"),
            )
            .with_label(Message::key("pipl-duties-change-001--no-version-history"))
            .with_help(Message::key(
                "pipl-duties-change-001--declare-each-version-revision-name",
            )),
        ));
    }
    // (c) Continued use as acceptance, without a re-consent carve-out.
    if Changes(changes).continued_use_means_acceptance() == Some(true) {
        let consent_based = ctx
            .items(Kind::Purpose)
            .chain(ctx.items(Kind::Flow))
            .any(|item| {
                Based(item).basis().iter().any(|b| {
                    matches!(
                        ctx.consent_form(*b),
                        Some("general" | "separate" | "written" | "guardian")
                    )
                })
            });
        if consent_based && !RECONSENT.iter().all(|r| major.contains(r)) {
            let field = changes
                .fields
                .get("continued_use_means_acceptance")
                .map_or(span, |f| f.span);
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    span,
                    Message::key("pipl-duties-change-001--continued-use-taken-acceptance-any"),
                )
                .with_label(Message::key(
                    "pipl-duties-change-001--no-re-consent-carve-out",
                ))
                .with_related(
                    field,
                    Message::key("pipl-duties-change-001--continued-use-means-acceptance"),
                )
                .with_help(Message::key(
                    "pipl-duties-change-001--add-pipl-reconsent-triggers-major",
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const PURPOSE: &str = "category email {\n  label { zh: \"邮箱\", en: \"email\" }\n}\npurpose news {\n  label { zh: \"资讯\", en: \"news\" }\n  uses email\n  basis pipl::consent\n}\n";

    #[test]
    fn no_announcement_no_list_and_continued_use() {
        let text = format!("{HEADER}{PURPOSE}changes {{\n  continued_use_means_acceptance\n}}\n");
        // (a) error, (b) no list and no history, (c) error: all on `changes`.
        assert_eq!(
            check(&text, "PIPL-CHANGE-001"),
            vec![(16, 1), (16, 1), (16, 1), (16, 1)]
        );
        assert_eq!(check(HEADER, "PIPL-CHANGE-001"), vec![(3, 8)]);
    }

    #[test]
    fn announced_listed_and_archived() {
        let text = format!(
            "use std::gbt35273 as gb\n{HEADER}{PURPOSE}changes {{\n  announce website\n  major gb::major_changes, pipl::reconsent_triggers\n  continued_use_means_acceptance\n  archive https://some.example/privacy/history\n}}\n"
        );
        assert!(check(&text, "PIPL-CHANGE-001").is_empty());
    }
}
