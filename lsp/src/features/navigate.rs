//! Go to definition, find references, rename.

use lsp_server::ErrorCode;
use lsp_types as lt;
use pol::syntax::lexer::{lex, Token};

use super::{doc, doc_at, item_under};
use crate::{ReqError, Server};

pub fn definition(
    server: &mut Server,
    p: lt::GotoDefinitionParams,
) -> Result<Option<lt::GotoDefinitionResponse>, ReqError> {
    let enc = server.encoding;
    let pos = p.text_document_position_params;
    let Some((d, offset)) = doc_at(server, &pos) else {
        return Ok(None);
    };
    let Some((id, _)) = item_under(&d, offset) else {
        return Ok(None);
    };
    let Some(item) = d.a.policy.item(id) else {
        return Ok(None);
    };
    Ok(d.location(item.name_span(), enc)
        .map(lt::GotoDefinitionResponse::Scalar))
}

pub fn references(
    server: &mut Server,
    p: lt::ReferenceParams,
) -> Result<Option<Vec<lt::Location>>, ReqError> {
    let enc = server.encoding;
    let pos = p.text_document_position;
    let Some((d, offset)) = doc_at(server, &pos) else {
        return Ok(None);
    };
    let Some((id, _)) = item_under(&d, offset) else {
        return Ok(None);
    };
    let mut out = Vec::new();
    if p.context.include_declaration {
        if let Some(item) = d.a.policy.item(id) {
            out.extend(d.location(item.name_span(), enc));
        }
    }
    out.extend(
        d.a.policy
            .references_to(id)
            .filter_map(|r| d.location(r.span, enc)),
    );
    Ok(Some(out))
}

pub fn prepare_rename(
    server: &mut Server,
    p: lt::TextDocumentPositionParams,
) -> Result<Option<lt::PrepareRenameResponse>, ReqError> {
    let enc = server.encoding;
    let Some(d) = doc(server, &p.text_document.uri) else {
        return Ok(None);
    };
    let Some(offset) = d.offset(p.position, enc) else {
        return Ok(None);
    };
    let Some((id, span)) = item_under(&d, offset) else {
        return Err(refuse(
            "there is no named item here to rename / 此处没有可重命名的条目",
        ));
    };
    renamable(&d, id)?;
    let last = last_segment(&d, span);
    Ok(d.range(last, enc).map(lt::PrepareRenameResponse::Range))
}

#[allow(
    clippy::mutable_key_type,
    reason = "lsp-types keys `WorkspaceEdit::changes` by `Uri`, which clippy cannot prove immutable"
)]
pub fn rename(
    server: &mut Server,
    p: lt::RenameParams,
) -> Result<Option<lt::WorkspaceEdit>, ReqError> {
    let enc = server.encoding;
    let pos = p.text_document_position;
    let Some((d, offset)) = doc_at(server, &pos) else {
        return Ok(None);
    };
    let Some((id, _)) = item_under(&d, offset) else {
        return Err(refuse(
            "there is no named item here to rename / 此处没有可重命名的条目",
        ));
    };
    renamable(&d, id)?;
    let new = p.new_name.as_str();
    let valid = matches!(lex(new).as_slice(), [(Token::Ident, r)] if r.len() == new.len());
    if !valid {
        return Err(refuse(format!(
            "`{new}` is not a valid name: names are ASCII letters, digits and `_`, not starting with a digit / 「{new}」不是有效名称：名称只能使用 ASCII 字母、数字和下划线，且不能以数字开头"
        )));
    }
    let Some(item) = d.a.policy.item(id) else {
        return Ok(None);
    };
    let module = d.a.policy.module(item.module);
    if module.is_some_and(|m| m.items.contains_key(new)) && new != item.name() {
        return Err(refuse(format!(
            "`{new}` is already declared in this file / 此文件中已声明「{new}」"
        )));
    }
    if pol::types::schema::kind_by_keyword(new).is_some() || new == "use" {
        return Err(refuse(format!(
            "`{new}` is a keyword of the language / 「{new}」是语言的关键字"
        )));
    }
    let mut spans = vec![item.name_span()];
    spans.extend(
        d.a.policy
            .references_to(id)
            .map(|r| last_segment(&d, r.span)),
    );
    let mut changes: std::collections::HashMap<lt::Uri, Vec<lt::TextEdit>> = Default::default();
    for span in spans {
        if let Some(loc) = d.location(span, enc) {
            changes.entry(loc.uri).or_default().push(lt::TextEdit {
                range: loc.range,
                new_text: new.to_string(),
            });
        }
    }
    Ok(Some(lt::WorkspaceEdit {
        changes: Some(changes),
        ..Default::default()
    }))
}

fn refuse(message: impl Into<String>) -> ReqError {
    ReqError::new(ErrorCode::RequestFailed, message)
}

/// Only the author's own items, and only when no `use` imports them by name (renaming would
/// leave that import naming nothing).
fn renamable(d: &super::Doc, id: pol::ir::ItemId) -> Result<(), ReqError> {
    let Some(item) = d.a.policy.item(id) else {
        return Err(refuse("unknown item / 未知条目"));
    };
    if d.a.policy.is_std(item) {
        return Err(refuse(format!(
            "`{}` is part of the standard library and cannot be renamed / 「{}」属于标准库，不能重命名",
            d.a.policy.qualified_name(id),
            d.a.policy.qualified_name(id)
        )));
    }
    let imported = d.a.trees.iter().any(|t| {
        t.items.iter().any(|i| match i {
            pol::syntax::ast::Item::Use(u) => {
                !u.glob && u.path.last().is_some_and(|l| l.text == item.name())
            }
            _ => false,
        })
    });
    if imported {
        return Err(refuse(format!(
            "`{}` is imported by name in a `use`; rename it there first / 「{}」在 use 中按名称导入，请先修改该导入",
            item.name(),
            item.name()
        )));
    }
    Ok(())
}

/// The last segment of a path (`gb::contact` -> `contact`): the part that names the item.
fn last_segment(d: &super::Doc, span: pol::source::Span) -> pol::source::Span {
    let text = d.a.db.text(span);
    match text.rfind("::") {
        Some(at) => pol::source::Span {
            start: span.start + u32::try_from(at + 2).unwrap_or(0),
            ..span
        },
        None => span,
    }
}
