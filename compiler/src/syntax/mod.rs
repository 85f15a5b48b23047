//! Syntax: text to a [`ast::File`] and the syntax errors found on the way.
//!
//! `lexer` (logos) -> `delimiters` (balance and depth cap) -> `parser` (chumsky). Parsing never
//! fails: the tree holds `Error` nodes where the text was broken, and every problem is a
//! located diagnostic with a `SYN-` code.

pub mod ast;
pub mod delimiters;
mod fast;
pub mod lexer;
pub mod parser;

use chumsky::error::{Rich, RichPattern, RichReason};

use crate::diag::{codes, Diagnostic, Message};
use crate::source::{is_bidi_control, FileId, Span};
use lexer::Token;

/// Parses one file. Returns the tree (with `Error` nodes where needed) and the diagnostics.
pub fn parse(file: FileId, text: &str) -> (ast::File, Vec<Diagnostic>) {
    let tokens = lexer::lex(text);
    let mut diags = lexical_errors(file, text, &tokens);
    let (tokens, comments, delim_diags) = delimiters::prepare(file, tokens, text.len());
    diags.extend(delim_diags);
    // An error or unterminated-string token was reported by the lexical or delimiter pass;
    // the parser tripping over it again would report the same place twice.
    let mut tree = parser::parse_tokens(file, text, &tokens, |e| {
        if !matches!(
            e.found(),
            Some((Token::Error | Token::UnterminatedString, _))
        ) {
            diags.push(syntax_error(file, e));
        }
    });
    tree.comments = comments;
    (tree, diags)
}

/// Errors visible in the token stream itself: characters the language has no use for,
/// unterminated strings and invalid escapes; and the warning for bidirectional controls in
/// strings and comments (outside them they are invalid characters).
fn lexical_errors(
    file: FileId,
    text: &str,
    tokens: &[(Token, std::ops::Range<usize>)],
) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut i = 0;
    while let Some((tok, range)) = tokens.get(i) {
        match tok {
            Token::Error => {
                // One diagnostic for a run of adjacent bad characters, e.g. an unquoted `手机号`.
                let mut end = range.end;
                while let Some((Token::Error, next)) = tokens.get(i + 1) {
                    if next.start != end {
                        break;
                    }
                    end = next.end;
                    i += 1;
                }
                diags.push(invalid_character(file, text, range.start, end));
            }
            Token::UnterminatedString => {
                let span = Span::new(file, range.start, range.start + 1);
                diags.push(
                    Diagnostic::new(
                        codes::SYN_UNTERMINATED_STRING,
                        span,
                        Message::key("syntax--unterminated-string"),
                    )
                    .with_label(Message::key("syntax--string-never-closed"))
                    .with_help(Message::key("syntax--add-closing-rest-file-was")),
                );
            }
            Token::String => check_escapes(file, text, range.clone(), &mut diags),
            _ => {}
        }
        if matches!(
            tok,
            Token::String | Token::UnterminatedString | Token::Comment
        ) {
            check_bidi(file, text, range.clone(), &mut diags);
        }
        i += 1;
    }
    diags
}

/// Warns about each run of Unicode bidirectional controls in a string or comment (`SYN-007`):
/// invisible, they make an editor show the text in another order than pol reads it, and an
/// unterminated override reverses the generated sentence the label ends up in.
fn check_bidi(
    file: FileId,
    text: &str,
    range: std::ops::Range<usize>,
    diags: &mut Vec<Diagnostic>,
) {
    let s = text.get(range.clone()).unwrap_or("");
    // Every bidirectional control is encoded starting with byte 0xD8 (U+061C) or 0xE2 (the
    // U+2xxx ones): a byte scan rules out nearly every string without decoding it.
    if !s.bytes().any(|b| b == 0xD8 || b == 0xE2) || !s.contains(is_bidi_control) {
        return;
    }
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_bidi_control(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut names = vec![format!("U+{:04X}", u32::from(c))];
        while let Some(&(j, next)) = iter.peek() {
            if !is_bidi_control(next) {
                break;
            }
            names.push(format!("U+{:04X}", u32::from(next)));
            end = j + next.len_utf8();
            iter.next();
        }
        let span = Span::new(file, range.start + i, range.start + end);
        let what = names.join(" ");
        let message = if names.len() == 1 {
            Message::key("syntax--bidirectional-control-character-what").arg("what", &what)
        } else {
            Message::key("syntax--bidirectional-control-characters-what").arg("what", &what)
        };
        diags.push(
            Diagnostic::new(codes::SYN_BIDI_CONTROL, span, message)
                .with_label(Message::key("syntax--invisible-editors-show-text-around"))
                .with_help(Message::key("syntax--remove-pol-s-pages-set"))
                .with_fix(Message::key("syntax--remove-control-character"), span, ""),
        );
    }
}

fn invalid_character(file: FileId, text: &str, start: usize, end: usize) -> Diagnostic {
    let bad = text.get(start..end).unwrap_or("");
    let span = Span::new(file, start, end);
    let non_ascii_text = bad.chars().all(|c| !c.is_ascii() && !c.is_whitespace());
    let d = Diagnostic::new(
        codes::SYN_INVALID_CHARACTER,
        span,
        Message::key("syntax--unexpected-escape-debug").arg("escape-debug", &bad.escape_debug()),
    );
    if non_ascii_text {
        d.with_label(Message::key("syntax--text-must-inside-quotes"))
            .with_help(Message::key("syntax--names-ascii-z-0-9"))
            .with_fix(
                Message::key("syntax--put-quotes"),
                span,
                format!("\"{bad}\""),
            )
    } else {
        d.with_label(Message::key("syntax--not-part-language"))
    }
}

