//! The workspace: the one entry point for the CLI, the language server and the tests.
//!
//! ```no_run
//! let ws = pol::Workspace::open(std::path::Path::new("examples/megvii"))?;
//! let analysis = ws.analyze();
//! for d in &analysis.diagnostics { println!("{} {}", d.code, d.message.en()); }
//! # Ok::<(), pol::LoadError>(())
//! ```
//!
//! [`Workspace::analyze`] runs the whole front end from scratch: reading (through the editor
//! overlay first, then the disk), parsing, names, lowering and the project-level checks. It is
//! a pure function of the files, so the language server calls it again after each pause in
//! typing, and nothing else ever parses on its own. A 10,000-line policy takes milliseconds
//! (see `docs/benchmarks.md`), so there is no incremental machinery yet.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::{codes, sort_and_dedup, Diagnostic, Message};
use crate::ir::{Item, ItemId, Module, ModuleId, Policy};
use crate::names::{self, Binding, Glob, Import, Scope, Scopes};
use crate::project::{self, ProjectConfig};
use crate::source::{FileId, Origin, SourceDb, Span};
use crate::syntax::{self, ast};
use crate::types::lower::{self, Lowerer};
use crate::types::schema::{self, Kind, Naming};

/// A problem that stops analysis before it starts: the command line named something that
/// cannot be read. (Problems *inside* files are diagnostics, not load errors.)
#[derive(Debug)]
pub enum LoadError {
    NotFound(PathBuf),
    Unreadable(PathBuf, std::io::Error),
    NoEntry { dir: PathBuf, entry: PathBuf },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::NotFound(p) => write!(f, "no such file or directory: {}", p.display()),
            LoadError::Unreadable(p, e) => write!(f, "cannot read {}: {e}", p.display()),
            LoadError::NoEntry { dir, entry } => write!(
                f,
                "{} has no policy file: expected {} (set `entry` in pol.toml, or pass a .pol file)",
                dir.display(),
                entry.display()
            ),
        }
    }
}

impl LoadError {
    /// The same in Chinese, for `--lang zh`.
    pub fn zh(&self) -> String {
        match self {
            LoadError::NotFound(p) => format!("没有这个文件或目录：{}", p.display()),
            LoadError::Unreadable(p, e) => format!("无法读取 {}：{e}", p.display()),
            LoadError::NoEntry { dir, entry } => format!(
                "{} 中没有政策文件：应为 {}（可在 pol.toml 中设置 entry，或直接指定 .pol 文件）",
                dir.display(),
                entry.display()
            ),
        }
    }
}

impl std::error::Error for LoadError {}

#[derive(Clone, Debug)]
pub struct Workspace {
    /// The project directory; module paths are relative to it.
    root: PathBuf,
    /// The entry file, relative to `root`.
    entry: PathBuf,
    /// `pol.toml`, when the project has one.
    manifest: Option<PathBuf>,
    /// The entry file was named on the command line (a `.pol` file, not a directory): it is
    /// read wherever it is. Everything else is read only from inside `root`.
    entry_given: bool,
    /// Unsaved editor buffers, by path; they win over the disk.
    overlays: HashMap<PathBuf, Arc<str>>,
}

impl Workspace {
    /// Opens a `.pol` file, or a directory holding `pol.toml` or `policy.pol`.
    ///
    /// Files are read only from inside the project directory once symlinks are resolved
    /// (`pol.toml`, the entry it names, imported modules); the one exception is a `.pol` file
    /// the caller names itself. A file that resolves elsewhere is never read: the analysis
    /// reports it as a located diagnostic instead, so none of its content reaches a log.
    pub fn open(path: &Path) -> Result<Workspace, LoadError> {
        let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => LoadError::NotFound(path.to_path_buf()),
            _ => LoadError::Unreadable(path.to_path_buf(), e),
        })?;
        if meta.is_dir() {
            let manifest = path.join(project::MANIFEST);
            let mut entry = PathBuf::from(project::DEFAULT_ENTRY);
            let manifest = if manifest.is_file() {
                let real_root = std::fs::canonicalize(path)
                    .map_err(|e| LoadError::Unreadable(path.to_path_buf(), e))?;
                // An outside or non-UTF-8 pol.toml is reported by the analysis; here it only
                // cannot name the entry.
                let text = if outside(&real_root, &manifest).is_none() {
                    let bytes = std::fs::read(&manifest)
                        .map_err(|e| LoadError::Unreadable(manifest.clone(), e))?;
                    String::from_utf8_lossy(&bytes).into_owned()
                } else {
                    String::new()
                };
                let (config, _) = project::parse_config(FileId(0), &text);
                if let Some(e) = config.entry {
                    entry = PathBuf::from(e);
                }
                Some(manifest)
            } else {
                None
            };
            if !path.join(&entry).is_file() {
                return Err(LoadError::NoEntry {
                    dir: path.to_path_buf(),
                    entry,
                });
            }
            return Ok(Workspace {
                root: path.to_path_buf(),
                entry,
                manifest,
                entry_given: false,
                overlays: HashMap::new(),
            });
        }
        let root = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let entry = PathBuf::from(path.file_name().unwrap_or_default());
        std::fs::File::open(path).map_err(|e| LoadError::Unreadable(path.to_path_buf(), e))?;
        Ok(Workspace {
            root,
            entry,
            manifest: None,
            entry_given: true,
            overlays: HashMap::new(),
        })
    }

    /// A workspace of one in-memory file (tests, benchmarks, unsaved editor buffers).
    pub fn from_text(name: &str, text: &str) -> Workspace {
        let entry = PathBuf::from(name);
        let mut ws = Workspace {
            root: PathBuf::new(),
            entry: entry.clone(),
            manifest: None,
            entry_given: true,
            overlays: HashMap::new(),
        };
        ws.overlays.insert(entry, Arc::from(text));
        ws
    }

    /// Replaces a file's text as an editor holds it (`path` as [`Workspace::entry_path`] forms it).
    pub fn set_overlay(&mut self, path: PathBuf, text: &str) {
        self.overlays.insert(path, Arc::from(text));
    }

    /// [`Workspace::set_overlay`] with a text the caller keeps too (the language server's
    /// documents): shared, not copied.
    pub fn set_overlay_shared(&mut self, path: PathBuf, text: Arc<str>) {
        self.overlays.insert(path, text);
    }

    /// [`Workspace::from_text`] with a shared text.
    pub fn from_shared(name: &str, text: Arc<str>) -> Workspace {
        let mut ws = Workspace::from_text(name, "");
        ws.overlays.insert(PathBuf::from(name), text);
        ws
    }

    pub fn remove_overlay(&mut self, path: &Path) {
        self.overlays.remove(path);
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn entry_path(&self) -> PathBuf {
        self.root.join(&self.entry)
    }

    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        match self.overlays.get(path) {
            Some(text) => Ok(text.as_bytes().to_vec()),
            None => std::fs::read(path),
        }
    }

    fn exists(&self, path: &Path) -> bool {
        self.overlays.contains_key(path) || path.is_file()
    }

    /// Where a file to be read from disk really is, when that is outside the project
    /// (`None`: inside, an editor buffer, or not there at all).
    fn outside(&self, real_root: Option<&Path>, path: &Path) -> Option<PathBuf> {
        if self.overlays.contains_key(path) {
            return None;
        }
        outside(real_root?, path)
    }

    /// Runs the front end and, when it finds no errors, the legal rules, over the whole project.
    pub fn analyze(&self) -> Analysis {
        Analyzer::new(self).run(true)
    }

    /// The front end only (syntax, names, types): what the language server needs between
    /// keystrokes when rules are not wanted, and what the benchmarks compare the rules against.
    pub fn analyze_front_end(&self) -> Analysis {
        Analyzer::new(self).run(false)
    }
}

