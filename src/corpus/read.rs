//! Reading one document file: UTF-8 (UTF-16 and other encodings are errors with the
//! byte offset), binary files skipped with a warning, front matter split off. The
//! text is kept as stored, so every evidence offset points into the file as the
//! reviewer opens it.

use super::discover::DocFile;
use super::front_matter::front_matter;
use crate::diag::Diagnostic;
use crate::engine::document::Document;
use crate::text::Layout;
use std::path::Path;

/// What reading a document file gives: an article, or a file that is not one.
#[derive(Debug, Clone)]
pub enum Read {
    Document(Document),
    /// A binary file: skipped, with this warning.
    Skipped(Diagnostic),
}

impl Read {
    /// The article, if it is one.
    pub fn document(self) -> Option<Document> {
        match self {
            Read::Document(d) => Some(d),
            Read::Skipped(_) => None,
        }
    }
}

/// Reads one document file.
pub fn read(file: &DocFile) -> Result<Read, Diagnostic> {
    let bytes = std::fs::read(&file.fs_path)
        .map_err(|e| Diagnostic::file(&file.path, format!("cannot read: {e}")))?;
    parse(&file.id, &file.path, bytes)
}

/// Builds a document from the bytes of a file. A binary file (a NUL byte in its
/// first 8 KiB) is [`Read::Skipped`], with a warning.
pub fn parse(id: &str, path: &Path, bytes: Vec<u8>) -> Result<Read, Diagnostic> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(Diagnostic::file(
            path,
            "UTF-16 text, not UTF-8 (not valid UTF-8 at byte offset 0)",
        )
        .help("save the article as UTF-8 text"));
    }
    if bytes.iter().take(8192).any(|b| *b == 0) {
        return Ok(Read::Skipped(
            Diagnostic::file(path, "binary file skipped")
                .warning()
                .help(
                    "the corpus holds UTF-8 text articles; move the file out of the corpus folder",
                ),
        ));
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
    Ok(Read::Document(Document {
        id: id.to_string(),
        path: path.to_path_buf(),
        text,
        body_start,
        meta,
        layout,
    }))
}
