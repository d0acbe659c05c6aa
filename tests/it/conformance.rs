//! Conformance with PRODUCT.md's "Reading real reporting": one test per bullet, each
//! probe a tiny suite written with the spec's own example wording, run through the real
//! binary, asserting the outcome the spec gives (verdicts, and the reasons it spells out).
//! The older sections are checked where the new rules do not apply.

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

/// Relative dates: today/yesterday/tomorrow, weekdays past and future, ordinal days, `this year`/`last year`, the tense cues, numeric dates, a weekday beside a date, the dateline reference, and a syndicated copy read against its own date.
#[test]
fn relative_and_numeric_dates_read_against_published_or_dateline() {
    // rel: today/yesterday/tomorrow
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "yesterday"
statement = "yesterday"
[[claim.fact]]
all = ["talks"]
date = "2025-12-03"

[[claim]]
id = "today"
statement = "today"
[[claim.fact]]
all = ["delegates"]
date = "2025-12-04"

[[claim]]
id = "tomorrow"
statement = "tomorrow"
[[claim.fact]]
all = ["resume"]
date = "2025-12-05"
"#,
        )
        .article(
            "a.txt",
            r#"+++
outlet = "Wire"
published = 2025-12-04
+++
Headline
Civilian envoys held talks yesterday in Naqoura.
The delegates arrived today.
They will resume tomorrow.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("yesterday", "supported"),
            ("today", "supported"),
            ("tomorrow", "supported"),
        ],
    );
    has_reason(
        &v,
        "yesterday",
        r#"supports: "yesterday" read as 2025-12-03 (published 2025-12-04)"#,
    );
    has_reason(
        &v,
        "today",
        r#"supports: "today" read as 2025-12-04 (published 2025-12-04)"#,
    );
    has_reason(
        &v,
        "tomorrow",
        r#"supports: "tomorrow" read as 2025-12-05 (published 2025-12-04)"#,
    );
    // rel: bare weekday past, possessive, same day
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "on-wed"
statement = "on-wed"
[[claim.fact]]
all = ["talks"]
date = "2025-12-03"

[[claim]]
id = "wed-poss"
statement = "wed-poss"
[[claim.fact]]
all = ["meeting"]
date = "2025-12-03"

[[claim]]
id = "same-day"
statement = "same-day"
[[claim.fact]]
all = ["strike"]
date = "2025-12-04"
"#,
        )
        .article(
            "a.txt",
            r#"+++
outlet = "Wire"
published = 2025-12-04
+++
Headline
Envoys held talks on Wednesday.
Wednesday's meeting was calm.
The strike came on Thursday.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("on-wed", "supported"),
            ("wed-poss", "supported"),
            ("same-day", "supported"),
        ],
    );
    // rel: weekday future
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "will-fri"
statement = "will-fri"
[[claim.fact]]
all = ["meet"]
date = "2025-12-05"

[[claim]]
id = "will-thu"
statement = "will-thu"
[[claim.fact]]
all = ["withdraw"]
date = "2025-12-11"
"#,
        )
        .article(
            "a.txt",
            r#"+++
outlet = "Wire"
published = 2025-12-04
+++
Headline
The envoys will meet on Friday.
The army will withdraw on Thursday.
"#,
        );
    let v = report(&s);
    verdicts(&v, &[("will-fri", "supported"), ("will-thu", "supported")]);
    has_reason(
        &v,
        "will-fri",
        r#"supports: "Friday" read as 2025-12-05 (published 2025-12-04)"#,
    );
    // rel: tense cues
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "shall"
statement = "shall"
[[claim.fact]]
all = ["council"]
date = "2025-12-05"

[[claim]]
id = "would"
statement = "would"
[[claim.fact]]
all = ["committee"]
date = "2025-12-05"

[[claim]]
id = "is-to"
statement = "is-to"
[[claim.fact]]
all = ["president"]
date = "2025-12-05"

[[claim]]
id = "is-due-to"
statement = "is-due-to"
[[claim.fact]]
all = ["envoy"]
date = "2025-12-05"

[[claim]]
id = "is-set-to"
statement = "is-set-to"
[[claim.fact]]
all = ["delegation"]
date = "2025-12-05"

[[claim]]
id = "is-expected-to"
statement = "is-expected-to"
[[claim.fact]]
all = ["minister"]
date = "2025-12-05"

[[claim]]
id = "plans-to"
statement = "plans-to"
[[claim.fact]]
all = ["army"]
date = "2025-12-05"

[[claim]]
id = "set-for"
statement = "set-for"
[[claim.fact]]
all = ["vote"]
date = "2025-12-05"

[[claim]]
id = "scheduled-for"
statement = "scheduled-for"
[[claim.fact]]
all = ["session"]
date = "2025-12-05"

[[claim]]
id = "next"
statement = "next"
[[claim.fact]]
all = ["summit"]
date = "2025-12-05"

[[claim]]
id = "said-that-will"
statement = "said-that-will"
[[claim.fact]]
all = ["Aoun"]
date = "2025-12-04"
"#,
        )
        .article(
            "a.txt",
            r#"+++
outlet = "Wire"
published = 2025-12-04
+++
Headline
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
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("shall", "supported"),
            ("would", "supported"),
            ("is-to", "supported"),
            ("is-due-to", "supported"),
            ("is-set-to", "supported"),
            ("is-expected-to", "supported"),
            ("plans-to", "supported"),
            ("set-for", "supported"),
            ("scheduled-for", "supported"),
            ("next", "supported"),
            ("said-that-will", "supported"),
        ],
    );
    has_reason(
        &v,
        "said-that-will",
        r#"supports: "Thursday" read as 2025-12-04 (published 2025-12-04)"#,
    );
    // rel: ordinal day
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "the-19th"
statement = "the-19th"
[[claim.fact]]
all = ["talks"]
date = "2025-12-19"

[[claim]]
id = "19th-of-this-month"
statement = "19th-of-this-month"
[[claim.fact]]
all = ["committee"]
date = "2025-12-19"

[[claim]]
id = "future-2nd"
statement = "future-2nd"
[[claim.fact]]
all = ["envoys"]
date = "2026-01-02"

