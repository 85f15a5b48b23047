//! The fixed words of the pages in both languages: the schema's option words, regions, dates,
//! durations, and how lists are joined. Sentences ([`super::compose`]) are built from these and
//! from the author's labels, never from pasted prose.

use crate::backends::manifest::{Channel, ChannelKind, Duration, Text};
use crate::diag::Lang;

/// Picks the Chinese or the English of a pair.
pub fn pick<'a>(lang: Lang, zh: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// An author text in one language; the other language as a fallback, so that a policy written
/// in one language still renders (the checker already reports the missing translation).
pub fn text(t: &Text, lang: Lang) -> String {
    let own = t.get(lang);
    if !own.is_empty() {
        return own.to_string();
    }
    let other = match lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    t.get(other).to_string()
}

/// Joins a list as prose: `A、B和C` / `A, B and C`.
pub fn join(items: &[String], lang: Lang) -> String {
    join_with(items, lang, "及", "and")
}

pub fn join_or(items: &[String], lang: Lang) -> String {
    join_with(items, lang, "或", "or")
}

/// `A、B及C` / `A, B and C`. In English an item that itself contains "and" or "or" gets a
/// serial comma before the last conjunction, so the list cannot be misread ("preferences and
/// usage habits, and browsing activity").
fn join_with(items: &[String], lang: Lang, zh: &str, en: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => match lang {
            Lang::Zh => format!("{}{zh}{}", rest.join("、"), last),
            Lang::En => {
                let nested = items
                    .iter()
                    .any(|i| i.contains(" and ") || i.contains(" or "));
                let comma = if nested { "," } else { "" };
                format!("{}{comma} {en} {}", rest.join(", "), last)
            }
        },
    }
}

/// Items that are phrases of their own, one after another: `A；B；C` / `A; B; and C`.
pub fn join_semicolons(items: &[String], lang: Lang) -> String {
    match (lang, items) {
        (Lang::Zh, _) | (Lang::En, [] | [_]) => items.join(pick(lang, "；", "; ")),
        (Lang::En, [rest @ .., last]) => format!("{}; and {last}", rest.join("; ")),
    }
}

/// A count in words, as legal English writes small numbers: `three`, `12`.
pub fn count_en(n: usize) -> String {
    const WORDS: [&str; 11] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// Ends a sentence with the language's full stop unless it already ends in punctuation.
pub fn sentence_end(mut s: String, lang: Lang) -> String {
    let ends = s
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '。' | '！' | '？' | '.' | '!' | '?' | '；' | '：'));
    if !ends && !s.is_empty() {
        s.push_str(pick(lang, "。", "."));
    }
    s
}

/// Strips a trailing full stop or semicolon, to embed an author text inside a sentence.
pub fn clause(s: &str) -> String {
    s.trim_end_matches(['。', '.', '；', ';', '，', ','])
        .to_string()
}

/// Upper-cases the first letter (English sentences built from lower-case labels).
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `2021年5月7日` / `7 May 2021`, from `YYYY-MM-DD`.
pub fn date(iso: &str, lang: Lang) -> String {
    let mut parts = iso.split('-').map(|p| p.parse::<u32>().unwrap_or(0));
    let (y, m, d) = (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    );
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::Zh => format!("{y}年{m}月{d}日"),
        Lang::En => {
            let month = MONTHS
                .get((m as usize).wrapping_sub(1))
                .copied()
                .unwrap_or("");
            format!("{d} {month} {y}")
        }
    }
}

/// `15个工作日` / `15 working days`.
pub fn duration(d: &Duration, lang: Lang) -> String {
    let (zh, one, many) = match d.unit.as_str() {
        "hours" => ("小时", "hour", "hours"),
        "days" => ("天", "day", "days"),
        "working_days" => ("个工作日", "working day", "working days"),
        "weeks" => ("周", "week", "weeks"),
        "months" => ("个月", "month", "months"),
        _ => ("年", "year", "years"),
    };
    match lang {
        Lang::Zh => format!("{}{}", d.amount, zh),
        Lang::En => format!("{} {}", d.amount, if d.amount == 1 { one } else { many }),
    }
}

/// The area a recipient is outside of when the page calls it abroad, in the terms of the
/// policy's home ([`crate::meaning::territory::Home`]): a PIPL policy's 境外 is outside
/// mainland China, a GDPR policy's is outside the EEA, a UK GDPR policy's outside the UK, and a
/// policy at home in one country (a CCPA-only policy) is outside that country.
pub fn home_area(territory: &[String], lang: Lang) -> String {
    let has = |code: &str| territory.iter().any(|t| t == code);
    if has("CN") {
        pick(lang, "中华人民共和国境内", "mainland China").to_string()
    } else if has("EU") || territory.len() > 1 {
        pick(lang, "欧洲经济区", "the European Economic Area").to_string()
    } else {
        territory
            .first()
            .map(|code| region(code, lang))
            .unwrap_or_default()
    }
}

