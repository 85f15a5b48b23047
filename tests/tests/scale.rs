//! Size: the front end and the renderers stay linear on hostile and very large input.
//!
//! - 100,000 categories and a million characters of junk are each checked in well under the
//!   generous bound used here (release builds take under 3 seconds; see the report of the
//!   change), and the human output is capped (`--max-errors`, default 100);
//! - a million characters on one line (a string, a comment, junk) neither overflows the stack
//!   nor makes each diagnostic print the whole line;
//! - SARIF and JSON for more than 100,000 diagnostics are written as they go, in bounded memory;
//! - line numbers after U+2028, U+2029, NEL, VT and FF are the language's (only `\n`, `\r\n`
//!   and `\r` end a line) in human, JSON and SARIF output alike.
//!
//! The command-line side of the same cases is in compiler/cli/tests/scale.rs, where the binary
//! is built. The time bounds only catch hangs and quadratic blow-ups on a slow, shared CI
//! machine; they are not benchmarks.

use std::io::Write;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use pol::diag::{render, sarif, Diagnostic, Lang, Severity};
use pol::{Analysis, Workspace};

/// Tests here allocate hundreds of megabytes and one measures peak memory: one at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

const BOUND: Duration = Duration::from_secs(30);

/// A clock for the bounds: the CPU time of this thread where Linux tells it (so that other
/// builds on a shared machine do not make the test fail), wall-clock time elsewhere.
#[derive(Clone, Copy)]
struct Clock(Instant, Option<Duration>);

impl Clock {
    fn start() -> Clock {
        Clock(Instant::now(), thread_cpu())
    }

    fn elapsed(self) -> Duration {
        match (self.1, thread_cpu()) {
            (Some(before), Some(now)) => now.saturating_sub(before),
            _ => self.0.elapsed(),
        }
    }
}

/// User and system time of the calling thread, from `/proc/thread-self/stat` (in ticks of
/// 1/100 s, the Linux `USER_HZ`).
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // The command name, in parentheses, may hold spaces: count fields after it.
    let rest = stat.get(stat.rfind(')')? + 2..)?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// A deterministic stream of junk: every character class the lexer knows, Chinese, emoji,
/// quotes, braces and the characters other tools take for line breaks.
fn junk(chars: usize, newlines: bool) -> String {
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
        match alphabet.get(pick) {
            Some(c) => out.push(*c),
            None if newlines => out.push('\n'),
            None => out.push(' '),
        }
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

fn analyze(text: &str) -> (Analysis, Duration) {
    let start = Clock::start();
    let analysis = Workspace::from_text("policy.pol", text).analyze();
    (analysis, start.elapsed())
}

/// What `polc check` shows by default: the first 100, then one line for the rest.
fn capped_human(a: &Analysis) -> String {
    let (shown, hidden) = a.diagnostics.split_at(a.diagnostics.len().min(100));
    let mut out = Vec::new();
    render::human(&a.db, shown, Lang::En, false, &mut out).unwrap();
    let hidden: Vec<Severity> = hidden.iter().map(|d| d.severity).collect();
    if let Some(line) = render::omitted_line(&hidden, Lang::En) {
        writeln!(out, "{line}").unwrap();
    }
    String::from_utf8(out).unwrap()
}

/// The front end on 100,000 categories (a stray character at the end keeps the legal rules,
/// whose scaling is measured by the benchmarks, out of it).
#[test]
fn a_hundred_thousand_categories() {
    let _one = ONE_AT_A_TIME.lock();
    let (a, took) = analyze(&format!("{}#\n", categories(100_000)));
    assert!(took < BOUND, "100k categories took {took:?}");
    assert!(!a.diagnostics.is_empty());
    let start = Clock::start();
    let text = capped_human(&a);
    assert!(start.elapsed() < BOUND);
    assert!(text.len() < 100 * 2_000, "{} bytes", text.len());
    assert!(text.contains("policy.pol:300006:1"), "{text}");
}

#[test]
fn a_million_characters_of_junk() {
    let _one = ONE_AT_A_TIME.lock();
    let (a, took) = analyze(&junk(1_000_000, true));
    assert!(took < BOUND, "1M characters of junk took {took:?}");
    assert!(a.diagnostics.len() > 10_000, "{}", a.diagnostics.len());
    let text = capped_human(&a);
    let errors = a.diagnostics.iter().filter(|d| d.is_error()).count();
    assert!(
        text.ends_with(&format!(
            "... and {} more errors (`--max-errors 0` shows all)\n",
            errors - 100
        )),
        "{}",
        &text[text.len().saturating_sub(300)..]
    );
    assert_eq!(text.matches("error[").count(), 100);
    // The last diagnostics of the file, uncapped: spans become character offsets through the
    // line table, where they were counted from the start of the file for every span.
    let start = Clock::start();
    let last = &a.diagnostics[a.diagnostics.len() - 2_000..];
    let mut out = std::io::sink();
    render::human(&a.db, last, Lang::En, false, &mut out).unwrap();
    assert!(
        start.elapsed() < BOUND,
        "rendering took {:?}",
        start.elapsed()
    );
}

/// One line of a million characters: one diagnostic must not print the whole line.
#[test]
fn a_million_characters_on_one_line() {
    let _one = ONE_AT_A_TIME.lock();
    let body = junk(1_000_000, false);
    for text in [body.clone(), format!("\"{body}"), format!("// {body}")] {
        let (a, took) = analyze(&text);
        assert!(took < BOUND, "took {took:?}");
        assert!(!a.diagnostics.is_empty());
        let shown = &a.diagnostics[..a.diagnostics.len().min(100)];
        let mut out = Vec::new();
        render::human(&a.db, shown, Lang::En, false, &mut out).unwrap();
        assert!(
            out.len() < shown.len() * 2_000,
            "{} bytes for {} diagnostics",
            out.len(),
            shown.len()
        );
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("line too long to show"), "{text}");
    }
}

