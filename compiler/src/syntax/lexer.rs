//! The lexer: text to tokens with byte spans, with logos.
//!
//! Lexing never fails. A character the language has no use for becomes an [`Token::Error`]
//! token, so the parser reports it in place and carries on. Comments and newlines are real
//! tokens: newlines end fields, and the formatter needs comments; [`crate::syntax::parse`]
//! filters comments out before parsing.

use logos::Logos;

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq, Hash)]
// A byte-order mark is whitespace, so a BOM at the start of a file needs no special case and
// byte offsets stay those of the file on disk.
#[logos(skip r"[ \t\x0C\u{FEFF}]+")]
pub enum Token {
    #[regex(r"\r?\n|\r")]
    Newline,
    #[regex(r"//[^\r\n]*", allow_greedy = true)]
    Comment,
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*")]
    Ident,
    #[regex(r"[0-9]+(\.[0-9]+)?")]
    Number,
    /// `2024-06-01`. Whether the day exists is checked later, so `2024-02-30` is a located
    /// "impossible date", not a syntax error.
    #[regex(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")]
    Date,
    /// Anything shaped like `local@domain`; [`crate::types::literals`] checks the shape.
    #[regex(r#"[A-Za-z0-9._%+\-]+@[^\s"{}\[\],;:/]*"#)]
    Email,
    #[regex(r#"https?://[^\s"{}\[\],;<>]*"#)]
    Url,
    /// A diagnostic code, as written in a suppression: `PIPL-SHARE-001`, `TYPE-002`.
    #[regex(r"[A-Z]{2,5}(-[A-Z]{2,8})?-[0-9]{3}")]
    Code,
    /// An international phone number: `+86-400-6700-866`.
    #[regex(r"\+[0-9][0-9\-]*")]
    Phone,
    #[regex(r#""([^"\\]|\\(.|\n))*""#)]
    String,
    /// A string with no closing quote: it runs to the end of the file. Reported, not guessed.
    #[regex(r#""([^"\\]|\\(.|\n))*"#, priority = 0)]
    UnterminatedString,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("::")]
    PathSep,
    #[token(":")]
    Colon,
    #[token("*")]
    Star,
    /// Any character the language has no use for (including letters outside strings that
    /// are not ASCII: identifiers are ASCII so that ids work in every backend).
    Error,
}

impl Token {
    /// How the token is named in "expected ..." messages.
    pub fn describe(self) -> &'static str {
        match self {
            Token::Newline => "end of line",
            Token::Comment => "comment",
            Token::Ident => "name",
            Token::Number => "number",
            Token::Date => "date",
            Token::Email => "email address",
            Token::Url => "URL",
            Token::Phone => "phone number",
            Token::Code => "diagnostic code",
            Token::String | Token::UnterminatedString => "string",
            Token::LBrace => "`{`",
            Token::RBrace => "`}`",
            Token::LBracket => "`[`",
            Token::RBracket => "`]`",
            Token::Comma => "`,`",
            Token::Semi => "`;`",
            Token::PathSep => "`::`",
            Token::Colon => "`:`",
            Token::Star => "`*`",
            Token::Error => "invalid character",
        }
    }

    pub fn describe_zh(self) -> &'static str {
        match self {
            Token::Newline => "行尾",
            Token::Comment => "注释",
            Token::Ident => "名称",
            Token::Number => "数字",
            Token::Date => "日期",
            Token::Email => "电子邮件地址",
            Token::Url => "网址",
            Token::Phone => "电话号码",
            Token::Code => "诊断代码",
            Token::String | Token::UnterminatedString => "字符串",
            Token::LBrace => "「{」",
            Token::RBrace => "「}」",
            Token::LBracket => "「[」",
            Token::RBracket => "「]」",
            Token::Comma => "「,」",
            Token::Semi => "「;」",
            Token::PathSep => "「::」",
            Token::Colon => "「:」",
            Token::Star => "「*」",
            Token::Error => "非法字符",
        }
    }
}

/// Splits `text` into tokens with byte ranges. Unknown characters become [`Token::Error`].
pub fn lex(text: &str) -> Vec<(Token, std::ops::Range<usize>)> {
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut lexer = Token::lexer(text);
    while let Some(result) = lexer.next() {
        let token = result.unwrap_or(Token::Error);
        out.push((token, lexer.span()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{lex, Token};

    fn kinds(text: &str) -> Vec<Token> {
        lex(text).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn typed_literals() {
        use Token::*;
        assert_eq!(
            kinds("effective 2024-06-01 email a.b@x.cn url https://x.cn/p phone +86-400-6700-866 15 working_days"),
            vec![Ident, Date, Ident, Email, Ident, Url, Ident, Phone, Number, Ident]
        );
    }

    #[test]
    fn diagnostic_codes() {
        use Token::*;
        assert_eq!(
            kinds("allow PIPL-SHARE-001 TYPE-002 CN"),
            vec![Ident, Code, Code, Ident]
        );
    }

    #[test]
    fn strings_comments_and_errors() {
        use Token::*;
        assert_eq!(
            kinds("label \"手机\\\"号\" // 注释\n"),
            vec![Ident, String, Comment, Newline]
        );
        assert_eq!(kinds("手机"), vec![Error, Error]);
        assert_eq!(kinds("\"open"), vec![UnterminatedString]);
        assert_eq!(kinds("\u{FEFF}a\r\nb"), vec![Ident, Newline, Ident]);
        assert_eq!(
            kinds("std::pipl::*"),
            vec![Ident, PathSep, Ident, PathSep, Star]
        );
    }

    #[test]
    fn spans_are_byte_ranges() {
        let toks = lex("\"手\" x");
        assert_eq!(toks[0].1, 0..5);
        assert_eq!(toks[1].1, 6..7);
    }
}
