//! A direct parser for clean chunks: the same grammar as [`super::parser`], for input that
//! has no syntax error, in one pass with no backtracking.
//!
//! chumsky's combinators cost most of `polc check` on a large policy (each alternative tried
//! saves and restores the input, each repetition allocates), while nearly every chunk of a
//! real file is clean. This parser reads a chunk token by token; the first token that does
//! not fit the clean grammar makes it give up (`None`), and the chunk goes to chumsky, which
//! decides what it means and explains any error. So chumsky stays the grammar: this module
//! only ever accepts what chumsky accepts without an error, and builds the tree chumsky
//! builds, spans included (a node's span runs from its first token's start to its last
//! token's end, as chumsky's mapped input computes it). The tests in `parser.rs` hold the two
//! to that on every fixture, broken and whole.

use smallvec::SmallVec;
use smol_str::SmolStr;

use std::ops::Range;

use super::ast::*;
use super::lexer::Token;
use super::parser::unescape;
use crate::source::{FileId, Span};

/// The items of a chunk of prepared tokens, or `None` if the chunk is not plainly clean
/// (then chumsky must parse it).
pub(super) fn parse(
    file: FileId,
    text: &str,
    tokens: &[(Token, Range<usize>)],
) -> Option<Vec<Item>> {
    let mut p = Direct {
        file,
        text,
        tokens,
        pos: 0,
    };
    let mut items = Vec::new();
    while let Some(kind) = p.peek() {
        match kind {
            Token::Newline | Token::Semi => p.pos += 1,
            Token::Ident => {
                // `use` without a path is not an import but a declaration of kind `use`
                // (chumsky tries the import, then the declaration).
                let item = if p.peek_text() == Some("use") && p.peek_at(1) == Some(Token::Ident) {
                    p.use_item()?
                } else {
                    p.decl()?
                };
                // An item ends at a line end or the end of the chunk (`sep.or(end()).rewind()`).
                if !matches!(p.peek(), None | Some(Token::Newline | Token::Semi)) {
                    return None;
                }
                items.push(item);
            }
            _ => return None,
        }
    }
    Some(items)
}

struct Direct<'a> {
    file: FileId,
    text: &'a str,
    tokens: &'a [(Token, Range<usize>)],
    pos: usize,
}

impl<'a> Direct<'a> {
    fn peek(&self) -> Option<Token> {
        self.tokens.get(self.pos).map(|(t, _)| *t)
    }

    fn peek_at(&self, ahead: usize) -> Option<Token> {
        self.tokens.get(self.pos + ahead).map(|(t, _)| *t)
    }

