//! The suite layer: claim files on disk → a validated [`Suite`]. Finding the files
//! (`discover`), their raw serde shapes (`raw`), reading them whatever is wrong
//! (`recover`), string facts (`string_facts`) and validation (`validate`).
//!
//! Every problem of every claim file is found here, with its place, before any
//! article is read; nothing here writes.

mod claim;
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
use crate::paths::Paths;
use std::path::{Path, PathBuf};

/// Lists `claims/**/*.toml`, sorted.
pub fn discover(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    let mut seen = std::collections::HashSet::new();
    while let Some(d) = stack.pop() {
        if !seen.insert(d.canonicalize()?) {
            continue;
        }
        for e in std::fs::read_dir(&d)? {
            let p = e?.path();
            let hidden = p
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            let meta = std::fs::metadata(&p)?;
            if meta.is_dir() {
                stack.push(p);
            } else if p.extension().and_then(|e| e.to_str()) == Some("toml") {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Reads and validates every claim file under the claims folder.
pub fn read(paths: &Paths) -> Result<Suite, Vec<Diagnostic>> {
    if !paths.claims.is_dir() {
        return Err(vec![Diagnostic::missing_folder(
            "claims",
            "--claims",
            &paths.claims,
        )]);
    }
    let found = discover(&paths.claims).map_err(|e| {
        vec![Diagnostic::file(
            &paths.shown(&paths.claims),
            format!("cannot read: {e}"),
        )]
    })?;
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in found {
        let shown = paths.shown(&p);
        match std::fs::read(&p).map(String::from_utf8) {
            Ok(Ok(source)) => files.push(ClaimFile {
                path: shown,
                source,
            }),
            Ok(Err(e)) => errors.push(Diagnostic::file(
                &shown,
                format!(
                    "not valid UTF-8 at byte offset {}",
                    e.utf8_error().valid_up_to()
                ),
            )),
            Err(e) => errors.push(Diagnostic::file(&shown, format!("cannot read: {e}"))),
        }
    }
    if files.is_empty() && errors.is_empty() {
        errors.push(
            Diagnostic::file(&paths.shown(&paths.claims), "no claim files (*.toml) found")
                .help("write a claim file, e.g. claims/talks.toml"),
        );
    }
    let suite = load(&files);
    match suite {
        Ok(s) if errors.is_empty() => Ok(s),
        Ok(_) => Err(errors),
        Err(mut e) => {
            errors.append(&mut e);
            Err(errors)
        }
    }
}
