//! The one diagnostic type every phase returns and every front end renders.
//!
//! Phases never print: they return [`Diagnostic`] values. The CLI renders them with ariadne
//! ([`render::human`]) or as JSON ([`render::json`]); the language server maps the same values
//! to LSP diagnostics. Every diagnostic has a stable [`Code`] from [`codes`], a bilingual
//! message, a primary label and, where a natural one exists, a machine-applicable [`Fix`].

pub mod codes;
pub mod printable;
pub mod render;
pub mod sarif;
pub mod suggest;

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

/// Text shown to people, in both languages. English messages follow the house style: lower
/// case, no final period, user input in backticks. Chinese messages use full-width punctuation
/// and 「」 around user input.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Message {
    pub en: String,
    pub zh: String,
}

impl Message {
    pub fn new(en: impl Into<String>, zh: impl Into<String>) -> Message {
        Message {
            en: en.into(),
            zh: zh.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }
}

/// The language a diagnostic is shown in.
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
    diags.sort_by(|a, b| {
        (a.primary.span, a.code.as_str(), &a.message.en).cmp(&(
            b.primary.span,
            b.code.as_str(),
            &b.message.en,
        ))
    });
    diags.dedup();
}
