//! Conformance with PRODUCT.md's "Reading real reporting": one test per bullet, each
//! probe a tiny suite written with the spec's own example wording, run through the real
//! binary, asserting the outcome the spec gives (verdicts, and the reasons it spells out).
//! The older sections are checked where the new rules do not apply.
//!
//! A probe is a table of one-fact claims with the verdict each should get, `(id, …,
//! verdict)` rows built by [`dates`], [`numbers`], [`terms`] or [`probe`], run `.over` the
//! articles `a.txt`, `b.txt`, … (front matter by [`front`] and its shorthands); the report
//! it returns checks evidence reasons written `id: stance: reason`.

use crate::util::Suite;
use serde_json::Value;

/// Runs `check --format json` and returns the report.
fn report(s: &Suite) -> Value {
    let run = s.run(&["check", "--format", "json"]);
    assert!(run.code <= 1, "status {}: {}", run.code, run.stderr);
    run.json()
}

fn claim<'a>(v: &'a Value, id: &str) -> &'a Value {
    v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no claim {id}"))
}

/// Every evidence reason of a claim, `stance: reason`.
fn reasons(v: &Value, id: &str) -> Vec<String> {
    let mut out = Vec::new();
    for f in claim(v, id)["facts"].as_array().unwrap() {
        for e in f["evidence"].as_array().unwrap() {
            out.push(format!(
                "{}: {}",
                e["stance"].as_str().unwrap(),
                e["reason"].as_str().unwrap_or("")
            ));
        }
    }
    out
}

/// Asserts each claim's verdict.
#[track_caller]
fn verdicts(v: &Value, want: &[(&str, &str)]) {
    for (id, verdict) in want {
        assert_eq!(
            claim(v, id)["verdict"].as_str().unwrap(),
            *verdict,
            "{id}: {:?}",
            reasons(v, id)
        );
    }
}

/// Asserts some evidence reason of the claim is exactly `reason` (`stance: reason`).
#[track_caller]
fn has_reason(v: &Value, id: &str, reason: &str) {
    let rs = reasons(v, id);
    assert!(
        rs.iter().any(|r| r == reason),
        "{id}: {reason:?} not in {rs:?}"
    );
}

/// A suite with the claim file `claims/c.toml` and the articles `a.txt`, `b.txt`, … in order.
fn suite(claims: &str, articles: &[&str]) -> Suite {
    let mut s = Suite::new().claims("c.toml", claims);
    for (name, text) in ('a'..).zip(articles) {
        s = s.article(&format!("{name}.txt"), text);
    }
    s
}

/// One claim (its statement its id) with one fact table.
fn fact_claim(id: &str, fact: &str) -> String {
    format!("[[claim]]\nid = \"{id}\"\nstatement = \"{id}\"\n[[claim.fact]]\n{fact}\n")
}

/// Claims to probe: their claim file, and the verdict each should get.
struct Probe {
    claims: String,
    want: Vec<(String, String)>,
}

impl Probe {
    /// One-fact claims `(id, fact, verdict)`, in order.
    fn new<'a>(rows: impl Iterator<Item = (&'a str, String, &'a str)>) -> Self {
        let (mut claims, mut want) = (Vec::new(), Vec::new());
        for (id, fact, verdict) in rows {
            claims.push(fact_claim(id, &fact));
            want.push((id.to_string(), verdict.to_string()));
        }
        Probe {
            claims: claims.join("\n"),
            want,
        }
    }

    /// Runs the claims over the articles `a.txt`, `b.txt`, … and asserts every verdict.
    #[track_caller]
    fn over(&self, articles: &[&str]) -> Report {
        let v = report(&suite(&self.claims, articles));
        let want: Vec<(&str, &str)> = self.want.iter().map(|(i, w)| (&**i, &**w)).collect();
        verdicts(&v, &want);
        Report(v)
    }
}

/// A probe's report.
struct Report(Value);

impl Report {
    /// Asserts the claim has the evidence reason: `ID: stance: reason`.
    #[track_caller]
    fn reason(&self, line: &str) {
        let (id, reason) = line.split_once(": ").unwrap();
        has_reason(&self.0, id, reason);
    }

    /// The claim's `independent_sources`.
    fn sources(&self, id: &str) -> Value {
        claim(&self.0, id)["independent_sources"].clone()
    }
}

/// Claims `(id, fact, verdict)`.
fn probe(rows: &[(&str, &str, &str)]) -> Probe {
    Probe::new(rows.iter().map(|&(id, f, v)| (id, f.to_string(), v)))
}

/// `all = [...]` of comma-separated terms.
fn all(terms: &str) -> String {
    let quoted: Vec<String> = terms.split(", ").map(|t| format!("{t:?}")).collect();
    format!("all = [{}]", quoted.join(", "))
}

/// A fact with terms and a `date`.
fn dated(terms: &str, date: &str) -> String {
    format!("{}\ndate = \"{date}\"", all(terms))
}

/// A fact with terms and a `number`.
fn numbered(terms: &str, number: &str) -> String {
    format!("{}\nnumber = \"{number}\"", all(terms))
}

/// A fact with terms, a `number` and the one thing it `counts`.
fn counted(terms: &str, number: &str, counts: &str) -> String {
    format!("{}\ncounts = [\"{counts}\"]", numbered(terms, number))
}

/// Claims `(id, terms, date, verdict)`.
fn dates(rows: &[(&str, &str, &str, &str)]) -> Probe {
    Probe::new(rows.iter().map(|&(id, t, d, v)| (id, dated(t, d), v)))
}

/// Claims `(id, terms, number, counts, verdict)`, `counts` empty for none.
fn numbers(rows: &[(&str, &str, &str, &str, &str)]) -> Probe {
    Probe::new(rows.iter().map(|&(id, t, n, c, v)| match c {
        "" => (id, numbered(t, n), v),
        c => (id, counted(t, n, c), v),
    }))
}

/// Claims `(id, terms, verdict)`, each fact its terms only.
fn terms(rows: &[(&str, &str, &str)]) -> Probe {
    Probe::new(rows.iter().map(|&(id, t, v)| (id, all(t), v)))
}

/// An article with front matter `meta` (TOML lines).
fn front(meta: &str, body: &str) -> String {
    format!("+++\n{meta}\n+++\n{body}")
}

/// An article published on `date`.
fn published(date: &str, body: &str) -> String {
    front(&format!("published = {date}"), body)
}

/// An article from the outlet `name`.
fn outlet(name: &str, body: &str) -> String {
    front(&format!("outlet = \"{name}\""), body)
}

/// An article from the outlet "Wire", published 2025-12-04 (a Thursday).
fn wire(body: &str) -> String {
    front("outlet = \"Wire\"\npublished = 2025-12-04", body)
}

/// A wire story as AFP might file it.
const WIRE: &str = r#"Lebanon and Israel hold second round of talks
NAQOURA, Lebanon, Dec 19, 2025 (AFP) - Lebanese and Israeli civilian negotiators met on Friday at the UN peacekeepers' headquarters in Naqoura for a second round of talks, officials said.
The meeting, mediated by US envoy Morgan Ortagus, lasted around three hours and focused on the withdrawal of Israeli troops from five hilltop positions in south Lebanon, a Lebanese official told AFP on condition of anonymity.
Lebanon's delegation was led by former ambassador Simon Karam, while Israel sent a senior official from its National Security Council, according to a statement from the presidency.
"The atmosphere was positive and the two sides agreed to meet again in January," the official said, adding that no agreement had been signed.
Israel has kept up near-daily strikes on Lebanon despite a November 2024 ceasefire, saying it targets Hezbollah fighters and infrastructure.
The United States has pressed Beirut to disarm the Iran-backed group, which was badly weakened in more than a year of hostilities with Israel.
"#;

/// The wire story under a web outlet: new headline, byline and first paragraph.
const REWRITE: &str = r#"Naqoura talks: second round ends with promise to meet again
By our staff, Beirut
Civilian envoys from Lebanon and Israel sat down for a second time on Friday in the border town of Naqoura, hosted by UNIFIL.
Lebanon's delegation was led by former ambassador Simon Karam, while Israel sent a senior official from its National Security Council, according to a statement from the presidency.
"The atmosphere was positive and the two sides agreed to meet again in January," the official said, adding that no agreement had been signed.
Israel has kept up near-daily strikes on Lebanon despite a November 2024 ceasefire, saying it targets Hezbollah fighters and infrastructure.
The United States has pressed Beirut to disarm the Iran-backed group, which was badly weakened in more than a year of hostilities with Israel.
"#;

/// An independent report of the same meeting, in its own words.
const INDEP: &str = r#"Second session of talks in Naqoura
Beirut, Dec 20 - A second session of direct civilian negotiations between Lebanon and Israel took place in Naqoura on Friday, with US envoy Morgan Ortagus in the room.
Speaking to our correspondent, a diplomat described the three-hour session as businesslike and said the Israeli side pressed for security guarantees along the border.
Karam, who heads Lebanon's team, is expected to brief President Joseph Aoun on Monday before the delegations reconvene next month.
Residents of border villages told us they remain sceptical that the talks will halt the strikes.
"#;

