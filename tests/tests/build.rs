//! The build backends on every example (`examples/*/`) and on hostile input: the files
//! produced, determinism, escaping, language purity, anchors and the language switch, and the
//! manifest against its published JSON Schema. The CLI side (`--check`, `--templates`, exit
//! codes, atomic replacement) is in compiler/cli/tests/build.rs.

#[path = "support/example.rs"]
mod example;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use pol::backends::{self, output::Output, site::Templates};
use pol::{Analysis, Workspace};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn analyze(dir: &Path) -> Analysis {
    let a = Workspace::open(dir).unwrap().analyze();
    assert!(!a.has_errors(), "{} has errors", dir.display());
    a
}

fn build_one(a: Analysis) -> (String, Output) {
    let out = backends::build(std::slice::from_ref(&a), &Templates::default()).unwrap();
    let id = backends::manifest::build(&a).id;
    (id, out)
}

fn text(out: &Output, path: &str) -> String {
    String::from_utf8(
        out.files
            .get(path)
            .unwrap_or_else(|| panic!("no {path}"))
            .clone(),
    )
    .unwrap()
}

#[test]
fn every_example_builds_all_its_files() {
    for dir in example::dirs() {
        let (id, out) = build_one(analyze(&dir));
        for file in [
            "zh/index.html",
            "en/index.html",
            "zh/policy.md",
            "en/policy.md",
            "manifest.json",
        ] {
            let path = format!("{id}/{file}");
            let bytes = out
                .files
                .get(&path)
                .unwrap_or_else(|| panic!("{}: no {path}", dir.display()));
            assert!(bytes.len() > 1000, "{path} is nearly empty");
        }
        assert!(text(&out, "index.html").contains(&format!("{id}/zh/index.html")));
        assert!(out.files.contains_key("assets/style.css"));
    }
}

#[test]
fn builds_are_byte_identical() {
    for dir in example::dirs() {
        let (_, first) = build_one(analyze(&dir));
        let (_, second) = build_one(analyze(&dir));
        assert_eq!(first, second, "{}", dir.display());
    }
}

/// Every text of the model a reader must see: the labels of categories, purposes and
/// recipients, the clauses of flows, retention, rights, promises and the header, the audience
/// of each audience-tagged item. Nothing in the model may be dropped silently.
fn model_texts(m: &backends::manifest::Manifest) -> Vec<backends::manifest::Text> {
    use backends::manifest::{Ref, Text};
    // A stdlib item worded in the statute's third person is said in the company's voice.
    let said = |r: &Ref| -> Text {
        let voice = |lang| pol::backends::site::words::voice(&r.id, lang).map(str::to_string);
        match (voice(pol::diag::Lang::Zh), voice(pol::diag::Lang::En)) {
            (Some(zh), Some(en)) => Text {
                zh: Some(zh),
                en: Some(en),
            },
            _ => r.label.clone(),
        }
    };
    let refs = |rs: &[Ref]| rs.iter().map(said).collect::<Vec<Text>>();
    let mut texts: Vec<Text> = Vec::new();
    texts.extend(m.categories.iter().map(|c| c.label.clone()));
    texts.extend(m.purposes.iter().map(|p| p.label.clone()));
    texts.extend(m.sections.iter().map(|s| s.title.clone()));
    for r in &m.recipients {
        texts.push(r.label.clone());
        texts.extend(r.name.clone());
        texts.extend(r.examples.clone());
        texts.extend(refs(&r.contract));
        texts.extend(r.supervision.clone());
        texts.extend(r.description.clone());
    }
    for f in &m.flows {
        texts.extend(refs(&f.to));
        texts.extend(refs(&f.commitments));
        texts.extend(refs(&f.exceptions));
        texts.extend(f.refusal.clone());
    }
    for r in &m.retention {
        texts.extend(refs(&r.minimum));
        texts.extend(refs(&r.exceptions));
    }
    texts.extend(m.rights.iter().map(|r| match &r.kind {
        Some(k) if k.label == r.label => said(k),
        _ => r.label.clone(),
    }));
    for p in &m.promises {
        texts.push(p.label.clone());
        texts.extend(refs(&p.exceptions));
    }
    texts.extend(refs(&m.policy.disclaimers));
    texts.extend(refs(&m.policy.consent_exceptions));
    if let Some(s) = &m.security {
        texts.extend(refs(&s.incident_contents));
    }
    texts
}

