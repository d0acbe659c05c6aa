//! A new article as `corpus add` and `impact` read it: a file or standard input
//! (`-`), bounded by `--max-file-size` alike; plain text, a saved web page (its
//! article text and metadata, [`super::html`]), or a binary document refused with
//! what it is and what to do.

use super::html;
use super::read::parse_new;
use crate::diag::Diagnostic;
use crate::engine::FrontMatter;
use crate::files;
use crate::paths::Paths;
use std::path::{Path, PathBuf};

/// The name that stands for standard input.
pub const STDIN: &str = "-";

/// Whether `file` is `-`, standard input.
pub fn is_stdin(file: &Path) -> bool {
    file.as_os_str() == STDIN
}

/// `file` as messages name it: `<stdin>` for `-`, else as [`Paths::given`].
pub fn shown(paths: &Paths, file: &Path) -> PathBuf {
    if is_stdin(file) {
        PathBuf::from("<stdin>")
    } else {
        paths.given(file)
    }
}

/// What is wrong with a batch of new articles as a whole, before any is read, for
/// `corpus add` and `impact` alike: `--id` (`id_given`) with more than one file
/// (with `id_help`, what to do instead), and `-` more than once (standard input is
/// read once; a second `-` would read it empty).
pub fn check_batch(files: &[PathBuf], id_given: bool, id_help: &str) -> Vec<Diagnostic> {
    let mut refused = Vec::new();
    if id_given && files.len() > 1 {
        refused.push(
            Diagnostic::general("--id names one article, and more than one was given")
                .help(id_help),
        );
    }
    if files.iter().filter(|f| is_stdin(f)).count() > 1 {
        refused.push(Diagnostic::general(
            "`-` (standard input) is given more than once",
        ));
    }
    refused
}

/// A new article's front matter, its body (the text after any front matter), and
/// the extension it is stored with.
#[derive(Debug, Clone)]
pub struct NewArticle {
    pub meta: FrontMatter,
    pub body: String,
    /// `txt` or `md`: `.md` files and saved pages (whose paragraphs are separated
    /// by blank lines) are `md`.
    pub ext: &'static str,
    /// Whether it was a saved web page.
    pub from_html: bool,
    /// The text as read, front matter included (`None` for a saved page, whose
    /// text is taken out of its HTML).
    pub as_read: Option<String>,
}

/// Reads the article `file` (or standard input for `-`).
pub fn read_article(paths: &Paths, file: &Path) -> Result<NewArticle, Diagnostic> {
    let shown = shown(paths, file);
    let limit = paths.access.max_file_size;
    let bytes = if is_stdin(file) {
        files::read_bounded(std::io::stdin().lock(), limit, 0)
    } else {
        files::read_file(file, limit, None)
    }
    .map_err(|e| e.diagnostic(&shown))?;
    article_of(file, &shown, bytes)
}

/// The article in `bytes`, read from `file` and named `shown` in messages.
pub fn article_of(file: &Path, shown: &Path, bytes: Vec<u8>) -> Result<NewArticle, Diagnostic> {
    let ext = file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if let Some(what) = binary_kind(&bytes, ext.as_deref()) {
        return Err(Diagnostic::file(shown, what).help(
            "save it as text or HTML (open it and save or export the article as .txt, \
                     or a web page as .html) and add that file",
        ));
    }
    let is_html =
        matches!(ext.as_deref(), Some("html" | "htm" | "xhtml")) || html::looks_like_html(&bytes);
    if is_html {
        let text = String::from_utf8(bytes).map_err(|e| {
            Diagnostic::not_utf8(shown, &e)
                .help("save the page as UTF-8 (in a browser: Save Page As, Web Page, HTML only)")
        })?;
        let depth = html::nesting(&text);
        if depth > html::MAX_NESTING {
            return Err(Diagnostic::file(
                shown,
                format!(
                    "the page nests elements {depth} deep, more than the {} read",
                    html::MAX_NESTING
                ),
            )
            .help(
                "a saved news page nests a few dozen deep; save the article as text and add that",
            ));
        }
        let page = html::extract(&text);
        return Ok(NewArticle {
            meta: page.meta,
            body: page.text,
            ext: "md",
            from_html: true,
            as_read: None,
        });
    }
    let doc = parse_new(file, shown, bytes)?;
    Ok(NewArticle {
        body: doc.text[doc.body_start..].to_string(),
        meta: doc.meta,
        ext: if ext.as_deref() == Some("md") {
            "md"
        } else {
            "txt"
        },
        from_html: false,
        as_read: Some(doc.text),
    })
}

/// Why a file is no article's text: what binary document it is, from its first bytes (and its extension for the
/// formats that share a container): `None` for text. A NUL byte anywhere makes any
/// other file binary: a new article is written to the corpus as it is, so its whole
/// text is looked at, not only the first 8 KiB that reading the corpus looks at.
pub fn binary_kind(bytes: &[u8], ext: Option<&str>) -> Option<String> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    let known = if starts(b"%PDF-") {
        Some("a PDF document")
    } else if starts(b"PK\x03\x04") || starts(b"PK\x05\x06") {
        Some(match ext {
            Some("docx") => "a Word document (DOCX)",
            Some("odt") => "an OpenDocument text (ODT)",
            Some("epub") => "an e-book (EPUB)",
            Some("xlsx" | "ods") => "a spreadsheet",
            Some("pptx" | "odp") => "a presentation",
            _ => "a ZIP archive (Word, OpenDocument and EPUB files are ZIP archives)",
        })
    } else if starts(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        Some("an old Microsoft Office document (DOC, XLS or PPT)")
    } else if starts(b"{\\rtf") {
        Some("an RTF document")
    } else if starts(b"\x89PNG\r\n\x1a\n") {
        Some("a PNG image")
    } else if starts(b"\xFF\xD8\xFF") {
        Some("a JPEG image")
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        Some("a GIF image")
    } else if starts(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        Some("a WebP image")
    } else if bytes.get(4..12).is_some_and(|b| b.starts_with(b"ftyp")) {
        Some("a video, audio or HEIC image file")
    } else if starts(b"\x1f\x8b") {
        Some("a gzip-compressed file")
    } else {
        None
    };
    if let Some(k) = known {
        return Some(format!("{k}, not an article's text"));
    }
    let utf16 = starts(&[0xFF, 0xFE]) || starts(&[0xFE, 0xFF]);
    bytes
        .iter()
        .position(|b| *b == 0)
        .filter(|_| !utf16) // UTF-16 text has its own message, from `parse`
        .map(|at| format!("not a text file: a NUL byte at offset {at}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_documents_are_named() {
        let k = |b: &[u8], e: Option<&str>| binary_kind(b, e);
        assert_eq!(
            k(b"%PDF-1.7\n", None).as_deref(),
            Some("a PDF document, not an article's text")
        );
        assert_eq!(
            k(b"PK\x03\x04rest", Some("docx")).as_deref(),
            Some("a Word document (DOCX), not an article's text")
        );
        assert_eq!(
            k(b"\x89PNG\r\n\x1a\n", None).as_deref(),
            Some("a PNG image, not an article's text")
        );
        assert_eq!(
            k(b"text\0more", None).as_deref(),
            Some("not a text file: a NUL byte at offset 4")
        );
        let late = [&b"a".repeat(9 * 1024)[..], b"\0"].concat();
        assert_eq!(
            k(&late, None).as_deref(),
            Some("not a text file: a NUL byte at offset 9216")
        );
        assert_eq!(k(b"Talks were held.", Some("pdf")), None);
        assert_eq!(k(&[0xFF, 0xFE, b'a', 0], None), None);
    }
}
