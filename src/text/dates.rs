//! Date mentions in text and `date` expressions of facts, read with chrono.
//!
//! A mention is written out (`December 3, 2025`, `Dec. 3`, `3 December 2025`,
//! `Wednesday, December 3, 2025`, `Nov 19`, `2025-12-03`; `December 2025` has month
//! precision), numeric (`19-12-2025`, `19/12/2025`, `12/19/2025`, `19.12.2025`, read
//! only when day and month can be told apart), or relative to the document's reference
//! date (its `published` date, else the full date of a dateline in its first lines):
//! `today`, `yesterday`, `tomorrow`, `tonight`, a weekday (`on Wednesday`, `last
//! Friday`, `next Friday`), an ordinal day (`the 19th`, `the 19th of this month`), and
//! `this year` / `last year` / `next year` after a month or day (`November 27 last
//! year`, `in March this year`). A bare weekday or ordinal day reads forward from the
//! reference when the verb phrase before it is in the future tense ([`is_future`]).

use crate::text::fold::{self, Token};
use crate::text::lexicon;
use crate::text::{Invalid, sanitize};
use chrono::{Datelike, Months, NaiveDate, Weekday};
use regex::Regex;
use std::fmt;
use std::sync::OnceLock;

/// The date a document's relative mentions are read against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    pub date: NaiveDate,
    pub from: ReferenceFrom,
}

/// Where a document's reference date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferenceFrom {
    /// The front matter's `published`.
    Published,
    /// A full date in the article's first three lines: a dateline (`BEIRUT, Dec 19,
    /// 2025 (AFP) –`) or a line that is only a date (`19-12-2025 | 12:50`).
    Dateline,
}

impl fmt::Display for Reference {
    /// `published 2025-12-04`, `dateline 2025-12-19`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let from = match self.from {
            ReferenceFrom::Published => "published",
            ReferenceFrom::Dateline => "dateline",
        };
        write!(f, "{from} {}", self.date)
    }
}

/// How a mention's date was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Written out in full (`December 3, 2025`, `2025-12-03`).
    Written,
    /// A numeric date whose day and month were told apart (`19-12-2025`).
    Numeric,
    /// Read against the document's reference date: a relative mention (`Wednesday`,
    /// `the 19th`, `November 27 last year`) or the year of a year-less one (`Dec. 3`).
    Reference(Reference),
    /// A year-less mention that took the year of this earlier full date.
    EarlierDate(NaiveDate),
    /// A year-less mention that took the year its sentence names before it (`In
    /// 2021, the runoff was held on June 6`).
    SentenceYear(i32),
    /// A year-less mention with nothing to take a year from.
    Unknown,
    /// Counted from another day told (`a day after Sunday's vote`, `two days
    /// later` after `on March 3`): that day.
    Offset(NaiveDate),
    /// The date of the article's dateline or date line: it dates the report, not what
    /// the report tells, so it compares with no fact's date.
    Dateline,
}

/// A date said in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range of the words that say the date.
    pub start: usize,
    pub end: usize,
    /// `None` only when `basis` is `Unknown`.
    pub year: Option<i32>,
    pub month: u32,
    /// `None` for a month-precision mention (`December 2025`).
    pub day: Option<u32>,
    pub basis: Basis,
}

impl fmt::Display for DateMention {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_date(f, self.year, self.month, self.day, "year not known")
    }
}

impl DateMention {
    /// Its day, when its year and day are known.
    pub fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?, self.month, self.day?)
    }

    /// How the mention was read, for a reason, quoting it from `text` (the text its
    /// offsets point into): `"Wednesday" read as 2025-12-03 (published 2025-12-04)`,
    /// `"19-12-2025" read as 2025-12-19`, `"Nov. 23" read as 2025-11-23 (earlier date
    /// 2025-12-03)`, `year not known for "November 19"`; `None` for a date written in
    /// full.
    pub fn reading(&self, text: &str) -> Option<String> {
        let q = sanitize(&text[self.start..self.end]);
        match self.basis {
            Basis::Written | Basis::Dateline => None,
            Basis::Numeric => Some(format!("\"{q}\" read as {self}")),
            Basis::Reference(r) => Some(format!("\"{q}\" read as {self} ({r})")),
            Basis::EarlierDate(d) => Some(format!("\"{q}\" read as {self} (earlier date {d})")),
            Basis::SentenceYear(y) => Some(format!("\"{q}\" read as {self} (its sentence's {y})")),
            Basis::Offset(d) => Some(format!("\"{q}\" read as {self} (counted from {d})")),
            Basis::Unknown => Some(format!("year not known for \"{q}\"")),
        }
    }

    /// The mention as a conflict names it: its date when written in full or of an
    /// unknown year (`2025-12-03`, `11-19 (year not known)`), else its reading.
    pub fn described(&self, text: &str) -> String {
        match self.basis {
            Basis::Written | Basis::Unknown | Basis::Dateline => self.to_string(),
            _ => self.reading(text).unwrap_or_else(|| self.to_string()),
        }
    }
}
/// `2025-12-03`, `2025-12`, or without a year `12-03 (NO_YEAR)`.
fn write_date(
    f: &mut fmt::Formatter<'_>,
    year: Option<i32>,
    month: u32,
    day: Option<u32>,
    no_year: &str,
) -> fmt::Result {
    match (year, day) {
        (Some(y), Some(d)) => write!(f, "{y:04}-{month:02}-{d:02}"),
        (Some(y), None) => write!(f, "{y:04}-{month:02}"),
        (None, Some(d)) => write!(f, "{month:02}-{d:02} ({no_year})"),
        (None, None) => write!(f, "{month:02} ({no_year})"),
    }
}

/// The date a fact asserts: `YYYY-MM-DD` or `YYYY-MM`; the year is absent only for a
/// string fact that says a date without one (`Dec 3`), which then compares month and
/// day alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateSpec {
    pub year: Option<i32>,
    pub month: u32,
    pub day: Option<u32>,
}

impl fmt::Display for DateSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_date(f, self.year, self.month, self.day, "any year")
    }
}

impl DateSpec {
    /// Parses `YYYY-MM-DD` or `YYYY-MM`.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let s = s.trim();
        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d")
            && s.len() == 10
        {
            return Ok(Self {
                year: Some(d.year()),
                month: d.month(),
                day: Some(d.day()),
            });
        }
        if s.len() == 7
            && let Ok(d) = NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d")
        {
            return Ok(Self {
                year: Some(d.year()),
                month: d.month(),
                day: None,
            });
        }
        Err(Invalid(format!(
            "`{s}` is not a date: write `YYYY-MM-DD` (2025-12-03) or `YYYY-MM` (2025-12)"
        )))
    }

    /// How a mention compares with this date, or `None` when the mention has another
    /// precision and says nothing about it (a month mention against a day fact), or is
    /// the date of a dateline.
    pub fn compare(&self, m: &DateMention) -> Option<DateMatch> {
        if m.basis == Basis::Dateline {
            return None;
        }
        let years_agree = match (self.year, m.year) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        let equal = match (self.day, m.day) {
            (Some(day), Some(mday)) => years_agree && m.month == self.month && mday == day,
            (Some(_), None) => return None,
            (None, None) => years_agree && m.month == self.month,
            // a day inside the month says the month; a day outside it has another
            // precision and is no conflict
            (None, Some(_)) => {
                if years_agree && m.month == self.month {
                    true
                } else {
                    return None;
                }
            }
        };
        Some(if equal {
            DateMatch::Equal
        } else {
            DateMatch::Different
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateMatch {
    Equal,
    Different,
}

// month names in any case, but `May` only capitalised (`may` is a verb); a full
// stop only after an abbreviation (`Dec. 3`, not `in March. 12 people`)
const MONTH: &str = r"(?:(?i:january|february|march|april|june|july|august|september|october|november|december)|May|MAY)(?-u:\b)|(?i:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?-u:\b)\.?";
const WEEKDAY: &str =
    r"(?:(?i:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?i:day)?\.?,?\s+)?";

/// Between two days of a list or range: `3 and 4`, `3 & 4`, `3-5`, `3 to 5`.
const JOIN: &str = r"\s*(?:-|\u{2013}|&|(?i:and|to|through)(?-u:\b))\s*";

/// `this year`, `of last year`, `next year` after a month or a day; `of that year`
/// (the year written last before it: [`year_before`]).
fn relative_year(group: &str) -> String {
    format!(r"(?:of\s+)?(?P<{group}>(?i:this|last|next|that))\s+(?i:year)(?-u:\b)")
}

fn mention_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let (r1, r2, r3) = (
            relative_year("r1"),
            relative_year("r2"),
            relative_year("r3"),
        );
        let mdy = format!(
            r"(?-u:\b){WEEKDAY}(?P<m1>{MONTH})\s+(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:{JOIN}(?P<e1>[0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b))?(?:,?\s+(?P<y1>[0-9]{{4}})(?-u:\b)|,?\s+{r1})?"
        );
        let dmy = format!(
            r"(?-u:\b)(?:(?P<b2>[0-9]{{1,2}})(?:st|nd|rd|th)?{JOIN})?(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH})(?:,?\s+(?P<y2>[0-9]{{4}})(?-u:\b)|,?\s+{r2})?"
        );
        let my = format!(r"(?-u:\b)(?P<m3>{MONTH})\s+(?:(?P<y3>[0-9]{{4}})(?-u:\b)|{r3})");
        // a month alone after `in`, `during`, `early`, `late` or `mid` (`in October`;
        // not `since June`, `until March`, `by May`, which bound a time rather than
        // date an act), or the month a plan is set for or moved from or to (`planned
        // for September`, `delayed from April to September`, `no earlier than
        // September`); with a day, a year or `this year` after it, another form
        // reads it (checked after)
        // (and `by the end of September`, `the start of March`; `the March sitting`,
        // a month naming a time of a thing, checked after)
        // (`That November`, `later that November`: the month of the year written
        // last before it; `since October, when the FDA halted dosing`: the month
        // of the act its `when` tells, checked after)
        let bare = r"(?-u:\b)(?:(?P<the4>(?i:the)\s+)|(?P<pre4>(?i:for|from|to|than|next))\s+|(?P<that4>(?i:that))\s+|(?P<since4>(?i:since))\s+|(?i:in|during|early|late|mid|(?:the\s+)?(?:end|start|beginning|middle|close)\s+of)(?:\s+|-))(?P<m4>January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)(?P<more4>,?\s+(?:[0-9]|(?i:this|last|next|of|that\s+year)(?-u:\b)))?";
        // a time may follow (`2025-12-19T12:50:00+02:00`)
        let iso = r"(?-u:\b)(?P<iy>[0-9]{4})-(?P<im>[0-9]{2})-(?P<id>[0-9]{2})(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?(?-u:\b)";
        // day and month in either order, the same separator twice (checked after)
        let numeric = r"(?-u:\b)(?P<na>[0-9]{1,2})(?P<s1>[-/.])(?P<nb>[0-9]{1,2})(?P<s2>[-/.])(?P<ny>[0-9]{4})(?-u:\b)";
        // a holiday of a fixed day, named as a proper noun (`on Christmas Day`,
        // `New Year's Eve 2024`)
        let holiday = r"(?-u:\b)(?P<hol>Christmas (?:Day|Eve)|New Year['’]s (?:Day|Eve)|Boxing Day|Valentine['’]s Day|Halloween)(?-u:\b)(?:,?\s+(?P<hy>[0-9]{4})(?-u:\b))?";
        Regex::new(&format!(
            "{iso}|{numeric}|{mdy}|{dmy}|{my}|{bare}|{holiday}"
        ))
            .expect("date regex is valid")
    })
}

/// The month and day of a holiday [`mention_regex`] names.
fn holiday(name: &str) -> (u32, i64) {
    match name.as_bytes().first() {
        Some(b'C') if name.ends_with("Eve") => (12, 24),
        Some(b'C') => (12, 25),
        Some(b'N') if name.ends_with("Eve") => (12, 31),
        Some(b'N') => (1, 1),
        Some(b'B') => (12, 26),
        Some(b'V') => (2, 14),
        _ => (10, 31),
    }
}

fn month_number(name: &str) -> u32 {
    let lower = name.to_ascii_lowercase();
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    NAMES
        .iter()
        .position(|n| lower.starts_with(n))
        .map_or(0, |i| i as u32 + 1)
}

/// A date read off the text before years are inferred and relative forms resolved.
#[derive(Debug, Clone, Copy)]
struct Raw {
    start: usize,
    end: usize,
    form: Form,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// A month with a day or a year: `year` as written, else `relative_year` (this
    /// year 0, last year -1, next year 1), else none.
    Explicit {
        year: Option<i32>,
        relative_year: Option<i32>,
        month: u32,
        day: Option<u32>,
        numeric: bool,
        /// A second day of a list or range (`3 and 4 December`, `December 3-5`), and
        /// whether the days between are meant too (a range).
        more: Option<(u32, bool)>,
    },
    /// `today` 0, `yesterday` -1, `tomorrow` 1.
    Days(i64),
    /// A weekday, with `last` / `next` / neither before it.
    Weekday(Weekday, Toward),
    /// An ordinal day (`the 19th`), with the month it names relative to the
    /// reference's (`of this month` 0, `of last month` -1), or none.
    Ordinal(u32, Option<i32>),
    /// A month named from the reference's (`this month` 0, `earlier this month` 0,
    /// `last month` -1, `next month` 1): a month-precision mention.
    Month(i32),
    /// A week named from the reference's (`this week`, `earlier this week`, `last
    /// week` -1, `next week` 1; weeks from Monday): the month its seven days fall
    /// in, a month-precision mention, when they fall in one.
    Week(i32),
    /// A time before the reference: `three days ago` (a day), `two weeks ago`, `a
    /// month ago`, `a year ago` (the month they fall in); with `today` after it,
    /// the same day then (`one year ago today`: a day).
    Ago(AgoUnit, u32, bool),
    /// A weekend, its Saturday and Sunday (two day mentions): named from the
    /// reference's week (`last weekend` -1, `next weekend` 1; weeks from Monday),
    /// or by the tense of its clause (`this weekend`, `over the weekend`, `at the
    /// weekend`): the coming one in the future tense, else the one the reference
    /// falls on or the last before it (`this past weekend` too). Not after `the`,
    /// `a`, `every`, `each`, `per`, nor before `of` (`the last weekend of
    /// January`).
    Weekend(Option<i32>),
}

/// The unit of an [`Form::Ago`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AgoUnit {
    Day,
    Week,
    Month,
    Year,
}

impl Form {
    /// Whether the mention it makes names a month, not a day.
    fn month_precision(self) -> bool {
        matches!(self, Form::Month(_) | Form::Week(_))
            || matches!(self, Form::Ago(unit, _, false) if unit != AgoUnit::Day)
    }
}

/// Which way a weekday reads from the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Toward {
    /// `last Friday`, `past Friday`: strictly before.
    Before,
    /// `next Friday`, `coming Friday`: strictly after.
    After,
    /// `Friday`, `this Friday`: by tense.
    Tense,
    /// `Sunday's strike`: an act already done, the most recent such day on or
    /// before the reference whatever the tense around it.
    Done,
    /// `later on Friday`, `later Friday`: later the same day when the reference is
    /// that day, else the first such day after it.
    Later,
    /// `Monday last week`, `Tuesday of next week`, `Friday this week`: that day of
    /// the week named from the reference's (-1, 1, 0; weeks from Monday).
    Week(i32),
    /// `Saturday afternoon`, `Friday evening`, `Sunday night`: by tense, but in the
    /// future the reference itself when it is that day (`is set to take place on
    /// Saturday afternoon` in a Saturday's paper), a part of the day still ahead.
    DayPart,
}

fn valid(year: Option<i32>, month: u32, day: Option<u32>) -> bool {
    // a year-less date is checked against a leap year so that Feb 29 passes
    NaiveDate::from_ymd_opt(year.unwrap_or(2024), month, day.unwrap_or(1)).is_some()
}

/// Which way a phrase before or after a date points, by its last word: `last`,
/// `past`, `the previous` back (-1); `next`, `coming`, `the following` ahead (1);
/// `this`, `the current`, `the same` here (0).
fn direction(words: &str) -> i32 {
    let last = words.rsplit(char::is_whitespace).next().unwrap_or("");
    match last.to_ascii_lowercase().as_str() {
        "last" | "past" | "previous" => -1,
        "next" | "coming" | "following" => 1,
        _ => 0,
    }
}

/// Written and numeric mentions of `text`, offsets shifted by `base`.
fn explicit_mentions(text: &str, base: usize) -> Vec<Raw> {
    let mut out = Vec::new();
    let re = mention_regex();
    // find with the fast engine, then read the groups on the match alone; a mention
    // cut short (`Dec. 3` of `Dec. 3 and 3 December`) lets the search go on after it
    let mut from = 0;
    while let Some(found) = re.find_at(text, from) {
        from = found.end();
        let slice = &text[found.start()..found.end()];
        let Some(c) = re.captures(slice) else {
            continue;
        };
        let whole = c.get(0).expect("group 0");
        let offset = found.start();
        let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<i64>().ok());
        let rel = |name: &str| c.name(name).map(|m| direction(m.as_str()));
        let mut numeric = false;
        let (year, relative_year, month, day) = if let Some(y) = num("iy") {
            (Some(y), None, num("im").unwrap_or(0) as u32, num("id"))
        } else if let Some(y) = num("ny") {
            let (a, b) = (num("na").unwrap_or(0), num("nb").unwrap_or(0));
            let same_separator =
                c.name("s1").map(|m| m.as_str()) == c.name("s2").map(|m| m.as_str());
            if !same_separator
                || !(1900..=2100).contains(&y)
                || !numeric_stands_alone(text, found.start(), found.end())
            {
                continue;
            }
            // a part above 12 is the day; both at most 12 only when they agree
            let (day, month) = match (a > 12, b > 12) {
                (true, false) => (a, b),
                (false, true) => (b, a),
                (false, false) if a == b => (a, b),
                _ => continue,
            };
            numeric = true;
            (Some(y), None, month as u32, Some(day))
        } else if let Some(m) = c.name("m1") {
            (num("y1"), rel("r1"), month_number(m.as_str()), num("d1"))
        } else if let Some(m) = c.name("m2") {
            (num("y2"), rel("r2"), month_number(m.as_str()), num("d2"))
        } else if let Some(m) = c.name("m3") {
            (num("y3"), rel("r3"), month_number(m.as_str()), None)
        } else if let Some(m) = c.name("m4") {
            let next = &text[offset + m.end()..];
            // (after `for`, `from`, `to` or `than`, a month, not a name: not `May`,
            // `April Jones`, `to June Sarpong`; nor a month's own figure, `up from
            // March's 2.6%`, `the run-up to May's elections`)
            if c.name("pre4").is_some() && c.name("more4").is_none() {
                let name = m.as_str() == "May"
                    || next.starts_with(['\'', '\u{2019}'])
                    // (`a letter to June, his wife`)
                    || [", his ", ", her ", ", their ", ", my ", ", our "]
                        .iter()
                        .any(|a| next.starts_with(a))
                    || next
                        .strip_prefix(' ')
                        .is_some_and(|n| n.starts_with(char::is_uppercase));
                if name {
                    continue;
                }
            }
            // (a month after `the` alone names a time of a thing when a noun
            // follows it: `the March sitting fortnight`, `the October budget`;
            // not `the March of Dimes`, `The May government`)
            let lone = c.name("the4").is_some()
                && m.start() == c.name("the4").map_or(0, |t| t.end())
                && c.name("more4").is_none();
            if lone {
                let after = next.trim_start_matches(' ');
                // (after a preposition of time or aim: `pushed back to the March
                // sitting`, `in the October budget`; not `that the March date was`)
                let prep = word_before(&text[..found.start()]).to_ascii_lowercase();
                let noun = matches!(
                    prep.as_str(),
                    "to" | "for"
                        | "in"
                        | "at"
                        | "during"
                        | "until"
                        | "till"
                        | "by"
                        | "before"
                        | "after"
                ) && after.len() < next.len()
                    && after.starts_with(|ch: char| ch.is_ascii_lowercase())
                    && !next_word_is_function(next)
                    && m.as_str() != "May";
                if !noun {
                    continue;
                }
            }
            if let Some(t) = c.name("that4") {
                // (`That November` opening its sentence, or after a word of time:
                // not `said that November was the wettest month`)
                let prep = word_before(&text[..found.start()]).to_ascii_lowercase();
                let opens = t.as_str() == "That"
                    && text[..found.start()]
                        .trim_end_matches(' ')
                        .ends_with(['.', '\n', '"', '\u{201c}'])
                    || found.start() == 0;
                // (or closing its clause: `backing it for a narrower group of
                // patients that November.`)
                // (not after a saying: `said that November, usually the busiest
                // month, had been disappointing`)
                let said = lexicon::SAYING.contains(&prep.as_str())
                    || matches!(
                        prep.as_str(),
                        "argued" | "noted" | "warned" | "thought" | "believed" | "insisted"
                    );
                let timed = matches!(
                    prep.as_str(),
                    "later" | "earlier" | "early" | "late" | "by" | "in" | "during" | "until"
                ) || ((next.is_empty() || next.starts_with(['.', ',', ';', ')']))
                    && !said);
                if c.name("more4").is_some() || !(opens || timed) {
                    from = found.start() + m.start();
                    continue;
                }
                // (the mention is `that November`: read with the year before it)
                (None, Some(0), month_number(m.as_str()), None)
            } else {
                // (other months after `since` bound a time: `since October last
                // year` is read from the month on)
                // (nor `since October, when asked`: no act of its own)
                let when_act = next
                    .strip_prefix(", when")
                    .filter(|rest| rest.starts_with(' '))
                    .is_some_and(|rest| {
                        let w = word_after(rest).to_ascii_lowercase();
                        !(lexicon::past_form(&w, 3) || w.ends_with("ing"))
                    });
                if c.name("since4").is_some() && !when_act {
                    from = found.start() + m.start();
                    continue;
                }
                if c.name("more4").is_some() {
                    // `in October 2025`, `in March this year`, `in December 2 and 3`:
                    // read from the month on by the other forms
                    from = found.start() + m.start();
                    continue;
                }
                (None, None, month_number(m.as_str()), None)
            }
        } else if let Some(h) = c.name("hol") {
            // (a day only after a preposition: not `the Boxing Day tsunami`, `the
            // Halloween reboot`, `Orthodox Christmas Day`, `Last Christmas Day`)
            let prep = word_before(&text[..found.start()]).to_ascii_lowercase();
            if !matches!(
                prep.as_str(),
                "on" | "by"
                    | "before"
                    | "after"
                    | "until"
                    | "till"
                    | "since"
                    | "over"
                    | "at"
                    | "from"
                    | "through"
                    | "for"
            ) || !text[..found.start()].ends_with(' ')
            {
                continue;
            }
            let (month, day) = holiday(h.as_str());
            (num("hy"), None, month, Some(day))
        } else {
            continue;
        };
        // a list or range of days: `December 3 and 4`, `3-5 December`
        let mut day = day;
        // (a month alone starts at the month, not its preposition)
        let mut start = c
            .name("that4")
            .or(c.name("m4"))
            .map_or(whole.start(), |m| m.start());
        let mut end = whole.end();
        let mut more = None;
        if let (Some(d1), Some(e1)) = (c.name("d1"), c.name("e1")) {
            let joint = &slice[d1.end()..e1.start()];
            let worded = joint.chars().any(|c| c.is_alphabetic() || c == '&');
            // `December 3 and 4 soldiers`: a count, not a day, when a noun follows
            let counted = worded
                && c.name("y1").is_none()
                && c.name("r1").is_none()
                && !next_word_is_function(&text[offset + whole.end()..]);
            let e = num("e1").unwrap_or(0);
            if counted || day.is_none_or(|d| e <= d) || !valid(None, month, Some(e as u32)) {
                end = day_end(slice, d1.end());
                from = offset + end;
            } else {
                more = Some((e as u32, is_range(joint) || between(text, offset)));
            }
        }
        if let (Some(b2), Some(d2)) = (c.name("b2"), c.name("d2")) {
            let b = num("b2").unwrap_or(0);
            if b >= 1 && day.is_some_and(|d| b < d) {
                let range = is_range(&slice[b2.end()..d2.start()]) || between(text, offset);
                more = day.map(|d| (d as u32, range));
                day = Some(b);
            } else {
                start = d2.start();
            }
        }
        let year = year.map(|y| y as i32);
        let day = day.map(|d| d as u32);
        if !valid(year, month, day) {
            continue;
        }
        // `the May 17 Agreement`, `a new March 14 Alliance`: a name, no date (after
        // an article: not `On March 20 Coalition forces crossed`)
        if year.is_none()
            && more.is_none()
            && DATE_NAMED.contains(&word_after(&text[offset + end..]))
            && matches!(
                word_before(&text[..offset + start])
                    .to_ascii_lowercase()
                    .as_str(),
                "the" | "a" | "an" | "new" | "its" | "their"
            )
        {
            continue;
        }
        // a trailing full stop belongs to the sentence, not the date: keep `Dec.` only
        if slice[..end].ends_with('.')
            && c.name("y1").is_none()
            && c.name("d1").is_none()
            && c.name("r3").is_none()
        {
            end -= 1;
        }
        let raw = Raw {
            start: base + offset + start,
            end: base + offset + end,
            form: Form::Explicit {
                year,
                relative_year,
                month,
                day,
                numeric,
                more,
            },
        };
        // `between Dec. 1 and Dec. 3`: one range of the month's days
        if let Some(last) = out.last_mut()
            && let Some(range) = between_pair(text, base, last, &raw)
        {
            *last = range;
            continue;
        }
        out.push(raw);
    }
    out
}

