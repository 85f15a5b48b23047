//! Runs the front end on a generated policy in a loop, for profilers (`perf record`).
fn main() {
    let lines: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let text = pol::synthetic::policy(lines);
    let ws = pol::Workspace::from_text("synthetic.pol", &text);
    let start = std::time::Instant::now();
    let runs = 20;
    let mut diags = 0;
    for _ in 0..runs {
        diags += ws.analyze().diagnostics.len();
    }
    let per = start.elapsed() / runs;
    let mb = text.len() as f64 / 1e6;
    println!(
        "{} bytes, {per:?} per analysis, {:.1} MB/s, {diags} diagnostics",
        text.len(),
        mb / per.as_secs_f64()
    );
}
