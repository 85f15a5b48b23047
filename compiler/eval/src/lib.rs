//! pol's runtime decision table and its embedded evaluator.
//!
//! `polc build` compiles a policy into `enforcement/decisions.json`, a [`DecisionTable`]: one
//! [`Rule`] per way the policy lets a category be used for a purpose (and, for a flow, given
//! to a recipient), with the consents each needs and the promises that forbid it. A service
//! loads it once ([`Evaluator::from_json`]) and asks [`Evaluator::decide`] per request: the
//! answer is [`Decision::Allow`], [`Decision::Deny`] with a [`DenyReason`], or
//! [`Decision::NeedsConsent`]. Anything the table does not state is denied.
//!
//! This crate is the single definition of the format: the compiler builds the table with these
//! types, and the OPA and Cedar outputs are generated from the same table, so the three engines
//! answer the same question (docs/enforcement.md).

mod evaluate;

pub use evaluate::{Evaluator, LoadError};

use serde::{Deserialize, Serialize};

/// The version of the `decisions.json` format. Bumped on any incompatible change.
///
/// Version 2 added a rule's `conditions` and `modality`: an evaluator that ignored `conditions`
/// would allow a flow the policy limits to listed cases, so a table that has them must not be
/// read by a version 1 evaluator.
pub const FORMAT_VERSION: u32 = 3;

/// The oldest format this evaluator reads. A version 1 table has no conditions, and decides the
/// same under version 2.
pub const MIN_FORMAT_VERSION: u32 = 1;

impl DecisionTable {
    /// Whether data in `region` is at home (not a cross-border transfer).
    pub fn is_home(&self, region: &str) -> bool {
        if self.home_territory.is_empty() {
            region == self.home_region
        } else {
            self.home_territory.iter().any(|r| r == region)
        }
    }
}

/// Text in both languages of the policy.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Label {
    pub zh: String,
    pub en: String,
}

/// A compiled policy: everything an application needs to decide requests at run time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DecisionTable {
    /// [`FORMAT_VERSION`].
    pub version: u32,
    /// The policy's name.
    pub policy: String,
    /// Where a recipient that names no region is: the controller's establishment, else the
    /// territory of the policy's first law (`CN` for a PIPL policy, `EU` for a GDPR one).
    pub home_region: String,
    /// Every region that is not abroad from home (the law's territory: `CN`; the EEA's
    /// countries and `EU`). Absent before version 3, when only `home_region` was home.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub home_territory: Vec<String>,
    pub categories: Vec<Category>,
    pub purposes: Vec<Named>,
    pub recipients: Vec<Recipient>,
    /// Every region a rule names.
    pub regions: Vec<String>,
    /// The consents the rules ask for, by id.
    pub consents: Vec<Consent>,
    /// The conditions the rules depend on, by id: what the application asserts in a request's
    /// `conditions` (absent from a version 1 table).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// In table order; when several rules match a request, the best outcome wins (allow, then
    /// needs_consent, then deny), the earlier rule on a tie.
    pub rules: Vec<Rule>,
}

/// A purpose (or anything else with just a name and a label).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Named {
    pub id: String,
    pub label: Label,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Category {
    pub id: String,
    pub label: Label,
    /// Sensitive personal information (PIPL Art. 28).
    pub sensitive: bool,
    /// Children's data: its consent-based uses need a guardian's consent (PIPL Art. 31).
    pub child_data: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Recipient {
    pub id: String,
    pub label: Label,
    /// The standard role it descends from (`entrusted_party`, `other_handler`, ...).
    pub role: Option<String>,
    /// Where it is; the home region when the policy says nothing.
    pub regions: Vec<String>,
}

/// Why a consent is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ConsentKind {
    /// Consent to a purpose (`purpose.<purpose>`).
    Purpose,
    /// A flow's own consent basis (`flow.<flow>`).
    Flow,
    /// Provision to another handler (`share.<flow>`, PIPL Art. 23).
    Provision,
    /// Public disclosure (`disclose.<flow>`, PIPL Art. 25).
    Disclosure,
    /// Sensitive personal information (`sensitive.<category>`, PIPL Art. 29).
    Sensitive,
    /// Provision outside mainland China (`cross_border.<flow>`, PIPL Art. 39).
    CrossBorder,
}

/// A consent an application must collect.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Consent {
    /// Stable id: `<kind prefix>.<item name>`, e.g. `purpose.marketing`, `share.ads_partners`.
    pub id: String,
    pub kind: ConsentKind,
    /// A separate consent (单独同意): asked on its own, not bundled with other consents or with
    /// acceptance of the policy.
    pub separate: bool,
    /// A written consent (书面同意).
    pub written: bool,
    pub categories: Vec<String>,
    pub purposes: Vec<String>,
    pub recipients: Vec<String>,
    pub regions: Vec<String>,
    /// What to show the person.
    pub wording: Label,
    /// The provision that requires it.
    pub article: String,
}

/// A circumstance a rule depends on, which the application asserts when it holds (the law
/// requires it, an authority asked, ...). Consents are not conditions: they are recorded per
/// person and named in a rule's `consents`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Condition {
    /// The condition's name in the policy (`std::conditions::law_requires`, or the author's own).
    pub id: String,
    /// Its kind (`law`, `authority_request`, `judicial`, `anonymized`, ...).
    pub kind: String,
    /// The case in the company's words, as the policy states it.
    pub label: Label,
}

