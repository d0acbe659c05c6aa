//! Loading benchmark: `cargo bench --bench loading`.
//!
//! Two shapes a hostile or unlucky suite takes, each timed beside its benign twin
//! in the same run, so the figures compare as ratios on any machine:
//!
//! - claims: N claims in one file, against the same claims split into files of 100
//!   (loading must be linear in a file's size: each file's line index is built once);
//! - folders: one article at the bottom of D nested folders, against D folders side
//!   by side (the walk must cost one look per folder, whatever the depth).
//!
//! Settings (environment): `FACTCHECK_BENCH_CLAIMS` (default 10000),
//! `FACTCHECK_BENCH_DEPTH` (default 1500). Targets: 10,000 claims in one file under
//! 2 s, 1,500 nested folders under 1 s.

use factcheck::Paths;
use std::path::Path;
use std::time::{Duration, Instant};

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn claim(i: usize) -> String {
    format!(
        "[[claim]]\nid = \"c{i}\"\nstatement = \"Talks were held in Naqoura, round {i}\"\n\
         expect = \"supported\"\n\n[[claim.fact]]\nall = [\"talks\", \"naqoura\"]\n\n"
    )
}

fn suite(root: &Path) {
    std::fs::create_dir_all(root.join("claims")).unwrap();
    std::fs::create_dir_all(root.join("corpus")).unwrap();
}

/// The best of three loads of the suite at `root` (suite and corpus listing).
fn time_load(root: &Path, claims: usize) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            let loaded = factcheck::load(&Paths::new(root, None, None)).expect("loads");
            let took = start.elapsed();
            assert_eq!(loaded.suite.claims.len(), claims);
            took
        })
        .min()
        .unwrap()
}

fn row(what: &str, took: Duration, base: Duration, target: f64) {
    let s = took.as_secs_f64();
    println!(
        "{what:<44} {s:>8.3} s   baseline {:>8.3} s   ratio {:>6.2}   target < {target} s: {}",
        base.as_secs_f64(),
        s / base.as_secs_f64().max(1e-9),
        if s < target { "met" } else { "NOT MET" }
    );
}

fn main() {
    let n = setting("FACTCHECK_BENCH_CLAIMS", 10_000);
    let depth = setting("FACTCHECK_BENCH_DEPTH", 1_500);
    let tmp = tempfile::tempdir().unwrap();

    // claims: one file against files of 100
    let one = tmp.path().join("one");
    let split = tmp.path().join("split");
    for root in [&one, &split] {
        suite(root);
        std::fs::write(root.join("corpus/a.txt"), "Talks were held in Naqoura.\n").unwrap();
    }
    let all: String = (0..n).map(claim).collect();
    std::fs::write(one.join("claims/all.toml"), &all).unwrap();
    for f in 0..n.div_ceil(100) {
        let part: String = (f * 100..((f + 1) * 100).min(n)).map(claim).collect();
        std::fs::write(split.join(format!("claims/f{f:04}.toml")), part).unwrap();
    }
    let t_one = time_load(&one, n);
    let t_split = time_load(&split, n);

    // folders: nested against side by side
    let deep = tmp.path().join("deep");
    let flat = tmp.path().join("flat");
    for root in [&deep, &flat] {
        suite(root);
        std::fs::write(root.join("claims/c.toml"), claim(0)).unwrap();
    }
    let mut dir = deep.join("corpus");
    for _ in 0..depth {
        dir.push("d");
        std::fs::create_dir(&dir).unwrap();
    }
    std::fs::write(dir.join("a.txt"), "Talks were held in Naqoura.\n").unwrap();
    for i in 0..depth {
        std::fs::create_dir(flat.join(format!("corpus/d{i}"))).unwrap();
    }
    std::fs::write(flat.join("corpus/a.txt"), "Talks were held in Naqoura.\n").unwrap();
    let t_deep = time_load(&deep, 1);
    let t_flat = time_load(&flat, 1);

    println!("factcheck loading benchmark (best of 3 loads each)");
    row(&format!("{n} claims in one file"), t_one, t_split, 2.0);
    row(&format!("{depth} nested folders"), t_deep, t_flat, 1.0);
}
