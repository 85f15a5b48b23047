//! CCPA-REQ-001 · Fewer than two ways to make a request.
//!
//! A business makes available two or more designated methods for submitting requests to know,
//! delete and correct, including at minimum a toll-free telephone number; one that operates
//! exclusively online and has a direct relationship with you need only give an email address
//! (§1798.130(a)(1)(A)). The rule counts the distinct `via` of those rights; whether a business
//! is exclusively online is not in the model, so one method is a warning.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::Value;
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("CCPA-REQ-001"),
        severity: Severity::Warning,
        title_en: "fewer than two methods to submit requests to know, delete or correct",
        title_zh: "提交知悉、删除或更正请求的方式少于两种",
    },
    profile: Profile::Ccpa,
    article: "Cal. Civ. Code §1798.130(a)(1)(A); Cal. Code Regs. tit. 11, §7020",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let rights: Vec<_> = ctx
        .rights_of("ccpa")
        .into_iter()
        .filter(|(_, o)| matches!(o.name(), "know" | "delete" | "correct"))
        .map(|(r, _)| r)
        .collect();
    let Some(first) = rights.first() else {
        return;
    };
    let mut methods: Vec<String> = Vec::new();
    for right in &rights {
        for v in right.fields.values("via") {
            let key = match &v.value {
                Value::Email(s) | Value::Url(s) | Value::Phone(s) => s.clone(),
                Value::Ref(id) => format!("#{}", id.0),
                Value::Text(t) => t.en.clone().or(t.zh.clone()).unwrap_or_default(),
                _ => continue,
            };
            if !methods.contains(&key) {
                methods.push(key);
            }
        }
    }
    if methods.len() >= 2 {
        return;
    }
    out.push(
        Diagnostic::new(
            RULE.info.code,
            first.name_span(),
            Message::key("ccpa-req-001--requests-know-delete-correct-can")
                .arg("methods-count", &methods.len())
                .arg("plural-s", &(if methods.len() == 1 { "" } else { "s" })),
        )
        .with_label(Message::key("ccpa-req-001--one-method"))
        .with_help(Message::key("ccpa-req-001--add-second-via-e-g")),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::ccpa::tests::HEADER;
    use crate::rules::core::tests::check;

    #[test]
    fn one_email_for_every_request() {
        let text = format!("{HEADER}right know: ccpa::know {{ via privacy@some.example }}\nright delete: ccpa::delete {{ via privacy@some.example }}\n");
        assert_eq!(check(&text, "CCPA-REQ-001"), vec![(7, 7)]);
    }

    #[test]
    fn a_form_and_a_toll_free_number() {
        let text = format!("{HEADER}right know: ccpa::know {{ via https://some.example/privacy-request, +1-800-555-0100 }}\n");
        assert!(check(&text, "CCPA-REQ-001").is_empty());
    }
}
