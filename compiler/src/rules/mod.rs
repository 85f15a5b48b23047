//! The legal rules: consistency checks over the typed model, per profile.
//!
//! Each rule is one file with its code, severity, profile, bilingual title, the provision it
//! rests on, and its check; its `polc explain` page is `docs/rules/<CODE>.md` (wrong and right
//! example), and `docs/rules.md` is generated from [`registry`] (a test keeps it current).
//! Rules read the model through [`Ctx`], whose [`graph::Graph`] holds every edge data takes
//! (category -> purpose -> recipient -> region) with the basis that makes it lawful; they never
//! look at syntax.
//!
//! Rules run only on a policy without front-end errors: a half-lowered model would make them
//! report things that are not there. Their diagnostics then pass through the author's
//! justified suppressions ([`suppress`]).

pub mod acceptance;
pub mod ccpa;
pub mod core;
pub mod docs;
pub mod gdpr;
pub use crate::meaning as graph;
pub mod mention;
pub mod pipl;
pub mod suppress;
pub mod uk_gdpr;

use std::collections::{HashMap, HashSet};

use crate::diag::codes::CodeInfo;
use crate::diag::{Diagnostic, Severity};
use crate::ir::{Item, ItemId, Policy};
use crate::types::schema::Kind;

/// Which law a rule belongs to. `Core` rules are logical consistency and run under every profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Profile {
    Core,
    Pipl,
    Gdpr,
    UkGdpr,
    Ccpa,
}

impl Profile {
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Core => "core",
            Profile::Pipl => "pipl",
            Profile::Gdpr => "gdpr",
            Profile::UkGdpr => "uk_gdpr",
            Profile::Ccpa => "ccpa",
        }
    }
}

/// A legal rule.
pub struct Rule {
    pub info: CodeInfo,
    pub profile: Profile,
    /// The provisions it rests on, as cited in the rules catalogue.
    pub article: &'static str,
    pub check: fn(&Ctx, &mut Vec<Diagnostic>),
}

/// Every rule, in documentation order.
static RULES: &[&Rule] = &[
    &core::decl_001::RULE,
    &core::decl_002::RULE,
    &core::purp_001::RULE,
    &core::flow_001::RULE,
    &core::prom_001::RULE,
    &core::prom_002::RULE,
    &core::stor_001::RULE,
];

pub fn registry() -> impl Iterator<Item = &'static Rule> {
    RULES
        .iter()
        .chain(pipl::RULES)
        .chain(pipl::notice::RULES)
        .chain(pipl::transfer::RULES)
        .chain(pipl::duties::RULES)
        .chain(pipl::mobile::RULES)
        .chain(gdpr::RULES)
        .chain(uk_gdpr::RULES)
        .chain(ccpa::RULES)
        .copied()
}

/// What a rule sees: the model, its data-flow graph, and helpers for the questions every rule
/// asks (which role a recipient has, whether a basis is a form of consent, ...).
pub struct Ctx<'a> {
    pub policy: &'a Policy,
    pub graph: graph::Graph,
    /// What the `retention` items cover, computed once: several rules ask per purpose.
    retention: RetentionCover,
    /// Lookups built once per check. Rules ask "which purposes use this category", "which
    /// flows reach this recipient", "where is this item referenced" per item; answering each
    /// by a scan made the checker quadratic (31 s for a 1M-line policy).
    index: Index<'a>,
}

/// The maps behind [`Ctx`]'s per-item questions, each built in one pass.
struct Index<'a> {
    /// The author's items of each kind, in source order.
    by_kind: HashMap<Kind, Vec<&'a Item>>,
    /// The `Use` edges (indices into `graph.edges`) of each category, in graph order.
    uses: HashMap<ItemId, Vec<usize>>,
    /// The flow edges (indices into `graph.edges`) to each recipient, in graph order.
    to_recipient: HashMap<ItemId, Vec<usize>>,
    /// The flow edges (indices into `graph.edges`) of each flow item, in graph order.
    from_source: HashMap<ItemId, Vec<usize>>,
    /// The flow items whose `to` names each recipient, in source order, each once.
    flows_naming: HashMap<ItemId, Vec<&'a Item>>,
    /// Every reference to each target as (span, position in `policy.references`), sorted by
    /// span, so the references inside an item are a binary search away.
    references: HashMap<ItemId, Vec<(crate::source::Span, usize)>>,
}

