//! Every diagnostic a user can meet, pinned whole: each bad input under
//! `tests/fixtures/bad/` is put into an otherwise good suite, the real binary runs
//! `check` on it, and the exit status and everything it printed to stderr are an
//! insta snapshot (`tests/snapshots/`).

use std::path::{Path, PathBuf};
use std::process::Command;

const GOOD_CLAIM: &str = "[[claim]]\nid = \"good\"\nstatement = \"talks held\"\n";
const GOOD_ARTICLE: &str = "Talks were held in Naqura on December 3, 2025.\n";

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad")
}

/// Runs `factcheck ARGS` in a suite made of `claims` and `corpus` files; returns
/// what a user sees: the exit status and stderr (and stdout, if any).
fn run_in(claims: &[(&str, Vec<u8>)], corpus: &[(&str, Vec<u8>)], args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    for (sub, files) in [("claims", claims), ("corpus", corpus)] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        for (name, bytes) in files {
            std::fs::write(dir.path().join(sub).join(name), bytes).unwrap();
        }
    }
    let o = Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .args(args)
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let mut shown = format!("exit status: {}\n", o.status.code().unwrap_or(-1));
    let stdout = String::from_utf8_lossy(&o.stdout);
    if !stdout.is_empty() && o.status.code() == Some(2) {
        shown.push_str(&format!("stdout:\n{stdout}"));
    }
    shown.push_str(&format!("stderr:\n{}", String::from_utf8_lossy(&o.stderr)));
    shown
}

fn file(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

#[test]
fn every_bad_input_gets_a_pinned_diagnostic() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    cases.sort();
    let mut seen = 0;
    for case in cases {
        let name = case.file_stem().unwrap().to_string_lossy().into_owned();
        let output = match case.extension().and_then(|e| e.to_str()) {
            Some("toml") => run_in(
                &[("case.toml", file(&case))],
                &[("a.txt", GOOD_ARTICLE.into())],
                &["check"],
            ),
            Some("txt") => run_in(
                &[("c.toml", GOOD_CLAIM.into())],
                &[("a.txt", GOOD_ARTICLE.into()), ("case.txt", file(&case))],
                &["check"],
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
                let claims: Vec<(&str, Vec<u8>)> =
                    files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
                run_in(&claims, &[("a.txt", GOOD_ARTICLE.into())], &["check"])
            }
            _ => continue, // README.md
        };
        insta::with_settings!({ snapshot_suffix => name.clone(), omit_expression => true, description => format!("tests/fixtures/bad/{}", case.file_name().unwrap().to_string_lossy()) }, {
            insta::assert_snapshot!("bad_input", output);
        });
        seen += 1;
    }
    assert!(seen >= 24, "only {seen} cases");
}

#[test]
fn empty_corpus_and_missing_folders() {
    let out = run_in(&[("c.toml", GOOD_CLAIM.into())], &[], &["check"]);
    insta::assert_snapshot!("empty_corpus", out);
    let out = run_in(
        &[("c.toml", GOOD_CLAIM.into())],
        &[],
        &["check", "--corpus", "nowhere", "--claims", "elsewhere"],
    );
    insta::assert_snapshot!("missing_folders", out);
    let out = run_in(&[], &[("a.txt", GOOD_ARTICLE.into())], &["check"]);
    insta::assert_snapshot!("no_claim_files", out);
}

#[test]
fn lint_warnings() {
    let claims = "[aliases]\nnaqoura = [\"Naqura\", \"Naqoura\"]\nunused = [\"UNIFIL\"]\n\n\
                  [[claim]]\nid = \"spelling\"\nstatement = \"talks in Ortagos\"\nexpect = \"supported\"\n\
                  [[claim.fact]]\nall = [\"talks\", \"@naqoura\"]\n[[claim.fact]]\nall = [\"Ortagos\"]\n\n\
                  [[claim]]\nid = \"no-expect\"\nstatement = \"on December 3, talks held in Naqura\"\n";
    let article = "Talks were held in Naqura on December 3, 2025, with envoy Ortagus.\n";
    let out = run_in(
        &[("c.toml", claims.into())],
        &[("a.txt", article.into())],
        &["lint"],
    );
    insta::assert_snapshot!("lint", out);
    let deny = run_in(
        &[("c.toml", claims.into())],
        &[("a.txt", article.into())],
        &["lint", "--deny-warnings"],
    );
    assert!(deny.starts_with("exit status: 1\n"), "{deny}");
    let clean_claim =
        "[[claim]]\nid = \"good\"\nstatement = \"talks held in Naqura\"\nexpect = \"supported\"\n";
    let clean = run_in(
        &[("c.toml", clean_claim.into())],
        &[("a.txt", GOOD_ARTICLE.into())],
        &["lint", "--deny-warnings"],
    );
    assert!(clean.starts_with("exit status: 0\n"), "{clean}");
}

#[test]
fn symbolic_link_loops_and_dangling_links() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("claims")).unwrap();
    std::fs::create_dir_all(root.join("corpus")).unwrap();
    std::fs::write(root.join("claims/c.toml"), GOOD_CLAIM).unwrap();
    std::fs::write(root.join("corpus/a.txt"), GOOD_ARTICLE).unwrap();
    std::os::unix::fs::symlink("b.txt", root.join("corpus/a-loop.txt")).unwrap();
    std::os::unix::fs::symlink("a-loop.txt", root.join("corpus/b.txt")).unwrap();
    std::os::unix::fs::symlink("gone.txt", root.join("corpus/dangling.txt")).unwrap();
    // a link back up the tree is followed once, not forever
    std::os::unix::fs::symlink("..", root.join("corpus/up")).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .arg("check")
        .current_dir(root)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let shown = format!(
        "exit status: {}\nstderr:\n{}",
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stderr)
    );
    insta::assert_snapshot!("symlinks", shown);
}
