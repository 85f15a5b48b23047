//! `polc diff` end to end: exit codes (0 no change, 3 minor, 4 major, 1 errors, 2 usage), the
//! JSON shape, `--write-history` (the result checks clean) and `--git`.

use std::path::{Path, PathBuf};
use std::process::Command;

#[cfg(test)]
fn polc() -> Command {
    Command::new(env!("CARGO_BIN_EXE_polc"))
}

#[cfg(test)]
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[cfg(test)]
fn megvii() -> PathBuf {
    root().join("examples/megvii")
}

#[cfg(test)]
fn old_megvii() -> PathBuf {
    root().join("tests/fixtures/diff/megvii-2020-12-24")
}

/// A copy of a project directory, with one text replaced in one file.
#[cfg(test)]
fn copy_with(from: &Path, file: &str, old: &str, new: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_owned();
        let mut text = std::fs::read_to_string(&path).unwrap();
        if name == file {
            assert!(text.contains(old), "{file} has no {old:?}");
            text = text.replace(old, new);
        }
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

#[cfg(test)]
fn code(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn exit_codes_say_how_much_changed() {
    let (c, out, _) = code(polc().arg("diff").arg(megvii()).arg(megvii()));
    assert_eq!(c, 0, "{out}");
    assert!(out.contains("no change in meaning"));

    let minor = copy_with(
        &megvii(),
        "policy.pol",
        "zh: \"我们的合作伙伴（含客户、供应商等）\"",
        "zh: \"我们的合作伙伴（包括客户、供应商等）\"",
    );
    let (c, out, _) = code(polc().arg("diff").arg(megvii()).arg(minor.path()));
    assert_eq!(c, 3, "{out}");
    assert!(
        out.contains("[minor] recipient `partners` changed"),
        "{out}"
    );

    let (c, out, err) = code(polc().arg("diff").arg(old_megvii()).arg(megvii()));
    assert_eq!(c, 4, "{out}");
    assert!(out.contains("[MAJOR] purpose `after_sales` added"), "{out}");
    assert!(
        out.contains("zh: 新增处理目的“售后与支持”、“注册售后支持服务账号”。"),
        "{out}"
    );
    assert!(
        out.contains("en: Added the purposes “after-sales and support”"),
        "{out}"
    );
    assert!(err.contains("error[PIPL-CHANGE-002]"), "{err}");

    // A version with errors cannot be compared: 1, with the errors shown.
    let broken = copy_with(&megvii(), "policy.pol", "to partners", "to partnerz");
    let (c, _, err) = code(polc().arg("diff").arg(megvii()).arg(broken.path()));
    assert_eq!(c, 1);
    assert!(err.contains("NAME-001"), "{err}");

    let (c, _, err) = code(polc().arg("diff").arg(megvii()));
    assert_eq!(c, 2);
    assert!(err.contains("give OLD and NEW"), "{err}");
}

#[test]
fn json_lists_changes_with_grounds_and_both_change_logs() {
    let (c, out, _) = code(
        polc()
            .args(["diff", "--format", "json"])
            .arg(old_megvii())
            .arg(megvii()),
    );
    assert_eq!(c, 4);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    // The new purposes state no basis (the original names none): major, and 4 for the
    // PIPL-CHANGE-002 error.
    assert_eq!(v["impact"], "major");
    assert_eq!(v["exit_code"], 4);
    let changes = v["changes"].as_array().unwrap();
    let after_sales = changes.iter().find(|c| c["name"] == "after_sales").unwrap();
    assert_eq!(after_sales["change"]["op"], "added");
    assert_eq!(after_sales["impact"], "major");
    assert_eq!(after_sales["major"][0], "change_service_model");
    assert_eq!(after_sales["label_zh"], "售后与支持");
    assert_eq!(after_sales["new"]["start"]["line"], 151);
    assert!(after_sales["old"].is_null());
    let zh = v["changelog"]["zh"].as_array().unwrap();
    let en = v["changelog"]["en"].as_array().unwrap();
    assert_eq!(zh.len(), en.len());
    assert!(!zh.is_empty());
    assert_eq!(v["diagnostics"][0]["code"], "PIPL-CHANGE-002");
}

#[test]
fn write_history_appends_an_entry_that_checks_clean() {
    // The new version before its author wrote the history entry.
    let new = copy_with(
        &megvii(),
        "policy.pol",
        "revision v2021_05_07 {\n  date 2021-05-07\n  changes {\n      zh: \"补充了[[collection]]中的售后与支持相关内容\"\n      en: \"Added the after-sales and support content to [[collection]].\"\n    },\n    {\n      zh: \"更新了[[rights]]\"\n      en: \"Updated [[rights]].\"\n    }\n}\n\n",
        "",
    );
    let (c, _, err) = code(polc().arg("diff").arg(old_megvii()).arg(new.path()));
    assert_eq!(c, 4);
    assert!(err.contains("not recorded in the version history"), "{err}");

    let (c, _, err) = code(
        polc()
            .args(["diff", "--write-history"])
            .arg(old_megvii())
            .arg(new.path()),
    );
    assert_eq!(c, 4, "{err}");
    assert!(err.contains("wrote the change-log entry"), "{err}");
    let text = std::fs::read_to_string(new.path().join("policy.pol")).unwrap();
    assert!(text.contains("revision v2021_05_07 {\n  date 2021-05-07\n  changes {\n      zh: \""));
    assert!(text.find("revision v2021_05_07") < text.find("revision v2020_12_24"));

    let (c, _, err) = code(polc().arg("check").arg(new.path()));
    assert_eq!(c, 0, "{err}");
    // Recorded now: (a) is no longer reported.
    let (_, _, err) = code(polc().arg("diff").arg(old_megvii()).arg(new.path()));
    assert!(
        !err.contains("not recorded in the version history"),
        "{err}"
    );
}

#[test]
fn git_compares_the_working_tree_with_a_revision() {
    let repo = tempfile::tempdir().unwrap();
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .arg("-C")
            .arg(repo.path())
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(&["init", "-q"]);
    git(&["config", "user.email", "t@example.invalid"]);
    git(&["config", "user.name", "t"]);
    let project = repo.path().join("policy");
    std::fs::create_dir(&project).unwrap();
    for entry in std::fs::read_dir(old_megvii()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, project.join(path.file_name().unwrap())).unwrap();
    }
    git(&["add", "."]);
    git(&["commit", "-qm", "2020-12-24"]);
    for entry in std::fs::read_dir(megvii()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, project.join(path.file_name().unwrap())).unwrap();
    }
    let (c, out, err) = code(polc().args(["diff", "--git", "HEAD"]).arg(&project));
    assert_eq!(c, 4, "{out}{err}");
    assert!(out.contains("purpose `after_sales` added"), "{out}");
    let (c, _, err) = code(polc().args(["diff", "--git", "no-such-rev"]).arg(&project));
    assert_eq!(c, 2);
    assert!(err.contains("git"), "{err}");
}
