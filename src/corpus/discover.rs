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

impl DocFile {
    /// A corpus file as listing the corpus under `paths` gives it: read at
    /// `fs_path`, shown by its path from the suite's root, read whole up to the
    /// size limit.
    pub fn listed(
        paths: &Paths,
        fs_path: PathBuf,
        id: String,
        identity: Option<files::Identity>,
        stamp: Option<files::Stamp>,
    ) -> DocFile {
        DocFile {
            text: None,
            id,
            path: paths.shown(&fs_path),
            fs_path,
            identity,
            stamp,
            max_size: paths.access.max_file_size,
        }
    }
}

/// A document's id: its path under the corpus folder without extension, with `/`
/// between its parts.
fn id_of(root: &Path, path: &Path) -> String {
    id_of_listed(root, path).unwrap_or_else(|| id_of_any(root, path))
}

/// [`id_of`] of a path the walk made (the root, then names joined with `/`), from
/// its text: a corpus lists tens of thousands of files, and splitting each path
/// into components cost a warm check a tenth of its listing. `None` for any other
/// path.
fn id_of_listed(root: &Path, path: &Path) -> Option<String> {
    if std::path::MAIN_SEPARATOR != '/' {
        return None;
    }
    let (root, path) = (root.to_str()?, path.to_str()?);
    let rest = path.strip_prefix(root)?;
    let rest = if root.ends_with('/') {
        rest
    } else {
        rest.strip_prefix('/')?
    };
    let clean = !rest.is_empty()
        && rest
            .split('/')
            .all(|name| !name.is_empty() && !name.starts_with('.'));
    if !clean {
        return None;
    }
    let name = rest.rsplit('/').next()?;
    let stem = match name.rfind('.') {
        Some(dot) if dot > 0 => rest.len() - (name.len() - dot),
        _ => rest.len(),
    };
    Some(rest[..stem].to_string())
}

fn id_of_any(root: &Path, path: &Path) -> String {
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
            let id = id_of(root, &found.path);
            DocFile::listed(paths, found.path, id, found.identity, found.stamp)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_the_text_of_listed_paths_equal_ids_from_components() {
        let cases = [
            ("corpus", "corpus/a.md"),
            ("corpus", "corpus/outlet-12/2024-01-25-0018176.md"),
            ("corpus/", "corpus/x/y/z.tar.txt"),
            ("./corpus", "./corpus/a b/ünï.md"),
            (".", "./a/b.md"),
            ("/abs/corpus", "/abs/corpus/a..md"),
            ("corpus", "corpus/x.y/a.md"),
        ];
        for (root, path) in cases {
            let (root, path) = (Path::new(root), Path::new(path));
            assert_eq!(
                id_of_listed(root, path).as_deref(),
                Some(id_of_any(root, path).as_str()),
                "{}",
                path.display()
            );
        }
        // anything else takes the slow road: another root, a path not from a walk
        for (root, path) in [
            ("corpus", "corpus2/a.md"),
            ("corpus", "corpus//a.md"),
            ("corpus", "corpus/./a.md"),
            ("corpus", "corpus/../a.md"),
            ("corpus", "other/a.md"),
        ] {
            assert_eq!(
                id_of_listed(Path::new(root), Path::new(path)),
                None,
                "{path}"
            );
        }
    }
}
