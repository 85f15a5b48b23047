//! `polc diff`: a semantic diff of two checked versions of a policy.
//!
//! The diff compares typed models, not text. Items are paired by kind and name
//! ([`matching`]); an item renamed without a change of meaning is reported as a rename, not as
//! a removal and an addition, and references to it compare equal under either name
//! ([`canon`]). Each changed item is classified ([`classify`]) as needing fresh or separate
//! consent (PIPL Art. 14 ¶2, 23, 25, 29, 39), a major change (GB/T 35273-2020 App. D and the
//! policy's own `changes { major ... }` list) or minor (Art. 17 ¶2: notify the changed part),
//! each with the provision it rests on. [`changelog`] writes the bilingual version-history
//! entry; [`rule`] is PIPL-CHANGE-002, the diagnostics a major change raises when the new
//! version does not announce it.

pub mod canon;
pub mod changelog;
pub mod classify;
pub mod matching;
pub mod rule;

use std::collections::BTreeSet;

use crate::diag::Message;
use crate::ir::{Item, Policy};
use crate::source::Span;
use crate::types::schema::{spec, Kind};
use canon::{Canon, Namer};
use matching::Pair;

/// What happened to an item.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "op")]
pub enum Op {
    Added,
    Removed,
    Changed,
    /// Same kind and meaning under a new name: not a change of the policy.
    Renamed {
        from: String,
    },
}

/// How much a change matters, least first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Impact {
    /// A rename that keeps the meaning.
    None,
    /// Notify the changed part (PIPL Art. 17 ¶2).
    Minor,
    /// A major change: a prominent notice (GB/T 35273 App. D, or the policy's own list).
    Major,
    /// A major change that also needs fresh or separate consent.
    Consent,
}

impl Impact {
    pub fn as_str(self) -> &'static str {
        match self {
            Impact::None => "none",
            Impact::Minor => "minor",
            Impact::Major => "major",
            Impact::Consent => "consent",
        }
    }
}

/// The major changes of GB/T 35273-2020 App. D (`std::gbt35273::major_changes`) and the two
/// pol adds (`change_cross_border`, `change_sensitive`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Major {
    ServiceModel,
    Ownership,
    Recipients,
    Rights,
    Contact,
    CrossBorder,
    Sensitive,
}

impl Major {
    /// The stdlib clause, `std::gbt35273::<id>`.
    pub fn id(self) -> &'static str {
        match self {
            Major::ServiceModel => "change_service_model",
            Major::Ownership => "change_ownership",
            Major::Recipients => "change_recipients",
            Major::Rights => "change_rights",
            Major::Contact => "change_contact",
            Major::CrossBorder => "change_cross_border",
            Major::Sensitive => "change_sensitive",
        }
    }

    /// Whether GB/T 35273-2020 App. D itself lists it (the other two count when the policy's
    /// own list names them, or through the consent they need).
    pub fn in_app_d(self) -> bool {
        !matches!(self, Major::CrossBorder | Major::Sensitive)
    }

    pub fn title(self) -> Message {
        match self {
            Major::ServiceModel => Message::key("diff--change-service-model"),
            Major::Ownership => Message::key("diff--change-owner-organisation"),
            Major::Recipients => Message::key("diff--change-main-recipients"),
            Major::Rights => Message::key("diff--change-individuals-rights-how-they"),
            Major::Contact => Message::key("diff--change-responsible-department-contact-complaint"),
            Major::CrossBorder => Message::key("diff--change-outbound-transfers"),
            Major::Sensitive => Message::key("diff--new-category-sensitive-personal-information"),
        }
    }
}

impl serde::Serialize for Major {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// Why a change needs fresh or separate consent: `std::pipl::reconsent_triggers`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Consent {
    PurposeChanged,
    MethodChanged,
    CategoriesAdded,
    Provision,
    Disclosure,
    Sensitive,
    CrossBorder,
}

