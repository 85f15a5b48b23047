//! Composes the policy's text, in one language, from the manifest: the sections in the order
//! readers expect, each made of sentences built from the model's entries.
//!
//! Every sentence is built here from ids, labels and option words ([`super::words`]); the only
//! pasted prose is the author's own free text (`description`, `intro`, `section` bodies,
//! refusal consequences). So a new category or recipient appears in every sentence that
//! should name it, in both languages. The result, a [`Page`], is what the templates lay out.

use serde::Serialize;

use super::words::{self, capitalize, clause, join, join_or, pick, sentence_end, zh_numeral};
use crate::backends::manifest::{
    CategoryRef, Channel, Flow, Manifest, Promise, Purpose, Recipient, Ref, Retention, Right,
    Storage, Text,
};
use crate::diag::Lang;

/// One language's page: the composed sections, in order. The template context's `page`.
#[derive(Clone, Debug, Serialize)]
pub struct Page {
    /// `zh` or `en`.
    pub lang: &'static str,
    /// The other language, which the language switch links to.
    pub other_lang: &'static str,
    pub title: String,
    /// The controller's opening paragraph, before the table of contents.
    pub intro: Vec<String>,
    pub sections: Vec<PageSection>,
}

/// A numbered section (`一、` / `1.`); its `id` is its anchor, the same in both languages.
#[derive(Clone, Debug, Serialize)]
pub struct PageSection {
    pub id: String,
    pub number: String,
    pub title: String,
    pub content: Vec<Para>,
    pub blocks: Vec<Block>,
    /// Whether the data-flow diagram belongs in this section.
    pub diagram: bool,
}

/// A numbered subsection (`（一）` / `1.1`).
#[derive(Clone, Debug, Serialize)]
pub struct Block {
    pub id: String,
    pub number: String,
    pub title: String,
    pub content: Vec<Para>,
}

/// A paragraph, optionally followed by a list (`items`) or a table.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Para {
    pub text: String,
    pub items: Vec<String>,
    pub table: Option<Table>,
    /// The author's own paragraph (free text), which may quote what the page says elsewhere;
    /// generated facts of different items may read alike and are never merged.
    #[serde(skip)]
    pub authored: bool,
}

/// A table: a head row and rows of as many cells. Policies use tables for what has several
/// rows of the same columns (categories, cookies, recipients, rights); one row reads as a
/// sentence instead ([`Composer::table`]).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Para {
    fn text(text: String) -> Para {
        Para {
            text,
            ..Para::default()
        }
    }

    /// A lead-in and its list. A list of one is no list: the entry follows the lead-in in one
    /// sentence (`您可以通过以下方式行使该项权利：发送电子邮件至 ……。`).
    fn list(text: String, items: Vec<String>) -> Para {
        match <[String; 1]>::try_from(items) {
            Ok([one]) if !text.is_empty() => {
                // After an English colon the entry goes on in lower case, as one sentence.
                let (gap, one) = if text.ends_with(':') {
                    (" ", lowercase_common(&one))
                } else {
                    ("", one)
                };
                Para::text(format!("{text}{gap}{one}"))
            }
            Ok([one]) => Para::text(one),
            Err(items) => Para {
                text,
                items,
                ..Para::default()
            },
        }
    }
}

/// The section ids, in reading order. Stable: they are the pages' anchors.
pub const SECTION_IDS: &[&str] = &[
    "about",
    "general",
    "collection",
    "cookies",
    "storage",
    "sharing",
    "security",
    "retention",
    "rights",
    "minors",
    "changes",
    "contact",
];

struct Composer<'m> {
    m: &'m Manifest,
    lang: Lang,
}

/// Composes the page of one language.
pub fn page(m: &Manifest, lang: Lang) -> Page {
    let c = Composer { m, lang };
    let mut raw: Vec<(String, String, Vec<Para>, Blocks)> = Vec::new();
    for id in SECTION_IDS {
        if *id == "general" {
            raw.extend(c.author_sections());
            continue;
        }
        let Some((title, content, blocks)) = c.section(id) else {
            continue;
        };
        // The author's sections placed in this part (`part rights`) open it.
        let mut all = c.placed(id);
        all.extend(blocks);
        raw.push((id.to_string(), title, content, all));
    }
    let mut sections: Vec<PageSection> = raw
        .into_iter()
        .map(|(id, title, content, blocks)| PageSection {
            diagram: id == "collection",
            id,
            number: String::new(),
            title,
            content,
            blocks: blocks
                .into_iter()
                .map(|(id, title, content)| Block {
                    id,
                    title: capitalize_en(&title, lang),
                    number: String::new(),
                    content,
                })
                .collect(),
        })
        .collect();
    said_once(&mut sections, lang);
    sections.retain(|s| !s.content.is_empty() || !s.blocks.is_empty());
    // Numbers last, once the page knows which sections it has.
    for (i, s) in sections.iter_mut().enumerate() {
        let n = i + 1;
        s.number = match lang {
            Lang::Zh => format!("{}、", zh_numeral(n)),
            Lang::En => format!("{n}."),
        };
        for (k, b) in s.blocks.iter_mut().enumerate() {
            b.number = match lang {
                Lang::Zh => format!("（{}）", zh_numeral(k + 1)),
                Lang::En => format!("{n}.{}", k + 1),
            };
        }
        audience_once(&mut s.blocks, lang);
    }
    sections_audience_once(&mut sections, lang);
    cross_refs(&mut sections, lang);
    Page {
        lang: pick(lang, "zh", "en"),
        other_lang: pick(lang, "en", "zh"),
        title: title(m, lang),
        intro: m.policy.intro.iter().map(|t| c.t(t)).collect(),
        sections,
    }
}

/// The page's title (also the site index's entry for it, which needs nothing else of the page).
pub fn title(m: &Manifest, lang: Lang) -> String {
    let c = Composer { m, lang };
    m.policy
        .title
        .as_ref()
        .map(|t| c.t(t))
        .unwrap_or_else(|| match lang {
            Lang::Zh => format!("{}个人信息保护政策", c.t(&m.policy.controller.name)),
            Lang::En => format!("{} Privacy Policy", c.t(&m.policy.controller.name)),
        })
}

type Blocks = Vec<(String, String, Vec<Para>)>;

/// Starts a link in page text: `LINK_START anchor LINK_TEXT label LINK_END`. The templates'
/// formatter turns it into a Markdown or an HTML link, escaping the label as any text
/// ([`super::link_markup`]); private-use characters, so no author text can contain them.
pub const LINK_START: char = '\u{E000}';
pub const LINK_TEXT: char = '\u{E001}';
pub const LINK_END: char = '\u{E002}';

/// Cross-references in the author's text: `[[contact]]` names a part of the page (`contact`,
/// `rights`, …), an author's section or a purpose by its item name, and the page writes its
/// own number and title there, as a link (「第十二部分“如何联系我们”」 / "Section 12 (“How to
/// contact us”)"), so that the text never cites the original's numbering. A name the page has
/// no section for stays as written, where a reader (and a review) sees it.
fn cross_refs(sections: &mut [PageSection], lang: Lang) {
    // One map, built once: a reference is resolved in constant time, so a page with many
    // references and many sections stays linear. The first section to claim an id keeps it.
    let mut targets: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    for s in sections.iter() {
        let n = s.number.trim_end_matches(['、', '.']).to_string();
        targets.entry(s.id.clone()).or_insert(match lang {
            Lang::Zh => format!("第{n}部分“{}”", s.title),
            Lang::En => format!("Section {n} (“{}”)", s.title),
        });
        for b in &s.blocks {
            let bn = b.number.trim_end_matches('.').to_string();
            targets.entry(b.id.clone()).or_insert(match lang {
                Lang::Zh => format!("第{n}部分{bn}“{}”", b.title),
                Lang::En => format!("Section {bn} (“{}”)", b.title),
            });
        }
    }
    let find = |name: &str| {
        [
            name.to_string(),
            format!("section-{name}"),
            format!("purpose-{name}"),
        ]
        .into_iter()
        .find_map(|id| targets.get(&id).map(|label| (id, label.clone())))
    };
    let resolve = |text: &mut String| {
        if !text.contains("[[") {
            return;
        }
        let mut out = String::new();
        let mut rest = text.as_str();
        while let Some(i) = rest.find("[[") {
            let after = &rest[i + 2..];
            let Some(j) = after.find("]]") else { break };
            let name = after[..j].trim();
            out.push_str(&rest[..i]);
            match find(name) {
                Some((anchor, label)) => {
                    out.push(LINK_START);
                    out.push_str(&anchor);
                    out.push(LINK_TEXT);
                    out.push_str(&label);
                    out.push(LINK_END);
                }
                None => out.push_str(&rest[i..i + 2 + j + 2]),
            }
            rest = &after[j + 2..];
        }
        out.push_str(rest);
        *text = out;
    };
    let para = |p: &mut Para| {
        resolve(&mut p.text);
        p.items.iter_mut().for_each(&resolve);
        if let Some(t) = &mut p.table {
            t.rows.iter_mut().flatten().for_each(&resolve);
        }
    };
    for s in sections.iter_mut() {
        s.content.iter_mut().for_each(&para);
        for b in s.blocks.iter_mut() {
            b.content.iter_mut().for_each(&para);
        }
    }
}

/// Each fact once across the page: an author's paragraph the page has already said, word for
/// word (the same paragraph given to two items, an author's principle that is also a promise),
/// is said where it first appears only. Generic short lines
/// (`例外情形：`) are not facts and may recur; an emptied subsection goes with its paragraph.
/// The comparison ignores the closing punctuation (an author's principle ends in 「；」 where the
/// same text as a promise ends in 「。」), and the shortest fact is measured per language (a
/// Chinese sentence is about a third of its English length), so both pages drop the same
/// paragraphs and keep the same sections and anchors.
fn said_once(sections: &mut [PageSection], lang: Lang) {
    use std::collections::HashSet;
    let shortest = match lang {
        Lang::Zh => 8,
        Lang::En => 24,
    };
    let mut seen: HashSet<(String, Vec<String>)> = HashSet::new();
    let mut keep = |p: &Para| {
        if !p.authored || p.table.is_some() || p.text.chars().count() < shortest {
            return true;
        }
        let text = p
            .text
            .trim_end_matches(['。', '.', '；', ';', '！', '!', '，', ','])
            .to_string();
        seen.insert((text, p.items.clone()))
    };
    for s in sections.iter_mut() {
        s.content.retain(&mut keep);
        for b in s.blocks.iter_mut() {
            b.content.retain(&mut keep);
        }
        s.blocks.retain(|b| !b.content.is_empty());
    }
}

/// `本部分内容仅适用于企业客户。` / `This part applies only to enterprise customers.`
fn audience_sentence(who: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("本部分内容仅适用于{who}。"),
        Lang::En => format!("This part applies only to {who}."),
    }
}

/// The audience of a block, when its first paragraph is its audience sentence.
fn block_audience(b: &Block, lang: Lang) -> Option<String> {
    let text = &b.content.first()?.text;
    let (start, end) = match lang {
        Lang::Zh => ("本部分内容仅适用于", "。"),
        Lang::En => ("This part applies only to ", "."),
    };
    Some(text.strip_prefix(start)?.strip_suffix(end)?.to_string())
}

/// Audience tags once: consecutive subsections for the same audience say it once, in the
/// first, naming the run (「（一）至（五）仅适用于企业客户的代表。」), not five times.
fn audience_once(blocks: &mut [Block], lang: Lang) {
    let mut i = 0;
    while i < blocks.len() {
        let Some(who) = block_audience(&blocks[i], lang) else {
            i += 1;
            continue;
        };
        let mut end = i + 1;
        while end < blocks.len() && block_audience(&blocks[end], lang).as_deref() == Some(&who) {
            end += 1;
        }
        if end - i > 1 {
            let (first, last) = (blocks[i].number.clone(), blocks[end - 1].number.clone());
            blocks[i].content[0].text = match lang {
                Lang::Zh => format!("{first}至{last}仅适用于{who}。"),
                Lang::En => format!(
                    "{first} to {} apply only to {who}.",
                    last.trim_end_matches('.')
                ),
            };
            for b in &mut blocks[i + 1..end] {
                b.content.remove(0);
            }
        }
        i = end;
    }
}

/// Audience tags once across sections too: consecutive sections of the author's for the same
/// audience say it once, in the first (「第二至第六部分仅适用于企业客户的代表。」).
fn sections_audience_once(sections: &mut [PageSection], lang: Lang) {
    let audience = |s: &PageSection| {
        let text = &s.content.first()?.text;
        let (start, end) = match lang {
            Lang::Zh => ("本部分内容仅适用于", "。"),
            Lang::En => ("This part applies only to ", "."),
        };
        Some(text.strip_prefix(start)?.strip_suffix(end)?.to_string())
    };
    let mut i = 0;
    while i < sections.len() {
        let Some(who) = audience(&sections[i]) else {
            i += 1;
            continue;
        };
        let mut end = i + 1;
        while end < sections.len() && audience(&sections[end]).as_deref() == Some(&who) {
            end += 1;
        }
        if end - i > 1 {
            let n = |s: &PageSection| s.number.trim_end_matches(['、', '.']).to_string();
            let (first, last) = (n(&sections[i]), n(&sections[end - 1]));
            sections[i].content[0].text = match lang {
                Lang::Zh => format!("第{first}至第{last}部分仅适用于{who}。"),
                Lang::En => format!("Sections {first} to {last} apply only to {who}."),
            };
            for s in &mut sections[i + 1..end] {
                s.content.remove(0);
            }
        }
        i = end;
    }
}

/// The six facts of a right ([`Composer::right_facts`]).
type RightFacts = [Option<RightFact>; 6];

/// A fact several rights share, and which rights (by index) share it.
type Shared = Option<(RightFact, Vec<usize>)>;

/// A fact of a right, rendered: a sentence, or the entries of a list.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum RightFact {
    Text(String),
    List(Vec<String>),
    /// A reply time in words, and its hedge (「通常」) when the author wrote one.
    Reply(String, Option<String>),
    /// Refusal grounds, and whether the request only may be refused in them (`refusal_may`).
    Refusal(Vec<String>, bool),
}

/// The lead-in of a right's refusal grounds, in the modality the model gives them: "we will
/// not respond" only where the policy says so, "we may decline" where it says "may".
fn refusal_lead(may: bool, lang: Lang) -> &'static str {
    match may {
        false => pick(
            lang,
            "在以下情形中，我们将无法响应您的请求：",
            "We will not be able to respond to your request in the following cases:",
        ),
        true => pick(
            lang,
            "在以下情形中，我们可能不予响应您的请求：",
            "We may decline your request in the following cases:",
        ),
    }
}

