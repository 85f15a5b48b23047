//! `polc build` throughput (divan): the site, Markdown and manifest of the largest example and
//! of a generated 10,000-line policy, rendered in memory (the disk write is left out: it is
//! the operating system's time, not ours).
//!
//! Run: `cargo bench -p pol --bench build`. Figures are in `docs/benchmarks.md`; nothing here is
//! asserted.

use std::path::PathBuf;

use divan::Bencher;
use pol::backends::{self, site::Templates};

fn main() {
    divan::main();
}

/// The example with the most `.pol` source.
fn largest_example() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples");
    let size = |dir: &PathBuf| -> u64 {
        std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "pol"))
            .filter_map(|e| e.metadata().ok())
            .map(|m| m.len())
            .sum()
    };
    std::fs::read_dir(&root)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .max_by_key(size)
        .unwrap_or(root)
}

/// Rendering only: manifest, both languages' HTML and Markdown, the diagram, index, CSS.
#[divan::bench]
fn render_largest_example(bencher: Bencher) {
    let Ok(ws) = pol::Workspace::open(&largest_example()) else {
        return;
    };
    let analysis = ws.analyze();
    let templates = Templates::default();
    bencher.bench(|| backends::build(std::slice::from_ref(&analysis), &templates));
}

/// `polc build` minus the write: check, then render.
#[divan::bench]
fn check_and_render_largest_example(bencher: Bencher) {
    let Ok(ws) = pol::Workspace::open(&largest_example()) else {
        return;
    };
    let templates = Templates::default();
    bencher.bench(|| {
        let analysis = ws.analyze();
        backends::build(std::slice::from_ref(&analysis), &templates)
    });
}

/// Rendering a generated 10,000-line policy.
#[divan::bench]
fn render_10k_lines(bencher: Bencher) {
    let text = pol::synthetic::policy(10_000);
    let analysis = pol::Workspace::from_text("synthetic.pol", &text).analyze();
    let templates = Templates::default();
    bencher.bench(|| backends::build(std::slice::from_ref(&analysis), &templates));
}

/// Check and render a generated 10,000-line policy.
#[divan::bench]
fn check_and_render_10k_lines(bencher: Bencher) {
    let text = pol::synthetic::policy(10_000);
    let ws = pol::Workspace::from_text("synthetic.pol", &text);
    let templates = Templates::default();
    bencher.bench(|| {
        let analysis = ws.analyze();
        backends::build(std::slice::from_ref(&analysis), &templates)
    });
}
