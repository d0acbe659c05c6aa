//! The matcher: evaluates every fact of the suite against one analysed document and
//! returns the evidence, each piece a window of the document with its stance, byte
//! range, line:col, quote, hits and reason. No I/O; cannot fail.
//!
//! The stages, each using only those before it: `state` (the matcher for one
//! document and its lookups), `windows` (the windows a test may match: sentences,
//! paragraphs, N words), `judge` (one window read against a test, its stance and
//! its evidence), then `near` (the near misses of `explain`) and this file: how a
//! fact and its `against` table combine into a fact's evidence.

mod judge;
mod near;
mod state;
mod triggers;
mod windows;

pub use judge::MAX_HITS;
pub use state::DocMatcher;
pub use triggers::Triggers;

use crate::engine::evidence::{Evidence, Stance};
use crate::engine::model::{Fact, Test, Within};
use crate::text::{self, sanitize};
use judge::{Found, Label, Mode, Outcome};
use std::borrow::Cow;
use windows::{Window, Windows};

/// How many windows of one document bear on a fact, by stance: what
/// [`DocMatcher::fact_evidence`] would return, counted without making it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Tally {
    pub supports: u32,
    pub against: u32,
}

impl Tally {
    fn add(&mut self, against: bool) {
        if against {
            self.against += 1;
        } else {
            self.supports += 1;
        }
    }

    /// No window bears on the fact.
    pub fn is_empty(&self) -> bool {
        self.supports == 0 && self.against == 0
    }
}

/// One window of a fact's evidence, borrowed: what an [`Evidence`] holds but the
/// document's names ([`DocMatcher::each_evidence_of`]).
#[derive(Debug)]
pub struct EvidenceRef<'m> {
    pub stance: Stance,
    /// Start, end, line, col, end line, end col.
    pub span: [usize; 6],
    pub quote: &'m str,
    /// In the order of [`Evidence::hits`].
    pub hits: &'m [HitRef<'m>],
    pub reason: Option<&'m str>,
}

/// A hit of an [`EvidenceRef`]: its term (a date's or number's label made for it)
/// and start, end, line, col.
#[derive(Debug, PartialEq, Eq)]
pub struct HitRef<'m> {
    pub term: Cow<'m, str>,
    pub at: [usize; 4],
}

