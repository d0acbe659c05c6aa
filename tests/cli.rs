//! Integration tests that run the real `factcheck` binary, on the repository's own
//! suite and on small suites written into temporary folders.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_factcheck"));
    c.env_remove("CLICOLOR_FORCE").env("NO_COLOR", "1");
    c
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// A suite in a temporary folder.
struct TempSuite {
    dir: tempfile::TempDir,
}

impl TempSuite {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("claims")).unwrap();
        std::fs::create_dir(dir.path().join("corpus")).unwrap();
        Self { dir }
    }

    fn file(self, rel: &str, contents: &str) -> Self {
        let p = self.dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, contents).unwrap();
        self
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn run(&self, args: &[&str]) -> Output {
        bin()
            .args(args)
            .arg("--root")
            .arg(self.path())
            .output()
            .unwrap()
    }
}

const ARTICLE: &str =
    "Talks were held in Naqura on December 3, 2025.\nNo formal agreements were signed.\n";

#[test]
fn checks_the_repository_suite() {
    let o = bin().arg("check").current_dir(repo()).output().unwrap();
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}{}", stderr(&o));
    assert!(out.starts_with("claims/"), "grouped by file: {out}");
    assert!(out.contains("✓ supported    dec3-civilian-talks"), "{out}");
    assert!(out.contains("\nok: "), "{out}");
    assert!(!out.contains('\x1b'), "no colour when piped or NO_COLOR");
}

