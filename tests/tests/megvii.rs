//! The megvii example (examples/megvii, modelled from seeds/megvii.zh.txt) checks clean, and the
//! facts of the original are in the model where a reader of the original would look for them.

use pol::ir::Value;
use pol::types::schema::Kind;
use pol::Analysis;

#[path = "support/example.rs"]
mod example;
use example::{en, item, names, single, zh};

#[cfg(test)]
fn analyze() -> Analysis {
    example::analyze("megvii")
}

#[test]
fn megvii_checks_clean() {
    let analysis = analyze();
    let diags = example::unsilenced(&analysis);
    assert_eq!(diags, Vec::<String>::new());
    let modules = example::author_modules(&analysis);
    assert_eq!(modules, ["clauses", "policy", "website"]);
}

/// The original's deficiencies (examples/megvii/FINDINGS.md) are found, and silenced only by
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
        // 四 names no data for its recipients: the flows name no category, so no edge reaches
        // the recipients.
        ("CORE-DECL-002", "acquirer"),
        ("CORE-DECL-002", "authorities"),
        ("CORE-DECL-002", "partners"),
        ("PIPL-ADM-001", "online_experience"),
        // No basis stated: no contract and no consent in the original's words.
        ("PIPL-BASIS-001", "after_sales"),
        // The two functions whose consent covers part of their data: the part with no basis.
        ("PIPL-BASIS-001", "business_inquiry"),
        ("PIPL-BASIS-001", "legal_disclosure"),
        ("PIPL-BASIS-001", "marketing_feedback"),
        ("PIPL-BASIS-001", "online_experience"),
        ("PIPL-BASIS-001", "recruitment"),
        ("PIPL-BASIS-001", "recruitment_account"),
        ("PIPL-BASIS-001", "share_with_partners"),
        ("PIPL-BASIS-001", "support_account"),
        ("PIPL-CONSENT-002", "business_inquiry_details"),
        ("PIPL-CONSENT-002", "recruitment_social_login"),
        ("PIPL-MINOR-001", ""),
        ("PIPL-MKT-001", "marketing_feedback"),
        // 「您在我们网站上的申请经历」: no source stated.
        ("PIPL-NOTICE-001", "recruitment"),
        ("PIPL-NOTICE-002", "cookie_data"),
        ("PIPL-NOTICE-002", "social_login"),
        // The retention rule: "as long as necessary" (error) and no `on_expiry` (warning).
        ("PIPL-RET-001", ""),
        ("PIPL-RET-001", ""),
        ("PIPL-RET-001", "after_sales"),
        ("PIPL-RET-001", "business_inquiry"),
        ("PIPL-RET-001", "business_inquiry_details"),
        ("PIPL-RET-001", "marketing_feedback"),
        ("PIPL-RET-001", "online_experience"),
        ("PIPL-RET-001", "recruitment"),
        ("PIPL-RET-001", "recruitment_account"),
        ("PIPL-RET-001", "recruitment_social_login"),
        ("PIPL-RET-001", "support_account"),
        ("PIPL-RIGHTS-001", "megvii"),
        ("PIPL-RIGHTS-002", "delete"),
        // No response time and a non-standard refusal ground: two findings on each right.
        ("PIPL-RIGHTS-003", "access"),
        ("PIPL-RIGHTS-003", "access"),
        ("PIPL-RIGHTS-003", "close_account"),
        ("PIPL-RIGHTS-003", "close_account"),
        ("PIPL-RIGHTS-003", "correct"),
        ("PIPL-RIGHTS-003", "correct"),
        ("PIPL-RIGHTS-003", "delete"),
        ("PIPL-RIGHTS-003", "delete"),
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
        "the policy does not offer the statutory rights `copy`, `supplement`, `restrict_refuse`, `explain`, `withdraw_consent` and `complain`"
    );
    for s in &analysis.suppressed {
        let justification = &p.suppressions[s.suppression].justification;
        assert!(justification.starts_with("原文"), "{justification}");
        assert!(
            justification.contains(s.diagnostic.code.as_str()),
            "{justification}"
        );
    }
}