[[claim]]
id = "14th-round"
statement = "14th-round"
[[claim.fact]]
all = ["round"]
date = "2025-12-14"
"#,
        )
        .article(
            "a.txt",
            r#"+++
outlet = "Wire"
published = 2025-12-04
+++
Headline
Talks were held on the 19th.
The committee met on the 19th of this month.
The envoys will meet on the 2nd.
The 14th round ended.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("the-19th", "supported"),
            ("19th-of-this-month", "supported"),
            ("future-2nd", "supported"),
            ("14th-round", "unverified"),
        ],
    );
    has_reason(
        &v,
        "the-19th",
        r#"supports: "the 19th" read as 2025-12-19 (published 2025-12-04)"#,
    );
    // rel: this year / last year
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "last-year"
statement = "last-year"
[[claim.fact]]
all = ["ceasefire"]
date = "2024-11-27"

[[claim]]
id = "this-year"
statement = "this-year"
[[claim.fact]]
all = ["elections"]
date = "2026-03"
"#,
        )
        .article(
            "a.txt",
            r#"+++
published = 2025-11-27
+++
Headline
The ceasefire took effect on November 27 last year.
"#,
        )
        .article(
            "b.txt",
            r#"+++
published = 2026-01-10
+++
Headline
Elections were held in March this year.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[("last-year", "supported"), ("this-year", "supported")],
    );
    has_reason(
        &v,
        "this-year",
        r#"supports: "March this year" read as 2026-03 (published 2026-01-10)"#,
    );
    // rel: reasons
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "r-wed"
statement = "r-wed"
[[claim.fact]]
all = ["talks"]
date = "2025-12-03"

[[claim]]
id = "r-lastyear"
statement = "r-lastyear"
[[claim.fact]]
all = ["ceasefire"]
date = "2024-11-27"

[[claim]]
id = "r-numeric"
statement = "r-numeric"
[[claim.fact]]
all = ["round"]
date = "2025-12-19"
"#,
        )
        .article(
            "a.txt",
            r#"+++
outlet = "Wire"
published = 2025-12-04
+++
Headline
Envoys held talks on Wednesday.
"#,
        )
        .article(
            "b.txt",
            r#"+++
published = 2025-11-27
+++
Headline
The ceasefire took effect on November 27 last year.
"#,
        )
        .article(
            "c.txt",
            r#"Headline
The round was on 19-12-2025.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("r-wed", "supported"),
            ("r-lastyear", "supported"),
            ("r-numeric", "supported"),
        ],
    );
    has_reason(
        &v,
        "r-wed",
        r#"supports: "Wednesday" read as 2025-12-03 (published 2025-12-04)"#,
    );
    has_reason(
        &v,
        "r-lastyear",
        r#"supports: "November 27 last year" read as 2024-11-27 (published 2025-11-27)"#,
    );
    has_reason(
        &v,
        "r-numeric",
        r#"supports: "19-12-2025" read as 2025-12-19"#,
    );
    // numeric dates
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "dmy-dash"
statement = "dmy-dash"
[[claim.fact]]
all = ["alpha"]
date = "2025-12-19"

[[claim]]
id = "dmy-slash"
statement = "dmy-slash"
[[claim.fact]]
all = ["beta"]
date = "2025-12-19"

[[claim]]
id = "mdy-slash"
statement = "mdy-slash"
[[claim.fact]]
all = ["gamma"]
date = "2025-12-19"

[[claim]]
id = "both-agree"
statement = "both-agree"
[[claim.fact]]
all = ["delta"]
date = "2025-12-12"

[[claim]]
id = "ambiguous-a"
statement = "ambiguous-a"
[[claim.fact]]
all = ["epsilon"]
date = "2025-04-03"

[[claim]]
id = "ambiguous-b"
statement = "ambiguous-b"
[[claim.fact]]
all = ["epsilon"]
date = "2025-03-04"
"#,
        )
        .article(
            "a.txt",
            r#"Headline
alpha met on 19-12-2025.
beta met on 19/12/2025.
gamma met on 12/19/2025.
delta met on 12/12/2025.
epsilon met on 03/04/2025.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("dmy-dash", "supported"),
            ("dmy-slash", "supported"),
            ("mdy-slash", "supported"),
            ("both-agree", "supported"),
            ("ambiguous-a", "unverified"),
            ("ambiguous-b", "unverified"),
        ],
    );
    // weekday next to explicit date
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "wd-explicit"
statement = "wd-explicit"
[[claim.fact]]
all = ["talks"]
date = "2025-12-03"

[[claim]]
id = "wd-explicit-not-rel"
statement = "wd-explicit-not-rel"
[[claim.fact]]
all = ["talks"]
date = "2025-12-03"
"#,
        )
        .article(
            "a.txt",
            r#"+++
published = 2025-12-10
+++
Headline
Talks were held on Wednesday, December 3, 2025.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("wd-explicit", "supported"),
            ("wd-explicit-not-rel", "supported"),
        ],
    );
    // reference: dateline / date line / none
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "dateline"
statement = "dateline"
[[claim.fact]]
all = ["negotiators"]
date = "2025-12-17"

[[claim]]
id = "dateline-future"
statement = "dateline-future"
[[claim.fact]]
all = ["committee"]
date = "2025-12-22"

[[claim]]
id = "dateonly"
statement = "dateonly"
[[claim.fact]]
all = ["envoys"]
date = "2025-12-18"

[[claim]]
id = "none"
statement = "none"
[[claim.fact]]
all = ["border"]
date = "2025-12-03"
"#,
        )
        .article(
            "a.txt",
            r#"Headline
BEIRUT, Dec 19, 2025 (AFP) – Negotiators met on Wednesday.
The committee will meet on Monday.
No talks were held on Wednesday? Talks did happen on Wednesday.
"#,
        )
        .article(
            "b.txt",
            r#"Headline
19-12-2025 | 12:50
Envoys met on Thursday.
"#,
        )
        .article(
            "c.txt",
            r#"Headline
Envoys met at the border on Wednesday.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("dateline", "supported"),
            ("dateline-future", "supported"),
            ("dateonly", "supported"),
            ("none", "unverified"),
        ],
    );
    // syndicated copy reads own date
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "copy1"
statement = "copy1"
[[claim.fact]]
all = ["talks"]
date = "2025-12-03"

