//! The data-flow diagram: categories -> purposes -> recipients, as inline SVG drawn at build
//! time (no JavaScript). Sensitive categories and recipients abroad are marked in colour and
//! in words, so the marks survive printing in black and white. All author text is escaped.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;

use super::words::{self, pick};
use crate::backends::manifest::{Manifest, Ref};
use crate::diag::Lang;

const WIDTH: usize = 960;
const COL_W: usize = 260;
const ROW_H: usize = 34;
const BOX_H: usize = 26;
const TOP: usize = 48;
const COL_X: [usize; 3] = [10, 350, 690];

/// Escapes text for SVG (XML) content and attributes.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Shortens a label to fit a box; the full label stays in the box's tooltip.
fn fit(s: &str, lang: Lang) -> String {
    // CJK characters are about twice as wide as Latin ones at the same size.
    let budget = 34usize;
    let mut used = 0;
    let mut out = String::new();
    for c in s.chars() {
        let w = if c.is_ascii() { 1 } else { 2 };
        if used + w > budget {
            out.push('…');
            return out;
        }
        used += w;
        out.push(c);
    }
    let _ = lang;
    out
}

struct Node {
    id: String,
    label: String,
    marked: bool,
}

/// Above this many boxes in a column, the diagram draws an overview instead of every item:
/// boxes for groups (categories by standard category, purposes by legal basis, recipients by
/// role) with their counts. A picture of thousands of boxes and edges is unreadable, and its
/// size grew with the square of the policy.
const MAX_ROWS: usize = 60;

/// The boxes of the three columns and the edges between them (indices into the columns).
struct Layout {
    cats: Vec<Node>,
    purposes: Vec<Node>,
    recipients: Vec<Node>,
    left: BTreeSet<(usize, usize)>,
    right: BTreeSet<(usize, usize, bool)>,
}

/// The diagram of one language, or `None` when the policy has no purposes.
pub fn svg(m: &Manifest, lang: Lang) -> Option<String> {
    if m.purposes.is_empty() {
        return None;
    }
    let layout = layout(m, lang);
    let rows = layout
        .cats
        .len()
        .max(layout.purposes.len())
        .max(layout.recipients.len());
    if rows > MAX_ROWS {
        let note = pick(
            lang,
            "概览：类别按标准类别、处理目的按法律依据、接收方按角色分组，括号内为数量；逐项内容见正文。",
            "Overview: categories grouped by standard category, purposes by legal basis, recipients by role, with their counts; the text lists each one.",
        );
        Some(draw(
            &overview(m, &layout, lang),
            &m.policy.home.territory,
            lang,
            Some(note),
        ))
    } else {
        Some(draw(&layout, &m.policy.home.territory, lang, None))
    }
}

