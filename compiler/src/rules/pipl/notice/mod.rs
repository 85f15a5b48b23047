//! PIPL rules, notice group (see the rules catalogue, section 2).

pub mod basis_001;
pub mod consent_001;
pub mod consent_002;
pub mod contact_001;
pub mod notice_001;
pub mod notice_002;
pub mod sens_002;
pub mod sens_003;

use crate::rules::Rule;

/// The rules of this group, in documentation order.
pub static RULES: &[&Rule] = &[
    &notice_001::RULE,
    &contact_001::RULE,
    &consent_001::RULE,
    &consent_002::RULE,
    &notice_002::RULE,
    &basis_001::RULE,
    &sens_002::RULE,
    &sens_003::RULE,
];
