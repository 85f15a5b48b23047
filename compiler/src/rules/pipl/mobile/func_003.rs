//! PIPL-FUNC-003 · Extended function without its refusal.
//!
//! For an extended function the person must be told that they may refuse it and what refusing
//! costs: that the basic functions keep working (GB/T 35273-2020 5.3; the permission lists and
//! function lists of app policies say it per function, 「拒绝不影响基本功能的使用」). An extended
//! function without `refusal` does not say it.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-FUNC-003"),
        severity: Severity::Warning,
        title_en: "extended function without what refusing it costs",
        title_zh: "扩展业务功能未说明拒绝的后果",
    },
    profile: Profile::Pipl,
    // Citations checked (December 2026):
    // - PIPL Art. 16, 17 ¶1
    // - GB/T 35273-2020: 5.3 and Annex C.2 (basic and extended functions), 5.4, 9.7 by number and title in the foreword and table of contents (docs/research/mobile-apps.md (c))
    article: "PIPL Art. 16, 17 ¶1; GB/T 35273-2020 5.3",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for function in ctx.items(Kind::Function) {
        if function.fields.option("kind") != Some("extended") || function.fields.has("refusal") {
            continue;
        }
        let span = function
            .fields
            .get("kind")
            .map_or(function.name_span(), |f| f.span);
        let name = function.name();
        out.push(
            Diagnostic::new(
                RULE.info.code,
                span,
                Message::key("pipl-mobile-func-003--extended-function-name-does-not")
                    .arg("name", &name),
            )
            .with_label(Message::key("pipl-mobile-func-003--no-refusal"))
            .with_help(Message::key(
                "pipl-mobile-func-003--add-refusal-person-may-turn",
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::policy;
    use crate::rules::core::tests::check;

    #[test]
    fn an_extended_function_without_refusal() {
        let text = policy("function faces {\n  label { zh: \"人物相册\", en: \"albums by person\" }\n  kind extended\n}\n");
        assert_eq!(check(&text, "PIPL-FUNC-003"), vec![(23, 3)]);
        let text = policy("function faces {\n  label { zh: \"人物相册\", en: \"albums by person\" }\n  kind extended\n  refusal { zh: \"不影响相册\", en: \"albums keep working\" }\n}\n");
        assert!(check(&text, "PIPL-FUNC-003").is_empty());
    }
}
