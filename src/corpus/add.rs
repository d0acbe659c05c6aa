//! `corpus add`: copying an article into the corpus with front matter, choosing a
//! readable id, refusing to overwrite or to add a text the corpus already holds, and
//! writing atomically. The only code that writes under `corpus/`.

use super::copies::{NearCopyOf, survey};
use super::discover::discover;
use super::front_matter::front_matter_text;
use super::ids::{derived_id, id_from_meta, reserved_name, valid_id};
use super::input;
use super::read::read;
use crate::diag::Diagnostic;
use crate::engine::FrontMatter;
use crate::files;
use crate::paths::Paths;
use chrono::NaiveDate;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Front matter and an id given on the command line for a new article: what
/// `corpus add` writes, and what `impact` reads as if it had.
#[derive(Debug, Clone, Default)]
pub struct NewMeta {
    /// The outlet that published it (documents of one outlet count as one source)
    pub outlet: Option<String>,
    /// The wire or outlet the text came from (`via` in the front matter)
    pub via: Option<String>,
    /// Publication date, YYYY-MM-DD
    pub published: Option<String>,
    /// Where it was published
    pub url: Option<String>,
    /// Its headline
    pub title: Option<String>,
    /// The document id [default: from published, outlet and title, else the file name]
    pub id: Option<String>,
}

/// What `factcheck corpus add` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct AddRequest {
    /// The article (UTF-8 .txt or .md, or a saved web page), or `-` for standard
    /// input
    pub file: PathBuf,
    pub meta: NewMeta,
    /// Add it even if its text is already in the corpus (a syndicated copy)
    pub force: bool,
}

/// What was added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Added {
    pub id: String,
    /// The new file, as shown to people.
    pub path: PathBuf,
    /// The document whose text this one repeats, when added with `force`.
    pub duplicate_of: Option<String>,
    /// The outlet written in its front matter.
    pub outlet: Option<String>,
    /// A corpus document with near-identical text (one independent source with it).
    pub near_copy: Option<NearCopyOf>,
    /// Corpus documents with its outlet or via (one independent source with it).
    pub same_source: Vec<String>,
    /// That outlet or via, as the new article names it.
    pub source_name: Option<String>,
}

/// An article as `corpus add` would store it: its id, front matter and the whole
/// text written (front matter and body). `impact` reads this same text, so what it
/// predicts is what the added file gives.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub id: String,
    pub meta: FrontMatter,
    /// The body, after any front matter the file had.
    pub body: String,
    /// `txt` or `md`: from the file's extension; `md` for a saved web page.
    pub ext: &'static str,
    /// The text as read (`None` for a saved page).
    pub as_read: Option<String>,
}

impl Prepared {
    /// The text written: front matter, then the body.
    pub fn contents(&self) -> String {
        format!("{}{}", front_matter_text(&self.meta), self.body)
    }

    /// Whether `contents` (the text written) is not the text as read: a saved page,
    /// or front matter added or changed by `--outlet`, `--published` and the like.
    pub fn rewrites(&self, contents: &str) -> bool {
        self.as_read.as_deref() != Some(contents)
    }
}

