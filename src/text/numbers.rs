//! Number mentions in text (digits and number words, with qualifiers such as
//! `approximately`, `more than`, `at least`) and the `number` expressions of facts.
//!
//! Both are ranges of values. A fact that states a bound (`>370`, `>=2`, `<5`) is
//! satisfied by a mention that establishes it: every value the mention allows is
//! inside the bound (`more than 370` satisfies `>370`, not `>400`; `approximately
//! 400` counts as 400). A fact that states a value (`1200`, `~1200`) is satisfied by
//! a mention consistent with it: the ranges overlap (`approximately 1,200` satisfies
//! `1200`), and a bound in the text is read as a value near it (`more than 370`
//! satisfies `400` but not `2000`).

use crate::text::{Invalid, Token};
use std::fmt;

/// How a value is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Exact,
    About,
    More,
    AtLeast,
    Less,
    AtMost,
}

/// A qualified number: `1200`, `~1200` (±10 %), `>370`, `>=2`, `<5`, `<=5`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity {
    pub op: Op,
    pub value: f64,
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let op = match self.op {
            Op::Exact => "",
            Op::About => "~",
            Op::More => ">",
            Op::AtLeast => ">=",
            Op::Less => "<",
            Op::AtMost => "<=",
        };
        write!(f, "{op}{}", self.value)
    }
}

/// An end of an interval: value and whether it is included.
type Bound = (f64, bool);

impl Quantity {
    /// Parses a fact's `number`: `1200`, `1,200`, `~1200`, `>370`, `>=2`, `<5`, `<=5`.
    pub fn parse(s: &str) -> Result<Self, Invalid> {
        let t = s.trim();
        let (op, rest) = [
            (">=", Op::AtLeast),
            ("<=", Op::AtMost),
            (">", Op::More),
            ("<", Op::Less),
            ("~", Op::About),
        ]
        .iter()
        .find_map(|(p, op)| t.strip_prefix(p).map(|r| (*op, r)))
        .unwrap_or((Op::Exact, t));
        let digits: String = rest
            .trim()
            .chars()
            .filter(|c| *c != ',' && *c != '_')
            .collect();
        match digits.parse::<f64>() {
            Ok(v) if v.is_finite() && !digits.is_empty() => Ok(Self { op, value: v }),
            _ => Err(Invalid(format!(
                "`{s}` is not a number expression: write `1200`, `~1200` (about), `>370`, `>=2`, `<5` or `<=5`"
            ))),
        }
    }

    fn interval(&self) -> (Bound, Bound) {
        let v = self.value;
        let inf = f64::INFINITY;
        match self.op {
            Op::Exact => ((v, true), (v, true)),
            Op::About => {
                let d = (v * 0.1).abs();
                ((v - d, true), (v + d, true))
            }
            Op::More => ((v, false), (inf, false)),
            Op::AtLeast => ((v, true), (inf, false)),
            Op::Less => ((-inf, false), (v, false)),
            Op::AtMost => ((-inf, false), (v, true)),
        }
    }

    /// Whether a mention (`self`) satisfies a fact's quantity (see the module docs).
    pub fn satisfies(&self, fact: &Quantity) -> bool {
        match (fact.op, self.op) {
            // the value the text gives must lie in the fact's range (±10 % for `~`)
            (Op::Exact | Op::About, Op::Exact | Op::About) => Quantity {
                op: Op::Exact,
                value: self.value,
            }
            .overlaps(fact),
            // `more than 370` is consistent with 400, not with 2000: a bound said in
            // a text is read as a value near it
            (Op::Exact | Op::About, _) => {
                self.overlaps(fact)
                    && Quantity {
                        op: Op::About,
                        value: self.value,
                    }
                    .overlaps(fact)
            }
            _ => {
                let mention = match self.op {
                    Op::About => Quantity {
                        op: Op::Exact,
                        value: self.value,
                    },
                    _ => *self,
                };
                mention.within(fact)
            }
        }
    }

    /// Whether every value of `self` lies inside `other`.
    fn within(&self, other: &Quantity) -> bool {
        let ((alo, alo_in), (ahi, ahi_in)) = self.interval();
        let ((blo, blo_in), (bhi, bhi_in)) = other.interval();
        let lo_ok = alo > blo || (alo == blo && (blo_in || !alo_in));
        let hi_ok = ahi < bhi || (ahi == bhi && (bhi_in || !ahi_in));
        lo_ok && hi_ok
    }

    /// Whether the two quantities can describe the same count.
    pub fn overlaps(&self, other: &Quantity) -> bool {
        let ((alo, alo_in), (ahi, ahi_in)) = self.interval();
        let ((blo, blo_in), (bhi, bhi_in)) = other.interval();
        let (lo, lo_in) = if alo > blo {
            (alo, alo_in)
        } else if blo > alo {
            (blo, blo_in)
        } else {
            (alo, alo_in && blo_in)
        };
        let (hi, hi_in) = if ahi < bhi {
            (ahi, ahi_in)
        } else if bhi < ahi {
            (bhi, bhi_in)
        } else {
            (ahi, ahi_in && bhi_in)
        };
        lo < hi || (lo == hi && lo_in && hi_in)
    }
}

