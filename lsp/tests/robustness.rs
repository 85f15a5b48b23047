//! The server under abuse, driven through its real transport with raw bytes: malformed frames,
//! a second `initialize`, requests at the wrong time, a document of junk, a long burst of
//! one-character edits. Time bounds are generous (a slow, shared CI machine, a debug build):
//! they catch hangs and quadratic blow-ups, not milliseconds.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use crossbeam_channel::{unbounded, Receiver, Sender};
use serde_json::{json, Value};

/// The client's end of the server's input: bytes sent whenever the test wants, with no end of
/// input until it is dropped (so a server waiting for bytes that never come would hang).
struct Input {
    rx: Receiver<Vec<u8>>,
    left: Vec<u8>,
}

impl Read for Input {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left.is_empty() {
            match self.rx.recv() {
                Ok(bytes) => self.left = bytes,
                Err(_) => return Ok(0),
            }
        }
        let n = buf.len().min(self.left.len());
        buf[..n].copy_from_slice(&self.left[..n]);
        self.left.drain(..n);
        Ok(n)
    }
}

struct Output(Sender<Vec<u8>>);

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let _ = self.0.send(buf.to_vec());
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

struct Server {
    input: Option<Sender<Vec<u8>>>,
    output: Receiver<Vec<u8>>,
    read: Vec<u8>,
    thread: Option<std::thread::JoinHandle<u8>>,
}

impl Server {
    fn start() -> Server {
        Server::with_debounce(Duration::from_millis(10))
    }

    fn with_debounce(debounce: Duration) -> Server {
        let (to_server, rx) = unbounded();
        let (tx, output) = unbounded();
        let input = Input {
            rx,
            left: Vec::new(),
        };
        let thread = std::thread::spawn(move || pol_lsp::run_io(input, Output(tx), debounce));
        Server {
            input: Some(to_server),
            output,
            read: Vec::new(),
            thread: Some(thread),
        }
    }

    fn raw(&self, bytes: impl Into<Vec<u8>>) {
        self.input.as_ref().unwrap().send(bytes.into()).unwrap();
    }

    fn send(&self, msg: Value) {
        self.raw(frame(&msg.to_string()));
    }

    fn request(&self, id: i64, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
    }

    fn notify(&self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// The next message the server wrote, within a minute.
    fn next(&mut self) -> Value {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(msg) = take_frame(&mut self.read) {
                return msg;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => self.read.extend(bytes),
                Err(_) => panic!("the server stopped answering"),
            }
        }
    }

    /// Messages up to the answer to request `id`; returns the answer and what came before.
    fn answer(&mut self, id: i64) -> (Value, Vec<Value>) {
        let mut before = Vec::new();
        loop {
            let msg = self.next();
            if msg["id"] == id && msg.get("method").is_none() {
                return (msg, before);
            }
            before.push(msg);
        }
    }

    fn initialize(&mut self, options: Value) {
        self.request(
            1,
            "initialize",
            json!({ "capabilities": {}, "initializationOptions": options }),
        );
        let (r, _) = self.answer(1);
        assert!(r["result"]["capabilities"].is_object(), "{r}");
        self.notify("initialized", json!({}));
    }

    /// The next diagnostics published for version `version` of `uri`.
    fn diagnostics(&mut self, uri: &str, version: i32) -> Vec<Value> {
        loop {
            let msg = self.next();
            let p = &msg["params"];
            if msg["method"] == "textDocument/publishDiagnostics"
                && p["uri"] == uri
                && p["version"] == version
            {
                return msg["params"]["diagnostics"].as_array().unwrap().clone();
            }
        }
    }

    /// `shutdown` then `exit`; the exit code.
    fn stop(mut self) -> u8 {
        self.request(9999, "shutdown", Value::Null);
        let (r, _) = self.answer(9999);
        assert!(r["error"].is_null(), "{r}");
        self.notify("exit", Value::Null);
        self.input.take();
        self.thread.take().unwrap().join().unwrap()
    }
}

