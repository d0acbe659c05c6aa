//! Date mentions in text and `date` expressions of facts, read with chrono.
//!
//! A mention is `December 3, 2025`, `Dec. 3`, `3 December 2025`, `Wednesday,
//! December 3, 2025`, `Nov 19`, `2025-12-03` (day precision) or `December 2025`
//! (month precision). A mention without a year takes one from the document.

use crate::text::Invalid;
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::fmt;
use std::sync::OnceLock;

/// Where the year of a mention came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearFrom {
    Written,
    Published,
    EarlierDate,
    Unknown,
}

/// A date said in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range of the words that say the date.
    pub start: usize,
    pub end: usize,
    /// `None` only when `year_from` is `Unknown`.
    pub year: Option<i32>,
    pub month: u32,
    /// `None` for a month-precision mention (`December 2025`).
    pub day: Option<u32>,
    pub year_from: YearFrom,
}

impl fmt::Display for DateMention {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_date(f, self.year, self.month, self.day, "year not known")
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
    /// precision and says nothing about it (a month mention against a day fact).
    pub fn compare(&self, m: &DateMention) -> Option<DateMatch> {
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

fn mention_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let mdy = format!(
            r"{WEEKDAY}(?P<m1>{MONTH})\s+(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<y1>[0-9]{{4}})(?-u:\b))?"
        );
        let dmy = format!(
            r"(?-u:\b)(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH})(?:,?\s+(?P<y2>[0-9]{{4}})(?-u:\b))?"
        );
        let my = format!(r"(?P<m3>{MONTH})\s+(?P<y3>[0-9]{{4}})(?-u:\b)");
        let iso = r"(?-u:\b)(?P<iy>[0-9]{4})-(?P<im>[0-9]{2})-(?P<id>[0-9]{2})(?-u:\b)";
        Regex::new(&format!("{iso}|{mdy}|{dmy}|{my}")).expect("date regex is valid")
    })
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

/// A date read off the text before years are inferred.
#[derive(Debug, Clone, Copy)]
struct Raw {
    start: usize,
    end: usize,
    year: Option<i32>,
    month: u32,
    day: Option<u32>,
}

fn valid(year: Option<i32>, month: u32, day: Option<u32>) -> bool {
    // a year-less date is checked against a leap year so that Feb 29 passes
    NaiveDate::from_ymd_opt(year.unwrap_or(2024), month, day.unwrap_or(1)).is_some()
}

fn raw_mentions(text: &str, base: usize) -> Vec<Raw> {
    let mut out = Vec::new();
    let re = mention_regex();
    // find with the fast engine, then read the groups on the match alone
    for found in re.find_iter(text) {
        let slice = &text[found.start()..found.end()];
        let Some(c) = re.captures(slice) else {
            continue;
        };
        let whole = c.get(0).expect("group 0");
        let offset = found.start();
        let num = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<i64>().ok());
        let (year, month, day) = if let Some(y) = num("iy") {
            (Some(y), num("im").unwrap_or(0) as u32, num("id"))
        } else if let Some(m) = c.name("m1") {
            (num("y1"), month_number(m.as_str()), num("d1"))
        } else if let Some(m) = c.name("m2") {
            (num("y2"), month_number(m.as_str()), num("d2"))
        } else if let Some(m) = c.name("m3") {
            (num("y3"), month_number(m.as_str()), None)
        } else {
            continue;
        };
        let year = year.map(|y| y as i32);
        let day = day.map(|d| d as u32);
        if !valid(year, month, day) {
            continue;
        }
        let mut end = whole.end();
        // a trailing full stop belongs to the sentence, not the date: keep `Dec.` only
        if slice[..end].ends_with('.') && c.name("y1").is_none() && c.name("d1").is_none() {
            end -= 1;
        }
        out.push(Raw {
            start: base + offset + whole.start(),
            end: base + offset + end,
            year,
            month,
            day,
        });
    }
    out
}

/// Every date mention of `text` (offsets shifted by `base`), with years inferred:
/// written, else the `published` year, else the year of the nearest earlier mention
/// that wrote one, else unknown.
pub fn mentions(text: &str, base: usize, published: Option<NaiveDate>) -> Vec<DateMention> {
    let mut last_written: Option<i32> = None;
    raw_mentions(text, base)
        .into_iter()
        .map(|r| {
            let (year, year_from) = match (r.year, published) {
                (Some(y), _) => {
                    if r.day.is_some() {
                        last_written = Some(y);
                    }
                    (Some(y), YearFrom::Written)
                }
                (None, Some(p)) => (Some(p.year()), YearFrom::Published),
                (None, None) => match last_written {
                    Some(y) => (Some(y), YearFrom::EarlierDate),
                    None => (None, YearFrom::Unknown),
                },
            };
            DateMention {
                start: r.start,
                end: r.end,
                year,
                month: r.month,
                day: r.day,
                year_from,
            }
        })
        .collect()
}

/// Dates said in a fact's plain-text form (`Dec 3`, `December 3, 2025`), as specs,
/// with their byte ranges in `text`.
pub fn specs_in(text: &str) -> Vec<(usize, usize, DateSpec)> {
    raw_mentions(text, 0)
        .into_iter()
        .map(|r| {
            (
                r.start,
                r.end,
                DateSpec {
                    year: r.year,
                    month: r.month,
                    day: r.day,
                },
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(text: &str, published: Option<NaiveDate>) -> Vec<(String, String, YearFrom)> {
        mentions(text, 0, published)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.to_string(), m.year_from))
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
    fn year_comes_from_published_then_earlier_date_then_unknown() {
        let p = NaiveDate::from_ymd_opt(2024, 5, 1);
        assert_eq!(said("on November 19", p)[0].1, "2024-11-19");
        assert_eq!(said("on November 19", p)[0].2, YearFrom::Published);
        let got = said("On November 19 and on 1 March 2025, then Nov 23", None);
        assert_eq!(got[0].1, "11-19 (year not known)");
        assert_eq!(got[0].2, YearFrom::Unknown);
        assert_eq!(got[2].1, "2025-11-23");
        assert_eq!(got[2].2, YearFrom::EarlierDate);
    }

    #[test]
    fn a_full_stop_after_a_month_name_ends_the_sentence() {
        assert!(said("in March. 12 people were killed", None).is_empty());
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
        let m = |t: &str| mentions(t, 0, None).remove(0);
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
}
