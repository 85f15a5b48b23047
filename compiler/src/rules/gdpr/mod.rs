//! GDPR rules: Regulation (EU) 2016/679, checked under the `gdpr` profile.

pub mod adm_001;
pub mod art9_001;
pub mod basis_001;
pub mod child_001;
pub mod ctrl_001;
pub mod li_001;
pub mod notice_001;
pub mod object_001;
pub mod proc_001;
pub mod rights_001;
pub mod xfer_001;
pub mod xfer_002;

use super::{Ctx, Rule};
use crate::ir::ItemId;

/// The GDPR rules, in documentation order.
pub static RULES: &[&Rule] = &[
    &basis_001::RULE,
    &li_001::RULE,
    &notice_001::RULE,
    &ctrl_001::RULE,
    &art9_001::RULE,
    &xfer_001::RULE,
    &xfer_002::RULE,
    &rights_001::RULE,
    &object_001::RULE,
    &adm_001::RULE,
    &child_001::RULE,
    &proc_001::RULE,
];

/// Countries with an adequacy decision in force under Art. 45, from the Commission's list:
/// Andorra, Argentina, Canada (commercial organisations under PIPEDA), the Faroe Islands,
/// Guernsey, Israel, the Isle of Man, Japan, Jersey, New Zealand, the Republic of Korea,
/// Switzerland, the United Kingdom (renewed on 19 December 2025 until 27 December 2031) and
/// Uruguay. The United States is adequate only for organisations certified under the EU–US
/// Data Privacy Framework (Implementing Decision (EU) 2023/1795): see [`adequate_for`].
const ADEQUATE: &[&str] = &[
    "AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY",
];

/// Whether a recipient in `region` enjoys an adequacy decision: the country has one, or it is
/// the US and the recipient is stated as DPF-certified (`dpf_certified yes`).
pub(crate) fn adequate_for(recipient: &crate::ir::Item, region: &str) -> bool {
    ADEQUATE.contains(&region)
        || (region == "US" && recipient.fields.bool("dpf_certified") == Some(true))
}

/// The regions of a recipient outside the EEA with no adequacy decision for it.
pub(crate) fn third_countries(recipient: &crate::ir::Item) -> Vec<&str> {
    recipient
        .fields
        .strs("region")
        .into_iter()
        .filter(|r| !crate::meaning::territory::GDPR.contains(r) && !adequate_for(recipient, r))
        .collect()
}

/// Whether a basis is (or descends from) the stdlib's GDPR basis of this name.
pub(crate) fn is_gdpr_basis(ctx: &Ctx, id: ItemId, name: &str) -> bool {
    is_gdpr(ctx, id) && ctx.root_name(id) == Some(name)
}

/// The GDPR bases a purpose rests on.
pub(crate) fn gdpr_bases(ctx: &Ctx, purpose: &crate::ir::Item) -> Vec<ItemId> {
    purpose
        .fields
        .refs("basis")
        .into_iter()
        .filter(|b| is_gdpr(ctx, *b))
        .collect()
}

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
