//! Formatting (through `pol::format`), code actions from the checker's fixes, folding ranges.

use std::collections::HashMap;

use lsp_types as lt;
use pol::syntax::ast;

use super::doc;
use crate::project;
use crate::{ReqError, Server};

/// The whole document in canonical layout, as one edit. A document with syntax errors is
/// left alone (an empty answer), as `polc fmt` leaves such a file.
pub fn formatting(
    server: &mut Server,
    p: lt::DocumentFormattingParams,
) -> Result<Option<Vec<lt::TextEdit>>, ReqError> {
    let enc = server.encoding;
    let Some(d) = doc(server, &p.text_document.uri) else {
        return Ok(None);
    };
    let Some(file) = d.source() else {
        return Ok(None);
    };
    let Ok(formatted) = pol::format::format(&file.text) else {
        return Ok(None);
    };
    if formatted == *file.text {
        return Ok(Some(Vec::new()));
    }
    let end = crate::position::position(
        file,
        u32::try_from(file.text.len()).unwrap_or(u32::MAX),
        enc,
    );
    Ok(Some(vec![lt::TextEdit {
        range: lt::Range {
            start: lt::Position::new(0, 0),
            end,
        },
        new_text: formatted,
    }]))
}

#[allow(
    clippy::mutable_key_type,
    reason = "lsp-types keys `WorkspaceEdit::changes` by `Uri`, which clippy cannot prove immutable"
)]
pub fn code_actions(
    server: &mut Server,
    p: lt::CodeActionParams,
) -> Result<Option<lt::CodeActionResponse>, ReqError> {
    let enc = server.encoding;
    let Some(d) = doc(server, &p.text_document.uri) else {
        return Ok(None);
    };
    let mut out = Vec::new();
    for diag in
        d.a.diagnostics
            .iter()
            .filter(|x| x.primary.span.file == d.file)
    {
        let Some(range) = d.range(diag.primary.span, enc) else {
            continue;
        };
        let overlaps = range.start <= p.range.end && p.range.start <= range.end;
        if !overlaps {
            continue;
        }
        for fix in &diag.fixes {
            let mut changes: HashMap<lt::Uri, Vec<lt::TextEdit>> = HashMap::new();
            for e in &fix.edits {
                if let Some(loc) = d.location(e.span, enc) {
                    changes.entry(loc.uri).or_default().push(lt::TextEdit {
                        range: loc.range,
                        new_text: e.new_text.clone(),
                    });
                }
            }
            out.push(lt::CodeActionOrCommand::CodeAction(lt::CodeAction {
                title: match server.lang {
                    Some(lang) => fix.title.get(lang).to_string(),
                    None => format!("{}（{}）", fix.title.zh(), fix.title.en()),
                },
                kind: Some(lt::CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![project::to_lsp(&d.a, diag, enc, server.lang)]),
                edit: Some(lt::WorkspaceEdit {
                    changes: Some(changes),
                    ..Default::default()
                }),
                is_preferred: Some(diag.fixes.len() == 1),
                ..Default::default()
            }));
        }
    }
    Ok(Some(out))
}

/// Every item and block over more than one line, and runs of comment lines.
pub fn folding(
    server: &mut Server,
    p: lt::FoldingRangeParams,
) -> Result<Option<Vec<lt::FoldingRange>>, ReqError> {
    let enc = server.encoding;
    let Some(d) = doc(server, &p.text_document.uri) else {
        return Ok(None);
    };
    let Some(tree) = d.tree() else {
        return Ok(None);
    };
    let mut out = Vec::new();
    let mut push = |span: pol::source::Span, kind: Option<lt::FoldingRangeKind>| {
        if let Some(r) = d.range(span, enc) {
            if r.end.line > r.start.line {
                out.push(lt::FoldingRange {
                    start_line: r.start.line,
                    end_line: r.end.line,
                    kind,
                    ..Default::default()
                });
            }
        }
    };
    let mut blocks = Vec::new();
    for item in &tree.items {
        if let ast::Item::Decl(decl) = item {
            if let Some(b) = &decl.body {
                collect_blocks(b, &mut blocks);
            }
        }
    }
    for b in blocks {
        push(b, Some(lt::FoldingRangeKind::Region));
    }
    // Comment runs: consecutive comments with only a line break between them.
    let text = d.source().map(|s| s.text.clone()).unwrap_or_default();
    let mut run: Option<pol::source::Span> = None;
    for c in &tree.comments {
        run = match run {
            Some(r)
                if text
                    .get(r.end as usize..c.start as usize)
                    .is_some_and(|gap| {
                        gap.trim_matches([' ', '\t']).len() <= 2 && gap.matches('\n').count() == 1
                    }) =>
            {
                Some(r.cover(*c))
            }
            Some(r) => {
                push(r, Some(lt::FoldingRangeKind::Comment));
                Some(*c)
            }
            None => Some(*c),
        };
    }
    if let Some(r) = run {
        push(r, Some(lt::FoldingRangeKind::Comment));
    }
    Ok(Some(out))
}

fn collect_blocks(b: &ast::Block, out: &mut Vec<pol::source::Span>) {
    out.push(b.span);
    for f in &b.fields {
        if let ast::Field::Entry(e) = f {
            for v in &e.values {
                for t in &v.terms {
                    match t {
                        ast::Term::Block(inner) => collect_blocks(inner, out),
                        ast::Term::List(l) => out.push(l.span),
                        _ => {}
                    }
                }
            }
        }
    }
}
