//! `factcheck init [DIR]`: a ready desk repository — a tiny crate whose claim tests
//! call the library's harness (`factcheck::claim_tests!()`), one example claim, one
//! example article, its snapshot, `.gitignore`, `factcheck.toml`, `.cargo/config.toml`, a README and a
//! GitHub Actions workflow. Never overwrites: every file is created new, and a folder
//! holding any of them (or a suite already) is refused before anything is written.

use crate::corpus::ids::slug;
use crate::diag::Diagnostic;
use crate::paths::Paths;
use crate::report;
use crate::text::escaped;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Where the desk's dev-dependency on factcheck comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A folder holding factcheck's source (its `Cargo.toml`).
    Path(PathBuf),
    /// A git repository URL.
    Git(String),
    /// factcheck's source was not found: a placeholder git URL the desk must edit.
    Placeholder,
}

/// The placeholder URL written when factcheck's source is not known.
pub const PLACEHOLDER_GIT: &str = "https://github.com/OWNER/factcheck";

impl Source {
    /// The folder this binary was built from, if it still holds factcheck's source
    /// (a checkout installed with `cargo install --path`, or a development build);
    /// else the placeholder. A copy in cargo's registry or git cache is not used: it
    /// may be cleaned away.
    pub fn detect() -> Self {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        let cached = dir
            .components()
            .any(|c| c.as_os_str() == "registry" || c.as_os_str() == "checkouts");
        let ours = std::fs::read_to_string(dir.join("Cargo.toml"))
            .is_ok_and(|t| t.contains("name = \"factcheck\""));
        if ours && !cached {
            Source::Path(dir.to_path_buf())
        } else {
            Source::Placeholder
        }
    }

    /// The dependency line of the desk's `Cargo.toml`, with a comment.
    fn dependency(&self) -> String {
        match self {
            Source::Path(p) => format!(
                "# factcheck's source on this machine; for CI, name its git repository instead:\n\
                 # factcheck = {{ git = \"{PLACEHOLDER_GIT}\", features = [\"harness\"] }}\n\
                 factcheck = {{ path = {}, features = [\"harness\"] }}\n",
                toml_string(&p.to_string_lossy())
            ),
            Source::Git(url) => format!(
                "factcheck = {{ git = {}, features = [\"harness\"] }}\n",
                toml_string(url)
            ),
            Source::Placeholder => format!(
                "# PLACEHOLDER: replace the URL with factcheck's git repository (or use\n\
                 # `path = \"/where/factcheck/is\"`); `factcheck init --git URL` or --path writes it\n\
                 factcheck = {{ git = \"{PLACEHOLDER_GIT}\", features = [\"harness\"] }}\n"
            ),
        }
    }

    /// The git repository the `factcheck` command is installed from: the one given,
    /// else the placeholder.
    fn git_url(&self) -> &str {
        match self {
            Source::Git(url) => url,
            _ => PLACEHOLDER_GIT,
        }
    }

    /// The workflow step that installs the `factcheck` command.
    fn install_step(&self) -> String {
        let note = match self {
            Source::Git(_) => "",
            _ => {
                "        # PLACEHOLDER: factcheck's git repository (Cargo.toml names a local path)\n"
            }
        };
        format!(
            "      - name: Install the factcheck command\n{note}        run: cargo install --locked --git {} factcheck\n",
            yaml_string(self.git_url())
        )
    }
}

/// What `init` is asked to write.
#[derive(Debug, Clone)]
pub struct InitRequest {
    /// The desk's folder (made if missing).
    pub dir: PathBuf,
    /// Where the dependency on factcheck comes from.
    pub source: Source,
    /// The desk's name (`factcheck.toml`, the crate's name); default: the folder's.
    pub name: Option<String>,
    /// The desk's web address (`factcheck.toml`); default: a placeholder.
    pub url: Option<String>,
}

/// What `init` wrote.
#[derive(Debug, Clone)]
pub struct Created {
    /// The desk's folder, as given.
    pub dir: PathBuf,
    /// The files written, relative to it, in the order written.
    pub files: Vec<String>,
}

