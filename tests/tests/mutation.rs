//! The mutation test of the legal rules: take `examples/megvii`, inject one violation per rule,
//! and check that the rule fires exactly where the violation is; the untouched example stays
//! clean.
//!
//! Each mutation appends items to `website.pol` (which imports `std::pipl` and
//! `std::gbt35273 as gb`; items of `policy.pol` are reached as `policy::NAME`); the line marked `// <- CODE` in the injected text is where the rule
//! must report. Other rules may fire too (an injected purpose also lacks a retention rule, say):
//! the test asserts the expected finding, not that it is alone.

use std::path::{Path, PathBuf};

use pol::Workspace;

fn megvii() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/megvii")
}

/// The (code, line) of every diagnostic in `website.pol` after appending `extra` to it.
fn findings_after(extra: &str) -> (Vec<(String, u32)>, u32) {
    let dir = megvii();
    let website = dir.join("website.pol");
    let original = std::fs::read_to_string(&website).unwrap();
    let offset = original.lines().count() as u32;
    let mut ws = Workspace::open(&dir).unwrap();
    ws.set_overlay(website.clone(), &format!("{original}{extra}"));
    let analysis = ws.analyze();
    let file = analysis.file_by_path(&website).unwrap();
    let found = analysis
        .diagnostics
        .iter()
        .filter(|d| d.primary.span.file == file)
        .map(|d| {
            let lc = analysis
                .db
                .get(file)
                .unwrap()
                .line_col(d.primary.span.start);
            (d.code.as_str().to_string(), lc.line)
        })
        .collect();
    (found, offset)
}

/// Appends `extra` and asserts `code` is reported on the line marked `// <- CODE`.
fn assert_fires(code: &str, extra: &str) {
    let marker = format!("// <- {code}");
    let (found, offset) = findings_after(extra);
    let line = extra
        .lines()
        .position(|l| l.contains(&marker))
        .unwrap_or_else(|| panic!("the mutation for {code} has no `{marker}` line"))
        as u32
        + offset
        + 1;
    assert!(
        found.iter().any(|(c, l)| c == code && *l == line),
        "{code} expected at website.pol:{line}; found {found:?}"
    );
}

#[test]
fn the_untouched_example_is_clean() {
    let analysis = Workspace::open(&megvii()).unwrap().analyze();
    let all: Vec<String> = analysis
        .diagnostics
        .iter()
        .map(|d| format!("{} {}", d.code, d.message.en()))
        .collect();
    assert!(all.is_empty(), "{all:?}");
}

#[test]
fn core_decl_001_a_purpose_naming_a_standard_category() {
    assert_fires(
        "CORE-DECL-001",
        r#"
purpose mutated {
  label { zh: "变异目的", en: "mutated purpose" }
  uses gb::basic_profile // <- CORE-DECL-001
  basis pipl::contract
}
"#,
    );
}

#[test]
fn core_decl_002_an_orphan_category() {
    assert_fires(
        "CORE-DECL-002",
        r#"
category mutated { // <- CORE-DECL-002
  label { zh: "无人使用的信息", en: "information nobody uses" }
}
"#,
    );
}

#[test]
fn core_purp_001_a_flow_beyond_its_purpose() {
    assert_fires(
        "CORE-PURP-001",
        r#"
flow mutated {
  entrust resume // <- CORE-PURP-001
  to policy::partners
  for after_sales
}
"#,
    );
}

#[test]
fn core_prom_001_a_promise_the_sharing_section_breaks() {
    // megvii's part 4 names no data for its partners, so the mutation brings its own sharing row.
    assert_fires(
        "CORE-PROM-001",
        r#"
promise mutated: std::promises::no_share_except { // <- CORE-PROM-001
  label { zh: "除关联公司外，我们不会共享您的个人信息", en: "we share only with our affiliates" }
  except_roles pipl::affiliate
}
recipient mutated_partner: pipl::other_handler {
  label { zh: "合作伙伴", en: "a partner" }
}
flow mutated_sharing {
  share inquiry_phone
  to mutated_partner
  for business_inquiry
}
"#,
    );
}