/// Everything the front end knows about a project: sources, trees, the typed model and the
/// diagnostics.
#[derive(Debug)]
pub struct Analysis {
    pub db: SourceDb,
    /// One tree per file, stdlib first; shared, because the stdlib's are parsed once per process.
    pub trees: Vec<Arc<ast::File>>,
    pub policy: Policy,
    pub config: ProjectConfig,
    pub diagnostics: Vec<Diagnostic>,
    /// Rule diagnostics the author silenced with a justified `allow` (see [`crate::rules::suppress`]).
    pub suppressed: Vec<crate::rules::suppress::Suppressed>,
}

/// What is under a position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemAt {
    /// The name in an item's declaration.
    Definition(ItemId),
    /// A use of a name, and the item it refers to.
    Reference { span: Span, target: ItemId },
}

impl Analysis {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == crate::diag::Severity::Warning)
            .count()
    }

    /// The diagnostics and the silenced findings, each with its justification, as the
    /// machine renderers take them.
    pub fn checked(&self) -> crate::diag::render::Checked<'_> {
        let suppressed = self
            .suppressed
            .iter()
            .filter_map(|s| {
                let by = self.policy.suppressions.get(s.suppression)?;
                Some(crate::diag::render::Silenced {
                    diagnostic: &s.diagnostic,
                    justification: &by.justification,
                    allow: by.span,
                })
            })
            .collect();
        crate::diag::render::Checked {
            db: &self.db,
            diagnostics: &self.diagnostics,
            suppressed,
        }
    }

    /// The definition or reference at a byte offset of a file.
    pub fn item_at(&self, file: FileId, offset: u32) -> Option<ItemAt> {
        if let Some(r) = self
            .policy
            .references
            .iter()
            .find(|r| r.span.file == file && r.span.contains(offset))
        {
            return Some(ItemAt::Reference {
                span: r.span,
                target: r.target,
            });
        }
        self.policy
            .items
            .iter()
            .find(|i| {
                i.name
                    .as_ref()
                    .is_some_and(|n| n.span.file == file && n.span.contains(offset))
            })
            .map(|i| ItemAt::Definition(i.id))
    }

    /// The file with this path on disk (or as the editor named it).
    pub fn file_by_path(&self, path: &Path) -> Option<FileId> {
        self.db.find_by_origin(&Origin::User {
            path: path.to_path_buf(),
        })
    }
}

/// `path` with symlinks resolved, when that is not inside `real_root` (itself resolved).
fn outside(real_root: &Path, path: &Path) -> Option<PathBuf> {
    let real = std::fs::canonicalize(path).ok()?;
    (!real.starts_with(real_root)).then_some(real)
}

/// Why a user file is loaded: the entry, or a `use` (whose path locates a refusal).
#[derive(Clone, Copy)]
enum Wanted {
    Entry,
    Import(Span),
}

struct Analyzer<'w> {
    ws: &'w Workspace,
    /// The project directory with symlinks resolved (`None` when it cannot be resolved).
    real_root: Option<PathBuf>,
    /// `pol.toml` as read, to locate problems with its `entry`.
    manifest: Option<(FileId, String)>,
    /// Files refused for being outside the project (listed empty; nothing more is said).
    refused: Vec<FileId>,
    db: SourceDb,
    trees: Vec<Arc<ast::File>>,
    diags: Vec<Diagnostic>,
    /// (module path, file, is_std), in load order; a module's id is its index.
    modules: Vec<(String, FileId, bool)>,
}

