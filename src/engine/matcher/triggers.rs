//! Which facts of a suite a document can hold a window of, found once per document
//! from its distinct stems instead of asking every fact in turn.
//!
//! A test has windows only if every `all` term and some `any` term can occur
//! ([`DocMatcher::can_occur`](super::DocMatcher::can_occur)), and a phrase term
//! occurs only where one of its phrases does, with each of that phrase's stemmed
//! words. So one stem per phrase of one required term is a *trigger*: a document
//! with none of a fact's triggers holds no window of it, and its tally there is
//! empty. A fact with a term that has no stem to need (a regex, a phrase of
//! prefixes) or a test with no terms is always a candidate. Candidates are still
//! judged in full: triggers only skip facts that would have found nothing.

use crate::engine::analysis::Analysis;
use crate::engine::model::{Suite, TermId, Test};
use crate::engine::terms::{Matcher, WordId, WordPattern};
use rustc_hash::FxHashMap;

/// The trigger stems of a suite's facts.
#[derive(Debug, Default)]
pub struct Triggers {
    /// How many facts were given: their numbers are `0..facts`.
    facts: usize,
    /// Facts without triggers: judged in every document.
    always: Vec<u32>,
    /// Stem number → the facts it is a trigger of, ascending.
    by_stem: FxHashMap<u32, Vec<u32>>,
}

impl Triggers {
    /// The triggers of facts `facts` (claim index, fact index), numbered in order.
    pub fn of(suite: &Suite, facts: &[(usize, usize)]) -> Self {
        let mut t = Triggers {
            facts: facts.len(),
            ..Triggers::default()
        };
        for (n, &(ci, fi)) in facts.iter().enumerate() {
            let f = &suite.claims[ci].facts[fi];
            let mut stems = test_triggers(suite, &f.test);
            if let (Some(s), Some(against)) = (&mut stems, &f.against) {
                match test_triggers(suite, against) {
                    Some(more) => s.extend(more),
                    None => stems = None,
                }
            }
            match stems {
                None => t.always.push(n as u32),
                Some(mut stems) => {
                    stems.sort_unstable();
                    stems.dedup();
                    for s in stems {
                        t.by_stem.entry(s).or_default().push(n as u32);
                    }
                }
            }
        }
        t
    }

    /// The numbers of the facts that can hold a window in `a`, ascending: every
    /// fact with a window there is among them.
    pub fn candidates(&self, a: &Analysis) -> Vec<u32> {
        let mut bits = vec![0u64; self.facts.div_ceil(64)];
        let mut set = |n: u32| bits[n as usize / 64] |= 1 << (n % 64);
        self.always.iter().for_each(|&n| set(n));
        for s in a.stem_ids() {
            if let Some(facts) = self.by_stem.get(&s) {
                facts.iter().for_each(|&n| set(n));
            }
        }
        let mut out = Vec::new();
        for (i, mut word) in bits.into_iter().enumerate() {
            while word != 0 {
                out.push((i * 64) as u32 + word.trailing_zeros());
                word &= word - 1;
            }
        }
        out
    }

    /// Of the facts `facts` (numbers, in any order), those that can hold a window
    /// in `a`, in the same order.
    pub fn among(&self, a: &Analysis, facts: &[u32]) -> Vec<u32> {
        let can = self.candidates(a);
        if facts.len() == self.facts && facts.iter().enumerate().all(|(i, f)| *f as usize == i) {
            return can;
        }
        facts
            .iter()
            .copied()
            .filter(|f| can.binary_search(f).is_ok())
            .collect()
    }
}

/// Stems one of which a document needs for test `t` to have a window there, or
/// `None` when no such set is known.
fn test_triggers(suite: &Suite, t: &Test) -> Option<Vec<u32>> {
    // one `all` term is enough: the one whose triggers look rarest
    let best = t
        .all
        .iter()
        .filter_map(|id| term_triggers(suite, *id))
        .max_by_key(|(stems, len)| (*len, std::cmp::Reverse(stems.len())));
    if let Some((stems, _)) = best {
        return Some(stems);
    }
    if t.any.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    for id in &t.any {
        out.extend(term_triggers(suite, *id)?.0);
    }
    Some(out)
}

/// One stem of each phrase of term `id` (its longest word, likely the rarest), with
/// the shortest of those words' lengths; `None` for a regex or a phrase without a
/// stemmed word.
fn term_triggers(suite: &Suite, id: TermId) -> Option<(Vec<u32>, usize)> {
    let term = &suite.terms[id];
    let Matcher::Phrases(phrases) = &term.matcher else {
        return None;
    };
    if phrases.len() != term.phrase_ids.len() {
        return None;
    }
    let mut stems = Vec::with_capacity(phrases.len());
    let mut shortest = usize::MAX;
    for (words, ids) in phrases.iter().zip(&term.phrase_ids) {
        let (len, stem) = words
            .iter()
            .zip(ids)
            .filter_map(|(w, i)| match (w, i) {
                (WordPattern::Stem(s), WordId::Stem(n)) => Some((s.len(), *n)),
                _ => None,
            })
            .max_by_key(|(len, n)| (*len, std::cmp::Reverse(*n)))?;
        shortest = shortest.min(len);
        stems.push(stem);
    }
    let shortest = if stems.is_empty() { 0 } else { shortest };
    Some((stems, shortest))
}
