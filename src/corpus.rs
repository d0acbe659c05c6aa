//! The corpus: finding article files, reading them, and their TOML front matter.
//!
//! A document is read once; its text is kept as stored (front matter included) so
//! every evidence offset points into the file as the reviewer opens it.

use crate::diag::{Diagnostic, did_you_mean};
use crate::text::Layout;
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// Metadata from a document's front matter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    pub language: Option<String>,
}

/// One article, as stored.
#[derive(Debug, Clone)]
pub struct Document {
    /// Path relative to the corpus folder, without extension, `/`-separated.
    pub id: String,
    /// The path shown to people (relative to the suite's root when under it).
    pub path: PathBuf,
    pub text: String,
    /// Byte offset where the article text starts (after the front matter).
    pub body_start: usize,
    pub meta: FrontMatter,
    pub layout: Layout,
}

impl Document {
    /// The independent source this document belongs to: its outlet, else itself.
    pub fn source_key(&self) -> String {
        match &self.meta.outlet {
            Some(o) => format!("outlet:{}", o.trim().to_lowercase()),
            None => format!("doc:{}", self.id),
        }
    }
}

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

/// Reads one document file.
pub fn read(file: &DocFile) -> Result<Document, Diagnostic> {
    let bytes = std::fs::read(&file.fs_path)
        .map_err(|e| Diagnostic::file(&file.path, format!("cannot read: {e}")))?;
    parse(&file.id, &file.path, bytes)
}

/// Reads one document file for a command that only reads text: a binary file,
/// which `check` skips with a warning, is `None` here.
pub fn read_text(file: &DocFile) -> Result<Option<Document>, Diagnostic> {
    match read(file) {
        Ok(d) => Ok(Some(d)),
        Err(e) if e.severity == crate::diag::Severity::Warning => Ok(None),
        Err(e) => Err(e),
    }
}

