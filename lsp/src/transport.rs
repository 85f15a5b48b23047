//! A transport that survives bad input, and finds its footing again after a bad frame.
//!
//! `lsp_server::Connection::stdio` ends its reader thread on the first malformed message, and
//! with it the server; its reader also trusts every `Content-Length`, so one wrong length puts
//! it out of step with the frames for good. Editors and fuzzers do send junk, and the server
//! must keep serving, so this reader ([`Frames`]) never trusts a frame further than it can
//! check it:
//!
//! - A frame starts at a `Content-Length:` header line, found by scanning: bytes before it
//!   (the tail of a frame that was longer than it said, garbage) are skipped and reported.
//! - A length that is not a number, or larger than [`MAX_BODY`], drops that header; scanning
//!   goes on after it.
//! - A body is checked for the start of the next frame while it is read. A header line
//!   (`Content-Length:`, digits, a raw line break) can never occur inside a JSON text (a raw
//!   line break is not allowed in a JSON string, and the header name is not a JSON token), so
//!   when one turns up inside the announced length, the length was too long: the body ends
//!   there (and is still delivered if it is a message), and reading resumes at that header
//!   instead of waiting for bytes the client will never send.
//! - A body that is not JSON is answered with the protocol's `ParseError` (`id: null`), JSON
//!   that is not a JSON-RPC message with `InvalidRequest`; a body that was cut short (a length
//!   too short) is such a body, and its tail is skipped as garbage before the next header.
//!
//! Every malformed frame is reported to the editor's log (`window/logMessage`, a warning),
//! never to standard error, which a client may not drain. Valid messages go to the same
//! `Connection` the in-process tests use, so the server itself does not know the difference.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use crossbeam_channel::{bounded, Receiver, Sender};
use lsp_server::{Connection, Message};
use serde_json::{json, Value};

/// JSON-RPC's "invalid JSON was received".
const PARSE_ERROR: i32 = -32700;
/// JSON-RPC's "the JSON sent is not a valid request object".
const INVALID_REQUEST: i32 = -32600;
/// The largest message body accepted (64 MiB); a larger `Content-Length` is junk.
pub const MAX_BODY: usize = 64 << 20;
/// The header line's name, compared without regard to case.
const NEEDLE: &[u8] = b"content-length:";
/// The longest header line value considered (a length has at most 20 digits; spaces aside).
const MAX_VALUE: usize = 64;
/// The longest other header line (`Content-Type: ...`) before a frame is called malformed.
const MAX_LINE: usize = 1024;
/// How much is read from the input at a time.
const CHUNK: usize = 64 << 10;
/// Garbage kept in the buffer while looking for a header; beyond it, it is dropped as read.
const KEEP_GARBAGE: usize = 64 << 10;

/// The reader and writer threads; join them after the server loop returns.
pub struct Threads {
    reader: JoinHandle<()>,
    writer: JoinHandle<()>,
}

impl Threads {
    pub fn join(self) {
        // The reader may be blocked on its input after `exit`; it ends with the process.
        drop(self.reader);
        let _ = self.writer.join();
    }
}

pub fn stdio() -> (Connection, Threads) {
    connect(std::io::stdin(), std::io::stdout())
}

/// A connection over any byte streams: frames are read from `input` on one thread, and
/// written to `output` on another.
pub fn connect<R, W>(input: R, output: W) -> (Connection, Threads)
where
    R: Read + Send + 'static,
    W: Write + Send + 'static,
{
    let out = Arc::new(Mutex::new(output));
    let (to_client, outgoing): (Sender<Message>, Receiver<Message>) = bounded(0);
    let (incoming, from_client): (Sender<Message>, Receiver<Message>) = bounded(0);
    let writer_out = Arc::clone(&out);
    let writer = std::thread::spawn(move || {
        for msg in outgoing {
            let Ok(mut w) = writer_out.lock() else {
                return;
            };
            if msg.write(&mut *w).is_err() {
                return;
            }
        }
    });
    let reader = std::thread::spawn(move || read_loop(input, &incoming, &out));
    (
        Connection {
            sender: to_client,
            receiver: from_client,
        },
        Threads { reader, writer },
    )
}

