//! The check report as JSON, written as it is serialized: `check --format json`
//! (one pretty document, `{"version", "summary", "claims", "documents"}`) and
//! `check --format jsonl` (JSON Lines: one line per claim, then one last line
//! `{"version", "summary", "documents"}`). Both take the claims as an iterator and
//! write each into a buffered writer as it comes: no string or `serde_json::Value`
//! of the whole report is ever built, so a producer that makes claim records one at
//! a time holds one at a time. Both keep every evidence window: they are never
//! bounded.
//!
//! Why the summary comes last in JSON Lines: a reader can act on each claim as its
//! line arrives, a producer that streams knows the documents the evidence cites
//! only once every claim is written, and a stream cut short lacks its last line, so
//! it cannot pass for a whole report. Claim lines have an `id`, the last line a
//! `version`.

use super::record::{ClaimRecord, DocumentRecord, Report, Summary, VERSION};
use serde::ser::{Serialize, SerializeStruct, Serializer};
use std::borrow::Borrow;
use std::cell::RefCell;
use std::io::{self, BufWriter, Write};

/// The buffer between serde_json and the output.
const BUFFER: usize = 64 * 1024;

/// A sequence serialized from an iterator, once (serde's `Serialize` takes `&self`).
struct Once<I>(RefCell<Option<I>>);

impl<I> Serialize for Once<I>
where
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let items = self.0.borrow_mut().take();
        s.collect_seq(items.into_iter().flatten())
    }
}

/// Serializes the claims it is given as they are borrowed.
struct Borrowed<T>(T);

impl<T: Borrow<ClaimRecord>> Serialize for Borrowed<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.borrow().serialize(s)
    }
}

/// The JSON report with its claims from an iterator: the same fields, in the same
/// order, as [`Report`]'s derived serialization.
struct Streamed<'a, I> {
    summary: &'a Summary,
    claims: Once<I>,
    documents: &'a [DocumentRecord],
}

impl<I> Serialize for Streamed<'_, I>
where
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Report", 4)?;
        st.serialize_field("version", &VERSION)?;
        st.serialize_field("summary", self.summary)?;
        st.serialize_field("claims", &self.claims)?;
        st.serialize_field("documents", self.documents)?;
        st.end()
    }
}

/// The last line of the JSON Lines report.
#[derive(serde::Serialize)]
struct Trailer<'a> {
    version: u32,
    summary: &'a Summary,
    documents: &'a [DocumentRecord],
}

/// `check --format json`: the report as one pretty JSON document and a newline, each
/// claim serialized straight into the output as `claims` yields it.
pub fn write_report_json<C>(
    out: &mut dyn Write,
    summary: &Summary,
    claims: impl IntoIterator<Item = C>,
    documents: &[DocumentRecord],
) -> io::Result<()>
where
    C: Borrow<ClaimRecord>,
{
    let mut w = BufWriter::with_capacity(BUFFER, out);
    let report = Streamed {
        summary,
        claims: Once(RefCell::new(Some(claims.into_iter().map(Borrowed)))),
        documents,
    };
    serde_json::to_writer_pretty(&mut w, &report)?;
    w.write_all(b"\n")?;
    w.flush()
}

/// `check --format jsonl`: one line per claim (its record as in the JSON report's
/// `claims`), then `{"version":1,"summary":{…},"documents":[…]}`.
pub fn write_report_jsonl<C>(
    out: &mut dyn Write,
    summary: &Summary,
    claims: impl IntoIterator<Item = C>,
    documents: &[DocumentRecord],
) -> io::Result<()>
where
    C: Borrow<ClaimRecord>,
{
    let mut w = BufWriter::with_capacity(BUFFER, out);
    for c in claims {
        serde_json::to_writer(&mut w, c.borrow())?;
        w.write_all(b"\n")?;
    }
    let trailer = Trailer {
        version: VERSION,
        summary,
        documents,
    };
    serde_json::to_writer(&mut w, &trailer)?;
    w.write_all(b"\n")?;
    w.flush()
}

impl Report {
    /// [`write_report_json`] of this report.
    pub fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        write_report_json(out, &self.summary, &self.claims, &self.documents)
    }

    /// [`write_report_jsonl`] of this report.
    pub fn write_jsonl(&self, out: &mut dyn Write) -> io::Result<()> {
        write_report_jsonl(out, &self.summary, &self.claims, &self.documents)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::evidence::Stance;
    use crate::report::record::tests::{claim, window};
    use crate::report::{FactRecord, SourceRecord};

    fn report() -> Report {
        let fact = FactRecord::new(
            "x".into(),
            crate::engine::verdict::FactVerdict::Supported,
            (0..7)
                .map(|i| window("a", Stance::Supports, i * 10))
                .collect(),
        );
        let a = SourceRecord {
            name: "a".into(),
            documents: vec!["a".into()],
            near_copies: Vec::new(),
        };
        let mut r = Report::new(vec![claim(vec![a], fact.clone()), claim(vec![], fact)], 1);
        r.documents = vec![DocumentRecord {
            id: "a".into(),
            title: Some("T \"q\"".into()),
            ..DocumentRecord::default()
        }];
        r
    }

    #[test]
    fn the_streamed_json_is_the_reports_serialization() {
        let r = report();
        let mut streamed = Vec::new();
        r.write_json(&mut streamed).unwrap();
        let whole = serde_json::to_string_pretty(&r).unwrap() + "\n";
        assert_eq!(String::from_utf8(streamed).unwrap(), whole);
        // and of a bounded report, with its `more`
        let b = r.bounded(5);
        let mut streamed = Vec::new();
        b.write_json(&mut streamed).unwrap();
        let s = String::from_utf8(streamed).unwrap();
        assert_eq!(s, serde_json::to_string_pretty(&b).unwrap() + "\n");
        assert!(s.contains("\"more\": [\n"), "{s}");
    }

    #[test]
    fn json_lines_are_the_claims_then_the_summary_and_documents() {
        let r = report();
        let mut out = Vec::new();
        r.write_jsonl(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let whole = serde_json::to_value(&r).unwrap();
        assert_eq!(lines.len(), r.claims.len() + 1);
        assert_eq!(lines[..2], whole["claims"].as_array().unwrap()[..]);
        let last = &lines[2];
        assert_eq!(last["version"], 1);
        assert_eq!(last["summary"], whole["summary"]);
        assert_eq!(last["documents"], whole["documents"]);
        assert_eq!(last.as_object().unwrap().len(), 3);
        assert!(text.ends_with("}\n"));
    }
}
