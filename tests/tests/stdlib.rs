//! The standard library: every module loads without a diagnostic, every text is bilingual, and
//! the items the rules rely on exist with the catalogue's ids and values (legal-rules.md §3, §4).

use pol::ir::{Fields, Item, Policy, Value};
use pol::source::Origin;
use pol::types::schema::Kind;
use pol::{Analysis, Workspace};

/// A policy that imports every stdlib module and uses one item of each.
const ALL_MODULES: &str = r#"
use std::pipl::*
use std::pipl::exceptions
use std::gbt35273 as gb
use std::gdpr
use std::security::*
use std::promises
use std::retention::*
use std::conditions

policy t {
  controller { name { zh: "甲公司", en: "A Ltd." } }
  effective 2024-01-01
}

category face: gb::sensitive_biometric { label { zh: "人脸", en: "face" } }
purpose p {
  label { zh: "目的", en: "purpose" }
  uses face
  basis separate_consent, gdpr::consent
}
recipient r: authority { label { zh: "机关", en: "authority" } }
flow f { share face; to r; basis legal_duty; exceptions exceptions::legal_duty }
flow g { share face; to r; for p; only_if conditions::law_requires }
retention { data face; minimum legal_minimums }
security { measures encryption; certifications iso27001 }
promise in_china: promises::storage_only { region CN }
"#;

#[cfg(test)]
fn analyze() -> Analysis {
    Workspace::from_text("t.pol", ALL_MODULES).analyze()
}

/// The item at `std::module::name`.
#[cfg(test)]
fn item<'p>(policy: &'p Policy, path: &str) -> &'p Item {
    let (module, name) = path.rsplit_once("::").unwrap();
    let m = policy
        .modules
        .iter()
        .find(|m| m.path == module)
        .unwrap_or_else(|| panic!("no module {module}"));
    assert!(m.is_std, "{module} is not a stdlib module");
    let id = m
        .items
        .get(name)
        .unwrap_or_else(|| panic!("no item {path}"));
    policy.item(*id).unwrap()
}

/// The names of a module's items of one kind, in source order.
#[cfg(test)]
fn names(policy: &Policy, module: &str, kind: Kind) -> Vec<String> {
    let m = policy.modules.iter().find(|m| m.path == module).unwrap();
    m.items
        .values()
        .filter_map(|id| policy.item(*id))
        .filter(|i| i.kind == kind)
        .map(|i| i.name().to_string())
        .collect()
}

/// The qualified names of a list's items.
#[cfg(test)]
fn list_items(policy: &Policy, path: &str) -> Vec<String> {
    let list = item(policy, path);
    assert_eq!(list.kind, Kind::List);
    list.fields
        .refs("items")
        .into_iter()
        .map(|id| policy.qualified_name(id))
        .collect()
}

#[cfg(test)]
fn std_items(policy: &Policy) -> impl Iterator<Item = &Item> {
    policy
        .items
        .iter()
        .filter(|i| policy.module(i.module).is_some_and(|m| m.is_std))
}

#[test]
fn stdlib_files_produce_no_diagnostics() {
    let analysis = analyze();
    let in_stdlib: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| {
            analysis
                .db
                .get(d.primary.span.file)
                .is_some_and(|f| matches!(f.origin, Origin::Stdlib { .. }))
        })
        .map(|d| {
            format!(
                "{} {} {}",
                d.code,
                analysis.db.name(d.primary.span.file),
                d.message.en()
            )
        })
        .collect();
    assert_eq!(in_stdlib, Vec::<String>::new());
    // The policy that uses every module is clean too: every stdlib name it uses resolves.
    // (It is a skeleton, not a complete policy, so the legal rules' findings are set aside.)
    let all: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| !d.code.is_rule())
        .map(|d| format!("{} {}", d.code, d.message.en()))
        .collect();
    assert_eq!(all, Vec::<String>::new());
}

#[test]
fn every_stdlib_module_is_loaded() {
    let analysis = analyze();
    let mut std_modules: Vec<&str> = analysis
        .policy
        .modules
        .iter()
        .filter(|m| m.is_std)
        .map(|m| m.path.as_str())
        .collect();
    std_modules.sort_unstable();
    assert_eq!(
        std_modules,
        [
            "std::ccpa",
            "std::conditions",
            "std::core",
            "std::gbt35273",
            "std::gdpr",
            "std::pipl",
            "std::pipl::exceptions",
            "std::promises",
            "std::retention",
            "std::security",
            "std::uk_gdpr"
        ]
    );
}

