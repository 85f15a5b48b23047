//! The page rules (docs/templates.md, "What a page says"), each held on real built output:
//! each fact once, only what the author stated, the company's voice, tables instead of
//! repeated entries, and pages only in the policy's languages.

#[path = "support/example.rs"]
mod example;

use pol::backends::{self, output::Output, site, site::Templates};
use pol::{Analysis, Workspace};

/// A policy with what the rules are about: an inherited and a stated sensitivity, bases of two
/// laws, a recipient in Iceland and Belgium, and two cookies whose names differ only in case.
const POLICY: &str = r#"use std::pipl
use std::gdpr
use std::gbt35273 as gb

policy acme {
  controller { name { zh: "示例公司", en: "Example Inc." } }
  effective 2024-06-01
  languages LANGS
}

category id_card: gb::sensitive_identity {
  label { zh: "身份证号码", en: "identity card number" }
}

category health: gb::basic_profile {
  label { zh: "健康备注", en: "health notes" }
  sensitive
}

category email: gb::basic_profile {
  label { zh: "电子邮箱", en: "email address" }
}

purpose newsletter {
  label { zh: "新闻简报", en: "the newsletter" }
  uses email, id_card, health
  basis pipl::consent, gdpr::consent
}

recipient mailer: pipl::entrusted_party {
  label { zh: "我们的邮件服务商", en: "our mailing provider" }
  region IS, BE
}

cookie small_u {
  label { zh: "u", en: "u" }
  for newsletter
}

cookie big_u {
  label { zh: "U", en: "U" }
  for newsletter
}
"#;

/// The site files of the policy above, declared in `langs`. The policy breaks rules (it has
/// no rights, no contact), so `polc build` would refuse it; the site renderer builds its pages
/// from the model all the same, which is what these tests read.
fn build(langs: &str) -> (String, Output) {
    render(&POLICY.replace("LANGS", langs))
}

fn render(src: &str) -> (String, Output) {
    let a = Workspace::from_text("policy.pol", src).analyze();
    let m = backends::manifest::build(&a);
    let mut out = Output::default();
    let lists = site::lists::Lists::new(&a.policy);
    for (path, bytes) in site::render(&m, &Templates::default(), &lists).unwrap() {
        out.files.insert(format!("{}/{path}", m.id), bytes);
    }
    for (path, bytes) in
        site::render_shared(std::slice::from_ref(&m), &Templates::default()).unwrap()
    {
        out.files.insert(path, bytes);
    }
    (m.id, out)
}

fn build_analysis(a: &Analysis) -> (String, Output) {
    let out = backends::build(std::slice::from_ref(a), &Templates::default()).unwrap();
    (backends::manifest::build(a).id, out)
}

fn file(out: &Output, path: &str) -> String {
    String::from_utf8(
        out.files
            .get(path)
            .unwrap_or_else(|| panic!("no {path}"))
            .clone(),
    )
    .unwrap()
}

/// Every example's Markdown page in both languages: (name, lang, text).
fn example_pages() -> Vec<(String, &'static str, String)> {
    let mut pages = Vec::new();
    for dir in example::dirs() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let a = Workspace::open(&dir).unwrap().analyze();
        let (id, out) = build_analysis(&a);
        for lang in ["zh", "en"] {
            pages.push((
                name.clone(),
                lang,
                file(&out, &format!("{id}/{lang}/policy.md")),
            ));
        }
    }
    pages
}

#[test]
fn an_english_only_policy_builds_no_chinese_page() {
    let (id, out) = build("en");
    assert!(out.files.contains_key(&format!("{id}/en/policy.md")));
    assert!(out.files.contains_key(&format!("{id}/en/index.html")));
    assert!(!out.files.contains_key(&format!("{id}/zh/policy.md")));
    assert!(!out.files.contains_key(&format!("{id}/zh/index.html")));
    // The index lists what exists, and the page offers no switch to a page that is not there.
    let index = file(&out, "index.html");
    assert!(index.contains(&format!("{id}/en/index.html")), "{index}");
    assert!(!index.contains(&format!("{id}/zh/index.html")), "{index}");
    let html = file(&out, &format!("{id}/en/index.html"));
    assert!(
        !html.contains("../zh/index.html"),
        "a switch to a missing page"
    );
    // And a Chinese-only policy the other way round.
    let (id, out) = build("zh");
    assert!(out.files.contains_key(&format!("{id}/zh/policy.md")));
    assert!(!out.files.contains_key(&format!("{id}/en/policy.md")));
}

