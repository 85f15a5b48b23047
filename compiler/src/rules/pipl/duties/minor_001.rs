//! PIPL-MINOR-001 · Under-14 data without guardian consent / audience inconsistent.
//!
//! Information of a child under 14 is sensitive and needs the guardian's consent (PIPL Art. 28
//! ¶1, 31 ¶1; CPIP Art. 9). Implemented: (a) the policy does not declare an audience that
//! keeps children out (`adults_only`, `not_directed_at_minors`, only enterprise audiences, or
//! `minors { directed no }`) and offers no guardian-consent path (a purpose or flow whose basis
//! is guardian consent, or `minors { guardian_consent }`) (error); (b) the policy keeps children
//! out but does not say what happens when a child's data is found anyway (`minors {
//! on_discovery }`) (warning); (c) `minors { threshold }` below 14 (error), or audiences that
//! contradict each other (`directed_at_children` with `adults_only` / `not_directed_at_minors`,
//! or `minors { directed }` against the audience) (error). The schema has one `threshold`, so
//! "different thresholds in different places" cannot be said and is not checked.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Based, Header, Minors};
use crate::ir::{Item, Value};
use crate::rules::pipl::duties::{has_tag, item_span};
use crate::rules::{Ctx, Profile, Rule};
use crate::source::Span;
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-MINOR-001"),
        severity: Severity::Error,
        title_en: "under-14 data without guardian consent / audience inconsistent",
        title_zh: "处理不满十四周岁未成年人个人信息未取得监护人同意，或适用对象声明不一致",
    },
    profile: Profile::Pipl,
    article:
        "PIPL Art. 28 ¶1, 31 ¶1; Minors Protection Law Art. 72; CPIP Art. 2, 9; GB/T 35273 5.4",
    check,
};

/// Where the policy asks a guardian's consent: the first basis whose consent form is
/// `guardian`, else `minors { guardian_consent }`.
pub(crate) fn guardian_path(ctx: &Ctx) -> Option<Span> {
    for item in ctx.items(Kind::Purpose).chain(ctx.items(Kind::Flow)) {
        for v in Based(item).values(Based::BASIS) {
            if let Value::Ref(id) = v.value {
                if ctx.consent_form(id) == Some("guardian") {
                    return Some(v.span);
                }
            }
        }
    }
    let minors = ctx.items(Kind::Minors).next()?;
    (Minors(minors).guardian_consent() == Some(true))
        .then(|| {
            Minors(minors)
                .field(Minors::GUARDIAN_CONSENT)
                .map(|f| f.span)
        })
        .flatten()
}

/// Whether a category, or its standard category, is tagged `child_data`.
pub(crate) fn is_child_data(ctx: &Ctx, category: &Item) -> bool {
    has_tag(ctx, category, "child_data")
}

