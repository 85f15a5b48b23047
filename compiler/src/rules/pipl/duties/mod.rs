//! PIPL rules, duties group (see the rules catalogue, section 2).

pub mod adm_001;
pub mod change_001;
pub mod minor_001;
pub mod minor_002;
pub mod mkt_001;
pub mod piia_001;
pub mod ret_002;
pub mod rights_002;
pub mod rights_003;
pub mod sec_001;

use crate::ir::views::Tagged;
use crate::ir::Item;
use crate::rules::Rule;
use crate::source::Span;

/// The rules of this group, in documentation order.
pub static RULES: &[&Rule] = &[
    &minor_001::RULE,
    &minor_002::RULE,
    &adm_001::RULE,
    &ret_002::RULE,
    &rights_002::RULE,
    &rights_003::RULE,
    &change_001::RULE,
    &mkt_001::RULE,
    &sec_001::RULE,
    &piia_001::RULE,
];

/// The span people should see for an item: its name, or its keyword when it has none
/// (`security`, `changes`, `minors`, an unnamed `retention`).
pub(crate) fn item_span(item: &Item) -> Span {
    match &item.name {
        Some(name) => name.span,
        None => Span::new(
            item.span.file,
            item.span.start as usize,
            item.span.start as usize + item.kind.keyword().len(),
        ),
    }
}

/// Whether an item (a category), or the standard item it descends from, carries a tag.
pub(crate) fn has_tag(ctx: &crate::rules::Ctx, item: &Item, tag: &str) -> bool {
    let mut current = Some(item);
    for _ in 0..8 {
        let Some(i) = current else { return false };
        if Tagged(i).tags().contains(&tag) {
            return true;
        }
        current = i.parent.and_then(|p| ctx.item(p));
    }
    false
}
