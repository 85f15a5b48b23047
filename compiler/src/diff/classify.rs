//! Classifies each change: which major change of GB/T 35273-2020 App. D it is, whether it
//! needs fresh or separate consent under the PIPL, with the provision it rests on. The mapping
//! follows the rules catalogue (legal-rules.md §3c, "`polc diff` mapping"):
//!
//! | model difference | major change | consent |
//! | --- | --- | --- |
//! | purpose added, removed, its `uses`, method (`tags`, `consent`) or `basis` changed | service model | consent-based purposes: Art. 14 ¶2 |
//! | category added | service model, or sensitive | used by a consent-based purpose: Art. 14 ¶2; sensitive: Art. 29 |
//! | provision / disclosure recipient or flow added or replaced; a new kind of recipient | recipients | Arts 23, 25 |
//! | entrusted-party recipient or flow | none (minor), unless it is a new kind of recipient | — |
//! | overseas recipient, flow or storage region added | cross-border | Art. 39 |
//! | controller's legal name changed, a transfer to an acquirer | ownership | — |
//! | right removed, channel removed, response time lengthened, fee or conditions added | rights | — |
//! | contact, DPO or the controller's contact details changed | contact | — |
//! | retention lengthened | service model | — |
//! | promise removed or loosened | by what it promised | — |
//! | anything else (wording, retention shortened, a right added) | minor: Art. 17 ¶2 | — |

use super::{Consent, FieldChange, Ground, Major, Op};
use crate::diag::Message;
use crate::ir::views::{Basis, Flow, Purpose};
use crate::ir::{Item, Policy};
use crate::meaning::territory;
use crate::types::schema::Kind;

pub struct Sides<'a> {
    pub old: &'a Policy,
    pub new: &'a Policy,
}

const MINOR_ARTICLE: &str = "PIPL Art. 17 ¶2";
const APP_D: &str = "GB/T 35273-2020 App. D; PIPL Art. 17 ¶2";

fn major(m: Major, why: Message) -> Ground {
    Ground {
        major: Some(m),
        consent: None,
        article: APP_D,
        why,
    }
}

fn consent(m: Major, c: Consent, why: Message) -> Ground {
    Ground {
        major: Some(m),
        consent: Some(c),
        article: c.article(),
        why,
    }
}

fn minor(why: Message) -> Ground {
    Ground {
        major: None,
        consent: None,
        article: MINOR_ARTICLE,
        why,
    }
}

/// The stdlib definition an item descends from (a recipient's role, a right's or promise's
/// kind), by name.
fn root(policy: &Policy, item: &Item) -> Option<String> {
    let mut current = item;
    for _ in 0..8 {
        match current.parent.and_then(|p| policy.item(p)) {
            Some(parent) => current = parent,
            None => break,
        }
    }
    policy.is_std(current).then(|| current.name().to_string())
}

/// Whether a purpose rests on some form of consent.
fn consent_based(policy: &Policy, purpose: &Item) -> bool {
    Purpose(purpose).basis().into_iter().any(|b| {
        policy
            .item(b)
            .and_then(|b| Basis(b).consent())
            .is_some_and(|form| form != "none")
    })
}

/// Outside mainland China: the re-consent this classifier asks for is the PIPL's (Art. 39).
fn overseas(item: &Item) -> bool {
    item.fields
        .strs("region")
        .iter()
        .any(|r| !territory::PIPL.contains(r))
}

/// Roles whose recipients process on our behalf: entrusting them needs no consent (Art. 21).
fn is_processor_role(role: Option<&str>) -> bool {
    matches!(role, Some("entrusted_party" | "sub_entrusted"))
}

fn added_of(fields: &[FieldChange], key: &str) -> bool {
    fields.iter().any(|f| f.key == key && !f.added.is_empty())
}

fn changed(fields: &[FieldChange], key: &str) -> bool {
    fields.iter().any(|f| f.key == key)
}

fn removed_of(fields: &[FieldChange], key: &str) -> bool {
    fields.iter().any(|f| f.key == key && !f.removed.is_empty())
}

