//! The parser: balanced tokens to a [`File`], with chumsky 0.12.
//!
//! Recovery is line-shaped, like the language: a field that does not parse becomes
//! [`Field::Error`] up to the end of its line, and an item that does not parse becomes
//! [`Item::Error`] up to the end of its line, so every independent mistake is reported once
//! and the rest of the file is still resolved and checked. The delimiter pass has already
//! balanced `{}`/`[]` and capped nesting, so the recursive parsers here stay shallow.

use chumsky::input::{Input as _, MappedInput, ValueInput};
use chumsky::prelude::*;

use super::ast::*;
use super::lexer::Token;
use crate::source::{FileId, Span};

/// A token with its text, as the parser sees it.
pub type Tok<'src> = (Token, &'src str);
type Err<'src> = extra::Err<Rich<'src, Tok<'src>>>;

/// Parses prepared tokens (see [`super::delimiters::prepare`]). Always returns a file; the
/// errors are chumsky's, converted to diagnostics by the caller.
pub fn parse_tokens<'src>(
    file: FileId,
    tokens: &'src [(Tok<'src>, SimpleSpan)],
    len: usize,
) -> (File, Vec<Rich<'src, Tok<'src>>>) {
    let input: MappedInput<'src, Tok<'src>, SimpleSpan, &'src [(Tok<'src>, SimpleSpan)], _> =
        tokens.map(SimpleSpan::from(len..len), |(t, s)| (t, s));
    let (items, errors) = file_parser(file).parse(input).into_output_errors();
    (File { id: file, items: items.unwrap_or_default(), comments: Vec::new() }, errors)
}

fn sp(file: FileId, s: SimpleSpan) -> Span {
    Span::new(file, s.start, s.end)
}

