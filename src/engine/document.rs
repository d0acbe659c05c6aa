//! The document model: one article as stored, its text (front matter included, so
//! every offset points into the file as the reviewer opens it), where its body
//! starts, and its front matter. Built by the corpus reader; plain data.

use crate::engine::sources::{name_key, via_of};
use crate::text::Layout;
use chrono::NaiveDate;
use std::path::PathBuf;

/// Metadata from a document's front matter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    pub language: Option<String>,
    /// The wire or outlet the text came from (`via = "AFP"`).
    pub via: Option<String>,
}

/// One article, as stored.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path relative to the corpus folder, without extension, `/`-separated.
    pub id: String,
    /// The path shown to people (relative to the suite's root when under it).
    pub path: PathBuf,
    pub text: String,
    /// Byte offset where the article text starts (after the front matter).
    pub body_start: usize,
    pub meta: FrontMatter,
    pub layout: Layout,
}

impl Document {
    /// The independent source this document belongs to on its own: its outlet,
    /// else itself. `check` replaces it with the source of its group
    /// ([`crate::engine::sources`]), which also looks at `via` and the text.
    pub fn source_key(&self) -> String {
        match &self.meta.outlet {
            Some(o) => format!("outlet:{}", name_key(o)),
            None => format!("doc:{}", self.id),
        }
    }

    /// The wire or outlet the text came from: `via` in the front matter, else a wire
    /// named in a dateline near the top of the body (`BEIRUT (Reuters) –`).
    pub fn via(&self) -> Option<String> {
        via_of(self.meta.via.as_deref(), &self.text[self.body_start..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(via: Option<&str>, body: &str) -> Document {
        Document {
            id: "a".into(),
            path: "a.txt".into(),
            text: body.into(),
            body_start: 0,
            meta: FrontMatter {
                via: via.map(Into::into),
                ..FrontMatter::default()
            },
            layout: Layout::LinePerParagraph,
        }
    }

    #[test]
    fn via_from_front_matter_else_the_dateline() {
        assert_eq!(
            doc(None, "BEIRUT (Reuters) – Israel said").via().as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            doc(Some(" AFP "), "BEIRUT (Reuters) – Israel said")
                .via()
                .as_deref(),
            Some("AFP"),
            "front matter wins"
        );
        assert_eq!(doc(Some(""), "The force (UNIFIL) said - x").via(), None);
    }
}
