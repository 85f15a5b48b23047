//! The parser: balanced tokens to a [`File`], with chumsky 0.12.
//!
//! Recovery is line-shaped, like the language: a field that does not parse becomes
//! [`Field::Error`] up to the end of its line, and an item that does not parse becomes
//! [`Item::Error`] up to the end of its line, so every independent mistake is reported once
//! and the rest of the file is still resolved and checked. The delimiter pass has already
//! balanced `{}`/`[]` and capped nesting, so the recursive parsers here stay shallow.

use chumsky::error::EmptyErr;
use chumsky::input::{Input as _, MappedInput};
use chumsky::prelude::*;

use smallvec::SmallVec;
use smol_str::SmolStr;

use super::ast::*;
use super::lexer::Token;
use crate::source::{FileId, Span};

/// A token with its text, as the parser sees it.
pub type Tok<'src> = (Token, &'src str);

/// The parser's input: prepared tokens with their spans.
type In<'src> = MappedInput<
    'src,
    Tok<'src>,
    SimpleSpan,
    &'src [(Tok<'src>, SimpleSpan)],
    fn(&'src (Tok<'src>, SimpleSpan)) -> (&'src Tok<'src>, &'src SimpleSpan),
>;

/// What the grammar needs of an error type. The parser runs first with [`EmptyErr`], which
/// costs nothing, and only for a file with errors again with [`Rich`] to explain them: chumsky
/// builds an error value on every failed attempt, and doing that for clean files was most of
/// the parse time.
pub trait ParseError<'src>:
    chumsky::error::Error<'src, In<'src>>
    + chumsky::label::LabelError<'src, In<'src>, &'static str>
    + chumsky::label::LabelError<'src, In<'src>, chumsky::DefaultExpected<'src, Tok<'src>>>
{
}

impl<'src, T> ParseError<'src> for T where
    T: chumsky::error::Error<'src, In<'src>>
        + chumsky::label::LabelError<'src, In<'src>, &'static str>
        + chumsky::label::LabelError<'src, In<'src>, chumsky::DefaultExpected<'src, Tok<'src>>>
{
}

/// Parses prepared tokens (see [`super::delimiters::prepare`]). Always returns a file; the
/// errors are chumsky's, converted to diagnostics by the caller.
pub fn parse_tokens<'src>(
    file: FileId,
    tokens: &'src [(Tok<'src>, SimpleSpan)],
    len: usize,
) -> (File, Vec<Rich<'src, Tok<'src>>>) {
    let (items, errors) = file_parser::<EmptyErr>(file)
        .parse(input(tokens, len))
        .into_output_errors();
    if errors.is_empty() {
        return (
            File {
                id: file,
                items: items.unwrap_or_default(),
                comments: Vec::new(),
            },
            Vec::new(),
        );
    }
    let (items, errors) = file_parser::<Rich<'src, Tok<'src>>>(file)
        .parse(input(tokens, len))
        .into_output_errors();
    (
        File {
            id: file,
            items: items.unwrap_or_default(),
            comments: Vec::new(),
        },
        errors,
    )
}

