//! `pol-tests`: integration suites for pol, one binary per file in `tests/tests/`.
//!
//! - `fixtures.rs`: every diagnostic code against `tests/fixtures/diagnostics/<CODE>/`, and the
//!   examples of `docs/diagnostics.md`;
//! - `robustness.rs`: hostile input and property tests;
//! - `language_doc.rs`: `docs/language.md` against the schema;
//! - `stdlib.rs`, `megvii.rs`: the standard library and the megvii example;
//! - `mutation.rs`: one injected violation per rule group.
//!
//! The crate has no code of its own; the CLI end-to-end tests live in `compiler/cli/tests/`,
//! where the `polc` binary is built for them.
