//! factcheck: a fact-check assertion harness. Claims (TOML) are checked against a
//! corpus of articles; every fact gets a verdict with evidence spans.
//!
//! The pipeline, data flowing one way:
//!
//! ```text
//! claims (TOML → Suite) ──────────────┐
//! corpus (files → Document) → analysis ┴→ matcher (Evidence) → verdict → report
//! ```
//!
//! Loading ([`claims`], [`corpus`]) is where every error is found; [`analysis`],
//! [`matcher`] and [`verdict`] do no I/O and cannot fail. Each document is read,
//! folded and segmented once per run, in parallel, and every fact is matched against
//! that one analysis. The library never prints.

pub mod add;
pub mod analysis;
pub mod claims;
pub mod corpus;
pub mod dates;
pub mod diag;
pub mod explain;
pub mod impact;
pub mod lint;
pub mod matcher;
pub mod numbers;
pub mod report;
pub mod terms;
pub mod text;
pub mod verdict;

use crate::analysis::Analysis;
use crate::claims::{ClaimFile, Suite};
use crate::corpus::DocFile;
use crate::diag::Diagnostic;
use crate::matcher::{DocMatcher, Evidence};
use crate::report::{ClaimRecord, FactRecord, Report};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Where a suite lives: the root, its claims folder and its corpus folder.
#[derive(Debug, Clone)]
pub struct Paths {
    pub root: PathBuf,
    pub claims: PathBuf,
    pub corpus: PathBuf,
}

impl Paths {
    /// `claims` and `corpus` default to `ROOT/claims` and `ROOT/corpus`.
    pub fn new(root: impl Into<PathBuf>, claims: Option<PathBuf>, corpus: Option<PathBuf>) -> Self {
        let root = root.into();
        Self {
            claims: claims.unwrap_or_else(|| root.join("claims")),
            corpus: corpus.unwrap_or_else(|| root.join("corpus")),
            root,
        }
    }

    /// A path as shown to people: relative to the root when it is under it.
    pub fn shown(&self, path: &Path) -> PathBuf {
        let rel = path.strip_prefix(&self.root).unwrap_or(path);
        rel.strip_prefix(".").unwrap_or(rel).to_path_buf()
    }
}

fn missing_folder(what: &str, flag: &str, dir: &Path) -> Diagnostic {
    Diagnostic::file(dir, format!("{what} folder not found")).help(format!(
        "run from the suite's root, or pass --root or {flag}"
    ))
}

/// Reads and validates every claim file under the claims folder.
pub fn load_suite(paths: &Paths) -> Result<Suite, Vec<Diagnostic>> {
    if !paths.claims.is_dir() {
        return Err(vec![missing_folder("claims", "--claims", &paths.claims)]);
    }
    let found = claims::discover(&paths.claims).map_err(|e| {
        vec![Diagnostic::file(
            &paths.shown(&paths.claims),
            format!("cannot read: {e}"),
        )]
    })?;
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in found {
        let shown = paths.shown(&p);
        match std::fs::read(&p).map(String::from_utf8) {
            Ok(Ok(source)) => files.push(ClaimFile {
                path: shown,
                source,
            }),
            Ok(Err(e)) => errors.push(Diagnostic::file(
                &shown,
                format!(
                    "not valid UTF-8 at byte offset {}",
                    e.utf8_error().valid_up_to()
                ),
            )),
            Err(e) => errors.push(Diagnostic::file(&shown, format!("cannot read: {e}"))),
        }
    }
    if files.is_empty() && errors.is_empty() {
        errors.push(
            Diagnostic::file(&paths.shown(&paths.claims), "no claim files (*.toml) found")
                .help("write a claim file, e.g. claims/talks.toml"),
        );
    }
    let suite = claims::load(&files);
    match suite {
        Ok(s) if errors.is_empty() => Ok(s),
        Ok(_) => Err(errors),
        Err(mut e) => {
            errors.append(&mut e);
            Err(errors)
        }
    }
}

/// Lists the corpus's documents, sorted by id.
pub fn find_corpus(paths: &Paths) -> Result<Vec<DocFile>, Vec<Diagnostic>> {
    if !paths.corpus.is_dir() {
        return Err(vec![missing_folder("corpus", "--corpus", &paths.corpus)]);
    }
    let files = corpus::discover(&paths.corpus, &|p| paths.shown(p))?;
    if files.is_empty() {
        return Err(vec![
            Diagnostic::file(
                &paths.shown(&paths.corpus),
                "the corpus has no documents (*.txt, *.md)",
            )
            .help("add articles with `factcheck corpus add FILE` or copy them into the folder"),
        ]);
    }
    Ok(files)
}

