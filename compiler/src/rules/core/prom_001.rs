//! CORE-PROM-001 · Promise contradicted by a flow, storage or purpose.
//!
//! A promise (`promise p: promises::no_share_except { except_roles pipl::affiliate }`) is held
//! against the whole policy: every flow, storage entry, cookie or category that breaks it is
//! listed under one diagnostic on the promise, so the author sees the promise and everything
//! that contradicts it together. A hedged promise (`hedge in_principle|generally`) gives a
//! warning instead: the original itself says it has exceptions.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::{Category, Cookie, Flow, Promise, Purpose, Storage};
use crate::ir::{Item, ItemId};
use crate::meaning::{Edge, EdgeKind};
use crate::rules::{Ctx, Profile, Rule};
use crate::source::Span;
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("CORE-PROM-001"),
        severity: Severity::Error,
        title_en: "promise contradicted by a flow, storage or purpose",
        title_zh: "政策中的承诺与实际数据流向相矛盾",
    },
    profile: Profile::Core,
    article: "PIPL Art. 5, 7, 17 ¶1; GB/T 35273 5.5 b); GDPR Art. 5(1)(a)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for promise in ctx.items(Kind::Promise) {
        let kind = match promise.parent.and_then(|p| ctx.root_name(p)) {
            Some(kind) => kind,
            // A promise in the author's own words, with no stdlib kind, is held to what its
            // fields say: its `data` is used only for its `only_purposes`.
            None if Promise(promise).has(Promise::ONLY_PURPOSES) => "only_purposes",
            None => continue,
        };
        let offenders = offenders(ctx, promise, kind);
        if offenders.is_empty() {
            continue;
        }
        let mut d = Diagnostic::new(
            RULE.info.code,
            promise.name_span(),
            Message::key("core-prom-001--promise-name-kind-broken-len")
                .arg("name", &promise.name())
                .arg("kind", &kind)
                .arg("len", &offenders.len()),
        )
        .with_label(Message::key("core-prom-001--promise"))
        .with_help(Message::key(
            "core-prom-001--narrow-flows-state-exception-promise",
        ));
        for (span, message) in offenders {
            d = d.with_related(span, message);
        }
        // A hedged promise (原则上 / 通常, `hedge`) states a default with exceptions the
        // original leaves unstated: a flow outside it may be one of them, so the author is
        // warned rather than stopped (docs/design/meaning.md).
        if let Some(hedge) = Promise(promise).field(Promise::HEDGE) {
            d = crate::rules::warning(d).with_related(
                hedge.span,
                Message::key("core-prom-001--hedged-default-unstated-exceptions"),
            );
        }
        out.push(d);
    }
}