    fn peek_text(&self) -> Option<&'a str> {
        let (_, r) = self.tokens.get(self.pos)?;
        self.text.get(r.clone())
    }

    /// The start of the token at `pos` (where a node begins).
    fn start(&self) -> usize {
        self.tokens
            .get(self.pos)
            .map_or(self.text.len(), |(_, r)| r.start)
    }

    /// The end of the last token consumed (where a node ends).
    fn end(&self) -> usize {
        self.pos
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .map_or(0, |(_, r)| r.end)
    }

    fn span_from(&self, start: usize) -> Span {
        Span::new(self.file, start, self.end())
    }

    /// Consumes a token of this kind; its text and span.
    fn take(&mut self, kind: Token) -> Option<(&'a str, Span)> {
        let (t, r) = self.tokens.get(self.pos)?;
        if *t != kind {
            return None;
        }
        self.pos += 1;
        Some((
            self.text.get(r.clone())?,
            Span::new(self.file, r.start, r.end),
        ))
    }

    fn ident(&mut self) -> Option<Ident> {
        let (text, span) = self.take(Token::Ident)?;
        Some(Ident {
            text: SmolStr::new(text),
            span,
        })
    }

    /// `a::b::c`: `::` is taken only when a name follows it (chumsky's repetition backtracks
    /// otherwise, and leaves the `::` to whatever comes next).
    fn path(&mut self) -> Option<Path> {
        let start = self.start();
        let mut segments = SmallVec::new();
        segments.push(self.ident()?);
        while self.peek() == Some(Token::PathSep) && self.peek_at(1) == Some(Token::Ident) {
            self.pos += 1;
            segments.push(self.ident()?);
        }
        Some(Path {
            segments,
            span: self.span_from(start),
        })
    }

    /// `use a::b`, `use a::*`, `use a::b as c`.
    fn use_item(&mut self) -> Option<Item> {
        let start = self.start();
        self.take(Token::Ident)?;
        let path = self.path()?;
        let glob = match (self.peek(), self.peek_at(1)) {
            (Some(Token::PathSep), Some(Token::Star)) => {
                self.pos += 2;
                true
            }
            (Some(Token::PathSep), _) => return None,
            _ => false,
        };
        let alias = if self.peek() == Some(Token::Ident) && self.peek_text() == Some("as") {
            self.pos += 1;
            Some(self.ident()?)
        } else {
            None
        };
        Some(Item::Use(Use {
            path,
            glob,
            alias,
            span: self.span_from(start),
        }))
    }

    /// `kind name: parent { fields }`, each part after the kind optional.
    fn decl(&mut self) -> Option<Item> {
        let start = self.start();
        let kind = self.ident()?;
        let name = match self.peek() {
            Some(Token::Ident) => Some(self.ident()?),
            _ => None,
        };
        let parent = match self.peek() {
            Some(Token::Colon) => {
                self.pos += 1;
                Some(self.path()?)
            }
            _ => None,
        };
        let body = match self.peek() {
            Some(Token::LBrace) => Some(self.block()?),
            _ => None,
        };
        Some(Item::Decl(Decl {
            kind,
            name,
            parent,
            broken: false,
            body,
            span: self.span_from(start),
        }))
    }

    /// `{ field, field \n field }`: separators and commas between fields are skipped.
    fn block(&mut self) -> Option<Block> {
        let start = self.start();
        self.take(Token::LBrace)?;
        let mut fields = Vec::new();
        loop {
            match self.peek()? {
                Token::RBrace => {
                    self.pos += 1;
                    break;
                }
                Token::Newline | Token::Semi | Token::Comma => self.pos += 1,
                Token::Ident => fields.push(Field::Entry(self.entry()?)),
                _ => return None,
            }
        }
        Some(Block {
            fields,
            span: self.span_from(start),
        })
    }

    /// `key: value` (one value) or `key a, b` (a list, possibly empty).
    fn entry(&mut self) -> Option<Entry> {
        let start = self.start();
        let key = self.ident()?;
        let (colon, values) = if self.peek() == Some(Token::Colon) {
            self.pos += 1;
            (true, SmallVec::from_buf([self.value()?]))
        } else if self.starts_term() {
            let mut values = SmallVec::new();
            values.push(self.value()?);
            // `, value` only when a value follows; otherwise the comma separates fields.
            while self.peek() == Some(Token::Comma) && self.starts_term_at(1) {
                self.pos += 1;
                values.push(self.value()?);
            }
            (false, values)
        } else {
            (false, SmallVec::new())
        };
        Some(Entry {
            key,
            colon,
            values,
            span: self.span_from(start),
        })
    }

    fn starts_term(&self) -> bool {
        self.starts_term_at(0)
    }

    /// Whether the token `ahead` can begin a term of a clean value. Error tokens are not
    /// clean: chumsky handles them.
    fn starts_term_at(&self, ahead: usize) -> bool {
        matches!(
            self.peek_at(ahead),
            Some(
                Token::Ident
                    | Token::String
                    | Token::Number
                    | Token::Date
                    | Token::Email
                    | Token::Url
                    | Token::Phone
                    | Token::Code
                    | Token::Subdivision
                    | Token::LBrace
                    | Token::LBracket
            )
        )
    }

    /// One or more terms, as many as follow.
    fn value(&mut self) -> Option<Value> {
        let start = self.start();
        let mut terms = SmallVec::new();
        terms.push(self.term()?);
        while self.starts_term() {
            terms.push(self.term()?);
        }
        Some(Value {
            terms,
            span: self.span_from(start),
        })
    }

    fn term(&mut self) -> Option<Term> {
        let kind = self.peek()?;
        let lit = |p: &mut Self| {
            let (text, span) = p.take(kind)?;
            Some(Lit {
                text: SmolStr::new(text),
                span,
            })
        };
        Some(match kind {
            Token::Ident => Term::Path(self.path()?),
            Token::String => {
                let (text, span) = self.take(kind)?;
                Term::Str(StrLit {
                    value: unescape(text),
                    span,
                })
            }
            Token::Number => Term::Number(lit(self)?),
            Token::Date => Term::Date(lit(self)?),
            Token::Email => Term::Email(lit(self)?),
            Token::Url => Term::Url(lit(self)?),
            Token::Phone => Term::Phone(lit(self)?),
            Token::Code => Term::Code(lit(self)?),
            Token::Subdivision => {
                let (text, span) = self.take(kind)?;
                Term::Path(Path {
                    segments: smallvec::smallvec![Ident {
                        text: SmolStr::new(text),
                        span
                    }],
                    span,
                })
            }
            Token::LBrace => Term::Block(self.block()?),
            Token::LBracket => Term::List(self.list()?),
            _ => return None,
        })
    }

    /// `[a, b c, d,]`: values separated by commas, a trailing comma allowed.
    fn list(&mut self) -> Option<List> {
        let start = self.start();
        self.take(Token::LBracket)?;
        let mut items = Vec::new();
        loop {
            if self.peek() == Some(Token::RBracket) {
                self.pos += 1;
                break;
            }
            items.push(self.value()?);
            match self.peek()? {
                Token::Comma => self.pos += 1,
                Token::RBracket => {}
                _ => return None,
            }
        }
        Some(List {
            items,
            span: self.span_from(start),
        })
    }
}
