//! Exit statuses, as named constants: what a script or CI reads of a run.

/// Every claim with an `expect` met it (or: nothing went wrong).
pub const MET: u8 = 0;
/// Some claim missed its `expect` (`check`), or `--deny-warnings`/`--fail-on-change`.
pub const NOT_MET: u8 = 1;
/// The suite or the corpus could not be read; nothing was done.
pub const BAD_INPUT: u8 = 2;
