//! Diagnostics: an error or warning about a place in a user's file, rendered in the
//! style of the Rust compiler (`error: …`, `--> file:line:col`, the line, a caret),
//! and [`Site`], a remembered place in a claim file. Above the text layer, below
//! everything else: the engine keeps sites, loading and commands report diagnostics.

use crate::text::{LineIndex, escaped, sanitize};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    /// `error` or `warning`, as diagnostics print it and JSON writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// Where a diagnostic points: 1-based line and character column, the text of that
/// line as shown (a long line elided around the column, as rustc does), where in
/// that text the caret starts and how many characters it underlines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub col: usize,
    pub width: usize,
    pub line_text: String,
    /// Characters of `line_text` before the caret.
    pub caret: usize,
}

/// Lines longer than this many characters are shown elided around the column.
pub const LONG_LINE: usize = 160;
/// Characters shown either side of the column of an elided line.
const CONTEXT: usize = 60;

/// A place in a user's file, kept so that later stages (lint) can point at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    pub path: PathBuf,
    pub location: Location,
}

impl Site {
    pub fn new(path: &Path, source: &str, span: Range<usize>) -> Self {
        Self::indexed(path, source, &LineIndex::new(source), span)
    }

    /// A place in `source`, whose line index `lines` is built once per file.
    pub fn indexed(path: &Path, source: &str, lines: &LineIndex, span: Range<usize>) -> Self {
        Self {
            path: path.to_path_buf(),
            location: locate(source, lines, span),
        }
    }
}

/// One problem, with everything needed to show it without the source at hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: PathBuf,
    pub location: Option<Box<Location>>,
    pub message: String,
    pub help: Option<String>,
    /// Another place that matters (`first defined here`).
    pub note: Option<String>,
}

impl Diagnostic {
    /// An error about a whole file (no position inside it).
    pub fn file(path: &Path, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            path: path.to_path_buf(),
            location: None,
            message: message.into(),
            help: None,
            note: None,
        }
    }

    /// An error about the command line or the suite as a whole (no file).
    pub fn general(message: impl Into<String>) -> Self {
        Self::file(Path::new(""), message)
    }

    /// An error at byte range `span` of `source`, the contents of `path`.
    pub fn at(path: &Path, source: &str, span: Range<usize>, message: impl Into<String>) -> Self {
        Self::at_site(&Site::new(path, source, span), message)
    }

    /// An error at a remembered place.
    pub fn at_site(site: &Site, message: impl Into<String>) -> Self {
        let mut d = Self::file(&site.path, message);
        d.location = Some(Box::new(site.location.clone()));
        d
    }

    /// A file that is not UTF-8, pointed at where it stops being (the text up to
    /// there is valid).
    ///
    /// A lone byte from 0xA0 up (the shape of Latin-1 and Windows-1252 text, the
    /// usual reason an article or claim file is not UTF-8) gets a note naming the
    /// character it stands for there and how to convert the file.
    pub fn not_utf8(path: &Path, e: &std::string::FromUtf8Error) -> Self {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let valid = String::from_utf8_lossy(&bytes[..at]);
        let d = Self::at(
            path,
            &valid,
            at..at,
            format!("not valid UTF-8 at byte offset {at}"),
        );
        match (bytes.get(at), e.utf8_error().error_len()) {
            (Some(&b), Some(1)) if b >= 0xA0 => d.note(format!(
                "byte 0x{b:02X} is `{}` in Latin-1 and Windows-1252; if the file is in \
                 one of those, convert it with `iconv -f WINDOWS-1252 -t UTF-8`",
                char::from(b)
            )),
            _ => d,
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// `path:line:col`, or the path alone.
    pub fn place(&self) -> String {
        match &self.location {
            Some(l) => format!("{}:{}:{}", self.path.display(), l.line, l.col),
            None => self.path.display().to_string(),
        }
    }
}

/// Finds the line and column of a byte range, clamping it to the source and to
/// character boundaries so that any span is safe to render.
pub fn locate(source: &str, lines: &LineIndex, span: Range<usize>) -> Location {
    let mut start = span.start.min(source.len());
    while !source.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, source.len());
    while !source.is_char_boundary(end) {
        end += 1;
    }
    let (line, col) = lines.line_col(source, start);
    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[start..]
        .find('\n')
        .map_or(source.len(), |i| start + i);
    let full = source[line_start..line_end].trim_end_matches('\r');
    let width = source[start..end.min(line_end)].chars().count().max(1);
    let (line_text, caret, width) = excerpt(full, col - 1, width);
    Location {
        line,
        col,
        width,
        line_text,
        caret,
    }
}

