//! The matcher: evaluates every fact of the suite against one analysed document and
//! returns the evidence, each piece a window of the document with its stance, byte
//! range, line:col, quote, hits and reason. No I/O; cannot fail.

use crate::analysis::{Analysis, Segment};
use crate::claims::{Suite, TermId, Test, Within};
use crate::dates::{DateMatch, YearFrom};
use crate::terms::{self, Matcher, Phrase, Term, WordPattern};
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Hit {
    /// The term as written in the claim file (`@unifil`, `talks`, `date 2025-12-03`).
    pub term: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub col: usize,
}

/// One window of one document that bears on a fact.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Evidence {
    pub doc: String,
    pub path: PathBuf,
    /// The independent source (outlet, else the document); not part of the report.
    #[serde(skip)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NearMiss {
    /// How many of the fact's parts it holds.
    pub score: usize,
    pub found: Vec<String>,
    pub missing: Vec<String>,
    pub window: Evidence,
}

/// A window of text: byte range and token range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Window {
    start: usize,
    end: usize,
    tok_start: usize,
    tok_end: usize,
}

/// Where a phrase occurs in a document, as token ranges.
pub fn phrase_matches(p: &Phrase, a: &Analysis) -> Vec<(usize, usize)> {
    let firsts: Vec<u32> = match &p[0] {
        WordPattern::Stem(s) => a.with_stem(s).to_vec(),
        WordPattern::Prefix(pre) => a.with_prefix(pre),
    };
    firsts
        .into_iter()
        .map(|i| i as usize)
        .filter(|i| terms::phrase_at(p, &a.tokens, *i))
        .map(|i| (i, i + p.len()))
        .collect()
}

impl Window {
    /// A whole sentence or paragraph.
    fn of(s: &Segment) -> Self {
        Window {
            start: s.span.start,
            end: s.span.end,
            tok_start: s.tokens.start,
            tok_end: s.tokens.end,
        }
    }
}

/// Token occurrences (start..end token index) of every phrase term in one document.
struct Occurrences(Vec<Vec<(usize, usize)>>);

