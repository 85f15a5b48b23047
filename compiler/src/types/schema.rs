//! The schema of the language: which kinds of item exist, which fields each may have, and the
//! type of each field.
//!
//! The grammar only knows "an item has fields"; this table says what they mean. It is the one
//! source for lowering ([`super::lower`]), for "unknown field `refusl`; did you mean
//! `refusal`?", for the language server's completion, and for `docs/language.md` (a test keeps
//! the reference in step with this table). Adding a field to the language is adding a row here.

/// The kinds of item. Policy kinds are written by authors; definition kinds (bases, roles,
/// rights, mechanisms, clauses, lists, measures, certifications, promise kinds and standard
/// categories) are mostly written in the stdlib, but an author may add their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Policy,
    Category,
    Purpose,
    Recipient,
    Flow,
    Storage,
    Retention,
    Right,
    Promise,
    Cookie,
    Cookies,
    Contact,
    Minors,
    Security,
    Changes,
    Revision,
    Section,
    Basis,
    Role,
    Mechanism,
    Clause,
    List,
    Measure,
    Certification,
    Condition,
    Permission,
    Function,
}

/// Whether an item of a kind is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Naming {
    /// `category phone { ... }`: a name is required; other items refer to it.
    Required,
    /// `storage domestic { ... }` or just `storage { ... }`.
    Optional,
    /// `security { ... }`: one per policy, no name.
    Singleton,
}

pub struct KindSpec {
    pub kind: Kind,
    pub keyword: &'static str,
    pub naming: Naming,
    /// The kind the `: parent` after the name must refer to, if the kind has one.
    pub parent: Option<Kind>,
    pub fields: &'static [FieldSpec],
    pub en: &'static str,
    pub zh: &'static str,
}

/// A field's value type. `Many` fields take a comma-separated list, the others one value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// Bilingual text: `{ zh: "...", en: "..." }`.
    Text,
    /// A plain string, the same in every language (a version number, an article citation).
    Str,
    /// A flag: the key alone means yes; `yes` or `no` may be written.
    Bool,
    /// A whole number.
    Int,
    Date,
    /// `15 working_days`, `6 months`.
    Duration,
    Email,
    Url,
    /// `+86-400-6700-866`.
    Phone,
    /// An ISO 3166-1 alpha-2 code: `CN`, `HK`, `US`.
    Region,
    /// A reference to an item of the given kind.
    Ref(Kind),
    /// A reference to a clause, or to a list of clauses (which stands for all its clauses).
    Clauses,
    /// One of a fixed set of words.
    Option(&'static [&'static str]),
    /// A nested block with fields of its own.
    Record(&'static [FieldSpec]),
    /// How a person reaches us: an email, URL, phone number, a `contact`, or a text
    /// describing a self-service path.
    Channel,
}

impl Ty {
    pub fn describe(self) -> &'static str {
        match self {
            Ty::Text => "bilingual text `{ zh: \"...\", en: \"...\" }`",
            Ty::Str => "a string",
            Ty::Bool => "`yes` or `no`",
            Ty::Int => "a whole number",
            Ty::Date => "a date `YYYY-MM-DD`",
            Ty::Duration => "a duration such as `30 days`",
            Ty::Email => "an email address",
            Ty::Url => "a URL",
            Ty::Phone => "a phone number such as `+86-10-12345678`",
            Ty::Region => "a region code such as `CN`",
            Ty::Ref(kind) => spec(kind).article_en(),
            Ty::Clauses => "a clause or a list of clauses",
            Ty::Option(_) => "one of the listed words",
            Ty::Record(_) => "a block `{ ... }`",
            Ty::Channel => "an email, URL, phone number, contact or text",
        }
    }

    pub fn describe_zh(self) -> &'static str {
        match self {
            Ty::Text => "双语文本 { zh: \"……\", en: \"……\" }",
            Ty::Str => "字符串",
            Ty::Bool => "yes 或 no",
            Ty::Int => "整数",
            Ty::Date => "日期（YYYY-MM-DD）",
            Ty::Duration => "期限（如 30 days）",
            Ty::Email => "电子邮件地址",
            Ty::Url => "网址",
            Ty::Phone => "电话号码（如 +86-10-12345678）",
            Ty::Region => "国家或地区代码（如 CN）",
            Ty::Ref(kind) => spec(kind).zh,
            Ty::Clauses => "条款或条款清单",
            Ty::Option(_) => "所列选项之一",
            Ty::Record(_) => "代码块 { …… }",
            Ty::Channel => "电子邮件、网址、电话、联系人或文字说明",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    pub key: &'static str,
    pub ty: Ty,
    pub many: bool,
    pub required: bool,
    /// The key alone, with no value, means something of its own (a flow's `share` with no
    /// categories: the personal information as a whole).
    pub bare: bool,
    pub doc: &'static str,
}

const fn one(key: &'static str, ty: Ty, doc: &'static str) -> FieldSpec {
    FieldSpec {
        key,
        ty,
        many: false,
        required: false,
        bare: false,
        doc,
    }
}
const fn req(key: &'static str, ty: Ty, doc: &'static str) -> FieldSpec {
    FieldSpec {
        key,
        ty,
        many: false,
        required: true,
        bare: false,
        doc,
    }
}
const fn many(key: &'static str, ty: Ty, doc: &'static str) -> FieldSpec {
    FieldSpec {
        key,
        ty,
        many: true,
        required: false,
        bare: false,
        doc,
    }
}
/// A list field that may also be given as the key alone, with no value.
const fn many_or_bare(key: &'static str, ty: Ty, doc: &'static str) -> FieldSpec {
    FieldSpec {
        key,
        ty,
        many: true,
        required: false,
        bare: true,
        doc,
    }
}
const fn many_req(key: &'static str, ty: Ty, doc: &'static str) -> FieldSpec {
    FieldSpec {
        key,
        ty,
        many: true,
        required: true,
        bare: false,
        doc,
    }
}

