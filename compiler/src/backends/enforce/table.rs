//! Compiles the meaning of a checked policy (crate::meaning) into a [`DecisionTable`].
//!
//! One rule per `Use` edge (category x purpose, no recipient) and per case of a flow edge
//! (category x purpose x recipient x `only_if` alternative); the edge holds its per-purpose
//! basis and each case's lawfulness, so the table and the checker read one meaning. A flow that
//! does not happen at present (`currently_not`) and a category none of a flow's purposes uses
//! give no rule. What each rule needs at run time is decided here, once, from the law
//! (docs/enforcement.md): the conditions the caller asserts (`when` and `only_if` conditions
//! other than consents); and, unless the case's basis needs no consent, the purpose's (or the
//! flow's own) consent, a separate consent for provision to another handler (PIPL Art. 23),
//! public disclosure (Art. 25), sensitive data (Art. 29) and, per request, cross-border
//! provision (Art. 39); a guardian's consent for children's data (Art. 31). A consent condition
//! ("only with your consent") is met by the flow's own consent.

use std::collections::{HashMap, HashSet};

use indexmap::IndexSet;
use pol_eval::{
    Category, Condition, ConsentKind, DecisionTable, FlowKind, Label, Lawful, Modality, Named,
    Recipient, RegionBan, Rule, FORMAT_VERSION,
};

use crate::ir::views;
use crate::ir::{Item, ItemId, Policy};
use crate::meaning::territory::Home;
use crate::meaning::{self as graph, Alternative, Edge, EdgeKind};
use crate::rules::pipl::duties::has_tag;
use crate::rules::Ctx;
use crate::types::schema::Kind;

use super::consents;

pub fn build(policy: &Policy) -> DecisionTable {
    let ctx = Ctx::new(policy);
    let mut b = Builder {
        ctx: &ctx,
        rules: Vec::new(),
        consents: consents::Collector::new(policy, ctx.graph.home.clone()),
        storage: Storage::of(&ctx),
        cookie_data: ctx
            .items(Kind::Cookie)
            .flat_map(|c| views::Cookie(c).data())
            .collect(),
        conditions: Vec::new(),
    };
    for edge in &ctx.graph.edges {
        b.edge(edge);
    }
    let Builder {
        rules,
        consents,
        conditions,
        ..
    } = b;
    let home = &ctx.graph.home;
    let mut regions: IndexSet<String> = IndexSet::from([home.region.clone()]);
    for r in &rules {
        for region in &r.regions {
            if !regions.contains(region) {
                regions.insert(region.clone());
            }
        }
    }
    let regions: Vec<String> = regions.into_iter().collect();
    DecisionTable {
        version: FORMAT_VERSION,
        policy: policy
            .header()
            .map(|h| h.name().to_string())
            .unwrap_or_default(),
        home_region: home.region.clone(),
        home_territory: home.territory.clone(),
        categories: policy
            .of_kind(Kind::Category)
            .map(|c| Category {
                id: id(policy, c.id),
                label: label(c),
                sensitive: policy.is_sensitive(c.id),
                child_data: has_tag(&ctx, c, "child_data"),
            })
            .collect(),
        purposes: policy
            .of_kind(Kind::Purpose)
            .map(|p| Named {
                id: id(policy, p.id),
                label: label(p),
            })
            .collect(),
        recipients: policy
            .of_kind(Kind::Recipient)
            .map(|r| Recipient {
                id: id(policy, r.id),
                label: label(r),
                role: role(&ctx, r.id),
                regions: recipient_regions(home, r),
            })
            .collect(),
        regions,
        consents: consents.finish(),
        conditions,
        rules,
    }
}

/// The id a table uses for an item: its name (the author's items are unique by name across
/// the project's modules), or its qualified name for a stdlib item.
pub fn id(policy: &Policy, item: ItemId) -> String {
    policy.qualified_name(item)
}

pub fn label(item: &Item) -> Label {
    let text = views::Labelled(item).label();
    let get = |lang: &str| {
        text.and_then(|t| t.get(lang))
            .map(str::to_string)
            .unwrap_or_else(|| item.name().to_string())
    };
    Label {
        zh: get("zh"),
        en: get("en"),
    }
}

