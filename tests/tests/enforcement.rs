//! Runtime enforcement (issue 8): the embedded evaluator, regorus (the Rego + data.json pol
//! emits) and cedar-policy (the Cedar pol emits, validated strictly) must give the same answer
//! on every request over a policy's domain, for every example and for random policies; every
//! allow must trace to a flow or purpose of the policy.

#[path = "support/enforce.rs"]
mod enforce;
#[path = "support/example.rs"]
mod example;
#[path = "support/modal.rs"]
mod modal;

use std::io::Read;
use std::path::{Path, PathBuf};

use enforce::{Cedar, Emitted, Opa};
use pol::backends::enforce as backend;
use pol::types::schema::Kind;
use pol::Workspace;
use pol_eval::{Decision, DecisionTable, DenyReason, Evaluator, Person, Request};
use proptest::prelude::*;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The three engines agree on every request of the domain; returns how many requests each
/// decision kind (allow, needs_consent, deny) got, so callers can see the domain exercised
/// every path.
fn differential(
    table: &DecisionTable,
    emitted: &Emitted,
    names: &[String],
    what: &str,
) -> std::collections::BTreeMap<String, usize> {
    let mut kinds = std::collections::BTreeMap::new();
    let evaluator = Evaluator::from_table(table.clone());
    let mut opa = Opa::load(emitted);
    let cedar = Cedar::load(emitted);
    let requests = enforce::domain(table);
    for request in &requests {
        let ours = evaluator.decide(request);
        let ours_json = serde_json::to_value(&ours).unwrap();
        let rego = opa.decide(request);
        let kind = match ours {
            Decision::Deny { reason, .. } => format!("deny:{}", reason.as_str()),
            Decision::Allow { .. } => "allow".to_string(),
            Decision::NeedsConsent { .. } => "needs_consent".to_string(),
        };
        *kinds.entry(kind).or_insert(0) += 1;
        assert_eq!(
            ours_json, rego,
            "{what}: the embedded evaluator and regorus disagree on {request:?}"
        );
        let cedar_allows = cedar.allows(&cedar.request(request));
        assert_eq!(
            ours.is_allow(),
            cedar_allows,
            "{what}: the embedded evaluator ({ours_json}) and Cedar disagree on {request:?}"
        );
        if let Decision::Allow { flow, .. } = ours {
            assert!(
                evaluator.matching(request).any(|r| r.source == flow),
                "{what}: allow by `{flow}` matches no rule for {request:?}"
            );
            assert!(
                names.iter().any(|n| n == flow),
                "{what}: allow by `{flow}`, which is no flow or purpose of the policy"
            );
        }
    }
    kinds
}

/// The names of the policy's purposes and flows: what an allow may name.
fn sources(policy: &pol::ir::Policy) -> Vec<String> {
    policy
        .of_kind(Kind::Purpose)
        .chain(policy.of_kind(Kind::Flow))
        .map(|i| policy.qualified_name(i.id))
        .collect()
}

fn emit(table: &DecisionTable) -> Emitted {
    Emitted {
        files: backend::emit_table(table).unwrap(),
    }
}

#[test]
fn every_example_emits_every_file_deterministically() {
    for dir in example::dirs() {
        let analysis = Workspace::open(&dir).unwrap().analyze();
        assert!(!analysis.has_errors(), "{} has errors", dir.display());
        let files = backend::emit(&analysis).unwrap();
        let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            [
                "enforcement/decisions.json",
                "enforcement/decisions.schema.json",
                "enforcement/opa/policy.rego",
                "enforcement/opa/data.json",
                "enforcement/opa/.manifest",
                "enforcement/bundle.tar.gz",
                "enforcement/cedar/policy.cedar",
                "enforcement/cedar/policy.cedarschema",
                "enforcement/cedar/entities.json",
                "enforcement/consents.json",
            ]
        );
        let again = backend::emit(&Workspace::open(&dir).unwrap().analyze()).unwrap();
        assert_eq!(
            files,
            again,
            "{}: emission is not deterministic",
            dir.display()
        );

        // decisions.json loads in the evaluator as it is written.
        let emitted = Emitted { files };
        let ev = Evaluator::from_json(&emitted.text("enforcement/decisions.json")).unwrap();
        assert!(!ev.table().rules.is_empty(), "{}: no rules", dir.display());

        // The bundle holds exactly the unpacked OPA files.
        let gz = emitted
            .files
            .iter()
            .find(|(p, _)| p == "enforcement/bundle.tar.gz")
            .unwrap()
            .1
            .clone();
        let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(gz.as_slice()));
        let mut names = Vec::new();
        for entry in archive.entries().unwrap() {
            let mut entry = entry.unwrap();
            let name = entry.path().unwrap().to_string_lossy().into_owned();
            let mut body = String::new();
            entry.read_to_string(&mut body).unwrap();
            assert_eq!(body, emitted.text(&format!("enforcement/opa/{name}")));
            names.push(name);
        }
        assert_eq!(names, ["policy.rego", "data.json", ".manifest"]);
    }
}

