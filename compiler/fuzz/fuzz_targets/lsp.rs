//! Any bytes as a client's input to the language server, as it reads standard input: the frame
//! reader never panics or loops, and a whole session on those bytes ends when the input ends.
//! Half the inputs start with a valid `initialize` handshake, so that the bytes after it reach
//! the server's message handling rather than only the "not initialized" answer.

#![no_main]

use std::io::Cursor;
use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use pol_lsp::transport::{Frames, Item};

fn frame(body: &str) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body.as_bytes());
    out
}

fuzz_target!(|data: &[u8]| {
    // The reader alone: every item it yields consumes input, so there are never more items
    // than bytes (plus the one report of a cut body).
    let mut frames = Frames::new(Cursor::new(data));
    let mut items = 0usize;
    while let Some(item) = frames.next_item() {
        items += 1;
        assert!(items <= data.len() + 1, "the frame reader does not advance");
        if let Item::Body(body) = item {
            assert!(body.len() <= data.len());
        }
    }
    // A whole session.
    let (handshake, rest) = match data.split_first() {
        Some((b, rest)) if b % 2 == 1 => {
            let mut input = frame(
                r#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}}"#,
            );
            input.extend(frame(
                r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
            ));
            (input, rest)
        }
        _ => (Vec::new(), data),
    };
    let mut input = handshake;
    input.extend_from_slice(rest);
    let _ = pol_lsp::run_io(Cursor::new(input), std::io::sink(), Duration::ZERO);
});
