//! Typed views of the model, one per kind of item: what rules and backends read instead of
//! string-keyed field lookups.
//!
//! A view borrows an [`Item`] of the arena (or a nested record's [`Fields`]) and names each of
//! its fields by a method returning the field's type as the schema gives it: a purpose's
//! `uses()` is the category ids, a retention's `period()` a duration, a flow's `only_if()` the
//! condition ids. The key of every field is written once, in the table at the end of this
//! file, so renaming a field is one edit here plus the schema row, and a misspelt field is a
//! compile error rather than a lookup that silently finds nothing. A test holds the table
//! against [`crate::types::schema`]: every key must be a field of every kind its view reads,
//! with an accessor that fits the field's type.
//!
//! Views cost nothing to make (a pointer and a kind check), so there is nothing to build or
//! cache: a reader wraps an item where it meets it, or asks by id with [`View::of`] through
//! [`Policy::view`]. Each item view dereferences to its [`Item`], so `purpose.id`,
//! `purpose.name_span()` and the rest keep working on the view.
//!
//! Where a reader needs the written field itself (its span, or each value with its span), it
//! asks with the view's key constant: `flow.span(Flow::TRIGGER)`, `purpose.values(Purpose::BASIS)`.
//! The constant is typed by its view, so a flow's key cannot be asked of a purpose.

use std::marker::PhantomData;

use crate::ir::{Field, Fields, Item, ItemId, Policy, Spanned, Text, Value};
use crate::source::Span;
use crate::types::literals::{Date, Duration};
use crate::types::schema::Kind;

/// The key of one field of the view `V`.
pub struct Key<V> {
    pub name: &'static str,
    view: PhantomData<fn() -> V>,
}

impl<V> Key<V> {
    const fn new(name: &'static str) -> Key<V> {
        Key {
            name,
            view: PhantomData,
        }
    }
}

impl<V> Clone for Key<V> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<V> Copy for Key<V> {}

impl<V> std::fmt::Debug for Key<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

/// How a view reads a field; the schema test checks it against the field's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Text,
    Texts,
    Str,
    Strs,
    Flag,
    Int,
    Date,
    Duration,
    Item,
    Refs,
    Option,
    Options,
    Channels,
    Record,
}

/// A view of an item of one (or a few) kinds.
pub trait View<'a>: Sized + Copy {
    /// The kinds of item this view reads.
    const KINDS: &'static [Kind];
    /// Every field the view reads, with how it reads it.
    const FIELDS: &'static [(&'static str, Access)];
    /// The view of an item, if it is of one of [`View::KINDS`].
    fn of(item: &'a Item) -> Option<Self>;
}

impl Policy {
    /// The item `id` seen through the view `V`, if it exists and is of `V`'s kind.
    pub fn view<'a, V: View<'a>>(&'a self, id: ItemId) -> Option<V> {
        self.item(id).and_then(V::of)
    }

    /// The author's items of `V`'s kind, in source order, seen through `V`.
    pub fn views<'a, V: View<'a> + 'a>(&'a self) -> impl Iterator<Item = V> + 'a {
        self.user_items().filter_map(V::of)
    }
}

