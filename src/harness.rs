//! The claim suite as cargo tests, for any desk's crate (feature `harness`, on by
//! default): one test per claim, named after its id, so `cargo test -- ID` runs one
//! claim and a failing claim hides no other. Each test records the claim's verdict
//! and evidence as an insta snapshot under `ROOT/snapshots/` and asserts the verdict
//! equals the claim's `expect`. One more test, `[suite] no stale snapshots`, fails
//! on a snapshot whose claim no longer exists.
//!
//! A desk's `tests/claims.rs` (with `harness = false` for it in `Cargo.toml`) is one
//! line:
//!
//! ```ignore
//! factcheck::claim_tests!();
//! ```
//!
//! The snapshot assertion itself must be expanded in the desk's crate, not here:
//! insta finds the workspace (where `cargo insta review` looks for `.snap.new`
//! files) from `env!("CARGO_MANIFEST_DIR")` at the macro's call site. So
//! [`harness!`](crate::harness!) builds a [`Harness`] with a closure that calls
//! [`insta::assert_snapshot!`] in the caller's crate, and [`Harness::run`] does the
//! rest. Every snapshot file a run asserts is one insta records for
//! `cargo insta test --unreferenced=…`, so a deleted claim's snapshot is
//! unreferenced and `=delete` removes it.
//!
//! `FACTCHECK_ROOT` points the harness at another suite (claims/, corpus/ and
//! snapshots/ under it).
//!
//! This module is a test runner: like `cli`, it prints (through libtest-mimic).

pub use insta;
pub use libtest_mimic;

use crate::check::Windows;
use crate::check::claim_files::run_selected;
use crate::check::stored::kept_records;
use crate::paths::Paths;
use crate::report::{self, ClaimRecord};
use libtest_mimic::{Arguments, Failed, Trial};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Asserts one snapshot: `(name, contents)`, with the insta settings bound by the
/// harness. Made by [`harness!`](crate::harness!) in the caller's crate.
pub type Assert = fn(&str, &str);

/// The name of the test that fails on snapshots of claims that no longer exist.
pub const STALE_TEST: &str = "[suite] no stale snapshots";

/// The claim tests of one suite, and any other trials to run beside them.
pub struct Harness {
    root: PathBuf,
    assert: Assert,
    extra: Vec<Trial>,
}