pub const LANGUAGES: &[&str] = &["zh", "en"];
pub const PROFILES: &[&str] = &["pipl", "gdpr", "uk_gdpr", "ccpa"];
pub const AUDIENCES: &[&str] = &[
    "individuals",
    "enterprise_customers",
    "enterprise_representatives",
    "adults_only",
    "not_directed_at_minors",
    "directed_at_children",
];

const CONTACT_FIELDS: &[FieldSpec] = &[
    one("name", Ty::Text, "name of the person or department"),
    many("email", Ty::Email, "email addresses"),
    many("phone", Ty::Phone, "phone numbers"),
    one("address", Ty::Text, "postal address"),
    one("url", Ty::Url, "web page or online form"),
];

const CONTROLLER_FIELDS: &[FieldSpec] = &[
    req("name", Ty::Text, "full legal name in every language"),
    one(
        "short_name",
        Ty::Text,
        "the short name the policy uses (以下简称)",
    ),
    one("address", Ty::Text, "registered or contact address"),
    many("phone", Ty::Phone, "phone numbers"),
    many("email", Ty::Email, "email addresses"),
    one("website", Ty::Url, "website"),
    one(
        "credit_code",
        Ty::Str,
        "unified social credit code (统一社会信用代码)",
    ),
    one(
        "dpo",
        Ty::Record(CONTACT_FIELDS),
        "personal information protection officer or DPO",
    ),
    one(
        "scale",
        Ty::Int,
        "declared number of individuals whose information is processed",
    ),
    one(
        "ciio",
        Ty::Bool,
        "a critical information infrastructure operator",
    ),
    one(
        "ecommerce_platform",
        Ty::Bool,
        "an e-commerce platform operator",
    ),
    one("description", Ty::Text, "who the controller is"),
    one(
        "uk_representative",
        Ty::Record(CONTACT_FIELDS),
        "the representative in the United Kingdom of a controller established outside it (UK GDPR Art. 27)",
    ),
    many(
        "established",
        Ty::Region,
        "where the controller is established: its home, from which \"abroad\" is measured",
    ),
    one(
        "representative",
        Ty::Record(CONTACT_FIELDS),
        "the representative in the EU of a controller established outside it (GDPR Art. 27)",
    ),
];

const POLICY_FIELDS: &[FieldSpec] = &[
    one("title", Ty::Text, "the policy's title"),
    req(
        "controller",
        Ty::Record(CONTROLLER_FIELDS),
        "the personal information handler",
    ),
    many(
        "products",
        Ty::Text,
        "products and services the policy covers",
    ),
    one(
        "scope",
        Ty::Text,
        "what the policy covers and what it does not",
    ),
    many(
        "audience",
        Ty::Option(AUDIENCES),
        "who the policy addresses",
    ),
    one("effective", Ty::Date, "the date the policy takes effect"),
    one("updated", Ty::Date, "the date of the last update"),
    one("version", Ty::Str, "the version label"),
    one(
        "url",
        Ty::Url,
        "where the current version of the policy is published",
    ),
    many(
        "languages",
        Ty::Option(LANGUAGES),
        "the languages every text must be given in",
    ),
    many(
        "profile",
        Ty::Option(PROFILES),
        "the legal profiles the policy is checked against",
    ),
    one("intro", Ty::Text, "the opening paragraph"),
    one(
        "use_means_acceptance",
        Ty::Bool,
        "whether starting to use the service counts as accepting the policy",
    ),
    many(
        "disclaimers",
        Ty::Clauses,
        "the liability the handler disclaims",
    ),
    many(
        "consent_exceptions",
        Ty::Clauses,
        "cases in which information is collected and used without consent",
    ),
];

const SOURCES: &[&str] = &["subject", "automatic", "third_party"];
const IDENTIFIABILITY: &[&str] = &["identified", "de_identified", "anonymized"];
const CATEGORY_TAGS: &[&str] = &[
    "network_log",
    "transaction_record",
    "child_data",
    "business_data",
    "device",
    "location",
    "content",
];

const CATEGORY_FIELDS: &[FieldSpec] = &[
    req("label", Ty::Text, "what the category is called"),
    many("examples", Ty::Text, "examples of the information"),
    one(
        "sensitive",
        Ty::Bool,
        "sensitive personal information (default: from the standard category)",
    ),
    one(
        "identifiability",
        Ty::Option(IDENTIFIABILITY),
        "identified, de-identified or anonymized",
    ),
    one(
        "source",
        Ty::Option(SOURCES),
        "who provides it: the person, automatic collection or a third party",
    ),
    many(
        "obtained_from",
        Ty::Ref(Kind::Recipient),
        "the third parties it is obtained from",
    ),
    one("required", Ty::Bool, "whether the person must provide it"),
    one(
        "refusal",
        Ty::Text,
        "what happens if the person does not provide it",
    ),
    many(
        "tags",
        Ty::Option(CATEGORY_TAGS),
        "facts the rules need (network logs, transaction records, ...)",
    ),
    many(
        "audience",
        Ty::Option(AUDIENCES),
        "whom the item concerns, where the policy addresses several audiences",
    ),
    one(
        "description",
        Ty::Text,
        "anything the fields above cannot say",
    ),
];

