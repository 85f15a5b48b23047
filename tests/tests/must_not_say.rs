//! The must-not-say lists of the examples (`examples/<name>/must-not-say.toml`): statements an
//! example's pages must never make, because the original policy denies them or never makes
//! them. Each entry is written by hand from the original; this suite builds the example's pages
//! in-process, removes their markup (see [`md_text`] and [`html_text`]), splits them into
//! sentences and runs every pattern of both languages against every sentence of the page of
//! that language (Markdown and HTML: the policy page and the collection and sharing lists).
//!
//! Entries the renderer still violates are listed in the file's `known_failing`: `id` when the
//! pages of both languages state it, `id@zh` or `id@en` when only one does. The suite fails when
//! an entry matches a language's page without being listed for it (a new false statement) and
//! when a listed one no longer matches there (the list must shrink with the fix, so it never
//! hides a regression).
//!
//! Every pattern carries `bad_zh` / `bad_en`: sentences it must match, so that it can fail
//! whatever the pages say today (a known failure keeps the sentence the pages used to say).
//! `good_zh` / `good_en` are sentences it must not match: the correct statement, so that it is
//! precise.

#[path = "support/example.rs"]
mod example;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::LazyLock;

use pol::backends::{self, site::Templates};
use pol::Workspace;
use regex::Regex;
use serde::Deserialize;

