//! `impact`: what new articles would change, without touching the corpus or the
//! snapshots. The new documents are matched against every claim; only the claims they
//! bear on are re-evaluated over the corpus (a claim's record depends only on the
//! documents that bear on it, so every other claim is unchanged by construction).

use crate::claims::Suite;
use crate::corpus::{self, DocFile};
use crate::diag::Diagnostic;
use crate::matcher::Evidence;
use crate::report::{ClaimRecord, sanitize};
use crate::verdict::Verdict;
use crate::{Paths, build_report, gather};
use serde::Serialize;
use std::collections::HashSet;
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

    pub fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, self)?;
        writeln!(out)
    }

    pub fn write_text(&self, out: &mut dyn Write) -> io::Result<()> {
        for d in &self.documents {
            writeln!(out, "new article {} (as `{}`)", d.path.display(), d.id)?;
            if let Some(dup) = &d.same_text_as {
                writeln!(
                    out,
                    "  note: its text is already in the corpus as `{dup}`; `corpus add` refuses it without --force"
                )?;
            }
        }
        for c in &self.changed {
            writeln!(out)?;
            let arrow = if c.flips {
                format!("\x1b[1m\x1b[33m{} → {}\x1b[0m", c.before, c.after)
            } else {
                format!("{} → {}", c.before, c.after)
            };
            writeln!(
                out,
                "\x1b[1m{}\x1b[0m  {arrow}  {}",
                c.id,
                sanitize(&c.statement)
            )?;
            if let (true, Some(e)) = (c.flips, c.expect) {
                let note = if e == c.after {
                    "would now meet"
                } else {
                    "would no longer meet"
                };
                writeln!(out, "  {note} expect = \"{e}\" ({}:{})", c.file, c.line)?;
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
                        e.path.display(),
                        e.line,
                        e.col
                    )?;
                    writeln!(out, "      \"{}\"", sanitize(&e.quote))?;
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
            "{} of {} claims would change ({} verdict{} flip), {} unchanged",
            s.changed,
            s.claims,
            s.flipped,
            if s.flipped == 1 { "" } else { "s" },
            s.unchanged
        )
    }
}

fn changes(
    before: &ClaimRecord,
    after: &ClaimRecord,
) -> (Vec<EvidenceChange>, Vec<EvidenceChange>) {
    let mut added = Vec::new();
    let mut removed = Vec::new();
    for (i, (b, a)) in before.facts.iter().zip(&after.facts).enumerate() {
        let wrap = |e: &Evidence| EvidenceChange {
            fact: i + 1,
            say: a.say.clone(),
            evidence: e.clone(),
        };
        // a window of a document with a stance names a piece of evidence
        let key = |e: &Evidence| (e.doc.clone(), e.start, e.end, e.stance);
        let was: HashSet<_> = b.evidence.iter().map(key).collect();
        let is: HashSet<_> = a.evidence.iter().map(key).collect();
        added.extend(
            a.evidence
                .iter()
                .filter(|e| !was.contains(&key(e)))
                .map(wrap),
        );
        removed.extend(
            b.evidence
                .iter()
                .filter(|e| !is.contains(&key(e)))
                .map(wrap),
        );
    }
    (added, removed)
}