/// `consents.json` cites the laws the policy declares and no other: Automattic's GDPR-only
/// consents cite the GDPR, never the PIPL it does not declare.
#[test]
fn consents_cite_only_the_declared_laws() {
    let mut gdpr_only_cited = 0;
    for dir in example::dirs() {
        let analysis = Workspace::open(&dir).unwrap().analyze();
        let profiles = analysis.policy.profiles.clone();
        let emitted = Emitted {
            files: backend::emit(&analysis).unwrap(),
        };
        let consents: serde_json::Value =
            serde_json::from_str(&emitted.text("enforcement/consents.json")).unwrap();
        let consents = consents
            .as_array()
            .or_else(|| consents.get("consents").and_then(|c| c.as_array()))
            .cloned()
            .unwrap_or_default();
        for c in &consents {
            let article = c["article"].as_str().unwrap();
            for (law, prefix) in [
                ("pipl", "PIPL "),
                ("gdpr", "GDPR "),
                ("uk_gdpr", "UK GDPR "),
            ] {
                let cited = article.split("; ").any(|a| a.starts_with(prefix));
                if cited {
                    assert!(
                        profiles.contains(&law),
                        "{}: {} cites {article} but the policy declares {profiles:?}",
                        dir.display(),
                        c["id"]
                    );
                }
            }
            if profiles == ["gdpr"] {
                gdpr_only_cited += 1;
            }
        }
    }
    assert!(
        gdpr_only_cited > 0,
        "no GDPR-only example asks for a consent"
    );
}

#[test]
fn engines_agree_on_every_example() {
    for dir in example::dirs() {
        let analysis = Workspace::open(&dir).unwrap().analyze();
        let table = backend::decision_table(&analysis.policy);
        let emitted = Emitted {
            files: backend::emit(&analysis).unwrap(),
        };
        let kinds = differential(
            &table,
            &emitted,
            &sources(&analysis.policy),
            &dir.display().to_string(),
        );
        // The domain reaches allow, needs consent and the common deny reasons.
        for kind in [
            "allow",
            "needs_consent",
            "deny:no_such_flow",
            "deny:region_not_stated",
            "deny:consent_withdrawn",
            "deny:minor_without_guardian_consent",
        ] {
            assert!(
                kinds.get(kind).copied().unwrap_or(0) > 0,
                "{}: no request got {kind}: {kinds:?}",
                dir.display()
            );
        }
        eprintln!("{}: {kinds:?}", dir.display());
    }
}

fn megvii() -> Evaluator {
    let analysis = Workspace::open(&root().join("examples/megvii"))
        .unwrap()
        .analyze();
    Evaluator::from_table(backend::decision_table(&analysis.policy))
}

fn req(category: &str, purpose: &str, recipient: Option<&str>, consents: &[&str]) -> Request {
    Request {
        category: category.into(),
        purpose: purpose.into(),
        recipient: recipient.map(Into::into),
        region: None,
        conditions: Vec::new(),
        person: Person {
            consents: consents.iter().map(|c| c.to_string()).collect(),
            ..Person::default()
        },
    }
}

