//! `check PATH.toml`: checking only the claims of some claim files (or of the claim
//! files under a folder), given as paths from the current directory or under the
//! claims folder. Aliases stay those of the whole suite (they are global).

use super::run_keeping;
use crate::diag::Diagnostic;
use crate::engine::Suite;
use crate::paths::Paths;
use crate::report::Report;
use crate::suite;
use crate::text::did_you_mean;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The whole pipeline on part of the suite: the claims of `claim_files` (all claim
/// files when empty) that `only` selects (all when empty).
pub fn run_selected(
    paths: &Paths,
    claim_files: &[PathBuf],
    only: &[String],
    windows: &super::Windows,
) -> Result<Report, Vec<Diagnostic>> {
    run_keeping(paths, only, windows, |suite| {
        select_files(paths, suite, claim_files, only)
    })
}

/// [`run_selected`] for the reports that keep every window at archive scale
/// ([`super::run_every`]).
pub fn run_selected_every(
    paths: &Paths,
    claim_files: &[PathBuf],
    only: &[String],
    how: &super::tally::Tallied,
) -> Result<(super::every::Every, Vec<Diagnostic>), Vec<Diagnostic>> {
    super::run_every(paths, only, how, |suite| {
        select_files(paths, suite, claim_files, only)
    })
}

/// A path as this module compares it: resolved when it exists, else made absolute.
fn resolved(p: &Path) -> Option<PathBuf> {
    p.canonicalize()
        .ok()
        .or_else(|| std::path::absolute(p).ok())
}

/// Keeps the claims of `given` claim files (or of the claim files under a given
/// folder). A path that is no claim file of the suite is an error naming it, with a
/// did-you-mean when one is close; so is a selection that leaves no claim.
pub fn select_files(
    paths: &Paths,
    suite: &mut Suite,
    given: &[PathBuf],
    only: &[String],
) -> Result<(), Vec<Diagnostic>> {
    if given.is_empty() {
        return Ok(());
    }
    // every claim file of the suite: as shown (what `Claim::file` holds) and resolved
    let claim_files: Vec<(PathBuf, PathBuf)> = suite::discover(paths)
        .files
        .into_iter()
        .filter_map(|f| Some((paths.shown(&f.path), resolved(&f.path)?)))
        .collect();
    let mut chosen: BTreeSet<PathBuf> = BTreeSet::new();
    let mut errors = Vec::new();
    for g in given {
        let mut candidates = vec![g.clone()];
        if g.is_relative() {
            candidates.push(paths.claims.join(g));
        }
        let hits: Vec<&PathBuf> = candidates
            .iter()
            .filter(|c| c.exists())
            .filter_map(|c| resolved(c))
            .flat_map(|c| {
                claim_files
                    .iter()
                    .filter(move |(_, real)| *real == c || (c.is_dir() && real.starts_with(&c)))
                    .map(|(shown, _)| shown)
            })
            .collect();
        if hits.is_empty() {
            errors.push(not_a_claim_file(paths, g, &claim_files));
        }
        chosen.extend(hits.into_iter().cloned());
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    suite.claims.retain(|c| chosen.contains(&c.file));
    if suite.claims.is_empty() {
        let files: Vec<String> = chosen.iter().map(|p| p.display().to_string()).collect();
        let mut d = Diagnostic::general(format!("no claims to check in {}", files.join(", ")));
        d = if only.is_empty() {
            d.help("those files hold aliases only; give a claim file with claims")
        } else {
            d.help("--only selects claims of other files; leave it out or give their files")
        };
        return Err(vec![d]);
    }
    Ok(())
}

fn not_a_claim_file(paths: &Paths, given: &Path, claim_files: &[(PathBuf, PathBuf)]) -> Diagnostic {
    let shown = paths.given(given);
    let what = if given.exists() {
        "not a claim file of this suite"
    } else {
        "no such claim file"
    };
    let mut d = Diagnostic::file(&shown, what);
    // names from here and names under the claims folder, whichever way it was given
    let claims_dir = paths.shown(&paths.claims);
    let names: Vec<String> = claim_files
        .iter()
        .flat_map(|(shown, _)| {
            let under = shown
                .strip_prefix(&claims_dir)
                .ok()
                .map(|p| p.display().to_string());
            std::iter::once(shown.display().to_string()).chain(under)
        })
        .collect();
    let word = given.display().to_string();
    d = match did_you_mean(&word, names.iter().map(String::as_str)) {
        Some(s) => d.help(format!("did you mean `{s}`?")),
        None => d.help(format!(
            "give claim files under {} (claims/**/*.toml), from here or from that folder",
            claims_dir.display()
        )),
    };
    d
}
