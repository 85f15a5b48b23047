//! The bilingual change-log entry of a diff, and where it goes in the version history.
//!
//! One sentence per change, in the voice of the policy (我们 / we): "新增处理目的“人脸识别”。" /
//! "Added the purpose “face recognition”." The entry becomes a `revision` item that an author
//! pastes, or that `polc diff --write-history` inserts next to the existing revisions (newest
//! first when the history is written that way, as most policies do).

use super::{Change, Diff, FieldChange, Op};
use crate::diag::{Message, TextEdit};
use crate::ir::Policy;
use crate::source::{is_bidi_control, Span};
use crate::types::schema::{spec, Kind};

/// One change-log entry: matching sentences in each language.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Entry {
    pub zh: Vec<String>,
    pub en: Vec<String>,
}

impl Entry {
    pub fn is_empty(&self) -> bool {
        self.en.is_empty()
    }
}

pub fn entry(diff: &Diff) -> Entry {
    let mut out = Entry::default();
    let mut done = vec![false; diff.changes.len()];
    for (i, change) in diff.changes.iter().enumerate() {
        if change.impact == super::Impact::None || done[i] {
            continue;
        }
        // Additions and removals of one kind make one sentence: "Added the categories ...".
        let group: Vec<usize> = match change.op {
            Op::Added | Op::Removed => (i..diff.changes.len())
                .filter(|&j| {
                    let c = &diff.changes[j];
                    !done[j]
                        && c.impact != super::Impact::None
                        && c.kind == change.kind
                        && c.op == change.op
                })
                .collect(),
            _ => vec![i],
        };
        for &j in &group {
            done[j] = true;
        }
        let m = if group.len() > 1 {
            let members: Vec<&Change> = group.iter().map(|&j| &diff.changes[j]).collect();
            group_sentence(&members)
        } else {
            sentence(change)
        };
        out.zh.push(m.zh());
        out.en.push(m.en());
    }
    out
}

fn plural_en(kind: Kind) -> String {
    let one = kind_en(kind);
    if kind == Kind::Basis {
        "legal bases".into()
    } else if let Some(stem) = one.strip_suffix('y') {
        format!("{stem}ies")
    } else {
        format!("{one}s")
    }
}

/// One sentence for several additions or removals of the same kind.
fn group_sentence(members: &[&Change]) -> Message {
    let Some(first) = members.first() else {
        return Message::key("diff-changelog--message");
    };
    let en: Vec<String> = members
        .iter()
        .map(|c| format!("“{}”", c.label.en()))
        .collect();
    let zh: Vec<String> = members
        .iter()
        .map(|c| format!("“{}”", c.label.zh()))
        .collect();
    let en_list = match en.as_slice() {
        [rest @ .., last] if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => en.join(""),
    };
    let zh_list = zh.join("、");
    let (kind_en, kind_zh) = (plural_en(first.kind), spec(first.kind).zh);
    match first.op {
        Op::Removed => Message::key("diff-changelog--removed-kind-list")
            .arg_en_zh("kind", &kind_en, &kind_zh)
            .arg_en_zh("list", &en_list, &zh_list),
        _ => Message::key("diff-changelog--added-kind-list")
            .arg_en_zh("kind", &kind_en, &kind_zh)
            .arg_en_zh("list", &en_list, &zh_list),
    }
}

fn kind_en(kind: Kind) -> &'static str {
    let en = spec(kind).en;
    en.strip_prefix("a ")
        .or_else(|| en.strip_prefix("an "))
        .or_else(|| en.strip_prefix("the "))
        .unwrap_or(en)
}

