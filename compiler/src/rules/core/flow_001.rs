//! CORE-FLOW-001 · Flow whose modality or conditions contradict each other.
//!
//! A flow's modality is one statement about how it happens (docs/language.md, "Modality and
//! conditions"). `may` says it is a possibility and `currently_not` says it does not happen now:
//! given together, the policy says both, and a page, the evaluator or a reader would have to
//! pick one. A condition named twice (in `only_if`, in `when`, or in both) is either a slip or
//! a contradiction: in `when` it must always hold, in `only_if` it is one case among others.
//! Reported on the second of the two, with the fix of removing it.
//!
//! (The design first gave this code to flows sending a category none of their purposes use;
//! that is CORE-PURP-001, whose code was already stable.)

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Flow, Key};
use crate::ir::{Field, Item, ItemId, Value};
use crate::rules::{Ctx, Profile, Rule};
use crate::source::Span;
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("CORE-FLOW-001"),
        severity: Severity::Error,
        title_en: "flow whose modality or conditions contradict each other",
        title_zh: "数据流向的情态或条件自相矛盾",
    },
    profile: Profile::Core,
    article: "PIPL Art. 7, 17 ¶1; GB/T 35273 5.5; GDPR Art. 5(1)(a), 12(1)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for flow in ctx.items(Kind::Flow) {
        both_may_and_currently_not(flow, out);
        repeated_conditions(ctx, flow, out);
    }
}

/// A flag field that is set (`may`, `may yes`), not `may no`.
fn set_flag<'i>(flow: &'i Item, key: Key<Flow<'static>>) -> Option<&'i Field> {
    let flow = Flow(flow);
    let set = flow.values(key).find_map(|v| match v.value {
        Value::Bool(b) => Some(b),
        _ => None,
    });
    (set == Some(true)).then(|| flow.field(key)).flatten()
}

fn both_may_and_currently_not(flow: &Item, out: &mut Vec<Diagnostic>) {
    let (Some(may), Some(not)) = (
        set_flag(flow, Flow::MAY),
        set_flag(flow, Flow::CURRENTLY_NOT),
    ) else {
        return;
    };
    let (first, second) = if may.span.start <= not.span.start {
        (may, not)
    } else {
        (not, may)
    };
    let name = flow.name();
    out.push(
        Diagnostic::new(
            RULE.info.code,
            second.span,
            Message::key("core-flow-001--flow-name-says-both-may").arg("name", &name),
        )
        .with_label(Message::key("core-flow-001--contradicts-other"))
        .with_related(first.span, Message::key("core-flow-001--stated-here-first"))
        .with_help(Message::key("core-flow-001--keep-one-original-policy-says"))
        .with_fix(
            Message::key("core-flow-001--remove-key").arg("key", &second.key),
            second.span,
            "",
        ),
    );
}

/// Every condition reference of `when` then `only_if`, in source order within each field, with
/// the span that removing it takes (its separator included).
fn condition_refs(flow: &Item) -> Vec<(&'static str, ItemId, Span, Span)> {
    let mut fields: Vec<&Field> = [Flow::WHEN, Flow::ONLY_IF]
        .into_iter()
        .filter_map(|k| Flow(flow).field(k))
        .collect();
    fields.sort_by_key(|f| f.span.start);
    let mut out = Vec::new();
    for field in fields {
        let values = &field.values;
        for (i, v) in values.iter().enumerate() {
            let Value::Ref(id) = v.value else {
                continue;
            };
            let removal = if values.len() == 1 {
                field.span
            } else if let Some(prev) = i.checked_sub(1).and_then(|p| values.get(p)) {
                // `a, b` -> `a`: from the end of the previous value.
                Span::new(v.span.file, prev.span.end as usize, v.span.end as usize)
            } else if let Some(next) = values.get(i + 1) {
                // `a, b` -> `b`: up to the start of the next value.
                Span::new(v.span.file, v.span.start as usize, next.span.start as usize)
            } else {
                v.span
            };
            out.push((field.key, id, v.span, removal));
        }
    }
    out
}