/// Keeps the claims whose id or a tag is in `only` (all claims when it is empty).
/// A name that selects nothing is an error.
pub fn select(suite: &mut Suite, only: &[String]) -> Result<(), Vec<Diagnostic>> {
    if only.is_empty() {
        return Ok(());
    }
    let selects = |c: &claims::Claim, name: &str| c.id == name || c.tags.iter().any(|t| t == name);
    let mut errors = Vec::new();
    for name in only {
        if !suite.claims.iter().any(|c| selects(c, name)) {
            let names: Vec<&str> = suite
                .claims
                .iter()
                .flat_map(|c| {
                    std::iter::once(c.id.as_str()).chain(c.tags.iter().map(String::as_str))
                })
                .collect();
            let mut d = Diagnostic::general(format!("--only: no claim id or tag `{name}`"));
            if let Some(s) = diag::did_you_mean(name, names) {
                d = d.help(format!("did you mean `{s}`?"));
            }
            errors.push(d);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    suite.claims.retain(|c| only.iter().any(|n| selects(c, n)));
    Ok(())
}

/// Evidence of one document for every fact of the suite, indexed like
/// `suite.claims[c].facts[f]`.
pub type DocEvidence = Vec<Vec<Vec<Evidence>>>;

/// Reads, analyses and matches one document.
fn match_document(suite: &Suite, file: &DocFile) -> Result<DocEvidence, Diagnostic> {
    let doc = corpus::read(file)?;
    let analysis = Analysis::new(&doc);
    let m = DocMatcher::new(suite, &analysis);
    Ok(suite
        .claims
        .iter()
        .enumerate()
        .map(|(ci, c)| {
            (0..c.facts.len())
                .map(|fi| m.fact_evidence(ci, fi))
                .collect()
        })
        .collect())
}

/// What matching a corpus found.
#[derive(Debug, Default)]
pub struct Gathered {
    /// Evidence for every fact, indexed like `suite.claims[c].facts[f]`, in
    /// document-id then offset order.
    pub facts: DocEvidence,
    /// Documents that were read and matched.
    pub documents: usize,
    /// Warnings about files that were skipped (binary files).
    pub skipped: Vec<Diagnostic>,
}

/// Evidence for every fact of `suite` over `files` (sorted by id). Documents are
/// matched in parallel; the result is the same for any thread count. A document
/// that cannot be read is an error; a binary file is skipped with a warning.
pub fn gather(suite: &Suite, files: &[DocFile]) -> Result<Gathered, Vec<Diagnostic>> {
    let per_doc: Vec<Result<DocEvidence, Diagnostic>> =
        files.par_iter().map(|f| match_document(suite, f)).collect();
    let mut out = Gathered {
        facts: suite
            .claims
            .iter()
            .map(|c| vec![Vec::new(); c.facts.len()])
            .collect(),
        ..Gathered::default()
    };
    let mut errors = Vec::new();
    for r in per_doc {
        match r {
            Ok(doc) => {
                out.documents += 1;
                for (ci, claim) in doc.into_iter().enumerate() {
                    for (fi, mut ev) in claim.into_iter().enumerate() {
                        out.facts[ci][fi].append(&mut ev);
                    }
                }
            }
            Err(e) if e.severity == diag::Severity::Warning => out.skipped.push(e),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// The report of `suite` from the evidence of each of its facts (taken, not copied:
/// at scale the evidence is most of the memory).
pub fn build_report(suite: &Suite, facts: DocEvidence, documents: usize) -> Report {
    let records = suite
        .claims
        .iter()
        .zip(facts)
        .map(|(claim, evidence)| {
            let slices: Vec<&[Evidence]> = evidence.iter().map(Vec::as_slice).collect();
            let (verdict, sources) = verdict::claim_verdict(claim, &slices);
            let fact_records = claim
                .facts
                .iter()
                .zip(evidence)
                .map(|(f, ev)| FactRecord {
                    say: f.say.clone(),
                    verdict: verdict::fact_verdict(&ev),
                    evidence: ev,
                })
                .collect();
            ClaimRecord::new(claim, verdict, sources, fact_records)
        })
        .collect();
    Report::new(records, documents)
}

/// Matches every claim of `suite` against the documents and builds the report.
pub fn check(suite: &Suite, files: &[DocFile]) -> Result<Report, Vec<Diagnostic>> {
    let g = gather(suite, files)?;
    let mut report = build_report(suite, g.facts, g.documents);
    report.warnings = g.skipped;
    Ok(report)
}

/// Loads the suite and lists the corpus, reporting the problems of both.
pub fn load(paths: &Paths) -> Result<(Suite, Vec<DocFile>), Vec<Diagnostic>> {
    match (load_suite(paths), find_corpus(paths)) {
        (Ok(s), Ok(f)) => Ok((s, f)),
        (s, f) => {
            let mut errors = s.err().unwrap_or_default();
            errors.extend(f.err().unwrap_or_default());
            Err(errors)
        }
    }
}

/// The whole pipeline: load the suite, keep the `only` claims, match the corpus.
pub fn run(paths: &Paths, only: &[String]) -> Result<Report, Vec<Diagnostic>> {
    let (mut suite, files) = load(paths)?;
    select(&mut suite, only)?;
    check(&suite, &files)
}
