//! Compiles the generated parser (`src/parser.c`, committed, as is usual for tree-sitter
//! grammars, so that building needs neither node nor the tree-sitter CLI).

fn main() {
    let src = std::path::Path::new("src");
    cc::Build::new()
        .include(src)
        .file(src.join("parser.c"))
        .std("c11")
        .warnings(false)
        .compile("tree-sitter-pol");
    println!("cargo:rerun-if-changed=src/parser.c");
    println!("cargo:rerun-if-changed=src/tree_sitter/parser.h");
}
