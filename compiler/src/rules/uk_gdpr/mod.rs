//! UK GDPR rules: the UK GDPR and the Data Protection Act 2018, checked under the `uk_gdpr`
//! profile. The UK's territory is the United Kingdom: a transfer is data leaving the UK, even to
//! the EEA (covered by UK adequacy regulations).

pub mod ico_001;
pub mod rep_001;
pub mod xfer_001;

use super::{Ctx, Rule};
use crate::ir::ItemId;

/// The UK GDPR rules, in documentation order.
pub static RULES: &[&Rule] = &[&xfer_001::RULE, &ico_001::RULE, &rep_001::RULE];

/// Whether a mechanism or basis belongs to the UK GDPR: its `profile` says so, or it is
/// defined in `std::uk_gdpr`.
pub(crate) fn is_uk(ctx: &Ctx, id: ItemId) -> bool {
    ctx.item(id).is_some_and(|item| {
        item.fields.option("profile") == Some("uk_gdpr")
            || ctx
                .policy
                .module(item.module)
                .is_some_and(|m| m.is_std && m.path == "std::uk_gdpr")
    })
}

#[cfg(test)]
pub(crate) mod tests {
    /// A minimal policy header for a UK controller under `uk_gdpr` (6 lines).
    pub const HEADER: &str = "use std::uk_gdpr\npolicy acme {\n  controller { name { zh: \"某公司\", en: \"Some Ltd\" }; email privacy@some.example; established GB }\n  effective 2024-01-01\n  profile uk_gdpr\n}\n";
}
