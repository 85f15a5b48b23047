//! Writes a generated policy of about N lines to standard output, for timing the release
//! binary on it (`scripts/bench-scale`).
//!
//! `cargo run --release -p pol --example synthetic -- 100000 > synthetic.pol`
use std::io::Write as _;

fn main() -> std::io::Result<()> {
    let lines: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    std::io::stdout()
        .lock()
        .write_all(pol::synthetic::policy(lines).as_bytes())
}
