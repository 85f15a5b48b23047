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

use std::ops::Range;

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

/// Parses prepared tokens (see [`super::delimiters::prepare`]) of `text`. Always returns a
/// file; each error is chumsky's, handed to `on_error` to be converted to a diagnostic.
///
/// The tokens are parsed in chunks of whole top-level lines (see [`chunks`]), each first with
/// [`EmptyErr`]; only a chunk that has errors is parsed again with [`Rich`] to explain them, so
/// one broken line in a large file costs one chunk's second parse, not the whole file's. No
/// parser here looks past the end of its top-level line, and each chunk runs the same file
/// grammar, so the tree and the errors are those of one parse of the whole file. The tokens
/// the parser reads (kind, text, span) exist for one chunk at a time.
pub fn parse_tokens(
    file: FileId,
    text: &str,
    tokens: &[(Token, Range<usize>)],
    on_error: impl FnMut(&Rich<'_, Tok<'_>>),
) -> File {
    parse_chunked(file, text, tokens, CHUNK_TOKENS, on_error).0
}

/// [`parse_tokens`] with the chunk size as a parameter; also returns how many tokens were
/// parsed a second time to explain errors.
fn parse_chunked(
    file: FileId,
    text: &str,
    tokens: &[(Token, Range<usize>)],
    chunk_tokens: usize,
    mut on_error: impl FnMut(&Rich<'_, Tok<'_>>),
) -> (File, usize) {
    let mut explained = 0;
    let mut items = Vec::new();
    let mut buffer = Vec::new();
    for chunk in chunks(tokens, chunk_tokens) {
        buffer.clear();
        buffer.extend(chunk.iter().map(|(t, r)| {
            (
                (*t, text.get(r.clone()).unwrap_or("")),
                SimpleSpan::from(r.clone()),
            )
        }));
        if !parse_chunk(file, &buffer, text.len(), &mut items, &mut on_error) {
            explained += chunk.len();
        }
    }
    (
        File {
            id: file,
            items,
            comments: Vec::new(),
        },
        explained,
    )
}

/// Parses one chunk onto `items`; false if it had errors (and was parsed again to explain
/// them). The parsers are built per chunk because they borrow its tokens; building them is
/// a few allocations, nothing next to a chunk's parse.
fn parse_chunk<'src>(
    file: FileId,
    chunk: &'src [(Tok<'src>, SimpleSpan)],
    len: usize,
    items: &mut Vec<Item>,
    on_error: &mut impl FnMut(&Rich<'_, Tok<'_>>),
) -> bool {
    let (out, errors) = file_parser::<EmptyErr>(file)
        .parse(input(chunk, len))
        .into_output_errors();
    if errors.is_empty() {
        items.extend(out.unwrap_or_default());
        return true;
    }
    let (out, errors) = file_parser::<Rich<'src, Tok<'src>>>(file)
        .parse(input(chunk, len))
        .into_output_errors();
    items.extend(out.unwrap_or_default());
    errors.iter().for_each(on_error);
    false
}

/// Tokens per chunk, at least: enough that building the parsers and starting a parse cost
/// nothing next to it, few enough that a file with one error re-parses little.
const CHUNK_TOKENS: usize = 1024;