[[claim]]
id = "copy2"
statement = "copy2"
[[claim.fact]]
all = ["talks"]
date = "2025-12-10"
"#,
        )
        .article(
            "a.txt",
            r#"+++
outlet = "A"
published = 2025-12-04
+++
Headline
Envoys held talks on Wednesday in Naqoura.
"#,
        )
        .article(
            "b.txt",
            r#"+++
outlet = "B"
published = 2025-12-11
+++
Headline
Envoys held talks on Wednesday in Naqoura.
"#,
        );
    let v = report(&s);
    verdicts(&v, &[("copy1", "disputed"), ("copy2", "disputed")]);
    has_reason(
        &v,
        "copy1",
        r#"against: date "Wednesday" read as 2025-12-10 (published 2025-12-11) ≠ 2025-12-03"#,
    );
    has_reason(
        &v,
        "copy2",
        r#"against: date "Wednesday" read as 2025-12-03 (published 2025-12-04) ≠ 2025-12-10"#,
    );
    // edge dates
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "19th-future"
statement = "19th-future"
[[claim.fact]]
all = ["committee"]
date = "2025-12-19"

[[claim]]
id = "day-this-year"
statement = "day-this-year"
[[claim.fact]]
all = ["elections"]
date = "2026-03-05"

[[claim]]
id = "pub-over-dateline"
statement = "pub-over-dateline"
[[claim.fact]]
all = ["negotiators"]
date = "2025-12-03"
"#,
        )
        .article(
            "a.txt",
            r#"+++
published = 2025-12-03
+++
Headline
Wednesday's meeting was calm.
The committee will meet on the 19th of this month.
"#,
        )
        .article(
            "b.txt",
            r#"+++
published = 2026-01-10
+++
Headline
Elections were held on March 5 this year.
"#,
        )
        .article(
            "c.txt",
            r#"+++
published = 2025-12-04
+++
Headline
BEIRUT, Dec 19, 2025 (AFP) – Negotiators met on Wednesday.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("19th-future", "supported"),
            ("day-this-year", "supported"),
            ("pub-over-dateline", "supported"),
        ],
    );
}

/// Numbers count something: the noun or the next word, `counts`, the fact's own terms, the never-count kinds, ages, `N+`, vague quantities and hyphenated number words.
#[test]
fn numbers_count_something() {
    // count nouns
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "hours"
statement = "hours"
[[claim.fact]]
all = ["met"]
number = "3"
counts = ["hour"]

[[claim]]
id = "people"
statement = "people"
[[claim.fact]]
all = ["killed"]
number = "13"
counts = ["people"]

[[claim]]
id = "years"
statement = "years"
[[claim.fact]]
all = ["conflict"]
number = ">40"
counts = ["year"]

[[claim]]
id = "lines"
statement = "lines"
[[claim.fact]]
all = ["damaged"]
number = ">=200"
counts = ["line"]

[[claim]]
id = "lines-other"
statement = "lines-other"
[[claim.fact]]
all = ["damaged"]
number = ">=200"
counts = ["pole"]
"#,
        )
        .article(
            "a.txt",
            r#"Headline
The two sides met for three hours with 40 officials.
Strikes killed 13 people in the south.
The conflict has lasted more than 40 years.
Crews repaired hundreds of damaged power lines.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("hours", "supported"),
            ("people", "supported"),
            ("years", "supported"),
            ("lines", "supported"),
            ("lines-other", "unverified"),
        ],
    );
    has_reason(
        &v,
        "lines",
        r#"supports: "hundreds of damaged power lines" counts line"#,
    );
    // count word after / nothing
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "wounded"
statement = "wounded"
[[claim.fact]]
all = ["strike"]
number = "28"
counts = ["wounded"]

[[claim]]
id = "killed"
statement = "killed"
[[claim.fact]]
all = ["strike"]
number = "2"
counts = ["killed"]

[[claim]]
id = "numbered-counts"
statement = "numbered-counts"
[[claim.fact]]
all = ["numbered"]
number = "30"
counts = ["wounded"]

[[claim]]
id = "numbered-terms"
statement = "numbered-terms"
[[claim.fact]]
all = ["numbered"]
number = "28"
"#,
        )
        .article(
            "a.txt",
            r#"Headline
The strike left 28 wounded and two killed.
The wounded numbered 28.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("wounded", "supported"),
            ("killed", "supported"),
            ("numbered-counts", "unverified"),
            ("numbered-terms", "supported"),
        ],
    );
    // counts key and fact's terms
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "counts-hour-3"
statement = "counts-hour-3"
[[claim.fact]]
all = ["met"]
number = "3"
counts = ["hour"]

[[claim]]
id = "counts-hour-40"
statement = "counts-hour-40"
[[claim.fact]]
all = ["met"]
number = "40"
counts = ["hour"]

[[claim]]
id = "terms-hours-3"
statement = "terms-hours-3"
[[claim.fact]]
all = ["hours"]
number = "3"

[[claim]]
id = "terms-hours-40"
statement = "terms-hours-40"
[[claim.fact]]
all = ["hours"]
number = "40"

[[claim]]
id = "terms-officials-40"
statement = "terms-officials-40"
[[claim.fact]]
all = ["officials"]
number = "40"

[[claim]]
id = "terms-met-40"
statement = "terms-met-40"
[[claim.fact]]
all = ["met"]
number = "40"
"#,
        )
        .article(
            "a.txt",
            r#"Headline
The two countries met for three hours with 40 officials.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("counts-hour-3", "supported"),
            ("counts-hour-40", "contradicted"),
            ("terms-hours-3", "supported"),
            ("terms-hours-40", "contradicted"),
            ("terms-officials-40", "supported"),
            ("terms-met-40", "supported"),
        ],
    );
    has_reason(
        &v,
        "counts-hour-40",
        r#"against: number "three hours" (counts hour) does not satisfy 40"#,
    );
    // never count
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "10-story"
statement = "10-story"
[[claim.fact]]
all = ["building"]
number = "10"

[[claim]]
id = "10-story-counts"
statement = "10-story-counts"
[[claim.fact]]
all = ["building"]
number = "10"
counts = ["story"]

[[claim]]
id = "5-point"
statement = "5-point"
[[claim.fact]]
all = ["plan"]
number = "5"

[[claim]]
id = "fifth"
statement = "fifth"
[[claim.fact]]
all = ["round"]
number = "5"

[[claim]]
id = "14th"
statement = "14th"
[[claim.fact]]
all = ["session"]
number = "14"

