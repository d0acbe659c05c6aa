//! `check --format json`, `jsonl` and `fever` at archive scale ([`factcheck::check::every`]):
//! every window is found after the tallies, kept in a temporary file and written
//! claim by claim. What they write is byte for byte what the in-memory report
//! writes, with and without the cache, for any selection; and the command line
//! gives them.

use crate::util::Suite;
use factcheck::Paths;
use factcheck::check::{self, cache, tally::Tallied};

const CLAIMS: &str = r#"[[claim]]
id = "talks-held"
statement = "Talks were held in Naqura"
tags = ["talks"]
scope = "corpus"

[[claim.fact]]
say = "talks held in Naqura"
all = ["talks", "Naqura"]

[[claim.fact]]
say = "an envoy was there"
any = ["envoy", "Ortagus"]

[[claim]]
id = "talks-again"
statement = "The same fact in another claim"
expect = "supported"

[[claim.fact]]
say = "talks held in Naqura"
all = ["talks", "Naqura"]

[[claim]]
id = "killed"
statement = "Twelve people were killed in the strike"
expect = "contradicted"

[[claim.fact]]
say = "twelve killed"
all = ["killed", "strike"]
number = "12"

[[claim]]
id = "envoy"
statement = "An envoy was there (no window against it)"

[[claim.fact]]
say = "an envoy was there"
any = ["envoy", "Ortagus"]

[[claim]]
id = "nothing"
statement = "Nothing says this"
expect = "unverified"

[[claim.fact]]
all = ["zeppelin"]
"#;

const PLACES: [&str; 4] = ["Naqura", "Naqoura", "Tyre", "Sidon"];
const WHO: [&str; 3] = ["Morgan Ortagus", "the \"envoy\"", "an envoy\\aide"];

/// 150 articles (more than two of the groups the windows are kept in), each with
/// a few sentences the facts find, some quoted, some with numbers that disagree.
fn suite() -> Suite {
    let mut s = Suite::new().claims("many.toml", CLAIMS);
    for i in 0..150usize {
        let place = PLACES[i % PLACES.len()];
        let who = WHO[i % WHO.len()];
        let mut body = format!(
            "Talks were held in Naqura near {place} on day {i}, and {who} was present.\n\n\
             A strike killed {} people near the border, officials said.\n",
            10 + i % 5
        );
        if i % 7 == 0 {
            body.push_str(
                "\nNo talks were held in Naqura, a spokesman said; “nothing” happened.\n",
            );
        }
        if i % 11 == 0 {
            body.push_str("\nThe weather was calm.\tFishing boats stayed in port.\n");
        }
        s = s.article(&format!("{:03}-{}.txt", i, place.to_lowercase()), body);
    }
    s
}

fn how(root: &std::path::Path, cached: bool) -> Tallied {
    Tallied {
        cache: cached.then(|| cache::folder(root)),
        shown: factcheck::report::EVIDENCE_SHOWN,
        progress: None,
        read_only: false,
    }
}

/// The in-memory report's JSON and JSON Lines, and the archive path's.
fn both(s: &Suite, only: &[String], cached: bool) -> [(Vec<u8>, Vec<u8>); 3] {
    let paths = Paths::new(s.path(), None, None);
    let r = check::run(&paths, only).unwrap_or_else(|e| panic!("{e:?}"));
    let (mut json, mut jsonl) = (Vec::new(), Vec::new());
    r.write_json(&mut json).unwrap();
    r.write_jsonl(&mut jsonl).unwrap();
    let mut fever = Vec::new();
    factcheck::report::write_fever(&mut fever, &r).unwrap();
    let (every, warnings) = check::run_every(&paths, only, &how(s.path(), cached), |_| Ok(()))
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(every.summary(), &r.summary);
    assert_eq!(every.all_met(), r.all_met());
    let (mut json2, mut jsonl2) = (Vec::new(), Vec::new());
    every.write_json(&mut json2).unwrap();
    every.write_jsonl(&mut jsonl2).unwrap();
    let mut fever2 = Vec::new();
    every.write_fever(&mut fever2).unwrap();
    [(json, json2), (jsonl, jsonl2), (fever, fever2)]
}

fn same(pairs: [(Vec<u8>, Vec<u8>); 3]) {
    for (whole, streamed) in pairs {
        let (a, b) = (
            String::from_utf8(whole).unwrap(),
            String::from_utf8(streamed).unwrap(),
        );
        if a != b {
            let at = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
            panic!(
                "differ at byte {at}:\nin memory: {}\nstreamed:  {}",
                &a[at.saturating_sub(200)..(at + 200).min(a.len())],
                &b[at.saturating_sub(200)..(at + 200).min(b.len())]
            );
        }
    }
}