/// The part of a line shown under a diagnostic: the whole line when it is short,
/// else [`CONTEXT`] characters either side of the caret with `…` where text was
/// cut, and the caret's start and width within what is shown.
fn excerpt(line: &str, caret: usize, width: usize) -> (String, usize, usize) {
    if line.len() <= LONG_LINE || line.chars().count() <= LONG_LINE {
        return (line.to_string(), caret, width);
    }
    let from = caret.saturating_sub(CONTEXT);
    let width = width.min(CONTEXT);
    let to = caret + width + CONTEXT;
    let mut shown = String::new();
    let mut chars = line.chars().skip(from).peekable();
    if from > 0 {
        shown.push('…');
    }
    shown.extend(chars.by_ref().take(to - from));
    if chars.peek().is_some() {
        shown.push('…');
    }
    (shown, caret - from + usize::from(from > 0), width)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = self.severity.as_str();
        // every string here may hold what a user wrote: keys, ids, file names
        let place = escaped(self.place());
        let note = self.note.as_deref().map(sanitize);
        let help = self.help.as_deref().map(sanitize);
        writeln!(f, "{kind}: {}", sanitize(&self.message))?;
        match &self.location {
            Some(l) => {
                let num = l.line.to_string();
                let pad = " ".repeat(num.len());
                writeln!(f, "{pad}--> {place}")?;
                writeln!(f, "{pad} |")?;
                writeln!(f, "{num} | {}", sanitize(&l.line_text))?;
                // under the escaped text: escapes widen what comes before the caret
                let prefix: String = l.line_text.chars().take(l.caret).collect();
                let before = " ".repeat(sanitize(&prefix).chars().count());
                writeln!(f, "{pad} | {before}{}", "^".repeat(l.width))?;
                if let Some(note) = &note {
                    writeln!(f, "{pad} = note: {note}")?;
                }
                if let Some(help) = &help {
                    writeln!(f, "{pad} = help: {help}")?;
                }
            }
            None => {
                if !self.path.as_os_str().is_empty() {
                    writeln!(f, " --> {place}")?;
                }
                if let Some(note) = &note {
                    writeln!(f, "  = note: {note}")?;
                }
                if let Some(help) = &help {
                    writeln!(f, "  = help: {help}")?;
                }
            }
        }
        Ok(())
    }
}

/// The key named by a serde "unknown field `x`" message (TOML claim files and
/// front matter both deny unknown keys).
pub fn unknown_field(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    Some(rest[..rest.find('`')?].to_string())
}

/// The key written before byte `at` on its line (`statement = 3` → `statement`): where
/// toml places a value of the wrong type or size.
pub fn key_before(source: &str, at: usize) -> Option<&str> {
    let at = at.min(source.len());
    let line_start = source.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
    let key = source
        .get(line_start..at)?
        .trim_end()
        .strip_suffix('=')?
        .trim();
    bare_key(key).then_some(key)
}

/// Whether `key` is written as a bare TOML key: letters, digits, `_` and `-`.
fn bare_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
}

