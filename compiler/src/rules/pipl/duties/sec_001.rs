//! PIPL-SEC-001 · No incident-notification statement.
//!
//! PIPL Art. 57 asks the handler to tell the people concerned of a security incident, and
//! NDSR Art. 11 names the means (phone, text message, e-mail, announcement). Implemented: no
//! `security` statement, or one without `incident_notice` channels; `incident_notice` without
//! `announcement`, the fallback when telling each person is impractical. What the notice
//! contains (Art. 57 ¶1 (1)–(3)) has no field yet and is not checked.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::pipl::duties::item_span;
use crate::rules::{Ctx, Profile, Rule};
use crate::source::Span;
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-SEC-001"),
        severity: Severity::Warning,
        title_en: "no incident-notification statement",
        title_zh: "未说明个人信息安全事件的告知方式",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 51(5), 57; NDSR Art. 11; GB/T 35273 10.2",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let Some(security) = ctx.items(Kind::Security).next() else {
        if let Some(header) = ctx.policy.header() {
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    header.name_span(),
                    Message::new(
                        "the policy does not say how people are told of a personal information security incident",
                        "本政策未说明发生个人信息安全事件时如何告知个人",
                    ),
                )
                .with_label(Message::new("no `security` statement", "缺少 security 声明"))
                .with_help(Message::new(
                    "add `security { incident_notice email, sms, announcement }` (PIPL Art. 57; NDSR Art. 11)",
                    "请添加 security { incident_notice email, sms, announcement }（个人信息保护法第五十七条；《网络数据安全管理条例》第十一条）",
                )),
            );
        }
        return;
    };
    let channels = security.fields.options("incident_notice");
    if channels.is_empty() {
        out.push(
            Diagnostic::new(
                RULE.info.code,
                item_span(security),
                Message::new(
                    "the security statement does not say how people are told of an incident",
                    "安全声明未说明发生个人信息安全事件时如何告知个人",
                ),
            )
            .with_label(Message::new("no `incident_notice`", "未写明 incident_notice"))
            .with_help(Message::new(
                "add `incident_notice email, sms, announcement`: the people concerned are told of the incident, its causes, the harm, the remedies and how to reach us (PIPL Art. 57)",
                "请添加 incident_notice email, sms, announcement：应当将事件种类、原因、可能造成的危害、补救措施及联系方式告知个人（个人信息保护法第五十七条）",
            )),
        );
    } else if !channels.contains(&"announcement") {
        let field = security.fields.get("incident_notice");
        let mut d = Diagnostic::new(
            RULE.info.code,
            item_span(security),
            Message::new(
                "the incident notice has no announcement for when telling each person is impractical",
                "安全事件告知方式未包括难以逐一告知时的公告方式",
            ),
        )
        .with_label(Message::new("no `announcement`", "未包括 announcement"))
        .with_help(Message::new(
            "add `announcement` to `incident_notice` (NDSR Art. 11; GB/T 35273 10.2)",
            "请在 incident_notice 中加入 announcement（《网络数据安全管理条例》第十一条；GB/T 35273 第10.2条）",
        ));
        if let Some(field) = field {
            d = d
                .with_related(field.span, Message::new("the notice channels", "告知方式"))
                .with_fix(
                    Message::new("add an announcement", "补充公告方式"),
                    Span::new(
                        field.span.file,
                        field.span.end as usize,
                        field.span.end as usize,
                    ),
                    ", announcement",
                );
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    #[test]
    fn no_notice_and_no_announcement() {
        let text = format!("{HEADER}security {{\n  incident_plan\n}}\n");
        assert_eq!(check(&text, "PIPL-SEC-001"), vec![(8, 1)]);
        let text = format!("{HEADER}security {{\n  incident_notice email\n}}\n");
        assert_eq!(check(&text, "PIPL-SEC-001"), vec![(8, 1)]);
        assert_eq!(check(HEADER, "PIPL-SEC-001"), vec![(3, 8)]);
    }

    #[test]
    fn channels_with_an_announcement() {
        let text = format!("{HEADER}security {{\n  incident_notice email, sms, announcement\n}}\n");
        assert!(check(&text, "PIPL-SEC-001").is_empty());
    }
}
