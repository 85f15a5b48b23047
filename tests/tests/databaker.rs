//! The databaker example (examples/databaker, modelled from seeds/databaker.en.txt) checks clean,
//! and the facts of the original are in the model where a reader of the original would look for
//! them. The expected values below were written from the original, not read off the model.

use pol::ir::Value;
use pol::types::schema::Kind;
use pol::Analysis;

#[path = "support/example.rs"]
mod example;
use example::{en, item, names, parent, single, zh};

#[cfg(test)]
fn analyze() -> Analysis {
    example::analyze("databaker")
}

#[test]
fn databaker_checks_clean() {
    let analysis = analyze();
    let diags = example::unsilenced(&analysis);
    assert_eq!(diags, Vec::<String>::new());
    let modules = example::author_modules(&analysis);
    assert_eq!(modules, ["clauses", "collection", "policy", "sharing"]);
}

/// The original's deficiencies (examples/databaker/FINDINGS.md) are found, and silenced only by
/// the justified `allow`s that quote it.
#[test]
fn findings_are_reported_and_justified() {
    let analysis = analyze();
    let p = &analysis.policy;
    let mut found: Vec<(String, String)> = analysis
        .suppressed
        .iter()
        .map(|s| {
            let item = p
                .items
                .iter()
                .filter(|i| {
                    let span = s.diagnostic.primary.span;
                    i.span.file == span.file && i.span.start <= span.start && span.end <= i.span.end
                })
                .min_by_key(|i| i.span.end - i.span.start)
                .map(|i| i.name().to_string())
                .unwrap_or_default();
            (s.diagnostic.code.to_string(), item)
        })
        .collect();
    found.sort();
    let expected: Vec<(String, String)> = [
        // Part 3, 2.(2), 3.(2), 4.(2) and Part 5, 2. say only "your personal information": the
        // flows name no category, so no data reaches these recipients.
        ("CORE-DECL-002", "acquirer"),
        ("CORE-DECL-002", "authorities"),
        // Named among what "we may collect", used for nothing.
        ("CORE-DECL-002", "browsing_records"),
        ("CORE-DECL-002", "overseas"),
        ("CORE-DECL-002", "the_public"),
        ("CORE-DECL-002", "transaction_info"),
        // "we only use it for account creation, login verification, archiving and backup", and
        // the next sentence sends service notices with the same information.
        ("CORE-PROM-001", "account_data_only"),
        // "we will not share personal information that can identify you", with no closed list,
        // while de-identified business data is sold to customers.
        ("CORE-PROM-001", "no_identifying_share"),
        // No GDPR finding: the original takes the GDPR as the standard of its compliance system,
        // never as a law it processes under, so the policy declares the PIPL only.
        ("PIPL-BASIS-001", "legal_disclosure"),
        ("PIPL-BASIS-001", "legal_sharing"),
        // "if personal information transfer is involved": no basis is stated for it.
        ("PIPL-BASIS-001", "merger"),
        // Acceptance of the policy on starting to use it stands in for consent.
        ("PIPL-CONSENT-001", "databaker"),
        ("PIPL-CONTACT-001", "databaker"),
        ("PIPL-ENTR-001", "collection_suppliers"),
        ("PIPL-MINOR-001", ""),
        // The online identifiers come from the "we may collect" list: whether each must be
        // provided is not said.
        ("PIPL-NOTICE-002", "account_credentials"),
        ("PIPL-NOTICE-002", "contact_info"),
        ("PIPL-NOTICE-002", "id_number"),
        ("PIPL-NOTICE-002", "particulars"),
        // Reported on the first sensitive category; the finding covers the whole policy.
        ("PIPL-PIIA-001", "transaction_info"),
        // "only ... for the period required to achieve the purpose": as long as necessary.
        ("PIPL-RET-001", ""),
        ("PIPL-RET-001", "account"),
        ("PIPL-RET-001", "collection_records"),
        ("PIPL-RET-001", "identity_check"),
        ("PIPL-RET-001", "service_notices"),
        ("PIPL-RET-001", "training_data"),
        ("PIPL-RET-001", "voice_rnd"),
        ("PIPL-RIGHTS-001", "databaker"),
        ("PIPL-RIGHTS-002", "delete"),
        // ... and for what cannot be deleted at once, backups only (no PIPL Art. 47 ¶2 fallback).
        ("PIPL-RIGHTS-002", "delete"),
        ("PIPL-RIGHTS-003", "close_account"),
        ("PIPL-RIGHTS-003", "complain"),
        // Only "Generally, ... as soon as possible within 30 days" for these: no time of their own.
        ("PIPL-RIGHTS-003", "correct"),
        ("PIPL-RIGHTS-003", "delete"),
        ("PIPL-RIGHTS-003", "supplement"),
        // The incident notice does not say how to reach us; and the announcement, a fallback
        // "when it is difficult to inform ... one by one", is left to the description.
        ("PIPL-SEC-001", ""),
        ("PIPL-SEC-001", ""),
        ("PIPL-SENS-001", "collection_records"),
        ("PIPL-SENS-001", "sale_to_customers"),
        ("PIPL-SENS-001", "training_data"),
        ("PIPL-SENS-002", "collection_records"),
        ("PIPL-SENS-002", "training_data"),
        ("PIPL-SHARE-001", "sale_to_customers"),
        ("PIPL-SHARE-002", "collection_suppliers"),
        ("PIPL-SHARE-002", "customers"),
        ("PIPL-XB-003", "cross_border"),
    ]
    .iter()
    .map(|(c, i)| (c.to_string(), i.to_string()))
    .collect();
    assert_eq!(found, expected);
    let rights = analysis
        .suppressed
        .iter()
        .find(|s| s.diagnostic.code.as_str() == "PIPL-RIGHTS-001")
        .unwrap();
    assert_eq!(
        rights.diagnostic.message.en(),
        "the policy does not offer the statutory rights `copy`, `restrict_refuse` and `explain`"
    );
    for s in &analysis.suppressed {
        let justification = &p.suppressions[s.suppression].justification;
        assert!(justification.starts_with("原文"), "{justification}");
        assert!(
            justification.contains('“'),
            "quotes the original: {justification}"
        );
        assert!(
            justification.contains(s.diagnostic.code.as_str()),
            "{justification}"
        );
    }
}

