//! The archive path of `check`: instead of holding every window of every fact, keep
//! per fact only tallies (windows and documents per stance, the supporting documents
//! as a bit set, the first documents of each stance), then re-read just the few
//! documents the first [`shown`](Tallied::shown) windows come from to quote them.
//! With the cache ([`super::cache`]), a document whose file is unchanged is not read:
//! its tallies come from the cache, and an edited claim's new facts are matched only
//! in the documents whose stems can hold their terms.
//!
//! The report equals the full path's ([`super::build_report`]) bounded to `shown`
//! windows per fact and stance, whatever the cache holds and however many threads
//! run: the tests compare them.

use super::cache::{
    self, BloomRef, DocEntry, Header, Meta, Reader, ShingleParts, Stamp, Tallies, Words,
};
use super::spill::{DocWindows, Sink};
use crate::corpus::{self, DocFile, Read};
use crate::diag::Diagnostic;
use crate::engine::matcher::{Tally, Triggers};
use crate::engine::model::Verdict;
use crate::engine::model::Within;
use crate::engine::sources::{self, FingerprintIndex, Overlap, Pair, Shingles, SourceDoc, Sources};
use crate::engine::terms::{Matcher, WordPattern};
use crate::engine::verdict::FactVerdict;
use crate::engine::{
    Analysis, DocMatcher, Evidence, EvidenceRef, Fact, Scope, Stance, Suite, Test,
};
use crate::report::{
    ClaimRecord, DocumentRecord, FactRecord, More, MoreSources, NearCopyRecord, Report,
    SourceRecord,
};
use crate::text::Token;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod delta;

/// Documents matched together: enough to keep both cores busy, few enough that
/// their analyses fit in memory at once.
const CHUNK: usize = 256;

/// The chunks of `n` documents: 16, 32, 64, 128, then [`CHUNK`] each, so that which
/// facts still need quoted windows is known after a few documents, not after 256
/// (every document of a chunk quotes the facts that needed windows before it).
fn chunks(n: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let (mut at, mut size) = (0, 16);
    while at < n {
        let end = (at + size).min(n);
        out.push(at..end);
        at = end;
        size = (size * 2).min(CHUNK);
    }
    out
}

/// Whether document `doc` is among the first documents of a stance of the tally
/// (the ones whose windows are quoted).
fn is_first(t: &FactTally, doc: u32) -> bool {
    [&t.supports.first, &t.against.first]
        .iter()
        .any(|f| f.last().is_some_and(|x| x.0 == doc))
}

/// How a tallied check runs.
#[derive(Debug, Clone)]
pub struct Tallied {
    /// The cache folder, or `None` to neither read nor write one.
    pub cache: Option<PathBuf>,
    /// Windows quoted per fact and stance.
    pub shown: usize,
    /// Told how many corpus files are done, of how many, as the run goes (the
    /// command line draws a progress bar with it on a terminal).
    pub progress: Option<Progress>,
    /// Read the cache but write nothing (`impact`: a corpus with articles that are
    /// not in it).
    pub read_only: bool,
}

/// The cache files every run reads, whatever the corpus holds, read while the
/// corpus is listed ([`Early::read`]): the cached documents, the facts' tallies (a
/// corpus state's, checked against the listing when it is known) and the quotes.
#[derive(Default)]
pub struct Early {
    docs: Option<(Header, Vec<DocEntry>)>,
    facts: Option<(Header, Vec<FactTally>)>,
    quotes: Option<Quotes>,
    /// Make every fact's tally by the fold, not by a delta ([`again`]).
    fold: bool,
}

impl Early {
    /// Reads what `how`'s cache folder holds (nothing without one).
    pub fn read(how: &Tallied) -> Early {
        Early::of(how.cache.as_deref())
    }

    /// Reads what cache folder `dir` holds (nothing without one).
    pub fn of(dir: Option<&Path>) -> Early {
        let Some(dir) = dir else {
            return Early::default();
        };
        let ((docs, facts), quotes) = rayon::join(
            || {
                rayon::join(
                    || cache::read_any::<DocEntry>(dir, "docs"),
                    || cache::read_any::<FactTally>(dir, "facts"),
                )
            },
            || Quotes::open(Some(dir)),
        );
        Early {
            docs,
            facts,
            quotes: Some(quotes),
            fold: false,
        }
    }

    /// The corpus's files as the cache last listed them (in id order, each with the
    /// stamp it had), as [`crate::corpus::find`] lists them under `paths` when
    /// nothing has changed: what [`check_cached`] checks while the corpus is listed.
    pub fn listed(&self, paths: &crate::Paths) -> Option<Vec<DocFile>> {
        let (_, entries) = self.docs.as_ref()?;
        Some(
            entries
                .iter()
                .map(|e| {
                    DocFile::listed(
                        paths,
                        e.key.as_str().into(),
                        e.id.clone(),
                        None,
                        Some(e.stamp),
                    )
                })
                .collect(),
        )
    }
}

/// A callback for progress: (files done, files in all).
#[derive(Clone)]
pub struct Progress(pub Arc<dyn Fn(usize, usize) + Send + Sync>);

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Progress")
    }
}

/// A fact's key: a hash of what decides its windows (its tests with their terms
/// spelt out, and how it reads negation), not where it is written, so editing one
/// claim leaves every other fact's key as it was.
pub fn fact_key(suite: &Suite, claim: usize, fact: usize) -> u64 {
    let f = &suite.claims[claim].facts[fact];
    let test = |t: &Test| {
        // the term as written and its compiled phrases or regex: not its stem
        // numbers, which depend on the order the suite's words were first met
        let terms = |ids: &[usize]| {
            ids.iter()
                .map(|i| (&suite.terms[*i].text, &suite.terms[*i].matcher))
                .collect::<Vec<_>>()
        };
        format!(
            "all {:?} any {:?} not {:?} date {:?} number {:?} counts {:?} within {:?}",
            terms(&t.all),
            terms(&t.any),
            terms(&t.not),
            t.date,
            t.number,
            terms(&t.counts),
            t.within
        )
    };
    let text = format!(
        "{} | against {} | negation {:?}",
        test(&f.test),
        f.against.as_ref().map(test).unwrap_or_default(),
        f.negation
    );
    cache::fnv(cache::FNV_START, text.as_bytes())
}

/// The suite's distinct facts: slot → key and one (claim, fact) that has it.
pub(super) struct Table {
    keys: Vec<u64>,
    pub(super) rep: Vec<(usize, usize)>,
    pub(super) slot_of: Vec<Vec<u32>>,
    by_key: HashMap<u64, u32>,
    /// Which slots a document can hold a window of, by its stems.
    triggers: Triggers,
    /// Each slot's fact, copied side by side in slot order: a document judges
    /// hundreds, and reaching each through its claim missed the caches.
    pub(super) facts: Vec<Fact>,
}

impl Table {
    /// The tallies `cached` of the facts `keys` (as `facts.bin` lists them) by this
    /// table's slot, and those of facts it does not have, with their keys.
    #[allow(clippy::type_complexity)]
    fn place(
        &self,
        keys: &[u64],
        cached: Vec<FactTally>,
    ) -> (Vec<Option<FactTally>>, Vec<(u64, FactTally)>) {
        let mut by_slot: Vec<Option<FactTally>> = vec![None; self.keys.len()];
        let mut stale = Vec::new();
        for (k, f) in keys.iter().zip(cached) {
            match self.by_key.get(k) {
                Some(s) => by_slot[*s as usize] = Some(f),
                None => stale.push((*k, f)),
            }
        }
        (by_slot, stale)
    }

    pub(super) fn of(suite: &Suite) -> Table {
        let mut t = Table {
            keys: Vec::new(),
            rep: Vec::new(),
            slot_of: Vec::new(),
            by_key: HashMap::default(),
            triggers: Triggers::default(),
            facts: Vec::new(),
        };
        for (ci, c) in suite.claims.iter().enumerate() {
            let mut slots = Vec::new();
            for fi in 0..c.facts.len() {
                let k = fact_key(suite, ci, fi);
                let slot = *t.by_key.entry(k).or_insert_with(|| {
                    t.keys.push(k);
                    t.rep.push((ci, fi));
                    (t.keys.len() - 1) as u32
                });
                slots.push(slot);
            }
            t.slot_of.push(slots);
        }
        t.triggers = Triggers::of(suite, &t.rep);
        t.facts = t
            .rep
            .iter()
            .map(|&(ci, fi)| suite.claims[ci].facts[fi].clone())
            .collect();
        t
    }
}

/// Whether a fact's windows can be in a document whose stems are `words`: some
/// window needs every `all` term and one `any` term, and a phrase needs each of its
/// stemmed words (prefixes and regexes are assumed possible). A test judged on
/// sentences needs them in one sentence (a window holds each hit whole).
pub(super) fn can_match(suite: &Suite, claim: usize, fact: usize, words: &Words) -> bool {
    let term = |id: &usize, stems: BloomRef| may_occur(suite, *id, stems);
    let within = |t: &Test, stems: BloomRef| {
        t.all.iter().all(|id| term(id, stems))
            && (t.any.is_empty() || t.any.iter().any(|id| term(id, stems)))
    };
    let test = |t: &Test| {
        within(t, words.doc.borrowed())
            && (t.within != Within::Sentence || words.sentences().any(|s| within(t, s)))
    };
    let f = &suite.claims[claim].facts[fact];
    test(&f.test) || f.against.as_ref().is_some_and(test)
}

/// Whether term `id` can occur where the stems are `stems`: a phrase needs each of
/// its stemmed words (prefixes and regexes are assumed possible).
pub(super) fn may_occur(suite: &Suite, id: usize, stems: BloomRef) -> bool {
    match &suite.terms[id].matcher {
        Matcher::Regex(_) => true,
        Matcher::Phrases(ps) => ps.iter().any(|p| {
            p.iter().all(|w| match w {
                WordPattern::Stem(s) => stems.may_hold(s),
                WordPattern::Prefix(_) => true,
            })
        }),
    }
}

/// Per corpus file (by index in `files`), what `say` says of the stems the cache in
/// `dir` keeps of it; `None` for a file the cache does not know as it is now
/// (another stamp, a stamp too recent to trust, not in the cache, no cache), so that
/// only a file as the cache saw it is judged by its stems.
pub(super) fn by_stems<T: Send>(
    dir: Option<&Path>,
    files: &[DocFile],
    stamps: &[Option<Stamp>],
    say: &(dyn Fn(&Words) -> T + Sync),
) -> Vec<Option<T>> {
    let mut out: Vec<Option<T>> = files.iter().map(|_| None).collect();
    let Some((header, entries)) = dir.and_then(|d| cache::read_any::<DocEntry>(d, "docs")) else {
        return out;
    };
    let Some(mut words) = dir.and_then(|d| Reader::open(d, "words", Some(header.generation)))
    else {
        return out;
    };
    let at: HashMap<String, usize> = files
        .iter()
        .enumerate()
        .map(|(i, f)| (f.fs_path.to_string_lossy().into_owned(), i))
        .collect();
    // which file each record describes, if it describes it as it is now
    let file_of: Vec<Option<usize>> = entries
        .iter()
        .map(|e| {
            let i = *at.get(&e.key)?;
            (stamps.get(i).copied().flatten() == Some(e.stamp)
                && e.stamp.trusted(header.run)
                && e.meta.is_some())
            .then_some(i)
        })
        .collect();
    for chunk in file_of.chunks(CHUNK) {
        let Some(read) = words.next::<Words>(chunk.len()) else {
            break;
        };
        let said: Vec<(usize, T)> = chunk
            .par_iter()
            .zip(&read)
            .filter_map(|(i, w)| i.map(|i| (i, say(w))))
            .collect();
        for (i, t) in said {
            out[i] = Some(t);
        }
    }
    out
}

/// Per document of `pass`, whether it may have a window of a fact `kept` (slot →
/// place among the facts kept), when the cache served the whole pass (`None`
/// otherwise: the pass read or took each document's tallies itself). Exact for the
/// facts `tallies.bin` counts; for a fact tallied since (a new or edited claim,
/// which only `facts.bin` holds), the documents whose stems can hold it; every
/// document when the cache cannot say.
pub(super) fn cached_windows(
    suite: &Suite,
    table: &Table,
    pass: &Pass,
    dir: Option<&Path>,
    kept: &[Option<u32>],
) -> Option<Vec<bool>> {
    let generation = pass.served_by?;
    let n = pass.docs.len();
    let all = vec![true; n];
    let Some(dir) = dir else {
        return Some(all);
    };
    let read = || -> Option<Vec<bool>> {
        let mut out = vec![false; n];
        let mut tallies = Reader::open(dir, "tallies", Some(generation))?;
        // the cache's slots of the facts kept, and the facts kept it has no slot for
        let mut covered = vec![false; table.keys.len()];
        let old: Vec<bool> = tallies
            .header
            .facts
            .iter()
            .map(|k| {
                table.by_key.get(k).is_some_and(|s| {
                    covered[*s as usize] = true;
                    kept[*s as usize].is_some()
                })
            })
            .collect();
        let mut at = 0;
        while at < n {
            let end = (at + CHUNK).min(n);
            let got: Vec<Tallies> = tallies.next(end - at)?;
            for (i, t) in (at..end).zip(got) {
                out[i] = t
                    .iter()
                    .any(|(s, a, b)| old.get(*s as usize).copied().unwrap_or(true) && a + b > 0);
            }
            at = end;
        }
        let new: Vec<u32> = (0..table.keys.len() as u32)
            .filter(|s| kept[*s as usize].is_some() && !covered[*s as usize])
            .collect();
        if !new.is_empty() {
            let mut words = Reader::open(dir, "words", Some(generation))?;
            let mut at = 0;
            while at < n {
                let end = (at + CHUNK).min(n);
                let blooms: Vec<Words> = words.next(end - at)?;
                let can: Vec<bool> = blooms
                    .par_iter()
                    .map(|b| {
                        new.iter().any(|s| {
                            let (ci, fi) = table.rep[*s as usize];
                            can_match(suite, ci, fi, b)
                        })
                    })
                    .collect();
                for (i, c) in (at..end).zip(can) {
                    out[i] |= c;
                }
                at = end;
            }
        }
        Some(out)
    };
    Some(read().unwrap_or(all))
}