fn role(ctx: &Ctx, recipient: ItemId) -> Option<String> {
    ctx.item(recipient)
        .and_then(|r| r.parent)
        .and_then(|p| ctx.root_name(p))
        .map(str::to_string)
}

/// Where a recipient is: its regions, else home.
fn recipient_regions(home: &Home, recipient: &Item) -> Vec<String> {
    let regions = views::Recipient(recipient).region();
    if regions.is_empty() {
        vec![home.region.clone()]
    } else {
        regions.into_iter().map(str::to_string).collect()
    }
}

struct Builder<'a, 'p> {
    ctx: &'a Ctx<'p>,
    rules: Vec<Rule>,
    consents: consents::Collector<'p>,
    storage: Storage<'p>,
    /// The categories some cookie stores (its `data`).
    cookie_data: HashSet<ItemId>,
    /// The conditions the rules depend on, in the order first met.
    conditions: Vec<Condition>,
}

/// The `storage` entries, indexed once: asking per edge which entries cover a category by
/// scanning them all made the table quadratic in storage entries.
struct Storage<'p> {
    entries: Vec<&'p Item>,
    /// Entries (indices) with no `data`: they cover every category.
    blanket: Vec<usize>,
    /// Entries (indices) listing each category.
    by_category: HashMap<ItemId, Vec<usize>>,
}

impl<'p> Storage<'p> {
    fn of(ctx: &Ctx<'p>) -> Storage<'p> {
        let entries: Vec<&'p Item> = ctx.items(Kind::Storage).collect();
        let mut blanket = Vec::new();
        let mut by_category: HashMap<ItemId, Vec<usize>> = HashMap::new();
        for (i, s) in entries.iter().enumerate() {
            let data = views::Storage(s).data();
            if data.is_empty() {
                blanket.push(i);
            }
            for c in data {
                by_category.entry(c).or_default().push(i);
            }
        }
        Storage {
            entries,
            blanket,
            by_category,
        }
    }
}

impl Builder<'_, '_> {
    fn policy(&self) -> &Policy {
        self.ctx.policy
    }

    fn home(&self) -> &Home {
        &self.ctx.graph.home
    }

    fn home_territory(&self) -> Vec<&str> {
        self.home().territory.iter().map(String::as_str).collect()
    }

    /// The rules of one edge of the meaning: a use gives one; a flow gives one per case
    /// (alternative) it happens in. A flow that does not happen at present (`currently_not`)
    /// and a stray (a category none of the flow's purposes uses) give none: no request is
    /// allowed on their account.
    fn edge(&mut self, edge: &Edge) {
        let Some(purpose) = edge.purpose else {
            return;
        };
        match edge.kind {
            EdgeKind::Use => self.use_rule(edge, purpose),
            _ if !edge.modality.happens() => {}
            _ => {
                for case in &edge.alternatives {
                    self.flow_rule(edge, case, purpose);
                }
            }
        }
    }

    fn use_rule(&mut self, edge: &Edge, purpose: ItemId) {
        let policy = self.ctx.policy;
        let category = edge.category;
        let regions = self.storage_regions(category);
        let mut rule = Rule {
            category: id(policy, category),
            purpose: id(policy, purpose),
            recipient: None,
            kind: FlowKind::Use,
            modality: Modality::Routine,
            conditions: Vec::new(),
            source: id(policy, edge.source),
            basis: edge.basis.iter().map(|b| id(policy, *b)).collect(),
            lawful: lawful(edge.lawful),
            regions: regions.clone(),
            overseas: false,
            consents: Vec::new(),
            cross_border_consent: None,
            guardian: false,
            forbidden_by: None,
            forbidden_regions: Vec::new(),
        };
        if is_consent(rule.lawful) {
            let separate = rule.lawful == Lawful::SeparateConsent;
            rule.consents.push(self.consents.purpose(
                purpose,
                category,
                separate,
                self.written(&edge.basis),
            ));
            if self.policy().is_sensitive(category) && !separate {
                rule.consents
                    .push(self.consents.sensitive(category, purpose));
            }
            rule.guardian = self.guardian(edge.lawful, category);
        }
        self.forbid_use(&mut rule, category, purpose);
        self.rules.push(rule);
    }