fn phrase_occurrences(term: &Term, a: &Analysis) -> Vec<(usize, usize)> {
    let Matcher::Phrases(phrases) = &term.matcher else {
        return Vec::new();
    };
    let mut out: Vec<(usize, usize)> = phrases.iter().flat_map(|p| phrase_matches(p, a)).collect();
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

/// What one window says about a test.
struct Outcome {
    hits: Vec<Hit>,
    against: bool,
    reasons: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// The fact itself: conflicts and (if enabled) negation turn a match against.
    Fact { negation: bool },
    /// The fact's `against` table: only a plain match counts.
    Against,
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
            let reason = format!("matches the fact's `against` ({})", self.describe(against));
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

    fn describe(&self, t: &Test) -> String {
        let names = |ids: &[TermId]| -> String {
            ids.iter()
                .map(|i| format!("{:?}", self.suite.terms[*i].text))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut parts = Vec::new();
        if !t.all.is_empty() {
            parts.push(format!("all = [{}]", names(&t.all)));
        }
        if !t.any.is_empty() {
            parts.push(format!("any = [{}]", names(&t.any)));
        }
        if let Some(d) = t.date {
            parts.push(format!("date = {d}"));
        }
        if let Some(n) = t.number {
            parts.push(format!("number = {n}"));
        }
        parts.join(", ")
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

    /// Sentences or paragraphs that may match: those holding the rarest `all` term, or
    /// any `any` term; every segment when the test has no phrase terms to go by.
    fn segment_windows(&self, t: &Test, segments: &[Segment]) -> Vec<Window> {
        let phrase = |id: &TermId| matches!(self.term(*id).matcher, Matcher::Phrases(_));
        let anchor_tokens: Option<Vec<usize>> = if let Some(rarest) = t
            .all
            .iter()
            .filter(|id| phrase(id))
            .min_by_key(|id| self.occ.0[**id].len())
        {
            Some(self.occ.0[*rarest].iter().map(|o| o.0).collect())
        } else if !t.any.is_empty() && t.any.iter().all(phrase) {
            Some(
                t.any
                    .iter()
                    .flat_map(|id| self.occ.0[*id].iter().map(|o| o.0))
                    .collect(),
            )
        } else {
            None
        };
        let to_window = Window::of;
        match anchor_tokens {
            None => segments
                .iter()
                .filter(|s| !s.tokens.is_empty())
                .map(to_window)
                .collect(),
            Some(mut toks) => {
                toks.sort_unstable();
                let mut out: Vec<Window> = Vec::new();
                for tok in toks {
                    let i = segments.partition_point(|s| s.tokens.end <= tok);
                    if let Some(s) = segments.get(i).filter(|s| s.tokens.contains(&tok)) {
                        let w = to_window(s);
                        if out.last() != Some(&w) {
                            out.push(w);
                        }
                    }
                }
                out
            }
        }
    }

    /// Token ranges of a term in the whole document (regexes run per paragraph).
    fn term_token_ranges(&self, id: TermId) -> Vec<(usize, usize)> {
        match &self.term(id).matcher {
            Matcher::Phrases(_) => self.occ.0[id].clone(),
            Matcher::Regex(re) => {
                let text = self.a.text();
                let mut out = Vec::new();
                for p in &self.a.paragraphs {
                    for m in re.find_iter(&text[p.span.start..p.span.end]) {
                        let r = self
                            .a
                            .tokens_in(p.span.start + m.start(), p.span.start + m.end());
                        if !r.is_empty() {
                            out.push((r.start, r.end));
                        }
                    }
                }
                out
            }
        }
    }

    /// `within = N`: the smallest spans of at most N words (inside one paragraph) that
    /// hold every `all` term, an `any` term, and a date or number mention when the
    /// fact has one; each widened to N words around its centre, overlapping ones merged.
    fn word_windows(&self, t: &Test, n: usize) -> Vec<Window> {
        let a = self.a;
        let mut groups: Vec<Vec<(usize, usize)>> =
            t.all.iter().map(|id| self.term_token_ranges(*id)).collect();
        if !t.any.is_empty() {
            groups.push(
                t.any
                    .iter()
                    .flat_map(|id| self.term_token_ranges(*id))
                    .collect(),
            );
        }
        if let Some(spec) = t.date {
            groups.push(
                a.dates
                    .iter()
                    .filter(|d| spec.compare(d).is_some())
                    .map(|d| a.tokens_in(d.start, d.end))
                    .filter(|r| !r.is_empty())
                    .map(|r| (r.start, r.end))
                    .collect(),
            );
        }
        if t.number.is_some() {
            groups.push(
                a.numbers
                    .iter()
                    .map(|m| (m.first_token, m.end_token))
                    .collect(),
            );
        }
        if groups.is_empty() || groups.iter().any(Vec::is_empty) {
            return Vec::new();
        }
        for g in &mut groups {
            g.sort_unstable();
        }
        let para_of = |tok: usize| a.paragraphs.partition_point(|p| p.tokens.end <= tok);
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for g in &groups {
            for &(s, _) in g {
                let mut end = 0;
                let mut ok = true;
                for h in &groups {
                    let i = h.partition_point(|o| o.0 < s);
                    match h.get(i) {
                        Some(o) => end = end.max(o.1),
                        None => {
                            ok = false;
                            break;
                        }
                    }
                }
                if ok && end - s <= n && para_of(s) == para_of(end - 1) {
                    spans.push((s, end));
                }
            }
        }
        spans.sort_unstable();
        spans.dedup();
        let mut widened: Vec<(usize, usize, usize)> = spans
            .into_iter()
            .map(|(s, e)| {
                let p = &a.paragraphs[para_of(s)].tokens;
                let extra = n - (e - s);
                let mut lo = s.saturating_sub(extra / 2).max(p.start);
                let hi = (lo + n).min(p.end).max(e);
                lo = hi.saturating_sub(n).max(p.start).min(s);
                (lo, hi, para_of(s))
            })
            .collect();
        widened.sort_unstable();
        let mut merged: Vec<(usize, usize, usize)> = Vec::new();
        for w in widened {
            match merged.last_mut() {
                Some(last) if last.2 == w.2 && w.0 < last.1 => last.1 = last.1.max(w.1),
                _ => merged.push(w),
            }
        }
        merged
            .into_iter()
            .map(|(lo, hi, _)| Window {
                start: a.tokens[lo].start,
                end: a.tokens[hi - 1].end,
                tok_start: lo,
                tok_end: hi,
            })
            .collect()
    }

    /// Hits of a term inside a window.
    fn hits_in(&self, id: TermId, w: Window) -> Vec<Hit> {
        let term = self.term(id);
        let text = self.a.text();
        let ranges: Vec<(usize, usize)> = match &term.matcher {
            Matcher::Phrases(_) => {
                let occ = &self.occ.0[id];
                let i = occ.partition_point(|o| o.0 < w.tok_start);
                occ[i..]
                    .iter()
                    .take_while(|o| o.0 < w.tok_end)
                    .filter(|o| o.1 <= w.tok_end)
                    .map(|o| (self.a.tokens[o.0].start, self.a.tokens[o.1 - 1].end))
                    .collect()
            }
            Matcher::Regex(re) => re
                .find_iter(&text[w.start..w.end])
                .filter(|m| !m.is_empty())
                .map(|m| (w.start + m.start(), w.start + m.end()))
                .collect(),
        };
        ranges
            .into_iter()
            .map(|(start, end)| self.hit(&term.text, start, end))
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

    /// What a window says about a test: `None` when it does not bear on it.
    fn judge(&self, t: &Test, w: Window, mode: Mode) -> Option<Outcome> {
        let mut hits = Vec::new();
        for id in &t.all {
            let h = self.hits_in(*id, w);
            if h.is_empty() {
                return None;
            }
            hits.extend(h);
        }
        if !t.any.is_empty() {
            let found: Vec<Hit> = t.any.iter().flat_map(|id| self.hits_in(*id, w)).collect();
            if found.is_empty() {
                return None;
            }
            hits.extend(found);
        }
        if t.not.iter().any(|id| !self.hits_in(*id, w).is_empty()) {
            return None;
        }
        let mut out = Outcome {
            hits,
            against: false,
            reasons: Vec::new(),
        };
        let quote = |s: usize, e: usize| crate::report::sanitize(&self.a.text()[s..e]);
        if let Some(spec) = t.date {
            let compared: Vec<_> = self
                .a
                .dates_in(w.start, w.end)
                .iter()
                .filter_map(|m| spec.compare(m).map(|c| (m, c)))
                .collect();
            if compared.is_empty() {
                return None;
            }
            let equal: Vec<_> = compared
                .iter()
                .filter(|(_, c)| *c == DateMatch::Equal)
                .collect();
            if equal.is_empty() {
                if mode == Mode::Against {
                    return None;
                }
                out.against = true;
                let said: Vec<String> = compared.iter().map(|(m, _)| m.to_string()).collect();
                out.reasons
                    .push(format!("date {} ≠ {spec}", said.join(", ")));
            } else {
                for (m, _) in equal {
                    out.hits
                        .push(self.hit(&format!("date {spec}"), m.start, m.end));
                    match m.year_from {
                        YearFrom::Unknown => out
                            .reasons
                            .push(format!("year not known for \"{}\"", quote(m.start, m.end))),
                        YearFrom::Published => out.reasons.push(format!(
                            "\"{}\" read as {m} (year from `published`)",
                            quote(m.start, m.end)
                        )),
                        YearFrom::EarlierDate => out.reasons.push(format!(
                            "\"{}\" read as {m} (year from an earlier date)",
                            quote(m.start, m.end)
                        )),
                        YearFrom::Written => {}
                    }
                }
            }
        }
        if let Some(q) = t.number {
            let mentions = self.a.numbers_in(w.start, w.end);
            if mentions.is_empty() {
                return None;
            }
            let fitting: Vec<_> = mentions
                .iter()
                .filter(|m| m.quantity.satisfies(&q))
                .collect();
            if fitting.is_empty() {
                if mode == Mode::Against {
                    return None;
                }
                out.against = true;
                let said: Vec<String> = mentions
                    .iter()
                    .map(|m| format!("\"{}\"", quote(m.start, m.end)))
                    .collect();
                out.reasons
                    .push(format!("number {} does not satisfy {q}", said.join(", ")));
            } else {
                for m in fitting {
                    out.hits
                        .push(self.hit(&format!("number {q}"), m.start, m.end));
                }
            }
        }
        if let Mode::Fact { negation: true } = mode {
            if let Some(cue) = self.negation_cue(&out.hits, w) {
                out.against = true;
                out.reasons.push(format!(
                    "negated by \"{}\"",
                    quote(cue.0, cue.1).to_lowercase()
                ));
            }
        }
        Some(out)
    }

    /// The windows of this document that come closest to matching a fact: those
    /// holding the most of its terms (and its date or number mention), best first.
    pub fn near_misses(&self, claim: usize, fact: usize) -> Vec<NearMiss> {
        let t = &self.suite.claims[claim].facts[fact].test;
        let segments = match t.within {
            Within::Paragraph => &self.a.paragraphs,
            _ => &self.a.sentences,
        };
        let mut out = Vec::new();
        for s in segments.iter().filter(|s| !s.tokens.is_empty()) {
            let w = Window::of(s);
            let mut found = Vec::new();
            let mut missing = Vec::new();
            let mut hits = Vec::new();
            for id in &t.all {
                let h = self.hits_in(*id, w);
                let name = self.term(*id).text.clone();
                if h.is_empty() {
                    missing.push(name);
                } else {
                    found.push(name);
                    hits.extend(h);
                }
            }
            if !t.any.is_empty() {
                let mut any_found = false;
                for id in &t.any {
                    let h = self.hits_in(*id, w);
                    if !h.is_empty() {
                        any_found = true;
                        found.push(self.term(*id).text.clone());
                        hits.extend(h);
                    }
                }
                if !any_found {
                    let names: Vec<&str> = t
                        .any
                        .iter()
                        .map(|id| self.term(*id).text.as_str())
                        .collect();
                    missing.push(format!("any of {}", names.join(", ")));
                }
            }
            if let Some(spec) = t.date {
                let dates: Vec<_> = self
                    .a
                    .dates_in(w.start, w.end)
                    .iter()
                    .filter(|d| spec.compare(d).is_some())
                    .collect();
                let equal = dates
                    .iter()
                    .any(|d| spec.compare(d) == Some(DateMatch::Equal));
                let said = dates
                    .iter()
                    .map(|d| d.to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                if dates.is_empty() {
                    missing.push(format!("the date {spec}"));
                } else if equal {
                    found.push(format!("the date ({said})"));
                } else {
                    // a date is there, but not the fact's: completing the window would
                    // make it evidence against
                    missing.push(format!("the date {spec} (it says {said})"));
                }
                hits.extend(dates.iter().map(|d| self.hit("date", d.start, d.end)));
            }
            if let Some(q) = t.number {
                let numbers = self.a.numbers_in(w.start, w.end);
                if numbers.is_empty() {
                    missing.push(format!("a number ({q})"));
                } else {
                    let said: Vec<String> =
                        numbers.iter().map(|n| n.quantity.to_string()).collect();
                    found.push(format!("a number ({})", said.join(", ")));
                    hits.extend(numbers.iter().map(|n| self.hit("number", n.start, n.end)));
                }
            }
            if found.is_empty() {
                continue;
            }
            let mut ev = self.evidence(
                w,
                Outcome {
                    hits,
                    against: false,
                    reasons: Vec::new(),
                },
            );
            ev.reason = None;
            out.push(NearMiss {
                score: found.len(),
                found,
                missing,
                window: ev,
            });
        }
        out.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(a.window.start.cmp(&b.window.start))
        });
        out
    }

    /// A negation cue in the same clause before a matched term (not inside a hit).
    fn negation_cue(&self, hits: &[Hit], w: Window) -> Option<(usize, usize)> {
        let a = self.a;
        // a cue inside a hit, or inside a number (`no more than ten`), negates nothing
        let inside_hit = |t: &crate::text::Token| {
            hits.iter().any(|h| h.start <= t.start && t.end <= h.end)
                || a.numbers_in(w.start, w.end)
                    .iter()
                    .any(|n| n.start <= t.start && t.end <= n.end)
        };
        hits.iter()
            .filter_map(|h| {
                let ti = a.tokens.partition_point(|t| t.start < h.start);
                let clause = *a.clauses.get(ti)?;
                (w.tok_start..ti)
                    .rev()
                    .take_while(|j| a.clauses[*j] == clause)
                    .find(|j| a.tokens[*j].negation && !inside_hit(&a.tokens[*j]))
                    .map(|j| (a.tokens[j].start, a.tokens[j].end))
            })
            .min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::{ClaimFile, load};
    use crate::corpus;
    use std::path::Path;

    /// Matches `fact` (a TOML fact table body) against `text` and returns each piece of
    /// evidence as (stance, quote, reason).
    fn check(fact: &str, text: &str) -> Vec<(Stance, String, Option<String>)> {
        let src = format!(
            "[aliases]\nnaq = [\"Naqura\", \"Ras En Nakura\"]\n[[claim]]\nid = \"c\"\nstatement = \"s\"\n[[claim.fact]]\n{fact}\n"
        );
        let suite = load(&[ClaimFile {
            path: "claims/t.toml".into(),
            source: src,
        }])
        .unwrap_or_else(|e| panic!("{e:?}"));
        let doc = corpus::parse("d", Path::new("corpus/d.txt"), text.as_bytes().to_vec()).unwrap();
        let a = Analysis::new(&doc);
        let m = DocMatcher::new(&suite, &a);
        m.fact_evidence(0, 0)
            .into_iter()
            .map(|e| {
                assert_eq!(&text[e.start..e.end], e.quote);
                (e.stance, e.quote, e.reason)
            })
            .collect()
    }

    fn s(q: &str) -> (Stance, String, Option<String>) {
        (Stance::Supports, q.into(), None)
    }

    fn x(q: &str, reason: &str) -> (Stance, String, Option<String>) {
        (Stance::Against, q.into(), Some(reason.into()))
    }

    #[test]
    fn all_any_not_in_sentences() {
        let text = "The talks were hosted in Naqura. Talks failed in Beirut. Nothing here.";
        assert_eq!(
            check("all = [\"talks\", \"@naq\"]", text),
            [s("The talks were hosted in Naqura.")]
        );
        assert_eq!(
            check("any = [\"naqura|beirut\"]", text),
            [
                s("The talks were hosted in Naqura."),
                s("Talks failed in Beirut.")
            ]
        );
        assert_eq!(
            check("all = [\"talk\"]\nnot = [\"beirut\"]", text),
            [s("The talks were hosted in Naqura.")]
        );
        assert_eq!(check("all = [\"host*\"]", text).len(), 1);
        assert_eq!(
            check("all = [\"/Bei.ut/\"]", text),
            [s("Talks failed in Beirut.")]
        );
        assert!(
            check("all = [\"tal\"]", text).is_empty(),
            "no match inside a longer word"
        );
    }

    #[test]
    fn paragraph_and_word_windows() {
        let text = "Envoy Ortagus arrived. She met Saar.\nLater, Saar spoke.";
        assert!(check("all = [\"Ortagus\", \"Saar\"]", text).is_empty());
        assert_eq!(
            check(
                "all = [\"Ortagus\", \"Saar\"]\nwithin = \"paragraph\"",
                text
            ),
            [s("Envoy Ortagus arrived. She met Saar.")]
        );
        assert_eq!(
            check("all = [\"Ortagus\", \"Saar\"]\nwithin = 5", text),
            [s("Ortagus arrived. She met Saar")]
        );
        assert!(check("all = [\"Envoy\", \"Saar\"]\nwithin = 3", text).is_empty());
    }

    #[test]
    fn negation_is_clause_scoped() {
        let text = "No formal agreements were signed. Officials met, but no deal followed; agreements were signed later.";
        assert_eq!(
            check("all = [\"formal agreement\", \"signed\"]", text),
            [x("No formal agreements were signed.", "negated by \"no\"")]
        );
        let r = check("all = [\"agreements\", \"signed\"]", text);
        assert_eq!(
            r[1].0,
            Stance::Supports,
            "the cue is in another clause: {r:?}"
        );
        assert_eq!(
            check(
                "all = [\"formal agreement\", \"signed\"]\nnegation = false",
                text
            ),
            [s("No formal agreements were signed.")]
        );
    }

    #[test]
    fn date_conflicts_and_unknown_years() {
        let text = "Talks were held on Wednesday, December 3, 2025. Strike on Nov. 23 in Beirut.";
        assert_eq!(
            check("all = [\"talks\"]\ndate = \"2025-12-03\"", text),
            [s("Talks were held on Wednesday, December 3, 2025.")]
        );
        assert_eq!(
            check("all = [\"talks\"]\ndate = \"2025-12-04\"", text),
            [x(
                "Talks were held on Wednesday, December 3, 2025.",
                "date 2025-12-03 ≠ 2025-12-04"
            )]
        );
        assert_eq!(
            check("all = [\"strike\"]\ndate = \"2025-11-23\"", text),
            [(
                Stance::Supports,
                "Strike on Nov. 23 in Beirut.".into(),
                Some("\"Nov. 23\" read as 2025-11-23 (year from an earlier date)".into())
            )]
        );
        let later_first = "Strike on Nov. 23 in Beirut. Talks on December 3, 2025.";
        assert_eq!(
            check("all = [\"strike\"]\ndate = \"2025-11-24\"", later_first),
            [x(
                "Strike on Nov. 23 in Beirut.",
                "date 11-23 (year not known) ≠ 2025-11-24"
            )]
        );
        assert_eq!(
            check("all = [\"strike\"]\ndate = \"2025-11-23\"", later_first)[0]
                .2
                .as_deref(),
            Some("year not known for \"Nov. 23\"")
        );
        assert!(check("all = [\"Beirut\"]\ndate = \"2025-12\"", "Beirut was hit.").is_empty());
        assert_eq!(
            check(
                "all = [\"meeting\"]\ndate = \"2025-12-03\"",
                "The meeting did not take place on December 3, 2025."
            )[0]
            .2
            .as_deref(),
            Some("negated by \"not\""),
            "a cue before the date negates it"
        );
        // a month fact: a day inside the month matches; a day outside it is another
        // precision; a month mention that differs conflicts
        let month = "all = [\"talks\"]\ndate = \"2025-12\"";
        assert_eq!(
            check(month, "Talks resumed on Dec 3, 2025.")[0].0,
            Stance::Supports
        );
        assert!(check(month, "Talks resumed on Nov 19, 2025.").is_empty());
        assert_eq!(
            check(month, "Talks resumed in November 2025.")[0].0,
            Stance::Against
        );
    }

    #[test]
    fn number_conflicts() {
        let text = "The army reported more than 370 terrorists eliminated. At least two people were injured.";
        assert_eq!(
            check("all = [\"terrorists\"]\nnumber = \">370\"", text).len(),
            1
        );
        assert_eq!(
            check("all = [\"terrorists\"]\nnumber = \">400\"", text),
            [x(
                "The army reported more than 370 terrorists eliminated.",
                "number \"more than 370\" does not satisfy >400"
            )]
        );
        assert_eq!(
            check("all = [\"injured\"]\nnumber = 2", text)[0].0,
            Stance::Supports
        );
    }

    #[test]
    fn no_more_than_is_not_a_negation() {
        assert_eq!(
            check(
                "all = [\"wounded\"]",
                "No more than ten people were wounded."
            )[0]
            .0,
            Stance::Supports
        );
    }

    #[test]
    fn against_wins_over_an_overlapping_word_window() {
        let got = check(
            "all = [\"talks\", \"held\"]\nwithin = 5\n[claim.fact.against]\nall = [\"Beirut\"]",
            "Talks were held in Beirut yesterday.",
        );
        assert!(got.iter().all(|e| e.0 == Stance::Against), "{got:?}");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn against_tables_turn_windows_against() {
        let text = "Talks were held in Naqura. Talks were held in Beirut.";
        assert_eq!(
            check(
                "all = [\"talks\", \"held\"]\n[claim.fact.against]\nall = [\"Beirut\"]",
                text
            ),
            [
                s("Talks were held in Naqura."),
                x(
                    "Talks were held in Beirut.",
                    "matches the fact's `against` (all = [\"Beirut\"])"
                )
            ]
        );
    }
}
