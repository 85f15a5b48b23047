//! PIPL-ADM-001 · Automated decisions without opt-out or explanation.
//!
//! Push and commercial marketing by automated decision-making must come with an option not
//! based on personal characteristics or a convenient way to refuse (PIPL Art. 24 ¶2); people
//! may ask for an explanation of decisions that significantly affect them and refuse decisions
//! made solely by automated means (¶3). Implemented: (a) a purpose tagged `personalization`,
//! or tagged `automated_decision` together with `marketing`, without `opt_out` (error); (b) a
//! purpose tagged `automated_decision` while the policy offers no `adm_explanation` or no
//! `adm_refusal` right (warning: whether a decision "significantly affects" people has no field,
//! so the author confirms or justifies). (c) differential pricing has no tag and is not checked.

use crate::diag::{codes::CodeInfo, Code, Diagnostic, Message, Severity};
use crate::ir::views::Purpose;
use crate::rules::{Ctx, Profile, Rule};
use crate::types::schema::Kind;

pub const RULE: Rule = Rule {
    info: CodeInfo {
        code: Code::new("PIPL-ADM-001"),
        severity: Severity::Error,
        title_en: "automated decisions without opt-out or explanation",
        title_zh: "自动化决策缺少不针对个人特征的选项、拒绝方式或说明",
    },
    profile: Profile::Pipl,
    article: "PIPL Art. 24, 55(2), 73(2); E-Commerce Law Art. 18 ¶1; GB/T 35273 7.4, 7.5, 7.7",
    check,
};

/// The rights Art. 24 ¶3 gives: the stdlib id and its name in Chinese.
const ADM_RIGHTS: &[(&str, &str)] = &[
    ("adm_explanation", "要求说明"),
    ("adm_refusal", "拒绝仅通过自动化决策作出决定"),
];

fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let offered = ctx.offered_rights();
    for purpose in ctx.items(Kind::Purpose) {
        let tags = Purpose(purpose).tags();
        let name = purpose.name();
        let personalised = tags.contains(&"personalization")
            || (tags.contains(&"automated_decision") && tags.contains(&"marketing"));
        // (a) Personalised push or marketing without a way out.
        if personalised && !Purpose(purpose).has(Purpose::OPT_OUT) {
            let mut d = Diagnostic::new(
                RULE.info.code,
                purpose.name_span(),
                Message::key("pipl-duties-adm-001--personalised-purpose-name-offers-no")
                    .arg("name", &name),
            )
            .with_label(Message::key("pipl-duties-adm-001--no-opt-out"))
            .with_help(Message::key(
                "pipl-duties-adm-001--add-opt-out-setting-switches",
            ));
            if let Some(field) = Purpose(purpose).field(Purpose::TAGS) {
                d = d.with_related(
                    field.span,
                    Message::key("pipl-duties-adm-001--personalised-processing"),
                );
            }
            out.push(d);
        }
        // (b) Automated decisions without the Art. 24 ¶3 rights.
        if tags.contains(&"automated_decision") {
            let missing: Vec<&(&str, &str)> = ADM_RIGHTS
                .iter()
                .filter(|(id, _)| !offered.contains(id))
                .collect();
            if missing.is_empty() {
                continue;
            }
            let en: Vec<String> = missing.iter().map(|(id, _)| format!("`{id}`")).collect();
            let zh: Vec<&str> = missing.iter().map(|(_, zh)| *zh).collect();
            let decls: Vec<String> = missing
                .iter()
                .map(|(id, _)| format!("`right {id}: pipl::{id} {{ via ... }}`"))
                .collect();
            let mut d = Diagnostic::new(
                RULE.info.code,
                purpose.name_span(),
                Message::key("pipl-duties-adm-001--purpose-name-makes-automated-decisions")
                    .arg("name", &name)
                    .arg("plural-s", &(if missing.len() > 1 { "s" } else { "" }))
                    .arg_en_zh("list", &(crate::rules::list_en(&en)), &(zh.join("、"))),
            )
            .with_label(Message::key("pipl-duties-adm-001--automated-decisions"))
            .with_help(
                Message::key("pipl-duties-adm-001--if-decisions-significantly-affect-people")
                    .arg_en_zh(
                        "list",
                        &(crate::rules::list_en(&decls)),
                        &(decls.join("、")),
                    ),
            );
            d.severity = Severity::Warning;
            out.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::core::tests::check;
    use crate::rules::pipl::tests::HEADER;

    const CATEGORY: &str =
        "category history {\n  label { zh: \"浏览记录\", en: \"browsing history\" }\n}\n";

    #[test]
    fn personalisation_without_opt_out_and_decisions_without_rights() {
        let text = format!(
            "{HEADER}{CATEGORY}purpose feed {{\n  label {{ zh: \"个性化推荐\", en: \"recommendations\" }}\n  uses history\n  basis pipl::consent\n  tags personalization\n}}\npurpose scoring {{\n  label {{ zh: \"信用评分\", en: \"credit scoring\" }}\n  uses history\n  basis pipl::consent\n  tags automated_decision\n}}\n"
        );
        assert_eq!(check(&text, "PIPL-ADM-001"), vec![(11, 9), (17, 9)]);
    }

    #[test]
    fn opt_out_and_rights() {
        let text = format!(
            "{HEADER}{CATEGORY}purpose feed {{\n  label {{ zh: \"个性化推荐\", en: \"recommendations\" }}\n  uses history\n  basis pipl::consent\n  tags personalization, automated_decision\n  opt_out {{ zh: \"设置中关闭个性化推荐\", en: \"turn off personalised recommendations in Settings\" }}\n}}\nright why: pipl::adm_explanation {{\n  via privacy@some.example\n}}\nright refuse: pipl::adm_refusal {{\n  via privacy@some.example\n}}\n"
        );
        assert!(check(&text, "PIPL-ADM-001").is_empty());
    }
}
