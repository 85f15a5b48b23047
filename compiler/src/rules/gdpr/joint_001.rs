//! GDPR-JOINT-001 · Joint controllers without the essence of their arrangement.
//!
//! Joint controllers determine in a transparent arrangement their respective responsibilities,
//! in particular for the rights of the data subject and for the information of Arts 13 and 14
//! (Art. 26(1)); the essence of that arrangement is made available to the data subject (Art.
//! 26(2)). A `co_controllers` entry with `role joint_controller` says it with `arrangement`.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::Value;
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("GDPR-JOINT-001"),
        severity: Severity::Warning,
        title_en: "joint controllers without the essence of their arrangement",
        title_zh: "共同控制者未提供其安排的要点",
    },
    profile: Profile::Gdpr,
    article: "GDPR Art. 26(1)-(2)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let Some(controller) = ctx
        .policy
        .header()
        .and_then(|h| h.fields.record("controller"))
    else {
        return;
    };
    for entry in controller.values("co_controllers") {
        let Value::Record(other) = &entry.value else {
            continue;
        };
        if other.option("role") != Some("joint_controller") || other.has("arrangement") {
            continue;
        }
        let name = other
            .text("name")
            .and_then(|t| t.en.as_deref().or(t.zh.as_deref()))
            .unwrap_or_default();
        let span = other.get("role").map_or(entry.span, |f| f.span);
        out.push(
            Diagnostic::new(
                RULE.info.code,
                span,
                Message::key("gdpr-joint-001--joint-controller-name-named-without")
                    .arg("name", &name),
            )
            .with_label(Message::key("gdpr-joint-001--joint-controller"))
            .with_help(Message::key(
                "gdpr-joint-001--add-arrangement-who-answers-your",
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::gdpr::tests::HEADER;

    fn policy(extra: &str) -> String {
        HEADER.replace(
            "email privacy@some.example }",
            &format!("email privacy@some.example; co_controllers {{ name {{ zh: \"某集团\", en: \"Some Group Inc.\" }}; established US; role joint_controller{extra} }} }}"),
        )
    }

    #[test]
    fn a_joint_controller_without_the_arrangement() {
        assert_eq!(check(&policy(""), "GDPR-JOINT-001"), vec![(4, 156)]);
    }

    #[test]
    fn a_joint_controller_with_the_arrangement_and_a_group_controller() {
        let text = policy(
            "; arrangement { zh: \"由我们答复您的请求。\", en: \"We answer your requests.\" }",
        );
        assert!(check(&text, "GDPR-JOINT-001").is_empty());
        let group = HEADER.replace(
            "email privacy@some.example }",
            "email privacy@some.example; co_controllers { name { zh: \"某集团\", en: \"Some Group Inc.\" }; established US; role controller; residents US } }",
        );
        assert!(check(&group, "GDPR-JOINT-001").is_empty());
    }
}
