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

#[cfg(test)]
mod tests {
    use super::closest;

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
