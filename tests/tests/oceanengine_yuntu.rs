//! The oceanengine-yuntu example (examples/oceanengine-yuntu, modelled from
//! seeds/oceanengine-yuntu.zh.txt) checks clean, and the facts of the original are in the model
//! where a reader of the original would look for them.

use pol::ir::Value;
use pol::meaning::{Graph, Modality};
use pol::types::schema::Kind;
use pol::Analysis;

#[path = "support/example.rs"]
mod example;
use example::{en, item, names, parent, single, zh};

#[cfg(test)]
fn analyze() -> Analysis {
    example::analyze("oceanengine-yuntu")
}

#[test]
fn oceanengine_yuntu_checks_clean() {
    let analysis = analyze();
    let diags = example::unsilenced(&analysis);
    assert_eq!(diags, Vec::<String>::new());
    let modules = example::author_modules(&analysis);
    assert_eq!(
        modules,
        [
            "clauses",
            "partners",
            "platform_users",
            "policy",
            "representatives"
        ]
    );
}

/// The original's deficiencies (examples/oceanengine-yuntu/FINDINGS.md) are found, and silenced
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
        // The transfer abroad and the transfer on a merger name no category: the original says all
        // the representatives' information.
        ("CORE-DECL-002", "abroad"),
        // 四、（一）、（四）: the partners' flows name no information (the original names none).
        ("CORE-DECL-002", "entrusted_partners"),
        ("CORE-DECL-002", "joint_partners"),
        ("CORE-DECL-002", "partners_exempt"),
        ("CORE-DECL-002", "successor"),
        // 四、（三）2. states a penalty disclosure, no purpose of collection or use (CORE-DECL-002).
        ("CORE-DECL-002", "violating_account_info"),
        // 四、（三）: “我们不会公开披露……除非……”, then the penalty announcements and 四、（四）.
        ("CORE-PROM-001", "no_public_disclosure"),
        // 四、（三）2. states a penalty disclosure, no purpose of collection or use (CORE-PURP-001).
        ("CORE-PURP-001", "penalty_disclosure"),
        ("PIPL-ADM-001", "recommendations"),
        ("PIPL-ADM-001", "share_pages"),
        // Necessity for security, not consent (「所必须收集的必要信息」): no basis stated.
        ("PIPL-BASIS-001", "cookie_security"),
        // Flows that name no data: the rule finds no basis of their own.
        // The partners' flows rest on no basis of their own (the disclosures rest on their
        // cases); the penalty announcements on none at all.
        ("PIPL-BASIS-001", "entrust_to_partners"),
        ("PIPL-BASIS-001", "joint_processing"),
        ("PIPL-BASIS-001", "normal_operation"),
        // 一、（四）(9) and (11): GB/T 35273 5.6 cases the PIPL does not know.
        ("PIPL-BASIS-001", "oceanengine_yuntu"),
        ("PIPL-BASIS-001", "oceanengine_yuntu"),
        ("PIPL-BASIS-001", "penalty_disclosure"),
        // 「对企业的信息作出了授权」: the enterprise's authorisation, not a person's consent.
        ("PIPL-BASIS-001", "platform_account"),
        ("PIPL-BASIS-001", "provision_without_consent"),
        ("PIPL-BASIS-001", "service_security"),
        ("PIPL-BASIS-001", "transfer_on_merger"),
        // No list of major changes, and no version history.
        ("PIPL-CHANGE-001", ""),
        ("PIPL-CHANGE-001", ""),
        // The disclosures now name what they disclose (「用户代表的信息」, all of it): the consent
        // they name is 同意, never a separate consent.
        ("PIPL-DISCL-001", "penalty_disclosure"),
        ("PIPL-DISCL-001", "public_disclosure"),
        ("PIPL-JOINT-001", "joint_partners"),
        ("PIPL-NOTICE-002", "account_email"),
        ("PIPL-NOTICE-002", "account_password"),
        ("PIPL-NOTICE-002", "account_phone"),
        ("PIPL-NOTICE-002", "apps_and_processes"),
        ("PIPL-NOTICE-002", "business_data"),
        // 「我们可能会保存」: neither required nor optional.
        ("PIPL-NOTICE-002", "communications"),
        ("PIPL-NOTICE-002", "contact_address"),
        ("PIPL-NOTICE-002", "cookie_ids"),
        ("PIPL-NOTICE-002", "credit_code"),
        ("PIPL-NOTICE-002", "enterprise_bank_account"),
        ("PIPL-NOTICE-002", "enterprise_name"),
        ("PIPL-NOTICE-002", "identity_documents"),
        ("PIPL-NOTICE-002", "industry_type"),
        ("PIPL-NOTICE-002", "left_contact_details"),
        ("PIPL-NOTICE-002", "network_logs"),
        ("PIPL-NOTICE-002", "operation_logs"),
        ("PIPL-NOTICE-002", "operator_id_number"),
        ("PIPL-NOTICE-002", "org_name"),
        ("PIPL-NOTICE-002", "other_account_info"),
        ("PIPL-NOTICE-002", "preferences"),
        ("PIPL-NOTICE-002", "representative_names"),
        ("PIPL-NOTICE-002", "search_history"),
        ("PIPL-NOTICE-002", "share_page_browsing"),
        ("PIPL-NOTICE-002", "usage_data"),
        // No sensitive category any more (the original calls none sensitive): the assessment is
        // asked for the public disclosure.
        ("PIPL-PIIA-001", "public_disclosure"),
        // 「仅在……所必需的期间内保留」: as long as necessary, no longer `until` the account is closed.
        ("PIPL-RET-001", ""),
        // The retention rule speaks of User Representatives only.
        ("PIPL-RET-001", "entrusted_processing"),
        ("PIPL-RET-001", "platform_account"),
        ("PIPL-RET-001", "technical_assistance"),
        // 四、（三）2. states a penalty disclosure, no purpose of collection or use (PIPL-RET-001).
        ("PIPL-RET-001", "violating_account_info"),
        ("PIPL-RIGHTS-001", "oceanengine_yuntu"),
        ("PIPL-RIGHTS-002", "delete"),
        // “尽快”: no right has a time limit; copying and closing the account have no channel
        // either.
        ("PIPL-RIGHTS-003", "access"),
        ("PIPL-RIGHTS-003", "close_account"),
        ("PIPL-RIGHTS-003", "close_account"),
        ("PIPL-RIGHTS-003", "complain"),
        ("PIPL-RIGHTS-003", "complain"),
        ("PIPL-RIGHTS-003", "copy"),
        ("PIPL-RIGHTS-003", "copy"),
        ("PIPL-RIGHTS-003", "correct"),
        ("PIPL-RIGHTS-003", "delete"),
        ("PIPL-RIGHTS-003", "privacy_settings"),
        // 五、（六）: what people are told of an incident, without a contact.
        ("PIPL-SEC-001", ""),
        ("PIPL-SEC-001", ""),
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
        "the policy does not offer the statutory rights `supplement`, `restrict_refuse` and `explain`"
    );
    // 五、（六）: “安全事件的基本情况和可能的影响” is GB/T 35273's wording, not PIPL Art. 57 ¶1(1).
    let incident_owned: Vec<String> = analysis
        .suppressed
        .iter()
        .filter(|s| s.diagnostic.code.as_str() == "PIPL-SEC-001")
        .map(|s| s.diagnostic.message.en())
        .collect();
    let incident: Vec<&str> = incident_owned.iter().map(String::as_str).collect();
    assert!(incident.contains(
        &"the incident notice does not tell people the categories of information, the causes and the possible harm; how to contact us"
    ));
    assert!(incident.contains(
        &"the incident notice has no announcement for when telling each person is impractical"
    ));
    for s in &analysis.suppressed {
        let suppression = &p.suppressions[s.suppression];
        let justification = &suppression.justification;
        assert!(justification.starts_with("原文"), "{justification}");
        assert!(
            justification.contains(s.diagnostic.code.as_str()),
            "{justification}"
        );
        // The header's `allow` answers only for findings located in the header: a flow's
        // finding is answered on the flow, in the flow's own words.
        if suppression.policy_wide {
            let at = p
                .items
                .iter()
                .filter(|i| {
                    let span = s.diagnostic.primary.span;
                    i.span.file == span.file && i.span.start <= span.start && span.end <= i.span.end
                })
                .min_by_key(|i| i.span.end - i.span.start)
                .map(|i| i.kind);
            assert!(
                matches!(at, None | Some(Kind::Policy)),
                "{} answered by the header: {justification}",
                s.diagnostic.code
            );
        }
    }
}