/// Splits prepared tokens after line ends (`Newline` or `;`) outside any `{}`/`[]`: the places
/// where one top-level item ends and the next begins. The delimiter pass has balanced the
/// groups and dropped the line breaks that only continue a value, so every such token really
/// ends an item (or an error line), and item recovery never crosses one.
fn chunks(
    tokens: &[(Token, Range<usize>)],
    at_least: usize,
) -> impl Iterator<Item = &[(Token, Range<usize>)]> {
    let mut rest = tokens;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut depth = 0usize;
        let mut cut = rest.len();
        for (i, (kind, _)) in rest.iter().enumerate() {
            match kind {
                Token::LBrace | Token::LBracket => depth += 1,
                Token::RBrace | Token::RBracket => depth = depth.saturating_sub(1),
                Token::Newline | Token::Semi if depth == 0 && i + 1 >= at_least => {
                    cut = i + 1;
                    break;
                }
                _ => {}
            }
        }
        let (chunk, tail) = rest.split_at(cut);
        rest = tail;
        Some(chunk)
    })
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
        // A subdivision is a region code like `CN`, so it is the same one-segment path and
        // every reader of regions takes it unchanged.
        (Token::Subdivision, text) = e => Term::Path(Path { segments: smallvec::smallvec![Ident { text: SmolStr::new(text), span: sp(file, e.span()) }], span: sp(file, e.span()) }),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Lexes and balances like [`super::super::parse`] does, for the parser alone.
    fn prepared(text: &str) -> Vec<(Token, Range<usize>)> {
        let tokens = super::super::lexer::lex(text);
        super::super::delimiters::prepare(FileId(0), tokens, text.len()).0
    }

    /// The tree, each error (as chumsky shows it) and how many tokens were parsed twice.
    fn parse_in(text: &str, chunk_tokens: usize) -> (File, Vec<String>, usize) {
        let mut errors = Vec::new();
        let (tree, explained) =
            parse_chunked(FileId(0), text, &prepared(text), chunk_tokens, |e| {
                errors.push(format!("{e:?}"))
            });
        (tree, errors, explained)
    }

    /// Every `.pol` file of the test fixtures (most are broken on purpose) and some broken
    /// lines of our own.
    fn corpus() -> Vec<String> {
        let mut texts: Vec<String> = [
            "category a {\n  label: \n  level high\n}\n",
            "category a { x: [1, 2\n}\nuse std::\npurpose p: { }",
            "kind name parent {}\n;; ;\n category b {\n  retention 3 months,\n}",
            "use a::b as\ncategory c { label: { zh: \"x\", en: } }\n]\n}",
            "category d {\n  label \"unterminated\n}\n",
            "category e { a: b: c }\ncategory f { [ }\n",
            "x y: z { }\n  @@@ \n category g { level: high }\n category h {",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
        let mut dirs = vec![root];
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "pol") {
                    texts.extend(std::fs::read_to_string(&path).ok());
                }
            }
        }
        // Break each file in a few places, with the characters the grammar cares about.
        let marks = [
            "{", "}", ":", ",", "[", "]", "\n", ";", "::", "@", "\"", "use ",
        ];
        let mut broken = Vec::new();
        for (n, text) in texts.iter().enumerate() {
            for k in 1..=6 {
                let mut at = (text.len() * k / 7 + n) % text.len().max(1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                let mark = marks[(n + k) % marks.len()];
                broken.push(format!("{}{mark}{}", &text[..at], &text[at..]));
            }
        }
        texts.extend(broken);
        texts
    }

    /// Parsing line by line, in chunks, or the whole file at once gives the same tree and the
    /// same errors: chunking is invisible.
    #[test]
    fn chunks_are_invisible() {
        let texts = corpus();
        assert!(texts.len() > 50, "the fixtures were not found");
        let mut with_errors = 0;
        for text in &texts {
            let (whole, whole_errors, _) = parse_in(text, usize::MAX);
            if !whole_errors.is_empty() {
                with_errors += 1;
            }
            for size in [1, 2, 7] {
                let (tree, errors, _) = parse_in(text, size);
                assert_eq!(tree, whole, "chunks of {size} changed the tree of:\n{text}");
                assert_eq!(
                    errors, whole_errors,
                    "chunks of {size} changed the errors of:\n{text}"
                );
            }
        }
        assert!(with_errors > 200, "too few broken inputs: {with_errors}");
    }

    /// One broken line in a large file is explained by parsing its chunk again, not the file.
    #[test]
    fn one_error_reparses_one_chunk() {
        let mut text = crate::synthetic::policy(5_000);
        text.push_str("category broken { level: }\n");
        text.push_str(&crate::synthetic::policy(5_000));
        let tokens = prepared(&text).len();
        let (_, errors, explained) = parse_in(&text, CHUNK_TOKENS);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            explained <= 2 * CHUNK_TOKENS && explained * 4 < tokens,
            "{explained} of {tokens} tokens parsed twice"
        );
    }
}
