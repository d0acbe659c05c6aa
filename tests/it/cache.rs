//! The archive path and its cache: the report from tallies equals the full report
//! (bounded the same way), cold, warm, after claims and articles change, with a
//! damaged cache, and on one thread.

use crate::util::desk;
use factcheck::Paths;
use factcheck::check::tally::{self, Stats, Tallied, check_with_stats};
use factcheck::check::{Windows, cache, claim_files::run_selected, stored};
use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let p = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &p);
        } else {
            fs::copy(e.path(), &p).unwrap();
        }
    }
}

/// The report as JSON: every field the outputs read.
fn full(root: &Path) -> String {
    let paths = Paths::new(root, None, None);
    let r = run_selected(&paths, &[], &[], &Windows::Every).unwrap();
    serde_json::to_string_pretty(&r.bounded(SHOWN)).unwrap()
}

fn tallied(root: &Path, cached: bool) -> String {
    tallied_with_stats(root, cached).0
}

/// How the tests run the archive path: `SHOWN` windows, no progress, the suite's
/// cache if `cached`.
fn how(root: &Path, cached: bool, read_only: bool) -> Tallied {
    Tallied {
        cache: cached.then(|| cache::folder(root)),
        shown: SHOWN,
        progress: None,
        read_only,
    }
}

fn tallied_with_stats(root: &Path, cached: bool) -> (String, Stats) {
    let paths = Paths::new(root, None, None);
    let how = how(root, cached, false);
    let loaded = factcheck::load(&paths).unwrap();
    let all: Vec<usize> = (0..loaded.suite.claims.len()).collect();
    let (r, stats) = check_with_stats(&loaded.suite, &all, &loaded.files, &how).unwrap();
    (serde_json::to_string_pretty(&r).unwrap(), stats)
}

/// The report as `check` makes it (with the cache, through the command's pipeline).
fn checked(root: &Path, read_only: bool) -> String {
    let paths = Paths::new(root, None, None);
    let r = run_selected(
        &paths,
        &[],
        &[],
        &Windows::First(how(root, true, read_only)),
    )
    .unwrap();
    serde_json::to_string_pretty(&r).unwrap()
}

/// Small, so the fixture's facts have more windows than are shown.
const SHOWN: usize = 2;

/// Checks the tallied report equals the full one without the cache and twice with
/// it; gives where the documents came from in the first cached run. The second
/// cached run must read no document but to quote.
/// `racy` files were changed within the last second: the cache does not trust its
/// own record of them yet (for up to two seconds) (a second change within the clock's resolution could hide
/// behind the same stamp), so the second run may read them again.
fn same_racy(root: &Path, what: &str, racy: usize) -> Stats {
    let want = full(root);
    assert_eq!(tallied(root, false), want, "{what}: without the cache");
    // as `check` runs it: the report made from the cache while the corpus is
    // listed, kept only when the listing is the one the cache holds (here, before
    // the cache has seen the change: read-only, so it still has not after)
    assert_eq!(checked(root, true), want, "{what}: as check runs it");
    let (first, stats) = tallied_with_stats(root, true);
    assert_eq!(first, want, "{what}: with the cache");
    let (again, warm) = tallied_with_stats(root, true);
    assert_eq!(again, want, "{what}: with the cache, again");
    assert_eq!(
        checked(root, false),
        want,
        "{what}: as check runs it, again"
    );
    // that run kept its report (every file is a clear second old, or `racy`):
    // the next prints it as it is, and it is the same
    let served = stored::served();
    assert_eq!(
        checked(root, false),
        want,
        "{what}: the report kept by the last run"
    );
    if racy == 0 {
        assert_eq!(
            stored::served(),
            served + 1,
            "{what}: the kept report not used"
        );
    }
    assert!(
        warm.read <= racy && warm.read_for_new_facts == 0 && warm.quoted == 0,
        "{what}: the warm run read documents: {warm:?}"
    );
    stats
}

fn same(root: &Path, what: &str) -> Stats {
    same_racy(root, what, 0)
}

/// The cache trusts only files last changed a clear second before the run that
/// cached them: waits that long, so which files a run reads is certain.
fn settle() {
    std::thread::sleep(Duration::from_millis(2100));
}

