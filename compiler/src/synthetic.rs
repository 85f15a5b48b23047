//! Synthetic policies of any size, for benchmarks and stress tests.
//!
//! The text is deterministic (same size, same text) and realistic in shape: bilingual labels
//! with Chinese text, categories, purposes that use them, recipients, flows, retention rules
//! and rights, all referring to each other, so every phase has real work to do. It checks
//! clean, which the tests assert: a benchmark of an erroneous file would measure the error
//! path instead.

use std::fmt::Write as _;

/// A policy of about `lines` lines (never fewer than one block of items).
pub fn policy(lines: usize) -> String {
    let mut out = String::with_capacity(lines * 48);
    out.push_str(HEADER);
    let mut i = 0usize;
    while out.lines().count() < lines || i == 0 {
        block(&mut out, i);
        i += 1;
    }
    out
}

const HEADER: &str = r#"// A synthetic policy for benchmarks.
use std::pipl

policy synthetic {
  controller {
    name { zh: "合成测试科技有限公司", en: "Synthetic Test Technology Co., Ltd." }
    address { zh: "北京市海淀区某某路1号", en: "No. 1 Example Road, Haidian District, Beijing" }
    phone +86-10-12345678
    email privacy@synthetic.example
  }
  effective 2024-06-01
  languages zh, en
  profile pipl
}
"#;

/// One group of related items (about 45 lines).
fn block(out: &mut String, i: usize) {
    let _ = write!(
        out,
        r#"
// Group {i}
category contact_{i} {{
  label {{ zh: "联系方式{i}（手机号码、电子邮箱）", en: "contact details {i} (mobile number, email)" }}
  examples {{ zh: "手机号码", en: "mobile phone number" }}, {{ zh: "电子邮箱", en: "email address" }}
  source subject
  required
  refusal {{ zh: "您将无法使用第{i}项功能。", en: "You will not be able to use feature {i}." }}
}}

category device_{i} {{
  label {{ zh: "设备信息{i}", en: "device information {i}" }}
  source automatic
  required no
}}

purpose service_{i} {{
  label {{ zh: "提供第{i}项服务", en: "providing service {i}" }}
  uses contact_{i}, device_{i}
  basis pipl::contract
  required
  refusal {{ zh: "我们将无法为您提供该服务。", en: "We will not be able to provide this service." }}
}}

recipient vendor_{i}: pipl::entrusted_party {{
  label {{ zh: "云服务提供商{i}", en: "cloud service provider {i}" }}
  region CN
}}

flow hosting_{i} {{
  entrust contact_{i}, device_{i}
  to vendor_{i}
  for service_{i}
  basis pipl::contract
}}

retention keep_{i} {{
  data contact_{i}, device_{i}
  period 6 months
  on_expiry delete
}}

right delete_{i}: pipl::delete {{
  via privacy@synthetic.example
  within 15 working_days
}}
"#
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn synthetic_policy_is_clean_and_sized() {
        let text = super::policy(10_000);
        assert!(text.lines().count() >= 10_000);
        let mut analysis = crate::Workspace::from_text("s.pol", &text).analyze();
        // Front-end clean; the legal rules' findings on this skeleton policy are not the point.
        analysis.diagnostics.retain(|d| !d.code.is_rule());
        let first: Vec<String> = analysis
            .diagnostics
            .iter()
            .take(3)
            .map(|d| format!("{} {}", d.code, d.message.en))
            .collect();
        assert!(analysis.diagnostics.is_empty(), "{first:?}");
    }
}
