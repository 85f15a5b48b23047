//! Text from files (pol.toml values, policy source, file names) made safe to print on a
//! terminal: a raw `ESC`, `BEL`, C1 control or bidi override in a project could otherwise
//! recolour, retitle or reorder the reader's terminal, or hide text from a CI log.
//!
//! Two forms, because they serve different places:
//! - [`line`] for a message or a path printed on one line: every control character (and the
//!   bidi embedding/override/isolate controls) becomes a visible `\u{..}` escape, line
//!   breaks and tabs included.
//! - [`source`] for source text handed to the renderer, whose labels are positioned by
//!   character: each dangerous control becomes one visible character (its Unicode "control
//!   picture", e.g. `␛` for ESC), so no label moves. Line breaks, tabs and the characters
//!   some renderers treat as line breaks (VT, FF, NEL) are left alone.

use std::borrow::Cow;

use crate::source::is_bidi_control;

/// `s` with every control character escaped, for printing on one line.
pub fn line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c.is_control() || is_bidi_control(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_control() || is_bidi_control(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Whether a character of source text would act on a terminal rather than show.
fn acts_on_terminal(c: char) -> bool {
    match c {
        '\n' | '\r' | '\t' | '\u{0B}' | '\u{0C}' | '\u{85}' => false,
        _ => c.is_control() || is_bidi_control(c),
    }
}

/// `s` with each control character that acts on a terminal replaced by one visible
/// character, keeping the character count (and so every character-indexed position).
pub fn source(s: &str) -> Cow<'_, str> {
    if !s.chars().any(acts_on_terminal) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                c if !acts_on_terminal(c) => c,
                // U+2400-U+241F picture C0 controls; U+2421 is DEL.
                '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
                '\u{7F}' => '\u{2421}',
                _ => '\u{FFFD}',
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_escapes_every_control_and_leaves_plain_text_borrowed() {
        assert!(matches!(line("政策 policy.pol"), Cow::Borrowed(_)));
        assert_eq!(
            line("a\u{1b}]0;x\u{7}b\nc\u{9b}\u{202e}"),
            "a\\u{1b}]0;x\\u{7}b\\u{a}c\\u{9b}\\u{202e}"
        );
    }

    #[test]
    fn source_keeps_the_character_count_and_line_breaks() {
        let s = "name = \"\u{1b}[2J\u{7f}\u{9b}\"\r\n\tx\u{b}\u{c}\u{85}";
        let out = source(s);
        assert_eq!(out.chars().count(), s.chars().count());
        assert!(!out.chars().any(acts_on_terminal));
        assert!(out.contains("␛[2J␡\u{FFFD}\"\r\n\tx\u{b}\u{c}\u{85}"));
    }
}