/// Every category some purpose uses, every purpose, every recipient some flow names, and
/// their edges. Items are found by id through maps, so this is linear in the manifest.
fn layout(m: &Manifest, lang: Lang) -> Layout {
    // Only categories some purpose uses, in declaration order.
    let used: HashSet<&str> = m
        .purposes
        .iter()
        .flat_map(|p| p.uses.iter().map(|c| c.id.as_str()))
        .collect();
    let cats: Vec<Node> = m
        .categories
        .iter()
        .filter(|c| used.contains(c.id.as_str()))
        .map(|c| Node {
            id: c.id.clone(),
            label: words::text(&c.label, lang),
            marked: c.sensitive_stated,
        })
        .collect();
    let purposes: Vec<Node> = m
        .purposes
        .iter()
        .map(|p| Node {
            id: p.id.clone(),
            label: words::text(&p.label, lang),
            marked: false,
        })
        .collect();
    // A flow that does not happen at present (`currently_not`) draws no arrow: the picture
    // shows where data goes, and it goes nowhere on that flow's account.
    let happens = |f: &&crate::backends::manifest::Flow| f.modality != "currently_not";
    let named: HashSet<&str> = m
        .flows
        .iter()
        .filter(happens)
        .flat_map(|f| f.to.iter().map(|t| t.id.as_str()))
        .collect();
    let recipients: Vec<Node> = m
        .recipients
        .iter()
        .filter(|r| named.contains(r.id.as_str()))
        .map(|r| Node {
            id: r.id.clone(),
            label: words::text(&r.label, lang),
            marked: r.overseas,
        })
        .collect();
    // The first box of each id, as a search from the top would find.
    let index = |nodes: &[Node]| -> HashMap<String, usize> {
        let mut map = HashMap::new();
        for (i, n) in nodes.iter().enumerate() {
            map.entry(n.id.clone()).or_insert(i);
        }
        map
    };
    let (cat_at, purpose_at, recipient_at) = (index(&cats), index(&purposes), index(&recipients));

    // Edges: a purpose uses a category; a flow gives a purpose's data to a recipient (a flow
    // without purposes links every purpose that uses one of its categories).
    let mut left: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut users: HashMap<&str, Vec<usize>> = HashMap::new();
    for (pi, p) in m.purposes.iter().enumerate() {
        for c in &p.uses {
            if let Some(ci) = cat_at.get(&c.id) {
                left.insert((*ci, pi));
            }
            users.entry(c.id.as_str()).or_default().push(pi);
        }
    }
    let mut right: BTreeSet<(usize, usize, bool)> = BTreeSet::new();
    for f in m.flows.iter().filter(happens) {
        let from: BTreeSet<usize> = if f.purposes.is_empty() {
            f.data
                .iter()
                .filter_map(|d| users.get(d.id.as_str()))
                .flatten()
                .copied()
                .collect()
        } else {
            f.purposes
                .iter()
                .filter_map(|p| purpose_at.get(&p.id).copied())
                .collect()
        };
        for t in &f.to {
            if let Some(ri) = recipient_at.get(&t.id) {
                for &pi in &from {
                    right.insert((pi, *ri, f.cross_border));
                }
            }
        }
    }
    Layout {
        cats,
        purposes,
        recipients,
        left,
        right,
    }
}

/// The same picture with each column's boxes grouped: categories by their standard
/// category, purposes by their (first) legal basis, recipients by their role. A group box
/// reads "label (count)" and is marked when any member is; edges join groups.
fn overview(m: &Manifest, full: &Layout, lang: Lang) -> Layout {
    // Looked up by id once per box, through maps.
    let standard: HashMap<&str, Option<&Ref>> = m
        .categories
        .iter()
        .map(|c| (c.id.as_str(), c.standard.as_ref()))
        .collect();
    let basis: HashMap<&str, Option<&Ref>> = m
        .purposes
        .iter()
        .map(|p| (p.id.as_str(), p.basis.first()))
        .collect();
    let role: HashMap<&str, Option<&Ref>> = m
        .recipients
        .iter()
        .map(|r| (r.id.as_str(), r.role.as_ref()))
        .collect();
    let (cats, cat_of) = group(
        &full.cats,
        |n| standard.get(n.id.as_str()).copied().flatten(),
        lang,
        ("本政策自定义的类别", "other categories"),
    );
    let (purposes, purpose_of) = group(
        &full.purposes,
        |n| basis.get(n.id.as_str()).copied().flatten(),
        lang,
        ("未写明依据的目的", "purposes without a basis"),
    );
    let (recipients, recipient_of) = group(
        &full.recipients,
        |n| role.get(n.id.as_str()).copied().flatten(),
        lang,
        ("其他接收方", "other recipients"),
    );
    let at = |map: &[usize], i: usize| map.get(i).copied();
    let left = full
        .left
        .iter()
        .filter_map(|(c, p)| Some((at(&cat_of, *c)?, at(&purpose_of, *p)?)))
        .collect();
    let right = full
        .right
        .iter()
        .filter_map(|(p, r, abroad)| Some((at(&purpose_of, *p)?, at(&recipient_of, *r)?, *abroad)))
        .collect();
    Layout {
        cats,
        purposes,
        recipients,
        left,
        right,
    }
}