#[test]
fn core_stor_001_domestic_storage_with_an_overseas_vendor() {
    assert_fires(
        "CORE-STOR-001",
        r#"
storage mutated { // <- CORE-STOR-001
  data support_email
  region CN
}
recipient overseas_helpdesk: pipl::entrusted_party {
  label { zh: "境外客服外包商", en: "overseas helpdesk vendor" }
  region SG
}
flow mutated_outsourcing {
  entrust support_email
  to overseas_helpdesk
  for after_sales
}
"#,
    );
}

#[test]
fn pipl_share_001_sharing_on_ordinary_consent() {
    assert_fires(
        "PIPL-SHARE-001",
        r#"
flow mutated { // <- PIPL-SHARE-001
  share inquiry_phone
  to policy::partners
  for business_inquiry
  basis pipl::consent
}
"#,
    );
}

#[test]
fn pipl_xb_002_an_overseas_flow_on_ordinary_consent() {
    assert_fires(
        "PIPL-XB-002",
        r#"
recipient overseas_crm: pipl::entrusted_party {
  label { zh: "境外客户管理系统服务商", en: "overseas CRM provider" }
  region US
}
flow mutated {
  entrust inquiry_email
  to overseas_crm
  for business_inquiry
  basis pipl::consent // <- PIPL-XB-002
}
"#,
    );
}

#[test]
fn pipl_ret_001_a_purpose_with_no_retention() {
    assert_fires(
        "PIPL-RET-001",
        r#"
purpose mutated { // <- PIPL-RET-001
  label { zh: "新增目的", en: "a new purpose" }
  uses inquiry_email
  basis pipl::contract
}
"#,
    );
}

#[test]
fn pipl_sens_001_face_images_on_ordinary_consent() {
    assert_fires(
        "PIPL-SENS-001",
        r#"
category visitor_face: gb::sensitive_biometric {
  label { zh: "访客人脸图像", en: "visitors' facial images" }
}
purpose mutated {
  label { zh: "访客登记", en: "visitor registration" }
  uses visitor_face
  basis pipl::consent // <- PIPL-SENS-001
}
"#,
    );
}

#[test]
fn pipl_discl_001_publishing_on_ordinary_consent() {
    assert_fires(
        "PIPL-DISCL-001",
        r#"
recipient everyone: pipl::public {
  label { zh: "社会公众", en: "the public" }
}
flow mutated { // <- PIPL-DISCL-001
  disclose inquiry_name
  to everyone
  for business_inquiry
  basis pipl::consent
}
"#,
    );
}

#[test]
fn pipl_rights_001_without_its_justification() {
    // The original offers access, correction and deletion only; the model keeps that and
    // silences the finding with a quotation. Dropping the justification brings it back.
    let dir = megvii();
    let policy = dir.join("policy.pol");
    let original = std::fs::read_to_string(&policy).unwrap();
    let without: String = original
        .lines()
        .filter(|l| !l.trim_start().starts_with("allow PIPL-RIGHTS-001"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(
        without, original,
        "megvii silences PIPL-RIGHTS-001 in its header"
    );
    let mut ws = Workspace::open(&dir).unwrap();
    ws.set_overlay(policy.clone(), &without);
    let analysis = ws.analyze();
    let header = analysis.policy.header().unwrap().name_span();
    let found: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "PIPL-RIGHTS-001")
        .collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].primary.span, header);
}

#[test]
fn core_prom_002_consent_exceptions_as_refusal_grounds() {
    assert_fires(
        "CORE-PROM-002",
        r#"
right mutated: pipl::delete {
  via business@megvii.com
  within 15 working_days
  refusal_grounds pipl::consent_exceptions // <- CORE-PROM-002
}
"#,
    );
}