/// Whether `between` is the word right before the mention at `at` in `text`.
fn between(text: &str, at: usize) -> bool {
    word_before(&text[..at]).eq_ignore_ascii_case("between")
}

/// `between A and B`, two days of one month (and year) written in full, read as
/// one range from A to B.
fn between_pair(text: &str, base: usize, a: &Raw, b: &Raw) -> Option<Raw> {
    let (
        Form::Explicit {
            year,
            relative_year,
            month,
            day: Some(d),
            numeric: false,
            more: None,
        },
        Form::Explicit {
            year: y2,
            relative_year: r2,
            month: m2,
            day: Some(e),
            numeric: false,
            more: None,
        },
    ) = (a.form, b.form)
    else {
        return None;
    };
    let joined = text[a.end - base..b.start - base]
        .trim()
        .eq_ignore_ascii_case("and");
    let same = month == m2 && (year == y2 || y2.is_none()) && (relative_year == r2 || r2.is_none());
    (joined && same && d < e && between(text, a.start - base)).then_some(Raw {
        start: a.start,
        end: b.end,
        form: Form::Explicit {
            year,
            relative_year,
            month,
            day: Some(d),
            numeric: false,
            more: Some((e, true)),
        },
    })
}

/// Whether what joins two days makes a range (`3-5`, `3 to 5`, `3 through 5`) rather
/// than a list (`3 and 4`, `3 & 4`).
fn is_range(joint: &str) -> bool {
    let j = joint.to_ascii_lowercase();
    !(j.contains('&') || j.contains("and"))
}

/// Where a day written from `at` ends in `text`: after its digits and ordinal suffix.
fn day_end(text: &str, at: usize) -> usize {
    // (by bytes: the two after a day may split a character, `13 – 13`)
    let rest = text.as_bytes().get(at..).unwrap_or_default();
    let suffix = ["st", "nd", "rd", "th"]
        .iter()
        .any(|s| rest.len() >= 2 && rest[..2].eq_ignore_ascii_case(s.as_bytes()));
    if suffix { at + 2 } else { at }
}

/// Whether the word that starts `rest` (after spaces) is punctuation, the end, or a
/// word that may follow a day ([`AFTER_ORDINAL_DAY`]), rather than a noun.
fn next_word_is_function(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t']);
    let next: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    next.is_empty()
        || AFTER_ORDINAL_DAY.contains(&next.as_str())
        || (rest.starts_with(|c: char| c.is_lowercase()) && verb_after_day(&next))
}

/// Whether a word after an ordinal day is its sentence's verb rather than a noun it
/// numbers (`the strike on the 19th killed`, `on the 2nd wounded`; not `the 5th
/// armored division`).
fn verb_after_day(w: &str) -> bool {
    const MODIFIERS: &[&str] = &["armored", "armoured", "mechanized", "mechanised", "hundred"];
    (lexicon::past_form(w, 4) && !MODIFIERS.contains(&w)) || FINITE.contains(&w)
}

/// A numeric date is not part of a longer run of numbers (`1-19-12-2025`,
/// `19/12/2025/3`, `1.19.12.2025`): a phone number or a version is no date.
fn numeric_stands_alone(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    let (a1, a2) = (after.next(), after.next());
    let joins = |c: Option<char>| matches!(c, Some('-' | '/' | '.' | ':'));
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    !(joins(before) || (joins(a1) && digit(a2)))
}

/// The count a folded word of a relative date says (`three`, `12`, `a`, `an`,
/// `one` in `three days ago`, `two days later`).
fn count_word(w: &str) -> Option<u32> {
    w.parse::<u32>().ok().or(match w {
        // (`one` is no number word of the lexicon: it is a pronoun too)
        "a" | "an" | "one" => Some(1),
        w => lexicon::NUMBER_WORDS
            .iter()
            .find(|(x, _)| *x == w)
            .map(|(_, v)| *v as u32),
    })
}

fn relative_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let days = r"(?P<days>(?i:today|tonight|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)))";
        let weekday = r"(?:(?P<toward>(?i:last|past|next|coming|this))\s+)?(?P<weekday>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?:\s+(?:(?i:of)\s+)?(?P<wweek>(?i:last|next|this))\s+(?i:week))?";
        let ordinal = r"(?i:the)\s+(?P<ord>[0-9]{1,2})(?P<suffix>(?i:st|nd|rd|th))(?-u:\b)(?:\s+of\s+(?P<which>(?i:this|the\s+current|the\s+present|the\s+same|the|last|the\s+previous|the\s+past|next|the\s+coming|the\s+following))\s+(?i:month))?";
        let month = r"(?P<month>(?i:this|last|next))\s+(?i:month)|(?P<week>(?i:this|last|next))\s+(?i:week)|(?P<weekend>(?i:this\s+past|this|last|next|over\s+the|at\s+the|during\s+the))\s+(?i:weekend)";
        let ago = r"(?P<agon>[0-9]{1,2}|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))\s+(?P<agou>(?i:days?|weeks?|months?|years?))\s+(?i:ago)(?:\s+(?P<agotoday>(?i:today)))?";
        Regex::new(&format!(
            r"(?-u:\b)(?:{days}|{weekday}|{ordinal}|{month}|{ago})(?-u:\b)"
        ))
        .expect("relative date regex is valid")
    })
}

/// The right ordinal suffix of a day: `1st`, `2nd`, `3rd`, `11th`, `22nd`.
pub(crate) fn ordinal_suffix(day: u32) -> &'static str {
    match (day % 10, day % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// Words that may follow an ordinal day (`on the 19th in Naqoura`, `the 3rd, when`);
/// any other word is taken for the noun it numbers (`the 14th round`, `the 19th
/// century`, `the 1st Armoured Division`).
const AFTER_ORDINAL_DAY: &[&str] = &[
    "in",
    "on",
    "at",
    "to",
    "from",
    "for",
    "with",
    "by",
    "and",
    "or",
    "but",
    "when",
    "as",
    "after",
    "before",
    "until",
    "till",
    "since",
    "during",
    "is",
    "was",
    "were",
    "will",
    "would",
    "had",
    "has",
    "have",
    "that",
    "which",
    "where",
    "if",
    "so",
    "than",
    "then",
    "because",
    "while",
    "amid",
    "following",
    "through",
    "between",
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// Nouns of an act of war that a possessive weekday names as done (`Sunday's
/// strike`, `Wednesday's deadly raid`): `would not comment on Wednesday's strike`
/// and `would respond to Sunday's attack` do not put it ahead (`Friday's session`
/// may be ahead).
const DONE_ACTS: &[&str] = &[
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "attack",
    "attacks",
    "raid",
    "raids",
    "bombing",
    "bombings",
    "shelling",
    "killing",
    "killings",
    "assassination",
    "blast",
    "explosion",
    "incursion",
    "ambush",
    "clash",
    "clashes",
];

/// Whether `rest`, right after a weekday, is its possessive and an act of
/// [`DONE_ACTS`], at most two words between (`'s strike`, `'s Israeli drone
/// strike`), whose own verb, in the few words after it, tells no future (not
/// `Tuesday's strike would proceed as planned`, `Friday's strike is also expected
/// to affect overflights`).
fn done_after(rest: &str) -> bool {
    let Some(rest) = rest
        .strip_prefix("'s ")
        .or_else(|| rest.strip_prefix("\u{2019}s "))
    else {
        return false;
    };
    let fold = |w: &str| {
        w.trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    // (the act among the first three words, then at most six words of its clause)
    let raw: Vec<&str> = rest.split_whitespace().take(9).collect();
    let Some(act) = (raw.iter().take(3)).position(|w| DONE_ACTS.contains(&fold(w).as_str())) else {
        return false;
    };
    // (the words of its clause after the act, to a stop: none when the act's own
    // word ends it)
    let stop = |w: &str| w.ends_with(['.', ',', ';', ':']);
    let mut clause = Vec::new();
    if !stop(raw[act]) {
        for w in raw.iter().skip(act + 1).take(6) {
            clause.push(fold(w));
            if stop(w) {
                break;
            }
        }
    }
    // (a labour strike going ahead: its act a strike, its verb one of going ahead,
    // never a passive; not `Sunday's strike will be investigated`, `Saturday's
    // attack is expected to deepen tensions`)
    let strike = matches!(fold(raw[act]).as_str(), "strike" | "strikes");
    let going = |n: &str| {
        matches!(
            n,
            "proceed"
                | "go"
                | "take"
                | "begin"
                | "start"
                | "last"
                | "affect"
                | "disrupt"
                | "continue"
                | "run"
                | "cause"
                | "close"
                | "shut"
                | "ground"
        )
    };
    let ahead = strike
        && clause.iter().enumerate().any(|(k, w)| {
            let next = |n: usize| clause.get(k + n).map_or("", String::as_str);
            (matches!(w.as_str(), "will" | "would" | "shall") && going(next(1)))
                || (matches!(w.as_str(), "is" | "are")
                    && (1..=2).any(|n| {
                        matches!(next(n), "expected" | "set" | "due" | "scheduled" | "likely")
                            && next(n + 1) == "to"
                            && going(next(n + 2))
                    }))
        });
    !ahead
}

/// Nouns that make a day without a year before them a name, capitalised, after an
/// article: `the May 17 Agreement`, `the March 14 Alliance`, `the April 6
/// Movement`.
const DATE_NAMED: &[&str] = &[
    "Agreement",
    "Accord",
    "Accords",
    "Alliance",
    "Movement",
    "Revolution",
    "Declaration",
    "Uprising",
    "Coalition",
    "Protocol",
    "Treaty",
    "Memorandum",
    "Bloc",
    "Group",
    "Party",
    "Manifesto",
    "Charter",
    "Initiative",
    "Document",
];

/// Words that make a weekday after them a name (`Good Friday`, `Ash Wednesday`, `Super
/// Tuesday`, `Bloody Sunday`), capitalised.
const NAMED_DAYS: &[&str] = &[
    "good", "black", "ash", "super", "bloody", "cyber", "holy", "maundy", "palm", "easter",
    "shrove", "whit", "giving", "orthodox",
];

/// The word right before the end of `text`, separated from it by spaces only (none
/// after punctuation or a line break): `USA` in `… USA `.
fn word_before(text: &str) -> &str {
    let trimmed = text.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == text.len() {
        return "";
    }
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}'))
        .last()
        .map_or(trimmed.len(), |(i, _)| i);
    &trimmed[start..]
}

/// Capitalised words that make a weekday before them a newspaper's name (`the
/// Sunday Times`, `Sunday Telegraph`, `Sunday Mirror`).
const PAPER_NAMES: &[&str] = &[
    "Times",
    "Telegraph",
    "Express",
    "Mirror",
    "Post",
    "Herald",
    "Observer",
    "Tribune",
    "Mail",
    "Independent",
    "Star",
    "Sport",
    "Magazine",
];

/// The word right at the start of `text` after spaces only (none after
/// punctuation or a line break): `Times` in ` Times reported`.
fn word_after(text: &str) -> &str {
    let trimmed = text.trim_start_matches([' ', '\u{a0}']);
    if trimmed.len() == text.len() {
        return "";
    }
    let end = trimmed
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(trimmed.len(), |(i, _)| i);
    &trimmed[..end]
}

/// Whether a body, whose words are `tokens`, may hold a match of
/// [`relative_regex`]. Every match holds a word of [`lexicon::DAY_WORD`]'s class: a
/// word holding one of [`lexicon::DAY_PARTS`] in a run of ASCII letters, which
/// stays whole inside one word and is only lowered by folding, or an ordinal day
/// (`the 19th`), a word of its own that begins with its digits. Most
/// articles hold no such word, and the pattern is not run over them.
fn may_hold_relative(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| t.class() & lexicon::DAY_WORD != 0)
}

/// Relative mentions of `text` (offsets shifted by `base`), unresolved.
fn relative_mentions(text: &str, base: usize) -> Vec<Raw> {
    let mut out = Vec::new();
    let re = relative_regex();
    for c in re.captures_iter(text) {
        let whole = c.get(0).expect("group 0");
        let before = word_before(&text[..whole.start()]);
        // (where the mention ends: a week's words after a weekday are its own, but
        // not a possessive week, `said on Friday last week's vote had been rigged`)
        let mut end = whole.end();
        let form = if let Some(d) = c.name("days") {
            // `L'Orient Today`, `USA Today`: a capitalised `Today` after a name is part
            // of it (a sentence starts after punctuation or a line break)
            let mut chars = d.as_str().chars();
            let title = chars.next().is_some_and(char::is_uppercase)
                && chars.next().is_some_and(char::is_lowercase);
            if title && before.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            let lower = d.as_str().to_ascii_lowercase();
            Form::Days(if lower.starts_with("the") {
                // `the day before yesterday`, `the day after tomorrow`
                if lower.ends_with("yesterday") { -2 } else { 2 }
            } else if lower == "yesterday" || lower.starts_with("last") {
                -1
            } else if lower == "tomorrow" {
                1
            } else {
                0
            })
        } else if let Some(w) = c.name("weekday") {
            // a day's name is a proper noun: `Friday`, `FRIDAY`, not `friday`
            if !w.as_str().starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            // `Good Friday`, `Super Tuesday`: a name, not a day of this week
            if c.name("toward").is_none()
                && before.starts_with(|c: char| c.is_uppercase())
                && NAMED_DAYS.contains(&before.to_lowercase().as_str())
            {
                continue;
            }
            // `the Sunday Times`, `Sunday Telegraph`: a newspaper named for its day
            if c.name("toward").is_none() && PAPER_NAMES.contains(&word_after(&text[whole.end()..]))
            {
                continue;
            }
            // `every Friday`, `each Sunday`: a habit, no day
            if c.name("toward").is_none()
                && matches!(before.to_ascii_lowercase().as_str(), "every" | "each")
            {
                continue;
            }
            let Ok(day) = w.as_str().parse::<Weekday>() else {
                continue;
            };
            let week = c.name("wweek").filter(|_| {
                !(text[whole.end()..].starts_with("'s")
                    || text[whole.end()..].starts_with("\u{2019}s"))
            });
            if c.name("wweek").is_some() && week.is_none() {
                end = w.end();
            }
            let toward = match c.name("toward").map(|t| direction(t.as_str())) {
                // (`Monday last week`: the week names the day, whatever before it)
                _ if week.is_some() => Toward::Week(week.map_or(0, |k| direction(k.as_str()))),
                Some(-1) => Toward::Before,
                Some(1) => Toward::After,
                _ if done_after(&text[end..]) => Toward::Done,
                _ if later_before(&text[..whole.start()]) => Toward::Later,
                _ if matches!(
                    word_after(&text[end..]).to_ascii_lowercase().as_str(),
                    "afternoon" | "evening" | "night"
                ) =>
                {
                    Toward::DayPart
                }
                _ => Toward::Tense,
            };
            Form::Weekday(day, toward)
        } else if let Some(n) = c.name("ord") {
            let Ok(day) = n.as_str().parse::<u32>() else {
                continue;
            };
            let suffix = c.name("suffix").map_or("", |s| s.as_str());
            if !(1..=31).contains(&day) || !suffix.eq_ignore_ascii_case(ordinal_suffix(day)) {
                continue;
            }
            let month = match c.name("which") {
                Some(w) => Some(direction(w.as_str())),
                // not when a noun follows: `the 14th round`
                None if !next_word_is_function(&text[whole.end()..]) => continue,
                None => None,
            };
            Form::Ordinal(day, month)
        } else if let Some(k) = c.name("weekend") {
            // (not `the last weekend of January`, `every last weekend`)
            if matches!(
                before.to_ascii_lowercase().as_str(),
                "the" | "a" | "every" | "each" | "per"
            ) || word_after(&text[whole.end()..]).eq_ignore_ascii_case("of")
            {
                continue;
            }
            let k = k.as_str().to_ascii_lowercase();
            // (`this weekend` by its tense too: `gathered in Beirut this weekend`
            // told on a Monday is the one just past)
            Form::Weekend(match k.split_whitespace().next() {
                Some("last") => Some(-1),
                Some("next") => Some(1),
                _ => None,
            })
        } else if let Some((m, week)) =
            (c.name("month").map(|m| (m, false))).or_else(|| c.name("week").map(|m| (m, true)))
        {
            // `over the last month`, `in the next month`, `every last month`, `over
            // the last week`: a span of time, not a month or week of the calendar
            if matches!(
                before.to_ascii_lowercase().as_str(),
                "the" | "a" | "every" | "per" | "each" | "within"
            ) {
                continue;
            }
            let k = direction(m.as_str());
            if week { Form::Week(k) } else { Form::Month(k) }
        } else if let (Some(n), Some(u)) = (c.name("agon"), c.name("agou")) {
            let n = n.as_str().to_ascii_lowercase();
            let Some(n) = count_word(&n) else {
                continue;
            };
            let unit = match u.as_str().to_ascii_lowercase().trim_end_matches('s') {
                "day" => AgoUnit::Day,
                "week" => AgoUnit::Week,
                "month" => AgoUnit::Month,
                _ => AgoUnit::Year,
            };
            Form::Ago(unit, n, c.name("agotoday").is_some())
        } else {
            continue;
        };
        out.push(Raw {
            start: base + whole.start(),
            end: base + end,
            form,
        });
    }
    out
}

/// The document's reference date: `published`, else a full date in the first three
/// non-blank lines of the body (`body`): a dateline (`BEIRUT, Dec 19, 2025 (AFP) –`,
/// `NAQOURA, Lebanon, Dec. 19, 2025 (Reuters) -`) or a line that is only a date, a
/// time, a time zone and a label allowed (`19-12-2025 | 12:50`, `Published: December
/// 19, 2025 12:50 GMT`).
pub fn reference(body: &str, published: Option<NaiveDate>) -> Option<Reference> {
    reference_from(published, dateline(body))
}

/// [`reference`], given the body's [`dateline`] already read.
fn reference_from(
    published: Option<NaiveDate>,
    dateline: Option<(usize, usize, Option<NaiveDate>)>,
) -> Option<Reference> {
    if let Some(date) = published {
        return Some(Reference {
            date,
            from: ReferenceFrom::Published,
        });
    }
    dateline
        .and_then(|(_, _, date)| date)
        .map(|date| Reference {
            date,
            from: ReferenceFrom::Dateline,
        })
}

/// The date of the article's dateline or date line, if one of the first three
/// non-blank lines of `body` is one: its byte range in `body` and its full date (none
/// when it has no year: `BEIRUT, Dec 19 (Reuters) -`). It dates the report, not what
/// the report tells, so it is no date mention of the text.
fn dateline(body: &str) -> Option<(usize, usize, Option<NaiveDate>)> {
    let mut offset = 0;
    body.split_inclusive('\n')
        .map(|l| {
            let at = offset;
            offset += l.len();
            (at, l.trim_end_matches(['\n', '\r']))
        })
        .filter(|(_, l)| !l.trim().is_empty())
        .take(3)
        .find_map(|(at, l)| dateline_date(l).map(|(s, e, d)| (at + s, at + e, d)))
}

/// How much of a line a dateline's date or a date line may take.
const DATELINE_CHARS: usize = 160;

/// Whether `before` (what precedes a date on its line) is a dateline's place: a
/// capital and at most 60 more characters, perhaps a wire in brackets, then a comma
/// or a dash. Written `{0,60}?` in the pattern, the class would be compiled 60
/// times (about 20 ms, most of a small run's); as `*?` it is compiled once, and the
/// shortest stretch it can take is the one checked: if that is too long, so is any.
fn place_before(before: &str) -> bool {
    static PLACE: OnceLock<Regex> = OnceLock::new();
    let place = PLACE.get_or_init(|| {
        Regex::new(r"^\s*\p{Lu}(?P<name>[\p{L}\p{M}'’.\- ,/]*?)(?:\([^)]{1,40}\)\s*)?(?:,|\s[-\u{2013}\u{2014}])\s*$")
            .expect("dateline place regex is valid")
    });
    place
        .captures(before)
        .is_some_and(|c| c["name"].chars().count() <= 60)
}

/// The date of a dateline or date line, if `line` is one: its byte range in the line
/// and its full date (none without a year).
fn dateline_date(line: &str) -> Option<(usize, usize, Option<NaiveDate>)> {
    static REST: OnceLock<Regex> = OnceLock::new();
    static AFTER: OnceLock<Regex> = OnceLock::new();
    // what may stand beside the date on a line that is only a date
    let rest = REST.get_or_init(|| {
        Regex::new(
            r"^(?:\s|[|,·•/:()\-\u{2013}\u{2014}#*_]|(?i:published|updated?|posted|last|first|modified|created|date|time)(?-u:\b)(?:[\s:]*(?i:on|at)(?-u:\b))?|(?:(?i:at)\s+)?[0-9]{1,2}[:.h][0-9]{2}(?:[:.][0-9]{2})?(?:\s*(?i:[ap]\.?m\.?))?|(?:GMT|UTC|CET|CEST|EET|EEST|BST|EST|EDT|CST|CDT|PST|PDT|ET|PT|CT|AST|IST|MSK|EAT|JST)(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?|[+-][0-9]{2}:?[0-9]{2}|(?i:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?i:day)?(?-u:\b)\.?)*$",
        )
        .expect("date line regex is valid")
    });
    // after it, a wire in brackets and a dash, or nothing
    let after = AFTER.get_or_init(|| {
        Regex::new(r"^\s*(?:\([^)]{1,40}\)\s*)?(?:[-\u{2013}\u{2014}:|]|$)")
            .expect("dateline regex is valid")
    });
    // the date stands near the start of a dateline; a long line is read no further
    let mut cut = line.len().min(DATELINE_CHARS);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    // the date must have a day: a line without a digit has none (the usual
    // headline), and is not searched
    if !line.as_bytes()[..cut].iter().any(u8::is_ascii_digit) {
        return None;
    }
    explicit_mentions(&line[..cut], 0)
        .into_iter()
        .find_map(|r| {
            let Form::Explicit {
                year,
                relative_year: None,
                month,
                day: Some(d),
                ..
            } = r.form
            else {
                return None;
            };
            let date = year.and_then(|y| NaiveDate::from_ymd_opt(y, month, d));
            let (before, beyond) = (&line[..r.start], &line[r.end..]);
            let only_a_date =
                line.len() <= DATELINE_CHARS && rest.is_match(&format!("{before} {beyond}"));
            let dateline = place_before(before) && after.is_match(beyond);
            (only_a_date || dateline).then_some((r.start, r.end, date))
        })
}

/// Every date mention of a document, offsets into `text` (the whole file, its body
/// starting at `body_start`), with `tokens` and `clauses` of the body as
/// [`crate::text::tokenize`] and [`crate::text::clauses`] give them (tense is read
/// from them). Years of year-less mentions: written, else the reference date's
/// (`published`, else the dateline's), else the nearest earlier full date's, else
/// unknown. Relative mentions are read against the reference date; without one they
/// are no mentions (`November 27 last year` is then a year-less `November 27` of an
/// unknown year).
pub fn mentions(
    text: &str,
    body_start: usize,
    tokens: &[Token],
    clauses: &[u32],
    published: Option<NaiveDate>,
) -> Vec<DateMention> {
    let body = &text[body_start..];
    let line = dateline(body);
    let reference = reference_from(published, line);
    let dateline = line.map(|(s, e, d)| (body_start + s, body_start + e, d));
    let mut raws = explicit_mentions(body, body_start);
    if reference.is_some() && may_hold_relative(tokens) {
        let relative = relative_mentions(body, body_start);
        raws = merge(text, raws, relative);
    }
    let mut last_written: Option<NaiveDate> = None;
    // the last day read from a written date: where it ends, and the day
    let mut last_day: Option<(usize, NaiveDate)> = None;
    // the last month written with its year: where it ends, its year and month
    let mut last_month_year: Option<(usize, i32, u32)> = None;
    // the last weekday read by tense: where it ends, and its day
    let mut last_weekday: Option<(usize, NaiveDate)> = None;
    let mut out = Vec::with_capacity(raws.len());
    for r in raws {
        // the dateline dates the report: it gives its year, but says nothing of what
        // the report tells (its digits are no numbers either)
        let in_dateline = dateline.is_some_and(|(s, e, _)| r.start < e && s < r.end);
        // (read once, when first asked)
        let told_ahead = std::cell::OnceCell::new();
        let future =
            || *told_ahead.get_or_init(|| is_future(text, tokens, clauses, r.start, r.end));
        match r.form {
            Form::Explicit {
                year,
                relative_year,
                month,
                day,
                numeric,
                more,
            } => {
                let (year, basis) = match (year, relative_year, reference) {
                    (Some(y), _, _) => {
                        if let Some(d) = day.and_then(|d| NaiveDate::from_ymd_opt(y, month, d)) {
                            last_written = Some(d);
                        }
                        last_month_year = Some((r.end, y, month));
                        let basis = if numeric {
                            Basis::Numeric
                        } else {
                            Basis::Written
                        };
                        (Some(y), basis)
                    }
                    // (`in September of that year`: the year written last before it)
                    (None, Some(_), _)
                        if text[r.start..r.end]
                            .to_ascii_lowercase()
                            .ends_with("that year") =>
                    {
                        match year_before(text, tokens, r.start) {
                            Some(y) => (Some(y), Basis::SentenceYear(y)),
                            None => (None, Basis::Unknown),
                        }
                    }
                    // (`That November`: the same; none with no year before)
                    (None, Some(_), _)
                        if text[r.start..r.end]
                            .get(..5)
                            .is_some_and(|w| w.eq_ignore_ascii_case("that ")) =>
                    {
                        match year_before(text, tokens, r.start) {
                            Some(y) => (Some(y), Basis::SentenceYear(y)),
                            None => continue,
                        }
                    }
                    (None, Some(k), Some(re)) => (Some(re.date.year() + k), Basis::Reference(re)),
                    (None, None, _) if let Some(y) = sentence_year(text, tokens, r.start) => {
                        (Some(y), Basis::SentenceYear(y))
                    }
                    (None, None, _)
                        if let Some(y) = last_month_year
                            .and_then(|at| month_year_before(text, tokens, at, r.start, month)) =>
                    {
                        (Some(y), Basis::SentenceYear(y))
                    }
                    (None, None, Some(re)) => {
                        // (`since the Nov. 27 ceasefire`: a day since which time
                        // has passed is never after the reference)
                        let since = || {
                            let at = tokens.partition_point(|t| t.start < r.start);
                            (at.saturating_sub(2)..at).any(|k| tokens[k].folded() == "since")
                        };
                        let past = || told_past(text, tokens, clauses, r.start);
                        let ahead = || future() || decided(text, tokens, clauses, r.start);
                        // (a day ahead of an act told beside it, which may lie on
                        // either side of the reference: the nearer year)
                        let year = match day {
                            Some(d) if ahead_of_its_act(text, tokens, clauses, r.start) => {
                                nearer_year(re.date, month, d)
                            }
                            // (a month a plan is moved to is ahead: `delayed Asteria
                            // II from April to September`; the month it was moved
                            // from, or one a plan told as past was set for, is the
                            // nearer: `had been scheduled for April`)
                            // (`next January` is never this January)
                            None if word_before(&text[..r.start]).eq_ignore_ascii_case("next") => {
                                re.date.year() + i32::from(month <= re.date.month())
                            }
                            None => match month_of_a_plan(text, tokens, clauses, r.start) {
                                Some(true) => re.date.year() + i32::from(month < re.date.month()),
                                Some(false) => nearer_year(re.date, month, 15),
                                None => nearest_year(re.date, month, day, ahead, past, since),
                            },
                            _ => nearest_year(re.date, month, day, ahead, past, since),
                        };
                        (Some(year), Basis::Reference(re))
                    }
                    (None, Some(_), None) => (None, Basis::Unknown),
                    (None, None, None) => match last_written {
                        Some(d) => (Some(d.year()), Basis::EarlierDate(d)),
                        None => (None, Basis::Unknown),
                    },
                };
                let basis = if in_dateline { Basis::Dateline } else { basis };
                // each day of a list or range (`3 and 4 December`, `December 3-5`)
                let days = match (day, more) {
                    (Some(d), Some((last, true))) => (d..=last).collect(),
                    (Some(d), Some((last, false))) => vec![d, last],
                    _ => vec![day.unwrap_or(0)],
                };
                for d in days {
                    let day = day.map(|_| d);
                    if valid(year, month, day) {
                        if let Some(date) = year
                            .zip(day)
                            .and_then(|(y, d)| NaiveDate::from_ymd_opt(y, month, d))
                        {
                            last_day = Some((r.end, date));
                        }
                        out.push(DateMention {
                            start: r.start,
                            end: r.end,
                            year,
                            month,
                            day,
                            basis,
                        });
                    }
                }
            }
            form => {
                let Some(re) = reference.filter(|_| !in_dateline) else {
                    continue;
                };
                // `the Saturday` after a written day in its sentence is that week's:
                // `on Friday 27 March, …, with the first vehicles allowed across at
                // 6am on the Saturday`
                let that_week = match (form, last_day) {
                    (Form::Weekday(day, Toward::Tense), Some((end, first)))
                        if end <= r.start
                            && (text.get(r.start.saturating_sub(4)..r.start))
                                .is_some_and(|b| b.eq_ignore_ascii_case("the "))
                            && !ends_sentence(&text[end..r.start])
                            // (of a plan ahead, told in order: not `announced on
                            // Monday 2 March, followed a recount on the Saturday`,
                            // `sold out on the Saturday before`)
                            && first >= re.date
                            && !matches!(word_after(&text[r.end..]), "before" | "after")
                            && !text[end..r.start].contains("follow") =>
                    {
                        (0..7u64)
                            .filter_map(|k| first.checked_add_days(chrono::Days::new(k)))
                            .find(|d| d.weekday() == day)
                            .map(|d| (d, first))
                    }
                    _ => None,
                };
                if let Some((d, first)) = that_week {
                    out.push(DateMention {
                        start: r.start,
                        end: r.end,
                        year: Some(d.year()),
                        month: d.month(),
                        day: Some(d.day()),
                        basis: Basis::Offset(first),
                    });
                    continue;
                }
                let resolved = if matches!(form, Form::Weekday(_, Toward::Tense))
                    && called_off_plan(text, tokens, clauses, r.start)
                {
                    // a plan called off: the nearer such day, past or ahead (`a
                    // session set for Wednesday was called off`, told on a Tuesday
                    // or on a Thursday)
                    let (back, ahead) = (
                        resolve(form, re.date, || false),
                        resolve(form, re.date, || true),
                    );
                    match (back, ahead) {
                        (Some(b), Some(a)) if (a - re.date) < (re.date - b) => Some(a),
                        (b, a) => b.or(a),
                    }
                } else if let Form::Weekday(day, Toward::Tense) = form
                    // (an arrangement is told ahead: its own walk only then)
                    && future()
                    && arranged_at(text, tokens, clauses, r.start)
                {
                    // an arrangement is ahead, or on the day itself (`are marching
                    // through London on Saturday` in a Saturday's paper)
                    resolve(Form::Weekday(day, Toward::DayPart), re.date, || true)
                } else if let Form::Weekend(None) = form {
                    // (a weekend told in the present is the one ahead: `both have
                    // full rounds this weekend` in a Tuesday paper)
                    resolve(form, re.date, || {
                        future() || present_told(text, tokens, clauses, r.start)
                    })
                } else {
                    resolve(form, re.date, future)
                };
                // a weekday listed after another is not before it: `declared
                // Monday and Tuesday public holidays` told on a Monday is today
                // and tomorrow, `from Friday to Monday` told on a Saturday ends
                // two days after
                let tense_day = matches!(form, Form::Weekday(_, Toward::Tense));
                let resolved = match (resolved, last_weekday) {
                    (Some(d), Some((end, first)))
                        if tense_day
                            && d < first
                            && listed_after(&text[end.min(r.start)..r.start]) =>
                    {
                        d.checked_add_days(chrono::Days::new(7))
                    }
                    _ => resolved,
                };
                last_weekday = resolved.filter(|_| tense_day).map(|d| (r.end, d));
                // (a weekend is its two days)
                let sunday = resolved
                    .filter(|_| matches!(form, Form::Weekend(_)))
                    .and_then(|d| d.succ_opt());
                for d in resolved.into_iter().chain(sunday) {
                    out.push(DateMention {
                        start: r.start,
                        end: r.end,
                        year: Some(d.year()),
                        month: d.month(),
                        day: (!form.month_precision()).then(|| d.day()),
                        basis: Basis::Reference(re),
                    });
                }
            }
        }
    }
    // (most texts hold no offset: its unit is a word of its own)
    if tokens.iter().any(|t| {
        matches!(
            t.folded(),
            "day" | "days" | "week" | "weeks" | "morning" | "afternoon" | "evening" | "night"
        )
    }) {
        fill_offsets(text, &mut out);
    }
    fill_spans(text, &mut out);
    out
}

/// Whether the words between two weekdays list them (`Monday and Tuesday`,
/// `Friday to Monday`, `Monday through Wednesday`, `Monday-Tuesday`, `Monday
/// and on Tuesday`).
fn listed_after(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    !gap.contains(['.', ';', '\n'])
        && matches!(
            words.as_slice(),
            ["and" | "or" | "to" | "through" | "until" | "till" | "-" | "–" | ","]
                | ["and" | "or", "on"]
        )
}

/// `a day after`, `two days before`, `the day after` right before a day told
/// (`A day after Sunday's elections`), else counted back from the nearest day
/// told before it in its sentence (in the 300 bytes before: `will meet on Friday,
/// a day after Salam receives Ortagus` is Thursday); and `two days later`, `a
/// week earlier`, `the next day`, `the following day` (or `morning`, `afternoon`,
/// `evening`, `night`), `the same day` after one
/// (`on March 3 … Two days later`, the nearest day told before it, in the 600
/// bytes before; so does `the day before` set off by a comma, `The day before,
/// M23 had seized Luvungi`): the day they count to, a mention of those words
/// ([`Basis::Offset`]). Not inside a mention already read (`the day after
/// tomorrow`), nor a period (`in the two days before the vote`). Hours (`hours
/// after`) may cross a midnight and count no day.
fn fill_offsets(text: &str, out: &mut Vec<DateMention>) {
    static OFFSET: OnceLock<Regex> = OnceLock::new();
    if out.is_empty() {
        return;
    }
    let re = OFFSET.get_or_init(|| {
        Regex::new(
            r"(?i)(?-u:\b)(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2}|the)\s+(?P<unit>days?|weeks?)|the\s+(?P<rel>next|following|same)\s+(?:day|morning|afternoon|evening|night))(?:\s+(?P<dir>later|earlier|after|before))?(?-u:\b)",
        )
        .expect("offset pattern")
    });
    let mut added = Vec::new();
    for c in re.captures_iter(text) {
        let whole = c.get(0).expect("match");
        if out
            .iter()
            .any(|m| m.start < whole.end() && whole.start() < m.end)
            || matches!(
                word_before(&text[..whole.start()])
                    .to_ascii_lowercase()
                    .as_str(),
                "the" | "those" | "these" | "in" | "within" | "for" | "over" | "during"
            )
        {
            continue;
        }
        // (a delay's length, not a day: `three weeks later than planned`, `two
        // days earlier than expected`)
        if c.name("dir").is_some() && word_after(&text[whole.end()..]).eq_ignore_ascii_case("than")
        {
            continue;
        }
        let dir = c.name("dir").map(|d| d.as_str().to_ascii_lowercase());
        let weeks = c
            .name("unit")
            .is_some_and(|u| u.as_str().to_ascii_lowercase().starts_with("week"));
        let (n, sign) = match (c.name("n"), c.name("rel"), dir.as_deref()) {
            (Some(n), None, Some(d)) => {
                let n = n.as_str().to_ascii_lowercase();
                let count = if n == "the" { Some(1) } else { count_word(&n) };
                let Some(count) = count.map(i64::from) else {
                    continue;
                };
                // (`the day after` only before a day: `the days before` is no offset)
                let unit = c.name("unit").map_or("", |u| u.as_str());
                if n == "the"
                    && (!unit.eq_ignore_ascii_case("day") || !matches!(d, "after" | "before"))
                {
                    continue;
                }
                let count = if weeks { count * 7 } else { count };
                (
                    count,
                    if matches!(d, "later" | "after") {
                        1
                    } else {
                        -1
                    },
                )
            }
            (None, Some(rel), None) => {
                let same = rel.as_str().eq_ignore_ascii_case("same");
                (i64::from(!same), 1)
            }
            _ => continue,
        };
        if !(0..=60).contains(&n) {
            continue;
        }
        let mut sign = sign;
        // (set off by a comma, with no day of its own: `The day before, M23
        // fighters had seized Luvungi` counts from the day told last, as `later`
        // and `earlier` do)
        let fronted = text[whole.end()..].starts_with(',');
        let anchor = if matches!(dir.as_deref(), Some("after" | "before")) && !fronted {
            // the day right after it (`A day after Sunday's elections`), else the
            // day right before it, counted back (`will meet on Friday, a day after
            // Salam receives Ortagus`: Thursday)
            let rest = &text[whole.end()..];
            let at = whole.end() + (rest.len() - rest.trim_start().len());
            // (in its sentence: `were still fighting the blaze on Saturday, a day
            // after it was struck`)
            out.iter().find(|m| m.start == at).or_else(|| {
                sign = -sign;
                out.iter()
                    .rev()
                    .find(|m| m.end <= whole.start())
                    .filter(|m| {
                        whole.start() - m.end < 300
                            && !text[m.end..whole.start()].contains(['.', '!', '?', '\n', ';'])
                    })
            })
        } else {
            out.iter()
                .rev()
                .find(|m| m.end <= whole.start() && whole.start() - m.end < 600)
        };
        let Some(anchor) = anchor.filter(|m| m.basis != Basis::Dateline) else {
            continue;
        };
        let Some(from) = anchor.date() else {
            continue;
        };
        let Some(day) = from.checked_add_signed(chrono::TimeDelta::days(n * sign)) else {
            continue;
        };
        added.push(DateMention {
            start: whole.start(),
            end: whole.end(),
            year: Some(day.year()),
            month: day.month(),
            day: Some(day.day()),
            basis: Basis::Offset(from),
        });
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| m.start);
    }
}