/// The fewest entries a list may have: a handful would not hold a renderer to account.
const MIN_ENTRIES: usize = 12;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct List {
    /// Ids of entries the current pages still violate.
    known_failing: Vec<String>,
    /// Why the listed entries still match; only required while some do.
    #[serde(default)]
    known_failing_reason: String,
    entry: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: String,
    /// The original's words (quoted, with a section reference) that the statement contradicts
    /// or goes beyond.
    why: String,
    zh: Option<String>,
    en: Option<String>,
    /// When only one of `zh` / `en` is given: why the false statement exists in one language
    /// only.
    single_language: Option<String>,
    #[serde(default)]
    bad_zh: Vec<String>,
    #[serde(default)]
    bad_en: Vec<String>,
    #[serde(default)]
    good_zh: Vec<String>,
    #[serde(default)]
    good_en: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Lang {
    Zh,
    En,
}

impl Lang {
    fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
}

struct Compiled {
    id: String,
    patterns: Vec<(Lang, Regex)>,
}

fn re(src: &str) -> Regex {
    Regex::new(src).unwrap()
}

/// Checks one list and compiles its patterns; every problem is pushed onto `errors`.
fn validate(name: &str, list: &List, errors: &mut Vec<String>) -> Vec<Compiled> {
    let mut out = Vec::new();
    let mut ids = BTreeSet::new();
    if list.entry.len() < MIN_ENTRIES {
        errors.push(format!(
            "{name}: {} entries, at least {MIN_ENTRIES} required",
            list.entry.len()
        ));
    }
    if !list.known_failing.is_empty() && list.known_failing_reason.trim().is_empty() {
        errors.push(format!("{name}: known_failing_reason is empty"));
    }
    let known: BTreeSet<&str> = list.known_failing.iter().map(String::as_str).collect();
    if known.len() != list.known_failing.len() {
        errors.push(format!("{name}: known_failing lists an id twice"));
    }
    let id_form = re(r"^[a-z0-9]+(?:-[a-z0-9]+)*$");
    for e in &list.entry {
        let at = format!("{name}: entry `{}`", e.id);
        if !id_form.is_match(&e.id) {
            errors.push(format!("{at}: id must be lower-case words joined by `-`"));
        }
        if !ids.insert(e.id.as_str()) {
            errors.push(format!("{at}: duplicate id"));
        }
        if e.why.trim().is_empty() {
            errors.push(format!("{at}: `why` is empty"));
        } else if !e.why.contains('“') && !e.why.contains('「') && !e.why.contains('"') {
            errors.push(format!("{at}: `why` must quote the original"));
        }
        match (&e.zh, &e.en, &e.single_language) {
            (Some(_), Some(_), None) => {}
            (Some(_), Some(_), Some(_)) => errors.push(format!(
                "{at}: has both patterns, so `single_language` must go"
            )),
            (Some(_), None, Some(r)) | (None, Some(_), Some(r)) if !r.trim().is_empty() => {}
            (None, None, _) => errors.push(format!("{at}: no pattern")),
            _ => errors.push(format!(
                "{at}: one pattern only: give the other or say why in `single_language`"
            )),
        }
        let mut patterns = Vec::new();
        for (lang, src, bad, good) in [
            (Lang::Zh, &e.zh, &e.bad_zh, &e.good_zh),
            (Lang::En, &e.en, &e.bad_en, &e.good_en),
        ] {
            let Some(src) = src else {
                if !bad.is_empty() || !good.is_empty() {
                    errors.push(format!("{at}: examples for {} but no pattern", lang.code()));
                }
                continue;
            };
            let r = match Regex::new(src) {
                Ok(r) => r,
                Err(err) => {
                    errors.push(format!(
                        "{at}: {} pattern does not compile: {err}",
                        lang.code()
                    ));
                    continue;
                }
            };
            if r.is_match("") {
                errors.push(format!("{at}: {} pattern matches everything", lang.code()));
            }
            if bad.is_empty() {
                errors.push(format!(
                    "{at}: no bad_{} example shows the pattern can match",
                    lang.code()
                ));
            }
            // Examples are matched as page text is: sentence by sentence.
            let says = |s: &str| sentences(&squash(s)).iter().any(|s| r.is_match(s));
            for s in bad {
                if !says(s) {
                    errors.push(format!(
                        "{at}: {} pattern misses its example `{s}`",
                        lang.code()
                    ));
                }
            }
            for s in good {
                if says(s) {
                    errors.push(format!(
                        "{at}: {} pattern matches the correct statement `{s}`",
                        lang.code()
                    ));
                }
            }
            patterns.push((lang, r));
        }
        out.push(Compiled {
            id: e.id.clone(),
            patterns,
        });
    }
    for k in &known {
        let (id, lang) = k.split_once('@').unwrap_or((k, ""));
        let entry = list.entry.iter().find(|e| e.id == id);
        let has_lang = |e: &Entry| match lang {
            "" => true,
            "zh" => e.zh.is_some(),
            "en" => e.en.is_some(),
            _ => false,
        };
        match entry {
            None => errors.push(format!("{name}: known_failing names no entry `{k}`")),
            Some(e) if !has_lang(e) => {
                errors.push(format!("{name}: known_failing `{k}`: no such pattern"))
            }
            Some(_) if !lang.is_empty() && known.contains(id) => {
                errors.push(format!("{name}: known_failing lists both `{id}` and `{k}`"))
            }
            Some(_) => {}
        }
    }
    out
}

/// Whitespace collapsed to single spaces, trimmed.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

static LINK: LazyLock<Regex> = LazyLock::new(|| re(r"!?\[([^\]]*)\]\([^)]*\)"));
static TAG: LazyLock<Regex> = LazyLock::new(|| re(r"<[^>]*>"));
/// A Markdown backslash escape (`\!`, `\&`): the character stays, the backslash goes.
static ESCAPE: LazyLock<Regex> = LazyLock::new(|| re(r"\\([!-/:-@\[-`{-~])"));
static LIST_MARK: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(?:#{1,6}\s+|[-*+]\s+|>\s*)"));

/// The text blocks (headings, paragraphs, list items, table cells) of a Markdown page, markup removed:
/// heading and list markers, emphasis, code marks, links (their text kept) and inline HTML
/// (the anchors) go; whitespace is collapsed.
fn md_text(md: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut para = String::new();
    let flush = |para: &mut String, blocks: &mut Vec<String>| {
        let s = squash(para);
        if !s.is_empty() {
            blocks.push(s);
        }
        para.clear();
    };
    for line in md.lines() {
        if line.trim().is_empty() {
            flush(&mut para, &mut blocks);
            continue;
        }
        // A table row: each cell is a block of its own, as in the HTML page; the delimiter
        // row is markup.
        if line.trim_start().starts_with('|') {
            flush(&mut para, &mut blocks);
            for cell in table_cells(line) {
                let cell = TAG.replace_all(&cell, "");
                let cell = ESCAPE.replace_all(&cell, "$1");
                let cell = squash(&cell);
                if !cell.is_empty() && !cell.chars().all(|c| c == '-' || c == ':') {
                    blocks.push(cell);
                }
            }
            continue;
        }
        // A heading or list item starts a block of its own; a heading also ends it.
        if LIST_MARK.is_match(line) {
            flush(&mut para, &mut blocks);
        }
        let heading = line.trim_start().starts_with('#');
        let line = LIST_MARK.replace(line, "");
        let line = LINK.replace_all(&line, "$1");
        let line = TAG.replace_all(&line, "");
        let line = line
            .replace("**", "")
            .replace("__", "")
            .replace(['*', '`'], "");
        let line = ESCAPE.replace_all(&line, "$1");
        para.push_str(&line);
        para.push(' ');
        if heading {
            flush(&mut para, &mut blocks);
        }
    }
    flush(&mut para, &mut blocks);
    blocks
}

/// The cells of a Markdown table row: split at every `|` that is not escaped.
fn table_cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut escaped = false;
    for c in line.trim().chars() {
        match c {
            '|' if !escaped => cells.push(String::new()),
            c => {
                if let Some(last) = cells.last_mut() {
                    last.push(c);
                }
            }
        }
        escaped = c == '\\' && !escaped;
    }
    cells
}

/// The text blocks of an HTML page: `<head>`, `<style>` and `<script>` dropped, a block
/// element's tags end a block, other tags go, entities are decoded.
fn html_text(html: &str) -> Vec<String> {
    static DROP: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?s)<(head|style|script)\b.*?</(head|style|script)>"));
    static BLOCK: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)</?(?:p|li|h[1-6]|div|section|nav|header|footer|main|ul|ol|table|tr|td|th|figure|figcaption|text|title|br|dt|dd|blockquote)\b[^>]*>",
        )
    });
    let html = DROP.replace_all(html, "");
    let html = BLOCK.replace_all(&html, "\n\n");
    let html = TAG.replace_all(&html, "");
    html.split("\n\n")
        .map(|b| squash(&decode(b)))
        .filter(|b| !b.is_empty())
        .collect()
}

