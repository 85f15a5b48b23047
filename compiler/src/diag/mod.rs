//! The one diagnostic type every phase returns and every front end renders.
//!
//! Phases never print: they return [`Diagnostic`] values. The CLI renders them with ariadne
//! ([`render::human`]) or as JSON ([`render::json`]); the language server maps the same values
//! to LSP diagnostics. Every diagnostic has a stable [`Code`] from [`codes`], a bilingual
//! message, a primary label and, where a natural one exists, a machine-applicable [`Fix`].

pub mod catalog;
pub mod codes;
pub mod printable;
pub mod render;
pub mod sarif;
pub mod suggest;

pub use catalog::Locale;
pub use codes::Code;

use crate::source::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// Text shown to people: a key into the message catalogues ([`catalog`]) and its named
/// arguments, rendered in the reader's language only when shown (human output, JSON, SARIF,
/// the language server). The wording lives in `compiler/catalogues/<tag>/*.ftl`; English
/// follows the house style (lower case, no final period, user input in backticks), Chinese
/// uses full-width punctuation and 「」 around user input.
///
/// `Literal` is the older form with the wording of two languages in Rust: still accepted, so
/// that code written that way keeps building until `scripts/catalogue_messages.py` moves it
/// into the catalogues, but new code uses [`Message::key`] (a test ratchets the count down).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Message {
    Key {
        key: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
    Literal {
        en: String,
        zh: String,
    },
    /// A message whose quoted item names (`` `register` ``, 「register」) are shown as the
    /// item's mention (`purpose “Account registration” (register)`), each in the reader's
    /// language: see rules/mention.rs.
    Mentioned {
        message: Box<Message>,
        mentions: Vec<(String, Message)>,
    },
}

/// An argument of a message: an already rendered value (an item's name, a number, an
/// article), or a message of its own, rendered in the same language.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Arg {
    Text(String),
    /// A count: catalogues may select a plural form on it (`{ $count -> [one] ... }`).
    Number(i64),
    Message(Box<Message>),
    /// Text the author wrote in several languages (an item's label), by language tag: the
    /// reader's, else along the fallback chain, else the first given.
    Translated(Vec<(String, String)>),
}

impl Message {
    /// Wording written in Rust, English and Chinese. Prefer [`Message::key`].
    pub fn new(en: impl Into<String>, zh: impl Into<String>) -> Message {
        Message::Literal {
            en: en.into(),
            zh: zh.into(),
        }
    }

    /// The catalogue entry `key`; add its arguments with [`Message::arg`].
    pub fn key(key: &'static str) -> Message {
        Message::Key {
            key,
            args: Vec::new(),
        }
    }

    /// Sets the argument `$name` to a value shown as it is (a name, a number, a path).
    #[must_use]
    pub fn arg<T: std::fmt::Display + ?Sized>(self, name: &'static str, value: &T) -> Message {
        self.with_arg(name, Arg::Text(value.to_string()))
    }

    /// Sets the argument `$name` to a count, on which a catalogue may choose a plural form.
    #[must_use]
    pub fn num(self, name: &'static str, n: usize) -> Message {
        self.with_arg(name, Arg::Number(i64::try_from(n).unwrap_or(i64::MAX)))
    }

    /// Sets the argument `$name` to the author's text in several languages (`[("en", ..),
    /// ("zh", ..)]`).
    #[must_use]
    pub fn arg_translated(self, name: &'static str, texts: Vec<(String, String)>) -> Message {
        self.with_arg(name, Arg::Translated(texts))
    }