/// A set of documents by index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bits(Vec<u64>);

/// As written: the set's words as bytes (postcard would write each 64-bit word as
/// a varint of up to 10 bytes, and decode it a byte at a time), or, when that is
/// smaller, the gaps between its members (most facts hold in few documents).
#[derive(Serialize, Deserialize)]
enum BitsRecord {
    Words(#[serde(with = "cache::as_bytes")] Vec<u8>),
    Gaps { words: u32, gaps: Vec<u32> },
}

impl Serialize for Bits {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let ones: usize = self.0.iter().map(|w| w.count_ones() as usize).sum();
        // a gap takes one to three bytes; a word eight
        let record = if ones * 2 < self.0.len() * 8 {
            let mut last = 0;
            let gaps = self
                .ones()
                .map(|i| {
                    let gap = (i - last) as u32;
                    last = i;
                    gap
                })
                .collect();
            BitsRecord::Gaps {
                words: self.0.len() as u32,
                gaps,
            }
        } else {
            BitsRecord::Words(cache::to_bytes(&self.0))
        };
        record.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Bits {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let bad = || <D::Error as serde::de::Error>::custom("damaged document set");
        match BitsRecord::deserialize(d)? {
            BitsRecord::Words(bytes) => cache::from_bytes(&bytes).map(Bits).ok_or_else(bad),
            BitsRecord::Gaps { words, gaps } => {
                // a set of more than a billion documents is damage, not a corpus
                if words > 1 << 24 {
                    return Err(bad());
                }
                let mut b = Bits(vec![0; words as usize]);
                let mut at = 0usize;
                for gap in gaps {
                    at = at.checked_add(gap as usize).ok_or_else(bad)?;
                    if at / 64 >= b.0.len() {
                        return Err(bad());
                    }
                    b.0[at / 64] |= 1 << (at % 64);
                }
                Ok(b)
            }
        }
    }
}

impl Bits {
    fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn set(&mut self, i: usize) {
        if i / 64 >= self.0.len() {
            self.0.resize(i / 64 + 1, 0);
        }
        self.0[i / 64] |= 1 << (i % 64);
    }
    pub(super) fn has(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// The set of `n` members with each member `i` moved to `to[i]` (`to` strictly
    /// increasing, as when documents join a corpus in id order): a word of members
    /// that all move by the same amount moves whole.
    fn moved(&self, n: usize, to: &[usize]) -> Bits {
        let mut out = Bits::new(n);
        for (w, &word) in self.0.iter().enumerate() {
            let lo = w * 64;
            let hi = (lo + 64).min(to.len());
            if word == 0 || hi <= lo {
                continue;
            }
            // `to[i] - i` never decreases: equal at both ends, equal between
            let shift = to[lo] - lo;
            if to[hi - 1] - (hi - 1) == shift {
                let word = if hi - lo == 64 {
                    word
                } else {
                    word & ((1 << (hi - lo)) - 1)
                };
                let at = lo + shift;
                let (k, r) = (at / 64, at % 64);
                out.0[k] |= word << r;
                if r != 0 && word >> (64 - r) != 0 {
                    out.0[k + 1] |= word >> (64 - r);
                }
            } else {
                let mut rest = word;
                while rest != 0 {
                    let i = lo + rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    if let Some(&p) = to.get(i) {
                        out.set(p);
                    }
                }
            }
        }
        out
    }

    /// The set of `n` members with each member `i` moved to `to[i]`, or dropped
    /// where that is `None` (documents removed and added, the rest in order):
    /// `whole[w]` says where word `w` lands when its members all move together
    /// ([`delta::Moves`]), else they move one by one.
    fn renumbered(&self, n: usize, to: &[Option<u32>], whole: &[Option<usize>]) -> Bits {
        let mut out = Bits::new(n);
        for (w, &word) in self.0.iter().enumerate() {
            let lo = w * 64;
            if word == 0 || lo >= to.len() {
                continue;
            }
            match whole.get(w).copied().flatten() {
                Some(at) => {
                    let width = (to.len() - lo).min(64);
                    let word = if width == 64 {
                        word
                    } else {
                        word & ((1 << width) - 1)
                    };
                    let (k, r) = (at / 64, at % 64);
                    out.0[k] |= word << r;
                    if r != 0 && word >> (64 - r) != 0 {
                        out.0[k + 1] |= word >> (64 - r);
                    }
                }
                None => {
                    let mut rest = word;
                    while rest != 0 {
                        let i = lo + rest.trailing_zeros() as usize;
                        rest &= rest - 1;
                        if let Some(Some(p)) = to.get(i) {
                            out.set(*p as usize);
                        }
                    }
                }
            }
        }
        out
    }

    fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(w, &b)| {
            // one step per bit set, not per bit
            let mut rest = b;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let i = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    w * 64 + i
                })
            })
        })
    }
    fn and(&mut self, other: &Bits) {
        for (i, w) in self.0.iter_mut().enumerate() {
            *w &= other.0.get(i).copied().unwrap_or(0);
        }
    }
    fn or(&mut self, other: &Bits) {
        if other.0.len() > self.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (i, w) in other.0.iter().enumerate() {
            self.0[i] |= w;
        }
    }
}

/// One stance's tally of a fact over the corpus.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct StanceTally {
    pub windows: u64,
    pub documents: u64,
    /// The first documents with windows of this stance, in id order, with how many,
    /// until they hold `shown` windows.
    pub first: Vec<(u32, u32)>,
}

impl StanceTally {
    fn add(&mut self, doc: u32, n: u32, shown: usize) {
        if n == 0 {
            return;
        }
        if self.windows < shown as u64 {
            self.first.push((doc, n));
        }
        self.windows += u64::from(n);
        self.documents += 1;
    }
}

/// A fact's tally over the corpus.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct FactTally {
    pub supports: StanceTally,
    pub against: StanceTally,
    pub supporters: Bits,
}

impl FactTally {
    /// Whether a stance has fewer windows than are shown.
    fn needs(&self, shown: usize) -> [bool; 2] {
        [
            self.supports.windows < shown as u64,
            self.against.windows < shown as u64,
        ]
    }

    fn add(&mut self, doc: u32, supports: u32, against: u32, shown: usize) {
        self.supports.add(doc, supports, shown);
        self.against.add(doc, against, shown);
        if supports > 0 {
            self.supporters.set(doc as usize);
        }
    }

    pub(super) fn verdict(&self) -> FactVerdict {
        match (self.supports.windows > 0, self.against.windows > 0) {
            (true, false) => FactVerdict::Supported,
            (false, true) => FactVerdict::Contradicted,
            (true, true) => FactVerdict::Disputed,
            (false, false) => FactVerdict::Missing,
        }
    }
}

/// The windows of every fact slot in `slots` in one analysed document.
/// The windows of every fact slot in `slots` in one analysed document, and the
/// first `shown` of each stance of the slots whose corpus-wide tally still `need`s
/// windows to show.
fn tally_doc(
    table: &Table,
    m: &DocMatcher,
    slots: &[u32],
    need: &[[bool; 2]],
    shown: usize,
    every: Option<&[Option<u32>]>,
) -> (Tallies, Vec<QuotesOf>, Option<DocWindows>) {
    let mut out = Vec::new();
    let mut quotes = Vec::new();
    let mut windows = every.map(|_| DocWindows::default());
    for &s in slots {
        let fact = &table.facts[s as usize];
        let [ns, na] = need.get(s as usize).copied().unwrap_or_default();
        let quotable = |t: Tally| (ns && t.supports > 0) || (na && t.against > 0);
        // a fact whose every window the report keeps: its evidence, counted
        let kept = every.and_then(|p| p.get(s as usize).copied().flatten());
        // evidence (quotes, line:col, reasons) is made only where a stance still
        // short of `shown` windows has some here: most documents only count
        let counted = (kept.is_none() && (!ns || !na)).then(|| m.tally_of(fact));
        if let Some(t) = counted.filter(|t| !quotable(*t)) {
            if t.supports > 0 || t.against > 0 {
                out.push((s, t.supports, t.against));
            }
            continue;
        }
        // every window of a fact the report keeps goes to its file as it is found;
        // the first `shown` of each stance still short of them are kept as quotes
        let mut file = kept.zip(windows.as_mut());
        let (mut sup, mut ag, mut first) = (0u32, 0u32, Vec::new());
        m.each_evidence_of(fact, |e| {
            let (n, needed) = match e.stance {
                Stance::Supports => (&mut sup, ns),
                Stance::Against => (&mut ag, na),
            };
            *n += 1;
            if needed && *n as usize <= shown {
                first.push(Stored::of_ref(e));
            }
            if let Some((k, w)) = &mut file {
                w.add_one(*k, e);
            }
        });
        if sup > 0 || ag > 0 {
            out.push((s, sup, ag));
            // only the stances whose tally is still short of `shown` windows
            if (ns && sup > 0) || (na && ag > 0) {
                quotes.push((s, [ns, na], first));
            }
        }
    }
    (out, quotes, windows)
}

/// The first `shown` windows of each stance, in order.
fn first_per_stance(ev: Vec<Evidence>, shown: usize) -> Vec<Evidence> {
    let mut n = [0usize; 2];
    ev.into_iter()
        .filter(|e| {
            let k = usize::from(e.stance == Stance::Against);
            n[k] += 1;
            n[k] <= shown
        })
        .collect()
}

/// A fact slot's first windows in one document, of the stances marked.
type QuotesOf = (u32, [bool; 2], Vec<Stored>);

/// A window as the quote cache keeps it: everything but the document's names, which
/// come from this run's listing and sources.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Stored {
    against: bool,
    span: [usize; 6],
    quote: String,
    hits: Vec<(String, [usize; 4])>,
    reason: Option<String>,
}

impl Stored {
    pub(super) fn of(e: &Evidence) -> Stored {
        Stored {
            against: e.stance == Stance::Against,
            span: [e.start, e.end, e.line, e.col, e.end_line, e.end_col],
            quote: e.quote.to_string(),
            hits: e
                .hits
                .iter()
                .map(|h| (h.term.to_string(), [h.start, h.end, h.line, h.col]))
                .collect(),
            reason: e.reason.clone(),
        }
    }

    pub(super) fn of_ref(e: &EvidenceRef) -> Stored {
        Stored {
            against: e.stance == Stance::Against,
            span: e.span,
            quote: e.quote.to_string(),
            hits: e.hits.iter().map(|h| (h.term.to_string(), h.at)).collect(),
            reason: e.reason.map(str::to_string),
        }
    }

    pub(super) fn evidence(&self, doc: &Arc<str>, path: &Arc<Path>, source: &Arc<str>) -> Evidence {
        let [start, end, line, col, end_line, end_col] = self.span;
        Evidence {
            doc: doc.clone(),
            path: path.clone(),
            source: source.clone(),
            stance: if self.against {
                Stance::Against
            } else {
                Stance::Supports
            },
            start,
            end,
            line,
            col,
            end_line,
            end_col,
            quote: self.quote.as_str().into(),
            hits: self
                .hits
                .iter()
                .map(|(term, [start, end, line, col])| crate::engine::Hit {
                    term: term.as_str().into(),
                    start: *start,
                    end: *end,
                    line: *line,
                    col: *col,
                })
                .collect(),
            reason: self.reason.clone(),
        }
    }
}

/// What re-reading a document for new facts gives: tallies, whether it was read, and
/// the windows to quote.
type NewFacts = (Tallies, bool, Vec<QuotesOf>);

/// What the quote cache gave one claim: each fact's windows, the (fact key,
/// document) quotes used, and the (document, fact) pairs it lacked.
#[derive(Default)]
struct FirstWindows {
    windows: Vec<Vec<Evidence>>,
    used: Vec<(u64, usize)>,
    wanted: Vec<(usize, usize)>,
}

/// Windows of (claim's place in `selected`, fact) pairs in one document.
type Quoted = Vec<((usize, usize), Vec<Evidence>)>;

/// The quoted windows of facts in documents, kept across runs: per fact key, each
/// document's key, its stamp, and the first windows of each stance there (a fact
/// has a few documents: those first of a stance).
#[derive(Default)]
struct Quotes {
    pool: HashMap<u64, Vec<Quote>>,
    /// Something was put since the file was read: it must be written again.
    changed: bool,
}

struct Quote {
    doc: String,
    stamp: Stamp,
    stances: [bool; 2],
    ev: Vec<Stored>,
    /// This run showed it.
    used: bool,
}

type QuoteRecord = (u64, String, Stamp, [bool; 2], Vec<Stored>);

impl Quotes {
    fn open(dir: Option<&Path>) -> Quotes {
        let mut q = Quotes::default();
        // a damaged file gives no quotes (they are read from the articles again)
        let records = dir
            .and_then(|d| Reader::open(d, "quotes", None))
            .and_then(|r| r.rest::<QuoteRecord>());
        for (f, doc, stamp, stances, ev) in records.into_iter().flatten() {
            q.pool.entry(f).or_default().push(Quote {
                doc,
                stamp,
                stances,
                ev,
                used: false,
            });
        }
        q
    }

    /// Keeps `ev`, the windows of the `stances` marked of fact `fact` in document
    /// `doc` (all of them when both are marked).
    fn put(&mut self, fact: u64, doc: &str, stamp: Stamp, stances: [bool; 2], ev: Vec<Stored>) {
        self.changed = true;
        let q = Quote {
            doc: doc.to_string(),
            stamp,
            stances,
            ev,
            used: false,
        };
        match self.find_mut(fact, doc) {
            Some(old) => *old = q,
            None => self.pool.entry(fact).or_default().push(q),
        }
    }

