//! pol: a compiler for privacy policies written as code.
//!
//! The pipeline, one folder per phase, each a pure function of its input that *returns*
//! diagnostics (nothing here prints or exits):
//!
//! 1. [`source`]: the source map. Files get a [`source::FileId`]; spans are byte ranges.
//! 2. [`syntax`]: logos lexer -> delimiter pass -> chumsky parser -> [`syntax::ast`].
//! 3. [`names`]: modules, imports and scopes; every reference resolved to a [`names::DefId`].
//! 4. [`types`]: the schema of each kind of item, typed literals and bilingual text, lowered
//!    into the typed model [`ir`].
//! 5. [`meaning`]: what the checked model means, computed once: every way data moves (to
//!    whom, for which purpose, with which modality, under which conditions and on which basis).
//! 6. [`rules`] check the model and its meaning; [`backends`] turn them into the site, the
//!    manifest and the enforcement config.
//!
//! [`workspace`] ties the phases together behind one API used by the CLI, the language server
//! and the tests: load a project, get the typed model and the diagnostics, ask what is at a
//! position. [`fsio`] is the one way a user file is written (atomically, symlink-safe).

pub mod audit;
pub mod backends;
pub mod diag;
pub mod diff;
pub mod format;
pub mod fsio;
pub mod ir;
pub mod meaning;
pub mod names;
pub mod project;
pub mod rules;
pub mod source;
pub mod stdlib;
pub mod stdlib_docs;
pub mod syntax;
pub mod synthetic;
pub mod types;
pub mod workspace;

pub use workspace::{Analysis, ItemAt, LoadError, Workspace};