fn tok<'src, I>(kind: Token) -> impl Parser<'src, I, Tok<'src>, Err<'src>> + Clone
where
    I: ValueInput<'src, Token = Tok<'src>, Span = SimpleSpan>,
{
    any().filter(move |t: &Tok<'src>| t.0 == kind).labelled(kind.describe())
}

fn ident<'src, I>(file: FileId) -> impl Parser<'src, I, Ident, Err<'src>> + Clone
where
    I: ValueInput<'src, Token = Tok<'src>, Span = SimpleSpan>,
{
    select! { (Token::Ident, text) => text }
        .map_with(move |text: &str, e| Ident { text: text.to_string(), span: sp(file, e.span()) })
        .labelled("name")
}

fn keyword<'src, I>(word: &'static str) -> impl Parser<'src, I, (), Err<'src>> + Clone
where
    I: ValueInput<'src, Token = Tok<'src>, Span = SimpleSpan>,
{
    any().filter(move |t: &Tok<'src>| t.0 == Token::Ident && t.1 == word).ignored().labelled(word)
}

fn path<'src, I>(file: FileId) -> impl Parser<'src, I, Path, Err<'src>> + Clone
where
    I: ValueInput<'src, Token = Tok<'src>, Span = SimpleSpan>,
{
    ident(file)
        .then(tok(Token::PathSep).ignore_then(ident(file)).repeated().collect::<Vec<_>>())
        .map_with(move |(first, rest), e| {
            let mut segments = Vec::with_capacity(rest.len() + 1);
            segments.push(first);
            segments.extend(rest);
            Path { segments, span: sp(file, e.span()) }
        })
}

/// One line's worth of tokens that did not parse: everything up to the end of the line (or
/// `;`, or the `}` closing the block), with `{...}`/`[...]` groups skipped whole.
fn junk<'src, I>(stop_at_rbrace: bool) -> impl Parser<'src, I, (), Err<'src>> + Clone
where
    I: ValueInput<'src, Token = Tok<'src>, Span = SimpleSpan>,
{
    let group = recursive(|group| {
        let inner = group.or(any().filter(|t: &Tok<'src>| !matches!(t.0, Token::LBrace | Token::RBrace | Token::LBracket | Token::RBracket)).ignored());
        choice((
            inner.clone().repeated().delimited_by(tok(Token::LBrace), tok(Token::RBrace)),
            inner.repeated().delimited_by(tok(Token::LBracket), tok(Token::RBracket)),
        ))
        .ignored()
    });
    let single = any()
        .filter(move |t: &Tok<'src>| {
            !matches!(t.0, Token::Newline | Token::Semi) && !(stop_at_rbrace && t.0 == Token::RBrace)
        })
        .ignored();
    group.or(single).repeated().at_least(1)
}

fn file_parser<'src, I>(file: FileId) -> impl Parser<'src, I, Vec<Item>, Err<'src>>
where
    I: ValueInput<'src, Token = Tok<'src>, Span = SimpleSpan>,
{
    let string = select! { (Token::String, text) => text }
        .map_with(move |text: &str, e| StrLit { value: unescape(text), span: sp(file, e.span()) });
    let lit = |kind: Token| {
        any()
            .filter(move |t: &Tok<'src>| t.0 == kind)
            .map_with(move |t: Tok<'src>, e| Lit { text: t.1.to_string(), span: sp(file, e.span()) })
    };
    let error_term = any()
        .filter(|t: &Tok<'src>| matches!(t.0, Token::Error | Token::UnterminatedString))
        .map_with(move |_, e| Term::Error(sp(file, e.span())));

    let sep = any().filter(|t: &Tok<'src>| matches!(t.0, Token::Newline | Token::Semi)).ignored();

    let block = recursive(|block| {
        let term = recursive(|term| {
            let value = term.clone().repeated().at_least(1).collect::<Vec<Term>>().map_with(
                move |terms, e| Value { terms, span: sp(file, e.span()) },
            );
            let list = value
                .separated_by(tok(Token::Comma))
                .allow_trailing()
                .collect::<Vec<_>>()
                .delimited_by(tok(Token::LBracket), tok(Token::RBracket))
                .map_with(move |items, e| Term::List(List { items, span: sp(file, e.span()) }));
            choice((
                path(file).map(Term::Path),
                string.map(Term::Str),
                lit(Token::Number).map(Term::Number),
                lit(Token::Date).map(Term::Date),
                lit(Token::Email).map(Term::Email),
                lit(Token::Url).map(Term::Url),
                lit(Token::Phone).map(Term::Phone),
                block.clone().map(Term::Block),
                list,
                error_term,
            ))
            .labelled("value")
        });
        let value = term
            .repeated()
            .at_least(1)
            .collect::<Vec<Term>>()
            .map_with(move |terms, e| Value { terms, span: sp(file, e.span()) });

        let colon_field = ident(file)
            .then_ignore(tok(Token::Colon))
            .then(value.clone())
            .map_with(move |(key, value), e| {
                Field::Entry(Entry { key, colon: true, values: vec![value], span: sp(file, e.span()) })
            });
        let list_field = ident(file)
            .then(value.separated_by(tok(Token::Comma)).collect::<Vec<_>>())
            .map_with(move |(key, values), e| {
                Field::Entry(Entry { key, colon: false, values, span: sp(file, e.span()) })
            });
        let field = colon_field
            .or(list_field)
            .recover_with(via_parser(junk(true).map_with(move |_, e| Field::Error(sp(file, e.span())))));
        let comma = tok(Token::Comma).ignored();
        // Separators first: `field` never fails (it recovers by skipping the line), so it
        // must not see a separator.
        sep.or(comma)
            .to(None)
            .or(field.map(Some))
            .repeated()
            .collect::<Vec<Option<Field>>>()
            .delimited_by(tok(Token::LBrace), tok(Token::RBrace))
            .map_with(move |fields, e| Block { fields: fields.into_iter().flatten().collect(), span: sp(file, e.span()) })
            .labelled("`{`")
    });

    let use_item = keyword("use")
        .ignore_then(path(file))
        .then(tok(Token::PathSep).then(tok(Token::Star)).or_not().map(|g| g.is_some()))
        .then(keyword("as").ignore_then(ident(file)).or_not())
        .map_with(move |((path, glob), alias), e| Item::Use(Use { path, glob, alias, span: sp(file, e.span()) }));

    let decl = ident(file)
        .then(ident(file).or_not())
        .then(tok(Token::Colon).ignore_then(path(file)).or_not())
        // An error token here is the rest of a file whose `{` never closed: already reported.
        .then(block.map(Some).or(tok(Token::Error).to(None)).or_not().map(Option::flatten))
        .map_with(move |(((kind, name), parent), body), e| {
            Item::Decl(Decl { kind, name, parent, body, span: sp(file, e.span()) })
        });

    let item = use_item
        .or(decl)
        .then_ignore(sep.or(end()).rewind().labelled("end of line"))
        .recover_with(via_parser(junk(false).map_with(move |_, e| Item::Error(sp(file, e.span())))));

    sep.to(None)
        .or(item.map(Some))
        .repeated()
        .collect::<Vec<Option<Item>>>()
        .map(|items| items.into_iter().flatten().collect())
        .then_ignore(end())
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
            Some('\n') => {
                // A backslash at the end of a line joins the next line, without its indent.
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