/// Whether the policy's home is mainland China, where a transfer abroad is 出境 and its
/// safeguards are PIPL Art. 38 mechanisms (出境机制).
pub fn home_is_pipl(territory: &[String]) -> bool {
    territory.iter().any(|t| t == "CN")
}

/// Whether the page speaks the PIPL's vocabulary: 委托处理 / "entrust" for a processor,
/// 敏感个人信息 (Art. 28) for sensitive data. Under a policy that declares no `pipl`
/// profile (a GDPR policy), the page uses that law's own terms instead: processor, special
/// categories of personal data (Art. 9). No profile declared means the default, `pipl`.
pub fn speaks_pipl<S: AsRef<str>>(profiles: &[S]) -> bool {
    profiles.is_empty() || profiles.iter().any(|p| p.as_ref() == "pipl")
}

/// The words of the page that depend on the laws the policy declares, chosen in one place.
#[derive(Clone, Copy)]
pub struct Terms {
    pub pipl: bool,
}

impl Terms {
    pub fn of<S: AsRef<str>>(profiles: &[S]) -> Terms {
        Terms {
            pipl: speaks_pipl(profiles),
        }
    }

    /// A category's sensitivity as a column heading.
    pub fn sensitive_heading(self, lang: Lang) -> &'static str {
        match self.pipl {
            true => pick(lang, "敏感个人信息", "Sensitive"),
            false => pick(lang, "特殊类别的个人数据", "Special category"),
        }
    }

    /// A category's sensitivity as a table cell.
    pub fn sensitive_cell(self, lang: Lang) -> &'static str {
        match self.pipl {
            true => pick(lang, "敏感个人信息", "sensitive"),
            false => pick(lang, "特殊类别的个人数据", "special category"),
        }
    }

    /// A category's sensitivity as a mark after its label in a sentence.
    pub fn sensitive_mark(self, lang: Lang) -> &'static str {
        match self.pipl {
            true => pick(
                lang,
                "（敏感个人信息）",
                " (sensitive personal information)",
            ),
            false => pick(
                lang,
                "（特殊类别的个人数据）",
                " (special category of personal data)",
            ),
        }
    }

    /// The diagram's mark on a sensitive category's box.
    pub fn sensitive_node_mark(self, lang: Lang) -> &'static str {
        match self.pipl {
            true => pick(lang, "（敏感）", " (sensitive)"),
            false => pick(lang, "（特殊类别）", " (special category)"),
        }
    }

    /// The diagram's legend for a sensitive category.
    pub fn sensitive_legend(self, lang: Lang) -> &'static str {
        match self.pipl {
            true => pick(lang, "敏感个人信息", "sensitive personal information"),
            false => pick(
                lang,
                "特殊类别的个人数据",
                "special categories of personal data",
            ),
        }
    }

    /// An `entrust` flow as a verb in the sharing section's heading.
    pub fn entrust_verb(self, lang: Lang) -> &'static str {
        match self.pipl {
            true => pick(lang, "委托处理", "entrust"),
            false => pick(lang, "向处理者提供", "disclose to processors"),
        }
    }

    /// The subsection over the `entrust` flows.
    pub fn entrust_heading(self, lang: Lang) -> &'static str {
        match self.pipl {
            true => pick(lang, "委托处理", "Entrusted processing"),
            false => pick(lang, "处理者", "Processors"),
        }
    }

    /// An `entrust` flow in a list's "how" cell.
    pub fn entrust_how(self, lang: Lang) -> &'static str {
        match self.pipl {
            true => pick(lang, "委托处理", "entrusted processing"),
            false => pick(
                lang,
                "作为处理者代表我们处理",
                "processing on our behalf as a processor",
            ),
        }
    }
}

thread_local! {
    /// The terms of the policy being rendered: sentences built far from the policy (a
    /// category list inside a flow sentence) read them here rather than through every call.
    static TERMS: std::cell::Cell<Terms> = const { std::cell::Cell::new(Terms { pipl: true }) };
}

/// Runs `f` with `terms` as the terms of the policy being rendered.
pub fn in_terms<R>(terms: Terms, f: impl FnOnce() -> R) -> R {
    let before = TERMS.with(|t| t.replace(terms));
    let out = f();
    TERMS.with(|t| t.set(before));
    out
}

/// The terms of the policy being rendered (the PIPL's outside [`in_terms`]).
pub fn terms() -> Terms {
    TERMS.with(std::cell::Cell::get)
}

