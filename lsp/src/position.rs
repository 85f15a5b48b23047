//! Protocol positions to byte offsets and back.
//!
//! The protocol counts columns in UTF-16 code units unless client and server agree on UTF-8
//! (`positionEncoding`, negotiated in `initialize`). The UTF-16 conversions are the compiler's
//! own ([`SourceFile::line_col`], [`SourceFile::offset_of_utf16`]), so the server and the
//! command line agree on every column, byte-order marks included.

use lsp_types::{Position, Range};
use pol::source::{SourceFile, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf16,
    Utf8,
}

/// The byte offset of a position; past the end of a line means the end of that line, past
/// the last line the end of the file.
pub fn offset(file: &SourceFile, pos: Position, enc: Encoding) -> u32 {
    let len = u32::try_from(file.text.len()).unwrap_or(u32::MAX);
    let Some(line_start) = file.offset_of_utf16(pos.line, 0) else {
        return len;
    };
    let line_end = line_end(file, line_start);
    match enc {
        Encoding::Utf16 => file
            .offset_of_utf16(pos.line, pos.character)
            .unwrap_or(line_end)
            .min(line_end),
        Encoding::Utf8 => {
            let mut at = line_start.saturating_add(pos.character).min(line_end);
            while at > line_start && !file.text.is_char_boundary(at as usize) {
                at -= 1;
            }
            at
        }
    }
}

fn line_end(file: &SourceFile, line_start: u32) -> u32 {
    let rest = file.text.get(line_start as usize..).unwrap_or("");
    let len = rest.find(['\n', '\r']).unwrap_or(rest.len());
    line_start + u32::try_from(len).unwrap_or(0)
}

pub fn position(file: &SourceFile, offset: u32, enc: Encoding) -> Position {
    let lc = file.line_col(offset);
    let line = lc.line.saturating_sub(1);
    let character = match enc {
        Encoding::Utf16 => lc.utf16_column,
        Encoding::Utf8 => {
            let start = file.offset_of_utf16(line, 0).unwrap_or(0);
            let mut offset = offset.min(u32::try_from(file.text.len()).unwrap_or(u32::MAX));
            while !file.text.is_char_boundary(offset as usize) {
                offset -= 1;
            }
            offset.saturating_sub(start)
        }
    };
    Position { line, character }
}

pub fn range(file: &SourceFile, span: Span, enc: Encoding) -> Range {
    Range {
        start: position(file, span.start, enc),
        end: position(file, span.end, enc),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pol::source::{FileId, Origin};
    use std::sync::Arc;

    fn file(text: &str) -> SourceFile {
        SourceFile::new(
            FileId(0),
            "t".into(),
            Origin::User {
                path: "t.pol".into(),
            },
            Arc::from(text),
        )
    }

    #[test]
    fn utf16_and_utf8_columns_after_chinese_and_emoji() {
        let f = file("a\n手机😀x\n");
        let x = 2 + 3 + 3 + 4;
        let utf16 = Position::new(1, 4);
        let utf8 = Position::new(1, 10);
        assert_eq!(offset(&f, utf16, Encoding::Utf16), x);
        assert_eq!(offset(&f, utf8, Encoding::Utf8), x);
        assert_eq!(position(&f, x, Encoding::Utf16), utf16);
        assert_eq!(position(&f, x, Encoding::Utf8), utf8);
        // Past the end of a line clamps to it; past the last line, to the end of the file.
        assert_eq!(offset(&f, Position::new(0, 99), Encoding::Utf16), 1);
        assert_eq!(offset(&f, Position::new(9, 0), Encoding::Utf16), 14);
        // Inside a character (UTF-8) moves back to its start.
        assert_eq!(offset(&f, Position::new(1, 1), Encoding::Utf8), 2);
    }
}