const CONSENT_MODES: &[&str] = &[
    "opt_in",
    "separate_prompt",
    "written",
    "implied_by_use",
    "pre_checked",
];
const PURPOSE_TAGS: &[&str] = &[
    "account",
    "service",
    "support",
    "marketing",
    "personalization",
    "automated_decision",
    "ai_training",
    "analytics",
    "security",
    "recruitment",
    "legal",
    "research",
];

const PURPOSE_FIELDS: &[FieldSpec] = &[
    req("label", Ty::Text, "what the purpose is called"),
    one("description", Ty::Text, "what is done, in a sentence"),
    many(
        "uses",
        Ty::Ref(Kind::Category),
        "the categories the purpose uses",
    ),
    many(
        "basis",
        Ty::Ref(Kind::Basis),
        "the legal basis (one per profile)",
    ),
    one(
        "may",
        Ty::Bool,
        "a possible use the policy declares (「我们可能会将您的信息用于……」), not a routine one",
    ),
    one(
        "required",
        Ty::Bool,
        "whether the service cannot work without it",
    ),
    one("refusal", Ty::Text, "what happens if the person refuses"),
    one("consent", Ty::Option(CONSENT_MODES), "how consent is asked"),
    many("withdraw", Ty::Channel, "how consent is withdrawn"),
    many("opt_out", Ty::Channel, "how the person opts out"),
    many(
        "tags",
        Ty::Option(PURPOSE_TAGS),
        "what kind of processing it is",
    ),
    one("necessity", Ty::Text, "why sensitive data is necessary"),
    one("impact", Ty::Text, "the impact on the person's rights"),
    one(
        "interest",
        Ty::Text,
        "the legitimate interest pursued, where the basis is legitimate interests (GDPR Art. 13(1)(d))",
    ),
    many(
        "special_condition",
        Ty::Clauses,
        "the condition that allows special categories of data (GDPR Art. 9(2): a clause of `gdpr::art9_conditions`)",
    ),
    one(
        "solely_automated",
        Ty::Bool,
        "a decision based solely on automated processing, including profiling, with legal or similarly significant effects (GDPR Art. 22(1)); `no` says it is not",
    ),
    one(
        "logic",
        Ty::Text,
        "for an automated decision: the logic involved, in meaningful terms (GDPR Art. 13(2)(f))",
    ),
    one(
        "consequences",
        Ty::Text,
        "for an automated decision: its significance and envisaged consequences for the person (GDPR Art. 13(2)(f))",
    ),
    many(
        "residents",
        Ty::Region,
        "it concerns only the residents of these regions (`US-CA`: California residents); a law whose territory holds none of them does not read it",
    ),
    many(
        "audience",
        Ty::Option(AUDIENCES),
        "whom the item concerns, where the policy addresses several audiences",
    ),
];

/// A recipient's role under the GDPR (Art. 4(7)-(8), 26, 28(2)/(4)).
const GDPR_ROLES: &[&str] = &[
    "processor",
    "sub_processor",
    "joint_controller",
    "independent_controller",
];

const RECIPIENT_FIELDS: &[FieldSpec] = &[
    req("label", Ty::Text, "how the recipient is described"),
    one("name", Ty::Text, "its legal name, when named"),
    many("region", Ty::Region, "where it is located"),
    many("contact", Ty::Channel, "how to reach it"),
    many(
        "contract",
        Ty::Clauses,
        "the clauses of our agreement with it",
    ),
    one("supervision", Ty::Text, "how we supervise it"),
    one(
        "own_purposes",
        Ty::Bool,
        "whether it uses the data for its own purposes",
    ),
    one(
        "agreement",
        Ty::Bool,
        "whether a joint-handling agreement exists",
    ),
    one(
        "acts_as",
        Ty::Option(GDPR_ROLES),
        "its role under the GDPR: `processor`, `sub_processor`, `joint_controller` or `independent_controller`",
    ),
    one(
        "dpf_certified",
        Ty::Bool,
        "a US recipient certified under the EU–US Data Privacy Framework (Decision (EU) 2023/1795)",
    ),
    many("examples", Ty::Text, "examples (named vendors, SDKs)"),
    one("policy_url", Ty::Url, "its own privacy policy"),
    one(
        "sdk",
        Ty::Str,
        "for an SDK: its id in the SDK catalogue (stdlib/mobile/sdks.toml), which `polc audit` matches the app's dependencies against",
    ),
    many(
        "platforms",
        Ty::Option(PLATFORMS),
        "for an SDK: the platforms it is embedded on",
    ),
    many(
        "packages",
        Ty::Str,
        "for an SDK: Maven `group:artifact`, CocoaPods pod or Swift package URLs the app declares it by, beyond the catalogue's",
    ),
    one(
        "background",
        Ty::Bool,
        "for an SDK: whether it collects while the app runs in the background (`background no` says it does not)",
    ),
    one(
        "description",
        Ty::Text,
        "anything the fields above cannot say",
    ),
];

const FLOW_CONDITIONS: &[&str] = &[
    "de_identified_first",
    "anonymized_first",
    "separate_consent",
    "encrypted",
    "minimum_necessary",
];
const TRIGGERS: &[&str] = &[
    "merger",
    "division",
    "dissolution",
    "bankruptcy",
    "asset_sale",
    "acquisition",
];

const HEDGES: &[&str] = &["in_principle", "generally"];
const EFFORTS: &[&str] = &["try", "knowingly"];
const COLLECTORS: &[&str] = &["us", "recipient"];

