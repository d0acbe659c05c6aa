//! Matching arbitrary text against arbitrary facts: the input is a claim file and an
//! article separated by a NUL byte. When both load, every fact is matched and every
//! piece of evidence quotes the exact bytes of its range.
#![no_main]
use factcheck::engine::{Analysis, DocMatcher};
use factcheck::suite::{self, ClaimFile};
use factcheck::corpus::{self, Read};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Some(split) = data.iter().position(|b| *b == 0) else { return };
    let Ok(source) = std::str::from_utf8(&data[..split]) else { return };
    let file = ClaimFile::new("claims/fuzz.toml", source.to_string());
    let Ok(suite) = suite::load(&[file]) else { return };
    let Ok(Read::Document(doc)) = corpus::parse("d", Path::new("corpus/d.txt"), data[split + 1..].to_vec()) else { return };
    let a = Analysis::new(&doc);
    let m = DocMatcher::new(&suite, &a);
    for (ci, c) in suite.claims.iter().enumerate() {
        for fi in 0..c.facts.len() {
            for e in m.fact_evidence(ci, fi) {
                assert_eq!(&doc.text[e.start..e.end], &*e.quote);
                assert_eq!(a.line_col(e.start), (e.line, e.col));
                for h in &e.hits {
                    assert!(e.start <= h.start && h.end <= e.end);
                }
            }
            let _ = m.near_misses(ci, fi);
        }
    }
});
