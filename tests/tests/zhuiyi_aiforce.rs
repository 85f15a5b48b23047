//! The zhuiyi-aiforce example (examples/zhuiyi-aiforce, modelled from the English original
//! seeds/zhuiyi-aiforce.en.txt) checks clean, and the
//! facts of the original are in the model where a reader of the original would look for them.

use pol::ir::{Item, Policy, Value};
use pol::types::schema::Kind;
use pol::Analysis;

#[path = "support/example.rs"]
mod example;
use example::{en, item, names, single, zh};

#[cfg(test)]
fn analyze() -> Analysis {
    example::analyze("zhuiyi-aiforce")
}

#[cfg(test)]
fn parent(p: &Policy, item: &Item) -> Option<String> {
    item.parent.map(|id| p.qualified_name(id))
}

#[test]
fn zhuiyi_aiforce_checks_clean() {
    let analysis = analyze();
    let diags = example::unsilenced(&analysis);
    assert_eq!(diags, Vec::<String>::new());
    let modules = example::author_modules(&analysis);
    assert_eq!(modules, ["clauses", "policy", "sharing", "website"]);
}

/// The original's deficiencies (examples/zhuiyi-aiforce/FINDINGS.md) are found, and silenced
/// only by the justified `allow`s that quote it.
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
        // 4.1 names no category for the content in other services.
        ("CORE-DECL-002", "cross_service_content"),
        // "your personal information": what every sharing, transfer and disclosure names, and
        // no purpose uses.
        ("CORE-DECL-002", "personal_information"),
        // Sharing with affiliates (3.1 only) and of de-identified information (5.4) break the
        // promises of main point II, V., 3.1 and 5.2; the sharing and transfer to anyone else
        // do not, being `currently_not`, nor do the merger transfer and the public disclosure,
        // whose `only_if` cases are the promises' `except`.
        ("CORE-PROM-001", "limited_transfer"),
        ("CORE-PROM-001", "no_disclosure_to_third_parties"),
        // No flow names its information or purpose.
        ("CORE-PURP-001", "external_sharing"),
        ("CORE-PURP-001", "external_transfer"),
        ("CORE-PURP-001", "public_disclosure"),
        ("CORE-PURP-001", "share_with_affiliates"),
        ("CORE-PURP-001", "transfer_on_merger"),
        // 5.3.1 and 5.3.2 are no PIPL basis: one finding for each of the two cases.
        ("PIPL-BASIS-001", "public_disclosure"),
        ("PIPL-BASIS-001", "public_disclosure"),
        ("PIPL-BASIS-001", "real_name"),
        ("PIPL-BASIS-001", "share_with_affiliates"),
        // No announcement channel, no major changes, no history, continued use as consent.
        ("PIPL-CHANGE-001", ""),
        ("PIPL-CHANGE-001", ""),
        ("PIPL-CHANGE-001", ""),
        ("PIPL-CHANGE-001", ""),
        // "you shall be deemed as having accepted": every automatic collection.
        // Acceptance of the policy on starting to use the website stands in for consent.
        ("PIPL-CONSENT-001", "zhuiyi_aiforce"),
        ("PIPL-CONTACT-001", "zhuiyi_aiforce"),
        // 5.3: a definite permission, never called separate, and two GB/T grounds.
        ("PIPL-DISCL-001", "public_disclosure"),
        ("PIPL-MERGE-001", "transfer_on_merger"),
        ("PIPL-MINOR-001", ""),
        // 1.1's examples: the cost of refusing is stated for them as a whole, never whether
        // each must be given.
        ("PIPL-NOTICE-002", "address"),
        ("PIPL-NOTICE-002", "arrival_time"),
        ("PIPL-NOTICE-002", "company_name"),
        ("PIPL-NOTICE-002", "credentials"),
        ("PIPL-NOTICE-002", "device_info"),
        ("PIPL-NOTICE-002", "email"),
        ("PIPL-NOTICE-002", "enterprise_info"),
        ("PIPL-NOTICE-002", "name"),
        ("PIPL-NOTICE-002", "phone"),
        ("PIPL-NOTICE-002", "position"),
        ("PIPL-NOTICE-002", "post"),
        ("PIPL-NOTICE-002", "service_logs"),
        ("PIPL-NOTICE-002", "usage_statistics"),
        ("PIPL-NOTICE-002", "website_usage"),
        ("PIPL-PIIA-001", "phone"),
        // Retention is a principle only ("as long as necessary"): the rule, and no purpose has
        // a period.
        ("PIPL-RET-001", ""),
        ("PIPL-RET-001", "customer_support"),
        ("PIPL-RET-001", "job_application"),
        ("PIPL-RET-001", "personal_information"),
        ("PIPL-RET-001", "product_requests"),
        ("PIPL-RET-001", "real_name"),
        ("PIPL-RET-001", "service_improvement"),
        ("PIPL-RET-001", "service_operation"),
        ("PIPL-RET-001", "usage_analysis"),
        ("PIPL-RET-001", "user_survey"),
        ("PIPL-RET-001", "visitor_registration"),
        ("PIPL-RET-001", "website_analytics"),
        ("PIPL-RIGHTS-001", "zhuiyi_aiforce"),
        ("PIPL-RIGHTS-003", "correct"),
        ("PIPL-RIGHTS-003", "object"),
        // The announcement, a fallback, is left to the description.
        ("PIPL-SEC-001", ""),
        ("PIPL-SENS-001", "customer_support"),
        ("PIPL-SENS-001", "product_requests"),
        ("PIPL-SENS-002", "customer_support"),
        ("PIPL-SENS-002", "product_requests"),
        ("PIPL-SENS-002", "real_name"),
        ("PIPL-SHARE-001", "share_with_affiliates"),
        ("PIPL-SHARE-002", "affiliates"),
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
        "the policy does not offer the statutory rights `access`, `copy`, `supplement`, `delete`, `explain` and `complain`"
    );
    for s in &analysis.suppressed {
        let justification = &p.suppressions[s.suppression].justification;
        assert!(justification.starts_with("Original"), "{justification}");
        assert!(
            justification.contains(s.diagnostic.code.as_str()),
            "{justification}"
        );
    }
}