/// A region code in words. Codes outside this table are shown as the code itself, which both
/// languages read (`SG`).
pub fn region(code: &str, lang: Lang) -> String {
    let (zh, en) = match code {
        "CN" => ("中华人民共和国境内", "mainland China"),
        "HK" => ("中国香港特别行政区", "Hong Kong SAR, China"),
        "MO" => ("中国澳门特别行政区", "Macao SAR, China"),
        "TW" => ("中国台湾地区", "Taiwan, China"),
        "US" => ("美国", "the United States"),
        "SG" => ("新加坡", "Singapore"),
        "JP" => ("日本", "Japan"),
        "KR" => ("韩国", "South Korea"),
        "GB" => ("英国", "the United Kingdom"),
        "DE" => ("德国", "Germany"),
        "FR" => ("法国", "France"),
        "IE" => ("爱尔兰", "Ireland"),
        "NL" => ("荷兰", "the Netherlands"),
        "AT" => ("奥地利", "Austria"),
        "AU" => ("澳大利亚", "Australia"),
        "BE" => ("比利时", "Belgium"),
        "BG" => ("保加利亚", "Bulgaria"),
        "BR" => ("巴西", "Brazil"),
        "CA" => ("加拿大", "Canada"),
        "CH" => ("瑞士", "Switzerland"),
        "CY" => ("塞浦路斯", "Cyprus"),
        "CZ" => ("捷克", "Czechia"),
        "DK" => ("丹麦", "Denmark"),
        "EE" => ("爱沙尼亚", "Estonia"),
        "ES" => ("西班牙", "Spain"),
        "FI" => ("芬兰", "Finland"),
        "GR" => ("希腊", "Greece"),
        "HR" => ("克罗地亚", "Croatia"),
        "HU" => ("匈牙利", "Hungary"),
        "ID" => ("印度尼西亚", "Indonesia"),
        "IL" => ("以色列", "Israel"),
        "IN" => ("印度", "India"),
        "IS" => ("冰岛", "Iceland"),
        "IT" => ("意大利", "Italy"),
        "LI" => ("列支敦士登", "Liechtenstein"),
        "LT" => ("立陶宛", "Lithuania"),
        "LU" => ("卢森堡", "Luxembourg"),
        "LV" => ("拉脱维亚", "Latvia"),
        "MT" => ("马耳他", "Malta"),
        "MX" => ("墨西哥", "Mexico"),
        "MY" => ("马来西亚", "Malaysia"),
        "NO" => ("挪威", "Norway"),
        "NZ" => ("新西兰", "New Zealand"),
        "PH" => ("菲律宾", "the Philippines"),
        "PL" => ("波兰", "Poland"),
        "PT" => ("葡萄牙", "Portugal"),
        "RO" => ("罗马尼亚", "Romania"),
        "RU" => ("俄罗斯", "Russia"),
        "SA" => ("沙特阿拉伯", "Saudi Arabia"),
        "SE" => ("瑞典", "Sweden"),
        "SI" => ("斯洛文尼亚", "Slovenia"),
        "SK" => ("斯洛伐克", "Slovakia"),
        "TH" => ("泰国", "Thailand"),
        "TR" => ("土耳其", "Türkiye"),
        "AE" => ("阿拉伯联合酋长国", "the United Arab Emirates"),
        "VN" => ("越南", "Viet Nam"),
        "ZA" => ("南非", "South Africa"),
        "EU" => ("欧盟", "the European Union"),
        "EEA" => ("欧洲经济区", "the European Economic Area"),
        _ => return code.to_string(),
    };
    pick(lang, zh, en).to_string()
}

/// A channel in words: `发送电子邮件至 a@b.c` / `by e-mail to a@b.c`.
pub fn channel(c: &Channel, lang: Lang) -> String {
    let value = c.value.clone().unwrap_or_default();
    match c.kind {
        ChannelKind::Email => match lang {
            Lang::Zh => format!("发送电子邮件至 {value}"),
            Lang::En => format!("by e-mail to {value}"),
        },
        ChannelKind::Url => match lang {
            Lang::Zh => format!("访问 {value}"),
            Lang::En => format!("visit {value}"),
        },
        ChannelKind::Phone => match lang {
            Lang::Zh => format!("拨打电话 {value}"),
            Lang::En => format!("by telephone on {value}"),
        },
        ChannelKind::Contact => {
            let label = c.text.as_ref().map(|t| text(t, lang)).unwrap_or_default();
            match lang {
                // The section is 「如何联系我们」; the label is the heading the contact is
                // listed under there (it often ends in 联系方式 itself).
                Lang::Zh => format!("通过本政策“如何联系我们”部分所列的“{label}”"),
                Lang::En => format!(
                    "through the contact details listed under “{}” in “How to contact us” below",
                    capitalize(&label)
                ),
            }
        }
        ChannelKind::Text => clause(&c.text.as_ref().map(|t| text(t, lang)).unwrap_or_default()),
    }
}

/// How a practice happens, as a sentence frame reads it (the manifest's `modality` word).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modality {
    Routine,
    May,
    OnlyIf,
    CurrentlyNot,
}

impl Modality {
    /// From the manifest's word; an unknown word reads as routine, which is what a flow
    /// without a modality field means.
    pub fn from_word(word: &str) -> Modality {
        match word {
            "may" => Modality::May,
            "only_if" => Modality::OnlyIf,
            "currently_not" => Modality::CurrentlyNot,
            _ => Modality::Routine,
        }
    }
}