#[test]
fn an_inherited_sensitivity_is_not_printed() {
    let (id, out) = build("zh, en");
    for (lang, mark) in [("zh", "敏感个人信息"), ("en", "sensitive")] {
        let page = file(&out, &format!("{id}/{lang}/policy.md"));
        let row = |label: &str| {
            page.lines()
                .find(|l| l.starts_with(&format!("| {label}")))
                .unwrap_or_else(|| panic!("{lang}: no row for {label}:\n{page}"))
                .to_string()
        };
        let (health, id_card) = match lang {
            "zh" => (row("健康备注"), row("身份证号码")),
            _ => (row("Health notes"), row("Identity card number")),
        };
        // Stated on the category: printed. Inherited from gb::sensitive_identity: silent.
        assert!(health.contains(mark), "{lang}: {health}");
        assert!(!id_card.contains(mark), "{lang}: {id_card}");
    }
}

#[test]
fn bases_of_two_laws_are_grouped_by_law_never_joined_with_or() {
    let (id, out) = build("zh, en");
    let zh = file(&out, &format!("{id}/zh/policy.md"));
    let en = file(&out, &format!("{id}/en/policy.md"));
    assert!(
        zh.contains("处理依据：根据《个人信息保护法》，取得您的同意；根据《通用数据保护条例》（GDPR），您已同意"),
        "{zh}"
    );
    assert!(
        en.contains(
            "Legal basis: under the PIPL, your consent; under the GDPR, you have consented"
        ),
        "{en}"
    );
    assert!(!zh.contains("数据主体") && !en.contains("data subject"));
}

#[test]
fn cookie_names_keep_their_case() {
    let (id, out) = build("zh, en");
    for lang in ["zh", "en"] {
        let page = file(&out, &format!("{id}/{lang}/policy.md"));
        assert!(page.contains("\n| u |"), "{lang}: `u` re-cased:\n{page}");
        assert!(page.contains("\n| U |"), "{lang}: no `U`:\n{page}");
        let html = file(&out, &format!("{id}/{lang}/index.html"));
        assert!(
            html.contains(">u</td>") && html.contains(">U</td>"),
            "{lang}"
        );
    }
}

#[test]
fn country_codes_are_country_names() {
    let (id, out) = build("zh, en");
    let zh = file(&out, &format!("{id}/zh/policy.md"));
    let en = file(&out, &format!("{id}/en/policy.md"));
    assert!(zh.contains("冰岛及比利时"), "{zh}");
    assert!(en.contains("Iceland and Belgium"), "{en}");
}

#[test]
fn tables_are_html_tables_with_labelled_cells() {
    let (id, out) = build("zh, en");
    let html = file(&out, &format!("{id}/en/index.html"));
    assert!(html.contains("<table>") && html.contains("<th scope=\"col\">Name</th>"));
    // Each cell carries its column's name, which the phone layout shows before it.
    assert!(html.contains("<td data-label=\"Name\">u</td>"), "{html}");
    let css = file(&out, "assets/style.css");
    assert!(css.contains("td::before { content: attr(data-label)"));
}

#[test]
fn a_markdown_table_cell_escapes_the_pipe() {
    let src = POLICY.replace("LANGS", "en").replace(
        r#"label { zh: "u", en: "u" }"#,
        r#"label { zh: "a|b", en: "a|b" }"#,
    );
    let (id, out) = render(&src);
    let page = file(&out, &format!("{id}/en/policy.md"));
    assert!(page.contains("| a\\|b |"), "{page}");
}