#[test]
fn tallies_equal_the_full_report_through_every_change() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    copy_dir(&desk(), root);
    let cache_dir = cache::folder(root);
    settle();
    let cold = same(root, "cold");
    assert_eq!(cold.from_cache, 0, "{cold:?}");
    let documents = cold.read;
    assert!(documents > 5, "{cold:?}");
    assert!(cache_dir.join("docs.bin").is_file());
    assert!(cache_dir.join("facts.bin").is_file());
    assert!(root.join(".factcheck/.gitignore").is_file());

    // an edited claim: a new fact, matched only where its stems may occur
    let claims = root.join("claims/strikes.toml");
    let text = fs::read_to_string(&claims).unwrap();
    let added = format!(
        "{text}\n[[claim]]\nid = \"added-by-test\"\nstatement = \"s\"\n\
         [[claim.fact]]\nall = [\"Ortagus\"]\nany = [\"talks\", \"meeting\"]\n"
    );
    fs::write(&claims, &added).unwrap();
    let s = same(root, "a claim added");
    // only the documents whose stems may hold `Ortagus` are read, for that fact only
    assert_eq!(s.read, 0, "{s:?}");
    assert!(s.read_for_new_facts < documents, "{s:?}");

    // its term edited, then the edit undone: the dropped fact's tallies are kept,
    // so undoing reads nothing
    fs::write(&claims, added.replace("[\"Ortagus\"]", "[\"Hezbollah\"]")).unwrap();
    let s = same(root, "a claim's term edited");
    assert!(s.read_for_new_facts > 0, "{s:?}");
    fs::write(&claims, &added).unwrap();
    let s = same(root, "the edit undone");
    assert_eq!((s.read, s.read_for_new_facts), (0, 0), "{s:?}");

    // a claim with a word no article holds, written first: no article is read, and
    // no other fact's key moves (keys hash terms as written, not stem numbers)
    let first_file = root.join("claims/aaa-first.toml");
    fs::write(
        &first_file,
        "[[claim]]\nid = \"nowhere\"\nstatement = \"s\"\n\
         [[claim.fact]]\nall = [\"zzzunheardof\", \"talks\"]\n",
    )
    .unwrap();
    let s = same(root, "a claim with a new word");
    assert_eq!((s.read, s.read_for_new_facts), (0, 0), "{s:?}");

    // an article changed, one added, one removed
    let corpus = root.join("corpus");
    let first = fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .min()
        .unwrap();
    let body = fs::read_to_string(&first).unwrap();
    fs::write(&first, body.replace("Naqoura", "Naqoura talks")).unwrap();
    let s = {
        settle();
        same(root, "an article changed")
    };
    // the added claim's fact is matched in the documents that may hold it once
    // more: the quick path above kept its tallies per fact, not per document
    assert_eq!(
        (s.read, s.from_cache + s.read_for_new_facts),
        (1, documents - 1),
        "{s:?}"
    );
    fs::write(
        corpus.join("zz-new.txt"),
        "The talks in Naqoura were held on Wednesday. The talks were civilian-led.\n",
    )
    .unwrap();
    let s = {
        settle();
        same(root, "an article added")
    };
    assert_eq!((s.read, s.from_cache), (1, documents), "{s:?}");
    fs::remove_file(corpus.join("zz-new.txt")).unwrap();
    let s = same(root, "an article removed");
    assert_eq!((s.read, s.from_cache), (0, documents), "{s:?}");

    // damage: every cache file truncated or overwritten, one at a time
    for name in [
        "docs", "tallies", "words", "shingles", "facts", "groups", "report",
    ] {
        let p = cache_dir.join(format!("{name}.bin"));
        let bytes = fs::read(&p).unwrap();
        fs::write(&p, &bytes[..bytes.len() / 2]).unwrap();
        same(root, &format!("{name}.bin truncated"));
        fs::write(&p, b"\x03\x00\x00\x00abc").unwrap();
        same(root, &format!("{name}.bin overwritten"));
    }

    // a kept report damaged where it still decodes (one letter of its last claim
    // changed) is not printed: its checksum differs
    let kept = cache_dir.join("report.bin");
    let mut bytes = fs::read(&kept).unwrap();
    let at = bytes
        .iter()
        .rposition(u8::is_ascii_lowercase)
        .expect("a letter in the kept report");
    bytes[at] = if bytes[at] == b'a' { b'b' } else { b'a' };
    fs::write(&kept, &bytes).unwrap();
    let served = stored::served();
    assert_eq!(
        checked(root, true),
        full(root),
        "a kept report with a letter changed"
    );
    assert_eq!(
        stored::served(),
        served,
        "a damaged kept report was printed"
    );

    // a file whose stamp the cache holds but whose bytes changed after a clear
    // second: the stamp differs (size, times), so it is read again
    let body = fs::read_to_string(&first).unwrap();
    fs::write(&first, body.replace("talks", "meeting")).unwrap();
    let past = SystemTime::now() - Duration::from_secs(3600);
    fs::File::options()
        .write(true)
        .open(&first)
        .unwrap()
        .set_modified(past)
        .unwrap();
    let s = {
        settle();
        same(root, "an article changed, its mtime set back")
    };
    assert_eq!(s.read, 1, "{s:?}");

    // deleting the cache changes nothing
    fs::remove_dir_all(root.join(".factcheck")).unwrap();
    same(root, "the cache deleted");
}

