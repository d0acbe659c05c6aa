//! The last report of the archive path, kept in the cache folder (`report.bin`) with
//! what it was made from: the claim files (their digest), the claims selected, the
//! windows shown per fact and stance, and the corpus as listed (a digest of every
//! file's id, paths and stamp). A run whose claims, selection and listing are those
//! prints it as it is: nothing else is read from the cache, no article is read, no
//! tally is added up. A report depends on the corpus only through the files'
//! stamps and on the claims only through their files, so the kept report is the one
//! the run would make.
//!
//! Kept only when it can stand for the files: every file last changed a clear
//! second before the run that made it started (as the rest of the cache trusts a
//! stamp), none read from standard input, and no warning (a file skipped as binary
//! is read again each run for its warning). A damaged, foreign or stale file is
//! passed over; deleting it changes no result.
//!
//! Layout: the cache header, the [`Key`] (with a checksum of what follows), the
//! report's head (summary and cited documents), then one record per claim, decoded
//! in parallel.

use super::cache::{self, Header, Reader, Region, Writer};
use super::tally::{self, Tallied};
use crate::corpus::DocFile;
use crate::engine::evidence::{Evidence, Stance};
use crate::engine::model::{Scope, Verdict};
use crate::engine::verdict::FactVerdict;
use crate::paths::Paths;
use crate::report::{
    ClaimRecord, DocumentRecord, FactRecord, More, MoreSources, Report, SourceRecord, Summary,
};
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::Arc;

const KIND: &str = "report";

/// What a kept report was made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Key {
    /// [`crate::suite::Read::digest`].
    pub suite: [u8; 32],
    /// The selected claims, by index.
    pub selected: Vec<u32>,
    /// Windows shown per fact and stance.
    pub shown: u64,
    /// [`listing_digest`] of the corpus.
    pub listing: [u8; 32],
    /// [`cache::checksum`] of the records that follow: a report damaged in a way
    /// that still decodes is not printed.
    pub body: u64,
}

/// SHA-256 of what a report reads of a corpus listing: each file's id, the path it
/// is read at and the path shown (as written), its stamp and size limit. `None`
/// when a file cannot stand for its bytes this way (read from standard input, or
/// not stamped).
pub fn listing_digest(files: &[DocFile]) -> Option<[u8; 32]> {
    use rayon::prelude::*;
    use sha2::{Digest, Sha256};
    // runs of a fixed number of files hashed in parallel, then their digests in
    // order: the same on any number of threads
    let runs: Vec<[u8; 32]> = files
        .par_chunks(4096)
        .map(|run| {
            let mut h = Sha256::new();
            for f in run {
                let s = f.stamp.filter(|_| f.text.is_none())?;
                for part in [
                    f.id.as_bytes(),
                    f.fs_path.as_os_str().as_encoded_bytes(),
                    f.path.as_os_str().as_encoded_bytes(),
                ] {
                    h.update((part.len() as u64).to_le_bytes());
                    h.update(part);
                }
                h.update(s.len.to_le_bytes());
                h.update(s.modified.0.to_le_bytes());
                h.update(s.modified.1.to_le_bytes());
                h.update(s.changed.0.to_le_bytes());
                h.update(s.changed.1.to_le_bytes());
                h.update(s.inode.to_le_bytes());
                h.update(f.max_size.to_le_bytes());
            }
            Some(h.finalize().into())
        })
        .collect::<Option<_>>()?;
    let mut h = Sha256::new();
    h.update((files.len() as u64).to_le_bytes());
    for r in runs {
        h.update(r);
    }
    Some(h.finalize().into())
}

/// How many reports this thread took from `report.bin` (for tests: a kept report is
/// otherwise indistinguishable from a made one).
pub fn served() -> usize {
    SERVED.with(Cell::get)
}

thread_local! {
    static SERVED: Cell<usize> = const { Cell::new(0) };
}

/// A kept report whose claims and selection are this run's, opened but not yet
/// read: it serves if the corpus's listing is the one it was made from.
pub struct Kept {
    key: Key,
    reader: Reader,
}

