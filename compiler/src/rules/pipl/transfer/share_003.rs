//! PIPL-SHARE-003 · De-identified data treated as anonymized.
//!
//! Only anonymized information — which cannot identify anyone and cannot be restored — is no
//! longer personal information (PIPL Art. 4 ¶1, Art. 73(4)). De-identified information cannot
//! identify anyone *without additional information* (Art. 73(3)): it is still personal
//! information, and providing or disclosing it needs a basis like any other.
//!
//! Reported, as errors: a `share` or `disclose` flow, or a `transfer` without a merger-class
//! `trigger`, that carries a category with `identifiability de_identified` (or has
//! `conditions de_identified_first`, without `anonymized_first`, or names a condition of kind
//! `de_identified` — `conditions::de_identified` — in `when` or `only_if`) and has no basis at
//! all (its own or its purposes'). A flow that happens only `when` a condition of kind
//! `anonymized` holds is anonymized first and is not reported. Reported as warnings: a category declared `anonymized` whose standard
//! category is biometric (raw biometric data cannot be anonymized while it is kept).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Category, Flow};
use crate::ir::ItemId;
use crate::meaning::{condition_kind, EdgeKind, Lawful};
use crate::rules::pipl::transfer::after_last_field;
use crate::rules::{Ctx, Profile, Rule};
use crate::source::Span;
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-SHARE-003"),
        severity: Severity::Error,
        title_en: "de-identified data treated as anonymized",
        title_zh: "将去标识化信息当作匿名化信息处理",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 4 ¶1, 73(3)–(4); GB/T 35273 3.14, 3.15",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    de_identified_without_basis(ctx, out);
    anonymized_biometrics(ctx, out);
}

/// The span of a value of an option field equal to `word`.
fn option_span(fields: &crate::ir::Fields, key: &str, word: &str) -> Option<Span> {
    fields
        .values(key)
        .find(|v| matches!(v.value, crate::ir::Value::Option(o) if o == word))
        .map(|v| v.span)
}

fn de_identified_without_basis(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let mut seen: Vec<(ItemId, Option<ItemId>)> = Vec::new();
    for edge in ctx.graph.flows() {
        if !edge.modality.happens()
            || !matches!(
                edge.kind,
                EdgeKind::Share | EdgeKind::Transfer | EdgeKind::Disclose
            )
            || edge.lawful != Lawful::None
            || edge.conditions.contains(&"anonymized_first")
            || edge
                .when
                .iter()
                .any(|c| condition_kind(ctx.policy, *c) == Some("anonymized"))
        {
            continue;
        }
        let Some(flow) = ctx.item(edge.source) else {
            continue;
        };
        // A merger-class transfer needs no consent (PIPL Art. 22, PIPL-MERGE-001); a `share`
        // to an entrusted party is an entrustment mis-keyed, not a provision.
        if edge.kind == EdgeKind::Transfer && Flow(flow).has(Flow::TRIGGER)
            || edge.recipient.is_some_and(|r| {
                matches!(ctx.root_name(r), Some("entrusted_party" | "sub_entrusted"))
            })
        {
            continue;
        }
        let category = ctx.item(edge.category);
        let de_identified_category =
            category.is_some_and(|c| Category(c).identifiability() == Some("de_identified"));
        // With `de_identified_first`, the flow's condition is the claim; reported once per flow.
        let (key, primary) = if de_identified_category {
            (
                Some(edge.category),
                category.and_then(|c| Category(c).field(Category::IDENTIFIABILITY).map(|f| f.span)),
            )
        } else if edge.conditions.contains(&"de_identified_first") {
            (
                None,
                option_span(&flow.fields, "conditions", "de_identified_first"),
            )
        } else if let Some(c) = de_identified_condition(ctx, edge) {
            // `when conditions::de_identified` or `only_if conditions::de_identified`: the
            // same claim as `de_identified_first`, in a condition.
            (None, ctx.reference_in(flow.id, c))
        } else {
            continue;
        };
        if seen.contains(&(edge.source, key)) {
            continue;
        }
        seen.push((edge.source, key));
        let Some(primary) = primary else {
            continue;
        };
        let flow_name = flow.name().to_string();
        let message = match key.map(|c| ctx.display(c)) {
            Some(cat) => {
                Message::key("pipl-transfer-share-003--flow-flow-name-provides-de-identified")
                    .arg("flow-name", &flow_name)
                    .arg("cat", &cat)
            }
            None => {
                Message::key("pipl-transfer-share-003--flow-flow-name-de-identifies-information")
                    .arg("flow-name", &flow_name)
            }
        };
        let mut d = Diagnostic::new(RULE.info.code, primary, message)
            .with_label(Message::key(
                "pipl-transfer-share-003--de-identified-not-anonymized",
            ))
            .with_help(Message::key(
                "pipl-transfer-share-003--give-flow-basis-separate-consent",
            ))
            .with_related(
                flow.name_span(),
                Message::key("pipl-transfer-share-003--flow-without-basis"),
            );
        if !Flow(flow).has(Flow::BASIS) {
            if let Some(at) = after_last_field(flow) {
                d = d.with_fix(
                    Message::key("pipl-transfer-share-003--ask-separate-consent"),
                    at,
                    "\n  basis pipl::separate_consent",
                );
            }
        }
        out.push(d);
    }
}

