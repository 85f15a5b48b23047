//! `polc diff` as a library: pairs of versions made by hand-edits of examples/megvii, one kind
//! of change each, classified as the rules catalogue (legal-rules.md §3c) maps them; the megvii
//! version history (tests/fixtures/diff/megvii-2020-12-24 is the version before 2021-05-07);
//! the bilingual change log; the history entry; and the PIPL-CHANGE-002 page's examples.

use std::path::{Path, PathBuf};

use pol::diff::{self, changelog, rule, Change, Consent, Diff, Impact, Major, Op};
use pol::types::schema::Kind;
use pol::{Analysis, Workspace};

fn megvii() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/megvii")
}

/// A copy of examples/megvii with `edits` (file, text, replacement) applied; each text must
/// occur in the file, so an edit that silently misses fails the test.
fn edited(edits: &[(&str, &str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in ["pol.toml", "policy.pol", "website.pol", "clauses.pol"] {
        let mut text = std::fs::read_to_string(megvii().join(name)).unwrap();
        for (file, from, to) in edits {
            if *file == name {
                assert!(text.contains(from), "{name} has no {from:?}");
                text = text.replace(from, to);
            }
        }
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn analyze(path: &Path) -> Analysis {
    let analysis = Workspace::open(path).unwrap().analyze();
    let front_end: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| !d.code.is_rule() && d.is_error())
        .collect();
    assert!(front_end.is_empty(), "{front_end:#?}");
    analysis
}

/// The diff from examples/megvii to megvii with `edits`.
fn diff_after(edits: &[(&str, &str, &str)]) -> Diff {
    let new = edited(edits);
    diff::diff(&analyze(&megvii()).policy, &analyze(new.path()).policy)
}

fn change<'d>(diff: &'d Diff, kind: Kind, name: &str) -> &'d Change {
    diff.changes
        .iter()
        .find(|c| c.kind == kind && c.name == name)
        .unwrap_or_else(|| {
            panic!(
                "no change to {} `{name}` in {:#?}",
                kind.keyword(),
                diff.changes
            )
        })
}

#[test]
fn identical_versions_have_no_change() {
    let d = diff_after(&[]);
    assert!(d.changes.is_empty(), "{:#?}", d.changes);
    assert_eq!(d.impact(), Impact::None);
    assert!(changelog::entry(&d).is_empty());
}

#[test]
fn a_wording_change_is_minor() {
    let d = diff_after(&[(
        "policy.pol",
        "zh: \"我们的合作伙伴（含客户、供应商等）\"",
        "zh: \"我们的合作伙伴（包括客户、供应商等）\"",
    )]);
    let c = change(&d, Kind::Recipient, "partners");
    assert_eq!(c.op, Op::Changed);
    assert_eq!(c.fields.len(), 1);
    assert_eq!(c.fields[0].key, "label");
    assert_eq!(c.impact, Impact::Minor);
    assert_eq!(c.grounds[0].article, "PIPL Art. 17 ¶2");
    assert_eq!(d.impact(), Impact::Minor);
}

#[test]
fn a_new_category_for_a_consent_based_purpose_needs_fresh_consent() {
    let d = diff_after(&[
        (
            "website.pol",
            "purpose business_inquiry {",
            "category inquiry_wechat: gb::basic_profile {\n  label { zh: \"微信号\", en: \"WeChat ID\" }\n  source subject\n}\n\npurpose business_inquiry {",
        ),
        (
            "website.pol",
            "  uses inquiry_name, inquiry_question, company_name, inquiry_location, inquiry_other\n  basis pipl::consent",
            "  uses inquiry_name, inquiry_question, company_name, inquiry_location, inquiry_other, inquiry_wechat\n  basis pipl::consent",
        ),
    ]);
    let category = change(&d, Kind::Category, "inquiry_wechat");
    assert_eq!(category.op, Op::Added);
    assert_eq!(category.impact, Impact::Consent);
    assert!(category.consents().contains(&Consent::CategoriesAdded));
    assert!(category.majors().contains(&Major::ServiceModel));
    let purpose = change(&d, Kind::Purpose, "business_inquiry_details");
    assert_eq!(purpose.fields[0].key, "uses");
    assert!(purpose.consents().contains(&Consent::CategoriesAdded));
    assert_eq!(purpose.grounds[0].article, "PIPL Art. 14 ¶2");
}

#[test]
fn a_new_sensitive_category_needs_separate_consent() {
    let d = diff_after(&[(
        "website.pol",
        "purpose business_inquiry {",
        "category visitor_face: gb::sensitive_biometric {\n  label { zh: \"访客人脸图像\", en: \"visitors' facial images\" }\n  source subject\n}\n\npurpose business_inquiry {",
    )]);
    let c = change(&d, Kind::Category, "visitor_face");
    assert_eq!(c.impact, Impact::Consent);
    assert_eq!(
        c.consents().into_iter().collect::<Vec<_>>(),
        [Consent::Sensitive]
    );
    assert_eq!(
        c.majors().into_iter().collect::<Vec<_>>(),
        [Major::Sensitive]
    );
    assert_eq!(c.grounds[0].article, "PIPL Art. 29");
}

#[test]
fn a_new_purpose_is_major_and_needs_consent_when_it_rests_on_consent() {
    let contract = diff_after(&[(
        "website.pol",
        "purpose business_inquiry {",
        "purpose site_statistics {\n  label { zh: \"网站访问统计\", en: \"website statistics\" }\n  uses cookie_data\n  basis pipl::contract\n}\n\npurpose business_inquiry {",
    )]);
    let c = change(&contract, Kind::Purpose, "site_statistics");
    assert_eq!((c.op.clone(), c.impact), (Op::Added, Impact::Major));
    assert!(c.majors().contains(&Major::ServiceModel));
    assert!(c.consents().is_empty());

    let consent = diff_after(&[(
        "website.pol",
        "purpose business_inquiry {",
        "purpose site_statistics {\n  label { zh: \"网站访问统计\", en: \"website statistics\" }\n  uses cookie_data\n  basis pipl::consent\n}\n\npurpose business_inquiry {",
    )]);
    let c = change(&consent, Kind::Purpose, "site_statistics");
    assert_eq!(c.impact, Impact::Consent);
    assert_eq!(
        c.consents().into_iter().collect::<Vec<_>>(),
        [Consent::PurposeChanged]
    );
}

#[test]
fn a_changed_basis_is_a_major_change_of_the_service_model() {
    let d = diff_after(&[(
        "website.pol",
        "  uses social_login\n  basis pipl::consent",
        "  uses social_login\n  basis pipl::contract",
    )]);
    let c = change(&d, Kind::Purpose, "recruitment_social_login");
    assert_eq!(
        c.fields.iter().map(|f| f.key.as_str()).collect::<Vec<_>>(),
        ["basis"]
    );
    assert_eq!(c.impact, Impact::Major);
    assert_eq!(
        c.majors().into_iter().collect::<Vec<_>>(),
        [Major::ServiceModel]
    );
}

#[test]
fn a_new_kind_of_recipient_is_a_major_change_of_recipients() {
    let d = diff_after(&[(
        "policy.pol",
        "recipient acquirer: pipl::acquirer {",
        "recipient cloud: pipl::entrusted_party {\n  label { zh: \"云服务提供商\", en: \"our cloud service provider\" }\n  region CN\n}\n\nflow hosting {\n  entrust inquiry_phone, inquiry_email\n  to cloud\n}\n\nrecipient acquirer: pipl::acquirer {",
    )]);
    let r = change(&d, Kind::Recipient, "cloud");
    assert_eq!(r.impact, Impact::Major);
    assert_eq!(
        r.majors().into_iter().collect::<Vec<_>>(),
        [Major::Recipients]
    );
    // Entrusting a processor needs no consent (PIPL Art. 21): the flow itself is minor.
    assert_eq!(change(&d, Kind::Flow, "hosting").impact, Impact::Minor);
}

#[test]
fn a_new_overseas_provision_needs_separate_consent_for_the_transfer() {
    let d = diff_after(&[(
        "policy.pol",
        "recipient acquirer: pipl::acquirer {",
        "recipient us_partner: pipl::other_handler {\n  label { zh: \"美国合作伙伴\", en: \"our partner in the United States\" }\n  region US\n}\n\nflow share_overseas {\n  share inquiry_phone, inquiry_email\n  to us_partner\n}\n\nrecipient acquirer: pipl::acquirer {",
    )]);
    let flow = change(&d, Kind::Flow, "share_overseas");
    assert_eq!(flow.impact, Impact::Consent);
    let consents = flow.consents();
    assert!(consents.contains(&Consent::CrossBorder), "{consents:?}");
    assert!(consents.contains(&Consent::Provision), "{consents:?}");
    assert!(flow.majors().contains(&Major::CrossBorder));
    assert!(flow.grounds.iter().any(|g| g.article == "PIPL Art. 39"));
    let recipient = change(&d, Kind::Recipient, "us_partner");
    assert!(recipient.consents().contains(&Consent::CrossBorder));
}

#[test]
fn a_longer_retention_is_major_and_a_shorter_one_minor() {
    let with_period = |p: &str| {
        edited(&[(
            "policy.pol",
            "  as_long_as_necessary\n",
            &format!("  period {p}\n"),
        )])
    };
    let (one, three) = (with_period("1 years"), with_period("3 years"));
    let (one, three) = (analyze(one.path()), analyze(three.path()));
    let longer = diff::diff(&one.policy, &three.policy);
    assert_eq!(longer.changes.len(), 1, "{:#?}", longer.changes);
    let c = &longer.changes[0];
    assert_eq!((c.kind, c.impact), (Kind::Retention, Impact::Major));
    assert_eq!(
        c.majors().into_iter().collect::<Vec<_>>(),
        [Major::ServiceModel]
    );
    let entry = changelog::entry(&longer);
    assert_eq!(entry.zh, ["变更了保存期限规则的保存期限（由1年改为3年）。"]);
    assert_eq!(
        entry.en,
        ["Changed the retention period of the retention rule (from 1 year to 3 years)."]
    );

    let shorter = diff::diff(&three.policy, &one.policy);
    assert_eq!(shorter.impact(), Impact::Minor);
}

#[test]
fn a_removed_channel_of_a_right_and_a_changed_contact_are_major() {
    let d = diff_after(&[(
        "policy.pol",
        "right delete: pipl::delete {\n  allow PIPL-RIGHTS-002",
        "right delete: pipl::delete {\n  allow PIPL-RIGHTS-002",
    )]);
    assert!(d.changes.is_empty());

    // The recruitment system's self-service route of access (「在“个人中心-……”中随时查看」)
    // removed: the only route whose text is the access right's own.
    let d = diff_after(&[(
        "policy.pol",
        "    {\n      zh: \"应聘岗位：登录旷视招聘系统，在“个人中心-我的申请/我的简历/已收藏的职位/账户设置”中随时查看\"\n      en: \"job applications: log in to the Megvii recruitment system and view your information at any time under “Personal Centre – My Applications / My Résumé / Saved Positions / Account Settings”\"\n    },\n",
        "",
    )]);
    let c = change(&d, Kind::Right, "access");
    assert_eq!(c.impact, Impact::Major);
    assert_eq!(c.majors().into_iter().collect::<Vec<_>>(), [Major::Rights]);
    assert_eq!(c.label.zh(), "查阅个人信息");

    let d = diff_after(&[(
        "policy.pol",
        "  label { zh: \"个人信息权利请求\", en: \"personal information rights requests\" }\n  email business@megvii.com",
        "  label { zh: \"个人信息权利请求\", en: \"personal information rights requests\" }\n  email privacy@megvii.com",
    )]);
    let c = change(&d, Kind::Contact, "privacy_requests");
    assert_eq!(c.impact, Impact::Major);
    assert_eq!(c.majors().into_iter().collect::<Vec<_>>(), [Major::Contact]);
    assert_eq!(c.fields[0].added[0].display(false), "privacy@megvii.com");
}

#[test]
fn a_withdrawn_promise_is_major() {
    let d = diff_after(&[(
        "policy.pol",
        "promise no_rights_reduction: promises::no_rights_reduction {\n  label {\n    zh: \"未经您明确同意，我们不会削减您按照本政策所应享有的权利\"\n    en: \"we will not reduce your rights under this Policy without your explicit consent\"\n  }\n}\n",
        "",
    )]);
    let c = change(&d, Kind::Promise, "no_rights_reduction");
    assert_eq!(c.op, Op::Removed);
    assert_eq!(c.impact, Impact::Major);
    assert!(c.majors().contains(&Major::Rights));
    let entry = changelog::entry(&d);
    assert_eq!(
        entry.zh,
        ["删除了承诺“未经您明确同意，我们不会削减您按照本政策所应享有的权利”。"]
    );
}

#[test]
fn a_rename_that_keeps_the_meaning_is_not_a_change() {
    // Every use renamed too, across files: the category is the same item under a new name.
    let new = edited(&[("website.pol", "inquiry_phone", "inquiry_mobile")]);
    let d = diff::diff(&analyze(&megvii()).policy, &analyze(new.path()).policy);
    assert_eq!(d.changes.len(), 1, "{:#?}", d.changes);
    let c = &d.changes[0];
    assert_eq!(
        c.op,
        Op::Renamed {
            from: "inquiry_phone".into()
        }
    );
    assert_eq!(c.name, "inquiry_mobile");
    assert_eq!(c.impact, Impact::None);
    assert_eq!(d.impact(), Impact::None);
    assert!(changelog::entry(&d).is_empty());
}

#[test]
fn the_megvii_version_of_2021_05_07_is_a_major_change() {
    let old_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/diff/megvii-2020-12-24");
    let (old, new) = (analyze(&old_dir), analyze(&megvii()));
    assert!(!old.has_errors() && !new.has_errors());
    let d = diff::diff(&old.policy, &new.policy);
    // The new purposes state no basis (the original names none), so no consent is due by law
    // that the diff could name: the version is major.
    assert_eq!(d.impact(), Impact::Major);
    // "补充了第三部分“我们如何处理个人信息”中的售后与支持相关内容": two new purposes, six categories.
    let added: Vec<&str> = d
        .changes
        .iter()
        .filter(|c| c.op == Op::Added)
        .map(|c| c.name.as_str())
        .collect();
    for name in [
        "after_sales",
        "support_account",
        "support_email",
        "support_username",
    ] {
        assert!(added.contains(&name), "{name} not added: {added:?}");
    }
    assert_eq!(
        change(&d, Kind::Purpose, "after_sales").impact,
        Impact::Major
    );
    // "更新了第七部分“您的个人信息权利”": a new self-service channel is a minor change.
    assert_eq!(change(&d, Kind::Right, "access").impact, Impact::Minor);
    // Part 4 is the same in both versions and names no data for its recipients, so adding the
    // support categories changes no flow.
    assert!(
        d.changes.iter().all(|c| c.kind != Kind::Flow),
        "{:#?}",
        d.changes
    );

    let entry = changelog::entry(&d);
    assert_eq!(entry.zh.len(), entry.en.len());
    assert!(entry
        .zh
        .contains(&"新增处理目的“售后与支持”、“注册售后支持服务账号”。".to_string()));
    assert!(entry.en.contains(
        &"Added the purposes “after-sales and support” and “registering an after-sales support account”."
            .to_string()
    ));
    // megvii records the version; it gives major changes "更为显著的通知" with e-mail only
    // "对于某些服务", so it names no channel for them. No change needs a consent (the new
    // purposes state no basis, part 4 is unchanged), so nothing is reported on asking again.
    let diags = rule::check(&d, &old.policy, &new.policy, &new.db);
    let messages: Vec<String> = diags.iter().map(|d| d.message.en()).collect();
    assert_eq!(
        messages,
        ["this version makes a major change but the policy does not say how major changes are announced"],
        "{messages:#?}"
    );
}

#[test]
fn the_history_entry_is_inserted_newest_first_and_checks_clean() {
    let old_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/diff/megvii-2020-12-24");
    // The new version without its own revision: the entry has to be written.
    let new_dir = edited(&[
        (
            "policy.pol",
            "revision v2021_05_07 {",
            "revision v2021_05_07_draft {",
        ),
        ("policy.pol", "  date 2021-05-07\n", "  date 2021-05-06\n"),
    ]);
    let (old, new) = (analyze(&old_dir), analyze(new_dir.path()));
    let d = diff::diff(&old.policy, &new.policy);
    let entry = changelog::entry(&d);
    let edit = changelog::history_edit(&new.policy, &new.db, &entry).unwrap();
    let file = new.db.get(edit.span.file).unwrap();
    assert_eq!(file.name.rsplit('/').next(), Some("policy.pol"));
    let text = &*file.text;
    let at = edit.span.start as usize;
    let updated = format!("{}{}{}", &text[..at], edit.new_text, &text[at..]);
    assert!(updated
        .contains("revision v2021_05_07 {\n  date 2021-05-07\n  changes {\n      zh: \"新增"));
    // Newest first: the new entry comes before the existing ones.
    assert!(updated.find("revision v2021_05_07 {") < updated.find("revision v2021_05_07_draft {"));
    std::fs::write(new_dir.path().join("policy.pol"), &updated).unwrap();
    let after = Workspace::open(new_dir.path()).unwrap().analyze();
    let errors: Vec<_> = after.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let revision = after
        .policy
        .of_kind(Kind::Revision)
        .find(|r| r.name() == "v2021_05_07")
        .unwrap();
    assert_eq!(revision.fields.texts("changes").len(), entry.zh.len());
    assert_eq!(
        revision.fields.texts("changes")[0].zh.as_deref(),
        Some(entry.zh[0].as_str())
    );
    // A second entry for the same date is refused rather than duplicated.
    assert_eq!(
        changelog::history_edit(&after.policy, &after.db, &entry),
        Err(changelog::HistoryError::Exists("2021-05-07".into()))
    );
}

/// The page of PIPL-CHANGE-002 shows real behaviour: its wrong pair raises (a), (b) and (c),
/// its right version none.
#[test]
fn the_pipl_change_002_examples_behave_as_documented() {
    let page = pol::diag::codes::explain(rule::INFO.code).unwrap();
    let blocks: Vec<&str> = page
        .split("```pol\n")
        .skip(1)
        .map(|b| b.split("\n```").next().unwrap())
        .collect();
    assert_eq!(blocks.len(), 3);
    let load = |text: &str| Workspace::from_text("policy.pol", text).analyze();
    let (old, wrong, right) = (load(blocks[0]), load(blocks[1]), load(blocks[2]));
    // Short examples: other rules may have findings, but the front end must accept them.
    for a in [&old, &wrong, &right] {
        let front_end: Vec<_> = a
            .diagnostics
            .iter()
            .filter(|d| !d.code.is_rule() && d.is_error())
            .collect();
        assert!(front_end.is_empty(), "{front_end:#?}");
    }
    let d = diff::diff(&old.policy, &wrong.policy);
    assert_eq!(d.impact(), Impact::Consent);
    let diags = rule::check(&d, &old.policy, &wrong.policy, &wrong.db);
    assert_eq!(diags.len(), 3, "{diags:#?}");
    assert!(
        diags[0].fixes.len() == 1,
        "(a) offers the history entry as a fix"
    );
    let d = diff::diff(&old.policy, &right.policy);
    assert_eq!(d.impact(), Impact::Consent);
    let diags = rule::check(&d, &old.policy, &right.policy, &right.db);
    assert!(diags.is_empty(), "{diags:#?}");
}

/// An author's own wording of a stdlib clause (`clause x: pipl::reconsent_provision`) in
/// `changes { major ... }` counts as that clause: megvii's 2021 version, which PIPL-CHANGE-002
/// faults for promising no fresh or separate consent, is no longer faulted for it once its list
/// says so in its own words.
#[test]
fn the_policys_own_wording_of_a_major_change_clause_counts_as_that_clause() {
    let old_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/diff/megvii-2020-12-24");
    let old = analyze(&old_dir);
    let own_words = [
        ("our_purpose", "reconsent_purpose_changed", "处理目的变更的，我们会重新征得您的同意", "where the purpose changes, we will ask for your consent again"),
        ("our_categories", "reconsent_categories_added", "新增收集个人信息种类的，我们会重新征得您的同意", "where we collect new kinds of personal information, we will ask for your consent again"),
        ("our_provision", "reconsent_provision", "向其他个人信息处理者提供您的个人信息前，我们会征得您的单独同意", "before we provide your personal information to another handler, we will ask for your separate consent"),
    ];
    let mut clauses = String::new();
    for (name, parent, zh, en) in own_words {
        clauses.push_str(&format!(
            "clause {name}: pipl::{parent} {{\n  label {{ zh: \"{zh}\", en: \"{en}\" }}\n}}\n\n"
        ));
    }
    clauses.push_str("storage in_china {");
    let new = edited(&[
        (
            "policy.pol",
            "  major gb::major_changes\n",
            "  major gb::major_changes, our_purpose, our_categories, our_provision\n",
        ),
        ("policy.pol", "storage in_china {", &clauses),
    ]);
    let new = analyze(new.path());
    let d = diff::diff(&old.policy, &new.policy);
    for id in [
        "reconsent_purpose_changed",
        "reconsent_categories_added",
        "reconsent_provision",
    ] {
        assert!(
            d.own_major_list.iter().any(|m| m == id),
            "{:?}",
            d.own_major_list
        );
    }
    // Only the channel of major changes (which megvii does not name) is still reported: no
    // change is left needing a consent the policy does not promise.
    let diags = rule::check(&d, &old.policy, &new.policy, &new.db);
    let messages: Vec<String> = diags.iter().map(|d| d.message.en()).collect();
    assert_eq!(
        messages,
        ["this version makes a major change but the policy does not say how major changes are announced"],
        "{messages:#?}"
    );
}
