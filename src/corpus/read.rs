//! Reading one document file: UTF-8 (UTF-16 and other encodings are errors with the
//! byte offset), binary files skipped with a warning, front matter split off. The
//! text is kept as stored, so every evidence offset points into the file as the
//! reviewer opens it.

use super::discover::DocFile;
use super::front_matter::front_matter;
use crate::diag::Diagnostic;
use crate::engine::document::Document;
use crate::files;
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
    if let Some(text) = &file.text {
        return parse(&file.id, &file.path, text.as_bytes().to_vec());
    }
    let bytes = files::read_file(&file.fs_path, file.max_size, file.identity)
        .map_err(|e| e.diagnostic(&file.path))?;
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
    if memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_some() {
        return Ok(Read::Skipped(
            Diagnostic::file(path, "binary file skipped")
                .warning()
                .help(
                    "the corpus holds UTF-8 text articles; move the file out of the corpus folder",
                ),
        ));
    }
    let text = String::from_utf8(bytes)
        .map_err(|e| Diagnostic::not_utf8(path, &e).help("save the article as UTF-8 text"))?;
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

/// Reads an article that is not (yet) in the corpus, for `corpus add` and `impact`:
/// laid out by its extension (`.md`, else plain text), every problem pointing at
/// `shown`, and a binary file an error rather than a skip.
pub fn parse_new(file: &Path, shown: &Path, bytes: Vec<u8>) -> Result<Document, Diagnostic> {
    let probe = match file.extension().and_then(|e| e.to_str()) {
        Some("md") => "new.md",
        _ => "new.txt",
    };
    match parse("new", Path::new(probe), bytes) {
        Ok(Read::Document(doc)) => Ok(doc),
        Ok(Read::Skipped(d)) | Err(d) => Err(Diagnostic {
            path: shown.to_path_buf(),
            ..d
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::corpus::front_matter::front_matter_text;
    use crate::engine::document::FrontMatter;
    use chrono::NaiveDate;

    fn doc(text: &str) -> Result<Document, Diagnostic> {
        parse("a", Path::new("corpus/a.txt"), text.as_bytes().to_vec())
            .map(|r| r.document().expect("not binary"))
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

    #[test]
    fn front_matter_holds_only_given_keys() {
        let meta = FrontMatter {
            outlet: Some("KJFK \"News\"".into()),
            published: NaiveDate::from_ymd_opt(2025, 11, 24),
            ..FrontMatter::default()
        };
        assert_eq!(
            front_matter_text(&meta),
            "+++\noutlet = 'KJFK \"News\"'\npublished = 2025-11-24\n+++\n"
        );
        let back = parse(
            "x",
            Path::new("x.txt"),
            format!("{}body", front_matter_text(&meta)).into_bytes(),
        )
        .unwrap()
        .document()
        .unwrap();
        assert_eq!(back.meta, meta, "what is written reads back");
        assert_eq!(front_matter_text(&FrontMatter::default()), "");
    }
}
