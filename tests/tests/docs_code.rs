//! Every code block in `docs/` is checked, and every stdlib name the docs mention exists.
//!
//! The convention, for every Markdown file under `docs/`:
//!
//! - Every fenced block says its language (```` ```pol ````, ```` ```text ````, ```` ```sh ````,
//!   ...), so no policy text hides in an untagged block.
//! - ```` ```pol ```` blocks of `docs/language.md` use that page's own info strings and are
//!   checked by `language_doc.rs`; those of `docs/diagnostics.md` and `docs/rules/*.md` are
//!   the "Wrong / 错误示例" and "Right / 正确示例" examples that `fixtures.rs` checks code by code.
//! - Anywhere else, a ```` ```pol ```` block is a complete file: it analyzes with no syntax,
//!   name or type diagnostic (the legal rules' findings are set aside, as a short example is
//!   not a complete policy) and is already in `polc fmt`'s layout. A block that is
//!   deliberately wrong or only a fragment says so: ```` ```pol ignore ````, and is only
//!   required to be labelled.
//!
//! Inline code that names a stdlib item (`` `gb::basic_profile` ``, `` `std::pipl::consent` ``)
//! must name one that exists: docs/formatting.md once showed `gb::contact`, which does not.

use std::path::{Path, PathBuf};

use pol::Workspace;

fn docs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs")
}

