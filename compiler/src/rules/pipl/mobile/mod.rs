//! Mobile-app rules: the permission list, basic and extended functions, and the SDK list that
//! an app's policy is built around (docs/research/mobile-apps.md, part (c), says which texts
//! were read). They read the `permission` and `function` items and the recipients that are
//! SDKs; a policy without them is not an app's and none of these rules fires on it.

pub mod func_001;
pub mod func_002;
pub mod func_003;
pub mod perm_001;
pub mod perm_002;
pub mod perm_003;
pub mod perm_004;
pub mod sdk_001;
pub mod sdk_002;
pub mod sdk_003;
pub mod sdk_004;

use std::collections::HashMap;

use crate::ir::{Item, ItemId};
use crate::rules::{Ctx, Rule};
use crate::types::schema::Kind;

/// The mobile rules, in documentation order.
pub static RULES: &[&Rule] = &[
    &perm_001::RULE,
    &perm_002::RULE,
    &perm_003::RULE,
    &perm_004::RULE,
    &func_001::RULE,
    &func_002::RULE,
    &func_003::RULE,
    &sdk_001::RULE,
    &sdk_002::RULE,
    &sdk_003::RULE,
    &sdk_004::RULE,
];

/// Whether a recipient is an SDK: it names its catalogue id or packages, or its role is
/// `pipl::sdk_provider`.
pub(crate) fn is_sdk(ctx: &Ctx, recipient: &Item) -> bool {
    recipient.fields.has("sdk")
        || recipient.fields.has("packages")
        || ctx.root_name(recipient.id) == Some("sdk_provider")
}

/// The SDK recipients, in source order.
pub(crate) fn sdks<'a>(ctx: &'a Ctx) -> impl Iterator<Item = &'a Item> + 'a {
    ctx.items(Kind::Recipient).filter(|r| is_sdk(ctx, r))
}

/// The purposes a permission serves: its own `for` and those of the functions it names.
pub(crate) fn permission_purposes(ctx: &Ctx, permission: &Item) -> Vec<ItemId> {
    let mut out = permission.fields.refs("for");
    for f in permission.fields.refs("functions") {
        if let Some(function) = ctx.item(f) {
            out.extend(function.fields.refs("purposes"));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The function kind (`basic`, `extended`) of each function, and the functions of each
/// purpose.
pub(crate) fn functions_by_purpose<'a>(ctx: &Ctx<'a>) -> HashMap<ItemId, Vec<&'a Item>> {
    let mut map: HashMap<ItemId, Vec<&'a Item>> = HashMap::new();
    for function in ctx.items(Kind::Function) {
        for p in function.fields.refs("purposes") {
            map.entry(p).or_default().push(function);
        }
    }
    map
}

/// The catalogue, for the rules that read what an SDK is publicly documented to do. A broken
/// embedded catalogue is a test failure (mobile_catalogues.rs), not a reason to stop checking.
pub(crate) fn catalogue() -> Option<&'static crate::audit::Catalogue> {
    static CATALOGUE: std::sync::OnceLock<Option<crate::audit::Catalogue>> =
        std::sync::OnceLock::new();
    CATALOGUE
        .get_or_init(|| crate::audit::Catalogue::embedded().ok())
        .as_ref()
}

#[cfg(test)]
pub(crate) mod tests {
    /// The PIPL header plus the items every mobile test policy shares: a basic and an extended
    /// function over two purposes.
    pub fn policy(extra: &str) -> String {
        format!(
            "{}category photos {{\n  label {{ zh: \"照片\", en: \"photos\" }}\n}}\npurpose upload {{\n  label {{ zh: \"上传照片\", en: \"uploading photos\" }}\n  uses photos\n  basis pipl::consent\n}}\nfunction albums {{\n  label {{ zh: \"相册\", en: \"albums\" }}\n  kind basic\n  purposes upload\n}}\n{extra}",
            crate::rules::pipl::tests::HEADER
        )
    }
}