#[test]
fn header_and_controller() {
    let analysis = analyze();
    let p = &analysis.policy;
    let header = p.header().unwrap();
    assert_eq!(header.name(), "megvii");
    assert_eq!(zh(header, "title"), "旷视个人信息与隐私保护政策");
    // Only 「最近更新时间」: no effective date, no products, no audience beyond 「客户和用户」.
    assert!(!header.fields.has("effective"));
    assert!(!header.fields.has("products"));
    assert!(!header.fields.has("audience"));
    assert_eq!(
        header.fields.date("updated").unwrap().to_string(),
        "2021-05-07"
    );
    assert_eq!(p.languages, ["zh", "en"]);
    assert_eq!(p.profiles, ["pipl"]);
    let controller = header.fields.record("controller").unwrap();
    let name = controller.text("name").unwrap();
    // 「北京旷视科技有限公司及其关联公司（以下简称“我们”或“旷视”）」.
    assert_eq!(name.zh.as_deref(), Some("北京旷视科技有限公司及其关联公司"));
    assert_eq!(
        name.en.as_deref(),
        Some("Beijing Megvii Technology Co., Ltd. and its affiliates")
    );
    assert_eq!(
        controller.text("short_name").unwrap().zh.as_deref(),
        Some("旷视")
    );
    assert_eq!(
        controller.text("address").unwrap().zh.as_deref(),
        Some("北京市海淀区科学院南路2号融科资讯中心A座3层")
    );
    assert_eq!(controller.strs("phone"), ["+86-400-6700-866"]);
    assert_eq!(controller.strs("email"), ["business@megvii.com"]);
    assert!(controller
        .text("description")
        .unwrap()
        .zh
        .as_deref()
        .unwrap()
        .starts_with("旷视成立于2011年"));
}

#[test]
fn categories_say_what_is_required() {
    let analysis = analyze();
    let p = &analysis.policy;
    assert_eq!(p.of_kind(Kind::Category).count(), 18);
    let phone = item(p, Kind::Category, "inquiry_phone");
    assert_eq!(zh(phone, "label"), "联系电话");
    assert_eq!(phone.fields.bool("required"), Some(true));
    assert_eq!(
        phone.parent.map(|id| p.qualified_name(id)).as_deref(),
        Some("std::gbt35273::basic_profile")
    );
    assert_eq!(
        item(p, Kind::Category, "inquiry_email")
            .fields
            .bool("required"),
        Some(true)
    );
    for optional in [
        "inquiry_name",
        "inquiry_question",
        "company_name",
        "inquiry_location",
        "inquiry_other",
    ] {
        assert_eq!(
            item(p, Kind::Category, optional).fields.bool("required"),
            Some(false),
            "{optional}"
        );
    }
    let username = item(p, Kind::Category, "support_username");
    assert_eq!(zh(username, "label"), "用户名");
    assert_eq!(
        zh(username, "refusal"),
        "如您拒绝提供本段前述信息以注册账号，您将可能无法正常提交工单或获得售后支持"
    );
    let social = item(p, Kind::Category, "social_login");
    assert_eq!(zh(social, "label"), "QQ 或微博登录授权");
    assert_eq!(social.fields.option("source"), Some("third_party"));
    // QQ and Weibo are a login the original offers, not recipients (三、2.).
    assert!(!social.fields.has("obtained_from"));
    assert!(p
        .of_kind(Kind::Recipient)
        .all(|r| !zh(r, "label").contains("QQ")));
    let resume = item(p, Kind::Category, "resume");
    assert_eq!(resume.fields.texts("examples").len(), 7);
    assert_eq!(
        resume.parent.map(|id| p.qualified_name(id)).as_deref(),
        Some("std::gbt35273::education_work")
    );
}

