//! The registry of diagnostic codes: one stable code, severity and title per problem.
//!
//! Front-end codes are `SYN-NNN` (syntax), `NAME-NNN` (name resolution), `TYPE-NNN` (types and
//! literals), `PROJ-NNN` (project files), `BUILD-NNN` (`polc build`: templates) and `AUDIT-NNN`
//! (`polc audit`: the policy against an app's project files); they cannot collide with the legal rules'
//! `PROFILE-AREA-NNN` codes. A code is never reused: a retired code stays in [`RETIRED`].
//! Every code has a section in `docs/diagnostics.md`, which is also what `polc explain` prints;
//! a test fails when one is missing.

use super::{Message, Severity};

/// A stable diagnostic code such as `SYN-001`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code(&'static str);

impl Code {
    pub fn as_str(self) -> &'static str {
        self.0
    }

    /// A code by its text. Only registries call this: the front-end constants below and the
    /// legal rules in [`crate::rules`].
    pub const fn new(code: &'static str) -> Code {
        Code(code)
    }

    pub fn info(self) -> &'static CodeInfo {
        // INVARIANT: every `Code` value is one of the constants below or a registered rule's.
        ALL.iter()
            .find(|i| i.code == self)
            .or_else(|| {
                crate::rules::registry()
                    .find(|r| r.info.code == self)
                    .map(|r| &r.info)
            })
            .or_else(|| (crate::diff::rule::INFO.code == self).then_some(&crate::diff::rule::INFO))
            .unwrap_or(&ALL[0])
    }

    /// Whether this is a legal rule's code (`PIPL-SHARE-001`), which an author may silence
    /// with a justification, rather than a front-end code, which cannot be silenced.
    pub fn is_rule(self) -> bool {
        crate::rules::registry().any(|r| r.info.code == self)
    }

    pub fn severity(self) -> Severity {
        self.info().severity
    }

    /// Looks a code up by its text, case-insensitively (`polc explain syn-001`).
    pub fn parse(text: &str) -> Option<Code> {
        all_codes()
            .chain([crate::diff::rule::INFO.code])
            .find(|c| c.0.eq_ignore_ascii_case(text.trim()))
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

pub struct CodeInfo {
    pub code: Code,
    pub severity: Severity,
    pub title_en: &'static str,
    pub title_zh: &'static str,
}

impl CodeInfo {
    /// The title in the reader's language: the catalogues' entry named by the code itself
    /// (`codes.ftl`: `SYN-001 = unexpected token`).
    pub fn title(&self) -> Message {
        Message::key(self.code.as_str())
    }
}

macro_rules! codes {
    ($($name:ident = $code:literal, $sev:ident, $en:literal, $zh:literal;)*) => {
        $(pub const $name: Code = Code($code);)*
        /// Every code in use, in documentation order.
        pub static ALL: &[CodeInfo] = &[
            $(CodeInfo { code: $name, severity: Severity::$sev, title_en: $en, title_zh: $zh },)*
        ];
    };
}

codes! {
    SYN_UNEXPECTED = "SYN-001", Error, "unexpected token", "意外的记号";
    SYN_UNTERMINATED_STRING = "SYN-002", Error, "unterminated string", "字符串未结束";
    SYN_INVALID_CHARACTER = "SYN-003", Error, "invalid character", "非法字符";
    SYN_TOO_DEEP = "SYN-004", Error, "nesting too deep", "嵌套层级过深";
    SYN_INVALID_UTF8 = "SYN-005", Error, "file is not valid UTF-8", "文件不是有效的 UTF-8 编码";
    SYN_INVALID_ESCAPE = "SYN-006", Error, "invalid escape in string", "字符串中的转义序列无效";
    SYN_BIDI_CONTROL = "SYN-007", Warning, "bidirectional control character", "双向控制字符";
    NAME_UNKNOWN = "NAME-001", Error, "unknown name", "未知名称";
    NAME_DUPLICATE = "NAME-002", Error, "duplicate definition", "重复定义";
    NAME_UNKNOWN_MODULE = "NAME-003", Error, "unknown module", "未知模块";
    NAME_UNUSED_IMPORT = "NAME-004", Warning, "unused import", "未使用的导入";
    NAME_AMBIGUOUS = "NAME-005", Error, "ambiguous name", "名称有歧义";
    NAME_UNIMPORTED_FILE = "NAME-006", Warning, "file not imported", "文件未被导入";
    TYPE_WRONG_KIND = "TYPE-001", Error, "reference to the wrong kind of item", "引用的条目种类不符";
    TYPE_INCOMPLETE_TEXT = "TYPE-002", Error, "text missing a declared language", "文本缺少已声明的语言版本";
    TYPE_UNKNOWN_FIELD = "TYPE-003", Error, "unknown field", "未知字段";
    TYPE_MISSING_FIELD = "TYPE-004", Error, "missing required field", "缺少必填字段";
    TYPE_DUPLICATE_FIELD = "TYPE-005", Error, "field given twice", "字段重复";
    TYPE_MISMATCH = "TYPE-006", Error, "value of the wrong type", "值的类型不符";
    TYPE_UNKNOWN_UNIT = "TYPE-007", Error, "unknown duration unit", "未知的期限单位";
    TYPE_BAD_DATE = "TYPE-008", Error, "impossible date", "日期不存在";
    TYPE_BAD_EMAIL = "TYPE-009", Error, "malformed email address", "电子邮件地址格式有误";
    TYPE_UNKNOWN_REGION = "TYPE-010", Error, "unknown region code", "未知的国家或地区代码";
    TYPE_BAD_URL = "TYPE-011", Error, "malformed URL", "网址格式有误";
    TYPE_BAD_PHONE = "TYPE-012", Error, "malformed phone number", "电话号码格式有误";
    TYPE_UNKNOWN_OPTION = "TYPE-013", Error, "unknown option", "未知选项";
    TYPE_UNDECLARED_LANGUAGE = "TYPE-014", Warning, "text in an undeclared language", "文本使用了未声明的语言";
    TYPE_NO_POLICY = "TYPE-015", Error, "no policy header", "缺少政策声明";
    TYPE_SINGLETON_TWICE = "TYPE-016", Error, "section declared twice", "章节重复声明";
    TYPE_UNKNOWN_ITEM = "TYPE-017", Error, "unknown kind of item", "未知的条目种类";
    TYPE_NAME_EXPECTED = "TYPE-018", Error, "item needs a name", "条目缺少名称";
    SUP_NO_JUSTIFICATION = "SUP-001", Error, "suppression without a justification", "未说明理由的规则豁免";
    SUP_UNUSED = "SUP-002", Warning, "unused suppression", "未生效的规则豁免";
    SUP_NOT_A_RULE = "SUP-003", Error, "suppression of something that is not a rule", "豁免对象不是法律规则";
    PROJ_INVALID = "PROJ-001", Error, "invalid project file", "项目文件无效";
    PROJ_MISMATCH = "PROJ-002", Error, "project file and policy header disagree", "项目文件与政策声明不一致";
    BUILD_TEMPLATE = "BUILD-001", Error, "template error", "模板错误";
    AUDIT_UNLISTED_PERMISSION = "AUDIT-001", Error, "permission the policy does not list", "应用申请的权限未在政策中列明";
    AUDIT_UNLISTED_SDK = "AUDIT-002", Error, "SDK the policy does not list", "应用嵌入的 SDK 未在政策中列明";
    AUDIT_UNUSED_PERMISSION = "AUDIT-003", Warning, "listed permission the app does not request", "政策列明的权限应用未申请";
    AUDIT_UNUSED_SDK = "AUDIT-004", Warning, "listed SDK the app does not embed", "政策列明的 SDK 应用未嵌入";
    AUDIT_UNREAD_FILE = "AUDIT-005", Warning, "app file not read", "应用文件未能读取";
}

/// Every code: the front end's, then the legal rules'.
pub fn all_codes() -> impl Iterator<Item = Code> {
    ALL.iter()
        .map(|i| i.code)
        .chain(crate::rules::registry().map(|r| r.info.code))
}

/// Codes that were once used and must never be given a new meaning.
pub static RETIRED: &[&str] = &[];

/// The documentation of every code, the source of `polc explain` and of `docs/diagnostics.md`.
pub static DOCS: &str = include_str!("../../../docs/diagnostics.md");

/// The section of [`DOCS`] for `code`: from its `## CODE` heading to the next `## ` heading.
pub fn explain(code: Code) -> Option<&'static str> {
    // The legal rules' pages, and PIPL-CHANGE-002's, which `polc diff` reports.
    if code.is_rule() || code == crate::diff::rule::INFO.code {
        return crate::rules::docs::page(code);
    }
    let heading = format!("## {}", code.as_str());
    let start = DOCS.match_indices(&heading).map(|(i, _)| i).find(|&i| {
        let rest = DOCS.get(i + heading.len()..).unwrap_or("");
        rest.starts_with(' ') || rest.starts_with('\n') || rest.starts_with('\r')
    })?;
    let body = DOCS.get(start..)?;
    let end = body
        .get(3..)
        .and_then(|b| b.find("\n## "))
        .map(|e| e + 4)
        .unwrap_or(body.len());
    body.get(..end).map(str::trim_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for info in ALL {
            assert!(seen.insert(info.code.as_str()), "duplicate {}", info.code);
            assert!(
                !RETIRED.contains(&info.code.as_str()),
                "{} is retired",
                info.code
            );
            let (prefix, number) = info.code.as_str().split_once('-').unwrap_or(("", ""));
            assert!(
                ["SYN", "NAME", "TYPE", "PROJ", "SUP", "BUILD", "AUDIT"].contains(&prefix),
                "{}",
                info.code
            );
            assert!(
                number.len() == 3 && number.bytes().all(|b| b.is_ascii_digit()),
                "{}",
                info.code
            );
        }
    }

    #[test]
    fn every_code_is_documented_in_both_languages() {
        for info in ALL {
            let page = explain(info.code).unwrap_or_else(|| panic!("no docs for {}", info.code));
            // A `BUILD-` code is about a template, so its example is a ```jinja block.
            let example = if info.code.as_str().starts_with("BUILD-") {
                "```jinja"
            } else {
                "```pol"
            };
            assert!(page.contains(example), "{} has no example", info.code);
            assert!(
                page.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{} has no Chinese",
                info.code
            );
        }
    }

    #[test]
    fn parse_is_case_insensitive() {
        assert_eq!(Code::parse("syn-001"), Some(SYN_UNEXPECTED));
        assert_eq!(Code::parse("XYZ-001"), None);
    }
}