    /// The rule of one case of a flow edge. The edge already holds its per-purpose basis and
    /// each case's lawfulness (crate::meaning); what is decided here is what the case needs at
    /// run time: the conditions the caller asserts (every `when` and `only_if` condition that
    /// is not a consent) and the consents the person gives (a consent condition is met by the
    /// flow's own consent, through the same machinery as a consent basis).
    fn flow_rule(&mut self, edge: &Edge, case: &Alternative, purpose: ItemId) {
        let policy = self.ctx.policy;
        let (Some(recipient), Some(flow)) = (edge.recipient, self.ctx.item(edge.source)) else {
            return;
        };
        let category = edge.category;
        let own_basis = !views::Flow(flow).basis().is_empty();
        let separate_condition = edge.conditions.contains(&"separate_consent");
        let mut asserted: Vec<ItemId> = Vec::new();
        let mut consent_conditions: Vec<ItemId> = Vec::new();
        for c in edge.when.iter().copied().chain(case.condition) {
            let list = if graph::is_consent_condition(policy, c) {
                &mut consent_conditions
            } else {
                &mut asserted
            };
            if !list.contains(&c) {
                list.push(c);
            }
        }
        for c in &asserted {
            self.condition(*c);
        }
        // A consent condition ("only with your consent") needs that consent even when another
        // basis of the flow would need none: the policy says it happens only once the person
        // agrees.
        let lawful_kind = match case.lawful {
            graph::Lawful::Exception if !consent_conditions.is_empty() => consent_conditions
                .iter()
                .map(|c| graph::lawful(policy, &graph::condition_basis(policy, *c), &[]))
                .filter(|l| l.is_consent())
                .max()
                .unwrap_or(graph::Lawful::Consent),
            l => l,
        };
        let regions = self
            .ctx
            .item(recipient)
            .map(|r| recipient_regions(self.home(), r))
            .unwrap_or_else(|| vec![self.home().region.clone()]);
        let mut rule = Rule {
            category: id(policy, category),
            purpose: id(policy, purpose),
            recipient: Some(id(policy, recipient)),
            kind: flow_kind(edge.kind),
            modality: modality(edge.modality),
            conditions: asserted.iter().map(|c| id(policy, *c)).collect(),
            source: id(policy, flow.id),
            basis: case.basis.iter().map(|b| id(policy, *b)).collect(),
            lawful: lawful(lawful_kind),
            overseas: edge.cross_border,
            regions,
            consents: Vec::new(),
            cross_border_consent: None,
            guardian: false,
            forbidden_by: None,
            forbidden_regions: Vec::new(),
        };
        if is_consent(rule.lawful) {
            let separate_basis = rule.lawful == Lawful::SeparateConsent;
            let written = self.written(&case.basis);
            if !own_basis {
                // The data was collected for the purpose, under its consent (if it rests on
                // one: a purpose on a contract asks for none).
                let purpose_use = self
                    .ctx
                    .uses_of(category)
                    .find(|e| e.purpose == Some(purpose))
                    .map(|e| (e.lawful, e.basis.clone()));
                if let Some((l, basis)) = purpose_use.filter(|(l, _)| l.is_consent()) {
                    rule.consents.push(self.consents.purpose(
                        purpose,
                        category,
                        l == graph::Lawful::SeparateConsent,
                        self.written(&basis),
                    ));
                }
            }
            let own_consent = own_basis || separate_condition || !consent_conditions.is_empty();
            let flow_consent = match edge.kind {
                EdgeKind::Share => Some(self.consents.flow(
                    flow,
                    ConsentKind::Provision,
                    category,
                    purpose,
                    recipient,
                    true,
                    written,
                )),
                EdgeKind::Disclose => Some(self.consents.flow(
                    flow,
                    ConsentKind::Disclosure,
                    category,
                    purpose,
                    recipient,
                    true,
                    written,
                )),
                // A flow with its own consent basis, `conditions separate_consent`, or a
                // consent condition, is consented to on its own.
                _ if own_consent => Some(self.consents.flow(
                    flow,
                    ConsentKind::Flow,
                    category,
                    purpose,
                    recipient,
                    separate_basis,
                    written,
                )),
                _ => None,
            };
            // A separate consent to the flow covers its sensitive categories too.
            let covered_by_separate = matches!(edge.kind, EdgeKind::Share | EdgeKind::Disclose)
                || (own_consent && separate_basis);
            rule.consents.extend(flow_consent);
            if self.policy().is_sensitive(category) && !covered_by_separate {
                rule.consents
                    .push(self.consents.sensitive(category, purpose));
            }
            // Consent to a transfer abroad is the PIPL's (Art. 39); under the GDPR a transfer
            // rests on a Chapter V ground, which the checker verifies, not on a consent.
            if rule.overseas && edge.abroad.pipl {
                rule.cross_border_consent = Some(self.consents.cross_border(
                    flow,
                    category,
                    purpose,
                    recipient,
                    &rule.regions,
                ));
            }
            rule.guardian = self.guardian(lawful_kind, category);
        }
        rule.consents.dedup();
        self.forbid_flow(&mut rule, edge, case, flow, category);
        self.rules.push(rule);
    }

