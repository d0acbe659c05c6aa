//! Hostile input, by class: nothing outside the claims and corpus folders is read
//! through a link, nothing outside the corpus is written, printed names cannot drive
//! the terminal or forge report lines, special files and huge files are refused at
//! once, two adds of one text cannot both land, and messages say what is wrong in
//! plain words. Each test drives the real binary.

use crate::util::{Run, Suite, factcheck};
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

const CLAIM: &str = "[[claim]]\nid = \"talks\"\nstatement = \"Talks were held in Naqoura\"\n\
                     expect = \"supported\"\n\n[[claim.fact]]\nall = [\"talks\", \"naqoura\"]\n";
const ARTICLE: &str = "Talks were held in Naqoura on Wednesday.\n";
const SECRET: &str = "Private notes: talks in Naqoura, the password is hunter2.\n";

fn suite() -> Suite {
    Suite::new()
        .claims("c.toml", CLAIM)
        .article("a.txt", ARTICLE)
}

#[cfg(unix)]
fn link(target: impl AsRef<Path>, at: impl AsRef<Path>) {
    std::os::unix::fs::symlink(target, at).unwrap();
}

/// A folder outside the suite holding a private file.
fn outside() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("secret.txt"), SECRET).unwrap();
    std::fs::write(
        d.path().join("secret.toml"),
        CLAIM.replace("talks\"\n", "leak\"\n"),
    )
    .unwrap();
    d
}

