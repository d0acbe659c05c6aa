//! `impact`'s answer to "what would these articles change?": the new documents, and
//! each claim whose verdict or evidence would change, with the evidence added and
//! removed. Wire types of `impact --format json`, and the text printer.

use super::record::NearCopyRecord;
use super::style::{BOLD, Paint, YELLOW};
use crate::engine::evidence::Evidence;
use crate::engine::model::Verdict;
use crate::text::{escaped, plural, sanitize, shorten};
use serde::Serialize;
use std::io::{self, Write};
use std::path::PathBuf;

/// One piece of evidence that would appear or disappear, with the fact it bears on.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceChange {
    /// 1-based index of the fact in its claim.
    pub fact: usize,
    pub say: String,
    #[serde(flatten)]
    pub evidence: Evidence,
}

/// A claim whose verdict or evidence would change.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimChange {
    pub id: String,
    pub file: String,
    pub line: usize,
    pub statement: String,
    pub expect: Option<Verdict>,
    pub before: Verdict,
    pub after: Verdict,
    /// Whether the verdict changes.
    pub flips: bool,
    pub added: Vec<EvidenceChange>,
    pub removed: Vec<EvidenceChange>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NewDocument {
    /// The id `corpus add` would give it.
    pub id: String,
    pub path: PathBuf,
    /// A corpus document with the same text (`corpus add` would refuse it).
    pub same_text_as: Option<String>,
    /// The name of the independent source it would belong to.
    pub source: String,
    /// The other documents of that source, in id order.
    pub same_source_as: Vec<String>,
    /// Its closest near copy (the shorter text is `doc`), if it has one.
    pub near_copy: Option<NearCopyRecord>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ImpactSummary {
    pub claims: usize,
    pub changed: usize,
    pub flipped: usize,
    pub unchanged: usize,
}

/// The answer to "what would these articles change?".
#[derive(Debug, Clone, Serialize)]
pub struct Impact {
    pub version: u32,
    pub documents: Vec<NewDocument>,
    pub summary: ImpactSummary,
    pub changed: Vec<ClaimChange>,
}

impl Impact {
    pub fn any_flip(&self) -> bool {
        self.summary.flipped > 0
    }

    pub fn write_text(&self, out: &mut dyn Write, paint: Paint) -> io::Result<()> {
        for d in &self.documents {
            writeln!(
                out,
                "new article {} (as `{}`)",
                escaped(d.path.display()),
                sanitize(&d.id)
            )?;
            if let Some(dup) = &d.same_text_as {
                writeln!(
                    out,
                    "  note: its text is already in the corpus as `{}`; `corpus add` refuses it without --force",
                    sanitize(dup)
                )?;
            }
            if let Some(n) = &d.near_copy {
                let shorter = n.doc == d.id;
                let share = NearCopyRecord::share(n.percent, shorter);
                let line = if shorter {
                    format!("a near copy of `{}`: {share}", sanitize(&n.of))
                } else {
                    format!("`{}` is a near copy of it: {share}", sanitize(&n.doc))
                };
                writeln!(out, "  note: {line}")?;
            }
            if !d.same_source_as.is_empty() {
                // the first few, like evidence: an outlet's source can hold thousands
                let shown = super::EVIDENCE_SHOWN;
                let others: Vec<String> = d
                    .same_source_as
                    .iter()
                    .take(shown)
                    .map(|o| format!("`{}`", sanitize(o)))
                    .collect();
                let more = match d.same_source_as.len().saturating_sub(shown) {
                    0 => String::new(),
                    n => format!(" and {}", plural(n, "more document")),
                };
                writeln!(
                    out,
                    "  note: one independent source with {}{more} ({})",
                    others.join(", "),
                    sanitize(&d.source)
                )?;
            }
        }
        for c in &self.changed {
            writeln!(out)?;
            let arrow = format!("{} → {}", c.before, c.after);
            let arrow = if c.flips {
                paint.paint(&[BOLD, YELLOW], arrow)
            } else {
                arrow
            };
            writeln!(
                out,
                "{}  {arrow}  {}",
                paint.paint(&[BOLD], &c.id),
                sanitize(&c.statement)
            )?;
            if let (true, Some(e)) = (c.flips, c.expect) {
                let note = if e == c.after {
                    "would now meet"
                } else {
                    "would no longer meet"
                };
                writeln!(
                    out,
                    "  {note} expect = \"{e}\" ({}:{})",
                    sanitize(&c.file),
                    c.line
                )?;
            }
            for (sign, list) in [("+", &c.added), ("-", &c.removed)] {
                for ch in list {
                    let e = &ch.evidence;
                    let stance = e.stance.as_str();
                    writeln!(
                        out,
                        "  {sign} fact {} ({}): {stance} {}:{}:{}",
                        ch.fact,
                        sanitize(&ch.say),
                        escaped(e.path.display()),
                        e.line,
                        e.col
                    )?;
                    writeln!(out, "      \"{}\"", sanitize(&shorten(&e.quote)))?;
                    if let Some(r) = &e.reason {
                        writeln!(out, "      reason: {}", sanitize(r))?;
                    }
                }
            }
        }
        let s = &self.summary;
        writeln!(out)?;
        writeln!(
            out,
            "{} of {} claims would change ({} flip), {} unchanged",
            s.changed,
            s.claims,
            plural(s.flipped, "verdict"),
            s.unchanged
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_source_of(n: usize) -> String {
        let impact = Impact {
            version: 1,
            documents: vec![NewDocument {
                id: "new".into(),
                path: "new.md".into(),
                same_text_as: None,
                source: "Outlet".into(),
                same_source_as: (0..n).map(|i| format!("d{i}")).collect(),
                near_copy: None,
            }],
            summary: ImpactSummary {
                claims: 0,
                changed: 0,
                flipped: 0,
                unchanged: 0,
            },
            changed: Vec::new(),
        };
        let mut out = Vec::new();
        impact.write_text(&mut out, Paint::OFF).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_large_source_is_named_by_its_first_documents() {
        let t = with_source_of(700);
        assert!(
            t.contains("with `d0`, `d1`, `d2`, `d3`, `d4` and 695 more documents (Outlet)"),
            "{t}"
        );
        assert!(!t.contains("`d5`"), "{t}");
        let t = with_source_of(6);
        assert!(t.contains("`d4` and 1 more document (Outlet)"), "{t}");
        let t = with_source_of(2);
        assert!(t.contains("with `d0`, `d1` (Outlet)"), "{t}");
    }
}
