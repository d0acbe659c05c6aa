//! The analysed form of one document: tokens, clauses, sentences, paragraphs, date
//! and number mentions, and an index from stems to token positions. Built once per
//! document per run and shared by every fact of every claim.

use crate::engine::document::Document;
use crate::engine::terms::{Phrase, WordId, WordPattern, phrase_ids_at};
use crate::text::dates::{self, DateMention};
use crate::text::numbers::{self, NumberMention};
use crate::text::{self, LineIndex, Span, Token, Word};
use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// Clause numbers, negation cues, indirect questions, guesses, denials after a
/// clause and hedges of a text (see [`Analysis::clauses`], [`Analysis::cues`],
/// [`Analysis::questions`], [`Analysis::guesses`], [`Analysis::denials`],
/// [`Analysis::hedges`]).
type Scope = (
    Vec<u32>,
    Vec<text::Cue>,
    Vec<(usize, usize)>,
    Vec<(usize, usize)>,
    Vec<[usize; 4]>,
    Vec<text::hedges::Hedge>,
);

/// A sentence or paragraph: its byte span and its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    pub tokens: Range<usize>,
    /// Index of the paragraph that holds it (itself for a paragraph).
    pub paragraph: usize,
}

/// Phrases of at least this many words, all matched by stem, are found by one pass
/// over the tokens rather than from the first word's occurrences.
const LONG_PHRASE: usize = 8;

#[derive(Debug)]
pub struct Analysis<'d> {
    pub doc: &'d Document,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Segment>,
    pub paragraphs: Vec<Segment>,
    /// What only a window that holds a fact's terms needs, each read over the whole
    /// document the first time one asks: most documents of an archive hold no such
    /// window for most of a suite's facts. Clauses and negation cues (every fact's
    /// window), dates (a fact with a `date`; they need the clauses), numbers (a fact
    /// with a `number`; they need the dates), lines (evidence shown).
    scope: OnceLock<Scope>,
    dates: OnceLock<Vec<DateMention>>,
    numbers: OnceLock<Vec<NumberMention>>,
    lines: OnceLock<LineIndex>,
    /// Token positions by stem number: `stem_at[s]` is the range of `positions`
    /// holding stem number `s`'s tokens, in order.
    stem_at: FxHashMap<u32, (u32, u32)>,
    positions: Vec<u32>,
    /// Distinct folded words with their token positions, sorted by word: made the
    /// first time a prefix (`disarm*`) is looked up.
    by_folded: OnceLock<Vec<(Word, Vec<u32>)>>,
}

impl<'d> Analysis<'d> {
    pub fn new(doc: &'d Document) -> Self {
        let text = doc.text.as_str();
        let body = &text[doc.body_start..];
        let tokens = text::tokenize(body, doc.body_start);
        let token_range = |span: Span| {
            let a = tokens.partition_point(|t| t.start < span.start);
            let b = tokens.partition_point(|t| t.start < span.end);
            a..b
        };
        let para_spans = text::paragraphs(text, doc.body_start, doc.layout);
        let mut paragraphs = Vec::with_capacity(para_spans.len());
        let mut sentences = Vec::new();
        for (pi, p) in para_spans.iter().enumerate() {
            paragraphs.push(Segment {
                span: *p,
                tokens: token_range(*p),
                paragraph: pi,
            });
            for s in text::sentences(text, *p) {
                sentences.push(Segment {
                    span: s,
                    tokens: token_range(s),
                    paragraph: pi,
                });
            }
        }
        let (stem_at, positions) = stem_postings(&tokens);
        Self {
            doc,
            lines: OnceLock::new(),
            tokens,
            sentences,
            paragraphs,
            scope: OnceLock::new(),
            dates: OnceLock::new(),
            numbers: OnceLock::new(),
            stem_at,
            positions,
            by_folded: OnceLock::new(),
        }
    }

    fn scope(&self) -> &Scope {
        self.scope.get_or_init(|| {
            let text = self.text();
            let clauses = text::clauses(text, &self.tokens);
            let cues = text::negation::cues(text, &self.tokens, &clauses);
            let questions = text::negation::questions(text, &self.tokens, &clauses);
            let guesses = text::negation::guesses(text, &self.tokens);
            let denials = text::negation::denials_after(text, &self.tokens);
            // (most documents have no `without`, `evidence`, `proof` or `aware`, nor both
            // `confirm` and `deny`, nor `rule` and `out`: read off the stem index
            // first, by their stems)
            let hedges = if ["without", "evid", "proof", "awar", "unawar"]
                .iter()
                .any(|w| !self.with_stem(w).is_empty())
                || ["confirm", "deni"]
                    .iter()
                    .all(|w| !self.with_stem(w).is_empty())
                || ["rule", "out"]
                    .iter()
                    .all(|w| !self.with_stem(w).is_empty())
            {
                text::hedges::hedges(text, &self.tokens)
            } else {
                Vec::new()
            };
            (clauses, cues, questions, guesses, denials, hedges)
        })
    }

