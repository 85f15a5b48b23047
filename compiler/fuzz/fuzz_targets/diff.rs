//! Two policies from one input (split at the first 0xFF byte, which UTF-8 text never holds),
//! compared as `polc diff` compares them: nothing panics; a policy compared with itself has no
//! change of meaning; and when a change-log entry can be written, it is a `revision` item that
//! parses without syntax errors.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pol::diff::{changelog, diff};

fuzz_target!(|data: &[u8]| {
    let (old, new) = match data.iter().position(|b| *b == 0xFF) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, data),
    };
    let old =
        pol::Workspace::from_text("policy.pol", &String::from_utf8_lossy(old)).analyze_front_end();
    let new =
        pol::Workspace::from_text("policy.pol", &String::from_utf8_lossy(new)).analyze_front_end();
    // The command line refuses versions with front-end errors.
    if old.has_errors() || new.has_errors() {
        return;
    }
    let same = diff(&new.policy, &new.policy);
    assert!(
        same.real_changes().next().is_none(),
        "a policy differs from itself"
    );
    let d = diff(&old.policy, &new.policy);
    let entry = changelog::entry(&d);
    if let Ok(item) = changelog::revision_item(&new.policy, &entry) {
        let (_, diags) = pol::syntax::parse(pol::source::FileId(0), &item);
        assert!(
            diags.is_empty(),
            "the revision item does not parse:\n{item}"
        );
    }
    let _ = changelog::history_edit(&new.policy, &new.db, &entry);
});
