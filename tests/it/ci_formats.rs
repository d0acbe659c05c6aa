//! The outputs CI systems read, each pinned whole (insta snapshots
//! `tests/snapshots/ci__*.snap`) and each read back by a real consumer: JUnit XML
//! parsed by roxmltree and checked for what Jenkins and GitLab read, SARIF
//! validated against the official SARIF 2.1.0 schema
//! (`tests/fixtures/schemas/sarif-schema-2.1.0.json`), GitHub workflow commands
//! parsed back by a parser that follows GitHub's documented escaping. One small
//! suite: a claim that meets its `expect`, one that misses it, one without `expect`
//! and a misspelt name (lint warnings).

use crate::util::{Run, Suite, repo};
use serde_json::Value;
use std::collections::BTreeMap;

const CLAIMS: &str = r#"[aliases]
naqoura = ["Naqura", "Naqoura"]

[[claim]]
id = "talks-held"
statement = "Talks were held in Naqura on December 3"
expect = "supported"

[[claim.fact]]
say = "talks held in Naqura"
all = ["talks", "@naqoura"]

[[claim.fact]]
say = "on December 3"
date = "2025-12-03"
all = ["talks"]

[[claim]]
id = "deal-signed"
statement = "A deal was signed: the sides agreed, finally"
expect = "supported"
tags = ["deal"]

[[claim.fact]]
say = "talks held"
all = ["talks"]

[[claim.fact]]
say = "a deal, signed"
all = ["deal", "signed"]

[[claim]]
id = "no-expect"
statement = "Envoy Ortagos attended"
"#;

const ARTICLE: &str = "+++\ntitle = \"Talks in Naqura\"\noutlet = \"Desk\"\npublished = 2025-12-04\n+++\n\
Talks were held in Naqura on December 3, 2025, with envoy Ortagus.\n\
No deal was signed, officials said: \"not now\" & <later>.\n";

const OTHER: &str = "Negotiators said no deal was signed after the talks ended on Wednesday, \
a spokesman told reporters in a long statement that went on to list every point the two \
delegations had failed to agree on.\n";

fn suite() -> Suite {
    Suite::new()
        .claims("talks.toml", CLAIMS)
        .article("a.txt", ARTICLE)
        .article("b.txt", OTHER)
}

/// Pins `shown` as snapshot `ci__NAME` in `tests/snapshots/`.
macro_rules! pin {
    ($name:expr, $shown:expr) => {
        insta::with_settings!({
            snapshot_path => "../snapshots",
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!(format!("ci__{}", $name), $shown);
        })
    };
}

/// The tool's version, which SARIF names, as `[version]`: snapshots outlive it.
fn unversioned(out: String) -> String {
    out.replace(
        &format!("\"{}\"", env!("CARGO_PKG_VERSION")),
        "\"[version]\"",
    )
}

fn stdout(r: &Run) -> String {
    assert!(r.stderr.is_empty(), "stderr: {}", r.stderr);
    r.out()
}

#[test]
fn every_format_pinned_whole_with_the_exit_status_of_text() {
    let s = suite();
    for (format, code) in [
        ("text", 1),
        ("json", 1),
        ("junit", 1),
        ("sarif", 1),
        ("github", 1),
    ] {
        s.run(&["check", "--format", format]).status(code);
    }
    pin!(
        "check_junit",
        stdout(&s.run(&["check", "--format", "junit"]))
    );
    pin!(
        "check_sarif",
        unversioned(stdout(&s.run(&["check", "--format", "sarif"])))
    );
    pin!(
        "check_github",
        stdout(&s.run(&["check", "--format", "github"]))
    );
    pin!(
        "lint_json",
        stdout(&s.run(&["lint", "--format", "json"]).status(0))
    );
    pin!(
        "lint_sarif",
        unversioned(stdout(&s.run(&["lint", "--format", "sarif"]).status(0)))
    );
    pin!(
        "lint_github",
        stdout(&s.run(&["lint", "--format", "github"]).status(0))
    );
    for format in ["text", "json", "sarif", "github"] {
        s.run(&["lint", "--format", format, "--deny-warnings"])
            .status(1);
    }
    // the claims that meet their expect only: 0, whatever the format
    for format in ["junit", "sarif", "github"] {
        s.run(&["check", "--format", format, "--only", "talks-held"])
            .status(0);
    }
}

