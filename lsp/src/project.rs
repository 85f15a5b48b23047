//! Open documents, the projects they belong to, and each project's latest analysis.
//!
//! A project is what `polc check` would be given: the nearest directory (up to a few levels
//! up) holding `pol.toml` or `policy.pol`, else the file alone; a document that is not a file
//! (`untitled:`) is a project of its own. The editor's texts are overlays over the disk.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use lsp_types as lt;
use pol::diag::{Diagnostic, Lang, Severity};
use pol::fsio;
use pol::source::{FileId, Origin, SourceFile};
use pol::{Analysis, Workspace};
use ropey::Rope;

use crate::position::{self, Encoding};

/// An open document. Its text is a rope, so an edit costs O(log n) however large the file
/// ([`Doc::edit`]); the flat string the compiler reads is made once per analysis, not once
/// per keystroke.
pub struct Doc {
    rope: Rope,
    /// Shared with the workspace the compiler reads, so an analysis copies no text.
    flat: OnceCell<Arc<str>>,
    pub version: i32,
    pub key: Key,
}

impl Doc {
    pub fn new(text: &str, version: i32, key: Key) -> Doc {
        Doc {
            rope: Rope::from_str(text),
            flat: OnceCell::new(),
            version,
            key,
        }
    }

    /// The whole text, as the compiler reads it.
    pub fn text(&self) -> &str {
        self.shared()
    }

    /// The whole text, shared (made once per edit, not once per analysis).
    pub fn shared(&self) -> &Arc<str> {
        self.flat.get_or_init(|| Arc::from(self.rope.to_string()))
    }

    pub fn replace_all(&mut self, text: &str) {
        self.rope = Rope::from_str(text);
        self.flat = OnceCell::new();
    }

    /// Replaces a range given in protocol positions (relative to the text before this edit;
    /// clamped to it). Only the rope's nodes along the edit change: no rescan of the text,
    /// no rebuilt line table.
    pub fn edit(&mut self, range: lt::Range, text: &str, enc: Encoding) {
        let a = position::rope::offset(&self.rope, range.start, enc);
        let b = position::rope::offset(&self.rope, range.end, enc);
        let (a, b) = (a.min(b), a.max(b));
        let (Ok(a), Ok(b)) = (self.rope.try_byte_to_char(a), self.rope.try_byte_to_char(b)) else {
            return;
        };
        if self.rope.try_remove(a..b).is_ok() {
            let _ = self.rope.try_insert(a, text);
        }
        self.flat = OnceCell::new();
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    /// A project directory (with `pol.toml` or `policy.pol`).
    Dir(PathBuf),
    /// One file on its own.
    File(PathBuf),
    /// A document with no file behind it, by URI.
    Virtual(String),
}

#[derive(Default)]
pub struct Project {
    pub analysis: Option<Arc<Analysis>>,
    /// Edited since `analysis` was made.
    dirty: bool,
    /// `analysis` is newer than the diagnostics last published. A request may analyze a
    /// project before the debounce fires; its diagnostics must still be published then.
    unpublished: bool,
    /// URIs given diagnostics last time, so they can be cleared.
    published: HashSet<String>,
}

#[derive(Default)]
pub struct Projects {
    map: HashMap<Key, Project>,
}

/// How many directories up to look for the project a file belongs to.
const SEARCH_UP: usize = 6;

pub fn key_for(uri: &str) -> Key {
    let Some(path) = uri_to_path(uri) else {
        return Key::Virtual(uri.to_string());
    };
    if is_stdlib_copy(&path) {
        return Key::File(path);
    }
    for dir in path.ancestors().skip(1).take(SEARCH_UP) {
        if dir.join(pol::project::MANIFEST).is_file() {
            return Key::Dir(dir.to_path_buf());
        }
    }
    if let Some(dir) = path.parent() {
        if dir.join(pol::project::DEFAULT_ENTRY).is_file() {
            return Key::Dir(dir.to_path_buf());
        }
    }
    Key::File(path)
}

impl Projects {
    /// Marks the project of a document as changed (creating it when new), and every other
    /// project that has read that document.
    pub fn touch(&mut self, key: &Key, uri: &str) {
        self.map.entry(key.clone()).or_default().dirty = true;
        let path = uri_to_path(uri);
        for project in self.map.values_mut() {
            let reads = project.analysis.as_ref().is_some_and(|a| match &path {
                Some(p) => a.file_by_path(p).is_some(),
                None => false,
            });
            if reads {
                project.dirty = true;
            }
        }
    }

