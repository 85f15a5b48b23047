//! PIPL-MKT-001 · Marketing without an opt-out.
//!
//! People may refuse commercial marketing (PIPL Art. 24 ¶2, Art. 44), and electronic
//! advertising needs their consent or request and a way to refuse further messages (Advertising
//! Law Art. 43). Implemented, for a purpose tagged `marketing`: (a) no `opt_out` (error); its
//! basis is not a form of consent (error); (b) its opt-out is described only in words — no
//! email, URL, phone number or `contact` — and the policy has no `object_marketing` right with
//! a channel: nothing shows a persistent way to refuse (warning).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Purpose, Right};
use crate::ir::Value;
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-MKT-001"),
        severity: Severity::Error,
        title_en: "marketing without an opt-out",
        title_zh: "商业营销或推送缺少拒绝方式",
    },
    profile: Profile::Pipl,
    article:
        "PIPL Art. 24 ¶2, 44; Advertising Law Art. 43; E-Commerce Law Art. 18 ¶2; GB/T 35273 7.5",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let refusal_right = ctx
        .items(Kind::Right)
        .any(|r| ctx.root_name(r.id) == Some("object_marketing") && Right(r).has(Right::VIA));
    for purpose in ctx.items(Kind::Purpose) {
        if !Purpose(purpose).tags().contains(&"marketing") {
            continue;
        }
        let name = purpose.name();
        // (a) No opt-out at all.
        if !Purpose(purpose).has(Purpose::OPT_OUT) {
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    purpose.name_span(),
                    Message::key("pipl-duties-mkt-001--marketing-purpose-name-gives-no")
                        .arg("name", &name),
                )
                .with_label(Message::key("pipl-duties-mkt-001--no-opt-out"))
                .with_help(Message::key(
                    "pipl-duties-mkt-001--add-opt-out-persistent-way",
                )),
            );
        } else {
            // (b) Only words, and no refusal right with a channel.
            let persistent = Purpose(purpose).values(Purpose::OPT_OUT).any(|v| {
                matches!(
                    v.value,
                    Value::Email(_) | Value::Url(_) | Value::Phone(_) | Value::Ref(_)
                )
            });
            if !persistent && !refusal_right {
                let field = Purpose(purpose).field(Purpose::OPT_OUT).map(|f| f.span);
                let mut d = Diagnostic::new(
                    RULE.info.code,
                    purpose.name_span(),
                    Message::key("pipl-duties-mkt-001--opt-out-marketing-purpose-name")
                        .arg("name", &name),
                )
                .with_label(Message::key("pipl-duties-mkt-001--no-persistent-opt-out"))
                .with_help(Message::key("pipl-duties-mkt-001--give-opt-out-email-url"));
                d.severity = Severity::Warning;
                if let Some(span) = field {
                    d = d.with_related(
                        span,
                        Message::key("pipl-duties-mkt-001--opt-out-words-only"),
                    );
                }
                out.push(d);
            }
        }
        // (a) Electronic advertising on a basis that is not consent.
        let bases = Purpose(purpose).basis();
        if !bases.is_empty() && bases.iter().all(|b| ctx.consent_form(*b) == Some("none")) {
            let mut d = Diagnostic::new(
                RULE.info.code,
                purpose.name_span(),
                Message::key("pipl-duties-mkt-001--marketing-purpose-name-does-not")
                    .arg("name", &name),
            )
            .with_label(Message::key(
                "pipl-duties-mkt-001--marketing-without-consent",
            ))
            .with_help(Message::key(
                "pipl-duties-mkt-001--electronic-advertising-needs-person-s",
            ));
            if let Some(field) = Purpose(purpose).field(Purpose::BASIS) {
                d = d
                    .with_related(field.span, Message::key("pipl-duties-mkt-001--basis"))
                    .with_fix(
                        Message::key("pipl-duties-mkt-001--rest-consent"),
                        field.span,
                        "basis pipl::consent",
                    );
            }
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const CATEGORY: &str = "category email {\n  label { zh: \"邮箱\", en: \"email\" }\n}\n";

    #[test]
    fn no_opt_out_words_only_and_contract() {
        let text = format!(
            "{HEADER}{CATEGORY}purpose ads {{\n  label {{ zh: \"广告\", en: \"ads\" }}\n  uses email\n  basis pipl::contract\n  tags marketing\n}}\npurpose survey {{\n  label {{ zh: \"调研\", en: \"surveys\" }}\n  uses email\n  basis pipl::consent\n  opt_out {{ zh: \"在联络过程中拒绝\", en: \"decline while we are in contact\" }}\n  tags marketing\n}}\n"
        );
        assert_eq!(
            check(&text, "PIPL-MKT-001"),
            vec![(11, 9), (11, 9), (17, 9)]
        );
    }

    #[test]
    fn consent_and_an_unsubscribe_channel() {
        let text = format!(
            "{HEADER}{CATEGORY}purpose ads {{\n  label {{ zh: \"广告\", en: \"ads\" }}\n  uses email\n  basis pipl::consent\n  opt_out https://some.example/unsubscribe\n  tags marketing\n}}\n"
        );
        assert!(check(&text, "PIPL-MKT-001").is_empty());
    }
}
