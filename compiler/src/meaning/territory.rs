//! Where a policy's law draws its border. "Abroad" is not a fact about a region but about a
//! region *and a law*: a recipient in Germany is abroad under the PIPL and at home under the
//! GDPR; one in China the other way round. So each profile owns a territory, the controller
//! has an establishment, and every reader asks these two, never a region literal.
//!
//! - The PIPL's territory is mainland China (`CN`): Hong Kong, Macao and Taiwan are outside it
//!   (PIPL Art. 3, 38; the CAC's cross-border rules treat them as overseas).
//! - The GDPR's is the EEA: the 27 member states, Iceland, Liechtenstein and Norway (GDPR
//!   Art. 44; EEA Agreement, Decision 154/2018 of the EEA Joint Committee), and `EU` itself.
//! - The UK GDPR's is the United Kingdom (`GB` and its four nations): a transfer is a
//!   "restricted transfer" when data leaves the UK (UK GDPR Art. 44), even to the EEA, which
//!   the UK covers by adequacy regulations instead (DPA 2018 s. 17A, Sch. 21 para. 4).
//! - The CCPA draws no border: it regulates selling and sharing, not transfers abroad, so it
//!   owns no territory and nothing is "abroad" under it. A policy under it alone is at home in
//!   the United States.
//!
//! The *home* of a policy is where its controller is established (`controller { established
//! DE }`), else the territory of its first declared profile. Home decides what a recipient
//! without a `region` is (at home), what the decision table counts as a cross-border request
//! and what a "no transfer abroad" promise allows.

use crate::ir::{ItemId, Policy};

/// A law's territory: the regions data can go to without leaving it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Territory {
    /// The profile that owns it (`pipl`, `gdpr`).
    pub profile: &'static str,
    /// The code a policy writes for "inside" when it names no country (`CN`, `EU`).
    pub code: &'static str,
    pub regions: &'static [&'static str],
}

impl Territory {
    /// Whether a region, or the country of a subdivision (`GB` for `GB-SCT`), is inside.
    pub fn contains(&self, region: &str) -> bool {
        self.regions.contains(&region)
            || self
                .regions
                .contains(&crate::types::literals::country_of(region))
    }
}

pub const PIPL: Territory = Territory {
    profile: "pipl",
    code: "CN",
    regions: &["CN"],
};

pub const GDPR: Territory = Territory {
    profile: "gdpr",
    code: "EU",
    regions: &[
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
        "EU",
    ],
};

pub const UK_GDPR: Territory = Territory {
    profile: "uk_gdpr",
    code: "GB",
    regions: &["GB"],
};

const TERRITORIES: &[Territory] = &[PIPL, GDPR, UK_GDPR];

/// Where a policy under a law that is not transfer-based is at home when its controller names
/// no establishment: the CCPA's state is in the United States.
const HOMES: &[(&str, &str)] = &[("ccpa", "US")];

/// The territory of a profile, if its law is transfer-based.
pub fn of_profile(profile: &str) -> Option<&'static Territory> {
    TERRITORIES.iter().find(|t| t.profile == profile)
}

/// The territories of the profiles a policy declares, in declaration order.
pub fn declared(policy: &Policy) -> impl Iterator<Item = &'static Territory> + '_ {
    policy.profiles.iter().filter_map(|p| of_profile(p))
}

/// Whether a law protects the residents of a region, for items scoped with `residents`: the
/// territory of a transfer-based law, California (or the United States as a whole) for the
/// CCPA. `residents EU, GB` is read under `gdpr` and `uk_gdpr`, `residents US-CA` under `ccpa`.
pub fn protects(profile: &str, region: &str) -> bool {
    match of_profile(profile) {
        Some(t) => t.contains(region),
        None => profile == "ccpa" && (region == "US-CA" || region == "US"),
    }
}

/// Where a policy is at home.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Home {
    /// Where a recipient that names no region is: the controller's (first) establishment, else
    /// the code of the first declared profile's territory.
    pub region: String,
    /// Every region that is not abroad: the declared territory that holds `region`, else
    /// `region`'s country alone.
    pub territory: Vec<String>,
}

