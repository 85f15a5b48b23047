//! The tree-sitter grammar parses every `.pol` file of the repository (the examples, the
//! stdlib, the starters) with no ERROR or MISSING node, its queries compile, and the committed
//! `src/parser.c` is what `tree-sitter generate` makes of `grammar.js` (checked when the
//! tree-sitter CLI is installed: on PATH, or named by `TREE_SITTER_CLI`).

use std::path::{Path, PathBuf};

use tree_sitter::{Language, Node, Parser, Query};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn language() -> Language {
    tree_sitter_pol::LANGUAGE.into()
}

#[cfg(test)]
fn pol_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            pol_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "pol") {
            out.push(path);
        }
    }
}

/// The first ERROR or MISSING node under `node`, as "line:column kind".
fn first_problem(node: Node) -> Option<String> {
    if node.is_error() || node.is_missing() {
        let p = node.start_position();
        return Some(format!(
            "{}:{} {}",
            p.row + 1,
            p.column + 1,
            if node.is_missing() {
                format!("MISSING {}", node.kind())
            } else {
                "ERROR".to_string()
            }
        ));
    }
    if !node.has_error() {
        return None;
    }
    let mut cursor = node.walk();
    let children: Vec<Node> = node.children(&mut cursor).collect();
    children.into_iter().find_map(first_problem)
}

#[cfg(test)]
fn parse(text: &str) -> tree_sitter::Tree {
    let mut parser = Parser::new();
    parser.set_language(&language()).unwrap();
    parser.parse(text, None).unwrap()
}

#[test]
fn every_pol_file_of_the_repository_parses_without_errors() {
    let mut files = Vec::new();
    for dir in ["examples", "stdlib", "compiler/cli/starter"] {
        pol_files(&repo().join(dir), &mut files);
    }
    assert!(files.len() >= 20, "only {} .pol files found", files.len());
    let mut problems = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let tree = parse(&text);
        if let Some(problem) = first_problem(tree.root_node()) {
            problems.push(format!("{}:{problem}", file.display()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_tree_has_the_compilers_shape() {
    let text = "use std::gbt35273 as gb\n\
                category phone: gb::basic_profile {\n\
                \x20 label { zh: \"手机号码\", en: \"phone\" }\n\
                \x20 examples { zh: \"a\", en: \"a\" },\n\
                \x20   { zh: \"b\", en: \"b\" }\n\
                \x20 required\n\
                }\n\
                right access: pipl::access { via team; within 15 working_days }\n";
    let tree = parse(text);
    let root = tree.root_node();
    assert_eq!(first_problem(root), None, "{}", root.to_sexp());
    let sexp = root.to_sexp();
    // Two declarations and a use; `required` is a field of its own, not a value of `examples`
    // (line breaks end fields), and `15 working_days` is one value of two terms.
    assert_eq!(root.named_child_count(), 3, "{sexp}");
    let category = root.named_child(1).unwrap();
    let body = category.child_by_field_name("body").unwrap();
    let keys: Vec<String> = (0..body.named_child_count())
        .filter_map(|i| body.named_child(i as u32))
        .filter_map(|f| f.child_by_field_name("key"))
        .map(|k| k.utf8_text(text.as_bytes()).unwrap().to_string())
        .collect();
    assert_eq!(keys, ["label", "examples", "required"], "{sexp}");
    assert!(
        sexp.contains("(field key: (identifier) value: (value (number) (path (identifier))))"),
        "{sexp}"
    );
}

#[test]
fn broken_text_yields_an_error_node() {
    let tree = parse("category phone {\n  label { zh: \"x\"\n");
    assert!(first_problem(tree.root_node()).is_some());
}

#[test]
fn the_queries_compile() {
    for (name, source) in [
        ("highlights", tree_sitter_pol::HIGHLIGHTS_QUERY),
        ("folds", tree_sitter_pol::FOLDS_QUERY),
    ] {
        if let Err(e) = Query::new(&language(), source) {
            panic!("queries/{name}.scm: {e}");
        }
    }
}

#[test]
fn the_committed_parser_is_generated_from_grammar_js() {
    let cli = std::env::var_os("TREE_SITTER_CLI")
        .map(PathBuf::from)
        .or_else(|| {
            std::process::Command::new("tree-sitter")
                .arg("--version")
                .output()
                .ok()
                .filter(|o| o.status.success())
                .map(|_| PathBuf::from("tree-sitter"))
        });
    let Some(cli) = cli else {
        eprintln!("tree-sitter CLI not installed: the generated parser is not compared");
        return;
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::env::temp_dir().join(format!("tree-sitter-pol-{}", std::process::id()));
    let status = std::process::Command::new(&cli)
        .current_dir(dir)
        .arg("generate")
        .arg("--output")
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success(), "tree-sitter generate failed");
    for file in ["parser.c", "grammar.json", "node-types.json"] {
        let fresh = std::fs::read_to_string(out.join(file)).unwrap();
        let committed = std::fs::read_to_string(dir.join("src").join(file)).unwrap_or_default();
        assert!(
            fresh == committed,
            "src/{file} is not generated from grammar.js: run `tree-sitter generate` in editors/tree-sitter-pol"
        );
    }
    let _ = std::fs::remove_dir_all(&out);
}
