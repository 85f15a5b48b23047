//! GDPR rules: Regulation (EU) 2016/679, checked under the `gdpr` profile.
//!
//! NOTE: this file was reconstructed by the notice-group helper after it overwrote it by
//! mistake; the GDPR helper or the lead should check it against the original.

pub mod art9_001;
pub mod basis_001;
pub mod notice_001;
pub mod proc_001;
pub mod rights_001;
pub mod xfer_001;

use super::{Ctx, Rule};
use crate::ir::ItemId;

/// The GDPR rules, in documentation order.
pub static RULES: &[&Rule] = &[
    &basis_001::RULE,
    &notice_001::RULE,
    &art9_001::RULE,
    &xfer_001::RULE,
    &rights_001::RULE,
    &proc_001::RULE,
];

/// Whether a basis, mechanism or other definition belongs to the GDPR: its `profile` says so,
/// or it is defined in `std::gdpr`.
pub(crate) fn is_gdpr(ctx: &Ctx, id: ItemId) -> bool {
    ctx.item(id).is_some_and(|item| {
        item.fields.option("profile") == Some("gdpr")
            || ctx
                .policy
                .module(item.module)
                .is_some_and(|m| m.is_std && m.path == "std::gdpr")
    })
}

#[cfg(test)]
pub(crate) mod tests {
    /// A minimal policy header under the PIPL and GDPR profiles (7 lines, with `use std::pipl`
    /// and `use std::gdpr`).
    pub const HEADER: &str = "use std::pipl\nuse std::gdpr\npolicy acme {\n  controller { name { zh: \"某公司\", en: \"Some Co.\" }; email privacy@some.example }\n  effective 2024-01-01\n  profile pipl, gdpr\n}\n";
}