/// The modality and conditions of a practice: what decides the frame of its sentence.
#[derive(Clone, Debug)]
pub struct Frame<'a> {
    pub modality: Modality,
    /// "may" said together with `only_if`: the cases bound a possibility, not a routine.
    pub may: bool,
    /// `in_principle` or `generally`.
    pub hedge: Option<&'a str>,
    /// The labels of the `when` conditions (all hold).
    pub when: &'a [String],
    /// The labels of the `only_if` conditions (any one suffices).
    pub only_if: &'a [String],
    /// We act (true), or the recipient collects the data itself (false).
    pub by_us: bool,
}

/// 原则上 / "As a rule": a hedge, said where its sentence starts.
pub fn hedge(word: &str, lang: Lang) -> &'static str {
    match (word, lang) {
        ("generally", Lang::Zh) => "通常",
        ("generally", Lang::En) => "Generally",
        (_, Lang::Zh) => "原则上",
        (_, Lang::En) => "As a rule",
    }
}

/// `（一）甲；（二）乙` / `(1) a; (2) b`: the cases of a closed list, inline.
pub fn numbered(items: &[String], lang: Lang) -> String {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| match lang {
            Lang::Zh => format!("（{}）{}", zh_numeral(i + 1), clause(item)),
            Lang::En => format!("({}) {}", i + 1, clause(item)),
        })
        .collect::<Vec<_>>()
        .join(pick(lang, "；", "; "))
}

/// `一` .. `九十九`.
pub fn zh_numeral(n: usize) -> String {
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

/// A condition label after "only" / "except": a label that does not open with a preposition or
/// conjunction of its own ("you agree") gets "if".
pub fn en_condition(label: &str) -> String {
    const OPENERS: &[&str] = &[
        "where", "when", "with", "if", "in", "on", "after", "before", "for", "to", "under", "upon",
        "as", "once", "while", "during", "at", "by", "unless",
    ];
    let label = clause(label);
    let first = label.split(' ').next().unwrap_or_default().to_lowercase();
    if OPENERS.contains(&first.as_str()) {
        label
    } else {
        format!("if {label}")
    }
}

/// The conditions of `when` as the opening of an English sentence: "When laws require it, "
/// from "where laws require it"; "With your consent, " as written.
fn en_when(labels: &[String]) -> String {
    let parts: Vec<String> = labels
        .iter()
        .map(|l| {
            let l = clause(l);
            ["where ", "when ", "if "]
                .iter()
                .find_map(|p| l.strip_prefix(p))
                .map(str::to_string)
                .unwrap_or(l)
        })
        .collect();
    let all_with = parts.iter().all(|p| p.starts_with("with "));
    let joined = join(&parts, Lang::En);
    if all_with {
        format!("{}, ", capitalize(&joined))
    } else {
        format!("When {joined}, ")
    }
}

/// `当甲且乙时，`.
fn zh_when(labels: &[String]) -> String {
    let parts: Vec<String> = labels
        .iter()
        .map(|l| {
            let l = clause(l);
            let l = l.strip_prefix('当').unwrap_or(&l).to_string();
            l.strip_suffix('时').map(str::to_string).unwrap_or(l)
        })
        .collect();
    let joined = match parts.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}且{last}", rest.join("、")),
    };
    format!("当{joined}时，")
}

/// A practice in Chinese: `lead` (「为……，」, 「如发生……等情形，」), the subject (「我们」, or the
/// data when the recipient collects it: 「您的……」), the predicate (「向……提供……」, 「由……直接收集」)
/// and `extras` (the basis and other facts, after the predicate), in the frame of its modality:
///
/// - routine 「我们会……」 (a recipient's own collection: 「您的……由……直接收集」);
/// - may 「我们可能……」;
/// - only_if with one condition 「仅在……时，我们才会……」, with several
///   「除以下情形外，我们不会……：（一）……；（二）……」;
/// - currently_not 「目前，我们不会……」 (目前 first, before the purpose), and with only_if 「；今后如需这样做，我们将仅在……时进行」.
///
/// `when` opens it (「当……时，」) and a hedge comes first of all (「原则上，」).
pub fn practice_zh(f: &Frame, lead: &str, subject: &str, predicate: &str, extras: &str) -> String {
    let mut s = String::new();
    if let Some(h) = f.hedge {
        s.push_str(hedge(h, Lang::Zh));
        s.push('，');
    }
    // 「目前」 qualifies the whole statement, purpose included: it comes first.
    if f.modality == Modality::CurrentlyNot {
        s.push_str("目前，");
    }
    if !f.when.is_empty() {
        s.push_str(&zh_when(f.when));
    }
    s.push_str(lead);
    let conds: Vec<String> = f.only_if.iter().map(|c| clause(c)).collect();
    let will = if f.by_us { "会" } else { "" };
    match (f.modality, conds.as_slice()) {
        (Modality::Routine, _) => s.push_str(&format!("{subject}{will}{predicate}{extras}")),
        (Modality::May, _) => s.push_str(&format!("{subject}可能{predicate}{extras}")),
        (Modality::OnlyIf, [one]) => {
            let will = if f.may { "才可能" } else { "才会" };
            s.push_str(&format!("仅在{one}时，{subject}{will}{predicate}{extras}"))
        }
        (Modality::OnlyIf, _) if f.may => s.push_str(&format!(
            "{subject}仅在以下情形中可能{predicate}{extras}：{}",
            numbered(&conds, Lang::Zh)
        )),
        (Modality::OnlyIf, _) => s.push_str(&format!(
            "除以下情形外，{subject}不会{predicate}{extras}：{}",
            numbered(&conds, Lang::Zh)
        )),
        (Modality::CurrentlyNot, []) => s.push_str(&format!("{subject}不会{predicate}{extras}")),
        (Modality::CurrentlyNot, _) => {
            let future = if f.by_us {
                "今后如需这样做，我们将仅在"
            } else {
                "今后仅在"
            };
            let end = if f.by_us {
                "时进行"
            } else {
                "时才会如此"
            };
            s.push_str(&format!(
                "{subject}不会{predicate}{extras}；{future}{}{end}",
                join_or(&conds, Lang::Zh)
            ))
        }
    }
    sentence_end(s, Lang::Zh)
}

