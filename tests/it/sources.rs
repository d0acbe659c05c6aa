//! Independent sources end to end: syndicated copies under other outlet names, wire
//! copies with a new headline and first paragraph, independent reports of one event,
//! `via` in front matter and datelines, `corpus add --via` and its notes, `impact`'s
//! notes, and grouping that stays linear in the corpus.

use crate::util::Suite;
use factcheck::engine::sources::{Shingles, SourceDoc, group};
use std::time::Instant;

/// A wire story as AFP might file it.
const WIRE: &str = "\
NAQOURA, Lebanon, Dec 19, 2025 (AFP) - Lebanese and Israeli civilian negotiators met on Friday at the UN peacekeepers' headquarters in Naqoura for a second round of talks, officials said.
The meeting, mediated by US envoy Morgan Ortagus, lasted around three hours and focused on the withdrawal of Israeli troops from five hilltop positions in south Lebanon, a Lebanese official told AFP on condition of anonymity.
Lebanon's delegation was led by former ambassador Simon Karam, while Israel sent a senior official from its National Security Council, according to a statement from the presidency.
\"The atmosphere was positive and the two sides agreed to meet again in January,\" the official said, adding that no agreement had been signed.
Israel has kept up near-daily strikes on Lebanon despite a November 2024 ceasefire, saying it targets Hezbollah fighters and infrastructure.
The United States has pressed Beirut to disarm the Iran-backed group, which was badly weakened in more than a year of hostilities with Israel.
";

/// The same story under a web outlet's name: new headline, first paragraph rewritten.
fn rewritten_copy() -> String {
    let rest: Vec<&str> = WIRE.lines().skip(1).collect();
    format!(
        "Naqoura talks: second round ends with promise to meet again\n\
         Civilian envoys from Lebanon and Israel sat down for a second time on Friday in the border town of Naqoura, hosted by UNIFIL.\n{}\n",
        rest.join("\n")
    )
}

/// An independent report of the same meeting, in its own words.
const INDEPENDENT: &str = "\
Beirut, Dec 20 - A second session of direct civilian negotiations between Lebanon and Israel took place in Naqoura on Friday, with US envoy Morgan Ortagus in the room.
Speaking to our correspondent, a diplomat described the three-hour session as businesslike and said the Israeli side pressed for security guarantees along the border.
Karam, who heads Lebanon's team, is expected to brief President Joseph Aoun on Monday before the delegations reconvene next month.
Residents of border villages told us they remain sceptical that the talks will halt the strikes.
";

const CLAIM: &str = "[[claim]]\nid = \"round-two\"\nstatement = \"second round of talks in Naqoura, envoy Ortagus\"\nsources = 2\n\
[[claim.fact]]\nsay = \"talks in Naqoura\"\nall = [\"Naqoura\"]\nany = [\"talks\", \"negotiations\"]\nwithin = \"paragraph\"\n\
[[claim.fact]]\nsay = \"Ortagus present\"\nall = [\"Ortagus\"]\n";

fn with_outlet(outlet: &str, body: &str) -> String {
    format!("+++\noutlet = \"{outlet}\"\n+++\n{body}")
}

fn claim_json(s: &Suite) -> serde_json::Value {
    let v = s.run(&["check", "--format", "json"]).json();
    v["claims"][0].clone()
}

#[test]
fn two_copies_of_one_wire_story_under_two_outlets_are_one_source() {
    let s = Suite::new()
        .claims("c.toml", CLAIM)
        .article("017_daily.txt", with_outlet("Daily Star", WIRE))
        .article("003_herald.txt", with_outlet("Gulf Herald", WIRE));
    let c = claim_json(&s);
    assert_eq!(c["verdict"], "partial", "{c:#}");
    assert_eq!(c["sources"], serde_json::json!(["003_herald", "017_daily"]));
    let list = c["independent_sources"].as_array().unwrap();
    assert_eq!(list.len(), 1);
    // the dateline names the wire: the group is named by it
    assert_eq!(list[0]["name"], "AFP");
    assert_eq!(
        list[0]["documents"],
        serde_json::json!(["003_herald", "017_daily"])
    );
    // the text report shows the grouped form where it decides
    s.run(&["check"])
        .stdout_has("sources: AFP: 003_herald, 017_daily");
}