fn frame(body: &str) -> Vec<u8> {
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

/// Cuts one whole frame off the front of `buf`, as a client reads them.
fn take_frame(buf: &mut Vec<u8>) -> Option<Value> {
    let end = buf.windows(4).position(|w| w == b"\r\n\r\n")?;
    let header = std::str::from_utf8(&buf[..end]).unwrap();
    let len: usize = header
        .lines()
        .find_map(|l| l.strip_prefix("Content-Length: "))
        .unwrap()
        .parse()
        .unwrap();
    if buf.len() < end + 4 + len {
        return None;
    }
    let body = buf[end + 4..end + 4 + len].to_vec();
    buf.drain(..end + 4 + len);
    Some(serde_json::from_slice(&body).unwrap())
}

fn error_code(msg: &Value) -> i64 {
    msg["error"]["code"]
        .as_i64()
        .unwrap_or_else(|| panic!("no error: {msg}"))
}

/// Each kind of malformed frame is followed by a valid request, which must be answered (the
/// reader is back in step); every malformed frame is reported in the editor's log.
#[test]
fn after_a_malformed_frame_the_next_request_is_answered() {
    let mut s = Server::start();
    s.initialize(Value::Null);
    let hover = |id: i64| {
        json!({ "jsonrpc": "2.0", "id": id, "method": "textDocument/hover",
                "params": { "textDocument": { "uri": "untitled:none" }, "position": { "line": 0, "character": 0 } } })
        .to_string()
    };
    let body = hover(0);
    let malformed: Vec<(&str, Vec<u8>)> = vec![
        (
            "too short",
            format!("Content-Length: {}\r\n\r\n{body}", body.len() - 9).into_bytes(),
        ),
        // Longer than everything sent before the next request: the server must not wait for
        // bytes that will never come.
        (
            "too long",
            format!("Content-Length: {}\r\n\r\n{body}", body.len() + 5000).into_bytes(),
        ),
        (
            "not a number",
            format!("Content-Length: lots\r\n\r\n{body}").into_bytes(),
        ),
        (
            "missing",
            format!("Content-Type: x\r\n\r\n{body}").into_bytes(),
        ),
        ("garbage", b"\x00\xff garbage \r\n\r\n{]]".to_vec()),
        (
            "negative",
            format!("Content-Length: -5\r\n\r\n{body}").into_bytes(),
        ),
        (
            "huge",
            format!("Content-Length: 18446744073709551617\r\n\r\n{body}").into_bytes(),
        ),
    ];
    for (n, (what, bytes)) in malformed.into_iter().enumerate() {
        let id = 100 + n as i64;
        s.raw(bytes);
        s.raw(frame(&hover(id)));
        let (answer, before) = s.answer(id);
        assert!(answer["error"].is_null(), "{what}: {answer}");
        let logged = before.iter().any(|m| {
            m["method"] == "window/logMessage"
                && m["params"]["message"]
                    .as_str()
                    .is_some_and(|t| t.contains("malformed input"))
        });
        assert!(logged, "{what}: not reported in the log: {before:?}");
    }
    assert_eq!(s.stop(), 0);
}

/// `initialize` is answered once; a second one is an `InvalidRequest` error (not "method not
/// found"). Before `initialize`, requests get `ServerNotInitialized`; after `shutdown`,
/// `InvalidRequest`.
#[test]
fn initialize_once_and_requests_at_the_wrong_time() {
    let mut s = Server::start();
    s.request(1, "textDocument/hover", json!({}));
    assert_eq!(error_code(&s.answer(1).0), -32002);
    s.request(2, "shutdown", Value::Null);
    assert_eq!(error_code(&s.answer(2).0), -32002);
    s.initialize(Value::Null);
    s.request(3, "initialize", json!({ "capabilities": {} }));
    assert_eq!(error_code(&s.answer(3).0), -32600);
    s.request(4, "shutdown", Value::Null);
    assert!(s.answer(4).0["error"].is_null());
    s.request(5, "initialize", json!({ "capabilities": {} }));
    assert_eq!(error_code(&s.answer(5).0), -32600);
    s.request(6, "textDocument/hover", json!({}));
    assert_eq!(error_code(&s.answer(6).0), -32600);
    s.notify("exit", Value::Null);
    s.input.take();
    assert_eq!(s.thread.take().unwrap().join().unwrap(), 0);
}

/// 300,000 characters of junk on one line: tens of thousands of findings. The editor gets
/// the first `MAX_DIAGNOSTICS_PER_FILE` by position and one that counts the rest, quickly.
#[test]
fn a_document_of_junk_gets_capped_diagnostics_quickly() {
    let junk: String = (0..300_000)
        .map(|i: usize| ["{", "x", "\"", "手", ";", "😀", "}", ":", " "][(i * 7 + i / 3) % 9])
        .collect();
    for (options, cap) in [
        (Value::Null, pol_lsp::MAX_DIAGNOSTICS_PER_FILE),
        (json!({ "maxDiagnosticsPerFile": 25 }), 25),
    ] {
        let mut s = Server::start();
        s.initialize(options);
        let uri = "untitled:junk.pol";
        let started = Instant::now();
        s.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "pol", "version": 1, "text": junk } }),
        );
        let diags = s.diagnostics(uri, 1);
        let took = started.elapsed();
        eprintln!("{} diagnostics published in {took:?}", diags.len());
        assert!(took < Duration::from_secs(30), "{took:?}");
        assert_eq!(diags.len(), cap + 1);
        let last = diags.last().unwrap();
        let message = last["message"].as_str().unwrap();
        assert!(message.contains("more diagnostics"), "{message}");
        assert!(last["code"].is_null());
        let lines: Vec<(u64, u64)> = diags
            .iter()
            .map(|d| {
                let start = &d["range"]["start"];
                (
                    start["line"].as_u64().unwrap(),
                    start["character"].as_u64().unwrap(),
                )
            })
            .collect();
        assert!(lines.windows(2).all(|w| w[0] <= w[1]), "by position");
        assert_eq!(s.stop(), 0);
    }
}

