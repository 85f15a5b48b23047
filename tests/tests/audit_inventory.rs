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

/// The sample project of examples/coolapk requests exactly one runtime permission and embeds
/// exactly one catalogued SDK that the policy's lists do not name (RECORD_AUDIO, AMap
/// location): what `polc audit examples/coolapk tests/fixtures/apps/coolapk-android` is to
/// report. Everything else it declares, in three modules and the version catalogue, is on the
/// policy's permission list (its Android names) or SDK list (`sdk` ids and `packages`).
#[test]
fn the_coolapk_sample_has_one_undisclosed_permission_and_one_undisclosed_sdk() {
    use pol::types::schema::Kind;

    let catalogue = Catalogue::embedded().unwrap();
    let inv = inventory(&apps().join("coolapk-android"));
    assert!(inv.problems.is_empty(), "{:?}", inv.problems);

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/coolapk");
    let analysis = pol::Workspace::open(&root).unwrap().analyze();
    let policy = &analysis.policy;
    let full = |p: &str| {
        if p.contains('.') {
            p.to_string()
        } else {
            format!("android.permission.{p}")
        }
    };
    // The original names its permissions by what they do; their Android names are the sample
    // app's, in pol.toml's `[[audit.permission]]` tables, and the items name none.
    assert!(policy
        .of_kind(Kind::Permission)
        .all(|i| !i.fields.has("android")));
    let listed_permissions: Vec<String> = analysis
        .config
        .audit_permissions
        .iter()
        .flat_map(|t| t.android.iter().map(|n| full(n)))
        .collect();
    let recipients: Vec<_> = policy
        .of_kind(Kind::Recipient)
        .filter(|i| !policy.is_std(i))
        .collect();
    let listed_sdks: Vec<&str> = recipients
        .iter()
        .filter_map(|r| r.fields.str("sdk"))
        .collect();
    let listed_packages: Vec<&str> = recipients
        .iter()
        .flat_map(|r| r.fields.strs("packages"))
        .collect();
    assert_eq!(listed_sdks.len(), 13, "the catalogue ids of the SDK list");

    // Install-time (normal) permissions such as INTERNET are granted without asking and no
    // permission list names them.
    let undisclosed_permissions: Vec<(String, u32, String)> = inv
        .permissions
        .iter()
        .filter(|p| {
            catalogue
                .android_permission(&p.name)
                .is_none_or(|c| c.level != "normal")
        })
        .filter(|p| !listed_permissions.contains(&p.name))
        .map(|p| (p.at.file.display().to_string(), p.at.line, p.name.clone()))
        .collect();
    assert_eq!(
        undisclosed_permissions,
        vec![(
            "app/src/main/AndroidManifest.xml".to_string(),
            15,
            "android.permission.RECORD_AUDIO".to_string()
        )]
    );

    // A dependency is an SDK when the catalogue knows it or the policy names its package; a row
    // of the policy's list is in the app when its catalogue id or one of its packages is.
    let group_artifact = |c: &str| c.split(':').take(2).collect::<Vec<_>>().join(":");
    let row_matches = |r: &pol::ir::Item, s: &audit::SdkUse| {
        r.fields
            .str("sdk")
            .is_some_and(|id| s.sdk.as_deref() == Some(id))
            || r.fields
                .strs("packages")
                .contains(&group_artifact(&s.coordinate).as_str())
    };
    let undisclosed_sdks: Vec<(String, u32, String)> = inv
        .sdks
        .iter()
        .filter(|s| !recipients.iter().any(|r| row_matches(r, s)))
        .filter_map(|s| {
            let id = s.sdk.clone()?;
            Some((s.at.file.display().to_string(), s.at.line, id))
        })
        .collect();
    assert_eq!(
        undisclosed_sdks,
        vec![(
            "app/build.gradle".to_string(),
            18,
            "amap_location".to_string()
        )]
    );
    // Every row of the policy's SDK list is in the app: none is stale. (HUAWEI Ads, which 3.3 (7)
    // names without a row, has neither an id nor a package to look for.)
    let stale: Vec<&str> = recipients
        .iter()
        .filter(|r| r.fields.str("sdk").is_some() || !r.fields.strs("packages").is_empty())
        .filter(|r| !inv.sdks.iter().any(|s| row_matches(r, s)))
        .map(|r| r.name())
        .collect();
    assert!(stale.is_empty(), "{stale:?}");
    assert_eq!(
        listed_packages.len(),
        8,
        "the packages of the uncatalogued and jar-only SDKs"
    );
}
