//! Field values in a form that can be compared across two versions of a policy.
//!
//! Two analyses have separate arenas, so an `ItemId` means nothing outside its own policy. A
//! reference is compared by the identity of what it points at: its kind and qualified name,
//! with the old side's names translated through the renames found so far (so `uses phone`
//! and, after `phone` was renamed `mobile`, `uses mobile` are the same value). Spans are
//! dropped; the values of a list field are a multiset (`uses a, b` equals `uses b, a`).

use std::collections::{BTreeMap, HashMap};

use crate::ir::{Fields, Item, ItemId, Policy, Value};
use crate::types::schema::Kind;

/// A typed value without spans or arena ids.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Canon {
    Text {
        zh: Option<String>,
        en: Option<String>,
    },
    /// A string, email, URL, phone number or region code (the tag keeps `CN` the region apart
    /// from a string `CN`).
    Str(&'static str, String),
    Bool(bool),
    Int(u64),
    Date(crate::types::literals::Date),
    /// Amount and unit word; [`Canon::days`] gives a comparable length.
    Duration(u32, &'static str),
    Ref(Kind, String),
    Option(&'static str),
    /// A nested block that is one of several values (records are otherwise flattened).
    Record(Vec<(String, Vec<Canon>)>),
}

impl Canon {
    /// A duration's approximate length in days, to tell a longer period from a shorter one.
    pub fn days(&self) -> Option<f64> {
        let Canon::Duration(amount, unit) = self else {
            return None;
        };
        let per = match *unit {
            "hour" | "hours" => 1.0 / 24.0,
            "day" | "days" => 1.0,
            // Five working days to a week of seven.
            "working_day" | "working_days" => 1.4,
            "week" | "weeks" => 7.0,
            "month" | "months" => 30.0,
            _ => 365.0,
        };
        Some(f64::from(*amount) * per)
    }

    /// The value as a reader sees it, in one language.
    pub fn display(&self, zh: bool) -> String {
        match self {
            Canon::Text { zh: z, en } => {
                let text = if zh {
                    z.as_ref().or(en.as_ref())
                } else {
                    en.as_ref().or(z.as_ref())
                };
                shorten(text.map(String::as_str).unwrap_or(""))
            }
            Canon::Str(_, s) => s.clone(),
            Canon::Bool(b) => match (b, zh) {
                (true, true) => "是".into(),
                (false, true) => "否".into(),
                (true, false) => "yes".into(),
                (false, false) => "no".into(),
            },
            Canon::Int(n) => n.to_string(),
            Canon::Date(d) => d.to_string(),
            Canon::Duration(n, unit) => {
                if zh {
                    format!("{n}{}", unit_zh(unit))
                } else {
                    format!("{n} {}", unit.replace('_', " "))
                }
            }
            Canon::Ref(_, name) => name.clone(),
            Canon::Option(o) => o.to_string(),
            Canon::Record(fields) => {
                let parts: Vec<String> = fields
                    .iter()
                    .map(|(k, v)| {
                        let vs: Vec<String> = v.iter().map(|c| c.display(zh)).collect();
                        format!("{k} {}", vs.join(", "))
                    })
                    .collect();
                format!("{{ {} }}", parts.join("; "))
            }
        }
    }
}

fn unit_zh(unit: &str) -> &'static str {
    match unit {
        "hour" | "hours" => "小时",
        "day" | "days" => "天",
        "working_day" | "working_days" => "个工作日",
        "week" | "weeks" => "周",
        "month" | "months" => "个月",
        _ => "年",
    }
}

/// Long texts are cut for the summary; the change log names the item, not its prose.
fn shorten(text: &str) -> String {
    const MAX: usize = 48;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

/// How one side of the comparison names the items it refers to.
pub struct Namer<'a> {
    pub policy: &'a Policy,
    /// Old items renamed in the new version: their new names. Empty for the new side.
    pub renamed: &'a HashMap<ItemId, String>,
}

impl Namer<'_> {
    pub fn name(&self, id: ItemId) -> String {
        self.renamed
            .get(&id)
            .cloned()
            .unwrap_or_else(|| self.policy.qualified_name(id))
    }

    pub fn value(&self, value: &Value) -> Canon {
        match value {
            Value::Text(t) => Canon::Text {
                zh: t.zh.clone(),
                en: t.en.clone(),
            },
            Value::Str(s) => Canon::Str("str", s.clone()),
            Value::Email(s) => Canon::Str("email", s.clone()),
            Value::Url(s) => Canon::Str("url", s.clone()),
            Value::Phone(s) => Canon::Str("phone", s.clone()),
            Value::Region(s) => Canon::Str("region", s.clone()),
            Value::Bool(b) => Canon::Bool(*b),
            Value::Int(n) => Canon::Int(*n),
            Value::Date(d) => Canon::Date(*d),
            Value::Duration(d) => Canon::Duration(d.amount, d.unit.word(d.amount != 1)),
            Value::Ref(id) => {
                let kind = self.policy.item(*id).map_or(Kind::Clause, |i| i.kind);
                Canon::Ref(kind, self.name(*id))
            }
            Value::Option(o) => Canon::Option(o),
            Value::Record(fields) => Canon::Record(self.fields(fields).into_iter().collect()),
        }
    }

    /// An item's fields by key, nested blocks flattened to dotted keys (`controller.name`),
    /// with the `: parent` as the pseudo-field `kind`.
    pub fn item(&self, item: &Item) -> BTreeMap<String, Vec<Canon>> {
        let mut out = self.fields(&item.fields);
        if let Some(parent) = item.parent {
            out.insert("kind".into(), vec![self.value(&Value::Ref(parent))]);
        }
        out
    }

    fn fields(&self, fields: &Fields) -> BTreeMap<String, Vec<Canon>> {
        let mut out = BTreeMap::new();
        for field in &fields.0 {
            if let [single] = field.values.as_slice() {
                if let Value::Record(inner) = &single.value {
                    for (key, values) in self.fields(inner) {
                        out.insert(format!("{}.{key}", field.key), values);
                    }
                    continue;
                }
            }
            let mut values: Vec<Canon> =
                field.values.iter().map(|v| self.value(&v.value)).collect();
            values.sort();
            out.insert(field.key.to_string(), values);
        }
        out
    }
}