const FLOW_FIELDS: &[FieldSpec] = &[
    many_or_bare(
        "entrust",
        Ty::Ref(Kind::Category),
        "categories entrusted to a processor (委托处理); alone, with no category: your personal information as a whole",
    ),
    many_or_bare(
        "share",
        Ty::Ref(Kind::Category),
        "categories provided to another handler (共享、提供); alone, with no category: your personal information as a whole",
    ),
    many_or_bare(
        "transfer",
        Ty::Ref(Kind::Category),
        "categories transferred (转移、转让); alone, with no category: your personal information as a whole",
    ),
    many_or_bare(
        "disclose",
        Ty::Ref(Kind::Category),
        "categories publicly disclosed (公开披露); alone, with no category: your personal information as a whole",
    ),
    many_req("to", Ty::Ref(Kind::Recipient), "the recipients"),
    many("for", Ty::Ref(Kind::Purpose), "the purposes"),
    one(
        "may",
        Ty::Bool,
        "a possibility the policy declares (可能), not a routine practice",
    ),
    many(
        "only_if",
        Ty::Ref(Kind::Condition),
        "it happens only in these cases, any one of them (仅在……时 / 除……外不会)",
    ),
    one(
        "currently_not",
        Ty::Bool,
        "it does not happen at present (目前不会); `only_if` says what will hold if it starts",
    ),
    many(
        "when",
        Ty::Ref(Kind::Condition),
        "it happens when all of these hold (当……时)",
    ),
    one(
        "hedge",
        Ty::Option(HEDGES),
        "a default with unstated exceptions (原则上 / 通常)",
    ),
    one(
        "collected_by",
        Ty::Option(COLLECTORS),
        "who collects the data: `recipient` when it collects it itself (an SDK, a login provider)",
    ),
    many("basis", Ty::Ref(Kind::Basis), "the legal basis of the flow"),
    many(
        "exceptions",
        Ty::Clauses,
        "cases in which no consent is needed",
    ),
    many(
        "conditions",
        Ty::Option(FLOW_CONDITIONS),
        "conditions on the flow",
    ),
    many(
        "trigger",
        Ty::Option(TRIGGERS),
        "the event that causes a transfer",
    ),
    many(
        "mechanism",
        Ty::Ref(Kind::Mechanism),
        "the cross-border mechanism",
    ),
    many(
        "commitments",
        Ty::Clauses,
        "what we commit to for this flow",
    ),
    one(
        "access_only",
        Ty::Bool,
        "the recipient only accesses the data remotely",
    ),
    one(
        "consideration",
        Ty::Bool,
        "the data is provided for payment (a sale)",
    ),
    many(
        "notice",
        Ty::Option(NOTICE_CHANNELS),
        "how the person is told of the flow before it happens",
    ),
    one(
        "refusal",
        Ty::Text,
        "what happens if the person does not agree to the flow",
    ),
    one(
        "description",
        Ty::Text,
        "anything the fields above cannot say",
    ),
];

const STORAGE_FIELDS: &[FieldSpec] = &[
    many(
        "data",
        Ty::Ref(Kind::Category),
        "the categories (all when omitted)",
    ),
    many_req("region", Ty::Region, "where the data is stored"),
    one(
        "hedge",
        Ty::Option(HEDGES),
        "a default with unstated exceptions (原则上 / 通常)",
    ),
    many(
        "exceptions",
        Ty::Clauses,
        "cases in which it is stored elsewhere",
    ),
    one(
        "description",
        Ty::Text,
        "anything the fields above cannot say",
    ),
];

const ON_EXPIRY: &[&str] = &[
    "delete",
    "anonymize",
    "delete_or_anonymize",
    "delete_immediately",
];

const RETENTION_FIELDS: &[FieldSpec] = &[
    many("data", Ty::Ref(Kind::Category), "the categories"),
    many("for", Ty::Ref(Kind::Purpose), "the purposes"),
    one("period", Ty::Duration, "how long"),
    one(
        "as_long_as_necessary",
        Ty::Bool,
        "the policy names no period, only 合理必要期限 / as long as necessary",
    ),
    one("not_stored", Ty::Bool, "the data is not kept at all"),
    many(
        "kept_beyond",
        Ty::Ref(Kind::Condition),
        "it is kept after the period only in these cases",
    ),
    one(
        "hedge",
        Ty::Option(HEDGES),
        "the period is a default with unstated exceptions (原则上 / 一般情况下)",
    ),
    one(
        "until",
        Ty::Text,
        "until when, as a criterion a reader can apply",
    ),
    many(
        "minimum",
        Ty::Clauses,
        "the legal minimum periods that apply",
    ),
    one(
        "on_expiry",
        Ty::Option(ON_EXPIRY),
        "what happens when the period ends",
    ),
    one("backups", Ty::Text, "how backups are handled"),
    many(
        "exceptions",
        Ty::Clauses,
        "cases in which information is kept beyond the period",
    ),
    one(
        "on_cessation",
        Ty::Text,
        "what happens if we stop operating",
    ),
    one(
        "description",
        Ty::Text,
        "anything the fields above cannot say",
    ),
];

const FEES: &[&str] = &["free", "free_for_reasonable_requests", "cost_fee"];

