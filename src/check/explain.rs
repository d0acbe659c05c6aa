//! `explain`: one claim as a fact-checker debugs it. Every fact with its verdict,
//! every evidence window with the matched terms marked, the reason of every piece of
//! evidence against, and for a fact with no evidence its near misses: the windows
//! that hold the most of its terms, saying which were found and which were not; and
//! the windows a fact's `not` dropped, with the term that dropped each.
//!
//! [`explain_cached`] is what the command line runs, with the index. The claim's
//! windows come from the path that keeps every window ([`super::every`], with the
//! cache: a warm run reads only the articles whose tallies hold them). The windows a
//! fact's `not` dropped are looked for only in the articles whose cached stems can
//! hold the fact. The near misses of a fact without evidence are looked for in the
//! articles whose stems allow the most of its parts first (the terms one sentence
//! may hold, and its date and number, which stems do not tell), until the list is
//! full of near misses better than any article left allows. [`explain`] reads every
//! article; the tests compare the two.

use super::cache::{BloomRef, Words};
use super::tally::{self, Tallied};
use super::{build_report, gather};
use crate::corpus::{DocFile, read};
use crate::diag::Diagnostic;
use crate::engine::{Analysis, DocMatcher, Evidence, NearMiss, Suite, Test, Within};
use crate::paths::Paths;
use crate::report::{Explanation, NEAR_MISSES};
use crate::text::did_you_mean;
use rayon::prelude::*;

/// Explains claim `id` of `suite` over the corpus, reading every article.
pub fn explain(
    suite: &Suite,
    corpus: &[DocFile],
    id: &str,
) -> Result<Explanation, Vec<Diagnostic>> {
    let index = claim_index(suite, id)?;
    let sub = suite.subset(&[index]);
    let g = gather(&sub, corpus)?;
    let record = build_report(&sub, g.facts, g.documents).claims.remove(0);
    let looked = Looked::of(&sub, &record);
    looked_over(&sub, corpus, record, &looked, &|_, _| Hint::ANY)
}

/// Explains claim `id` of the suite at `paths`: its windows with the cache of `how`
/// (which a cold run fills, as `check` does), its near misses and dropped windows
/// from the articles whose cached stems can hold them. With the warnings about
/// skipped files.
pub fn explain_cached(
    paths: &Paths,
    id: &str,
    how: &Tallied,
) -> Result<(Explanation, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (loaded, early) = rayon::join(|| super::load(paths), || tally::Early::read(how));
    let mut loaded = loaded?;
    let index = claim_index(&loaded.suite, id)?;
    let sub = loaded.suite.subset(&[index]);
    let (every, mut warnings) =
        super::every::check(loaded.suite, vec![index], &loaded.files, how, early)?;
    let record = every
        .full_record(0, &loaded.files)
        .map_err(|e| super::spill::no_room("read", e))?;
    // what each article's stems (as the cache keeps them) allow of the facts explain
    // looks into: one without evidence, or with a `not`
    let looked = Looked::of(&sub, &record);
    let said = if looked.is_empty() {
        Vec::new()
    } else {
        let say = |w: &Words| -> Vec<Hint> {
            let facts = looked.missing.iter().chain(&looked.with_not);
            facts
                .map(|f| Hint {
                    parts: most_parts(&sub, &sub.claims[0].facts[*f].test, w),
                    dropped: tally::can_match(&sub, 0, *f, w),
                })
                .collect()
        };
        tally::by_stems(how.cache.as_deref(), &loaded.files, every.stamps(), &say)
    };
    let hint = |file: usize, k: usize| -> Hint {
        said.get(file)
            .and_then(Option::as_ref)
            .and_then(|h| h.get(k).copied())
            .unwrap_or(Hint::ANY)
    };
    loaded.warnings.append(&mut warnings);
    Ok((
        looked_over(&sub, &loaded.files, record, &looked, &hint)?,
        loaded.warnings,
    ))
}