impl<'w> Analyzer<'w> {
    fn new(ws: &'w Workspace) -> Analyzer<'w> {
        let root = if ws.root.as_os_str().is_empty() {
            Path::new(".")
        } else {
            ws.root.as_path()
        };
        Analyzer {
            ws,
            real_root: std::fs::canonicalize(root).ok(),
            manifest: None,
            refused: Vec::new(),
            db: SourceDb::new(),
            trees: Vec::new(),
            diags: Vec::new(),
            modules: Vec::new(),
        }
    }

    fn run(mut self, rules: bool) -> Analysis {
        // Stdlib first: its files must get the first ids (see `stdlib::parsed`).
        let parsed = crate::stdlib::parsed();
        for ((module, name, text), (tree, diags)) in crate::stdlib::MODULES.iter().zip(parsed) {
            let origin = Origin::Stdlib {
                module: module.to_string(),
            };
            let file = self.db.add(name.to_string(), origin, Arc::from(*text));
            debug_assert_eq!(file, tree.id);
            self.diags.extend(diags.iter().cloned());
            self.trees.push(Arc::clone(tree));
            self.modules.push((module.to_string(), file, true));
        }
        let config = self.load_config();
        let entry = self.ws.entry.clone();
        self.load_user_module(&entry, Wanted::Entry);
        self.load_imported_modules();
        let unimported = self.unimported_files();
        let (policy, mut diags) = self.resolve_and_lower(&config);
        hint_unimported(&self.db, &self.modules, &unimported, &mut diags);
        self.diags.append(&mut diags);
        let entry = self.entry_name();
        self.diags
            .extend(unimported.iter().map(|u| unimported_warning(&entry, u)));
        // The legal rules read a complete model only: on a half-lowered one they would report
        // things that are not there.
        let mut suppressed = Vec::new();
        if rules && !self.diags.iter().any(Diagnostic::is_error) {
            let (kept, silenced) =
                crate::rules::suppress::apply(&policy, crate::rules::run(&policy));
            self.diags.extend(kept);
            suppressed = silenced;
        }
        sort_and_dedup(&mut self.diags);
        Analysis {
            db: self.db,
            trees: self.trees,
            policy,
            config,
            diagnostics: self.diags,
            suppressed,
        }
    }

    fn load_config(&mut self) -> ProjectConfig {
        let Some(manifest) = &self.ws.manifest else {
            return ProjectConfig::default();
        };
        let origin = Origin::User {
            path: manifest.clone(),
        };
        if let Some(real) = self.ws.outside(self.real_root.as_deref(), manifest) {
            // Not read: listed with no text, so the diagnostic has a place and no content.
            let file = self
                .db
                .add(manifest.display().to_string(), origin, Arc::from(""));
            self.diags.push(outside_diagnostic(
                codes::PROJ_INVALID,
                Span::new(file, 0, 0),
                project::MANIFEST,
                &real,
            ));
            return ProjectConfig::default();
        }
        let Ok(bytes) = self.ws.read(manifest) else {
            return ProjectConfig::default();
        };
        let (text, invalid_at) = match String::from_utf8(bytes) {
            Ok(text) => (text, None),
            Err(e) => (
                String::from_utf8_lossy(e.as_bytes()).into_owned(),
                Some(e.utf8_error().valid_up_to()),
            ),
        };
        let file = self.db.add(
            manifest.display().to_string(),
            origin,
            Arc::from(text.as_str()),
        );
        let (config, diags) = project::parse_config(file, &text);
        match invalid_at {
            // One error for the one problem; what a lossy reading makes of it is not news.
            Some(valid) => self.diags.push(invalid_utf8(file, valid)),
            None => self.diags.extend(diags),
        }
        self.manifest = Some((file, text));
        config
    }

    /// Reads, decodes and parses a project file (relative to the root). Returns false when
    /// the file cannot be read at all. A file that resolves outside the project (and is not
    /// the entry the caller named) is not read: it becomes an empty module and a diagnostic.
    fn load_user_module(&mut self, rel: &Path, why: Wanted) -> bool {
        let path = self.ws.root.join(rel);
        let module_path = module_path_of(rel);
        let name = path.display().to_string();
        let exempt = matches!(why, Wanted::Entry) && self.ws.entry_given;
        if let Some(real) = self
            .ws
            .outside(self.real_root.as_deref(), &path)
            .filter(|_| !exempt)
        {
            let file = self.db.add(name, Origin::User { path }, Arc::from(""));
            let shown = rel.display().to_string();
            let d = match why {
                Wanted::Import(span) => {
                    outside_diagnostic(codes::NAME_UNKNOWN_MODULE, span, &shown, &real)
                }
                Wanted::Entry => {
                    let span = match &self.manifest {
                        Some((m, text)) => project::value_span(*m, text, &shown),
                        None => Span::new(file, 0, 0),
                    };
                    outside_diagnostic(codes::PROJ_INVALID, span, &shown, &real)
                }
            };
            self.diags.push(d);
            self.refused.push(file);
            self.trees.push(Arc::new(ast::File {
                id: file,
                items: Vec::new(),
                comments: Vec::new(),
            }));
            self.modules.push((module_path, file, false));
            return true;
        }
        // An editor buffer is already text, shared as it is: no copy and no UTF-8 check of a
        // file the language server analyses again after every pause in typing.
        let decoded = match self.ws.overlays.get(&path) {
            Some(text) => Ok(Arc::clone(text)),
            None => match std::fs::read(&path) {
                Ok(bytes) => String::from_utf8(bytes).map(Arc::from),
                Err(_) => return false,
            },
        };
        match decoded {
            Ok(text) => {
                let file = self.db.add(name, Origin::User { path }, Arc::clone(&text));
                self.parse_file(file, &text);
                self.modules.push((module_path, file, false));
            }
            Err(e) => {
                let valid = e.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                let file = self
                    .db
                    .add(name, Origin::User { path }, Arc::from(text.as_str()));
                self.diags.push(invalid_utf8(file, valid));
                self.trees.push(Arc::new(ast::File {
                    id: file,
                    items: Vec::new(),
                    comments: Vec::new(),
                }));
                self.modules.push((module_path, file, false));
            }
        }
        true
    }

    /// The entry file's name, as messages show it.
    fn entry_name(&self) -> String {
        self.ws.entry.display().to_string()
    }

    /// The `.pol` files of a project directory that are neither the entry nor imported,
    /// directly or not, with the names they declare. Only for a project opened as a
    /// directory: beside a single file named on the command line, other files may well be
    /// other policies. Folders that are projects of their own (a `pol.toml` or a
    /// `policy.pol`: an older version kept for `polc diff`, say) and hidden folders are not
    /// entered; links are not followed, and a file outside the project is not read.
    fn unimported_files(&mut self) -> Vec<Unimported> {
        /// Enough for any real project; a directory of junk is not walked forever.
        const MAX_ENTRIES: usize = 10_000;
        let mut out = Vec::new();
        if self.ws.entry_given {
            return out;
        }
        let root = self.ws.root.clone();
        let walk = walkdir::WalkDir::new(&root)
            .follow_links(false)
            .max_depth(16)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0
                    || !e.file_type().is_dir()
                    || !(e.file_name().to_string_lossy().starts_with('.')
                        || e.path().join(project::MANIFEST).is_file()
                        || e.path().join(project::DEFAULT_ENTRY).is_file())
            })
            .take(MAX_ENTRIES);
        for entry in walk.flatten() {
            if !entry.file_type().is_file() || entry.path().extension().is_none_or(|x| x != "pol") {
                continue;
            }
            let Ok(rel) = entry.path().strip_prefix(&root) else {
                continue;
            };
            let module = module_path_of(rel);
            if self
                .modules
                .iter()
                .any(|(m, _, is_std)| !is_std && *m == module)
            {
                continue;
            }
            let path = entry.path().to_path_buf();
            if self.ws.outside(self.real_root.as_deref(), &path).is_some() {
                continue;
            }
            let Ok(bytes) = self.ws.read(&path) else {
                continue;
            };
            let text: Arc<str> = Arc::from(String::from_utf8_lossy(&bytes).as_ref());
            let file = self.db.add(
                path.display().to_string(),
                Origin::User { path: path.clone() },
                Arc::clone(&text),
            );
            // Parsed for its names only: a file nothing imports is not part of the policy, so
            // its own problems are not the policy's.
            let (tree, _) = syntax::parse(file, &text);
            let names = tree
                .items
                .iter()
                .filter_map(|i| match i {
                    ast::Item::Decl(d) => d.name.as_ref(),
                    _ => None,
                })
                .map(|n| (n.text.to_string(), n.span))
                .collect();
            out.push(Unimported {
                module,
                shown: rel.display().to_string(),
                file,
                names,
            });
        }
        out
    }

    fn parse_file(&mut self, file: FileId, text: &str) {
        let (tree, diags) = syntax::parse(file, text);
        self.diags.extend(diags);
        self.trees.push(Arc::new(tree));
    }

    /// Follows `use` items to the author's other files, breadth first. Each file is loaded
    /// once, so import cycles are harmless.
    fn load_imported_modules(&mut self) {
        let mut next = 0;
        while next < self.trees.len() {
            let wanted: Vec<(Vec<String>, Span)> = self.trees[next]
                .items
                .iter()
                .filter_map(|i| match i {
                    ast::Item::Use(u) => Some(u),
                    _ => None,
                })
                .filter(|u| u.path.segments.first().is_some_and(|s| s.text != "std"))
                .flat_map(|u| {
                    let all: Vec<String> =
                        u.path.segments.iter().map(|s| s.text.to_string()).collect();
                    let mut candidates = vec![(all.clone(), u.path.span)];
                    if !u.glob && all.len() > 1 {
                        candidates.push((all[..all.len() - 1].to_vec(), u.path.span));
                    }
                    candidates
                })
                .collect();
            next += 1;
            for (segments, span) in wanted {
                let module = segments.join("::");
                if self.modules.iter().any(|(m, ..)| *m == module) {
                    continue;
                }
                let rel: PathBuf = segments.iter().collect::<PathBuf>().with_extension("pol");
                if self.ws.exists(&self.ws.root.join(&rel)) {
                    self.load_user_module(&rel, Wanted::Import(span));
                }
            }
        }
    }

    fn resolve_and_lower(&self, config: &ProjectConfig) -> (Policy, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let mut scopes = Scopes::default();
        for (i, (path, file, is_std)) in self.modules.iter().enumerate() {
            scopes.modules.push(names::new_module(
                ModuleId(i as u32),
                path.clone(),
                *file,
                *is_std,
            ));
        }
        // Pass 1: declare every item, so references can point forward and across files.
        let mut items: Vec<Item> = Vec::new();
        let mut decls: Vec<(&ast::Decl, &'static schema::KindSpec)> = Vec::new();
        for (m, tree) in self.trees.iter().enumerate() {
            for decl in tree.items.iter().filter_map(|i| match i {
                ast::Item::Decl(d) => Some(d),
                _ => None,
            }) {
                let Some(spec) = schema::kind_by_keyword(&decl.kind.text) else {
                    diags.push(unknown_kind(decl));
                    continue;
                };
                let id = ItemId(items.len() as u32);
                diags.extend(check_naming(decl, spec));
                let name = match (spec.naming, &decl.name) {
                    (Naming::Singleton, _) | (_, None) => None,
                    (_, Some(n)) => Some(n),
                };
                if let Some(n) = name {
                    if let Some(module) = scopes.modules.get_mut(m) {
                        let items = &items;
                        diags.extend(names::declare(module, n, id, |prev| {
                            items.get(prev.0 as usize).map(Item::name_span)
                        }));
                    }
                }
                items.push(Item {
                    id,
                    kind: spec.kind,
                    name: name.map(|n| crate::ir::Name {
                        text: n.text.to_string(),
                        span: n.span,
                    }),
                    module: ModuleId(m as u32),
                    span: decl.span,
                    parent: None,
                    fields: Default::default(),
                });
                decls.push((decl, spec));
            }
        }
        // Pass 2: imports.
        for tree in &self.trees {
            let mut scope = Scope::default();
            for u in tree.items.iter().filter_map(|i| match i {
                ast::Item::Use(u) => Some(u),
                _ => None,
            }) {
                if let Some(d) = bind_import(&scopes, u, &mut scope) {
                    diags.push(d);
                }
            }
            scopes.scopes.push(scope);
        }
        // Pass 3: lower every item's parent and fields.
        let kinds: Vec<Kind> = items.iter().map(|i| i.kind).collect();
        let name_spans: Vec<Span> = items.iter().map(Item::name_span).collect();
        let mut lowerer = Lowerer::new(&self.db, &scopes, &kinds, &name_spans);
        for (item, (decl, spec)) in items.iter_mut().zip(&decls) {
            let is_std = scopes.module(item.module).is_some_and(|m| m.is_std);
            lowerer.enter(item.module, is_std);
            if let Some(parent) = &decl.parent {
                match spec.parent {
                    Some(kind) => item.parent = lowerer.reference(parent, &[kind]),
                    None => lowerer.diags.push(no_parent(decl, parent)),
                }
            }
            let owner = format!("`{}`", decl.kind.text);
            let owner_span = decl.name.as_ref().map(|n| n.span).unwrap_or(decl.kind.span);
            lowerer.body_broken = decl.broken;
            lowerer.current_item = Some((item.id, spec.kind == Kind::Policy && !is_std));
            item.fields = lowerer.fields(spec.fields, decl.body.as_ref(), owner_span, &owner);
        }
        let references = std::mem::take(&mut lowerer.references);
        let texts = std::mem::take(&mut lowerer.texts);
        let suppressions = std::mem::take(&mut lowerer.suppressions);
        diags.append(&mut lowerer.diags);
        drop(lowerer);

        let modules: Vec<Module> = scopes.modules.clone();
        let mut policy = Policy {
            items,
            modules,
            header: None,
            languages: Vec::new(),
            profiles: Vec::new(),
            references,
            suppressions,
        };
        diags.extend(self.project_checks(&mut policy, config));
        diags.extend(lower::check_texts(&texts, &policy.languages));
        diags.extend(scopes.unused_imports());
        (policy, diags)
    }

    /// The policy header, languages and profiles, and the one-per-policy sections.
    fn project_checks(&self, policy: &mut Policy, config: &ProjectConfig) -> Vec<Diagnostic> {
        let mut diags = Vec::new();
        for kind in [
            Kind::Policy,
            Kind::Cookies,
            Kind::Minors,
            Kind::Security,
            Kind::Changes,
        ] {
            let found: Vec<&Item> = policy.of_kind(kind).collect();
            if let [first, rest @ ..] = found.as_slice() {
                for extra in rest {
                    diags.push(
                        Diagnostic::new(
                            codes::TYPE_SINGLETON_TWICE,
                            extra.name_span(),
                            Message::key("workspace--keyword-declared-more-than-once")
                                .arg("keyword", &kind.keyword()),
                        )
                        .with_label(Message::key("workspace--declared-again-here"))
                        .with_related(
                            first.name_span(),
                            Message::key("workspace--first-declared-here"),
                        )
                        .with_help(Message::key("workspace--policy-has-one-these-merge")),
                    );
                }
            }
        }
        let header = policy.of_kind(Kind::Policy).next().map(|i| {
            (
                i.id,
                i.fields.options("languages"),
                i.fields.options("profile"),
                i.name_span(),
            )
        });
        let entry_file = self
            .modules
            .iter()
            .find(|(_, _, std)| !std)
            .map(|(_, f, _)| *f);
        let config_langs: Option<Vec<&'static str>> = config
            .languages
            .as_ref()
            .map(|l| to_static(l, schema::LANGUAGES));
        let config_profiles: Option<Vec<&'static str>> = config
            .profile
            .as_ref()
            .map(|l| to_static(l, schema::PROFILES));
        match header {
            None => {
                // A file that is not UTF-8, or outside the project, was not read: its header
                // may well be in it.
                let unreadable = |file: FileId| {
                    self.refused.contains(&file)
                        || self.diags.iter().any(|d| {
                            d.code == codes::SYN_INVALID_UTF8 && d.primary.span.file == file
                        })
                };
                if let Some(file) = entry_file.filter(|f| !unreadable(*f)) {
                    diags.push(
                        Diagnostic::new(
                            codes::TYPE_NO_POLICY,
                            Span::new(file, 0, 0),
                            Message::key("workspace--project-has-no-policy-header"),
                        )
                        .with_label(Message::key("workspace--expected-policy-name-file"))
                        .with_help(Message::key(
                            "workspace--add-policy-name-controller-effective",
                        )),
                    );
                }
                policy.languages = config_langs.unwrap_or_else(|| schema::LANGUAGES.to_vec());
                policy.profiles = config_profiles.unwrap_or_else(|| vec!["pipl"]);
            }
            Some((id, langs, profiles, span)) => {
                if let Some(header) = policy.item(id) {
                    diags.extend(project::check_header_id(config, header.name(), span));
                }
                policy.header = Some(id);
                policy.languages = agree("languages", langs, config_langs, span, &mut diags)
                    .unwrap_or_else(|| schema::LANGUAGES.to_vec());
                policy.profiles = agree("profile", profiles, config_profiles, span, &mut diags)
                    .unwrap_or_else(|| vec!["pipl"]);
            }
        }
        diags
    }
}

