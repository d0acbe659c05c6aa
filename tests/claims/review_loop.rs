//! The snapshot review loop, end to end, on a copy of the fixture desk
//! (`tests/fixtures/desk/`, a frozen copy of the sample suite): an
//! article arrives → the claim tests fail only for the claims it bears on, with
//! insta's pending snapshots showing the new evidence → the reviewer accepts them and
//! updates `expect` where the verdict changed → green. An unrelated article changes no
//! snapshot. Runs the real `factcheck` binary and this very claim test binary (its
//! own executable, pointed at the copy with `FACTCHECK_ROOT`), so these trials are
//! part of the harness, run only on the repository's own suite.

use factcheck::harness::libtest_mimic::Trial;
use insta_run::{failed_tests, pending, without_insta_env};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

#[path = "../common/insta_run.rs"]
mod insta_run;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The fixture desk: the trials never read the repository's own claims/ or corpus/.
fn desk() -> PathBuf {
    repo().join("tests/fixtures/desk")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

/// The claim test binary with none of the insta settings of the run around it
/// (`cargo insta test` sets INSTA_FORCE_PASS, INSTA_UPDATE, reference files...).
fn claims_command() -> Command {
    let mut c = Command::new(std::env::current_exe().expect("the harness knows its own path"));
    without_insta_env(&mut c);
    c
}

/// Runs the claim tests on `root` as a developer would locally: insta writes
/// `.snap.new` files for changed snapshots instead of failing silently.
fn claim_tests(root: &Path) -> (bool, BTreeSet<String>, String) {
    let o: Output = claims_command()
        .env("FACTCHECK_ROOT", root)
        .env_remove("CI")
        .env("INSTA_UPDATE", "new")
        .arg("--test-threads=1")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    let failed = failed_tests(&out);
    let out = out + &String::from_utf8_lossy(&o.stderr);
    (o.status.success(), failed, out)
}

fn factcheck(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factcheck"))
        .arg("--root")
        .arg(root)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// What `cargo insta accept` does: every pending snapshot replaces its snapshot.
fn accept(root: &Path) {
    for id in pending(root) {
        let dir = root.join("snapshots");
        std::fs::rename(
            dir.join(format!("{id}.snap.new")),
            dir.join(format!("{id}.snap")),
        )
        .unwrap();
    }
}

/// Sets `expect` of claim `id` (the reviewer's decision after reading the evidence).
fn set_expect(root: &Path, id: &str, verdict: &str) {
    for e in std::fs::read_dir(root.join("claims")).unwrap().flatten() {
        let text = std::fs::read_to_string(e.path()).unwrap();
        let marker = format!("id = \"{id}\"");
        let Some(at) = text.find(&marker) else {
            continue;
        };
        let rel = text[at..]
            .find("\nexpect = ")
            .expect("the claim has an expect")
            + at
            + 1;
        let end = rel + text[rel..].find('\n').unwrap();
        let updated = format!("{}expect = \"{verdict}\"{}", &text[..rel], &text[end..]);
        std::fs::write(e.path(), updated).unwrap();
        return;
    }
    panic!("no claim {id}");
}

fn snapshot_bytes(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(root.join("snapshots"))
        .unwrap()
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

/// An article's text without front matter, white space normalised.
fn body(text: &str) -> String {
    let rest = match text.strip_prefix("+++\n") {
        Some(r) => r.split_once("\n+++\n").map_or(r, |x| x.1),
        None => text,
    };
    rest.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A copy of the fixture desk as it was before the arriving articles arrived, with
/// its snapshots recorded: green.
fn suite_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["claims", "corpus"] {
        copy_dir(&desk().join(sub), &dir.path().join(sub));
    }
    let arriving: Vec<String> = std::fs::read_dir(repo().join("tests/fixtures/arriving"))
        .unwrap()
        .flatten()
        .map(|e| body(&std::fs::read_to_string(e.path()).unwrap()))
        .collect();
    for e in std::fs::read_dir(dir.path().join("corpus"))
        .unwrap()
        .flatten()
    {
        let text = std::fs::read_to_string(e.path()).unwrap_or_default();
        if arriving.contains(&body(&text)) {
            std::fs::remove_file(e.path()).unwrap();
        }
    }
    // expect what the corpus says, snapshots of that
    let o = factcheck(dir.path(), &["check", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    for c in report["claims"].as_array().unwrap() {
        if c["met"] == false {
            set_expect(
                dir.path(),
                c["id"].as_str().unwrap(),
                c["verdict"].as_str().unwrap(),
            );
        }
    }
    std::fs::create_dir(dir.path().join("snapshots")).unwrap();
    claims_command()
        .env("FACTCHECK_ROOT", dir.path())
        .env_remove("CI")
        .env("INSTA_UPDATE", "always")
        .output()
        .unwrap();
    dir
}

pub fn an_arriving_article_fails_only_the_claims_it_bears_on_until_reviewed() {
    let dir = suite_copy();
    let root = dir.path();
    let (ok, failed, out) = claim_tests(root);
    assert!(ok && failed.is_empty(), "the copy starts green: {out}");

    let article = repo().join("tests/fixtures/arriving/levant-wire-beirut.txt");
    // what impact predicts, before anything is written
    let o = factcheck(
        root,
        &["impact", "--format", "json", article.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0));
    let impact: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let changed: BTreeSet<String> = impact["changed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    let flipped: Vec<(String, String)> = impact["changed"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["flips"] == true)
        .map(|c| {
            (
                c["id"].as_str().unwrap().to_string(),
                c["after"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(changed.len() >= 3 && !flipped.is_empty(), "{impact}");
    let before = snapshot_bytes(root);

    let o = factcheck(root, &["corpus", "add", article.to_str().unwrap()]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let said = String::from_utf8_lossy(&o.stdout);
    assert!(
        said.contains("as `2025-11-26-levant-wire-residents-dispute-date-of-beirut-strike"),
        "{said}"
    );

    // the claims the article bears on fail, and only they; each has a pending snapshot
    let (ok, failed, out) = claim_tests(root);
    assert!(!ok);
    assert_eq!(failed, changed, "{out}");
    // each failure says itself once, without insta's panic line
    assert!(!out.contains("panicked at"), "{out}");
    assert_eq!(pending(root), changed);
    for (id, _) in &flipped {
        assert!(
            out.contains(&format!("claim `{id}`")),
            "a flipped verdict explains itself: {out}"
        );
    }
    let new_snapshot =
        std::fs::read_to_string(root.join(format!("snapshots/{}.snap.new", flipped[0].0))).unwrap();
    assert!(
        new_snapshot.contains("2025-11-26-levant-wire"),
        "the new evidence is in the diff"
    );
    // the other snapshots are untouched
    let after = snapshot_bytes(root);
    for (name, bytes) in &before {
        let id = name.trim_end_matches(".snap");
        if !changed.contains(id) {
            assert!(
                after.contains(&(name.clone(), bytes.clone())),
                "{name} changed"
            );
        }
    }

    // the reviewer accepts the snapshots; the flipped claims still fail on expect
    accept(root);
    let (_, failed, _) = claim_tests(root);
    let flipped_ids: BTreeSet<String> = flipped.iter().map(|f| f.0.clone()).collect();
    assert_eq!(failed, flipped_ids);
    assert!(pending(root).is_empty(), "accepted snapshots match");
    // ... and updates expect where the corpus now says something else
    for (id, verdict) in &flipped {
        set_expect(root, id, verdict);
    }
    let (_, _, _) = claim_tests(root);
    accept(root); // the snapshot records expect too
    let (ok, failed, out) = claim_tests(root);
    assert!(ok && failed.is_empty(), "green after review: {out}");
}

pub fn an_unrelated_article_changes_no_snapshot() {
    let dir = suite_copy();
    let root = dir.path();
    let before = snapshot_bytes(root);
    let article = repo().join("tests/fixtures/arriving/football-results.md");
    let o = factcheck(root, &["impact", article.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.lines()
            .any(|l| l.starts_with("0 of ") && l.contains(" claims would change")),
        "{out}"
    );
    let o = factcheck(root, &["corpus", "add", article.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    let (ok, failed, out) = claim_tests(root);
    assert!(ok && failed.is_empty(), "{out}");
    assert_eq!(snapshot_bytes(root), before);
}

pub fn a_deleted_claim_leaves_a_stale_snapshot_that_fails() {
    let dir = suite_copy();
    let root = dir.path();
    std::fs::write(
        root.join("snapshots/renamed-away.snap"),
        "---\nsource: tests/claims.rs\n---\nclaim: renamed-away\n",
    )
    .unwrap();
    let (ok, failed, out) = claim_tests(root);
    assert!(!ok);
    assert_eq!(
        failed,
        BTreeSet::from(["[suite] no stale snapshots".to_string()]),
        "{out}"
    );
    assert!(out.contains("snapshots/renamed-away.snap"), "{out}");
}

pub fn snapshots_are_the_same_on_one_thread() {
    let dir = suite_copy();
    let o = claims_command()
        .env("FACTCHECK_ROOT", dir.path())
        .env("RAYON_NUM_THREADS", "1")
        .env("CI", "true")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
}

/// Each claim's test run alone, as cargo-nextest runs it (`--exact ID`, one process
/// per test, after `--list`), checks that claim only and judges it as the whole run
/// does.
pub fn one_claim_alone_is_judged_as_in_the_whole_run() {
    let dir = suite_copy();
    let root = dir.path();
    set_expect(root, "dec3-civilian-talks", "contradicted");
    let run = |args: &[&str]| -> (bool, String) {
        let o = claims_command()
            .env("FACTCHECK_ROOT", root)
            .env("CI", "true")
            .args(args)
            .output()
            .unwrap();
        (
            o.status.success(),
            String::from_utf8_lossy(&o.stdout).into_owned(),
        )
    };
    let (ok, listed) = run(&["--list"]);
    assert!(ok, "{listed}");
    for name in ["dec3-civilian-talks: test", "dec3-wrong-date: test"] {
        assert!(listed.lines().any(|l| l == name), "{name} listed: {listed}");
    }
    assert!(
        listed.contains("[suite] no stale snapshots: test"),
        "{listed}"
    );
    let (ok, out) = run(&["--exact", "dec3-civilian-talks"]);
    assert!(!ok, "its expect is now wrong: {out}");
    assert!(out.contains("1 failed") && out.contains("expect"), "{out}");
    let (ok, out) = run(&["--exact", "dec3-wrong-date"]);
    assert!(ok && out.contains("1 passed"), "{out}");
    let (ok, out) = run(&["--exact", "[suite] no stale snapshots"]);
    assert!(ok && out.contains("1 passed"), "{out}");
    let (whole, out) = run(&[]);
    assert!(!whole, "{out}");
    assert_eq!(
        failed_tests(&out),
        BTreeSet::from(["dec3-civilian-talks".to_string()]),
        "{out}"
    );
}

/// The review-loop trials, for the harness to run beside the claims.
pub fn trials() -> Vec<Trial> {
    let trial = |name: &str, f: fn()| {
        Trial::test(format!("[review loop] {name}"), move || {
            std::panic::catch_unwind(f).map_err(|e| {
                e.downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "panicked".into())
                    .into()
            })
        })
    };
    vec![
        trial(
            "an arriving article fails only the claims it bears on until reviewed",
            an_arriving_article_fails_only_the_claims_it_bears_on_until_reviewed,
        ),
        trial(
            "one claim alone is judged as in the whole run",
            one_claim_alone_is_judged_as_in_the_whole_run,
        ),
        trial(
            "an unrelated article changes no snapshot",
            an_unrelated_article_changes_no_snapshot,
        ),
        trial(
            "a deleted claim leaves a stale snapshot that fails",
            a_deleted_claim_leaves_a_stale_snapshot_that_fails,
        ),
        trial(
            "snapshots are the same on one thread",
            snapshots_are_the_same_on_one_thread,
        ),
    ]
}
