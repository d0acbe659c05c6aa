//! The integration tests, in one binary (the ripgrep habit): each module drives the
//! real `factcheck` binary through one fluent builder ([`util`]), or the library
//! stage by stage. The claim suite's own harness is `tests/claims.rs`.

mod add;
mod bounded;
mod cache;
mod ci_formats;
mod cli;
mod conformance;
mod conventions;
mod dates;
mod diagnostics;
mod every;
mod explain;
mod hostile;
mod html;
mod init;
mod layers;
mod matching;
mod negation;
mod numbers;
mod properties;
mod publish;
mod sources;
mod tally;
mod util;
