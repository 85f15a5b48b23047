//! PIPL-RIGHTS-002 · Deletion conditions narrower than Art. 47.
//!
//! PIPL Art. 47 ¶1 lists the cases in which information must be deleted; ¶2 says what happens
//! when deletion is not possible (a legal retention period, technical difficulty such as
//! backups): all processing stops except storage and security measures. Implemented: a
//! `delete` right whose `conditions` (its own, else its stdlib kind's `deletion_conditions`)
//! miss one of Art. 47 ¶1 (1)–(4); a `delete` right that does not state the Art. 47 ¶2
//! fallback (`pipl::deletion_fallback` among its `conditions` or `refusal_grounds`).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Key, Right};
use crate::ir::{Item, ItemId};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-RIGHTS-002"),
        severity: Severity::Error,
        title_en: "deletion conditions narrower than Art. 47",
        title_zh: "删除权的适用情形窄于法定情形，或缺少无法删除时的处理",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 47; NDSR Art. 24; GB/T 35273 8.3",
    check,
};

/// The cases of Art. 47 ¶1 (1)–(4): the stdlib clause, and the case in Chinese.
const CASES: &[(&str, &str, &str)] = &[
    (
        "delete_purpose_achieved",
        "the purpose is achieved, cannot be achieved or no longer needs the data",
        "处理目的已实现、无法实现或者为实现处理目的不再必要",
    ),
    (
        "delete_service_ended",
        "the service stops or the retention period expires",
        "停止提供产品或者服务，或者保存期限已届满",
    ),
    (
        "delete_consent_withdrawn",
        "consent is withdrawn",
        "个人撤回同意",
    ),
    (
        "delete_unlawful",
        "processing breaches the law or the agreement",
        "违反法律、行政法规或者违反约定处理个人信息",
    ),
];

/// The names of the stdlib clauses a right's clause field stands for: its own value, else the
/// value its stdlib kind carries.
fn clause_names<'a>(ctx: &Ctx<'a>, right: &'a Item, key: Key<Right<'static>>) -> Vec<&'a str> {
    let mut current = Some(right);
    for _ in 0..8 {
        let Some(item) = current else { break };
        if Right(item).has(key) {
            return ctx
                .policy
                .expand_clauses(Right(item).ids(key))
                .into_iter()
                .filter_map(|c: ItemId| ctx.policy.std_origin(c))
                .map(Item::name)
                .collect();
        }
        current = item.parent.and_then(|p| ctx.item(p));
    }
    Vec::new()
}

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for right in ctx.items(Kind::Right) {
        if ctx.root_name(right.id) != Some("delete") {
            continue;
        }
        let name = right.name();
        let conditions = clause_names(ctx, right, Right::CONDITIONS);
        let missing: Vec<&(&str, &str, &str)> = CASES
            .iter()
            .filter(|(id, _, _)| !conditions.contains(id))
            .collect();
        if !missing.is_empty() {
            let en: Vec<String> = missing.iter().map(|(_, en, _)| en.to_string()).collect();
            let zh: Vec<&str> = missing.iter().map(|(_, _, zh)| *zh).collect();
            let mut d = Diagnostic::new(
                RULE.info.code,
                right.name_span(),
                Message::key("pipl-duties-rights-002--right-name-lets-people-ask")
                    .arg("name", &name)
                    .arg_en_zh("list", &(en.join("; ")), &(zh.join("；"))),
            )
            .with_label(Message::key(
                "pipl-duties-rights-002--conditions-narrower-than-law",
            ))
            .with_help(Message::key(
                "pipl-duties-rights-002--use-conditions-pipl-deletion-conditions",
            ));
            if let Some(field) = Right(right).field(Right::CONDITIONS) {
                d = d
                    .with_related(
                        field.span,
                        Message::key("pipl-duties-rights-002--stated-conditions"),
                    )
                    .with_fix(
                        Message::key("pipl-duties-rights-002--use-statutory-conditions"),
                        field.span,
                        "conditions pipl::deletion_conditions",
                    );
            }
            out.push(d);
        }
        let fallback = clause_names(ctx, right, Right::CONDITIONS)
            .into_iter()
            .chain(clause_names(ctx, right, Right::REFUSAL_GROUNDS))
            .any(|c| c == "deletion_fallback");
        if !fallback {
            let mut d = Diagnostic::new(
                RULE.info.code,
                right.name_span(),
                Message::key("pipl-duties-rights-002--right-name-does-not-say").arg("name", &name),
            )
            .with_label(Message::key("pipl-duties-rights-002--no-art-47-2-fallback"))
            .with_help(Message::key(
                "pipl-duties-rights-002--add-pipl-deletion-fallback-conditions",
            ));
            if let Some(field) = Right(right).field(Right::CONDITIONS) {
                let end = crate::source::Span::new(
                    field.span.file,
                    field.span.end as usize,
                    field.span.end as usize,
                );
                d = d.with_fix(
                    Message::key("pipl-duties-rights-002--add-art-47-2-fallback"),
                    end,
                    ", pipl::deletion_fallback",
                );
            }
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    #[test]
    fn only_unlawful_processing_and_no_fallback() {
        let text = format!(
            "{HEADER}right del: pipl::delete {{\n  via privacy@some.example\n  conditions pipl::delete_unlawful\n}}\n"
        );
        assert_eq!(check(&text, "PIPL-RIGHTS-002"), vec![(8, 7), (8, 7)]);
    }

    #[test]
    fn the_stdlib_conditions_and_the_fallback() {
        let text = format!(
            "{HEADER}right del: pipl::delete {{\n  via privacy@some.example\n  conditions pipl::deletion_conditions, pipl::deletion_fallback\n}}\n"
        );
        assert!(check(&text, "PIPL-RIGHTS-002").is_empty());
    }

    #[test]
    fn the_fix_appends_the_fallback() {
        let text = format!(
            "{HEADER}right del: pipl::delete {{\n  via privacy@some.example\n  conditions pipl::deletion_conditions\n}}\n"
        );
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-RIGHTS-002")
            .unwrap();
        let edit = &d.fixes[0].edits[0];
        assert_eq!(edit.new_text, ", pipl::deletion_fallback");
        assert_eq!(
            &text[edit.span.start as usize - "deletion_conditions".len()..edit.span.end as usize],
            "deletion_conditions"
        );
    }
}
