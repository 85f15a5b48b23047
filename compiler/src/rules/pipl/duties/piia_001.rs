//! PIPL-PIIA-001 · Processing that needs a PIIA has none recorded.
//!
//! A personal information protection impact assessment is made before processing sensitive
//! information, automated decision-making, entrusting, providing or disclosing information,
//! and cross-border provision (PIPL Art. 55); its report is kept three years (Art. 56). The
//! catalogue's `assessments` records have no element in the language yet: the one stand-in is
//! the stdlib measure `std::security::impact_assessment` among `security { measures }`.
//! Implemented: the policy has a sensitive (or `child_data`) category, a purpose tagged
//! `automated_decision`, an `entrust`, `share` or `disclose` flow, or a flow to an overseas
//! recipient, and its security statement lists no `impact_assessment` measure. One warning,
//! on the first element that needs the assessment, the others as related spans. Whether an
//! assessment covers each activity, and when it was made, cannot be said and is not checked.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Flow, Purpose, Security};
use crate::meaning::{EdgeKind, Modality};
use crate::rules::pipl::duties::{has_tag, item_span};
use crate::rules::{Ctx, Profile, Rule};
use crate::source::Span;
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-PIIA-001"),
        severity: Severity::Warning,
        title_en: "processing that needs a PIIA has none recorded",
        title_zh: "需要开展个人信息保护影响评估的处理活动未记录评估",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 55, 56; GB/T 35273 11.4",
    check,
};

/// What needs an assessment: where, and why (Art. 55 item).
fn triggers(ctx: &Ctx) -> Vec<(Span, Message)> {
    let mut out = Vec::new();
    for c in ctx.items(Kind::Category) {
        if ctx.policy.sensitive_under(c.id, "pipl") || has_tag(ctx, c, "child_data") {
            out.push((
                c.name_span(),
                Message::key("pipl-duties-piia-001--sensitive-personal-information-art-55"),
            ));
        }
    }
    for p in ctx.items(Kind::Purpose) {
        if Purpose(p).tags().contains(&"automated_decision") {
            out.push((
                p.name_span(),
                Message::key("pipl-duties-piia-001--automated-decision-making-art-55"),
            ));
        }
    }
    // The assessment comes before the processing: not for a flow that does not happen.
    for f in ctx
        .items(Kind::Flow)
        .filter(|f| Modality::of_flow(f).happens())
    {
        let overseas = Flow(f).to().iter().any(|r| ctx.is_overseas(*r));
        let label = match EdgeKind::of_flow(f) {
            _ if overseas => {
                Message::key("pipl-duties-piia-001--provision-outside-mainland-china-art")
            }
            Some(EdgeKind::Entrust) => {
                Message::key("pipl-duties-piia-001--entrusted-processing-art-55-3")
            }
            Some(EdgeKind::Share) => {
                Message::key("pipl-duties-piia-001--provision-another-handler-art-55")
            }
            Some(EdgeKind::Disclose) => {
                Message::key("pipl-duties-piia-001--public-disclosure-art-55-3")
            }
            _ => continue,
        };
        out.push((f.name_span(), label));
    }
    out
}

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let security = ctx.items(Kind::Security).next();
    let recorded = security.is_some_and(|s| {
        s.fields
            .refs("measures")
            .into_iter()
            .filter_map(|m| ctx.item(m))
            .any(|m| ctx.policy.is_std(m) && m.name() == "impact_assessment")
    });
    if recorded {
        return;
    }
    let found = triggers(ctx);
    let Some(((primary, label), rest)) = found.split_first() else {
        return;
    };
    let mut d = Diagnostic::new(
        RULE.info.code,
        *primary,
        Message::key("pipl-duties-piia-001--processing-needs-personal-information-protection"),
    )
    .with_label(label.clone())
    .with_help(Message::key(
        "pipl-duties-piia-001--assess-processing-beforehand-keep-report",
    ));
    for (span, label) in rest {
        d = d.with_related(*span, label.clone());
    }
    if let Some(s) = security {
        let span = Security(s)
            .field(Security::MEASURES)
            .map_or(item_span(s), |f| f.span);
        d = d.with_related(
            span,
            Message::key("pipl-duties-piia-001--no-impact-assessment-measure"),
        );
    }
    out.push(d);
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const FLOW: &str = "category email {\n  label { zh: \"邮箱\", en: \"email\" }\n}\nrecipient mailer: pipl::entrusted_party {\n  label { zh: \"邮件服务商\", en: \"mail provider\" }\n}\nflow mail {\n  entrust email\n  to mailer\n}\n";

    #[test]
    fn entrusting_without_an_assessment() {
        let text = format!("{HEADER}{FLOW}");
        assert_eq!(check(&text, "PIPL-PIIA-001"), vec![(14, 6)]);
        let text = format!(
            "use std::security as sec\n{HEADER}{FLOW}security {{\n  measures sec::encryption\n}}\n"
        );
        assert_eq!(check(&text, "PIPL-PIIA-001"), vec![(15, 6)]);
    }

    #[test]
    fn assessment_recorded_or_nothing_to_assess() {
        let text = format!(
            "use std::security as sec\n{HEADER}{FLOW}security {{\n  measures sec::encryption, sec::impact_assessment\n}}\n"
        );
        assert!(check(&text, "PIPL-PIIA-001").is_empty());
        assert!(check(HEADER, "PIPL-PIIA-001").is_empty());
    }
}
