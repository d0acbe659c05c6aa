//! `impact`: what new articles would change, without touching the corpus or the
//! snapshots. The new documents are matched against every claim; only the claims they
//! bear on are re-evaluated over the corpus (a claim's record depends only on the
//! documents that bear on it, so every other claim is unchanged by construction),
//! from the tallies of the archive path: with a warm cache only the new articles are
//! read. The cache is not written with the new articles in it.

use super::gather_ungrouped;
use super::tally::{self, Tallied};
use crate::corpus::{self, DocFile};
use crate::diag::Diagnostic;
use crate::engine::Suite;
use crate::paths::Paths;
use crate::report::EVIDENCE_SHOWN;
use crate::report::{
    ClaimChange, EvidenceChange, Impact, ImpactSummary, NearCopyRecord, NewDocument,
};
use std::path::PathBuf;

/// What adding `new_files` to the corpus would change (`cached`: with the cache
/// under `paths.root`, else reading every article; the result is the same; `early`:
/// the cache files already read, [`tally::Early::of`] the cache folder while the
/// corpus was listed, or `Early::default()`). A new file's id is the one
/// `corpus add` would give it; one that is already a corpus id is an error. The new
/// articles' sources are grouped with the corpus's: a near copy of a corpus document,
/// or one with its outlet or via, is the same source.
pub fn impact(
    paths: &Paths,
    suite: &Suite,
    corpus: &[DocFile],
    new_files: &[PathBuf],
    given: &corpus::NewMeta,
    cached: bool,
    early: tally::Early,
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
            // standard input, and a file whose text `corpus add` would rewrite (a
            // saved page; front matter added or changed by `--outlet` and the like),
            // is named by the file `corpus add` would write, whose lines the evidence
            // counts; so is a file whose name would be read with another layout
            // (`.MD`: reading lays out exactly `.md` as Markdown, while `corpus add`
            // writes it as `.md`)
            let md = f.extension().and_then(|e| e.to_str()) == Some("md");
            let contents = prepared.contents();
            let path = if stdin || prepared.rewrites(&contents) || md != (prepared.ext == "md") {
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
                stamp: None,
                text: Some(contents.into()),
            });
            bodies.push((id, prepared.body));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    // the new articles in id order, each with its text without front matter
    let mut new: Vec<(DocFile, String)> = new_docs
        .into_iter()
        .zip(bodies.into_iter().map(|b| b.1))
        .collect();
    new.sort_by(|a, b| a.0.id.cmp(&b.0.id));
    let (new_docs, bodies): (Vec<DocFile>, Vec<String>) = new.into_iter().unzip();
    let texts: Vec<&str> = bodies.iter().map(String::as_str).collect();
    // 1. the new documents against every claim
    let (new_gathered, _) = gather_ungrouped(suite, &new_docs)?;
    let new_evidence = new_gathered.facts.evidence;
    let touched: Vec<usize> = new_evidence
        .iter()
        .enumerate()
        .filter(|(_, facts)| facts.iter().any(|ev| !ev.is_empty()))
        .map(|(i, _)| i)
        .collect();
    // 2. the corpus, only for the claims the new documents bear on: tallies, from
    // the cache when it holds them (so only the new articles are read), then the
    // new articles' tallies added to them; without a usable cache, the corpus with
    // the new articles is tallied again (without writing the cache)
    let how = Tallied {
        cache: cached.then(|| super::cache::folder(&paths.root)),
        shown: EVIDENCE_SHOWN,
        progress: None,
        read_only: false,
    };
    let (before, added) =
        tally::check_adding(suite, &touched, corpus, &new_docs, &texts, &how, early)?;
    let (after, grouped, same_text) = match added {
        Some(a) => (a.verdicts, a.sources, a.same_text),
        None => {
            let same_text = corpus::same_texts(&texts, corpus).map_err(|e| vec![e])?;
            let mut all: Vec<DocFile> = corpus.iter().chain(&new_docs).cloned().collect();
            all.sort_by(|a, b| a.id.cmp(&b.id));
            let after_how = Tallied {
                read_only: true,
                ..how
            };
            let (after, _, grouped) = tally::check_grouped(suite, &touched, &all, &after_how)?;
            (
                after.claims.iter().map(|c| c.verdict).collect(),
                grouped,
                same_text,
            )
        }
    };
    let same_text: Vec<(String, String)> = same_text
        .into_iter()
        .zip(&new_docs)
        .filter_map(|(dup, d)| dup.map(|s| (d.id.clone(), s)))
        .collect();
    // 3. what changed: the verdicts, and the new articles' windows (the corpus's
    // own windows do not change when an article is added)
    let changed: Vec<ClaimChange> = before
        .claims
        .iter()
        .zip(&after)
        .zip(&touched)
        .map(|((b, &after), &orig)| {
            let added = new_evidence[orig]
                .iter()
                .enumerate()
                .flat_map(|(i, ev)| {
                    ev.iter().map(move |e| EvidenceChange {
                        fact: i + 1,
                        say: b.facts[i].say.clone(),
                        evidence: e.clone(),
                    })
                })
                .collect();
            ClaimChange {
                id: b.id.clone(),
                file: b.file.clone(),
                line: b.line,
                statement: b.statement.clone(),
                expect: b.expect,
                before: b.verdict,
                after,
                flips: after != b.verdict,
                added,
                removed: Vec::new(),
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
