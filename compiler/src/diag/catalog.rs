//! The message catalogues: the wording of every diagnostic and CLI message, per language.
//!
//! Each folder `compiler/catalogues/<language tag>/` holds Fluent files (`diagnostics.ftl`,
//! `cli.ftl`); the build script embeds every folder it finds, so adding a language is adding
//! a folder. A folder of the same shape can also be loaded at run time (`polc --catalogues
//! DIR`, or the `POL_CATALOGUES` environment variable), which adds languages or overrides
//! entries without rebuilding. How to fix a wording or add a language: docs/templates.md.
//!
//! A key missing from the reader's language falls back along the tag (`zh-Hant-HK` →
//! `zh-Hant` → `zh`) and then to English; never a panic. Every fallback is recorded
//! ([`fallbacks`]) so tests can insist there is none.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));
}

/// The language every catalogue falls back to, and the one every key must exist in.
pub const DEFAULT: &str = "en";

/// The longest language tag read; longer ones are taken as English.
const MAX_TAG_LEN: usize = 64;
/// How many language folders a catalogue folder may hold.
const MAX_LANGUAGES: usize = 64;
/// How large one catalogue file may be: the built-in ones are well under 200 KB.
const MAX_CATALOGUE_BYTES: u64 = 4 * 1024 * 1024;

