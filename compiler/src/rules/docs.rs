//! Rule documentation: the embedded `docs/rules/<CODE>.md` pages (`polc explain`) and the
//! generated index `docs/rules.md`.

use crate::diag::Code;

include!(concat!(env!("OUT_DIR"), "/rule_docs.rs"));

/// The explain page of a rule.
pub fn page(code: Code) -> Option<&'static str> {
    PAGES
        .iter()
        .find(|(c, _)| *c == code.as_str())
        .map(|(_, text)| text.trim_end())
}

/// `docs/rules.md`: every rule by code, with its severity, profile, title and article.
pub fn index_markdown() -> String {
    let mut out = String::from(
        "# Legal rules\n\n\
         Generated from the rule registry (`compiler/src/rules/`); do not edit by hand. A test\n\
         fails when this file is out of date: run `POL_BLESS=1 cargo test -p pol rules_index` to\n\
         regenerate it. `polc explain CODE` prints each rule's page (`docs/rules/CODE.md`), with\n\
         a wrong and a right example.\n\n\
         | Code | Severity | Profile | Title | 标题 | Rests on |\n\
         | --- | --- | --- | --- | --- | --- |\n",
    );
    for rule in super::registry() {
        let i = &rule.info;
        out.push_str(&format!(
            "| [{code}](rules/{code}.md) | {sev} | {profile} | {en} | {zh} | {article} |\n",
            code = i.code,
            sev = i.severity.as_str(),
            profile = rule.profile.as_str(),
            en = i.title_en,
            zh = i.title_zh,
            article = rule.article,
        ));
    }
    let diff_rule = &crate::diff::rule::INFO;
    out.push_str(&format!(
        "\n## Checked by `polc diff`\n\n\
         This rule compares two versions of a policy, so `polc diff OLD NEW` reports it, not\n\
         `polc check`.\n\n\
         | Code | Severity | Profile | Title | 标题 | Rests on |\n\
         | --- | --- | --- | --- | --- | --- |\n\
         | [{code}](rules/{code}.md) | {sev} | pipl | {en} | {zh} | {article} |\n",
        code = diff_rule.code,
        sev = diff_rule.severity.as_str(),
        en = diff_rule.title_en,
        zh = diff_rule.title_zh,
        article = crate::diff::rule::ARTICLE,
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_index_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/rules.md");
        let expected = index_markdown();
        if std::env::var_os("POL_BLESS").is_some() {
            std::fs::write(path, &expected).unwrap();
        }
        let actual = std::fs::read_to_string(path).unwrap_or_default();
        assert_eq!(
            actual, expected,
            "docs/rules.md is stale: run POL_BLESS=1 cargo test -p pol rules_index"
        );
    }

    #[test]
    fn every_rule_has_a_page_with_both_examples_and_its_article() {
        let codes = super::super::registry()
            .map(|r| r.info.code)
            .chain([crate::diff::rule::INFO.code]);
        for code in codes {
            let page = page(code).unwrap_or_else(|| panic!("docs/rules/{code}.md is missing"));
            assert!(
                page.starts_with(&format!("# {code}")),
                "{code}: page must start with `# {code}`"
            );
            assert!(
                page.matches("```pol").count() >= 2,
                "{code}: needs a wrong and a right example"
            );
            assert!(
                page.contains("Wrong") && page.contains("Right"),
                "{code}: label the examples"
            );
            assert!(
                page.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{code}: no Chinese"
            );
        }
    }
}
