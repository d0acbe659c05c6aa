//! Evidence: a window of one document that bears on a fact, with its stance, byte
//! range, line:col, quote, the terms it matched and why it counts against. What the
//! matcher finds, the verdict rules read and the reports print. Plain data.

use std::path::Path;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stance {
    Supports,
    Against,
}

impl Stance {
    /// `supports` or `against`, as in the JSON report.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Against => "against",
        }
    }
}

/// A matched term inside a window: offsets, and the term's text shared with the
/// suite (never copied per hit, however long the term).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Hit {
    /// The term as written in the claim file (`@unifil`, `talks`, `date 2025-12-03`).
    pub term: Arc<str>,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub col: usize,
}

/// One window of one document that bears on a fact. The document's names are shared
/// by all its evidence, and the quote by all evidence of one window.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Evidence {
    pub doc: Arc<str>,
    pub path: Arc<Path>,
    /// The independent source (outlet, else the document); not part of the report.
    pub source: Arc<str>,
    pub stance: Stance,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub col: usize,
    pub end_line: usize,
    pub end_col: usize,
    pub quote: Arc<str>,
    pub hits: Vec<Hit>,
    pub reason: Option<String>,
}

/// A window that holds some but not all of what a fact needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NearMiss {
    /// How many of the fact's parts it holds.
    pub score: usize,
    pub found: Vec<String>,
    pub missing: Vec<String>,
    pub window: Evidence,
}