/// The days inside a span of two mentions, each a mention of the span's words, as
/// each day of a range in one month is (`December 3-5`): `from Monday to
/// Wednesday`, `from Nov. 30 to Dec. 2`, `Nov. 30-Dec. 2`, `between March 30 and
/// April 2`. Not a plan moved from one day to another (`was postponed from Monday
/// to Wednesday`), nor a span of more than a month.
fn fill_spans(text: &str, out: &mut Vec<DateMention>) {
    const MOVED: &[&str] = &[
        "moved",
        "postponed",
        "delayed",
        "pushed",
        "rescheduled",
        "brought",
        "shifted",
        "changed",
        "switched",
        "back",
        "forward",
        "put",
        "off",
        "move",
        "postpone",
        "delay",
    ];
    let mut days = Vec::new();
    for pair in out.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.basis == Basis::Dateline || b.basis == Basis::Dateline || a.end > b.start {
            continue;
        }
        let (Some(x), Some(y)) = (a.date(), b.date()) else {
            continue;
        };
        let Some(gap) = text.get(a.end..b.start) else {
            continue;
        };
        // (the gap first: most pairs of mentions are no span)
        let opener = || word_before(&text[..a.start]).to_ascii_lowercase();
        // (clock times beside the days: `from 8pm on Friday until 6am on Monday`)
        let timed_opener = || clocked_opener(&text[..a.start]);
        // (a move from one day to another is no span: `postponed from Friday to
        // Monday`, `moved from 3pm on Saturday to 5.30pm on Monday`)
        let moved = || {
            let mut head = &text[..a.start];
            let skip = if timed_opener() { 3 } else { 1 };
            for _ in 0..skip {
                let trimmed = head.trim_end_matches([' ', '\u{a0}']);
                head = &trimmed[..trimmed.len() - word_before(head).len()];
            }
            MOVED.contains(&word_before(head).to_ascii_lowercase().as_str())
        };
        let span = match unclocked(gap) {
            "-" | "\u{2013}" => true,
            g if ["to", "through", "until", "till"]
                .iter()
                .any(|w| g.eq_ignore_ascii_case(w)) =>
            {
                (opener() == "from" || timed_opener()) && !moved()
            }
            g if g.eq_ignore_ascii_case("and") => opener() == "between",
            _ => false,
        };
        if !span || !(2..=31).contains(&(y - x).num_days()) {
            continue;
        }
        for d in x.iter_days().skip(1).take_while(|d| *d < y) {
            days.push(DateMention {
                start: a.start,
                end: b.end,
                year: Some(d.year()),
                month: d.month(),
                day: Some(d.day()),
                // (the basis of the end read against something, for its reason)
                basis: if a.basis == Basis::Written {
                    b.basis
                } else {
                    a.basis
                },
            });
        }
    }
    if !days.is_empty() {
        out.extend(days);
        out.sort_by_key(|m| m.start);
    }
}

/// Whether a word is a clock time (`8pm`, `6.30am`, `9:27p.m.`, `midnight`).
fn clock_word(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    let digits = w.trim_end_matches(['a', 'p', 'm', '.']);
    matches!(w.as_str(), "midnight" | "noon" | "midday")
        || (!digits.is_empty()
            && digits.len() < w.len()
            && digits
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.')))
}

/// The gap between two days with their clock times left out (`until 6am on` →
/// `until`), trimmed as it is otherwise.
fn unclocked(gap: &str) -> &str {
    let mut words = gap.split_whitespace();
    match (words.next(), words.next(), words.next(), words.next()) {
        (Some(to), Some(t), Some("on"), None) if clock_word(t) => to,
        _ => gap.trim(),
    }
}

/// Whether the text before a day ends in `from`, a clock time and `on` (`from 8pm
/// on`): a span told with its hours.
fn clocked_opener(before: &str) -> bool {
    let mut back = before.split_whitespace().rev();
    matches!(
        (back.next(), back.next(), back.next()),
        (Some("on"), Some(t), Some(from)) if clock_word(t) && from.eq_ignore_ascii_case("from")
    )
}

/// The year of a year-less day (`Dec. 30`) read against `reference`: the reference's,
/// unless that puts the day more than nine months after the reference in a clause that
/// is not in the future tense (`Dec. 30` published 2026-01-02 is 2025-12-30), or more
/// than nine months before it in one that is (`will resume on Jan. 15` published
/// 2025-12-04 is 2026-01-15). A day told in the past tense more than a month after
/// the reference is last year's (`which the cabinet welcomed on Sept. 5` published
/// 2026-01-13 is 2025-09-05), and a day told in the future more than a month before
/// it next year's (`will take office on March 11` published 2025-11-17 is
/// 2026-03-11). A day after `since` is never after the reference (`since the Nov.
/// 27 ceasefire` published 2025-10-28 is 2024-11-27).
fn nearest_year(
    reference: NaiveDate,
    month: u32,
    day: Option<u32>,
    future: impl Fn() -> bool,
    past: impl Fn() -> bool,
    since: impl Fn() -> bool,
) -> i32 {
    let year = reference.year();
    // a month alone (`in October`): a month after the reference's is last year's in
    // the past, one before it next year's in the future
    let Some(day) = day else {
        let now = reference.month();
        return if month > now && !future() {
            year - 1
        } else if month < now && future() {
            year + 1
        } else {
            year
        };
    };
    let Some(date) = NaiveDate::from_ymd_opt(year, month, day) else {
        return year;
    };
    let days = (date - reference).num_days();
    if (days > NINE_MONTHS && !future()) || (days > 31 && past()) || (days > 0 && since()) {
        year - 1
    } else if days < -31 && future() {
        // (`will take office on March 11` in a November paper: next March)
        year + 1
    } else {
        year
    }
}

/// Nine months, in days: a year-less day nearer the reference than this takes its year
/// (AP style writes the year only when it is not the current one).
const NINE_MONTHS: i64 = 273;

/// Explicit and relative mentions in text order: a relative one overlapping an
/// explicit one is dropped (`the 19th of December` is explicit), and a weekday right
/// before another mention (`Wednesday 3 December 2025`, `Wednesday the 3rd`) is part
/// of it.
fn merge(text: &str, explicit: Vec<Raw>, relative: Vec<Raw>) -> Vec<Raw> {
    let overlaps = |a: &Raw, b: &Raw| a.start < b.end && b.start < a.end;
    // explicit mentions are in order and apart, so their ends are in order too
    let relative: Vec<Raw> = relative
        .into_iter()
        .filter(|r| {
            let i = explicit.partition_point(|e| e.end <= r.start);
            !explicit.get(i).is_some_and(|e| overlaps(e, r))
        })
        .collect();
    let mut all = explicit;
    all.extend(relative);
    all.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Raw> = Vec::with_capacity(all.len());
    for r in all {
        if let Some(prev) = out.last()
            && matches!(
                prev.form,
                Form::Weekday(
                    _,
                    Toward::Tense | Toward::Done | Toward::Later | Toward::DayPart
                )
            )
            && text[prev.end..r.start]
                .chars()
                .all(|c| c.is_whitespace() || c == ',')
            && !matches!(
                r.form,
                Form::Weekday(..)
                    | Form::Days(_)
                    | Form::Month(_)
                    | Form::Week(_)
                    | Form::Weekend(_)
                    | Form::Ago(..)
            )
        {
            let start = prev.start;
            out.pop();
            out.push(Raw { start, ..r });
            continue;
        }
        out.push(r);
    }
    out
}

/// Whether `before` (the text before a weekday) ends with `later` or `later on`
/// (`was due to visit later on Friday`).
fn later_before(before: &str) -> bool {
    let b = before.trim_end();
    let b = b
        .strip_suffix(" on")
        .or_else(|| b.strip_suffix(" On"))
        .unwrap_or(b)
        .trim_end();
    b.len() >= 5
        && b.is_char_boundary(b.len() - 5)
        && b[b.len() - 5..].eq_ignore_ascii_case("later")
        && !b[..b.len() - 5].ends_with(|c: char| c.is_alphanumeric())
}

/// The Monday of the week `k` weeks from `reference`'s (weeks from Monday).
fn week_monday(reference: NaiveDate, k: i32) -> Option<NaiveDate> {
    reference
        .checked_sub_signed(chrono::TimeDelta::days(
            reference.weekday().num_days_from_monday().into(),
        ))?
        .checked_add_signed(chrono::TimeDelta::days(7 * i64::from(k)))
}

/// The date a relative mention names, read against `reference`; `future` says
/// whether its clause speaks of the future (asked only when it matters).
fn resolve(form: Form, reference: NaiveDate, future: impl Fn() -> bool) -> Option<NaiveDate> {
    let day_after = |d: NaiveDate| d.succ_opt();
    let day_before = |d: NaiveDate| d.pred_opt();
    match form {
        Form::Explicit { .. } => None,
        Form::Days(k) => reference.checked_add_signed(chrono::TimeDelta::days(k)),
        // the reference itself if it is that day, else the first such day after
        // (a Sunday paper's `this week`, told ahead, is the week to come)
        Form::Weekday(w, Toward::Week(k)) => week_monday(
            reference,
            if k == 0 && reference.weekday() == Weekday::Sun && future() {
                1
            } else {
                k
            },
        )?
        .checked_add_signed(chrono::TimeDelta::days(w.num_days_from_monday().into())),
        Form::Weekday(w, toward)
            if toward == Toward::Later || (toward == Toward::DayPart && future()) =>
        {
            let mut d = reference;
            while d.weekday() != w {
                d = day_after(d)?;
            }
            Some(d)
        }
        Form::Weekday(w, toward) => {
            let forward = match toward {
                Toward::Later => true,
                Toward::Before | Toward::Done | Toward::DayPart | Toward::Week(_) => false,
                Toward::After => true,
                Toward::Tense => future(),
            };
            if forward {
                // the first such day after the reference
                let mut d = day_after(reference)?;
                while d.weekday() != w {
                    d = day_after(d)?;
                }
                Some(d)
            } else {
                // the most recent such day on (bare) or before (`last`) the reference
                let mut d = if toward == Toward::Before {
                    day_before(reference)?
                } else {
                    reference
                };
                while d.weekday() != w {
                    d = day_before(d)?;
                }
                Some(d)
            }
        }
        Form::Ordinal(day, Some(k)) => month_from(reference, k)?.with_day(day),
        // the first day of the month, for its month
        Form::Month(k) => month_from(reference, k),
        // its Saturday
        Form::Weekend(k) => {
            let on_it = matches!(reference.weekday(), Weekday::Sat | Weekday::Sun);
            let k = k.unwrap_or(if future() || on_it { 0 } else { -1 });
            week_monday(reference, k)?.checked_add_signed(chrono::TimeDelta::days(5))
        }
        Form::Week(k) => {
            let monday = week_monday(reference, k)?;
            let sunday = monday.checked_add_signed(chrono::TimeDelta::days(6))?;
            (monday.month() == sunday.month()).then_some(monday)
        }
        Form::Ago(unit, n, today) => match unit {
            AgoUnit::Day => reference.checked_sub_signed(chrono::TimeDelta::days(n.into())),
            AgoUnit::Week => {
                reference.checked_sub_signed(chrono::TimeDelta::days(7 * i64::from(n)))
            }
            AgoUnit::Month if today => reference.checked_sub_months(chrono::Months::new(n)),
            AgoUnit::Year if today => {
                reference.checked_sub_months(chrono::Months::new(n.checked_mul(12)?))
            }
            AgoUnit::Month => month_from(reference, -i32::try_from(n).ok()?),
            AgoUnit::Year => month_from(reference, -12 * i32::try_from(n).ok()?),
        },
        Form::Ordinal(day, None) => {
            if !future() {
                return reference.with_day(day);
            }
            // the first such day after the reference: this month or a later one
            let mut month = reference.with_day(1)?;
            for _ in 0..12 {
                if let Some(d) = month.with_day(day)
                    && d > reference
                {
                    return Some(d);
                }
                month = month.checked_add_months(Months::new(1))?;
            }
            None
        }
    }
}

/// The first day of the month `k` months from `reference`'s (`-1`: the month before).
fn month_from(reference: NaiveDate, k: i32) -> Option<NaiveDate> {
    let first = reference.with_day(1)?;
    if k < 0 {
        first.checked_sub_months(Months::new(k.unsigned_abs()))
    } else {
        first.checked_add_months(Months::new(k.unsigned_abs()))
    }
}

/// Forms of `be` before `due to`, `set to`, `expected to` and a passive participle.
const BE: &[&str] = &[
    "is", "are", "am", "was", "were", "be", "been", "being", // `They're due …`: folded
    "theyre", "youre",
];

/// Words that make a `will` after them the noun (`their will`, `the will of`).
const WILL_NOUN_AFTER: &[&str] = &[
    "ill",
    "the",
    "a",
    "an",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "of",
    "political",
    "popular",
    "free",
    "own",
    "good",
];

/// Words that make a `might` or `may` after them a noun (`its air might`, `military
/// might`), besides [`WILL_NOUN_AFTER`].
const MIGHT_NOUN_AFTER: &[&str] = &["military", "air", "naval", "economic", "full", "sheer"];

/// Whether a folded word is an adverb that may stand inside a verb phrase (`is
/// also expected to`, `are now set to`, `is not expected to`).
fn is_adverb(w: &str) -> bool {
    w == "not" || super::lexicon::inner_adverb(w)
}

/// Two-word adverbs that may stand inside a verb phrase (`is once more expected
/// to`, `are in turn set to`).
const ADVERB_PAIRS: &[(&str, &str)] = &[
    ("once", "more"),
    ("once", "again"),
    ("in", "turn"),
    ("for", "now"),
    ("as", "ever"),
    ("at", "last"),
];

/// Whether a folded word names a time that `next` may point to (`next week`,
/// `next Friday`, `next March`, `next spring`).
fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "week"
            | "weekend"
            | "month"
            | "year"
            | "day"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
    ) || w.parse::<Weekday>().is_ok()
        || w.parse::<chrono::Month>().is_ok()
}