    /// Lists a condition the rules depend on in the table, once.
    fn condition(&mut self, condition: ItemId) {
        let policy = self.ctx.policy;
        let cid = id(policy, condition);
        if self.conditions.iter().any(|c| c.id == cid) {
            return;
        }
        let text = graph::condition_label(policy, condition);
        let get = |lang: &str| {
            text.and_then(|t| t.get(lang))
                .map(str::to_string)
                .unwrap_or_else(|| cid.clone())
        };
        self.conditions.push(Condition {
            kind: graph::condition_kind(policy, condition)
                .unwrap_or("other")
                .to_string(),
            label: Label {
                zh: get("zh"),
                en: get("en"),
            },
            id: cid,
        });
    }

    fn written(&self, basis: &[ItemId]) -> bool {
        basis
            .iter()
            .any(|b| self.ctx.consent_form(*b) == Some("written"))
    }

    fn guardian(&self, lawful: graph::Lawful, category: ItemId) -> bool {
        lawful == graph::Lawful::GuardianConsent
            || self
                .ctx
                .item(category)
                .is_some_and(|c| has_tag(self.ctx, c, "child_data"))
    }

    /// Where the data of a category is stored: the storage entries that cover it (all of them
    /// when an entry lists no data), else the home region.
    fn storage_regions(&self, category: ItemId) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        // The storage entries that list no data (they cover every category) and those that
        // list this one, merged back into source order.
        let listing = self.storage.by_category.get(&category);
        let mut covering: Vec<usize> = self.storage.blanket.clone();
        covering.extend(listing.into_iter().flatten());
        covering.sort_unstable();
        covering.dedup();
        for s in covering.iter().filter_map(|i| self.storage.entries.get(*i)) {
            for r in views::Storage(s).region() {
                if !out.iter().any(|o| o == r) {
                    out.push(r.to_string());
                }
            }
        }
        if out.is_empty() {
            out.push(self.home().region.clone());
        }
        out
    }

    /// The promises that can forbid a use: where data may be stored, which purposes cookie
    /// data may serve.
    fn forbid_use(&self, rule: &mut Rule, category: ItemId, purpose: ItemId) {
        for promise in self.ctx.items(Kind::Promise) {
            if !in_scope(promise, category) {
                continue;
            }
            let name = id(self.policy(), promise.id);
            match self.promise_kind(promise) {
                Some("no_cross_border") => ban_regions(rule, &name, &self.home_territory()),
                Some("storage_only") => {
                    let regions = views::Promise(promise).region();
                    let allowed = if regions.is_empty() {
                        self.home_territory()
                    } else {
                        regions
                    };
                    ban_regions(rule, &name, &allowed);
                }
                Some("cookies_only_for") => {
                    let is_cookie_data = self.cookie_data.contains(&category);
                    if is_cookie_data && !views::Promise(promise).only_purposes().contains(&purpose)
                    {
                        forbid(rule, &name);
                    }
                }
                _ => {}
            }
        }
    }