/// A value of the wrong type, from serde's "invalid type: integer `3`, expected a
/// string" at byte `at` of `source`: the key written before it (if one is), what was
/// found (`integer \`3\``) and what was expected (`a string`).
pub fn invalid_type<'a>(
    message: &'a str,
    source: &'a str,
    at: usize,
) -> Option<(Option<&'a str>, &'a str, &'a str)> {
    let (found, expected) = message
        .strip_prefix("invalid type: ")?
        .split_once(", expected ")?;
    Some((key_before(source, at), found, expected))
}

/// A TOML parser's syntax message in a fact-checker's words, with what to do:
/// "invalid basic string, expected `\"`" → "a string is not closed", "add the
/// missing `\"` before the end of the line". Messages it does not know are kept.
pub fn plain_toml(message: &str) -> (String, Option<String>) {
    let kind = message.split(", expected").next().unwrap_or(message);
    let (what, help): (&str, &str) = match kind {
        "invalid basic string" => (
            "a string is not closed",
            "add the missing `\"` before the end of the line; for text over several lines use `\"\"\"`",
        ),
        "invalid literal string" => (
            "a string is not closed",
            "add the missing `'` before the end of the line",
        ),
        "invalid multi-line basic string" => (
            "a multi-line string is not closed",
            "add the missing `\"\"\"` after the text",
        ),
        "invalid multi-line literal string" => (
            "a multi-line string is not closed",
            "add the missing `'''` after the text",
        ),
        "missing escaped value" | "invalid escape sequence" | "invalid unicode escape" => (
            "a backslash in a string starts an escape that is not one",
            "write `\\\\` for a backslash, or put the text in single quotes, where `\\` is plain: '\\d+'",
        ),
        "string values must be quoted" => (
            "a value is missing or not in quotes",
            "write text in quotes after `=`: statement = \"Talks were held\"",
        ),
        "unclosed array table" => (
            "a `[[...]]` line is not closed",
            "end it with `]]`: [[claim]]",
        ),
        "unclosed table" => ("a `[...]` line is not closed", "end it with `]`"),
        "unclosed array" => (
            "a list is not closed",
            "add the missing `]` after the last item",
        ),
        "unclosed inline table" => (
            "a `{ ... }` table is not closed",
            "add the missing `}`; a `{ ... }` table must close on the line it opens",
        ),
        "invalid inline table element" => (
            "a `{ ... }` table is written wrongly",
            "separate its keys with `,` and close it with `}` on the same line: { all = [\"talks\"] }",
        ),
        "extra comma in array" => ("two commas in a row in a list", "remove one of them"),
        "extra `=`" => (
            "more than one `=`",
            "write one `=` between a key and its value",
        ),
        "unquoted keys cannot be empty" => (
            "a key is missing",
            "write the key before `=`: expect = \"supported\"",
        ),
        "invalid boolean" => (
            "not `true` or `false`",
            "write `true` or `false`, in lowercase",
        ),
        "duplicate key" => ("a key is given twice", "keep one of them"),
        "unexpected key or value" => (
            "more follows the value on this line",
            "put each key on a line of its own; start a comment with `#`",
        ),
        _ => return (message.to_string(), None),
    };
    (what.to_string(), Some(help.to_string()))
}

/// [`plain_toml`], knowing the text at `span`: a control character there is named
/// as such (toml calls a NUL in a string an unclosed string).
pub fn plain_toml_at(message: &str, source: &str, span: Range<usize>) -> (String, Option<String>) {
    let at = source
        .get(span.start.min(source.len())..)
        .and_then(|s| s.chars().next());
    match at {
        Some(c) if c.is_control() && !matches!(c, '\n' | '\r' | '\t') => (
            format!("a control character (U+{:04X}) in the file", c as u32),
            Some(format!(
                "remove it; to mean it, write it escaped inside a \"string\": \\u{:04X}",
                c as u32
            )),
        ),
        _ => {
            let (what, help) = plain_toml(message);
            // an unquoted value: the line as it should be written
            let fix = message
                .starts_with("string values must be quoted")
                .then(|| quoted_line(source, span.start))
                .flatten();
            match fix {
                Some(fix) => (what, Some(format!("write text in quotes after `=`: {fix}"))),
                None => (what, help),
            }
        }
    }
}