/// One catalogue file's text: a regular file (not a FIFO, a device or a folder, which could
/// block or never end) of at most [`MAX_CATALOGUE_BYTES`], read through a bounded reader so a
/// file that grows while read is still cut off.
fn read_catalogue(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".to_string());
    }
    if meta.len() > MAX_CATALOGUE_BYTES {
        return Err(format!(
            "{} bytes; a catalogue file may hold at most {MAX_CATALOGUE_BYTES}",
            meta.len()
        ));
    }
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(MAX_CATALOGUE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_CATALOGUE_BYTES {
        return Err(format!(
            "a catalogue file may hold at most {MAX_CATALOGUE_BYTES} bytes"
        ));
    }
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// A reader's language, as a BCP 47 tag (`en`, `zh`, `zh-Hant-HK`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale(String);

impl Locale {
    /// The tag as given, normalised to its canonical case (`zh-hant` → `zh-Hant`); an
    /// unparsable tag is kept as written and simply finds no catalogue (so English).
    pub fn new(tag: &str) -> Locale {
        // No language tag is this long (BCP 47 tags in use are under 20 characters); a longer
        // one finds no catalogue anyway, and its fallback chain would copy it once per subtag.
        if tag.len() > MAX_TAG_LEN {
            return Locale::en();
        }
        match tag.parse::<LanguageIdentifier>() {
            Ok(id) => Locale(id.to_string()),
            Err(_) => Locale(tag.to_string()),
        }
    }

    pub fn en() -> Locale {
        Locale(DEFAULT.to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The tags to try, most specific first, ending with English: `zh-Hant-HK`, `zh-Hant`,
    /// `zh`, `en`.
    pub fn chain(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut tag = self.0.as_str();
        loop {
            out.push(tag.to_string());
            match tag.rfind('-') {
                Some(i) => tag = tag.get(..i).unwrap_or(""),
                None => break,
            }
        }
        if !out.iter().any(|t| t == DEFAULT) {
            out.push(DEFAULT.to_string());
        }
        out
    }

    /// Whether the reader reads Chinese (any script or region): the page and changelog code
    /// that still speaks two languages uses it.
    pub fn is_zh(&self) -> bool {
        self.0 == "zh" || self.0.starts_with("zh-")
    }
}

impl Default for Locale {
    fn default() -> Locale {
        Locale::en()
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<super::Lang> for Locale {
    fn from(lang: super::Lang) -> Locale {
        match lang {
            super::Lang::En => Locale::en(),
            super::Lang::Zh => Locale("zh".to_string()),
        }
    }
}

impl From<&Locale> for Locale {
    fn from(l: &Locale) -> Locale {
        l.clone()
    }
}

/// One language's messages.
struct Bundle {
    bundle: FluentBundle<FluentResource>,
    /// Every key, for [`Catalogues::keys`].
    keys: BTreeSet<String>,
}

/// The catalogues of every language: the embedded ones, then those of a folder loaded at
/// run time, which may add languages and override entries.
pub struct Catalogues {
    bundles: BTreeMap<String, Bundle>,
}

/// A catalogue that could not be loaded: its file and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub file: String,
    pub message: String,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // File names and parser messages come from a folder the user named: no control
        // character of theirs reaches the terminal.
        write!(
            f,
            "{}: {}",
            super::printable::line(&self.file),
            super::printable::line(&self.message)
        )
    }
}

impl Catalogues {
    /// The catalogues built into the compiler.
    pub fn embedded() -> Result<Catalogues, Vec<LoadError>> {
        let mut c = Catalogues {
            bundles: BTreeMap::new(),
        };
        let mut errors = Vec::new();
        for (tag, files) in embedded::CATALOGUES {
            for (name, text) in *files {
                c.add(tag, &format!("{tag}/{name}"), text, false, &mut errors);
            }
        }
        if errors.is_empty() {
            Ok(c)
        } else {
            Err(errors)
        }
    }

    /// The embedded catalogues plus every `<tag>/*.ftl` under `dir`.
    pub fn with_dir(dir: &Path) -> Result<Catalogues, Vec<LoadError>> {
        let mut c = Catalogues::embedded()?;
        let mut errors = Vec::new();
        let read = std::fs::read_dir(dir).map_err(|e| {
            vec![LoadError {
                file: dir.display().to_string(),
                message: e.to_string(),
            }]
        })?;
        let mut langs: Vec<PathBuf> = read.flatten().map(|e| e.path()).collect();
        langs.sort();
        // Every diagnostic is rendered in every language loaded (JSON and SARIF carry them
        // all), so a folder of thousands of languages would make every command slow.
        if langs.len() > MAX_LANGUAGES {
            return Err(vec![LoadError {
                file: dir.display().to_string(),
                message: format!(
                    "{} entries; a catalogue folder holds at most {MAX_LANGUAGES} languages",
                    langs.len()
                ),
            }]);
        }
        for lang in langs.iter().filter(|p| p.is_dir()) {
            let tag = lang.file_name().unwrap_or_default().to_string_lossy();
            let mut files: Vec<PathBuf> = std::fs::read_dir(lang)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect();
            files.sort();
            for f in files {
                match read_catalogue(&f) {
                    Ok(text) => c.add(&tag, &f.display().to_string(), &text, true, &mut errors),
                    Err(message) => errors.push(LoadError {
                        file: f.display().to_string(),
                        message,
                    }),
                }
            }
        }
        if errors.is_empty() {
            Ok(c)
        } else {
            Err(errors)
        }
    }

    fn add(
        &mut self,
        tag: &str,
        file: &str,
        text: &str,
        overriding: bool,
        errors: &mut Vec<LoadError>,
    ) {
        let id: LanguageIdentifier = match tag.parse() {
            Ok(id) => id,
            Err(e) => {
                errors.push(LoadError {
                    file: file.to_string(),
                    message: format!("`{tag}` is not a language tag: {e}"),
                });
                return;
            }
        };
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((_, errs)) => {
                for e in errs {
                    errors.push(LoadError {
                        file: file.to_string(),
                        message: format!("{e:?}"),
                    });
                }
                return;
            }
        };
        let keys: Vec<String> = resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        let entry = self.bundles.entry(id.to_string()).or_insert_with(|| {
            let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
            // No U+2068/U+2069 around arguments: they would reach terminals and JSON.
            bundle.set_use_isolating(false);
            Bundle {
                bundle,
                keys: BTreeSet::new(),
            }
        });
        entry.keys.extend(keys);
        // A folder loaded at run time overrides the embedded wording; within the embedded
        // files of one language a key defined twice is an error.
        if overriding {
            entry.bundle.add_resource_overriding(resource);
        } else if let Err(errs) = entry.bundle.add_resource(resource) {
            for e in errs {
                errors.push(LoadError {
                    file: file.to_string(),
                    message: format!("{e:?}"),
                });
            }
        }
    }

    /// The language tags with a catalogue.
    pub fn languages(&self) -> Vec<&str> {
        self.bundles.keys().map(String::as_str).collect()
    }

    /// Every key of one language's catalogue.
    pub fn keys(&self, tag: &str) -> Option<&BTreeSet<String>> {
        self.bundles.get(tag).map(|b| &b.keys)
    }

    /// The message `key` with `args`, in the first language along the reader's chain that
    /// has it (or the key itself when no catalogue has it).
    pub fn format(&self, locale: &Locale, key: &str, args: &FluentArgs) -> Formatted {
        let chain = locale.chain();
        for tag in &chain {
            let Some(b) = self.bundles.get(tag) else {
                continue;
            };
            let Some(pattern) = b.bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = b.bundle.format_pattern(pattern, Some(args), &mut errors);
            return Formatted {
                text: text.into_owned(),
                found: Some(tag.clone()),
                errors: errors.iter().map(|e| format!("{key}: {e:?}")).collect(),
            };
        }
        Formatted {
            text: key.to_string(),
            found: None,
            errors: vec![format!("{key}: in no catalogue")],
        }
    }
}

/// A rendered message and what went wrong on the way.
pub struct Formatted {
    pub text: String,
    /// The catalogue that had the key: the reader's own, one along its chain, or none.
    pub found: Option<String>,
    /// Arguments the message did not get, a key in no catalogue: mistakes in the code or
    /// the catalogues, which the tests catch.
    pub errors: Vec<String>,
}

static GLOBAL: OnceLock<Catalogues> = OnceLock::new();
static GAPS: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());

/// Loads the catalogues of `dir` on top of the embedded ones, for every message rendered
/// from now on. Must run before the first message is rendered (the CLI does it while reading
/// its arguments); later calls, and calls after the first rendering, are refused.
pub fn use_dir(dir: &Path) -> Result<(), Vec<LoadError>> {
    let loaded = Catalogues::with_dir(dir)?;
    GLOBAL.set(loaded).map_err(|_| {
        vec![LoadError {
            file: dir.display().to_string(),
            message: "catalogues were already loaded".to_string(),
        }]
    })
}

/// The catalogues messages are rendered with: the embedded ones, plus the folder named by
/// `POL_CATALOGUES` or given to [`use_dir`]. A catalogue that fails to load leaves the
/// embedded ones (an embedded catalogue that fails is caught by the tests, never at run time).
pub fn global() -> &'static Catalogues {
    GLOBAL.get_or_init(|| {
        let from_env = std::env::var_os("POL_CATALOGUES").map(PathBuf::from);
        let loaded = match from_env {
            Some(dir) => Catalogues::with_dir(&dir),
            None => Catalogues::embedded(),
        };
        match loaded {
            Ok(c) => c,
            Err(errors) => {
                for e in &errors {
                    record_gap(format!("error: {e}"));
                }
                Catalogues::embedded().unwrap_or(Catalogues {
                    bundles: BTreeMap::new(),
                })
            }
        }
    })
}