[[claim]]
id = "year"
statement = "year"
[[claim.fact]]
all = ["war"]
number = "2024"

[[claim]]
id = "clock"
statement = "clock"
[[claim.fact]]
all = ["siren"]
number = "12"

[[claim]]
id = "date"
statement = "date"
[[claim.fact]]
all = ["talks"]
number = "3"
"#,
        )
        .article(
            "a.txt",
            r#"Headline
A 10-story building collapsed.
They offered a 5-point plan.
The fifth round ended.
The 14th session ended.
The war began in 2024.
The siren sounded at 12:50.
The talks were held on December 3.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("10-story", "unverified"),
            ("10-story-counts", "supported"),
            ("5-point", "unverified"),
            ("fifth", "unverified"),
            ("14th", "unverified"),
            ("year", "unverified"),
            ("clock", "unverified"),
            ("date", "unverified"),
        ],
    );
    // ages
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "khalil"
statement = "khalil"
[[claim.fact]]
all = ["Khalil"]
number = "18"

[[claim]]
id = "aged-counts"
statement = "aged-counts"
[[claim.fact]]
all = ["man"]
number = "18"
counts = ["age"]

[[claim]]
id = "year-old-counts"
statement = "year-old-counts"
[[claim.fact]]
all = ["killed", "man"]
number = "18"
counts = ["age"]

[[claim]]
id = "toll"
statement = "toll"
[[claim.fact]]
all = ["killed"]
number = "5"

[[claim]]
id = "toll-3"
statement = "toll-3"
[[claim.fact]]
all = ["killed"]
number = "3"

[[claim]]
id = "khalil-toll"
statement = "khalil-toll"
[[claim.fact]]
all = ["wounded"]
number = "18"
counts = ["people"]
"#,
        )
        .article(
            "a.txt",
            r#"Headline
Khalil, 18, was wounded.
A man aged 18 was arrested.
An 18-year-old man was killed.
"#,
        )
        .article(
            "b.txt",
            r#"Headline
Five people were killed, including a 3-year-old girl.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("khalil", "supported"),
            ("aged-counts", "supported"),
            ("year-old-counts", "supported"),
            ("toll", "supported"),
            ("toll-3", "contradicted"),
            ("khalil-toll", "unverified"),
        ],
    );
    has_reason(&v, "khalil", r#"supports: "18" counts age of Khalil"#);
    // N+ and vague
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "40plus"
statement = "40plus"
[[claim.fact]]
all = ["conflict"]
number = ">=40"

[[claim]]
id = "dozens-50"
statement = "dozens-50"
[[claim.fact]]
all = ["wounded"]
number = "~50"

[[claim]]
id = "dozens-10"
statement = "dozens-10"
[[claim.fact]]
all = ["wounded"]
number = "10"

[[claim]]
id = "hundreds-1000"
statement = "hundreds-1000"
[[claim.fact]]
all = ["homes"]
number = "~1000"

[[claim]]
id = "hundreds-100"
statement = "hundreds-100"
[[claim.fact]]
all = ["homes"]
number = "100"

[[claim]]
id = "thousands"
statement = "thousands"
[[claim.fact]]
all = ["fled"]
number = "5000"

[[claim]]
id = "tens-thousands"
statement = "tens-thousands"
[[claim.fact]]
all = ["displaced"]
number = "50000"

[[claim]]
id = "tens-thousands-no"
statement = "tens-thousands-no"
[[claim.fact]]
all = ["displaced"]
number = "5000"

[[claim]]
id = "hundreds-thousands"
statement = "hundreds-thousands"
[[claim.fact]]
all = ["returned"]
number = "500000"

[[claim]]
id = "twenty-five"
statement = "twenty-five"
[[claim.fact]]
all = ["soldiers"]
number = "25"
"#,
        )
        .article(
            "a.txt",
            r#"Headline
The conflict lasted 40+ years.
Dozens of people were wounded.
Hundreds of homes were destroyed.
Thousands of residents fled.
Tens of thousands of people were displaced.
Hundreds of thousands of people returned.
Twenty-five soldiers deployed.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("40plus", "supported"),
            ("dozens-50", "supported"),
            ("dozens-10", "contradicted"),
            ("hundreds-1000", "supported"),
            ("hundreds-100", "contradicted"),
            ("thousands", "supported"),
            ("tens-thousands", "supported"),
            ("tens-thousands-no", "contradicted"),
            ("hundreds-thousands", "supported"),
            ("twenty-five", "supported"),
        ],
    );
    // age never toll
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "girl-toll"
statement = "girl-toll"
[[claim.fact]]
all = ["killed"]
number = "3"
"#,
        )
        .article(
            "a.txt",
            r#"Headline
A 3-year-old girl was killed.
"#,
        );
    let v = report(&s);
    verdicts(&v, &[("girl-toll", "unverified")]);
}

/// How a mention satisfies `number`: exact and approximate mentions, bounds against bounds and ranges, and bounds at one number agreeing.
#[test]
fn how_a_mention_satisfies_number() {
    // satisfy
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "exact-in-approx"
statement = "exact-in-approx"
[[claim.fact]]
all = ["displaced"]
number = "~40000"

[[claim]]
id = "approx-in-exact"
statement = "approx-in-exact"
[[claim.fact]]
all = ["returned"]
number = "41000"

[[claim]]
id = "bound-bound-ok"
statement = "bound-bound-ok"
[[claim.fact]]
all = ["wounded"]
number = ">300"

[[claim]]
id = "bound-bound-no"
statement = "bound-bound-no"
[[claim.fact]]
all = ["wounded"]
number = ">400"

[[claim]]
id = "atleast13"
statement = "atleast13"
[[claim.fact]]
all = ["killed"]
number = ">=10"

[[claim]]
id = "atleast13-no"
statement = "atleast13-no"
[[claim.fact]]
all = ["killed"]
number = ">=20"

[[claim]]
id = "m370-approx400"
statement = "m370-approx400"
[[claim.fact]]
all = ["wounded"]
number = "~400"

[[claim]]
id = "370-2000"
statement = "370-2000"
[[claim.fact]]
all = ["wounded"]
number = "2000"

[[claim]]
id = "370-400"
statement = "370-400"
[[claim.fact]]
all = ["wounded"]
number = "400"

[[claim]]
id = "upto5-approx5"
statement = "upto5-approx5"
[[claim.fact]]
all = ["drones"]
number = "~5"
"#,
        )
        .article(
            "a.txt",
            r#"Headline
Some 41,000 people were displaced.
About 41,000 people returned.
More than 370 people were wounded.
At least 13 people were killed.
Up to 5 drones flew.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("exact-in-approx", "supported"),
            ("approx-in-exact", "supported"),
            ("bound-bound-ok", "supported"),
            ("bound-bound-no", "contradicted"),
            ("atleast13", "supported"),
            ("atleast13-no", "contradicted"),
            ("m370-approx400", "supported"),
            ("370-2000", "contradicted"),
            ("370-400", "supported"),
            ("upto5-approx5", "supported"),
        ],
    );
    // bounds agree
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "40plus-gt40"
statement = "40plus-gt40"
[[claim.fact]]
all = ["alpha"]
number = ">40"

