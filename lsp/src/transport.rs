//! A stdio transport that survives bad input.
//!
//! `lsp_server::Connection::stdio` ends its reader thread on the first malformed message, and
//! with it the server. Editors and fuzzers do send junk, and issue 7 asks that the server keep
//! serving: this reader skips a malformed header, answers a body that is not JSON-RPC with the
//! protocol's `ParseError` (`id: null`), and reads on. Valid messages go to the same
//! `Connection` the in-process tests use, so the server itself does not know the difference.

use std::io::{BufRead, Write};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use crossbeam_channel::{bounded, Receiver, Sender};
use lsp_server::{Connection, Message};

/// JSON-RPC's "invalid JSON was received".
const PARSE_ERROR: i32 = -32700;
/// The largest message body accepted (64 MiB); a larger `Content-Length` is junk.
const MAX_BODY: usize = 64 << 20;

/// The reader and writer threads; join them after the server loop returns.
pub struct Threads {
    reader: JoinHandle<()>,
    writer: JoinHandle<()>,
}

impl Threads {
    pub fn join(self) {
        // The reader may be blocked on stdin after `exit`; it ends with the process.
        drop(self.reader);
        let _ = self.writer.join();
    }
}

pub fn stdio() -> (Connection, Threads) {
    let out: Arc<Mutex<std::io::Stdout>> = Arc::new(Mutex::new(std::io::stdout()));
    let (to_client, outgoing): (Sender<Message>, Receiver<Message>) = bounded(0);
    let (incoming, from_client): (Sender<Message>, Receiver<Message>) = bounded(0);
    let writer_out = Arc::clone(&out);
    let writer = std::thread::spawn(move || {
        for msg in outgoing {
            let Ok(mut stdout) = writer_out.lock() else {
                return;
            };
            if msg.write(&mut *stdout).is_err() {
                return;
            }
        }
    });
    let reader = std::thread::spawn(move || {
        let stdin = std::io::stdin();
        read_loop(&mut stdin.lock(), &incoming, &out);
    });
    (
        Connection {
            sender: to_client,
            receiver: from_client,
        },
        Threads { reader, writer },
    )
}

/// Reads framed messages until end of input or `exit`.
pub fn read_loop(input: &mut dyn BufRead, incoming: &Sender<Message>, out: &Mutex<impl Write>) {
    loop {
        let body = match read_frame(input) {
            Frame::Body(body) => body,
            Frame::Skip => continue,
            Frame::End => return,
        };
        match serde_json::from_slice::<Message>(&body) {
            Ok(msg) => {
                let exit = matches!(&msg, Message::Notification(n) if n.method == "exit");
                if incoming.send(msg).is_err() || exit {
                    return;
                }
            }
            Err(e) => {
                let reply = serde_json::json!({
                    "jsonrpc": "2.0",
                    "id": null,
                    "error": { "code": PARSE_ERROR, "message": format!("malformed JSON-RPC message: {e}") },
                });
                let text = reply.to_string();
                if let Ok(mut w) = out.lock() {
                    let _ = write!(w, "Content-Length: {}\r\n\r\n{text}", text.len());
                    let _ = w.flush();
                }
            }
        }
    }
}

enum Frame {
    Body(Vec<u8>),
    /// A header block without a usable `Content-Length`: dropped, reading goes on.
    Skip,
    End,
}

fn read_frame(input: &mut dyn BufRead) -> Frame {
    let mut length: Option<usize> = None;
    let mut saw_header = false;
    let mut line = Vec::new();
    loop {
        line.clear();
        match input.read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => return Frame::End,
            Ok(_) => {}
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if saw_header {
                break;
            }
            continue;
        }
        saw_header = true;
        if let Some((name, value)) = text.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().ok();
            }
        }
    }
    let Some(length) = length.filter(|l| *l <= MAX_BODY) else {
        return Frame::Skip;
    };
    let mut body = vec![0; length];
    match input.read_exact(&mut body) {
        Ok(()) => Frame::Body(body),
        Err(_) => Frame::End,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn junk_is_answered_or_skipped_and_reading_goes_on() {
        let valid = r#"{"jsonrpc":"2.0","id":7,"method":"shutdown"}"#;
        let input = [
            "Garbage-Header-Without-Length\r\n\r\n".to_string(),
            frame("{ this is not json"),
            frame(r#"{"jsonrpc":"2.0","result":"no id or method"}"#),
            "Content-Length: 99999999999999999999\r\n\r\n".to_string(),
            frame(valid),
        ]
        .concat();
        let (tx, rx) = crossbeam_channel::unbounded();
        let out = Mutex::new(Vec::<u8>::new());
        read_loop(&mut std::io::Cursor::new(input.into_bytes()), &tx, &out);
        let got: Vec<Message> = rx.try_iter().collect();
        assert!(
            matches!(got.as_slice(), [Message::Request(r)] if r.method == "shutdown"),
            "{got:?}"
        );
        let written = String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default();
        assert_eq!(written.matches("-32700").count(), 2, "{written}");
        assert!(written.contains("\"id\":null"));
    }
}
