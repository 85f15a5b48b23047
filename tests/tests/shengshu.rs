//! The shengshu example (examples/shengshu, modelled from seeds/shengshu.en.txt) checks clean,
//! and the facts of the original are in the model where a reader of the original would look for
//! them.

use pol::diag::{render, Lang};
use pol::ir::{Item, Policy, Value};
use pol::meaning::{Graph, Modality};
use pol::types::schema::Kind;
use pol::Analysis;

#[path = "support/example.rs"]
mod example;
use example::{en, item, names, parent, single, zh};

#[cfg(test)]
fn analyze() -> Analysis {
    example::analyze("shengshu")
}

#[cfg(test)]
fn within(item: &Item) -> String {
    item.fields
        .duration("within")
        .map(|d| d.to_string())
        .unwrap_or_default()
}

/// The innermost author's item whose span holds `span`.
#[cfg(test)]
fn item_at(policy: &Policy, span: pol::source::Span) -> Option<&Item> {
    policy
        .items
        .iter()
        .filter(|i| {
            i.span.file == span.file && i.span.start <= span.start && span.end <= i.span.end
        })
        .min_by_key(|i| i.span.end - i.span.start)
}

#[test]
fn shengshu_checks_clean() {
    let analysis = analyze();
    let diags = example::unsilenced(&analysis);
    assert_eq!(diags, Vec::<String>::new());
    let modules = example::author_modules(&analysis);
    assert_eq!(modules, ["clauses", "collection", "policy", "sharing"]);
}