#[test]
fn header_controller_and_no_date() {
    let analysis = analyze();
    let p = &analysis.policy;
    let header = p.header().unwrap();
    assert_eq!(header.name(), "databaker");
    assert_eq!(
        zh(header, "title"),
        "标贝（北京）科技有限公司个人信息保护政策"
    );
    assert_eq!(
        en(header, "title"),
        "DataBaker (Beijing) Technology Co., Ltd. Personal Information Protection Policy"
    );
    // The original is undated: no effective date, no update date, no version history.
    assert!(!header.fields.has("effective"));
    assert!(!header.fields.has("updated"));
    assert_eq!(p.of_kind(Kind::Revision).count(), 0);
    assert_eq!(p.languages, ["zh", "en"]);
    // It takes the GDPR as the standard of its compliance system ("Taking the EU gdpr general
    // data protection regulations as the standard"), never as a law it processes under: no
    // GDPR basis may be printed for it.
    assert_eq!(p.profiles, ["pipl"]);
    // "Once you start to use various products or services ... it means that you have fully
    // understood and agreed to the contents of this policy".
    assert_eq!(header.fields.bool("use_means_acceptance"), Some(true));
    // Part 2, 4. states a risk ("it is impossible to always ensure the 100% security of
    // information"), never a disclaimer: the security description says it.
    assert!(!header.fields.has("disclaimers"));
    let controller = header.fields.record("controller").unwrap();
    assert_eq!(
        controller.text("name").unwrap().zh.as_deref(),
        Some("标贝（北京）科技有限公司")
    );
    assert_eq!(
        controller.text("short_name").unwrap().en.as_deref(),
        Some("DataBaker")
    );
    assert_eq!(controller.strs("phone"), ["+86-10-58092481"]);
    assert_eq!(controller.strs("email"), ["pre-sale@data-baker.com"]);
    assert!(!controller.has("dpo"), "the original names no officer");
    // "This policy is applicable to the products and services provided by standard Bay
    // technology": the business it is mainly engaged in is not a list of covered products.
    assert!(!header.fields.has("products"));
    let contact = item(p, Kind::Contact, "contact_us");
    assert_eq!(contact.fields.strs("phone"), ["+86-10-58092481"]);
    assert_eq!(contact.fields.strs("email"), ["pre-sale@data-baker.com"]);
}

