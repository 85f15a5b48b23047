//! The mobile catalogues, `stdlib/mobile/sdks.toml` and `stdlib/mobile/permissions.toml`,
//! embedded in the compiler and indexed for the audit's lookups: a Maven coordinate, a Java
//! package, a CocoaPods pod or a Swift package to an SDK; a manifest permission, an iOS
//! usage-description key or a mini-program scope to a catalogue permission.

use std::collections::HashMap;

const SDKS: &str = include_str!("../../../stdlib/mobile/sdks.toml");
const PERMISSIONS: &str = include_str!("../../../stdlib/mobile/permissions.toml");

#[derive(Clone, Debug, serde::Deserialize)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

/// One SDK of the catalogue; the fields the audit reads (the file documents the rest).
#[derive(Clone, Debug, serde::Deserialize)]
pub struct Sdk {
    pub id: String,
    pub name: Text,
    pub company: Option<Text>,
    #[serde(default)]
    pub policy_url: Option<String>,
    #[serde(default)]
    pub android_packages: Vec<String>,
    #[serde(default)]
    pub maven: Vec<String>,
    #[serde(default)]
    pub cocoapods: Vec<String>,
    #[serde(default)]
    pub swift_packages: Vec<String>,
    #[serde(default)]
    pub purposes: Vec<String>,
    /// What the SDK is documented to collect (see the file's header for how far to trust it).
    #[serde(default)]
    pub collects: Vec<Collected>,
}

/// One row of what an SDK collects.
#[derive(Clone, Debug, serde::Deserialize)]
pub struct Collected {
    pub zh: String,
    pub en: String,
    #[serde(default)]
    pub categories: Vec<String>,
    /// The source calls it optional or configurable.
    #[serde(default)]
    pub optional: bool,
}

#[derive(Clone, Debug, serde::Deserialize)]
pub struct AndroidPermission {
    pub name: String,
    pub manifest: String,
    pub level: String,
    pub zh: String,
    pub en: String,
    #[serde(default)]
    pub exposes: Vec<String>,
    pub sensitivity: String,
}

#[derive(Clone, Debug, serde::Deserialize)]
pub struct IosKey {
    pub key: String,
    pub zh: String,
    pub en: String,
    #[serde(default)]
    pub exposes: Vec<String>,
    pub sensitivity: String,
}

#[derive(Clone, Debug, serde::Deserialize)]
pub struct MiniprogramScope {
    pub scope: String,
    pub zh: String,
    pub en: String,
    #[serde(default)]
    pub exposes: Vec<String>,
    pub sensitivity: String,
}

#[derive(Clone, Debug, serde::Deserialize)]
pub struct MiniprogramPrivateInfo {
    pub name: String,
    pub zh: String,
    pub en: String,
    #[serde(default)]
    pub exposes: Vec<String>,
    pub sensitivity: String,
}

#[derive(serde::Deserialize)]
struct SdkFile {
    sdk: Vec<Sdk>,
}

#[derive(serde::Deserialize)]
struct PermissionFile {
    android: Vec<AndroidPermission>,
    ios: Vec<IosKey>,
    miniprogram_scope: Vec<MiniprogramScope>,
    miniprogram_private_info: Vec<MiniprogramPrivateInfo>,
}

/// Both catalogues, with the indexes the audit looks things up in.
pub struct Catalogue {
    pub sdks: Vec<Sdk>,
    pub android: Vec<AndroidPermission>,
    pub ios: Vec<IosKey>,
    pub miniprogram_scopes: Vec<MiniprogramScope>,
    pub miniprogram_private_infos: Vec<MiniprogramPrivateInfo>,
    /// `group:artifact` -> index into `sdks`.
    maven: HashMap<String, usize>,
    /// Pod name (the part before any `/` subspec) -> index into `sdks`.
    pods: HashMap<String, usize>,
    /// Normalised Swift package URL -> index into `sdks`.
    swift: HashMap<String, usize>,
    /// Java package prefixes, longest first, with their SDK.
    packages: Vec<(String, usize)>,
}