fn repeated_conditions(ctx: &Ctx, flow: &Item, out: &mut Vec<Diagnostic>) {
    let refs = condition_refs(flow);
    for (i, (key, id, span, removal)) in refs.iter().enumerate() {
        let Some((first_key, _, first_span, _)) =
            refs.iter().take(i).find(|(_, other, ..)| other == id)
        else {
            continue;
        };
        let (name, condition) = (flow.name(), ctx.display(*id));
        let message = if first_key == key {
            Message::key("core-flow-001--flow-name-names-condition-condition")
                .arg("name", &name)
                .arg("condition", &condition)
                .arg("key", &key)
        } else {
            Message::key("core-flow-001--flow-name-names-condition-condition-2")
                .arg("name", &name)
                .arg("condition", &condition)
        };
        out.push(
            Diagnostic::new(RULE.info.code, *span, message)
                .with_label(Message::key("core-flow-001--named-again"))
                .with_related(*first_span, Message::key("core-flow-001--named-here-first"))
                .with_help(Message::key("core-flow-001--name-each-condition-once-when"))
                .with_fix(
                    Message::key("core-flow-001--remove-condition").arg("condition", &condition),
                    *removal,
                    "",
                ),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::{check, HEADER};

    fn policy(fields: &str) -> String {
        format!(
            "use std::conditions\n{HEADER}category phone {{\n  label {{ zh: \"手机号码\", en: \"phone number\" }}\n}}\npurpose support {{\n  label {{ zh: \"客服\", en: \"support\" }}\n  uses phone\n}}\nrecipient police {{\n  label {{ zh: \"公安机关\", en: \"the police\" }}\n}}\nflow f {{\n  share phone\n  to police\n{fields}}}\n"
        )
    }

    /// The fix's edits applied to `text`.
    fn fixed(text: &str) -> Vec<String> {
        let a = crate::Workspace::from_text("policy.pol", text).analyze();
        a.diagnostics
            .iter()
            .filter(|d| d.code.as_str() == "CORE-FLOW-001")
            .map(|d| {
                let e = &d.fixes[0].edits[0];
                let mut t = text.to_string();
                t.replace_range(e.span.start as usize..e.span.end as usize, &e.new_text);
                t
            })
            .collect()
    }

    #[test]
    fn may_and_currently_not_is_reported_on_the_second() {
        let text = policy("  currently_not\n  may\n");
        assert_eq!(check(&text, "CORE-FLOW-001"), vec![(20, 3)]);
        assert_eq!(fixed(&text), vec![policy("  currently_not\n  \n")]);
        assert!(check(&policy("  may\n  currently_not no\n"), "CORE-FLOW-001").is_empty());
    }

    #[test]
    fn a_condition_twice_in_only_if() {
        let text = policy("  only_if conditions::law_requires, conditions::law_requires\n");
        assert_eq!(check(&text, "CORE-FLOW-001"), vec![(19, 37)]);
        assert_eq!(
            fixed(&text),
            vec![policy("  only_if conditions::law_requires\n")]
        );
    }

    #[test]
    fn a_condition_in_when_and_only_if() {
        let text = policy(
            "  when conditions::authority_request\n  only_if conditions::judicial, conditions::authority_request\n",
        );
        assert_eq!(check(&text, "CORE-FLOW-001"), vec![(20, 33)]);
        assert_eq!(
            fixed(&text),
            vec![policy(
                "  when conditions::authority_request\n  only_if conditions::judicial\n"
            )]
        );
    }

    #[test]
    fn distinct_conditions_and_one_modality() {
        let text = policy(
            "  currently_not\n  when conditions::authority_request\n  only_if conditions::judicial, conditions::law_requires\n",
        );
        assert!(check(&text, "CORE-FLOW-001").is_empty());
    }
}
