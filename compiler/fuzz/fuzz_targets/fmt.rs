//! Any bytes through the formatter: it never panics; what it returns is a fixed point (formatting
//! it again changes nothing) and parses without syntax errors; and it refuses only text with
//! syntax errors or text whose meaning it could not keep.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pol::format::{format, FormatError};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match format(&text) {
        Ok(out) => {
            let (_, diags) = pol::syntax::parse(pol::source::FileId(0), &out);
            assert!(diags.is_empty(), "formatted text has syntax errors");
            match format(&out) {
                Ok(again) => assert_eq!(again, out, "formatting is not idempotent"),
                Err(e) => panic!("formatted text is refused: {e}"),
            }
        }
        Err(FormatError::Syntax(diags)) => assert!(!diags.is_empty()),
        Err(_) => {}
    }
});
