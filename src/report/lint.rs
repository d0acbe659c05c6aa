//! The records of `lint`: how many claims and documents were read, and every warning
//! with its file, line and column. The wire type of `lint --format json` (version 1),
//! and what its SARIF and GitHub views print.

use crate::diag::{Diagnostic, Severity};
use crate::text::plural;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct LintReport {
    pub version: u32,
    pub claims: usize,
    pub documents: usize,
    pub warnings: Vec<WarningRecord>,
}

/// One warning: where (path relative to the suite's root; `null` for the suite as a
/// whole), what, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WarningRecord {
    /// `warning` (or `error`).
    pub severity: &'static str,
    pub message: String,
    pub file: Option<String>,
    /// 1-based.
    pub line: Option<usize>,
    /// 1-based, in characters.
    pub column: Option<usize>,
    pub help: Option<String>,
    pub note: Option<String>,
    /// The column after the underlined text (not written: SARIF and GitHub read it).
    #[serde(skip)]
    pub end_column: Option<usize>,
}

impl WarningRecord {
    pub fn of(d: &Diagnostic) -> Self {
        let file = d.path.to_string_lossy().replace('\\', "/");
        let at = d.location.as_deref();
        Self {
            severity: match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            message: d.message.clone(),
            file: (!file.is_empty()).then_some(file),
            line: at.map(|l| l.line),
            column: at.map(|l| l.col),
            help: d.help.clone(),
            note: d.note.clone(),
            end_column: at.map(|l| l.col + l.width),
        }
    }
}

impl LintReport {
    pub fn new(claims: usize, documents: usize, warnings: &[Diagnostic]) -> Self {
        Self {
            version: 1,
            claims,
            documents,
            warnings: warnings.iter().map(WarningRecord::of).collect(),
        }
    }

    /// `2 claims, 1 document: 3 warnings`, the line `lint` ends with.
    pub fn summary(&self) -> String {
        format!(
            "{}, {}: {}",
            plural(self.claims, "claim"),
            plural(self.documents, "document"),
            plural(self.warnings.len(), "warning")
        )
    }
}
