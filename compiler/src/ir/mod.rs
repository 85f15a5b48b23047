//! The typed model of a checked policy: what the rules and backends read.
//!
//! Every item of every module (the stdlib's included) is an [`Item`] in one arena, addressed
//! by [`ItemId`]. References are ids, never strings; literals are typed (dates, durations,
//! regions); text is [`Text`] with one entry per language. Field values follow the schema in
//! [`crate::types::schema`], so a purpose's `uses` holds category ids and nothing else. The
//! accessors below return typed values; the kind-specific views (`purposes()`, `flows()`, ...)
//! are what rules and backends iterate over.

mod sensitivity;
pub mod views;

use views::View;

use crate::source::Span;
use crate::types::literals::{Date, Duration};
use crate::types::schema::Kind;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct ItemId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ModuleId(pub u32);

/// Text in each declared language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Text {
    pub zh: Option<String>,
    pub en: Option<String>,
}

impl Text {
    pub fn get(&self, lang: &str) -> Option<&str> {
        match lang {
            "zh" => self.zh.as_deref(),
            "en" => self.en.as_deref(),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

/// A field's value, typed by the schema.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(Text),
    Str(String),
    Bool(bool),
    Int(u64),
    Date(Date),
    Duration(Duration),
    Email(String),
    Url(String),
    Phone(String),
    Region(String),
    /// A reference to another item (a category, a basis, a contact used as a channel...).
    Ref(ItemId),
    /// One word of a fixed set, as the schema lists it.
    Option(&'static str),
    Record(Fields),
}

impl Value {
    pub fn as_text(&self) -> Option<&Text> {
        match self {
            Value::Text(t) => Some(t),
            _ => None,
        }
    }

    /// The text of a string-like value: a string, email, URL, phone number or region code.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s)
            | Value::Email(s)
            | Value::Url(s)
            | Value::Phone(s)
            | Value::Region(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_item(&self) -> Option<ItemId> {
        match self {
            Value::Ref(id) => Some(*id),
            _ => None,
        }
    }

    pub fn as_option(&self) -> Option<&'static str> {
        match self {
            Value::Option(o) => Some(o),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub key: &'static str,
    /// The whole `key value, value` entry.
    pub span: Span,
    pub values: Vec<Spanned<Value>>,
}

/// The fields of an item or of a nested record, in source order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fields(pub Vec<Field>);

impl Fields {
    pub fn get(&self, key: &str) -> Option<&Field> {
        self.0.iter().find(|f| f.key == key)
    }

    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn values(&self, key: &str) -> impl Iterator<Item = &Spanned<Value>> {
        self.get(key).into_iter().flat_map(|f| f.values.iter())
    }

    pub fn text(&self, key: &str) -> Option<&Text> {
        self.values(key).find_map(|v| v.value.as_text())
    }

    pub fn texts(&self, key: &str) -> Vec<&Text> {
        self.values(key).filter_map(|v| v.value.as_text()).collect()
    }

    /// A string-like value: a string, email, URL, phone number or region code.
    pub fn str(&self, key: &str) -> Option<&str> {
        self.values(key).find_map(|v| v.value.as_str())
    }

    pub fn strs(&self, key: &str) -> Vec<&str> {
        self.values(key).filter_map(|v| v.value.as_str()).collect()
    }

    /// A flag: `Some(true)` for `required` or `required yes`, `Some(false)` for `required no`.
    pub fn bool(&self, key: &str) -> Option<bool> {
        self.values(key).find_map(|v| match v.value {
            Value::Bool(b) => Some(b),
            _ => None,
        })
    }

    pub fn int(&self, key: &str) -> Option<u64> {
        self.values(key).find_map(|v| match v.value {
            Value::Int(n) => Some(n),
            _ => None,
        })
    }

    pub fn date(&self, key: &str) -> Option<Date> {
        self.values(key).find_map(|v| match v.value {
            Value::Date(d) => Some(d),
            _ => None,
        })
    }

    pub fn duration(&self, key: &str) -> Option<Duration> {
        self.values(key).find_map(|v| match v.value {
            Value::Duration(d) => Some(d),
            _ => None,
        })
    }

    /// The one item a single-reference field names.
    pub fn item(&self, key: &str) -> Option<ItemId> {
        self.values(key).find_map(|v| v.value.as_item())
    }

    pub fn refs(&self, key: &str) -> Vec<ItemId> {
        self.values(key).filter_map(|v| v.value.as_item()).collect()
    }

    pub fn option(&self, key: &str) -> Option<&'static str> {
        self.values(key).find_map(|v| v.value.as_option())
    }

    pub fn options(&self, key: &str) -> Vec<&'static str> {
        self.values(key)
            .filter_map(|v| v.value.as_option())
            .collect()
    }

    pub fn record(&self, key: &str) -> Option<&Fields> {
        self.values(key).find_map(|v| match &v.value {
            Value::Record(r) => Some(r),
            _ => None,
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Name {
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: ItemId,
    pub kind: Kind,
    pub name: Option<Name>,
    pub module: ModuleId,
    /// The whole declaration.
    pub span: Span,
    /// The standard category, role, right or promise kind after the `:`.
    pub parent: Option<ItemId>,
    pub fields: Fields,
}

impl Item {
    pub fn name(&self) -> &str {
        self.name.as_ref().map(|n| n.text.as_str()).unwrap_or("")
    }

    /// The span people should see for the item: its name, else the whole declaration.
    pub fn name_span(&self) -> Span {
        self.name.as_ref().map(|n| n.span).unwrap_or(self.span)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub id: ModuleId,
    /// `std::pipl`, or the file's path in the project with `::` separators (`recipients`).
    pub path: String,
    pub file: crate::source::FileId,
    pub is_std: bool,
    pub items: indexmap::IndexMap<String, ItemId>,
}

/// A resolved use of a name: where it is written and what it refers to. The language server
/// answers definition, references and rename from this table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    pub span: Span,
    pub target: ItemId,
}

/// `allow CODE because "..."`: the author silences a legal rule, with a written reason.
#[derive(Clone, Debug, PartialEq)]
pub struct Suppression {
    pub code: crate::diag::Code,
    pub justification: String,
    /// The `CODE because "..."` value.
    pub span: Span,
    /// The item it is written in.
    pub item: ItemId,
    /// Written in the `policy` header: applies to the whole policy. Otherwise it applies to
    /// diagnostics inside its item.
    pub policy_wide: bool,
}

/// The checked policy.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Policy {
    pub items: Vec<Item>,
    pub modules: Vec<Module>,
    /// The `policy` item of the project, if it has exactly one.
    pub header: Option<ItemId>,
    /// The languages every text must be written in (`zh`, `en`).
    pub languages: Vec<&'static str>,
    /// The legal profiles to check against (`pipl`, `gdpr`).
    pub profiles: Vec<&'static str>,
    pub references: Vec<Reference>,
    /// Every `allow`, in source order; the manifest lists them.
    pub suppressions: Vec<Suppression>,
}

impl Policy {
    pub fn item(&self, id: ItemId) -> Option<&Item> {
        self.items.get(id.0 as usize)
    }

    pub fn module(&self, id: ModuleId) -> Option<&Module> {
        self.modules.get(id.0 as usize)
    }

    /// Whether an item comes from the standard library rather than the author's files.
    pub fn is_std(&self, item: &Item) -> bool {
        self.module(item.module).is_some_and(|m| m.is_std)
    }

    /// The stdlib item an item is, or descends from through `: parent`: a right's or
    /// promise's stdlib kind, or the stdlib clause an author's clause words in their own way
    /// (`clause our_words: gb::change_contact { ... }`), so that rules and `polc diff` treat
    /// it as that clause. `None` for an item of the author's own making.
    pub fn std_origin(&self, id: ItemId) -> Option<&Item> {
        self.lineage(id).find(|item| self.is_std(item))
    }

    /// An item and the items it descends from through `: parent`, nearest first. Parents form
    /// a chain; the bound of eight stops a cycle (reported elsewhere).
    pub fn lineage(&self, id: ItemId) -> impl Iterator<Item = &Item> {
        std::iter::successors(self.item(id), |item| item.parent.and_then(|p| self.item(p))).take(8)
    }
    /// The items the author wrote (not the stdlib's), in source order.
    pub fn user_items(&self) -> impl Iterator<Item = &Item> {
        self.items
            .iter()
            .filter(move |i| self.module(i.module).is_some_and(|m| !m.is_std))
    }

    /// The author's items of one kind.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Item> {
        self.user_items().filter(move |i| i.kind == kind)
    }

    pub fn header(&self) -> Option<&Item> {
        self.header.and_then(|id| self.item(id))
    }

    /// The item's path as people write it: `std::pipl::consent`, `phone`.
    /// How messages name an item: its label in each language with its identifier in
    /// brackets, `purpose “Account registration” (register)` / `处理目的“账号注册”（register）`
    /// once the message's kind word is in front. `None` for an item without a label, which
    /// messages keep naming by its identifier alone.
    pub fn mention(&self, id: ItemId) -> Option<crate::diag::Message> {
        let item = self.item(id)?;
        let label = views::Labelled::of(item)?.label()?;
        let name = self.qualified_name(id);
        let texts: Vec<(String, String)> = [("en", &label.en), ("zh", &label.zh)]
            .into_iter()
            .filter_map(|(tag, t)| Some((tag.to_string(), t.clone()?)))
            .collect();
        if texts.is_empty() {
            return None;
        }
        // A label that only repeats the identifier adds nothing.
        if texts.iter().all(|(_, t)| *t == name) {
            return Some(crate::diag::Message::key("ir--mention-name").arg("name", &name));
        }
        // Per language too: where the label is the identifier, that language shows the name.
        let same: Vec<(String, String)> = texts
            .iter()
            .map(|(tag, t)| {
                (
                    tag.clone(),
                    if *t == name { "yes" } else { "no" }.to_string(),
                )
            })
            .collect();
        Some(
            crate::diag::Message::key("ir--mention-labelled")
                .arg("name", &name)
                .arg_translated("label", texts)
                .arg_translated("same", same),
        )
    }

    pub fn qualified_name(&self, id: ItemId) -> String {
        let Some(item) = self.item(id) else {
            return String::new();
        };
        match self.module(item.module) {
            Some(m) if m.is_std => format!("{}::{}", m.path, item.name()),
            _ => item.name().to_string(),
        }
    }

    /// The clauses a `Clauses` field stands for, with lists expanded (one level: lists hold
    /// clauses).
    pub fn clauses(&self, fields: &Fields, key: &str) -> Vec<ItemId> {
        self.expand_clauses(fields.refs(key))
    }

    /// The clauses a list of clause references stands for, with lists expanded (one level:
    /// lists hold clauses): what a view's `Clauses` field (`security.incident_contents()`)
    /// means.
    pub fn expand_clauses(&self, ids: Vec<ItemId>) -> Vec<ItemId> {
        let mut out = Vec::new();
        for id in ids {
            match self.item(id) {
                Some(item) if item.kind == Kind::List => out.extend(views::List(item).items()),
                Some(_) => out.push(id),
                None => {}
            }
        }
        out
    }

    /// Whether a category is sensitive personal information under PIPL (Art. 28; GB/T 35273
    /// Appendix B): `sensitive_under(category, "pipl")`, kept for the readers that only know
    /// PIPL's notion (see `sensitivity.rs` for the other laws').
    pub fn is_sensitive(&self, category: ItemId) -> bool {
        self.sensitive_under(category, "pipl")
    }
    /// Every reference to `target`.
    pub fn references_to(&self, target: ItemId) -> impl Iterator<Item = &Reference> {
        self.references.iter().filter(move |r| r.target == target)
    }
}
