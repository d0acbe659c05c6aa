//! The real binary on the fixture desk (`tests/fixtures/desk/`) and on small suites in temporary
//! folders: reports, exit statuses, `--only`, locations, colour, `corpus add`,
//! sources, dates, `impact`, `explain`, `lint`, determinism.

use crate::util::{Suite, desk, factcheck};

const ARTICLE: &str =
    "Talks were held in Naqura on December 3, 2025.\nNo formal agreements were signed.\n";

#[test]
fn checks_the_fixture_desk() {
    let r = Suite::desk()
        .run(&["check"])
        .status(0)
        .stdout_has("✓ supported    dec3-civilian-talks")
        .stdout_has("\nok: ");
    let out = r.out();
    assert!(out.starts_with("claims/"), "grouped by file: {out}");
    assert!(!out.contains('\x1b'), "no colour when piped or NO_COLOR");
}

#[test]
fn json_report_is_version_1_and_every_quote_is_the_file_bytes() {
    let v = Suite::desk()
        .run(&["check", "--format", "json"])
        .status(0)
        .json();
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
                let bytes = std::fs::read(desk().join(e["path"].as_str().unwrap())).unwrap();
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
    let repo = Suite::desk();
    let v = repo
        .run(&["check", "--format", "json", "--only", "dec3-civilian-talks"])
        .json();
    assert_eq!(v["summary"]["claims"], 1);
    repo.run(&["check", "--only", "no-such-claim"])
        .status(2)
        .stderr_has("no claim id or tag `no-such-claim`");
}

#[test]
fn reports_are_identical_for_any_thread_count() {
    let run = |threads: &str| {
        Suite::desk()
            .env("RAYON_NUM_THREADS", Some(threads))
            .run(&["check", "--format", "json"])
            .stdout
    };
    let one = run("1");
    assert_eq!(one, run("4"));
    assert_eq!(one, run("1"));
}

#[test]
fn text_reports_are_identical_for_any_thread_count() {
    let run = |threads: &str| {
        Suite::desk()
            .env("RAYON_NUM_THREADS", Some(threads))
            .run(&["check"])
            .stdout
    };
    assert_eq!(run("1"), run("3"));
}

#[test]
fn exit_1_when_a_claim_misses_its_expect() {
    let s = Suite::new().article("a.txt", ARTICLE).claims(
        "c.toml",
        "[[claim]]\nid = \"signed\"\nstatement = \"Formal agreements were signed\"\nexpect = \"supported\"\n\
         [[claim.fact]]\nall = [\"formal agreements\", \"signed\"]\n\n\
         [[claim]]\nid = \"held\"\nstatement = \"Talks held in Naqura on December 3, 2025\"\nexpect = \"supported\"\n",
    );
    let before = s.listing();
    s.run(&["check"])
        .status(1)
        .stdout_has("✗ contradicted signed")
        .stdout_has("expected:  supported")
        .stdout_has("negated by \"no\"")
        .stdout_has("✓ supported    held")
        .stdout_has("FAILED: 2 claims over 1 document: 1 met, 1 failed");
    assert_eq!(s.user_files(), before, "check writes nothing but its cache");
    assert!(s.path().join(".factcheck/cache/docs.bin").is_file());
    // --no-cache neither reads nor writes it
    std::fs::remove_dir_all(s.path().join(".factcheck")).unwrap();
    s.run(&["check", "--no-cache"]).status(1);
    assert_eq!(s.listing(), before, "check --no-cache writes nothing");
}

#[test]
fn bad_claims_exit_2_naming_file_line_and_column() {
    let s = Suite::new()
        .article("a.txt", ARTICLE)
        .claims(
            "c.toml",
            "[[claim]]\nid = \"x\"\nstatement = \"y z\"\nexpcet = \"supported\"\n",
        )
        .claims(
            "d.toml",
            "[[claim]]\nid = \"w\"\nstatement = \"q\"\nfact = [{ all = [\"@nope\"] }]\n",
        );
    let r = s
        .run(&["check"])
        .status(2)
        .stderr_has("claims/c.toml:4:1")
        .stderr_has("did you mean `expect`?")
        .stderr_has("claims/d.toml:4:18")
        .stderr_has("2 problems found");
    assert!(r.stdout.is_empty());
    // run from elsewhere with --root, paths still open from the current directory
    let root = s.path().to_str().unwrap();
    s.run(&["check", "--root", root])
        .status(2)
        .stderr_has(&format!("{root}/claims/c.toml:4:1"));
}

