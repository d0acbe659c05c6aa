//! The suite's optional settings file, `factcheck.toml` in the suite's root: the desk
//! that publishes the fact checks (its name and URL, the `author` and `url` of
//! ClaimReview). An absent file is no settings; a file with a mistake is an error
//! with its place, like a claim file's.
//!
//! ```toml
//! [desk]
//! name = "Example Fact Check"
//! url = "https://factcheck.example.org"
//! ```

use crate::diag::{Diagnostic, invalid_type, plain_toml_at, unknown_field};
use crate::files;
use crate::paths::Paths;
use crate::text::{did_you_mean, web_url};
use serde::Deserialize;
use std::path::Path;
use toml::Spanned;

/// The settings file's name, in the suite's root.
pub const FILE: &str = "factcheck.toml";

/// What `factcheck.toml` says; the default when there is none.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// The desk that publishes the fact checks.
    pub desk: Option<Desk>,
}

/// The fact-checking desk: the ClaimReview `author` (an Organization).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Desk {
    pub name: String,
    /// An absolute `http(s)` URL; a claim's review is at `url#claim-id`.
    pub url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    desk: Option<Spanned<RawDesk>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDesk {
    name: Option<Spanned<String>>,
    url: Option<Spanned<String>>,
}

/// The keys at the top of the file, and in `[desk]`.
const TOP_KEYS: [&str; 1] = ["desk"];
const DESK_KEYS: [&str; 2] = ["name", "url"];

/// Reads `ROOT/factcheck.toml`; no file is the default settings.
pub fn read(paths: &Paths) -> Result<Config, Vec<Diagnostic>> {
    let path = paths.root.join(FILE);
    let shown = paths.shown(&path);
    let bytes = match files::read_file(&path, paths.access.max_file_size, None) {
        Ok(bytes) => bytes,
        // no file is no settings; a link to nowhere is still an error
        Err(files::ReadError::Io(e))
            if e.kind() == std::io::ErrorKind::NotFound
                && std::fs::symlink_metadata(&path).is_err() =>
        {
            return Ok(Config::default());
        }
        Err(e) => return Err(vec![e.diagnostic(&shown)]),
    };
    let source = String::from_utf8(bytes).map_err(|e| {
        vec![Diagnostic::not_utf8(&shown, &e).help("save factcheck.toml as UTF-8 text")]
    })?;
    parse(&shown, &source).map_err(|d| vec![d])
}

/// Parses the text of a settings file shown as `path`.
pub fn parse(path: &Path, source: &str) -> Result<Config, Diagnostic> {
    let raw: RawConfig = toml::from_str(source).map_err(|e| toml_error(path, source, e))?;
    let Some(desk) = raw.desk else {
        return Ok(Config::default());
    };
    let span = desk.span();
    let desk = desk.into_inner();
    let name = match desk.name {
        Some(n) if !n.get_ref().trim().is_empty() => n.into_inner().trim().to_string(),
        Some(n) => {
            return Err(
                Diagnostic::at(path, source, n.span(), "the desk's `name` is empty")
                    .help("write the name readers know the desk by: name = \"Example Fact Check\""),
            );
        }
        None => {
            return Err(Diagnostic::at(
                path,
                source,
                header(source, span),
                "`[desk]` has no `name`",
            )
            .help("write the name readers know the desk by: name = \"Example Fact Check\""));
        }
    };
    let url = match desk.url {
        None => None,
        Some(u) => {
            let Some(text) = web_url(u.get_ref().trim()) else {
                return Err(Diagnostic::at(
                    path,
                    source,
                    u.span(),
                    "the desk's `url` is not an http or https URL",
                )
                .help("write the desk's site in full: url = \"https://factcheck.example.org\""));
            };
            Some(text.to_string())
        }
    };
    Ok(Config {
        desk: Some(Desk { name, url }),
    })
}

/// The `[desk]` line of a table spanning `span` (toml spans a table from its
/// header); the span itself when that line is not found.
fn header(source: &str, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let from = span.start.min(source.len());
    let line = source[from..].lines().next().unwrap_or_default();
    if line.trim_start().starts_with('[') {
        from..from + line.trim_end().len()
    } else {
        span
    }
}

