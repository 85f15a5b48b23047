//! PIPL-SDK-003 · SDK background collection not stated.
//!
//! A push or location SDK keeps working while the app is not in use (a push channel stays
//! connected; a location SDK reports position), and an SDK list says, per SDK, whether it
//! collects in the background. A recipient naming a catalogue SDK whose documented purposes
//! include `push` or `location` must state it: `background` or `background no`.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::pipl::mobile::{catalogue, sdks};
use crate::rules::{Ctx, Profile, Rule};

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-SDK-003"),
        severity: Severity::Warning,
        title_en: "SDK background collection not stated",
        title_zh: "未说明 SDK 是否在后台收集个人信息",
    },
    profile: Profile::Pipl,
    // Citations checked (December 2026):
    // - PIPL Art. 17 ¶1(2)
    // - 认定方法 (国信办秘字〔2019〕191号): its six heads (二 未明示目的、方式和范围; 三 未经用户同意; 四 违反必要原则; 五 未经同意向他人提供) and items 二.1, 二.3, 三.1 read in the republished text (docs/research/mobile-apps.md (c))
    // - GB/T 41391-2022: the table of contents (5 App功能划分; 6.5 系统权限; 6.6 第三方收集管理), read in a reproduction of the standard (guifanku.com/727556.html)
    article:
        "PIPL Art. 17 ¶1(2); App违法违规收集使用个人信息行为认定方法 二.1; GB/T 41391-2022 6.6",
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
        if sdk.fields.has("background") {
            continue;
        }
        let Some(v) = sdk.fields.values("sdk").next() else {
            continue;
        };
        let Some(id) = v.value.as_str() else {
            continue;
        };
        let Some(entry) = catalogue.sdks.iter().find(|s| s.id == id) else {
            continue;
        };
        let Some(kind) = entry
            .purposes
            .iter()
            .find(|p| *p == "push" || *p == "location")
        else {
            continue;
        };
        let name = sdk.name();
        out.push(
            Diagnostic::new(
                RULE.info.code,
                v.span,
                Message::key("pipl-mobile-sdk-003--sdk-name-kind-sdk-but")
                    .arg("name", &name)
                    .arg("kind", &kind)
                    .arg("kind2", &(if kind == "push" { "推送" } else { "定位" })),
            )
            .with_label(Message::key("pipl-mobile-sdk-003--works-background"))
            .with_help(Message::key(
                "pipl-mobile-sdk-003--add-background-if-collects-while",
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::policy;
    use crate::rules::core::tests::check;

    #[test]
    fn a_push_sdk_without_background() {
        let sdk = |extra: &str| {
            policy(&format!("recipient getui: pipl::sdk_provider {{\n  label {{ zh: \"个推\", en: \"Getui\" }}\n  sdk \"getui_push\"\n{extra}}}\n"))
        };
        assert_eq!(check(&sdk(""), "PIPL-SDK-003"), vec![(23, 7)]);
        assert!(check(&sdk("  background no\n"), "PIPL-SDK-003").is_empty());
    }
}
