//! Where a suite lives (its root, claims folder and corpus folder) and how paths are
//! shown to people: relative to the root. Plain data, below every layer that reads
//! the file system.

use std::path::{Path, PathBuf};

/// Where a suite lives: the root, its claims folder and its corpus folder, and how
/// far reading them may go.
#[derive(Debug, Clone)]
pub struct Paths {
    pub root: PathBuf,
    pub claims: PathBuf,
    pub corpus: PathBuf,
    pub access: Access,
}

/// How far reading a suite may go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Access {
    /// Read what symbolic links point to even outside the claims and corpus folders.
    pub follow_links: bool,
    /// The largest file (article or claim file) read, in bytes.
    pub max_file_size: u64,
}

/// The default largest file read: 64 MiB, far above any article.
pub const MAX_FILE_SIZE: u64 = 64 << 20;

impl Default for Access {
    fn default() -> Self {
        Self {
            follow_links: false,
            max_file_size: MAX_FILE_SIZE,
        }
    }
}

impl Paths {
    /// `claims` and `corpus` default to `ROOT/claims` and `ROOT/corpus`. A folder
    /// given relative to the current directory but outside a root other than `.` is
    /// made absolute, so that messages (whose paths are shown relative to the root)
    /// never name it relative to the wrong folder.
    pub fn new(root: impl Into<PathBuf>, claims: Option<PathBuf>, corpus: Option<PathBuf>) -> Self {
        let root = root.into();
        let given = |p: Option<PathBuf>, default: &str| match p {
            Some(p) if p.is_relative() && root != Path::new(".") && !p.starts_with(&root) => {
                std::path::absolute(&p).unwrap_or(p)
            }
            Some(p) => p,
            None => root.join(default),
        };
        Self {
            claims: given(claims, "claims"),
            corpus: given(corpus, "corpus"),
            root,
            access: Access::default(),
        }
    }

    /// A path given on the command line (an article to add), as shown in messages,
    /// which name paths relative to the root: as given when the root is `.`, else
    /// absolute, so that it never reads as a path under the root.
    pub fn given(&self, path: &Path) -> PathBuf {
        if self.root == Path::new(".") || path.is_absolute() {
            path.strip_prefix(".").unwrap_or(path).to_path_buf()
        } else {
            std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
        }
    }

    /// A path as shown to people: relative to the root when it is under it.
    pub fn shown(&self, path: &Path) -> PathBuf {
        let rel = path.strip_prefix(&self.root).unwrap_or(path);
        rel.strip_prefix(".").unwrap_or(rel).to_path_buf()
    }
}

/// A path relative to the suite's root `root` as it opens from the current
/// directory: joined to the root when the root is not `.`; an empty, absolute or
/// already-from-here path as it is.
pub fn from_here(root: &Path, path: &Path) -> PathBuf {
    if !path.as_os_str().is_empty() && path.is_relative() && root != Path::new(".") {
        root.join(path)
    } else {
        path.to_path_buf()
    }
}

/// A path as reports write it, with `/` between its parts on every machine.
pub fn slashed(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}
