//! `polc check` front-end throughput on generated policies (divan).
//!
//! Run: `cargo bench -p pol --bench check`. Figures are reported in `docs/benchmarks.md`;
//! nothing here is asserted.

use divan::counter::BytesCount;
use divan::Bencher;
use pol::source::FileId;

fn main() {
    divan::main();
}

/// Policy sizes in lines.
const SIZES: &[usize] = &[1_000, 10_000];

/// Lex and parse only.
#[divan::bench(args = SIZES)]
fn parse(bencher: Bencher, lines: usize) {
    let text = pol::synthetic::policy(lines);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| pol::syntax::parse(FileId(0), divan::black_box(&text)));
}

/// The whole front end: read (from memory), lex, parse, resolve, type, the stdlib included.
#[divan::bench(args = SIZES)]
fn front_end(bencher: Bencher, lines: usize) {
    let text = pol::synthetic::policy(lines);
    let ws = pol::Workspace::from_text("synthetic.pol", &text);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| ws.analyze_front_end());
}

/// `polc check`: the front end, then every legal rule of the policy's profiles. The target is
/// at most twice the front end's time.
#[divan::bench(args = SIZES)]
fn check(bencher: Bencher, lines: usize) {
    let text = pol::synthetic::policy(lines);
    let ws = pol::Workspace::from_text("synthetic.pol", &text);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| ws.analyze());
}

/// `polc fmt`: the formatter (parse, layout, and the check that the tokens are unchanged).
/// Sizes 1,000 and 10,000 lines: ten times the text should take about ten times as long.
#[divan::bench(args = SIZES)]
fn format(bencher: Bencher, lines: usize) {
    let text = pol::synthetic::policy(lines);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| pol::format::format(divan::black_box(&text)));
}
