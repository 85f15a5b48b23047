//! Any policy that checks clean through the whole build (pages, Markdown, manifest, enforcement):
//! nothing panics; every output path is relative, with no `..` and no empty or absolute part, so
//! nothing can be written outside `--out`; and two builds are byte-identical.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pol::backends::{build, site::Templates};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analysis = pol::Workspace::from_text("policy.pol", &text).analyze();
    // `polc build` refuses a policy with errors.
    if analysis.has_errors() {
        return;
    }
    let templates = Templates::default();
    let Ok(first) = build(std::slice::from_ref(&analysis), &templates) else {
        return;
    };
    for path in first.files.keys() {
        assert!(
            !path.starts_with('/')
                && !path.contains('\\')
                && path
                    .split('/')
                    .all(|part| !part.is_empty() && part != "." && part != ".."),
            "output path escapes --out: {path:?}"
        );
    }
    let second = build(std::slice::from_ref(&analysis), &templates);
    assert!(second.is_ok_and(|s| s == first), "two builds differ");
});
