//! Pairs the items of two versions: by kind and name, singletons by kind, then renames (same
//! kind, same meaning, new name), then unnamed items by content and order.

use std::collections::{BTreeMap, HashMap};

use super::canon::{Canon, Namer};
use crate::ir::{Item, ItemId, Policy};
use crate::types::schema::{spec, Kind, Naming};

pub type Content = BTreeMap<String, Vec<Canon>>;

/// How an old item and a new item correspond.
pub enum Pair<'a> {
    Same { old: &'a Item, new: &'a Item },
    Renamed { old: &'a Item, new: &'a Item },
    Added(&'a Item),
    Removed(&'a Item),
}

pub struct Matched<'a> {
    pub pairs: Vec<Pair<'a>>,
    /// Old item id -> the name it has in the new version, for renamed items.
    pub renamed: HashMap<ItemId, String>,
}

/// The items a diff compares: the author's, without the version history (which records
/// changes rather than being one).
fn compared(policy: &Policy) -> Vec<&Item> {
    policy
        .user_items()
        .filter(|i| i.kind != Kind::Revision)
        .collect()
}

fn key(item: &Item) -> (Kind, String) {
    match spec(item.kind).naming {
        // One per policy: the header and the singleton statements match whatever their name.
        Naming::Singleton => (item.kind, String::new()),
        _ if item.kind == Kind::Policy => (item.kind, String::new()),
        _ => (item.kind, item.name().to_string()),
    }
}

pub fn pair<'a>(old: &'a Policy, new: &'a Policy) -> Matched<'a> {
    let old_items = compared(old);
    let new_items = compared(new);
    let mut old_left: Vec<Option<&Item>> = old_items.iter().copied().map(Some).collect();
    let mut new_left: Vec<Option<&Item>> = new_items.iter().copied().map(Some).collect();
    let mut same: Vec<(&Item, &Item)> = Vec::new();

    // 1. Same kind and name (unnamed items wait for step 3).
    let mut by_key: HashMap<(Kind, String), usize> = HashMap::new();
    for (i, item) in new_items.iter().enumerate() {
        let k = key(item);
        if !k.1.is_empty() || k.0 == Kind::Policy || spec(k.0).naming == Naming::Singleton {
            by_key.entry(k).or_insert(i);
        }
    }
    for slot in old_left.iter_mut() {
        let Some(item) = *slot else { continue };
        if let Some(&j) = by_key.get(&key(item)) {
            if let Some(new_item) = new_left.get_mut(j).and_then(Option::take) {
                same.push((item, new_item));
                *slot = None;
            }
        }
    }

    // 2. Renames: an unmatched old item whose content equals an unmatched new item's of the
    // same kind. Renamed items may refer to each other, so repeat while renames are found.
    let mut renamed_pairs: Vec<(&Item, &Item)> = Vec::new();
    let mut renamed: HashMap<ItemId, String> = HashMap::new();
    let empty = HashMap::new();
    let new_namer = Namer {
        policy: new,
        renamed: &empty,
    };
    for _round in 0..4 {
        let mut found = false;
        let old_namer = Namer {
            policy: old,
            renamed: &renamed,
        };
        let mut found_now: Vec<(ItemId, String)> = Vec::new();
        for slot in old_left.iter_mut() {
            let Some(item) = *slot else { continue };
            if item.name.is_none() {
                continue;
            }
            let content = old_namer.item(item);
            let hit = new_left.iter_mut().find(|n| {
                n.is_some_and(|n| {
                    n.kind == item.kind && n.name.is_some() && new_namer.item(n) == content
                })
            });
            if let Some(new_item) = hit.and_then(Option::take) {
                renamed_pairs.push((item, new_item));
                found_now.push((item.id, new.qualified_name(new_item.id)));
                *slot = None;
                found = true;
            }
        }
        renamed.extend(found_now);
        if !found {
            break;
        }
    }

    // 3. Unnamed items of a kind (`retention { ... }`): equal content first, then in order.
    let old_namer = Namer {
        policy: old,
        renamed: &renamed,
    };
    for slot in old_left.iter_mut() {
        let Some(item) = *slot else { continue };
        if item.name.is_some() {
            continue;
        }
        let content = old_namer.item(item);
        let hit = new_left.iter_mut().find(|n| {
            n.is_some_and(|n| {
                n.kind == item.kind && n.name.is_none() && new_namer.item(n) == content
            })
        });
        if let Some(new_item) = hit.and_then(Option::take) {
            same.push((item, new_item));
            *slot = None;
        }
    }
    for slot in old_left.iter_mut() {
        let Some(item) = *slot else { continue };
        if item.name.is_some() {
            continue;
        }
        let hit = new_left
            .iter_mut()
            .find(|n| n.is_some_and(|n| n.kind == item.kind && n.name.is_none()));
        if let Some(new_item) = hit.and_then(Option::take) {
            same.push((item, new_item));
            *slot = None;
        }
    }

    let mut pairs: Vec<Pair> = Vec::new();
    pairs.extend(same.into_iter().map(|(old, new)| Pair::Same { old, new }));
    pairs.extend(
        renamed_pairs
            .into_iter()
            .map(|(old, new)| Pair::Renamed { old, new }),
    );
    pairs.extend(old_left.into_iter().flatten().map(Pair::Removed));
    pairs.extend(new_left.into_iter().flatten().map(Pair::Added));
    Matched { pairs, renamed }
}