    /// The promises that can forbid a flow (the same reading as CORE-PROM-001).
    fn forbid_flow(
        &self,
        rule: &mut Rule,
        edge: &Edge,
        case: &Alternative,
        flow: &Item,
        category: ItemId,
    ) {
        for promise in self.ctx.items(Kind::Promise) {
            // A case the promise's own exceptions name keeps it (as CORE-PROM-001 reads it).
            if !in_scope(promise, category) || graph::excused_case(promise, edge, case) {
                continue;
            }
            let name = id(self.policy(), promise.id);
            let forbids = match self.promise_kind(promise) {
                Some("no_cross_border") => {
                    ban_regions(rule, &name, &self.home_territory());
                    edge.cross_border
                }
                Some("no_share_except") => {
                    let allowed = views::Promise(promise).except_roles();
                    let role = edge
                        .recipient
                        .and_then(|r| self.ctx.item(r))
                        .and_then(|r| r.parent);
                    edge.kind == EdgeKind::Share
                        && !role.is_some_and(|role| allowed.contains(&role))
                }
                Some("no_transfer_except") => {
                    let allowed = views::Promise(promise).except_triggers();
                    let triggers = views::Flow(flow).trigger();
                    edge.kind == EdgeKind::Transfer
                        && (triggers.is_empty() || !triggers.iter().all(|t| allowed.contains(t)))
                }
                Some("no_public_disclosure_except") => {
                    let allowed = views::Promise(promise).except_bases();
                    edge.kind == EdgeKind::Disclose
                        && !case.basis.iter().any(|b| allowed.contains(b))
                }
                Some("no_sale") => views::Flow(flow).consideration() == Some(true),
                _ => false,
            };
            if forbids {
                forbid(rule, &name);
            }
        }
    }

    fn promise_kind(&self, promise: &Item) -> Option<&str> {
        promise.parent.and_then(|p| self.ctx.root_name(p))
    }
}

fn in_scope(promise: &Item, category: ItemId) -> bool {
    let scope = views::Promise(promise).data();
    scope.is_empty() || scope.contains(&category)
}

fn forbid(rule: &mut Rule, promise: &str) {
    if rule.forbidden_by.is_none() {
        rule.forbidden_by = Some(promise.to_string());
    }
}

/// Every region of the rule outside `allowed` is forbidden by the promise.
fn ban_regions(rule: &mut Rule, promise: &str, allowed: &[&str]) {
    for region in &rule.regions {
        let already = rule.forbidden_regions.iter().any(|b| &b.region == region);
        if !allowed.contains(&region.as_str()) && !already {
            rule.forbidden_regions.push(RegionBan {
                region: region.clone(),
                promise: promise.to_string(),
            });
        }
    }
}

fn is_consent(l: Lawful) -> bool {
    matches!(
        l,
        Lawful::Consent | Lawful::GuardianConsent | Lawful::SeparateConsent
    )
}

/// The checker's `Lawful` and the decision table's are two types on purpose: the table's is
/// part of a published format (`docs/decisions.schema.json`, read by services through
/// `pol-eval`), which must not change shape when the checker's internals do. This match is
/// where a new variant on either side must be decided.
fn lawful(l: graph::Lawful) -> Lawful {
    match l {
        graph::Lawful::None => Lawful::None,
        graph::Lawful::Consent => Lawful::Consent,
        graph::Lawful::GuardianConsent => Lawful::GuardianConsent,
        graph::Lawful::SeparateConsent => Lawful::SeparateConsent,
        graph::Lawful::Exception => Lawful::Exception,
    }
}

/// `currently_not` has no table counterpart: such a flow gets no rule.
fn modality(m: graph::Modality) -> Modality {
    match m {
        graph::Modality::Routine | graph::Modality::CurrentlyNot => Modality::Routine,
        graph::Modality::May => Modality::May,
        graph::Modality::OnlyIf => Modality::OnlyIf,
    }
}

fn flow_kind(k: EdgeKind) -> FlowKind {
    match k {
        EdgeKind::Use => FlowKind::Use,
        EdgeKind::Entrust => FlowKind::Entrust,
        EdgeKind::Share => FlowKind::Share,
        EdgeKind::Transfer => FlowKind::Transfer,
        EdgeKind::Disclose => FlowKind::Disclose,
    }
}
