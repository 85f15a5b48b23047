//! The build backends on every example (`examples/*/`) and on hostile input: the files
//! produced, determinism, escaping, language purity, anchors and the language switch, and the
//! manifest against its published JSON Schema. The CLI side (`--check`, `--templates`, exit
//! codes, atomic replacement) is in compiler/cli/tests/build.rs.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use pol::backends::{self, output::Output, site::Templates};
use pol::{Analysis, Workspace};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every example project, by directory.
fn examples() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no examples");
    dirs
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
    for dir in examples() {
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
    for dir in examples() {
        let (_, first) = build_one(analyze(&dir));
        let (_, second) = build_one(analyze(&dir));
        assert_eq!(first, second, "{}", dir.display());
    }
}

/// The model's items reach the pages: every category and purpose label of the manifest
/// appears in both languages' HTML and Markdown (sentences are composed from the model).
#[test]
fn every_category_and_purpose_appears_in_both_languages() {
    for dir in examples() {
        let a = analyze(&dir);
        let m = backends::manifest::build(&a);
        let (id, out) = build_one(a);
        for (lang, get) in [("zh", 0), ("en", 1)] {
            let html = text(&out, &format!("{id}/{lang}/index.html"));
            let md = text(&out, &format!("{id}/{lang}/policy.md"));
            let labels = m
                .categories
                .iter()
                .map(|c| &c.label)
                .chain(m.purposes.iter().map(|p| &p.label));
            for label in labels {
                let l = if get == 0 {
                    label.zh.as_deref()
                } else {
                    label.en.as_deref()
                }
                .unwrap();
                let escaped = l
                    .replace('&', "&amp;")
                    .replace('\'', "&#x27;")
                    .replace('"', "&quot;");
                assert!(html.contains(&escaped), "{id} {lang} html lacks `{l}`");
                assert!(
                    md.contains(&l.replace('_', "\\_")),
                    "{id} {lang} md lacks `{l}`"
                );
            }
        }
    }
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
/// or several capitals in a row, such as `ISO/IEC 27001`, `MLPS`, `PIPL`).
fn latin_words(text: &str) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for token in text.split(|c: char| c.is_whitespace() || is_cjk(c)) {
        if token.contains('@') || token.contains("://") || token.starts_with("www.") {
            continue;
        }
        for word in token.split(|c: char| !c.is_ascii_alphabetic()) {
            let code = word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase());
            if word.len() > 1 && !code {
                words.insert(word.to_string());
            }
        }
    }
    words
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
    // Names: QQ is a product name; AIoT a term megvii's own Chinese text uses.
    "AIoT",
    // megvii's Chinese text quotes these English words itself: “Internet 传输”, “默认合规
    // （compliance by default）”, “Do Not Track”.
    "Internet",
    "compliance",
    "by",
    "default",
    "Do",
    "Not",
    "Track",
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
    let mut problems = Vec::new();
    for dir in examples() {
        let (id, out) = build_one(analyze(&dir));
        for file in ["index.html", "policy.md"] {
            let zh = text(&out, &format!("{id}/zh/{file}"));
            let zh = if file.ends_with("html") {
                visible_text(&zh)
            } else {
                zh
            };
            // Markdown anchors and link targets are ids, not prose.
            let zh: String = zh
                .lines()
                .filter(|l| !l.starts_with("<a id="))
                .collect::<Vec<_>>()
                .join("\n");
            let zh = zh
                .split("](#")
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
    for dir in examples() {
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
    for dir in examples() {
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
    for dir in examples() {
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
