//! Completion: item keywords at the start of a top-level line, field names at the start of a
//! line in a block (the schema's fields for that kind or record), and after a field name the
//! values its type takes: names of items of the right kind (the stdlib's with the prefix this
//! file imports them under), or the words of a fixed set. Every entry has bilingual detail.

use lsp_types as lt;
use pol::ir::Item;
use pol::syntax::ast;
use pol::types::schema::{self, FieldSpec, Kind, Ty};

use super::{doc_at, label_line, Doc};
use crate::{ReqError, Server};

pub fn completion(
    server: &mut Server,
    p: lt::CompletionParams,
) -> Result<Option<lt::CompletionResponse>, ReqError> {
    let pos = p.text_document_position;
    let Some((d, offset)) = doc_at(server, &pos) else {
        return Ok(None);
    };
    let Some(tree) = d.tree() else {
        return Ok(None);
    };
    let text = d.source().map(|s| s.text.clone()).unwrap_or_default();
    let before = text.get(..offset as usize).unwrap_or("");
    let line = before.rsplit(['\n', '\r']).next().unwrap_or("");
    let words: Vec<&str> = line.split_whitespace().collect();
    let typing_first_word = words.is_empty()
        || (words.len() == 1 && !line.ends_with(char::is_whitespace) && !line.contains(':'));
    let items = match enclosing(tree, offset) {
        None if typing_first_word => keywords(),
        None => header_values(&d, tree, line),
        Some((decl, fields)) => {
            let in_header = decl.body.as_ref().is_none_or(|b| offset <= b.span.start);
            if in_header {
                header_values(&d, tree, line)
            } else if typing_first_word {
                field_keys(fields)
            } else {
                let key = words.first().map(|w| w.trim_end_matches(':')).unwrap_or("");
                match fields.iter().find(|f| f.key == key) {
                    Some(f) => values(&d, tree, f.ty),
                    None => Vec::new(),
                }
            }
        }
    };
    Ok(Some(lt::CompletionResponse::Array(items)))
}

/// The declaration around an offset and the fields allowed where the offset is (the kind's,
/// or a nested record's).
fn enclosing(tree: &ast::File, offset: u32) -> Option<(&ast::Decl, &'static [FieldSpec])> {
    let decl = tree.items.iter().find_map(|i| match i {
        ast::Item::Decl(d) if d.span.start < offset && offset <= d.span.end => Some(d),
        _ => None,
    })?;
    let spec = schema::kind_by_keyword(&decl.kind.text)?;
    let mut fields = spec.fields;
    let mut block = decl.body.as_ref();
    // Descend into the record whose block holds the offset (bounded: the delimiter pass caps
    // nesting).
    while let Some(b) = block {
        let inner = b.fields.iter().find_map(|f| match f {
            ast::Field::Entry(e) => {
                e.values
                    .iter()
                    .flat_map(|v| v.terms.iter())
                    .find_map(|t| match t {
                        ast::Term::Block(inner)
                            if inner.span.start < offset && offset < inner.span.end =>
                        {
                            Some((e.key.text.as_str(), inner))
                        }
                        _ => None,
                    })
            }
            ast::Field::Error(_) => None,
        });
        match inner {
            Some((key, inner)) => match fields.iter().find(|f| f.key == key).map(|f| f.ty) {
                Some(Ty::Record(sub)) => {
                    fields = sub;
                    block = Some(inner);
                }
                Some(Ty::Text) => {
                    fields = TEXT_FIELDS;
                    block = Some(inner);
                }
                _ => break,
            },
            None => break,
        }
    }
    Some((decl, fields))
}

/// The two languages of a bilingual text block.
static TEXT_FIELDS: &[FieldSpec] = &[
    FieldSpec {
        key: "zh",
        ty: Ty::Str,
        many: false,
        required: false,
        bare: false,
        doc: "简体中文文本 / the Simplified Chinese text",
    },
    FieldSpec {
        key: "en",
        ty: Ty::Str,
        many: false,
        required: false,
        bare: false,
        doc: "英文文本 / the English text",
    },
];

fn keywords() -> Vec<lt::CompletionItem> {
    let mut out: Vec<lt::CompletionItem> = schema::KINDS
        .iter()
        .map(|k| lt::CompletionItem {
            label: k.keyword.to_string(),
            kind: Some(lt::CompletionItemKind::KEYWORD),
            detail: Some(format!("{}（{}）", k.zh, k.en)),
            ..Default::default()
        })
        .collect();
    out.push(lt::CompletionItem {
        label: "use".into(),
        kind: Some(lt::CompletionItemKind::KEYWORD),
        detail: Some("导入模块或条目（import a module or item）".into()),
        ..Default::default()
    });
    out
}