/// The reply time the rights share is said once on the page, not under every right.
#[test]
fn a_reply_time_shared_by_the_rights_is_said_once() {
    let rights = r#"
right access: pipl::access {
  within 30 days
}

right copies: pipl::copy {
  within 30 days
}

right correction: pipl::correct {
  within 30 days
}
"#;
    let src = format!("{}{rights}", POLICY.replace("LANGS", "zh, en"));
    let (id, out) = render(&src);
    let zh = file(&out, &format!("{id}/zh/policy.md"));
    assert_eq!(zh.matches("30天内答复您的请求").count(), 1, "{zh}");
    let en = file(&out, &format!("{id}/en/policy.md"));
    assert_eq!(
        en.matches("reply to your request within 30 days").count(),
        1,
        "{en}"
    );
}

#[test]
fn no_page_has_a_list_of_one() {
    for (name, lang, page) in example_pages() {
        let lines: Vec<&str> = page.lines().collect();
        for (i, l) in lines.iter().enumerate() {
            let item = |j: usize| lines.get(j).is_some_and(|l| l.starts_with("- "));
            if l.starts_with("- ") && !item(i.wrapping_sub(1)) && !item(i + 1) {
                // The table of contents' single entry would be a page of one section.
                panic!("{name}.{lang}: a list of one at line {}: {l}", i + 1);
            }
        }
    }
}

#[test]
fn no_page_speaks_in_the_statutes_third_person() {
    for (name, lang, page) in example_pages() {
        for word in [
            "个人信息控制者有充分证据",
            "个人信息主体的请求",
            "维护个人信息主体",
            "the controller's performance",
            "个人信息处理者：",
            "Personal information handler:",
        ] {
            assert!(!page.contains(word), "{name}.{lang} says {word:?}");
        }
    }
}

#[test]
fn the_markdown_points_at_no_diagram() {
    for (name, lang, page) in example_pages() {
        for word in ["下图", "diagram below"] {
            assert!(!page.contains(word), "{name}.{lang} says {word:?}");
        }
    }
}

#[test]
fn a_transfer_abroad_is_said_once() {
    for (name, lang, page) in example_pages() {
        let abroad = pick(
            lang,
            "（接收方位于境外）",
            "(the recipient is located outside mainland China)",
        );
        let sentences: Vec<&str> = page.lines().filter(|l| l.contains(abroad)).collect();
        let mut seen = std::collections::HashSet::new();
        for s in &sentences {
            assert!(seen.insert(*s), "{name}.{lang} says twice: {s}");
        }
    }
}

fn pick<'a>(lang: &str, zh: &'a str, en: &'a str) -> &'a str {
    if lang == "zh" {
        zh
    } else {
        en
    }
}

/// Consecutive subsections for the same audience say it once, naming the run.
#[test]
fn an_audience_tag_is_said_once_for_a_run_of_subsections() {
    let a = example::analyze("oceanengine-yuntu");
    let (id, out) = build_analysis(&a);
    let zh = file(&out, &format!("{id}/zh/policy.md"));
    let en = file(&out, &format!("{id}/en/policy.md"));
    // The author's five sections for the representatives, one tag.
    let run = &zh[zh.find("<a id=\"section-pi_statement\">").unwrap()
        ..zh.find("<a id=\"section-platform_user_statement\">")
            .unwrap()];
    assert_eq!(run.matches("仅适用于").count(), 1, "{run}");
    assert!(
        run.contains("第二至第六部分仅适用于企业客户的代表。"),
        "{run}"
    );
    assert!(en.contains("Sections 2 to 6 apply only to"), "{en}");
}

/// A policy whose flow, security and retention each carry the author's paragraph, with
/// sections that nest (`parent`), stand in a part of the page (`part`) and refer to a part of
/// the page by name (`[[contact]]`).
const AUTHORED: &str = r#"use std::pipl
use std::security as sec

policy acme {
  controller { name { zh: "示例公司", en: "Example Inc." } }
  effective 2024-06-01
  languages zh, en
}

category phone {
  label { zh: "手机号码", en: "mobile phone number" }
}

purpose signup {
  label { zh: "注册账号", en: "signing up" }
  uses phone
  basis pipl::contract
}

recipient partners {
  label { zh: "我们的合作伙伴", en: "our partners" }
}

