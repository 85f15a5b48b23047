//! GDPR-XFER-001 · Third-country transfer without a Chapter V ground.
//!
//! Under the GDPR profile, data that goes to a recipient outside the EEA needs an adequacy
//! decision for the recipient's country, an Art. 46 safeguard, or an Art. 49 derogation.
//! A US recipient stated as DPF-certified is covered by the EU–US adequacy decision.
//!
//! A cookie or similar technology set by a third party is a flow to that party (docs/language.md,
//! `cookie`): the data it collects goes to its vendor. So a vendor outside the EEA needs a
//! ground too: one of the flows to it names a GDPR mechanism, or the cookie is reported.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::gdpr::{is_gdpr, third_countries};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

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

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    cookies(ctx, out);
    let mut seen = Vec::new();
    for edge in ctx.graph.flows() {
        // A transfer that does not happen at present (`currently_not`) needs no ground yet.
        if !edge.modality.happens() {
            continue;
        }
        let Some(recipient) = edge.recipient.and_then(|r| ctx.item(r)) else {
            continue;
        };
        let third = third_countries(recipient);
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
                Message::key("gdpr-xfer-001--flow-name-sends-data-name2")
                    .arg("name", &flow.name())
                    .arg("name2", &recipient.name())
                    .arg_en_zh("third", &(third.join(", ")), &(third.join("、"))),
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

/// Third-party cookies whose vendor is in a third country and no flow to it names a ground.
fn cookies(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for cookie in ctx.items(Kind::Cookie) {
        let Some(vendor) = cookie
            .fields
            .refs("third_party")
            .first()
            .and_then(|r| ctx.item(*r))
        else {
            continue;
        };
        let third = third_countries(vendor);
        if third.is_empty() {
            continue;
        }
        let grounded = ctx.flows_naming(vendor.id).any(|flow| {
            flow.fields
                .refs("mechanism")
                .iter()
                .any(|m| is_gdpr(ctx, *m))
        });
        if grounded {
            continue;
        }
        out.push(
            Diagnostic::new(
                RULE.info.code,
                cookie.name_span(),
                Message::key("gdpr-xfer-001--cookie-name-sends-what-collects")
                    .arg("name", &cookie.name())
                    .arg("name2", &vendor.name())
                    .arg_en_zh("third", &(third.join(", ")), &(third.join("、"))),
            )
            .with_label(Message::key(
                "gdpr-xfer-001--third-party-cookie-transfer-vendor",
            ))
            .with_related(
                vendor.name_span(),
                Message::key("gdpr-xfer-001--located-outside-eea"),
            )
            .with_help(Message::key(
                "gdpr-xfer-001--declare-flow-vendor-ground-mechanism",
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

    #[test]
    fn a_us_recipient_needs_a_ground_unless_dpf_certified() {
        assert_eq!(check(&policy("US", ""), "GDPR-XFER-001"), vec![(20, 6)]);
        let certified = policy("US", "").replace("  region US\n", "  region US\n  dpf_certified\n");
        assert!(check(&certified, "GDPR-XFER-001").is_empty());
    }

    fn cookie_policy(vendor_region: &str, flow: &str) -> String {
        format!(
            "{HEADER}category clicks {{\n  label {{ zh: \"点击记录\", en: \"clicks\" }}\n}}\npurpose analytics {{\n  label {{ zh: \"统计分析\", en: \"analytics\" }}\n  uses clicks\n  basis pipl::consent, gdpr::consent\n  consent opt_in\n}}\nrecipient stats_vendor: pipl::other_handler {{\n  label {{ zh: \"统计服务商\", en: \"analytics vendor\" }}\n  region {vendor_region}\n}}\ncookie stats {{\n  label {{ zh: \"统计 Cookie\", en: \"analytics cookie\" }}\n  kind analytics\n  for analytics\n  data clicks\n  third_party stats_vendor\n}}\n{flow}"
        )
    }

    #[test]
    fn a_third_party_cookie_is_a_transfer_to_its_vendor() {
        assert_eq!(
            check(&cookie_policy("CN", ""), "GDPR-XFER-001"),
            vec![(21, 8)]
        );
        assert!(check(&cookie_policy("IE", ""), "GDPR-XFER-001").is_empty());
        let grounded = cookie_policy(
            "CN",
            "flow stats_upload {\n  share clicks\n  to stats_vendor\n  for analytics\n  mechanism gdpr::standard_contractual_clauses\n}\n",
        );
        assert!(check(&grounded, "GDPR-XFER-001").is_empty());
    }
}
