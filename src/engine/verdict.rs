//! Verdicts: per fact from its evidence, per claim from its facts, by PRODUCT.md's
//! rules. Pure functions of the evidence; nothing here reads files.

use crate::engine::evidence::{Evidence, Stance};
use crate::engine::model::{Claim, Scope, Verdict};
use std::collections::BTreeSet;
use std::fmt;

/// A fact's verdict over the whole corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactVerdict {
    Supported,
    Contradicted,
    Disputed,
    Missing,
}

impl FactVerdict {
    pub fn as_str(self) -> &'static str {
        match self {
            FactVerdict::Supported => "supported",
            FactVerdict::Contradicted => "contradicted",
            FactVerdict::Disputed => "disputed",
            FactVerdict::Missing => "missing",
        }
    }
}

impl fmt::Display for FactVerdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// supported: windows for it, none against; contradicted: against only; disputed:
/// both; missing: neither.
pub fn fact_verdict(evidence: &[Evidence]) -> FactVerdict {
    let for_ = evidence.iter().any(|e| e.stance == Stance::Supports);
    let against = evidence.iter().any(|e| e.stance == Stance::Against);
    match (for_, against) {
        (true, false) => FactVerdict::Supported,
        (false, true) => FactVerdict::Contradicted,
        (true, true) => FactVerdict::Disputed,
        (false, false) => FactVerdict::Missing,
    }
}

/// Documents that support a fact (by id), and their independent sources.
fn supporters(evidence: &[Evidence]) -> BTreeSet<(&str, &str)> {
    evidence
        .iter()
        .filter(|e| e.stance == Stance::Supports)
        .map(|e| (&*e.doc, &*e.source))
        .collect()
}

/// The claim's verdict and the documents that support it. `facts` holds each fact's
/// evidence, in the claim's order.
pub fn claim_verdict(claim: &Claim, facts: &[&[Evidence]]) -> (Verdict, Vec<String>) {
    let verdicts: Vec<FactVerdict> = facts.iter().map(|e| fact_verdict(e)).collect();
    let per_fact: Vec<BTreeSet<(&str, &str)>> = facts.iter().map(|e| supporters(e)).collect();
    let (enough, docs): (bool, BTreeSet<&str>) = match claim.scope {
        Scope::Document => {
            // documents that support every fact
            let mut common: Option<BTreeSet<(&str, &str)>> = None;
            for s in &per_fact {
                common = Some(match common {
                    None => s.clone(),
                    Some(c) => c.intersection(s).cloned().collect(),
                });
            }
            let common = common.unwrap_or_default();
            let sources: BTreeSet<&str> = common.iter().map(|d| d.1).collect();
            (
                !facts.is_empty() && sources.len() >= claim.sources,
                common.iter().map(|d| d.0).collect(),
            )
        }
        Scope::Corpus => {
            let enough = !facts.is_empty()
                && per_fact.iter().all(|s| {
                    let sources: BTreeSet<&str> = s.iter().map(|d| d.1).collect();
                    sources.len() >= claim.sources
                });
            (enough, per_fact.iter().flatten().map(|d| d.0).collect())
        }
    };
    let verdict = combine(&verdicts, enough);
    let sources = if verdict == Verdict::Supported || verdict == Verdict::Partial {
        docs.into_iter().map(str::to_string).collect()
    } else {
        Vec::new()
    };
    (verdict, sources)
}