#[test]
fn bad_documents_exit_2() {
    Suite::new()
        .claims("c.toml", "[[claim]]\nid = \"x\"\nstatement = \"talks\"\n")
        .article(
            "a.txt",
            "+++\noutlet = \"X\"\npublishd = 2025-01-01\n+++\nbody\n",
        )
        .article("b.txt", b"ok \xff\xfe")
        .run(&["check"])
        .status(2)
        .stderr_has("corpus/a.txt:3:1")
        .stderr_has("did you mean `published`?")
        .stderr_has("corpus/b.txt")
        .stderr_has("not valid UTF-8 at byte offset 3");
}

#[test]
fn missing_folders_are_one_line_errors() {
    Suite::bare()
        .run(&["check"])
        .status(2)
        .stderr_has("claims folder not found")
        .stderr_has("corpus folder not found");
}

#[test]
fn claims_and_corpus_flags_override_the_root() {
    let v = Suite::new()
        .file("mine/c.toml", "[[claim]]\nid = \"held\"\nstatement = \"talks held in Naqura\"\nexpect = \"supported\"\n")
        .file("articles/x/a.md", ARTICLE)
        .run(&["check", "--claims", "mine", "--corpus", "articles", "--format", "json"])
        .status(0)
        .json();
    let e = &v["claims"][0]["facts"][0]["evidence"][0];
    assert_eq!(e["doc"], "x/a");
    assert_eq!(e["path"], "articles/x/a.md");
}

#[test]
fn colour_is_used_only_when_forced_or_on_a_terminal() {
    Suite::desk()
        .env("NO_COLOR", None)
        .env("CLICOLOR_FORCE", Some("1"))
        .run(&["check"])
        .stdout_has("\x1b[32m");
}

#[test]
fn corpus_add_writes_front_matter_and_a_readable_id() {
    let s = Suite::new()
        .claims("c.toml", "[[claim]]\nid = \"x\"\nstatement = \"talks\"\n")
        .article("a.txt", ARTICLE)
        .file("in/new article.txt", "Lebanon hails outcome of talks.\n");
    let id = "2025-11-24-kjfk-news-lebanon-hails-outcome-of-ras-en-nakura";
    s.run(&[
        "corpus",
        "add",
        "in/new article.txt",
        "--outlet",
        "KJFK News",
        "--published",
        "2025-11-24",
        "--title",
        "Lebanon hails outcome of Ras En Nakura talks",
    ])
    .status(0)
    .stdout_is(&format!("added corpus/{id}.txt as `{id}`\n"));
    let written = std::fs::read_to_string(s.path().join(format!("corpus/{id}.txt"))).unwrap();
    assert_eq!(
        written,
        "+++\ntitle = \"Lebanon hails outcome of Ras En Nakura talks\"\noutlet = \"KJFK News\"\npublished = 2025-11-24\n+++\nLebanon hails outcome of talks.\n"
    );
    // without metadata the id comes from the file name
    let s = s.file("in/Other Piece.txt", "Something else entirely.");
    s.run(&["corpus", "add", "in/Other Piece.txt"])
        .stdout_is("added corpus/other-piece.txt as `other-piece`\n");
    assert_eq!(
        std::fs::read_to_string(s.path().join("corpus/other-piece.txt")).unwrap(),
        "Something else entirely."
    );
}

