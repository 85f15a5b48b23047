//! The embedded evaluator: indexes the table once, then decides without allocating.

use std::collections::HashMap;
use std::ops::Range;

use crate::{
    Decision, DecisionTable, DenyReason, Lawful, Request, Rule, FORMAT_VERSION, MIN_FORMAT_VERSION,
};

#[derive(Debug)]
pub enum LoadError {
    Json(serde_json::Error),
    Version { found: u32 },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Json(e) => write!(f, "invalid decision table: {e}"),
            LoadError::Version { found } => write!(
                f,
                "decision table version {found} is not supported (this evaluator reads versions {MIN_FORMAT_VERSION} to {FORMAT_VERSION})"
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// Rules by category, then purpose, then recipient (none for internal use): each key's run in
/// [`Evaluator::order`]. Nested maps so a request's borrowed strings look up without building
/// an owned key.
type Index = HashMap<String, HashMap<String, HashMap<Option<String>, Range<usize>>>>;

/// A loaded decision table with its lookup indexes.
#[derive(Clone, Debug)]
pub struct Evaluator {
    table: DecisionTable,
    /// Rules sorted by (category, purpose, recipient), table order kept within a key; the
    /// index maps each key to its run.
    order: Vec<usize>,
    index: Index,
    /// Whether each consent id is separate.
    separate: HashMap<String, bool>,
}

impl Evaluator {
    pub fn from_json(text: &str) -> Result<Evaluator, LoadError> {
        let table: DecisionTable = serde_json::from_str(text).map_err(LoadError::Json)?;
        if !(MIN_FORMAT_VERSION..=FORMAT_VERSION).contains(&table.version) {
            return Err(LoadError::Version {
                found: table.version,
            });
        }
        Ok(Evaluator::from_table(table))
    }

    pub fn from_table(table: DecisionTable) -> Evaluator {
        let mut order: Vec<usize> = (0..table.rules.len()).collect();
        let key = |r: &Rule| (r.category.clone(), r.purpose.clone(), r.recipient.clone());
        // A stable sort keeps table order within a key: ties go to the earlier rule.
        order.sort_by_key(|&i| key(&table.rules[i]));
        let mut index = Index::new();
        let mut start = 0;
        while start < order.len() {
            let first = &table.rules[order[start]];
            let mut end = start + 1;
            while end < order.len() && key(&table.rules[order[end]]) == key(first) {
                end += 1;
            }
            index
                .entry(first.category.clone())
                .or_default()
                .entry(first.purpose.clone())
                .or_default()
                .insert(first.recipient.clone(), start..end);
            start = end;
        }
        let separate = table
            .consents
            .iter()
            .map(|c| (c.id.clone(), c.separate))
            .collect();
        Evaluator {
            table,
            order,
            index,
            separate,
        }
    }

    pub fn table(&self) -> &DecisionTable {
        &self.table
    }

    /// The rules a request matches, in table order.
    pub fn matching(&self, request: &Request) -> impl Iterator<Item = &Rule> {
        let range = self
            .index
            .get(request.category.as_str())
            .and_then(|m| m.get(request.purpose.as_str()))
            .and_then(|m| m.get(&request.recipient))
            .cloned()
            .unwrap_or(0..0);
        self.order[range].iter().map(|&i| &self.table.rules[i])
    }

    /// Decides a request: the best outcome over the matching rules, default deny.
    pub fn decide(&self, request: &Request) -> Decision<'_> {
        let mut best = Decision::Deny {
            reason: DenyReason::NoSuchFlow,
            detail: None,
        };
        for rule in self.matching(request) {
            let outcome = self.outcome(rule, request);
            if rank(&outcome) > rank(&best) {
                best = outcome;
                if best.is_allow() {
                    break;
                }
            }
        }
        best
    }

    /// What one rule says about a request. The checks run in a fixed order, which the Rego
    /// policy repeats: region, promise, basis, conditions, guardian, withdrawn consents, missing
    /// consents.
    fn outcome<'a>(&'a self, rule: &'a Rule, request: &Request) -> Decision<'a> {
        let person = &request.person;
        if let Some(region) = &request.region {
            if !rule.regions.iter().any(|r| r == region) {
                return deny(DenyReason::RegionNotStated, None);
            }
            if let Some(ban) = rule.forbidden_regions.iter().find(|b| &b.region == region) {
                return deny(DenyReason::PromiseForbids, Some(&ban.promise));
            }
        }
        if let Some(promise) = &rule.forbidden_by {
            return deny(DenyReason::PromiseForbids, Some(promise));
        }
        if rule.lawful == Lawful::None {
            return deny(DenyReason::NoLawfulBasis, None);
        }
        if let Some(c) = rule
            .conditions
            .iter()
            .find(|c| !request.conditions.contains(c))
        {
            return deny(DenyReason::ConditionNotMet, Some(c));
        }
        match rule.lawful {
            Lawful::None => return deny(DenyReason::NoLawfulBasis, None),
            Lawful::Exception => return allow(rule),
            Lawful::Consent | Lawful::GuardianConsent | Lawful::SeparateConsent => {}
        }
        if (rule.guardian || person.minor) && !person.guardian_consent {
            return deny(DenyReason::MinorWithoutGuardianConsent, None);
        }
        let cross_border = match &request.region {
            Some(region) => !self.table.is_home(region),
            None => rule.overseas,
        };
        let cross_border_consent = rule.cross_border_consent.as_ref().filter(|_| cross_border);
        let required = || rule.consents.iter().chain(cross_border_consent);
        if let Some(c) = required().find(|c| person.withdrawn.contains(c)) {
            return deny(DenyReason::ConsentWithdrawn, Some(c));
        }
        if let Some(c) = required().find(|c| !person.consents.contains(c)) {
            return Decision::NeedsConsent {
                consent: c,
                separate: self.separate.get(c.as_str()).copied().unwrap_or(true),
            };
        }
        allow(rule)
    }
}

fn allow(rule: &Rule) -> Decision<'_> {
    Decision::Allow {
        flow: &rule.source,
        kind: rule.kind,
        basis: &rule.basis,
    }
}

fn deny(reason: DenyReason, detail: Option<&str>) -> Decision<'_> {
    Decision::Deny { reason, detail }
}

fn rank(d: &Decision) -> u8 {
    match d {
        Decision::Deny { reason, .. } => {
            // Any rule that matched says more than "no such flow".
            if *reason == DenyReason::NoSuchFlow {
                0
            } else {
                1
            }
        }
        Decision::NeedsConsent { .. } => 2,
        Decision::Allow { .. } => 3,
    }
}

#[cfg(test)]
mod tests;