    /// What the outlet flags as an unverified claim ([`text::hedges::hedges`]), in
    /// text order.
    pub fn hedges(&self) -> &[text::hedges::Hedge] {
        &self.scope().5
    }

    /// The asides that deny what the clause before them tells
    /// ([`text::negation::denials_after`]), in text order: the first token of the
    /// report each denies, its own first token, its last (the verb of a denial, the
    /// object of a retraction) and its kind ([`text::negation::DENIED`] or
    /// [`text::negation::RETRACTED`]).
    pub fn denials(&self) -> &[[usize; 4]] {
        &self.scope().4
    }

    /// The sentence that holds token `tok`, else the first after it.
    pub fn sentence_at(&self, tok: usize) -> Option<&Segment> {
        self.sentences
            .get(self.sentences.partition_point(|s| s.tokens.end <= tok))
    }

    /// The guesses and threats ([`text::negation::guesses`]), in text order: the
    /// token that opens each and its `have` or `to`.
    pub fn guesses(&self) -> &[(usize, usize)] {
        &self.scope().3
    }

    /// Indirect questions and conditions ([`text::negation::questions`]): token
    /// ranges, in text order.
    pub fn questions(&self) -> &[(usize, usize)] {
        &self.scope().2
    }

    /// Clause number of each token (negation scope).
    pub fn clauses(&self) -> &[u32] {
        &self.scope().0
    }

    /// Negation cues, in text order.
    pub fn cues(&self) -> &[text::Cue] {
        &self.scope().1
    }

    /// Date mentions, in text order.
    pub fn dates(&self) -> &[DateMention] {
        self.dates.get_or_init(|| {
            let doc = self.doc;
            let published = doc.meta.published;
            dates::mentions(
                self.text(),
                doc.body_start,
                &self.tokens,
                self.clauses(),
                published,
            )
        })
    }

    /// Number mentions, in text order (none inside a date mention).
    pub fn numbers(&self) -> &[NumberMention] {
        self.numbers.get_or_init(|| {
            let dates = self.dates();
            numbers::mentions(self.text(), &self.tokens, |t| {
                let i = dates.partition_point(|d| d.end <= t.start);
                dates
                    .get(i)
                    .is_some_and(|d| d.start <= t.start && t.end <= d.end)
            })
        })
    }

