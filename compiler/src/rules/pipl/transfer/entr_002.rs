//! PIPL-ENTR-002 · Entrusted party used for its own purposes (role confusion).
//!
//! An entrusted party processes personal information only as agreed and must not go beyond the
//! agreed purpose and method (PIPL Art. 21 ¶2); whoever decides purposes of its own is a
//! handler (Art. 73(1)), and giving it data is a provision (Art. 23). Two contradictions are
//! reported:
//! (a) a recipient whose role is `entrusted_party` (or `sub_entrusted`) declares
//!     `own_purposes`;
//! (b) we declare ourselves the entrusted party for some data — a category `obtained_from` a
//!     recipient whose role is `enterprise_customer`, the handler of its own business data
//!     (stdlib role) — and a purpose of our own (tagged `marketing`, `personalization`,
//!     `ai_training`, `analytics` or `research`) uses that data.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Purpose, Recipient};
use crate::ir::ItemId;
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-ENTR-002"),
        severity: Severity::Error,
        title_en: "entrusted party used for its own purposes (role confusion)",
        title_zh: "受托方超出委托范围为自身目的处理个人信息",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 21 ¶2, 23, 73(1)",
    check,
};

/// Purpose tags that mark a purpose of the handler's own, not one carried out on a customer's
/// instructions.
const OWN_PURPOSE_TAGS: &[&str] = &[
    "marketing",
    "personalization",
    "ai_training",
    "analytics",
    "research",
];

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    entrusted_party_with_own_purposes(ctx, out);
    our_own_use_of_customer_data(ctx, out);
}

/// (a) `own_purposes` on an entrusted party.
fn entrusted_party_with_own_purposes(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    // A recipient only a `currently_not` flow names is given nothing, so nothing exceeds an
    // entrustment yet.
    let not_at_present = ctx.graph.recipients_not_at_present();
    for recipient in ctx.items(Kind::Recipient) {
        if !matches!(
            ctx.root_name(recipient.id),
            Some("entrusted_party" | "sub_entrusted")
        ) || Recipient(recipient).own_purposes() != Some(true)
            || not_at_present.contains(&recipient.id)
        {
            continue;
        }
        let Some(field) = Recipient(recipient).field(Recipient::OWN_PURPOSES) else {
            continue;
        };
        let name = ctx.display(recipient.id);
        let mut d = Diagnostic::new(
            RULE.info.code,
            field.span,
            Message::key("pipl-transfer-entr-002--recipient-name-declared-entrusted-party")
                .arg("name", &name),
        )
        .with_label(Message::key(
            "pipl-transfer-entr-002--own-purposes-exceed-entrustment",
        ))
        .with_help(Message::key(
            "pipl-transfer-entr-002--if-really-uses-information-itself",
        ));
        if let Some(parent) = recipient
            .parent
            .and_then(|p| ctx.reference_in(recipient.id, p))
        {
            d = d.with_related(
                parent,
                Message::key("pipl-transfer-entr-002--declared-entrusted-party-here"),
            );
        }
        for flow in ctx.flows_naming(recipient.id) {
            d = d.with_related(
                flow.name_span(),
                Message::key("pipl-transfer-entr-002--flow"),
            );
        }
        out.push(d);
    }
}