#[test]
fn header_controller_and_two_audiences() {
    let analysis = analyze();
    let p = &analysis.policy;
    let header = p.header().unwrap();
    assert_eq!(header.name(), "oceanengine_yuntu");
    assert_eq!(zh(header, "title"), "巨量云图平台信息保护声明");
    // 更新时间：【2022】年【3】月【14】日；生效时间：【2022】年【3】月【21】日
    assert_eq!(
        header.fields.date("updated").unwrap().to_string(),
        "2022-03-14"
    );
    assert_eq!(
        header.fields.date("effective").unwrap().to_string(),
        "2022-03-21"
    );
    assert_eq!(p.languages, ["zh", "en"]);
    assert_eq!(p.profiles, ["pipl"]);
    let controller = header.fields.record("controller").unwrap();
    assert_eq!(
        controller.text("name").unwrap().zh.as_deref(),
        Some("北京巨量引擎网络技术有限公司")
    );
    assert_eq!(controller.strs("email"), ["yuntu@bytedance.com"]);
    assert!(!controller.has("phone") && !controller.has("address") && !controller.has("dpo"));
    // Two audiences: the enterprises (平台用户) and the people who act for them (用户代表).
    assert_eq!(
        header.fields.options("audience"),
        [
            "enterprise_customers",
            "enterprise_representatives",
            "not_directed_at_minors"
        ]
    );
    assert_eq!(
        header.fields.str("url"),
        Some("https://yuntu.oceanengine.com")
    );
    let products: Vec<&str> = header
        .fields
        .texts("products")
        .iter()
        .filter_map(|t| t.zh.as_deref())
        .collect();
    assert_eq!(
        products,
        [
            "巨量云图平台",
            "巨量云图官方网站",
            "巨量云图小程序",
            "链接到本个人信息保护声明的任何其他业务"
        ]
    );
    // “一旦您点击同意本声明，或继续完成注册流程，将视为您已理解并同意”: a click or completing
    // registration, not use: no `use_means_acceptance`, which pages print as acceptance by use.
    assert!(!header.fields.has("use_means_acceptance"));
    assert_eq!(
        names(p, &header.fields.refs("disclaimers")),
        [
            "platform_user_liability",
            "no_absolute_security",
            "outside_our_control",
            "other_websites",
            "product_variations"
        ]
    );
    assert!(
        zh(header, "scope").contains("《平台用户信息保护声明》和《个人信息保护声明》两部分构成")
    );
    let part_one = item(p, Kind::Section, "platform_user_statement");
    assert_eq!(zh(part_one, "title"), "平台用户信息保护声明");
    assert_eq!(
        part_one.fields.options("audience"),
        ["enterprise_customers"]
    );
    assert_eq!(
        en(part_one, "title"),
        "Platform User Information Protection Statement"
    );
    assert_eq!(
        en(header, "title"),
        "Ocean Engine Yuntu Platform Information Protection Statement"
    );
    assert_eq!(
        item(p, Kind::Section, "pi_statement")
            .fields
            .options("audience"),
        ["enterprise_representatives"]
    );
}

