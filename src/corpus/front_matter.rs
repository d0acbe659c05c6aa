//! Front matter: the TOML between two `+++` lines that opens an article (title,
//! outlet, url, published, language, via), read with every problem pointed at, and
//! written back by `corpus add`. YAML front matter is recognised and refused.

use crate::diag::{Diagnostic, plain_toml_at, unknown_field};
use crate::engine::document::FrontMatter;
use crate::text::did_you_mean;
use chrono::NaiveDate;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    published: Option<toml::Spanned<toml::Value>>,
    language: Option<String>,
    via: Option<String>,
}

const FRONT_MATTER_KEYS: [&str; 6] = ["title", "outlet", "url", "published", "language", "via"];

/// The key another tool's name for it stands for (`publisher` is the `outlet`,
/// not `published`, which is nearer in spelling).
fn meant_key(unknown: &str) -> Option<&'static str> {
    let key = match unknown.to_ascii_lowercase().replace('-', "_").as_str() {
        "publisher" | "publication" | "source" | "site" | "site_name" | "newspaper"
        | "outlet_name" => "outlet",
        "agency" | "wire" | "news_agency" => "via",
        "date" | "pubdate" | "pub_date" | "published_at" | "date_published" | "publish_date" => {
            "published"
        }
        "link" | "href" | "source_url" | "permalink" | "canonical" => "url",
        "headline" | "name" => "title",
        "lang" | "locale" => "language",
        _ => return None,
    };
    Some(key)
}

/// Splits off `+++` front matter: returns the metadata and where the body starts.
pub(super) fn front_matter(path: &Path, text: &str) -> Result<(FrontMatter, usize), Diagnostic> {
    // a byte-order mark may precede the front matter
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    let first = text[bom..first_line_end].trim_end_matches(['\r', '\n']);
    if first == "---" && looks_like_yaml(&text[first_line_end..]) {
        return Err(Diagnostic::at(path, text, bom..bom + 3, "YAML front matter is not read")
            .help("write the front matter as TOML between two `+++` lines: outlet = \"KJFK News\", published = 2025-11-24"));
    }
    if first != "+++" {
        return Ok((FrontMatter::default(), 0));
    }
    let open = first_line_end;
    let mut pos = open;
    let close = loop {
        if pos >= text.len() {
            return Err(
                Diagnostic::at(path, text, 0..3, "front matter is not closed")
                    .help("end the front matter with a line that is exactly `+++`"),
            );
        }
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        if text[pos..end].trim_end_matches(['\r', '\n']) == "+++" {
            break (pos, end);
        }
        pos = end;
    };
    let toml_text = &text[open..close.0];
    let raw: RawFrontMatter = toml::from_str(toml_text).map_err(|e| {
        let span = e
            .span()
            .map_or(open..open, |s| open + s.start..open + s.end);
        let message = e.message().trim().to_string();
        let (words, help) = plain_toml_at(&message, toml_text, e.span().unwrap_or(0..0));
        let mut d = Diagnostic::at(path, text, span, format!("bad front matter: {words}"));
        d.help = help;
        if let Some(unknown) = unknown_field(&message) {
            d.message = format!("unknown front matter key `{unknown}`");
            d = match meant_key(&unknown).or_else(|| did_you_mean(&unknown, FRONT_MATTER_KEYS)) {
                Some(k) => d.help(format!("did you mean `{k}`?")),
                None => d.help(format!(
                    "front matter keys are {}",
                    FRONT_MATTER_KEYS.join(", ")
                )),
            };
        }
        d
    })?;
    let published = match raw.published {
        None => None,
        Some(v) => {
            let span = open + v.span().start..open + v.span().end;
            let parsed = match v.get_ref() {
                toml::Value::Datetime(dt) => dt.date.and_then(|d| {
                    NaiveDate::from_ymd_opt(d.year as i32, d.month as u32, d.day as u32)
                }),
                // `2025-12-03`, or with a time as Hugo writes it: `2025-12-03T10:00:00Z`
                toml::Value::String(s) => {
                    let s = s.trim();
                    // the first ten bytes are the day; a character across byte 10
                    // (`2025年12月3日`) is no date
                    let cut = if s.len() < 10 {
                        Some(s.len())
                    } else {
                        s.is_char_boundary(10).then_some(10)
                    };
                    cut.and_then(|cut| {
                        let (day, rest) = s.split_at(cut);
                        // nothing after the day but a time: `T10:00:00Z`, ` 10:00`
                        let time_only = rest.is_empty()
                            || (rest.starts_with(['T', 't', ' '])
                                && rest[1..].chars().all(|c| {
                                    c.is_ascii_digit()
                                        || matches!(c, ':' | '.' | '+' | '-' | 'Z' | 'z')
                                }));
                        NaiveDate::parse_from_str(day, "%Y-%m-%d")
                            .ok()
                            .filter(|_| time_only)
                    })
                }
                _ => None,
            };
            Some(parsed.ok_or_else(|| {
                Diagnostic::at(path, text, span, "`published` is not a date")
                    .help("write `published = 2025-12-03` or `published = \"2025-12-03\"`")
            })?)
        }
    };
    Ok((
        FrontMatter {
            title: raw.title,
            outlet: raw.outlet,
            url: raw.url,
            published,
            language: raw.language,
            via: raw.via,
        },
        close.1,
    ))
}

