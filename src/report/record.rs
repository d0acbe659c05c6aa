//! The report's records: what `check` found for each claim and fact, with counts.
//! These are the wire types of the JSON report (version 1), and what the text
//! report, the snapshots, `explain` and `impact` print.

use crate::diag::Diagnostic;
use crate::engine::evidence::Evidence;
use crate::engine::model::{Claim, Scope, Verdict};
use crate::engine::verdict::FactVerdict;
use crate::paths::slashed;
use crate::text::{plural, sanitize};
use serde::Serialize;

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
    pub facts: Vec<FactRecord>,
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
    pub evidence: Vec<Evidence>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub more: Vec<More>,
}

pub const EVIDENCE_SHOWN: usize = 5;

// STUB (lead): replaced by the report helper's version on merge
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct More {
    pub stance: crate::engine::Stance,
    pub windows: usize,
    pub documents: usize,
}

impl ClaimRecord {
    pub fn bounded(self, _n: usize) -> Self {
        self
    }
}
impl Report {
    pub fn bounded(self, _n: usize) -> Self {
        self
    }
}

impl ClaimRecord {
    /// The supporting documents by independent source, for people: `AFP: a, b; c`,
    /// or `none`.
    pub fn sources_text(&self) -> String {
        if self.sources.is_empty() {
            "none".to_string()
        } else {
            let list: Vec<String> = self
                .independent_sources
                .iter()
                .map(SourceRecord::text)
                .collect();
            sanitize(&list.join("; ")).into_owned()
        }
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
            version: 1,
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
        let cited: std::collections::HashSet<&str> = self
            .claims
            .iter()
            .flat_map(|c| &c.facts)
            .flat_map(|f| &f.evidence)
            .map(|e| &*e.doc)
            .collect();
        self.documents = documents
            .into_iter()
            .filter(|d| cited.contains(d.id.as_str()))
            .collect();
    }

    /// Whether every claim with an `expect` met it.
    pub fn all_met(&self) -> bool {
        self.summary.failed == 0
    }
}
