//! The standard-library reference: `docs/stdlib.md` and `polc std NAME`, generated from the
//! typed model of the embedded stdlib so the page cannot drift from the sources.
//!
//! Every item gets its kind, both labels, the provision it rests on, what it implies for a
//! policy that uses it (a category's sensitivity, a basis's consent form, ...), its other
//! fields, the comment written directly above it in the source, and how a policy uses it. The
//! last is read from the schema (which kinds take it as `: parent`, which fields refer to its
//! kind), so a new kind or field shows up here without an edit.

use std::fmt::Write as _;

use crate::ir::views::{Basis, Condition, Definition, Labelled, Mechanism, Sensitive};
use crate::ir::{Fields, Item, Module, Policy, Value};
use crate::types::schema::{self, FieldSpec, Kind, Ty, KINDS};

/// Short module names people write for a stdlib module, besides the module's own last
/// segment: `gb::device` is how the starters and examples import GB/T 35273.
const ALIASES: &[(&str, &str)] = &[("gb", "std::gbt35273"), ("sec", "std::security")];

/// The stdlib's typed model, with no author file around it; built once per process (the
/// stdlib never changes while the binary runs).
fn stdlib_policy() -> &'static Policy {
    static POLICY: std::sync::OnceLock<Policy> = std::sync::OnceLock::new();
    POLICY.get_or_init(|| {
        crate::Workspace::from_text("stdlib-reference.pol", "")
            .analyze()
            .policy
    })
}

fn std_modules(policy: &Policy) -> impl Iterator<Item = &Module> {
    policy.modules.iter().filter(|m| m.is_std)
}

