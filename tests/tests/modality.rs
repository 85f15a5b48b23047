//! Modality and conditions on policies modelled from real published ones
//! (tests/fixtures/modality): the checker reads what the policy says ("only in these cases",
//! "not at present", "except what you publish") and no more.

use std::path::Path;

use pol::meaning::Modality;
use pol::types::schema::Kind;
use pol::Workspace;

fn analyze(name: &str) -> pol::Analysis {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/modality")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    Workspace::from_text(name, &text).analyze()
}

fn codes(a: &pol::Analysis) -> Vec<String> {
    let mut codes: Vec<String> = a.diagnostics.iter().map(|d| d.code.to_string()).collect();
    codes.sort();
    codes.dedup();
    codes
}

fn flow<'p>(policy: &'p pol::ir::Policy, name: &str) -> &'p pol::ir::Item {
    policy
        .of_kind(Kind::Flow)
        .find(|f| f.name() == name)
        .unwrap_or_else(|| panic!("no flow {name}"))
}

#[test]
fn a_disclosure_only_in_listed_cases_is_lawful_in_each_and_breaks_no_promise() {
    let a = analyze("disclosure-only-if.pol");
    // The fixture is a fragment: its missing rights, retention and change notice are reported,
    // and rightly. What must not be reported is a duty the listed cases or "not at present"
    // already answer: a missing basis (each case has one), a cross-border mechanism or a
    // storage contradiction for a transfer that does not happen.
    let wrong: Vec<String> = a
        .diagnostics
        .iter()
        .filter(|d| {
            [
                "PIPL-BASIS-001",
                "PIPL-XB-001",
                "PIPL-XB-003",
                "CORE-STOR-001",
                "CORE-PROM-001",
            ]
            .contains(&d.code.to_string().as_str())
        })
        .map(|d| format!("{} {}", d.code, d.message.en()))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
    let graph = pol::meaning::Graph::build(&a.policy);
    let disclosure = flow(&a.policy, "public_disclosure");
    let edges: Vec<_> = graph
        .edges
        .iter()
        .filter(|e| e.source == disclosure.id)
        .collect();
    // Two categories, each for the one purpose that uses it.
    assert_eq!(edges.len(), 2);
    for e in &edges {
        assert_eq!(e.modality, Modality::OnlyIf);
        assert_eq!(e.alternatives.len(), 2, "one case per listed condition");
        assert!(e.alternatives.iter().all(|alt| alt.condition.is_some()));
        // With explicit consent the disclosure rests on consent; when compelled by law, on a
        // statutory duty: both lawful, so PIPL-BASIS-001 has nothing to say.
        assert!(e
            .alternatives
            .iter()
            .all(|alt| alt.lawful != pol::meaning::Lawful::None));
    }
    let overseas = flow(&a.policy, "overseas");
    assert!(graph
        .edges
        .iter()
        .filter(|e| e.source == overseas.id)
        .all(|e| e.modality == Modality::CurrentlyNot));
}

#[test]
fn a_promise_excepts_the_listing_a_person_publishes_and_the_listed_cases() {
    let a = analyze("classifieds.pol");
    assert!(
        !codes(&a).contains(&"CORE-PROM-001".to_string()),
        "{:#?}",
        a.diagnostics
    );
    // Without the exceptions, both disclosures break the promise.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/modality/classifieds.pol");
    let text = std::fs::read_to_string(path).unwrap();
    let without = text
        .replace("  except_flows publish_listing\n", "")
        .replace(
            "  except conditions::explicit_consent, conditions::law_requires\n",
            "",
        );
    assert_ne!(without, text);
    let b = Workspace::from_text("classifieds.pol", &without).analyze();
    let broken: Vec<_> = b
        .diagnostics
        .iter()
        .filter(|d| d.code.to_string() == "CORE-PROM-001")
        .collect();
    assert_eq!(broken.len(), 1, "one finding for the promise");
    assert_eq!(broken[0].related.len(), 2, "naming both flows");
}

/// 「我们不会与任何第三方共享您的个人信息，但以下情况除外……」: a flow that names no data concerns
/// the personal information as a whole. Before, it had no meaning at all: no edges, so the
/// recipient-reading rules did not see it, CORE-DECL-002 called its recipient unused, and the
/// decision table held nothing for it.
#[test]
fn a_flow_that_names_no_data_means_the_personal_information_as_a_whole() {
    let a = analyze("no-data-named.pol");
    let front: Vec<_> = a
        .diagnostics
        .iter()
        .filter(|d| d.code.to_string().starts_with("TYPE") || d.code.to_string().starts_with("SYN"))
        .collect();
    assert!(front.is_empty(), "`share` alone is accepted: {front:#?}");
    let graph = pol::meaning::Graph::build(&a.policy);
    let sharing = flow(&a.policy, "sharing");
    let edges: Vec<_> = graph
        .edges
        .iter()
        .filter(|e| e.source == sharing.id)
        .collect();
    let names: Vec<&str> = edges
        .iter()
        .filter_map(|e| a.policy.item(e.category).map(|c| c.name()))
        .collect();
    assert_eq!(
        names,
        ["phone", "listings", "logs"],
        "every category a purpose uses"
    );
    for e in &edges {
        assert!(e.whole);
        assert_eq!(e.modality, Modality::OnlyIf);
        assert!(e.purpose.is_some(), "each for the purpose that uses it");
        assert_eq!(e.alternatives.len(), 2);
    }
    assert!(
        graph.strays.is_empty(),
        "no category is stray: none was named"
    );
    // Both recipients are named by a flow, one that happens only in the listed cases and one
    // that does not happen at present: neither is unused.
    let unused: Vec<_> = a
        .diagnostics
        .iter()
        .filter(|d| d.code.to_string() == "CORE-DECL-002")
        .map(|d| d.message.en().clone())
        .collect();
    assert!(unused.is_empty(), "{unused:#?}");
    // The decision table reads the same meaning: one rule per case per category.
    let table = pol::backends::enforce::table::build(&a.policy);
    let rules: Vec<_> = table
        .rules
        .iter()
        .filter(|r| r.source == "sharing")
        .collect();
    assert_eq!(rules.len(), 6, "three categories x two cases");
    // And the manifest says the flow concerns the whole, with the grants it stands for.
    let manifest = pol::backends::manifest::build(&a);
    let m = manifest.flows.iter().find(|f| f.id == "sharing").unwrap();
    assert!(m.whole && m.data.is_empty());
    assert_eq!(m.grants.iter().map(|g| g.data.len()).sum::<usize>(), 3);
}

