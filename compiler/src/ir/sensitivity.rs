//! Sensitivity per law. Each law draws its own line: PIPL's sensitive personal information
//! (Art. 28, GB/T 35273 Appendix B), the GDPR's special categories (Art. 9(1)) and
//! criminal-offence data (Art. 10), the CCPA's sensitive personal information (§1798.140(ae)).
//! A category reaches a law's list through its `: parent` chain and through `maps_to`, which
//! names the categories of other lists it also falls under (`std::core` maps every neutral
//! category to GB/T 35273, the GDPR and the CCPA); so a rule asks "sensitive under my law",
//! never a single flag.

use std::collections::HashSet;

use super::{Item, ItemId, Policy};

/// The stdlib categories that make a category sensitive under each law other than PIPL, whose
/// line is the `sensitive` flag of GB/T 35273's categories.
const GDPR_SPECIAL: &[&str] = &["special_category", "criminal_convictions"];
const CCPA_SENSITIVE: &[&str] = &["sensitive_personal_information"];
/// The stdlib modules of the other laws' lists, which PIPL's sensitivity does not follow.
const OTHER_LAWS: &[&str] = &["std::gdpr", "std::uk_gdpr", "std::ccpa"];

/// How many categories `ancestry` visits at most: chains are short (eight parents) and each
/// maps to a handful, so this only stops a cycle of `maps_to` that names reports elsewhere.
const MAX_ANCESTRY: usize = 64;

impl Policy {
    /// A category and every category it falls under: its `: parent` chain and, for each item
    /// of it, the categories its `maps_to` names with their own chains and mappings, nearest
    /// first, each once. For an item of another kind (no `maps_to`) this is its lineage.
    pub fn ancestry(&self, id: ItemId) -> Vec<&Item> {
        let mut out: Vec<&Item> = Vec::new();
        let mut queue = std::collections::VecDeque::from([id]);
        while let Some(next) = queue.pop_front() {
            for item in self.lineage(next) {
                if out.len() >= MAX_ANCESTRY {
                    return out;
                }
                if out.iter().any(|seen| seen.id == item.id) {
                    continue;
                }
                out.push(item);
                queue.extend(item.fields.refs("maps_to"));
            }
        }
        out
    }

    /// Whether a category is sensitive under a profile (`pipl`, `gdpr`, `uk_gdpr`, `ccpa`):
    /// - `pipl`: the nearest `sensitive` of its chain decides (the author's, else the GB/T
    ///   35273 category's); a `maps_to` on the way adds the sensitivity of what it names, so
    ///   `std::core::health` is sensitive through `gb::sensitive_health`.
    /// - `gdpr`, `uk_gdpr`: it falls under a special category of `std::gdpr` (Art. 9(1)) or
    ///   under criminal-offence data (Art. 10). The list is closed: `sensitive` alone does not
    ///   make a category special, and `sensitive no` does not unmake it.
    /// - `ccpa`: it falls under `ccpa::sensitive_personal_information` (§1798.140(ae)),
    ///   likewise a closed list.
    ///
    /// Any other profile has no such notion: false.
    pub fn sensitive_under(&self, category: ItemId, profile: &str) -> bool {
        match profile {
            "pipl" => self.pipl_sensitive(category, &mut HashSet::new()),
            "gdpr" | "uk_gdpr" => self.falls_under(category, "std::gdpr", GDPR_SPECIAL),
            "ccpa" => self.falls_under(category, "std::ccpa", CCPA_SENSITIVE),
            _ => false,
        }
    }

