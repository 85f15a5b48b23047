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
    /// From `//` to the end of the line. Read by [`comment`].
    #[token("//", comment)]
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
    /// The domain, after the `@`, is read by [`email`].
    #[regex(r#"[A-Za-z0-9._%+\-]+@"#, email)]
    Email,
    /// The rest, after `://`, is read by [`url`].
    #[regex(r#"https?://"#, url)]
    Url,
    /// A diagnostic code, as written in a suppression: `PIPL-SHARE-001`, `TYPE-002`.
    #[regex(r"[A-Z]{2,5}(-[A-Z]{2,8})?-[0-9]{3}")]
    Code,
    /// An ISO 3166-2 subdivision: `US-CA`, `GB-SCT`. The state privacy laws are drawn by
    /// state, so a region can be one; [`crate::types::literals::region`] checks the code.
    #[regex(r"[A-Z]{2}-[A-Z][A-Z0-9]{0,2}")]
    Subdivision,
    /// An international phone number: `+86-400-6700-866`.
    #[regex(r"\+[0-9][0-9\-]*")]
    Phone,
    /// A string: from `"` to the next `"` not escaped by a backslash. Read by [`string`].
    #[token("\"", string)]
    String,
    /// A string with no closing quote: it runs to the end of the file. Reported, not guessed.
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
    /// Every token kind, to look one up by its description.
    pub const ALL: [Token; 21] = [
        Token::Newline,
        Token::Comment,
        Token::Ident,
        Token::Number,
        Token::Date,
        Token::Email,
        Token::Url,
        Token::Code,
        Token::Subdivision,
        Token::Phone,
        Token::String,
        Token::UnterminatedString,
        Token::LBrace,
        Token::RBrace,
        Token::LBracket,
        Token::RBracket,
        Token::Comma,
        Token::Semi,
        Token::PathSep,
        Token::Colon,
        Token::Star,
    ];

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
            Token::Subdivision => "region code",
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
            Token::Subdivision => "地区代码",
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

/// The rest of a string after its opening quote, read by hand: a backslash escapes whatever
/// follows it (even a line break), and the string ends at the first other `"`, or runs to the
/// end of the file. A regular expression for this compiles, in logos, to states that call
/// each other once per character, which overflowed the stack on a string of a million
/// characters in an unoptimised build; this loop needs no stack.
fn string(lex: &mut logos::Lexer<'_, Token>) -> Token {
    let rest = lex.remainder().as_bytes();
    let mut i = 0;
    while let Some(&b) = rest.get(i) {
        match b {
            b'"' => {
                lex.bump(i + 1);
                return Token::String;
            }
            // Bytes of a multi-byte character are never `"` or `\`, so stepping over the
            // first byte of an escaped character is as good as stepping over all of it.
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
    lex.bump(rest.len());
    Token::UnterminatedString
}

/// The rest of a comment, up to the end of its line (see [`string`] for why by hand).
fn comment(lex: &mut logos::Lexer<'_, Token>) {
    let rest = lex.remainder();
    lex.bump(rest.find(['\n', '\r']).unwrap_or(rest.len()));
}

/// Bumps `lex` over the characters that `part` accepts.
fn take_while(lex: &mut logos::Lexer<'_, Token>, part: impl Fn(char) -> bool) {
    let rest = lex.remainder();
    lex.bump(rest.find(|c| !part(c)).unwrap_or(rest.len()));
}

/// The domain of an email address: anything up to white space or punctuation of the
/// language; [`crate::types::literals`] checks its shape.
fn email(lex: &mut logos::Lexer<'_, Token>) {
    take_while(lex, |c| {
        !c.is_whitespace() && !matches!(c, '"' | '{' | '}' | '[' | ']' | ',' | ';' | ':' | '/')
    });
}

/// The rest of a URL: anything up to white space or punctuation of the language.
fn url(lex: &mut logos::Lexer<'_, Token>) {
    take_while(lex, |c| {
        !c.is_whitespace() && !matches!(c, '"' | '{' | '}' | '[' | ']' | ',' | ';' | '<' | '>')
    });
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
    fn subdivisions_beside_codes() {
        use Token::*;
        assert_eq!(
            kinds("region US-CA, GB-SCT allow CCPA-SALE-001 US"),
            vec![Ident, Subdivision, Comma, Subdivision, Ident, Code, Ident]
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
        assert_eq!(kinds("\"a\\\"b\\\\\" x"), vec![String, Ident]);
        assert_eq!(
            kinds("\"a\\\n\" \"手\\机"),
            vec![String, UnterminatedString]
        );
        assert_eq!(kinds("\"open\\"), vec![UnterminatedString]);
        assert_eq!(kinds("\u{FEFF}a\r\nb"), vec![Ident, Newline, Ident]);
        assert_eq!(
            kinds("std::pipl::*"),
            vec![Ident, PathSep, Ident, PathSep, Star]
        );
    }

    /// A string or comment of a million characters on one line lexes as one token, without
    /// recursion per character (which overflowed the stack of an unoptimised build).
    #[test]
    fn a_million_character_string_and_comment() {
        let body = "x\\\"手 ".repeat(200_000);
        for (text, kind) in [
            (format!("\"{body}\""), Token::String),
            (format!("\"{body}"), Token::UnterminatedString),
            (format!("//{body}"), Token::Comment),
            (format!("a@{}", "手".repeat(300_000)), Token::Email),
            (format!("https://{}", "手".repeat(300_000)), Token::Url),
        ] {
            let handle = std::thread::Builder::new()
                .stack_size(256 * 1024)
                .spawn(move || lex(&text));
            let toks = handle.unwrap().join().unwrap();
            assert_eq!(toks.len(), 1, "{kind:?}");
            assert_eq!(toks[0].0, kind);
        }
    }

    #[test]
    fn spans_are_byte_ranges() {
        let toks = lex("\"手\" x");
        assert_eq!(toks[0].1, 0..5);
        assert_eq!(toks[1].1, 6..7);
    }
}
