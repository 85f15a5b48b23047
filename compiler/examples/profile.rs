//! Times the front end's phases on a generated policy (and runs it in a loop for `perf`).
//!
//! `cargo run --release -p pol --example profile -- 10000`
use std::time::Instant;

fn main() {
    let lines: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let text = pol::synthetic::policy(lines);
    let ws = pol::Workspace::from_text("synthetic.pol", &text);
    let runs = 20u32;
    let (mut parse, mut analyze, mut drop) = (0.0, 0.0, 0.0);
    for _ in 0..runs {
        let t = Instant::now();
        let tree = pol::syntax::parse(pol::source::FileId(0), &text);
        parse += t.elapsed().as_secs_f64();
        std::mem::drop(tree);
        let t = Instant::now();
        let analysis = ws.analyze();
        analyze += t.elapsed().as_secs_f64();
        let t = Instant::now();
        std::mem::drop(analysis);
        drop += t.elapsed().as_secs_f64();
    }
    let n = f64::from(runs);
    let ms = |s: f64| s / n * 1e3;
    let mb = text.len() as f64 / 1e6;
    println!(
        "{} lines, {} bytes: parse {:.1} ms, analyze {:.1} ms ({:.1} MB/s), drop {:.1} ms",
        text.lines().count(),
        text.len(),
        ms(parse),
        ms(analyze),
        mb / (analyze / n),
        ms(drop)
    );
}