/// The entities a page may hold: the named ones of HTML escaping, and numeric ones.
fn decode(s: &str) -> String {
    static NUMERIC: LazyLock<Regex> = LazyLock::new(|| re(r"&#(?:x([0-9a-fA-F]+)|([0-9]+));"));
    let s = NUMERIC.replace_all(s, |c: &regex::Captures| {
        let code = match (c.get(1), c.get(2)) {
            (Some(hex), _) => u32::from_str_radix(hex.as_str(), 16).ok(),
            (_, Some(dec)) => dec.as_str().parse().ok(),
            _ => None,
        };
        code.and_then(char::from_u32)
            .map(String::from)
            .unwrap_or_default()
    });
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// A block cut into sentences: after `。！？` in Chinese; in English after `.!?` (and a
/// closing quote or bracket) followed by a space and a capital, a digit or an opening quote,
/// unless the full stop ends a common abbreviation.
fn sentences(block: &str) -> Vec<String> {
    const ABBREVIATIONS: [&str; 8] = ["e.g.", "i.e.", "Co.", "Ltd.", "No.", "Art.", "etc.", "Inc."];
    let chars: Vec<(usize, char)> = block.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for (k, &(i, c)) in chars.iter().enumerate() {
        let end = i + c.len_utf8();
        let cut = match c {
            '。' | '！' | '？' => true,
            '.' | '!' | '?' => {
                let mut j = k + 1;
                while chars
                    .get(j)
                    .is_some_and(|&(_, c)| matches!(c, '"' | '”' | '’' | ')'))
                {
                    j += 1;
                }
                let spaced = chars.get(j).is_some_and(|&(_, c)| c == ' ');
                let next = chars.get(j + 1).map(|&(_, c)| c);
                let opens = next.is_some_and(|n| {
                    n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '(')
                });
                let word_end = &block[..end];
                spaced && opens && !ABBREVIATIONS.iter().any(|a| word_end.ends_with(a))
            }
            _ => false,
        };
        if cut {
            let mut stop = end;
            let mut j = k + 1;
            while let Some(&(i2, c2)) = chars.get(j) {
                if matches!(c2, '"' | '”' | '’' | ')' | '）' | '」') {
                    stop = i2 + c2.len_utf8();
                    j += 1;
                } else {
                    break;
                }
            }
            out.push(block[start..stop].trim().to_owned());
            start = stop;
        }
    }
    out.push(block[start..].trim().to_owned());
    out.retain(|s| !s.is_empty());
    out
}