impl<'a> Index<'a> {
    fn of(policy: &'a Policy, graph: &graph::Graph) -> Index<'a> {
        let mut by_kind: HashMap<Kind, Vec<&'a Item>> = HashMap::new();
        for item in policy.user_items() {
            by_kind.entry(item.kind).or_default().push(item);
        }
        let mut flows_naming: HashMap<ItemId, Vec<&'a Item>> = HashMap::new();
        for flow in by_kind.get(&Kind::Flow).into_iter().flatten() {
            for r in flow.fields.refs("to") {
                let list = flows_naming.entry(r).or_default();
                if list.last().is_none_or(|f| f.id != flow.id) {
                    list.push(flow);
                }
            }
        }
        let mut from_source: HashMap<ItemId, Vec<usize>> = HashMap::new();
        let mut uses: HashMap<ItemId, Vec<usize>> = HashMap::new();
        let mut to_recipient: HashMap<ItemId, Vec<usize>> = HashMap::new();
        for (i, edge) in graph.edges.iter().enumerate() {
            if edge.kind == graph::EdgeKind::Use {
                uses.entry(edge.category).or_default().push(i);
            } else {
                from_source.entry(edge.source).or_default().push(i);
                if let Some(r) = edge.recipient {
                    to_recipient.entry(r).or_default().push(i);
                }
            }
        }
        let mut references: HashMap<ItemId, Vec<(crate::source::Span, usize)>> = HashMap::new();
        for (i, r) in policy.references.iter().enumerate() {
            references.entry(r.target).or_default().push((r.span, i));
        }
        for list in references.values_mut() {
            list.sort_unstable();
        }
        Index {
            by_kind,
            uses,
            to_recipient,
            from_source,
            flows_naming,
            references,
        }
    }
}

/// The purposes and categories that `retention` items name, and whether one of them is a
/// period for everything (a `period` with neither `data` nor `for`).
#[derive(Default)]
struct RetentionCover {
    blanket: bool,
    purposes: HashSet<ItemId>,
    categories: HashSet<ItemId>,
}

impl RetentionCover {
    fn of(policy: &Policy) -> RetentionCover {
        let mut cover = RetentionCover::default();
        for r in policy.of_kind(Kind::Retention) {
            let (data, purposes) = (r.fields.refs("data"), r.fields.refs("for"));
            cover.blanket |= data.is_empty() && purposes.is_empty() && r.fields.has("period");
            cover.purposes.extend(purposes);
            cover.categories.extend(data);
        }
        cover
    }
}

impl<'a> Ctx<'a> {
    pub fn new(policy: &'a Policy) -> Ctx<'a> {
        let graph = graph::Graph::build(policy);
        let index = Index::of(policy, &graph);
        Ctx {
            policy,
            graph,
            retention: RetentionCover::of(policy),
            index,
        }
    }

    pub fn item(&self, id: ItemId) -> Option<&'a Item> {
        self.policy.item(id)
    }

    /// The stdlib definition an item descends from through `: parent` (a recipient's role, a
    /// right's kind), by its name: `entrusted_party`, `delete`.
    pub fn root_name(&self, id: ItemId) -> Option<&'a str> {
        let mut current = self.item(id)?;
        for _ in 0..8 {
            match current.parent.and_then(|p| self.item(p)) {
                Some(parent) => current = parent,
                None => break,
            }
        }
        let module = self.policy.module(current.module)?;
        module.is_std.then(|| current.name())
    }

