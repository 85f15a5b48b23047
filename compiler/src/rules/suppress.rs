//! Justified suppressions: `allow CODE because "..."`.
//!
//! An `allow` in the `policy` header silences a rule for the whole policy; in any other item,
//! it silences the rule's diagnostics located in that item — at their primary location or at
//! any of their related ones — and takes precedence over the header's.
//! Silenced diagnostics are not lost: [`Suppressed`] keeps each with the suppression that
//! silenced it, for the manifest. An `allow` that silences nothing is a warning, so stale
//! justifications do not pile up.

use crate::diag::{codes, Diagnostic, Message};
use crate::ir::Policy;

/// A diagnostic an author silenced, and the index of the suppression in
/// [`Policy::suppressions`] that did it.
#[derive(Clone, Debug, PartialEq)]
pub struct Suppressed {
    pub diagnostic: Diagnostic,
    pub suppression: usize,
}

/// Splits rule diagnostics into those that stand and those silenced, and warns about every
/// suppression that silenced nothing.
pub fn apply(policy: &Policy, diags: Vec<Diagnostic>) -> (Vec<Diagnostic>, Vec<Suppressed>) {
    let mut kept = Vec::new();
    let mut silenced = Vec::new();
    let mut used = vec![false; policy.suppressions.len()];
    for d in diags {
        // The `allow` of the item the diagnostic is in comes first: its justification is the
        // specific one. Then an item the finding also points at (a promise's finding lists the
        // flows that break it; an author may answer for it on the flow). The header's
        // policy-wide `allow` only catches what no item answers for.
        let in_item = |s: &crate::ir::Suppression, span: crate::source::Span| {
            !s.policy_wide
                && policy.item(s.item).is_some_and(|item| {
                    item.span.file == span.file
                        && item.span.start <= span.start
                        && span.end <= item.span.end
                })
        };
        let at = |span: crate::source::Span| {
            policy
                .suppressions
                .iter()
                .position(|s| s.code == d.code && in_item(s, span))
        };
        let by = at(d.primary.span)
            .or_else(|| d.related.iter().find_map(|r| at(r.span)))
            .or_else(|| {
                policy
                    .suppressions
                    .iter()
                    .position(|s| s.code == d.code && s.policy_wide)
            });
        match by {
            Some(i) => {
                if let Some(u) = used.get_mut(i) {
                    *u = true;
                }
                silenced.push(Suppressed {
                    diagnostic: d,
                    suppression: i,
                });
            }
            None => kept.push(d),
        }
    }
    for (s, used) in policy.suppressions.iter().zip(used) {
        if !used {
            kept.push(
                Diagnostic::new(
                    codes::SUP_UNUSED,
                    s.span,
                    Message::key("suppress--code-silenced-here-but-reports").arg("code", &s.code),
                )
                .with_label(Message::key("suppress--nothing-silence"))
                .with_help(Message::key("suppress--remove-allow-policy-no-longer"))
                .with_fix(Message::key("suppress--remove-suppression"), s.span, ""),
            );
        }
    }
    (kept, silenced)
}

#[cfg(test)]
mod tests {
    /// Two purposes without a basis (PIPL-BASIS-001 on each); the header allows the rule for the
    /// whole policy, and one purpose allows it itself: that purpose's own `allow` is recorded
    /// against its finding, the header's against the other.
    #[test]
    fn an_items_own_allow_takes_precedence_over_the_headers() {
        let text = "use std::pipl\n\npolicy acme {\n  controller { name { zh: \"某公司\", en: \"Some Co.\" }; email privacy@some.example }\n  effective 2024-01-01\n  allow PIPL-BASIS-001 because \"header\"\n}\ncategory c {\n  label { zh: \"甲\", en: \"a\" }\n}\npurpose first {\n  label { zh: \"甲\", en: \"a\" }\n  uses c\n  allow PIPL-BASIS-001 because \"first\"\n}\npurpose second {\n  label { zh: \"乙\", en: \"b\" }\n  uses c\n}\n";
        let a = crate::Workspace::from_text("policy.pol", text).analyze();
        let mut by: Vec<(String, String)> = a
            .suppressed
            .iter()
            .filter(|s| s.diagnostic.code.as_str() == "PIPL-BASIS-001")
            .map(|s| {
                let en = s.diagnostic.message.en().clone();
                let who = if en.contains("(first)") {
                    "first"
                } else {
                    "second"
                };
                (
                    who.to_string(),
                    a.policy.suppressions[s.suppression].justification.clone(),
                )
            })
            .collect();
        by.sort();
        assert_eq!(
            by,
            [
                ("first".to_string(), "first".to_string()),
                ("second".to_string(), "header".to_string())
            ]
        );
    }

    /// A finding located on a flow and pointing at the recipient (PIPL-XB-003) is silenced by
    /// an `allow` on the recipient as well as on the flow, and that `allow` is not reported as
    /// silencing nothing.
    #[test]
    fn an_allow_at_a_related_location_silences_the_finding() {
        let text = |recipient_allow: &str| {
            format!("use std::pipl\n\npolicy acme {{\n  controller {{ name {{ zh: \"某公司\", en: \"Some Co.\" }}; email privacy@some.example }}\n  effective 2024-01-01\n}}\ncategory c {{\n  label {{ zh: \"甲\", en: \"a\" }}\n}}\npurpose p {{\n  label {{ zh: \"甲\", en: \"a\" }}\n  uses c\n  basis pipl::contract\n}}\nrecipient abroad: pipl::entrusted_party {{\n  label {{ zh: \"境外\", en: \"abroad\" }}\n  region US\n{recipient_allow}}}\nflow f {{\n  entrust c\n  to abroad\n  for p\n  mechanism pipl::standard_contract\n}}\n")
        };
        let codes = |a: &crate::Analysis| -> Vec<&'static str> {
            a.diagnostics.iter().map(|d| d.code.as_str()).collect()
        };
        let plain = crate::Workspace::from_text("policy.pol", &text("")).analyze();
        assert!(codes(&plain).contains(&"PIPL-XB-003"));
        let allowed = crate::Workspace::from_text(
            "policy.pol",
            &text("  allow PIPL-XB-003 because \"the original names no one\"\n"),
        )
        .analyze();
        assert!(!codes(&allowed).contains(&"PIPL-XB-003"));
        assert!(!codes(&allowed).contains(&"SUP-002"));
        assert!(allowed
            .suppressed
            .iter()
            .any(|s| s.diagnostic.code.as_str() == "PIPL-XB-003"));
    }
}
