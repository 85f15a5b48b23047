//! The neutral core taxonomy (`std::core`) and sensitivity per law: a policy category with a
//! core parent and no GB/T 35273 parent is judged by each profile through the core category's
//! mappings — GDPR Art. 9 special categories, PIPL's sensitive personal information (GB/T 35273),
//! the CCPA's sensitive personal information.

use pol::types::schema::Kind;
use pol::{Analysis, Workspace};

fn analyze(text: &str) -> Analysis {
    let a = Workspace::from_text("policy.pol", text).analyze();
    let front: Vec<String> = a
        .diagnostics
        .iter()
        .filter(|d| d.is_error() && !d.code.is_rule())
        .map(|d| format!("{} {}", d.code, d.message.en()))
        .collect();
    assert!(front.is_empty(), "front-end errors: {front:?}");
    a
}

/// The lines (1-based) a code is reported on.
fn lines(a: &Analysis, code: &str) -> Vec<u32> {
    a.diagnostics
        .iter()
        .filter(|d| d.code.as_str() == code)
        .map(|d| {
            a.db.get(d.primary.span.file)
                .map(|f| f.line_col(d.primary.span.start).line)
                .unwrap_or(0)
        })
        .collect()
}

fn header(profiles: &str) -> String {
    format!(
        "use std::core\nuse std::pipl\nuse std::gdpr\nuse std::ccpa\n\
         policy acme {{\n  controller {{ name {{ zh: \"某公司\", en: \"Some Co.\" }}; email privacy@some.example }}\n  effective 2024-01-01\n  profile {profiles}\n}}\n"
    )
}

/// A campaign that uses people's political opinions, with `extra` in the purpose.
fn campaign(profiles: &str, extra: &str) -> String {
    format!(
        "{}category views: core::political_opinion {{\n  label {{ zh: \"政治观点\", en: \"political views\" }}\n  source subject\n}}\n\
         purpose campaign {{\n  label {{ zh: \"竞选联络\", en: \"campaign outreach\" }}\n  uses views\n  basis pipl::consent, gdpr::consent\n{extra}}}\n",
        header(profiles)
    )
}

#[test]
fn a_core_political_opinion_needs_an_article_9_condition_under_the_gdpr() {
    let a = analyze(&campaign("gdpr", ""));
    assert_eq!(lines(&a, "GDPR-ART9-001"), [14]);
    let with = analyze(&campaign(
        "gdpr",
        "  special_condition gdpr::art9_not_for_profit\n",
    ));
    assert!(lines(&with, "GDPR-ART9-001").is_empty());
    let explicit = analyze(&campaign("gdpr", "  consent separate_prompt\n"));
    assert!(lines(&explicit, "GDPR-ART9-001").is_empty());
}

#[test]
fn under_pipl_alone_the_same_category_is_judged_by_its_gbt_mapping() {
    // GB/T 35273 has no row for political opinions: `core::political_opinion` maps to
    // `gb::other`, which is not sensitive, so ordinary consent is enough for PIPL-SENS-001.
    let a = analyze(&campaign("pipl", ""));
    assert!(lines(&a, "PIPL-SENS-001").is_empty());
    assert!(lines(&a, "GDPR-ART9-001").is_empty());
    let views = a
        .policy
        .of_kind(Kind::Category)
        .find(|c| c.name() == "views")
        .map(|c| c.id);
    let Some(views) = views else {
        panic!("no category views")
    };
    assert!(!a.policy.sensitive_under(views, "pipl"));
    assert!(a.policy.sensitive_under(views, "gdpr"));
    // The author may still say more than the standard does (PIPL Art. 28 is open-ended).
    let marked =
        campaign("pipl", "").replace("  source subject\n", "  source subject\n  sensitive\n");
    assert_eq!(lines(&analyze(&marked), "PIPL-SENS-001"), [18]);
    // A religious belief is on GB/T 35273's sensitive list, so PIPL asks separate consent.
    let belief = campaign("pipl", "").replace("core::political_opinion", "core::religious_belief");
    assert_eq!(lines(&analyze(&belief), "PIPL-SENS-001"), [17]);
}

#[test]
fn a_core_category_is_ccpa_sensitive_through_its_mapping() {
    let policy = |category: &str, extra: &str| {
        format!(
            "{}category place: core::{category} {{\n  label {{ zh: \"位置\", en: \"location\" }}\n  source automatic\n}}\n\
             purpose offers {{\n  label {{ zh: \"附近优惠\", en: \"nearby offers\" }}\n  uses place\n  tags marketing\n}}\n{extra}",
            header("ccpa")
        )
    };
    assert_eq!(
        lines(&analyze(&policy("precise_location", "")), "CCPA-SPI-001"),
        [16]
    );
    // An approximate location is not sensitive personal information.
    assert!(lines(
        &analyze(&policy("approximate_location", "")),
        "CCPA-SPI-001"
    )
    .is_empty());
    let limit = "right limit: ccpa::limit_sensitive { via https://some.example/limit }\n";
    assert!(lines(&analyze(&policy("precise_location", limit)), "CCPA-SPI-001").is_empty());
}

#[test]
fn gbt_parents_keep_their_meaning_under_every_profile() {
    let a = analyze(&format!(
        "{}use std::gbt35273 as gb\ncategory face: gb::sensitive_biometric {{\n  label {{ zh: \"人脸\", en: \"face\" }}\n}}\n\
         category money: gb::sensitive_property {{\n  label {{ zh: \"存款\", en: \"deposits\" }}\n}}\n\
         category spi: ccpa::health {{\n  label {{ zh: \"健康\", en: \"health\" }}\n}}\n",
        header("pipl, gdpr, ccpa")
    ));
    let p = &a.policy;
    let under = |name: &str| {
        let id = p
            .of_kind(Kind::Category)
            .find(|c| c.name() == name)
            .map(|c| c.id);
        let Some(id) = id else {
            panic!("no category {name}")
        };
        p.sensitive_profiles(id, &["pipl", "gdpr", "ccpa"])
    };
    assert_eq!(under("face"), ["pipl", "gdpr"]);
    assert_eq!(under("money"), ["pipl"]);
    // A CCPA parent was sensitive under PIPL before the core taxonomy; it stays so.
    assert_eq!(under("spi"), ["pipl", "ccpa"]);
}

/// Every core category maps to at least one law's list, and every mapping names a category of
/// GB/T 35273, the GDPR or the CCPA.
#[test]
fn every_core_category_maps_to_the_laws_lists() {
    let a = analyze(&header("pipl"));
    let p = &a.policy;
    let Some(core) = p.modules.iter().find(|m| m.path == "std::core") else {
        panic!("std::core is not loaded")
    };
    let mut count = 0;
    for id in core.items.values() {
        let Some(item) = p.item(*id) else { continue };
        assert_eq!(item.kind, Kind::Category, "{}", item.name());
        count += 1;
        let targets: Vec<_> = p
            .lineage(*id)
            .flat_map(|i| i.fields.refs("maps_to"))
            .collect();
        assert!(!targets.is_empty(), "{} maps to nothing", item.name());
        for t in targets {
            let module = p
                .item(t)
                .and_then(|i| p.module(i.module))
                .map(|m| m.path.clone());
            assert!(
                matches!(
                    module.as_deref(),
                    Some("std::gbt35273" | "std::gdpr" | "std::ccpa")
                ),
                "{} maps to {module:?}",
                item.name()
            );
        }
    }
    assert!(count >= 30, "{count} core categories");
}
