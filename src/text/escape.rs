//! Escaping for display: the one function every user-controlled string goes through
//! before it reaches a terminal or a text report.

use std::borrow::Cow;
use std::fmt;

/// Makes article or claim text safe to print: control characters (newlines, tabs,
/// escape sequences), bidirectional overrides and zero-width characters are shown
/// as escapes, so a text cannot recolour, rewrite or hide from the reader's terminal.
///
/// File names, ids, keys, outlets and every other user-controlled string printed go
/// through this function, on a terminal and in pipes alike (a newline in a file name
/// must not forge a report line); JSON output is left exact.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if needs_escape(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text views show at most this many characters of one stretch of a quote.
pub const SHOWN_CHARS: usize = 1_000;

/// A long text as people read it in a report: at most [`SHOWN_CHARS`] characters,
/// the start and the end kept and the middle counted (`…[48,213 characters]…`), so a
/// window of a huge one-line article prints a few lines, not megabytes. JSON keeps
/// the whole quote.
pub fn shorten(s: &str) -> Cow<'_, str> {
    if s.len() <= SHOWN_CHARS || s.chars().nth(SHOWN_CHARS).is_none() {
        return Cow::Borrowed(s);
    }
    let keep = SHOWN_CHARS * 2 / 5;
    let head_end = s.char_indices().nth(keep).map_or(s.len(), |(i, _)| i);
    let tail_start = s.char_indices().rev().nth(keep - 1).map_or(0, |(i, _)| i);
    let cut = s[head_end..tail_start].chars().count();
    Cow::Owned(format!(
        "{}…[{cut} characters]…{}",
        &s[..head_end],
        &s[tail_start..]
    ))
}

/// [`sanitize`] of anything displayed: a path's `display()`, a number, a message.
pub fn escaped(x: impl fmt::Display) -> String {
    let s = x.to_string();
    match sanitize(&s) {
        Cow::Borrowed(_) => s,
        Cow::Owned(o) => o,
    }
}

/// Control characters (C0, DEL, C1: newlines, tabs, escape sequences), every format
/// character (Unicode category Cf: bidirectional controls, zero-width characters,
/// the soft hyphen, tag characters that smuggle hidden text), variation selectors,
/// and the blank Hangul fillers that pass for nothing.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            // Cf, Unicode 16
            '\u{00AD}'
                | '\u{0600}'..='\u{0605}'
                | '\u{061C}'
                | '\u{06DD}'
                | '\u{070F}'
                | '\u{0890}'..='\u{0891}'
                | '\u{08E2}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
                | '\u{110BD}'
                | '\u{110CD}'
                | '\u{13430}'..='\u{1343F}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0001}'
                | '\u{E0020}'..='\u{E007F}'
                // variation selectors
                | '\u{180B}'..='\u{180D}'
                | '\u{180F}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{E0100}'..='\u{E01EF}'
                // blank fillers
                | '\u{115F}'
                | '\u{1160}'
                | '\u{3164}'
                | '\u{FFA0}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_neutralises_terminal_controls() {
        assert_eq!(
            sanitize("a\x1b[31mred\nb\u{202E}"),
            "a\\u{1b}[31mred\\nb\\u{202e}"
        );
        assert_eq!(sanitize("Naqura — “talks”"), "Naqura — “talks”");
        assert_eq!(sanitize("a\u{200B}b"), "a\\u{200b}b");
        assert_eq!(
            sanitize("hid\u{E0041}\u{E0042} a\u{AD}b\u{180E}\u{FFF9}x\u{3164}"),
            "hid\\u{e0041}\\u{e0042} a\\u{ad}b\\u{180e}\\u{fff9}x\\u{3164}"
        );
        assert!(matches!(
            sanitize("plain — “text” ünïcode"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn long_text_is_shortened_in_the_middle() {
        assert_eq!(shorten("short"), "short");
        let long = format!(
            "{}{}{}",
            "a".repeat(500),
            "é".repeat(2_000),
            "z".repeat(500)
        );
        let s = shorten(&long);
        assert!(s.starts_with(&"a".repeat(400)) && s.ends_with(&"z".repeat(400)));
        assert!(s.contains("…[2200 characters]…"), "{s}");
        assert!(s.chars().count() < SHOWN_CHARS);
    }
}
