//! "Abroad" is measured from the policy's home, in the territory of the law it declares: a
//! German controller with a German processor under the GDPR transfers nothing abroad, in the
//! checker, the manifest, the decision table, consents.json and the evaluator; the same
//! processor is abroad for a Chinese controller under the PIPL.

use pol::Workspace;
use pol_eval::{Decision, Evaluator, Person, Request};

/// A German company whose support vendor is in `region`, under `profile`.
fn policy(profile: &str, established: &str, region: &str) -> String {
    format!(
        r#"use std::{profile}

policy shop {{
  title {{ zh: "隐私政策", en: "Privacy notice" }}
  controller {{
    name {{ zh: "商店有限公司", en: "Shop GmbH" }}
    established {established}
  }}
  languages zh, en
  profile {profile}
}}

category email {{
  label {{ zh: "电子邮件地址", en: "email address" }}
}}

purpose support {{
  label {{ zh: "客户支持", en: "customer support" }}
  uses email
  basis {basis}
}}

recipient helpdesk{role} {{
  label {{ zh: "客服平台", en: "helpdesk platform" }}
  region {region}
}}

flow helpdesk_tickets {{
  entrust email
  to helpdesk
  for support
}}
"#,
        basis = if profile == "gdpr" {
            "gdpr::contract"
        } else {
            "pipl::contract"
        },
        // The GDPR's recipient roles are not in the stdlib yet: a plain recipient.
        role = if profile == "gdpr" {
            ""
        } else {
            ": pipl::entrusted_party"
        },
    )
}

fn analyze(text: &str) -> pol::Analysis {
    let analysis = Workspace::from_text("shop.pol", text).analyze();
    let syntax: Vec<String> = analysis
        .diagnostics
        .iter()
        .filter(|d| {
            let code = d.code.to_string();
            code.starts_with("SYN") || code.starts_with("NAME") || code.starts_with("TYPE")
        })
        .map(|d| format!("{} {}", d.code, d.message.en()))
        .collect();
    assert!(syntax.is_empty(), "{syntax:#?}");
    analysis
}

fn codes(a: &pol::Analysis) -> Vec<String> {
    a.diagnostics.iter().map(|d| d.code.to_string()).collect()
}

#[test]
fn a_german_processor_of_a_german_controller_is_not_abroad_under_the_gdpr() {
    let a = analyze(&policy("gdpr", "DE", "DE"));
    assert!(
        !codes(&a).iter().any(|c| c == "GDPR-XFER-001"),
        "{:?}",
        codes(&a)
    );

    let manifest = pol::backends::manifest::build(&a);
    assert_eq!(manifest.policy.home.region, "DE");
    assert!(manifest.policy.home.territory.iter().any(|r| r == "FR"));
    assert!(!manifest.policy.home.territory.iter().any(|r| r == "CN"));
    let helpdesk = &manifest.recipients[0];
    assert!(!helpdesk.overseas);
    assert!(helpdesk.abroad_under.is_empty());
    assert!(!manifest.flows[0].cross_border);

    let table = pol::backends::enforce::decision_table(&a.policy);
    assert_eq!(table.home_region, "DE");
    assert!(table
        .rules
        .iter()
        .all(|r| !r.overseas && r.cross_border_consent.is_none()));
    assert!(!table
        .consents
        .iter()
        .any(|c| c.id.starts_with("cross_border.")));

    // A request placing the data in Germany stays at home: no cross-border consent is asked.
    let evaluator = Evaluator::from_table(table);
    let decision = evaluator.decide(&Request {
        category: "email".into(),
        purpose: "support".into(),
        recipient: Some("helpdesk".into()),
        region: Some("DE".into()),
        person: Person::default(),
        conditions: Vec::new(),
    });
    assert!(matches!(decision, Decision::Allow { .. }), "{decision:?}");
}

#[test]
fn a_recipient_in_china_is_abroad_under_the_gdpr_and_needs_a_chapter_v_ground() {
    let a = analyze(&policy("gdpr", "DE", "CN"));
    assert!(
        codes(&a).iter().any(|c| c == "GDPR-XFER-001"),
        "{:?}",
        codes(&a)
    );
    let manifest = pol::backends::manifest::build(&a);
    assert!(manifest.recipients[0].overseas);
    assert_eq!(
        manifest.recipients[0].abroad_under,
        vec!["gdpr".to_string()]
    );
    // The GDPR asks for a transfer ground, never for the PIPL's cross-border consent.
    let table = pol::backends::enforce::decision_table(&a.policy);
    assert!(table.rules.iter().all(|r| r.cross_border_consent.is_none()));
}

#[test]
fn the_same_processor_is_abroad_for_a_chinese_controller_under_the_pipl() {
    let a = analyze(&policy("pipl", "CN", "DE"));
    assert!(
        codes(&a).iter().any(|c| c.starts_with("PIPL-XB-")),
        "{:?}",
        codes(&a)
    );
    let manifest = pol::backends::manifest::build(&a);
    assert_eq!(manifest.policy.home.territory, vec!["CN".to_string()]);
    assert!(manifest.recipients[0].overseas);
    assert_eq!(
        manifest.recipients[0].abroad_under,
        vec!["pipl".to_string()]
    );
    let table = pol::backends::enforce::decision_table(&a.policy);
    assert_eq!(table.home_region, "CN");
    assert!(table.rules.iter().any(|r| r.overseas));
}

