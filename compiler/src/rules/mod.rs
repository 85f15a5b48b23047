//! The legal rules: consistency checks over the typed model, per profile.
//!
//! Each rule is one file with its code, severity, profile, bilingual title, the provision it
//! rests on, and its check; its `polc explain` page is `docs/rules/<CODE>.md` (wrong and right
//! example), and `docs/rules.md` is generated from [`registry`] (a test keeps it current).
//! Rules read the model through [`Ctx`], whose [`graph::Graph`] holds every edge data takes
//! (category -> purpose -> recipient -> region) with the basis that makes it lawful; they never
//! look at syntax.
//!
//! Rules run only on a policy without front-end errors: a half-lowered model would make them
//! report things that are not there. Their diagnostics then pass through the author's
//! justified suppressions ([`suppress`]).

pub mod core;
pub mod docs;
pub mod gdpr;
pub mod graph;
pub mod pipl;
pub mod suppress;

use std::collections::HashSet;

use crate::diag::codes::CodeInfo;
use crate::diag::{Diagnostic, Severity};
use crate::ir::{Item, ItemId, Policy};
use crate::types::schema::Kind;

/// Which law a rule belongs to. `Core` rules are logical consistency and run under every profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Profile {
    Core,
    Pipl,
    Gdpr,
}

impl Profile {
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Core => "core",
            Profile::Pipl => "pipl",
            Profile::Gdpr => "gdpr",
        }
    }
}

/// A legal rule.
pub struct Rule {
    pub info: CodeInfo,
    pub profile: Profile,
    /// The provisions it rests on, as cited in the rules catalogue.
    pub article: &'static str,
    pub check: fn(&Ctx, &mut Vec<Diagnostic>),
}

/// Every rule, in documentation order.
static RULES: &[&Rule] = &[
    &core::decl_001::RULE,
    &core::decl_002::RULE,
    &core::purp_001::RULE,
    &core::prom_001::RULE,
    &core::prom_002::RULE,
    &core::stor_001::RULE,
];

pub fn registry() -> impl Iterator<Item = &'static Rule> {
    RULES
        .iter()
        .chain(pipl::RULES)
        .chain(pipl::notice::RULES)
        .chain(pipl::transfer::RULES)
        .chain(pipl::duties::RULES)
        .chain(gdpr::RULES)
        .copied()
}

/// What a rule sees: the model, its data-flow graph, and helpers for the questions every rule
/// asks (which role a recipient has, whether a basis is a form of consent, ...).
pub struct Ctx<'a> {
    pub policy: &'a Policy,
    pub graph: graph::Graph,
    /// What the `retention` items cover, computed once: several rules ask per purpose.
    retention: RetentionCover,
}

/// The purposes and categories that `retention` items name, and whether one of them is a
/// period for everything (a `period` with neither `data` nor `for`).
#[derive(Default)]
struct RetentionCover {
    blanket: bool,
    purposes: HashSet<ItemId>,
    categories: HashSet<ItemId>,
}

impl RetentionCover {
    fn of(policy: &Policy) -> RetentionCover {
        let mut cover = RetentionCover::default();
        for r in policy.of_kind(Kind::Retention) {
            let (data, purposes) = (r.fields.refs("data"), r.fields.refs("for"));
            cover.blanket |= data.is_empty() && purposes.is_empty() && r.fields.has("period");
            cover.purposes.extend(purposes);
            cover.categories.extend(data);
        }
        cover
    }
}

impl<'a> Ctx<'a> {
    pub fn new(policy: &'a Policy) -> Ctx<'a> {
        Ctx {
            policy,
            graph: graph::Graph::build(policy),
            retention: RetentionCover::of(policy),
        }
    }

    pub fn item(&self, id: ItemId) -> Option<&'a Item> {
        self.policy.item(id)
    }