impl Composer<'_> {
    /// The words that depend on the laws the policy declares (words::Terms).
    fn terms(&self) -> words::Terms {
        words::Terms::of(&self.m.policy.profiles)
    }

    fn t(&self, t: &Text) -> String {
        words::text(t, self.lang)
    }

    /// A free-text paragraph of the author's, as written.
    fn free(&self, t: &Option<Text>) -> Option<Para> {
        t.as_ref()
            .map(|t| self.t(t))
            .filter(|s| !s.is_empty())
            .map(|text| Para {
                text,
                authored: true,
                ..Para::default()
            })
    }

    /// Whether a text names us (我们, "we", the controller's name): it has a subject of its
    /// own, and is not a recipient's act written without one.
    fn names_us(&self, text: &str) -> bool {
        let c = &self.m.policy.controller;
        let ours = std::iter::once(self.t(&c.name))
            .chain(c.short_name.as_ref().map(|s| self.t(s)))
            .any(|n| !n.is_empty() && text.contains(&n));
        ours || match self.lang {
            Lang::Zh => text.contains("我们"),
            Lang::En => text
                .split(|ch: char| !ch.is_alphanumeric())
                .any(|w| matches!(w, "we" | "We" | "our" | "Our" | "us")),
        }
    }

    /// Whether the author's paragraph `said` already contains `text` (an author's field such
    /// as a refusal or a backup clause that the paragraph quotes): it is not said again.
    fn said_in(&self, said: Option<&Para>, text: &Text) -> bool {
        let Some(said) = said else { return false };
        let t = self.t(text);
        let core = clause(&t);
        let core = core.trim_end_matches(['。', '.', '；', ';']);
        !core.is_empty() && said.text.contains(core)
    }

    fn labels(&self, refs: &[Ref]) -> Vec<String> {
        labels(refs, self.lang)
    }

    fn categories(&self, cats: &[CategoryRef]) -> Vec<String> {
        category_labels(cats, self.lang)
    }

    /// Region codes in words: `CN` → 中华人民共和国境内 / mainland China.
    fn regions(&self, codes: &[String]) -> Vec<String> {
        codes.iter().map(|c| words::region(c, self.lang)).collect()
    }

    fn channels(&self, channels: &[Channel]) -> Vec<String> {
        channels
            .iter()
            .map(|c| words::channel(c, self.lang))
            .collect()
    }

    /// A consequence in the author's words, after its condition (“如您不同意，……”) unless the
    /// text states its own (“如您拒绝提供……”). Lower-case in English, to follow a clause.
    fn conditional(&self, text: &str, zh: &str, en: &str) -> String {
        let text = clause(text);
        let own = ["如", "若", "If ", "if ", "Where ", "where "]
            .iter()
            .any(|p| text.starts_with(p));
        match (self.lang, own) {
            (Lang::Zh, true) => text,
            (Lang::Zh, false) => format!("{zh}{text}"),
            (Lang::En, true) => lowercase_common(&text),
            (Lang::En, false) => format!("{en}{}", lowercase_common(&text)),
        }
    }

    /// Clauses in the policy's words, each a list entry of its own.
    fn clause_items(&self, refs: &[Ref]) -> Vec<String> {
        self.labels(refs)
            .into_iter()
            .map(|l| sentence_end(capitalize_en(&l, self.lang), self.lang))
            .collect()
    }

    /// Whom a part of the policy concerns, in a policy that addresses several audiences.
    fn audience_words(&self, audience: &[String]) -> Option<String> {
        if audience.is_empty() {
            return None;
        }
        Some(join(
            &words::options("audience", audience, self.lang),
            self.lang,
        ))
    }

    /// `本部分适用于企业客户。` / `This part concerns enterprise customers.`
    fn audience_para(&self, audience: &[String]) -> Option<Para> {
        let who = self.audience_words(audience)?;
        Some(Para::text(audience_sentence(&who, self.lang)))
    }

    /// A fact whose value is the author's sentence: `Backups: after you delete …` (a common
    /// first word lower-cased after the colon, as in every other fact).
    fn fact_clause(&self, zh: &str, en: &str, value: &Text) -> Para {
        let text = clause(&self.t(value));
        let text = match self.lang {
            Lang::Zh => text,
            Lang::En => lowercase_common(&text),
        };
        self.fact(zh, en, text)
    }

    /// `标签：值。` / `Label: value.`
    fn fact(&self, zh: &str, en: &str, value: String) -> Para {
        let label = pick(self.lang, zh, en);
        let sep = pick(self.lang, "：", ": ");
        Para::text(sentence_end(format!("{label}{sep}{value}"), self.lang))
    }

    fn section(&self, id: &str) -> Option<(String, Vec<Para>, Blocks)> {
        let title = |zh: &str, en: &str| pick(self.lang, zh, en).to_string();
        Some(match id {
            "about" => (
                title(
                    "我们是谁与本政策的适用范围",
                    "Who we are and what this Policy covers",
                ),
                self.about(),
                Vec::new(),
            ),
            "collection" => (
                title(
                    "我们如何收集和使用您的个人信息",
                    "How we collect and use your personal information",
                ),
                Vec::new(),
                self.collection(),
            ),
            "cookies" => (
                title(
                    "我们如何使用 Cookie 和同类技术",
                    "How we use cookies and similar technologies",
                ),
                self.cookies(),
                Vec::new(),
            ),
            "storage" => (
                title(
                    "我们如何存储您的个人信息及跨境传输",
                    "Where we store your personal information, and transfers abroad",
                ),
                self.storage(),
                Vec::new(),
            ),
            "sharing" => (self.sharing_title(), Vec::new(), self.sharing()),
            "security" => (
                title(
                    "我们如何保护您的个人信息",
                    "How we protect your personal information",
                ),
                self.security(),
                Vec::new(),
            ),
            "retention" => (
                title(
                    "我们保存您的个人信息的期限",
                    "How long we keep your personal information",
                ),
                self.retention(),
                Vec::new(),
            ),
            "rights" => (
                title("您的权利", "Your rights"),
                self.rights_intro(),
                self.rights(),
            ),
            "minors" => (
                title(
                    "我们如何处理未成年人的个人信息",
                    "How we handle minors' personal information",
                ),
                self.minors(),
                Vec::new(),
            ),
            "changes" => (
                title("本政策如何更新", "How this Policy is updated"),
                self.changes(),
                self.revisions(),
            ),
            "contact" => (
                title("如何联系我们", "How to contact us"),
                self.contact(),
                Vec::new(),
            ),
            _ => return None,
        })
    }

    fn about(&self) -> Vec<Para> {
        let p = &self.m.policy;
        let c = &p.controller;
        let mut out = Vec::new();
        let name = self.t(&c.name);
        // A short name that is only “we” (“以下简称‘我们’”) is already said by the sentence.
        let short = c
            .short_name
            .as_ref()
            .map(|s| self.t(s))
            .filter(|s| !matches!(s.to_lowercase().as_str(), "我们" | "we" | "us"));
        // The author's opening, when there is one, already says who “we” are (often with more
        // than the controller: 「……及其关联公司」); a second definition would narrow it. Whether
        // we are the handler is said only where the author says it.
        if p.intro.is_none() {
            out.push(Para::text(match (self.lang, &short) {
                (Lang::Zh, Some(s)) => format!("本政策由{name}（以下简称“{s}”或“我们”）制定。"),
                (Lang::Zh, None) => format!("本政策由{name}（以下简称“我们”）制定。"),
                (Lang::En, Some(s)) => {
                    format!("This Policy is issued by {name} (“{s}”, “we” or “us”).")
                }
                (Lang::En, None) => format!("This Policy is issued by {name} (“we” or “us”)."),
            }));
        }
        out.extend(self.free(&c.description));
        if !p.products.is_empty() {
            let products: Vec<String> = p.products.iter().map(|t| self.t(t)).collect();
            out.push(Para::text(match self.lang {
                Lang::Zh => format!("本政策适用于{}。", join(&products, self.lang)),
                Lang::En => format!("This Policy applies to {}.", join(&products, self.lang)),
            }));
        }
        // The policy's audience is a classification the rules read (who is addressed, whether
        // minors are); the original rarely lists it, so the page does not print it.
        let minors_say_it = self
            .m
            .minors
            .as_ref()
            .is_some_and(|m| m.directed == Some(false));
        if p.audience.iter().any(|a| a == "not_directed_at_minors") && !minors_say_it {
            out.push(Para::text(
                pick(
                    self.lang,
                    "我们的产品和服务不面向未成年人。",
                    "Our products and services are not directed at minors.",
                )
                .to_string(),
            ));
        }
        out.extend(self.free(&p.scope));
        let mut dates = Vec::new();
        if let Some(d) = &p.effective {
            dates.push(format!(
                "{}{}",
                pick(self.lang, "生效日期：", "Effective date: "),
                words::date(d, self.lang)
            ));
        }
        if let Some(d) = &p.updated {
            dates.push(format!(
                "{}{}",
                pick(self.lang, "更新日期：", "Last updated: "),
                words::date(d, self.lang)
            ));
        }
        if !dates.is_empty() {
            out.push(Para::list(String::new(), dates));
        }
        if let Some(v) = &p.version {
            out.push(self.fact("版本", "Version", v.clone()));
        }
        if let Some(u) = &p.url {
            out.push(Para::text(match self.lang {
                Lang::Zh => format!("本政策的最新版本发布于 {u}。"),
                Lang::En => format!("The current version of this Policy is published at {u}."),
            }));
        }
        if p.use_means_acceptance == Some(true) {
            // What the acceptance covers is the author's to say (`acceptance`: 「即表示您同意我们
            // 按照本政策处理您的相关信息」 is not acceptance of the whole policy). Without it, the
            // flag says no more than that starting to use the services is deemed acceptance:
            // not "read", not "the whole", not every product, and not 同意 (consent).
            out.push(match &p.acceptance {
                Some(a) => Para::text(sentence_end(self.t(a), self.lang)),
                None => Para::text(
                    pick(
                        self.lang,
                        "您开始使用我们的服务，即视为您接受本政策。",
                        "Once you start using our services, you are deemed to accept this Policy.",
                    )
                    .into(),
                ),
            });
        }
        out
    }

    /// The author's sections that stand on their own: each a section of the page, in the
    /// order written, with its children (`parent`) as its subsections. No catch-all 「总体说明」
    /// gathers them. The promises and disclaimers follow, each a section of its own.
    fn author_sections(&self) -> Vec<(String, String, Vec<Para>, Blocks)> {
        let mut out: Vec<(String, String, Vec<Para>, Blocks)> = self
            .m
            .sections
            .iter()
            .filter(|s| s.part.is_none() && !self.nested(s))
            .map(|s| {
                let blocks = self
                    .children(&s.id)
                    .into_iter()
                    .map(|c| {
                        let mut content = self.section_body(c);
                        content.extend(self.numbered(&c.id, ""));
                        (format!("section-{}", c.id), self.t(&c.title), content)
                    })
                    .collect();
                (
                    format!("section-{}", s.id),
                    self.t(&s.title),
                    self.section_body(s),
                    blocks,
                )
            })
            .collect();
        if !self.m.promises.is_empty() {
            let content = self
                .m
                .promises
                .iter()
                .flat_map(|p| self.promise(p))
                .collect();
            out.push((
                "promises".to_string(),
                pick(self.lang, "我们的承诺", "Our commitments").into(),
                content,
                Vec::new(),
            ));
        }
        let disclaimers = &self.m.policy.disclaimers;
        if !disclaimers.is_empty() {
            out.push((
                "disclaimers".to_string(),
                pick(self.lang, "免责声明", "Disclaimers").into(),
                vec![Para::list(
                    pick(
                        self.lang,
                        "关于我们责任的限制，请您知悉：",
                        "Please note the following limits on our liability:",
                    )
                    .into(),
                    self.clause_items(disclaimers),
                )],
                Vec::new(),
            ));
        }
        out
    }

    /// The author's sections placed in a part of the page (`part security`), each a
    /// subsection of it, their children numbered items within.
    fn placed(&self, part: &str) -> Blocks {
        self.m
            .sections
            .iter()
            .filter(|s| s.part.as_deref() == Some(part) && !self.nested(s))
            .map(|s| {
                let mut content = self.section_body(s);
                content.extend(self.numbered(&s.id, ""));
                (format!("section-{}", s.id), self.t(&s.title), content)
            })
            .collect()
    }

    /// Whether a section is another's child: its parent exists and the chain of parents
    /// ends at a section that is no one's child (a cycle of parents nests nothing).
    fn nested(&self, s: &crate::backends::manifest::Section) -> bool {
        let mut seen = vec![s.id.as_str()];
        let mut at = s;
        while let Some(p) = at.parent.as_deref() {
            let Some(up) = self.m.sections.iter().find(|x| x.id == p) else {
                return at.id != s.id;
            };
            if seen.contains(&up.id.as_str()) {
                return false;
            }
            seen.push(up.id.as_str());
            at = up;
        }
        at.id != s.id
    }

    fn children(&self, id: &str) -> Vec<&crate::backends::manifest::Section> {
        self.m
            .sections
            .iter()
            .filter(|s| s.parent.as_deref() == Some(id) && self.nested(s))
            .collect()
    }

    fn section_body(&self, s: &crate::backends::manifest::Section) -> Vec<Para> {
        let mut body: Vec<Para> = self.audience_para(&s.audience).into_iter().collect();
        body.extend(s.body.iter().map(|b| Para {
            text: self.t(b),
            authored: true,
            ..Para::default()
        }));
        body
    }

    /// A subsection's children as numbered items (`1. 合法正当`), each followed by its body;
    /// their children in turn as `1.1`.
    fn numbered(&self, id: &str, prefix: &str) -> Vec<Para> {
        let mut out = Vec::new();
        for (i, c) in self.children(id).into_iter().enumerate() {
            let n = format!("{prefix}{}", i + 1);
            out.push(Para::text(format!("{n}. {}", self.t(&c.title))));
            out.extend(self.section_body(c));
            out.extend(self.numbered(&c.id, &format!("{n}.")));
        }
        out
    }

    /// A promise: what it is, the information and regions it covers, its exceptions.
    fn promise(&self, p: &Promise) -> Vec<Para> {
        let flows: Vec<&Flow> = p
            .except_flows
            .iter()
            .filter_map(|r| self.m.flows.iter().find(|f| f.id == r.id))
            .collect();
        // The promise in the author's words. Its `data` and `regions` are what the checker
        // holds it to; the label already says them in the original's scope, and a generated
        // "It covers …" / 「该项承诺所涉地域为……」 would restate it in the library's.
        let mut out = vec![Para::text(promise_sentence(
            p,
            &flows,
            &self.m.policy.home.territory,
            self.lang,
        ))];
        if !p.exceptions.is_empty() {
            out.push(Para::list(
                pick(
                    self.lang,
                    "该项承诺有以下例外：",
                    "This commitment has the following exceptions:",
                )
                .into(),
                self.clause_items(&p.exceptions),
            ));
        }
        out.extend(self.free(&p.description));
        out
    }

    fn collection(&self) -> Blocks {
        let mut blocks: Blocks = self
            .m
            .purposes
            .iter()
            .map(|p| {
                (
                    format!("purpose-{}", p.id),
                    self.t(&p.label),
                    self.purpose(p),
                )
            })
            .collect();
        if !self.m.categories.is_empty() {
            blocks.push((
                "categories".to_string(),
                pick(
                    self.lang,
                    "个人信息类别",
                    "Categories of personal information",
                )
                .into(),
                vec![self.category_table()],
            ));
        }
        let exceptions = &self.m.policy.consent_exceptions;
        if !exceptions.is_empty() {
            blocks.push((
                "consent-exceptions".to_string(),
                pick(self.lang, "征得授权同意的例外", "Exceptions to consent").into(),
                // The cases permit what each needs, not all of your information: the lead-in
                // says no more ("some necessary personal information" in the originals that
                // qualify it, nothing wider in those that do not).
                vec![Para::list(
                    pick(
                        self.lang,
                        "在以下情形中，我们可以在不征得您的授权同意的情况下收集、使用所需的个人信息：",
                        "In the following cases, we may collect and use the personal information needed without your consent:",
                    )
                    .into(),
                    self.clause_items(exceptions),
                )],
            ));
        }
        blocks
    }

    /// The categories as a table: one row each, with only the columns the author filled in for
    /// at least one category. Sensitivity is printed only where the author stated it on the
    /// category (`sensitive`), not where it is inherited from a standard category.
    fn category_table(&self) -> Para {
        let lang = self.lang;
        let rows: Vec<Vec<String>> = self
            .m
            .categories
            .iter()
            .map(|c| {
                let examples: Vec<String> = c.examples.iter().map(|e| self.t(e)).collect();
                let mut source: Vec<String> = c
                    .source
                    .iter()
                    .map(|s| words::option("source", s, lang))
                    .collect();
                if !c.obtained_from.is_empty() {
                    let from = join(&self.labels(&c.obtained_from), lang);
                    source.push(match lang {
                        Lang::Zh => format!("来源于{from}"),
                        Lang::En => format!("obtained from {from}"),
                    });
                }
                let required = match c.required {
                    Some(true) => pick(lang, "必须提供", "required"),
                    Some(false) => pick(lang, "可选择提供", "optional"),
                    None => "",
                };
                let mut notes: Vec<String> = Vec::new();
                if let Some(who) = self.audience_words(&c.audience) {
                    notes.push(match lang {
                        Lang::Zh => format!("仅涉及{who}。"),
                        Lang::En => format!("Concerns {who} only."),
                    });
                }
                // A refusal consequence a purpose already states is not said again per row.
                let said_by_purpose = |r: &Text| {
                    self.m
                        .purposes
                        .iter()
                        .any(|p| p.refusal.as_ref() == Some(r))
                };
                if let Some(r) = c.refusal.as_ref().filter(|r| !said_by_purpose(r)) {
                    let r =
                        self.conditional(&self.t(r), "如您不提供，", "if you do not provide it, ");
                    notes.push(sentence_end(capitalize_en(&r, lang), lang));
                }
                notes.extend(c.description.as_ref().map(|d| self.t(d)));
                vec![
                    capitalize_en(&self.t(&c.label), lang),
                    join(&examples, lang),
                    capitalize_en(&source.join(pick(lang, "；", "; ")), lang),
                    capitalize_en(required, lang),
                    if c.sensitive_stated {
                        self.terms().sensitive_cell(lang).into()
                    } else {
                        String::new()
                    },
                    notes.join(pick(lang, "", " ")),
                ]
            })
            .collect();
        let head = [
            pick(lang, "个人信息", "Information"),
            pick(lang, "示例", "Examples"),
            pick(lang, "来源", "Source"),
            pick(lang, "是否必须提供", "Required"),
            self.terms().sensitive_heading(lang),
            pick(lang, "说明", "Notes"),
        ];
        self.table(
            // Not "we process": whether and when is each purpose's to say (「可能」, 「如您自愿
            // 提供」). Not "the purposes above concern" either: a policy may name information
            // no purpose uses ("we may collect …"), and the table lists that too.
            pick(
                lang,
                "本政策所述的个人信息如下：",
                "The personal information this Policy describes is as follows:",
            )
            .into(),
            &head,
            rows,
        )
    }

    /// A table of `rows` under `head`, without the columns no row fills (the first, the row's
    /// name, always stays). One row is no table: it is a sentence after the lead-in.
    fn table(&self, intro: String, head: &[&str], rows: Vec<Vec<String>>) -> Para {
        let keep: Vec<usize> = (0..head.len())
            .filter(|&i| i == 0 || rows.iter().any(|r| r.get(i).is_some_and(|c| !c.is_empty())))
            .collect();
        let rows: Vec<Vec<String>> = rows
            .into_iter()
            .map(|r| {
                keep.iter()
                    .map(|&i| r.get(i).cloned().unwrap_or_default())
                    .collect()
            })
            .collect();
        let head: Vec<String> = keep.iter().map(|&i| head[i].to_string()).collect();
        // One row is no table: its name and then its facts, as a sentence when it has one
        // fact and as a list of `column: value` when it has several.
        if let [row] = rows.as_slice() {
            let sep = pick(self.lang, "：", ": ");
            let facts: Vec<String> = row
                .iter()
                .zip(&head)
                .skip(1)
                .filter(|(c, _)| !c.is_empty())
                .map(|(c, h)| format!("{h}{sep}{}", clause(c)))
                .collect();
            let name = row.first().cloned().unwrap_or_default();
            let gap = if self.lang == Lang::En { " " } else { "" };
            return match facts.as_slice() {
                [] => Para::text(sentence_end(
                    format!("{intro}{gap}{}", lowercase_common(&name)),
                    self.lang,
                )),
                [fact] => Para::text(sentence_end(
                    match self.lang {
                        Lang::Zh => format!("{intro}{name}（{fact}）"),
                        Lang::En => format!("{intro} {} ({fact})", lowercase_common(&name)),
                    },
                    self.lang,
                )),
                _ => Para::list(
                    format!(
                        "{}{}",
                        capitalize_en(&name, self.lang),
                        pick(self.lang, "：", ":")
                    ),
                    facts
                        .into_iter()
                        .map(|f| sentence_end(f, self.lang))
                        .collect(),
                ),
            };
        }
        Para {
            text: intro,
            table: Some(Table { head, rows }),
            ..Para::default()
        }
    }

    fn purpose(&self, p: &Purpose) -> Vec<Para> {
        let mut out: Vec<Para> = self.audience_para(&p.audience).into_iter().collect();
        // Each fact once: the author's paragraph for the purpose is the statement of what it
        // collects and why; a generated sentence beside it would say the same again (and
        // lose the author's qualifiers, 「如您自愿提供」). Without one, the sentence needs no
        // 「为……」: the heading above it is the purpose.
        match self.free(&p.description) {
            Some(d) => out.push(d),
            None => out.push(Para::text(self.data_sentence(p))),
        }
        if !p.basis.is_empty() {
            out.push(self.fact("处理依据", "Legal basis", bases(&p.basis, self.lang)));
        }
        out.extend(super::gdpr::purpose_facts(self.m, p, self.lang));
        match p.required {
            Some(true) => out.push(Para::text(
                pick(
                    self.lang,
                    "上述个人信息是实现该目的所必需的。",
                    "This information is necessary for this purpose.",
                )
                .into(),
            )),
            Some(false) => out.push(Para::text(
                pick(
                    self.lang,
                    "该项处理并非必需，您可以拒绝。",
                    "This processing is optional; you may refuse it.",
                )
                .into(),
            )),
            None => {}
        }
        if let Some(r) = &p.refusal {
            out.push(self.fact_clause("拒绝的后果", "Consequence of refusal", r));
        }
        if let Some(c) = &p.consent {
            out.push(self.fact(
                "征得同意的方式",
                "How we ask for consent",
                words::option("consent", c, self.lang),
            ));
        }
        if !p.withdraw.is_empty() {
            out.push(self.fact(
                "撤回同意",
                "Withdrawing consent",
                join_or(&self.channels(&p.withdraw), self.lang),
            ));
        }
        if !p.opt_out.is_empty() {
            out.push(self.fact(
                "拒绝或退出的方式",
                "How to opt out",
                join_or(&self.channels(&p.opt_out), self.lang),
            ));
        }
        if let Some(n) = &p.necessity {
            out.push(self.fact_clause(
                "处理敏感个人信息的必要性",
                "Why sensitive information is necessary",
                n,
            ));
        }
        if let Some(n) = &p.impact {
            out.push(self.fact_clause("对您权益的影响", "Impact on your rights", n));
        }
        out
    }

    /// What a purpose without an author's paragraph collects, in its modality (`may`), with
    /// what a recipient collects itself (`collected_by recipient` on a flow for the purpose)
    /// said to be collected by it, never by us.
    fn data_sentence(&self, p: &Purpose) -> String {
        let lang = self.lang;
        // Who collects each category for this purpose, other than us.
        let collectors = |c: &CategoryRef| -> Vec<String> {
            let mut who: Vec<String> = Vec::new();
            for f in self
                .m
                .flows
                .iter()
                .filter(|f| f.collected_by.as_deref() == Some("recipient"))
            {
                for g in &f.grants {
                    let here = g.purposes.iter().any(|r| r.id == p.id)
                        && g.data.iter().any(|d| d.id == c.id);
                    for t in g.to.iter().filter(|_| here) {
                        let l = self.t(&t.label);
                        if !who.contains(&l) {
                            who.push(l);
                        }
                    }
                }
            }
            who
        };
        let mut ours: Vec<CategoryRef> = Vec::new();
        let mut theirs: Vec<(Vec<String>, Vec<CategoryRef>)> = Vec::new();
        for c in &p.uses {
            let who = collectors(c);
            if who.is_empty() {
                ours.push(c.clone());
            } else if let Some((_, cats)) = theirs.iter_mut().find(|(w, _)| *w == who) {
                cats.push(c.clone());
            } else {
                theirs.push((who, vec![c.clone()]));
            }
        }
        if theirs.is_empty() {
            return data_sentence(p, lang);
        }
        let mut out: Vec<String> = Vec::new();
        if !ours.is_empty() {
            let mut own = p.clone();
            own.uses = ours;
            out.push(data_sentence(&own, lang));
        }
        for (who, cats) in theirs {
            let (who, cats) = (join(&who, lang), your_data(&cats, lang));
            out.push(match lang {
                Lang::Zh => format!("{cats}由{who}直接收集。"),
                Lang::En => format!("{} collects {cats} directly.", capitalize(&who)),
            });
        }
        out.join(pick(lang, "", " "))
    }

    fn cookies(&self) -> Vec<Para> {
        let Some(s) = &self.m.cookies.statement else {
            return self.cookie_table().into_iter().collect();
        };
        let mut out = Vec::new();
        let described = self.free(&s.description);
        // The author's paragraph names the technologies in its own words ("Cookie 和其他同类
        // 技术，如像素标签"); a generated list beside it would say it again, and close a list the
        // author left open ("or similar techniques").
        if described.is_none() && !s.technology.is_empty() {
            let tech = words::options("technology", &s.technology, self.lang);
            out.push(Para::text(match self.lang {
                Lang::Zh => format!("我们使用的技术包括{}。", join(&tech, self.lang)),
                Lang::En => format!(
                    "The technologies we use include {}.",
                    join(&tech, self.lang)
                ),
            }));
        }
        out.extend(described);
        if let Some(l) = &s.lifetime {
            out.push(self.fact_clause("保存期限", "How long they are kept", l));
        }
        if !s.refuse.is_empty() {
            out.push(Para::list(
                pick(
                    self.lang,
                    // Not "refuse": the channels may only clear what is stored.
                    "您可以通过以下方式管理 Cookie：",
                    "You can manage cookies as follows:",
                )
                .into(),
                self.channels(&s.refuse)
                    .into_iter()
                    .map(|c| sentence_end(capitalize_en(&c, self.lang), self.lang))
                    .collect(),
            ));
        }
        if let Some(d) = &s.do_not_track {
            out.push(Para::text(sentence_end(
                capitalize_en(&words::option("do_not_track", d, self.lang), self.lang),
                self.lang,
            )));
        }
        out.extend(self.cookie_table());
        out
    }

    /// The cookies as one table (name as written, never re-cased: `u` and `U` are two
    /// cookies). A technology the section's opening already names is not said again per row.
    fn cookie_table(&self) -> Option<Para> {
        let lang = self.lang;
        let items = &self.m.cookies.items;
        if items.is_empty() {
            return None;
        }
        let said: Vec<String> = self
            .m
            .cookies
            .statement
            .as_ref()
            .map(|s| s.technology.clone())
            .unwrap_or_default();
        let rows: Vec<Vec<String>> = items
            .iter()
            .map(|c| {
                let tech: Vec<String> = if c.technology.iter().all(|t| said.contains(t)) {
                    Vec::new()
                } else {
                    words::options("technology", &c.technology, lang)
                };
                vec![
                    self.t(&c.label),
                    c.third_party
                        .as_ref()
                        .map(|r| self.t(&r.label))
                        .unwrap_or_default(),
                    c.kind
                        .as_ref()
                        .map(|k| words::option("kind", k, lang))
                        .unwrap_or_default(),
                    join(&tech, lang),
                    // `may` on a cookie ("we may use cookies to …") stays in its purpose.
                    match (c.may, c.purposes.is_empty(), lang) {
                        (true, false, Lang::Zh) => {
                            format!("可能用于{}", join(&self.labels(&c.purposes), lang))
                        }
                        (true, false, Lang::En) => {
                            format!("may be used for {}", join(&self.labels(&c.purposes), lang))
                        }
                        _ => join(&self.labels(&c.purposes), lang),
                    },
                    join(&self.categories(&c.data), lang),
                    c.lifetime
                        .as_ref()
                        .map(|l| clause(&self.t(l)))
                        .unwrap_or_default(),
                    c.description
                        .as_ref()
                        .map(|d| self.t(d))
                        .unwrap_or_default(),
                ]
            })
            .collect();
        let head = [
            pick(lang, "名称", "Name"),
            pick(lang, "提供方", "Provider"),
            pick(lang, "类型", "Type"),
            pick(lang, "技术", "Technology"),
            pick(lang, "用途", "Purpose"),
            pick(lang, "收集的信息", "Information collected"),
            pick(lang, "保存期限", "Lifetime"),
            pick(lang, "说明", "Notes"),
        ];
        let intro = match (lang, items.len()) {
            (Lang::Zh, _) => "我们使用的 Cookie 和同类技术如下：",
            (Lang::En, 1) => "We use the following cookie or similar technology:",
            (Lang::En, _) => "We use the following cookies and similar technologies:",
        };
        Some(self.table(intro.into(), &head, rows))
    }

    fn storage(&self) -> Vec<Para> {
        let mut out: Vec<Para> = Vec::new();
        for s in &self.m.storage {
            out.extend(self.storage_entry(s));
        }
        // Each transfer abroad once, here where readers look for it (not again under sharing).
        for f in self.m.flows.iter().filter(|f| f.cross_border) {
            out.extend(self.flow(f));
        }
        out
    }

    fn storage_entry(&self, s: &Storage) -> Vec<Para> {
        // Each fact once: where the author words the storage statement, their paragraph is the
        // statement. Originals qualify it in ways the fields cannot hold (「在境内运营中收集和
        // 产生的」, "in compliance with the laws"), and a generated sentence beside it would
        // state a wider rule than the original.
        let mut out = match &s.description {
            Some(_) => self.free(&s.description).into_iter().collect(),
            None => vec![Para::text(storage_sentence(s, self.lang))],
        };
        if !s.exceptions.is_empty() {
            out.push(Para::list(
                pick(self.lang, "例外情形：", "Exceptions:").into(),
                self.labels(&s.exceptions)
                    .into_iter()
                    .map(|l| sentence_end(capitalize_en(&l, self.lang), self.lang))
                    .collect(),
            ));
        }
        out
    }

    /// The sharing section's heading names the practices the page has, not all four: a
    /// heading that promises 委托处理 over a section without it points at nothing.
    fn sharing_title(&self) -> String {
        let present = |a: &str| {
            self.m
                .flows
                .iter()
                .any(|f| f.action == a && !f.cross_border)
        };
        let mut zh: Vec<&str> = Vec::new();
        let mut en: Vec<&str> = Vec::new();
        let terms = self.terms();
        for (a, z, e) in [
            (
                "entrust",
                terms.entrust_verb(Lang::Zh),
                terms.entrust_verb(Lang::En),
            ),
            ("share", "共享", "share"),
            ("transfer", "转让", "transfer"),
            ("disclose", "公开披露", "publicly disclose"),
        ] {
            if present(a) {
                zh.push(z);
                en.push(e);
            }
        }
        if zh.is_empty() {
            zh = vec![terms.entrust_verb(Lang::Zh), "共享", "转让", "公开披露"];
            en = vec![
                terms.entrust_verb(Lang::En),
                "share",
                "transfer",
                "publicly disclose",
            ];
        }
        let en: Vec<String> = en.into_iter().map(String::from).collect();
        match self.lang {
            Lang::Zh => format!("我们如何{}您的个人信息", zh.join("、")),
            Lang::En => format!("How we {} your personal information", join(&en, Lang::En)),
        }
    }

    fn sharing(&self) -> Blocks {
        let mut blocks = Vec::new();
        let terms = self.terms();
        for (action, zh, en) in [
            (
                "entrust",
                terms.entrust_heading(Lang::Zh),
                terms.entrust_heading(Lang::En),
            ),
            ("share", "共享", "Sharing"),
            ("transfer", "转让", "Transfer"),
            ("disclose", "公开披露", "Public disclosure"),
        ] {
            // A transfer abroad is said once, in the storage and transfers section.
            let flows: Vec<&Flow> = self
                .m
                .flows
                .iter()
                .filter(|f| f.action == action && !f.cross_border)
                .collect();
            if flows.is_empty() {
                continue;
            }
            let content: Vec<Para> = flows.into_iter().flat_map(|f| self.flow(f)).collect();
            blocks.push((
                format!("flows-{action}"),
                pick(self.lang, zh, en).to_string(),
                content,
            ));
        }
        if let Some(t) = self.recipient_table() {
            blocks.push((
                "recipients".into(),
                pick(self.lang, "接收方的基本情况", "About the recipients").into(),
                vec![t],
            ));
        }
        blocks
    }

    /// A flow's sentence and what the author attached to it: notice, refusal, commitments,
    /// cases, and the author's own paragraph.
    fn flow(&self, f: &Flow) -> Vec<Para> {
        let mut content = Vec::new();
        // Each fact once: the author's paragraph for the flow is its statement, in the
        // original's own modality and conditions; the generated sentence beside it would say
        // the same again. The flow's structured data (recipient, data, purpose, modality,
        // cases) is still one row of the sharing list. The cases and commitments attached to
        // the flow are lists the paragraph leads into (「在下列情形中」), and follow it.
        //
        // A paragraph that names none of the flow's recipients is not the flow's statement
        // but a remark on it ("For more information on how we respond to requests, see our
        // Legal Guidelines"): the generated sentence, with its recipient, modality and
        // conditions, comes first, or the page would drop the practice itself.
        let described = self.free(&f.description);
        let (commitments, exceptions) = (&f.commitments, &f.exceptions);
        let states_the_flow = described.is_some()
            && f.to
                .iter()
                .any(|r| self.said_in(described.as_ref(), &r.label));
        if !states_the_flow {
            content.push(Para::text(flow_sentence(
                f,
                &self.m.policy.home.territory,
                self.lang,
            )));
        }
        // A recipient's own collection described without its subject (「收集IP地址……」 under
        // an SDK) would read as ours among sentences that all say 我们: it names who collects.
        let attributed = match &described {
            Some(d)
                if !states_the_flow
                    && f.collected_by.as_deref() == Some("recipient")
                    && !self.names_us(&d.text) =>
            {
                let who = join(&labels(&f.to, self.lang), self.lang);
                Some(Para {
                    text: match self.lang {
                        Lang::Zh => format!("{who}：{}", d.text),
                        Lang::En => format!("{}: {}", capitalize(&who), d.text),
                    },
                    ..d.clone()
                })
            }
            _ => described.clone(),
        };
        content.extend(attributed);
        if !f.notice.is_empty() && described.is_none() {
            let ch = join_or(&words::options("notice", &f.notice, self.lang), self.lang);
            content.push(Para::text(match self.lang {
                    Lang::Zh => format!("在此之前，我们会通过{ch}告知您接收方的名称、处理目的、处理方式和个人信息的种类。"),
                    Lang::En => format!("Beforehand, we tell you by {ch} the recipient's name, the purpose and method of processing, and the kinds of personal information concerned."),
                }));
        }
        if let Some(r) = f
            .refusal
            .as_ref()
            .filter(|r| !self.said_in(described.as_ref(), r))
        {
            content.push(Para::text(sentence_end(
                capitalize_en(
                    &self.conditional(&self.t(r), "如您不同意，", "if you do not agree, "),
                    self.lang,
                ),
                self.lang,
            )));
        }
        if !commitments.is_empty() {
            content.push(Para::list(
                pick(
                    self.lang,
                    "就此，我们承诺：",
                    "In doing so, we commit to the following:",
                )
                .into(),
                self.labels(commitments)
                    .into_iter()
                    .map(|l| sentence_end(capitalize_en(&l, self.lang), self.lang))
                    .collect(),
            ));
        }
        // The cases the author attached to the flow, as listed: whether consent is
        // needed in them is the basis's to say, not this heading's.
        if !exceptions.is_empty() {
            content.push(Para::list(
                pick(
                    self.lang,
                    "上述处理涉及以下情形：",
                    "This concerns the following cases:",
                )
                .into(),
                self.labels(exceptions)
                    .into_iter()
                    .map(|l| sentence_end(capitalize_en(&l, self.lang), self.lang))
                    .collect(),
            ));
        }
        content
    }

    /// What the policy says of its recipients beyond their labels, as one table: name,
    /// examples, where, how to reach them, their own policy, how we supervise them, what we
    /// agreed with them, what they may do with the data. The flow sentences name recipients
    /// by label only; PIPL Art. 23 asks for the name and contact, and the author's agreements
    /// and supervision are commitments the reader must see. A recipient with nothing more
    /// than its label gets no row; its role (the kind it is) is the model's and the verbs of
    /// the flow sentences already say it.
    fn recipient_table(&self) -> Option<Para> {
        let lang = self.lang;
        let rows: Vec<Vec<String>> = self
            .m
            .recipients
            .iter()
            .map(|r| self.recipient_row(r))
            .filter(|row| row[1..].iter().any(|c| !c.is_empty()))
            .collect();
        if rows.is_empty() {
            return None;
        }
        let head = [
            pick(lang, "接收方", "Recipient"),
            pick(lang, "名称", "Name"),
            pick(lang, "例如", "For example"),
            pick(lang, "所在地", "Located in"),
            pick(lang, "联系方式", "Contact"),
            pick(lang, "其个人信息保护政策", "Its own privacy policy"),
            pick(lang, "我们的监督方式", "How we supervise it"),
            pick(lang, "说明", "Notes"),
        ];
        Some(self.table(
            pick(lang, "接收方的基本情况如下：", "About the recipients:").into(),
            &head,
            rows,
        ))
    }

    fn recipient_row(&self, r: &Recipient) -> Vec<String> {
        let lang = self.lang;
        let examples: Vec<String> = r.examples.iter().map(|e| self.t(e)).collect();
        let contact: Vec<String> = r
            .contact
            .iter()
            .map(|c| match (&c.value, &c.text) {
                (Some(v), _) => v.clone(),
                (None, Some(t)) => self.t(t),
                (None, None) => String::new(),
            })
            .collect();
        let label = self.t(&r.label);
        let mut notes: Vec<String> = Vec::new();
        // The clauses as the author wrote them, each a sentence of its own: no "our agreement
        // with X provides that" around them. Authors write what they require of a recipient
        // ("We require vendors to agree to privacy commitments"), or that they sign an
        // agreement; a frame would add an agreement the policy never mentions, or nest one
        // agreement in another.
        for c in self.labels(&r.contract) {
            notes.push(sentence_end(capitalize_en(&c, lang), lang));
        }
        match r.own_purposes {
            Some(false) => notes.push(
                pick(
                    lang,
                    "该接收方不得将您的个人信息用于其自身的目的。",
                    "It may not use your personal information for its own purposes.",
                )
                .into(),
            ),
            // What a recipient does with what it receives is its own decision: the policy can
            // only say it may, and of what it receives, not of "your personal information".
            Some(true) => notes.push(
                pick(
                    lang,
                    "该接收方可能将其获得的信息用于其自身的目的。",
                    "It may also use the information it receives for its own purposes.",
                )
                .into(),
            ),
            None => {}
        }
        notes.extend(
            r.description
                .as_ref()
                .map(|d| sentence_end(self.t(d), lang)),
        );
        vec![
            // The label as written (a defined term such as "Platform Users" keeps its
            // capitals), capitalised only where it starts a cell.
            capitalize_en(&label, lang),
            r.name.as_ref().map(|n| self.t(n)).unwrap_or_default(),
            join(&examples, lang),
            join(&self.regions(&r.regions), lang),
            join(&contact, lang),
            r.policy_url.clone().unwrap_or_default(),
            r.supervision
                .as_ref()
                .map(|s| clause(&self.t(s)))
                .unwrap_or_default(),
            notes.join(pick(lang, "", " ")),
        ]
    }

    fn security(&self) -> Vec<Para> {
        let Some(s) = &self.m.security else {
            return Vec::new();
        };
        // Each fact once: the author's paragraph on security is the section's statement, and a
        // measure it quotes is not listed again. A measure the model holds and the paragraph
        // does not quote still follows it, in the library's words where the author used a
        // library item: dropping it would say less than the original (the measures of an
        // original's numbered list are often modelled as items, not in the paragraph).
        let mut out = Vec::new();
        if let Some(d) = self.free(&s.description) {
            let own: Vec<Ref> = s
                .measures
                .iter()
                .filter(|m| !self.said_in(Some(&d), &m.label))
                .cloned()
                .collect();
            out.push(d);
            if !own.is_empty() {
                out.push(Para::list(
                    pick(
                        self.lang,
                        "我们采取的安全措施还包括：",
                        "Our security measures also include:",
                    )
                    .into(),
                    self.labels(&own)
                        .into_iter()
                        .map(|l| capitalize_en(&l, self.lang))
                        .collect(),
                ));
            }
        } else if !s.measures.is_empty() {
            out.push(Para::list(
                pick(
                    self.lang,
                    "我们采取以下安全措施保护您的个人信息：",
                    "We protect your personal information with the following security measures:",
                )
                .into(),
                self.labels(&s.measures)
                    .into_iter()
                    .map(|l| capitalize_en(&l, self.lang))
                    .collect(),
            ));
        }
        // Certifications, the incident plan and what an incident notice says are facts of their
        // own: they follow an author's paragraph too (dropping them would say less than the
        // original), each once.
        // The MLPS (网络安全等级保护) filing and level are one fact about our systems, said in
        // one sentence, not listed among certifications next to a sentence repeating them.
        let mlps_level_of = |id: &str| {
            id.strip_prefix("std::security::mlps_level_")
                .and_then(|n| n.parse::<u64>().ok())
        };
        let filed = s
            .certifications
            .iter()
            .any(|c| c.id == "std::security::mlps_filing");
        let level = s
            .mlps_level
            .or_else(|| s.certifications.iter().find_map(|c| mlps_level_of(&c.id)));
        let others: Vec<Ref> = s
            .certifications
            .iter()
            .filter(|c| c.id != "std::security::mlps_filing" && mlps_level_of(&c.id).is_none())
            .cloned()
            .collect();
        if !others.is_empty() {
            let c = join(&self.labels(&others), self.lang);
            out.push(Para::text(match self.lang {
                Lang::Zh => format!("我们已取得{c}。"),
                Lang::En => format!("We hold the following certifications: {c}."),
            }));
        }
        let mlps = match (filed, level) {
            (true, Some(l)) => Some(match self.lang {
                Lang::Zh => format!("我们的相关业务系统已完成网络安全等级保护备案，并已通过第{}级测评。", zh_numeral(l as usize)),
                Lang::En => format!("Our business systems concerned have been filed under the Classified Protection of Cybersecurity (MLPS) and have passed the Level {l} assessment."),
            }),
            (false, Some(l)) => Some(match self.lang {
                Lang::Zh => format!("我们的相关业务系统已通过网络安全等级保护第{}级测评。", zh_numeral(l as usize)),
                Lang::En => format!("Our business systems concerned have passed the Level {l} assessment under the Classified Protection of Cybersecurity (MLPS)."),
            }),
            (true, None) => Some(
                pick(
                    self.lang,
                    "我们的相关业务系统已完成网络安全等级保护备案。",
                    "Our business systems concerned have been filed under the Classified Protection of Cybersecurity (MLPS).",
                )
                .to_string(),
            ),
            (false, None) => None,
        };
        out.extend(mlps.map(Para::text));
        // The plan is often also listed as a measure (`sec::incident_response`): say it once.
        let plan_listed = s
            .measures
            .iter()
            .any(|m| m.id == "std::security::incident_response");
        if s.incident_plan == Some(true) && !plan_listed {
            out.push(Para::text(
                pick(
                    self.lang,
                    "我们制定了个人信息安全事件应急预案。",
                    "We maintain a response plan for personal information security incidents.",
                )
                .into(),
            ));
        }
        if !s.incident_contents.is_empty() {
            let by = if s.incident_notice.is_empty() {
                String::new()
            } else {
                let ch = join_or(
                    &words::options("notice", &s.incident_notice, self.lang),
                    self.lang,
                );
                pick(
                    self.lang,
                    format!("通过{ch}等方式").as_str(),
                    format!(" by {ch}").as_str(),
                )
                .to_string()
            };
            out.push(Para::list(
                match self.lang {
                    // No 「及时」: how soon is the author's to say.
                    Lang::Zh => format!("如不幸发生个人信息安全事件，我们将{by}告知您以下内容："),
                    Lang::En => format!("If a personal information security incident occurs, we will tell you{by} the following:"),
                },
                self.clause_items(&s.incident_contents),
            ));
        } else if !s.incident_notice.is_empty() {
            let ch = join_or(
                &words::options("notice", &s.incident_notice, self.lang),
                self.lang,
            );
            // What the notice contains is said only where the author lists it
            // (`incident_contents`): PIPL Art. 57's items are a duty, not the policy's words.
            out.push(Para::text(match self.lang {
                Lang::Zh => format!("如发生个人信息安全事件，我们将通过{ch}告知您。"),
                Lang::En => format!("If a personal information security incident occurs, we will inform you by {ch}."),
            }));
        }
        if s.report_to_authorities == Some(true) {
            // "also" only after the sentence on telling people about an incident.
            let told = !s.incident_notice.is_empty() || !s.incident_contents.is_empty();
            out.push(Para::text(match (told, self.lang) {
                (true, Lang::Zh) => "我们还将按照监管部门的要求，上报个人信息安全事件的处置情况。",
                (true, Lang::En) => "We will also report the handling of personal information security incidents to the regulators as they require.",
                (false, Lang::Zh) => "如发生个人信息安全事件，我们将按照监管部门的要求，上报事件的处置情况。",
                (false, Lang::En) => "If a personal information security incident occurs, we will report its handling to the regulators as they require.",
            }.into()));
        }
        out
    }

    fn retention(&self) -> Vec<Para> {
        self.m
            .retention
            .iter()
            .flat_map(|r| self.retention_entry(r))
            .collect()
    }

    fn retention_entry(&self, r: &Retention) -> Vec<Para> {
        // Each fact once: the author's paragraph on the period is its statement (it keeps the
        // original's own measure, 「合理必要期限」 or 「最短时间」, which a generated sentence
        // would replace with the library's); the stdlib's cases beside it would repeat it.
        let described = self.free(&r.description);
        let (minimum, exceptions) = match &described {
            Some(_) => (authored(&r.minimum), authored(&r.exceptions)),
            None => (r.minimum.clone(), r.exceptions.clone()),
        };
        let sentence = match &described {
            Some(_) => String::new(),
            None => retention_sentence(r, self.lang),
        };
        let mut out: Vec<Para> = (!sentence.is_empty())
            .then(|| Para::text(sentence))
            .into_iter()
            .collect();
        out.extend(described.clone());
        if !minimum.is_empty() {
            out.push(Para::list(
                pick(
                    self.lang,
                    "但以下情形除外：",
                    "This does not apply in the following cases:",
                )
                .into(),
                self.labels(&minimum)
                    .into_iter()
                    .map(|l| sentence_end(capitalize_en(&l, self.lang), self.lang))
                    .collect(),
            ));
        }
        if !exceptions.is_empty() {
            out.push(Para::list(
                pick(
                    self.lang,
                    "在以下情形中，我们可能在上述期限届满后继续保存：",
                    "We may keep it beyond that period in the following cases:",
                )
                .into(),
                self.clause_items(&exceptions),
            ));
        }
        if !r.kept_beyond.is_empty() && described.is_none() {
            out.push(Para::text(kept_beyond_sentence(r, self.lang)));
        }
        let d = described.as_ref();
        if let Some(b) = r.backups.as_ref().filter(|b| !self.said_in(d, b)) {
            out.push(self.fact_clause("备份", "Backups", b));
        }
        if let Some(b) = r.on_cessation.as_ref().filter(|b| !self.said_in(d, b)) {
            out.push(self.fact_clause("停止运营时", "Cessation of operations", b));
        }
        out
    }

    /// A right's name: the author's, or the standard right's in the company's voice.
    fn right_label(&self, r: &Right) -> String {
        let name = match &r.kind {
            Some(k) if k.label == r.label => label(k, self.lang),
            _ => self.t(&r.label),
        };
        // A right the model gives only to some residents says so wherever it is named: a page
        // that offers every reader both the GDPR's and a US state's rights in one list would
        // give each reader rights the policy does not give them.
        if r.residents.is_empty() {
            return name;
        }
        let places: Vec<String> = r
            .residents
            .iter()
            .map(|c| words::region(c, self.lang))
            .collect();
        let places = join(&places, self.lang);
        match self.lang {
            Lang::Zh => format!("{name}（适用于{places}居民）"),
            Lang::En => format!("{name} (for residents of {places})"),
        }
    }

    /// The facts of each right, rendered, so that facts shared by several rights can be said
    /// once: (how to exercise it, identity check, reply time, fee, refusal grounds, the
    /// author's paragraph).
    fn right_facts(&self, r: &Right) -> [Option<RightFact>; 6] {
        let lang = self.lang;
        let via = (!r.via.is_empty()).then(|| {
            let ch: Vec<String> = self
                .channels(&r.via)
                .into_iter()
                .map(|c| sentence_end(capitalize_en(&c, lang), lang))
                .collect();
            RightFact::List(ch)
        });
        // The author's sentence on the identity check, as written: it says what it is about.
        let verification = r
            .verification
            .as_ref()
            .map(|v| RightFact::Text(sentence_end(capitalize_en(&self.t(v), lang), lang)));
        let within = r
            .within
            .as_ref()
            .map(|w| RightFact::Reply(words::duration(w, lang), r.within_hedge.clone()));
        let fee = r.fee.as_ref().map(|f| {
            let s = sentence_end(capitalize_en(&words::option("fee", f, lang), lang), lang);
            RightFact::Text(hedged(r.fee_hedge.as_deref(), s, lang))
        });
        let refusal = (!r.refusal_grounds.is_empty()).then(|| {
            RightFact::Refusal(
                self.labels(&r.refusal_grounds)
                    .into_iter()
                    .map(|l| sentence_end(capitalize_en(&l, lang), lang))
                    .collect(),
                r.refusal_may == Some(true),
            )
        });
        // The author's paragraph, when several rights carry the same one (「一般而言，我们会在
        // 法律法规规定的期限内尽快回复」 under every right), is said once too.
        let description = self.free(&r.description).map(|p| RightFact::Text(p.text));
        [via, verification, within, fee, refusal, description]
    }

    /// Which fact of which right is said once for several rights: for each of the six facts,
    /// the value the most rights share, if at least two share it, and which rights share it.
    fn rights_shared(&self) -> (Vec<RightFacts>, Vec<Shared>) {
        let facts: Vec<RightFacts> = self.m.rights.iter().map(|r| self.right_facts(r)).collect();
        let shared = (0..6)
            .map(|k| {
                // The rights sharing each value, grouped in one pass (a policy may state
                // thousands of rights); of the largest groups, the one whose value comes first.
                let mut groups: indexmap::IndexMap<&RightFact, Vec<usize>> =
                    indexmap::IndexMap::new();
                for (i, f) in facts.iter().enumerate() {
                    if let Some(f) = &f[k] {
                        groups.entry(f).or_default().push(i);
                    }
                }
                let mut best: Option<(RightFact, Vec<usize>)> = None;
                for (f, who) in groups {
                    if who.len() >= 2 && best.as_ref().is_none_or(|(_, b)| who.len() > b.len()) {
                        best = Some((f.clone(), who));
                    }
                }
                // Channels and reply times are said once only when every right shares them;
                // otherwise each right's own is in the rights table.
                best.filter(|(_, who)| (k != 0 && k != 2) || who.len() == facts.len())
            })
            .collect();
        (facts, shared)
    }

    /// The rights section's opening: the rights, and the facts several rights share, each said
    /// once (for all rights, or for the rights named). A reply time or a channel that differs
    /// between rights is a column of the rights table instead.
    fn rights_intro(&self) -> Vec<Para> {
        let lang = self.lang;
        let rights = &self.m.rights;
        if rights.is_empty() {
            return Vec::new();
        }
        let (facts, shared) = self.rights_shared();
        // `who` lists are in ascending order: a binary search, not a scan per right.
        let own = |k: usize, i: usize| {
            facts[i][k].is_some()
                && shared[k]
                    .as_ref()
                    .is_none_or(|(_, who)| who.binary_search(&i).is_err())
        };
        let labels: Vec<String> = rights.iter().map(|r| self.right_label(r)).collect();
        let mut out = Vec::new();
        // Channels and reply times per right, where rights differ in them: a table.
        let table_rows: Vec<Vec<String>> = rights
            .iter()
            .enumerate()
            .map(|(i, _)| {
                let via = match (&facts[i][0], own(0, i)) {
                    (Some(RightFact::List(l)), true) => l.join(pick(lang, "", " ")),
                    _ => String::new(),
                };
                let within = match (&facts[i][2], own(2, i)) {
                    (Some(RightFact::Reply(t, None)), true) => t.clone(),
                    (Some(RightFact::Reply(t, Some(h))), true) => match lang {
                        Lang::Zh => format!("{}{t}", words::hedge(h, lang)),
                        Lang::En => format!("{} {t}", lowercase_first(words::hedge(h, lang))),
                    },
                    _ => String::new(),
                };
                vec![capitalize_en(&labels[i], lang), via, within]
            })
            .collect();
        let lead = match lang {
            // Not "under the applicable laws": whether a right comes from the law is the
            // original's to say, and the originals differ. "Include", not "the following": the
            // list is what the policy names, and an original whose list is open (「各项……
            // 权利，含访问权、更正权、删除权等」) must not read as closed.
            Lang::Zh => "您可以就您的个人信息行使的权利包括",
            Lang::En => "The rights you can exercise over your personal information include",
        };
        if table_rows
            .iter()
            .any(|r| r[1..].iter().any(|c| !c.is_empty()))
            && rights.len() > 1
        {
            out.push(self.table(
                format!("{lead}{}", pick(lang, "：", ":")),
                &[
                    pick(lang, "权利", "Right"),
                    pick(lang, "行使方式", "How to exercise it"),
                    pick(lang, "答复期限", "Reply within"),
                ],
                table_rows,
            ));
        } else {
            out.push(Para::text(match lang {
                Lang::Zh => format!("{lead}：{}。", labels.join("、")),
                Lang::En => format!("{lead}: {}.", words::join_semicolons(&labels, lang)),
            }));
        }
        // The shared facts, each once. `scope` names the rights when not all share it.
        for (k, s) in shared.iter().enumerate() {
            let Some((fact, who)) = s else { continue };
            let scope = if who.len() == rights.len() {
                String::new()
            } else {
                let names: Vec<String> = who.iter().map(|&i| labels[i].clone()).collect();
                match lang {
                    Lang::Zh => format!("就{}而言，", names.join("、")),
                    Lang::En => format!("As to {}, ", join(&names, lang)),
                }
            };
            let start = |s: &str| match (lang, scope.is_empty()) {
                (Lang::En, false) => lowercase_common(s),
                _ => s.to_string(),
            };
            match (k, fact) {
                (0, RightFact::List(l)) => out.push(Para::list(
                    format!(
                        "{scope}{}",
                        start(pick(
                            lang,
                            "您可以通过以下方式行使上述权利：",
                            "You can exercise these rights as follows:"
                        ))
                    ),
                    l.clone(),
                )),
                (2, RightFact::Reply(t, hedge)) => {
                    let s = match lang {
                        Lang::Zh => format!("我们将在{t}内答复您的请求。"),
                        Lang::En => format!("We will reply to your request within {t}."),
                    };
                    let s = hedged(hedge.as_deref(), s, lang);
                    out.push(Para::text(format!("{scope}{}", start(&s))));
                }
                (_, RightFact::Refusal(l, may)) => out.push(Para::list(
                    format!("{scope}{}", start(refusal_lead(*may, lang))),
                    l.clone(),
                )),
                (_, RightFact::Text(t)) => out.push(Para::text(format!("{scope}{}", start(t)))),
                (_, RightFact::List(l)) => out.push(Para::list(scope, l.clone())),
                // Only the reply time (k = 2) is a `Reply`.
                (_, RightFact::Reply(..)) => {}
            }
        }
        out
    }

    /// One subsection per right that says something of its own beyond what the section's
    /// opening says for several rights (a right with nothing of its own is only in the list or
    /// table of the opening: an empty heading would look like a lost text).
    fn rights(&self) -> Blocks {
        let (facts, shared) = self.rights_shared();
        let table = self.rights_intro().iter().any(|p| p.table.is_some());
        self.m
            .rights
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let said = |k: usize| {
                    shared[k]
                        .as_ref()
                        .is_some_and(|(_, who)| who.binary_search(&i).is_ok())
                        // The table says a right's own channels and reply time.
                        || (table && (k == 0 || k == 2))
                };
                (
                    format!("right-{}", r.id),
                    capitalize_en(&self.right_label(r), self.lang),
                    self.right(r, &facts[i], &said),
                )
            })
            .filter(|(_, _, content)| !content.is_empty())
            .collect()
    }

    fn right(
        &self,
        r: &Right,
        facts: &[Option<RightFact>; 6],
        said: &dyn Fn(usize) -> bool,
    ) -> Vec<Para> {
        let lang = self.lang;
        let mut out = Vec::new();
        if let (Some(RightFact::List(l)), false) = (&facts[0], said(0)) {
            out.push(Para::list(
                pick(
                    lang,
                    "您可以通过以下方式行使该项权利：",
                    "You can exercise this right as follows:",
                )
                .into(),
                l.clone(),
            ));
        }
        // PIPL Art. 47 ¶2 limits deletion; listed among the cases the right applies in, it
        // would read as one of them. It gets a sentence of its own after the list.
        const FALLBACK: &str = "std::pipl::deletion_fallback";
        let (fallback, conditions): (Vec<Ref>, Vec<Ref>) =
            r.conditions.iter().cloned().partition(|c| c.id == FALLBACK);
        if !conditions.is_empty() {
            out.push(Para::list(
                pick(
                    lang,
                    // Open: the originals list the cases with 「等」 / "possible circumstances".
                    "该项权利适用的情形包括：",
                    "The cases in which this right applies include:",
                )
                .into(),
                self.labels(&conditions)
                    .into_iter()
                    .map(|l| sentence_end(capitalize_en(&l, lang), lang))
                    .collect(),
            ));
        }
        for f in &fallback {
            out.push(Para::text(match lang {
                Lang::Zh => "如法律、行政法规规定的保存期限未届满，或者删除个人信息从技术上难以实现，我们将停止除存储和采取必要的安全保护措施之外的处理。".into(),
                Lang::En => sentence_end(capitalize(&self.t(&f.label)), lang),
            }));
        }
        if let (Some(RightFact::Text(t)), false) = (&facts[1], said(1)) {
            out.push(Para::text(t.clone()));
        }
        if let (Some(RightFact::Reply(t, hedge)), false) = (&facts[2], said(2)) {
            let s = match lang {
                Lang::Zh => format!("我们将在{t}内答复您的请求。"),
                Lang::En => format!("We will reply to your request within {t}."),
            };
            out.push(Para::text(hedged(hedge.as_deref(), s, lang)));
        }
        if let (Some(RightFact::Text(t)), false) = (&facts[3], said(3)) {
            out.push(Para::text(t.clone()));
        }
        if !r.premise.is_empty() {
            let p = join(&self.labels(&r.premise), lang);
            out.push(Para::text(match lang {
                Lang::Zh => format!("{p}，您可以行使该项权利。"),
                Lang::En => format!("You can exercise this right {}.", lowercase_first(&p)),
            }));
        }
        if let (Some(RightFact::Refusal(l, may)), false) = (&facts[4], said(4)) {
            out.push(Para::list(refusal_lead(*may, lang).into(), l.clone()));
        }
        if let (Some(RightFact::Text(t)), false) = (&facts[5], said(5)) {
            out.push(Para::text(t.clone()));
        }
        out
    }

    fn minors(&self) -> Vec<Para> {
        let Some(m) = &self.m.minors else {
            return Vec::new();
        };
        // Each fact once: the author's paragraph on minors is the section's statement (the
        // audience, the age and the guardian's consent in the original's words, which differ:
        // 「主要面向成年人」 is not 「不面向未成年人」); generated sentences beside it would
        // restate or widen it. Routes and rules the paragraph does not quote still follow.
        let described = self.free(&m.description);
        let d = described.as_ref();
        let mut out: Vec<Para> = described.iter().cloned().collect();
        if m.directed == Some(false) && d.is_none() {
            out.push(Para::text(
                pick(
                    self.lang,
                    "我们的产品和服务不面向未成年人。",
                    "Our products and services are not directed at minors.",
                )
                .into(),
            ));
        }
        if let Some(n) = m.threshold.filter(|_| d.is_none()) {
            out.push(Para::text(match self.lang {
                Lang::Zh => format!("我们将不满{n}周岁的任何人均视为儿童。"),
                Lang::En => format!("We treat anyone under the age of {n} as a child."),
            }));
        }
        if m.guardian_consent == Some(true) && d.is_none() {
            out.push(Para::text(pick(self.lang, "如需处理儿童的个人信息，我们会事先取得其父母或者其他监护人的同意。", "Where we need to process a child's personal information, we first obtain the consent of the child's parent or other guardian.").into()));
        }
        if let Some(t) = m.on_discovery.as_ref().filter(|t| !self.said_in(d, t)) {
            out.push(self.fact_clause(
                "未经同意收集的情形",
                "Information collected without consent",
                t,
            ));
        }
        if !m.guardian_contact.is_empty() {
            // The policy's own age, where it gives one: "a minor" would widen a route the
            // original opens to the guardians of children under its threshold.
            let lead = match (m.threshold, self.lang) {
                (Some(n), Lang::Zh) => format!("如您是不满{n}周岁的未成年人的父母或者其他监护人，对您所监护的未成年人的个人信息有疑问的，可以通过以下方式联系我们："),
                (Some(n), Lang::En) => format!("If you are the parent or other guardian of a person under the age of {n} and have questions about their personal information, you can contact us as follows:"),
                (None, Lang::Zh) => "如您是未成年人的父母或者其他监护人，对您所监护的未成年人的个人信息有疑问的，可以通过以下方式联系我们：".to_string(),
                (None, Lang::En) => "If you are the parent or other guardian of a minor and have questions about the minor's personal information, you can contact us as follows:".to_string(),
            };
            out.push(Para::list(
                lead,
                self.channels(&m.guardian_contact)
                    .into_iter()
                    .map(|c| sentence_end(capitalize_en(&c, self.lang), self.lang))
                    .collect(),
            ));
        }
        if let Some(u) = &m.dedicated_rules {
            out.push(Para::text(match self.lang {
                Lang::Zh => format!("我们制定了专门的儿童个人信息保护规则，详见 {u}。"),
                Lang::En => {
                    format!("Our dedicated rules for children's personal information are at {u}.")
                }
            }));
        }
        out
    }

    fn changes(&self) -> Vec<Para> {
        let Some(c) = &self.m.changes else {
            return Vec::new();
        };
        // Each fact once: the author's paragraph on updates is the section's statement (where
        // the new version appears, which changes get a notice, whether continued use means
        // agreement, all in the original's conditions); the generated sentences would restate
        // it without them. The list of major changes the model holds still follows, less what
        // the paragraph quotes: it is a fact of its own (what counts as major), which the
        // originals state as a numbered list after the paragraph.
        if let Some(d) = self.free(&c.description) {
            let major: Vec<Ref> = c
                .major
                .iter()
                .filter(|m| !self.said_in(Some(&d), &m.label))
                .cloned()
                .collect();
            let mut out = vec![d];
            if !major.is_empty() {
                out.push(Para::list(
                    pick(
                        self.lang,
                        "本政策所称重大变更包括但不限于：",
                        "Major changes include, among others:",
                    )
                    .into(),
                    self.clause_items(&major),
                ));
            }
            return out;
        }
        let mut out = Vec::new();
        if !c.announce.is_empty() {
            let ch = join_or(&words::options("notice", &c.announce, self.lang), self.lang);
            out.push(Para::text(match self.lang {
                Lang::Zh => format!("本政策更新后，我们会通过{ch}发布更新后的版本。"),
                Lang::En => {
                    format!("When this Policy is updated, we publish the new version by {ch}.")
                }
            }));
        }
        if c.advance_notice == Some(true) {
            out.push(Para::text(pick(self.lang, "我们会在本政策的更新生效前予以公告，以便您及时了解更新的内容。", "We announce updates to this Policy before they take effect, so that you can learn of them in time.").into()));
        }
        if !c.major_notice.is_empty() {
            let ch = join_or(
                &words::options("notice", &c.major_notice, self.lang),
                self.lang,
            );
            out.push(Para::text(match self.lang {
                Lang::Zh => format!("对于重大变更，我们还会通过{ch}等方式向您提供更为显著的通知。"),
                Lang::En => {
                    format!("For major changes we also give you a more prominent notice, by {ch}.")
                }
            }));
        }
        if !c.major.is_empty() {
            out.push(Para::list(
                pick(
                    self.lang,
                    "本政策所称重大变更包括但不限于：",
                    "Major changes include, among others:",
                )
                .into(),
                self.labels(&c.major)
                    .into_iter()
                    .map(|l| sentence_end(capitalize_en(&l, self.lang), self.lang))
                    .collect(),
            ));
        }
        if c.continued_use_means_acceptance == Some(true) {
            out.push(Para::text(pick(self.lang, "本政策更新后，您继续使用我们的产品或服务，即表示您同意受更新后的本政策约束。", "If you continue to use our products or services after this Policy is updated, you agree to be bound by the updated Policy.").into()));
        }
        if let Some(a) = &c.archive {
            out.push(Para::text(match self.lang {
                Lang::Zh => format!("您可以在 {a} 查阅本政策的历史版本。"),
                Lang::En => format!("Earlier versions of this Policy are available at {a}."),
            }));
        } else if c.archived == Some(true) {
            out.push(Para::text(
                pick(
                    self.lang,
                    "我们会将本政策的历史版本存档，供您查阅。",
                    "We keep earlier versions of this Policy on file for your reference.",
                )
                .into(),
            ));
        }
        out
    }

    fn revisions(&self) -> Blocks {
        if self.m.revisions.is_empty() {
            return Vec::new();
        }
        let content = self
            .m
            .revisions
            .iter()
            .map(|r| {
                let date = r
                    .date
                    .as_deref()
                    .map(|d| words::date(d, self.lang))
                    .unwrap_or_default();
                let head = match (self.lang, &r.version) {
                    (Lang::Zh, Some(v)) => format!("{date}版本（{v}）"),
                    (Lang::Zh, None) => format!("{date}版本"),
                    (Lang::En, Some(v)) => format!("Version {v} of {date}"),
                    (Lang::En, None) => format!("Version of {date}"),
                };
                // A colon only when a list of changes follows.
                let end = match (r.changes.is_empty(), self.lang) {
                    (true, Lang::Zh) => "。",
                    (true, Lang::En) => ".",
                    (false, Lang::Zh) => "：",
                    (false, Lang::En) => ":",
                };
                let head = format!("{head}{end}");
                let items = r
                    .changes
                    .iter()
                    .map(|c| sentence_end(capitalize_en(&self.t(c), self.lang), self.lang))
                    .collect();
                Para::list(head, items)
            })
            .collect();
        vec![(
            "revisions".to_string(),
            pick(self.lang, "版本历史", "Version history").into(),
            content,
        )]
    }

    fn contact(&self) -> Vec<Para> {
        let c = &self.m.policy.controller;
        let mut out = vec![Para::text(
            pick(self.lang, "如您对本政策或您的个人信息有任何疑问、意见或建议，您可以通过以下方式与我们联系：", "If you have any question, comment or suggestion about this Policy or your personal information, you can contact us as follows:").into(),
        )];
        // The company by its name: whether it is the handler is the author's to say.
        let mut items = vec![self.fact("公司名称", "Company", self.t(&c.name)).text];
        if let Some(a) = &c.address {
            items.push(self.fact("地址", "Address", self.t(a)).text);
        }
        for p in &c.phone {
            items.push(self.fact("电话", "Telephone", p.clone()).text);
        }
        for e in &c.email {
            items.push(self.fact("电子邮件", "E-mail", e.clone()).text);
        }
        if let Some(w) = &c.website {
            items.push(self.fact("网站", "Website", w.clone()).text);
        }
        if let Some(d) = &c.dpo {
            let mut parts = Vec::new();
            if let Some(n) = &d.name {
                parts.push(self.t(n));
            }
            parts.extend(d.email.iter().cloned());
            parts.extend(d.phone.iter().cloned());
            if let Some(u) = &d.url {
                parts.push(u.clone());
            }
            items.push(
                self.fact(
                    "个人信息保护负责人",
                    "Personal information protection officer",
                    parts.join(pick(self.lang, "，", ", ")),
                )
                .text,
            );
        }
        out[0].items = items;
        for k in &self.m.contacts {
            let mut items = Vec::new();
            for e in &k.email {
                items.push(self.fact("电子邮件", "E-mail", e.clone()).text);
            }
            for p in &k.phone {
                items.push(self.fact("电话", "Telephone", p.clone()).text);
            }
            if let Some(a) = &k.address {
                items.push(self.fact("地址", "Address", self.t(a)).text);
            }
            if let Some(u) = &k.url {
                items.push(self.fact("网址", "Web page", u.clone()).text);
            }
            if let Some(h) = &k.hours {
                items.push(self.fact_clause("服务时间", "Hours", h).text);
            }
            if !k.requests.is_empty() {
                let req: Vec<String> = k.requests.iter().map(|r| self.t(r)).collect();
                items.push(
                    self.fact("请在来信中提供", "Please include", join(&req, self.lang))
                        .text,
                );
            }
            let label = self.t(&k.label);
            out.push(Para::list(
                match self.lang {
                    Lang::Zh => format!("{label}：",),
                    Lang::En => format!("{}:", capitalize(&label)),
                },
                items,
            ));
        }
        out
    }
}