#[test]
fn json_report_is_version_1_and_every_quote_is_the_file_bytes() {
    let o = bin()
        .args(["check", "--format", "json"])
        .current_dir(repo())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["version"], 1);
    for key in ["claims", "documents", "met", "failed", "verdicts"] {
        assert!(v["summary"].get(key).is_some(), "summary.{key}");
    }
    let claims = v["claims"].as_array().unwrap();
    assert!(claims.len() >= 40);
    let mut checked = 0;
    for c in claims {
        for key in [
            "id",
            "file",
            "line",
            "statement",
            "expect",
            "verdict",
            "met",
            "sources",
            "facts",
        ] {
            assert!(c.get(key).is_some(), "claim.{key}");
        }
        for f in c["facts"].as_array().unwrap() {
            for e in f["evidence"].as_array().unwrap() {
                let bytes = std::fs::read(repo().join(e["path"].as_str().unwrap())).unwrap();
                let text = String::from_utf8(bytes).unwrap();
                let (start, end) = (
                    e["start"].as_u64().unwrap() as usize,
                    e["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(&text[start..end], e["quote"].as_str().unwrap());
                let line_col = |off: usize| {
                    let before = &text[..off];
                    let line = before.matches('\n').count() + 1;
                    let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
                    (line as u64, col as u64)
                };
                assert_eq!(
                    line_col(start),
                    (e["line"].as_u64().unwrap(), e["col"].as_u64().unwrap())
                );
                assert_eq!(
                    line_col(end),
                    (
                        e["end_line"].as_u64().unwrap(),
                        e["end_col"].as_u64().unwrap()
                    )
                );
                for h in e["hits"].as_array().unwrap() {
                    let (hs, he) = (
                        h["start"].as_u64().unwrap() as usize,
                        h["end"].as_u64().unwrap() as usize,
                    );
                    assert!(start <= hs && he <= end, "hit inside its window");
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} pieces of evidence");
}

#[test]
fn only_selects_by_id_and_tag() {
    let o = bin()
        .args(["check", "--format", "json", "--only", "dec3-civilian-talks"])
        .current_dir(repo())
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["claims"], 1);
    let o = bin()
        .args(["check", "--only", "no-such-claim"])
        .current_dir(repo())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no claim id or tag `no-such-claim`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn reports_are_identical_for_any_thread_count() {
    let run = |threads: &str| {
        bin()
            .args(["check", "--format", "json"])
            .env("RAYON_NUM_THREADS", threads)
            .current_dir(repo())
            .output()
            .unwrap()
            .stdout
    };
    let one = run("1");
    assert_eq!(one, run("4"));
    assert_eq!(one, run("1"));
}

#[test]
fn exit_1_when_a_claim_misses_its_expect() {
    let s = TempSuite::new()
        .file("corpus/a.txt", ARTICLE)
        .file(
            "claims/c.toml",
            "[[claim]]\nid = \"signed\"\nstatement = \"Formal agreements were signed\"\nexpect = \"supported\"\n\
             [[claim.fact]]\nall = [\"formal agreements\", \"signed\"]\n\n\
             [[claim]]\nid = \"held\"\nstatement = \"Talks held in Naqura on December 3, 2025\"\nexpect = \"supported\"\n",
        );
    let o = s.run(&["check"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("✗ contradicted signed"), "{out}");
    assert!(out.contains("expected:  supported"), "{out}");
    assert!(out.contains("negated by \"No\""), "{out}");
    assert!(out.contains("✓ supported    held"), "{out}");
    assert!(
        out.contains("FAILED: 2 claims over 1 documents: 1 met, 1 failed"),
        "{out}"
    );
}

#[test]
fn bad_claims_exit_2_naming_file_line_and_column() {
    let s = TempSuite::new()
        .file("corpus/a.txt", ARTICLE)
        .file(
            "claims/c.toml",
            "[[claim]]\nid = \"x\"\nstatement = \"y z\"\nexpcet = \"supported\"\n",
        )
        .file(
            "claims/d.toml",
            "[[claim]]\nid = \"w\"\nstatement = \"q\"\nfact = [{ all = [\"@nope\"] }]\n",
        );
    let o = s.run(&["check"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("--> claims/c.toml:4:1"), "{err}");
    assert!(err.contains("did you mean `expect`?"), "{err}");
    assert!(
        err.contains("--> claims/d.toml:4:18"),
        "every file reported: {err}"
    );
    assert!(err.contains("2 problems found"), "{err}");
    assert!(stdout(&o).is_empty());
}

#[test]
fn bad_documents_exit_2() {
    let s = TempSuite::new()
        .file(
            "claims/c.toml",
            "[[claim]]\nid = \"x\"\nstatement = \"talks\"\n",
        )
        .file(
            "corpus/a.txt",
            "+++\noutlet = \"X\"\npublishd = 2025-01-01\n+++\nbody\n",
        );
    std::fs::write(s.path().join("corpus/b.txt"), b"ok \xff\xfe").unwrap();
    let o = s.run(&["check"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("--> corpus/a.txt:3:1"), "{err}");
    assert!(err.contains("did you mean `published`?"), "{err}");
    assert!(err.contains("corpus/b.txt"), "{err}");
    assert!(err.contains("not valid UTF-8 at byte offset 3"), "{err}");
}

#[test]
fn missing_folders_are_one_line_errors() {
    let dir = tempfile::tempdir().unwrap();
    let o = bin()
        .args(["check", "--root"])
        .arg(dir.path())
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(err.contains("claims folder not found"), "{err}");
    assert!(err.contains("corpus folder not found"), "{err}");
}

#[test]
fn claims_and_corpus_flags_override_the_root() {
    let s = TempSuite::new()
        .file("mine/c.toml", "[[claim]]\nid = \"held\"\nstatement = \"talks held in Naqura\"\nexpect = \"supported\"\n")
        .file("articles/x/a.md", ARTICLE);
    let o = bin()
        .current_dir(s.path())
        .args([
            "check", "--claims", "mine", "--corpus", "articles", "--format", "json",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let e = &v["claims"][0]["facts"][0]["evidence"][0];
    assert_eq!(e["doc"], "x/a");
    assert_eq!(e["path"], "articles/x/a.md");
}

#[test]
fn colour_is_used_only_when_forced_or_on_a_terminal() {
    let o = bin()
        .env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "1")
        .arg("check")
        .current_dir(repo())
        .output()
        .unwrap();
    assert!(stdout(&o).contains("\x1b[32m"), "forced colour");
}