/// The compiler does not check stdlib texts against a policy's languages, so this test does:
/// every text of every stdlib item has a non-empty Chinese and English version.
#[test]
fn every_stdlib_text_is_bilingual() {
    fn check(fields: &Fields, owner: &str, missing: &mut Vec<String>) {
        for field in &fields.0 {
            for v in &field.values {
                match &v.value {
                    Value::Text(t) => {
                        let zh = t.zh.as_deref().unwrap_or("");
                        let en = t.en.as_deref().unwrap_or("");
                        if zh.trim().is_empty() || en.trim().is_empty() {
                            missing.push(format!("{owner}.{}", field.key));
                        }
                        // Chinese text uses full-width punctuation.
                        if zh.contains([',', ';', '(', ')']) {
                            missing.push(format!(
                                "{owner}.{} has half-width punctuation: {zh}",
                                field.key
                            ));
                        }
                    }
                    Value::Record(r) => check(r, owner, missing),
                    _ => {}
                }
            }
        }
    }
    let analysis = analyze();
    let mut missing = Vec::new();
    let mut count = 0;
    for item in std_items(&analysis.policy) {
        count += 1;
        assert!(
            item.fields.text("label").is_some(),
            "{} has no label",
            analysis.policy.qualified_name(item.id)
        );
        check(
            &item.fields,
            &analysis.policy.qualified_name(item.id),
            &mut missing,
        );
    }
    assert_eq!(missing, Vec::<String>::new());
    assert!(count > 250, "only {count} stdlib items");
}

#[test]
fn pipl_bases_have_their_consent_form_and_profile() {
    let analysis = analyze();
    let p = &analysis.policy;
    let bases = names(p, "std::pipl", Kind::Basis);
    assert_eq!(
        bases,
        [
            "consent",
            "separate_consent",
            "written_consent",
            "guardian_consent",
            "contract",
            "hr_management",
            "legal_duty",
            "emergency",
            "news_reporting",
            "public_info",
            "other_law"
        ]
    );
    let forms: Vec<Option<&str>> = bases
        .iter()
        .map(|b| item(p, &format!("std::pipl::{b}")).fields.option("consent"))
        .collect();
    assert_eq!(
        forms,
        [
            Some("general"),
            Some("separate"),
            Some("written"),
            Some("guardian"),
            Some("none"),
            Some("none"),
            Some("none"),
            Some("none"),
            Some("none"),
            Some("none"),
            Some("none")
        ]
    );
    for b in &bases {
        assert_eq!(
            item(p, &format!("std::pipl::{b}")).fields.option("profile"),
            Some("pipl"),
            "{b}"
        );
    }
    // Pages print the label, so it is in the policy's voice; `article` carries the citation.
    let separate = item(p, "std::pipl::separate_consent");
    assert_eq!(
        separate.fields.text("label").unwrap().zh.as_deref(),
        Some("取得您的单独同意")
    );
    assert!(separate
        .fields
        .str("article")
        .unwrap()
        .starts_with("PIPL Art. 14 ¶1"));
    assert_eq!(
        item(p, "std::pipl::contract").fields.str("article"),
        Some("PIPL Art. 13 ¶1(2); GDPR (advisory): Art. 6(1)(b)")
    );
}

#[test]
fn pipl_consent_exceptions_are_the_seven_art13_items() {
    let analysis = analyze();
    let p = &analysis.policy;
    assert_eq!(
        list_items(p, "std::pipl::consent_exceptions"),
        [
            "std::pipl::exceptions::contract",
            "std::pipl::exceptions::hr_management",
            "std::pipl::exceptions::legal_duty",
            "std::pipl::exceptions::emergency",
            "std::pipl::exceptions::news_reporting",
            "std::pipl::exceptions::public_info",
            "std::pipl::exceptions::other_law"
        ]
    );
    let legal_duty = item(p, "std::pipl::exceptions::legal_duty");
    assert_eq!(legal_duty.kind, Kind::Clause);
    assert_eq!(legal_duty.fields.str("article"), Some("PIPL Art. 13 ¶1(3)"));
    // The clause and the basis of the same id say the same thing.
    assert_eq!(
        legal_duty.fields.text("label"),
        item(p, "std::pipl::legal_duty").fields.text("label")
    );
}

