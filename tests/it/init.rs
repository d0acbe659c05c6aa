//! `factcheck init`: the desk it writes, pinned whole (`tests/snapshots/init__*.snap`);
//! its refusal to overwrite; and, end to end, a new desk's own `cargo test` (offline,
//! a path dependency on this crate): green at once, red with one pending snapshot
//! after an article that bears on its claim arrives, green again once accepted.

use crate::util::{Suite, factcheck, listing, repo};
use insta_run::{failed_tests, pending, without_insta_env};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

#[path = "../common/insta_run.rs"]
mod insta_run;

macro_rules! pin {
    ($name:expr, $shown:expr) => {
        insta::with_settings!({
            snapshot_path => "../snapshots",
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!(format!("init__{}", $name), $shown);
        })
    };
}

/// Every file under `dir` with its path, as one document.
fn tree(dir: &Path) -> String {
    let mut s = String::new();
    for (p, bytes) in listing(dir) {
        let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
        s.push_str(&format!(
            "=== {rel}\n{}\n",
            String::from_utf8(bytes).unwrap()
        ));
    }
    s
}

const GIT: &str = "https://git.example/factcheck.git";

#[test]
fn init_writes_a_ready_desk() {
    let s = Suite::bare();
    let r = s
        .run(&[
            "init",
            "desk",
            "--git",
            GIT,
            "--name",
            "Example Desk",
            "--url",
            "https://desk.example/",
        ])
        .status(0);
    pin!("stdout", r.out());
    let desk = s.path().join("desk");
    pin!("desk", tree(&desk));
    // what the other tools read of it
    let cargo: toml::Table = std::fs::read_to_string(desk.join("Cargo.toml"))
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(cargo["package"]["name"].as_str(), Some("example-desk"));
    assert_eq!(
        cargo["dev-dependencies"]["factcheck"]["git"].as_str(),
        Some(GIT)
    );
    let config: toml::Table = std::fs::read_to_string(desk.join("factcheck.toml"))
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(config["desk"]["name"].as_str(), Some("Example Desk"));
    assert_eq!(
        config["desk"]["url"].as_str(),
        Some("https://desk.example/")
    );
    // the README installs the command from the same repository as the workflow
    let readme = std::fs::read_to_string(desk.join("README.md")).unwrap();
    assert!(
        readme.contains(&format!("cargo install --locked --git {GIT} factcheck")),
        "{readme}"
    );
    // GitHub reads the workflow as YAML: the jobs, steps and report commands
    let text = std::fs::read_to_string(desk.join(".github/workflows/factcheck.yml")).unwrap();
    let yaml = &yaml_rust2::YamlLoader::load_from_str(&text).unwrap()[0];
    let steps = yaml["jobs"]["claims"]["steps"].as_vec().unwrap();
    let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    assert!(
        runs.iter()
            .any(|r| r.contains(&format!("--git \"{GIT}\" factcheck"))),
        "{runs:?}"
    );
    assert!(runs.contains(&"cargo test"), "{runs:?}");
    for format in ["junit", "sarif", "html"] {
        assert!(
            runs.iter()
                .any(|r| r.contains(&format!("check --format {format} >"))),
            "{runs:?}"
        );
    }
    assert_eq!(
        steps.last().unwrap()["with"]["sarif_file"].as_str(),
        Some("factcheck.sarif")
    );
    // the example suite is green and lint-clean
    let lint = factcheck()
        .args(["--root", "desk", "lint", "--deny-warnings"])
        .current_dir(s.path())
        .output()
        .unwrap();
    assert!(lint.status.success(), "{lint:?}");
    assert_eq!(
        String::from_utf8_lossy(&lint.stdout),
        "1 claim, 1 document: 0 warnings\n"
    );
    let o = factcheck()
        .args(["check"])
        .current_dir(&desk)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn init_refuses_a_folder_it_would_overwrite_and_writes_nothing() {
    let s = Suite::bare()
        .file("README.md", "our desk\n")
        .file("corpus/old.txt", "An old article.\n");
    let before = s.listing();
    let r = s.run(&["init", "--git", GIT]).status(2);
    pin!("refused", r.shown());
    assert_eq!(s.listing(), before, "nothing was written");
}

#[test]
fn init_refuses_a_name_or_url_factcheck_toml_would_not_hold_and_writes_nothing() {
    let s = Suite::bare();
    let before = s.listing();
    s.run(&["init", "--git", GIT, "--url", "example.org"])
        .status(2)
        .stderr_has("the desk's `url` is not an http or https URL")
        .stderr_has("written from --name and --url");
    s.run(&["init", "--git", GIT, "--url", "javascript:alert(1)"])
        .status(2)
        .stderr_has("the desk's `url` is not an http or https URL");
    s.run(&["init", "--git", GIT, "--name", "  "])
        .status(2)
        .stderr_has("the desk's `name` is empty");
    assert_eq!(s.listing(), before, "nothing was written");
}

#[test]
fn init_goes_beside_other_files_and_makes_a_missing_folder() {
    let s = Suite::bare().file("notes.txt", "mine\n");
    s.run(&["init", "--git", GIT]).status(0);
    assert_eq!(
        std::fs::read(s.path().join("notes.txt")).unwrap(),
        b"mine\n"
    );
    s.run(&["init", "a/b/c", "--git", GIT]).status(0);
    assert!(s.path().join("a/b/c/tests/claims.rs").is_file());
}

#[test]
fn init_depends_on_the_source_it_was_built_from() {
    let s = Suite::bare();
    s.run(&["init"])
        .status(0)
        .stdout_has("dev-dependency by path");
    let cargo: toml::Table = std::fs::read_to_string(s.path().join("Cargo.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let path = cargo["dev-dependencies"]["factcheck"]["path"]
        .as_str()
        .unwrap();
    assert_eq!(
        Path::new(path).canonicalize().unwrap(),
        repo().canonicalize().unwrap()
    );
}

/// The desk's `cargo test`, offline, in a target folder shared by every run (so CI
/// builds factcheck for it once), without the settings of the run around it.
fn desk_cargo_test(desk: &Path, ci: bool) -> (bool, BTreeSet<String>, String) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut c = Command::new(cargo);
    c.args(["test", "--offline"])
        .current_dir(desk)
        .env(
            "CARGO_TARGET_DIR",
            PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("init-desk"),
        )
        .env("NO_COLOR", "1")
        .env_remove("FACTCHECK_ROOT");
    without_insta_env(&mut c);
    if ci {
        c.env("CI", "true");
    } else {
        c.env_remove("CI").env("INSTA_UPDATE", "new");
    }
    let o = c.output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    let failed = failed_tests(&out);
    let shown = format!("{out}\n{}", String::from_utf8_lossy(&o.stderr));
    (o.status.success(), failed, shown)
}

#[test]
fn a_new_desk_runs_its_claims_as_cargo_tests_and_reviews_a_new_article() {
    let s = Suite::bare();
    s.run(&["init", "desk", "--path", repo().to_str().unwrap()])
        .status(0);
    let desk = s.path().join("desk");
    // the versions this crate is built and tested with, already downloaded
    std::fs::copy(repo().join("Cargo.lock"), desk.join("Cargo.lock")).unwrap();

    // green at once: the snapshot init wrote is the one the harness records
    let (ok, failed, out) = desk_cargo_test(&desk, true);
    assert!(ok && failed.is_empty(), "{out}");

    // an article that bears on the example claim arrives
    let article = s.path().join("wire.txt");
    std::fs::write(
        &article,
        "The Riverside bridge opened on March 3, 2025, the city said in a statement.\n",
    )
    .unwrap();
    s.run(&[
        "--root",
        "desk",
        "corpus",
        "add",
        "wire.txt",
        "--outlet",
        "Example Wire",
        "--published",
        "2025-03-03",
    ])
    .status(0);
    let (ok, failed, out) = desk_cargo_test(&desk, false);
    let example = BTreeSet::from(["riverside-bridge-opened".to_string()]);
    assert!(!ok, "{out}");
    assert_eq!(failed, example, "{out}");
    assert_eq!(pending(&desk), example);
    let new =
        std::fs::read_to_string(desk.join("snapshots/riverside-bridge-opened.snap.new")).unwrap();
    assert!(new.contains("Example Wire"), "{new}");

    // accepted as `cargo insta accept` does: green again
    std::fs::rename(
        desk.join("snapshots/riverside-bridge-opened.snap.new"),
        desk.join("snapshots/riverside-bridge-opened.snap"),
    )
    .unwrap();
    let (ok, failed, out) = desk_cargo_test(&desk, true);
    assert!(ok && failed.is_empty(), "{out}");
}