#[test]
fn categories_sensitivity_and_what_is_required() {
    let analysis = analyze();
    let p = &analysis.policy;
    assert_eq!(p.of_kind(Kind::Category).count(), 13);
    // Registration: e-mail, mobile number and password are "the basis for you to obtain"
    // the services.
    for required in ["account_email", "mobile"] {
        let c = item(p, Kind::Category, required);
        assert_eq!(c.fields.bool("required"), Some(true), "{required}");
        assert_eq!(
            zh(c, "refusal"),
            "如您拒绝提供这些信息，将影响您使用标贝科技产品的相关功能"
        );
    }
    let credentials = item(p, Kind::Category, "account_credentials");
    // 1.(1) "we may collect ... account nickname, ... password protection questions": the
    // registration data of 2.(1) is only "email, mobile phone number, account password, etc.".
    assert!(!credentials.fields.has("required"));
    assert_eq!(credentials.fields.texts("examples").len(), 4);
    // Business data: "You can choose to provide or allow us to collect the above information".
    for optional in ["message_content", "voice", "images", "video", "portrait"] {
        let c = item(p, Kind::Category, optional);
        assert_eq!(c.fields.bool("required"), Some(false), "{optional}");
        assert_eq!(c.fields.option("source"), Some("subject"), "{optional}");
    }
    // The ID card number, message content and transaction information are sensitive; voice is
    // content, not biometric, as the original uses it.
    let id = item(p, Kind::Category, "id_number");
    assert_eq!(parent(p, id), "std::gbt35273::sensitive_identity");
    assert!(p.is_sensitive(id.id));
    assert!(p.is_sensitive(item(p, Kind::Category, "message_content").id));
    assert!(p.is_sensitive(item(p, Kind::Category, "transaction_info").id));
    assert!(!p.is_sensitive(item(p, Kind::Category, "voice").id));
    // Part 2, 1.(1): "your personal ID number, contact information and other personal sensitive
    // information"; browsing records are sensitive under GB/T 35273-2020 Appendix B.
    assert!(p.is_sensitive(item(p, Kind::Category, "contact_info").id));
    assert!(!p.is_sensitive(item(p, Kind::Category, "particulars").id));
    // "we may collect ... personal internet access records": not in the original's own list of
    // sensitive information, and never said to be collected automatically.
    let browsing = item(p, Kind::Category, "browsing_records");
    assert!(!p.is_sensitive(browsing.id));
    assert!(!browsing.fields.has("source"));
    // "get your name, age, gender, ID number, contact information ... on the basis of your
    // acceptance of this agreement": never said to be required, or optional.
    for silent in ["particulars", "id_number", "contact_info"] {
        assert!(
            !item(p, Kind::Category, silent).fields.has("required"),
            "{silent}"
        );
    }
}

