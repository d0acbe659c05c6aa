//! The matcher: evaluates every fact of the suite against one analysed document and
//! returns the evidence, each piece a window of the document with its stance, byte
//! range, line:col, quote, hits and reason. No I/O; cannot fail.
//!
//! [`windows`] finds the windows a test may match (sentences, paragraphs, N words),
//! [`judge`] reads one window against a test and decides its stance, [`near`] ranks
//! the windows that come closest for `explain`. This file holds the matcher itself
//! and how a fact and its `against` table combine.

mod judge;
mod near;
mod windows;

use crate::engine::analysis::Analysis;
use crate::engine::evidence::{Evidence, Hit, Stance};
use crate::engine::model::{Suite, TermId, Test, Within};
use crate::engine::terms::{Matcher, Term};
use judge::{Mode, Outcome};
use windows::Window;

/// Token occurrences (start..end token index) of every phrase term in one document.
struct Occurrences(Vec<Vec<(usize, usize)>>);

fn phrase_occurrences(term: &Term, a: &Analysis) -> Vec<(usize, usize)> {
    let Matcher::Phrases(phrases) = &term.matcher else {
        return Vec::new();
    };
    let mut out: Vec<(usize, usize)> = phrases.iter().flat_map(|p| a.phrase_matches(p)).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether a regex could match a window without matching the whole body (it is
/// anchored), so the whole-body pre-check cannot be trusted.
fn anchored(re: &regex::Regex) -> bool {
    let s = re.as_str();
    s.contains('^') || s.contains('$') || s.contains("\\A") || s.contains("\\z")
}

/// Evaluates the facts of a suite against one document.
pub struct DocMatcher<'a> {
    suite: &'a Suite,
    a: &'a Analysis<'a>,
    occ: Occurrences,
    source: String,
}

impl<'a> DocMatcher<'a> {
    pub fn new(suite: &'a Suite, a: &'a Analysis<'a>) -> Self {
        let occ = Occurrences(
            suite
                .terms
                .iter()
                .map(|t| phrase_occurrences(t, a))
                .collect(),
        );
        Self {
            suite,
            a,
            occ,
            source: a.doc.source_key(),
        }
    }

    /// All evidence for claim `claim`'s fact `fact` in this document, ordered by offset.
    pub fn fact_evidence(&self, claim: usize, fact: usize) -> Vec<Evidence> {
        let f = &self.suite.claims[claim].facts[fact];
        let mut results: Vec<(Window, Outcome)> = self.evaluate(
            &f.test,
            Mode::Fact {
                negation: f.negation,
            },
        );
        if let Some(against) = &f.against {
            let reason = format!(
                "matches the fact's `against` ({})",
                against.describe(&self.suite.terms)
            );
            // a window of the fact that also matches `against` is against: the
            // `against` table wins
            for (w, o) in &mut results {
                if let Some(x) = self.judge(against, *w, Mode::Against) {
                    o.against = true;
                    o.reasons.insert(0, reason.clone());
                    o.hits.extend(x.hits);
                }
            }
            // and so is any window of `against` where the fact itself does not match
            let found = self.evaluate(against, Mode::Against);
            let overlaps = |x: &Window| {
                results
                    .iter()
                    .any(|(w, _)| x.start < w.end && w.start < x.end)
            };
            let extra: Vec<(Window, Outcome)> = found
                .into_iter()
                .filter(|(x, _)| !overlaps(x))
                .map(|(w, mut o)| {
                    o.against = true;
                    o.reasons.insert(0, reason.clone());
                    (w, o)
                })
                .collect();
            results.extend(extra);
        }
        results.sort_by_key(|(w, _)| (w.start, w.end));
        results
            .into_iter()
            .map(|(w, o)| self.evidence(w, o))
            .collect()
    }

    fn evidence(&self, w: Window, o: Outcome) -> Evidence {
        let (line, col) = self.a.line_col(w.start);
        let (end_line, end_col) = self.a.line_col(w.end);
        let mut hits = o.hits;
        hits.sort_by(|a, b| (a.start, a.end, &a.term).cmp(&(b.start, b.end, &b.term)));
        hits.dedup();
        Evidence {
            doc: self.a.doc.id.clone(),
            path: self.a.doc.path.clone(),
            source: self.source.clone(),
            stance: if o.against {
                Stance::Against
            } else {
                Stance::Supports
            },
            start: w.start,
            end: w.end,
            line,
            col,
            end_line,
            end_col,
            quote: self.a.text()[w.start..w.end].to_string(),
            hits,
            reason: (!o.reasons.is_empty()).then(|| o.reasons.join("; ")),
        }
    }

    fn term(&self, id: TermId) -> &Term {
        &self.suite.terms[id]
    }

    /// Whether a term can occur anywhere in the document (a cheap pre-check).
    fn can_occur(&self, id: TermId) -> bool {
        match &self.term(id).matcher {
            Matcher::Phrases(_) => !self.occ.0[id].is_empty(),
            Matcher::Regex(re) => {
                anchored(re) || re.is_match(&self.a.text()[self.a.doc.body_start..])
            }
        }
    }

    fn evaluate(&self, t: &Test, mode: Mode) -> Vec<(Window, Outcome)> {
        if !t.all.iter().all(|id| self.can_occur(*id)) {
            return Vec::new();
        }
        if !t.any.is_empty() && !t.any.iter().any(|id| self.can_occur(*id)) {
            return Vec::new();
        }
        let windows = match t.within {
            Within::Sentence => self.segment_windows(t, &self.a.sentences),
            Within::Paragraph => self.segment_windows(t, &self.a.paragraphs),
            Within::Words(n) => self.word_windows(t, n),
        };
        windows
            .into_iter()
            .filter_map(|w| self.judge(t, w, mode).map(|o| (w, o)))
            .collect()
    }

    fn hit(&self, term: &str, start: usize, end: usize) -> Hit {
        let (line, col) = self.a.line_col(start);
        Hit {
            term: term.to_string(),
            start,
            end,
            line,
            col,
        }
    }
}
