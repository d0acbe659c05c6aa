//! `explain` with the index ([`factcheck::check::explain::explain_cached`], what the
//! command line runs): the claim's windows from the path that keeps every window
//! (with the cache), its near misses and dropped windows from the articles whose
//! cached stems can hold them. It says byte for byte what the explanation that reads
//! every article says ([`factcheck::check::explain::explain`]), cold, warm, after an
//! article or a claim changed, and when a near miss made of a date or a number alone
//! must be looked for in the articles without any of a fact's terms.

use crate::util::Suite;
use factcheck::Paths;
use factcheck::check::{self, cache, explain, tally::Tallied};
use factcheck::report::{Explanation, Paint};

const CLAIMS: &str = r#"[[claim]]
id = "talks-held"
statement = "Talks were held in Naqura, an envoy present"

[[claim.fact]]
say = "talks held in Naqura"
all = ["talks", "Naqura"]

[[claim.fact]]
say = "an envoy was there"
any = ["envoy", "Ortagus"]

[[claim]]
id = "geneva-on-the-3rd"
statement = "Talks were held in Geneva on 3 December 2025"

[[claim.fact]]
say = "talks in Geneva on Dec 3"
all = ["talks", "Geneva"]
date = "2025-12-03"

[[claim]]
id = "zeppelins"
statement = "Three zeppelins flew over Haifa"

[[claim.fact]]
say = "three zeppelins"
all = ["zeppelins", "Haifa"]
number = "3"

[[claim]]
id = "strike-not-drill"
statement = "A strike hit the port, not a drill"

[[claim.fact]]
say = "a strike"
all = ["strike"]
not = ["drill"]

[[claim.fact]]
say = "at the port"
all = ["port", "Beirut"]
"#;

const PLACES: [&str; 4] = ["Naqura", "Naqoura", "Tyre", "Sidon"];