/// The example claim's id.
pub const EXAMPLE_ID: &str = "riverside-bridge-opened";

const CLAIMS_RS: &str = "\
//! The desk's claims as cargo tests: one test per claim in claims/, named by its id,
//! its verdict and evidence recorded as a snapshot in snapshots/. `cargo test` runs
//! them, `cargo insta review` shows what a new article changed (README.md).
factcheck::claim_tests!();
";

const EXAMPLE_CLAIM: &str = "\
# One claim: what it says, the verdict you expect the corpus to give, and the facts
# that must be found in it. `factcheck explain riverside-bridge-opened` shows how
# each fact was read; `factcheck lint` checks the file.
[[claim]]
id = \"riverside-bridge-opened\"
statement = \"The Riverside bridge opened to traffic on March 3, 2025\"
expect = \"supported\"
tags = [\"example\"]

[[claim.fact]]
say = \"the Riverside bridge opened\"
all = [\"Riverside bridge\", \"opened\"]

[[claim.fact]]
say = \"on March 3, 2025\"
all = [\"bridge\"]
date = \"2025-03-03\"
";

const EXAMPLE_ARTICLE: &str = "\
+++
title = \"Riverside bridge opens to traffic\"
outlet = \"Example Gazette\"
url = \"https://example.org/news/riverside-bridge-opens\"
published = 2025-03-04
+++
# Riverside bridge opens to traffic

The new Riverside bridge opened to traffic on March 3, 2025, after four years of construction, the city's transport office said.

About 12,000 vehicles crossed the bridge on its first day, officials said.
";

const GITIGNORE: &str = "\
/target/
# factcheck's cache of what it read in the corpus (safe to delete)
/.factcheck/
# snapshots waiting for review (cargo insta review)
*.snap.new
*.pending-snap
# reports written by the workflow
/factcheck.xml
/factcheck.sarif
/factcheck.html
";

/// The files of a desk, in the order written (before the example's snapshot).
const FILES: [&str; 9] = [
    "Cargo.toml",
    "tests/claims.rs",
    "claims/example.toml",
    "corpus/example.md",
    ".gitignore",
    "factcheck.toml",
    "README.md",
    ".github/workflows/factcheck.yml",
    ".cargo/config.toml",
];

/// The files of a desk, [`FILES`], with their contents.
fn files(req: &InitRequest, name: &str) -> Vec<(&'static str, String)> {
    let url = req
        .url
        .clone()
        .unwrap_or_else(|| "https://example.org/".to_string());
    let url_note = if req.url.is_none() {
        "# PLACEHOLDER: your desk's web address\n"
    } else {
        ""
    };
    vec![
        ("Cargo.toml", cargo_toml(&crate_name(name), &req.source)),
        ("tests/claims.rs", CLAIMS_RS.to_string()),
        ("claims/example.toml", EXAMPLE_CLAIM.to_string()),
        ("corpus/example.md", EXAMPLE_ARTICLE.to_string()),
        (".gitignore", GITIGNORE.to_string()),
        (
            "factcheck.toml",
            format!(
                "# The desk, as factcheck's published reviews name it\n\
                 # (`factcheck check --format claimreview`: the author of each review).\n\
                 [desk]\nname = {}\n{url_note}url = {}\n",
                toml_string(name),
                toml_string(&url)
            ),
        ),
        ("README.md", readme(name, &req.source)),
        (".github/workflows/factcheck.yml", workflow(&req.source)),
        (".cargo/config.toml", CARGO_CONFIG.to_string()),
    ]
}

/// Tells insta where the desk's workspace is (the desk: its Cargo.toml says
/// `[workspace]`), so no claim's test process runs `cargo metadata` to find it.
const CARGO_CONFIG: &str = "\
# insta (the claim tests' snapshots) would run `cargo metadata` in every test process
# to find the workspace; this desk is its own workspace (Cargo.toml), so say so.
[env]
INSTA_WORKSPACE_ROOT = { value = \"\", relative = true }
";

fn cargo_toml(crate_name: &str, source: &Source) -> String {
    format!(
        "# A fact-check desk: claims in claims/, articles in corpus/, one cargo test per\n\
         # claim with its snapshot in snapshots/ (README.md).\n\
         [package]\n\
         name = {}\n\
         version = \"0.1.0\"\n\
         edition = \"2024\"\n\
         publish = false\n\
         \n\
         [dev-dependencies]\n\
         {}\
         \n\
         [[test]]\n\
         name = \"claims\"\n\
         harness = false\n\
         \n\
         # its own workspace, even inside another project's folder\n\
         [workspace]\n",
        toml_string(crate_name),
        source.dependency()
    )
}

fn readme(name: &str, source: &Source) -> String {
    let git = source.git_url();
    format!(
        "# {name}\n\
\n\
A fact-check desk: claims in `claims/` (TOML), the articles they are checked against\n\
in `corpus/`, and one cargo test per claim whose verdict and evidence are recorded in\n\
`snapshots/`. Made by `factcheck init`.\n\
\n\
## Install the command\n\
\n\
```sh\n\
cargo install --locked --git {git} factcheck   # or: cargo install --path /where/factcheck/is\n\
cargo install --locked cargo-insta                          # to review snapshots\n\
```\n\
\n\
## The loop\n\
\n\
```sh\n\
cargo test                          # one test per claim: verdict == expect, snapshot unchanged\n\
factcheck corpus add article.md     # a new article arrives\n\
cargo test                          # the claims it bears on fail, with a pending snapshot each\n\
cargo insta review                  # read the new evidence; accept, or fix the claim\n\
factcheck check                     # every claim's verdict at a glance\n\
factcheck explain {EXAMPLE_ID}   # how one claim was read\n\
```\n\
\n\
A deleted or renamed claim leaves its snapshot behind: `cargo test` fails on it\n\
(`[suite] no stale snapshots`); `cargo insta test --unreferenced=delete` removes it.\n\
\n\
`factcheck.toml` names the desk in published reviews (`factcheck check --format\n\
claimreview`). `.github/workflows/factcheck.yml` runs the claim tests on every push and\n\
uploads the reports (JUnit, SARIF, HTML).\n"
    )
}

const WORKFLOW: &str = r#"# The desk's claims on every push and pull request, and the reports for people
# and machines: JUnit (test results), SARIF (code scanning), HTML (to read).
name: factcheck

on:
  push:
  pull_request:

permissions:
  contents: read
  security-events: write

jobs:
  claims:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: dtolnay/rust-toolchain@stable
      - uses: Swatinem/rust-cache@v2
{install}      - name: Claim tests (a changed snapshot fails; review it locally with cargo insta review)
        run: cargo test
      - name: Reports
        if: always()
        run: |
          factcheck check --format junit > factcheck.xml || true
          factcheck check --format sarif > factcheck.sarif || true
          factcheck check --format html > factcheck.html || true
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: factcheck-reports
          path: |
            factcheck.xml
            factcheck.sarif
            factcheck.html
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with:
          sarif_file: factcheck.sarif
          category: factcheck
"#;

fn workflow(source: &Source) -> String {
    WORKFLOW.replace("{install}", &source.install_step())
}

/// A TOML basic string (serde's TOML writer escapes it exactly).
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// A YAML double-quoted scalar (JSON's string syntax is one).
fn yaml_string(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

/// A cargo package name from a desk's name: its slug ([`slug`]: folded, so `Café`
/// is `cafe`; lowercase ASCII letters, digits, `-`), at most 64 bytes; starting with
/// a letter; `desk` when nothing is left.
pub fn crate_name(name: &str) -> String {
    let out = slug(name, 64);
    match out.chars().next() {
        None => "desk".to_string(),
        Some(c) if c.is_ascii_digit() => format!("desk-{out}"),
        Some(_) => out,
    }
}

/// The desk's name when none is given: the folder's name.
fn default_name(dir: &Path) -> String {
    std::path::absolute(dir)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "desk".to_string())
}

/// The files `init` would write that are there already, and the suite folders that
/// hold files: what a desk in `dir` would overwrite or mix with.
pub fn conflicts(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for rel in FILES {
        if dir.join(rel).symlink_metadata().is_ok() {
            found.push(rel.to_string());
        }
    }
    for sub in ["claims", "corpus", "snapshots"] {
        let holds_files = std::fs::read_dir(dir.join(sub))
            .map(|mut d| d.next().is_some())
            .unwrap_or(false);
        if holds_files && !found.iter().any(|f| f.starts_with(&format!("{sub}/"))) {
            found.push(format!("{sub}/"));
        }
    }
    found
}

/// Writes a desk in `req.dir`, or writes nothing and says which files are in the
/// way. Every file is created new (`create_new`), so a file that appears meanwhile
/// is not overwritten either.
pub fn init(req: &InitRequest) -> Result<Created, Diagnostic> {
    let dir = &req.dir;
    if dir.exists() && !dir.is_dir() {
        return Err(Diagnostic::file(
            dir,
            "is not a folder; nothing was written",
        ));
    }
    // the desk's settings, from --name and --url, must be settings factcheck reads
    let name = req.name.clone().unwrap_or_else(|| default_name(dir));
    let files = files(req, &name);
    if let Some((rel, text)) = files
        .iter()
        .find(|(rel, _)| *rel == crate::suite::config::FILE)
    {
        crate::suite::config::parse(&dir.join(rel), text).map_err(|d| {
            d.note("factcheck.toml is written from --name and --url; nothing was written")
        })?;
    }
    let in_the_way = conflicts(dir);
    if !in_the_way.is_empty() {
        return Err(Diagnostic::file(
            dir,
            format!(
                "init would overwrite {}",
                in_the_way
                    .iter()
                    .map(|f| format!("`{}`", escaped(f)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
        .help("run it in an empty folder, or move those files away first"));
    }
    let mut written = Vec::new();
    for (rel, text) in files {
        write_new(dir, rel, text.as_bytes())?;
        written.push(rel.to_string());
    }
    // the example's snapshot, recorded by the library as the harness would
    let paths = Paths::new(dir, None, None);
    let report = crate::check::run(&paths, &[]).map_err(|diags| {
        Diagnostic::file(
            dir,
            format!(
                "the example suite does not load: {}",
                diags.iter().map(|d| d.to_string()).collect::<String>()
            ),
        )
    })?;
    for rec in &report.claims {
        let rel = format!("snapshots/{}.snap", rec.id);
        write_new(dir, &rel, snapshot_file(rec).as_bytes())?;
        written.push(rel);
    }
    Ok(Created {
        dir: dir.clone(),
        files: written,
    })
}

/// One claim's snapshot file as insta writes it from a desk's `tests/claims.rs`.
pub fn snapshot_file(rec: &report::ClaimRecord) -> String {
    format!(
        "---\nsource: tests/claims.rs\ndescription: {}\ninput_file: {}\n---\n{}",
        yaml_string(&rec.statement),
        rec.file,
        report::snapshot(rec)
    )
}

fn write_new(dir: &Path, rel: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
    let path = dir.join(rel);
    let fail = |e: std::io::Error| Diagnostic::file(&path, format!("cannot write it: {e}"));
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(fail)?;
    }
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(fail)?;
    f.write_all(bytes).map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_files_written_are_the_files_listed() {
        let req = InitRequest {
            dir: PathBuf::from("desk"),
            source: Source::Placeholder,
            name: None,
            url: None,
        };
        let written: Vec<&str> = files(&req, "desk").iter().map(|f| f.0).collect();
        assert_eq!(written, FILES);
    }

    #[test]
    fn crate_names_are_cargo_package_names() {
        assert_eq!(crate_name("My Desk"), "my-desk");
        assert_eq!(crate_name("2025 checks!"), "desk-2025-checks");
        assert_eq!(crate_name("a__b"), "a-b");
        // letters with diacritics are folded, not dropped
        assert_eq!(crate_name("ÉÉ"), "ee");
        assert_eq!(crate_name("Vérification Café"), "verification-cafe");
        assert_eq!(crate_name("!!! ¿?"), "desk");
        assert_eq!(crate_name("日本"), "desk");
        assert!(crate_name(&"long name ".repeat(20)).len() <= 64);
    }
}
