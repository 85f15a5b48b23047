//! CORE-PURP-001 · Category used for a purpose it was not declared for.
//!
//! A flow that carries a category for a purpose must stay inside what that purpose declared:
//! using data beyond its stated purpose needs new notice and consent.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::graph::EdgeKind;
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("CORE-PURP-001"),
        severity: Severity::Error,
        title_en: "category used for a purpose it was not declared for",
        title_zh: "超出声明目的使用个人信息",
    },
    profile: Profile::Core,
    article: "PIPL Art. 6 ¶1, 14 ¶2, 23; GB/T 35273 7.3 a); GDPR Art. 5(1)(b), 6(4)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let mut seen = Vec::new();
    for edge in ctx.graph.flows() {
        let Some(purpose) = edge.purpose.and_then(|p| ctx.item(p)) else {
            continue;
        };
        if purpose.fields.refs("uses").contains(&edge.category)
            || seen.contains(&(edge.source, edge.category, purpose.id))
        {
            continue;
        }
        seen.push((edge.source, edge.category, purpose.id));
        let Some(span) = ctx.reference_in(edge.source, edge.category) else {
            continue;
        };
        let (category, purpose_name) = (ctx.display(edge.category), purpose.name().to_string());
        let verb = match edge.kind {
            EdgeKind::Entrust => "entrusts",
            EdgeKind::Share => "shares",
            EdgeKind::Transfer => "transfers",
            EdgeKind::Disclose => "discloses",
            EdgeKind::Use => "uses",
        };
        let mut d = Diagnostic::new(
            RULE.info.code,
            span,
            Message::new(
                format!("this flow {verb} `{category}` for `{purpose_name}`, which does not use it"),
                format!("此数据流向为「{purpose_name}」处理「{category}」，但该目的并未声明使用它"),
            ),
        )
        .with_label(Message::new("outside the purpose", "超出处理目的"))
        .with_related(purpose.name_span(), Message::new("the purpose's `uses` does not list it", "该目的的 uses 未列出此种类"))
        .with_help(Message::new(
            format!("add `{category}` to `uses` of `{purpose_name}` (and tell people), or remove it from the flow"),
            format!("请将「{category}」加入「{purpose_name}」的 uses（并告知个人），或将其从数据流向中移除"),
        ));
        if let Some(c) = ctx.name_span(edge.category) {
            d = d.with_related(c, Message::new("the category", "该个人信息种类"));
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::{check, HEADER};

    const ITEMS: &str = "category phone {\n  label { zh: \"手机号码\", en: \"phone number\" }\n}\ncategory email {\n  label { zh: \"邮箱\", en: \"email\" }\n}\npurpose ads {\n  label { zh: \"广告\", en: \"advertising\" }\n  uses phone\n}\nrecipient agency {\n  label { zh: \"广告公司\", en: \"advertising agency\" }\n}\n";

    #[test]
    fn a_flow_beyond_its_purpose() {
        let text =
            format!("{HEADER}{ITEMS}flow f {{\n  share phone, email\n  to agency\n  for ads\n}}\n");
        assert_eq!(check(&text, "CORE-PURP-001"), vec![(19, 16)]);
    }

    #[test]
    fn a_flow_within_its_purpose() {
        let text = format!("{HEADER}{ITEMS}flow f {{\n  share phone\n  to agency\n  for ads\n}}\n");
        assert!(check(&text, "CORE-PURP-001").is_empty());
    }
}