/// The entries the author worded: stdlib items (`std::…`) have the library's words, which an
/// author's paragraph for the same item already says in the original's own. An author's own
/// entries are the original's text too, and stay.
fn authored(refs: &[Ref]) -> Vec<Ref> {
    refs.iter()
        .filter(|r| !r.id.starts_with("std::"))
        .cloned()
        .collect()
}

/// In English, a list entry starts with a capital; Chinese has none.
fn capitalize_en(s: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => s.to_string(),
        Lang::En => capitalize(s),
    }
}

/// Labels in the company's voice: a stdlib item worded in the statute's third person
/// ([`words::voice`]) is said as 我们/您.
fn labels(refs: &[Ref], lang: Lang) -> Vec<String> {
    refs.iter().map(|r| label(r, lang)).collect()
}

fn label(r: &Ref, lang: Lang) -> String {
    words::voice(&r.id, lang)
        .map(str::to_string)
        .unwrap_or_else(|| words::text(&r.label, lang))
}

/// Legal bases, grouped by law: the bases of one law are alternatives (或 / or); the bases of
/// different laws are never joined with 或, each law says its own (`根据《个人信息保护法》，
/// 取得个人的同意；根据《通用数据保护条例》（GDPR），您已同意……`).
fn bases(refs: &[Ref], lang: Lang) -> String {
    let mut groups: Vec<(Option<&str>, Vec<String>)> = Vec::new();
    for r in refs {
        let law = words::law(&r.id, lang);
        match groups.iter_mut().find(|(l, _)| *l == law) {
            Some((_, g)) => g.push(label(r, lang)),
            None => groups.push((law, vec![label(r, lang)])),
        }
    }
    if groups.len() < 2 {
        return join_or(&labels(refs, lang), lang);
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|(law, g)| match (law, lang) {
            (Some(l), Lang::Zh) => format!("根据{l}，{}", join_or(g, lang)),
            (Some(l), Lang::En) => format!("under {l}, {}", join_or(g, lang)),
            (None, _) => join_or(g, lang),
        })
        .collect();
    parts.join(pick(lang, "；", "; "))
}

