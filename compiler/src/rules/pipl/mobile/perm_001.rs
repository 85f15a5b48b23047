//! PIPL-PERM-001 · Permission with no function or purpose.
//!
//! A permission the policy lists must say why the app asks for it: the business function or
//! purpose that needs it. Requesting a permission that can collect personal information without
//! telling its purpose at the same time is item 二.3 of the CAC's 《App违法违规收集使用个人信息
//! 行为认定方法》; the purpose of processing is a notice item of PIPL Art. 17 ¶1(2).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-PERM-001"),
        severity: Severity::Error,
        title_en: "permission with no function or purpose",
        title_zh: "权限未说明所服务的业务功能或处理目的",
    },
    profile: Profile::Pipl,
    // Citations checked (December 2026):
    // - PIPL Art. 17 ¶1(2) (purpose and method of processing)
    // - 认定方法 (国信办秘字〔2019〕191号): its six heads (二 未明示目的、方式和范围; 三 未经用户同意; 四 违反必要原则; 五 未经同意向他人提供) and items 二.1, 二.3, 三.1 read in the republished text (docs/research/mobile-apps.md (c))
    // - GB/T 41391-2022: the table of contents (5 App功能划分; 6.5 系统权限; 6.6 第三方收集管理), read in a reproduction of the standard (guifanku.com/727556.html)
    article:
        "PIPL Art. 17 ¶1(2); App违法违规收集使用个人信息行为认定方法 二.3; GB/T 41391-2022 6.5",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for permission in ctx.items(Kind::Permission) {
        if permission.fields.has("for") || permission.fields.has("functions") {
            continue;
        }
        let name = permission.name();
        out.push(
            Diagnostic::new(
                RULE.info.code,
                permission.name_span(),
                Message::key("pipl-mobile-perm-001--permission-name-names-no-function")
                    .arg("name", &name),
            )
            .with_label(Message::key("pipl-mobile-perm-001--why-requested"))
            .with_help(Message::key(
                "pipl-mobile-perm-001--name-functions-need-functions-purposes",
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::policy;
    use crate::rules::core::tests::check;

    #[test]
    fn a_permission_without_function_or_purpose() {
        let text = policy("permission camera {\n  label { zh: \"相机\", en: \"camera\" }\n  android \"CAMERA\"\n}\n");
        assert_eq!(check(&text, "PIPL-PERM-001"), vec![(21, 12)]);
        let text = policy("permission camera {\n  label { zh: \"相机\", en: \"camera\" }\n  android \"CAMERA\"\n  functions albums\n}\n");
        assert!(check(&text, "PIPL-PERM-001").is_empty());
    }
}
