//! The tree-sitter grammar of pol (`grammar.js`), for editors and tools that read `.pol` files
//! without the compiler: highlighting (`queries/highlights.scm`), folding (`queries/folds.scm`).
//!
//! ```
//! let mut parser = tree_sitter::Parser::new();
//! parser.set_language(&tree_sitter_pol::LANGUAGE.into()).unwrap();
//! let tree = parser.parse("use std::pipl\n", None).unwrap();
//! assert!(!tree.root_node().has_error());
//! ```

use tree_sitter_language::LanguageFn;

extern "C" {
    fn tree_sitter_pol() -> *const ();
}

/// The pol language, for `tree_sitter::Parser::set_language`.
#[allow(
    unsafe_code,
    reason = "the generated C parser is reached through this one FFI function"
)]
pub const LANGUAGE: LanguageFn = unsafe { LanguageFn::from_raw(tree_sitter_pol) };

/// The highlight query (nvim-treesitter capture names).
pub const HIGHLIGHTS_QUERY: &str = include_str!("../../queries/highlights.scm");

/// The fold query.
pub const FOLDS_QUERY: &str = include_str!("../../queries/folds.scm");