const RIGHT_FIELDS: &[FieldSpec] = &[
    one(
        "label",
        Ty::Text,
        "what the right is called (stdlib rights have one)",
    ),
    one("article", Ty::Str, "the provision it rests on"),
    many("via", Ty::Channel, "how the person exercises it"),
    one("within", Ty::Duration, "the response time"),
    one(
        "within_hedge",
        Ty::Option(HEDGES),
        "the response time is a default with unstated exceptions (「一般情况下，我们将在30天内答复」)",
    ),
    one("verification", Ty::Text, "how identity is verified"),
    one("fee", Ty::Option(FEES), "whether it costs anything"),
    one(
        "fee_hedge",
        Ty::Option(HEDGES),
        "the fee is a default with unstated exceptions (「原则上不收取费用」)",
    ),
    many(
        "premise",
        Ty::Ref(Kind::Condition),
        "what the right holds within (「在法律法规允许的范围内」): `conditions::law_permits`",
    ),
    many("conditions", Ty::Clauses, "when it applies"),
    many(
        "refusal_grounds",
        Ty::Clauses,
        "when a request may be refused",
    ),
    many(
        "residents",
        Ty::Region,
        "it concerns only the residents of these regions (`US-CA`: California residents); a law whose territory holds none of them does not read it",
    ),
    one(
        "description",
        Ty::Text,
        "anything the fields above cannot say",
    ),
];

const PROMISE_FIELDS: &[FieldSpec] = &[
    one("label", Ty::Text, "the promise in words"),
    many(
        "data",
        Ty::Ref(Kind::Category),
        "the categories it covers (all when omitted)",
    ),
    many(
        "except_roles",
        Ty::Ref(Kind::Role),
        "recipient roles it allows",
    ),
    many(
        "except_triggers",
        Ty::Option(TRIGGERS),
        "transfer triggers it allows",
    ),
    many("except_bases", Ty::Ref(Kind::Basis), "bases it allows"),
    many(
        "only_purposes",
        Ty::Ref(Kind::Purpose),
        "the only purposes allowed",
    ),
    many("region", Ty::Region, "the regions it names"),
    many(
        "exceptions",
        Ty::Clauses,
        "the cases it excepts, and what we do then, in the policy's words",
    ),
    many(
        "except",
        Ty::Ref(Kind::Condition),
        "the conditions under which the promise allows what it otherwise forbids",
    ),
    many(
        "except_flows",
        Ty::Ref(Kind::Flow),
        "the flows the promise allows by name",
    ),
    one(
        "hedge",
        Ty::Option(HEDGES),
        "a default with unstated exceptions (原则上 / 通常)",
    ),
    one(
        "effort",
        Ty::Option(EFFORTS),
        "a promise of effort (尽力) or of knowledge (不会主动), not of result",
    ),
    many(
        "premise",
        Ty::Ref(Kind::Condition),
        "what the promise holds within (「在法律法规允许的范围内」): `conditions::law_permits`",
    ),
    one(
        "description",
        Ty::Text,
        "anything the fields above cannot say",
    ),
];

const COOKIE_KINDS: &[&str] = &[
    "essential",
    "functional",
    "analytics",
    "advertising",
    "personalization",
];
const TECHNOLOGIES: &[&str] = &[
    "cookie",
    "pixel_tag",
    "web_beacon",
    "local_storage",
    "sdk",
    "fingerprint",
    "ip_tracking",
];
const DNT: &[&str] = &["respected", "not_respected", "not_supported"];

const COOKIE_FIELDS: &[FieldSpec] = &[
    req("label", Ty::Text, "what the cookie or technology is called"),
    one(
        "kind",
        Ty::Option(COOKIE_KINDS),
        "essential, functional, analytics, ...",
    ),
    many(
        "technology",
        Ty::Option(TECHNOLOGIES),
        "cookies, pixel tags, web beacons, ...",
    ),
    many("for", Ty::Ref(Kind::Purpose), "the purposes it serves"),
    one(
        "may",
        Ty::Bool,
        "a possible use the policy declares (\"we may use cookies to …\"), not a routine one",
    ),
    many(
        "data",
        Ty::Ref(Kind::Category),
        "the categories it collects",
    ),
    one("lifetime", Ty::Text, "how long it is kept on the device"),
    one(
        "third_party",
        Ty::Ref(Kind::Recipient),
        "who sets it, if not us",
    ),
    one(
        "description",
        Ty::Text,
        "anything the fields above cannot say",
    ),
];

const COOKIES_FIELDS: &[FieldSpec] = &[
    many(
        "technology",
        Ty::Option(TECHNOLOGIES),
        "the technologies used",
    ),
    many(
        "refuse",
        Ty::Channel,
        "how the person refuses or deletes cookies",
    ),
    one(
        "do_not_track",
        Ty::Option(DNT),
        "how Do-Not-Track signals are treated",
    ),
    one("lifetime", Ty::Text, "how long cookies are kept"),
    one(
        "description",
        Ty::Text,
        "what cookies are, in the policy's words",
    ),
];

const CONTACT_DECL_FIELDS: &[FieldSpec] = &[
    req("label", Ty::Text, "what the contact is for"),
    many("email", Ty::Email, "email addresses"),
    many("phone", Ty::Phone, "phone numbers"),
    one("address", Ty::Text, "postal address"),
    one("url", Ty::Url, "web page or online form"),
    one("hours", Ty::Text, "when it answers"),
    many("requests", Ty::Text, "what a request to it should contain"),
];