/// The original's deficiencies (examples/shengshu/FINDINGS.md) are found, and silenced only by
/// justified `allow`s that quote it, each written in the item the finding is about.
#[test]
fn findings_are_reported_and_justified() {
    let analysis = analyze();
    let p = &analysis.policy;
    let mut found: Vec<(String, String)> = analysis
        .suppressed
        .iter()
        .map(|s| {
            let item = item_at(p, s.diagnostic.primary.span)
                .map(|i| i.name().to_string())
                .unwrap_or_default();
            (s.diagnostic.code.to_string(), item)
        })
        .collect();
    found.sort();
    let expected: Vec<(String, String)> = [
        // The flows whose information the original never names (entrustment, affiliates, the
        // special circumstances, transfers abroad) name none: their recipients receive no
        // category, and the affiliates' security purpose uses none.
        ("CORE-DECL-002", "affiliates"),
        ("CORE-DECL-002", "external_suppliers"),
        ("CORE-DECL-002", "other_parties"),
        ("CORE-DECL-002", "overseas_recipients"),
        ("CORE-DECL-002", "platform_security"),
        // The transfer and the public disclosure say “your personal information”: no category named.
        ("CORE-DECL-002", "successor"),
        ("CORE-DECL-002", "the_public"),
        ("CORE-PROM-001", "no_sharing_without_separate_consent"),
        ("PIPL-ADM-001", "personalized_experience"),
        ("PIPL-ADM-001", "recommendations"),
        // Registration, browsing, search and recommendations: the original states no basis.
        ("PIPL-BASIS-001", "account"),
        ("PIPL-BASIS-001", "affiliate_sharing"),
        ("PIPL-BASIS-001", "browsing"),
        // A flow that names no data: the rule finds no basis of its own on it.
        ("PIPL-BASIS-001", "business_transfer"),
        // Consent abroad comes only after “For example”.
        ("PIPL-BASIS-001", "cross_border"),
        ("PIPL-BASIS-001", "entrusted_processing"),
        // IP address tracking: the only consent the original states is for cookies.
        ("PIPL-BASIS-001", "personalized_experience"),
        ("PIPL-BASIS-001", "platform_security"),
        ("PIPL-BASIS-001", "public_disclosure"),
        ("PIPL-BASIS-001", "recommendations"),
        ("PIPL-BASIS-001", "search"),
        // Consent exceptions (9) and (11) of 一、, which the PIPL does not have.
        ("PIPL-BASIS-001", "shengshu"),
        ("PIPL-BASIS-001", "third_party_collection"),
        ("PIPL-BASIS-001", "third_party_features"),
        ("PIPL-BASIS-001", "without_prior_consent"),
        ("PIPL-CHANGE-001", ""),
        ("PIPL-MINOR-001", ""),
        // The device location is browsing information, with no pop-up, consent or option of its
        // own (PIPL-NOTICE-001).
        ("PIPL-NOTICE-001", "browsing"),
        // No `source` where the original states none (the location; the third parties' collection).
        ("PIPL-NOTICE-001", "third_party_features"),
        // The cookie data is no longer “required”: the original says only that disabling cookies may
        // stop the website working normally.
        ("PIPL-NOTICE-002", "cookie_credentials"),
        ("PIPL-NOTICE-002", "cookie_preferences"),
        ("PIPL-NOTICE-002", "device_attributes"),
        ("PIPL-NOTICE-002", "device_connection"),
        // The device location is browsing information, with no pop-up, consent or option of its
        // own (PIPL-NOTICE-002).
        ("PIPL-NOTICE-002", "device_location"),
        ("PIPL-NOTICE-002", "ip_address"),
        // 「we may also use the network storage mechanism」: the company's discretion.
        ("PIPL-NOTICE-002", "local_cache"),
        ("PIPL-NOTICE-002", "search_keywords"),
        ("PIPL-NOTICE-002", "third_party_service_data"),
        ("PIPL-NOTICE-002", "viewed_content"),
        // The cookie password is no longer sensitive: the assessment is asked for on the device location.
        ("PIPL-PIIA-001", "device_location"),
        // 三、: “only … for the shortest time necessary”, as long as necessary.
        ("PIPL-RET-001", ""),
        ("PIPL-RET-001", "browsing"),
        ("PIPL-RET-001", "personalized_experience"),
        ("PIPL-RET-001", "recommendations"),
        ("PIPL-RET-001", "search"),
        ("PIPL-RET-001", "stay_signed_in"),
        ("PIPL-RET-001", "third_party_features"),
        // No explanation of the processing rules (PIPL Art. 48).
        ("PIPL-RIGHTS-001", "shengshu"),
        // Backups only: no fallback for an unexpired retention period (PIPL Art. 47 ¶2).
        ("PIPL-RIGHTS-002", "delete"),
        // “Usually, we will respond to you within 15 days”: hedged, so no response time.
        ("PIPL-RIGHTS-003", "complain"),
        ("PIPL-SEC-001", ""),
        // The announcement, a fallback, is left to the description.
        ("PIPL-SEC-001", ""),
        // The device location is browsing information, with no pop-up, consent or option of its
        // own (PIPL-SENS-001).
        ("PIPL-SENS-001", "browsing"),
        // The device location is browsing information, with no pop-up, consent or option of its
        // own (PIPL-SENS-002).
        ("PIPL-SENS-002", "browsing"),
        ("PIPL-SENS-003", "device_location"),
        ("PIPL-SHARE-001", "third_party_collection"),
        ("PIPL-SHARE-002", "third_party_services"),
        ("PIPL-XB-003", "cross_border"),
    ]
    .iter()
    .map(|(c, i)| (c.to_string(), i.to_string()))
    .collect();
    assert_eq!(found, expected);
    // 四、: “the basic situation and possible impact” promises neither the categories nor a contact.
    let incident: Vec<String> = analysis
        .suppressed
        .iter()
        .filter(|s| s.diagnostic.code.as_str() == "PIPL-SEC-001")
        .map(|s| s.diagnostic.message.en())
        .collect();
    assert!(incident.contains(
        &"the incident notice does not tell people the categories of information, the causes and the possible harm; how to contact us".to_string()
    ));
    for s in &analysis.suppressed {
        let suppression = &p.suppressions[s.suppression];
        let justification = &suppression.justification;
        assert!(justification.starts_with("原文"), "{justification}");
        assert!(
            justification.contains(s.diagnostic.code.as_str()),
            "{justification}"
        );
        // The header's `allow` answers only for the header's own finding.
        let at = item_at(p, s.diagnostic.primary.span).map(|i| i.id);
        assert_eq!(Some(suppression.item), at, "{justification}");
    }
    // Sharing with affiliates names no information (the original names none), so no rule sees
    // it: the missing affiliate exemption of PIPL Art. 23 is recorded in FINDINGS.md, not
    // reported (PIPL-SHARE-001 reads only flows that carry data).
}

