//! PIPL-SENS-003 · Sensitivity misclassified.
//!
//! What is sensitive is set by PIPL Art. 28 ¶1 and GB/T 35273 Appendix B, not by the handler.
//! Implemented: (a) a category declared `sensitive no` while its standard category is
//! sensitive; (b) a category tagged `business_data` (handled as ordinary business data, not as
//! a person's information) whose standard category is biometric, health, identity or location
//! information, or which is sensitive, or which holds voice, image or video content
//! (`content`); (c) a category tagged `child_data` (information of children under 14) that is
//! not sensitive. Declaring more as sensitive than the standard does is always allowed. Not
//! implemented: descriptions in prose calling data "non-personal" (not a fact of the model).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Category, Tagged};
use crate::ir::{Item, ItemId, Value};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-SENS-003"),
        severity: Severity::Warning,
        title_en: "sensitivity misclassified",
        title_zh: "敏感程度标注与标准分类不一致",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 28 ¶1; GB/T 35273 Appendix B",
    check,
};

/// Standard categories whose data is a person's own, whatever the handler calls it.
const PERSONAL_ROOTS: &[&str] = &["biometric", "health", "identity", "location", "content"];

/// The standard categories a category descends from, nearest first.
fn std_ancestors<'a>(ctx: &Ctx<'a>, category: &Item) -> Vec<&'a Item> {
    let mut out = Vec::new();
    let mut current = category.parent;
    for _ in 0..8 {
        let Some(item) = current.and_then(|id| ctx.item(id)) else {
            break;
        };
        if ctx.policy.is_std(item) {
            out.push(item);
        }
        current = item.parent;
    }
    out
}

/// Whether the category or one of its parents carries `tag`.
fn has_tag(ctx: &Ctx, category: ItemId, tag: &str) -> bool {
    let mut current = Some(category);
    for _ in 0..8 {
        let Some(item) = current.and_then(|id| ctx.item(id)) else {
            return false;
        };
        if Tagged(item).tags().contains(&tag) {
            return true;
        }
        current = item.parent;
    }
    false
}