/// Runs `factcheck ARGS` in `dir`, killed after 20 s: a test that would hang fails.
#[cfg(unix)]
fn run_bounded(dir: &Path, args: &[&str]) -> Run {
    let mut child = factcheck()
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("`factcheck {}` hangs", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Run::from(child.wait_with_output().unwrap())
}

#[cfg(unix)]
fn mkfifo(at: &Path) {
    let ok = std::process::Command::new("mkfifo")
        .arg(at)
        .status()
        .unwrap()
        .success();
    assert!(ok, "mkfifo {}", at.display());
}

#[cfg(unix)]
#[test]
fn links_out_of_the_corpus_are_skipped_with_a_warning() {
    let out = outside();
    let s = suite();
    link(
        out.path().join("secret.txt"),
        s.path().join("corpus/leak.txt"),
    );
    link("..", s.path().join("corpus/up"));
    link(out.path(), s.path().join("corpus/elsewhere"));
    let r = s
        .run(&["check", "--format", "json"])
        .status(0)
        .stderr_has("corpus/leak.txt")
        .stderr_has("outside the corpus")
        .stderr_has(
            &out.path()
                .canonicalize()
                .unwrap()
                .join("secret.txt")
                .display()
                .to_string(),
        )
        .stderr_has("corpus/up")
        .stderr_has("corpus/elsewhere")
        .stderr_has("--follow-links");
    let json = r.out();
    assert!(
        !json.contains("hunter2"),
        "a private file was quoted:\n{json}"
    );
    assert_eq!(r.json()["summary"]["documents"], 1);
    // deliberately: read what the links point to
    let r = s
        .run(&["--follow-links", "check", "--format", "json"])
        .status(0);
    assert!(r.out().contains("hunter2"), "--follow-links reads the link");
}

#[cfg(unix)]
#[test]
fn links_inside_the_corpus_and_a_linked_corpus_keep_working() {
    let s = suite().article("2025/b.txt", "Talks in Naqoura resumed.\n");
    link("2025", s.path().join("corpus/latest"));
    link("a.txt", s.path().join("corpus/alias-of-a.txt"));
    let v = s.run(&["check", "--format", "json"]).status(0).json();
    // a link to a folder already read is not read twice; a link to a file inside is
    assert_eq!(v["summary"]["documents"], 3, "{v}");
    // the corpus folder itself a link
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::write(elsewhere.path().join("a.txt"), ARTICLE).unwrap();
    let s = Suite::new().claims("c.toml", CLAIM);
    std::fs::remove_dir(s.path().join("corpus")).unwrap();
    link(elsewhere.path(), s.path().join("corpus"));
    let r = s.run(&["check"]).status(0);
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn links_out_of_the_claims_folder_are_skipped_too() {
    let out = outside();
    let s = suite();
    link(
        out.path().join("secret.toml"),
        s.path().join("claims/leak.toml"),
    );
    let r = s
        .run(&["check", "--format", "json"])
        .status(0)
        .stderr_has("claims/leak.toml")
        .stderr_has("outside the claims folder");
    assert_eq!(r.json()["summary"]["claims"], 1);
}

#[cfg(unix)]
#[test]
fn corpus_add_never_writes_through_a_link_out_of_the_corpus() {
    let out = tempfile::tempdir().unwrap();
    let s = suite().file("new.txt", "Strikes hit Tyre on Thursday.\n");
    link(out.path(), s.path().join("corpus/ext"));
    s.run(&["corpus", "add", "new.txt", "--id", "ext/x"])
        .status(2)
        .stderr_has("corpus/ext")
        .stderr_has("outside the corpus")
        .stderr_has("nothing was written");
    s.run(&["corpus", "add", "new.txt", "--id", "ext/deeper/x"])
        .status(2);
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        0,
        "nothing written outside"
    );
    // a file where a folder should be
    let s = s.file("corpus/plain", "not a folder");
    s.run(&["corpus", "add", "new.txt", "--id", "plain/x"])
        .status(2)
        .stderr_has("corpus/plain");
    // a refused add leaves no empty folders behind
    let before = s.listing();
    s.run(&["corpus", "add", "corpus/a.txt", "--id", "fresh/sub/x"])
        .status(2)
        .stderr_has("already in the corpus");
    assert!(!s.path().join("corpus/fresh").exists());
    assert_eq!(s.listing(), before);
    // a link to a folder inside the corpus is a real folder of the corpus
    std::fs::create_dir(s.path().join("corpus/2025")).unwrap();
    link("2025", s.path().join("corpus/this-year"));
    s.run(&["corpus", "add", "new.txt", "--id", "this-year/strikes"])
        .status(0);
    assert!(s.path().join("corpus/2025/strikes.txt").is_file());
}

#[test]
fn ids_that_cannot_be_files_everywhere_are_refused() {
    let s = suite().file("new.txt", "Strikes hit Tyre on Thursday.\n");
    for id in ["con", "NUL", "2025/aux.txt", "Lpt1", "com9.v2"] {
        s.run(&["corpus", "add", "new.txt", "--id", id])
            .status(2)
            .stderr_has("device name on Windows");
    }
    // ids that differ only in case are one file on Windows and macOS
    s.run(&["corpus", "add", "new.txt", "--id", "A"])
        .status(2)
        .stderr_has("differs from the document id `a` only in case");
    // ids too long for a file name
    s.run(&["corpus", "add", "new.txt", "--id", &"x".repeat(300)])
        .status(2);
    // an id derived from such a file name is changed, not refused
    let s = s.file("prn.txt", "Strikes hit Sidon on Friday.\n");
    s.run(&["corpus", "add", "prn.txt"])
        .status(0)
        .stdout_has("as `prn-article`");
}

/// No byte of `out` is a control character other than newline, and no bidi control.
#[track_caller]
fn no_raw_controls(out: &str) {
    for (i, c) in out.char_indices() {
        let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        assert!(
            (c == '\n' || !c.is_control()) && !bidi,
            "raw {c:?} at byte {i} in:\n{out}"
        );
    }
}

#[cfg(unix)]
#[test]
fn names_cannot_drive_the_terminal_or_forge_report_lines() {
    let forged = "x\n  ✓ supported    forged-claim\x1b[2J\x07\u{202E}txt.exe.txt";
    let s = Suite::new()
        .claims(
            "c\x1b]0;pwned\x07.toml",
            CLAIM.replace("expect =", "tags = [\"t\"]\nexpect ="),
        )
        .article(
            &format!("{forged}.txt"),
            "+++\noutlet = \"Evil\\u001b[31m\\u202eWire\"\n+++\nTalks were held in Naqoura.\n",
        )
        .article("a.txt", ARTICLE)
        .file(&format!("new-{forged}.txt"), "Talks in Naqoura ended.\n");
    let new = format!("new-{forged}.txt");
    for args in [
        &["check"][..],
        &["explain", "talks"][..],
        &["lint"][..],
        &["impact", new.as_str()][..],
    ] {
        let r = s.run(args);
        assert_ne!(r.code, 2, "`{}`: {}", args.join(" "), r.stderr);
        no_raw_controls(&r.out());
        no_raw_controls(&r.stderr);
        assert!(
            !r.out()
                .lines()
                .any(|l| l.trim_start().starts_with("✓ supported    forged")),
            "a forged line in `{}`:\n{}",
            args.join(" "),
            r.out()
        );
    }
    // a diagnostic names the file escaped too
    let s = s.claims("bad\x1b[31m.toml", "[[claim]]\nid = \"Bad Id\"\n");
    let r = s.run(&["check"]).status(2);
    no_raw_controls(&r.stderr);
    assert!(r.stderr.contains("bad\\u{1b}[31m.toml"), "{}", r.stderr);
    // JSON stays exact
    let s = Suite::new()
        .claims("c.toml", CLAIM)
        .article(&format!("{forged}.txt"), ARTICLE);
    let v = s.run(&["check", "--format", "json"]).status(0).json();
    let doc = &v["claims"][0]["facts"][0]["evidence"][0]["doc"];
    assert_eq!(doc.as_str(), Some(forged), "{v}");
}

#[test]
fn two_adds_of_one_text_at_once_add_it_once() {
    let mut s = suite().file("new.txt", "Strikes hit Tyre on Thursday, officials said.\n");
    // a corpus of some size, so that checking it takes a while: the window in which
    // two adds without a lock would both find the text absent
    for i in 0..400 {
        s = s.article(
            &format!("old/{i:03}.txt"),
            format!(
                "Report {i}: talks in Naqoura went on. {}\n",
                "More words. ".repeat(50)
            ),
        );
    }
    let children: Vec<_> = (0..8)
        .map(|i| {
            factcheck()
                .args(["corpus", "add", "new.txt", "--id", &format!("copy-{i}")])
                .current_dir(s.path())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let outputs: Vec<_> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    let added: Vec<_> = outputs.iter().filter(|o| o.status.success()).collect();
    assert_eq!(added.len(), 1, "exactly one add lands");
    let winner = String::from_utf8_lossy(&added[0].stdout);
    let id = winner.split('`').nth(1).unwrap().to_string();
    for o in outputs.iter().filter(|o| !o.status.success()) {
        assert_eq!(o.status.code(), Some(2));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains(&format!("already in the corpus as `{id}`")),
            "{err}"
        );
    }
    let docs = std::fs::read_dir(s.path().join("corpus")).unwrap().count();
    assert_eq!(
        docs, 3,
        "the corpus holds the text once (a.txt, old/, the new one)"
    );
}

#[cfg(unix)]
#[test]
fn special_files_are_refused_at_once_and_never_block() {
    let s = suite();
    mkfifo(&s.path().join("pipe.txt"));
    run_bounded(s.path(), &["corpus", "add", "pipe.txt"])
        .status(2)
        .stderr_has("FIFO");
    run_bounded(s.path(), &["impact", "pipe.txt"])
        .status(2)
        .stderr_has("FIFO");
    run_bounded(s.path(), &["corpus", "add", "/dev/zero"])
        .status(2)
        .stderr_has("character device");
    run_bounded(s.path(), &["corpus", "add", "corpus"])
        .status(2)
        .stderr_has("a folder");
    // in the suite's folders: warned about, skipped, nothing hangs
    mkfifo(&s.path().join("claims/x.toml"));
    mkfifo(&s.path().join("corpus/feed.txt"));
    run_bounded(s.path(), &["check"])
        .status(0)
        .stderr_has("claims/x.toml")
        .stderr_has("corpus/feed.txt")
        .stderr_has("FIFO");
    run_bounded(s.path(), &["lint"]).stderr_has("FIFO");
}

#[test]
fn reads_are_bounded_by_the_maximum_file_size() {
    let big = format!("{}\n", "Talks were held in Naqoura. ".repeat(100));
    let s = suite().article("big.txt", &big).file("new.txt", &big);
    s.run(&["--max-file-size", "1KiB", "check"])
        .status(2)
        .stderr_has("corpus/big.txt")
        .stderr_has("larger than the limit of 1 KiB")
        .stderr_has("--max-file-size");
    s.run(&["--max-file-size", "1KiB", "corpus", "add", "new.txt"])
        .status(2)
        .stderr_has("larger than the limit");
    s.run(&["--max-file-size", "1MiB", "check"]).status(0);
    s.run(&["--max-file-size", "lots", "check"]).status(2);
}

#[test]
fn deep_folders_are_walked_whatever_the_depth() {
    let s = suite();
    let mut rel = String::from("corpus");
    for _ in 0..1_000 {
        rel.push_str("/d");
    }
    let s = s.file(
        &format!("{rel}/deep.txt"),
        "Talks in Naqoura, from deep down.\n",
    );
    let v = s.run(&["check", "--format", "json"]).status(0).json();
    assert_eq!(v["summary"]["documents"], 2);
    let ids: Vec<String> = v["claims"][0]["facts"][0]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["doc"].as_str().unwrap().to_string())
        .collect();
    assert!(ids.iter().any(|i| i.ends_with("/d/d/deep")), "{ids:?}");
}

#[test]
fn a_diagnostic_on_a_huge_line_is_elided_around_the_column() {
    let long = format!(
        "[[claim]]\nid = \"x\"\nstatement = \"{}\"\nexpect = \"supported\" oops\n",
        "word ".repeat(200_000)
    );
    let one_line = format!(
        "[[claim]]\nid = \"x\"\nstatement = \"{}\" = 3\n",
        "word ".repeat(200_000)
    );
    for src in [long, one_line] {
        let r = suite().claims("c.toml", src).run(&["check"]).status(2);
        assert!(r.stderr.len() < 2_000, "{} bytes of stderr", r.stderr.len());
        assert!(r.stderr.contains("claims/c.toml:"), "{}", r.stderr);
    }
}

#[test]
fn folder_messages_name_the_folder_once_and_say_what_it_is() {
    let s = Suite::bare().file("suite/claims/c.toml", CLAIM);
    let r = s.run(&["--root", "suite", "check"]).status(2);
    assert!(r.stderr.contains("suite/corpus"), "{}", r.stderr);
    assert!(!r.stderr.contains("suite/suite"), "{}", r.stderr);
    let s = s.file("suite/corpus", "a file, not a folder");
    s.run(&["--root", "suite", "check"])
        .status(2)
        .stderr_has("is a file, not a folder");
    // a path given on the command line is shown as it is reached from here
    let s = s.file("elsewhere/new.txt", "");
    std::fs::remove_file(s.path().join("suite/corpus")).unwrap();
    std::fs::create_dir(s.path().join("suite/corpus")).unwrap();
    let r = s
        .run(&["--root", "suite", "corpus", "add", "elsewhere/new.txt"])
        .status(2);
    assert!(!r.stderr.contains("suite/elsewhere"), "{}", r.stderr);
    assert!(r.stderr.contains("elsewhere/new.txt"), "{}", r.stderr);
}

#[test]
fn toml_syntax_errors_are_in_plain_words() {
    let r = suite()
        .claims("bad.toml", "[[claim]]\nid = \"x\nstatement = 'y'\n")
        .run(&["check"])
        .status(2)
        .stderr_has("a string is not closed")
        .stderr_has("claims/bad.toml:2:")
        .stderr_has("add the missing `\"`");
    assert!(!r.stderr.contains("invalid basic string"), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn a_file_swapped_for_a_link_after_the_walk_is_not_read() {
    use factcheck::corpus::{discover, read};
    let out = outside();
    let s = suite();
    let paths = factcheck::Paths::new(s.path(), None, None);
    let listing = discover(&paths).unwrap();
    // between the walk and the read, the article becomes a link to a private file
    let a = s.path().join("corpus/a.txt");
    std::fs::remove_file(&a).unwrap();
    link(out.path().join("secret.txt"), &a);
    let e = read(&listing.files[0]).unwrap_err();
    assert!(e.message.contains("replaced"), "{}", e.message);
}

#[cfg(unix)]
#[test]
fn huge_and_sparse_files_are_refused_without_reserving_their_size() {
    let s = suite();
    let f = std::fs::File::create(s.path().join("corpus/sparse.txt")).unwrap();
    f.set_len(5 << 30).unwrap(); // 5 GiB, no data
    s.run(&["--max-file-size", "4GiB", "check"])
        .status(2)
        .stderr_has("corpus/sparse.txt")
        .stderr_has("larger than the limit of 4 GiB");
    s.run(&["--max-file-size", "18446744073709551615", "check"])
        .status(2)
        .stderr_has("largest size read");
    s.run(&["--max-file-size", "1.5MiB", "lint"])
        .status(2)
        .stderr_has("sparse.txt");
}

#[cfg(unix)]
#[test]
fn file_names_that_are_not_utf8_are_skipped_and_json_stays_whole() {
    use std::os::unix::ffi::OsStrExt;
    let s = suite();
    let name = std::ffi::OsStr::from_bytes(b"\xff\xfe.txt");
    std::fs::write(s.path().join("corpus").join(name), ARTICLE).unwrap();
    let r = s
        .run(&["check", "--format", "json"])
        .status(0)
        .stderr_has("not valid UTF-8");
    assert_eq!(r.json()["summary"]["documents"], 1);
    std::fs::write(s.path().join(name), ARTICLE).unwrap();
    // the name is passed as the OS string it is
    let o = factcheck()
        .arg("impact")
        .arg(name)
        .arg("--format")
        .arg("json")
        .current_dir(s.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty(), "no half-written JSON");
}

#[test]
fn invisible_characters_are_escaped_too() {
    let s = Suite::new()
        .claims(
            "c.toml",
            "[[claim]]\nid = \"ok\"\nstatement = \"hid\\U000E0041\\U000E0042 a\\u00ADb\\u180E\\uFFF9x\\u3164\"\n\
             expect = \"supported\"\n[[claim.fact]]\nall = [\"talks\"]\n",
        )
        .article("a.txt", ARTICLE);
    let out = s.run(&["check"]).status(0).out();
    for c in ['\u{E0041}', '\u{AD}', '\u{180E}', '\u{FFF9}', '\u{3164}'] {
        assert!(!out.contains(c), "raw {c:?} in:\n{out}");
    }
    assert!(out.contains("\\u{e0041}"), "{out}");
}

#[test]
fn corpus_add_names_the_new_file_as_it_opens_from_here() {
    let s = Suite::bare()
        .file("suite/claims/c.toml", CLAIM)
        .file("suite/corpus/a.txt", ARTICLE)
        .file("new.txt", "Strikes hit Tyre on Thursday.\n");
    s.run(&[
        "--root", "suite", "corpus", "add", "new.txt", "--id", "rel1",
    ])
    .status(0)
    .stdout_has("added suite/corpus/rel1.txt");
}

#[cfg(unix)]
#[test]
fn case_twins_of_any_entry_on_the_way_are_refused() {
    let out = outside();
    let s = suite()
        .file("new.txt", "Strikes hit Tyre on Thursday.\n")
        .article("sub/b.txt", "Talks resumed in Naqoura.\n");
    link(
        out.path().join("secret.txt"),
        s.path().join("corpus/evil.txt"),
    );
    for id in ["EVIL", "SUB/x", "Sub/deeper/x"] {
        s.run(&["corpus", "add", "new.txt", "--id", id])
            .status(2)
            .stderr_has("only in case");
    }
    assert!(!s.path().join("corpus/EVIL.txt").exists());
}

#[test]
fn value_errors_are_in_plain_words() {
    suite()
        .claims(
            "big.toml",
            "[[claim]]\nid = \"x\"\nstatement = \"s\"\nsources = 18446744073709551615\n",
        )
        .run(&["check"])
        .status(2)
        .stderr_has("`sources` cannot be integer `18446744073709551615`: it is too large");
    suite()
        .claims(
            "nul.toml",
            "[[claim]]\nid = \"x\u{0}y\"\nstatement = \"s\"\n",
        )
        .run(&["check"])
        .status(2)
        .stderr_has("a control character (U+0000)")
        .stderr_has("claims/nul.toml:2:8");
    suite()
        .article(
            "b.txt",
            "+++\npublished = \"2025-12-03éxyz\"\n+++\nTalks.\n",
        )
        .run(&["check"])
        .status(2)
        .stderr_has("`published` is not a date");
    suite()
        .article(
            "b.txt",
            "+++\npublished = \"2025-12-03T10:00:00Z\"\n+++\nTalks.\n",
        )
        .run(&["check"])
        .status(0);
    suite()
        .claims("bad.toml", b"[[claim]]\nid = \"x\"\nstatement = \"\xff\"\n")
        .run(&["check"])
        .status(2)
        .stderr_has("claims/bad.toml:3:14")
        .stderr_has("not valid UTF-8 at byte offset 32");
}

#[test]
fn a_huge_one_sentence_article_prints_a_bounded_explanation() {
    let text = format!("Talks {} in Naqoura\n", "went on and on ".repeat(200_000));
    let s = suite().article("big.txt", text);
    let r = s.run(&["explain", "talks"]).status(0);
    assert!(r.stdout.len() < 20_000, "{} bytes", r.stdout.len());
    assert!(r.out().contains("characters]…"), "{}", r.out());
    assert!(
        r.out().contains("⟦Talks⟧") || r.out().contains("⟦talks⟧"),
        "{}",
        r.out()
    );
}