#[test]
fn header_controller_and_dpo() {
    let analysis = analyze();
    let p = &analysis.policy;
    let header = p.header().unwrap();
    assert_eq!(header.name(), "shengshu");
    assert_eq!(zh(header, "title"), "隐私政策");
    assert_eq!(en(header, "title"), "Privacy Policy");
    // "Date of Update: 23 Feb., 2024", and no date of entry into force.
    assert_eq!(
        header.fields.date("updated").unwrap().to_string(),
        "2024-02-23"
    );
    assert!(!header.fields.has("effective"));
    assert_eq!(p.languages, ["zh", "en"]);
    assert_eq!(p.profiles, ["pipl"]);
    // The original never says whom it is addressed to.
    assert!(!header.fields.has("audience"));
    let controller = header.fields.record("controller").unwrap();
    let name = controller.text("name").unwrap();
    assert_eq!(name.zh.as_deref(), Some("北京生数科技有限公司"));
    assert_eq!(
        name.en.as_deref(),
        Some("Beijing ShengShu Technology Co., Ltd.")
    );
    assert_eq!(
        controller.text("address").unwrap().en.as_deref(),
        Some("Dongsheng Building, Haidian District, Beijing")
    );
    assert_eq!(controller.strs("website"), ["https://www.shengshu-ai.com"]);
    let dpo = controller.record("dpo").unwrap();
    assert_eq!(dpo.strs("email"), ["contact@shengshu.ai"]);
    assert_eq!(
        dpo.text("name").unwrap().en.as_deref(),
        Some("Data Privacy Officer (DPO)")
    );
    assert_eq!(header.fields.texts("products").len(), 2);
    assert!(zh(header, "scope").contains("（一）您访问和浏览本平台时"));
    // The two liabilities the original disclaims: third parties' use, and a lent account.
    assert_eq!(
        names(p, &header.fields.refs("disclaimers")),
        ["third_party_use", "account_lending"]
    );
}

#[test]
fn twelve_consent_exceptions_mapped_to_the_standards() {
    let analysis = analyze();
    let p = &analysis.policy;
    let header = p.header().unwrap();
    assert_eq!(
        names(p, &header.fields.refs("consent_exceptions")),
        ["collection_exceptions"]
    );
    let cases = p.clauses(&header.fields, "consent_exceptions");
    assert_eq!(cases.len(), 12);
    assert_eq!(
        names(p, &cases),
        [
            // In the original's words where they differ from the standards (“necessary for
            // compliance”, no “directly”, “within reasonable range according to laws”, “between
            // you and us”, “laws and regulations”), each mapped to the standard clause.
            "legal_obligation_case",
            "national_security_case",
            "public_interest_case",
            "law_enforcement",
            "emergency_case",
            "std::gbt35273::gbt_self_disclosed",
            "lawfully_public_case",
            "contract_case",
            "std::gbt35273::gbt_service_security",
            "news_case",
            "academic_case",
            "other_law_case",
        ]
    );
    assert_eq!(
        parent(p, item(p, Kind::Clause, "legal_obligation_case")),
        "std::gbt35273::gbt_legal_obligation"
    );
    // The nine special circumstances of 二、, and the note on anonymized data.
    let special = item(p, Kind::List, "special_circumstances");
    assert_eq!(special.fields.refs("items").len(), 10);
    assert_eq!(
        names(
            p,
            &item(p, Kind::Flow, "without_prior_consent")
                .fields
                .refs("exceptions")
        ),
        ["special_circumstances"]
    );
}

#[test]
fn registration_data_and_refusal() {
    let analysis = analyze();
    let p = &analysis.policy;
    for required in ["name", "email", "mobile"] {
        let c = item(p, Kind::Category, required);
        assert_eq!(c.fields.bool("required"), Some(true), "{required}");
        assert_eq!(c.fields.option("source"), Some("subject"));
        assert!(en(c, "refusal").ends_with("which will not affect your use of browsing services"));
    }
    // “you need to provide us with the following information: your name, e-mail, mobile phone
    // number, date of birth or other third-party platform account”.
    assert_eq!(
        item(p, Kind::Category, "birth_date")
            .fields
            .bool("required"),
        Some(true)
    );
    assert_eq!(
        item(p, Kind::Category, "linked_account")
            .fields
            .bool("required"),
        Some(false)
    );
    let account = item(p, Kind::Purpose, "account");
    assert_eq!(
        names(p, &account.fields.refs("uses")),
        ["name", "email", "mobile", "birth_date", "linked_account"]
    );
    // “you need to provide us with the following information”: no basis is stated, so none is
    // given (the consent exception (8) names contracts in general, for no function).
    for purpose in ["account", "browsing", "search", "recommendations"] {
        assert!(
            !item(p, Kind::Purpose, purpose).fields.has("basis"),
            "{purpose}"
        );
    }
    // Third-party login: nickname, avatar and gender, obtained from the platform.
    let profile = item(p, Kind::Category, "third_party_profile");
    assert_eq!(profile.fields.option("source"), Some("third_party"));
    assert_eq!(
        names(p, &profile.fields.refs("obtained_from")),
        ["login_platforms"]
    );
    let examples: Vec<&str> = profile
        .fields
        .texts("examples")
        .iter()
        .filter_map(|t| t.en.as_deref())
        .collect();
    assert_eq!(examples, ["nickname", "avatar/profile picture", "gender"]);
}