fn field_keys(fields: &[FieldSpec]) -> Vec<lt::CompletionItem> {
    fields
        .iter()
        .map(|f| lt::CompletionItem {
            label: f.key.to_string(),
            kind: Some(lt::CompletionItemKind::FIELD),
            detail: Some(format!("{}（{}）", f.ty.describe_zh(), f.ty.describe())),
            documentation: (!f.doc.is_empty()).then(|| lt::Documentation::String(f.doc.into())),
            ..Default::default()
        })
        .collect()
}

/// After `kind name:`, the parents that kind takes; after `use`, modules.
fn header_values(d: &Doc, tree: &ast::File, line: &str) -> Vec<lt::CompletionItem> {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.first() == Some(&"use") {
        return d
            .a
            .policy
            .modules
            .iter()
            .map(|m| lt::CompletionItem {
                label: m.path.clone(),
                kind: Some(lt::CompletionItemKind::MODULE),
                detail: Some(if m.is_std {
                    "标准库模块（stdlib module）".into()
                } else {
                    "项目文件（project file）".into()
                }),
                ..Default::default()
            })
            .collect();
    }
    let parent = words
        .first()
        .and_then(|k| schema::kind_by_keyword(k))
        .and_then(|s| s.parent);
    match parent {
        Some(kind) if line.contains(':') => items_of(d, tree, &[kind]),
        _ => Vec::new(),
    }
}

fn values(d: &Doc, tree: &ast::File, ty: Ty) -> Vec<lt::CompletionItem> {
    let words = |ws: &[&str]| {
        ws.iter()
            .map(|w| lt::CompletionItem {
                label: w.to_string(),
                kind: Some(lt::CompletionItemKind::ENUM_MEMBER),
                ..Default::default()
            })
            .collect()
    };
    match ty {
        Ty::Ref(kind) => items_of(d, tree, &[kind]),
        Ty::Clauses => items_of(d, tree, &[Kind::Clause, Kind::List]),
        Ty::Channel => items_of(d, tree, &[Kind::Contact]),
        Ty::Option(ws) => words(ws),
        Ty::Bool => words(&["yes", "no"]),
        _ => Vec::new(),
    }
}

/// Items of the given kinds, named as this file can write them.
fn items_of(d: &Doc, tree: &ast::File, kinds: &[Kind]) -> Vec<lt::CompletionItem> {
    let policy = &d.a.policy;
    policy
        .items
        .iter()
        .filter(|i| kinds.contains(&i.kind) && i.name.is_some())
        .filter_map(|i| {
            let name = visible_name(d, tree, i)?;
            let kind = schema::spec(i.kind);
            Some(lt::CompletionItem {
                label: name,
                kind: Some(if policy.is_std(i) {
                    lt::CompletionItemKind::CONSTANT
                } else {
                    lt::CompletionItemKind::VARIABLE
                }),
                detail: Some(format!("{} · {}", kind.keyword, label_line(&d.a, i))),
                ..Default::default()
            })
        })
        .collect()
}

/// How this file refers to an item: its bare name for the author's items and glob or named
/// imports, `alias::name` under a module import, else the full `std::` path.
fn visible_name(d: &Doc, tree: &ast::File, item: &Item) -> Option<String> {
    let module = d.a.policy.module(item.module)?;
    let name = item.name.as_ref()?.text.clone();
    if !module.is_std {
        return Some(name);
    }
    for u in tree.items.iter().filter_map(|i| match i {
        ast::Item::Use(u) => Some(u),
        _ => None,
    }) {
        let path = u.path.text();
        if u.glob && path == module.path {
            return Some(name);
        }
        if !u.glob && path == module.path {
            let alias = u
                .alias
                .as_ref()
                .map(|a| a.text.to_string())
                .or_else(|| u.path.last().map(|l| l.text.to_string()))?;
            return Some(format!("{alias}::{name}"));
        }
        if !u.glob && path == format!("{}::{name}", module.path) {
            return Some(u.alias.as_ref().map(|a| a.text.to_string()).unwrap_or(name));
        }
    }
    Some(format!("{}::{name}", module.path))
}
