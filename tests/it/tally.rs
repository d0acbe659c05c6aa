//! `DocMatcher::fact_tally`, the count the check layer keeps for every document and
//! fact, is exactly the number of windows of each stance `fact_evidence` returns:
//! on every fact of the fixture desk over its corpus, and on random texts against
//! facts of every form (an `against` table, asserted negation, dates, numbers,
//! regexes, `any` phrases, word windows). The sentences and paragraphs the matcher passes over
//! (`windows`) bear on no fact: the tally is the same judged on every one. And the
//! facts `Triggers` lets the check layer skip in a document are among those with no
//! window there. And `each_evidence_of`, what the reports that keep every window
//! write, borrows exactly the evidence `fact_evidence` makes.

use factcheck::corpus::{self, Read};
use factcheck::engine::matcher::Triggers;
use factcheck::engine::{Analysis, DocMatcher, Stance, Suite, Tally};
use factcheck::suite::{self, ClaimFile};
use proptest::prelude::*;
use std::path::Path;
use std::sync::OnceLock;

/// What `fact_evidence` says, counted.
fn counted(m: &DocMatcher, claim: usize, fact: usize) -> Tally {
    let mut t = Tally::default();
    for e in m.fact_evidence(claim, fact) {
        match e.stance {
            Stance::Supports => t.supports += 1,
            Stance::Against => t.against += 1,
        }
    }
    t
}

/// That `each_evidence_of` gives, borrowed, exactly what `fact_evidence` makes.
fn borrowed_as_made(m: &DocMatcher, suite: &Suite, claim: usize, fact: usize) {
    let mut borrowed = Vec::new();
    m.each_evidence_of(&suite.claims[claim].facts[fact], |e| {
        let hits: Vec<(String, [usize; 4])> =
            e.hits.iter().map(|h| (h.term.to_string(), h.at)).collect();
        let reason = e.reason.map(str::to_string);
        borrowed.push((e.stance, e.span, e.quote.to_string(), hits, reason));
    });
    let made: Vec<_> = m
        .fact_evidence(claim, fact)
        .into_iter()
        .map(|e| {
            let hits: Vec<(String, [usize; 4])> = e
                .hits
                .iter()
                .map(|h| (h.term.to_string(), [h.start, h.end, h.line, h.col]))
                .collect();
            let span = [e.start, e.end, e.line, e.col, e.end_line, e.end_col];
            (e.stance, span, e.quote.to_string(), hits, e.reason)
        })
        .collect();
    assert_eq!(
        borrowed, made,
        "claim {} fact {fact}",
        suite.claims[claim].id
    );
}

/// Every fact's tally against its evidence in `doc`, and that a fact the triggers
/// skip has none; the sum of the tallies, and how many facts were skipped.
fn compare(suite: &Suite, doc: &factcheck::engine::Document) -> (Tally, usize) {
    let a = Analysis::new(doc);
    let m = DocMatcher::new(suite, &a);
    let facts: Vec<(usize, usize)> = suite
        .claims
        .iter()
        .enumerate()
        .flat_map(|(ci, c)| (0..c.facts.len()).map(move |fi| (ci, fi)))
        .collect();
    let candidates = Triggers::of(suite, &facts).candidates(&a);
    let mut sum = Tally::default();
    for (n, &(ci, fi)) in facts.iter().enumerate() {
        let c = &suite.claims[ci];
        let tally = m.fact_tally(ci, fi);
        borrowed_as_made(&m, suite, ci, fi);
        if !candidates.contains(&(n as u32)) {
            assert!(
                tally.is_empty() && m.fact_evidence(ci, fi).is_empty(),
                "claim {} fact {fi} skipped in {} but has windows",
                c.id,
                doc.id
            );
        }
        assert_eq!(
            tally,
            counted(&m, ci, fi),
            "claim {} fact {fi} in {}",
            c.id,
            doc.id
        );
        assert_eq!(
            tally,
            m.fact_tally_on_every_segment(ci, fi),
            "claim {} fact {fi} in {}: a window passed over bears on it",
            c.id,
            doc.id
        );
        sum.supports += tally.supports;
        sum.against += tally.against;
    }
    (sum, facts.len() - candidates.len())
}

