//! Windows: the stretches of a document a test is judged on. Whole sentences that
//! hold every phrase term of the test (found as bits per term), or, in a long
//! document and for paragraphs, those that hold its rarest term; or `within = N`
//! word windows.

use super::state::{DocMatcher, FEW_SENTENCES, SentenceBits};
use crate::engine::analysis::Segment;
use crate::engine::model::{TermId, Test, Within};
use crate::engine::terms::Matcher;
use crate::text::numbers::Kind;

/// A window of text: byte range and token range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Window {
    pub start: usize,
    pub end: usize,
    pub tok_start: usize,
    pub tok_end: usize,
}

impl Window {
    /// A whole sentence or paragraph.
    pub fn of(s: &Segment) -> Self {
        Window {
            start: s.span.start,
            end: s.span.end,
            tok_start: s.tokens.start,
            tok_end: s.tokens.end,
        }
    }
}

/// The windows of one test in one document, in order: the sentences whose bits are
/// set, read off the bits as they are asked for (most documents give a test a few
/// windows, and a list of them would be one allocation per test and document), or
/// a list.
pub(super) enum Windows<'s> {
    Bits {
        bits: SentenceBits,
        word: usize,
        sentences: &'s [Segment],
    },
    List(std::vec::IntoIter<Window>),
}

impl Iterator for Windows<'_> {
    type Item = Window;

    fn next(&mut self) -> Option<Window> {
        match self {
            Windows::Bits {
                bits,
                word,
                sentences,
            } => {
                while let Some(w) = bits.get_mut(*word) {
                    if *w != 0 {
                        let i = *word * 64 + w.trailing_zeros() as usize;
                        *w &= *w - 1;
                        // bits past the last sentence are never set by a term
                        return Some(Window::of(&sentences[i]));
                    }
                    *word += 1;
                }
                None
            }
            Windows::List(list) => list.next(),
        }
    }
}

impl From<Vec<Window>> for Windows<'_> {
    fn from(list: Vec<Window>) -> Self {
        Windows::List(list.into_iter())
    }
}

/// The segments (in order, not overlapping) holding tokens `toks` (ascending), each
/// once.
fn holding(segments: &[Segment], toks: impl Iterator<Item = usize>) -> Vec<Window> {
    let mut out: Vec<Window> = Vec::new();
    let mut from = 0;
    for tok in toks {
        from += segments[from..].partition_point(|s| s.tokens.end <= tok);
        if let Some(s) = segments.get(from).filter(|s| s.tokens.contains(&tok)) {
            let w = Window::of(s);
            if out.last() != Some(&w) {
                out.push(w);
            }
        }
    }
    out
}

impl DocMatcher<'_> {
    /// Whether test `t`'s windows are read off its terms' sentence bits with no
    /// other look at the document: sentences of a document of at most
    /// [`FEW_SENTENCES`], every term a phrase term, and some term.
    pub(super) fn by_bits(&self, t: &Test) -> bool {
        let phrase = |id: &TermId| matches!(self.term(*id).matcher, Matcher::Phrases(_));
        t.within == Within::Sentence
            && self.a.sentences.len() <= FEW_SENTENCES
            && !(t.all.is_empty() && t.any.is_empty())
            && t.all.iter().all(phrase)
            && t.any.iter().all(phrase)
    }

    /// Sentences or paragraphs that may match, in order: those holding the rarest
    /// `all` phrase term, or any `any` term when all are phrases; every segment with
    /// words when the test has no phrase terms to go by. In a document of at most
    /// [`FEW_SENTENCES`] sentences, only the sentences that wholly hold an occurrence
    /// of every `all` phrase term and, when every `any` term is a phrase, of one of
    /// them: a sentence without is judged `None` (it lacks a hit) either way. And
    /// whether every window is so known to hold a hit of every `all` term and of an
    /// `any` term (all of them phrases), so that a judge need not look again.
    pub(super) fn segment_windows(&self, t: &Test) -> (Windows<'_>, bool) {
        let sentences = t.within == Within::Sentence;
        let segments = self.segments(t.within);
        let phrase = |id: &TermId| matches!(self.term(*id).matcher, Matcher::Phrases(_));
        let any_phrases = !t.any.is_empty() && t.any.iter().all(phrase);
        let by_bits = sentences && segments.len() <= FEW_SENTENCES;
        if by_bits && (any_phrases || t.all.iter().any(phrase)) {
            let mut meet = [u64::MAX; FEW_SENTENCES / 64];
            let mut and = |bits: SentenceBits| meet.iter_mut().zip(bits).for_each(|(a, b)| *a &= b);
            for id in t.all.iter().filter(|id| phrase(id)) {
                and(self.sentences_holding(*id));
            }
            if any_phrases {
                let mut one = [0u64; FEW_SENTENCES / 64];
                for id in &t.any {
                    one.iter_mut()
                        .zip(self.sentences_holding(*id))
                        .for_each(|(a, b)| *a |= b);
                }
                and(one);
            }
            let held = t.all.iter().all(phrase) && (t.any.is_empty() || any_phrases);
            let windows = Windows::Bits {
                bits: meet,
                word: 0,
                sentences: segments,
            };
            return (windows, held);
        }
        let rarest = t
            .all
            .iter()
            .filter(|id| phrase(id))
            .min_by_key(|id| self.occ(**id).len());
        if let Some(rarest) = rarest {
            // a term's occurrences are in order already
            return (
                holding(segments, self.occ(*rarest).iter().map(|o| o.0)).into(),
                false,
            );
        }
        if any_phrases {
            let mut toks: Vec<usize> = t
                .any
                .iter()
                .flat_map(|id| self.occ(*id).iter().map(|o| o.0))
                .collect();
            toks.sort_unstable();
            return (holding(segments, toks.into_iter()).into(), false);
        }
        (self.every_segment(t.within).into(), false)
    }

    /// Every sentence (or paragraph, for `within = "paragraph"`) that has words.
    pub(super) fn every_segment(&self, within: Within) -> Vec<Window> {
        self.segments(within)
            .iter()
            .filter(|s| !s.tokens.is_empty())
            .map(Window::of)
            .collect()
    }

    /// Token ranges of a term in the whole document (regexes run per paragraph).
    fn term_token_ranges(&self, id: TermId) -> Vec<(usize, usize)> {
        match &self.term(id).matcher {
            Matcher::Phrases(_) => self.occ(id).to_vec(),
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
    pub(super) fn word_windows(&self, t: &Test, n: usize) -> Vec<Window> {
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
                a.dates()
                    .iter()
                    .filter(|d| spec.compare(d).is_some())
                    .map(|d| a.tokens_in(d.start, d.end))
                    .filter(|r| !r.is_empty())
                    .map(|r| (r.start, r.end))
                    .collect(),
            );
        }
        if t.number.is_some() {
            // only mentions that may count for the fact anchor a window: a year or a
            // modifier nearer the terms must not crowd out the count a few words on
            // (without `counts` they never count)
            groups.push(
                a.numbers()
                    .iter()
                    .filter(|m| {
                        !t.counts.is_empty()
                            || matches!(m.kind, Kind::Count | Kind::Age | Kind::Family)
                            || (m.kind == Kind::Then && t.date.is_some())
                    })
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
}