/// A page may start a list entry or a sentence with a capital: `your data` is found as
/// `Your data`.
fn contains_text(page: &str, l: &str) -> bool {
    let mut chars = l.chars();
    let capital: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    page.contains(l) || page.contains(&capital)
}

/// The model's items reach the pages: every category and purpose label of the manifest, and
/// every other text of [`model_texts`], appears in both languages' HTML and Markdown
/// (sentences are composed from the model).
#[test]
fn every_category_and_purpose_appears_in_both_languages() {
    for dir in example::dirs() {
        let a = analyze(&dir);
        let m = backends::manifest::build(&a);
        let (id, out) = build_one(a);
        for (lang, get) in [("zh", 0), ("en", 1)] {
            let html = text(&out, &format!("{id}/{lang}/index.html"));
            let md = text(&out, &format!("{id}/{lang}/policy.md"));
            for label in model_texts(&m) {
                let l = if get == 0 {
                    label.zh.as_deref()
                } else {
                    label.en.as_deref()
                }
                .unwrap()
                .trim_end_matches(['.', '。', ';', '；']);
                let escaped = l
                    .replace('&', "&amp;")
                    .replace('\'', "&#x27;")
                    .replace('"', "&quot;")
                    .replace('/', "&#x2f;");
                assert!(
                    contains_text(&html, &escaped),
                    "{id} {lang} html lacks `{l}`"
                );
                assert!(
                    contains_text(&md, &pol::backends::site::markdown_escape(l)),
                    "{id} {lang} md lacks `{l}`"
                );
            }
        }
    }
}

/// What a policy says of a recipient beyond its label (PIPL Art. 23: its name and contact)
/// reaches both pages, under the same anchor: the flow sentences name it by label only.
#[test]
fn a_named_recipient_is_described_with_its_name_contact_and_agreement() {
    let (id, out) = build_starter();
    let zh = text_of(&out, &id, "zh");
    let en = text_of(&out, &id, "en");
    for (page, facts) in [
        (
            &zh,
            [
                "名称：某某通信服务有限公司。",
                "联系方式：support@sms.example.com。",
                "所在地：中华人民共和国境内。",
                "我们的监督方式：我们每年对其开展安全审计。",
                "说明：我们与短信服务提供商约定：",
            ],
        ),
        (
            &en,
            [
                "Name: Example Messaging Services Co., Ltd.",
                "Contact: support@sms.example.com.",
                "Located in: mainland China.",
                "How we supervise it: we audit its security every year.",
                "Notes: Our agreement with our SMS service provider provides that",
            ],
        ),
    ] {
        assert!(page.contains("id=\"recipients\""), "{page}");
        for fact in facts {
            assert!(page.contains(fact), "missing `{fact}`");
        }
    }
    // The agreement's clauses are said (here the stdlib's Art. 21 clauses).
    assert!(zh.contains("未经我们同意，受托方不得转委托他人处理个人信息"));
    assert!(en.contains("the entrusted party does not sub-entrust the processing to anyone else without our consent"));
}

/// The site of the starter `polc init` writes: a small policy with a named processor.
fn build_starter() -> (String, Output) {
    let text = std::fs::read_to_string(root().join("compiler/cli/starter/policy.pol")).unwrap();
    let a = Workspace::from_text("policy.pol", &text).analyze();
    assert!(!a.has_errors());
    build_one(a)
}

fn text_of(out: &Output, id: &str, lang: &str) -> String {
    text(out, &format!("{id}/{lang}/index.html"))
}

