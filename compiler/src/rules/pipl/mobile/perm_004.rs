//! PIPL-PERM-004 · Background use of a permission not stated.
//!
//! A permission that names a platform permission which only exists for use in the background
//! (Android `ACCESS_BACKGROUND_LOCATION`, iOS `NSLocationAlwaysUsageDescription` and
//! `NSLocationAlwaysAndWhenInUseUsageDescription`, the mini-program scope
//! `scope.userLocationBackground`) must say so with `background`: the permission list tells the
//! person when the app collects, and collection while the app is not in use is what the
//! TC260 permission guide singles out.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

/// Platform permissions that grant access while the app is in the background.
const BACKGROUND_NAMES: &[&str] = &[
    "ACCESS_BACKGROUND_LOCATION",
    "android.permission.ACCESS_BACKGROUND_LOCATION",
    "NSLocationAlwaysUsageDescription",
    "NSLocationAlwaysAndWhenInUseUsageDescription",
    "scope.userLocationBackground",
];

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-PERM-004"),
        severity: Severity::Warning,
        title_en: "background use of a permission not stated",
        title_zh: "未说明权限在后台使用",
    },
    profile: Profile::Pipl,
    // Citations checked (December 2026):
    // - PIPL Art. 17 ¶1(2)
    // - the TC260 guide by title and 信安秘字〔2020〕59号 (its notice, tc260.org.cn postDetail id=20200918163359); its clause numbers were not read, so none is cited
    // - GB/T 41391-2022: the table of contents (5 App功能划分; 6.5 系统权限; 6.6 第三方收集管理), read in a reproduction of the standard (guifanku.com/727556.html)
    article: "PIPL Art. 17 ¶1(2); TC260 App系统权限申请使用指南 (信安秘字〔2020〕59号); GB/T 41391-2022 6.5",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for permission in ctx.items(Kind::Permission) {
        if permission.fields.bool("background") == Some(true) {
            continue;
        }
        let named = ["android", "ios", "miniprogram"]
            .iter()
            .flat_map(|k| permission.fields.values(k))
            .find(|v| {
                v.value
                    .as_str()
                    .is_some_and(|s| BACKGROUND_NAMES.contains(&s.trim()))
            });
        let Some(v) = named else {
            continue;
        };
        let name = permission.name();
        out.push(
            Diagnostic::new(
                RULE.info.code,
                v.span,
                Message::new(
                    format!("permission `{name}` names a background permission, but does not say it is used in the background"),
                    format!("权限「{name}」包含后台权限，但未说明会在后台使用"),
                ),
            )
            .with_label(Message::new("grants access in the background", "可在后台获取"))
            .with_help(Message::new(
                "add `background` to the permission and say in its purposes why the function needs it while the app is not in use; or drop the background permission",
                "请为该权限写明 background，并在处理目的中说明功能为何需要在后台使用；或不再申请后台权限",
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::policy;
    use crate::rules::core::tests::check;

    #[test]
    fn background_location_without_background() {
        let perm = |extra: &str| {
            policy(&format!("permission gps {{\n  label {{ zh: \"位置\", en: \"location\" }}\n  android \"ACCESS_FINE_LOCATION\", \"ACCESS_BACKGROUND_LOCATION\"\n  functions albums\n{extra}}}\n"))
        };
        assert_eq!(check(&perm(""), "PIPL-PERM-004"), vec![(23, 35)]);
        assert!(check(&perm("  background\n"), "PIPL-PERM-004").is_empty());
    }
}