/// How the policy states a practice happens. A practice the policy says does not happen at
/// present (`currently_not`) has no rule at all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// 我们会…… / "We …".
    #[default]
    Routine,
    /// 我们可能…… / "We may …".
    May,
    /// 除以下情形外，我们不会…… / "We … only in the following cases": the rule is one of the
    /// cases, and its `conditions` say which.
    OnlyIf,
}

/// How a rule moves data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FlowKind {
    /// Internal use for a purpose.
    Use,
    /// 委托处理: to a processor.
    Entrust,
    /// 共享、提供: to another handler.
    Share,
    /// 转移: a transfer of control (merger, ...).
    Transfer,
    /// 公开披露: to the public.
    Disclose,
}

impl FlowKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FlowKind::Use => "use",
            FlowKind::Entrust => "entrust",
            FlowKind::Share => "share",
            FlowKind::Transfer => "transfer",
            FlowKind::Disclose => "disclose",
        }
    }
}

/// What kind of lawfulness a rule's basis gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Lawful {
    /// No basis: the rule never allows.
    None,
    Consent,
    GuardianConsent,
    SeparateConsent,
    /// A basis that needs no consent (contract, legal duty, ...): the rule's consents are empty.
    Exception,
}

/// One way the policy lets data move: category x purpose x recipient (none for internal use).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub category: String,
    pub purpose: String,
    pub recipient: Option<String>,
    pub kind: FlowKind,
    /// How the policy states the practice (absent in a version 1 table: routine).
    #[serde(default)]
    pub modality: Modality,
    /// Conditions that must all hold, by id: the `only_if` case the rule is for and the flow's
    /// `when` triggers, other than consents. The request asserts them in its `conditions`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<String>,
    /// The purpose (for `use`) or flow the rule comes from.
    pub source: String,
    /// The bases, by qualified name (`std::pipl::consent`).
    pub basis: Vec<String>,
    pub lawful: Lawful,
    /// The regions the data may be in under this rule: the recipient's, or for internal use
    /// the storage regions. A request naming another region is denied.
    pub regions: Vec<String>,
    /// A request without a region counts as cross-border (the recipient is abroad).
    pub overseas: bool,
    /// Consents needed on every request.
    pub consents: Vec<String>,
    /// The consent needed when the request's region (or, without one, the recipient) is
    /// outside the home region.
    pub cross_border_consent: Option<String>,
    /// Consent-based uses need a guardian's consent whatever the person's age (children's data
    /// or a guardian-consent basis). For a minor they always do.
    pub guardian: bool,
    /// A promise that forbids the rule outright.
    pub forbidden_by: Option<String>,
    /// Regions of `regions` a promise forbids.
    pub forbidden_regions: Vec<RegionBan>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RegionBan {
    pub region: String,
    pub promise: String,
}

/// A question: may `category` be used for `purpose` (given to `recipient`, sent to `region`)
/// for this person?
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Request {
    pub category: String,
    pub purpose: String,
    /// None: internal use, no recipient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    /// Where the data goes (ISO 3166 code, `CN` for mainland China). None: not stated; then a
    /// flow to a recipient abroad counts as cross-border.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// The conditions the application asserts hold for this request, by id (see the table's
    /// `conditions`): the law requires it, an authority asked, the data is anonymised, ...
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<String>,
    #[serde(default)]
    pub person: Person,
}

/// What the application knows about the person the data is about.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Consent ids the person has given.
    #[serde(default)]
    pub consents: Vec<String>,
    /// Consent ids the person has withdrawn (a withdrawal wins over a grant).
    #[serde(default)]
    pub withdrawn: Vec<String>,
    /// Under the policy's age threshold (14 under the PIPL).
    #[serde(default)]
    pub minor: bool,
    /// A parent or guardian has consented.
    #[serde(default)]
    pub guardian_consent: bool,
}

/// The answer. Borrowed from the table, so deciding allocates nothing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "decision", rename_all = "snake_case")]
pub enum Decision<'a> {
    Allow {
        /// The purpose or flow that allows it.
        flow: &'a str,
        kind: FlowKind,
        basis: &'a [String],
    },
    Deny {
        reason: DenyReason,
        /// The promise, consent, condition or region the reason is about.
        #[serde(skip_serializing_if = "Option::is_none")]
        detail: Option<&'a str>,
    },
    NeedsConsent {
        consent: &'a str,
        separate: bool,
    },
}

impl Decision<'_> {
    pub fn is_allow(&self) -> bool {
        matches!(self, Decision::Allow { .. })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DenyReason {
    /// The policy states no such use or flow (default deny).
    NoSuchFlow,
    /// The policy does not say the data goes to that region.
    RegionNotStated,
    /// A promise of the policy forbids it.
    PromiseForbids,
    /// The use or flow has no legal basis.
    NoLawfulBasis,
    /// The policy allows it only when a condition holds, and the request does not assert it.
    ConditionNotMet,
    /// The person withdrew a consent it needs.
    ConsentWithdrawn,
    /// A minor's (or children's) data without a guardian's consent.
    MinorWithoutGuardianConsent,
}

impl DenyReason {
    pub fn as_str(self) -> &'static str {
        match self {
            DenyReason::NoSuchFlow => "no_such_flow",
            DenyReason::RegionNotStated => "region_not_stated",
            DenyReason::PromiseForbids => "promise_forbids",
            DenyReason::NoLawfulBasis => "no_lawful_basis",
            DenyReason::ConditionNotMet => "condition_not_met",
            DenyReason::ConsentWithdrawn => "consent_withdrawn",
            DenyReason::MinorWithoutGuardianConsent => "minor_without_guardian_consent",
        }
    }
}