/// Notes a key that fell back or failed to format, for [`fallbacks`]. A mistake (a key in no
/// catalogue, a missing argument) is also said on stderr in debug builds, so it shows while
/// developing; release builds stay quiet and render the fallback.
pub(crate) fn record_gap(what: String) {
    #[cfg(debug_assertions)]
    if what.starts_with("error: ") {
        // Not `eprintln!`, which panics when stderr is a closed pipe; and escaped, since the
        // text names files of a folder the user chose.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "pol: catalogue {}",
            super::printable::line(&what)
        );
    }
    if let Ok(mut g) = GAPS.lock() {
        g.insert(what);
    }
}

/// Every gap recorded so far: keys missing from a reader's language, arguments a message did
/// not get, catalogues that failed to load.
pub fn fallbacks() -> Vec<String> {
    GAPS.lock()
        .map(|g| g.iter().cloned().collect())
        .unwrap_or_default()
}

/// A rendered argument.
pub(crate) enum Value {
    Text(String),
    Number(i64),
}

pub(crate) fn fluent_args(args: &[(&'static str, Value)]) -> FluentArgs<'static> {
    let mut out = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        match value {
            Value::Text(t) => out.set(*name, FluentValue::from(t.clone())),
            Value::Number(n) => out.set(*name, FluentValue::from(*n)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder_with(lang: &str, file: &str, text: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join(lang)).unwrap();
        std::fs::write(dir.path().join(lang).join(file), text).unwrap();
        dir
    }

    #[test]
    fn a_catalogue_that_is_not_a_regular_file_is_refused_without_reading_it() {
        let dir = folder_with("fr", "ok.ftl", "hello = bonjour\n");
        // A folder named like a catalogue stands for any non-regular file; on Unix a FIFO
        // (which would block a reader for ever) is tried too.
        std::fs::create_dir(dir.path().join("fr").join("dir.ftl")).unwrap();
        #[cfg(unix)]
        {
            let fifo = dir.path().join("fr").join("fifo.ftl");
            let made = std::process::Command::new("mkfifo").arg(&fifo).status();
            assert!(made.is_ok_and(|s| s.success()));
        }
        let errors = Catalogues::with_dir(dir.path()).err().unwrap();
        assert!(errors
            .iter()
            .any(|e| e.file.ends_with("dir.ftl") && e.message == "not a regular file"));
        #[cfg(unix)]
        assert!(errors
            .iter()
            .any(|e| e.file.ends_with("fifo.ftl") && e.message == "not a regular file"));
    }

    #[test]
    fn an_oversized_catalogue_is_refused() {
        let big = "x = y\n".repeat((MAX_CATALOGUE_BYTES as usize / 6) + 2);
        let dir = folder_with("fr", "big.ftl", &big);
        let errors = Catalogues::with_dir(dir.path()).err().unwrap();
        assert!(errors[0].message.contains("at most"), "{}", errors[0]);
    }

    #[test]
    fn a_folder_of_too_many_languages_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..=MAX_LANGUAGES {
            std::fs::create_dir(dir.path().join(format!("x{i}"))).unwrap();
        }
        let errors = Catalogues::with_dir(dir.path()).err().unwrap();
        assert!(
            errors[0].message.contains("at most 64 languages"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn a_load_error_prints_no_control_character_of_the_file_name() {
        let e = LoadError {
            file: "cat/\u{1b}]0;owned\u{7}/a.ftl".to_string(),
            message: "bad \u{1b}[2J".to_string(),
        };
        let shown = e.to_string();
        assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
        assert!(shown.contains("\\u{1b}"), "{shown}");
    }

    #[test]
    fn an_overlong_language_tag_is_english() {
        let tag = format!("zh-{}", "a-".repeat(10_000));
        let locale = Locale::new(&tag);
        assert_eq!(locale.as_str(), "en");
        assert_eq!(locale.chain(), vec!["en".to_string()]);
        assert_eq!(Locale::new("zh-hant").as_str(), "zh-Hant");
    }
}
