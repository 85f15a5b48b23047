//! PIPL-SDK-004 · SDK collecting sensitive data without separate consent.
//!
//! The SDK catalogue records what each SDK is publicly documented to collect. When it says an
//! SDK the policy embeds collects sensitive personal information (precise location, identity
//! documents or face, contacts) as a matter of course, the policy must give that SDK a sensitive
//! category on separate consent (PIPL Art. 29; GB/T 35273-2020 5.4, 9.7). A flow the policy
//! declares is checked by PIPL-SENS-001; this rule finds the SDK whose sensitive collection the
//! policy does not declare at all.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::meaning::Lawful;
use crate::rules::pipl::mobile::{catalogue, sdks};
use crate::rules::{Ctx, Profile, Rule};

/// The catalogue's coarse categories that are sensitive personal information by their nature
/// (GB/T 35273-2020 Annex B: precise location, identity and biometrics, the contact list).
const SENSITIVE: &[&str] = &["location_precise", "identity", "contacts"];

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-SDK-004"),
        severity: Severity::Warning,
        title_en: "SDK collecting sensitive data without separate consent",
        title_zh: "SDK 收集敏感个人信息未取得单独同意",
    },
    profile: Profile::Pipl,
    // Citations checked (December 2026):
    // - PIPL Art. 28, 29
    // - GB/T 35273-2020: 5.3 and Annex C.2 (basic and extended functions), 5.4, 9.7 by number and title in the foreword and table of contents (docs/research/mobile-apps.md (c))
    // - 认定方法 (国信办秘字〔2019〕191号): its six heads (二 未明示目的、方式和范围; 三 未经用户同意; 四 违反必要原则; 五 未经同意向他人提供) and items 二.1, 二.3, 三.1 read in the republished text (docs/research/mobile-apps.md (c)); 五.1 (corrected from 二.1) is providing personal information to a third party without consent 「包括通过客户端嵌入的第三方代码、插件（如SDK）等方式」, wording seen in CVERC's 2024 reports that apply the 认定方法
    article:
        "PIPL Art. 28, 29; GB/T 35273-2020 5.4, 9.7; App违法违规收集使用个人信息行为认定方法 五.1",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    // No SDK, no need to parse the catalogue (a third of a small policy's check).
    if sdks(ctx).next().is_none() {
        return;
    }
    let Some(catalogue) = catalogue() else {
        return;
    };
    for sdk in sdks(ctx) {
        let Some(v) = sdk.fields.values("sdk").next() else {
            continue;
        };
        let Some(entry) = v
            .value
            .as_str()
            .and_then(|id| catalogue.sdks.iter().find(|s| s.id == id))
        else {
            continue;
        };
        let Some(row) = entry
            .collects
            .iter()
            .find(|c| !c.optional && c.categories.iter().any(|k| SENSITIVE.contains(&k.as_str())))
        else {
            continue;
        };
        let consented = ctx.flows_to(sdk.id).any(|e| {
            e.modality.happens()
                && ctx.policy.sensitive_under(e.category, "pipl")
                && matches!(e.lawful, Lawful::SeparateConsent | Lawful::Exception)
        });
        if consented {
            continue;
        }
        let name = sdk.name();
        out.push(
            Diagnostic::new(
                RULE.info.code,
                v.span,
                Message::key("pipl-mobile-sdk-004--sdk-name-documented-collect-row")
                    .arg("name", &name)
                    .arg_en_zh("row", &row.en, &row.zh),
            )
            .with_label(Message::key("pipl-mobile-sdk-004--collects-sensitive-data"))
            .with_help(Message::key(
                "pipl-mobile-sdk-004--declare-flow-sdk-collected-recipient",
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::policy;
    use crate::rules::core::tests::check;

    #[test]
    fn a_map_sdk_without_location_on_separate_consent() {
        let base = "recipient amap: pipl::sdk_provider {\n  label { zh: \"高德地图\", en: \"AMap\" }\n  sdk \"amap_location\"\n}\n";
        assert_eq!(check(&policy(base), "PIPL-SDK-004"), vec![(23, 7)]);
        let with_flow = format!("{base}category location: std::gbt35273::sensitive_precise_location {{\n  label {{ zh: \"位置\", en: \"location\" }}\n}}\npurpose nearby {{\n  label {{ zh: \"附近\", en: \"nearby\" }}\n  uses location\n  basis pipl::separate_consent\n}}\nflow to_amap {{\n  entrust location\n  to amap\n  for nearby\n  collected_by recipient\n}}\n");
        assert!(check(&policy(&with_flow), "PIPL-SDK-004").is_empty());
    }
}