/// 120 articles. Talks in Naqura in many, denied in some; Geneva talks without a
/// date in a few (near misses with two terms) and dates alone in many (near misses
/// of one part, in articles without any of the fact's terms); counts of people
/// everywhere (a number alone); strikes, some of them drills.
fn suite() -> Suite {
    let mut s = Suite::new().claims("claims.toml", CLAIMS);
    for i in 0..120usize {
        let place = PLACES[i % PLACES.len()];
        let mut body = format!(
            "Officials met near {place} on day {i}. A crowd of {} people gathered.\n\n",
            2 + i % 6
        );
        if i % 3 == 2 {
            body.push_str("Talks were held in Naqura, and the envoy Morgan Ortagus attended.\n\n");
        }
        if i % 13 == 12 {
            body.push_str("No talks were held in Naqura, a spokesman said.\n\n");
        }
        if i % 60 == 5 {
            body.push_str("Talks in Geneva were planned, diplomats said.\n\n");
        }
        if i % 4 == 1 {
            body.push_str("The ministry spoke on December 3, 2025, about the harbour.\n\n");
        }
        if i % 5 == 2 {
            body.push_str("An Israeli strike hit the port of Beirut.\n\n");
        }
        if i % 10 == 7 {
            body.push_str("The strike was only a drill, the army said.\n\n");
        }
        s = s.article(&format!("{i:03}-{}.txt", place.to_lowercase()), body);
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

/// An explanation as the command line writes it: JSON, then text.
fn written(e: &Explanation) -> String {
    let mut text = Vec::new();
    e.write_text(&mut text, Paint::OFF).unwrap();
    format!(
        "{}\n{}",
        serde_json::to_string_pretty(&e.json()).unwrap(),
        String::from_utf8(text).unwrap()
    )
}

/// Claim `id` explained by reading every article, and with the index.
fn both(s: &Suite, id: &str, cached: bool) -> (String, String) {
    let paths = Paths::new(s.path(), None, None);
    let loaded = check::load(&paths).unwrap_or_else(|e| panic!("{e:?}"));
    let whole = explain::explain(&loaded.suite, &loaded.files, id).unwrap();
    let (indexed, warnings) = explain::explain_cached(&paths, id, &how(s.path(), cached))
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(warnings.is_empty(), "{warnings:?}");
    (written(&whole), written(&indexed))
}

fn same(s: &Suite, id: &str, cached: bool) {
    let (whole, indexed) = both(s, id, cached);
    if whole != indexed {
        let at = whole
            .bytes()
            .zip(indexed.bytes())
            .take_while(|(x, y)| x == y)
            .count();
        panic!(
            "`{id}` differs at byte {at}:\nevery article: {}\nwith the index: {}",
            &whole[at.saturating_sub(300)..(at + 300).min(whole.len())],
            &indexed[at.saturating_sub(300)..(at + 300).min(indexed.len())]
        );
    }
}

/// Waits until the files just written are older than a clear second.
fn settle() {
    std::thread::sleep(std::time::Duration::from_millis(2100));
}

const IDS: [&str; 4] = [
    "talks-held",
    "geneva-on-the-3rd",
    "zeppelins",
    "strike-not-drill",
];

#[test]
fn explain_with_the_index_says_what_reading_every_article_says() {
    let s = suite();
    // the cache trusts its record of a file changed a clear second before the run
    // that wrote it: then a warm run is served by the cache alone
    settle();
    // the suite is what the test means: windows of both stances; near misses of two
    // terms, of a date alone and of a number alone; windows dropped by `not`
    let (whole, _) = both(&s, "talks-held", false);
    assert!(
        whole.contains("\"stance\": \"against\"") && whole.contains("\"stance\": \"supports\"")
    );
    let (whole, _) = both(&s, "geneva-on-the-3rd", false);
    assert!(whole.contains("found: talks, Geneva"), "{whole}");
    assert!(whole.contains("found: the date"), "{whole}");
    let (whole, _) = both(&s, "zeppelins", false);
    assert!(whole.contains("found: a number"), "{whole}");
    let (whole, _) = both(&s, "strike-not-drill", false);
    assert!(whole.contains("dropped by the `not` term"), "{whole}");
    for id in IDS {
        same(&s, id, false);
    }
    // cold (the cache is written), then warm (the pass served by the cache)
    for id in IDS {
        same(&s, id, true);
    }
    for id in IDS {
        same(&s, id, true);
    }
    // one article changed: read again, the others from the cache
    let changed = s.path().join("corpus/061-naqoura.txt");
    let text = std::fs::read_to_string(&changed).unwrap();
    std::fs::write(
        &changed,
        format!("{text}Talks in Geneva with Ortagus were held, a strike at the port of Beirut.\n"),
    )
    .unwrap();
    settle();
    for id in IDS {
        same(&s, id, true);
    }
    // an edited claim: its new fact tallied where it can occur, its windows found
    // where the cache's stems say they can be
    let claims = s.path().join("claims/claims.toml");
    let text = std::fs::read_to_string(&claims).unwrap();
    std::fs::write(
        &claims,
        text.replace("any = [\"envoy\", \"Ortagus\"]", "any = [\"spokesman\"]")
            .replace("all = [\"port\", \"Beirut\"]", "all = [\"harbour\"]"),
    )
    .unwrap();
    same(&s, "talks-held", true);
    same(&s, "strike-not-drill", true);
    same(&s, "talks-held", true);
}

#[test]
fn the_command_line_explains_with_the_index_and_without_it() {
    let s = suite();
    let before = s.listing();
    let none = s
        .run(&["explain", "geneva-on-the-3rd", "--no-cache"])
        .status(0)
        .out();
    assert_eq!(s.listing(), before, "explain --no-cache writes nothing");
    let cold = s.run(&["explain", "geneva-on-the-3rd"]).status(0).out();
    assert_eq!(
        s.user_files(),
        before,
        "explain writes nothing but its cache"
    );
    assert!(s.path().join(".factcheck/cache/docs.bin").is_file());
    let warm = s.run(&["explain", "geneva-on-the-3rd"]).status(0).out();
    assert!(cold.contains("near misses"), "{cold}");
    assert_eq!(cold, warm);
    assert_eq!(cold, none);
    s.run(&["explain", "geneva-on-the-4th"])
        .status(2)
        .stderr_has("did you mean `geneva-on-the-3rd`?");
}

#[test]
fn a_near_miss_of_a_date_alone_in_an_earlier_article_wins_a_tie() {
    // three articles whose stems allow two parts (a term and the date) but give near
    // misses of one (the term); then articles of the date alone, which allow one:
    // read after the first three, and first in the list by their ids
    let mut s = Suite::new().claims(
        "claims.toml",
        "[[claim]]\nid = \"geneva\"\nstatement = \"Talks in Geneva on 3 December 2025\"\n\
         [[claim.fact]]\nall = [\"talks\", \"Geneva\"]\ndate = \"2025-12-03\"\n",
    );
    for i in 0..3 {
        s = s.article(
            &format!("9{i:02}.txt"),
            "Talks were planned, diplomats said.\n",
        );
    }
    for i in 0..40 {
        s = s.article(
            &format!("{i:03}.txt"),
            "The ministry spoke on December 3, 2025, about the harbour.\n",
        );
    }
    settle();
    let (whole, _) = both(&s, "geneva", false);
    assert!(whole.contains("corpus/000.txt"), "{whole}");
    for cached in [false, true, true] {
        same(&s, "geneva", cached);
    }
}

#[test]
fn an_id_not_found_is_helped_by_a_tag_a_prefix_or_a_spelling() {
    let s = Suite::new()
        .claims(
            "c.toml",
            "[[claim]]\nid = \"talks-held-naqura\"\nstatement = \"Talks were held in Naqura\"\n\
             tags = [\"talks\"]\n\n[[claim]]\nid = \"strikes-on-tyre\"\nstatement = \"Strikes hit Tyre\"\n",
        )
        .article("a.txt", "Talks were held in Naqura.\n");
    s.run(&["explain", "talks"])
        .status(2)
        .stderr_has("`talks` is a tag; explain takes one claim's id (`check --only talks`");
    s.run(&["explain", "talks-held"])
        .status(2)
        .stderr_has("claim ids beginning with `talks-held`: `talks-held-naqura`");
    s.run(&["explain", "strikes-on-tyr"])
        .status(2)
        .stderr_has("did you mean `strikes-on-tyre`?");
}