/// Reads `file` and applies the front matter and id of `req`, as `corpus add` does
/// before it looks at the corpus.
pub fn prepare(paths: &Paths, file: &Path, req: &NewMeta) -> Result<Prepared, Diagnostic> {
    let shown_in = input::shown(paths, file);
    let article = input::read_article(paths, file)?;
    let ext = article.ext;
    let body = article.body.as_str();
    if body.trim().is_empty() {
        return Err(if article.from_html {
            Diagnostic::file(&shown_in, "no article text found in the page")
                .help("the text is taken from the page's <article>, else <main>, else <body>; save the article's own page, or copy its text into a .txt file")
        } else {
            Diagnostic::file(&shown_in, "the article is empty")
                .help("add a file that holds the article's text")
        });
    }
    let mut meta = article.meta;
    let given = |flag: &Option<String>| {
        flag.as_ref()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    meta.outlet = given(&req.outlet).or(meta.outlet);
    meta.via = given(&req.via).or(meta.via);
    meta.url = given(&req.url).or(meta.url);
    meta.title = given(&req.title).or(meta.title);
    if let Some(p) = given(&req.published) {
        let date = NaiveDate::parse_from_str(&p, "%Y-%m-%d").map_err(|_| {
            Diagnostic::general(format!("--published: `{p}` is not a date"))
                .help("write it as YYYY-MM-DD: --published 2025-11-24")
        })?;
        meta.published = Some(date);
    }

    let id = match given(&req.id) {
        Some(id) => {
            if let Some(name) = reserved_name(&id) {
                return Err(Diagnostic::general(format!(
                    "--id: `{id}` holds `{name}`, a device name on Windows"
                ))
                .help("desks share suites across systems; choose another id with --id"));
            }
            if !valid_id(&id) {
                return Err(Diagnostic::general(format!("--id: `{id}` is not a usable document id"))
                    .help("use letters, digits, `-`, `_` and `.`, with `/` for folders: --id 2025/kjfk-nakura-talks"));
            }
            id
        }
        None if input::is_stdin(file) && id_from_meta(&meta).is_none() => {
            return Err(Diagnostic::file(
                &shown_in,
                "an article from standard input needs an id, and its text gives none",
            )
            .help("give --id, or --title (with --outlet and --published for a readable id)"));
        }
        None => derived_id(&meta, file),
    };
    Ok(Prepared {
        id,
        meta,
        body: body.to_string(),
        ext,
        as_read: article.as_read,
    })
}

/// Adds `req.file` to the corpus. Nothing is written unless every check passes, and
/// the checks that look at the corpus (is the text already there, is the id taken,
/// is every folder on the way a real folder of the corpus) and the write are one
/// step under the corpus's lock, so two adds at once cannot both add one text.
pub fn add(paths: &Paths, req: &AddRequest) -> Result<Added, Diagnostic> {
    let shown_in = input::shown(paths, &req.file);
    let Prepared {
        id,
        mut meta,
        body,
        ext: source_ext,
        ..
    } = prepare(paths, &req.file, &req.meta)?;
    let body = body.as_str();

    files::folder(&paths.corpus, "corpus", "--corpus", &|p| paths.shown(p))?;
    let _lock = lock(&paths.corpus).map_err(|e| {
        Diagnostic::file(
            &paths.shown(&paths.corpus),
            format!("cannot lock the corpus: {e}"),
        )
    })?;
    let existing = discover(paths).map_err(|mut e| e.remove(0))?.files;
    // the text first: adding the same file twice is a duplicate, whatever its id
    let via = crate::engine::sources::via_of(meta.via.as_deref(), body);
    let found = survey(body, meta.outlet.as_deref(), via.as_deref(), &existing)?;
    let duplicate_of = found.same_text.clone();
    if let (Some(dup), false) = (&duplicate_of, req.force) {
        return Err(Diagnostic::file(
            &shown_in,
            format!("this article's text is already in the corpus as `{dup}`"),
        )
        .help("nothing was written; to add it anyway as a syndicated copy, use --force"));
    }
    if let Some(f) = existing.iter().find(|f| f.id == id) {
        return Err(Diagnostic::file(
            &f.path,
            format!("a document with id `{id}` is already in the corpus"),
        )
        .help("nothing was written; choose another id with --id"));
    }
    // `Talks` and `talks` are one file on Windows and macOS, where desks check out too
    if let Some(f) = existing
        .iter()
        .find(|f| f.id.to_lowercase() == id.to_lowercase())
    {
        return Err(Diagnostic::file(
            &f.path,
            format!(
                "`{id}` differs from the document id `{}` only in case",
                f.id
            ),
        )
        .help("nothing was written: on Windows and macOS the two are one file; choose another id with --id"));
    }
    // a syndicated copy is the same source as the original unless told otherwise
    if let (Some(dup), None) = (&duplicate_of, &meta.outlet)
        && let Some(f) = existing.iter().find(|f| &f.id == dup)
    {
        meta.outlet = read(f)?.document().and_then(|d| d.meta.outlet);
    }

    let dest = paths.corpus.join(format!("{id}.{source_ext}"));
    let file_name = format!("{}.{source_ext}", id.rsplit('/').next().unwrap_or_default());
    let missing = folders_to_make(paths, &id, &file_name)?;
    let contents = format!("{}{body}", front_matter_text(&meta));
    let written = make_folders(&missing).and_then(|()| write_new(&dest, contents.as_bytes()));
    if let Err(e) = written {
        // a refused add leaves nothing behind, not even an empty folder
        for dir in missing.iter().rev() {
            let _ = std::fs::remove_dir(dir);
        }
        let shown = paths.shown(&dest);
        return Err(if e.kind() == std::io::ErrorKind::AlreadyExists {
            Diagnostic::file(&shown, "the file already exists")
                .help("nothing was written; choose another id with --id")
        } else {
            Diagnostic::file(&shown, format!("cannot write: {e}")).help("nothing was written")
        });
    }
    // a folder on the way swapped for a link out of the corpus while we wrote: undo
    let landed = dest
        .parent()
        .and_then(|d| d.canonicalize().ok())
        .zip(paths.corpus.canonicalize().ok())
        .is_some_and(|(d, corpus)| d.starts_with(corpus));
    if !landed {
        let _ = std::fs::remove_file(&dest);
        return Err(Diagnostic::file(
            &paths.shown(&dest),
            "a folder on the way was replaced by a link out of the corpus while the article was written",
        )
        .help("the file was removed again; check the corpus folder and run again"));
    }
    Ok(Added {
        id,
        path: paths.shown(&dest),
        duplicate_of,
        outlet: meta.outlet,
        near_copy: found.near_copy,
        same_source: found.same_name,
        source_name: found.name,
    })
}

/// The corpus's lock, held while an add checks the corpus and writes: an advisory
/// lock on the corpus folder itself (nothing is left behind), or on a hidden lock
/// file where folders cannot be opened. Released when dropped.
fn lock(corpus: &Path) -> std::io::Result<std::fs::File> {
    #[cfg(unix)]
    let f = std::fs::File::open(corpus)?;
    #[cfg(not(unix))]
    let f = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(corpus.join(".factcheck-lock"))?;
    f.lock()?;
    Ok(f)
}

/// The name of an entry of `dir` that differs from `name` only in case: on Windows
/// and macOS the two are one file.
fn case_twin(dir: &Path, name: &str) -> Option<String> {
    let lower = name.to_lowercase();
    std::fs::read_dir(dir).ok()?.flatten().find_map(|e| {
        let other = e.file_name().to_string_lossy().into_owned();
        (other != name && other.to_lowercase() == lower).then_some(other)
    })
}

/// The folders of `id`'s path (`a/b/c` → `corpus/a`, `corpus/a/b`) that must be
/// made, after checking that those already there are real folders inside the corpus
/// (a link to a folder inside it is fine; a link out of it, or a file, is refused)
/// and that no entry on the way, `file_name` included, is a case twin.
fn folders_to_make(paths: &Paths, id: &str, file_name: &str) -> Result<Vec<PathBuf>, Diagnostic> {
    let inside = paths
        .corpus
        .canonicalize()
        .map_err(|e| Diagnostic::file(&paths.shown(&paths.corpus), format!("cannot read: {e}")))?;
    let segments: Vec<&str> = id.split('/').collect();
    let mut dir = paths.corpus.clone();
    let mut missing = Vec::new();
    let twin = |dir: &Path, name: &str| match case_twin(dir, name) {
        Some(other) => Err(Diagnostic::file(
            &paths.shown(&dir.join(&other)),
            format!("`{name}` differs from `{other}` only in case"),
        )
        .help(
            "nothing was written: on Windows and macOS the two are one file; choose another --id",
        )),
        None => Ok(()),
    };
    for seg in &segments[..segments.len() - 1] {
        if !missing.is_empty() {
            dir.push(seg);
            missing.push(dir.clone());
            continue;
        }
        twin(&dir, seg)?;
        dir.push(seg);
        let refuse = |what: String| {
            Err(Diagnostic::file(&paths.shown(&dir), what).help(
                "nothing was written; new documents go in real folders of the corpus: choose another --id",
            ))
        };
        match std::fs::symlink_metadata(&dir) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => missing.push(dir.clone()),
            Err(e) => return refuse(format!("cannot read: {e}")),
            Ok(m) => match dir.canonicalize() {
                Ok(real) if !real.starts_with(&inside) => {
                    return refuse(format!(
                        "a link to `{}`, outside the corpus",
                        real.display()
                    ));
                }
                Ok(real) if !real.is_dir() => {
                    return refuse(format!("{}, not a folder", files::kind(&m)));
                }
                Ok(_) => {}
                Err(e) => return refuse(format!("cannot follow: {e}")),
            },
        }
    }
    if missing.is_empty() {
        twin(&dir, file_name)?;
    }
    Ok(missing)
}

