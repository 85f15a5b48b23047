//! PIPL-FUNC-001 · Extended function marked required.
//!
//! An extended business function (扩展业务功能) is one the person may refuse and keep using the
//! basic ones: an app must not refuse its basic function because the person does not consent to
//! non-necessary information (PIPL Art. 16; the CAC's 《常见类型移动互联网应用程序必要个人信息范围规定》,
//! 「App不得因为用户不同意提供非必要个人信息，而拒绝用户使用其基本功能服务」; GB/T 35273-2020 5.3). An
//! extended function made up of a purpose marked `required` says the opposite.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-FUNC-001"),
        severity: Severity::Error,
        title_en: "extended function marked required",
        title_zh: "扩展业务功能被设为必选",
    },
    profile: Profile::Pipl,
    // Citations checked (December 2026):
    // - PIPL Art. 16 (不得以个人不同意处理其个人信息为由，拒绝提供产品或者服务), checked against the law's text
    // - 必要个人信息范围规定: 「App不得因为用户不同意提供非必要个人信息，而拒绝用户使用其基本功能服务」, wording seen in a report of the text; the article number is not cited because it was not seen
    // - GB/T 35273-2020: 5.3 and Annex C.2 (basic and extended functions), 5.4, 9.7 by number and title in the foreword and table of contents (docs/research/mobile-apps.md (c))
    article: "PIPL Art. 16; 常见类型移动互联网应用程序必要个人信息范围规定 (国信办秘字〔2021〕14号); GB/T 35273-2020 5.3",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for function in ctx.items(Kind::Function) {
        if function.fields.option("kind") != Some("extended") {
            continue;
        }
        for p in function.fields.refs("purposes") {
            let Some(purpose) = ctx.item(p) else {
                continue;
            };
            if purpose.fields.bool("required") != Some(true) {
                continue;
            }
            let span = ctx
                .reference_in(function.id, p)
                .unwrap_or_else(|| function.name_span());
            let (f, pn) = (function.name(), purpose.name());
            let mut d = Diagnostic::new(
                RULE.info.code,
                span,
                Message::key("pipl-mobile-func-001--extended-function-f-made-up")
                    .arg("f", &f)
                    .arg("pn", &pn),
            )
            .with_label(Message::key("pipl-mobile-func-001--person-cannot-refuse"))
            .with_help(Message::key(
                "pipl-mobile-func-001--extended-function-can-refused-remove",
            ));
            if let Some(field) = purpose.fields.get("required") {
                d = d.with_related(
                    field.span,
                    Message::key("pipl-mobile-func-001--marked-required-here"),
                );
            }
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::policy;
    use crate::rules::core::tests::check;

    #[test]
    fn an_extended_function_of_a_required_purpose() {
        let text = policy("purpose ads {\n  label { zh: \"广告\", en: \"ads\" }\n  uses photos\n  basis pipl::consent\n  required\n}\nfunction recommend {\n  label { zh: \"推荐\", en: \"recommendations\" }\n  kind extended\n  purposes ads\n}\n");
        assert_eq!(check(&text, "PIPL-FUNC-001"), vec![(30, 12)]);
        assert!(check(&text.replace("  required\n", ""), "PIPL-FUNC-001").is_empty());
    }
}