impl Consent {
    /// The stdlib clause, `std::pipl::<id>`.
    pub fn id(self) -> &'static str {
        match self {
            Consent::PurposeChanged => "reconsent_purpose_changed",
            Consent::MethodChanged => "reconsent_method_changed",
            Consent::CategoriesAdded => "reconsent_categories_added",
            Consent::Provision => "reconsent_provision",
            Consent::Disclosure => "reconsent_disclosure",
            Consent::Sensitive => "reconsent_sensitive",
            Consent::CrossBorder => "reconsent_cross_border",
        }
    }

    pub fn article(self) -> &'static str {
        match self {
            Consent::PurposeChanged | Consent::MethodChanged | Consent::CategoriesAdded => {
                "PIPL Art. 14 ¶2"
            }
            Consent::Provision => "PIPL Art. 23",
            Consent::Disclosure => "PIPL Art. 25",
            Consent::Sensitive => "PIPL Art. 29",
            Consent::CrossBorder => "PIPL Art. 39",
        }
    }

    pub fn article_zh(self) -> &'static str {
        match self {
            Consent::PurposeChanged | Consent::MethodChanged | Consent::CategoriesAdded => {
                "《个人信息保护法》第十四条第二款"
            }
            Consent::Provision => "《个人信息保护法》第二十三条",
            Consent::Disclosure => "《个人信息保护法》第二十五条",
            Consent::Sensitive => "《个人信息保护法》第二十九条",
            Consent::CrossBorder => "《个人信息保护法》第三十九条",
        }
    }

    /// Fresh consent (Art. 14 ¶2) or a separate consent (Arts 23, 25, 29, 39).
    pub fn separate(self) -> bool {
        !matches!(
            self,
            Consent::PurposeChanged | Consent::MethodChanged | Consent::CategoriesAdded
        )
    }
}

impl serde::Serialize for Consent {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// One reason a change is classified as it is, with the provision it rests on.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Ground {
    pub major: Option<Major>,
    pub consent: Option<Consent>,
    pub article: &'static str,
    pub why: Message,
}

/// A field whose values differ. Values are shown in each language.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldChange {
    /// `uses`, `period`, `controller.name` (nested blocks are dotted), `kind` for `: parent`.
    pub key: String,
    pub removed: Vec<Canon>,
    pub added: Vec<Canon>,
}

/// One item that differs between the versions.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub kind: Kind,
    /// The item's name in the new version (the old one when it was removed); empty for
    /// unnamed statements.
    pub name: String,
    /// What the item is called in the policy's text (its label or title), else its name.
    pub label: Message,
    pub op: Op,
    pub fields: Vec<FieldChange>,
    pub grounds: Vec<Ground>,
    pub impact: Impact,
    pub old_span: Option<Span>,
    pub new_span: Option<Span>,
}

impl Change {
    pub fn majors(&self) -> BTreeSet<Major> {
        self.grounds.iter().filter_map(|g| g.major).collect()
    }

    pub fn consents(&self) -> BTreeSet<Consent> {
        self.grounds.iter().filter_map(|g| g.consent).collect()
    }
}

/// The semantic difference between two versions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Diff {
    /// Most important first, then in kind and name order.
    pub changes: Vec<Change>,
    /// The major-change clauses the new version's `changes { major ... }` names (stdlib ids).
    pub own_major_list: Vec<String>,
}

impl Diff {
    /// The highest impact of any change; `None` when nothing changed.
    pub fn impact(&self) -> Impact {
        self.changes
            .iter()
            .map(|c| c.impact)
            .max()
            .unwrap_or(Impact::None)
    }

    /// Changes that alter the policy (renames excluded).
    pub fn real_changes(&self) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(|c| c.impact > Impact::None)
    }
}

