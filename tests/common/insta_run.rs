//! Running a claim test binary from a test, the same way in `tests/it/init.rs` (a
//! new desk's `cargo test`) and `tests/claims/review_loop.rs` (this repository's
//! claim tests on a copy of the fixture desk): without the insta settings of the run
//! around it, the failed tests read from libtest's summary, the pending snapshots.
//! Included by both with `#[path]`.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// `c` without any `INSTA_*` variable of the run around it (`cargo insta test` sets
/// INSTA_FORCE_PASS, INSTA_UPDATE, reference files...).
pub fn without_insta_env(c: &mut Command) -> &mut Command {
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("INSTA_") {
            c.env_remove(k);
        }
    }
    c
}

/// The names of the failed tests in a test binary's stdout: the list after the last
/// `failures:` header. Not the `test NAME ... FAILED` lines: on one test thread
/// libtest-mimic prints `test NAME ... ` before a test runs and `FAILED` after it,
/// with whatever the test printed (insta's diff) in between.
pub fn failed_tests(out: &str) -> BTreeSet<String> {
    match out.rfind("\nfailures:\n") {
        Some(at) => out[at + 11..]
            .lines()
            .take_while(|l| l.starts_with("    "))
            .map(|l| l.trim().to_string())
            .collect(),
        None => BTreeSet::new(),
    }
}

/// The ids of the pending snapshots (`ROOT/snapshots/ID.snap.new`).
pub fn pending(root: &Path) -> BTreeSet<String> {
    std::fs::read_dir(root.join("snapshots"))
        .unwrap()
        .flatten()
        .filter_map(|e| {
            e.file_name()
                .to_string_lossy()
                .strip_suffix(".snap.new")
                .map(str::to_string)
        })
        .collect()
}

#[test]
fn failed_tests_are_read_from_the_summary_whatever_comes_between() {
    // one test thread: the test's own output between its name and its result
    let out = "\nrunning 2 tests\ntest a ... ok\ntest b ... \
               -old snapshot\n+new snapshot\nFAILED\n\nfailures:\n\n---- b ----\nsnapshot assertion for 'b' failed\n\n\
               failures:\n    b\n\ntest result: FAILED. 1 passed; 1 failed\n";
    assert_eq!(failed_tests(out), BTreeSet::from(["b".to_string()]));
    assert!(failed_tests("test a ... ok\n\ntest result: ok.\n").is_empty());
}
