//! The syntax tree: what the parser returns, with a span on every node.
//!
//! The grammar is deliberately generic (see `docs/language.md`): a file is a list of items, an
//! item is `kind name: parent { fields }`, and a field is a key followed by values. Which kinds,
//! fields and values are allowed is decided by the schema in [`crate::types::schema`], not by
//! the grammar, so the language grows without parser changes and errors can say
//! "unknown field `refusl`; did you mean `refusal`?". Broken parts become `Error` nodes, which
//! later phases skip silently (the parser has already reported them).

use smallvec::SmallVec;
use smol_str::SmolStr;

use crate::source::{FileId, Span};

#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub id: FileId,
    pub items: Vec<Item>,
    /// Comment spans, kept for the formatter and the language server.
    pub comments: Vec<Span>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Use(Use),
    Decl(Decl),
    Error(Span),
}

impl Item {
    pub fn span(&self) -> Span {
        match self {
            Item::Use(u) => u.span,
            Item::Decl(d) => d.span,
            Item::Error(s) => *s,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Ident {
    /// Inline for names up to 23 bytes (nearly all), so a name costs no allocation.
    pub text: SmolStr,
    pub span: Span,
}

/// `std::pipl::consent`, `gb::contact`, or a single name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Path {
    /// Inline for one or two segments (`phone`, `pipl::consent`).
    pub segments: SmallVec<[Ident; 2]>,
    pub span: Span,
}

impl Path {
    /// The path as written, `a::b::c`.
    pub fn text(&self) -> String {
        let parts: Vec<&str> = self.segments.iter().map(|s| s.text.as_str()).collect();
        parts.join("::")
    }

    pub fn last(&self) -> Option<&Ident> {
        self.segments.last()
    }
}

/// `use std::pipl`, `use std::gbt35273 as gb`, `use std::pipl::*`, `use recipients`.
#[derive(Clone, Debug, PartialEq)]
pub struct Use {
    pub path: Path,
    pub glob: bool,
    pub alias: Option<Ident>,
    pub span: Span,
}

/// `category phone: gb::contact { ... }`: a kind, an optional name, an optional parent (the
/// standard category, role or right it belongs to) and an optional body.
#[derive(Clone, Debug, PartialEq)]
pub struct Decl {
    pub kind: Ident,
    pub name: Option<Ident>,
    pub parent: Option<Path>,
    pub body: Option<Block>,
    /// The body was lost to a syntax error already reported (an unclosed `{`, an
    /// unterminated string), so its fields are unknown, not missing.
    pub broken: bool,
    pub span: Span,
}

/// `{ field; field ... }`. Also the syntax of bilingual text: `{ zh: "...", en: "..." }`.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub fields: Vec<Field>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    Entry(Entry),
    Error(Span),
}

/// `key value, value` or `key: value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub key: Ident,
    /// Written `key: value` (exactly one value) rather than `key value, value`.
    pub colon: bool,
    pub values: SmallVec<[Value; 1]>,
    pub span: Span,
}

/// One comma-separated entry of a field: one or more terms, e.g. `15 working_days`.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    /// Inline for the usual single term.
    pub terms: SmallVec<[Term; 1]>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Term {
    Path(Path),
    Str(StrLit),
    Number(Lit),
    Date(Lit),
    Email(Lit),
    Url(Lit),
    Phone(Lit),
    /// A diagnostic code, in a suppression (`allow PIPL-RET-001 because "..."`).
    Code(Lit),
    Block(Block),
    List(List),
    /// Something already reported as a syntax error.
    Error(Span),
}

impl Term {
    pub fn span(&self) -> Span {
        match self {
            Term::Path(p) => p.span,
            Term::Str(s) => s.span,
            Term::Number(l)
            | Term::Date(l)
            | Term::Email(l)
            | Term::Url(l)
            | Term::Phone(l)
            | Term::Code(l) => l.span,
            Term::Block(b) => b.span,
            Term::List(l) => l.span,
            Term::Error(s) => *s,
        }
    }
}

/// A string literal with its escapes resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StrLit {
    pub value: String,
    pub span: Span,
}

/// A literal kept as written (numbers, dates, emails, URLs, phone numbers); its meaning is
/// checked by [`crate::types::literals`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lit {
    pub text: SmolStr,
    pub span: Span,
}

/// `[value, value]`.
#[derive(Clone, Debug, PartialEq)]
pub struct List {
    pub items: Vec<Value>,
    pub span: Span,
}