/// `docs/stdlib.md`: every stdlib module and item.
pub fn markdown() -> String {
    let policy = stdlib_policy();
    let mut out = String::from(
        "# Standard library（标准库）\n\n\
         Generated from the stdlib sources (`stdlib/**/*.pol`, embedded in `polc`); do not edit by\n\
         hand. A test fails when this file is out of date: run\n\
         `POL_BLESS=1 cargo test -p pol stdlib_reference` to regenerate it. `polc std NAME`\n\
         (`polc std gb::device`, `polc std std::pipl::consent`) prints one entry; `polc std`\n\
         lists the modules and `polc std std::pipl` a module's items.\n\n\
         Import a module with `use std::gbt35273 as gb` (then write `gb::device`) or\n\
         `use std::pipl` (then `pipl::consent`); `use std::pipl::*` imports every name.\n\
         \"Sensitive\" is what a policy category mapped to a standard category inherits unless it\n\
         says `sensitive` or `sensitive no` itself (PIPL Art. 28). Each law draws its own line:\n\
         \"Also sensitive under\" names the GDPR's special categories and the CCPA's sensitive\n\
         personal information where a category falls under them, through its parent or `maps_to`.\n\n\
         ## Modules\n\n\
         | Module | Items | What it holds |\n\
         | --- | --- | --- |\n",
    );
    for module in std_modules(policy) {
        let _ = writeln!(
            out,
            "| [`{path}`](#{anchor}) | {count} | {kinds} |",
            path = module.path,
            anchor = anchor(&module.path),
            count = module.items.len(),
            kinds = kinds_of(policy, module)
                .iter()
                .map(|k| format!(
                    "{} ({})",
                    plural_keyword(*k),
                    count_kind(policy, module, *k)
                ))
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    for module in std_modules(policy) {
        let _ = write!(out, "\n## `{}`\n\n", module.path);
        let intro = module_intro(&module.path);
        if !intro.is_empty() {
            out.push_str(&quote(&intro));
            out.push('\n');
        }
        out.push_str(&module_index(policy, module));
        for kind in kinds_of(policy, module) {
            let spec = schema::spec(kind);
            let _ = write!(
                out,
                "\n### {} in `{}`（{}）\n",
                capitalise(plural_keyword(kind)),
                module.path,
                spec.zh
            );
            for item in module_items(policy, module).filter(|i| i.kind == kind) {
                out.push('\n');
                out.push_str(&entry_markdown(policy, item, "####"));
            }
        }
    }
    out
}

/// What `polc std NAME` prints: one item's entry, a module's index, or the list of modules
/// (for an empty name). `Err` carries a message naming the closest known names.
pub fn lookup(name: &str) -> Result<String, String> {
    let policy = stdlib_policy();
    let name = name.trim();
    if name.is_empty() {
        let mut out = String::from("Standard-library modules（标准库模块）:\n\n");
        for m in std_modules(policy) {
            let _ = writeln!(out, "  {:<24} {} items", m.path, m.items.len());
        }
        out.push_str(
            "\n`polc std MODULE` lists a module's items; `polc std MODULE::NAME` explains one.\n",
        );
        return Ok(out);
    }
    if let Some(module) = find_module(policy, name) {
        let mut out = format!("# `{}`\n\n", module.path);
        out.push_str(&module_index(policy, module));
        return Ok(out);
    }
    let matches = find_items(policy, name);
    match matches.as_slice() {
        [one] => Ok(entry_markdown(policy, one, "#")),
        [] => {
            let known: Vec<String> = std_modules(policy)
                .flat_map(|m| m.items.keys().map(move |k| format!("{}::{k}", m.path)))
                .chain(std_modules(policy).map(|m| m.path.clone()))
                .collect();
            let wanted = qualify(name);
            let hint = crate::diag::suggest::closest(&wanted, known.iter().map(String::as_str))
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
            Err(format!(
                "no standard-library item or module `{name}`{hint}; `polc std` lists the modules, docs/stdlib.md every item"
            ))
        }
        several => {
            let names: Vec<String> = several
                .iter()
                .map(|i| format!("`{}`", policy.qualified_name(i.id)))
                .collect();
            Err(format!(
                "`{name}` is in several modules: {}; give the module",
                names.join(", ")
            ))
        }
    }
}

/// `gb::device` -> `std::gbt35273::device`, `pipl::consent` -> `std::pipl::consent`.
fn qualify(name: &str) -> String {
    let name = name.strip_prefix("std::").unwrap_or(name);
    let (first, rest) = name.split_once("::").unwrap_or((name, ""));
    let module = ALIASES
        .iter()
        .find(|(alias, _)| *alias == first)
        .map(|(_, path)| path.to_string())
        .unwrap_or_else(|| format!("std::{first}"));
    if rest.is_empty() {
        module
    } else {
        format!("{module}::{rest}")
    }
}

fn find_module<'p>(policy: &'p Policy, name: &str) -> Option<&'p Module> {
    let wanted = qualify(name);
    std_modules(policy).find(|m| m.path == wanted)
}

/// The stdlib items a name may mean: the exact path (aliases allowed), else every item with
/// that bare name.
fn find_items<'p>(policy: &'p Policy, name: &str) -> Vec<&'p Item> {
    let wanted = qualify(name);
    if let Some((module, item)) = wanted.rsplit_once("::") {
        let exact = std_modules(policy)
            .filter(|m| m.path == module)
            .filter_map(|m| m.items.get(item))
            .filter_map(|id| policy.item(*id))
            .collect::<Vec<_>>();
        if !exact.is_empty() || name.contains("::") {
            return exact;
        }
    }
    std_modules(policy)
        .filter_map(|m| m.items.get(name))
        .filter_map(|id| policy.item(*id))
        .collect()
}

fn module_items<'p>(policy: &'p Policy, module: &'p Module) -> impl Iterator<Item = &'p Item> {
    module.items.values().filter_map(|id| policy.item(*id))
}

/// The kinds a module defines, in the order of their first item.
fn kinds_of(policy: &Policy, module: &Module) -> Vec<Kind> {
    let mut kinds = Vec::new();
    for item in module_items(policy, module) {
        if !kinds.contains(&item.kind) {
            kinds.push(item.kind);
        }
    }
    kinds
}

fn count_kind(policy: &Policy, module: &Module, kind: Kind) -> usize {
    module_items(policy, module)
        .filter(|i| i.kind == kind)
        .count()
}