#[test]
fn platform_user_account_information() {
    let analysis = analyze();
    let p = &analysis.policy;
    let account = item(p, Kind::Purpose, "platform_account");
    // “……并依据本声明对企业的信息作出了授权”: the enterprise's authorisation, not a person's
    // consent; the original states no basis.
    assert!(!account.fields.has("consent"));
    assert!(!account.fields.has("basis"));
    assert_eq!(
        names(p, &account.fields.refs("uses")),
        [
            "identity_documents",
            "enterprise_name",
            "credit_code",
            "enterprise_bank_account",
            "representative_names",
            "operator_id_number",
            "account_email",
            "account_phone",
            "contact_address",
            "other_account_info",
            "account_password"
        ]
    );
    assert_eq!(account.fields.options("audience"), ["enterprise_customers"]);
    // 操作人员的身份证号: the original never calls it sensitive, so the page may not.
    let id_number = item(p, Kind::Category, "operator_id_number");
    assert_eq!(zh(id_number, "label"), "操作人员的身份证号");
    assert_eq!(parent(p, id_number), "std::gbt35273::basic_profile");
    assert_eq!(id_number.fields.bool("required"), Some(true));
    // The enterprise's own information is not personal information.
    for name in ["enterprise_name", "credit_code", "enterprise_bank_account"] {
        assert_eq!(
            parent(p, item(p, Kind::Category, name)),
            "std::gbt35273::enterprise_info",
            "{name}"
        );
    }
    assert_eq!(
        zh(item(p, Kind::Category, "representative_names"), "label"),
        "法人与委托代理人（如有）姓名"
    );
    // “真实、准确、合法、有效的相关身份证明材料及必要信息”: the documents, then the list.
    assert_eq!(
        zh(item(p, Kind::Category, "identity_documents"), "label"),
        "相关身份证明材料"
    );
    // GB/T 35273-2020 Table B.1 lists passwords, but the original never calls them sensitive,
    // and a page may not say what the original does not (FINDINGS.md).
    for name in ["account_password", "rep_password"] {
        let password = item(p, Kind::Category, name);
        assert!(!password.fields.has("sensitive"), "{name}");
        assert!(!p.is_sensitive(password.id), "{name}");
    }
}

