//! CORE-PURP-001 · Category used for a purpose it was not declared for.
//!
//! A flow sends each of its categories for the listed purposes that use it (docs/language.md,
//! "What a flow means"). A category that none of them uses would be provided for a purpose it
//! was never declared for: using data beyond its stated purpose needs new notice and consent.
//! Several categories for several purposes in one flow are fine as long as each category is
//! used by at least one of them, the way a real sharing table groups them.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::Flow;
use crate::meaning::EdgeKind;
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
    for &(source, category) in &ctx.graph.strays {
        let (Some(flow), Some(span)) = (ctx.item(source), ctx.reference_in(source, category))
        else {
            continue;
        };
        let listed = Flow(flow).purposes();
        let name = ctx.display(category);
        let verb = match EdgeKind::of_flow(flow) {
            Some(EdgeKind::Entrust) => "entrusts",
            Some(EdgeKind::Transfer) => "transfers",
            Some(EdgeKind::Disclose) => "discloses",
            _ => "shares",
        };
        let mut d = if listed.is_empty() {
            Diagnostic::new(
                RULE.info.code,
                span,
                Message::key("core-purp-001--flow-verb-name-which-no")
                    .arg("verb", &verb)
                    .arg("name", &name),
            )
            .with_label(Message::key("core-purp-001--used-no-purpose"))
            .with_help(
                Message::key("core-purp-001--add-name-uses-purpose-provided").arg("name", &name),
            )
        } else {
            let purposes: Vec<String> = listed
                .iter()
                .filter_map(|p| ctx.item(*p))
                .map(|p| format!("`{}`", p.name()))
                .collect();
            let mut d = Diagnostic::new(
                RULE.info.code,
                span,
                Message::key("core-purp-001--flow-verb-name-purposes-none")
                    .arg("verb", &verb)
                    .arg("name", &name)
                    .arg_en_zh("purposes", &(purposes.join(", ")), &(purposes.join("、"))),
            )
            .with_label(Message::key("core-purp-001--outside-flow-s-purposes"))
            .with_help(
                Message::key("core-purp-001--add-name-uses-purpose-serves").arg("name", &name),
            );
            for p in listed.iter().filter_map(|p| ctx.item(*p)) {
                d = d.with_related(
                    p.name_span(),
                    Message::key("core-purp-001--uses-does-not-list"),
                );
            }
            d
        };
        if let Some(c) = ctx.name_span(category) {
            d = d.with_related(c, Message::key("core-purp-001--category"));
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
    fn a_flow_groups_categories_of_several_purposes_without_a_cross_product() {
        let items = format!("{ITEMS}purpose support {{\n  label {{ zh: \"客服\", en: \"support\" }}\n  uses email\n}}\n");
        let text = format!(
            "{HEADER}{items}flow f {{\n  share phone, email\n  to agency\n  for ads, support\n}}\n"
        );
        assert!(check(&text, "CORE-PURP-001").is_empty());
    }

    #[test]
    fn a_flow_without_purposes_of_data_no_purpose_uses() {
        let text = format!("{HEADER}{ITEMS}flow f {{\n  share email\n  to agency\n}}\n");
        assert_eq!(check(&text, "CORE-PURP-001"), vec![(19, 9)]);
    }

    #[test]
    fn a_flow_within_its_purpose() {
        let text = format!("{HEADER}{ITEMS}flow f {{\n  share phone\n  to agency\n  for ads\n}}\n");
        assert!(check(&text, "CORE-PURP-001").is_empty());
    }
}
