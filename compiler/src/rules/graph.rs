//! The data-flow graph: every way data moves, with the basis that makes each move lawful.
//!
//! A purpose's `uses` gives `Use` edges (category -> purpose); a flow gives one edge per
//! category x recipient x purpose (category -> purpose -> recipient -> region). Each edge
//! carries its basis (the flow's own, else its purposes'), what kind of lawfulness that basis
//! gives ([`Lawful`]), its conditions, and whether it leaves mainland China. Rules query edges
//! instead of re-reading flows, so "what makes this lawful" is decided in one place.

use crate::ir::{Item, ItemId, Policy};
use crate::types::schema::Kind;

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
        [
            ("entrust", EdgeKind::Entrust),
            ("share", EdgeKind::Share),
            ("transfer", EdgeKind::Transfer),
            ("disclose", EdgeKind::Disclose),
        ]
        .into_iter()
        .find(|(key, _)| flow.fields.has(key))
        .map(|(_, kind)| kind)
    }

    pub fn field(self) -> &'static str {
        match self {
            EdgeKind::Use => "uses",
            EdgeKind::Entrust => "entrust",
            EdgeKind::Share => "share",
            EdgeKind::Transfer => "transfer",
            EdgeKind::Disclose => "disclose",
        }
    }
}

/// Whether a recipient is outside mainland China (PIPL Art. 38; HK, MO and TW count as outside):
/// it has a region other than `CN`, or it gives no region and its role is
/// `pipl::overseas_recipient`, which a policy uses when the original says "abroad" without
/// naming where.
pub fn is_overseas(policy: &Policy, recipient: ItemId) -> bool {
    let Some(item) = policy.item(recipient) else {
        return false;
    };
    let regions = item.fields.strs("region");
    if !regions.is_empty() {
        return regions.iter().any(|region| *region != "CN");
    }
    let mut current = item;
    // Bounded: parent chains are short, and a cycle must not hang the checker.
    for _ in 0..8 {
        match current.parent.and_then(|p| policy.item(p)) {
            Some(parent) => current = parent,
            None => break,
        }
    }
    current.name() == "overseas_recipient"
        && policy.module(current.module).is_some_and(|m| m.is_std)
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

#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    pub kind: EdgeKind,
    pub category: ItemId,
    pub purpose: Option<ItemId>,
    pub recipient: Option<ItemId>,
    /// The purpose or flow the edge comes from: what a rule reports.
    pub source: ItemId,
    pub basis: Vec<ItemId>,
    pub lawful: Lawful,
    pub conditions: Vec<&'static str>,
    /// The recipient is outside mainland China.
    pub cross_border: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Graph {
    pub edges: Vec<Edge>,
}

impl Graph {
    pub fn build(policy: &Policy) -> Graph {
        let mut edges = Vec::new();
        for purpose in policy.of_kind(Kind::Purpose) {
            let basis = purpose.fields.refs("basis");
            let lawful = lawful(policy, &basis, &[]);
            for category in purpose.fields.refs("uses") {
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
                });
            }
        }
        for flow in policy.of_kind(Kind::Flow) {
            let Some(kind) = EdgeKind::of_flow(flow) else {
                continue;
            };
            let purposes = flow.fields.refs("for");
            let mut basis = flow.fields.refs("basis");
            if basis.is_empty() {
                for p in &purposes {
                    for b in policy
                        .item(*p)
                        .map(|p| p.fields.refs("basis"))
                        .unwrap_or_default()
                    {
                        if !basis.contains(&b) {
                            basis.push(b);
                        }
                    }
                }
            }
            let conditions = flow.fields.options("conditions");
            let lawful = lawful(policy, &basis, &conditions);
            let purpose_slots: Vec<Option<ItemId>> = if purposes.is_empty() {
                vec![None]
            } else {
                purposes.iter().copied().map(Some).collect()
            };
            for category in flow.fields.refs(kind.field()) {
                for recipient in flow.fields.refs("to") {
                    let cross_border = is_overseas(policy, recipient);
                    for purpose in &purpose_slots {
                        edges.push(Edge {
                            kind,
                            category,
                            purpose: *purpose,
                            recipient: Some(recipient),
                            source: flow.id,
                            basis: basis.clone(),
                            lawful,
                            conditions: conditions.clone(),
                            cross_border,
                        });
                    }
                }
            }
        }
        Graph { edges }
    }

    /// Edges leaving the organisation (to a recipient).
    pub fn flows(&self) -> impl Iterator<Item = &Edge> {
        self.edges.iter().filter(|e| e.kind != EdgeKind::Use)
    }
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
        let form = policy.item(*b).and_then(|b| b.fields.option("consent"));
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
