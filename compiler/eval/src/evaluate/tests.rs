use super::*;
use crate::{Category, Consent, ConsentKind, FlowKind, Label, Modality, Named, Person, RegionBan};

fn label(s: &str) -> Label {
    Label {
        zh: s.into(),
        en: s.into(),
    }
}

fn rule(category: &str, purpose: &str, recipient: Option<&str>) -> Rule {
    Rule {
        category: category.into(),
        purpose: purpose.into(),
        recipient: recipient.map(Into::into),
        kind: if recipient.is_some() {
            FlowKind::Share
        } else {
            FlowKind::Use
        },
        modality: Modality::Routine,
        conditions: Vec::new(),
        source: purpose.into(),
        basis: vec!["std::pipl::consent".into()],
        lawful: Lawful::Consent,
        regions: vec!["CN".into()],
        overseas: false,
        consents: vec![format!("purpose.{purpose}")],
        cross_border_consent: None,
        guardian: false,
        forbidden_by: None,
        forbidden_regions: Vec::new(),
    }
}

fn consent(id: &str, separate: bool) -> Consent {
    Consent {
        id: id.into(),
        kind: ConsentKind::Purpose,
        separate,
        written: false,
        categories: Vec::new(),
        purposes: Vec::new(),
        recipients: Vec::new(),
        regions: Vec::new(),
        wording: label(id),
        article: String::new(),
    }
}

fn table(rules: Vec<Rule>) -> Evaluator {
    Evaluator::from_table(DecisionTable {
        version: FORMAT_VERSION,
        policy: "t".into(),
        home_region: "CN".into(),
        home_territory: vec!["CN".into()],
        categories: vec![Category {
            id: "phone".into(),
            label: label("phone"),
            sensitive: false,
            child_data: false,
        }],
        purposes: vec![Named {
            id: "account".into(),
            label: label("account"),
        }],
        recipients: Vec::new(),
        regions: vec!["CN".into()],
        consents: vec![
            consent("purpose.account", false),
            consent("cross_border.f", true),
        ],
        conditions: Vec::new(),
        rules,
    })
}

fn request(consents: &[&str]) -> Request {
    Request {
        category: "phone".into(),
        purpose: "account".into(),
        recipient: None,
        region: None,
        conditions: Vec::new(),
        person: Person {
            consents: consents.iter().map(|c| c.to_string()).collect(),
            ..Person::default()
        },
    }
}

fn reason(d: Decision) -> Option<DenyReason> {
    match d {
        Decision::Deny { reason, .. } => Some(reason),
        _ => None,
    }
}

#[test]
fn allows_with_the_consent_and_names_the_flow() {
    let ev = table(vec![rule("phone", "account", None)]);
    assert_eq!(
        ev.decide(&request(&["purpose.account"])),
        Decision::Allow {
            flow: "account",
            kind: FlowKind::Use,
            basis: &["std::pipl::consent".to_string()],
        }
    );
}

#[test]
fn asks_for_a_missing_consent() {
    let ev = table(vec![rule("phone", "account", None)]);
    assert_eq!(
        ev.decide(&request(&[])),
        Decision::NeedsConsent {
            consent: "purpose.account",
            separate: false
        }
    );
}

#[test]
fn denies_what_the_table_does_not_state() {
    let ev = table(vec![rule("phone", "account", None)]);
    let mut req = request(&["purpose.account"]);
    req.purpose = "marketing".into();
    assert_eq!(reason(ev.decide(&req)), Some(DenyReason::NoSuchFlow));
    let mut req = request(&["purpose.account"]);
    req.recipient = Some("partners".into());
    assert_eq!(reason(ev.decide(&req)), Some(DenyReason::NoSuchFlow));
}

#[test]
fn denies_a_region_the_rule_does_not_state() {
    let ev = table(vec![rule("phone", "account", None)]);
    let mut req = request(&["purpose.account"]);
    req.region = Some("US".into());
    assert_eq!(reason(ev.decide(&req)), Some(DenyReason::RegionNotStated));
    req.region = Some("CN".into());
    assert!(ev.decide(&req).is_allow());
}

#[test]
fn denies_what_a_promise_forbids() {
    let mut r = rule("phone", "account", None);
    r.forbidden_by = Some("no_sale".into());
    let ev = table(vec![r]);
    assert_eq!(
        ev.decide(&request(&["purpose.account"])),
        Decision::Deny {
            reason: DenyReason::PromiseForbids,
            detail: Some("no_sale")
        }
    );
    let mut r = rule("phone", "account", None);
    r.regions.push("SG".into());
    r.forbidden_regions.push(RegionBan {
        region: "SG".into(),
        promise: "in_china".into(),
    });
    let ev = table(vec![r]);
    let mut req = request(&["purpose.account"]);
    req.region = Some("SG".into());
    assert_eq!(
        ev.decide(&req),
        Decision::Deny {
            reason: DenyReason::PromiseForbids,
            detail: Some("in_china")
        }
    );
}

#[test]
fn denies_a_rule_without_basis() {
    let mut r = rule("phone", "account", None);
    r.lawful = Lawful::None;
    let ev = table(vec![r]);
    assert_eq!(
        reason(ev.decide(&request(&["purpose.account"]))),
        Some(DenyReason::NoLawfulBasis)
    );
}

#[test]
fn a_withdrawal_wins_over_a_grant() {
    let ev = table(vec![rule("phone", "account", None)]);
    let mut req = request(&["purpose.account"]);
    req.person.withdrawn = vec!["purpose.account".into()];
    assert_eq!(
        ev.decide(&req),
        Decision::Deny {
            reason: DenyReason::ConsentWithdrawn,
            detail: Some("purpose.account")
        }
    );
}