impl Catalogue {
    /// The embedded catalogues. They are checked by the test suite, so a failure here is a
    /// build of pol with a broken catalogue, reported rather than panicking.
    pub fn embedded() -> Result<Catalogue, String> {
        let sdks: SdkFile =
            toml::from_str(SDKS).map_err(|e| format!("stdlib/mobile/sdks.toml: {e}"))?;
        let perms: PermissionFile = toml::from_str(PERMISSIONS)
            .map_err(|e| format!("stdlib/mobile/permissions.toml: {e}"))?;
        let mut maven = HashMap::new();
        let mut pods = HashMap::new();
        let mut pod_bases: HashMap<String, Vec<usize>> = HashMap::new();
        let mut swift = HashMap::new();
        let mut packages = Vec::new();
        for (i, sdk) in sdks.sdk.iter().enumerate() {
            for m in &sdk.maven {
                maven.entry(m.clone()).or_insert(i);
            }
            for p in &sdk.cocoapods {
                pods.entry(p.clone()).or_insert(i);
            }
            for base in sdk.cocoapods.iter().filter_map(|p| p.split_once('/')) {
                pod_bases.entry(base.0.to_string()).or_default().push(i);
            }
            for url in &sdk.swift_packages {
                swift.entry(normalise_url(url)).or_insert(i);
            }
            for p in &sdk.android_packages {
                packages.push((p.clone(), i));
            }
        }
        // A pod base (`UMShare` of `UMShare/UI`) stands for its SDK only when one SDK has it:
        // `Firebase/…` pods belong to several.
        for (base, mut owners) in pod_bases {
            owners.dedup();
            if let [only] = owners[..] {
                pods.entry(base).or_insert(only);
            }
        }
        packages.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        Ok(Catalogue {
            sdks: sdks.sdk,
            android: perms.android,
            ios: perms.ios,
            miniprogram_scopes: perms.miniprogram_scope,
            miniprogram_private_infos: perms.miniprogram_private_info,
            maven,
            pods,
            swift,
            packages,
        })
    }

    /// The SDK a Maven coordinate (`group:artifact[:version]`) belongs to: its exact
    /// `group:artifact`, else the longest catalogue Java package that the group starts with
    /// (vendors publish many artifacts under one group, and their group is their package).
    pub fn sdk_for_maven(&self, coordinate: &str) -> Option<&Sdk> {
        let mut parts = coordinate.split(':');
        let (group, artifact) = (parts.next()?, parts.next()?);
        let key = format!("{group}:{artifact}");
        if let Some(i) = self.maven.get(&key) {
            return self.sdks.get(*i);
        }
        // The longest matching package decides, and only when one SDK claims it: several
        // Google SDKs share `com.google.firebase`.
        let matches = |p: &str| group == p || group.starts_with(&format!("{p}."));
        let (best, _) = self.packages.iter().find(|(p, _)| matches(p))?;
        let mut owners = self
            .packages
            .iter()
            .filter(|(p, _)| p == best)
            .map(|(_, i)| *i);
        let first = owners.next()?;
        if owners.any(|i| i != first) {
            return None;
        }
        self.sdks.get(first)
    }

    /// The SDK a pod (`Bugly`, `UMShare/UI`, `UMCommon/Core`) belongs to: its exact name, else
    /// its base name.
    pub fn sdk_for_pod(&self, pod: &str) -> Option<&Sdk> {
        let base = pod.split('/').next().unwrap_or(pod);
        self.pods
            .get(pod)
            .or_else(|| self.pods.get(base))
            .and_then(|i| self.sdks.get(*i))
    }

    /// The SDK a Swift package URL belongs to.
    pub fn sdk_for_swift_package(&self, url: &str) -> Option<&Sdk> {
        self.swift
            .get(&normalise_url(url))
            .and_then(|i| self.sdks.get(*i))
    }

    pub fn android_permission(&self, manifest_name: &str) -> Option<&AndroidPermission> {
        self.android.iter().find(|p| p.manifest == manifest_name)
    }

    pub fn ios_key(&self, key: &str) -> Option<&IosKey> {
        self.ios.iter().find(|k| k.key == key)
    }

    pub fn miniprogram_scope(&self, scope: &str) -> Option<&MiniprogramScope> {
        self.miniprogram_scopes.iter().find(|s| s.scope == scope)
    }

    pub fn miniprogram_private_info(&self, name: &str) -> Option<&MiniprogramPrivateInfo> {
        self.miniprogram_private_infos
            .iter()
            .find(|s| s.name == name)
    }
}

/// `https://github.com/firebase/firebase-ios-sdk.git` and `…/firebase-ios-sdk` are one package.
fn normalise_url(url: &str) -> String {
    let url = url.trim().trim_end_matches('/');
    let url = url.strip_suffix(".git").unwrap_or(url);
    url.to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_catalogues_load_and_index() {
        let c = Catalogue::embedded().unwrap();
        assert!(c.sdks.len() >= 50, "{} SDKs", c.sdks.len());
        assert_eq!(
            c.sdk_for_maven("com.tencent.mm.opensdk:wechat-sdk-android:6.8.0")
                .map(|s| s.id.as_str()),
            Some("wechat_open_sdk")
        );
        assert_eq!(
            c.sdk_for_pod("WechatOpenSDK").map(|s| s.id.as_str()),
            Some("wechat_open_sdk")
        );
        assert!(c.sdk_for_maven("org.example:nothing:1.0").is_none());
        assert_eq!(
            c.android_permission("android.permission.READ_CALENDAR")
                .map(|p| p.name.as_str()),
            Some("READ_CALENDAR")
        );
        assert!(c.ios_key("NSCameraUsageDescription").is_some());
        assert!(c.miniprogram_scope("scope.userLocation").is_some());
    }
}