#[test]
fn one_thread_gives_the_same_report() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    copy_dir(&desk(), root);
    let many = tallied(root, false);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let one = pool.install(|| tallied(root, false));
    assert_eq!(one, many);
    assert_eq!(many, full(root));
}

/// Fact keys as the cache's `facts.bin` lists them, after a `check` run.
fn fact_keys(root: &Path) -> Vec<u64> {
    let out = crate::util::factcheck()
        .args(["--root"])
        .arg(root)
        .arg("check")
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c < 2), "{out:?}");
    let r = cache::Reader::open(&cache::folder(root), "facts", None).unwrap();
    r.header.facts
}

#[test]
fn a_claim_with_a_new_word_moves_no_other_facts_key() {
    // each run is its own process: stem numbers are given in the order words are
    // met, so a key made from them would move when a new word comes first
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    copy_dir(&desk(), root);
    let before = fact_keys(root);
    fs::write(
        root.join("claims/aaa-first.toml"),
        "[[claim]]\nid = \"nowhere\"\nstatement = \"s\"\n\
         [[claim.fact]]\nall = [\"zzzunheardof\", \"qqqneverseen\"]\n",
    )
    .unwrap();
    let after = fact_keys(root);
    assert_eq!(after.len(), before.len() + 1);
    let moved: Vec<&u64> = before.iter().filter(|k| !after.contains(k)).collect();
    assert!(moved.is_empty(), "{} fact keys moved", moved.len());
}

/// A story of the generated corpus below: its own words, a shared boilerplate line
/// (a fingerprint so common it pairs each holder with the next only), and, for
/// some, the talks the claim is about.
fn story(i: usize, lede: &str) -> String {
    let own: Vec<String> = (0..40).map(|j| format!("w{i}x{j}")).collect();
    let talks = if i.is_multiple_of(10) {
        "Civilian negotiators met in Naqoura for talks with envoy Ortagus present.\n"
    } else {
        ""
    };
    format!(
        "{lede}\n{talks}{} said the ministry.\n\
         All rights reserved this material may not be published broadcast rewritten or \
         redistributed in any form without the written permission of the publisher.\n",
        own.join(" ")
    )
}

/// A suite of `claim` over 70 wire stories, each copied once under a new first line
/// (140 documents; seven stories, every tenth, hold the talks).
fn wire_stories(claim: &str) -> crate::util::Suite {
    let mut s = crate::util::Suite::new().claims("c.toml", claim);
    for i in 0..70 {
        s = s
            .article(&format!("wire-{i:03}.txt"), story(i, "From the wire."))
            .article(
                &format!("copy-{i:03}.txt"),
                story(i, &format!("A new lede for story {i} by our desk.")),
            );
    }
    s
}