pub fn grounds(
    sides: &Sides,
    op: &Op,
    old: Option<&Item>,
    new: Option<&Item>,
    fields: &[FieldChange],
) -> Vec<Ground> {
    if matches!(op, Op::Renamed { .. }) {
        return Vec::new();
    }
    let Some(item) = new.or(old) else {
        return Vec::new();
    };
    let mut out = match item.kind {
        Kind::Purpose => purpose(sides, op, new, fields),
        Kind::Category => category(sides, op, new, fields),
        Kind::Recipient => recipient(sides, op, old, new, fields),
        Kind::Flow => flow(sides, op, old, new, fields),
        Kind::Storage => storage(op, new, fields),
        Kind::Retention => retention(fields),
        Kind::Right => right(op, fields),
        Kind::Contact => contact(op, fields),
        Kind::Policy => header(fields),
        Kind::Promise => promise(sides, op, old, new, fields),
        _ => Vec::new(),
    };
    if out.is_empty() {
        out.push(minor(Message::key(
            "diff-classify--notify-changed-part-policy",
        )));
    }
    out
}

fn purpose(sides: &Sides, op: &Op, new: Option<&Item>, fields: &[FieldChange]) -> Vec<Ground> {
    let consent_now = new.is_some_and(|p| consent_based(sides.new, p));
    let mut out = Vec::new();
    match op {
        Op::Added if consent_now => out.push(consent(
            Major::ServiceModel,
            Consent::PurposeChanged,
            Message::key("diff-classify--new-purpose-consent-based-processing"),
        )),
        Op::Added => out.push(major(
            Major::ServiceModel,
            Message::key("diff-classify--new-purpose-processing"),
        )),
        Op::Removed => out.push(major(
            Major::ServiceModel,
            Message::key("diff-classify--purpose-processing-dropped"),
        )),
        _ => {
            if added_of(fields, "uses") && consent_now {
                out.push(consent(
                    Major::ServiceModel,
                    Consent::CategoriesAdded,
                    Message::key("diff-classify--purpose-now-uses-more-categories"),
                ));
            } else if changed(fields, "uses") {
                out.push(major(
                    Major::ServiceModel,
                    Message::key("diff-classify--categories-purpose-uses-change"),
                ));
            }
            if (added_of(fields, "tags") || changed(fields, "consent")) && consent_now {
                out.push(consent(
                    Major::ServiceModel,
                    Consent::MethodChanged,
                    Message::key("diff-classify--method-processing-changes"),
                ));
            } else if changed(fields, "tags") || changed(fields, "consent") {
                out.push(major(
                    Major::ServiceModel,
                    Message::key("diff-classify--method-processing-changes"),
                ));
            }
            if changed(fields, "basis") {
                out.push(major(
                    Major::ServiceModel,
                    Message::key("diff-classify--legal-basis-changes"),
                ));
            }
        }
    }
    out
}

fn category(sides: &Sides, op: &Op, new: Option<&Item>, fields: &[FieldChange]) -> Vec<Ground> {
    let Some(item) = new else {
        return vec![minor(Message::key(
            "diff-classify--category-personal-information-no-longer",
        ))];
    };
    let sensitive = sides.new.is_sensitive(item.id);
    let became_sensitive = changed(fields, "sensitive") && sensitive;
    if sensitive && (matches!(op, Op::Added) || became_sensitive) {
        return vec![consent(
            Major::Sensitive,
            Consent::Sensitive,
            Message::key("diff-classify--new-category-sensitive-personal-information"),
        )];
    }
    if matches!(op, Op::Added) {
        let used_with_consent = sides
            .new
            .of_kind(Kind::Purpose)
            .any(|p| Purpose(p).uses().contains(&item.id) && consent_based(sides.new, p));
        return vec![if used_with_consent {
            consent(
                Major::ServiceModel,
                Consent::CategoriesAdded,
                Message::key("diff-classify--new-category-personal-information-consent"),
            )
        } else {
            major(
                Major::ServiceModel,
                Message::key("diff-classify--new-category-personal-information"),
            )
        }];
    }
    Vec::new()
}

