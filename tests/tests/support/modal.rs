//! Random policies whose flows have every modality (routine, `may`, `only_if`,
//! `currently_not`), flows that name no data (`share` alone), `when` triggers and `only_if` cases
//! drawn from `std::conditions` (and one condition of the policy's own), bases or none, `for` or none, and a promise whose `except`
//! and `except_flows` name some of them. Well-formed, not necessarily lawful: the decision
//! table is compiled from any typed model. Shared by the differential test
//! (tests/tests/enforcement.rs) and the agreement test (tests/tests/agreement.rs).

#![allow(
    dead_code,
    reason = "each suite uses the parts of the generator it needs"
)]

use proptest::prelude::*;

pub const BASES: &[&str] = &[
    "pipl::consent",
    "pipl::separate_consent",
    "pipl::guardian_consent",
    "pipl::contract",
    "pipl::legal_duty",
];
pub const ROLES: &[&str] = &["entrusted_party", "other_handler", "acquirer", "public"];
pub const REGIONS: &[&str] = &["CN", "SG"];
pub const KINDS: &[&str] = &["entrust", "share", "transfer", "disclose"];
/// Every condition of `std::conditions`, and `own` (the policy's own, with no basis).
pub const CONDITIONS: &[&str] = &[
    "conditions::consent",
    "conditions::explicit_consent",
    "conditions::separate_consent",
    "conditions::guardian_consent",
    "conditions::law_requires",
    "conditions::authority_request",
    "conditions::judicial",
    "conditions::emergency",
    "conditions::public_interest",
    "conditions::self_published",
    "conditions::lawfully_public",
    "conditions::contract_necessary",
    "conditions::corporate_event",
    "conditions::anonymized",
    "conditions::de_identified",
    "conditions::security",
    "own",
];
pub const PROMISES: &[&str] = &[
    "no_public_disclosure_except",
    "no_share_except",
    "no_sale",
    "no_cross_border",
];

#[derive(Debug, Clone)]
pub struct Flow {
    pub kind: usize,
    pub categories: u8,
    pub recipients: u8,
    pub purposes: u8,
    pub basis: Option<usize>,
    /// 0 routine, 1 `may`, 2 `only_if`, 3 `currently_not` (with or without `only_if`).
    pub modality: u8,
    /// Indices into [`CONDITIONS`].
    pub only_if: Vec<usize>,
    pub when: Vec<usize>,
    /// The flow names no data (`share` alone): the personal information as a whole.
    pub whole: bool,
}

#[derive(Debug, Clone)]
pub struct Promise {
    pub kind: usize,
    /// Indices into [`CONDITIONS`].
    pub except: Vec<usize>,
    /// Bitmask over the flows.
    pub except_flows: u8,
}

#[derive(Debug, Clone)]
pub struct Spec {
    /// (sensitive, child_data)
    pub categories: Vec<(bool, bool)>,
    /// (uses bitmask, basis)
    pub purposes: Vec<(u8, Option<usize>)>,
    /// (role, regions bitmask)
    pub recipients: Vec<(usize, u8)>,
    pub flows: Vec<Flow>,
    pub promise: Option<Promise>,
}

fn pick(mask: u8, prefix: &str, n: usize) -> Vec<String> {
    (0..n)
        .filter(|i| mask & (1 << i) != 0)
        .map(|i| format!("{prefix}{i}"))
        .collect()
}

fn names(indices: &[usize]) -> String {
    let mut out: Vec<&str> = Vec::new();
    for i in indices {
        if !out.contains(&CONDITIONS[*i]) {
            out.push(CONDITIONS[*i]);
        }
    }
    out.join(", ")
}