/// What an article's stems allow of a fact: the most parts a near miss in it can
/// hold, and whether it can hold a window the fact's `not` dropped.
#[derive(Debug, Clone, Copy)]
struct Hint {
    parts: usize,
    dropped: bool,
}

impl Hint {
    /// An article whose stems are not known.
    const ANY: Hint = Hint {
        parts: usize::MAX,
        dropped: true,
    };
}

/// The facts explain looks into: without evidence (near misses), with a `not`
/// (dropped windows).
struct Looked {
    missing: Vec<usize>,
    with_not: Vec<usize>,
}

impl Looked {
    fn of(sub: &Suite, record: &crate::report::ClaimRecord) -> Looked {
        let facts = &sub.claims[0].facts;
        Looked {
            missing: (0..record.facts.len())
                .filter(|f| record.facts[*f].evidence.is_empty())
                .collect(),
            with_not: (0..record.facts.len())
                .filter(|f| !facts[*f].test.not.is_empty())
                .collect(),
        }
    }

    fn is_empty(&self) -> bool {
        self.missing.is_empty() && self.with_not.is_empty()
    }
}

/// The most parts of test `t` a near miss can hold where the stems are `w`: the
/// terms one window (a sentence; a paragraph is looked at as the whole article) may
/// hold, and its date and number, which stems do not tell.
fn most_parts(sub: &Suite, t: &Test, w: &Words) -> usize {
    let terms = |stems: BloomRef| {
        t.all
            .iter()
            .chain(&t.any)
            .filter(|id| tally::may_occur(sub, **id, stems))
            .count()
    };
    let in_window = match t.within {
        Within::Paragraph => terms(w.doc.borrowed()),
        _ => w.sentences().map(terms).max().unwrap_or(0),
    };
    in_window + usize::from(t.date.is_some()) + usize::from(t.number.is_some())
}

/// The index of claim `id` in `suite`, or an error with a did-you-mean.
fn claim_index(suite: &Suite, id: &str) -> Result<usize, Vec<Diagnostic>> {
    suite.claims.iter().position(|c| c.id == id).ok_or_else(|| {
        let mut d = Diagnostic::general(format!("no claim with id `{id}`"));
        let ids = || suite.claims.iter().map(|c| c.id.as_str());
        let starting: Vec<&str> = ids().filter(|c| c.starts_with(id)).take(4).collect();
        let tagged = suite.claims.iter().any(|c| c.tags.iter().any(|t| t == id));
        if tagged {
            d = d.help(format!(
                "`{id}` is a tag; explain takes one claim's id (`check --only {id}` checks the claims it tags)"
            ));
        } else if let Some(s) = did_you_mean(id, ids()) {
            d = d.help(format!("did you mean `{s}`?"));
        } else if !starting.is_empty() {
            let list: Vec<String> = starting.iter().map(|s| format!("`{s}`")).collect();
            d = d.help(format!("claim ids beginning with `{id}`: {}", list.join(", ")));
        }
        vec![d]
    })
}

