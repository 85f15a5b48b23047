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
                    Message::new(
                        format!("category `{name}` is declared not sensitive, but its standard category `{std_name}` is sensitive personal information"),
                        format!("个人信息种类「{name}」被声明为非敏感，但其标准类别「{std_name}」属于敏感个人信息"),
                    ),
                )
                .with_label(Message::new("sensitive under the standard", "按标准属于敏感个人信息"))
                .with_help(Message::new(
                    "remove `sensitive no` (or write `sensitive`), or keep it and record the justification with `allow PIPL-SENS-003 because \"...\"`",
                    "请删除 sensitive no（或改为 sensitive），或保留并以 allow PIPL-SENS-003 because \"……\" 记录理由",
                ))
                .with_fix(Message::new("mark it sensitive", "标注为敏感"), span, "sensitive");
                if let Some(p) = category.parent {
                    if let Some(r) = ctx.reference_in(category.id, p) {
                        d = d.with_related(r, Message::new("the standard category", "标准类别"));
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
                    Message::new(
                        format!("category `{name}` is handled as business data, but it is {what_en}: personal information of the person it shows{}", if sensitive { ", and sensitive" } else { "" }),
                        format!("个人信息种类「{name}」被作为业务数据处理，但其属于{what_zh}，是所涉个人的个人信息{}", if sensitive { "，且属于敏感个人信息" } else { "" }),
                    ),
                )
                .with_label(Message::new("not mere business data", "并非单纯的业务数据"))
                .with_help(Message::new(
                    "treat it as personal information: map it to the standard category it belongs to (e.g. `std::gbt35273::biometric` for voice or face recordings used to identify someone), mark it `sensitive`, and give its purposes a basis; or record a justification with `allow PIPL-SENS-003 because \"...\"`",
                    "请将其作为个人信息处理：归入相应的标准类别（如用于识别个人的语音、人脸录制内容归入 std::gbt35273::biometric），标注 sensitive，并为相关处理目的写明处理依据；或以 allow PIPL-SENS-003 because \"……\" 记录理由",
                ));
                if let Some(span) = sensitive_field.filter(|_| declared_no) {
                    d = d
                        .with_related(span, Message::new("declared not sensitive", "声明为非敏感"));
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
                Message::new(
                    format!("category `{name}` holds information of children under 14, which is sensitive personal information"),
                    format!("个人信息种类「{name}」包含不满十四周岁未成年人的个人信息，属于敏感个人信息"),
                ),
            )
            .with_label(Message::new("children's information is sensitive", "儿童个人信息属于敏感个人信息"))
            .with_help(Message::new(
                "mark it `sensitive` (PIPL Art. 28 ¶1), or map it to `std::gbt35273::sensitive_child_under_14`",
                "请标注 sensitive（第二十八条第一款），或归入 std::gbt35273::sensitive_child_under_14",
            ));
            if declared_no {
                d = d.with_fix(
                    Message::new("mark it sensitive", "标注为敏感"),
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