const MINORS_FIELDS: &[FieldSpec] = &[
    one(
        "threshold",
        Ty::Int,
        "the age below which a person is a child (14 under PIPL)",
    ),
    one(
        "consent_age",
        Ty::Int,
        "the age from which a child may consent alone to an online service (GDPR Art. 8(1): 16, or a member state's lower age, not below 13)",
    ),
    one(
        "directed",
        Ty::Bool,
        "whether the products are directed at minors",
    ),
    one(
        "guardian_consent",
        Ty::Bool,
        "whether guardian consent is asked for children's data",
    ),
    one(
        "on_discovery",
        Ty::Text,
        "what happens when a child's data is found without consent",
    ),
    one("dedicated_rules", Ty::Url, "the dedicated children's rules"),
    many(
        "guardian_contact",
        Ty::Channel,
        "how a guardian asks about a minor's information",
    ),
    one(
        "description",
        Ty::Text,
        "anything the fields above cannot say",
    ),
];

const NOTICE_CHANNELS: &[&str] = &[
    "email",
    "sms",
    "phone",
    "letter",
    "push",
    "announcement",
    "in_product",
    "website",
    "popup",
];

const SECURITY_FIELDS: &[FieldSpec] = &[
    many(
        "measures",
        Ty::Ref(Kind::Measure),
        "technical and organisational measures",
    ),
    many(
        "certifications",
        Ty::Ref(Kind::Certification),
        "certifications held",
    ),
    one(
        "mlps_level",
        Ty::Int,
        "the classified-protection (等级保护) level",
    ),
    one(
        "incident_plan",
        Ty::Bool,
        "an incident response plan exists",
    ),
    many(
        "incident_notice",
        Ty::Option(NOTICE_CHANNELS),
        "how people are told of an incident",
    ),
    many(
        "incident_contents",
        Ty::Clauses,
        "what people are told of an incident",
    ),
    one(
        "report_to_authorities",
        Ty::Bool,
        "incidents are reported to the regulators",
    ),
    one(
        "description",
        Ty::Text,
        "anything the fields above cannot say",
    ),
];

const CHANGES_FIELDS: &[FieldSpec] = &[
    many(
        "announce",
        Ty::Option(NOTICE_CHANNELS),
        "how updates are announced",
    ),
    many("major", Ty::Clauses, "what counts as a major change"),
    many(
        "major_notice",
        Ty::Option(NOTICE_CHANNELS),
        "how major changes are announced",
    ),
    one(
        "continued_use_means_acceptance",
        Ty::Bool,
        "whether continued use counts as acceptance",
    ),
    one("archive", Ty::Url, "where earlier versions can be read"),
    one(
        "archived",
        Ty::Bool,
        "earlier versions are kept for reference (whether or not `archive` gives an address)",
    ),
    one(
        "advance_notice",
        Ty::Bool,
        "updates are announced before they take effect",
    ),
    one(
        "description",
        Ty::Text,
        "anything the fields above cannot say",
    ),
];

const REVISION_FIELDS: &[FieldSpec] = &[
    req("date", Ty::Date, "the date of the version"),
    one("version", Ty::Str, "its version label"),
    many("changes", Ty::Text, "what changed"),
];

/// The parts of a page an author's section can stand in (`part`): the page's own sections.
pub const PAGE_PARTS: &[&str] = &[
    "about",
    "collection",
    "cookies",
    "storage",
    "sharing",
    "security",
    "retention",
    "rights",
    "minors",
    "changes",
    "contact",
];

const SECTION_FIELDS: &[FieldSpec] = &[
    req("title", Ty::Text, "the heading"),
    many("body", Ty::Text, "paragraphs"),
    one(
        "parent",
        Ty::Ref(Kind::Section),
        "the section it is a numbered item of",
    ),
    one(
        "part",
        Ty::Option(PAGE_PARTS),
        "the part of the page it stands in, as a subsection",
    ),
    many(
        "residents",
        Ty::Region,
        "it concerns only the residents of these regions (`US-CA`: California residents); a law whose territory holds none of them does not read it",
    ),
    many(
        "audience",
        Ty::Option(AUDIENCES),
        "whom the item concerns, where the policy addresses several audiences",
    ),
];

const CONSENT_FORMS: &[&str] = &["none", "general", "separate", "written", "guardian"];

const BASIS_FIELDS: &[FieldSpec] = &[
    req("label", Ty::Text, "the basis in words"),
    one("article", Ty::Str, "the provision it rests on"),
    one(
        "consent",
        Ty::Option(CONSENT_FORMS),
        "which form of consent it is, if any",
    ),
    one("profile", Ty::Option(PROFILES), "the law it belongs to"),
];

const DEF_FIELDS: &[FieldSpec] = &[
    req("label", Ty::Text, "the item in words"),
    one("article", Ty::Str, "the provision it rests on"),
    many("examples", Ty::Text, "examples"),
    one("sensitive", Ty::Bool, "for standard categories: sensitive"),
    one("profile", Ty::Option(PROFILES), "the law it belongs to"),
];

const MECHANISM_FIELDS: &[FieldSpec] = &[
    req("label", Ty::Text, "the mechanism in words"),
    one("article", Ty::Str, "the provision it rests on"),
    one(
        "exemption",
        Ty::Bool,
        "an exemption from the mechanisms rather than a mechanism",
    ),
    one("profile", Ty::Option(PROFILES), "the law it belongs to"),
];

const PLATFORMS: &[&str] = &["android", "ios", "harmonyos", "miniprogram", "web"];
const FUNCTION_KINDS: &[&str] = &["basic", "extended"];
const REQUEST_TIMES: &[&str] = &["first_launch", "on_use", "in_settings"];