#[test]
fn lint_text_is_unchanged_and_the_other_formats_keep_stderr_empty() {
    let s = suite();
    let text = s.run(&["lint"]);
    let explicit = s.run(&["lint", "--format", "text"]);
    assert_eq!(text.out(), "3 claims, 2 documents: 3 warnings\n");
    assert_eq!(
        (text.out(), &text.stderr),
        (explicit.out(), &explicit.stderr)
    );
    assert!(
        text.stderr
            .contains("warning: claim `no-expect` has no `expect`")
    );
    let json = s.run(&["lint", "--format", "json"]);
    assert!(json.stderr.is_empty());
    let v = json.json();
    assert_eq!(
        (v["claims"].as_u64(), v["documents"].as_u64()),
        (Some(3), Some(2))
    );
    let w = &v["warnings"][1];
    assert_eq!(w["message"], "claim `no-expect` has no `expect`");
    assert_eq!(
        (&w["file"], &w["line"], &w["column"]),
        (&"claims/talks.toml".into(), &33.into(), &6.into())
    );
}

#[test]
fn bad_input_is_status_2_in_every_format_and_impact_refuses_ci_formats() {
    let s = Suite::new()
        .claims("c.toml", "[[claim]]\nid = \"x\"\nstatemnt = \"y\"\n")
        .article("a.txt", ARTICLE);
    for format in ["junit", "sarif", "github"] {
        let r = s.run(&["check", "--format", format]).status(2);
        assert!(r.out().is_empty());
    }
    for format in ["json", "sarif", "github"] {
        s.run(&["lint", "--format", format]).status(2);
    }
    let r = suite()
        .run(&["impact", "--format", "sarif", "corpus/a.txt"])
        .status(2);
    assert!(
        r.stderr
            .contains("invalid value 'sarif' for '--format <FORMAT>'"),
        "{}",
        r.stderr
    );
}

/// JUnit as Jenkins' and GitLab's parsers read it: `testsuites` > `testsuite` (name,
/// tests, failures, errors, skipped agreeing with its cases) > `testcase` (name,
/// classname; `file` for GitLab) with a `failure` (message, type, text) for a claim
/// that missed its expect, and nothing else for one that passed.
#[test]
fn junit_is_xml_with_the_structure_jenkins_and_gitlab_read() {
    let s = suite();
    let xml = s.run(&["check", "--format", "junit"]).out();
    let report = s.run(&["check", "--format", "json"]).json();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let root = doc.root_element();
    assert!(root.has_tag_name("testsuites"));
    let count = |n: roxmltree::Node, a: &str| n.attribute(a).unwrap().parse::<usize>().unwrap();
    let claims = report["claims"].as_array().unwrap();
    assert_eq!(count(root, "tests"), claims.len());
    assert_eq!(count(root, "failures"), 1);
    assert_eq!(count(root, "errors"), 0);
    let suites: Vec<_> = root.children().filter(|n| n.is_element()).collect();
    assert_eq!(suites.len(), 1);
    let mut seen = Vec::new();
    for suite in suites {
        assert!(suite.has_tag_name("testsuite"));
        let cases: Vec<_> = suite
            .children()
            .filter(|n| n.has_tag_name("testcase"))
            .collect();
        assert_eq!(count(suite, "tests"), cases.len());
        let failed = cases
            .iter()
            .filter(|c| c.children().any(|f| f.has_tag_name("failure")))
            .count();
        assert_eq!(count(suite, "failures"), failed);
        assert_eq!((count(suite, "errors"), count(suite, "skipped")), (0, 0));
        for case in cases {
            let claim = claims
                .iter()
                .find(|c| c["id"] == case.attribute("name").unwrap())
                .unwrap();
            assert_eq!(case.attribute("classname"), claim["file"].as_str());
            assert_eq!(case.attribute("file"), claim["file"].as_str());
            assert_eq!(suite.attribute("name"), claim["file"].as_str());
            let failure = case.children().find(|f| f.has_tag_name("failure"));
            assert_eq!(failure.is_some(), claim["met"] == false, "{}", claim["id"]);
            if let Some(f) = failure {
                assert_eq!(
                    f.attribute("message"),
                    Some("expected supported, got contradicted")
                );
                assert_eq!(f.attribute("type"), Some("expect-not-met"));
                let text = f.text().unwrap();
                // the deciding fact, its evidence at path:line:col, the quote exact
                assert!(
                    text.contains("fact 2 \"a deal, signed\": contradicted"),
                    "{text}"
                );
                assert!(
                    text.contains(r#"against corpus/a.txt:7:1 "No deal was signed, officials said: "not now" & <later>." (negated by "no")"#),
                    "{text}"
                );
            }
            seen.push(case.attribute("name").unwrap().to_string());
        }
    }
    assert_eq!(seen, ["talks-held", "deal-signed", "no-expect"]);
}

fn sarif_schema() -> jsonschema::Validator {
    let path = repo().join("tests/fixtures/schemas/sarif-schema-2.1.0.json");
    let schema: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).expect("the SARIF schema compiles")
}

