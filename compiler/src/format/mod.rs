//! The formatter: the canonical layout of a `.pol` file (`polc fmt`, and the language server's
//! "format document").
//!
//! It works on the lexer's token stream, not on the syntax tree: every token's text is written
//! out exactly as it was, and only the whitespace *between* tokens is chosen. So strings,
//! comments and literals cannot be damaged, and nothing the parser sees can change except
//! where a line ends, which the formatter never moves (it only drops blank lines beyond one
//! and the blank lines just inside a group). The syntax tree is used only to know which lines
//! continue a field's values, so they get a hanging indent.
//!
//! Two guarantees are checked on every run rather than hoped for:
//! - a file with syntax errors is refused (reformatting around broken text could lose some);
//! - the output, lexed and delimiter-balanced again, gives the same tokens and the same
//!   field-ending newlines as the input ([`same_meaning`]); if it ever did not, the input is
//!   returned with [`FormatError::Unstable`] instead of a changed policy.
//!
//! The canonical style is documented in `docs/formatting.md`. Everything is one pass over the
//! tokens plus one lookup per line, so the time is linear in the size of the file.

use std::collections::HashMap;
use std::ops::Range;

use crate::diag::Diagnostic;
use crate::source::FileId;
use crate::syntax::ast;
use crate::syntax::lexer::{lex, Token};

/// Spaces per level of `{` / `[` nesting, and for a continued field.
pub const INDENT: usize = 2;

/// Why a file was not formatted.
#[derive(Debug)]
pub enum FormatError {
    /// The file has syntax errors; they are returned so the caller can show them.
    Syntax(Vec<Diagnostic>),
    /// The layout would have changed the tokens the parser reads. Never expected; the file is
    /// left as it was rather than risk changing its meaning.
    Unstable,
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormatError::Syntax(d) => write!(
                f,
                "the file has {} syntax error(s); fix them before formatting",
                d.len()
            ),
            FormatError::Unstable => {
                write!(
                    f,
                    "the formatter could not keep the file's meaning; left unchanged"
                )
            }
        }
    }
}

impl std::error::Error for FormatError {}

/// Formats a whole file. Returns the canonical text, or why the file was left alone.
pub fn format(text: &str) -> Result<String, FormatError> {
    let (tree, diags) = crate::syntax::parse(FileId(0), text);
    if !diags.is_empty() {
        return Err(FormatError::Syntax(diags));
    }
    let out = layout(text, &continued_spans(&tree));
    if same_meaning(text, &out) {
        Ok(out)
    } else {
        Err(FormatError::Unstable)
    }
}

/// Whether `text` is already in canonical layout (what `polc fmt --check` asks).
pub fn is_formatted(text: &str) -> Result<bool, FormatError> {
    format(text).map(|f| f == text)
}

/// For every field entry and top-level item: where it starts, and where it ends. A line that
/// starts strictly inside one of these, at the same nesting depth as its start, continues it.
fn continued_spans(tree: &ast::File) -> HashMap<u32, u32> {
    let mut out = HashMap::new();
    for item in &tree.items {
        match item {
            ast::Item::Use(u) => {
                out.insert(u.span.start, u.span.end);
            }
            ast::Item::Decl(d) => {
                out.insert(d.span.start, d.span.end);
                if let Some(b) = &d.body {
                    block_entries(b, &mut out);
                }
            }
            ast::Item::Error(_) => {}
        }
    }
    out
}

fn block_entries(block: &ast::Block, out: &mut HashMap<u32, u32>) {
    for field in &block.fields {
        if let ast::Field::Entry(e) = field {
            out.insert(e.span.start, e.span.end);
            for v in &e.values {
                value_entries(v, out);
            }
        }
    }
}

fn value_entries(value: &ast::Value, out: &mut HashMap<u32, u32>) {
    for term in &value.terms {
        match term {
            ast::Term::Block(b) => block_entries(b, out),
            ast::Term::List(l) => {
                for v in &l.items {
                    value_entries(v, out);
                }
            }
            _ => {}
        }
    }
}

/// One open `{` or `[` (or the file itself): the indent of the lines inside it and of the line
/// that closes it, and the end of the field being written at this depth, if any.
struct Group {
    content: usize,
    close: usize,
    entry_end: Option<u32>,
}