#[test]
fn device_information_location_and_search() {
    let analysis = analyze();
    let p = &analysis.policy;
    let attributes = item(p, Kind::Category, "device_attributes");
    assert_eq!(attributes.fields.texts("examples").len(), 5);
    assert!(attributes.fields.options("tags").contains(&"business_data"));
    let connection = item(p, Kind::Category, "device_connection");
    assert_eq!(connection.fields.texts("examples").len(), 6);
    assert!(connection.fields.options("tags").contains(&"network_log"));
    // GPS location is precise location, sensitive.
    let location = item(p, Kind::Category, "device_location");
    assert_eq!(
        parent(p, location),
        "std::gbt35273::sensitive_precise_location"
    );
    assert!(p.is_sensitive(location.id));
    // 一、Browsing function lists it among the device information the function "may need to
    // collect"; the pop-up rule for sensitive information is general and never said of it: no
    // purpose of its own on separate consent by pop-up, and never called optional.
    assert!(p
        .of_kind(Kind::Purpose)
        .all(|i| i.name() != "browsing_location"));
    assert_eq!(
        names(p, &item(p, Kind::Purpose, "browsing").fields.refs("uses")),
        ["device_attributes", "device_location", "device_connection"]
    );
    assert!(!location.fields.has("required"));
    // "Only when your device information is linked with your other information ...": the note
    // keeps its condition and is said once, for all three device categories, where the original
    // says it.
    let browsing = item(p, Kind::Purpose, "browsing");
    assert!(en(browsing, "description").contains("Only when your device information is linked"));
    for c in [attributes, connection, location] {
        assert!(!c.fields.has("description"), "{}", c.name());
    }
    // "Our website uses cookies and IP address tracking": the only consent stated is for
    // cookies, so the purpose that uses the IP address names no basis.
    assert!(!item(p, Kind::Purpose, "personalized_experience")
        .fields
        .has("basis"));
    let recommendations = item(p, Kind::Purpose, "recommendations");
    assert_eq!(recommendations.fields.options("tags"), ["personalization"]);
    assert_eq!(
        names(p, &recommendations.fields.refs("uses")),
        ["search_keywords", "viewed_content"]
    );
}