/// Whether the lines after a `---` line are YAML front matter: `key: value` lines
/// up to a closing `---` line, with one of the front matter keys among them.
fn looks_like_yaml(rest: &str) -> bool {
    let mut keys = 0;
    for line in rest.lines().take(50) {
        let line = line.trim_end_matches('\r');
        if line == "---" {
            return keys > 0;
        }
        let key = line.split_once(':').map(|(k, _)| k.trim());
        if key.is_some_and(|k| FRONT_MATTER_KEYS.contains(&k) || k == "date") {
            keys += 1;
        }
    }
    false
}

/// The front matter of `meta` as `corpus add` writes it: only the keys given.
pub(super) fn front_matter_text(meta: &FrontMatter) -> String {
    let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
    let mut s = String::new();
    if let Some(t) = &meta.title {
        s.push_str(&format!("title = {}\n", quote(t)));
    }
    if let Some(o) = &meta.outlet {
        s.push_str(&format!("outlet = {}\n", quote(o)));
    }
    if let Some(u) = &meta.url {
        s.push_str(&format!("url = {}\n", quote(u)));
    }
    if let Some(p) = &meta.published {
        s.push_str(&format!("published = {}\n", p.format("%Y-%m-%d")));
    }
    if let Some(l) = &meta.language {
        s.push_str(&format!("language = {}\n", quote(l)));
    }
    if let Some(v) = &meta.via {
        s.push_str(&format!("via = {}\n", quote(v)));
    }
    if s.is_empty() {
        s
    } else {
        format!("+++\n{s}+++\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn via_is_read_and_written() {
        let text = "+++\noutlet = \"Daily Star\"\nvia = \"AFP\"\n+++\nBody.";
        let (meta, start) = front_matter(Path::new("a.txt"), text).unwrap();
        assert_eq!(meta.via.as_deref(), Some("AFP"));
        assert_eq!(&text[start..], "Body.");
        assert_eq!(
            front_matter_text(&meta),
            "+++\noutlet = \"Daily Star\"\nvia = \"AFP\"\n+++\n"
        );
        let e = front_matter(Path::new("a.txt"), "+++\ncolour = \"AFP\"\n+++\n").unwrap_err();
        assert!(
            e.help.unwrap().ends_with("language, via"),
            "via is a known key"
        );
    }

    #[test]
    fn another_tools_name_for_a_key_is_told_the_key() {
        let help = |key: &str| {
            let text = format!("+++\n{key} = \"x\"\n+++\nBody.");
            front_matter(Path::new("a.txt"), &text)
                .unwrap_err()
                .help
                .unwrap_or_default()
        };
        // nearest in spelling to `published`, but it names the outlet
        assert_eq!(help("publisher"), "did you mean `outlet`?");
        assert_eq!(help("wire"), "did you mean `via`?");
        assert_eq!(help("date"), "did you mean `published`?");
        assert_eq!(help("Source-URL"), "did you mean `url`?");
        // a misspelling still finds its key
        assert_eq!(help("outlt"), "did you mean `outlet`?");
    }

    #[test]
    fn a_published_string_with_a_wide_character_at_byte_ten_is_an_error_not_a_panic() {
        let e = front_matter(
            Path::new("a.txt"),
            "+++\npublished = \"2025年12月3日\"\n+++\nBody.",
        );
        assert!(e.is_err());
        let (meta, _) = front_matter(
            Path::new("a.txt"),
            "+++\npublished = \"2025-12-03T10:00:00Z\"\n+++\nBody.",
        )
        .unwrap();
        assert_eq!(meta.published.unwrap().to_string(), "2025-12-03");
    }
}
