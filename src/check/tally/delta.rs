//! The corpus-wide tallies after articles were added, changed or removed, from the
//! tallies the cache holds for the corpus it last saw (`facts.bin`): each fact's
//! old tally, less the removed documents' windows, plus the added ones', with every
//! document renumbered. The full pass folds every document's tallies instead
//! (68,683 records at 2,000 claims: most of the time of a `check` after one article
//! arrived); this gives the same [`FactTally`] (the tests compare them), or `None`
//! where it cannot, and then the fold runs.
//!
//! The pass itself ([`Delta::pass`]) reads only the files the cache does not keep,
//! and copies the cache's records of the others file by file, as they are, decoding
//! only their fingerprints (for near copies): the full pass's loop took each known
//! file's four records through three threads one document at a time.
//!
//! The one thing a tally cannot say is which documents follow its first ones: a
//! stance whose first documents held `shown` windows, and lose some of them with a
//! removed document, needs the documents after them. [`Delta::prepare`] finds
//! those before the pass ([`short_without`]) and leaves them to the fold.

use super::{
    DocEntry, DocOut, Encoded, FactTally, Folded, New, Old, Prior, StanceTally, Stats, Table,
    Tallied, Tallies, doc_of, read_doc,
};
use crate::check::cache::{self, Reader, ShingleParts, Writer};
use crate::corpus::DocFile;
use crate::diag::Diagnostic;
use crate::engine::Suite;
use crate::engine::sources::Shingles;
use crate::files::Stamp;
use rayon::prelude::*;
use std::path::Path;

/// The cache's tallies of this run's facts over the corpus it last saw, and the
/// tallies of its documents this run does not keep.
pub(super) struct Delta {
    /// By this run's fact slot, over the old documents.
    facts: Vec<FactTally>,
    /// The old documents that are none of this run's (removed, or changed), in
    /// order, each with its tallies (by this run's slot: the tables are the same).
    gone: Vec<(u32, Tallies)>,
    /// Each of this run's files: the old entry whose records stand for it (none:
    /// read this run).
    entry_of: Vec<Option<usize>>,
}

/// What the pass gives, as the full pass's loop makes it.
pub(super) struct Copied {
    /// The documents, their fingerprints (only, as the full pass keeps them), and
    /// this run's cache files, every record written (`None`: not written).
    pub folded: Folded,
    /// Each document: its old document, if it is one the cache kept.
    pub old_of: Vec<Option<u32>>,
    /// The documents read, with their tallies.
    pub added: Vec<(u32, Tallies)>,
}

/// A record of a new cache file: the old file's record of an entry, or one made
/// this run.
#[derive(Clone, Copy)]
enum Src<'a> {
    Old(usize),
    Made(&'a [u8]),
}

/// How the cache's documents map onto this run's.
pub(super) struct Moves {
    /// Each old document: this run's, if it kept it.
    pub new_of_old: Vec<Option<u32>>,
    /// Each of this run's documents: the old index of the nearest kept document at
    /// or before it (`-1`: none), which places an added document among the old ones.
    pub kept_before: Vec<i64>,
    /// The size of a new document set (the full pass's: every file).
    pub width: usize,
}

impl Moves {
    /// From each of this run's documents' old document, if it kept one.
    pub fn of(old_of: &[Option<u32>], old_docs: usize, width: usize) -> Option<Moves> {
        let mut new_of_old = vec![None; old_docs];
        let mut kept_before = Vec::with_capacity(old_of.len());
        let mut last = -1i64;
        for (i, o) in old_of.iter().enumerate() {
            if let Some(o) = o {
                let slot = new_of_old.get_mut(*o as usize)?;
                // kept documents keep their order
                if i64::from(*o) <= last || slot.is_some() {
                    return None;
                }
                *slot = Some(i as u32);
                last = i64::from(*o);
            }
            kept_before.push(last);
        }
        Some(Moves {
            new_of_old,
            kept_before,
            width,
        })
    }

