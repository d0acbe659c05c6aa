//! The check layer: the pipeline and the commands built on it. Load the suite and
//! list the corpus ([`load`]), keep the `--only` claims ([`select`]), match every
//! document against every fact in parallel ([`gather`]), and turn the evidence into
//! verdicts and the report ([`build_report`]); [`run`] is all of it. `impact`,
//! `lint` and the reference [`explain::explain`] reuse the pipeline on part of the
//! suite or corpus; the command line's explanation ([`explain::explain_cached`])
//! takes the archive path that keeps every window ([`every`]).
//!
//! Reads the corpus and the claims, writes nothing; the library never prints.

pub mod cache;
pub mod claim_files;
pub mod every;
pub mod explain;
pub mod impact;
pub mod lint;
mod spill;
pub mod stored;
pub mod tally;

use crate::corpus::{self, DocFile, Read};
use crate::diag::Diagnostic;
use crate::engine::sources::{self, Shingles, SourceDoc, Sources};
use crate::engine::verdict;
use crate::engine::{Analysis, Claim, DocMatcher, Evidence, Suite};
use crate::paths::Paths;
use crate::report::{
    ClaimRecord, DocumentRecord, FactRecord, NearCopyRecord, Report, SourceRecord,
};
use crate::suite;
use crate::text::did_you_mean;
use rayon::prelude::*;
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

