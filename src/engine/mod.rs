//! The engine: what a claim is and how the corpus bears on it. The claim model
//! ([`model`]) and its compiled terms ([`terms`]); the document model ([`document`])
//! and its analysis ([`analysis`]); the [`matcher`], which turns a document into
//! [`evidence`] for each fact; and the [`verdict`] rules.
//!
//! Architecture invariant: the engine does no I/O and cannot fail, and knows nothing
//! of serde, TOML, clap or the file system. Every problem is found while loading
//! (the `suite` and `corpus` layers); the engine only computes.

pub mod analysis;
pub mod document;
pub mod evidence;
pub mod matcher;
pub mod model;
pub mod sources;
pub mod terms;
pub mod verdict;

pub use analysis::Analysis;
pub use document::{Document, FrontMatter};
pub use evidence::{Evidence, Hit, NearMiss, Stance};
pub use matcher::{DocMatcher, EvidenceRef, HitRef, Tally};
pub use model::{Claim, Fact, Scope, Suite, TermId, Test, Verdict, Within};
pub use sources::{SourceDoc, Sources};
pub use verdict::FactVerdict;
