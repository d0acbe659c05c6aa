//! The report's records: what `check` found for each claim and fact, with counts.
//! These are the wire types of the JSON report (version 1), and what the text
//! report, the snapshots, `explain` and `impact` print.

use crate::diag::Diagnostic;
use crate::engine::evidence::{Evidence, Stance};
use crate::engine::model::{Claim, Scope, Verdict};
use crate::engine::verdict::FactVerdict;
use crate::paths::slashed;
use crate::text::{plural, sanitize};
use serde::{Deserialize, Serialize};
// sets of ids, only asked what they hold (never iterated into output): the fast hash
use rustc_hash::FxHashSet as HashSet;

/// Evidence windows shown per fact and stance in the reports people read (text,
/// failure messages, snapshots, HTML, ClaimReview and the CI formats); the rest are
/// counted in [`FactRecord::more`]. The JSON, JSON Lines and FEVER outputs keep
/// every window.
pub const EVIDENCE_SHOWN: usize = 5;

/// The version of the JSON report.
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub version: u32,
    pub summary: Summary,
    pub claims: Vec<ClaimRecord>,
    /// The documents any evidence cites, in id order: their front matter, for
    /// outputs that link to articles (HTML, ClaimReview).
    pub documents: Vec<DocumentRecord>,
    /// Files skipped while reading the corpus (printed, not part of the report).
    #[serde(skip)]
    pub warnings: Vec<Diagnostic>,
}

/// A document cited by evidence: its id, path and front matter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRecord {
    pub id: String,
    pub path: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// `YYYY-MM-DD`.
    pub published: Option<String>,
    pub via: Option<String>,
}