#[test]
fn header_controller_and_contact() {
    let analysis = analyze();
    let p = &analysis.policy;
    let header = p.header().unwrap();
    assert_eq!(header.name(), "zhuiyi_aiforce");
    assert_eq!(en(header, "title"), "Privacy Policy");
    assert_eq!(zh(header, "title"), "隐私政策");
    // The original shows no date, no version and no history.
    assert!(!header.fields.has("effective"));
    assert!(!header.fields.has("updated"));
    assert!(!header.fields.has("version"));
    assert_eq!(p.of_kind(Kind::Revision).count(), 0);
    assert_eq!(p.languages, ["en", "zh"]);
    assert_eq!(p.profiles, ["pipl"]);
    // "Once you have started to make use of the services of our website, you shall be deemed
    // as having accepted the provisions of this Privacy Policy."
    assert_eq!(header.fields.bool("use_means_acceptance"), Some(true));
    // The original never says whom it is addressed to (its scope is the website's services).
    assert_eq!(header.fields.options("audience"), Vec::<&str>::new());
    assert_eq!(header.fields.texts("products").len(), 5);
    assert!(en(header, "scope").contains(
        "not applicable to any personal data we process on behalf of our customers as a processor"
    ));

    let controller = header.fields.record("controller").unwrap();
    assert_eq!(
        controller.text("name").unwrap().en.as_deref(),
        Some("Zhuiyi (Shenzhen)")
    );
    assert_eq!(
        controller.text("short_name").unwrap().en.as_deref(),
        Some("ZHUIYI")
    );
    assert_eq!(controller.strs("email"), ["privacy@wezhuiyi.com"]);
    assert!(
        controller.strs("phone").is_empty(),
        "the original gives no phone"
    );
    let address = controller.text("address").unwrap().en.as_deref().unwrap();
    assert!(address.contains("Sunmax Technology Park Block 3, 23A23B, Nanshan District, Shenzhen"));
    assert!(address.ends_with("518000"));

    let contact = item(p, Kind::Contact, "contact_us");
    assert_eq!(contact.fields.strs("email"), ["privacy@wezhuiyi.com"]);
    assert!(en(contact, "address").starts_with("Zhuiyi(Shenzhen): "));
}

