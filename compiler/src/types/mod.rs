//! Types: the schema of the language, typed literals, and lowering the syntax tree into the
//! typed model ([`crate::ir`]).

pub mod literals;
pub mod lower;
pub mod schema;