/// Grounds for a recipient that appears (added, or given a new role).
fn new_recipient(sides: &Sides, item: &Item) -> Vec<Ground> {
    let role = root(sides.new, item);
    let new_kind = !sides
        .old
        .of_kind(Kind::Recipient)
        .any(|r| root(sides.old, r) == role);
    let mut out = Vec::new();
    match role.as_deref() {
        Some("public") => out.push(consent(
            Major::Recipients,
            Consent::Disclosure,
            Message::key("diff-classify--personal-information-newly-made-public"),
        )),
        Some("acquirer") => out.push(major(
            Major::Ownership,
            Message::key("diff-classify--successor-merger-sale-business"),
        )),
        Some("authority") => out.push(major(
            Major::Recipients,
            Message::key("diff-classify--new-recipient-authority"),
        )),
        r if is_processor_role(r) && new_kind => out.push(major(
            Major::Recipients,
            Message::key("diff-classify--new-kind-recipient-entrusted-processing"),
        )),
        r if is_processor_role(r) => {}
        _ => out.push(consent(
            Major::Recipients,
            Consent::Provision,
            Message::key("diff-classify--personal-information-newly-provided-another"),
        )),
    }
    if overseas(item) {
        out.push(overseas_ground());
    }
    out
}

fn overseas_ground() -> Ground {
    consent(
        Major::CrossBorder,
        Consent::CrossBorder,
        Message::key("diff-classify--personal-information-newly-provided-outside"),
    )
}

fn recipient(
    sides: &Sides,
    op: &Op,
    old: Option<&Item>,
    new: Option<&Item>,
    fields: &[FieldChange],
) -> Vec<Ground> {
    match (op, old, new) {
        (Op::Added, _, Some(n)) => new_recipient(sides, n),
        (Op::Removed, Some(o), _) if is_processor_role(root(sides.old, o).as_deref()) => Vec::new(),
        (Op::Removed, _, _) => vec![major(
            Major::Recipients,
            Message::key("diff-classify--recipient-dropped"),
        )],
        (_, Some(_), Some(n)) => {
            let mut out = Vec::new();
            if changed(fields, "kind") {
                out.extend(new_recipient(sides, n));
                if out.is_empty() {
                    out.push(major(
                        Major::Recipients,
                        Message::key("diff-classify--recipient-s-role-changes"),
                    ));
                }
            } else if overseas(n) && added_of(fields, "region") {
                out.push(overseas_ground());
            }
            out
        }
        _ => Vec::new(),
    }
}

/// Whether a flow's provision needs the person's (separate) consent: not when its own basis
/// is another ground (a legal duty, a contract) or it is a transfer on a merger or sale.
fn needs_consent(policy: &Policy, flow: &Item) -> bool {
    if Flow(flow).has(Flow::TRIGGER) {
        return false;
    }
    let bases = Flow(flow).basis();
    bases.is_empty()
        || bases.into_iter().any(|b| {
            policy
                .item(b)
                .and_then(|b| Basis(b).consent())
                .is_some_and(|form| form != "none")
        })
}

/// The verbs of a flow that provide data to another handler or the public.
fn provides(item: &Item) -> bool {
    [Flow::SHARE, Flow::TRANSFER, Flow::DISCLOSE]
        .into_iter()
        .any(|k| Flow(item).has(k))
}