/// A practice in English: `lead` ("In the event of a merger, "), the subject ("We", or the
/// recipient that collects the data itself), the verb in its base form ("provide"), whether
/// the subject is one third party (the verb then takes "s"), the rest of the clause ("your
/// e-mail address to our partners for customer support") and `extras` (the basis and other
/// facts), in the frame of its modality:
///
/// - routine "We provide …";
/// - may "We may provide …";
/// - only_if with one condition "We provide … only with your consent", with several "We provide
///   … only in the following cases: (1) …; (2) …";
/// - currently_not "We currently do not provide …", and with only_if "; if we do so in future,
///   we will do so only …".
///
/// `when` opens it ("When …, ") and a hedge comes first of all ("As a rule, ").
pub fn practice_en(
    f: &Frame,
    lead: &str,
    subject: &str,
    singular: bool,
    verb: &str,
    rest: &str,
    extras: &str,
) -> String {
    let mut opening = String::new();
    if let Some(h) = f.hedge {
        opening.push_str(hedge(h, Lang::En));
        opening.push_str(", ");
    }
    if !f.when.is_empty() {
        opening.push_str(&en_when(f.when));
    }
    opening.push_str(lead);
    // "We" is lower-cased after an opening; a recipient's name keeps its capitals.
    let subject = if !opening.is_empty() && subject == "We" {
        "we".to_string()
    } else {
        subject.to_string()
    };
    let finite = if singular {
        format!("{verb}s")
    } else {
        verb.to_string()
    };
    let does = if singular { "does" } else { "do" };
    let conds: Vec<String> = f.only_if.iter().map(|c| en_condition(c)).collect();
    let body = match (f.modality, conds.as_slice()) {
        (Modality::Routine, _) => format!("{subject} {finite} {rest}{extras}"),
        (Modality::May, _) => format!("{subject} may {verb} {rest}{extras}"),
        (Modality::OnlyIf, [one]) if f.may => {
            format!("{subject} may {verb} {rest} only {one}{extras}")
        }
        (Modality::OnlyIf, [one]) => format!("{subject} {finite} {rest} only {one}{extras}"),
        (Modality::OnlyIf, _) if f.may => format!(
            "{subject} may {verb} {rest}{extras} only in the following cases: {}",
            numbered(&conds, Lang::En)
        ),
        (Modality::OnlyIf, _) => format!(
            "{subject} {finite} {rest}{extras} only in the following cases: {}",
            numbered(&conds, Lang::En)
        ),
        (Modality::CurrentlyNot, []) => {
            format!("{subject} currently {does} not {verb} {rest}{extras}")
        }
        (Modality::CurrentlyNot, _) => {
            let future = if f.by_us {
                "if we do so in future, we will do so only"
            } else {
                "if this changes, it will happen only"
            };
            format!(
                "{subject} currently {does} not {verb} {rest}{extras}; {future} {}",
                join_or(&conds, Lang::En)
            )
        }
    };
    let s = if opening.is_empty() {
        capitalize(&body)
    } else {
        capitalize(&format!("{opening}{body}"))
    };
    sentence_end(s, Lang::En)
}

/// The wording of an option word of the schema, by the field it belongs to. Every option the
/// schema lists has a wording in both languages (a unit test holds this table against the
/// schema), so a new option cannot reach a page untranslated.
pub fn option(field: &str, word: &str, lang: Lang) -> String {
    match option_pair(field, word) {
        Some((zh, en)) => pick(lang, zh, en).to_string(),
        None => word.to_string(),
    }
}

