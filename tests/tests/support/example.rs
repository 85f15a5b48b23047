//! What the example suites (tests/tests/<example>.rs) share: loading an example and finding
//! the author's items and their texts in its typed model. Each suite states its own facts.

#![allow(
    dead_code,
    reason = "each example suite uses the helpers its facts need, not all of them"
)]

use std::path::{Path, PathBuf};

use pol::ir::{Item, ItemId, Policy};
use pol::types::schema::Kind;
use pol::{Analysis, Workspace};

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples")
}

/// The analysis of `examples/<name>`.
pub fn analyze(name: &str) -> Analysis {
    Workspace::open(&examples_dir().join(name))
        .unwrap()
        .analyze()
}

/// Every example project under examples/, sorted. Each directory there must be a project
/// (with `pol.toml` or `policy.pol`): one that is not is a mistake the suites report.
pub fn dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(examples_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    for d in &dirs {
        assert!(
            d.join("pol.toml").is_file() || d.join("policy.pol").is_file(),
            "{} is not an example project",
            d.display()
        );
    }
    dirs.sort();
    assert!(!dirs.is_empty(), "no examples found");
    dirs
}

/// The author's item of `kind` named `name`.
pub fn item<'p>(policy: &'p Policy, kind: Kind, name: &str) -> &'p Item {
    policy
        .of_kind(kind)
        .find(|i| i.name() == name)
        .unwrap_or_else(|| panic!("no {} `{name}`", kind.keyword()))
}

/// The one item of a singleton kind (`minors`, `security`, ...).
pub fn single(policy: &Policy, kind: Kind) -> &Item {
    let all: Vec<&Item> = policy.of_kind(kind).collect();
    assert_eq!(all.len(), 1, "{}", kind.keyword());
    all[0]
}

/// The qualified names of `ids`, in order.
pub fn names(policy: &Policy, ids: &[ItemId]) -> Vec<String> {
    ids.iter().map(|id| policy.qualified_name(*id)).collect()
}

/// The qualified name of an item's parent (`: parent`), or "" when it has none.
pub fn parent(policy: &Policy, item: &Item) -> String {
    item.parent
        .map(|id| policy.qualified_name(id))
        .unwrap_or_default()
}

/// The Chinese text of field `key`.
pub fn zh<'a>(item: &'a Item, key: &str) -> &'a str {
    item.fields
        .text(key)
        .and_then(|t| t.zh.as_deref())
        .unwrap_or_else(|| panic!("no zh {key}"))
}

/// The English text of field `key`.
pub fn en<'a>(item: &'a Item, key: &str) -> &'a str {
    item.fields
        .text(key)
        .and_then(|t| t.en.as_deref())
        .unwrap_or_else(|| panic!("no en {key}"))
}

/// Every diagnostic the analysis reports (suppressed ones are not reported), as
/// "CODE file: message", so a failing `assert_eq!` against an empty list shows them all.
pub fn unsilenced(analysis: &Analysis) -> Vec<String> {
    analysis
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{} {}: {}",
                d.code,
                analysis.db.name(d.primary.span.file),
                d.message.en()
            )
        })
        .collect()
}

/// The paths of the author's modules (not the stdlib's), sorted.
pub fn author_modules(analysis: &Analysis) -> Vec<&str> {
    let mut modules: Vec<&str> = analysis
        .policy
        .modules
        .iter()
        .filter(|m| !m.is_std)
        .map(|m| m.path.as_str())
        .collect();
    modules.sort_unstable();
    modules
}
