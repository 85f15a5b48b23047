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
                    Message::new(
                        "the policy does not say how its updates are announced",
                        "本政策未说明更新时的通知方式",
                    ),
                )
                .with_label(Message::new("no `changes` statement", "缺少 changes 声明"))
                .with_help(Message::new(
                    "add `changes { announce website; major gb::major_changes; major_notice email, popup }` (PIPL Art. 17 ¶2)",
                    "请添加 changes { announce website; major gb::major_changes; major_notice email, popup }（个人信息保护法第十七条第二款）",
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
                Message::new(
                    "the changes statement does not say how updates are announced",
                    "变更声明未说明政策更新的通知方式",
                ),
            )
            .with_label(Message::new("no `announce`", "未写明 announce"))
            .with_help(Message::new(
                "add `announce website` (or `email`, `popup`, ...): the changed part must be notified (PIPL Art. 17 ¶2)",
                "请添加 announce website（或 email、popup 等）：告知事项发生变更的，应当将变更部分告知个人（个人信息保护法第十七条第二款）",
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
                Message::new(
                    "the changes statement does not list the major changes that get a prominent notice",
                    "变更声明未列明需要显著告知的重大变更情形",
                ),
            )
            .with_label(Message::new("no `major` list", "未写明 major"))
            .with_help(Message::new(
                "add `major gb::major_changes` (GB/T 35273 App. D) and `major_notice`",
                "请添加 major gb::major_changes（GB/T 35273 附录D）及 major_notice",
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
                    Message::new(
                        format!(
                            "the major-change list lacks {} of GB/T 35273 App. D",
                            crate::rules::list_en(&en)
                        ),
                        format!(
                            "重大变更情形缺少 GB/T 35273 附录D 所列的：{}",
                            zh.join("；")
                        ),
                    ),
                )
                .with_label(Message::new(
                    "major changes incomplete",
                    "重大变更情形不完整",
                ))
                .with_related(field, Message::new("the major changes", "所列重大变更"))
                .with_help(Message::new(
                    "include `gb::major_changes` in `major`",
                    "请在 major 中包含 gb::major_changes",
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
                Message::new(
                    "the policy keeps no version history: no `revision` and no `archive`",
                    "本政策未提供历史版本：既无 revision，也无 archive",
                ),
            )
            .with_label(Message::new("no version history", "缺少历史版本"))
            .with_help(Message::new(
                "declare each version as `revision NAME { date ...; changes { ... } }`, or give `archive` the URL of the earlier versions (GB/T 35273 App. D)",
                "请以 revision NAME { date ……; changes { …… } } 记录各版本，或以 archive 写明历史版本的网址（GB/T 35273 附录D）",
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
                    Message::new(
                        "continued use is taken as acceptance of any change, but a change of purpose, method or categories of consent-based processing needs fresh consent (PIPL Art. 14 ¶2)",
                        "本政策将继续使用视为接受任何变更，但基于同意的处理，其目的、方式或个人信息种类发生变更的，应当重新取得个人同意（个人信息保护法第十四条第二款）",
                    ),
                )
                .with_label(Message::new("no re-consent carve-out", "未排除需重新取得同意的变更"))
                .with_related(field, Message::new("continued use means acceptance", "继续使用即视为接受"))
                .with_help(Message::new(
                    "add `pipl::reconsent_triggers` to `major`, for which consent is asked again, or drop `continued_use_means_acceptance`",
                    "请在 major 中加入 pipl::reconsent_triggers（此类变更将重新征得同意），或删除 continued_use_means_acceptance",
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