    pub fn invalidate_all(&mut self) {
        for p in self.map.values_mut() {
            p.dirty = true;
            p.analysis = None;
        }
    }

    /// Whether a project was edited since its analysis.
    pub fn is_dirty(&self, key: &Key) -> bool {
        self.map.get(key).is_some_and(|p| p.dirty)
    }

    pub fn dirty_keys(&self) -> Vec<Key> {
        self.keys_where(|p| p.dirty)
    }

    /// Projects whose diagnostics are out of date: edited, or analyzed but not published.
    pub fn unpublished_keys(&self) -> Vec<Key> {
        self.keys_where(|p| p.dirty || p.unpublished)
    }

    fn keys_where(&self, pick: impl Fn(&Project) -> bool) -> Vec<Key> {
        let mut keys: Vec<Key> = self
            .map
            .iter()
            .filter(|(_, p)| pick(p))
            .map(|(k, _)| k.clone())
            .collect();
        keys.sort_by_key(|k| format!("{k:?}"));
        keys
    }

    /// Re-analyzes a project from the documents and the disk.
    pub fn refresh(&mut self, key: &Key, docs: &HashMap<String, Doc>) {
        let analysis = workspace(key, docs).map(|ws| Arc::new(ws.analyze()));
        let project = self.map.entry(key.clone()).or_default();
        let old = std::mem::replace(&mut project.analysis, analysis);
        project.dirty = false;
        project.unpublished = true;
        // Freeing a large analysis (trees, the typed model, diagnostics) takes milliseconds
        // that the editor would otherwise wait for: free it off the request path.
        if let Some(old) = old {
            std::thread::spawn(move || drop(old));
        }
    }

    /// The newest analysis of a project, analyzing first if it has pending edits.
    pub fn fresh(&mut self, key: &Key, docs: &HashMap<String, Doc>) -> Option<Arc<Analysis>> {
        let needs = self
            .map
            .get(key)
            .is_none_or(|p| p.dirty || p.analysis.is_none());
        if needs {
            self.refresh(key, docs);
        }
        self.map.get(key).and_then(|p| p.analysis.clone())
    }

    /// Every analysis at hand (for workspace symbols).
    pub fn analyses(&self) -> Vec<Arc<Analysis>> {
        self.map
            .values()
            .filter_map(|p| p.analysis.clone())
            .collect()
    }

