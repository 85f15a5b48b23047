//! Keeps the editor grammars in step with the schema (`compiler/src/types/schema.rs`).
//!
//! Both grammars are generic, like the compiler's parser (`kind name: parent { key values }`),
//! so the language's words live only in their highlighting lists:
//!
//! - the TextMate grammar `editors/vscode/syntaxes/pol.tmLanguage.json`: the `((?:a|b|...))`
//!   group of the repository rules `item-head` (kinds), `field-keys` (fields) and
//!   `option-words` (words of a fixed set);
//! - the tree-sitter query `editors/tree-sitter-pol/queries/highlights.scm`: the
//!   `#any-of?` lists after the comments `(schema: kinds)`, `(schema: fields)` and
//!   `(schema: options)`; `queries/helix/highlights.scm` is the same query with Helix's
//!   capture names.
//!
//! A kind, field or option added to the schema fails these tests until both grammars list it;
//! `POL_BLESS=1 cargo test -p pol-tests --test editor_grammars` rewrites the lists (and the
//! Helix query) from the schema.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use pol::types::schema::{FieldSpec, Ty, KINDS};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

const TEXTMATE: &str = "editors/vscode/syntaxes/pol.tmLanguage.json";
const HIGHLIGHTS: &str = "editors/tree-sitter-pol/queries/highlights.scm";
const HELIX_HIGHLIGHTS: &str = "editors/tree-sitter-pol/queries/helix/highlights.scm";

/// (list name, TextMate repository rule, the words the schema gives it).
fn lists() -> Vec<(&'static str, &'static str, Vec<String>)> {
    let kinds: Vec<String> = KINDS.iter().map(|k| k.keyword.to_string()).collect();
    let mut fields = BTreeSet::new();
    let mut options = BTreeSet::new();
    fn walk(fields: &[FieldSpec], keys: &mut BTreeSet<String>, words: &mut BTreeSet<String>) {
        for f in fields {
            keys.insert(f.key.to_string());
            match f.ty {
                Ty::Option(list) => words.extend(list.iter().map(|w| w.to_string())),
                Ty::Record(inner) => walk(inner, keys, words),
                _ => {}
            }
        }
    }
    for k in KINDS {
        walk(k.fields, &mut fields, &mut options);
    }
    // Keys every item or text accepts without a schema row: `allow CODE because "..."` and the
    // languages of bilingual text.
    fields.extend(["allow", "zh", "en"].map(String::from));
    // A flag's explicit value.
    options.extend(["yes", "no"].map(String::from));
    vec![
        ("kinds", "item-head", kinds),
        ("fields", "field-keys", fields.into_iter().collect()),
        ("options", "option-words", options.into_iter().collect()),
    ]
}

/// The byte range of the words inside the first `((?:...))` group of a regex.
fn textmate_group(regex: &str) -> Option<std::ops::Range<usize>> {
    let start = regex.find("((?:")? + 4;
    let end = start + regex[start..].find(')')?;
    Some(start..end)
}

fn textmate_words(grammar: &serde_json::Value, rule: &str) -> Result<Vec<String>, String> {
    let regex = grammar["repository"][rule]["match"]
        .as_str()
        .ok_or_else(|| format!("{TEXTMATE}: no repository rule `{rule}` with a `match`"))?;
    let range = textmate_group(regex)
        .ok_or_else(|| format!("{TEXTMATE}: `{rule}` has no (?:...) group"))?;
    Ok(regex[range].split('|').map(str::to_string).collect())
}

/// The byte range of the quoted words of the `#any-of?` after `(schema: NAME)`.
fn query_group(query: &str, name: &str) -> Option<std::ops::Range<usize>> {
    let marker = query.find(&format!("(schema: {name})"))?;
    let any_of = marker + query[marker..].find("(#any-of? @")?;
    // Past the capture name, up to the closing parentheses of the predicate.
    let start = any_of + query[any_of..].find(['\n', '"'])?;
    let end = start + query[start..].find(')')?;
    Some(start..end)
}

fn query_words(query: &str, name: &str) -> Result<Vec<String>, String> {
    let range = query_group(query, name)
        .ok_or_else(|| format!("{HIGHLIGHTS}: no `#any-of?` list after `(schema: {name})`"))?;
    Ok(query[range]
        .split_whitespace()
        .map(|w| w.trim_matches('"').to_string())
        .collect())
}

