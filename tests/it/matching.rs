//! The matcher, stage by stage, through the library: a fact written as TOML, a text,
//! and the evidence it gets (stance, quote, reason). Windows, `all`/`any`/`not`,
//! negation scope, date and number conflicts, `against` tables.

use factcheck::corpus::{self, Read};
use factcheck::engine::{Analysis, DocMatcher, Evidence, Stance};
use factcheck::suite::{ClaimFile, load};
use std::path::Path;

/// The evidence `fact` (a TOML fact table body, after the `[aliases]` table body
/// `aliases`) gets from `text`, each quote checked against the text.
pub fn evidence_of(aliases: &str, fact: &str, text: &str) -> Vec<Evidence> {
    let src = format!(
        "[aliases]\n{aliases}\n[[claim]]\nid = \"c\"\nstatement = \"s\"\n[[claim.fact]]\n{fact}\n"
    );
    let suite = load(&[ClaimFile::new("claims/t.toml", src)]).unwrap_or_else(|e| panic!("{e:?}"));
    let Ok(Read::Document(doc)) =
        corpus::parse("d", Path::new("corpus/d.txt"), text.as_bytes().to_vec())
    else {
        panic!("not a document")
    };
    let a = Analysis::new(&doc);
    let m = DocMatcher::new(&suite, &a);
    let evidence = m.fact_evidence(0, 0);
    for e in &evidence {
        assert_eq!(&text[e.start..e.end], &*e.quote);
    }
    evidence
}

/// Matches `fact` against `text` and returns each piece of evidence as (stance,
/// quote, reason).
pub fn check(fact: &str, text: &str) -> Vec<(Stance, String, Option<String>)> {
    evidence_of("naq = [\"Naqura\", \"Ras En Nakura\"]", fact, text)
        .into_iter()
        .map(|e| (e.stance, e.quote.to_string(), e.reason))
        .collect()
}

pub fn s(q: &str) -> (Stance, String, Option<String>) {
    (Stance::Supports, q.into(), None)
}

pub fn x(q: &str, reason: &str) -> (Stance, String, Option<String>) {
    (Stance::Against, q.into(), Some(reason.into()))
}

#[test]
fn all_any_not_in_sentences() {
    let text = "The talks were hosted in Naqura. Talks failed in Beirut. Nothing here.";
    assert_eq!(
        check("all = [\"talks\", \"@naq\"]", text),
        [s("The talks were hosted in Naqura.")]
    );
    assert_eq!(
        check("any = [\"naqura|beirut\"]", text),
        [
            s("The talks were hosted in Naqura."),
            s("Talks failed in Beirut.")
        ]
    );
    assert_eq!(
        check("all = [\"talk\"]\nnot = [\"beirut\"]", text),
        [s("The talks were hosted in Naqura.")]
    );
    assert_eq!(check("all = [\"host*\"]", text).len(), 1);
    assert_eq!(
        check("all = [\"/Bei.ut/\"]", text),
        [s("Talks failed in Beirut.")]
    );
    assert!(
        check("all = [\"tal\"]", text).is_empty(),
        "no match inside a longer word"
    );
}

#[test]
fn a_name_ending_in_s_is_no_plural() {
    // the stemmer would cut `Hamas` to `hama`, the stem of Hama, the Syrian city
    let text = "Hamas said the talks would resume. Shelling hit Hama on Monday.";
    assert_eq!(
        check("all = [\"Hama\"]", text),
        [s("Shelling hit Hama on Monday.")]
    );
    assert_eq!(
        check("all = [\"Hamas\", \"talks\"]", text),
        [s("Hamas said the talks would resume.")]
    );
    // a plural of a name is still one
    assert_eq!(
        check("all = [\"Israeli\"]", "Two Israelis were hurt."),
        [s("Two Israelis were hurt.")]
    );
}

