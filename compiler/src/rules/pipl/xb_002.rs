//! PIPL-XB-002 · Cross-border flow without separate consent.
//!
//! Personal information provided to a recipient outside mainland China (Hong Kong, Macao and
//! Taiwan included) on the strength of consent needs the person's separate consent (PIPL
//! Art. 39). A flow based on a contract, HR management, a legal duty or an emergency passes
//! this rule (it still needs a mechanism, PIPL-XB-001).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::Recipient;
use crate::ir::ItemId;
use crate::meaning::Lawful;
use crate::rules::pipl::{basis_span, with_separate_consent_fix};
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-XB-002"),
        severity: Severity::Error,
        title_en: "cross-border flow without separate consent",
        title_zh: "个人信息出境未取得单独同意",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 39, 13 ¶2",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let mut seen: Vec<ItemId> = Vec::new();
    for edge in ctx.graph.flows() {
        // A flow that does not happen at present (`currently_not`) sends nothing abroad yet.
        if !edge.modality.happens()
            || !edge.abroad.pipl
            || matches!(edge.lawful, Lawful::SeparateConsent | Lawful::Exception)
            || seen.contains(&edge.source)
        {
            continue;
        }
        seen.push(edge.source);
        let Some(flow) = ctx.item(edge.source) else {
            continue;
        };
        let name = flow.name();
        let overseas: Vec<ItemId> = flow
            .fields
            .refs("to")
            .into_iter()
            .filter(|r| ctx.is_overseas(*r))
            .collect();
        let to = overseas
            .first()
            .map(|r| ctx.display(*r))
            .unwrap_or_default();
        let regions: Vec<&str> = overseas
            .iter()
            .filter_map(|r| ctx.item(*r))
            .flat_map(|r| Recipient(r).region())
            .filter(|region| !crate::meaning::territory::PIPL.contains(region))
            .collect();
        // A recipient abroad whose country the policy does not name (`pipl::overseas_recipient`
        // without `region`).
        let (region_en, region_zh) = match regions.first() {
            Some(region) => (format!("in {region}"), format!("位于 {region} 的")),
            None => (
                "outside mainland China".to_string(),
                "位于境外的".to_string(),
            ),
        };
        let (message, label) = if edge.lawful == Lawful::None {
            (
                Message::key("pipl-xb-002--flow-name-sends-personal-information")
                    .arg("name", &name)
                    .arg("to", &to)
                    .arg_en_zh("region", &region_en, &region_zh),
                Message::key("pipl-xb-002--no-basis-transfer-abroad"),
            )
        } else {
            (
                Message::key("pipl-xb-002--flow-name-sends-personal-information-2")
                    .arg("name", &name)
                    .arg("to", &to)
                    .arg_en_zh("region", &region_en, &region_zh),
                Message::key("pipl-xb-002--not-separate-consent"),
            )
        };
        let primary = basis_span(flow).unwrap_or_else(|| flow.name_span());
        let mut d = Diagnostic::new(RULE.info.code, primary, message)
            .with_label(label)
            .with_help(Message::key("pipl-xb-002--base-flow-pipl-separate-consent"));
        for r in &overseas {
            if let Some(span) = ctx.name_span(*r) {
                d = d.with_related(
                    span,
                    Message::key("pipl-xb-002--recipient-outside-mainland-china"),
                );
            }
        }
        out.push(with_separate_consent_fix(ctx, flow, d));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const ITEMS: &str = "category email {\n  label { zh: \"邮箱\", en: \"email\" }\n}\npurpose news {\n  label { zh: \"资讯推送\", en: \"newsletter\" }\n  uses email\n  basis pipl::consent\n}\nrecipient mailer: pipl::entrusted_party {\n  label { zh: \"邮件服务商\", en: \"mailing service\" }\n  region US\n}\n";

    #[test]
    fn abroad_on_ordinary_consent() {
        let text = format!("{HEADER}{ITEMS}flow f {{\n  entrust email\n  to mailer\n  for news\n  basis pipl::consent\n}}\n");
        assert_eq!(check(&text, "PIPL-XB-002"), vec![(24, 3)]);
    }

    #[test]
    fn an_overseas_recipient_without_a_region_is_abroad() {
        let items = ITEMS.replace(
            "mailer: pipl::entrusted_party {\n  label { zh: \"邮件服务商\", en: \"mailing service\" }\n  region US\n",
            "mailer: pipl::overseas_recipient {\n  label { zh: \"境外服务器\", en: \"servers abroad\" }\n",
        );
        assert!(items.contains("overseas_recipient"));
        let text = format!("{HEADER}{items}flow f {{\n  entrust email\n  to mailer\n  for news\n  basis pipl::consent\n}}\n");
        assert_eq!(check(&text, "PIPL-XB-002"), vec![(23, 3)]);
    }

    #[test]
    fn abroad_on_separate_consent() {
        let text = format!("{HEADER}{ITEMS}flow f {{\n  entrust email\n  to mailer\n  for news\n  basis pipl::separate_consent\n}}\n");
        assert!(check(&text, "PIPL-XB-002").is_empty());
    }
}