/// A policy addressing several audiences says, on each audience-tagged part, whom it concerns.
#[test]
fn audience_tagged_parts_say_whom_they_concern() {
    let mut tagged = 0;
    for dir in example::dirs() {
        let a = analyze(&dir);
        let m = backends::manifest::build(&a);
        let (id, out) = build_one(a);
        let html = text(&out, &format!("{id}/en/index.html"));
        for s in &m.sections {
            if !s.audience.is_empty() {
                tagged += 1;
                let title = s.title.en.as_deref().unwrap();
                let at = html.find(&format!("id=\"section-{}\"", s.id)).unwrap();
                let after = &html[at..];
                let next = after.find("</section>").unwrap_or(after.len());
                // Itself, or in the first subsection of a run for the same audience
                // (「（一）至（五）仅适用于……」 / "2.1 to 2.5 apply only to ...").
                assert!(
                    after[..next].contains("only to ") || html[..at].contains(" apply only to "),
                    "{id}: section `{title}` does not say whom it concerns"
                );
            }
        }
        for p in m.purposes.iter().filter(|p| !p.audience.is_empty()) {
            tagged += 1;
            let anchor = format!("id=\"purpose-{}\"", p.id);
            let at = html.find(&anchor).unwrap();
            let after = &html[at..];
            let next = after.find("</section>").unwrap_or(after.len());
            assert!(
                after[..next].contains("only to ") || html[..at].contains(" apply only to "),
                "{id}: purpose {} does not say whom it concerns",
                p.id
            );
        }
        for c in m.categories.iter().filter(|c| !c.audience.is_empty()) {
            tagged += 1;
            let label = capitalize(c.label.en.as_deref().unwrap())
                .replace('&', "&amp;")
                .replace('\'', "&#x27;");
            // A row of the categories table: the audience is in the row.
            let at = html
                .find(&format!(">{label}</td>"))
                .unwrap_or_else(|| panic!("{id}: category {} is not listed", c.id));
            let line = &html[at..at + html[at..].find("</tr>").unwrap()];
            assert!(
                line.contains("only"),
                "{id}: category {} lacks its audience",
                c.id
            );
        }
    }
    assert!(tagged > 0, "no example tags a part with an audience");
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

const HOSTILE: &str = r#"use std::pipl
use std::gbt35273 as gb

policy acme {
  controller {
    name { zh: "示例<script>alert(1)</script>公司", en: "Example \"<script>alert(1)</script>\" Inc." }
    email privacy@example.com
  }
  effective 2024-06-01
  languages zh, en
  audience not_directed_at_minors
  allow PIPL-CHANGE-001 because "an escaping fixture: only its labels matter, and a build needs a policy without errors"
  allow PIPL-RIGHTS-001 because "an escaping fixture: only its labels matter, and a build needs a policy without errors"
  allow PIPL-RET-001 because "an escaping fixture: only its labels matter, and a build needs a policy without errors"
}

minors {
  on_discovery { zh: "我们发现误收集儿童个人信息的，将立即删除。", en: "We delete it as soon as we find it." }
}

category email {
  label { zh: "邮箱<img src=x onerror=alert(1)>", en: "e-mail <b onmouseover=\"x\">'quoted'</b> [link](http://evil.example) *bold*" }
  source subject
  required
  refusal { zh: "我们将无法回复。", en: "We cannot answer." }
}

purpose support {
  label { zh: "支持</title><script>", en: "support \"</p><script>x</script>" }
  uses email
  basis pipl::contract
}
"#;

#[test]
fn author_text_is_inert_in_html_markdown_and_svg() {
    let a = Workspace::from_text("policy.pol", HOSTILE).analyze();
    assert!(!a.has_errors(), "the hostile fixture must build");
    let (id, out) = build_one(a);
    for lang in ["zh", "en"] {
        let html = text(&out, &format!("{id}/{lang}/index.html"));
        for bad in [
            "<script",
            "<img",
            "<b ",
            "onerror=alert(1)>",
            "</title><script>",
        ] {
            assert!(!html.contains(bad), "{lang} html contains `{bad}`");
        }
        assert!(
            html.contains("&lt;script&gt;"),
            "{lang}: escaped text missing"
        );
        let md = text(&out, &format!("{id}/{lang}/policy.md"));
        // Escaped markup (`\<script`) is text; unescaped markup is not allowed.
        let unescaped = md
            .replace("\\<", "")
            .replace("\\[", "")
            .replace("\\]", "")
            .replace("\\*", "");
        for bad in ["<script", "<img", "<b ", "](http://evil", "*bold*"] {
            assert!(!unescaped.contains(bad), "{lang} markdown contains `{bad}`");
        }
        assert!(
            md.contains("\\<script\\>"),
            "{lang}: escaped markdown missing"
        );
    }
    let en = text(&out, &format!("{id}/en/index.html"));
    assert!(
        en.contains("&quot;")
            && (en.contains("&#x27;quoted&#x27;") || en.contains("&#39;quoted&#39;"))
    );
}

/// Visible text of an HTML page: tags removed, entities for `<`, `>`, `&` and quotes decoded.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2f;", "/")
        .replace("&amp;", "&")
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
}

