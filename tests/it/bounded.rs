//! The reports people read show at most `EVIDENCE_SHOWN` (5) evidence windows per
//! fact and stance and as many independent sources, then count the rest
//! (`… and 3 more for in 3 documents`); JSON and JSON Lines keep every window. One
//! small suite: a fact with 8 windows for (two in one document) and 1 against, and a
//! claim supported by 7 documents in 6 independent sources.

use crate::util::Suite;
use factcheck::report::{EVIDENCE_SHOWN, Report, failure, snapshot};
use serde_json::Value;

/// Pins `shown` as snapshot `bounded__NAME` in `tests/snapshots/`.
macro_rules! pin {
    ($name:expr, $shown:expr) => {
        insta::with_settings!({
            snapshot_path => "../snapshots",
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!(format!("bounded__{}", $name), $shown);
        })
    };
}

const CLAIMS: &str = r#"[[claim]]
id = "talks-held"
statement = "Talks were held in Naqura"
expect = "supported"
scope = "corpus"
sources = 2

[[claim.fact]]
say = "talks held in Naqura"
all = ["talks", "Naqura"]

[[claim]]
id = "naqura-sources"
statement = "Ten outlets reported talks in Naqura"
expect = "supported"
scope = "corpus"
sources = 10

[[claim.fact]]
say = "talks held in Naqura"
all = ["talks", "held", "Naqura"]
not = ["no"]
"#;

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const PEOPLE: [&str; 8] = [
    "Rana Haddad",
    "Omar Saleh",
    "Lina Aoun",
    "Karim Nassar",
    "Maya Khoury",
    "Samir Fares",
    "Nadia Azar",
    "Tarek Habib",
];
const ASIDES: [&str; 7] = [
    "the harbour road was closed for hours",
    "farmers waited at the checkpoint near the river",
    "a convoy of white trucks crossed the valley",
    "schools in the district stayed shut",
    "the mayor asked for patience and calm",
    "fishing boats stayed in port all day",
    "a power cut hit the southern villages",
];

/// Articles `a` to `g` each report the talks (`a` twice; `b` and `c` are one outlet's,
/// one independent source), `h` denies them.
fn suite() -> Suite {
    let mut s = Suite::new().claims("many.toml", CLAIMS);
    for (i, d) in ["a", "b", "c", "d", "e", "f", "g"].into_iter().enumerate() {
        let head = if d == "b" || d == "c" {
            format!("+++\ntitle = \"Report {d}\"\noutlet = \"AFP\"\n+++\n")
        } else {
            String::new()
        };
        let mut body = format!(
            "{head}Talks were held in Naqura on {}, {} said.\n\nSeparately, {}.\n",
            DAYS[i], PEOPLE[i], ASIDES[i]
        );
        if d == "a" {
            body.push_str(&format!(
                "\nMore talks were held in Naqura later, {} added.\n",
                PEOPLE[7]
            ));
        }
        s = s.article(&format!("{d}.txt"), body);
    }
    s.article(
        "h.txt",
        "No talks were held in Naqura this week, the ministry said.\n\n\
         The weather was cold and wet across the coast.\n",
    )
}

