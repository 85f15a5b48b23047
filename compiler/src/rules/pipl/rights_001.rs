//! PIPL-RIGHTS-001 · Statutory rights missing.
//!
//! The policy must tell people every right PIPL Arts 44–48 gives them and how to exercise it:
//! access, copy, correction, supplementation, deletion, restriction or refusal, explanation of
//! the rules, withdrawal of consent (when anything rests on consent), account closure (when
//! there are accounts) and complaint. One diagnostic on the policy header lists what is
//! missing.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Based, Purpose};
use crate::rules::{list_en, Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-RIGHTS-001"),
        severity: Severity::Error,
        title_en: "statutory rights missing",
        title_zh: "个人信息主体权利缺失",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 44–48, 15, 65; NDSR Art. 23; GB/T 35273 8.1–8.6",
    check,
};

/// The rights every PIPL policy must offer: the stdlib id, and its name in Chinese.
const ALWAYS: &[(&str, &str)] = &[
    ("access", "查阅"),
    ("copy", "复制"),
    ("correct", "更正"),
    ("supplement", "补充"),
    ("delete", "删除"),
    ("restrict_refuse", "限制或者拒绝处理"),
    ("explain", "要求解释说明"),
];

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let Some(header) = ctx.policy.header() else {
        return;
    };
    let mut required: Vec<(&str, &str)> = ALWAYS.to_vec();
    let consent_based = ctx
        .items(Kind::Purpose)
        .chain(ctx.items(Kind::Flow))
        .any(|item| {
            Based(item).basis().iter().any(|b| {
                matches!(
                    ctx.consent_form(*b),
                    Some("general" | "separate" | "written" | "guardian")
                )
            })
        });
    if consent_based {
        required.push(("withdraw_consent", "撤回同意"));
    }
    if ctx
        .items(Kind::Purpose)
        .any(|p| Purpose(p).tags().contains(&"account"))
    {
        required.push(("close_account", "注销账户"));
    }
    required.push(("complain", "投诉举报"));
    let offered = ctx.offered_rights();
    let missing: Vec<(&str, &str)> = required
        .into_iter()
        .filter(|(id, _)| !offered.contains(id))
        .collect();
    if missing.is_empty() {
        return;
    }
    let en: Vec<String> = missing.iter().map(|(id, _)| format!("`{id}`")).collect();
    let zh: Vec<&str> = missing.iter().map(|(_, zh)| *zh).collect();
    let decls: Vec<String> = missing
        .iter()
        .map(|(id, _)| format!("`right {id}: pipl::{id} {{ via ... }}`"))
        .collect();
    out.push(
        Diagnostic::new(
            RULE.info.code,
            header.name_span(),
            Message::key("pipl-rights-001--policy-does-not-offer-statutory")
                .arg(
                    "missing",
                    &(if missing.len() == 1 {
                        "right"
                    } else {
                        "rights"
                    }),
                )
                .arg_en_zh("list", &(list_en(&en)), &(zh.join("、"))),
        )
        .with_label(Message::key("pipl-rights-001--statutory-rights-missing"))
        .with_help(
            Message::key("pipl-rights-001--declare-each-how-exercise-decls").arg_en_zh(
                "decls",
                &(decls.join(", ")),
                &(decls.join("，")),
            ),
        ),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const CORE: &str = "right access: pipl::access\nright copy: pipl::copy\nright correct: pipl::correct\nright supplement: pipl::supplement\nright delete: pipl::delete\nright restrict: pipl::restrict_refuse\nright explain: pipl::explain\nright complain: pipl::complain\n";
    const ACCOUNT: &str = "category email {\n  label { zh: \"邮箱\", en: \"email\" }\n}\npurpose signup {\n  label { zh: \"注册\", en: \"sign-up\" }\n  uses email\n  basis pipl::consent\n  tags account\n}\n";

    #[test]
    fn withdrawal_and_closure_missing() {
        let text = format!("{HEADER}{ACCOUNT}{CORE}");
        assert_eq!(check(&text, "PIPL-RIGHTS-001"), vec![(3, 8)]);
    }

    #[test]
    fn every_right_offered() {
        let text = format!("{HEADER}{ACCOUNT}{CORE}right withdraw: pipl::withdraw_consent\nright close: pipl::close_account\n");
        assert!(check(&text, "PIPL-RIGHTS-001").is_empty());
    }
}