fn tag_span(category: &Item, tag: &'static str) -> Option<crate::source::Span> {
    category
        .fields
        .values("tags")
        .find(|v| v.value == Value::Option(tag))
        .map(|v| v.span)
}

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for category in ctx.items(Kind::Category) {
        let name = category.name();
        let ancestors = std_ancestors(ctx, category);
        let declared_no = Category(category).sensitive() == Some(false);
        let sensitive_field = Category(category)
            .field(Category::SENSITIVE)
            .map(|f| f.span);
        // (a) Declared not sensitive against the standard.
        if declared_no {
            let std_sensitive = category
                .parent
                .is_some_and(|p| ctx.policy.sensitive_under(p, "pipl"));
            if let (true, Some(span)) = (std_sensitive, sensitive_field) {
                let std_name = category.parent.map(|p| ctx.display(p)).unwrap_or_default();
                let mut d = Diagnostic::new(
                    RULE.info.code,
                    span,
                    Message::key("pipl-notice-sens-003--category-name-declared-not-sensitive")
                        .arg("name", &name)
                        .arg("std-name", &std_name),
                )
                .with_label(Message::key(
                    "pipl-notice-sens-003--sensitive-under-standard",
                ))
                .with_help(Message::key(
                    "pipl-notice-sens-003--remove-sensitive-no-write-sensitive",
                ))
                .with_fix(
                    Message::key("pipl-notice-sens-003--mark-sensitive"),
                    span,
                    "sensitive",
                );
                if let Some(p) = category.parent {
                    if let Some(r) = ctx.reference_in(category.id, p) {
                        d = d.with_related(
                            r,
                            Message::key("pipl-notice-sens-003--standard-category"),
                        );
                    }
                }
                out.push(d);
            }
        }
        // (b) A person's information handled as business data.
        if let Some(span) = tag_span(category, "business_data") {
            let root = ancestors
                .iter()
                .map(|a| a.name())
                .find(|n| PERSONAL_ROOTS.contains(n));
            let content = has_tag(ctx, category.id, "content");
            let sensitive = ctx.policy.sensitive_under(category.id, "pipl");
            if root.is_some() || content || sensitive {
                let what_en = match root {
                    Some("content") | None if content => {
                        "voice, image or video content of a person".to_string()
                    }
                    Some(r) => format!("`{r}` information"),
                    None => "sensitive personal information".to_string(),
                };
                let what_zh = match root {
                    Some("content") | None if content => "个人的语音、图像或视频内容".to_string(),
                    Some(r) => format!("「{r}」类信息"),
                    None => "敏感个人信息".to_string(),
                };
                let mut d = Diagnostic::new(
                    RULE.info.code,
                    span,
                    Message::key("pipl-notice-sens-003--category-name-handled-business-data")
                        .arg("name", &name)
                        .arg_en_zh("what", &what_en, &what_zh)
                        .arg_en_zh(
                            "sensitive",
                            &(if sensitive { ", and sensitive" } else { "" }),
                            &(if sensitive {
                                "，且属于敏感个人信息"
                            } else {
                                ""
                            }),
                        ),
                )
                .with_label(Message::key("pipl-notice-sens-003--not-mere-business-data"))
                .with_help(Message::key(
                    "pipl-notice-sens-003--treat-personal-information-map-standard",
                ));
                if let Some(span) = sensitive_field.filter(|_| declared_no) {
                    d = d.with_related(
                        span,
                        Message::key("pipl-notice-sens-003--declared-not-sensitive"),
                    );
                }
                out.push(d);
            }
        }
        // (c) Children's data not sensitive.
        if has_tag(ctx, category.id, "child_data")
            && !ctx.policy.sensitive_under(category.id, "pipl")
        {
            let Some(span) = sensitive_field.or_else(|| tag_span(category, "child_data")) else {
                continue;
            };
            let mut d = Diagnostic::new(
                RULE.info.code,
                span,
                Message::key("pipl-notice-sens-003--category-name-holds-information-children")
                    .arg("name", &name),
            )
            .with_label(Message::key(
                "pipl-notice-sens-003--children-s-information-sensitive",
            ))
            .with_help(Message::key(
                "pipl-notice-sens-003--mark-sensitive-pipl-art-28",
            ));
            if declared_no {
                d = d.with_fix(
                    Message::key("pipl-notice-sens-003--mark-sensitive"),
                    span,
                    "sensitive",
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
    fn misclassified() {
        let text = format!(
            "{HEADER}category face: std::gbt35273::biometric {{\n  label {{ zh: \"人脸\", en: \"faces\" }}\n  sensitive no\n}}\ncategory voice: std::gbt35273::content {{\n  label {{ zh: \"语音\", en: \"voice\" }}\n  tags business_data\n}}\ncategory kids {{\n  label {{ zh: \"儿童信息\", en: \"children's data\" }}\n  tags child_data\n}}\n"
        );
        assert_eq!(
            check(&text, "PIPL-SENS-003"),
            vec![(10, 3), (14, 8), (18, 8)]
        );
    }

    #[test]
    fn classified_as_the_standard_says() {
        let text = format!(
            "{HEADER}category face: std::gbt35273::biometric {{\n  label {{ zh: \"人脸\", en: \"faces\" }}\n}}\ncategory logs: std::gbt35273::online_records {{\n  label {{ zh: \"日志\", en: \"logs\" }}\n  sensitive no\n  tags business_data\n}}\ncategory kids {{\n  label {{ zh: \"儿童信息\", en: \"children's data\" }}\n  sensitive\n  tags child_data\n}}\n"
        );
        assert!(check(&text, "PIPL-SENS-003").is_empty());
    }
}