/// A claim's verdict from its facts' verdicts and whether enough independent sources
/// support it: any fact contradicted, then any disputed, then supported when every
/// fact is and the sources suffice, partial when some fact is, else unverified.
pub fn combine(verdicts: &[FactVerdict], enough: bool) -> Verdict {
    if verdicts.contains(&FactVerdict::Contradicted) {
        Verdict::Contradicted
    } else if verdicts.contains(&FactVerdict::Disputed) {
        Verdict::Disputed
    } else if enough && verdicts.iter().all(|v| *v == FactVerdict::Supported) {
        Verdict::Supported
    } else if verdicts.contains(&FactVerdict::Supported) {
        Verdict::Partial
    } else {
        Verdict::Unverified
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{Fact, Test, Within};

    fn ev(doc: &str, source: &str, stance: Stance) -> Evidence {
        Evidence {
            doc: doc.into(),
            path: std::path::PathBuf::from(format!("corpus/{doc}.txt")).into(),
            source: source.into(),
            stance,
            start: 0,
            end: 1,
            line: 1,
            col: 1,
            end_line: 1,
            end_col: 2,
            quote: "x".into(),
            hits: vec![],
            reason: None,
        }
    }

    fn claim(facts: usize, scope: Scope, sources: usize) -> Claim {
        let fact = Fact {
            say: "f".into(),
            test: Test {
                all: vec![],
                any: vec![],
                not: vec![],
                date: None,
                number: None,
                counts: vec![],
                within: Within::Sentence,
            },
            against: None,
            negation: crate::engine::model::Negation::Counts,
            site: crate::diag::Site::new(std::path::Path::new("claims/c.toml"), "x", 0..1),
            content_words: None,
        };
        Claim {
            id: "c".into(),
            statement: "s".into(),
            expect: None,
            note: None,
            tags: vec![],
            scope,
            sources,
            facts: vec![fact; facts],
            file: "claims/c.toml".into(),
            line: 1,
            site: crate::diag::Site::new(std::path::Path::new("claims/c.toml"), "x", 0..1),
        }
    }

    use Stance::{Against, Supports};

    #[test]
    fn fact_verdicts() {
        assert_eq!(fact_verdict(&[]), FactVerdict::Missing);
        assert_eq!(
            fact_verdict(&[ev("a", "a", Supports)]),
            FactVerdict::Supported
        );
        assert_eq!(
            fact_verdict(&[ev("a", "a", Against)]),
            FactVerdict::Contradicted
        );
        assert_eq!(
            fact_verdict(&[ev("a", "a", Supports), ev("b", "b", Against)]),
            FactVerdict::Disputed
        );
    }

    #[test]
    fn claim_verdicts_take_the_first_rule_that_applies() {
        let c = claim(2, Scope::Document, 1);
        let s = [ev("a", "a", Supports)];
        let x = [ev("b", "b", Against)];
        let d = [ev("a", "a", Supports), ev("b", "b", Against)];
        let none: [Evidence; 0] = [];
        assert_eq!(claim_verdict(&c, &[&s, &x]).0, Verdict::Contradicted);
        assert_eq!(claim_verdict(&c, &[&d, &x]).0, Verdict::Contradicted);
        assert_eq!(claim_verdict(&c, &[&d, &s]).0, Verdict::Disputed);
        assert_eq!(
            claim_verdict(&c, &[&s, &s]),
            (Verdict::Supported, vec!["a".into()])
        );
        assert_eq!(claim_verdict(&c, &[&s, &none]).0, Verdict::Partial);
        assert_eq!(
            claim_verdict(&c, &[&none, &none]),
            (Verdict::Unverified, vec![])
        );
    }

    #[test]
    fn document_scope_needs_one_document_for_every_fact() {
        let a = [ev("a", "a", Supports)];
        let b = [ev("b", "b", Supports)];
        assert_eq!(
            claim_verdict(&claim(2, Scope::Document, 1), &[&a, &b]).0,
            Verdict::Partial
        );
        assert_eq!(
            claim_verdict(&claim(2, Scope::Corpus, 1), &[&a, &b]),
            (Verdict::Supported, vec!["a".into(), "b".into()])
        );
    }

    #[test]
    fn sources_count_outlets_not_documents() {
        let c = claim(1, Scope::Document, 2);
        let same_outlet = [
            ev("a", "outlet:afp", Supports),
            ev("b", "outlet:afp", Supports),
        ];
        assert_eq!(claim_verdict(&c, &[&same_outlet]).0, Verdict::Partial);
        let two = [ev("a", "outlet:afp", Supports), ev("b", "doc:b", Supports)];
        assert_eq!(claim_verdict(&c, &[&two]).0, Verdict::Supported);
        let cc = claim(2, Scope::Corpus, 2);
        assert_eq!(
            claim_verdict(&cc, &[&two, &same_outlet]).0,
            Verdict::Partial
        );
        assert_eq!(claim_verdict(&cc, &[&two, &two]).0, Verdict::Supported);
    }

    #[test]
    fn fever_labels() {
        assert_eq!(Verdict::Supported.fever(), "SUPPORTS");
        assert_eq!(Verdict::Contradicted.fever(), "REFUTES");
        assert_eq!(Verdict::Disputed.fever(), "NOT ENOUGH INFO");
    }
}
