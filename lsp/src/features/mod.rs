//! One module per group of LSP features; each handler takes the server and the request's
//! parameters and answers from the project's newest [`pol::Analysis`].

pub mod completion;
pub mod edit;
pub mod hover;
pub mod navigate;
pub mod semantic;
pub mod symbols;

use std::path::Path;
use std::sync::Arc;

use lsp_types as lt;
use pol::ir::{Item, ItemId};
use pol::source::FileId;
use pol::Analysis;

use crate::position::{self, Encoding};
use crate::project::{self, Key};
use crate::Server;

pub fn capabilities(enc: Encoding) -> lt::ServerCapabilities {
    lt::ServerCapabilities {
        position_encoding: Some(match enc {
            Encoding::Utf8 => lt::PositionEncodingKind::UTF8,
            Encoding::Utf16 => lt::PositionEncodingKind::UTF16,
        }),
        text_document_sync: Some(lt::TextDocumentSyncCapability::Kind(
            lt::TextDocumentSyncKind::INCREMENTAL,
        )),
        hover_provider: Some(lt::HoverProviderCapability::Simple(true)),
        definition_provider: Some(lt::OneOf::Left(true)),
        references_provider: Some(lt::OneOf::Left(true)),
        rename_provider: Some(lt::OneOf::Right(lt::RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: Default::default(),
        })),
        completion_provider: Some(lt::CompletionOptions {
            trigger_characters: Some(vec![":".into(), " ".into()]),
            ..Default::default()
        }),
        document_symbol_provider: Some(lt::OneOf::Left(true)),
        workspace_symbol_provider: Some(lt::OneOf::Left(true)),
        semantic_tokens_provider: Some(
            lt::SemanticTokensServerCapabilities::SemanticTokensOptions(
                lt::SemanticTokensOptions {
                    legend: semantic::legend(),
                    full: Some(lt::SemanticTokensFullOptions::Bool(true)),
                    range: None,
                    work_done_progress_options: Default::default(),
                },
            ),
        ),
        document_formatting_provider: Some(lt::OneOf::Left(true)),
        code_action_provider: Some(lt::CodeActionProviderCapability::Simple(true)),
        folding_range_provider: Some(lt::FoldingRangeProviderCapability::Simple(true)),
        inlay_hint_provider: Some(lt::OneOf::Left(true)),
        ..Default::default()
    }
}

/// A document's project analysis and its file in it.
pub struct Doc {
    pub a: Arc<Analysis>,
    pub file: FileId,
}

impl Doc {
    pub fn source(&self) -> Option<&pol::source::SourceFile> {
        project::source(&self.a, self.file)
    }

    pub fn offset(&self, pos: lt::Position, enc: Encoding) -> Option<u32> {
        Some(position::offset(self.source()?, pos, enc))
    }

    pub fn tree(&self) -> Option<&pol::syntax::ast::File> {
        self.a
            .trees
            .iter()
            .find(|t| t.id == self.file)
            .map(|t| t.as_ref())
    }

    pub fn range(&self, span: pol::source::Span, enc: Encoding) -> Option<lt::Range> {
        project::span_range(&self.a, span, enc)
    }

    pub fn location(&self, span: pol::source::Span, enc: Encoding) -> Option<lt::Location> {
        let uri = project::file_uri(&self.a, span.file).parse().ok()?;
        Some(lt::Location {
            uri,
            range: self.range(span, enc)?,
        })
    }
}

/// The analysis that holds a document (open or on disk). `None` for a document that is
/// neither: requests about it get an empty answer.
/// The document a position request is about and the byte offset it points at.
pub fn doc_at(server: &mut Server, pos: &lt::TextDocumentPositionParams) -> Option<(Doc, u32)> {
    let enc = server.encoding;
    let d = doc(server, &pos.text_document.uri)?;
    let offset = d.offset(pos.position, enc)?;
    Some((d, offset))
}

pub fn doc(server: &mut Server, uri: &lt::Uri) -> Option<Doc> {
    let uri = uri.as_str();
    let key = server
        .docs
        .get(uri)
        .map(|d| d.key.clone())
        .unwrap_or_else(|| project::key_for(uri));
    let path = project::uri_to_path(uri).unwrap_or_else(|| uri.into());
    let a = server.projects.fresh(&key, &server.docs)?;
    if let Some(file) = a.file_by_path(&path) {
        return Some(Doc { a, file });
    }
    // A file in a project directory that the entry file does not import: check it alone.
    if matches!(key, Key::Dir(_)) {
        let alone = Key::File(path.clone());
        if let Some(d) = server.docs.get_mut(uri) {
            d.key = alone.clone();
        }
        let a = server.projects.fresh(&alone, &server.docs)?;
        let file = a.file_by_path(Path::new(&path))?;
        return Some(Doc { a, file });
    }
    None
}

/// The item whose name or reference is at a position, and the span under the cursor.
pub fn item_under(d: &Doc, offset: u32) -> Option<(ItemId, pol::source::Span)> {
    match d.a.item_at(d.file, offset)? {
        pol::ItemAt::Definition(id) => Some((id, d.a.policy.item(id)?.name_span())),
        pol::ItemAt::Reference { span, target } => Some((target, span)),
    }
}

/// An item's label in both languages: its `label` or `title`, else its parent's.
pub fn label(a: &Analysis, item: &Item) -> Option<pol::ir::Text> {
    let mut current = Some(item);
    for _ in 0..8 {
        let it = current?;
        if let Some(t) = it.fields.text("label").or_else(|| it.fields.text("title")) {
            return Some(t.clone());
        }
        current = it.parent.and_then(|p| a.policy.item(p));
    }
    None
}

/// `手机号码 · phone number`, or the item's name when it has no label.
pub fn label_line(a: &Analysis, item: &Item) -> String {
    match label(a, item) {
        Some(t) => match (t.zh, t.en) {
            (Some(zh), Some(en)) => format!("{zh} · {en}"),
            (Some(one), None) | (None, Some(one)) => one,
            (None, None) => item.name().to_string(),
        },
        None => item.name().to_string(),
    }
}