/// A claim of two facts over the wire stories: the talks (14 documents), and the
/// talks on a date none of them holds.
const TALKS: &str = "[[claim]]\nid = \"talks\"\nstatement = \"talks in Naqoura\"\n\
    [[claim.fact]]\nsay = \"talks in Naqoura\"\nall = [\"Naqoura\"]\nany = [\"talks\"]\n\
    [[claim.fact]]\nsay = \"talks on Dec 3\"\nall = [\"talks\"]\ndate = 2025-12-03\n";

#[test]
fn fact_tallies_follow_articles_added_and_removed_without_a_fold() {
    // every tenth of 70 stories holds the talks, in both versions: 14 documents of
    // one window each, the fact's first two (SHOWN) copy-000 and copy-010; none
    // holds the date of the second fact. After a change,
    // the cache's fact tallies are brought to the new corpus without folding every
    // document's again, unless a removal leaves a stance short of the windows it
    // showed (the documents after it are then needed): the full pass runs, and
    // either way the report is what a run without the cache makes.
    let s = wire_stories(TALKS);
    let root = s.path();
    let corpus = root.join("corpus");
    let step = |what: &str| {
        settle();
        let before = factcheck::check::tally::deltas_applied();
        let stats = same(root, what);
        (factcheck::check::tally::deltas_applied() > before, stats)
    };
    let (_, cold) = step("cold");
    let documents = cold.read;
    fs::write(corpus.join("a-first.txt"), story(0, "A first report.")).unwrap();
    let (delta, s) = step("an article added before the first windows");
    assert!(
        delta,
        "an article added: the tallies are brought to the corpus"
    );
    assert_eq!((s.read, s.from_cache), (1, documents), "{s:?}");
    fs::remove_file(corpus.join("copy-050.txt")).unwrap();
    let (delta, s) = step("an article removed after them");
    assert!(delta, "an article removed after the first windows");
    assert_eq!((s.read, s.from_cache), (0, documents), "{s:?}");
    fs::remove_file(corpus.join("a-first.txt")).unwrap();
    fs::remove_file(corpus.join("copy-000.txt")).unwrap();
    let (delta, s) = step("the first two removed");
    assert!(!delta, "the first windows need the documents after them");
    assert_eq!(s.read, 0, "{s:?}");
    fs::write(corpus.join("wire-020.txt"), story(1, "Rewritten.")).unwrap();
    fs::write(corpus.join("copy-060.txt"), story(20, "Talks again.")).unwrap();
    let (delta, s) = step("articles changed after the first windows");
    assert!(delta, "articles changed");
    assert_eq!(s.read, 2, "{s:?}");
    fs::write(
        corpus.join("b-dated.txt"),
        "Talks resumed on December 3, 2025 in Naqoura.\n",
    )
    .unwrap();
    let (delta, s) = step("the first window of a fact that had none");
    assert!(delta, "an article added");
    assert_eq!(s.read, 1, "{s:?}");
}

/// As `check` runs the pass after the listing, with the cache files read early:
/// the report, where its documents came from, and whether the run took a delta.
fn early_run(root: &Path) -> (String, Stats, bool) {
    let paths = Paths::new(root, None, None);
    let how = how(root, true, false);
    let loaded = factcheck::load(&paths).unwrap();
    let all: Vec<usize> = (0..loaded.suite.claims.len()).collect();
    let before = tally::deltas_applied();
    let early = tally::Early::read(&how);
    let (r, stats, _) =
        tally::check_early(&loaded.suite, &all, &loaded.files, &how, early).unwrap();
    let json = serde_json::to_string_pretty(&r).unwrap();
    (json, stats, tally::deltas_applied() > before)
}

/// Every record of the cache file `kind.bin` in `dir`, its header left out.
fn records(dir: &Path, kind: &str) -> Option<Vec<Vec<u8>>> {
    let mut r = cache::Reader::open(dir, kind, None)?;
    Some(std::iter::from_fn(|| r.read_raw()).collect())
}