/// The kept report in `how`'s cache folder, if there is one (its header read).
pub fn open(how: &Tallied) -> Option<Reader> {
    Reader::open(how.cache.as_deref()?, KIND, None)
}

impl Kept {
    /// The kept report of `reader` if it was made from these claims, selection and
    /// windows shown.
    pub fn of(
        mut reader: Reader,
        suite: &[u8; 32],
        selected: &[usize],
        shown: usize,
    ) -> Option<Kept> {
        let key: Key = reader.read()?;
        let same = key.suite == *suite
            && key.shown == shown as u64
            && key.selected.len() == selected.len()
            && key
                .selected
                .iter()
                .zip(selected)
                .all(|(a, b)| *a as usize == *b);
        same.then_some(Kept { key, reader })
    }

    /// The kept report of `reader` if it was made from these claim files (`suite`,
    /// their digest) with these windows shown, and of every claim ([`keep`] keeps
    /// no other): one claim's record in it is then the one a run of that claim
    /// alone makes. For the claim tests, which need the records alone.
    pub fn of_every_claim(mut reader: Reader, suite: &[u8; 32], shown: usize) -> Option<Kept> {
        let key: Key = reader.read()?;
        let every = key
            .selected
            .iter()
            .enumerate()
            .all(|(i, s)| *s as usize == i);
        (key.suite == *suite && key.shown == shown as u64 && every).then_some(Kept { key, reader })
    }

    /// The report, if `listing` (a [`listing_digest`]) is the one it was made from
    /// and it reads back whole.
    pub fn serve(self, listing: Option<[u8; 32]>) -> Option<Report> {
        if listing != Some(self.key.listing) {
            return None;
        }
        use rayon::prelude::*;
        let (body, sum): (Vec<Body>, u64) = self.reader.rest_summed()?;
        if sum != self.key.body {
            return None;
        }
        let mut body = body.into_iter();
        let Some(Body::Head(head)) = body.next() else {
            return None;
        };
        let claims: Vec<StoredClaim> = body
            .map(|b| match b {
                Body::Claim(c) => Some(*c),
                Body::Head(_) => None,
            })
            .collect::<Option<_>>()?;
        let report = Report {
            version: head.version,
            summary: head.summary,
            claims: claims
                .into_par_iter()
                .map(StoredClaim::into_record)
                .collect::<Option<_>>()?,
            documents: head.documents,
            warnings: Vec::new(),
        };
        SERVED.with(|n| n.set(n.get() + 1));
        Some(report)
    }

    /// The record of claim `id` alone, as [`Kept::serve`] would give it: every
    /// record is read and summed, but only that claim's is decoded (none if no claim
    /// has that id).
    pub fn serve_one(self, listing: [u8; 32], id: &str) -> Option<Vec<ClaimRecord>> {
        if listing != self.key.listing {
            return None;
        }
        let (bytes, spans) = self.reader.rest_bytes()?;
        if cache::checksum(&bytes) != self.key.body {
            return None;
        }
        let mut records = Vec::new();
        for span in spans.into_iter().skip(1) {
            let record = &bytes[span];
            if let Some(BodyStart::Claim(this)) = cache::decode_record(record)
                && this == id
                && let Some(Body::Claim(c)) = cache::decode_record(record)
            {
                records.push(c.into_record()?);
            }
        }
        SERVED.with(|n| n.set(n.get() + 1));
        Some(records)
    }
}

/// The start of a record of [`Body`]: a claim's id (the first field of
/// [`StoredClaim`]), read without the rest of its record.
#[derive(Deserialize)]
enum BodyStart {
    Head(()),
    Claim(String),
}

