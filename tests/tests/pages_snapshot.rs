//! The Markdown page of every example in both languages, held against a committed snapshot
//! (`tests/snapshots/pages/<example>.<lang>.md`). A page is legal text: any change of wording
//! must show as a diff in review, not slip through. `POL_BLESS=1 cargo test -p pol-tests --test
//! pages_snapshot` rewrites the snapshots after an intended change.

#[path = "support/example.rs"]
mod example;

use std::path::{Path, PathBuf};

use pol::backends::{self, site::Templates};
use pol::Workspace;

fn snapshots() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots/pages")
}

/// The first line where two texts differ, to point the reader at the change.
fn first_difference(old: &str, new: &str) -> String {
    let mut old_lines = old.lines();
    for (n, line) in new.lines().enumerate() {
        match old_lines.next() {
            Some(o) if o == line => continue,
            Some(o) => return format!("line {}:\n  was: {o}\n  now: {line}", n + 1),
            None => return format!("line {}: added: {line}", n + 1),
        }
    }
    "the snapshot is longer".to_string()
}

#[test]
fn every_example_page_matches_its_snapshot() {
    let bless = std::env::var_os("POL_BLESS").is_some();
    let mut stale = Vec::new();
    for dir in example::dirs() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let a = Workspace::open(&dir).unwrap().analyze();
        assert!(!a.has_errors(), "{name} has errors");
        let id = backends::manifest::build(&a).id;
        let out = backends::build(std::slice::from_ref(&a), &Templates::default()).unwrap();
        for lang in ["zh", "en"] {
            let page = out
                .files
                .get(&format!("{id}/{lang}/policy.md"))
                .unwrap_or_else(|| panic!("{name}: no {lang}/policy.md"));
            let page = String::from_utf8(page.clone()).unwrap();
            let path = snapshots().join(format!("{name}.{lang}.md"));
            if bless {
                std::fs::create_dir_all(snapshots()).unwrap();
                std::fs::write(&path, &page).unwrap();
                continue;
            }
            let old = std::fs::read_to_string(&path).unwrap_or_default();
            if old != page {
                stale.push(format!(
                    "{}: {}",
                    path.display(),
                    first_difference(&old, &page)
                ));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "pages differ from their snapshots (POL_BLESS=1 cargo test -p pol-tests --test \
         pages_snapshot rewrites them after an intended change):\n{}",
        stale.join("\n")
    );
}