/// Compares two checked policies. Both should be free of front-end errors: the diff of a
/// half-lowered model would report changes that are not there (the CLI refuses such input).
pub fn diff(old: &Policy, new: &Policy) -> Diff {
    let matched = matching::pair(old, new);
    let empty = std::collections::HashMap::new();
    let old_namer = Namer {
        policy: old,
        renamed: &matched.renamed,
    };
    let new_namer = Namer {
        policy: new,
        renamed: &empty,
    };
    let own_major_list = own_major_list(new);
    let sides = classify::Sides { old, new };
    let mut changes = Vec::new();
    for pair in &matched.pairs {
        let (op, old_item, new_item, fields) = match pair {
            Pair::Same { old, new } => {
                let fields = field_changes(&old_namer.item(old), &new_namer.item(new));
                if fields.is_empty() {
                    continue;
                }
                (Op::Changed, Some(*old), Some(*new), fields)
            }
            Pair::Renamed { old: o, new: n } => (
                Op::Renamed {
                    from: old.qualified_name(o.id),
                },
                Some(*o),
                Some(*n),
                Vec::new(),
            ),
            Pair::Added(n) => (Op::Added, None, Some(*n), Vec::new()),
            Pair::Removed(o) => (Op::Removed, Some(*o), None, Vec::new()),
        };
        let Some(item) = new_item.or(old_item) else {
            continue;
        };
        let grounds = classify::grounds(&sides, &op, old_item, new_item, &fields);
        let impact = impact(&op, &grounds, &own_major_list);
        changes.push(Change {
            kind: item.kind,
            name: item.name().to_string(),
            label: label(if new_item.is_some() { new } else { old }, item),
            op,
            fields,
            grounds,
            impact,
            old_span: old_item.map(Item::name_span),
            new_span: new_item.map(Item::name_span),
        });
    }
    changes.sort_by(|a, b| {
        (b.impact, a.kind, &a.name, a.new_span.is_none()).cmp(&(
            a.impact,
            b.kind,
            &b.name,
            b.new_span.is_none(),
        ))
    });
    Diff {
        changes,
        own_major_list,
    }
}

fn impact(op: &Op, grounds: &[Ground], own: &[String]) -> Impact {
    if matches!(op, Op::Renamed { .. }) {
        return Impact::None;
    }
    if grounds.iter().any(|g| g.consent.is_some()) {
        Impact::Consent
    } else if grounds
        .iter()
        .filter_map(|g| g.major)
        .any(|m| m.in_app_d() || own.iter().any(|id| id == m.id()))
    {
        Impact::Major
    } else {
        Impact::Minor
    }
}

/// The stdlib clauses of the new version's `changes { major ... }` (lists expanded; an author's
/// clause counts as the stdlib clause it derives from, `clause x: gb::change_contact`).
fn own_major_list(policy: &Policy) -> Vec<String> {
    let Some(changes) = policy.of_kind(Kind::Changes).next() else {
        return Vec::new();
    };
    policy
        .clauses(&changes.fields, "major")
        .into_iter()
        .filter_map(|id| policy.std_origin(id))
        .map(|i| i.name().to_string())
        .collect()
}

fn field_changes(old: &matching::Content, new: &matching::Content) -> Vec<FieldChange> {
    let keys: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    let mut out = Vec::new();
    for key in keys {
        let before = old.get(key).map(Vec::as_slice).unwrap_or(&[]);
        let after = new.get(key).map(Vec::as_slice).unwrap_or(&[]);
        if before == after {
            continue;
        }
        let mut removed = before.to_vec();
        let mut added = Vec::new();
        for value in after {
            match removed.iter().position(|v| v == value) {
                Some(i) => {
                    removed.remove(i);
                }
                None => added.push(value.clone()),
            }
        }
        out.push(FieldChange {
            key: key.clone(),
            removed,
            added,
        });
    }
    out
}

/// What the policy calls an item: its label or title in each language (a right's or
/// promise's standard label when it has none of its own), a flow by its recipients, else its
/// name, else its kind (`retention rule`).
fn label(policy: &Policy, item: &Item) -> Message {
    let mut current = Some(item);
    for _ in 0..8 {
        let Some(it) = current else { break };
        if let Some(t) = it.fields.text("label").or_else(|| it.fields.text("title")) {
            if let (Some(en), Some(zh)) = (&t.en, &t.zh) {
                return Message::key("diff--label").arg_en_zh("label", en, zh);
            }
        }
        current = it.parent.and_then(|p| policy.item(p));
    }
    if item.kind == Kind::Flow {
        let to: Vec<Message> = item
            .fields
            .refs("to")
            .into_iter()
            .filter_map(|r| policy.item(r))
            .map(|r| label(policy, r))
            .collect();
        if !to.is_empty() {
            let en: Vec<String> = to.iter().map(|m| m.en()).collect();
            let zh: Vec<String> = to.iter().map(|m| m.zh()).collect();
            return Message::key("diff--label").arg_en_zh("label", &en.join(", "), &zh.join("、"));
        }
    }
    let kind = spec(item.kind);
    if item.name().is_empty() {
        Message::key("diff--label").arg_en_zh("label", kind.en, kind.zh)
    } else {
        Message::key("diff--label").arg("label", &item.name())
    }
}