#[track_caller]
fn assert_valid_sarif(validator: &jsonschema::Validator, log: &Value) {
    let errors: Vec<String> = validator
        .iter_errors(log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "not SARIF 2.1.0: {errors:#?}\n{log:#}");
}

#[test]
fn the_schema_rejects_what_is_not_sarif() {
    let validator = sarif_schema();
    let bad = serde_json::json!({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]});
    assert!(
        !validator.is_valid(&bad),
        "a driver without a name is not SARIF"
    );
    let bad = serde_json::json!({"version": "2.1.0", "runs": [], "extra": 1});
    assert!(!validator.is_valid(&bad));
}

#[test]
fn check_sarif_is_valid_and_points_at_the_claim_and_its_evidence() {
    let s = suite();
    let validator = sarif_schema();
    let log = s.run(&["check", "--format", "sarif"]).json();
    assert_valid_sarif(&validator, &log);
    let report = s.run(&["check", "--format", "json"]).json();
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let driver = &runs[0]["tool"]["driver"];
    assert_eq!(driver["name"], "factcheck");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(driver["rules"][0]["id"], "expect-not-met");
    let results = runs[0]["results"].as_array().unwrap();
    let failed: Vec<&Value> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["met"] == false)
        .collect();
    assert_eq!(results.len(), failed.len());
    let (r, claim) = (&results[0], failed[0]);
    assert_eq!(
        (&r["level"], &r["ruleId"]),
        (&"error".into(), &"expect-not-met".into())
    );
    let at = &r["locations"][0]["physicalLocation"];
    assert_eq!(at["artifactLocation"]["uri"], claim["file"]);
    assert_eq!(at["artifactLocation"]["uriBaseId"], "SRCROOT");
    assert_eq!(at["region"]["startLine"], claim["line"]);
    // related locations: every evidence window of the deciding fact, exactly placed
    let deciding = &claim["facts"][1];
    assert_eq!(deciding["verdict"], "contradicted");
    let windows: Vec<_> = deciding["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["path"].clone(),
                e["line"].clone(),
                e["col"].clone(),
                e["end_line"].clone(),
                e["end_col"].clone(),
            )
        })
        .collect();
    let related: Vec<_> = r["relatedLocations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let p = &l["physicalLocation"];
            let g = &p["region"];
            (
                p["artifactLocation"]["uri"].clone(),
                g["startLine"].clone(),
                g["startColumn"].clone(),
                g["endLine"].clone(),
                g["endColumn"].clone(),
            )
        })
        .collect();
    assert_eq!(related, windows);
    assert_eq!(windows.len(), 2);
}