/// Whether the policy keeps children out: an audience that excludes them, only enterprise
/// audiences, or `minors { directed no }`.
pub(crate) fn keeps_children_out(ctx: &Ctx) -> bool {
    let audience = ctx
        .policy
        .header()
        .map(|h| Header(h).audience())
        .unwrap_or_default();
    let directed = ctx
        .items(Kind::Minors)
        .next()
        .and_then(|m| Minors(m).directed());
    if audience.contains(&"directed_at_children") || directed == Some(true) {
        return false;
    }
    audience
        .iter()
        .any(|a| matches!(*a, "adults_only" | "not_directed_at_minors"))
        || (!audience.is_empty()
            && audience
                .iter()
                .all(|a| matches!(*a, "enterprise_customers" | "enterprise_representatives")))
        || directed == Some(false)
}

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let Some(header) = ctx.policy.header() else {
        return;
    };
    let minors = ctx.items(Kind::Minors).next();
    let audience_field = Header(header).field(Header::AUDIENCE);
    let primary = minors
        .map(item_span)
        .or(audience_field.map(|f| f.span))
        .unwrap_or(header.name_span());
    let audience = Header(header).audience();
    let out_of_scope = keeps_children_out(ctx);

    // (a) Children not kept out, and no guardian consent.
    if !out_of_scope && guardian_path(ctx).is_none() {
        let mut d = Diagnostic::new(
            RULE.info.code,
            primary,
            Message::key("pipl-duties-minor-001--policy-neither-keeps-children-under"),
        )
        .with_label(Message::key(
            "pipl-duties-minor-001--no-guardian-consent-path",
        ))
        .with_help(Message::key(
            "pipl-duties-minor-001--declare-audience-not-directed-at",
        ));
        if let Some(field) = audience_field {
            if minors.is_some() {
                d = d.with_related(field.span, Message::key("pipl-duties-minor-001--audience"));
            }
        }
        out.push(d);
    }

    // (b) Children kept out, but nothing said about finding a child's data anyway.
    if out_of_scope && !minors.is_some_and(|m| Minors(m).has(Minors::ON_DISCOVERY)) {
        let mut d = Diagnostic::new(
            RULE.info.code,
            primary,
            Message::key("pipl-duties-minor-001--policy-not-directed-at-children"),
        )
        .with_label(Message::key("pipl-duties-minor-001--no-discovery"))
        .with_help(Message::key(
            "pipl-duties-minor-001--add-minors-discovery-zh-en",
        ));
        d.severity = Severity::Warning;
        if let (Some(field), Some(_)) = (audience_field, minors) {
            d = d.with_related(field.span, Message::key("pipl-duties-minor-001--audience"));
        }
        out.push(d);
    }

    // (c) A threshold below 14.
    if let Some(m) = minors {
        if let Some(t) = Minors(m).threshold().filter(|t| *t < 14) {
            let span = m
                .fields
                .get("threshold")
                .and_then(|f| f.values.first())
                .map_or(item_span(m), |v| v.span);
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    span,
                    Message::key("pipl-duties-minor-001--policy-treats-only-people-under")
                        .arg("t", &t),
                )
                .with_label(Message::key("pipl-duties-minor-001--threshold-below-14"))
                .with_help(Message::key(
                    "pipl-duties-minor-001--guardian-consent-threshold-14-pipl",
                ))
                .with_fix(
                    Message::key("pipl-duties-minor-001--use-14"),
                    span,
                    "14",
                ),
            );
        }
    }

    // (c) Audiences that contradict each other.
    let directed = minors.and_then(|m| Minors(m).directed());
    let excluding = audience
        .iter()
        .any(|a| matches!(*a, "adults_only" | "not_directed_at_minors"));
    let children = audience.contains(&"directed_at_children");
    let clash = (children && (excluding || directed == Some(false)))
        || (excluding && directed == Some(true));
    if clash {
        let mut d = Diagnostic::new(
            RULE.info.code,
            primary,
            Message::key("pipl-duties-minor-001--policy-says-both-not-directed"),
        )
        .with_label(Message::key(
            "pipl-duties-minor-001--contradictory-audience",
        ))
        .with_help(Message::key(
            "pipl-duties-minor-001--keep-one-statement-directed-at",
        ));
        if let (Some(field), Some(m)) = (audience_field, minors) {
            d = d.with_related(field.span, Message::key("pipl-duties-minor-001--audience"));
            if let Some(f) = Minors(m).field(Minors::DIRECTED) {
                d = d.with_related(
                    f.span,
                    Message::key("pipl-duties-minor-001--minors-statement"),
                );
            }
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    #[test]
    fn general_audience_without_guardian_consent() {
        // No audience, no minors statement: reported on the policy name.
        assert_eq!(check(HEADER, "PIPL-MINOR-001"), vec![(3, 8)]);
        let text = format!("{HEADER}minors {{\n  threshold 12\n}}\n");
        // (a) on `minors`, (c) on the threshold.
        assert_eq!(check(&text, "PIPL-MINOR-001"), vec![(8, 1), (9, 13)]);
    }

    #[test]
    fn not_directed_without_on_discovery() {
        let text = HEADER.replace(
            "  profile pipl\n",
            "  profile pipl\n  audience not_directed_at_minors\n",
        );
        assert_eq!(check(&text, "PIPL-MINOR-001"), vec![(7, 3)]);
        let text = format!("{text}minors {{\n  directed yes\n}}\n");
        // (c) contradiction, and (a): directed at minors without guardian consent.
        assert_eq!(check(&text, "PIPL-MINOR-001"), vec![(9, 1), (9, 1)]);
    }

    #[test]
    fn not_directed_with_on_discovery_or_guardian_consent() {
        let text = HEADER.replace(
            "  profile pipl\n",
            "  profile pipl\n  audience not_directed_at_minors\n",
        );
        let text = format!("{text}minors {{\n  threshold 14\n  on_discovery {{ zh: \"发现后尽快删除\", en: \"deleted as soon as found\" }}\n}}\n");
        assert!(check(&text, "PIPL-MINOR-001").is_empty());
        let text = format!("{HEADER}minors {{\n  threshold 14\n  guardian_consent\n}}\n");
        assert!(check(&text, "PIPL-MINOR-001").is_empty());
    }
}
