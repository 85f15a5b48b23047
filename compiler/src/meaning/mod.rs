//! The meaning of a checked policy: every way data moves, with the basis that makes each move
//! lawful, its modality and its conditions. Computed once per analysis and read by everyone: the
//! rules, the decision table (and from it the OPA bundle, Cedar policies, `consents.json` and
//! `polc eval`), the pages and hover. A reader that needs a fact this module does not hold adds
//! it here, not beside it, so the checker, the evaluator and the pages cannot disagree.
//!
//! A purpose's `uses` gives `Use` edges (category -> purpose). A flow is one row of a sharing
//! table, not a cross product: it sends category *c* to each recipient for each listed purpose
//! **that uses *c*** (with no `for`, for each purpose that uses *c*). A category that no listed
//! purpose uses is a *stray* (CORE-PURP-001): it gives edges without a purpose, which the rules
//! see and the decision table allows nothing on. A flow that names no data (`share` alone:
//! 「我们不会与任何第三方共享您的个人信息，但……」) concerns the personal information as a whole: every
//! category its purposes use, each edge marked [`Edge::whole`].
//!
//! Each flow edge carries its modality (routine, `may`, `only_if`, `currently_not`), its trigger
//! (`when`) and its alternatives: one per `only_if` condition, else one. An alternative's basis
//! is the edge's (the flow's own, else its purpose's) plus the basis its condition gives while
//! it holds; the edge's [`Lawful`] is that of its weakest alternative, so a rule that asks "is
//! this flow lawful" asks whether it is lawful in every case the policy says it happens.

use std::collections::HashMap;

use crate::ir::views;
use crate::ir::{Item, ItemId, Policy};
use crate::types::schema::Kind;

pub mod territory;

use territory::{Abroad, Home};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    /// A purpose uses a category (collection and internal use).
    Use,
    /// 委托处理: to a processor acting on our instructions.
    Entrust,
    /// 共享 / 提供: to another handler.
    Share,
    /// 转移 / 转让: a transfer of control (merger, acquisition, ...).
    Transfer,
    /// 公开披露: to the public.
    Disclose,
}

impl EdgeKind {
    /// The kind of a flow item: which of `entrust`, `share`, `transfer`, `disclose` it has.
    pub fn of_flow(flow: &Item) -> Option<EdgeKind> {
        let flow = views::Flow(flow);
        [
            (views::Flow::ENTRUST, EdgeKind::Entrust),
            (views::Flow::SHARE, EdgeKind::Share),
            (views::Flow::TRANSFER, EdgeKind::Transfer),
            (views::Flow::DISCLOSE, EdgeKind::Disclose),
        ]
        .into_iter()
        .find(|(key, _)| flow.has(*key))
        .map(|(_, kind)| kind)
    }

    /// The categories a flow names after its verb (`share phone, email`); none for `Use`, and
    /// none when the verb stands alone (the personal information as a whole).
    pub fn named_data(self, flow: views::Flow) -> Vec<ItemId> {
        match self {
            EdgeKind::Use => Vec::new(),
            EdgeKind::Entrust => flow.entrust(),
            EdgeKind::Share => flow.share(),
            EdgeKind::Transfer => flow.transfer(),
            EdgeKind::Disclose => flow.disclose(),
        }
    }
}

/// Whether a recipient is outside mainland China in the PIPL's sense (Art. 38; HK, MO and TW
/// count as outside): see [`territory::is_pipl_overseas`]. Only the PIPL rules ask this.
pub fn is_overseas(policy: &Policy, recipient: ItemId) -> bool {
    territory::is_pipl_overseas(policy, recipient)
}

/// What kind of lawfulness an edge's basis gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Lawful {
    /// No basis at all.
    None,
    /// Ordinary consent (PIPL Art. 13 ¶1(1)).
    Consent,
    /// Consent of a parent or guardian (PIPL Art. 31).
    GuardianConsent,
    /// Separate or written consent (PIPL Art. 14, 23, 25, 29, 39).
    SeparateConsent,
    /// A basis that needs no consent: contract, legal duty, ... (PIPL Art. 13 ¶1(2)-(7)).
    Exception,
}

impl Lawful {
    /// Whether the person's (or a guardian's) consent is what makes it lawful.
    pub fn is_consent(self) -> bool {
        matches!(
            self,
            Lawful::Consent | Lawful::GuardianConsent | Lawful::SeparateConsent
        )
    }
}

/// How a practice happens, as the policy states it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// 我们会…… / "We …": it happens to everyone who meets its trigger.
    Routine,
    /// 我们可能…… / "We may …": a possibility the policy declares.
    May,
    /// 除以下情形外，我们不会…… / "We … only in the following cases": only when one of the
    /// alternatives' conditions holds; outside them, never.
    OnlyIf,
    /// 目前，我们不会…… / "We currently do not …": it does not happen.
    CurrentlyNot,
}