impl Home {
    pub fn of(policy: &Policy) -> Home {
        let established = policy
            .header()
            .and_then(|h| h.fields.record("controller"))
            .and_then(|c| c.strs("established").first().map(|r| r.to_string()));
        let region = established
            .or_else(|| declared(policy).next().map(|t| t.code.to_string()))
            .or_else(|| {
                policy.profiles.iter().find_map(|p| {
                    HOMES
                        .iter()
                        .find(|(profile, _)| profile == p)
                        .map(|(_, home)| home.to_string())
                })
            })
            .unwrap_or_else(|| PIPL.code.to_string());
        let territory = declared(policy)
            .find(|t| t.contains(&region))
            .map(|t| t.regions.iter().map(|r| r.to_string()).collect())
            // A home outside every declared territory is its country: a controller in
            // California is at home in the United States, so `US-NY` is not abroad.
            .unwrap_or_else(|| vec![crate::types::literals::country_of(&region).to_string()]);
        Home { region, territory }
    }

    pub fn contains(&self, region: &str) -> bool {
        let country = crate::types::literals::country_of(region);
        self.territory.iter().any(|r| r == region || r == country)
    }
}

/// Under which of the policy's declared profiles a recipient is abroad.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Abroad {
    pub pipl: bool,
    pub gdpr: bool,
    pub uk_gdpr: bool,
}

impl Abroad {
    /// Whether the recipient is abroad under a profile; never under one without a territory
    /// (`ccpa`).
    pub fn under(self, profile: &str) -> bool {
        match profile {
            "pipl" => self.pipl,
            "gdpr" => self.gdpr,
            "uk_gdpr" => self.uk_gdpr,
            _ => false,
        }
    }

    pub fn any(self) -> bool {
        self.pipl || self.gdpr || self.uk_gdpr
    }

    /// The profiles, in a fixed order, for the manifest.
    pub fn profiles(self) -> Vec<&'static str> {
        [
            ("pipl", self.pipl),
            ("gdpr", self.gdpr),
            ("uk_gdpr", self.uk_gdpr),
        ]
        .into_iter()
        .filter(|(_, abroad)| *abroad)
        .map(|(p, _)| p)
        .collect()
    }
}

/// Under which declared profiles a recipient is abroad. A recipient with regions is abroad
/// under a law when one of them is outside its territory. One without a region is where the
/// controller is, except that a PIPL policy's `pipl::overseas_recipient` is abroad under the
/// PIPL: the original said "abroad" (「境外」) without naming where.
pub fn abroad(policy: &Policy, home: &Home, recipient: ItemId) -> Abroad {
    let Some(item) = policy.item(recipient) else {
        return Abroad::default();
    };
    let regions = item.fields.strs("region");
    let outside = |t: &Territory| {
        if regions.is_empty() {
            !t.contains(&home.region)
                || (t.profile == "pipl" && is_pipl_overseas_role(policy, recipient))
        } else {
            regions.iter().any(|r| !t.contains(r))
        }
    };
    let mut abroad = Abroad::default();
    for t in declared(policy) {
        match t.profile {
            "pipl" => abroad.pipl = outside(t),
            "gdpr" => abroad.gdpr = outside(t),
            "uk_gdpr" => abroad.uk_gdpr = outside(t),
            _ => {}
        }
    }
    abroad
}

/// Whether a recipient is outside mainland China in the PIPL's sense (Art. 38), whatever the
/// policy declares: what the PIPL rules ask, which run only under `profile pipl`.
pub fn is_pipl_overseas(policy: &Policy, recipient: ItemId) -> bool {
    let Some(item) = policy.item(recipient) else {
        return false;
    };
    let regions = item.fields.strs("region");
    if regions.is_empty() {
        return is_pipl_overseas_role(policy, recipient);
    }
    regions.iter().any(|r| !PIPL.contains(r))
}

/// The recipient's root role is `std::pipl::overseas_recipient`.
fn is_pipl_overseas_role(policy: &Policy, recipient: ItemId) -> bool {
    policy.lineage(recipient).last().is_some_and(|root| {
        root.name() == "overseas_recipient" && policy.module(root.module).is_some_and(|m| m.is_std)
    })
}

/// Whether a recipient is abroad as seen from the policy's home: one of its regions is outside
/// the home territory (or, with no region, it is a PIPL overseas recipient and home is in
/// mainland China).
pub fn leaves_home(policy: &Policy, home: &Home, recipient: ItemId) -> bool {
    let Some(item) = policy.item(recipient) else {
        return false;
    };
    let regions = item.fields.strs("region");
    if regions.is_empty() {
        return PIPL.contains(&home.region) && is_pipl_overseas_role(policy, recipient);
    }
    regions.iter().any(|r| !home.contains(r))
}
