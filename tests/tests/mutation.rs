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
        .map(|d| format!("{} {}", d.code, d.message.en))
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
    assert_fires(
        "CORE-PROM-001",
        r#"
promise mutated: std::promises::no_share_except { // <- CORE-PROM-001
  label { zh: "除关联公司外，我们不会共享您的个人信息", en: "we share only with our affiliates" }
  except_roles pipl::affiliate
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