/// The (Chinese, English) wording of an option word, if it has one.
fn option_pair(field: &str, word: &str) -> Option<(&'static str, &'static str)> {
    match (field, word) {
        ("audience", "individuals") => Some(("个人用户", "individuals")),
        ("audience", "enterprise_customers") => Some(("企业客户", "enterprise customers")),
        ("audience", "enterprise_representatives") => Some((
            "企业客户的代表",
            "the representatives of enterprise customers",
        )),
        ("audience", "adults_only") => Some(("成年人", "adults only")),
        ("audience", "not_directed_at_minors") => Some((
            "本政策所涉产品和服务不面向未成年人",
            "not directed at minors",
        )),
        ("audience", "directed_at_children") => Some(("儿童", "children")),
        ("source", "subject") => Some(("由您主动提供", "provided by you")),
        ("source", "automatic") => Some((
            "在您使用服务时自动收集",
            "collected automatically when you use the service",
        )),
        ("source", "third_party") => Some(("从第三方间接获取", "obtained from third parties")),
        ("identifiability", "identified") => Some(("可识别特定个人", "identifies you")),
        ("identifiability", "de_identified") => Some(("经去标识化处理", "de-identified")),
        ("identifiability", "anonymized") => Some(("经匿名化处理", "anonymized")),
        ("acts_as", "processor") => Some(("处理者", "processor")),
        ("acts_as", "sub_processor") => Some(("分处理者", "sub-processor")),
        ("acts_as", "joint_controller") => Some(("共同控制者", "joint controller")),
        ("role", "controller") => Some(("控制者", "controller")),
        ("role", "joint_controller") => Some(("共同控制者", "joint controller")),
        ("acts_as", "independent_controller") => Some(("独立控制者", "independent controller")),
        ("consent", "opt_in") => Some(("经您主动勾选或点击同意", "by your opting in")),
        ("consent", "separate_prompt") => Some((
            "通过单独的弹窗等方式征得您的单独同意",
            "by a separate prompt asking for your separate consent",
        )),
        ("consent", "written") => Some(("取得您的书面同意", "by your written consent")),
        ("consent", "implied_by_use") => Some((
            "您继续使用相关功能，即视为您同意",
            "by your continuing to use the function concerned",
        )),
        ("consent", "pre_checked") => Some(("通过默认勾选的方式", "by a pre-ticked box")),
        ("conditions", "de_identified_first") => Some((
            "事先进行去标识化处理",
            "the information is de-identified first",
        )),
        ("conditions", "anonymized_first") => {
            Some(("事先进行匿名化处理", "the information is anonymized first"))
        }
        ("conditions", "separate_consent") => Some((
            "事先征得您的单独同意",
            "we first obtain your separate consent",
        )),
        ("conditions", "encrypted") => Some((
            "采用加密方式传输",
            "the information is encrypted in transit",
        )),
        ("conditions", "minimum_necessary") => Some((
            "仅限于实现目的所必要的最小范围",
            "only the minimum necessary for the purpose is provided",
        )),
        ("trigger", "merger") => Some(("合并", "a merger")),
        ("trigger", "division") => Some(("分立", "a division")),
        ("trigger", "dissolution") => Some(("解散", "a dissolution")),
        ("trigger", "bankruptcy") => Some(("被宣告破产", "a declaration of bankruptcy")),
        ("trigger", "asset_sale") => {
            Some(("出售资产或业务", "a sale of assets or of the business"))
        }
        ("trigger", "acquisition") => Some(("收购", "an acquisition")),
        ("on_expiry", "delete") => Some(("删除上述信息", "delete it")),
        ("on_expiry", "anonymize") => Some(("对上述信息进行匿名化处理", "anonymize it")),
        ("on_expiry", "delete_or_anonymize") => {
            Some(("删除上述信息或对其进行匿名化处理", "delete or anonymize it"))
        }
        ("on_expiry", "delete_immediately") => Some((
            "在使用后立即删除上述信息",
            "delete it immediately after use",
        )),
        ("fee", "free") => Some(("我们不收取任何费用", "we charge no fee")),
        ("fee", "free_for_reasonable_requests") => Some((
            "对于您合理的请求，我们原则上不收取费用",
            "as a rule we charge no fee for reasonable requests",
        )),
        ("fee", "cost_fee") => Some((
            "我们可能收取一定的成本费用",
            "we may charge a fee to cover our costs",
        )),
        ("platforms", "android") => Some(("Android", "Android")),
        ("platforms", "ios") => Some(("iOS", "iOS")),
        ("platforms", "harmonyos") => Some(("鸿蒙（HarmonyOS）", "HarmonyOS")),
        ("platforms", "miniprogram") => Some(("微信小程序", "WeChat mini-program")),
        ("platforms", "web") => Some(("网页", "web")),
        ("kind", "basic") => Some(("基本业务功能", "basic function")),
        ("kind", "extended") => Some(("扩展业务功能", "extended function")),
        ("requested", "first_launch") => Some(("首次启动时", "at first launch")),
        ("requested", "on_use") => Some(("您使用相关功能时", "when you use the function")),
        ("requested", "in_settings") => {
            Some(("您在设置中开启时", "when you turn it on in settings"))
        }
        ("kind", "essential") => Some(("必要类", "strictly necessary")),
        ("kind", "functional") => Some(("功能类", "functional")),
        ("kind", "analytics") => Some(("统计分析类", "analytics")),
        ("kind", "advertising") => Some(("广告类", "advertising")),
        ("kind", "personalization") => Some(("个性化类", "personalisation")),
        ("technology", "cookie") => Some(("Cookie", "cookies")),
        ("technology", "pixel_tag") => Some(("像素标签", "pixel tags")),
        ("technology", "web_beacon") => Some(("网站信标", "web beacons")),
        ("technology", "local_storage") => Some(("本地存储", "local storage")),
        ("technology", "sdk") => {
            Some(("软件开发工具包（SDK）", "software development kits (SDKs)"))
        }
        ("technology", "fingerprint") => Some(("设备指纹", "device fingerprinting")),
        ("technology", "ip_tracking") => Some(("IP地址追踪", "tracking by IP address")),
        ("do_not_track", "respected") => Some((
            "如果您的浏览器启用了“禁止追踪”（Do Not Track）功能，我们会尊重您的选择",
            "if your browser sends a Do Not Track signal, we respect it",
        )),
        ("do_not_track", "not_respected") => Some((
            "我们目前不响应浏览器的“禁止追踪”（Do Not Track）请求",
            "we do not currently respond to Do Not Track signals",
        )),
        ("do_not_track", "not_supported") => Some((
            "我们的服务目前不支持“禁止追踪”（Do Not Track）功能",
            "our services do not currently support Do Not Track",
        )),
        ("notice", "email") => Some(("电子邮件", "e-mail")),
        ("notice", "sms") => Some(("短信", "text message")),
        ("notice", "phone") => Some(("电话", "telephone")),
        ("notice", "letter") => Some(("信函", "letter")),
        ("notice", "push") => Some(("推送通知", "push notification")),
        ("notice", "announcement") => Some(("公告", "public announcement")),
        ("notice", "in_product") => Some(("产品内通知", "in-product notice")),
        ("notice", "website") => Some(("官方网站", "notice on our website")),
        ("notice", "popup") => Some(("弹窗", "pop-up window")),
        ("action", "entrust") => Some(("委托处理", "entrust")),
        ("action", "share") => Some(("共享", "share")),
        ("action", "transfer") => Some(("转让", "transfer")),
        ("action", "disclose") => Some(("公开披露", "publicly disclose")),
        _ => None,
    }
}

