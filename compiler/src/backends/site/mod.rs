//! The policy site: each policy rendered in Chinese and in English, as HTML and as Markdown,
//! from minijinja templates (one set per language, plus shared partials and the stylesheet).
//!
//! The text itself is composed in Rust from the manifest ([`compose`]); the templates lay it out
//! and receive one documented context (`docs/templates.md`):
//! `{ manifest, page, lang, other_lang, diagram, paths }`. Author text reaches the output only
//! through the templates' auto-escaping: HTML for `.html`, a Markdown escaper for `.md`.

pub mod compose;
pub mod diagram;
mod gdpr;
pub mod lists;
pub mod words;

use std::path::{Path, PathBuf};

use minijinja::{AutoEscape, Environment, Value};
use serde::Serialize;

use crate::backends::manifest::{self, Builder, Manifest};
use crate::diag::Lang;
use crate::ir::{ItemId, Policy};
use crate::types::schema::Kind;

/// The default templates, by name. `--templates DIR` replaces any of them by a file of the
/// same relative path in DIR (and may add partials of its own).
pub const DEFAULT_TEMPLATES: &[(&str, &str)] = &[
    (
        "zh/index.html",
        include_str!("../../../templates/zh/index.html"),
    ),
    (
        "en/index.html",
        include_str!("../../../templates/en/index.html"),
    ),
    (
        "zh/policy.md",
        include_str!("../../../templates/zh/policy.md"),
    ),
    (
        "en/policy.md",
        include_str!("../../../templates/en/policy.md"),
    ),
    (
        "partials/page.html",
        include_str!("../../../templates/partials/page.html"),
    ),
    (
        "partials/policy.md",
        include_str!("../../../templates/partials/policy.md"),
    ),
    (
        "partials/lists.html",
        include_str!("../../../templates/partials/lists.html"),
    ),
    (
        "partials/lists.md",
        include_str!("../../../templates/partials/lists.md"),
    ),
    (
        "partials/list-table.html",
        include_str!("../../../templates/partials/list-table.html"),
    ),
    (
        "partials/list-table.md",
        include_str!("../../../templates/partials/list-table.md"),
    ),
    (
        "partials/list-page.html",
        include_str!("../../../templates/partials/list-page.html"),
    ),
    (
        "partials/list-page.md",
        include_str!("../../../templates/partials/list-page.md"),
    ),
    (
        "zh/collection-list.html",
        include_str!("../../../templates/zh/collection-list.html"),
    ),
    (
        "en/collection-list.html",
        include_str!("../../../templates/en/collection-list.html"),
    ),
    (
        "zh/collection-list.md",
        include_str!("../../../templates/zh/collection-list.md"),
    ),
    (
        "en/collection-list.md",
        include_str!("../../../templates/en/collection-list.md"),
    ),
    (
        "zh/sharing-list.html",
        include_str!("../../../templates/zh/sharing-list.html"),
    ),
    (
        "en/sharing-list.html",
        include_str!("../../../templates/en/sharing-list.html"),
    ),
    (
        "zh/sharing-list.md",
        include_str!("../../../templates/zh/sharing-list.md"),
    ),
    (
        "en/sharing-list.md",
        include_str!("../../../templates/en/sharing-list.md"),
    ),
    ("index.html", include_str!("../../../templates/index.html")),
    ("style.css", include_str!("../../../templates/style.css")),
];

/// A template set: the defaults, with the user's overrides.
#[derive(Clone, Debug, Default)]
pub struct Templates {
    /// (name, source, path on disk) of each override.
    overrides: Vec<(String, String, PathBuf)>,
}

