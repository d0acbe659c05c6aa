//! The suite's boundary with the file system: walking the claims and corpus folders
//! ([`walk`]) and reading one file ([`read_file`]). Everything the tool reads from a
//! suite comes through here, so the rules hold everywhere:
//!
//! - a symbolic link whose target resolves outside the folder being walked is
//!   skipped with a warning, unless links are followed deliberately (`--follow-links`);
//! - only regular files are read: a FIFO, socket or device is named and refused, and
//!   never opened in a way that blocks;
//! - a read is bounded by a maximum size;
//! - folders already read (by device and inode) are not read again, so link loops
//!   end and a walk costs one `stat` per entry, whatever the depth.
//!
//! Reads only; never writes.

use crate::diag::{Diagnostic, Severity};
use crate::paths::Access;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fs::Metadata;
use std::io::Read;
use std::path::{Path, PathBuf};

/// What walking a folder found: the wanted files, sorted, the errors met on the way,
/// and warnings for what was skipped.
#[derive(Debug, Default)]
pub struct Walked {
    pub files: Vec<Found>,
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

impl Walked {
    fn problem(&mut self, d: Diagnostic) {
        match d.severity {
            Severity::Error => self.errors.push(d),
            Severity::Warning => self.warnings.push(d),
        }
    }
}

/// A file the walk vetted: its path and the identity of the file it found there, so
/// that reading it later reads that file, not one swapped in meanwhile (a link to a
/// file outside, put in place after the walk looked).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Found {
    pub path: PathBuf,
    pub identity: Option<Identity>,
    /// Its stamp when the walk saw it.
    pub stamp: Option<Stamp>,
}

/// What says a file on disk is the one a record was made from: like git's index,
/// size, modification and change times and inode. The walk takes it from the `stat`
/// it makes anyway, so a run states each file once. A file modified after the run
/// that cached it started (same-second edits) is never trusted: see
/// [`Stamp::trusted`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Stamp {
    pub len: u64,
    pub modified: (i64, u32),
    pub changed: (i64, u32),
    pub inode: u64,
}

impl Stamp {
    /// The stamp in a file's metadata.
    pub fn of_meta(m: &Metadata) -> Option<Stamp> {
        let modified = m.modified().ok()?;
        let since = |t: std::time::SystemTime| match t.duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => (d.as_secs() as i64, d.subsec_nanos()),
            Err(e) => (
                -(e.duration().as_secs() as i64),
                e.duration().subsec_nanos(),
            ),
        };
        #[cfg(unix)]
        let (changed, inode) = {
            use std::os::unix::fs::MetadataExt;
            ((m.ctime(), m.ctime_nsec() as u32), m.ino())
        };
        #[cfg(not(unix))]
        let (changed, inode) = (since(modified), 0);
        Some(Stamp {
            len: m.len(),
            modified: since(modified),
            changed,
            inode,
        })
    }

    /// Whether a record with this stamp, written by a run that started at `run`, may
    /// stand for the file: the file was last changed a clear second before that run
    /// began (else it may have changed again within the clock's resolution).
    pub fn trusted(&self, run: (i64, u32)) -> bool {
        self.modified.0 < run.0 - 1 && self.changed.0 < run.0 - 1
    }
}

/// Which file a path names: device and inode where the system has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Identity(u64, u64);

impl Identity {
    #[cfg(unix)]
    pub fn of(meta: &Metadata) -> Option<Self> {
        use std::os::unix::fs::MetadataExt;
        Some(Self(meta.dev(), meta.ino()))
    }

    #[cfg(not(unix))]
    pub fn of(_meta: &Metadata) -> Option<Self> {
        None
    }
}

/// What a file system entry is, in words: `a FIFO`, `a folder`, …
pub fn kind(meta: &Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "a folder";
    }
    if t.is_file() {
        return "a file";
    }
    if t.is_symlink() {
        return "a symbolic link";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
    }
    "not a regular file"
}

/// A folder's identity, so that one folder reached twice (through a link) is read
/// once: its [`Identity`] where the system has one, else its resolved path.
fn folder_key(path: &Path, meta: &Metadata) -> Option<(Option<Identity>, PathBuf)> {
    match Identity::of(meta) {
        Some(id) => Some((Some(id), PathBuf::new())),
        None => path.canonicalize().ok().map(|p| (None, p)),
    }
}

/// ELOOP: too many levels of symbolic links.
fn is_loop(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    {
        e.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        let _ = e;
        false
    }
}