/// `to` made a copy of the files of `from`.
fn replace_dir(from: &Path, to: &Path) {
    let _ = fs::remove_dir_all(to);
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

#[test]
fn a_delta_writes_the_cache_files_the_fold_writes() {
    // after each change, the run that brings the cache's fact tallies to the new
    // corpus and the run that folds every document's (the same cache, less
    // facts.bin) write the same report and the same cache files, record for
    // record; the next run goes on from the delta's
    let s = wire_stories(TALKS);
    let root = s.path();
    let (dir, side) = (cache::folder(root), root.join("side"));
    settle();
    early_run(root);
    let mut deltas = 0;
    let mut same_files = |what: &str, change: &dyn Fn(&Path)| {
        change(&root.join("corpus"));
        settle();
        replace_dir(&dir, &side.join("before"));
        let (by_delta, _, delta) = early_run(root);
        deltas += usize::from(delta);
        replace_dir(&dir, &side.join("delta"));
        replace_dir(&side.join("before"), &dir);
        fs::remove_file(dir.join("facts.bin")).unwrap();
        let (by_fold, _, folded) = early_run(root);
        assert!(!folded, "{what}: no facts.bin, no delta");
        assert_eq!(by_delta, by_fold, "{what}: reports");
        assert_eq!(by_delta, full(root), "{what}: the report without the cache");
        replace_dir(&dir, &side.join("fold"));
        for kind in ["docs", "tallies", "words", "shingles", "facts", "groups"] {
            let (d, f) = (side.join("delta"), side.join("fold"));
            assert!(records(&d, kind) == records(&f, kind), "{what}: {kind}.bin");
            let (d, f) = (
                cache::Reader::open(&d, kind, None).map(|r| r.header),
                cache::Reader::open(&f, kind, None).map(|r| r.header),
            );
            let named = |h: Option<cache::Header>| h.map(|h| (h.corpus, h.facts, h.records));
            assert_eq!(named(d), named(f), "{what}: {kind}.bin's header");
        }
        replace_dir(&side.join("delta"), &dir);
    };
    same_files("an article added first", &|c| {
        fs::write(c.join("a-first.txt"), story(0, "A first report.")).unwrap()
    });
    same_files("added, removed, changed", &|c| {
        fs::write(c.join("b-second.txt"), story(10, "Second report.")).unwrap();
        fs::remove_file(c.join("copy-050.txt")).unwrap();
        fs::write(c.join("wire-020.txt"), story(1, "Rewritten.")).unwrap();
    });
    same_files("a binary file added, and an article after it", &|c| {
        fs::write(c.join("m-binary.txt"), b"\x00\x01\x02\x00binary\x00").unwrap();
        fs::write(c.join("n-after.txt"), story(40, "After the binary.")).unwrap();
    });
    same_files("the binary file made text", &|c| {
        fs::write(c.join("m-binary.txt"), story(60, "No longer binary.")).unwrap();
    });
    // (half the corpus: the fold, which streams it)
    same_files("every wire story removed", &|c| {
        for i in 0..70 {
            fs::remove_file(c.join(format!("wire-{i:03}.txt"))).unwrap();
        }
    });
    assert_eq!(deltas, 4, "a delta but for the last change");
}

#[test]
fn impact_from_the_cache_equals_impact_without_it() {
    // seven stories (each a wire copy and its rewrite: one source) hold the talks;
    // of the new articles only n-own is another source, so eight, not nine
    let claim = |id: &str, sources: usize| {
        format!(
            "[[claim]]\nid = \"{id}\"\nstatement = \"talks in Naqoura, envoy Ortagus\"\nsources = {sources}\n\
            [[claim.fact]]\nsay = \"talks in Naqoura\"\nall = [\"Naqoura\"]\nany = [\"talks\", \"negotiations\"]\n\
            [[claim.fact]]\nsay = \"Ortagus present\"\nall = [\"Ortagus\"]\n\n"
        )
    };
    let claim = claim("eight", 8) + &claim("nine", 9);
    let s = wire_stories(&claim);
    let exact = fs::read_to_string(s.path().join("corpus/wire-010.txt")).unwrap();
    let s = s
        .file("in/a-copy.txt", &exact)
        .file("in/m-near.txt", story(20, "Yet another first line here."))
        .file("in/n-own.txt", story(900, "An independent report."))
        .file(
            "in/x-outlet.txt",
            format!(
                "+++\noutlet = \"Gulf Herald\"\n+++\n{}",
                story(901, "Ours.")
            ),
        );
    let news = [
        "in/a-copy.txt",
        "in/m-near.txt",
        "in/n-own.txt",
        "in/x-outlet.txt",
    ];
    let impact = |extra: &[&str]| {
        let mut args = vec!["impact", "--format", "json"];
        args.extend(news);
        args.extend(extra);
        s.run(&args).status(0).json()
    };
    let without = impact(&["--no-cache"]);
    settle();
    let cold = impact(&[]);
    let warm = impact(&[]);
    assert_eq!(cold, without, "impact with a cold cache");
    assert_eq!(warm, without, "impact with a warm cache");
    let docs = &without["documents"];
    let doc = |id: &str| {
        docs.as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == id)
            .unwrap_or_else(|| panic!("no {id}: {docs:#}"))
    };
    assert_eq!(doc("a-copy")["same_text_as"], "wire-010", "{docs:#}");
    assert_eq!(doc("m-near")["near_copy"]["of"], "copy-020", "{docs:#}");
    assert_eq!(doc("gulf-herald")["source"], "Gulf Herald", "{docs:#}");
    let change = |id: &str| {
        let c = without["changed"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id);
        let c = c.unwrap_or_else(|| panic!("{id} unchanged: {without:#}"));
        (c["before"].as_str().unwrap(), c["after"].as_str().unwrap())
    };
    assert_eq!(change("eight"), ("partial", "supported"));
    assert_eq!(change("nine"), ("partial", "partial"));

    // and the cache served it: the grown corpus's verdicts from the cached tallies
    let paths = Paths::new(s.path(), None, None);
    let loaded = factcheck::load(&paths).unwrap();
    let text: std::sync::Arc<str> = fs::read_to_string(s.path().join(news[2])).unwrap().into();
    let new = factcheck::corpus::DocFile {
        id: "n-own".into(),
        fs_path: s.path().join(news[2]),
        path: news[2].into(),
        max_size: paths.access.max_file_size,
        identity: None,
        stamp: None,
        text: Some(text.clone()),
    };
    let how = how(s.path(), true, false);
    let (_, added) = factcheck::check::tally::check_adding(
        &loaded.suite,
        &[0, 1],
        &loaded.files,
        &[new],
        &[&text],
        &how,
        factcheck::check::tally::Early::default(),
    )
    .unwrap();
    let added = added.expect("a warm cache serves impact");
    use factcheck::engine::Verdict;
    assert_eq!(added.verdicts, vec![Verdict::Supported, Verdict::Partial]);
}

