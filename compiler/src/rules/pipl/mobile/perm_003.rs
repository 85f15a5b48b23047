//! PIPL-PERM-003 · First-launch permission no basic function needs.
//!
//! Asking for a permission when the app first starts, before the person has chosen any
//! function, is acceptable only for what the basic function needs: collecting or opening a
//! permission before consent is item 三.1 of the CAC's 《App违法违规收集使用个人信息行为认定方法》,
//! and refusing what an extended function needs must not cost the basic one (GB/T 35273-2020
//! 5.3). A permission with `requested first_launch` must name a basic function.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-PERM-003"),
        severity: Severity::Error,
        title_en: "first-launch permission no basic function needs",
        title_zh: "首次启动即申请非基本业务功能所需的权限",
    },
    profile: Profile::Pipl,
    // Citations checked (December 2026):
    // - PIPL Art. 6, 14 ¶1, 16
    // - 认定方法 (国信办秘字〔2019〕191号): its six heads (二 未明示目的、方式和范围; 三 未经用户同意; 四 违反必要原则; 五 未经同意向他人提供) and items 二.1, 二.3, 三.1 read in the republished text (docs/research/mobile-apps.md (c)); 三.1 is collecting or opening a permission before consent
    // - GB/T 35273-2020: 5.3 and Annex C.2 (basic and extended functions), 5.4, 9.7 by number and title in the foreword and table of contents (docs/research/mobile-apps.md (c))
    article:
        "PIPL Art. 6, 14 ¶1, 16; App违法违规收集使用个人信息行为认定方法 三.1; GB/T 35273-2020 5.3",
    check,
};

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for permission in ctx.items(Kind::Permission) {
        if permission.fields.option("requested") != Some("first_launch") {
            continue;
        }
        let basic = permission
            .fields
            .refs("functions")
            .into_iter()
            .filter_map(|f| ctx.item(f))
            .any(|f| f.fields.option("kind") == Some("basic"));
        if basic {
            continue;
        }
        let span = permission
            .fields
            .get("requested")
            .map_or(permission.name_span(), |f| f.span);
        let name = permission.name();
        out.push(
            Diagnostic::new(
                RULE.info.code,
                span,
                Message::key("pipl-mobile-perm-003--permission-name-requested-at-first")
                    .arg("name", &name),
            )
            .with_label(Message::key(
                "pipl-mobile-perm-003--asked-before-any-function-chosen",
            ))
            .with_help(Message::key(
                "pipl-mobile-perm-003--ask-when-function-needs-first",
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::policy;
    use crate::rules::core::tests::check;

    const EXTENDED: &str = "function nearby {\n  label { zh: \"附近\", en: \"nearby\" }\n  kind extended\n  purposes upload\n}\n";

    #[test]
    fn first_launch_for_an_extended_function() {
        let text = policy(&format!("{EXTENDED}permission camera {{\n  label {{ zh: \"相机\", en: \"camera\" }}\n  functions nearby\n  requested first_launch\n}}\n"));
        assert_eq!(check(&text, "PIPL-PERM-003"), vec![(29, 3)]);
        let text = policy("permission camera {\n  label { zh: \"相机\", en: \"camera\" }\n  functions albums\n  requested first_launch\n}\n");
        assert!(check(&text, "PIPL-PERM-003").is_empty());
    }
}