/// Walks `root` at any depth, hidden entries skipped, and lists the files for which
/// `wanted` is true. `what` names the folder in messages (`corpus`, `claims folder`);
/// `shown` turns a path into the path shown to people.
pub fn walk(
    root: &Path,
    what: &str,
    access: &Access,
    wanted: &(dyn Fn(&Path) -> bool + Sync),
    shown: &(dyn Fn(&Path) -> PathBuf + Sync),
) -> Walked {
    let mut out = Walked::default();
    let inside = match root.canonicalize() {
        Ok(c) => c,
        Err(e) => {
            out.errors.push(Diagnostic::file(
                &shown(root),
                format!("cannot read folder: {e}"),
            ));
            return out;
        }
    };
    let mut seen = HashSet::new();
    if let Some(k) = std::fs::metadata(root)
        .ok()
        .and_then(|m| folder_key(root, &m))
    {
        seen.insert(k);
    }
    // Folders are taken depth first, in name order, and what a folder holds is
    // decided in that order (`seen`: a folder reached twice is read once). Reading
    // them need not wait: whenever the next folder has not been read, every folder
    // waiting on the stack is read at once, in parallel (all of them will be taken;
    // on a corpus of a hundred outlet folders, all hundred).
    let read_folder = |dir: &PathBuf| -> (PathBuf, std::io::Result<Vec<(PathBuf, Entry)>>) {
        let entries = std::fs::read_dir(dir).map(|entries| {
            let mut listed: Vec<(std::ffi::OsString, std::fs::DirEntry)> = entries
                .filter_map(Result::ok)
                .map(|e| (e.file_name(), e))
                .filter(|(name, _)| !name.as_encoded_bytes().starts_with(b"."))
                .collect();
            listed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            // one `stat` per entry, relative to the open folder, the folder's
            // entries in parallel, taken in name order
            listed
                .par_iter()
                .map(|(_, e)| {
                    let path = e.path();
                    let found = entry(e, &path, &inside, what, access, wanted, shown);
                    (path, found)
                })
                .collect()
        });
        (dir.clone(), entries)
    };
    let mut read: HashMap<PathBuf, std::io::Result<Vec<(PathBuf, Entry)>>> = HashMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        if !read.contains_key(&dir) {
            let batch: Vec<PathBuf> = stack
                .iter()
                .chain(std::iter::once(&dir))
                .filter(|d| !read.contains_key(*d))
                .cloned()
                .collect();
            read.extend(batch.par_iter().map(read_folder).collect::<Vec<_>>());
        }
        let entries = match read.remove(&dir) {
            Some(Ok(e)) => e,
            Some(Err(e)) => {
                out.errors.push(Diagnostic::file(
                    &shown(&dir),
                    format!("cannot read folder: {e}"),
                ));
                continue;
            }
            None => continue,
        };
        let mut folders = Vec::new();
        for (path, e) in entries {
            match e {
                Entry::Folder(meta) => {
                    if folder_key(&path, &meta).is_none_or(|k| seen.insert(k)) {
                        folders.push(path);
                    }
                }
                Entry::File(meta) => out.files.push(Found {
                    identity: Identity::of(&meta),
                    stamp: Stamp::of_meta(&meta),
                    path,
                }),
                Entry::Ignored => {}
                Entry::Problem(d) => out.problem(d),
            }
        }
        // depth first, in name order
        stack.extend(folders.into_iter().rev());
    }
    // in path order (by component): the same as comparing the paths, which all
    // start with `root` and join names with one separator, as bytes with the
    // separators lowest, and far cheaper than comparing paths tens of thousands of times
    out.files.sort_by_cached_key(|f| order_key(&f.path));
    out
}

/// A path's bytes with every separator made the lowest byte, so that byte order is
/// component order.
fn order_key(path: &Path) -> Vec<u8> {
    path.as_os_str()
        .as_encoded_bytes()
        .iter()
        .map(|&b| {
            if std::path::is_separator(b as char) {
                0
            } else {
                b
            }
        })
        .collect()
}

enum Entry {
    Folder(Metadata),
    File(Metadata),
    Ignored,
    Problem(Diagnostic),
}