fn input<'src>(tokens: &'src [(Tok<'src>, SimpleSpan)], len: usize) -> In<'src> {
    fn split<'src>(pair: &'src (Tok<'src>, SimpleSpan)) -> (&'src Tok<'src>, &'src SimpleSpan) {
        (&pair.0, &pair.1)
    }
    tokens.map(
        SimpleSpan::from(len..len),
        split as fn(&'src (Tok<'src>, SimpleSpan)) -> (&'src Tok<'src>, &'src SimpleSpan),
    )
}

fn sp(file: FileId, s: SimpleSpan) -> Span {
    Span::new(file, s.start, s.end)
}

fn tok<'src, E: ParseError<'src>>(
    kind: Token,
) -> impl Parser<'src, In<'src>, Tok<'src>, extra::Err<E>> + Clone {
    any()
        .filter(move |t: &Tok<'src>| t.0 == kind)
        .labelled(kind.describe())
}

fn ident<'src, E: ParseError<'src>>(
    file: FileId,
) -> impl Parser<'src, In<'src>, Ident, extra::Err<E>> + Clone {
    select! { (Token::Ident, text) => text }
        .map_with(move |text: &str, e| Ident {
            text: SmolStr::new(text),
            span: sp(file, e.span()),
        })
        .labelled("name")
}

fn keyword<'src, E: ParseError<'src>>(
    word: &'static str,
) -> impl Parser<'src, In<'src>, (), extra::Err<E>> + Clone {
    any()
        .filter(move |t: &Tok<'src>| t.0 == Token::Ident && t.1 == word)
        .ignored()
        .labelled(word)
}

fn path<'src, E: ParseError<'src>>(
    file: FileId,
) -> impl Parser<'src, In<'src>, Path, extra::Err<E>> + Clone {
    ident(file)
        .then(
            tok(Token::PathSep)
                .ignore_then(ident(file))
                .repeated()
                .collect::<Vec<_>>(),
        )
        .map_with(move |(first, rest), e| {
            let segments = gather(first, rest);
            Path {
                segments,
                span: sp(file, e.span()),
            }
        })
}

/// One line's worth of tokens that did not parse: everything up to the end of the line (or
/// `;`, or the `}` closing the block), with `{...}`/`[...]` groups skipped whole.
fn junk<'src, E: ParseError<'src> + 'src>(
    stop_at_rbrace: bool,
) -> impl Parser<'src, In<'src>, (), extra::Err<E>> + Clone {
    let group = recursive(|group| {
        let inner = group.or(any()
            .filter(|t: &Tok<'src>| {
                !matches!(
                    t.0,
                    Token::LBrace | Token::RBrace | Token::LBracket | Token::RBracket
                )
            })
            .ignored());
        choice((
            inner
                .clone()
                .repeated()
                .delimited_by(tok(Token::LBrace), tok(Token::RBrace)),
            inner
                .repeated()
                .delimited_by(tok(Token::LBracket), tok(Token::RBracket)),
        ))
        .ignored()
    });
    let single = any()
        .filter(move |t: &Tok<'src>| {
            !(matches!(t.0, Token::Newline | Token::Semi)
                || (stop_at_rbrace && t.0 == Token::RBrace))
        })
        .ignored();
    group.or(single).repeated().at_least(1)
}