/// A number said in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// Byte range, qualifier included.
    pub start: usize,
    pub end: usize,
    /// Token range of the mention.
    pub first_token: usize,
    pub end_token: usize,
    pub quantity: Quantity,
}

const WORDS: &[(&str, f64)] = &[
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
];

const SCALES: &[(&str, f64)] = &[
    ("hundred", 100.0),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
];

/// Qualifier phrases, longest first, as folded words before the number.
const QUALIFIERS: &[(&[&str], Op)] = &[
    (&["no", "fewer", "than"], Op::AtLeast),
    (&["no", "less", "than"], Op::AtLeast),
    (&["no", "more", "than"], Op::AtMost),
    (&["in", "excess", "of"], Op::More),
    (&["upwards", "of"], Op::More),
    (&["more", "than"], Op::More),
    (&["at", "least"], Op::AtLeast),
    (&["a", "minimum", "of"], Op::AtLeast),
    (&["fewer", "than"], Op::Less),
    (&["less", "than"], Op::Less),
    (&["at", "most"], Op::AtMost),
    (&["up", "to"], Op::AtMost),
    (&["a", "maximum", "of"], Op::AtMost),
    (&["an", "estimated"], Op::About),
    (&["close", "to"], Op::About),
    (&["over"], Op::More),
    (&["above"], Op::More),
    (&["under"], Op::Less),
    (&["below"], Op::Less),
    (&["approximately"], Op::About),
    (&["about"], Op::About),
    (&["around"], Op::About),
    (&["nearly"], Op::About),
    (&["almost"], Op::About),
    (&["roughly"], Op::About),
    (&["some"], Op::About),
    (&["estimated"], Op::About),
    (&["circa"], Op::About),
];

fn word_value(folded: &str) -> Option<f64> {
    WORDS.iter().find(|(w, _)| *w == folded).map(|(_, v)| *v)
}

fn digit_value(folded: &str) -> Option<f64> {
    if folded.chars().all(|c| c.is_ascii_digit() || c == '.')
        && folded.starts_with(|c: char| c.is_ascii_digit())
    {
        folded.parse().ok()
    } else {
        None
    }
}

/// Whether `one` at token `i` counts something (`one person was killed`, `at least
/// one`) rather than standing for a thing (`one of the ideas`, `the one who`).
fn one_as_count(tokens: &[Token], i: usize) -> bool {
    const NOT_AFTER: &[&str] = &[
        "the", "this", "that", "no", "any", "every", "each", "which", "someone", "anyone",
    ];
    const NOT_BEFORE: &[&str] = &[
        "of", "another", "anoth", "who", "that", "which", "side", "day", "way", "time", "thing",
        "point",
    ];
    let before_ok = i == 0 || !NOT_AFTER.contains(&tokens[i - 1].folded());
    let after_ok = tokens
        .get(i + 1)
        .is_some_and(|n| !NOT_BEFORE.contains(&n.folded()));
    before_ok && after_ok
}

