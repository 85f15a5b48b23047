//! CORE-STOR-001 · Storage location contradicts flows.
//!
//! "Stored in China" is a promise the flows must keep: a recipient abroad (remote access from
//! abroad counts too) contradicts it unless the policy declares the overseas processing.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::Storage;
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("CORE-STOR-001"),
        severity: Severity::Error,
        title_en: "storage location contradicts flows",
        title_zh: "存储地点声明与数据流向相矛盾",
    },
    profile: Profile::Core,
    article: "PIPL Art. 17 ¶1, 38-40; GB/T 35273 5.5 a) 3), 9.8; GDPR Art. 13(1)(f)",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for storage in ctx.items(Kind::Storage) {
        let regions = Storage(storage).region();
        // A statement that keeps data at home (`region CN` for a Chinese controller, `region
        // DE` or `EU` for a German one) is contradicted by a flow that leaves home.
        let home = &ctx.graph.home;
        if regions.is_empty() || regions.iter().any(|r| !home.contains(r)) {
            continue;
        }
        // An exception written into the statement ("except where ...") is the author saying
        // when data leaves; its cross-border flows are then covered by the XB rules.
        if !Storage(storage).exceptions().is_empty() {
            continue;
        }
        let scope = Storage(storage).data();
        let abroad: Vec<_> = ctx
            .graph
            .flows()
            .filter(|e| e.modality.happens())
            .filter(|e| e.cross_border && (scope.is_empty() || scope.contains(&e.category)))
            .collect();
        if abroad.is_empty() {
            continue;
        }
        let mut d = Diagnostic::new(
            RULE.info.code,
            storage.name_span(),
            Message::key("core-stor-001--data-said-stored-only-regions").arg_en_zh(
                "regions",
                &(regions.join(", ")),
                &(regions.join("、")),
            ),
        )
        .with_label(
            Message::key("core-stor-001--stored-regions-only").arg_en_zh(
                "regions",
                &(regions.join("`, `")),
                &(regions.join("、")),
            ),
        )
        .with_help(Message::key(
            "core-stor-001--declare-overseas-storage-transfer-mechanism",
        ));
        let mut seen = Vec::new();
        for e in abroad {
            if seen.contains(&e.source) {
                continue;
            }
            seen.push(e.source);
            if let Some(span) = ctx.name_span(e.source) {
                d = d.with_related(span, Message::key("core-stor-001--flow-goes-abroad"));
            }
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::{check, HEADER};

    fn policy(region: &str) -> String {
        format!(
            "use std::pipl\n{HEADER}category phone {{\n  label {{ zh: \"手机号码\", en: \"phone number\" }}\n}}\npurpose support {{\n  label {{ zh: \"客服\", en: \"support\" }}\n  uses phone\n}}\nstorage domestic {{\n  region CN\n}}\nrecipient vendor: pipl::entrusted_party {{\n  label {{ zh: \"客服外包商\", en: \"support vendor\" }}\n  region {region}\n}}\nflow f {{\n  entrust phone\n  to vendor\n  for support\n}}\n"
        )
    }

    #[test]
    fn an_overseas_vendor_contradicts_domestic_storage() {
        assert_eq!(check(&policy("US"), "CORE-STOR-001"), vec![(13, 9)]);
    }

    #[test]
    fn a_domestic_vendor_does_not() {
        assert!(check(&policy("CN"), "CORE-STOR-001").is_empty());
    }
}
