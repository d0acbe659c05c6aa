//! Loading an arbitrary document (front matter included) and analysing it: never a
//! panic; every token, sentence and mention lies on character boundaries inside the
//! body, and line:col works for each.
#![no_main]
use factcheck::corpus::{self, Read};
use factcheck::engine::Analysis;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    for name in ["corpus/d.txt", "corpus/d.md"] {
        let Ok(Read::Document(doc)) = corpus::parse("d", Path::new(name), data.to_vec()) else { continue };
        let a = Analysis::new(&doc);
        let text = &doc.text;
        let spans = a.tokens.iter().map(|t| (t.start, t.end))
            .chain(a.sentences.iter().map(|s| (s.span.start, s.span.end)))
            .chain(a.paragraphs.iter().map(|s| (s.span.start, s.span.end)))
            .chain(a.dates.iter().map(|d| (d.start, d.end)))
            .chain(a.numbers.iter().map(|n| (n.start, n.end)));
        for (s, e) in spans {
            assert!(doc.body_start <= s && s <= e && e <= text.len());
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            let _ = a.line_col(s);
            let _ = a.line_col(e);
        }
    }
});
