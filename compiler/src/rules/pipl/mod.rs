//! PIPL rules: the Personal Information Protection Law of the PRC, with the regulations,
//! CAC rules and GB/T 35273 duties the catalogue lists under the PIPL profile.

pub mod discl_001;
pub mod duties;
pub mod mobile;
pub mod notice;
pub mod ret_001;
pub mod rights_001;
pub mod sens_001;
pub mod share_001;
pub mod transfer;
pub mod xb_002;

use super::{Ctx, Rule};
use crate::diag::{Diagnostic, Message};
use crate::ir::views::Based;
use crate::ir::{Item, ItemId, Value};
use crate::source::Span;

/// The PIPL rules, in documentation order.
pub static RULES: &[&Rule] = &[
    &share_001::RULE,
    &sens_001::RULE,
    &xb_002::RULE,
    &discl_001::RULE,
    &ret_001::RULE,
    &rights_001::RULE,
];

/// Roles whose recipient is another handler under PIPL Art. 23 (catalogue §1.4): it decides
/// purposes and means of its own. A recipient with no standard role is taken as one too: a
/// `share` to it is a provision.
pub(crate) fn is_other_handler(ctx: &Ctx, recipient: ItemId) -> bool {
    match ctx.root_name(recipient) {
        None => true,
        Some(role) => matches!(
            role,
            "other_handler"
                | "affiliate"
                | "enterprise_customer"
                | "sdk_provider"
                | "acquirer"
                | "overseas_recipient"
        ),
    }
}

/// The value of an item's own `basis` whose consent form is ordinary or guardian consent, with
/// its span: what a quick fix replaces with `pipl::separate_consent`.
fn weak_consent_value(ctx: &Ctx, item: &Item) -> Option<(ItemId, Span)> {
    Based(item)
        .values(Based::BASIS)
        .find_map(|v| match v.value {
            Value::Ref(id) if matches!(ctx.consent_form(id), Some("general" | "guardian")) => {
                Some((id, v.span))
            }
            _ => None,
        })
}

/// Adds the quick fix "require separate consent" to `d` when `item` has an ordinary (or
/// guardian) consent basis of its own to replace: the fix SHARE-001, SENS-001, XB-002 and
/// DISCL-001 all offer.
pub(crate) fn with_separate_consent_fix(ctx: &Ctx, item: &Item, d: Diagnostic) -> Diagnostic {
    match weak_consent_value(ctx, item) {
        Some((_, span)) => d.with_fix(
            Message::key("pipl--require-separate-consent"),
            span,
            "pipl::separate_consent",
        ),
        None => d,
    }
}

/// The span of an item's own `basis` entry, if it has one.
pub(crate) fn basis_span(item: &Item) -> Option<Span> {
    Based(item).field(Based::BASIS).map(|f| f.span)
}

#[cfg(test)]
pub(crate) mod tests {
    /// A minimal policy header under the PIPL profile (7 lines, with `use std::pipl`).
    pub const HEADER: &str = "use std::pipl\n\npolicy acme {\n  controller { name { zh: \"某公司\", en: \"Some Co.\" }; email privacy@some.example }\n  effective 2024-01-01\n  profile pipl\n}\n";
}
