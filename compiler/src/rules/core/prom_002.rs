//! CORE-PROM-002 · Empty or dangling exception list.
//!
//! An empty `except` list cannot be written: the type checker requires a value. What remains is
//! a list of the wrong kind: the refusal grounds of GB/T 35273 8.7 used as consent exceptions,
//! major changes used as refusal grounds, and so on. Each field that holds a standard list has
//! a family of stdlib lists it expects; a stdlib clause or list from *another* family is
//! reported. The author's own clauses are never questioned here.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::List;
use crate::ir::ItemId;
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("CORE-PROM-002"),
        severity: Severity::Error,
        title_en: "empty or dangling exception list",
        title_zh: "“除外”情形为空或无所指",
    },
    profile: Profile::Core,
    article: "PIPL Art. 17 ¶1; GB/T 35273-2020 5.5 b)",
    check,
};

/// The stdlib lists that make up each family, as `module::list`.
const CONSENT_EXCEPTIONS: &[&str] = &[
    "std::pipl::consent_exceptions",
    "std::gbt35273::consent_exceptions",
    "std::gbt35273::sharing_consent_exceptions",
];
const REFUSAL_GROUNDS: &[&str] = &["std::gbt35273::refusal_grounds"];
const MAJOR_CHANGES: &[&str] = &[
    "std::gbt35273::major_changes",
    "std::pipl::reconsent_triggers",
];
const LEGAL_MINIMUMS: &[&str] = &["std::retention::legal_minimums"];
const DELETION: &[&str] = &["std::pipl::deletion_conditions"];

/// Which family each field expects: (kind, field, family, what the family is, 中文).
const FIELDS: &[(Kind, &str, &[&str], &str, &str)] = &[
    (
        Kind::Flow,
        "exceptions",
        CONSENT_EXCEPTIONS,
        "consent exceptions",
        "无需同意的例外情形",
    ),
    (
        Kind::Policy,
        "consent_exceptions",
        CONSENT_EXCEPTIONS,
        "consent exceptions",
        "无需同意的例外情形",
    ),
    (
        Kind::Storage,
        "exceptions",
        CONSENT_EXCEPTIONS,
        "consent exceptions",
        "无需同意的例外情形",
    ),
    (
        Kind::Right,
        "refusal_grounds",
        REFUSAL_GROUNDS,
        "refusal grounds",
        "可拒绝响应请求的情形",
    ),
    (
        Kind::Changes,
        "major",
        MAJOR_CHANGES,
        "major changes",
        "重大变更情形",
    ),
    (
        Kind::Retention,
        "minimum",
        LEGAL_MINIMUMS,
        "legal minimum periods",
        "法定最短保存期限",
    ),
];

/// Every family: a stdlib clause in one of these lists, or the list itself, has a known kind.
const FAMILIES: &[&[&str]] = &[
    CONSENT_EXCEPTIONS,
    REFUSAL_GROUNDS,
    MAJOR_CHANGES,
    LEGAL_MINIMUMS,
    DELETION,
];

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let lists: Vec<(&'static str, ItemId, Vec<ItemId>)> = FAMILIES
        .iter()
        .flat_map(|f| f.iter())
        .filter_map(|path| {
            let item = ctx
                .policy
                .items
                .iter()
                .find(|i| i.kind == Kind::List && ctx.display(i.id) == *path)?;
            Some((*path, item.id, List(item).items()))
        })
        .collect();
    // The stdlib lists a clause or list belongs to.
    let families_of = |id: ItemId| -> Vec<&'static str> {
        lists
            .iter()
            .filter(|(_, list, items)| *list == id || items.contains(&id))
            .map(|(p, ..)| *p)
            .collect()
    };
    for (kind, field, family, what_en, what_zh) in FIELDS {
        for item in ctx.items(*kind) {
            for value in item.fields.refs(field) {
                let belongs = families_of(value);
                if belongs.is_empty() || belongs.iter().any(|b| family.contains(b)) {
                    continue;
                }
                let Some(span) = ctx.reference_in(item.id, value) else {
                    continue;
                };
                let name = ctx.display(value);
                out.push(
                    Diagnostic::new(
                        RULE.info.code,
                        span,
                        Message::key("core-prom-002--name-not-one-what-field")
                            .arg("name", &name)
                            .arg_en_zh("what", &what_en, &what_zh)
                            .arg("field", &field)
                            .arg_en_zh("belongs", &(belongs.join("`, `")), &(belongs.join("」「"))),
                    )
                    .with_label(
                        Message::key("core-prom-002--not-what")
                            .arg_en_zh("what", &what_en, &what_zh),
                    )
                    .with_help(
                        Message::key("core-prom-002--use-unwrap-or-default-your-own-clauses").arg(
                            "unwrap-or-default",
                            &family.first().copied().unwrap_or_default(),
                        ),
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::{check, HEADER};

    fn policy(grounds: &str) -> String {
        format!(
            "use std::pipl\nuse std::gbt35273 as gb\n{HEADER}right delete: pipl::delete {{\n  via privacy@some.example\n  refusal_grounds {grounds}\n}}\n"
        )
    }

    #[test]
    fn consent_exceptions_used_as_refusal_grounds() {
        assert_eq!(
            check(&policy("pipl::consent_exceptions"), "CORE-PROM-002"),
            vec![(9, 19)]
        );
    }

    #[test]
    fn refusal_grounds_used_as_refusal_grounds() {
        assert!(check(&policy("gb::refusal_grounds"), "CORE-PROM-002").is_empty());
    }

    /// The header's consent exceptions for collection and use expect the same family.
    #[test]
    fn refusal_grounds_used_as_header_consent_exceptions() {
        let header = |exceptions: &str| {
            format!("use std::gbt35273 as gb\n\npolicy acme {{\n  controller {{ name {{ zh: \"某公司\", en: \"Some Co.\" }}; email privacy@some.example }}\n  effective 2024-01-01\n  consent_exceptions {exceptions}\n}}\n")
        };
        assert_eq!(
            check(&header("gb::refusal_grounds"), "CORE-PROM-002"),
            vec![(6, 22)]
        );
        assert!(check(&header("gb::consent_exceptions"), "CORE-PROM-002").is_empty());
    }
}