[[claim]]
id = "40plus-ge40"
statement = "40plus-ge40"
[[claim.fact]]
all = ["alpha"]
number = ">=40"

[[claim]]
id = "atleast40-gt40"
statement = "atleast40-gt40"
[[claim.fact]]
all = ["beta"]
number = ">40"

[[claim]]
id = "atleast40-ge40"
statement = "atleast40-ge40"
[[claim.fact]]
all = ["beta"]
number = ">=40"

[[claim]]
id = "morethan40-gt40"
statement = "morethan40-gt40"
[[claim.fact]]
all = ["gamma"]
number = ">40"

[[claim]]
id = "morethan40-ge40"
statement = "morethan40-ge40"
[[claim.fact]]
all = ["gamma"]
number = ">=40"

[[claim]]
id = "upto5-lt5"
statement = "upto5-lt5"
[[claim.fact]]
all = ["delta"]
number = "<5"

[[claim]]
id = "upto5-le5"
statement = "upto5-le5"
[[claim.fact]]
all = ["delta"]
number = "<=5"

[[claim]]
id = "atmost5-lt5"
statement = "atmost5-lt5"
[[claim.fact]]
all = ["epsilon"]
number = "<5"

[[claim]]
id = "atmost5-le5"
statement = "atmost5-le5"
[[claim.fact]]
all = ["epsilon"]
number = "<=5"

[[claim]]
id = "fewer5-lt5"
statement = "fewer5-lt5"
[[claim.fact]]
all = ["zeta"]
number = "<5"

[[claim]]
id = "fewer5-le5"
statement = "fewer5-le5"
[[claim.fact]]
all = ["zeta"]
number = "<=5"
"#,
        )
        .article(
            "a.txt",
            r#"Headline
alpha had 40+ members.
beta had at least 40 members.
gamma had more than 40 members.
delta had up to 5 members.
epsilon had at most 5 members.
zeta had fewer than 5 members.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("40plus-gt40", "supported"),
            ("40plus-ge40", "supported"),
            ("atleast40-gt40", "supported"),
            ("atleast40-ge40", "supported"),
            ("morethan40-gt40", "supported"),
            ("morethan40-ge40", "supported"),
            ("upto5-lt5", "supported"),
            ("upto5-le5", "supported"),
            ("atmost5-lt5", "supported"),
            ("atmost5-le5", "supported"),
            ("fewer5-lt5", "supported"),
            ("fewer5-le5", "supported"),
        ],
    );
}

/// Negation, more cues: the words, the phrases in any tense, the passive, `without` before a verb only, and a cue inside a matched term.
#[test]
fn negation_more_cues() {
    // neg cues words
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "nobody"
statement = "nobody"
[[claim.fact]]
all = ["injured"]

[[claim]]
id = "none"
statement = "none"
[[claim.fact]]
all = ["envoys", "attended"]

[[claim]]
id = "nothing"
statement = "nothing"
[[claim.fact]]
all = ["signed"]

[[claim]]
id = "no-one"
statement = "no-one"
[[claim.fact]]
all = ["evacuated"]
"#,
        )
        .article(
            "a.txt",
            r#"Headline
Nobody was injured in the strike.
None of the envoys attended.
Nothing was signed.
No one was evacuated.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("nobody", "contradicted"),
            ("none", "contradicted"),
            ("nothing", "contradicted"),
            ("no-one", "contradicted"),
        ],
    );
    // neg phrases
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "not-yet"
statement = "not-yet"
[[claim.fact]]
all = ["peace talks"]

[[claim]]
id = "no-longer"
statement = "no-longer"
[[claim.fact]]
all = ["patrols"]

[[claim]]
id = "far-from"
statement = "far-from"
[[claim.fact]]
all = ["normalization"]

[[claim]]
id = "fall-short"
statement = "fall-short"
[[claim.fact]]
all = ["agreement"]

[[claim]]
id = "falls-short"
statement = "falls-short"
[[claim.fact]]
all = ["ceasefire"]

[[claim]]
id = "falling-short"
statement = "falling-short"
[[claim.fact]]
all = ["withdrawal"]

[[claim]]
id = "failed-to"
statement = "failed-to"
[[claim.fact]]
all = ["deal"]

[[claim]]
id = "refused-to"
statement = "refused-to"
[[claim.fact]]
all = ["disarm"]

[[claim]]
id = "ruled-out"
statement = "ruled-out"
[[claim.fact]]
all = ["normalisation"]

