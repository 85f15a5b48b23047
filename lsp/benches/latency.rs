//! Language-server latency on a 10,000-line policy (divan), measured as an editor sees it:
//! a message in over the connection, the answer out.
//!
//! Run: `cargo bench -p pol-lsp --bench latency`. The debounce is set to zero here, so
//! `edit_to_diagnostics` is the time from a `didChange` to its `publishDiagnostics` (analysis
//! and encoding included) on a policy that checks clean, `edit_to_diagnostics_with_findings`
//! the same with 195 findings to publish; in the editor the debounce pause comes on top. Figures are in
//! `docs/benchmarks.md`; nothing is asserted. Target: an edit answered in under 50 ms.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a benchmark fails loudly"
)]

use std::time::Duration;

use divan::Bencher;
use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{json, Value};

fn main() {
    divan::main();
}

const LINES: usize = 10_000;

struct Session {
    conn: Connection,
    next: i32,
    version: i32,
    text: String,
    uri: String,
}

/// The deletion conditions every `delete_N` right of the synthetic policy states; without them
/// PIPL-RIGHTS-002 reports each of those rights (195 findings at 10,000 lines).
const CONDITIONS: &str = "  conditions pipl::deletion_conditions, pipl::deletion_fallback\n";

impl Session {
    fn new() -> Session {
        Session::with_text(pol::synthetic::policy(LINES))
    }

    /// The same policy, with a finding in every block of items: what an editor gets on a
    /// policy in the middle of a rewrite.
    fn with_findings() -> Session {
        let text = pol::synthetic::policy(LINES).replace(CONDITIONS, "");
        Session::with_text(text)
    }

    fn with_text(text: String) -> Session {
        let (server, client) = Connection::memory();
        std::thread::spawn(move || pol_lsp::run(&server, Duration::ZERO));
        let mut s = Session {
            conn: client,
            next: 0,
            version: 1,
            text,
            uri: "untitled:synthetic.pol".into(),
        };
        s.request("initialize", json!({ "capabilities": {} }));
        s.notify("initialized", json!({}));
        s.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": s.uri, "languageId": "pol", "version": 1, "text": s.text } }),
        );
        s.wait_diagnostics();
        s
    }

    fn notify(&self, method: &str, params: Value) {
        let n = Notification::new(method.into(), params);
        self.conn.sender.send(Message::Notification(n)).unwrap();
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = RequestId::from(self.next);
        let r = Request::new(id.clone(), method.into(), params);
        self.conn.sender.send(Message::Request(r)).unwrap();
        loop {
            match self.conn.receiver.recv().unwrap() {
                Message::Response(r) if r.id == id => return r.result.unwrap_or(Value::Null),
                _ => {}
            }
        }
    }

    fn wait_diagnostics(&self) {
        loop {
            if let Message::Notification(n) = self.conn.receiver.recv().unwrap() {
                if n.method == "textDocument/publishDiagnostics"
                    && n.params["version"] == self.version
                {
                    return;
                }
            }
        }
    }

    /// Types one character at the end of a line in the middle of the file.
    fn edit(&mut self) {
        self.version += 1;
        let line = (LINES / 2) as u32;
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": self.uri, "version": self.version },
                "contentChanges": [{
                    "range": { "start": { "line": line, "character": 0 }, "end": { "line": line, "character": 0 } },
                    "text": if self.version % 2 == 0 { " " } else { "" }
                }]
            }),
        );
        self.wait_diagnostics();
    }

    /// The position of the first `uses` reference after the middle of the file.
    fn reference(&self) -> Value {
        let line = self
            .text
            .lines()
            .enumerate()
            .skip(LINES / 2)
            .find(|(_, l)| l.trim_start().starts_with("uses "))
            .map(|(i, l)| (i, l.find("uses ").unwrap() + 6))
            .unwrap();
        json!({ "textDocument": { "uri": self.uri }, "position": { "line": line.0, "character": line.1 } })
    }
}

#[divan::bench(sample_count = 20)]
fn edit_to_diagnostics(bencher: Bencher) {
    let mut s = Session::new();
    bencher.bench_local(|| s.edit());
}

/// The same edit on a policy with a finding in every block: every one is converted and
/// published again on each edit.
#[divan::bench(sample_count = 20)]
fn edit_to_diagnostics_with_findings(bencher: Bencher) {
    let mut s = Session::with_findings();
    bencher.bench_local(|| s.edit());
}

#[divan::bench(sample_count = 20)]
fn hover(bencher: Bencher) {
    let mut s = Session::new();
    let at = s.reference();
    bencher.bench_local(|| s.request("textDocument/hover", at.clone()));
}

#[divan::bench(sample_count = 20)]
fn completion(bencher: Bencher) {
    let mut s = Session::new();
    let at = s.reference();
    bencher.bench_local(|| s.request("textDocument/completion", at.clone()));
}

/// Hover right after an edit: the request itself pays for the analysis.
#[divan::bench(sample_count = 20)]
fn edit_then_hover(bencher: Bencher) {
    let mut s = Session::new();
    let at = s.reference();
    bencher.bench_local(|| {
        s.version += 1;
        let line = (LINES / 2) as u32;
        s.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": s.uri, "version": s.version },
                "contentChanges": [{ "range": { "start": { "line": line, "character": 0 }, "end": { "line": line, "character": 0 } }, "text": "" }]
            }),
        );
        s.request("textDocument/hover", at.clone())
    });
}
