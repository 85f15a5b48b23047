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

/// Protocol positions over a rope: every conversion is O(log n), however long the text or
/// its lines. The same answers as [`offset`] and [`position`] over a [`SourceFile`] (lines end
/// at `\n`, columns on the first line start after a byte-order mark), except that a lone `\r`
/// inside a line does not end it for clamping.
pub mod rope {
    use super::{Encoding, Position};
    use ropey::Rope;

    const BOM: char = '\u{feff}';

    /// The char index where columns of `line` start.
    fn line_start(rope: &Rope, line: usize) -> Option<usize> {
        let start = rope.try_line_to_char(line).ok()?;
        Some(if line == 0 && rope.get_char(0) == Some(BOM) {
            1
        } else {
            start
        })
    }

    /// The char index where `line`'s text ends (before its `\n`, and a `\r` before that).
    fn line_end(rope: &Rope, line: usize, start: usize) -> usize {
        let mut end = rope
            .try_line_to_char(line + 1)
            .unwrap_or_else(|_| rope.len_chars());
        // The line's break (LF, CRLF or a lone CR) is not part of it.
        if end > start && rope.get_char(end - 1) == Some('\n') {
            end -= 1;
        }
        if end > start && rope.get_char(end - 1) == Some('\r') {
            end -= 1;
        }
        end
    }

    /// The byte offset of a position; past the end of a line means the end of that line,
    /// past the last line the end of the text.
    pub fn offset(rope: &Rope, pos: Position, enc: Encoding) -> usize {
        let line = pos.line as usize;
        let Some(start) = line_start(rope, line) else {
            return rope.len_bytes();
        };
        let end = line_end(rope, line, start);
        let char_at = match enc {
            Encoding::Utf16 => {
                let cu = |c: usize| rope.try_char_to_utf16_cu(c).unwrap_or(0);
                let want = cu(start)
                    .saturating_add(pos.character as usize)
                    .min(cu(end));
                rope.try_utf16_cu_to_char(want).unwrap_or(end).min(end)
            }
            Encoding::Utf8 => {
                let byte = |c: usize| rope.try_char_to_byte(c).unwrap_or(0);
                let want = byte(start)
                    .saturating_add(pos.character as usize)
                    .min(byte(end));
                // A byte inside a character counts as that character's start.
                rope.try_byte_to_char(want).unwrap_or(end).min(end)
            }
        };
        rope.try_char_to_byte(char_at).unwrap_or(rope.len_bytes())
    }

    /// The position of a byte offset (past the end: the end; inside a character: its start).
    pub fn position(rope: &Rope, offset: usize, enc: Encoding) -> Position {
        let c = rope
            .try_byte_to_char(offset.min(rope.len_bytes()))
            .unwrap_or(0);
        let line = rope.try_char_to_line(c).unwrap_or(0);
        let start = line_start(rope, line).unwrap_or(0).min(c);
        let width = match enc {
            Encoding::Utf16 => {
                let cu = |c: usize| rope.try_char_to_utf16_cu(c).unwrap_or(0);
                cu(c) - cu(start)
            }
            Encoding::Utf8 => {
                let byte = |c: usize| rope.try_char_to_byte(c).unwrap_or(0);
                byte(c) - byte(start)
            }
        };
        Position {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            character: u32::try_from(width).unwrap_or(u32::MAX),
        }
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

    /// The rope conversions agree with the compiler's line table on every byte offset and
    /// every position of texts with CRLF, a byte-order mark, Chinese, emoji, other line
    /// separators and positions past the end.
    #[test]
    fn rope_conversions_agree_with_the_source_file() {
        let texts = [
            "a\n手机😀x\n",
            "\u{feff}ab\r\n😀\r\n\r\nz",
            "one line, no break 😀😀",
            "\n\n\u{2028}x\u{85}y\u{b}\u{c}z\n",
            // A lone CR ends a line, in the compiler and so in the rope.
            "a\rb\r\nc\r手\r",
            "",
            "\u{feff}",
        ];
        for text in texts {
            let f = file(text);
            let r = ropey::Rope::from_str(text);
            for enc in [Encoding::Utf16, Encoding::Utf8] {
                for o in 0..=text.len() as u32 + 2 {
                    assert_eq!(
                        rope::position(&r, o as usize, enc),
                        position(&f, o, enc),
                        "{text:?} {o} {enc:?}"
                    );
                }
                for line in 0..6 {
                    for character in 0..12 {
                        let p = Position::new(line, character);
                        let old = offset(&f, p, enc);
                        let new = rope::offset(&r, p, enc);
                        // A UTF-16 column inside a surrogate pair names no character: the
                        // rope moves back to the character's start, the line table past it.
                        let inside_pair = (new as u32) < old
                            && text.get(new..old as usize).is_some_and(|s| {
                                let mut c = s.chars();
                                matches!((c.next(), c.next()), (Some(ch), None) if ch.len_utf16() == 2)
                            });
                        if inside_pair {
                            assert_eq!(enc, Encoding::Utf16, "{text:?} {p:?}");
                        } else if text.is_char_boundary(old as usize) {
                            assert_eq!(new as u32, old, "{text:?} {p:?} {enc:?}");
                        } else {
                            // A UTF-16 column inside a surrogate pair: the rope moves back to
                            // the character's start, where the line table gave a byte inside.
                            assert!(text.is_char_boundary(new) && new as u32 <= old);
                        }
                    }
                }
            }
        }
    }
}
