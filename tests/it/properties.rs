//! Property tests over random Unicode text: every piece of evidence quotes the exact
//! bytes of its range, ranges fall on character boundaries, and line:col agree with
//! the offsets, whatever the text (CRLF, combining marks, curly quotes, emoji).

use factcheck::corpus::{self, Read};
use factcheck::engine::{Analysis, DocMatcher, Suite};
use factcheck::suite::{self, ClaimFile};
use proptest::prelude::*;
use std::path::Path;
use std::sync::OnceLock;

const CLAIMS: &str = r#"
[aliases]
naq = ["Naqura", "Ras En Nakura", "Naqoura"]

[[claim]]
id = "every-form"
statement = "talks in Naqura on December 3, more than 370"
[[claim.fact]]
all = ["talks", "@naq"]
[[claim.fact]]
any = ["strike|airstrike", "disarm*", "/(?i)chief of staff/"]
within = "paragraph"
[[claim.fact]]
all = ["talks"]
date = "2025-12-03"
[[claim.fact]]
all = ["terrorists"]
number = ">370"
within = 6
[[claim.fact]]
all = ["agreements", "signed"]
not = ["Beirut"]
[claim.fact.against]
all = ["Beirut"]
[[claim.fact]]
date = "2025-11"
within = 3

[[claim]]
id = "split"
statement = "Hezbollah’s chief, Ras En Nakura talks; approximately 1,200 activities"
"#;

fn suite() -> &'static Suite {
    static SUITE: OnceLock<Suite> = OnceLock::new();
    SUITE.get_or_init(|| {
        suite::load(&[ClaimFile::new("claims/p.toml", CLAIMS.into())])
            .expect("the property suite loads")
    })
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("talks".to_string()),
        Just("Naqura".to_string()),
        Just("Ras En Nakura".to_string()),
        Just("Naqoúra".to_string()),
        Just("no".to_string()),
        Just("agreements".to_string()),
        Just("signed".to_string()),
        Just("Beirut".to_string()),
        Just("airstrike".to_string()),
        Just("disarmament".to_string()),
        Just("Chief of Staff".to_string()),
        Just("terrorists".to_string()),
        Just("more than 370".to_string()),
        Just("1,200".to_string()),
        Just("December 3, 2025".to_string()),
        Just("Nov. 19".to_string()),
        Just("2025-11-23".to_string()),
        Just("Hezbollah’s".to_string()),
        Just("—".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("“".to_string()),
        Just("e\u{301}".to_string()),
        Just("🎉".to_string()),
        Just("+++".to_string()),
        "[ a-zA-Z0-9éß’.,;:!?-]{0,8}".prop_map(|s| s),
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|v| v.join(" "))
}

fn line_col(text: &str, off: usize) -> (usize, usize) {
    let before = &text[..off];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
    (line, col)
}

fn check_text(text: &str, ext: &str) -> Result<(), TestCaseError> {
    let name = format!("corpus/d.{ext}");
    let Ok(Read::Document(doc)) = corpus::parse("d", Path::new(&name), text.as_bytes().to_vec())
    else {
        return Ok(()); // e.g. a `+++` line that opens front matter it never closes
    };
    let analysis = Analysis::new(&doc);
    let suite = suite();
    let m = DocMatcher::new(suite, &analysis);
    for (ci, c) in suite.claims.iter().enumerate() {
        for fi in 0..c.facts.len() {
            for e in m.fact_evidence(ci, fi) {
                prop_assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
                prop_assert!(e.start < e.end && e.start >= doc.body_start);
                prop_assert_eq!(&text[e.start..e.end], &*e.quote);
                prop_assert_eq!(line_col(text, e.start), (e.line, e.col));
                prop_assert_eq!(line_col(text, e.end), (e.end_line, e.end_col));
                for h in &e.hits {
                    prop_assert!(e.start <= h.start && h.end <= e.end);
                    prop_assert!(text.is_char_boundary(h.start) && text.is_char_boundary(h.end));
                    prop_assert_eq!(line_col(text, h.start), (h.line, h.col));
                }
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn evidence_quotes_the_file_at_its_range(t in text()) {
        check_text(&t, "txt")?;
        check_text(&t, "md")?;
    }

    #[test]
    fn front_matter_keeps_offsets_true(t in text()) {
        let with = format!("+++\noutlet = \"X\"\npublished = 2025-11-24\n+++\n{t}");
        check_text(&with, "txt")?;
    }

    #[test]
    fn crlf_and_lf_copies_give_the_same_verdicts_and_quotes(t in text()) {
        let lf = t.replace("\r\n", "\n");
        let crlf = lf.replace('\n', "\r\n");
        let stances = |text: &str| -> Vec<(usize, usize, String)> {
            let Ok(Read::Document(doc)) = corpus::parse("d", Path::new("corpus/d.txt"), text.as_bytes().to_vec()) else {
                return Vec::new(); // a NUL makes it a binary file, skipped either way
            };
            let a = Analysis::new(&doc);
            let m = DocMatcher::new(suite(), &a);
            let mut out = Vec::new();
            for (ci, c) in suite().claims.iter().enumerate() {
                for fi in 0..c.facts.len() {
                    for e in m.fact_evidence(ci, fi) {
                        out.push((ci, fi, format!("{:?} {}", e.stance, e.quote.replace("\r\n", "\n"))));
                    }
                }
            }
            out
        };
        if !lf.starts_with("+++") {
            prop_assert_eq!(stances(&lf), stances(&crlf));
        }
    }
}
