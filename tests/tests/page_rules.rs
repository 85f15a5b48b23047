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