/// A file that is not UTF-8; in the decoded text the invalid bytes became one U+FFFD, which
/// the span covers, so it never ends inside a character.
fn invalid_utf8(file: FileId, valid: usize) -> Diagnostic {
    Diagnostic::new(
        codes::SYN_INVALID_UTF8,
        Span::new(file, valid, valid + '\u{FFFD}'.len_utf8()),
        Message::key("workspace--file-not-valid-utf-8").arg("valid", &valid),
    )
    .with_label(Message::key("workspace--invalid-utf-8-here"))
    .with_help(Message::key("workspace--save-file-utf-8-file"))
}

/// A project file that resolves outside the project directory (through `..`, an absolute
/// path or a symlink). It was not read, so nothing of it is shown.
fn outside_diagnostic(code: crate::diag::Code, span: Span, what: &str, real: &Path) -> Diagnostic {
    let real = real.display();
    Diagnostic::new(
        code,
        span,
        Message::key("workspace--what-outside-project-resolves-real")
            .arg("what", &what)
            .arg("real", &real),
    )
    .with_label(Message::key("workspace--outside-project"))
    .with_help(Message::key("workspace--pol-reads-only-files-inside"))
}

fn to_static(values: &[String], allowed: &'static [&'static str]) -> Vec<&'static str> {
    values
        .iter()
        .filter_map(|v| allowed.iter().copied().find(|a| a == v))
        .collect()
}

