//! The JSON wire format of the engine's types: how a verdict, a stance, a scope, a
//! piece of evidence and a hit are written in the JSON reports. The engine knows
//! nothing of serde; its types are serialized here, through borrowed wire structs.

use crate::engine::evidence::{Evidence, Hit, Stance};
use crate::engine::model::{Scope, Verdict};
use crate::engine::verdict::FactVerdict;
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

/// Writes `value` as pretty JSON and a newline: every JSON output of the tool.
pub fn write_json<T: Serialize>(out: &mut dyn std::io::Write, value: &T) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}