fn flow(
    sides: &Sides,
    op: &Op,
    old: Option<&Item>,
    new: Option<&Item>,
    fields: &[FieldChange],
) -> Vec<Ground> {
    let mut out = Vec::new();
    let overseas_to = |f: &Item| {
        Flow(f)
            .to()
            .into_iter()
            .filter_map(|r| sides.new.item(r))
            .any(overseas)
    };
    match (op, old, new) {
        (Op::Added, _, Some(n)) => {
            if Flow(n).has(Flow::DISCLOSE) {
                out.push(consent(
                    Major::Recipients,
                    Consent::Disclosure,
                    Message::key("diff-classify--new-public-disclosure"),
                ));
            } else if Flow(n).has(Flow::TRANSFER) && Flow(n).has(Flow::TRIGGER) {
                out.push(major(
                    Major::Ownership,
                    Message::key("diff-classify--new-transfer-merger-sale-business"),
                ));
            } else if provides(n) && !needs_consent(sides.new, n) {
                out.push(major(
                    Major::Recipients,
                    Message::key("diff-classify--personal-information-newly-provided-another-2"),
                ));
            } else if provides(n) {
                out.push(consent(
                    Major::Recipients,
                    Consent::Provision,
                    Message::key("diff-classify--personal-information-newly-provided-another"),
                ));
            }
            if overseas_to(n) {
                out.push(overseas_ground());
            }
        }
        (Op::Removed, Some(o), _) if provides(o) => out.push(major(
            Major::Recipients,
            Message::key("diff-classify--flow-another-handler-dropped"),
        )),
        (Op::Changed, Some(o), Some(n)) => {
            let provision = provides(n);
            let consent_flow = needs_consent(sides.new, n);
            if added_of(fields, "to") && provision && consent_flow {
                out.push(consent(
                    Major::Recipients,
                    if Flow(n).has(Flow::DISCLOSE) {
                        Consent::Disclosure
                    } else {
                        Consent::Provision
                    },
                    Message::key("diff-classify--flow-provides-personal-information-new"),
                ));
            } else if changed(fields, "to") && (provision || provides(o)) {
                out.push(major(
                    Major::Recipients,
                    Message::key("diff-classify--recipients-flow-change"),
                ));
            }
            let more = ["share", "transfer", "disclose"]
                .iter()
                .any(|k| added_of(fields, k));
            if more && Flow(n).has(Flow::TRIGGER) {
                out.push(major(
                    Major::Ownership,
                    Message::key("diff-classify--more-categories-personal-information-would"),
                ));
            } else if more && !consent_flow {
                out.push(major(
                    Major::Recipients,
                    Message::key("diff-classify--more-categories-personal-information-provided"),
                ));
            } else if more {
                out.push(consent(
                    Major::Recipients,
                    Consent::Provision,
                    Message::key("diff-classify--more-categories-personal-information-provided"),
                ));
            }
            if added_of(fields, "for") {
                out.push(major(
                    Major::ServiceModel,
                    Message::key("diff-classify--flow-serves-new-purposes"),
                ));
            }
            if added_of(fields, "to") && overseas_to(n) && !overseas_before(sides, o) {
                out.push(overseas_ground());
            }
        }
        _ => {}
    }
    out
}

fn overseas_before(sides: &Sides, flow: &Item) -> bool {
    flow.fields
        .refs("to")
        .into_iter()
        .filter_map(|r| sides.old.item(r))
        .any(overseas)
}

fn storage(op: &Op, new: Option<&Item>, fields: &[FieldChange]) -> Vec<Ground> {
    let new_overseas = fields.iter().any(|f| {
        f.key == "region"
            && f.added
                .iter()
                .any(|r| !matches!(r, super::Canon::Str(_, code) if territory::PIPL.contains(code)))
    });
    let added_overseas = matches!(op, Op::Added) && new.is_some_and(overseas);
    if new_overseas || added_overseas {
        vec![consent(
            Major::CrossBorder,
            Consent::CrossBorder,
            Message::key("diff-classify--personal-information-newly-stored-outside"),
        )]
    } else {
        Vec::new()
    }
}

fn retention(fields: &[FieldChange]) -> Vec<Ground> {
    let longer = fields.iter().any(|f| {
        f.key == "period"
            && match (
                f.removed.first().and_then(super::Canon::days),
                f.added.first().and_then(super::Canon::days),
            ) {
                (Some(before), Some(after)) => after > before,
                // A period replaced by "until ..." or dropped: no longer bounded by a period.
                (Some(_), None) => true,
                _ => false,
            }
    });
    if longer {
        vec![major(
            Major::ServiceModel,
            Message::key("diff-classify--personal-information-kept-longer"),
        )]
    } else {
        Vec::new()
    }
}