/// Latin-script words in a text, outside e-mail addresses, URLs and codes (tokens with digits
/// or starting with several capitals in a row, such as `ISO/IEC 27001`, `MLPS`, `PIPL`, `DDoS`,
/// `AIoT`).
fn latin_words(text: &str) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for token in text.split(|c: char| c.is_whitespace() || is_cjk(c)) {
        if token.contains('@')
            || token.contains("://")
            || token.starts_with("www.")
            || is_domain(token)
        {
            continue;
        }
        for word in token.split(|c: char| !c.is_ascii_alphabetic()) {
            let code = word.len() > 1 && word.chars().take(2).all(|c| c.is_ascii_uppercase());
            if word.len() > 1 && !code {
                words.insert(word.to_string());
            }
        }
    }
    words
}

/// A domain name or a URL written without its scheme (`yuntu.oceanengine.com`,
/// `example.com/privacy`): dot-separated labels of letters, digits and hyphens whose last
/// label is a top-level domain of letters.
fn is_domain(token: &str) -> bool {
    let token = token.trim_end_matches(['.', ',', ';', ')']);
    let host = token.split('/').next().unwrap_or(token);
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_lowercase()))
}

#[test]
fn the_tokenizer_treats_domains_as_urls_and_still_finds_words() {
    let words = latin_words("详见 yuntu.oceanengine.com，或 example.cn/privacy 页面的 cookie 说明");
    assert_eq!(words.into_iter().collect::<Vec<_>>(), ["cookie"]);
}

/// Runs of CJK characters (not punctuation) in a text.
fn cjk_runs(text: &str) -> BTreeSet<String> {
    let mut runs = BTreeSet::new();
    let mut run = String::new();
    for c in text.chars() {
        if is_cjk(c) && !matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}') {
            run.push(c);
        } else if !run.is_empty() {
            runs.insert(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.insert(run);
    }
    runs
}