impl Modality {
    pub fn of_flow(flow: &Item) -> Modality {
        let flow = views::Flow(flow);
        if flow.currently_not() == Some(true) {
            Modality::CurrentlyNot
        } else if flow.has(views::Flow::ONLY_IF) {
            Modality::OnlyIf
        } else if flow.may() == Some(true) {
            Modality::May
        } else {
            Modality::Routine
        }
    }

    /// Whether the practice can happen at all under this modality.
    pub fn happens(self) -> bool {
        self != Modality::CurrentlyNot
    }
}

/// One case in which a flow edge happens: with no `only_if`, the single unconditional one.
#[derive(Clone, Debug, PartialEq)]
pub struct Alternative {
    /// The `only_if` condition that must hold, if any.
    pub condition: Option<ItemId>,
    /// The bases the practice rests on in this case.
    pub basis: Vec<ItemId>,
    pub lawful: Lawful,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    pub kind: EdgeKind,
    pub category: ItemId,
    pub purpose: Option<ItemId>,
    pub recipient: Option<ItemId>,
    /// The purpose or flow the edge comes from: what a rule reports.
    pub source: ItemId,
    /// The bases of the edge before any `only_if` condition: the flow's own, else its
    /// purpose's, plus those of its `when` conditions.
    pub basis: Vec<ItemId>,
    /// The lawfulness of the weakest alternative.
    pub lawful: Lawful,
    pub conditions: Vec<&'static str>,
    /// The recipient is outside the policy's home territory ([`Home`]): what "abroad" means to
    /// the policy's own promises and storage statements.
    pub cross_border: bool,
    /// Under which declared laws the recipient is abroad: what each law's transfer rules ask.
    pub abroad: Abroad,
    pub modality: Modality,
    /// Conditions that must all hold for the edge to happen (`when`).
    pub when: Vec<ItemId>,
    /// The cases in which it happens: one per `only_if` condition, else one without a condition.
    pub alternatives: Vec<Alternative>,
    /// The flow names no data (`share` alone): it concerns "your personal information" as a
    /// whole, and this edge is one of the categories that whole stands for.
    pub whole: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Graph {
    pub edges: Vec<Edge>,
    /// `(flow, category)` pairs where the flow sends a category that none of its purposes uses
    /// (or, with no `for`, that no purpose uses): CORE-PURP-001.
    pub strays: Vec<(ItemId, ItemId)>,
    /// Where the policy is at home: what "abroad" is measured from.
    pub home: Home,
}

impl Graph {
    pub fn build(policy: &Policy) -> Graph {
        let home = Home::of(policy);
        let mut edges = Vec::new();
        for purpose in policy.of_kind(Kind::Purpose).map(views::Purpose) {
            let basis = purpose.basis();
            let lawful = lawful(policy, &basis, &[]);
            for category in purpose.uses() {
                edges.push(Edge {
                    kind: EdgeKind::Use,
                    category,
                    purpose: Some(purpose.id),
                    recipient: None,
                    source: purpose.id,
                    basis: basis.clone(),
                    lawful,
                    conditions: Vec::new(),
                    cross_border: false,
                    abroad: Abroad::default(),
                    modality: Modality::Routine,
                    when: Vec::new(),
                    alternatives: vec![Alternative {
                        condition: None,
                        basis: basis.clone(),
                        lawful,
                    }],
                    whole: false,
                });
            }
        }
        // Which purposes use each category, in source order: a flow's edges go only to them.
        let mut users: HashMap<ItemId, Vec<ItemId>> = HashMap::new();
        for edge in &edges {
            if let Some(p) = edge.purpose {
                let list = users.entry(edge.category).or_default();
                if !list.contains(&p) {
                    list.push(p);
                }
            }
        }
        // The categories some purpose uses, in declaration order: what a flow that names no
        // data stands for.
        let processed: Vec<ItemId> = policy
            .of_kind(Kind::Category)
            .map(|c| c.id)
            .filter(|c| users.contains_key(c))
            .collect();
        let mut strays = Vec::new();
        for flow in policy.of_kind(Kind::Flow) {
            flow_edges(
                policy,
                &home,
                flow,
                &users,
                &processed,
                &mut edges,
                &mut strays,
            );
        }
        Graph {
            edges,
            strays,
            home,
        }
    }

    /// Edges leaving the organisation (to a recipient).
    pub fn flows(&self) -> impl Iterator<Item = &Edge> {
        self.edges.iter().filter(|e| e.kind != EdgeKind::Use)
    }

