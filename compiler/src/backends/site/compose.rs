//! Composes the policy's text, in one language, from the manifest: the sections in the order
//! readers expect, each made of sentences built from the model's entries.
//!
//! Every sentence is built here from ids, labels and option words ([`super::words`]); the only
//! pasted prose is the author's own free text (`description`, `intro`, `section` bodies,
//! refusal consequences). So a new category or recipient appears in every sentence that
//! should name it, in both languages. The result, a [`Page`], is what the templates lay out.

use serde::Serialize;

use super::words::{self, capitalize, clause, join, join_or, pick, sentence_end};
use crate::backends::manifest::{
    CategoryRef, Channel, Cookie, Flow, Manifest, Promise, Purpose, Recipient, Ref, Retention,
    Right, Storage, Text,
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

/// A paragraph, optionally followed by a list (`items`).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Para {
    pub text: String,
    pub items: Vec<String>,
}

impl Para {
    fn text(text: String) -> Para {
        Para {
            text,
            items: Vec::new(),
        }
    }

    fn list(text: String, items: Vec<String>) -> Para {
        Para { text, items }
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

/// `一` .. `九十九`.
fn zh_numeral(n: usize) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n].to_string(),
        10..=19 => format!("十{}", if n == 10 { "" } else { DIGITS[n - 10] }),
        _ => format!(
            "{}十{}",
            DIGITS[(n / 10) % 10],
            if n % 10 == 0 { "" } else { DIGITS[n % 10] }
        ),
    }
}

struct Composer<'m> {
    m: &'m Manifest,
    lang: Lang,
}

/// Composes the page of one language.
pub fn page(m: &Manifest, lang: Lang) -> Page {
    let c = Composer { m, lang };
    let mut sections = Vec::new();
    for id in SECTION_IDS {
        let Some((title, content, blocks)) = c.section(id) else {
            continue;
        };
        if content.is_empty() && blocks.is_empty() {
            continue;
        }
        let n = sections.len() + 1;
        let number = match lang {
            Lang::Zh => format!("{}、", zh_numeral(n)),
            Lang::En => format!("{n}."),
        };
        let blocks = blocks
            .into_iter()
            .enumerate()
            .map(|(i, (id, title, content))| Block {
                id,
                title: capitalize_en(&title, lang),
                number: match lang {
                    Lang::Zh => format!("（{}）", zh_numeral(i + 1)),
                    Lang::En => format!("{n}.{}", i + 1),
                },
                content,
            })
            .collect();
        sections.push(PageSection {
            id: id.to_string(),
            number,
            title,
            content,
            blocks,
            diagram: *id == "collection",
        });
    }
    let title = m
        .policy
        .title
        .as_ref()
        .map(|t| c.t(t))
        .unwrap_or_else(|| match lang {
            Lang::Zh => format!("{}个人信息保护政策", c.t(&m.policy.controller.name)),
            Lang::En => format!("{} Privacy Policy", c.t(&m.policy.controller.name)),
        });
    Page {
        lang: pick(lang, "zh", "en"),
        other_lang: pick(lang, "en", "zh"),
        title,
        intro: m.policy.intro.iter().map(|t| c.t(t)).collect(),
        sections,
    }
}

type Blocks = Vec<(String, String, Vec<Para>)>;

