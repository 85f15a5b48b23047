//! The automattic example (examples/automattic, modelled from Automattic's Privacy Policy,
//! Automattic/legalmattic Privacy-Policy.md at 8e483c4) checks clean under `profile gdpr,
//! uk_gdpr, ccpa`, and
//! the facts of the original are in the model where a reader of the original would look for
//! them. The expected values below were written from the original, not read off the model.

use pol::types::schema::Kind;
use pol::Analysis;

#[path = "support/example.rs"]
mod example;
use example::{en, item, names, parent, zh};

#[cfg(test)]
fn analyze() -> Analysis {
    example::analyze("automattic")
}

#[test]
fn automattic_checks_clean() {
    let analysis = analyze();
    let diags = example::unsilenced(&analysis);
    assert_eq!(diags, Vec::<String>::new());
    let modules = example::author_modules(&analysis);
    assert_eq!(
        modules,
        ["collection", "contact", "policy", "sharing", "us"]
    );
}

/// The original's deficiencies (examples/automattic/FINDINGS.md) are found, and silenced only
/// by the justified `allow`s that quote it.
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
    let mut expected: Vec<(String, String)> = Vec::new();
    // Third-party cookies are not counted as a flow; their purposes are "us and other
    // companies"'; precise location is collected "if you allow us", for no stated purpose.
    for i in ["ad_networks", "precise_location", "third_party_tracking"] {
        expected.push(("CORE-DECL-002".into(), i.into()));
    }
    // "our use of your information is based on the grounds that: (1) ... or (5)": five grounds
    // for all processing at once, none tied to a purpose.
    let purposes = [
        "ads_program",
        "applicant_demographics",
        "communicate",
        "customize",
        "fix",
        "hiring_integrity",
        "improve",
        "marketing",
        "protect",
        "provide",
        "recruit",
    ];
    for i in purposes {
        expected.push(("GDPR-BASIS-001".into(), i.into()));
    }
    // "We generally discard information about you when it's no longer needed": no period for
    // the data of the general purposes (the recruitment purposes have one of their own).
    for i in purposes {
        if !matches!(i, "recruit" | "applicant_demographics" | "hiring_integrity") {
            expected.push(("GDPR-NOTICE-001".into(), i.into()));
        }
    }
    // A notice states no Art. 28(3) terms: "We require vendors to agree to privacy
    // commitments", "follow this Privacy Policy", "standard contractual arrangements". One
    // finding for the policy, on its first processor, with the others as related locations.
    expected.push(("GDPR-PROC-001".into(), "outside_eea".into()));
    // "You also have the right to make a complaint to a government supervisory authority": no
    // ICO; UK residents' controller is the Irish company, with no UK representative named.
    expected.push(("UK-ICO-001".into(), "automattic".into()));
    expected.push(("UK-REP-001".into(), "automattic".into()));
    // "We retain this information for the length of time described in our How Long We Keep
    // Information section": no period per category, for every category a purpose uses.
    for c in [
        "ad_identifiers",
        "approx_location",
        "business_profile",
        "communications",
        "cookie_info",
        "credentials",
        "email_address",
        "financial_details",
        "google_data",
        "mailing_addresses",
        "optional_account_info",
        "password",
        "payment_contact",
        "public_profile",
        "site_interactions",
        "social_profile",
        "stored_info",
        "stripe_account",
        "tax_id",
        "third_party_login",
        "transaction_info",
        "usage_info",
        "username",
        "woopay_info",
    ] {
        expected.push(("CCPA-RET-001".into(), c.into()));
    }
    // "We may also collect additional information about you during the process, like
    // background and credit checks": from whom, the original does not say.
    expected.push(("CCPA-CAT-001".into(), "background_checks".into()));
    // "Automattic Inc and WooCommerce, Inc are also the joint controllers ...": no essence of
    // their arrangement (Art. 26(2)).
    expected.push(("GDPR-JOINT-001".into(), "automattic".into()));
    expected.sort();
    assert_eq!(found, expected);
    for s in &analysis.suppressed {
        let justification = &p.suppressions[s.suppression].justification;
        assert!(justification.starts_with("Original ("), "{justification}");
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
fn header_controller_home_and_profiles() {
    let analysis = analyze();
    let p = &analysis.policy;
    let header = p.header().unwrap();
    assert_eq!(header.name(), "automattic");
    assert_eq!(en(header, "title"), "Privacy Policy");
    assert_eq!(zh(header, "title"), "隐私政策");
    assert_eq!(p.languages, ["en", "zh"]);
    // "countries that fall under the scope of the European General Data Protection
    // Regulation"; "all countries located in Europe (including the UK and ROI)"; "Laws in some
    // US states ... (if you are a California resident, please note that this is the Notice at
    // Collection ...)".
    assert_eq!(p.profiles, ["gdpr", "uk_gdpr", "ccpa"]);
    // The Markdown original carries no date ("the change log below" is not in it).
    assert!(!header.fields.has("effective"));
    assert!(!header.fields.has("updated"));
    // Nothing says the use of the Services is acceptance of the policy.
    assert!(!header.fields.has("use_means_acceptance"));
    let controller = header.fields.record("controller").unwrap();
    // "If you reside in the Designated Countries: Aut O'Mattic A8C Ireland Ltd., Grand Canal
    // Dock, 25 Herbert Pl, Dublin, D02 AY86, Ireland".
    assert_eq!(
        controller.text("name").unwrap().en.as_deref(),
        Some("Aut O'Mattic A8C Ireland Ltd.")
    );
    assert_eq!(controller.strs("established"), ["IE"]);
    assert!(!controller.has("dpo"), "the original names no DPO");
    // The telephone and mailbox belong to "How to Reach Us", not to the Irish company.
    assert!(!controller.has("phone"));
    let description = controller
        .text("description")
        .unwrap()
        .en
        .as_deref()
        .unwrap();
    assert!(description.contains("Automattic Inc. is also the controller"));
    assert!(description.contains("joint controllers"));
    // The chart: "Automattic Inc." (outside the Designated Countries, and "some of the
    // processing activities across all of our Services worldwide"), "WooCommerce, Inc.",
    // "WooCommerce Ireland Ltd.", and "Automattic Inc and WooCommerce, Inc are also the joint
    // controllers for some of the processing activities related to Services provided by
    // WooCommerce Ireland Ltd.".
    let others: Vec<(String, &str)> = controller
        .values("co_controllers")
        .filter_map(|v| match &v.value {
            pol::ir::Value::Record(o) => Some((o.text("name")?.en.clone()?, o.option("role")?)),
            _ => None,
        })
        .collect();
    assert_eq!(
        others,
        [
            ("Automattic Inc.".to_string(), "controller"),
            ("WooCommerce, Inc.".to_string(), "controller"),
            ("WooCommerce Ireland Ltd.".to_string(), "controller"),
            (
                "Automattic Inc and WooCommerce, Inc".to_string(),
                "joint_controller"
            ),
        ]
    );
    // "We also process information about visitors to our users' websites, on behalf of our
    // users ... isn't covered by this Privacy Policy": a processor for its users.
    assert!(controller
        .text("processor_for")
        .and_then(|t| t.en.as_deref())
        .is_some_and(|t| t.contains("on behalf of our users")));

    // Home is Ireland, in the EEA: nothing is abroad, and China is no part of the territory.
    let manifest = pol::backends::manifest::build(&analysis);
    assert_eq!(manifest.policy.home.region, "IE");
    assert!(manifest.policy.home.territory.iter().any(|r| r == "DE"));
    assert!(!manifest.policy.home.territory.iter().any(|r| r == "CN"));
    let table = pol::backends::enforce::decision_table(&analysis.policy);
    assert_eq!(table.home_region, "IE");
    assert!(table.rules.iter().all(|r| r.cross_border_consent.is_none()));

    let contact = item(p, Kind::Contact, "reach_us");
    assert_eq!(
        contact.fields.strs("email"),
        ["privacypolicyupdates@automattic.com"]
    );
    assert_eq!(contact.fields.strs("phone"), ["+1-877-273-3049"]);
    assert_eq!(
        contact.fields.strs("url"),
        ["https://wordpress.com/help/contact"]
    );
}

#[test]
fn collection_keeps_the_originals_sources_and_the_sensitive_applicant_data() {
    let analysis = analyze();
    let p = &analysis.policy;
    // "if you voluntarily submit such information": demographic data is optional, and the
    // original calls it "this sensitive information".
    let demographics = item(p, Kind::Category, "demographics");
    assert_eq!(demographics.fields.bool("sensitive"), Some(true));
    assert_eq!(demographics.fields.bool("required"), Some(false));
    // "We will only use this sensitive information to accommodate a disability or illness, ...".
    let only = item(p, Kind::Promise, "demographics_only");
    assert_eq!(names(p, &only.fields.refs("data")), ["demographics"]);
    assert_eq!(
        names(p, &only.fields.refs("only_purposes")),
        ["applicant_demographics"]
    );
    // No other category is marked sensitive: the original marks none.
    let sensitive: Vec<&str> = p
        .of_kind(Kind::Category)
        .filter(|c| c.fields.bool("sensitive") == Some(true))
        .map(|c| c.name())
        .collect();
    assert_eq!(sensitive, ["demographics"]);
    // "Information We Collect from Other Sources": each names where it comes from.
    for (category, source) in [
        ("third_party_login", "login_services"),
        ("social_profile", "social_services"),
        ("stripe_account", "stripe"),
        ("google_data", "google"),
        ("mailing_addresses", "list_providers"),
    ] {
        let c = item(p, Kind::Category, category);
        assert_eq!(c.fields.option("source"), Some("third_party"), "{category}");
        assert_eq!(names(p, &c.fields.refs("obtained_from")), [source]);
    }
    // "we may also collect technical indicators such as VPN usage and IP addresses to support
    // the integrity and security of our hiring practices": a possibility.
    assert_eq!(
        item(p, Kind::Purpose, "hiring_integrity")
            .fields
            .bool("may"),
        Some(true)
    );
    // "If you don't want to hear from us, you can opt out of marketing communications at any
    // time."
    assert!(item(p, Kind::Purpose, "communicate").fields.has("opt_out"));
    // No purpose states a basis: the original ties none of its five grounds to a purpose.
    assert!(p.of_kind(Kind::Purpose).all(|x| !x.fields.has("basis")));
    // The original has no children's statement in its GDPR part.
    assert_eq!(p.of_kind(Kind::Minors).count(), 0);
}

#[test]
fn flows_keep_the_originals_modality_and_conditions() {
    let analysis = analyze();
    let p = &analysis.policy;
    // "We may disclose information about you to our subsidiaries and independent
    // contractors"; "We may share information about you with third-party vendors": disclosure
    // and sharing, not an entrustment (some vendors "provide their services to you or your
    // site", so they are not all our processors).
    for f in ["to_subsidiaries", "to_vendors"] {
        let flow = item(p, Kind::Flow, f);
        assert_eq!(flow.fields.bool("may"), Some(true), "{f}");
        assert!(flow.fields.has("share"), "{f}");
        assert!(!flow.fields.has("entrust"), "{f}");
    }
    // "We may disclose information about you in response to a subpoena, court order, or other
    // governmental request."
    let legal = item(p, Kind::Flow, "legal_requests");
    assert_eq!(legal.fields.bool("may"), Some(true));
    let when = legal.fields.refs("when");
    assert_eq!(names(p, &when), ["legal_request"]);
    assert_eq!(
        parent(p, p.item(when[0]).unwrap()),
        "std::conditions::authority_request"
    );
    // "user information would likely be one of the assets that is transferred".
    let merger = item(p, Kind::Flow, "business_transfer");
    assert_eq!(merger.fields.bool("may"), Some(true));
    assert_eq!(names(p, &merger.fields.refs("when")), ["business_events"]);
    assert_eq!(
        names(p, &merger.fields.refs("commitments")),
        ["policy_continues"]
    );
    // "if you follow/subscribe to another WordPress.com site we will share your email address
    // with the site owner": routine, on that trigger.
    let follow = item(p, Kind::Flow, "to_followed_sites");
    assert!(!follow.fields.has("may"));
    assert_eq!(names(p, &follow.fields.refs("share")), ["email_address"]);
    // "your information may be shared with the administrators of the site": the examples that
    // follow (IP address, email address, display name) are not a list, so the flow names no
    // category and keeps them in its description.
    let admins = item(p, Kind::Flow, "to_site_admins");
    assert_eq!(admins.fields.bool("may"), Some(true));
    assert!(admins.fields.refs("share").is_empty());
    assert_eq!(names(p, &follow.fields.refs("when")), ["following"]);
    // "we reserve the right to publish that request".
    let support = item(p, Kind::Flow, "support_requests");
    assert_eq!(support.fields.bool("may"), Some(true));
    assert_eq!(
        names(p, &support.fields.refs("disclose")),
        ["communications"]
    );
    // "Information that you choose to make public is ... disclosed publicly."
    let public = item(p, Kind::Flow, "public_information");
    assert!(!public.fields.has("may"));
    let when = public.fields.refs("when");
    assert_eq!(
        parent(p, p.item(when[0]).unwrap()),
        "std::conditions::self_published"
    );
    // "we and our users do use cookies to share certain device identifiers and information
    // about your browsing activities with our advertising partners": routine, and the data
    // the original names ("online identifiers; internet or other network or device activity
    // ...; and geolocation data (approximate location information from your IP address)").
    let ads = item(p, Kind::Flow, "ads_program_sharing");
    assert!(!ads.fields.has("may"));
    assert_eq!(
        names(p, &ads.fields.refs("share")),
        ["ad_identifiers", "approx_location"]
    );
    assert_eq!(names(p, &ads.fields.refs("for")), ["ads_program"]);
    assert_eq!(
        item(p, Kind::Recipient, "ad_partners")
            .fields
            .bool("own_purposes"),
        Some(true)
    );
    // "We may share information that has been aggregated or de-identified".
    let aggregated = item(p, Kind::Flow, "aggregated");
    assert_eq!(aggregated.fields.bool("may"), Some(true));
    let when = aggregated.fields.refs("when");
    assert_eq!(
        parent(p, p.item(when[0]).unwrap()),
        "std::conditions::de_identified"
    );
    // Nothing is sold: "We never directly sell your personal information in the conventional
    // sense (i.e., for money)."
    assert!(p
        .of_kind(Kind::Flow)
        .all(|f| !f.fields.has("consideration")));
}

#[test]
fn the_eea_transfer_rests_on_standard_contractual_clauses() {
    let analysis = analyze();
    let p = &analysis.policy;
    // "may be used, stored, and/or accessed by individuals operating outside the European
    // Economic Area (EEA) ... These measures include entering into European Commission approved
    // standard contractual arrangements".
    let flow = item(p, Kind::Flow, "eea_access");
    assert_eq!(flow.fields.bool("may"), Some(true));
    assert_eq!(flow.fields.bool("access_only"), Some(true));
    assert_eq!(
        names(p, &flow.fields.refs("mechanism")),
        ["std::gdpr::standard_contractual_clauses"]
    );
    // The original names no country: the recipient has no region (FINDINGS.md, "Missing
    // constructs": "outside the EEA" cannot be said without one).
    let recipient = item(p, Kind::Recipient, "outside_eea");
    assert!(!recipient.fields.has("region"));
}

#[test]
fn retention_says_what_the_original_says_and_no_more() {
    let analysis = analyze();
    let p = &analysis.policy;
    let general = p
        .of_kind(Kind::Retention)
        .find(|r| r.name().is_empty() || !r.fields.has("data"))
        .unwrap();
    // "We generally discard information about you when it's no longer needed ... and we're not
    // legally required to keep it."
    assert_eq!(general.fields.bool("as_long_as_necessary"), Some(true));
    assert_eq!(general.fields.option("hedge"), Some("generally"));
    assert_eq!(
        names(p, &general.fields.refs("kept_beyond")),
        ["legally_required"]
    );
    // "for approximately 30 days": no exact period.
    let logs = item(p, Kind::Retention, "web_server_logs");
    assert!(!logs.fields.has("period"));
    assert!(en(logs, "until").contains("approximately 30 days"));
    // Thirty days in the Trash after deletion, then "may remain on our backups and caches until
    // purged": not a period content is kept for.
    let deleted = item(p, Kind::Retention, "deleted_content");
    assert!(!deleted.fields.has("period"));
    assert!(en(deleted, "backups").contains("may remain on our backups"));
    // No `on_expiry`: the original says "discard", never how.
    assert!(p
        .of_kind(Kind::Retention)
        .all(|r| !r.fields.has("on_expiry")));
}

#[test]
fn rights_are_the_gdpr_and_us_lists_and_no_more() {
    let analysis = analyze();
    let p = &analysis.policy;
    let mut rights: Vec<(String, String)> = p
        .of_kind(Kind::Right)
        .filter(|r| !p.module(r.module).is_some_and(|m| m.is_std))
        .map(|r| (r.name().to_string(), parent(p, r)))
        .collect();
    rights.sort();
    assert_eq!(
        rights,
        [
            ("access", "std::gdpr::access"),
            ("complain", "std::gdpr::complain"),
            ("correct", "std::gdpr::correct"),
            ("delete", "std::gdpr::delete"),
            ("object", "std::gdpr::restrict_refuse"),
            ("portability", "std::gdpr::portability"),
            ("restrict", "std::gdpr::restrict_refuse"),
            ("us_agent", "std::ccpa::authorized_agent"),
            ("us_correct", "std::ccpa::correct"),
            ("us_delete", "std::ccpa::delete"),
            ("us_fair", "std::ccpa::non_discrimination"),
            ("us_know", "std::ccpa::know"),
            ("us_opt_out", "std::ccpa::opt_out_sale_share"),
            // "Receive a copy of your information in a readily portable format": no stdlib
            // right of the CCPA's own.
            ("us_portable_copy", ""),
        ]
        .map(|(a, b)| (a.to_string(), b.to_string()))
    );
    for r in [
        "access",
        "correct",
        "delete",
        "object",
        "restrict",
        "portability",
    ] {
        let right = item(p, Kind::Right, r);
        // No response time, fee or withdrawal: the original states none.
        assert!(!right.fields.has("within"), "{r}");
        assert!(!right.fields.has("fee"), "{r}");
        // "subject to any exemptions provided by the law".
        assert_eq!(
            names(p, &right.fields.refs("premise")),
            ["legal_exemptions"],
            "{r}"
        );
        // "If you are located in a country that falls under the scope of the GDPR".
        assert_eq!(right.fields.strs("residents"), ["EU"], "{r}");
    }
    // "if we cannot verify that you are the account owner we may deny your request to
    // access"; "if we are legally required to maintain a copy ... we may deny your request to
    // delete".
    assert_eq!(
        names(
            p,
            &item(p, Kind::Right, "access")
                .fields
                .refs("refusal_grounds")
        ),
        ["unverified_owner"]
    );
    assert_eq!(
        names(
            p,
            &item(p, Kind::Right, "delete")
                .fields
                .refs("refusal_grounds")
        ),
        ["legally_kept_copy"]
    );
    // "At this time, Automattic does not respond to "do not track" signals".
    let cookies = p.of_kind(Kind::Cookies).next().unwrap();
    assert_eq!(cookies.fields.option("do_not_track"), Some("not_respected"));
}

/// "US Privacy Laws" and "Right to Opt Out", read under `profile ccpa`: the facts of the
/// original's US section, each where a reader would look for it.
#[test]
fn us_privacy_laws_section() {
    let analysis = analyze();
    let p = &analysis.policy;
    // "In some US states you have additional rights subject to any exemptions provided by your
    // state's respective law": every US right concerns US residents and holds within that.
    for r in [
        "us_know",
        "us_delete",
        "us_correct",
        "us_opt_out",
        "us_portable_copy",
        "us_fair",
    ] {
        let right = item(p, Kind::Right, r);
        assert_eq!(right.fields.strs("residents"), ["US"], "{r}");
        assert_eq!(
            names(p, &right.fields.refs("premise")),
            ["state_exemptions"],
            "{r}"
        );
        // No response time or fee: the original's US section states none.
        assert!(!right.fields.has("within"), "{r}");
        assert!(!right.fields.has("fee"), "{r}");
    }
    // "Request a copy of the specific pieces of information we collect about you and, if you're
    // in California, to know the categories ...".
    assert!(en(item(p, Kind::Right, "us_know"), "label").contains("if you're in California"));
    // "clicking the "Do Not Sell My Personal Information" link in the footer of our websites,
    // or from the settings page within our apps"; "Our opt-out is managed through cookies".
    let opt_out = item(p, Kind::Right, "us_opt_out");
    let via: Vec<String> = opt_out
        .fields
        .values("via")
        .map(|v| format!("{:?}", v.value))
        .collect();
    assert!(
        via.iter()
            .any(|v| v.contains("Do Not Sell My Personal Information")),
        "{via:?}"
    );
    assert!(
        via.iter()
            .any(|v| v.contains("wordpress.com/advertising-program-optout")),
        "{via:?}"
    );
    assert!(en(opt_out, "description").contains("managed through cookies"));
    // "You can also designate an authorized agent to make a request on your behalf by giving us
    // written authorization. We may still require you to verify your identity with us."
    let agent = item(p, Kind::Right, "us_agent");
    assert!(en(agent, "verification").contains("verify your identity"));
    // "We also respect the GPC browser signal".
    let gpc = item(p, Kind::Promise, "gpc");
    assert_eq!(parent(p, gpc), "std::ccpa::honours_opt_out_signals");
    assert!(en(gpc, "label").contains("GPC browser signal"));
    // "we and our users do use cookies to share certain device identifiers and information about
    // your browsing activities with our advertising partners ... These disclosures may be
    // considered a "sale" or "share"": the advertising partners receive for cross-context
    // behavioural advertising. Nothing is sold for money.
    assert_eq!(
        parent(p, item(p, Kind::Recipient, "ad_partners")),
        "std::ccpa::advertising_partner"
    );
    // "In the last 12 months, we collected the following categories": each category's CCPA
    // category where the original gives it as an example.
    for (category, ccpa) in [
        ("email_address", "identifiers"),
        ("username", "identifiers"),
        ("ad_identifiers", "identifiers"),
        ("payment_contact", "commercial_information"),
        ("demographics", "protected_characteristics"),
        ("usage_info", "network_activity"),
        ("approx_location", "geolocation"),
        ("public_profile", "sensory_data"),
        ("business_profile", "professional_information"),
        ("applicant_info", "professional_information"),
    ] {
        assert_eq!(
            parent(p, item(p, Kind::Category, category)),
            format!("std::ccpa::{ccpa}"),
            "{category}"
        );
    }
    // No category is the CCPA's sensitive personal information: "We do not collect or process
    // your sensitive (and potentially sensitive) personal information except where it is
    // strictly necessary".
    assert!(p
        .of_kind(Kind::Category)
        .filter(|c| !p.module(c.module).is_some_and(|m| m.is_std))
        .all(|c| !parent(p, c).starts_with("std::ccpa::sensitive")));
    // The US sections are scoped to US residents; the appeals apply to every request.
    for s in ["us_laws", "us_sale_share", "privacy_report"] {
        assert_eq!(
            item(p, Kind::Section, s).fields.strs("residents"),
            ["US"],
            "{s}"
        );
    }
    let body = |name: &str| -> String {
        item(p, Kind::Section, name)
            .fields
            .values("body")
            .map(|v| format!("{:?}", v.value))
            .collect()
    };
    // "In the last 12 months, we collected ..."; "this is the Notice at Collection we are
    // required to provide you under California law".
    let header = p.header().unwrap();
    assert_eq!(
        header.fields.duration("look_back").map(|d| d.to_string()),
        Some("12 months".to_string())
    );
    assert_eq!(header.fields.bool("notice_at_collection"), Some(true));
    let notice = body("us_laws");
    assert!(notice.contains("this is the Notice at Collection"));
    assert!(notice.contains("In the last 12 months"));
    let appeals = body("appeals");
    assert!(appeals.contains("does not apply to job applicants"));
    // The GDPR's grounds are "for those in the European Union".
    assert_eq!(
        item(p, Kind::Section, "legal_bases")
            .fields
            .strs("residents"),
        ["EU"]
    );
}
