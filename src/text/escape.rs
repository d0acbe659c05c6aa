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

/// [`sanitize`] of anything displayed: a path's `display()`, a number, a message.
pub fn escaped(x: impl fmt::Display) -> String {
    let s = x.to_string();
    match sanitize(&s) {
        Cow::Borrowed(_) => s,
        Cow::Owned(o) => o,
    }
}

/// Control characters (C0, DEL, C1: newlines, tabs, escape sequences), bidirectional
/// controls and invisible format characters.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'
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
    }
}
