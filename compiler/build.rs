//! Embeds the standard library: every `stdlib/**/*.pol` becomes a module `std::<path>`, so
//! adding a stdlib file needs no code change.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let root = manifest.join("../stdlib");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut out = String::from("/// `(module path, file name, text)` of every stdlib module.\npub static MODULES: &[(&str, &str, &str)] = &[\n");
    for (module, rel, abs) in &files {
        println!("cargo:rerun-if-changed={}", abs.display());
        let _ = writeln!(
            out,
            "    ({module:?}, {rel:?}, include_str!({:?})),",
            abs.display().to_string()
        );
    }
    out.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let dest = out_dir.join("stdlib_modules.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
    }
    embed_rule_docs(
        &manifest.join("../docs/rules"),
        &out_dir.join("rule_docs.rs"),
    );
    embed_catalogues(&manifest.join("catalogues"), &out_dir.join("catalogues.rs"));
}

/// Embeds every `catalogues/<language tag>/*.ftl`: the message catalogues. A new folder is a
/// new language, with no code change.
fn embed_catalogues(dir: &Path, dest: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let sorted = |d: &Path| {
        let mut v: Vec<PathBuf> = std::fs::read_dir(d)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect();
        v.sort();
        v
    };
    let mut out = String::from(
        "/// `(language tag, [(file name, text)])` of every embedded catalogue.\npub static CATALOGUES: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for lang in sorted(dir).iter().filter(|p| p.is_dir()) {
        let tag = lang
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        println!("cargo:rerun-if-changed={}", lang.display());
        let _ = writeln!(out, "    ({tag:?}, &[");
        for f in sorted(lang)
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        {
            println!("cargo:rerun-if-changed={}", f.display());
            let name = f
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let abs = f.canonicalize().unwrap_or_else(|_| f.clone());
            let _ = writeln!(
                out,
                "        ({name:?}, include_str!({:?})),",
                abs.display().to_string()
            );
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    if let Err(e) = std::fs::write(dest, out) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
    }
}

/// Embeds every `docs/rules/<CODE>.md`: the `polc explain` page of each legal rule.
fn embed_rule_docs(dir: &Path, dest: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut pages: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .filter_map(|p| {
            Some((
                p.file_stem()?.to_string_lossy().into_owned(),
                p.canonicalize().ok()?,
            ))
        })
        .collect();
    pages.sort();
    let mut out = String::from("/// `(code, page)` of every rule page in docs/rules/.\npub static PAGES: &[(&str, &str)] = &[\n");
    for (code, path) in &pages {
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(
            out,
            "    ({code:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push_str("];\n");
    if let Err(e) = std::fs::write(dest, out) {
        println!("cargo:warning=cannot write {}: {e}", dest.display());
    }
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "pol") {
            let rel = path.strip_prefix(root).unwrap_or(&path).with_extension("");
            let segments: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            let module = format!("std::{}", segments.join("::"));
            let name = format!("std/{}.pol", segments.join("/"));
            out.push((module, name, path.canonicalize().unwrap_or(path.clone())));
        }
    }
}
