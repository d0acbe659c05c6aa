//! Every diagnostic a user can meet, pinned whole: each bad input under
//! `tests/fixtures/bad/` is put into an otherwise good suite, the real binary runs
//! `check` on it, and the exit status and everything it printed to stderr are an
//! insta snapshot (`tests/snapshots/diagnostics__*.snap`).

use crate::util::{Suite, repo};
use std::path::{Path, PathBuf};

const GOOD_CLAIM: &str = "[[claim]]\nid = \"good\"\nstatement = \"talks held\"\n";
const GOOD_ARTICLE: &str = "Talks were held in Naqura on December 3, 2025.\n";

/// Pins `shown` as snapshot `diagnostics__NAME` in `tests/snapshots/`.
macro_rules! pin {
    ($name:expr, $shown:expr) => {
        insta::with_settings!({
            snapshot_path => "../snapshots",
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!(format!("diagnostics__{}", $name), $shown);
        })
    };
}

fn fixtures() -> PathBuf {
    repo().join("tests/fixtures/bad")
}

fn file(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

/// A suite of these claim files and articles.
fn suite(claims: &[(&str, &[u8])], corpus: &[(&str, &[u8])]) -> Suite {
    let mut s = Suite::new();
    for (name, bytes) in claims {
        s = s.claims(name, bytes);
    }
    for (name, bytes) in corpus {
        s = s.article(name, bytes);
    }
    s
}

#[test]
fn every_bad_input_gets_a_pinned_diagnostic() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    cases.sort();
    let good_article: &[(&str, &[u8])] = &[("a.txt", GOOD_ARTICLE.as_bytes())];
    let mut seen = 0;
    for case in cases {
        let name = case.file_stem().unwrap().to_string_lossy().into_owned();
        let s = match case.extension().and_then(|e| e.to_str()) {
            Some("toml") => suite(&[("case.toml", &file(&case))], good_article),
            Some("txt") => suite(
                &[("c.toml", GOOD_CLAIM.as_bytes())],
                &[
                    ("a.txt", GOOD_ARTICLE.as_bytes()),
                    ("case.txt", &file(&case)),
                ],
            ),
            None if case.is_dir() => {
                let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&case)
                    .unwrap()
                    .flatten()
                    .map(|e| {
                        (
                            e.file_name().to_string_lossy().into_owned(),
                            file(&e.path()),
                        )
                    })
                    .collect();
                files.sort();
                let claims: Vec<(&str, &[u8])> = files
                    .iter()
                    .map(|(n, b)| (n.as_str(), b.as_slice()))
                    .collect();
                suite(&claims, good_article)
            }
            _ => continue, // README.md
        };
        let shown = s.run(&["check"]).shown();
        insta::with_settings!({
            snapshot_path => "../snapshots",
            prepend_module_to_snapshot => false,
            snapshot_suffix => name.clone(),
            omit_expression => true,
            description => format!("tests/fixtures/bad/{}", case.file_name().unwrap().to_string_lossy()),
        }, {
            insta::assert_snapshot!("diagnostics__bad_input", shown);
        });
        seen += 1;
    }
    assert!(seen >= 24, "only {seen} cases");
}

#[test]
fn empty_corpus_and_missing_folders() {
    let claim: &[(&str, &[u8])] = &[("c.toml", GOOD_CLAIM.as_bytes())];
    pin!("empty_corpus", suite(claim, &[]).run(&["check"]).shown());
    let out = suite(claim, &[])
        .run(&["check", "--corpus", "nowhere", "--claims", "elsewhere"])
        .shown();
    pin!("missing_folders", out);
    let out = suite(&[], &[("a.txt", GOOD_ARTICLE.as_bytes())])
        .run(&["check"])
        .shown();
    pin!("no_claim_files", out);
}

#[test]
fn lint_warnings() {
    let claims = "[aliases]\nnaqoura = [\"Naqura\", \"Naqoura\"]\nunused = [\"UNIFIL\"]\n\n\
                  [[claim]]\nid = \"spelling\"\nstatement = \"talks in Ortagos\"\nexpect = \"supported\"\n\
                  [[claim.fact]]\nall = [\"talks\", \"@naqoura\"]\n[[claim.fact]]\nall = [\"Ortagos\"]\n\n\
                  [[claim]]\nid = \"no-expect\"\nstatement = \"on December 3, talks held in Naqura\"\n";
    let article = "Talks were held in Naqura on December 3, 2025, with envoy Ortagus.\n";
    let s = suite(
        &[("c.toml", claims.as_bytes())],
        &[("a.txt", article.as_bytes())],
    );
    pin!("lint", s.run(&["lint"]).shown());
    s.run(&["lint", "--deny-warnings"]).status(1);
    let clean_claim =
        "[[claim]]\nid = \"good\"\nstatement = \"talks held in Naqura\"\nexpect = \"supported\"\n";
    suite(
        &[("c.toml", clean_claim.as_bytes())],
        &[("a.txt", GOOD_ARTICLE.as_bytes())],
    )
    .run(&["lint", "--deny-warnings"])
    .status(0);
}

#[test]
fn symbolic_link_loops_and_dangling_links() {
    let s = Suite::new()
        .claims("c.toml", GOOD_CLAIM)
        .article("a.txt", GOOD_ARTICLE);
    let corpus = s.path().join("corpus");
    std::os::unix::fs::symlink("b.txt", corpus.join("a-loop.txt")).unwrap();
    std::os::unix::fs::symlink("a-loop.txt", corpus.join("b.txt")).unwrap();
    std::os::unix::fs::symlink("gone.txt", corpus.join("dangling.txt")).unwrap();
    // a link back up the tree is followed once, not forever
    std::os::unix::fs::symlink("..", corpus.join("up")).unwrap();
    let r = s.run(&["check"]);
    let shown = format!("exit status: {}\nstderr:\n{}", r.code, r.stderr);
    pin!("symlinks", shown);
}
