//! What an app's own project files say it does, for `polc audit`: the permissions it requests
//! and the third-party SDKs it embeds, each located at its file and line, and matched against
//! the mobile catalogues (`stdlib/mobile/*.toml`).
//!
//! This module reads project files only; it never runs a build tool. It reads:
//!
//! - Android: every `AndroidManifest.xml` (`uses-permission`, `uses-permission-sdk-23`), every
//!   `build.gradle` / `build.gradle.kts` (dependency coordinates in string literals) and
//!   `gradle/libs.versions.toml` (the `[libraries]` table);
//! - iOS: every `Info.plist` (usage-description keys), `Podfile.lock` (the `PODS` section) and
//!   `Package.resolved` (Swift Package Manager pins);
//! - WeChat mini-programs: `app.json` (`permission` scopes and `requiredPrivateInfos`).
//!
//! [`compare`] then holds the inventory against a policy's own permission and SDK lists; the
//! facts carry locations, so every finding can point at the app's file.
//!
//! Hostile input is expected: the walk does not follow symbolic links, skips build output and
//! vendored dependencies, and refuses files larger than [`MAX_FILE_BYTES`] with a located note
//! instead of reading them.

pub mod android;
pub mod catalogue;
pub mod compare;
pub mod ios;
pub mod miniprogram;

use std::path::{Path, PathBuf};

pub use catalogue::Catalogue;

/// Project files larger than this are not read: a real manifest, build file or lock file is a
/// few hundred kilobytes at most.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Directories that hold build output or vendored code, not the app's own declarations.
const SKIPPED_DIRS: &[&str] = &[
    ".git",
    ".gradle",
    ".idea",
    "build",
    "node_modules",
    "Pods",
    "DerivedData",
    ".build",
    "miniprogram_npm",
];

/// Where a fact was found: a file under the app directory, 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Location {
    /// Relative to the app directory.
    pub file: PathBuf,
    pub line: u32,
    pub column: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    Android,
    Ios,
    Miniprogram,
}

impl Platform {
    /// The name the language's `platforms` option and the policy's permission fields use.
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Android => "android",
            Platform::Ios => "ios",
            Platform::Miniprogram => "miniprogram",
        }
    }
}

/// A permission the app requests, as its project writes it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct PermissionUse {
    pub platform: Platform,
    /// `android.permission.CAMERA`, `NSCameraUsageDescription`, `scope.userLocation`,
    /// `getLocation`.
    pub name: String,
    /// The catalogue entry it matches, if any (the Android constant, the iOS key, the scope).
    pub known: Option<String>,
    pub at: Location,
}

/// A dependency the app declares, and the catalogue SDK it is, if any.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct SdkUse {
    pub platform: Platform,
    /// What the project names: `com.umeng.umsdk:common:9.6.8`, `Bugly (2.5.93)`, a Swift
    /// package URL.
    pub coordinate: String,
    /// The catalogue SDK's id (`umeng_analytics`), if the coordinate matches one.
    pub sdk: Option<String>,
    pub at: Location,
}

/// A project file that could not be read as what its name says.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    pub at: Location,
    pub message: String,
}

/// Everything the audit found in an app directory, in a stable order (by file, then line).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Inventory {
    pub permissions: Vec<PermissionUse>,
    pub sdks: Vec<SdkUse>,
    pub problems: Vec<Problem>,
    /// The platforms whose project files were found (read or not), even with nothing in them:
    /// the comparison warns of a listed permission or SDK missing only on a platform it audited.
    pub platforms: std::collections::BTreeSet<Platform>,
}