    /// Diagnostics to publish, by URI: one entry per user file of the project (an empty list
    /// clears a file's old diagnostics). At most `cap` per file (0: no cap), the first by
    /// position, then one more saying how many were left out: a file of junk has tens of
    /// thousands, which no editor can show usefully, in one message of megabytes.
    pub fn diagnostics(
        &mut self,
        key: &Key,
        enc: Encoding,
        cap: usize,
        lang: Option<Lang>,
    ) -> Vec<(String, Vec<lt::Diagnostic>)> {
        let Some(project) = self.map.get_mut(key) else {
            return Vec::new();
        };
        project.unpublished = false;
        let mut out: Vec<(String, Vec<lt::Diagnostic>)> = Vec::new();
        let mut now = HashSet::new();
        if let Some(a) = &project.analysis {
            let mut by_file: HashMap<FileId, Vec<&Diagnostic>> = HashMap::new();
            for d in &a.diagnostics {
                by_file.entry(d.primary.span.file).or_default().push(d);
            }
            let mut ranges = Ranges::new(a, enc);
            for file in a.db.files() {
                let Origin::User { path } = &file.origin else {
                    continue;
                };
                // The stdlib's own files, opened from a definition, are not the author's to fix.
                if is_stdlib_copy(path) {
                    continue;
                }
                let uri = file_uri(a, file.id);
                let mut diags = by_file.remove(&file.id).unwrap_or_default();
                diags.sort_by_key(|d| (d.primary.span.start, d.primary.span.end));
                let shown = if cap == 0 {
                    diags.len()
                } else {
                    cap.min(diags.len())
                };
                let (first, rest) = diags.split_at(shown);
                let mut list: Vec<lt::Diagnostic> = first
                    .iter()
                    .map(|d| convert(a, d, lang, &mut |span| ranges.range(span)))
                    .collect();
                if let Some(next) = rest.first() {
                    let range = ranges.range(next.primary.span).unwrap_or_default();
                    list.push(left_out(range, rest, shown));
                }
                now.insert(uri.clone());
                out.push((uri, list));
            }
        }
        for gone in project.published.difference(&now) {
            out.push((gone.clone(), Vec::new()));
        }
        project.published = now;
        out
    }
}

/// The one diagnostic that stands for those past the cap: at the first of them, as severe
/// as the worst of them.
fn left_out(range: lt::Range, rest: &[&Diagnostic], shown: usize) -> lt::Diagnostic {
    let severity = if rest.iter().any(|d| d.severity == Severity::Error) {
        lt::DiagnosticSeverity::ERROR
    } else if rest.iter().any(|d| d.severity == Severity::Warning) {
        lt::DiagnosticSeverity::WARNING
    } else {
        lt::DiagnosticSeverity::INFORMATION
    };
    let n = rest.len();
    lt::Diagnostic {
        range,
        severity: Some(severity),
        source: Some("pol".into()),
        message: format!(
            "{n} more diagnostics in this file are not shown: the editor gets the first {shown} \
             (`maxDiagnosticsPerFile` in the initialization options); `polc check` lists them all\n\
             此文件还有 {n} 条诊断未显示：编辑器只收到前 {shown} 条（初始化选项 \
             `maxDiagnosticsPerFile`）；`polc check` 会全部列出"
        ),
        ..Default::default()
    }
}

/// Protocol ranges of spans, through one rope per file: O(log n) each, where the source
/// file's own conversion counts columns from the start of the line (tens of thousands of
/// diagnostics on one long line of junk made that quadratic).
struct Ranges<'a> {
    a: &'a Analysis,
    enc: Encoding,
    ropes: HashMap<FileId, Rope>,
}

