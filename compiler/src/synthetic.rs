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
    // Counted as the text grows: recounting the whole text after every block made generating
    // a million-line policy quadratic. Every piece ends with a newline, so the count of
    // newlines is what `str::lines` would count.
    let mut count = newlines(&out);
    let mut i = 0usize;
    while count < lines || i == 0 {
        let start = out.len();
        block(&mut out, i);
        count += newlines(&out[start..]);
        i += 1;
    }
    out
}

fn newlines(text: &str) -> usize {
    text.bytes().filter(|b| *b == b'\n').count()
}

const HEADER: &str = r#"// A synthetic policy for benchmarks.
use std::pipl
use std::gbt35273 as gb
use std::security as sec

policy synthetic {
  controller {
    name { zh: "合成测试科技有限公司", en: "Synthetic Test Technology Co., Ltd." }
    address { zh: "北京市海淀区某某路1号", en: "No. 1 Example Road, Haidian District, Beijing" }
    phone +86-10-12345678
    email privacy@synthetic.example
  }
  audience individuals, not_directed_at_minors
  effective 2024-06-01
  updated 2024-06-01
  version "1.0"
  languages zh, en
  profile pipl
}

storage {
  region CN
}

security {
  measures sec::encryption, sec::access_control, sec::impact_assessment
  incident_plan
  incident_notice email, announcement
  report_to_authorities
}

contact privacy_team {
  label { zh: "个人信息保护联系人", en: "personal information protection contact" }
  email privacy@synthetic.example
}

right know_decide: pipl::know_decide { via privacy_team; within 15 working_days }
right restrict_refuse: pipl::restrict_refuse { via privacy_team; within 15 working_days }
right access: pipl::access { via privacy_team; within 15 working_days }
right copy: pipl::copy { via privacy_team; within 15 working_days }
right portability: pipl::portability { via privacy_team; within 15 working_days }
right correct: pipl::correct { via privacy_team; within 15 working_days }
right supplement: pipl::supplement { via privacy_team; within 15 working_days }
right explain: pipl::explain { via privacy_team; within 15 working_days }
right withdraw_consent: pipl::withdraw_consent { via privacy_team; within 15 working_days }
right close_account: pipl::close_account { via privacy_team; within 15 working_days }
right complain: pipl::complain { via privacy_team; within 15 working_days }

minors {
  threshold 14
  directed no
  guardian_consent
  dedicated_rules https://synthetic.example/privacy/children
  on_discovery {
    zh: "如我们发现在未事先取得监护人同意的情况下收集了儿童的个人信息，将尽快删除相关信息"
    en: "if we find that we have collected a child's personal information without a guardian's prior consent, we will delete it as soon as possible"
  }
}

changes {
  announce website
  major gb::major_changes, pipl::reconsent_triggers
  major_notice email, popup
}

revision first {
  date 2024-06-01
  version "1.0"
  changes { zh: "首次发布", en: "First published." }
}
"#;

/// One group of related items (about 50 lines).
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
  name {{ zh: "某某云计算第{i}有限公司", en: "Example Cloud No. {i} Co., Ltd." }}
  contact vendor{i}@cloud.example
  region CN
  contract pipl::entrust_clauses
  supervision {{ zh: "我们每年对其开展安全审计", en: "we audit its security every year" }}
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
  conditions pipl::deletion_conditions, pipl::deletion_fallback
}}
"#
    );
}

#[cfg(test)]
mod tests {
    /// The running count stops where recounting the whole text after each block stopped.
    #[test]
    fn running_line_count_stops_where_a_full_recount_does() {
        for lines in [0, 1, 60, 61, 500, 2_345] {
            let mut reference = String::from(super::HEADER);
            let mut i = 0;
            while reference.lines().count() < lines || i == 0 {
                super::block(&mut reference, i);
                i += 1;
            }
            assert_eq!(super::policy(lines), reference, "{lines} lines");
        }
    }

    #[test]
    fn synthetic_policy_is_clean_and_sized() {
        let text = super::policy(10_000);
        let lines = text.lines().count();
        // At least the lines asked for, and no more than one block (about 50 lines) beyond.
        assert!((10_000..10_060).contains(&lines), "{lines}");
        assert!(text.ends_with('\n'));
        // Clean under the legal rules too: the language server's benchmark publishes every
        // diagnostic on each edit, and an editor on a real policy shows a handful, not hundreds.
        let analysis = crate::Workspace::from_text("s.pol", &text).analyze();
        let first: Vec<String> = analysis
            .diagnostics
            .iter()
            .take(3)
            .map(|d| format!("{} {}", d.code, d.message.en()))
            .collect();
        assert!(analysis.diagnostics.is_empty(), "{first:?}");
    }
}
