//! `explain`'s view of one claim: every fact with its verdict, every evidence window
//! with the matched terms marked, the reason of every piece of evidence against, and
//! the rule that turned it, the windows a fact's `not` dropped, and the near misses
//! of a fact without evidence.

use super::record::ClaimRecord;
use super::style::{BOLD, DIM, Paint, YELLOW};
use crate::engine::evidence::{Evidence, NearMiss, Stance};
use crate::text::{escaped, sanitize, shorten};
use serde::Serialize;
use std::io::{self, Write};

/// How many near misses to show per fact.
pub const NEAR_MISSES: usize = 3;

#[derive(Debug, Clone)]
pub struct Explanation {
    pub record: ClaimRecord,
    /// Per fact: its near misses (empty when it has evidence).
    pub near_misses: Vec<Vec<NearMiss>>,
    /// Per fact: the windows that matched it but were dropped by its `not`, in
    /// document then offset order.
    pub skipped: Vec<Vec<Evidence>>,
}

/// The rules that turned a window against a fact, named from its reason: the fact's
/// `against` table, negation, asserted absence, a date or a number conflict.
pub fn rules_of(reason: &str) -> Vec<&'static str> {
    reason
        .split("; ")
        .filter_map(|part| {
            if part.starts_with("matches the fact's `against`") {
                Some("the fact's `against` table")
            } else if part.starts_with("negated by") && !part.ends_with("as the fact asserts") {
                Some("negation (a cue in the clause of a matched term)")
            } else if part.starts_with("not negated:") {
                Some("asserted absence (`negation = \"asserted\"`)")
            } else if part.starts_with("date ") {
                Some("date conflict (no date mention equals the fact's)")
            } else if part.starts_with("number ") {
                Some("number conflict (no number mention satisfies the fact's)")
            } else {
                None
            }
        })
        .collect()
}

/// The quote of `e` with its hits marked: bold yellow with colour, else `⟦…⟧`.
pub fn highlight(e: &Evidence, paint: Paint) -> String {
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
    let (open, close) = if paint.is_on() {
        (paint.start(&[BOLD, YELLOW]), paint.end())
    } else {
        ("⟦".to_string(), "⟧".to_string())
    };
    // every stretch shortened on its own: the marked terms all stay in view
    let shown = |s: &str| sanitize(&shorten(s)).into_owned();
    let mut out = String::new();
    let mut at = 0;
    for (s, t) in merged {
        if !e.quote.is_char_boundary(s) || !e.quote.is_char_boundary(t) {
            continue;
        }
        out.push_str(&shown(&e.quote[at..s]));
        out.push_str(&open);
        out.push_str(&shown(&e.quote[s..t]));
        out.push_str(&close);
        at = t;
    }
    out.push_str(&shown(&e.quote[at..]));
    out
}

/// One window: `LABEL path:line:col`, the quote with its hits marked, its reason.
fn write_window(out: &mut dyn Write, label: &str, e: &Evidence, paint: Paint) -> io::Result<()> {
    writeln!(
        out,
        "  {label} {}:{}:{}",
        escaped(e.path.display()),
        e.line,
        e.col
    )?;
    writeln!(out, "    {}", highlight(e, paint))?;
    if let Some(reason) = &e.reason {
        let (d, x) = (paint.start(&[DIM]), paint.end());
        writeln!(out, "    {d}reason: {}{x}", sanitize(reason))?;
    }
    Ok(())
}

impl Explanation {
    pub fn write_text(&self, out: &mut dyn Write, paint: Paint) -> io::Result<()> {
        let r = &self.record;
        let (b, d, x) = (paint.start(&[BOLD]), paint.start(&[DIM]), paint.end());
        writeln!(out, "{b}{}{x}  {}:{}", r.id, sanitize(&r.file), r.line)?;
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
                write_window(out, &stance, e, paint)?;
                let rules = e.reason.as_deref().map(rules_of).unwrap_or_default();
                if e.stance == Stance::Against && !rules.is_empty() {
                    writeln!(out, "    {d}turned against by: {}{x}", rules.join(", "))?;
                }
            }
            for e in &self.skipped[i] {
                write_window(out, "SKIPPED", e, paint)?;
            }
            if f.evidence.is_empty() && !self.skipped[i].is_empty() {
                writeln!(
                    out,
                    "  no evidence: every window that matched was dropped by its `not`"
                )?;
            } else if f.evidence.is_empty() {
                let misses = &self.near_misses[i];
                if misses.is_empty() {
                    writeln!(out, "  no evidence, and no window holds any of its terms")?;
                } else {
                    writeln!(out, "  no evidence; near misses:")?;
                }
                for m in misses {
                    let e = &m.window;
                    writeln!(
                        out,
                        "  ~ {}:{}:{}",
                        escaped(e.path.display()),
                        e.line,
                        e.col
                    )?;
                    writeln!(out, "    {}", highlight(e, paint))?;
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

/// `explain --format json`, version 1: the claim's record as `check --format json`
/// writes it, and per fact (in the same order) the windows its `not` dropped and its
/// near misses.
#[derive(Serialize)]
pub struct ExplanationJson<'a> {
    pub version: u32,
    pub claim: &'a ClaimRecord,
    pub facts: Vec<FactExplanationJson<'a>>,
}

/// What `explain` adds to one fact of the claim's record.
#[derive(Serialize)]
pub struct FactExplanationJson<'a> {
    pub say: &'a str,
    /// The windows that matched the fact but were dropped by its `not`.
    pub skipped: &'a [Evidence],
    /// For a fact without evidence, the windows holding the most of its parts.
    pub near_misses: &'a [NearMiss],
}

impl Explanation {
    /// The explanation as its JSON wire type.
    pub fn json(&self) -> ExplanationJson<'_> {
        ExplanationJson {
            version: 1,
            claim: &self.record,
            facts: self
                .record
                .facts
                .iter()
                .enumerate()
                .map(|(i, f)| FactExplanationJson {
                    say: &f.say,
                    skipped: self.skipped.get(i).map_or(&[], Vec::as_slice),
                    near_misses: self.near_misses.get(i).map_or(&[], Vec::as_slice),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::rules_of;

    #[test]
    fn rules_are_named_from_reasons() {
        assert_eq!(
            rules_of("negated by \"no\""),
            ["negation (a cue in the clause of a matched term)"]
        );
        assert!(rules_of("negated by \"no\", as the fact asserts").is_empty());
        assert_eq!(
            rules_of("matches the fact's `against` (all = [\"x\"]); negated by \"not\"").len(),
            2
        );
        assert_eq!(
            rules_of("date 2025-12-04 ≠ 2025-12-03"),
            ["date conflict (no date mention equals the fact's)"]
        );
        assert_eq!(
            rules_of("not negated: the fact asserts this did not happen"),
            ["asserted absence (`negation = \"asserted\"`)"]
        );
    }
}