fn layout(text: &str, entries: &HashMap<u32, u32>) -> String {
    let tokens = lex(text);
    let closers = matching_closers(&tokens);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    // The outermost "group" is the file itself.
    let mut groups: Vec<Group> = vec![Group {
        content: 0,
        close: 0,
        entry_end: None,
    }];
    // Newlines seen since the last token written, and whether anything was written yet.
    let mut pending_newlines = 0usize;
    let mut line_indent = 0usize;
    let mut prev: Option<(Token, Range<usize>)> = None;
    let mut at_line_start = true;

    for (tok, range) in tokens {
        if tok == Token::Newline {
            if prev.is_some() {
                pending_newlines += 1;
            }
            continue;
        }
        let offset = u32::try_from(range.start).unwrap_or(u32::MAX);
        let closes = matches!(tok, Token::RBrace | Token::RBracket);
        if pending_newlines > 0 || prev.is_none() {
            // A new line. At most one blank line, and none just inside a group.
            let opened = matches!(
                prev.as_ref().map(|p| p.0),
                Some(Token::LBrace | Token::LBracket)
            );
            if prev.is_some() {
                out.push('\n');
                if pending_newlines > 1 && !opened && !closes {
                    out.push('\n');
                }
            }
            pending_newlines = 0;
            at_line_start = true;
            line_indent = match groups.last() {
                None => 0,
                Some(g) if closes => g.close,
                Some(g) => {
                    let continues = g.entry_end.is_some_and(|end| offset < end)
                        && !entries.contains_key(&offset);
                    g.content + if continues { INDENT } else { 0 }
                }
            };
            out.extend(std::iter::repeat_n(' ', line_indent));
        }
        let word = token_text(text, tok, &range);
        if !at_line_start {
            if let Some((p, prange)) = &prev {
                let gap = &text[prange.end.min(range.start)..range.start];
                if !tight(*p, tok) || !joins_safely(text, prange, &range, gap) {
                    out.push(' ');
                }
            }
        }
        out.push_str(word);
        at_line_start = false;

        // Track fields at this depth, then the group structure.
        if entries.contains_key(&offset) {
            if let Some(g) = groups.last_mut() {
                g.entry_end = entries.get(&offset).copied();
            }
        }
        match tok {
            Token::LBrace | Token::LBracket => {
                // A group opening a field whose values go on after it closes, on the
                // following lines, is indented like those continuation lines.
                let hanging = groups.last().is_some_and(|g| {
                    line_indent == g.content
                        && g.entry_end.is_some_and(|end| {
                            closers
                                .get(&range.start)
                                .is_some_and(|(close, breaks)| *breaks && end > close + 1)
                        })
                });
                let base = line_indent + if hanging { INDENT } else { 0 };
                groups.push(Group {
                    content: base + INDENT,
                    close: base,
                    entry_end: None,
                });
            }
            Token::RBrace | Token::RBracket if groups.len() > 1 => {
                groups.pop();
            }
            _ => {}
        }
        prev = Some((tok, range));
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// For each `{` or `[` (by start offset): where its closer ends, and whether the line breaks
/// right after the closer (and its comma, if any).
fn matching_closers(tokens: &[(Token, Range<usize>)]) -> HashMap<usize, (u32, bool)> {
    let mut out = HashMap::new();
    let mut open: Vec<usize> = Vec::new();
    for (i, (tok, range)) in tokens.iter().enumerate() {
        match tok {
            Token::LBrace | Token::LBracket => open.push(range.start),
            Token::RBrace | Token::RBracket => {
                if let Some(start) = open.pop() {
                    let mut next = tokens.get(i + 1..).unwrap_or(&[]).iter().map(|t| t.0);
                    let mut after = next.next();
                    if after == Some(Token::Comma) {
                        after = next.next();
                    }
                    let breaks = matches!(after, Some(Token::Newline | Token::Comment));
                    let end = u32::try_from(range.end).unwrap_or(u32::MAX);
                    out.insert(start, (end, breaks));
                }
            }
            _ => {}
        }
    }
    out
}

/// A token as written, except that a comment loses its trailing whitespace.
fn token_text<'t>(text: &'t str, tok: Token, range: &Range<usize>) -> &'t str {
    let word = text.get(range.clone()).unwrap_or("");
    if tok == Token::Comment {
        word.trim_end()
    } else {
        word
    }
}

/// Whether two tokens on one line are written with no space between them.
fn tight(prev: Token, next: Token) -> bool {
    use Token::*;
    match (prev, next) {
        (LBrace, RBrace) => true,
        (_, Comment) => false,
        (_, Comma | Semi | Colon | PathSep | RBracket) => true,
        (PathSep | LBracket, _) => true,
        _ => false,
    }
}

/// Removing the space between two tokens must not make them lex as something else
/// (`https://x.cn :` would become one URL). Tokens that were already adjacent stay so.
fn joins_safely(text: &str, prev: &Range<usize>, next: &Range<usize>, gap: &str) -> bool {
    if gap.is_empty() {
        return true;
    }
    let (Some(a), Some(b)) = (text.get(prev.clone()), text.get(next.clone())) else {
        return false;
    };
    let joined = format!("{a}{b}");
    let toks = lex(&joined);
    toks.len() == 2 && toks[0].1 == (0..a.len())
}

/// Whether two texts give the parser the same input: the same tokens with the same text, and
/// the same newlines where a newline ends a field (comments aside, whose trailing whitespace
/// the formatter trims).
pub fn same_meaning(before: &str, after: &str) -> bool {
    parser_view(before) == parser_view(after)
}

/// The token stream the parser would read (kind and text; every kept newline as `\n`), and
/// the comments with their trailing whitespace trimmed.
fn parser_view(text: &str) -> (Vec<(Token, &str)>, Vec<&str>) {
    let (tokens, comments, _) =
        crate::syntax::delimiters::prepare(FileId(0), lex(text), text.len());
    let mut toks: Vec<(Token, &str)> = tokens
        .into_iter()
        .map(|(t, r)| {
            let word = if t == Token::Newline {
                "\n"
            } else {
                text.get(r).unwrap_or("")
            };
            (t, word)
        })
        .collect();
    // A file's final line break (or its absence) ends nothing.
    while toks.last().is_some_and(|(t, _)| *t == Token::Newline) {
        toks.pop();
    }
    let comments = comments
        .iter()
        .map(|s| text.get(s.range()).unwrap_or("").trim_end())
        .collect();
    (toks, comments)
}

#[cfg(test)]
mod tests;