/// A bare four-digit number between 1900 and 2100 is read as a year, not a count.
fn looks_like_year(text: &str, t: &Token) -> bool {
    let raw = &text[t.start..t.end];
    raw.len() == 4 && raw.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// Number mentions among `tokens` (whose offsets point into `text`), skipping tokens
/// for which `skip` is true (those inside a date mention).
pub fn mentions(text: &str, tokens: &[Token], skip: impl Fn(&Token) -> bool) -> Vec<NumberMention> {
    // words of one number are apart by white space only (`twenty five`, `3 million`),
    // or a hyphen between words (`twenty-five`); never across punctuation
    let spaced = |a: usize, b: usize| {
        text[tokens[a].end..tokens[b].start]
            .chars()
            .all(char::is_whitespace)
    };
    let joined = |a: usize, b: usize| {
        let gap = &text[tokens[a].end..tokens[b].start];
        gap.chars().all(char::is_whitespace) && !gap.is_empty() || gap == "-"
    };
    // the qualifier phrase that ends right before token `i`, if any
    let qualifier = |i: usize| {
        QUALIFIERS.iter().find(|(phrase, _)| {
            let n = phrase.len();
            i >= n
                && tokens[i - n..i]
                    .iter()
                    .zip(phrase.iter())
                    .all(|(t, w)| *t.folded() == **w)
                && (i - n..i).all(|k| spaced(k, k + 1))
        })
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let qualified = qualifier(i).is_some();
        let scale_follows = tokens
            .get(i + 1)
            .is_some_and(|n| SCALES.iter().any(|(w, _)| *w == n.folded()) && spaced(i, i + 1));
        let base = if skip(t) || (!qualified && looks_like_year(text, t)) {
            None
        } else if matches!(t.folded(), "one" | "a") && scale_follows {
            Some(1.0) // one thousand, a million
        } else if t.folded() == "one" {
            one_as_count(tokens, i).then_some(1.0)
        } else {
            digit_value(t.folded()).or_else(|| word_value(t.folded()))
        };
        let Some(mut value) = base else {
            i += 1;
            continue;
        };
        let mut end = i + 1;
        // twenty five, twenty-five: a tens word and a units word
        let tens_word =
            word_value(t.folded()).is_some_and(|v| (20.0..100.0).contains(&v) && v % 10.0 == 0.0);
        if tens_word
            && end < tokens.len()
            && joined(i, end)
            && let Some(units) = word_value(tokens[end].folded()).filter(|u| *u < 10.0)
        {
            value += units;
            end += 1;
        }
        while end < tokens.len() && spaced(end - 1, end) {
            let Some(scale) = SCALES
                .iter()
                .find(|(w, _)| *w == tokens[end].folded())
                .map(|(_, s)| *s)
            else {
                break;
            };
            value *= scale;
            end += 1;
        }
        let (first, op) = match qualifier(i) {
            Some((phrase, q)) => (i - phrase.len(), *q),
            None => (i, Op::Exact),
        };
        out.push(NumberMention {
            start: tokens[first].start,
            end: tokens[end - 1].end,
            first_token: first,
            end_token: end,
            quantity: Quantity { op, value },
        });
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn said(text: &str) -> Vec<(String, String)> {
        let tokens = tokenize(text, 0);
        mentions(text, &tokens, |_| false)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.quantity.to_string()))
            .collect()
    }

    #[test]
    fn reads_digits_words_and_qualifiers() {
        assert_eq!(
            said("approximately 1,200 activities and more than 370 terrorists"),
            [
                ("approximately 1,200".into(), "~1200".into()),
                ("more than 370".into(), ">370".into())
            ]
        );
        assert_eq!(
            said("at least two people"),
            [("at least two".into(), ">=2".into())]
        );
        assert_eq!(
            said("twenty-five rockets"),
            [("twenty-five".into(), "25".into())]
        );
        assert_eq!(
            said("3 million people"),
            [("3 million".into(), "3000000".into())]
        );
        assert_eq!(said("one of the most"), Vec::<(String, String)>::new());
        assert_eq!(said("the one who left"), Vec::<(String, String)>::new());
        assert_eq!(said("one person was killed"), [("one".into(), "1".into())]);
        assert_eq!(
            said("at least one civilian"),
            [("at least one".into(), ">=1".into())]
        );
        assert_eq!(said("in 2025 and 1,999"), [("1,999".into(), "1999".into())]);
        assert_eq!(
            said("more than 2000 people"),
            [("more than 2000".into(), ">2000".into())]
        );
        assert_eq!(
            said("One thousand people"),
            [("One thousand".into(), "1000".into())]
        );
        assert_eq!(
            said("a million people"),
            [("a million".into(), "1000000".into())]
        );
        assert_eq!(said("a man"), Vec::<(String, String)>::new());
        assert_eq!(
            said("killed 30, two of them"),
            [("30".into(), "30".into()), ("two".into(), "2".into())]
        );
        assert_eq!(
            said("at twenty. Five soldiers"),
            [("twenty".into(), "20".into()), ("Five".into(), "5".into())]
        );
        assert_eq!(said("is over. 40 people"), [("40".into(), "40".into())]);
    }

    #[test]
    fn parses_fact_expressions() {
        assert_eq!(
            Quantity::parse(">=2").unwrap(),
            Quantity {
                op: Op::AtLeast,
                value: 2.0
            }
        );
        assert_eq!(
            Quantity::parse("~1,200").unwrap(),
            Quantity {
                op: Op::About,
                value: 1200.0
            }
        );
        assert!(Quantity::parse("lots").is_err());
        assert!(Quantity::parse(">").is_err());
    }

    #[test]
    fn bounds_must_be_established_values_only_consistent() {
        let q = |s: &str| Quantity::parse(s).unwrap();
        // mention.satisfies(fact)
        assert!(q(">370").satisfies(&q(">370")));
        assert!(!q(">370").satisfies(&q(">400")));
        assert!(q("400").satisfies(&q(">370")));
        assert!(q("~400").satisfies(&q(">370")));
        assert!(!q("370").satisfies(&q(">370")));
        assert!(q("370").satisfies(&q(">=370")));
        assert!(q(">=2").satisfies(&q(">=2")));
        assert!(!q(">=2").satisfies(&q(">2")));
        assert!(!q(">=5").satisfies(&q("<5")));
        assert!(!q(">=5").satisfies(&q("<=5")));
        assert!(q("3").satisfies(&q("<5")));
        assert!(q("~1200").satisfies(&q("1200")));
        assert!(!q("~1100").satisfies(&q("1200")));
        assert!(q("1300").satisfies(&q("~1200")));
        assert!(!q("1400").satisfies(&q("~1200")));
        assert!(
            !q("~1400").satisfies(&q("~1200")),
            "tolerances do not add up"
        );
        assert!(q(">=2").satisfies(&q("2")));
        assert!(q(">370").satisfies(&q("400")));
        assert!(!q(">370").satisfies(&q("2000")));
        assert!(!q(">370").satisfies(&q("300")));
    }
}
