//! PIPL rules, transfer group (see the rules catalogue, section 2).

pub mod entr_001;
pub mod entr_002;
pub mod joint_001;
pub mod merge_001;
pub mod share_002;
pub mod share_003;
pub mod xb_001;
pub mod xb_003;

use crate::ir::views::Category;
use crate::ir::{Fields, Item, ItemId};
use crate::rules::{Ctx, Rule};
use crate::source::Span;

/// The rules of this group, in documentation order.
pub static RULES: &[&Rule] = &[
    &share_002::RULE,
    &share_003::RULE,
    &xb_001::RULE,
    &xb_003::RULE,
    &entr_001::RULE,
    &entr_002::RULE,
    &joint_001::RULE,
    &merge_001::RULE,
];

/// Whether `id` is the stdlib item `name` (a clause, a mechanism, ...).
pub(crate) fn is_std(ctx: &Ctx, id: ItemId, name: &str) -> bool {
    ctx.policy
        .std_origin(id)
        .is_some_and(|item| item.name() == name)
}

/// Which of the stdlib clauses `wanted` a `Clauses` field does not contain (lists expanded).
pub(crate) fn missing_clauses<'w>(
    ctx: &Ctx,
    fields: &Fields,
    key: &str,
    wanted: &[&'w str],
) -> Vec<&'w str> {
    let present = ctx.policy.clauses(fields, key);
    wanted
        .iter()
        .copied()
        .filter(|name| !present.iter().any(|c| is_std(ctx, *c, name)))
        .collect()
}

/// An empty span just after an item's last field: where a quick fix inserts a new field line.
pub(crate) fn after_last_field(item: &Item) -> Option<Span> {
    item.fields.0.last().map(|f| Span {
        file: f.span.file,
        start: f.span.end,
        end: f.span.end,
    })
}

/// Whether every category a flow carries is anonymized, or it is anonymized first: then it
/// carries no personal information (PIPL Art. 4).
pub(crate) fn carries_no_personal_information(ctx: &Ctx, flow: &Item) -> bool {
    if flow
        .fields
        .options("conditions")
        .contains(&"anonymized_first")
    {
        return true;
    }
    let categories: Vec<ItemId> = ["entrust", "share", "transfer", "disclose"]
        .iter()
        .flat_map(|key| flow.fields.refs(key))
        .collect();
    !categories.is_empty()
        && categories
            .iter()
            .all(|c| ctx.item(*c).and_then(|c| Category(c).identifiability()) == Some("anonymized"))
}