flow share_with_partners {
  share phone
  to partners
  for signup
  basis pipl::consent
  may
  description {
    zh: "我们仅会在获得您的单独同意后与我们的合作伙伴共享您的手机号码。"
    en: "We share your mobile phone number with our partners only with your separate consent."
  }
}

security {
  measures sec::encryption, sec::access_control
  description { zh: "我们使用加密技术和访问控制保护您的信息。", en: "We protect your information with encryption and access control." }
}

retention {
  as_long_as_necessary
  description { zh: "我们仅在最短必要期限内保留您的信息。", en: "We keep your information only for the shortest time necessary." }
}

section principles {
  title { zh: "我们的原则", en: "Our principles" }
  body { zh: "我们恪守以下原则：", en: "We adhere to these principles:" }
}

section lawful {
  parent principles
  title { zh: "合法正当", en: "Lawfulness" }
  body { zh: "我们依法处理个人信息。如有疑问，请见[[contact]]。", en: "We process personal information lawfully. Questions: see [[contact]]." }
}

section rights_note {
  part rights
  title { zh: "关于权利的说明", en: "About your rights" }
  body { zh: "我们尊重您的各项权利，详见[[nowhere]]。", en: "We respect your rights; see [[nowhere]]." }
}
"#;

/// Each fact once: an author's paragraph for a flow, the security measures or the retention
/// period replaces the generated sentences for the same fact (and the library's list of
/// measures), while the flow's structured data stays one row of the sharing list.
#[test]
fn an_authors_paragraph_replaces_the_generated_sentence() {
    let (id, out) = render(AUTHORED);
    let zh = file(&out, &format!("{id}/zh/policy.md"));
    assert!(
        zh.contains("我们仅会在获得您的单独同意后与我们的合作伙伴共享您的手机号码。"),
        "{zh}"
    );
    assert!(!zh.contains("我们可能向我们的合作伙伴提供"), "{zh}");
    assert!(
        zh.contains("我们使用加密技术和访问控制保护您的信息。"),
        "{zh}"
    );
    assert!(!zh.contains("我们采取以下安全措施"), "{zh}");
    assert!(zh.contains("我们仅在最短必要期限内保留您的信息。"), "{zh}");
    assert!(!zh.contains("合理期限"), "{zh}");
    assert!(!zh.contains("我们在实现目的所必需的期限内保存"), "{zh}");
    let en = file(&out, &format!("{id}/en/policy.md"));
    assert!(!en.contains("as long as necessary"), "{en}");
    assert!(!en.contains("with the following security measures"), "{en}");
    // The flow's modality and data stay in its row of the sharing list: list_pages.rs,
    // `the_sharing_list_keeps_each_flows_modality`.
}

/// Structure: no catch-all section; a section with a `parent` is its subsection, one with a
/// `part` a subsection of that part of the page.
#[test]
fn sections_nest_where_the_model_puts_them() {
    let (id, out) = render(AUTHORED);
    let zh = file(&out, &format!("{id}/zh/policy.md"));
    assert!(!zh.contains("总体说明"), "{zh}");
    let principles = zh.find("、我们的原则").unwrap();
    let lawful = zh.find("### （一）合法正当").unwrap();
    assert!(principles < lawful, "{zh}");
    let rights = zh.find("、您的权利").unwrap();
    let note = zh.find("### （一）关于权利的说明").unwrap();
    assert!(rights < note, "{zh}");
    let en = file(&out, &format!("{id}/en/policy.md"));
    assert!(!en.contains("General statements"), "{en}");
    for (_, lang, page) in example_pages() {
        assert!(
            !page.contains(pick(lang, "总体说明", "General statements")),
            "{page}"
        );
    }
}