impl Templates {
    /// Every file under `dir`, named by its path relative to `dir` (`zh/index.html`).
    pub fn from_dir(dir: &Path) -> std::io::Result<Templates> {
        let mut overrides = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            let mut entries: Vec<_> = std::fs::read_dir(&d)?.collect::<Result<_, _>>()?;
            entries.sort_by_key(|e| e.path());
            for e in entries {
                let path = e.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let name = path
                    .strip_prefix(dir)
                    .unwrap_or(&path)
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect::<Vec<_>>()
                    .join("/");
                let source = std::fs::read_to_string(&path)?;
                overrides.push((name, source, path));
            }
        }
        overrides.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(Templates { overrides })
    }

    /// The source of a template and where it comes from (a path for an override, the default's
    /// path in the repository otherwise).
    pub fn source(&self, name: &str) -> Option<(String, PathBuf)> {
        if let Some((_, src, path)) = self.overrides.iter().find(|(n, _, _)| n == name) {
            return Some((src.clone(), path.clone()));
        }
        DEFAULT_TEMPLATES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, src)| {
                (
                    src.to_string(),
                    PathBuf::from(format!("compiler/templates/{name}")),
                )
            })
    }

    fn environment(&self) -> Result<Environment<'static>, TemplateError> {
        let mut env = Environment::new();
        // Block tags on their own line leave no blank lines behind (Markdown is line-shaped).
        let syntax = minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build();
        match syntax {
            Ok(syntax) => env.set_syntax(syntax),
            Err(e) => return Err(self.error(&e)),
        }
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") || name.ends_with(".svg") {
                AutoEscape::Html
            } else if name.ends_with(".md") {
                AutoEscape::Custom("markdown".into())
            } else {
                AutoEscape::None
            }
        });
        env.set_formatter(|out, state, value| {
            let write = |out: &mut minijinja::Output, s: &str| {
                out.write_str(s).map_err(|e| {
                    minijinja::Error::new(minijinja::ErrorKind::WriteFailure, e.to_string())
                })
            };
            // A cross-reference of the page's own ([`compose::LINK_START`]): a link in
            // either format, its label escaped as any text.
            if !value.is_safe() {
                if let Some(text) = value.as_str().filter(|t| t.contains(compose::LINK_START)) {
                    let markdown = matches!(state.auto_escape(), AutoEscape::Custom(_));
                    return write(out, &link_markup(text, markdown));
                }
            }
            if matches!(state.auto_escape(), AutoEscape::Custom(_)) {
                let text = if value.is_none() || value.is_undefined() {
                    String::new()
                } else {
                    value.to_string()
                };
                let text = if value.is_safe() {
                    text
                } else {
                    markdown_escape(&text)
                };
                out.write_str(&text).map_err(|e| {
                    minijinja::Error::new(minijinja::ErrorKind::WriteFailure, e.to_string())
                })
            } else {
                minijinja::escape_formatter(out, state, value)
            }
        });
        // An id as an anchor or a path segment: identifier characters only, so it needs no
        // escaping in HTML, URLs or Markdown.
        env.add_filter("anchor", |s: String| {
            Value::from_safe_string(
                s.chars()
                    .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
                    .collect(),
            )
        });
        let names: Vec<String> = DEFAULT_TEMPLATES
            .iter()
            .map(|(n, _)| n.to_string())
            .chain(self.overrides.iter().map(|(n, _, _)| n.clone()))
            .collect();
        for name in names {
            let Some((source, _)) = self.source(&name) else {
                continue;
            };
            if let Err(e) = env.add_template_owned(name.clone(), source) {
                return Err(self.error(&e));
            }
        }
        Ok(env)
    }

    /// A located template error from minijinja's: the innermost template that failed.
    fn error(&self, e: &minijinja::Error) -> TemplateError {
        let mut inner = e;
        let mut current: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
        while let Some(src) = current {
            if let Some(m) = src.downcast_ref::<minijinja::Error>() {
                if m.name().is_some() {
                    inner = m;
                }
            }
            current = src.source();
        }
        let name = inner.name().unwrap_or("").to_string();
        let (source, path) = self
            .source(&name)
            .unwrap_or_else(|| (String::new(), PathBuf::from(&name)));
        let range = inner.range().or_else(|| {
            let line = inner.line()?;
            let start: usize = source
                .split_inclusive('\n')
                .take(line.saturating_sub(1))
                .map(str::len)
                .sum();
            let len = source[start.min(source.len())..]
                .find('\n')
                .unwrap_or(source.len() - start.min(source.len()));
            Some(start..start + len)
        });
        TemplateError {
            name,
            path,
            source,
            range: range.unwrap_or(0..0),
            message: inner
                .detail()
                .map(str::to_string)
                .unwrap_or_else(|| inner.kind().to_string()),
        }
    }
}

