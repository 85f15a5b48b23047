//! Runtime enforcement: the decision table and the same decisions for OPA and Cedar.
//!
//! [`emit`] returns every file under `enforcement/` (paths relative to the policy's output
//! directory), byte-for-byte deterministic:
//!
//! - `decisions.json` + `decisions.schema.json`: pol's own table ([`pol_eval::DecisionTable`]),
//!   read by the embedded evaluator;
//! - `opa/{policy.rego,data.json,.manifest}` and `bundle.tar.gz` (the same three files): an
//!   OPA bundle answering at `data.pol.decision`;
//! - `cedar/{policy.cedar,policy.cedarschema,entities.json}`: Cedar policies that pass strict
//!   validation;
//! - `consents.json`: the consents an application must collect.
//!
//! All of them are generated from one [`pol_eval::DecisionTable`], so they cannot drift apart;
//! tests/tests/enforcement.rs checks with the real engines that they agree.

mod bundle;
pub mod cedar;
mod consents;
pub mod rego;
pub mod table;

use crate::workspace::Analysis;

pub use table::build as decision_table;

/// Why the enforcement files could not be produced.
#[derive(Debug)]
pub enum EmitError {
    /// The policy has errors: no enforcement config is produced from a policy that fails its
    /// checks.
    PolicyHasErrors(usize),
    Serialize(String),
}

impl std::fmt::Display for EmitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EmitError::PolicyHasErrors(n) => write!(
                f,
                "the policy has {n} error(s); fix them before building enforcement config"
            ),
            EmitError::Serialize(e) => write!(f, "cannot serialize enforcement config: {e}"),
        }
    }
}

impl std::error::Error for EmitError {}

/// The `consents.json` document.
#[derive(serde::Serialize)]
pub struct ConsentsFile<'a> {
    pub version: u32,
    pub policy: &'a str,
    pub consents: &'a [pol_eval::Consent],
}

/// Every enforcement file of a checked policy, in a fixed order.
pub fn emit(analysis: &Analysis) -> Result<Vec<(String, Vec<u8>)>, EmitError> {
    if analysis.has_errors() {
        return Err(EmitError::PolicyHasErrors(analysis.errors()));
    }
    let table = table::build(&analysis.policy);
    emit_table(&table)
}

/// The files for a decision table (what [`emit`] writes after checking the policy).
pub fn emit_table(table: &pol_eval::DecisionTable) -> Result<Vec<(String, Vec<u8>)>, EmitError> {
    let json = |v: &dyn erased::Json| v.pretty().map_err(EmitError::Serialize);
    let rego_data = rego::data(table);
    let manifest = rego::manifest(table, &rego_data);
    let opa = [
        ("policy.rego", rego::POLICY.as_bytes().to_vec()),
        ("data.json", json(&rego_data)?),
        (".manifest", json(&manifest)?),
    ];
    let mut files = vec![
        ("enforcement/decisions.json".to_string(), json(table)?),
        (
            "enforcement/decisions.schema.json".to_string(),
            json(&decisions_schema())?,
        ),
    ];
    for (name, bytes) in &opa {
        files.push((format!("enforcement/opa/{name}"), bytes.clone()));
    }
    files.push((
        "enforcement/bundle.tar.gz".to_string(),
        bundle::pack(&opa).map_err(|e| EmitError::Serialize(e.to_string()))?,
    ));
    files.push((
        "enforcement/cedar/policy.cedar".to_string(),
        cedar::policies(table).into_bytes(),
    ));
    files.push((
        "enforcement/cedar/policy.cedarschema".to_string(),
        cedar::SCHEMA.as_bytes().to_vec(),
    ));
    files.push((
        "enforcement/cedar/entities.json".to_string(),
        json(&cedar::entities(table))?,
    ));
    let consents = ConsentsFile {
        version: pol_eval::FORMAT_VERSION,
        policy: &table.policy,
        consents: &table.consents,
    };
    files.push(("enforcement/consents.json".to_string(), json(&consents)?));
    Ok(files)
}

/// The JSON Schema of `decisions.json` (published as docs/decisions.schema.json).
pub fn decisions_schema() -> serde_json::Value {
    super::sorted_keys(
        serde_json::to_value(schemars::schema_for!(pol_eval::DecisionTable)).unwrap_or_default(),
    )
}

/// Pretty JSON with a final newline, for any serializable value behind one `dyn`.
mod erased {
    pub trait Json {
        fn pretty(&self) -> Result<Vec<u8>, String>;
    }

    impl<T: serde::Serialize> Json for T {
        fn pretty(&self) -> Result<Vec<u8>, String> {
            let mut out = serde_json::to_vec_pretty(self).map_err(|e| e.to_string())?;
            out.push(b'\n');
            Ok(out)
        }
    }
}
