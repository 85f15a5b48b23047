//! The source map: every text the compiler reads, with a stable [`FileId`] and byte spans.
//!
//! Spans are byte ranges everywhere inside the compiler. Lines, character columns and UTF-16
//! columns exist only here, for renderers and the language server, from one [`LineTable`] per
//! file, built once: every lookup is logarithmic, whatever the length of the line.
//! This module never touches the disk: loading files is [`crate::project`]'s job.

mod lines;

use std::sync::Arc;

pub use lines::LineTable;

const BOM: char = '\u{FEFF}';

/// Identifies one source text in a [`SourceDb`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A byte range in one file. `Copy` and small, so every syntax node and diagnostic carries one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: usize, end: usize) -> Span {
        Span {
            file,
            start: to_u32(start),
            end: to_u32(end.max(start)),
        }
    }

    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The smallest span that covers both (which must be in the same file).
    pub fn cover(self, other: Span) -> Span {
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn contains(&self, offset: u32) -> bool {
        self.start <= offset && offset <= self.end
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Where a source text comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A module of the standard library, embedded in the binary (`std::pipl`).
    Stdlib { module: String },
    /// A file of the user's project, by its path on disk (or as the editor names it).
    User { path: std::path::PathBuf },
}

/// One source text and its line table.
#[derive(Debug)]
pub struct SourceFile {
    pub id: FileId,
    /// The name shown to people: a path relative to where `polc` was run, or `std/pipl.pol`.
    pub name: String,
    pub origin: Origin,
    pub text: Arc<str>,
    /// Built on first use: a clean check never shows a line, and building the table was a
    /// sixtieth of `polc check`.
    lines: std::sync::OnceLock<LineTable>,
}

/// A 1-based line and column, the way editors and people count.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LineCol {
    pub line: u32,
    /// 1-based column in Unicode scalar values (characters).
    pub column: u32,
    /// 0-based column in UTF-16 code units, as the language server protocol counts.
    pub utf16_column: u32,
}

impl SourceFile {
    pub fn new(id: FileId, name: String, origin: Origin, text: Arc<str>) -> SourceFile {
        SourceFile {
            id,
            name,
            origin,
            text,
            lines: std::sync::OnceLock::new(),
        }
    }

    fn lines(&self) -> &LineTable {
        self.lines.get_or_init(|| LineTable::new(&self.text))
    }

    /// The line and columns of a byte offset. Offsets past the end or inside a multi-byte
    /// character are moved back to the nearest character boundary, never a panic. Lines end
    /// at `\n`, `\r\n` and a lone `\r`, as the lexer and the language server protocol count.
    pub fn line_col(&self, offset: u32) -> LineCol {
        let offset = self.boundary(offset as usize);
        let line = self.lines().line_of(to_u32(offset));
        let mut line_start = self.lines().line_start(line).unwrap_or(0) as usize;
        // A byte-order mark is not part of the text an editor shows: columns on the first
        // line start after it, as editors and the language server protocol count them.
        if line_start == 0 && self.text.starts_with(BOM) && offset >= BOM.len_utf8() {
            line_start = BOM.len_utf8();
        }
        let (start_chars, start_utf16) = self.lines().counts(&self.text, line_start);
        let (chars, utf16) = self.lines().counts(&self.text, offset);
        LineCol {
            line: to_u32(line) + 1,
            column: chars.saturating_sub(start_chars) + 1,
            utf16_column: utf16.saturating_sub(start_utf16),
        }
    }

    /// The number of characters before a byte offset (moved back to a character boundary),
    /// without counting from the start of the file.
    pub fn char_offset(&self, offset: u32) -> usize {
        let offset = self.boundary(offset as usize);
        self.lines().char_offset(&self.text, offset)
    }

    /// The number of characters of the line that holds byte `offset`, its line break included.
    pub fn line_len_chars(&self, offset: u32) -> usize {
        let line = self.lines().line_of(to_u32(self.boundary(offset as usize)));
        let start = self.lines().line_start(line).unwrap_or(0) as usize;
        let end = self
            .lines()
            .line_start(line + 1)
            .map_or(self.text.len(), |n| n as usize);
        let (a, _) = self.lines().counts(&self.text, start);
        let (b, _) = self.lines().counts(&self.text, end);
        b.saturating_sub(a) as usize
    }