    /// The stdlib definition an item descends from through `: parent` (a recipient's role, a
    /// right's kind), by its name: `entrusted_party`, `delete`.
    pub fn root_name(&self, id: ItemId) -> Option<&'a str> {
        let mut current = self.item(id)?;
        for _ in 0..8 {
            match current.parent.and_then(|p| self.item(p)) {
                Some(parent) => current = parent,
                None => break,
            }
        }
        let module = self.policy.module(current.module)?;
        module.is_std.then(|| current.name())
    }

    /// The consent form of a basis (`general`, `separate`, `written`, `guardian`, `none`).
    pub fn consent_form(&self, basis: ItemId) -> Option<&'static str> {
        self.item(basis)?.fields.option("consent")
    }

    /// Whether a recipient is outside mainland China: see [`graph::is_overseas`].
    pub fn is_overseas(&self, recipient: ItemId) -> bool {
        graph::is_overseas(self.policy, recipient)
    }

    pub fn items(&self, kind: Kind) -> impl Iterator<Item = &'a Item> {
        self.policy.of_kind(kind)
    }
}

/// Runs every rule of the policy's profiles (and the core rules).
pub fn run(policy: &Policy) -> Vec<Diagnostic> {
    let ctx = Ctx::new(policy);
    let mut out = Vec::new();
    for rule in registry() {
        let applies = match rule.profile {
            Profile::Core => true,
            Profile::Pipl => policy.profiles.contains(&"pipl"),
            Profile::Gdpr => policy.profiles.contains(&"gdpr"),
        };
        if applies {
            (rule.check)(&ctx, &mut out);
        }
    }
    out
}

/// The severity a rule was registered with (for tests and docs).
pub fn severity_of(code: crate::diag::Code) -> Option<Severity> {
    registry()
        .find(|r| r.info.code == code)
        .map(|r| r.info.severity)
}

impl Ctx<'_> {
    /// Where `target` is referenced inside `item` (the first place), for primary labels such
    /// as "this entry of the flow".
    pub fn reference_in(&self, item: ItemId, target: ItemId) -> Option<crate::source::Span> {
        let container = self.item(item)?.span;
        self.policy
            .references
            .iter()
            .find(|r| {
                r.target == target
                    && r.span.file == container.file
                    && container.start <= r.span.start
                    && r.span.end <= container.end
            })
            .map(|r| r.span)
    }

    /// Whether a retention entry covers a purpose: one that names it in `for`, entries whose
    /// `data` list every category it uses, or an entry with a `period` and neither `data` nor
    /// `for` (a period for everything). Both PIPL-RET-001 and GDPR-NOTICE-001 ask this.
    pub fn retention_covers(&self, purpose: ItemId) -> bool {
        let cover = &self.retention;
        cover.blanket
            || cover.purposes.contains(&purpose)
            || self.item(purpose).is_some_and(|p| {
                let uses = p.fields.refs("uses");
                !uses.is_empty() && uses.iter().all(|c| cover.categories.contains(c))
            })
    }

    /// The kinds of right the policy offers, by their stdlib ids (`access`, `delete`, ...):
    /// what PIPL-RIGHTS-001, PIPL-ADM-001 and GDPR-RIGHTS-001 compare against their lists.
    pub fn offered_rights(&self) -> Vec<&str> {
        self.items(Kind::Right)
            .filter_map(|r| self.root_name(r.id))
            .collect()
    }

    /// An item's name span, for labels.
    pub fn name_span(&self, id: ItemId) -> Option<crate::source::Span> {
        self.item(id).map(Item::name_span)
    }

    /// `phone`, or `std::gbt35273::contact` for a stdlib item.
    pub fn display(&self, id: ItemId) -> String {
        self.policy.qualified_name(id)
    }
}

/// The diagnostic as a warning: for the rules whose catalogue entry gives some variants a
/// lower severity than the rule's registered one ("error; warning for (b)").
pub fn warning(mut d: Diagnostic) -> Diagnostic {
    d.severity = Severity::Warning;
    d
}

/// `a`, `a and b`, `a, b and c`.
pub fn list_en(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