#[test]
fn a_minor_needs_a_guardian_unless_no_consent_is_needed() {
    let ev = table(vec![rule("phone", "account", None)]);
    let mut req = request(&["purpose.account"]);
    req.person.minor = true;
    assert_eq!(
        reason(ev.decide(&req)),
        Some(DenyReason::MinorWithoutGuardianConsent)
    );
    req.person.guardian_consent = true;
    assert!(ev.decide(&req).is_allow());

    let mut r = rule("phone", "account", None);
    r.lawful = Lawful::Exception;
    r.consents.clear();
    let ev = table(vec![r]);
    let mut req = request(&[]);
    req.person.minor = true;
    assert!(ev.decide(&req).is_allow());
}

#[test]
fn children_data_needs_a_guardian_for_everyone() {
    let mut r = rule("phone", "account", None);
    r.guardian = true;
    let ev = table(vec![r]);
    assert_eq!(
        reason(ev.decide(&request(&["purpose.account"]))),
        Some(DenyReason::MinorWithoutGuardianConsent)
    );
}

#[test]
fn cross_border_needs_its_own_consent() {
    let mut r = rule("phone", "account", Some("vendor"));
    r.regions = vec!["CN".into(), "SG".into()];
    r.overseas = true;
    r.cross_border_consent = Some("cross_border.f".into());
    let ev = table(vec![r]);
    let mut req = request(&["purpose.account"]);
    req.recipient = Some("vendor".into());
    // No region: the recipient is abroad, so the transfer is cross-border.
    assert_eq!(
        ev.decide(&req),
        Decision::NeedsConsent {
            consent: "cross_border.f",
            separate: true
        }
    );
    req.region = Some("CN".into());
    assert!(ev.decide(&req).is_allow());
    req.region = Some("SG".into());
    req.person.consents.push("cross_border.f".into());
    assert!(ev.decide(&req).is_allow());
}

#[test]
fn the_best_matching_rule_wins() {
    let mut denied = rule("phone", "account", None);
    denied.lawful = Lawful::None;
    let mut exception = rule("phone", "account", None);
    exception.lawful = Lawful::Exception;
    exception.consents.clear();
    exception.source = "legal".into();
    let ev = table(vec![denied, rule("phone", "account", None), exception]);
    assert!(matches!(
        ev.decide(&request(&[])),
        Decision::Allow { flow: "legal", .. }
    ));
}

#[test]
fn loads_json_and_rejects_other_versions() {
    let ev = table(vec![rule("phone", "account", None)]);
    let text = serde_json::to_string(ev.table()).unwrap();
    let loaded = Evaluator::from_json(&text).unwrap();
    assert_eq!(loaded.table(), ev.table());
    let newer = text.replacen(
        &format!("\"version\":{FORMAT_VERSION}"),
        &format!("\"version\":{}", FORMAT_VERSION + 1),
        1,
    );
    assert!(matches!(
        Evaluator::from_json(&newer),
        Err(LoadError::Version { found }) if found == FORMAT_VERSION + 1
    ));
    assert!(matches!(Evaluator::from_json("{"), Err(LoadError::Json(_))));
}

/// A version 1 table (no `conditions`, no `modality`, `version` 1) still loads and decides as
/// it did: its rules are routine and depend on no condition.
#[test]
fn reads_a_version_1_table() {
    let ev = table(vec![rule("phone", "account", None)]);
    let mut value = serde_json::to_value(ev.table()).unwrap();
    value["version"] = 1.into();
    for rule in value["rules"].as_array_mut().unwrap() {
        let rule = rule.as_object_mut().unwrap();
        assert!(rule.remove("modality").is_some());
        assert!(!rule.contains_key("conditions"));
    }
    let old = Evaluator::from_json(&value.to_string()).unwrap();
    assert_eq!(old.table().rules[0].modality, Modality::Routine);
    assert!(old.decide(&request(&["purpose.account"])).is_allow());
}

/// An `only_if` case is allowed only when the request asserts its conditions, all of them, and
/// the deny names the first one missing.
#[test]
fn a_rule_with_conditions_needs_them_all_asserted() {
    let mut legal = rule("phone", "account", None);
    legal.lawful = Lawful::Exception;
    legal.consents.clear();
    legal.modality = Modality::OnlyIf;
    legal.conditions = vec!["law_requires".into(), "authority_request".into()];
    let ev = table(vec![legal]);
    let mut req = request(&[]);
    assert_eq!(
        ev.decide(&req),
        Decision::Deny {
            reason: DenyReason::ConditionNotMet,
            detail: Some("law_requires")
        }
    );
    req.conditions = vec!["law_requires".into()];
    assert_eq!(
        ev.decide(&req),
        Decision::Deny {
            reason: DenyReason::ConditionNotMet,
            detail: Some("authority_request")
        }
    );
    req.conditions.push("authority_request".into());
    assert!(ev.decide(&req).is_allow());
}

/// Two cases of one flow: the one whose condition holds decides; with none, the consent case
/// still asks for its consent (a better outcome than the unmet condition's deny).
#[test]
fn the_case_whose_condition_holds_decides() {
    let mut legal = rule("phone", "account", None);
    legal.lawful = Lawful::Exception;
    legal.consents.clear();
    legal.modality = Modality::OnlyIf;
    legal.conditions = vec!["law_requires".into()];
    legal.source = "legal".into();
    let mut consented = rule("phone", "account", None);
    consented.modality = Modality::OnlyIf;
    let ev = table(vec![legal, consented]);
    assert!(matches!(
        ev.decide(&request(&[])),
        Decision::NeedsConsent { .. }
    ));
    let mut req = request(&[]);
    req.conditions = vec!["law_requires".into()];
    assert!(matches!(
        ev.decide(&req),
        Decision::Allow { flow: "legal", .. }
    ));
}
