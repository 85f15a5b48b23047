//! The lists an app policy carries beside its prose: the third-party SDK list and the device
//! permission list, as tables on the policy page, and the two lists regulators expect as pages
//! of their own, the collection list (个人信息收集清单) and the third-party sharing list
//! (第三方信息共享清单).
//!
//! Each list is a [`Table`] built here from the typed model (through the manifest's
//! [`Builder`], so labels and ids are the manifest's), one per language; the templates
//! (`partials/lists.*`, `partials/list-table.*`, `<lang>/collection-list.*`,
//! `<lang>/sharing-list.*`) only lay it out. A table has only the columns at least one row fills:
//! a column the model says nothing about would be a column of blanks, or a claim. Cells hold
//! what the model says, in the page's words for options; nothing is added from the catalogues
//! (an SDK's company or policy link appears only when the policy gives it). Row ids are built
//! from item names, so they are the same in both languages.

use std::collections::{HashMap, HashSet};

use minijinja::Value;
use serde::Serialize;

use super::{to_value, words, TemplateError, Templates};
use crate::backends::manifest::{self, Builder, CategoryRef, Manifest, Ref, Text};
use crate::diag::Lang;
use crate::ir::{Item, ItemId, Policy};
use crate::types::schema::Kind;
use crate::Analysis;