    /// Sets the argument `$name` to a value the code still words per language (a list joined
    /// with `, ` or `、`, a kind's name): readers of Chinese get `zh`, every other language
    /// `en`. Prefer an argument every language words in its catalogue; this keeps calls
    /// converted from wording written in both languages in Rust byte-identical.
    #[must_use]
    pub fn arg_en_zh<E, Z>(self, name: &'static str, en: &E, zh: &Z) -> Message
    where
        E: std::fmt::Display + ?Sized,
        Z: std::fmt::Display + ?Sized,
    {
        self.arg_translated(
            name,
            vec![
                ("en".to_string(), en.to_string()),
                ("zh".to_string(), zh.to_string()),
            ],
        )
    }

    /// Sets the argument `$name` to another message, rendered in the reader's language.
    #[must_use]
    pub fn arg_msg(self, name: &'static str, value: Message) -> Message {
        self.with_arg(name, Arg::Message(Box::new(value)))
    }

    fn with_arg(self, name: &'static str, value: Arg) -> Message {
        match self {
            Message::Key { key, mut args } => {
                args.retain(|(n, _)| *n != name);
                args.push((name, value));
                Message::Key { key, args }
            }
            other => other,
        }
    }

    /// The message in the reader's language, from the catalogues in use ([`catalog::global`]).
    pub fn get(&self, lang: impl Into<Locale>) -> String {
        self.render(catalog::global(), &lang.into())
    }

    /// English, the language every catalogue falls back to.
    pub fn en(&self) -> String {
        self.get(Locale::en())
    }

    /// Chinese.
    pub fn zh(&self) -> String {
        self.get(Lang::Zh)
    }

    /// The message in `locale` from `catalogues`. A key or argument missing there falls back
    /// to English and is recorded ([`catalog::fallbacks`]), never a panic.
    pub fn render(&self, catalogues: &catalog::Catalogues, locale: &Locale) -> String {
        let (text, gaps) = self.render_traced(catalogues, locale);
        for g in gaps {
            catalog::record_gap(g);
        }
        text
    }

    /// [`Message::render`], returning what fell back instead of recording it: the
    /// pseudo-locale test uses it to prove no wording bypasses the catalogues.
    pub fn render_traced(
        &self,
        catalogues: &catalog::Catalogues,
        locale: &Locale,
    ) -> (String, Vec<String>) {
        match self {
            Message::Literal { en, zh } => {
                let text = if locale.is_zh() { zh } else { en };
                let gap = (!matches!(locale.as_str(), "en" | "zh"))
                    .then(|| format!("wording in Rust, not in a catalogue: {en}"));
                (text.clone(), gap.into_iter().collect())
            }
            Message::Mentioned { message, mentions } => {
                let (text, mut gaps) = message.render_traced(catalogues, locale);
                let with = |n: &str| {
                    let (_, m) = mentions.iter().find(|(name, _)| name == n)?;
                    let (t, g) = m.render_traced(catalogues, locale);
                    Some((t, g))
                };
                let mut inner_gaps = Vec::new();
                let mut text = text;
                for (open, close) in QUOTES {
                    text = replace_quoted(&text, open, close, |n| {
                        with(n).map(|(t, g)| {
                            inner_gaps.extend(g);
                            t
                        })
                    });
                }
                gaps.extend(inner_gaps);
                (text, gaps)
            }
            Message::Key { key, args } => {
                let mut gaps = Vec::new();
                let rendered: Vec<(&'static str, catalog::Value)> = args
                    .iter()
                    .map(|(name, a)| match a {
                        Arg::Text(t) => (*name, catalog::Value::Text(t.clone())),
                        Arg::Number(n) => (*name, catalog::Value::Number(*n)),
                        Arg::Translated(texts) => {
                            let chain = locale.chain();
                            let text = chain
                                .iter()
                                .find_map(|tag| texts.iter().find(|(t, _)| t == tag))
                                .or(texts.first())
                                .map(|(_, t)| t.clone())
                                .unwrap_or_default();
                            (*name, catalog::Value::Text(text))
                        }
                        Arg::Message(m) => {
                            let (t, g) = m.render_traced(catalogues, locale);
                            gaps.extend(g);
                            (*name, catalog::Value::Text(t))
                        }
                    })
                    .collect();
                let f = catalogues.format(locale, key, &catalog::fluent_args(&rendered));
                if f.found.as_deref() != Some(locale.as_str()) {
                    gaps.push(format!(
                        "{key}: not in the `{locale}` catalogue (shown from {})",
                        f.found.as_deref().unwrap_or("none")
                    ));
                }
                gaps.extend(f.errors.into_iter().map(|e| format!("error: {e}")));
                (f.text, gaps)
            }
        }
    }

    /// The catalogue key, `None` for wording written in Rust.
    pub fn key_name(&self) -> Option<&'static str> {
        match self {
            Message::Key { key, .. } => Some(key),
            Message::Literal { .. } => None,
            Message::Mentioned { message, .. } => message.key_name(),
        }
    }
}

/// How catalogues quote an identifier: backticks (English and most languages), corner
/// brackets (Chinese).
pub const QUOTES: [(&str, &str); 2] = [("`", "`"), ("「", "」")];

/// Replaces every `open NAME close` whose NAME is an identifier path (`a_b`, `std::x::y`) and
/// which `with` knows.
pub fn replace_quoted(
    text: &str,
    open: &str,
    close: &str,
    mut with: impl FnMut(&str) -> Option<String>,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        let (before, from) = rest.split_at(start);
        out.push_str(before);
        let inner_from = from.get(open.len()..).unwrap_or("");
        let replaced = inner_from.find(close).and_then(|end| {
            let inner = inner_from.get(..end)?;
            let is_path = !inner.is_empty()
                && inner
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':');
            let new = if is_path { with(inner) } else { None }?;
            Some((new, open.len() + end + close.len()))
        });
        match replaced {
            Some((new, consumed)) => {
                out.push_str(&new);
                rest = from.get(consumed..).unwrap_or("");
            }
            None => {
                // Not a mention: keep the opening quote and go on after it, so that the
                // closing quote can open the next one (`a` and `b`).
                out.push_str(open);
                rest = inner_from;
            }
        }
    }
    out.push_str(rest);
    out
}