/// A template that does not parse or fails to render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateError {
    pub name: String,
    pub path: PathBuf,
    pub source: String,
    /// Byte range in `source`.
    pub range: std::ops::Range<usize>,
    pub message: String,
}

/// Escapes text for Markdown so that author text stays text: no emphasis, links, raw HTML,
/// headings or list markers.
/// Page text with cross-references ([`compose::LINK_START`]) as Markdown or HTML: each plain
/// run escaped for its format, each reference a link to its anchor.
pub fn link_markup(text: &str, markdown: bool) -> String {
    let esc = |s: &str| {
        if markdown {
            markdown_escape(s)
        } else {
            minijinja::HtmlEscape(s).to_string()
        }
    };
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(compose::LINK_START) {
        out.push_str(&esc(&rest[..i]));
        let after = &rest[i + compose::LINK_START.len_utf8()..];
        let (Some(t), Some(e)) = (
            after.find(compose::LINK_TEXT),
            after.find(compose::LINK_END),
        ) else {
            rest = after;
            continue;
        };
        if e < t {
            rest = &after[e + compose::LINK_END.len_utf8()..];
            continue;
        }
        let anchor: String = after[..t]
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
            .collect();
        let label = &after[t + compose::LINK_TEXT.len_utf8()..e];
        out.push_str(&if markdown {
            format!("[{}](#{anchor})", esc(label))
        } else {
            format!("<a href=\"#{anchor}\">{}</a>", esc(label))
        });
        rest = &after[e + compose::LINK_END.len_utf8()..];
    }
    out.push_str(&esc(rest));
    out
}

pub fn markdown_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for (i, c) in s.chars().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' | '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A serializable value as a template value.
fn to_value<T: Serialize>(t: T) -> Value {
    Value::from(minijinja::value::Serde(t))
}

/// The languages a policy's pages are built in: those its `languages` declares (an
/// English-only policy gets no Chinese page with English inside Chinese sentences), both
/// when it declares none.
pub fn languages(m: &Manifest) -> Vec<Lang> {
    let declared: Vec<Lang> = [Lang::Zh, Lang::En]
        .into_iter()
        .filter(|l| {
            let code = words::pick(*l, "zh", "en");
            m.policy
                .languages
                .iter()
                .any(|d| d == code || d.starts_with(&format!("{code}-")))
        })
        .collect();
    if declared.is_empty() {
        vec![Lang::Zh, Lang::En]
    } else {
        declared
    }
}