    pub fn text(&self) -> &'d str {
        &self.doc.text
    }

    /// Token positions whose stem is `stem`.
    pub fn with_stem(&self, stem: &str) -> &[u32] {
        text::known_stem_id(stem).map_or(&[], |id| self.with_stem_id(id))
    }

    /// Token positions whose stem has number `id` ([`text::stem_id`]).
    pub fn with_stem_id(&self, id: u32) -> &[u32] {
        self.stem_at
            .get(&id)
            .map_or(&[], |&(a, n)| &self.positions[a as usize..(a + n) as usize])
    }

    /// The number ([`Token::stem_id`]) of each distinct stem of the document, in no
    /// particular order.
    pub fn stem_ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.stem_at.keys().copied()
    }

    /// The [`Token::stem_hash`] of each distinct stem of the document, in no
    /// particular order (one token's per stem).
    pub fn distinct_stem_hashes(&self) -> Vec<u64> {
        self.stem_at
            .values()
            .map(|&(at, _)| self.tokens[self.positions[at as usize] as usize].stem_hash())
            .collect()
    }

    /// Token positions whose folded form starts with `prefix`, in order.
    pub fn with_prefix(&self, prefix: &str) -> Vec<u32> {
        let words = self.by_folded.get_or_init(|| folded_postings(&self.tokens));
        let from = words.partition_point(|(w, _)| **w < *prefix);
        let mut out: Vec<u32> = words[from..]
            .iter()
            .take_while(|(k, _)| k.starts_with(prefix))
            .flat_map(|(_, v)| v.iter().copied())
            .collect();
        out.sort_unstable();
        out
    }

    /// Where a phrase occurs in the document, as token ranges.
    pub fn phrase_matches(&self, p: &Phrase) -> Vec<(usize, usize)> {
        let ids: Option<Vec<WordId>> = p
            .iter()
            .map(|w| match w {
                WordPattern::Stem(s) => text::known_stem_id(s).map(WordId::Stem),
                WordPattern::Prefix(s) => Some(WordId::Prefix(s.as_str().into())),
            })
            .collect();
        // a stem no word has had cannot occur
        ids.map_or_else(Vec::new, |ids| self.phrase_id_matches(&ids))
    }

    /// Where a compared phrase occurs in the document, as token ranges in order.
    /// Candidates come from the phrase's rarest stem in this document (a phrase
    /// with a stem the document lacks costs one lookup).
    pub fn phrase_id_matches(&self, p: &[WordId]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        self.phrase_id_matches_into(p, &mut out);
        out
    }

    /// [`Self::phrase_id_matches`] added to `out`, whose room a caller may keep for
    /// the next document.
    pub fn phrase_id_matches_into(&self, p: &[WordId], out: &mut Vec<(usize, usize)>) {
        if p.is_empty() {
            return;
        }
        let mut anchor: Option<(usize, &[u32])> = None;
        for (k, w) in p.iter().enumerate() {
            if let WordId::Stem(id) = w {
                let at = self.with_stem_id(*id);
                if at.is_empty() {
                    return;
                }
                if anchor.is_none_or(|(_, best)| at.len() < best.len()) {
                    anchor = Some((k, at));
                }
            }
        }
        if p.len() >= LONG_PHRASE
            && let Some(stems) = p
                .iter()
                .map(|w| match w {
                    WordId::Stem(s) => Some(*s),
                    WordId::Prefix(_) => None,
                })
                .collect::<Option<Vec<u32>>>()
        {
            out.extend(self.stem_run_matches(&stems));
            return;
        }
        let check = |start: usize| phrase_ids_at(p, &self.tokens, start);
        match anchor {
            Some((k, at)) => out.extend(
                at.iter()
                    .filter_map(|&i| (i as usize).checked_sub(k))
                    .filter(|&i| check(i))
                    .map(|i| (i, i + p.len())),
            ),
            None => {
                let WordId::Prefix(pre) = &p[0] else {
                    unreachable!("a phrase without stems starts with a prefix")
                };
                out.extend(
                    self.with_prefix(pre)
                        .into_iter()
                        .map(|i| i as usize)
                        .filter(|&i| check(i))
                        .map(|i| (i, i + p.len())),
                )
            }
        }
    }

    /// Every (overlapping) run of tokens whose stems are `stems`, by Knuth–Morris–Pratt
    /// over the tokens: linear in the document and the phrase, where checking each
    /// occurrence of the first word would cost their product (a long phrase of one
    /// repeated word in a text of that word).
    fn stem_run_matches(&self, stems: &[u32]) -> Vec<(usize, usize)> {
        let m = stems.len();
        let mut fail = vec![0usize; m];
        let mut k = 0;
        for i in 1..m {
            while k > 0 && stems[i] != stems[k] {
                k = fail[k - 1];
            }
            if stems[i] == stems[k] {
                k += 1;
            }
            fail[i] = k;
        }
        let mut out = Vec::new();
        let mut k = 0;
        for (i, t) in self.tokens.iter().enumerate() {
            let stem = t.stem_id();
            while k > 0 && stem != stems[k] {
                k = fail[k - 1];
            }
            if stem == stems[k] {
                k += 1;
            }
            if k == m {
                out.push((i + 1 - m, i + 1));
                k = fail[k - 1];
            }
        }
        out
    }

    /// Token range covering the byte range `start..end` (tokens starting inside it).
    pub fn tokens_in(&self, start: usize, end: usize) -> Range<usize> {
        let a = self.tokens.partition_point(|t| t.start < start);
        let b = self.tokens.partition_point(|t| t.start < end);
        a..b
    }

    /// `(line, col)` of a byte offset of the document.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines
            .get_or_init(|| LineIndex::new(self.text()))
            .line_col(self.text(), offset)
    }

    /// Date mentions lying wholly inside `start..end`.
    pub fn dates_in(&self, start: usize, end: usize) -> &[DateMention] {
        inside(self.dates(), start, end, |d| (d.start, d.end))
    }

    /// Number mentions lying wholly inside `start..end`.
    pub fn numbers_in(&self, start: usize, end: usize) -> &[NumberMention] {
        inside(self.numbers(), start, end, |n| (n.start, n.end))
    }
}