impl serde::Serialize for Message {
    /// As the English text, the form reports and snapshots have always had.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.en())
    }
}

/// The two languages of pages (backends/site), which move to language tags with the page
/// catalogues; diagnostics take any [`Locale`], and a `Lang` converts into one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Label {
    pub span: Span,
    pub message: Option<Message>,
}

/// One replacement of the text at `span` by `new_text`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TextEdit {
    pub span: Span,
    pub new_text: String,
}

/// A suggested change that resolves the diagnostic, applicable by a machine (an editor's
/// quick fix, `polc check --fix` later).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Fix {
    pub title: Message,
    pub edits: Vec<TextEdit>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub message: Message,
    pub primary: Label,
    pub related: Vec<Label>,
    pub help: Option<Message>,
    pub fixes: Vec<Fix>,
}

impl Diagnostic {
    /// A diagnostic with the code's registered severity.
    pub fn new(code: Code, span: Span, message: Message) -> Diagnostic {
        Diagnostic {
            code,
            severity: code.severity(),
            message,
            primary: Label {
                span,
                message: None,
            },
            related: Vec::new(),
            help: None,
            fixes: Vec::new(),
        }
    }

    /// Says what is wrong *here*, under the primary span.
    pub fn with_label(mut self, message: Message) -> Diagnostic {
        self.primary.message = Some(message);
        self
    }

    pub fn with_related(mut self, span: Span, message: Message) -> Diagnostic {
        self.related.push(Label {
            span,
            message: Some(message),
        });
        self
    }

    pub fn with_help(mut self, help: Message) -> Diagnostic {
        self.help = Some(help);
        self
    }

    pub fn with_fix(
        mut self,
        title: Message,
        span: Span,
        new_text: impl Into<String>,
    ) -> Diagnostic {
        self.fixes.push(Fix {
            title,
            edits: vec![TextEdit {
                span,
                new_text: new_text.into(),
            }],
        });
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Sorts diagnostics by file, then position, then code, and drops exact duplicates, so that
/// every renderer shows them in the same, deterministic order.
pub fn sort_and_dedup(diags: &mut Vec<Diagnostic>) {
    diags.sort_by_cached_key(|d| (d.primary.span, d.code.as_str(), d.message.en()));
    diags.dedup();
}
