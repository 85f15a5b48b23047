//! `polc check` at scale, on the built binary: 100,000 categories and a million characters of
//! junk finish (the bound here only catches hangs on a slow CI machine; release builds take
//! under 3 seconds), with human output capped by `--max-errors` (default 100) and a last line
//! saying how many more there are; `--max-errors 0` shows all; JSON is capped only when asked.
//! The in-process side of these cases is tests/tests/scale.rs.

use std::time::{Duration, Instant};

use assert_cmd::Command;
use serde_json::Value;

const BOUND: Duration = Duration::from_secs(30);

/// One `polc` at a time, so that the children's CPU time is one run's.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The CPU time of this process's finished children, from `/proc/self/stat` (Linux, ticks of
/// 1/100 s): the bound is on what `polc` itself used, not on how busy a shared machine is.
fn children_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields.get(13)?.parse::<u64>().ok()? + fields.get(14)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

fn polc() -> Command {
    Command::new(env!("CARGO_BIN_EXE_polc"))
}

/// The same deterministic junk as tests/tests/scale.rs.
fn junk(chars: usize) -> String {
    let alphabet: Vec<char> = "abcxyz_09 {}[]:;,\"*\\/@+-.\t手机😀\u{2028}\u{b}é#$"
        .chars()
        .collect();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut out = String::with_capacity(chars * 2);
    for _ in 0..chars {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let pick = (state % (alphabet.len() as u64 + 2)) as usize;
        out.push(alphabet.get(pick).copied().unwrap_or('\n'));
    }
    out
}

fn categories(n: usize) -> String {
    let mut out = String::from(
        "use std::pipl\npolicy acme {\n  controller { name { zh: \"示例公司\", en: \"Example Inc.\" } }\n  effective 2024-06-01\n}\n",
    );
    for i in 0..n {
        out.push_str(&format!(
            "category c{i} {{\n  label {{ zh: \"类别{i}\", en: \"category {i}\" }}\n}}\n"
        ));
    }
    out
}

#[cfg(test)] // test helper: clippy's allow-unwrap-in-tests covers `cfg(test)` items
fn write(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("policy.pol");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

/// Runs `polc check` with `args` and returns standard error and output, checking the time.
#[cfg(test)] // test helper: clippy's allow-unwrap-in-tests covers `cfg(test)` items
fn check(path: &std::path::Path, args: &[&str]) -> (String, String) {
    let _one = ONE_AT_A_TIME.lock();
    let (start, cpu) = (Instant::now(), children_cpu());
    let out = polc()
        .arg("check")
        .arg(path)
        .args(args)
        .args(["--color", "never"])
        .output()
        .unwrap();
    let took = match (cpu, children_cpu()) {
        (Some(before), Some(after)) => after.saturating_sub(before),
        _ => start.elapsed(),
    };
    assert!(took < BOUND, "polc check {args:?} took {took:?}");
    assert_eq!(out.status.code(), Some(1));
    (
        String::from_utf8(out.stderr).unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

fn headings(stderr: &str) -> usize {
    stderr
        .lines()
        .filter(|l| {
            ["error[", "warning[", "错误[", "警告["]
                .iter()
                .any(|h| l.starts_with(h))
        })
        .count()
}

#[test]
fn a_million_characters_of_junk_are_capped_at_100() {
    let (_dir, path) = write(&junk(1_000_000));
    let (stderr, _) = check(&path, &[]);
    assert_eq!(headings(&stderr), 100);
    let lines: Vec<&str> = stderr.lines().collect();
    let more = lines[lines.len() - 2];
    assert!(
        more.starts_with("... and ") && more.ends_with(" more errors (`--max-errors 0` shows all)"),
        "{more}"
    );
    assert!(lines[lines.len() - 1].starts_with("checked 1 policy: "));
    assert!(stderr.len() < 300_000, "{} bytes", stderr.len());

    let (stderr, _) = check(&path, &["--max-errors", "3", "--lang", "zh"]);
    assert_eq!(headings(&stderr), 3);
    assert!(stderr.contains("……另有 "), "{stderr}");

    // JSON is not capped by default, and is capped when asked.
    let (_, stdout) = check(&path, &["--format", "json"]);
    let all: Value = serde_json::from_str(&stdout).unwrap();
    let total = all["diagnostics"].as_array().unwrap().len();
    assert!(total > 10_000, "{total}");
    assert_eq!(all["summary"]["omitted"], 0);
    let (_, stdout) = check(&path, &["--format", "json", "--max-errors", "10"]);
    let capped: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(capped["diagnostics"].as_array().unwrap().len(), 10);
    assert_eq!(capped["summary"]["omitted"], total - 10);
    assert_eq!(capped["diagnostics"][9], all["diagnostics"][9]);
}

#[test]
fn max_errors_0_shows_all() {
    let (_dir, path) = write(&junk(5_000));
    let (_, stdout) = check(&path, &["--format", "json"]);
    let total = serde_json::from_str::<Value>(&stdout).unwrap()["diagnostics"]
        .as_array()
        .unwrap()
        .len();
    assert!(total > 100, "{total}");
    let (stderr, _) = check(&path, &["--max-errors", "0"]);
    assert_eq!(headings(&stderr), total);
    assert!(!stderr.contains("... and "));
}

#[test]
fn a_hundred_thousand_categories() {
    // A stray character keeps the legal rules (another suite's concern) out of the timing.
    let (_dir, path) = write(&format!("{}#\n", categories(100_000)));
    let (stderr, _) = check(&path, &[]);
    assert!(headings(&stderr) >= 1);
    assert!(stderr.len() < 300_000, "{} bytes", stderr.len());
}