const PERMISSION_FIELDS: &[FieldSpec] = &[
    req("label", Ty::Text, "the permission as the list names it"),
    many(
        "android",
        Ty::Str,
        "Android permissions (`CAMERA`, `ACCESS_FINE_LOCATION` or the full `android.permission.…`)",
    ),
    many(
        "ios",
        Ty::Str,
        "iOS usage-description keys (`NSCameraUsageDescription`)",
    ),
    many(
        "miniprogram",
        Ty::Str,
        "mini-program scopes (`scope.userLocation`) or private interfaces (`getLocation`)",
    ),
    many(
        "exposes",
        Ty::Ref(Kind::Category),
        "the data it gives access to",
    ),
    many("for", Ty::Ref(Kind::Purpose), "the purposes that need it"),
    many(
        "functions",
        Ty::Ref(Kind::Function),
        "the functions that need it",
    ),
    one(
        "requested",
        Ty::Option(REQUEST_TIMES),
        "when it is asked for: `first_launch`, `on_use` (when the function is used), `in_settings`",
    ),
    one(
        "background",
        Ty::Bool,
        "it is used while the app runs in the background",
    ),
    one("refusal", Ty::Text, "what happens if the person refuses it"),
    one(
        "description",
        Ty::Text,
        "anything the fields above cannot say",
    ),
];

const FUNCTION_FIELDS: &[FieldSpec] = &[
    req("label", Ty::Text, "the function as the policy names it"),
    one(
        "kind",
        Ty::Option(FUNCTION_KINDS),
        "`basic` (基本业务功能: the service cannot run without it) or `extended` (扩展业务功能: the person may refuse it and keep the rest)",
    ),
    many(
        "purposes",
        Ty::Ref(Kind::Purpose),
        "the purposes that make up the function",
    ),
    one("refusal", Ty::Text, "what happens if the person refuses it"),
    one(
        "description",
        Ty::Text,
        "anything the fields above cannot say",
    ),
];

const CONDITION_KINDS: &[&str] = &[
    "consent",
    "law",
    "authority_request",
    "judicial",
    "emergency",
    "self_published",
    "lawfully_public",
    "anonymized",
    "de_identified",
    "corporate_event",
    "contract",
    "person_action",
    "security",
    "public_interest",
    "research",
    "other",
];

const CONDITION_FIELDS: &[FieldSpec] = &[
    one(
        "label",
        Ty::Text,
        "the case in the company's voice, read after “only” / 仅在 and “except” / 除",
    ),
    one(
        "kind",
        Ty::Option(CONDITION_KINDS),
        "what sort of case it is: consent, law, authority_request, ...",
    ),
    many(
        "basis",
        Ty::Ref(Kind::Basis),
        "the lawful basis a practice has when the condition holds (one per profile)",
    ),
    one("article", Ty::Str, "the provision it rests on"),
    one(
        "statute",
        Ty::Text,
        "the statute's own words, shown by `polc explain`, never on a page",
    ),
    one(
        "description",
        Ty::Text,
        "anything the fields above cannot say",
    ),
];

const LIST_FIELDS: &[FieldSpec] = &[
    req("label", Ty::Text, "what the list is"),
    one("article", Ty::Str, "the provision it rests on"),
    many_req("items", Ty::Clauses, "its clauses"),
];

