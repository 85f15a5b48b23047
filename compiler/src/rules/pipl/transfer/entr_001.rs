//! PIPL-ENTR-001 · Entrusted processing without contract and supervision.
//!
//! A handler that entrusts processing must agree with the entrusted party the purpose, period,
//! method, categories, protection measures and both parties' rights and obligations, have the
//! data returned or deleted when the entrustment ends, forbid sub-entrusting without its consent,
//! and supervise the entrusted party (PIPL Art. 21; NDSR Art. 12). A recipient of an `entrust`
//! flow is reported when its `contract` lacks one of the stdlib clauses `entrust_scope`,
//! `entrust_return_delete` or `entrust_no_sub_entrust` (all in `pipl::entrust_clauses`), or when
//! it has neither a `supervision` statement nor the `entrust_supervision` clause.

use crate::ir::views::Recipient;
use indexmap::IndexMap;

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::ItemId;
use crate::meaning::EdgeKind;
use crate::rules::pipl::transfer::{after_last_field, missing_clauses};
use crate::rules::{list_en, Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-ENTR-001"),
        severity: Severity::Error,
        title_en: "entrusted processing without contract and supervision",
        title_zh: "委托处理未约定处理事项或未进行监督",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 21; NDSR Art. 12; GB/T 35273 9.1",
    check,
};