#[test]
fn pipl_roles_rights_and_mechanisms_use_the_catalogue_ids() {
    let analysis = analyze();
    let p = &analysis.policy;
    assert_eq!(
        names(p, "std::pipl", Kind::Role),
        [
            "entrusted_party",
            "other_handler",
            "joint_handler",
            "affiliate",
            "enterprise_customer",
            "sdk_provider",
            "overseas_recipient",
            "acquirer",
            "public",
            "authority",
            "sub_entrusted"
        ]
    );
    assert_eq!(
        names(p, "std::pipl", Kind::Right),
        [
            "know_decide",
            "restrict_refuse",
            "access",
            "copy",
            "portability",
            "correct",
            "supplement",
            "delete",
            "explain",
            "withdraw_consent",
            "close_account",
            "adm_explanation",
            "adm_refusal",
            "object_marketing",
            "notify_recipients",
            "deceased_relatives",
            "complain",
            "sue"
        ]
    );
    let mechanisms = names(p, "std::pipl", Kind::Mechanism);
    let exemptions: Vec<&String> = mechanisms
        .iter()
        .filter(|m| item(p, &format!("std::pipl::{m}")).fields.bool("exemption") == Some(true))
        .collect();
    assert_eq!(
        exemptions,
        [
            "ex_non_personal",
            "ex_transit",
            "ex_contract",
            "ex_hr",
            "ex_emergency",
            "ex_small_volume",
            "ex_ftz_negative_list"
        ]
    );
    assert_eq!(mechanisms.len(), 14);
    assert_eq!(
        item(p, "std::pipl::ex_small_volume").fields.str("article"),
        Some("CBDF Art. 5(4)")
    );
}

#[test]
fn pipl_rights_carry_the_stdlib_defaults() {
    let analysis = analyze();
    let p = &analysis.policy;
    let delete = item(p, "std::pipl::delete");
    assert_eq!(
        delete.fields.duration("within").map(|d| d.to_string()),
        Some("15 working_days".to_string())
    );
    assert_eq!(
        delete.fields.option("fee"),
        Some("free_for_reasonable_requests")
    );
    assert_eq!(
        delete
            .fields
            .refs("conditions")
            .iter()
            .map(|id| p.qualified_name(*id))
            .collect::<Vec<_>>(),
        ["std::pipl::deletion_conditions"]
    );
    assert_eq!(p.clauses(&delete.fields, "conditions").len(), 5);
    assert_eq!(list_items(p, "std::pipl::deletion_conditions").len(), 5);
    assert_eq!(
        item(p, "std::pipl::deletion_fallback")
            .fields
            .str("article"),
        Some("PIPL Art. 47 ¶2")
    );
    assert_eq!(
        item(p, "std::gdpr::access")
            .fields
            .duration("within")
            .map(|d| d.to_string()),
        Some("1 month".to_string())
    );
}

#[test]
fn pipl_text_blocks_are_lists_of_clauses() {
    let analysis = analyze();
    let p = &analysis.policy;
    let sizes: Vec<(&str, usize)> = [
        "art17_items",
        "art23_items",
        "art39_items",
        "merger_commitments",
        "entrust_clauses",
        "incident_notice",
        "reconsent_triggers",
    ]
    .into_iter()
    .map(|l| (l, list_items(p, &format!("std::pipl::{l}")).len()))
    .collect();
    assert_eq!(
        sizes,
        [
            ("art17_items", 4),
            ("art23_items", 2),
            ("art39_items", 3),
            ("merger_commitments", 3),
            ("entrust_clauses", 5),
            ("incident_notice", 4),
            ("reconsent_triggers", 7)
        ]
    );
}