    /// The offset, clamped to the text and moved back to a character boundary.
    fn boundary(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// The byte range of the 0-based line, without its line break; `None` past the last line.
    fn line_range(&self, line: u32) -> Option<std::ops::Range<usize>> {
        let start = self.lines().line_start(line as usize)? as usize;
        let next = self
            .lines()
            .line_start(line as usize + 1)
            .map_or(self.text.len(), |n| n as usize);
        let body = self.text.get(start..next).unwrap_or("");
        let body = body.strip_suffix('\n').unwrap_or(body);
        let body = body.strip_suffix('\r').unwrap_or(body);
        Some(start..start + body.len())
    }

    /// The byte offset of a 0-based line and UTF-16 column (what the language server sends).
    /// Positions past a line's end clamp to the end of that line; `None` past the last line.
    pub fn offset_of_utf16(&self, line: u32, utf16_col: u32) -> Option<u32> {
        let range = self.line_range(line)?;
        let mut at = range.start;
        // Columns on the first line do not count a byte-order mark (see `line_col`).
        if at == 0 && self.text.starts_with(BOM) {
            at = BOM.len_utf8();
        }
        let mut units = 0;
        for c in self.text.get(at..range.end).unwrap_or("").chars() {
            if units >= utf16_col {
                break;
            }
            units += to_u32(c.len_utf16());
            at += c.len_utf8();
        }
        Some(to_u32(at))
    }

    /// The text of the 1-based line, without its line break.
    pub fn line_text(&self, line: u32) -> &str {
        self.line_range(line.saturating_sub(1))
            .and_then(|r| self.text.get(r))
            .unwrap_or("")
    }
}

/// Whether `c` is a Unicode bidirectional formatting character: the embeddings, overrides
/// and isolates (U+202A-U+202E, U+2066-U+2069) and the invisible marks (U+200E, U+200F,
/// U+061C). In source text they make an editor show characters in another order than the
/// compiler reads them ("Trojan Source", CVE-2021-42574).
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// Every source text of one compilation: the user's files and the stdlib modules they use.
#[derive(Debug, Default)]
pub struct SourceDb {
    files: Vec<SourceFile>,
}

impl SourceDb {
    pub fn new() -> SourceDb {
        SourceDb::default()
    }

    pub fn add(&mut self, name: String, origin: Origin, text: Arc<str>) -> FileId {
        let id = FileId(to_u32(self.files.len()));
        self.files.push(SourceFile::new(id, name, origin, text));
        id
    }

    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    /// The file's name, or `<unknown>` for an id from another database.
    pub fn name(&self, id: FileId) -> &str {
        self.get(id).map(|f| f.name.as_str()).unwrap_or("<unknown>")
    }

    pub fn text(&self, span: Span) -> &str {
        self.get(span.file)
            .and_then(|f| f.text.get(span.range()))
            .unwrap_or("")
    }

    pub fn files(&self) -> impl Iterator<Item = &SourceFile> {
        self.files.iter()
    }

    pub fn find_by_origin(&self, origin: &Origin) -> Option<FileId> {
        self.files
            .iter()
            .find(|f| &f.origin == origin)
            .map(|f| f.id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_and_utf16_units() {
        let text: Arc<str> = Arc::from("ab\n手机😀x\n");
        let f = SourceFile::new(
            FileId(0),
            "t".into(),
            Origin::Stdlib { module: "t".into() },
            text,
        );
        // `x` sits after two CJK characters (3 bytes each) and one emoji (4 bytes, 2 UTF-16 units).
        let x = 3 + 3 + 3 + 4;
        assert_eq!(
            f.line_col(x),
            LineCol {
                line: 2,
                column: 4,
                utf16_column: 4
            }
        );
        assert_eq!(f.offset_of_utf16(1, 4), Some(x));
        // An offset inside a multi-byte character moves back to its start.
        assert_eq!(f.line_col(4).column, 1);
        assert_eq!(f.line_text(2), "手机😀x");
    }

    #[test]
    fn columns_on_the_first_line_start_after_a_bom() {
        let text: Arc<str> = Arc::from("\u{FEFF}ab\nc");
        let f = SourceFile::new(
            FileId(0),
            "t".into(),
            Origin::Stdlib { module: "t".into() },
            text,
        );
        let b = 3 + 1;
        assert_eq!(
            f.line_col(b),
            LineCol {
                line: 1,
                column: 2,
                utf16_column: 1
            }
        );
        assert_eq!(f.offset_of_utf16(0, 1), Some(b));
        assert_eq!(
            f.line_col(6),
            LineCol {
                line: 2,
                column: 1,
                utf16_column: 0
            }
        );
    }

    #[test]
    fn crlf_lines() {
        let text: Arc<str> = Arc::from("a\r\nb");
        let f = SourceFile::new(
            FileId(0),
            "t".into(),
            Origin::Stdlib { module: "t".into() },
            text,
        );
        assert_eq!(f.line_col(3).line, 2);
        assert_eq!(f.line_col(3).column, 1);
    }

    /// The language's line breaks are `\n`, `\r\n` and `\r`; U+2028, U+2029, NEL, VT and FF
    /// are characters on a line, for the lexer, the renderers and the language server alike.
    #[test]
    fn only_lf_crlf_and_cr_end_a_line() {
        let text: Arc<str> = Arc::from("a\rb\u{2028}c\u{85}d\x0Be\x0Cf\u{2029}g\nh");
        let f = SourceFile::new(
            FileId(0),
            "t".into(),
            Origin::Stdlib { module: "t".into() },
            text.clone(),
        );
        let g = text.find('g').unwrap() as u32;
        assert_eq!(f.line_col(g).line, 2);
        assert_eq!(f.line_col(g).column, 11);
        assert_eq!(f.line_col(g).utf16_column, 10);
        assert_eq!(f.offset_of_utf16(1, 10), Some(g));
        assert_eq!(f.line_text(1), "a");
        assert_eq!(f.line_text(3), "h");
        assert_eq!(f.offset_of_utf16(2, 99), Some(text.len() as u32));
        assert_eq!(f.offset_of_utf16(3, 0), None);
        assert_eq!(f.char_offset(g), 12);
    }
}