fn toml_error(path: &Path, source: &str, e: toml::de::Error) -> Diagnostic {
    let message = e.message().trim().to_string();
    let span = e.span().unwrap_or(0..0);
    let (words, help) = plain_toml_at(&message, source, span.clone());
    let mut d = Diagnostic::at(path, source, span.clone(), words);
    d.help = help;
    if let Some(key) = unknown_field(&message) {
        // serde names the keys allowed where it is, after ", expected": `name` or
        // `url` in `[desk]`, `desk` at the top (the unknown key itself may be `name`)
        let expected = message.split_once(", expected").map_or("", |(_, e)| e);
        let in_desk = expected.contains("`name`");
        let allowed: &[&str] = if in_desk { &DESK_KEYS } else { &TOP_KEYS };
        d.message = format!("unknown key `{key}` in {FILE}");
        d = match did_you_mean(&key, allowed.iter().copied()) {
            _ if !in_desk && DESK_KEYS.contains(&key.as_str()) => d.help(format!(
                "`{key}` belongs in the `[desk]` table: write `[desk]` on a line of its own above it"
            )),
            Some(k) => d.help(format!("did you mean `{k}`?")),
            None if !in_desk => {
                d.help("factcheck.toml has one table, `[desk]`, with `name` and `url`")
            }
            None => d.help(format!("keys of `[desk]` are {}", DESK_KEYS.join(", "))),
        };
    } else if let Some((key, found, expected)) = invalid_type(&message, source, span.start) {
        // "invalid type: integer `3`, expected a string" → name the key
        let key = key.unwrap_or("a value");
        let (expected, help) = if expected.starts_with("struct") {
            (
                "a table",
                "write `[desk]` on a line of its own, then its keys: name = \"Example Fact Check\"",
            )
        } else {
            (
                expected,
                "write text in quotes: name = \"Example Fact Check\"",
            )
        };
        d.message = format!("`{key}` should be {expected}, not {found}");
        d.help = Some(help.into());
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Result<Config, Diagnostic> {
        parse(Path::new("factcheck.toml"), s)
    }

    #[test]
    fn a_desk_with_name_and_url() {
        let c = p("[desk]\nname = \" Example Fact Check \"\nurl = \"https://fc.example.org\"\n")
            .unwrap();
        assert_eq!(
            c.desk,
            Some(Desk {
                name: "Example Fact Check".into(),
                url: Some("https://fc.example.org".into())
            })
        );
        assert_eq!(p("").unwrap(), Config::default());
        assert_eq!(p("# nothing yet\n").unwrap(), Config::default());
    }

    #[test]
    fn mistakes_are_placed_and_named() {
        let d = p("[desk]\nname = \"X\"\nuri = \"https://x.org\"\n").unwrap_err();
        assert_eq!(d.message, "unknown key `uri` in factcheck.toml");
        assert_eq!(d.help.as_deref(), Some("did you mean `url`?"));
        assert_eq!(d.location.as_ref().map(|l| (l.line, l.col)), Some((3, 1)));
        let d = p("[desks]\nname = \"X\"\n").unwrap_err();
        assert_eq!(d.help.as_deref(), Some("did you mean `desk`?"));
        let d = p("[desk]\nurl = \"https://x.org\"\n").unwrap_err();
        assert_eq!(d.message, "`[desk]` has no `name`");
        assert_eq!(d.location.as_ref().map(|l| (l.line, l.col)), Some((1, 1)));
        let d = p("[desk]\nname = \"X\"\nurl = \"factcheck.example.org\"\n").unwrap_err();
        assert_eq!(d.location.as_ref().map(|l| (l.line, l.col)), Some((3, 7)));
        // a url needs a host
        let d = p("[desk]\nname = \"X\"\nurl = \"https:///x\"\n").unwrap_err();
        assert_eq!(d.message, "the desk's `url` is not an http or https URL");
        // a desk's key written at the top, without `[desk]`: serde's message names
        // `name` as the unknown key, `desk` as the expected one
        let d = p("name = \"X\"\nurl = \"https://x.org\"\n").unwrap_err();
        assert_eq!(d.message, "unknown key `name` in factcheck.toml");
        assert_eq!(
            d.help.as_deref(),
            Some(
                "`name` belongs in the `[desk]` table: write `[desk]` on a line of its own above it"
            )
        );
        let d = p("url = \"https://x.org\"\n").unwrap_err();
        assert_eq!(
            d.help.as_deref(),
            Some(
                "`url` belongs in the `[desk]` table: write `[desk]` on a line of its own above it"
            )
        );
        let d = p("[desk]\nname = \"X\"\nnme = \"Y\"\n").unwrap_err();
        assert_eq!(d.help.as_deref(), Some("did you mean `name`?"));
        let d = p("[desk]\nname = 3\n").unwrap_err();
        assert_eq!(d.message, "`name` should be a string, not integer `3`");
    }
}