pub static KINDS: &[KindSpec] = &[
    KindSpec {
        kind: Kind::Policy,
        keyword: "policy",
        naming: Naming::Required,
        parent: None,
        fields: POLICY_FIELDS,
        en: "a policy header",
        zh: "政策声明",
    },
    KindSpec {
        kind: Kind::Category,
        keyword: "category",
        naming: Naming::Required,
        parent: Some(Kind::Category),
        fields: CATEGORY_FIELDS,
        en: "a category",
        zh: "个人信息类别",
    },
    KindSpec {
        kind: Kind::Purpose,
        keyword: "purpose",
        naming: Naming::Required,
        parent: None,
        fields: PURPOSE_FIELDS,
        en: "a purpose",
        zh: "处理目的",
    },
    KindSpec {
        kind: Kind::Recipient,
        keyword: "recipient",
        naming: Naming::Required,
        parent: Some(Kind::Role),
        fields: RECIPIENT_FIELDS,
        en: "a recipient",
        zh: "接收方",
    },
    KindSpec {
        kind: Kind::Flow,
        keyword: "flow",
        naming: Naming::Required,
        parent: None,
        fields: FLOW_FIELDS,
        en: "a flow",
        zh: "数据流向",
    },
    KindSpec {
        kind: Kind::Storage,
        keyword: "storage",
        naming: Naming::Optional,
        parent: None,
        fields: STORAGE_FIELDS,
        en: "a storage statement",
        zh: "存储声明",
    },
    KindSpec {
        kind: Kind::Retention,
        keyword: "retention",
        naming: Naming::Optional,
        parent: None,
        fields: RETENTION_FIELDS,
        en: "a retention rule",
        zh: "保存期限规则",
    },
    KindSpec {
        kind: Kind::Right,
        keyword: "right",
        naming: Naming::Required,
        parent: Some(Kind::Right),
        fields: RIGHT_FIELDS,
        en: "a right",
        zh: "个人权利",
    },
    KindSpec {
        kind: Kind::Promise,
        keyword: "promise",
        naming: Naming::Required,
        parent: Some(Kind::Promise),
        fields: PROMISE_FIELDS,
        en: "a promise",
        zh: "承诺",
    },
    KindSpec {
        kind: Kind::Cookie,
        keyword: "cookie",
        naming: Naming::Required,
        parent: None,
        fields: COOKIE_FIELDS,
        en: "a cookie",
        zh: "Cookie",
    },
    KindSpec {
        kind: Kind::Cookies,
        keyword: "cookies",
        naming: Naming::Singleton,
        parent: None,
        fields: COOKIES_FIELDS,
        en: "the cookie statement",
        zh: "Cookie 声明",
    },
    KindSpec {
        kind: Kind::Contact,
        keyword: "contact",
        naming: Naming::Required,
        parent: None,
        fields: CONTACT_DECL_FIELDS,
        en: "a contact",
        zh: "联系方式",
    },
    KindSpec {
        kind: Kind::Minors,
        keyword: "minors",
        naming: Naming::Singleton,
        parent: None,
        fields: MINORS_FIELDS,
        en: "the minors statement",
        zh: "未成年人声明",
    },
    KindSpec {
        kind: Kind::Security,
        keyword: "security",
        naming: Naming::Singleton,
        parent: None,
        fields: SECURITY_FIELDS,
        en: "the security statement",
        zh: "安全声明",
    },
    KindSpec {
        kind: Kind::Changes,
        keyword: "changes",
        naming: Naming::Singleton,
        parent: None,
        fields: CHANGES_FIELDS,
        en: "the changes statement",
        zh: "变更声明",
    },
    KindSpec {
        kind: Kind::Revision,
        keyword: "revision",
        naming: Naming::Required,
        parent: None,
        fields: REVISION_FIELDS,
        en: "a revision",
        zh: "历史版本",
    },
    KindSpec {
        kind: Kind::Section,
        keyword: "section",
        naming: Naming::Required,
        parent: None,
        fields: SECTION_FIELDS,
        en: "a free-text section",
        zh: "自由文本章节",
    },
    KindSpec {
        kind: Kind::Basis,
        keyword: "basis",
        naming: Naming::Required,
        parent: None,
        fields: BASIS_FIELDS,
        en: "a legal basis",
        zh: "处理依据",
    },
    KindSpec {
        kind: Kind::Role,
        keyword: "role",
        naming: Naming::Required,
        parent: None,
        fields: DEF_FIELDS,
        en: "a recipient role",
        zh: "接收方角色",
    },
    KindSpec {
        kind: Kind::Mechanism,
        keyword: "mechanism",
        naming: Naming::Required,
        parent: None,
        fields: MECHANISM_FIELDS,
        en: "a cross-border mechanism",
        zh: "出境机制",
    },
    KindSpec {
        kind: Kind::Clause,
        keyword: "clause",
        naming: Naming::Required,
        // The stdlib clause it words in the author's own way (`Policy::std_origin`).
        parent: Some(Kind::Clause),
        fields: DEF_FIELDS,
        en: "a clause",
        zh: "条款",
    },
    KindSpec {
        kind: Kind::List,
        keyword: "list",
        naming: Naming::Required,
        parent: None,
        fields: LIST_FIELDS,
        en: "a list of clauses",
        zh: "条款清单",
    },
    KindSpec {
        kind: Kind::Measure,
        keyword: "measure",
        naming: Naming::Required,
        parent: None,
        fields: DEF_FIELDS,
        en: "a security measure",
        zh: "安全措施",
    },
    KindSpec {
        kind: Kind::Certification,
        keyword: "certification",
        naming: Naming::Required,
        parent: None,
        fields: DEF_FIELDS,
        en: "a certification",
        zh: "认证",
    },
    KindSpec {
        kind: Kind::Condition,
        keyword: "condition",
        naming: Naming::Required,
        // A condition may reword a stdlib one and keep its kind and basis.
        parent: Some(Kind::Condition),
        fields: CONDITION_FIELDS,
        en: "a condition",
        zh: "条件",
    },
    KindSpec {
        kind: Kind::Permission,
        keyword: "permission",
        naming: Naming::Required,
        parent: None,
        fields: PERMISSION_FIELDS,
        en: "a device permission",
        zh: "设备权限",
    },
    KindSpec {
        kind: Kind::Function,
        keyword: "function",
        naming: Naming::Required,
        parent: None,
        fields: FUNCTION_FIELDS,
        en: "a business function",
        zh: "业务功能",
    },
];

/// The spec of a kind.
pub fn spec(kind: Kind) -> &'static KindSpec {
    // INVARIANT: `KINDS` lists every `Kind` variant; the `every_kind_has_a_spec` test checks it.
    KINDS.iter().find(|s| s.kind == kind).unwrap_or(&KINDS[0])
}

/// The kind introduced by a keyword, if any.
pub fn kind_by_keyword(keyword: &str) -> Option<&'static KindSpec> {
    KINDS.iter().find(|s| s.keyword == keyword)
}

impl KindSpec {
    pub fn field(&self, key: &str) -> Option<&'static FieldSpec> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// "a category", for messages.
    pub fn article_en(&self) -> &'static str {
        self.en
    }
}

impl Kind {
    pub fn keyword(self) -> &'static str {
        spec(self).keyword
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_spec_and_unique_keys() {
        for s in KINDS {
            assert_eq!(spec(s.kind).keyword, s.keyword);
            let mut keys: Vec<&str> = s.fields.iter().map(|f| f.key).collect();
            keys.sort_unstable();
            let before = keys.len();
            keys.dedup();
            assert_eq!(before, keys.len(), "duplicate field in {}", s.keyword);
        }
        assert_eq!(KINDS.len(), 27);
    }

    #[test]
    fn a_recipient_says_whether_it_collects_in_the_background() {
        let field = spec(Kind::Recipient)
            .fields
            .iter()
            .find(|f| f.key == "background")
            .unwrap();
        assert!(matches!(field.ty, Ty::Bool));
    }
}