/// One typed accessor; `$lt` is the view's lifetime (macro lifetimes are hygienic).
macro_rules! accessor {
    ($lt:lifetime $method:ident text $key:literal) => {
        pub fn $method(&self) -> Option<&$lt Text> { self.fields().text($key) }
    };
    ($lt:lifetime $method:ident texts $key:literal) => {
        pub fn $method(&self) -> Vec<&$lt Text> { self.fields().texts($key) }
    };
    ($lt:lifetime $method:ident str $key:literal) => {
        pub fn $method(&self) -> Option<&$lt str> { self.fields().str($key) }
    };
    ($lt:lifetime $method:ident strs $key:literal) => {
        pub fn $method(&self) -> Vec<&$lt str> { self.fields().strs($key) }
    };
    ($lt:lifetime $method:ident flag $key:literal) => {
        /// `Some(true)` for the key alone or `yes`, `Some(false)` for `no`, `None` when absent.
        pub fn $method(&self) -> Option<bool> { self.fields().bool($key) }
    };
    ($lt:lifetime $method:ident int $key:literal) => {
        pub fn $method(&self) -> Option<u64> { self.fields().int($key) }
    };
    ($lt:lifetime $method:ident date $key:literal) => {
        pub fn $method(&self) -> Option<Date> { self.fields().date($key) }
    };
    ($lt:lifetime $method:ident duration $key:literal) => {
        pub fn $method(&self) -> Option<Duration> { self.fields().duration($key) }
    };
    ($lt:lifetime $method:ident item $key:literal) => {
        pub fn $method(&self) -> Option<ItemId> { self.fields().item($key) }
    };
    ($lt:lifetime $method:ident refs $key:literal) => {
        pub fn $method(&self) -> Vec<ItemId> { self.fields().refs($key) }
    };
    ($lt:lifetime $method:ident option $key:literal) => {
        pub fn $method(&self) -> Option<&'static str> { self.fields().option($key) }
    };
    ($lt:lifetime $method:ident options $key:literal) => {
        pub fn $method(&self) -> Vec<&'static str> { self.fields().options($key) }
    };
    ($lt:lifetime $method:ident channels $key:literal) => {
        /// Each channel as written: an email, URL, phone number, contact or text.
        pub fn $method(&self) -> impl Iterator<Item = &$lt Spanned<Value>> + use<$lt> {
            self.fields().values($key)
        }
    };
    ($lt:lifetime $method:ident record($sub:ident) $key:literal) => {
        pub fn $method(&self) -> Option<$sub<$lt>> { self.fields().record($key).map($sub) }
    };
}

macro_rules! access {
    (text) => {
        Access::Text
    };
    (texts) => {
        Access::Texts
    };
    (str) => {
        Access::Str
    };
    (strs) => {
        Access::Strs
    };
    (flag) => {
        Access::Flag
    };
    (int) => {
        Access::Int
    };
    (date) => {
        Access::Date
    };
    (duration) => {
        Access::Duration
    };
    (item) => {
        Access::Item
    };
    (refs) => {
        Access::Refs
    };
    (option) => {
        Access::Option
    };
    (options) => {
        Access::Options
    };
    (channels) => {
        Access::Channels
    };
    (record($sub:ident)) => {
        Access::Record
    };
}