/// Every place that breaks the promise, with a label saying how.
fn offenders(ctx: &Ctx, promise: &Item, kind: &str) -> Vec<(Span, Message)> {
    let scope = Promise(promise).data();
    let in_scope = |c: ItemId| scope.is_empty() || scope.contains(&c);
    let regions = Promise(promise).region();
    let excused = |e: &Edge| crate::meaning::excused(promise, e);
    let mut out: Vec<(Span, Message)> = Vec::new();
    let mut push = |id: ItemId, message: Message| {
        if let Some(span) = ctx.name_span(id) {
            if !out.iter().any(|(s, ..)| *s == span) {
                out.push((span, message));
            }
        }
    };
    match kind {
        "no_cross_border" => {
            for e in ctx
                .graph
                .flows()
                .filter(|e| e.cross_border && in_scope(e.category) && !excused(e))
            {
                push(e.source, Message::key("core-prom-001--sends-data-abroad"));
            }
            for s in ctx.items(Kind::Storage) {
                if s.fields
                    .strs("region")
                    .iter()
                    .any(|r| !ctx.graph.home.contains(r))
                {
                    push(s.id, Message::key("core-prom-001--stores-data-abroad"));
                }
            }
        }
        "storage_only" => {
            // With no region, the promise keeps data at home.
            let allowed = |r: &str| {
                if regions.is_empty() {
                    ctx.graph.home.contains(r)
                } else {
                    regions.contains(&r)
                }
            };
            for s in ctx.items(Kind::Storage) {
                if Storage(s).region().iter().any(|r| !allowed(r)) {
                    push(s.id, Message::key("core-prom-001--stores-data-elsewhere"));
                }
            }
        }
        "no_share_except" => {
            let allowed = Promise(promise).except_roles();
            for e in ctx
                .graph
                .flows()
                .filter(|e| e.kind == EdgeKind::Share && in_scope(e.category) && !excused(e))
            {
                let role = e.recipient.and_then(|r| ctx.item(r)).and_then(|r| r.parent);
                if !role.is_some_and(|role| allowed.contains(&role)) {
                    push(
                        e.source,
                        Message::key("core-prom-001--shares-recipient-promise-does-not"),
                    );
                }
            }
        }
        "no_transfer_except" => {
            let allowed = Promise(promise).except_triggers();
            for e in ctx
                .graph
                .flows()
                .filter(|e| e.kind == EdgeKind::Transfer && in_scope(e.category) && !excused(e))
            {
                let triggers = ctx
                    .item(e.source)
                    .map(|f| Flow(f).trigger())
                    .unwrap_or_default();
                if triggers.is_empty() || !triggers.iter().all(|t| allowed.contains(t)) {
                    push(
                        e.source,
                        Message::key("core-prom-001--transfers-data-case-promise-does"),
                    );
                }
            }
        }
        "no_public_disclosure_except" => {
            let allowed = Promise(promise).except_bases();
            for e in ctx
                .graph
                .flows()
                .filter(|e| e.kind == EdgeKind::Disclose && in_scope(e.category) && !excused(e))
            {
                if !e.basis.iter().any(|b| allowed.contains(b)) {
                    push(
                        e.source,
                        Message::key("core-prom-001--publicly-discloses-data-another-basis"),
                    );
                }
            }
        }
        "no_sale" => {
            for f in ctx
                .items(Kind::Flow)
                .filter(|f| Flow(f).consideration() == Some(true))
            {
                push(f.id, Message::key("core-prom-001--provides-data-payment"));
            }
        }
        "cookies_only_for" => {
            let allowed = Promise(promise).only_purposes();
            for c in ctx.items(Kind::Cookie) {
                if Cookie(c).purposes().iter().any(|p| !allowed.contains(p)) {
                    push(c.id, Message::key("core-prom-001--serves-another-purpose"));
                }
            }
        }
        "no_third_party_source" => {
            for c in ctx.items(Kind::Category).filter(|c| in_scope(c.id)) {
                if Category(c).source() == Some("third_party") {
                    push(
                        c.id,
                        Message::key("core-prom-001--obtained-from-third-party"),
                    );
                }
            }
        }
        "only_purposes" => {
            let allowed = Promise(promise).only_purposes();
            for p in ctx.items(Kind::Purpose) {
                if !allowed.contains(&p.id) && Purpose(p).uses().iter().any(|c| in_scope(*c)) {
                    push(
                        p.id,
                        Message::key("core-prom-001--uses-information-another-purpose"),
                    );
                }
            }
        }
        "not_directed_at_minors" => {
            for c in ctx.items(Kind::Category) {
                if Category(c).tags().contains(&"child_data") {
                    push(c.id, Message::key("core-prom-001--holds-children-s-data"));
                }
            }
        }
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::{check, HEADER};

    fn policy(extra: &str) -> String {
        format!(
            "use std::pipl\nuse std::promises\n{HEADER}category phone {{\n  label {{ zh: \"手机号码\", en: \"phone number\" }}\n}}\npurpose events {{\n  label {{ zh: \"活动\", en: \"events\" }}\n  uses phone\n}}\n{extra}promise only_affiliates: promises::no_share_except {{\n  except_roles pipl::affiliate\n}}\n"
        )
    }

    #[test]
    fn sharing_with_an_agency_breaks_an_affiliates_only_promise() {
        let text = policy("recipient agency: pipl::other_handler {\n  label { zh: \"活动公司\", en: \"events agency\" }\n}\nflow f {\n  share phone\n  to agency\n  for events\n  basis pipl::separate_consent\n}\n");
        assert_eq!(check(&text, "CORE-PROM-001"), vec![(23, 9)]);
    }

    #[test]
    fn a_purpose_outside_only_purposes_breaks_a_promise_in_the_authors_words() {
        let promise = "promise phone_for_events {\n  label { zh: \"手机号码仅用于活动报名\", en: \"your phone number is used only for events\" }\n  data phone\n  only_purposes events\n}\n";
        let ads = "purpose ads {\n  label { zh: \"广告\", en: \"ads\" }\n  uses phone\n}\n";
        assert_eq!(
            check(&policy(&format!("{ads}{promise}")), "CORE-PROM-001").len(),
            1
        );
        assert!(check(&policy(promise), "CORE-PROM-001").is_empty());
    }

    #[test]
    fn sharing_with_an_affiliate_keeps_it() {
        let text = policy("recipient group: pipl::affiliate {\n  label { zh: \"关联公司\", en: \"affiliate\" }\n}\nflow f {\n  share phone\n  to group\n  for events\n  basis pipl::separate_consent\n}\n");
        assert!(check(&text, "CORE-PROM-001").is_empty());
    }

    /// "We never publicly disclose, except what you publish yourself": the exception names a
    /// condition or a flow, and only grants inside it keep the promise.
    fn disclosure(flow_fields: &str, promise_fields: &str) -> String {
        format!(
            "use std::pipl\nuse std::promises\nuse std::conditions\n{HEADER}category listing {{\n  label {{ zh: \"您发布的信息\", en: \"your listings\" }}\n}}\npurpose publish {{\n  label {{ zh: \"信息发布\", en: \"publishing\" }}\n  uses listing\n  basis pipl::contract\n}}\nrecipient everyone: pipl::public {{\n  label {{ zh: \"社会公众\", en: \"the public\" }}\n}}\nflow publish_listing {{\n  disclose listing\n  to everyone\n  for publish\n{flow_fields}}}\npromise no_disclosure: promises::no_public_disclosure_except {{\n{promise_fields}}}\n"
        )
    }

    #[test]
    fn a_promise_except_names_the_condition_of_an_only_if_flow() {
        let only_if = "  only_if conditions::self_published\n";
        let kept = disclosure(only_if, "  except conditions::self_published\n");
        assert!(check(&kept, "CORE-PROM-001").is_empty());
        let broken = disclosure(only_if, "  except conditions::law_requires\n");
        assert_eq!(check(&broken, "CORE-PROM-001").len(), 1);
        let routine = disclosure("", "  except conditions::self_published\n");
        assert_eq!(check(&routine, "CORE-PROM-001").len(), 1);
    }

    #[test]
    fn a_promise_except_names_a_flow() {
        let text = disclosure("", "  except_flows publish_listing\n");
        assert!(check(&text, "CORE-PROM-001").is_empty());
    }

    #[test]
    fn a_flow_that_does_not_happen_keeps_the_promise() {
        let text = disclosure("  currently_not\n", "");
        assert!(check(&text, "CORE-PROM-001").is_empty());
    }

    /// 「原则上，我们不会公开披露……」: a hedged promise a flow contradicts is a warning.
    #[test]
    fn a_hedged_promise_contradicted_by_a_flow_is_a_warning() {
        let severities = |text: &str| {
            crate::Workspace::from_text("policy.pol", text)
                .analyze()
                .diagnostics
                .iter()
                .filter(|d| d.code.as_str() == "CORE-PROM-001")
                .map(|d| d.severity)
                .collect::<Vec<_>>()
        };
        let hedged = disclosure("", "  hedge in_principle\n");
        assert_eq!(check(&hedged, "CORE-PROM-001").len(), 1);
        assert_eq!(severities(&hedged), vec![crate::diag::Severity::Warning]);
        let plain = disclosure("", "");
        assert_eq!(severities(&plain), vec![crate::diag::Severity::Error]);
    }
}