impl DocMatcher<'_> {
    /// How many windows of each stance [`Self::fact_evidence`] would return for
    /// claim `claim`'s fact `fact`, found with the same windows and judge but
    /// without quotes, line:col, hit labels or reasons. A fact whose terms cannot
    /// all occur in the document costs a few lookups.
    pub fn fact_tally(&self, claim: usize, fact: usize) -> Tally {
        self.tally_of(&self.suite.claims[claim].facts[fact])
    }

    /// [`Self::fact_tally`] of fact `f`, one of the suite's or a copy of one: a
    /// caller judging many facts per document keeps copies side by side, in the
    /// order it asks, rather than reach each through its claim.
    pub fn tally_of(&self, f: &Fact) -> Tally {
        self.tally_over(f, |t| self.windows(t))
    }

    /// [`Self::fact_tally`] judged on every sentence (or paragraph) of the document,
    /// none passed over: what the windows [`Self::tally_of`] judges must add up to,
    /// for the tests (`tests/it/tally.rs`). `within = N` windows are found as always.
    #[doc(hidden)]
    pub fn fact_tally_on_every_segment(&self, claim: usize, fact: usize) -> Tally {
        let every = |t: &Test| match t.within {
            Within::Sentence | Within::Paragraph => (self.every_segment(t.within).into(), false),
            Within::Words(n) => (self.word_windows(t, n).into(), false),
        };
        self.tally_over(&self.suite.claims[claim].facts[fact], every)
    }

    /// The tally of fact `f` over the windows `windows` gives each of its tests (and
    /// whether each window is known to hold a hit of every term, [`Self::windows`]).
    fn tally_over<'s>(&'s self, f: &Fact, windows: impl Fn(&Test) -> (Windows<'s>, bool)) -> Tally {
        let mode = Mode::Fact {
            negation: f.negation,
        };
        let mut tally = Tally::default();
        let Some(against) = &f.against else {
            let (list, held) = windows(&f.test);
            for w in list {
                if let Some(a) = self.stance(&f.test, w, mode, held) {
                    self.count(&mut tally, &f.test, mode, w, a);
                }
            }
            return tally;
        };
        let stances = |t: &Test, mode: Mode| -> Vec<(Window, bool)> {
            let (list, held) = windows(t);
            list.filter_map(|w| self.stance(t, w, mode, held).map(|a| (w, a)))
                .collect()
        };
        let results = stances(&f.test, mode);
        for (w, a) in &results {
            let a = *a || self.stance(against, *w, Mode::Against, false).is_some();
            self.count(&mut tally, &f.test, mode, *w, a);
        }
        for (x, _) in stances(against, Mode::Against) {
            if !results
                .iter()
                .any(|(w, _)| x.start < w.end && w.start < x.end)
            {
                tally.against += 1;
            }
        }
        tally
    }

    /// Adds window `w` of test `t` (read in `mode`) to `tally` with its stance
    /// (`against`); a report denied in an aside after it ([`Self::denied_after`])
    /// is evidence both ways, as [`Self::outcomes_of`] lists it.
    fn count(&self, tally: &mut Tally, t: &Test, mode: Mode, w: Window, against: bool) {
        if against {
            tally.add(true);
            return;
        }
        match self.denied_after(t, w, mode) {
            // (a report taken back no longer stands, nor a plan called off)
            Some((_, _, kind)) if text::negation::no_longer_stands(kind) => tally.add(true),
            Some(_) => {
                tally.add(false);
                tally.add(true);
            }
            None => tally.add(false),
        }
    }

    /// All evidence for claim `claim`'s fact `fact` in this document, ordered by offset.
    pub fn fact_evidence(&self, claim: usize, fact: usize) -> Vec<Evidence> {
        self.evidence_of(&self.suite.claims[claim].facts[fact])
    }

    /// [`Self::fact_evidence`] of fact `f`, one of the suite's or a copy of one (as
    /// for [`Self::tally_of`]).
    pub fn evidence_of(&self, f: &Fact) -> Vec<Evidence> {
        self.outcomes_of(f)
            .into_iter()
            .map(|(w, o)| self.evidence(w, o))
            .collect()
    }

    /// [`Self::evidence_of`] one window at a time, each borrowed from the document
    /// and the suite, in the same order with the same stance, span, quote, hits
    /// and reason: for a report that writes every window as it is found, with no
    /// [`Evidence`] made for each.
    pub fn each_evidence_of(&self, f: &Fact, mut visit: impl FnMut(&EvidenceRef<'_>)) {
        let mut hits: Vec<HitRef> = Vec::new();
        for (w, o) in self.outcomes_of(f) {
            hits.clear();
            hits.extend(o.hits.iter().map(|h| {
                let (line, col) = self.a.line_col(h.start);
                HitRef {
                    term: self.label_text(h.label),
                    at: [h.start, h.end, line, col],
                }
            }));
            hits.sort_by(|a, b| (a.at[0], a.at[1], &a.term).cmp(&(b.at[0], b.at[1], &b.term)));
            hits.dedup();
            let (line, col) = self.a.line_col(w.start);
            let (end_line, end_col) = self.a.line_col(w.end);
            let reason = (!o.reasons.is_empty()).then(|| o.reasons.join("; "));
            visit(&EvidenceRef {
                stance: if o.against {
                    Stance::Against
                } else {
                    Stance::Supports
                },
                span: [w.start, w.end, line, col, end_line, end_col],
                quote: &self.a.text()[w.start..w.end],
                hits: &hits,
                reason: reason.as_deref(),
            });
        }
    }

    /// The windows of fact `f` with their outcomes, ordered by offset: what
    /// [`Self::evidence_of`] makes its evidence of.
    fn outcomes_of(&self, f: &Fact) -> Vec<(Window, Outcome)> {
        let mode = Mode::Fact {
            negation: f.negation,
        };
        let mut results: Vec<(Window, Outcome)> = self.evaluate(&f.test, mode, true);
        if let Some(against) = &f.against {
            let reason = format!(
                "matches the fact's `against` ({})",
                against.describe(&self.suite.terms)
            );
            // a window of the fact that also matches `against` is against: the
            // `against` table wins
            for (w, o) in &mut results {
                if let Some(x) = self.judge(against, *w, Mode::Against, true) {
                    o.against = true;
                    o.reasons.insert(0, reason.clone());
                    o.hits.extend(x.hits);
                }
            }
            // and so is any window of `against` where the fact itself does not match
            let found = self.evaluate(against, Mode::Against, true);
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
        // a report denied in an aside after it is evidence both ways: the window
        // once for, once against with the aside as its reason; a report taken
        // back after it is against only
        let mut denied = Vec::new();
        for (w, o) in results.iter_mut() {
            if o.against {
                continue;
            }
            if let Some((s, v, kind)) = self.denied_after(&f.test, *w, mode) {
                let (start, end) = (self.a.tokens[s].start, self.a.tokens[v].end);
                let quote = sanitize(&self.a.text()[start..end]);
                let said = match kind {
                    text::negation::RETRACTED => "taken back after it",
                    text::negation::CALLED_OFF | text::negation::MOVED => "called off after it",
                    text::negation::DENIED_BESIDE => "denied as it is told",
                    _ => "denied after it",
                };
                let reasons = vec![format!("{said}: \"{quote}\"")];
                if text::negation::no_longer_stands(kind) {
                    o.against = true;
                    o.reasons = reasons;
                    continue;
                }
                let mut o = o.clone();
                o.against = true;
                o.reasons = reasons;
                denied.push((*w, o));
            }
        }
        results.extend(denied);
        results.sort_by_key(|(w, o)| (w.start, w.end, o.against));
        results
    }

    /// The windows that would be evidence for claim `claim`'s fact `fact` but for one
    /// of its `not` terms, for `explain`: each as the evidence it would have been, its
    /// reason naming the `not` term and the words it found.
    pub fn dropped_by_not(&self, claim: usize, fact: usize) -> Vec<Evidence> {
        let f = &self.suite.claims[claim].facts[fact];
        if f.test.not.is_empty() {
            return Vec::new();
        }
        let without_not = Test {
            not: Vec::new(),
            ..f.test.clone()
        };
        let mode = Mode::Fact {
            negation: f.negation,
        };
        self.evaluate(&without_not, mode, true)
            .into_iter()
            .filter_map(|(w, mut o)| {
                let (id, (start, end)) = f.test.not.iter().find_map(|id| {
                    let hits = self.hits_in(*id, w);
                    hits.into_iter().next().map(|h| (*id, h))
                })?;
                o.reasons = vec![format!(
                    "dropped by the `not` term \"{}\" (\"{}\")",
                    sanitize(&self.term(id).text),
                    sanitize(&self.a.text()[start..end])
                )];
                o.hits.push(Found {
                    label: Label::Term(id),
                    start,
                    end,
                });
                Some(self.evidence(w, o))
            })
            .collect()
    }

    /// The windows of this document that bear on test `t`, each with its outcome
    /// (reasons written only with `detail`). Nothing is looked at unless every
    /// `all` term and some `any` term can occur in the document.
    fn evaluate(&self, t: &Test, mode: Mode, detail: bool) -> Vec<(Window, Outcome)> {
        self.windows(t)
            .0
            .filter_map(|w| self.judge(t, w, mode, detail).map(|o| (w, o)))
            .collect()
    }

    /// The windows test `t` is judged on: none unless every `all` term and some
    /// `any` term can occur in the document. And whether each is known to hold a
    /// hit of every `all` term and of an `any` term ([`Self::segment_windows`]).
    fn windows(&self, t: &Test) -> (Windows<'_>, bool) {
        // sentences found by their bits need no pre-check: a phrase term that
        // cannot occur holds no sentence, and its bits meet none
        if self.by_bits(t) {
            return self.segment_windows(t);
        }
        if !t.all.iter().all(|id| self.can_occur(*id)) {
            return (Vec::new().into(), false);
        }
        if !t.any.is_empty() && !t.any.iter().any(|id| self.can_occur(*id)) {
            return (Vec::new().into(), false);
        }
        match t.within {
            Within::Sentence | Within::Paragraph => self.segment_windows(t),
            Within::Words(n) => (self.word_windows(t, n).into(), false),
        }
    }
}