    fn find(&self, fact: u64, doc: &str) -> Option<&Quote> {
        self.pool.get(&fact)?.iter().find(|q| q.doc == doc)
    }

    fn find_mut(&mut self, fact: u64, doc: &str) -> Option<&mut Quote> {
        self.pool.get_mut(&fact)?.iter_mut().find(|q| q.doc == doc)
    }

    /// The windows kept of fact `fact` in document `doc`, if they are of this
    /// version of the document and hold every stance `needed`.
    fn get(
        &self,
        fact: u64,
        doc: &str,
        stamp: Option<Stamp>,
        needed: [bool; 2],
    ) -> Option<&Vec<Stored>> {
        let q = self.find(fact, doc)?;
        let has = q.stances;
        if Some(q.stamp) != stamp || (needed[0] && !has[0]) || (needed[1] && !has[1]) {
            return None;
        }
        Some(&q.ev)
    }

    /// Marks the windows of fact `fact` in document `doc` as shown this run.
    fn use_(&mut self, fact: u64, doc: &str) {
        if let Some(q) = self.find_mut(fact, doc) {
            q.used = true;
        }
    }

    /// Keeps what this run showed, and what it did not look at of facts still in
    /// the suite.
    fn save(self, dir: &Path, keep: &dyn Fn(u64) -> bool) -> std::io::Result<()> {
        let kept = |f: u64, q: &Quote| q.used || keep(f);
        let dropped = self
            .pool
            .iter()
            .any(|(f, l)| l.iter().any(|q| !kept(*f, q)));
        if !self.changed && !dropped {
            // the file holds these already; freeing them costs a warm run time
            super::drop_aside(self);
            return Ok(());
        }
        let mut records: Vec<QuoteRecord> = self
            .pool
            .into_iter()
            .flat_map(|(f, l)| {
                l.into_iter()
                    .filter(move |q| kept(f, q))
                    .map(move |q| (f, q.doc, q.stamp, q.stances, q.ev))
            })
            .collect();
        records.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        cache::write_all(dir, Header::new("quotes", 0, cache::now()), &records)
    }
}

/// How a file's tallies were had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Got {
    Read,
    ReadForNewFacts,
    Cached,
}

/// What one corpus file gave this run.
struct DocOut {
    got: Got,
    entry: DocEntry,
    /// Windows per fact slot of this run's table (empty for a skipped file).
    tallies: Tallies,
    words: Rec<Words>,
    shingles: ShingleParts,
    /// `shingles` as the cache held them, when they came from it.
    shingles_kept: Option<Vec<u8>>,
    /// `tallies` as the cache held them, when they are those.
    tallies_kept: Option<Vec<u8>>,
    warning: Option<Diagnostic>,
    /// The first windows of the facts whose tally still needs some to show.
    quotes: Vec<QuotesOf>,
    /// Every window of the facts the report keeps every window of, when the file
    /// was read for every fact ([`super::every`]).
    windows: Option<DocWindows>,
}

/// A cache record of one document: made this run, or kept as the cache held it
/// (its bytes: decoded only where needed, written back as they are).
enum Rec<T> {
    Made(T),
    Kept(Vec<u8>),
}

/// The cache's fact slots → this run's, made once per run and shared by every file.
struct Slots {
    /// Each slot of the cache's table: this run's, if this run has the fact.
    to: Vec<Option<u32>>,
    /// This run's slots that no slot of the cache's is: facts it has no tally for.
    uncovered: Vec<u32>,
    /// The tables are the same: a file's tallies are as the cache wrote them.
    same: bool,
}

impl Slots {
    fn new(to: Vec<Option<u32>>, table: &Table) -> Slots {
        let mut covered = vec![false; table.keys.len()];
        for n in to.iter().flatten() {
            covered[*n as usize] = true;
        }
        let same = to.len() == table.keys.len()
            && to.iter().enumerate().all(|(i, n)| *n == Some(i as u32));
        Slots {
            uncovered: (0..table.keys.len() as u32)
                .filter(|s| !covered[*s as usize])
                .collect(),
            to,
            same,
        }
    }
}

type Remap = Arc<Slots>;

/// What the cache says about one file, when its stamp matches: its records as
/// read, decoded by the thread that takes the file.
struct Known {
    entry: DocEntry,
    tallies: Option<(Vec<u8>, Remap)>,
    words: Option<Vec<u8>>,
    shingles: Option<Vec<u8>>,
}

fn meta_of(doc: &crate::engine::Document) -> Meta {
    let r = DocumentRecord::of(doc);
    Meta {
        title: r.title,
        outlet: r.outlet,
        url: r.url,
        published: r.published,
        via: r.via,
        source_key: doc.source_key(),
    }
}

/// Reads and matches one file: every slot in `slots`; and every window of the facts
/// `every` keeps (slot → place), if given.
#[allow(clippy::too_many_arguments)]
fn read_doc(
    suite: &Suite,
    table: &Table,
    file: &DocFile,
    stamp: Stamp,
    slots: &[u32],
    need: &[[bool; 2]],
    shown: usize,
    every: Option<&[Option<u32>]>,
) -> Result<DocOut, Diagnostic> {
    let got = Got::Read;
    let entry = |meta| DocEntry {
        key: file.fs_path.to_string_lossy().into_owned(),
        stamp,
        id: file.id.clone(),
        meta,
    };
    let doc = match corpus::read(file)? {
        Read::Document(doc) => doc,
        Read::Skipped(w) => {
            return Ok(DocOut {
                got,
                entry: entry(None),
                tallies: Vec::new(),
                words: Rec::Made(Words::default()),
                shingles: Default::default(),
                shingles_kept: None,
                tallies_kept: None,
                warning: Some(w),
                quotes: Vec::new(),
                windows: None,
            });
        }
    };
    let a = Analysis::new(&doc);
    let m = DocMatcher::new(suite, &a);
    // the slots the document cannot hold a window of would tally nothing
    let slots = table.triggers.among(&a, slots);
    let (tallies, quotes, windows) = tally_doc(table, &m, &slots, need, shown, every);
    let mut stems = a.distinct_stem_hashes();
    stems.sort_unstable();
    stems.dedup();
    let sentences = a
        .sentences
        .iter()
        .map(|s| a.tokens[s.tokens.clone()].iter().map(Token::stem_hash));
    let fingerprints = Shingles::fingerprints_of_tokens(&a.tokens);
    Ok(DocOut {
        got,
        entry: entry(Some(meta_of(&doc))),
        tallies,
        words: Rec::Made(Words::of(&stems, sentences)),
        // fingerprints only: near-copy candidates are read again for their hashes
        shingles: (Vec::new(), fingerprints),
        shingles_kept: None,
        tallies_kept: None,
        warning: None,
        quotes,
        windows,
    })
}

/// One file of this run: from the cache if it can be, else read.
#[allow(clippy::too_many_arguments)]
fn one_file(
    suite: &Suite,
    table: &Table,
    all_slots: &[u32],
    file: &DocFile,
    stamp: Option<Stamp>,
    known: Option<Known>,
    need: &[[bool; 2]],
    shown: usize,
    every: Option<&[Option<u32>]>,
) -> Result<DocOut, Diagnostic> {
    let fresh = |stamp| read_doc(suite, table, file, stamp, all_slots, need, shown, every);
    let (Some(stamp), Some(k)) = (stamp, known) else {
        return fresh(stamp.unwrap_or_default());
    };
    let (Some((old, remap)), Some(words), Some(shingles)) = (k.tallies, k.words, k.shingles) else {
        return fresh(stamp);
    };
    if k.entry.meta.is_none() {
        // skipped as binary: read again for its warning
        return fresh(stamp);
    }
    let raw_tallies = old;
    let (Some(old), Some(parts)) = (
        cache::decode_record::<Tallies>(&raw_tallies),
        cache::decode_record::<ShingleParts>(&shingles),
    ) else {
        return fresh(stamp);
    };
    let mut tallies: Tallies = if remap.same {
        // as written, if every slot is one of this run's (damage that still
        // decodes is read again)
        if old.iter().any(|t| t.0 as usize >= table.keys.len()) {
            return fresh(stamp);
        }
        old
    } else {
        old.into_iter()
            .filter_map(|(s, a, b)| {
                remap
                    .to
                    .get(s as usize)
                    .copied()
                    .flatten()
                    .map(|n| (n, a, b))
            })
            .collect()
    };
    // this run's facts the cache has no tally for, that can occur here
    debug_assert_eq!(all_slots.len(), table.keys.len());
    let mut missing: Vec<u32> = remap.uncovered.clone();
    if !missing.is_empty() {
        let Some(words) = cache::decode_record::<Words>(&words) else {
            return fresh(stamp);
        };
        missing.retain(|s| {
            let (ci, fi) = table.rep[*s as usize];
            can_match(suite, ci, fi, &words)
        });
    }
    let mut got = Got::Cached;
    let mut quotes = Vec::new();
    // tallies as the cache wrote them are written back as they were
    let tallies_kept = (remap.same && missing.is_empty()).then_some(raw_tallies);
    if !missing.is_empty() {
        let out = read_doc(suite, table, file, stamp, &missing, need, shown, None)?;
        tallies.extend(out.tallies);
        tallies.sort_unstable_by_key(|t| t.0);
        quotes = out.quotes;
        got = Got::ReadForNewFacts;
    }
    Ok(DocOut {
        got,
        entry: k.entry,
        tallies,
        tallies_kept,
        words: Rec::Kept(words),
        shingles: parts,
        shingles_kept: Some(shingles),
        warning: None,
        quotes,
        windows: None,
    })
}

/// The cache as a previous run left it: its files, and each file's entry by key.
struct Old {
    run: (i64, u32),
    generation: u64,
    entries: Vec<DocEntry>,
    /// Each entry by a hash of its key, built when first needed: a run over an
    /// unchanged corpus never looks up by key. (Hashes, not the keys: 68,683 keys
    /// copied took 40 ms; a lookup compares the key it finds.)
    by_key: std::sync::OnceLock<HashMap<u64, u32>>,
    /// Old table slot → this run's slot.
    remap: Remap,
    tallies: Option<Reader>,
    words: Option<Reader>,
    shingles: Option<Reader>,
}

impl Old {
    fn open(dir: &Path, table: &Table) -> Option<Old> {
        Old::with_docs(dir, table, None)
    }

    /// [`Old::open`] with `docs.bin` already read (`None`: read it now).
    fn with_docs(dir: &Path, table: &Table, docs: Option<(Header, Vec<DocEntry>)>) -> Option<Old> {
        let (header, entries) = docs.or_else(|| cache::read_any(dir, "docs"))?;
        let (g, run) = (header.generation, header.run);
        let tallies = Reader::open(dir, "tallies", Some(g));
        let to = tallies.as_ref().map_or_else(Vec::new, |t| {
            t.header
                .facts
                .iter()
                .map(|k| table.by_key.get(k).copied())
                .collect()
        });
        let remap = Slots::new(to, table);
        Some(Old {
            run,
            generation: g,
            by_key: std::sync::OnceLock::new(),
            entries,
            remap: Arc::new(remap),
            tallies,
            words: Reader::open(dir, "words", Some(g)),
            shingles: Reader::open(dir, "shingles", Some(g)),
        })
    }

    /// The entry of the file read at `key`.
    fn at_key(&self, key: &str) -> Option<usize> {
        let hash = |k: &str| {
            use std::hash::{BuildHasher, BuildHasherDefault};
            BuildHasherDefault::<rustc_hash::FxHasher>::default().hash_one(k)
        };
        let by_key = self.by_key.get_or_init(|| {
            let mut map = HashMap::default();
            map.reserve(self.entries.len());
            for (i, e) in self.entries.iter().enumerate() {
                // (two keys of one hash: the second is not found, and read again)
                map.entry(hash(&e.key)).or_insert(i as u32);
            }
            map
        });
        let i = *by_key.get(&hash(key))? as usize;
        (self.entries[i].key == key).then_some(i)
    }

    /// Whether entry `i` is file `f` as it is now (stamp `s`): same stamp, trusted,
    /// same id; its records then stand for the file.
    fn keeps(&self, i: usize, f: &DocFile, s: Option<Stamp>) -> bool {
        let e = &self.entries[i];
        Some(e.stamp) == s && e.stamp.trusted(self.run) && e.id == f.id
    }

    /// Whether the cache saw `files` as they are: every file there, in order, with
    /// its stamp, trusted, and read (not skipped).
    fn describes(&self, files: &[DocFile], stamps: &[Option<Stamp>]) -> bool {
        self.entries.len() == files.len()
            && files
                .iter()
                .zip(&self.entries)
                .zip(stamps)
                .all(|((f, e), s)| {
                    e.key == f.fs_path.to_string_lossy()
                        && Some(e.stamp) == *s
                        && e.stamp.trusted(self.run)
                        && e.meta.is_some()
                })
    }

    /// Record `i` of each parallel file (records before it are skipped; `i` only
    /// grows).
    fn take(&mut self, i: usize) -> Known {
        let nth = |r: &mut Option<Reader>| r.as_mut()?.read_raw_at(i);
        let tallies = nth(&mut self.tallies);
        Known {
            entry: self.entries[i].clone(),
            tallies: tallies.map(|t| (t, self.remap.clone())),
            words: nth(&mut self.words),
            shingles: nth(&mut self.shingles),
        }
    }
}

/// One document's records of `docs`, `tallies`, `words` and `shingles`.
type Encoded = [Vec<u8>; 4];

/// What the cache knows of a chunk of files: each one's records, when its entry's
/// stamp is the file's and trusted, and that entry's index.
type KnownChunk = (Vec<Option<Known>>, Vec<Option<usize>>);

