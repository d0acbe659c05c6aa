//! The report's records: what `check` found for each claim and fact, with counts.
//! These are the wire types of the JSON report (version 1), and what the text
//! report, the snapshots, `explain` and `impact` print.

use crate::diag::Diagnostic;
use crate::engine::evidence::Evidence;
use crate::engine::model::{Claim, Scope, Verdict};
use crate::engine::verdict::FactVerdict;
use crate::text::sanitize;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub version: u32,
    pub summary: Summary,
    pub claims: Vec<ClaimRecord>,
    /// Files skipped while reading the corpus (printed, not part of the report).
    #[serde(skip)]
    pub warnings: Vec<Diagnostic>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    pub supported: usize,
    pub contradicted: usize,
    pub disputed: usize,
    pub partial: usize,
    pub unverified: usize,
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
    pub facts: Vec<FactRecord>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FactRecord {
    pub say: String,
    pub verdict: FactVerdict,
    pub evidence: Vec<Evidence>,
}

impl ClaimRecord {
    /// The supporting documents, for people: `a, b`, or `none`.
    pub fn sources_text(&self) -> String {
        if self.sources.is_empty() {
            "none".to_string()
        } else {
            sanitize(&self.sources.join(", ")).into_owned()
        }
    }

    pub fn new(
        claim: &Claim,
        verdict: Verdict,
        sources: Vec<String>,
        facts: Vec<FactRecord>,
    ) -> Self {
        Self {
            id: claim.id.clone(),
            file: claim.file.to_string_lossy().replace('\\', "/"),
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
            facts,
        }
    }
}

impl Report {
    pub fn new(claims: Vec<ClaimRecord>, documents: usize) -> Self {
        let mut verdicts = Counts::default();
        for c in &claims {
            *match c.verdict {
                Verdict::Supported => &mut verdicts.supported,
                Verdict::Contradicted => &mut verdicts.contradicted,
                Verdict::Disputed => &mut verdicts.disputed,
                Verdict::Partial => &mut verdicts.partial,
                Verdict::Unverified => &mut verdicts.unverified,
            } += 1;
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
            warnings: Vec::new(),
        }
    }

    /// Whether every claim with an `expect` met it.
    pub fn all_met(&self) -> bool {
        self.summary.failed == 0
    }
}
