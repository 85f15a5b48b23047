//! `manifest.json`: the checked policy as data, versioned, with a JSON Schema generated from
//! these same types (`docs/manifest.schema.json`).
//!
//! The manifest is built from the typed model ([`crate::ir::Policy`]) and is also the context
//! the page templates receive (see `docs/templates.md`), so everything a page says is in the
//! manifest too. References to other items are [`Ref`]s carrying both labels, so an entry can be
//! rendered into a sentence on its own ([`super::site::sentence`]).
//!
//! Compatibility: a field is never renamed or given a new meaning without bumping
//! [`FORMAT_VERSION`]; adding a field does not bump it.

use crate::meaning::territory;
use std::collections::HashMap;

use schemars::JsonSchema;
use serde::Serialize;

use crate::ir::views;
use crate::ir::{self, Fields, Item, ItemId, Policy, Value};
use crate::types::schema::Kind;
use crate::Analysis;

/// The manifest format. Bumped on any incompatible change.
pub const FORMAT_VERSION: u32 = 1;

/// The whole manifest of one policy.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Manifest {
    /// The manifest format version ([`FORMAT_VERSION`]).
    pub format_version: u32,
    /// The policy's id: the `name` in `pol.toml`, else the name of the `policy` header. Also
    /// its folder in the built site.
    pub id: String,
    pub policy: PolicyInfo,
    /// Free-text sections the author wrote (`section`), in source order.
    pub sections: Vec<Section>,
    pub categories: Vec<Category>,
    pub purposes: Vec<Purpose>,
    pub recipients: Vec<Recipient>,
    pub flows: Vec<Flow>,
    /// The app's device permissions (`permission`), in source order.
    pub permissions: Vec<Permission>,
    /// The app's business functions (`function`), in source order.
    pub functions: Vec<Function>,
    pub storage: Vec<Storage>,
    pub retention: Vec<Retention>,
    pub rights: Vec<Right>,
    pub contacts: Vec<Contact>,
    pub promises: Vec<Promise>,
    /// The conditions the policy states: its own `condition` items and every condition a
    /// flow, promise or retention names (the stdlib's included), in source order.
    pub conditions: Vec<Condition>,
    pub cookies: Cookies,
    pub minors: Option<Minors>,
    pub security: Option<Security>,
    pub changes: Option<Changes>,
    /// The version history, newest first as written.
    pub revisions: Vec<Revision>,
    /// Every `allow CODE because "..."` with its justification.
    pub suppressions: Vec<Suppression>,
}

/// Text in each language; a language the policy does not declare is absent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Text {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zh: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Text {
    pub fn get(&self, lang: crate::diag::Lang) -> &str {
        let text = match lang {
            crate::diag::Lang::Zh => &self.zh,
            crate::diag::Lang::En => &self.en,
        };
        text.as_deref().unwrap_or("")
    }

    pub fn is_empty(&self) -> bool {
        self.zh.is_none() && self.en.is_none()
    }
}

impl From<&ir::Text> for Text {
    fn from(t: &ir::Text) -> Text {
        Text {
            zh: t.zh.clone(),
            en: t.en.clone(),
        }
    }
}

/// A reference to another item: its id as written (`inquiry_phone`, `std::pipl::consent`) and
/// its label in each language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Ref {
    pub id: String,
    pub label: Text,
}

/// How a person reaches us or exercises a choice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Channel {
    pub kind: ChannelKind,
    /// The address, URL or number; the contact's id for `contact`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// A self-service path in words, or the contact's label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    Email,
    Url,
    Phone,
    Contact,
    Text,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct PolicyInfo {
    pub title: Option<Text>,
    pub controller: Controller,
    pub products: Vec<Text>,
    pub scope: Option<Text>,
    /// `individuals`, `enterprise_customers`, ... (the schema's words).
    pub audience: Vec<String>,
    /// `YYYY-MM-DD`.
    pub effective: Option<String>,
    pub updated: Option<String>,
    pub version: Option<String>,
    /// Where the current version is published.
    pub url: Option<String>,
    pub languages: Vec<String>,
    pub profiles: Vec<String>,
    /// Where the policy is at home: a recipient with no region is here, and "abroad" is
    /// anywhere outside `home_territory`.
    pub home: Home,
    pub intro: Option<Text>,
    /// Whether starting to use the service counts as accepting the policy.
    pub use_means_acceptance: Option<bool>,
    /// What using the service is taken to accept, in the policy's words.
    pub acceptance: Option<Text>,
    /// The liability the handler disclaims, in the policy's words.
    pub disclaimers: Vec<Ref>,
    /// Cases in which information is collected and used without consent.
    pub consent_exceptions: Vec<Ref>,
}

#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
pub struct Controller {
    pub name: Text,
    pub short_name: Option<Text>,
    pub address: Option<Text>,
    pub phone: Vec<String>,
    pub email: Vec<String>,
    pub website: Option<String>,
    pub credit_code: Option<String>,
    pub dpo: Option<ContactDetails>,
    pub description: Option<Text>,
    /// Where it is established (ISO 3166-1 alpha-2 codes), as the author wrote it.
    pub established: Vec<String>,
    /// Its representative in the Union (GDPR Art. 27), when the policy names one.
    pub representative: Option<ContactDetails>,
    /// The other controllers of what the policy describes: a group's controllers for other
    /// residents or services, and joint controllers (GDPR Art. 26).
    pub co_controllers: Vec<CoController>,
    /// What the controller processes as a processor for its customers (GDPR Art. 28), which the
    /// policy does not cover.
    pub processor_for: Option<Text>,
}

/// Another controller named in the policy's header.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CoController {
    pub name: Text,
    pub address: Option<Text>,
    pub established: Vec<String>,
    /// `controller` or `joint_controller` (GDPR Art. 26).
    pub role: Option<String>,
    /// The residents whose controller it is.
    pub residents: Vec<String>,
    pub services: Option<Text>,
    /// The essence of the joint controllers' arrangement (GDPR Art. 26(2)).
    pub arrangement: Option<Text>,
    pub description: Option<Text>,
}

/// Where a policy is at home ([`crate::meaning::territory::Home`]).
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Home {
    /// The controller's establishment, else the territory of the first declared law (`CN`,
    /// `EU`).
    pub region: String,
    /// Every region that is not abroad from home: that law's territory.
    pub territory: Vec<String>,
}