#[test]
fn entrustment_sharing_transfer_and_disclosure() {
    let analysis = analyze();
    let p = &analysis.policy;
    // “may be provided by external suppliers … When you use the relevant modules and functions”:
    // a possibility, naming no information (the types come by pop-up).
    let entrust = item(p, Kind::Flow, "entrusted_processing");
    assert!(!entrust.fields.has("entrust"));
    assert_eq!(Modality::of_flow(entrust), Modality::May);
    assert_eq!(
        names(p, &entrust.fields.refs("when")),
        ["use_supplier_modules"]
    );
    assert_eq!(entrust.fields.options("notice"), ["popup"]);
    assert!(en(entrust, "refusal")
        .contains("you may not be able to enjoy the services entrusted by us"));
    let suppliers = item(p, Kind::Recipient, "external_suppliers");
    assert_eq!(parent(p, suppliers), "std::pipl::entrusted_party");
    assert_eq!(
        names(p, &suppliers.fields.refs("contract")),
        // “strict non-disclosure agreements ... according to our instructions”: no term on purpose
        // or method, and no ban on own use.
        ["nda_and_instructions"]
    );
    assert!(!suppliers.fields.has("own_purposes"));

    // “We may share your personal information with our affiliated companies …”: may, and no
    // category (“only the necessary personal information”).
    let affiliates = item(p, Kind::Flow, "affiliate_sharing");
    assert_eq!(names(p, &affiliates.fields.refs("to")), ["affiliates"]);
    assert_eq!(Modality::of_flow(affiliates), Modality::May);
    assert!(!affiliates.fields.has("share"));
    assert!(!Graph::build(p).flows().any(|e| e.source == affiliates.id));
    assert_eq!(
        affiliates.fields.options("conditions"),
        ["minimum_necessary"]
    );
    assert_eq!(
        parent(p, item(p, Kind::Recipient, "affiliates")),
        "std::pipl::affiliate"
    );

    let transfer = item(p, Kind::Flow, "business_transfer");
    // The one case, in the original's words: no declaration of bankruptcy or sale of the business
    // to anyone, and “your personal information”, no category list.
    assert!(!transfer.fields.has("trigger"));
    assert!(!transfer.fields.has("transfer"));
    // “except in the case of merger, … where the transfer is necessary”: only then.
    assert_eq!(Modality::of_flow(transfer), Modality::OnlyIf);
    assert_eq!(
        names(p, &transfer.fields.refs("only_if")),
        ["transfer_case"]
    );
    assert_eq!(
        names(p, &transfer.fields.refs("commitments")),
        // “inform you of the identity and contact details of the personal information recipient
        // ... as well as request the said recipient to comply with this Policy”, and re-consent:
        // the second is a requirement on the recipient; the third is the original's "it shall
        // re-obtain the consent from you", not the stdlib's 「将依法重新取得您的同意」.
        [
            "std::pipl::merger_notify_recipient",
            "recipient_to_comply",
            "recipient_reconsents"
        ]
    );

    // Public disclosure: “We may disclose … only under the following circumstances: (1) Where
    // with your explicit consent or on your own initiative; or (2) … a legal obligation”.
    let disclosure = item(p, Kind::Flow, "public_disclosure");
    assert_eq!(Modality::of_flow(disclosure), Modality::OnlyIf);
    assert_eq!(disclosure.fields.bool("may"), Some(true));
    let cases = [
        "std::conditions::explicit_consent",
        "own_initiative",
        "legal_obligation",
    ];
    assert_eq!(names(p, &disclosure.fields.refs("only_if")), cases);
    assert!(!disclosure.fields.has("basis"));
    // Said once, as the original says it ("We may disclose ... only under"): the flow's
    // `only_if`; no promise beside it repeats the list.
    assert!(p
        .of_kind(Kind::Promise)
        .all(|i| i.name() != "disclosure_only_if"));
    let no_transfer = item(p, Kind::Promise, "no_transfer_without_separate_consent");
    assert_eq!(
        names(p, &no_transfer.fields.refs("except")),
        ["prior_separate_consent", "transfer_case"]
    );
    // The sharing promise's exceptions, in its words: consent, affiliates, the special
    // circumstances; no recipient the original never names (state authorities).
    let sharing = item(p, Kind::Promise, "no_sharing_without_separate_consent");
    assert_eq!(
        names(p, &sharing.fields.refs("except_flows")),
        ["affiliate_sharing", "without_prior_consent"]
    );
    assert!(p
        .of_kind(Kind::Recipient)
        .all(|r| r.name() != "authorities"));
    // Third-party SDKs collect the information themselves, and may.
    let sdk = item(p, Kind::Flow, "third_party_collection");
    assert_eq!(sdk.fields.option("collected_by"), Some("recipient"));
    assert_eq!(Modality::of_flow(sdk), Modality::May);
}