    /// The consent form of a basis (`general`, `separate`, `written`, `guardian`, `none`).
    pub fn consent_form(&self, basis: ItemId) -> Option<&'static str> {
        self.item(basis)?.fields.option("consent")
    }

    /// Whether a recipient is outside mainland China: see [`graph::is_overseas`].
    pub fn is_overseas(&self, recipient: ItemId) -> bool {
        graph::is_overseas(self.policy, recipient)
    }

    /// The author's items of one kind, in source order (what [`Policy::of_kind`] gives,
    /// without scanning every item).
    pub fn items(&self, kind: Kind) -> impl Iterator<Item = &'a Item> + '_ {
        self.index.by_kind.get(&kind).into_iter().flatten().copied()
    }

    /// The `Use` edges of a category (the purposes that use it), in graph order.
    pub fn uses_of(&self, category: ItemId) -> impl Iterator<Item = &graph::Edge> {
        self.edges_at(self.index.uses.get(&category))
    }

    /// The purposes that use a category, in source order, each once.
    pub fn purposes_using(&self, category: ItemId) -> impl Iterator<Item = &'a Item> + '_ {
        let mut last = None;
        self.uses_of(category)
            .filter_map(|e| e.purpose)
            // A purpose's edges are consecutive: `uses a, a` gives two.
            .filter(move |p| last.replace(*p) != Some(*p))
            .filter_map(|p| self.item(p))
    }

    /// Whether any purpose uses the category.
    pub fn is_used(&self, category: ItemId) -> bool {
        self.index.uses.contains_key(&category)
    }

    /// The flow edges to a recipient, in graph order.
    pub fn flows_to(&self, recipient: ItemId) -> impl Iterator<Item = &graph::Edge> {
        self.edges_at(self.index.to_recipient.get(&recipient))
    }

    /// The edges of one flow item (all of them leave the organisation), in graph order.
    pub fn flows_from(&self, flow: ItemId) -> impl Iterator<Item = &graph::Edge> {
        self.edges_at(self.index.from_source.get(&flow))
    }

    /// The flows whose `to` names a recipient, in source order, each once.
    pub fn flows_naming(&self, recipient: ItemId) -> impl Iterator<Item = &'a Item> + '_ {
        self.index
            .flows_naming
            .get(&recipient)
            .into_iter()
            .flatten()
            .copied()
    }

    fn edges_at<'s>(&'s self, at: Option<&'s Vec<usize>>) -> impl Iterator<Item = &'s graph::Edge> {
        at.into_iter()
            .flatten()
            .filter_map(|i| self.graph.edges.get(*i))
    }
}

/// Runs every rule of the policy's profiles (and the core rules).
pub fn run(policy: &Policy) -> Vec<Diagnostic> {
    let ctx = Ctx::new(policy);
    let mut out = Vec::new();
    for rule in registry() {
        let applies = match rule.profile {
            Profile::Core => true,
            other => policy.profiles.contains(&other.as_str()),
        };
        if applies {
            (rule.check)(&ctx, &mut out);
        }
    }
    mention::apply(policy, &mut out);
    out
}

/// The severity a rule was registered with (for tests and docs).
pub fn severity_of(code: crate::diag::Code) -> Option<Severity> {
    registry()
        .find(|r| r.info.code == code)
        .map(|r| r.info.severity)
}

impl<'a> Ctx<'a> {
    /// Where `target` is referenced inside `item` (the first place), for primary labels such
    /// as "this entry of the flow".
    pub fn reference_in(&self, item: ItemId, target: ItemId) -> Option<crate::source::Span> {
        let container = self.item(item)?.span;
        let list = self.index.references.get(&target)?;
        let from = list.partition_point(|(span, _)| {
            (span.file, span.start) < (container.file, container.start)
        });
        // The first in `policy.references` order among those inside, as a scan would find.
        list.get(from..)?
            .iter()
            .take_while(|(span, _)| span.file == container.file && span.start <= container.end)
            .filter(|(span, _)| span.end <= container.end)
            .min_by_key(|(_, i)| *i)
            .map(|(span, _)| *span)
    }

    /// Whether a retention entry covers a purpose: one that names it in `for`, entries whose
    /// `data` list every category it uses, or an entry with a `period` and neither `data` nor
    /// `for` (a period for everything). Both PIPL-RET-001 and GDPR-NOTICE-001 ask this.
    pub fn retention_covers(&self, purpose: ItemId) -> bool {
        let cover = &self.retention;
        cover.blanket
            || cover.purposes.contains(&purpose)
            || self.item(purpose).is_some_and(|p| {
                let uses = p.fields.refs("uses");
                !uses.is_empty() && uses.iter().all(|c| cover.categories.contains(c))
            })
    }

    /// Whether a retention entry names the category in its `data`.
    pub fn retention_names(&self, category: ItemId) -> bool {
        self.retention.categories.contains(&category)
    }

    /// The kinds of right the policy offers, by their stdlib ids (`access`, `delete`, ...):
    /// what PIPL-RIGHTS-001, PIPL-ADM-001 and GDPR-RIGHTS-001 compare against their lists.
    /// Whether an item (a right, a purpose, a section) is read under a profile: it names no
    /// `residents`, or one of them is protected by that law ("California residents" are read
    /// under `ccpa` only).
    pub fn applies_under(&self, item: &Item, profile: &str) -> bool {
        let residents = item.fields.strs("residents");
        residents.is_empty()
            || residents
                .iter()
                .any(|r| crate::meaning::territory::protects(profile, r))
    }