#[test]
fn corpus_add_never_overwrites_or_duplicates() {
    let s = Suite::new()
        .claims("c.toml", "[[claim]]\nid = \"x\"\nstatement = \"talks\"\n")
        .article("a.txt", ARTICLE)
        .file("in/copy.txt", "+++\ntitle = \"Syndicated\"\n+++\nTalks were held   in Naqura on\nDecember 3, 2025.\nNo formal agreements were signed.")
        .file("in/a.txt", "Different text.")
        .file("in/empty.txt", " \n\n")
        .file("in/blob.txt", b"\x00\x01binary")
        .file("in/latin1.txt", b"caf\xe9");
    let before = crate::util::listing(&s.path().join("corpus"));
    s.run(&["corpus", "add", "in/a.txt"])
        .status(2)
        .stderr_has("a document with id `a` is already in the corpus");
    s.run(&["corpus", "add", "in/copy.txt"])
        .status(2)
        .stderr_has("already in the corpus as `a`")
        .stderr_has("--force");
    s.run(&["corpus", "add", "in/empty.txt"])
        .stderr_has("the article is empty");
    s.run(&["corpus", "add", "in/blob.txt"])
        .stderr_has("not a text file");
    s.run(&["corpus", "add", "in/latin1.txt"])
        .stderr_has("not valid UTF-8 at byte offset 3");
    s.run(&[
        "corpus",
        "add",
        "in/a.txt",
        "--published",
        "yesterday",
        "--id",
        "b",
    ])
    .stderr_has("--published: `yesterday` is not a date");
    s.run(&["corpus", "add", "in/a.txt", "--id", "../outside"])
        .stderr_has("not a usable document id");
    assert_eq!(
        crate::util::listing(&s.path().join("corpus")),
        before,
        "nothing was written"
    );
    s.run(&["corpus", "add", "in/copy.txt", "--force", "--outlet", "AFP"])
        .status(0)
        .stdout_has("same text as `a`; added as a syndicated copy");
    assert!(s.path().join("corpus/afp-syndicated.txt").is_file());
}

const SYNDICATED: &str = "Officials confirmed talks in Naqura.\n";

#[test]
fn sources_count_outlets_not_copies() {
    let claim = "[[claim]]\nid = \"two\"\nstatement = \"talks in Naqura\"\nsources = 2\n";
    let verdict = |a: String, b: String| {
        let v = Suite::new()
            .claims("c.toml", claim)
            .article("a.txt", a)
            .article("b.txt", b)
            .run(&["check", "--format", "json"])
            .json();
        v["claims"][0]["verdict"].as_str().unwrap().to_string()
    };
    let with = |outlet: &str| format!("+++\noutlet = \"{outlet}\"\n+++\n{SYNDICATED}");
    assert_eq!(
        verdict(with("AFP"), with("afp")),
        "partial",
        "a syndicated copy under the same outlet is one source"
    );
    const OTHER: &str = "Negotiators met again for talks in Naqura on Friday, a diplomat said.\n";
    let other = |outlet: &str| format!("+++\noutlet = \"{outlet}\"\n+++\n{OTHER}");
    assert_eq!(verdict(with("AFP"), other("Reuters")), "supported");
    assert_eq!(
        verdict(SYNDICATED.into(), OTHER.into()),
        "supported",
        "documents without an outlet count one each"
    );
    assert_eq!(
        verdict(with("AFP"), with("Reuters")),
        "partial",
        "the same text under two outlets is one source (near-identical text)"
    );
}

#[test]
fn a_year_less_date_takes_the_published_year() {
    let v = Suite::new()
        .claims(
            "c.toml",
            "[[claim]]\nid = \"y2024\"\nstatement = \"strike on November 19, 2024\"\n\
             [[claim]]\nid = \"y2025\"\nstatement = \"strike on November 19, 2025\"\n",
        )
        .article(
            "a.txt",
            "+++\npublished = \"2024-11-20\"\n+++\nThe strike came on November 19.\n",
        )
        .run(&["check", "--format", "json"])
        .json();
    assert_eq!(v["claims"][0]["verdict"], "supported");
    assert_eq!(
        v["claims"][0]["facts"][0]["evidence"][0]["reason"],
        "\"November 19\" read as 2024-11-19 (published 2024-11-20)"
    );
    assert_eq!(v["claims"][1]["verdict"], "contradicted");
    assert_eq!(
        v["claims"][1]["facts"][0]["evidence"][0]["reason"],
        "date \"November 19\" read as 2024-11-19 (published 2024-11-20) ≠ 2025-11-19"
    );
}