/// A condition of kind `de_identified` the edge depends on: one of its `when` conditions, or
/// the condition of an `only_if` case that, like the edge, has no basis.
fn de_identified_condition(ctx: &Ctx, edge: &crate::meaning::Edge) -> Option<ItemId> {
    let de_identified = |c: &ItemId| condition_kind(ctx.policy, *c) == Some("de_identified");
    edge.when.iter().copied().find(de_identified).or_else(|| {
        edge.alternatives
            .iter()
            .filter(|a| a.lawful == Lawful::None)
            .filter_map(|a| a.condition)
            .find(de_identified)
    })
}

fn anonymized_biometrics(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for category in ctx.items(Kind::Category) {
        if Category(category).identifiability() != Some("anonymized")
            || ctx.root_name(category.id) != Some("biometric")
        {
            continue;
        }
        let Some(field) = Category(category).field(Category::IDENTIFIABILITY) else {
            continue;
        };
        let name = ctx.display(category.id);
        let mut d = Diagnostic::new(
            RULE.info.code,
            field.span,
            Message::key("pipl-transfer-share-003--category-name-biometric-information-declared")
                .arg("name", &name),
        )
        .with_label(Message::key(
            "pipl-transfer-share-003--biometric-data-declared-anonymized",
        ))
        .with_help(Message::key(
            "pipl-transfer-share-003--declare-identified-de-identified-give",
        ));
        d.severity = Severity::Warning;
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::diag::Severity;
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const ITEMS: &str = "category voice {\n  label { zh: \"语音数据\", en: \"voice recordings\" }\n  identifiability de_identified\n}\nrecipient buyers: pipl::other_handler {\n  label { zh: \"数据客户\", en: \"data customers\" }\n}\n";

    #[test]
    fn de_identified_share_without_basis() {
        let text = format!("{HEADER}{ITEMS}flow sale {{\n  share voice\n  to buyers\n}}\n");
        assert_eq!(check(&text, "PIPL-SHARE-003"), vec![(10, 3)]);
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-SHARE-003")
            .unwrap();
        assert_eq!(d.severity, Severity::Error);
        assert_eq!(
            d.fixes[0].edits[0].new_text,
            "\n  basis pipl::separate_consent"
        );
    }

    #[test]
    fn de_identified_first_condition_without_basis() {
        let text = format!("{HEADER}category phone {{\n  label {{ zh: \"手机号码\", en: \"phone number\" }}\n}}\nrecipient buyers: pipl::other_handler {{\n  label {{ zh: \"数据客户\", en: \"data customers\" }}\n}}\nflow sale {{\n  share phone\n  to buyers\n  conditions de_identified_first\n}}\n");
        assert_eq!(check(&text, "PIPL-SHARE-003"), vec![(17, 14)]);
    }

    #[test]
    fn de_identified_share_with_separate_consent_passes() {
        let text = format!("{HEADER}{ITEMS}flow sale {{\n  share voice\n  to buyers\n  basis pipl::separate_consent\n}}\n");
        assert!(check(&text, "PIPL-SHARE-003").is_empty());
    }

    #[test]
    fn anonymized_biometrics_are_a_warning() {
        let text = format!("use std::gbt35273 as gb\n{HEADER}category face: gb::sensitive_biometric {{\n  label {{ zh: \"人脸图像\", en: \"face images\" }}\n  identifiability anonymized\n}}\n");
        assert_eq!(check(&text, "PIPL-SHARE-003"), vec![(11, 3)]);
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-SHARE-003")
            .unwrap();
        assert_eq!(d.severity, Severity::Warning);
    }
}
