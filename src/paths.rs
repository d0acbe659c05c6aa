//! Where a suite lives (its root, claims folder and corpus folder) and how paths are
//! shown to people: relative to the root. Plain data, below every layer that reads
//! the file system.

use std::path::{Path, PathBuf};

/// Where a suite lives: the root, its claims folder and its corpus folder.
#[derive(Debug, Clone)]
pub struct Paths {
    pub root: PathBuf,
    pub claims: PathBuf,
    pub corpus: PathBuf,
}

impl Paths {
    /// `claims` and `corpus` default to `ROOT/claims` and `ROOT/corpus`.
    pub fn new(root: impl Into<PathBuf>, claims: Option<PathBuf>, corpus: Option<PathBuf>) -> Self {
        let root = root.into();
        Self {
            claims: claims.unwrap_or_else(|| root.join("claims")),
            corpus: corpus.unwrap_or_else(|| root.join("corpus")),
            root,
        }
    }

    /// A path as shown to people: relative to the root when it is under it.
    pub fn shown(&self, path: &Path) -> PathBuf {
        let rel = path.strip_prefix(&self.root).unwrap_or(path);
        rel.strip_prefix(".").unwrap_or(rel).to_path_buf()
    }
}
