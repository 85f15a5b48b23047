//! Hover (what an item is, in both languages, and what the policy says about it) and inlay
//! hints (the resolved sensitivity of each category).

use lsp_types as lt;
use pol::diag::Lang;
use pol::ir::{ItemId, Policy};
use pol::types::schema::{self, Kind};

use super::{doc, doc_at, item_under, label};
use crate::{ReqError, Server};

pub fn hover(server: &mut Server, p: lt::HoverParams) -> Result<Option<lt::Hover>, ReqError> {
    let enc = server.encoding;
    let pos = p.text_document_position_params;
    let Some((d, offset)) = doc_at(server, &pos) else {
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
    if item.kind == Kind::Condition {
        md.push_str(&condition_facts(&d.a.policy, id));
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

/// What a condition means to the checker and the evaluator, from the meaning module (a
/// condition that rewords a stdlib one inherits its kind and basis): its kind and the bases a
/// practice has while it holds, or that it gives none.
fn condition_facts(policy: &Policy, id: ItemId) -> String {
    let mut md = String::new();
    if let Some(kind) = pol::meaning::condition_kind(policy, id) {
        md.push_str(&format!("\n\n种类 kind: `{kind}`"));
    }
    let bases: Vec<String> = pol::meaning::condition_basis(policy, id)
        .into_iter()
        .map(|b| format!("`{}`", policy.qualified_name(b)))
        .collect();
    if bases.is_empty() {
        md.push_str(
            "\n\n依据 basis: 无，处理活动依其自身依据 / none: the practice rests on its own basis",
        );
    } else {
        md.push_str(&format!(
            "\n\n满足时的处理依据 basis while it holds: {}",
            bases.join(", ")
        ));
    }
    md
}

/// The sentence an item renders to in the published policy: the site renderer's own, so the
/// hover shows exactly what the pages say (`None` for stdlib items and free-text sections).
pub fn policy_sentence(policy: &Policy, id: ItemId, lang: Lang) -> Option<String> {
    pol::backends::site::sentence(policy, id, lang)
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