/// Reports escapes other than `\n`, `\t`, `\"`, `\\` and a backslash before a line break.
pub fn check_escapes(
    file: FileId,
    text: &str,
    range: std::ops::Range<usize>,
    diags: &mut Vec<Diagnostic>,
) {
    let s = text.get(range.clone()).unwrap_or("");
    // Most strings have no escape at all: one fast byte search instead of decoding each char.
    if !s.contains('\\') {
        return;
    }
    let mut iter = s.char_indices();
    while let Some((i, c)) = iter.next() {
        if c != '\\' {
            continue;
        }
        if let Some((j, next)) = iter.next() {
            if !matches!(next, 'n' | 't' | '"' | '\\' | '\n' | '\r') {
                let start = range.start + i;
                let end = range.start + j + next.len_utf8();
                diags.push(
                    Diagnostic::new(
                        codes::SYN_INVALID_ESCAPE,
                        Span::new(file, start, end),
                        Message::key("syntax--unknown-escape-escape-debug")
                            .arg("escape-debug", &next.escape_debug()),
                    )
                    .with_label(Message::key("syntax--not-valid-escape"))
                    .with_help(Message::key("syntax--strings-know-n-t-write")),
                );
            }
        }
    }
}

fn syntax_error(file: FileId, e: &Rich<'_, parser::Tok<'_>>) -> Diagnostic {
    let span = Span::new(file, e.span().start, e.span().end);
    let (found_en, found_zh) = match e.found() {
        Some((Token::Ident, text)) => (format!("`{text}`"), format!("「{text}」")),
        Some((tok, _)) => (tok.describe().to_string(), tok.describe_zh().to_string()),
        None => ("end of file".to_string(), "文件结尾".to_string()),
    };
    if let RichReason::Custom(msg) = e.reason() {
        return Diagnostic::new(
            codes::SYN_UNEXPECTED,
            span,
            Message::key("syntax--msg-found-found")
                .arg("msg", &msg)
                .arg_en_zh("found", &found_en, &found_zh),
        )
        .with_label(Message::key("syntax--line-not-field"));
    }
    let mut expected_en: Vec<String> = Vec::new();
    let mut expected_zh: Vec<String> = Vec::new();
    for pattern in e.expected() {
        let (en, zh) = match pattern {
            // Nobody writes an invalid character on purpose: the parser accepts one only to
            // report it (SYN-003), so it is never offered as what belongs here.
            RichPattern::Token(t) if t.0 == Token::Error => continue,
            RichPattern::Label(l) if *l == Token::Error.describe() => continue,
            RichPattern::Token(t) => (t.0.describe().to_string(), t.0.describe_zh().to_string()),
            RichPattern::Label(l) => (l.to_string(), label_zh(l)),
            RichPattern::EndOfInput => ("end of file".to_string(), "文件结尾".to_string()),
            _ => continue,
        };
        if !expected_en.contains(&en) {
            expected_en.push(en);
            expected_zh.push(zh);
        }
    }
    let message = if expected_en.is_empty() {
        Message::key("syntax--unexpected-found").arg_en_zh("found", &found_en, &found_zh)
    } else {
        Message::key("syntax--expected-join-or-found-found")
            .arg("join-or", &(join_or(&expected_en, "or")))
            .arg_en_zh("found", &found_en, &found_zh)
            .arg("join", &(join_zh(&expected_zh)))
    };
    Diagnostic::new(codes::SYN_UNEXPECTED, span, message).with_label(
        Message::key("syntax--unexpected-found").arg_en_zh("found", &found_en, &found_zh),
    )
}

/// The Chinese for a parser label. Labels are the English descriptions of tokens
/// ([`Token::describe`]), the parser's own words (`name`, `value`) or a keyword (`use`).
fn label_zh(label: &str) -> String {
    match label {
        "name" => return "名称".into(),
        "value" => return "值".into(),
        "end of line" => return "行尾".into(),
        _ => {}
    }
    if let Some(t) = Token::ALL.iter().find(|t| t.describe() == label) {
        return t.describe_zh().into();
    }
    // A keyword or a punctuation mark in backticks: the same text in corner brackets.
    let bare = label.trim_matches('`');
    format!("「{bare}」")
}

/// `甲、乙或丙`: Chinese lists take the enumeration comma and no spaces.
fn join_zh(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}或{last}", init.join("、")),
    }
}

fn join_or(items: &[String], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {word} {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Chinese "expected" list was half English (`invalid character`) with a backtick
    /// turned into an opening bracket at both ends (`「:「`).
    #[test]
    fn expected_lists_are_chinese_and_bracketed() {
        let (_, diags) = parse(FileId(0), "purpose register:: {\n}\n");
        let d = diags
            .iter()
            .find(|d| d.code == codes::SYN_UNEXPECTED)
            .unwrap_or_else(|| panic!("{diags:?}"));
        assert_eq!(d.message.zh(), "此处应为「:」、「{」或行尾，实际为「::」");
        assert_eq!(
            d.message.en(),
            "expected `:`, `{` or end of line, found `::`"
        );
    }

    #[test]
    fn keyword_labels_are_bracketed_in_chinese() {
        assert_eq!(label_zh("use"), "「use」");
        assert_eq!(label_zh("`{`"), "「{」");
        assert_eq!(label_zh("`:`"), "「:」");
        assert_eq!(label_zh("end of line"), "行尾");
        assert_eq!(label_zh("string"), "字符串");
    }
}