/// The process's peak resident memory, in kilobytes (Linux).
fn peak_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Counts what is written and keeps nothing, remembering the largest single write.
#[derive(Default)]
struct Counter {
    bytes: usize,
    largest: usize,
}

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.bytes += buf.len();
        self.largest = self.largest.max(buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// SARIF for 100k diagnostics was a 1.27 GB tree of values before a byte was written; it is
/// now written result by result: small writes, and no memory growth beyond a few megabytes
/// while more than a hundred megabytes go out.
#[test]
fn sarif_and_json_of_a_hundred_thousand_diagnostics_are_streamed() {
    let _one = ONE_AT_A_TIME.lock();
    let (a, _) = analyze(&junk(1_000_000, true));
    assert!(a.diagnostics.len() >= 100_000, "{}", a.diagnostics.len());
    let checked: Vec<render::Checked<'_>> = vec![a.checked()];
    for format in ["sarif", "json"] {
        let before = peak_kb();
        let mut out = Counter::default();
        match format {
            "sarif" => sarif::write(&mut out, &checked, None, None).unwrap(),
            _ => render::write_json(&mut out, &checked, &[], None).unwrap(),
        }
        assert!(out.bytes > 50_000_000, "{format}: {} bytes", out.bytes);
        assert!(
            out.largest <= 64 * 1024,
            "{format}: a write of {} bytes",
            out.largest
        );
        if let (Some(before), Some(after)) = (before, peak_kb()) {
            assert!(
                after.saturating_sub(before) < 64 * 1024,
                "{format}: peak memory grew by {} kB",
                after - before
            );
        }
    }
}

/// `--max-errors` in the machine formats: the first N, and the summary says how many more.
#[test]
fn capped_json_keeps_the_first_diagnostics_and_counts_the_rest() {
    let _one = ONE_AT_A_TIME.lock();
    let (a, _) = analyze(&junk(20_000, true));
    let checked: Vec<render::Checked<'_>> = vec![a.checked()];
    let mut out = Vec::new();
    render::write_json(&mut out, &checked, &[], Some(7)).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["diagnostics"].as_array().unwrap().len(), 7);
    assert_eq!(v["summary"]["omitted"], a.diagnostics.len() - 7);
    assert_eq!(
        v["summary"]["errors"],
        a.diagnostics.iter().filter(|d| d.is_error()).count()
    );
    let mut out = Vec::new();
    sarif::write(&mut out, &checked, Some(7), None).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["runs"][0]["results"].as_array().unwrap().len(), 7);
    // The streamed log is the documented one.
    let whole = sarif::log(&checked, None);
    let mut out = Vec::new();
    sarif::write(&mut out, &checked, None, None).unwrap();
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&out).unwrap(),
        whole
    );
}

/// Only `\n`, `\r\n` and `\r` end a line. Ariadne also broke lines at U+2028, U+2029, NEL, VT
/// and FF, so human output named a later line than JSON and the language server did.
#[test]
fn line_numbers_after_other_line_separators() {
    for sep in ["\u{2028}", "\u{2029}", "\u{85}", "\u{b}", "\u{c}"] {
        let text = format!(
            "policy acme {{\n  controller {{ name {{ zh: \"示例{sep}公司\", en: \"Example Inc.\" }} }}\n  // a{sep}b{sep}c\n  effective 2024-06-01\n}}\n\ncategory phone {{\n  label {{ zh: \"手机号码\", en: \"mobile phone number\" }}\n  source nowhere\n}}\n"
        );
        let a = Workspace::from_text("policy.pol", &text).analyze();
        let d: Vec<Diagnostic> = a
            .diagnostics
            .iter()
            .filter(|d| {
                d.code.as_str().starts_with("TYPE-") || d.code.as_str().starts_with("NAME-")
            })
            .cloned()
            .collect();
        assert!(!d.is_empty(), "{sep:?}: {:?}", a.diagnostics);
        let json = serde_json::to_value(render::json_report(&a.db, &d)).unwrap();
        assert_eq!(json["diagnostics"][0]["start"]["line"], 9, "{sep:?}");
        let mut out = Vec::new();
        render::human(&a.db, &d[..1], Lang::En, false, &mut out).unwrap();
        let human = String::from_utf8(out).unwrap();
        assert!(human.contains("policy.pol:9:"), "{sep:?}:\n{human}");
        assert!(human.contains(" 9 │   source nowhere"), "{sep:?}:\n{human}");
        let log = sarif::log(&[render::Checked::new(&a.db, &d)], None);
        assert_eq!(
            log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"],
            9
        );
    }
}