/// Category labels to follow “您的” / “your”: a label that already starts with it
/// (“您的设备信息”) loses its own, so the sentence does not say it twice.
/// The person's data, as the object of a sentence: `your name, e-mail address and phone
/// number` / `您的姓名、电子邮箱和手机号码`, with one "your" for the whole list. A label that
/// already says whose it is ("the text of your e-mails", "Platform Users' business data",
/// 「您在我们网站上的申请经历」) is not given a second one: then each label gets its own
/// "your" only where it needs one, and "the" where it names the person in a clause ("the
/// keywords you searched for").
fn your_data(cats: &[CategoryRef], lang: Lang) -> String {
    // A flow that names no data says what the original says: "your personal information",
    // not a list the author never wrote, and never a sentence without its object.
    if cats.is_empty() {
        return pick(lang, "您的个人信息", "your personal information").to_string();
    }
    let bare = your_labels(cats, lang);
    let whole = category_labels(cats, lang);
    let owned = |l: &str| match lang {
        Lang::Zh => l.contains('您'),
        Lang::En => {
            let words: Vec<&str> = l.split([' ', '(', ')']).collect();
            l.contains('\'')
                || words
                    .iter()
                    .any(|w| matches!(*w, "your" | "Your" | "you" | "You"))
        }
    };
    let (your, the) = match lang {
        Lang::Zh => ("您的", ""),
        Lang::En => ("your ", "the "),
    };
    if !bare.iter().any(|l| owned(l)) {
        return format!("{your}{}", join(&bare, lang));
    }
    if lang == Lang::Zh {
        // 「您的」 before the first label that needs it governs the rest of the list.
        let mut said = false;
        let items: Vec<String> = bare
            .iter()
            .map(|b| {
                if owned(b) || said {
                    b.clone()
                } else {
                    said = true;
                    format!("{your}{b}")
                }
            })
            .collect();
        return join(&items, lang);
    }
    let items: Vec<String> = bare
        .iter()
        .zip(&whole)
        .map(|(b, w)| {
            let has_article = lang == Lang::En
                && ["the ", "a ", "an ", "The ", "A ", "An "]
                    .iter()
                    .any(|a| w.starts_with(a));
            match (owned(b), has_article) {
                (false, _) => format!("{your}{b}"),
                (true, true) => w.clone(),
                (true, false)
                    if lang == Lang::En && !b.contains('\'') && !b.starts_with("your") =>
                {
                    format!("{the}{b}")
                }
                (true, false) => b.clone(),
            }
        })
        .collect();
    join(&items, lang)
}

