//! The OPA side: a fixed Rego policy (policy.rego) that reads the decision table from
//! `data.pol`, and the data document it reads.

use std::collections::BTreeMap;

use pol_eval::{DecisionTable, Rule};
use serde::Serialize;
use serde_json::{json, Value};

/// The Rego v1 policy: the same for every pol policy; the policy's own facts are in data.json.
pub const POLICY: &str = include_str!("policy.rego");

/// The key a request is looked up by in `data.pol.rules`.
pub fn key(category: &str, purpose: &str, recipient: Option<&str>) -> String {
    format!("{category}|{purpose}|{}", recipient.unwrap_or(""))
}

/// `data.json`: the rules grouped by request key (in table order, which breaks ties), whether
/// each consent is separate, and home (its region and territory).
///
/// Serialized straight from the table: every object's keys in sorted order, as
/// [`crate::backends::sorted_keys`] would leave a `serde_json::Value` of it, without building
/// one (for a large policy the table holds hundreds of thousands of rules, and a `Value` of
/// each is a map of strings allocated, sorted and freed only to be written).
pub fn data(table: &DecisionTable) -> Data<'_> {
    let mut rules: BTreeMap<String, Vec<SortedRule<'_>>> = BTreeMap::new();
    for rule in &table.rules {
        let k = key(&rule.category, &rule.purpose, rule.recipient.as_deref());
        rules.entry(k).or_default().push(SortedRule::from(rule));
    }
    // A later consent of the same id wins, as it did when inserted into a map.
    let separate: BTreeMap<&str, bool> = table
        .consents
        .iter()
        .map(|c| (c.id.as_str(), c.separate))
        .collect();
    Data {
        pol: DataPol {
            home_region: &table.home_region,
            home_territory: home_territory(table),
            policy: &table.policy,
            rules,
            separate,
        },
    }
}

/// `data.json`, ready to serialize (fields in sorted order: the file's key order).
#[derive(Serialize)]
pub struct Data<'t> {
    pol: DataPol<'t>,
}

#[derive(Serialize)]
struct DataPol<'t> {
    home_region: &'t str,
    home_territory: Vec<String>,
    policy: &'t str,
    rules: BTreeMap<String, Vec<SortedRule<'t>>>,
    separate: BTreeMap<&'t str, bool>,
}

/// A [`pol_eval::Rule`] with its fields in sorted order (the struct's own order is the
/// table's), with the same names and the same omissions.
#[derive(Serialize)]
struct SortedRule<'t> {
    basis: &'t [String],
    category: &'t str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    conditions: &'t [String],
    consents: &'t [String],
    cross_border_consent: &'t Option<String>,
    forbidden_by: &'t Option<String>,
    forbidden_regions: Vec<SortedRegionBan<'t>>,
    guardian: bool,
    kind: pol_eval::FlowKind,
    lawful: pol_eval::Lawful,
    modality: pol_eval::Modality,
    overseas: bool,
    purpose: &'t str,
    recipient: &'t Option<String>,
    regions: &'t [String],
    source: &'t str,
}

#[derive(Serialize)]
struct SortedRegionBan<'t> {
    promise: &'t str,
    region: &'t str,
}

impl<'t> From<&'t Rule> for SortedRule<'t> {
    fn from(r: &'t Rule) -> SortedRule<'t> {
        // Destructured so that a field added to `Rule` fails to compile here until it is
        // written to data.json too.
        let Rule {
            category,
            purpose,
            recipient,
            kind,
            modality,
            conditions,
            source,
            basis,
            lawful,
            regions,
            overseas,
            consents,
            cross_border_consent,
            guardian,
            forbidden_by,
            forbidden_regions,
        } = r;
        SortedRule {
            basis,
            category,
            conditions,
            consents,
            cross_border_consent,
            forbidden_by,
            forbidden_regions: forbidden_regions
                .iter()
                .map(|b| SortedRegionBan {
                    promise: &b.promise,
                    region: &b.region,
                })
                .collect(),
            guardian: *guardian,
            kind: *kind,
            lawful: *lawful,
            modality: *modality,
            overseas: *overseas,
            purpose,
            recipient,
            regions,
            source,
        }
    }
}

/// The regions at home (a version 1 or 2 table has only `home_region`).
fn home_territory(table: &DecisionTable) -> Vec<String> {
    if table.home_territory.is_empty() {
        vec![table.home_region.clone()]
    } else {
        table.home_territory.clone()
    }
}

