//! The outputs publishers and researchers read, and the JSON views: `check --format
//! claimreview` (snapshot, validated against a JSON Schema written from Google's
//! ClaimReview documentation, and read as JSON-LD), `check --format fever` (snapshot,
//! every line read as FEVER), `explain --format json`, errors and warnings as JSON
//! on stderr under `--format json`, and `factcheck.toml`'s diagnostics. Every suite
//! here is built in a temporary folder.

use crate::util::{Run, Suite, repo};
use serde_json::Value;
use std::collections::BTreeSet;

/// Pins `shown` as snapshot `publish__NAME` in `tests/snapshots/`.
macro_rules! pin {
    ($name:expr, $shown:expr) => {
        insta::with_settings!({
            snapshot_path => "../snapshots",
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!(format!("publish__{}", $name), $shown);
        })
    };
}

const CLAIMS: &str = r#"[[claim]]
id = "talks-held"
statement = "Talks were held in Naqoura on December 3"
expect = "supported"
fact = ["talks held in Naqoura", "on December 3, 2025"]

[[claim]]
id = "envoy-at-talks"
statement = "Envoy Ortagus attended the Naqoura talks"
scope = "corpus"
fact = ["talks held in Naqoura", "Ortagus attended"]

[[claim]]
id = "deal-signed"
statement = "A formal agreement was signed"
expect = "contradicted"
[[claim.fact]]
say = "a formal agreement was signed"
all = ["formal agreement", "signed"]

[[claim]]
id = "ceasefire-holds"
statement = "The ceasefire holds"
[[claim.fact]]
say = "the ceasefire holds"
all = ["ceasefire", "holds"]

[[claim]]
id = "army-deployed"
statement = "Talks were held, and the army deployed south"
fact = ["talks held", "army deployed south"]

[[claim]]
id = "moon"
statement = "The moon is made of \"cheese\""
"#;

const KJFK: &str = r#"+++
title = "Talks held in Naqoura"
outlet = "KJFK News"
url = "https://kjfk.example/2025/12/talks"
published = 2025-12-04
+++
Talks were held in Naqoura on December 3, 2025.
No formal agreement was signed.
The ceasefire holds, officials said.
"#;

const PLAIN: &str = "Talks were held in Naqoura on December 3, 2025, officials said.\n";

const LEVANT: &str = r#"+++
title = "Envoy at the table"
outlet = "Levant Wire"
url = "https://levant.example/envoy?id=7&lang=en"
published = 2025-12-05
+++
Envoy Morgan Ortagus attended the meeting.
The ceasefire does not hold, residents said.
"#;

const DESK: &str =
    "[desk]\nname = \"Example Fact Check\"\nurl = \"https://factcheck.example.org\"\n";