#[test]
fn purposes_and_bases() {
    let analysis = analyze();
    let p = &analysis.policy;
    let purposes: Vec<&str> = p.of_kind(Kind::Purpose).map(|i| i.name()).collect();
    assert_eq!(
        purposes,
        [
            "account",
            "identity_check",
            "service_notices",
            "training_data",
            "voice_rnd",
            "collection_records"
        ]
    );
    let account = item(p, Kind::Purpose, "account");
    assert!(!account.fields.has("consent"));
    assert_eq!(
        names(p, &account.fields.refs("basis")),
        // "You know and agree that when you register your account ...": agreement, never a
        // contract; the original names no legal basis.
        ["std::pipl::consent"]
    );
    // Part 1, 3.(1): "We may verify your identity"; "Send you service status notification and
    // other information": the original never says this information is necessary for them.
    for name in ["identity_check", "service_notices"] {
        let purpose = item(p, Kind::Purpose, name);
        assert!(!purpose.fields.has("required"), "{name}");
        assert!(!purpose.fields.has("refusal"), "{name}");
    }
    let training = item(p, Kind::Purpose, "training_data");
    assert_eq!(zh(training, "label"), "AI训练数据业务（数据资源服务）");
    // Only the header's "once you start to use ... it means that you have fully understood and
    // agreed": the original states no way of asking consent for the purpose itself.
    assert!(!training.fields.has("consent"));
    assert_eq!(training.fields.options("tags"), ["ai_training"]);
    assert_eq!(
        names(p, &training.fields.refs("uses")),
        ["message_content", "voice", "images", "video", "portrait"]
    );
    let voice = item(p, Kind::Purpose, "voice_rnd");
    assert_eq!(names(p, &voice.fields.refs("uses")), ["voice"]);
    let records = item(p, Kind::Purpose, "collection_records");
    assert_eq!(
        names(p, &records.fields.refs("uses")),
        ["particulars", "id_number", "contact_info"]
    );
    assert!(en(records, "description").contains("ID card number"));
    let only = item(p, Kind::Promise, "account_data_only");
    assert_eq!(
        names(p, &only.fields.refs("only_purposes")),
        ["account", "identity_check"]
    );
}

