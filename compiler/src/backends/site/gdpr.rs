//! What a purpose's paragraph says under `profile gdpr` and under no other law: the legitimate
//! interest the author stated (Art. 13(1)(d)) and, for a decision based solely on automated
//! processing, the Art. 13(2)(f) information. Only what the author wrote: nothing is printed
//! for a purpose that states none of it, and nothing under a policy that does not declare
//! `profile gdpr` (the PIPL page has no such facts to give).

use super::compose::Para;
use super::words::{self, clause, pick, sentence_end};
use crate::backends::manifest::Text;
use crate::backends::manifest::{Manifest, Purpose};
use crate::diag::Lang;

/// `标签：值。` / `Label: value.`, with the author's text as the value.
fn fact(lang: Lang, zh: &str, en: &str, value: &Text) -> Option<Para> {
    let value = clause(&words::text(value, lang));
    if value.is_empty() {
        return None;
    }
    let label = pick(lang, zh, en);
    let sep = pick(lang, "：", ": ");
    Some(Para {
        text: sentence_end(format!("{label}{sep}{value}"), lang),
        ..Para::default()
    })
}

/// The GDPR facts of a purpose, in the order Art. 13 gives them; each once.
pub(super) fn purpose_facts(m: &Manifest, p: &Purpose, lang: Lang) -> Vec<Para> {
    if !m.policy.profiles.iter().any(|pr| pr == "gdpr") {
        return Vec::new();
    }
    let mut out = Vec::new();
    if let Some(interest) = &p.interest {
        out.extend(fact(
            lang,
            "我们的正当利益",
            "Our legitimate interest",
            interest,
        ));
    }
    if p.solely_automated == Some(true) {
        out.push(Para {
            text: pick(
                lang,
                "该项处理包括仅通过自动化处理（包括用户画像）作出的、对您产生法律效力或类似重大影响的决定。",
                "This processing includes decisions based solely on automated processing, including profiling, that produce legal effects concerning you or similarly significantly affect you.",
            )
            .to_string(),
            ..Para::default()
        });
        if let Some(logic) = &p.logic {
            out.extend(fact(lang, "所涉逻辑", "The logic involved", logic));
        }
        if let Some(c) = &p.consequences {
            out.extend(fact(lang, "对您的影响", "What it means for you", c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::backends::site::compose::page;
    use crate::diag::Lang;

    fn policy(profile: &str) -> String {
        format!(
            "use std::pipl\nuse std::gdpr\npolicy acme {{\n  controller {{ name {{ zh: \"某公司\", en: \"Some Co.\" }}; email privacy@some.example }}\n  effective 2024-01-01\n  profile {profile}\n}}\ncategory logins {{\n  label {{ zh: \"登录记录\", en: \"sign-in records\" }}\n}}\npurpose fraud {{\n  label {{ zh: \"防范欺诈\", en: \"fraud prevention\" }}\n  uses logins\n  basis pipl::contract, gdpr::legitimate_interests\n  interest {{ zh: \"防止他人盗用您的账号\", en: \"keeping others from taking over your account\" }}\n}}\n"
        )
    }

    fn text(profile: &str, lang: Lang) -> String {
        let a = crate::Workspace::from_text("policy.pol", &policy(profile)).analyze();
        let m = crate::backends::manifest::build(&a);
        serde_json::to_string(&page(&m, lang)).expect("json")
    }

    #[test]
    fn the_interest_is_printed_once_under_the_gdpr() {
        let en = text("pipl, gdpr", Lang::En);
        assert_eq!(
            en.matches("Our legitimate interest: keeping others from taking over your account.")
                .count(),
            1,
            "{en}"
        );
        let zh = text("pipl, gdpr", Lang::Zh);
        assert_eq!(
            zh.matches("我们的正当利益：防止他人盗用您的账号。").count(),
            1
        );
    }

    #[test]
    fn and_not_under_the_pipl_alone() {
        assert!(!text("pipl", Lang::En).contains("legitimate interest:"));
    }
}
