//! An in-process client: the server runs on a thread over `Connection::memory()`.

#![allow(dead_code, reason = "each test file uses part of the client")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test helpers fail the test loudly"
)]

use std::time::Duration;

use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use serde_json::{json, Value};

pub const POLICY: &str = r#"use std::pipl

policy p {
  controller {
    name { zh: "某公司", en: "Some Co." }
    email privacy@some.example
  }
  effective 2024-01-01
}

category phone {
  label { zh: "手机号码", en: "phone number" }
  source subject
  required
  refusal { zh: "您将无法注册。", en: "You will not be able to sign up." }
}

purpose signup {
  label { zh: "注册😀账号", en: "signing up" }; uses phone
  basis pipl::contract
  required
  refusal { zh: "我们将无法为您注册。", en: "We will not be able to sign you up." }
}

retention keep {
  data phone
  period 6 months
  on_expiry delete
}
"#;

pub struct Client {
    conn: Connection,
    next: i32,
    /// Notifications received while waiting for a response.
    pub notes: Vec<Notification>,
    server: Option<std::thread::JoinHandle<u8>>,
    pub dir: tempfile::TempDir,
}

impl Client {
    /// Starts a server and initializes it; `utf8` offers UTF-8 positions.
    pub fn start(utf8: bool) -> (Client, Value) {
        Client::start_with(utf8, json!({}))
    }

    /// [`Client::start`] with more `initialize` parameters (`locale`, `initializationOptions`).
    pub fn start_with(utf8: bool, extra: Value) -> (Client, Value) {
        let (server, client) = Connection::memory();
        let handle = std::thread::spawn(move || pol_lsp::run(&server, Duration::from_millis(20)));
        let mut c = Client {
            conn: client,
            next: 0,
            notes: Vec::new(),
            server: Some(handle),
            dir: tempfile::tempdir().unwrap(),
        };
        let encodings = if utf8 {
            json!(["utf-8", "utf-16"])
        } else {
            json!(["utf-16"])
        };
        let mut params =
            json!({ "capabilities": { "general": { "positionEncodings": encodings } } });
        if let (Some(p), Some(extra)) = (params.as_object_mut(), extra.as_object()) {
            p.extend(extra.clone());
        }
        let caps = c.request("initialize", params);
        c.notify("initialized", json!({}));
        (c, caps.result.unwrap())
    }

    /// A `file://` URI for a file in the test's own directory, written to disk too.
    pub fn file(&self, name: &str, text: &str) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        format!("file://{}", path.display())
    }

    pub fn request(&mut self, method: &str, params: Value) -> Response {
        self.next += 1;
        let id = RequestId::from(self.next);
        self.conn
            .sender
            .send(Message::Request(Request::new(
                id.clone(),
                method.into(),
                params,
            )))
            .unwrap();
        loop {
            match self.recv() {
                Message::Response(r) if r.id == id => return r,
                Message::Notification(n) => self.notes.push(n),
                _ => {}
            }
        }
    }

    /// The result of a request that must succeed.
    pub fn ok(&mut self, method: &str, params: Value) -> Value {
        let r = self.request(method, params);
        match (r.result, r.error) {
            (Some(v), None) => v,
            (_, e) => panic!("{method} failed: {e:?}"),
        }
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.conn
            .sender
            .send(Message::Notification(Notification::new(
                method.into(),
                params,
            )))
            .unwrap();
    }

    fn recv(&mut self) -> Message {
        self.conn
            .receiver
            .recv_timeout(Duration::from_secs(30))
            .expect("the server stopped answering")
    }

    pub fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "pol", "version": 1, "text": text } }),
        );
    }

    pub fn change_all(&mut self, uri: &str, version: i32, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "text": text }] }),
        );
    }

    /// The next diagnostics published for `uri` with the given version.
    pub fn diagnostics(&mut self, uri: &str, version: i32) -> Vec<Value> {
        loop {
            if let Some(at) = self.notes.iter().position(|n| {
                n.method == "textDocument/publishDiagnostics"
                    && n.params["uri"] == uri
                    && n.params["version"] == version
            }) {
                let n = self.notes.remove(at);
                return n.params["diagnostics"].as_array().unwrap().clone();
            }
            match self.recv() {
                Message::Notification(n) => self.notes.push(n),
                other => panic!("unexpected {other:?}"),
            }
        }
    }

    /// `exit` with no `shutdown` first; returns the server's exit code.
    pub fn exit_now(mut self) -> u8 {
        self.notify("exit", Value::Null);
        self.server.take().unwrap().join().unwrap()
    }

    /// `shutdown` then `exit`; returns the server's exit code.
    pub fn stop(mut self) -> u8 {
        let r = self.request("shutdown", Value::Null);
        assert!(r.error.is_none());
        self.notify("exit", Value::Null);
        self.server.take().unwrap().join().unwrap()
    }
}

/// A `textDocument` + `position` parameter.
pub fn at(uri: &str, line: u32, character: u32) -> Value {
    json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } })
}

/// The 0-based line of the first line containing `needle`, and the byte column of it.
pub fn find(text: &str, needle: &str) -> (u32, usize) {
    for (i, line) in text.lines().enumerate() {
        if let Some(col) = line.find(needle) {
            return (i as u32, col);
        }
    }
    panic!("{needle} not found")
}

/// The UTF-16 column of a byte column on a line.
pub fn utf16(text: &str, line: u32, byte_col: usize) -> u32 {
    let l = text.lines().nth(line as usize).unwrap();
    l[..byte_col].encode_utf16().count() as u32
}
