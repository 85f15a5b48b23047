//! Backends: what `polc build` writes from a checked policy.

pub mod enforce;