/// Cross-references: `[[contact]]` in the author's text is the page's own number and title of
/// that part, as a link in both formats and both languages; an unknown name stays as written.
#[test]
fn cross_references_name_the_pages_own_number_with_a_link() {
    let (id, out) = render(AUTHORED);
    let zh = file(&out, &format!("{id}/zh/policy.md"));
    let heading = zh
        .lines()
        .find(|l| l.starts_with("## ") && l.ends_with("如何联系我们"))
        .unwrap();
    let number = heading
        .trim_start_matches("## ")
        .split('、')
        .next()
        .unwrap();
    let link = format!("[第{number}部分“如何联系我们”](#contact)");
    assert!(zh.contains(&link), "{link} in {zh}");
    assert!(zh.contains("nowhere") && !zh.contains("(#nowhere)"), "{zh}");
    let en = file(&out, &format!("{id}/en/policy.md"));
    assert!(en.contains("(“How to contact us”)](#contact)"), "{en}");
    let html = file(&out, &format!("{id}/zh/index.html"));
    assert!(
        html.contains("<a href=\"#contact\">第") && html.contains("部分“如何联系我们”</a>"),
        "{html}"
    );
}

/// A purpose says what an SDK collects itself (`collected_by recipient`) as collected by it,
/// never by us.
#[test]
fn what_an_sdk_collects_is_not_said_to_be_collected_by_us() {
    let a = example::analyze("coolapk");
    let (id, out) = build_analysis(&a);
    let zh = file(&out, &format!("{id}/zh/policy.md"));
    assert!(zh.contains("您的设备标识信息由腾讯Bugly直接收集"), "{zh}");
    assert!(!zh.contains("为向您的设备发出推送通知，我们会收集"), "{zh}");
    let en = file(&out, &format!("{id}/en/policy.md"));
    assert!(
        en.contains("Tencent Bugly collects your device identifiers directly"),
        "{en}"
    );
}

/// A policy for the rules on what the renderer may add to the model: refusal grounds with and
/// without `refusal_may`, an acceptance in the author's words, a recipient's agreement and
/// own purposes, a recipient-collected flow described without its subject, and a sensitive
/// category. `PROFILE` is `pipl` or `gdpr`.
const WORDS: &str = r#"use std::pipl
use std::gdpr
use std::gbt35273 as gb

policy acme {
  controller { name { zh: "示例公司", en: "Example Inc." }; email privacy@acme.example }
  effective 2024-06-01
  profile PROFILE
  use_means_acceptance
  ACCEPTANCE
}

category email: gb::basic_profile {
  label { zh: "电子邮箱", en: "email address" }
}

category health: gb::basic_profile {
  label { zh: "健康备注", en: "health notes" }
  sensitive
}

purpose newsletter {
  label { zh: "新闻简报", en: "the newsletter" }
  uses email, health
  basis pipl::consent, gdpr::consent
}

clause nda {
  label { zh: "我们要求供应商签署保密协议", en: "we require vendors to sign a confidentiality agreement" }
}

recipient mailer {
  label { zh: "邮件服务商", en: "our mailing provider" }
  contract nda
}

recipient ad_partner {
  label { zh: "广告合作伙伴", en: "our advertising partner" }
  own_purposes
}

recipient sdk {
  label { zh: "统计SDK", en: "the analytics SDK" }
}

flow to_mailer {
  entrust email
  to mailer
  for newsletter
}

flow to_ads {
  share email
  to ad_partner
  for newsletter
  may
}

flow sdk_collects {
  share email
  to sdk
  for newsletter
  collected_by recipient
  description { zh: "收集设备型号以改善性能。", en: "Collects the device model to improve performance." }
}

clause repeated {
  label { zh: "多次重复的请求", en: "repeated requests" }
}

right see: pipl::access {
  via privacy@acme.example
  refusal_grounds repeated
  REFUSAL
}

right fix: pipl::correction {
  via privacy@acme.example
  within 15 days
}
"#;

fn words_pages(profile: &str, acceptance: &str, refusal: &str) -> (String, String) {
    let src = WORDS
        .replace("PROFILE", profile)
        .replace("ACCEPTANCE", acceptance)
        .replace("REFUSAL", refusal);
    let (id, out) = render(&src);
    (
        file(&out, &format!("{id}/zh/policy.md")),
        file(&out, &format!("{id}/en/policy.md")),
    )
}