fn your_labels(cats: &[CategoryRef], lang: Lang) -> Vec<String> {
    category_labels(cats, lang)
        .into_iter()
        .map(|l| {
            let own = match lang {
                Lang::Zh => l.strip_prefix("您的"),
                // “your a curriculum vitae” too: an article after “your” goes.
                Lang::En => ["your ", "Your ", "a ", "an ", "the "]
                    .iter()
                    .find_map(|p| l.strip_prefix(p)),
            };
            own.map(str::to_string).unwrap_or(l)
        })
        .collect()
}

/// Category labels, each one the author called sensitive marked (an inherited sensitivity is
/// the model's classification, not the policy's words).
fn category_labels(cats: &[CategoryRef], lang: Lang) -> Vec<String> {
    cats.iter()
        .map(|c| {
            let label = words::text(&c.label, lang);
            if c.sensitive_stated {
                format!("{label}{}", words::terms().sensitive_mark(lang))
            } else {
                label
            }
        })
        .collect()
}

/// A purpose label after 「为」: a label that starts with 为 itself ("为用户代表推荐……")
/// would read 「为为……」.
fn without_wei(label: String, lang: Lang) -> String {
    match (lang, label.strip_prefix('为')) {
        (Lang::Zh, Some(rest)) if !rest.is_empty() => rest.to_string(),
        _ => label,
    }
}