impl DocumentRecord {
    pub fn of(doc: &crate::engine::Document) -> Self {
        Self {
            id: doc.id.clone(),
            path: slashed(&doc.path),
            title: doc.meta.title.clone(),
            outlet: doc.meta.outlet.clone(),
            url: doc.meta.url.clone(),
            published: doc.meta.published.map(|d| d.format("%Y-%m-%d").to_string()),
            via: doc.via(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub supported: usize,
    pub contradicted: usize,
    pub disputed: usize,
    pub partial: usize,
    pub unverified: usize,
}

impl Counts {
    /// The number of claims with verdict `v`.
    pub fn get(&self, v: Verdict) -> usize {
        match v {
            Verdict::Supported => self.supported,
            Verdict::Contradicted => self.contradicted,
            Verdict::Disputed => self.disputed,
            Verdict::Partial => self.partial,
            Verdict::Unverified => self.unverified,
        }
    }

    /// The count of verdict `v`, to change.
    pub fn get_mut(&mut self, v: Verdict) -> &mut usize {
        match v {
            Verdict::Supported => &mut self.supported,
            Verdict::Contradicted => &mut self.contradicted,
            Verdict::Disputed => &mut self.disputed,
            Verdict::Partial => &mut self.partial,
            Verdict::Unverified => &mut self.unverified,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub claims: usize,
    pub documents: usize,
    pub met: usize,
    pub failed: usize,
    pub verdicts: Counts,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimRecord {
    pub id: String,
    pub file: String,
    pub line: usize,
    pub statement: String,
    pub note: Option<String>,
    pub tags: Vec<String>,
    pub expect: Option<Verdict>,
    pub verdict: Verdict,
    /// `null` when the claim has no `expect`.
    pub met: Option<bool>,
    /// The claim's FEVER label.
    pub fever: &'static str,
    pub scope: Scope,
    pub min_sources: usize,
    /// Documents supporting the claim (those supporting every fact, for
    /// `scope = "document"`).
    pub sources: Vec<String>,
    /// The same documents grouped by independent source.
    pub independent_sources: Vec<SourceRecord>,
    /// In a bounded record ([`ClaimRecord::bounded`]): the independent sources and
    /// the supporting documents not listed in `independent_sources` and `sources`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub more_sources: Option<MoreSources>,
    pub facts: Vec<FactRecord>,
}

/// What a bounded claim record does not list of its supporting documents: the
/// independent sources none of whose documents is listed, and every supporting
/// document not listed (of those sources and of the listed ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoreSources {
    pub sources: usize,
    pub documents: usize,
}

impl MoreSources {
    /// `… and 40 more sources (812 more documents)`, or `… and 3 more documents`
    /// when every independent source is listed.
    pub fn text(&self) -> String {
        let documents = format!(
            "{} more {}",
            self.documents,
            noun(self.documents, "document")
        );
        if self.sources == 0 {
            format!("… and {documents}")
        } else {
            format!(
                "… and {} more {} ({documents})",
                self.sources,
                noun(self.sources, "source")
            )
        }
    }
}

/// `word`, or its plural for any count but 1.
fn noun(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

/// One independent source of a claim: its name and its supporting documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRecord {
    /// The source's `via` if a document of it has one, else the outlet of its first
    /// document that has one, else its first document's id.
    pub name: String,
    /// Its documents that support the claim, in id order.
    pub documents: Vec<String>,
    /// Why documents of it with near-identical text are one source.
    pub near_copies: Vec<NearCopyRecord>,
}

/// `doc` is a near copy of `of`: `percent` of its distinct 5-word shingles (it is
/// the shorter text) occur in `of`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NearCopyRecord {
    pub doc: String,
    pub of: String,
    pub percent: u32,
}

impl SourceRecord {
    /// `AFP: 003, 017`; a source that is one document of that name is just its id.
    pub fn text(&self) -> String {
        if self.documents.len() == 1 && self.documents[0] == self.name {
            self.name.clone()
        } else {
            format!("{}: {}", self.name, self.documents.join(", "))
        }
    }
}

impl NearCopyRecord {
    /// The record of a near-copy pair as `Sources::near_copy` gives it: (the copy,
    /// the document it copies, the share).
    pub fn of_pair((doc, of, percent): (&str, &str, u32)) -> Self {
        Self {
            doc: doc.to_string(),
            of: of.to_string(),
            percent,
        }
    }

    /// How much of the shorter text's 5-word shingles the other holds, said from the
    /// new article's side: `83 % of its 5-word shingles occur there` when it is the
    /// shorter, else `83 % of that document's 5-word shingles occur here`.
    pub fn share(percent: u32, new_is_shorter: bool) -> String {
        if new_is_shorter {
            format!("{percent} % of its 5-word shingles occur there")
        } else {
            format!("{percent} % of that document's 5-word shingles occur here")
        }
    }

    /// `017 is a near copy of 003 (83 % of its 5-word shingles)`.
    pub fn text(&self) -> String {
        format!(
            "{} is a near copy of {} ({} % of its 5-word shingles)",
            self.doc, self.of, self.percent
        )
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct FactRecord {
    pub say: String,
    pub verdict: FactVerdict,
    /// In document-id then offset order, stances interleaved: every window, or in a
    /// bounded record ([`FactRecord::bounded`]) the first ones of each stance.
    pub evidence: Vec<Evidence>,
    /// Per stance (supports first), the windows not in `evidence` and how many
    /// documents hold them; empty when `evidence` holds every window.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub more: Vec<More>,
}

/// The windows of one stance a bounded fact record does not list, and the number of
/// distinct documents they are in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct More {
    pub stance: Stance,
    pub windows: usize,
    pub documents: usize,
}

impl More {
    /// `… and 812 more for in 95 documents`, `… and 1 more against in 1 document`:
    /// the line every report people read shows under a fact's listed evidence.
    pub fn text(&self) -> String {
        format!(
            "… and {} more {} in {}",
            self.windows,
            stance_word(self.stance),
            plural(self.documents, "document")
        )
    }
}

/// `for` or `against`, as the reports people read count evidence.
pub fn stance_word(s: Stance) -> &'static str {
    match s {
        Stance::Supports => "for",
        Stance::Against => "against",
    }
}

impl FactRecord {
    /// A fact's record with every window of its evidence.
    pub fn new(say: String, verdict: FactVerdict, evidence: Vec<Evidence>) -> Self {
        Self {
            say,
            verdict,
            evidence,
            more: Vec::new(),
        }
    }

    /// The number of windows of stance `s`, listed or not.
    pub fn windows(&self, s: Stance) -> usize {
        let listed = self.evidence.iter().filter(|e| e.stance == s).count();
        listed + self.more_of(s).map_or(0, |m| m.windows)
    }

    /// What is not listed of stance `s`.
    pub fn more_of(&self, s: Stance) -> Option<&More> {
        self.more.iter().find(|m| m.stance == s)
    }

    /// `3 for, 1 against`: every window, listed or not.
    pub fn counts_text(&self) -> String {
        format!(
            "{} for, {} against",
            self.windows(Stance::Supports),
            self.windows(Stance::Against)
        )
    }

    /// The `… and K more … in D documents` lines, one per stance with windows not
    /// listed, supports first.
    pub fn more_lines(&self) -> impl Iterator<Item = String> + '_ {
        [Stance::Supports, Stance::Against]
            .into_iter()
            .filter_map(|s| self.more_of(s))
            .filter(|m| m.windows > 0)
            .map(More::text)
    }

    /// The record with only the first `n` windows of each stance (in the evidence's
    /// order, stances still interleaved), the rest counted in `more` with the number
    /// of distinct documents they are in. A record already bounded keeps its `more`
    /// and adds to it; a document of both the newly dropped windows and the old
    /// `more` may then be counted twice (never with the same `n`: bounding twice by
    /// `n` drops nothing the second time).
    pub fn bounded(mut self, n: usize) -> Self {
        let mut kept = [0usize; 2];
        let mut dropped = [0usize; 2];
        let mut docs: [HashSet<std::sync::Arc<str>>; 2] = Default::default();
        let at = |s: Stance| match s {
            Stance::Supports => 0,
            Stance::Against => 1,
        };
        self.evidence.retain(|e| {
            let i = at(e.stance);
            if kept[i] < n {
                kept[i] += 1;
                true
            } else {
                dropped[i] += 1;
                docs[i].insert(e.doc.clone());
                false
            }
        });
        for s in [Stance::Supports, Stance::Against] {
            let i = at(s);
            if dropped[i] == 0 {
                continue;
            }
            match self.more.iter_mut().find(|m| m.stance == s) {
                Some(m) => {
                    m.windows += dropped[i];
                    m.documents += docs[i].len();
                }
                None => self.more.push(More {
                    stance: s,
                    windows: dropped[i],
                    documents: docs[i].len(),
                }),
            }
        }
        self.more.sort_by_key(|m| m.stance);
        self
    }
}

impl ClaimRecord {
    /// The supporting documents by independent source, for people: `AFP: a, b; c`,
    /// then in a bounded record `… and 40 more sources (812 more documents)`; or
    /// `none`.
    pub fn sources_text(&self) -> String {
        if !self.has_sources() {
            return "none".to_string();
        }
        let list: Vec<String> = self
            .independent_sources
            .iter()
            .map(SourceRecord::text)
            .collect();
        let mut text = sanitize(&list.join("; ")).into_owned();
        if let Some(more) = &self.more_sources {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&more.text());
        }
        text
    }

    /// Whether some document supports the claim (listed or not).
    pub fn has_sources(&self) -> bool {
        self.document_count() > 0
    }

    /// The number of supporting documents, listed or not.
    pub fn document_count(&self) -> usize {
        self.sources.len() + self.more_sources.map_or(0, |m| m.documents)
    }

    /// The number of independent sources, listed or not.
    pub fn source_count(&self) -> usize {
        self.independent_sources.len() + self.more_sources.map_or(0, |m| m.sources)
    }

    /// The record people read: its first `n` independent sources with at most `n`
    /// documents each (`sources` the documents still listed, in id order; the near
    /// copies of those documents only, either side), the rest counted in `more_sources`; and
    /// every fact [bounded](FactRecord::bounded) to `n` windows per stance. A record
    /// already bounded adds to its `more_sources`.
    pub fn bounded(mut self, n: usize) -> Self {
        self.facts = self.facts.into_iter().map(|f| f.bounded(n)).collect();
        let mut more = self.more_sources.unwrap_or(MoreSources {
            sources: 0,
            documents: 0,
        });
        if self.independent_sources.len() > n {
            more.sources += self.independent_sources.len() - n;
            self.independent_sources.truncate(n);
        }
        for s in &mut self.independent_sources {
            s.documents.truncate(n);
        }
        let listed: HashSet<&str> = self
            .independent_sources
            .iter()
            .flat_map(|s| &s.documents)
            .map(String::as_str)
            .collect();
        let before = self.sources.len();
        self.sources.retain(|d| listed.contains(d.as_str()));
        more.documents += before - self.sources.len();
        for s in &mut self.independent_sources {
            let docs: HashSet<&str> = s.documents.iter().map(String::as_str).collect();
            // as `source_records` lists them: the pair of a listed document,
            // whichever side of it the document is
            s.near_copies
                .retain(|c| docs.contains(c.doc.as_str()) || docs.contains(c.of.as_str()));
        }
        self.more_sources = (more.sources > 0 || more.documents > 0).then_some(more);
        self
    }

    /// Why documents of one source with near-identical text are one source, for
    /// people: one line each.
    pub fn near_copies_text(&self) -> Vec<String> {
        self.independent_sources
            .iter()
            .flat_map(|s| &s.near_copies)
            .map(|n| sanitize(&n.text()).into_owned())
            .collect()
    }

    pub fn new(
        claim: &Claim,
        verdict: Verdict,
        sources: Vec<String>,
        independent_sources: Vec<SourceRecord>,
        facts: Vec<FactRecord>,
    ) -> Self {
        Self {
            id: claim.id.clone(),
            file: slashed(&claim.file),
            line: claim.line,
            statement: claim.statement.clone(),
            note: claim.note.clone(),
            tags: claim.tags.clone(),
            expect: claim.expect,
            verdict,
            met: claim.expect.map(|e| e == verdict),
            fever: verdict.fever(),
            scope: claim.scope,
            min_sources: claim.sources,
            sources,
            independent_sources,
            more_sources: None,
            facts,
        }
    }
}

impl Summary {
    /// `155 claims over 17 documents: 154 met, 1 failed, 0 without expect`: the
    /// status line after `ok` or `FAILED`, in every report that has one.
    pub fn counts_text(&self) -> String {
        format!(
            "{} over {}: {} met, {} failed, {} without expect",
            plural(self.claims, "claim"),
            plural(self.documents, "document"),
            self.met,
            self.failed,
            self.claims - self.met - self.failed
        )
    }
}

impl Report {
    pub fn new(claims: Vec<ClaimRecord>, documents: usize) -> Self {
        let mut verdicts = Counts::default();
        for c in &claims {
            *verdicts.get_mut(c.verdict) += 1;
        }
        Self {
            version: VERSION,
            summary: Summary {
                claims: claims.len(),
                documents,
                met: claims.iter().filter(|c| c.met == Some(true)).count(),
                failed: claims.iter().filter(|c| c.met == Some(false)).count(),
                verdicts,
            },
            claims,
            documents: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// Keeps the records of the documents some evidence of the report cites (of
    /// `documents`, which may be tens of thousands: only those are copied).
    pub fn cite<'a>(&mut self, documents: impl IntoIterator<Item = &'a DocumentRecord>) {
        let cited = self.cited();
        let documents = documents
            .into_iter()
            .filter(|d| cited.contains(d.id.as_str()))
            .cloned()
            .collect();
        self.documents = documents;
    }

    /// [`Report::cite`] of documents sorted by id (ids unique), each cited one found
    /// by its id rather than every document asked whether it is cited: a report
    /// cites a few thousand of tens of thousands.
    pub fn cite_sorted<T: Sync>(
        &mut self,
        documents: &[T],
        id: impl Fn(&T) -> &str + Sync,
        record: impl Fn(&T) -> DocumentRecord + Sync,
    ) {
        use rayon::prelude::*;
        debug_assert!(documents.is_sorted_by(|a, b| id(a) < id(b)));
        let cited: Vec<&str> = self.cited().into_iter().collect();
        let mut at: Vec<usize> = cited
            .into_par_iter()
            .filter_map(|c| documents.binary_search_by(|d| id(d).cmp(c)).ok())
            .collect();
        at.sort_unstable();
        self.documents = at.into_par_iter().map(|i| record(&documents[i])).collect();
    }

    /// The ids of the documents some listed evidence cites.
    fn cited(&self) -> HashSet<&str> {
        self.claims
            .iter()
            .flat_map(|c| &c.facts)
            .flat_map(|f| &f.evidence)
            .map(|e| &*e.doc)
            .collect()
    }

    /// The report people read: every claim [bounded](ClaimRecord::bounded) to `n`
    /// independent sources of `n` documents and `n` evidence windows per fact and
    /// stance, and only the documents the evidence still listed cites. The summary
    /// is unchanged: it counts claims and documents, not windows.
    pub fn bounded(mut self, n: usize) -> Self {
        self.claims = self.claims.into_iter().map(|c| c.bounded(n)).collect();
        let cited = self.cited();
        let keep: Vec<bool> = self
            .documents
            .iter()
            .map(|d| cited.contains(d.id.as_str()))
            .collect();
        let mut keep = keep.into_iter();
        self.documents.retain(|_| keep.next().unwrap_or(true));
        self
    }

    /// Whether every claim with an `expect` met it.
    pub fn all_met(&self) -> bool {
        self.summary.failed == 0
    }
}

/// Records for unit tests (here and in the printers'): windows, facts and claims.
#[cfg(test)]
pub(crate) mod tests {
    use crate::report::record::*;
    use std::path::Path;
    use std::sync::Arc;

    /// A window of `doc` at `start` with stance `s`.
    pub(crate) fn window(doc: &str, s: Stance, start: usize) -> Evidence {
        Evidence {
            doc: doc.into(),
            path: Arc::from(Path::new(&format!("corpus/{doc}.txt"))),
            source: doc.into(),
            stance: s,
            start,
            end: start + 5,
            line: 1,
            col: start + 1,
            end_line: 1,
            end_col: start + 6,
            quote: "words".into(),
            hits: Vec::new(),
            reason: None,
        }
    }

    use Stance::{Against as A, Supports as S};

    /// A fact whose evidence is `windows`, (document, stance) each, in that order.
    fn fact(windows: &[(&str, Stance)]) -> FactRecord {
        let evidence = windows
            .iter()
            .enumerate()
            .map(|(i, (d, s))| window(d, *s, i * 10))
            .collect();
        FactRecord::new("x".into(), FactVerdict::Supported, evidence)
    }

    fn listed(f: &FactRecord) -> Vec<(String, Stance, usize)> {
        f.evidence
            .iter()
            .map(|e| (e.doc.to_string(), e.stance, e.start))
            .collect()
    }

    #[test]
    fn bounded_keeps_the_first_n_of_each_stance_in_order_and_counts_the_rest() {
        let f = fact(&[
            ("a", S),
            ("a", A),
            ("a", S),
            ("b", S),
            ("c", A),
            ("c", S),
            ("d", S),
            ("d", S),
            ("e", A),
            ("f", A),
        ]);
        let b = f.clone().bounded(2);
        assert_eq!(
            listed(&b),
            vec![
                ("a".into(), S, 0),
                ("a".into(), A, 10),
                ("a".into(), S, 20),
                ("c".into(), A, 40),
            ]
        );
        assert_eq!(
            b.more,
            vec![
                // b, c, d, d: four windows in three documents
                More {
                    stance: S,
                    windows: 4,
                    documents: 3
                },
                // e, f
                More {
                    stance: A,
                    windows: 2,
                    documents: 2
                },
            ]
        );
        // the counts people read are every window's
        assert_eq!(f.counts_text(), "6 for, 4 against");
        assert_eq!(b.counts_text(), "6 for, 4 against");
        assert_eq!(
            b.more_lines().collect::<Vec<_>>(),
            [
                "… and 4 more for in 3 documents",
                "… and 2 more against in 2 documents"
            ]
        );
    }

    #[test]
    fn bounded_by_more_than_there_is_changes_nothing() {
        let f = fact(&[("a", S), ("b", A), ("c", S)]);
        for n in [2, 3, 100] {
            let b = f.clone().bounded(n);
            assert_eq!(listed(&b), listed(&f));
            assert!(b.more.is_empty(), "{n}: {:?}", b.more);
            assert_eq!(b.more_lines().count(), 0);
        }
        let none = fact(&[]).bounded(5);
        assert!(none.evidence.is_empty() && none.more.is_empty());
    }

    #[test]
    fn bounded_counts_one_stance_alone_and_says_one_document() {
        let b = fact(&[("a", S), ("a", A), ("b", A), ("b", A)]).bounded(1);
        assert_eq!(listed(&b), vec![("a".into(), S, 0), ("a".into(), A, 10)]);
        assert_eq!(
            b.more,
            vec![More {
                stance: A,
                windows: 2,
                documents: 1
            }]
        );
        assert_eq!(
            b.more_lines().collect::<Vec<_>>(),
            ["… and 2 more against in 1 document"]
        );
        assert_eq!(b.counts_text(), "1 for, 3 against");
    }

    #[test]
    fn bounding_twice_by_the_same_n_drops_nothing_more_and_a_smaller_n_adds() {
        let f = fact(&[("a", S), ("b", S), ("c", S), ("d", S)]);
        let once = f.clone().bounded(2);
        let twice = once.clone().bounded(2);
        assert_eq!(listed(&once), listed(&twice));
        assert_eq!(once.more, twice.more);
        let smaller = once.bounded(1);
        assert_eq!(listed(&smaller), vec![("a".into(), S, 0)]);
        assert_eq!(
            smaller.more,
            vec![More {
                stance: S,
                windows: 3,
                documents: 3
            }]
        );
        assert_eq!(smaller.windows(S), 4);
    }

    fn source(name: &str, docs: &[&str]) -> SourceRecord {
        SourceRecord {
            name: name.into(),
            documents: docs.iter().map(|d| d.to_string()).collect(),
            near_copies: docs
                .iter()
                .skip(1)
                .map(|d| NearCopyRecord::of_pair((d, docs[0], 90)))
                .collect(),
        }
    }

    /// A claim supported by `sources` (documents in id order), one fact `f`.
    pub(crate) fn claim(sources: Vec<SourceRecord>, f: FactRecord) -> ClaimRecord {
        let mut docs: Vec<String> = sources.iter().flat_map(|s| s.documents.clone()).collect();
        docs.sort();
        ClaimRecord {
            id: "c".into(),
            file: "claims/c.toml".into(),
            line: 1,
            statement: "s".into(),
            note: None,
            tags: Vec::new(),
            expect: Some(Verdict::Supported),
            verdict: Verdict::Supported,
            met: Some(true),
            fever: Verdict::Supported.fever(),
            scope: Scope::Corpus,
            min_sources: 2,
            sources: docs,
            independent_sources: sources,
            more_sources: None,
            facts: vec![f],
        }
    }

    #[test]
    fn bounded_claims_list_n_sources_of_n_documents_and_count_the_rest() {
        let c = claim(
            vec![
                source("AFP", &["a1", "a2", "a3"]),
                source("b", &["b"]),
                source("Reuters", &["c1", "c2"]),
                source("d", &["d"]),
            ],
            fact(&[("a1", S), ("a2", S), ("b", S)]),
        );
        assert_eq!(c.source_count(), 4);
        assert_eq!(c.document_count(), 7);
        let b = c.clone().bounded(2);
        assert_eq!(b.independent_sources.len(), 2);
        assert_eq!(b.independent_sources[0].documents, ["a1", "a2"]);
        // the near copies of the listed documents only, either side (a3 copies the
        // listed a1)
        assert_eq!(
            b.independent_sources[0].near_copies,
            [
                NearCopyRecord::of_pair(("a2", "a1", 90)),
                NearCopyRecord::of_pair(("a3", "a1", 90))
            ]
        );
        let c1 = c.clone().bounded(1);
        assert_eq!(
            c1.independent_sources[0].near_copies,
            [
                NearCopyRecord::of_pair(("a2", "a1", 90)),
                NearCopyRecord::of_pair(("a3", "a1", 90))
            ]
        );
        assert_eq!(b.sources, ["a1", "a2", "b"]);
        assert_eq!(
            b.more_sources,
            Some(MoreSources {
                sources: 2,
                documents: 4
            })
        );
        assert_eq!(b.source_count(), 4);
        assert_eq!(b.document_count(), 7);
        assert_eq!(
            b.sources_text(),
            "AFP: a1, a2; b … and 2 more sources (4 more documents)"
        );
        // the facts are bounded too
        assert_eq!(
            b.facts[0].more,
            vec![More {
                stance: S,
                windows: 1,
                documents: 1
            }]
        );
        // every source listed, one document not
        let one = c.clone().bounded(3);
        assert_eq!(
            one.more_sources,
            Some(MoreSources {
                sources: 1,
                documents: 1
            })
        );
        assert_eq!(
            claim(vec![source("AFP", &["a1", "a2"])], fact(&[]))
                .bounded(1)
                .sources_text(),
            "AFP: a1 … and 1 more document"
        );
        // nothing to bound: nothing counted, and the same record again
        let all = c.clone().bounded(10);
        assert_eq!(all.more_sources, None);
        assert_eq!(all.sources, c.sources);
        assert_eq!(all.independent_sources, c.independent_sources);
        assert_eq!(all.sources_text(), c.sources_text());
    }

    #[test]
    fn a_bounded_report_keeps_its_summary_and_the_documents_still_cited() {
        let f = fact(&[("a", S), ("b", S), ("c", S)]);
        let mut r = Report::new(vec![claim(vec![source("a", &["a"])], f)], 3);
        r.documents = ["a", "b", "c"]
            .iter()
            .map(|d| DocumentRecord {
                id: d.to_string(),
                ..DocumentRecord::default()
            })
            .collect();
        let b = r.clone().bounded(2);
        assert_eq!(b.summary.documents, 3);
        assert_eq!(b.summary.met, 1);
        let ids: Vec<&str> = b.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(b.claims[0].facts[0].evidence.len(), 2);
    }
}