#[test]
fn business_data_is_processed_as_the_platform_users_entrusted_party() {
    let analysis = analyze();
    let p = &analysis.policy;
    // 平台用户信息保护声明 二、: the Platform User's undertakings about the business data it gives
    // us. No personal information goes to Platform Users, so they are no recipient with a
    // contract; the undertakings are the original's paragraph.
    assert!(p
        .of_kind(Kind::Recipient)
        .all(|r| r.name() != "platform_users"));
    let duties = item(p, Kind::Section, "business_data_duties");
    assert!(duties.fields.texts("body")[0]
        .zh
        .as_deref()
        .is_some_and(|t| t.contains("您应对您的业务数据来源及内容负责")));
    let data = item(p, Kind::Category, "business_data");
    assert_eq!(data.fields.options("tags"), ["business_data"]);
    // 「本平台自平台用户处获取的业务数据」: provided by the Platform User who reads this, not
    // obtained from a third party.
    assert_eq!(data.fields.option("source"), Some("subject"));
    assert!(!data.fields.has("obtained_from"));
    let promise = item(p, Kind::Promise, "no_business_data_access");
    assert_eq!(
        parent(p, promise),
        "std::promises::no_customer_data_access_except"
    );
    assert_eq!(
        names(p, &promise.fields.refs("only_purposes")),
        ["entrusted_processing", "technical_assistance"]
    );
    // “除非法律法规另有规定、依据特定产品规则和平台协议的另行约定或基于您的要求……”: three
    // exceptions, in its words.
    let exceptions: Vec<&str> = promise
        .fields
        .refs("except")
        .into_iter()
        .map(|c| zh(p.item(c).unwrap(), "label"))
        .collect();
    assert_eq!(
        exceptions,
        [
            "法律法规另有规定",
            "依据特定产品规则和平台协议的另行约定",
            "基于您的要求为您提供技术协助进行故障排除或解决技术问题"
        ]
    );
}