/// Makes `dirs`, each inside the one before, refusing any that appeared meanwhile.
fn make_folders(dirs: &[PathBuf]) -> std::io::Result<()> {
    for d in dirs {
        std::fs::create_dir(d)?;
    }
    Ok(())
}

/// Writes a new file atomically: to a hidden temporary file beside it, synced, then
/// linked into place, which fails if the file exists. A crash leaves either no file
/// or the whole file (and at worst a hidden temporary, which the corpus ignores).
fn write_new(dest: &Path, contents: &[u8]) -> std::io::Result<()> {
    let dir = dest.parent().unwrap_or(Path::new("."));
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // a temporary of our own: never one that is already there
    let (tmp, mut f) = (0..100)
        .find_map(|attempt| {
            let tmp = dir.join(format!(".{name}.{}.{attempt}.tmp", std::process::id()));
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&tmp)
            {
                Ok(f) => Some(Ok((tmp, f))),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => None,
                Err(e) => Some(Err(e)),
            }
        })
        .unwrap_or_else(|| Err(std::io::Error::other("no free temporary file name")))?;
    let result = f
        .write_all(contents)
        .and_then(|()| f.sync_all())
        .and_then(|()| std::fs::hard_link(&tmp, dest));
    drop(f);
    let _ = std::fs::remove_file(&tmp);
    result?;
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writing_never_touches_files_already_there() {
        let dir = std::env::temp_dir().join(format!("factcheck-add-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let stale = dir.join(format!(".x.txt.{}.0.tmp", std::process::id()));
        std::fs::write(&stale, "keep").unwrap();
        write_new(&dir.join("x.txt"), b"article").unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.join("x.txt")).unwrap(),
            "article"
        );
        assert_eq!(
            std::fs::read_to_string(&stale).unwrap(),
            "keep",
            "a temporary not ours is left alone"
        );
        let again = write_new(&dir.join("x.txt"), b"other").unwrap_err();
        assert_eq!(again.kind(), std::io::ErrorKind::AlreadyExists);
        assert_eq!(
            std::fs::read_to_string(dir.join("x.txt")).unwrap(),
            "article",
            "never overwritten"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
