//! Which facts of a suite a document can hold a window of, found once per document
//! from its distinct stems instead of asking every fact in turn.
//!
//! A test has windows only if every `all` term and some `any` term can occur
//! ([`DocMatcher::can_occur`](super::DocMatcher::can_occur)), and a phrase term
//! occurs only where one of its phrases does, with each of that phrase's stemmed
//! words. So each phrase term of `all` gives a *group* of trigger stems, one per
//! phrase, and the `any` terms together give one (when each is a phrase term): a
//! document that lacks every stem of some group of a test holds no window of it.
//! A fact is a candidate where each group of its test, or of its `against` table,
//! has a stem; a test without groups (only regexes, phrases of prefixes, or no
//! terms) makes its fact a candidate everywhere. Candidates are still judged in
//! full: triggers only skip facts that would have found nothing.

use crate::engine::analysis::Analysis;
use crate::engine::model::{Suite, TermId, Test};
use crate::engine::terms::{Matcher, WordId, WordPattern};

/// The trigger groups of a suite's facts.
#[derive(Debug, Default)]
pub struct Triggers {
    /// How many facts were given: their numbers are `0..facts`.
    facts: usize,
    /// Facts with a test without groups: judged in every document.
    always: Vec<u32>,
    /// Per test (a fact's, or its `against` table's): its fact and how many groups
    /// it has.
    tests: Vec<(u32, u32)>,
    /// Per group: its test.
    test_of: Vec<u32>,
    /// Stem number `s` → the groups it is a trigger of:
    /// `groups[starts[s]..starts[s + 1]]` (stem numbers are dense, and a suite's
    /// are given out first, so the table is short).
    starts: Vec<u32>,
    groups: Vec<u32>,
}

impl Triggers {
    /// The triggers of facts `facts` (claim index, fact index), numbered in order.
    pub fn of(suite: &Suite, facts: &[(usize, usize)]) -> Self {
        let mut t = Triggers {
            facts: facts.len(),
            ..Triggers::default()
        };
        let mut by_stem: Vec<(u32, u32)> = Vec::new();
        for (n, &(ci, fi)) in facts.iter().enumerate() {
            let f = &suite.claims[ci].facts[fi];
            let tests: Vec<Vec<Vec<u32>>> = std::iter::once(&f.test)
                .chain(&f.against)
                .map(|test| test_groups(suite, test))
                .collect();
            if tests.iter().any(Vec::is_empty) {
                t.always.push(n as u32);
                continue;
            }
            for groups in tests {
                let test = t.tests.len() as u32;
                t.tests.push((n as u32, groups.len() as u32));
                for mut stems in groups {
                    let group = t.test_of.len() as u32;
                    t.test_of.push(test);
                    stems.sort_unstable();
                    stems.dedup();
                    by_stem.extend(stems.into_iter().map(|s| (s, group)));
                }
            }
        }
        by_stem.sort_unstable();
        let len = by_stem.last().map_or(0, |&(s, _)| s as usize + 1);
        t.starts = vec![0; len + 1];
        for &(s, _) in &by_stem {
            t.starts[s as usize + 1] += 1;
        }
        for i in 0..len {
            t.starts[i + 1] += t.starts[i];
        }
        t.groups = by_stem.into_iter().map(|(_, g)| g).collect();
        t
    }

    /// The groups stem number `s` is a trigger of.
    fn groups_of(&self, s: u32) -> &[u32] {
        match (self.starts.get(s as usize), self.starts.get(s as usize + 1)) {
            (Some(&a), Some(&b)) => &self.groups[a as usize..b as usize],
            _ => &[],
        }
    }

    /// The numbers of the facts that can hold a window in `a`, ascending: every
    /// fact with a window there is among them.
    pub fn candidates(&self, a: &Analysis) -> Vec<u32> {
        let mut facts = vec![0u64; self.facts.div_ceil(64)];
        let mut set = |n: u32| facts[n as usize / 64] |= 1 << (n % 64);
        self.always.iter().for_each(|&n| set(n));
        let mut met = vec![0u64; self.test_of.len().div_ceil(64)];
        let mut groups_met = vec![0u32; self.tests.len()];
        for s in a.stem_ids() {
            for &g in self.groups_of(s) {
                let bit = 1 << (g % 64);
                if met[g as usize / 64] & bit != 0 {
                    continue;
                }
                met[g as usize / 64] |= bit;
                let test = self.test_of[g as usize] as usize;
                groups_met[test] += 1;
                let (fact, need) = self.tests[test];
                if groups_met[test] == need {
                    set(fact);
                }
            }
        }
        let mut out = Vec::new();
        for (i, mut word) in facts.into_iter().enumerate() {
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

/// The groups of test `t`: for each of its `all` phrase terms, and for its `any`
/// terms together when each is a phrase term, stems one of which a document needs
/// for the test to have a window there; none when nothing is known to be needed.
fn test_groups(suite: &Suite, t: &Test) -> Vec<Vec<u32>> {
    let mut groups: Vec<Vec<u32>> = t
        .all
        .iter()
        .filter_map(|id| term_triggers(suite, *id))
        .collect();
    let any: Option<Vec<u32>> =
        t.any
            .iter()
            .map(|id| term_triggers(suite, *id))
            .try_fold(Vec::new(), |mut all, stems| {
                all.extend(stems?);
                Some(all)
            });
    if let Some(any) = any.filter(|_| !t.any.is_empty()) {
        groups.push(any);
    }
    groups
}

/// One stem of each phrase of term `id` (its longest word, likely the rarest);
/// `None` for a regex or a phrase without a stemmed word.
fn term_triggers(suite: &Suite, id: TermId) -> Option<Vec<u32>> {
    let term = &suite.terms[id];
    let Matcher::Phrases(phrases) = &term.matcher else {
        return None;
    };
    if phrases.len() != term.phrase_ids.len() {
        return None;
    }
    phrases
        .iter()
        .zip(&term.phrase_ids)
        .map(|(words, ids)| {
            words
                .iter()
                .zip(ids)
                .filter_map(|(w, i)| match (w, i) {
                    (WordPattern::Stem(s), WordId::Stem(n)) => Some((s.len(), *n)),
                    _ => None,
                })
                .max_by_key(|(len, n)| (*len, std::cmp::Reverse(*n)))
                .map(|(_, n)| n)
        })
        .collect()
}