#[test]
fn representatives_collection_and_refusal() {
    let analysis = analyze();
    let p = &analysis.policy;
    let registration = item(p, Kind::Purpose, "registration");
    assert_eq!(
        names(p, &registration.fields.refs("uses")),
        ["rep_email", "rep_phone", "nickname", "rep_password"]
    );
    assert_eq!(
        zh(registration, "refusal"),
        "如果拒绝提供，用户代表将可能无法获得登录状态下的相关服务，但不影响其他功能的正常使用"
    );
    // 联系邮箱、手机号 are needed; 昵称、密码 the representative “可以自行完善”.
    assert_eq!(
        item(p, Kind::Category, "rep_phone").fields.bool("required"),
        Some(true)
    );
    assert_eq!(
        item(p, Kind::Category, "nickname").fields.bool("required"),
        Some(false)
    );
    let certification = item(p, Kind::Purpose, "certification");
    assert_eq!(certification.fields.bool("required"), Some(false));
    assert_eq!(certification.fields.refs("uses").len(), 3);
    // 通信/通话记录和内容: the original never calls it sensitive, so the page may not.
    let communications = item(p, Kind::Category, "communications");
    assert_eq!(parent(p, communications), "std::gbt35273::communications");
    assert!(!p.is_sensitive(communications.id));
    assert!(!p.is_sensitive(item(p, Kind::Category, "rep_password").id));
    assert!(!p.is_sensitive(item(p, Kind::Category, "operator_id_number").id));
    // 「用户代表可以自行完善相关的网络身份识别信息（如：昵称、密码）」: registration is not said to be
    // necessary as a whole, and no tick-box is mentioned.
    assert!(!registration.fields.has("required"));
    assert!(!registration.fields.has("consent"));
    let usage = item(p, Kind::Category, "usage_data");
    assert_eq!(usage.fields.texts("examples").len(), 6);
    assert_eq!(
        item(p, Kind::Category, "network_logs")
            .fields
            .options("tags"),
        ["network_log"]
    );
}

#[test]
fn consent_exceptions_for_collection_and_for_provision() {
    let analysis = analyze();
    let p = &analysis.policy;
    let header = p.header().unwrap();
    // 一、（四）: twelve cases, GB/T 35273 5.6 with its news item reworded and “其他情形”.
    let collection = names(p, &header.fields.refs("consent_exceptions"));
    assert_eq!(collection.len(), 12);
    assert_eq!(collection[8], "std::gbt35273::gbt_service_security");
    assert_eq!(collection[9], "news_reporting");
    // (11) 「为学术研究机构……所必要」 and (12) 「法律法规规定的其他情形」 in the original's words.
    assert_eq!(collection[10], "academic_research");
    assert_eq!(collection[11], "other_law_exception");
    let news = p.item(header.fields.refs("consent_exceptions")[9]).unwrap();
    assert_eq!(zh(news, "label"), "为开展合法的新闻报道所必需的");
    // 四、（四）a.–i.: a. is two PIPL cases, so ten clauses.
    let provision = item(p, Kind::Flow, "provision_without_consent");
    assert_eq!(
        names(p, &provision.fields.refs("exceptions")),
        ["provision_exceptions"]
    );
    assert_eq!(p.clauses(&provision.fields, "exceptions").len(), 10);
}

