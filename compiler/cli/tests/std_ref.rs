//! `polc std NAME` and `polc explain MODULE::NAME`: one stdlib item's reference entry.

use std::process::Command;

#[cfg(test)]
fn polc(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_polc"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn explain_prints_a_stdlib_items_entry() {
    let (code, out, err) = polc(&["explain", "gb::device"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("# `std::gbt35273::device`"), "{out}");
    assert!(
        out.contains("个人常用设备信息") && out.contains("device information"),
        "{out}"
    );
    assert!(out.contains("**Sensitive（敏感个人信息）:** no"), "{out}");
    // `polc std` says the same.
    let (code, same, _) = polc(&["std", "std::gbt35273::device"]);
    assert_eq!(code, 0);
    assert_eq!(same, out);
}

#[test]
fn std_shows_what_an_item_implies() {
    let (code, out, _) = polc(&["std", "pipl::separate_consent"]);
    assert_eq!(code, 0);
    assert!(out.contains("separate consent（单独同意）"), "{out}");
    assert!(out.contains("PIPL Art. 14"), "{out}");
    let (code, out, _) = polc(&["std", "gb::sensitive_precise_location"]);
    assert_eq!(code, 0);
    assert!(out.contains("**Sensitive（敏感个人信息）:** yes"), "{out}");
    // A bare name found in one module only.
    let (code, out, _) = polc(&["std", "entrust_clauses"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("# `std::pipl::entrust_clauses`"), "{out}");
}

#[test]
fn std_lists_modules_and_a_modules_items() {
    let (code, out, _) = polc(&["std"]);
    assert_eq!(code, 0);
    for module in ["std::gbt35273", "std::gdpr", "std::pipl", "std::promises"] {
        assert!(out.contains(module), "{module} missing:\n{out}");
    }
    let (code, out, _) = polc(&["std", "std::promises"]);
    assert_eq!(code, 0);
    assert!(out.contains("`no_sale`"), "{out}");
}

#[test]
fn an_unknown_stdlib_name_suggests_the_closest_and_exits_2() {
    let (code, out, err) = polc(&["explain", "gb::contact"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("`gb::contact`"), "{err}");
    assert!(err.contains("std::gbt35273::contacts"), "{err}");
    // A name in several modules asks for the module.
    let (code, _, err) = polc(&["std", "consent"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("std::pipl::consent") && err.contains("std::gdpr::consent"),
        "{err}"
    );
}