    /// For each 64-document word of an old set: where its first member lands, when
    /// all 64 are kept next to one another (the word moves whole).
    fn whole_words(&self) -> Vec<Option<usize>> {
        let to = &self.new_of_old;
        (0..to.len().div_ceil(64))
            .map(|w| {
                let (lo, hi) = (w * 64, ((w + 1) * 64).min(to.len()));
                // (every member kept: a removed one with an added one in its
                // place would keep the span)
                let all = to[lo..hi].iter().all(Option::is_some);
                let (first, last) = (to[lo]?, to[hi - 1]?);
                (all && last - first == (hi - 1 - lo) as u32).then_some(first as usize)
            })
            .collect()
    }
}

impl Delta {
    /// The cache's tallies for this run, when `facts.bin` describes the corpus of
    /// `old`'s files and holds every fact of `table`, the tallies file is of the
    /// same table, and no stance needs the documents after its first ones.
    #[allow(clippy::too_many_arguments)]
    pub fn prepare(
        old: &Old,
        prior: &Prior,
        files: &[DocFile],
        stamps: &[Option<Stamp>],
        cached: Option<(super::Header, Vec<FactTally>)>,
        table: &Table,
        dir: &Path,
        shown: usize,
    ) -> Option<Delta> {
        if !old.remap.same {
            return None;
        }
        let (header, cached) = cached?;
        if header.corpus != super::facts_key(entries_key(&old.entries), shown) {
            return None;
        }
        let (by_slot, _) = table.place(&header.facts, cached);
        let facts: Vec<FactTally> = by_slot.into_iter().collect::<Option<_>>()?;
        // (an entry of a file skipped as binary is read again for its warning)
        let entry_of: Vec<Option<usize>> = files
            .iter()
            .zip(stamps)
            .map(|(f, s)| {
                let i = old.at_key(&f.fs_path.to_string_lossy())?;
                (old.keeps(i, f, *s) && old.entries[i].meta.is_some()).then_some(i)
            })
            .collect();
        let mut kept = vec![false; old.entries.len()];
        for i in entry_of.iter().flatten() {
            kept[*i] = true;
        }
        // most of the corpus changed (a checkout, a restore): the fold streams it
        // in chunks, where a delta would hold every file read at once, and save
        // nothing
        let read = entry_of.iter().filter(|e| e.is_none()).count();
        let gone = old.entries.len() - entry_of.iter().flatten().count();
        if (read + gone) * 4 > files.len().max(old.entries.len()) {
            return None;
        }
        // old documents this run does not keep (document, entry)
        let gone_at: Vec<(u32, usize)> = (prior.entries.iter().enumerate())
            .filter(|(_, e)| !kept[**e as usize])
            .map(|(d, e)| (d as u32, *e as usize))
            .collect();
        let tallies: Vec<Tallies> =
            super::records_at(dir, "tallies", old.generation, gone_at.iter().map(|g| g.1))?;
        let gone: Vec<(u32, Tallies)> = gone_at.iter().map(|g| g.0).zip(tallies).collect();
        let docs: Vec<u32> = gone.iter().map(|g| g.0).collect();
        // each slot's windows in the removed documents, by stance
        let mut lost: Vec<[u64; 2]> = vec![[0; 2]; facts.len()];
        for (_, t) in &gone {
            for (s, a, b) in t {
                let l = lost.get_mut(*s as usize)?;
                l[0] += u64::from(*a);
                l[1] += u64::from(*b);
            }
        }
        let short = lost
            .iter()
            .zip(&facts)
            .any(|(l, f)| *l != [0; 2] && short_without(f, &docs, *l, shown));
        (!short).then_some(Delta {
            facts,
            gone,
            entry_of,
        })
    }