#[test]
fn partners_transfer_and_disclosure() {
    let analysis = analyze();
    let p = &analysis.policy;
    let entrusted = item(p, Kind::Recipient, "entrusted_partners");
    assert_eq!(parent(p, entrusted), "std::pipl::entrusted_party");
    assert_eq!(
        zh(entrusted, "supervision"),
        "我们会对其个人信息使用活动进行监督"
    );
    let joint = item(p, Kind::Recipient, "joint_partners");
    assert_eq!(parent(p, joint), "std::pipl::joint_handler");
    assert_eq!(joint.fields.bool("agreement"), Some(true));
    // 合作方的范围: our affiliates and third parties, no one named.
    let examples: Vec<&str> = joint
        .fields
        .texts("examples")
        .iter()
        .filter_map(|t| t.zh.as_deref())
        .collect();
    assert_eq!(examples, ["我们的关联方", "第三方"]);
    assert!(!joint.fields.has("name"));

    // 四、（一）: “对于委托处理个人信息的场景……”, “若具体功能和场景中涉及由我们的关联方、第三方提供服务”:
    // possibilities, when a function involves a partner, with no information named.
    for name in [
        "entrust_to_partners",
        "joint_processing",
        "provision_without_consent",
    ] {
        let flow = item(p, Kind::Flow, name);
        assert!(
            ["entrust", "share", "transfer", "disclose"]
                .iter()
                .all(|k| !flow.fields.has(k)),
            "{name} names information the original does not"
        );
        assert_eq!(Modality::of_flow(flow), Modality::May, "{name}");
    }
    assert_eq!(
        names(
            p,
            &item(p, Kind::Flow, "entrust_to_partners")
                .fields
                .refs("when")
        ),
        ["partner_services"]
    );
    assert!(
        !Graph::build(p).flows().any(|e| e
            .recipient
            .is_some_and(|r| names(p, &[r]) == ["entrusted_partners"])),
        "no category goes to the entrusted partners"
    );

    // 四、（三）1.: “我们不会公开披露用户代表的信息，除非遵循国家法律法规规定或者获得用户代表的同意”.
    let public = item(p, Kind::Flow, "public_disclosure");
    assert_eq!(Modality::of_flow(public), Modality::OnlyIf);
    assert_eq!(
        names(p, &public.fields.refs("only_if")),
        ["follow_law", "rep_consent"]
    );
    let labels: Vec<&str> = public
        .fields
        .refs("only_if")
        .into_iter()
        .map(|c| zh(p.item(c).unwrap(), "label"))
        .collect();
    assert_eq!(labels, ["遵循国家法律法规规定", "获得用户代表的同意"]);
    let promise = item(p, Kind::Promise, "no_public_disclosure");
    assert_eq!(
        names(p, &promise.fields.refs("except")),
        ["follow_law", "rep_consent"]
    );
    assert!(!promise.fields.has("except_bases"));

    // 四、（四）: a.–i. are cases that need no consent, not further cases of disclosure beside
    // 四、（三）1.'s two: the `exceptions` of the one public disclosure, never a flow of their own
    // that the page rendered as 「我们可能向社会公众公开披露您的个人信息」 with no case at all.
    assert!(p
        .of_kind(Kind::Flow)
        .all(|f| f.name() != "disclosure_without_consent"));
    let disclosure = item(p, Kind::Flow, "public_disclosure");
    assert_eq!(names(p, &disclosure.fields.refs("to")), ["the_public"]);
    assert_eq!(Modality::of_flow(disclosure), Modality::OnlyIf);
    assert_eq!(
        names(p, &disclosure.fields.refs("exceptions")),
        ["provision_exceptions"]
    );
    // g. and h. in the original's words: no 「在合理的范围内」, no examples.
    let cases = p.clauses(&disclosure.fields, "exceptions");
    let labels: Vec<&str> = cases
        .iter()
        .filter_map(|id| p.item(*id))
        .filter_map(|c| c.fields.text("label").and_then(|t| t.zh.as_deref()))
        .collect();
    assert!(labels.contains(&"依照相关法律规定处理您自行公开或者其他已经合法公开的个人信息"));
    assert!(labels.contains(&"从合法公开披露的信息中收集个人信息的"));
    // 「用户代表的个人信息」: all of it, no category list.
    assert!(disclosure.fields.has("disclose"));
    assert!(disclosure.fields.refs("disclose").is_empty());

    let merger = item(p, Kind::Flow, "transfer_on_merger");
    // “用户代表的个人信息有可能因此而被转移”
    assert_eq!(Modality::of_flow(merger), Modality::May);
    // 「合并、收购、资产转让」: the original's three events, as its own condition.
    assert!(!merger.fields.has("trigger"));
    assert_eq!(names(p, &merger.fields.refs("when")), ["corporate_change"]);
    assert!(!merger.fields.has("transfer"));
    let commitments = names(p, &merger.fields.refs("commitments"));
    // 「我们将要求继受方重新征得用户代表的授权同意」: what we require, not the stdlib's promise of
    // what the successor will do.
    assert!(!commitments.contains(&"std::pipl::merger_reconsent".to_string()));
    assert!(commitments.contains(&"successor_reconsent".to_string()));
    assert!(
        !commitments.contains(&"std::pipl::merger_notify_recipient".to_string()),
        "the original never promises to name the successor"
    );

    let penalty = item(p, Kind::Flow, "penalty_disclosure");
    assert_eq!(
        names(p, &penalty.fields.refs("disclose")),
        ["violating_account_info"]
    );
    assert_eq!(names(p, &penalty.fields.refs("to")), ["the_public"]);
    assert!(!penalty.fields.has("basis"));
    // 四、（三）2. states the disclosure only: no purpose of collection or use.
    assert!(!penalty.fields.has("for"));
    // 「对违规帐号、欺诈行为进行处罚公告时」: the disclosure's own case, said with it.
    assert_eq!(
        names(p, &penalty.fields.refs("when")),
        ["penalty_announcement"]
    );
    assert!(p
        .of_kind(Kind::Purpose)
        .all(|i| i.name() != "penalty_announcements"));
    let promise = item(p, Kind::Promise, "no_public_disclosure");
    assert_eq!(
        parent(p, promise),
        "std::promises::no_public_disclosure_except"
    );
}

