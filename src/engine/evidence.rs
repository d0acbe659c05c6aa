//! Evidence: a window of one document that bears on a fact, with its stance, byte
//! range, line:col, quote, the terms it matched and why it counts against. What the
//! matcher finds, the verdict rules read and the reports print. Plain data.

use std::path::PathBuf;

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

/// A matched term inside a window.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Hit {
    /// The term as written in the claim file (`@unifil`, `talks`, `date 2025-12-03`).
    pub term: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub col: usize,
}

/// One window of one document that bears on a fact.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Evidence {
    pub doc: String,
    pub path: PathBuf,
    /// The independent source (outlet, else the document); not part of the report.
    pub source: String,
    pub stance: Stance,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub col: usize,
    pub end_line: usize,
    pub end_col: usize,
    pub quote: String,
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
