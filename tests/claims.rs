//! The repository's claim suite as cargo tests, through the same harness a desk's
//! `tests/claims.rs` calls (`factcheck::claim_tests!()`, see `src/harness.rs`): one
//! test per claim, snapshots in `snapshots/`, `[suite] no stale snapshots`.
//!
//! On the repository's own suite (no `FACTCHECK_ROOT`) it also runs the
//! `[review loop]` trials (`tests/claims/review_loop.rs`), which run this same
//! executable on copies of the fixture desk (`tests/fixtures/desk/`).

#[path = "claims/review_loop.rs"]
mod review_loop;

fn main() {
    let harness = factcheck::harness!();
    if std::env::var_os("FACTCHECK_ROOT").is_some() {
        harness.run()
    } else {
        harness.with(review_loop::trials()).run()
    }
}
