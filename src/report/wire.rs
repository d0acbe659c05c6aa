//! The JSON wire format of the engine's types: how a verdict, a stance, a scope, a
//! piece of evidence and a hit are written in the JSON reports. The engine knows
//! nothing of serde; its types are serialized here, through borrowed wire structs.
//! Diagnostics as JSON ([`DiagnosticRecord`]) are written here too.

use crate::diag::Diagnostic;
use crate::engine::evidence::{Evidence, Hit, NearMiss, Stance};
use crate::engine::model::{Scope, Verdict};
use crate::engine::verdict::FactVerdict;
use crate::paths::slashed;
use serde::{Serialize, Serializer};
use std::path::Path;

/// Serializes as its word (`supported`, `against`, `corpus`, ...).
macro_rules! as_word {
    ($($t:ty),*) => {$(
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    )*};
}

as_word!(Verdict, FactVerdict, Stance, Scope);

/// A piece of evidence in the JSON report (its independent source is not written).
#[derive(Serialize)]
struct EvidenceWire<'a> {
    doc: &'a str,
    path: &'a Path,
    stance: Stance,
    start: usize,
    end: usize,
    line: usize,
    col: usize,
    end_line: usize,
    end_col: usize,
    quote: &'a str,
    hits: &'a [Hit],
    reason: &'a Option<String>,
}

impl Serialize for Evidence {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        EvidenceWire {
            doc: &self.doc,
            path: &self.path,
            stance: self.stance,
            start: self.start,
            end: self.end,
            line: self.line,
            col: self.col,
            end_line: self.end_line,
            end_col: self.end_col,
            quote: &self.quote,
            hits: &self.hits,
            reason: &self.reason,
        }
        .serialize(s)
    }
}

#[derive(Serialize)]
struct HitWire<'a> {
    term: &'a str,
    start: usize,
    end: usize,
    line: usize,
    col: usize,
}

impl Serialize for Hit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        HitWire {
            term: &self.term,
            start: self.start,
            end: self.end,
            line: self.line,
            col: self.col,
        }
        .serialize(s)
    }
}

/// A near miss in `explain`'s JSON: how many of the fact's parts the window holds,
/// which were found and which were not, and the window.
#[derive(Serialize)]
struct NearMissWire<'a> {
    score: usize,
    found: &'a [String],
    missing: &'a [String],
    window: &'a Evidence,
}

impl Serialize for NearMiss {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        NearMissWire {
            score: self.score,
            found: &self.found,
            missing: &self.missing,
            window: &self.window,
        }
        .serialize(s)
    }
}

/// Writes `value` as pretty JSON and a newline: every JSON output of the tool.
pub fn write_json<T: Serialize>(out: &mut dyn std::io::Write, value: &T) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// One diagnostic as JSON, the same shape wherever diagnostics are written as JSON
/// (errors on stderr under `--format json`, `lint --format json`): severity
/// (`error` or `warning`), message, file (`null` for the command line or the suite
/// as a whole), 1-based line and column in characters (`null` without a place),
/// help and note. Strings are exact: JSON escapes them, nothing is sanitized.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiagnosticRecord {
    pub severity: &'static str,
    pub message: String,
    pub file: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub help: Option<String>,
    pub note: Option<String>,
    /// The column after the underlined text (not written: SARIF and GitHub read it).
    #[serde(skip)]
    pub end_column: Option<usize>,
}

impl DiagnosticRecord {
    pub fn of(d: &Diagnostic) -> Self {
        Self {
            severity: d.severity.as_str(),
            message: d.message.clone(),
            file: (!d.path.as_os_str().is_empty()).then(|| slashed(&d.path)),
            line: d.location.as_ref().map(|l| l.line),
            column: d.location.as_ref().map(|l| l.col),
            help: d.help.clone(),
            note: d.note.clone(),
            end_column: d.location.as_ref().map(|l| l.col + l.width),
        }
    }
}

/// The diagnostics that stopped a command (`errors`) or that it met on its way
/// (`warnings`), as JSON: `{"version": 1, "errors": [...]}`.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnostics {
    pub version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<DiagnosticRecord>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warnings: Option<Vec<DiagnosticRecord>>,
}

impl Diagnostics {
    /// The errors that stopped a command, with the warnings that may explain them.
    pub fn errors(diags: &[Diagnostic]) -> Self {
        Self {
            version: 1,
            errors: Some(diags.iter().map(DiagnosticRecord::of).collect()),
            warnings: None,
        }
    }

    /// Warnings met by a command that went on.
    pub fn warnings(diags: &[Diagnostic]) -> Self {
        Self {
            version: 1,
            errors: None,
            warnings: Some(diags.iter().map(DiagnosticRecord::of).collect()),
        }
    }
}
