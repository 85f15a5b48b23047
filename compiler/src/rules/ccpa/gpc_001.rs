//! CCPA-GPC-001 · Opt-out preference signals not honoured where personal information is sold
//! or shared.
//!
//! A business that sells or shares personal information must treat an opt-out preference
//! signal, such as Global Privacy Control, as a valid request to opt out (Cal. Code Regs. tit.
//! 11, §7025(b); Cal. Civ. Code §1798.135(b)(1)).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::ccpa::{is_ccpa, sales_and_shares};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("CCPA-GPC-001"),
        severity: Severity::Error,
        title_en: "opt-out preference signals (Global Privacy Control) not honoured",
        title_zh: "未将全球隐私控制（GPC）等退出偏好信号视为有效的退出请求",
    },
    profile: Profile::Ccpa,
    article: "Cal. Code Regs. tit. 11, §7025(b); Cal. Civ. Code §1798.135(b)(1)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let Some((flow, what)) = sales_and_shares(ctx).into_iter().next() else {
        return;
    };
    let honoured = ctx
        .items(Kind::Promise)
        .any(|p| is_ccpa(ctx, p.id, "honours_opt_out_signals"));
    if honoured {
        return;
    }
    out.push(
        Diagnostic::new(
            RULE.info.code,
            flow.name_span(),
            Message::key("ccpa-gpc-001--flow-name-what-personal-information")
                .arg("name", &flow.name())
                .arg("what", &what),
        )
        .with_label(Message::key("ccpa-gpc-001--sold-shared"))
        .with_help(Message::key(
            "ccpa-gpc-001--declare-promise-gpc-ccpa-honours",
        )),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::ccpa::tests::HEADER;
    use crate::rules::core::tests::check;

    fn policy(extra: &str) -> String {
        format!(
            "{HEADER}category email: ccpa::identifiers {{\n  label {{ zh: \"邮箱\", en: \"email\" }}\n}}\nrecipient broker: ccpa::third_party {{\n  label {{ zh: \"数据经纪人\", en: \"data broker\" }}\n}}\nflow sale {{\n  transfer email\n  to broker\n  consideration\n}}\n{extra}"
        )
    }

    #[test]
    fn a_sale_without_gpc() {
        assert_eq!(check(&policy(""), "CCPA-GPC-001"), vec![(13, 6)]);
    }

    #[test]
    fn gpc_honoured() {
        let text = policy("promise gpc: ccpa::honours_opt_out_signals {}\n");
        assert!(check(&text, "CCPA-GPC-001").is_empty());
    }
}