/// A one-line report naming the envoy.
const ORTAGUS: &str = "Headline\nEnvoy Ortagus attended the talks in Naqoura.\n";

/// Relative dates: today/yesterday/tomorrow, weekdays past and future, ordinal days, `this year`/`last year`, the tense cues, numeric dates, a weekday beside a date, the dateline reference, and a syndicated copy read against its own date.
#[test]
fn relative_and_numeric_dates_read_against_published_or_dateline() {
    // rel: today/yesterday/tomorrow
    let v = dates(&[
        ("yesterday", "talks", "2025-12-03", "supported"),
        ("today", "delegates", "2025-12-04", "supported"),
        ("tomorrow", "resume", "2025-12-05", "supported"),
    ])
    .over(&[&wire(
        "Headline
Civilian envoys held talks yesterday in Naqoura.
The delegates arrived today.
They will resume tomorrow.
",
    )]);
    v.reason(r#"yesterday: supports: "yesterday" read as 2025-12-03 (published 2025-12-04)"#);
    v.reason(r#"today: supports: "today" read as 2025-12-04 (published 2025-12-04)"#);
    v.reason(r#"tomorrow: supports: "tomorrow" read as 2025-12-05 (published 2025-12-04)"#);
    // rel: bare weekday past, possessive, same day
    dates(&[
        ("on-wed", "talks", "2025-12-03", "supported"),
        ("wed-poss", "meeting", "2025-12-03", "supported"),
        ("same-day", "strike", "2025-12-04", "supported"),
    ])
    .over(&[&wire(
        "Headline
Envoys held talks on Wednesday.
Wednesday's meeting was calm.
The strike came on Thursday.
",
    )]);
    // rel: adverbs between `is` and `expected in`
    dates(&[(
        "once-again-expected-in",
        "envoy, Marjayoun",
        "2025-12-08",
        "supported",
    )])
    .over(&[&wire(
        "Headline\nThe US envoy is once again expected in Marjayoun on Monday.\n",
    )]);
    // rel: weekday future
    let v = dates(&[
        ("will-fri", "meet", "2025-12-05", "supported"),
        ("will-thu", "withdraw", "2025-12-11", "supported"),
    ])
    .over(&[&wire(
        "Headline\nThe envoys will meet on Friday.\nThe army will withdraw on Thursday.\n",
    )]);
    v.reason(r#"will-fri: supports: "Friday" read as 2025-12-05 (published 2025-12-04)"#);
    // rel: tense cues
    let v = dates(&[
        ("shall", "council", "2025-12-05", "supported"),
        ("would", "committee", "2025-12-05", "supported"),
        ("is-to", "president", "2025-12-05", "supported"),
        ("is-due-to", "envoy", "2025-12-05", "supported"),
        ("is-set-to", "delegation", "2025-12-05", "supported"),
        ("is-expected-to", "minister", "2025-12-05", "supported"),
        ("plans-to", "army", "2025-12-05", "supported"),
        ("set-for", "vote", "2025-12-05", "supported"),
        ("scheduled-for", "session", "2025-12-05", "supported"),
        ("next", "summit", "2025-12-05", "supported"),
        ("said-that-will", "Aoun", "2025-12-04", "supported"),
    ])
    .over(&[&wire(
        "Headline
The council shall convene on Friday.
The committee would convene on Friday.
The president is to travel on Friday.
The envoy is due to arrive on Friday.
The delegation is set to return on Friday.
The minister is expected to speak on Friday.
The army plans to withdraw on Friday.
A vote set for Friday.
A session scheduled for Friday.
The summit is next Friday.
Aoun said on Thursday that talks will resume.
",
    )]);
    v.reason(r#"said-that-will: supports: "Thursday" read as 2025-12-04 (published 2025-12-04)"#);
    // rel: ordinal day
    let v = dates(&[
        ("the-19th", "talks", "2025-12-19", "supported"),
        ("19th-of-this-month", "committee", "2025-12-19", "supported"),
        ("future-2nd", "envoys", "2026-01-02", "supported"),
        ("14th-round", "round", "2025-12-14", "unverified"),
    ])
    .over(&[&wire(
        "Headline
Talks were held on the 19th.
The committee met on the 19th of this month.
The envoys will meet on the 2nd.
The 14th round ended.
",
    )]);
    v.reason(r#"the-19th: supports: "the 19th" read as 2025-12-19 (published 2025-12-04)"#);
    // rel: this year / last year
    let v = dates(&[
        ("last-year", "ceasefire", "2024-11-27", "supported"),
        ("this-year", "elections", "2026-03", "supported"),
    ])
    .over(&[
        &published(
            "2025-11-27",
            "Headline\nThe ceasefire took effect on November 27 last year.\n",
        ),
        &published(
            "2026-01-10",
            "Headline\nElections were held in March this year.\n",
        ),
    ]);
    v.reason(r#"this-year: supports: "March this year" read as 2026-03 (published 2026-01-10)"#);
    // rel: reasons
    let v = dates(&[
        ("r-wed", "talks", "2025-12-03", "supported"),
        ("r-lastyear", "ceasefire", "2024-11-27", "supported"),
        ("r-numeric", "round", "2025-12-19", "supported"),
    ])
    .over(&[
        &wire("Headline\nEnvoys held talks on Wednesday.\n"),
        &published(
            "2025-11-27",
            "Headline\nThe ceasefire took effect on November 27 last year.\n",
        ),
        "Headline\nThe round was on 19-12-2025.\n",
    ]);
    v.reason(r#"r-wed: supports: "Wednesday" read as 2025-12-03 (published 2025-12-04)"#);
    v.reason(
        r#"r-lastyear: supports: "November 27 last year" read as 2024-11-27 (published 2025-11-27)"#,
    );
    v.reason(r#"r-numeric: supports: "19-12-2025" read as 2025-12-19"#);
    // numeric dates
    dates(&[
        ("dmy-dash", "alpha", "2025-12-19", "supported"),
        ("dmy-slash", "beta", "2025-12-19", "supported"),
        ("mdy-slash", "gamma", "2025-12-19", "supported"),
        ("both-agree", "delta", "2025-12-12", "supported"),
        ("ambiguous-a", "epsilon", "2025-04-03", "unverified"),
        ("ambiguous-b", "epsilon", "2025-03-04", "unverified"),
    ])
    .over(&["Headline
alpha met on 19-12-2025.
beta met on 19/12/2025.
gamma met on 12/19/2025.
delta met on 12/12/2025.
epsilon met on 03/04/2025.
"]);
    // weekday next to explicit date
    dates(&[
        ("wd-explicit", "talks", "2025-12-03", "supported"),
        ("wd-explicit-not-rel", "talks", "2025-12-03", "supported"),
    ])
    .over(&[&published(
        "2025-12-10",
        "Headline\nTalks were held on Wednesday, December 3, 2025.\n",
    )]);
    // reference: dateline / date line / none
    dates(&[
        ("dateline", "negotiators", "2025-12-17", "supported"),
        ("dateline-future", "committee", "2025-12-22", "supported"),
        ("dateonly", "envoys", "2025-12-18", "supported"),
        ("none", "border", "2025-12-03", "unverified"),
    ])
    .over(&[
        "Headline
BEIRUT, Dec 19, 2025 (AFP) – Negotiators met on Wednesday.
The committee will meet on Monday.
No talks were held on Wednesday? Talks did happen on Wednesday.
",
        "Headline\n19-12-2025 | 12:50\nEnvoys met on Thursday.\n",
        "Headline\nEnvoys met at the border on Wednesday.\n",
    ]);
    // syndicated copy reads own date
    let copy = "Headline\nEnvoys held talks on Wednesday in Naqoura.\n";
    let v = dates(&[
        ("copy1", "talks", "2025-12-03", "disputed"),
        ("copy2", "talks", "2025-12-10", "disputed"),
    ])
    .over(&[
        &front("outlet = \"A\"\npublished = 2025-12-04", copy),
        &front("outlet = \"B\"\npublished = 2025-12-11", copy),
    ]);
    v.reason(r#"copy1: against: date "Wednesday" read as 2025-12-10 (published 2025-12-11) ≠ 2025-12-03"#);
    v.reason(r#"copy2: against: date "Wednesday" read as 2025-12-03 (published 2025-12-04) ≠ 2025-12-10"#);
    // edge dates
    dates(&[
        ("19th-future", "committee", "2025-12-19", "supported"),
        ("day-this-year", "elections", "2026-03-05", "supported"),
        (
            "pub-over-dateline",
            "negotiators",
            "2025-12-03",
            "supported",
        ),
    ])
    .over(&[
        &published(
            "2025-12-03",
            "Headline
Wednesday's meeting was calm.
The committee will meet on the 19th of this month.
",
        ),
        &published(
            "2026-01-10",
            "Headline\nElections were held on March 5 this year.\n",
        ),
        &published(
            "2025-12-04",
            "Headline\nBEIRUT, Dec 19, 2025 (AFP) – Negotiators met on Wednesday.\n",
        ),
    ]);
}

/// Numbers count something: the noun or the next word, `counts`, the fact's own terms, the never-count kinds, ages, `N+`, vague quantities and hyphenated number words.
#[test]
fn numbers_count_something() {
    // count nouns
    let v = numbers(&[
        ("hours", "met", "3", "hour", "supported"),
        ("people", "killed", "13", "people", "supported"),
        ("years", "conflict", ">40", "year", "supported"),
        ("lines", "damaged", ">=200", "line", "supported"),
        ("lines-other", "damaged", ">=200", "pole", "unverified"),
    ])
    .over(&["Headline
The two sides met for three hours with 40 officials.
Strikes killed 13 people in the south.
The conflict has lasted more than 40 years.
Crews repaired hundreds of damaged power lines.
"]);
    v.reason(r#"lines: supports: "hundreds of damaged power lines" counts line"#);
    // count word after / nothing
    numbers(&[
        ("wounded", "strike", "28", "wounded", "supported"),
        ("killed", "strike", "2", "killed", "supported"),
        ("numbered-counts", "numbered", "30", "wounded", "unverified"),
        ("numbered-terms", "numbered", "28", "", "supported"),
    ])
    .over(&["Headline\nThe strike left 28 wounded and two killed.\nThe wounded numbered 28.\n"]);
    // counts key and fact's terms
    let v = numbers(&[
        ("counts-hour-3", "met", "3", "hour", "supported"),
        ("counts-hour-40", "met", "40", "hour", "contradicted"),
        ("terms-hours-3", "hours", "3", "", "supported"),
        ("terms-hours-40", "hours", "40", "", "contradicted"),
        ("terms-officials-40", "officials", "40", "", "supported"),
        ("terms-met-40", "met", "40", "", "supported"),
    ])
    .over(&["Headline\nThe two countries met for three hours with 40 officials.\n"]);
    v.reason(r#"counts-hour-40: against: number "three hours" (counts hour) does not satisfy 40"#);
    // never count
    numbers(&[
        ("10-story", "building", "10", "", "unverified"),
        ("10-story-counts", "building", "10", "story", "supported"),
        ("5-point", "plan", "5", "", "unverified"),
        ("fifth", "round", "5", "", "unverified"),
        ("14th", "session", "14", "", "unverified"),
        ("year", "war", "2024", "", "unverified"),
        ("clock", "siren", "12", "", "unverified"),
        ("date", "talks", "3", "", "unverified"),
    ])
    .over(&["Headline
A 10-story building collapsed.
They offered a 5-point plan.
The fifth round ended.
The 14th session ended.
The war began in 2024.
The siren sounded at 12:50.
The talks were held on December 3.
"]);
    // ages
    let v = numbers(&[
        ("khalil", "Khalil", "18", "", "supported"),
        ("aged-counts", "man", "18", "age", "supported"),
        ("year-old-counts", "killed, man", "18", "age", "supported"),
        ("toll", "killed", "5", "", "supported"),
        ("toll-3", "killed", "3", "", "contradicted"),
        ("khalil-toll", "wounded", "18", "people", "unverified"),
    ])
    .over(&[
        "Headline
Khalil, 18, was wounded.
A man aged 18 was arrested.
An 18-year-old man was killed.
",
        "Headline\nFive people were killed, including a 3-year-old girl.\n",
    ]);
    v.reason(r#"khalil: supports: "18" counts age of Khalil"#);
    // N+ and vague
    numbers(&[
        ("40plus", "conflict", ">=40", "", "supported"),
        ("dozens-50", "wounded", "~50", "", "supported"),
        ("dozens-10", "wounded", "10", "", "contradicted"),
        ("hundreds-1000", "homes", "~1000", "", "supported"),
        ("hundreds-100", "homes", "100", "", "contradicted"),
        ("thousands", "fled", "5000", "", "supported"),
        ("tens-thousands", "displaced", "50000", "", "supported"),
        ("tens-thousands-no", "displaced", "5000", "", "contradicted"),
        ("hundreds-thousands", "returned", "500000", "", "supported"),
        ("twenty-five", "soldiers", "25", "", "supported"),
    ])
    .over(&["Headline
The conflict lasted 40+ years.
Dozens of people were wounded.
Hundreds of homes were destroyed.
Thousands of residents fled.
Tens of thousands of people were displaced.
Hundreds of thousands of people returned.
Twenty-five soldiers deployed.
"]);
    // a number's verb: killed two and wounded 14 are not 14 killed
    let v = numbers(&[
        ("object", "killed, Houla", "2", "", "supported"),
        (
            "object-other-verb",
            "killed, Houla",
            "14",
            "",
            "contradicted",
        ),
        ("object-bare", "wounded, Aitaroun", "14", "", "supported"),
        (
            "object-bare-other",
            "killed, Aitaroun",
            "14",
            "",
            "contradicted",
        ),
        ("passive-subject", "killed, Blida", "2", "", "contradicted"),
        (
            "passive-subject-own",
            "wounded, Blida",
            "2",
            "",
            "supported",
        ),
        ("including", "killed, Tyre", "3", "", "contradicted"),
        ("including-toll", "killed, Tyre", "11", "", "supported"),
        ("of-the", "released, detainees", "4", "", "supported"),
        (
            "were-children",
            "killed, children, Meiss",
            "12",
            "",
            "supported",
        ),
        ("active-subject", "met, Naqoura", "3", "", "supported"),
    ])
    .over(&["Headline
The strike on Houla killed two people and wounded 14 others.
The strike on Aitaroun killed five and wounded 14.
One person was killed and two were wounded in Blida.
An Israeli strike on Tyre killed 11 people, including three children.
Israel released four of the 12 Lebanese detainees.
Of the 45 people killed in Meiss, 12 were children.
The two delegations met in Naqoura for three hours.
"]);
    v.reason(
        r#"object-other-verb: against: number "two people" (counts people) does not satisfy 14"#,
    );
    // a running toll, a gapped list, another verb's count, a part, an aside
    numbers(&[
        ("toll", "killed, since the ceasefire", ">330", "", "supported"),
        ("toll-this-strike", "killed, Haris", ">330", "", "contradicted"),
        ("gapped", "killed, Sharqiyeh", "3", "", "supported"),
        ("other-verb-only", "killed, Mayfadoun", "14", "", "unverified"),
        ("part", "killed, Jbaa", "4", "", "contradicted"),
        ("subject-aside", "killed, Yohmor", "3", "", "contradicted"),
        ("adverb", "killed, Jarjouaa", "14", "", "contradicted"),
        ("noun-strike", "strike, Qaaqaiyet", "5", "", "contradicted"),
        ("noun-strikes", "strikes, Hermel", "14", "", "supported"),
        ("agent", "killed, Ramyeh", "3", "", "contradicted"),
    ])
    .over(&["Headline
A strike on Houla killed three people, bringing the number of people killed since the ceasefire to more than 330.
A strike on Haris killed three people, raising the death toll from attacks this year to more than 330.
Strikes killed two people in Doueir and three in Sharqiyeh.
A woman was killed and 14 others were wounded in a strike on Mayfadoun.
Four of the 12 people killed in the strike on Jbaa were children.
Eleven people, including three children, were killed in a strike on Yohmor.
Two people were reportedly killed and 14 were wounded in Jarjouaa.
The Israeli strike on Qaaqaiyet killed two people.
Israeli strikes on Hermel killed 14 people.
Three Israeli drones struck Ramyeh, killing one person.
"]);
    // a participle's setting before the noun's own verb; a verb and its particle;
    // a range with `some`
    numbers(&[
        (
            "participle-then-verb",
            "intercepted, Kfarchouba",
            "3",
            "",
            "supported",
        ),
        ("participle-own", "fired, Hebbariyeh", "3", "", "supported"),
        (
            "particle",
            "killed, since the truce",
            ">1000",
            "",
            "contradicted",
        ),
        ("some-range", "killed, Khiam", "12", "", "supported"),
        ("some-range-out", "killed, Khiam", "20", "", "contradicted"),
    ])
    .over(&["Headline
Three rockets fired from Kfarchouba were intercepted, the army said.
Three rockets fired from Hebbariyeh were intercepted.
Israel has carried out thousands of strikes since the truce, killing more than 330 people.
Some 10-15 people were killed in Khiam, residents said.
"]);
    // a duration or a setting beside a count tied to the act is no toll; a
    // subject's phrase is passed over to its verb; an age after a person's noun
    numbers(&[
        ("past-24-hours", "killed, Gaza", "24", "", "contradicted"),
        ("for-days", "killing, Kounine", "3", "", "contradicted"),
        ("in-two-strikes", "killed, Ansar", "2", "", "contradicted"),
        ("in-two-strikes-toll", "killed, Ansar", "4", "", "supported"),
        (
            "subject-phrase",
            "killed, Kfar Tibnit",
            "2",
            "",
            "contradicted",
        ),
        (
            "subject-phrase-toll",
            "killed, Kfar Tibnit",
            "3",
            "",
            "supported",
        ),
        (
            "subject-phrase-passive",
            "killed, Srifa",
            "3",
            "",
            "supported",
        ),
        ("age-after-noun", "killed, Kfar Sir", "2", "", "unverified"),
        (
            "age-after-noun-toll",
            "killed, Kfar Dajjal",
            "45",
            "",
            "unverified",
        ),
        ("met-for-hours", "met, Naqoura", "3", "", "supported"),
    ])
    .over(&["Headline
The health ministry in Gaza said 104 people were killed in the past 24 hours.
Israeli forces pounded Kounine for three days, killing 14 people.
Four people were killed in two Israeli strikes on Ansar.
Two Israeli strikes on Kfar Tibnit killed three people on Tuesday.
Three people in a car were killed in Srifa.
A woman, 62, and her son, 35, were killed in a strike on Kfar Sir.
A man, 45, was killed in a strike on a motorcycle in Kfar Dajjal.
The two delegations met in Naqoura for three hours.
"]);
    // the verb of `Two of the three` is the part's; a toll's participle in its
    // subject; `of whom nine were women`
    numbers(&[
        ("part-verb", "intercepted, Galilee", "2", "", "supported"),
        (
            "part-verb-whole",
            "intercepted, Galilee",
            "3",
            "",
            "contradicted",
        ),
        (
            "part-verb-plain",
            "intercepted, Safed",
            "2",
            "",
            "supported",
        ),
        ("toll-subject", "killed, Gaza", "367", "", "supported"),
        (
            "of-whom-were",
            "killed, women, Khan Younis",
            "9",
            "",
            "supported",
        ),
        (
            "none-of-the-12",
            "killed, Beit Hanoun",
            "12",
            "",
            "supported",
        ),
    ])
    .over(&["Headline
Two of the three rockets fired at the Galilee were intercepted, the army said.
Two of the three rockets were intercepted over Safed.
The number of people killed in Gaza since the ceasefire rose to 367, the ministry said.
The strike in Khan Younis killed 27 people, of whom nine were women.
None of the 12 people killed in Beit Hanoun were fighters, relatives said.
"]);
    // age never toll
    numbers(&[("girl-toll", "killed", "3", "", "unverified")])
        .over(&["Headline\nA 3-year-old girl was killed.\n"]);
}

/// How a mention satisfies `number`: exact and approximate mentions, bounds against bounds and ranges, and bounds at one number agreeing.
#[test]
fn how_a_mention_satisfies_number() {
    // satisfy
    numbers(&[
        ("exact-in-approx", "displaced", "~40000", "", "supported"),
        ("approx-in-exact", "returned", "41000", "", "supported"),
        ("bound-bound-ok", "wounded", ">300", "", "supported"),
        ("bound-bound-no", "wounded", ">400", "", "contradicted"),
        ("atleast13", "killed", ">=10", "", "supported"),
        ("atleast13-no", "killed", ">=20", "", "contradicted"),
        ("m370-approx400", "wounded", "~400", "", "supported"),
        ("370-2000", "wounded", "2000", "", "contradicted"),
        ("370-400", "wounded", "400", "", "supported"),
        ("upto5-approx5", "drones", "~5", "", "supported"),
    ])
    .over(&["Headline
Some 41,000 people were displaced.
About 41,000 people returned.
More than 370 people were wounded.
At least 13 people were killed.
Up to 5 drones flew.
"]);
    // bounds agree
    numbers(&[
        ("40plus-gt40", "alpha", ">40", "", "supported"),
        ("40plus-ge40", "alpha", ">=40", "", "supported"),
        ("atleast40-gt40", "beta", ">40", "", "supported"),
        ("atleast40-ge40", "beta", ">=40", "", "supported"),
        ("morethan40-gt40", "gamma", ">40", "", "supported"),
        ("morethan40-ge40", "gamma", ">=40", "", "supported"),
        ("upto5-lt5", "delta", "<5", "", "supported"),
        ("upto5-le5", "delta", "<=5", "", "supported"),
        ("atmost5-lt5", "epsilon", "<5", "", "supported"),
        ("atmost5-le5", "epsilon", "<=5", "", "supported"),
        ("fewer5-lt5", "zeta", "<5", "", "supported"),
        ("fewer5-le5", "zeta", "<=5", "", "supported"),
    ])
    .over(&["Headline
alpha had 40+ members.
beta had at least 40 members.
gamma had more than 40 members.
delta had up to 5 members.
epsilon had at most 5 members.
zeta had fewer than 5 members.
"]);
}

/// Negation, more cues: the words, the phrases in any tense, the passive, `without` before a verb only, and a cue inside a matched term.
#[test]
fn negation_more_cues() {
    // neg cues words
    terms(&[
        ("nobody", "injured", "contradicted"),
        ("none", "envoys, attended", "contradicted"),
        ("nothing", "signed", "contradicted"),
        ("no-one", "evacuated", "contradicted"),
    ])
    .over(&["Headline
Nobody was injured in the strike.
None of the envoys attended.
Nothing was signed.
No one was evacuated.
"]);
    // neg phrases
    let v = terms(&[
        ("not-yet", "peace talks", "contradicted"),
        ("no-longer", "patrols", "contradicted"),
        ("far-from", "normalization", "contradicted"),
        ("fall-short", "agreement", "contradicted"),
        ("falls-short", "ceasefire", "contradicted"),
        ("falling-short", "withdrawal", "contradicted"),
        ("failed-to", "deal", "contradicted"),
        ("refused-to", "disarm", "contradicted"),
        ("ruled-out", "normalisation", "contradicted"),
        ("rejected", "proposal", "contradicted"),
    ])
    .over(&["Headline
Lebanon is not yet at peace talks.
The army no longer patrols the border.
Salam said Lebanon is far from normalization.
The talks fell short of an agreement.
The truce falls short of a ceasefire.
The plan is falling short of a withdrawal.
Israel failed to reach a deal.
Hezbollah refused to disarm.
Aoun ruled out normalisation.
Salam rejected the proposal.
"]);
    v.reason(r#"not-yet: against: negated by "not yet""#);
    // passive
    let v = terms(&[
        ("was-ruled-out", "normalisation", "contradicted"),
        ("has-been-rejected", "plan", "contradicted"),
        ("was-denied", "report", "contradicted"),
        ("rejecter", "Salam", "supported"),
        ("again-rejected", "offer", "contradicted"),
        ("now-ruled-out", "truce", "contradicted"),
    ])
    .over(&["Headline
normalisation was ruled out.
the plan has been rejected.
The report was denied by the army.
Salam rejected that description.
The offer was again rejected.
A truce has now been ruled out.
"]);
    v.reason(r#"was-ruled-out: against: negated by "ruled out""#);
    // no answer is no denial: the strike a comment is about is given
    terms(&[
        ("no-comment-from", "strike, Houla", "supported"),
        ("no-reports-of", "strike, Blida", "supported"),
        ("no-reports-of-what", "casualties", "contradicted"),
        ("did-not-comment", "strike, Aitaroun", "supported"),
        (
            "did-not-comment-itself",
            "military, commented",
            "contradicted",
        ),
        ("refused-to-respond", "raid, Khiam", "supported"),
        ("there-was-no", "agreement, Naqoura", "contradicted"),
        ("respond-with", "strikes, Tyre", "contradicted"),
        ("no-progress-on", "withdrawal, Kafr Dounine", "contradicted"),
        ("reached-on", "withdrawal, Safad", "contradicted"),
        ("gave-no-details", "strike, Jarjouaa", "supported"),
        ("no-israeli-response", "rocket fire, Aitit", "supported"),
        (
            "claimed-responsibility",
            "rocket fire, Zebdine",
            "supported",
        ),
        ("claim-of-responsibility", "attack, Ras al-Ain", "supported"),
        ("no-group-claimed", "attack, Yaroun", "supported"),
    ])
    .over(&["Headline
There was no immediate comment from the Israeli army on the strike in Houla.
There were no reports of casualties from the strike on Blida.
The Israeli military did not immediately comment on the strike in Aitaroun.
Hezbollah refused to respond to the raid on Khiam.
There has been no agreement in Naqoura.
Israel did not respond to the rocket fire with strikes on Tyre.
There has been no progress on an Israeli withdrawal from Kafr Dounine.
No agreement was reached on a withdrawal from Safad.
The army gave no details of the strike on Jarjouaa.
There was no Israeli response to the rocket fire from Aitit.
No one claimed responsibility for the rocket fire from Zebdine.
There was no immediate claim of responsibility for the attack on Ras al-Ain.
No group has claimed the attack on Yaroun.
"]);
    // `neither … nor` before an answer; a participle after a negated subject is
    // not its verb; `never before` is an adverb
    terms(&[
        ("neither-commented", "strike, Sejoud", "supported"),
        ("neither-would-comment", "strike, Srobbine", "supported"),
        (
            "neither-confirm-nor-deny",
            "strike, Deir Qanoun",
            "supported",
        ),
        ("neither-denied", "strike, Houla", "supported"),
        ("gave-no-reason", "strike, Mashghara", "supported"),
        ("participle-not-verb", "hit, Metula", "contradicted"),
        ("participle-then-setting", "landed, Shlomi", "contradicted"),
        ("died-in-setting", "strike, Hanine", "supported"),
        ("never-before", "struck, Jezzine", "contradicted"),
    ])
    .over(&["Headline
Neither Hezbollah nor the Lebanese army commented on the strike on Sejoud.
Neither Israel nor Hezbollah would comment on the strike on Srobbine.
The army would neither confirm nor deny the strike on Deir Qanoun.
Neither Israel nor the army denied the strike on Houla.
The army gave no reason for the strike on Mashghara.
None of the rockets fired from southern Lebanon hit populated areas near Metula.
None of the shells launched from Lebanon landed near Shlomi, the army said.
No one died in the strike on Hanine.
Israel had never before struck Jezzine.
"]);
    // hyphenated names inside the new readings; `reported no`; `knows who`;
    // `neither denied nor confirmed`; `whether or not`; `as if`; `no reason to`;
    // a participle passed over; the verb of an object `no`; `any` half negated
    terms(&[
        ("hyphen-participle", "hit, Metula", "contradicted"),
        ("participle-given", "attack, Shtoura", "supported"),
        ("reported-no", "peacekeepers, Bastra", "supported"),
        ("knows-who", "rockets, Dovev", "supported"),
        ("denied-nor-confirmed", "strike, Qsaibeh", "supported"),
        ("whether-or-not", "strike, Kfar Hamam", "supported"),
        ("as-if", "withdrawn, Rab Thalathine", "contradicted"),
        ("no-reason-to", "strike, Tebnine", "contradicted"),
        ("object-verb", "fired, Kiryat Tivon", "contradicted"),
        ("and-no", "landed, Shtula", "contradicted"),
        ("despite", "warning, Kfar Kila", "supported"),
        ("none-of-given", "hostages, released", "supported"),
        ("none-of-verb", "returned, Kfarkela", "contradicted"),
        ("none-of-hit", "hit, Nahariya", "contradicted"),
        ("who-takes-act-as-told", "fired, Shlomi", "supported"),
    ])
    .over(&["Headline
None of the rockets fired from Ras al-Naqoura hit populated areas near Metula.
No one injured in the attack on Shtoura was in serious condition, doctors said.
UNIFIL reported no injuries among peacekeepers near Bastra.
Nobody knows who fired the rockets at Dovev.
The army neither denied nor confirmed the strike on Qsaibeh.
Israel did not say whether or not the strike hit Kfar Hamam.
The troops did not behave as if they had withdrawn from Rab Thalathine.
Israel has no reason to strike the hospital in Tebnine, the minister said.
Hezbollah fired no rockets at Kiryat Tivon on Tuesday.
No rockets landed in Shtula and no sirens sounded, the army said.
Residents of Kfar Kila saw no reason to leave despite the Israeli warning.
None of the hostages released on Monday needed hospital treatment, the army said.
None of the residents returned to Kfarkela on Sunday, the mayor said.
None of the rockets hit populated areas near Nahariya, the army said.
The army did not say who fired the rockets at Shlomi.
"]);
    numbers(&[(
        "hyphen-subject",
        "killed, Houmine al-Fawqa",
        "2",
        "",
        "contradicted",
    )])
    .over(&["Headline\nTwo Israeli raids on Houmine al-Fawqa killed five people.\n"]);
    // a later part of a list, the speakers of an attribution, `N times`, and a
    // long subject before a running toll's verb
    numbers(&[
        ("second-part", "killed, Tebnine", "2", "", "contradicted"),
        ("second-part-whole", "killed, Tebnine", "7", "", "supported"),
        ("speakers", "killed, Hezbollah members", "3", "", "unverified"),
        ("speakers-counted", "sources, Reuters", "2", "", "supported"),
        ("according-to", "wounded, Yater", "5", "", "unverified"),
        ("times", "killed, Qassem", "5000", "", "contradicted"),
        ("times-toll", "killed, Qassem", "335", "", "supported"),
        ("long-subject", "killed, Kfar Roummane", "9", "", "supported"),
        ("long-subject-wrong", "killed, Kfar Roummane", "7", "", "contradicted"),
        ("toll-risen", "killed, Chamaa", "4", "", "supported"),
        ("toll-risen-wrong", "killed, Chamaa", "5", "", "contradicted"),
        ("numbered", "wounded, Deir el-Balah", "28", "", "supported"),
        ("running-toll-not-the-act", "killed, Zebdine", "1", "", "unverified"),
        ("toll-beside-the-act", "killed, Srifa", "40", "", "contradicted"),
        ("list-of-three", "killed, Yaroun", "3", "", "contradicted"),
        ("list-of-three-whole", "killed, Yaroun", "7", "", "supported"),
        ("speakers-close-to", "killed, Yohmor", "2", "", "unverified"),
        ("speakers-inverted", "killed, Tyre members", "2", "", "unverified"),
        ("distance", "died, Majdal Selm", "2", "", "contradicted"),
        ("said-then-aside", "wounded, Hermel", "14", "", "supported"),
    ])
    .over(&["Headline
Seven people were killed in Tebnine, among them a 12-year-old boy and two women.
An Israeli strike killed several Hezbollah members near Tyre, two security sources told Reuters.
Israeli shelling wounded residents of Yater, according to three local officials.
Israel has struck Lebanon 5,000 times since the ceasefire and killed 335 people, Qassem said.
The number of people killed in Israeli strikes on the southern town of Kfar Roummane near Nabatieh rose to nine.
An Israeli strike killed a family in Chamaa, and by evening the death toll had risen to four.
The wounded from the strike on the Deir el-Balah market numbered 28, medics said.
A man was killed in Zebdine, bringing the toll to four.
The strike on Srifa killed two people, and the toll of the war rose to 40.
Israeli strikes killed seven people in Yaroun, among them a boy, a woman and three men.
Fighters were killed in the raid near Yohmor, two sources close to the group told AFP.
A strike killed Tyre members riding in a pickup, said two security officials familiar with the matter.
A fourth person died in a strike on a house in Majdal Selm, about 8 kilometers (5 miles) to the east.
The ministry said 14 people (including three Syrian nationals) were wounded near Hermel.
"]);
    // a toll told one more at a time: `a fourth` is one, and four in all after
    // three of the same act; not a rank of a thing, a fraction or another act
    let v = numbers(&[
        ("fourth-whole", "killed, car", "4", "", "supported"),
        ("fourth-not-in-yater", "killed, Yater", "4", "", "contradicted"),
        ("fourth-first-part", "killed, Yater", "3", "", "supported"),
        ("fourth-one-more", "died, Majdal Selm", "1", "", "supported"),
        ("fourth-wrong", "killed, Yater", "5", "", "contradicted"),
        ("third-other-act", "wounded, Kfar Kila", "1", "", "supported"),
        ("third-not-whole", "wounded, Kfar Kila", "3", "", "contradicted"),
        ("another-elliptical", "killed, Meiss al-Jabal", "1", "", "supported"),
        ("another-whole", "killed, ministry", "3", "", "supported"),
        ("another-not-in-houla", "killed, Houla", "3", "", "contradicted"),
        ("consecutive-day", "killing, Aitaroun", "1", "", "contradicted"),
        // (a fraction is a share, some 33 %, not one more: against one house)
        ("fraction", "destroyed, Khiam", "1", "", "contradicted"),
        ("second-round", "round, Naqoura", "1", "", "unverified"),
    ])
    .over(&["Headline
Three people were killed when a drone struck a car near Yater, and a fourth died in a strike on a house in Majdal Selm.
A strike killed two men on a motorcycle in Kfar Kila and wounded a third.
Two people were killed in Houla and another in Meiss al-Jabal, the ministry said.
Israeli drones struck Aitaroun for a third consecutive day, killing two.
A third of the houses in Khiam were destroyed.
A second round of talks is set for Naqoura.
"]);
    v.reason(r#"fourth-whole: supports: "a fourth" read as 4 in all"#);
    // a toll split by place: a place's count is the part that names it
    numbers(&[
        ("place-part", "killed, Yater", "2", "", "supported"),
        (
            "place-part-not-whole",
            "killed, Yater",
            "3",
            "",
            "contradicted",
        ),
        (
            "place-whole-total",
            "killed, Yater, Majdal Selm",
            "3",
            "",
            "supported",
        ),
        (
            "place-first-count",
            "killed, Kfar Sir",
            "2",
            "",
            "supported",
        ),
        ("place-another", "killed, Houla", "1", "", "supported"),
        (
            "place-another-wrong",
            "killed, Houla",
            "2",
            "",
            "contradicted",
        ),
        ("place-list", "killed, Burj Rahal", "1", "", "supported"),
        (
            "place-of-them",
            "killed, Nabatieh province",
            "24",
            "",
            "supported",
        ),
        (
            "no-place-of-its-own",
            "killed, Aitaroun",
            "4",
            "",
            "supported",
        ),
    ])
    .over(&["Headline
Israeli strikes killed three people, two of them near the village of Yater and one in Majdal Selm.
Two people were killed in a strike on a car in Kfar Sir and another in a drone attack on Houla.
Israeli strikes killed two people in Tair Debba, one in Burj Rahal and three in Qana.
The ministry said 127 people had been killed since the truce, 24 of them in Nabatieh province.
Three people were killed in Aitaroun on Tuesday, and a fourth died of his wounds on Wednesday.
"]);
    v.reason(r#"fourth-one-more: supports: "a fourth" read as one more"#);
    probe(&[(
        "any-half-negated",
        "all = [\"Hula\"]\nany = [\"killed\", \"wounded\"]",
        "supported",
    )])
    .over(&["Headline\nTwo people were wounded in Hula, but no one was killed.\n"]);
    // a window of N words that starts after its clause's cue is still negated
    probe(&[
        (
            "words-window-after-cue",
            "all = [\"killed\", \"Arnoun\"]\nwithin = 12",
            "contradicted",
        ),
        (
            "words-window-told",
            "all = [\"wounded\", \"evening\"]\nwithin = 12",
            "supported",
        ),
    ])
    .over(&["Headline\nNo one was killed in the drone attack on Arnoun, but a teenager was wounded later that evening, the army said.\n"]);
    // a fact told in clauses without a cue beside a negated hit of one of its
    // terms is told; a term found only in the negated clause keeps it against
    terms(&[
        ("told-beside-no-one", "killed, Tyre", "supported"),
        ("only-in-no-one", "killed, Sidon", "contradicted"),
        ("told-after-did-not", "struck, Sarafand", "supported"),
        ("only-after-did-not", "struck, Adloun", "contradicted"),
        ("agreed-but-not", "agreed, working groups", "supported"),
        (
            "denier-in-cued-clause",
            "Hezbollah, fired, rockets",
            "contradicted",
        ),
    ])
    .over(&["Headline
No one was killed in the strike on Sidon, but two people were killed in Tyre, the ministry said.
Israel did not strike Adloun on Sunday; it struck Sarafand, the army said.
The two sides agreed to form working groups, but did not agree on a timetable, a diplomat said.
Hezbollah denied firing rockets at Israel, though the army said rockets were fired from the south.
"]);
    // an answer not given (a toll, a target, a confirmation), a part denied, an
    // act not prevented: what they are about is told; an act denied stays denied
    terms(&[
        ("no-toll-given", "strike, Deir Aames", "supported"),
        ("toll-not-confirmed", "strike, Kfour", "supported"),
        ("no-toll-for", "strike, Qana", "supported"),
        ("target-not-specified", "strike, Majdal Anjar", "supported"),
        ("confirm-the-act", "strike, Arnoun", "supported"),
        ("denied-responsibility", "attack, Bint Jbeil", "supported"),
        ("denied-involvement", "attack, Tyre", "supported"),
        ("denied-the-act", "attack, Qlayaa", "contradicted"),
        ("failed-to-prevent", "strike, Yanouh", "supported"),
        ("none-toward", "launched, western Galilee", "supported"),
        ("none-toward-verb", "crossed, border", "contradicted"),
        ("far-as-distance", "struck, Hermel", "supported"),
        ("far-as-little", "normalisation, Lebanon", "contradicted"),
        ("question-ends-at-after", "struck, Jbaa", "supported"),
        ("question-ends-at-when", "hit, Jibchit", "supported"),
        ("question-asks-hurt", "hurt, Jbaa", "unverified"),
        ("nothing-but", "promise, January", "supported"),
    ])
    .over(&["Headline
The health ministry did not give a toll for the strike in Deir Aames.
The army did not confirm the death toll from Tuesday's strike in Kfour.
The ministry gave no toll for the strike in Qana, which hit a building.
The army did not specify the target of the strike near Majdal Anjar.
The army did not confirm the strike on Arnoun.
Hezbollah denied responsibility for the attack on a patrol near Bint Jbeil.
Hamas denied any involvement in the rocket attack from the Tyre area.
Hezbollah denied the attack on Qlayaa.
The mechanism failed to prevent the strike on Yanouh, Berri said.
None of the three rockets launched toward the western Galilee crossed the border.
Israeli jets struck a site far from the frontier near Hermel.
Lebanon is far from normalisation, the minister said.
The army did not say whether anyone was hurt after its jets struck a site in Jbaa.
Residents did not know whether anyone was killed when the shell hit Jibchit.
The fourth round produced nothing but a promise to meet again in January.
"]);
    // an act awaited after `until`, `unless` or `before` in the present is not told
    terms(&[
        (
            "until-present",
            "withdrew, Israel, five points",
            "unverified",
        ),
        ("unless-present", "deployed, army, Khiam", "unverified"),
        ("until-past", "took effect, ceasefire", "supported"),
        ("before-past", "withdrew, troops, Wazzani", "supported"),
    ])
    .over(&["Headline
Hezbollah will not hand over its weapons until Israel withdraws from the five points.
Residents will not return to Khiam unless the army deploys there.
Strikes went on until the ceasefire took effect.
The fire spread before Israeli troops withdrew from the Wazzani area.
"]);
    // a second report under the same verb of saying; answers with an -ing verb,
    // `behind`, `about`; a part denied with a verb before it; `failed to stop`;
    // a mention only asked is not told beside a negated one
    terms(&[
        ("and-that", "priority, withdrawal", "supported"),
        ("and-that-first-denied", "peace negotiations", "contradicted"),
        ("without-giving-a-reason", "closure, crossing", "supported"),
        ("reason-behind", "strike, Kfar Hamam", "supported"),
        ("details-about", "raid, Shebaa", "supported"),
        ("denied-playing-any-role", "attack, Metula", "supported"),
        ("denied-taking-part", "attack, Zarit", "supported"),
        ("failed-to-stop", "bulldozing, Naqoura", "supported"),
        ("told-only-if", "struck, Hasbaya", "contradicted"),
        ("name-not-act", "civilians, United Nations", "supported"),
    ])
    .over(&["Headline
Aoun said the talks were not peace negotiations and that Lebanon's priority was an Israeli withdrawal.
Israel shut the crossing on Tuesday without giving a reason for the closure.
The army did not give the reason behind the strike on Kfar Hamam.
The army has not disclosed details about the raid on Shebaa.
Hezbollah denied playing any role in the attack on Metula.
Hamas denied taking part in the attack on Zarit.
UNIFIL failed to stop the bulldozing of the road near Naqoura.
Israel has not struck Hasbaya, although officials warned of a response if Israel struck Hasbaya.
The United Nations said most of them were civilians.
"]);
    // an act only asked or supposed (in an indirect question or a condition) is
    // told neither way; the nouns around it are told
    terms(&[
        ("asked-act", "killed, Sarba", "unverified"),
        (
            "asked-act-investigating",
            "killed, civilians, Qana",
            "unverified",
        ),
        ("asked-act-told-too", "killed, Tibnin", "supported"),
        ("supposed-act", "fired, rockets, Houla", "unverified"),
        ("told-then-asked", "met, Ortagus, Naqoura", "supported"),
        ("if-not-idiom", "killed, flooding", "supported"),
    ])
    .over(&["Headline
It was not yet clear if anyone was killed in the strike on Sarba.
Officials are investigating whether the strike on Qana killed civilians.
Two people were killed in Tibnin, and it was unclear whether anyone else was killed.
Israel will strike Beirut if Hezbollah fired rockets from Houla again, the minister said.
Ortagus met officials in Naqoura, but it was not clear what was agreed.
Dozens if not hundreds of people were killed in the flooding.
"]);
    // an indirect question or a condition is asked, not denied; a `no` that is a
    // verb's object leaves the setting after it given
    terms(&[
        ("whether", "strike, Aitaroun", "supported"),
        ("say-who", "strike, Dibbine", "supported"),
        ("say-whether", "strike, Yaroun", "supported"),
        ("if-condition", "keeps, weapons", "supported"),
        ("if-main", "withdraw, Khiam", "contradicted"),
        ("object-no-setting", "strike, Bint Jbeil", "supported"),
        ("object-no-itself", "casualties, Bint Jbeil", "contradicted"),
        ("no-damage-to", "UNIFIL base, Shamaa", "supported"),
        ("no-plans-to", "withdraw, Kfar Kila", "contradicted"),
        ("said-no-subject", "strikes, Beirut", "contradicted"),
    ])
    .over(&["Headline
It was not immediately clear whether anyone was hurt in the strike on Aitaroun.
The army did not say who carried out the strike in Dibbine.
The army did not say whether the strike on Yaroun targeted a Hezbollah member.
Israel will not withdraw from Khiam if Hezbollah keeps its weapons.
The strike caused no casualties in Bint Jbeil, the mayor said.
There was no damage to the UNIFIL base in Shamaa.
Israel has no plans to withdraw from Kfar Kila, the minister said.
Officials said no strikes in Beirut were reported overnight.
"]);
    // without
    let v = terms(&[
        ("without-verb", "deal", "contradicted"),
        ("without-noun", "electricity", "supported"),
        ("without-warning", "strike, warning", "supported"),
    ])
    .over(&["Headline
The talks ended without reaching a deal.
Residents remain without electricity.
The strike came without warning.
"]);
    v.reason(r#"without-verb: against: negated by "without""#);
    // cue inside term
    terms(&[
        ("far-from-term", "far from", "supported"),
        ("not-yet-term", "not yet, peace", "supported"),
    ])
    .over(&[
        "Headline\nSalam said Lebanon is far from normalization.\nLebanon is not yet at peace.\n",
    ]);
    // neg tenses extra
    terms(&[
        ("refuses", "disarm", "contradicted"),
        ("fails", "deal", "contradicted"),
        ("rules-out", "normalisation", "contradicted"),
        ("rejects", "proposal", "contradicted"),
        ("will-fall-short", "agreement", "contradicted"),
    ])
    .over(&["Headline
Hezbollah refuses to disarm.
Israel fails to reach a deal.
Aoun rules out normalisation.
Salam rejects the proposal.
The talks will fall short of an agreement.
"]);
    // edge neg
    terms(&[
        ("denied-active", "struck, depot", "contradicted"),
        ("nobody-after", "Aoun", "supported"),
    ])
    .over(&["Headline\nThe army denied it struck a depot.\nAoun said nobody was hurt.\n"]);
}

/// A negation reaches across an aside set off inside its clause (commas, dashes,
/// brackets), passive cues included, and across two asides in a row or one that
/// splits a two-word cue; a clause that said its verb before the comma still ends
/// there. Cues negated by `refused to`/`failed to` cancel with it.
#[test]
fn negation_reaches_across_an_aside() {
    let v = terms(&[
        ("however", "publish, casualty figures", "contradicted"),
        ("as-yet", "paid, reconstruction", "contradicted"),
        ("subject", "agreed, Doha", "contradicted"),
        ("dashes", "returned, Bint Jbeil", "contradicted"),
        ("brackets", "reopened, Masnaa", "contradicted"),
        ("denied-that", "fired, Metula", "contradicted"),
        ("passive-subject", "inquiry, Tyre blast", "contradicted"),
        ("passive-aux", "talks, Cairo", "contradicted"),
        ("adding", "wounded, Marjayoun", "supported"),
        ("and-after", "jets, Sidon", "supported"),
        ("opener", "jets, struck, Dahiyeh", "supported"),
        ("said-no", "strike, Kfarkela, killed", "supported"),
        ("when-time", "drone, struck, Meiss", "supported"),
        ("when-asks", "envoys, resume", "supported"),
        ("as-time", "army, deployed, Ebel", "supported"),
        ("as-complement", "talks, breakthrough", "contradicted"),
        ("split-cue", "withdraw, Kfarchouba", "contradicted"),
        ("split-cue-failed", "reach, agreement, Naqoura", "contradicted"),
        ("two-asides", "shell, clinic, Meiss", "contradicted"),
        ("two-asides-verb", "withdraw, Khiam", "contradicted"),
        ("long-aside", "confirm, Odaisseh", "contradicted"),
        ("refused-rule-out", "strikes, Dahiyeh", "supported"),
        ("failed-deny", "struck, depot, Zrariyeh", "supported"),
        ("not-yet-aside", "withdrawn, Aitaroun", "contradicted"),
        ("yet-to-split", "withdraw, Blida", "contradicted"),
        ("since-aside", "withdrawn, Mayfadoun", "contradicted"),
        ("cancel-across-aside", "talks, Odaisseh", "supported"),
    ])
    .over(&["Headline
The ministry did not, however, publish the casualty figures.
Qatar has not, as yet, paid for the reconstruction.
No text, diplomats said, was agreed in Doha.
The militia never \u{2014} according to residents \u{2014} returned to Bint Jbeil.
The army has not (so far) reopened the crossing at Masnaa.
Hezbollah denied, in a statement late on Monday, that it fired at Metula.
The request for an inquiry into the Tyre blast, filed in March, was rejected.
The offer of talks in Cairo was, according to aides, ruled out.
No one was killed, the ministry said, adding that five were wounded in Marjayoun.
Israel did not strike Tyre, the army said, and jets later hit Sidon.
With no warning, on Monday night, jets struck Dahiyeh.
Asked about a truce, Berri said no, citing the strike on Kfarkela, which killed three.
No one was hurt when a drone struck a car in Meiss.
It is not clear when the envoys will resume.
Neither Hezbollah nor Amal, the two parties, objected as the army deployed in Ebel.
The talks were not described as a breakthrough.
Israel refused, for the third time, to withdraw from Kfarchouba.
Negotiators failed, once again, to reach an agreement in Naqoura.
The army did not, however, as residents claimed, shell the clinic in Meiss.
Israel has not, and will not, withdraw from Khiam, the minister said.
The army did not, according to a statement released late on Monday night, confirm the strike on Odaisseh.
Israel refused to rule out further strikes on Dahiyeh.
The army failed to deny that it struck the depot in Zrariyeh.
Israel has not yet, despite US pressure, withdrawn from Aitaroun.
Israel has yet, Lebanese officials say, to withdraw from the outpost near Blida.
Israel has not, since the truce, withdrawn from Mayfadoun.
Lebanon has not, however, ruled out talks on Odaisseh.
"]);
    v.reason(r#"however: against: negated by "not""#);
    v.reason(r#"split-cue: against: negated by "refused, for the third time, to""#);
    v.reason(r#"passive-aux: against: negated by "ruled out""#);
}

/// Facts that assert absence: `negation = "asserted"`.
#[test]
fn facts_that_assert_absence() {
    // asserted
    let asserted = |terms| format!("{}\nnegation = \"asserted\"", all(terms));
    let v = probe(&[
        (
            "asserted-neg",
            &asserted("evacuation order, issued"),
            "supported",
        ),
        (
            "asserted-pos",
            &asserted("curfew, declared"),
            "contradicted",
        ),
        (
            "negation-false",
            &format!("{}\nnegation = false", all("evacuation order, issued")),
            "supported",
        ),
    ])
    .over(&["Headline\nNo evacuation order was issued.\nA curfew was declared.\n"]);
    v.reason(r#"asserted-neg: supports: negated by "no", as the fact asserts"#);
    v.reason(r#"asserted-pos: against: not negated: the fact asserts this did not happen"#);
}

/// The claim `id` with `sources = 2`, then the `extra` lines, and one fact naming Ortagus.
fn sourced(id: &str, extra: &str, verdict: &str) -> Probe {
    Probe {
        claims: format!(
            r#"[[claim]]
id = "{id}"
statement = "{id}"
sources = 2
{extra}[[claim.fact]]
all = ["Ortagus"]
"#
        ),
        want: vec![(id.to_string(), verdict.to_string())],
    }
}

/// `independent_sources` as the report writes it: names with their documents.
fn sources(groups: &[(&str, &[&str])]) -> Value {
    Value::Array(
        groups
            .iter()
            .map(|(name, docs)| serde_json::json!({"name": name, "documents": docs, "near_copies": []}))
            .collect(),
    )
}

/// Independent sources: outlet in any case, `via`, near-identical text, the dateline wire, chaining, and the report naming each source with its documents.
#[test]
fn independent_sources() {
    let naharnet_via =
        |via: &str| front(&format!("outlet = \"Naharnet\"\nvia = \"{via}\""), ORTAGUS);
    // sources: outlet any case
    let v = sourced("o", "", "partial")
        .over(&[&outlet("KJFK News", INDEP), &outlet("kjfk news", ORTAGUS)]);
    assert_eq!(v.sources("o"), sources(&[("KJFK News", &["a", "b"][..])]));
    // sources: distinct outlets
    let v = sourced("o2", "", "supported")
        .over(&[&outlet("KJFK News", INDEP), &outlet("Other", ORTAGUS)]);
    let want = sources(&[("KJFK News", &["a"][..]), ("Other", &["b"][..])]);
    assert_eq!(v.sources("o2"), want);
    // sources: via names other outlet
    sourced("v", "", "partial").over(&[&outlet("AFP", INDEP), &naharnet_via("afp")]);
    // sources: both same via
    let v = sourced("v2", "", "partial").over(&[
        &front("outlet = \"X\"\nvia = \"Reuters\"", INDEP),
        &front("outlet = \"Y\"\nvia = \"REUTERS\"", ORTAGUS),
    ]);
    assert_eq!(v.sources("v2"), sources(&[("Reuters", &["a", "b"][..])]));
    // sources: near-identical
    sourced("n", "", "partial").over(&[&outlet("AFP", WIRE), &outlet("Web", REWRITE)]);
    // sources: independent reports
    let v = sourced("i", "", "supported").over(&[&outlet("AFP", WIRE), &outlet("Web", INDEP)]);
    let want = sources(&[("AFP", &["a"][..]), ("Web", &["b"][..])]);
    assert_eq!(v.sources("i"), want);
    // sources: dateline wire
    let dateline = "Headline\nBEIRUT (Reuters) – Envoy Ortagus attended the talks in Naqoura.\n";
    let v = sourced("d", "", "partial")
        .over(&[&outlet("Reuters", INDEP), &outlet("Daily Star", dateline)]);
    assert_eq!(v.sources("d"), sources(&[("Reuters", &["a", "b"][..])]));
    // sources: chaining
    let v = sourced("ch", "scope = \"corpus\"\n", "partial").over(&[
        &outlet("AFP", INDEP),
        &naharnet_via("AFP"),
        &outlet(
            "NAHARNET",
            "Headline\nOrtagus was in Naqoura, officials said.\n",
        ),
    ]);
    assert_eq!(v.sources("ch"), sources(&[("AFP", &["a", "b", "c"][..])]));
}

/// Irregular verbs: the table in the corpus and in terms, and the excluded `left`, `found`, `saw`, `felt`.
#[test]
fn irregular_verbs() {
    // irregular verbs
    terms(&[
        ("met", "meet", "supported"),
        ("held", "hold, talks", "supported"),
        ("struck", "strike, depot", "supported"),
        ("said", "say, Aoun", "supported"),
        ("fled", "flee, residents", "supported"),
        ("fought", "fight, militants", "supported"),
        ("began", "begin, withdrawal", "supported"),
        ("told", "tell, reporters", "supported"),
        ("sent", "send, delegation", "supported"),
        ("term-met", "met, envoys", "supported"),
        ("left", "leave, troops", "unverified"),
        ("found", "find, bodies", "unverified"),
        ("saw", "see, witnesses", "unverified"),
        ("felt", "feel, tremor", "unverified"),
    ])
    .over(&["Headline
The sides met in Naqoura.
They held talks.
A drone struck a depot.
Aoun said so.
Residents fled.
Militants fought back.
The withdrawal began.
He told reporters.
Israel sent a delegation.
The envoys will meet again.
The troops left.
Rescuers found bodies.
Witnesses saw smoke.
The tremor was felt.
"]);
    // edge terms
    probe(&[
        ("term-struck", &all("struck, depot"), "supported"),
        ("term-fled", &all("fled, residents"), "supported"),
        (
            "counts-alt",
            &counted("met", "3", "hour|minute"),
            "supported",
        ),
        ("counts-prefix", &counted("met", "3", "hour*"), "supported"),
    ])
    .over(&["Headline
Drones strike a depot daily.
Residents flee the south.
They met for three hours.
"]);
}

/// Terms in string facts: `@alias` works, an unknown alias is an error.
#[test]
fn terms_in_string_facts() {
    // alias in string fact
    let s = suite(
        r#"[aliases]
naqoura = ["Naqoura", "Naqura", "Ras En Nakura"]
[[claim]]
id = "s1"
statement = "s"
fact = ["talks at @naqoura"]
"#,
        &["Headline\nTalks were held at Ras En Nakura.\n"],
    );
    verdicts(&report(&s), &[("s1", "supported")]);
}

/// Explaining what was skipped: `not`, `against`, negation and conflicts, each with why.
#[test]
fn explaining_what_was_skipped() {
    // explain skipped
    let s = suite(
        r#"[[claim]]
id = "e1"
statement = "s"
[[claim.fact]]
say = "talks held Dec 3"
all = ["talks"]
not = ["postponed"]
date = "2025-12-03"
against = { all = ["talks", "cancelled"] }
"#,
        &[&published(
            "2025-12-04",
            "Headline
Talks were held on Wednesday.
Talks were postponed on Wednesday.
Talks were cancelled on Wednesday.
No talks were held on Wednesday.
Talks were held on Tuesday.
",
        )],
    );
    verdicts(&report(&s), &[("e1", "disputed")]);
    let shown = s.run(&["explain", "e1"]).status(0).out();
    for part in [
        "SKIPPED corpus/a.txt:6:1",
        "reason: dropped by the `not` term \"postponed\"",
        "turned against by: the fact's `against` table",
        "turned against by: negation (a cue in the clause of a matched term)",
        "turned against by: date conflict (no date mention equals the fact's)",
        r#"reason: date "Tuesday" read as 2025-12-02 (published 2025-12-04) ≠ 2025-12-03"#,
    ] {
        assert!(shown.contains(part), "explain lacks {part:?}:\n{shown}");
    }
}

/// The older sections where the new rules do not apply: date formats and the year of a year-less date, qualified numbers, negation, conflicts of the same precision, scope and sources.
#[test]
fn older_rules_still_hold() {
    // old: date formats & year
    dates(&[
        ("f1", "alpha", "2025-12-03", "supported"),
        ("f2", "beta", "2025-12-03", "supported"),
        ("f3", "gamma", "2025-12-03", "supported"),
        ("f4", "delta", "2025-12-03", "supported"),
        ("f5", "eps", "2025-11-19", "supported"),
        ("f6", "zeta", "2025-12-03", "supported"),
    ])
    .over(&[&published(
        "2025-12-20",
        "Headline
alpha on December 3, 2025.
beta on Dec. 3.
gamma on 3 December 2025.
delta on Wednesday, December 3, 2025.
eps on Nov 19.
zeta on 2025-12-03.
",
    )]);
    // old: year from earlier full date / unknown
    let v = dates(&[
        ("y1", "alpha", "2024-12-05", "supported"),
        ("y2", "beta", "2025-12-05", "supported"),
    ])
    .over(&[
        "Headline\nOn December 1, 2024 things began.\nalpha met on Dec 5.\n",
        "Headline\nbeta met on Dec 5.\n",
    ]);
    v.reason(r#"y2: supports: year not known for "Dec 5""#);
    // old: numbers & negation & conflicts
    let v = probe(&[
        ("n1", &numbered("killed", "~1200"), "supported"),
        ("n2", &numbered("wounded", ">370"), "supported"),
        ("n3", &numbered("envoys", ">=2"), "supported"),
        ("neg", &all("formal agreement, signed"), "contradicted"),
        ("dconf", &dated("vote", "2025-12-03"), "contradicted"),
        ("nconf", &numbered("ships", "12"), "contradicted"),
        ("prec", &dated("poll", "2025-12-03"), "unverified"),
    ])
    .over(&["Headline
Approximately 1,200 people were killed.
More than 370 people were wounded.
At least two envoys came.
No formal agreements were signed.
The vote was on December 4, 2025.
Seven ships docked.
The poll was in December 2025.
"]);
    v.reason(r#"dconf: against: date 2025-12-04 ≠ 2025-12-03"#);
    // old: verdicts scope
    let s = suite(
        r#"[[claim]]
id = "sc1"
statement = "s"
[[claim.fact]]
all = ["alpha"]
[[claim.fact]]
all = ["beta"]

[[claim]]
id = "sc2"
statement = "s"
scope = "corpus"
[[claim.fact]]
all = ["alpha"]
[[claim.fact]]
all = ["beta"]

[[claim]]
id = "nooutlet"
statement = "s"
sources = 2
[[claim.fact]]
all = ["alpha|beta"]
"#,
        &["Headline\nalpha was here.\n", "Headline\nbeta was there.\n"],
    );
    verdicts(
        &report(&s),
        &[
            ("sc1", "partial"),
            ("sc2", "supported"),
            ("nooutlet", "supported"),
        ],
    );
}

/// The JSON report keeps the keys PRODUCT.md lists, with exact byte offsets and quotes,
/// CRLF read like LF, and exit status 1 when an expectation fails.
#[test]
fn json_report_keys() {
    let s = suite(
        "[[claim]]\nid = \"x\"\nstatement = \"s\"\nexpect = \"supported\"\nsources = 2\nfact = [\"Ortagus\"]\n",
        &[
            "+++\noutlet = \"AFP\"\n+++\nHeadline\r\nEnvoy Ortagus attended the talks in Naqoura.\r\n",
            "+++\noutlet = \"Web\"\nvia = \"afp\"\n+++\nHeadline\nOrtagus came.\n",
        ],
    );
    let run = s.run(&["check", "--format", "json"]).status(1);
    let v = run.json();
    assert_eq!(v["version"], 1);
    assert_eq!(
        v["summary"],
        serde_json::json!({"claims": 1, "documents": 2, "met": 0, "failed": 1,
            "verdicts": {"supported": 0, "contradicted": 0, "disputed": 0, "partial": 1, "unverified": 0}})
    );
    let c = claim(&v, "x");
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
        assert!(c.get(key).is_some(), "claim lacks {key}");
    }
    assert_eq!(c["met"], false);
    assert_eq!(c["sources"], serde_json::json!(["a", "b"]));
    let e = &c["facts"][0]["evidence"][0];
    assert_eq!(
        *e,
        serde_json::json!({"doc": "a", "path": "corpus/a.txt", "stance": "supports",
            "start": 33, "end": 77, "line": 5, "col": 1, "end_line": 5, "end_col": 45,
            "quote": "Envoy Ortagus attended the talks in Naqoura.",
            "hits": [{"term": "Ortagus", "start": 39, "end": 46, "line": 5, "col": 7}],
            "reason": null})
    );
    assert_eq!(
        c["independent_sources"][0]["documents"],
        serde_json::json!(["a", "b"])
    );
}
