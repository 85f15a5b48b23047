//! The message catalogues (compiler/catalogues/<tag>/*.ftl, docs/templates.md "Catalogues"):
//! every key the code uses is in every language with the same variables; a language added at
//! run time, with no Rust change, renders every diagnostic of every example and fixture; and
//! the wording still written in Rust (`Message::new(en, zh)`) does not grow.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use pol::diag::catalog::Catalogues;
use pol::diag::{Diagnostic, Locale, Message};
use pol::Workspace;

#[path = "support/example.rs"]
mod example;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(read) = std::fs::read_dir(dir) else {
        return;
    };
    for e in read.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The code outside tests: each file up to its `#[cfg(test)]` module.
fn sources() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    for d in ["compiler/src", "compiler/cli/src", "lsp/src"] {
        rust_files(&root().join(d), &mut files);
    }
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f).unwrap();
            let code = match text.find("\n#[cfg(test)]") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            (f, code)
        })
        .collect()
}

/// `key -> variables` of every catalogue, by language tag.
fn catalogues() -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    let var = regex::Regex::new(r"\{\s*\$([A-Za-z][A-Za-z0-9_-]*)").unwrap();
    let entry = regex::Regex::new(r"^([A-Za-z][A-Za-z0-9_-]*) =").unwrap();
    let mut out = BTreeMap::new();
    for lang in std::fs::read_dir(root().join("compiler/catalogues")).unwrap() {
        let lang = lang.unwrap().path();
        let tag = lang.file_name().unwrap().to_string_lossy().into_owned();
        let keys: &mut BTreeMap<String, BTreeSet<String>> = out.entry(tag).or_default();
        for f in std::fs::read_dir(&lang).unwrap() {
            let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
            let mut current: Option<String> = None;
            for line in text.lines() {
                if let Some(c) = entry.captures(line) {
                    current = Some(c[1].to_string());
                    keys.entry(c[1].to_string()).or_default();
                } else if !line.starts_with([' ', '}']) {
                    current = None;
                }
                if let Some(k) = &current {
                    let vars = keys.entry(k.clone()).or_default();
                    vars.extend(var.captures_iter(line).map(|c| c[1].to_string()));
                }
            }
        }
    }
    out
}