/// Words before `to` that make a future with a form of `be` (`is due to`, `are set
/// to`, `is expected to`, `is going to`).
const BE_X_TO: &[&str] = &[
    "due",
    "set",
    "expected",
    "scheduled",
    "slated",
    "poised",
    "going",
    "likely",
    "supposed",
];

/// Words before `to` that make a future on their own (`plans to`).
const X_TO: &[&str] = &[
    "plan",
    "plans",
    "planning",
    "intend",
    "intends",
    "intending",
    "aim",
    "aims",
    "aiming",
    "hope",
    "hopes",
    "hoping",
    "expects",
    "want",
    "wants",
    "seeks",
    "seeking",
    "expect",
];

/// Words of a charge, an arrest or an inquiry: `over` after one gives its cause,
/// done ([`Tense::cause_over`]).
const CHARGES: &[&str] = &[
    "charges",
    "charged",
    "arrested",
    "arrests",
    "trial",
    "probe",
    "inquiry",
    "investigation",
    "sued",
    "fined",
    "detained",
    "prosecuted",
    "indicted",
    "convicted",
    "jailed",
    "sentenced",
];

/// Verbs of an intent whose object comes before `to` and a verb ahead (`intends
/// the rules to come into force`; not `want`, `expect`, whose object may hold a
/// past act's day: `Families want the inquiry to examine the shooting of Nov. 2`).
const INTENDS: &[&str] = &["intends", "intend"];

/// Past forms before `to` that make a future after their subject in what someone
/// said (`said on Monday it expected to announce`; [`SAYING_PAST`] up to eight
/// words before).
const PAST_X_TO: &[&str] = &["expected", "planned", "intended", "hoped", "aimed"];

/// Verbs of saying that open what [`PAST_X_TO`] tells.
const SAYING_PAST: &[&str] = &["said", "says", "told", "announced", "added", "stated"];

/// Words before `for` that make a future (`set for`, `scheduled for`).
const X_FOR: &[&str] = &["set", "scheduled", "slated", "planned", "due"];

/// Words that move a plan to a later day (`postponed until Friday`).
pub(crate) const MOVED: &[&str] = &[
    "postponed",
    "rescheduled",
    "delayed",
    "deferred",
    "moved",
    "adjourned",
    "pushed",
];

/// Words right after `but` (or its subject) that leave a plan standing: a future
/// or a possibility (`but it will be held`, `but could be brought forward`), or a
/// limit (`but not in Tyre`, `but only for Lebanese`), for [`Tense::missed`].
const STANDS: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "shall", "not", "only", "still", "also",
];

/// Words after which a participle is an adjective (`the proposed talks`).
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these",
    "those", "whose", "of", "no", "some", "any", "another",
];

/// Finite verbs that end the search for a tense wherever they stand, even after
/// an auxiliary (`has said`).
const ALWAYS_FINITE: &[&str] = &[
    "said", "says", "told", "tells", "is", "are", "am", "was", "were", "has", "have", "had", "did",
    "does",
];

/// Past forms that end the search for a tense, unless read with an auxiliary
/// (`will be held`) or as a modifier (`US-led`).
const FINITE: &[&str] = &[
    "met",
    "held",
    "took",
    "came",
    "went",
    "began",
    "gave",
    "struck",
    "fled",
    "fought",
    "sent",
    "spent",
    "saw",
    "won",
    "lost",
    "brought",
    "rose",
    "fell",
    "broke",
    "spoke",
    "wrote",
    "flew",
    "knew",
    "thought",
    "drew",
    "stood",
    "sought",
    "ran",
    "announced",
    "reported",
];

/// Verbs of a schedule, whose present tense tells a coming event (`Lyon travel to
/// Marseille on Sunday`, `PSG host Monaco on Wednesday`, `the exhibition runs until
/// Friday`): base forms and their `-s` forms; and `take office` (`Kast takes
/// office on March 11`), `take effect` and `come into force` (`the levy takes
/// effect on January 1`).
const SCHEDULE: &[&str] = &[
    "travel",
    "travels",
    "host",
    "hosts",
    "face",
    "faces",
    "play",
    "plays",
    "visit",
    "visits",
    "meet",
    "meets",
    "resume",
    "resumes",
    "reopen",
    "reopens",
    "open",
    "opens",
    "start",
    "starts",
    "begin",
    "begins",
    "run",
    "runs",
    "end",
    "ends",
    "kick",
    "kicks",
    "arrive",
    "arrives",
    "head",
    "heads",
    "welcome",
    "welcomes",
    "convene",
    "convenes",
    "expire",
    "expires",
    "launch",
    "launches",
    "tour",
    "tours",
    "fly",
    "flies",
    "hear",
    "hears",
    "vote",
    "votes",
    "debate",
    "debates",
    "sit",
    "sits",
    "gather",
    "gathers",
    "close",
    "closes",
    "publish",
    "publishes",
    "testify",
    "testifies",
];

/// Verbs of an arrangement, whose present progressive tells of a time ahead (`the
/// union is holding a strike on Saturday`, `they are flying to Doha on Monday`).
/// Sorted.
const ARRANGED: &[&str] = &[
    "arriving",
    "attending",
    "beginning",
    "closing",
    "convening",
    "flying",
    "heading",
    "hearing",
    "holding",
    "hosting",
    "joining",
    "launching",
    "leaving",
    "marching",
    "meeting",
    "opening",
    "organising",
    "organizing",
    "planning",
    "playing",
    "presenting",
    "releasing",
    "reopening",
    "resuming",
    "returning",
    "staging",
    "starting",
    "striking",
    "touring",
    "traveling",
    "travelling",
    "unveiling",
    "visiting",
    "voting",
];

/// Words after which a schedule verb's form is a noun or not finite (`the start`,
/// `to visit`, `did not travel`, `two visits`).
const NOT_BEFORE_SCHEDULE: &[&str] = &[
    "to", "not", "did", "do", "does", "will", "would", "can", "could", "may", "might", "must",
    "should", "shall", "in", "on", "at", "for", "with", "by", "from", "after", "before", "during",
    "until", "its", "s", "than", "and", "or", "every", "each", "next", "last", "first", "second",
    "final", "early", "late", "new", "official", "state", "home", "away", "one", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "few", "more",
    "both", "all", "other", "such", "weekly", "daily", "regular", "planned", "brief", "short",
    "long", "surprise",
];

/// Words ending in `-ed` that are not past verbs, or are mostly adjectives in news.
const NOT_PAST: &[&str] = &[
    "need",
    "speed",
    "indeed",
    "hundred",
    "seed",
    "feed",
    "breed",
    "creed",
    "steed",
    "armed",
    "wounded",
    "injured",
    "displaced",
    "detained",
    "united",
    "proposed",
    "alleged",
    "renewed",
    "limited",
    "related",
    "based",
    "concerned",
    "involved",
    "advanced",
    "occupied",
    "disputed",
    "besieged",
    "unnamed",
    "informed",
    "expected",
    "scheduled",
    "planned",
    "so-called",
    "embattled",
    "detailed",
    "unidentified",
    "unspecified",
    // (mostly before a noun: `an unprecedented strike on Monday`)
    "unprecedented",
    "unexploded",
    "guided",
    "armoured",
    "armored",
    "deceased",
];

/// Whether the verb phrase a mention belongs to speaks of the future: the nearest verb
/// phrase before it in its clause (walking back from the mention, a future marker —
/// `will`, `shall`, `would`, `'ll`, `is to`, `is due to`, `is set to`, `is expected
/// to`, `is going to`, `plans to`, `set for`, `scheduled for`, `next` — says future;
/// a finite verb that is not one — `said`, `met`, `was`, a lower-case `-ed` form not
/// after `be`/`have` or a determiner — says not); when nothing before it in its clause
/// decides, the first verb phrase after it in its sentence (`On Friday, the cabinet
/// will meet`). Neither means not future. A deadline given (`had been given until
/// Tuesday to respond`) is ahead.
pub fn is_future(text: &str, tokens: &[Token], clauses: &[u32], start: usize, end: usize) -> bool {
    let at = tokens.partition_point(|t| t.start < start);
    let after = tokens.partition_point(|t| t.start < end);
    let Some(&clause) = clauses
        .get(at)
        .or_else(|| at.checked_sub(1).and_then(|i| clauses.get(i)))
    else {
        return false;
    };
    let tense = Tense {
        text,
        tokens,
        clauses,
    };
    // a deadline given: `had been given until Tuesday to respond`, `has until
    // Friday to decide`
    if at >= 2
        && tense.word(at - 1) == "until"
        && matches!(tense.word(at - 2), "given" | "has" | "have" | "had")
        && tense.word(after) == "to"
    {
        return true;
    }
    // a measure in force now, to a day ahead: `A wind warning is in place from
    // 06:00 on Friday until midnight`, `the curfew remains in effect until Sunday`
    // (only words of its span between: not `in place after the attack on Tuesday`)
    let span_word = |k: usize| {
        let w = tense.word(k);
        matches!(
            w,
            "from"
                | "until"
                | "till"
                | "on"
                | "through"
                | "am"
                | "pm"
                | "a"
                | "m"
                | "p"
                | "gmt"
                | "noon"
                | "midnight"
        ) || w.starts_with(|c: char| c.is_ascii_digit())
    };
    if at < tokens.len()
        && (at.saturating_sub(8)..at.saturating_sub(1)).any(|p| {
            tense.word(p) == "in"
                && matches!(tense.word(p + 1), "place" | "effect" | "force")
                && p > 0
                && matches!(
                    tense.word(p - 1),
                    "is" | "are" | "remains" | "remain" | "stays" | "stay"
                )
                && (p + 2..at).all(span_word)
                && (p + 2..at).any(|k| matches!(tense.word(k), "from" | "until" | "on" | "till"))
                // (in one phrase: a clock time's `:` between, no other stop)
                && !text[tokens[p + 1].end..tokens[at].start].contains([',', ';', '.', '!', '?'])
        })
    {
        return true;
    }
    // a measure issued or extended for a time ahead: `has issued an amber heat
    // warning for Thursday and Friday`, `extended the red alert until Sunday`,
    // `declared a heat emergency until Friday` (the measure's noun between the
    // verb and the time's preposition, in one phrase; a list's days with it; not
    // after a day written before it in the sentence, `On July 10 the office issued
    // a warning for Friday`)
    let mut p = at;
    while p > 0
        && (matches!(tense.word(p - 1), "and" | "to" | "or")
            || tense.word(p - 1).parse::<Weekday>().is_ok())
    {
        p -= 1;
    }
    if p > 2
        && matches!(
            tense.word(p - 1),
            "for" | "until" | "till" | "through" | "from"
        )
        && let Some(n) = (p.saturating_sub(5)..p - 1).rev().find(|&k| {
            matches!(
                tense.word(k),
                "warning"
                    | "warnings"
                    | "alert"
                    | "alerts"
                    | "advisory"
                    | "watch"
                    | "emergency"
                    | "curfew"
                    | "ban"
                    | "lockdown"
            )
        })
        && (n.saturating_sub(5)..n).any(|k| {
            matches!(
                tense.word(k),
                "issued"
                    | "extended"
                    | "declared"
                    | "imposed"
                    | "raised"
                    | "upgraded"
                    | "renewed"
                    | "issues"
                    | "extends"
                    | "declares"
            )
        })
        && !text[tokens[n.saturating_sub(5)].start..start].contains([',', ';', '.'])
        && !tense.dated_before(n)
    {
        return true;
    }
    if let Some((future, j)) = tense.verb_before(at, clause, start) {
        // `Salam said Friday's session would focus on …`: a day's possessive right
        // after a verb of saying (or its `that`) opens the reported clause, whose
        // verb comes after it
        let opens_report = lexicon::SAYING.contains(&tense.word(j))
            && (at == j + 1 || (at == j + 2 && tense.word(j + 1) == "that"))
            && (text[end..].starts_with("'s") || text[end..].starts_with("\u{2019}s"));
        // (nor the saying before a `that` that opens the reported clause the
        // mention stands in: `said on Friday that all flights on Wednesday would
        // be cancelled`; that clause's own verb decides)
        let reported = lexicon::SAYING.contains(&tense.word(j))
            && (j + 1..at).any(|k| tense.word(k) == "that");
        if !opens_report && !reported {
            return future;
        }
    }
    let from = at.saturating_sub(LOOK_BACK);
    // nothing before it decides: the first verb phrase after it in its sentence
    for k in after..tokens.len().min(after + LOOK_AHEAD) {
        let from = if k == after { end } else { tokens[k - 1].end };
        if ends_sentence(&text[from.min(tokens[k].start)..tokens[k].start]) {
            break;
        }
        if (k..(k + 4).min(tokens.len())).any(|e| tense.marker_ending_at(e) == Some(k)) {
            return true;
        }
        // `arriving on Tuesday, the embassy said.`: an attribution closing the
        // sentence, or set off as an aside, tells when it was said, not when
        if tense.attributes(k) {
            continue;
        }
        if tense.stops(k) {
            return false;
        }
    }
    // nor after it: the verb phrase of an earlier clause of its sentence (`the envoy
    // will visit next week, arriving on Tuesday`)
    for j in (from..at.min(tokens.len())).rev() {
        if ends_sentence(
            &text[tokens[j].end
                ..tokens
                    .get(j + 1)
                    .map_or(start, |t| t.start)
                    .min(start)
                    .max(tokens[j].end)],
        ) {
            break;
        }
        if tense.marker_ending_at(j).is_some() {
            return true;
        }
        if tense.since_event(j, start) || (tense.stops(j) && !tense.participle_aside(j, start)) {
            return false;
        }
    }
    false
}

/// Whether the nearest verb phrase before a mention in its clause is a past form of
/// a verb (`which the cabinet welcomed on Sept. 5`), or `was`/`were`/`had been` and
/// one (`the final was held on June 6`, `had been played on June 6`), near it with
/// no `to` between: a year-less day it tells of has happened. Not a verb of saying
/// (`officials said the talks resume on May 15`), not `agreed to hold the talks on
/// Aug. 5`, not `be` or `have` alone (`the deadline was April 20`), nor a plan's or
/// a move's participle (`was scheduled for`, `was expected on`, `was postponed
/// until`, `was called for June 6`, `had been moved to`).
fn told_past(text: &str, tokens: &[Token], clauses: &[u32], start: usize) -> bool {
    nearest_verb(text, tokens, clauses, start).is_some_and(|(future, j, at)| {
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        // the participle after a past auxiliary, an adverb in `-ly` passed over
        let verb = match word(j) {
            "was" | "were" => Some(j + 1),
            "had" if word(j + 1) == "been" => Some(j + 2),
            _ => None,
        }
        .map(|v| v + usize::from(word(v).ends_with("ly")));
        let (v, w) = match verb {
            Some(v) if v < at => (v, word(v)),
            Some(_) => return false,
            None => (j, word(j)),
        };
        // (a passive dates its act only through `on` or `in` right before the
        // day, a word or two after the participle: not `were warned of disruption
        // on June 6`, `were suspended through June 6`, `was dissolved ahead of an
        // election on June 6`, `were reminded of the June 6 deadline`)
        // (`to` before a verb, not before whom it went: `was forwarded to the
        // Governor on October 22`)
        let infinitive = |k: usize| {
            word(k) == "to"
                && tokens.get(k + 1).is_some_and(|n| {
                    text[n.start..].starts_with(char::is_lowercase)
                        && !DETERMINERS.contains(&n.folded())
                })
        };
        // (a person or a body, not an event or a place it is held: not
        // `appointed to the Champions League final on May 30`, `summoned to the
        // magistrates' court on`)
        let recipient = |k: usize| {
            word(k) == "to"
                && !infinitive(k)
                && !(k + 1..(k + 6).min(at)).any(|e| {
                    matches!(
                        word(e),
                        "final"
                            | "vote"
                            | "court"
                            | "hearing"
                            | "trial"
                            | "meeting"
                            | "summit"
                            | "session"
                            | "match"
                            | "game"
                            | "race"
                            | "tribunal"
                            | "plenary"
                            | "debate"
                            | "conference"
                    )
                })
        };
        let passive_on = || {
            matches!(word(at - 1), "on" | "in")
                && (at - v <= 4 || (at - v <= 7 && recipient(v + 1)))
                && !(v + 1..at).any(|k| {
                    matches!(
                        word(k),
                        "for" | "through" | "of" | "ahead" | "until" | "till" | "by"
                    ) || (word(k) == "to" && !(k == v + 1 && recipient(k)))
                })
        };
        // (an act that sets a later day for an event: `listed the matter for
        // further hearing on February 24`, `set the case down for trial on`)
        let sets_for = matches!(
            word(v),
            "listed"
                | "set"
                | "fixed"
                | "adjourned"
                | "posted"
                | "reserved"
                | "booked"
                | "summoned"
                | "earmarked"
                | "slated"
                | "scheduled"
                | "put"
        ) && (j + 1..at).any(|k| {
            word(k) == "for"
                && (k + 1..(k + 4).min(at)).any(|e| {
                    matches!(
                        word(e),
                        "hearing"
                            | "trial"
                            | "sentencing"
                            | "vote"
                            | "debate"
                            | "meeting"
                            | "talks"
                            | "session"
                            | "reading"
                            | "judgment"
                            | "judgement"
                            | "ruling"
                            | "verdict"
                            | "consideration"
                            | "arguments"
                    )
                })
        });
        let plan = verb.is_some()
            && (X_FOR.contains(&w)
                || MOVED.contains(&w)
                || matches!(
                    w,
                    "expected"
                        | "supposed"
                        | "brought"
                        | "pencilled"
                        | "penciled"
                        | "extended"
                        | "fixed"
                        | "given"
                        | "tabled"
                )
                || matches!(word(v + 1), "for" | "until" | "till")
                || !passive_on());
        // (or a verb whose past is its present after `last`: `The bank last cut
        // rates on October 23`)
        !future
            && (lexicon::past_form(w, 3) || last_done(text, tokens, v))
            && !lexicon::SAYING.contains(&w)
            && !matches!(w, "was" | "were" | "had")
            && !plan
            && !sets_for
            && at - j <= 8
            && !(j + 1..at).any(|k| word(k) == "to" && !(k == v + 1 && recipient(k)))
    })
}

/// Whether token `v` is a verb whose past is its present, told done by `last`
/// right before it: `The bank last cut rates on October 23`; not a noun after a
/// determiner or a possessive, `the last cut on May 5`, `the band's last set`.
fn last_done(text: &str, tokens: &[Token], v: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
    v > 1
        && word(v - 1) == "last"
        && lexicon::same_past(word(v))
        && !DETERMINERS.contains(&word(v - 2))
        && !fold::is_possessive(&text[tokens[v - 2].start..tokens[v - 2].end])
}

/// Whether the nearest verb phrase before a mention in its clause is `has` or
/// `have` in the present, not before a participle (`have full rounds this
/// weekend`; not `has been busy this weekend`, nor `are missing after an
/// avalanche this weekend`, told of the weekend past).
fn present_told(text: &str, tokens: &[Token], clauses: &[u32], start: usize) -> bool {
    nearest_verb(text, tokens, clauses, start).is_some_and(|(_, j, _)| {
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        matches!(word(j), "has" | "have")
            && !(word(j + 1) == "been" || lexicon::past_form(word(j + 1), 3))
    })
}

/// Whether the nearest verb phrase before a mention is an arrangement's present
/// progressive ([`Tense::arranged`]).
fn arranged_at(text: &str, tokens: &[Token], clauses: &[u32], start: usize) -> bool {
    let tense = Tense {
        text,
        tokens,
        clauses,
    };
    nearest_verb(text, tokens, clauses, start).is_some_and(|(_, j, at)| tense.arranged(j, at))
}

/// Verbs of deciding, which put what follows `to` ahead of the decision (`agreed to
/// meet again in February`, `pledged to withdraw by Jan. 26`).
const DECIDED: &[&str] = &[
    "agreed",
    "decided",
    "pledged",
    "vowed",
    "promised",
    "resolved",
    "committed",
];

/// Whether the nearest verb phrase before a mention in its clause is a decision of
/// what follows it (`agreed to meet again in February`, `decided to hold the next
/// round on Jan. 7`): a year-less month or day it tells of is the nearer one ahead,
/// as in the future (a month or more before the reference's is next year's). Not
/// `agreed to the plan in February` (no verb after `to`). Weekdays and ordinal days
/// keep their reading: `agreed to send envoys to Wednesday's meeting` may tell of a
/// meeting held.
fn decided(text: &str, tokens: &[Token], clauses: &[u32], start: usize) -> bool {
    nearest_verb(text, tokens, clauses, start).is_some_and(|(future, j, _)| {
        // (`had agreed to`: the walk stops at the auxiliary)
        let j = if matches!(tokens[j].folded(), "had" | "has" | "have") {
            j + 1
        } else {
            j
        };
        let verb_after_to = tokens.get(j + 2).is_some_and(|t| {
            text[t.start..t.end].starts_with(|c: char| c.is_lowercase())
                && !DETERMINERS.contains(&t.folded())
        });
        !future
            && tokens.get(j).is_some_and(|t| DECIDED.contains(&t.folded()))
            && tokens.get(j + 1).is_some_and(|t| t.folded() == "to")
            && verb_after_to
    })
}

/// The nearest verb phrase before a mention starting at byte `start`, in its
/// clause: whether it is a future marker, its deciding token, and the mention's
/// first token.
fn nearest_verb(
    text: &str,
    tokens: &[Token],
    clauses: &[u32],
    start: usize,
) -> Option<(bool, usize, usize)> {
    let at = tokens.partition_point(|t| t.start < start);
    let &clause = clauses.get(at)?;
    let tense = Tense {
        text,
        tokens,
        clauses,
    };
    tense
        .verb_before(at, clause, start)
        .map(|(future, j)| (future, j, at))
}

/// Whether the mention starting at byte `start` is the day of a plan the sentence
/// calls off: a word of a plan a few words before it (`a session set for Wednesday
/// was called off`, `the meeting scheduled for Friday has been cancelled`, `a
/// session that had been due on Wednesday was postponed`).
fn called_off_plan(text: &str, tokens: &[Token], clauses: &[u32], start: usize) -> bool {
    let at = tokens.partition_point(|t| t.start < start);
    let tense = Tense {
        text,
        tokens,
        clauses,
    };
    at >= 2
        && (at.saturating_sub(4)..at - 1).any(|k| {
            let w = tense.word(k);
            X_FOR.contains(&w) || w == "expected"
        })
        && tense.called_off_after(at - 1)
}

/// For a month alone at byte `start`, whether it is a month a plan is moved to
/// (`true`: after the `to` of an active verb moving it, [`Tense::moves_ahead`],
/// `delayed Asteria II from April to September`), or one it was moved from or
/// a plan told as past was set for (`false`: `from April to`, `had been
/// scheduled for April`, [`pluperfect_plan`]), or neither.
fn month_of_a_plan(text: &str, tokens: &[Token], clauses: &[u32], start: usize) -> Option<bool> {
    let at = tokens.partition_point(|t| t.start < start);
    let tense = Tense {
        text,
        tokens,
        clauses,
    };
    // (a part of the month before it: `to the end of June`, `to late June`)
    let mut at_part = at;
    if at >= 3
        && tense.word(at - 1) == "of"
        && matches!(
            tense.word(at - 2),
            "end" | "start" | "beginning" | "middle" | "close"
        )
    {
        at_part = at - 2;
    } else if at >= 2 && matches!(tense.word(at - 1), "early" | "late" | "mid") {
        at_part = at - 1;
    }
    // (`to the March sitting fortnight`: its `the` between)
    let the = at_part >= 2 && tense.word(at_part - 1) == "the";
    let to = at_part.checked_sub(1 + usize::from(the));
    if let Some(to) = to
        && matches!(tense.word(to), "to" | "until" | "till")
        && (tense.moves_ahead(to)
            || (the && (to.saturating_sub(5)..to).any(|k| MOVED.contains(&tense.word(k)))))
    {
        return Some(true);
    }
    // (the month moved from: `from April to September` after a verb of moving)
    let from = at >= 1
        && tense.word(at - 1) == "from"
        && tense.word(at + 1) == "to"
        && (at.saturating_sub(6)..at - 1).any(|k| MOVED.contains(&tense.word(k)));
    (from || pluperfect_plan(tokens, start)).then_some(false)
}

/// Whether a plan told as past stands in the eight words before byte `start`:
/// `had been` and a word of a plan and `to` (`had been due to take place on 19
/// December`, `had been scheduled to open on May 2`).
fn pluperfect_plan(tokens: &[Token], start: usize) -> bool {
    let at = tokens.partition_point(|t| t.start < start);
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    (at.saturating_sub(8)..at).any(|k| {
        k >= 2
            && (word(k - 2) == "had"
                // (`had originally been planned for late February`)
                || (k >= 3 && word(k - 3) == "had" && word(k - 2).ends_with("ly")))
            && word(k - 1) == "been"
            && matches!(
                word(k),
                "due" | "set" | "scheduled" | "slated" | "expected" | "planned"
            )
            && matches!(word(k + 1), "to" | "for")
    })
}