#[test]
fn a_wire_copy_with_a_new_headline_and_first_paragraph_is_detected() {
    // no outlet, no via, no dateline: only the text ties them
    let copy = rewritten_copy();
    let original: String = WIRE.lines().skip(1).collect::<Vec<_>>().join("\n");
    let original = format!(
        "Lebanon, Israel hold second round of talks\nNegotiators met again in Naqoura on Friday.\n{original}\n"
    );
    let s = Suite::new()
        .claims("c.toml", CLAIM)
        .article("a.txt", original)
        .article("b.txt", copy);
    let c = claim_json(&s);
    assert_eq!(c["verdict"], "partial", "{c:#}");
    let list = c["independent_sources"].as_array().unwrap();
    assert_eq!(list.len(), 1, "{c:#}");
    assert_eq!(
        list[0]["name"], "a",
        "a group without names: its first document"
    );
    let near = &list[0]["near_copies"][0];
    assert!(near["percent"].as_u64().unwrap() >= 60, "{near}");
    // the reason is in the snapshot-like views: the failure message of a wrong expect
    let s = s.claims(
        "c.toml",
        CLAIM.replace("sources = 2\n", "sources = 2\nexpect = \"supported\"\n"),
    );
    let out = s.run(&["check"]).status(1).out();
    assert!(out.contains("supported by: a: a, b"), "{out}");
    assert!(out.contains("is a near copy of"), "{out}");
    assert!(out.contains("% of its 5-word shingles"), "{out}");
}

#[test]
fn two_independent_reports_of_one_event_are_two_sources() {
    let s = Suite::new()
        .claims("c.toml", CLAIM)
        .article("a.txt", with_outlet("Gulf Herald", WIRE))
        .article("b.txt", with_outlet("Beirut Observer", INDEPENDENT));
    let c = claim_json(&s);
    assert_eq!(c["verdict"], "supported", "{c:#}");
    assert_eq!(c["independent_sources"].as_array().unwrap().len(), 2);
    assert_eq!(c["independent_sources"][1]["name"], "Beirut Observer");
}

#[test]
fn via_names_another_documents_outlet_in_any_case() {
    let s = Suite::new()
        .claims("c.toml", CLAIM)
        .article("a.txt", with_outlet("Agence France-Presse", INDEPENDENT))
        .article(
            "b.txt",
            format!("+++\noutlet = \"Beirut Observer\"\nvia = \"afp\"\n+++\n{INDEPENDENT}Extra line, so the texts are not the same file.\n"),
        );
    let c = claim_json(&s);
    assert_eq!(c["verdict"], "partial", "{c:#}");
    assert_eq!(c["independent_sources"][0]["name"], "afp");
}

#[test]
fn outlet_spellings_and_a_title_case_dateline_name_one_source() {
    // `The Times of Israel` = `Times of Israel`
    let s = Suite::new()
        .claims("c.toml", CLAIM)
        .article("a.txt", with_outlet("The Times of Israel", INDEPENDENT))
        .article(
            "b.txt",
            with_outlet("Times of Israel", &format!("{INDEPENDENT}Another line.\n")),
        );
    let c = claim_json(&s);
    assert_eq!(c["verdict"], "partial", "{c:#}");
    assert_eq!(c["independent_sources"].as_array().unwrap().len(), 1);
    // `Beirut (AFP) –` names the wire as `BEIRUT (AFP) –` would
    let s = Suite::new()
        .claims("c.toml", CLAIM)
        .article("a.txt", with_outlet("AFP", INDEPENDENT))
        .article(
            "b.txt",
            with_outlet(
                "France 24",
                "Beirut (AFP) – Talks in Naqoura went on, envoy Ortagus said.\n",
            ),
        );
    let c = claim_json(&s);
    assert_eq!(c["verdict"], "partial", "{c:#}");
    assert_eq!(c["independent_sources"][0]["name"], "AFP");
    assert_eq!(
        c["independent_sources"][0]["documents"],
        serde_json::json!(["a", "b"])
    );
}