#[test]
fn refusal_grounds_carry_the_models_modality() {
    let (zh, en) = words_pages("pipl", "", "");
    assert!(
        zh.contains("在以下情形中，我们将无法响应您的请求："),
        "{zh}"
    );
    assert!(
        en.contains("We will not be able to respond to your request in the following cases:"),
        "{en}"
    );
    let (zh, en) = words_pages("pipl", "", "refusal_may");
    assert!(
        zh.contains("在以下情形中，我们可能不予响应您的请求："),
        "{zh}"
    );
    assert!(!zh.contains("将无法响应"), "{zh}");
    assert!(
        en.contains("We may decline your request in the following cases:"),
        "{en}"
    );
    assert!(!en.contains("will not be able to respond"), "{en}");
}

#[test]
fn acceptance_says_what_the_model_says_it_covers() {
    // The flag alone: deemed acceptance of the policy, never consent (同意).
    let (zh, en) = words_pages("pipl", "", "");
    assert!(
        zh.contains("您开始使用我们的服务，即视为您接受本政策。"),
        "{zh}"
    );
    assert!(!zh.contains("即视为您同意本政策"), "{zh}");
    assert!(
        en.contains("Once you start using our services, you are deemed to accept this Policy."),
        "{en}"
    );
    // The author's words for what it covers replace the generic sentence.
    let (zh, en) = words_pages(
        "pipl",
        r#"acceptance { zh: "一旦您使用我们的服务，即表示您同意我们按照本政策处理您的相关信息", en: "Once you use our services, you agree to our processing your information under this Policy" }"#,
        "",
    );
    assert!(
        zh.contains("一旦您使用我们的服务，即表示您同意我们按照本政策处理您的相关信息。"),
        "{zh}"
    );
    assert!(!zh.contains("即视为您接受本政策"), "{zh}");
    assert!(
        en.contains("Once you use our services, you agree to our processing your information under this Policy."),
        "{en}"
    );
    assert!(!en.contains("deemed to accept"), "{en}");
}

#[test]
fn the_rights_lead_in_does_not_close_the_list() {
    let (zh, en) = words_pages("pipl", "", "");
    assert!(zh.contains("您可以就您的个人信息行使的权利包括："), "{zh}");
    assert!(!zh.contains("行使以下权利"), "{zh}");
    assert!(
        en.contains("The rights you can exercise over your personal information include:"),
        "{en}"
    );
    assert!(!en.contains("the following rights"), "{en}");
}

#[test]
fn a_recipients_notes_add_no_agreement_and_no_certainty() {
    let (zh, en) = words_pages("pipl", "", "");
    // The author's clause as written, with no "our agreement with X provides that" around it.
    assert!(zh.contains("我们要求供应商签署保密协议。"), "{zh}");
    assert!(!zh.contains("约定："), "{zh}");
    assert!(
        en.contains("We require vendors to sign a confidentiality agreement."),
        "{en}"
    );
    assert!(!en.contains("Our agreement with"), "{en}");
    // Own purposes: what it may do with what it receives.
    assert!(
        zh.contains("该接收方可能将其获得的信息用于其自身的目的。"),
        "{zh}"
    );
    assert!(!zh.contains("会将您的个人信息用于其自身的目的"), "{zh}");
    assert!(
        en.contains("It may also use the information it receives for its own purposes."),
        "{en}"
    );
}

#[test]
fn a_recipients_own_collection_described_without_a_subject_names_the_recipient() {
    let (zh, en) = words_pages("pipl", "", "");
    assert!(zh.contains("统计SDK：收集设备型号以改善性能。"), "{zh}");
    assert!(!zh.contains("\n收集设备型号"), "{zh}");
    assert!(
        en.contains("The analytics SDK: Collects the device model"),
        "{en}"
    );
}

#[test]
fn consent_exceptions_lead_in_claims_no_more_than_the_cases() {
    let src = WORDS
        .replace("PROFILE", "pipl")
        .replace("ACCEPTANCE", "consent_exceptions pipl::consent_exceptions")
        .replace("REFUSAL", "");
    let (id, out) = render(&src);
    let zh = file(&out, &format!("{id}/zh/policy.md"));
    assert!(!zh.contains("收集、使用您的个人信息无需征得"), "{zh}");
    assert!(zh.contains("收集、使用所需的个人信息"), "{zh}");
}

