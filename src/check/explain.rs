//! `explain`: one claim as a fact-checker debugs it. Every fact with its verdict,
//! every evidence window with the matched terms marked, the reason of every piece of
//! evidence against, and for a fact with no evidence its near misses: the windows
//! that hold the most of its terms, saying which were found and which were not; and
//! the windows a fact's `not` dropped, with the term that dropped each.
//!
//! [`explain_cached`] is what the command line runs: the claim's windows come from
//! the path that keeps every window ([`super::every`], with the cache: a warm run
//! reads only the articles that hold them), and the near misses and dropped windows
//! are looked for only in the articles whose cached stems can hold one of the
//! fact's terms. [`explain`] reads every article; the tests compare the two.

use super::tally::{self, Tallied};
use super::{build_report, gather};
use crate::corpus::{DocFile, read};
use crate::diag::Diagnostic;
use crate::engine::{Analysis, DocMatcher, Evidence, NearMiss, Suite, Test};
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
    let everywhere = vec![true; corpus.len()];
    looked_over(&sub, corpus, record, &everywhere)
}

/// Explains claim `id` of the suite at `paths`: its windows with the cache of `how`
/// (which a cold run fills, as `check` does), its near misses and dropped windows
/// from the articles that can hold them. With the warnings about skipped files.
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
    // the articles whose stems (as the cache keeps them) may hold a term of a fact
    // explain looks into: one without evidence, or with a `not`
    let looked: Vec<&Test> = sub.claims[0]
        .facts
        .iter()
        .zip(&record.facts)
        .filter(|(f, r)| r.evidence.is_empty() || !f.test.not.is_empty())
        .map(|(f, _)| &f.test)
        .collect();
    let may = |words: &super::cache::Words| {
        looked.iter().any(|t| {
            let terms = || t.all.iter().chain(&t.any);
            terms().next().is_none()
                || terms().any(|id| tally::may_occur(&sub, *id, words.doc.borrowed()))
        })
    };
    let read = if looked.is_empty() {
        vec![false; loaded.files.len()]
    } else {
        tally::stems_allow(how.cache.as_deref(), &loaded.files, every.stamps(), &may)
    };
    loaded.warnings.append(&mut warnings);
    Ok((
        looked_over(&sub, &loaded.files, record, &read)?,
        loaded.warnings,
    ))
}

/// The index of claim `id` in `suite`, or an error with a did-you-mean.
fn claim_index(suite: &Suite, id: &str) -> Result<usize, Vec<Diagnostic>> {
    suite.claims.iter().position(|c| c.id == id).ok_or_else(|| {
        let mut d = Diagnostic::general(format!("no claim with id `{id}`"));
        if let Some(s) = did_you_mean(id, suite.claims.iter().map(|c| c.id.as_str())) {
            d = d.help(format!("did you mean `{s}`?"));
        }
        vec![d]
    })
}

/// The explanation of the one claim of `sub` with record `record`: the near misses
/// of its facts without evidence and the windows its facts' `not` dropped, looked for
/// in the files `read` marks. A file left out must hold none of the terms of those
/// facts: then it holds no dropped window (one needs every `all` term and an `any`
/// term) and no near miss but one made of a date or number alone, so when such a
/// near miss could still make a fact's list, the files left out are read for it.
fn looked_over(
    sub: &Suite,
    corpus: &[DocFile],
    record: crate::report::ClaimRecord,
    read: &[bool],
) -> Result<Explanation, Vec<Diagnostic>> {
    let facts = &sub.claims[0].facts;
    let missing: Vec<usize> = (0..record.facts.len())
        .filter(|f| record.facts[*f].evidence.is_empty())
        .collect();
    let with_not: Vec<usize> = (0..record.facts.len())
        .filter(|f| !facts[*f].test.not.is_empty())
        .collect();
    let mut near_misses = vec![Vec::new(); record.facts.len()];
    let mut skipped = vec![Vec::new(); record.facts.len()];
    if !missing.is_empty() || !with_not.is_empty() {
        let chosen = |want: bool| -> Vec<&DocFile> {
            corpus
                .iter()
                .zip(read)
                .filter(|(_, r)| **r == want)
                .map(|(f, _)| f)
                .collect()
        };
        let (near, dropped) = per_doc(sub, &chosen(true), &missing, &with_not)?;
        for (k, list) in near.into_iter().enumerate() {
            near_misses[missing[k]] = list;
        }
        for (k, list) in dropped.into_iter().enumerate() {
            skipped[with_not[k]] = list;
        }
        // the most parts a window without any of a fact's terms can hold: its date
        // and its number
        let alone = |t: &Test| usize::from(t.date.is_some()) + usize::from(t.number.is_some());
        let again: Vec<usize> = missing
            .iter()
            .copied()
            .filter(|f| {
                let list = &near_misses[*f];
                alone(&facts[*f].test) > 0
                    && (list.len() < NEAR_MISSES
                        || list[NEAR_MISSES - 1].score <= alone(&facts[*f].test))
            })
            .collect();
        let rest = chosen(false);
        if !again.is_empty() && !rest.is_empty() {
            let (near, _) = per_doc(sub, &rest, &again, &[])?;
            for (k, list) in near.into_iter().enumerate() {
                near_misses[again[k]].extend(list);
            }
        }
        for list in &mut near_misses {
            *list = best(std::mem::take(list));
        }
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