impl Composer<'_> {
    fn t(&self, t: &Text) -> String {
        words::text(t, self.lang)
    }

    /// A free-text paragraph of the author's, as written.
    fn free(&self, t: &Option<Text>) -> Option<Para> {
        t.as_ref()
            .map(|t| self.t(t))
            .filter(|s| !s.is_empty())
            .map(Para::text)
    }

    fn labels(&self, refs: &[Ref]) -> Vec<String> {
        refs.iter().map(|r| self.t(&r.label)).collect()
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
        Some(Para::text(match self.lang {
            Lang::Zh => format!("本部分内容仅适用于{who}。"),
            Lang::En => format!("This part applies only to {who}."),
        }))
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
            "about" => (title("我们是谁与本政策的适用范围", "Who we are and what this Policy covers"), self.about(), Vec::new()),
            "general" => (title("总体说明", "General statements"), Vec::new(), self.general()),
            "collection" => (title("我们如何收集和使用您的个人信息", "How we collect and use your personal information"), self.collection_intro(), self.collection()),
            "cookies" => (title("我们如何使用 Cookie 和同类技术", "How we use cookies and similar technologies"), self.cookies(), self.cookie_blocks()),
            "storage" => (title("我们如何存储您的个人信息及跨境传输", "Where we store your personal information, and transfers abroad"), self.storage(), Vec::new()),
            "sharing" => (title("我们如何委托处理、共享、转让、公开披露您的个人信息", "How we entrust, share, transfer and publicly disclose your personal information"), Vec::new(), self.sharing()),
            "security" => (title("我们如何保护您的个人信息", "How we protect your personal information"), self.security(), Vec::new()),
            "retention" => (title("我们如何保存您的个人信息", "How long we keep your personal information"), self.retention(), Vec::new()),
            "rights" => (title("您的权利", "Your rights"), self.rights_intro(), self.rights()),
            "minors" => (title("我们如何处理未成年人的个人信息", "How we handle minors' personal information"), self.minors(), Vec::new()),
            "changes" => (title("本政策如何更新", "How this Policy is updated"), self.changes(), self.revisions()),
            "contact" => (title("如何联系我们", "How to contact us"), self.contact(), Vec::new()),
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
        out.push(Para::text(match (self.lang, &short) {
            (Lang::Zh, Some(s)) => format!("本政策由{name}（以下简称“{s}”或“我们”）制定，我们是您个人信息的处理者。"),
            (Lang::Zh, None) => format!("本政策由{name}（以下简称“我们”）制定，我们是您个人信息的处理者。"),
            (Lang::En, Some(s)) => format!("This Policy is issued by {name} (“{s}”, “we” or “us”), which handles your personal information."),
            (Lang::En, None) => format!("This Policy is issued by {name} (“we” or “us”), which handles your personal information."),
        }));
        out.extend(self.free(&c.description));
        if !p.products.is_empty() {
            let products: Vec<String> = p.products.iter().map(|t| self.t(t)).collect();
            out.push(Para::text(match self.lang {
                Lang::Zh => format!("本政策适用于{}。", join(&products, self.lang)),
                Lang::En => format!("This Policy applies to {}.", join(&products, self.lang)),
            }));
        }
        let audience: Vec<String> = p
            .audience
            .iter()
            .filter(|a| *a != "not_directed_at_minors")
            .map(|a| words::option("audience", a, self.lang))
            .collect();
        if !audience.is_empty() {
            out.push(Para::text(match self.lang {
                Lang::Zh => format!("本政策面向{}。", join(&audience, self.lang)),
                Lang::En => format!(
                    "This Policy is addressed to {}.",
                    join(&audience, self.lang)
                ),
            }));
        }
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
            out.push(Para::text(pick(self.lang, "您开始使用我们的产品或服务，即视为您已阅读并同意本政策的全部内容。", "By starting to use our products or services, you are deemed to have read and accepted the whole of this Policy.").into()));
        }
        out
    }

    /// The author's free-text sections, each a subsection.
    fn general(&self) -> Blocks {
        let mut blocks: Blocks = self
            .m
            .sections
            .iter()
            .map(|s| {
                let mut body: Vec<Para> = self.audience_para(&s.audience).into_iter().collect();
                body.extend(s.body.iter().map(|b| Para::text(self.t(b))));
                (format!("section-{}", s.id), self.t(&s.title), body)
            })
            .collect();
        if !self.m.promises.is_empty() {
            let content = self
                .m
                .promises
                .iter()
                .flat_map(|p| self.promise(p))
                .collect();
            blocks.push((
                "promises".to_string(),
                pick(self.lang, "我们的承诺", "Our commitments").into(),
                content,
            ));
        }
        let disclaimers = &self.m.policy.disclaimers;
        if !disclaimers.is_empty() {
            blocks.push((
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
            ));
        }
        blocks
    }

    /// A promise: what it is, the information and regions it covers, its exceptions.
    fn promise(&self, p: &Promise) -> Vec<Para> {
        let label = sentence_end(capitalize_en(&self.t(&p.label), self.lang), self.lang);
        let mut facts = Vec::new();
        if !p.data.is_empty() {
            facts.push(match self.lang {
                Lang::Zh => format!("适用于{}", your_data(&p.data, self.lang)),
                Lang::En => format!("it covers {}", your_data(&p.data, self.lang)),
            });
        }
        if !p.regions.is_empty() {
            let r = self.regions(&p.regions);
            facts.push(match self.lang {
                Lang::Zh => format!("所涉地域为{}", join(&r, self.lang)),
                Lang::En => format!("it concerns {}", join(&r, self.lang)),
            });
        }
        let mut text = label;
        if !facts.is_empty() {
            let f = facts.join(pick(self.lang, "；", "; "));
            text.push_str(&match self.lang {
                Lang::Zh => format!("该项承诺{f}。"),
                Lang::En => format!(" {}.", capitalize(&f)),
            });
        }
        let mut out = vec![Para::text(text)];
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

    fn collection_intro(&self) -> Vec<Para> {
        if self.m.purposes.is_empty() {
            return Vec::new();
        }
        let purposes: Vec<String> = self.m.purposes.iter().map(|p| self.t(&p.label)).collect();
        let n = purposes.len();
        let list = words::join_semicolons(&purposes, self.lang);
        vec![Para::text(match (self.lang, n) {
            (Lang::Zh, 1) => format!("我们会出于以下目的收集和使用您的个人信息：{list}。下图展示了各类个人信息用于哪些目的、提供给哪些接收方。"),
            (Lang::Zh, _) => format!("我们会出于以下{n}个目的收集和使用您的个人信息：{list}。下图展示了各类个人信息用于哪些目的、提供给哪些接收方。"),
            (Lang::En, 1) => format!("We collect and use your personal information for the following purpose: {list}. The diagram below shows which information serves it and which recipients receive it."),
            (Lang::En, _) => format!("We collect and use your personal information for the following {} purposes: {list}. The diagram below shows which information serves which purpose and which recipients receive it.", words::count_en(n)),
        })]
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
            let item = |c: &crate::backends::manifest::Category| {
                let mut facts = Vec::new();
                if let Some(s) = &c.source {
                    facts.push(words::option("source", s, self.lang));
                }
                if !c.obtained_from.is_empty() {
                    let from = join(&self.labels(&c.obtained_from), self.lang);
                    facts.push(match self.lang {
                        Lang::Zh => format!("来源于{from}"),
                        Lang::En => format!("obtained from {from}"),
                    });
                }
                match c.required {
                    Some(true) => facts.push(pick(self.lang, "必须提供", "required").into()),
                    Some(false) => facts.push(pick(self.lang, "可选择提供", "optional").into()),
                    None => {}
                }
                if let Some(i) = &c.identifiability {
                    facts.push(words::option("identifiability", i, self.lang));
                }
                if !c.examples.is_empty() {
                    let ex: Vec<String> = c.examples.iter().map(|e| self.t(e)).collect();
                    facts.push(match self.lang {
                        Lang::Zh => format!("例如{}", ex.join("、")),
                        Lang::En => format!("for example {}", join(&ex, self.lang)),
                    });
                }
                if let Some(who) = self.audience_words(&c.audience) {
                    facts.push(match self.lang {
                        Lang::Zh => format!("仅涉及{who}"),
                        Lang::En => format!("concerns {who} only"),
                    });
                }
                if let Some(r) = &c.refusal {
                    facts.push(self.conditional(
                        &self.t(r),
                        "如您不提供，",
                        "if you do not provide it, ",
                    ));
                }
                let label = self.categories(std::slice::from_ref(&CategoryRef {
                    id: c.id.clone(),
                    label: c.label.clone(),
                    sensitive: c.sensitive,
                }));
                let label = label.concat();
                match (self.lang, facts.is_empty()) {
                    (Lang::Zh, false) => format!("{label}：{}。", facts.join("；")),
                    (Lang::Zh, true) => format!("{label}。"),
                    (Lang::En, false) => sentence_end(
                        format!("{}: {}", capitalize(&label), facts.join("; ")),
                        self.lang,
                    ),
                    (Lang::En, true) => sentence_end(capitalize(&label), self.lang),
                }
            };
            // A category no purpose uses is still information we hold: it is listed apart
            // rather than dropped or passed off as serving the purposes above.
            let used_ids: std::collections::HashSet<&str> = self
                .m
                .purposes
                .iter()
                .flat_map(|p| p.uses.iter().map(|u| u.id.as_str()))
                .collect();
            let used = |c: &&crate::backends::manifest::Category| used_ids.contains(c.id.as_str());
            let items: Vec<String> = self.m.categories.iter().filter(used).map(item).collect();
            let others: Vec<String> = self
                .m
                .categories
                .iter()
                .filter(|c| !used(c))
                .map(item)
                .collect();
            let intro = match self.lang {
                Lang::Zh => "上述各处理目的所涉及的个人信息如下：".to_string(),
                Lang::En => "The personal information involved in these purposes is the following:"
                    .to_string(),
            };
            let sensitive: Vec<String> = self
                .m
                .categories
                .iter()
                .filter(|c| c.sensitive)
                .map(|c| self.t(&c.label))
                .collect();
            let mut content = Vec::new();
            if !items.is_empty() {
                content.push(Para::list(intro, items));
            }
            if !others.is_empty() {
                content.push(Para::list(
                    pick(self.lang, "其他个人信息：", "Other personal information:").into(),
                    others,
                ));
            }
            if !sensitive.is_empty() {
                content.push(Para::text(match self.lang {
                    // The classification is the model's; the statute's definition and a promise
                    // of strict protection are not, unless the author writes them.
                    Lang::Zh => format!("其中，{}属于敏感个人信息。", sensitive.join("、")),
                    Lang::En => format!(
                        "Of these, {} {} sensitive personal information.",
                        join(&sensitive, self.lang),
                        if sensitive.len() == 1 { "is" } else { "are" }
                    ),
                }));
            }
            blocks.push((
                "categories".to_string(),
                pick(
                    self.lang,
                    "我们处理的个人信息类别",
                    "The categories of personal information we process",
                )
                .into(),
                content,
            ));
        }
        let exceptions = &self.m.policy.consent_exceptions;
        if !exceptions.is_empty() {
            blocks.push((
                "consent-exceptions".to_string(),
                pick(self.lang, "征得授权同意的例外", "Exceptions to consent").into(),
                vec![Para::list(
                    pick(
                        self.lang,
                        "根据相关法律法规，在以下情形中，我们收集、使用您的个人信息无需征得您的授权同意：",
                        "Under the applicable laws and regulations, we may collect and use your personal information without your consent in the following cases:",
                    )
                    .into(),
                    self.clause_items(exceptions),
                )],
            ));
        }
        blocks
    }

    fn purpose(&self, p: &Purpose) -> Vec<Para> {
        let mut out: Vec<Para> = self.audience_para(&p.audience).into_iter().collect();
        out.push(Para::text(purpose_sentence(p, self.lang)));
        out.extend(self.free(&p.description));
        if !p.basis.is_empty() {
            out.push(self.fact(
                "处理依据",
                "Legal basis",
                join_or(&self.labels(&p.basis), self.lang),
            ));
        }
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

    fn cookies(&self) -> Vec<Para> {
        let Some(s) = &self.m.cookies.statement else {
            return Vec::new();
        };
        let mut out = Vec::new();
        out.extend(self.free(&s.description));
        if !s.technology.is_empty() {
            let tech = words::options("technology", &s.technology, self.lang);
            out.push(Para::text(match self.lang {
                Lang::Zh => format!("我们使用的同类技术包括{}。", join(&tech, self.lang)),
                Lang::En => format!("The technologies we use are {}.", join(&tech, self.lang)),
            }));
        }
        if let Some(l) = &s.lifetime {
            out.push(self.fact_clause("保存期限", "How long they are kept", l));
        }
        if !s.refuse.is_empty() {
            out.push(Para::list(
                pick(
                    self.lang,
                    "您可以通过以下方式拒绝或删除 Cookie：",
                    "You can refuse or delete cookies as follows:",
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
        out
    }

    fn cookie_blocks(&self) -> Blocks {
        self.m
            .cookies
            .items
            .iter()
            .map(|c| (format!("cookie-{}", c.id), self.t(&c.label), self.cookie(c)))
            .collect()
    }

    fn cookie(&self, c: &Cookie) -> Vec<Para> {
        let mut out = Vec::new();
        let mut facts = Vec::new();
        if let Some(k) = &c.kind {
            let k = words::option("kind", k, self.lang);
            facts.push(match self.lang {
                Lang::Zh => format!("属于{k}技术"),
                Lang::En => format!("{k} technology"),
            });
        }
        if !c.purposes.is_empty() {
            let p = join(&self.labels(&c.purposes), self.lang);
            facts.push(match self.lang {
                Lang::Zh => format!("用于{p}"),
                Lang::En => format!("used for {p}"),
            });
        }
        if !c.data.is_empty() {
            let d = join(&self.categories(&c.data), self.lang);
            facts.push(match self.lang {
                Lang::Zh => format!("收集{d}"),
                Lang::En => format!("collecting {d}"),
            });
        }
        if let Some(r) = &c.third_party {
            let r = self.t(&r.label);
            facts.push(match self.lang {
                Lang::Zh => format!("由{r}设置"),
                Lang::En => format!("set by {r}"),
            });
        }
        if !facts.is_empty() {
            let label = self.t(&c.label);
            out.push(Para::text(match self.lang {
                Lang::Zh => format!("{label}：{}。", facts.join("，")),
                Lang::En => sentence_end(
                    format!("{}: {}", capitalize(&label), facts.join(", ")),
                    self.lang,
                ),
            }));
        }
        if !c.technology.is_empty() {
            let tech = words::options("technology", &c.technology, self.lang);
            out.push(self.fact("所用技术", "Technologies", join(&tech, self.lang)));
        }
        if let Some(l) = &c.lifetime {
            out.push(self.fact_clause("保存期限", "Lifetime", l));
        }
        out.extend(self.free(&c.description));
        out
    }

    fn storage(&self) -> Vec<Para> {
        let mut out: Vec<Para> = Vec::new();
        for s in &self.m.storage {
            out.extend(self.storage_entry(s));
        }
        let abroad: Vec<&Flow> = self.m.flows.iter().filter(|f| f.cross_border).collect();
        if !abroad.is_empty() {
            out.push(Para::list(
                pick(self.lang, "我们会在以下情形中向境外接收方提供您的个人信息：", "We provide your personal information to recipients outside mainland China in the following cases:").into(),
                abroad.iter().map(|f| flow_sentence(f, self.lang)).collect(),
            ));
        }
        out
    }

    fn storage_entry(&self, s: &Storage) -> Vec<Para> {
        let regions = self.regions(&s.regions);
        let data = if s.data.is_empty() {
            pick(self.lang, "您的个人信息", "your personal information").to_string()
        } else {
            match self.lang {
                Lang::Zh | Lang::En => your_data(&s.data, self.lang),
            }
        };
        let mut out = vec![Para::text(match self.lang {
            Lang::Zh => format!("我们将{data}存储于{}。", join_or(&regions, self.lang)),
            Lang::En => format!("We store {data} in {}.", join_or(&regions, self.lang)),
        })];
        if !s.exceptions.is_empty() {
            out.push(Para::list(
                pick(self.lang, "例外情形：", "Exceptions:").into(),
                self.labels(&s.exceptions)
                    .into_iter()
                    .map(|l| sentence_end(capitalize_en(&l, self.lang), self.lang))
                    .collect(),
            ));
        }
        out.extend(self.free(&s.description));
        out
    }

    fn sharing(&self) -> Blocks {
        let mut blocks = Vec::new();
        for (action, zh, en) in [
            ("entrust", "委托处理", "Entrusted processing"),
            ("share", "共享", "Sharing"),
            ("transfer", "转让", "Transfer"),
            ("disclose", "公开披露", "Public disclosure"),
        ] {
            let flows: Vec<&Flow> = self.m.flows.iter().filter(|f| f.action == action).collect();
            if flows.is_empty() {
                continue;
            }
            let mut content = Vec::new();
            for f in flows {
                content.push(Para::text(flow_sentence(f, self.lang)));
                if !f.notice.is_empty() {
                    let ch = join_or(&words::options("notice", &f.notice, self.lang), self.lang);
                    content.push(Para::text(match self.lang {
                        Lang::Zh => format!("在此之前，我们会通过{ch}告知您接收方的名称、处理目的、处理方式和个人信息的种类。"),
                        Lang::En => format!("Beforehand, we tell you by {ch} the recipient's name, the purpose and method of processing, and the kinds of personal information concerned."),
                    }));
                }
                if let Some(r) = &f.refusal {
                    content.push(Para::text(sentence_end(
                        capitalize_en(
                            &self.conditional(&self.t(r), "如您不同意，", "if you do not agree, "),
                            self.lang,
                        ),
                        self.lang,
                    )));
                }
                if !f.commitments.is_empty() {
                    content.push(Para::list(
                        pick(
                            self.lang,
                            "就此，我们承诺：",
                            "In doing so, we commit to the following:",
                        )
                        .into(),
                        self.labels(&f.commitments)
                            .into_iter()
                            .map(|l| sentence_end(capitalize_en(&l, self.lang), self.lang))
                            .collect(),
                    ));
                }
                if !f.exceptions.is_empty() {
                    content.push(Para::list(
                        pick(
                            self.lang,
                            "在以下情形中，我们无需事先征得您的同意：",
                            "We do not need your prior consent in the following cases:",
                        )
                        .into(),
                        self.labels(&f.exceptions)
                            .into_iter()
                            .map(|l| sentence_end(capitalize_en(&l, self.lang), self.lang))
                            .collect(),
                    ));
                }
                content.extend(self.free(&f.description));
            }
            blocks.push((
                format!("flows-{action}"),
                pick(self.lang, zh, en).to_string(),
                content,
            ));
        }
        let recipients: Vec<Para> = self
            .m
            .recipients
            .iter()
            .flat_map(|r| self.recipient(r))
            .collect();
        if !recipients.is_empty() {
            blocks.push((
                "recipients".into(),
                pick(self.lang, "接收方的基本情况", "About the recipients").into(),
                recipients,
            ));
        }
        blocks
    }

    /// What the policy says of a recipient beyond its label: who it is (name, role, examples),
    /// where, how to reach it, what it may do with the data, and what we agreed with it. The
    /// flow sentences name recipients by label only; PIPL Art. 23 asks for the name and
    /// contact, and the author's agreements and supervision are commitments the reader must
    /// see. A recipient with nothing more than its label and role gets no entry.
    fn recipient(&self, r: &Recipient) -> Vec<Para> {
        let mut facts = Vec::new();
        let mut fact = |zh: &str, en: &str, value: String| {
            facts.push(self.fact(zh, en, value).text);
        };
        if let Some(n) = &r.name {
            fact("名称", "Name", self.t(n));
        }
        if !r.examples.is_empty() {
            let examples: Vec<String> = r.examples.iter().map(|e| self.t(e)).collect();
            fact("例如", "For example", join(&examples, self.lang));
        }
        if !r.regions.is_empty() {
            let regions = self.regions(&r.regions);
            fact("所在地", "Located in", join(&regions, self.lang));
        }
        if !r.contact.is_empty() {
            // The address itself, not a "write to" phrase: it is a fact about the recipient.
            let contact: Vec<String> = r
                .contact
                .iter()
                .map(|c| match (&c.value, &c.text) {
                    (Some(v), _) => v.clone(),
                    (None, Some(t)) => self.t(t),
                    (None, None) => String::new(),
                })
                .collect();
            fact("联系方式", "Contact", join(&contact, self.lang));
        }
        if let Some(u) = &r.policy_url {
            fact("其个人信息保护政策", "Its own privacy policy", u.clone());
        }
        if let Some(s) = &r.supervision {
            fact("我们的监督方式", "How we supervise it", clause(&self.t(s)));
        }
        if let Some(d) = &r.description {
            fact("说明", "Description", clause(&self.t(d)));
        }
        match r.own_purposes {
            Some(false) => facts.push(
                pick(
                    self.lang,
                    "其不得将您的个人信息用于其自身的目的。",
                    "It may not use your personal information for its own purposes.",
                )
                .into(),
            ),
            Some(true) => facts.push(
                pick(
                    self.lang,
                    "其会将您的个人信息用于其自身的目的。",
                    "It uses your personal information for its own purposes as well.",
                )
                .into(),
            ),
            None => {}
        }
        if facts.is_empty() && r.contract.is_empty() {
            return Vec::new();
        }
        if let Some(role) = &r.role {
            facts.insert(0, self.fact("身份", "Role", self.t(&role.label)).text);
        }
        // The label as written (a defined term such as "Platform Users" keeps its capitals),
        // capitalised only where it starts a line.
        let label = self.t(&r.label);
        let heading = capitalize_en(&label, self.lang);
        let mut out = vec![Para::list(
            format!("{heading}{}", pick(self.lang, "：", ":")),
            facts,
        )];
        if !r.contract.is_empty() {
            out.push(Para::list(
                match self.lang {
                    Lang::Zh => format!("我们与{label}约定："),
                    Lang::En => format!("Our agreement with {label} provides that:"),
                },
                self.clause_items(&r.contract),
            ));
        }
        out
    }

    fn security(&self) -> Vec<Para> {
        let Some(s) = &self.m.security else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if !s.measures.is_empty() {
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
                    Lang::Zh => format!("如不幸发生个人信息安全事件，我们将及时{by}告知您以下内容："),
                    Lang::En => format!("If a personal information security incident occurs, we will promptly tell you{by} the following:"),
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
                (true, Lang::Zh) => "我们还将按照监管部门的要求，主动上报个人信息安全事件的处置情况。",
                (true, Lang::En) => "We will also report the handling of personal information security incidents to the regulators as they require.",
                (false, Lang::Zh) => "如发生个人信息安全事件，我们将按照监管部门的要求，主动上报事件的处置情况。",
                (false, Lang::En) => "If a personal information security incident occurs, we will report its handling to the regulators as they require.",
            }.into()));
        }
        out.extend(self.free(&s.description));
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
        let sentence = retention_sentence(r, self.lang);
        let mut out: Vec<Para> = (!sentence.is_empty())
            .then(|| Para::text(sentence))
            .into_iter()
            .collect();
        if !r.minimum.is_empty() {
            out.push(Para::list(
                pick(
                    self.lang,
                    "但以下情形除外：",
                    "This does not apply in the following cases:",
                )
                .into(),
                self.labels(&r.minimum)
                    .into_iter()
                    .map(|l| sentence_end(capitalize_en(&l, self.lang), self.lang))
                    .collect(),
            ));
        }
        if !r.exceptions.is_empty() {
            out.push(Para::list(
                pick(
                    self.lang,
                    "在以下情形中，我们可能在上述期限届满后继续保存：",
                    "We may keep it beyond that period in the following cases:",
                )
                .into(),
                self.clause_items(&r.exceptions),
            ));
        }
        if let Some(b) = &r.backups {
            out.push(self.fact_clause("备份", "Backups", b));
        }
        if let Some(b) = &r.on_cessation {
            out.push(self.fact_clause("停止运营时", "Cessation of operations", b));
        }
        out.extend(self.free(&r.description));
        out
    }

    fn rights_intro(&self) -> Vec<Para> {
        if self.m.rights.is_empty() {
            return Vec::new();
        }
        let labels: Vec<String> = self.m.rights.iter().map(|r| self.t(&r.label)).collect();
        vec![Para::text(match self.lang {
            Lang::Zh => format!("按照相关法律法规，您对自己的个人信息享有以下权利：{}。", labels.join("、")),
            Lang::En => format!("Under the applicable laws and regulations, you have the following rights over your personal information: {}.", words::join_semicolons(&labels, self.lang)),
        })]
    }

    /// One subsection per right that says something beyond its name (a right the policy only
    /// names is in the list of `rights_intro`: an empty heading would look like a lost text).
    fn rights(&self) -> Blocks {
        self.m
            .rights
            .iter()
            .map(|r| {
                (
                    format!("right-{}", r.id),
                    capitalize_en(&self.t(&r.label), self.lang),
                    self.right(r),
                )
            })
            .filter(|(_, _, content)| !content.is_empty())
            .collect()
    }

    fn right(&self, r: &Right) -> Vec<Para> {
        let mut out = Vec::new();
        if !r.via.is_empty() {
            out.push(Para::list(
                pick(
                    self.lang,
                    "您可以通过以下方式行使该项权利：",
                    "You can exercise this right as follows:",
                )
                .into(),
                self.channels(&r.via)
                    .into_iter()
                    .map(|c| sentence_end(capitalize_en(&c, self.lang), self.lang))
                    .collect(),
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
                    self.lang,
                    "该项权利适用于以下情形：",
                    "This right applies in the following cases:",
                )
                .into(),
                self.labels(&conditions)
                    .into_iter()
                    .map(|l| sentence_end(capitalize_en(&l, self.lang), self.lang))
                    .collect(),
            ));
        }
        for f in &fallback {
            out.push(Para::text(match self.lang {
                Lang::Zh => "如法律、行政法规规定的保存期限未届满，或者删除个人信息从技术上难以实现，我们将停止除存储和采取必要的安全保护措施之外的处理。".into(),
                Lang::En => sentence_end(capitalize(&self.t(&f.label)), self.lang),
            }));
        }
        if let Some(v) = &r.verification {
            out.push(self.fact_clause("身份验证", "Identity verification", v));
        }
        if let Some(w) = &r.within {
            out.push(Para::text(match self.lang {
                Lang::Zh => format!("我们将在{}内答复您的请求。", words::duration(w, self.lang)),
                Lang::En => format!(
                    "We will reply to your request within {}.",
                    words::duration(w, self.lang)
                ),
            }));
        }
        if let Some(f) = &r.fee {
            out.push(Para::text(sentence_end(
                capitalize_en(&words::option("fee", f, self.lang), self.lang),
                self.lang,
            )));
        }
        if !r.refusal_grounds.is_empty() {
            out.push(Para::list(
                pick(
                    self.lang,
                    "在以下情形中，我们可能无法响应您的请求：",
                    "We may be unable to respond to your request in the following cases:",
                )
                .into(),
                self.labels(&r.refusal_grounds)
                    .into_iter()
                    .map(|l| sentence_end(capitalize_en(&l, self.lang), self.lang))
                    .collect(),
            ));
        }
        out.extend(self.free(&r.description));
        out
    }

    fn minors(&self) -> Vec<Para> {
        let Some(m) = &self.m.minors else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if m.directed == Some(false) {
            out.push(Para::text(
                pick(
                    self.lang,
                    "我们的产品和服务不面向未成年人。",
                    "Our products and services are not directed at minors.",
                )
                .into(),
            ));
        }
        if let Some(n) = m.threshold {
            out.push(Para::text(match self.lang {
                Lang::Zh => format!("我们将不满{n}周岁的任何人均视为儿童。"),
                Lang::En => format!("We treat anyone under the age of {n} as a child."),
            }));
        }
        if m.guardian_consent == Some(true) {
            out.push(Para::text(pick(self.lang, "如需处理儿童的个人信息，我们会事先取得其父母或者其他监护人的同意。", "Where we need to process a child's personal information, we first obtain the consent of the child's parent or other guardian.").into()));
        }
        if let Some(d) = &m.on_discovery {
            out.push(self.fact_clause(
                "未经同意收集的情形",
                "Information collected without consent",
                d,
            ));
        }
        if !m.guardian_contact.is_empty() {
            out.push(Para::list(
                pick(
                    self.lang,
                    "如您是未成年人的父母或者其他监护人，对您所监护的未成年人的个人信息有疑问的，可以通过以下方式联系我们：",
                    "If you are the parent or other guardian of a minor and have questions about the minor's personal information, you can contact us as follows:",
                )
                .into(),
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
        out.extend(self.free(&m.description));
        out
    }

    fn changes(&self) -> Vec<Para> {
        let Some(c) = &self.m.changes else {
            return Vec::new();
        };
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
        out.extend(self.free(&c.description));
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
        let mut items = vec![
            self.fact(
                "个人信息处理者",
                "Personal information handler",
                self.t(&c.name),
            )
            .text,
        ];
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

/// In English, a list entry starts with a capital; Chinese has none.
fn capitalize_en(s: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => s.to_string(),
        Lang::En => capitalize(s),
    }
}

fn labels(refs: &[Ref], lang: Lang) -> Vec<String> {
    refs.iter().map(|r| words::text(&r.label, lang)).collect()
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

/// Category labels, each sensitive one marked.
fn category_labels(cats: &[CategoryRef], lang: Lang) -> Vec<String> {
    cats.iter()
        .map(|c| {
            let label = words::text(&c.label, lang);
            if c.sensitive {
                format!(
                    "{label}{}",
                    pick(
                        lang,
                        "（敏感个人信息）",
                        " (sensitive personal information)"
                    )
                )
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

/// `为商务合作与咨询，我们会收集和使用您的联系电话、联系邮箱。`
pub fn purpose_sentence(p: &Purpose, lang: Lang) -> String {
    let label = without_wei(words::text(&p.label, lang), lang);
    let cats = your_data(&p.uses, lang);
    match (lang, p.uses.is_empty()) {
        (Lang::Zh, false) => format!("为{label}，我们会收集和使用{cats}。"),
        (Lang::Zh, true) => format!("我们会为{label}处理您的个人信息。"),
        (Lang::En, false) => format!("For {label}, we collect and use {cats}."),
        (Lang::En, true) => format!("We process your personal information for {label}."),
    }
}

/// `我们会向我们的合作伙伴共享您的联系电话……` with purposes, basis, conditions and, for a
/// recipient abroad, where it is.
pub fn flow_sentence(f: &Flow, lang: Lang) -> String {
    let cats = your_data(&f.data, lang);
    let to = join(&labels(&f.to, lang), lang);
    let mut s = match (lang, f.action.as_str()) {
        (Lang::Zh, "entrust") => format!("我们会委托{to}处理{cats}"),
        (Lang::Zh, "transfer") => format!("我们会将{cats}转让给{to}"),
        (Lang::Zh, "disclose") => format!("我们会向{to}公开披露{cats}"),
        (Lang::Zh, _) => format!("我们会向{to}提供{cats}"),
        (Lang::En, "entrust") => format!("We entrust {to} with processing {cats}"),
        (Lang::En, "transfer") => format!("We transfer {cats} to {to}"),
        (Lang::En, "disclose") => format!("We publicly disclose {cats} to {to}"),
        (Lang::En, _) => format!("We provide {cats} to {to}"),
    };
    if !f.trigger.is_empty() {
        let triggers = words::options("trigger", &f.trigger, lang);
        let t = join_or(&triggers, lang);
        s = match lang {
            // Trigger wordings may contain 或 themselves: list them with 、.
            Lang::Zh => format!("如发生{}等情形，{s}", triggers.join("、")),
            Lang::En => format!("In the event of {t}, {}", lowercase_first(&s)),
        };
    }
    if !f.purposes.is_empty() {
        let p = join(&purpose_labels(&f.purposes, lang), lang);
        s = match lang {
            Lang::Zh => format!("为{p}，{s}"),
            Lang::En => format!("{s} for {p}"),
        };
    }
    if !f.basis.is_empty() {
        let b = join_or(&labels(&f.basis, lang), lang);
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
        s.push_str(pick(
            lang,
            "（接收方位于境外）",
            " (the recipient is located outside mainland China)",
        ));
    }
    if !f.mechanism.is_empty() {
        let m = join(&labels(&f.mechanism, lang), lang);
        s.push_str(&match lang {
            Lang::Zh => format!("，出境机制为{m}"),
            Lang::En => format!(", under {m}"),
        });
    }
    sentence_end(s, lang)
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
    let kept = match (lang, &r.period, &r.until) {
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
    if let Some(e) = expiry {
        s.push_str(&match lang {
            Lang::Zh => format!("；期限届满后，我们将{e}"),
            Lang::En => format!("; when the period ends, we {e}"),
        });
    }
    sentence_end(s, lang)
}

/// Lower-cases a sentence's first word when it is a common word (“You may …” after a
/// comma), never a name (“User Representatives”, “ZHUIYI”).
fn lowercase_common(s: &str) -> String {
    const COMMON: &[&str] = &[
        "If", "Where", "You", "Your", "We", "Our", "It", "This", "The", "Without", "In", "A", "An",
        "After", "Before", "When", "For", "Once", "Unless", "Upon",
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