/// Whether the mention at byte `start` is a day ahead of an act told beside it,
/// which may lie on either side of the reference (the nearer year, then): after
/// the `to`, `until` or `till` of an active verb moving a plan
/// ([`Tense::moves_ahead`]: `continued it to Dec. 22`), a deadline after `by`
/// set by an order (`directed the Centre to file its reply by January 6`: the
/// order, then `to`, then at most eight words to `by`, in the clause), or a
/// plan told as past ([`pluperfect_plan`]: `had been due to take place on 19
/// December`).
fn ahead_of_its_act(text: &str, tokens: &[Token], clauses: &[u32], start: usize) -> bool {
    let at = tokens.partition_point(|t| t.start < start);
    let tense = Tense {
        text,
        tokens,
        clauses,
    };
    if at >= 1 && tense.moves_ahead(at - 1) {
        return true;
    }
    let ordered = at >= 4
        && tense.word(at - 1) == "by"
        && (at.saturating_sub(10)..at - 1)
            .rev()
            .find(|&k| tense.word(k) == "to")
            .is_some_and(|to| {
                (2..=5).any(|k| {
                    to >= k
                        && matches!(
                            tense.before(to, k),
                            "directed" | "ordered" | "instructed" | "required" | "told" | "asked"
                        )
                        && clauses.get(to - k) == clauses.get(at)
                })
            });
    ordered || pluperfect_plan(tokens, start)
}

/// The year of month `month`, day `day` nearest `reference`: the reference's, the
/// one before or the one after.
fn nearer_year(reference: NaiveDate, month: u32, day: u32) -> i32 {
    let y = reference.year();
    (y - 1..=y + 1)
        .filter_map(|y| Some((NaiveDate::from_ymd_opt(y, month, day)?, y)))
        .min_by_key(|(d, _)| (*d - reference).num_days().abs())
        .map_or(y, |(_, y)| y)
}

/// How many words after a verb of saying an attribution closing its sentence may
/// run (`said during a tour of the border district.`).
const ATTRIBUTION_TAIL: usize = 10;
/// How many, after a subject set off by a comma (`…, general manager Anthony
/// Ruiz said at a news conference at the agency's Fairmont Street headquarters.`).
const ATTRIBUTION_TAIL_LONG: usize = 14;

/// How many words before a mention its verb phrase is looked for.
const LOOK_BACK: usize = 40;
/// How many words after a mention its verb phrase is looked for, when none before.
const LOOK_AHEAD: usize = 24;

/// The year a sentence opens with, `In` and a year and a comma (`In 2021, Peru's
/// runoff … was held on June 6`): the year of a year-less day after it in the
/// sentence. Only as the sentence's opening adverbial: not a year anywhere before
/// the day (`Hezbollah, founded in 1982, held a rally on November 20`, `He was born
/// in 1960 and died on November 28`, `Tesla delivered 1.64 million cars in 2025,
/// the company said on January 2`).
fn sentence_year(text: &str, tokens: &[Token], at: usize) -> Option<i32> {
    let end = tokens.partition_point(|t| t.start < at);
    let mut k = end;
    while k > 0 && end - k < LOOK_BACK {
        k -= 1;
        let first = k == 0 || ends_sentence(&text[tokens[k - 1].end..tokens[k].start]);
        if !first {
            continue;
        }
        let year = tokens.get(k + 1)?;
        let opens = text[tokens[k].start..tokens[k].end] == *"In"
            && text[year.end..].starts_with(',')
            && year.folded().len() == 4;
        return year
            .folded()
            .parse::<i32>()
            .ok()
            .filter(|y| opens && (1900..=2100).contains(y) && k + 1 < end);
    }
    None
}

/// The year of a year-less `month` at byte `at` from a month written with its year
/// before it in its sentence (`written`: where that ends, its year and month), when
/// `month` is that month or one of the two after it and no finite verb, saying or
/// relative word stands between: `flew in November 2024, … before splashing down
/// on Dec. 9`, `in December 2024 … until Jan. 3` (2025). Not `Hale, who took office
/// in March 2019, said on April 2`.
fn month_year_before(
    text: &str,
    tokens: &[Token],
    written: (usize, i32, u32),
    at: usize,
    month: u32,
) -> Option<i32> {
    let (end, year, first) = written;
    let gap = (month + 12 - first) % 12;
    if end > at || gap > 2 {
        return None;
    }
    let from = tokens.partition_point(|t| t.start < end);
    let to = tokens.partition_point(|t| t.start < at);
    // (nor a finite verb between: the day is another act's, `Rivera, elected in
    // November 2022, resigned on Dec. 2`, `born in October 1941 … died on Dec.
    // 6`, `signed in May 2024, will take effect on July 1`; a participle goes on
    // with the month's act, `flew in November 2024, spending 25 days in space
    // before splashing down on Dec. 9`)
    let joined = (from..to).all(|k| {
        let w = tokens[k].folded();
        let break_before = k > 0 && ends_sentence(&text[tokens[k - 1].end..tokens[k].start]);
        let finite = super::lexicon::past_form(w, 3) || super::lexicon::same_past(w);
        let stop = matches!(
            w,
            "said"
                | "says"
                | "say"
                | "told"
                | "who"
                | "which"
                | "announced"
                | "added"
                | "was"
                | "were"
                | "is"
                | "are"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
        );
        !(break_before || finite || stop)
    });
    joined.then_some(year + i32::from(month < first))
}

/// The year written last before byte `at`, in its sentence or the one before it
/// (at most [`LOOK_BACK`] words back): a four-digit number from 1900 to 2100 (`The
/// regulation was agreed in 2024 …, published in September of that year`).
fn year_before(text: &str, tokens: &[Token], at: usize) -> Option<i32> {
    let end = tokens.partition_point(|t| t.start < at);
    let mut sentences = 0;
    for k in (end.saturating_sub(LOOK_BACK)..end).rev() {
        // (as written: not `2,000`)
        let raw = &text[tokens[k].start..tokens[k].end];
        if let Ok(y) = raw.parse::<i32>()
            && raw.len() == 4
            && (1900..=2100).contains(&y)
        {
            return Some(y);
        }
        if k > 0 && ends_sentence(&text[tokens[k - 1].end..tokens[k].start]) {
            sentences += 1;
            if sentences == 2 {
                return None;
            }
        }
    }
    None
}

fn ends_sentence(gap: &str) -> bool {
    gap.contains(['\n', ';', '!', '?']) || gap.contains(". ")
}

/// Reads verb phrases off tokens.
struct Tense<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// Clause numbers: the words of an aside are passed over (`is, however,
    /// expected to`).
    clauses: &'a [u32],
}