#[test]
fn storage_retention_and_security() {
    let analysis = analyze();
    let p = &analysis.policy;
    let storage = item(p, Kind::Storage, "in_china");
    assert_eq!(storage.fields.strs("region"), ["CN"]);
    // 「将在境内运营过程中收集和产生的用户代表的个人信息存储于中华人民共和国境内」: all of the
    // representatives' information, so no category list that would leave some out.
    assert!(!storage.fields.has("data"));
    // 「目前，我们不会将上述信息传输至境外，如果我们向境外传输……并会遵循相关国家规定或者征求用户代表的同意」:
    // not now, and either of two conditions if it starts; never a promise never to transfer.
    assert!(p
        .of_kind(Kind::Promise)
        .all(|promise| parent(p, promise) != "std::promises::no_cross_border"));
    let abroad = item(p, Kind::Flow, "transfer_abroad");
    assert_eq!(Modality::of_flow(abroad), Modality::CurrentlyNot);
    assert_eq!(
        names(p, &abroad.fields.refs("only_if")),
        ["national_rules", "rep_consent"]
    );
    let retention = single(p, Kind::Retention);
    assert_eq!(retention.fields.bool("as_long_as_necessary"), Some(true));
    assert_eq!(
        retention.fields.option("on_expiry"),
        Some("delete_or_anonymize")
    );
    assert!(!retention.fields.has("period"));
    // The exceptions the sentence announces are never listed.
    assert!(zh(retention, "description").ends_with("但以下情况除外："));
    assert!(zh(retention, "on_cessation").contains("逐一送达或公告"));

    let security = single(p, Kind::Security);
    assert_eq!(
        security.fields.options("incident_notice"),
        // 「难以逐一告知时，我们会……发布公告」: a fallback, left to the description.
        ["push", "email", "letter", "sms"]
    );
    assert_eq!(
        names(p, &security.fields.refs("incident_contents")),
        [
            "incident_basics",
            "incident_measures",
            "incident_advice",
            "incident_remedies"
        ]
    );
    assert_eq!(security.fields.bool("incident_plan"), Some(true));
    assert_eq!(security.fields.bool("report_to_authorities"), Some(true));
    let measures = names(p, &security.fields.refs("measures"));
    assert!(measures.contains(&"std::security::encryption".to_string()));
    assert!(measures.contains(&"std::security::anonymization".to_string()));
    // 「专门的安全部门」 is the original's own measure, not a personal-information team.
    assert!(!measures.contains(&"std::security::dedicated_team".to_string()));
    assert!(!measures.contains(&"std::security::access_control".to_string()));
    assert!(!security.fields.has("certifications"));
}

