//! What the engine costs per phase on a suite, single-threaded: analysing every
//! article, finding every term's occurrences, then every fact's evidence versus
//! every fact's tally. `cargo run --release --example engine_cost -- ROOT`.

use factcheck::corpus::{self, Read};
use factcheck::engine::{Analysis, DocMatcher, Tally};
use std::time::{Duration, Instant};

fn main() {
    let root = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let paths = factcheck::Paths::new(std::path::Path::new(&root), None, None);
    let suite = factcheck::suite::read(&paths)
        .expect("the suite loads")
        .suite;
    let listing = corpus::discover(&paths).expect("the corpus is listed");
    let (mut analyse, mut matcher, mut evidence, mut tally) = (
        Duration::ZERO,
        Duration::ZERO,
        Duration::ZERO,
        Duration::ZERO,
    );
    let (mut windows, mut counted) = (0usize, Tally::default());
    for f in &listing.files {
        let Ok(Read::Document(doc)) = corpus::read(f) else {
            continue;
        };
        let t = Instant::now();
        let a = Analysis::new(&doc);
        analyse += t.elapsed();
        let t = Instant::now();
        let m = DocMatcher::new(&suite, &a);
        matcher += t.elapsed();
        let t = Instant::now();
        for (ci, c) in suite.claims.iter().enumerate() {
            for fi in 0..c.facts.len() {
                windows += m.fact_evidence(ci, fi).len();
            }
        }
        evidence += t.elapsed();
        let t = Instant::now();
        for (ci, c) in suite.claims.iter().enumerate() {
            for fi in 0..c.facts.len() {
                let x = m.fact_tally(ci, fi);
                counted.supports += x.supports;
                counted.against += x.against;
            }
        }
        tally += t.elapsed();
    }
    assert_eq!(windows, (counted.supports + counted.against) as usize);
    println!(
        "{} documents, {} windows ({} supports, {} against)\nanalysis {:.2} s, term occurrences {:.2} s, fact_evidence {:.2} s, fact_tally {:.2} s",
        listing.files.len(),
        windows,
        counted.supports,
        counted.against,
        analyse.as_secs_f64(),
        matcher.as_secs_f64(),
        evidence.as_secs_f64(),
        tally.as_secs_f64()
    );
}
