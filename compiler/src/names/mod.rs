//! Names: modules, imports and scopes, and resolving a written path to an [`ItemId`].
//!
//! Each file is a module. Its scope holds, in order of precedence: its own items, the items
//! and modules it imports by name (`use std::pipl::consent`, `use std::gbt35273 as gb`), and
//! the items of modules it imports with a glob (`use std::pipl::*`). A path `gb::contact`
//! starts with a module alias; a path starting with `std` is always absolute. Two globs that
//! offer the same name make it ambiguous rather than silently picking one.
//!
//! Which *kind* of item a path must name is the type phase's business: it calls [`Scopes::resolve`]
//! and checks the kind of what comes back.

use std::cell::Cell;

use indexmap::IndexMap;

use crate::diag::{codes, suggest, Diagnostic, Message};
use crate::ir::{ItemId, Module, ModuleId};
use crate::source::Span;
use crate::syntax::ast::{Ident, Path};

#[derive(Debug)]
pub enum Binding {
    Module(ModuleId),
    Item(ItemId),
}

#[derive(Debug)]
pub struct Import {
    pub alias: String,
    pub binding: Binding,
    pub span: Span,
    pub used: Cell<bool>,
}

#[derive(Debug)]
pub struct Glob {
    pub module: ModuleId,
    pub span: Span,
    pub used: Cell<bool>,
}

#[derive(Debug, Default)]
pub struct Scope {
    pub imports: Vec<Import>,
    pub globs: Vec<Glob>,
}

/// Why a path did not resolve.
#[derive(Debug, PartialEq)]
pub enum ResolveError {
    /// No item of that name; `suggestion` is a close name in scope.
    Unknown {
        name: String,
        span: Span,
        suggestion: Option<String>,
    },
    /// The name is not in scope, but a standard-library module the file does not import
    /// declares it: `module` is that module (`std::pipl`), `written` how the name is written
    /// once it is imported (`pipl::contract`).
    NotImported {
        name: String,
        span: Span,
        module: String,
        written: String,
    },
    /// The first segments name no module. `std_module`: the standard-library module of that
    /// name, which the file does not import (`pipl` for `std::pipl`).
    UnknownModule {
        path: String,
        span: Span,
        std_module: Option<String>,
    },
    /// Two glob imports offer the name.
    Ambiguous {
        name: String,
        span: Span,
        first: Span,
        second: Span,
    },
    /// The path names a module, not an item.
    IsModule { path: String, span: Span },
}