#[test]
fn megvii_decisions_follow_the_policy() {
    let ev = megvii();
    // Consent-based purpose (「如您自愿提供时」, the optional inquiry fields): asks for its
    // consent, then allows.
    assert_eq!(
        ev.decide(&req("inquiry_name", "business_inquiry_details", None, &[])),
        Decision::NeedsConsent {
            consent: "purpose.business_inquiry_details",
            separate: false
        }
    );
    assert!(matches!(
        ev.decide(&req(
            "inquiry_name",
            "business_inquiry_details",
            None,
            &["purpose.business_inquiry_details"]
        )),
        Decision::Allow {
            flow: "business_inquiry_details",
            ..
        }
    ));
    // The required contact details of the same function: the original's consent covers the
    // optional fields only and it states no basis for the phone number, so no consent unlocks
    // it.
    for consents in [&[][..], &["purpose.business_inquiry_details"][..]] {
        assert!(matches!(
            ev.decide(&req("inquiry_phone", "business_inquiry", None, consents)),
            Decision::Deny {
                reason: DenyReason::NoLawfulBasis,
                ..
            }
        ));
    }
    // After-sales support: the original states no basis (no contract, no consent), so the table
    // allows nothing on it.
    assert!(matches!(
        ev.decide(&req("support_email", "after_sales", None, &[])),
        Decision::Deny {
            reason: DenyReason::NoLawfulBasis,
            ..
        }
    ));
    // A category the purpose does not use.
    assert!(matches!(
        ev.decide(&req("resume", "after_sales", None, &[])),
        Decision::Deny {
            reason: DenyReason::NoSuchFlow,
            ..
        }
    ));
    // Part 4 names no data for partners or the authorities ("您的个人信息"): the flows name no
    // category, and the table gives them nothing.
    for recipient in ["partners", "authorities"] {
        assert!(matches!(
            ev.decide(&req(
                "inquiry_name",
                "business_inquiry_details",
                Some(recipient),
                &["purpose.business_inquiry_details"]
            )),
            Decision::Deny {
                reason: DenyReason::NoSuchFlow,
                ..
            }
        ));
    }
    // Stored only in China: another region is not stated.
    let mut abroad = req(
        "inquiry_name",
        "business_inquiry_details",
        None,
        &["purpose.business_inquiry_details"],
    );
    abroad.region = Some("US".into());
    assert!(matches!(
        ev.decide(&abroad),
        Decision::Deny {
            reason: DenyReason::RegionNotStated,
            ..
        }
    ));
}

#[test]
fn megvii_consents_have_bilingual_wording() {
    let ev = megvii();
    let consents = &ev.table().consents;
    // 「我们会经您同意后获取您的 QQ 或微博登录授权」: an ordinary consent to a purpose.
    let login = consents
        .iter()
        .find(|c| c.id == "purpose.recruitment_social_login")
        .unwrap();
    assert!(!login.separate);
    assert!(
        login.wording.zh.contains("创建应聘账号"),
        "{}",
        login.wording.zh
    );
    assert!(
        login.wording.en.contains("job-application account"),
        "{}",
        login.wording.en
    );
    for c in consents {
        assert!(
            !c.wording.zh.is_empty() && !c.wording.en.is_empty(),
            "{}",
            c.id
        );
        assert!(!c.categories.is_empty(), "{} covers no category", c.id);
    }
}

#[test]
fn decisions_schema_is_published_and_current() {
    let path = root().join("docs/decisions.schema.json");
    let mut current = serde_json::to_string_pretty(&backend::decisions_schema()).unwrap();
    current.push('\n');
    if std::env::var_os("POL_BLESS").is_some() {
        std::fs::write(&path, &current).unwrap();
    }
    let published = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        published == current,
        "docs/decisions.schema.json is stale: run POL_BLESS=1 cargo test -p pol-tests --test enforcement"
    );
}

// ------------------------------------------------------------------------------------------
// Random policies
// ------------------------------------------------------------------------------------------

const BASES: &[&str] = &[
    "pipl::consent",
    "pipl::separate_consent",
    "pipl::written_consent",
    "pipl::guardian_consent",
    "pipl::contract",
    "pipl::legal_duty",
];
const ROLES: &[&str] = &[
    "entrusted_party",
    "other_handler",
    "acquirer",
    "public",
    "affiliate",
];
const REGIONS: &[&str] = &["CN", "SG", "US"];
const KINDS: &[&str] = &["entrust", "share", "transfer", "disclose"];
const PROMISES: &[&str] = &[
    "no_cross_border",
    "no_sale",
    "no_share_except",
    "storage_only",
];

