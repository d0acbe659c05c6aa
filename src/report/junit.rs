//! JUnit XML, what CI test reports read (Jenkins, GitLab, GitHub test reporters):
//! `check --format junit`. One `<testsuite>` per claim file (in report order), one
//! `<testcase>` per claim (name = id, classname = claim file, `file` = claim file),
//! a `<failure>` for a claim that missed its `expect` (message `expected X, got Y`,
//! the deciding facts and their first evidence as text). A claim without `expect`
//! passes: it asserts nothing; its verdict is in `<system-out>` like every claim's.
//! Written by quick-junit (nextest's JUnit model), which escapes and drops what XML
//! cannot hold; no times or timestamps, so the document is deterministic.

use super::ci::{self, exact};
use super::record::{ClaimRecord, Report};
use crate::paths::slashed;
use quick_junit::{NonSuccessKind, Report as Junit, TestCase, TestCaseStatus, TestSuite};
use std::io;

/// The `type` of a claim's `<failure>`.
pub const FAILURE_TYPE: &str = "expect-not-met";

/// `verdict: supported, as expected`, `verdict: partial, expected supported` or
/// `verdict: partial (no expect)`.
fn verdict_line(c: &ClaimRecord) -> String {
    match (c.expect, c.met) {
        (Some(_), Some(true)) => format!("verdict: {}, as expected", c.verdict),
        (Some(e), _) => format!("verdict: {}, expected {e}", c.verdict),
        (None, _) => format!("verdict: {} (no expect)", c.verdict),
    }
}

fn case(c: &ClaimRecord) -> TestCase {
    let status = if c.met == Some(false) {
        let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
        s.set_message(ci::headline(c))
            .set_type(FAILURE_TYPE)
            .set_description(ci::details(c, &slashed, exact).join("\n"));
        s
    } else {
        TestCaseStatus::success()
    };
    let mut t = TestCase::new(c.id.as_str(), status);
    t.set_classname(c.file.as_str())
        .set_system_out(verdict_line(c));
    t.extra.insert("file".into(), c.file.as_str().into());
    t
}

/// `check --format junit`.
pub fn write_junit(out: &mut dyn io::Write, report: &Report) -> io::Result<()> {
    let mut suites: Vec<TestSuite> = Vec::new();
    for c in &report.claims {
        let at = suites.iter().position(|s| s.name.as_str() == c.file);
        let suite = match at {
            Some(i) => &mut suites[i],
            None => {
                suites.push(TestSuite::new(c.file.as_str()));
                suites.last_mut().expect("just pushed")
            }
        };
        suite.add_test_case(case(c));
    }
    let mut junit = Junit::new("factcheck");
    junit.add_test_suites(suites);
    junit.serialize(&mut *out).map_err(io::Error::other)
}