impl Tense<'_> {
    fn word(&self, j: usize) -> &str {
        self.tokens.get(j).map_or("", |t| t.folded())
    }

    /// The `k`th word before token `j` in its clause, an aside's words passed over.
    fn back(&self, j: usize, k: usize) -> Option<usize> {
        let own = self.clauses.get(j);
        let mut at = j;
        for _ in 0..k {
            at = at.checked_sub(1)?;
            while self.clauses.get(at) > own {
                at = at.checked_sub(1)?;
            }
        }
        Some(at)
    }

    fn before(&self, j: usize, k: usize) -> &str {
        self.back(j, k).map_or("", |i| self.word(i))
    }

    fn will_is_a_noun(&self, j: usize) -> bool {
        let Some(b) = self.back(j, 1) else {
            return false;
        };
        let (prev, t) = (&self.tokens[b], &self.tokens[j]);
        let written = |t: &Token| &self.text[t.start..t.end];
        // a name: `Will` after a word in lower case, before a capitalised one
        // (`analyst Will Todman`; not a headline's `Lebanon Will Meet`)
        let name = written(t).starts_with('W')
            && written(prev).starts_with(char::is_lowercase)
            && self
                .tokens
                .get(j + 1)
                .is_some_and(|n| written(n).starts_with(char::is_uppercase));
        WILL_NOUN_AFTER.contains(&prev.folded())
            || super::fold::is_possessive(written(prev))
            || name
    }

    /// Whether the modal at token `j` is negated before a verb of answering or
    /// saying (`would not comment on`, `would not say`, `wouldn't confirm`,
    /// `would neither confirm nor deny`): what it tells is a refusal, not when
    /// something will happen.
    fn refuses(&self, j: usize) -> bool {
        let mut k = j + 1;
        if !self.word(j).ends_with("nt") {
            if !matches!(self.word(k), "not" | "nt" | "neither") {
                return false;
            }
            k += 1;
        }
        while super::lexicon::inner_adverb(self.word(k)) {
            k += 1;
        }
        matches!(
            self.word(k),
            "comment"
                | "say"
                | "confirm"
                | "deny"
                | "elaborate"
                | "respond"
                | "disclose"
                | "specify"
                | "discuss"
                | "speculate"
                | "reveal"
                | "identify"
                | "give"
                | "provide"
                | "release"
                | "explain"
                | "answer"
                | "reply"
                | "react"
        )
    }

    /// Whether the modal at token `j` (written `original`) speaks of what is ahead:
    /// `could take place on Tuesday`, `should resume on Monday`; not `could have
    /// been hit on Monday`, nor `could not reach the site` (what could not be done
    /// is past), nor a refusal ([`Self::refuses`]), nor the noun (`its air might`).
    fn modal_ahead(&self, j: usize, original: &str) -> bool {
        let (next, after) = (self.word(j + 1), self.word(j + 2));
        let perfect =
            matches!(next, "have" | "ve") || (matches!(next, "not" | "also") && after == "have");
        let unable = self.word(j) == "could" && matches!(next, "not" | "nt");
        let noun = self.will_is_a_noun(j) || MIGHT_NOUN_AFTER.contains(&self.before(j, 1));
        original.starts_with(char::is_lowercase) && !(perfect || unable || noun || self.refuses(j))
    }

    /// The first token of a future marker ending at token `j`.
    fn marker_ending_at(&self, j: usize) -> Option<usize> {
        let w = self.word(j);
        let t = self.tokens.get(j)?;
        let original = &self.text[t.start..t.end];
        match w {
            // not the noun (`showed their will`, `the will of the people`, `Lebanon's
            // will`, `ill will`) nor the name (`Will Todman`, mid-sentence)
            "will" if self.will_is_a_noun(j) => None,
            // (`would not comment on Wednesday's strike`: a refusal, told in the past)
            "would" | "wouldnt" if self.refuses(j) => None,
            "will" | "shall" | "would" | "wont" | "wouldnt" | "shant" => Some(j),
            "could" | "should" | "may" | "might" | "must" if self.modal_ahead(j, original) => {
                Some(j)
            }
            _ if original.ends_with("'ll") || original.ends_with("\u{2019}ll") => Some(j),
            // `next week`, `next Friday`; not `next door`, `the next phase`, `next to`
            // (`the next day` tells a story in order, it is no future)
            "next" if is_time_word(self.word(j + 1)) && self.before(j, 1) != "the" => Some(j),
            // `were postponed until Friday`, `has been rescheduled for Friday`: a
            // finite passive before a time (not a bare participle, `talks,
            // postponed until Monday, took place`; not the pluperfect of `which had
            // been postponed to Tuesday, were held`; not a place, `moved to Tyre`)
            "to" | "until" | "for"
                if self.moved_verb(j).is_some_and(|v| {
                    matches!(self.before(j, v + 1), "is" | "are" | "was" | "were")
                        || (self.before(j, v + 1) == "been" && self.before(j, v + 2) != "had")
                }) && matches!(self.word(j + 1), w if is_time_word(w) || w == "next") =>
            {
                self.back(j, self.moved_verb(j).unwrap_or(1))
            }
            // `was pushed back from Tuesday to Friday`, `moved from Monday to
            // Thursday`: the day it was moved to
            // (a finite passive, as above: not `which had been pushed back from
            // Tuesday to Friday, was held`)
            "to" if self.before(j, 2) == "from"
                && is_time_word(self.before(j, 1))
                && is_time_word(self.word(j + 1)) =>
            {
                let moved = if MOVED.contains(&self.before(j, 3)) {
                    3
                } else if self.before(j, 3) == "back" && MOVED.contains(&self.before(j, 4)) {
                    4
                } else {
                    return None;
                };
                // (an adverb between: `was also pushed back`)
                let adverb = |w: &str| matches!(w, "also" | "again" | "once") || w.ends_with("ly");
                let at = moved + 1 + usize::from(adverb(self.before(j, moved + 1)));
                let be = self.before(j, at);
                let finite = matches!(be, "is" | "are" | "was" | "were")
                    || (be == "been" && self.before(j, at + 1) != "had");
                finite.then_some(j)
            }
            "to" => {
                // `due to the strike` gives a cause, `due to resume` a future; so does
                // `due to Monday's strike` (a verb after `to` is not capitalised)
                let next_capital = self.tokens.get(j + 1).is_some_and(|t| {
                    self.text[t.start..t.end].starts_with(|c: char| c.is_uppercase())
                });
                if DETERMINERS.contains(&self.word(j + 1)) || next_capital {
                    return None;
                }
                let p = self.before(j, 1);
                if matches!(p, "is" | "are" | "am") || X_TO.contains(&p) {
                    return self.back(j, 1);
                }
                // an intent with its object: `intends the regulations to come
                // into force on 6 April` (at most four words of the object, no
                // verb among them)
                if let Some(k) = (2..=5).find(|&k| INTENDS.contains(&self.before(j, k)))
                    && (1..k).all(|i| {
                        let w = self.before(j, i);
                        !(ALWAYS_FINITE.contains(&w)
                            || FINITE.contains(&w)
                            || lexicon::names_act(w)
                            || w.is_empty())
                    })
                    && !matches!(self.before(j, k + 1), "had" | "been")
                {
                    return self.back(j, k);
                }
                // a forecast of a body's act or of a measure: `Some economists
                // expect the Reserve to cut again in June`, `expect rates to fall
                // in June` (the object a name, or a measure: not `want the inquiry
                // to examine the shooting of Nov. 2`)
                if let Some(k) = (2..=4).find(|&k| {
                    matches!(
                        self.before(j, k),
                        "expect" | "expects" | "forecast" | "forecasts" | "predict" | "predicts"
                    )
                }) && (1..k).all(|i| {
                    let w = self.before(j, i);
                    let t = self.back(j, i).and_then(|b| self.tokens.get(b));
                    DETERMINERS.contains(&w)
                        || t.is_some_and(|t| self.text[t.start..].starts_with(char::is_uppercase))
                        || matches!(
                            w,
                            "rates" | "prices" | "inflation" | "growth" | "unemployment"
                        )
                }) && (1..k).any(|i| !DETERMINERS.contains(&self.before(j, i)))
                    && !matches!(self.before(j, k + 1), "had" | "did" | "not")
                {
                    return self.back(j, k);
                }
                // a plan told in the past in what someone said: `said on Monday
                // it expected to announce results on Thursday`; not one that was
                // missed (`had planned to`, `The EU hoped to sign the deal in
                // November, but`), nor `was expected to` (below), nor a relative
                // clause's (`a raid that aimed to rescue`)
                if PAST_X_TO.contains(&p)
                    && !matches!(
                        self.before(j, 2),
                        "had" | "been" | "to" | "not" | "that" | "which" | "who"
                    )
                    && !BE.contains(&self.before(j, 2))
                    && (3..9).any(|k| SAYING_PAST.contains(&self.before(j, k)))
                {
                    return self.back(j, 1);
                }
                // a plan's participle after its noun in an object, with no `be`:
                // `warned of a cold front expected to reach Florida on Thursday`
                if matches!(p, "expected" | "scheduled" | "slated" | "poised")
                    && let Some(b) = self.back(j, 1)
                    && self.reduced_plan(b)
                {
                    return Some(b);
                }
                if BE_X_TO.contains(&p) {
                    // at most two adverbs between: `is also expected to`, `is once
                    // more expected to` (not `were grounded due to smoke`, a cause)
                    let be = self.be_over_adverbs(j, 2)?;
                    return self.back(j, be).filter(|&b| !self.missed(b, j));
                }
                None
            }
            "for" if X_FOR.contains(&self.before(j, 1)) => {
                // `had been scheduled for Monday but was called off`
                let missed = self.back(j, 2).is_some_and(|b| self.missed(b, j));
                // a plan told as past: `had been set for Monday`, `originally set
                // for Monday, took place on Tuesday`; a plan called off (`a
                // session set for Wednesday was called off`) is past or ahead,
                // whichever is nearer ([`called_off_plan`])
                let told_past = (self.before(j, 2) == "been" && self.before(j, 3) == "had")
                    || matches!(self.before(j, 2), "originally" | "initially")
                    || self.called_off_after(j);
                self.back(j, 1).filter(|_| !missed && !told_past)
            }
            // `is targeting Saturday`, `is targeting no earlier than March 14`: a
            // plan's day (a present progressive, or `targets`)
            // (after `is` or `are`: not the noun, `struck Houthi targets
            // Saturday`, nor `a plot targeting Saturday's parade`)
            "targeting"
                if matches!(self.before(j, 1), "is" | "are" | "theyre")
                    && (is_time_word(self.word(j + 1))
                        || matches!(
                            self.word(j + 1),
                            "no" | "early" | "late" | "mid" | "next"
                        )
                        || self.word(j + 1).parse::<chrono::Month>().is_ok())
                    && self
                        .tokens
                        .get(j + 1)
                        .is_some_and(|n| !self.text[n.end..].starts_with(['\'', '\u{2019}'])) =>
            {
                Some(j)
            }
            // `A backup opportunity is also available on Saturday`: open ahead
            "available" => {
                let be = self.be_over_adverbs(j, 1)?;
                matches!(self.before(j, be), "is" | "are")
                    .then(|| self.back(j, be))
                    .flatten()
            }
            // `is due on Monday`, `is expected in Beirut on Monday`, `is once again
            // expected in Marjayoun on Monday`
            "due" | "expected" | "scheduled" | "slated" if self.word(j + 1) != "to" => {
                let Some(be) = self.be_over_adverbs(j, 1) else {
                    // (a participle after its noun in an object, `with a result
                    // expected by the end of March`; or what someone said they
                    // expected, `said it expected the outcome by the end of
                    // March`)
                    // (not a plan that passed, `but the vote was postponed`, `and
                    // returned it that day`, nor beside a dated act or saying,
                    // `The jury retired on Thursday, with a verdict expected on
                    // Friday`, `In February the ministry said it expected`)
                    let passed = || self.plan_passed(j) || self.dated_before(j);
                    let reduced = self.reduced_plan(j)
                        && matches!(self.word(j + 1), "by" | "in" | "on" | "for" | "at");
                    // (an object, not one with its own `to`: `expected the bridge to
                    // reopen` is the `to` path's)
                    let said = w == "expected"
                        && DETERMINERS.contains(&self.word(j + 1))
                        && !matches!(self.before(j, 1), "had" | "been" | "have" | "has")
                        && (2..8).any(|k| SAYING_PAST.contains(&self.before(j, k)))
                        && !(j + 1..j + 7).any(|k| self.word(k) == "to");
                    return ((reduced || said) && !passed()).then_some(j);
                };
                // (`had been expected in Beirut on Monday`: a plan told as past)
                self.back(j, be).filter(|&b| {
                    let pluperfect = self.word(b) == "been" && self.before(b, 1) == "had";
                    !(self.missed(b, j) || pluperfect)
                })
            }
            _ => None,
        }
    }

    /// Whether the `to`, `until` or `till` at token `j` is where an active verb
    /// of moving a plan ([`MOVED`] but `moved`, which moves scores and shares too;
    /// a court's `continued it` or `continued the hearing`; `put back`) sends it,
    /// before a day or a time word (not a figure, `pushed the toll to 30`):
    /// `deferred the hearing till January 13`, `adjourned the case until May 4`,
    /// `pushed the vote back to March`, `The court on Monday deferred till
    /// January 13 the hearing`; read for a written day's year only
    /// ([`ahead_of_its_act`]), a weekday keeping its tense's reading. At most four
    /// words of its object between (no verb, no comma); not after `had`, `be` or
    /// `have` (`had deferred the case to May`, a plan told as past; the passive is
    /// [`Self::moved_verb`]'s), nor a bare participle with nothing between (`talks,
    /// postponed until Monday, took place`).
    fn moves_ahead(&self, j: usize) -> bool {
        let next = self.word(j + 1);
        // (a day, not a figure: `pushed the death toll to 30 on Sunday`)
        let day = next.starts_with(|c: char| c.is_ascii_digit())
            && self.word(j + 2).parse::<chrono::Month>().is_ok();
        if !(is_time_word(next) || next == "next" || day) {
            return false;
        }
        let Some(t) = self.tokens.get(j) else {
            return false;
        };
        for k in 1..=5 {
            let Some(v) = j.checked_sub(k) else {
                return false;
            };
            let w = self.word(v);
            let object = k >= 2;
            // (`continued it to Dec. 22`, `continued the hearing to`: a court's
            // word, only with such an object)
            let continued = w == "continued"
                && (self.word(v + 1) == "it"
                    || (self.word(v + 1) == "the"
                        && matches!(self.word(v + 2), "hearing" | "case" | "trial" | "matter")));
            let moving = (MOVED.contains(&w) && w != "moved")
                || (object && continued)
                || (w == "put" && matches!(self.word(v + 1), "back" | "off"));
            if moving {
                let before = self.before(v, 1);
                let gap_before = v
                    .checked_sub(1)
                    .and_then(|p| self.text.get(self.tokens[p].end..self.tokens[v].start));
                let told_before = BE.contains(&before)
                    || matches!(before, "had" | "has" | "have" | "having")
                    || v == 0
                    || (!object && gap_before.is_none_or(|g| g.contains(',')));
                let broken = self
                    .text
                    .get(self.tokens[v].end..t.start)
                    .is_none_or(|g| g.contains([',', ';']));
                return !told_before && !broken;
            }
            if ALWAYS_FINITE.contains(&w) || FINITE.contains(&w) || lexicon::names_act(w) {
                return false;
            }
        }
        false
    }

    /// How many words before the `to` at token `j` the verb that moved a plan
    /// stands: one (`postponed until`), or two with `forward` or `back` between
    /// (`has been brought forward to Saturday`, `was pushed back to Friday`).
    fn moved_verb(&self, j: usize) -> Option<usize> {
        if MOVED.contains(&self.before(j, 1)) {
            return Some(1);
        }
        // (not `brought back to`, a return)
        let moved = MOVED.contains(&self.before(j, 2));
        let fits = match self.before(j, 1) {
            "forward" => moved || self.before(j, 2) == "brought",
            "back" => moved,
            _ => false,
        };
        fits.then_some(2)
    }

    /// How many tokens before token `j` a form of `be` stands, when the words
    /// from `first` before `j` up to it are at most two adverbs (`is also expected
    /// to`, `is once more expected to`, `is once again expected in`; not `were
    /// grounded due to smoke`, a cause).
    fn be_over_adverbs(&self, j: usize, first: usize) -> Option<usize> {
        (first..first + 3).find(|&k| {
            BE.contains(&self.before(j, k))
                && (first..k).all(|a| {
                    // (`is next due to appear in August`)
                    is_adverb(self.before(j, a))
                        || self.before(j, a) == "next"
                        || ADVERB_PAIRS.contains(&(self.before(j, a + 1), self.before(j, a)))
                        || (a > first
                            && ADVERB_PAIRS.contains(&(self.before(j, a), self.before(j, a - 1))))
                })
        })
    }

    /// Whether the participle at token `b` (`expected`, `scheduled`, `slated`,
    /// `poised` before `to`) follows its noun as a reduced relative in an object:
    /// after a noun phrase opened by a determiner after a preposition or an `-ing`
    /// verb (`warned of a cold front expected to reach Florida on Thursday`; not
    /// `The company expected to report`).
    fn reduced_plan(&self, b: usize) -> bool {
        // (an object's noun phrase, opened by a determiner after a preposition or
        // an `-ing` verb: not a subject's, whose own verb tells the plan's fate,
        // `The meeting scheduled to take place on Friday was cancelled`, nor an
        // aside's, `The convoy, scheduled to cross on Friday, left on Monday`)
        (2..=4).any(|k| {
            b.checked_sub(k).is_some_and(|d| {
                DETERMINERS.contains(&self.word(d))
                    && d > 0
                    && (d + 1..=b).all(|i| !self.gap_before(i).contains([',', ';', '.']))
                    && (matches!(
                        self.word(d - 1),
                        "of" | "for" | "to" | "with" | "about" | "on" | "in" | "at" | "from" | "by"
                    ) || self.word(d - 1).ends_with("ing"))
            })
        })
    }

    fn gap_before(&self, i: usize) -> &str {
        match i.checked_sub(1) {
            Some(p) => &self.text[self.tokens[p].end..self.tokens[i].start],
            None => "",
        }
    }

    /// Whether a plan told in the past (`be` at token `be`: `was`, `were`, `had
    /// been`; the marker ending at `j`) is one that did not happen: `but` follows in
    /// its sentence (`but were postponed`, `, but her trip was delayed`, `but the
    /// session lacked a quorum`), so its day is behind the report, not ahead. Not
    /// when a word of saying follows the `but` (`, but officials did not say who
    /// she would meet`): that tells what is not known, and the plan stands.
    fn missed(&self, be: usize, j: usize) -> bool {
        let past = match self.word(be) {
            "was" | "were" => true,
            "been" => self.before(be, 1) == "had",
            _ => false,
        };
        if !past {
            return false;
        }
        let mut but = false;
        for k in j + 1..self.tokens.len().min(j + 30) {
            let gap = &self.text[self.tokens[k - 1].end..self.tokens[k].start];
            if gap.contains(['.', '!', '?', ';', '\n']) {
                break;
            }
            // `but were postponed at the request of the US side, officials said`:
            // the `but` clause is over, and an attribution after it changes nothing
            if but && gap.contains(',') {
                break;
            }
            let w = self.word(k);
            // `, but officials did not say who she would meet`, `but it will be
            // held under guard`, `but not in Tyre`: a plan that stands
            if but && super::lexicon::SAYING.contains(&w) {
                return false;
            }
            // (after a subject of up to three words: `but it will`, `but the visit
            // could be brought forward`; not `but did not arrive`)
            let subject = |s: usize| {
                (k + 1..=k + s).all(|i| {
                    let w = self.word(i);
                    !super::lexicon::AUXILIARIES.contains(&w) && !self.stops(i)
                })
            };
            if w == "but"
                && (STANDS.contains(&self.word(k + 1))
                    || (1..=3).any(|s| subject(s) && STANDS.contains(&self.word(k + 1 + s))))
            {
                return false;
            }
            but |= w == "but";
        }
        but
    }

    /// Whether the sentence after token `j` tells the plan before it called off
    /// (`a session set for Wednesday was called off`, `…, which was later
    /// cancelled`), before any future marker (`set for Monday will be postponed`
    /// is still ahead) and any `but` (a plan missed: [`Self::missed`]).
    fn called_off_after(&self, j: usize) -> bool {
        for k in j + 1..self.tokens.len().min(j + 30) {
            let gap = &self.text[self.tokens[k - 1].end..self.tokens[k].start];
            if gap.contains(['.', '!', '?', ';', '\n']) || self.marker_ending_at(k).is_some() {
                return false;
            }
            let w = self.word(k);
            if w == "but" {
                return false;
            }
            if matches!(
                w,
                "cancelled" | "canceled" | "postponed" | "scrapped" | "shelved" | "aborted"
            ) || (w == "called" && self.word(k + 1) == "off")
                || (w == "put" && self.word(k + 1) == "off")
            {
                return true;
            }
        }
        false
    }

    /// Whether a plan told at token `j` passed later in its sentence: a `but`, a
    /// `;`, or `and` with a verb in the past within three words (`and returned
    /// it shortly after noon`, `and they came back negative`).
    fn plan_passed(&self, j: usize) -> bool {
        for k in j + 1..self.tokens.len() {
            let gap = self.gap_before(k);
            if ends_sentence(gap) && !gap.contains(';') {
                return false;
            }
            if gap.contains(';') || self.word(k) == "but" {
                return true;
            }
            if self.word(k) == "and" && (k + 1..k + 4).any(|x| lexicon::past_form(self.word(x), 3))
            {
                return true;
            }
        }
        false
    }

    /// Whether a day, a month or a year is told before token `j` in its
    /// sentence: the act or the saying around it is dated.
    fn dated_before(&self, j: usize) -> bool {
        (0..j)
            .rev()
            .take_while(|&k| !ends_sentence(self.gap_before(k + 1)))
            .any(|k| {
                let w = self.word(k);
                self.day_or_month(k)
                    || (w.len() == 4 && w.parse::<i32>().is_ok_and(|y| (1900..=2100).contains(&y)))
            })
    }

    /// Whether token `j` is a weekday's or a month's name, capitalised (not the
    /// modal `may`).
    fn day_or_month(&self, j: usize) -> bool {
        self.tokens.get(j).is_some_and(|t| {
            self.text[t.start..].starts_with(char::is_uppercase)
                && (t.folded().parse::<chrono::Month>().is_ok()
                    || t.folded().parse::<chrono::Weekday>().is_ok())
        })
    }

    /// Whether token `j` is a verb of saying that attributes what is around it: the
    /// sentence ends within a few words after it with no verb between (`, the
    /// embassy said.`, `, officials said on Thursday.`), or a comma follows it
    /// (`On Friday, officials said, the cabinet will meet`). Not a verb with its
    /// object (`Aoun said talks will resume`).
    fn attributes(&self, j: usize) -> bool {
        if !super::lexicon::SAYING.contains(&self.word(j)) {
            return false;
        }
        // (a setting may follow: `said during a tour of the border district.`;
        // a longer one after a subject set off by a comma, `…, general manager
        // Anthony Ruiz said at a news conference at the agency's Fairmont Street
        // headquarters`, not `and on Monday Ruiz said as much at …`)
        let led = (j.saturating_sub(6)..j)
            .rev()
            .find(|&k| self.gap_before(k + 1).contains([',', '"', '\u{201d}']));
        let tail = match led {
            Some(c)
                if (c + 1..j).all(|k| {
                    let w = self.word(k);
                    !matches!(w, "and" | "but" | "on" | "in" | "then") && !self.day_or_month(k)
                }) =>
            {
                ATTRIBUTION_TAIL_LONG
            }
            _ => ATTRIBUTION_TAIL,
        };
        for k in j + 1..(j + tail).min(self.tokens.len()) {
            let gap = &self.text[self.tokens[k - 1].end..self.tokens[k].start];
            if ends_sentence(gap) || (k == j + 1 && gap.contains(',')) {
                return true;
            }
            if self.word(k) == "that" || self.stops(k) || self.marker_ending_at(k).is_some() {
                return false;
            }
        }
        let last = self.tokens.len().min(j + tail) - 1;
        let tail = &self.text[self.tokens[last].end..];
        let cut = tail.char_indices().nth(3).map_or(tail.len(), |(i, _)| i);
        last + 1 == self.tokens.len() || ends_sentence(&tail[..cut])
    }

    /// The nearest verb phrase before token `at` (a mention starting at byte
    /// `start`) in clause `clause`, walking back past asides: whether it is a
    /// future marker, and the token that decided; `None` when none is near.
    fn verb_before(&self, at: usize, clause: u32, start: usize) -> Option<(bool, usize)> {
        // a verb phrase is near: a clause of thousands of words is not walked to its start
        let from = at.saturating_sub(LOOK_BACK);
        for j in (from..at.min(self.tokens.len())).rev() {
            match self.clauses.get(j) {
                Some(c) if *c == clause => {}
                // an aside inside the clause (`will, officials said, meet`)
                Some(c) if *c > clause => continue,
                _ => break,
            }
            if self.marker_ending_at(j).is_some()
                || self.schedule_present(j)
                || self.arranged(j, at)
            {
                return Some((true, j));
            }
            if self.since_event(j, start) || self.cause_over(j, start) {
                return Some((false, j));
            }
            if self.stops(j) && !self.participle_aside(j, start) {
                return Some((false, j));
            }
        }
        None
    }

    /// Whether token `j` is `after`, `since` or `following` before an event told
    /// as known, with no verb of its own: a determiner `the` or a possessive name
    /// right after it (`after the Qatar Grand Prix on Sunday`, `after Liverpool's
    /// 4-1 defeat by PSV on Wednesday`), or an `-ing` verb and then a possessive
    /// day (`after finishing first in Sunday's election`). Such an event is done,
    /// whatever the tense of the clause it is set beside (`will face off in a Dec.
    /// 14 runoff after …`). Not `after a meeting on Friday`, `after meeting
    /// Netanyahu on Friday`, `following talks on Friday` (ahead as often), nor
    /// with a verb between (`after the polls close on Sunday`), nor the mention
    /// right after it (`shortly after Friday prayers`), nor in an aside closed
    /// before the mention at byte `start` (`the hospital, shut since the war, on
    /// Saturday`).
    fn since_event(&self, j: usize, start: usize) -> bool {
        if !matches!(self.word(j), "after" | "since" | "following") {
            return false;
        }
        let Some(gap) = self.text.get(self.tokens[j].end..start) else {
            return false;
        };
        let at = self.tokens.partition_point(|t| t.start < start);
        if gap.contains(',') || at <= j + 1 {
            return false;
        }
        let next = j + 1;
        let possessive = |k: usize| {
            (self.tokens.get(k)).is_some_and(|t| fold::is_possessive(&self.text[t.start..t.end]))
        };
        let known = self.word(next) == "the"
            || (self.text[self.tokens[next].start..].starts_with(char::is_uppercase)
                && possessive(next))
            || (self.word(next).ends_with("ing") && possessive(at));
        let verb = (next + 1..at).any(|k| {
            let w = self.word(k);
            lexicon::names_act(w)
                || ALWAYS_FINITE.contains(&w)
                || SCHEDULE.contains(&w)
                || matches!(w, "close" | "closes")
        });
        known && !verb
    }

    /// Whether token `j` is `over` after a word of a charge, an arrest or an
    /// inquiry within three words (`will face charges over clashes on Friday
    /// night`, `was arrested over a stabbing on Sunday`, `will open an inquiry over
    /// the fire on Monday`): what follows is the cause, done, whatever the tense of
    /// the clause. Not a span (`over two days`, `over the weekend`), nor with an
    /// act, a finite or schedule verb or a participle in `-ing` (`starting`; not
    /// a noun after its determiner, `a stabbing`) between it and the mention at
    /// byte `start`.
    fn cause_over(&self, j: usize, start: usize) -> bool {
        if self.word(j) != "over" || !(1..=3).any(|k| CHARGES.contains(&self.before(j, k))) {
            return false;
        }
        let at = self.tokens.partition_point(|t| t.start < start);
        // (not a span: `over two days starting on Monday`, `over the weekend`)
        let next = self.word(j + 1);
        // (`a` and `an` count a time only before one: not `over a stabbing`)
        let span = next.starts_with(|c: char| c.is_ascii_digit())
            || (count_word(next).is_some() && !matches!(next, "a" | "an" | "one"))
            || matches!(next, "the" | "a" | "an" | "one" | "several" | "many")
                && is_time_word(self.word(j + 2));
        at > j + 1
            && !span
            && !(j + 1..at).any(|k| {
                let w = self.word(k);
                lexicon::names_act(w)
                    || ALWAYS_FINITE.contains(&w)
                    || SCHEDULE.contains(&w)
                    // (a participle, not a noun after its determiner: `a
                    // stabbing`)
                    || (w.len() > 5
                        && w.ends_with("ing")
                        && !matches!(
                            self.word(k - 1),
                            "a" | "an" | "the" | "this" | "that" | "its" | "their" | "his" | "her"
                        ))
            })
    }

    /// Whether token `j` is a verb of an arrangement (see [`ARRANGED`]) in the
    /// present progressive, or `held`, `hosted` or `staged` after `is being`, `also`,
    /// `now` or `still` allowed before it (`is holding a strike on Saturday`, `are
    /// now planning walkouts from Friday to Sunday`, `is being held on Friday`),
    /// with no word before the mention at token `at` that sets an earlier event
    /// beside it (`is holding an inquiry into the crash on Saturday`, `are
    /// returning after the strike on Monday`).
    fn arranged(&self, j: usize, at: usize) -> bool {
        let w = self.word(j);
        let verb = if w.ends_with("ing") {
            ARRANGED.binary_search(&w).is_ok()
        } else {
            matches!(w, "held" | "hosted" | "staged") && self.before(j, 1) == "being"
        };
        if !verb {
            return false;
        }
        let mut k = if w.ends_with("ing") { 1 } else { 2 };
        if matches!(self.before(j, k), "also" | "now" | "still") {
            k += 1;
        }
        matches!(self.before(j, k), "is" | "are" | "am")
            && !(j + 1..at).any(|i| {
                matches!(
                    self.word(i),
                    "after"
                        | "since"
                        | "following"
                        | "over"
                        | "into"
                        | "about"
                        | "of"
                        | "with"
                        | "for"
                        | "remand"
                )
            })
    }

    /// Whether token `j` is a schedule verb in the present tense (see
    /// [`SCHEDULE`]): lower case, not before `of` (`the start of`), after a word
    /// that can end its subject: a name, a pronoun, or a noun (for a base form a
    /// plural one: `the champions travel`, not `a strong start`), not a
    /// determiner, preposition, auxiliary or number; `head` only before where to.
    fn schedule_present(&self, j: usize) -> bool {
        let Some(t) = self.tokens.get(j) else {
            return false;
        };
        let w = self.word(j);
        // (`takes office on March 11`: only before `office`; so `takes effect`,
        // `comes into force`)
        // (and `appears before lawmakers on Monday`, `appears in court`)
        let office = (matches!(w, "take" | "takes")
            && matches!(self.word(j + 1), "office" | "effect"))
            || (matches!(w, "come" | "comes")
                && self.word(j + 1) == "into"
                && matches!(self.word(j + 2), "force" | "effect"))
            || (matches!(w, "appear" | "appears")
                && (self.word(j + 1) == "before"
                    || (self.word(j + 1) == "in" && self.word(j + 2) == "court")));
        // (`close to the border`: an adjective)
        if w == "close" && self.word(j + 1) == "to" {
            return false;
        }
        if !(SCHEDULE.contains(&w) || office)
            || j == 0
            || !self.text[t.start..t.end].starts_with(|c: char| c.is_lowercase())
            || self.word(j + 1) == "of"
            || self.text[self.tokens[j - 1].end..t.start].contains(['-', '\''])
            || (matches!(w, "head" | "heads")
                && !matches!(self.word(j + 1), "to" | "for" | "home" | "back" | "into"))
        {
            return false;
        }
        let Some(b) = self.back(j, 1) else {
            return false;
        };
        let p = self.word(b);
        let third = w.ends_with('s');
        // (before an `-s` form, not a capital at the sentence's start: `Hospital
        // visits on Friday` names no one)
        let starts =
            b == 0 || ends_sentence(&self.text[self.tokens[b - 1].end..self.tokens[b].start]);
        let name = self.text[self.tokens[b].start..].starts_with(char::is_uppercase)
            && !(third && starts && !office);
        let pronoun = if third {
            matches!(p, "he" | "she" | "it" | "who" | "which" | "that")
        } else {
            matches!(p, "they" | "we" | "you" | "i" | "who" | "which" | "that")
        };
        if pronoun {
            return true;
        }
        // (an act's noun may take effect: `The cut takes effect on Thursday`)
        let blocked = p.is_empty()
            || p.starts_with(|c: char| c.is_ascii_digit())
            || DETERMINERS.contains(&p)
            || NOT_BEFORE_SCHEDULE.contains(&p)
            || BE.contains(&p)
            || (lexicon::names_act(p) && !office)
            || matches!(
                p,
                "has" | "have" | "had" | "he" | "she" | "it" | "they" | "we"
            );
        // (the word before the subject: a determiner before a name makes the
        // name a modifier, `A Macron visit on Monday`; one before a noun makes it
        // the subject, `the airshow runs`)
        // (or a possessive, `The RBV's decision takes effect`, and one
        // modifier between for what takes effect, `The new rate takes effect`)
        let det_at = |i: usize| {
            DETERMINERS.contains(&self.word(i)) || {
                let t = &self.tokens[i];
                crate::text::fold::is_possessive(&self.text[t.start..t.end])
            }
        };
        let det = self.back(b, 1).is_some_and(|i| {
            det_at(i)
                || (office
                    && !lexicon::verb_like(self.word(i))
                    && self
                        .back(i, 1)
                        .is_some_and(|d| DETERMINERS.contains(&self.word(d))))
        });
        if blocked {
            return false;
        }
        if name {
            return !det;
        }
        // a base form after a plural noun (`the champions travel`) or a team's
        // noun after a possessive, plural in British copy (`Arteta's side travel
        // to Wolves`; not `The UN team visit on Friday`); an `-s`
        // form only after a noun with its determiner (`the airshow runs`; not
        // `rocket launches`, `hospital visits`)
        // (or after a verb's noun in `-ing` that opens its subject: `early voting
        // ends on Saturday`, `Voting ends`; not `began counting votes on Sunday`)
        let opens = b == 0
            || starts
            || det
            || self.back(b, 1).is_some_and(|i| {
                // (at a sentence's or a clause's start: `In North Carolina, early
                // voting ends`)
                let i_starts = i == 0 || {
                    let gap = &self.text[self.tokens[i - 1].end..self.tokens[i].start];
                    ends_sentence(gap) || gap.contains(',')
                };
                i_starts
                    && matches!(
                        self.word(i),
                        "early" | "postal" | "advance" | "absentee" | "online" | "in"
                    )
            });
        if third {
            (det && !p.ends_with('s')) || (p.len() > 5 && p.ends_with("ing") && opens)
        } else {
            p.ends_with('s')
                || (matches!(p, "side" | "team" | "squad")
                    && self.back(b, 1).is_some_and(|o| {
                        let t = &self.tokens[o];
                        crate::text::fold::is_possessive(&self.text[t.start..t.end])
                    }))
        }
    }

    /// Whether the verb at token `j` opens a participle's phrase set off by commas
    /// that closes before byte `start` (`will reopen the port of Tyre, badly damaged
    /// during the war, on Monday`): an aside, not the mention's verb phrase.
    fn participle_aside(&self, j: usize, start: usize) -> bool {
        let t = &self.tokens[j];
        let w = self.word(j);
        let opens = |k: usize| {
            k > 0 && self.text[self.tokens[k - 1].end..self.tokens[k].start].contains(',')
        };
        let adverb = j > 0 && self.word(j - 1).ends_with("ly") && opens(j - 1);
        let first = if adverb { j - 1 } else { j };
        !lexicon::SAYING.contains(&w)
            && (opens(j) || adverb)
            && t.end < start
            && self.text[t.end..start].contains(',')
            && self.text[t.start..t.end].starts_with(|c: char| c.is_lowercase())
            && self.verb_ahead_of(first)
    }

    /// Whether the sentence has a verb phrase before token `first` (a comma before
    /// it), outside relative asides: then a participle there follows its object
    /// (`will reopen the port, damaged in the war,`); else it is the sentence's own
    /// verb after its subject (`Ortagus, who will return next month, arrived`).
    fn verb_ahead_of(&self, first: usize) -> bool {
        let mut verb = false;
        for i in (first.saturating_sub(LOOK_BACK)..first).rev() {
            let gap = &self.text[self.tokens[i].end..self.tokens[i + 1].start];
            if ends_sentence(gap) {
                break;
            }
            if i + 1 < first && gap.contains(',') {
                // a segment between commas: a relative aside's verbs are not the
                // sentence's
                if !matches!(self.word(i + 1), "who" | "which" | "whose" | "where") && verb {
                    return true;
                }
                verb = false;
            }
            verb |= self.marker_ending_at(i).is_some() || self.stops(i);
        }
        verb
    }

    /// Whether token `j` is a finite verb that is not a future marker.
    fn stops(&self, j: usize) -> bool {
        let w = self.word(j);
        let Some(t) = self.tokens.get(j) else {
            return false;
        };
        // (an adverb passed over, not `not`: `will be formally opened`)
        let b = 1 + usize::from(lexicon::inner_adverb(self.before(j, 1)));
        let p = self.before(j, b);
        // a participle after `be` or `have` is read with its auxiliary (`will be
        // held`), or after a linking verb with it (`will remain closed on Monday`,
        // `stayed shut`); one after a hyphen is a modifier (`US-led`)
        // (a linking verb, not the noun in `the remains recovered on Monday`)
        let linking = matches!(
            p,
            "remain" | "remains" | "remained" | "stay" | "stays" | "stayed"
        ) && !DETERMINERS.contains(&self.before(j, b + 1));
        let aux = BE.contains(&p) || matches!(p, "have" | "has" | "had") || linking;
        let hyphen = j > 0 && self.text[self.tokens[j - 1].end..t.start].trim() == "-";
        if ALWAYS_FINITE.contains(&w) {
            return true;
        }
        if aux || hyphen {
            return false;
        }
        if FINITE.contains(&w) {
            return true;
        }
        // (an object's modifier after a verb's base form: `would publish updated
        // guidance in July`)
        if matches!(
            self.before(j, 2),
            "will"
                | "would"
                | "to"
                | "can"
                | "could"
                | "may"
                | "might"
                | "should"
                | "must"
                | "shall"
        ) && self
            .back(j, 2)
            .is_some_and(|k| self.text[self.tokens[k].start..].starts_with(char::is_lowercase))
        {
            return false;
        }
        if last_done(self.text, self.tokens, j) {
            return true;
        }
        let lower = self.text[t.start..t.end].starts_with(|c: char| c.is_lowercase());
        // (right after a day, a word mostly an adjective is the verb: `The
        // Commission on Tuesday proposed delaying`)
        let after_day = matches!(
            p,
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        ) && self.before(j, 2) == "on"
            && j > 0
            && !fold::is_possessive(&self.text[self.tokens[j - 1].start..self.tokens[j - 1].end]);
        lower
            && w.len() >= 5
            && w.ends_with("ed")
            && (!NOT_PAST.contains(&w) || after_day)
            && !DETERMINERS.contains(&p)
    }
}