/// The suite every output test reads: six claims, one of each verdict (and one
/// supported across documents), three articles, two with front matter.
fn suite() -> Suite {
    Suite::new()
        .claims("desk.toml", CLAIMS)
        .article("kjfk.md", KJFK)
        .article("plain.txt", PLAIN)
        .article("levant.md", LEVANT)
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

fn validator() -> jsonschema::Validator {
    let path = repo().join("tests/fixtures/schemas/claimreview.schema.json");
    let schema = parse(&std::fs::read_to_string(path).unwrap());
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the vendored schema compiles")
}

/// The schema's complaints about `instance`, one line each.
fn schema_errors(instance: &Value) -> Vec<String> {
    validator()
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// Every object in `v` with an `@type`, anywhere.
fn typed_nodes<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
    match v {
        Value::Object(m) => {
            if m.contains_key("@type") {
                out.push(v);
            }
            m.values().for_each(|x| typed_nodes(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| typed_nodes(x, out)),
        _ => {}
    }
}

/// The JSON-LD shape Google reads: a list of top-level nodes each with the
/// schema.org `@context` and a `@type`, every nested node typed with a schema.org
/// type, no other `@` keyword.
fn assert_json_ld(doc: &Value) {
    let reviews = doc.as_array().expect("a JSON array of ClaimReviews");
    for r in reviews {
        assert_eq!(r["@context"], "https://schema.org", "{r}");
        assert_eq!(r["@type"], "ClaimReview", "{r}");
    }
    let known: BTreeSet<&str> = [
        "ClaimReview",
        "Rating",
        "Claim",
        "Organization",
        "CreativeWork",
    ]
    .into();
    let mut nodes = Vec::new();
    typed_nodes(doc, &mut nodes);
    for n in nodes {
        let t = n["@type"].as_str().expect("@type is a string");
        assert!(known.contains(t), "unexpected @type {t}");
        for k in n.as_object().unwrap().keys() {
            assert!(
                !k.starts_with('@') || k == "@type" || (k == "@context" && t == "ClaimReview"),
                "unexpected keyword {k} in {n}"
            );
        }
    }
}

#[test]
fn claimreview_is_pinned_valid_json_ld_and_meets_google_requirements() {
    let run = suite()
        .file("factcheck.toml", DESK)
        .run(&["check", "--format", "claimreview"])
        .status(0);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let out = run.out();
    pin!("claimreview", &out);
    let doc = parse(&out);
    assert_json_ld(&doc);
    assert_eq!(schema_errors(&doc), Vec::<String>::new());
    let reviews = doc.as_array().unwrap();
    let ids: Vec<&str> = reviews
        .iter()
        .map(|r| r["identifier"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "talks-held",
            "envoy-at-talks",
            "deal-signed",
            "ceasefire-holds",
            "army-deployed",
            "moon"
        ]
    );
    for r in reviews {
        let id = r["identifier"].as_str().unwrap();
        // the desk is the author; each review has its own anchor on the desk's site
        assert_eq!(r["url"], format!("https://factcheck.example.org#{id}"));
        assert_eq!(r["author"]["name"], "Example Fact Check");
        assert_eq!(r["author"]["url"], "https://factcheck.example.org");
        // ratingValue lies on the documented scale, between worst and best
        let rating = &r["reviewRating"];
        if let Some(v) = rating["ratingValue"].as_u64() {
            let (worst, best) = (
                rating["worstRating"].as_u64().unwrap(),
                rating["bestRating"].as_u64().unwrap(),
            );
            assert!(worst < best && (worst..=best).contains(&v), "{rating}");
        }
    }
    let words: Vec<&str> = reviews
        .iter()
        .map(|r| r["reviewRating"]["alternateName"].as_str().unwrap())
        .collect();
    assert_eq!(
        words,
        [
            "Supported",
            "Supported",
            "Contradicted",
            "Disputed",
            "Partly supported",
            "Unverified"
        ]
    );
    // the articles' URLs come from their front matter; one without has none
    let appearance = &reviews[0]["itemReviewed"]["appearance"];
    assert_eq!(appearance[0]["url"], "https://kjfk.example/2025/12/talks");
    assert_eq!(appearance[1]["identifier"], "plain");
    assert!(appearance[1].get("url").is_none());
    // the claim first appeared on the earliest date; the review is as of the latest
    assert_eq!(reviews[1]["itemReviewed"]["datePublished"], "2025-12-04");
    assert_eq!(reviews[1]["datePublished"], "2025-12-05");
    // against: cited, not an appearance
    assert_eq!(
        reviews[2]["citation"][0]["url"],
        "https://kjfk.example/2025/12/talks"
    );
    assert!(reviews[2]["itemReviewed"].get("appearance").is_none());
    // a claim with no evidence has no date and no point on the scale
    assert!(reviews[5].get("datePublished").is_none());
    assert!(reviews[5]["reviewRating"].get("ratingValue").is_none());
    assert_eq!(
        reviews[5]["claimReviewed"],
        "The moon is made of \"cheese\""
    );
}

#[test]
fn claimreview_without_a_desk_has_no_author_and_no_url() {
    let run = suite().run(&["check", "--format", "claimreview"]).status(0);
    let doc = parse(&run.out());
    assert_json_ld(&doc);
    for r in doc.as_array().unwrap() {
        assert!(r.get("author").is_none() && r.get("url").is_none(), "{r}");
    }
    // what Google then misses is each review's url, nothing else
    let errors: Vec<String> = doc
        .as_array()
        .unwrap()
        .iter()
        .flat_map(schema_errors)
        .collect();
    assert_eq!(errors.len(), 6, "{errors:#?}");
    assert!(
        errors.iter().all(|e| e.contains("\"url\" is a required")),
        "{errors:#?}"
    );
    // a desk without a url: an author, still no url
    let run = suite()
        .file("factcheck.toml", "[desk]\nname = \"Desk\"\n")
        .run(&["check", "--format", "claimreview", "--only", "moon"])
        .status(0);
    let doc = parse(&run.out());
    assert_eq!(
        doc[0]["author"],
        serde_json::json!({"@type": "Organization", "name": "Desk"})
    );
    assert!(doc[0].get("url").is_none());
}

#[test]
fn claimreview_publishes_only_web_urls_and_cannot_end_its_script_element() {
    let run = Suite::new()
        .claims(
            "hostile.toml",
            r#"[[claim]]
id = "talks"
statement = "Talks were held </script><script>alert(1)</script> & more"
fact = ["talks held in Naqoura"]
"#,
        )
        .article(
            "script.md",
            "+++\ntitle = \"Talks </script><img src=x onerror=alert(1)>\"\nurl = \"javascript:alert(1)\"\n+++\nTalks were held in Naqoura.\n",
        )
        .article(
            "file.md",
            "+++\nurl = \"file:///etc/passwd\"\n+++\nTalks were held in Naqoura, officials said.\n",
        )
        .article(
            "nohost.md",
            "+++\nurl = \"https:///path\"\n+++\nTalks were held in Naqoura, a witness said.\n",
        )
        .file("factcheck.toml", DESK)
        .run(&["check", "--format", "claimreview"])
        .status(0);
    let out = run.out();
    // nothing in the document can close a <script type="application/ld+json">
    assert!(!out.contains(['<', '>', '&']), "{out}");
    assert!(out.contains(r"\u003c/script\u003e"), "{out}");
    let doc = parse(&out);
    assert_json_ld(&doc);
    let review = &doc[0];
    assert_eq!(
        review["claimReviewed"],
        "Talks were held </script><script>alert(1)</script> & more"
    );
    let appearance = review["itemReviewed"]["appearance"].as_array().unwrap();
    let ids: Vec<&str> = appearance
        .iter()
        .map(|a| a["identifier"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["file", "nohost", "script"], "{review}");
    // the articles are listed, their urls that are no web address left out
    for a in appearance {
        assert!(a.get("url").is_none(), "{a}");
    }
    assert_eq!(
        appearance[2]["headline"],
        "Talks </script><img src=x onerror=alert(1)>"
    );
}

#[test]
fn the_vendored_schema_rejects_what_google_rejects() {
    let good = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://factcheck.example.org#x",
        "claimReviewed": "x",
        "reviewRating": {"@type": "Rating", "alternateName": "False"}
    });
    assert_eq!(schema_errors(&good), Vec::<String>::new());
    for (key, bad) in [
        ("claimReviewed", Value::Null),
        (
            "reviewRating",
            serde_json::json!({"@type": "Rating", "ratingValue": 1}),
        ),
        ("url", Value::from("not a url")),
        ("@type", Value::from("Review")),
    ] {
        let mut doc = good.clone();
        if bad.is_null() {
            doc.as_object_mut().unwrap().remove(key);
        } else {
            doc[key] = bad;
        }
        assert!(!schema_errors(&doc).is_empty(), "{key}: {doc}");
    }
}

/// The FEVER fields of every line, checked; the lines parsed.
fn fever_lines(run: &Run) -> Vec<Value> {
    let out = run.out();
    assert!(out.ends_with('\n'));
    out.lines()
        .map(|line| {
            assert!(!line.contains('\n') && !line.is_empty());
            let v = parse(line);
            let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
            assert_eq!(
                keys.into_iter().collect::<BTreeSet<_>>(),
                ["claim", "evidence", "id", "label", "verifiable"].into(),
                "{line}"
            );
            let label = v["label"].as_str().unwrap();
            assert!(
                ["SUPPORTS", "REFUTES", "NOT ENOUGH INFO"].contains(&label),
                "{line}"
            );
            let verifiable = if label == "NOT ENOUGH INFO" {
                "NOT VERIFIABLE"
            } else {
                "VERIFIABLE"
            };
            assert_eq!(v["verifiable"], verifiable, "{line}");
            let sets = v["evidence"].as_array().unwrap();
            assert!(!sets.is_empty(), "{line}");
            for set in sets {
                for item in set.as_array().unwrap() {
                    let item = item.as_array().unwrap();
                    assert_eq!(item.len(), 4, "{line}");
                    assert!(item[0].is_u64(), "{line}");
                    if label == "NOT ENOUGH INFO" {
                        assert!(item[1..].iter().all(Value::is_null), "{line}");
                    } else {
                        assert!(item[1].is_u64() && item[2].is_string(), "{line}");
                        assert!(item[3].as_u64().unwrap() >= 1, "{line}");
                    }
                }
            }
            v
        })
        .collect()
}

#[test]
fn fever_is_pinned_and_every_line_is_a_fever_record() {
    let s = suite();
    let run = s.run(&["check", "--format", "fever"]).status(0);
    pin!("fever", run.out());
    let lines = fever_lines(&run);
    let labels: Vec<&str> = lines.iter().map(|v| v["label"].as_str().unwrap()).collect();
    assert_eq!(
        labels,
        [
            "SUPPORTS",
            "SUPPORTS",
            "REFUTES",
            "NOT ENOUGH INFO",
            "NOT ENOUGH INFO",
            "NOT ENOUGH INFO"
        ]
    );
    // every [document, line] is a line of that document holding the evidence
    let text = |doc: &str| match doc {
        "kjfk" => KJFK,
        "plain" => PLAIN,
        "levant" => LEVANT,
        other => panic!("no document {other}"),
    };
    let at = |doc: &str, line: u64| text(doc).lines().nth(line as usize - 1).unwrap();
    // talks-held: one set per supporting document
    assert_eq!(lines[0]["evidence"].as_array().unwrap().len(), 2);
    assert!(at("kjfk", 7).starts_with("Talks were held"));
    assert_eq!(lines[0]["evidence"][0][0][2], "kjfk");
    assert_eq!(lines[0]["evidence"][0][0][3], 7);
    assert_eq!(lines[0]["evidence"][1][0][2], "plain");
    // envoy-at-talks, scope corpus: one set across documents
    let set = lines[1]["evidence"][0].as_array().unwrap();
    let docs: BTreeSet<&str> = set.iter().map(|i| i[2].as_str().unwrap()).collect();
    assert_eq!(docs, ["kjfk", "levant", "plain"].into());
    // deal-signed: the sentence that refutes it
    let item = &lines[2]["evidence"][0][0];
    assert_eq!(
        at(item[2].as_str().unwrap(), item[3].as_u64().unwrap()),
        "No formal agreement was signed."
    );
}

#[test]
fn explain_json_is_pinned_with_skipped_windows_and_near_misses() {
    let s = suite().claims(
        "more.toml",
        r#"[[claim]]
id = "quiet"
statement = "Officials said the ceasefire holds, not residents"
[[claim.fact]]
say = "officials on the ceasefire"
all = ["ceasefire"]
not = ["residents"]
[[claim.fact]]
say = "Ortagus said so"
all = ["Ortagus", "ceasefire"]
"#,
    );
    let run = s.run(&["explain", "quiet", "--format", "json"]).status(0);
    pin!("explain_json", run.out());
    let v = parse(&run.out());
    assert_eq!(v["version"], 1);
    assert_eq!(v["claim"]["id"], "quiet");
    assert_eq!(v["claim"]["facts"].as_array().unwrap().len(), 2);
    let facts = v["facts"].as_array().unwrap();
    assert_eq!(facts[0]["say"], "officials on the ceasefire");
    assert_eq!(facts[0]["skipped"][0]["doc"], "levant");
    let miss = &facts[1]["near_misses"][0];
    assert!(miss["score"].as_u64().unwrap() >= 1, "{miss}");
    assert!(miss["window"]["quote"].is_string(), "{miss}");
}

/// A claim file with two mistakes, at known places.
const BAD_CLAIMS: &str = "[[claim]]\nid = \"x\"\nstatement = \"y\"\nexpcet = \"supported\"\n\n[[claim]]\nid = \"Bad Id\"\nstatement = \"z\"\n";

#[test]
fn errors_are_json_on_stderr_under_format_json() {
    let s = Suite::new()
        .claims("bad.toml", BAD_CLAIMS)
        .article("a.txt", PLAIN);
    for args in [
        &["check", "--format", "json"][..],
        &["explain", "x", "--format", "json"],
        &["impact", "corpus/a.txt", "--format", "json"],
    ] {
        let run = s.run(args).status(2);
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.out());
        let v = parse(&run.stderr);
        assert_eq!(v["version"], 1, "{args:?}");
        let errors = v["errors"].as_array().unwrap();
        assert_eq!(errors.len(), 2, "{args:?}: {v}");
        let places: Vec<(&str, u64, u64)> = errors
            .iter()
            .map(|e| {
                assert_eq!(e["severity"], "error");
                (
                    e["file"].as_str().unwrap(),
                    e["line"].as_u64().unwrap(),
                    e["column"].as_u64().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            places,
            [("claims/bad.toml", 4, 1), ("claims/bad.toml", 7, 6)],
            "{args:?}"
        );
        assert_eq!(errors[0]["message"], "unknown key `expcet`");
        assert_eq!(errors[0]["help"], "did you mean `expect`?");
        let keys: BTreeSet<&str> = errors[0]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "column", "file", "help", "line", "message", "note", "severity"
            ]
            .into()
        );
    }
    pin!("errors_json", s.run(&["check", "--format", "json"]).shown());
    // the text formats keep the rustc-style text
    s.run(&["check"])
        .status(2)
        .stderr_has("--> claims/bad.toml:4:1");
    // under --root, files are named as they open from here, as in text
    let root = s.path().to_str().unwrap().to_string();
    let run = crate::util::factcheck()
        .args(["--root", &root, "check", "--format", "json"])
        .output()
        .unwrap();
    let v = parse(&String::from_utf8_lossy(&run.stderr));
    assert_eq!(
        v["errors"][0]["file"],
        format!("{root}/claims/bad.toml"),
        "{v}"
    );
    // an error without a place has null file, line and column
    let run = suite()
        .run(&["explain", "nope", "--format", "json"])
        .status(2);
    let v = parse(&run.stderr);
    let e = &v["errors"][0];
    assert_eq!(e["message"], "no claim with id `nope`");
    assert!(e["file"].is_null() && e["line"].is_null() && e["column"].is_null());
}

#[test]
fn warnings_are_json_on_stderr_under_format_json() {
    let s = suite().article("scan.txt", b"\x00\x01binary\xff\xfe");
    let run = s.run(&["check", "--format", "json"]).status(0);
    parse(&run.out());
    let v = parse(&run.stderr);
    assert_eq!(v["version"], 1);
    assert!(v.get("errors").is_none(), "{v}");
    let w = &v["warnings"][0];
    assert_eq!(w["severity"], "warning");
    assert_eq!(w["file"], "corpus/scan.txt");
    // no warnings: nothing on stderr
    let run = suite().run(&["check", "--format", "json"]).status(0);
    assert_eq!(run.stderr, "");
}

#[test]
fn formats_a_command_does_not_write_are_refused() {
    let s = suite();
    s.run(&["explain", "moon", "--format", "fever"])
        .status(2)
        .stderr_has("invalid value 'fever' for '--format <FORMAT>'")
        .stderr_has("[possible values: text, json]");
    s.run(&["impact", "corpus/plain.txt", "--format", "claimreview"])
        .status(2)
        .stderr_has("invalid value 'claimreview' for '--format <FORMAT>'");
}

#[test]
fn a_bad_factcheck_toml_is_a_pinned_diagnostic() {
    let cases = [
        (
            "unknown-key",
            "[desk]\nname = \"Example Fact Check\"\nurls = \"https://x.org\"\n",
        ),
        ("unknown-table", "[desks]\nname = \"Example Fact Check\"\n"),
        (
            "no-name",
            "[desk]\nurl = \"https://factcheck.example.org\"\n",
        ),
        (
            "bad-url",
            "[desk]\nname = \"Example Fact Check\"\nurl = \"factcheck.example.org\"\n",
        ),
        ("syntax", "[desk]\nname = \"Example Fact Check\n"),
        ("wrong-type", "desk = \"Example Fact Check\"\n"),
        (
            "desk-key-at-top",
            "name = \"Example Fact Check\"\nurl = \"https://factcheck.example.org\"\n",
        ),
    ];
    for (name, text) in cases {
        let s = suite().file("factcheck.toml", text);
        // every command that reads the suite whole checks it, with every other error
        let run = s.run(&["check"]).status(2);
        pin!(format!("bad_config@{name}"), run.shown());
        s.run(&["lint"]).status(2).stderr_has("factcheck.toml:");
        let run = s.run(&["check", "--format", "json"]).status(2);
        assert_eq!(parse(&run.stderr)["errors"][0]["file"], "factcheck.toml");
    }
    // not UTF-8: placed where it stops being
    suite()
        .file("factcheck.toml", b"[desk]\nname = \"Caf\xe9\"\n")
        .run(&["check"])
        .status(2)
        .stderr_has("not valid UTF-8 at byte offset 18")
        .stderr_has("factcheck.toml:2:12")
        .stderr_has("save factcheck.toml as UTF-8 text");
    // a link to nowhere is not an absent file
    #[cfg(unix)]
    {
        let s = suite();
        std::os::unix::fs::symlink("missing.toml", s.path().join("factcheck.toml")).unwrap();
        s.run(&["check"])
            .status(2)
            .stderr_has("factcheck.toml")
            .stderr_has("1 problem found");
    }
    // with a bad claim file too, both are reported
    suite()
        .claims("bad.toml", BAD_CLAIMS)
        .file("factcheck.toml", "[desk]\nurl = \"https://x.org\"\n")
        .run(&["check"])
        .status(2)
        .stderr_has("`[desk]` has no `name`")
        .stderr_has("unknown key `expcet`")
        .stderr_has("3 problems found");
}
