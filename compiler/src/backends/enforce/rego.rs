//! The OPA side: a fixed Rego policy (policy.rego) that reads the decision table from
//! `data.pol`, and the data document it reads.

use pol_eval::DecisionTable;
use serde_json::{json, Map, Value};

/// The Rego v1 policy: the same for every pol policy; the policy's own facts are in data.json.
pub const POLICY: &str = include_str!("policy.rego");

/// The key a request is looked up by in `data.pol.rules`.
pub fn key(category: &str, purpose: &str, recipient: Option<&str>) -> String {
    format!("{category}|{purpose}|{}", recipient.unwrap_or(""))
}

/// `data.json`: the rules grouped by request key (in table order, which breaks ties), whether
/// each consent is separate, and home (its region and territory).
pub fn data(table: &DecisionTable) -> Value {
    let mut rules: Map<String, Value> = Map::new();
    for rule in &table.rules {
        let k = key(&rule.category, &rule.purpose, rule.recipient.as_deref());
        let entry = rules.entry(k).or_insert_with(|| Value::Array(Vec::new()));
        if let (Value::Array(list), Ok(v)) = (entry, serde_json::to_value(rule)) {
            list.push(v);
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

/// The regions at home (a version 1 or 2 table has only `home_region`).
fn home_territory(table: &DecisionTable) -> Vec<String> {
    if table.home_territory.is_empty() {
        vec![table.home_region.clone()]
    } else {
        table.home_territory.clone()
    }
}

/// The bundle's `.manifest`: its root, Rego v1, and a revision that changes with the content.
pub fn manifest(table: &DecisionTable, data: &Value) -> Value {
    let content = format!("{POLICY}{data}");
    crate::backends::sorted_keys(json!({
        "revision": format!("{}-{:016x}", table.policy, fnv1a(content.as_bytes())),
        "roots": ["pol"],
        "rego_version": 1,
        "metadata": { "generator": "polc", "format_version": table.version },
    }))
}

/// FNV-1a: a stable content fingerprint (not a security boundary: OPA only compares
/// revisions for equality).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}