/// Token positions grouped by stem number, in one flat array: each stem's range of
/// it, and the array.
fn stem_postings(tokens: &[Token]) -> (FxHashMap<u32, (u32, u32)>, Vec<u32>) {
    // each stem's local number, then (once counted) its range: one table, sized for
    // news prose (about one distinct stem in two words) so that it seldom grows
    let mut ranges: FxHashMap<u32, (u32, u32)> =
        FxHashMap::with_capacity_and_hasher(tokens.len() / 2, Default::default());
    let mut counts: Vec<u32> = Vec::new();
    let of_token: Vec<u32> = tokens
        .iter()
        .map(|t| {
            let l = ranges
                .entry(t.stem_id())
                .or_insert_with(|| {
                    counts.push(0);
                    (counts.len() as u32 - 1, 0)
                })
                .0;
            counts[l as usize] += 1;
            l
        })
        .collect();
    let mut starts = Vec::with_capacity(counts.len());
    let mut at = 0u32;
    for c in &counts {
        starts.push(at);
        at += c;
    }
    let mut fill = starts.clone();
    let mut positions = vec![0u32; tokens.len()];
    for (i, l) in of_token.iter().enumerate() {
        let slot = &mut fill[*l as usize];
        positions[*slot as usize] = i as u32;
        *slot += 1;
    }
    for r in ranges.values_mut() {
        let l = r.0 as usize;
        *r = (starts[l], counts[l]);
    }
    (ranges, positions)
}

/// Distinct folded words with their token positions, sorted by word.
fn folded_postings(tokens: &[Token]) -> Vec<(Word, Vec<u32>)> {
    let mut at: FxHashMap<usize, usize> = FxHashMap::default();
    let mut out: Vec<(Word, Vec<u32>)> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let k = *at.entry(t.word_key()).or_insert_with(|| {
            out.push((t.folded_word().clone(), Vec::new()));
            out.len() - 1
        });
        out[k].1.push(i as u32);
    }
    out.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The mentions (sorted by start) lying wholly inside `start..end`.
fn inside<T>(
    mentions: &[T],
    start: usize,
    end: usize,
    span: impl Fn(&T) -> (usize, usize),
) -> &[T] {
    let a = mentions.partition_point(|m| span(m).0 < start);
    let mut b = mentions.partition_point(|m| span(m).0 < end).max(a);
    while b > a && span(&mentions[b - 1]).1 > end {
        b -= 1;
    }
    &mentions[a..b]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::document::FrontMatter;
    use crate::text::Layout;

    #[test]
    fn long_phrases_are_found_in_one_pass_exactly_as_word_by_word() {
        // texts and phrases over two words, where overlaps and near misses abound
        let mut seed = 7u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..200 {
            let words: Vec<&str> = (0..60)
                .map(|_| if next() % 3 == 0 { "b" } else { "a" })
                .collect();
            let text = words.join(" ");
            let doc = Document {
                id: "a".into(),
                path: "a.txt".into(),
                text: text.clone(),
                body_start: 0,
                meta: FrontMatter::default(),
                layout: Layout::LinePerParagraph,
            };
            let a = Analysis::new(&doc);
            let len = LONG_PHRASE + (next() % 4) as usize;
            let phrase: Phrase = (0..len)
                .map(|_| WordPattern::Stem(if next() % 4 == 0 { "b" } else { "a" }.into()))
                .collect();
            let word_by_word: Vec<(usize, usize)> = (0..a.tokens.len())
                .filter(|i| crate::engine::terms::phrase_at(&phrase, &a.tokens, *i))
                .map(|i| (i, i + len))
                .collect();
            assert_eq!(a.phrase_matches(&phrase), word_by_word, "{text}");
        }
    }

    #[test]
    fn segments_and_mentions_of_a_document() {
        let text = "+++\noutlet = \"X\"\npublished = 2025-11-24\n+++\nTalks on Nov. 19 ended. About 1,200 left.\nSecond paragraph here.\n";
        let doc = Document {
            id: "a".into(),
            path: "a.txt".into(),
            text: text.into(),
            body_start: text.find("+++\nTalks").unwrap() + 4,
            meta: FrontMatter {
                published: chrono::NaiveDate::from_ymd_opt(2025, 11, 24),
                ..FrontMatter::default()
            },
            layout: Layout::LinePerParagraph,
        };
        let a = Analysis::new(&doc);
        let s: Vec<&str> = a
            .sentences
            .iter()
            .map(|s| &text[s.span.start..s.span.end])
            .collect();
        assert_eq!(
            s,
            [
                "Talks on Nov. 19 ended.",
                "About 1,200 left.",
                "Second paragraph here."
            ]
        );
        assert_eq!(a.paragraphs.len(), 2);
        assert_eq!(a.sentences[2].paragraph, 1);
        assert_eq!(a.dates().len(), 1);
        assert_eq!(a.dates()[0].to_string(), "2025-11-19");
        // the day of a date is not a number mention
        assert_eq!(a.numbers().len(), 1);
        assert_eq!(a.numbers()[0].quantity.to_string(), "~1200");
        assert_eq!(a.with_stem("talk").len(), 1);
        assert_eq!(a.with_prefix("sec").len(), 1);
        assert_eq!(a.line_col(doc.body_start), (5, 1));
    }
}