#[test]
fn every_window_streamed_is_the_in_memory_reports_bytes() {
    let s = suite();
    let pairs = both(&s, &[], false);
    // the suite is what the test means: windows of both stances, in many groups
    let json: serde_json::Value = serde_json::from_slice(&pairs[0].0).unwrap();
    let talks = &json["claims"][0]["facts"][0]["evidence"];
    assert!(talks.as_array().unwrap().len() > 150, "{talks}");
    let stances: Vec<&str> = json["claims"][2]["facts"][0]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["stance"].as_str().unwrap())
        .collect();
    assert!(stances.contains(&"supports") && stances.contains(&"against"));
    assert_eq!(
        json["claims"][4]["facts"][0]["evidence"],
        serde_json::json!([])
    );
    same(pairs);
    // with the cache, cold then warm
    same(both(&s, &[], true));
    same(both(&s, &[], true));
    // a selection: by tag, by id, in the suite's order
    same(both(&s, &["talks".to_string()], true));
    same(both(
        &s,
        &["nothing".to_string(), "killed".to_string()],
        true,
    ));
    // facts whose every document the tallies name: only those are read again
    same(both(&s, &["envoy".to_string()], true));
    same(both(
        &s,
        &["envoy".to_string(), "nothing".to_string()],
        true,
    ));
    // one article changed in the middle: read by the tally pass (its windows given
    // then), the others read again for theirs, runs of both kinds interleaved
    let changed = s.path().join("corpus/070-tyre.txt");
    let text = std::fs::read_to_string(&changed).unwrap();
    std::fs::write(
        &changed,
        format!("{text}\nMore talks were held in Naqura, Ortagus said.\n"),
    )
    .unwrap();
    same(both(&s, &[], true));
    // an edited claim: its new fact read where it can occur, every window again
    let claims = s.path().join("claims/many.toml");
    let text = std::fs::read_to_string(&claims).unwrap();
    std::fs::write(
        &claims,
        text.replace("any = [\"envoy\", \"Ortagus\"]", "any = [\"spokesman\"]"),
    )
    .unwrap();
    same(both(&s, &[], true));
}

#[test]
fn documents_read_again_between_the_tally_passs_keep_document_order() {
    // every article cached and trusted (changed a clear second before the run that
    // cached it), then two apart changed: the tally pass reads those two, the ones
    // between and around are read again after it, and each fact's windows are
    // still in document order (the two once shared a run, written before the
    // documents between them)
    let s = suite();
    std::thread::sleep(std::time::Duration::from_millis(2100));
    same(both(&s, &[], true));
    for name in ["010-tyre", "013-naqoura"] {
        let changed = s.path().join(format!("corpus/{name}.txt"));
        let text = std::fs::read_to_string(&changed).unwrap();
        std::fs::write(&changed, format!("{text}\nTalks in Naqura went on.\n")).unwrap();
    }
    same(both(&s, &[], true));
}

#[test]
fn no_claim_and_no_window_are_written_as_the_in_memory_report_writes_them() {
    let s = Suite::new()
        .claims(
            "one.toml",
            "[[claim]]\nid = \"z\"\nstatement = \"z\"\n[[claim.fact]]\nall = [\"zeppelin\"]\n",
        )
        .article("a.txt", "Nothing here.\n");
    same(both(&s, &[], false));
}

#[test]
fn the_command_line_writes_the_streamed_report() {
    let s = suite();
    let paths = Paths::new(s.path(), None, None);
    let r = check::run(&paths, &[]).unwrap();
    let json = s.run(&["check", "--format", "json"]).status(1).json();
    let whole: serde_json::Value = serde_json::to_value(&r).unwrap();
    assert_eq!(json["summary"], whole["summary"]);
    assert_eq!(json["claims"].as_array().unwrap().len(), 5);
    for k in 0..5 {
        let (a, b) = (&json["claims"][k]["facts"], &whole["claims"][k]["facts"]);
        assert_eq!(a.as_array().unwrap().len(), b.as_array().unwrap().len());
        for (fa, fb) in a.as_array().unwrap().iter().zip(b.as_array().unwrap()) {
            assert_eq!(
                fa["evidence"].as_array().unwrap().len(),
                fb["evidence"].as_array().unwrap().len()
            );
        }
    }
    // a temporary folder that cannot hold the windows: a clear error, exit 2
    let run = s.env("TMPDIR", Some("/nonexistent/factcheck-tmp")).run(&[
        "check",
        "--format",
        "jsonl",
        "--no-cache",
    ]);
    let run = run.status(2);
    run.stderr_has("temporary file").stderr_has("TMPDIR");
}

/// On a terminal (`script` gives the run one), `check --format json` shows the
/// checking bar and then the writing bar (claims written, of claims to write) on
/// stderr, and writes the same JSON as without one; off a terminal, stderr is empty.
#[test]
fn a_terminal_sees_the_report_written_claim_by_claim() {
    let has_script = std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_script {
        eprintln!("note: `script` (util-linux) not found; the terminal progress test is skipped");
        return;
    }
    let s = suite();
    let plain = s
        .run(&["check", "--format", "json", "--no-cache"])
        .status(1);
    assert!(plain.stderr.is_empty(), "{}", plain.stderr);
    let json = s.path().join("report.json");
    let typescript = s.path().join("typescript");
    let line = format!(
        "'{}' --root '{}' check --format json --no-cache > '{}'",
        env!("CARGO_BIN_EXE_factcheck"),
        s.path().display(),
        json.display()
    );
    let ran = std::process::Command::new("script")
        .args(["-q", "-e", "-c", &line])
        .arg(&typescript)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(ran.status.code(), Some(1), "{ran:?}");
    let seen = String::from_utf8_lossy(&std::fs::read(&typescript).unwrap()).into_owned();
    assert!(seen.contains("checking ["), "{seen}");
    assert!(seen.contains("articles"), "{seen}");
    assert!(seen.contains("writing ["), "{seen}");
    assert!(seen.contains("/5 claims"), "{seen}");
    assert_eq!(std::fs::read(&json).unwrap(), plain.stdout);
}