/// Reads an app directory. Fails only when `root` itself cannot be read; a file that cannot be
/// read or parsed is a [`Problem`] in the inventory.
pub fn inventory(root: &Path, catalogue: &Catalogue) -> std::io::Result<Inventory> {
    let meta = std::fs::symlink_metadata(root)?;
    if !meta.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("{} is not a directory", root.display()),
        ));
    }
    let mut inv = Inventory::default();
    let walk = walkdir::WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            !(e.file_type().is_dir()
                && e.depth() > 0
                && SKIPPED_DIRS.contains(&e.file_name().to_string_lossy().as_ref()))
        });
    for entry in walk {
        let Ok(entry) = entry else {
            continue;
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        let kind = match FileKind::of(&name, entry.path()) {
            Some(kind) => kind,
            None => continue,
        };
        inv.platforms.insert(kind.platform());
        let rel = entry
            .path()
            .strip_prefix(root)
            .unwrap_or(entry.path())
            .to_path_buf();
        let text = match read_text(entry.path(), &entry) {
            Ok(text) => text,
            Err(message) => {
                inv.problems.push(Problem {
                    at: Location {
                        file: rel,
                        line: 1,
                        column: 1,
                    },
                    message,
                });
                continue;
            }
        };
        let file = SourceFile::new(&rel, &text);
        match kind {
            FileKind::AndroidManifest => android::manifest(&file, catalogue, &mut inv),
            FileKind::Gradle => android::gradle(&file, catalogue, &mut inv),
            FileKind::VersionCatalog => android::version_catalog(&file, catalogue, &mut inv),
            FileKind::InfoPlist => ios::info_plist(&file, catalogue, &mut inv),
            FileKind::PodfileLock => ios::podfile_lock(&file, catalogue, &mut inv),
            FileKind::PackageResolved => ios::package_resolved(&file, catalogue, &mut inv),
            FileKind::AppJson => miniprogram::app_json(&file, catalogue, &mut inv),
        }
    }
    inv.permissions.sort_by(|a, b| a.at.cmp(&b.at));
    inv.sdks.sort_by(|a, b| a.at.cmp(&b.at));
    Ok(inv)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FileKind {
    AndroidManifest,
    Gradle,
    VersionCatalog,
    InfoPlist,
    PodfileLock,
    PackageResolved,
    AppJson,
}

impl FileKind {
    fn platform(self) -> Platform {
        match self {
            FileKind::AndroidManifest | FileKind::Gradle | FileKind::VersionCatalog => {
                Platform::Android
            }
            FileKind::InfoPlist | FileKind::PodfileLock | FileKind::PackageResolved => {
                Platform::Ios
            }
            FileKind::AppJson => Platform::Miniprogram,
        }
    }

    fn of(name: &str, path: &Path) -> Option<FileKind> {
        Some(match name {
            "AndroidManifest.xml" => FileKind::AndroidManifest,
            "build.gradle" | "build.gradle.kts" => FileKind::Gradle,
            // Gradle's default version catalogue lives in `gradle/`; other `*.versions.toml`
            // files are catalogues too when settings name them.
            n if n.ends_with(".versions.toml") => FileKind::VersionCatalog,
            "Info.plist" => FileKind::InfoPlist,
            "Podfile.lock" => FileKind::PodfileLock,
            "Package.resolved" => FileKind::PackageResolved,
            // A mini-program's `app.json` sits at its root, next to `app.js` or `app.ts`; other
            // `app.json` files (an Expo config, a web manifest) are not one.
            "app.json" => {
                let dir = path.parent()?;
                if dir.join("app.js").exists()
                    || dir.join("app.ts").exists()
                    || dir.join("app.wxss").exists()
                {
                    FileKind::AppJson
                } else {
                    return None;
                }
            }
            _ => return None,
        })
    }
}

/// A project file read as text, with its path relative to the app directory and a line index
/// (so locating many entries stays linear in the file's size).
pub struct SourceFile<'a> {
    pub path: &'a Path,
    pub text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> SourceFile<'a> {
    pub fn new(path: &'a Path, text: &'a str) -> SourceFile<'a> {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile {
            path,
            text,
            line_starts,
        }
    }

    /// The location of a byte offset in the file (1-based line and column, in characters).
    pub fn at(&self, offset: usize) -> Location {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count())
            + 1;
        Location {
            file: self.path.to_path_buf(),
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(column).unwrap_or(u32::MAX),
        }
    }

    /// The location of the first occurrence of `needle` at or after byte `from`, else of `from`.
    pub fn find(&self, needle: &str, from: usize) -> Location {
        let found = self
            .text
            .get(from..)
            .and_then(|rest| rest.find(needle))
            .map_or(from, |i| from + i);
        self.at(found)
    }
}

fn read_text(path: &Path, entry: &walkdir::DirEntry) -> Result<String, String> {
    let len = entry.metadata().map(|m| m.len()).unwrap_or(0);
    if len > MAX_FILE_BYTES {
        return Err(format!(
            "not read: {len} bytes is more than a project file of this kind can be ({MAX_FILE_BYTES} bytes)"
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    if bytes.starts_with(b"bplist") {
        return Err(
            "a binary property list: convert it to XML (`plutil -convert xml1 Info.plist`) to audit it"
                .into(),
        );
    }
    String::from_utf8(bytes).map_err(|_| "not UTF-8 text".into())
}
