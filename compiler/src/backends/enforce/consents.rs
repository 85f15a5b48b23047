//! The consents the decision table asks for: stable ids, what each covers, and the words to
//! show the person (`enforcement/consents.json`).
//!
//! Ids are `<kind>.<item>`: `purpose.<purpose>`, `flow.<flow>`, `share.<flow>`,
//! `disclose.<flow>`, `sensitive.<category>`, `cross_border.<flow>`. They change only when the
//! author renames the item, so an application can store the person's answers by id.

use indexmap::{IndexMap, IndexSet};
use pol_eval::{Consent, ConsentKind, Label};

use crate::ir::{Item, ItemId, Policy};
use crate::meaning::territory::Home;
use crate::rules::list_en;

use super::table::{id, label};

struct Entry {
    kind: ConsentKind,
    separate: bool,
    written: bool,
    // Sets in insertion order: a consent can cover thousands of categories, and a list
    // searched on each insert made the table quadratic.
    categories: IndexSet<ItemId>,
    purposes: IndexSet<ItemId>,
    recipients: IndexSet<ItemId>,
    regions: Vec<String>,
}

pub struct Collector<'p> {
    policy: &'p Policy,
    /// Regions at home are not named in a cross-border consent.
    home: Home,
    entries: IndexMap<String, Entry>,
}

impl<'p> Collector<'p> {
    pub fn new(policy: &'p Policy, home: Home) -> Collector<'p> {
        Collector {
            policy,
            home,
            entries: IndexMap::new(),
        }
    }

    /// Consent to a purpose: covers the categories it is asked for.
    pub fn purpose(
        &mut self,
        purpose: ItemId,
        category: ItemId,
        separate: bool,
        written: bool,
    ) -> String {
        let key = format!("purpose.{}", id(self.policy, purpose));
        let e = self.entry(&key, ConsentKind::Purpose, separate, written);
        add(&mut e.purposes, purpose);
        add(&mut e.categories, category);
        key
    }

    /// Separate consent to process a sensitive category (PIPL Art. 29).
    pub fn sensitive(&mut self, category: ItemId, purpose: ItemId) -> String {
        let key = format!("sensitive.{}", id(self.policy, category));
        let e = self.entry(&key, ConsentKind::Sensitive, true, false);
        add(&mut e.categories, category);
        add(&mut e.purposes, purpose);
        key
    }

    /// A flow's consent: provision, disclosure, or its own consent basis.
    #[allow(clippy::too_many_arguments, reason = "one coverage fact per argument")]
    pub fn flow(
        &mut self,
        flow: &Item,
        kind: ConsentKind,
        category: ItemId,
        purpose: ItemId,
        recipient: ItemId,
        separate: bool,
        written: bool,
    ) -> String {
        let prefix = match kind {
            ConsentKind::Provision => "share",
            ConsentKind::Disclosure => "disclose",
            _ => "flow",
        };
        let key = format!("{prefix}.{}", id(self.policy, flow.id));
        let e = self.entry(&key, kind, separate, written);
        add(&mut e.categories, category);
        add(&mut e.purposes, purpose);
        add(&mut e.recipients, recipient);
        key
    }

    /// Separate consent to provide data outside mainland China (PIPL Art. 39).
    pub fn cross_border(
        &mut self,
        flow: &Item,
        category: ItemId,
        purpose: ItemId,
        recipient: ItemId,
        regions: &[String],
    ) -> String {
        let key = format!("cross_border.{}", id(self.policy, flow.id));
        let abroad: Vec<&String> = regions.iter().filter(|r| !self.home.contains(r)).collect();
        let e = self.entry(&key, ConsentKind::CrossBorder, true, false);
        add(&mut e.categories, category);
        add(&mut e.purposes, purpose);
        add(&mut e.recipients, recipient);
        for r in abroad {
            if !e.regions.contains(r) {
                e.regions.push(r.clone());
            }
        }
        key
    }

    fn entry(&mut self, key: &str, kind: ConsentKind, separate: bool, written: bool) -> &mut Entry {
        let e = self.entries.entry(key.to_string()).or_insert(Entry {
            kind,
            separate,
            written,
            categories: IndexSet::new(),
            purposes: IndexSet::new(),
            recipients: IndexSet::new(),
            regions: Vec::new(),
        });
        e.separate |= separate;
        e.written |= written;
        e
    }

    pub fn finish(self) -> Vec<Consent> {
        let policy = self.policy;
        self.entries
            .into_iter()
            .map(|(key, e)| {
                let ids = |items: &IndexSet<ItemId>| items.iter().map(|i| id(policy, *i)).collect();
                Consent {
                    wording: wording(policy, &e),
                    article: article(e.kind, &policy.profiles),
                    id: key,
                    kind: e.kind,
                    separate: e.separate,
                    written: e.written,
                    categories: ids(&e.categories),
                    purposes: ids(&e.purposes),
                    recipients: ids(&e.recipients),
                    regions: e.regions,
                }
            })
            .collect()
    }
}

fn add(set: &mut IndexSet<ItemId>, item: ItemId) {
    set.insert(item);
}

/// The articles a consent rests on, under each law the policy declares: a GDPR policy's
/// consents cite the GDPR, never the PIPL it does not declare.
fn article(kind: ConsentKind, profiles: &[&str]) -> String {
    let cites: Vec<&str> = profiles
        .iter()
        .filter_map(|profile| article_under(kind, profile))
        .collect();
    if cites.is_empty() {
        // A policy under no law that asks for consent (a CCPA-only policy, say) still says
        // which kind of consent the table asks for, in the PIPL's terms that define the kinds.
        article_under(kind, "pipl").unwrap_or_default().to_string()
    } else {
        cites.join("; ")
    }
}

fn article_under(kind: ConsentKind, profile: &str) -> Option<&'static str> {
    Some(match (profile, kind) {
        ("pipl", ConsentKind::Purpose | ConsentKind::Flow) => "PIPL Art. 13 ¶1(1), Art. 14",
        ("pipl", ConsentKind::Provision) => "PIPL Art. 23",
        ("pipl", ConsentKind::Disclosure) => "PIPL Art. 25",
        ("pipl", ConsentKind::Sensitive) => "PIPL Art. 29",
        ("pipl", ConsentKind::CrossBorder) => "PIPL Art. 39",
        ("gdpr", ConsentKind::Sensitive) => "GDPR Art. 9(2)(a)",
        ("gdpr", ConsentKind::CrossBorder) => "GDPR Art. 49(1)(a)",
        ("gdpr", _) => "GDPR Art. 6(1)(a), Art. 7",
        ("uk_gdpr", ConsentKind::Sensitive) => "UK GDPR Art. 9(2)(a)",
        ("uk_gdpr", ConsentKind::CrossBorder) => "UK GDPR Art. 49(1)(a)",
        ("uk_gdpr", _) => "UK GDPR Art. 6(1)(a), Art. 7",
        _ => return None,
    })
}

