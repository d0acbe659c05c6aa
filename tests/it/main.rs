//! The integration tests, in one binary (the ripgrep habit): each module drives the
//! real `factcheck` binary through one fluent builder ([`util`]), or the library
//! stage by stage. The claim suite's own harness is `tests/claims.rs`.

mod cli;
mod conformance;
mod dates;
mod diagnostics;
mod hostile;
mod init;
mod layers;
mod matching;
mod negation;
mod numbers;
mod properties;
mod sources;
mod util;