fn purpose_labels(refs: &[Ref], lang: Lang) -> Vec<String> {
    labels(refs, lang)
        .into_iter()
        .map(|l| without_wei(l, lang))
        .collect()
}

/// What a purpose collects, under the purpose's heading: `我们会收集和使用您的联系电话、联系邮箱。`
fn data_sentence(p: &Purpose, lang: Lang) -> String {
    let cats = your_data(&p.uses, lang);
    // `may`: the original declares a possibility, and so does the page.
    let (hui, may) = if p.may {
        ("可能会", "may ")
    } else {
        ("会", "")
    };
    match (lang, p.uses.is_empty()) {
        (Lang::Zh, false) => format!("我们{hui}收集和使用{cats}。"),
        (Lang::Zh, true) => format!("我们{hui}为此处理您的个人信息。"),
        (Lang::En, false) => format!("We {may}collect and use {cats}."),
        (Lang::En, true) => format!("We {may}process your personal information for this purpose."),
    }
}

/// `为商务合作与咨询，我们会收集和使用您的联系电话、联系邮箱。` (the sentence of a purpose
/// on its own, as hover shows it).
pub fn purpose_sentence(p: &Purpose, lang: Lang) -> String {
    let label = without_wei(words::text(&p.label, lang), lang);
    let cats = your_data(&p.uses, lang);
    // `may`: the original declares a possibility (「我们可能会……」), and so does the page.
    let (hui, may) = if p.may {
        ("可能会", "may ")
    } else {
        ("会", "")
    };
    match (lang, p.uses.is_empty()) {
        (Lang::Zh, false) => format!("为{label}，我们{hui}收集和使用{cats}。"),
        (Lang::Zh, true) => format!("我们{hui}为{label}处理您的个人信息。"),
        (Lang::En, false) => format!("For {label}, we {may}collect and use {cats}."),
        (Lang::En, true) => format!("We {may}process your personal information for {label}."),
    }
}

/// A flow in words: one sentence per row of what it sends (each category only with the
/// purposes that use it), in the frame of its modality and conditions ([`words::practice_zh`],
/// [`words::practice_en`]), with its basis, conditions and, for a recipient abroad, where it is.
/// A recipient that collects the data itself is said to collect it, never to receive it from us.
pub fn flow_sentence(f: &Flow, home: &[String], lang: Lang) -> String {
    let only_if = labels(&f.only_if, lang);
    let when = labels(&f.when, lang);
    let frame = words::Frame {
        modality: words::Modality::from_word(&f.modality),
        may: f.may,
        hedge: f.hedge.as_deref(),
        when: &when,
        only_if: &only_if,
        by_us: f.collected_by.as_deref() != Some("recipient"),
    };
    let extras = flow_extras(f, home, lang);
    let sentences: Vec<String> = flow_rows(f)
        .iter()
        .map(|(to, rows)| grant_sentence(f, to, rows, &frame, &extras, lang))
        .collect();
    sentences.join(pick(lang, "", " "))
}

/// The rows of a flow per group of recipients: (purposes, categories). A flow that lists no
/// purposes is said without them, as the author wrote it: one row of all it sends.
type Rows = Vec<(Vec<Ref>, Vec<CategoryRef>)>;

fn flow_rows(f: &Flow) -> Vec<(Vec<Ref>, Rows)> {
    // A flow that names no data says "your personal information", as the original does: its
    // grants list what that whole covers, which the author never wrote.
    if f.grants.is_empty() || f.whole {
        return vec![(f.to.clone(), vec![(f.purposes.clone(), f.data.clone())])];
    }
    let mut out: Vec<(Vec<Ref>, Rows)> = Vec::new();
    for g in &f.grants {
        let same = |to: &Vec<Ref>| {
            to.len() == g.to.len() && to.iter().zip(&g.to).all(|(a, b)| a.id == b.id)
        };
        match out.iter_mut().find(|(to, _)| same(to)) {
            Some((_, rows)) => rows.push((g.purposes.clone(), g.data.clone())),
            None => out.push((g.to.clone(), vec![(g.purposes.clone(), g.data.clone())])),
        }
    }
    if f.purposes.is_empty() {
        for (_, rows) in &mut out {
            let mut all: Vec<CategoryRef> = Vec::new();
            for (_, cats) in rows.iter() {
                for c in cats {
                    if !all.iter().any(|a| a.id == c.id) {
                        all.push(c.clone());
                    }
                }
            }
            let rank = |c: &CategoryRef| f.data.iter().position(|d| d.id == c.id);
            all.sort_by_key(|c| rank(c));
            *rows = vec![(Vec::new(), all)];
        }
    }
    out
}