/// The new cache files, written as the run goes.
struct New {
    generation: u64,
    docs: cache::Writer,
    tallies: cache::Writer,
    words: cache::Writer,
    shingles: cache::Writer,
}

impl New {
    fn create(dir: &Path, table: &Table, run: (i64, u32), n: usize) -> std::io::Result<New> {
        let generation = cache::fnv(
            cache::fnv(cache::FNV_START, &run.0.to_le_bytes()),
            &[run.1.to_le_bytes(), std::process::id().to_le_bytes()].concat(),
        );
        let mk = |kind: &str, facts: Vec<u64>| -> std::io::Result<cache::Writer> {
            let mut w = cache::Writer::create(
                dir,
                Header {
                    facts,
                    ..Header::new(kind, generation, run)
                },
            )?;
            w.begin(n as u64)?;
            Ok(w)
        };
        Ok(New {
            generation,
            docs: mk("docs", Vec::new())?,
            tallies: mk("tallies", table.keys.clone())?,
            words: mk("words", Vec::new())?,
            shingles: mk("shingles", Vec::new())?,
        })
    }

    /// A document's records, as [`New::put`] writes them: made by the thread that
    /// made the document (its records from the cache as they were read), so the
    /// writer only copies bytes. Leaves `d.words` empty.
    fn encode(d: &mut DocOut) -> std::io::Result<Encoded> {
        let words = match std::mem::replace(&mut d.words, Rec::Kept(Vec::new())) {
            Rec::Made(w) => cache::encode_record(&w)?,
            Rec::Kept(bytes) => bytes,
        };
        let shingles = match d.shingles_kept.take() {
            Some(bytes) => bytes,
            None => cache::encode_record(&d.shingles)?,
        };
        let tallies = match d.tallies_kept.take() {
            Some(bytes) => bytes,
            None => cache::encode_record(&d.tallies)?,
        };
        Ok([cache::encode_record(&d.entry)?, tallies, words, shingles])
    }

    fn put(&mut self, d: &Encoded) -> std::io::Result<()> {
        self.docs.put_raw(&d[0])?;
        self.tallies.put_raw(&d[1])?;
        self.words.put_raw(&d[2])?;
        self.shingles.put_raw(&d[3])
    }

    fn finish(self) -> std::io::Result<()> {
        // the three record files at once (each waits for its own data to reach the
        // disk), docs.bin last: the others are of its generation
        let New {
            docs,
            tallies,
            words,
            shingles,
            ..
        } = self;
        std::thread::scope(|scope| {
            let writing: Vec<_> = [tallies, words, shingles]
                .into_iter()
                .map(|w| scope.spawn(move || w.finish()))
                .collect();
            writing.into_iter().try_for_each(|w| {
                w.join()
                    .unwrap_or_else(|_| Err(std::io::Error::other("cache writer stopped")))
            })
        })?;
        docs.finish()
    }
}

/// A document of this run, by index among the documents read (skipped files have
/// none).
pub(super) struct Doc {
    pub(super) file: usize,
    /// The front matter the report shows of a cited document (outlet and via are
    /// the source's): its record is made only if some evidence cites it.
    title: Option<String>,
    url: Option<String>,
    published: Option<String>,
    source: SourceDoc,
}

impl Doc {
    pub(super) fn id(&self) -> &str {
        &self.source.id
    }

    /// The document's record in a report, its path as `files` lists it.
    pub(super) fn record(&self, files: &[DocFile]) -> DocumentRecord {
        DocumentRecord {
            id: self.id().to_string(),
            path: crate::paths::slashed(&files[self.file].path),
            title: self.title.clone(),
            outlet: self.source.outlet.clone(),
            url: self.url.clone(),
            published: self.published.clone(),
            via: self.source.via.clone(),
        }
    }
}

/// The key of a corpus state: every file's key and stamp, in id order.
fn corpus_key(files: &[DocFile], stamps: &[Option<Stamp>]) -> u64 {
    use std::hash::{Hash, Hasher};
    // FxHash: a key for this build's cache only (the header names the build), and
    // far cheaper than FNV byte by byte over every path
    let mut h = rustc_hash::FxHasher::default();
    for (f, s) in files.iter().zip(stamps) {
        f.fs_path.as_os_str().as_encoded_bytes().hash(&mut h);
        f.id.hash(&mut h);
        s.hash(&mut h);
    }
    h.finish()
}

/// Where this run's documents came from: what the cache saved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Documents read and matched against every fact.
    pub read: usize,
    /// Documents read to match only the facts the cache had no tally for.
    pub read_for_new_facts: usize,
    /// Documents not read: the cache's tallies stood for them.
    pub from_cache: usize,
    /// Documents read again to quote the windows shown.
    pub quoted: usize,
}

/// What the tally pass found.
pub(super) struct Pass {
    pub(super) stats: Stats,
    quotes: Quotes,
    pub(super) stamps: Vec<Option<Stamp>>,
    pub(super) docs: Vec<Doc>,
    pub(super) facts: Vec<FactTally>,
    pub(super) sources: Sources,
    pub(super) warnings: Vec<Diagnostic>,
    /// The generation of the cache files that describe this corpus, when the
    /// cache served the whole pass.
    served_by: Option<u64>,
}

/// A document's id, path and independent source, as its evidence holds them.
pub(super) type DocNames = (Arc<str>, Arc<Path>, Arc<str>);

impl Pass {
    /// Document `d`'s id, path and independent source (its group's key: the grouped
    /// documents are the pass's documents, in this order).
    pub(super) fn names(&self, d: usize, files: &[DocFile]) -> DocNames {
        let f = &files[self.docs[d].file];
        let source = self.sources.groups()[self.sources.group_index(d)]
            .key
            .clone();
        (f.id.as_str().into(), f.path.as_path().into(), source)
    }
}

/// Checks `selected` claims of `suite` (indexes, in report order) over `files`.
pub fn check(
    suite: &Suite,
    selected: &[usize],
    files: &[DocFile],
    how: &Tallied,
) -> Result<Report, Vec<Diagnostic>> {
    check_with_stats(suite, selected, files, how).map(|r| r.0)
}

/// [`check`], saying where the documents came from.
pub fn check_with_stats(
    suite: &Suite,
    selected: &[usize],
    files: &[DocFile],
    how: &Tallied,
) -> Result<(Report, Stats), Vec<Diagnostic>> {
    check_grouped(suite, selected, files, how).map(|(r, s, _)| (r, s))
}

/// [`check_with_stats`], with the corpus's independent sources.
pub fn check_grouped(
    suite: &Suite,
    selected: &[usize],
    files: &[DocFile],
    how: &Tallied,
) -> Result<(Report, Stats, Sources), Vec<Diagnostic>> {
    check_early(suite, selected, files, how, Early::default())
}

/// [`check_grouped`] with the cache files read while the corpus was listed.
pub fn check_early(
    suite: &Suite,
    selected: &[usize],
    files: &[DocFile],
    how: &Tallied,
    early: Early,
) -> Result<(Report, Stats, Sources), Vec<Diagnostic>> {
    let table = Table::of(suite);
    let (report, mut pass) = tallied_report(suite, &table, selected, files, how, early)?;
    let sources = std::mem::take(&mut pass.sources);
    let stats = pass.stats;
    super::drop_aside((table, pass));
    Ok((report, stats, sources))
}

/// The report of `selected` claims over the corpus as the cache last listed it
/// ([`Early::listed`]), from the cache alone, without the corpus's listing: `None`
/// as soon as something is missing that only reading an article would give (a
/// fact with no tally for this corpus state, its near copies, a quote). Nothing is
/// written. `check` runs it while the corpus is listed, and keeps its report when
/// the listing equals `files` ([`same_listing`]): the report is then the one the
/// listing would give, as it depends on the files only through what is compared.
pub fn check_cached(
    suite: &Suite,
    selected: &[usize],
    files: &[DocFile],
    how: &Tallied,
    early: Early,
) -> Option<(Report, Sources)> {
    let dir = how.cache.as_deref()?;
    let table = Table::of(suite);
    let stamps: Vec<Option<Stamp>> = files.iter().map(|f| f.stamp).collect();
    let key = corpus_key(files, &stamps);
    let Early {
        docs,
        facts,
        quotes,
        ..
    } = early;
    let old = Old::with_docs(dir, &table, docs)?;
    let facts = facts.filter(|(h, _)| {
        h.corpus == facts_key(key, how.shown) && {
            let has: std::collections::HashSet<&u64> = h.facts.iter().collect();
            table.keys.iter().all(|k| has.contains(k))
        }
    })?;
    let grouped = Reader::open(dir, "groups", None).is_some_and(|r| r.header.corpus == key);
    if !grouped || !old.describes(files, &stamps) {
        return None;
    }
    let mut pass = quick_pass(
        suite,
        &table,
        files,
        &old,
        dir,
        key,
        how.shown,
        &stamps,
        false,
        (Some(facts), quotes),
    )?;
    if pass.stats.read_for_new_facts > 0 {
        return None;
    }
    let (report, _) = report(suite, selected, &table, files, &mut pass, how.shown, true).ok()?;
    let sources = std::mem::take(&mut pass.sources);
    super::drop_aside((table, pass, old));
    Some((report, sources))
}

/// Whether two listings of the corpus name the same files, read at the same paths,
/// shown by the same names, with the same stamps: all a cached report depends on
/// ([`check_cached`]).
pub fn same_listing(a: &[DocFile], b: &[DocFile]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            // as text: `Path`'s `==` takes `corpus/./a.md` for `corpus/a.md`, and
            // the report shows paths as written
            x.id == y.id
                && x.fs_path.as_os_str() == y.fs_path.as_os_str()
                && x.path.as_os_str() == y.path.as_os_str()
                && x.stamp == y.stamp
                && x.max_size == y.max_size
                && x.text.is_none()
                && y.text.is_none()
        })
}

/// The tally pass alone, for the report that keeps every window
/// ([`super::every`]): the suite's distinct facts and what the pass found, with the
/// quotes it made saved to the cache as [`tallied_report`] saves them.
/// Every file it reads for every fact also gives `sink` every window of the
/// facts `sink` keeps.
pub(super) fn tallied_pass(
    suite: &Suite,
    table: &Table,
    files: &[DocFile],
    how: &Tallied,
    early: Early,
    sink: &mut Sink,
) -> Result<Pass, Vec<Diagnostic>> {
    let mut pass = pass_into(suite, table, files, how, early, Some(sink))?;
    if let Some(dir) = how.cache.as_ref().filter(|_| !how.read_only) {
        let quotes = std::mem::take(&mut pass.quotes);
        // a cache that cannot be written only costs time next run
        let _ = quotes.save(dir, &|k| table.by_key.contains_key(&k));
    }
    Ok(pass)
}

/// The report of `selected` claims, and the pass it came from.
fn tallied_report(
    suite: &Suite,
    table: &Table,
    selected: &[usize],
    files: &[DocFile],
    how: &Tallied,
    early: Early,
) -> Result<(Report, Pass), Vec<Diagnostic>> {
    let mut pass = pass(suite, table, files, how, early)?;
    let (mut report, quoted) = report(suite, selected, table, files, &mut pass, how.shown, false)?;
    if let Some(dir) = how.cache.as_ref().filter(|_| !how.read_only) {
        let quotes = std::mem::take(&mut pass.quotes);
        let selected_keys: std::collections::HashSet<u64> = selected
            .iter()
            .flat_map(|ci| table.slot_of[*ci].iter().map(|s| table.keys[*s as usize]))
            .collect();
        // a cache that cannot be written only costs time next run
        let _ = quotes.save(dir, &|k| {
            table.by_key.contains_key(&k) && !selected_keys.contains(&k)
        });
    }
    report.warnings = std::mem::take(&mut pass.warnings);
    pass.stats.quoted = quoted;
    Ok((report, pass))
}

/// What adding articles to the corpus would make of the selected claims.
#[derive(Debug)]
pub struct Added {
    /// Each selected claim's verdict over the grown corpus.
    pub verdicts: Vec<Verdict>,
    /// The grown corpus's independent sources.
    pub sources: Sources,
    /// Per new article (in the order given): the first corpus document, in id
    /// order, with its text.
    pub same_text: Vec<Option<String>>,
}

/// `impact` in one pass: the report of `selected` claims over `corpus`, and what
/// they become once `new` (articles not yet in the corpus, sorted by id, their
/// text in memory; `bodies` their text without front matter) join it. A claim's
/// verdict over the grown corpus is its tallies plus the new articles', and the
/// grown corpus's near copies are the corpus's (the cache's pairs) except where a
/// new article can change them: the new articles' own, and those of the few
/// documents sharing their fingerprints (see
/// [`sources::FingerprintIndex::touched_by`]), read again. So with a warm cache only
/// the new articles and those few documents are read. `None` when the cache cannot
/// serve that (then the caller tallies the grown corpus).
pub fn check_adding(
    suite: &Suite,
    selected: &[usize],
    corpus: &[DocFile],
    new: &[DocFile],
    bodies: &[&str],
    how: &Tallied,
    early: Early,
) -> Result<(Report, Option<Added>), Vec<Diagnostic>> {
    let table = Table::of(suite);
    let (report, pass) = tallied_report(suite, &table, selected, corpus, how, early)?;
    let added = adding(suite, &table, selected, corpus, new, bodies, &pass, how)?;
    Ok((report, added))
}

/// Where a document of the grown corpus comes from.
#[derive(Clone, Copy)]
enum Side {
    Corpus(usize),
    New(usize),
}