/// Reads framed messages until end of input or `exit`.
pub fn read_loop(input: impl Read, incoming: &Sender<Message>, out: &Mutex<impl Write>) {
    let mut frames = Frames::new(input);
    while let Some(item) = frames.next_item() {
        let body = match item {
            Item::Body(body) => body,
            Item::Malformed(why) => {
                let message = format!("polc lsp: malformed input: {why}");
                let log = json!({
                    "jsonrpc": "2.0",
                    "method": "window/logMessage",
                    "params": { "type": 2, "message": message },
                });
                write_raw(out, &log);
                continue;
            }
        };
        let value = match serde_json::from_slice::<Value>(&body) {
            Ok(value) => value,
            Err(e) => {
                let message = format!("malformed JSON-RPC message: {e}");
                write_raw(out, &error(Value::Null, PARSE_ERROR, &message));
                continue;
            }
        };
        // The id of a request that does not decode is still worth echoing.
        let id = match &value["id"] {
            id @ (Value::Number(_) | Value::String(_)) => id.clone(),
            _ => Value::Null,
        };
        match serde_json::from_value::<Message>(value) {
            Ok(msg) => {
                let exit = matches!(&msg, Message::Notification(n) if n.method == "exit");
                if incoming.send(msg).is_err() || exit {
                    return;
                }
            }
            Err(e) => {
                let message = format!("not a JSON-RPC message: {e}");
                write_raw(out, &error(id, INVALID_REQUEST, &message));
            }
        }
    }
}

fn error(id: Value, code: i32, message: &str) -> Value {
    json!({ "jsonrpc": "2.0", "id": id, "error": { "code": code, "message": message } })
}

fn write_raw(out: &Mutex<impl Write>, msg: &Value) {
    let text = msg.to_string();
    if let Ok(mut w) = out.lock() {
        let _ = write!(w, "Content-Length: {}\r\n\r\n{text}", text.len());
        let _ = w.flush();
    }
}

/// What the frame reader found next.
#[derive(Debug, PartialEq, Eq)]
pub enum Item {
    /// A frame's body (not necessarily JSON).
    Body(Vec<u8>),
    /// Input that was skipped, and why; reading goes on.
    Malformed(String),
}

/// Splits a byte stream into frames, resynchronising on the next `Content-Length:` header
/// after anything malformed (see the module documentation).
pub struct Frames<R> {
    input: R,
    buf: Vec<u8>,
    /// Where the unread part of `buf` starts.
    pos: usize,
    eof: bool,
    /// A body cut out of a frame that was longer than its data, delivered after the report.
    pending: Option<Vec<u8>>,
    /// Garbage dropped from the buffer while looking for a header.
    dropped: usize,
}

/// Where a header line was found in a scan.
enum Scan {
    /// `Content-Length:` at `at`; its line (value and line break) ends at `end`.
    Header { at: usize, end: usize },
    /// Nothing found before `at`; from there on, more input is needed to tell.
    Undecided(usize),
}

impl<R: Read> Frames<R> {
    pub fn new(input: R) -> Frames<R> {
        Frames {
            input,
            buf: Vec::new(),
            pos: 0,
            eof: false,
            pending: None,
            dropped: 0,
        }
    }

    /// The unread input.
    fn data(&self) -> &[u8] {
        self.buf.get(self.pos..).unwrap_or_default()
    }