/// What a field is called in the sentence.
fn field_name(key: &str) -> (&'static str, &'static str) {
    match key {
        "uses" => ("categories of personal information", "处理的个人信息种类"),
        "basis" => ("legal basis", "处理依据"),
        "period" => ("retention period", "保存期限"),
        "until" => ("retention criterion", "保存期限"),
        "on_expiry" => ("handling at the end of the period", "期限届满后的处理方式"),
        "region" => ("regions", "所在国家或地区"),
        "to" => ("recipients", "接收方"),
        "for" => ("purposes", "处理目的"),
        "data" => ("categories of personal information", "个人信息种类"),
        "via" => ("channels", "行使途径"),
        "within" => ("response time", "答复期限"),
        "fee" => ("fee", "收费方式"),
        "email" | "controller.email" => ("email address", "电子邮箱"),
        "phone" | "controller.phone" => ("phone number", "联系电话"),
        "address" | "controller.address" => ("address", "地址"),
        "url" => ("web page", "网址"),
        "label" => ("wording", "表述"),
        "title" => ("title", "标题"),
        "body" => ("text", "正文"),
        "description" => ("description", "说明"),
        "examples" => ("examples", "示例"),
        "sensitive" => ("sensitivity", "敏感属性"),
        "required" => ("whether it is required", "是否必须提供"),
        "refusal" => ("consequences of refusal", "拒绝的后果"),
        "tags" => ("method of processing", "处理方式"),
        "consent" => ("way consent is asked", "征得同意的方式"),
        "kind" => ("kind", "类型"),
        "share" => ("categories shared", "共享的个人信息种类"),
        "transfer" => ("categories transferred", "转移的个人信息种类"),
        "disclose" => ("categories disclosed", "公开披露的个人信息种类"),
        "entrust" => ("categories entrusted", "委托处理的个人信息种类"),
        "mechanism" => ("transfer mechanism", "出境机制"),
        "conditions" => ("conditions", "条件"),
        "measures" => ("security measures", "安全措施"),
        "certifications" => ("certifications", "认证"),
        "major" => ("list of major changes", "重大变更情形"),
        "announce" => ("way updates are announced", "更新通知方式"),
        "effective" => ("effective date", "生效日期"),
        "updated" => ("date of update", "更新日期"),
        "version" => ("version", "版本号"),
        "controller.name" => ("legal name", "名称"),
        k if k.starts_with("controller.dpo") => (
            "personal information protection officer",
            "个人信息保护负责人",
        ),
        k if k.starts_with("controller") => ("basic information", "基本信息"),
        _ => ("other details", "其他内容"),
    }
}

/// The fields named in a sentence, each once, in order.
fn field_list(fields: &[FieldChange]) -> (String, String) {
    let mut names: Vec<(&str, &str)> = Vec::new();
    for f in fields {
        let n = field_name(&f.key);
        if !names.contains(&n) {
            names.push(n);
        }
    }
    let en: Vec<&str> = names.iter().map(|n| n.0).collect();
    let zh: Vec<&str> = names.iter().map(|n| n.1).collect();
    let en = match en.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    (en, zh.join("、"))
}

/// "(from 6 months to 1 year)" when a single scalar value was replaced.
fn detail(fields: &[FieldChange]) -> (String, String) {
    if let [f] = fields {
        if let ([before], [after]) = (f.removed.as_slice(), f.added.as_slice()) {
            let is_text = matches!(before, super::Canon::Text { .. });
            if !is_text && !matches!(before, super::Canon::Ref(..)) {
                return (
                    format!(
                        " (from {} to {})",
                        before.display(false),
                        after.display(false)
                    ),
                    format!("（由{}改为{}）", before.display(true), after.display(true)),
                );
            }
        }
    }
    (String::new(), String::new())
}

fn sentence(change: &Change) -> Message {
    let kind_zh = spec(change.kind).zh;
    let kind_en = kind_en(change.kind);
    // Unnamed, unlabelled statements are called by their kind alone.
    let labelled = change.label.en() != spec(change.kind).en;
    let (name_en, name_zh) = if change.kind == Kind::Flow && labelled {
        (
            format!("flow to “{}”", change.label.en()),
            format!("向“{}”提供个人信息的数据流向", change.label.zh()),
        )
    } else if labelled {
        (
            format!("{kind_en} “{}”", change.label.en()),
            format!("{kind_zh}“{}”", change.label.zh()),
        )
    } else {
        (kind_en.to_string(), kind_zh.to_string())
    };
    match &change.op {
        Op::Added => {
            Message::key("diff-changelog--added-name").arg_en_zh("name", &name_en, &name_zh)
        }
        Op::Removed => {
            Message::key("diff-changelog--removed-name").arg_en_zh("name", &name_en, &name_zh)
        }
        Op::Renamed { from } => Message::key("diff-changelog--renamed-from-name-no-change")
            .arg("from", &from)
            .arg("name", &change.name),
        Op::Changed if change.kind == Kind::Policy => {
            let (fields_en, fields_zh) = field_list(&change.fields);
            let (d_en, d_zh) = detail(&change.fields);
            Message::key("diff-changelog--updated-fields-policy-d")
                .arg_en_zh("fields", &fields_en, &fields_zh)
                .arg_en_zh("d", &d_en, &d_zh)
        }
        Op::Changed if change.kind == Kind::Flow && labelled => flow_changed(change),
        Op::Changed => {
            let (fields_en, fields_zh) = field_list(&change.fields);
            let (d_en, d_zh) = detail(&change.fields);
            Message::key("diff-changelog--changed-fields-name-d")
                .arg_en_zh("fields", &fields_en, &fields_zh)
                .arg_en_zh("name", &name_en, &name_zh)
                .arg_en_zh("d", &d_en, &d_zh)
        }
    }
}