/// 20,000 one-character edits (typed, then deleted) on a 10,000-line policy, sent in one
/// burst: each updates the document in place, where each used to rebuild a line table of the
/// whole text (minutes for this burst in a debug build); the document ends as it was, and
/// checks as before.
#[test]
fn a_long_burst_of_small_edits_is_cheap_and_exact() {
    let text = pol::synthetic::policy(10_000);
    let lines = text.lines().count() as u32;
    // A debounce longer than any pause in the burst: the edits alone are measured.
    let mut s = Server::with_debounce(Duration::from_secs(1));
    s.initialize(Value::Null);
    let uri = "untitled:edits.pol";
    s.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri, "languageId": "pol", "version": 1, "text": text } }),
    );
    let before = s.diagnostics(uri, 1);
    let mut burst = Vec::new();
    let mut version = 1;
    for i in 0..10_000u32 {
        let line = (i * 7919) % lines;
        let at = json!({ "line": line, "character": 0 });
        let after = json!({ "line": line, "character": 1 });
        for (range, text) in [
            (json!({ "start": at, "end": at }), "手"),
            (json!({ "start": at, "end": after }), ""),
        ] {
            version += 1;
            let change = json!({ "jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                "textDocument": { "uri": uri, "version": version },
                "contentChanges": [{ "range": range, "text": text }] } });
            burst.extend(frame(&change.to_string()));
        }
    }
    let symbols = json!({ "jsonrpc": "2.0", "id": 2, "method": "textDocument/documentSymbol",
        "params": { "textDocument": { "uri": uri } } });
    burst.extend(frame(&symbols.to_string()));
    let started = Instant::now();
    s.raw(burst);
    let (r, _) = s.answer(2);
    let took = started.elapsed();
    eprintln!("20,000 edits and a request in {took:?}");
    assert!(r["error"].is_null(), "{r}");
    assert!(took < Duration::from_secs(60), "{took:?}");
    let after = s.diagnostics(uri, version);
    assert_eq!(after, before);
    assert_eq!(s.stop(), 0);
}