#[allow(clippy::too_many_arguments)]
fn adding(
    suite: &Suite,
    table: &Table,
    selected: &[usize],
    corpus: &[DocFile],
    new: &[DocFile],
    bodies: &[&str],
    pass: &Pass,
    how: &Tallied,
) -> Result<Option<Added>, Vec<Diagnostic>> {
    let Some(dir) = how.cache.as_deref() else {
        return Ok(None);
    };
    // the cache must be the corpus this pass tallied, every document in it
    let key = corpus_key(corpus, &pass.stamps);
    // the corpus's fingerprints, from the cache files that served the pass (else
    // from the cache as it is now, if it describes this corpus)
    let shingles = match pass.served_by {
        Some(g) => Reader::open(dir, "shingles", Some(g)),
        None => Old::open(dir, table)
            .filter(|old| pass.docs.len() == corpus.len() && old.describes(corpus, &pass.stamps))
            .and_then(|mut old| old.shingles.take()),
    };
    let Some((_, old_pairs)) = cache::read_all::<PairRecord>(dir, "groups", key) else {
        return Ok(None);
    };
    let Some(parts) = shingles.and_then(|r| r.rest::<ShingleParts>()) else {
        return Ok(None);
    };
    if parts.len() != corpus.len() {
        return Ok(None);
    }
    let fingerprints: Vec<Vec<u32>> = parts.into_iter().map(|(_, f)| f).collect();
    // the new articles, matched against every fact
    let all_slots: Vec<u32> = (0..table.keys.len() as u32).collect();
    let no_quotes = vec![[false; 2]; table.keys.len()];
    let outs: Vec<DocOut> = new
        .par_iter()
        .map(|f| {
            read_doc(
                suite,
                table,
                f,
                Stamp::default(),
                &all_slots,
                &no_quotes,
                how.shown,
                None,
            )
        })
        .collect::<Result<_, _>>()
        .map_err(|e| vec![e])?;
    if outs
        .iter()
        .any(|o| o.warning.is_some() || o.entry.meta.is_none())
    {
        return Ok(None);
    }
    // the grown corpus in id order
    let mut order: Vec<Side> = Vec::with_capacity(corpus.len() + new.len());
    let (mut i, mut k) = (0, 0);
    while i < corpus.len() || k < new.len() {
        if k == new.len() || (i < corpus.len() && corpus[i].id < new[k].id) {
            order.push(Side::Corpus(i));
            i += 1;
        } else {
            order.push(Side::New(k));
            k += 1;
        }
    }
    let mut pos_old = vec![0; corpus.len()];
    let mut pos_new = vec![0; new.len()];
    for (p, side) in order.iter().enumerate() {
        match side {
            Side::Corpus(i) => pos_old[*i] = p,
            Side::New(k) => pos_new[*k] = p,
        }
    }
    let mut fingerprints: Vec<Option<Vec<u32>>> = fingerprints.into_iter().map(Some).collect();
    let mut sd: Vec<SourceDoc> = order
        .iter()
        .map(|side| match side {
            Side::Corpus(i) => SourceDoc {
                shingles: Shingles::from_parts(
                    Vec::new(),
                    fingerprints[*i].take().unwrap_or_default(),
                ),
                ..pass.docs[*i].source.clone()
            },
            Side::New(k) => {
                let mut d =
                    doc_of(0, &new[*k], outs[*k].entry.meta.clone().unwrap_or_default()).source;
                d.shingles = Shingles::from_parts(Vec::new(), outs[*k].shingles.1.clone());
                d
            }
        })
        .collect();
    // the near copies the new articles can change, found again
    let added: Vec<usize> = {
        let mut a = pos_new.clone();
        a.sort_unstable();
        a
    };
    let fingerprints_at = |d: usize| sd[d].shingles.parts().1;
    // every holder of the new articles' fingerprints (a same text is looked for
    // among them), then the touched documents' candidates
    let wanted = added
        .iter()
        .flat_map(|d| fingerprints_at(*d).iter().copied())
        .collect();
    let first = wanted_index(sd.len(), fingerprints_at, wanted);
    let touched = first.touched_by(&sd, &added);
    let index = around(sd.len(), fingerprints_at, &touched);
    let candidates: Vec<(usize, usize)> = touched
        .par_iter()
        .flat_map_iter(|&i| index.candidates_of(&sd, i).into_iter().map(move |j| (i, j)))
        .collect();
    let mut lacking: Vec<usize> = candidates.iter().flat_map(|(i, j)| [*i, *j]).collect();
    lacking.sort_unstable();
    lacking.dedup();
    let file_of = |p: usize| match order[p] {
        Side::Corpus(i) => &corpus[i],
        Side::New(k) => &new[k],
    };
    let full: HashMap<usize, Shingles> = lacking
        .par_iter()
        .map(|&p| full_shingles(file_of(p)).map(|s| (p, s)))
        .collect::<Result<_, _>>()
        .map_err(|e| vec![e])?;
    let mut pairs: Vec<Pair> = candidates
        .par_iter()
        .filter_map(|&(i, j)| {
            let o = sources::overlap(&full[&i], &full[&j]);
            o.is_near_copy().then_some((i, j, o))
        })
        .collect();
    let is_touched = |p: usize| touched.binary_search(&p).is_ok();
    pairs.extend(unpack(old_pairs).into_iter().filter_map(|(i, j, o)| {
        let (i, j) = (*pos_old.get(i)?, *pos_old.get(j)?);
        (!is_touched(i)).then_some((i, j, o))
    }));
    // the same text: a corpus document with it holds every fingerprint of it
    let mut same_text = Vec::with_capacity(new.len());
    for (k, body) in bodies.iter().enumerate() {
        let own = sd[pos_new[k]].shingles.parts().1;
        let holders: Vec<usize> = match own.first() {
            Some(f) => first
                .holders_of(*f)
                .filter(|p| matches!(order[*p], Side::Corpus(_)))
                .filter(|p| {
                    let theirs = sd[*p].shingles.parts().1;
                    own.iter().all(|f| theirs.binary_search(f).is_ok())
                })
                .collect(),
            None => (0..sd.len())
                .filter(|p| matches!(order[*p], Side::Corpus(_)))
                .filter(|p| sd[*p].shingles.parts().1.is_empty())
                .collect(),
        };
        let files: Vec<DocFile> = holders.iter().map(|p| file_of(*p).clone()).collect();
        let found = corpus::same_texts(&[body], &files).map_err(|e| vec![e])?;
        same_text.push(found.into_iter().next().flatten());
    }
    for d in &mut sd {
        d.shingles = Shingles::default();
    }
    let sources = sources::group_with(&sd, pairs);
    // each selected claim's facts: the corpus's tallies plus the new articles'
    let n = order.len();
    let mut verdicts = Vec::with_capacity(selected.len());
    for &ci in selected {
        let tallies: Vec<FactTally> = table.slot_of[ci]
            .iter()
            .map(|s| {
                let old = &pass.facts[*s as usize];
                let mut t = FactTally {
                    supports: old.supports.clone(),
                    against: old.against.clone(),
                    supporters: old.supporters.moved(n, &pos_old),
                };
                for (k, out) in outs.iter().enumerate() {
                    for (slot, a, b) in &out.tallies {
                        if slot == s {
                            t.add(pos_new[k] as u32, *a, *b, 0);
                        }
                    }
                }
                t
            })
            .collect();
        let refs: Vec<&FactTally> = tallies.iter().collect();
        let (verdict, _) = claim_verdict(
            &suite.claims[ci],
            &refs,
            &|d| sources.group_index(d),
            sources.groups().len(),
        );
        verdicts.push(verdict);
    }
    Ok(Some(Added {
        verdicts,
        sources,
        same_text,
    }))
}

/// The index of the `wanted` fingerprints only, over documents `0..n` whose
/// fingerprints `of` gives: their holders counted in parallel, then each posting
/// written straight to its place (fingerprint order, documents in order), with no
/// sort of millions of postings; a bit per low 20 bits of the wanted ones settles
/// almost every fingerprint of the corpus without a lookup. For a document whose
/// every fingerprint is wanted, its candidates are those the index of all
/// fingerprints gives, and so are the holders of each of its fingerprints.
fn wanted_index<'a>(
    n: usize,
    of: impl Fn(usize) -> &'a [u32] + Sync,
    wanted: rustc_hash::FxHashSet<u32>,
) -> sources::FingerprintIndex {
    const LOW: u32 = (1 << 20) - 1;
    let mut sorted: Vec<u32> = wanted.into_iter().collect();
    sorted.sort_unstable();
    let place: HashMap<u32, usize> = sorted.iter().enumerate().map(|(k, f)| (*f, k)).collect();
    let mut maybe = Bits::new(LOW as usize + 1);
    for f in &sorted {
        maybe.set((f & LOW) as usize);
    }
    let places = |d: usize| {
        of(d)
            .iter()
            .filter(|f| maybe.has((**f & LOW) as usize))
            .filter_map(|f| place.get(f).copied())
    };
    let counts: Vec<usize> = (0..n)
        .into_par_iter()
        .fold(
            || vec![0; sorted.len()],
            |mut c, d| {
                for k in places(d) {
                    c[k] += 1;
                }
                c
            },
        )
        .reduce(
            || vec![0; sorted.len()],
            |mut a, b| {
                a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
                a
            },
        );
    let mut at: Vec<usize> = Vec::with_capacity(counts.len());
    let mut total = 0;
    for c in &counts {
        at.push(total);
        total += c;
    }
    let mut postings = vec![(0u32, 0u32); total];
    for d in 0..n {
        for k in places(d) {
            postings[at[k]] = (sorted[k], d as u32);
            at[k] += 1;
        }
    }
    sources::FingerprintIndex::of_sorted_postings(postings)
}

/// [`sources::FingerprintIndex::new`] of `docs`, its postings sorted in parallel
/// (the engine's own sorts them on one thread while the others wait).
pub(super) fn fingerprint_index(docs: &[SourceDoc]) -> sources::FingerprintIndex {
    let mut postings = sources::FingerprintIndex::postings(docs);
    postings.par_sort_unstable();
    sources::FingerprintIndex::of_sorted_postings(postings)
}

/// A document's shingles with their hashes, from its text.
fn full_shingles(file: &DocFile) -> Result<Shingles, Diagnostic> {
    match corpus::read(file)? {
        Read::Document(doc) => {
            let tokens = crate::text::tokenize(&doc.text[doc.body_start..], doc.body_start);
            Ok(Shingles::of_tokens(&tokens))
        }
        Read::Skipped(w) => Err(w),
    }
}

fn pass(
    suite: &Suite,
    table: &Table,
    files: &[DocFile],
    how: &Tallied,
    early: Early,
) -> Result<Pass, Vec<Diagnostic>> {
    pass_into(suite, table, files, how, early, None)
}

/// [`pass`], giving `sink` the windows of the files it reads for every fact.
fn pass_into(
    suite: &Suite,
    table: &Table,
    files: &[DocFile],
    how: &Tallied,
    early: Early,
    sink: Option<&mut Sink>,
) -> Result<Pass, Vec<Diagnostic>> {
    let run = cache::now();
    // as the walk saw each file: one changed after the walk differs from its record
    // next run, and is read again
    let stamps: Vec<Option<Stamp>> = files
        .iter()
        .map(|f| if f.text.is_some() { None } else { f.stamp })
        .collect();
    let key = corpus_key(files, &stamps);
    let dir = how.cache.as_deref();
    let Early {
        docs: early_docs,
        facts: early_facts,
        quotes: early_quotes,
        fold,
    } = early;
    let mut old = dir.and_then(|d| Old::with_docs(d, table, early_docs));
    // the corpus as the cache last saw it: every file there, trusted, in order
    let unchanged = old.as_ref().is_some_and(|o| o.describes(files, &stamps));
    let mut early = Some((early_facts, early_quotes));
    if unchanged
        && let Some(o) = &old
        && let Some(d) = dir
        && let Some(p) = quick_pass(
            suite,
            table,
            files,
            o,
            d,
            key,
            how.shown,
            &stamps,
            !how.read_only,
            early.take().unwrap_or_default(),
        )
    {
        return Ok(p);
    }
    // after articles were added, changed or removed, the cache's fact tallies are
    // brought to this corpus (the documents it keeps are not folded again); else the
    // pass makes every fact's tally again (the cache's are let go now: 50 MB at
    // 2,000 claims on the 200 MB archive). The cache's quotes are taken as read.
    let (early_facts, early_quotes) = early.take().unwrap_or_default();
    let mut prior = old.as_ref().map(|o| Prior::new(o.generation, &o.entries));
    let delta = match (&old, &prior, dir) {
        (Some(o), Some(p), Some(d)) if sink.is_none() && !fold => {
            let facts = early_facts.or_else(|| cache::read_any::<FactTally>(d, "facts"));
            delta::Delta::prepare(o, p, files, &stamps, facts, table, d, how.shown)
        }
        _ => None,
    };
    let write = !how.read_only;
    let mut new = dir
        .filter(|_| write)
        .and_then(|d| New::create(d, table, run, files.len()).ok());
    // (none with a delta, which brings the cache's to this corpus)
    let mut facts: Vec<FactTally> = if delta.is_none() {
        vec![
            FactTally {
                supporters: Bits::new(files.len()),
                ..FactTally::default()
            };
            table.keys.len()
        ]
    } else {
        Vec::new()
    };
    let mut quotes = early_quotes.unwrap_or_else(|| Quotes::open(dir));
    let copied = match (&delta, &old, dir, &prior) {
        (Some(d), Some(o), Some(dir), Some(p)) => {
            match d.pass(suite, table, files, &stamps, o, dir, how, new.take(), p)? {
                Some(c) => Some(c),
                // the cache could not give a record back
                None => {
                    drop(old);
                    return again(suite, table, files, how, quotes);
                }
            }
        }
        _ => None,
    };
    if copied.is_some() {
        // (its files are renamed over below; the fold's reader thread lets go
        // of them the same way)
        drop(old.take());
    }
    // with a delta: the documents read (new, or changed), with their tallies
    let mut added: Vec<(u32, Tallies)> = Vec::new();
    let Folded {
        docs,
        shingles,
        warnings,
        stats,
        new,
    } = if let Some(c) = copied {
        added = c.added;
        if let Some(p) = &mut prior {
            p.old_of = c.old_of;
        }
        c.folded
    } else {
        fold_files(
            suite,
            table,
            files,
            &stamps,
            how,
            (old, new),
            &mut prior,
            (&mut facts, &mut quotes),
            sink,
        )?
    };
    if let Some(d) = delta {
        let moves = prior
            .as_ref()
            .and_then(|p| delta::Moves::of(&p.old_of, p.entries.len(), files.len()));
        match moves.and_then(|m| d.apply(&added, &m, how.shown)) {
            Some(f) => {
                facts = f;
                DELTAS.with(|n| n.set(n.get() + 1));
            }
            None => {
                // (a stance that needs the documents after its first ones, which
                // `Delta::prepare` rules out): this run's cache files are dropped
                // unfinished
                drop((new, docs, shingles, prior));
                return again(suite, table, files, how, quotes);
            }
        }
    }
    if let (Some(p), Some(d)) = (&mut prior, dir) {
        p.read_gone(d);
    }
    // the near-copy pairs are kept for the cache files just written, only when
    // they were (else the cache's pairs stay those of its files); the files reach
    // the disk while the pairs are found
    let grouped = std::thread::scope(|scope| {
        let finishing = new.map(|n| {
            let generation = n.generation;
            // a cache that cannot be written only costs time next run
            (generation, scope.spawn(move || n.finish().is_ok()))
        });
        let finishing = std::cell::RefCell::new(finishing);
        let finished = std::cell::OnceCell::new();
        let written = || {
            *finished.get_or_init(|| {
                let (g, h) = finishing.borrow_mut().take()?;
                h.join().ok().filter(|ok| *ok).map(|_| g)
            })
        };
        let grouped = group(
            &docs,
            files,
            || Some(shingles),
            dir,
            key,
            &written,
            prior.as_ref(),
        );
        (grouped, written())
    });
    let (grouped, written) = grouped;
    let sources = match grouped {
        Ok(Some(s)) => s,
        Ok(None) => unreachable!("the fingerprints of every document are at hand"),
        Err(e) => return Err(vec![e]),
    };
    // (only with the files they are the fold of: a delta takes them for those)
    if let Some(d) = dir.filter(|_| write && written.is_some()) {
        let _ = save_facts(d, table, facts_key(key, how.shown), &facts, &[]);
    }
    Ok(Pass {
        stats,
        docs,
        facts,
        sources,
        warnings,
        quotes,
        stamps,
        served_by: None,
    })
}

