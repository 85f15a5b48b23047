//! CCPA-SPI-001 · Sensitive personal information used beyond the permitted purposes without
//! the right to limit.
//!
//! Sensitive personal information (§1798.140(ae)) used for purposes other than those of
//! §7027(m) of the Regulations (the services you expect, security, fraud, physical safety,
//! short-term use, services on our behalf, quality and safety) gives you the right to limit its
//! use (§1798.121(a)), offered through a "Limit the Use of My Sensitive Personal Information"
//! link (§1798.135(a)(2)). The rule reads a purpose's `tags`: marketing, personalisation,
//! analytics, AI training, research and automated decisions are beyond §7027(m).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::ccpa::{has_link, right};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("CCPA-SPI-001"),
        severity: Severity::Error,
        title_en: "sensitive personal information used beyond §7027(m) without the right to limit",
        title_zh: "超出第7027(m)条的目的使用敏感个人信息，但未提供限制使用的权利",
    },
    profile: Profile::Ccpa,
    article: "Cal. Civ. Code §1798.121(a), §1798.135(a)(2); Cal. Code Regs. tit. 11, §7027(a), (m)",
    check,
};

/// Purpose tags that are not among §7027(m)'s purposes.
const BEYOND: &[&str] = &[
    "marketing",
    "personalization",
    "analytics",
    "ai_training",
    "research",
    "automated_decision",
];

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let limit = right(ctx, "limit_sensitive");
    if limit.is_some_and(|r| has_link(ctx, r)) {
        return;
    }
    for purpose in ctx.items(Kind::Purpose) {
        if !ctx.applies_under(purpose, "ccpa") {
            continue;
        }
        let Some(tag) = purpose
            .fields
            .options("tags")
            .into_iter()
            .find(|t| BEYOND.contains(t))
        else {
            continue;
        };
        let Some(category) = purpose
            .fields
            .refs("uses")
            .into_iter()
            .find(|c| ctx.policy.sensitive_under(*c, "ccpa"))
            .and_then(|c| ctx.item(c))
        else {
            continue;
        };
        let span = ctx
            .reference_in(purpose.id, category.id)
            .unwrap_or(purpose.name_span());
        out.push(
            Diagnostic::new(
                RULE.info.code,
                span,
                Message::key("ccpa-spi-001--purpose-name-tagged-tag-uses")
                    .arg("name", &purpose.name())
                    .arg("tag", &tag)
                    .arg("name2", &category.name()),
            )
            .with_label(Message::key("ccpa-spi-001--sensitive-personal-information"))
            .with_related(
                purpose.name_span(),
                Message::key("ccpa-spi-001--purpose-beyond-7027-m"),
            )
            .with_help(Message::key("ccpa-spi-001--declare-right-limit-ccpa-limit")),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::ccpa::tests::HEADER;
    use crate::rules::core::tests::check;

    fn policy(tag: &str, extra: &str) -> String {
        format!(
            "{HEADER}category location: ccpa::precise_geolocation {{\n  label {{ zh: \"精确位置\", en: \"precise location\" }}\n}}\npurpose nearby {{\n  label {{ zh: \"附近推荐\", en: \"nearby offers\" }}\n  uses location\n  tags {tag}\n}}\n{extra}"
        )
    }

    #[test]
    fn precise_location_for_marketing_without_the_limit_link() {
        assert_eq!(
            check(&policy("marketing", ""), "CCPA-SPI-001"),
            vec![(12, 8)]
        );
    }

    #[test]
    fn the_limit_link_or_a_permitted_purpose() {
        let limit = "right limit: ccpa::limit_sensitive { via https://some.example/limit }\n";
        assert!(check(&policy("marketing", limit), "CCPA-SPI-001").is_empty());
        assert!(check(&policy("service", ""), "CCPA-SPI-001").is_empty());
    }
}