/// A flow with categories is not "the whole", and a flow that names none restricted to one
/// purpose stands only for the categories that purpose uses.
#[test]
fn a_flow_that_names_no_data_for_a_purpose_stands_for_what_that_purpose_uses() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/modality/no-data-named.pol");
    let text = std::fs::read_to_string(path).unwrap().replace(
        "  share\n  to third_parties\n",
        "  share\n  to third_parties\n  for security\n",
    );
    let a = Workspace::from_text("no-data-named.pol", &text).analyze();
    let graph = pol::meaning::Graph::build(&a.policy);
    let sharing = flow(&a.policy, "sharing");
    let names: Vec<&str> = graph
        .edges
        .iter()
        .filter(|e| e.source == sharing.id)
        .filter_map(|e| a.policy.item(e.category).map(|c| c.name()))
        .collect();
    assert_eq!(names, ["logs"]);
}

/// The fixture with `currently_not` removed from the flow `name`: the control that shows the
/// fixture does exercise the rule.
fn happening(flow_name: &str) -> pol::Analysis {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/modality/not-at-present.pol");
    let text = std::fs::read_to_string(path).unwrap();
    let marker = format!("flow {flow_name} {{");
    let start = text.find(&marker).unwrap();
    let end = start + text[start..].find("  currently_not\n").unwrap();
    let changed = format!(
        "{}{}",
        &text[..end],
        &text[end + "  currently_not\n".len()..]
    );
    Workspace::from_text("not-at-present.pol", &changed).analyze()
}

fn reports(a: &pol::Analysis, code: &str) -> bool {
    a.diagnostics.iter().any(|d| d.code.to_string() == code)
}

/// PIPL Art. 22: a transfer in a merger that the policy says does not happen at present owes no
/// commitments yet.
#[test]
fn a_merger_transfer_not_at_present_owes_no_commitments() {
    let a = analyze("not-at-present.pol");
    assert!(!reports(&a, "PIPL-MERGE-001"), "{:#?}", a.diagnostics);
    assert!(reports(&happening("merger"), "PIPL-MERGE-001"));
}

/// PIPL Art. 20: a joint handler only a `currently_not` flow names handles nothing with us yet.
#[test]
fn a_joint_handler_not_at_present_needs_no_agreement_yet() {
    let a = analyze("not-at-present.pol");
    assert!(!reports(&a, "PIPL-JOINT-001"), "{:#?}", a.diagnostics);
    assert!(reports(&happening("joint_operation"), "PIPL-JOINT-001"));
}

/// PIPL Art. 21: an entrusted party given nothing at present exceeds no entrustment yet.
#[test]
fn an_entrusted_party_not_at_present_exceeds_nothing_yet() {
    let a = analyze("not-at-present.pol");
    assert!(!reports(&a, "PIPL-ENTR-002"), "{:#?}", a.diagnostics);
    assert!(reports(&happening("analytics"), "PIPL-ENTR-002"));
}

/// CORE-DECL-002: a recipient named by a flow the policy says does not happen at present is
/// not "unused": the policy names it to say what it does not do, and the page says so.
#[test]
fn a_recipient_of_a_practice_not_at_present_is_not_unused() {
    let a = analyze("not-at-present.pol");
    assert!(!reports(&a, "CORE-DECL-002"), "{:#?}", a.diagnostics);
}

fn share_003(text: &str) -> Vec<(u32, u32)> {
    let a = Workspace::from_text("de-identified-condition.pol", text).analyze();
    a.diagnostics
        .iter()
        .filter(|d| d.code.to_string() == "PIPL-SHARE-003")
        .map(|d| {
            let lc =
                a.db.get(d.primary.span.file)
                    .unwrap()
                    .line_col(d.primary.span.start);
            (lc.line, lc.column)
        })
        .collect()
}

/// PIPL-SHARE-003 reads a `de_identified` condition on the flow like `de_identified_first`:
/// de-identified information is still personal information (PIPL Art. 73(3)), so providing it
/// with no basis is reported, on the condition; `anonymized` instead is not.
#[test]
fn a_de_identified_condition_is_still_personal_information() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/modality/de-identified-condition.pol");
    let text = std::fs::read_to_string(path).unwrap();
    let when = text
        .lines()
        .position(|l| l.contains("when conditions::de_identified"))
        .unwrap() as u32
        + 1;
    assert_eq!(share_003(&text), vec![(when, 8)], "on the condition");
    // As one case of `only_if`, the de-identified case has no basis: reported too.
    let only_if = text.replace(
        "  when conditions::de_identified\n",
        "  only_if conditions::separate_consent, conditions::de_identified\n",
    );
    assert_eq!(share_003(&only_if).len(), 1);
    // Anonymized first: no longer personal information, nothing to report.
    let anonymized = text.replace("conditions::de_identified\n", "conditions::anonymized\n");
    assert!(share_003(&anonymized).is_empty());
}