    /// The pass: the files the cache does not keep read and matched, the cache's
    /// records of the others copied into `new` (four files at once), and every
    /// document's fingerprints. `Ok(None)` if the cache could not give a record back
    /// (then the full pass runs).
    #[allow(clippy::too_many_arguments)]
    pub fn pass(
        &self,
        suite: &Suite,
        table: &Table,
        files: &[DocFile],
        stamps: &[Option<Stamp>],
        old: &Old,
        dir: &Path,
        how: &Tallied,
        new: Option<New>,
        prior: &Prior,
    ) -> Result<Option<Copied>, Vec<Diagnostic>> {
        let all_slots: Vec<u32> = (0..table.keys.len() as u32).collect();
        let read: Vec<usize> = (0..files.len())
            .filter(|k| self.entry_of[*k].is_none())
            .collect();
        let writing = new.is_some();
        // (told in order, under the lock)
        let done = std::sync::Mutex::new(0usize);
        let outs: Vec<Result<(DocOut, Option<Encoded>), Diagnostic>> = read
            .par_iter()
            .map(|&k| {
                let stamp = stamps[k].unwrap_or_default();
                // (no `need`: the report quotes the few first documents it must)
                let mut out = read_doc(
                    suite,
                    table,
                    &files[k],
                    stamp,
                    &all_slots,
                    &[],
                    how.shown,
                    None,
                )?;
                let encoded = writing.then(|| New::encode(&mut out).ok()).flatten();
                if let Some(p) = &how.progress
                    && let Ok(mut n) = done.lock()
                {
                    *n += 1;
                    (p.0)(*n, read.len());
                }
                Ok((out, encoded))
            })
            .collect();
        // in the order of `read`
        let mut made: Vec<(DocOut, Option<Encoded>)> = Vec::with_capacity(read.len());
        let mut errors = Vec::new();
        for out in outs {
            match out {
                Ok(o) => made.push(o),
                Err(e) => errors.push(e),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        // a record that cannot be made: no cache is written
        let complete = made.iter().all(|(_, e)| e.is_some());
        let (generation, writers) = match new.filter(|_| complete) {
            Some(n) => (
                n.generation,
                [
                    Some(n.docs),
                    Some(n.tallies),
                    Some(n.words),
                    Some(n.shingles),
                ],
            ),
            None => (0, [None, None, None, None]),
        };
        let order = |kind: usize| {
            let mut made = made.iter();
            (0..files.len()).map(move |k| match self.entry_of[k] {
                Some(e) => Src::Old(e),
                None => Src::Made(
                    made.next()
                        .and_then(|m| m.1.as_ref())
                        .map_or(&[][..], |enc| &enc[kind][..]),
                ),
            })
        };
        let g = old.generation;
        let kinds = ["docs", "tallies", "words", "shingles"];
        let (copied, raw_shingles) = std::thread::scope(|scope| {
            let [d, t, w, sh] = writers;
            let others: Vec<_> = [d, t, w]
                .into_iter()
                .enumerate()
                .map(|(kind, w)| {
                    let order = order(kind);
                    scope.spawn(move || match w {
                        // not written: nothing to read
                        None => Some(None),
                        Some(w) => {
                            let r = Reader::open(dir, kinds[kind], Some(g));
                            stream(r, Some(w), order, |_, _| {})
                        }
                    })
                })
                .collect();
            // the fingerprints of the kept documents, read whether written or not
            let mut raw: Vec<(usize, Vec<u8>)> = Vec::with_capacity(files.len());
            let r = Reader::open(dir, "shingles", Some(g));
            let sh = stream(r, sh, order(3), |k, bytes| raw.push((k, bytes.to_vec())));
            let mut all: Vec<Option<Option<Writer>>> = others
                .into_iter()
                .map(|h| h.join().ok().flatten())
                .collect();
            all.push(sh);
            (all, raw)
        });
        // a record the cache cannot give back
        let Some(copied) = copied.into_iter().collect::<Option<Vec<Option<Writer>>>>() else {
            return Ok(None);
        };
        let fingerprints: Option<Vec<(usize, Vec<u32>)>> = raw_shingles
            .into_par_iter()
            .map(|(k, b)| Some((k, cache::decode_record::<ShingleParts>(&b)?.1)))
            .collect();
        let Some(fingerprints) = fingerprints else {
            return Ok(None);
        };
        let new = match <[Option<Writer>; 4]>::try_from(copied) {
            Ok([Some(docs), Some(tallies), Some(words), Some(shingles)]) => Some(New {
                generation,
                docs,
                tallies,
                words,
                shingles,
            }),
            _ => None,
        };
        let mut out = Copied {
            folded: Folded {
                docs: Vec::with_capacity(files.len()),
                shingles: Vec::with_capacity(files.len()),
                warnings: Vec::new(),
                stats: Stats::default(),
                new,
            },
            old_of: Vec::with_capacity(files.len()),
            added: Vec::new(),
        };
        let mut fingerprints = fingerprints.into_iter().peekable();
        let mut made = made.into_iter();
        for (k, f) in files.iter().enumerate() {
            let i = out.folded.docs.len() as u32;
            match (
                self.entry_of[k],
                self.entry_of[k].is_none().then(|| made.next()),
            ) {
                (Some(e), _) => {
                    let Some((_, fp)) = fingerprints.next_if(|(at, _)| *at == k) else {
                        return Ok(None);
                    };
                    let meta = old.entries[e].meta.clone().unwrap_or_default();
                    out.folded.stats.from_cache += 1;
                    out.old_of.push(prior.doc_of_entry(e));
                    out.folded
                        .shingles
                        .push(Shingles::from_parts(Vec::new(), fp));
                    out.folded.docs.push(doc_of(k, f, meta));
                }
                (None, Some(Some((d, _)))) => {
                    out.folded.stats.read += 1;
                    if let Some(w) = d.warning {
                        out.folded.warnings.push(w);
                        continue;
                    }
                    out.old_of.push(None);
                    out.added.push((i, d.tallies));
                    out.folded
                        .shingles
                        .push(Shingles::from_parts(Vec::new(), d.shingles.1));
                    out.folded
                        .docs
                        .push(doc_of(k, f, d.entry.meta.unwrap_or_default()));
                }
                (None, _) => return Ok(None),
            }
        }
        Ok(Some(out))
    }

    /// Every fact's tally over this run's documents: `added` are the documents
    /// read this run (new index, tallies), in order. `None` where a stance cannot be
    /// made without the documents after its first ones.
    pub fn apply(
        self,
        added: &[(u32, Tallies)],
        m: &Moves,
        shown: usize,
    ) -> Option<Vec<FactTally>> {
        let n = self.facts.len();
        let by_slot = |docs: &[(u32, Tallies)]| {
            let mut out: Vec<Vec<(u32, u32, u32)>> = vec![Vec::new(); n];
            for (d, t) in docs {
                for (s, a, b) in t {
                    out.get_mut(*s as usize)?.push((*d, *a, *b));
                }
            }
            Some(out)
        };
        let (gone, added) = (by_slot(&self.gone)?, by_slot(added)?);
        let whole = m.whole_words();
        self.facts
            .into_par_iter()
            .zip(gone)
            .zip(added)
            .map(|((f, g), a)| fact(&f, &g, &a, m, &whole, shown))
            .collect()
    }
}

/// Writes one cache file's records in `order` to `w` (if given), the old ones read
/// from `r` (`seen` gets each, with its place in `order`). `None` if `r` cannot give
/// one back; `Some(None)` if the file could not be written.
fn stream<'a>(
    mut r: Option<Reader>,
    mut w: Option<Writer>,
    order: impl Iterator<Item = Src<'a>>,
    mut seen: impl FnMut(usize, &[u8]),
) -> Option<Option<Writer>> {
    for (k, src) in order.enumerate() {
        let read: Vec<u8>;
        let bytes = match src {
            Src::Old(e) => {
                read = r.as_mut()?.read_raw_at(e)?;
                seen(k, &read);
                &read[..]
            }
            Src::Made(b) => b,
        };
        if w.as_mut().is_some_and(|w| w.put_raw(bytes).is_err()) {
            w = None;
        }
    }
    Some(w)
}

/// The key of the corpus state the cache's entries describe: `corpus_key` of the
/// files as that run listed them.
pub(super) fn entries_key(entries: &[DocEntry]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    for e in entries {
        e.key.as_bytes().hash(&mut h);
        e.id.hash(&mut h);
        Some(e.stamp).hash(&mut h);
    }
    h.finish()
}

/// Whether a stance of `f` held `shown` windows in its first documents, and holds
/// fewer without documents `gone` (sorted; `lost` the windows of each stance in
/// them) while documents after them hold more: its first documents are then among
/// those, which only the fold finds. Documents added can only add to the first
/// ones, so [`stance`] never declines what this lets through.
fn short_without(f: &FactTally, gone: &[u32], lost: [u64; 2], shown: usize) -> bool {
    [&f.supports, &f.against]
        .into_iter()
        .zip(lost)
        .any(|(st, lost)| {
            let left: u64 = st
                .first
                .iter()
                .filter(|(d, _)| gone.binary_search(d).is_err())
                .map(|(_, n)| u64::from(*n))
                .sum();
            st.windows >= shown as u64
                && left < shown as u64
                && left < st.windows.saturating_sub(lost)
        })
}

/// One fact's tally over this run's documents: `gone` and `added` its windows in the
/// documents removed (old index) and added (new index), in order.
fn fact(
    f: &FactTally,
    gone: &[(u32, u32, u32)],
    added: &[(u32, u32, u32)],
    m: &Moves,
    whole: &[Option<usize>],
    shown: usize,
) -> Option<FactTally> {
    let supports = stance(&f.supports, gone, added, |t| t.1, m, shown)?;
    let against = stance(&f.against, gone, added, |t| t.2, m, shown)?;
    let mut supporters = f.supporters.renumbered(m.width, &m.new_of_old, whole);
    for (d, a, _) in added {
        if *a > 0 {
            supporters.set(*d as usize);
        }
    }
    Some(FactTally {
        supports,
        against,
        supporters,
    })
}

/// One stance's tally over this run's documents (see [`fact`]); `n` reads its
/// windows from a (document, supports, against) triple.
fn stance(
    st: &StanceTally,
    gone: &[(u32, u32, u32)],
    added: &[(u32, u32, u32)],
    n: impl Fn(&(u32, u32, u32)) -> u32,
    m: &Moves,
    shown: usize,
) -> Option<StanceTally> {
    let lost = gone.iter().map(&n).filter(|n| *n > 0);
    let won = added.iter().map(&n).filter(|n| *n > 0);
    let windows = (st.windows + won.clone().map(u64::from).sum::<u64>())
        .checked_sub(lost.clone().map(u64::from).sum())?;
    let documents = (st.documents + won.count() as u64).checked_sub(lost.clone().count() as u64)?;
    // the first documents held every document of the stance up to the last of
    // them (all of them, if they never reached `shown` windows): those kept, and
    // the added ones placed before the next kept document after it (all of them,
    // when no kept document after it has windows)
    let last = st.first.last().map_or(-1, |x| i64::from(x.0));
    let mut list: Vec<(u32, u32)> = st
        .first
        .iter()
        .filter_map(|(d, k)| Some((m.new_of_old.get(*d as usize).copied()??, *k)))
        .collect();
    let kept_first: u64 = list.iter().map(|x| u64::from(x.1)).sum();
    let kept_all = st.windows.checked_sub(lost.map(u64::from).sum())?;
    let every = kept_first == kept_all;
    list.extend(
        added
            .iter()
            .filter(|t| n(t) > 0 && (every || m.kept_before[t.0 as usize] <= last))
            .map(|t| (t.0, n(t))),
    );
    list.sort_unstable();
    let mut first = Vec::new();
    let mut held = 0u64;
    for (d, k) in list {
        if held >= shown as u64 {
            break;
        }
        first.push((d, k));
        held += u64::from(k);
    }
    // fewer than `shown` windows, with more in documents after these
    if held < shown as u64 && held < windows {
        return None;
    }
    Some(StanceTally {
        windows,
        documents,
        first,
    })
}

#[cfg(test)]
mod tests {
    use super::super::Bits;
    use super::*;