#[test]
fn impact_reports_changes_without_writing() {
    let s = Suite::new()
        .claims(
            "c.toml",
            "[[claim]]\nid = \"held\"\nstatement = \"talks held in Naqura\"\nexpect = \"supported\"\n\
             [[claim]]\nid = \"geneva\"\nstatement = \"talks held in Geneva\"\nexpect = \"unverified\"\n\
             [[claim]]\nid = \"other\"\nstatement = \"football results\"\nexpect = \"unverified\"\n",
        )
        .article("a.txt", ARTICLE)
        .file("new/g.txt", "Talks were held in Geneva on Monday.\n");
    let before = s.listing();
    s.run(&["impact", "new/g.txt"])
        .status(0)
        .stdout_has("geneva  unverified → supported")
        .stdout_has("+ fact 1 (talks held in Geneva): supports new/g.txt:1:1")
        .stdout_has("1 of 3 claims would change (1 verdict flip), 2 unchanged");
    // with front matter added, the evidence is in the file `corpus add` would write:
    // named by it, at its line (after the front matter), never at a line of new/g.txt
    s.run(&["impact", "new/g.txt", "--outlet", "City Wire"])
        .status(0)
        .stdout_has("new article corpus/city-wire.txt (as `city-wire`)")
        .stdout_has("supports corpus/city-wire.txt:4:1");
    let v = s
        .run(&[
            "impact",
            "--fail-on-change",
            "--format",
            "json",
            "new/g.txt",
        ])
        .status(1)
        .json();
    assert_eq!(v["summary"]["flipped"], 1);
    assert_eq!(v["changed"][0]["added"][0]["doc"], "g");
    assert_eq!(
        v["changed"][0]["added"][0]["quote"],
        "Talks were held in Geneva on Monday."
    );
    assert_eq!(
        s.user_files(),
        before,
        "impact writes nothing but the cache"
    );
    s.run(&["impact", "corpus/a.txt"])
        .status(2)
        .stderr_has("`a` is already a corpus document");
}

#[test]
fn explain_marks_matches_reasons_and_near_misses() {
    let s = Suite::new()
        .claims(
            "c.toml",
            "[aliases]\nnaq = [\"Naqoura\"]\n[[claim]]\nid = \"c\"\nstatement = \"s\"\n\
             [[claim.fact]]\nsay = \"signed\"\nall = [\"formal agreements\", \"signed\"]\n\
             [[claim.fact]]\nsay = \"in Naqoura\"\nall = [\"talks\", \"@naq\"]\n",
        )
        .article("a.txt", ARTICLE);
    s.run(&["explain", "c"])
        .status(0)
        .stdout_has("fact 1: signed → contradicted")
        .stdout_has("No ⟦formal agreements⟧ were ⟦signed⟧.")
        .stdout_has("reason: negated by \"no\"")
        .stdout_has("fact 2: in Naqoura → missing")
        .stdout_has("⟦Talks⟧ were held in Naqura on December 3, 2025.")
        // the missing alias variant is obvious
        .stdout_has("found: talks; missing: @naq");
    s.run(&["explain", "d"]).status(2);
}

