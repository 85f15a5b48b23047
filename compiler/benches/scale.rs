//! Scaling (divan): `polc check`, `polc build` (in memory) and `polc fmt` on generated
//! policies of 1,000 to 1,000,000 lines, with throughput (input bytes / time) per size. Each
//! phase should take ten times as long for ten times the text.
//!
//! Run: `cargo bench -p pol --bench scale`. The whole process, reading and writing included,
//! is timed by `scripts/bench-scale`. Figures are in `docs/benchmarks.md`; nothing is
//! asserted (the tests in `rules::scale` keep the phases linear).

use divan::counter::BytesCount;
use divan::Bencher;
use pol::backends::{self, site::Templates};

fn main() {
    divan::main();
}

/// Policy sizes in lines.
const SIZES: &[usize] = &[1_000, 10_000, 100_000, 1_000_000];

/// `polc check`: the front end and every legal rule.
#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn check(bencher: Bencher, lines: usize) {
    let text = pol::synthetic::policy(lines);
    let ws = pol::Workspace::from_text("synthetic.pol", &text);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| ws.analyze());
}

/// `polc build` minus the disk: check, then the manifest, pages, diagram and enforcement
/// files in memory.
#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn build(bencher: Bencher, lines: usize) {
    let text = pol::synthetic::policy(lines);
    let ws = pol::Workspace::from_text("synthetic.pol", &text);
    let templates = Templates::default();
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        let analysis = ws.analyze();
        backends::build(std::slice::from_ref(&analysis), &templates)
    });
}

/// `polc fmt`: parse, lay out, and check that the tokens are unchanged.
#[divan::bench(args = SIZES, sample_count = 5, sample_size = 1)]
fn format(bencher: Bencher, lines: usize) {
    let text = pol::synthetic::policy(lines);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| pol::format::format(divan::black_box(&text)));
}