#[test]
fn what_the_website_collects() {
    let analysis = analyze();
    let p = &analysis.policy;
    // 18 collected, plus "your personal information" as the sharing clauses say it.
    // The information our customers collect is no category of ours (a section says it).
    assert_eq!(p.of_kind(Kind::Category).count(), 17);
    // "Since mobile phone numbers are sensitive information"
    let phone = item(p, Kind::Category, "phone");
    assert_eq!(en(phone, "label"), "telephone number");
    assert_eq!(phone.fields.bool("sensitive"), Some(true));
    assert!(p.is_sensitive(phone.id));
    // 1.1 gives its fields as examples (“such as your name, ..., or your user name and
    // password, etc”) with one cost of refusing for them all: none is marked required.
    for example in [
        "name",
        "post",
        "company_name",
        "address",
        "phone",
        "email",
        "credentials",
        "enterprise_info",
    ] {
        assert!(
            !item(p, Kind::Category, example).fields.has("required"),
            "{example}"
        );
    }
    assert_eq!(
        en(phone, "refusal"),
        "if you refuse to provide your phone number, you may not be able to properly use the service of ZHUIYI"
    );
    let enterprise = item(p, Kind::Category, "enterprise_info");
    let examples: Vec<&str> = enterprise
        .fields
        .texts("examples")
        .iter()
        .filter_map(|t| t.en.as_deref())
        .collect();
    assert_eq!(
        examples,
        [
            "the enterprise full name",
            "unified social credit code",
            "enterprise address",
            "industrial affiliation",
            "main businesses"
        ]
    );
    let credentials = item(p, Kind::Category, "credentials");
    assert_eq!(credentials.fields.texts("examples").len(), 2);
    let logs = item(p, Kind::Category, "service_logs");
    assert_eq!(logs.fields.option("source"), Some("automatic"));
    assert_eq!(logs.fields.options("tags"), ["network_log"]);
    assert!(en(logs, "refusal").ends_with("you can delete such equipment from the software"));
    assert_eq!(logs.fields.texts("examples").len(), 5);
    let position = item(p, Kind::Category, "position");
    assert_eq!(
        parent(p, position).as_deref(),
        Some("std::gbt35273::location")
    );
    // 1.5: "your name, E-mail address, company name and time and date of arrival"
    let visitors = item(p, Kind::Purpose, "visitor_registration");
    assert_eq!(
        names(p, &visitors.fields.refs("uses")),
        ["name", "email", "company_name", "arrival_time"]
    );
    // 4.2: "collapse index"
    let statistics = item(p, Kind::Category, "usage_statistics");
    assert_eq!(
        statistics.fields.texts("examples")[1].en.as_deref(),
        Some("collapse index")
    );
}