#[test]
fn storage_cross_border_and_retention() {
    let analysis = analyze();
    let p = &analysis.policy;
    let storage = item(p, Kind::Storage, "in_china");
    assert_eq!(storage.fields.strs("region"), ["CN"]);
    assert_eq!(
        names(p, &storage.fields.refs("exceptions")),
        ["cross_border_transfer"]
    );
    // “In principle”.
    assert_eq!(storage.fields.option("hedge"), Some("in_principle"));
    // The original says it once (三、): the storage, not a promise beside it that the page
    // printed again under "Our commitments".
    assert!(p
        .of_kind(Kind::Promise)
        .all(|i| i.name() != "stored_in_china"));
    // “In the case of cross border data transfer, we will …”: a possibility; the notice and the
    // consent come after “For example”, so neither is a rule of the flow.
    let xb = item(p, Kind::Flow, "cross_border");
    assert_eq!(Modality::of_flow(xb), Modality::May);
    assert!(!xb.fields.has("basis"));
    assert!(!xb.fields.has("notice"));
    assert_eq!(
        names(p, &xb.fields.refs("mechanism")),
        ["std::pipl::standard_contract"]
    );
    // "will try to ensure that personal information processing activities of the overseas
    // recipient meet the ... standards" is the description's sentence, not a commitment too.
    assert!(!xb.fields.has("commitments"));

    // The six months and three years are examples for logs and transaction information, not a
    // floor for the account data this rule covers.
    let closure = item(p, Kind::Retention, "after_closure");
    assert!(!closure.fields.has("minimum"));
    assert_eq!(
        names(p, &closure.fields.refs("kept_beyond")),
        ["applicable_laws"]
    );
    assert_eq!(
        closure.fields.option("on_expiry"),
        Some("delete_or_anonymize")
    );
    assert_eq!(
        names(p, &closure.fields.refs("for")),
        ["account", "third_party_login"]
    );
    let general = p
        .of_kind(Kind::Retention)
        .find(|r| r.name().is_empty())
        .unwrap();
    assert!(en(general, "on_cessation").starts_with("If we cease our operation"));
    assert!(general.fields.has("backups"));
    assert!(!general.fields.has("period"));
    // “Except as otherwise provided by any laws or regulations, we will only keep … for the
    // shortest time necessary”.
    assert_eq!(general.fields.bool("as_long_as_necessary"), Some(true));
    assert_eq!(
        names(p, &general.fields.refs("kept_beyond")),
        ["law_otherwise"]
    );
    assert!(!general.fields.has("minimum"));
}

#[test]
fn rights_response_times_and_grounds() {
    let analysis = analyze();
    let p = &analysis.policy;
    let rights: Vec<(String, String, String)> = p
        .of_kind(Kind::Right)
        .map(|r| (r.name().to_string(), parent(p, r), within(r)))
        .collect();
    let rights: Vec<(&str, &str, &str)> = rights
        .iter()
        .map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str()))
        .collect();
    assert_eq!(
        rights,
        [
            ("access", "std::pipl::access", "15 working_days"),
            ("copy", "std::pipl::copy", "15 working_days"),
            ("correct", "std::pipl::correct", "15 working_days"),
            ("supplement", "std::pipl::supplement", "15 working_days"),
            ("delete", "std::pipl::delete", "15 working_days"),
            ("restrict", "std::pipl::restrict_refuse", "15 working_days"),
            // “Response to your above requests” covers “Change the scope of your authorization”.
            ("withdraw", "std::pipl::withdraw_consent", "15 working_days"),
            (
                "close_account",
                "std::pipl::close_account",
                "15 working_days"
            ),
            // 九、 invites questions about this Policy; it never offers to explain its rules.
            // “Usually, we will respond to you within 15 days”: hedged.
            ("complain", "std::pipl::complain", ""),
        ]
    );
    // The nine cases in which a request is not answered: GB/T 35273 8.7 and "other laws".
    let access = item(p, Kind::Right, "access");
    assert_eq!(p.clauses(&access.fields, "refusal_grounds").len(), 9);
    let delete = item(p, Kind::Right, "delete");
    let conditions = names(p, &delete.fields.refs("conditions"));
    // The backup paragraph is about backups only: no PIPL Art. 47 ¶2 fallback.
    assert_eq!(conditions.len(), 6);
    assert!(!conditions.contains(&"std::pipl::deletion_fallback".to_string()));
    assert!(conditions.contains(&"delete_stopped_using".to_string()));
    let Value::Ref(mailbox) = delete.fields.values("via").next().unwrap().value else {
        panic!("deletion is requested from the DPO mailbox")
    };
    assert_eq!(
        p.item(mailbox).unwrap().fields.strs("email"),
        ["contact@shengshu.ai"]
    );
    assert_eq!(
        item(p, Kind::Right, "withdraw").fields.texts("via").len(),
        2
    );
    assert!(
        zh(item(p, Kind::Right, "close_account"), "verification").contains("身份验证和账号验证")
    );
}

