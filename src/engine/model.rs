//! The claim model: a suite's claims, their facts, and what each fact's window must
//! contain, validated and compiled. Built by the suite loader; read by the matcher
//! and the verdict rules. Plain data: no I/O, no serde.

use crate::diag::Site;
use crate::engine::terms::Term;
use crate::text::dates::DateSpec;
use crate::text::numbers::Quantity;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

/// Index into [`Suite::terms`].
pub type TermId = usize;

/// Which text a fact is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Within {
    Sentence,
    Paragraph,
    /// Any run of this many consecutive words in a paragraph.
    Words(usize),
}

/// Whether one document must support every fact, or the corpus as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Document,
    Corpus,
}

/// What a window must contain: the common core of a fact and its `against` table.
#[derive(Debug, Clone, PartialEq)]
pub struct Test {
    pub all: Vec<TermId>,
    pub any: Vec<TermId>,
    pub not: Vec<TermId>,
    pub date: Option<DateSpec>,
    pub number: Option<Quantity>,
    /// What the `number` counts (`counts = ["hour"]`): only mentions counting one of
    /// these terms can satisfy or conflict with it.
    pub counts: Vec<TermId>,
    pub within: Within,
}

/// What a negated window means for a fact (`negation` in a claim file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Negation {
    /// `true`, the default: a negated match is evidence against the fact.
    Counts,
    /// `false`: negation is not read; a negated match supports like any other.
    Ignored,
    /// `"asserted"`: the fact says something did not happen; a negated match
    /// supports it and a match that is not negated is evidence against it.
    Asserted,
}

/// One checkable part of a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// How a reviewer reads it.
    pub say: String,
    pub test: Test,
    pub against: Option<Test>,
    pub negation: Negation,
    /// Where it is written.
    pub site: Site,
    /// For a plain-string fact, how many content words it kept.
    pub content_words: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub id: String,
    pub statement: String,
    pub expect: Option<Verdict>,
    pub note: Option<String>,
    pub tags: Vec<String>,
    pub scope: Scope,
    pub sources: usize,
    pub facts: Vec<Fact>,
    /// The claim file, as shown to people, and the line of its `id`.
    pub file: PathBuf,
    pub line: usize,
    /// Where its `id` is written.
    pub site: Site,
}

/// Every claim of the suite, and the terms they use (each compiled once).
#[derive(Debug, Default)]
pub struct Suite {
    pub claims: Vec<Claim>,
    pub terms: Vec<Term>,
    /// Where each term is first written, parallel to `terms`.
    pub term_sites: Vec<Site>,
    pub aliases: BTreeMap<String, Vec<String>>,
    /// Where each alias and each of its variants is defined.
    pub alias_sites: BTreeMap<String, (Site, Vec<(String, Site)>)>,
    /// Aliases some term or string fact uses.
    pub used_aliases: BTreeSet<String>,
}

impl Suite {
    /// The same suite with only the claims at `indices` (terms and aliases shared).
    pub fn subset(&self, indices: &[usize]) -> Suite {
        Suite {
            claims: indices.iter().map(|i| self.claims[*i].clone()).collect(),
            terms: self.terms.clone(),
            term_sites: self.term_sites.clone(),
            aliases: self.aliases.clone(),
            alias_sites: self.alias_sites.clone(),
            used_aliases: self.used_aliases.clone(),
        }
    }
}

impl Scope {
    /// `document` or `corpus`, as written in claim files and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Document => "document",
            Scope::Corpus => "corpus",
        }
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A claim's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    Supported,
    Contradicted,
    Disputed,
    Partial,
    Unverified,
}

impl Verdict {
    pub const ALL: [Verdict; 5] = [
        Verdict::Supported,
        Verdict::Contradicted,
        Verdict::Disputed,
        Verdict::Partial,
        Verdict::Unverified,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Disputed => "disputed",
            Verdict::Partial => "partial",
            Verdict::Unverified => "unverified",
        }
    }

    /// The FEVER label: SUPPORTS, REFUTES, or NOT ENOUGH INFO.
    pub fn fever(self) -> &'static str {
        match self {
            Verdict::Supported => "SUPPORTS",
            Verdict::Contradicted => "REFUTES",
            _ => "NOT ENOUGH INFO",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A word that is not one of the five verdicts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownVerdict(pub String);

impl fmt::Display for UnknownVerdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown verdict `{}`", self.0)
    }
}

impl std::error::Error for UnknownVerdict {}

impl FromStr for Verdict {
    type Err = UnknownVerdict;
    fn from_str(s: &str) -> Result<Self, UnknownVerdict> {
        Verdict::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| UnknownVerdict(s.to_string()))
    }
}

/// How a fact without `say` is shown, from the parts it was written with:
/// `all = ["talks", "@naqoura"], any = ["held"], date = 2025-12-03, number = >370,
/// counts = ["hour"]`. Used for a table fact's default `say` and for an `against`
/// table in reasons.
pub fn describe(
    all: &[&str],
    any: &[&str],
    date: Option<String>,
    number: Option<String>,
    counts: &[&str],
) -> String {
    let list = |name: &str, v: &[&str]| {
        (!v.is_empty()).then(|| {
            let items: Vec<String> = v.iter().map(|s| format!("{s:?}")).collect();
            format!("{name} = [{}]", items.join(", "))
        })
    };
    [
        list("all", all),
        list("any", any),
        date.map(|d| format!("date = {d}")),
        number.map(|n| format!("number = {n}")),
        list("counts", counts),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}

impl Test {
    /// This test as [`describe`] shows it, with the term texts of `suite`.
    pub fn describe(&self, terms: &[Term]) -> String {
        let names = |ids: &[TermId]| ids.iter().map(|i| &*terms[*i].text).collect::<Vec<_>>();
        describe(
            &names(&self.all),
            &names(&self.any),
            self.date.map(|d| d.to_string()),
            self.number.map(|n| n.to_string()),
            &names(&self.counts),
        )
    }
}