/// What follows the predicate of every sentence of a flow: basis, conditions, where the
/// recipient is, the transfer mechanism.
fn flow_extras(f: &Flow, home: &[String], lang: Lang) -> String {
    let mut s = String::new();
    if !f.basis.is_empty() {
        let b = bases(&f.basis, lang);
        s.push_str(&match lang {
            Lang::Zh => format!("（处理依据：{b}）"),
            Lang::En => format!(" (legal basis: {b})"),
        });
    }
    if !f.conditions.is_empty() {
        let c = join(&words::options("conditions", &f.conditions, lang), lang);
        s.push_str(&match lang {
            Lang::Zh => format!("，并且{c}"),
            Lang::En => format!(", provided that {c}"),
        });
    }
    if f.cross_border {
        s.push_str(&match (lang, words::home_is_pipl(home)) {
            (Lang::Zh, true) => "（接收方位于境外）".to_string(),
            (Lang::Zh, false) => format!("（接收方位于{}以外）", words::home_area(home, lang)),
            (Lang::En, _) => format!(
                " (the recipient is located outside {})",
                words::home_area(home, lang)
            ),
        });
    }
    if !f.mechanism.is_empty() {
        let m = join(&labels(&f.mechanism, lang), lang);
        s.push_str(&match (lang, words::home_is_pipl(home)) {
            (Lang::Zh, true) => format!("，出境机制为{m}"),
            (Lang::Zh, false) => format!("，传输保障措施为{m}"),
            (Lang::En, _) => format!(", under {m}"),
        });
    }
    s
}