/// The records of every claim (of claim `id` only, if given), as the report kept in
/// `how`'s cache holds them, if it was made from the claim files and the corpus
/// listing as they are now: what a run of any of the claims would report, found
/// without loading the suite (the claim files are read and digested, not compiled)
/// or reading the rest of the cache. `None` when there is no such report: then the
/// run is made as usual.
///
/// For the claim tests, whose every claim is its own process under cargo-nextest:
/// loading the suite was most of such a process's own work, and one claim's
/// process decodes that claim's record alone.
pub fn kept_records(paths: &Paths, how: &Tallied, id: Option<&str>) -> Option<Vec<ClaimRecord>> {
    how.cache.as_ref()?;
    let (suite, (listing, reader)) = rayon::join(
        || crate::suite::digest(paths),
        || {
            rayon::join(
                || {
                    let listed = crate::corpus::find(paths).ok()?;
                    listing_digest(&listed.files)
                },
                || open(how),
            )
        },
    );
    let kept = Kept::of_every_claim(reader?, &suite?, how.shown)?;
    match id {
        Some(id) => kept.serve_one(listing?, id),
        None => Some(kept.serve(Some(listing?))?.claims),
    }
}

/// Keeps `report` for a later run with the same claims (`suite`, a
/// [`crate::suite::Read::digest`]), selection and `files`, if it can stand for them
/// (see the module's note; `listing` is their [`listing_digest`]); `started` is
/// when this run started. Only the report of
/// every claim (`claims` in the suite) is kept: a run of one claim (each test of
/// cargo-nextest) leaves the whole suite's in place. Writes nothing read-only or
/// without a cache folder; failing to write is no error (the next run makes the
/// report again).
pub fn keep(
    how: &Tallied,
    (suite, claims): (&[u8; 32], usize),
    selected: &[usize],
    (files, listing): (&[DocFile], Option<[u8; 32]>),
    started: (i64, u32),
    report: &Report,
) {
    let Some(dir) = how.cache.as_deref().filter(|_| !how.read_only) else {
        return;
    };
    if selected.len() != claims {
        return;
    }
    let trusted = files
        .iter()
        .all(|f| f.stamp.is_some_and(|s| s.trusted(started)));
    if !trusted || !report.warnings.is_empty() {
        // a report the next run cannot trust is not left for it either
        cache::remove(dir, KIND);
        return;
    }
    let Some(listing) = listing else {
        return;
    };
    let key = Key {
        suite: *suite,
        selected: selected.iter().map(|i| *i as u32).collect(),
        shown: how.shown as u64,
        listing,
        body: 0,
    };
    let _ = write(dir, key, report);
}

fn write(dir: &Path, mut key: Key, report: &Report) -> std::io::Result<()> {
    let mut body = Region::default();
    body.push(&BodyRef::Head(HeadRef {
        version: report.version,
        summary: &report.summary,
        documents: &report.documents,
    }))?;
    // the claims' records made in parallel: a 2,000-claim report is 14 MB
    body.append(Region::of_all(&report.claims, |c| {
        BodyRef::Claim(Box::new(StoredClaim::of(c)))
    })?);
    key.body = cache::checksum(&body.bytes);
    let mut w = Writer::create(dir, Header::new(KIND, 0, cache::now()))?;
    w.begin(1 + body.records)?;
    w.put(&key)?;
    w.put_region(&body)?;
    w.finish()
}

/// The records after the key, as written: the head, then one per claim.
#[derive(Serialize)]
enum BodyRef<'a> {
    Head(HeadRef<'a>),
    Claim(Box<StoredClaim>),
}

/// [`BodyRef`] as read (the same layout).
#[derive(Deserialize)]
enum Body {
    Head(Head),
    Claim(Box<StoredClaim>),
}

#[derive(Serialize)]
struct HeadRef<'a> {
    version: u32,
    summary: &'a Summary,
    documents: &'a [DocumentRecord],
}

#[derive(Deserialize)]
struct Head {
    version: u32,
    summary: Summary,
    documents: Vec<DocumentRecord>,
}

/// A claim record as kept: the report's own types, less what is made from others
/// (the FEVER label) and with the engine's words as numbers.
#[derive(Serialize, Deserialize)]
struct StoredClaim {
    id: String,
    file: String,
    line: usize,
    statement: String,
    note: Option<String>,
    tags: Vec<String>,
    expect: Option<u8>,
    verdict: u8,
    met: Option<bool>,
    scope: u8,
    min_sources: usize,
    sources: Vec<String>,
    independent_sources: Vec<SourceRecord>,
    more_sources: Option<MoreSources>,
    facts: Vec<StoredFact>,
}

