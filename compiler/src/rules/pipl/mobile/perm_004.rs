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
                Message::key("pipl-mobile-perm-004--permission-name-names-background-permission")
                    .arg("name", &name),
            )
            .with_label(Message::key(
                "pipl-mobile-perm-004--grants-access-background",
            ))
            .with_help(Message::key(
                "pipl-mobile-perm-004--add-background-permission-say-purposes",
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
