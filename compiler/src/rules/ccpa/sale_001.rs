//! CCPA-SALE-001 · Sale or sharing without the opt-out link.
//!
//! A business that sells or shares personal information must let you opt out (§1798.120(a))
//! through a clear and conspicuous "Do Not Sell or Share My Personal Information" link
//! (§1798.135(a)(1)), and its privacy policy must describe that right with the link
//! (§1798.135(c)(2)). So a sale or sharing needs a `ccpa::opt_out_sale_share` right with a link.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::ccpa::{has_link, right, sales_and_shares};
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("CCPA-SALE-001"),
        severity: Severity::Error,
        title_en: "sale or sharing without a \"Do Not Sell or Share\" opt-out link",
        title_zh: "出售或共享个人信息但未提供“不出售或共享”退出链接",
    },
    profile: Profile::Ccpa,
    article: "Cal. Civ. Code §1798.120(a)-(b), §1798.135(a)(1), (c)(2); Cal. Code Regs. tit. 11, §7026(a)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let flows = sales_and_shares(ctx);
    let Some((flow, what)) = flows.first() else {
        return;
    };
    let opt_out = right(ctx, "opt_out_sale_share");
    if opt_out.is_some_and(|r| has_link(ctx, r)) {
        return;
    }
    let (what_zh, missing_en, missing_zh) = match opt_out {
        Some(_) => (
            if *what == "sells" { "出售" } else { "共享" },
            "its opt-out right names no link",
            "退出权利未提供链接",
        ),
        None => (
            if *what == "sells" { "出售" } else { "共享" },
            "the policy offers no right to opt out",
            "本政策未提供拒绝出售或共享的权利",
        ),
    };
    let mut d = Diagnostic::new(
        RULE.info.code,
        flow.name_span(),
        Message::key("ccpa-sale-001--flow-name-what-personal-information")
            .arg("name", &flow.name())
            .arg("what", &what)
            .arg_en_zh("missing", &missing_en, &missing_zh)
            .arg("what2", &what_zh),
    )
    .with_label(if *what == "sells" {
        Message::key("ccpa-sale-001--sale")
    } else {
        Message::key("ccpa-sale-001--sharing-cross-context-behavioural-advertising")
    })
    .with_help(Message::key("ccpa-sale-001--declare-right-opt-out-ccpa"));
    if let Some(r) = opt_out {
        d = d.with_related(r.name_span(), Message::key("ccpa-sale-001--no-link-via"));
    }
    out.push(d);
}

#[cfg(test)]
mod tests {
    use crate::rules::ccpa::tests::HEADER;
    use crate::rules::core::tests::check;

    fn policy(right: &str) -> String {
        format!(
            "{HEADER}category email: ccpa::identifiers {{\n  label {{ zh: \"邮箱\", en: \"email\" }}\n}}\npurpose ads {{\n  label {{ zh: \"广告\", en: \"ads\" }}\n  uses email\n}}\nrecipient network: ccpa::advertising_partner {{\n  label {{ zh: \"广告网络\", en: \"ad network\" }}\n}}\nflow ad_sharing {{\n  share email\n  to network\n  for ads\n}}\n{right}"
        )
    }

    #[test]
    fn sharing_without_an_opt_out_link() {
        assert_eq!(check(&policy(""), "CCPA-SALE-001"), vec![(17, 6)]);
        let by_email = "right opt_out: ccpa::opt_out_sale_share { via privacy@some.example }\n";
        assert_eq!(check(&policy(by_email), "CCPA-SALE-001"), vec![(17, 6)]);
    }

    #[test]
    fn an_opt_out_link_or_no_sharing() {
        let link =
            "right opt_out: ccpa::opt_out_sale_share { via https://some.example/do-not-sell }\n";
        assert!(check(&policy(link), "CCPA-SALE-001").is_empty());
        let processor = policy("").replace("ccpa::advertising_partner", "ccpa::service_provider");
        assert!(check(&processor, "CCPA-SALE-001").is_empty());
    }

    #[test]
    fn an_opt_out_scoped_to_other_residents_does_not_count() {
        let scoped = "right opt_out: ccpa::opt_out_sale_share { via https://some.example/do-not-sell; residents GB }\n";
        assert_eq!(check(&policy(scoped), "CCPA-SALE-001"), vec![(17, 6)]);
    }
}
