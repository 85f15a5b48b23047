//! The delimiter pass: balances `{}`/`[]` and caps nesting depth before parsing.
//!
//! Running this before the parser means the parser only ever sees balanced, shallow input:
//! - an unclosed `{` is one located error, and the text from it to the end of the file
//!   becomes a single error token (instead of every later line being misread as a field);
//! - a stray `}` or `]` is one located error and is dropped;
//! - nesting deeper than [`MAX_DEPTH`] is one located error, and the too-deep group becomes a
//!   single error token, so no later pass (parser, resolver, formatter, serde, `Drop`) can
//!   overflow the stack on 100,000 nested brackets.

use super::lexer::Token;
use crate::diag::{codes, Diagnostic, Message};
use crate::source::{FileId, Span};

/// Real policies nest three or four levels; 32 leaves room and stays far from any stack limit.
pub const MAX_DEPTH: usize = 32;

type Spanned = (Token, std::ops::Range<usize>);

/// Returns the tokens with comments removed, newlines that cannot end a field removed, and
/// delimiters balanced; plus the comment spans and the errors found.
pub fn prepare(
    file: FileId,
    tokens: Vec<Spanned>,
    len: usize,
) -> (Vec<Spanned>, Vec<Span>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut comments = Vec::new();
    let mut out: Vec<Spanned> = Vec::with_capacity(tokens.len());
    // Each open delimiter: its token, where it sits in `out`, its byte range.
    let mut stack: Vec<(Token, usize, std::ops::Range<usize>)> = Vec::new();
    let mut saw_unterminated_string = false;
    let mut iter = tokens.into_iter();
    while let Some((tok, range)) = iter.next() {
        match tok {
            Token::Comment => {
                comments.push(Span::new(file, range.start, range.end));
                continue;
            }
            Token::Newline => {
                // Inside `[...]`, after `,`, `::` or `:`, a line break only continues the value.
                let in_list = matches!(stack.last(), Some((Token::LBracket, ..)));
                let after = out.last().map(|(t, _)| *t);
                let joins = matches!(
                    after,
                    Some(Token::Comma | Token::PathSep | Token::Colon | Token::Newline)
                );
                if in_list || joins || after.is_none() {
                    continue;
                }
            }
            Token::LBrace | Token::LBracket => {
                if stack.len() >= MAX_DEPTH {
                    diags.push(too_deep(file, &range));
                    let end = skip_group(&mut iter, range.end);
                    out.push((Token::Error, range.start..end));
                    continue;
                }
                stack.push((tok, out.len(), range.clone()));
            }
            Token::RBrace | Token::RBracket => {
                let opener = if tok == Token::RBrace {
                    Token::LBrace
                } else {
                    Token::LBracket
                };
                match stack.last() {
                    Some((open, ..)) if *open == opener => {
                        stack.pop();
                    }
                    _ => {
                        diags.push(stray(file, tok, &range));
                        continue;
                    }
                }
            }
            Token::UnterminatedString => saw_unterminated_string = true,
            _ => {}
        }
        out.push((tok, range));
    }
    if let Some((open, index, range)) = stack.into_iter().next() {
        // An unterminated string already explains why the delimiters do not close.
        if !saw_unterminated_string {
            diags.push(unclosed(file, open, &range));
        }
        out.truncate(index);
        out.push((Token::Error, range.start..len));
    }
    (out, comments, diags)
}

/// Consumes tokens up to and including the closer that balances an opener already read,
/// returning the end offset reached. Iterative, so depth costs nothing.
fn skip_group(iter: &mut impl Iterator<Item = Spanned>, mut end: usize) -> usize {
    let mut depth = 1usize;
    for (tok, range) in iter.by_ref() {
        end = range.end;
        match tok {
            Token::LBrace | Token::LBracket => depth += 1,
            Token::RBrace | Token::RBracket => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
    }
    end
}

fn too_deep(file: FileId, range: &std::ops::Range<usize>) -> Diagnostic {
    Diagnostic::new(
        codes::SYN_TOO_DEEP,
        Span::new(file, range.start, range.end),
        Message::key("syntax-delimiters--nesting-deeper-than-MAX-DEPTH-levels")
            .arg("MAX-DEPTH", &MAX_DEPTH),
    )
    .with_label(Message::key(
        "syntax-delimiters--group-too-deep-contents-skipped",
    ))
    .with_help(Message::key(
        "syntax-delimiters--policy-needs-only-few-levels",
    ))
}

fn stray(file: FileId, tok: Token, range: &std::ops::Range<usize>) -> Diagnostic {
    Diagnostic::new(
        codes::SYN_UNEXPECTED,
        Span::new(file, range.start, range.end),
        Message::key("syntax-delimiters--unmatched-describe")
            .arg("describe", &tok.describe())
            .arg("describe2", &tok.describe_zh()),
    )
    .with_label(Message::key("syntax-delimiters--nothing-was-opened-here"))
    .with_fix(
        Message::key("syntax-delimiters--remove"),
        Span::new(file, range.start, range.end),
        "",
    )
}

fn unclosed(file: FileId, open: Token, range: &std::ops::Range<usize>) -> Diagnostic {
    let close = if open == Token::LBrace { "}" } else { "]" };
    Diagnostic::new(
        codes::SYN_UNEXPECTED,
        Span::new(file, range.start, range.end),
        Message::key("syntax-delimiters--unclosed-describe")
            .arg("describe", &open.describe())
            .arg("describe2", &open.describe_zh()),
    )
    .with_label(Message::key("syntax-delimiters--opened-here-never-closed"))
    .with_help(Message::key("syntax-delimiters--add-matching-close-rest-file").arg("close", &close))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::lexer::lex;

    fn run(text: &str) -> (Vec<Token>, Vec<Diagnostic>) {
        let (toks, _, diags) = prepare(FileId(0), lex(text), text.len());
        (toks.into_iter().map(|(t, _)| t).collect(), diags)
    }

    #[test]
    fn deep_nesting_becomes_one_error() {
        let text = "a ".to_string() + &"[".repeat(100_000) + &"]".repeat(100_000);
        let (toks, diags) = run(&text);
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, codes::SYN_TOO_DEEP);
        assert_eq!(toks.len(), 1 + MAX_DEPTH + 1 + MAX_DEPTH);
    }

    #[test]
    fn unclosed_and_stray() {
        let (toks, diags) = run("a {\n b\n");
        assert_eq!(toks, vec![Token::Ident, Token::Error]);
        assert_eq!(diags.len(), 1);
        assert!(diags[0].message.en().contains("unclosed"));
        let (_, diags) = run("a }\n");
        assert!(diags[0].message.en().contains("unmatched"));
    }

    #[test]
    fn newlines_after_commas_and_in_lists_join() {
        let (toks, _) = run("a b,\n c [x\n y]\n\n\nd");
        assert!(!toks[..toks.len() - 2]
            .windows(2)
            .any(|w| w == [Token::Comma, Token::Newline]));
        assert_eq!(toks.iter().filter(|t| **t == Token::Newline).count(), 1);
    }
}