#[test]
fn the_tally_counts_the_evidence_on_every_fact_of_the_desk() {
    let paths = factcheck::Paths::new(crate::util::desk(), None, None);
    let suite = suite::read(&paths).expect("the desk loads").suite;
    let listing = corpus::discover(&paths).expect("the desk's corpus is listed");
    assert!(listing.files.len() >= 10, "the desk has its articles");
    let mut sum = Tally::default();
    let mut skipped = 0;
    for f in &listing.files {
        let Ok(Read::Document(doc)) = corpus::read(f) else {
            panic!("{} is an article", f.id)
        };
        let (t, s) = compare(&suite, &doc);
        sum.supports += t.supports;
        sum.against += t.against;
        skipped += s;
    }
    // the desk has evidence of both stances, so the comparison is not of zeros
    assert!(sum.supports > 10 && sum.against > 3, "{sum:?}");
    // and the triggers skip facts, so their check is not vacuous
    assert!(skipped > 100, "{skipped} facts skipped");
}

const CLAIMS: &str = r#"
[aliases]
naq = ["Naqura", "Ras En Nakura", "Naqoura"]

[[claim]]
id = "forms"
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
all = ["talks", "/(?i)postpon\\w+/"]
[[claim.fact]]
any = ["@naq", "Beirut"]
[[claim.fact]]
all = ["talks"]
any = ["signed", "Ras En Nakura"]
[[claim.fact]]
all = ["talks"]
negation = "asserted"
[[claim.fact]]
all = ["talks"]
negation = false
[claim.fact.against]
any = ["cancelled", "/postpon\\w+/"]
within = 4
"#;

fn prop_suite() -> &'static Suite {
    static SUITE: OnceLock<Suite> = OnceLock::new();
    SUITE.get_or_init(|| {
        suite::load(&[ClaimFile::new("claims/p.toml", CLAIMS.into())]).expect("the suite loads")
    })
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..80).prop_map(|v| v.join(" "))
}

/// A long text: up to 400 sentences, past the 64 sentences of one word of bits and
/// the 256 the matcher finds sentences for by bits (`FEW_SENTENCES`).
fn long_text() -> impl Strategy<Value = String> {
    let sentence = prop::collection::vec(piece(), 0..8).prop_map(|v| v.join(" "));
    prop::collection::vec(sentence, 0..400).prop_map(|v| v.join(". "))
}

fn piece() -> impl Strategy<Value = &'static str> {
    prop_oneof![
        Just("talks"),
        Just("Naqura"),
        Just("Ras En Nakura"),
        Just("not"),
        Just("no"),
        Just("agreements"),
        Just("signed"),
        Just("Beirut"),
        Just("airstrike"),
        Just("disarmament"),
        Just("Chief of Staff"),
        Just("terrorists"),
        Just("more than 370"),
        Just("12"),
        Just("December 3, 2025"),
        Just("Dec. 4"),
        Just("cancelled"),
        Just("postponed"),
        Just("but"),
        Just(","),
        Just("."),
        Just("\n"),
        Just("the"),
        // a phrase across a sentence's end (`Ras En. Nakura`) is in no sentence
        Just("Ras En"),
        Just("Nakura"),
    ]
}

/// [`compare`] on `text` as an article of its own.
fn compare_text(text: &str) {
    if let Ok(Read::Document(doc)) =
        corpus::parse("d", Path::new("corpus/d.txt"), text.as_bytes().to_vec())
    {
        compare(prop_suite(), &doc);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_tally_counts_the_evidence_on_random_texts(t in text()) {
        compare_text(&t);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_tally_counts_the_evidence_on_long_random_texts(t in long_text()) {
        compare_text(&t);
    }
}
