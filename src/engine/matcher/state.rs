//! The matcher's state for one document: the suite, the document's analysis, where
//! each phrase term occurs, and the small lookups every stage shares (a term, a hit,
//! whether a term can occur at all).

use crate::engine::analysis::{Analysis, Segment};
use crate::engine::evidence::Hit;
use crate::engine::model::{Suite, TermId, Within};
use crate::engine::terms::{Matcher, Term};
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// Token occurrences (start..end token index) of every phrase term in one document,
/// each found the first time a fact asks (a fact whose first term is absent never
/// looks up its others).
///
/// Their lists go back to this thread's [`SPARE`] lists when the document is done.
pub(super) struct Occurrences(Vec<OnceCell<Vec<(usize, usize)>>>);

/// How many emptied occurrence lists a thread keeps for its next documents, and the
/// most room one may have: a few megabytes a thread at most, where allocating a
/// list for each term each document finds was a tenth of the allocator's calls of
/// a cold check.
const SPARE_LISTS: usize = 1024;
const SPARE_ROOM: usize = 512;

thread_local! {
    static SPARE: RefCell<Vec<Vec<(usize, usize)>>> = const { RefCell::new(Vec::new()) };
}

impl Drop for Occurrences {
    fn drop(&mut self) {
        // a thread being torn down keeps nothing
        let _ = SPARE.try_with(|spare| {
            let mut spare = spare.borrow_mut();
            for cell in &mut self.0 {
                if spare.len() == SPARE_LISTS {
                    break;
                }
                if let Some(mut list) = cell.take()
                    && (1..=SPARE_ROOM).contains(&list.capacity())
                {
                    list.clear();
                    spare.push(list);
                }
            }
        });
    }
}

fn phrase_occurrences(term: &Term, a: &Analysis) -> Vec<(usize, usize)> {
    let Matcher::Phrases(_) = &term.matcher else {
        return Vec::new();
    };
    let mut out = SPARE
        .try_with(|spare| spare.borrow_mut().pop())
        .ok()
        .flatten()
        .unwrap_or_default();
    match term.phrase_ids.as_slice() {
        [one] => a.phrase_id_matches_into(one, &mut out),
        many => {
            for p in many {
                a.phrase_id_matches_into(p, &mut out);
            }
            out.sort_unstable();
            out.dedup();
        }
    }
    out
}

/// Whether a regex could match a window without matching the whole body (it is
/// anchored), so the whole-body pre-check cannot be trusted.
fn anchored(re: &regex::Regex) -> bool {
    let s = re.as_str();
    s.contains('^') || s.contains('$') || s.contains("\\A") || s.contains("\\z")
}

/// The most sentences a document may have for its windows to be found by
/// [`DocMatcher::sentences_holding`].
pub(super) const FEW_SENTENCES: usize = 256;

/// Sentences as bits: sentence `i` is bit `i % 64` of word `i / 64`.
pub(super) type SentenceBits = [u64; FEW_SENTENCES / 64];

/// Evaluates the facts of a suite against one document.
pub struct DocMatcher<'a> {
    pub(super) suite: &'a Suite,
    pub(super) a: &'a Analysis<'a>,
    pub(super) occ: Occurrences,
    /// The document's id, path and independent source, shared by its evidence.
    pub(super) doc_id: Arc<str>,
    pub(super) path: Arc<Path>,
    pub(super) source: Arc<str>,
    /// The quote of each window that became evidence, shared by every fact's.
    pub(super) quotes: RefCell<HashMap<(usize, usize), Arc<str>>>,
    /// Whether each regex term can occur in the body, found the first time a fact
    /// asks (a term shared by many facts runs over the body once).
    regex_occurs: RefCell<Vec<Option<bool>>>,
    /// The sentence of each token, for [`Self::sentences_holding`]; made the first
    /// time a fact asks.
    sentence_of: OnceCell<Vec<u32>>,
    /// [`Self::sentences_holding`] of each phrase term asked about: where in the
    /// second list each term's are (`u32::MAX`: not found yet; the first list is
    /// made the first time a fact asks), and the second list.
    sentence_bits: RefCell<(Vec<u32>, Vec<SentenceBits>)>,
}

