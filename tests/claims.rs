//! The claim suite as cargo tests: one test per claim, named after its id, so
//! `cargo test -- ID` runs one claim and a failing claim hides no other. Each test
//! records the claim's verdict and evidence as an insta snapshot under `snapshots/`
//! and asserts the verdict equals the claim's `expect`. One more test,
//! `[suite] no stale snapshots`, fails on a snapshot whose claim no longer exists.
//!
//! `FACTCHECK_ROOT` points the harness at another suite (claims/, corpus/ and
//! snapshots/ under it); the default is this repository, where the harness also runs
//! the `[review loop]` trials (`tests/claims/review_loop.rs`) on copies of it.

#[path = "claims/review_loop.rs"]
mod review_loop;

use factcheck::Paths;
use factcheck::report::{self, ClaimRecord};
use libtest_mimic::{Arguments, Failed, Trial};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn check_claim(root: &Path, rec: &ClaimRecord) -> Result<(), Failed> {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root.join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_description(rec.statement.as_str());
    settings.set_input_file(&rec.file);
    let snapshot = report::snapshot(rec);
    // record the snapshot first, so a verdict change still leaves a diff to review
    let snap_result = catch_unwind(AssertUnwindSafe(|| {
        settings.bind(|| insta::assert_snapshot!(rec.id.as_str(), snapshot));
    }));
    let mut problems = Vec::new();
    if rec.met == Some(false) {
        problems.push(report::failure(rec));
    }
    if snap_result.is_err() {
        problems.push(format!(
            "the snapshot of `{}` changed: review it with `cargo insta review`",
            rec.id
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

/// Snapshot files whose claim is gone (deleted or renamed).
fn stale_snapshots(root: &Path, ids: &[String]) -> Result<(), Failed> {
    let dir = root.join("snapshots");
    let mut stale = Vec::new();
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(id) = name.strip_suffix(".snap")
            && !ids.iter().any(|i| i == id)
        {
            stale.push(format!("snapshots/{name}"));
        }
    }
    stale.sort();
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "snapshots of claims that no longer exist (deleted or renamed): {}\n\
             remove them, or run `cargo insta test --unreferenced=delete`",
            stale.join(", ")
        )
        .into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let other_suite = std::env::var_os("FACTCHECK_ROOT");
    let own_suite = other_suite.is_none();
    let root = other_suite
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    let paths = Paths::new(&root, None, None);
    let mut trials = match factcheck::run(&paths, &[]) {
        Ok(report) => {
            let report = Arc::new(report);
            let ids: Vec<String> = report.claims.iter().map(|c| c.id.clone()).collect();
            let mut trials: Vec<Trial> = (0..report.claims.len())
                .map(|i| {
                    let report = Arc::clone(&report);
                    let root = root.clone();
                    let id = report.claims[i].id.clone();
                    Trial::test(id, move || check_claim(&root, &report.claims[i]))
                })
                .collect();
            let root = root.clone();
            trials.push(Trial::test("[suite] no stale snapshots", move || {
                stale_snapshots(&root, &ids)
            }));
            trials
        }
        Err(diags) => {
            let message: String = diags.iter().map(|d| d.to_string()).collect();
            vec![Trial::test("suite-loads", move || Err(message.into()))]
        }
    };
    if own_suite {
        trials.extend(review_loop::trials());
    }
    libtest_mimic::run(&args, trials).exit();
}
