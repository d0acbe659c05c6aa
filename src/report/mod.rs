//! The report layer: what the tool tells people and machines. The records of a
//! check (`record`, the JSON wire types, with `wire` serializing the engine's
//! types, and `stream` writing the check report as JSON and JSON Lines claim by
//! claim), and one printer per view over any `io::Write`: the text report
//! (`text`), snapshots and failure messages (`snapshot`), `explain`
//! (`explain`) and `impact` (`impact`), all coloured through one [`Paint`]; the
//! self-contained HTML page of `check --format html` (`html`); the outputs
//! publishers and researchers read: ClaimReview JSON-LD (`claimreview`) and FEVER
//! JSON Lines (`fever`); and the outputs CI systems read: `lint`'s records
//! (`lint`), JUnit (`junit`), SARIF (`sarif`) and GitHub workflow commands
//! (`github`), which say the same about a failed claim through `ci`.
//!
//! Architecture invariant: printers write to the `io::Write` they are given and
//! decide nothing about colour; the command line does. The reports people read show
//! at most [`EVIDENCE_SHOWN`] evidence windows per fact and stance and as many
//! independent sources of as many documents, the rest counted
//! (`… and 812 more for in 95 documents`): they print a record made bounded by
//! [`Report::bounded`] (or built bounded), and read its `more` and `more_sources`
//! rather than recount. The JSON, JSON Lines and FEVER outputs keep everything.

pub mod ci;
pub mod claimreview;
pub mod explain;
pub mod fever;
pub mod github;
pub mod html;
pub mod impact;
pub mod junit;
pub mod lint;
pub mod record;
pub mod sarif;
pub mod snapshot;
pub mod stream;
pub mod style;
pub mod text;
pub mod wire;

pub use claimreview::claim_reviews;
pub use explain::{Explanation, ExplanationJson, NEAR_MISSES, highlight};
pub use fever::write_fever;
pub use github::{write_check_github, write_lint_github};
pub use impact::{ClaimChange, EvidenceChange, Impact, ImpactSummary, NewDocument};
pub use junit::write_junit;
pub use lint::LintReport;
pub use record::{
    ClaimRecord, Counts, DocumentRecord, EVIDENCE_SHOWN, FactRecord, More, MoreSources,
    NearCopyRecord, Report, SourceRecord, Summary,
};
pub use sarif::{write_check_sarif, write_lint_sarif};
pub use snapshot::{failure, snapshot};
pub use stream::{write_report_json, write_report_jsonl};
pub use style::Paint;
pub use wire::{DiagnosticRecord, Diagnostics, write_json};