/// Latin words allowed on Chinese pages. Each is a name, a format or a term the Chinese seeds
/// themselves write in Latin letters.
const ZH_ALLOWED: &[&str] = &[
    // The language switch names the other language in that language.
    "English",
    // Formats of the other outputs, linked from the footer.
    "Markdown",
    // The seeds write “Cookie” in Latin letters (megvii: “有关 Cookie 的特别声明”).
    "Cookie",
    // megvii's Chinese text quotes these English words itself: “Internet 传输”, “默认合规
    // （compliance by default）”, “Do Not Track”.
    "Internet",
    "compliance",
    "by",
    "default",
    "Do",
    "Not",
    "Track",
    // oceanengine-yuntu's Chinese text writes “cookie” in lower case (“我们可能会使用cookie对浏览
    // 活动进行记录”).
    "cookie",
    // shengshu's Chinese text names the radio technology as written: “GPS、蓝牙或 WiFi 信号”.
    "WiFi",
    // zhuiyi-aiforce: the English name of the park in its Chinese address (“深圳市南山区Sunmax
    // Technology Park”), and the protocol its Chinese text names (“加密技术（如 https）”). Its
    // product name AIForce starts with capitals, like the codes above.
    "Sunmax",
    "Technology",
    "Park",
    "https",
    // coolapk: its Chinese original names SDKs, the platform and device identifiers in Latin
    // letters (“Umeng（友盟） SDK”, “GromoreSDK”, “HUAWEI Ads”, “腾讯Bugly”, “安卓客户端”
    // beside “Android”, “酷安 App”, “设备Mac地址”, “android ID”, “oaid”, “sim 卡”).
    "Ads",
    "Android",
    "App",
    "Bugly",
    "GroMore",
    "GromoreSDK",
    "Mac",
    "Umeng",
    "android",
    "mac",
    "oaid",
    "sim",
    // automattic: a Chinese legal translation keeps company, product and service names and the
    // controllers' street addresses as registered (“Aut O'Mattic A8C Ireland Ltd.”, “Grand Canal
    // Dock, 25 Herbert Pl”, “60 29th Street”, “WordPress.com”, “Pay with PayPal”, “Google Ad
    // Manager”, “Happy Tools”, “Android 和 iOS”).
    "Ad",
    "Akismet",
    "Analytics",
    "Aut",
    "AutomateWoo",
    "Automattic",
    "Canal",
    "Cloudup",
    "Courses",
    "Dock",
    "Firehose",
    "Francisco",
    "GitHub",
    "Google",
    "Grand",
    "Gravatar",
    "Happy",
    "Herbert",
    "Inc",
    "IntenseDebate",
    "Ireland",
    "Jetpack",
    "Longreads",
    "Ltd",
    "MailPoet",
    "Manager",
    "Mattic",
    "Newspack",
    "Pay",
    "PayPal",
    "Payments",
    "Pl",
    "Publicize",
    "Reader",
    "San",
    "Shipping",
    "Simperium",
    "Simplenote",
    "Street",
    "Stripe",
    "Tax",
    "Tools",
    "Tumblr",
    "Twitter",
    "Woo",
    "WooCommerce",
    "WooPay",
    "WooPayments",
    "WordAds",
    "WordPress",
    "com",
    "iOS",
    "th",
    "with",
];

/// CJK allowed on English pages: the language switch names Chinese in Chinese, and megvii's
/// English text cites the Chinese titles of Chinese laws and documents (《民法典》), as careful
/// legal translations do.
const EN_ALLOWED: &[&str] = &[
    "中文",
    "民法典",
    "网络安全法",
    "信息安全技术",
    "个人信息安全规范",
    "人工智能应用准则",
    "人工智能道德行为规范",
    "正确使用人工智能产品的倡议书",
];