    /// The author's rights read under a profile, each with the stdlib right it descends from
    /// in that profile's module (`std::ccpa`), nearest first.
    pub fn rights_of(&self, profile: &str) -> Vec<(&'a Item, &'a Item)> {
        let module = format!("std::{profile}");
        self.items(Kind::Right)
            .filter(|r| self.applies_under(r, profile))
            .filter_map(|r| {
                let origin = self.policy.lineage(r.id).find(|i| {
                    self.policy
                        .module(i.module)
                        .is_some_and(|m| m.is_std && m.path == module)
                })?;
                Some((r, origin))
            })
            .collect()
    }

    pub fn offered_rights(&self) -> Vec<&str> {
        self.items(Kind::Right)
            .filter_map(|r| self.root_name(r.id))
            .collect()
    }

    /// The `only_if` cases of a flow that happen with no basis in `lawful`'s judgement: each
    /// condition once, with where the flow names it in `only_if` and the purposes whose edges
    /// lack the basis (none for a stray). A flow that does not happen (`currently_not`) has
    /// none. PIPL-BASIS-001 and GDPR-BASIS-001 ask this, each with its own law's bases.
    pub fn unlawful_cases(
        &self,
        flow: &Item,
        lawful: impl Fn(&graph::Edge, &graph::Alternative) -> bool,
    ) -> Vec<UnlawfulCase> {
        let mut out: Vec<UnlawfulCase> = Vec::new();
        for edge in self.flows_from(flow.id) {
            if !edge.modality.happens() {
                continue;
            }
            for alt in &edge.alternatives {
                let Some(condition) = alt.condition.filter(|_| !lawful(edge, alt)) else {
                    continue;
                };
                let index = match out.iter().position(|c| c.condition == condition) {
                    Some(i) => i,
                    None => {
                        let span = flow
                            .fields
                            .values("only_if")
                            .find(|v| v.value == crate::ir::Value::Ref(condition))
                            .map_or_else(|| flow.name_span(), |v| v.span);
                        out.push(UnlawfulCase {
                            condition,
                            span,
                            purposes: Vec::new(),
                        });
                        out.len() - 1
                    }
                };
                if let (Some(case), Some(p)) = (out.get_mut(index), edge.purpose) {
                    if !case.purposes.contains(&p) {
                        case.purposes.push(p);
                    }
                }
            }
        }
        out
    }

    /// An item's name span, for labels.
    pub fn name_span(&self, id: ItemId) -> Option<crate::source::Span> {
        self.item(id).map(Item::name_span)
    }

    /// `phone`, or `std::gbt35273::contact` for a stdlib item.
    pub fn display(&self, id: ItemId) -> String {
        self.policy.qualified_name(id)
    }
}

/// One `only_if` case of a flow in which it would happen without a basis: see
/// [`Ctx::unlawful_cases`].
pub struct UnlawfulCase {
    pub condition: ItemId,
    /// Where the flow names the condition in `only_if`.
    pub span: crate::source::Span,
    /// The purposes on whose account the flow lacks the basis.
    pub purposes: Vec<ItemId>,
}

/// The diagnostic as a warning: for the rules whose catalogue entry gives some variants a
/// lower severity than the rule's registered one ("error; warning for (b)").
pub fn warning(mut d: Diagnostic) -> Diagnostic {
    d.severity = Severity::Warning;
    d
}