#[test]
fn a_gdpr_policy_speaks_the_gdprs_terms_not_the_pipls() {
    let src = WORDS
        .replace("PROFILE", "gdpr")
        .replace("ACCEPTANCE", "")
        .replace("REFUSAL", "");
    let (id, mut out) = render(&src);
    let a = Workspace::from_text("policy.pol", &src).analyze();
    let m = backends::manifest::build(&a);
    for (path, bytes) in site::lists::render(&a, &m, &Templates::default()).unwrap() {
        out.files.insert(format!("{id}/{path}"), bytes);
    }
    for lang in ["zh", "en"] {
        for f in [
            "policy.md",
            "index.html",
            "collection-list.md",
            "sharing-list.md",
        ] {
            let text = file(&out, &format!("{id}/{lang}/{f}"));
            // Visible words, not anchors (`#flows-entrust` stays a stable id).
            for pipl in [
                "委托",
                "敏感",
                "entrust ",
                "entrusted",
                "Entrust",
                "(sensitive",
                "sensitive personal information",
            ] {
                assert!(!text.contains(pipl), "{lang}/{f} says {pipl}:\n{text}");
            }
        }
    }
    let zh = file(&out, &format!("{id}/zh/policy.md"));
    assert!(zh.contains("作为我们的处理者代表我们处理"), "{zh}");
    assert!(zh.contains("健康备注（特殊类别的个人数据）"), "{zh}");
    let en = file(&out, &format!("{id}/en/policy.md"));
    assert!(en.contains("as our processors to process"), "{en}");
    assert!(en.contains("(special category of personal data)"), "{en}");
    // Under the PIPL, the same policy keeps the PIPL's terms.
    let (zh, _) = words_pages("pipl", "", "");
    assert!(zh.contains("委托邮件服务商处理"), "{zh}");
    assert!(zh.contains("健康备注（敏感个人信息）"), "{zh}");
}

#[test]
fn the_diagram_caption_names_only_the_marks_the_figure_has() {
    let src = WORDS
        .replace("PROFILE", "gdpr")
        .replace("ACCEPTANCE", "")
        .replace("REFUSAL", "");
    let (id, out) = render(&src);
    let html = file(&out, &format!("{id}/zh/index.html"));
    assert!(
        html.contains("<figcaption>图：个人信息类别、处理目的与接收方之间的数据流向（标注特殊类别的个人数据）</figcaption>"),
        "{html}"
    );
    let html = file(&out, &format!("{id}/en/index.html"));
    assert!(!html.contains("recipients abroad"), "{html}");
    assert!(
        !html.contains("outside"),
        "no recipient abroad here:\n{html}"
    );
}

/// A right the model gives only to some residents is named with them wherever it is named: a
/// page that lists the GDPR's and a US state's rights together must not offer each reader the
/// other's rights.
#[test]
fn a_right_for_some_residents_says_whose_it_is() {
    let dir = example::dirs()
        .into_iter()
        .find(|d| d.ends_with("automattic"))
        .unwrap();
    let a = Workspace::open(&dir).unwrap().analyze();
    let (id, out) = build_analysis(&a);
    let zh = file(&out, &format!("{id}/zh/policy.md"));
    let en = file(&out, &format!("{id}/en/policy.md"));
    assert!(
        en.contains("Opt out of the sale or sharing of personal information (for residents of the United States)"),
        "{en}"
    );
    assert!(
        en.contains("Object to our use and processing of your personal data (for residents of the European Union)"),
        "{en}"
    );
    assert!(
        zh.contains("拒绝出售或共享个人信息（适用于美国居民）"),
        "{zh}"
    );
    assert!(
        zh.contains("反对我们使用和处理您的个人数据（适用于欧盟居民）"),
        "{zh}"
    );
    // A right without `residents` carries no scope.
    let scoped = en.matches("(for residents of").count();
    let rights: usize = a
        .policy
        .items
        .iter()
        .filter(|i| i.kind == pol::types::schema::Kind::Right && i.fields.has("residents"))
        .count();
    assert!(
        rights > 0 && scoped >= rights,
        "{scoped} scoped names for {rights} rights"
    );
}