#[derive(Debug, Clone)]
struct Spec {
    /// (sensitive, child_data)
    categories: Vec<(bool, bool)>,
    /// (uses bitmask, basis: index into BASES or none)
    purposes: Vec<(u8, Option<usize>)>,
    /// (role, regions bitmask)
    recipients: Vec<(usize, u8)>,
    /// (kind, categories mask, recipients mask, purposes mask, own basis, separate_consent)
    flows: Vec<(usize, u8, u8, u8, Option<usize>, bool)>,
    storage: u8,
    promise: Option<usize>,
}

fn pick(mask: u8, names: &[String]) -> Vec<&str> {
    names
        .iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, n)| n.as_str())
        .collect()
}

impl Spec {
    fn render(&self) -> String {
        let cats: Vec<String> = (0..self.categories.len())
            .map(|i| format!("c{i}"))
            .collect();
        let purposes: Vec<String> = (0..self.purposes.len()).map(|i| format!("p{i}")).collect();
        let recipients: Vec<String> = (0..self.recipients.len())
            .map(|i| format!("r{i}"))
            .collect();
        let mut s = String::from(
            "use std::pipl\nuse std::promises\n\npolicy random {\n  controller {\n    name { zh: \"随机科技有限公司\", en: \"Random Ltd.\" }\n    address { zh: \"北京市海淀区某某路1号\", en: \"No. 1 Example Road, Beijing\" }\n    phone +86-10-12345678\n    email privacy@random.example\n  }\n  effective 2024-06-01\n  languages zh, en\n  profile pipl\n}\n",
        );
        for (i, (sensitive, child)) in self.categories.iter().enumerate() {
            s += &format!(
                "\ncategory c{i} {{\n  label {{ zh: \"信息{i}\", en: \"information {i}\" }}\n  sensitive {}\n{}}}\n",
                if *sensitive { "yes" } else { "no" },
                if *child { "  tags child_data\n" } else { "" }
            );
        }
        for (i, (uses, basis)) in self.purposes.iter().enumerate() {
            let mut used = pick(*uses, &cats);
            if used.is_empty() {
                used.push("c0");
            }
            s += &format!(
                "\npurpose p{i} {{\n  label {{ zh: \"目的{i}\", en: \"purpose {i}\" }}\n  uses {}\n{}}}\n",
                used.join(", "),
                basis.map(|b| format!("  basis {}\n", BASES[b])).unwrap_or_default()
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
        for (i, (kind, cmask, rmask, pmask, basis, separate)) in self.flows.iter().enumerate() {
            let mut c = pick(*cmask, &cats);
            if c.is_empty() {
                c.push("c0");
            }
            let mut r = pick(*rmask, &recipients);
            if r.is_empty() {
                r.push("r0");
            }
            let p = pick(*pmask, &purposes);
            s += &format!(
                "\nflow f{i} {{\n  {} {}\n  to {}\n{}{}{}}}\n",
                KINDS[*kind],
                c.join(", "),
                r.join(", "),
                if p.is_empty() {
                    String::new()
                } else {
                    format!("  for {}\n", p.join(", "))
                },
                basis
                    .map(|b| format!("  basis {}\n", BASES[b]))
                    .unwrap_or_default(),
                if *separate {
                    "  conditions separate_consent\n"
                } else {
                    ""
                },
            );
        }
        let storage: Vec<&str> = REGIONS
            .iter()
            .enumerate()
            .filter(|(j, _)| self.storage & (1 << j) != 0)
            .map(|(_, r)| *r)
            .collect();
        if !storage.is_empty() {
            s += &format!("\nstorage main {{\n  region {}\n}}\n", storage.join(", "));
        }
        if let Some(p) = self.promise {
            let extra = match PROMISES[p] {
                "no_share_except" => "  except_roles pipl::entrusted_party\n",
                "storage_only" => "  region CN\n",
                _ => "",
            };
            s += &format!(
                "\npromise pr: promises::{} {{\n  label {{ zh: \"承诺\", en: \"a promise\" }}\n{extra}}}\n",
                PROMISES[p]
            );
        }
        s
    }
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        prop::collection::vec((any::<bool>(), prop::bool::weighted(0.2)), 1..4),
        prop::collection::vec(
            (any::<u8>(), prop::option::weighted(0.85, 0..BASES.len())),
            1..4,
        ),
        prop::collection::vec((0..ROLES.len(), 0u8..8), 1..4),
        prop::collection::vec(
            (
                0..KINDS.len(),
                any::<u8>(),
                any::<u8>(),
                any::<u8>(),
                prop::option::weighted(0.3, 0..BASES.len()),
                prop::bool::weighted(0.2),
            ),
            0..4,
        ),
        0u8..8,
        prop::option::weighted(0.4, 0..PROMISES.len()),
    )
        .prop_map(
            |(categories, purposes, recipients, flows, storage, promise)| Spec {
                categories,
                purposes,
                recipients,
                flows,
                storage,
                promise,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Random policies (well-formed, not necessarily lawful: a table is compiled from any
    /// typed model) give the same decisions in all three engines.
    #[test]
    fn engines_agree_on_random_policies(spec in spec()) {
        let text = spec.render();
        let analysis = Workspace::from_text("random.pol", &text).analyze_front_end();
        prop_assert!(!analysis.has_errors(), "generated policy has errors: {:?}\n{text}", analysis.diagnostics);
        let table = backend::decision_table(&analysis.policy);
        let emitted = emit(&table);
        differential(&table, &emitted, &sources(&analysis.policy), &text);
    }
}

/// A fixed policy that reaches the paths the examples may not: a promise forbidding a share,
/// a purpose without a basis, a recipient abroad, children's data, a storage region a
/// promise excludes.
#[test]
fn engines_agree_on_promises_missing_bases_and_cross_border() {
    let spec = Spec {
        categories: vec![(true, false), (false, true), (false, false)],
        // p0: consent, uses c0 c1 c2; p1: no basis, uses c2; p2: contract, uses c0.
        purposes: vec![(0b111, Some(0)), (0b100, None), (0b001, Some(4))],
        // r0 other handler in CN and SG; r1 entrusted party in US.
        recipients: vec![(1, 0b011), (0, 0b100)],
        flows: vec![
            (1, 0b111, 0b01, 0, None, false),
            (0, 0b101, 0b10, 0b001, Some(0), false),
        ],
        storage: 0b011,
        promise: Some(2),
    };
    let text = spec.render();
    let analysis = Workspace::from_text("fixed.pol", &text).analyze_front_end();
    assert!(!analysis.has_errors(), "{:?}", analysis.diagnostics);
    let table = backend::decision_table(&analysis.policy);
    let kinds = differential(&table, &emit(&table), &sources(&analysis.policy), &text);
    for kind in [
        "allow",
        "needs_consent",
        "deny:promise_forbids",
        "deny:no_lawful_basis",
        "deny:minor_without_guardian_consent",
    ] {
        assert!(kinds.contains_key(kind), "no request got {kind}: {kinds:?}");
    }
    let ev = Evaluator::from_table(table);
    // Entrusting c0 (sensitive) to r1 (in the US) for p0 needs the cross-border consent once
    // the flow's own consent and the sensitive-data consent are given.
    let mut r = req("c0", "p0", Some("r1"), &["flow.f1", "sensitive.c0"]);
    assert_eq!(
        ev.decide(&r),
        Decision::NeedsConsent {
            consent: "cross_border.f1",
            separate: true
        }
    );
    r.person.consents.push("cross_border.f1".into());
    assert!(ev.decide(&r).is_allow());
    // c0 is sensitive: its use for p0 (general consent) also needs the separate consent.
    assert_eq!(
        ev.decide(&req("c0", "p0", None, &["purpose.p0"])),
        Decision::NeedsConsent {
            consent: "sensitive.c0",
            separate: true
        }
    );
}

// ------------------------------------------------------------------------------------------
// Modality and conditions
// ------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    /// Random policies with every modality, `only_if` and `when` conditions and promises with
    /// exceptions: the three engines agree, with and without each condition asserted (the
    /// domain crosses the requests with the condition sets that matter).
    #[test]
    fn engines_agree_on_random_policies_with_conditions(spec in modal::spec()) {
        let text = spec.render();
        let analysis = Workspace::from_text("random.pol", &text).analyze_front_end();
        prop_assert!(!analysis.has_errors(), "generated policy has errors: {:?}\n{text}", analysis.diagnostics);
        let table = backend::decision_table(&analysis.policy);
        differential(&table, &emit(&table), &sources(&analysis.policy), &text);
    }
}

fn modality_fixture() -> (pol::Analysis, DecisionTable) {
    let path = root().join("tests/fixtures/enforcement/modality.pol");
    let text = std::fs::read_to_string(&path).unwrap();
    let analysis = Workspace::from_text("modality.pol", &text).analyze_front_end();
    assert!(!analysis.has_errors(), "{:?}", analysis.diagnostics);
    let table = backend::decision_table(&analysis.policy);
    (analysis, table)
}

/// The fixture with `only_if`, `currently_not`, `when` and a promise's exceptions: the engines
/// agree, and the domain reaches the new deny reason.
#[test]
fn engines_agree_on_only_if_currently_not_and_when() {
    let (analysis, table) = modality_fixture();
    let kinds = differential(
        &table,
        &emit(&table),
        &sources(&analysis.policy),
        "modality.pol",
    );
    for kind in [
        "allow",
        "needs_consent",
        "deny:condition_not_met",
        "deny:no_lawful_basis",
    ] {
        assert!(kinds.contains_key(kind), "no request got {kind}: {kinds:?}");
    }
}

fn with_conditions(mut r: Request, conditions: &[&str]) -> Request {
    r.conditions = conditions.iter().map(|c| c.to_string()).collect();
    r
}

#[test]
fn only_if_cases_need_their_condition_or_consent() {
    let (_, table) = modality_fixture();
    let ev = Evaluator::from_table(table.clone());
    // "Only where the law requires it or an authority asks": denied until one is asserted, then
    // allowed on the legal duty with no consent.
    let plain = req("phone", "account", Some("authorities"), &[]);
    assert_eq!(
        ev.decide(&plain),
        Decision::Deny {
            reason: DenyReason::ConditionNotMet,
            detail: Some("std::conditions::law_requires")
        }
    );
    for c in [
        "std::conditions::law_requires",
        "std::conditions::authority_request",
    ] {
        assert!(
            ev.decide(&with_conditions(plain.clone(), &[c])).is_allow(),
            "{c}"
        );
    }
    // "Only with your separate consent, or anonymised": the consent case asks for the flow's
    // own separate consent; the anonymised case needs only its condition.
    let processor = req("phone", "account", Some("processor"), &["purpose.account"]);
    assert_eq!(
        ev.decide(&processor),
        Decision::NeedsConsent {
            consent: "flow.to_processor",
            separate: true
        }
    );
    assert!(ev
        .decide(&with_conditions(
            processor.clone(),
            &["std::conditions::anonymized"]
        ))
        .is_allow());
    // `when`: the trigger must be asserted; then the purpose's consent is enough.
    let mailing = req("phone", "account", Some("processor"), &["purpose.account"]);
    assert!(!ev.decide(&mailing).is_allow());
    assert!(matches!(
        ev.decide(&with_conditions(mailing, &["you_ask_for_delivery"])),
        Decision::Allow {
            flow: "delivery",
            ..
        }
    ));
    // `currently_not`: no rule, whatever is asserted or consented.
    assert!(table.rules.iter().all(|r| r.source != "abroad"));
    let everything: Vec<&str> = table.consents.iter().map(|c| c.id.as_str()).collect();
    let abroad = req("phone", "account", Some("partner_abroad"), &everything);
    assert_eq!(
        ev.decide(&abroad),
        Decision::Deny {
            reason: DenyReason::NoSuchFlow,
            detail: None
        }
    );
    // The promise names publish_listing among its exceptions: allowed without an `allow`.
    assert!(ev
        .decide(&req(
            "listing",
            "publish",
            Some("everyone"),
            &["disclose.publish_listing"]
        ))
        .is_allow());
    // consents.json: the consent an only_if consent case asks for is listed with its flow (what
    // it covers, separate as its condition says); a currently_not flow asks for nothing.
    let own = table
        .consents
        .iter()
        .find(|c| c.id == "flow.to_processor")
        .unwrap();
    assert!(own.separate);
    assert_eq!(own.recipients, ["processor"]);
    assert_eq!(own.categories, ["phone"]);
    assert!(
        table.consents.iter().all(|c| !c.id.ends_with(".abroad")),
        "{:?}",
        table.consents.iter().map(|c| &c.id).collect::<Vec<_>>()
    );
    // The table lists the conditions it depends on, with their labels.
    let law = table
        .conditions
        .iter()
        .find(|c| c.id == "std::conditions::law_requires")
        .unwrap();
    assert_eq!(law.kind, "law");
    assert_eq!(law.label.en, "where laws or regulations require it");
}