fn right(op: &Op, fields: &[FieldChange]) -> Vec<Ground> {
    let rights = |message: Message| vec![major(Major::Rights, message)];
    match op {
        Op::Removed => rights(Message::key("diff-classify--right-no-longer-offered")),
        Op::Changed => {
            let longer = fields.iter().any(|f| {
                f.key == "within"
                    && match (
                        f.removed.first().and_then(super::Canon::days),
                        f.added.first().and_then(super::Canon::days),
                    ) {
                        (Some(before), Some(after)) => after > before,
                        (Some(_), None) => true,
                        _ => false,
                    }
            });
            if removed_of(fields, "via") {
                rights(Message::key("diff-classify--way-exercising-right-removed"))
            } else if longer {
                rights(Message::key("diff-classify--response-time-longer"))
            } else if changed(fields, "fee")
                || added_of(fields, "conditions")
                || added_of(fields, "refusal_grounds")
            {
                rights(Message::key(
                    "diff-classify--conditions-exercising-right-change",
                ))
            } else {
                Vec::new()
            }
        }
        _ => Vec::new(),
    }
}

const CONTACT_KEYS: &[&str] = &["email", "phone", "address", "url"];

fn contact(op: &Op, fields: &[FieldChange]) -> Vec<Ground> {
    let relevant = !matches!(op, Op::Changed) || CONTACT_KEYS.iter().any(|k| changed(fields, k));
    if relevant {
        vec![major(
            Major::Contact,
            Message::key("diff-classify--contact-channel-changes"),
        )]
    } else {
        Vec::new()
    }
}

fn header(fields: &[FieldChange]) -> Vec<Ground> {
    let mut out = Vec::new();
    if changed(fields, "controller.name") {
        out.push(major(
            Major::Ownership,
            Message::key("diff-classify--personal-information-handler-s-legal"),
        ));
    }
    let contact_changed = fields.iter().any(|f| {
        f.key.starts_with("controller.dpo")
            || ["controller.email", "controller.phone", "controller.address"]
                .contains(&f.key.as_str())
    });
    if contact_changed {
        out.push(major(
            Major::Contact,
            Message::key("diff-classify--handler-s-contact-details-personal"),
        ));
    }
    out
}

/// Which major change breaking a promise of this kind is.
fn promise_major(kind: Option<&str>) -> Major {
    match kind {
        Some("storage_only" | "no_cross_border") => Major::CrossBorder,
        Some("no_rights_reduction") => Major::Rights,
        Some(
            "no_share_except" | "no_transfer_except" | "no_public_disclosure_except" | "no_sale",
        ) => Major::Recipients,
        _ => Major::ServiceModel,
    }
}

fn promise(
    sides: &Sides,
    op: &Op,
    old: Option<&Item>,
    new: Option<&Item>,
    fields: &[FieldChange],
) -> Vec<Ground> {
    let kind = old
        .and_then(|o| root(sides.old, o))
        .or_else(|| new.and_then(|n| root(sides.new, n)));
    let loosened = [
        "except_roles",
        "except_triggers",
        "except_bases",
        "only_purposes",
        "region",
    ]
    .iter()
    .any(|k| added_of(fields, k))
        || removed_of(fields, "data");
    match op {
        Op::Removed => {
            let m = promise_major(kind.as_deref());
            let mut out = vec![major(m, Message::key("diff-classify--promise-withdrawn"))];
            if !m.in_app_d() {
                out.push(major(
                    Major::ServiceModel,
                    Message::key("diff-classify--way-personal-information-used-no"),
                ));
            }
            out
        }
        Op::Changed if loosened => vec![major(
            promise_major(kind.as_deref()),
            Message::key("diff-classify--promise-loosened"),
        )],
        _ => Vec::new(),
    }
}