/// A person or department to write to (the controller's DPO).
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ContactDetails {
    pub name: Option<Text>,
    pub email: Vec<String>,
    pub phone: Vec<String>,
    pub address: Option<Text>,
    pub url: Option<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Section {
    pub id: String,
    pub title: Text,
    pub body: Vec<Text>,
    /// Whom the section concerns, where the policy addresses several audiences.
    pub audience: Vec<String>,
    /// The section it is a numbered item of (`parent`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// The part of the page it stands in (`part`): `rights`, `security`, …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Category {
    pub id: String,
    pub label: Text,
    pub examples: Vec<Text>,
    /// The standard category (GB/T 35273 Appendix A) it belongs to.
    pub standard: Option<Ref>,
    /// Sensitive personal information under PIPL (its own flag, else its standard category's).
    pub sensitive: bool,
    /// The profiles the policy declares under which it is sensitive: PIPL's sensitive personal
    /// information, the GDPR's special categories and criminal-offence data, the CCPA's
    /// sensitive personal information (`Policy::sensitive_under`), in the policy's order.
    pub sensitive_under: Vec<String>,
    /// The categories of other laws' lists it is mapped to with `maps_to`.
    pub maps_to: Vec<Ref>,
    /// Whether the author stated the sensitivity on the category itself (or on a category of
    /// their own it descends from), rather than inheriting it from a stdlib category. The
    /// pages print only a stated sensitivity; the rules read `sensitive`.
    pub sensitive_stated: bool,
    pub identifiability: Option<String>,
    /// `subject`, `automatic` or `third_party`.
    pub source: Option<String>,
    /// The recipients (third parties) it is obtained from.
    pub obtained_from: Vec<Ref>,
    pub required: Option<bool>,
    pub refusal: Option<Text>,
    pub tags: Vec<String>,
    /// Whom the category concerns, where the policy addresses several audiences.
    pub audience: Vec<String>,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Purpose {
    pub id: String,
    pub label: Text,
    pub description: Option<Text>,
    /// The categories it uses, with their sensitivity.
    pub uses: Vec<CategoryRef>,
    pub basis: Vec<Ref>,
    pub required: Option<bool>,
    pub refusal: Option<Text>,
    /// How consent is asked (`opt_in`, `separate_prompt`, ...).
    pub consent: Option<String>,
    pub withdraw: Vec<Channel>,
    pub opt_out: Vec<Channel>,
    pub tags: Vec<String>,
    pub necessity: Option<Text>,
    pub impact: Option<Text>,
    /// Whom the purpose concerns, where the policy addresses several audiences.
    pub audience: Vec<String>,
    /// A possible use the policy declares (「可能」 / "may"), not a routine one.
    pub may: bool,
    /// The legitimate interest pursued, where the basis is GDPR Art. 6(1)(f).
    pub interest: Option<Text>,
    /// The GDPR Art. 9(2) conditions for special categories.
    pub special_condition: Vec<Ref>,
    /// Whether it makes decisions based solely on automated processing (GDPR Art. 22(1));
    /// absent when not stated.
    pub solely_automated: Option<bool>,
    /// For such decisions: the logic involved, and the significance and envisaged
    /// consequences (GDPR Art. 13(2)(f)).
    pub logic: Option<Text>,
    pub consequences: Option<Text>,
}

/// A category named by another item, with its sensitivity, so that an entry renders alone.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CategoryRef {
    pub id: String,
    pub label: Text,
    pub sensitive: bool,
    /// As [`Category::sensitive_stated`].
    pub sensitive_stated: bool,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Recipient {
    pub id: String,
    pub label: Text,
    /// The recipient's role (entrusted party, other handler, ...).
    pub role: Option<Ref>,
    pub name: Option<Text>,
    /// ISO 3166-1 alpha-2 codes.
    pub regions: Vec<String>,
    /// Located abroad as seen from the policy's home: a region outside `policy.home.territory`
    /// (for a PIPL policy, outside mainland China).
    pub overseas: bool,
    /// The declared laws under which it is abroad (`pipl`, `gdpr`, `uk_gdpr`; never `ccpa`,
    /// which is not transfer-based): a recipient in Germany is
    /// abroad under the PIPL and not under the GDPR.
    pub abroad_under: Vec<String>,
    pub contact: Vec<Channel>,
    pub contract: Vec<Ref>,
    pub supervision: Option<Text>,
    pub own_purposes: Option<bool>,
    pub examples: Vec<Text>,
    pub policy_url: Option<String>,
    pub description: Option<Text>,
    /// For an SDK (a recipient naming its catalogue id or packages, or with the role
    /// `pipl::sdk_provider`): its row of the SDK list.
    pub sdk: Option<Sdk>,
    /// Its role under the GDPR (`processor`, `sub_processor`, `joint_controller`,
    /// `independent_controller`), as the author stated it.
    pub acts_as: Option<String>,
    /// Certified under the EU–US Data Privacy Framework; absent when not stated.
    pub dpf_certified: Option<bool>,
}

/// A row of the SDK list (第三方SDK目录): what identifies the SDK and what it collects. The
/// company is the recipient's `name`, the link its `policy_url`.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Sdk {
    /// Its id in the SDK catalogue (`stdlib/mobile/sdks.toml`), as the policy gives it.
    pub catalogue_id: Option<String>,
    /// `android`, `ios`, `harmonyos`, `miniprogram`, `web`.
    pub platforms: Vec<String>,
    /// Maven `group:artifact`, pods or Swift package URLs the app declares it by.
    pub packages: Vec<String>,
    /// Whether it collects while the app is in the background; absent when not stated.
    pub background: Option<bool>,
    /// The categories the flows to it carry (flows that do not happen at present excluded),
    /// each once, in source order.
    pub collects: Vec<CategoryRef>,
    /// The purposes of those flows, each once.
    pub purposes: Vec<Ref>,
    /// Whether any of those flows says the SDK collects the data itself
    /// (`collected_by recipient`, 「SDK本机采集」) rather than receiving it from us.
    pub collects_itself: bool,
    /// The ids of the flows to it, in source order.
    pub flows: Vec<String>,
}

/// A device permission of the permission list (权限列表).
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Permission {
    pub id: String,
    pub label: Text,
    /// Android permissions as the policy writes them (`CAMERA` or `android.permission.CAMERA`).
    pub android: Vec<String>,
    /// iOS usage-description keys.
    pub ios: Vec<String>,
    /// Mini-program scopes or private interfaces.
    pub miniprogram: Vec<String>,
    /// The categories it gives access to.
    pub exposes: Vec<CategoryRef>,
    /// The purposes that need it (its own `for`).
    pub purposes: Vec<Ref>,
    /// The functions that need it.
    pub functions: Vec<Ref>,
    /// When it is asked for: `first_launch`, `on_use`, `in_settings`.
    pub requested: Option<String>,
    /// Whether it is used while the app is in the background; absent when not stated.
    pub background: Option<bool>,
    pub refusal: Option<Text>,
    pub description: Option<Text>,
}

/// A business function (业务功能), basic or extended.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Function {
    pub id: String,
    pub label: Text,
    /// `basic` (基本业务功能) or `extended` (扩展业务功能); absent when not stated.
    pub kind: Option<String>,
    pub purposes: Vec<Ref>,
    /// The permissions that name it in their `functions`, in source order.
    pub permissions: Vec<Ref>,
    pub refusal: Option<Text>,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Flow {
    pub id: String,
    /// `entrust`, `share`, `transfer` or `disclose`.
    pub action: String,
    /// The categories the flow names; empty when it names none (see `whole`).
    pub data: Vec<CategoryRef>,
    /// The flow names no data: it concerns "your personal information" as a whole. Its
    /// `grants` list the categories that whole stands for; a page says "your personal
    /// information", not the list.
    pub whole: bool,
    pub to: Vec<Ref>,
    #[serde(rename = "for")]
    pub purposes: Vec<Ref>,
    pub basis: Vec<Ref>,
    /// The cases in which no consent is needed (lists expanded into their clauses).
    pub exceptions: Vec<Ref>,
    pub conditions: Vec<String>,
    pub trigger: Vec<String>,
    pub mechanism: Vec<Ref>,
    pub commitments: Vec<Ref>,
    /// Some recipient is abroad as seen from the policy's home.
    pub cross_border: bool,
    pub access_only: Option<bool>,
    pub consideration: Option<bool>,
    /// How the person is told of the flow before it happens (`popup`, ...).
    pub notice: Vec<String>,
    /// What happens if the person does not agree to the flow.
    pub refusal: Option<Text>,
    pub description: Option<Text>,
    /// How the flow happens: `routine`, `may`, `only_if` or `currently_not`.
    pub modality: String,
    /// The policy says "may" (可能) as well as naming the cases (`may` with `only_if`): a page
    /// keeps the "may".
    pub may: bool,
    /// The cases it happens in, any one of them (`only_if`), with their labels.
    pub only_if: Vec<Ref>,
    /// The conditions that trigger it, all of them (`when`).
    pub when: Vec<Ref>,
    /// `in_principle` or `generally`: a default with unstated exceptions.
    pub hedge: Option<String>,
    /// `recipient` when the recipient collects the data itself.
    pub collected_by: Option<String>,
    /// What goes to whom for what, from the meaning of the flow: each category only to the
    /// purposes that use it. Recipients that receive the same are grouped.
    pub grants: Vec<Grant>,
}

/// One row of what a flow sends: these categories, to these recipients, for these purposes
/// (none for a category no listed purpose uses).
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Grant {
    pub to: Vec<Ref>,
    #[serde(rename = "for")]
    pub purposes: Vec<Ref>,
    pub data: Vec<CategoryRef>,
}

/// A circumstance a practice depends on (`condition`).
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Condition {
    pub id: String,
    /// The case in the company's voice (its own, or the one it rewords).
    pub label: Text,
    /// `consent`, `law`, `authority_request`, ...
    pub kind: Option<String>,
    /// The bases a practice has while it holds.
    pub basis: Vec<Ref>,
    pub article: Option<String>,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Storage {
    pub id: String,
    /// The categories; empty means all.
    pub data: Vec<CategoryRef>,
    pub regions: Vec<String>,
    /// `in_principle` or `generally`: a default with unstated exceptions.
    pub hedge: Option<String>,
    pub exceptions: Vec<Ref>,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Retention {
    pub id: String,
    pub data: Vec<CategoryRef>,
    #[serde(rename = "for")]
    pub purposes: Vec<Ref>,
    pub period: Option<Duration>,
    pub until: Option<Text>,
    pub minimum: Vec<Ref>,
    /// `delete`, `anonymize` or `delete_or_anonymize`.
    pub on_expiry: Option<String>,
    pub backups: Option<Text>,
    /// Cases in which information is kept beyond the period.
    pub exceptions: Vec<Ref>,
    pub on_cessation: Option<Text>,
    pub description: Option<Text>,
    /// No period is named, only "as long as necessary for the purpose".
    pub as_long_as_necessary: bool,
    /// The information is not kept at all.
    pub not_stored: bool,
    /// The conditions under which it is kept beyond the period, any one of them.
    pub kept_beyond: Vec<Ref>,
    /// `in_principle` or `generally`: the period is a default with unstated exceptions.
    pub hedge: Option<String>,
}

/// `15 working_days`: an amount and a unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Duration {
    pub amount: u32,
    /// `hours`, `days`, `working_days`, `weeks`, `months` or `years`.
    pub unit: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Right {
    pub id: String,
    pub label: Text,
    /// The standard right it is (`std::pipl::access`).
    pub kind: Option<Ref>,
    pub article: Option<String>,
    pub via: Vec<Channel>,
    pub within: Option<Duration>,
    /// `in_principle` or `generally`: the response time is a default (「一般情况下」).
    pub within_hedge: Option<String>,
    pub verification: Option<Text>,
    /// `free`, `free_for_reasonable_requests` or `cost_fee`.
    pub fee: Option<String>,
    /// `in_principle` or `generally`: the fee is a default (「原则上」).
    pub fee_hedge: Option<String>,
    /// What the right holds within (「在法律法规允许的范围内」), with the conditions' labels.
    pub premise: Vec<Ref>,
    pub conditions: Vec<Ref>,
    pub refusal_grounds: Vec<Ref>,
    /// The request may be refused in those cases, not certainly (「可能予以拒绝」).
    pub refusal_may: Option<bool>,
    /// The residents the right is for (`US`, `EU`, `US-CA`); empty when it is everyone's.
    pub residents: Vec<String>,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Contact {
    pub id: String,
    pub label: Text,
    pub email: Vec<String>,
    pub phone: Vec<String>,
    pub address: Option<Text>,
    pub url: Option<String>,
    pub hours: Option<Text>,
    pub requests: Vec<Text>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Promise {
    pub id: String,
    pub label: Text,
    /// The kind of promise (`std::promises::storage_only`).
    pub kind: Option<Ref>,
    pub data: Vec<CategoryRef>,
    pub regions: Vec<String>,
    /// The cases it excepts and what we do then, in the policy's words.
    pub exceptions: Vec<Ref>,
    pub description: Option<Text>,
    /// The conditions under which it allows what it otherwise forbids (`except`).
    pub except: Vec<Ref>,
    /// The flows it allows by name (`except_flows`), by id.
    pub except_flows: Vec<Ref>,
    /// `in_principle` or `generally`.
    pub hedge: Option<String>,
    /// `try` (尽力) or `knowingly` (不会主动).
    pub effort: Option<String>,
    /// What the promise holds within (「在法律法规允许的范围内」), with the conditions' labels.
    pub premise: Vec<Ref>,
}

#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
pub struct Cookies {
    /// The `cookies` statement.
    pub statement: Option<CookieStatement>,
    /// Each `cookie` declared.
    pub items: Vec<Cookie>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct CookieStatement {
    pub technology: Vec<String>,
    pub refuse: Vec<Channel>,
    pub do_not_track: Option<String>,
    pub lifetime: Option<Text>,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Cookie {
    pub id: String,
    pub label: Text,
    pub kind: Option<String>,
    pub technology: Vec<String>,
    #[serde(rename = "for")]
    pub purposes: Vec<Ref>,
    pub data: Vec<CategoryRef>,
    pub lifetime: Option<Text>,
    pub third_party: Option<Ref>,
    pub description: Option<Text>,
    /// A possible use the policy declares ("we may use cookies to …").
    pub may: bool,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Minors {
    pub threshold: Option<u64>,
    /// The age from which a child consents alone (GDPR Art. 8(1)).
    pub consent_age: Option<u64>,
    pub directed: Option<bool>,
    pub guardian_consent: Option<bool>,
    pub on_discovery: Option<Text>,
    pub dedicated_rules: Option<String>,
    /// How a guardian asks about a minor's information.
    pub guardian_contact: Vec<Channel>,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Security {
    pub measures: Vec<Ref>,
    pub certifications: Vec<Ref>,
    pub mlps_level: Option<u64>,
    pub incident_plan: Option<bool>,
    pub incident_notice: Vec<String>,
    /// What people are told of an incident.
    pub incident_contents: Vec<Ref>,
    pub report_to_authorities: Option<bool>,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Changes {
    pub announce: Vec<String>,
    pub major: Vec<Ref>,
    pub major_notice: Vec<String>,
    pub continued_use_means_acceptance: Option<bool>,
    pub archive: Option<String>,
    /// Earlier versions are kept for reference.
    pub archived: Option<bool>,
    /// Updates are announced before they take effect.
    pub advance_notice: Option<bool>,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Revision {
    pub id: String,
    pub date: Option<String>,
    pub version: Option<String>,
    pub changes: Vec<Text>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Suppression {
    /// The silenced rule's code (`PIPL-RET-001`).
    pub code: String,
    pub justification: String,
    /// The id of the item it is written in.
    pub item: String,
    /// Written in the policy header: applies to the whole policy.
    pub policy_wide: bool,
}

/// The JSON Schema of [`Manifest`], as published in `docs/manifest.schema.json`.
pub fn schema_json() -> String {
    let schema = serde_json::to_value(schemars::schema_for!(Manifest)).unwrap_or_default();
    let mut text = serde_json::to_string_pretty(&super::sorted_keys(schema)).unwrap_or_default();
    text.push('\n');
    text
}

/// The manifest of a checked policy.
pub fn build(analysis: &Analysis) -> Manifest {
    let policy = &analysis.policy;
    let b = Builder::new(policy);
    let header = policy.header();
    let (id, _) = crate::project::policy_id(analysis);
    let kind = |k: Kind| policy.of_kind(k);
    let single = |k: Kind| policy.of_kind(k).next();
    Manifest {
        format_version: FORMAT_VERSION,
        id,
        policy: b.policy_info(header),
        sections: kind(Kind::Section)
            .map(|i| Section {
                id: b.id(i),
                title: b.text(&i.fields, "title").unwrap_or_default(),
                body: b.texts(&i.fields, "body"),
                audience: b.options(&i.fields, "audience"),
                parent: b.refs(&i.fields, "parent").into_iter().next().map(|r| r.id),
                part: b.option(&i.fields, "part"),
            })
            .collect(),
        categories: kind(Kind::Category).map(|i| b.category(i)).collect(),
        purposes: kind(Kind::Purpose).map(|i| b.purpose(i)).collect(),
        recipients: kind(Kind::Recipient).map(|i| b.recipient(i)).collect(),
        flows: kind(Kind::Flow).map(|i| b.flow(i)).collect(),
        permissions: kind(Kind::Permission).map(|i| b.permission(i)).collect(),
        functions: kind(Kind::Function).map(|i| b.function(i)).collect(),
        storage: kind(Kind::Storage).map(|i| b.storage(i)).collect(),
        retention: kind(Kind::Retention).map(|i| b.retention(i)).collect(),
        rights: kind(Kind::Right).map(|i| b.right(i)).collect(),
        contacts: kind(Kind::Contact).map(|i| b.contact(i)).collect(),
        promises: kind(Kind::Promise).map(|i| b.promise(i)).collect(),
        conditions: b.conditions(),
        cookies: Cookies {
            statement: single(Kind::Cookies).map(|i| b.cookie_statement(i)),
            items: kind(Kind::Cookie).map(|i| b.cookie(i)).collect(),
        },
        minors: single(Kind::Minors).map(|i| b.minors(i)),
        security: single(Kind::Security).map(|i| b.security(i)),
        changes: single(Kind::Changes).map(|i| b.changes(i)),
        revisions: kind(Kind::Revision)
            .map(|i| Revision {
                id: b.id(i),
                date: views::Revision(i).date().map(|d| d.to_string()),
                version: views::Revision(i).version().map(str::to_string),
                changes: b.texts(&i.fields, "changes"),
            })
            .collect(),
        suppressions: policy
            .suppressions
            .iter()
            .map(|s| Suppression {
                code: s.code.as_str().to_string(),
                justification: s.justification.clone(),
                item: policy.item(s.item).map(|i| b.id(i)).unwrap_or_default(),
                policy_wide: s.policy_wide,
            })
            .collect(),
    }
}

/// Reads typed-model items into manifest entries.
pub(crate) struct Builder<'p> {
    pub(crate) policy: &'p Policy,
    /// The meaning of the policy, built on the first flow: what each flow sends to whom.
    graph: std::cell::OnceCell<(crate::meaning::Graph, HashMap<ItemId, Vec<usize>>)>,
    /// Each author item's position among the author's items of its kind, built on the first
    /// unnamed item: finding it by a scan per item was quadratic.
    positions: std::cell::OnceCell<HashMap<ItemId, usize>>,
    /// The flows naming each recipient in `to`, and the permissions naming each function in
    /// `functions`, in source order, built on first use (a scan per item is quadratic).
    naming: std::cell::OnceCell<HashMap<ItemId, Vec<ItemId>>>,
}

impl<'p> Builder<'p> {
    pub(crate) fn new(policy: &'p Policy) -> Builder<'p> {
        Builder {
            policy,
            graph: std::cell::OnceCell::new(),
            positions: std::cell::OnceCell::new(),
            naming: std::cell::OnceCell::new(),
        }
    }

    /// The flows whose `to` names `id` (a recipient), or the permissions whose `functions`
    /// name it (a function), each once, in source order.
    fn naming(&self, id: ItemId) -> impl Iterator<Item = &'p Item> + '_ {
        let map = self.naming.get_or_init(|| {
            let mut map: HashMap<ItemId, Vec<ItemId>> = HashMap::new();
            let named = self.policy.of_kind(Kind::Flow).map(|i| (i, "to")).chain(
                self.policy
                    .of_kind(Kind::Permission)
                    .map(|i| (i, "functions")),
            );
            for (item, key) in named {
                for target in item.fields.refs(key) {
                    let list = map.entry(target).or_default();
                    if list.last() != Some(&item.id) {
                        list.push(item.id);
                    }
                }
            }
            map
        });
        map.get(&id)
            .into_iter()
            .flatten()
            .filter_map(|i| self.policy.item(*i))
    }
}

impl Builder<'_> {
    /// An item's id: its name, or for an unnamed item (`retention { ... }`) its keyword and
    /// its position among the author's items of that kind (`retention-1`), which is stable
    /// for a given source.
    pub(crate) fn id(&self, item: &Item) -> String {
        if !item.name().is_empty() {
            return self.policy.qualified_name(item.id);
        }
        let positions = self.positions.get_or_init(|| {
            let mut seen: HashMap<Kind, usize> = HashMap::new();
            let mut map = HashMap::new();
            for i in self.policy.user_items() {
                let n = seen.entry(i.kind).or_default();
                map.insert(i.id, *n);
                *n += 1;
            }
            map
        });
        let n = positions.get(&item.id).copied().unwrap_or(0);
        format!("{}-{}", item.kind.keyword(), n + 1)
    }

    fn text(&self, fields: &Fields, key: &str) -> Option<Text> {
        fields.text(key).map(Text::from)
    }

    fn texts(&self, fields: &Fields, key: &str) -> Vec<Text> {
        fields.texts(key).into_iter().map(Text::from).collect()
    }

    fn strings(&self, fields: &Fields, key: &str) -> Vec<String> {
        fields.strs(key).into_iter().map(str::to_string).collect()
    }

    fn options(&self, fields: &Fields, key: &str) -> Vec<String> {
        fields
            .options(key)
            .into_iter()
            .map(str::to_string)
            .collect()
    }

    fn option(&self, fields: &Fields, key: &str) -> Option<String> {
        fields.option(key).map(str::to_string)
    }

    /// The label of any item: its `label`, else its `name` (recipients, controllers), else
    /// its `title` (sections), else its id in both languages.
    pub(crate) fn label(&self, item: &Item) -> Text {
        for key in ["label", "name", "title"] {
            if let Some(t) = item.fields.text(key) {
                return t.into();
            }
        }
        let id = self.id(item);
        Text {
            zh: Some(id.clone()),
            en: Some(id),
        }
    }

    pub(crate) fn reference(&self, id: ItemId) -> Option<Ref> {
        let item = self.policy.item(id)?;
        Some(Ref {
            id: self.id(item),
            label: self.label(item),
        })
    }

    fn refs(&self, fields: &Fields, key: &str) -> Vec<Ref> {
        fields
            .refs(key)
            .into_iter()
            .filter_map(|id| self.reference(id))
            .collect()
    }

    /// A `Clauses` field: lists expanded into their clauses.
    fn clauses(&self, fields: &Fields, key: &str) -> Vec<Ref> {
        self.policy
            .clauses(fields, key)
            .into_iter()
            .filter_map(|id| self.reference(id))
            .collect()
    }

    fn category_refs(&self, fields: &Fields, key: &str) -> Vec<CategoryRef> {
        fields
            .refs(key)
            .into_iter()
            .filter_map(|id| self.category_ref(id))
            .collect()
    }

    /// A sensitivity the author wrote: `sensitive` on the category or on one of the author's
    /// own categories it descends from, before the chain reaches the stdlib. A `sensitive`
    /// inherited from a standard category (GB/T 35273) is the model's classification, not
    /// something the policy says.
    pub(crate) fn sensitive_stated(&self, id: ItemId) -> bool {
        self.policy
            .lineage(id)
            .take_while(|item| !self.policy.is_std(item))
            .find_map(|item| item.fields.bool("sensitive"))
            .unwrap_or(false)
    }

    fn category_ref(&self, id: ItemId) -> Option<CategoryRef> {
        let r = self.reference(id)?;
        Some(CategoryRef {
            id: r.id,
            label: r.label,
            sensitive: self.policy.is_sensitive(id),
            sensitive_stated: self.sensitive_stated(id),
        })
    }

    fn channels(&self, fields: &Fields, key: &str) -> Vec<Channel> {
        fields
            .values(key)
            .filter_map(|v| {
                let (kind, value, text) = match &v.value {
                    Value::Email(s) => (ChannelKind::Email, Some(s.clone()), None),
                    Value::Url(s) => (ChannelKind::Url, Some(s.clone()), None),
                    Value::Phone(s) => (ChannelKind::Phone, Some(s.clone()), None),
                    Value::Text(t) => (ChannelKind::Text, None, Some(t.into())),
                    Value::Ref(id) => {
                        let r = self.reference(*id)?;
                        (ChannelKind::Contact, Some(r.id), Some(r.label))
                    }
                    _ => return None,
                };
                Some(Channel { kind, value, text })
            })
            .collect()
    }

    fn duration(&self, fields: &Fields, key: &str) -> Option<Duration> {
        fields.duration(key).map(|d| Duration {
            amount: d.amount,
            unit: d.unit.word(true).to_string(),
        })
    }

    fn policy_info(&self, header: Option<&Item>) -> PolicyInfo {
        let empty = Fields::default();
        let f = header.map(|h| &h.fields).unwrap_or(&empty);
        let c = f.record("controller").unwrap_or(&empty);
        PolicyInfo {
            title: self.text(f, "title"),
            controller: Controller {
                name: self.text(c, "name").unwrap_or_default(),
                short_name: self.text(c, "short_name"),
                address: self.text(c, "address"),
                phone: self.strings(c, "phone"),
                email: self.strings(c, "email"),
                website: c.str("website").map(str::to_string),
                credit_code: c.str("credit_code").map(str::to_string),
                dpo: c.record("dpo").map(|d| ContactDetails {
                    name: self.text(d, "name"),
                    email: self.strings(d, "email"),
                    phone: self.strings(d, "phone"),
                    address: self.text(d, "address"),
                    url: d.str("url").map(str::to_string),
                }),
                description: self.text(c, "description"),
                established: self.strings(c, "established"),
                representative: c.record("representative").map(|d| ContactDetails {
                    name: self.text(d, "name"),
                    email: self.strings(d, "email"),
                    phone: self.strings(d, "phone"),
                    address: self.text(d, "address"),
                    url: d.str("url").map(str::to_string),
                }),
                co_controllers: c
                    .values("co_controllers")
                    .filter_map(|v| match &v.value {
                        crate::ir::Value::Record(o) => Some(CoController {
                            name: self.text(o, "name").unwrap_or_default(),
                            address: self.text(o, "address"),
                            established: self.strings(o, "established"),
                            role: o.option("role").map(str::to_string),
                            residents: self.strings(o, "residents"),
                            services: self.text(o, "services"),
                            arrangement: self.text(o, "arrangement"),
                            description: self.text(o, "description"),
                        }),
                        _ => None,
                    })
                    .collect(),
                processor_for: self.text(c, "processor_for"),
            },
            products: self.texts(f, "products"),
            scope: self.text(f, "scope"),
            audience: self.options(f, "audience"),
            effective: f.date("effective").map(|d| d.to_string()),
            updated: f.date("updated").map(|d| d.to_string()),
            version: f.str("version").map(str::to_string),
            url: f.str("url").map(str::to_string),
            languages: self
                .policy
                .languages
                .iter()
                .map(|l| l.to_string())
                .collect(),
            profiles: self.policy.profiles.iter().map(|p| p.to_string()).collect(),
            home: {
                let home = &self.meaning().0.home;
                Home {
                    region: home.region.clone(),
                    territory: home.territory.clone(),
                }
            },
            intro: self.text(f, "intro"),
            use_means_acceptance: f.bool("use_means_acceptance"),
            acceptance: self.text(f, "acceptance"),
            disclaimers: self.clauses(f, "disclaimers"),
            consent_exceptions: self.clauses(f, "consent_exceptions"),
        }
    }

    pub(crate) fn category(&self, i: &Item) -> Category {
        let f = &i.fields;
        Category {
            id: self.id(i),
            label: self.label(i),
            examples: self.texts(f, "examples"),
            standard: i.parent.and_then(|p| self.reference(p)),
            sensitive: self.policy.is_sensitive(i.id),
            sensitive_under: self
                .policy
                .sensitive_profiles(i.id, &self.policy.profiles)
                .into_iter()
                .map(str::to_string)
                .collect(),
            maps_to: self.refs(f, "maps_to"),
            sensitive_stated: self.sensitive_stated(i.id),
            identifiability: self.option(f, "identifiability"),
            source: self.option(f, "source"),
            obtained_from: self.refs(f, "obtained_from"),
            required: f.bool("required"),
            refusal: self.text(f, "refusal"),
            tags: self.options(f, "tags"),
            audience: self.options(f, "audience"),
            description: self.text(f, "description"),
        }
    }

    pub(crate) fn purpose(&self, i: &Item) -> Purpose {
        let f = &i.fields;
        Purpose {
            id: self.id(i),
            label: self.label(i),
            description: self.text(f, "description"),
            uses: self.category_refs(f, "uses"),
            basis: self.refs(f, "basis"),
            required: f.bool("required"),
            refusal: self.text(f, "refusal"),
            consent: self.option(f, "consent"),
            withdraw: self.channels(f, "withdraw"),
            opt_out: self.channels(f, "opt_out"),
            tags: self.options(f, "tags"),
            necessity: self.text(f, "necessity"),
            impact: self.text(f, "impact"),
            audience: self.options(f, "audience"),
            may: f.bool("may") == Some(true),
            interest: self.text(f, "interest"),
            special_condition: self.clauses(f, "special_condition"),
            solely_automated: f.bool("solely_automated"),
            logic: self.text(f, "logic"),
            consequences: self.text(f, "consequences"),
        }
    }

    pub(crate) fn recipient(&self, i: &Item) -> Recipient {
        let f = &i.fields;
        let regions = self.strings(f, "region");
        Recipient {
            id: self.id(i),
            label: self.label(i),
            role: i.parent.and_then(|p| self.reference(p)),
            name: self.text(f, "name"),
            overseas: territory::leaves_home(self.policy, self.home(), i.id),
            abroad_under: territory::abroad(self.policy, self.home(), i.id)
                .profiles()
                .into_iter()
                .map(str::to_string)
                .collect(),
            regions,
            contact: self.channels(f, "contact"),
            contract: self.clauses(f, "contract"),
            supervision: self.text(f, "supervision"),
            own_purposes: f.bool("own_purposes"),
            examples: self.texts(f, "examples"),
            policy_url: f.str("policy_url").map(str::to_string),
            description: self.text(f, "description"),
            sdk: self.sdk(i),
            acts_as: self.option(f, "acts_as"),
            dpf_certified: f.bool("dpf_certified"),
        }
    }

    /// The SDK-list row of a recipient that is an SDK, else `None`.
    fn sdk(&self, i: &Item) -> Option<Sdk> {
        let f = &i.fields;
        let by_role = self
            .policy
            .lineage(i.id)
            .any(|a| self.policy.is_std(a) && a.name() == "sdk_provider");
        if !(f.has("sdk") || f.has("packages") || by_role) {
            return None;
        }
        let mut collects: Vec<CategoryRef> = Vec::new();
        let mut purposes: Vec<Ref> = Vec::new();
        let mut flows = Vec::new();
        let mut collects_itself = false;
        for flow in self.naming(i.id) {
            flows.push(self.id(flow));
            if !crate::meaning::Modality::of_flow(flow).happens() {
                continue;
            }
            collects_itself |= views::Flow(flow).collected_by() == Some("recipient");
            for action in ["entrust", "share", "transfer", "disclose"] {
                for c in self.category_refs(&flow.fields, action) {
                    if !collects.iter().any(|x| x.id == c.id) {
                        collects.push(c);
                    }
                }
            }
            for p in self.refs(&flow.fields, "for") {
                if !purposes.iter().any(|x| x.id == p.id) {
                    purposes.push(p);
                }
            }
        }
        Some(Sdk {
            catalogue_id: f.str("sdk").map(str::to_string),
            platforms: self.options(f, "platforms"),
            packages: self.strings(f, "packages"),
            background: f.bool("background"),
            collects,
            purposes,
            collects_itself,
            flows,
        })
    }

    pub(crate) fn permission(&self, i: &Item) -> Permission {
        let f = &i.fields;
        Permission {
            id: self.id(i),
            label: self.label(i),
            android: self.strings(f, "android"),
            ios: self.strings(f, "ios"),
            miniprogram: self.strings(f, "miniprogram"),
            exposes: self.category_refs(f, "exposes"),
            purposes: self.refs(f, "for"),
            functions: self.refs(f, "functions"),
            requested: self.option(f, "requested"),
            background: f.bool("background"),
            refusal: self.text(f, "refusal"),
            description: self.text(f, "description"),
        }
    }

    pub(crate) fn function(&self, i: &Item) -> Function {
        let f = &i.fields;
        Function {
            id: self.id(i),
            label: self.label(i),
            kind: self.option(f, "kind"),
            purposes: self.refs(f, "purposes"),
            permissions: self
                .naming(i.id)
                .filter_map(|p| self.reference(p.id))
                .collect(),
            refusal: self.text(f, "refusal"),
            description: self.text(f, "description"),
        }
    }

    pub(crate) fn flow(&self, i: &Item) -> Flow {
        let f = &i.fields;
        let action = ["entrust", "share", "transfer", "disclose"]
            .into_iter()
            .find(|a| f.has(a))
            .unwrap_or("share");
        // The meaning's definition, so the site and the checker agree on what goes abroad.
        let cross_border = f
            .refs("to")
            .into_iter()
            .any(|r| territory::leaves_home(self.policy, self.home(), r));
        Flow {
            id: self.id(i),
            action: action.to_string(),
            data: self.category_refs(f, action),
            whole: f.refs(action).is_empty(),
            to: self.refs(f, "to"),
            purposes: self.refs(f, "for"),
            basis: self.refs(f, "basis"),
            exceptions: self.clauses(f, "exceptions"),
            conditions: self.options(f, "conditions"),
            trigger: self.options(f, "trigger"),
            mechanism: self.refs(f, "mechanism"),
            commitments: self.clauses(f, "commitments"),
            cross_border,
            access_only: f.bool("access_only"),
            consideration: f.bool("consideration"),
            notice: self.options(f, "notice"),
            refusal: self.text(f, "refusal"),
            description: self.text(f, "description"),
            modality: match crate::meaning::Modality::of_flow(i) {
                crate::meaning::Modality::Routine => "routine",
                crate::meaning::Modality::May => "may",
                crate::meaning::Modality::OnlyIf => "only_if",
                crate::meaning::Modality::CurrentlyNot => "currently_not",
            }
            .to_string(),
            may: f.bool("may") == Some(true),
            only_if: self.condition_refs(f, "only_if"),
            when: self.condition_refs(f, "when"),
            hedge: self.option(f, "hedge"),
            collected_by: self.option(f, "collected_by"),
            grants: self.grants(i),
        }
    }

    /// The meaning of the policy, built once, with each flow's edges indexed: a scan of every
    /// edge per flow was quadratic.
    fn meaning(&self) -> &(crate::meaning::Graph, HashMap<ItemId, Vec<usize>>) {
        self.graph.get_or_init(|| {
            let graph = crate::meaning::Graph::build(self.policy);
            let mut by_source: HashMap<ItemId, Vec<usize>> = HashMap::new();
            for (i, e) in graph.edges.iter().enumerate() {
                if e.kind != crate::meaning::EdgeKind::Use {
                    by_source.entry(e.source).or_default().push(i);
                }
            }
            (graph, by_source)
        })
    }

    fn home(&self) -> &crate::meaning::territory::Home {
        &self.meaning().0.home
    }

    /// A flow's grants from its edges in the meaning: per recipient, per purpose, the
    /// categories; then purposes with the same categories merged, and recipients with the same
    /// rows grouped. Order follows the edges (source order).
    fn grants(&self, flow: &Item) -> Vec<Grant> {
        let (graph, by_source) = self.meaning();
        let edges = by_source
            .get(&flow.id)
            .into_iter()
            .flatten()
            .filter_map(|i| graph.edges.get(*i));
        // recipient -> [(purpose, categories)]
        type Rows = Vec<(Option<ItemId>, Vec<ItemId>)>;
        let mut by_recipient: Vec<(ItemId, Rows)> = Vec::new();
        for e in edges {
            let Some(r) = e.recipient else { continue };
            let at = match by_recipient.iter().position(|(x, _)| *x == r) {
                Some(at) => at,
                None => {
                    by_recipient.push((r, Vec::new()));
                    by_recipient.len() - 1
                }
            };
            let rows = &mut by_recipient[at].1;
            match rows.iter_mut().find(|(p, _)| *p == e.purpose) {
                Some((_, cats)) if !cats.contains(&e.category) => cats.push(e.category),
                Some(_) => {}
                None => rows.push((e.purpose, vec![e.category])),
            }
        }
        // Categories in the order the author listed them in the flow.
        let written: Vec<ItemId> = crate::meaning::EdgeKind::of_flow(flow)
            .map(|k| k.named_data(crate::ir::views::Flow(flow)))
            .unwrap_or_default();
        let rank = |c: &ItemId| written.iter().position(|w| w == c).unwrap_or(usize::MAX);
        for (_, rows) in &mut by_recipient {
            for (_, cats) in rows.iter_mut() {
                cats.sort_by_key(|c| rank(c));
            }
        }
        // Purposes that receive the same categories become one row.
        // (purposes, categories)
        type Merged = Vec<(Vec<ItemId>, Vec<ItemId>)>;
        let merged = |rows: &Rows| -> Merged {
            let mut out: Merged = Vec::new();
            for (p, cats) in rows {
                let purposes: Vec<ItemId> = p.iter().copied().collect();
                match out
                    .iter_mut()
                    .find(|(ps, cs)| cs == cats && !ps.is_empty() && !purposes.is_empty())
                {
                    Some((ps, _)) => ps.extend(purposes),
                    None => out.push((purposes, cats.clone())),
                }
            }
            out
        };
        let mut groups: Vec<(Vec<ItemId>, Merged)> = Vec::new();
        for (r, rows) in &by_recipient {
            let rows = merged(rows);
            match groups.iter_mut().find(|(_, g)| *g == rows) {
                Some((rs, _)) => rs.push(*r),
                None => groups.push((vec![*r], rows)),
            }
        }
        let refs = |ids: &[ItemId]| -> Vec<Ref> {
            ids.iter().filter_map(|id| self.reference(*id)).collect()
        };
        groups
            .into_iter()
            .flat_map(|(recipients, rows)| {
                rows.into_iter()
                    .map(move |(purposes, cats)| (recipients.clone(), purposes, cats))
            })
            .map(|(recipients, purposes, cats)| Grant {
                to: refs(&recipients),
                purposes: refs(&purposes),
                data: cats.iter().filter_map(|c| self.category_ref(*c)).collect(),
            })
            .collect()
    }

    /// References to conditions, with the label they reword when they have none of their own.
    fn condition_refs(&self, fields: &Fields, key: &str) -> Vec<Ref> {
        fields
            .refs(key)
            .into_iter()
            .filter_map(|id| self.condition_ref(id))
            .collect()
    }

    fn condition_ref(&self, id: ItemId) -> Option<Ref> {
        let item = self.policy.item(id)?;
        Some(Ref {
            id: self.id(item),
            label: crate::meaning::condition_label(self.policy, id)
                .map(Text::from)
                .unwrap_or_else(|| self.label(item)),
        })
    }

    /// The policy's own conditions and every condition its flows, promises and retention
    /// name, each once, in source order.
    pub(crate) fn conditions(&self) -> Vec<Condition> {
        let mut ids: Vec<ItemId> = self
            .policy
            .of_kind(Kind::Condition)
            .filter(|c| self.policy.module(c.module).is_some_and(|m| !m.is_std))
            .map(|c| c.id)
            .collect();
        let named = [
            (Kind::Flow, "when"),
            (Kind::Flow, "only_if"),
            (Kind::Promise, "except"),
            (Kind::Retention, "kept_beyond"),
        ];
        for (kind, key) in named {
            for item in self.policy.of_kind(kind) {
                for c in item.fields.refs(key) {
                    if !ids.contains(&c) {
                        ids.push(c);
                    }
                }
            }
        }
        ids.into_iter()
            .filter_map(|id| {
                let item = self.policy.item(id)?;
                let r = self.condition_ref(id)?;
                Some(Condition {
                    id: r.id,
                    label: r.label,
                    kind: crate::meaning::condition_kind(self.policy, id).map(str::to_string),
                    basis: crate::meaning::condition_basis(self.policy, id)
                        .into_iter()
                        .filter_map(|b| self.reference(b))
                        .collect(),
                    article: views::Condition(item).article().map(str::to_string),
                    description: self.text(&item.fields, "description"),
                })
            })
            .collect()
    }

    pub(crate) fn storage(&self, i: &Item) -> Storage {
        let f = &i.fields;
        Storage {
            id: self.id(i),
            data: self.category_refs(f, "data"),
            regions: self.strings(f, "region"),
            hedge: self.option(f, "hedge"),
            exceptions: self.clauses(f, "exceptions"),
            description: self.text(f, "description"),
        }
    }

    pub(crate) fn retention(&self, i: &Item) -> Retention {
        let f = &i.fields;
        Retention {
            id: self.id(i),
            data: self.category_refs(f, "data"),
            purposes: self.refs(f, "for"),
            period: self.duration(f, "period"),
            until: self.text(f, "until"),
            minimum: self.clauses(f, "minimum"),
            on_expiry: self.option(f, "on_expiry"),
            backups: self.text(f, "backups"),
            exceptions: self.clauses(f, "exceptions"),
            on_cessation: self.text(f, "on_cessation"),
            description: self.text(f, "description"),
            as_long_as_necessary: f.bool("as_long_as_necessary") == Some(true),
            not_stored: f.bool("not_stored") == Some(true),
            kept_beyond: self.condition_refs(f, "kept_beyond"),
            hedge: self.option(f, "hedge"),
        }
    }

    pub(crate) fn right(&self, i: &Item) -> Right {
        let f = &i.fields;
        let kind = i.parent.and_then(|p| self.reference(p));
        Right {
            id: self.id(i),
            // A right usually takes its label from the standard right it is.
            label: self
                .text(f, "label")
                .or_else(|| kind.as_ref().map(|k| k.label.clone()))
                .unwrap_or_else(|| self.label(i)),
            article: f.str("article").map(str::to_string).or_else(|| {
                i.parent
                    .and_then(|p| self.policy.item(p))
                    .and_then(|p| views::Definition(p).article())
                    .map(str::to_string)
            }),
            kind,
            via: self.channels(f, "via"),
            within: self.duration(f, "within"),
            within_hedge: self.option(f, "within_hedge"),
            verification: self.text(f, "verification"),
            fee: self.option(f, "fee"),
            fee_hedge: self.option(f, "fee_hedge"),
            premise: self.condition_refs(f, "premise"),
            conditions: self.clauses(f, "conditions"),
            refusal_grounds: self.clauses(f, "refusal_grounds"),
            refusal_may: f.bool("refusal_may"),
            residents: self.strings(f, "residents"),
            description: self.text(f, "description"),
        }
    }

    pub(crate) fn contact(&self, i: &Item) -> Contact {
        let f = &i.fields;
        Contact {
            id: self.id(i),
            label: self.label(i),
            email: self.strings(f, "email"),
            phone: self.strings(f, "phone"),
            address: self.text(f, "address"),
            url: f.str("url").map(str::to_string),
            hours: self.text(f, "hours"),
            requests: self.texts(f, "requests"),
        }
    }

    pub(crate) fn promise(&self, i: &Item) -> Promise {
        let f = &i.fields;
        let kind = i.parent.and_then(|p| self.reference(p));
        Promise {
            id: self.id(i),
            label: self
                .text(f, "label")
                .or_else(|| kind.as_ref().map(|k| k.label.clone()))
                .unwrap_or_else(|| self.label(i)),
            kind,
            data: self.category_refs(f, "data"),
            regions: self.strings(f, "region"),
            exceptions: self.clauses(f, "exceptions"),
            description: self.text(f, "description"),
            except: self.condition_refs(f, "except"),
            except_flows: self.refs(f, "except_flows"),
            hedge: self.option(f, "hedge"),
            effort: self.option(f, "effort"),
            premise: self.condition_refs(f, "premise"),
        }
    }

    pub(crate) fn cookie_statement(&self, i: &Item) -> CookieStatement {
        let f = &i.fields;
        CookieStatement {
            technology: self.options(f, "technology"),
            refuse: self.channels(f, "refuse"),
            do_not_track: self.option(f, "do_not_track"),
            lifetime: self.text(f, "lifetime"),
            description: self.text(f, "description"),
        }
    }

    pub(crate) fn cookie(&self, i: &Item) -> Cookie {
        let f = &i.fields;
        Cookie {
            id: self.id(i),
            label: self.label(i),
            kind: self.option(f, "kind"),
            technology: self.options(f, "technology"),
            purposes: self.refs(f, "for"),
            data: self.category_refs(f, "data"),
            lifetime: self.text(f, "lifetime"),
            third_party: f
                .refs("third_party")
                .first()
                .and_then(|r| self.reference(*r)),
            description: self.text(f, "description"),
            may: f.bool("may") == Some(true),
        }
    }

    pub(crate) fn minors(&self, i: &Item) -> Minors {
        let f = &i.fields;
        Minors {
            threshold: f.int("threshold"),
            consent_age: f.int("consent_age"),
            directed: f.bool("directed"),
            guardian_consent: f.bool("guardian_consent"),
            on_discovery: self.text(f, "on_discovery"),
            dedicated_rules: f.str("dedicated_rules").map(str::to_string),
            guardian_contact: self.channels(f, "guardian_contact"),
            description: self.text(f, "description"),
        }
    }

    pub(crate) fn security(&self, i: &Item) -> Security {
        let f = &i.fields;
        Security {
            measures: self.refs(f, "measures"),
            certifications: self.refs(f, "certifications"),
            mlps_level: f.int("mlps_level"),
            incident_plan: f.bool("incident_plan"),
            incident_notice: self.options(f, "incident_notice"),
            incident_contents: self.clauses(f, "incident_contents"),
            report_to_authorities: f.bool("report_to_authorities"),
            description: self.text(f, "description"),
        }
    }

    pub(crate) fn changes(&self, i: &Item) -> Changes {
        let f = &i.fields;
        Changes {
            announce: self.options(f, "announce"),
            major: self.clauses(f, "major"),
            major_notice: self.options(f, "major_notice"),
            continued_use_means_acceptance: f.bool("continued_use_means_acceptance"),
            archive: f.str("archive").map(str::to_string),
            archived: f.bool("archived"),
            advance_notice: f.bool("advance_notice"),
            description: self.text(f, "description"),
        }
    }
}

#[cfg(test)]
mod tests {
    /// `docs/manifest.schema.json` is what the types generate. After changing the manifest
    /// types, run `POL_BLESS=1 cargo test -p pol manifest_schema` to regenerate it.
    #[test]
    fn manifest_schema_is_current() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/manifest.schema.json");
        let generated = super::schema_json();
        if std::env::var_os("POL_BLESS").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let published = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            published == generated,
            "docs/manifest.schema.json is stale: run POL_BLESS=1 cargo test -p pol manifest_schema"
        );
    }

    /// An app's permission list, functions and SDK rows are in the manifest, tied to the
    /// categories, purposes and flows they name.
    #[test]
    fn permissions_functions_and_sdk_rows() {
        let text = "use std::pipl\n\npolicy p {\n  controller { name { zh: \"某公司\", en: \"Some Co.\" }; email privacy@some.example }\n  effective 2024-01-01\n}\ncategory photos {\n  label { zh: \"照片\", en: \"photos\" }\n}\npurpose upload {\n  label { zh: \"上传\", en: \"upload\" }\n  uses photos\n  basis pipl::consent\n}\nfunction albums {\n  label { zh: \"相册\", en: \"albums\" }\n  kind basic\n  purposes upload\n}\npermission camera {\n  label { zh: \"相机\", en: \"camera\" }\n  android \"CAMERA\"\n  ios \"NSCameraUsageDescription\"\n  exposes photos\n  functions albums\n  requested on_use\n}\nrecipient bugly: pipl::sdk_provider {\n  label { zh: \"Bugly\", en: \"Bugly\" }\n  sdk \"tencent_bugly\"\n  platforms android, ios\n  background no\n}\nrecipient cloud: pipl::entrusted_party {\n  label { zh: \"云\", en: \"cloud\" }\n}\nflow crashes {\n  entrust photos\n  to bugly\n  for upload\n  collected_by recipient\n}\nflow later {\n  entrust photos\n  to bugly\n  currently_not\n}\n";
        let analysis = crate::Workspace::from_text("p.pol", text).analyze_front_end();
        assert!(!analysis.has_errors(), "{:?}", analysis.diagnostics);
        let m = super::build(&analysis);
        let p = &m.permissions[0];
        assert_eq!(
            (p.id.as_str(), p.android.as_slice()),
            ("camera", &["CAMERA".to_string()][..])
        );
        assert_eq!(p.ios, ["NSCameraUsageDescription"]);
        assert_eq!(p.exposes[0].id, "photos");
        assert_eq!(p.functions[0].id, "albums");
        assert_eq!(p.requested.as_deref(), Some("on_use"));
        let f = &m.functions[0];
        assert_eq!(f.kind.as_deref(), Some("basic"));
        assert_eq!(f.purposes[0].id, "upload");
        assert_eq!(f.permissions[0].id, "camera");
        let sdk = m.recipients[0].sdk.as_ref().unwrap();
        assert_eq!(sdk.catalogue_id.as_deref(), Some("tencent_bugly"));
        assert_eq!(sdk.platforms, ["android", "ios"]);
        assert_eq!(sdk.background, Some(false));
        assert_eq!(sdk.collects[0].id, "photos");
        assert_eq!(sdk.purposes[0].id, "upload");
        assert!(sdk.collects_itself);
        // A flow that does not happen names the SDK but adds nothing to what it collects.
        assert_eq!(sdk.flows, ["crashes", "later"]);
        assert!(m.recipients[1].sdk.is_none());
    }

    /// A flow carries its modality, trigger, cases, hedge and collector; the conditions it
    /// names are listed as items, with the label a rewording inherits.
    #[test]
    fn flows_carry_modality_and_conditions() {
        let text = "use std::pipl\nuse std::conditions\n\npolicy p {\n  controller { name { zh: \"某公司\", en: \"Some Co.\" }; email privacy@some.example }\n  effective 2024-01-01\n}\ncategory phone {\n  label { zh: \"手机号码\", en: \"phone number\" }\n}\npurpose account {\n  label { zh: \"账户\", en: \"account\" }\n  uses phone\n  basis pipl::consent\n}\nrecipient authorities: pipl::other_handler {\n  label { zh: \"有权机关\", en: \"authorities\" }\n}\ncondition asked: conditions::authority_request\n\ncondition delivery {\n  label { zh: \"您要求配送时\", en: \"when you ask for delivery\" }\n  kind person_action\n}\nflow legal {\n  share phone\n  to authorities\n  for account\n  only_if conditions::law_requires, asked\n  when delivery\n  hedge in_principle\n  collected_by recipient\n}\n";
        let analysis = crate::Workspace::from_text("p.pol", text).analyze_front_end();
        assert!(!analysis.has_errors(), "{:?}", analysis.diagnostics);
        let m = super::build(&analysis);
        let flow = &m.flows[0];
        assert_eq!(flow.modality, "only_if");
        let ids = |refs: &[super::Ref]| refs.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
        assert_eq!(
            ids(&flow.only_if),
            ["std::conditions::law_requires", "asked"]
        );
        assert_eq!(ids(&flow.when), ["delivery"]);
        assert_eq!(
            flow.only_if[1].label.en.as_deref(),
            Some("where a competent authority lawfully requests it")
        );
        assert_eq!(flow.hedge.as_deref(), Some("in_principle"));
        assert_eq!(flow.collected_by.as_deref(), Some("recipient"));
        let conditions: Vec<(&str, Option<&str>)> = m
            .conditions
            .iter()
            .map(|c| (c.id.as_str(), c.kind.as_deref()))
            .collect();
        assert_eq!(
            conditions,
            [
                ("asked", Some("authority_request")),
                ("delivery", Some("person_action")),
                ("std::conditions::law_requires", Some("law")),
            ]
        );
        assert!(m.conditions[2]
            .basis
            .iter()
            .any(|b| b.id == "std::pipl::legal_duty"));
    }

    /// `may` on a purpose and a cookie, the hedges on a right's time and fee and on a
    /// retention, and a premise on a right and a promise reach the manifest as written.
    #[test]
    fn possibilities_hedges_and_premises_are_carried() {
        let text = "use std::pipl\nuse std::promises\nuse std::conditions\n\npolicy p {\n  controller { name { zh: \"某公司\", en: \"Some Co.\" }; email privacy@some.example }\n  effective 2024-01-01\n}\ncategory phone {\n  label { zh: \"手机号码\", en: \"phone number\" }\n}\npurpose ads {\n  label { zh: \"广告\", en: \"advertising\" }\n  uses phone\n  basis pipl::consent\n  may\n}\ncookie tracking {\n  label { zh: \"广告 Cookie\", en: \"advertising cookie\" }\n  for ads\n  may\n}\nretention r {\n  data phone\n  period 1 years\n  hedge in_principle\n}\nright copies: pipl::copy {\n  within 30 days\n  within_hedge generally\n  fee free\n  fee_hedge in_principle\n  premise conditions::law_permits\n}\npromise ns: promises::no_sale {\n  premise conditions::law_permits\n}\n";
        let analysis = crate::Workspace::from_text("p.pol", text).analyze_front_end();
        assert!(!analysis.has_errors(), "{:?}", analysis.diagnostics);
        let m = super::build(&analysis);
        assert!(m.purposes[0].may);
        assert!(m.cookies.items[0].may);
        assert_eq!(m.retention[0].hedge.as_deref(), Some("in_principle"));
        let right = &m.rights[0];
        assert_eq!(right.within_hedge.as_deref(), Some("generally"));
        assert_eq!(right.fee_hedge.as_deref(), Some("in_principle"));
        assert_eq!(right.premise[0].id, "std::conditions::law_permits");
        assert_eq!(
            right.premise[0].label.zh.as_deref(),
            Some("在法律法规允许的范围内")
        );
        assert_eq!(m.promises[0].premise[0].id, "std::conditions::law_permits");
    }
}