#[test]
fn pipl_notice_and_consent_group() {
    assert_fires(
        "PIPL-NOTICE-001",
        r#"
category mutated_note {
  label { zh: "备注", en: "notes" }
}
purpose mutated { // <- PIPL-NOTICE-001
  label { zh: "备注服务", en: "notes service" }
  uses mutated_note
  basis pipl::contract
}
"#,
    );
    assert_fires(
        "PIPL-CONSENT-001",
        r#"
purpose mutated {
  label { zh: "个性化推荐", en: "personalised recommendations" }
  uses inquiry_email
  basis pipl::consent
  consent implied_by_use // <- PIPL-CONSENT-001
  withdraw business@megvii.com
}
"#,
    );
}

#[test]
fn pipl_transfer_group() {
    assert_fires(
        "PIPL-XB-001",
        r#"
recipient overseas_crm: pipl::entrusted_party {
  label { zh: "境外客户管理系统服务商", en: "overseas CRM provider" }
  name { zh: "某某公司", en: "Some Company Ltd." }
  contact crm@some.example
  region US
  contract pipl::entrust_clauses
}
flow mutated { // <- PIPL-XB-001
  entrust inquiry_email
  to overseas_crm
  for business_inquiry
  basis pipl::separate_consent
}
"#,
    );
    assert_fires(
        "PIPL-ENTR-001",
        r#"
recipient mailer: pipl::entrusted_party { // <- PIPL-ENTR-001
  label { zh: "邮件服务商", en: "mailing service" }
  region CN
}
flow mutated {
  entrust inquiry_email
  to mailer
  for business_inquiry
}
"#,
    );
    assert_fires(
        "PIPL-MERGE-001",
        r#"
flow mutated { // <- PIPL-MERGE-001
  transfer inquiry_email
  to policy::acquirer
  trigger merger
}
"#,
    );
}

#[test]
fn pipl_duties_group() {
    assert_fires(
        "PIPL-RIGHTS-003",
        r#"
right mutated_copy: pipl::copy { // <- PIPL-RIGHTS-003
  via business@megvii.com
  within 60 days
}
"#,
    );
    assert_fires(
        "PIPL-MKT-001",
        r#"
purpose mutated { // <- PIPL-MKT-001
  label { zh: "营销短信", en: "marketing text messages" }
  uses inquiry_phone
  basis pipl::consent
  tags marketing
  withdraw business@megvii.com
}
"#,
    );
}

#[test]
fn gdpr_group_when_the_profile_is_declared() {
    // Declaring the GDPR profile (in pol.toml and the header) makes the GDPR rules run: the
    // original's purposes rest on PIPL bases only, so GDPR-BASIS-001 reports each of them.
    let dir = megvii();
    let (policy, toml) = (dir.join("policy.pol"), dir.join("pol.toml"));
    let policy_text = std::fs::read_to_string(&policy).unwrap();
    let toml_text = std::fs::read_to_string(&toml).unwrap();
    assert!(policy_text.contains("  profile pipl\n") && toml_text.contains("profile = [\"pipl\"]"));
    let mut ws = Workspace::open(&dir).unwrap();
    ws.set_overlay(
        policy.clone(),
        &policy_text.replace("  profile pipl\n", "  profile pipl, gdpr\n"),
    );
    ws.set_overlay(
        toml.clone(),
        &toml_text.replace("profile = [\"pipl\"]", "profile = [\"pipl\", \"gdpr\"]"),
    );
    let analysis = ws.analyze();
    let basis: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "GDPR-BASIS-001")
        .collect();
    let purposes: Vec<_> = analysis
        .policy
        .of_kind(pol::types::schema::Kind::Purpose)
        .collect();
    // Two functions are two purposes each: their consent covers part of their data only.
    assert_eq!(purposes.len(), 9);
    for p in purposes {
        let inside = |d: &&&pol::diag::Diagnostic| {
            p.span.start <= d.primary.span.start
                && d.primary.span.end <= p.span.end
                && d.primary.span.file == p.span.file
        };
        assert!(
            basis.iter().any(|d| inside(&d)),
            "no GDPR-BASIS-001 on purpose `{}`",
            p.name()
        );
    }
    assert!(analysis
        .diagnostics
        .iter()
        .any(|d| d.code.as_str() == "GDPR-RIGHTS-001"));
}