/// The object of a flow's sentence: its data, and with one row its purposes (said before the
/// sentence in Chinese, after the object in English); with several rows, each row's data with
/// its purposes (「用于甲的……，以及用于乙的……」 / "your … for A, and your … for B").
fn flow_object(rows: &Rows, lang: Lang) -> (String, Option<String>) {
    match rows.as_slice() {
        [(purposes, data)] => (
            your_data(data, lang),
            (!purposes.is_empty()).then(|| join(&purpose_labels(purposes, lang), lang)),
        ),
        _ => {
            let parts: Vec<String> = rows
                .iter()
                .map(|(purposes, data)| {
                    let p = join(&purpose_labels(purposes, lang), lang);
                    match (lang, purposes.is_empty()) {
                        (Lang::Zh, false) => {
                            format!("用于{p}的{}", join(&your_labels(data, lang), lang))
                        }
                        (Lang::Zh, true) => join(&your_labels(data, lang), lang),
                        (Lang::En, false) => format!("{} for {p}", your_data(data, lang)),
                        (Lang::En, true) => your_data(data, lang),
                    }
                })
                .collect();
            let joined = match lang {
                Lang::Zh => match parts.as_slice() {
                    [rest @ .., last] => format!("您的{}，以及{last}", rest.join("，")),
                    [] => String::new(),
                },
                Lang::En => match parts.as_slice() {
                    [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
                    [] => String::new(),
                },
            };
            (joined, None)
        }
    }
}

/// One group of recipients of a flow, with what goes to them.
fn grant_sentence(
    f: &Flow,
    to: &[Ref],
    rows: &Rows,
    frame: &words::Frame,
    extras: &str,
    lang: Lang,
) -> String {
    let (cats, purposes) = flow_object(rows, lang);
    let to_words = join(&labels(to, lang), lang);
    let trigger = (!f.trigger.is_empty()).then(|| words::options("trigger", &f.trigger, lang));
    match lang {
        Lang::Zh => {
            let mut lead = String::new();
            if let Some(t) = &trigger {
                // Trigger wordings may contain 或 themselves: list them with 、.
                lead.push_str(&format!("如发生{}等情形，", t.join("、")));
            }
            if let Some(p) = &purposes {
                lead.push_str(&format!("为{p}，"));
            }
            let to = to_words;
            let (subject, predicate) = match (frame.by_us, f.action.as_str()) {
                (false, _) => (cats, format!("由{to}直接收集")),
                // A processor in the GDPR's terms: no PIPL 委托 frame.
                (true, "entrust") if !words::terms().pipl => (
                    "我们".to_string(),
                    format!("请{to}作为我们的处理者代表我们处理{cats}"),
                ),
                (true, "entrust") => ("我们".to_string(), format!("委托{to}处理{cats}")),
                (true, "transfer") => ("我们".to_string(), format!("将{cats}转让给{to}")),
                (true, "disclose") => ("我们".to_string(), format!("向{to}公开披露{cats}")),
                (true, _) => ("我们".to_string(), format!("向{to}提供{cats}")),
            };
            words::practice_zh(frame, &lead, &subject, &predicate, extras)
        }
        Lang::En => {
            let lead = trigger
                .map(|t| format!("In the event of {}, ", join_or(&t, lang)))
                .unwrap_or_default();
            let purpose = purposes.map(|p| format!(" for {p}")).unwrap_or_default();
            let one = to.len() == 1;
            let to = to_words;
            let (subject, singular, verb, rest) = match (frame.by_us, f.action.as_str()) {
                (false, _) => (
                    capitalize(&to),
                    one,
                    "collect",
                    format!("{cats} directly{purpose}"),
                ),
                (true, "entrust") if !words::terms().pipl => (
                    "We".to_string(),
                    false,
                    "engage",
                    format!("{to} as our processors to process {cats} on our behalf{purpose}"),
                ),
                (true, "entrust") => (
                    "We".to_string(),
                    false,
                    "entrust",
                    format!("{to} with processing {cats}{purpose}"),
                ),
                // Several rows each end in their purpose: the recipient goes first, so that
                // it cannot be read as part of the last purpose.
                (true, "transfer") if rows.len() > 1 => (
                    "We".to_string(),
                    false,
                    "transfer",
                    format!("to {to} {cats}"),
                ),
                (true, "transfer") => (
                    "We".to_string(),
                    false,
                    "transfer",
                    format!("{cats} to {to}{purpose}"),
                ),
                (true, "disclose") if rows.len() > 1 => (
                    "We".to_string(),
                    false,
                    "publicly disclose",
                    format!("to {to} {cats}"),
                ),
                (true, "disclose") => (
                    "We".to_string(),
                    false,
                    "publicly disclose",
                    format!("{cats} to {to}{purpose}"),
                ),
                (true, _) if rows.len() > 1 => (
                    "We".to_string(),
                    false,
                    "provide",
                    format!("{to} with {cats}"),
                ),
                (true, _) => (
                    "We".to_string(),
                    false,
                    "provide",
                    format!("{cats} to {to}{purpose}"),
                ),
            };
            words::practice_en(frame, &lead, &subject, singular, verb, &rest, extras)
        }
    }
}

/// `原则上，我们将您的个人信息存储于中华人民共和国境内。` / `As a rule, we store … in …`.
pub fn storage_sentence(s: &Storage, lang: Lang) -> String {
    let regions: Vec<String> = s.regions.iter().map(|c| words::region(c, lang)).collect();
    let regions = join_or(&regions, lang);
    let data = if s.data.is_empty() {
        pick(lang, "您的个人信息", "your personal information").to_string()
    } else {
        your_data(&s.data, lang)
    };
    let hedge = s.hedge.as_deref().map(|h| words::hedge(h, lang));
    sentence_end(
        match (lang, hedge) {
            (Lang::Zh, Some(h)) => format!("{h}，我们将{data}存储于{regions}"),
            (Lang::Zh, None) => format!("我们将{data}存储于{regions}"),
            (Lang::En, Some(h)) => format!("{h}, we store {data} in {regions}"),
            (Lang::En, None) => format!("We store {data} in {regions}"),
        },
        lang,
    )
}

/// `除法律法规要求外，期限届满后我们不会继续保存上述信息。` / `We do not keep it beyond that
/// period except where laws or regulations require it.`: the cases of `kept_beyond`, any one.
pub fn kept_beyond_sentence(r: &Retention, lang: Lang) -> String {
    let conds = labels(&r.kept_beyond, lang);
    let it = if lang == Lang::En && r.data.len() > 1 {
        "them"
    } else {
        "it"
    };
    sentence_end(
        match lang {
            Lang::Zh => format!(
                "除{}外，期限届满后我们不会继续保存上述信息",
                join_or(&conds.iter().map(|c| clause(c)).collect::<Vec<_>>(), lang)
            ),
            Lang::En => format!(
                "We do not keep {it} beyond that period except {}",
                join_or(
                    &conds
                        .iter()
                        .map(|c| words::en_condition(c))
                        .collect::<Vec<_>>(),
                    lang
                )
            ),
        },
        lang,
    )
}

/// A promise in the author's words, with its hedge and effort, then the conditions and flows
/// it excepts, once: `原则上，我们不会……。但以下情形除外：……` is the author's label followed by
/// 「但以下情形除外：（一）……」 / "This does not apply in the following cases: (1) …".
pub fn promise_sentence(p: &Promise, flows: &[&Flow], home: &[String], lang: Lang) -> String {
    let label = clause(&words::text(&p.label, lang));
    let mut s = match (lang, p.effort.as_deref()) {
        // The effort goes into the label's own verb where the label opens the usual way
        // (「我们不会……」 → 「我们不会主动……」); otherwise it qualifies the label in words
        // of its own.
        // A label that already says it (「在明知的情况下」, "knowingly") is the statement.
        (_, Some(effort)) if effort_said(&label, effort, lang) => match lang {
            Lang::Zh => label,
            Lang::En => capitalize(&label),
        },
        (_, Some(effort)) if effort_in_label(&label, effort, lang).is_some() => {
            effort_in_label(&label, effort, lang).unwrap_or_default()
        }
        (Lang::Zh, Some("try")) => format!("我们将尽力做到：{label}"),
        (Lang::Zh, Some("knowingly")) => format!("我们不会在明知的情况下违反以下承诺：{label}"),
        (Lang::En, Some("try")) => format!("We will try our best to ensure the following: {label}"),
        (Lang::En, Some("knowingly")) => {
            format!("We will not knowingly act against the following: {label}")
        }
        (Lang::Zh, _) => label,
        (Lang::En, _) => capitalize(&label),
    };
    if let Some(h) = p.hedge.as_deref() {
        s = match lang {
            Lang::Zh => format!("{}，{s}", words::hedge(h, lang)),
            Lang::En => format!("{}, {}", words::hedge(h, lang), lowercase_common(&s)),
        };
    }
    // 「在法律法规允许的范围内，……」: the premise the promise holds within, said first.
    if !p.premise.is_empty() {
        let premise = join(&labels(&p.premise, lang), lang);
        s = match lang {
            Lang::Zh => format!("{premise}，{s}"),
            Lang::En => format!("{}, {}", capitalize(&premise), lowercase_common(&s)),
        };
    }
    let mut cases: Vec<String> = labels(&p.except, lang)
        .into_iter()
        .map(|c| match lang {
            Lang::Zh => clause(&c),
            Lang::En => words::en_condition(&c),
        })
        .collect();
    for f in flows {
        let case = match &f.description {
            Some(d) if !words::text(d, lang).is_empty() => clause(&words::text(d, lang)),
            _ => clause(&flow_sentence(f, home, lang)),
        };
        cases.push(match lang {
            Lang::Zh => case,
            Lang::En => lowercase_common(&case),
        });
    }
    let mut s = sentence_end(s, lang);
    match cases.as_slice() {
        [] => {}
        [one] if flows.is_empty() => {
            s = clause(&s);
            s.push_str(&match lang {
                Lang::Zh => format!("，但{one}的除外。"),
                Lang::En => format!(", except {one}."),
            });
        }
        _ => {
            s.push_str(pick(
                lang,
                "但以下情形除外：",
                " This does not apply in the following cases: ",
            ));
            s.push_str(&words::numbered(&cases, lang));
            s = sentence_end(s, lang);
        }
    }
    s
}

/// Whether the label already states its effort in words.
fn effort_said(label: &str, effort: &str, lang: Lang) -> bool {
    let words: &[&str] = match (lang, effort) {
        (Lang::Zh, "knowingly") => &["明知"],
        (Lang::Zh, _) => &["尽力", "努力", "尽最大"],
        (Lang::En, "knowingly") => &["knowingly"],
        (Lang::En, _) => &[
            "try",
            "endeavour",
            "endeavor",
            "best efforts",
            "reasonable efforts",
        ],
    };
    words.iter().any(|w| label.contains(w))
}

/// A promise label with its effort in its verb: 「我们不会主动……」, 「我们将尽力……」, "we do
/// not knowingly …", "we will try to …"; `None` when the label does not open the usual way.
fn effort_in_label(label: &str, effort: &str, lang: Lang) -> Option<String> {
    let swaps: &[(&str, &str)] = match (lang, effort) {
        // 明知, not 主动: "knowingly" is about what we know, 主动 ("on our own initiative")
        // would narrow the promise.
        (Lang::Zh, "knowingly") => &[
            ("我们不会", "我们不会在明知的情况下"),
            ("我们将不会", "我们将不会在明知的情况下"),
        ],
        (Lang::Zh, _) => &[("我们将", "我们将尽力"), ("我们会", "我们会尽力")],
        (Lang::En, "knowingly") => &[
            ("we do not ", "we do not knowingly "),
            ("we will not ", "we will not knowingly "),
            ("We do not ", "We do not knowingly "),
            ("We will not ", "We will not knowingly "),
        ],
        (Lang::En, _) => &[
            ("we will ", "we will try to "),
            ("We will ", "We will try to "),
        ],
    };
    swaps.iter().find_map(|(from, to)| {
        label.strip_prefix(from).map(|rest| {
            let s = format!("{to}{rest}");
            match lang {
                Lang::Zh => s,
                Lang::En => capitalize(&s),
            }
        })
    })
}

/// `我们保存您的个人信息，直至……` / `We keep your personal information for 3 years.`
///
/// A rule with neither a period nor a criterion states no length: the sentence then says only
/// what happens when the (unstated) period ends, or is empty when the rule says nothing of that
/// either. No length is supplied in its place (PIPL-RET-001 reports the gap).
pub fn retention_sentence(r: &Retention, lang: Lang) -> String {
    let data = if r.data.is_empty() {
        pick(lang, "您的个人信息", "your personal information").to_string()
    } else {
        your_data(&r.data, lang)
    };
    let purposes = (!r.purposes.is_empty()).then(|| join(&purpose_labels(&r.purposes, lang), lang));
    let expiry = r.on_expiry.as_ref().map(|e| {
        let e = words::option("on_expiry", e, lang);
        // "delete it" refers to the data: several categories are "them".
        if lang == Lang::En && r.data.len() > 1 {
            e.replace(" it", " them")
        } else {
            e
        }
    });
    if r.not_stored {
        return sentence_end(
            match lang {
                Lang::Zh => format!("我们不会保存{data}"),
                Lang::En => format!("We do not keep {data}"),
            },
            lang,
        );
    }
    if r.on_expiry.as_deref() == Some("delete_immediately")
        && r.period.is_none()
        && r.until.is_none()
    {
        let s = match (lang, &purposes) {
            (Lang::Zh, Some(p)) => format!("为{p}处理的{data}，我们会在使用后立即删除"),
            (Lang::Zh, None) => format!("我们会在使用后立即删除{data}"),
            (Lang::En, Some(p)) => format!("We delete {data} immediately after using it for {p}"),
            (Lang::En, None) => format!("We delete {data} immediately after use"),
        };
        return sentence_end(s, lang);
    }
    let kept = match (lang, &r.period, &r.until) {
        (Lang::Zh, None, None) if r.as_long_as_necessary => {
            Some(format!("我们在实现目的所必需的期限内保存{data}"))
        }
        (Lang::En, None, None) if r.as_long_as_necessary => Some(format!(
            "We keep {data} for as long as necessary for the purpose"
        )),
        (Lang::Zh, Some(p), _) => Some(format!("我们将{data}保存{}", words::duration(p, lang))),
        (Lang::Zh, None, Some(u)) => Some(format!(
            "我们保存{data}，直至{}",
            clause(&words::text(u, lang))
        )),
        (Lang::En, Some(p), _) => Some(format!("We keep {data} for {}", words::duration(p, lang))),
        (Lang::En, None, Some(u)) => Some(format!(
            "We keep {data} until {}",
            clause(&words::text(u, lang))
        )),
        (_, None, None) => None,
    };
    let Some(mut s) = kept else {
        let Some(e) = expiry else {
            return String::new();
        };
        let s = match (lang, purposes) {
            (Lang::Zh, Some(p)) => format!("为{p}保存的{data}，保存期限届满后，我们将{e}"),
            (Lang::Zh, None) => format!("{data}的保存期限届满后，我们将{e}"),
            (Lang::En, Some(p)) => {
                format!("When the period for which we keep {data} for {p} ends, we {e}")
            }
            (Lang::En, None) => format!("When the period for which we keep {data} ends, we {e}"),
        };
        return sentence_end(s, lang);
    };
    // The purpose goes first in both languages: after an `until` clause it would read as
    // part of the condition ("until you close your account for helping you ...").
    if let Some(p) = purposes {
        s = match lang {
            Lang::Zh => format!("为{p}，{s}"),
            Lang::En => format!("For {p}, {}", lowercase_first(&s)),
        };
    }
    // 「原则上」: the original's hedge on the period opens the sentence.
    if let Some(h) = r.hedge.as_deref() {
        s = match lang {
            Lang::Zh => format!("{}，{s}", words::hedge(h, lang)),
            Lang::En => format!("{}, {}", words::hedge(h, lang), lowercase_first(&s)),
        };
    }
    if let Some(e) = expiry {
        s.push_str(&match lang {
            Lang::Zh => format!("；期限届满后，我们将{e}"),
            Lang::En => format!("; when the period ends, we {e}"),
        });
    }
    sentence_end(s, lang)
}

/// A sentence with the original's hedge first (「通常，我们将在30天内答复……」 / "Generally, we
/// will reply …"), or as it is.
fn hedged(hedge: Option<&str>, s: String, lang: Lang) -> String {
    match (hedge, lang) {
        (None, _) => s,
        (Some(h), Lang::Zh) => format!("{}，{s}", words::hedge(h, lang)),
        (Some(h), Lang::En) => format!("{}, {}", words::hedge(h, lang), lowercase_common(&s)),
    }
}

/// Lower-cases a sentence's first word when it is a common word (“You may …” after a
/// comma), never a name (“User Representatives”, “ZHUIYI”).
fn lowercase_common(s: &str) -> String {
    const COMMON: &[&str] = &[
        "If", "Where", "You", "Your", "We", "Our", "It", "This", "The", "Without", "In", "A", "An",
        "After", "Before", "When", "For", "Once", "Unless", "Upon", "By", "Visit", "Via",
        "Through", "Contact", "Call", "Send", "Write", "Log",
    ];
    let first = s.split(' ').next().unwrap_or_default();
    if COMMON.contains(&first) {
        lowercase_first(s)
    } else {
        s.to_string()
    }
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::backends::site::sentence;
    use crate::diag::Lang;
    use crate::ir::{ItemId, Policy};

    /// A policy with one flow (or storage, retention, promise) per sentence form.
    const POLICY: &str = r#"use std::pipl
use std::gbt35273 as gb
use std::conditions
use std::promises

policy acme {
  controller { name { zh: "示例公司", en: "Example Inc." } }
  effective 2024-06-01
  languages zh, en
}

category phone: gb::basic_profile {
  label { zh: "手机号码", en: "mobile phone number" }
}

category email: gb::basic_profile {
  label { zh: "电子邮箱", en: "e-mail address" }
}

purpose sign_in {
  label { zh: "注册与登录", en: "registration and sign-in" }
  uses phone
  basis pipl::contract
}

purpose support {
  label { zh: "客户服务", en: "customer support" }
  uses email
  basis pipl::contract
}

recipient partners: pipl::other_handler {
  label { zh: "合作伙伴", en: "our partners" }
  region CN
}

recipient sdk: pipl::other_handler {
  label { zh: "登录服务提供商", en: "the login provider" }
  region CN
}

recipient the_public: pipl::public {
  label { zh: "社会公众", en: "the public" }
}

condition orders: conditions::consent {
  label { zh: "您下单", en: "you place an order" }
}

flow routine {
  share phone
  to partners
  for sign_in
}

flow maybe {
  share phone
  to partners
  for sign_in
  may
}

flow only_one {
  share phone
  to partners
  for sign_in
  only_if conditions::consent
}

flow may_only_one {
  share phone
  to partners
  for sign_in
  may
  only_if conditions::consent
}

flow may_only_two {
  share phone
  to partners
  for sign_in
  may
  only_if conditions::consent, conditions::law_requires
}

flow only_two {
  share phone
  to partners
  for sign_in
  only_if conditions::consent, conditions::law_requires
}

flow not_now {
  share phone
  to partners
  for sign_in
  currently_not
}

flow not_now_then {
  share phone
  to partners
  for sign_in
  currently_not
  only_if conditions::separate_consent
}

flow on_order {
  share phone
  to partners
  for sign_in
  when orders
}

flow hedged {
  share phone
  to partners
  for sign_in
  hedge in_principle
  only_if conditions::consent, conditions::law_requires
}

flow collected {
  share phone
  to sdk
  for sign_in
  collected_by recipient
}

flow disclosed {
  disclose phone
  to the_public
  for sign_in
  only_if conditions::consent, conditions::law_requires
}

flow per_purpose {
  share phone, email
  to partners
  for sign_in, support
}

storage {
  region CN
  hedge in_principle
}

retention necessary {
  data phone
  as_long_as_necessary
  kept_beyond conditions::law_requires
}

retention none {
  data email
  not_stored
}

promise no_disclosure: promises::no_public_disclosure_except {
  label { zh: "我们不会公开披露您的个人信息", en: "we do not publicly disclose your personal information" }
  except conditions::law_requires
}

promise no_sale: promises::no_public_disclosure_except {
  label { zh: "我们不会出售您的个人信息", en: "we do not sell your personal information" }
  effort knowingly
  hedge generally
  except conditions::consent
  except_flows routine
}
"#;

    fn policy() -> Policy {
        let a = crate::Workspace::from_text("policy.pol", POLICY).analyze();
        let errors: Vec<String> = a
            .diagnostics
            .iter()
            // Rule findings (a missing contact, ...) do not change what the model says.
            .filter(|d| d.severity == crate::diag::Severity::Error)
            .map(|d| format!("{}: {}", d.code.as_str(), d.message.en()))
            .filter(|d| ["SYN", "NAME", "TYPE"].iter().any(|p| d.starts_with(p)))
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
        a.policy
    }

    fn say(p: &Policy, name: &str, lang: Lang) -> String {
        let id = p
            .user_items()
            .find(|i| i.name() == name)
            .map(|i| i.id)
            .unwrap_or(ItemId(u32::MAX));
        sentence(p, id, lang).unwrap_or_default()
    }

    #[track_caller]
    fn check(p: &Policy, name: &str, zh: &str, en: &str) {
        assert_eq!(say(p, name, Lang::Zh), zh, "{name} (zh)");
        assert_eq!(say(p, name, Lang::En), en, "{name} (en)");
    }

    #[test]
    fn a_flow_that_names_no_data_says_your_personal_information() {
        assert_eq!(super::your_data(&[], Lang::Zh), "您的个人信息");
        assert_eq!(super::your_data(&[], Lang::En), "your personal information");
    }

    #[test]
    fn flows_say_their_modality() {
        let p = policy();
        check(
            &p,
            "routine",
            "为注册与登录，我们会向合作伙伴提供您的手机号码。",
            "We provide your mobile phone number to our partners for registration and sign-in.",
        );
        check(
            &p,
            "maybe",
            "为注册与登录，我们可能向合作伙伴提供您的手机号码。",
            "We may provide your mobile phone number to our partners for registration and sign-in.",
        );
        check(
            &p,
            "only_one",
            "为注册与登录，仅在获得您的同意时，我们才会向合作伙伴提供您的手机号码。",
            "We provide your mobile phone number to our partners for registration and sign-in only with your consent.",
        );
        // "We may … only where": the cases bound a possibility; the "may" stays.
        check(
            &p,
            "may_only_one",
            "为注册与登录，仅在获得您的同意时，我们才可能向合作伙伴提供您的手机号码。",
            "We may provide your mobile phone number to our partners for registration and sign-in only with your consent.",
        );
        check(
            &p,
            "may_only_two",
            "为注册与登录，我们仅在以下情形中可能向合作伙伴提供您的手机号码：（一）获得您的同意；（二）法律法规要求。",
            "We may provide your mobile phone number to our partners for registration and sign-in only in the following cases: (1) with your consent; (2) where laws or regulations require it.",
        );
        check(
            &p,
            "only_two",
            "为注册与登录，除以下情形外，我们不会向合作伙伴提供您的手机号码：（一）获得您的同意；（二）法律法规要求。",
            "We provide your mobile phone number to our partners for registration and sign-in only in the following cases: (1) with your consent; (2) where laws or regulations require it.",
        );
        check(
            &p,
            "not_now",
            "目前，为注册与登录，我们不会向合作伙伴提供您的手机号码。",
            "We currently do not provide your mobile phone number to our partners for registration and sign-in.",
        );
        check(
            &p,
            "not_now_then",
            "目前，为注册与登录，我们不会向合作伙伴提供您的手机号码；今后如需这样做，我们将仅在获得您的单独同意时进行。",
            "We currently do not provide your mobile phone number to our partners for registration and sign-in; if we do so in future, we will do so only with your separate consent.",
        );
        check(
            &p,
            "on_order",
            "当您下单时，为注册与登录，我们会向合作伙伴提供您的手机号码。",
            "When you place an order, we provide your mobile phone number to our partners for registration and sign-in.",
        );
        check(
            &p,
            "hedged",
            "原则上，为注册与登录，除以下情形外，我们不会向合作伙伴提供您的手机号码：（一）获得您的同意；（二）法律法规要求。",
            "As a rule, we provide your mobile phone number to our partners for registration and sign-in only in the following cases: (1) with your consent; (2) where laws or regulations require it.",
        );
    }

    #[test]
    fn a_recipient_that_collects_is_not_provided_to() {
        let p = policy();
        check(
            &p,
            "collected",
            "为注册与登录，您的手机号码由登录服务提供商直接收集。",
            "The login provider collects your mobile phone number directly for registration and sign-in.",
        );
    }

    #[test]
    fn disclosure_keeps_its_negation() {
        let p = policy();
        check(
            &p,
            "disclosed",
            "为注册与登录，除以下情形外，我们不会向社会公众公开披露您的手机号码：（一）获得您的同意；（二）法律法规要求。",
            "We publicly disclose your mobile phone number to the public for registration and sign-in only in the following cases: (1) with your consent; (2) where laws or regulations require it.",
        );
    }

    /// Each category goes only with the purposes that use it, not with every listed purpose.
    #[test]
    fn a_flow_ties_each_category_to_its_own_purposes() {
        let p = policy();
        check(
            &p,
            "per_purpose",
            "我们会向合作伙伴提供您的用于注册与登录的手机号码，以及用于客户服务的电子邮箱。",
            "We provide our partners with your mobile phone number for registration and sign-in, and your e-mail address for customer support.",
        );
    }

    /// What the model holds of an original's "may", hedges and premise reaches the page, and a
    /// flow that names no data says "your personal information", not the list it stands for.
    #[test]
    fn pages_keep_may_hedges_premises_and_the_whole() {
        let text = "use std::pipl\nuse std::promises\nuse std::conditions\n\npolicy p {\n  controller { name { zh: \"某公司\", en: \"Some Co.\" }; email privacy@some.example }\n  effective 2024-01-01\n}\ncategory phone {\n  label { zh: \"手机号码\", en: \"phone number\" }\n}\npurpose ads {\n  label { zh: \"广告推送\", en: \"advertising\" }\n  uses phone\n  basis pipl::consent\n  may\n}\nrecipient anyone: pipl::other_handler {\n  label { zh: \"第三方\", en: \"third parties\" }\n}\nflow no_sharing {\n  share\n  to anyone\n  only_if conditions::law_requires\n}\nretention r {\n  data phone\n  period 1 years\n  hedge in_principle\n}\nright copies: pipl::copy {\n  via privacy@some.example\n  within 30 days\n  within_hedge generally\n  fee free\n  fee_hedge in_principle\n  premise conditions::law_permits\n}\npromise ns: promises::no_sale {\n  premise conditions::law_permits\n}\n";
        let a = crate::Workspace::from_text("policy.pol", text).analyze();
        let p = &a.policy;
        let item = |name: &str| {
            p.user_items()
                .find(|i| i.name() == name)
                .map(|i| i.id)
                .unwrap_or(ItemId(u32::MAX))
        };
        let say = |name: &str, lang| sentence(p, item(name), lang).unwrap_or_default();
        assert_eq!(
            say("ads", Lang::Zh),
            "为广告推送，我们可能会收集和使用您的手机号码。"
        );
        assert_eq!(
            say("ads", Lang::En),
            "For advertising, we may collect and use your phone number."
        );
        assert!(
            say("r", Lang::Zh).starts_with("原则上，我们将您的手机号码保存"),
            "{}",
            say("r", Lang::Zh)
        );
        assert!(
            say("r", Lang::En).starts_with("As a rule, we keep your phone number"),
            "{}",
            say("r", Lang::En)
        );
        assert!(
            say("ns", Lang::Zh).starts_with("在法律法规允许的范围内，"),
            "{}",
            say("ns", Lang::Zh)
        );
        assert!(
            say("ns", Lang::En).starts_with("To the extent laws and regulations permit, "),
            "{}",
            say("ns", Lang::En)
        );
        let flow_zh = say("no_sharing", Lang::Zh);
        assert!(
            flow_zh.contains("您的个人信息") && !flow_zh.contains("手机号码"),
            "{flow_zh}"
        );
        let m = crate::backends::manifest::build(&a);
        let zh = serde_json::to_string(&super::page(&m, Lang::Zh)).unwrap_or_default();
        let en = serde_json::to_string(&super::page(&m, Lang::En)).unwrap_or_default();
        assert!(zh.contains("通常，我们将在30天内答复您的请求。"), "{zh}");
        assert!(
            en.contains("Generally, we will reply to your request within 30 days."),
            "{en}"
        );
        assert!(
            zh.contains("在法律法规允许的范围内，您可以行使该项权利。"),
            "{zh}"
        );
        assert!(
            en.contains("You can exercise this right to the extent laws and regulations permit."),
            "{en}"
        );
        assert!(zh.contains("原则上，"), "{zh}");
    }

    #[test]
    fn storage_keeps_its_hedge() {
        let p = policy();
        let id = p
            .user_items()
            .find(|i| i.kind == crate::types::schema::Kind::Storage)
            .map(|i| i.id)
            .unwrap_or(ItemId(u32::MAX));
        assert_eq!(
            sentence(&p, id, Lang::Zh).as_deref(),
            Some("原则上，我们将您的个人信息存储于中华人民共和国境内。")
        );
        assert_eq!(
            sentence(&p, id, Lang::En).as_deref(),
            Some("As a rule, we store your personal information in mainland China.")
        );
    }

    #[test]
    fn retention_says_what_the_model_says() {
        let p = policy();
        check(
            &p,
            "necessary",
            "我们在实现目的所必需的期限内保存您的手机号码。除法律法规要求外，期限届满后我们不会继续保存上述信息。",
            "We keep your mobile phone number for as long as necessary for the purpose. We do not keep it beyond that period except where laws or regulations require it.",
        );
        check(
            &p,
            "none",
            "我们不会保存您的电子邮箱。",
            "We do not keep your e-mail address.",
        );
    }

    #[test]
    fn promises_carry_their_exceptions_once() {
        let p = policy();
        check(
            &p,
            "no_disclosure",
            "我们不会公开披露您的个人信息，但法律法规要求的除外。",
            "We do not publicly disclose your personal information, except where laws or regulations require it.",
        );
        check(
            &p,
            "no_sale",
            "通常，我们不会在明知的情况下出售您的个人信息。但以下情形除外：（一）获得您的同意；（二）为注册与登录，我们会向合作伙伴提供您的手机号码。",
            "Generally, we do not knowingly sell your personal information. This does not apply in the following cases: (1) with your consent; (2) we provide your mobile phone number to our partners for registration and sign-in.",
        );
    }
}