#[derive(Serialize, Deserialize)]
struct StoredFact {
    say: String,
    verdict: u8,
    evidence: Vec<StoredEvidence>,
    /// (against, windows, documents).
    more: Vec<(bool, usize, usize)>,
}

/// A piece of evidence as kept: its document's names, and the window as the quote
/// cache keeps it ([`tally::Stored`]).
#[derive(Serialize, Deserialize)]
struct StoredEvidence {
    doc: String,
    path: PathBuf,
    source: String,
    window: tally::Stored,
}

fn verdict_code(v: Verdict) -> u8 {
    Verdict::ALL.iter().position(|x| *x == v).unwrap_or(0) as u8
}

fn verdict_of(code: u8) -> Option<Verdict> {
    Verdict::ALL.get(usize::from(code)).copied()
}

const FACT_VERDICTS: [FactVerdict; 4] = [
    FactVerdict::Supported,
    FactVerdict::Contradicted,
    FactVerdict::Disputed,
    FactVerdict::Missing,
];

const SCOPES: [Scope; 2] = [Scope::Document, Scope::Corpus];

fn code_in<T: PartialEq>(all: &[T], v: &T) -> u8 {
    all.iter().position(|x| x == v).unwrap_or(0) as u8
}

impl StoredClaim {
    fn of(c: &ClaimRecord) -> StoredClaim {
        StoredClaim {
            id: c.id.clone(),
            file: c.file.clone(),
            line: c.line,
            statement: c.statement.clone(),
            note: c.note.clone(),
            tags: c.tags.clone(),
            expect: c.expect.map(verdict_code),
            verdict: verdict_code(c.verdict),
            met: c.met,
            scope: code_in(&SCOPES, &c.scope),
            min_sources: c.min_sources,
            sources: c.sources.clone(),
            independent_sources: c.independent_sources.clone(),
            more_sources: c.more_sources,
            facts: c
                .facts
                .iter()
                .map(|f| StoredFact {
                    say: f.say.clone(),
                    verdict: code_in(&FACT_VERDICTS, &f.verdict),
                    evidence: f.evidence.iter().map(StoredEvidence::of).collect(),
                    more: f
                        .more
                        .iter()
                        .map(|m| (m.stance == Stance::Against, m.windows, m.documents))
                        .collect(),
                })
                .collect(),
        }
    }

    fn into_record(self) -> Option<ClaimRecord> {
        let verdict = verdict_of(self.verdict)?;
        let expect = match self.expect {
            Some(e) => Some(verdict_of(e)?),
            None => None,
        };
        let facts = self
            .facts
            .into_iter()
            .map(|f| {
                Some(FactRecord {
                    say: f.say,
                    verdict: *FACT_VERDICTS.get(usize::from(f.verdict))?,
                    evidence: f
                        .evidence
                        .into_iter()
                        .map(StoredEvidence::into_evidence)
                        .collect(),
                    more: f
                        .more
                        .into_iter()
                        .map(|(against, windows, documents)| More {
                            stance: stance(against),
                            windows,
                            documents,
                        })
                        .collect(),
                })
            })
            .collect::<Option<_>>()?;
        Some(ClaimRecord {
            id: self.id,
            file: self.file,
            line: self.line,
            statement: self.statement,
            note: self.note,
            tags: self.tags,
            expect,
            verdict,
            met: self.met,
            fever: verdict.fever(),
            scope: *SCOPES.get(usize::from(self.scope))?,
            min_sources: self.min_sources,
            sources: self.sources,
            independent_sources: self.independent_sources,
            more_sources: self.more_sources,
            facts,
        })
    }
}

fn stance(against: bool) -> Stance {
    if against {
        Stance::Against
    } else {
        Stance::Supports
    }
}

impl StoredEvidence {
    fn of(e: &Evidence) -> StoredEvidence {
        StoredEvidence {
            doc: e.doc.to_string(),
            path: e.path.to_path_buf(),
            source: e.source.to_string(),
            window: tally::Stored::of(e),
        }
    }

    fn into_evidence(self) -> Evidence {
        self.window.evidence(
            &self.doc.into(),
            &Arc::from(self.path.as_path()),
            &self.source.into(),
        )
    }
}