/// What a pass gives of the files of the corpus, whether folded or copied by a
/// delta: the documents, their fingerprints, the warnings and counts, and this
/// run's cache files (`None`: not written).
struct Folded {
    docs: Vec<Doc>,
    shingles: Vec<Shingles>,
    warnings: Vec<Diagnostic>,
    stats: Stats,
    new: Option<New>,
}

/// The fold: every file of `files` matched (or taken from the cache `old` where it
/// keeps it) and its tallies added to `facts`, its quotes to `quotes`, its records
/// written to `new`, and `sink` given its windows. Three stages at once, chunk by
/// chunk, each in order: the cache's records of the files it knows read (a thread
/// of its own), the files matched and their records made (rayon), the new records
/// written (a thread of its own); this thread folds each chunk's tallies as it
/// comes. Fails with the errors of the files that could not be read.
#[allow(clippy::too_many_arguments)]
fn fold_files(
    suite: &Suite,
    table: &Table,
    files: &[DocFile],
    stamps: &[Option<Stamp>],
    how: &Tallied,
    (mut old, new): (Option<Old>, Option<New>),
    prior: &mut Option<Prior>,
    (facts, quotes): (&mut [FactTally], &mut Quotes),
    mut sink: Option<&mut Sink>,
) -> Result<Folded, Vec<Diagnostic>> {
    let every: Option<Vec<Option<u32>>> = sink.as_ref().map(|s| s.position.clone());
    let all_slots: Vec<u32> = (0..table.keys.len() as u32).collect();
    let mut docs: Vec<Doc> = Vec::new();
    let mut shingles: Vec<Shingles> = Vec::new();
    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    let mut stats = Stats::default();
    let writing = new.is_some();
    let (known_tx, known_rx) = std::sync::mpsc::sync_channel::<KnownChunk>(2);
    let (put_tx, put_rx) = std::sync::mpsc::sync_channel::<Vec<Encoded>>(2);
    let new = std::thread::scope(|scope| {
        scope.spawn(move || {
            for range in chunks(files.len()) {
                let (known, entry_of) = range
                    .map(|k| {
                        let (f, s) = (&files[k], stamps[k]);
                        let o = old.as_mut()?;
                        let i = o.at_key(&f.fs_path.to_string_lossy())?;
                        o.keeps(i, f, s).then(|| (o.take(i), i))
                    })
                    .map(|t| t.map_or((None, None), |(known, i)| (Some(known), Some(i))))
                    .unzip();
                if known_tx.send((known, entry_of)).is_err() {
                    break;
                }
            }
        });
        let writer = scope.spawn(move || {
            let mut new = new;
            for batch in put_rx {
                if let Some(n) = &mut new
                    && batch.iter().any(|e| n.put(e).is_err())
                {
                    new = None;
                }
            }
            new
        });
        let mut put_tx = writing.then_some(put_tx);
        for range in chunks(files.len()) {
            let base = range.start;
            let chunk = &files[range];
            let (known, entry_of) = known_rx.recv().unwrap_or_else(|_| {
                let none = (0..chunk.len()).map(|_| None);
                (none.collect(), vec![None; chunk.len()])
            });
            let was: Vec<Option<u32>> = entry_of
                .iter()
                .map(|i| prior.as_ref().zip(*i).and_then(|(p, i)| p.doc_of_entry(i)))
                .collect();
            let need: Vec<[bool; 2]> = facts.iter().map(|f| f.needs(how.shown)).collect();
            let outs: Vec<Result<(DocOut, Option<Encoded>), Diagnostic>> = chunk
                .par_iter()
                .zip(known)
                .enumerate()
                .map(|(k, (f, kn))| {
                    let mut out = one_file(
                        suite,
                        table,
                        &all_slots,
                        f,
                        stamps[base + k],
                        kn,
                        &need,
                        how.shown,
                        every.as_deref(),
                    )?;
                    let encoded = writing.then(|| New::encode(&mut out).ok()).flatten();
                    Ok((out, encoded))
                })
                .collect();
            let mut windows = Vec::new();
            let mut windowed: Vec<usize> = Vec::new();
            let mut batch: Vec<Encoded> = Vec::with_capacity(chunk.len());
            for (k, out) in outs.into_iter().enumerate() {
                let (out, encoded) = match out {
                    Ok(o) => o,
                    Err(e) => {
                        errors.push(e);
                        continue;
                    }
                };
                match encoded {
                    Some(e) => batch.push(e),
                    // a record that cannot be made: no cache is written
                    None => put_tx = None,
                }
                if let Some(p) = &how.progress {
                    (p.0)(base + k + 1, files.len());
                }
                match out.got {
                    Got::Read => stats.read += 1,
                    Got::ReadForNewFacts => stats.read_for_new_facts += 1,
                    Got::Cached => stats.from_cache += 1,
                }
                if let Some(w) = out.warning {
                    warnings.push(w);
                    continue;
                }
                let i = docs.len() as u32;
                if let Some(p) = prior.as_mut() {
                    p.old_of.push(was[k]);
                }
                for (s, a, b) in &out.tallies {
                    facts[*s as usize].add(i, *a, *b, how.shown);
                }
                if let Some(kept) = &every
                    && out
                        .tallies
                        .iter()
                        .any(|(s, a, b)| kept[*s as usize].is_some() && a + b > 0)
                {
                    windowed.push(i as usize);
                }
                if let Some(w) = out.windows {
                    windows.push((i as usize, w));
                }
                // only the quotes the report can show: of the first documents of a fact
                for (s, st, ev) in out.quotes {
                    if is_first(&facts[s as usize], i) {
                        quotes.put(
                            table.keys[s as usize],
                            &out.entry.key,
                            out.entry.stamp,
                            st,
                            ev,
                        );
                    }
                }
                let file = &chunk[k];
                let meta = out.entry.meta.unwrap_or_default();
                // fingerprints only: the few candidate near copies are read again for
                // their hashes (see `group`), so memory does not grow with every word
                shingles.push(Shingles::from_parts(Vec::new(), out.shingles.1));
                docs.push(doc_of(base + k, file, meta));
            }
            if let Some(tx) = &put_tx
                && tx.send(batch).is_err()
            {
                put_tx = None;
            }
            if let Some(s) = sink.as_deref_mut() {
                s.put(windows);
                for d in windowed.drain(..) {
                    s.windowed(d);
                }
            }
        }
        let complete = put_tx.is_some();
        drop(put_tx);
        drop(known_rx);
        let new = writer.join().ok().flatten();
        new.filter(|_| complete)
    });
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Folded {
        docs,
        shingles,
        warnings,
        stats,
        new,
    })
}

/// The full pass over `files`, with the fold: for when the cache could not serve a
/// delta after all.
fn again(
    suite: &Suite,
    table: &Table,
    files: &[DocFile],
    how: &Tallied,
    quotes: Quotes,
) -> Result<Pass, Vec<Diagnostic>> {
    let early = Early {
        docs: None,
        facts: None,
        quotes: Some(quotes),
        fold: true,
    };
    pass_into(suite, table, files, how, early, None)
}

fn doc_of(file: usize, f: &DocFile, meta: Meta) -> Doc {
    Doc {
        file,
        title: meta.title,
        url: meta.url,
        published: meta.published,
        source: SourceDoc {
            id: f.id.as_str().into(),
            outlet: meta.outlet,
            via: meta.via,
            shingles: Shingles::default(),
        },
    }
}

/// Near-copy pairs as the cache keeps them.
type PairRecord = (u32, u32, bool, u32, u32);

/// How many times this thread found near copies only where a run's changes touch
/// ([`Prior::since`]; for tests: the pairs are the same either way).
pub fn searched_since() -> usize {
    SINCE.with(std::cell::Cell::get)
}

/// How many times this thread brought the cache's fact tallies to a changed corpus
/// instead of folding every document's ([`delta`]; for tests: the tallies are the
/// same either way).
pub fn deltas_applied() -> usize {
    DELTAS.with(std::cell::Cell::get)
}

thread_local! {
    static SINCE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    static DELTAS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Candidate pairs to check, and pairs known.
type Since = (Vec<(usize, usize)>, Vec<Pair>);

/// What the cache knew of the corpus before this run, so that near copies are
/// found again only where this run's changes can change them.
struct Prior {
    /// The cache files' generation: its `groups.bin` must be of it.
    generation: u64,
    /// Each document of the cache's last run, in order: its entry in `docs.bin`
    /// (files skipped as binary have an entry but are no document).
    entries: Vec<u32>,
    /// Each of this run's documents: its document in the cache's last run, when
    /// that was this file as it is now (same key, id and trusted stamp).
    old_of: Vec<Option<u32>>,
    /// The fingerprints of the cache's documents that are none of this run's, by
    /// document ([`Prior::read_gone`]); `None` if they could not be read.
    gone: Option<Vec<(usize, Vec<u32>)>>,
}

impl Prior {
    fn new(generation: u64, old: &[DocEntry]) -> Prior {
        Prior {
            generation,
            entries: (0..old.len() as u32)
                .filter(|e| old[*e as usize].meta.is_some())
                .collect(),
            old_of: Vec::new(),
            gone: None,
        }
    }

    /// Each document of the cache's last run: this run's, if it is one.
    fn new_of_old(&self) -> Option<Vec<Option<u32>>> {
        let mut new_of_old: Vec<Option<u32>> = vec![None; self.entries.len()];
        for (i, o) in self.old_of.iter().enumerate() {
            if let Some(o) = o {
                *new_of_old.get_mut(*o as usize)? = Some(i as u32);
            }
        }
        Some(new_of_old)
    }

    /// Reads the fingerprints of the cache's documents that are none of this run's
    /// (removed, or changed) from its `shingles.bin`, before this run replaces it.
    fn read_gone(&mut self, dir: &Path) {
        self.gone = (|| {
            let new_of_old = self.new_of_old()?;
            let gone: Vec<usize> = (0..new_of_old.len())
                .filter(|p| new_of_old[*p].is_none())
                .collect();
            let entries = gone.iter().map(|p| self.entries[*p] as usize);
            let parts: Vec<ShingleParts> = records_at(dir, "shingles", self.generation, entries)?;
            Some(
                gone.into_iter()
                    .zip(parts.into_iter().map(|p| p.1))
                    .collect(),
            )
        })();
    }

    /// The old document of entry `entry`, if it was one.
    fn doc_of_entry(&self, entry: usize) -> Option<u32> {
        self.entries
            .binary_search(&(entry as u32))
            .ok()
            .map(|d| d as u32)
    }

    /// The near-copy candidates of the documents of `sd` (this run's) that the
    /// changes since the cache's last run can touch, and the cache's pairs of every
    /// other document (renumbered): with the candidates checked, every pair a full
    /// search would find. A document's pairs are those with the documents after it
    /// among its candidates, and its candidates change only where a fingerprint of
    /// a document added or removed (a changed one is both) is held
    /// ([`sources::FingerprintIndex::touched_by`] and `touched_by_removing`). `None`
    /// when the cache cannot say (then every document is searched).
    fn since(&self, sd: &[SourceDoc], dir: &Path) -> Option<Since> {
        let (header, old_pairs) = cache::read_any::<PairRecord>(dir, "groups")?;
        if header.generation != self.generation || self.old_of.len() != sd.len() {
            return None;
        }
        let new_of_old = self.new_of_old()?;
        let removed = self.gone.as_ref()?;
        let n_old = self.entries.len();
        let new_fps = |d: usize| sd[d].shingles.parts().1;
        let old_fps = |p: usize| match new_of_old[p] {
            Some(i) => new_fps(i as usize),
            None => removed
                .binary_search_by_key(&p, |r| r.0)
                .map_or(&[][..], |k| &removed[k].1),
        };
        let mut touched: Vec<usize> = Vec::new();
        if !removed.is_empty() {
            let gone: Vec<(usize, &[u32])> = removed.iter().map(|(p, f)| (*p, &f[..])).collect();
            let at: Vec<usize> = gone.iter().map(|g| g.0).collect();
            let index = around(n_old, old_fps, &at);
            touched.extend(
                index
                    .touched_by_removing(&gone)
                    .into_iter()
                    .filter_map(|p| new_of_old[p].map(|i| i as usize)),
            );
        }
        let added: Vec<usize> = (0..sd.len())
            .filter(|i| self.old_of[*i].is_none())
            .collect();
        if !added.is_empty() {
            let index = around(sd.len(), new_fps, &added);
            touched.extend(index.touched_by(sd, &added));
        }
        touched.sort_unstable();
        touched.dedup();
        let index = around(sd.len(), new_fps, &touched);
        let candidates = touched
            .par_iter()
            .flat_map_iter(|&i| index.candidates_of(sd, i).into_iter().map(move |j| (i, j)))
            .collect();
        let mut kept = Vec::new();
        for (i, j, o) in unpack(old_pairs) {
            let (Some(i), Some(j)) = (new_of_old.get(i)?, new_of_old.get(j)?) else {
                continue;
            };
            let (i, j) = (*i as usize, *j as usize);
            if touched.binary_search(&i).is_err() {
                kept.push((i, j, o));
            }
        }
        Some((candidates, kept))
    }
}

/// [`FingerprintIndex::around`], its pass over every document's fingerprints made
/// in parallel (100 ms of a `check` after an article arrived, on one thread).
fn around<'a>(
    n: usize,
    of: impl Fn(usize) -> &'a [u32] + Sync,
    special: &[usize],
) -> FingerprintIndex {
    let wanted = sources::Wanted::of(special.iter().flat_map(|d| of(*d)));
    let hits: Vec<(u32, u32)> = (0..n)
        .into_par_iter()
        .with_min_len(1024)
        .flat_map_iter(|d| wanted.hits(d, of(d)))
        .collect();
    FingerprintIndex::around_hits(&wanted, hits, special)
}