/// Groups boxes by a key (`None`: the `rest` group), in order of first appearance, at most
/// [`MAX_ROWS`] groups (the last one takes every further key). Returns the group boxes and,
/// for each box, its group.
fn group<'m>(
    nodes: &[Node],
    key: impl Fn(&Node) -> Option<&'m Ref>,
    lang: Lang,
    rest: (&str, &str),
) -> (Vec<Node>, Vec<usize>) {
    let mut groups: Vec<(String, usize, bool)> = Vec::new();
    let mut by_key: HashMap<Option<&str>, usize> = HashMap::new();
    let mut of = Vec::with_capacity(nodes.len());
    for n in nodes {
        let k = key(n);
        let next = groups.len().min(MAX_ROWS - 1);
        let g = *by_key.entry(k.map(|r| r.id.as_str())).or_insert(next);
        if g == groups.len() {
            let label = match k {
                Some(r) if g < MAX_ROWS - 1 => words::text(&r.label, lang),
                _ => pick(lang, rest.0, rest.1).to_string(),
            };
            groups.push((label, 0, false));
        }
        if let Some((_, count, marked)) = groups.get_mut(g) {
            *count += 1;
            *marked |= n.marked;
        }
        of.push(g);
    }
    let boxes = groups
        .into_iter()
        .enumerate()
        .map(|(i, (label, count, marked))| Node {
            id: i.to_string(),
            label: format!("{label} ({count})"),
            marked,
        })
        .collect();
    (boxes, of)
}