/// `a`, `a and b`, `a, b and c`.
pub fn list_en(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Each rule, the decision table and the site stay linear in the policy's size. Timed (CPU
/// time where the platform gives it), not counted, but only as a ratio with a wide margin:
/// eight times the policy may take at most 32 times as long (linear work gives about 8, more
/// with cache misses on the larger model; the quadratic scans these replace gave 64).
#[cfg(test)]
mod scale {
    use std::time::{Duration, Instant};

    use crate::workspace::Analysis;

    /// The synthetic policy, with every `device_N` category under a standard category (so
    /// CORE-DECL-001 has a reference per category to place).
    fn analysis(lines: usize) -> Analysis {
        let text = with_standard_parents(&crate::synthetic::policy(lines));
        crate::Workspace::from_text("s.pol", &text).analyze()
    }

    /// `category device_N {` -> `category device_N: gb::network_id {`.
    fn with_standard_parents(text: &str) -> String {
        let mut out = String::with_capacity(text.len() + text.len() / 20);
        for line in text.split_inclusive('\n') {
            match line.strip_prefix("category device_") {
                Some(rest) if rest.ends_with(" {\n") => {
                    let n = rest.trim_end_matches(" {\n");
                    out.push_str(&format!("category device_{n}: gb::network_id {{\n"));
                }
                _ => out.push_str(line),
            }
        }
        out
    }

    /// The CPU time this thread has run, where Linux tells it (`/proc/thread-self/schedstat`,
    /// in nanoseconds): unlike the wall clock, it does not count the time other processes on
    /// a busy machine took the core. Elsewhere, the wall clock.
    fn cpu_now() -> Option<Duration> {
        let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
        let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
        Some(Duration::from_nanos(ns))
    }

    /// The fastest of five runs: the least disturbed by other work on the machine.
    fn fastest(mut f: impl FnMut()) -> Duration {
        (0..5)
            .map(|_| {
                let (t, cpu) = (Instant::now(), cpu_now());
                f();
                match (cpu, cpu_now()) {
                    (Some(a), Some(b)) if b > a => b - a,
                    _ => t.elapsed(),
                }
            })
            .min()
            .unwrap_or_default()
    }

    fn assert_linear(what: &str, small: Duration, large: Duration) {
        // Below a few milliseconds the ratio is timer noise, and nothing quadratic hides there
        // at these sizes.
        if large < Duration::from_millis(4) {
            return;
        }
        let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-4);
        assert!(
            ratio < 32.0,
            "{what}: 8x the policy took {ratio:.0}x as long ({small:?} -> {large:?})"
        );
    }

    #[test]
    fn every_rule_is_linear() {
        let (small, large) = (analysis(4_000), analysis(32_000));
        assert!(!small.has_errors() && !large.has_errors());
        let time = |a: &Analysis, rule: &super::Rule| {
            let ctx = super::Ctx::new(&a.policy);
            fastest(|| {
                let mut out = Vec::new();
                (rule.check)(&ctx, &mut out);
                std::hint::black_box(out);
            })
        };
        for rule in super::registry() {
            assert_linear(
                rule.info.code.as_str(),
                time(&small, rule),
                time(&large, rule),
            );
        }
        let ctx = |a: &Analysis| fastest(|| drop(std::hint::black_box(super::Ctx::new(&a.policy))));
        assert_linear("Ctx::new", ctx(&small), ctx(&large));
    }

    #[test]
    fn decision_table_and_site_are_linear() {
        let (small, large) = (analysis(2_000), analysis(16_000));
        let table = |a: &Analysis| {
            fastest(|| {
                drop(std::hint::black_box(
                    crate::backends::enforce::table::build(&a.policy),
                ))
            })
        };
        assert_linear("decision table", table(&small), table(&large));
        let templates = crate::backends::site::Templates::default();
        let build = |a: &Analysis| {
            fastest(|| {
                drop(std::hint::black_box(crate::backends::build(
                    std::slice::from_ref(a),
                    &templates,
                )))
            })
        };
        assert_linear("build", build(&small), build(&large));
    }

    /// The parts of the build that had a scan per row: the rights section's shared facts (all
    /// rights compared with all rights) and the sharing list (every recipient searched per
    /// flow). A small policy with 500 or 4,000 extra rights, or recipients each with a flow, so
    /// that those parts dominate (inside the synthetic policy's whole build they stayed under
    /// the margin up to 32,000 lines).
    #[test]
    fn rights_and_sharing_list_are_linear() {
        use crate::backends::{manifest, site};
        let with = |n: usize, extra: &dyn Fn(usize) -> String| {
            let mut text = crate::synthetic::policy(200);
            for i in 0..n {
                text.push_str(&extra(i));
            }
            crate::Workspace::from_text("s.pol", &text).analyze()
        };
        let right = |i: usize| {
            format!(
                "right extra_{i}: pipl::access {{ via privacy_team; within {} working_days }}\n",
                1 + i % 3
            )
        };
        let (small, large) = (with(500, &right), with(4_000, &right));
        let page = |a: &Analysis| {
            let m = manifest::build(a);
            assert!(m.rights.len() >= 500);
            fastest(|| {
                drop(std::hint::black_box(site::compose::page(
                    &m,
                    crate::diag::Lang::En,
                )))
            })
        };
        assert_linear("the rights of a page", page(&small), page(&large));
        let recipient = |i: usize| {
            format!(
                "recipient extra_{i}: pipl::entrusted_party {{\n  label {{ zh: \"受托方{i}\", en: \"processor {i}\" }}\n  region CN\n  contract pipl::entrust_clauses\n}}\nflow extra_{i} {{\n  entrust contact_0\n  to extra_{i}\n  for service_0\n  basis pipl::contract\n}}\n"
            )
        };
        let (small, large) = (with(500, &recipient), with(4_000, &recipient));
        let lists = |a: &Analysis| {
            fastest(|| drop(std::hint::black_box(site::lists::Lists::new(&a.policy))))
        };
        assert_linear("the sharing list", lists(&small), lists(&large));
    }
}