fn entry(
    dir_entry: &std::fs::DirEntry,
    path: &Path,
    inside: &Path,
    what: &str,
    access: &Access,
    wanted: &(dyn Fn(&Path) -> bool + Sync),
    shown: &(dyn Fn(&Path) -> PathBuf + Sync),
) -> Entry {
    let cannot = |e: std::io::Error| {
        Entry::Problem(Diagnostic::file(&shown(path), format!("cannot read: {e}")))
    };
    // the entry's own metadata, stated relative to its folder (no path lookup)
    let own = match dir_entry.metadata() {
        Ok(m) => m,
        Err(e) => return cannot(e),
    };
    let meta = if own.file_type().is_symlink() {
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) if is_loop(&e) => {
                return Entry::Problem(
                    Diagnostic::file(&shown(path), "a symbolic link loop").help(
                        "remove the link, or point it at an article or a folder outside the loop",
                    ),
                );
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Entry::Problem(
                    Diagnostic::file(&shown(path), "a symbolic link to nothing")
                        .help("remove the link, or restore what it points to"),
                );
            }
            Err(e) => return cannot(e),
        };
        if meta.is_file() && !wanted(path) {
            return Entry::Ignored;
        }
        if !access.follow_links {
            let target = match path.canonicalize() {
                Ok(t) => t,
                Err(e) => return cannot(e),
            };
            if !target.starts_with(inside) {
                return Entry::Problem(
                    Diagnostic::file(
                        &shown(path),
                        format!(
                            "skipped: a symbolic link to `{}`, outside the {what}",
                            target.display()
                        ),
                    )
                    .warning()
                    .help(
                        "links out of the folder are not followed; pass --follow-links to read it, or copy the file in",
                    ),
                );
            }
        }
        meta
    } else {
        own
    };
    if meta.is_dir() {
        Entry::Folder(meta)
    } else if meta.is_file() {
        if !wanted(path) {
            Entry::Ignored
        } else if path.to_str().is_none() {
            // reports and JSON name files exactly; this name cannot be
            Entry::Problem(
                Diagnostic::file(&shown(path), "skipped: the file name is not valid UTF-8")
                    .warning()
                    .help("rename the file; names are shown and written as UTF-8"),
            )
        } else {
            Entry::File(meta)
        }
    } else {
        Entry::Problem(
            Diagnostic::file(
                &shown(path),
                format!("skipped: {}, not a file", kind(&meta)),
            )
            .warning()
            .help(format!("the {what} holds regular files only; move it out")),
        )
    }
}

/// Checks that `dir`, the claims or corpus folder (`what`, set by `flag`), is a
/// folder: "not found" when nothing is there, "is not a folder" when something else is.
pub fn folder(
    dir: &Path,
    what: &str,
    flag: &str,
    shown: &dyn Fn(&Path) -> PathBuf,
) -> Result<(), Diagnostic> {
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(m) => Err(Diagnostic::file(
            &shown(dir),
            format!("the {what} folder is {}, not a folder", kind(&m)),
        )
        .help(format!("pass the folder with --root or {flag}"))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(
                Diagnostic::file(&shown(dir), format!("{what} folder not found")).help(format!(
                    "run from the suite's root, or pass --root or {flag}"
                )),
            )
        }
        Err(e) => Err(Diagnostic::file(
            &shown(dir),
            format!("cannot read the {what} folder: {e}"),
        )),
    }
}

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// A FIFO, device, socket or folder: its kind.
    NotAFile(&'static str),
    /// Not the file the walk vetted: replaced since.
    Changed,
    /// Larger than the limit: its size (at least the limit plus one byte).
    TooLarge {
        size: u64,
        limit: u64,
    },
    Io(std::io::Error),
}

impl ReadError {
    /// A diagnostic about `shown`, in a fact-checker's words.
    pub fn diagnostic(&self, shown: &Path) -> Diagnostic {
        match self {
            ReadError::NotAFile(kind) => {
                Diagnostic::file(shown, format!("cannot read: {kind}, not a file"))
                    .help("only regular files are read: save the article as a .txt or .md file")
            }
            ReadError::TooLarge { size, limit } => Diagnostic::file(
                shown,
                format!(
                    "the file is {}, larger than the limit of {}",
                    human_size(*size),
                    human_size(*limit)
                ),
            )
            .help(
                "split it, or raise the limit with --max-file-size (e.g. --max-file-size 256MiB)",
            ),
            ReadError::Changed => {
                Diagnostic::file(shown, "the file was replaced while the corpus was read")
                    .help("nothing outside the folder is read; run again once the folder is still")
            }
            ReadError::Io(e) => Diagnostic::file(shown, format!("cannot read: {e}")),
        }
    }
}

impl From<std::io::Error> for ReadError {
    fn from(e: std::io::Error) -> Self {
        ReadError::Io(e)
    }
}

/// Reads a whole regular file of at most `limit` bytes. Anything else (a FIFO, a
/// device, a socket, a folder) is refused before a byte is read, and a FIFO put in
/// place between the check and the open does not block: it is opened non-blocking
/// and checked again. With `vetted`, the file opened must be that one.
pub fn read_file(path: &Path, limit: u64, vetted: Option<Identity>) -> Result<Vec<u8>, ReadError> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile(kind(&meta)));
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile(kind(&meta)));
    }
    if vetted.is_some() && Identity::of(&meta) != vetted {
        return Err(ReadError::Changed);
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    read_bounded(file, limit, meta.len())
}