/// The sentence to show the person, in both languages, from the policy's own labels.
fn wording(policy: &Policy, e: &Entry) -> Label {
    let labels = |items: &IndexSet<ItemId>| -> Vec<Label> {
        items
            .iter()
            .filter_map(|i| policy.item(*i))
            .map(label)
            .collect()
    };
    let (cats, purposes, recipients) = (
        labels(&e.categories),
        labels(&e.purposes),
        labels(&e.recipients),
    );
    let zh_list = |l: &[Label]| {
        l.iter()
            .map(|x| x.zh.as_str())
            .collect::<Vec<_>>()
            .join("、")
    };
    let zh_quoted = |l: &[Label]| {
        l.iter()
            .map(|x| format!("「{}」", x.zh))
            .collect::<Vec<_>>()
            .join("、")
    };
    let en_list = |l: &[Label]| list_en(&l.iter().map(|x| x.en.clone()).collect::<Vec<_>>());
    let en_quoted =
        |l: &[Label]| list_en(&l.iter().map(|x| format!("“{}”", x.en)).collect::<Vec<_>>());
    let (c_zh, c_en) = (zh_list(&cats), en_list(&cats));
    let (p_zh, p_en) = (zh_quoted(&purposes), en_quoted(&purposes));
    let (r_zh, r_en) = (zh_list(&recipients), en_list(&recipients));
    let regions = e.regions.join(", ");
    let (zh, en) = match e.kind {
        ConsentKind::Purpose => (
            format!("为{p_zh}之目的，我们将处理您的以下个人信息：{c_zh}。"),
            format!("We will process the following personal information of yours for {p_en}: {c_en}."),
        ),
        ConsentKind::Flow => (
            format!("为{p_zh}之目的，我们将委托或提供{r_zh}处理您的以下个人信息：{c_zh}。"),
            format!("For {p_en}, we will have {r_en} process the following personal information of yours: {c_en}."),
        ),
        ConsentKind::Provision => (
            format!("为{p_zh}之目的，我们将向{r_zh}提供您的以下个人信息：{c_zh}。"),
            format!("For {p_en}, we will provide the following personal information of yours to {r_en}: {c_en}."),
        ),
        ConsentKind::Disclosure => (
            format!("为{p_zh}之目的，我们将公开披露您的以下个人信息：{c_zh}。"),
            format!("For {p_en}, we will publicly disclose the following personal information of yours: {c_en}."),
        ),
        ConsentKind::Sensitive => (
            format!("{c_zh}属于敏感个人信息，一旦泄露或者被非法使用，可能对您的人格尊严或者人身、财产安全造成危害。为{p_zh}之目的，我们将处理该等信息。"),
            format!("{c_en}: sensitive personal information, whose leak or unlawful use could harm your dignity or the safety of your person or property. We will process it for {p_en}."),
        ),
        ConsentKind::CrossBorder => (
            format!("为{p_zh}之目的，我们将向位于中华人民共和国境外（{regions}）的{r_zh}提供您的以下个人信息：{c_zh}。"),
            format!("For {p_en}, we will provide the following personal information of yours to {r_en}, outside mainland China ({regions}): {c_en}."),
        ),
    };
    let (tail_zh, tail_en) = if e.separate {
        (
            "本项同意须由您单独作出，您可以随时撤回。",
            "This consent is asked of you separately; you may withdraw it at any time.",
        )
    } else {
        (
            "您可以随时撤回同意。",
            "You may withdraw your consent at any time.",
        )
    };
    Label {
        zh: format!("{zh}{tail_zh}"),
        en: format!("{en} {tail_en}"),
    }
}