/// One example's pages: for each language, the sentences of its Markdown and HTML pages.
fn pages(dir: &Path) -> Pages {
    let a = Workspace::open(dir).unwrap().analyze();
    assert!(!a.has_errors(), "{} has errors", dir.display());
    let id = backends::manifest::build(&a).id;
    let out = backends::build(std::slice::from_ref(&a), &Templates::default()).unwrap();
    let file = |p: String| String::from_utf8(out.files.get(&p).unwrap().clone()).unwrap();
    let mut pages = BTreeMap::new();
    for lang in [Lang::Zh, Lang::En] {
        let md = |page: &str| md_text(&file(format!("{id}/{}/{page}", lang.code())));
        let html = |page: &str| html_text(&file(format!("{id}/{}/{page}", lang.code())));
        // The policy page and the two list pages (the collection and the sharing list).
        for (kind, blocks) in [
            ("policy.md", md("policy.md")),
            ("index.html", html("index.html")),
            ("collection-list.md", md("collection-list.md")),
            ("collection-list.html", html("collection-list.html")),
            ("sharing-list.md", md("sharing-list.md")),
            ("sharing-list.html", html("sharing-list.html")),
        ] {
            let s: Vec<String> = blocks.iter().flat_map(|b| sentences(b)).collect();
            pages.insert((lang, kind), s);
        }
    }
    pages
}