    /// The full pass's fold of per-document tallies (one slot).
    fn fold(docs: &[(u32, u32)], width: usize, shown: usize) -> FactTally {
        let mut f = FactTally {
            supporters: Bits::new(width),
            ..FactTally::default()
        };
        for (d, (a, b)) in docs.iter().enumerate() {
            f.add(d as u32, *a, *b, shown);
        }
        f
    }

    #[test]
    fn a_delta_equals_the_fold_of_the_corpus_it_leads_to() {
        let mut seed = 7u64;
        let mut next = |m: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % m.max(1)
        };
        let shown = 5;
        let (mut applied, mut declined) = (0, 0);
        for round in 0..3000 {
            let n = next(300) as usize;
            // windows per document: dense, sparse or none, by round
            let density = 1 + next(8);
            let windows = |next: &mut dyn FnMut(u64) -> u64| {
                if next(density) == 0 {
                    (next(4) as u32, next(3) as u32)
                } else {
                    (0, 0)
                }
            };
            let old: Vec<(u32, u32)> = (0..n).map(|_| windows(&mut next)).collect();
            // each old document kept or not; new ones placed anywhere
            let mut new_docs: Vec<(Option<u32>, (u32, u32))> = Vec::new();
            let drop_rate = 1 + next(40);
            for (i, w) in old.iter().enumerate() {
                while next(30) == 0 {
                    new_docs.push((None, windows(&mut next)));
                }
                if next(drop_rate) != 0 || round % 11 == 0 {
                    new_docs.push((Some(i as u32), *w));
                }
            }
            while next(4) == 0 {
                new_docs.push((None, windows(&mut next)));
            }
            let width = new_docs.len() + next(3) as usize;
            let before = fold(&old, n + next(3) as usize, shown);
            let want = fold(
                &new_docs.iter().map(|d| d.1).collect::<Vec<_>>(),
                width,
                shown,
            );
            let old_of: Vec<Option<u32>> = new_docs.iter().map(|d| d.0).collect();
            let m = Moves::of(&old_of, n, width).expect("kept documents in order");
            let gone: Vec<(u32, u32, u32)> = (0..n as u32)
                .filter(|d| m.new_of_old[*d as usize].is_none())
                .map(|d| (d, old[d as usize].0, old[d as usize].1))
                .filter(|t| t.1 + t.2 > 0)
                .collect();
            let added: Vec<(u32, u32, u32)> = new_docs
                .iter()
                .enumerate()
                .filter(|(_, d)| d.0.is_none() && d.1.0 + d.1.1 > 0)
                .map(|(i, d)| (i as u32, d.1.0, d.1.1))
                .collect();
            let gone_docs: Vec<u32> = gone.iter().map(|g| g.0).collect();
            let lost = gone.iter().fold([0u64; 2], |l, g| {
                [l[0] + u64::from(g.1), l[1] + u64::from(g.2)]
            });
            let short = short_without(&before, &gone_docs, lost, shown);
            match fact(&before, &gone, &added, &m, &m.whole_words(), shown) {
                Some(got) => {
                    applied += 1;
                    assert_eq!(got.supports, want.supports, "round {round}");
                    assert_eq!(got.against, want.against, "round {round}");
                    let (g, w): (Vec<usize>, Vec<usize>) = (
                        got.supporters.ones().collect(),
                        want.supporters.ones().collect(),
                    );
                    assert_eq!(g, w, "round {round}: supporters");
                }
                None => {
                    declined += 1;
                    assert!(short, "round {round}: declined what the check let through");
                }
            }
        }
        // both ways are exercised
        assert!(
            applied > 1000 && declined > 20,
            "{applied} applied, {declined} declined"
        );
    }

    #[test]
    fn documents_out_of_order_are_no_moves() {
        assert!(Moves::of(&[Some(1), Some(0)], 2, 2).is_none());
        assert!(Moves::of(&[Some(0), Some(0)], 2, 2).is_none());
        assert!(Moves::of(&[Some(2)], 2, 2).is_none());
        let m = Moves::of(&[None, Some(1), None], 2, 3).unwrap();
        assert_eq!(m.new_of_old, vec![None, Some(1)]);
        assert_eq!(m.kept_before, vec![-1, 1, 1]);
    }
}