[[claim]]
id = "rejected"
statement = "rejected"
[[claim.fact]]
all = ["proposal"]
"#,
        )
        .article(
            "a.txt",
            r#"Headline
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
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("not-yet", "contradicted"),
            ("no-longer", "contradicted"),
            ("far-from", "contradicted"),
            ("fall-short", "contradicted"),
            ("falls-short", "contradicted"),
            ("falling-short", "contradicted"),
            ("failed-to", "contradicted"),
            ("refused-to", "contradicted"),
            ("ruled-out", "contradicted"),
            ("rejected", "contradicted"),
        ],
    );
    has_reason(&v, "not-yet", r#"against: negated by "not yet""#);
    // passive
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "was-ruled-out"
statement = "was-ruled-out"
[[claim.fact]]
all = ["normalisation"]

[[claim]]
id = "has-been-rejected"
statement = "has-been-rejected"
[[claim.fact]]
all = ["plan"]

[[claim]]
id = "was-denied"
statement = "was-denied"
[[claim.fact]]
all = ["report"]

[[claim]]
id = "rejecter"
statement = "rejecter"
[[claim.fact]]
all = ["Salam"]
"#,
        )
        .article(
            "a.txt",
            r#"Headline
normalisation was ruled out.
the plan has been rejected.
The report was denied by the army.
Salam rejected that description.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("was-ruled-out", "contradicted"),
            ("has-been-rejected", "contradicted"),
            ("was-denied", "contradicted"),
            ("rejecter", "supported"),
        ],
    );
    has_reason(&v, "was-ruled-out", r#"against: negated by "ruled out""#);
    // without
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "without-verb"
statement = "without-verb"
[[claim.fact]]
all = ["deal"]

[[claim]]
id = "without-noun"
statement = "without-noun"
[[claim.fact]]
all = ["electricity"]

[[claim]]
id = "without-warning"
statement = "without-warning"
[[claim.fact]]
all = ["strike", "warning"]
"#,
        )
        .article(
            "a.txt",
            r#"Headline
The talks ended without reaching a deal.
Residents remain without electricity.
The strike came without warning.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("without-verb", "contradicted"),
            ("without-noun", "supported"),
            ("without-warning", "supported"),
        ],
    );
    has_reason(&v, "without-verb", r#"against: negated by "without""#);
    // cue inside term
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "far-from-term"
statement = "far-from-term"
[[claim.fact]]
all = ["far from"]

[[claim]]
id = "not-yet-term"
statement = "not-yet-term"
[[claim.fact]]
all = ["not yet", "peace"]
"#,
        )
        .article(
            "a.txt",
            r#"Headline
Salam said Lebanon is far from normalization.
Lebanon is not yet at peace.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("far-from-term", "supported"),
            ("not-yet-term", "supported"),
        ],
    );
    // neg tenses extra
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "refuses"
statement = "refuses"
[[claim.fact]]
all = ["disarm"]

[[claim]]
id = "fails"
statement = "fails"
[[claim.fact]]
all = ["deal"]

[[claim]]
id = "rules-out"
statement = "rules-out"
[[claim.fact]]
all = ["normalisation"]

[[claim]]
id = "rejects"
statement = "rejects"
[[claim.fact]]
all = ["proposal"]

[[claim]]
id = "will-fall-short"
statement = "will-fall-short"
[[claim.fact]]
all = ["agreement"]
"#,
        )
        .article(
            "a.txt",
            r#"Headline
Hezbollah refuses to disarm.
Israel fails to reach a deal.
Aoun rules out normalisation.
Salam rejects the proposal.
The talks will fall short of an agreement.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("refuses", "contradicted"),
            ("fails", "contradicted"),
            ("rules-out", "contradicted"),
            ("rejects", "contradicted"),
            ("will-fall-short", "contradicted"),
        ],
    );
    // edge neg
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "denied-active"
statement = "denied-active"
[[claim.fact]]
all = ["struck", "depot"]

[[claim]]
id = "nobody-after"
statement = "nobody-after"
[[claim.fact]]
all = ["Aoun"]
"#,
        )
        .article(
            "a.txt",
            r#"Headline
The army denied it struck a depot.
Aoun said nobody was hurt.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("denied-active", "contradicted"),
            ("nobody-after", "supported"),
        ],
    );
}

/// Facts that assert absence: `negation = "asserted"`.
#[test]
fn facts_that_assert_absence() {
    // asserted
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "asserted-neg"
statement = "asserted-neg"
[[claim.fact]]
all = ["evacuation order", "issued"]
negation = "asserted"

[[claim]]
id = "asserted-pos"
statement = "asserted-pos"
[[claim.fact]]
all = ["curfew", "declared"]
negation = "asserted"

[[claim]]
id = "negation-false"
statement = "negation-false"
[[claim.fact]]
all = ["evacuation order", "issued"]
negation = false
"#,
        )
        .article(
            "a.txt",
            r#"Headline
No evacuation order was issued.
A curfew was declared.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("asserted-neg", "supported"),
            ("asserted-pos", "contradicted"),
            ("negation-false", "supported"),
        ],
    );
    has_reason(
        &v,
        "asserted-neg",
        r#"supports: negated by "no", as the fact asserts"#,
    );
    has_reason(
        &v,
        "asserted-pos",
        r#"against: not negated: the fact asserts this did not happen"#,
    );
}

