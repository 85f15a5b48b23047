//! The standard library, written in pol and embedded in the binary (see `build.rs`).
//!
//! Stdlib modules are ordinary sources with spans, so diagnostics, go-to-definition and hover
//! land in them like in the author's files. They are shown as `std/<module>.pol`.

include!(concat!(env!("OUT_DIR"), "/stdlib_modules.rs"));

/// The text of a stdlib module by its path (`std::pipl`).
pub fn module(path: &str) -> Option<(&'static str, &'static str)> {
    MODULES.iter().find(|(m, _, _)| *m == path).map(|(_, name, text)| (*name, *text))
}