fn load(dir: &Path) -> (String, List) {
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let path = dir.join("must-not-say.toml");
    let src = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{name}: every example needs a must-not-say.toml: {e}"));
    let list: List = toml::from_str(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (name, list)
}

/// The failures of one example: its list's own problems, or else entries not known to fail
/// that match (with each matching sentence) and known failures that no longer match.
fn check(dir: &Path) -> Vec<String> {
    let (name, list) = load(dir);
    let mut errors = Vec::new();
    let compiled = validate(&name, &list, &mut errors);
    if !errors.is_empty() {
        return errors;
    }
    verdict(&name, &list.known_failing, &compiled, &pages(dir))
}

type Pages = BTreeMap<(Lang, &'static str), Vec<String>>;

/// Whether `known_failing` lists the pattern of `lang` of entry `id`: as `id` (every
/// language of the entry) or as `id@zh` / `id@en`.
fn is_known(known: &BTreeSet<&str>, id: &str, lang: Lang) -> bool {
    known.contains(id) || known.contains(format!("{id}@{}", lang.code()).as_str())
}

fn verdict(
    name: &str,
    known_failing: &[String],
    compiled: &[Compiled],
    pages: &Pages,
) -> Vec<String> {
    let known: BTreeSet<&str> = known_failing.iter().map(String::as_str).collect();
    let mut errors = Vec::new();
    for c in compiled {
        for (lang, r) in &c.patterns {
            let mut hits = BTreeSet::new();
            for ((page_lang, kind), sentences) in pages {
                if page_lang != lang {
                    continue;
                }
                for s in sentences.iter().filter(|s| r.is_match(s)) {
                    hits.insert(format!("  {}/{kind}: {s}", lang.code()));
                }
            }
            match (hits.is_empty(), is_known(&known, &c.id, *lang)) {
                (false, false) => {
                    errors.push(format!("{name}: `{}` is said in {}:", c.id, lang.code()));
                    errors.extend(hits);
                }
                (true, true) => errors.push(format!(
                    "{name}: `{}` no longer matches in {}: shrink known_failing",
                    c.id,
                    lang.code()
                )),
                _ => {}
            }
        }
    }
    errors
}

#[test]
fn no_example_page_says_what_its_original_does_not() {
    let errors: Vec<String> = example::dirs().iter().flat_map(|d| check(d)).collect();
    assert!(errors.is_empty(), "\n{}\n", errors.join("\n"));
}

#[test]
fn markdown_markup_is_removed_before_matching() {
    let md = "## 三、共享\n\n<a id=\"x\"></a>\n\n我们**会**向[社会公众](#p)公开\n披露 `您的`信息。\n- 例外：*法律*规定。\n### 4.1 Sharing\nPrivacy \\& Security\\!\n";
    assert_eq!(
        md_text(md),
        [
            "三、共享",
            "我们会向社会公众公开 披露 您的信息。",
            "例外：法律规定。",
            "4.1 Sharing",
            "Privacy & Security!"
        ]
    );
}

/// A table is cut into its cells, as the HTML page's `<td>`s are: a sentence never runs from
/// one row into the next.
#[test]
fn markdown_tables_are_cut_into_cells() {
    let md = "intro\n| 接收方 | 个人信息 |\n| --- | --- |\n| <a id=\"r\"></a>友盟 | 设备标识信息；a \\| b |\n| 穿山甲 | 位置信息 |\n";
    assert_eq!(
        md_text(md),
        [
            "intro",
            "接收方",
            "个人信息",
            "友盟",
            "设备标识信息；a | b",
            "穿山甲",
            "位置信息"
        ]
    );
}

#[test]
fn html_markup_is_removed_before_matching() {
    let html = "<html><head><title>T</title></head><body><h2>Share <a href=\"#a\">EN</a></h2>\
                <p>We <strong>do not</strong> disclose &amp; sell &#x27;it&#39;.</p><ul><li>One</li></ul>";
    assert_eq!(
        html_text(html),
        ["Share EN", "We do not disclose & sell 'it'.", "One"]
    );
}

#[test]
fn pages_are_cut_into_sentences() {
    assert_eq!(
        sentences("我们不会公开披露。除非法律规定！好吗？"),
        ["我们不会公开披露。", "除非法律规定！", "好吗？"]
    );
    assert_eq!(
        sentences("We share it (e.g. with Co. Ltd. staff). We do not sell it. Version 1.2 is out"),
        [
            "We share it (e.g. with Co. Ltd. staff).",
            "We do not sell it.",
            "Version 1.2 is out"
        ]
    );
}

/// The suite can fail: an entry matching a page sentence is reported with that sentence,
/// in the page of its language only, and a known failure that no longer matches is reported
/// too, language by language; an unlisted entry that matches nothing and a listed one that
/// still matches are not.
#[test]
fn a_matching_entry_and_a_stale_known_failure_are_both_reported() {
    let list: List = toml::from_str(
        r#"
        known_failing = ["stale", "still", "half@zh"]
        known_failing_reason = "test"
        [[entry]]
        id = "said"
        why = "“x”"
        zh = "^我们会公开披露"
        en = "^We publicly disclose"
        bad_zh = ["我们会公开披露您的信息。"]
        bad_en = ["We publicly disclose it."]
        good_zh = ["我们不会公开披露您的信息。"]
        [[entry]]
        id = "stale"
        why = "“y”"
        zh = "从未出现"
        bad_zh = ["从未出现过"]
        single_language = "only the Chinese page could say it"
        [[entry]]
        id = "still"
        why = "“z”"
        zh = "不会"
        en = "not"
        bad_zh = ["不会"]
        bad_en = ["not"]
        [[entry]]
        id = "half"
        why = "“v”"
        zh = "我们会"
        en = "we will"
        bad_zh = ["我们会"]
        bad_en = ["we will"]
        [[entry]]
        id = "quiet"
        why = "“w”"
        zh = "出售"
        en = "sell"
        bad_zh = ["我们出售"]
        bad_en = ["we sell"]
        "#,
    )
    .unwrap();
    let mut errors = Vec::new();
    let compiled = validate("t", &list, &mut errors);
    assert_eq!(
        errors,
        [format!("t: 5 entries, at least {MIN_ENTRIES} required")]
    );
    let mut pages = Pages::new();
    pages.insert(
        (Lang::Zh, "policy.md"),
        vec![
            "我们会公开披露您的信息。".into(),
            "我们不会公开披露您的信息。".into(),
        ],
    );
    // An English pattern is not run on the Chinese page, nor a Chinese one on the English.
    pages.insert((Lang::En, "policy.md"), vec!["我们出售".into()]);
    assert_eq!(
        verdict("t", &list.known_failing, &compiled, &pages),
        [
            "t: `said` is said in zh:",
            "  zh/policy.md: 我们会公开披露您的信息。",
            "t: `stale` no longer matches in zh: shrink known_failing",
            "t: `still` no longer matches in en: shrink known_failing",
        ]
    );
}

/// A list's own mistakes are reported: duplicate ids, a missing `why`, a pattern that does not
/// compile, one language missing without a reason, an example its pattern misses, a correct
/// statement it matches, a pattern with no example, a known failure naming no entry or no
/// pattern of it, or listed twice over.
#[test]
fn a_malformed_list_is_rejected() {
    let list: List = toml::from_str(
        r#"
        known_failing = ["ghost", "b@fr", "b", "b@en"]
        known_failing_reason = "test"
        [[entry]]
        id = "a"
        why = ""
        zh = "("
        en = "x"
        bad_en = ["x"]
        [[entry]]
        id = "a"
        why = "“q”"
        zh = "会"
        bad_zh = ["不"]
        good_zh = ["不会"]
        [[entry]]
        id = "b"
        why = "“q”"
        zh = "会"
        en = "will"
        [[entry]]
        id = "c"
        why = "“q”"
        zh = "会"
        en = "will"
        bad_en = ["will"]
        "#,
    )
    .unwrap();
    let mut errors = Vec::new();
    validate("t", &list, &mut errors);
    let expected = [
        format!("t: 4 entries, at least {MIN_ENTRIES} required"),
        "t: entry `a`: `why` is empty".into(),
        "t: entry `a`: zh pattern does not compile".into(),
        "t: entry `a`: duplicate id".into(),
        "t: entry `a`: one pattern only: give the other or say why in `single_language`".into(),
        "t: entry `a`: zh pattern misses its example `不`".into(),
        "t: entry `a`: zh pattern matches the correct statement `不会`".into(),
        "t: entry `b`: no bad_zh example shows the pattern can match".into(),
        "t: entry `b`: no bad_en example shows the pattern can match".into(),
        "t: entry `c`: no bad_zh example shows the pattern can match".into(),
        "t: known_failing lists both `b` and `b@en`".into(),
        "t: known_failing `b@fr`: no such pattern".into(),
        "t: known_failing names no entry `ghost`".into(),
    ];
    assert_eq!(errors.len(), expected.len(), "{errors:#?}");
    for (got, want) in errors.iter().zip(&expected) {
        assert!(got.starts_with(want.as_str()), "{got} is not {want}");
    }
}