/// The explanation of the one claim of `sub` with record `record`: the near misses
/// of its facts without evidence and the windows its facts' `not` dropped, looked for
/// in the files `hint` (file, place of the fact among the missing then the `not`
/// facts) allows. The dropped windows are looked for in every file that can hold
/// one. The near misses of a fact are looked for in the files that allow the most
/// parts first, until the list is full of near misses better than any file left
/// allows.
fn looked_over(
    sub: &Suite,
    corpus: &[DocFile],
    record: crate::report::ClaimRecord,
    looked: &Looked,
    hint: &dyn Fn(usize, usize) -> Hint,
) -> Result<Explanation, Vec<Diagnostic>> {
    let mut near_misses = vec![Vec::new(); record.facts.len()];
    let mut skipped = vec![Vec::new(); record.facts.len()];
    let Looked { missing, with_not } = looked;
    if !with_not.is_empty() {
        let files: Vec<&DocFile> = (0..corpus.len())
            .filter(|i| (0..with_not.len()).any(|k| hint(*i, missing.len() + k).dropped))
            .map(|i| &corpus[i])
            .collect();
        let (_, dropped) = per_doc(sub, &files, &[], with_not)?;
        for (k, list) in dropped.into_iter().enumerate() {
            skipped[with_not[k]] = list;
        }
    }
    for (k, f) in missing.iter().enumerate() {
        // the files that can hold a near miss, the most parts first
        let mut order: Vec<(usize, usize)> = (0..corpus.len())
            .map(|i| (hint(i, k).parts, i))
            .filter(|(parts, _)| *parts > 0)
            .collect();
        order.sort_by_key(|(parts, i)| (std::cmp::Reverse(*parts), *i));
        let mut list: Vec<NearMiss> = Vec::new();
        // in groups that grow: few files when the best are found early, many (read
        // in parallel) when they are not
        let (mut at, mut batch) = (0, 16 * rayon::current_num_threads().max(1));
        while at < order.len() {
            let left = order[at].0;
            if list.len() == NEAR_MISSES && list[NEAR_MISSES - 1].score > left {
                break;
            }
            // a group never mixes files that allow different numbers of parts, so
            // that the list is weighed against each number in turn
            let same = order[at..].partition_point(|(parts, _)| *parts == left);
            let group = &order[at..at + batch.min(same)];
            let files: Vec<&DocFile> = group.iter().map(|(_, i)| &corpus[*i]).collect();
            let (mut near, _) = per_doc(sub, &files, &[*f], &[])?;
            list.append(&mut near[0]);
            list = best(list);
            at += group.len();
            batch = (batch * 2).min(1 << 14);
        }
        near_misses[*f] = list;
    }
    Ok(Explanation {
        record,
        near_misses,
        skipped,
    })
}

/// Over `files`: the best [`NEAR_MISSES`] near misses of each fact of `missing`,
/// and the windows each fact of `with_not` had dropped by its `not`, in file order.
/// Only the best near misses are kept as the files are read.
#[allow(clippy::type_complexity)]
fn per_doc(
    sub: &Suite,
    files: &[&DocFile],
    missing: &[usize],
    with_not: &[usize],
) -> Result<(Vec<Vec<NearMiss>>, Vec<Vec<Evidence>>), Vec<Diagnostic>> {
    type PerDoc = (Vec<Vec<NearMiss>>, Vec<Vec<Evidence>>);
    let none = || -> Result<PerDoc, Diagnostic> {
        Ok((
            vec![Vec::new(); missing.len()],
            vec![Vec::new(); with_not.len()],
        ))
    };
    files
        .par_iter()
        .map(|f| {
            let Some(doc) = read(f)?.document() else {
                return none();
            };
            let a = Analysis::new(&doc);
            let m = DocMatcher::new(sub, &a);
            let near = missing
                .iter()
                .map(|fi| best(m.near_misses(0, *fi)))
                .collect();
            let dropped = with_not.iter().map(|fi| m.dropped_by_not(0, *fi)).collect();
            Ok((near, dropped))
        })
        // adjacent results in file order: the dropped windows stay in it
        .reduce(none, |a, b| {
            let ((mut near, mut dropped), (near_b, dropped_b)) = (a?, b?);
            for (list, more) in near.iter_mut().zip(near_b) {
                list.extend(more);
                *list = best(std::mem::take(list));
            }
            for (list, more) in dropped.iter_mut().zip(dropped_b) {
                list.extend(more);
            }
            Ok((near, dropped))
        })
        .map_err(|e| vec![e])
}

/// The best [`NEAR_MISSES`] of `list`: best first, ties in document then offset
/// order.
fn best(mut list: Vec<NearMiss>) -> Vec<NearMiss> {
    list.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| a.window.doc.cmp(&b.window.doc))
            .then(a.window.start.cmp(&b.window.start))
    });
    list.truncate(NEAR_MISSES);
    list
}