/// Independent sources: outlet in any case, `via`, near-identical text, the dateline wire, chaining, and the report naming each source with its documents.
#[test]
fn independent_sources() {
    // sources: outlet any case
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "o"
statement = "o"
sources = 2
[[claim.fact]]
all = ["Ortagus"]
"#,
        )
        .article(
            "a.txt",
            [
                r#"+++
outlet = "KJFK News"
+++
"#,
                INDEP,
            ]
            .concat(),
        )
        .article(
            "b.txt",
            r#"+++
outlet = "kjfk news"
+++
Headline
Envoy Ortagus attended the talks in Naqoura.
"#,
        );
    let v = report(&s);
    verdicts(&v, &[("o", "partial")]);
    assert_eq!(
        claim(&v, "o")["independent_sources"],
        sources(&[("KJFK News", &["a", "b"][..])])
    );
    // sources: distinct outlets
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "o2"
statement = "o2"
sources = 2
[[claim.fact]]
all = ["Ortagus"]
"#,
        )
        .article(
            "a.txt",
            [
                r#"+++
outlet = "KJFK News"
+++
"#,
                INDEP,
            ]
            .concat(),
        )
        .article(
            "b.txt",
            r#"+++
outlet = "Other"
+++
Headline
Envoy Ortagus attended the talks in Naqoura.
"#,
        );
    let v = report(&s);
    verdicts(&v, &[("o2", "supported")]);
    assert_eq!(
        claim(&v, "o2")["independent_sources"],
        sources(&[("KJFK News", &["a"][..]), ("Other", &["b"][..])])
    );
    // sources: via names other outlet
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "v"
statement = "v"
sources = 2
[[claim.fact]]
all = ["Ortagus"]
"#,
        )
        .article(
            "a.txt",
            [
                r#"+++
outlet = "AFP"
+++
"#,
                INDEP,
            ]
            .concat(),
        )
        .article(
            "b.txt",
            r#"+++
outlet = "Naharnet"
via = "afp"
+++
Headline
Envoy Ortagus attended the talks in Naqoura.
"#,
        );
    let v = report(&s);
    verdicts(&v, &[("v", "partial")]);
    // sources: both same via
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "v2"
statement = "v2"
sources = 2
[[claim.fact]]
all = ["Ortagus"]
"#,
        )
        .article(
            "a.txt",
            [
                r#"+++
outlet = "X"
via = "Reuters"
+++
"#,
                INDEP,
            ]
            .concat(),
        )
        .article(
            "b.txt",
            r#"+++
outlet = "Y"
via = "REUTERS"
+++
Headline
Envoy Ortagus attended the talks in Naqoura.
"#,
        );
    let v = report(&s);
    verdicts(&v, &[("v2", "partial")]);
    assert_eq!(
        claim(&v, "v2")["independent_sources"],
        sources(&[("Reuters", &["a", "b"][..])])
    );
    // sources: near-identical
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "n"
statement = "n"
sources = 2
[[claim.fact]]
all = ["Ortagus"]
"#,
        )
        .article(
            "a.txt",
            [
                r#"+++
outlet = "AFP"
+++
"#,
                WIRE,
            ]
            .concat(),
        )
        .article(
            "b.txt",
            [
                r#"+++
outlet = "Web"
+++
"#,
                REWRITE,
            ]
            .concat(),
        );
    let v = report(&s);
    verdicts(&v, &[("n", "partial")]);
    // sources: independent reports
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "i"
statement = "i"
sources = 2
[[claim.fact]]
all = ["Ortagus"]
"#,
        )
        .article(
            "a.txt",
            [
                r#"+++
outlet = "AFP"
+++
"#,
                WIRE,
            ]
            .concat(),
        )
        .article(
            "b.txt",
            [
                r#"+++
outlet = "Web"
+++
"#,
                INDEP,
            ]
            .concat(),
        );
    let v = report(&s);
    verdicts(&v, &[("i", "supported")]);
    assert_eq!(
        claim(&v, "i")["independent_sources"],
        sources(&[("AFP", &["a"][..]), ("Web", &["b"][..])])
    );
    // sources: dateline wire
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "d"
statement = "d"
sources = 2
[[claim.fact]]
all = ["Ortagus"]
"#,
        )
        .article(
            "a.txt",
            [
                r#"+++
outlet = "Reuters"
+++
"#,
                INDEP,
            ]
            .concat(),
        )
        .article(
            "b.txt",
            r#"+++
outlet = "Daily Star"
+++
Headline
BEIRUT (Reuters) – Envoy Ortagus attended the talks in Naqoura.
"#,
        );
    let v = report(&s);
    verdicts(&v, &[("d", "partial")]);
    assert_eq!(
        claim(&v, "d")["independent_sources"],
        sources(&[("Reuters", &["a", "b"][..])])
    );
    // sources: chaining
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "ch"
statement = "ch"
sources = 2
scope = "corpus"
[[claim.fact]]
all = ["Ortagus"]
"#,
        )
        .article(
            "a.txt",
            [
                r#"+++
outlet = "AFP"
+++
"#,
                INDEP,
            ]
            .concat(),
        )
        .article(
            "b.txt",
            r#"+++
outlet = "Naharnet"
via = "AFP"
+++
Headline
Envoy Ortagus attended the talks in Naqoura.
"#,
        )
        .article(
            "c.txt",
            r#"+++
outlet = "NAHARNET"
+++
Headline
Ortagus was in Naqoura, officials said.
"#,
        );
    let v = report(&s);
    verdicts(&v, &[("ch", "partial")]);
    assert_eq!(
        claim(&v, "ch")["independent_sources"],
        sources(&[("AFP", &["a", "b", "c"][..])])
    );
}

/// Irregular verbs: the table in the corpus and in terms, and the excluded `left`, `found`, `saw`, `felt`.
#[test]
fn irregular_verbs() {
    // irregular verbs
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "met"
statement = "met"
[[claim.fact]]
all = ["meet"]

[[claim]]
id = "held"
statement = "held"
[[claim.fact]]
all = ["hold", "talks"]

[[claim]]
id = "struck"
statement = "struck"
[[claim.fact]]
all = ["strike", "depot"]

[[claim]]
id = "said"
statement = "said"
[[claim.fact]]
all = ["say", "Aoun"]

[[claim]]
id = "fled"
statement = "fled"
[[claim.fact]]
all = ["flee", "residents"]

[[claim]]
id = "fought"
statement = "fought"
[[claim.fact]]
all = ["fight", "militants"]

[[claim]]
id = "began"
statement = "began"
[[claim.fact]]
all = ["begin", "withdrawal"]

[[claim]]
id = "told"
statement = "told"
[[claim.fact]]
all = ["tell", "reporters"]

[[claim]]
id = "sent"
statement = "sent"
[[claim.fact]]
all = ["send", "delegation"]

[[claim]]
id = "term-met"
statement = "term-met"
[[claim.fact]]
all = ["met", "envoys"]

[[claim]]
id = "left"
statement = "left"
[[claim.fact]]
all = ["leave", "troops"]

[[claim]]
id = "found"
statement = "found"
[[claim.fact]]
all = ["find", "bodies"]

[[claim]]
id = "saw"
statement = "saw"
[[claim.fact]]
all = ["see", "witnesses"]

[[claim]]
id = "felt"
statement = "felt"
[[claim.fact]]
all = ["feel", "tremor"]
"#,
        )
        .article(
            "a.txt",
            r#"Headline
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
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("met", "supported"),
            ("held", "supported"),
            ("struck", "supported"),
            ("said", "supported"),
            ("fled", "supported"),
            ("fought", "supported"),
            ("began", "supported"),
            ("told", "supported"),
            ("sent", "supported"),
            ("term-met", "supported"),
            ("left", "unverified"),
            ("found", "unverified"),
            ("saw", "unverified"),
            ("felt", "unverified"),
        ],
    );
    // edge terms
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "term-struck"
statement = "term-struck"
[[claim.fact]]
all = ["struck", "depot"]

[[claim]]
id = "term-fled"
statement = "term-fled"
[[claim.fact]]
all = ["fled", "residents"]

[[claim]]
id = "counts-alt"
statement = "counts-alt"
[[claim.fact]]
all = ["met"]
number = "3"
counts = ["hour|minute"]