#[test]
fn entrusting_sale_transfer_and_disclosure() {
    let analysis = analyze();
    let p = &analysis.policy;
    // "we may entrust a third-party supplier to assist in data collection, labeling and other
    // processing for the above non personal identity information".
    let entrust = item(p, Kind::Flow, "entrusted_collection");
    assert_eq!(entrust.fields.bool("may"), Some(true));
    assert_eq!(entrust.fields.refs("entrust").len(), 5);
    assert_eq!(
        names(p, &entrust.fields.refs("to")),
        ["collection_suppliers"]
    );
    let suppliers = item(p, Kind::Recipient, "collection_suppliers");
    assert_eq!(parent(p, suppliers), "std::pipl::entrusted_party");
    assert_eq!(
        names(p, &suppliers.fields.refs("contract")),
        ["strict_confidentiality", "process_as_required"]
    );

    // Business data goes to third-party customers, de-identified, as part of selling training
    // data.
    let sale = item(p, Kind::Flow, "sale_to_customers");
    assert_eq!(sale.fields.refs("share").len(), 5);
    assert_eq!(sale.fields.bool("consideration"), Some(true));
    // Routine ("We will transfer"), and only "after de identification or anonymization".
    assert!(!sale.fields.has("may"));
    assert!(!sale.fields.has("only_if"));
    let when = sale.fields.refs("when");
    assert_eq!(names(p, &when), ["deidentified_or_anonymized"]);
    assert_eq!(
        parent(p, p.item(when[0]).unwrap()),
        "std::conditions::de_identified"
    );
    // Part 1, 3.(2): "on the premise of not disclosing the personal information of a single user".
    assert_eq!(
        names(p, &sale.fields.refs("commitments")),
        ["no_single_user_disclosure"]
    );
    // The customers receive data "which does not involve any personal identity information of
    // you": the original gives them no role and says nothing of their own purposes.
    let customers = item(p, Kind::Recipient, "customers");
    assert_eq!(parent(p, customers), "");
    assert!(!customers.fields.has("own_purposes"));
    assert!(!suppliers.fields.has("own_purposes"));

    // "your personal information", no category: the flows of Part 3 other than the business
    // data name none.
    for name in [
        "legal_sharing",
        "merger",
        "legal_disclosure",
        "cross_border",
    ] {
        let flow = item(p, Kind::Flow, name);
        for kind in ["share", "transfer", "disclose", "entrust"] {
            assert!(!flow.fields.has(kind), "{name} {kind}");
        }
    }
    let sharing = item(p, Kind::Flow, "legal_sharing");
    assert_eq!(
        names(p, &sharing.fields.refs("only_if")),
        ["legal_procedure_request"]
    );
    let merger = item(p, Kind::Flow, "merger");
    // "In case of merger, acquisition or bankruptcy liquidation, if personal information
    // transfer is involved": a possibility under the original's own condition.
    assert_eq!(merger.fields.bool("may"), Some(true));
    assert_eq!(names(p, &merger.fields.refs("when")), ["merger_event"]);
    assert!(!merger.fields.has("only_if"));
    assert!(!merger.fields.has("trigger"));
    assert_eq!(
        names(p, &merger.fields.refs("commitments")),
        // "we will require the new company ... to continue to be bound by this personal
        // information protection policy": a requirement on it, not the statutory clause.
        ["recipient_bound_by_policy", "bound_or_reconsent"]
    );

    let disclosure = item(p, Kind::Flow, "legal_disclosure");
    assert_eq!(names(p, &disclosure.fields.refs("to")), ["the_public"]);
    // "we may publicly disclose your personal information when required by law, ...".
    assert_eq!(disclosure.fields.bool("may"), Some(true));
    // "when", not "only if": the disclosure promise also allows it with your express consent.
    assert_eq!(
        names(p, &disclosure.fields.refs("when")),
        ["legal_based_disclosure"]
    );
    assert!(!disclosure.fields.has("only_if"));
    assert_eq!(
        names(p, &disclosure.fields.refs("basis")),
        ["std::pipl::legal_duty"]
    );
    let authorities = item(p, Kind::Recipient, "authorities");
    assert_eq!(parent(p, authorities), "std::pipl::authority");
    assert_eq!(zh(authorities, "label"), "司法机关或行政机关");

    // Each promise's exceptions in the original's words, the consent said once.
    let share = item(p, Kind::Promise, "no_identifying_share");
    assert_eq!(
        names(p, &share.fields.refs("except")),
        ["share_consent", "legal_procedure_request"]
    );
    assert!(!share.fields.has("except_roles"));
    assert!(!share.fields.has("exceptions"));
    let transfer = item(p, Kind::Promise, "limited_transfer");
    assert_eq!(
        names(p, &transfer.fields.refs("except")),
        ["transfer_explicit_consent", "merger_event"]
    );
    let public = item(p, Kind::Promise, "limited_disclosure");
    // "In principle, we will not release ..., except for the following circumstances": both.
    assert_eq!(public.fields.option("hedge"), Some("in_principle"));
    assert_eq!(
        names(p, &public.fields.refs("except")),
        ["disclosure_express_consent", "legal_based_disclosure"]
    );
    // The "Please know" safeguards are commitments of the disclosure flow, not exceptions.
    assert!(!public.fields.has("exceptions"));
}