#[test]
fn purposes_bases_and_consent() {
    let analysis = analyze();
    let p = &analysis.policy;
    assert_eq!(p.of_kind(Kind::Purpose).count(), 11);
    let real_name = item(p, Kind::Purpose, "real_name");
    assert_eq!(names(p, &real_name.fields.refs("uses")), ["phone"]);
    assert_eq!(
        names(p, &real_name.fields.refs("basis")),
        ["std::pipl::legal_duty"]
    );
    assert!(en(real_name, "necessity").contains("Network Real Name System"));
    assert!(!real_name.fields.has("impact"));
    for automatic in [
        "website_analytics",
        "service_operation",
        "service_improvement",
        "cross_service_content",
        "usage_analysis",
    ] {
        let purpose = item(p, Kind::Purpose, automatic);
        // Only the header's "you shall be deemed as having accepted the provisions of this
        // Privacy Policy": the original says nothing of consent for the function itself.
        assert!(!purpose.fields.has("consent"), "{automatic}");
        // 6.3, withdrawal through IX. Contact us: said once, by the right, not per purpose.
        assert!(!purpose.fields.has("withdraw"), "{automatic}");
    }
    let ads = item(p, Kind::Purpose, "cross_service_content");
    assert_eq!(ads.fields.options("tags"), ["marketing", "personalization"]);
    // 6.2's sentence names the contact section itself: one route, said once.
    assert_eq!(ads.fields.values("opt_out").count(), 1);
    // The original never states a contract basis: support and job applications rest on the
    // consent it assumes for all its processing (6.3, VII), like every other function.
    for name in ["customer_support", "job_application"] {
        let purpose = item(p, Kind::Purpose, name);
        assert_eq!(
            names(p, &purpose.fields.refs("basis")),
            ["std::pipl::consent"],
            "{name}"
        );
        // 6.3 says how to withdraw once, for all: no purpose repeats it.
        assert!(!purpose.fields.has("withdraw"), "{name}");
    }
    // 1.1 says what the forms collect, never that consent is given by ticking or clicking.
    assert!(!item(p, Kind::Purpose, "product_requests")
        .fields
        .has("consent"));

    let cookie = item(p, Kind::Cookie, "site_cookies");
    assert_eq!(
        cookie.fields.options("technology"),
        ["cookie", "web_beacon"]
    );
    assert_eq!(names(p, &cookie.fields.refs("for")), ["website_analytics"]);
    let cookies = single(p, Kind::Cookies);
    assert!(
        !cookies.fields.has("refuse"),
        "the original gives no way to refuse"
    );
}

