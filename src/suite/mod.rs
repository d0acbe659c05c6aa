//! The suite layer: claim files on disk → a validated [`Suite`]. Finding the files
//! (`discover`), their raw serde shapes (`raw`), reading them whatever is wrong
//! (`recover`), string facts (`string_facts`) and validation (`validate`).
//!
//! Every problem of every claim file is found here, with its place, before any
//! article is read; nothing here writes.

mod claim;
pub mod config;
mod facts;
mod raw;
mod recover;
pub mod string_facts;
mod validate;

pub use raw::ClaimFile;
pub use string_facts::{StringFact, StringFactError, compile_string_fact, split_statement};
pub use validate::load;

use crate::diag::Diagnostic;
use crate::engine::model::Suite;
use crate::files::{self, Walked};
use crate::paths::Paths;
use std::path::Path;

/// Lists `claims/**/*.toml`, sorted, by the rules of [`files::walk`], with the
/// problems met on the way.
pub fn discover(paths: &Paths) -> Walked {
    files::walk(
        &paths.claims,
        "claims folder",
        &paths.access,
        &|p: &Path| p.extension().and_then(|e| e.to_str()) == Some("toml"),
        &|p| paths.shown(p),
    )
}

/// A validated suite and the warnings met reading it (entries skipped).
#[derive(Debug)]
pub struct Read {
    pub suite: Suite,
    pub warnings: Vec<Diagnostic>,
    /// SHA-256 of every claim file read, in order (its path as shown, then its
    /// text): the suite is made from these alone, so two reads with one digest
    /// give one suite (the cache keeps the last report under it).
    pub digest: [u8; 32],
}

/// [`Read::digest`] of `files`.
fn digest_of(files: &[ClaimFile]) -> [u8; 32] {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for f in files {
        let path = f.path.as_os_str().as_encoded_bytes();
        // lengths first: no two lists of files write the same bytes
        h.update((path.len() as u64).to_le_bytes());
        h.update(path);
        h.update((f.source.len() as u64).to_le_bytes());
        h.update(f.source.as_bytes());
    }
    h.finalize().into()
}

/// Reads and validates every claim file under the claims folder.
pub fn read(paths: &Paths) -> Result<Read, Vec<Diagnostic>> {
    let Files {
        files,
        mut errors,
        warnings,
    } = read_files(paths)?;
    match load(&files) {
        Ok(suite) if errors.is_empty() => {
            let digest = digest_of(&files);
            let mut warnings = warnings;
            warnings.extend(defining_nothing(&files, &suite));
            return Ok(Read {
                suite,
                warnings,
                digest,
            });
        }
        Ok(_) => {}
        Err(mut e) => errors.append(&mut e),
    }
    // what was skipped may be why the suite is wrong
    errors.extend(warnings);
    Err(errors)
}

/// A warning for each claim file that defines neither a claim nor an alias (empty,
/// or only comments): a suite that checks nothing from it should say so.
fn defining_nothing(files: &[ClaimFile], suite: &Suite) -> Vec<Diagnostic> {
    files
        .iter()
        .filter(|f| {
            !suite.claims.iter().any(|c| c.file == f.path)
                && !suite
                    .alias_sites
                    .values()
                    .any(|(site, _)| site.path == f.path)
        })
        .map(|f| {
            Diagnostic::file(&f.path, "this claim file defines no claims")
                .help(
                    "add a claim (`[[claim]]` with an `id` and a `statement`), or remove the file",
                )
                .warning()
        })
        .collect()
}

/// The claim files under the claims folder as read, with the problems met reading
/// them.
struct Files {
    files: Vec<ClaimFile>,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
}

fn read_files(paths: &Paths) -> Result<Files, Vec<Diagnostic>> {
    files::folder(&paths.claims, "claims", "--claims", &|p| paths.shown(p)).map_err(|d| vec![d])?;
    let found = discover(paths);
    let (mut errors, warnings) = (found.errors, found.warnings);
    let mut files = Vec::new();
    for f in found.files {
        let shown = paths.shown(&f.path);
        match files::read_file(&f.path, paths.access.max_file_size, f.identity)
            .map(String::from_utf8)
        {
            Ok(Ok(source)) => files.push(ClaimFile::new(shown, source)),
            Ok(Err(e)) => errors
                .push(Diagnostic::not_utf8(&shown, &e).help("save the claim file as UTF-8 text")),
            Err(e) => errors.push(e.diagnostic(&shown)),
        }
    }
    if files.is_empty() && errors.is_empty() {
        errors.push(
            Diagnostic::file(&paths.shown(&paths.claims), "no claim files (*.toml) found")
                .help("write a claim file, e.g. claims/talks.toml"),
        );
    }
    Ok(Files {
        files,
        errors,
        warnings,
    })
}

/// The [`Read::digest`] [`read`] would give, without loading the suite: `None` when
/// a claim file cannot be read. The suite is made from those files alone, so a
/// digest that a suite once loaded under means it loads again, to the same suite.
pub fn digest(paths: &Paths) -> Option<[u8; 32]> {
    let read = read_files(paths).ok()?;
    read.errors.is_empty().then(|| digest_of(&read.files))
}