fn file_parser<'src, E: ParseError<'src> + 'src>(
    file: FileId,
) -> impl Parser<'src, In<'src>, Vec<Item>, extra::Err<E>> {
    let sep = any()
        .filter(|t: &Tok<'src>| matches!(t.0, Token::Newline | Token::Semi))
        .ignored();

    // Every single-token term in one `select!`: one attempt and at most one error per term,
    // instead of one per alternative (chumsky builds an error value for each failed try, and
    // that dominated parse time).
    let single = select! {
        (Token::String, text) = e => Term::Str(StrLit { value: unescape(text), span: sp(file, e.span()) }),
        (Token::Number, text) = e => Term::Number(Lit { text: SmolStr::new(text), span: sp(file, e.span()) }),
        (Token::Date, text) = e => Term::Date(Lit { text: SmolStr::new(text), span: sp(file, e.span()) }),
        (Token::Email, text) = e => Term::Email(Lit { text: SmolStr::new(text), span: sp(file, e.span()) }),
        (Token::Url, text) = e => Term::Url(Lit { text: SmolStr::new(text), span: sp(file, e.span()) }),
        (Token::Phone, text) = e => Term::Phone(Lit { text: SmolStr::new(text), span: sp(file, e.span()) }),
        (Token::Code, text) = e => Term::Code(Lit { text: SmolStr::new(text), span: sp(file, e.span()) }),
        // Already reported by the lexical pass; kept as a silent error node.
        (Token::Error, _) = e => Term::Error(sp(file, e.span())),
        (Token::UnterminatedString, _) = e => Term::Error(sp(file, e.span())),
    };

    let block = recursive(|block| {
        let term = recursive(|term| {
            let value = term
                .clone()
                .then(term.clone().repeated().collect::<Vec<Term>>())
                .map_with(move |(first, rest), e| Value {
                    terms: gather(first, rest),
                    span: sp(file, e.span()),
                });
            let list = value
                .separated_by(tok(Token::Comma))
                .allow_trailing()
                .collect::<Vec<_>>()
                .delimited_by(tok(Token::LBracket), tok(Token::RBracket))
                .map_with(move |items, e| {
                    Term::List(List {
                        items,
                        span: sp(file, e.span()),
                    })
                });
            choice((
                path(file).map(Term::Path),
                single,
                block.clone().map(Term::Block),
                list,
            ))
            .labelled("value")
        });
        let value = term
            .clone()
            .then(term.repeated().collect::<Vec<Term>>())
            .map_with(move |(first, rest), e| Value {
                terms: gather(first, rest),
                span: sp(file, e.span()),
            });

        // `key: value` holds exactly one value (so `,` can then separate fields, as in
        // `{ zh: "...", en: "..." }`); `key a, b` holds a list. The key is read once.
        let values = choice((
            tok(Token::Colon)
                .ignore_then(value.clone())
                .map(|v| (true, SmallVec::from_buf([v]))),
            // After `key:` a value must follow; without this guard the list form would accept
            // the key with no value and leave the `:` to be reported a second time.
            tok(Token::Colon).not().ignore_then(
                value
                    .clone()
                    .then(
                        tok(Token::Comma)
                            .ignore_then(value)
                            .repeated()
                            .collect::<Vec<_>>(),
                    )
                    .or_not()
                    .map(|vs| {
                        (
                            false,
                            vs.map(|(first, rest)| gather(first, rest))
                                .unwrap_or_default(),
                        )
                    }),
            ),
        ));
        let field = ident(file)
            .then(values)
            .map_with(move |(key, (colon, values)), e| {
                Field::Entry(Entry {
                    key,
                    colon,
                    values,
                    span: sp(file, e.span()),
                })
            })
            .recover_with(via_parser(
                junk(true).map_with(move |_, e| Field::Error(sp(file, e.span()))),
            ));
        let comma = tok(Token::Comma).ignored();
        // Separators first: `field` never fails (it recovers by skipping the line), so it
        // must not see a separator.
        sep.or(comma)
            .to(None)
            .or(field.map(Some))
            .repeated()
            .collect::<Vec<Option<Field>>>()
            .delimited_by(tok(Token::LBrace), tok(Token::RBrace))
            .map_with(move |fields, e| Block {
                fields: fields.into_iter().flatten().collect(),
                span: sp(file, e.span()),
            })
            .labelled("`{`")
    });

    let use_item = keyword("use")
        .ignore_then(path(file))
        .then(
            tok(Token::PathSep)
                .then(tok(Token::Star))
                .or_not()
                .map(|g| g.is_some()),
        )
        .then(keyword("as").ignore_then(ident(file)).or_not())
        .map_with(move |((path, glob), alias), e| {
            Item::Use(Use {
                path,
                glob,
                alias,
                span: sp(file, e.span()),
            })
        });

    let decl = ident(file)
        .then(ident(file).or_not())
        .then(tok(Token::Colon).ignore_then(path(file)).or_not())
        // An error token here is the rest of a file whose `{` never closed: already reported.
        .then(
            block
                .map(|b| (Some(b), false))
                .or(tok(Token::Error).to((None, true)))
                .or_not()
                .map(|b| b.unwrap_or((None, false))),
        )
        .map_with(move |(((kind, name), parent), (body, broken)), e| {
            Item::Decl(Decl {
                kind,
                name,
                parent,
                broken,
                body,
                span: sp(file, e.span()),
            })
        });

    let item = use_item
        .or(decl)
        .then_ignore(sep.or(end()).rewind().labelled("end of line"))
        .recover_with(via_parser(
            junk(false).map_with(move |_, e| Item::Error(sp(file, e.span()))),
        ));

    sep.to(None)
        .or(item.map(Some))
        .repeated()
        .collect::<Vec<Option<Item>>>()
        .map(|items| items.into_iter().flatten().collect())
        .then_ignore(end())
}

/// One item and the rest, into inline storage: the rest is empty for nearly every path and
/// value, and an empty `Vec` costs no allocation, so neither does the result.
fn gather<A: smallvec::Array>(first: A::Item, rest: Vec<A::Item>) -> SmallVec<A> {
    let mut out = SmallVec::new();
    out.push(first);
    out.extend(rest);
    out
}

/// Resolves the escapes of a string token (quotes included). Invalid escapes are reported by
/// [`super::check_escapes`] and kept literally here.
pub fn unescape(token: &str) -> String {
    let inner = token.strip_prefix('"').unwrap_or(token);
    let inner = inner.strip_suffix('"').unwrap_or(inner);
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('"') => out.push('"'),
            Some('\\') => out.push('\\'),
            Some(c @ ('\n' | '\r')) => {
                // A backslash at the end of a line joins the next line, without its indent
                // (whatever the line ending: `\n`, `\r\n` or `\r`).
                if c == '\r' && chars.clone().next() == Some('\n') {
                    chars.next();
                }
                while chars.clone().next().is_some_and(|c| c == ' ' || c == '\t') {
                    chars.next();
                }
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}