#[test]
fn sharing_transfer_and_disclosure() {
    let analysis = analyze();
    let p = &analysis.policy;
    let affiliates = item(p, Kind::Recipient, "affiliates");
    assert_eq!(
        parent(p, affiliates).as_deref(),
        Some("std::pipl::affiliate")
    );
    assert!(en(affiliates, "description").contains("direct or indirect control relationship"));
    // The original names no information for any sharing, transfer or disclosure: every flow
    // carries "your personal information" and nothing else.
    for flow in p.of_kind(Kind::Flow) {
        let kind = ["share", "transfer", "disclose"]
            .into_iter()
            .find(|k| flow.fields.has(k))
            .unwrap();
        assert_eq!(
            names(p, &flow.fields.refs(kind)),
            ["personal_information"],
            "{}",
            flow.name()
        );
        assert!(!flow.fields.has("for"), "{}", flow.name());
    }
    assert_eq!(
        en(item(p, Kind::Category, "personal_information"), "label"),
        "your personal information"
    );

    // 5.1 "When we share your personal information with our affiliated companies": possible.
    let share = item(p, Kind::Flow, "share_with_affiliates");
    assert_eq!(names(p, &share.fields.refs("to")), ["affiliates"]);
    assert_eq!(share.fields.bool("may"), Some(true));
    assert_eq!(share.fields.options("conditions"), ["minimum_necessary"]);
    assert!(!share.fields.has("basis"), "no basis is given for it");
    assert_eq!(
        names(p, &share.fields.refs("commitments")),
        ["affiliates_keep_purposes", "affiliates_reauthorization"]
    );

    // Main point II "Currently, we do not share or transfer ... However, ... we shall ask for
    // your definite permission in advance."
    // The sharing keeps main point II's necessity; the transfer is 5.2.1's, “after obtaining
    // your definite permission”, with no further condition.
    for (name, only_if) in [
        ("external_sharing", "permission_when_necessary"),
        ("external_transfer", "definite_permission"),
    ] {
        let flow = item(p, Kind::Flow, name);
        assert_eq!(flow.fields.bool("currently_not"), Some(true), "{name}");
        assert_eq!(names(p, &flow.fields.refs("only_if")), [only_if], "{name}");
        assert_eq!(names(p, &flow.fields.refs("to")), ["external_parties"]);
    }
    let permission = item(p, Kind::Condition, "definite_permission");
    assert_eq!(
        parent(p, permission).as_deref(),
        Some("std::conditions::explicit_consent"),
        "“definite permission” is never called separate"
    );

    // 5.2.2 "if any personal information is to be transferred": possible, on the event; 5.2
    // "We shall not transfer ... except for the following circumstances" is the promise.
    let merger = item(p, Kind::Flow, "transfer_on_merger");
    assert_eq!(merger.fields.bool("may"), Some(true));
    assert!(!merger.fields.has("only_if"));
    // "merger, acquisition or bankruptcy liquidation": not a declaration of bankruptcy.
    assert_eq!(merger.fields.options("trigger"), ["merger", "acquisition"]);
    assert_eq!(
        names(p, &merger.fields.refs("commitments")),
        // 5.2.2 "we shall request the new company ... to continue compliance with this Policy":
        // a requirement on it, not the statement that it continues our obligations.
        ["successor_keeps_policy"]
    );

    // 5.3: no disclosure, except with definite permission or in the six listed circumstances.
    let disclosure = item(p, Kind::Flow, "public_disclosure");
    assert!(!disclosure.fields.has("basis"));
    // The first case is 5.3's whole condition: necessity, notice and permission.
    let cases = [
        "disclosure_necessary_informed_permission",
        "national_security",
        "public_security",
        "criminal_proceedings",
        "vital_interests",
        "self_disclosed",
        "public_sources",
    ];
    assert_eq!(names(p, &disclosure.fields.refs("only_if")), cases);
    assert_eq!(
        names(
            p,
            &item(p, Kind::Promise, "no_public_disclosure")
                .fields
                .refs("except")
        ),
        cases
    );
    // 5.3 "we shall inform you of the purpose ... and shall ask for you definite permission,
    // except for the following circumstances": the notice is waived in the same cases, so it is
    // no commitment of the flow in every case; the description says it.
    assert!(!disclosure.fields.has("commitments"));
    assert!(en(disclosure, "description").contains("the type of information to be disclosed"));

    // 5.3.1-5.3.6 exempt a disclosure "in the case that a public disclosure is necessary" from
    // notice and permission: each circumstance carries the necessity, none is a ground alone.
    for case in &cases[1..] {
        let c = item(p, Kind::Condition, case);
        assert!(
            en(c, "label").starts_with("where a public disclosure is necessary"),
            "{case}"
        );
        assert!(zh(c, "label").starts_with("确需公开披露"), "{case}");
    }
    // 5.3.3 is a closed list: no 等.
    assert!(!zh(item(p, Kind::Condition, "criminal_proceedings"), "label").contains("等"));

    // 5.4: de-identified hand-overs "shall not be categorized as acts of external sharing,
    // transfer": no flow, and the original's paragraph in the sharing part.
    for name in ["de_identified_sharing", "de_identified_transfer"] {
        assert!(
            p.of_kind(Kind::Flow).all(|f| f.name() != name),
            "{name}: the original states no such flow"
        );
    }
    let de_identified = item(p, Kind::Section, "de_identified_information");
    assert_eq!(de_identified.fields.option("part"), Some("sharing"));

    // 2.1 "In principle, ... we shall preserve ... within the boundary of China."
    let storage = item(p, Kind::Storage, "in_china");
    assert_eq!(storage.fields.strs("region"), ["CN"]);
    assert_eq!(storage.fields.option("hedge"), Some("in_principle"));
    let stored = item(p, Kind::Promise, "stored_in_china");
    assert_eq!(
        parent(p, stored).as_deref(),
        Some("std::promises::storage_only")
    );
    assert_eq!(stored.fields.option("hedge"), Some("in_principle"));
    // “In principle, in compliance with the laws and regulations, ...”: the qualifier stays.
    assert!(en(stored, "label").starts_with("in compliance with the laws and regulations"));
}