/// Draws a layout; `note` is a line under the legend.
fn draw(layout: &Layout, home: &[String], lang: Lang, note: Option<&str>) -> String {
    // A recipient abroad, in the terms of the policy's home: 境外 / "outside the EEA".
    let area = super::words::home_area(home, lang);
    let (abroad_mark, abroad_legend) = match (lang, super::words::home_is_pipl(home)) {
        (Lang::Zh, true) => ("（境外）".to_string(), "位于境外的接收方".to_string()),
        (Lang::Zh, false) => (format!("（{area}以外）"), format!("位于{area}以外的接收方")),
        (Lang::En, _) => (" (abroad)".to_string(), format!("recipient outside {area}")),
    };
    let Layout {
        cats,
        purposes,
        recipients,
        left,
        right,
    } = layout;
    let rows = cats.len().max(purposes.len()).max(recipients.len()).max(1);
    let height = TOP + rows * ROW_H + 40 + if note.is_some() { 20 } else { 0 };
    let mut s = String::new();
    let title = pick(
        lang,
        "数据流向图：个人信息类别、处理目的与接收方",
        "Data-flow diagram: categories of personal information, purposes and recipients",
    );
    let _ = write!(
        s,
        r#"<svg class="flow-diagram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="flow-diagram-title"><title id="flow-diagram-title">{}</title>"#,
        esc(title)
    );
    let heads = [
        pick(lang, "个人信息类别", "Personal information"),
        pick(lang, "处理目的", "Purposes"),
        pick(lang, "接收方", "Recipients"),
    ];
    for (x, h) in COL_X.iter().zip(heads) {
        let _ = write!(
            s,
            r#"<text class="head" x="{}" y="24">{}</text>"#,
            x + 4,
            esc(h)
        );
    }
    let y = |i: usize| TOP + i * ROW_H;
    let mid = |i: usize| y(i) + BOX_H / 2;
    for (ci, pi) in left {
        let (x1, x2) = (COL_X[0] + COL_W, COL_X[1]);
        let _ = write!(
            s,
            r#"<path class="edge" d="M{x1} {} C{} {} {} {} {x2} {}"/>"#,
            mid(*ci),
            x1 + 40,
            mid(*ci),
            x2 - 40,
            mid(*pi),
            mid(*pi)
        );
    }
    for (pi, ri, abroad) in right {
        let (x1, x2) = (COL_X[1] + COL_W, COL_X[2]);
        let class = if *abroad { "edge abroad" } else { "edge" };
        let _ = write!(
            s,
            r#"<path class="{class}" d="M{x1} {} C{} {} {} {} {x2} {}"/>"#,
            mid(*pi),
            x1 + 40,
            mid(*pi),
            x2 - 40,
            mid(*ri),
            mid(*ri)
        );
    }
    let marks = [
        pick(lang, "（敏感）", " (sensitive)"),
        "",
        abroad_mark.as_str(),
    ];
    let classes = ["node sensitive", "node", "node abroad"];
    for (col, nodes) in [cats, purposes, recipients].into_iter().enumerate() {
        for (i, n) in nodes.iter().enumerate() {
            let class = if n.marked { classes[col] } else { "node" };
            let mark = if n.marked { marks[col] } else { "" };
            let full = format!("{}{mark}", n.label);
            let _ = write!(
                s,
                r#"<g class="{class}"><title>{}</title><rect x="{}" y="{}" width="{COL_W}" height="{BOX_H}" rx="4"/><text x="{}" y="{}">{}</text></g>"#,
                esc(&full),
                COL_X[col],
                y(i),
                COL_X[col] + 8,
                y(i) + 17,
                esc(&fit(&full, lang))
            );
        }
    }
    let legend_y = TOP + rows * ROW_H + 20;
    let _ = write!(
        s,
        r#"<g class="legend"><rect class="sensitive" x="10" y="{}" width="14" height="14"/><text x="30" y="{}">{}</text><rect class="abroad" x="350" y="{}" width="14" height="14"/><text x="370" y="{}">{}</text></g>"#,
        legend_y - 11,
        legend_y,
        esc(pick(lang, "敏感个人信息", "sensitive personal information")),
        legend_y - 11,
        legend_y,
        esc(&abroad_legend),
    );
    if let Some(note) = note {
        let _ = write!(
            s,
            r#"<text class="note" x="10" y="{}">{}</text>"#,
            legend_y + 24,
            esc(note)
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            esc(r#"<script>"a"&'b'"#),
            "&lt;script&gt;&quot;a&quot;&amp;&#39;b&#39;"
        );
    }

    /// The English diagram of a synthetic policy, and its number of categories.
    fn diagram_of(lines: usize) -> (String, usize) {
        let text = crate::synthetic::policy(lines);
        let analysis = crate::Workspace::from_text("s.pol", &text).analyze();
        let m = crate::backends::manifest::build(&analysis);
        (svg(&m, Lang::En).unwrap_or_default(), m.categories.len())
    }

    #[test]
    fn a_large_policy_gets_an_overview_with_counts() {
        // About 200 blocks: 400 categories, 200 purposes, 200 recipients.
        let (large, categories) = diagram_of(10_000);
        assert!(categories > 2 * MAX_ROWS);
        assert!(
            large.contains("Overview:"),
            "{}",
            &large[..200.min(large.len())]
        );
        let boxes = large.matches("<g class=\"node").count();
        assert!(boxes <= 3 * MAX_ROWS, "{boxes} boxes");
        assert!(large.matches("<path").count() <= MAX_ROWS * MAX_ROWS * 2);
        // Every category is counted in some group.
        // Every category (none has a standard category) is counted in the one group.
        let group = format!("other categories ({categories})");
        assert!(large.contains(&group), "no {group}");
        // A small policy is drawn item by item, as before.
        let (small, _) = diagram_of(500);
        assert!(!small.contains("Overview:"));
        assert!(small.contains("contact details 0"));
    }

    /// A flow that does not happen at present draws no arrow to its recipient.
    #[test]
    fn a_flow_not_happening_draws_no_arrow() {
        let text = r#"use std::pipl
policy p {
  controller { name { zh: "某公司", en: "Some Co." } }
  effective 2024-01-01
}
category phone { label { zh: "手机号码", en: "phone number" } }
purpose signup { label { zh: "注册", en: "signing up" }; uses phone }
recipient now { label { zh: "甲", en: "Recipient Now" } }
recipient later { label { zh: "乙", en: "Recipient Later" } }
flow a { share phone; to now }
flow b { share phone; to later; currently_not }
"#;
        let analysis = crate::Workspace::from_text("s.pol", text).analyze();
        let m = crate::backends::manifest::build(&analysis);
        let svg = svg(&m, Lang::En).unwrap_or_default();
        assert!(svg.contains("Recipient Now"), "{svg}");
        assert!(!svg.contains("Recipient Later"), "{svg}");
    }

    #[test]
    fn long_labels_are_shortened() {
        let s = fit(&"很".repeat(40), Lang::Zh);
        assert!(s.ends_with('…'));
        assert!(s.chars().count() <= 18);
    }
}