    /// Recipients that flows name only in practices that do not happen at present
    /// (`currently_not`): a practice the policy says it does not do now is not a practice, so
    /// the duties owed to a recipient of data (Art. 20 agreements, Art. 21 limits) are not yet
    /// owed to them.
    pub fn recipients_not_at_present(&self) -> std::collections::HashSet<ItemId> {
        let happening: std::collections::HashSet<ItemId> = self
            .flows()
            .filter(|e| e.modality.happens())
            .filter_map(|e| e.recipient)
            .collect();
        self.flows()
            .filter_map(|e| e.recipient)
            .filter(|r| !happening.contains(r))
            .collect()
    }
}

/// The edges of one flow: per category, per purpose that uses it, per recipient.
///
/// A flow that names no data (「我们不会与任何第三方共享您的个人信息，但以下情况除外」: `share` alone)
/// concerns the personal information as a whole. It means every category its listed purposes
/// use (with no `for`, every category some purpose uses), each for the purposes that use it,
/// so that every reader — a rule on sensitive data, the decision table, a promise — sees what
/// "your personal information" covers; its edges are marked [`Edge::whole`] so that a page can
/// say "your personal information" rather than list them. It has no strays: the author named
/// no category a purpose could fail to use.
fn flow_edges(
    policy: &Policy,
    home: &Home,
    flow: &Item,
    users: &HashMap<ItemId, Vec<ItemId>>,
    processed: &[ItemId],
    edges: &mut Vec<Edge>,
    strays: &mut Vec<(ItemId, ItemId)>,
) {
    let Some(kind) = EdgeKind::of_flow(flow) else {
        return;
    };
    let view = views::Flow(flow);
    let listed = view.purposes();
    let own_basis = view.basis();
    let conditions = view.conditions();
    let modality = Modality::of_flow(flow);
    let when = view.when();
    let when_basis: Vec<ItemId> = when
        .iter()
        .flat_map(|c| condition_basis(policy, *c))
        .collect();
    let only_if = view.only_if();
    // Where each recipient is, once per flow rather than once per edge.
    let recipients: Vec<(ItemId, bool, Abroad)> = view
        .to()
        .into_iter()
        .map(|r| {
            (
                r,
                territory::leaves_home(policy, home, r),
                territory::abroad(policy, home, r),
            )
        })
        .collect();
    let no_users = Vec::new();
    let named = kind.named_data(view);
    let whole = named.is_empty();
    let data: Vec<ItemId> = if !whole {
        named
    } else if listed.is_empty() {
        processed.to_vec()
    } else {
        processed
            .iter()
            .copied()
            .filter(|c| {
                users
                    .get(c)
                    .is_some_and(|ps| ps.iter().any(|p| listed.contains(p)))
            })
            .collect()
    };
    for category in data {
        let using = users.get(&category).unwrap_or(&no_users);
        let purposes: Vec<ItemId> = if listed.is_empty() {
            using.clone()
        } else {
            listed
                .iter()
                .copied()
                .filter(|p| using.contains(p))
                .collect()
        };
        // A stray still gives edges, without a purpose, so the rules that do not depend on
        // the purpose (sensitivity, cross-border, promises) still see what the flow says; the
        // decision table gives them no rule, so nothing is allowed on their account.
        let slots: Vec<Option<ItemId>> = if purposes.is_empty() {
            if !strays.contains(&(flow.id, category)) {
                strays.push((flow.id, category));
            }
            vec![None]
        } else {
            purposes.into_iter().map(Some).collect()
        };
        for purpose in slots {
            // Without a basis of its own, the flow rests on the purpose it serves (not on the
            // union of all its purposes' bases, which would let one purpose's contract basis
            // waive another's consent).
            let mut basis = if own_basis.is_empty() {
                purpose
                    .and_then(|p| policy.view::<views::Purpose>(p))
                    .map(|p| p.basis())
                    .unwrap_or_default()
            } else {
                own_basis.clone()
            };
            extend_unique(&mut basis, &when_basis);
            let alternatives = alternatives(policy, &basis, &conditions, &only_if);
            let lawful = alternatives
                .iter()
                .map(|a| a.lawful)
                .min()
                .unwrap_or(Lawful::None);
            for (recipient, cross_border, abroad) in &recipients {
                edges.push(Edge {
                    kind,
                    category,
                    purpose,
                    recipient: Some(*recipient),
                    source: flow.id,
                    basis: basis.clone(),
                    lawful,
                    conditions: conditions.clone(),
                    cross_border: *cross_border,
                    abroad: *abroad,
                    modality,
                    when: when.clone(),
                    alternatives: alternatives.clone(),
                    whole,
                });
            }
        }
    }
}

/// The cases of an edge: one per `only_if` condition, each lawful on the edge's bases plus the
/// condition's; with no `only_if`, one case on the edge's bases.
fn alternatives(
    policy: &Policy,
    basis: &[ItemId],
    conditions: &[&'static str],
    only_if: &[ItemId],
) -> Vec<Alternative> {
    if only_if.is_empty() {
        return vec![Alternative {
            condition: None,
            basis: basis.to_vec(),
            lawful: lawful(policy, basis, conditions),
        }];
    }
    only_if
        .iter()
        .map(|c| {
            let mut alt = basis.to_vec();
            extend_unique(&mut alt, &condition_basis(policy, *c));
            let mut l = lawful(policy, &alt, conditions);
            // Anonymised information is not personal information: a practice limited to it
            // needs no basis (PIPL Art. 4 ¶1, Art. 73(4)).
            if condition_kind(policy, *c) == Some("anonymized") {
                l = l.max(Lawful::Exception);
            }
            Alternative {
                condition: Some(*c),
                basis: alt,
                lawful: l,
            }
        })
        .collect()
}

fn extend_unique(into: &mut Vec<ItemId>, from: &[ItemId]) {
    for b in from {
        if !into.contains(b) {
            into.push(*b);
        }
    }
}

/// A condition's field, or its parent's when it rewords a stdlib condition.
fn condition_field<'p>(
    policy: &'p Policy,
    condition: ItemId,
    key: views::Key<views::Condition<'static>>,
) -> Option<views::Condition<'p>> {
    policy
        .lineage(condition)
        .map(views::Condition)
        .find(|c| c.has(key))
}