impl Spec {
    pub fn render(&self) -> String {
        let mut s = String::from(
            "use std::pipl\nuse std::promises\nuse std::conditions\n\npolicy random {\n  controller {\n    name { zh: \"随机科技有限公司\", en: \"Random Ltd.\" }\n    address { zh: \"北京市海淀区某某路1号\", en: \"No. 1 Example Road, Beijing\" }\n    phone +86-10-12345678\n    email privacy@random.example\n  }\n  effective 2024-06-01\n  languages zh, en\n  profile pipl\n}\n\ncondition own {\n  label { zh: \"您要求时\", en: \"when you ask for it\" }\n  kind person_action\n}\n",
        );
        for (i, (sensitive, child)) in self.categories.iter().enumerate() {
            s += &format!(
                "\ncategory c{i} {{\n  label {{ zh: \"信息{i}\", en: \"information {i}\" }}\n  sensitive {}\n{}}}\n",
                if *sensitive { "yes" } else { "no" },
                if *child { "  tags child_data\n" } else { "" }
            );
        }
        for (i, (uses, basis)) in self.purposes.iter().enumerate() {
            let mut used = pick(*uses, "c", self.categories.len());
            if used.is_empty() {
                used.push("c0".into());
            }
            s += &format!(
                "\npurpose p{i} {{\n  label {{ zh: \"目的{i}\", en: \"purpose {i}\" }}\n  uses {}\n{}}}\n",
                used.join(", "),
                basis
                    .map(|b| format!("  basis {}\n", BASES[b]))
                    .unwrap_or_default()
            );
        }
        for (i, (role, regions)) in self.recipients.iter().enumerate() {
            let regions: Vec<&str> = REGIONS
                .iter()
                .enumerate()
                .filter(|(j, _)| regions & (1 << j) != 0)
                .map(|(_, r)| *r)
                .collect();
            s += &format!(
                "\nrecipient r{i}: pipl::{} {{\n  label {{ zh: \"接收方{i}\", en: \"recipient {i}\" }}\n{}}}\n",
                ROLES[*role],
                if regions.is_empty() {
                    String::new()
                } else {
                    format!("  region {}\n", regions.join(", "))
                }
            );
        }
        for (i, f) in self.flows.iter().enumerate() {
            let mut c = pick(f.categories, "c", self.categories.len());
            if c.is_empty() {
                c.push("c0".into());
            }
            let mut r = pick(f.recipients, "r", self.recipients.len());
            if r.is_empty() {
                r.push("r0".into());
            }
            let p = pick(f.purposes, "p", self.purposes.len());
            let data = if f.whole {
                String::new()
            } else {
                format!(" {}", c.join(", "))
            };
            let mut fields = format!("  {}{data}\n  to {}\n", KINDS[f.kind], r.join(", "));
            if !p.is_empty() {
                fields += &format!("  for {}\n", p.join(", "));
            }
            if let Some(b) = f.basis {
                fields += &format!("  basis {}\n", BASES[b]);
            }
            match f.modality {
                1 => fields += "  may\n",
                3 => fields += "  currently_not\n",
                _ => {}
            }
            if f.modality >= 2 && !f.only_if.is_empty() {
                fields += &format!("  only_if {}\n", names(&f.only_if));
            }
            if f.modality != 3 && !f.when.is_empty() {
                fields += &format!("  when {}\n", names(&f.when));
            }
            s += &format!("\nflow f{i} {{\n{fields}}}\n");
        }
        if let Some(p) = &self.promise {
            let mut fields = String::new();
            if PROMISES[p.kind] == "no_share_except" {
                fields += "  except_roles pipl::entrusted_party\n";
            }
            if !p.except.is_empty() {
                fields += &format!("  except {}\n", names(&p.except));
            }
            let flows = pick(p.except_flows, "f", self.flows.len());
            if !flows.is_empty() {
                fields += &format!("  except_flows {}\n", flows.join(", "));
            }
            s += &format!(
                "\npromise pr: promises::{} {{\n  label {{ zh: \"承诺\", en: \"a promise\" }}\n{fields}}}\n",
                PROMISES[p.kind]
            );
        }
        s
    }
}

fn conditions(max: usize) -> impl Strategy<Value = Vec<usize>> {
    prop::collection::vec(0..CONDITIONS.len(), 0..=max)
}

fn flow() -> impl Strategy<Value = Flow> {
    (
        (0..KINDS.len(), any::<u8>(), any::<u8>(), any::<u8>()),
        prop::option::weighted(0.3, 0..BASES.len()),
        0u8..4,
        prop::collection::vec(0..CONDITIONS.len(), 1..=3),
        prop::option::weighted(0.3, conditions(2)),
        prop::bool::weighted(0.2),
    )
        .prop_map(
            |((kind, categories, recipients, purposes), basis, modality, only_if, when, whole)| {
                Flow {
                    kind,
                    categories,
                    recipients,
                    purposes,
                    basis,
                    modality,
                    only_if,
                    when: when.unwrap_or_default(),
                    whole,
                }
            },
        )
}

pub fn spec() -> impl Strategy<Value = Spec> {
    (
        prop::collection::vec((any::<bool>(), prop::bool::weighted(0.2)), 1..4),
        prop::collection::vec(
            (any::<u8>(), prop::option::weighted(0.8, 0..BASES.len())),
            1..4,
        ),
        prop::collection::vec((0..ROLES.len(), 0u8..4), 1..4),
        prop::collection::vec(flow(), 1..5),
        prop::option::weighted(
            0.5,
            (0..PROMISES.len(), conditions(3), any::<u8>()).prop_map(
                |(kind, except, except_flows)| Promise {
                    kind,
                    except,
                    except_flows,
                },
            ),
        ),
    )
        .prop_map(|(categories, purposes, recipients, flows, promise)| Spec {
            categories,
            purposes,
            recipients,
            flows,
            promise,
        })
}