#[test]
fn promises() {
    let analysis = analyze();
    let p = &analysis.policy;
    let promises: Vec<(String, Option<String>)> = p
        .of_kind(Kind::Promise)
        .map(|i| (i.name().to_string(), parent(p, i)))
        .collect();
    let kind = |name: &str| {
        promises
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, k)| k.clone())
    };
    assert_eq!(promises.len(), 11);
    assert_eq!(
        kind("only_affiliates").as_deref(),
        Some("std::promises::no_share_except")
    );
    assert_eq!(
        kind("analytics_not_combined").as_deref(),
        Some("std::promises::no_combination")
    );
    assert_eq!(kind("logs_protected"), None);
    // 1.3 “to protect your personal information”: all of it, not the log data of the same
    // paragraph.
    assert!(!item(p, Kind::Promise, "logs_protected").fields.has("data"));
    let only_affiliates = item(p, Kind::Promise, "only_affiliates");
    assert_eq!(
        names(p, &only_affiliates.fields.refs("except_roles")),
        ["std::pipl::affiliate"]
    );
    // "However, under the circumstance that, for the purpose of expanding or improving our
    // services, it becomes necessary ... we shall ask for your definite permission in advance".
    assert_eq!(
        names(p, &only_affiliates.fields.refs("except")),
        ["permission_when_necessary"]
    );
    // V. "Normally, we shall not share ...": the same limit, hedged.
    let normally = item(p, Kind::Promise, "normally_only_affiliates");
    assert_eq!(normally.fields.option("hedge"), Some("generally"));
    // “If there is any necessity to share such information with any other party, we shall
    // request your definite permission in advance”: necessity and permission, not permission.
    assert_eq!(
        names(p, &normally.fields.refs("except")),
        ["necessary_with_permission"]
    );
    // 3.1: "Unless with your personal permission, or acting in accordance with the mandatory
    // provisions of relevant laws and regulations, or due to other reasonable grounds"
    let third_parties = item(p, Kind::Promise, "no_disclosure_to_third_parties");
    assert_eq!(
        names(p, &third_parties.fields.refs("except")),
        [
            "personal_permission",
            "mandatory_law",
            "other_reasonable_grounds"
        ]
    );
    let grounds = item(p, Kind::Condition, "other_reasonable_grounds");
    assert_eq!(en(grounds, "label"), "on other reasonable grounds");
    assert_eq!(grounds.fields.option("kind"), Some("other"));
    assert!(!grounds.fields.has("basis"), "no PIPL basis");
    let transfer = item(p, Kind::Promise, "limited_transfer");
    assert!(!transfer.fields.has("except_triggers"));
    assert_eq!(
        names(p, &transfer.fields.refs("except")),
        ["definite_permission", "merger_event"]
    );
    // Main point III: three conditions on any future indirect collection.
    let indirect = item(p, Kind::Promise, "no_indirect_collection");
    assert_eq!(
        names(p, &indirect.fields.refs("exceptions")),
        [
            "consent_before_indirect_collection",
            "consent_beyond_original_authorization",
            "source_legality"
        ]
    );
}

#[test]
fn retention_security_and_disclaimers() {
    let analysis = analyze();
    let p = &analysis.policy;
    let retention = single(p, Kind::Retention);
    assert!(!retention.fields.has("period"), "no period is given");
    // 2.2.1 "only within the period required to achieve the purposes ..., unless it is
    // required or permitted by law to extend the retention period"
    assert_eq!(retention.fields.bool("as_long_as_necessary"), Some(true));
    assert!(!retention.fields.has("until"));
    assert_eq!(
        names(p, &retention.fields.refs("kept_beyond")),
        ["law_requires_longer", "law_permits_longer"]
    );
    assert!(item(p, Kind::Condition, "law_permits_longer")
        .fields
        .refs("basis")
        .is_empty());
    assert_eq!(retention.fields.option("on_expiry"), Some("delete"));
    assert!(en(retention, "on_cessation")
        .contains("in the form of a push notification or an announcement"));
    assert!(en(retention, "on_cessation").contains("delete or anonymize"));

    let security = single(p, Kind::Security);
    let measures = names(p, &security.fields.refs("measures"));
    for m in [
        "std::security::transport_encryption",
        "std::security::de_identification",
        "std::security::confidentiality_agreements",
        "std::security::incident_response",
        "incident_drills",
        "periodic_review",
    ] {
        assert!(measures.contains(&m.to_string()), "{m}");
    }
    assert_eq!(security.fields.bool("incident_plan"), Some(true));
    assert_eq!(
        security.fields.options("incident_notice"),
        // "When it is difficult to inform our customers one by one, we shall issue
        // announcements": a fallback, left to the description.
        ["email", "letter", "phone", "push"]
    );
    assert!(!security.fields.has("certifications"));

    let header = p.header().unwrap();
    let disclaimers = names(p, &header.fields.refs("disclaimers"));
    assert_eq!(
        disclaimers,
        [
            "incident_force_majeure",
            "customer_collection_liability",
            "customer_practices"
        ]
    );
    let force_majeure = item(p, Kind::Clause, "incident_force_majeure");
    assert!(
        en(force_majeure, "label").contains("under no circumstance shall we be held responsible")
    );
    assert_eq!(force_majeure.fields.texts("examples").len(), 9);
}