/// The records at `entries` (increasing) of the cache's `KIND.bin` of `generation`,
/// skipping the rest; `None` if the file is not there or damaged. Opened only if
/// some record is wanted.
fn records_at<T: serde::de::DeserializeOwned>(
    dir: &Path,
    kind: &str,
    generation: u64,
    entries: impl Iterator<Item = usize>,
) -> Option<Vec<T>> {
    let mut out = Vec::new();
    let mut r: Option<Reader> = None;
    for e in entries {
        let r = match &mut r {
            Some(r) => r,
            None => r.insert(Reader::open(dir, kind, Some(generation))?),
        };
        out.push(cache::decode_record(&r.read_raw_at(e)?)?);
    }
    Some(out)
}

/// The corpus's independent sources: near copies found from every document's
/// shingles (or, given what the cache knew before this run, only where this run's
/// changes can change them), or the pairs the cache found for this same corpus
/// state. Pairs found are kept for the cache files `written` gives the generation
/// of, once they are written (it waits for them; `None`: not written).
fn group(
    docs: &[Doc],
    files: &[DocFile],
    shingles: impl FnOnce() -> Option<Vec<Shingles>>,
    dir: Option<&Path>,
    key: u64,
    written: &dyn Fn() -> Option<u64>,
    prior: Option<&Prior>,
) -> Result<Option<Sources>, Diagnostic> {
    let header = |generation| Header {
        corpus: key,
        ..Header::new("groups", generation, cache::now())
    };
    if let Some(d) = dir
        && let Some((found, pairs)) = cache::read_all::<PairRecord>(d, "groups", key)
    {
        if let Some(g) = written()
            && found.generation != g
        {
            // this corpus state's pairs, now for the cache files of this run
            let _ = cache::write_all(d, header(g), &pairs);
        }
        let sd: Vec<&SourceDoc> = docs.iter().map(|d| &d.source).collect();
        return Ok(Some(sources::group_with(&sd, unpack(pairs))));
    }
    let mut sd: Vec<SourceDoc> = docs.iter().map(|d| d.source.clone()).collect();
    let Some(shingles) = shingles() else {
        return Ok(None);
    };
    if shingles.len() != sd.len() {
        return Ok(None);
    }
    for (d, s) in sd.iter_mut().zip(shingles) {
        d.shingles = s;
    }
    let since = dir.zip(prior).and_then(|(d, p)| p.since(&sd, d));
    if since.is_some() {
        SINCE.with(|n| n.set(n.get() + 1));
    }
    let (candidates, kept): (Vec<(usize, usize)>, Vec<Pair>) = since.unwrap_or_else(|| {
        let index = fingerprint_index(&sd);
        let all = (0..sd.len())
            .into_par_iter()
            .flat_map_iter(|i| index.candidates_of(&sd, i).into_iter().map(move |j| (i, j)))
            .collect();
        (all, Vec::new())
    });
    // the candidates' shingle hashes, from their text when only fingerprints are kept
    let mut lacking: Vec<usize> = candidates
        .iter()
        .flat_map(|(i, j)| [*i, *j])
        .filter(|d| {
            let (h, f) = sd[*d].shingles.parts();
            h.is_empty() && !f.is_empty()
        })
        .collect();
    lacking.sort_unstable();
    lacking.dedup();
    let read: Vec<Result<(usize, Shingles), Diagnostic>> = lacking
        .par_iter()
        .map(|&d| full_shingles(&files[docs[d].file]).map(|s| (d, s)))
        .collect();
    let mut full: HashMap<usize, Shingles> = HashMap::default();
    for r in read {
        let (d, sh) = r?;
        full.insert(d, sh);
    }
    let shingles_of = |d: usize| full.get(&d).unwrap_or(&sd[d].shingles);
    let mut pairs: Vec<Pair> = candidates
        .par_iter()
        .filter_map(|&(i, j)| {
            let o = sources::overlap(shingles_of(i), shingles_of(j));
            o.is_near_copy().then_some((i, j, o))
        })
        .collect();
    drop(full);
    if !kept.is_empty() {
        pairs.extend(kept);
        pairs.sort_unstable_by_key(|(i, j, _)| (*i, *j));
    }
    if let Some(d) = dir
        && let Some(g) = written()
    {
        let packed: Vec<PairRecord> = pairs
            .iter()
            .map(|(i, j, o)| {
                (
                    *i as u32,
                    *j as u32,
                    o.first_is_shorter,
                    o.shared as u32,
                    o.of as u32,
                )
            })
            .collect();
        let _ = cache::write_all(d, header(g), &packed);
    }
    for d in &mut sd {
        d.shingles = Shingles::default();
    }
    Ok(Some(sources::group_with(&sd, pairs)))
}

fn unpack(pairs: Vec<PairRecord>) -> Vec<Pair> {
    pairs
        .into_iter()
        .map(|(i, j, first_is_shorter, shared, of)| {
            (
                i as usize,
                j as usize,
                Overlap {
                    first_is_shorter,
                    shared: shared as usize,
                    of: of as usize,
                },
            )
        })
        .collect()
}

/// How many tallies of facts no longer in the suite `facts.bin` keeps (most
/// recently dropped first): an edit undone, or a claim file switched back, is
/// served from the cache instead of matching the old fact over the corpus again.
const STALE_FACTS: usize = 64;

/// The key of `facts.bin` for corpus state `corpus`: its first documents are those
/// that hold `shown` windows.
fn facts_key(corpus: u64, shown: usize) -> u64 {
    cache::fnv(corpus, &(shown as u64).to_le_bytes())
}

/// Writes the tallies of this run's facts, then `stale` ones (of facts the suite
/// dropped, over the same corpus state), at most [`STALE_FACTS`] of those.
fn save_facts(
    dir: &Path,
    table: &Table,
    key: u64,
    facts: &[FactTally],
    stale: &[(u64, FactTally)],
) -> std::io::Result<()> {
    let stale = &stale[..stale.len().min(STALE_FACTS)];
    let mut keys = table.keys.clone();
    keys.extend(stale.iter().map(|(k, _)| *k));
    let all: Vec<&FactTally> = facts.iter().chain(stale.iter().map(|(_, f)| f)).collect();
    cache::write_all(
        dir,
        Header {
            corpus: key,
            facts: keys,
            ..Header::new("facts", key, cache::now())
        },
        &all,
    )
}

/// The corpus is as the cache saw it: tallies of known facts from `facts.bin`, new
/// facts matched in the documents that can hold them. `None` if the cache cannot
/// serve (then the full pass runs).
#[allow(clippy::too_many_arguments)]
fn quick_pass(
    suite: &Suite,
    table: &Table,
    files: &[DocFile],
    old: &Old,
    dir: &Path,
    key: u64,
    shown: usize,
    stamps: &[Option<Stamp>],
    write: bool,
    (facts, quotes): (Option<(Header, Vec<FactTally>)>, Option<Quotes>),
) -> Option<Pass> {
    let mut quotes = quotes.unwrap_or_else(|| Quotes::open(Some(dir)));
    let fkey = facts_key(key, shown);
    let (header, cached) = match facts {
        Some(f) if f.0.corpus == fkey => f,
        _ => cache::read_all::<FactTally>(dir, "facts", fkey)?,
    };
    // (the tallies of facts this suite no longer has kept for when it has them again)
    let (mut facts, stale) = table.place(&header.facts, cached);
    let docs: Vec<Doc> = old
        .entries
        .par_iter()
        .enumerate()
        .map(|(i, e)| doc_of(i, &files[i], e.meta.clone().unwrap_or_default()))
        .collect();
    let missing: Vec<u32> = (0..table.keys.len() as u32)
        .filter(|s| facts[*s as usize].is_none())
        .collect();
    let mut stats = Stats::default();
    if !missing.is_empty() {
        let mut words = Reader::open(dir, "words", Some(old.generation))?;
        let mut fresh: Vec<FactTally> = vec![
            FactTally {
                supporters: Bits::new(docs.len()),
                ..FactTally::default()
            };
            missing.len()
        ];
        let mut at = 0;
        let mut read = 0;
        while at < docs.len() {
            let end = (at + CHUNK).min(docs.len());
            let blooms: Vec<Words> = words.next(end - at)?;
            let mut need = vec![[false; 2]; table.keys.len()];
            for (k, s) in missing.iter().enumerate() {
                need[*s as usize] = fresh[k].needs(shown);
            }
            let got: Vec<Result<NewFacts, Diagnostic>> = (at..end)
                .into_par_iter()
                .zip(blooms)
                .map(|(i, b)| {
                    let slots: Vec<u32> = missing
                        .iter()
                        .copied()
                        .filter(|s| {
                            let (ci, fi) = table.rep[*s as usize];
                            can_match(suite, ci, fi, &b)
                        })
                        .collect();
                    if slots.is_empty() {
                        return Ok((Vec::new(), false, Vec::new()));
                    }
                    let stamp = old.entries[i].stamp;
                    read_doc(suite, table, &files[i], stamp, &slots, &need, shown, None)
                        .map(|d| (d.tallies, true, d.quotes))
                })
                .collect();
            for (i, t) in (at..end).zip(got) {
                let t = t.ok()?;
                read += usize::from(t.1);
                for (s, a, b) in t.0 {
                    let k = missing.binary_search(&s).ok()?;
                    fresh[k].add(i as u32, a, b, shown);
                }
                for (s, st, ev) in t.2 {
                    let k = missing.binary_search(&s).ok()?;
                    if is_first(&fresh[k], i as u32) {
                        let e = &old.entries[i];
                        quotes.put(table.keys[s as usize], &e.key, e.stamp, st, ev);
                    }
                }
            }
            at = end;
        }
        for (s, f) in missing.iter().zip(fresh) {
            facts[*s as usize] = Some(f);
        }
        stats.read_for_new_facts = read;
    }
    let facts: Vec<FactTally> = facts.into_iter().collect::<Option<_>>()?;
    if !missing.is_empty() && write {
        let _ = save_facts(dir, table, facts_key(key, shown), &facts, &stale);
    }
    let generation = old.generation;
    let sources = group(
        &docs,
        files,
        || {
            let mut r = Reader::open(dir, "shingles", Some(generation))?;
            (0..docs.len())
                .map(|_| {
                    r.read::<ShingleParts>()
                        .map(|(h, f)| Shingles::from_parts(h, f))
                })
                .collect()
        },
        Some(dir),
        key,
        &|| write.then_some(generation),
        None,
    )
    .ok()??;
    stats.from_cache = docs.len() - stats.read_for_new_facts;
    Some(Pass {
        quotes,
        stamps: stamps.to_vec(),
        stats,
        docs,
        facts,
        sources,
        warnings: Vec::new(),
        served_by: Some(generation),
    })
}

