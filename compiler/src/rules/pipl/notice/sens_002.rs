//! PIPL-SENS-002 · Sensitive PI without necessity and impact notice.
//!
//! Sensitive personal information may be processed only for a specific purpose, where it is
//! sufficiently necessary, under strict protection (PIPL Art. 28 ¶2), and besides the Art. 17
//! items the person must be told why it is necessary and how it affects their rights (Art. 30).
//! Implemented: a purpose that uses a sensitive category (error) with no `necessity` or no
//! `impact` text (the front end already requires every text in every declared language); and,
//! once per policy (warning), sensitive data is processed but `security` declares no measure
//! that protects it specifically (encryption, separate storage, access control, masking,
//! de-identification, least privilege, or a measure of the author's own). Not implemented: that
//! the necessity text names a specific function (prose), and measures tied to one category (a
//! measure cannot name the categories it protects yet).

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::Purpose;
use crate::ir::ItemId;
use crate::rules::{list_en, Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-SENS-002"),
        severity: Severity::Error,
        title_en: "sensitive personal information without necessity and impact notice",
        title_zh: "未告知处理敏感个人信息的必要性及对个人权益的影响",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 28 ¶2, 30; NDSR Art. 21; GB/T 35273 5.5 a)",
    check,
};

/// Standard measures that protect sensitive data as such (GB/T 35273 6.3, PIPL Art. 51(3)).
const PROTECTIVE: &[&str] = &[
    "encryption",
    "storage_encryption",
    "transport_encryption",
    "separate_storage",
    "access_control",
    "least_privilege",
    "data_masking",
    "de_identification",
];

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let mut first_sensitive: Option<(ItemId, ItemId)> = None;
    for purpose in ctx.items(Kind::Purpose) {
        let mut sensitive: Vec<ItemId> = Vec::new();
        for c in Purpose(purpose).uses() {
            if ctx.policy.sensitive_under(c, "pipl") && !sensitive.contains(&c) {
                sensitive.push(c);
            }
        }
        let Some(first) = sensitive.first() else {
            continue;
        };
        if first_sensitive.is_none() {
            first_sensitive = Some((purpose.id, *first));
        }
        let missing: Vec<&str> = ["necessity", "impact"]
            .into_iter()
            .filter(|k| !purpose.fields.has(k))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let names: Vec<String> = sensitive.iter().map(|c| ctx.display(*c)).collect();
        let en_names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
        let name = purpose.name();
        let (en_missing, zh_missing) = match missing.as_slice() {
            ["necessity"] => ("why it is necessary (`necessity`)", "处理的必要性（necessity）"),
            ["impact"] => (
                "its impact on the person's rights (`impact`)",
                "对个人权益的影响（impact）",
            ),
            _ => (
                "why it is necessary (`necessity`) nor its impact on the person's rights (`impact`)",
                "处理的必要性（necessity）及对个人权益的影响（impact）",
            ),
        };
        let mut d = Diagnostic::new(
            RULE.info.code,
            purpose.name_span(),
            Message::key("pipl-notice-sens-002--purpose-name-processes-sensitive-personal-2")
                .arg("name", &name)
                .arg("list", &(list_en(&en_names)))
                .arg_en_zh("missing", &en_missing, &zh_missing)
                .arg("names", &(names.join("」「"))),
        )
        .with_label(Message::key(
            "pipl-notice-sens-002--necessity-impact-not-told",
        ))
        .with_help(Message::key(
            "pipl-notice-sens-002--add-necessity-zh-en-naming",
        ));
        for c in &sensitive {
            if let Some(span) = ctx.reference_in(purpose.id, *c) {
                d = d.with_related(
                    span,
                    Message::key("pipl-notice-sens-002--sensitive-personal-information"),
                );
            }
        }
        out.push(d);
    }
    // Strict protection: a measure fit for sensitive data.
    let Some((purpose, category)) = first_sensitive else {
        return;
    };
    let protected = ctx.items(Kind::Security).any(|s| {
        s.fields
            .refs("measures")
            .iter()
            .any(|m| match ctx.root_name(*m) {
                Some(name) => PROTECTIVE.contains(&name),
                // A measure of the author's own is taken as specific.
                None => true,
            })
    });
    if protected {
        return;
    }
    let Some(item) = ctx.item(purpose) else {
        return;
    };
    let mut d = Diagnostic::new(
        RULE.info.code,
        item.name_span(),
        Message::key("pipl-notice-sens-002--purpose-name-processes-sensitive-personal")
            .arg("name", &item.name()),
    )
    .with_label(Message::key(
        "pipl-notice-sens-002--no-strict-protection-declared",
    ))
    .with_help(Message::key(
        "pipl-notice-sens-002--declare-measures-security-measures-e",
    ));
    d.severity = Severity::Warning;
    if let Some(span) = ctx.reference_in(purpose, category) {
        d = d.with_related(
            span,
            Message::key("pipl-notice-sens-002--sensitive-personal-information"),
        );
    }
    out.push(d);
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const FACE: &str = "category face: std::gbt35273::biometric {\n  label { zh: \"人脸图像\", en: \"face images\" }\n}\npurpose login {\n  label { zh: \"刷脸登录\", en: \"face login\" }\n  uses face\n  basis pipl::separate_consent\n";
    const NEED: &str = "  necessity { zh: \"核验本人\", en: \"to verify it is you\" }\n  impact { zh: \"泄露后难以更改\", en: \"cannot be changed once leaked\" }\n";

    #[test]
    fn no_necessity_no_impact_no_measure() {
        let text = format!("{HEADER}{FACE}}}\n");
        // The notice error and the protection warning, both on the purpose.
        assert_eq!(check(&text, "PIPL-SENS-002"), vec![(11, 9), (11, 9)]);
    }

    #[test]
    fn told_and_protected() {
        let text = format!(
            "{HEADER}{FACE}{NEED}}}\nsecurity {{\n  measures std::security::storage_encryption\n}}\n"
        );
        assert!(check(&text, "PIPL-SENS-002").is_empty());
    }

    #[test]
    fn told_but_unprotected_is_a_warning() {
        let text = format!(
            "{HEADER}{FACE}{NEED}}}\nsecurity {{\n  measures std::security::staff_training\n}}\n"
        );
        let a = crate::Workspace::from_text("policy.pol", &text).analyze();
        let sev: Vec<_> = a
            .diagnostics
            .iter()
            .filter(|d| d.code.as_str() == "PIPL-SENS-002")
            .map(|d| d.severity)
            .collect();
        assert_eq!(sev, vec![crate::diag::Severity::Warning]);
    }
}