/// A changed flow, worded around its recipient: 「调整了向“合作伙伴”共享的个人信息种类。」
/// rather than a chain of 的 through "the flow's categories shared".
fn flow_changed(change: &Change) -> Message {
    let (to_en, to_zh) = (&change.label.en(), &change.label.zh());
    let actions: Vec<&str> = change
        .fields
        .iter()
        .map(|f| f.key.as_str())
        .filter(|k| matches!(*k, "share" | "transfer" | "disclose" | "entrust"))
        .collect();
    let (d_en, d_zh) = detail(&change.fields);
    // Only the categories changed, under one action: name the action.
    if let [action] = actions.as_slice() {
        if change.fields.len() == 1 {
            let (en, zh) = match *action {
                "entrust" => (
                    format!("Changed the categories of personal information entrusted to “{to_en}”"),
                    format!("调整了委托“{to_zh}”处理的个人信息种类"),
                ),
                "transfer" => (
                    format!("Changed the categories of personal information transferred to “{to_en}”"),
                    format!("调整了向“{to_zh}”转移的个人信息种类"),
                ),
                "disclose" => (
                    format!("Changed the categories of personal information publicly disclosed to “{to_en}”"),
                    format!("调整了向“{to_zh}”公开披露的个人信息种类"),
                ),
                _ => (
                    format!("Changed the categories of personal information shared with “{to_en}”"),
                    format!("调整了向“{to_zh}”共享的个人信息种类"),
                ),
            };
            return Message::key("diff-changelog--arg-d")
                .arg_en_zh("arg", &en, &zh)
                .arg_en_zh("d", &d_en, &d_zh);
        }
    }
    let (fields_en, fields_zh) = field_list(&change.fields);
    Message::key("diff-changelog--changed-fields-personal-information-provided")
        .arg_en_zh("fields", &fields_en, &fields_zh)
        .arg_en_zh("to", &to_en, &to_zh)
        .arg_en_zh("d", &d_en, &d_zh)
}

/// Why the history cannot take the entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HistoryError {
    NoChange,
    NoHeader,
    /// The new version has no `updated` or `effective` date to date the entry with.
    NoDate,
    /// A revision with this date is already in the history.
    Exists(String),
}

impl std::fmt::Display for HistoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HistoryError::NoChange => f.write_str("nothing changed: no history entry to write"),
            HistoryError::NoHeader => f.write_str("the new version has no policy header"),
            HistoryError::NoDate => {
                f.write_str("the new version's header has no `updated` or `effective` date")
            }
            HistoryError::Exists(date) => write!(
                f,
                "the version history already has a revision dated {date}; edit it by hand"
            ),
        }
    }
}

/// A string literal for the generated `revision` item. Bidirectional controls are dropped:
/// the language has no escape for them, a name that carries one was already warned about
/// (SYN-007), and copied into generated prose an unterminated override would reverse the rest of
/// the change-log line.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push(' '),
            c if is_bidi_control(c) => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The `revision` item for the entry, dated by the new version's `updated` (else `effective`)
