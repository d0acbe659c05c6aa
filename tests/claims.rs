//! The claim suite as cargo tests: one test per claim, named after its id, so
//! `cargo test -- ID` runs one claim and a failing claim hides no other. Each test
//! records the claim's verdict and evidence as an insta snapshot under `snapshots/`
//! and asserts the verdict equals the claim's `expect`.

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
    settings.set_input_file(root.join(&rec.file));
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

fn main() {
    let args = Arguments::from_args();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let paths = Paths::new(&root, None, None);
    let trials = match factcheck::run(&paths, &[]) {
        Ok(report) => {
            let report = Arc::new(report);
            (0..report.claims.len())
                .map(|i| {
                    let report = Arc::clone(&report);
                    let root = root.clone();
                    let id = report.claims[i].id.clone();
                    Trial::test(id, move || check_claim(&root, &report.claims[i]))
                })
                .collect()
        }
        Err(diags) => {
            let message: String = diags.iter().map(|d| d.to_string()).collect();
            vec![Trial::test("suite-loads", move || Err(message.into()))]
        }
    };
    libtest_mimic::run(&args, trials).exit();
}
