//! "Did you mean": the one place that picks a close name for an unknown one.
//!
//! Used by unknown names, unknown fields, unknown units, unknown enum values and unknown
//! region codes alike. Normalised Damerau-Levenshtein similarity (`strsim`), with the
//! threshold nickel uses: below 0.6 a suggestion is more often noise than help.

/// The minimum normalised similarity for a suggestion.
const MIN_SIMILARITY: f64 = 0.6;

/// The candidate most similar to `unknown`, if any is similar enough. Ties go to the
/// candidate listed first, so the result is deterministic.
pub fn closest<'a>(
    unknown: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = unknown.to_ascii_lowercase();
    let mut best: Option<(&str, f64)> = None;
    for candidate in candidates {
        if candidate == unknown {
            continue;
        }
        let score = strsim::normalized_damerau_levenshtein(&lower, &candidate.to_ascii_lowercase());
        if score >= MIN_SIMILARITY && best.is_none_or(|(_, s)| score > s) {
            best = Some((candidate, score));
        }
    }
    best.map(|(c, _)| c)
}

/// [`closest`] for item names, which are words joined by `_`: when nothing is similar
/// enough as a whole, a name that starts with the unknown one as a word (`object` for
/// `object_marketing`), the shortest first, since a whole-word prefix is a likelier meaning than
/// an edit.
pub fn closest_name<'a>(
    unknown: &str,
    candidates: impl IntoIterator<Item = &'a str> + Clone,
) -> Option<&'a str> {
    if let Some(c) = closest(unknown, candidates.clone()) {
        return Some(c);
    }
    if unknown.len() < 3 {
        return None;
    }
    let lower = unknown.to_ascii_lowercase();
    let word_prefix = format!("{lower}_");
    candidates
        .into_iter()
        .filter(|c| c.to_ascii_lowercase().starts_with(&word_prefix))
        .min_by_key(|c| c.len())
}

#[cfg(test)]
mod tests {
    use super::{closest, closest_name};

    #[test]
    fn names_are_suggested_by_a_whole_word_prefix_too() {
        let names = ["object_marketing", "objection_handling_long", "access"];
        assert_eq!(closest_name("object", names), Some("object_marketing"));
        assert_eq!(closest_name("acess", names), Some("access"));
        assert_eq!(closest_name("ob", names), None);
        assert_eq!(closest_name("market", names), None);
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(closest("refusl", ["refusal", "required"]), Some("refusal"));
        assert_eq!(
            closest("wrking_days", ["days", "working_days", "months"]),
            Some("working_days")
        );
        assert_eq!(closest("zzz", ["refusal", "required"]), None);
        assert_eq!(closest("cn", ["CN", "US"]), Some("CN"));
    }
}
