use super::*;

fn fmt(text: &str) -> String {
    match format(text) {
        Ok(out) => out,
        Err(e) => panic!("not formatted: {e}"),
    }
}

#[test]
fn lays_out_indentation_spacing_and_blank_lines() {
    let messy = "use   std::pipl\n\n\n\ncategory phone :gb::contact{\n\n     label {zh:\"手机号码\" ,en: \"phone\"}\n   sensitive   yes\n\n}\npurpose p { uses [ a , b ] ; retention 3 years }\n";
    let want = "use std::pipl\n\ncategory phone: gb::contact {\n  label { zh: \"手机号码\", en: \"phone\" }\n  sensitive yes\n}\npurpose p { uses [a, b]; retention 3 years }\n";
    assert_eq!(fmt(messy), want);
}

#[test]
fn keeps_comments_and_trims_their_trailing_space() {
    let text = "// header   \ncategory x {   // trailing\n// inside\n  label { zh: \"甲\", en: \"x\" }\n    // before the end\n}\n";
    let want = "// header\ncategory x { // trailing\n  // inside\n  label { zh: \"甲\", en: \"x\" }\n  // before the end\n}\n";
    assert_eq!(fmt(text), want);
}

#[test]
fn continued_fields_get_a_hanging_indent() {
    let text = "policy p {\nproducts { zh: \"甲\", en: \"a\" },\n{ zh: \"乙\", en: \"b\" }\naudience a,\nb\n}\n";
    let want = "policy p {\n  products { zh: \"甲\", en: \"a\" },\n    { zh: \"乙\", en: \"b\" }\n  audience a,\n    b\n}\n";
    assert_eq!(fmt(text), want);
    // Fields separated by commas inside a block are fields, not continuations.
    let text = "x y {\n  label {\n    zh: \"甲\",\n    en: \"x\"\n  }\n}\n";
    assert_eq!(fmt(text), text);
}

#[test]
fn a_block_followed_by_more_values_hangs_like_them() {
    let text = "right r {\n  via {\n      zh: \"甲\"\n      en: \"a\"\n    },\n    {\n      zh: \"乙\"\n    },\n    c\n  within 3 days\n}\n";
    assert_eq!(fmt(text), text);
    let flat = text.replace("      ", "").replace("    ", "");
    assert_eq!(fmt(&flat), text);
    // `}, {` on one line: the values go on on the closer's line, nothing hangs.
    let joined = "section s {\n  body {\n    zh: \"甲\"\n  }, {\n    zh: \"乙\"\n  }\n}\n";
    assert_eq!(fmt(joined), joined);
}

#[test]
fn multi_line_lists_and_strings_are_kept() {
    let text =
        "x y {\n  uses [\n  a,\n        b,\n  ]\n  note \"line one\n   still the string\"\n}\n";
    let want =
        "x y {\n  uses [\n    a,\n    b,\n  ]\n  note \"line one\n   still the string\"\n}\n";
    assert_eq!(fmt(text), want);
}

#[test]
fn line_endings_and_the_end_of_file_are_normalised() {
    assert_eq!(fmt("x y {\r\n  a b\r\n}"), "x y {\n  a b\n}\n");
    assert_eq!(fmt(""), "");
    assert_eq!(fmt("\n\n// only a comment\n\n"), "// only a comment\n");
}

#[test]
fn refuses_files_with_syntax_errors() {
    assert!(matches!(
        format("category x {\n  label 手机\n}\n"),
        Err(FormatError::Syntax(d)) if !d.is_empty()
    ));
    assert!(matches!(format("x y {\n"), Err(FormatError::Syntax(_))));
}

#[test]
fn never_glues_tokens_into_another_token() {
    // `:` after a URL would become part of it if the space went.
    let text = "x y { a https://x.cn , b }\n";
    let out = fmt(text);
    assert!(same_meaning(text, &out));
    assert_eq!(out, "x y { a https://x.cn, b }\n");
}

#[test]
fn same_meaning_sees_a_moved_newline() {
    assert!(!same_meaning("x y {\n a b\n c d\n}", "x y {\n a b c d\n}"));
    assert!(same_meaning(
        "x y {\n a b\n\n\n c d\n}",
        "x y {\n  a b\n  c d\n}\n"
    ));
}

#[test]
fn the_synthetic_policy_is_stable() {
    let text = crate::synthetic::policy(300);
    let once = fmt(&text);
    assert_eq!(fmt(&once), once);
}

mod props {
    use super::*;
    use proptest::prelude::*;

    /// The synthetic policy with the whitespace between tokens changed at random: extra
    /// spaces and tabs within lines and at their starts, and runs of blank lines where there
    /// was one.
    fn perturb(text: &str, seeds: &[u8]) -> String {
        let mut out = String::new();
        let mut last = 0;
        for (i, (tok, range)) in lex(text).into_iter().enumerate() {
            let seed = seeds.get(i % seeds.len().max(1)).copied().unwrap_or(0);
            out.push_str(&text[last..range.start]);
            match (tok, seed % 4) {
                (Token::Newline, 0) if text[range.end..].starts_with('\n') => out.push_str("\n\n"),
                (Token::Newline, _) => {}
                (_, 1) => out.push(' '),
                (_, 2) => out.push('\t'),
                _ => {}
            }
            out.push_str(&text[range.clone()]);
            if tok == Token::Newline && seed % 3 == 0 {
                out.push_str("     ");
            }
            last = range.end;
        }
        out.push_str(&text[last..]);
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn layout_does_not_depend_on_the_input_whitespace(seeds in proptest::collection::vec(any::<u8>(), 1..64)) {
            let text = crate::synthetic::policy(60);
            let messy = perturb(&text, &seeds);
            let canonical = fmt(&text);
            prop_assert_eq!(fmt(&messy), canonical.clone());
            prop_assert_eq!(fmt(&canonical), canonical);
        }
    }
}
