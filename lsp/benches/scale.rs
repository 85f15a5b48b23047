//! Language-server scaling (divan): an edit -> its `publishDiagnostics`, on generated
//! policies of 1,000 to 1,000,000 lines, with throughput (document bytes / time). The
//! debounce is zero, so this is the analysis, the conversion and the encoding of one edit.
//!
//! Run: `cargo bench -p pol-lsp --bench scale`. Figures are in `docs/benchmarks.md`; nothing
//! is asserted. Targets: under 20 ms at 10,000 lines and under 150 ms at 100,000.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a benchmark fails loudly"
)]

use std::time::Duration;

use divan::counter::BytesCount;
use divan::Bencher;
use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{json, Value};

fn main() {
    divan::main();
}

const SIZES: &[usize] = &[1_000, 10_000, 100_000, 1_000_000];

struct Session {
    conn: Connection,
    version: i32,
    uri: String,
    line: u32,
}

impl Session {
    fn open(text: &str, lines: usize) -> Session {
        let (server, client) = Connection::memory();
        std::thread::spawn(move || pol_lsp::run(&server, Duration::ZERO));
        let s = Session {
            conn: client,
            version: 1,
            uri: "untitled:synthetic.pol".into(),
            line: (lines / 2) as u32,
        };
        let id = RequestId::from(1);
        let init = Request::new(
            id.clone(),
            "initialize".into(),
            json!({ "capabilities": {} }),
        );
        s.conn.sender.send(Message::Request(init)).unwrap();
        loop {
            if let Message::Response(r) = s.conn.receiver.recv().unwrap() {
                if r.id == id {
                    break;
                }
            }
        }
        s.notify("initialized", json!({}));
        s.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": s.uri, "languageId": "pol", "version": 1, "text": text } }),
        );
        s.wait_diagnostics();
        s
    }

    fn notify(&self, method: &str, params: Value) {
        let n = Notification::new(method.into(), params);
        self.conn.sender.send(Message::Notification(n)).unwrap();
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

    /// Types a space at the start of a line in the middle, or takes it out again.
    fn edit(&mut self) {
        self.version += 1;
        let (line, adding) = (self.line, self.version % 2 == 0);
        let end = if adding { 0 } else { 1 };
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": self.uri, "version": self.version },
                "contentChanges": [{
                    "range": { "start": { "line": line, "character": 0 }, "end": { "line": line, "character": end } },
                    "text": if adding { " " } else { "" }
                }]
            }),
        );
        self.wait_diagnostics();
    }
}

#[divan::bench(args = SIZES, sample_count = 10, sample_size = 1)]
fn edit_to_diagnostics(bencher: Bencher, lines: usize) {
    let text = pol::synthetic::policy(lines);
    let mut s = Session::open(&text, lines);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench_local(|| s.edit());
}