/// The rendered files of one policy, relative to its folder (`zh/index.html`, ...).
pub fn render(
    m: &Manifest,
    templates: &Templates,
    lists: &lists::Lists,
) -> Result<Vec<(String, Vec<u8>)>, TemplateError> {
    let env = templates.environment()?;
    // The manifest as a template value once for both languages: converting it is a walk of
    // the whole model (and freeing the result another), the same for each page.
    let manifest = to_value(m);
    let mut out = Vec::new();
    let langs = languages(m);
    for &lang in &langs {
        let page = compose::page(m, lang);
        let code = page.lang;
        // The language switch only where the other page is built.
        let other = (langs.len() > 1).then_some(page.other_lang);
        let ctx = minijinja::context! {
            manifest => manifest.clone(),
            page => to_value(&page),
            lang => code,
            other_lang => other,
            diagram => diagram::svg(m, lang).map(Value::from_safe_string),
            lists => to_value(lists.get(lang)),
            // Our own relative paths: safe, so `/` is not escaped to `&#x2f;`.
            paths => minijinja::context! {
                stylesheet => Value::from_safe_string("../../assets/style.css".into()),
                other_page => Value::from_safe_string(
                    if lang == Lang::Zh { "../en/index.html" } else { "../zh/index.html" }.into(),
                ),
                home => Value::from_safe_string("../../index.html".into()),
            },
        };
        for (file, template) in [
            ("index.html", format!("{code}/index.html")),
            ("policy.md", format!("{code}/policy.md")),
        ] {
            let t = env
                .get_template(&template)
                .map_err(|e| templates.error(&e))?;
            let text = t.render(&ctx).map_err(|e| templates.error(&e))?;
            out.push((format!("{code}/{file}"), text.into_bytes()));
        }
    }
    Ok(out)
}

/// One entry of the site's index page.
#[derive(Clone, Debug, Serialize)]
pub struct IndexEntry {
    pub id: String,
    /// `None` where the policy has no page in that language.
    pub title_zh: Option<String>,
    pub title_en: Option<String>,
    pub controller: manifest::Text,
    pub effective: Option<String>,
}

/// The shared files: the index of all policies and the stylesheet.
pub fn render_shared(
    manifests: &[Manifest],
    templates: &Templates,
) -> Result<Vec<(String, Vec<u8>)>, TemplateError> {
    let env = templates.environment()?;
    let entries: Vec<IndexEntry> = manifests
        .iter()
        .map(|m| {
            let langs = languages(m);
            let title = |l: Lang| langs.contains(&l).then(|| compose::title(m, l));
            IndexEntry {
                id: m.id.clone(),
                title_zh: title(Lang::Zh),
                title_en: title(Lang::En),
                controller: m.policy.controller.name.clone(),
                effective: m.policy.effective.clone(),
            }
        })
        .collect();
    let ctx = minijinja::context! { policies => to_value(&entries) };
    let mut out = Vec::new();
    for (file, template) in [
        ("index.html", "index.html"),
        ("assets/style.css", "style.css"),
    ] {
        let t = env
            .get_template(template)
            .map_err(|e| templates.error(&e))?;
        let text = t.render(&ctx).map_err(|e| templates.error(&e))?;
        out.push((file.to_string(), text.into_bytes()));
    }
    Ok(out)
}

/// The regions that are home to the policy: a recipient outside them is abroad.
fn home_territory(policy: &Policy) -> Vec<String> {
    crate::meaning::territory::Home::of(policy).territory
}