impl ResolveError {
    pub fn into_diagnostic(self) -> Diagnostic {
        match self {
            ResolveError::Unknown {
                name,
                span,
                suggestion,
            } => {
                let d = Diagnostic::new(
                    codes::NAME_UNKNOWN,
                    span,
                    Message::key("names--unknown-name-name").arg("name", &name),
                )
                .with_label(Message::key("names--not-declared-imported"));
                match suggestion {
                    Some(s) => d
                        .with_help(Message::key("names--did-you-mean-s").arg("s", &s))
                        .with_fix(Message::key("names--replace-s").arg("s", &s), span, s),
                    None => d.with_help(Message::key("names--declare-import-use")),
                }
            }
            ResolveError::NotImported {
                name,
                span,
                module,
                written,
            } => {
                let import = format!("use {module}\n");
                let mut d = Diagnostic::new(
                    codes::NAME_UNKNOWN,
                    span,
                    Message::key("names--unknown-name-name").arg("name", &name),
                )
                .with_label(Message::key("names--not-declared-imported"))
                .with_help(
                    Message::key("names--name-module-which-file-does")
                        .arg("name", &name)
                        .arg("module", &module)
                        .arg("written", &written),
                );
                d.fixes.push(crate::diag::Fix {
                    title: Message::key("names--import-module-write-written")
                        .arg("module", &module)
                        .arg("written", &written),
                    edits: vec![
                        crate::diag::TextEdit {
                            span: Span::new(span.file, 0, 0),
                            new_text: import,
                        },
                        crate::diag::TextEdit {
                            span,
                            new_text: written,
                        },
                    ],
                });
                d
            }
            ResolveError::UnknownModule {
                path,
                span,
                std_module,
            } => {
                let d = Diagnostic::new(
                    codes::NAME_UNKNOWN_MODULE,
                    span,
                    Message::key("names--unknown-module-path").arg("path", &path),
                )
                .with_label(Message::key("names--no-such-module"));
                match std_module {
                    Some(m) => d
                        .with_help(
                            Message::key("names--path-standard-library-s-std")
                                .arg("path", &path)
                                .arg("m", &m),
                        )
                        .with_fix(
                            Message::key("names--add-use-std-m").arg("m", &m),
                            Span::new(span.file, 0, 0),
                            format!("use std::{m}\n"),
                        ),
                    None => d.with_help(Message::key("names--import-modules-use-stdlib-modules")),
                }
            }
            ResolveError::Ambiguous {
                name,
                span,
                first,
                second,
            } => Diagnostic::new(
                codes::NAME_AMBIGUOUS,
                span,
                Message::key("names--name-ambiguous").arg("name", &name),
            )
            .with_label(Message::key("names--two-imports-offer-name"))
            .with_related(first, Message::key("names--offered-import"))
            .with_related(second, Message::key("names--one"))
            .with_help(Message::key("names--write-module-front-name-e")),
            ResolveError::IsModule { path, span } => Diagnostic::new(
                codes::TYPE_WRONG_KIND,
                span,
                Message::key("names--path-module-not-item").arg("path", &path),
            )
            .with_label(Message::key("names--module"))
            .with_help(Message::key("names--name-item-inside-e-g")),
        }
    }
}

/// All modules and their scopes.
#[derive(Debug, Default)]
pub struct Scopes {
    pub modules: Vec<Module>,
    pub scopes: Vec<Scope>,
}

impl Scopes {
    pub fn module(&self, id: ModuleId) -> Option<&Module> {
        self.modules.get(id.0 as usize)
    }

    pub fn module_by_path(&self, path: &str) -> Option<ModuleId> {
        self.modules.iter().find(|m| m.path == path).map(|m| m.id)
    }

    /// Resolves `path` as written in module `from`.
    pub fn resolve(&self, from: ModuleId, path: &Path) -> Result<ItemId, ResolveError> {
        let segments = &path.segments;
        let Some((last, init)) = segments.split_last() else {
            return Err(ResolveError::Unknown {
                name: String::new(),
                span: path.span,
                suggestion: None,
            });
        };
        if init.is_empty() {
            return self.resolve_single(from, last);
        }
        let module = self.resolve_module_prefix(from, init)?;
        let Some(m) = self.module(module) else {
            return Err(ResolveError::UnknownModule {
                path: path.text(),
                span: path.span,
                std_module: None,
            });
        };
        if let Some(id) = m.items.get(last.text.as_str()) {
            return Ok(*id);
        }
        let full = format!("{}::{}", m.path, last.text);
        if self.module_by_path(&full).is_some() {
            return Err(ResolveError::IsModule {
                path: path.text(),
                span: path.span,
            });
        }
        let suggestion = suggest::closest_name(&last.text, m.items.keys().map(String::as_str))
            .map(str::to_string);
        Err(ResolveError::Unknown {
            name: path.text(),
            span: path.span,
            suggestion: suggestion.map(|s| replace_last(path, &s)),
        })
    }