fn module_index(policy: &Policy, module: &Module) -> String {
    let mut out = String::from("| Name | Kind | 中文 | English |\n| --- | --- | --- | --- |\n");
    for item in module_items(policy, module) {
        let label = Labelled(item).label();
        let _ = writeln!(
            out,
            "| [`{name}`](#{anchor}) | {kind} | {zh} | {en} |",
            name = item.name(),
            anchor = anchor(&policy.qualified_name(item.id)),
            kind = item.kind.keyword(),
            zh = cell(label.and_then(|t| t.zh.as_deref()).unwrap_or("")),
            en = cell(label.and_then(|t| t.en.as_deref()).unwrap_or("")),
        );
    }
    out
}

/// One item's entry, under a heading of the given level.
fn entry_markdown(policy: &Policy, item: &Item, heading: &str) -> String {
    let spec = schema::spec(item.kind);
    let path = policy.qualified_name(item.id);
    let mut out = format!("{heading} `{path}`\n\n");
    if let Some(label) = Labelled(item).label() {
        let _ = writeln!(
            out,
            "{} / {}\n",
            label.zh.as_deref().unwrap_or("—"),
            label.en.as_deref().unwrap_or("—")
        );
    }
    let _ = writeln!(
        out,
        "- **Kind（类型）:** `{}` — {}（{}）",
        spec.keyword, spec.en, spec.zh
    );
    if let Some(parent) = item.parent {
        let _ = writeln!(out, "- **Is a:** `{}`", policy.qualified_name(parent));
    }
    if let Some(article) = Definition(item).article() {
        let _ = writeln!(out, "- **Rests on（依据）:** {article}");
    }
    for line in implications(policy, item) {
        let _ = writeln!(out, "- {line}");
    }
    for field in &item.fields.0 {
        if ["label", "article", "sensitive", "consent", "exemption"].contains(&field.key) {
            continue;
        }
        let values: Vec<String> = field
            .values
            .iter()
            .map(|v| value(policy, &v.value))
            .collect();
        let _ = writeln!(out, "- `{}`: {}", field.key, values.join("; "));
    }
    let usage = usage(item.kind, &path);
    if !usage.is_empty() {
        let _ = writeln!(out, "- **Use（用法）:** {}", usage.join("; "));
    }
    let comment = comment_above(policy, item);
    if !comment.is_empty() {
        out.push('\n');
        out.push_str(&quote(&comment));
    }
    out
}

/// What using the item implies for a policy, in words.
fn implications(policy: &Policy, item: &Item) -> Vec<String> {
    let mut out = Vec::new();
    match item.kind {
        Kind::Category => {
            let sensitive = policy.sensitive_under(item.id, "pipl");
            out.push(format!(
                "**Sensitive（敏感个人信息）:** {}",
                if sensitive {
                    "yes（是）: a category mapped to it is sensitive personal information unless it says `sensitive no`; processing needs separate consent under PIPL Art. 29"
                } else {
                    "no（否）"
                }
            ));
            // The other laws' lines, where they are crossed (PIPL's is stated above either way).
            let others: Vec<&str> = [
                (
                    "gdpr",
                    "a GDPR special category or criminal-offence data（GDPR Art. 9(1), 10）",
                ),
                (
                    "ccpa",
                    "CCPA sensitive personal information（§1798.140(ae)）",
                ),
            ]
            .into_iter()
            .filter(|(profile, _)| policy.sensitive_under(item.id, profile))
            .map(|(_, words)| words)
            .collect();
            if !others.is_empty() {
                out.push(format!(
                    "**Also sensitive under（其他法律下亦属敏感）:** {}",
                    others.join("; ")
                ));
            }
        }
        Kind::Basis => {
            let form = Basis(item).consent().unwrap_or("none");
            let words = match form {
                "none" => "none（无需同意）: not consent; the processing rests on necessity or law",
                "general" => "general consent（一般同意）",
                "separate" => {
                    "separate consent（单独同意）: asked specifically for this processing"
                }
                "written" => "written consent（书面同意）",
                "guardian" => "the guardian's consent（监护人同意）",
                other => other,
            };
            out.push(format!("**Consent form（同意形式）:** {words}"));
        }
        Kind::Condition => {
            if let Some(kind) = Condition(item).kind_word() {
                out.push(format!("**Kind（类型）:** `{kind}`"));
            }
            if let Some(basis) = Condition(item).basis().first() {
                out.push(format!(
                    "**Basis when it holds（成立时的处理依据）:** `{}`",
                    policy.qualified_name(*basis)
                ));
            }
        }
        Kind::Mechanism => {
            if Mechanism(item).exemption() == Some(true) {
                out.push(
                    "**Exemption（豁免）:** an exemption from the cross-border mechanisms, not a mechanism"
                        .into(),
                );
            }
        }
        _ => {
            if Sensitive(item).sensitive() == Some(true) {
                out.push("**Sensitive（敏感）:** yes".into());
            }
        }
    }
    out
}

