//! The records of `lint`: how many claims and documents were read, and every warning
//! with its file, line and column. The wire type of `lint --format json` (version 1),
//! and what its SARIF and GitHub views print.

use super::wire::DiagnosticRecord;
use crate::diag::Diagnostic;
use crate::text::plural;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct LintReport {
    pub version: u32,
    pub claims: usize,
    pub documents: usize,
    pub warnings: Vec<DiagnosticRecord>,
}

impl LintReport {
    pub fn new(claims: usize, documents: usize, warnings: &[Diagnostic]) -> Self {
        Self {
            version: 1,
            claims,
            documents,
            warnings: warnings.iter().map(DiagnosticRecord::of).collect(),
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