impl Harness {
    /// The harness of the suite at `root` (`FACTCHECK_ROOT` overrides it when set),
    /// asserting snapshots with `assert`. Use [`harness!`](crate::harness!).
    pub fn new(root: impl Into<PathBuf>, assert: Assert) -> Self {
        let root = std::env::var_os("FACTCHECK_ROOT")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.into());
        Self {
            root,
            assert,
            extra: Vec::new(),
        }
    }

    /// The suite's root folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Runs these trials too (after the claims).
    pub fn with(mut self, trials: impl IntoIterator<Item = Trial>) -> Self {
        self.extra.extend(trials);
        self
    }

    /// One trial per claim, named by its id, and the stale-snapshot trial; one
    /// failing `[suite] loads` trial with every diagnostic when the suite cannot be
    /// read.
    pub fn trials(&self) -> Vec<Trial> {
        self.trials_for(&Want::All)
    }

    fn trials_for(&self, want: &Want) -> Vec<Trial> {
        let paths = Paths::new(&self.root, None, None);
        let how = tallied(&self.root);
        match want {
            // one claim by its exact name (nextest): that claim's report only; no
            // other test is listed, as the filter would skip it
            Want::One(name) if !name.starts_with('[') => {
                let one = |records: Vec<ClaimRecord>| {
                    let records = Arc::new(records);
                    (0..records.len())
                        .filter(|i| records[*i].id == *name)
                        .map(|i| self.checked(&records, i))
                        .collect::<Vec<Trial>>()
                };
                // the claim's record as the last run of the whole suite kept it,
                // when nothing it was made from changed (no suite to load); else the
                // whole suite's report (its tallies are made for every claim
                // anyway), which the cache keeps for the processes after this one
                let found = match kept_records(&paths, &how, Some(name)) {
                    Some(records) => one(records),
                    None => run_selected(&paths, &[], &[], &Windows::First(how.clone()))
                        .map(|r| one(r.claims))
                        .unwrap_or_default(),
                };
                if !found.is_empty() {
                    return found;
                }
                // a name that is no claim's id (or a suite that does not load) is run
                // alone, for its message
                let only = [name.clone()];
                match run_selected(&paths, &[], &only, &Windows::First(how)) {
                    Ok(r) => one(r.claims),
                    // named as asked, so the filter keeps it and its message shows
                    Err(diags) => vec![failing(name, &diags)],
                }
            }
            Want::All => {
                let records = match kept_records(&paths, &how, None) {
                    Some(records) => records,
                    None => match run_selected(&paths, &[], &[], &Windows::First(how)) {
                        Ok(r) => r.claims,
                        Err(diags) => return vec![failing("[suite] loads", &diags)],
                    },
                };
                let ids: Vec<String> = records.iter().map(|c| c.id.clone()).collect();
                let records = Arc::new(records);
                let mut trials: Vec<Trial> = (0..records.len())
                    .map(|i| self.checked(&records, i))
                    .collect();
                trials.push(self.stale_trial(ids));
                trials
            }
            // listed, or another test by name: every claim's test checks its claim
            // only if it runs
            _ => match crate::check::load(&paths) {
                Ok(l) => {
                    let ids: Vec<String> = l.suite.claims.iter().map(|c| c.id.clone()).collect();
                    let mut trials: Vec<Trial> = ids.iter().map(|id| self.alone(id)).collect();
                    trials.push(self.stale_trial(ids));
                    trials
                }
                Err(diags) => vec![failing("[suite] loads", &diags)],
            },
        }
    }

    /// The test of record `i` of a report's claims.
    fn checked(&self, records: &Arc<Vec<ClaimRecord>>, i: usize) -> Trial {
        let (root, assert, records) = (self.root.clone(), self.assert, Arc::clone(records));
        let id = records[i].id.clone();
        Trial::test(id, move || check_claim(&root, &records[i], assert))
    }

    /// The test of claim `id`, checked when it runs.
    fn alone(&self, id: &str) -> Trial {
        let (root, assert, id) = (self.root.clone(), self.assert, id.to_string());
        Trial::test(id.clone(), move || {
            let paths = Paths::new(&root, None, None);
            let only = [id.clone()];
            let r = run_selected(&paths, &[], &only, &Windows::First(tallied(&root)))
                .map_err(|d| Failed::from(diagnostics(&d)))?;
            match r.claims.iter().find(|c| c.id == id) {
                Some(rec) => check_claim(&root, rec, assert),
                None => Err(format!("claim `{id}` is no longer in the suite").into()),
            }
        })
    }

    fn stale_trial(&self, ids: Vec<String>) -> Trial {
        let root = self.root.clone();
        Trial::test(STALE_TEST, move || stale_snapshots(&root, &ids))
    }

    /// Runs the tests with the command line's arguments (`cargo test -- ARGS`) and
    /// exits with libtest's status. A process that lists the tests, or runs one
    /// claim by its exact name (`cargo test -- --exact ID`, as cargo-nextest runs
    /// each test in its own process), checks only what it runs: one claim's
    /// process costs that claim's lookup in the cache, not the suite's report.
    pub fn run(self) -> ! {
        let args = Arguments::from_args();
        let want = match (&args.filter, args.exact, args.list) {
            (_, _, true) => Want::Names,
            (Some(name), true, false) => Want::One(name.clone()),
            _ => Want::All,
        };
        let mut trials = self.trials_for(&want);
        trials.extend(self.extra);
        quiet_snapshot_panics();
        libtest_mimic::run(&args, trials).exit()
    }
}

/// insta fails a snapshot by panicking. A claim's test catches that panic and says
/// in its own failure message what failed and what to do, so the panic's line
/// (`thread '<unnamed>' panicked at …/insta/…/runtime.rs`), and with
/// `RUST_BACKTRACE` its backtrace, is left out. Every other panic shows as before.
fn quiet_snapshot_panics() {
    let show = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied());
        if !message.is_some_and(|m| m.starts_with("snapshot assertion for '")) {
            show(info);
        }
    }));
}

/// Which claims a test process checks.
enum Want {
    All,
    One(String),
    /// None: the tests are only listed.
    Names,
}

/// The archive path, with the desk's cache: a claim's test process (`cargo test --
/// ID`, nextest) reads the cache, not the corpus.
fn tallied(root: &Path) -> crate::check::tally::Tallied {
    crate::check::tally::Tallied {
        cache: Some(crate::check::cache::folder(root)),
        shown: report::EVIDENCE_SHOWN,
        progress: None,
        read_only: false,
    }
}

fn diagnostics(diags: &[crate::diag::Diagnostic]) -> String {
    diags.iter().map(|d| d.to_string()).collect()
}

/// A test that fails with `diags`.
fn failing(name: &str, diags: &[crate::diag::Diagnostic]) -> Trial {
    let message = diagnostics(diags);
    Trial::test(name, move || Err(message.into()))
}