#[test]
fn lint_sarif_is_valid_with_one_warning_per_lint_warning() {
    let s = suite();
    let log = s.run(&["lint", "--format", "sarif"]).json();
    assert_valid_sarif(&sarif_schema(), &log);
    let lint = s.run(&["lint", "--format", "json"]).json();
    let results = log["runs"][0]["results"].as_array().unwrap();
    let warnings = lint["warnings"].as_array().unwrap();
    assert_eq!(results.len(), warnings.len());
    for (r, w) in results.iter().zip(warnings) {
        assert_eq!(r["level"], "warning");
        let at = &r["locations"][0]["physicalLocation"];
        assert_eq!(at["artifactLocation"]["uri"], w["file"]);
        assert_eq!(at["region"]["startLine"], w["line"]);
        assert_eq!(at["region"]["startColumn"], w["column"]);
        assert!(
            r["message"]["text"]
                .as_str()
                .unwrap()
                .starts_with(w["message"].as_str().unwrap())
        );
    }
}

/// One workflow command, read back the way GitHub's runner reads it.
#[derive(Debug, PartialEq)]
struct Command {
    name: String,
    properties: BTreeMap<String, String>,
    message: String,
}

/// Undoes GitHub's `escapeData` (`%25`, `%0D`, `%0A`), `%25` last.
fn unescape_data(s: &str) -> String {
    s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%25", "%")
}

/// Undoes GitHub's `escapeProperty` (also `%3A` and `%2C`).
fn unescape_property(s: &str) -> String {
    unescape_data(&s.replace("%3A", ":").replace("%2C", ","))
}

/// `::name key=value,key=value::message` as GitHub documents it: the name runs to a
/// space or `::`, properties are split at `,` and at their first `=`, the message
/// is everything after the first `::` that follows them.
fn parse(line: &str) -> Option<Command> {
    let rest = line.strip_prefix("::")?;
    let (head, message) = rest.split_once("::")?;
    let (name, props) = head.split_once(' ').unwrap_or((head, ""));
    let properties = props
        .split(',')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').expect("key=value");
            (k.to_string(), unescape_property(v))
        })
        .collect();
    Some(Command {
        name: name.to_string(),
        properties,
        message: unescape_data(message),
    })
}

#[test]
fn github_commands_round_trip_newlines_commas_colons_and_percents() {
    // a claim file whose name holds a comma, a colon and a percent sign, and a
    // statement with a newline, commas and colons
    let claims = "[[claim]]\nid = \"odd\"\nstatement = \"Said: 50% agreed,\\nthen: none\"\nexpect = \"supported\"\n\
                  [[claim.fact]]\nsay = \"deal, signed: yes\"\nall = [\"deal\", \"signed\"]\n";
    let s = Suite::new()
        .claims("desk, politics: 100%.toml", claims)
        .article("a.txt", ARTICLE);
    let r = s.run(&["check", "--format", "github"]).status(1);
    let lines: Vec<&str> = r
        .stdout
        .split(|&b| b == b'\n')
        .map(|l| std::str::from_utf8(l).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        3,
        "one command, the summary, the final newline: {lines:?}"
    );
    let c = parse(lines[0]).expect("a workflow command");
    assert_eq!(c.name, "error");
    let props: Vec<(&str, &str)> = c
        .properties
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        props,
        [
            ("file", "claims/desk, politics: 100%.toml"),
            ("line", "2"),
            ("title", "claim odd: expected supported, got contradicted"),
        ]
    );
    // the statement's own newline is shown escaped (\n), the message's lines are real
    assert_eq!(
        c.message,
        "statement: Said: 50% agreed,\\nthen: none\n\
         fact 1 \"deal, signed: yes\": contradicted\n  \
         against corpus/a.txt:7:1 \"No deal was signed, officials said: \"not now\" & <later>.\" (negated by \"no\")"
    );
    assert!(
        parse(lines[1]).is_none(),
        "the summary is plain text: {}",
        lines[1]
    );
    assert_eq!(
        lines[1],
        "FAILED: 1 claim over 1 document: 0 met, 1 failed, 0 without expect"
    );
    // nothing a user wrote can end the command early or start another
    assert!(!lines[0].contains('\r'));
    assert_eq!(lines[0].matches("::").count(), 2);
    // SARIF writes the same file as a URI reference, still valid SARIF
    let log = s.run(&["check", "--format", "sarif"]).json();
    assert_valid_sarif(&sarif_schema(), &log);
    let at = &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    assert_eq!(
        at["artifactLocation"]["uri"],
        "claims/desk,%20politics%3A%20100%25.toml"
    );
    assert_eq!(
        log["runs"][0]["results"][0]["message"]["text"]
            .as_str()
            .unwrap()
            .lines()
            .take(3)
            .collect::<Vec<_>>(),
        [
            "claim `odd`: expected supported, got contradicted",
            "statement: Said: 50% agreed,",
            "then: none"
        ],
        "SARIF's message is exact, its newline a JSON \\n"
    );
}

