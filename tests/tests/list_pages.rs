//! The list tables and pages (compiler/src/backends/site/lists.rs, docs/templates.md "The
//! lists"), on real built output: the SDK list and the permission list as tables on the policy
//! page of an app policy (examples/coolapk), the collection list and the sharing list as pages
//! of their own for every example, in both languages and both formats, with the same anchors in
//! both languages, only the columns the model fills, and links that resolve.

#[path = "support/example.rs"]
mod example;

use std::collections::{BTreeMap, BTreeSet};

use pol::backends::{self, output::Output, site::Templates};
use pol::{Analysis, Workspace};
use regex::Regex;

fn build(a: &Analysis) -> (String, Output) {
    let out = backends::build(std::slice::from_ref(a), &Templates::default()).unwrap();
    (backends::manifest::build(a).id, out)
}

fn text(out: &Output, path: &str) -> String {
    String::from_utf8(
        out.files
            .get(path)
            .unwrap_or_else(|| panic!("no {path}"))
            .clone(),
    )
    .unwrap()
}

/// Every `id="..."` of a page, in order.
fn ids(page: &str) -> Vec<String> {
    let re = Regex::new(r#" id="([^"]*)""#).unwrap();
    re.captures_iter(page).map(|c| c[1].to_string()).collect()
}

/// The HTML table with this id: (column titles, rows as (row id, cells)).
type Rows = Vec<(String, Vec<String>)>;

fn html_table(page: &str, id: &str) -> (Vec<String>, Rows) {
    let start = page
        .find(&format!(r#"<table class="list" id="{id}">"#))
        .unwrap_or_else(|| panic!("no table {id}"));
    let end = start + page[start..].find("</table>").unwrap();
    let table = &page[start..end];
    let th = Regex::new(r#"<th scope="col">([^<]*)</th>"#).unwrap();
    let tr = Regex::new(r#"<tr id="([^"]*)">(.*)</tr>"#).unwrap();
    let td = Regex::new(r#"<td data-label="[^"]*">(.*?)</td>"#).unwrap();
    let columns = th.captures_iter(table).map(|c| c[1].to_string()).collect();
    let rows = tr
        .captures_iter(table)
        .map(|c| {
            let cells = td.captures_iter(&c[2]).map(|d| d[1].to_string()).collect();
            (c[1].to_string(), cells)
        })
        .collect();
    (columns, rows)
}

#[test]
fn an_app_policy_page_shows_its_sdk_and_permission_lists_as_tables() {
    let (id, out) = build(&example::analyze("coolapk"));
    let zh = text(&out, &format!("{id}/zh/index.html"));
    let en = text(&out, &format!("{id}/en/index.html"));

    let (columns, rows) = html_table(&zh, "sdk-list");
    // 18 rows of the original's SDK list, and HUAWEI Ads of 3.3 (7).
    assert_eq!(rows.len(), 19);
    assert_eq!(rows[0].0, "sdk-umeng_sdk");
    assert_eq!(
        columns,
        [
            "SDK 名称",
            "适用平台",
            "使用目的",
            "收集方式",
            "个人信息类型",
            "处理方式",
            "说明"
        ],
        "no company and no policy link: the original gives neither, so neither column is shown"
    );
    let kuaishou = &rows.iter().find(|r| r.0 == "sdk-kuaishou_sdk").unwrap().1;
    assert_eq!(kuaishou[0], "快手联盟SDK");
    assert_eq!(kuaishou[1], "Android");
    // The SDK collects on the device (its own row of 4.1), and we provide de-identified data
    // to it (3.3 (7)): both, as the model says.
    assert_eq!(kuaishou[3], "由其直接收集；我们向其提供");
    // Location is sensitive to the checker (a GB/T 35273 Appendix B class), but the original
    // never calls it so: the list, like the page, marks only what the author stated.
    assert!(
        kuaishou[4].contains("位置信息") && !kuaishou[4].contains("敏感个人信息"),
        "{kuaishou:?}"
    );
    assert!(kuaishou[4].contains("传感器信息"), "{kuaishou:?}");
    assert_eq!(kuaishou[5], "去标识化处理后提供");

    let (columns, rows) = html_table(&zh, "permission-list");
    assert_eq!(
        rows.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(),
        [
            "permission-storage",
            "permission-precise_location",
            "permission-camera",
            "permission-phone_state",
            "permission-notifications"
        ]
    );
    // The original names its permissions by what they do: the items give no platform name
    // (the sample app's are in pol.toml, for `polc audit`), so no platform column is printed.
    for platform in ["Android 权限", "iOS 权限"] {
        assert!(!columns.contains(&platform.to_string()), "{columns:?}");
    }
    let location = &rows[1].1;
    assert_eq!(location[0], "访问用户确切位置（通过GPS和网络定位）");
    assert_eq!(location[1], "位置信息");
    assert!(
        location
            .iter()
            .any(|c| c.starts_with("用户在进入应用首页时")),
        "{location:?}"
    );

    // The English page has the same tables, rows and anchors.
    let (en_columns, en_rows) = html_table(&en, "sdk-list");
    assert_eq!(en_columns.len(), 7);
    assert_eq!(en_rows[0].1[0], "Umeng SDK");
    assert_eq!(
        html_table(&en, "permission-list").1.len(),
        5,
        "the English permission list"
    );
    assert_eq!(ids(&zh), ids(&en));

    // Markdown: GitHub-flavoured tables with the same anchors.
    let md = text(&out, &format!("{id}/zh/policy.md"));
    assert!(
        md.contains("| SDK 名称 | 适用平台 |"),
        "no SDK table header"
    );
    assert!(md.contains(
        "| <a id=\"sdk-jd_sdk\"></a>京东联盟 | Android | 用户点击京东商品时唤起京东APP | 由其直接收集 | 设备标识信息 |  | 官网链接：https://union.jd.com/index |"
    ));
    assert!(md.contains("[个人信息收集清单](collection-list.md)"));
    assert!(md.contains("[第三方信息共享清单](sharing-list.md)"));
}

#[test]
fn a_policy_without_sdks_or_permissions_has_no_such_tables() {
    let (id, out) = build(&example::analyze("megvii"));
    for lang in ["zh", "en"] {
        let page = text(&out, &format!("{id}/{lang}/index.html"));
        assert!(!page.contains("id=\"sdk-list\""));
        assert!(!page.contains("id=\"permission-list\""));
        // The two list pages are still built and linked.
        assert!(page.contains("href=\"collection-list.html\""));
        assert!(page.contains("href=\"sharing-list.html\""));
    }
}

#[test]
fn every_example_has_both_list_pages_in_both_languages_with_the_same_anchors() {
    let md_anchor = Regex::new(r#"<a id="([^"]*)"></a>"#).unwrap();
    for dir in example::dirs() {
        let (id, out) = build(&Workspace::open(&dir).unwrap().analyze());
        for page in ["collection-list", "sharing-list"] {
            let zh = text(&out, &format!("{id}/zh/{page}.html"));
            let en = text(&out, &format!("{id}/en/{page}.html"));
            let table = if page == "collection-list" {
                "collection-list"
            } else {
                "sharing-list"
            };
            let (_, zh_rows) = html_table(&zh, table);
            assert!(!zh_rows.is_empty(), "{id}: {page} is empty");
            assert_eq!(ids(&zh), ids(&en), "{id}: {page} anchors differ");
            let zh_md = text(&out, &format!("{id}/zh/{page}.md"));
            let en_md = text(&out, &format!("{id}/en/{page}.md"));
            let md_ids = |md: &str| -> Vec<String> {
                md_anchor
                    .captures_iter(md)
                    .map(|c| c[1].to_string())
                    .collect()
            };
            assert_eq!(md_ids(&zh_md), md_ids(&en_md), "{id}: {page}.md anchors");
            assert_eq!(
                md_ids(&zh_md),
                ids(&zh)
                    .into_iter()
                    .filter(|i| i != "sharing-list" || page == "sharing-list")
                    .collect::<Vec<_>>(),
                "{id}: the Markdown and HTML {page} have the same anchors"
            );
            // A Markdown table: header, delimiter, one line per row.
            let rows = zh_md.lines().filter(|l| l.starts_with("| <a id=")).count();
            assert_eq!(rows, zh_rows.len(), "{id}: {page}.md rows");
        }
    }
}

/// Every relative link of the policy pages and the list pages points at a file of the build,
/// and a `#fragment` at an id of that file.
#[test]
fn links_between_the_policy_and_its_lists_resolve() {
    let (id, out) = build(&example::analyze("coolapk"));
    let href = Regex::new(r#"href="([^"]*)""#).unwrap();
    let mut checked = BTreeSet::new();
    let mut ids_of: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for lang in ["zh", "en"] {
        for page in ["index.html", "collection-list.html", "sharing-list.html"] {
            let path = format!("{id}/{lang}/{page}");
            let html = text(&out, &path);
            for c in href.captures_iter(&html) {
                let link = &c[1];
                if link.starts_with("http") || link.starts_with('#') {
                    continue;
                }
                let (file, fragment) = link.split_once('#').unwrap_or((link, ""));
                let mut parts: Vec<&str> = format!("{id}/{lang}").leak().split('/').collect();
                for seg in file.split('/') {
                    match seg {
                        ".." => {
                            parts.pop();
                        }
                        "." | "" => {}
                        s => parts.push(s),
                    }
                }
                let target = parts.join("/");
                assert!(
                    out.files.contains_key(&target),
                    "{path}: {link} -> {target} is not built"
                );
                if !fragment.is_empty() {
                    let known = ids_of
                        .entry(target.clone())
                        .or_insert_with(|| ids(&text(&out, &target)).into_iter().collect());
                    assert!(
                        known.contains(fragment),
                        "{path}: no #{fragment} in {target}"
                    );
                }
                checked.insert(target);
            }
        }
    }
    for must in [
        format!("{id}/zh/collection-list.html"),
        format!("{id}/en/sharing-list.html"),
        format!("{id}/zh/index.html"),
        format!("{id}/en/collection-list.md"),
    ] {
        assert!(checked.contains(&must), "nothing links to {must}");
    }
}

/// The sharing list says what the model says of each row: how it happens (the cases of an
/// `only_if` flow, a `may`), and what goes to whom.
#[test]
fn the_sharing_list_keeps_each_flows_modality() {
    let (id, out) = build(&example::analyze("coolapk"));
    let zh = text(&out, &format!("{id}/zh/sharing-list.html"));
    let (columns, rows) = html_table(&zh, "sharing-list");
    let col = |name: &str| columns.iter().position(|c| c == name).unwrap();
    let row = |id: &str| &rows.iter().find(|r| r.0 == id).unwrap().1;
    let authorities = row("share-legal_sharing-authorities");
    assert!(
        authorities[col("情形")]
            .starts_with("仅在以下情形：根据适用的法律法规、法律程序、政府的强制命令或司法裁定"),
        "{authorities:?}"
    );
    assert_eq!(
        row("share-affiliate_sharing-affiliates")[col("情形")],
        "可能发生"
    );
    assert_eq!(row("share-umeng_row-umeng_sdk")[col("情形")], "");
    assert_eq!(
        row("share-umeng_row-umeng_sdk")[col("方式")],
        "由其直接收集"
    );
    let en = text(&out, &format!("{id}/en/sharing-list.html"));
    let (en_columns, en_rows) = html_table(&en, "sharing-list");
    let when = en_columns.iter().position(|c| c == "When").unwrap();
    let authorities = &en_rows
        .iter()
        .find(|r| r.0 == "share-legal_sharing-authorities")
        .unwrap()
        .1;
    assert!(
        authorities[when].starts_with("only where: "),
        "{authorities:?}"
    );
}

/// A recipient's company and policy link are columns as soon as one SDK gives them; the link
/// is a link.
#[test]
fn company_and_policy_link_columns_appear_when_the_model_has_them() {
    let src = r#"use std::pipl
use std::gbt35273 as gb

policy app {
  allow PIPL-CHANGE-001 because "a table test", PIPL-MINOR-001 because "a table test", PIPL-RIGHTS-001 because "a table test", PIPL-SEC-001 because "a table test", PIPL-CONTACT-001 because "a table test", PIPL-NOTICE-002 because "a table test", PIPL-NOTICE-001 because "a table test", PIPL-RET-001 because "a table test", PIPL-CONSENT-002 because "a table test", PIPL-SHARE-002 because "a table test", PIPL-PIIA-001 because "a table test", PIPL-SHARE-001 because "a table test"
  controller { name { zh: "示例公司", en: "Example Inc." } }
  effective 2024-06-01
  languages zh, en
}

category device: gb::device {
  label { zh: "设备信息", en: "device information" }
}

purpose crashes {
  label { zh: "崩溃分析", en: "crash analysis" }
  uses device
  basis pipl::consent
}

recipient bugly: pipl::sdk_provider {
  label { zh: "腾讯Bugly", en: "Tencent Bugly" }
  name { zh: "深圳市腾讯计算机系统有限公司", en: "Shenzhen Tencent Computer Systems Co., Ltd." }
  sdk "tencent_bugly"
  platforms android, ios
  policy_url https://privacy.qq.com/bugly
}

recipient other_sdk: pipl::sdk_provider {
  label { zh: "另一个 SDK", en: "another SDK" }
}

flow crash_reports {
  share device
  to bugly, other_sdk
  for crashes
  collected_by recipient
}
"#;
    // What the rules find in so small a policy is not what this test is about.
    let a = Workspace::from_text("policy.pol", src).analyze();
    assert!(!a.has_errors(), "{:?}", a.diagnostics);
    let (id, out) = build(&a);
    let en = text(&out, &format!("{id}/en/index.html"));
    let (columns, rows) = html_table(&en, "sdk-list");
    assert_eq!(
        columns,
        [
            "SDK",
            "Company",
            "Platforms",
            "Purposes",
            "How it gets the data",
            "Personal information",
            "Privacy policy"
        ]
    );
    assert_eq!(rows[0].1[2], "Android; iOS");
    // minijinja writes `/` as `&#x2f;` in HTML, which a browser reads as `/`.
    assert_eq!(
        rows[0].1[6].replace("&#x2f;", "/"),
        r#"<a href="https://privacy.qq.com/bugly">https://privacy.qq.com/bugly</a>"#
    );
    assert_eq!(
        rows[1].1[1], "",
        "a row without a company has an empty cell"
    );
    let md = text(&out, &format!("{id}/en/policy.md"));
    assert!(md.contains("| SDK | Company | Platforms |"));
}
