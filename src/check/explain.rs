//! `explain`: one claim as a fact-checker debugs it. Every fact with its verdict,
//! every evidence window with the matched terms marked, the reason of every piece of
//! evidence against, and for a fact with no evidence its near misses: the windows
//! that hold the most of its terms, saying which were found and which were not; and
//! the windows a fact's `not` dropped, with the term that dropped each.

use super::{build_report, gather};
use crate::corpus::{DocFile, read};
use crate::diag::Diagnostic;
use crate::engine::{Analysis, DocMatcher, Evidence, NearMiss, Suite};
use crate::report::{Explanation, NEAR_MISSES};
use crate::text::did_you_mean;
use rayon::prelude::*;

/// Explains claim `id` of `suite` over the corpus.
pub fn explain(
    suite: &Suite,
    corpus: &[DocFile],
    id: &str,
) -> Result<Explanation, Vec<Diagnostic>> {
    let Some(index) = suite.claims.iter().position(|c| c.id == id) else {
        let mut d = Diagnostic::general(format!("no claim with id `{id}`"));
        if let Some(s) = did_you_mean(id, suite.claims.iter().map(|c| c.id.as_str())) {
            d = d.help(format!("did you mean `{s}`?"));
        }
        return Err(vec![d]);
    };
    let sub = suite.subset(&[index]);
    let g = gather(&sub, corpus)?;
    let record = build_report(&sub, g.facts, g.documents).claims.remove(0);
    let missing: Vec<usize> = (0..record.facts.len())
        .filter(|f| record.facts[*f].evidence.is_empty())
        .collect();
    let with_not: Vec<usize> = (0..record.facts.len())
        .filter(|f| !sub.claims[0].facts[*f].test.not.is_empty())
        .collect();
    let mut near_misses = vec![Vec::new(); record.facts.len()];
    let mut skipped = vec![Vec::new(); record.facts.len()];
    if !missing.is_empty() || !with_not.is_empty() {
        // per document: the near misses of each fact without evidence, and the
        // windows each fact's `not` dropped
        type PerDoc = (Vec<Vec<NearMiss>>, Vec<Vec<Evidence>>);
        let per_doc: Vec<Result<PerDoc, Diagnostic>> = corpus
            .par_iter()
            .map(|f| {
                let Some(doc) = read(f)?.document() else {
                    return Ok((Vec::new(), Vec::new()));
                };
                let a = Analysis::new(&doc);
                let m = DocMatcher::new(&sub, &a);
                let near = missing
                    .iter()
                    .map(|fi| {
                        let mut v = m.near_misses(0, *fi);
                        v.truncate(NEAR_MISSES);
                        v
                    })
                    .collect();
                let dropped = with_not.iter().map(|fi| m.dropped_by_not(0, *fi)).collect();
                Ok((near, dropped))
            })
            .collect();
        for r in per_doc {
            let (near, dropped) = r.map_err(|e| vec![e])?;
            for (k, list) in near.into_iter().enumerate() {
                near_misses[missing[k]].extend(list);
            }
            for (k, list) in dropped.into_iter().enumerate() {
                skipped[with_not[k]].extend(list);
            }
        }
        for list in &mut near_misses {
            // best first; ties in document then offset order
            list.sort_by(|a, b| {
                b.score
                    .cmp(&a.score)
                    .then_with(|| a.window.doc.cmp(&b.window.doc))
                    .then(a.window.start.cmp(&b.window.start))
            });
            list.truncate(NEAR_MISSES);
        }
    }
    Ok(Explanation {
        record,
        near_misses,
        skipped,
    })
}