/// Keeps the claims whose id or a tag is in `only` (all claims when it is empty).
/// A name that selects nothing is an error.
pub fn select(suite: &mut Suite, only: &[String]) -> Result<(), Vec<Diagnostic>> {
    if only.is_empty() {
        return Ok(());
    }
    let selects = |c: &Claim, name: &str| c.id == name || c.tags.iter().any(|t| t == name);
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
            if let Some(s) = did_you_mean(name, names) {
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

/// Evidence for every fact of a suite over a corpus, indexed like
/// `suite.claims[c].facts[f]` (it derefs to that), with the corpus's independent
/// sources: every piece of evidence's `source` is its document's group.
#[derive(Debug, Clone, Default)]
pub struct FactEvidence {
    pub evidence: DocEvidence,
    pub sources: Arc<Sources>,
}

impl Deref for FactEvidence {
    type Target = DocEvidence;
    fn deref(&self) -> &DocEvidence {
        &self.evidence
    }
}

impl DerefMut for FactEvidence {
    fn deref_mut(&mut self) -> &mut DocEvidence {
        &mut self.evidence
    }
}

impl FactEvidence {
    /// Groups `docs` (sorted by id) into independent sources and points every piece
    /// of evidence at its document's source.
    pub fn with_sources(mut self, docs: &[SourceDoc]) -> Self {
        let index = tally::fingerprint_index(docs);
        let pairs: Vec<Vec<sources::Pair>> = (0..docs.len())
            .into_par_iter()
            .map(|i| index.near_copies_of(docs, i))
            .collect();
        let grouped = sources::group_with(docs, pairs.into_iter().flatten().collect());
        // a document's evidence shares its id: look its group up once per run of it
        let mut last: Option<(Arc<str>, Option<Arc<str>>)> = None;
        for ev in self.evidence.iter_mut().flatten().flatten() {
            let key = match &last {
                Some((doc, key)) if Arc::ptr_eq(doc, &ev.doc) => key.clone(),
                _ => {
                    let key = grouped.group_of(&ev.doc).map(|g| g.key.clone());
                    last = Some((ev.doc.clone(), key.clone()));
                    key
                }
            };
            if let Some(key) = key {
                ev.source = key;
            }
        }
        self.sources = Arc::new(grouped);
        self
    }
}

/// What grouping needs of a document: its names and its shingles (the document
/// itself is dropped after matching).
pub fn source_doc(doc: &crate::engine::Document, analysis: &Analysis) -> SourceDoc {
    SourceDoc {
        id: doc.id.as_str().into(),
        outlet: doc.meta.outlet.clone(),
        via: doc.via(),
        shingles: Shingles::of_tokens(&analysis.tokens),
    }
}

/// What matching one document file gives.
enum Matched {
    Evidence(DocEvidence, SourceDoc, DocumentRecord),
    /// Not an article (a binary file): skipped, with this warning.
    Skipped(Diagnostic),
}

/// Reads, analyses and matches one document.
fn match_document(suite: &Suite, file: &DocFile) -> Result<Matched, Diagnostic> {
    let doc = match corpus::read(file)? {
        Read::Document(doc) => doc,
        Read::Skipped(warning) => return Ok(Matched::Skipped(warning)),
    };
    let analysis = Analysis::new(&doc);
    let m = DocMatcher::new(suite, &analysis);
    let source = source_doc(&doc, &analysis);
    let record = DocumentRecord::of(&doc);
    Ok(Matched::Evidence(
        suite
            .claims
            .iter()
            .enumerate()
            .map(|(ci, c)| {
                (0..c.facts.len())
                    .map(|fi| m.fact_evidence(ci, fi))
                    .collect()
            })
            .collect(),
        source,
        record,
    ))
}

/// What matching a corpus found.
#[derive(Debug, Default)]
pub struct Gathered {
    /// Evidence for every fact, indexed like `suite.claims[c].facts[f]`, in
    /// document-id then offset order, and the corpus's independent sources.
    pub facts: FactEvidence,
    /// Documents that were read and matched.
    pub documents: usize,
    /// Warnings about files that were skipped (binary files).
    pub skipped: Vec<Diagnostic>,
    /// The front matter of every document read, in id order.
    pub records: Vec<DocumentRecord>,
}

/// Evidence for every fact of `suite` over `files` (sorted by id), and the
/// documents' independent sources. Documents are matched in parallel; the result is
/// the same for any thread count. A document that cannot be read is an error; a
/// binary file is skipped with a warning.
pub fn gather(suite: &Suite, files: &[DocFile]) -> Result<Gathered, Vec<Diagnostic>> {
    let (mut g, docs) = gather_ungrouped(suite, files)?;
    g.facts = std::mem::take(&mut g.facts).with_sources(&docs);
    Ok(g)
}

/// [`gather`] before grouping: the evidence with each document's own source, and
/// what grouping needs of each document read, in id order.
pub fn gather_ungrouped(
    suite: &Suite,
    files: &[DocFile],
) -> Result<(Gathered, Vec<SourceDoc>), Vec<Diagnostic>> {
    let per_doc: Vec<Result<Matched, Diagnostic>> =
        files.par_iter().map(|f| match_document(suite, f)).collect();
    let mut out = Gathered {
        facts: FactEvidence {
            evidence: suite
                .claims
                .iter()
                .map(|c| vec![Vec::new(); c.facts.len()])
                .collect(),
            sources: Arc::default(),
        },
        ..Gathered::default()
    };
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for r in per_doc {
        match r {
            Ok(Matched::Evidence(doc, source, record)) => {
                out.documents += 1;
                out.records.push(record);
                docs.push(source);
                for (ci, claim) in doc.into_iter().enumerate() {
                    for (fi, mut ev) in claim.into_iter().enumerate() {
                        out.facts[ci][fi].append(&mut ev);
                    }
                }
            }
            Ok(Matched::Skipped(warning)) => out.skipped.push(warning),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok((out, docs))
    } else {
        Err(errors)
    }
}

/// The report of `suite` from the evidence of each of its facts (taken, not copied:
/// at scale the evidence is most of the memory), its supporting documents grouped
/// by independent source.
pub fn build_report(suite: &Suite, facts: FactEvidence, documents: usize) -> Report {
    let grouped = facts.sources;
    let records = suite
        .claims
        .iter()
        .zip(facts.evidence)
        .map(|(claim, evidence)| {
            let slices: Vec<&[Evidence]> = evidence.iter().map(Vec::as_slice).collect();
            let (verdict, sources) = verdict::claim_verdict(claim, &slices);
            let independent = source_records(&grouped, &sources);
            let fact_records = claim
                .facts
                .iter()
                .zip(evidence)
                .map(|(f, ev)| FactRecord {
                    say: f.say.clone(),
                    verdict: verdict::fact_verdict(&ev),
                    evidence: ev,
                    more: Vec::new(),
                })
                .collect();
            ClaimRecord::new(claim, verdict, sources, independent, fact_records)
        })
        .collect();
    Report::new(records, documents)
}

/// The supporting documents `docs` (in id order) grouped by independent source: in
/// order of each source's first supporting document, documents in id order, with
/// the near copy that joined each document that is one.
pub fn source_records(grouped: &Sources, docs: &[String]) -> Vec<SourceRecord> {
    let mut out: Vec<SourceRecord> = Vec::new();
    let mut keys: Vec<Option<Arc<str>>> = Vec::new();
    // where each source's record is (a map: a claim may have thousands of sources)
    let mut at_key: std::collections::HashMap<Arc<str>, usize> = Default::default();
    for d in docs {
        let group = grouped.group_of(d);
        let key = group.map(|g| g.key.clone());
        let found = key.as_ref().and_then(|k| at_key.get(k).copied());
        let at = match found {
            Some(at) => at,
            None => {
                if let Some(k) = &key {
                    at_key.insert(k.clone(), out.len());
                }
                keys.push(key);
                out.push(SourceRecord {
                    name: group.map_or_else(|| d.clone(), |g| g.name.clone()),
                    documents: Vec::new(),
                    near_copies: Vec::new(),
                });
                out.len() - 1
            }
        };
        out[at].documents.push(d.clone());
    }
    for (r, key) in out.iter_mut().zip(&keys) {
        if key.is_none() {
            continue;
        }
        let mut seen = std::collections::HashSet::new();
        for d in &r.documents {
            if let Some(pair) = grouped.near_copy(d)
                && seen.insert((pair.0, pair.1))
            {
                r.near_copies.push(NearCopyRecord::of_pair(pair));
            }
        }
    }
    out
}

/// Matches every claim of `suite` against the documents and builds the report.
pub fn check(suite: &Suite, files: &[DocFile]) -> Result<Report, Vec<Diagnostic>> {
    let g = gather(suite, files)?;
    let mut report = build_report(suite, g.facts, g.documents);
    report.cite(&g.records);
    report.warnings = g.skipped;
    Ok(report)
}

/// A loaded suite and the corpus it is checked against.
#[derive(Debug)]
pub struct Loaded {
    pub suite: Suite,
    /// The corpus's documents, sorted by id.
    pub files: Vec<DocFile>,
    /// What was skipped in the claims and corpus folders (links out of them, FIFOs).
    pub warnings: Vec<Diagnostic>,
}

/// Loads the suite and lists the corpus, reporting the problems of both.
pub fn load(paths: &Paths) -> Result<Loaded, Vec<Diagnostic>> {
    // the claims are read while the corpus is listed
    let (s, f) = rayon::join(|| suite::read(paths), || corpus::find(paths));
    loaded(s, f)
}

/// The suite and the corpus's listing together, or the problems of both.
fn loaded(
    s: Result<suite::Read, Vec<Diagnostic>>,
    f: Result<corpus::Listing, Vec<Diagnostic>>,
) -> Result<Loaded, Vec<Diagnostic>> {
    match (s, f) {
        (Ok(s), Ok(f)) => {
            let mut warnings = s.warnings;
            warnings.extend(f.warnings);
            Ok(Loaded {
                suite: s.suite,
                files: f.files,
                warnings,
            })
        }
        (s, f) => {
            let mut errors = s.err().unwrap_or_default();
            errors.extend(f.err().unwrap_or_default());
            Err(errors)
        }
    }
}

/// The whole pipeline: load the suite, keep the `only` claims, match the corpus.
/// Every window of every fact is in the report.
pub fn run(paths: &Paths, only: &[String]) -> Result<Report, Vec<Diagnostic>> {
    run_keeping(paths, only, &Windows::Every, |_| Ok(()))
}

/// How many windows a report holds, and so which path builds it.
#[derive(Debug, Clone)]
pub enum Windows {
    /// Every window of every fact (the JSON report): the whole corpus's evidence is
    /// held in memory.
    Every,
    /// The first windows of each fact and stance, with counts of the rest: tallies,
    /// with the cache when it has a folder ([`tally`]).
    First(tally::Tallied),
}

/// The whole pipeline, with `keep` narrowing the suite further after `--only`
/// (`check PATH.toml`, [`claim_files::run_selected`]).
fn run_keeping(
    paths: &Paths,
    only: &[String],
    windows: &Windows,
    keep: impl FnOnce(&mut Suite) -> Result<(), Vec<Diagnostic>> + Send,
) -> Result<Report, Vec<Diagnostic>> {
    let how = match windows {
        Windows::First(how) => how,
        Windows::Every => {
            let mut loaded = load(paths)?;
            select(&mut loaded.suite, only)?;
            keep(&mut loaded.suite)?;
            let mut report = check(&loaded.suite, &loaded.files)?;
            return Ok(with_warnings(
                std::mem::take(&mut report.warnings),
                loaded,
                report,
            ));
        }
    };
    // While the corpus is listed (a stat per file): the claims are read, and the
    // report kept by the last run (`stored`) opened. If it was made from these
    // claims, it is printed when the listing is the one it was made from (nothing
    // changed: the common warm run). Else the cache is read and the report made from
    // it for the corpus as the cache last listed it, kept when the listing equals
    // that one; else the cache serves the run as usual.
    let started = cache::now();
    let (listing, (read, selected, early, cached, kept)) = rayon::join(
        || {
            corpus::find(paths).map(|l| {
                // what the kept report is keyed by (nothing to key without a cache)
                let digest = how
                    .cache
                    .as_ref()
                    .and_then(|_| stored::listing_digest(&l.files));
                (l, digest)
            })
        },
        || {
            // no kept report: the cache is read meanwhile; one: only if it is of
            // other claims (then after them)
            let (read, (kept, early)) = rayon::join(
                || suite::read(paths),
                || match stored::open(how) {
                    Some(k) => (Some(k), None),
                    None => (None, Some(tally::Early::read(how))),
                },
            );
            let Ok(r) = &read else {
                return (read, None, early, None, None);
            };
            // the whole suite is tallied (so the cache serves any later selection);
            // the report holds the selected claims
            let selected = selection(&r.suite, only, keep);
            let kept = match (&selected, kept) {
                (Ok(sel), Some(k)) => stored::Kept::of(k, &r.digest, sel, how.shown),
                _ => None,
            };
            if kept.is_some() || selected.is_err() {
                return (read, Some(selected), early, None, kept);
            }
            let early = early.unwrap_or_else(|| tally::Early::read(how));
            let cached = match (&selected, early.listed(paths)) {
                (Ok(sel), Some(files)) => {
                    let quiet = tally::Tallied {
                        progress: None,
                        read_only: true,
                        ..how.clone()
                    };
                    tally::check_cached(&r.suite, sel, &files, &quiet, early)
                        .map(|(report, sources)| (files, report, sources))
                }
                _ => return (read, Some(selected), Some(early), None, None),
            };
            (read, Some(selected), None, cached, None)
        },
    );
    let (listing, digest) = match listing {
        Ok((l, d)) => (Ok(l), d),
        Err(e) => (Err(e), None),
    };
    let suite_digest = read.as_ref().map(|r| r.digest).unwrap_or_default();
    let loaded = loaded(read, listing)?;
    let selected = selected.expect("selected once the suite is read")?;
    if let Some(report) = kept.and_then(|k| k.serve(digest)) {
        return Ok(with_warnings(Vec::new(), loaded, report));
    }
    let mut report = match cached {
        Some((files, report, sources)) if tally::same_listing(&files, &loaded.files) => {
            drop_aside((files, sources));
            report
        }
        stale => {
            // the report made from the cache for another listing: let go before the
            // pass (held through it, it set the peak memory of a run after a change)
            drop_aside(stale);
            let early = early.unwrap_or_else(|| tally::Early::read(how));
            let (report, _, sources) =
                tally::check_early(&loaded.suite, &selected, &loaded.files, how, early)?;
            drop_aside(sources);
            report
        }
    };
    stored::keep(
        how,
        (&suite_digest, loaded.suite.claims.len()),
        &selected,
        (&loaded.files, digest),
        started,
        &report,
    );
    let warnings = std::mem::take(&mut report.warnings);
    Ok(with_warnings(warnings, loaded, report))
}

/// `report` with the warnings of loading first, then the run's own; `loaded` is
/// freed aside.
fn with_warnings(mut own: Vec<Diagnostic>, mut loaded: Loaded, mut report: Report) -> Report {
    let mut warnings = std::mem::take(&mut loaded.warnings);
    warnings.append(&mut own);
    report.warnings = warnings;
    drop_aside(loaded);
    report
}

/// Frees `value` on a thread of its own, and does not wait: a large run's file
/// list, suite, documents and tallies are hundreds of thousands of allocations, and
/// freeing them before the report cost a warm check of a 2,000-claim suite over a
/// 200 MB archive a seventh of its time. The process may end before the thread is
/// done (the system takes the memory back); when no thread can be started,
/// `value` is freed here.
pub(crate) fn drop_aside<T: Send + 'static>(value: T) {
    let _ = std::thread::Builder::new()
        .name("drop-aside".into())
        .spawn(move || drop(value));
}

/// The claims of `suite` that `only` and then `keep` select: their indexes, in order.
fn selection(
    suite: &Suite,
    only: &[String],
    keep: impl FnOnce(&mut Suite) -> Result<(), Vec<Diagnostic>>,
) -> Result<Vec<usize>, Vec<Diagnostic>> {
    let mut shadow = Suite {
        claims: suite.claims.clone(),
        ..Suite::default()
    };
    select(&mut shadow, only)?;
    keep(&mut shadow)?;
    let ids: std::collections::HashSet<&str> =
        shadow.claims.iter().map(|c| c.id.as_str()).collect();
    Ok((0..suite.claims.len())
        .filter(|i| ids.contains(suite.claims[*i].id.as_str()))
        .collect())
}

/// The pipeline for the reports that keep every window at archive scale (JSON, JSON
/// Lines): the selected claims' tallies (with the cache of `how`), and every
/// window in a temporary file, written by [`every::Every::write_json`]; with the
/// warnings about skipped files.
pub fn run_every(
    paths: &Paths,
    only: &[String],
    how: &tally::Tallied,
    keep: impl FnOnce(&mut Suite) -> Result<(), Vec<Diagnostic>>,
) -> Result<(every::Every, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (loaded, early) = rayon::join(|| load(paths), || tally::Early::read(how));
    let mut loaded = loaded?;
    let selected = selection(&loaded.suite, only, keep)?;
    let (every, mut warnings) = every::check(loaded.suite, selected, &loaded.files, how, early)?;
    loaded.warnings.append(&mut warnings);
    Ok((every, loaded.warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, outlet: Option<&str>, words: &str) -> SourceDoc {
        SourceDoc {
            id: id.into(),
            outlet: outlet.map(Into::into),
            via: None,
            shingles: Shingles::of_words(words.split(' ')),
        }
    }

    #[test]
    fn supporting_documents_grouped_by_source_in_order() {
        let story = "one two three four five six seven eight nine ten eleven twelve";
        let docs = [
            doc("001", Some("KJFK"), "a b c d e f"),
            doc("002", None, story),
            doc("003", Some("kjfk"), "g h i j k l"),
            doc("004", None, &format!("{story} thirteen")),
            doc("005", None, "m n o p q r"),
        ];
        let grouped = sources::group(&docs);
        let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let r = source_records(&grouped, &ids(&["001", "002", "003", "004", "005"]));
        let shown: Vec<String> = r.iter().map(SourceRecord::text).collect();
        assert_eq!(shown, ["KJFK: 001, 003", "002: 002, 004", "005"]);
        assert_eq!(
            r[1].near_copies,
            [NearCopyRecord {
                doc: "002".into(),
                of: "004".into(),
                percent: 100
            }]
        );
        assert_eq!(
            r[1].near_copies[0].text(),
            "002 is a near copy of 004 (100 % of its 5-word shingles)"
        );
        // only the supporting documents are listed; the name is the group's
        let r = source_records(&grouped, &ids(&["003", "004"]));
        let shown: Vec<String> = r.iter().map(SourceRecord::text).collect();
        assert_eq!(shown, ["KJFK: 003", "002: 004"]);
    }
}
