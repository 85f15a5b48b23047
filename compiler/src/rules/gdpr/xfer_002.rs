//! GDPR-XFER-002 · Adequacy claimed for a country without a decision.
//!
//! A flow that names `gdpr::adequacy` as its transfer ground claims an Art. 45 decision for the
//! recipient's country. The claim is checked against the Commission's current list
//! ([`super::ADEQUATE`]); for the United States it holds only for a recipient stated as
//! certified under the EU–US Data Privacy Framework (`dpf_certified yes`), because Decision
//! (EU) 2023/1795 covers only organisations on the DPF List. A wrong claim also misinforms the
//! person (Art. 13(1)(f): "the existence or absence of an adequacy decision").

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::gdpr::{is_gdpr, third_countries};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("GDPR-XFER-002"),
        severity: Severity::Error,
        title_en: "adequacy claimed for a country without a decision",
        title_zh: "对没有充分性认定的国家主张充分性认定",
    },
    profile: Profile::Gdpr,
    article: "GDPR Art. 45(1), 45(3), 13(1)(f); Implementing Decision (EU) 2023/1795 (EU–US DPF)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for flow in ctx.items(Kind::Flow) {
        let Some(claim) = flow
            .fields
            .refs("mechanism")
            .into_iter()
            .find(|m| is_gdpr(ctx, *m) && ctx.root_name(*m) == Some("adequacy"))
        else {
            continue;
        };
        let span = ctx
            .reference_in(flow.id, claim)
            .unwrap_or_else(|| flow.name_span());
        for recipient in flow
            .fields
            .refs("to")
            .into_iter()
            .filter_map(|r| ctx.item(r))
        {
            let third = third_countries(recipient);
            if third.is_empty() {
                continue;
            }
            let us_only = third == ["US"];
            let mut d = Diagnostic::new(
                RULE.info.code,
                span,
                Message::key("gdpr-xfer-002--flow-name-claims-adequacy-decision")
                    .arg("name", &flow.name())
                    .arg("name2", &recipient.name())
                    .arg_en_zh("third", &(third.join(", ")), &(third.join("、")))
                    .arg_en_zh(
                        "us-only",
                        &(if us_only {
                            " unless the recipient is certified under the Data Privacy Framework"
                        } else {
                            ""
                        }),
                        &(if us_only {
                            "（接收方通过数据隐私框架认证的除外）"
                        } else {
                            ""
                        }),
                    ),
            )
            .with_label(Message::key("gdpr-xfer-002--no-adequacy-decision"))
            .with_related(
                recipient.name_span(),
                Message::key("gdpr-xfer-002--located-here"),
            );
            d = if us_only {
                d.with_help(Message::key(
                    "gdpr-xfer-002--state-dpf-certified-yes-recipient",
                ))
            } else {
                d.with_help(Message::key(
                    "gdpr-xfer-002--name-ground-transfer-really-rests",
                ))
            };
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::gdpr::tests::HEADER;

    fn policy(region: &str) -> String {
        format!(
            "{HEADER}category ticket {{\n  label {{ zh: \"工单\", en: \"support ticket\" }}\n}}\npurpose support {{\n  label {{ zh: \"客服\", en: \"support\" }}\n  uses ticket\n  basis pipl::contract, gdpr::contract\n}}\nrecipient desk: pipl::entrusted_party {{\n  label {{ zh: \"客服团队\", en: \"support team\" }}\n  region {region}\n}}\nflow routing {{\n  entrust ticket\n  to desk\n  for support\n  mechanism gdpr::adequacy\n}}\n"
        )
    }

    #[test]
    fn adequacy_for_china_or_an_uncertified_us_recipient() {
        assert_eq!(check(&policy("CN"), "GDPR-XFER-002"), vec![(24, 13)]);
        assert_eq!(check(&policy("US"), "GDPR-XFER-002"), vec![(24, 13)]);
        // The claim also satisfies GDPR-XFER-001, so the gap is reported once.
        assert!(check(&policy("CN"), "GDPR-XFER-001").is_empty());
    }

    #[test]
    fn adequacy_for_japan_the_uk_or_a_dpf_certified_recipient() {
        assert!(check(&policy("JP"), "GDPR-XFER-002").is_empty());
        assert!(check(&policy("GB"), "GDPR-XFER-002").is_empty());
        let certified = policy("US").replace("  region US\n", "  region US\n  dpf_certified yes\n");
        assert!(check(&certified, "GDPR-XFER-002").is_empty());
    }
}