#[test]
fn reports_do_not_depend_on_file_system_order_or_line_endings() {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut folders: Vec<String> = vec!["claims".into(), "corpus".into()];
    while let Some(sub) = folders.pop() {
        for e in std::fs::read_dir(desk().join(&sub)).unwrap().flatten() {
            let name = format!("{sub}/{}", e.file_name().to_string_lossy());
            if e.file_type().unwrap().is_dir() {
                folders.push(name);
            } else {
                files.push((name, std::fs::read(e.path()).unwrap()));
            }
        }
    }
    files.sort();
    let build = |reverse: bool, crlf: bool| {
        let mut s = Suite::new();
        let mut order = files.clone();
        if reverse {
            order.reverse();
        }
        for (rel, mut bytes) in order {
            if crlf && rel.starts_with("corpus/") {
                bytes = String::from_utf8(bytes)
                    .unwrap()
                    .replace('\n', "\r\n")
                    .into_bytes();
            }
            s = s.file(&rel, bytes);
        }
        s
    };
    let forward = build(false, false);
    let backward = build(true, false);
    for args in [&["check", "--format", "json"][..], &["check"]] {
        assert_eq!(forward.run(args).stdout, backward.run(args).stdout);
    }

    // a CRLF copy: offsets move, verdicts and quotes do not
    let crlf = build(false, true);
    let json = |s: &Suite| s.run(&["check", "--format", "json"]).json();
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
fn lint_on_the_fixture_desk_has_no_errors() {
    Suite::desk()
        .run(&["lint"])
        .status(0)
        .stdout_has(" claims, ")
        .stdout_has(" documents: ");
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = factcheck()
        .args(["check", "--format", "json"])
        .current_dir(desk())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // stdout is dropped: the rest of the report meets a closed pipe
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn impact_reads_the_text_corpus_add_would_write() {
    // a plain article whose only date is relative: the front matter given on the
    // command line decides what it says, in impact as in corpus add
    let s = Suite::new()
        .claims(
            "c.toml",
            "[[claim]]\nid = \"c\"\nstatement = \"s\"\n[[claim.fact]]\nall = [\"strike\", \"Tyre\"]\ndate = \"2025-12-03\"\n",
        )
        .article("a.txt", "Unrelated text.\n")
        .file(
            "new.txt",
            "An Israeli strike near Tyre yesterday killed four people, officials said.\n",
        );
    let before = s.listing();
    let run = s.run(&[
        "impact",
        "--format",
        "json",
        "--outlet",
        "Gulf Wire",
        "--published",
        "2025-12-04",
        "new.txt",
    ]);
    let v = run.status(0).json();
    assert_eq!(
        s.user_files(),
        before,
        "impact writes nothing but the cache"
    );
    let added = &v["changed"][0]["added"][0];
    assert_eq!(added["doc"], "2025-12-04-gulf-wire");
    assert_eq!(
        added["reason"],
        "\"yesterday\" read as 2025-12-03 (published 2025-12-04)"
    );
    // line 1 of the new file is its front matter, as corpus add writes it
    let line = added["line"].as_u64().unwrap();
    s.run(&[
        "corpus",
        "add",
        "--outlet",
        "Gulf Wire",
        "--published",
        "2025-12-04",
        "new.txt",
    ])
    .status(0);
    let after = s.run(&["check", "--format", "json"]).json();
    let ev = &after["claims"][0]["facts"][0]["evidence"][0];
    assert_eq!(ev["doc"], "2025-12-04-gulf-wire");
    assert_eq!(ev["line"].as_u64().unwrap(), line);
    assert_eq!(ev["reason"], added["reason"]);
    s.run(&["impact", "--id", "x", "new.txt", "new.txt"])
        .status(2)
        .stderr_has("--id names one article");
}

#[test]
fn explain_says_why_a_date_or_number_in_a_near_miss_was_set_aside() {
    Suite::new()
        .claims(
            "c.toml",
            "[[claim]]\nid = \"c\"\nstatement = \"s\"\n\
             [[claim.fact]]\nsay = \"strikes on Dec 19\"\nall = [\"strikes\", \"killed\"]\ndate = \"2025-12-19\"\n\
             [[claim.fact]]\nsay = \"18 killed\"\nall = [\"Khalil\", \"wounded\"]\nnumber = 18\ncounts = [\"people\"]\n",
        )
        .article(
            "a.txt",
            "BEIRUT, Dec 19, 2025 (Reuters) - Strikes killed two people.\nKhalil, 18, was wounded in a 10-story building.\n",
        )
        .run(&["explain", "c"])
        .status(0)
        .stdout_has("missing: the date 2025-12-19 (2025-12-19 is the dateline's, which dates the report)")
        .stdout_has("missing: a number (18; \"18\" is the age of Khalil, \"10-story\" is a modifier)");
}

#[test]
fn a_suite_of_no_claims_prints_its_status_line_first() {
    let r = Suite::new()
        .claims("a.toml", "# claims to come\n")
        .article("a.txt", "Talks were held in Naqoura.\n")
        .run(&["check"])
        .status(0)
        .stderr_has("this claim file defines no claims");
    assert!(
        r.out().starts_with("ok: 0 claims over 1 document"),
        "{}",
        r.out()
    );
}