/// Builds a document from the bytes of a file. A binary file (a NUL byte in its
/// first 8 KiB) is a warning-severity diagnostic: the caller skips it.
pub fn parse(id: &str, path: &Path, bytes: Vec<u8>) -> Result<Document, Diagnostic> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Diagnostic::file(
            path,
            "UTF-16 text, not UTF-8 (not valid UTF-8 at byte offset 0)",
        )
        .help("save the article as UTF-8 text"));
    }
    if bytes.iter().take(8192).any(|b| *b == 0) {
        return Err(Diagnostic::file(path, "binary file skipped")
            .warning()
            .help("the corpus holds UTF-8 text articles; move the file out of the corpus folder"));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Diagnostic::file(path, format!("not valid UTF-8 at byte offset {at}"))
            .help("save the article as UTF-8 text")
    })?;
    let (meta, body_start) = front_matter(path, &text)?;
    let layout = if path.extension().and_then(|e| e.to_str()) == Some("md") {
        Layout::BlankLineSeparated
    } else {
        Layout::LinePerParagraph
    };
    Ok(Document {
        id: id.to_string(),
        path: path.to_path_buf(),
        text,
        body_start,
        meta,
        layout,
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    published: Option<toml::Spanned<toml::Value>>,
    language: Option<String>,
}

const FRONT_MATTER_KEYS: [&str; 5] = ["title", "outlet", "url", "published", "language"];

/// Splits off `+++` front matter: returns the metadata and where the body starts.
fn front_matter(path: &Path, text: &str) -> Result<(FrontMatter, usize), Diagnostic> {
    // a byte-order mark may precede the front matter
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    let first = text[bom..first_line_end].trim_end_matches(['\r', '\n']);
    if first == "---" && looks_like_yaml(&text[first_line_end..]) {
        return Err(Diagnostic::at(path, text, bom..bom + 3, "YAML front matter is not read")
            .help("write the front matter as TOML between two `+++` lines: outlet = \"KJFK News\", published = 2025-11-24"));
    }
    if first != "+++" {
        return Ok((FrontMatter::default(), 0));
    }
    let open = first_line_end;
    let mut pos = open;
    let close = loop {
        if pos >= text.len() {
            return Err(
                Diagnostic::at(path, text, 0..3, "front matter is not closed")
                    .help("end the front matter with a line that is exactly `+++`"),
            );
        }
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        if text[pos..end].trim_end_matches(['\r', '\n']) == "+++" {
            break (pos, end);
        }
        pos = end;
    };
    let toml_text = &text[open..close.0];
    let raw: RawFrontMatter = toml::from_str(toml_text).map_err(|e| {
        let span = e
            .span()
            .map_or(open..open, |s| open + s.start..open + s.end);
        let message = e.message().trim().to_string();
        let mut d = Diagnostic::at(path, text, span, format!("bad front matter: {message}"));
        if let Some(unknown) = unknown_key(&message) {
            d.message = format!("unknown front matter key `{unknown}`");
            d = match did_you_mean(&unknown, FRONT_MATTER_KEYS) {
                Some(k) => d.help(format!("did you mean `{k}`?")),
                None => d.help(format!(
                    "front matter keys are {}",
                    FRONT_MATTER_KEYS.join(", ")
                )),
            };
        }
        d
    })?;
    let published = match raw.published {
        None => None,
        Some(v) => {
            let span = open + v.span().start..open + v.span().end;
            let parsed = match v.get_ref() {
                toml::Value::Datetime(dt) => dt.date.and_then(|d| {
                    NaiveDate::from_ymd_opt(d.year as i32, d.month as u32, d.day as u32)
                }),
                // `2025-12-03`, or with a time as Hugo writes it: `2025-12-03T10:00:00Z`
                toml::Value::String(s) => s
                    .trim()
                    .get(..10)
                    .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
                _ => None,
            };
            Some(parsed.ok_or_else(|| {
                Diagnostic::at(path, text, span, "`published` is not a date")
                    .help("write `published = 2025-12-03` or `published = \"2025-12-03\"`")
            })?)
        }
    };
    Ok((
        FrontMatter {
            title: raw.title,
            outlet: raw.outlet,
            url: raw.url,
            published,
            language: raw.language,
        },
        close.1,
    ))
}

/// Whether the lines after a `---` line are YAML front matter: `key: value` lines
/// up to a closing `---` line, with one of the front matter keys among them.
fn looks_like_yaml(rest: &str) -> bool {
    let mut keys = 0;
    for line in rest.lines().take(50) {
        let line = line.trim_end_matches('\r');
        if line == "---" {
            return keys > 0;
        }
        let key = line.split_once(':').map(|(k, _)| k.trim());
        if key.is_some_and(|k| FRONT_MATTER_KEYS.contains(&k) || k == "date") {
            keys += 1;
        }
    }
    false
}

/// The key named by a serde "unknown field `x`" message.
pub fn unknown_key(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    Some(rest[..rest.find('`')?].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Result<Document, Diagnostic> {
        parse("a", Path::new("corpus/a.txt"), text.as_bytes().to_vec())
    }

    #[test]
    fn reads_front_matter() {
        let d =
            doc("+++\ntitle = \"T\"\noutlet = \"KJFK News\"\npublished = 2025-11-24\n+++\nBody.\n")
                .unwrap();
        assert_eq!(d.meta.outlet.as_deref(), Some("KJFK News"));
        assert_eq!(d.meta.published, NaiveDate::from_ymd_opt(2025, 11, 24));
        assert_eq!(&d.text[d.body_start..], "Body.\n");
        let d = doc("\u{feff}+++\noutlet = \"Z\"\npublished = 2025-12-03T10:00:00Z\n+++\nBody.")
            .unwrap();
        assert_eq!(
            d.meta.outlet.as_deref(),
            Some("Z"),
            "a byte-order mark does not hide front matter"
        );
        assert_eq!(d.meta.published, NaiveDate::from_ymd_opt(2025, 12, 3));
        let d = doc("+++\r\npublished = \"2025-11-24\"\r\n+++\r\nBody.").unwrap();
        assert_eq!(d.meta.published, NaiveDate::from_ymd_opt(2025, 11, 24));
        assert_eq!(&d.text[d.body_start..], "Body.");
    }

    #[test]
    fn no_front_matter_means_body_from_start() {
        let d = doc("Lebanon said +++\n+++").unwrap();
        assert_eq!(d.body_start, 0);
        assert_eq!(d.meta, FrontMatter::default());
    }

    #[test]
    fn front_matter_errors_point_at_the_place() {
        let e = doc("+++\noutlt = \"X\"\n+++\n").unwrap_err();
        assert_eq!(e.place(), "corpus/a.txt:2:1");
        assert_eq!(e.help.as_deref(), Some("did you mean `outlet`?"));
        let e = doc("+++\npublished = \"last week\"\n+++\n").unwrap_err();
        assert_eq!(e.place(), "corpus/a.txt:2:13");
        let e = doc("+++\ntitle = \"x\"\n").unwrap_err();
        assert!(e.message.contains("not closed"));
        let e = doc("---\ntitle: \"x\"\npublished: 2025-12-03\n---\nBody.").unwrap_err();
        assert_eq!(e.message, "YAML front matter is not read");
        assert!(doc("---\nA rule, then text: not front matter.\n").is_ok());
        let e = parse("a", Path::new("a.txt"), vec![0xff, 0xfe, b'o', 0]).unwrap_err();
        assert!(
            e.message.starts_with("UTF-16 text"),
            "an error, not a skipped binary: {}",
            e.message
        );
        let e = parse("a", Path::new("a.txt"), vec![b'o', b'k', 0xff]).unwrap_err();
        assert!(e.message.contains("byte offset 2"), "{}", e.message);
    }
}