[[claim]]
id = "counts-prefix"
statement = "counts-prefix"
[[claim.fact]]
all = ["met"]
number = "3"
counts = ["hour*"]
"#,
        )
        .article(
            "a.txt",
            r#"Headline
Drones strike a depot daily.
Residents flee the south.
They met for three hours.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("term-struck", "supported"),
            ("term-fled", "supported"),
            ("counts-alt", "supported"),
            ("counts-prefix", "supported"),
        ],
    );
}

/// Terms in string facts: `@alias` works, an unknown alias is an error.
#[test]
fn terms_in_string_facts() {
    // alias in string fact
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[aliases]
naqoura = ["Naqoura", "Naqura", "Ras En Nakura"]
[[claim]]
id = "s1"
statement = "s"
fact = ["talks at @naqoura"]
"#,
        )
        .article(
            "a.txt",
            r#"Headline
Talks were held at Ras En Nakura.
"#,
        );
    let v = report(&s);
    verdicts(&v, &[("s1", "supported")]);
}

/// Explaining what was skipped: `not`, `against`, negation and conflicts, each with why.
#[test]
fn explaining_what_was_skipped() {
    // explain skipped
    let s = Suite::new()
        .claims(
            "c.toml",
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
        )
        .article(
            "a.txt",
            r#"+++
published = 2025-12-04
+++
Headline
Talks were held on Wednesday.
Talks were postponed on Wednesday.
Talks were cancelled on Wednesday.
No talks were held on Wednesday.
Talks were held on Tuesday.
"#,
        );
    let v = report(&s);
    verdicts(&v, &[("e1", "disputed")]);
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
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "f1"
statement = "f1"
[[claim.fact]]
all = ["alpha"]
date = "2025-12-03"

[[claim]]
id = "f2"
statement = "f2"
[[claim.fact]]
all = ["beta"]
date = "2025-12-03"

[[claim]]
id = "f3"
statement = "f3"
[[claim.fact]]
all = ["gamma"]
date = "2025-12-03"

[[claim]]
id = "f4"
statement = "f4"
[[claim.fact]]
all = ["delta"]
date = "2025-12-03"

[[claim]]
id = "f5"
statement = "f5"
[[claim.fact]]
all = ["eps"]
date = "2025-11-19"

[[claim]]
id = "f6"
statement = "f6"
[[claim.fact]]
all = ["zeta"]
date = "2025-12-03"
"#,
        )
        .article(
            "a.txt",
            r#"+++
published = 2025-12-20
+++
Headline
alpha on December 3, 2025.
beta on Dec. 3.
gamma on 3 December 2025.
delta on Wednesday, December 3, 2025.
eps on Nov 19.
zeta on 2025-12-03.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("f1", "supported"),
            ("f2", "supported"),
            ("f3", "supported"),
            ("f4", "supported"),
            ("f5", "supported"),
            ("f6", "supported"),
        ],
    );
    // old: year from earlier full date / unknown
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "y1"
statement = "y1"
[[claim.fact]]
all = ["alpha"]
date = "2024-12-05"

[[claim]]
id = "y2"
statement = "y2"
[[claim.fact]]
all = ["beta"]
date = "2025-12-05"
"#,
        )
        .article(
            "a.txt",
            r#"Headline
On December 1, 2024 things began.
alpha met on Dec 5.
"#,
        )
        .article(
            "b.txt",
            r#"Headline
beta met on Dec 5.
"#,
        );
    let v = report(&s);
    verdicts(&v, &[("y1", "supported"), ("y2", "supported")]);
    has_reason(&v, "y2", r#"supports: year not known for "Dec 5""#);
    // old: numbers & negation & conflicts
    let s = Suite::new()
        .claims(
            "c.toml",
            r#"[[claim]]
id = "n1"
statement = "n1"
[[claim.fact]]
all = ["killed"]
number = "~1200"

[[claim]]
id = "n2"
statement = "n2"
[[claim.fact]]
all = ["wounded"]
number = ">370"

[[claim]]
id = "n3"
statement = "n3"
[[claim.fact]]
all = ["envoys"]
number = ">=2"

[[claim]]
id = "neg"
statement = "neg"
[[claim.fact]]
all = ["formal agreement", "signed"]

[[claim]]
id = "dconf"
statement = "dconf"
[[claim.fact]]
all = ["vote"]
date = "2025-12-03"

[[claim]]
id = "nconf"
statement = "nconf"
[[claim.fact]]
all = ["ships"]
number = "12"

[[claim]]
id = "prec"
statement = "prec"
[[claim.fact]]
all = ["poll"]
date = "2025-12-03"
"#,
        )
        .article(
            "a.txt",
            r#"Headline
Approximately 1,200 people were killed.
More than 370 people were wounded.
At least two envoys came.
No formal agreements were signed.
The vote was on December 4, 2025.
Seven ships docked.
The poll was in December 2025.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("n1", "supported"),
            ("n2", "supported"),
            ("n3", "supported"),
            ("neg", "contradicted"),
            ("dconf", "contradicted"),
            ("nconf", "contradicted"),
            ("prec", "unverified"),
        ],
    );
    has_reason(&v, "dconf", r#"against: date 2025-12-04 ≠ 2025-12-03"#);
    // old: verdicts scope
    let s = Suite::new()
        .claims(
            "c.toml",
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
        )
        .article(
            "a.txt",
            r#"Headline
alpha was here.
"#,
        )
        .article(
            "b.txt",
            r#"Headline
beta was there.
"#,
        );
    let v = report(&s);
    verdicts(
        &v,
        &[
            ("sc1", "partial"),
            ("sc2", "supported"),
            ("nooutlet", "supported"),
        ],
    );
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

/// The JSON report keeps the keys PRODUCT.md lists, with exact byte offsets and quotes,
/// CRLF read like LF, and exit status 1 when an expectation fails.
#[test]
fn json_report_keys() {
    let s = Suite::new()
        .claims(
            "c.toml",
            "[[claim]]\nid = \"x\"\nstatement = \"s\"\nexpect = \"supported\"\nsources = 2\nfact = [\"Ortagus\"]\n",
        )
        .article(
            "a.txt",
            "+++\noutlet = \"AFP\"\n+++\nHeadline\r\nEnvoy Ortagus attended the talks in Naqoura.\r\n",
        )
        .article("b.txt", "+++\noutlet = \"Web\"\nvia = \"afp\"\n+++\nHeadline\nOrtagus came.\n");
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