/// The bases a condition gives while it holds, under the laws the policy is checked against:
/// a stdlib condition names one basis per law (`pipl::legal_duty, gdpr::legal_obligation`),
/// and a PIPL policy must not rest on, or print, the GDPR's.
pub fn condition_basis(policy: &Policy, condition: ItemId) -> Vec<ItemId> {
    condition_field(policy, condition, views::Condition::BASIS)
        .map(|c| c.basis())
        .unwrap_or_default()
        .into_iter()
        .filter(|b| {
            policy
                .view::<views::Basis>(*b)
                .and_then(|b| b.profile())
                .is_none_or(|p| policy.profiles.contains(&p))
        })
        .collect()
}

/// A condition's `kind` (`consent`, `law`, ...).
pub fn condition_kind(policy: &Policy, condition: ItemId) -> Option<&'static str> {
    condition_field(policy, condition, views::Condition::KIND).and_then(|c| c.kind_word())
}

/// A condition's label, its own or the one it rewords.
pub fn condition_label(policy: &Policy, condition: ItemId) -> Option<&crate::ir::Text> {
    condition_field(policy, condition, views::Condition::LABEL).and_then(|c| c.label())
}

/// Whether a condition is met by the person's consent (recorded consents) rather than by a
/// fact the application asserts.
pub fn is_consent_condition(policy: &Policy, condition: ItemId) -> bool {
    condition_kind(policy, condition) == Some("consent")
}

/// Whether a promise's own exceptions cover a flow edge: its flow is named in `except_flows`,
/// it happens only in cases the promise's `except` lists (every `only_if` alternative), or it
/// does not happen at present (`currently_not`). CORE-PROM-001 asks this of the edge; the
/// decision table asks [`excused_case`] of each of its alternatives, so a case the promise
/// does not list stays forbidden while the listed ones are allowed.
pub fn excused(promise: &Item, edge: &Edge) -> bool {
    match edge.modality {
        Modality::CurrentlyNot => true,
        _ => edge
            .alternatives
            .iter()
            .all(|a| excused_case(promise, edge, a)),
    }
}

/// Whether a promise's own exceptions cover one case of a flow edge: the flow is named in
/// `except_flows`, or the case's `only_if` condition is in `except`.
pub fn excused_case(promise: &Item, edge: &Edge, case: &Alternative) -> bool {
    let promise = views::Promise(promise);
    edge.modality == Modality::CurrentlyNot
        || promise.except_flows().contains(&edge.source)
        || (edge.modality == Modality::OnlyIf
            && case
                .condition
                .is_some_and(|c| promise.except().contains(&c)))
}

/// The strongest lawfulness a set of bases gives. `separate_consent` among a flow's conditions
/// counts as separate consent.
pub fn lawful(policy: &Policy, basis: &[ItemId], conditions: &[&'static str]) -> Lawful {
    let mut best = if conditions.contains(&"separate_consent") {
        Lawful::SeparateConsent
    } else {
        Lawful::None
    };
    for b in basis {
        let form = policy.view::<views::Basis>(*b).and_then(|b| b.consent());
        let l = match form {
            Some("separate" | "written") => Lawful::SeparateConsent,
            Some("guardian") => Lawful::GuardianConsent,
            Some("general") => Lawful::Consent,
            Some("none") => Lawful::Exception,
            _ => Lawful::None,
        };
        best = best.max(l);
    }
    best
}