impl<'a> Ranges<'a> {
    fn new(a: &'a Analysis, enc: Encoding) -> Ranges<'a> {
        Ranges {
            a,
            enc,
            ropes: HashMap::new(),
        }
    }

    fn range(&mut self, span: pol::source::Span) -> Option<lt::Range> {
        let file = self.a.db.get(span.file)?;
        let rope = self
            .ropes
            .entry(span.file)
            .or_insert_with(|| Rope::from_str(&file.text));
        Some(lt::Range {
            start: position::rope::position(rope, span.start as usize, self.enc),
            end: position::rope::position(rope, span.end as usize, self.enc),
        })
    }
}

fn workspace(key: &Key, docs: &HashMap<String, Doc>) -> Option<Workspace> {
    let text_of = |path: &Path| {
        docs.iter()
            .find(|(uri, _)| uri_to_path(uri).as_deref() == Some(path))
            .map(|(_, d)| d.text())
    };
    let mut ws = match key {
        Key::Virtual(uri) => {
            return docs
                .get(uri)
                .map(|d| Workspace::from_shared(uri, Arc::clone(d.shared())))
        }
        Key::Dir(dir) => Workspace::open(dir).ok()?,
        Key::File(path) => match Workspace::open(path) {
            Ok(ws) => ws,
            Err(_) => Workspace::from_text(&path.to_string_lossy(), text_of(path)?),
        },
    };
    for (uri, doc) in docs {
        if let Some(path) = uri_to_path(uri) {
            ws.set_overlay_shared(path, Arc::clone(doc.shared()));
        }
    }
    Some(ws)
}

pub fn to_lsp(a: &Analysis, d: &Diagnostic, enc: Encoding, lang: Option<Lang>) -> lt::Diagnostic {
    convert(a, d, lang, &mut |span| span_range(a, span, enc))
}

/// A text in the client's language, or both (English first) when it did not say one.
pub fn in_lang(m: &pol::diag::Message, lang: Option<Lang>, sep: &str) -> String {
    match lang {
        Some(l) => m.get(l).to_string(),
        None => format!("{}{sep}{}", m.en(), m.zh()),
    }
}

fn convert(
    a: &Analysis,
    d: &Diagnostic,
    lang: Option<Lang>,
    range_of: &mut dyn FnMut(pol::source::Span) -> Option<lt::Range>,
) -> lt::Diagnostic {
    let range = range_of(d.primary.span).unwrap_or_default();
    let mut message = in_lang(&d.message, lang, "\n");
    if let Some(help) = &d.help {
        message.push_str(&match lang {
            Some(Lang::En) => format!("\nhelp: {}", help.en()),
            Some(Lang::Zh) => format!("\n帮助：{}", help.zh()),
            None => format!("\nhelp: {}\n提示：{}", help.en(), help.zh()),
        });
    }
    let related: Vec<lt::DiagnosticRelatedInformation> = d
        .related
        .iter()
        .filter_map(|l| {
            let uri = file_uri(a, l.span.file).parse::<lt::Uri>().ok()?;
            let range = range_of(l.span)?;
            let message = l
                .message
                .as_ref()
                .map(|m| in_lang(m, lang, " / "))
                .unwrap_or_default();
            Some(lt::DiagnosticRelatedInformation {
                location: lt::Location { uri, range },
                message,
            })
        })
        .collect();
    lt::Diagnostic {
        range,
        severity: Some(match d.severity {
            Severity::Error => lt::DiagnosticSeverity::ERROR,
            Severity::Warning => lt::DiagnosticSeverity::WARNING,
            Severity::Note => lt::DiagnosticSeverity::INFORMATION,
        }),
        code: Some(lt::NumberOrString::String(d.code.as_str().to_string())),
        source: Some("pol".into()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..Default::default()
    }
}

pub fn span_range(a: &Analysis, span: pol::source::Span, enc: Encoding) -> Option<lt::Range> {
    let file = a.db.get(span.file)?;
    Some(position::range(file, span, enc))
}

pub fn source(a: &Analysis, file: FileId) -> Option<&SourceFile> {
    a.db.get(file)
}

/// The URI an editor knows a file of the analysis by. Stdlib modules are written out as
/// files in a private directory (see [`stdlib_dir`]), so every editor can open them without
/// a custom URI scheme.
pub fn file_uri(a: &Analysis, file: FileId) -> String {
    let Some(f) = a.db.get(file) else {
        return String::new();
    };
    match &f.origin {
        Origin::User { path } if path.is_absolute() => path_to_uri(path),
        Origin::User { path } => path.to_string_lossy().into_owned(),
        Origin::Stdlib { .. } => stdlib_file(&f.name, &f.text)
            .map(|p| path_to_uri(&p))
            .unwrap_or_default(),
    }
}

/// The directory the stdlib's files are served from: one per server process, created on
/// first use by tempfile under the temp directory with an unpredictable name and mode 0700,
/// so no other user can read its name in advance, plant a file or symlink in it, or swap it.
/// (A fixed shared path such as `$TMPDIR/pol-std-<version>` could be prepared by anyone.)
/// [`remove_stdlib_dir`] deletes it when the server exits.
static STDLIB_DIR: Mutex<Option<tempfile::TempDir>> = Mutex::new(None);

/// The stdlib directory, created if needed; `None` when it cannot be created.
pub fn stdlib_dir() -> Option<PathBuf> {
    let mut dir = STDLIB_DIR.lock().unwrap_or_else(PoisonError::into_inner);
    if dir.is_none() {
        let mut builder = tempfile::Builder::new();
        builder.prefix("pol-std-");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o700));
        }
        *dir = builder.tempdir().ok();
    }
    dir.as_ref().map(|d| d.path().to_path_buf())
}

