//! PIPL-SENS-001 · Sensitive PI without separate consent.
//!
//! Sensitive personal information (PIPL Art. 28) may be processed on consent only if the
//! consent is separate, or written where a law requires (Art. 29). A purpose or flow that
//! handles a sensitive category needs `separate_consent` / `written_consent`, or one of the
//! Art. 13 ¶1 (2)–(7) bases.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Based, Flow};
use crate::ir::ItemId;
use crate::meaning::{EdgeKind, Lawful};
use crate::rules::pipl::{basis_span, with_separate_consent_fix};
use crate::rules::{list_en, Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-SENS-001"),
        severity: Severity::Error,
        title_en: "sensitive personal information without separate consent",
        title_zh: "处理敏感个人信息未取得单独同意",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 28, 29, 13 ¶2; GB/T 35273 5.4",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    // Each purpose or flow once, with all its sensitive categories.
    let mut sources: Vec<(ItemId, Vec<ItemId>)> = Vec::new();
    for edge in &ctx.graph.edges {
        if matches!(edge.lawful, Lawful::SeparateConsent | Lawful::Exception)
            || !ctx.policy.sensitive_under(edge.category, "pipl")
        {
            continue;
        }
        // A flow without a basis of its own inherits its purposes': the purpose is reported.
        if edge.kind != EdgeKind::Use {
            // A flow that does not happen at present needs no consent yet.
            if !edge.modality.happens() {
                continue;
            }
            let Some(flow) = ctx.item(edge.source) else {
                continue;
            };
            if !Flow(flow).has(Flow::BASIS) && Flow(flow).has(Flow::FOR) {
                continue;
            }
            // A transfer on a merger, division, ... passes the data on under the consents it was
            // collected with (Art. 22; PIPL-MERGE-001), as in PIPL-BASIS-001.
            if !Flow(flow).has(Flow::BASIS) && Flow(flow).has(Flow::TRIGGER) {
                continue;
            }
        }
        match sources.iter_mut().find(|(s, _)| *s == edge.source) {
            Some((_, categories)) => {
                if !categories.contains(&edge.category) {
                    categories.push(edge.category);
                }
            }
            None => sources.push((edge.source, vec![edge.category])),
        }
    }
    for (source, categories) in sources {
        let Some(item) = ctx.item(source) else {
            continue;
        };
        let names: Vec<String> = categories.iter().map(|c| ctx.display(*c)).collect();
        let (en_list, zh_list) = (list_en(&names), names.join("」「"));
        let what = if item.kind == crate::types::schema::Kind::Purpose {
            ("purpose", "处理目的")
        } else {
            ("flow", "数据流向")
        };
        let name = item.name();
        let primary = basis_span(item).unwrap_or_else(|| item.name_span());
        let mut d = Diagnostic::new(
            RULE.info.code,
            primary,
            Message::key("pipl-sens-001--what-name-processes-sensitive-personal")
                .arg("what", &(what.0))
                .arg("name", &name)
                .arg_en_zh("list", &en_list, &zh_list)
                .arg("what2", &(what.1)),
        )
        .with_label(if Based(item).has(Based::BASIS) {
            Message::key("pipl-sens-001--not-separate-consent")
        } else {
            Message::key("pipl-sens-001--no-basis")
        })
        .with_help(Message::key(
            "pipl-sens-001--base-pipl-separate-consent-pipl",
        ));
        for c in &categories {
            if let Some(span) = ctx.reference_in(source, *c) {
                d = d.with_related(
                    span,
                    Message::key("pipl-sens-001--sensitive-personal-information"),
                );
            }
        }
        out.push(with_separate_consent_fix(ctx, item, d));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const FACE: &str = "category face: std::gbt35273::biometric {\n  label { zh: \"人脸图像\", en: \"face images\" }\n}\n";

    #[test]
    fn biometric_data_on_ordinary_consent() {
        let text = format!(
            "{HEADER}{FACE}purpose login {{\n  label {{ zh: \"刷脸登录\", en: \"face login\" }}\n  uses face\n  basis pipl::consent\n}}\n"
        );
        assert_eq!(check(&text, "PIPL-SENS-001"), vec![(14, 3)]);
    }

    #[test]
    fn biometric_data_on_separate_consent() {
        let text = format!(
            "{HEADER}{FACE}purpose login {{\n  label {{ zh: \"刷脸登录\", en: \"face login\" }}\n  uses face\n  basis pipl::separate_consent\n}}\n"
        );
        assert!(check(&text, "PIPL-SENS-001").is_empty());
    }

    #[test]
    fn merger_transfer_is_left_to_art_22_but_a_provision_is_not() {
        let flow = |extra: &str| {
            format!(
                "{HEADER}{FACE}recipient buyer: std::pipl::acquirer {{\n  label {{ zh: \"继受方\", en: \"successor\" }}\n}}\nflow sale {{\n  transfer face\n  to buyer\n{extra}}}\n"
            )
        };
        assert!(check(&flow("  trigger merger\n"), "PIPL-SENS-001").is_empty());
        assert_eq!(check(&flow(""), "PIPL-SENS-001").len(), 1);
    }
}