#[test]
fn purposes_bases_and_marketing_opt_out() {
    let analysis = analyze();
    let p = &analysis.policy;
    let inquiry = item(p, Kind::Purpose, "business_inquiry");
    assert_eq!(zh(inquiry, "label"), "商务合作与咨询");
    // Consent where the original speaks of it (「如您自愿提供时」, 「经您同意后」), and only for the
    // data it covers: the optional inquiry fields and the QQ or Weibo login. The phone number,
    // the e-mail address and the applicant's mobile number have no basis in the original, so
    // each function is two purposes and the required part has none.
    assert_eq!(
        names(p, &inquiry.fields.refs("uses")),
        ["inquiry_phone", "inquiry_email"]
    );
    let details = item(p, Kind::Purpose, "business_inquiry_details");
    assert_eq!(
        names(p, &details.fields.refs("uses")),
        [
            "inquiry_name",
            "inquiry_question",
            "company_name",
            "inquiry_location",
            "inquiry_other"
        ]
    );
    let login = item(p, Kind::Purpose, "recruitment_social_login");
    assert_eq!(names(p, &login.fields.refs("uses")), ["social_login"]);
    for consent in [details, login] {
        assert_eq!(
            names(p, &consent.fields.refs("basis")),
            ["std::pipl::consent"]
        );
    }
    assert_eq!(
        names(
            p,
            &item(p, Kind::Purpose, "recruitment_account")
                .fields
                .refs("uses")
        ),
        ["applicant_phone"]
    );
    for unstated in [
        "business_inquiry",
        "recruitment_account",
        "after_sales",
        "support_account",
        "recruitment",
        "marketing_feedback",
        "online_experience",
    ] {
        assert!(
            !item(p, Kind::Purpose, unstated).fields.has("basis"),
            "{unstated}"
        );
    }
    let marketing = item(p, Kind::Purpose, "marketing_feedback");
    assert_eq!(marketing.fields.bool("required"), Some(false));
    assert_eq!(marketing.fields.options("tags"), ["marketing"]);
    let opt_out: Vec<&str> = marketing
        .fields
        .values("opt_out")
        .filter_map(|v| match &v.value {
            Value::Text(t) => t.zh.as_deref(),
            _ => None,
        })
        .collect();
    assert_eq!(
        opt_out,
        ["如您或您所在的机构不希望了解相关产品和服务的信息或提供反馈，您可随时在联络过程中拒绝"]
    );
    let cookies = item(p, Kind::Purpose, "online_experience");
    // Cookies are managed "在您浏览器的选项/偏好内" (三、3.): the original says nothing of how
    // consent is asked, and never infers it from use.
    assert!(!cookies.fields.has("consent"));
}