/// The option words of a list, in words.
pub fn options(field: &str, words: &[String], lang: Lang) -> Vec<String> {
    words.iter().map(|w| option(field, w, lang)).collect()
}

/// The field a schema option belongs to, as [`option`] names it: the notice channels of the
/// security and changes statements share one table.
pub fn option_table(field: &str) -> &str {
    match field {
        "announce" | "major_notice" | "incident_notice" => "notice",
        other => other,
    }
}

/// The company's voice for the stdlib items whose label is the statute's or the standard's
/// third person (「个人信息控制者」, 「个人信息主体」, "the controller", "the data subject", 其 for
/// the person): on a page the policy speaks as 我们/we to 您/you. The label stays the
/// statute's text for `polc explain` and citations; `None` for every other item, whose label
/// is already in the policy's voice.
pub fn voice(id: &str, lang: Lang) -> Option<&'static str> {
    let (zh, en) = match id.strip_prefix("std::")? {
        "gbt35273::gbt_legal_obligation" | "gbt35273::refuse_legal_obligation" => (
            "与我们履行法律法规规定的义务相关的",
            "related to our performance of obligations under laws and regulations",
        ),
        "gbt35273::gbt_vital_interests" | "gbt35273::refuse_vital_interests" => (
            "出于维护您或其他个人的生命、财产等重大合法权益但又很难得到您本人授权同意的",
            "to protect your life, property or other major lawful interests or those of another person where your consent is hard to obtain",
        ),
        "gbt35273::gbt_self_disclosed" => (
            "所涉及的个人信息是您自行向社会公众公开的",
            "the personal information concerned was made public by you",
        ),
        "gbt35273::gbt_contract" => (
            "根据您的要求签订和履行合同所必需的",
            "necessary to conclude and perform a contract at your request",
        ),
        "gbt35273::gbt_news_org" => (
            "我们作为新闻单位开展合法的新闻报道所必需的",
            "necessary for our lawful news reporting as a news organisation",
        ),
        "gbt35273::gbt_academic" => (
            "我们作为学术研究机构出于公共利益开展统计或学术研究所必要，且对外提供学术研究或描述的结果时，对结果中所包含的个人信息进行去标识化处理的",
            "necessary for our statistical or academic research in the public interest as an academic research institution, with personal information in published results de-identified",
        ),
        "gbt35273::refuse_abuse" => (
            "我们有充分证据表明您存在主观恶意或滥用权利的",
            "we have sufficient evidence that the request is made in bad faith or abuses the right",
        ),
        "gbt35273::refuse_harm_others" => (
            "响应您的请求将导致您或其他个人、组织的合法权益受到严重损害的",
            "responding would seriously harm your lawful rights and interests or those of other persons or organisations",
        ),
        "pipl::restrict_refuse" => (
            "限制或者拒绝他人对您的个人信息进行处理",
            "the right to restrict or refuse the processing of your personal information",
        ),
        "gdpr::consent" => (
            "您已同意为一个或多个特定目的处理您的个人数据",
            "you have consented to the processing for one or more specific purposes",
        ),
        "gdpr::contract" => (
            "为履行您作为一方当事人的合同，或在订立合同前应您的请求采取措施所必需",
            "necessary for the performance of a contract to which you are party, or to take steps at your request before entering into a contract",
        ),
        "gdpr::legal_obligation" => (
            "为履行我们所承担的法定义务所必需",
            "necessary for compliance with a legal obligation to which we are subject",
        ),
        "gdpr::vital_interests" => (
            "为保护您或其他自然人的切身利益所必需",
            "necessary to protect your vital interests or those of another natural person",
        ),
        "gdpr::public_task" => (
            "为执行符合公共利益的任务或行使授予我们的公务职权所必需",
            "necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in us",
        ),
        "gdpr::legitimate_interests" => (
            "为我们或第三方所追求的正当利益所必需，但您的利益或基本权利和自由优先于该利益的除外",
            "necessary for the legitimate interests pursued by us or by a third party, except where your interests or fundamental rights and freedoms override them",
        ),
        _ => return None,
    };
    Some(pick(lang, zh, en))
}