#[test]
fn rights_minors_changes_and_customer_data() {
    let analysis = analyze();
    let p = &analysis.policy;
    let rights: Vec<(String, Option<String>)> = p
        .of_kind(Kind::Right)
        .map(|r| (r.name().to_string(), parent(p, r)))
        .collect();
    let expected: Vec<(String, Option<String>)> = [
        ("correct", Some("std::pipl::correct")),
        ("object", Some("std::pipl::restrict_refuse")),
        ("object_marketing", Some("std::pipl::object_marketing")),
        ("withdraw_consent", Some("std::pipl::withdraw_consent")),
        ("customer_data_requests", None),
    ]
    .iter()
    .map(|(n, k)| (n.to_string(), k.map(str::to_string)))
    .collect();
    assert_eq!(rights, expected);
    for right in p.of_kind(Kind::Right) {
        assert!(
            !right.fields.has("within"),
            "{}: no time limit is given",
            right.name()
        );
        // 6.4 sends the person to the customer, or to us only with the customer's name: a
        // conditional relay, not our contact as a route of its own.
        if right.name() == "customer_data_requests" {
            assert!(names(p, &right.fields.refs("via")).is_empty());
            continue;
        }
        assert!(
            names(p, &right.fields.refs("via")).contains(&"contact_us".to_string()),
            "{}: Section IX. Contact us",
            right.name()
        );
    }
    let customer = item(p, Kind::Right, "customer_data_requests");
    let first_via = customer.fields.values("via").next().map(|v| &v.value);
    match first_via {
        Some(Value::Text(t)) => assert_eq!(
            t.en.as_deref(),
            Some("directly to the AIForce customer that submitted your data")
        ),
        other => panic!("expected text, found {other:?}"),
    }
    let relay = customer.fields.values("via").nth(1).map(|v| &v.value);
    match relay {
        Some(Value::Text(t)) => assert!(t
            .en
            .as_deref()
            .is_some_and(|en| en.contains("with the name of the AIForce customer"))),
        other => panic!("expected text, found {other:?}"),
    }

    // "your operational information or call information ... collected and availed of by these
    // enterprise customers": not information we process, so no category (the pages list every
    // category as ours, and would call the call information sensitive, which the original never
    // does); the original's paragraph is a section.
    assert!(!p
        .of_kind(Kind::Category)
        .any(|c| c.name().starts_with("customer_")));
    let section = item(p, Kind::Section, "customer_collected_information");
    assert!(en(section, "body").contains("collected and availed of by these enterprise customers"));
    // Nor are the customers a recipient: we provide them nothing.
    assert!(!p.of_kind(Kind::Recipient).any(|r| r.name() == "customers"));

    let minors = single(p, Kind::Minors);
    // VIII speaks of juveniles under 18 and never defines a child; "mainly designed for adult
    // use" is not "not directed at minors"; the guardian's permission is the juvenile's duty.
    assert!(!minors.fields.has("threshold"));
    assert!(!minors.fields.has("directed"));
    assert!(!minors.fields.has("guardian_consent"));
    assert_eq!(
        names(p, &minors.fields.refs("guardian_contact")),
        ["contact_us"]
    );

    let changes = single(p, Kind::Changes);
    assert_eq!(
        changes.fields.bool("continued_use_means_acceptance"),
        Some(true)
    );
    assert!(!changes.fields.has("announce"));
    assert!(!changes.fields.has("major"));
}