/// The by-key reads every view offers, for a field's span or its spanned values.
macro_rules! by_key {
    ($view:ident) => {
        /// The field as written, if present.
        pub fn field(&self, key: Key<$view<'static>>) -> Option<&'a Field> {
            self.fields().get(key.name)
        }

        /// Whether the field is written.
        pub fn has(&self, key: Key<$view<'static>>) -> bool {
            self.fields().has(key.name)
        }

        /// The whole `key value, value` entry's span, if the field is written.
        pub fn span(&self, key: Key<$view<'static>>) -> Option<Span> {
            self.field(key).map(|f| f.span)
        }

        /// The items the field refers to, for a field chosen by key.
        pub fn ids(&self, key: Key<$view<'static>>) -> Vec<ItemId> {
            self.fields().refs(key.name)
        }

        /// Each value of the field with its own span.
        pub fn values(
            &self,
            key: Key<$view<'static>>,
        ) -> impl Iterator<Item = &'a Spanned<Value>> + use<'a> {
            self.fields().values(key.name)
        }
    };
}

macro_rules! views {
    (
        $(item $view:ident [$($kind:ident),+] {
            $($method:ident $const:ident : $acc:ident $(($sub:ident))? $key:literal,)*
        })*
        $(record $rview:ident {
            $($rmethod:ident $rconst:ident : $racc:ident $(($rsub:ident))? $rkey:literal,)*
        })*
    ) => {
        $(
            #[doc = concat!("The typed view of items of kind ", $("`", stringify!($kind), "` ",)+)]
            #[derive(Clone, Copy, Debug)]
            pub struct $view<'a>(pub &'a Item);

            impl<'a> std::ops::Deref for $view<'a> {
                type Target = Item;
                fn deref(&self) -> &Item {
                    self.0
                }
            }

            impl<'a> View<'a> for $view<'a> {
                const KINDS: &'static [Kind] = &[$(Kind::$kind),+];
                const FIELDS: &'static [(&'static str, Access)] =
                    &[$(($key, access!($acc $(($sub))?))),*];
                fn of(item: &'a Item) -> Option<Self> {
                    Self::KINDS.contains(&item.kind).then_some($view(item))
                }
            }

            impl<'a> $view<'a> {
                $(pub const $const: Key<$view<'static>> = Key::new($key);)*

                /// The item itself, for as long as the model lives.
                pub fn item(&self) -> &'a Item {
                    self.0
                }

                fn fields(&self) -> &'a Fields {
                    &self.0.fields
                }

                by_key!($view);

                $(accessor!('a $method $acc $(($sub))? $key);)*
            }
        )*
        $(
            #[doc = concat!("The typed view of a `", stringify!($rview), "` record.")]
            #[derive(Clone, Copy, Debug)]
            pub struct $rview<'a>(pub &'a Fields);

            impl<'a> $rview<'a> {
                pub const FIELDS: &'static [(&'static str, Access)] =
                    &[$(($rkey, access!($racc $(($rsub))?))),*];
                $(pub const $rconst: Key<$rview<'static>> = Key::new($rkey);)*

                fn fields(&self) -> &'a Fields {
                    self.0
                }

                by_key!($rview);

                $(accessor!('a $rmethod $racc $(($rsub))? $rkey);)*
            }
        )*

        /// Every item view's kinds and fields, and every record view's fields: what the schema
        /// test checks.
        #[cfg(test)]
        pub(crate) const TABLE: &[(&str, &[Kind], &[(&str, Access)])] = &[
            $((stringify!($view), <$view<'static> as View<'static>>::KINDS, <$view<'static> as View<'static>>::FIELDS),)*
        ];
        #[cfg(test)]
        pub(crate) const RECORDS: &[(&str, &[(&str, Access)])] = &[
            $((stringify!($rview), $rview::FIELDS),)*
        ];
    };
}