/// (b) A purpose of our own over data we hold as an enterprise customer's entrusted party.
fn our_own_use_of_customer_data(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for category in ctx.items(Kind::Category) {
        let Some(customer) = category
            .fields
            .refs("obtained_from")
            .into_iter()
            .find(|r| ctx.root_name(*r) == Some("enterprise_customer"))
        else {
            continue;
        };
        let own: Vec<ItemId> = ctx
            .items(Kind::Purpose)
            .filter(|p| {
                Purpose(p).uses().contains(&category.id)
                    && p.fields
                        .options("tags")
                        .iter()
                        .any(|t| OWN_PURPOSE_TAGS.contains(t))
            })
            .map(|p| p.id)
            .collect();
        if own.is_empty() {
            continue;
        }
        let (cat, cust) = (ctx.display(category.id), ctx.display(customer));
        let purposes: Vec<String> = own
            .iter()
            .map(|p| format!("`{}`", ctx.display(*p)))
            .collect();
        let purposes_zh: Vec<String> = own
            .iter()
            .map(|p| format!("「{}」", ctx.display(*p)))
            .collect();
        let primary = ctx
            .reference_in(category.id, customer)
            .unwrap_or_else(|| category.name_span());
        let mut d = Diagnostic::new(
            RULE.info.code,
            primary,
            Message::key("pipl-transfer-entr-002--cat-obtained-from-enterprise-customer")
                .arg("cat", &cat)
                .arg("cust", &cust)
                .arg("list", &(crate::rules::list_en(&purposes)))
                .arg("purposes", &(purposes_zh.join("、"))),
        )
        .with_label(Message::key(
            "pipl-transfer-entr-002--we-customer-s-entrusted-party",
        ))
        .with_help(Message::key(
            "pipl-transfer-entr-002--entrusted-party-may-not-use",
        ));
        for p in &own {
            let at = ctx
                .reference_in(*p, category.id)
                .or_else(|| ctx.name_span(*p));
            if let Some(at) = at {
                d = d.with_related(
                    at,
                    Message::key("pipl-transfer-entr-002--purpose-our-own-uses"),
                );
            }
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const CATEGORY: &str =
        "category photo {\n  label { zh: \"照片\", en: \"photos\" }\n  source subject\n}\n";

    #[test]
    fn entrusted_party_with_own_purposes() {
        let text = format!("{HEADER}{CATEGORY}recipient cloud: pipl::entrusted_party {{\n  label {{ zh: \"云服务商\", en: \"cloud provider\" }}\n  contract pipl::entrust_clauses\n  supervision {{ zh: \"年度审计\", en: \"yearly audits\" }}\n  own_purposes\n}}\n");
        assert_eq!(check(&text, "PIPL-ENTR-002"), vec![(16, 3)]);
    }

    #[test]
    fn entrusted_party_without_own_purposes_passes() {
        let text = format!("{HEADER}{CATEGORY}recipient cloud: pipl::entrusted_party {{\n  label {{ zh: \"云服务商\", en: \"cloud provider\" }}\n  own_purposes no\n}}\nrecipient partner: pipl::other_handler {{\n  label {{ zh: \"合作方\", en: \"partner\" }}\n  own_purposes\n}}\n");
        assert!(check(&text, "PIPL-ENTR-002").is_empty());
    }

    const CUSTOMER: &str = "recipient customers: pipl::enterprise_customer {\n  label { zh: \"企业客户\", en: \"enterprise customers\" }\n}\ncategory faces {\n  label { zh: \"客户上传的人脸图像\", en: \"face images our customers upload\" }\n  source third_party\n  obtained_from customers\n  tags business_data\n}\n";

    #[test]
    fn model_training_on_customer_data() {
        let text = format!("{HEADER}{CUSTOMER}purpose run {{\n  label {{ zh: \"为客户提供识别服务\", en: \"recognition for our customers\" }}\n  uses faces\n  basis pipl::contract\n  tags service\n}}\npurpose train {{\n  label {{ zh: \"训练我们的模型\", en: \"training our models\" }}\n  uses faces\n  basis pipl::separate_consent\n  tags ai_training\n}}\n");
        assert_eq!(check(&text, "PIPL-ENTR-002"), vec![(14, 17)]);
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-ENTR-002")
            .unwrap();
        assert_eq!(d.related.len(), 1);
    }

    #[test]
    fn service_on_customer_data_passes() {
        let text = format!("{HEADER}{CUSTOMER}purpose run {{\n  label {{ zh: \"为客户提供识别服务\", en: \"recognition for our customers\" }}\n  uses faces\n  basis pipl::contract\n  tags service\n}}\n");
        assert!(check(&text, "PIPL-ENTR-002").is_empty());
    }
}