    fn resolve_module_prefix(
        &self,
        from: ModuleId,
        init: &[Ident],
    ) -> Result<ModuleId, ResolveError> {
        let first = &init[0];
        let mut base: Option<String> = None;
        if first.text == "std" {
            base = Some("std".to_string());
        } else if let Some(scope) = self.scopes.get(from.0 as usize) {
            for import in &scope.imports {
                if import.alias == first.text {
                    if let Binding::Module(m) = import.binding {
                        import.used.set(true);
                        base = self.module(m).map(|m| m.path.clone());
                    }
                }
            }
        }
        if base.is_none() && self.module_by_path(&first.text).is_some() {
            base = Some(first.text.to_string());
        }
        let Some(mut module_path) = base else {
            let prefix_span = first.span.cover(init[init.len() - 1].span);
            // `pipl::consent` in a file without `use std::pipl`.
            let std_module = self
                .module_by_path(&format!("std::{}", first.text))
                .map(|_| first.text.to_string());
            return Err(ResolveError::UnknownModule {
                path: first.text.to_string(),
                span: prefix_span,
                std_module,
            });
        };
        for seg in &init[1..] {
            module_path.push_str("::");
            module_path.push_str(&seg.text);
        }
        let prefix_span = first.span.cover(init[init.len() - 1].span);
        self.module_by_path(&module_path)
            .ok_or(ResolveError::UnknownModule {
                path: module_path,
                span: prefix_span,
                std_module: None,
            })
    }

    fn resolve_single(&self, from: ModuleId, name: &Ident) -> Result<ItemId, ResolveError> {
        let own = self.module(from);
        if let Some(id) = own.and_then(|m| m.items.get(name.text.as_str())) {
            return Ok(*id);
        }
        let scope = self.scopes.get(from.0 as usize);
        if let Some(scope) = scope {
            for import in &scope.imports {
                if import.alias != name.text {
                    continue;
                }
                match import.binding {
                    Binding::Item(id) => {
                        import.used.set(true);
                        return Ok(id);
                    }
                    Binding::Module(_) => {
                        import.used.set(true);
                        return Err(ResolveError::IsModule {
                            path: name.text.to_string(),
                            span: name.span,
                        });
                    }
                }
            }
            let mut found: Option<(ItemId, &Glob)> = None;
            for glob in &scope.globs {
                let Some(id) = self
                    .module(glob.module)
                    .and_then(|m| m.items.get(name.text.as_str()))
                else {
                    continue;
                };
                match found {
                    Some((prev, prev_glob)) if prev != *id => {
                        // Both imports are in use: neither is "unused" because of the clash.
                        prev_glob.used.set(true);
                        glob.used.set(true);
                        return Err(ResolveError::Ambiguous {
                            name: name.text.to_string(),
                            span: name.span,
                            first: prev_glob.span,
                            second: glob.span,
                        });
                    }
                    _ => found = Some((*id, glob)),
                }
            }
            if let Some((id, glob)) = found {
                glob.used.set(true);
                return Ok(id);
            }
        }
        let suggestion = suggest::closest_name(&name.text, self.names_in_scope(from))
            .map(str::to_string)
            .or_else(|| self.in_imported_modules(from, &name.text));
        if suggestion.is_none() {
            if let Some((module, written)) = self.in_std_not_imported(from, &name.text) {
                return Err(ResolveError::NotImported {
                    name: name.text.to_string(),
                    span: name.span,
                    module,
                    written,
                });
            }
        }
        Err(ResolveError::Unknown {
            name: name.text.to_string(),
            span: name.span,
            suggestion,
        })
    }

    /// A name, exact or close, in a module `from` imports as a module (`use std::gdpr`):
    /// `legitimate_interests` is suggested as `gdpr::legitimate_interests`. The exact name in
    /// any such module wins over a close one.
    fn in_imported_modules(&self, from: ModuleId, name: &str) -> Option<String> {
        let scope = self.scopes.get(from.0 as usize)?;
        let modules: Vec<(&str, &Module)> = scope
            .imports
            .iter()
            .filter_map(|i| match i.binding {
                Binding::Module(m) => Some((i.alias.as_str(), self.module(m)?)),
                Binding::Item(_) => None,
            })
            .collect();
        if let Some((alias, _)) = modules.iter().find(|(_, m)| m.items.contains_key(name)) {
            return Some(format!("{alias}::{name}"));
        }
        modules.iter().find_map(|(alias, m)| {
            suggest::closest_name(name, m.items.keys().map(String::as_str))
                .map(|s| format!("{alias}::{s}"))
        })
    }