#[test]
fn minors_security_changes_cookies() {
    let analysis = analyze();
    let p = &analysis.policy;
    let minors = single(p, Kind::Minors);
    assert_eq!(minors.fields.int("threshold"), Some(14));
    // “If you are minors under the age of 14, please do not use our products or services”: nothing
    // about minors from 14 to 17, so no `directed no`.
    assert!(!minors.fields.has("directed"));
    // “or knowingly allow such persons to provide us with their personal information without
    // verifiable parent or guardian consent”: a refusal, not a promise to obtain that consent.
    assert!(!minors.fields.has("guardian_consent"));

    let security = single(p, Kind::Security);
    assert_eq!(
        names(p, &security.fields.refs("measures")),
        [
            "std::security::encryption",
            "trusted_protection",
            "std::security::access_control",
            "std::security::staff_training",
            "std::security::dedicated_team"
        ]
    );
    assert_eq!(
        security.fields.options("incident_notice"),
        // The announcement, a fallback, is left to the description.
        ["email", "letter", "phone", "push"]
    );
    assert_eq!(security.fields.bool("report_to_authorities"), Some(true));
    // The four items of the original's incident notice; its channels are not contents.
    assert_eq!(
        names(p, &security.fields.refs("incident_contents")),
        [
            "incident_situation_impact",
            "incident_disposal",
            "incident_suggestions",
            "incident_remedial"
        ]
    );
    // The description no longer ends in a stray heading.
    assert!(zh(security, "description").ends_with("上报个人信息安全事件的处置情况。"));
    assert!(security.fields.refs("certifications").is_empty());

    let changes = single(p, Kind::Changes);
    assert_eq!(
        changes.fields.options("announce"),
        ["website", "announcement"]
    );
    // E-mail or SMS only "e.g." and for "some services": not the channel of every major change.
    assert!(!changes.fields.has("major_notice"));
    assert_eq!(changes.fields.bool("advance_notice"), Some(true));
    assert_eq!(
        changes.fields.bool("continued_use_means_acceptance"),
        Some(false)
    );
    assert_eq!(
        names(p, &changes.fields.refs("major")),
        [
            "change_business_functions",
            "std::gbt35273::change_cross_border",
            "std::pipl::reconsent_purpose_changed",
            "change_dpo_contact"
        ]
    );
    let revisions: Vec<String> = p
        .of_kind(Kind::Revision)
        .map(|r| r.fields.date("date").unwrap().to_string())
        .collect();
    assert_eq!(revisions, ["2024-02-23"]);

    let cookies = single(p, Kind::Cookies);
    assert_eq!(
        cookies.fields.options("technology"),
        ["cookie", "ip_tracking", "local_storage"]
    );
    assert_eq!(p.of_kind(Kind::Cookie).count(), 4);
    // "cookies will store your password": sensitive under GB/T 35273, but the original's own
    // definition of sensitive information does not list it, so the page may not call it so.
    let credentials = item(p, Kind::Category, "cookie_credentials");
    assert_eq!(parent(p, credentials), "std::gbt35273::cookie_data");
    assert!(!p.is_sensitive(credentials.id));
    let signed_in = item(p, Kind::Purpose, "stay_signed_in");
    // “If you do not disable cookies, it means that you agree”: not disabling cookies, which no
    // `consent` option states, and never continuing to use a function.
    assert!(!signed_in.fields.has("consent"));
}

/// The findings render for people in both languages, including those with a related label in
/// another file (the promise in sharing.pol and the flow in collection.pol that breaks it; the
/// renderer's own test covers the case that used to panic).
#[test]
fn findings_render_across_files() {
    let analysis = analyze();
    let findings: Vec<pol::diag::Diagnostic> = analysis
        .suppressed
        .iter()
        .map(|s| s.diagnostic.clone())
        .collect();
    assert!(findings
        .iter()
        .any(|d| d.related.iter().any(|r| r.span.file != d.primary.span.file)));
    for lang in [Lang::En, Lang::Zh] {
        let mut out = Vec::new();
        render::human(&analysis.db, &findings, lang, false, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.matches("[CORE-PROM-001]").count(), 1, "{lang:?}");
        // The related label points at the offending flow in collection.pol.
        assert!(text.contains("collection.pol"), "{lang:?}");
    }
}