/// The clauses the agreement must contain: stdlib clause, English, Chinese.
const CLAUSES: &[(&str, &str, &str)] = &[
    (
        "entrust_scope",
        "the purpose, period, method, categories, protection measures and rights and obligations",
        "处理目的、期限、处理方式、个人信息种类、保护措施以及双方的权利和义务",
    ),
    (
        "entrust_return_delete",
        "return or deletion when the entrustment ends",
        "委托终止时返还或者删除个人信息",
    ),
    (
        "entrust_no_sub_entrust",
        "no sub-entrusting without our consent",
        "未经同意不得转委托",
    ),
];

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    // Each recipient once, with the first flow entrusting data to it.
    let mut recipients: IndexMap<ItemId, ItemId> = IndexMap::new();
    for edge in ctx.graph.flows() {
        // An entrustment that does not happen at present (`currently_not`) needs no agreement yet.
        if edge.kind != EdgeKind::Entrust || !edge.modality.happens() {
            continue;
        }
        if let Some(r) = edge.recipient {
            recipients.entry(r).or_insert(edge.source);
        }
    }
    let names: Vec<&str> = CLAUSES.iter().map(|(n, _, _)| *n).collect();
    for (recipient, flow) in recipients {
        let Some(item) = ctx.item(recipient) else {
            continue;
        };
        let missing = missing_clauses(ctx, &item.fields, "contract", &names);
        let mut en: Vec<String> = CLAUSES
            .iter()
            .filter(|(n, _, _)| missing.contains(n))
            .map(|(_, en, _)| en.to_string())
            .collect();
        let mut zh: Vec<&str> = CLAUSES
            .iter()
            .filter(|(n, _, _)| missing.contains(n))
            .map(|(_, _, zh)| *zh)
            .collect();
        let supervised = Recipient(item).has(Recipient::SUPERVISION)
            || missing_clauses(ctx, &item.fields, "contract", &["entrust_supervision"]).is_empty();
        if !supervised {
            en.push("how we supervise it".into());
            zh.push("对受托方的监督");
        }
        if en.is_empty() {
            continue;
        }
        let name = ctx.display(recipient);
        let contract = Recipient(item).field(Recipient::CONTRACT);
        let primary = contract.map(|f| f.span).unwrap_or_else(|| item.name_span());
        let mut d = Diagnostic::new(
            RULE.info.code,
            primary,
            Message::key("pipl-transfer-entr-001--agreement-entrusted-party-name-does")
                .arg("name", &name)
                .arg_en_zh("list", &(list_en(&en)), &(zh.join("、"))),
        )
        .with_label(if contract.is_some() {
            Message::key("pipl-transfer-entr-001--pipl-art-21-terms-missing")
        } else {
            Message::key("pipl-transfer-entr-001--no-contract")
        })
        .with_help(Message::key(
            "pipl-transfer-entr-001--declare-agreement-s-clauses-contract",
        ));
        if let Some(f) = ctx.item(flow) {
            d = d.with_related(
                f.name_span(),
                Message::key("pipl-transfer-entr-001--entrusted-processing"),
            );
        }
        if contract.is_none() {
            if let Some(at) = after_last_field(item) {
                d = d.with_fix(
                    Message::key("pipl-transfer-entr-001--add-pipl-art-21-terms"),
                    at,
                    "\n  contract pipl::entrust_clauses",
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

    const ITEMS: &str = "category photo {\n  label { zh: \"照片\", en: \"photos\" }\n}\npurpose labelling {\n  label { zh: \"数据标注\", en: \"data labelling\" }\n  uses photo\n  basis pipl::separate_consent\n}\nclause confidentiality {\n  label { zh: \"保密协议\", en: \"a confidentiality agreement\" }\n}\n";

    #[test]
    fn confidentiality_only() {
        let text = format!("{HEADER}{ITEMS}recipient labeller: pipl::entrusted_party {{\n  label {{ zh: \"标注供应商\", en: \"labelling supplier\" }}\n  contract confidentiality\n}}\nflow f {{\n  entrust photo\n  to labeller\n  for labelling\n}}\n");
        assert_eq!(check(&text, "PIPL-ENTR-001"), vec![(21, 3)]);
    }

    #[test]
    fn no_contract_gets_a_quick_fix() {
        let text = format!("{HEADER}{ITEMS}recipient labeller: pipl::entrusted_party {{\n  label {{ zh: \"标注供应商\", en: \"labelling supplier\" }}\n}}\nflow f {{\n  entrust photo\n  to labeller\n  for labelling\n}}\n");
        assert_eq!(check(&text, "PIPL-ENTR-001"), vec![(19, 11)]);
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let d = a
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == "PIPL-ENTR-001")
            .unwrap();
        assert_eq!(
            d.fixes[0].edits[0].new_text,
            "\n  contract pipl::entrust_clauses"
        );
    }

    #[test]
    fn entrust_clauses_pass() {
        let text = format!("{HEADER}{ITEMS}recipient labeller: pipl::entrusted_party {{\n  label {{ zh: \"标注供应商\", en: \"labelling supplier\" }}\n  contract pipl::entrust_clauses\n}}\nflow f {{\n  entrust photo\n  to labeller\n  for labelling\n}}\n");
        assert!(check(&text, "PIPL-ENTR-001").is_empty());
    }

    /// The Art. 21 terms in the author's own words: each clause derives from the stdlib
    /// clause it restates, so it counts as that clause; leaving one out is still reported.
    #[test]
    fn own_wordings_of_the_clauses_count() {
        let own: String = [
            "entrust_scope",
            "entrust_within_agreement",
            "entrust_return_delete",
            "entrust_no_sub_entrust",
            "entrust_supervision",
        ]
        .iter()
        .map(|c| format!("clause our_{c}: pipl::{c} {{\n  label {{ zh: \"我们的措辞\", en: \"our words\" }}\n}}\n"))
        .collect();
        let recipient = |contract: &str| {
            format!("{HEADER}{ITEMS}{own}recipient labeller: pipl::entrusted_party {{\n  label {{ zh: \"标注供应商\", en: \"labelling supplier\" }}\n  contract {contract}\n}}\nflow f {{\n  entrust photo\n  to labeller\n  for labelling\n}}\n")
        };
        let all = "our_entrust_scope, our_entrust_within_agreement, our_entrust_return_delete, our_entrust_no_sub_entrust, our_entrust_supervision";
        assert!(check(&recipient(all), "PIPL-ENTR-001").is_empty());
        let four = "our_entrust_scope, our_entrust_within_agreement, our_entrust_return_delete, our_entrust_no_sub_entrust";
        assert_eq!(check(&recipient(four), "PIPL-ENTR-001").len(), 1);
    }
}
