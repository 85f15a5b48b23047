//! Hover (what an item is, in both languages, and what the policy says about it) and inlay
//! hints (the resolved sensitivity of each category).

use lsp_types as lt;
use pol::diag::Lang;
use pol::ir::{ItemId, Policy};
use pol::types::schema::{self, Kind};

use super::{doc, item_under, label};
use crate::{ReqError, Server};

pub fn hover(server: &mut Server, p: lt::HoverParams) -> Result<Option<lt::Hover>, ReqError> {
    let enc = server.encoding;
    let pos = p.text_document_position_params;
    let Some(d) = doc(server, &pos.text_document.uri) else {
        return Ok(None);
    };
    let Some(offset) = d.offset(pos.position, enc) else {
        return Ok(None);
    };
    let Some((id, span)) = item_under(&d, offset) else {
        return Ok(None);
    };
    let Some(item) = d.a.policy.item(id) else {
        return Ok(None);
    };
    let spec = schema::spec(item.kind);
    let mut md = format!(
        "**{}** `{}` — {}（{}）",
        spec.keyword,
        d.a.policy.qualified_name(id),
        spec.zh,
        spec.en
    );
    if let Some(t) = label(&d.a, item) {
        md.push_str("\n\n");
        if let Some(zh) = &t.zh {
            md.push_str(&format!("{zh}\n\n"));
        }
        if let Some(en) = &t.en {
            md.push_str(en);
        }
    }
    let sentences: Vec<String> = [Lang::Zh, Lang::En]
        .into_iter()
        .filter_map(|lang| policy_sentence(&d.a.policy, id, lang))
        .collect();
    if !sentences.is_empty() {
        md.push_str("\n\n---\n\n");
        md.push_str(&sentences.join("\n\n"));
    }
    Ok(Some(lt::Hover {
        contents: lt::HoverContents::Markup(lt::MarkupContent {
            kind: lt::MarkupKind::Markdown,
            value: md,
        }),
        range: d.range(span, enc),
    }))
}

/// The sentence an item renders to in the published policy.
///
/// A stand-in until the site renderer's `pol::backends::site::sentence(policy, ItemId, Lang)`
/// is merged: when it is, this function should just call it. It composes a short sentence
/// from the item's label for the kinds a reader meets most.
pub fn policy_sentence(policy: &Policy, id: ItemId, lang: Lang) -> Option<String> {
    let item = policy.item(id)?;
    let text = |id: ItemId| -> Option<String> {
        let it = policy.item(id)?;
        let mut current = Some(it);
        for _ in 0..8 {
            let i = current?;
            if let Some(t) = i.fields.text("label") {
                return match lang {
                    Lang::Zh => t.zh.clone(),
                    Lang::En => t.en.clone(),
                };
            }
            current = i.parent.and_then(|p| policy.item(p));
        }
        Some(it.name().to_string())
    };
    let list = |ids: Vec<ItemId>| -> String {
        let names: Vec<String> = ids.into_iter().filter_map(text).collect();
        match lang {
            Lang::Zh => names.join("、"),
            Lang::En => names.join(", "),
        }
    };
    let own = text(id)?;
    Some(match (item.kind, lang) {
        (Kind::Category, Lang::Zh) => {
            let sensitive = if policy.is_sensitive(id) {
                "，属于敏感个人信息"
            } else {
                ""
            };
            format!("我们会收集您的{own}{sensitive}。")
        }
        (Kind::Category, Lang::En) => {
            let sensitive = if policy.is_sensitive(id) {
                ", which is sensitive personal information"
            } else {
                ""
            };
            format!("We collect your {own}{sensitive}.")
        }
        (Kind::Purpose, Lang::Zh) => {
            format!(
                "为{own}，我们会处理您的{}。",
                list(item.fields.refs("uses"))
            )
        }
        (Kind::Purpose, Lang::En) => {
            format!(
                "For {own}, we process your {}.",
                list(item.fields.refs("uses"))
            )
        }
        (Kind::Recipient, Lang::Zh) => format!("我们会向{own}提供您的个人信息。"),
        (Kind::Recipient, Lang::En) => format!("We share personal information with {own}."),
        (Kind::Right, Lang::Zh) => format!("您有权行使：{own}。"),
        (Kind::Right, Lang::En) => format!("You have the right of {own}."),
        _ => return None,
    })
}

/// After each category's name: whether it is sensitive personal information once its
/// standard category is taken into account.
pub fn inlay_hints(
    server: &mut Server,
    p: lt::InlayHintParams,
) -> Result<Option<Vec<lt::InlayHint>>, ReqError> {
    let enc = server.encoding;
    let Some(d) = doc(server, &p.text_document.uri) else {
        return Ok(None);
    };
    let mut hints = Vec::new();
    for item in d.a.policy.of_kind(Kind::Category) {
        let Some(name) = &item.name else { continue };
        if name.span.file != d.file {
            continue;
        }
        let Some(range) = d.range(name.span, enc) else {
            continue;
        };
        if range.end.line < p.range.start.line || range.end.line > p.range.end.line {
            continue;
        }
        let label = if d.a.policy.is_sensitive(item.id) {
            "敏感 sensitive"
        } else {
            "一般 not sensitive"
        };
        hints.push(lt::InlayHint {
            position: range.end,
            label: lt::InlayHintLabel::String(label.into()),
            kind: None,
            text_edits: None,
            tooltip: Some(lt::InlayHintTooltip::String(
                "是否为敏感个人信息（含上级标准类别） / whether this is sensitive personal information, its standard category included".into(),
            )),
            padding_left: Some(true),
            padding_right: Some(true),
            data: None,
        });
    }
    Ok(Some(hints))
}
