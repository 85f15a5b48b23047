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
    // The fingerprint of the policy text followed by `data` as compact JSON, hashed as it is
    // serialized: `data` is the size of the decision table (megabytes for a large policy),
    // and a string of it would exist only to be hashed.
    let mut hash = Fnv1a::default();
    hash.update(POLICY.as_bytes());
    // Writing into a hash cannot fail, and `Value` always serializes.
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