#[test]
fn gbt_categories_and_sensitive_kinds() {
    let analysis = analyze();
    let p = &analysis.policy;
    let categories = names(p, "std::gbt35273", Kind::Category);
    assert_eq!(
        categories[..13],
        [
            "basic_profile",
            "identity",
            "biometric",
            "network_id",
            "health",
            "education_work",
            "property",
            "communications",
            "contacts",
            "online_records",
            "device",
            "location",
            "other"
        ]
    );
    let sensitive: Vec<&String> = categories
        .iter()
        .filter(|c| c.starts_with("sensitive_"))
        .collect();
    assert_eq!(sensitive.len(), 15);
    for c in &sensitive {
        let id = item(p, &format!("std::gbt35273::{c}")).id;
        assert!(p.is_sensitive(id), "{c} is not sensitive");
    }
    let biometric = item(p, "std::gbt35273::sensitive_biometric");
    assert_eq!(biometric.fields.bool("sensitive"), Some(true));
    assert_eq!(
        biometric.parent.map(|id| p.qualified_name(id)).as_deref(),
        Some("std::gbt35273::biometric")
    );
    assert!(p.is_sensitive(item(p, "std::gbt35273::biometric").id));
    assert!(!p.is_sensitive(item(p, "std::gbt35273::basic_profile").id));
    assert!(!p.is_sensitive(item(p, "std::gbt35273::health").id));
    let child = item(p, "std::gbt35273::sensitive_child_under_14");
    assert_eq!(child.parent, None);
    assert_eq!(child.fields.options("tags"), ["child_data"]);
    let basic = item(p, "std::gbt35273::basic_profile");
    assert_eq!(basic.fields.texts("examples").len(), 10);
    assert_eq!(
        basic.fields.texts("examples")[9].zh.as_deref(),
        Some("电子邮件地址")
    );
    // A policy category mapped to a sensitive kind is sensitive through its parent.
    let face = analysis
        .policy
        .of_kind(Kind::Category)
        .find(|c| c.name() == "face")
        .unwrap();
    assert!(p.is_sensitive(face.id));
}

#[test]
fn gbt_lists_have_the_standard_items() {
    let analysis = analyze();
    let p = &analysis.policy;
    let refusal = list_items(p, "std::gbt35273::refusal_grounds");
    assert_eq!(refusal.len(), 8);
    assert_eq!(refusal[0], "std::gbt35273::refuse_legal_obligation");
    assert_eq!(refusal[7], "std::gbt35273::refuse_trade_secret");
    assert_eq!(
        list_items(p, "std::gbt35273::major_changes"),
        [
            "std::gbt35273::change_service_model",
            "std::gbt35273::change_ownership",
            "std::gbt35273::change_recipients",
            "std::gbt35273::change_rights",
            "std::gbt35273::change_contact",
            "std::gbt35273::change_high_risk"
        ]
    );
    assert_eq!(list_items(p, "std::gbt35273::consent_exceptions").len(), 11);
    assert_eq!(
        list_items(p, "std::gbt35273::sharing_consent_exceptions").len(),
        7
    );
    let trade_secret = item(p, "std::gbt35273::refuse_trade_secret")
        .fields
        .text("label")
        .unwrap();
    assert_eq!(trade_secret.zh.as_deref(), Some("涉及商业秘密的"));
    assert_eq!(
        trade_secret.en.as_deref(),
        Some("the request involves trade secrets")
    );
}

#[test]
fn gdpr_security_promises_and_retention() {
    let analysis = analyze();
    let p = &analysis.policy;
    assert_eq!(
        names(p, "std::gdpr", Kind::Basis),
        [
            "consent",
            "contract",
            "legal_obligation",
            "vital_interests",
            "public_task",
            "legitimate_interests"
        ]
    );
    for b in names(p, "std::gdpr", Kind::Basis) {
        assert_eq!(
            item(p, &format!("std::gdpr::{b}")).fields.option("profile"),
            Some("gdpr")
        );
    }
    assert_eq!(list_items(p, "std::gdpr::art9_conditions").len(), 10);
    assert_eq!(list_items(p, "std::gdpr::art28_clauses").len(), 8);
    assert_eq!(
        item(p, "std::gdpr::adequacy").fields.str("article"),
        Some("GDPR Art. 45")
    );
    assert_eq!(
        item(p, "std::gdpr::derogation_explicit_consent")
            .fields
            .bool("exemption"),
        Some(true)
    );

    let certifications = names(p, "std::security", Kind::Certification);
    for c in [
        "iso27001",
        "iso27701",
        "mlps_filing",
        "mlps_level_1",
        "mlps_level_2",
        "mlps_level_3",
        "mlps_level_4",
    ] {
        assert!(
            certifications.iter().any(|n| n == c),
            "no certification {c}"
        );
    }
    let measures = names(p, "std::security", Kind::Measure);
    for m in [
        "encryption",
        "de_identification",
        "anonymization",
        "access_control",
        "data_masking",
    ] {
        assert!(measures.iter().any(|n| n == m), "no measure {m}");
    }

    assert_eq!(
        names(p, "std::promises", Kind::Promise),
        [
            "no_cross_border",
            "storage_only",
            "no_share_except",
            "no_transfer_except",
            "no_public_disclosure_except",
            "no_sale",
            "cookies_only_for",
            "no_combination",
            "no_third_party_source",
            "no_customer_data_access_except",
            "not_directed_at_minors",
            "no_rights_reduction",
            "no_secondary_use_without_consent"
        ]
    );
    assert_eq!(
        list_items(p, "std::retention::legal_minimums"),
        [
            "std::retention::network_logs_6m",
            "std::retention::ecommerce_records_3y",
            "std::retention::online_trading_records_3y",
            "std::retention::aml_records",
            "std::retention::piia_records_3y",
            "std::retention::provision_records_3y"
        ]
    );
}