/// The line holding byte `at` of `source` with its value in quotes (`outlet = KJFK
/// News` → `outlet = "KJFK News"`), when it is a key, `=` and a value without quotes.
fn quoted_line(source: &str, at: usize) -> Option<String> {
    let at = at.min(source.len());
    let start = source.get(..at)?.rfind('\n').map_or(0, |i| i + 1);
    let end = source
        .get(at..)?
        .find('\n')
        .map_or(source.len(), |i| at + i);
    let (key, value) = source.get(start..end)?.split_once('=')?;
    let (key, value) = (key.trim(), value.trim());
    let plain_value = !value.is_empty() && !value.contains(['"', '\'', '\\', '#']);
    (bare_key(key) && plain_value).then(|| format!("{key} = \"{value}\""))
}

/// Puts diagnostics in file order (path, then line and column), whatever order they
/// were found in; diagnostics without a position come first in their file.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by_key(|d| (d.path.clone(), d.location.as_ref().map(|l| (l.line, l.col))));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unquoted_value_is_shown_quoted_on_its_own_line() {
        let src = "title = \"x\"\noutlet = KJFK News\n";
        let at = src.find("KJFK").unwrap();
        let (_, help) = plain_toml_at(
            "string values must be quoted, expected literal string",
            src,
            at..at + 1,
        );
        assert_eq!(
            help.as_deref(),
            Some("write text in quotes after `=`: outlet = \"KJFK News\"")
        );
        // without a key and value to quote, the general example
        let (_, help) = plain_toml_at("string values must be quoted", "= x # y\n", 2..3);
        assert!(help.unwrap().ends_with("statement = \"Talks were held\""));
    }

    #[test]
    fn renders_like_rustc() {
        let src = "[[claim]]\nid = \"x\"\nexpcet = \"supported\"\n";
        let start = src.find("expcet").unwrap();
        let d = Diagnostic::at(
            Path::new("claims/x.toml"),
            src,
            start..start + 6,
            "unknown key `expcet`",
        )
        .help("did you mean `expect`?");
        assert_eq!(
            d.to_string(),
            "error: unknown key `expcet`\n \
             --> claims/x.toml:3:1\n  |\n3 | expcet = \"supported\"\n  | ^^^^^^\n  = help: did you mean `expect`?\n"
        );
    }

    #[test]
    fn toml_jargon_becomes_plain_words() {
        let (what, help) = plain_toml("invalid basic string, expected `\"`");
        assert_eq!(what, "a string is not closed");
        assert!(help.unwrap().contains("missing `\"`"));
        assert_eq!(plain_toml("something new").0, "something new");
    }

    #[test]
    fn locate_survives_any_span() {
        let src = "é\nabc";
        let lines = LineIndex::new(src);
        let l = locate(src, &lines, 1..99);
        assert_eq!((l.line, l.col), (1, 1));
        let l = locate(src, &lines, 500..501);
        assert_eq!(l.line, 2);
    }

    #[test]
    fn long_lines_are_elided_around_the_column() {
        let src = format!("{}oops{}", "a".repeat(1_000_000), "b".repeat(1_000_000));
        let at = 1_000_000;
        let d = Diagnostic::at(Path::new("c.toml"), &src, at..at + 4, "bad");
        let shown = d.to_string();
        assert!(shown.len() < 500, "{} bytes", shown.len());
        assert!(shown.contains("--> c.toml:1:1000001"), "{shown}");
        let lines: Vec<&str> = shown.lines().collect();
        let text = lines[3].strip_prefix("1 | ").unwrap();
        let caret = lines[4].strip_prefix("  | ").unwrap();
        assert!(text.starts_with('…') && text.ends_with('…'), "{text}");
        let at = caret.find('^').unwrap();
        let under: String = text.chars().skip(at).take(4).collect();
        assert_eq!(under, "oops", "the caret stays under the text");
    }
}
