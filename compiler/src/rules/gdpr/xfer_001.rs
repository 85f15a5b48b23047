//! GDPR-XFER-001 · Third-country transfer without a Chapter V ground.
//!
//! Under the GDPR profile, data that goes to a recipient outside the EEA needs an adequacy
//! decision for the recipient's country, an Art. 46 safeguard, or an Art. 49 derogation.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::meaning::territory;
use crate::rules::gdpr::is_gdpr;
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("GDPR-XFER-001"),
        severity: Severity::Error,
        title_en: "third-country transfer without a Chapter V ground",
        title_zh: "向第三国传输缺少第五章依据",
    },
    profile: Profile::Gdpr,
    article: "GDPR Art. 44, 45, 46, 47, 49; 13(1)(f)",
    check,
};

/// Countries with a general adequacy decision under Art. 45 (Commission list, 2024):
/// Andorra, Argentina, Canada, the Faroe Islands, Guernsey, Israel, the Isle of Man, Japan,
/// Jersey, New Zealand, the Republic of Korea, Switzerland, the United Kingdom and Uruguay.
/// The US decision covers only certified organisations, so `US` needs a stated ground.
const ADEQUATE: &[&str] = &[
    "AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY",
];

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let mut seen = Vec::new();
    for edge in ctx.graph.flows() {
        // A transfer that does not happen at present (`currently_not`) needs no ground yet.
        if !edge.modality.happens() {
            continue;
        }
        let Some(recipient) = edge.recipient.and_then(|r| ctx.item(r)) else {
            continue;
        };
        let regions = recipient.fields.strs("region");
        let third: Vec<&str> = regions
            .iter()
            .copied()
            .filter(|r| !territory::GDPR.contains(r) && !ADEQUATE.contains(r))
            .collect();
        if third.is_empty() || seen.contains(&(edge.source, recipient.id)) {
            continue;
        }
        seen.push((edge.source, recipient.id));
        let Some(flow) = ctx.item(edge.source) else {
            continue;
        };
        if flow
            .fields
            .refs("mechanism")
            .iter()
            .any(|m| is_gdpr(ctx, *m))
        {
            continue;
        }
        out.push(
            Diagnostic::new(
                RULE.info.code,
                flow.name_span(),
                Message::new(
                    format!(
                        "flow `{}` sends data to `{}` in {} without a GDPR Chapter V ground",
                        flow.name(),
                        recipient.name(),
                        third.join(", ")
                    ),
                    format!(
                        "数据流向「{}」将数据传输至位于{}的「{}」，但缺少GDPR第五章规定的传输依据",
                        flow.name(),
                        third.join("、"),
                        recipient.name()
                    ),
                ),
            )
            .with_label(Message::key("gdpr-xfer-001--transfer-third-country"))
            .with_related(
                recipient.name_span(),
                Message::key("gdpr-xfer-001--located-outside-eea"),
            )
            .with_help(Message::key(
                "gdpr-xfer-001--add-mechanism-gdpr-standard-contractual",
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::gdpr::tests::HEADER;

    fn policy(region: &str, mechanism: &str) -> String {
        format!(
            "{HEADER}category ticket {{\n  label {{ zh: \"工单\", en: \"support ticket\" }}\n}}\npurpose support {{\n  label {{ zh: \"客服\", en: \"support\" }}\n  uses ticket\n  basis pipl::contract, gdpr::contract\n}}\nrecipient desk: pipl::entrusted_party {{\n  label {{ zh: \"客服团队\", en: \"support team\" }}\n  region {region}\n}}\nflow routing {{\n  entrust ticket\n  to desk\n  for support\n{mechanism}}}\n"
        )
    }

    #[test]
    fn a_transfer_to_china_without_sccs() {
        assert_eq!(check(&policy("CN", ""), "GDPR-XFER-001"), vec![(20, 6)]);
    }

    #[test]
    fn sccs_or_an_adequate_country_are_fine() {
        assert!(check(
            &policy("CN", "  mechanism gdpr::standard_contractual_clauses\n"),
            "GDPR-XFER-001"
        )
        .is_empty());
        assert!(check(&policy("JP", ""), "GDPR-XFER-001").is_empty());
        assert!(check(&policy("DE", ""), "GDPR-XFER-001").is_empty());
    }
}