    /// A standard-library module that declares `name` and that `from` does not import: the
    /// module's path and how the name is written once it is imported. The first such module
    /// in the stdlib's order, so the answer is stable.
    fn in_std_not_imported(&self, from: ModuleId, name: &str) -> Option<(String, String)> {
        let scope = self.scopes.get(from.0 as usize);
        let imported = |m: ModuleId| {
            scope.is_some_and(|s| {
                s.imports
                    .iter()
                    .any(|i| matches!(i.binding, Binding::Module(x) if x == m))
                    || s.globs.iter().any(|g| g.module == m)
            })
        };
        self.modules
            .iter()
            .filter(|m| m.is_std && !imported(m.id) && m.items.contains_key(name))
            .map(|m| {
                let last = m.path.rsplit("::").next().unwrap_or(&m.path);
                (m.path.clone(), format!("{last}::{name}"))
            })
            .next()
    }

    /// Every single-segment name visible in `from`, for suggestions and completion.
    pub fn names_in_scope(&self, from: ModuleId) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        if let Some(m) = self.module(from) {
            names.extend(m.items.keys().map(String::as_str));
        }
        if let Some(scope) = self.scopes.get(from.0 as usize) {
            names.extend(scope.imports.iter().map(|i| i.alias.as_str()));
            for glob in &scope.globs {
                if let Some(m) = self.module(glob.module) {
                    names.extend(m.items.keys().map(String::as_str));
                }
            }
        }
        names
    }

    /// Warnings for imports nothing used.
    pub fn unused_imports(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for (scope, module) in self.scopes.iter().zip(&self.modules) {
            if module.is_std {
                continue;
            }
            // Importing one of the author's own files also makes its items part of the policy,
            // so such an import is never "unused": removing it would change the policy.
            let is_user_module = |m: ModuleId| self.module(m).is_some_and(|m| !m.is_std);
            let unused = scope
                .imports
                .iter()
                .filter(|i| !i.used.get())
                .filter(|i| !matches!(i.binding, Binding::Module(m) if is_user_module(m)))
                .map(|i| (i.span, i.alias.clone()))
                .chain(
                    scope
                        .globs
                        .iter()
                        .filter(|g| !g.used.get() && !is_user_module(g.module))
                        .map(|g| {
                            (
                                g.span,
                                self.module(g.module)
                                    .map(|m| format!("{}::*", m.path))
                                    .unwrap_or_default(),
                            )
                        }),
                );
            for (span, name) in unused {
                out.push(
                    Diagnostic::new(
                        codes::NAME_UNUSED_IMPORT,
                        span,
                        Message::key("names--unused-import-name").arg("name", &name),
                    )
                    .with_label(Message::key("names--nothing-uses-import"))
                    .with_fix(Message::key("names--remove-import"), span, ""),
                );
            }
        }
        out
    }
}

fn replace_last(path: &Path, last: &str) -> String {
    let mut parts: Vec<&str> = path.segments.iter().map(|s| s.text.as_str()).collect();
    parts.pop();
    parts.push(last);
    parts.join("::")
}

/// Registers a module's items, reporting duplicate names (the first as a related label).
pub fn declare(
    module: &mut Module,
    name: &Ident,
    id: ItemId,
    first_span: impl Fn(ItemId) -> Option<Span>,
) -> Option<Diagnostic> {
    if let Some(prev) = module.items.get(name.text.as_str()) {
        let d = Diagnostic::new(
            codes::NAME_DUPLICATE,
            name.span,
            Message::key("names--text-declared-twice").arg("text", &name.text),
        )
        .with_label(Message::key("names--declared-again-here"))
        .with_help(Message::key("names--rename-one-them-merge-them"));
        return Some(match first_span(*prev) {
            Some(span) => d.with_related(span, Message::key("names--first-declared-here")),
            None => d,
        });
    }
    module.items.insert(name.text.to_string(), id);
    None
}

pub fn new_module(id: ModuleId, path: String, file: crate::source::FileId, is_std: bool) -> Module {
    Module {
        id,
        path,
        file,
        is_std,
        items: IndexMap::new(),
    }
}
