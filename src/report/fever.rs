//! `check --format fever`: the report as FEVER JSON Lines, one line per claim, in the
//! report's claim order, for researchers' fact-verification tools.
//!
//! `{"id", "verifiable", "label", "claim", "evidence"}` as FEVER writes them: `id` is
//! the claim's id (a string, where FEVER's are numbers), `label` the claim's FEVER
//! label (supported → SUPPORTS, contradicted → REFUTES, every other verdict → NOT
//! ENOUGH INFO), `verifiable` VERIFIABLE for SUPPORTS and REFUTES, else NOT
//! VERIFIABLE. `evidence` is a list of evidence sets, each a list of
//! `[annotation_id, evidence_id, document, line]`, any one set sufficing:
//!
//! - SUPPORTS: with `scope = "document"`, one set per supporting document (its
//!   supporting windows for every fact); with `scope = "corpus"`, one set of every
//!   fact's supporting windows.
//! - REFUTES: one set per window against a contradicted fact (one suffices).
//! - NOT ENOUGH INFO: FEVER's `[[[annotation_id, null, null, null]]]`.
//!
//! `document` is the document's id and `line` the 1-based line where the window
//! starts: the place a reviewer opens, the same as the JSON report's, since a window
//! may be a sentence, a paragraph or a run of words (FEVER's sentence index does
//! not fit them all). `annotation_id` is the set's index in the list and
//! `evidence_id` the window's index in the claim's evidence (facts in order, then
//! each fact's evidence in report order), both from 0; a window in one set twice,
//! for two facts, is listed once.

use super::record::{ClaimRecord, Report};
use crate::engine::evidence::{Evidence, Stance};
use crate::engine::model::{Scope, Verdict};
use crate::engine::verdict::FactVerdict;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::io::{self, Write};

/// One FEVER line.
#[derive(Debug, Clone, Serialize)]
pub struct FeverLine<'a> {
    pub id: &'a str,
    pub verifiable: &'static str,
    pub label: &'static str,
    pub claim: &'a str,
    pub evidence: Vec<Vec<EvidenceItem<'a>>>,
}

/// `[annotation_id, evidence_id, document, line]`.
pub type EvidenceItem<'a> = (usize, Option<usize>, Option<&'a str>, Option<usize>);

/// The FEVER line of one claim.
pub fn fever_line(c: &ClaimRecord) -> FeverLine<'_> {
    // every piece of evidence with its index in the claim, and its fact's verdict
    let all: Vec<(usize, FactVerdict, &Evidence)> = c
        .facts
        .iter()
        .flat_map(|f| f.evidence.iter().map(move |e| (f.verdict, e)))
        .enumerate()
        .map(|(i, (v, e))| (i, v, e))
        .collect();
    let supports = |(_, _, e): &&(usize, FactVerdict, &Evidence)| e.stance == Stance::Supports;
    let sets: Vec<Vec<(usize, &Evidence)>> = match c.verdict {
        Verdict::Supported if c.scope == Scope::Document => {
            // each supporting document's windows, found by a map, not a scan each
            let mut by_doc: HashMap<&str, Vec<(usize, &Evidence)>> = HashMap::new();
            for (i, _, e) in all.iter().filter(supports) {
                by_doc.entry(&*e.doc).or_default().push((*i, *e));
            }
            c.sources
                .iter()
                .map(|doc| by_doc.get(doc.as_str()).cloned().unwrap_or_default())
                .collect()
        }
        Verdict::Supported => vec![
            all.iter()
                .filter(supports)
                .map(|(i, _, e)| (*i, *e))
                .collect(),
        ],
        Verdict::Contradicted => all
            .iter()
            .filter(|(_, v, e)| *v == FactVerdict::Contradicted && e.stance == Stance::Against)
            .map(|(i, _, e)| vec![(*i, *e)])
            .collect(),
        _ => Vec::new(),
    };
    let mut evidence: Vec<Vec<EvidenceItem>> = Vec::new();
    let mut seen_sets: HashSet<Vec<(Option<&str>, Option<usize>)>> = HashSet::new();
    for set in sets {
        let annotation = evidence.len();
        let mut items: Vec<EvidenceItem> = Vec::new();
        let mut seen: HashSet<(&str, usize)> = HashSet::new();
        for (i, e) in set {
            if seen.insert((&*e.doc, e.line)) {
                items.push((annotation, Some(i), Some(&*e.doc), Some(e.line)));
            }
        }
        if !items.is_empty() && seen_sets.insert(places(&items)) {
            evidence.push(items);
        }
    }
    let label = c.fever;
    let verifiable = matches!(c.verdict, Verdict::Supported | Verdict::Contradicted);
    if evidence.is_empty() {
        evidence.push(vec![(0, None, None, None)]);
    }
    FeverLine {
        id: &c.id,
        verifiable: if verifiable {
            "VERIFIABLE"
        } else {
            "NOT VERIFIABLE"
        },
        label,
        claim: &c.statement,
        evidence,
    }
}

/// The places of an evidence set: its documents and lines.
fn places<'a>(set: &[EvidenceItem<'a>]) -> Vec<(Option<&'a str>, Option<usize>)> {
    set.iter().map(|(_, _, d, l)| (*d, *l)).collect()
}

/// Writes the report as FEVER JSON Lines: one compact JSON object per claim.
pub fn write_fever(out: &mut dyn Write, report: &Report) -> io::Result<()> {
    write_fever_lines(out, report.claims.iter().map(Ok))
}

/// [`write_fever`] of claim records as they come (one at a time in memory).
pub fn write_fever_lines<C: std::borrow::Borrow<ClaimRecord>>(
    out: &mut dyn Write,
    claims: impl IntoIterator<Item = io::Result<C>>,
) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(64 * 1024, out);
    for c in claims {
        serde_json::to_writer(&mut out, &fever_line(c?.borrow()))?;
        writeln!(out)?;
    }
    out.flush()
}