/// Every `Message::key("K")` in the code and the arguments chained onto it.
fn used_keys() -> BTreeMap<String, BTreeSet<String>> {
    let key = regex::Regex::new(r#"Message::key\(\s*"([^"]+)"\s*\)"#).unwrap();
    let arg =
        regex::Regex::new(r#"^\s*\.(?:arg|num|arg_msg|arg_translated|arg_en_zh)\(\s*"([^"]+)""#)
            .unwrap();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (_, code) in sources() {
        for c in key.captures_iter(&code) {
            let args = out.entry(c[1].to_string()).or_default();
            let mut rest = &code[c.get(0).unwrap().end()..];
            // Walk the chain: `.arg("name", &value)` calls, each with balanced brackets.
            while let Some(a) = arg.captures(rest) {
                args.insert(a[1].to_string());
                let start = a.get(0).unwrap().end();
                let mut depth = 1;
                let mut end = start;
                for (i, ch) in rest[start..].char_indices() {
                    match ch {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    if depth == 0 {
                        end = start + i + 1;
                        break;
                    }
                }
                rest = &rest[end..];
            }
        }
    }
    out
}

#[test]
fn every_key_is_in_every_catalogue_with_the_variables_the_code_passes() {
    let cats = catalogues();
    let used = used_keys();
    assert!(used.len() > 500, "only {} keys found", used.len());
    let mut problems = Vec::new();
    for (key, args) in &used {
        for (tag, keys) in &cats {
            match keys.get(key) {
                None => problems.push(format!("{tag}: no `{key}`")),
                Some(vars) if !vars.is_subset(args) => problems.push(format!(
                    "{tag}: `{key}` uses {vars:?} but the code passes {args:?}"
                )),
                Some(_) => {}
            }
        }
    }
    // A language may leave out a variable (Chinese needs no plural ending), but what the code
    // passes is used by some language, and a key the code no longer uses is gone.
    for (key, args) in &used {
        let mut seen = BTreeSet::new();
        for keys in cats.values() {
            seen.extend(keys.get(key).into_iter().flatten().cloned());
        }
        for a in args.difference(&seen) {
            problems.push(format!(
                "`{key}`: the code passes `{a}`, which no catalogue uses"
            ));
        }
    }
    let literals = regex::Regex::new(r#""([A-Za-z0-9][A-Za-z0-9_-]*--[A-Za-z0-9_-]+)""#).unwrap();
    let named: BTreeSet<String> = sources()
        .iter()
        .flat_map(|(_, code)| literals.captures_iter(code).map(|c| c[1].to_string()))
        .collect::<Vec<_>>()
        .into_iter()
        .collect();
    for (tag, keys) in &cats {
        for key in keys.keys() {
            if key.contains("--") && !named.contains(key) {
                problems.push(format!("{tag}: `{key}` is used nowhere"));
            }
        }
    }
    // Every embedded catalogue loads (syntax, duplicates).
    if let Err(e) = Catalogues::embedded() {
        problems.extend(e.iter().map(|e| e.to_string()));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A pseudo-locale made from the English catalogue: every message bracketed and its letters
/// accented, so that text not coming from it is visible.
fn pseudo(dir: &Path) {
    let lang = dir.join("en-XA");
    std::fs::create_dir_all(&lang).unwrap();
    for f in std::fs::read_dir(root().join("compiler/catalogues/en")).unwrap() {
        let f = f.unwrap().path();
        let text = std::fs::read_to_string(&f).unwrap();
        let mut out = String::new();
        for line in text.lines() {
            let (head, value) = match line.split_once(" = ") {
                Some((k, v)) if !line.starts_with([' ', '#']) => (format!("{k} = ⟦"), v),
                _ if line.starts_with(' ') => {
                    // A variant line: keep `[one]` / `*[other]` as it is.
                    match line.find(']') {
                        Some(i) if line.trim_start().starts_with(['[', '*']) => {
                            (line[..=i].to_string(), &line[i + 1..])
                        }
                        _ => (String::new(), line),
                    }
                }
                _ => {
                    out.push_str(line);
                    out.push('\n');
                    continue;
                }
            };
            out.push_str(&head);
            let mut depth = 0;
            for c in value.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                out.push(if depth == 0 { accent(c) } else { c });
            }
            out.push('\n');
        }
        std::fs::write(lang.join(f.file_name().unwrap()), out).unwrap();
    }
}

fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ó',
        'u' => 'ú',
        'n' => 'ñ',
        'c' => 'ç',
        _ => c,
    }
}

fn messages(d: &Diagnostic) -> Vec<&Message> {
    let mut out = vec![&d.message];
    out.extend(d.primary.message.iter());
    out.extend(d.related.iter().filter_map(|l| l.message.as_ref()));
    out.extend(d.help.iter());
    out.extend(d.fixes.iter().map(|f| &f.title));
    out
}

/// Every policy with something to say: the examples and the failing fixtures.
fn projects() -> Vec<(String, pol::Analysis)> {
    let mut out: Vec<(String, pol::Analysis)> = example::dirs()
        .into_iter()
        .map(|d| {
            (
                d.display().to_string(),
                Workspace::open(&d).unwrap().analyze(),
            )
        })
        .collect();
    let fixtures = root().join("tests/fixtures/diagnostics");
    let mut codes: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    codes.sort();
    for code in codes {
        let file = code.join("fail.pol");
        let dir = code.join("fail");
        if let Ok(text) = std::fs::read_to_string(&file) {
            out.push((
                file.display().to_string(),
                Workspace::from_text("fail.pol", &text).analyze(),
            ));
        } else if dir.is_dir() {
            if let Ok(ws) = Workspace::open(&dir) {
                out.push((dir.display().to_string(), ws.analyze()));
            }
        }
    }
    out
}

#[test]
fn a_language_added_at_run_time_renders_every_diagnostic() {
    let tmp = tempfile::tempdir().unwrap();
    pseudo(tmp.path());
    let cats = Catalogues::with_dir(tmp.path()).unwrap_or_else(|e| panic!("{e:?}"));
    let xa = Locale::new("en-XA");
    let mut leaks = BTreeSet::new();
    let mut count = 0;
    for (name, a) in projects() {
        for d in &a.diagnostics {
            for m in messages(d) {
                count += 1;
                let (text, gaps) = m.render_traced(&cats, &xa);
                for g in gaps {
                    leaks.insert(format!("{}: {g}", d.code));
                }
                if !text.contains('⟦') {
                    leaks.insert(format!(
                        "{name}: {}: not from the catalogue: {text}",
                        d.code
                    ));
                }
            }
        }
    }
    assert!(count > 500, "only {count} messages rendered");
    assert!(
        leaks.is_empty(),
        "{} messages bypass the catalogues:\n{}",
        leaks.len(),
        leaks.into_iter().collect::<Vec<_>>().join("\n")
    );
}

/// A code's title is the catalogue entry named by the code (`codes.ftl`): every code has one
/// in every language, and it says what the code's table says (the table feeds the rules
/// index and SARIF until they read the catalogues too).
#[test]
fn every_code_has_its_title_in_every_catalogue() {
    let cats = Catalogues::embedded().unwrap_or_else(|e| panic!("{e:?}"));
    let mut problems = Vec::new();
    let codes: Vec<_> = pol::diag::codes::all_codes()
        .chain([pol::diff::rule::INFO.code])
        .collect();
    assert!(codes.len() > 100, "only {} codes", codes.len());
    for code in codes {
        let info = code.info();
        for (tag, want) in [("en", info.title_en), ("zh", info.title_zh)] {
            let (text, gaps) = info.title().render_traced(&cats, &Locale::new(tag));
            if !gaps.is_empty() || text != want {
                problems.push(format!(
                    "{code} ({tag}): {text:?} {gaps:?}, the table says {want:?}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Wording written in Rust (`Message::new(en, zh)`), outside tests and the page backend
/// (whose wording moves with the page catalogues): none is left, and none may come back.
/// `python3 scripts/catalogue_messages.py` moves what a branch adds.
#[test]
fn no_wording_is_written_in_rust() {
    let found: Vec<String> = sources()
        .iter()
        .filter(|(f, _)| !f.to_string_lossy().contains("backends/site/"))
        .filter(|(_, code)| code.contains("Message::new("))
        .map(|(f, code)| format!("{}: {}", f.display(), code.matches("Message::new(").count()))
        .collect();
    assert!(
        found.is_empty(),
        "`Message::new(` calls: put the wording in compiler/catalogues/ with `Message::key`, \
         or run scripts/catalogue_messages.py\n{}",
        found.join("\n")
    );
}
