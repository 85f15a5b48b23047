//! Lines and columns of one text, built once and answered in constant or logarithmic time.
//!
//! How pol counts lines (docs/language.md, "Lines"): a line ends at `\n`, `\r\n` or a lone
//! `\r` — exactly the lexer's `Newline` token and the end-of-line sequences of the language
//! server protocol. U+2028, U+2029, NEL (U+0085), VT and FF do not end a line.
//!
//! Columns need the number of characters (and UTF-16 units) before an offset. Counting them
//! from the start of the line for every position is quadratic on a long line (a minified or
//! junk file is one line), so the table keeps, for every block of [`BLOCK`] bytes, the count
//! of characters and UTF-16 units before it; a lookup counts at most one block.

/// Bytes per checkpoint: 8 bytes of table per 256 bytes of text, at most 256 bytes scanned
/// per lookup.
const BLOCK: usize = 256;

#[derive(Debug, Default)]
pub struct LineTable {
    /// The byte offset at which each line starts; the first is 0.
    starts: Vec<u32>,
    /// Characters before byte `i * BLOCK`.
    block_chars: Vec<u32>,
    /// UTF-16 code units before byte `i * BLOCK`.
    block_utf16: Vec<u32>,
}

/// A UTF-8 leading byte (not a continuation byte) starts a character.
fn starts_char(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// A four-byte character is two UTF-16 units.
fn is_four_byte_lead(b: u8) -> bool {
    b >= 0xF0
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl LineTable {
    pub fn new(text: &str) -> LineTable {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut iter = bytes.iter().enumerate().peekable();
        while let Some((at, &b)) = iter.next() {
            match b {
                b'\n' => starts.push(to_u32(at + 1)),
                // `\r\n` is one break, at its `\n`; a lone `\r` is a break of its own.
                b'\r' if iter.peek().is_some_and(|(_, &n)| n == b'\n') => {}
                b'\r' => starts.push(to_u32(at + 1)),
                _ => {}
            }
        }
        let blocks = bytes.len() / BLOCK + 1;
        let mut block_chars = Vec::with_capacity(blocks);
        let mut block_utf16 = Vec::with_capacity(blocks);
        let (mut chars, mut utf16) = (0u32, 0u32);
        for chunk in bytes.chunks(BLOCK) {
            block_chars.push(chars);
            block_utf16.push(utf16);
            for &b in chunk {
                if starts_char(b) {
                    chars += 1;
                    utf16 += 1 + u32::from(is_four_byte_lead(b));
                }
            }
        }
        if bytes.len() % BLOCK == 0 {
            // The block that starts at the end of the text (possibly the only one).
            block_chars.push(chars);
            block_utf16.push(utf16);
        }
        LineTable {
            starts,
            block_chars,
            block_utf16,
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The 0-based line holding byte `offset`.
    pub fn line_of(&self, offset: u32) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// The byte offset at which the 0-based `line` starts.
    pub fn line_start(&self, line: usize) -> Option<u32> {
        self.starts.get(line).copied()
    }

    /// Characters and UTF-16 units before byte `offset` (a character boundary of `text`).
    pub fn counts(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(text.len());
        let block = offset / BLOCK;
        let (mut chars, mut utf16) = (
            self.block_chars.get(block).copied().unwrap_or(0),
            self.block_utf16.get(block).copied().unwrap_or(0),
        );
        for &b in text.as_bytes().get(block * BLOCK..offset).unwrap_or(&[]) {
            if starts_char(b) {
                chars += 1;
                utf16 += 1 + u32::from(is_four_byte_lead(b));
            }
        }
        (chars, utf16)
    }

    /// The number of characters before byte `offset`.
    pub fn char_offset(&self, text: &str, offset: usize) -> usize {
        self.counts(text, offset).0 as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_are_lf_crlf_and_cr_only() {
        let text = "a\nb\r\nc\rd\u{2028}e\u{85}f\x0Bg\x0Ch\u{2029}i";
        let t = LineTable::new(text);
        assert_eq!(t.line_count(), 4);
        assert_eq!(t.line_of(text.find('d').unwrap() as u32), 3);
        assert_eq!(t.line_of(text.find('i').unwrap() as u32), 3);
        assert_eq!(t.line_of(text.find('c').unwrap() as u32), 2);
        // The `\n` of a CRLF belongs to the line it ends.
        assert_eq!(t.line_of(4), 1);
    }

    #[test]
    fn counts_match_a_scan_from_the_start_at_every_offset() {
        let unit = "ab手😀\n机é";
        let text: String = unit.repeat(200);
        let t = LineTable::new(&text);
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let prefix = &text[..offset];
            assert_eq!(
                t.counts(&text, offset),
                (
                    prefix.chars().count() as u32,
                    prefix.encode_utf16().count() as u32
                ),
                "at {offset}"
            );
        }
    }

    #[test]
    fn empty_and_block_sized_texts() {
        let t = LineTable::new("");
        assert_eq!(t.counts("", 0), (0, 0));
        assert_eq!(t.line_count(), 1);
        let text = "x".repeat(BLOCK * 2);
        let t = LineTable::new(&text);
        assert_eq!(t.counts(&text, text.len()), (512, 512));
    }
}