/// One claim's test: the snapshot is recorded first, so a verdict change still
/// leaves a diff to review; then the verdict is compared with `expect`.
fn check_claim(root: &Path, rec: &ClaimRecord, assert: Assert) -> Result<(), Failed> {
    let snapshots = root.join("snapshots");
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(&snapshots);
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_description(rec.statement.as_str());
    settings.set_input_file(&rec.file);
    let snapshot = report::snapshot(rec);
    let file = snapshots.join(format!("{}.snap", rec.id));
    let had_snapshot = file.is_file();
    let snap_result = catch_unwind(AssertUnwindSafe(|| {
        settings.bind(|| assert(rec.id.as_str(), &snapshot));
    }));
    let mut problems = Vec::new();
    if rec.met == Some(false) {
        problems.push(report::failure(rec));
    }
    if snap_result.is_err() {
        problems.push(snapshot_problem(&rec.id, had_snapshot, &file));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

/// What a failed snapshot of claim `id` (kept in `file`, which existed before the
/// run or not) asks of the reader: a new claim has no snapshot to have changed, and
/// a run that wrote no `.snap.new` (on CI, or with `INSTA_UPDATE=no`) has nothing
/// to review where it ran.
fn snapshot_problem(id: &str, had_snapshot: bool, file: &Path) -> String {
    let what = if had_snapshot {
        format!("the snapshot of `{id}` changed")
    } else {
        format!("`{id}` has no snapshot yet")
    };
    let mut pending = file.as_os_str().to_owned();
    pending.push(".new");
    let todo = if Path::new(&pending).is_file() {
        "review it with `cargo insta review`"
    } else {
        "this run wrote no `.snap.new` to review (on CI, or with INSTA_UPDATE=no): \
         run `cargo test` locally, then `cargo insta review`"
    };
    let commit = if had_snapshot {
        String::new()
    } else {
        format!(", and commit `snapshots/{id}.snap`")
    };
    format!("{what}: {todo}{commit}")
}

/// Whether `cargo insta test` records the snapshots a run asserts, to handle the
/// unreferenced ones itself (`--unreferenced=reject|delete|warn`) after a green
/// run.
fn insta_tracks_references() -> bool {
    std::env::var_os("INSTA_SNAPSHOT_REFERENCES_FILE").is_some_and(|v| !v.is_empty())
}

/// Fails on snapshot files whose claim is gone (deleted or renamed), except under
/// `cargo insta test --unreferenced=…`, which handles them only after every test
/// passed.
fn stale_snapshots(root: &Path, ids: &[String]) -> Result<(), Failed> {
    if insta_tracks_references() {
        return Ok(());
    }
    let stale = stale_files(root, ids);
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

/// `snapshots/ID.snap` files of no claim in `ids`, sorted, as `snapshots/NAME`.
pub fn stale_files(root: &Path, ids: &[String]) -> Vec<String> {
    let mut stale = Vec::new();
    for entry in std::fs::read_dir(root.join("snapshots"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(id) = name.strip_suffix(".snap")
            && !ids.iter().any(|i| i == id)
        {
            stale.push(format!("snapshots/{}", crate::text::sanitize(&name)));
        }
    }
    stale.sort();
    stale
}

/// A [`Harness`] for the suite in the calling crate's folder (its
/// `CARGO_MANIFEST_DIR`), or at the root given, whose snapshot assertion is
/// expanded in the calling crate so that `cargo insta` finds its snapshots.
///
/// ```ignore
/// fn main() {
///     factcheck::harness!().with(my_other_trials()).run()
/// }
/// ```
#[macro_export]
macro_rules! harness {
    () => {
        $crate::harness!(::std::env!("CARGO_MANIFEST_DIR"))
    };
    ($root:expr) => {
        $crate::harness::Harness::new($root, |name: &str, snapshot: &str| {
            $crate::harness::insta::assert_snapshot!(name, snapshot)
        })
    };
}

/// The `main` of a desk's `tests/claims.rs`: one test per claim of the suite in the
/// crate's folder (or at the root given), snapshots in `snapshots/`.
///
/// ```ignore
/// factcheck::claim_tests!();
/// ```
#[macro_export]
macro_rules! claim_tests {
    ($($root:expr)?) => {
        fn main() {
            $crate::harness!($($root)?).run()
        }
    };
}

#[cfg(test)]
mod tests {
    use super::snapshot_problem;

    #[test]
    fn a_failed_snapshot_says_what_to_do_about_it() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let file = dir.path().join("a.snap");
        let pending = dir.path().join("a.snap.new");
        // a new claim, its `.snap.new` written: review it, then commit it
        std::fs::write(&pending, "x").expect("written");
        assert_eq!(
            snapshot_problem("a", false, &file),
            "`a` has no snapshot yet: review it with `cargo insta review`, \
             and commit `snapshots/a.snap`"
        );
        // a changed one
        assert_eq!(
            snapshot_problem("a", true, &file),
            "the snapshot of `a` changed: review it with `cargo insta review`"
        );
        // no `.snap.new` written (CI): nothing to review here
        std::fs::remove_file(&pending).expect("removed");
        let ci = snapshot_problem("a", true, &file);
        assert!(
            ci.starts_with("the snapshot of `a` changed: this run wrote no `.snap.new`"),
            "{ci}"
        );
        assert!(ci.contains("run `cargo test` locally"), "{ci}");
    }
}
