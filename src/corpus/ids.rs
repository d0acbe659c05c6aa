//! Document ids: readable slugs, the id an article gets from its front matter or
//! file name, and which ids `--id` accepts.

use crate::engine::document::FrontMatter;
use crate::text::fold_word;
use std::path::Path;

/// A readable id fragment: folded, letters and digits, words joined by `-`.
pub fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let (folded, _) = fold_word(word);
        let folded: String = folded
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        if folded.is_empty() {
            continue;
        }
        if !out.is_empty() && out.len() + 1 + folded.len() > max {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&folded);
    }
    out.truncate(max);
    out
}

/// The longest folder or file name of an id (file systems allow 255 bytes, with the
/// extension and a temporary file's suffix to fit).
const MAX_SEGMENT: usize = 200;

/// Whether `id` is a usable document id on every system a suite is shared to:
/// `/`-separated folders of letters, digits, `-`, `_` and `.`, none empty, hidden,
/// ending in `.`, longer than 200 bytes, or a Windows device name.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && reserved_name(id).is_none()
        && id.split('/').all(|seg| {
            !seg.is_empty()
                && seg.len() <= MAX_SEGMENT
                && !seg.starts_with('.')
                && !seg.ends_with('.')
                && seg
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        })
}

/// The first part of `id` that Windows reserves as a device name (`con`, `nul`,
/// `aux`, `prn`, `com0`…`com9`, `lpt0`…`lpt9`, any case, with or without an
/// extension): such a file cannot be checked out there.
pub fn reserved_name(id: &str) -> Option<&str> {
    id.split('/').find(|seg| {
        let stem = seg
            .split('.')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let stem = stem.trim_end_matches(' ');
        matches!(stem, "con" | "prn" | "aux" | "nul")
            || (stem.len() == 4
                && (stem.starts_with("com") || stem.starts_with("lpt"))
                && stem.as_bytes()[3].is_ascii_digit())
    })
}

/// The id an article's front matter gives it: `published-outlet-title` from the
/// parts it has (an outlet or title only when it has a letter or digit), `None`
/// when it gives none.
pub fn id_from_meta(meta: &FrontMatter) -> Option<String> {
    let parts: Vec<String> = [
        meta.published.map(|d| d.format("%Y-%m-%d").to_string()),
        meta.outlet.as_deref().map(|o| slug(o, 30)),
        meta.title.as_deref().map(|t| slug(t, 40)),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.is_empty())
    .collect();
    (!parts.is_empty()).then(|| parts.join("-"))
}

/// The id an article gets without `--id`: `published-outlet-title` from its front
/// matter ([`id_from_meta`]), else its file name, slugified.
pub fn derived_id(meta: &FrontMatter, file: &Path) -> String {
    let id = id_from_meta(meta).unwrap_or_else(|| {
        let from_name = slug(
            &file
                .file_stem()
                .map(|s| s.to_string_lossy())
                .unwrap_or_default(),
            80,
        );
        if from_name.is_empty() {
            "article".to_string()
        } else {
            from_name
        }
    });
    // `con.txt` cannot exist on Windows
    if reserved_name(&id).is_some() {
        format!("{id}-article")
    } else {
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable() {
        assert_eq!(slug("KJFK News", 30), "kjfk-news");
        assert_eq!(
            slug("Lebanon hails outcome of Ras En Nakura talks", 60),
            "lebanon-hails-outcome-of-ras-en-nakura-talks"
        );
        assert_eq!(
            slug("Naqûra: “excellent” — talks", 60),
            "naqura-excellent-talks"
        );
        assert_eq!(slug("a b c d", 3), "a-b");
    }

    #[test]
    fn ids_are_checked() {
        assert!(valid_id("2025/kjfk-nakura_talks.v2"));
        assert!(!valid_id("../escape"));
        assert!(!valid_id("/abs"));
        assert!(!valid_id("a b"));
        assert!(!valid_id(".hidden"));
        assert!(!valid_id("trailing."));
        assert!(!valid_id(&"x".repeat(201)));
        for reserved in ["con", "NUL", "Aux.txt", "a/com1", "lpt9.md", "prn.2025.x"] {
            assert!(!valid_id(reserved), "{reserved}");
            assert!(reserved_name(reserved).is_some(), "{reserved}");
        }
        for fine in ["console", "com10", "nullify", "a/comx", "lpt"] {
            assert!(valid_id(fine), "{fine}");
        }
        let meta = FrontMatter::default();
        assert_eq!(derived_id(&meta, Path::new("x/CON.txt")), "con-article");
    }
}
