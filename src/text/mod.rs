//! The text layer: everything about reading words, the bottom of the stack. Folding
//! and stemming ([`fold`]), negation cues ([`negation`]), claims made
//! without evidence ([`hedges`]), clauses, sentences and paragraphs ([`segment`]), byte
//! offset → line:col ([`lines`]), date and number mentions ([`dates`], [`numbers`]),
//! escaping for display ([`escape`]), suggestions for people ([`suggest`]) and the
//! check of a web address ([`url`]).
//!
//! Pure functions of strings: no I/O, no serde, no knowledge of claims or files.

pub mod dates;
pub mod escape;
pub mod fold;
pub mod hedges;
mod lexicon;
pub mod lines;
pub mod negation;
pub mod numbers;
pub mod segment;
pub mod suggest;
pub mod url;

pub use escape::{escaped, sanitize, shorten};
pub use fold::{Token, Word, fold_word, known_stem_id, stem, stem_id, tokenize};
pub(crate) use lexicon::VERB_LIKE;
pub(crate) use lexicon::{
    AUXILIARIES, CLAUSE_WORDS, CONSIDERING, DENY, FORECASTS, SAYING, inner_adverb, names_act,
    past_form,
};
pub use lines::LineIndex;
pub use negation::Cue;
pub(crate) use numbers::is_measure;
pub use segment::{Layout, Span, clauses, paragraphs, sentences};
pub use suggest::{did_you_mean, levenshtein, plural};
pub use url::web_url;

use std::fmt;

/// FNV-1a, 64 bits, continuing from `h` ([`FNV_START`] to begin): stable across runs
/// and machines, for what is written to the cache (keys, word filters, shingles).
pub fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Where an [`fnv`] hash begins.
pub const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// Why a written value (a `date` or `number` expression) cannot be read, and how to
/// write it instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid(pub String);

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Invalid {}
