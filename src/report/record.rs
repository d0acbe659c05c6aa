//! The report's records: what `check` found for each claim and fact, with counts.
//! These are the wire types of the JSON report (version 1), and what the text
//! report, the snapshots, `explain` and `impact` print.

use crate::diag::Diagnostic;
use crate::engine::evidence::{Evidence, Stance};
use crate::engine::model::{Claim, Scope, Verdict};
use crate::engine::verdict::FactVerdict;
use crate::paths::slashed;
use crate::text::{plural, sanitize};
use serde::Serialize;
use std::collections::HashSet;

/// Evidence windows shown per fact and stance in the reports people read (text,
/// failure messages, snapshots, HTML, ClaimReview and the CI formats); the rest are
/// counted in [`FactRecord::more`]. The JSON, JSON Lines and FEVER outputs keep
/// every window.
pub const EVIDENCE_SHOWN: usize = 5;

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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
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

#[derive(Debug, Clone, Default, Serialize)]
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

#[derive(Debug, Clone, Serialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MoreSources {
    pub sources: usize,
    pub documents: usize,
}

impl MoreSources {
    /// `… and 40 more sources (812 more documents)`, or `… and 3 more documents`
    /// when every independent source is listed.
    pub fn text(&self) -> String {
        if self.sources == 0 {
            format!("… and {} more", plural(self.documents, "document"))
        } else {
            format!(
                "… and {} more {} ({} more)",
                self.sources,
                if self.sources == 1 { "source" } else { "sources" },
                plural(self.documents, "document")
            )
        }
    }
}

/// One independent source of a claim: its name and its supporting documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
        self.evidence.retain(|e| {
            let i = e.stance as usize;
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
            let i = s as usize;
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
    /// copies of those documents only), the rest counted in `more_sources`; and
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
            s.near_copies.retain(|c| docs.contains(c.doc.as_str()));
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
            version: super::stream::VERSION,
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

    /// Keeps the records of the documents some evidence of the report cites.
    pub fn cite(&mut self, documents: Vec<DocumentRecord>) {
        let cited = self.cited();
        let documents = documents
            .into_iter()
            .filter(|d| cited.contains(d.id.as_str()))
            .collect();
        self.documents = documents;
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
