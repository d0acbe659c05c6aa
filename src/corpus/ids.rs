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

/// Whether `id` is a usable document id: `/`-separated folders of letters, digits,
/// `-`, `_` and `.`, none empty or hidden.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('/').all(|seg| {
            !seg.is_empty()
                && !seg.starts_with('.')
                && seg
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        })
}

/// The id an article gets without `--id`: `published-outlet-title` from its front
/// matter, else its file name, slugified.
pub fn derived_id(meta: &FrontMatter, file: &Path) -> String {
    let parts: Vec<String> = [
        meta.published.map(|d| d.format("%Y-%m-%d").to_string()),
        meta.outlet.as_deref().map(|o| slug(o, 30)),
        meta.title.as_deref().map(|t| slug(t, 40)),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.is_empty())
    .collect();
    let from_meta = parts.join("-");
    let from_name = slug(
        &file
            .file_stem()
            .map(|s| s.to_string_lossy())
            .unwrap_or_default(),
        80,
    );
    match (from_meta.is_empty(), from_name.is_empty()) {
        (false, _) => from_meta,
        (true, false) => from_name,
        (true, true) => "article".to_string(),
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
    }
}