#[test]
fn without_an_establishment_home_is_the_first_declared_law_s_territory() {
    let text = policy("gdpr", "DE", "DE").replace("    established DE\n", "");
    let a = analyze(&text);
    let manifest = pol::backends::manifest::build(&a);
    assert_eq!(manifest.policy.home.region, "EU");
    assert!(manifest.policy.controller.established.is_empty());
    assert!(!manifest.recipients[0].overseas);
}

/// A UK company under both the GDPR and the UK GDPR, with its support vendor in `region`.
fn uk_policy(region: &str) -> String {
    format!(
        r#"use std::gdpr
use std::uk_gdpr

policy shop {{
  title {{ zh: "隐私政策", en: "Privacy notice" }}
  controller {{
    name {{ zh: "商店有限公司", en: "Shop Ltd" }}
    established GB
  }}
  languages zh, en
  profile uk_gdpr, gdpr
}}

category email {{
  label {{ zh: "电子邮件地址", en: "email address" }}
}}

purpose support {{
  label {{ zh: "客户支持", en: "customer support" }}
  uses email
  basis gdpr::contract, uk_gdpr::contract
}}

recipient helpdesk {{
  label {{ zh: "客服平台", en: "helpdesk platform" }}
  region {region}
}}

flow helpdesk_tickets {{
  entrust email
  to helpdesk
  for support
}}
"#
    )
}

#[test]
fn an_eu_processor_of_a_uk_controller_is_abroad_under_the_uk_gdpr_only() {
    let a = analyze(&uk_policy("DE"));
    let manifest = pol::backends::manifest::build(&a);
    assert_eq!(manifest.policy.home.region, "GB");
    assert_eq!(manifest.policy.home.territory, vec!["GB".to_string()]);
    let helpdesk = &manifest.recipients[0];
    assert!(helpdesk.overseas);
    assert_eq!(helpdesk.abroad_under, vec!["uk_gdpr".to_string()]);
    // The EEA is covered by UK adequacy regulations, and Germany is home under the GDPR: a
    // transfer, but no finding under either law.
    let found = codes(&a);
    assert!(
        !found
            .iter()
            .any(|c| c == "UK-XFER-001" || c == "GDPR-XFER-001"),
        "{found:?}"
    );
    let table = pol::backends::enforce::decision_table(&a.policy);
    assert_eq!(table.home_region, "GB");
    assert!(table.rules.iter().all(|r| r.cross_border_consent.is_none()));
}

#[test]
fn a_processor_in_india_needs_a_uk_tool_and_a_chapter_v_ground() {
    let a = analyze(&uk_policy("IN"));
    let found = codes(&a);
    assert!(found.iter().any(|c| c == "UK-XFER-001"), "{found:?}");
    assert!(found.iter().any(|c| c == "GDPR-XFER-001"), "{found:?}");
    let manifest = pol::backends::manifest::build(&a);
    assert_eq!(
        manifest.recipients[0].abroad_under,
        vec!["gdpr".to_string(), "uk_gdpr".to_string()]
    );
}

#[test]
fn nothing_is_abroad_under_the_ccpa() {
    let text = r#"use std::ccpa

policy shop {
  controller { name { zh: "商店公司", en: "Shop Inc." } }
  languages zh, en
  profile ccpa
}

category email: ccpa::identifiers {
  label { zh: "电子邮件地址", en: "email address" }
}

purpose support {
  label { zh: "客户支持", en: "customer support" }
  uses email
}

recipient helpdesk: ccpa::service_provider {
  label { zh: "客服平台", en: "helpdesk platform" }
  region IN
}

flow helpdesk_tickets {
  entrust email
  to helpdesk
  for support
}
"#;
    let a = analyze(text);
    let manifest = pol::backends::manifest::build(&a);
    // With no establishment, a CCPA policy is at home in the United States, not in China.
    assert_eq!(manifest.policy.home.region, "US");
    assert!(manifest.recipients[0].abroad_under.is_empty());
    let table = pol::backends::enforce::decision_table(&a.policy);
    assert_eq!(table.home_region, "US");

    // A controller in California is at home in the whole country: New York is not abroad.
    let text = text
        .replace(
            "name { zh: \"商店公司\", en: \"Shop Inc.\" } }",
            "name { zh: \"商店公司\", en: \"Shop Inc.\" }; established US-CA }",
        )
        .replace("region IN", "region US-NY");
    let manifest = pol::backends::manifest::build(&analyze(&text));
    assert_eq!(manifest.policy.home.region, "US-CA");
    assert_eq!(manifest.policy.home.territory, vec!["US".to_string()]);
    assert!(!manifest.recipients[0].overseas);
}
