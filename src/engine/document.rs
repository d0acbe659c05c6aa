//! The document model: one article as stored, its text (front matter included, so
//! every offset points into the file as the reviewer opens it), where its body
//! starts, and its front matter. Built by the corpus reader; plain data.

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
    /// The independent source this document belongs to: its outlet, else itself.
    pub fn source_key(&self) -> String {
        match &self.meta.outlet {
            Some(o) => format!("outlet:{}", o.trim().to_lowercase()),
            None => format!("doc:{}", self.id),
        }
    }
}