/// The header's and pol.toml's setting must agree when both give it.
fn agree(
    key: &str,
    header: Vec<&'static str>,
    config: Option<Vec<&'static str>>,
    span: Span,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<&'static str>> {
    match (header.is_empty(), config) {
        (true, None) => None,
        (true, Some(c)) => Some(c),
        (false, None) => Some(header),
        (false, Some(c)) => {
            let (mut a, mut b) = (header.clone(), c.clone());
            a.sort_unstable();
            b.sort_unstable();
            if a != b {
                diags.push(
                    Diagnostic::new(
                        codes::PROJ_MISMATCH,
                        span,
                        Message::key("workspace--pol-toml-says-key-arg")
                            .arg("key", &key)
                            .arg("arg", &(c.join(", ")))
                            .arg("arg2", &(header.join(", "))),
                    )
                    .with_label(Message::key("workspace--header"))
                    .with_help(Message::key("workspace--say-key-one-place-make").arg("key", &key)),
                );
            }
            Some(header)
        }
    }
}

/// A `.pol` file of the project that nothing imports (see [`Analyzer::unimported_files`]).
struct Unimported {
    /// The module path a `use` would give (`website`, `legal::clauses`).
    module: String,
    /// The path relative to the project, as messages show it.
    shown: String,
    file: FileId,
    /// The names it declares, where.
    names: Vec<(String, Span)>,
}