#[test]
fn disclosure_flows() {
    let analysis = analyze();
    let p = &analysis.policy;
    // 四 names no data for any recipient: no flow names a category.
    for name in [
        "share_with_partners",
        "transfer_on_sale",
        "legal_disclosure",
    ] {
        let flow = item(p, Kind::Flow, name);
        for kind in ["share", "transfer", "disclose", "entrust"] {
            assert!(!flow.fields.has(kind), "{name} {kind}");
        }
    }
    // 「我们仅会出于……目的共享和披露」: a possibility, not a routine practice.
    let share = item(p, Kind::Flow, "share_with_partners");
    assert_eq!(share.fields.bool("may"), Some(true));
    assert!(!share.fields.has("conditions"));
    let partners = item(p, Kind::Recipient, "partners");
    // 「我们的合作伙伴（含客户、供应商等）」: no legal status given.
    assert_eq!(partners.parent, None);
    assert_eq!(zh(partners, "label"), "我们的合作伙伴（含客户、供应商等）");

    // 「在涉及出售、转让或合并部分业务或资产时，我们也可能与第三方分享个人信息」.
    let sale = item(p, Kind::Flow, "transfer_on_sale");
    assert_eq!(sale.fields.bool("may"), Some(true));
    assert_eq!(names(p, &sale.fields.refs("when")), ["business_sale"]);
    assert_eq!(sale.fields.options("trigger"), ["asset_sale", "merger"]);
    assert_eq!(names(p, &sale.fields.refs("to")), ["acquirer"]);
    // 「要求……购买方继续按照本政策所述的相同标准处理、保护您的个人信息」: Megvii's own words only;
    // a requirement on the buyer, not the statement that it continues our obligations.
    assert_eq!(
        names(p, &sale.fields.refs("commitments")),
        ["buyer_same_standards"]
    );
    let acquirer = item(p, Kind::Recipient, "acquirer");
    assert_eq!(
        acquirer.parent.map(|id| p.qualified_name(id)).as_deref(),
        Some("std::pipl::acquirer")
    );

    // 「我们还可能依照法律法规、法庭要求和/或响应执法机构要求等合法、必要的情况下披露」: may, and
    // only in that one open case, worded as the original words it.
    let legal = item(p, Kind::Flow, "legal_disclosure");
    assert_eq!(legal.fields.bool("may"), Some(true));
    let only_if = legal.fields.refs("only_if");
    assert_eq!(names(p, &only_if), ["lawful_and_necessary"]);
    let condition = p.item(only_if[0]).unwrap();
    assert!(zh(condition, "label").contains("等合法、必要的情况"));
    assert_eq!(
        condition.parent.map(|id| p.qualified_name(id)).as_deref(),
        Some("std::conditions::law_requires")
    );
    // No basis stated: a lawful, necessary request is not necessarily a statutory duty.
    assert!(!legal.fields.has("basis"));
    let authorities = item(p, Kind::Recipient, "authorities");
    assert_eq!(
        authorities.parent.map(|id| p.qualified_name(id)).as_deref(),
        Some("std::pipl::authority")
    );
}

#[test]
fn storage_in_china_with_the_assessment_exception() {
    let analysis = analyze();
    let p = &analysis.policy;
    let storage = item(p, Kind::Storage, "in_china");
    assert_eq!(storage.fields.strs("region"), ["CN"]);
    // 「原则上，……均将统一存储在中国境内」: the hedge stays.
    assert_eq!(storage.fields.option("hedge"), Some("in_principle"));
    let exceptions = storage.fields.refs("exceptions");
    assert_eq!(names(p, &exceptions), ["transfer_when_necessary"]);
    let clause = p.item(exceptions[0]).unwrap();
    assert!(zh(clause, "label").contains("个人信息出境安全评估要求"));
    let promise = item(p, Kind::Promise, "stored_in_china");
    assert_eq!(
        promise.parent.map(|id| p.qualified_name(id)).as_deref(),
        Some("std::promises::storage_only")
    );
    assert_eq!(promise.fields.strs("region"), ["CN"]);
    assert_eq!(promise.fields.option("hedge"), Some("in_principle"));

    // 「仅在实现处理目的所必要的时间期限内留存……，除非依据强制性法律法规或监管要求不得删除」.
    let retention = single(p, Kind::Retention);
    assert_eq!(retention.fields.bool("as_long_as_necessary"), Some(true));
    assert_eq!(
        names(p, &retention.fields.refs("kept_beyond")),
        ["deletion_prohibited"]
    );
    assert!(!retention.fields.has("until"));
    assert!(!retention.fields.has("on_expiry"));
}