/// The suite's report, every window, from the library.
fn report(s: &Suite) -> Report {
    let paths = factcheck::Paths::new(s.path(), None, None);
    factcheck::check::run(&paths, &[]).unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn the_text_report_shows_five_windows_per_stance_and_counts_the_rest() {
    let out = suite().run(&["check"]).status(1).out();
    // five for and the one against of each fact, no more
    assert_eq!(out.matches("        for corpus/").count(), 10, "{out}");
    assert_eq!(out.matches("        against corpus/").count(), 1, "{out}");
    assert_eq!(out.matches("… and 3 more for in 3 documents").count(), 2);
    assert!(out.contains("(8 for, 1 against)"), "{out}");
    assert!(
        out.contains("supported by: a; AFP: b, c; d; e; f … and 1 more source (1 more document)"),
        "{out}"
    );
    pin!("text", out);
}

#[test]
fn snapshots_and_failure_messages_print_the_bounded_record() {
    let s = suite();
    let full = report(&s);
    let fact = &full.claims[0].facts[0];
    assert_eq!(fact.evidence.len(), 9, "every window before bounding");
    assert!(fact.more.is_empty());
    let bounded = full.bounded(EVIDENCE_SHOWN);
    let mut shown = String::new();
    for c in &bounded.claims {
        shown.push_str(&format!("=== snapshot of {}\n{}", c.id, snapshot(c)));
        shown.push_str(&format!("=== failure of {}\n{}", c.id, failure(c)));
    }
    assert_eq!(shown.matches("  - supports ").count(), 10, "{shown}");
    assert_eq!(shown.matches("  - against ").count(), 1, "{shown}");
    assert_eq!(
        shown.matches("  … and 3 more for in 3 documents\n").count(),
        4
    );
    // the windows listed are the first ones in document order: a, a, b, c, d
    assert!(!shown.contains("supports e "), "{shown}");
    assert!(
        shown.contains("sources: a; AFP: b, c; d; e; f … and 1 more source (1 more document)\n")
    );
    pin!("snapshot_and_failure", shown);
    // bounding what is bounded changes nothing
    let again = bounded.clone().bounded(EVIDENCE_SHOWN);
    for (a, b) in bounded.claims.iter().zip(&again.claims) {
        assert_eq!(snapshot(a), snapshot(b));
    }
}

#[test]
fn html_and_ci_formats_count_the_windows_they_do_not_show() {
    let s = suite();
    let html = s.run(&["check", "--format", "html"]).status(1).out();
    assert_eq!(html.matches("<li class=\"ev ev-supports\">").count(), 10);
    assert_eq!(
        html.matches("<li class=\"ev-more ev-more-supports\">… and 3 more for in 3 documents</li>")
            .count(),
        2,
        "{html}"
    );
    assert!(html.contains("6 independent sources"), "{html}");
    assert!(html.contains("<span class=\"more\">… and 1 more source (1 more document)</span>"));
    // three windows shown per deciding fact in annotations; the other six counted
    let junit = s.run(&["check", "--format", "junit"]).status(1).out();
    assert!(junit.contains("  … and 6 more\n"), "{junit}");
    let github = s.run(&["check", "--format", "github"]).status(1).out();
    assert!(github.contains("%0A  … and 6 more%0A"), "{github}");
}

/// Every window of every fact in a JSON report, as (claim, document, stance).
fn windows(claims: &[Value]) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for c in claims {
        for f in c["facts"].as_array().unwrap() {
            assert!(f.get("more").is_none(), "JSON is never bounded: {f}");
            for e in f["evidence"].as_array().unwrap() {
                out.push((
                    c["id"].as_str().unwrap().to_string(),
                    e["doc"].as_str().unwrap().to_string(),
                    e["stance"].as_str().unwrap().to_string(),
                ));
            }
        }
    }
    out
}

#[test]
fn json_keeps_every_window_and_json_lines_are_its_claims() {
    let s = suite();
    let json = s.run(&["check", "--format", "json"]).status(1).json();
    let claims = json["claims"].as_array().unwrap();
    let all = windows(claims);
    assert_eq!(all.len(), 9 + 8);
    assert_eq!(
        all.iter()
            .filter(|(c, d, _)| c == "talks-held" && d == "a")
            .count(),
        2
    );
    assert!(all.contains(&("talks-held".into(), "h".into(), "against".into())));
    assert_eq!(claims[1]["sources"].as_array().unwrap().len(), 7);
    assert!(claims.iter().all(|c| c.get("more_sources").is_none()));

    let run = s.run(&["check", "--format", "jsonl"]).status(1);
    let text = run.out();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert_eq!(lines.len(), claims.len() + 1, "{text}");
    assert_eq!(lines[..claims.len()], claims[..]);
    let last = lines.last().unwrap();
    assert_eq!(last["version"], 1);
    assert_eq!(last["summary"], json["summary"]);
    assert_eq!(last["documents"], json["documents"]);
    assert_eq!(last.as_object().unwrap().len(), 3);
}

#[test]
fn jsonl_errors_are_json_like_json_errors() {
    let run = Suite::new()
        .claims("bad.toml", "[[claim]]\nid = 3\n")
        .run(&["check", "--format", "jsonl"])
        .status(2);
    let errors: Value = serde_json::from_str(&run.stderr).unwrap();
    assert_eq!(errors["version"], 1);
    assert!(!errors["errors"].as_array().unwrap().is_empty());
}