#[test]
fn corpus_add_via_writes_the_key_and_notes_the_same_source() {
    let s = Suite::new()
        .claims("c.toml", CLAIM)
        .article("a.txt", with_outlet("AFP", INDEPENDENT))
        .file(
            "in/wire.txt",
            "Talks resumed in Naqoura on Friday with envoy Ortagus.\n",
        );
    s.run(&[
        "corpus",
        "add",
        "in/wire.txt",
        "--via",
        "AFP",
        "--outlet",
        "Daily Star",
    ])
    .status(0)
    .stdout_has("note: same outlet or via as `a` (`AFP`); they count as one independent source");
    let written = std::fs::read_to_string(s.path().join("corpus/daily-star.txt")).unwrap();
    assert!(written.contains("via = \"AFP\"\n"), "{written}");
    assert!(
        written.starts_with("+++\noutlet = \"Daily Star\"\n"),
        "{written}"
    );
}

#[test]
fn corpus_add_of_a_near_copy_prints_the_note() {
    let s = Suite::new()
        .claims("c.toml", CLAIM)
        .article("original.txt", WIRE)
        .file("in/copy.txt", rewritten_copy());
    let out = s
        .run(&["corpus", "add", "in/copy.txt", "--outlet", "Gulf Herald"])
        .status(0)
        .out();
    assert!(
        out.contains("note: a near copy of `original` (")
            && out.contains("the two count as one independent source"),
        "{out}"
    );
    // and impact says so too, before anything is added
    let s = Suite::new()
        .claims("c.toml", CLAIM)
        .article("original.txt", WIRE)
        .file("in/copy.txt", rewritten_copy());
    let out = s.run(&["impact", "in/copy.txt"]).status(0).out();
    assert!(
        out.contains("note: `original` is a near copy of it: 8"),
        "the original is the shorter text here: {out}"
    );
    assert!(
        out.contains("note: one independent source with `original`"),
        "{out}"
    );
    let v = s.run(&["impact", "in/copy.txt", "--format", "json"]).json();
    assert_eq!(
        v["documents"][0]["same_source_as"],
        serde_json::json!(["original"])
    );
    // the copy adds a document, not a source: the claim stays partial
    assert!(!out.contains("→ supported"), "{out}");
}

#[test]
fn impact_via_groups_the_new_article_with_the_wire() {
    let s = Suite::new()
        .claims("c.toml", CLAIM)
        .article("a.txt", with_outlet("AFP", WIRE))
        .file("in/b.txt", INDEPENDENT);
    let out = s.run(&["impact", "in/b.txt"]).out();
    assert!(out.contains("partial → supported"), "{out}");
    let out = s.run(&["impact", "in/b.txt", "--via", "afp"]).out();
    assert!(!out.contains("→ supported"), "{out}");
    assert!(
        out.contains("one independent source with `a` (AFP)"),
        "{out}"
    );
}

#[test]
fn grouping_is_linear_in_the_corpus() {
    // 20,000 small documents: 1,000 stories, each filed by the wire and copied once
    // with a new first sentence, plus a shared boilerplate line in every document
    let boiler: Vec<String> =
        "all rights reserved this material may not be published or redistributed"
            .split(' ')
            .map(str::to_string)
            .collect();
    let mut docs = Vec::new();
    for i in 0..20_000usize {
        let story = i / 2;
        let mut words: Vec<String> = if i % 2 == 0 {
            vec![format!("lede{i}"); 1]
        } else {
            (0..6).map(|k| format!("fresh{i}x{k}")).collect()
        };
        words.extend((0..60).map(|k| format!("s{story}w{k}")));
        words.extend(boiler.iter().cloned());
        docs.push(SourceDoc {
            id: format!("{i:06}").into(),
            outlet: None,
            via: None,
            shingles: Shingles::of_words(words.iter().map(String::as_str)),
        });
    }
    let t = Instant::now();
    let s = group(&docs);
    let took = t.elapsed();
    assert_eq!(
        s.groups().len(),
        10_000,
        "each story's two copies are one source"
    );
    assert!(s.groups().iter().all(|g| g.members.len() == 2));
    // generous for a debug build on a shared machine; release takes well under a second
    assert!(took.as_secs_f64() < 20.0, "grouping took {took:?}");
}