/// The sentence an item renders to on the pages, in plain text: what the language server shows
/// on hover. `None` for items that render to no sentence of their own (the stdlib's, sections).
pub fn sentence(policy: &Policy, item: ItemId, lang: Lang) -> Option<String> {
    let item = policy.item(item)?;
    if policy.is_std(item) {
        return None;
    }
    let b = Builder::new(policy);
    let t = |t: &manifest::Text| words::text(t, lang);
    Some(match item.kind {
        Kind::Purpose => compose::purpose_sentence(&b.purpose(item), lang),
        Kind::Flow => compose::flow_sentence(&b.flow(item), &home_territory(policy), lang),
        Kind::Retention => {
            let r = b.retention(item);
            let mut s = compose::retention_sentence(&r, lang);
            if !r.kept_beyond.is_empty() {
                if !s.is_empty() && lang == Lang::En {
                    s.push(' ');
                }
                s.push_str(&compose::kept_beyond_sentence(&r, lang));
            }
            if s.is_empty() {
                return None;
            }
            s
        }
        Kind::Category => {
            let c = b.category(item);
            let users: Vec<String> = policy
                .of_kind(Kind::Purpose)
                .filter(|p| p.fields.refs("uses").contains(&item.id))
                .map(|p| t(&b.label(p)))
                .collect();
            let label = t(&c.label);
            let sensitive = if c.sensitive {
                words::pick(
                    lang,
                    "（敏感个人信息）",
                    " (sensitive personal information)",
                )
            } else {
                ""
            };
            match (lang, users.is_empty()) {
                (Lang::Zh, false) => format!(
                    "我们会为{}收集和使用您的{label}{sensitive}。",
                    words::join(&users, lang)
                ),
                (Lang::Zh, true) => format!("我们会处理您的{label}{sensitive}。"),
                (Lang::En, false) => format!(
                    "We collect and use your {label}{sensitive} for {}.",
                    words::join(&users, lang)
                ),
                (Lang::En, true) => format!("We process your {label}{sensitive}."),
            }
        }
        Kind::Recipient => {
            let r = b.recipient(item);
            let label = t(&r.label);
            let role = r.role.as_ref().map(|x| t(&x.label)).unwrap_or_default();
            match lang {
                Lang::Zh => format!("{label}是我们的{role}。"),
                Lang::En => format!("{} is our {role}.", words::capitalize(&label)),
            }
        }
        Kind::Right => {
            let r = b.right(item);
            let label = t(&r.label);
            match lang {
                Lang::Zh => format!("您享有{label}的权利。"),
                Lang::En => format!("You are entitled to {label}."),
            }
        }
        Kind::Storage => compose::storage_sentence(&b.storage(item), lang),
        Kind::Promise => {
            let p = b.promise(item);
            let flows: Vec<manifest::Flow> = item
                .fields
                .refs("except_flows")
                .into_iter()
                .filter_map(|id| policy.item(id))
                .map(|f| b.flow(f))
                .collect();
            let flows: Vec<&manifest::Flow> = flows.iter().collect();
            compose::promise_sentence(&p, &flows, &home_territory(policy), lang)
        }
        _ => {
            let label = b.label(item);
            words::sentence_end(t(&label), lang)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: &str = r#"use std::pipl
use std::gbt35273 as gb

policy acme {
  controller { name { zh: "示例公司", en: "Example Inc." } }
  effective 2024-06-01
  languages zh, en
}

category phone: gb::basic_profile {
  label { zh: "手机号码", en: "mobile phone number" }
}

purpose sign_in {
  label { zh: "注册与登录", en: "registration and sign-in" }
  uses phone
  basis pipl::contract
}
"#;

    fn id_of(policy: &Policy, name: &str) -> ItemId {
        policy
            .user_items()
            .find(|i| i.name() == name)
            .map(|i| i.id)
            .unwrap_or(ItemId(u32::MAX))
    }

    #[test]
    fn sentence_is_the_composed_text_of_an_item() {
        let a = crate::Workspace::from_text("policy.pol", POLICY).analyze();
        let p = &a.policy;
        assert_eq!(
            sentence(p, id_of(p, "sign_in"), Lang::Zh).as_deref(),
            Some("为注册与登录，我们会收集和使用您的手机号码。")
        );
        assert_eq!(
            sentence(p, id_of(p, "sign_in"), Lang::En).as_deref(),
            Some("For registration and sign-in, we collect and use your mobile phone number.")
        );
        assert_eq!(
            sentence(p, id_of(p, "phone"), Lang::En).as_deref(),
            Some("We collect and use your mobile phone number for registration and sign-in.")
        );
        // The stdlib's items render to no sentence of their own.
        let std_item = p.items.iter().find(|i| p.is_std(i)).map(|i| i.id);
        assert_eq!(std_item.and_then(|id| sentence(p, id, Lang::En)), None);
    }

    #[test]
    fn markdown_escaping_keeps_text_inert() {
        assert_eq!(
            markdown_escape("<b>*x*</b> [a](b)"),
            "\\<b\\>\\*x\\*\\</b\\> \\[a\\](b)"
        );
        assert_eq!(markdown_escape("- item\nnext"), "\\- item next");
    }
}
