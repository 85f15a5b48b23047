//! `pol::audit::inventory` reads sample Android, iOS and mini-program projects
//! (tests/fixtures/apps) and finds every permission and SDK they declare, at its line, matched
//! against the mobile catalogues; build output, symbolic links and oversized files are not
//! read.

use std::path::{Path, PathBuf};

use pol::audit::{self, Catalogue, Inventory, Platform};

fn apps() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/apps")
}

fn inventory(dir: &Path) -> Inventory {
    let catalogue = Catalogue::embedded().unwrap();
    audit::inventory(dir, &catalogue).unwrap()
}

/// `(file, line, name, catalogue match)` of each permission.
fn permissions(inv: &Inventory) -> Vec<(String, u32, String, Option<String>)> {
    inv.permissions
        .iter()
        .map(|p| {
            (
                p.at.file.display().to_string(),
                p.at.line,
                p.name.clone(),
                p.known.clone(),
            )
        })
        .collect()
}

/// `(file, line, coordinate, sdk)` of each dependency.
fn sdks(inv: &Inventory) -> Vec<(String, u32, String, Option<String>)> {
    inv.sdks
        .iter()
        .map(|s| {
            (
                s.at.file.display().to_string(),
                s.at.line,
                s.coordinate.clone(),
                s.sdk.clone(),
            )
        })
        .collect()
}

fn row(
    file: &str,
    line: u32,
    name: &str,
    known: Option<&str>,
) -> (String, u32, String, Option<String>) {
    (file.into(), line, name.into(), known.map(Into::into))
}

#[test]
fn an_android_project_lists_its_permissions_and_sdks_with_their_lines() {
    let inv = inventory(&apps().join("android-shop"));
    let manifest = "app/src/main/AndroidManifest.xml";
    assert_eq!(
        permissions(&inv),
        vec![
            row(
                manifest,
                6,
                "android.permission.INTERNET",
                Some("android.permission.INTERNET")
            ),
            row(
                manifest,
                7,
                "android.permission.CAMERA",
                Some("android.permission.CAMERA")
            ),
            row(
                manifest,
                8,
                "android.permission.ACCESS_FINE_LOCATION",
                Some("android.permission.ACCESS_FINE_LOCATION")
            ),
            row(
                manifest,
                9,
                "android.permission.READ_CONTACTS",
                Some("android.permission.READ_CONTACTS")
            ),
        ],
        "READ_PHONE_STATE is removed with tools:node=\"remove\""
    );
    let gradle = "app/build.gradle";
    assert_eq!(
        sdks(&inv),
        vec![
            row(
                gradle,
                7,
                "com.umeng.umsdk:common:9.6.8",
                Some("umeng_analytics")
            ),
            row(
                gradle,
                8,
                "com.tencent.bugly:crashreport:4.1.9",
                Some("tencent_bugly")
            ),
            row(
                gradle,
                9,
                "com.alipay.sdk:alipaysdk-android",
                Some("alipay_sdk")
            ),
            row(gradle, 11, "androidx.appcompat:appcompat:1.6.1", None),
            row(
                "gradle/libs.versions.toml",
                5,
                "com.tencent.mm.opensdk:wechat-sdk-android",
                Some("wechat_open_sdk")
            ),
            row(
                "gradle/libs.versions.toml",
                6,
                "org.jetbrains.kotlin:kotlin-stdlib",
                None
            ),
        ],
        "the commented-out Weibo SDK is not a dependency"
    );
    assert!(inv.problems.is_empty(), "{:?}", inv.problems);
    assert!(inv
        .permissions
        .iter()
        .all(|p| p.platform == Platform::Android));
}

