//! The analysed form of one document: tokens, clauses, sentences, paragraphs, date
//! and number mentions, and an index from stems to token positions. Built once per
//! document per run and shared by every fact of every claim.

use crate::engine::document::Document;
use crate::engine::terms::{Phrase, WordPattern, phrase_at};
use crate::text::dates::{self, DateMention};
use crate::text::numbers::{self, NumberMention};
use crate::text::{self, LineIndex, Span, Token, Word};
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

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
    /// Clause number of each token (negation scope).
    pub clauses: Vec<u32>,
    /// Negation cues, in text order.
    pub cues: Vec<text::Cue>,
    pub sentences: Vec<Segment>,
    pub paragraphs: Vec<Segment>,
    pub dates: Vec<DateMention>,
    pub numbers: Vec<NumberMention>,
    pub lines: LineIndex,
    by_stem: HashMap<Word, Vec<u32>>,
    by_folded: BTreeMap<Word, Vec<u32>>,
}

impl<'d> Analysis<'d> {
    pub fn new(doc: &'d Document) -> Self {
        let text = doc.text.as_str();
        let body = &text[doc.body_start..];
        let tokens = text::tokenize(body, doc.body_start);
        let clauses = text::clauses(text, &tokens);
        let cues = text::negation::cues(text, &tokens);
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
        let dates = dates::mentions(text, doc.body_start, &tokens, &clauses, doc.meta.published);
        let numbers = numbers::mentions(text, &tokens, |t| {
            let i = dates.partition_point(|d| d.end <= t.start);
            dates
                .get(i)
                .is_some_and(|d| d.start <= t.start && t.end <= d.end)
        });
        let mut by_stem: HashMap<Word, Vec<u32>> = HashMap::new();
        let mut by_folded: BTreeMap<Word, Vec<u32>> = BTreeMap::new();
        for (i, t) in tokens.iter().enumerate() {
            by_stem
                .entry(t.stem_word().clone())
                .or_default()
                .push(i as u32);
            by_folded
                .entry(t.folded_word().clone())
                .or_default()
                .push(i as u32);
        }
        Self {
            doc,
            lines: LineIndex::new(text),
            tokens,
            clauses,
            cues,
            sentences,
            paragraphs,
            dates,
            numbers,
            by_stem,
            by_folded,
        }
    }

    pub fn text(&self) -> &'d str {
        &self.doc.text
    }

    /// Token positions whose stem is `stem`.
    pub fn with_stem(&self, stem: &str) -> &[u32] {
        self.by_stem.get(stem).map_or(&[], |v| v.as_slice())
    }

    /// Token positions whose folded form starts with `prefix`, in order.
    pub fn with_prefix(&self, prefix: &str) -> Vec<u32> {
        let mut out: Vec<u32> = self
            .by_folded
            .range::<str, _>((
                std::ops::Bound::Included(prefix),
                std::ops::Bound::Unbounded,
            ))
            .take_while(|(k, _)| k.starts_with(prefix))
            .flat_map(|(_, v)| v.iter().copied())
            .collect();
        out.sort_unstable();
        out
    }

    /// Where a phrase occurs in the document, as token ranges.
    pub fn phrase_matches(&self, p: &Phrase) -> Vec<(usize, usize)> {
        if p.len() >= LONG_PHRASE
            && let Some(stems) = p
                .iter()
                .map(|w| match w {
                    WordPattern::Stem(s) => Some(s.as_str()),
                    WordPattern::Prefix(_) => None,
                })
                .collect::<Option<Vec<&str>>>()
        {
            return self.stem_run_matches(&stems);
        }
        let firsts: Vec<u32> = match &p[0] {
            WordPattern::Stem(s) => self.with_stem(s).to_vec(),
            WordPattern::Prefix(pre) => self.with_prefix(pre),
        };
        firsts
            .into_iter()
            .map(|i| i as usize)
            .filter(|i| phrase_at(p, &self.tokens, *i))
            .map(|i| (i, i + p.len()))
            .collect()
    }

    /// Every (overlapping) run of tokens whose stems are `stems`, by Knuth–Morris–Pratt
    /// over the tokens: linear in the document and the phrase, where checking each
    /// occurrence of the first word would cost their product (a long phrase of one
    /// repeated word in a text of that word).
    fn stem_run_matches(&self, stems: &[&str]) -> Vec<(usize, usize)> {
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
            let stem = t.stem();
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
        self.lines.line_col(self.text(), offset)
    }

    /// Date mentions lying wholly inside `start..end`.
    pub fn dates_in(&self, start: usize, end: usize) -> &[DateMention] {
        inside(&self.dates, start, end, |d| (d.start, d.end))
    }

    /// Number mentions lying wholly inside `start..end`.
    pub fn numbers_in(&self, start: usize, end: usize) -> &[NumberMention] {
        inside(&self.numbers, start, end, |n| (n.start, n.end))
    }
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
                .filter(|i| phrase_at(&phrase, &a.tokens, *i))
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
        assert_eq!(a.dates.len(), 1);
        assert_eq!(a.dates[0].to_string(), "2025-11-19");
        // the day of a date is not a number mention
        assert_eq!(a.numbers.len(), 1);
        assert_eq!(a.numbers[0].quantity.to_string(), "~1200");
        assert_eq!(a.with_stem("talk").len(), 1);
        assert_eq!(a.with_prefix("sec").len(), 1);
        assert_eq!(a.line_col(doc.body_start), (5, 1));
    }
}