/// How a policy uses an item of this kind: as the `: parent` of its own item, or in the
/// fields whose type refers to the kind. Read from the schema.
fn usage(kind: Kind, path: &str) -> Vec<String> {
    let short = path.strip_prefix("std::").unwrap_or(path);
    let short = match short.split_once("::") {
        // `std::pipl::exceptions::x` is written `exceptions::x` after `use std::pipl::exceptions`.
        Some(_) => {
            let mut parts: Vec<&str> = short.split("::").collect();
            let len = parts.len();
            if len > 2 {
                parts.drain(..len - 2);
            }
            parts.join("::")
        }
        None => short.to_string(),
    };
    let mut out = Vec::new();
    for spec in KINDS {
        if spec.parent == Some(kind) {
            out.push(format!("`{} my_name: {short} {{ ... }}`", spec.keyword));
        }
    }
    let mut fields = Vec::new();
    for spec in KINDS {
        referring_fields(spec.keyword, spec.fields, kind, &mut fields);
    }
    if !fields.is_empty() {
        out.push(format!(
            "in {}",
            fields
                .iter()
                .map(|f| format!("`{f}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    out
}

fn referring_fields(prefix: &str, fields: &[FieldSpec], kind: Kind, out: &mut Vec<String>) {
    for f in fields {
        let refers = match f.ty {
            Ty::Ref(k) => k == kind,
            Ty::Clauses => matches!(kind, Kind::Clause | Kind::List),
            Ty::Channel => kind == Kind::Contact,
            Ty::Record(inner) => {
                referring_fields(&format!("{prefix}.{}", f.key), inner, kind, out);
                false
            }
            _ => false,
        };
        if refers {
            out.push(format!("{prefix}.{}", f.key));
        }
    }
}

fn value(policy: &Policy, v: &Value) -> String {
    match v {
        Value::Text(t) => format!(
            "{} / {}",
            t.zh.as_deref().unwrap_or("—"),
            t.en.as_deref().unwrap_or("—")
        ),
        Value::Str(s) | Value::Email(s) | Value::Url(s) | Value::Phone(s) | Value::Region(s) => {
            s.clone()
        }
        Value::Bool(b) => if *b { "yes" } else { "no" }.into(),
        Value::Int(n) => n.to_string(),
        Value::Date(d) => d.to_string(),
        Value::Duration(d) => d.to_string(),
        Value::Ref(id) => format!("`{}`", policy.qualified_name(*id)),
        Value::Option(word) => format!("`{word}`"),
        Value::Record(fields) => record(policy, fields),
    }
}

fn record(policy: &Policy, fields: &Fields) -> String {
    let parts: Vec<String> = fields
        .0
        .iter()
        .map(|f| {
            let values: Vec<String> = f.values.iter().map(|v| value(policy, &v.value)).collect();
            format!("{} {}", f.key, values.join(", "))
        })
        .collect();
    format!("{{ {} }}", parts.join("; "))
}

/// The `//` lines directly above an item in its source (no blank line between), without the
/// slashes; rulers of dashes are left out.
fn comment_above(policy: &Policy, item: &Item) -> String {
    let Some(text) = policy
        .module(item.module)
        .and_then(|m| crate::stdlib::module(&m.path))
        .map(|(_, text)| text)
    else {
        return String::new();
    };
    let before = text.get(..item.span.start as usize).unwrap_or("");
    // The item starts a line (after any indentation); a blank line between stops the comment.
    let Some(before) = before.trim_end_matches([' ', '\t']).strip_suffix('\n') else {
        return String::new();
    };
    let mut lines: Vec<&str> = Vec::new();
    for line in before.lines().rev() {
        match line.trim().strip_prefix("//") {
            Some(rest) if !rest.trim().is_empty() && rest.trim().chars().all(|c| c == '-') => break,
            Some(rest) => lines.push(rest.strip_prefix(' ').unwrap_or(rest)),
            None => break,
        }
    }
    lines.reverse();
    lines.join("\n")
}

/// The comment block at the top of a module's file: what the module is.
fn module_intro(path: &str) -> String {
    let Some((_, text)) = crate::stdlib::module(path) else {
        return String::new();
    };
    text.lines()
        .map_while(|l| l.trim().strip_prefix("//"))
        .filter(|rest| !rest.trim().chars().all(|c| c == '-') || rest.trim().is_empty())
        .map(|rest| rest.strip_prefix(' ').unwrap_or(rest))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

fn plural_keyword(kind: Kind) -> &'static str {
    match kind {
        Kind::Policy => "policies",
        Kind::Category => "categories",
        Kind::Basis => "bases",
        Kind::Cookies => "cookie statements",
        Kind::Minors => "minors statements",
        Kind::Security => "security statements",
        Kind::Changes => "changes statements",
        Kind::Storage => "storage statements",
        Kind::Retention => "retention rules",
        Kind::Right => "rights",
        Kind::Promise => "promises",
        Kind::Purpose => "purposes",
        Kind::Recipient => "recipients",
        Kind::Flow => "flows",
        Kind::Cookie => "cookies",
        Kind::Contact => "contacts",
        Kind::Revision => "revisions",
        Kind::Section => "sections",
        Kind::Role => "roles",
        Kind::Mechanism => "mechanisms",
        Kind::Clause => "clauses",
        Kind::List => "lists",
        Kind::Measure => "measures",
        Kind::Certification => "certifications",
        Kind::Condition => "conditions",
        Kind::Permission => "permissions",
        Kind::Function => "functions",
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// GitHub's heading anchor for `` `std::pipl::consent` ``: lower case, punctuation dropped.
fn anchor(path: &str) -> String {
    path.chars()
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' | '_' | '-' => Some(c),
            'A'..='Z' => Some(c.to_ascii_lowercase()),
            ' ' => Some('-'),
            _ => None,
        })
        .collect()
}

/// A Markdown block quote of some lines.
fn quote(text: &str) -> String {
    text.lines()
        .map(|l| {
            if l.is_empty() {
                ">\n".to_string()
            } else {
                format!("> {l}\n")
            }
        })
        .collect()
}

/// A Markdown table cell: no pipes or line breaks.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdlib_reference_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/stdlib.md");
        let expected = markdown();
        if std::env::var_os("POL_BLESS").is_some() {
            std::fs::write(path, &expected).unwrap();
        }
        let actual = std::fs::read_to_string(path).unwrap_or_default();
        assert_eq!(
            actual, expected,
            "docs/stdlib.md is stale: run POL_BLESS=1 cargo test -p pol stdlib_reference"
        );
    }

    #[test]
    fn stdlib_reference_lists_every_item_with_both_labels() {
        let policy = stdlib_policy();
        let page = markdown();
        let mut count = 0;
        for module in std_modules(policy) {
            for item in module_items(policy, module) {
                count += 1;
                let path = policy.qualified_name(item.id);
                assert!(
                    page.contains(&format!("#### `{path}`\n")),
                    "no entry for {path}"
                );
                let label = Labelled(item).label().unwrap();
                assert!(
                    page.contains(label.zh.as_deref().unwrap()),
                    "{path}: zh label"
                );
                assert!(
                    page.contains(label.en.as_deref().unwrap()),
                    "{path}: en label"
                );
            }
        }
        assert!(count > 250, "only {count} stdlib items");
    }
}
