//! PIPL rules, notice group (see the rules catalogue, section 2).

pub mod consent_001;
pub mod consent_002;
pub mod contact_001;
pub mod notice_001;

use crate::rules::Rule;

/// The rules of this group, in documentation order.
pub static RULES: &[&Rule] = &[
    &notice_001::RULE,
    &contact_001::RULE,
    &consent_001::RULE,
    &consent_002::RULE,
];
