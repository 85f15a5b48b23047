//! PIPL-SEC-001 · No incident-notification statement.
//!
//! PIPL Art. 57 asks the handler to tell the people concerned of a security incident, and
//! NDSR Art. 11 names the means (phone, text message, e-mail, announcement). Implemented: no
//! `security` statement, or one without `incident_notice` channels; `incident_notice` without
//! `announcement`, the fallback when telling each person is impractical; and, where the policy
//! says what the notice contains (`incident_contents`), contents that leave out one of the items
//! of Art. 57 ¶1 (1)–(3): a clause covers an item when its `article` cites it, as the stdlib's
//! `pipl::incident_notice` clauses do.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Definition, Security};
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
                    Message::key("pipl-duties-sec-001--policy-does-not-say-how"),
                )
                .with_label(Message::key("pipl-duties-sec-001--no-security-statement"))
                .with_help(Message::key(
                    "pipl-duties-sec-001--add-security-incident-notice-email",
                )),
            );
        }
        return;
    };
    let channels = Security(security).incident_notice();
    if channels.is_empty() {
        out.push(
            Diagnostic::new(
                RULE.info.code,
                item_span(security),
                Message::key("pipl-duties-sec-001--security-statement-does-not-say"),
            )
            .with_label(Message::key("pipl-duties-sec-001--no-incident-notice"))
            .with_help(Message::key(
                "pipl-duties-sec-001--add-incident-notice-email-sms",
            )),
        );
    } else if !channels.contains(&"announcement") {
        let field = Security(security).field(Security::INCIDENT_NOTICE);
        let mut d = Diagnostic::new(
            RULE.info.code,
            item_span(security),
            Message::key("pipl-duties-sec-001--incident-notice-has-no-announcement"),
        )
        .with_label(Message::key("pipl-duties-sec-001--no-announcement"))
        .with_help(Message::key(
            "pipl-duties-sec-001--add-announcement-incident-notice-ndsr",
        ));
        if let Some(field) = field {
            d = d
                .with_related(
                    field.span,
                    Message::key("pipl-duties-sec-001--notice-channels"),
                )
                .with_fix(
                    Message::key("pipl-duties-sec-001--add-announcement"),
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
    missing_contents(ctx, security, out);
}

/// The items of PIPL Art. 57 ¶1, as their clauses cite them, and what each tells people.
const ART57_ITEMS: &[(&str, &str, &str)] = &[
    (
        "57 ¶1(1)",
        "the categories of information, the causes and the possible harm",
        "信息种类、原因和可能造成的危害",
    ),
    (
        "57 ¶1(2)",
        "the remedial measures taken and what people can do to reduce the harm",
        "已采取的补救措施和个人可以采取的减轻危害的措施",
    ),
    ("57 ¶1(3)", "how to contact us", "我们的联系方式"),
];

/// `incident_contents` that leave out an item of Art. 57 ¶1.
fn missing_contents(ctx: &Ctx, security: &crate::ir::Item, out: &mut Vec<Diagnostic>) {
    let Some(field) = Security(security).field(Security::INCIDENT_CONTENTS) else {
        return;
    };
    let articles: Vec<&str> = ctx
        .policy
        .expand_clauses(Security(security).incident_contents())
        .into_iter()
        .filter_map(|c| {
            let own = ctx.item(c).and_then(|c| Definition(c).article());
            own.or_else(|| {
                ctx.policy
                    .std_origin(c)
                    .and_then(|s| Definition(s).article())
            })
        })
        .collect();
    let missing: Vec<&(&str, &str, &str)> = ART57_ITEMS
        .iter()
        .filter(|(item, ..)| !articles.iter().any(|a| a.contains(item)))
        .collect();
    if missing.is_empty() {
        return;
    }
    let en: Vec<&str> = missing.iter().map(|m| m.1).collect();
    let zh: Vec<&str> = missing.iter().map(|m| m.2).collect();
    out.push(
        Diagnostic::new(
            RULE.info.code,
            field.span,
            Message::key("pipl-duties-sec-001--incident-notice-does-not-tell").arg_en_zh(
                "list",
                &(en.join("; ")),
                &(zh.join("；")),
            ),
        )
        .with_label(Message::key("pipl-duties-sec-001--pipl-art-57-1-items"))
        .with_help(Message::key(
            "pipl-duties-sec-001--add-missing-items-stdlib-s",
        )),
    );
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
    fn contents_without_the_contact() {
        let security = |contents: &str| {
            format!("{HEADER}clause what {{\n  label {{ zh: \"事件情况\", en: \"what happened\" }}\n  article \"PIPL Art. 57 ¶1(1)\"\n}}\nsecurity {{\n  incident_notice email, announcement\n  incident_contents {contents}\n}}\n")
        };
        assert_eq!(check(&security("what"), "PIPL-SEC-001"), vec![(14, 3)]);
        assert!(check(&security("pipl::incident_notice"), "PIPL-SEC-001").is_empty());
    }

    #[test]
    fn channels_with_an_announcement() {
        let text = format!("{HEADER}security {{\n  incident_notice email, sms, announcement\n}}\n");
        assert!(check(&text, "PIPL-SEC-001").is_empty());
    }
}