/// What adding `new_files` to the corpus would change. A new file's id is its file
/// name without extension; one that is already a corpus id is an error.
pub fn impact(
    paths: &Paths,
    suite: &Suite,
    corpus: &[DocFile],
    new_files: &[PathBuf],
) -> Result<Impact, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut new_docs: Vec<DocFile> = Vec::new();
    let mut bodies: Vec<(String, String)> = Vec::new();
    for f in new_files {
        let shown = paths.shown(f);
        if !f.is_file() {
            let what = if f.exists() {
                "not a file"
            } else {
                "no such file"
            };
            errors.push(Diagnostic::file(&shown, what).help("give the path of an article file"));
            continue;
        }
        // the id `corpus add` would give it, so evidence names the document to come
        let doc = match std::fs::read(f)
            .map_err(|e| Diagnostic::file(&shown, format!("cannot read: {e}")))
            .and_then(|bytes| {
                let probe = if f.extension().and_then(|e| e.to_str()) == Some("md") {
                    "new.md"
                } else {
                    "new.txt"
                };
                corpus::parse("new", std::path::Path::new(probe), bytes).map_err(|mut d| {
                    d.path = shown.clone();
                    d
                })
            }) {
            Ok(d) => d,
            Err(d) => {
                errors.push(d);
                continue;
            }
        };
        let id = crate::add::derived_id(&doc.meta, f);
        if let Some(c) = corpus.iter().find(|c| c.id == id) {
            errors.push(
                Diagnostic::file(
                    &shown,
                    format!("`{id}` is already a corpus document ({})", c.path.display()),
                )
                .help("impact shows what new articles change; this one's id is taken"),
            );
        } else if new_docs.iter().any(|d| d.id == id) {
            errors.push(Diagnostic::file(
                &shown,
                format!("two new files have the id `{id}`"),
            ));
        } else {
            bodies.push((id.clone(), doc.text[doc.body_start..].to_string()));
            new_docs.push(DocFile {
                id,
                fs_path: f.clone(),
                path: shown,
            });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let texts: Vec<&str> = bodies.iter().map(|b| b.1.as_str()).collect();
    let same_text: Vec<(String, String)> = crate::add::same_texts(&texts, corpus)
        .map_err(|e| vec![e])?
        .into_iter()
        .zip(&bodies)
        .filter_map(|(dup, (id, _))| dup.map(|d| (id.clone(), d)))
        .collect();
    new_docs.sort_by(|a, b| a.id.cmp(&b.id));
    // 1. the new documents against every claim
    let new_evidence = gather(suite, &new_docs)?.facts;
    let touched: Vec<usize> = new_evidence
        .iter()
        .enumerate()
        .filter(|(_, facts)| facts.iter().any(|ev| !ev.is_empty()))
        .map(|(i, _)| i)
        .collect();
    // 2. the corpus, only for the claims the new documents bear on
    let sub = suite.subset(&touched);
    let old_gathered = gather(&sub, corpus)?;
    let documents = old_gathered.documents;
    let old = old_gathered.facts;
    let mut merged = old.clone();
    for (ci, &orig) in touched.iter().enumerate() {
        for (fi, ev) in new_evidence[orig].iter().enumerate() {
            merged[ci][fi].extend(ev.iter().cloned());
            merged[ci][fi].sort_by(|a, b| (&a.doc, a.start, a.end).cmp(&(&b.doc, b.start, b.end)));
        }
    }
    let before = build_report(&sub, old, documents);
    let after = build_report(&sub, merged, documents + new_docs.len());
    let changed: Vec<ClaimChange> = before
        .claims
        .iter()
        .zip(&after.claims)
        .map(|(b, a)| {
            let (added, removed) = changes(b, a);
            ClaimChange {
                id: a.id.clone(),
                file: a.file.clone(),
                line: a.line,
                statement: a.statement.clone(),
                expect: a.expect,
                before: b.verdict,
                after: a.verdict,
                flips: a.verdict != b.verdict,
                added,
                removed,
            }
        })
        .filter(|c| c.flips || !c.added.is_empty() || !c.removed.is_empty())
        .collect();
    let flipped = changed.iter().filter(|c| c.flips).count();
    Ok(Impact {
        version: 1,
        documents: new_docs
            .iter()
            .map(|d| NewDocument {
                id: d.id.clone(),
                path: d.path.clone(),
                same_text_as: same_text.iter().find(|s| s.0 == d.id).map(|s| s.1.clone()),
            })
            .collect(),
        summary: ImpactSummary {
            claims: suite.claims.len(),
            changed: changed.len(),
            flipped,
            unchanged: suite.claims.len() - changed.len(),
        },
        changed,
    })
}