#[test]
fn rights_one_mailbox_no_time_limit() {
    let analysis = analyze();
    let p = &analysis.policy;
    let rights: Vec<(String, String)> = p
        .of_kind(Kind::Right)
        .map(|r| (r.name().to_string(), parent(p, r)))
        .collect();
    assert_eq!(
        rights,
        [
            ("access".to_string(), "std::pipl::access".to_string()),
            ("copy".to_string(), "std::pipl::copy".to_string()),
            ("correct".to_string(), "std::pipl::correct".to_string()),
            ("delete".to_string(), "std::pipl::delete".to_string()),
            (
                "withdraw".to_string(),
                "std::pipl::withdraw_consent".to_string()
            ),
            (
                "close_account".to_string(),
                "std::pipl::close_account".to_string()
            ),
            ("complain".to_string(), "std::pipl::complain".to_string()),
            ("privacy_settings".to_string(), String::new()),
        ]
    );
    let access = item(p, Kind::Right, "access");
    let Some(Value::Ref(mailbox)) = access.fields.values("via").next().map(|v| &v.value) else {
        panic!("access has no contact")
    };
    assert_eq!(
        p.item(*mailbox).unwrap().fields.strs("email"),
        ["yuntu@bytedance.com"]
    );
    assert_eq!(
        zh(access, "verification"),
        "我们在验证用户代表的真实身份后将尽快配合处理"
    );
    // “尽快”: no right has a time limit, and copying and closing the account have no channel.
    assert!(p.of_kind(Kind::Right).all(|r| !r.fields.has("within")));
    assert!(!item(p, Kind::Right, "copy").fields.has("via"));
    assert!(!item(p, Kind::Right, "close_account").fields.has("via"));
}

#[test]
fn cookies_minors_and_changes() {
    let analysis = analyze();
    let p = &analysis.policy;
    let cookies: Vec<(&str, Option<&str>)> = p
        .of_kind(Kind::Cookie)
        .map(|c| (c.name(), c.fields.option("kind")))
        .collect();
    // The original describes each cookie by its use and classifies none.
    assert_eq!(
        cookies,
        [
            ("security_cookies", None),
            ("convenience_cookies", None),
            ("recommendation_cookies", None),
            ("share_page_cookies", None)
        ]
    );
    let promise = item(p, Kind::Promise, "cookies_only_as_stated");
    assert_eq!(parent(p, promise), "std::promises::cookies_only_for");
    assert!(zh(single(p, Kind::Cookies), "refuse").contains("清除浏览器缓存数据"));
    assert_eq!(
        item(p, Kind::Purpose, "recommendations")
            .fields
            .options("tags"),
        ["personalization", "analytics"]
    );

    let minors = single(p, Kind::Minors);
    assert_eq!(minors.fields.bool("directed"), Some(false));
    assert!(
        !minors.fields.has("threshold"),
        "the original states no age"
    );
    assert!(zh(minors, "on_discovery").contains("yuntu@bytedance.com"));
    // The mailbox is for a representative who thinks a minor's information was collected, not a
    // channel for guardians.
    assert!(!minors.fields.has("guardian_contact"));

    let changes = single(p, Kind::Changes);
    assert_eq!(
        changes.fields.options("announce"),
        // The website publishes the new version; an announcement only reminds.
        ["website"]
    );
    assert_eq!(changes.fields.bool("advance_notice"), Some(true));
    assert!(!changes.fields.has("major"));
    assert_eq!(p.of_kind(Kind::Revision).count(), 0);
    assert_eq!(
        parent(p, item(p, Kind::Promise, "no_rights_reduction")),
        "std::promises::no_rights_reduction"
    );
    // “未经用户代表明确同意”: the promise's one exception.
    assert_eq!(
        names(
            p,
            &item(p, Kind::Promise, "no_rights_reduction")
                .fields
                .refs("except")
        ),
        ["rep_explicit_consent"]
    );
}