/// Quotes the first windows and builds every selected claim's record.
fn report(
    suite: &Suite,
    selected: &[usize],
    table: &Table,
    files: &[DocFile],
    pass: &mut Pass,
    shown: usize,
    cache_only: bool,
) -> Result<(Report, usize), Vec<Diagnostic>> {
    let docs = &pass.docs;
    let key_of = |d: usize| files[docs[d].file].fs_path.to_string_lossy();
    // the first windows of each selected fact: from the quote cache (claims in
    // parallel), else read again
    let looked: Vec<FirstWindows> = selected
        .par_iter()
        .map(|&ci| {
            let mut found = FirstWindows::default();
            for (fi, s) in table.slot_of[ci].iter().enumerate() {
                let t = &pass.facts[*s as usize];
                let fact = table.keys[*s as usize];
                let mut ev: Vec<Evidence> = Vec::new();
                let mut from: Vec<u32> = t
                    .supports
                    .first
                    .iter()
                    .chain(&t.against.first)
                    .map(|x| x.0)
                    .collect();
                from.sort_unstable();
                from.dedup();
                for d in from {
                    let needed = [
                        t.supports.first.iter().any(|x| x.0 == d),
                        t.against.first.iter().any(|x| x.0 == d),
                    ];
                    let d = d as usize;
                    let stamp = pass.stamps[docs[d].file];
                    match pass.quotes.get(fact, &key_of(d), stamp, needed) {
                        Some(stored) => {
                            let (id, path, source) = pass.names(d, files);
                            ev.extend(stored.iter().map(|e| e.evidence(&id, &path, &source)));
                            found.used.push((fact, d));
                        }
                        None => found.wanted.push((d, fi)),
                    }
                }
                found.windows.push(ev);
            }
            found
        })
        .collect();
    // per document, the (claim's place in `selected`, fact) pairs it must quote
    let mut wanted: Vec<Vec<(usize, usize)>> = vec![Vec::new(); docs.len()];
    // each claim's windows per fact, by its place in `selected`
    let mut claim_windows: Vec<Vec<Vec<Evidence>>> = Vec::with_capacity(selected.len());
    for (k, found) in looked.into_iter().enumerate() {
        for (d, fi) in found.wanted {
            wanted[d].push((k, fi));
        }
        for (fact, d) in found.used {
            pass.quotes.use_(fact, &key_of(d));
        }
        claim_windows.push(found.windows);
    }
    let reread: Vec<usize> = (0..docs.len()).filter(|d| !wanted[*d].is_empty()).collect();
    if cache_only && !reread.is_empty() {
        // (no diagnostic: the caller reads the articles instead)
        return Err(Vec::new());
    }
    let quoted: Vec<Result<Quoted, Diagnostic>> = reread
        .par_iter()
        .map(|&d| {
            let doc = match corpus::read(&files[docs[d].file])? {
                Read::Document(doc) => doc,
                Read::Skipped(w) => return Err(w),
            };
            let a = Analysis::new(&doc);
            let m = DocMatcher::new(suite, &a);
            let mut pairs = wanted[d].clone();
            pairs.sort_unstable();
            pairs.dedup();
            Ok(pairs
                .into_iter()
                .map(|(k, fi)| {
                    let ev = m.fact_evidence(selected[k], fi);
                    ((k, fi), first_per_stance(ev, shown))
                })
                .collect())
        })
        .collect();
    let mut errors = Vec::new();
    for (q, &d) in quoted.into_iter().zip(&reread) {
        match q {
            Ok(list) => {
                for ((k, fi), ev) in list {
                    let fact = table.keys[table.slot_of[selected[k]][fi] as usize];
                    let stamp = pass.stamps[docs[d].file].unwrap_or_default();
                    let stored = ev.iter().map(Stored::of).collect();
                    pass.quotes
                        .put(fact, &key_of(d), stamp, [true, true], stored);
                    pass.quotes.use_(fact, &key_of(d));
                    // pointing at the document's independent source, as the
                    // cached windows do ([`Pass::names`])
                    let source = &pass.sources.groups()[pass.sources.group_index(d)].key;
                    claim_windows[k][fi].extend(ev.into_iter().map(|mut e| {
                        e.source = source.clone();
                        e
                    }));
                }
            }
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let records: Vec<ClaimRecord> = selected
        .par_iter()
        .zip(claim_windows)
        .map(|(&ci, windows)| {
            let claim = &suite.claims[ci];
            let (verdict, supporting) = verdict_of(suite, table, pass, ci);
            let (sources, independent, more_sources) =
                bounded_sources(&pass.sources, docs, &supporting, shown);
            let facts = claim
                .facts
                .iter()
                .zip(windows)
                .enumerate()
                .map(|(fi, (f, mut ev))| {
                    let t = &pass.facts[table.slot_of[ci][fi] as usize];
                    ev.sort_by(|a, b| (&a.doc, a.start, a.end).cmp(&(&b.doc, b.start, b.end)));
                    let evidence = first_per_stance(ev, shown);
                    let more = more_of(t, shown);
                    FactRecord {
                        say: f.say.clone(),
                        verdict: t.verdict(),
                        evidence,
                        more,
                    }
                })
                .collect();
            let mut record = ClaimRecord::new(claim, verdict, sources, independent, facts);
            record.more_sources = more_sources;
            record.bounded(shown)
        })
        .collect();
    let mut report = Report::new(records, docs.len());
    report.cite_sorted(docs, Doc::id, |d| d.record(files));
    Ok((report, reread.len()))
}

/// What [`ClaimRecord::bounded`] leaves of the supporting documents grouped by
/// [`super::source_records`], without naming every supporting document: the first
/// `n` sources (by their first document) with their first `n` documents, the near
/// copies of those documents (either side), the documents listed, and what is not.
fn bounded_sources(
    grouped: &Sources,
    docs: &[Doc],
    supporting: &[usize],
    n: usize,
) -> (Vec<String>, Vec<SourceRecord>, Option<MoreSources>) {
    let mut seen = Bits::new(grouped.groups().len());
    let mut total = 0;
    // the first n sources, each with all its supporting documents (for near copies)
    let mut listed: Vec<(usize, Vec<usize>)> = Vec::new();
    for &d in supporting {
        let g = grouped.group_index(d);
        if seen.0[g / 64] & (1 << (g % 64)) == 0 {
            seen.set(g);
            total += 1;
            if listed.len() < n {
                listed.push((g, Vec::new()));
            }
        }
        if let Some(l) = listed.iter_mut().find(|l| l.0 == g) {
            l.1.push(d);
        }
    }
    let id = |d: usize| docs[d].id();
    let shown: std::collections::HashSet<&str> = listed
        .iter()
        .flat_map(|(_, ds)| ds.iter().take(n).map(|d| id(*d)))
        .collect();
    let records: Vec<SourceRecord> = listed
        .iter()
        .map(|(g, ds)| {
            let mut near = Vec::new();
            let mut pairs = std::collections::HashSet::new();
            for d in ds {
                if let Some(p) = grouped.near_copy_at(*d)
                    && pairs.insert((p.0, p.1))
                    && (shown.contains(p.0) || shown.contains(p.1))
                {
                    near.push(NearCopyRecord::of_pair(p));
                }
            }
            SourceRecord {
                name: grouped.groups()[*g].name.clone(),
                documents: ds.iter().take(n).map(|d| id(*d).to_string()).collect(),
                near_copies: near,
            }
        })
        .collect();
    // by index: a claim can have tens of thousands of supporting documents
    let mut shown_docs: Vec<usize> = listed
        .iter()
        .flat_map(|(_, ds)| ds.iter().take(n).copied())
        .collect();
    shown_docs.sort_unstable();
    let sources: Vec<String> = supporting
        .iter()
        .filter(|d| shown_docs.binary_search(d).is_ok())
        .map(|d| id(*d).to_string())
        .collect();
    let more = MoreSources {
        sources: total - listed.len(),
        documents: supporting.len() - sources.len(),
    };
    let more = (more.sources > 0 || more.documents > 0).then_some(more);
    (sources, records, more)
}

/// The windows of each stance past the first `shown`, and how many documents hold
/// them.
fn more_of(t: &FactTally, shown: usize) -> Vec<More> {
    let mut out = Vec::new();
    for (stance, st) in [
        (Stance::Supports, &t.supports),
        (Stance::Against, &t.against),
    ] {
        if st.windows <= shown as u64 {
            continue;
        }
        // documents whose every window is shown
        let mut seen = 0u64;
        let mut whole = 0u64;
        for (_, n) in &st.first {
            seen += u64::from(*n);
            if seen <= shown as u64 {
                whole += 1;
            }
        }
        out.push(More {
            stance,
            windows: (st.windows - shown as u64) as usize,
            documents: (st.documents - whole) as usize,
        });
    }
    out
}

/// Claim `ci`'s verdict and supporting documents (indexes in id order), from the
/// tallies of `pass` ([`claim_verdict`]).
pub(super) fn verdict_of(
    suite: &Suite,
    table: &Table,
    pass: &Pass,
    ci: usize,
) -> (Verdict, Vec<usize>) {
    let tallies: Vec<&FactTally> = table.slot_of[ci]
        .iter()
        .map(|s| &pass.facts[*s as usize])
        .collect();
    let source_of = |d: usize| pass.sources.group_index(d);
    let n_sources = pass.sources.groups().len();
    claim_verdict(&suite.claims[ci], &tallies, &source_of, n_sources)
}

/// The claim's verdict and supporting documents (indexes in id order), by the same
/// rules as [`crate::engine::verdict::claim_verdict`], from tallies.
fn claim_verdict(
    claim: &crate::engine::Claim,
    facts: &[&FactTally],
    source_of: &(dyn Fn(usize) -> usize + Sync),
    n_sources: usize,
) -> (Verdict, Vec<usize>) {
    let verdicts: Vec<FactVerdict> = facts.iter().map(|f| f.verdict()).collect();
    let distinct = |b: &Bits| {
        let mut seen = Bits::new(n_sources);
        let mut n = 0;
        for d in b.ones() {
            let s = source_of(d);
            if seen.0[s / 64] & (1 << (s % 64)) == 0 {
                seen.set(s);
                n += 1;
            }
        }
        n
    };
    let (enough, docs) = match claim.scope {
        Scope::Document => {
            let mut common: Option<Bits> = None;
            for f in facts {
                match &mut common {
                    None => common = Some(f.supporters.clone()),
                    Some(c) => c.and(&f.supporters),
                }
            }
            let common = common.unwrap_or_default();
            (
                !facts.is_empty() && distinct(&common) >= claim.sources,
                common,
            )
        }
        Scope::Corpus => {
            let enough = !facts.is_empty()
                && facts
                    .iter()
                    .all(|f| distinct(&f.supporters) >= claim.sources);
            let mut union = Bits::default();
            for f in facts {
                union.or(&f.supporters);
            }
            (enough, union)
        }
    };
    let verdict = crate::engine::verdict::combine(&verdicts, enough);
    let sources = if verdict == Verdict::Supported || verdict == Verdict::Partial {
        docs.ones().collect()
    } else {
        Vec::new()
    };
    (verdict, sources)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listings_are_the_same_only_when_every_path_is_written_the_same() {
        let file = |fs: &str, shown: &str| DocFile {
            id: "a".into(),
            fs_path: fs.into(),
            path: shown.into(),
            max_size: 1 << 20,
            identity: None,
            stamp: Some(Stamp::default()),
            text: None,
        };
        let a = [file("./corpus/a.md", "corpus/a.md")];
        assert!(same_listing(&a, &a.clone()));
        // equal as `Path`s, but a report would show another path
        assert!(!same_listing(
            &a,
            &[file("./corpus/./a.md", "corpus/./a.md")]
        ));
        assert!(!same_listing(&a, &[file("./corpus//a.md", "corpus/a.md")]));
        let mut stamped = a.clone();
        stamped[0].stamp = Some(Stamp {
            len: 1,
            ..Stamp::default()
        });
        assert!(!same_listing(&a, &stamped));
        assert!(!same_listing(&a, &[]));
    }

    #[test]
    fn document_sets_round_trip_sparse_and_dense() {
        let mut sparse = Bits::new(10_000);
        for i in [0, 1, 63, 64, 5_000, 9_999] {
            sparse.set(i);
        }
        let mut dense = Bits::new(200);
        for i in (0..200).step_by(2) {
            dense.set(i);
        }
        for b in [sparse, dense, Bits::new(0), Bits::new(77)] {
            let bytes = postcard::to_allocvec(&b).unwrap();
            let back: Bits = postcard::from_bytes(&bytes).unwrap();
            assert_eq!(back, b);
        }
        // a member past the end is damage, not a panic
        let bad = postcard::to_allocvec(&BitsRecord::Gaps {
            words: 1,
            gaps: vec![64],
        })
        .unwrap();
        assert!(postcard::from_bytes::<Bits>(&bad).is_err());
        // so is a size no corpus has (it would allocate 32 GB)
        let huge = postcard::to_allocvec(&BitsRecord::Gaps {
            words: u32::MAX,
            gaps: vec![1],
        })
        .unwrap();
        assert!(postcard::from_bytes::<Bits>(&huge).is_err());
    }

    #[test]
    fn moved_sets_equal_moving_each_member() {
        let mut seed = 11u64;
        let mut next = |m: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % m
        };
        for round in 0..200 {
            let n = 1 + next(400) as usize;
            let extra = next(5) as usize;
            // `extra` new members at random places, the old ones in order around them
            let mut new_at: Vec<usize> = (0..extra)
                .map(|_| next((n + extra) as u64) as usize)
                .collect();
            new_at.sort_unstable();
            new_at.dedup();
            let to: Vec<usize> = (0..n + new_at.len())
                .filter(|p| new_at.binary_search(p).is_err())
                .take(n)
                .collect();
            let grown = n + new_at.len();
            let mut b = Bits::new(n);
            let density = 1 + next(4);
            for i in 0..n {
                if next(density) == 0 || round % 17 == 0 {
                    b.set(i);
                }
            }
            let mut want = Bits::new(grown);
            for i in b.ones() {
                want.set(to[i]);
            }
            assert_eq!(
                b.moved(grown, &to),
                want,
                "round {round}: n {n}, new at {new_at:?}"
            );
        }
    }
}
