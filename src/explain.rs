//! `explain`: one claim as a fact-checker debugs it. Every fact with its verdict,
//! every evidence window with the matched terms marked, the reason of every piece of
//! evidence against, and for a fact with no evidence its near misses: the windows
//! that hold the most of its terms, saying which were found and which were not.

use crate::analysis::Analysis;
use crate::claims::Suite;
use crate::corpus::{self, DocFile};
use crate::diag::Diagnostic;
use crate::matcher::{DocMatcher, Evidence, NearMiss, Stance};
use crate::report::{ClaimRecord, sanitize};
use crate::{build_report, gather};
use rayon::prelude::*;
use std::io::{self, Write};

/// How many near misses to show per fact.
pub const NEAR_MISSES: usize = 3;

#[derive(Debug, Clone)]
pub struct Explanation {
    pub record: ClaimRecord,
    /// Per fact: its near misses (empty when it has evidence).
    pub near_misses: Vec<Vec<NearMiss>>,
}

/// Explains claim `id` of `suite` over the corpus.
pub fn explain(
    suite: &Suite,
    corpus: &[DocFile],
    id: &str,
) -> Result<Explanation, Vec<Diagnostic>> {
    let Some(index) = suite.claims.iter().position(|c| c.id == id) else {
        let mut d = Diagnostic::general(format!("no claim with id `{id}`"));
        if let Some(s) = crate::diag::did_you_mean(id, suite.claims.iter().map(|c| c.id.as_str())) {
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
    let mut near_misses = vec![Vec::new(); record.facts.len()];
    if !missing.is_empty() {
        let per_doc: Vec<Result<Vec<Vec<NearMiss>>, Diagnostic>> = corpus
            .par_iter()
            .map(|f| {
                let Some(doc) = corpus::read_text(f)? else {
                    return Ok(Vec::new());
                };
                let a = Analysis::new(&doc);
                let m = DocMatcher::new(&sub, &a);
                Ok(missing
                    .iter()
                    .map(|fi| {
                        let mut v = m.near_misses(0, *fi);
                        v.truncate(NEAR_MISSES);
                        v
                    })
                    .collect())
            })
            .collect();
        for r in per_doc {
            for (k, list) in r.map_err(|e| vec![e])?.into_iter().enumerate() {
                near_misses[missing[k]].extend(list);
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
    })
}

/// The quote of `e` with its hits marked: bold yellow with `colour`, else `⟦…⟧`.
pub fn highlight(e: &Evidence, colour: bool) -> String {
    let mut ranges: Vec<(usize, usize)> = e
        .hits
        .iter()
        .map(|h| {
            (
                h.start.saturating_sub(e.start),
                h.end.saturating_sub(e.start),
            )
        })
        .filter(|(s, t)| s < t && *t <= e.quote.len())
        .collect();
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.0 <= last.1 => last.1 = last.1.max(r.1),
            _ => merged.push(r),
        }
    }
    let (open, close) = if colour {
        ("\x1b[1m\x1b[33m", "\x1b[0m")
    } else {
        ("⟦", "⟧")
    };
    let mut out = String::new();
    let mut at = 0;
    for (s, t) in merged {
        if !e.quote.is_char_boundary(s) || !e.quote.is_char_boundary(t) {
            continue;
        }
        out.push_str(&sanitize(&e.quote[at..s]));
        out.push_str(open);
        out.push_str(&sanitize(&e.quote[s..t]));
        out.push_str(close);
        at = t;
    }
    out.push_str(&sanitize(&e.quote[at..]));
    out
}

impl Explanation {
    pub fn write_text(&self, out: &mut dyn Write, colour: bool) -> io::Result<()> {
        let r = &self.record;
        let (b, d, x) = if colour {
            ("\x1b[1m", "\x1b[2m", "\x1b[0m")
        } else {
            ("", "", "")
        };
        writeln!(out, "{b}{}{x}  {}:{}", r.id, r.file, r.line)?;
        writeln!(out, "  {}", sanitize(&r.statement))?;
        let expect = r.expect.map_or("(none)".to_string(), |e| e.to_string());
        let met = match r.met {
            Some(true) => " (met)",
            Some(false) => " (NOT met)",
            None => "",
        };
        writeln!(out, "  expect {expect}, verdict {b}{}{x}{met}", r.verdict)?;
        writeln!(
            out,
            "  scope {}, needs {} source(s); supported by: {}",
            r.scope,
            r.min_sources,
            r.sources_text()
        )?;
        for (i, f) in r.facts.iter().enumerate() {
            writeln!(out)?;
            writeln!(
                out,
                "{b}fact {}: {}{x} → {}",
                i + 1,
                sanitize(&f.say),
                f.verdict
            )?;
            for e in &f.evidence {
                // against in capitals, to stand out
                let stance = match e.stance {
                    Stance::Supports => e.stance.as_str().to_string(),
                    Stance::Against => e.stance.as_str().to_uppercase(),
                };
                writeln!(out, "  {stance} {}:{}:{}", e.path.display(), e.line, e.col)?;
                writeln!(out, "    {}", highlight(e, colour))?;
                if let Some(reason) = &e.reason {
                    writeln!(out, "    {d}reason: {}{x}", sanitize(reason))?;
                }
            }
            if f.evidence.is_empty() {
                let misses = &self.near_misses[i];
                if misses.is_empty() {
                    writeln!(out, "  no evidence, and no window holds any of its terms")?;
                } else {
                    writeln!(out, "  no evidence; near misses:")?;
                }
                for m in misses {
                    let e = &m.window;
                    writeln!(out, "  ~ {}:{}:{}", e.path.display(), e.line, e.col)?;
                    writeln!(out, "    {}", highlight(e, colour))?;
                    writeln!(
                        out,
                        "    {d}found: {}; missing: {}{x}",
                        sanitize(&m.found.join(", ")),
                        sanitize(&m.missing.join(", "))
                    )?;
                }
            }
        }
        Ok(())
    }
}