impl<'a> DocMatcher<'a> {
    pub fn new(suite: &'a Suite, a: &'a Analysis<'a>) -> Self {
        let occ = Occurrences(vec![OnceCell::new(); suite.terms.len()]);
        Self {
            suite,
            a,
            occ,
            doc_id: a.doc.id.as_str().into(),
            path: a.doc.path.as_path().into(),
            source: a.doc.source_key().into(),
            quotes: RefCell::default(),
            regex_occurs: RefCell::new(vec![None; suite.terms.len()]),
            sentence_of: OnceCell::new(),
            sentence_bits: RefCell::default(),
        }
    }

    /// The paragraphs of the document for `within = "paragraph"`, else its sentences.
    pub(super) fn segments(&self, within: Within) -> &[Segment] {
        match within {
            Within::Paragraph => &self.a.paragraphs,
            _ => &self.a.sentences,
        }
    }

    /// Which sentences wholly hold an occurrence of phrase term `id`, as bits
    /// (sentence `i` is bit `i % 64` of word `i / 64`): for a document of at most
    /// [`FEW_SENTENCES`] sentences.
    pub(super) fn sentences_holding(&self, id: TermId) -> SentenceBits {
        {
            let (at, bits) = &*self.sentence_bits.borrow();
            if let Some(&k) = at.get(id).filter(|k| **k != u32::MAX) {
                return bits[k as usize];
            }
        }
        let of = self.sentence_of.get_or_init(|| {
            let mut of = vec![u32::MAX; self.a.tokens.len()];
            for (i, s) in self.a.sentences.iter().enumerate() {
                of[s.tokens.clone()].fill(i as u32);
            }
            of
        });
        let mut bits = [0u64; FEW_SENTENCES / 64];
        for &(s, e) in self.occ(id) {
            let at = of[s];
            if at != u32::MAX && of[e - 1] == at {
                bits[at as usize / 64] |= 1 << (at % 64);
            }
        }
        let (at, all) = &mut *self.sentence_bits.borrow_mut();
        if at.is_empty() {
            at.resize(self.suite.terms.len(), u32::MAX);
        }
        at[id] = all.len() as u32;
        all.push(bits);
        bits
    }

    /// Where phrase term `id` occurs, as token ranges in order (none for a regex).
    pub(super) fn occ(&self, id: TermId) -> &[(usize, usize)] {
        self.occ.0[id].get_or_init(|| phrase_occurrences(self.term(id), self.a))
    }

    pub(super) fn term(&self, id: TermId) -> &Term {
        &self.suite.terms[id]
    }

    /// Whether a term can occur anywhere in the document (a cheap pre-check).
    pub(super) fn can_occur(&self, id: TermId) -> bool {
        match &self.term(id).matcher {
            Matcher::Phrases(_) => !self.occ(id).is_empty(),
            Matcher::Regex(re) => {
                if let Some(known) = self.regex_occurs.borrow()[id] {
                    return known;
                }
                let occurs = anchored(re) || re.is_match(&self.a.text()[self.a.doc.body_start..]);
                self.regex_occurs.borrow_mut()[id] = Some(occurs);
                occurs
            }
        }
    }

    /// The quote of bytes `start..end`, made once per window.
    pub(super) fn quote(&self, start: usize, end: usize) -> Arc<str> {
        self.quotes
            .borrow_mut()
            .entry((start, end))
            .or_insert_with(|| self.a.text()[start..end].into())
            .clone()
    }

    pub(super) fn hit(&self, term: &Arc<str>, start: usize, end: usize) -> Hit {
        let (line, col) = self.a.line_col(start);
        Hit {
            term: term.clone(),
            start,
            end,
            line,
            col,
        }
    }
}