/// The law a stdlib item belongs to, for grouping legal bases by law: `std::pipl::consent` →
/// 《个人信息保护法》 / the PIPL. `None` for the author's own items.
pub fn law(id: &str, lang: Lang) -> Option<&'static str> {
    let module = id.strip_prefix("std::")?.split("::").next()?;
    Some(match module {
        "pipl" => pick(lang, "《个人信息保护法》", "the PIPL"),
        "gdpr" => pick(lang, "《通用数据保护条例》（GDPR）", "the GDPR"),
        "gbt35273" => pick(lang, "GB/T 35273", "GB/T 35273"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::schema::{FieldSpec, Kind, Ty, KINDS};

    fn options_of(fields: &'static [FieldSpec], out: &mut Vec<(&'static str, &'static str)>) {
        for f in fields {
            match f.ty {
                Ty::Option(words) => out.extend(words.iter().map(|w| (f.key, *w))),
                Ty::Record(inner) => options_of(inner, out),
                _ => {}
            }
        }
    }

    /// Every option word the schema allows has a wording in both languages (not the bare
    /// word), except the ones a page never shows (languages, profiles, tags, consent forms).
    #[test]
    fn every_schema_option_has_a_wording() {
        let mut all = Vec::new();
        // A condition's `kind` decides how it is enforced; its label is what a page shows.
        for spec in KINDS.iter().filter(|s| s.kind != Kind::Condition) {
            options_of(spec.fields, &mut all);
        }
        let mut missing = Vec::new();
        for (field, word) in all {
            // Words no page shows: languages, profiles, rule tags, the consent form of a
            // basis (`consent` of bases: none/general/...), a promise's allowed triggers.
            let shown_consent = [
                "opt_in",
                "separate_prompt",
                "written",
                "implied_by_use",
                "pre_checked",
            ];
            // The hedges, `effort` and `collected_by` change how a sentence is built (its verb,
            // its adverb); they are never shown as words of their own.
            if matches!(
                field,
                "languages"
                    | "profile"
                    | "tags"
                    | "except_triggers"
                    | "hedge"
                    | "within_hedge"
                    | "fee_hedge"
                    | "effort"
                    | "collected_by"
                    // Where a section stands: it places the section, it is no word on the page.
                    | "part"
            ) || (field == "consent" && !shown_consent.contains(&word))
            {
                continue;
            }
            if option_pair(option_table(field), word).is_none() {
                missing.push(format!("{field}/{word}"));
            }
        }
        assert!(
            missing.is_empty(),
            "option words without a wording: {missing:?}"
        );
    }

    #[test]
    fn joins_and_dates_read_naturally() {
        let l = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(join(&l(&["甲", "乙", "丙"]), Lang::Zh), "甲、乙及丙");
        assert_eq!(join(&l(&["a", "b", "c"]), Lang::En), "a, b and c");
        assert_eq!(date("2021-05-07", Lang::Zh), "2021年5月7日");
        assert_eq!(date("2021-05-07", Lang::En), "7 May 2021");
        let d = Duration {
            amount: 15,
            unit: "working_days".into(),
        };
        assert_eq!(duration(&d, Lang::Zh), "15个工作日");
        assert_eq!(duration(&d, Lang::En), "15 working days");
    }
}
