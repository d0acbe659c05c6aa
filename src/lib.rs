//! factcheck: a fact-check assertion harness. Claims (TOML) are checked against a
//! corpus of articles; every fact gets a verdict with evidence spans.
//!
//! The layers, each importing only those below it:
//!
//! ```text
//! cli        arguments, printing, colour choice, exit statuses
//!  └ check   the pipeline (load → select → gather → report) and explain, impact, lint
//!     ├ report   records (JSON wire types) and one printer per view
//!     ├ suite    claim files → validated Suite          corpus   article files → Documents
//!     ├ files    the boundary: walking the claims and corpus folders, reading a file
//!     └ engine   claim and document models, analysis, matcher, verdicts (no I/O)
//!        └ diag, paths, text   diagnostics, suite locations, words
//! ```
//!
//! The pipeline in one line: [`check::run`] = [`suite::read`] + [`corpus::find`] →
//! [`check::select`] → [`check::gather`] (each document read, analysed and matched
//! once, in parallel) → [`check::build_report`]. Every error is found while loading;
//! the engine does no I/O and cannot fail; only [`cli`] prints.

pub mod check;
pub mod cli;
pub mod corpus;
pub mod diag;
pub mod engine;
pub mod files;
#[cfg(feature = "harness")]
pub mod harness;
pub mod init;
pub mod paths;
pub mod report;
pub mod suite;
pub mod text;

pub use check::{load, run};
pub use paths::Paths;