/// The Helix version of the query: the same patterns with Helix's capture names.
fn helix_query(query: &str) -> String {
    const RENAMES: &[(&str, &str)] = &[
        ("@comment @spell", "@comment"),
        ("@module", "@namespace"),
        ("@property", "@variable.other.member"),
        ("@number", "@constant.numeric"),
        ("@string.special.url", "@string.special.url"),
        ("@constant.macro", "@constant"),
        ("@keyword.import", "@keyword.control.import"),
        ("@type.definition", "@type"),
    ];
    let mut out = String::from(
        "; Generated from ../highlights.scm (Helix's capture names); do not edit by hand:\n\
         ; POL_BLESS=1 cargo test -p pol-tests --test editor_grammars rewrites it.\n\n",
    );
    let mut body = query.to_string();
    for (from, to) in RENAMES {
        body = body.replace(from, to);
    }
    out.push_str(&body);
    out
}

fn wrap_quoted(words: &[String]) -> String {
    let mut out = String::from("\n    ");
    let mut width = 4;
    for (i, w) in words.iter().enumerate() {
        let item = format!("\"{w}\"");
        if i > 0 {
            if width + 1 + item.len() > 96 {
                out.push_str("\n    ");
                width = 4;
            } else {
                out.push(' ');
                width += 1;
            }
        }
        width += item.len();
        out.push_str(&item);
    }
    out
}

fn bless() {
    let tm_path = root().join(TEXTMATE);
    let mut grammar: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&tm_path).unwrap()).unwrap();
    let mut query = std::fs::read_to_string(root().join(HIGHLIGHTS)).unwrap();
    for (name, rule, words) in lists() {
        let regex = grammar["repository"][rule]["match"]
            .as_str()
            .unwrap()
            .to_string();
        let range = textmate_group(&regex).unwrap();
        let mut sorted = words.clone();
        // Longest first, so that no word is cut short by a word it starts with.
        sorted.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let regex = format!(
            "{}{}{}",
            &regex[..range.start],
            sorted.join("|"),
            &regex[range.end..]
        );
        grammar["repository"][rule]["match"] = serde_json::Value::String(regex);
        let range = query_group(&query, name).unwrap();
        query.replace_range(range, &wrap_quoted(&words));
    }
    let mut json = serde_json::to_string_pretty(&grammar).unwrap();
    json.push('\n');
    std::fs::write(&tm_path, json).unwrap();
    std::fs::write(root().join(HIGHLIGHTS), &query).unwrap();
    let helix = root().join(HELIX_HIGHLIGHTS);
    std::fs::create_dir_all(helix.parent().unwrap()).unwrap();
    std::fs::write(helix, helix_query(&query)).unwrap();
}

#[test]
fn both_grammars_list_every_kind_field_and_option_of_the_schema() {
    if std::env::var_os("POL_BLESS").is_some() {
        bless();
    }
    let grammar: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(TEXTMATE)).unwrap()).unwrap();
    let query = std::fs::read_to_string(root().join(HIGHLIGHTS)).unwrap();
    let mut problems = Vec::new();
    for (name, rule, words) in lists() {
        for (file, listed) in [
            (TEXTMATE, textmate_words(&grammar, rule)),
            (HIGHLIGHTS, query_words(&query, name)),
        ] {
            let listed = match listed {
                Ok(listed) => listed,
                Err(e) => {
                    problems.push(e);
                    continue;
                }
            };
            let missing: Vec<&str> = words
                .iter()
                .filter(|w| !listed.contains(w))
                .map(String::as_str)
                .collect();
            if !missing.is_empty() {
                problems.push(format!(
                    "{file}: the {name} list lacks {}",
                    missing.join(", ")
                ));
            }
            let extra: Vec<&str> = listed
                .iter()
                .filter(|w| !words.contains(w))
                .map(String::as_str)
                .collect();
            if !extra.is_empty() {
                problems.push(format!(
                    "{file}: the {name} list has {}, which the schema does not",
                    extra.join(", ")
                ));
            }
        }
    }
    let helix = std::fs::read_to_string(root().join(HELIX_HIGHLIGHTS)).unwrap_or_default();
    if helix != helix_query(&query) {
        problems.push(format!(
            "{HELIX_HIGHLIGHTS} is not generated from {HIGHLIGHTS}"
        ));
    }
    assert!(
        problems.is_empty(),
        "the editor grammars are out of step with the schema; run \
         POL_BLESS=1 cargo test -p pol-tests --test editor_grammars\n{}",
        problems.join("\n")
    );
}

#[test]
fn a_word_missing_from_a_list_is_found() {
    // The check reads the lists the way the bless step writes them.
    let query = "; (schema: kinds)\n(x (#any-of? @keyword\n    \"policy\" \"category\"))\n";
    assert_eq!(
        query_words(query, "kinds").unwrap(),
        vec!["policy".to_string(), "category".to_string()]
    );
    let grammar = serde_json::json!({
        "repository": { "item-head": { "match": "^((?:category|policy))\\b" } }
    });
    assert_eq!(
        textmate_words(&grammar, "item-head").unwrap(),
        vec!["category".to_string(), "policy".to_string()]
    );
    assert!(lists()[0].2.contains(&"purpose".to_string()));
}
