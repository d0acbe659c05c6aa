//! `impact`: what new articles would change, without touching the corpus or the
//! snapshots. The new documents are matched against every claim; only the claims they
//! bear on are re-evaluated over the corpus (a claim's record depends only on the
//! documents that bear on it, so every other claim is unchanged by construction).

use super::{FactEvidence, build_report, gather_ungrouped};
use crate::corpus::{self, DocFile};
use crate::diag::Diagnostic;
use crate::engine::{Evidence, SourceDoc, Suite};
use crate::paths::Paths;
use crate::report::{
    ClaimChange, ClaimRecord, EvidenceChange, Impact, ImpactSummary, NearCopyRecord, NewDocument,
};
use std::collections::HashSet;
use std::path::PathBuf;

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

/// What adding `new_files` to the corpus would change. A new file's id is the one
/// `corpus add` would give it; one that is already a corpus id is an error. The new
/// articles' sources are grouped with the corpus's: a near copy of a corpus document,
/// or one with its outlet or via, is the same source.
pub fn impact(
    paths: &Paths,
    suite: &Suite,
    corpus: &[DocFile],
    new_files: &[PathBuf],
    given: &corpus::NewMeta,
) -> Result<Impact, Vec<Diagnostic>> {
    // refused before any is read, as `corpus add` refuses them
    let refused = corpus::input::check_batch(
        new_files,
        given.id.is_some(),
        "run impact once per article with --id, or leave --id out",
    );
    if !refused.is_empty() {
        return Err(refused);
    }
    let mut errors = Vec::new();
    let mut new_docs: Vec<DocFile> = Vec::new();
    let mut bodies: Vec<(String, String)> = Vec::new();
    for f in new_files {
        let shown = corpus::input::shown(paths, f);
        let stdin = corpus::input::is_stdin(f);
        if f.to_str().is_none() {
            errors.push(
                Diagnostic::file(&shown, "the file name is not valid UTF-8")
                    .help("rename the file; names are shown and written as UTF-8"),
            );
            continue;
        }
        if !stdin && !f.exists() {
            errors.push(
                Diagnostic::file(&shown, "no such file").help("give the path of an article file"),
            );
            continue;
        }
        // the id and the very text `corpus add` would write, so evidence, offsets and
        // relative dates are those of the document to come
        let prepared = match corpus::prepare(paths, f, given) {
            Ok(p) => p,
            Err(d) => {
                errors.push(d);
                continue;
            }
        };
        let id = prepared.id.clone();
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
            // a saved page or standard input is named by the file `corpus add` would
            // write, whose text the evidence is in; so is a file whose name would be
            // read with another layout (`.MD`: reading lays out exactly `.md` as
            // Markdown, while `corpus add` writes it as `.md`)
            let md = f.extension().and_then(|e| e.to_str()) == Some("md");
            let path = if stdin || prepared.from_html || md != (prepared.ext == "md") {
                paths.shown(&paths.corpus.join(format!("{id}.{}", prepared.ext)))
            } else {
                paths.shown(f)
            };
            new_docs.push(DocFile {
                id: id.clone(),
                fs_path: f.clone(),
                path,
                max_size: paths.access.max_file_size,
                identity: None,
                text: Some(prepared.contents().into()),
            });
            bodies.push((id, prepared.body));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let texts: Vec<&str> = bodies.iter().map(|b| b.1.as_str()).collect();
    let same_text: Vec<(String, String)> = corpus::same_texts(&texts, corpus)
        .map_err(|e| vec![e])?
        .into_iter()
        .zip(&bodies)
        .filter_map(|(dup, (id, _))| dup.map(|d| (id.clone(), d)))
        .collect();
    new_docs.sort_by(|a, b| a.id.cmp(&b.id));
    // 1. the new documents against every claim
    let (new_gathered, new_sources) = gather_ungrouped(suite, &new_docs)?;
    let new_evidence = new_gathered.facts.evidence;
    let touched: Vec<usize> = new_evidence
        .iter()
        .enumerate()
        .filter(|(_, facts)| facts.iter().any(|ev| !ev.is_empty()))
        .map(|(i, _)| i)
        .collect();
    // 2. the corpus, only for the claims the new documents bear on
    let sub = suite.subset(&touched);
    let (old_gathered, old_sources) = gather_ungrouped(&sub, corpus)?;
    let documents = old_gathered.documents;
    let old = old_gathered.facts.evidence;
    let mut merged = old.clone();
    for (ci, &orig) in touched.iter().enumerate() {
        for (fi, ev) in new_evidence[orig].iter().enumerate() {
            merged[ci][fi].extend(ev.iter().cloned());
            merged[ci][fi].sort_by(|a, b| (&a.doc, a.start, a.end).cmp(&(&b.doc, b.start, b.end)));
        }
    }
    // 3. sources: the corpus's before, the corpus's with the new documents after
    let mut all_sources: Vec<SourceDoc> = old_sources.clone();
    all_sources.extend(new_sources);
    all_sources.sort_by(|a, b| a.id.cmp(&b.id));
    let old = FactEvidence {
        evidence: old,
        ..FactEvidence::default()
    }
    .with_sources(&old_sources);
    let merged = FactEvidence {
        evidence: merged,
        ..FactEvidence::default()
    }
    .with_sources(&all_sources);
    let grouped = merged.sources.clone();
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
            .map(|d| {
                let group = grouped.group_of(&d.id);
                NewDocument {
                    id: d.id.clone(),
                    path: d.path.clone(),
                    same_text_as: same_text.iter().find(|s| s.0 == d.id).map(|s| s.1.clone()),
                    source: group.map_or_else(|| d.id.clone(), |g| g.name.clone()),
                    same_source_as: group
                        .map(|g| {
                            g.members
                                .iter()
                                .map(|i| grouped.id(*i).to_string())
                                .filter(|id| *id != d.id)
                                .collect()
                        })
                        .unwrap_or_default(),
                    near_copy: grouped.near_copy(&d.id).map(NearCopyRecord::of_pair),
                }
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