/// Every Markdown file under docs/, sorted, as (path relative to the repository, text).
fn markdown_files() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "md") {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    walk(&docs_dir(), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let rel = p.strip_prefix(docs_dir()).unwrap().to_string_lossy();
            (
                format!("docs/{}", rel.replace('\\', "/")),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

struct Block {
    info: String,
    code: String,
    /// 1-based line of the opening fence.
    line: usize,
}

/// The fenced blocks of a Markdown text (fences may be indented, as in list items).
fn blocks(file: &str, text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut open: Option<(String, usize, String, usize)> = None;
    for (i, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        match open.take() {
            None => {
                if let Some(info) = trimmed.strip_prefix("```") {
                    open = Some((info.trim().to_string(), i + 1, String::new(), indent));
                }
            }
            Some((info, start, mut code, indent)) => {
                if trimmed == "```" {
                    out.push(Block {
                        info,
                        code,
                        line: start,
                    });
                } else {
                    code.push_str(line.get(indent..).unwrap_or(line.trim_start()));
                    code.push('\n');
                    open = Some((info, start, code, indent));
                }
            }
        }
    }
    assert!(open.is_none(), "{file} ends inside a code block");
    out
}

/// Files whose ```pol blocks another suite checks with that file's own conventions.
fn checked_elsewhere(file: &str) -> bool {
    file == "docs/language.md" || file == "docs/diagnostics.md" || file.starts_with("docs/rules/")
}

#[test]
fn every_code_block_in_docs_says_its_language() {
    let mut problems = Vec::new();
    for (file, text) in markdown_files() {
        for b in blocks(&file, &text) {
            if b.info.is_empty() {
                problems.push(format!(
                    "{file}:{}: a code block without a language (write ```text, ```sh, ```pol ...)",
                    b.line
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_pol_block_in_docs_checks() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for (file, text) in markdown_files() {
        if checked_elsewhere(&file) {
            continue;
        }
        for b in blocks(&file, &text) {
            let mut words = b.info.split_whitespace();
            if words.next() != Some("pol") {
                continue;
            }
            match words.collect::<Vec<_>>().as_slice() {
                [] => {}
                ["ignore"] => continue,
                other => {
                    problems.push(format!(
                        "{file}:{}: unknown info string `pol {}` (write `pol` or `pol ignore`)",
                        b.line,
                        other.join(" ")
                    ));
                    continue;
                }
            }
            checked += 1;
            let analysis = Workspace::from_text("example.pol", &b.code).analyze();
            for d in analysis.diagnostics.iter().filter(|d| !d.code.is_rule()) {
                problems.push(format!("{file}:{}: {} {}", b.line, d.code, d.message.en()));
            }
            match pol::format::format(&b.code) {
                Ok(formatted) if formatted == b.code => {}
                Ok(formatted) => problems.push(format!(
                    "{file}:{}: not in `polc fmt` layout; it would be:\n{formatted}",
                    b.line
                )),
                Err(e) => problems.push(format!("{file}:{}: cannot format: {e:?}", b.line)),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(
        checked >= 1,
        "no pol block checked outside the delegated files"
    );
}

/// The module prefixes that mean a stdlib module in the docs' prose: `std::` before a stdlib
/// module (`std::fs` in a Rust example is Rust's), each module's last segment (`pipl::`, as
/// written after `use std::pipl`), and the usual aliases `gb::` and `sec::`. Read from the
/// embedded stdlib, so a new module is covered without an edit here.
fn std_prefixes() -> Vec<String> {
    let mut out = vec!["gb::".to_string(), "sec::".to_string()];
    for (path, _, _) in pol::stdlib::MODULES {
        out.push(path.to_string());
        if let Some(last) = path.rsplit("::").next() {
            out.push(format!("{last}::"));
        }
    }
    out
}

/// The stdlib paths in a text's prose and code blocks: words like `gb::device` or
/// `std::pipl::exceptions::legal_duty`. Globs (`std::pipl::*`) name modules, checked too;
/// a prefix pattern (`pipl::reconsent_*`) is not a name. Deliberate mistakes are left out:
/// the sections under a "Wrong" heading and ```` ```pol expect ```` / ```` ```pol ignore ````
/// blocks.
fn std_paths(text: &str) -> Vec<(usize, String)> {
    let prefixes = std_prefixes();
    let mut out = Vec::new();
    let mut wrong_section = false;
    let mut skipped_block = false;
    let mut in_block = false;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if !in_block && trimmed.starts_with('#') {
            wrong_section = trimmed.contains("Wrong") || trimmed.contains("错误示例");
        }
        if let Some(info) = trimmed.strip_prefix("```") {
            if in_block {
                in_block = false;
                skipped_block = false;
            } else {
                in_block = true;
                skipped_block = info.starts_with("pol expect") || info.starts_with("pol ignore");
            }
            continue;
        }
        if wrong_section || (in_block && skipped_block) {
            continue;
        }
        let bytes = line.as_bytes();
        let mut start = 0;
        while start < bytes.len() {
            let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b':';
            if !is_word(bytes[start]) || (start > 0 && is_word(bytes[start - 1])) {
                start += 1;
                continue;
            }
            let mut end = start;
            while end < bytes.len() && is_word(bytes[end]) {
                end += 1;
            }
            let word = line[start..end].trim_end_matches(':');
            if prefixes.iter().any(|p| word.starts_with(p.as_str())) && word.contains("::") {
                let after = line.as_bytes().get(end).copied();
                let glob = after == Some(b'*') || after == Some(b'{');
                // `std::pipl::*` and `std::pipl::{...}`: the module before the glob.
                if glob && line[start..end].ends_with("::") {
                    out.push((i + 1, word.trim_end_matches("::").to_string()));
                } else if !glob {
                    out.push((i + 1, word.to_string()));
                }
            }
            start = end;
        }
    }
    out
}

#[test]
fn every_stdlib_name_in_docs_exists() {
    let mut problems = Vec::new();
    let mut seen = 0;
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
            .unwrap();
    let files = markdown_files()
        .into_iter()
        .chain([("README.md".to_string(), readme)]);
    for (file, text) in files {
        // The generated reference is made from the model; nothing there can be misspelt.
        if file == "docs/stdlib.md" {
            continue;
        }
        for (line, path) in std_paths(&text) {
            // An author's own module that happens to share a prefix (`pipl::` after
            // `use std::pipl`) is the stdlib's; `std::` followed by a non-module is a typo.
            seen += 1;
            if let Err(e) = pol::stdlib_docs::lookup(&path) {
                problems.push(format!("{file}:{line}: `{path}`: {e}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(seen > 50, "only {seen} stdlib names found in the docs");
}

#[test]
fn a_missing_stdlib_name_is_caught() {
    // The mistake docs/formatting.md once made: `gb::contact` is not a standard category
    // (`gb::contacts` is the address book; a phone number is `gb::basic_profile`).
    let found = std_paths("`category phone: gb::contact {` and `use std::pipl::*`");
    assert_eq!(
        found,
        vec![(1, "gb::contact".to_string()), (1, "std::pipl".to_string())]
    );
    let err = pol::stdlib_docs::lookup("gb::contact").unwrap_err();
    assert!(err.contains("gb::contact"), "{err}");
    assert!(pol::stdlib_docs::lookup("gb::basic_profile").is_ok());
}
