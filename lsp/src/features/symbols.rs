//! The outline of a document and the project-wide symbol search.

use lsp_types as lt;
use pol::ir::Item;
use pol::types::schema::{self, Kind};

use super::{doc, label_line};
use crate::project;
use crate::{ReqError, Server};

fn symbol_kind(kind: Kind) -> lt::SymbolKind {
    match kind {
        Kind::Policy => lt::SymbolKind::FILE,
        Kind::Category => lt::SymbolKind::CLASS,
        Kind::Purpose => lt::SymbolKind::FUNCTION,
        Kind::Recipient | Kind::Contact => lt::SymbolKind::OBJECT,
        Kind::Flow => lt::SymbolKind::EVENT,
        Kind::Section | Kind::Clause | Kind::List => lt::SymbolKind::NAMESPACE,
        Kind::Right | Kind::Promise | Kind::Basis | Kind::Role | Kind::Mechanism => {
            lt::SymbolKind::INTERFACE
        }
        _ => lt::SymbolKind::STRUCT,
    }
}

fn title(item: &Item) -> String {
    let keyword = schema::spec(item.kind).keyword;
    match &item.name {
        Some(n) => format!("{keyword} {}", n.text),
        None => keyword.to_string(),
    }
}

#[allow(
    deprecated,
    reason = "`DocumentSymbol::deprecated` must still be given"
)]
pub fn document(
    server: &mut Server,
    p: lt::DocumentSymbolParams,
) -> Result<Option<lt::DocumentSymbolResponse>, ReqError> {
    let enc = server.encoding;
    let Some(d) = doc(server, &p.text_document.uri) else {
        return Ok(None);
    };
    let symbols =
        d.a.policy
            .items
            .iter()
            .filter(|i| i.span.file == d.file)
            .filter_map(|i| {
                let range = d.range(i.span, enc)?;
                let selection = d.range(i.name_span(), enc).unwrap_or(range);
                Some(lt::DocumentSymbol {
                    name: title(i),
                    detail: Some(label_line(&d.a, i)),
                    kind: symbol_kind(i.kind),
                    tags: None,
                    deprecated: None,
                    range,
                    selection_range: selection,
                    children: None,
                })
            })
            .collect();
    Ok(Some(lt::DocumentSymbolResponse::Nested(symbols)))
}

#[allow(
    deprecated,
    reason = "`SymbolInformation::deprecated` must still be given"
)]
pub fn workspace(
    server: &mut Server,
    p: lt::WorkspaceSymbolParams,
) -> Result<Option<lt::WorkspaceSymbolResponse>, ReqError> {
    let enc = server.encoding;
    // Bring every project with pending edits up to date first.
    for key in server.projects.dirty_keys() {
        server.projects.refresh(&key, &server.docs);
    }
    let query = p.query.to_lowercase();
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for a in server.projects.analyses() {
        for item in a.policy.user_items() {
            let Some(name) = &item.name else { continue };
            if !name.text.to_lowercase().contains(&query) {
                continue;
            }
            let Ok(uri) = project::file_uri(&a, name.span.file).parse::<lt::Uri>() else {
                continue;
            };
            let Some(range) = project::span_range(&a, item.span, enc) else {
                continue;
            };
            if !seen.insert((uri.as_str().to_string(), range.start)) {
                continue;
            }
            out.push(lt::SymbolInformation {
                name: title(item),
                kind: symbol_kind(item.kind),
                tags: None,
                deprecated: None,
                location: lt::Location { uri, range },
                container_name: Some(label_line(&a, item)),
            });
        }
    }
    Ok(Some(lt::WorkspaceSymbolResponse::Flat(out)))
}