#[test]
fn chinese_pages_have_no_stray_latin_and_english_pages_no_stray_chinese() {
    let anchors = regex::Regex::new(r#"<a id="[^"]*"></a>"#).unwrap();
    let mut problems = Vec::new();
    for dir in example::dirs() {
        let (id, out) = build_one(analyze(&dir));
        for file in ["index.html", "policy.md"] {
            let zh = text(&out, &format!("{id}/zh/{file}"));
            let zh = if file.ends_with("html") {
                visible_text(&zh)
            } else {
                zh
            };
            // Markdown anchors (on their own line or at the start of a table row) and link
            // targets are ids and file names, not prose.
            let zh = anchors.replace_all(&zh, " ");
            let zh = zh
                .split("](")
                .map(|p| p.split_once(')').map(|(_, r)| r).unwrap_or(p))
                .collect::<Vec<_>>()
                .join(" ");
            for w in latin_words(&zh) {
                if !ZH_ALLOWED.contains(&w.as_str()) {
                    problems.push(format!("{id}/zh/{file}: Latin word `{w}`"));
                }
            }
            let en = text(&out, &format!("{id}/en/{file}"));
            let en = if file.ends_with("html") {
                visible_text(&en)
            } else {
                en
            };
            for run in cjk_runs(&en) {
                if !EN_ALLOWED.contains(&run.as_str()) {
                    problems.push(format!("{id}/en/{file}: Chinese `{run}`"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// `attr="value"` for every occurrence of `attr` in a page.
fn attr_values(html: &str, attr: &str) -> Vec<String> {
    let needle = format!("{attr}=\"");
    html.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest.find('"').map(|end| rest[..end].to_string())
        })
        .collect()
}

#[test]
fn anchors_match_across_languages_and_every_link_resolves() {
    for dir in example::dirs() {
        let (id, out) = build_one(analyze(&dir));
        let page = |lang: &str| text(&out, &format!("{id}/{lang}/index.html"));
        let ids = |lang: &str| -> BTreeSet<String> {
            attr_values(&page(lang), " id").into_iter().collect()
        };
        let (zh_ids, en_ids) = (ids("zh"), ids("en"));
        assert_eq!(
            zh_ids, en_ids,
            "{id}: the two languages have different anchors"
        );
        assert!(zh_ids.contains("collection") && zh_ids.contains("rights"));
        for (lang, other) in [("zh", "en"), ("en", "zh")] {
            let html = page(lang);
            let mut switches = 0;
            for href in attr_values(&html, "href") {
                if let Some(anchor) = href.strip_prefix('#') {
                    assert!(zh_ids.contains(anchor), "{id}/{lang}: dangling #{anchor}");
                } else if let Some(anchor) = href.strip_prefix(&format!("../{other}/index.html#")) {
                    assert!(
                        en_ids.contains(anchor),
                        "{id}/{lang}: switch to missing #{anchor}"
                    );
                    switches += 1;
                } else {
                    // Relative links to other built files.
                    let target = Path::new(&id).join(lang).join(&href);
                    let normal = normalize(&target);
                    assert!(
                        out.files.contains_key(&normal),
                        "{id}/{lang}: link to missing {href} ({normal})"
                    );
                }
            }
            // One switch per numbered section (every `<h2>` but the table of contents').
            let sections = html.matches("<h2>").count() - 1;
            assert_eq!(switches, sections, "{id}/{lang}: language switches");
        }
    }
}

/// `megvii/zh/../../assets/style.css` -> `assets/style.css`.
fn normalize(path: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for c in path.components() {
        match c {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            std::path::Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    parts.join("/")
}

#[test]
fn every_manifest_validates_against_the_published_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("docs/manifest.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for dir in example::dirs() {
        let (id, out) = build_one(analyze(&dir));
        let manifest: serde_json::Value =
            serde_json::from_str(&text(&out, &format!("{id}/manifest.json"))).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&manifest)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{id}: {errors:#?}");
        assert_eq!(manifest["format_version"], 1);
        assert!(!manifest["categories"].as_array().unwrap().is_empty());
    }
    // The validator is not vacuous: a manifest missing a required field fails.
    let broken = serde_json::json!({ "format_version": 1 });
    assert!(!validator.is_valid(&broken));
}

#[test]
fn the_manifest_records_every_suppression_with_its_justification() {
    for dir in example::dirs() {
        let a = analyze(&dir);
        let m = backends::manifest::build(&a);
        assert_eq!(m.suppressions.len(), a.policy.suppressions.len());
        for (s, original) in m.suppressions.iter().zip(&a.policy.suppressions) {
            assert_eq!(s.code, original.code.as_str());
            assert_eq!(s.justification, original.justification);
            assert!(!s.item.is_empty());
        }
    }
}

/// The incident response plan is said once: as a listed measure when the policy lists
/// `sec::incident_response`, else as its own sentence for `incident_plan`.
#[test]
fn the_incident_plan_is_mentioned_once() {
    let sentence = "我们制定了个人信息安全事件应急预案。";
    let megvii = analyze(&root().join("examples/megvii"));
    let (id, out) = build_one(megvii);
    let zh = text_of(&out, &id, "zh");
    assert_eq!(zh.matches("<li>个人信息安全事件应急预案</li>").count(), 1);
    assert!(!zh.contains(sentence));
    let (id, out) = build_starter();
    assert_eq!(text_of(&out, &id, "zh").matches(sentence).count(), 1);
}

/// "your" is said once per list of the person's data, and never before a label that already
/// says whose the data is ("the text of your e-mails", "Platform Users' business data").
#[test]
fn whose_data_is_said_once() {
    for dir in example::dirs() {
        let a = analyze(&dir);
        let (id, out) = build_one(a);
        let en = text(&out, &format!("{id}/en/policy.md"));
        for wrong in [
            "your your",
            "your the ",
            "your text of your",
            "your Platform Users'",
            "your keywords you",
        ] {
            assert!(!en.contains(wrong), "{id}: `{wrong}`");
        }
        let zh = text(&out, &format!("{id}/zh/policy.md"));
        assert!(!zh.contains("您的您"), "{id}: 您的您");
    }
    let a = analyze(&root().join("examples/databaker"));
    let (id, out) = build_one(a);
    assert!(text(&out, &format!("{id}/en/policy.md"))
        .contains("the text of your e-mails and text messages"));
}

/// Counts in words, one purpose in the singular, the last of a list of phrases after "and",
/// a fact's sentence in lower case after its colon, and a contact channel named by the
/// heading it is listed under.
#[test]
fn english_lists_counts_and_facts_read_as_prose() {
    let (id, out) = build_starter();
    let en = text(&out, &format!("{id}/en/policy.md"));
    // The author's description is the purpose's statement, a sentence of its own.
    assert!(
        en.contains("We use your mobile phone number to create your account"),
        "{en}"
    );
    assert!(
        en.contains("the contact details listed under “Personal information protection contact” in “How to contact us” below"),
        "{}",
        &en[en.find("listed under").unwrap_or(0)..][..200]
    );
    let zh = text(&out, &format!("{id}/zh/policy.md"));
    assert!(zh.contains("通过本政策“如何联系我们”部分所列的“个人信息保护联系人”"));
    assert!(!zh.contains("联系方式联系方式"));
    let (id, out) = build_one(analyze(&root().join("examples/databaker")));
    let en = text(&out, &format!("{id}/en/policy.md"));
    assert!(en.contains("Backups: after you delete information from our services"));
    // DataBaker's retention is the author's paragraph, in the original's own measure; no
    // generated sentence restates it.
    assert!(
        en.contains("we keep your personal information only for as long as is needed"),
        "databaker retention"
    );
    assert!(!en.contains("when the period ends, we delete or anonymize it."));
    // The MLPS filing and level are one sentence, not certifications listed next to it.
    assert!(en.contains("have been filed under the Classified Protection of Cybersecurity (MLPS) and have passed the Level 2 assessment."));
    assert!(!en.contains("(MLPS), level 2"));
}

/// No subsection is a bare heading: a right the policy only names stays in the list of
/// rights instead of getting an empty subsection, which would read like lost text.
#[test]
fn no_subsection_is_empty() {
    for dir in example::dirs() {
        let (id, out) = build_one(analyze(&dir));
        for lang in ["zh", "en"] {
            let md = text(&out, &format!("{id}/{lang}/policy.md"));
            let lines: Vec<&str> = md
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with("<a id="))
                .collect();
            for pair in lines.windows(2) {
                assert!(
                    !(pair[0].starts_with("### ") && pair[1].starts_with('#')),
                    "{id} {lang}: `{}` has nothing under it",
                    pair[0]
                );
            }
        }
    }
}

/// Chinese joins the reviewers found: 「为」 doubled before a purpose that starts with 为,
/// 「对其删除」, 「网站公告或公告」, 「以……视为同意」; and the Art. 47 ¶2 limit on deletion
/// is a sentence of its own, not one of the cases the right applies in.
#[test]
fn chinese_joins_read_as_chinese() {
    let mut pages: Vec<(String, String)> = example::dirs()
        .iter()
        .map(|dir| {
            let (id, out) = build_one(analyze(dir));
            (id.clone(), text(&out, &format!("{id}/zh/policy.md")))
        })
        .collect();
    let (id, out) = build_starter();
    pages.push((id.clone(), text(&out, &format!("{id}/zh/policy.md"))));
    for (id, zh) in &pages {
        for wrong in [
            "为为",
            "对其删除",
            "网站公告或公告",
            "以您继续使用",
            "- 法律、行政法规规定的保存期限未届满",
        ] {
            assert!(!zh.contains(wrong), "{id}: `{wrong}`");
        }
    }
    let starter = &pages.last().unwrap().1;
    assert!(starter.contains("如法律、行政法规规定的保存期限未届满，或者删除个人信息从技术上难以实现，我们将停止除存储和采取必要的安全保护措施之外的处理。"));
    assert!(starter.contains("期限届满后，我们将删除上述信息或对其进行匿名化处理。"));
}