views! {
    item Header[Policy] {
        title TITLE: text "title",
        controller CONTROLLER: record(Controller) "controller",
        products PRODUCTS: texts "products",
        scope SCOPE: text "scope",
        audience AUDIENCE: options "audience",
        effective EFFECTIVE: date "effective",
        updated UPDATED: date "updated",
        version VERSION: str "version",
        url URL: str "url",
        languages LANGUAGES: options "languages",
        profile PROFILE: options "profile",
        intro INTRO: text "intro",
        use_means_acceptance USE_MEANS_ACCEPTANCE: flag "use_means_acceptance",
        disclaimers DISCLAIMERS: refs "disclaimers",
        consent_exceptions CONSENT_EXCEPTIONS: refs "consent_exceptions",
        look_back LOOK_BACK: duration "look_back",
        notice_at_collection NOTICE_AT_COLLECTION: flag "notice_at_collection",
        acceptance ACCEPTANCE: text "acceptance",
    }
    item Category[Category] {
        label LABEL: text "label",
        examples EXAMPLES: texts "examples",
        sensitive SENSITIVE: flag "sensitive",
        identifiability IDENTIFIABILITY: option "identifiability",
        source SOURCE: option "source",
        obtained_from OBTAINED_FROM: refs "obtained_from",
        required REQUIRED: flag "required",
        refusal REFUSAL: text "refusal",
        tags TAGS: options "tags",
        audience AUDIENCE: options "audience",
        description DESCRIPTION: text "description",
        maps_to MAPS_TO: refs "maps_to",
    }
    item Purpose[Purpose] {
        label LABEL: text "label",
        description DESCRIPTION: text "description",
        uses USES: refs "uses",
        basis BASIS: refs "basis",
        may MAY: flag "may",
        required REQUIRED: flag "required",
        refusal REFUSAL: text "refusal",
        consent CONSENT: option "consent",
        withdraw WITHDRAW: channels "withdraw",
        opt_out OPT_OUT: channels "opt_out",
        tags TAGS: options "tags",
        necessity NECESSITY: text "necessity",
        impact IMPACT: text "impact",
        interest INTEREST: text "interest",
        special_condition SPECIAL_CONDITION: refs "special_condition",
        solely_automated SOLELY_AUTOMATED: flag "solely_automated",
        logic LOGIC: text "logic",
        consequences CONSEQUENCES: text "consequences",
        residents RESIDENTS: strs "residents",
        audience AUDIENCE: options "audience",
    }
    item Recipient[Recipient] {
        label LABEL: text "label",
        legal_name NAME: text "name",
        region REGION: strs "region",
        contact CONTACT: channels "contact",
        contract CONTRACT: refs "contract",
        supervision SUPERVISION: text "supervision",
        own_purposes OWN_PURPOSES: flag "own_purposes",
        agreement AGREEMENT: flag "agreement",
        acts_as ACTS_AS: option "acts_as",
        dpf_certified DPF_CERTIFIED: flag "dpf_certified",
        examples EXAMPLES: texts "examples",
        policy_url POLICY_URL: str "policy_url",
        sdk SDK: str "sdk",
        platforms PLATFORMS: options "platforms",
        packages PACKAGES: strs "packages",
        background BACKGROUND: flag "background",
        description DESCRIPTION: text "description",
    }
    item Flow[Flow] {
        entrust ENTRUST: refs "entrust",
        share SHARE: refs "share",
        transfer TRANSFER: refs "transfer",
        disclose DISCLOSE: refs "disclose",
        to TO: refs "to",
        purposes FOR: refs "for",
        may MAY: flag "may",
        only_if ONLY_IF: refs "only_if",
        currently_not CURRENTLY_NOT: flag "currently_not",
        when WHEN: refs "when",
        hedge HEDGE: option "hedge",
        collected_by COLLECTED_BY: option "collected_by",
        basis BASIS: refs "basis",
        exceptions EXCEPTIONS: refs "exceptions",
        conditions CONDITIONS: options "conditions",
        trigger TRIGGER: options "trigger",
        mechanism MECHANISM: refs "mechanism",
        commitments COMMITMENTS: refs "commitments",
        access_only ACCESS_ONLY: flag "access_only",
        consideration CONSIDERATION: flag "consideration",
        notice NOTICE: options "notice",
        refusal REFUSAL: text "refusal",
        description DESCRIPTION: text "description",
    }
    item Storage[Storage] {
        data DATA: refs "data",
        region REGION: strs "region",
        hedge HEDGE: option "hedge",
        exceptions EXCEPTIONS: refs "exceptions",
        description DESCRIPTION: text "description",
    }
    item Retention[Retention] {
        data DATA: refs "data",
        purposes FOR: refs "for",
        period PERIOD: duration "period",
        as_long_as_necessary AS_LONG_AS_NECESSARY: flag "as_long_as_necessary",
        not_stored NOT_STORED: flag "not_stored",
        kept_beyond KEPT_BEYOND: refs "kept_beyond",
        hedge HEDGE: option "hedge",
        until UNTIL: text "until",
        minimum MINIMUM: refs "minimum",
        on_expiry ON_EXPIRY: option "on_expiry",
        backups BACKUPS: text "backups",
        exceptions EXCEPTIONS: refs "exceptions",
        on_cessation ON_CESSATION: text "on_cessation",
        description DESCRIPTION: text "description",
    }
    item Right[Right] {
        label LABEL: text "label",
        article ARTICLE: str "article",
        via VIA: channels "via",
        within WITHIN: duration "within",
        within_hedge WITHIN_HEDGE: option "within_hedge",
        verification VERIFICATION: text "verification",
        fee FEE: option "fee",
        fee_hedge FEE_HEDGE: option "fee_hedge",
        premise PREMISE: refs "premise",
        conditions CONDITIONS: refs "conditions",
        refusal_grounds REFUSAL_GROUNDS: refs "refusal_grounds",
        refusal_may REFUSAL_MAY: flag "refusal_may",
        residents RESIDENTS: strs "residents",
        description DESCRIPTION: text "description",
    }
    item Promise[Promise] {
        label LABEL: text "label",
        data DATA: refs "data",
        except_roles EXCEPT_ROLES: refs "except_roles",
        except_triggers EXCEPT_TRIGGERS: options "except_triggers",
        except_bases EXCEPT_BASES: refs "except_bases",
        only_purposes ONLY_PURPOSES: refs "only_purposes",
        region REGION: strs "region",
        exceptions EXCEPTIONS: refs "exceptions",
        except EXCEPT: refs "except",
        except_flows EXCEPT_FLOWS: refs "except_flows",
        hedge HEDGE: option "hedge",
        effort EFFORT: option "effort",
        premise PREMISE: refs "premise",
        description DESCRIPTION: text "description",
    }
    item Cookie[Cookie] {
        label LABEL: text "label",
        kind_word KIND: option "kind",
        technology TECHNOLOGY: options "technology",
        purposes FOR: refs "for",
        may MAY: flag "may",
        data DATA: refs "data",
        lifetime LIFETIME: text "lifetime",
        third_party THIRD_PARTY: item "third_party",
        description DESCRIPTION: text "description",
    }
    item Cookies[Cookies] {
        technology TECHNOLOGY: options "technology",
        refuse REFUSE: channels "refuse",
        do_not_track DO_NOT_TRACK: option "do_not_track",
        lifetime LIFETIME: text "lifetime",
        description DESCRIPTION: text "description",
    }
    item ContactPoint[Contact] {
        label LABEL: text "label",
        email EMAIL: strs "email",
        phone PHONE: strs "phone",
        address ADDRESS: text "address",
        url URL: str "url",
        hours HOURS: text "hours",
        requests REQUESTS: texts "requests",
    }
    item Minors[Minors] {
        threshold THRESHOLD: int "threshold",
        consent_age CONSENT_AGE: int "consent_age",
        directed DIRECTED: flag "directed",
        guardian_consent GUARDIAN_CONSENT: flag "guardian_consent",
        on_discovery ON_DISCOVERY: text "on_discovery",
        dedicated_rules DEDICATED_RULES: str "dedicated_rules",
        guardian_contact GUARDIAN_CONTACT: channels "guardian_contact",
        description DESCRIPTION: text "description",
    }
    item Security[Security] {
        measures MEASURES: refs "measures",
        certifications CERTIFICATIONS: refs "certifications",
        mlps_level MLPS_LEVEL: int "mlps_level",
        incident_plan INCIDENT_PLAN: flag "incident_plan",
        incident_notice INCIDENT_NOTICE: options "incident_notice",
        incident_contents INCIDENT_CONTENTS: refs "incident_contents",
        report_to_authorities REPORT_TO_AUTHORITIES: flag "report_to_authorities",
        description DESCRIPTION: text "description",
    }
    item Changes[Changes] {
        announce ANNOUNCE: options "announce",
        major MAJOR: refs "major",
        major_notice MAJOR_NOTICE: options "major_notice",
        continued_use_means_acceptance CONTINUED_USE_MEANS_ACCEPTANCE: flag "continued_use_means_acceptance",
        archive ARCHIVE: str "archive",
        archived ARCHIVED: flag "archived",
        advance_notice ADVANCE_NOTICE: flag "advance_notice",
        description DESCRIPTION: text "description",
    }
    item Revision[Revision] {
        date DATE: date "date",
        version VERSION: str "version",
        changes CHANGES: texts "changes",
    }
    item Section[Section] {
        title TITLE: text "title",
        body BODY: texts "body",
        parent_section PARENT: item "parent",
        part PART: option "part",
        residents RESIDENTS: strs "residents",
        audience AUDIENCE: options "audience",
    }
    item Basis[Basis] {
        label LABEL: text "label",
        article ARTICLE: str "article",
        consent CONSENT: option "consent",
        profile PROFILE: option "profile",
    }
    item Mechanism[Mechanism] {
        label LABEL: text "label",
        article ARTICLE: str "article",
        exemption EXEMPTION: flag "exemption",
        profile PROFILE: option "profile",
    }
    item Condition[Condition] {
        label LABEL: text "label",
        kind_word KIND: option "kind",
        basis BASIS: refs "basis",
        article ARTICLE: str "article",
        statute STATUTE: text "statute",
        description DESCRIPTION: text "description",
    }
    item List[List] {
        label LABEL: text "label",
        article ARTICLE: str "article",
        items ITEMS: refs "items",
    }
    item Permission[Permission] {
        label LABEL: text "label",
        android ANDROID: strs "android",
        ios IOS: strs "ios",
        miniprogram MINIPROGRAM: strs "miniprogram",
        exposes EXPOSES: refs "exposes",
        purposes FOR: refs "for",
        functions FUNCTIONS: refs "functions",
        requested REQUESTED: option "requested",
        background BACKGROUND: flag "background",
        refusal REFUSAL: text "refusal",
        description DESCRIPTION: text "description",
    }
    item Function[Function] {
        label LABEL: text "label",
        kind_word KIND: option "kind",
        purposes PURPOSES: refs "purposes",
        refusal REFUSAL: text "refusal",
        description DESCRIPTION: text "description",
    }
    item Definition[Basis, Role, Mechanism, Clause, List, Measure, Certification, Condition, Right] {
        label LABEL: text "label",
        article ARTICLE: str "article",
    }
    item Labelled[Category, Purpose, Recipient, Right, Promise, Cookie, Contact, Basis, Role, Mechanism, Clause, List, Measure, Certification, Condition, Permission, Function] {
        label LABEL: text "label",
    }
    item Based[Purpose, Flow, Condition] {
        basis BASIS: refs "basis",
    }
    item Tagged[Category, Purpose] {
        tags TAGS: options "tags",
    }
    item Sensitive[Category, Role, Clause, Measure, Certification] {
        sensitive SENSITIVE: flag "sensitive",
    }
    item Scoped[Purpose, Right, Section] {
        residents RESIDENTS: strs "residents",
    }
    record Controller {
        name NAME: text "name",
        short_name SHORT_NAME: text "short_name",
        address ADDRESS: text "address",
        phone PHONE: strs "phone",
        email EMAIL: strs "email",
        website WEBSITE: str "website",
        credit_code CREDIT_CODE: str "credit_code",
        dpo DPO: record(Contact) "dpo",
        scale SCALE: int "scale",
        ciio CIIO: flag "ciio",
        ecommerce_platform ECOMMERCE_PLATFORM: flag "ecommerce_platform",
        description DESCRIPTION: text "description",
        uk_representative UK_REPRESENTATIVE: record(Contact) "uk_representative",
        established ESTABLISHED: strs "established",
        representative REPRESENTATIVE: record(Contact) "representative",
    }
    record Contact {
        name NAME: text "name",
        email EMAIL: strs "email",
        phone PHONE: strs "phone",
        address ADDRESS: text "address",
        url URL: str "url",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::schema::{self, FieldSpec, Ty};

    /// Whether an accessor fits a field: the key must exist with a type the accessor reads.
    fn fits(access: Access, spec: &FieldSpec) -> bool {
        let text_like = matches!(
            spec.ty,
            Ty::Str | Ty::Email | Ty::Url | Ty::Phone | Ty::Region
        );
        let reference = matches!(spec.ty, Ty::Ref(_) | Ty::Clauses);
        match access {
            Access::Text => spec.ty == Ty::Text && !spec.many,
            Access::Texts => spec.ty == Ty::Text && spec.many,
            Access::Str => text_like && !spec.many,
            Access::Strs => text_like && spec.many,
            Access::Flag => spec.ty == Ty::Bool,
            Access::Int => spec.ty == Ty::Int,
            Access::Date => spec.ty == Ty::Date,
            Access::Duration => spec.ty == Ty::Duration,
            Access::Item => reference && !spec.many,
            Access::Refs => reference && spec.many,
            Access::Option => matches!(spec.ty, Ty::Option(_)) && !spec.many,
            Access::Options => matches!(spec.ty, Ty::Option(_)) && spec.many,
            Access::Channels => spec.ty == Ty::Channel,
            Access::Record => matches!(spec.ty, Ty::Record(_)),
        }
    }

    fn check(view: &str, fields: &[FieldSpec], table: &[(&str, Access)]) {
        for (key, access) in table {
            let Some(spec) = fields.iter().find(|f| f.key == *key) else {
                panic!("view {view} reads `{key}`, which the schema does not have");
            };
            assert!(
                fits(*access, spec),
                "view {view} reads `{key}` as {access:?}, but the schema says {:?} (many: {})",
                spec.ty,
                spec.many
            );
        }
    }

    fn record<'s>(fields: &'s [FieldSpec], key: &str) -> &'s [FieldSpec] {
        match fields.iter().find(|f| f.key == key).map(|f| f.ty) {
            Some(Ty::Record(inner)) => inner,
            other => panic!("`{key}` is not a record: {other:?}"),
        }
    }

    #[test]
    fn every_view_reads_fields_the_schema_has_with_their_type() {
        for (view, kinds, fields) in TABLE {
            for kind in *kinds {
                check(view, schema::spec(*kind).fields, fields);
            }
        }
        let controller = record(schema::spec(Kind::Policy).fields, "controller");
        for (view, fields) in RECORDS {
            let spec = match *view {
                "Controller" => controller,
                "Contact" => record(controller, "dpo"),
                other => panic!("record view {other} has no place in the schema here"),
            };
            check(view, spec, fields);
        }
    }

    #[test]
    fn each_kind_view_reads_every_field_of_its_kind() {
        // A field added to the schema of a kind with a view of its own gets an accessor too, so
        // no reader has to fall back to a string key.
        for (view, kinds, fields) in TABLE {
            if kinds.len() != 1 {
                continue;
            }
            for spec in schema::spec(kinds[0]).fields {
                assert!(
                    fields.iter().any(|(key, _)| *key == spec.key),
                    "view {view} has no accessor for `{}`",
                    spec.key
                );
            }
        }
    }

    #[test]
    fn a_view_reads_only_its_kinds() {
        let ws = crate::Workspace::from_text(
            "policy.pol",
            "category phone {\n  label { zh: \"手机号\", en: \"Phone\" }\n}\n\
             purpose p {\n  label { zh: \"注册\", en: \"Sign-up\" }\n  uses phone\n}\n",
        );
        let analysis = ws.analyze();
        let policy = &analysis.policy;
        let purposes: Vec<Purpose> = policy.views().collect();
        assert_eq!(purposes.len(), 1);
        let phone = purposes[0].uses();
        assert_eq!(phone.len(), 1);
        assert!(policy.view::<Purpose>(phone[0]).is_none());
        let category = policy
            .view::<Category>(phone[0])
            .map(|c| c.name().to_string());
        assert_eq!(category.as_deref(), Some("phone"));
        assert!(purposes[0].has(Purpose::USES));
        assert!(!purposes[0].has(Purpose::BASIS));
    }
}