/// One list as a table: a caption, the columns that have a value, the rows.
#[derive(Clone, Debug, Serialize)]
pub struct Table {
    /// The table's anchor, the same in both languages (`sdk-list`).
    pub id: &'static str,
    pub title: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Column {
    pub key: &'static str,
    pub title: String,
    /// The cells are URLs, shown as links.
    pub link: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Row {
    /// The row's anchor, from the item names: the same in both languages.
    pub id: String,
    /// One per column, in the columns' order.
    pub cells: Vec<String>,
}

/// A link from the policy page to a list page.
#[derive(Clone, Debug, Serialize)]
pub struct PageLink {
    pub title: String,
    pub html: &'static str,
    pub md: &'static str,
}

/// Everything the templates get for one language (`lists` in their context).
#[derive(Clone, Debug, Serialize)]
pub struct LangLists {
    pub sdks: Table,
    pub permissions: Table,
    pub collection: Table,
    pub sharing: Table,
    pub collection_page: PageLink,
    pub sharing_page: PageLink,
}

/// The lists of one policy, in both languages.
#[derive(Clone, Debug)]
pub struct Lists {
    zh: LangLists,
    en: LangLists,
}

impl Lists {
    pub fn new(policy: &Policy) -> Lists {
        let b = Builder::new(policy);
        Lists {
            zh: lang_lists(&b, Lang::Zh),
            en: lang_lists(&b, Lang::En),
        }
    }

    pub fn get(&self, lang: Lang) -> &LangLists {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// The list pages of one policy: `<lang>/collection-list.{html,md}` and
/// `<lang>/sharing-list.{html,md}`, in every language the site has.
pub fn render(
    analysis: &Analysis,
    m: &Manifest,
    templates: &Templates,
) -> Result<Vec<(String, Vec<u8>)>, TemplateError> {
    let env = templates.environment()?;
    let lists = Lists::new(&analysis.policy);
    let mut out = Vec::new();
    for lang in [Lang::Zh, Lang::En] {
        let code = words::pick(lang, "zh", "en");
        let other = words::pick(lang, "en", "zh");
        let l = lists.get(lang);
        for (page, table) in [
            ("collection-list", &l.collection),
            ("sharing-list", &l.sharing),
        ] {
            let ctx = minijinja::context! {
                manifest => to_value(m),
                lists => to_value(l),
                table => to_value(table),
                lang => code,
                other_lang => other,
                paths => minijinja::context! {
                    stylesheet => Value::from_safe_string("../../assets/style.css".into()),
                    other_page => Value::from_safe_string(format!("../{other}/{page}.html")),
                    policy => Value::from_safe_string("index.html".into()),
                    home => Value::from_safe_string("../../index.html".into()),
                },
            };
            for ext in ["html", "md"] {
                let name = format!("{code}/{page}.{ext}");
                let t = env.get_template(&name).map_err(|e| templates.error(&e))?;
                let text = t.render(&ctx).map_err(|e| templates.error(&e))?;
                out.push((name, text.into_bytes()));
            }
        }
    }
    Ok(out)
}

fn lang_lists(b: &Builder<'_>, lang: Lang) -> LangLists {
    LangLists {
        sdks: sdk_table(b, lang),
        permissions: permission_table(b, lang),
        collection: collection_table(b, lang),
        sharing: sharing_table(b, lang),
        collection_page: PageLink {
            title: pick(
                lang,
                "个人信息收集清单",
                "List of personal information collected",
            ),
            html: "collection-list.html",
            md: "collection-list.md",
        },
        sharing_page: PageLink {
            title: pick(
                lang,
                "第三方信息共享清单",
                "List of personal information shared with third parties",
            ),
            html: "sharing-list.html",
            md: "sharing-list.md",
        },
    }
}

fn pick(lang: Lang, zh: &str, en: &str) -> String {
    words::pick(lang, zh, en).to_string()
}

/// A column: key, Chinese and English title, whether its cells are links.
type Spec = (&'static str, &'static str, &'static str, bool);

/// A table from full rows, keeping only the columns some row fills.
fn table(
    id: &'static str,
    title: String,
    specs: &[Spec],
    rows: Vec<(String, Vec<String>)>,
    lang: Lang,
) -> Table {
    let keep: Vec<usize> = (0..specs.len())
        .filter(|&c| {
            rows.iter()
                .any(|(_, cells)| cells.get(c).is_some_and(|s| !s.is_empty()))
        })
        .collect();
    Table {
        id,
        title,
        columns: keep
            .iter()
            .map(|&c| {
                let (key, zh, en, link) = specs[c];
                Column {
                    key,
                    title: pick(lang, zh, en),
                    link,
                }
            })
            .collect(),
        rows: rows
            .into_iter()
            .map(|(id, cells)| Row {
                id,
                cells: keep
                    .iter()
                    .map(|&c| cells.get(c).cloned().unwrap_or_default())
                    .collect(),
            })
            .collect(),
    }
}

/// An anchor from an item's (possibly qualified) name: identifier characters only.
fn anchor(prefix: &str, name: &str) -> String {
    let name: String = name
        .replace("::", "-")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
        .collect();
    format!("{prefix}-{name}")
}

fn t(text: &Text, lang: Lang) -> String {
    words::text(text, lang)
}

/// A text field of the typed model in one language, as the manifest would give it.
fn ir_text(text: Option<&crate::ir::Text>, lang: Lang) -> String {
    let Some(text) = text else {
        return String::new();
    };
    t(
        &Text {
            zh: text.get("zh").map(str::to_string),
            en: text.get("en").map(str::to_string),
        },
        lang,
    )
}

fn opt_text(text: Option<&Text>, lang: Lang) -> String {
    text.map(|x| t(x, lang)).unwrap_or_default()
}

/// Labels joined with the language's list separator, duplicates dropped.
fn join(labels: Vec<String>, lang: Lang) -> String {
    let mut seen: Vec<String> = Vec::new();
    for l in labels {
        if !l.is_empty() && !seen.contains(&l) {
            seen.push(l);
        }
    }
    seen.join(words::pick(lang, "；", "; "))
}

fn ref_labels(refs: &[Ref], lang: Lang) -> Vec<String> {
    refs.iter().map(|r| t(&r.label, lang)).collect()
}

/// A category's label, marked sensitive only where the author said so, as the policy page
/// marks it (a sensitivity inherited from a standard category is the checker's, not a
/// statement of the policy).
fn category_labels(cats: &[CategoryRef], lang: Lang) -> Vec<String> {
    cats.iter()
        .map(|c| {
            let label = t(&c.label, lang);
            if c.sensitive_stated {
                format!(
                    "{label}{}",
                    words::pick(lang, "（敏感个人信息）", " (sensitive)")
                )
            } else {
                label
            }
        })
        .collect()
}

fn user_items(policy: &Policy, kind: Kind) -> impl Iterator<Item = &Item> {
    policy.of_kind(kind).filter(move |i| !policy.is_std(i))
}

/// What a flow does with the data, as a table cell: the action, or that the recipient
/// collects it itself.
fn how(f: &manifest::Flow, lang: Lang) -> String {
    if f.collected_by.as_deref() == Some("recipient") {
        return pick(lang, "由其直接收集", "collected by it directly");
    }
    match f.action.as_str() {
        "entrust" => pick(lang, "委托处理", "entrusted processing"),
        "transfer" => pick(lang, "转让", "transfer"),
        "disclose" => pick(lang, "公开披露", "public disclosure"),
        _ => pick(lang, "我们向其提供", "provided by us"),
    }
}

/// When a flow happens, as the model says it: its modality, trigger and cases. Empty for a
/// routine flow with no condition.
fn when(f: &manifest::Flow, lang: Lang) -> String {
    let mut parts = Vec::new();
    match f.hedge.as_deref() {
        Some("in_principle") => parts.push(pick(lang, "原则上", "in principle")),
        Some("generally") => parts.push(pick(lang, "通常", "generally")),
        _ => {}
    }
    if f.modality == "currently_not" {
        parts.push(pick(lang, "目前不会发生", "not at present"));
    } else if f.may {
        parts.push(pick(lang, "可能发生", "may happen"));
    }
    if !f.when.is_empty() {
        let cases = ref_labels(&f.when, lang).join(words::pick(lang, "且", " and "));
        parts.push(match lang {
            Lang::Zh => format!("在{cases}时"),
            Lang::En => format!("when {cases}"),
        });
    }
    if !f.only_if.is_empty() {
        let cases = ref_labels(&f.only_if, lang).join(words::pick(lang, "；", "; "));
        parts.push(match lang {
            Lang::Zh => format!("仅在以下情形：{cases}"),
            Lang::En => format!("only where: {cases}"),
        });
    }
    if !f.trigger.is_empty() {
        let events: Vec<String> = f.trigger.iter().map(|e| trigger(e, lang)).collect();
        parts.push(match lang {
            Lang::Zh => format!("发生{}时", events.join("、")),
            Lang::En => format!("on {}", events.join(", ")),
        });
    }
    parts.join(words::pick(lang, "；", "; "))
}

fn trigger(event: &str, lang: Lang) -> String {
    let (zh, en) = match event {
        "merger" => ("合并", "a merger"),
        "division" => ("分立", "a division"),
        "dissolution" => ("解散", "a dissolution"),
        "bankruptcy" => ("破产", "bankruptcy"),
        "asset_sale" => ("资产出售", "an asset sale"),
        "acquisition" => ("收购", "an acquisition"),
        other => (other, other),
    };
    pick(lang, zh, en)
}

/// The safeguards a flow states before the data leaves, in a cell.
fn safeguards(f: &manifest::Flow, lang: Lang) -> String {
    let words: Vec<String> = f
        .conditions
        .iter()
        .filter_map(|c| {
            Some(match c.as_str() {
                "de_identified_first" => pick(lang, "去标识化处理后提供", "de-identified first"),
                "anonymized_first" => pick(lang, "匿名化处理后提供", "anonymised first"),
                "encrypted" => pick(lang, "加密传输", "encrypted"),
                "minimum_necessary" => pick(lang, "仅限必要的最小范围", "only what is necessary"),
                "separate_consent" => pick(lang, "取得您的单独同意", "with your separate consent"),
                _ => return None,
            })
        })
        .collect();
    join(words, lang)
}

fn platform(p: &str, lang: Lang) -> String {
    let (zh, en) = match p {
        "android" => ("Android", "Android"),
        "ios" => ("iOS", "iOS"),
        "harmonyos" => ("HarmonyOS", "HarmonyOS"),
        "miniprogram" => ("小程序", "mini-program"),
        "web" => ("网页", "web"),
        other => (other, other),
    };
    pick(lang, zh, en)
}

/// A flow, and one of its rows as the meaning gives it: recipients, purposes, categories.
type GrantRow = (manifest::Flow, Vec<Ref>, Vec<Ref>, Vec<CategoryRef>);

/// Every row of every flow, in source order.
fn grant_rows(b: &Builder<'_>) -> Vec<GrantRow> {
    let mut rows = Vec::new();
    for item in user_items(b.policy, Kind::Flow) {
        let f = b.flow(item);
        if f.grants.is_empty() {
            let (to, purposes, data) = (f.to.clone(), f.purposes.clone(), f.data.clone());
            rows.push((f, to, purposes, data));
        } else {
            for g in f.grants.clone() {
                rows.push((f.clone(), g.to, g.purposes, g.data));
            }
        }
    }
    rows
}

fn is_sdk(b: &Builder<'_>, item: &Item) -> bool {
    let f = &item.fields;
    f.has("sdk")
        || f.has("platforms")
        || f.has("packages")
        || b.policy
            .lineage(item.id)
            .any(|i| b.policy.is_std(i) && i.name() == "sdk_provider")
}

const SDK_COLUMNS: &[Spec] = &[
    ("name", "SDK 名称", "SDK", false),
    ("company", "第三方名称", "Company", false),
    ("platforms", "适用平台", "Platforms", false),
    ("purposes", "使用目的", "Purposes", false),
    ("method", "收集方式", "How it gets the data", false),
    ("when", "情形", "When", false),
    ("data", "个人信息类型", "Personal information", false),
    ("safeguards", "处理方式", "Safeguards", false),
    ("policy_url", "隐私政策链接", "Privacy policy", true),
    ("description", "说明", "Notes", false),
];

/// 第三方SDK目录: one row per SDK the policy names, with what the flows to it carry.
fn sdk_table(b: &Builder<'_>, lang: Lang) -> Table {
    let grants = grant_rows(b);
    let rows = user_items(b.policy, Kind::Recipient)
        .filter(|i| is_sdk(b, i))
        .map(|item| {
            let r = b.recipient(item);
            let mine: Vec<_> = grants
                .iter()
                .filter(|(_, to, _, _)| to.iter().any(|x| x.id == r.id))
                .collect();
            let cells = vec![
                t(&r.label, lang),
                opt_text(r.name.as_ref(), lang),
                join(
                    item.fields
                        .options("platforms")
                        .into_iter()
                        .map(|p| platform(p, lang))
                        .collect(),
                    lang,
                ),
                join(
                    mine.iter()
                        .flat_map(|(_, _, p, _)| ref_labels(p, lang))
                        .collect(),
                    lang,
                ),
                join(mine.iter().map(|(f, _, _, _)| how(f, lang)).collect(), lang),
                join(
                    mine.iter().map(|(f, _, _, _)| when(f, lang)).collect(),
                    lang,
                ),
                join(
                    mine.iter()
                        .flat_map(|(_, _, _, d)| category_labels(d, lang))
                        .collect(),
                    lang,
                ),
                join(
                    mine.iter()
                        .map(|(f, _, _, _)| safeguards(f, lang))
                        .collect(),
                    lang,
                ),
                r.policy_url.clone().unwrap_or_default(),
                opt_text(r.description.as_ref(), lang),
            ];
            (anchor("sdk", item.name()), cells)
        })
        .collect();
    table(
        "sdk-list",
        pick(lang, "第三方SDK目录", "Third-party SDKs"),
        SDK_COLUMNS,
        rows,
        lang,
    )
}

const PERMISSION_COLUMNS: &[Spec] = &[
    ("name", "权限", "Permission", false),
    ("android", "Android 权限", "Android", false),
    ("ios", "iOS 权限", "iOS", false),
    ("miniprogram", "小程序权限", "Mini-program", false),
    (
        "data",
        "可获取的个人信息",
        "Personal information it gives access to",
        false,
    ),
    (
        "functions",
        "业务功能与目的",
        "Functions and purposes",
        false,
    ),
    ("requested", "申请时机", "When it is asked for", false),
    ("background", "后台使用", "Used in the background", false),
    ("refusal", "拒绝的影响", "If you refuse", false),
    ("description", "用途说明", "What it is used for", false),
];

/// 权限列表: one row per permission the policy lists.
fn permission_table(b: &Builder<'_>, lang: Lang) -> Table {
    let label_of = |id| {
        b.policy
            .item(id)
            .map(|i| t(&b.label(i), lang))
            .unwrap_or_default()
    };
    let rows = user_items(b.policy, Kind::Permission)
        .map(|item| {
            let f = &item.fields;
            let strs =
                |key: &str| join(f.strs(key).into_iter().map(str::to_string).collect(), lang);
            let exposes: Vec<CategoryRef> = f
                .refs("exposes")
                .into_iter()
                .filter_map(|id| b.policy.item(id))
                .map(|c| CategoryRef {
                    id: b.id(c),
                    label: b.label(c),
                    sensitive: b.policy.is_sensitive(c.id),
                    sensitive_stated: b.sensitive_stated(c.id),
                })
                .collect();
            let requested = match f.option("requested") {
                Some("first_launch") => pick(lang, "首次启动时", "at first launch"),
                Some("on_use") => pick(lang, "使用相关功能时", "when you use the function"),
                Some("in_settings") => {
                    pick(lang, "您在设置中开启时", "when you turn it on in settings")
                }
                _ => String::new(),
            };
            let background = match f.bool("background") {
                Some(true) => pick(lang, "是", "yes"),
                Some(false) => pick(lang, "否", "no"),
                None => String::new(),
            };
            let cells = vec![
                t(&b.label(item), lang),
                strs("android"),
                strs("ios"),
                strs("miniprogram"),
                join(category_labels(&exposes, lang), lang),
                join(
                    f.refs("functions")
                        .into_iter()
                        .chain(f.refs("for"))
                        .map(label_of)
                        .collect(),
                    lang,
                ),
                requested,
                background,
                ir_text(f.text("refusal"), lang),
                ir_text(f.text("description"), lang),
            ];
            (anchor("permission", item.name()), cells)
        })
        .collect();
    table(
        "permission-list",
        pick(lang, "权限列表", "Device permissions"),
        PERMISSION_COLUMNS,
        rows,
        lang,
    )
}

const COLLECTION_COLUMNS: &[Spec] = &[
    ("functions", "业务功能", "Function", false),
    ("purpose", "处理目的", "Purpose", false),
    ("data", "个人信息", "Personal information", false),
    ("source", "收集方式", "How it is collected", false),
    ("required", "是否必需", "Required", false),
    ("basis", "处理依据", "Legal basis", false),
    ("permissions", "所需权限", "Permissions", false),
];

/// 个人信息收集清单: one row per purpose, with the function it belongs to, the data it uses
/// and how that data is collected.
fn collection_table(b: &Builder<'_>, lang: Lang) -> Table {
    let policy = b.policy;
    // The functions and permissions of each purpose, in source order, gathered once rather
    // than by a scan of every item per purpose.
    let by_purpose = |kind: Kind, field: &str| {
        let mut map: HashMap<ItemId, Vec<&Item>> = HashMap::new();
        for i in user_items(policy, kind) {
            let mut refs = i.fields.refs(field);
            refs.sort_unstable();
            refs.dedup();
            for p in refs {
                map.entry(p).or_default().push(i);
            }
        }
        map
    };
    let functions_of = by_purpose(Kind::Function, "purposes");
    let permissions_of = by_purpose(Kind::Permission, "for");
    let labels = |map: &HashMap<ItemId, Vec<&Item>>, id: ItemId| -> Vec<String> {
        map.get(&id)
            .map(|items| items.iter().map(|i| t(&b.label(i), lang)).collect())
            .unwrap_or_default()
    };
    let rows = user_items(policy, Kind::Purpose)
        .map(|item| {
            let p = b.purpose(item);
            let functions = labels(&functions_of, item.id);
            let permissions = labels(&permissions_of, item.id);
            let sources: Vec<String> = item
                .fields
                .refs("uses")
                .into_iter()
                .filter_map(|c| policy.item(c))
                .filter_map(|c| c.fields.option("source"))
                .map(|s| match s {
                    "subject" => pick(lang, "由您主动提供", "provided by you"),
                    "automatic" => pick(lang, "自动收集", "collected automatically"),
                    "third_party" => pick(lang, "从第三方获取", "obtained from third parties"),
                    other => other.to_string(),
                })
                .collect();
            let required = match p.required {
                Some(true) => pick(lang, "必需", "required"),
                Some(false) => pick(lang, "非必需", "optional"),
                None => String::new(),
            };
            let cells = vec![
                join(functions, lang),
                t(&p.label, lang),
                join(category_labels(&p.uses, lang), lang),
                join(sources, lang),
                required,
                join(ref_labels(&p.basis, lang), lang),
                join(permissions, lang),
            ];
            (anchor("collect", item.name()), cells)
        })
        .collect();
    table(
        "collection-list",
        pick(
            lang,
            "个人信息收集清单",
            "List of personal information collected",
        ),
        COLLECTION_COLUMNS,
        rows,
        lang,
    )
}

const SHARING_COLUMNS: &[Spec] = &[
    ("recipient", "接收方", "Recipient", false),
    ("company", "接收方名称", "Name", false),
    ("role", "身份", "Role", false),
    ("how", "方式", "How", false),
    ("purposes", "目的", "Purposes", false),
    ("data", "个人信息", "Personal information", false),
    ("when", "情形", "When", false),
    ("safeguards", "处理方式", "Safeguards", false),
    ("policy_url", "隐私政策链接", "Privacy policy", true),
];

/// 第三方信息共享清单: one row per flow and recipient, with what the meaning says goes there.
fn sharing_table(b: &Builder<'_>, lang: Lang) -> Table {
    let policy = b.policy;
    // The recipients by manifest id, the first of an id winning as a search in this order
    // would (one map, not a scan of every recipient per row).
    let mut recipients: HashMap<String, &Item> = HashMap::new();
    for i in user_items(policy, Kind::Recipient)
        .chain(policy.of_kind(Kind::Recipient).filter(|i| policy.is_std(i)))
    {
        recipients.entry(b.id(i)).or_insert(i);
    }
    let mut rows = Vec::new();
    for (f, to, purposes, data) in grant_rows(b) {
        for r in &to {
            let Some(&item) = recipients.get(&r.id) else {
                continue;
            };
            let rec = b.recipient(item);
            let data = if data.is_empty() {
                pick(lang, "您的个人信息", "your personal information")
            } else {
                join(category_labels(&data, lang), lang)
            };
            let cells = vec![
                t(&rec.label, lang),
                opt_text(rec.name.as_ref(), lang),
                rec.role
                    .as_ref()
                    .map(|x| t(&x.label, lang))
                    .unwrap_or_default(),
                how(&f, lang),
                join(ref_labels(&purposes, lang), lang),
                data,
                when(&f, lang),
                safeguards(&f, lang),
                rec.policy_url.clone().unwrap_or_default(),
            ];
            let id = format!(
                "{}-{}",
                anchor("share", &f.id),
                anchor("to", item.name()).trim_start_matches("to-")
            );
            rows.push((id, cells));
        }
    }
    // A flow can send different data to one recipient for several purposes: each (flow,
    // recipient) row keeps its own anchor, numbered after the first.
    let mut seen: HashSet<String> = HashSet::new();
    for (id, _) in rows.iter_mut() {
        let base = id.clone();
        let mut n = 1;
        while seen.contains(id) {
            n += 1;
            *id = format!("{base}-{n}");
        }
        seen.insert(id.clone());
    }
    table(
        "sharing-list",
        pick(
            lang,
            "第三方信息共享清单",
            "List of personal information shared with third parties",
        ),
        SHARING_COLUMNS,
        rows,
        lang,
    )
}
