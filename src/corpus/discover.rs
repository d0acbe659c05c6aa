//! Finding the corpus's documents: every `.txt` and `.md` file under the corpus
//! folder, at any depth, hidden entries skipped, with its id (its path without
//! extension) and the path shown to people, by the boundary rules of
//! [`crate::files`]. Reads folders, never files.

use crate::diag::Diagnostic;
use crate::files;
use crate::paths::Paths;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// A document file found in the corpus folder, not yet read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocFile {
    pub id: String,
    /// Where to read it.
    pub fs_path: PathBuf,
    /// How to show it.
    pub path: PathBuf,
    /// The largest size read (larger is an error).
    pub max_size: u64,
    /// The file the walk vetted at `fs_path`: reading it reads that file or fails.
    pub identity: Option<files::Identity>,
    /// Its stamp when the walk saw it (`None` for `text`): the cache's key to it.
    pub stamp: Option<files::Stamp>,
    /// The text of an article not yet in the corpus, as `corpus add` would write it
    /// (`impact`): read instead of `fs_path`.
    pub text: Option<std::sync::Arc<str>>,
}

/// A document's id: its path under the corpus folder without extension, with `/`
/// between its parts.
fn id_of(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path).with_extension("");
    let parts: Vec<_> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect();
    parts.join("/")
}

fn is_document(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt") | Some("md")
    )
}

/// What listing the corpus found: its documents, sorted by id, and warnings about
/// entries skipped (links out of the corpus, FIFOs, devices).
#[derive(Debug, Default)]
pub struct Listing {
    pub files: Vec<DocFile>,
    pub warnings: Vec<Diagnostic>,
}

/// Lists every `.txt` and `.md` file of the corpus (any depth, hidden entries
/// skipped), sorted by id, by the rules of [`files::walk`].
pub fn discover(paths: &Paths) -> Result<Listing, Vec<Diagnostic>> {
    let root = &paths.corpus;
    let walked = files::walk(root, "corpus", &paths.access, &is_document, &|p| {
        paths.shown(p)
    });
    let (mut errors, warnings) = (walked.errors, walked.warnings);
    let mut found: Vec<DocFile> = walked
        .files
        .into_par_iter()
        .map(|found| {
            let path = found.path;
            DocFile {
                text: None,
                id: id_of(root, &path),
                path: paths.shown(&path),
                fs_path: path,
                identity: found.identity,
                stamp: found.stamp,
                max_size: paths.access.max_file_size,
            }
        })
        .collect();
    // by id; of files sharing one, the first in path order stays (the sort is stable)
    found.par_sort_by(|a, b| a.id.cmp(&b.id));
    let mut files: Vec<DocFile> = Vec::with_capacity(found.len());
    for f in found {
        if let Some(first) = files.last().filter(|l| l.id == f.id) {
            errors.push(
                Diagnostic::file(&f.path, format!("document id `{}` is used twice", f.id))
                    .note(format!("also {}", first.path.display()))
                    .help("rename one of the files: ids are paths without extension"),
            );
            continue;
        }
        files.push(f);
    }
    if errors.is_empty() {
        Ok(Listing { files, warnings })
    } else {
        Err(errors)
    }
}

/// Lists the corpus's documents, sorted by id.
pub fn find(paths: &Paths) -> Result<Listing, Vec<Diagnostic>> {
    files::folder(&paths.corpus, "corpus", "--corpus", &|p| paths.shown(p)).map_err(|d| vec![d])?;
    let listing = discover(paths)?;
    if listing.files.is_empty() {
        return Err(vec![
            Diagnostic::file(
                &paths.shown(&paths.corpus),
                "the corpus has no documents (*.txt, *.md)",
            )
            .help("add articles with `factcheck corpus add FILE` or copy them into the folder"),
        ]);
    }
    Ok(listing)
}
