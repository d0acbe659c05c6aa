//! Escaping for display: the one function every user-controlled string goes through
//! before it reaches a terminal or a text report.

/// Makes article or claim text safe to print: control characters (newlines, tabs,
/// escape sequences), bidirectional overrides and zero-width characters are shown
/// as escapes, so a text cannot recolour, rewrite or hide from the reader's terminal.
pub fn sanitize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        // bidirectional overrides and invisible format characters
        let hidden = matches!(
            c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200F}' | '\u{2028}' | '\u{2029}' | '\u{FEFF}'
        );
        if c.is_control() || hidden {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
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
