//! PIPL-FUNC-002 · Basic function bundled with an extended one.
//!
//! A purpose that belongs to an extended function and also to a basic one bundles them: the
//! person cannot use the basic function without the extended function's processing. GB/T
//! 35273-2020 5.3 forbids bundling several business functions so that the person must accept
//! collection for all at once, and PIPL Art. 16 forbids refusing the service over consent to
//! what it does not need.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::pipl::mobile::functions_by_purpose;
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-FUNC-002"),
        severity: Severity::Error,
        title_en: "basic function bundled with an extended one",
        title_zh: "基本业务功能与扩展业务功能捆绑",
    },
    profile: Profile::Pipl,
    // Citations checked (December 2026):
    // - PIPL Art. 14 ¶1 (consent given voluntarily and explicitly), Art. 16
    // - GB/T 35273-2020: 5.3 and Annex C.2 (basic and extended functions), 5.4, 9.7 by number and title in the foreword and table of contents (docs/research/mobile-apps.md (c))
    article: "PIPL Art. 14 ¶1, 16; GB/T 35273-2020 5.3, Annex C.2",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let by_purpose = functions_by_purpose(ctx);
    for basic in ctx.items(Kind::Function) {
        if basic.fields.option("kind") != Some("basic") {
            continue;
        }
        for p in basic.fields.refs("purposes") {
            let Some(extended) = by_purpose.get(&p).and_then(|fs| {
                fs.iter()
                    .find(|f| f.fields.option("kind") == Some("extended"))
            }) else {
                continue;
            };
            let span = ctx
                .reference_in(basic.id, p)
                .unwrap_or_else(|| basic.name_span());
            let (b, e, pn) = (basic.name(), extended.name(), ctx.display(p));
            let mut d = Diagnostic::new(
                RULE.info.code,
                span,
                Message::key("pipl-mobile-func-002--basic-function-b-includes-purpose")
                    .arg("b", &b)
                    .arg("pn", &pn)
                    .arg("e", &e),
            )
            .with_label(Message::key("pipl-mobile-func-002--bundled-here"))
            .with_help(Message::key(
                "pipl-mobile-func-002--split-purpose-so-basic-function",
            ));
            if let Some(span) = ctx.reference_in(extended.id, p) {
                d = d.with_related(
                    span,
                    Message::key("pipl-mobile-func-002--also-part-extended-function"),
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
    fn a_purpose_in_a_basic_and_an_extended_function() {
        let text = policy("function faces {\n  label { zh: \"人物相册\", en: \"albums by person\" }\n  kind extended\n  purposes upload\n}\n");
        assert_eq!(check(&text, "PIPL-FUNC-002"), vec![(19, 12)]);
        let text = policy("function faces {\n  label { zh: \"人物相册\", en: \"albums by person\" }\n  kind extended\n}\n");
        assert!(check(&text, "PIPL-FUNC-002").is_empty());
    }
}