#[test]
fn near_copies_follow_articles_added_changed_and_removed() {
    // seven stories hold the talks, each a wire copy and its rewrite (one source);
    // a run after articles change finds near copies again only where the changes
    // can change them (the cache's pairs stand for the rest), and must find what a
    // run without the cache finds: a near copy joins its story's source, an
    // independent report is one more
    let claim = "[[claim]]\nid = \"eight\"\nstatement = \"talks in Naqoura\"\nsources = 8\n\
        [[claim.fact]]\nsay = \"talks in Naqoura\"\nall = [\"Naqoura\"]\nany = [\"talks\"]\n";
    let s = wire_stories(claim);
    let root = s.path();
    let corpus = root.join("corpus");
    let verdict = |what: &str| {
        settle();
        let report: serde_json::Value = serde_json::from_str(&full(root)).unwrap();
        let searched = factcheck::check::tally::searched_since();
        let s = same(root, what);
        if what != "cold" {
            assert!(
                factcheck::check::tally::searched_since() > searched,
                "{what}: near copies searched again in every document"
            );
        }
        (
            report["claims"][0]["verdict"].as_str().unwrap().to_string(),
            s,
        )
    };
    let (v, cold) = verdict("cold");
    assert_eq!(v, "partial", "seven sources");
    let documents = cold.read;
    fs::write(
        corpus.join("m-near.txt"),
        story(20, "Yet another first line here."),
    )
    .unwrap();
    let (v, s) = verdict("a near copy added");
    assert_eq!(v, "partial", "a near copy is no new source");
    assert_eq!((s.read, s.from_cache), (1, documents), "{s:?}");
    fs::write(
        corpus.join("m-near.txt"),
        story(900, "An independent report."),
    )
    .unwrap();
    let (v, _) = verdict("the near copy rewritten as an independent report");
    assert_eq!(v, "supported", "an independent report is an eighth source");
    fs::write(
        corpus.join("m-near.txt"),
        story(30, "Yet another first line here."),
    )
    .unwrap();
    let (v, _) = verdict("a near copy again, of another story");
    assert_eq!(v, "partial");
    // the story it copies lost both its versions: the copy is that story's source
    fs::remove_file(corpus.join("wire-030.txt")).unwrap();
    fs::remove_file(corpus.join("copy-030.txt")).unwrap();
    let (v, _) = verdict("the story it copies removed");
    assert_eq!(v, "partial");
    fs::remove_file(corpus.join("m-near.txt")).unwrap();
    let (v, s) = verdict("the copy removed too");
    assert_eq!(v, "partial", "six sources");
    assert_eq!((s.read, s.from_cache), (0, documents - 2), "{s:?}");
    // wire-000's rewrite removed, wire-001 changed: the boilerplate line's next
    // holders change
    fs::remove_file(corpus.join("copy-000.txt")).unwrap();
    fs::write(corpus.join("wire-001.txt"), story(1, "Changed.")).unwrap();
    verdict("a rewrite removed, a wire story changed");
}