/// date and carrying its `version` label.
pub fn revision_item(new: &Policy, entry: &Entry) -> Result<String, HistoryError> {
    if entry.is_empty() {
        return Err(HistoryError::NoChange);
    }
    let header = new.header().ok_or(HistoryError::NoHeader)?;
    let date = header
        .fields
        .date("updated")
        .or_else(|| header.fields.date("effective"))
        .ok_or(HistoryError::NoDate)?;
    let mut out = format!(
        "revision v{} {{\n  date {date}\n",
        date.to_string().replace('-', "_")
    );
    if let Some(version) = header.fields.str("version") {
        out.push_str(&format!("  version {}\n", quote(version)));
    }
    for (i, (zh, en)) in entry.zh.iter().zip(&entry.en).enumerate() {
        let lead = if i == 0 { "  changes " } else { "    " };
        let sep = if i + 1 < entry.en.len() { "," } else { "" };
        out.push_str(&format!(
            "{lead}{{\n      zh: {}\n      en: {}\n    }}{sep}\n",
            quote(zh),
            quote(en)
        ));
    }
    out.push('}');
    Ok(out)
}

/// Where the entry goes in the new version's sources: before the newest revision when the
/// history is written newest first, after the last one otherwise, and after the `changes`
/// statement (else at the end of the header's file) when there is no history yet.
pub fn history_edit(
    new: &Policy,
    db: &crate::source::SourceDb,
    entry: &Entry,
) -> Result<TextEdit, HistoryError> {
    let item = revision_item(new, entry)?;
    let header = new.header().ok_or(HistoryError::NoHeader)?;
    let date = header
        .fields
        .date("updated")
        .or_else(|| header.fields.date("effective"))
        .ok_or(HistoryError::NoDate)?;
    let revisions: Vec<_> = new.of_kind(Kind::Revision).collect();
    if revisions
        .iter()
        .any(|r| r.fields.date("date") == Some(date))
    {
        return Err(HistoryError::Exists(date.to_string()));
    }
    let at = |span: Span, offset: u32, text: String| TextEdit {
        span: Span {
            file: span.file,
            start: offset,
            end: offset,
        },
        new_text: text,
    };
    if let (Some(first), Some(last)) = (revisions.first(), revisions.last()) {
        let newest_first = first.fields.date("date") >= last.fields.date("date");
        return Ok(if newest_first {
            at(first.span, first.span.start, format!("{item}\n\n"))
        } else {
            at(last.span, last.span.end, format!("\n\n{item}"))
        });
    }
    if let Some(changes) = new.of_kind(Kind::Changes).next() {
        return Ok(at(changes.span, changes.span.end, format!("\n\n{item}")));
    }
    let end = db
        .get(header.span.file)
        .map(|f| f.text.trim_end().len())
        .unwrap_or(0);
    let end = u32::try_from(end).unwrap_or(u32::MAX);
    Ok(at(header.span, end, format!("\n\n{item}\n")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::diff;
    use crate::Workspace;

    fn policy(label: &str) -> String {
        format!(
            "policy acme {{\n  controller {{\n    name {{ zh: \"示例科技有限公司\", en: \"Example Technology Co., Ltd.\" }}\n  }}\n  effective 2024-06-01\n}}\n\ncategory phone {{\n  label {{ zh: \"{label}\", en: \"mobile phone number\" }}\n}}\n"
        )
    }

    /// Found by the `diff` fuzz target: a label with an unterminated right-to-left override
    /// was copied into the change-log line, where it reversed the rest of the sentence and made
    /// the generated item itself draw a SYN-007 warning.
    #[test]
    fn a_revision_item_carries_no_bidirectional_control() {
        let old = Workspace::from_text("policy.pol", &policy("手机号码")).analyze_front_end();
        let new =
            Workspace::from_text("policy.pol", &policy("手机号码\u{202E}")).analyze_front_end();
        assert!(!old.has_errors() && !new.has_errors());
        let entry = entry(&diff(&old.policy, &new.policy));
        let item = revision_item(&new.policy, &entry).unwrap();
        assert!(item.contains("手机号码"), "{item}");
        assert!(!item.contains(is_bidi_control), "{item}");
        let (_, diags) = crate::syntax::parse(crate::source::FileId(0), &item);
        assert!(diags.is_empty(), "{item}\n{diags:?}");
    }
}
