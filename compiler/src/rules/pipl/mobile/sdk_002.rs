//! PIPL-SDK-002 · SDK without company, purpose, data or policy link.
//!
//! An app must list, one by one, the purpose, method and scope of the personal information that
//! embedded third-party code collects (the CAC's 《App违法违规收集使用个人信息行为认定方法》 二.1),
//! and the SDK lists regulators expect give, per SDK, the company behind it, the purpose, the
//! data and the link to its own rules (GB/T 35273-2020 9.7). A recipient that is a row of the
//! SDK list (it names its SDK: `sdk` or `packages`) without its company (`name`), its own
//! policy (`policy_url`), or a flow saying what it receives and for which purpose is an
//! incomplete row. A recipient that only has the role `pipl::sdk_provider` stands for third
//! parties in general ("SDKs we embed"), which PIPL-SHARE-002 asks to be named; this rule asks
//! the SDK list's items of every named SDK, whatever its flows.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::pipl::mobile::sdks;
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-SDK-002"),
        severity: Severity::Error,
        title_en: "SDK without company, purpose, data or policy link",
        title_zh: "SDK 未列明所属公司、目的、收集的信息或隐私政策链接",
    },
    profile: Profile::Pipl,
    // Citations checked (December 2026):
    // - 认定方法 (国信办秘字〔2019〕191号): its six heads (二 未明示目的、方式和范围; 三 未经用户同意; 四 违反必要原则; 五 未经同意向他人提供) and items 二.1, 二.3, 三.1 read in the republished text (docs/research/mobile-apps.md (c)); 二.1 is the SDK-list duty: 「未逐一列出App（包括委托的第三方或嵌入的第三方代码、插件）收集使用个人信息的目的、方式、范围」 (also quoted in CVERC's 2024 reports)
    // - PIPL Art. 17 ¶1, 23
    // - GB/T 35273-2020: 5.3 and Annex C.2 (basic and extended functions), 5.4, 9.7 by number and title in the foreword and table of contents (docs/research/mobile-apps.md (c))
    article:
        "App违法违规收集使用个人信息行为认定方法 二.1; PIPL Art. 17 ¶1, 23; GB/T 35273-2020 9.7",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for sdk in sdks(ctx).filter(|r| r.fields.has("sdk") || r.fields.has("packages")) {
        let flows: Vec<_> = ctx.flows_naming(sdk.id).collect();
        let mut missing: Vec<(&str, &str)> = Vec::new();
        if !sdk.fields.has("name") {
            missing.push(("its company (`name`)", "所属公司（name）"));
        }
        if flows.is_empty() {
            missing.push((
                "the data it collects (a flow to it)",
                "收集的个人信息（指向它的数据流向）",
            ));
        }
        if !flows.is_empty() && !flows.iter().any(|f| f.fields.has("for")) {
            missing.push((
                "its purpose (`for` of its flows)",
                "使用目的（数据流向的 for）",
            ));
        }
        if !sdk.fields.has("policy_url") {
            missing.push((
                "the link to its privacy policy (`policy_url`)",
                "其隐私政策链接（policy_url）",
            ));
        }
        if missing.is_empty() {
            continue;
        }
        let name = sdk.name();
        let en: Vec<&str> = missing.iter().map(|m| m.0).collect();
        let zh: Vec<&str> = missing.iter().map(|m| m.1).collect();
        out.push(
            Diagnostic::new(
                RULE.info.code,
                sdk.name_span(),
                Message::key("pipl-mobile-sdk-002--sdk-name-does-not-give")
                    .arg("name", &name)
                    .arg(
                        "list",
                        &(crate::rules::list_en(
                            &en.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                        )),
                    )
                    .arg("list2", &(zh.join("、"))),
            )
            .with_label(Message::key("pipl-mobile-sdk-002--incomplete-sdk-list-row"))
            .with_help(Message::key("pipl-mobile-sdk-002--give-sdk-s-company-flow")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::policy;
    use crate::rules::core::tests::check;

    #[test]
    fn an_sdk_without_its_row() {
        let text = policy("recipient stats: pipl::sdk_provider {\n  label { zh: \"统计 SDK\", en: \"analytics SDK\" }\n  packages \"com.stats.example:analytics\"\n}\n");
        assert_eq!(check(&text, "PIPL-SDK-002"), vec![(21, 11)]);
        // A role alone stands for third parties in general: PIPL-SHARE-002's to ask names of.
        let generic = text.replace("  packages \"com.stats.example:analytics\"\n", "");
        assert!(check(&generic, "PIPL-SDK-002").is_empty());
        let text = policy("recipient stats: pipl::sdk_provider {\n  label { zh: \"统计 SDK\", en: \"analytics SDK\" }\n  name { zh: \"某统计公司\", en: \"Stats Co.\" }\n  policy_url https://stats.example/privacy\n}\nflow to_stats {\n  entrust photos\n  to stats\n  for upload\n  collected_by recipient\n}\n");
        assert!(check(&text, "PIPL-SDK-002").is_empty());
    }
}
