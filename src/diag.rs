//! Diagnostics: an error or warning about a place in a user's file, rendered in the
//! style of the Rust compiler (`error: …`, `--> file:line:col`, the line, a caret),
//! and [`Site`], a remembered place in a claim file. Above the text layer, below
//! everything else: the engine keeps sites, loading and commands report diagnostics.

use crate::text::{LineIndex, sanitize};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// Where a diagnostic points: 1-based line and character column, the text of that
/// line, and how many characters the caret underlines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub line: usize,
    pub col: usize,
    pub width: usize,
    pub line_text: String,
}

/// A place in a user's file, kept so that later stages (lint) can point at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    pub path: PathBuf,
    pub location: Location,
}

impl Site {
    pub fn new(path: &Path, source: &str, span: Range<usize>) -> Self {
        Self {
            path: path.to_path_buf(),
            location: locate(source, span),
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
        let mut d = Self::file(path, message);
        d.location = Some(Box::new(locate(source, span)));
        d
    }

    /// An error at a remembered place.
    pub fn at_site(site: &Site, message: impl Into<String>) -> Self {
        let mut d = Self::file(&site.path, message);
        d.location = Some(Box::new(site.location.clone()));
        d
    }

    /// The claims or corpus folder is not there.
    pub fn missing_folder(what: &str, flag: &str, dir: &Path) -> Self {
        Self::file(dir, format!("{what} folder not found")).help(format!(
            "run from the suite's root, or pass --root or {flag}"
        ))
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
pub fn locate(source: &str, span: Range<usize>) -> Location {
    let mut start = span.start.min(source.len());
    while !source.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, source.len());
    while !source.is_char_boundary(end) {
        end += 1;
    }
    let (line, col) = LineIndex::new(source).line_col(source, start);
    let line_start = start - source[..start].rfind('\n').map_or(start, |i| start - i - 1);
    let line_end = source[start..]
        .find('\n')
        .map_or(source.len(), |i| start + i);
    let line_text = source[line_start..line_end]
        .trim_end_matches('\r')
        .to_string();
    let width = source[start..end.min(line_end)].chars().count().max(1);
    Location {
        line,
        col,
        width,
        line_text,
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{kind}: {}", self.message)?;
        match &self.location {
            Some(l) => {
                let num = l.line.to_string();
                let pad = " ".repeat(num.len());
                writeln!(f, "{pad}--> {}", self.place())?;
                writeln!(f, "{pad} |")?;
                let shown = sanitize(&l.line_text);
                writeln!(f, "{num} | {shown}")?;
                let before: String = l
                    .line_text
                    .chars()
                    .take(l.col - 1)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                writeln!(f, "{pad} | {before}{}", "^".repeat(l.width))?;
                if let Some(note) = &self.note {
                    writeln!(f, "{pad} = note: {note}")?;
                }
                if let Some(help) = &self.help {
                    writeln!(f, "{pad} = help: {help}")?;
                }
            }
            None => {
                if !self.path.as_os_str().is_empty() {
                    writeln!(f, " --> {}", self.place())?;
                }
                if let Some(note) = &self.note {
                    writeln!(f, "  = note: {note}")?;
                }
                if let Some(help) = &self.help {
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

/// Puts diagnostics in file order (path, then line and column), whatever order they
/// were found in; diagnostics without a position come first in their file.
pub fn sort(diags: &mut [Diagnostic]) {
    diags.sort_by_key(|d| (d.path.clone(), d.location.as_ref().map(|l| (l.line, l.col))));
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn locate_survives_any_span() {
        let src = "é\nabc";
        let l = locate(src, 1..99);
        assert_eq!((l.line, l.col), (1, 1));
        let l = locate(src, 500..501);
        assert_eq!(l.line, 2);
    }
}