#[test]
fn a_compound_written_as_two_words_matches_it_written_as_one() {
    let text = "The cease-fire held. An air strike hit Nabatieh. The ceasefire collapsed. An airstrike hit Tyre.";
    for term in ["cease-fire", "cease fire"] {
        assert_eq!(
            check(&format!("all = [\"{term}\"]"), text),
            [s("The cease-fire held."), s("The ceasefire collapsed.")],
            "{term}"
        );
    }
    assert_eq!(
        check("all = [\"air strike\"]", text),
        [
            s("An air strike hit Nabatieh."),
            s("An airstrike hit Tyre.")
        ]
    );
    // one word matches only itself
    assert_eq!(
        check("all = [\"ceasefire\"]", text),
        [s("The ceasefire collapsed.")]
    );
}

#[test]
fn paragraph_and_word_windows() {
    let text = "Envoy Ortagus arrived. She met Saar.\nLater, Saar spoke.";
    assert!(check("all = [\"Ortagus\", \"Saar\"]", text).is_empty());
    assert_eq!(
        check(
            "all = [\"Ortagus\", \"Saar\"]\nwithin = \"paragraph\"",
            text
        ),
        [s("Envoy Ortagus arrived. She met Saar.")]
    );
    assert_eq!(
        check("all = [\"Ortagus\", \"Saar\"]\nwithin = 5", text),
        [s("Ortagus arrived. She met Saar")]
    );
    assert!(check("all = [\"Envoy\", \"Saar\"]\nwithin = 3", text).is_empty());
}

#[test]
fn negation_is_clause_scoped() {
    let text = "No formal agreements were signed. Officials met, but no deal followed; agreements were signed later.";
    assert_eq!(
        check("all = [\"formal agreement\", \"signed\"]", text),
        [x("No formal agreements were signed.", "negated by \"no\"")]
    );
    let r = check("all = [\"agreements\", \"signed\"]", text);
    assert_eq!(
        r[1].0,
        Stance::Supports,
        "the cue is in another clause: {r:?}"
    );
    assert_eq!(
        check(
            "all = [\"formal agreement\", \"signed\"]\nnegation = false",
            text
        ),
        [s("No formal agreements were signed.")]
    );
}

#[test]
fn date_conflicts_and_unknown_years() {
    let text = "Talks were held on Wednesday, December 3, 2025. Strike on Nov. 23 in Beirut.";
    assert_eq!(
        check("all = [\"talks\"]\ndate = \"2025-12-03\"", text),
        [s("Talks were held on Wednesday, December 3, 2025.")]
    );
    assert_eq!(
        check("all = [\"talks\"]\ndate = \"2025-12-04\"", text),
        [x(
            "Talks were held on Wednesday, December 3, 2025.",
            "date 2025-12-03 ≠ 2025-12-04"
        )]
    );
    assert_eq!(
        check("all = [\"strike\"]\ndate = \"2025-11-23\"", text),
        [(
            Stance::Supports,
            "Strike on Nov. 23 in Beirut.".into(),
            Some("\"Nov. 23\" read as 2025-11-23 (earlier date 2025-12-03)".into())
        )]
    );
    let later_first = "Strike on Nov. 23 in Beirut. Talks on December 3, 2025.";
    assert_eq!(
        check("all = [\"strike\"]\ndate = \"2025-11-24\"", later_first),
        [x(
            "Strike on Nov. 23 in Beirut.",
            "date 11-23 (year not known) ≠ 2025-11-24"
        )]
    );
    assert_eq!(
        check("all = [\"strike\"]\ndate = \"2025-11-23\"", later_first)[0]
            .2
            .as_deref(),
        Some("year not known for \"Nov. 23\"")
    );
    assert!(check("all = [\"Beirut\"]\ndate = \"2025-12\"", "Beirut was hit.").is_empty());
    assert_eq!(
        check(
            "all = [\"meeting\"]\ndate = \"2025-12-03\"",
            "The meeting did not take place on December 3, 2025."
        )[0]
        .2
        .as_deref(),
        Some("negated by \"not\""),
        "a cue before the date negates it"
    );
    // a month fact: a day inside the month matches; a day outside it is another
    // precision; a month mention that differs conflicts
    let month = "all = [\"talks\"]\ndate = \"2025-12\"";
    assert_eq!(
        check(month, "Talks resumed on Dec 3, 2025.")[0].0,
        Stance::Supports
    );
    assert!(check(month, "Talks resumed on Nov 19, 2025.").is_empty());
    assert_eq!(
        check(month, "Talks resumed in November 2025.")[0].0,
        Stance::Against
    );
}