#[test]
fn an_ios_project_lists_its_usage_descriptions_pods_and_packages() {
    let inv = inventory(&apps().join("ios-shop"));
    let plist = "Shop/Info.plist";
    assert_eq!(
        permissions(&inv),
        vec![
            row(
                plist,
                7,
                "NSCameraUsageDescription",
                Some("NSCameraUsageDescription")
            ),
            row(
                plist,
                9,
                "NSLocationWhenInUseUsageDescription",
                Some("NSLocationWhenInUseUsageDescription")
            ),
            row(plist, 11, "NSExampleMadeUpUsageDescription", None),
        ]
    );
    assert_eq!(
        sdks(&inv),
        vec![
            row("Podfile.lock", 2, "Bugly (2.6.1)", Some("tencent_bugly")),
            row(
                "Podfile.lock",
                3,
                "UMCommon (7.4.2)",
                Some("umeng_analytics")
            ),
            row(
                "Podfile.lock",
                5,
                "UMDevice (3.1.0)",
                Some("umeng_analytics")
            ),
            row(
                "Podfile.lock",
                6,
                "UMShare/UI (6.10.13)",
                Some("umeng_share")
            ),
            row(
                "Podfile.lock",
                7,
                "WechatOpenSDK (2.0.4)",
                Some("wechat_open_sdk")
            ),
            row(
                "Shop.xcworkspace/xcshareddata/swiftpm/Package.resolved",
                6,
                "https://github.com/Alamofire/Alamofire.git",
                None
            ),
        ],
        "a pod's own dependencies (UMCommon's `- UMDevice`) are not entries"
    );
}

#[test]
fn a_mini_program_lists_its_scopes_and_private_interfaces() {
    let inv = inventory(&apps().join("miniprogram-shop"));
    assert_eq!(
        permissions(&inv),
        vec![
            row(
                "app.json",
                4,
                "scope.userLocation",
                Some("scope.userLocation")
            ),
            row("app.json", 8, "getLocation", Some("getLocation")),
            row("app.json", 8, "chooseAddress", Some("chooseAddress")),
        ]
    );
}

#[test]
fn build_output_links_and_oversized_or_broken_files_are_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("app/build/intermediates")).unwrap();
    std::fs::write(
        root.join("app/build/intermediates/AndroidManifest.xml"),
        r#"<manifest xmlns:android="http://schemas.android.com/apk/res/android"><uses-permission android:name="android.permission.RECORD_AUDIO"/></manifest>"#,
    )
    .unwrap();
    // A link out of the project is not followed.
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("AndroidManifest.xml"),
        r#"<manifest xmlns:android="http://schemas.android.com/apk/res/android"><uses-permission android:name="android.permission.READ_SMS"/></manifest>"#,
    )
    .unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path(), root.join("linked")).unwrap();
    // A broken manifest is a located problem, not a panic.
    std::fs::create_dir_all(root.join("lib/src/main")).unwrap();
    std::fs::write(
        root.join("lib/src/main/AndroidManifest.xml"),
        "<manifest><uses-permission",
    )
    .unwrap();
    // An oversized file is not read.
    let big = std::fs::File::create(root.join("build.gradle")).unwrap();
    big.set_len(audit::MAX_FILE_BYTES + 1).unwrap();
    // A binary plist is named as such.
    std::fs::write(root.join("Info.plist"), b"bplist00\x01\x02").unwrap();

    let inv = inventory(root);
    assert!(inv.permissions.is_empty(), "{:?}", inv.permissions);
    assert!(inv.sdks.is_empty(), "{:?}", inv.sdks);
    let problems: Vec<(String, &str)> = inv
        .problems
        .iter()
        .map(|p| (p.at.file.display().to_string(), p.message.as_str()))
        .collect();
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems[0].0 == "Info.plist" && problems[0].1.contains("binary property list"));
    assert!(problems[1].0 == "build.gradle" && problems[1].1.contains("not read"));
    assert!(problems[2].0 == "lib/src/main/AndroidManifest.xml" && problems[2].1.contains("XML"));
}

#[test]
fn a_path_that_is_not_a_directory_is_an_error() {
    let catalogue = Catalogue::embedded().unwrap();
    let file = apps().join("miniprogram-shop/app.json");
    assert!(audit::inventory(&file, &catalogue).is_err());
    assert!(audit::inventory(&apps().join("no-such-app"), &catalogue).is_err());
}