    /// Reads more input; `false` at its end.
    fn fill(&mut self) -> bool {
        if self.eof {
            return false;
        }
        if self.pos > 0 && self.pos >= self.buf.len() / 2 {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        let old = self.buf.len();
        self.buf.resize(old + CHUNK, 0);
        loop {
            let read = match self.buf.get_mut(old..) {
                Some(space) => self.input.read(space),
                None => Ok(0),
            };
            match read {
                Ok(0) => {
                    self.buf.truncate(old);
                    self.eof = true;
                    return false;
                }
                Ok(n) => {
                    self.buf.truncate(old + n);
                    return true;
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => {
                    self.buf.truncate(old);
                    self.eof = true;
                    return false;
                }
            }
        }
    }

    /// The next frame's body or a report of skipped input; `None` at the end of the input.
    pub fn next_item(&mut self) -> Option<Item> {
        if let Some(body) = self.pending.take() {
            return Some(Item::Body(body));
        }
        // A header line, skipping whatever comes before it.
        let mut from = 0;
        let (at, value_end) = loop {
            match find_header(self.data(), from, usize::MAX, false) {
                Scan::Header { at, end } => break (at, end),
                Scan::Undecided(at) => {
                    from = at;
                    if at > KEEP_GARBAGE {
                        self.pos += at;
                        self.dropped += at;
                        from = 0;
                    }
                    if !self.fill() {
                        return self.garbage_report(self.data().len());
                    }
                }
            }
        };
        if at > 0 || self.dropped > 0 {
            // Moves past the skipped bytes: the header is at the start from here on.
            if let Some(report) = self.garbage_report(at) {
                return Some(report);
            }
        }
        let value_end = value_end - at;
        // The rest of the header block, up to the empty line.
        let mut line = value_end;
        let body_start = loop {
            let data = self.data();
            let Some(nl) = data
                .get(line..)
                .and_then(|d| d.iter().position(|&b| b == b'\n'))
            else {
                if data.len() - line > MAX_LINE {
                    return Some(self.malformed_header(line, "a header line is too long"));
                }
                if !self.fill() {
                    return None;
                }
                continue;
            };
            let text = data.get(line..line + nl).unwrap_or_default();
            let text = text.strip_suffix(b"\r").unwrap_or(text);
            if text.is_empty() {
                break line + nl + 1;
            }
            if !is_header_line(text) {
                return Some(self.malformed_header(line, "the header block does not end"));
            }
            line += nl + 1;
        };
        let value = header_value(self.data().get(..value_end).unwrap_or_default());
        let length = parse_length(value);
        let Some(length) = length.filter(|l| *l <= MAX_BODY) else {
            let shown = String::from_utf8_lossy(value).into_owned();
            self.pos += body_start;
            return Some(Item::Malformed(format!(
                "`Content-Length: {}` is not a length up to {MAX_BODY} bytes; frame skipped",
                shown.escape_debug()
            )));
        };
        // The body, watching for the next frame's header inside it.
        let until = body_start + length;
        let mut from = body_start;
        loop {
            match find_header(self.data(), from, until, true) {
                Scan::Header { at, .. } => {
                    let body = self.data().get(body_start..at).unwrap_or_default().to_vec();
                    self.pos += at;
                    self.pending = Some(body);
                    return Some(Item::Malformed(format!(
                        "a frame's body ended after {} of its {length} bytes (`Content-Length` too long), where the next frame begins",
                        at - body_start
                    )));
                }
                Scan::Undecided(next) => {
                    from = next;
                    if self.data().len() >= until && next >= until {
                        let body = self
                            .data()
                            .get(body_start..until)
                            .unwrap_or_default()
                            .to_vec();
                        self.pos += until;
                        return Some(Item::Body(body));
                    }
                    if !self.fill() {
                        return None;
                    }
                }
            }
        }
    }

    /// Reports the `upto` bytes before a header (and any garbage dropped before them) when
    /// they hold more than line breaks and header lines, and moves past them.
    fn garbage_report(&mut self, upto: usize) -> Option<Item> {
        let skipped = self.data().get(..upto).unwrap_or_default();
        let harmless = self.dropped == 0
            && skipped
                .split(|&b| b == b'\n')
                .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
                .all(|l| l.is_empty() || is_header_line(l));
        let total = self.dropped + upto;
        self.pos += upto;
        self.dropped = 0;
        (!harmless).then(|| {
            Item::Malformed(format!(
                "skipped {total} bytes that were not part of a frame"
            ))
        })
    }

    /// Drops a header block that does not end in an empty line; scanning resumes at the
    /// line that broke it, which may hold the next frame's header.
    fn malformed_header(&mut self, line: usize, why: &str) -> Item {
        self.pos += line;
        Item::Malformed(format!("{why}; frame skipped"))
    }
}

/// `Name: value`, as HTTP-style headers go.
fn is_header_line(line: &[u8]) -> bool {
    let Some(colon) = line.iter().position(|&b| b == b':') else {
        return false;
    };
    colon > 0
        && line
            .iter()
            .take(colon)
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
}

/// The value of a `Content-Length:` line, trimmed.
fn header_value(line: &[u8]) -> &[u8] {
    line.get(NEEDLE.len()..).unwrap_or_default().trim_ascii()
}

fn parse_length(value: &[u8]) -> Option<usize> {
    if value.is_empty() || !value.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(value).ok()?.parse().ok()
}

/// Looks for a `Content-Length:` header line starting in `data[from..until]`. `strict` wants
/// a numeric value (the line that cannot occur inside JSON); otherwise any short value.
fn find_header(data: &[u8], from: usize, until: usize, strict: bool) -> Scan {
    let stop = until.min(data.len());
    let mut i = from;
    while i < stop {
        let Some(rel) = data
            .get(i..stop)
            .and_then(|d| d.iter().position(|&b| b == b'c' || b == b'C'))
        else {
            break;
        };
        i += rel;
        let rest = data.get(i..).unwrap_or_default();
        if rest.len() < NEEDLE.len() {
            if rest.eq_ignore_ascii_case(NEEDLE.get(..rest.len()).unwrap_or_default()) {
                return Scan::Undecided(i);
            }
            i += 1;
            continue;
        }
        if rest
            .get(..NEEDLE.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(NEEDLE))
        {
            match line_end(rest, strict) {
                LineEnd::At(end) => {
                    return Scan::Header {
                        at: i,
                        end: i + end,
                    }
                }
                LineEnd::Unknown => return Scan::Undecided(i),
                LineEnd::Not => {}
            }
        }
        i += 1;
    }
    Scan::Undecided(stop.max(from))
}

enum LineEnd {
    At(usize),
    Unknown,
    Not,
}

/// Whether `line` (starting with the header name) is a complete header line, and where it
/// ends (after its line break).
fn line_end(line: &[u8], strict: bool) -> LineEnd {
    let value = line.get(NEEDLE.len()..).unwrap_or_default();
    for (k, &b) in value.iter().enumerate() {
        if k > MAX_VALUE {
            return LineEnd::Not;
        }
        match b {
            b'\n' => {
                let text = value.get(..k).unwrap_or_default();
                let text = text.strip_suffix(b"\r").unwrap_or(text);
                if strict && parse_length(text.trim_ascii()).is_none() {
                    return LineEnd::Not;
                }
                return LineEnd::At(NEEDLE.len() + k + 1);
            }
            b'\r' if value.get(k + 1).is_some_and(|&n| n != b'\n') => return LineEnd::Not,
            b' ' | b'\t' | b'\r' | b'0'..=b'9' => {}
            _ if strict => return LineEnd::Not,
            _ => {}
        }
    }
    if value.len() > MAX_VALUE {
        LineEnd::Not
    } else {
        LineEnd::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    fn items(input: &[u8]) -> Vec<Item> {
        let mut frames = Frames::new(input);
        std::iter::from_fn(|| frames.next_item()).collect()
    }

    fn body(text: &str) -> Item {
        Item::Body(text.as_bytes().to_vec())
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
        read_loop(std::io::Cursor::new(input.into_bytes()), &tx, &out);
        let got: Vec<Message> = rx.try_iter().collect();
        assert!(
            matches!(got.as_slice(), [Message::Request(r)] if r.method == "shutdown"),
            "{got:?}"
        );
        let written = String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default();
        assert_eq!(written.matches("-32700").count(), 1, "{written}");
        assert_eq!(written.matches("-32600").count(), 1, "{written}");
        assert_eq!(written.matches("window/logMessage").count(), 2, "{written}");
        assert!(written.contains("\"id\":null"));
    }

    #[test]
    fn a_length_too_short_costs_that_frame_only() {
        let a = r#"{"jsonrpc":"2.0","id":1,"method":"a"}"#;
        let b = r#"{"jsonrpc":"2.0","id":2,"method":"b"}"#;
        let input = format!("Content-Length: 10\r\n\r\n{a}{}", frame(b));
        let got = items(input.as_bytes());
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0], body(&a[..10]));
        let skipped = format!("skipped {} bytes", a.len() - 10);
        assert!(
            matches!(&got[1], Item::Malformed(m) if m.contains(&skipped)),
            "{got:?}"
        );
        assert_eq!(got[2], body(b));
    }

    #[test]
    fn a_length_too_long_ends_at_the_next_header() {
        let a = r#"{"jsonrpc":"2.0","id":1,"method":"a"}"#;
        let b = r#"{"jsonrpc":"2.0","id":2,"method":"b"}"#;
        let input = format!("Content-Length: 500\r\n\r\n{a}{}", frame(b));
        let got = items(input.as_bytes());
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(matches!(&got[0], Item::Malformed(m) if m.contains("too long")));
        assert_eq!(got[1], body(a));
        assert_eq!(got[2], body(b));
    }

    #[test]
    fn bad_and_missing_lengths_and_garbage_between_frames() {
        let a = r#"{"jsonrpc":"2.0","id":1,"method":"a"}"#;
        let input = [
            "Content-Length: twelve\r\n\r\n{}".to_string(),
            "Content-Type: x\r\n\r\n{}".to_string(),
            "\u{0}\u{1}garbage 手机\r\n\r\n".to_string(),
            "Content-Length: 3\r\nthis is no header\r\n".to_string(),
            format!(
                "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n{}",
                frame(a)
            ),
            format!("\r\n{}", frame(a)),
        ]
        .concat();
        let got = items(input.as_bytes());
        let bodies: Vec<&Item> = got.iter().filter(|i| matches!(i, Item::Body(_))).collect();
        assert_eq!(bodies, [&body(a), &body(a)], "{got:?}");
        let reports = got.len() - bodies.len();
        assert_eq!(reports, 4, "{got:?}");
    }

    #[test]
    fn a_body_may_mention_the_header_and_frames_may_arrive_byte_by_byte() {
        let a = r#"{"jsonrpc":"2.0","method":"m","params":{"text":"Content-Length: 12\\r\\n","b":"content-length:"}}"#;
        let input = format!("{}{}", frame(a), frame(a));
        struct Trickle<'a>(&'a [u8]);
        impl Read for Trickle<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let Some((first, rest)) = self.0.split_first() else {
                    return Ok(0);
                };
                buf[0] = *first;
                self.0 = rest;
                Ok(1)
            }
        }
        let mut frames = Frames::new(Trickle(input.as_bytes()));
        let got: Vec<Item> = std::iter::from_fn(|| frames.next_item()).collect();
        assert_eq!(got, [body(a), body(a)]);
    }
}
