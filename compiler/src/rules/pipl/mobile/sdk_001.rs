//! PIPL-SDK-001 · SDK collecting for no function.
//!
//! In a policy organised by business functions, what an embedded SDK collects must serve one
//! of them: collection is limited to what the function directly needs (PIPL Art. 6; GB/T
//! 35273-2020 5.2), and the app answers for the third-party code it embeds (GB/T 35273-2020
//! 9.7). A flow to an SDK whose purposes belong to no function, or that names no purpose, is
//! collection no function of ours needs. Flows that do not happen at present (`currently_not`)
//! are not reported; `may` and `only_if` flows are, since they can happen.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::meaning::Modality;
use crate::rules::pipl::mobile::{functions_by_purpose, sdks};
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-SDK-001"),
        severity: Severity::Warning,
        title_en: "SDK collecting for no function",
        title_zh: "SDK 收集的个人信息不服务于任何业务功能",
    },
    profile: Profile::Pipl,
    // Citations checked (December 2026):
    // - PIPL Art. 6 (minimum necessary)
    // - 认定方法 (国信办秘字〔2019〕191号): its six heads (二 未明示目的、方式和范围; 三 未经用户同意; 四 违反必要原则; 五 未经同意向他人提供) and items 二.1, 二.3, 三.1 read in the republished text (docs/research/mobile-apps.md (c))
    // - GB/T 35273-2020: 5.3 and Annex C.2 (basic and extended functions), 5.4, 9.7 by number and title in the foreword and table of contents (docs/research/mobile-apps.md (c))
    article: "PIPL Art. 6; GB/T 35273-2020 5.2, 9.7; App违法违规收集使用个人信息行为认定方法 四",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let by_purpose = functions_by_purpose(ctx);
    if by_purpose.is_empty() {
        // A policy that is not organised by functions: nothing to hold the SDK against.
        return;
    }
    let mut seen = Vec::new();
    for sdk in sdks(ctx) {
        for flow in ctx.flows_naming(sdk.id) {
            if !Modality::of_flow(flow).happens() || seen.contains(&flow.id) {
                continue;
            }
            seen.push(flow.id);
            let purposes = flow.fields.refs("for");
            if purposes.iter().any(|p| by_purpose.contains_key(p)) {
                continue;
            }
            let span = flow.fields.get("for").map_or(flow.name_span(), |f| f.span);
            let (f, r) = (flow.name(), sdk.name());
            out.push(
                Diagnostic::new(
                    RULE.info.code,
                    span,
                    Message::key("pipl-mobile-sdk-001--flow-f-gives-sdk-r")
                        .arg("f", &f)
                        .arg("r", &r),
                )
                .with_label(Message::key("pipl-mobile-sdk-001--no-function-needs"))
                .with_help(Message::key(
                    "pipl-mobile-sdk-001--name-purpose-function-sdk-serves",
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::policy;
    use crate::rules::core::tests::check;

    const SDK: &str = "recipient stats: pipl::sdk_provider {\n  label { zh: \"统计 SDK\", en: \"analytics SDK\" }\n}\npurpose analytics {\n  label { zh: \"统计\", en: \"analytics\" }\n  uses photos\n  basis pipl::consent\n}\n";

    #[test]
    fn an_sdk_flow_for_a_purpose_of_no_function() {
        let flow = |extra: &str| {
            policy(&format!("{SDK}flow to_stats {{\n  entrust photos\n  to stats\n  for analytics\n  collected_by recipient\n{extra}}}\n"))
        };
        assert_eq!(check(&flow(""), "PIPL-SDK-001"), vec![(32, 3)]);
        assert!(check(&flow("  currently_not\n"), "PIPL-SDK-001").is_empty());
        let served = flow("").replace("for analytics", "for upload");
        assert!(check(&served, "PIPL-SDK-001").is_empty());
    }
}