#[test]
fn rights_channels_fee_and_refusal_grounds() {
    let analysis = analyze();
    let p = &analysis.policy;
    let rights: Vec<(String, String)> = p
        .of_kind(Kind::Right)
        .map(|r| {
            (
                r.name().to_string(),
                r.parent.map(|id| p.qualified_name(id)).unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        rights,
        [
            ("access".to_string(), "std::pipl::access".to_string()),
            ("correct".to_string(), "std::pipl::correct".to_string()),
            ("delete".to_string(), "std::pipl::delete".to_string()),
            (
                "close_account".to_string(),
                "std::pipl::close_account".to_string()
            )
        ]
    );
    let access = item(p, Kind::Right, "access");
    assert_eq!(
        access.fields.option("fee"),
        Some("free_for_reasonable_requests")
    );
    assert_eq!(
        zh(access, "verification"),
        "出于安全考虑，在处理您的请求前，我们可能需要先行验证您的身份"
    );
    // The account-centre path is a text channel; the mailbox is a contact.
    let via: Vec<&Value> = access.fields.values("via").map(|v| &v.value).collect();
    // The customer route of 七's opening (「我们建议您向……直接提出请求」) is said once, in the
    // rights part, not under every right.
    assert_eq!(via.len(), 3);
    let intro = item(p, Kind::Section, "rights_intro");
    assert_eq!(intro.fields.option("part"), Some("rights"));
    let intro_zh = intro.fields.texts("body")[0]
        .zh
        .as_deref()
        .unwrap_or_default();
    // 「依法享有的各项……等」: the original's list of rights is open.
    assert!(intro_zh
        .contains("我们高度尊重您依法享有的各项个人信息相关权利，含访问权、更正权、删除权等"));
    assert!(intro_zh.contains("我们建议您向具体业务场景下的个人信息控制者"));
    match via[0] {
        Value::Text(t) => assert!(t
            .zh
            .as_deref()
            .unwrap()
            .contains("“个人中心-我的消息/我的提问/我的发表/我的关注/我的资料”")),
        other => panic!("expected text, found {other:?}"),
    }
    let Value::Ref(mailbox) = via[2] else {
        panic!("expected the contact, found {:?}", via[2])
    };
    let mailbox = p.item(*mailbox).unwrap();
    assert_eq!(mailbox.name(), "privacy_requests");
    assert_eq!(mailbox.fields.strs("email"), ["business@megvii.com"]);
    assert_eq!(mailbox.fields.texts("requests").len(), 2);
    // The eight GB/T 8.7 grounds the original lists, in its words where they differ, plus its own
    // clause on excessive requests.
    assert_eq!(
        names(p, &access.fields.refs("refusal_grounds")),
        ["original_refusal_grounds", "excessive_requests"]
    );
    let grounds = p.clauses(&access.fields, "refusal_grounds");
    assert_eq!(grounds.len(), 9);
    assert_eq!(
        zh(p.item(grounds[0]).unwrap(), "label"),
        "与履行法律法规规定的义务相关的"
    );
    assert_eq!(
        zh(p.item(grounds[4]).unwrap(), "label"),
        "有充分证据表明您可能存在主观恶意或滥用权利的"
    );
    assert_eq!(zh(p.item(grounds[7]).unwrap(), "label"), "涉及商业秘密的");
    assert_eq!(
        item(p, Kind::Right, "close_account")
            .fields
            .refs("via")
            .len(),
        1
    );
}

#[test]
fn children_security_cookies() {
    let analysis = analyze();
    let p = &analysis.policy;
    let minors = single(p, Kind::Minors);
    assert_eq!(minors.fields.int("threshold"), Some(14));
    // 「主要面向企业客户」 does not say the products are not for minors, and 「确保已取得儿童监护人的
    // 事先同意授权」 is the customer's or user's duty, not a promise of ours.
    assert!(!minors.fields.has("directed"));
    assert!(!minors.fields.has("guardian_consent"));
    assert!(!p
        .header()
        .unwrap()
        .fields
        .options("audience")
        .contains(&"not_directed_at_minors"));
    assert!(zh(minors, "description").ends_with("为免歧义，我们将不满14周岁的任何人均视为儿童。"));

    let security = single(p, Kind::Security);
    assert_eq!(
        names(p, &security.fields.refs("certifications")),
        [
            "std::security::iso27001",
            "std::security::iso27701",
            "std::security::mlps_filing"
        ]
    );
    let measures = names(p, &security.fields.refs("measures"));
    assert!(measures.contains(&"std::security::encryption".to_string()));
    assert!(measures.contains(&"std::security::access_control".to_string()));
    assert_eq!(security.fields.bool("incident_plan"), Some(true));
    assert_eq!(security.fields.bool("report_to_authorities"), Some(true));
    assert!(
        !security.fields.has("incident_notice"),
        "the original promises no individual notice"
    );

    let cookies = single(p, Kind::Cookies);
    assert_eq!(
        cookies.fields.options("technology"),
        ["cookie", "pixel_tag", "web_beacon"]
    );
    // 「旷视所有的网站都会尊重您的选择」: Do Not Track for Megvii's websites, said by the
    // description; the option would make it a promise of all of Megvii.
    assert!(!cookies.fields.has("do_not_track"));
    // 「管理 Cookie 以及 Cookie 偏好必须在您浏览器的选项/偏好内完成」: the browser is the only way,
    // said as the original says it, not as one way to manage cookies.
    assert!(!cookies.fields.has("refuse"));
    assert!(zh(cookies, "description")
        .contains("管理 Cookie 以及 Cookie 偏好必须在您浏览器的选项/偏好内完成"));
}

#[test]
fn changes_promise_and_history() {
    let analysis = analyze();
    let p = &analysis.policy;
    let changes = single(p, Kind::Changes);
    assert_eq!(
        names(p, &changes.fields.refs("major")),
        ["std::gbt35273::major_changes"]
    );
    assert_eq!(p.clauses(&changes.fields, "major").len(), 6);
    // 「包括对于某些服务，我们会通过电子邮件等方式发送通知」: e-mail for some services only.
    assert!(!changes.fields.has("major_notice"));
    let promise = item(p, Kind::Promise, "no_rights_reduction");
    assert_eq!(
        promise.parent.map(|id| p.qualified_name(id)).as_deref(),
        Some("std::promises::no_rights_reduction")
    );
    assert_eq!(
        zh(promise, "label"),
        "未经您明确同意，我们不会削减您按照本政策所应享有的权利"
    );

    let history: Vec<(String, usize)> = p
        .of_kind(Kind::Revision)
        .map(|r| {
            (
                r.fields.date("date").unwrap().to_string(),
                r.fields.texts("changes").len(),
            )
        })
        .collect();
    assert_eq!(
        history,
        [
            ("2021-05-07".to_string(), 2),
            ("2020-12-24".to_string(), 3),
            ("2020-07-30".to_string(), 3)
        ]
    );
    let latest = item(p, Kind::Revision, "v2021_05_07");
    assert_eq!(
        latest.fields.texts("changes")[0].zh.as_deref(),
        // The original's 「第三部分“我们如何处理个人信息”」 is a cross-reference to the page's own
        // collection section, so the page never cites the original's numbering.
        Some("补充了[[collection]]中的售后与支持相关内容")
    );
}

#[test]
fn principles_are_sections_with_english_translations() {
    let analysis = analyze();
    let p = &analysis.policy;
    let principles: Vec<(&str, &str)> = p
        .of_kind(Kind::Section)
        .filter(|s| s.name().starts_with("principle_"))
        .map(|s| (zh(s, "title"), en(s, "title")))
        .collect();
    assert_eq!(
        principles,
        [
            ("合法正当", "Lawfulness and legitimacy"),
            ("安全可控", "Security and control"),
            ("透明必要", "Transparency and necessity"),
            ("问责与纠偏", "Accountability and correction"),
            (
                "用人工智能造福大众",
                "Artificial intelligence for the benefit of all"
            ),
            (
                "产品设计的“默认合规”",
                "“Compliance by default” in product design"
            )
        ]
    );
    let secure = item(p, Kind::Section, "principle_secure");
    assert_eq!(secure.fields.texts("body").len(), 3);
}