/// Dates said in a fact's plain-text form (`Dec 3`, `December 3, 2025`,
/// `19-12-2025`), as specs, with their byte ranges in `text`. Relative forms have no
/// reference there: `November 27 last year` is a year-less `November 27`.
pub fn specs_in(text: &str) -> Vec<(usize, usize, DateSpec)> {
    explicit_mentions(text, 0)
        .into_iter()
        .filter_map(|r| match r.form {
            Form::Explicit {
                year, month, day, ..
            } => Some((r.start, r.end, DateSpec { year, month, day })),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_read_as_the_bounded_pattern_reads_it() {
        // the pattern as it was written, with the bound in it
        let bounded = Regex::new(r"^\s*\p{Lu}[\p{L}\p{M}'’.\- ,/]{0,60}?(?:\([^)]{1,40}\)\s*)?(?:,|\s[-\u{2013}\u{2014}])\s*$").unwrap();
        let mut checked = 0;
        for len in [0usize, 1, 30, 58, 59, 60, 61, 62, 80] {
            for fill in ["a", "é", " ", ",", "a (b"] {
                let name: String = fill.repeat(len).chars().take(len).collect();
                for capital in ["B", "É", "b", " B"] {
                    for wire in [
                        "",
                        " (AFP)",
                        "(AFP) ",
                        " (a very long wire name that has no end at all)",
                    ] {
                        for end in [",", " -", " –", " —", ", ", " - ", "", " x", ",,"] {
                            let before = format!("{capital}{name}{wire}{end}");
                            assert_eq!(
                                place_before(&before),
                                bounded.is_match(&before),
                                "{before:?}"
                            );
                            checked += usize::from(bounded.is_match(&before));
                        }
                    }
                }
            }
        }
        assert!(
            checked > 100,
            "the places compared include many that are places"
        );
        assert!(place_before("BEIRUT, "));
        assert!(!place_before(&format!("B{}, ", "e".repeat(61))));
    }

    fn read(text: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
        let tokens = crate::text::tokenize(text, 0);
        let clauses = crate::text::clauses(text, &tokens);
        mentions(text, 0, &tokens, &clauses, published)
    }

    fn said(text: &str, published: Option<NaiveDate>) -> Vec<(String, String, Basis)> {
        read(text, published)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.to_string(), m.basis))
            .collect()
    }

    #[test]
    fn reads_every_written_form() {
        let text = "On Wednesday, December 3, 2025 and Dec. 3 and 3 December 2025, \
                    also Nov 19; 2025-12-04 and December 2025.";
        let got = said(text, None);
        let forms: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            forms,
            [
                "Wednesday, December 3, 2025",
                "Dec. 3",
                "3 December 2025",
                "Nov 19",
                "2025-12-04",
                "December 2025"
            ]
        );
        let dates: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(
            dates,
            [
                "2025-12-03",
                "2025-12-03",
                "2025-12-03",
                "2025-11-19",
                "2025-12-04",
                "2025-12"
            ]
        );
    }

    #[test]
    fn a_month_or_weekday_starts_a_word() {
        // `jan` of `Rajan`, `mon` of `Almon`, `mar` of `Omar`: no month, no weekday
        let forms =
            |text: &str| -> Vec<String> { said(text, None).into_iter().map(|g| g.0).collect() };
        assert!(forms("Rajan 3 people were hurt").is_empty());
        assert!(forms("Omar 2025 budget").is_empty());
        assert_eq!(forms("Almon December 3 was quiet"), ["December 3"]);
        assert_eq!(forms("Monday December 3 was quiet"), ["Monday December 3"]);
    }

    #[test]
    fn year_comes_from_published_then_earlier_date_then_unknown() {
        let p = NaiveDate::from_ymd_opt(2024, 5, 1);
        assert_eq!(said("on November 19", p)[0].1, "2024-11-19");
        assert_eq!(
            said("on November 19", p)[0].2,
            Basis::Reference(Reference {
                date: p.unwrap(),
                from: ReferenceFrom::Published
            })
        );
        let got = said("On November 19 and on 1 March 2025, then Nov 23", None);
        assert_eq!(got[0].1, "11-19 (year not known)");
        assert_eq!(got[0].2, Basis::Unknown);
        assert_eq!(got[2].1, "2025-11-23");
        assert_eq!(
            got[2].2,
            Basis::EarlierDate(NaiveDate::from_ymd_opt(2025, 3, 1).unwrap())
        );
    }

    #[test]
    fn a_full_stop_after_a_month_name_ends_the_sentence() {
        // (the month alone after `in` is a month mention of its own, no day)
        let read = said("in March. 12 people were killed", None);
        assert!(read.len() == 1 && read[0].0 == "March", "{read:?}");
        assert_eq!(said("on Dec. 12 people", None)[0].0, "Dec. 12");
    }

    #[test]
    fn month_names_in_any_case_but_may() {
        assert_eq!(said("TALKS ON DECEMBER 3, 2025", None)[0].1, "2025-12-03");
        assert_eq!(said("on december 3, 2025", None)[0].1, "2025-12-03");
        assert_eq!(said("on MAY 3, 2025", None)[0].1, "2025-05-03");
        assert!(said("it may 3", None).is_empty());
    }

    #[test]
    fn ignores_words_that_only_look_like_months() {
        assert!(said("officials may 3 times say March on", None).is_empty());
        assert!(said("February 30", None).is_empty());
        assert!(said("the Mayor said", None).is_empty());
    }

    #[test]
    fn specs_parse_and_compare() {
        let day = DateSpec::parse("2025-12-03").unwrap();
        let month = DateSpec::parse("2025-12").unwrap();
        assert!(DateSpec::parse("2025-13-01").is_err());
        assert!(DateSpec::parse("Dec 3").is_err());
        // (a text that is only a date is a date line, not a mention)
        let m = |t: &str| read(&format!("talks on {t}"), None).remove(0);
        assert_eq!(day.compare(&m("December 3, 2025")), Some(DateMatch::Equal));
        assert_eq!(
            day.compare(&m("December 4, 2025")),
            Some(DateMatch::Different)
        );
        assert_eq!(
            day.compare(&m("December 3, 2024")),
            Some(DateMatch::Different)
        );
        assert_eq!(day.compare(&m("December 3")), Some(DateMatch::Equal));
        assert_eq!(day.compare(&m("December 2025")), None);
        assert_eq!(
            month.compare(&m("December 3, 2025")),
            Some(DateMatch::Equal)
        );
        assert_eq!(
            month.compare(&m("November 2025")),
            Some(DateMatch::Different)
        );
    }

    fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// `(quote, date)` of every mention, read against `published`.
    fn dates(text: &str, published: Option<NaiveDate>) -> Vec<(String, String)> {
        said(text, published)
            .into_iter()
            .map(|(q, d, _)| (q, d))
            .collect()
    }

    fn one(text: &str, published: Option<NaiveDate>) -> String {
        // (the month of a week beside a day is left out: `next week, on Monday`)
        let mut got = dates(text, published);
        if got.len() > 1 {
            got.retain(|(q, _)| !q.to_ascii_lowercase().ends_with("week"));
        }
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        got[0].1.clone()
    }

    // 2025-12-04 is a Thursday
    const THU: Option<NaiveDate> = NaiveDate::from_ymd_opt(2025, 12, 4);

    #[test]
    fn the_day_before_yesterday_and_after_tomorrow() {
        assert_eq!(
            one(
                "A strike on Qlayaa the day before yesterday wounded a farmer",
                THU
            ),
            "2025-12-02"
        );
        assert_eq!(
            one("talks resume the day after tomorrow", THU),
            "2025-12-06"
        );
    }

    #[test]
    fn a_possessive_act_with_a_future_verb_is_ahead() {
        // told on Thursday 2025-12-04
        assert_eq!(one("Sunday's strike killed two", THU), "2025-11-30");
        assert_eq!(
            one("but Tuesday's strike would proceed as planned", THU),
            "2025-12-09"
        );
        assert_eq!(
            one("Friday's strike is also expected to affect flights", THU),
            "2025-12-05"
        );
        // (a future verb in another clause is not its own)
        assert_eq!(
            one("Sunday's strike, which will be investigated", THU),
            "2025-11-30"
        );
    }

    #[test]
    fn what_round_31_date_readings_leave_alone() {
        let march = day(2026, 3, 10);
        assert_eq!(
            one("Flights were suspended through June 6", march),
            "2026-06-06"
        );
        assert_eq!(
            one("Commuters were warned of disruption on June 6", march),
            "2026-06-06"
        );
        // told on Thursday 2025-12-04
        assert_eq!(
            one(
                "Police are holding a man in connection with a stabbing on Saturday",
                THU
            ),
            "2025-11-29"
        );
        assert_eq!(one("Nurses are striking on Thursday", THU), "2025-12-04");
        assert_eq!(
            one("strikes hit villages close to the border on Monday", THU),
            "2025-12-01"
        );
        assert_eq!(
            one("Sunday's strike will be investigated by the UN", THU),
            "2025-11-30"
        );
        assert_eq!(
            one("officials began counting votes on Sunday", THU),
            "2025-11-30"
        );
        assert_eq!(
            one("he said on Friday last week's vote was rigged", THU),
            "2025-11-28"
        );
        assert!(dates("the Boxing Day tsunami of 2004", THU).is_empty());
        // a Sunday paper's `this week`, ahead, is the coming week
        assert_eq!(
            one("MPs will vote on Tuesday this week", day(2025, 12, 7)),
            "2025-12-09"
        );
    }

    #[test]
    fn a_holiday_of_a_fixed_day_is_a_day() {
        assert_eq!(
            one("The fire broke out on Christmas Day", THU),
            "2025-12-25"
        );
        assert_eq!(one("on New Year's Eve 2024", THU), "2024-12-31");
        assert_eq!(one("crowds gathered on New Year’s Day", THU), "2025-01-01");
        assert_eq!(one("stores will reopen on Boxing Day", THU), "2025-12-26");
        // a common noun is no holiday
        assert!(dates("the christmas day rush", THU).is_empty());
    }

    #[test]
    fn a_weekday_of_a_named_week_is_that_weeks() {
        // weeks from Monday: told on Thursday 2025-12-04
        assert_eq!(
            dates("The strike began on Monday last week.", THU),
            [("Monday last week".into(), "2025-11-24".into())]
        );
        assert_eq!(one("on Tuesday of last week", THU), "2025-11-25");
        assert_eq!(one("talks resume on Friday next week", THU), "2025-12-12");
        assert_eq!(one("talks resumed on Monday this week", THU), "2025-12-01");
        // `last Monday` alone stays the most recent before the reference
        assert_eq!(one("the strike began last Monday", THU), "2025-12-01");
    }

    #[test]
    fn today_yesterday_tomorrow() {
        assert_eq!(
            dates(
                "Talks ended yesterday; they resume tomorrow, not today.",
                THU
            ),
            [
                ("yesterday".into(), "2025-12-03".into()),
                ("tomorrow".into(), "2025-12-05".into()),
                ("today".into(), "2025-12-04".into())
            ]
        );
        assert_eq!(one("Today's meeting", THU), "2025-12-04");
        assert_eq!(one("strikes tonight", THU), "2025-12-04");
    }

    #[test]
    fn each_relative_form_alone_is_read() {
        // an article's only relative date is still searched for (the pre-check on
        // its words lets each form through), in any case
        for text in [
            "talks this MORNING",
            "talks this afternoon",
            "talks this Evening",
            "strikes LAST NIGHT",
            "strikes TONIGHT",
            "resume Tomorrow",
            "held YESTERDAY",
            "held on Monday",
            "held on SATURDAY",
            "held on the 3rd",
            "held on the 22ND",
        ] {
            assert_eq!(dates(text, THU).len(), 1, "{text}");
        }
        assert!(dates("held on the 19 of them", THU).is_empty());
    }

    #[test]
    fn a_bare_weekday_is_the_most_recent_such_day() {
        assert_eq!(one("talks held on Wednesday", THU), "2025-12-03");
        assert_eq!(one("Wednesday's meeting", THU), "2025-12-03");
        assert_eq!(one("the strike on Friday", THU), "2025-11-28");
        // the same day when the reference is that weekday
        assert_eq!(one("Aoun said on Thursday", THU), "2025-12-04");
        // `last` is strictly before
        assert_eq!(one("they met last Thursday", THU), "2025-11-27");
        assert_eq!(one("they met last Wednesday", THU), "2025-12-03");
        // a proper noun only
        assert!(dates("a friday prayer", THU).is_empty());
        // `Fridays` is no day
        assert!(dates("talks on Fridays", THU).is_empty());
    }

    #[test]
    fn a_weekday_in_the_future_tense_is_the_first_after() {
        assert_eq!(one("They will meet on Friday", THU), "2025-12-05");
        assert_eq!(one("They will meet on Thursday", THU), "2025-12-11");
        // `later on` the day of the reference is that day
        assert_eq!(
            one("He was due to visit later on Thursday", THU),
            "2025-12-04"
        );
        assert_eq!(one("He will speak later Thursday", THU), "2025-12-04");
        assert_eq!(one("He will speak later on Friday", THU), "2025-12-05");
        // a part of the day still ahead in the future; by tense otherwise
        assert_eq!(
            one(
                "The funeral is set to take place on Thursday afternoon",
                THU
            ),
            "2025-12-04"
        );
        assert_eq!(
            one("Talks will resume on Friday evening", THU),
            "2025-12-05"
        );
        assert_eq!(one("Strikes hit Tyre on Monday night", THU), "2025-12-01");
        assert_eq!(
            one("They will meet again next week on Monday", THU),
            "2025-12-08"
        );
        assert_eq!(one("the vote is set for Monday", THU), "2025-12-08");
        assert_eq!(one("talks scheduled for Monday", THU), "2025-12-08");
        assert_eq!(one("talks are due to resume on Monday", THU), "2025-12-08");
        assert_eq!(
            one("the envoy is expected to arrive on Monday", THU),
            "2025-12-08"
        );
        assert_eq!(one("Lebanon is to host talks on Monday", THU), "2025-12-08");
        assert_eq!(one("Aoun plans to travel on Monday", THU), "2025-12-08");
        assert_eq!(one("Talks would resume on Monday", THU), "2025-12-08");
        assert_eq!(one("They'll meet on Monday", THU), "2025-12-08");
        assert_eq!(one("talks will be held on Monday", THU), "2025-12-08");
        assert_eq!(one("talks shall resume on Monday", THU), "2025-12-08");
        // `next` reads forward whatever the tense
        assert_eq!(
            one("they met, and meet again next Friday", THU),
            "2025-12-05"
        );
        assert_eq!(one("He said next Thursday", THU), "2025-12-11");
    }

    #[test]
    fn an_arrangement_in_the_present_is_ahead() {
        assert!(
            super::ARRANGED.windows(2).all(|w| w[0] < w[1]),
            "sorted for search"
        );
        // told on Thursday 2025-12-04
        assert_eq!(
            one("The union is holding a strike on Saturday", THU),
            "2025-12-06"
        );
        assert_eq!(
            one("Doctors are now striking on Saturday", THU),
            "2025-12-06"
        );
        assert_eq!(one("The vote is being held on Saturday", THU), "2025-12-06");
        assert_eq!(one("Early voting ends on Saturday", THU), "2025-12-06");
        // an earlier event beside it, or another verb, is not
        assert_eq!(
            one(
                "Police are holding an inquiry into the strike on Saturday",
                THU
            ),
            "2025-11-29"
        );
        assert_eq!(
            one("Rescuers are searching for them on Saturday", THU),
            "2025-11-29"
        );
        assert_eq!(
            one("The union was holding a strike on Saturday", THU),
            "2025-11-29"
        );
    }

    #[test]
    fn tense_is_the_nearest_verb_phrase_before_the_mention() {
        let text = "Aoun said on Thursday that talks will resume on Monday.";
        assert_eq!(
            dates(text, THU),
            [
                ("Thursday".into(), "2025-12-04".into()),
                ("Monday".into(), "2025-12-08".into())
            ]
        );
        // a past verb after the future marker stops the search
        assert_eq!(
            one("Officials will say that Israel struck on Monday", THU),
            "2025-12-01"
        );
        // a clause of its own
        assert_eq!(
            one("Talks will resume, Aoun said on Monday", THU),
            "2025-12-01"
        );
        // `due to` before a noun gives a cause, not a future
        assert_eq!(
            one("The delay was due to the strike on Monday", THU),
            "2025-12-01"
        );
        // an adjective participle or a modifier does not stop it
        assert_eq!(
            one("He will meet displaced families on Monday", THU),
            "2025-12-08"
        );
        assert_eq!(
            one("He will attend US-led talks on Monday", THU),
            "2025-12-08"
        );
        assert_eq!(
            one("Talks will reach the proposed deal on Monday", THU),
            "2025-12-08"
        );
        // nothing before it in its clause: the verb phrase after it in its sentence
        assert_eq!(one("On Monday, the cabinet will meet.", THU), "2025-12-08");
        assert_eq!(one("On Monday, the cabinet met.", THU), "2025-12-01");
        assert_eq!(one("Monday's meeting will decide.", THU), "2025-12-08");
        assert_eq!(one("On Monday. The cabinet will meet.", THU), "2025-12-01");
    }

    #[test]
    fn is_future_reads_markers_and_stops() {
        let future = |text: &str, at: &str| {
            let tokens = crate::text::tokenize(text, 0);
            let clauses = crate::text::clauses(text, &tokens);
            let start = text.find(at).unwrap();
            is_future(text, &tokens, &clauses, start, start + at.len())
        };
        assert!(future("talks will resume on Friday", "Friday"));
        assert!(!future("talks resumed on Friday", "Friday"));
        assert!(!future("talks were held on Friday", "Friday"));
        assert!(future("the meeting is scheduled for Friday", "Friday"));
        assert!(future(
            "the ministers are also expected to meet on Friday",
            "Friday"
        ));
        assert!(!future("Friday", "Friday"));
        // a schedule in the present tense is ahead
        assert!(future("Lyon travel to Marseille on Sunday", "Sunday"));
        assert!(future(
            "The champions, who were beaten by Forest on Saturday, travel to West Ham on Sunday",
            "Sunday"
        ));
        assert!(future("PSG host Monaco on Wednesday", "Wednesday"));
        assert!(future("the airshow runs until Friday", "Friday"));
        // not a noun, nor a verb after `to`, an auxiliary or `did`
        assert!(!future("the start on Friday was slow", "Friday"));
        assert!(!future("two visits on Friday ended", "Friday"));
        assert!(!future(
            "Hezbollah rocket launches on Friday prompted strikes",
            "Friday"
        ));
        assert!(!future(
            "Hospital visits on Friday were suspended",
            "Friday"
        ));
        assert!(!future(
            "Guided tours on Sunday drew large crowds",
            "Sunday"
        ));
        assert!(!future("A Macron visit on Monday was cut short", "Monday"));
        assert!(!future("they did not travel on Friday", "Friday"));
        assert!(!future("they had planned to travel on Friday", "Friday"));
        assert!(!future("after a strong start on Friday", "Friday"));
        assert!(!future(
            "Hezbollah head Naim Qassem on Monday warned Israel",
            "Monday"
        ));
        assert!(!future("a source close to the talks on Monday", "Monday"));
        assert!(future("the exhibition, which runs until Friday", "Friday"));
        // an event after `after` or `since` is done, whatever the clause beside
        assert!(!future(
            "he would not walk away after Liverpool's 4-1 defeat by PSV on Wednesday",
            "Wednesday"
        ));
        assert!(!future(
            "will face off in a Dec. 14 runoff after finishing first in Sunday's election",
            "Sunday"
        ));
        assert!(!future(
            "Italy will face Northern Ireland on March 26, after the draw in Zurich on Thursday",
            "Thursday"
        ));
        // (not an event that may be ahead, nor one with a verb of its own)
        assert!(future(
            "The cabinet will vote on the plan after a meeting with the army chief on Friday",
            "Friday"
        ));
        assert!(future(
            "The envoy will fly to Beirut after meeting Netanyahu on Friday",
            "Friday"
        ));
        assert!(future(
            "Results will be announced after the polls close on Sunday",
            "Sunday"
        ));
        assert!(future(
            "Talks are set to resume shortly after Friday prayers",
            "Friday"
        ));
        assert!(future(
            "The summit will go ahead after all on Friday",
            "Friday"
        ));
        assert!(future(
            "Lyon will face Nice on Sunday after beating Lens",
            "Sunday"
        ));
        assert!(future(
            "the envoy will meet Aoun after he arrives on Thursday",
            "Thursday"
        ));
    }

    #[test]
    fn an_ordinal_day_is_in_the_month_of_the_reference() {
        assert_eq!(one("the talks on the 3rd", THU), "2025-12-03");
        assert_eq!(one("talks held on the 19th", THU), "2025-12-19");
        assert_eq!(one("the 19th of this month", THU), "2025-12-19");
        assert_eq!(one("the 19th of the current month", THU), "2025-12-19");
        assert_eq!(one("on the 19th of last month", THU), "2025-11-19");
        assert_eq!(one("on the 9th of next month", THU), "2026-01-09");
        // in the future tense, the first such day after the reference
        assert_eq!(one("talks will resume on the 19th", THU), "2025-12-19");
        assert_eq!(one("talks will resume on the 2nd", THU), "2026-01-02");
        assert_eq!(one("talks will resume on the 4th.", THU), "2026-01-04");
        // digits with their suffix only, and not before a noun
        assert!(dates("the 14th round of talks", THU).is_empty());
        assert!(dates("the 19th century", THU).is_empty());
        assert!(dates("the 1st Armoured Division", THU).is_empty());
        assert!(dates("the 21th and the nineteenth", THU).is_empty());
        assert!(dates("for the 3rd time", THU).is_empty());
        assert!(
            dates("the 31st of last month", THU).is_empty(),
            "November has 30 days"
        );
        assert_eq!(one("the 19th, officials said", THU), "2025-12-19");
        // before the sentence's verb, a day; before a modifier, the noun's number
        let late = day(2025, 12, 22);
        assert_eq!(
            one("The strike on the 19th killed a man", late),
            "2025-12-19"
        );
        assert_eq!(
            one("A raid on the 2nd wounded a worker", late),
            "2025-12-02"
        );
        assert!(dates("the 5th armored brigade", late).is_empty());
        assert!(dates("the 19th Killed in Action list", late).is_empty());
        // a day the month does not have is no date
        let nov = day(2025, 11, 24);
        assert!(dates("on the 31st", nov).is_empty());
        // with a month name, it is an explicit date
        assert_eq!(
            dates("on the 19th of December", THU),
            [("19th of December".into(), "2025-12-19".into())]
        );
    }

    #[test]
    fn this_last_and_next_year_give_the_year() {
        let p = day(2025, 11, 27);
        assert_eq!(
            dates("on November 27 last year", p),
            [("November 27 last year".into(), "2024-11-27".into())]
        );
        assert_eq!(
            dates("in March this year", p),
            [("March this year".into(), "2025-03".into())]
        );
        assert_eq!(one("on 3 March next year", p), "2026-03-03");
        assert_eq!(one("on March 3 of last year", p), "2024-03-03");
        // no month or day next to it: nothing to read
        assert!(dates("earlier this year", p).is_empty());
    }

    #[test]
    fn this_last_and_next_month_are_months() {
        let p = day(2025, 12, 4);
        assert_eq!(
            dates("Ortagus visited Beirut last month", p),
            [("last month".into(), "2025-11".into())]
        );
        assert_eq!(one("talks held earlier this month", p), "2025-12");
        assert_eq!(one("Last month's strikes", p), "2025-11");
        assert_eq!(one("a third round is expected next month", p), "2026-01");
        assert_eq!(one("late last month", day(2026, 1, 9)), "2025-12");
        let said = said("visited last month", p);
        assert_eq!(
            said[0].1, "2025-11",
            "a month-precision reading against the reference"
        );
        // a span of time, not a month of the calendar; the ordinal keeps its month
        for span in [
            "strikes intensified over the last month",
            "in the next month or two",
            "a month-long campaign",
            "monthly reports",
        ] {
            assert!(dates(span, p).is_empty(), "{span}");
        }
        assert_eq!(one("on the 19th of this month", p), "2025-12-19");
        // a time before the reference: a day, or the month it falls in
        assert_eq!(one("the strike three days ago", p), "2025-12-01");
        assert_eq!(one("Two weeks ago, Israel struck", p), "2025-11");
        assert_eq!(one("A year ago, the ceasefire took effect", p), "2024-12");
        assert_eq!(
            one("One year ago today, the ceasefire took effect", p),
            "2024-12-04"
        );
        assert_eq!(one("It took effect a month ago today", p), "2025-11-04");
        assert_eq!(
            one("Twenty years ago today, the tsunami struck", p),
            "2005-12-04"
        );
        assert_eq!(one("a month ago", p), "2025-11");
        assert!(dates("ten years of war ago", p).is_empty());
        // without a reference no month is known
        assert!(dates("last month", None).is_empty());
        // without a reference the year is not known
        assert_eq!(
            one("on November 27 last year", None),
            "11-27 (year not known)"
        );
    }

    #[test]
    fn numeric_dates_when_day_and_month_can_be_told_apart() {
        assert_eq!(
            said("on 19-12-2025", None),
            [("19-12-2025".into(), "2025-12-19".into(), Basis::Numeric)]
        );
        assert_eq!(one("on 19/12/2025", None), "2025-12-19");
        assert_eq!(one("on 12/19/2025", None), "2025-12-19");
        assert_eq!(one("on 19.12.2025.", None), "2025-12-19");
        assert_eq!(one("on 12/12/2025", None), "2025-12-12");
        assert!(dates("on 3/12/2025", THU).is_empty());
        assert!(dates("on 03/04/2025", None).is_empty());
        assert!(dates("on 19-12/2025", None).is_empty());
        assert!(dates("on 13/13/2025", None).is_empty());
        assert!(dates("on 31/02/2025", None).is_empty());
        // ISO stays ISO
        assert_eq!(one("on 2025-12-03", None), "2025-12-03");
        // scores, phone numbers, versions, 24/7
        assert!(
            dates(
                "voted 6-3, open 24/7, call 01-19-2025-44, v1.19.12.2025",
                None
            )
            .is_empty()
        );
        assert!(dates("call 961-19-12-2025", None).is_empty());
        assert!(dates("in 19/12/1850", None).is_empty());
    }

    #[test]
    fn a_weekday_beside_a_date_is_part_of_it() {
        assert_eq!(
            dates("on Wednesday 3 December 2025", THU),
            [("Wednesday 3 December 2025".into(), "2025-12-03".into())]
        );
        assert_eq!(
            dates("on Wednesday, December 3, 2025", THU),
            [("Wednesday, December 3, 2025".into(), "2025-12-03".into())]
        );
        assert_eq!(
            dates("on Wednesday the 3rd", THU),
            [("Wednesday the 3rd".into(), "2025-12-03".into())]
        );
    }

    #[test]
    fn relative_dates_need_a_reference() {
        assert!(dates("talks held on Wednesday, yesterday, on the 3rd", None).is_empty());
    }

    #[test]
    fn a_dateline_or_a_date_line_is_the_reference() {
        let r = |body: &str| reference(body, None).map(|r| r.to_string());
        assert_eq!(
            r("BEIRUT, Dec 19, 2025 (AFP) – Talks ended on Wednesday."),
            Some("dateline 2025-12-19".into())
        );
        assert_eq!(
            r("Lebanon talks\nNAQOURA, Lebanon, Dec. 19, 2025 (Reuters) - Talks ended."),
            Some("dateline 2025-12-19".into())
        );
        assert_eq!(
            r("Headline\n\n19-12-2025 | 12:50\nBody"),
            Some("dateline 2025-12-19".into())
        );
        assert_eq!(
            r("Headline\nDecember 19, 2025 12:50 GMT\nBody"),
            Some("dateline 2025-12-19".into())
        );
        assert_eq!(
            r("Headline\nPublished: Friday 19 December 2025, 12:50 pm\nBody"),
            Some("dateline 2025-12-19".into())
        );
        // published wins
        assert_eq!(
            reference("BEIRUT, Dec 19, 2025 (AFP) –", THU).map(|r| r.to_string()),
            Some("published 2025-12-04".into())
        );
        // a date in a sentence is no dateline; a year-less dateline gives no year
        assert_eq!(r("Talks were held on December 3, 2025 in Naqoura."), None);
        assert_eq!(
            r("Lebanon, Israel and the US met on December 3, 2025 – a first."),
            None
        );
        assert_eq!(r("BEIRUT, Dec 19 (Reuters) - Talks"), None);
        assert_eq!(
            r("One\nTwo\nThree\nBEIRUT, Dec 19, 2025 (AFP) – Talks"),
            None
        );
        assert_eq!(r("On 03/04/2025"), None);
    }

    #[test]
    fn the_dateline_reads_relative_dates_and_gives_years() {
        let text = "BEIRUT, Dec 19, 2025 (AFP) – Talks were held on Wednesday. A strike on Nov 23.";
        let got = said(text, None);
        let reference = Basis::Reference(Reference {
            date: NaiveDate::from_ymd_opt(2025, 12, 19).unwrap(),
            from: ReferenceFrom::Dateline,
        });
        assert_eq!(
            got,
            [
                // the dateline dates the report, not what it tells
                ("Dec 19, 2025".into(), "2025-12-19".into(), Basis::Dateline),
                ("Wednesday".into(), "2025-12-17".into(), reference),
                ("Nov 23".into(), "2025-11-23".into(), reference)
            ]
        );
    }

    #[test]
    fn readings_name_what_they_were_read_against() {
        let reading = |text: &str, p| {
            read(text, p)
                .iter()
                .map(|m| m.reading(text).unwrap_or_default())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            reading("talks held on Wednesday", THU),
            ["\"Wednesday\" read as 2025-12-03 (published 2025-12-04)"]
        );
        assert_eq!(
            reading("on November 27 last year", day(2025, 11, 27)),
            ["\"November 27 last year\" read as 2024-11-27 (published 2025-11-27)"]
        );
        assert_eq!(
            reading("on 19-12-2025", None),
            ["\"19-12-2025\" read as 2025-12-19"]
        );
        assert_eq!(
            reading("on Dec. 3", day(2025, 11, 24)),
            ["\"Dec. 3\" read as 2025-12-03 (published 2025-11-24)"]
        );
        assert_eq!(
            reading("On 1 March 2025, then Nov 23", None),
            [
                "",
                "\"Nov 23\" read as 2025-11-23 (earlier date 2025-03-01)"
            ]
        );
        assert_eq!(
            reading("on Nov 23", None),
            ["year not known for \"Nov 23\""]
        );
        let m = &read("on December 3, 2025", None)[0];
        assert_eq!(m.described("on December 3, 2025"), "2025-12-03");
        let text = "on Wednesday";
        assert_eq!(
            read(text, THU)[0].described(text),
            "\"Wednesday\" read as 2025-12-03 (published 2025-12-04)"
        );
    }

    #[test]
    fn news_prose_that_is_no_date() {
        // `May` the verb, scores, ordinals before nouns
        assert!(dates("talks may resume; Lebanon won 6-3 in the 2nd half", THU).is_empty());
        // a name that begins with a day's name is no day; a day before a noun is
        // a newspaper named for its day is no day; a day before a noun or name is
        assert!(dates("the Sunday Times reported a strike", THU).is_empty());
        assert!(dates("a Sunday Telegraph report", THU).is_empty());
        assert_eq!(one("the Sunday strike on Tyre", THU), "2025-11-30");
        assert_eq!(one("The Sunday strike on Tyre", THU), "2025-11-30");
        assert_eq!(one("the Wednesday Naqoura talks", THU), "2025-12-03");
        assert_eq!(one("the Sunday Israeli strike on Qana", THU), "2025-11-30");
    }

    #[test]
    fn only_verb_phrases_make_the_future() {
        let cases = [
            // a cause after `due to` without a form of `be`
            (
                "Flights were halted due to heavy fog on Tuesday",
                "2025-12-02",
            ),
            // a plan in reported speech keeps its future
            (
                "The envoy was due to arrive on Tuesday, aides said",
                "2025-12-09",
            ),
            ("The envoy is due to arrive on Tuesday", "2025-12-09"),
            ("The envoy is also expected to land on Monday", "2025-12-08"),
            (
                "The envoy is once more expected to land on Monday",
                "2025-12-08",
            ),
            (
                "The army is in turn expected to deploy on Monday",
                "2025-12-08",
            ),
            ("The army is also now set to deploy on Monday", "2025-12-08"),
            (
                "Talks have been scheduled to resume on Monday",
                "2025-12-08",
            ),
            // a plan told in the past that did not happen: its day is behind
            (
                "Talks were due to resume on Monday but were postponed",
                "2025-12-01",
            ),
            (
                "The envoy was expected in Beirut on Monday, but the trip was cancelled",
                "2025-12-01",
            ),
            (
                "Talks were due to resume on Monday. But aides were hopeful",
                "2025-12-08",
            ),
            (
                "Talks are due to resume on Monday but aides doubt it",
                "2025-12-08",
            ),
            (
                "The meeting had been scheduled for Monday but was called off",
                "2025-12-01",
            ),
            (
                "The envoy had been expected in Sohmor on Friday but did not arrive",
                "2025-11-28",
            ),
            (
                "MPs were expected to vote on Monday but the session lacked a quorum",
                "2025-12-01",
            ),
            (
                "The envoy was expected in Tyre on Friday, but officials did not say who she would meet",
                "2025-12-05",
            ),
            (
                "The funeral was set to take place on Friday, but it will be held under guard",
                "2025-12-05",
            ),
            (
                "The envoy was due in Beirut on Friday but not in Tyre",
                "2025-12-05",
            ),
            // a plan moved to a later day, by a finite passive before a time
            ("The talks were postponed until Friday", "2025-12-05"),
            ("The talks have been rescheduled for Friday", "2025-12-05"),
            (
                "Talks, postponed until Monday, finally took place in Naqoura",
                "2025-12-01",
            ),
            ("The talks were moved to Tyre on Monday", "2025-12-01"),
            (
                "The talks, which had been postponed to Tuesday, were held",
                "2025-12-02",
            ),
            (
                "The meeting, rescheduled for Tuesday, went ahead in Naqoura",
                "2025-12-02",
            ),
            // an aside inside the verb phrase
            (
                "The cabinet is, however, expected to meet on Friday",
                "2025-12-05",
            ),
            (
                "Inspectors are \u{2013} aides say \u{2013} due to visit on Friday",
                "2025-12-05",
            ),
            // the noun `will`, and a name
            ("Voters made their will known on Sunday", "2025-11-30"),
            ("Lebanon's will was tested on Sunday", "2025-11-30"),
            ("analyst Will Todman spoke on Sunday", "2025-11-30"),
            ("Lebanon Will Vote on Sunday", "2025-12-07"),
            ("Voters will decide on Sunday", "2025-12-07"),
            // `next` points to a time, not a place, the next of a series, or the next
            // day of a story
            ("A shell hit the shop next door on Friday", "2025-11-28"),
            (
                "Aoun outlined the next stage of talks on Monday",
                "2025-12-01",
            ),
            ("The envoy returns next week, on Monday", "2025-12-08"),
            ("Talks resumed the next day, Tuesday", "2025-12-02"),
            // an aside does not hide the verb phrase it interrupts
            (
                "The cabinet will, its spokesman said, meet on Friday",
                "2025-12-05",
            ),
            ("Israel, the army said, struck Tyre on Friday", "2025-11-28"),
        ];
        for (text, date) in cases {
            assert_eq!(one(text, THU), date, "{text}");
        }
    }

    #[test]
    fn specs_read_numeric_and_relative_year_dates() {
        let spec = |t: &str| {
            specs_in(t)
                .into_iter()
                .map(|s| s.2.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(spec("talks on 19-12-2025"), ["2025-12-19"]);
        assert_eq!(spec("talks on November 27 last year"), ["11-27 (any year)"]);
        assert!(spec("talks on Wednesday").is_empty());
    }

    #[test]
    fn the_dateline_dates_the_report_and_is_no_mention() {
        // with a year it is the reference; with or without, no fact's date compares
        // with it (it stays a mention so that its digits are no numbers)
        let compared = |text: &str, p| {
            let spec = DateSpec::parse("2025-12-18").unwrap();
            read(text, p)
                .iter()
                .filter_map(|m| {
                    spec.compare(m)
                        .map(|c| (text[m.start..m.end].to_string(), c))
                })
                .collect::<Vec<_>>()
        };
        let text = "BEIRUT, Dec 19, 2025 (AFP) – Israeli strikes killed two people.";
        assert_eq!(read(text, None)[0].basis, Basis::Dateline);
        assert!(compared(text, None).is_empty());
        let text = "BEIRUT, Dec 19 (Reuters) - Strikes killed two people on Dec. 18.";
        assert_eq!(
            compared(text, day(2025, 12, 19)),
            [("Dec. 18".into(), DateMatch::Equal)]
        );
        let text = "BEIRUT, Friday, Dec. 19, 2025 (AP) — They met on Wednesday.";
        assert_eq!(
            dates(text, None)[1],
            ("Wednesday".into(), "2025-12-17".into())
        );
        // it still gives its year to year-less dates after it
        let text = "Headline\nBEIRUT, Dec 19 (Reuters) - Talks on 3 December.";
        assert_eq!(
            dates(text, None)[1],
            ("3 December".into(), "12-03 (year not known)".into())
        );
    }

    #[test]
    fn date_lines_of_web_pages() {
        let r = |body: &str| reference(body, None).map(|r| r.date.to_string());
        let dec19 = Some("2025-12-19".to_string());
        assert_eq!(r("Headline\nFri 19 Dec 2025 14.30 GMT\nBody"), dec19);
        assert_eq!(
            r("Headline\nLast update: 19 December 2025 12:50\nBody"),
            dec19
        );
        assert_eq!(r("Headline\n2025-12-19T12:50:00+02:00\nBody"), dec19);
        assert_eq!(
            r("Headline\nUpdated 12:50 PM ET, Fri December 19, 2025\nBody"),
            dec19
        );
        assert_eq!(r("Headline\nPublished On 19 Dec 2025\nBody"), dec19);
        assert_eq!(r("Headline\nDec 19, 2025 at 12:50\nBody"), dec19);
        // `on` alone does not make a line a date line
        assert_eq!(r("on December 19, 2025"), None);
    }

    #[test]
    fn lists_and_ranges_of_days() {
        let all = |t: &str| dates(t, THU).into_iter().map(|d| d.1).collect::<Vec<_>>();
        assert_eq!(
            all("talks on 2 and 3 December"),
            ["2025-12-02", "2025-12-03"]
        );
        assert_eq!(
            all("talks on December 2 and 3 in Naqoura"),
            ["2025-12-02", "2025-12-03"]
        );
        assert_eq!(
            all("talks on 1-3 December"),
            ["2025-12-01", "2025-12-02", "2025-12-03"]
        );
        assert_eq!(
            all("talks December 1-3, 2025"),
            ["2025-12-01", "2025-12-02", "2025-12-03"]
        );
        assert_eq!(all("from Dec. 3 to 4"), ["2025-12-03", "2025-12-04"]);
        assert_eq!(dates("on 2 and 3 December", THU)[0].0, "2 and 3 December");
        // a count after the second number: the first day alone
        assert_eq!(
            dates("On December 3 and 4 soldiers were wounded", THU),
            [("December 3".into(), "2025-12-03".into())]
        );
        // not a list: a day after it, or an earlier one; the next mention is still read
        assert_eq!(
            all("Dec. 3 and 3 December 2025"),
            ["2025-12-03", "2025-12-03"]
        );
        assert_eq!(all("on 5-3 December"), ["2025-12-03"]);
        // `between … and` is a range, the second day written in full or not
        assert_eq!(
            all("raids between Dec 1 and 3, AFP said"),
            ["2025-12-01", "2025-12-02", "2025-12-03"]
        );
        assert_eq!(
            all("raids between Dec. 1 and Dec. 3, AFP said"),
            ["2025-12-01", "2025-12-02", "2025-12-03"]
        );
        assert_eq!(
            dates("between Dec. 1 and Dec. 3", THU)[0].0,
            "Dec. 1 and Dec. 3"
        );
        assert_eq!(
            all("between 1 and 3 December"),
            ["2025-12-01", "2025-12-02", "2025-12-03"]
        );
        // not without `between`; across months, a span (`fill_spans`)
        assert_eq!(all("on Dec. 1 and Dec. 3"), ["2025-12-01", "2025-12-03"]);
        assert_eq!(
            all("between Nov. 30 and Dec. 2"),
            ["2025-11-30", "2025-12-01", "2025-12-02"]
        );
    }

    #[test]
    fn a_year_less_day_far_from_the_reference_takes_the_nearer_year() {
        assert_eq!(
            one("killed on Dec. 30 in Beirut", day(2026, 1, 2)),
            "2025-12-30"
        );
        assert_eq!(one("talks will resume on Jan. 15", THU), "2026-01-15");
        // a future day more than a month before the reference is next year's
        assert_eq!(
            one("Kast will take office on March 11", day(2025, 11, 17)),
            "2026-03-11"
        );
        assert_eq!(
            one("Kast took office on March 11", day(2025, 11, 17)),
            "2025-03-11"
        );
        // within nine months the reference's year, told in the past or with no
        // tense
        assert_eq!(one("talks resumed on Jan. 15", THU), "2025-01-15");
        assert_eq!(one("the summit on Dec. 19", THU), "2025-12-19");
        assert_eq!(one("on November 19", day(2024, 5, 1)), "2024-11-19");
        // a day told in the past more than a month ahead is last year's
        assert_eq!(
            one(
                "the plan, which the cabinet welcomed on Sept. 5, did",
                day(2026, 1, 13)
            ),
            "2025-09-05"
        );
        assert_eq!(one("the talks were held on Dec. 19", THU), "2025-12-19");
        // a passive told in the past, too; not a plan's or a move's participle
        let march = day(2026, 3, 10);
        assert_eq!(one("The final was held on June 6", march), "2025-06-06");
        assert_eq!(one("it had been played on June 6", march), "2025-06-06");
        assert_eq!(
            one("it was officially opened on June 6", march),
            "2025-06-06"
        );
        assert_eq!(one("the deadline was June 6", march), "2026-06-06");
        assert_eq!(one("The vote was scheduled on June 6", march), "2026-06-06");
        assert_eq!(one("The vote was called for June 6", march), "2026-06-06");
        assert_eq!(one("The vote was expected on June 6", march), "2026-06-06");
        assert_eq!(one("The vote was postponed to June 6", march), "2026-06-06");
        assert_eq!(
            one("The vote was postponed until June 6", march),
            "2026-06-06"
        );
        let june = day(2025, 6, 20);
        // a decision of what follows `to` puts a month or day before the
        // reference's ahead, as the future does
        assert_eq!(one("They agreed to meet again in February", THU), "2026-02");
        assert_eq!(
            one(
                "The sides had decided to hold the next round on Jan. 7",
                THU
            ),
            "2026-01-07"
        );
        assert_eq!(
            one("Israel pledged to withdraw by Jan. 26", day(2025, 2, 10)),
            "2025-01-26"
        );
        assert_eq!(
            one("Lebanon agreed to the plan in February", THU),
            "2025-02"
        );
        assert_eq!(one("They met again in February", THU), "2025-02");
        for plan in [
            "The two sides agreed to hold the next round on Aug. 5",
            "Officials said the talks resume on Aug. 5",
            "The session had been moved to Aug. 5",
            "The deadline for the withdrawal was Aug. 5",
        ] {
            assert_eq!(one(plan, june), "2025-08-05", "{plan}");
        }
        // a participle set off by commas is no verb phrase of the mention
        assert_eq!(
            one(
                "will reopen the port of Tyre, badly damaged in the war, on Monday",
                THU
            ),
            "2025-12-08"
        );
        assert_eq!(
            one(
                "plans to reopen the hospital, shut since the war, on Saturday",
                THU
            ),
            "2025-12-06"
        );
        assert_eq!(
            one("the hospital, reopened on Saturday, is", THU),
            "2025-11-29"
        );
        // the sentence's own verb after a relative aside is no participle aside
        assert_eq!(
            dates(
                "Ortagus, who will return next month, arrived in Beirut, as expected, on Tuesday.",
                THU
            ),
            [
                ("next month".into(), "2026-01".into()),
                ("Tuesday".into(), "2025-12-02".into())
            ]
        );
        // an attribution closing the sentence may have a setting of its own
        assert_eq!(
            one(
                "will reopen the hospital on Saturday, the minister said during a tour of the district.",
                THU
            ),
            "2025-12-06"
        );
    }

    #[test]
    fn weeks_name_their_month() {
        // 2025-12-04 is a Thursday: this week is Dec. 1–7, last week Nov. 24–30
        assert_eq!(one("the envoys met last week", THU), "2025-11");
        assert_eq!(one("ministers will meet later this week", THU), "2025-12");
        assert_eq!(one("talks resume next week", THU), "2025-12");
        // (a week across two months names none; a span of time is no week)
        let sat = NaiveDate::from_ymd_opt(2025, 11, 8);
        assert_eq!(one("talks resume next week", sat), "2025-11");
        let tue = NaiveDate::from_ymd_opt(2025, 12, 30);
        assert!(dates("the envoys met this week", tue).is_empty());
        assert!(dates("strikes over the last week", THU).is_empty());
    }

    #[test]
    fn a_weekend_is_its_two_days() {
        // 2025-12-04 is a Thursday
        let days_at = |text: &str, at: Option<NaiveDate>| -> Vec<String> {
            dates(text, at).into_iter().map(|(_, d)| d).collect()
        };
        let days = |text: &str| days_at(text, THU);
        assert_eq!(
            days("the storm will reach the coast this weekend"),
            ["2025-12-06", "2025-12-07"]
        );
        assert_eq!(
            days("the envoy visited Doha last weekend"),
            ["2025-11-29", "2025-11-30"]
        );
        assert_eq!(days("talks next weekend"), ["2025-12-13", "2025-12-14"]);
        // by its tense: the last one, or the coming one
        assert_eq!(
            days("protesters gathered over the weekend"),
            ["2025-11-29", "2025-11-30"]
        );
        assert_eq!(
            days("fans will gather over the weekend"),
            ["2025-12-06", "2025-12-07"]
        );
        assert_eq!(days("this past weekend"), ["2025-11-29", "2025-11-30"]);
        // (`this weekend` by its tense; not the last weekend of a month)
        let mon = NaiveDate::from_ymd_opt(2025, 12, 8);
        assert_eq!(
            days_at("Thousands gathered in Beirut this weekend", mon),
            ["2025-12-06", "2025-12-07"]
        );
        assert!(days_at("Elections are due on the last weekend of January", mon).is_empty());
        // told on a Sunday, the weekend it falls on
        let sun = NaiveDate::from_ymd_opt(2025, 12, 7);
        assert_eq!(
            days_at("clashes at the weekend", sun),
            ["2025-12-06", "2025-12-07"]
        );
    }

    #[test]
    fn spans_and_offsets() {
        let days =
            |text: &str| -> Vec<String> { dates(text, THU).into_iter().map(|(_, d)| d).collect() };
        assert_eq!(
            days("the pope visited Lebanon from Nov. 30 to Dec. 2"),
            ["2025-11-30", "2025-12-01", "2025-12-02"]
        );
        assert_eq!(
            days("a strike from Monday to Wednesday"),
            ["2025-12-01", "2025-12-02", "2025-12-03"]
        );
        assert_eq!(
            days("between Nov. 29 and Dec. 1"),
            ["2025-11-29", "2025-11-30", "2025-12-01"]
        );
        // (a plan moved; more than a month; the days of a list)
        assert_eq!(days("was postponed from Monday to Wednesday").len(), 2);
        assert_eq!(days("from Jan. 3 to March 9").len(), 2);
        assert_eq!(days("on Nov. 30 and Dec. 2").len(), 2);
        assert_eq!(
            said("A day after Sunday's vote, he left.", THU)[0],
            (
                "A day after".to_string(),
                "2025-12-01".to_string(),
                Basis::Offset(NaiveDate::from_ymd_opt(2025, 11, 30).unwrap())
            )
        );
        assert_eq!(
            days("He was arrested on Nov. 3. Two days later, a judge ordered him held."),
            ["2025-11-03", "2025-11-05"]
        );
        assert_eq!(
            days("on Nov. 3 … a week later … the next day … the same day"),
            ["2025-11-03", "2025-11-10", "2025-11-04", "2025-11-03"]
        );
        // (inside a mention already read; a period; a week across a month)
        assert_eq!(
            days("they met on Nov. 3 and meet again the day after tomorrow"),
            ["2025-11-03", "2025-12-06"]
        );
        assert_eq!(
            days("on Nov. 3, in the two days before Sunday's vote").len(),
            2
        );
        // (hours count no day; `the days after` is no offset)
        assert_eq!(
            days("on Nov. 3, and hours later, in the days after").len(),
            1
        );
    }

    #[test]
    fn more_days_and_names_that_are_no_days() {
        assert_eq!(one("jets struck the Bekaa last night", THU), "2025-12-03");
        assert_eq!(one("the cabinet met this morning", THU), "2025-12-04");
        assert!(dates("a house was hit, L'Orient Today reported", THU).is_empty());
        assert!(dates("the strike, USA Today reported", THU).is_empty());
        assert_eq!(one("Today, the cabinet met", THU), "2025-12-04");
        assert_eq!(one("\"Today we met,\" he said", THU), "2025-12-04");
        assert!(dates("the Good Friday Agreement and Super Tuesday", THU).is_empty());
        // AP style: a weekday right after a place is a day
        assert_eq!(one("three people in Lebanon Friday", THU), "2025-11-28");
    }

    #[test]
    fn more_tense() {
        assert_eq!(
            one("The US envoy is expected in Beirut on Monday.", THU),
            "2025-12-08"
        );
        assert_eq!(one("A verdict is due on Monday.", THU), "2025-12-08");
        assert_eq!(
            one("The delay was due to Monday's strike.", THU),
            "2025-12-01"
        );
        assert_eq!(
            one("The envoy will visit next week, arriving on Tuesday.", THU),
            "2025-12-09"
        );
        assert_eq!(
            one("Israel struck Tyre, killing two people on Monday.", THU),
            "2025-12-01"
        );
        assert_eq!(
            one("Talks, which will resume on Monday, were suspended.", THU),
            "2025-12-08"
        );
        // an attribution closing the sentence, or set off as an aside, does not
        // give the tense; a verb of saying with its object does
        for (text, read) in [
            (
                "Ortagus will visit Lebanon next week, arriving on Tuesday, the embassy said.",
                "2025-12-09",
            ),
            (
                "Hezbollah will hold a rally in Dahiyeh, on Sunday, the group said.",
                "2025-12-07",
            ),
            (
                "The talks will resume next week, probably on Wednesday, a Lebanese official said in a statement. It was not clear.",
                "2025-12-10",
            ),
            (
                "On Friday, officials said, the cabinet will meet in Baabda.",
                "2025-12-05",
            ),
            (
                "Israeli troops raided Kfar Kila, on Tuesday, the army said.",
                "2025-12-02",
            ),
            ("On Tuesday, Aoun said talks will resume.", "2025-12-02"),
            (
                "On Tuesday, Aoun said that talks will resume.",
                "2025-12-02",
            ),
            // a plan missed, whatever attribution closes the sentence
            (
                "Talks were due to resume on Monday but were postponed at the request of the US side, officials said.",
                "2025-12-01",
            ),
            (
                "The visit was scheduled for Tuesday but was cancelled, a source said.",
                "2025-12-02",
            ),
            // a plan told as past, or called off
            (
                "The meeting had been scheduled for Wednesday before being postponed.",
                "2025-12-03",
            ),
            (
                "The meeting, originally set for Monday, took place in Naqoura.",
                "2025-12-01",
            ),
            (
                "A parliamentary session set for Wednesday was called off.",
                "2025-12-03",
            ),
            ("A session set for Friday was called off.", "2025-12-05"),
            (
                "The envoy had been expected in Beirut on Monday.",
                "2025-12-01",
            ),
            ("The talks had been scheduled for Monday.", "2025-12-01"),
            // a day's possessive after a verb of saying opens the reported clause
            (
                "Salam said Friday's session would focus on the timetable.",
                "2025-12-05",
            ),
            (
                "Salam said Friday's session focused on the timetable.",
                "2025-11-28",
            ),
            ("Aoun said Friday the talks would resume.", "2025-11-28"),
            (
                "A session set for Wednesday will open the debate.",
                "2025-12-10",
            ),
            (
                "Talks were due to resume on Monday, but officials did not say who would attend.",
                "2025-12-08",
            ),
            // modals and verbs of intent speak of what is ahead
            ("The vote could take place on Tuesday.", "2025-12-09"),
            ("The talks should resume on Monday.", "2025-12-08"),
            ("Lebanon hopes to sign the deal on Monday.", "2025-12-08"),
            (
                "The strike could have killed dozens on Monday.",
                "2025-12-01",
            ),
            ("The strike may not have hit Tyre on Monday.", "2025-12-01"),
            // a refusal is told in the past; `could not` tells what could not be
            // done; `might` after a determiner is a noun
            (
                "The army would not comment on the strike in Aitaroun on Wednesday.",
                "2025-12-03",
            ),
            ("A spokesman wouldn't confirm it on Monday.", "2025-12-01"),
            (
                "Rescuers could not reach the site on Tuesday.",
                "2025-12-02",
            ),
            ("Israel displayed its air might on Tuesday.", "2025-12-02"),
            (
                "Israel showed its military might in Dahiyeh on Monday.",
                "2025-12-01",
            ),
            ("Aoun said he would meet the envoy on Monday.", "2025-12-08"),
            // a possessive weekday before an act of war names it done
            (
                "Hezbollah said it would respond to Sunday's strike on Dahiyeh.",
                "2025-11-30",
            ),
            (
                "The army will investigate Tuesday's deadly raid.",
                "2025-12-02",
            ),
            ("Envoys will prepare for Friday's session.", "2025-12-05"),
            // a plan kept after `but` and a noun subject
            (
                "The envoy was expected in Beirut on Friday, but the visit could be brought forward.",
                "2025-12-05",
            ),
            (
                "Army engineers expect to finish the road on Sunday.",
                "2025-12-07",
            ),
        ] {
            assert_eq!(one(text, THU), read, "{text}");
        }
    }

    #[test]
    fn a_month_alone_after_a_preposition() {
        let all = |t: &str, p| dates(t, p).into_iter().map(|d| d.1).collect::<Vec<_>>();
        assert_eq!(
            all("troops erected a wall there in October", THU),
            ["2025-10"]
        );
        assert_eq!(all("talks stalled in early March", THU), ["2025-03"]);
        assert!(dates("for the first time since June", THU).is_empty());
        // in the future tense, a month before the reference's is next year's; in
        // the past, a month after it is last year's
        assert_eq!(all("talks will resume in January", THU), ["2026-01"]);
        let jan = day(2026, 1, 10);
        assert_eq!(all("Israel struck the town in February", jan), ["2025-02"]);
        // with a day, a year or `this year`, the fuller form reads it
        assert_eq!(all("in October 2024", THU), ["2024-10"]);
        assert_eq!(all("in March this year", THU), ["2025-03"]);
        assert_eq!(all("in December 3 strikes", THU), ["2025-12-03"]);
        // no preposition, or a verb, or lower case: no month
        assert!(dates("October talks", THU).is_empty());
        assert!(dates("they march in protest", THU).is_empty());
        assert!(dates("in may", THU).is_empty());
    }

    #[test]
    fn an_attribution_before_letters_of_several_bytes() {
        for text in [
            "Envoys will meet next week, arriving on Tuesday, the embassy said éé",
            "Envoys will meet next week, arriving on Tuesday, the embassy said ’é’ x",
            "Envoys will meet on Tuesday, officials said in a statement “€",
        ] {
            let _ = one(text, THU);
        }
    }

    #[test]
    fn long_texts_are_read_in_linear_time() {
        // one clause of 30,000 weekdays: each looks back a bounded number of words
        let text = "they will meet on Friday ".repeat(30_000);
        let got = read(&text, THU);
        assert_eq!(got.len(), 30_000);
        assert!(got.iter().all(|m| m.to_string() == "2025-12-05"));
        // a dateline on a very long first line is still read
        let line = format!("BEIRUT, Dec 19, 2025 (AFP) – {}", "talks ".repeat(50_000));
        assert_eq!(
            reference(&line, None).map(|r| r.date),
            NaiveDate::from_ymd_opt(2025, 12, 19)
        );
    }
}
