//! Any bytes, decoded as an editor would hold them, through the whole front end and both
//! renderers: nothing may panic, and every span must lie inside its file on a character
//! boundary.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pol::diag::{render, Lang};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analysis = pol::Workspace::from_text("fuzz.pol", &text).analyze();
    for d in &analysis.diagnostics {
        let spans = std::iter::once(d.primary.span)
            .chain(d.related.iter().map(|r| r.span))
            .chain(d.fixes.iter().flat_map(|f| f.edits.iter().map(|e| e.span)));
        for span in spans {
            let file = analysis.db.get(span.file);
            let ok = file.is_some_and(|f| {
                span.start <= span.end
                    && f.text.is_char_boundary(span.start as usize)
                    && f.text.is_char_boundary(span.end as usize)
            });
            assert!(ok, "{} has a span outside its file: {span:?}", d.code);
        }
    }
    let mut out = Vec::new();
    for lang in [Lang::En, Lang::Zh] {
        assert!(render::human(&analysis.db, &analysis.diagnostics, lang, false, &mut out).is_ok());
    }
    let report = render::json_report(&analysis.db, &analysis.diagnostics);
    assert!(serde_json::to_string(&report).is_ok());
});
