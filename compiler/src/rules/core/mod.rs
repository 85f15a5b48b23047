//! CORE rules: logical consistency, run under every profile.

pub mod decl_001;
pub mod decl_002;
pub mod flow_001;
pub mod prom_001;
pub mod prom_002;
pub mod purp_001;
pub mod stor_001;

#[cfg(test)]
pub(crate) mod tests {
    /// A minimal, clean policy header (4 lines).
    pub const HEADER: &str =
        "policy acme {\n  controller { name { zh: \"某公司\", en: \"Some Co.\" }; email privacy@some.example }\n  effective 2024-01-01\n}\n";

    /// The 1-based (line, column) of every diagnostic with `code` when `text` is checked, and
    /// no diagnostic of any other code may appear with error severity before the rules run.
    pub fn check(text: &str, code: &str) -> Vec<(u32, u32)> {
        let a = crate::Workspace::from_text("policy.pol", text).analyze();
        let front: Vec<String> = a
            .diagnostics
            .iter()
            .filter(|d| d.is_error() && !d.code.is_rule())
            .map(|d| format!("{} {}", d.code, d.message.en()))
            .collect();
        assert!(front.is_empty(), "front-end errors: {front:?}");
        a.diagnostics
            .iter()
            .filter(|d| d.code.as_str() == code)
            .map(|d| {
                let lc =
                    a.db.get(d.primary.span.file)
                        .unwrap()
                        .line_col(d.primary.span.start);
                (lc.line, lc.column)
            })
            .collect()
    }
}
