//! The source map: every text the compiler reads, with a stable [`FileId`] and byte spans.
//!
//! Spans are byte ranges everywhere inside the compiler. Lines, character columns and UTF-16
//! columns exist only here, for renderers and the language server, computed with `line-index`
//! (rust-analyzer's per-line wide-character table), so Chinese text costs nothing extra.
//! This module never touches the disk: loading files is [`crate::project`]'s job.

use std::sync::Arc;

use line_index::{LineIndex, TextSize, WideEncoding};

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
    lines: LineIndex,
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
        let lines = LineIndex::new(&text);
        SourceFile {
            id,
            name,
            origin,
            text,
            lines,
        }
    }

    /// The line and columns of a byte offset. Offsets past the end or inside a multi-byte
    /// character are moved back to the nearest character boundary, never a panic.
    pub fn line_col(&self, offset: u32) -> LineCol {
        let mut offset = (offset as usize).min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let size = TextSize::new(to_u32(offset));
        let lc = self.lines.line_col(size);
        let mut line_start = offset - lc.col as usize;
        // A byte-order mark is not part of the text an editor shows: columns on the first
        // line start after it, as editors and the language server protocol count them.
        if line_start == 0 && self.text.starts_with(BOM) && offset >= BOM.len_utf8() {
            line_start = BOM.len_utf8();
        }
        let prefix = self.text.get(line_start..offset).unwrap_or("");
        LineCol {
            line: lc.line + 1,
            column: to_u32(prefix.chars().count()) + 1,
            utf16_column: to_u32(prefix.encode_utf16().count()),
        }
    }

    /// The byte offset of a 0-based line and UTF-16 column (what the language server sends).
    /// Positions past a line's end clamp to the end of that line.
    pub fn offset_of_utf16(&self, line: u32, utf16_col: u32) -> Option<u32> {
        // Columns on the first line do not count a byte-order mark (see `line_col`).
        let bom = u32::from(line == 0 && self.text.starts_with(BOM));
        let wide = line_index::WideLineCol {
            line,
            col: utf16_col + bom,
        };
        let lc = self.lines.to_utf8(WideEncoding::Utf16, wide)?;
        self.lines.offset(lc).map(u32::from)
    }

    /// The text of the 1-based line, without its line break.
    pub fn line_text(&self, line: u32) -> &str {
        self.text
            .lines()
            .nth(line.saturating_sub(1) as usize)
            .unwrap_or("")
    }
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
}
