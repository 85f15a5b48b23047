//! UK-XFER-001 · Restricted transfer out of the UK without a UK transfer tool.
//!
//! Under the UK GDPR, data that leaves the United Kingdom needs UK adequacy regulations for the
//! destination (Art. 45; DPA 2018 s. 17A), or an appropriate safeguard (Art. 46): the
//! International Data Transfer Agreement or the UK Addendum to the EU standard contractual
//! clauses (DPA 2018 s. 119A, in force 21 March 2022), binding corporate rules, or an Art. 49
//! exception. EU SCCs alone are not a UK tool.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::meaning::territory;
use crate::rules::uk_gdpr::is_uk;
use crate::rules::{Ctx, Profile, Rule};
use crate::types::literals::country_of;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("UK-XFER-001"),
        severity: Severity::Error,
        title_en:
            "restricted transfer out of the UK without an IDTA, the UK Addendum or UK adequacy",
        title_zh: "向英国境外进行受限传输，但缺少IDTA、英国附录或英国充分性规定",
    },
    profile: Profile::UkGdpr,
    article: "UK GDPR Art. 44, 45, 46, 49; DPA 2018 s. 17A, s. 119A, Sch. 21 paras 4-5",
    check,
};

/// Where UK adequacy regulations let data go without a safeguard: the EEA and the EU
/// institutions (DPA 2018 Sch. 21 para. 4), Gibraltar (para. 4), the countries the EU had found
/// adequate before the UK left (para. 5: Andorra, Argentina, Canada, the Faroe Islands,
/// Guernsey, Israel, the Isle of Man, Japan, Jersey, New Zealand, Switzerland, Uruguay), and
/// the Republic of Korea (Data Protection (Adequacy) (Republic of Korea) Regulations 2022). The
/// US "UK Extension" covers only certified organisations, so `US` needs a stated tool.
/// Re-verified on 7 December 2026 (stdlib/uk_gdpr.pol, `adequacy_regulations`, gives sources).
const ADEQUATE: &[&str] = &[
    "GI", "AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "CH", "UY", "KR",
];

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let mut seen = Vec::new();
    for edge in ctx.graph.flows() {
        if !edge.modality.happens() {
            continue;
        }
        let Some(recipient) = edge.recipient.and_then(|r| ctx.item(r)) else {
            continue;
        };
        let outside: Vec<&str> = recipient
            .fields
            .strs("region")
            .into_iter()
            .filter(|r| {
                !territory::UK_GDPR.contains(r)
                    && !territory::GDPR.contains(r)
                    && !ADEQUATE.contains(&country_of(r))
            })
            .collect();
        if outside.is_empty() || seen.contains(&(edge.source, recipient.id)) {
            continue;
        }
        seen.push((edge.source, recipient.id));
        let Some(flow) = ctx.item(edge.source) else {
            continue;
        };
        if flow.fields.refs("mechanism").iter().any(|m| is_uk(ctx, *m)) {
            continue;
        }
        out.push(
            Diagnostic::new(
                RULE.info.code,
                flow.name_span(),
                Message::key("uk-gdpr-xfer-001--flow-name-sends-data-out")
                    .arg("name", &flow.name())
                    .arg("name2", &recipient.name())
                    .arg_en_zh("outside", &(outside.join(", ")), &(outside.join("、"))),
            )
            .with_label(Message::key("uk-gdpr-xfer-001--restricted-transfer"))
            .with_related(
                recipient.name_span(),
                Message::key("uk-gdpr-xfer-001--outside-uk-without-uk-adequacy"),
            )
            .with_help(Message::key("uk-gdpr-xfer-001--add-mechanism-uk-gdpr-idta")),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::uk_gdpr::tests::HEADER;

    fn policy(region: &str, mechanism: &str) -> String {
        format!(
            "{HEADER}category ticket {{\n  label {{ zh: \"工单\", en: \"support ticket\" }}\n}}\npurpose support {{\n  label {{ zh: \"客服\", en: \"support\" }}\n  uses ticket\n  basis uk_gdpr::contract\n}}\nrecipient desk {{\n  label {{ zh: \"客服平台\", en: \"helpdesk\" }}\n  region {region}\n}}\nflow routing {{\n  entrust ticket\n  to desk\n  for support\n{mechanism}}}\n"
        )
    }

    #[test]
    fn a_transfer_to_india_without_a_uk_tool() {
        assert_eq!(check(&policy("IN", ""), "UK-XFER-001"), vec![(19, 6)]);
        assert_eq!(check(&policy("US-CA", ""), "UK-XFER-001"), vec![(19, 6)]);
    }

    #[test]
    fn an_idta_or_an_adequate_destination() {
        assert!(check(&policy("IN", "  mechanism uk_gdpr::idta\n"), "UK-XFER-001").is_empty());
        for region in ["DE", "KR", "GB", "GB-SCT", "JE"] {
            assert!(
                check(&policy(region, ""), "UK-XFER-001").is_empty(),
                "{region}"
            );
        }
    }
}