    /// The profiles among `profiles` under which the category is sensitive, in their order.
    pub fn sensitive_profiles<'p>(&self, category: ItemId, profiles: &[&'p str]) -> Vec<&'p str> {
        profiles
            .iter()
            .copied()
            .filter(|p| self.sensitive_under(category, p))
            .collect()
    }

    fn pipl_sensitive(&self, category: ItemId, seen: &mut HashSet<ItemId>) -> bool {
        // Each category is looked at once per question: `maps_to` may name many categories
        // that name each other (or a cycle), and following every path again would take time
        // exponential in the number of categories.
        if !seen.insert(category) {
            return false;
        }
        for item in self.lineage(category) {
            if let Some(flag) = item.fields.bool("sensitive") {
                return flag;
            }
            // Another law's list says nothing about PIPL: `ccpa::sensitive_personal_information`
            // carries `sensitive` for a category that names it as parent, not for one mapped
            // to it from a neutral category.
            for target in item.fields.refs("maps_to") {
                if !self.in_module(target, OTHER_LAWS) && self.pipl_sensitive(target, seen) {
                    return true;
                }
            }
        }
        false
    }

    fn in_module(&self, id: ItemId, modules: &[&str]) -> bool {
        self.item(id)
            .and_then(|item| self.module(item.module))
            .is_some_and(|m| m.is_std && modules.contains(&m.path.as_str()))
    }

    fn falls_under(&self, category: ItemId, module: &str, roots: &[&str]) -> bool {
        self.ancestry(category).iter().any(|item| {
            roots.contains(&item.name())
                && self
                    .module(item.module)
                    .is_some_and(|m| m.is_std && m.path == module)
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::types::schema::Kind;

    fn policy(text: &str) -> crate::ir::Policy {
        crate::Workspace::from_text("t.pol", text).analyze().policy
    }

    fn id(p: &crate::ir::Policy, name: &str) -> crate::ir::ItemId {
        p.of_kind(Kind::Category)
            .find(|c| c.name() == name)
            .map(|c| c.id)
            .unwrap_or_else(|| panic!("no category {name}"))
    }

    #[test]
    fn each_law_draws_its_own_line() {
        let p = policy(
            "use std::core\nuse std::gbt35273 as gb\n\
             category votes: core::political_opinion {\n  label { zh: \"政治观点\", en: \"political views\" }\n}\n\
             category account: core::bank_account {\n  label { zh: \"银行账户\", en: \"bank account\" }\n}\n\
             category face: gb::sensitive_biometric {\n  label { zh: \"人脸\", en: \"face\" }\n}\n\
             category belief: core::religious_belief {\n  label { zh: \"信仰\", en: \"belief\" }\n}\n\
             category mail: gb::basic_profile {\n  label { zh: \"邮箱\", en: \"email\" }\n  sensitive\n}\n",
        );
        let votes = id(&p, "votes");
        assert!(!p.sensitive_under(votes, "pipl"));
        assert!(p.sensitive_under(votes, "gdpr"));
        assert!(p.sensitive_under(votes, "uk_gdpr"));
        // §1798.140(ae) does not list political opinions.
        assert!(!p.sensitive_under(votes, "ccpa"));
        let account = id(&p, "account");
        assert!(p.sensitive_under(account, "pipl"));
        assert!(!p.sensitive_under(account, "gdpr"));
        assert!(!p.sensitive_under(account, "ccpa"));
        // A GB/T 35273 parent keeps its meaning, and the GDPR now reads it from the stdlib.
        let face = id(&p, "face");
        assert_eq!(
            p.sensitive_profiles(face, &["pipl", "gdpr", "ccpa"]),
            ["pipl", "gdpr"]
        );
        let belief = id(&p, "belief");
        assert_eq!(
            p.sensitive_profiles(belief, &["pipl", "gdpr", "ccpa"]),
            ["pipl", "gdpr", "ccpa"]
        );
        // The author's `sensitive` is PIPL's notion; it does not widen a closed list.
        let mail = id(&p, "mail");
        assert_eq!(
            p.sensitive_profiles(mail, &["pipl", "gdpr", "ccpa"]),
            ["pipl"]
        );
    }

    #[test]
    fn the_nearest_sensitive_decides_under_pipl() {
        let p = policy(
            "use std::core\n\
             category record: core::health {\n  label { zh: \"病历\", en: \"medical record\" }\n  sensitive no\n}\n",
        );
        let record = id(&p, "record");
        assert!(!p.sensitive_under(record, "pipl"));
        assert!(p.sensitive_under(record, "gdpr"));
    }

    #[test]
    fn a_cycle_of_mappings_ends() {
        let p = policy(
            "category a {\n  label { zh: \"甲\", en: \"a\" }\n  maps_to b\n}\n\
             category b {\n  label { zh: \"乙\", en: \"b\" }\n  maps_to a\n}\n",
        );
        let a = id(&p, "a");
        assert!(!p.sensitive_under(a, "pipl"));
        assert!(!p.sensitive_under(a, "gdpr"));
        assert_eq!(p.ancestry(a).len(), 2);
    }

    #[test]
    fn categories_that_all_map_to_each_other_are_answered_once_each() {
        // Twenty-five categories, each mapping to all the others: following every path again
        // would never finish; each category is visited once per question.
        let mut text = String::from("use std::gbt35273 as gb\n");
        let names: Vec<String> = (0..25).map(|i| format!("c{i}")).collect();
        for name in &names {
            text.push_str(&format!(
                "category {name}: gb::basic_profile {{\n  label {{ zh: \"{name}\", en: \"{name}\" }}\n  maps_to {}\n}}\n",
                names.join(", ")
            ));
        }
        let p = policy(&text);
        for name in &names {
            assert!(!p.sensitive_under(id(&p, name), "pipl"));
        }
    }
}