#[test]
fn github_lint_warnings_point_where_lint_json_does() {
    let s = suite();
    let lint = s.run(&["lint", "--format", "json"]).json();
    let out = s.run(&["lint", "--format", "github"]).out();
    let commands: Vec<Command> = out.lines().filter_map(parse).collect();
    let warnings = lint["warnings"].as_array().unwrap();
    assert_eq!(commands.len(), warnings.len());
    for (c, w) in commands.iter().zip(warnings) {
        assert_eq!(c.name, "warning");
        assert_eq!(c.properties["file"], w["file"].as_str().unwrap());
        assert_eq!(c.properties["line"], w["line"].to_string());
        assert_eq!(c.properties["col"], w["column"].to_string());
        let help = w["help"].as_str().unwrap();
        assert_eq!(
            c.message,
            format!("{}\nhelp: {help}", w["message"].as_str().unwrap())
        );
    }
    assert_eq!(
        out.lines().last(),
        Some("3 claims, 2 documents: 3 warnings")
    );
}

#[test]
fn paths_open_from_the_current_directory_in_github_and_stay_suite_relative_in_sarif() {
    let s = suite();
    let parent = s.path().parent().unwrap();
    let name = s.path().file_name().unwrap().to_str().unwrap();
    let run = |format: &str| {
        let mut c = crate::util::factcheck();
        c.args(["--root", name, "check", "--format", format])
            .current_dir(parent);
        Run::from(c.output().unwrap())
    };
    let github = run("github").out();
    let c = parse(github.lines().next().unwrap()).unwrap();
    assert_eq!(c.properties["file"], format!("{name}/claims/talks.toml"));
    assert!(
        c.message
            .contains(&format!("against {name}/corpus/a.txt:7:1"))
    );
    let sarif: Value = serde_json::from_slice(&run("sarif").stdout).unwrap();
    let at =
        &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    assert_eq!(at["uri"], "claims/talks.toml");
}

#[test]
fn control_characters_leave_xml_well_formed_and_annotations_one_line() {
    let claims = "[[claim]]\nid = \"odd\"\nstatement = \"A deal \\u001b[31mwas\\u0007 signed\\r\"\nexpect = \"supported\"\n\
                  [[claim.fact]]\nall = [\"deal\", \"signed\"]\n";
    let s = Suite::new()
        .claims("c.toml", claims)
        .article("a.txt", ARTICLE);
    let xml = s.run(&["check", "--format", "junit"]).status(1).out();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let failure = doc
        .descendants()
        .find(|n| n.has_tag_name("failure"))
        .unwrap();
    // quick-junit drops the escape sequence and the characters XML 1.0 cannot hold
    assert!(
        failure
            .text()
            .unwrap()
            .starts_with("statement: A deal was signed")
    );
    let github = s.run(&["check", "--format", "github"]).status(1).out();
    let first = github.lines().next().unwrap();
    assert!(!first.contains('\u{1b}') && !first.contains('\u{7}') && !first.contains('\r'));
    assert!(
        first.contains(r"statement: A deal \u{1b}[31mwas\u{7} signed%0A"),
        "{first}"
    );
    assert_valid_sarif(
        &sarif_schema(),
        &s.run(&["check", "--format", "sarif"]).json(),
    );
}