impl Unimported {
    /// Whether `use MODULE` can name the file: every segment an identifier.
    fn importable(&self) -> bool {
        self.module.split("::").all(|s| {
            let mut chars = s.chars();
            chars
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
    }
}

/// `NAME-006`: a file of the project that is not part of the policy. Its items are in no
/// output and no rule sees them, which is rarely what its author meant.
fn unimported_warning(entry: &str, u: &Unimported) -> Diagnostic {
    let file = &u.shown;
    let d = Diagnostic::new(
        codes::NAME_UNIMPORTED_FILE,
        Span::new(u.file, 0, 0),
        Message::key("workspace--file-not-imported-entry-any")
            .arg("file", &file)
            .arg("entry", &entry),
    )
    .with_label(Message::key("workspace--nothing-imports-file"));
    if u.importable() {
        let m = &u.module;
        d.with_help(
            Message::key("workspace--add-use-m-entry-file")
                .arg("m", &m)
                .arg("entry", &entry),
        )
    } else {
        d.with_help(Message::key("workspace--name-cannot-imported-module-name"))
    }
}

/// Adds to each `NAME-001` (unknown name) and `NAME-003` (unknown module) whose name is
/// declared in, or is, a project file nothing imports, where it is and the `use` that makes
/// it visible, with that `use` as a fix at the top of the file.
fn hint_unimported(
    db: &SourceDb,
    modules: &[(String, FileId, bool)],
    unimported: &[Unimported],
    diags: &mut [Diagnostic],
) {
    if unimported.is_empty() {
        return;
    }
    for d in diags.iter_mut() {
        let written = db.text(d.primary.span).to_string();
        let here = d.primary.span.file;
        let found = if d.code == codes::NAME_UNKNOWN && !written.contains("::") {
            unimported.iter().filter(|u| u.importable()).find_map(|u| {
                u.names
                    .iter()
                    .find(|(n, _)| *n == written)
                    .map(|(_, span)| (u, Some(*span), format!("{}::{written}", u.module)))
            })
        } else if d.code == codes::NAME_UNKNOWN || d.code == codes::NAME_UNKNOWN_MODULE {
            // `website::foo`, where `website` is a file nothing imports.
            let prefix = written.rsplit_once("::").map_or(written.as_str(), |p| p.0);
            unimported
                .iter()
                .filter(|u| u.importable())
                .find(|u| u.module == prefix)
                .map(|u| (u, None, written.clone()))
        } else {
            None
        };
        let Some((u, declared, _)) = found else {
            continue;
        };
        let Some(this) = modules.iter().find(|(_, f, _)| *f == here) else {
            continue;
        };
        let this_file = format!("{}.pol", this.0.replace("::", "/"));
        let (m, file) = (&u.module, &u.shown);
        d.help = Some(match declared {
            Some(_) => Message::key("workspace--written-declared-file-which-this-file")
                .arg("written", &written)
                .arg("file", &file)
                .arg("this-file", &this_file)
                .arg("m", &m),
            None => Message::key("workspace--file-project-but-this-file-does")
                .arg("file", &file)
                .arg("this-file", &this_file)
                .arg("m", &m),
        });
        if let Some(span) = declared {
            d.related.push(crate::diag::Label {
                span,
                message: Some(Message::key("workspace--declared-here")),
            });
        }
        let import = match declared {
            Some(_) => format!("{m}::{written}"),
            None => m.clone(),
        };
        d.fixes.clear();
        d.fixes.push(crate::diag::Fix {
            title: Message::key("workspace--add-use-import").arg("import", &import),
            edits: vec![crate::diag::TextEdit {
                span: Span::new(here, 0, 0),
                new_text: format!("use {import}\n"),
            }],
        });
    }
}

fn module_path_of(rel: &Path) -> String {
    let stem = rel.with_extension("");
    stem.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("::")
}

fn unknown_kind(decl: &ast::Decl) -> Diagnostic {
    let keywords = schema::KINDS.iter().map(|k| k.keyword);
    let word = &decl.kind.text;
    let d = Diagnostic::new(
        codes::TYPE_UNKNOWN_ITEM,
        decl.kind.span,
        Message::key("workspace--unknown-kind-item-word").arg("word", &word),
    )
    .with_label(Message::key("workspace--not-kind-item"));
    match crate::diag::suggest::closest(word, keywords) {
        Some(s) => d
            .with_help(Message::key("workspace--did-you-mean-s").arg("s", &s))
            .with_fix(
                Message::key("workspace--replace-s").arg("s", &s),
                decl.kind.span,
                s,
            ),
        None => {
            let all: Vec<&str> = schema::KINDS.iter().map(|k| k.keyword).collect();
            d.with_help(Message::key("workspace--items-all").arg_en_zh(
                "all",
                &(all.join(", ")),
                &(all.join("、")),
            ))
        }
    }
}

fn check_naming(decl: &ast::Decl, spec: &schema::KindSpec) -> Option<Diagnostic> {
    match (spec.naming, &decl.name) {
        (Naming::Required, None) => Some(
            Diagnostic::new(
                codes::TYPE_NAME_EXPECTED,
                decl.kind.span,
                Message::key("workspace--keyword-needs-name").arg("keyword", &spec.keyword),
            )
            .with_label(Message::key("workspace--name-missing-after"))
            .with_help(
                Message::key("workspace--write-keyword-name-other-items")
                    .arg("keyword", &spec.keyword),
            ),
        ),
        (Naming::Singleton, Some(name)) => Some(
            Diagnostic::new(
                codes::TYPE_NAME_EXPECTED,
                name.span,
                Message::key("workspace--keyword-takes-no-name").arg("keyword", &spec.keyword),
            )
            .with_label(Message::key("workspace--remove-name"))
            .with_fix(Message::key("workspace--remove-name-2"), name.span, ""),
        ),
        _ => None,
    }
}

fn no_parent(decl: &ast::Decl, parent: &ast::Path) -> Diagnostic {
    Diagnostic::new(
        codes::TYPE_MISMATCH,
        parent.span,
        Message::key("workspace--text-has-no-parent").arg("text", &decl.kind.text),
    )
    .with_label(Message::key("workspace--not-allowed-here"))
    .with_help(Message::key(
        "workspace--only-categories-standard-category-recipients",
    ))
}

/// Binds one `use` into a scope. Returns a diagnostic when it names nothing.
fn bind_import(scopes: &Scopes, u: &ast::Use, scope: &mut Scope) -> Option<Diagnostic> {
    let full = u.path.text();
    let unknown_module = |path: String, span: Span| {
        names::ResolveError::UnknownModule {
            path,
            span,
            std_module: None,
        }
        .into_diagnostic()
    };
    if u.glob {
        return match scopes.module_by_path(&full) {
            Some(module) => {
                scope.globs.push(Glob {
                    module,
                    span: u.span,
                    used: std::cell::Cell::new(false),
                });
                None
            }
            None => Some(unknown_module(full, u.path.span)),
        };
    }
    let alias = u
        .alias
        .as_ref()
        .map(|a| a.text.to_string())
        .or_else(|| u.path.last().map(|l| l.text.to_string()))?;
    if let Some(module) = scopes.module_by_path(&full) {
        scope.imports.push(Import {
            alias,
            binding: Binding::Module(module),
            span: u.span,
            used: std::cell::Cell::new(false),
        });
        return None;
    }
    let (last, init) = u.path.segments.split_last()?;
    if init.is_empty() {
        return Some(unknown_module(full, u.path.span));
    }
    let parent: Vec<&str> = init.iter().map(|s| s.text.as_str()).collect();
    let parent_path = parent.join("::");
    let Some(module) = scopes.module_by_path(&parent_path) else {
        return Some(unknown_module(full, u.path.span));
    };
    match scopes
        .module(module)
        .and_then(|m| m.items.get(last.text.as_str()))
    {
        Some(id) => {
            scope.imports.push(Import {
                alias,
                binding: Binding::Item(*id),
                span: u.span,
                used: std::cell::Cell::new(false),
            });
            None
        }
        None => {
            let suggestion = scopes
                .module(module)
                .and_then(|m| {
                    crate::diag::suggest::closest(&last.text, m.items.keys().map(String::as_str))
                })
                .map(|s| format!("{parent_path}::{s}"));
            Some(
                names::ResolveError::Unknown {
                    name: full,
                    span: u.path.span,
                    suggestion,
                }
                .into_diagnostic(),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "policy p {\n  controller { name { zh: \"某公司\", en: \"Some Co.\" } }\n  effective 2024-01-01\n}\n";

    /// Analyzes the files, keeping only front-end diagnostics: these tests are about names and
    /// files, and a skeleton policy always has legal findings (no rights, no retention...).
    fn project(files: &[(&str, &str)]) -> Analysis {
        let (entry, text) = files[0];
        let mut ws = Workspace::from_text(entry, text);
        for (name, text) in &files[1..] {
            ws.set_overlay(PathBuf::from(name), text);
        }
        let mut a = ws.analyze();
        a.diagnostics.retain(|d| !d.code.is_rule());
        a
    }

    fn codes(a: &Analysis) -> Vec<&'static str> {
        a.diagnostics.iter().map(|d| d.code.as_str()).collect()
    }

    #[test]
    fn names_resolve_across_files_and_item_at_finds_them() {
        let entry = format!("use data::*\n{HEADER}purpose p1 {{\n  label {{ zh: \"目的\", en: \"purpose\" }}\n  uses phone\n}}\n");
        let data = "category phone {\n  label { zh: \"手机号码\", en: \"phone number\" }\n}\n";
        let a = project(&[("policy.pol", &entry), ("data.pol", data)]);
        assert!(a.diagnostics.is_empty(), "{:?}", codes(&a));
        let entry_file = a.file_by_path(Path::new("policy.pol")).unwrap();
        let offset = entry.find("uses phone").unwrap() as u32 + 6;
        let Some(ItemAt::Reference { target, .. }) = a.item_at(entry_file, offset) else {
            panic!("no reference")
        };
        let def = a.policy.item(target).unwrap();
        assert_eq!((def.name(), def.kind), ("phone", Kind::Category));
        assert_eq!(a.db.name(def.name_span().file), "data.pol");
        assert_eq!(
            a.item_at(def.name_span().file, def.name_span().start),
            Some(ItemAt::Definition(target))
        );
    }

    #[test]
    fn missing_file_is_an_unknown_module() {
        let a = project(&[("policy.pol", &format!("use nowhere\n{HEADER}"))]);
        assert_eq!(codes(&a), vec!["NAME-003"]);
    }

    #[test]
    fn two_globs_offering_a_name_are_ambiguous() {
        let entry = format!(
            "use a::*\nuse b::*\n{HEADER}purpose p1 {{\n  label {{ zh: \"目的\", en: \"purpose\" }}\n  uses x\n}}\n"
        );
        let def = "category x {\n  label { zh: \"甲\", en: \"x\" }\n}\n";
        let a = project(&[("policy.pol", &entry), ("a.pol", def), ("b.pol", def)]);
        assert_eq!(codes(&a), vec!["NAME-005"]);
        assert_eq!(a.diagnostics[0].related.len(), 2);
    }

    #[test]
    fn import_cycles_are_harmless_and_user_file_imports_are_never_unused() {
        // `policy.pol` imports `other` and `other.pol` imports `policy`: no loop, and neither
        // import is "unused", because importing a file also makes its items part of the policy.
        let entry = format!("use other\n{HEADER}");
        let a = project(&[("policy.pol", &entry), ("other.pol", "use policy\n")]);
        assert!(a.diagnostics.is_empty(), "{:?}", codes(&a));
        assert_eq!(a.policy.modules.iter().filter(|m| !m.is_std).count(), 2);
    }

    #[test]
    fn unused_stdlib_import_warns_with_a_fix() {
        let a = project(&[("policy.pol", &format!("use std::gdpr\n{HEADER}"))]);
        assert_eq!(codes(&a), vec!["NAME-004"]);
        assert!(!a.has_errors());
        assert_eq!(a.diagnostics[0].fixes[0].edits[0].new_text, "");
    }

    #[test]
    fn languages_come_from_the_header_and_drive_text_completeness() {
        let text = "policy p {\n  controller { name { zh: \"某公司\" } }\n  effective 2024-01-01\n  languages zh\n}\n";
        let a = project(&[("policy.pol", text)]);
        assert!(a.diagnostics.is_empty(), "{:?}", codes(&a));
        assert_eq!(a.policy.languages, vec!["zh"]);
        let both = text.replace("  languages zh\n", "");
        assert_eq!(codes(&project(&[("policy.pol", &both)])), vec!["TYPE-002"]);
    }

    /// A file of a project directory that nothing imports is a warning (NAME-006), and a name
    /// it declares, used without the import, is an error that says where the name is and
    /// offers the `use`; applying that fix clears both.
    #[test]
    fn a_name_in_a_file_nothing_imports_is_located_and_the_use_offered() {
        let dir = tempfile::tempdir().unwrap();
        let policy = format!("{HEADER}purpose support {{\n  label {{ zh: \"甲\", en: \"a\" }}\n  uses contact_email\n}}\n");
        std::fs::write(dir.path().join("policy.pol"), &policy).unwrap();
        std::fs::write(
            dir.path().join("website.pol"),
            "category contact_email {\n  label { zh: \"邮箱\", en: \"email\" }\n}\n",
        )
        .unwrap();
        // A folder that is a project of its own (an old version) is not searched.
        std::fs::create_dir(dir.path().join("v1")).unwrap();
        std::fs::write(dir.path().join("v1/policy.pol"), HEADER).unwrap();
        let a = Workspace::open(dir.path()).unwrap().analyze_front_end();
        let codes: Vec<&str> = a.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["NAME-001", "NAME-006"], "{:?}", a.diagnostics);
        let unknown = &a.diagnostics[0];
        let help = unknown.help.as_ref().map(|h| h.en()).unwrap_or_default();
        assert!(
            help.starts_with("`contact_email` is declared in website.pol, which policy.pol does not import: add `use website::contact_email`"),
            "{help}"
        );
        let related = &unknown.related[0];
        assert!(a.db.name(related.span.file).ends_with("website.pol"));
        assert_eq!(a.db.text(related.span), "contact_email");
        let edit = &unknown.fixes[0].edits[0];
        assert_eq!(edit.new_text, "use website::contact_email\n");
        let warning = &a.diagnostics[1];
        assert!(a
            .db
            .name(warning.primary.span.file)
            .ends_with("website.pol"));
        assert_eq!(warning.severity, crate::diag::Severity::Warning);

        let fixed = format!("{}{policy}", edit.new_text);
        std::fs::write(dir.path().join("policy.pol"), fixed).unwrap();
        let a = Workspace::open(dir.path()).unwrap().analyze_front_end();
        assert!(a.diagnostics.is_empty(), "{:?}", a.diagnostics);
    }

    /// Beside a single file named on the command line, other files may be other policies:
    /// they are not searched.
    #[test]
    fn a_single_file_does_not_search_its_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.pol"), HEADER).unwrap();
        std::fs::write(dir.path().join("b.pol"), HEADER).unwrap();
        let a = Workspace::open(&dir.path().join("a.pol"))
            .unwrap()
            .analyze_front_end();
        assert!(a.diagnostics.is_empty(), "{:?}", a.diagnostics);
    }

    /// Did-you-mean looked only at names in scope: a name of an imported module written
    /// without its module, a word of a longer stdlib name, a name or module of the standard
    /// library the file does not import, got no suggestion.
    #[test]
    fn unknown_names_are_suggested_from_imported_and_unimported_stdlib_modules() {
        let help = |text: &str| -> Vec<String> {
            project(&[("policy.pol", text)])
                .diagnostics
                .iter()
                .filter(|d| d.code.as_str().starts_with("NAME-00"))
                .map(|d| d.help.as_ref().map(|h| h.en().clone()).unwrap_or_default())
                .collect()
        };
        let with_gdpr = format!("use std::gdpr\n{HEADER}right o: gdpr::object {{ via privacy@some.example }}\npurpose support {{\n  label {{ zh: \"甲\", en: \"a\" }}\n  basis legitimate_interests\n}}\n");
        assert_eq!(
            help(&with_gdpr),
            [
                "did you mean `gdpr::object_marketing`?",
                "did you mean `gdpr::legitimate_interests`?"
            ]
        );
        let without = format!("{HEADER}right o: portability {{ via privacy@some.example }}\npurpose support {{\n  label {{ zh: \"甲\", en: \"a\" }}\n  basis pipl::consent\n}}\n");
        assert_eq!(
            help(&without),
            [
                "`portability` is in `std::gdpr`, which this file does not import: add `use std::gdpr` and write `gdpr::portability`",
                "`pipl` is the standard library's `std::pipl`, which this file does not import: add `use std::pipl`"
            ]
        );
        // Applying both fixes leaves no name error.
        let a = project(&[("policy.pol", &without)]);
        let mut edits: Vec<crate::diag::TextEdit> = a
            .diagnostics
            .iter()
            .flat_map(|d| d.fixes.iter().flat_map(|f| f.edits.clone()))
            .collect();
        edits.sort_by_key(|e| std::cmp::Reverse((e.span.start, e.span.end)));
        let mut fixed = without.clone();
        for e in edits {
            fixed.replace_range(e.span.start as usize..e.span.end as usize, &e.new_text);
        }
        assert!(help(&fixed).is_empty(), "{fixed}");
    }
}
