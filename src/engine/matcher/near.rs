//! Near misses, for `explain`: the windows of a document that come closest to
//! matching a fact without evidence, read with the judge's own routine and ranked by
//! how many of the fact's parts they hold.

use super::state::DocMatcher;
use super::windows::Window;
use crate::engine::evidence::NearMiss;
use crate::engine::model::Within;
use crate::text::dates::{Basis, DateMatch};
use crate::text::numbers::Kind;
use crate::text::sanitize;

impl DocMatcher<'_> {
    /// The windows of this document that come closest to matching a fact: those
    /// holding the most of its terms (and its date or number mention), best first.
    pub fn near_misses(&self, claim: usize, fact: usize) -> Vec<NearMiss> {
        let t = &self.suite.claims[claim].facts[fact].test;
        let segments = match t.within {
            Within::Paragraph => &self.a.paragraphs,
            _ => &self.a.sentences,
        };
        let mut out = Vec::new();
        for s in segments.iter().filter(|s| !s.tokens.is_empty()) {
            let w = Window::of(s);
            let r = self.read(t, w);
            let mut found = Vec::new();
            let mut missing = Vec::new();
            let mut hits = Vec::new();
            let term_hits = |id: usize, h: Vec<(usize, usize)>| {
                let text = &self.term(id).text;
                h.into_iter()
                    .map(|(s, e)| self.hit(text, s, e))
                    .collect::<Vec<_>>()
            };
            for (id, h) in r.all {
                let name = self.term(id).text.to_string();
                if h.is_empty() {
                    missing.push(name);
                } else {
                    found.push(name);
                    hits.extend(term_hits(id, h));
                }
            }
            if !r.any.is_empty() {
                let names: Vec<&str> = r.any.iter().map(|(id, _)| &*self.term(*id).text).collect();
                let missing_any = format!("any of {}", names.join(", "));
                let mut any_found = false;
                for (id, h) in r.any {
                    if !h.is_empty() {
                        any_found = true;
                        found.push(self.term(id).text.to_string());
                        hits.extend(term_hits(id, h));
                    }
                }
                if !any_found {
                    missing.push(missing_any);
                }
            }
            if let Some(spec) = t.date {
                let equal = r.dates.iter().any(|(_, c)| *c == DateMatch::Equal);
                let said = r
                    .dates
                    .iter()
                    .map(|(d, _)| d.described(self.a.text()))
                    .collect::<Vec<_>>()
                    .join(", ");
                if r.dates.is_empty() {
                    // dates that are there but say nothing about the fact's: say so
                    let aside: Vec<String> = self
                        .a
                        .dates_in(w.start, w.end)
                        .iter()
                        .map(|d| match d.basis {
                            Basis::Dateline => {
                                format!("{d} is the dateline's, which dates the report")
                            }
                            // (of the fact's precision, but left out: it dates
                            // another act, a saying, or an earlier occurrence)
                            _ if spec.compare(d).is_some() => format!(
                                "{} dates another act than the fact's",
                                d.described(self.a.text())
                            ),
                            _ => format!("{} is of another precision", d.described(self.a.text())),
                        })
                        .collect();
                    if aside.is_empty() {
                        missing.push(format!("the date {spec}"));
                    } else {
                        missing.push(format!("the date {spec} ({})", aside.join("; ")));
                    }
                } else if equal {
                    found.push(format!("the date ({said})"));
                } else {
                    // a date is there, but not the fact's: completing the window would
                    // make it evidence against
                    missing.push(format!("the date {spec} (it says {said})"));
                }
                hits.extend(
                    r.dates
                        .iter()
                        .map(|(d, _)| self.hit(&"date".into(), d.start, d.end)),
                );
            }
            if let Some(q) = t.number {
                if r.numbers.is_empty() {
                    // numbers that are there but count something else: say what
                    let aside: Vec<String> = self
                        .a
                        .numbers_in(w.start, w.end)
                        .iter()
                        .map(|n| {
                            let said = sanitize(&self.a.text()[n.start..n.end]);
                            let what = match n.kind {
                                Kind::Count | Kind::More | Kind::Whole => "counts",
                                Kind::Age => "is the age",
                                Kind::Family => "counts a person's children",
                                Kind::Earlier => "is an earlier figure",
                                Kind::Then => "is an earlier time's figure",
                                Kind::Modifier => "is a modifier",
                                Kind::Ordinal => "is an ordinal",
                                Kind::Year => "is a year",
                            };
                            match (n.kind, self.counted_name(n)) {
                                (Kind::Count, Some(c)) => format!("\"{said}\" counts {c}"),
                                (Kind::Count, None) => format!("\"{said}\" counts nothing"),
                                (Kind::Age, Some(c)) => format!("\"{said}\" is the {c}"),
                                (_, _) => format!("\"{said}\" {what}"),
                            }
                        })
                        .collect();
                    if aside.is_empty() {
                        missing.push(format!("a number ({q})"));
                    } else {
                        missing.push(format!("a number ({q}; {})", aside.join(", ")));
                    }
                } else {
                    let said: Vec<String> = r
                        .numbers
                        .iter()
                        .map(|n| match self.counted_name(n) {
                            Some(c) => format!("{} {c}", n.quantity),
                            None => n.quantity.to_string(),
                        })
                        .collect();
                    found.push(format!("a number ({})", said.join(", ")));
                    hits.extend(
                        r.numbers
                            .iter()
                            .map(|n| self.hit(&"number".into(), n.start, n.end)),
                    );
                }
            }
            if found.is_empty() {
                continue;
            }
            if missing.is_empty()
                && let Some(q) = self.asked(t, w)
            {
                missing.push(format!(
                    "the act told, not only asked or supposed (after \"{}\")",
                    sanitize(&self.a.text()[self.a.tokens[q].start..self.a.tokens[q].end])
                ));
            }
            if missing.is_empty()
                && let Some(k) = self.said_by_other(t, w)
            {
                missing.push(format!(
                    "the fact's own name saying it, not another (\"{}\")",
                    sanitize(&self.a.text()[self.a.tokens[k].start..self.a.tokens[k].end])
                ));
            }
            let ev = self.evidence_with(w, false, hits, Vec::new());
            out.push(NearMiss {
                score: found.len(),
                found,
                missing,
                window: ev,
            });
        }
        out.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(a.window.start.cmp(&b.window.start))
        });
        out
    }
}