#[test]
fn storage_in_china_and_servers_abroad() {
    let analysis = analyze();
    let p = &analysis.policy;
    let storage = item(p, Kind::Storage, "in_china");
    assert_eq!(storage.fields.strs("region"), ["CN"]);
    assert_eq!(storage.fields.option("hedge"), Some("in_principle"));
    assert_eq!(
        names(p, &storage.fields.refs("exceptions")),
        ["law_provides", "explicit_authorization"]
    );
    let promise = item(p, Kind::Promise, "stored_in_china");
    assert_eq!(parent(p, promise), "std::promises::storage_only");
    assert_eq!(promise.fields.option("hedge"), Some("in_principle"));
    // "In principle ... Except for: (1) ... laws and regulations; (2) Get your explicit
    // authorization."
    assert_eq!(
        names(p, &promise.fields.refs("exceptions")),
        ["law_provides", "explicit_authorization"]
    );
    // "the countries / regions where you use products and services": abroad, but unnamed.
    let overseas = item(p, Kind::Recipient, "overseas");
    assert_eq!(parent(p, overseas), "std::pipl::overseas_recipient");
    assert!(overseas.fields.strs("region").is_empty());
    let flow = item(p, Kind::Flow, "cross_border");
    // "after obtaining your authorization and consent, your personal information may be
    // transferred to or accessed from overseas jurisdictions".
    assert_eq!(flow.fields.bool("may"), Some(true));
    // "after obtaining your authorization and consent": when, not only if (Part 5, 1. also
    // allows storage abroad where laws and regulations provide it).
    assert_eq!(names(p, &flow.fields.refs("when")), ["abroad_consent"]);
    assert!(!flow.fields.has("only_if"));
    assert!(!flow.fields.has("mechanism"));
}

#[test]
fn retention_periods() {
    let analysis = analyze();
    let p = &analysis.policy;
    let general = p
        .of_kind(Kind::Retention)
        .find(|r| r.name().is_empty())
        .unwrap();
    // "we will only retain your personal information for the period required to achieve the
    // purpose": as long as necessary, not a criterion.
    assert_eq!(general.fields.bool("as_long_as_necessary"), Some(true));
    assert!(!general.fields.has("until"));
    assert_eq!(
        general.fields.option("on_expiry"),
        Some("delete_or_anonymize")
    );
    assert_eq!(
        names(p, &general.fields.refs("kept_beyond")),
        // "Unless we obtain your written permission or receive legal protection".
        ["written_permission", "legal_protection"]
    );
    assert!(zh(general, "backups").contains("直至备份可以清除或实现匿名化"));
    // "Once your account is cancelled, ... will delete all information about your account":
    // deletion on cancellation, never "kept until you cancel".
    assert_eq!(p.of_kind(Kind::Retention).count(), 1);
}

#[test]
fn rights_channels_times_and_refusal_grounds() {
    let analysis = analyze();
    let p = &analysis.policy;
    let rights: Vec<(&str, String)> = p
        .of_kind(Kind::Right)
        .map(|r| (r.name(), parent(p, r)))
        .collect();
    assert_eq!(
        rights,
        [
            ("access", "std::pipl::access".to_string()),
            ("correct", "std::pipl::correct".to_string()),
            ("supplement", "std::pipl::supplement".to_string()),
            ("delete", "std::pipl::delete".to_string()),
            (
                "withdraw_consent",
                "std::pipl::withdraw_consent".to_string()
            ),
            ("close_account", "std::pipl::close_account".to_string()),
            ("complain", "std::pipl::complain".to_string()),
        ]
    );
    // "we will reply within 30 days after receiving your request".
    let access = item(p, Kind::Right, "access");
    assert_eq!(
        access.fields.duration("within").unwrap().to_string(),
        "30 days"
    );
    let via: Vec<&Value> = access.fields.values("via").map(|v| &v.value).collect();
    assert_eq!(via.len(), 2);
    let Value::Ref(contact) = via[1] else {
        panic!("expected the contact, found {:?}", via[1])
    };
    assert_eq!(p.item(*contact).unwrap().name(), "contact_us");
    // The eight cases of "We will not be able to respond to your request if"; the unreasonable
    // requests belong to the cancellation paragraph alone, which says them in its own words.
    let grounds = p.clauses(&access.fields, "refusal_grounds");
    assert_eq!(grounds.len(), 8);
    assert_eq!(zh(p.item(grounds[7]).unwrap(), "label"), "涉及商业秘密的");
    // Deletion only "in violation of laws, administrative regulations or the agreement".
    let delete = item(p, Kind::Right, "delete");
    assert_eq!(
        names(p, &delete.fields.refs("conditions")),
        // Part 4, 1.(4)'s backups limit deletion; they are no ground for it (the description says
        // them).
        ["std::pipl::delete_unlawful"]
    );
    // Part 4, 4. "In response to your above request": the refusal grounds cover changing and
    // withdrawing consent (Part 4, 2.) too.
    let withdraw = item(p, Kind::Right, "withdraw_consent");
    assert_eq!(p.clauses(&withdraw.fields, "refusal_grounds").len(), 8);
    // Part 8, 2.: "Generally, ... as soon as possible within 30 days": a hedged time, said once
    // in the section on responding to requests, not a firm time under every right.
    for right in [
        "correct",
        "supplement",
        "delete",
        "withdraw_consent",
        "close_account",
        "complain",
    ] {
        assert!(!item(p, Kind::Right, right).fields.has("within"), "{right}");
    }
    // The deletion text tells what happens to the recipients; it is not a right of its own.
    assert!(zh(delete, "description").contains("通知从我们处获得您的个人信息的实体"));
    let withdraw = item(p, Kind::Right, "withdraw_consent");
    // 「前述“删除权”」 points at the page's own deletion right, not at the original's wording.
    assert!(zh(withdraw, "description").contains("除非您行使前述[[right-delete]]"));
}