/// Stdlib labels are printed on policy pages in the company's voice (我们/您, "we/you"): never the
/// statute's third person (本法, 个人信息控制者, 个人信息主体, 数据主体, "the controller", "the data
/// subject"). The statute's words stay in `article` citations and in comments.
#[test]
fn stdlib_labels_speak_in_the_policy_voice() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../stdlib");
    let mut files = vec![];
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "pol") {
                files.push(path);
            }
        }
    }
    assert!(files.len() >= 7, "{files:?}");
    let third_person = [
        "本法",
        "个人信息控制者",
        "个人信息主体",
        "数据主体",
        "the controller",
        "the data subject",
        "the subject",
        "the individual",
    ];
    let mut found = vec![];
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let t = line.trim_start();
            if t.starts_with("//") || t.starts_with("article") {
                continue;
            }
            for w in third_person {
                if t.contains(w) {
                    found.push(format!("{}:{}: {w}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

/// A stdlib label is printed on pages as the policy's own words, so it says what the law says and
/// nothing more: a role names the role alone (the events of a transfer or the authorities of a
/// disclosure are the policy's to name, and a list page printed "merger, division, dissolution
/// or bankruptcy" for policies that speak of a merger or an acquisition only), and the consent
/// exceptions of PIPL Art. 13 ¶1 keep the statute's words, in the company's voice, with no
/// widening ("health", "and similar acts", "within a reasonable scope") beyond the article.
#[test]
fn stdlib_labels_say_no_more_than_the_law() {
    let analysis = analyze();
    let p = &analysis.policy;
    let label = |path: &str| {
        let t = item(p, path).fields.text("label").unwrap().clone();
        (t.zh.unwrap(), t.en.unwrap())
    };
    let events = [
        "合并",
        "分立",
        "解散",
        "破产",
        "merger",
        "division",
        "dissolution",
        "bankruptcy",
        "司法",
        "行政",
        "监管",
        "judicial",
        "administrative",
        "regulatory",
    ];
    let mut widened = vec![];
    for role in names(p, "std::pipl", Kind::Role) {
        let (zh, en) = label(&format!("std::pipl::{role}"));
        for w in events {
            if zh.contains(w) || en.contains(w) {
                widened.push(format!("{role}: {w}"));
            }
        }
    }
    assert_eq!(widened, Vec::<String>::new());
    assert_eq!(label("std::pipl::acquirer").1, "recipient (successor)");

    // PIPL Art. 22 lists its events open-ended (「等原因」): the condition keeps the 等.
    let (zh, en) = label("std::conditions::corporate_event");
    assert!(zh.contains("等情形"), "{zh}");
    assert!(en.ends_with("or a similar event"), "{en}");

    // PIPL Art. 13 ¶1 (4)–(6), word for word but for 个人 → 您 and 依照本法规定 → 依法.
    for (path, statute) in [
        (
            "std::pipl::exceptions::emergency",
            "为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需",
        ),
        (
            "std::pipl::exceptions::news_reporting",
            "为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息",
        ),
        (
            "std::pipl::exceptions::public_info",
            "依法在合理的范围内处理您自行公开或者其他已经合法公开的个人信息",
        ),
    ] {
        assert_eq!(label(path).0, statute, "{path}");
    }
    // GB/T 35273-2020 8.7 f): 「出于维护个人信息主体或其他个人的生命、财产等重大合法权益但又很难得到
    // 本人授权同意的」, in the company's voice.
    assert_eq!(
        label("std::gbt35273::refuse_vital_interests").0,
        "出于维护您或其他个人的生命、财产等重大合法权益但又很难得到您本人授权同意的"
    );
}
