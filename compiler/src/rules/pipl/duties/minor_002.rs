//! PIPL-MINOR-002 · No dedicated rules for under-14 data.
//!
//! A handler that processes the information of children under 14 must lay down dedicated
//! rules for it (PIPL Art. 31 ¶2; CPIP Art. 8, 10). Implemented: the policy may process
//! under-14 data — a guardian-consent path (a basis whose consent form is `guardian`, or
//! `minors { guardian_consent }`), a category tagged `child_data`, or `audience
//! directed_at_children` — and `minors` has no `dedicated_rules` link. What the dedicated rules
//! contain (the CPIP Art. 10 items) and the designated responsible person (CPIP Art. 8) have
//! no field: the rules are a separate document behind a URL, and neither is checked.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::Minors;
use crate::rules::pipl::duties::item_span;
use crate::rules::pipl::duties::minor_001::{guardian_path, is_child_data};
use crate::rules::{Ctx, Profile, Rule};
use crate::source::Span;
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-MINOR-002"),
        severity: Severity::Error,
        title_en: "no dedicated rules for under-14 data",
        title_zh: "未制定专门的儿童个人信息处理规则",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 31 ¶2; CPIP Art. 8, 10",
    check,
};

/// Why the policy may process under-14 data: the first reason found, with its span.
fn child_processing(ctx: &Ctx) -> Option<(Span, Message)> {
    if let Some(span) = guardian_path(ctx) {
        return Some((
            span,
            Message::key("pipl-duties-minor-002--guardian-consent-asked-here"),
        ));
    }
    if let Some(c) = ctx.items(Kind::Category).find(|c| is_child_data(ctx, c)) {
        return Some((
            c.name_span(),
            Message::key("pipl-duties-minor-002--children-s-information"),
        ));
    }
    let header = ctx.policy.header()?;
    if header
        .fields
        .options("audience")
        .contains(&"directed_at_children")
    {
        return header.fields.get("audience").map(|f| {
            (
                f.span,
                Message::key("pipl-duties-minor-002--directed-at-children"),
            )
        });
    }
    None
}

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let Some((why, label)) = child_processing(ctx) else {
        return;
    };
    let minors = ctx.items(Kind::Minors).next();
    if minors.is_some_and(|m| Minors(m).has(Minors::DEDICATED_RULES)) {
        return;
    }
    let primary = minors.map_or(why, item_span);
    let mut d = Diagnostic::new(
        RULE.info.code,
        primary,
        Message::key("pipl-duties-minor-002--policy-may-process-information-children"),
    )
    .with_label(Message::key("pipl-duties-minor-002--no-dedicated-rules"))
    .with_help(Message::key(
        "pipl-duties-minor-002--publish-dedicated-rules-purpose-method",
    ));
    if minors.is_some() {
        d = d.with_related(why, label);
    }
    out.push(d);
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    #[test]
    fn guardian_consent_without_dedicated_rules() {
        let text = format!("{HEADER}minors {{\n  threshold 14\n  guardian_consent\n}}\n");
        assert_eq!(check(&text, "PIPL-MINOR-002"), vec![(8, 1)]);
        let text = format!(
            "{HEADER}category kid_name {{\n  label {{ zh: \"儿童姓名\", en: \"child's name\" }}\n  tags child_data\n}}\n"
        );
        assert_eq!(check(&text, "PIPL-MINOR-002"), vec![(8, 10)]);
    }

    #[test]
    fn dedicated_rules_or_no_children() {
        let text = format!(
            "{HEADER}minors {{\n  threshold 14\n  guardian_consent\n  dedicated_rules https://some.example/children\n}}\n"
        );
        assert!(check(&text, "PIPL-MINOR-002").is_empty());
        assert!(check(HEADER, "PIPL-MINOR-002").is_empty());
    }
}