#[test]
fn number_conflicts() {
    let text =
        "The army reported more than 370 terrorists eliminated. At least two people were injured.";
    assert_eq!(
        check("all = [\"terrorists\"]\nnumber = \">370\"", text).len(),
        1
    );
    assert_eq!(
        check("all = [\"terrorists\"]\nnumber = \">400\"", text),
        [x(
            "The army reported more than 370 terrorists eliminated.",
            "number \"more than 370 terrorists\" (counts terrorist) does not satisfy >400"
        )]
    );
    assert_eq!(
        check("all = [\"injured\"]\nnumber = 2", text)[0].0,
        Stance::Supports
    );
}

#[test]
fn no_more_than_is_not_a_negation() {
    assert_eq!(
        check(
            "all = [\"wounded\"]",
            "No more than ten people were wounded."
        )[0]
        .0,
        Stance::Supports
    );
}

#[test]
fn against_wins_over_an_overlapping_word_window() {
    let got = check(
        "all = [\"talks\", \"held\"]\nwithin = 5\n[claim.fact.against]\nall = [\"Beirut\"]",
        "Talks were held in Beirut yesterday.",
    );
    assert!(got.iter().all(|e| e.0 == Stance::Against), "{got:?}");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn against_tables_turn_windows_against() {
    let text = "Talks were held in Naqura. Talks were held in Beirut.";
    assert_eq!(
        check(
            "all = [\"talks\", \"held\"]\n[claim.fact.against]\nall = [\"Beirut\"]",
            text
        ),
        [
            s("Talks were held in Naqura."),
            x(
                "Talks were held in Beirut.",
                "matches the fact's `against` (all = [\"Beirut\"])"
            )
        ]
    );
}

#[test]
fn hits_share_their_term_and_a_window_keeps_a_bounded_number() {
    let phrase = vec!["talks"; 300].join(" ");
    let src = format!(
        "[[claim]]\nid = \"c\"\nstatement = \"s\"\n[[claim.fact]]\nall = [\"{phrase}\"]\n\
         [[claim.fact]]\nall = [\"naqoura\"]\n"
    );
    let suite = load(&[ClaimFile::new("claims/t.toml", src)]).unwrap();
    let text = format!("{} in Naqoura.\n", vec!["talks"; 3_000].join(" "));
    let Ok(Read::Document(doc)) = corpus::parse("d", Path::new("corpus/d.txt"), text.into_bytes())
    else {
        panic!("not a document")
    };
    let a = Analysis::new(&doc);
    let m = DocMatcher::new(&suite, &a);
    let ev = m.fact_evidence(0, 0);
    assert_eq!(ev.len(), 1);
    let hits = &ev[0].hits;
    assert_eq!(hits.len(), factcheck::engine::matcher::MAX_HITS, "bounded");
    let term = &suite.terms[suite.claims[0].facts[0].test.all[0]].text;
    assert!(
        hits.iter().all(|h| std::sync::Arc::ptr_eq(&h.term, term)),
        "a hit shares its term's text, never copies it"
    );
    // one window, two facts: one quote
    let other = m.fact_evidence(0, 1);
    assert!(std::sync::Arc::ptr_eq(&ev[0].quote, &other[0].quote));
    assert!(std::sync::Arc::ptr_eq(&ev[0].doc, &other[0].doc));
}