/// What the claim tests take from the cache (`stored::kept_records`): the report
/// the last run of the whole suite kept, without loading the suite. Each claim's
/// record in it is the one a run of that claim alone makes; a claim file or an
/// article changed since, and it is not used.
#[test]
fn a_claims_record_kept_by_the_whole_suites_run_is_the_one_it_makes_alone() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    copy_dir(&desk().join("claims"), &root.join("claims"));
    copy_dir(&desk().join("corpus"), &root.join("corpus"));
    settle();
    let paths = Paths::new(root, None, None);
    let cached = how(root, true, false);
    let json = |r: &factcheck::report::ClaimRecord| serde_json::to_string_pretty(r).unwrap();
    assert!(
        stored::kept_records(&paths, &cached, None).is_none(),
        "a report before any run"
    );
    let whole = run_selected(&paths, &[], &[], &Windows::First(cached.clone())).unwrap();
    let kept = stored::kept_records(&paths, &cached, None).expect("the whole suite's report kept");
    assert_eq!(kept.len(), whole.claims.len());
    for rec in &kept {
        // made alone, without the cache
        let only = [rec.id.clone()];
        let alone =
            run_selected(&paths, &[], &only, &Windows::First(how(root, false, true))).unwrap();
        let made = alone.claims.iter().find(|c| c.id == rec.id).unwrap();
        assert_eq!(json(rec), json(made), "claim {}", rec.id);
        // and looked up alone (as a claim's own test process does)
        let one = stored::kept_records(&paths, &cached, Some(&rec.id)).unwrap();
        assert_eq!(one.len(), 1, "claim {}", rec.id);
        assert_eq!(json(&one[0]), json(made), "claim {} alone", rec.id);
    }
    assert_eq!(
        stored::kept_records(&paths, &cached, Some("no-such-claim")).map(|r| r.len()),
        Some(0)
    );
    // other windows shown: another report
    let more = Tallied {
        shown: SHOWN + 1,
        ..cached.clone()
    };
    assert!(
        stored::kept_records(&paths, &more, None).is_none(),
        "other windows"
    );

    // a claim file changed: not used; changed back: used again
    let file = fs::read_dir(root.join("claims"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "toml"))
        .unwrap();
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, format!("{text}\n# a comment\n")).unwrap();
    assert!(
        stored::kept_records(&paths, &cached, None).is_none(),
        "a claim file changed"
    );
    fs::write(&file, &text).unwrap();
    assert!(
        stored::kept_records(&paths, &cached, None).is_some(),
        "the claim file as it was"
    );

    // an article added: not used
    let corpus = root.join("corpus");
    let article = fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_file())
        .unwrap();
    fs::copy(&article, corpus.join("zz-copy.md")).unwrap();
    assert!(
        stored::kept_records(&paths, &cached, None).is_none(),
        "an article added"
    );
}
