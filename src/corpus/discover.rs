//! Finding the corpus's documents: every `.txt` and `.md` file under the corpus
//! folder, at any depth, hidden entries skipped, with its id (its path without
//! extension) and the path shown to people. Symbolic link loops and dangling links
//! are named as such. Reads folders, never files.

use crate::diag::Diagnostic;
use crate::paths::Paths;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// A document file found in the corpus folder, not yet read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocFile {
    pub id: String,
    /// Where to read it.
    pub fs_path: PathBuf,
    /// How to show it.
    pub path: PathBuf,
}

fn is_document(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt") | Some("md")
    )
}

/// Lists every `.txt` and `.md` file under `dir` (any depth, hidden entries skipped),
/// sorted by id. `shown` turns a file system path into the path shown to people.
pub fn discover(
    dir: &Path,
    shown: &dyn Fn(&Path) -> PathBuf,
) -> Result<Vec<DocFile>, Vec<Diagnostic>> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut seen_dirs = HashSet::new();
    walk(dir, dir, &mut files, &mut errors, &mut seen_dirs, shown);
    let mut by_id: BTreeMap<String, DocFile> = BTreeMap::new();
    for f in files {
        if let Some(first) = by_id.get(&f.id) {
            errors.push(
                Diagnostic::file(&f.path, format!("document id `{}` is used twice", f.id))
                    .note(format!("also {}", first.path.display()))
                    .help("rename one of the files: ids are paths without extension"),
            );
            continue;
        }
        by_id.insert(f.id.clone(), f);
    }
    if errors.is_empty() {
        Ok(by_id.into_values().collect())
    } else {
        Err(errors)
    }
}

fn walk(
    root: &Path,
    dir: &Path,
    files: &mut Vec<DocFile>,
    errors: &mut Vec<Diagnostic>,
    seen_dirs: &mut HashSet<PathBuf>,
    shown: &dyn Fn(&Path) -> PathBuf,
) {
    match dir.canonicalize() {
        Ok(c) => {
            if !seen_dirs.insert(c) {
                return; // a symlink loop, or a second link to a folder already read
            }
        }
        Err(e) => {
            errors.push(Diagnostic::file(
                &shown(dir),
                format!("cannot read folder: {e}"),
            ));
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(Diagnostic::file(
                &shown(dir),
                format!("cannot read folder: {e}"),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'))
        {
            continue;
        }
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(root, &path, files, errors, seen_dirs, shown),
            Ok(m) if m.is_file() && is_document(&path) => {
                let rel = path.strip_prefix(root).unwrap_or(&path).with_extension("");
                let id = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                files.push(DocFile {
                    id,
                    fs_path: path.clone(),
                    path: shown(&path),
                });
            }
            Ok(_) => {}
            Err(e) if e.raw_os_error() == Some(40) => errors.push(
                // ELOOP
                Diagnostic::file(&shown(&path), "a symbolic link loop").help(
                    "remove the link, or point it at an article or a folder outside the loop",
                ),
            ),
            Err(e)
                if std::fs::symlink_metadata(&path).is_ok()
                    && e.kind() == std::io::ErrorKind::NotFound =>
            {
                errors.push(
                    Diagnostic::file(&shown(&path), "a symbolic link to nothing")
                        .help("remove the link, or restore what it points to"),
                )
            }
            Err(e) => errors.push(Diagnostic::file(&shown(&path), format!("cannot read: {e}"))),
        }
    }
}

/// Lists the corpus's documents, sorted by id.
pub fn find(paths: &Paths) -> Result<Vec<DocFile>, Vec<Diagnostic>> {
    if !paths.corpus.is_dir() {
        return Err(vec![Diagnostic::missing_folder(
            "corpus",
            "--corpus",
            &paths.corpus,
        )]);
    }
    let files = discover(&paths.corpus, &|p| paths.shown(p))?;
    if files.is_empty() {
        return Err(vec![
            Diagnostic::file(
                &paths.shown(&paths.corpus),
                "the corpus has no documents (*.txt, *.md)",
            )
            .help("add articles with `factcheck corpus add FILE` or copy them into the folder"),
        ]);
    }
    Ok(files)
}