/// The bundle's `.manifest`: its root, Rego v1, and a revision that changes with the content.
pub fn manifest(table: &DecisionTable, data: &Data<'_>) -> Value {
    // The fingerprint of the policy text followed by `data` as compact JSON, hashed as it is
    // serialized: `data` is the size of the decision table (megabytes for a large policy),
    // and a string of it would exist only to be hashed.
    let mut hash = Fnv1a::default();
    hash.update(POLICY.as_bytes());
    // Writing into a hash cannot fail, and `data` (strings, booleans, lists) always serializes.
    let _ = serde_json::to_writer(&mut hash, data);
    crate::backends::sorted_keys(json!({
        "revision": format!("{}-{:016x}", table.policy, hash.0),
        "roots": ["pol"],
        "rego_version": 1,
        "metadata": { "generator": "polc", "format_version": table.version },
    }))
}

/// FNV-1a: a stable content fingerprint (not a security boundary: OPA only compares
/// revisions for equality). A writer, so serde_json can stream into it.
struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Fnv1a {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv1a {
    fn update(&mut self, bytes: &[u8]) {
        self.0 = bytes.iter().fold(self.0, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
        });
    }
}

impl std::io::Write for Fnv1a {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.update(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Map;

    /// data.json as it was built before: a `Value` of every rule, keys sorted at every depth.
    fn data_through_values(table: &DecisionTable) -> Value {
        let mut rules: Map<String, Value> = Map::new();
        for rule in &table.rules {
            let k = key(&rule.category, &rule.purpose, rule.recipient.as_deref());
            let entry = rules.entry(k).or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(list) = entry {
                list.push(serde_json::to_value(rule).unwrap());
            }
        }
        let separate: Map<String, Value> = table
            .consents
            .iter()
            .map(|c| (c.id.clone(), Value::Bool(c.separate)))
            .collect();
        crate::backends::sorted_keys(json!({
            "pol": {
                "policy": table.policy,
                "home_region": table.home_region,
                "home_territory": home_territory(table),
                "rules": rules,
                "separate": separate,
            }
        }))
    }

    /// The data written straight from the table is byte for byte the sorted `Value` of it,
    /// pretty and compact, on a generated policy and on one whose rules carry conditions,
    /// region bans, a forbidding promise and a cross-border consent.
    #[test]
    fn data_is_the_sorted_value_of_the_table() {
        let mut table = crate::backends::enforce::decision_table(
            &crate::Workspace::from_text("p.pol", &crate::synthetic::policy(2_000))
                .analyze()
                .policy,
        );
        assert!(
            table.rules.len() > 20,
            "too few rules to compare: {}",
            table.rules.len()
        );
        // Every optional field set on some rule, in both states.
        for (i, rule) in table
            .rules
            .iter_mut()
            .enumerate()
            .filter(|(i, _)| i % 3 == 0)
        {
            rule.conditions = vec![format!("c{i}"), "a".into()];
            rule.forbidden_by = Some(format!("promise{i}"));
            rule.cross_border_consent = Some("x".into());
            rule.forbidden_regions = vec![pol_eval::RegionBan {
                region: "US".into(),
                promise: format!("p{i}"),
            }];
        }
        let direct = data(&table);
        let old = data_through_values(&table);
        assert_eq!(
            serde_json::to_string_pretty(&direct).unwrap(),
            serde_json::to_string_pretty(&old).unwrap()
        );
        assert_eq!(
            serde_json::to_string(&direct).unwrap(),
            serde_json::to_string(&old).unwrap()
        );
    }

    /// The streamed fingerprint is the one of the policy text and the compact JSON written
    /// out whole (what earlier builds hashed), so revisions do not change.
    #[test]
    fn the_revision_hashes_the_policy_and_the_compact_data() {
        let data = json!({ "pol": { "rules": { "a|b|": [{ "x": 1 }] }, "policy": "p" } });
        let mut streamed = Fnv1a::default();
        streamed.update(POLICY.as_bytes());
        serde_json::to_writer(&mut streamed, &data).unwrap();
        let mut whole = Fnv1a::default();
        whole.update(format!("{POLICY}{data}").as_bytes());
        assert_eq!(streamed.0, whole.0);
        // FNV-1a's published test vector: "a" -> af63dc4c8601ec8c.
        let mut a = Fnv1a::default();
        a.update(b"a");
        assert_eq!(a.0, 0xaf63_dc4c_8601_ec8c);
    }
}