#[test]
fn children_security_and_changes() {
    let analysis = analyze();
    let p = &analysis.policy;
    let minors = single(p, Kind::Minors);
    assert_eq!(minors.fields.int("threshold"), Some(14));
    // "you should obtain the consent of your legal guardian": the child's duty, not ours.
    assert!(!minors.fields.has("guardian_consent"));
    assert!(!minors.fields.has("directed"), "the original does not say");
    assert!(zh(minors, "on_discovery").contains("设法尽快删除相关数据"));
    assert_eq!(
        names(p, &minors.fields.refs("guardian_contact")),
        ["contact_us"]
    );

    let security = single(p, Kind::Security);
    assert_eq!(security.fields.int("mlps_level"), Some(2));
    assert_eq!(
        names(p, &security.fields.refs("certifications")),
        [
            "std::security::mlps_filing",
            "std::security::mlps_level_2",
            "iso9001",
            "std::security::iso27001",
            "iso20000"
        ]
    );
    assert_eq!(
        security.fields.options("incident_notice"),
        // The announcement is a fallback, left to the description.
        ["email", "letter", "phone", "push"]
    );
    assert_eq!(security.fields.bool("report_to_authorities"), Some(true));
    // Part 2, 4.: the basic situation and impact, the disposal measures and the suggestions, and
    // the remedial measures for you; not how to contact us.
    assert_eq!(
        names(p, &security.fields.refs("incident_contents")),
        [
            "incident_situation",
            "incident_disposal",
            "incident_advice",
            "incident_remedies_for_you"
        ]
    );
    let measures = names(p, &security.fields.refs("measures"));
    assert!(measures.contains(&"std::security::transport_encryption".to_string()));
    assert!(measures.contains(&"ssl_vpn".to_string()));
    assert!(measures.contains(&"gdpr_compliance_system".to_string()));

    let changes = single(p, Kind::Changes);
    assert_eq!(changes.fields.options("announce"), ["website"]);
    assert_eq!(p.clauses(&changes.fields, "major").len(), 6);
    assert!(
        !changes.fields.has("major_notice"),
        "“more significant notice”, no channel"
    );
    // "you can choose to stop using or cancel your account": never that continuing is accepting.
    assert!(!changes.fields.has("continued_use_means_acceptance"));
    assert_eq!(changes.fields.bool("archived"), Some(true));
    assert_eq!(
        parent(p, item(p, Kind::Promise, "no_rights_reduction")),
        "std::promises::no_rights_reduction"
    );
}