/// Reads at most `limit` bytes from `input` (a file, standard input); more is
/// [`ReadError::TooLarge`]. `size_hint` is the length expected (0 when unknown).
pub fn read_bounded(input: impl Read, limit: u64, size_hint: u64) -> Result<Vec<u8>, ReadError> {
    // a size is only a hint (a file may shrink, or be sparse): reserve a bounded part
    let mut bytes = Vec::with_capacity(size_hint.min(PREALLOCATE) as usize);
    input
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// The most a read reserves before it has read anything.
const PREALLOCATE: u64 = 64 << 20;

/// The largest `--max-file-size` accepted: 4 GiB, above any article, below what
/// byte offsets and memory can hold.
pub const MAX_LIMIT: u64 = 4 << 30;

/// `64 MiB`, `1.5 KiB`, `17 bytes`.
pub fn human_size(n: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} bytes");
    }
    let mut v = n as f64 / 1024.0;
    let mut unit = 0;
    while v >= 1024.0 && unit < UNITS.len() - 1 {
        v /= 1024.0;
        unit += 1;
    }
    if v.fract() == 0.0 {
        format!("{v:.0} {}", UNITS[unit])
    } else {
        format!("{v:.1} {}", UNITS[unit])
    }
}

/// Reads `64MiB`, `1.5GiB`, `500KB`, `1G`, `1000000`: binary units for `K`, `M`,
/// `G` and `KiB`…, decimal ones for `KB`, `MB`, `GB`; at most [`MAX_LIMIT`].
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num
        .parse()
        .ok()
        .filter(|n: &f64| n.is_finite())
        .ok_or_else(|| {
            format!("`{s}` is not a size: write a number with an optional unit, e.g. 64MiB")
        })?;
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" => 1 << 10,
        "m" | "mib" => 1 << 20,
        "g" | "gib" => 1 << 30,
        "kb" => 1_000,
        "mb" => 1_000_000,
        "gb" => 1_000_000_000,
        other => {
            return Err(format!(
                "`{other}` is not a size unit: use KiB, MiB or GiB (or KB, MB, GB: powers of 1000)"
            ));
        }
    };
    let bytes = (n * factor as f64).round();
    if bytes < 1.0 {
        return Err(format!(
            "`{s}` is not a usable size: give at least one byte"
        ));
    }
    if bytes > MAX_LIMIT as f64 {
        return Err(format!("`{s}` is more than the largest size read, 4GiB"));
    }
    Ok(bytes as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdin_is_bounded() {
        assert_eq!(read_bounded(&b"abc"[..], 3, 0).unwrap(), b"abc");
        assert!(matches!(
            read_bounded(&b"abcd"[..], 3, 0),
            Err(ReadError::TooLarge { size: 4, limit: 3 })
        ));
    }

    #[test]
    fn sizes_read_and_print() {
        assert_eq!(parse_size("64MiB"), Ok(64 << 20));
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("10 MB"), Ok(10_000_000));
        assert_eq!(parse_size("1000"), Ok(1000));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("0").is_err());
        assert!(
            parse_size("99999999999999G")
                .unwrap_err()
                .contains("largest")
        );
        assert_eq!(parse_size("1.5MiB"), Ok(3 << 19));
        assert_eq!(parse_size("4GiB"), Ok(MAX_LIMIT));
        assert_eq!(human_size(64 << 20), "64 MiB");
        assert_eq!(human_size(1536), "1.5 KiB");
        assert_eq!(human_size(17), "17 bytes");
    }

    #[test]
    fn reads_are_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, "12345").unwrap();
        assert_eq!(read_file(&p, 5, None).unwrap(), b"12345");
        assert!(matches!(
            read_file(&p, 4, None),
            Err(ReadError::TooLarge { size: 5, limit: 4 })
        ));
        assert!(matches!(
            read_file(dir.path(), 100, None),
            Err(ReadError::NotAFile("a folder"))
        ));
        // a file swapped in after the walk vetted the path is not read
        let vetted = Identity::of(&std::fs::metadata(&p).unwrap());
        let other = dir.path().join("other.txt");
        std::fs::write(&other, "outside").unwrap();
        std::fs::rename(&other, &p).unwrap();
        if vetted.is_some() {
            assert!(matches!(
                read_file(&p, 100, vetted),
                Err(ReadError::Changed)
            ));
        }
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_refused_without_reading() {
        let e = read_file(Path::new("/dev/zero"), 1 << 20, None).unwrap_err();
        assert!(
            matches!(e, ReadError::NotAFile("a character device")),
            "{e:?}"
        );
    }
}
