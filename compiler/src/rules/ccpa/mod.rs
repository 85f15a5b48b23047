//! CCPA rules: the California Consumer Privacy Act of 2018 as amended by the CPRA (Cal. Civ.
//! Code §§1798.100–1798.199.100) and the CCPA Regulations (Cal. Code Regs. tit. 11, §7000 ff.),
//! checked under the `ccpa` profile. The CCPA is not transfer-based: these rules read what is
//! sold or shared, what is sensitive, and what the notice at collection and the rights say.

pub mod cat_001;
pub mod gpc_001;
pub mod req_001;
pub mod ret_001;
pub mod rights_001;
pub mod sale_001;
pub mod spi_001;

use super::{Ctx, Rule};
use crate::ir::{Item, ItemId, Value};
use crate::types::schema::Kind;

/// The CCPA rules, in documentation order.
pub static RULES: &[&Rule] = &[
    &sale_001::RULE,
    &gpc_001::RULE,
    &spi_001::RULE,
    &rights_001::RULE,
    &req_001::RULE,
    &cat_001::RULE,
    &ret_001::RULE,
];

/// Whether an item is, or descends from, `std::ccpa::<name>`.
pub(crate) fn is_ccpa(ctx: &Ctx, id: ItemId, name: &str) -> bool {
    ctx.policy.lineage(id).any(|i| {
        i.name() == name
            && ctx
                .policy
                .module(i.module)
                .is_some_and(|m| m.is_std && m.path == "std::ccpa")
    })
}

/// What a flow does under the CCPA: a sale (personal information for monetary or other
/// valuable consideration, `consideration`) or sharing (to an `advertising_partner`, for
/// cross-context behavioural advertising). A flow that does not happen now is neither.
pub(crate) fn sells_or_shares(ctx: &Ctx, flow: &Item) -> Option<&'static str> {
    if !ctx.flows_from(flow.id).any(|e| e.modality.happens()) {
        return None;
    }
    if flow.fields.bool("consideration") == Some(true) {
        return Some("sells");
    }
    flow.fields
        .refs("to")
        .iter()
        .any(|r| is_ccpa(ctx, *r, "advertising_partner"))
        .then_some("shares")
}

/// The flows that sell or share, in source order.
pub(crate) fn sales_and_shares<'a>(ctx: &'a Ctx) -> Vec<(&'a Item, &'static str)> {
    ctx.items(Kind::Flow)
        .filter_map(|f| sells_or_shares(ctx, f).map(|what| (f, what)))
        .collect()
}

/// The policy's right descending from `std::ccpa::<name>` that California residents have.
pub(crate) fn right<'a>(ctx: &Ctx<'a>, name: &str) -> Option<&'a Item> {
    ctx.rights_of("ccpa")
        .into_iter()
        .find(|(_, origin)| origin.name() == name)
        .map(|(r, _)| r)
}

/// Whether a right can be exercised online, through a link: a `via` URL or a contact with one.
pub(crate) fn has_link(ctx: &Ctx, right: &Item) -> bool {
    right.fields.values("via").any(|v| match &v.value {
        Value::Url(_) => true,
        Value::Ref(id) => ctx.item(*id).is_some_and(|c| c.fields.has("url")),
        _ => false,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    /// A minimal policy header under the `ccpa` profile (6 lines, with `use std::ccpa`).
    pub const HEADER: &str = "use std::ccpa\npolicy acme {\n  controller { name { zh: \"某公司\", en: \"Some Co.\" }; email privacy@some.example; established US-CA }\n  effective 2024-01-01\n  profile ccpa\n}\n";
}
