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
    let before = listing(s.path());
    let o = s.run(&["check"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert_eq!(listing(s.path()), before, "check writes nothing");
    assert!(out.contains("✗ contradicted signed"), "{out}");
    assert!(out.contains("expected:  supported"), "{out}");
    assert!(out.contains("negated by \"no\""), "{out}");
    assert!(out.contains("✓ supported    held"), "{out}");
    assert!(
        out.contains("FAILED: 2 claims over 1 document: 1 met, 1 failed"),
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
    assert!(err.contains("/claims/c.toml:4:1"), "{err}");
    assert!(err.contains("did you mean `expect`?"), "{err}");
    assert!(
        err.contains("/claims/d.toml:4:18"),
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
    assert!(err.contains("/corpus/a.txt:3:1"), "{err}");
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

fn listing(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            } else {
                out.push((e.path(), std::fs::read(e.path()).unwrap()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn corpus_add_writes_front_matter_and_a_readable_id() {
    let s = TempSuite::new()
        .file(
            "claims/c.toml",
            "[[claim]]\nid = \"x\"\nstatement = \"talks\"\n",
        )
        .file("corpus/a.txt", ARTICLE)
        .file("in/new article.txt", "Lebanon hails outcome of talks.\n");
    let new = s.path().join("in/new article.txt");
    let o = s.run(&[
        "corpus",
        "add",
        new.to_str().unwrap(),
        "--outlet",
        "KJFK News",
        "--published",
        "2025-11-24",
        "--title",
        "Lebanon hails outcome of Ras En Nakura talks",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let id = "2025-11-24-kjfk-news-lebanon-hails-outcome-of-ras-en-nakura";
    assert_eq!(stdout(&o), format!("added corpus/{id}.txt as `{id}`\n"));
    let written = std::fs::read_to_string(s.path().join(format!("corpus/{id}.txt"))).unwrap();
    assert_eq!(
        written,
        "+++\ntitle = \"Lebanon hails outcome of Ras En Nakura talks\"\noutlet = \"KJFK News\"\npublished = 2025-11-24\n+++\nLebanon hails outcome of talks.\n"
    );
    // without metadata the id comes from the file name
    let other = s.path().join("in/Other Piece.txt");
    std::fs::write(&other, "Something else entirely.").unwrap();
    let o = s.run(&["corpus", "add", other.to_str().unwrap()]);
    assert_eq!(
        stdout(&o),
        "added corpus/other-piece.txt as `other-piece`\n"
    );
    assert_eq!(
        std::fs::read_to_string(s.path().join("corpus/other-piece.txt")).unwrap(),
        "Something else entirely."
    );
}

#[test]
fn corpus_add_never_overwrites_or_duplicates() {
    let s = TempSuite::new()
        .file("claims/c.toml", "[[claim]]\nid = \"x\"\nstatement = \"talks\"\n")
        .file("corpus/a.txt", ARTICLE)
        .file("in/copy.txt", "+++\ntitle = \"Syndicated\"\n+++\nTalks were held   in Naqura on\nDecember 3, 2025.\nNo formal agreements were signed.")
        .file("in/a.txt", "Different text.")
        .file("in/empty.txt", " \n\n")
        .file("in/blob.txt", "");
    std::fs::write(s.path().join("in/blob.txt"), b"\x00\x01binary").unwrap();
    std::fs::write(s.path().join("in/latin1.txt"), b"caf\xe9").unwrap();
    let before = listing(&s.path().join("corpus"));
    let p = |n: &str| s.path().join("in").join(n).to_str().unwrap().to_string();

    let o = s.run(&["corpus", "add", &p("a.txt")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("a document with id `a` is already in the corpus"),
        "{}",
        stderr(&o)
    );

    let o = s.run(&["corpus", "add", &p("copy.txt")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("already in the corpus as `a`"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));

    let o = s.run(&["corpus", "add", &p("empty.txt")]);
    assert!(
        stderr(&o).contains("the article is empty"),
        "{}",
        stderr(&o)
    );
    let o = s.run(&["corpus", "add", &p("blob.txt")]);
    assert!(stderr(&o).contains("not a text file"), "{}", stderr(&o));
    let o = s.run(&["corpus", "add", &p("latin1.txt")]);
    assert!(
        stderr(&o).contains("not valid UTF-8 at byte offset 3"),
        "{}",
        stderr(&o)
    );
    let o = s.run(&[
        "corpus",
        "add",
        &p("a.txt"),
        "--published",
        "yesterday",
        "--id",
        "b",
    ]);
    assert!(
        stderr(&o).contains("--published: `yesterday` is not a date"),
        "{}",
        stderr(&o)
    );
    let o = s.run(&["corpus", "add", &p("a.txt"), "--id", "../outside"]);
    assert!(
        stderr(&o).contains("not a usable document id"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        listing(&s.path().join("corpus")),
        before,
        "nothing was written"
    );

    let o = s.run(&[
        "corpus",
        "add",
        &p("copy.txt"),
        "--force",
        "--outlet",
        "AFP",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("same text as `a`; added as a syndicated copy"));
    assert!(s.path().join("corpus/afp-syndicated.txt").is_file());
}

const SYNDICATED: &str = "Officials confirmed talks in Naqura.\n";

#[test]
fn sources_count_outlets_not_copies() {
    let claim = "[[claim]]\nid = \"two\"\nstatement = \"talks in Naqura\"\nsources = 2\n";
    let verdict = |s: &TempSuite| {
        let o = s.run(&["check", "--format", "json"]);
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        v["claims"][0]["verdict"].as_str().unwrap().to_string()
    };
    let same = TempSuite::new()
        .file("claims/c.toml", claim)
        .file(
            "corpus/a.txt",
            &format!("+++\noutlet = \"AFP\"\n+++\n{SYNDICATED}"),
        )
        .file(
            "corpus/b.txt",
            &format!("+++\noutlet = \"afp\"\n+++\n{SYNDICATED}"),
        );
    assert_eq!(
        verdict(&same),
        "partial",
        "a syndicated copy under the same outlet is one source"
    );
    let two = TempSuite::new()
        .file("claims/c.toml", claim)
        .file(
            "corpus/a.txt",
            &format!("+++\noutlet = \"AFP\"\n+++\n{SYNDICATED}"),
        )
        .file(
            "corpus/b.txt",
            &format!("+++\noutlet = \"Reuters\"\n+++\n{SYNDICATED}"),
        );
    assert_eq!(verdict(&two), "supported");
    let no_outlet = TempSuite::new()
        .file("claims/c.toml", claim)
        .file("corpus/a.txt", SYNDICATED)
        .file("corpus/b.txt", SYNDICATED);
    assert_eq!(
        verdict(&no_outlet),
        "supported",
        "documents without an outlet count one each"
    );
}

#[test]
fn a_year_less_date_takes_the_published_year() {
    let s = TempSuite::new()
        .file(
            "claims/c.toml",
            "[[claim]]\nid = \"y2024\"\nstatement = \"strike on November 19, 2024\"\n\
             [[claim]]\nid = \"y2025\"\nstatement = \"strike on November 19, 2025\"\n",
        )
        .file(
            "corpus/a.txt",
            "+++\npublished = \"2024-11-20\"\n+++\nThe strike came on November 19.\n",
        );
    let o = s.run(&["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["claims"][0]["verdict"], "supported");
    let e = &v["claims"][0]["facts"][0]["evidence"][0];
    assert_eq!(
        e["reason"],
        "\"November 19\" read as 2024-11-19 (year from `published`)"
    );
    assert_eq!(v["claims"][1]["verdict"], "contradicted");
    assert_eq!(
        v["claims"][1]["facts"][0]["evidence"][0]["reason"],
        "date 2024-11-19 ≠ 2025-11-19"
    );
}

#[test]
fn impact_reports_changes_without_writing() {
    let s = TempSuite::new()
        .file(
            "claims/c.toml",
            "[[claim]]\nid = \"held\"\nstatement = \"talks held in Naqura\"\nexpect = \"supported\"\n\
             [[claim]]\nid = \"geneva\"\nstatement = \"talks held in Geneva\"\nexpect = \"unverified\"\n\
             [[claim]]\nid = \"other\"\nstatement = \"football results\"\nexpect = \"unverified\"\n",
        )
        .file("corpus/a.txt", ARTICLE)
        .file("new/g.txt", "Talks were held in Geneva on Monday.\n");
    let before = listing(s.path());
    let new = s.path().join("new/g.txt");
    let o = s.run(&["impact", new.to_str().unwrap()]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("geneva  unverified → supported"), "{out}");
    assert!(
        out.contains("+ fact 1 (talks held in Geneva): supports new/g.txt:1:1"),
        "{out}"
    );
    assert!(
        out.contains("1 of 3 claims would change (1 verdict flip), 2 unchanged"),
        "{out}"
    );
    let o = s.run(&[
        "impact",
        "--fail-on-change",
        "--format",
        "json",
        new.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["flipped"], 1);
    assert_eq!(v["changed"][0]["added"][0]["doc"], "g");
    assert_eq!(
        v["changed"][0]["added"][0]["quote"],
        "Talks were held in Geneva on Monday."
    );
    assert_eq!(listing(s.path()), before, "impact writes nothing");
    let o = s.run(&["impact", s.path().join("corpus/a.txt").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`a` is already a corpus document"));
}

#[test]
fn explain_marks_matches_reasons_and_near_misses() {
    let s = TempSuite::new()
        .file(
            "claims/c.toml",
            "[aliases]\nnaq = [\"Naqoura\"]\n[[claim]]\nid = \"c\"\nstatement = \"s\"\n\
             [[claim.fact]]\nsay = \"signed\"\nall = [\"formal agreements\", \"signed\"]\n\
             [[claim.fact]]\nsay = \"in Naqoura\"\nall = [\"talks\", \"@naq\"]\n",
        )
        .file("corpus/a.txt", ARTICLE);
    let o = s.run(&["explain", "c"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(out.contains("fact 1: signed → contradicted"), "{out}");
    assert!(
        out.contains("No ⟦formal agreements⟧ were ⟦signed⟧."),
        "{out}"
    );
    assert!(out.contains("reason: negated by \"no\""), "{out}");
    assert!(out.contains("fact 2: in Naqoura → missing"), "{out}");
    assert!(
        out.contains("⟦Talks⟧ were held in Naqura on December 3, 2025."),
        "{out}"
    );
    assert!(
        out.contains("found: talks; missing: @naq"),
        "the missing alias variant is obvious: {out}"
    );
    let o = s.run(&["explain", "d"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn reports_do_not_depend_on_file_system_order_or_line_endings() {
    let claims = std::fs::read_dir(repo().join("claims"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect::<Vec<_>>();
    let corpus = std::fs::read_dir(repo().join("corpus"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect::<Vec<_>>();
    let build = |reverse: bool, crlf: bool| {
        let s = TempSuite::new();
        let mut files: Vec<(String, Vec<u8>)> = Vec::new();
        for p in &claims {
            files.push((
                format!("claims/{}", p.file_name().unwrap().to_string_lossy()),
                std::fs::read(p).unwrap(),
            ));
        }
        for p in &corpus {
            let mut bytes = std::fs::read(p).unwrap();
            if crlf {
                bytes = String::from_utf8(bytes)
                    .unwrap()
                    .replace('\n', "\r\n")
                    .into_bytes();
            }
            files.push((
                format!("corpus/{}", p.file_name().unwrap().to_string_lossy()),
                bytes,
            ));
        }
        files.sort();
        if reverse {
            files.reverse();
        }
        for (rel, bytes) in files {
            std::fs::write(s.path().join(rel), bytes).unwrap();
        }
        s
    };
    let json = |s: &TempSuite| -> serde_json::Value {
        let o = s.run(&["check", "--format", "json"]);
        serde_json::from_slice(&o.stdout).unwrap()
    };
    let forward = build(false, false);
    let backward = build(true, false);
    assert_eq!(
        forward.run(&["check", "--format", "json"]).stdout,
        backward.run(&["check", "--format", "json"]).stdout
    );
    assert_eq!(
        forward.run(&["check"]).stdout,
        backward.run(&["check"]).stdout
    );

    // a CRLF copy: offsets move, verdicts and quotes do not
    let crlf = build(false, true);
    let (a, b) = (json(&forward), json(&crlf));
    // (claim id, verdict, [(doc, quote)])
    type View = Vec<(String, String, Vec<(String, String)>)>;
    let view = |v: &serde_json::Value| -> View {
        v["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let ev = c["facts"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .flat_map(|f| f["evidence"].as_array().unwrap().iter())
                    .map(|e| {
                        (
                            e["doc"].to_string(),
                            e["quote"].as_str().unwrap().replace("\r\n", "\n"),
                        )
                    })
                    .collect();
                (c["id"].to_string(), c["verdict"].to_string(), ev)
            })
            .collect()
    };
    assert_eq!(view(&a), view(&b));
    assert_ne!(a, b, "offsets do differ");
}

#[test]
fn text_reports_are_identical_for_any_thread_count() {
    let run = |threads: &str| {
        bin()
            .arg("check")
            .env("RAYON_NUM_THREADS", threads)
            .current_dir(repo())
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run("1"), run("3"));
}

#[test]
fn lint_on_the_repository_suite_has_no_errors() {
    let o = bin().arg("lint").current_dir(repo()).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains(" claims, ") && out.contains(" documents: "),
        "{out}"
    );
}
