//! Semantic tokens: the server's syntax highlighting, so editors need no grammar file.
//!
//! Literals and comments come from the lexer; the syntax tree says which names are item
//! keywords, declared names and field keys; the typed model says which paths are references
//! (and whether to the stdlib) and which are words of a fixed set.

use std::collections::HashMap;

use lsp_types as lt;
use pol::syntax::ast;
use pol::syntax::lexer::{lex, Token};

use super::doc;
use crate::position::{self, Encoding};
use crate::{ReqError, Server};

const TYPES: &[lt::SemanticTokenType] = &[
    lt::SemanticTokenType::KEYWORD,
    lt::SemanticTokenType::VARIABLE,
    lt::SemanticTokenType::PROPERTY,
    lt::SemanticTokenType::STRING,
    lt::SemanticTokenType::NUMBER,
    lt::SemanticTokenType::COMMENT,
    lt::SemanticTokenType::NAMESPACE,
    lt::SemanticTokenType::ENUM_MEMBER,
    lt::SemanticTokenType::MACRO,
];
const KEYWORD: u32 = 0;
const VARIABLE: u32 = 1;
const PROPERTY: u32 = 2;
const STRING: u32 = 3;
const NUMBER: u32 = 4;
const COMMENT: u32 = 5;
const NAMESPACE: u32 = 6;
const ENUM_MEMBER: u32 = 7;
const MACRO: u32 = 8;

const DECLARATION: u32 = 1 << 0;
const DEFAULT_LIBRARY: u32 = 1 << 1;

pub fn legend() -> lt::SemanticTokensLegend {
    lt::SemanticTokensLegend {
        token_types: TYPES.to_vec(),
        token_modifiers: vec![
            lt::SemanticTokenModifier::DECLARATION,
            lt::SemanticTokenModifier::DEFAULT_LIBRARY,
        ],
    }
}

pub fn tokens(
    server: &mut Server,
    p: lt::SemanticTokensParams,
) -> Result<Option<lt::SemanticTokensResult>, ReqError> {
    let enc = server.encoding;
    let Some(d) = doc(server, &p.text_document.uri) else {
        return Ok(None);
    };
    let (Some(file), Some(tree)) = (d.source(), d.tree()) else {
        return Ok(None);
    };
    // Names classified from the tree and the model, by start offset.
    let mut names: HashMap<u32, (u32, u32)> = HashMap::new();
    for r in
        d.a.policy
            .references
            .iter()
            .filter(|r| r.span.file == d.file)
    {
        let std =
            d.a.policy
                .item(r.target)
                .is_some_and(|i| d.a.policy.is_std(i));
        names.insert(
            r.span.start,
            (VARIABLE, if std { DEFAULT_LIBRARY } else { 0 }),
        );
    }
    for item in &tree.items {
        match item {
            ast::Item::Use(u) => {
                names.insert(u.span.start, (KEYWORD, 0));
                for s in &u.path.segments {
                    names.entry(s.span.start).or_insert((NAMESPACE, 0));
                }
            }
            ast::Item::Decl(decl) => {
                names.insert(decl.kind.span.start, (KEYWORD, 0));
                if let Some(n) = &decl.name {
                    names.insert(n.span.start, (VARIABLE, DECLARATION));
                }
                if let Some(b) = &decl.body {
                    block(b, &mut names);
                }
            }
            ast::Item::Error(_) => {}
        }
    }
    let mut data = Vec::new();
    let (mut last_line, mut last_col) = (0u32, 0u32);
    for (tok, range) in lex(&file.text) {
        let start = u32::try_from(range.start).unwrap_or(u32::MAX);
        let (kind, mods) = match tok {
            Token::Comment => (COMMENT, 0),
            Token::String | Token::UnterminatedString | Token::Email | Token::Url => (STRING, 0),
            Token::Number | Token::Date | Token::Phone => (NUMBER, 0),
            Token::Code => (MACRO, 0),
            Token::Ident => match names.get(&start) {
                Some(c) => *c,
                None if file.text.get(range.clone()) == Some("as") => (KEYWORD, 0),
                None => continue,
            },
            _ => continue,
        };
        // One token per line: a string may span lines, and not every client takes
        // multi-line tokens.
        let text = file.text.get(range.clone()).unwrap_or("");
        let mut at = range.start;
        for piece in text.split_inclusive('\n') {
            let piece_len = piece.trim_end_matches(['\n', '\r']).len();
            let from = u32::try_from(at).unwrap_or(u32::MAX);
            let to = from + u32::try_from(piece_len).unwrap_or(0);
            at += piece.len();
            if piece_len == 0 {
                continue;
            }
            let s = position::position(file, from, enc);
            let e = position::position(file, to, enc);
            let length = match enc {
                Encoding::Utf16 | Encoding::Utf8 => e.character.saturating_sub(s.character),
            };
            let delta_line = s.line - last_line;
            let delta_start = if delta_line == 0 {
                s.character - last_col
            } else {
                s.character
            };
            data.push(lt::SemanticToken {
                delta_line,
                delta_start,
                length,
                token_type: kind,
                token_modifiers_bitset: mods,
            });
            last_line = s.line;
            last_col = s.character;
        }
    }
    Ok(Some(lt::SemanticTokensResult::Tokens(lt::SemanticTokens {
        result_id: None,
        data,
    })))
}

fn block(b: &ast::Block, names: &mut HashMap<u32, (u32, u32)>) {
    for f in &b.fields {
        if let ast::Field::Entry(e) = f {
            names.insert(e.key.span.start, (PROPERTY, 0));
            for v in &e.values {
                value(v, names);
            }
        }
    }
}

fn value(v: &ast::Value, names: &mut HashMap<u32, (u32, u32)>) {
    for t in &v.terms {
        match t {
            // A path that is not a reference is a word of a fixed set (`delete`, `CN`...).
            ast::Term::Path(p) => {
                names.entry(p.span.start).or_insert((ENUM_MEMBER, 0));
            }
            ast::Term::Block(b) => block(b, names),
            ast::Term::List(l) => {
                for v in &l.items {
                    value(v, names);
                }
            }
            _ => {}
        }
    }
}