/// Whether a path is one of this server's stdlib copies (without creating the directory).
fn is_stdlib_copy(path: &Path) -> bool {
    let dir = STDLIB_DIR.lock().unwrap_or_else(PoisonError::into_inner);
    dir.as_ref().is_some_and(|d| path.starts_with(d.path()))
}

/// Deletes the stdlib directory (at server exit).
pub fn remove_stdlib_dir() {
    let dir = STDLIB_DIR
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take();
    drop(dir);
}

/// The stdlib file `name` (e.g. `std/pipl.pol`) in [`stdlib_dir`], written when missing or
/// different. Writes go through `pol::fsio` in `Replace` mode: a temporary file and a rename,
/// so even a symlink found there is replaced, never followed.
fn stdlib_file(name: &str, text: &str) -> Option<PathBuf> {
    let path = stdlib_dir()?.join(name);
    let same = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file())
        && std::fs::read_to_string(&path).is_ok_and(|t| t == text);
    if !same {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).ok()?;
        }
        fsio::write_atomic(&path, text.as_bytes(), fsio::Mode::Replace).ok()?;
    }
    Some(path)
}

/// `file:///a/b%20c.pol` to `/a/b c.pol`; `None` for other schemes.
pub fn uri_to_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    // `file://host/path` names another machine; only the local host is ours.
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    if !rest.starts_with('/') {
        return None;
    }
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    Some(PathBuf::from(String::from_utf8(out).ok()?))
}

pub fn path_to_uri(path: &Path) -> String {
    let mut out = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_and_paths_round_trip() {
        let p = Path::new("/tmp/政策 a/policy.pol");
        let uri = path_to_uri(p);
        assert_eq!(
            uri,
            "file:///tmp/%E6%94%BF%E7%AD%96%20a/policy.pol".to_string()
        );
        assert_eq!(uri_to_path(&uri).as_deref(), Some(p));
        assert_eq!(uri_to_path("untitled:Untitled-1"), None);
        assert_eq!(uri_to_path("file:///a%2"), Some(PathBuf::from("/a%2")));
    }

    #[cfg(unix)]
    #[test]
    fn stdlib_copies_live_in_a_private_directory_and_never_follow_symlinks() {
        use std::os::unix::fs::PermissionsExt;
        let dir = stdlib_dir().unwrap();
        // Not a name anyone could prepare in advance (the fixed one earlier versions used).
        let fixed = std::env::temp_dir().join(format!("pol-std-{}", env!("CARGO_PKG_VERSION")));
        assert_ne!(dir, fixed);
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
        // A symlink found where a copy goes is replaced, not written through.
        let victim = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(victim.path(), "precious").unwrap();
        std::fs::create_dir_all(dir.join("planted")).unwrap();
        std::os::unix::fs::symlink(victim.path(), dir.join("planted/x.pol")).unwrap();
        let path = stdlib_file("planted/x.pol", "category c {}\n").unwrap();
        assert_eq!(std::fs::read_to_string(victim.path()).unwrap(), "precious");
        assert!(std::fs::symlink_metadata(&path).unwrap().is_file());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "category c {}\n");
        assert!(is_stdlib_copy(&path));
    }
}
