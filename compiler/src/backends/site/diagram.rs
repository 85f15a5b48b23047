//! The data-flow diagram: categories -> purposes -> recipients, as inline SVG drawn at build
//! time (no JavaScript). Sensitive categories and recipients abroad are marked in colour and
//! in words, so the marks survive printing in black and white. All author text is escaped.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::words::{self, pick};
use crate::backends::manifest::Manifest;
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

/// The diagram of one language, or `None` when the policy has no purposes.
pub fn svg(m: &Manifest, lang: Lang) -> Option<String> {
    if m.purposes.is_empty() {
        return None;
    }
    // Only categories some purpose uses, in declaration order.
    let used: BTreeSet<&str> = m
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
            marked: c.sensitive,
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
    let recipients: Vec<Node> = m
        .recipients
        .iter()
        .filter(|r| m.flows.iter().any(|f| f.to.iter().any(|t| t.id == r.id)))
        .map(|r| Node {
            id: r.id.clone(),
            label: words::text(&r.label, lang),
            marked: r.overseas,
        })
        .collect();

    // Edges: a purpose uses a category; a flow gives a purpose's data to a recipient (a flow
    // without purposes links every purpose that uses one of its categories).
    let mut left: BTreeSet<(usize, usize)> = BTreeSet::new();
    for (pi, p) in m.purposes.iter().enumerate() {
        for c in &p.uses {
            if let Some(ci) = cats.iter().position(|n| n.id == c.id) {
                left.insert((ci, pi));
            }
        }
    }
    let mut right: BTreeSet<(usize, usize, bool)> = BTreeSet::new();
    for f in &m.flows {
        let from: Vec<usize> = if f.purposes.is_empty() {
            m.purposes
                .iter()
                .enumerate()
                .filter(|(_, p)| p.uses.iter().any(|c| f.data.iter().any(|d| d.id == c.id)))
                .map(|(i, _)| i)
                .collect()
        } else {
            f.purposes
                .iter()
                .filter_map(|p| purposes.iter().position(|n| n.id == p.id))
                .collect()
        };
        for t in &f.to {
            if let Some(ri) = recipients.iter().position(|n| n.id == t.id) {
                for &pi in &from {
                    right.insert((pi, ri, f.cross_border));
                }
            }
        }
    }

    let rows = cats.len().max(purposes.len()).max(recipients.len()).max(1);
    let height = TOP + rows * ROW_H + 40;
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
    for (ci, pi) in &left {
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
    for (pi, ri, abroad) in &right {
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
        pick(lang, "（境外）", " (abroad)"),
    ];
    let classes = ["node sensitive", "node", "node abroad"];
    for (col, nodes) in [&cats, &purposes, &recipients].into_iter().enumerate() {
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
        r#"<g class="legend"><rect class="sensitive" x="10" y="{}" width="14" height="14"/><text x="30" y="{}">{}</text><rect class="abroad" x="350" y="{}" width="14" height="14"/><text x="370" y="{}">{}</text></g></svg>"#,
        legend_y - 11,
        legend_y,
        esc(pick(lang, "敏感个人信息", "sensitive personal information")),
        legend_y - 11,
        legend_y,
        esc(pick(
            lang,
            "位于境外的接收方",
            "recipient outside mainland China"
        )),
    );
    Some(s)
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

    #[test]
    fn long_labels_are_shortened() {
        let s = fit(&"很".repeat(40), Lang::Zh);
        assert!(s.ends_with('…'));
        assert!(s.chars().count() <= 18);
    }
}
