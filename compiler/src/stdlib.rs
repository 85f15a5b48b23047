//! The standard library, written in pol and embedded in the binary (see `build.rs`).
//!
//! Stdlib modules are ordinary sources with spans, so diagnostics, go-to-definition and hover
//! land in them like in the author's files. They are shown as `std/<module>.pol`.

include!(concat!(env!("OUT_DIR"), "/stdlib_modules.rs"));

/// The text of a stdlib module by its path (`std::pipl`).
pub fn module(path: &str) -> Option<(&'static str, &'static str)> {
    MODULES
        .iter()
        .find(|(m, _, _)| *m == path)
        .map(|(_, name, text)| (*name, *text))
}

/// The stdlib's syntax trees and any syntax errors in them, parsed once per process: the
/// stdlib never changes while the binary runs, and parsing it again on every keystroke in
/// the language server would be wasted work. Stdlib files always take the first file ids of a
/// [`crate::source::SourceDb`], in [`MODULES`] order, so the cached spans stay valid.
pub fn parsed() -> &'static [(
    std::sync::Arc<crate::syntax::ast::File>,
    Vec<crate::diag::Diagnostic>,
)] {
    type Parsed = Vec<(
        std::sync::Arc<crate::syntax::ast::File>,
        Vec<crate::diag::Diagnostic>,
    )>;
    static PARSED: std::sync::OnceLock<Parsed> = std::sync::OnceLock::new();
    PARSED.get_or_init(|| {
        MODULES
            .iter()
            .enumerate()
            .map(|(i, (_, _, text))| {
                let (tree, diags) = crate::syntax::parse(crate::source::FileId(i as u32), text);
                (std::sync::Arc::new(tree), diags)
            })
            .collect()
    })
}
