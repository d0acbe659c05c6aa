//! Number mentions in text (digits and number words, with qualifiers such as
//! `approximately`, `more than`, `at least`, and vague quantities such as `dozens`),
//! what each counts, and the `number` expressions of facts.
//!
//! Both mentions and facts are ranges of values. How a mention satisfies a fact
//! ([`Quantity::satisfies`]): an exact or approximate mention (`41,000`, `about
//! 41,000`) when its number lies in the fact's range (`~` is ±10 %); a vague one
//! (`dozens`) when its range overlaps the fact's; a bound (`more than 370`, `40+`,
//! `up to 5`) satisfies a bound fact on the same side when it is at least as strong
//! (bounds at the same number agree: `more than 40` satisfies `>=40` and `>40`), and
//! a value fact when the fact's range comes within 10 % of the bound on the side it
//! allows (`more than 370` satisfies `~400` and `400`, not `2000`).
//!
//! What a mention counts ([`NumberMention::counted`]) is found without a
//! part-of-speech tagger, from function-word lists and word shapes: see
//! [`head_after`].

use crate::text::dates::ordinal_suffix;
use crate::text::lexicon::{
    self, CURRENCY_CODES, NUMBER_WORDS as WORDS, ORDINAL_WORDS, VAGUE, currency_letters,
};
use crate::text::{Invalid, Token, stem};
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
    /// A vague quantity: `value` to `hi`, both included (`dozens` is 24 to 99).
    Between,
    /// Just short of `value` (`nearly 2,500`, `almost 40`, `just under 100`): within
    /// 10 % below it, the value itself left out.
    Nearly,
    /// Just past `value` (`just over 300`, `barely exceeding 18 percent`): within 10 %
    /// above it, the value itself left out.
    JustOver,
}

/// A qualified number: `1200`, `~1200` (±10 %), `>370`, `>=2`, `<5`, `<=5`, or the
/// range of a vague quantity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity {
    pub op: Op,
    pub value: f64,
    /// The upper end of a [`Op::Between`] range (`value` otherwise).
    pub hi: f64,
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let op = match self.op {
            Op::Exact | Op::Between => "",
            Op::Nearly => "nearly ",
            Op::JustOver => "just over ",
            Op::About => "~",
            Op::More => ">",
            Op::AtLeast => ">=",
            Op::Less => "<",
            Op::AtMost => "<=",
        };
        write!(f, "{op}{}", self.value)?;
        if self.op == Op::Between {
            write!(f, "-{}", self.hi)?;
        }
        Ok(())
    }
}

/// An end of an interval: value and whether it is included.
type Bound = (f64, bool);

impl Quantity {
    pub fn new(op: Op, value: f64) -> Self {
        Self {
            op,
            value,
            hi: value,
        }
    }

    /// The range `lo` to `hi`, both included.
    pub fn between(lo: f64, hi: f64) -> Self {
        Self {
            op: Op::Between,
            value: lo,
            hi,
        }
    }

    /// Parses a fact's `number`: `1200`, `1,200`, `~1200`, `>370`, `>=2`, `<5`, `<=5`;
    /// a scale word may follow the digits (`4.5 million`, `~2 billion`).
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
        let rest = rest.trim();
        let (rest, scale) = SCALES
            .iter()
            .filter(|(w, _)| *w != "dozen")
            .find_map(|(w, s)| {
                let r = rest.strip_suffix(w)?;
                r.ends_with(char::is_whitespace).then(|| (r.trim_end(), *s))
            })
            .unwrap_or((rest, 1.0));
        let digits: String = rest.chars().filter(|c| *c != ',' && *c != '_').collect();
        match digits.parse::<f64>() {
            Ok(v) if (v * scale).is_finite() && !digits.is_empty() => Ok(Self::new(op, v * scale)),
            _ => Err(Invalid(format!(
                "`{s}` is not a number expression: write `1200`, `~1200` (about), `>370`, `>=2`, `<5`, `<=5` or `4.5 million`"
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
            Op::Between => ((v, true), (self.hi, true)),
            Op::Nearly => ((v - (v * 0.1).abs(), true), (v, false)),
            Op::JustOver => ((v, false), (v + (v * 0.1).abs(), true)),
            Op::More => ((v, false), (inf, false)),
            Op::AtLeast => ((v, true), (inf, false)),
            Op::Less => ((-inf, false), (v, false)),
            Op::AtMost => ((-inf, false), (v, true)),
        }
    }

    /// Whether `x` lies in this quantity's range.
    fn contains(&self, x: f64) -> bool {
        Quantity::new(Op::Exact, x).overlaps(self)
    }

    /// Whether a mention (`self`) satisfies a fact's quantity (see the module docs).
    pub fn satisfies(&self, fact: &Quantity) -> bool {
        let v = self.value;
        let tenth = (v * 0.1).abs();
        match self.op {
            // the value the text gives must lie in the fact's range (±10 % for `~`)
            Op::Exact | Op::About => fact.contains(v),
            Op::Between => self.overlaps(fact),
            // `nearly 2,500` is short of 2,500: it satisfies `<2500` and `~2500`, and
            // `2500` as `about 2,500` does, not `>=2500`
            Op::Nearly => match fact.op {
                // every value it allows lies in the fact's range
                Op::Less | Op::AtMost => v <= fact.value,
                Op::More | Op::AtLeast => fact.contains(v - tenth),
                Op::Exact | Op::About | Op::Between | Op::Nearly | Op::JustOver => {
                    fact.contains(v) || fact.overlaps(self)
                }
            },
            // `barely exceeding 18 percent`: past 18, short of 19.8
            Op::JustOver => match fact.op {
                Op::More | Op::AtLeast => v >= fact.value,
                Op::Less | Op::AtMost => fact.contains(v + tenth),
                Op::Exact | Op::About | Op::Between | Op::Nearly | Op::JustOver => {
                    fact.contains(v) || fact.overlaps(self)
                }
            },
            // `more than 40`, `at least 40` and `40+` agree with `>40` and `>=40`
            Op::More | Op::AtLeast => match fact.op {
                Op::More | Op::AtLeast => v >= fact.value,
                Op::Less | Op::AtMost => false,
                // `more than 370` is 370 to 407 read as a value: it satisfies 400
                Op::Exact | Op::About | Op::Between | Op::Nearly | Op::JustOver => {
                    fact.overlaps(&Quantity::between(v, v + tenth))
                }
            },
            Op::Less | Op::AtMost => match fact.op {
                Op::Less | Op::AtMost => v <= fact.value,
                Op::More | Op::AtLeast => false,
                Op::Exact | Op::About | Op::Between | Op::Nearly | Op::JustOver => {
                    fact.overlaps(&Quantity::between(v - tenth, v))
                }
            },
        }
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

/// What kind of number a mention is. Only a [`Kind::Count`] (and an age whose person
/// a fact names) counts for a fact's `number` by default; the others do only when
/// the fact's `counts` names what they count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A count of something: `three hours`, `28 wounded`, `more than 370`.
    Count,
    /// A compound modifier: `10-story`, `5-point`, `a 3-kilometre`.
    Modifier,
    /// A rank: `fifth`, `14th`.
    Ordinal,
    /// A bare four-digit number from 1900 to 2100: `in 2025`.
    Year,
    /// An age: `18-year-old`, `aged 18`, `Khalil, 18,`.
    Age,
    /// One more of a count told before it, 1: `a fourth` in `three people were
    /// killed …, and a fourth died`, `a third` in `killed two men and wounded a
    /// third`, `another` in `and another in Majdal Selm` (see [`one_more`]). Made
    /// by the judge for a window, never by [`mentions`].
    More,
    /// The whole that [`Kind::More`] closes: `a fourth` after `three people were
    /// killed` is four in all. Made by the judge, like it.
    Whole,
    /// The children of a person: `three` in `Ali Hamoud, a father of three, was
    /// killed`; like an age, it counts only for a fact that names the person, or
    /// whose `counts` names `child`.
    Family,
    /// A figure the sentence replaces: `4,500` in `rose to about 6,000, up from about
    /// 4,500`, `three` in `revising an earlier toll of three`, `11` in `rose to 15
    /// from 11`. It counts for no fact: what the text says now is the other figure.
    Earlier,
    /// A figure the sentence replaces, given with its own time: `35` in `down from
    /// 35 in November`, `24` in `up from 24 on Friday`. It is that time's figure, and
    /// counts only for a fact with a `date` (one about how things stood then); a
    /// fact without one is about the figure the text gives now.
    Then,
}

/// A number said in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// Byte range, qualifier, currency sign, `+` and `%` included.
    pub start: usize,
    pub end: usize,
    /// Token range of the mention.
    pub first_token: usize,
    pub end_token: usize,
    pub quantity: Quantity,
    pub kind: Kind,
    /// The token of the word it counts: the head noun of the phrase after it, or the
    /// word right after it (`28 wounded`); for a modifier, the word it is joined to.
    pub counted: Option<usize>,
    /// What it counts when that is not (only) a token: the currency of `€4.5
    /// million`, `percent` of `40%`, `year` of `four decades`, `age` of an age.
    pub unit: Option<&'static str>,
    /// The token of the person an age belongs to (`Khalil` in `Khalil, 18,`, `man`
    /// in `an 18-year-old man`).
    pub person: Option<usize>,
}

impl NumberMention {
    /// What the mention counts, as the evidence names it: the unit when the text
    /// gives no counted word (or for an age, or years read from decades), else the
    /// counted word's folded form, singular where its stem is that form minus a
    /// plural `s` or `es` (`hours` → hour, `lines` → line, `people` stays).
    pub fn counted_word(&self, tokens: &[Token]) -> Option<String> {
        match (self.unit, self.counted) {
            (Some(u), _) if self.kind == Kind::Age || self.counted.is_none() => Some(u.to_string()),
            (_, Some(c)) => tokens.get(c).map(singular),
            _ => None,
        }
    }
}

/// A token's folded form, singular where a shorter form (minus a plural `s`, `es`, or
/// `ies` made `y`) has the same stem (`hours` → hour, `countries` → country,
/// `hostages` → hostage; `people` and `news` stay).
pub fn singular(t: &Token) -> String {
    let f = t.folded();
    if NOT_PLURAL.contains(&f) {
        return f.to_string();
    }
    let candidates = [
        f.strip_suffix("ies").map(|b| format!("{b}y")),
        f.strip_suffix('s').map(str::to_string),
        f.strip_suffix("es").map(str::to_string),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|c| c.len() > 1 && stem(c) == t.stem())
        .unwrap_or_else(|| f.to_string())
}

const SCALES: &[(&str, f64)] = &[
    ("dozen", 12.0),
    ("hundred", 100.0),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    // South Asian scales: `5 lakh` (500,000), `Rs 2 crore` (20 million)
    ("lakh", 1e5),
    ("crore", 1e7),
];

/// Scale abbreviations read after an amount of money (`$4.5 bn`, `$100m`).
const MONEY_SCALES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("m", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("b", 1e9),
    ("bn", 1e9),
    ("tn", 1e12),
];

/// Plural scale words after `of` in a vague quantity (`hundreds of thousands`).
const VAGUE_SCALES: &[(&str, f64)] = &[("thousands", 1e3), ("millions", 1e6), ("billions", 1e9)];

/// Currencies named by a word after an amount (`2bn lira`), which a money scale
/// joined to the amount may come before.
const CURRENCY_WORDS: &[&str] = &[
    "dollars",
    "euros",
    "pounds",
    "yen",
    "yuan",
    "rupees",
    "lira",
    "liras",
    "pesos",
    "rand",
    "naira",
    "shillings",
    "francs",
    "dirhams",
    "riyals",
    "rubles",
    "roubles",
    "hryvnias",
    "shekels",
    "won",
    "baht",
    "ringgit",
    "rupiah",
    "reais",
    "krona",
    "kronor",
    "kroner",
];

/// Currency signs before an amount, and what they count.
const CURRENCY_SIGNS: &[(char, &str)] = &[
    ('$', "dollar"),
    ('€', "euro"),
    ('£', "pound"),
    ('¥', "yen"),
    ('₪', "shekel"),
];

/// An amount with its currency's letters joined before it (`R50,000`, `Rs500`,
/// `KSh2bn`): the folded amount after the letters and what it counts. The letters
/// begin with a capital as written, and the amount is money-shaped: a scale, a
/// comma group, a point, or three digits or more (not `RS3`, `NIS2`, `USD1`), or
/// has a scale word after it (`R22 million`, `R14.6-million`, `R2,3 million` with a
/// decimal comma). A lone `R` only before an amount grouped by commas, by spaces
/// into whole thousands, or with a scale (`R50,000`, `R50 000`, `R1.2bn`, `R22
/// million`): `R300` and `R5` are road names. So a lone `P`, the Philippine peso
/// (`P1.9 billion`, `P5,000`; not `P300`).
pub(crate) fn letter_currency<'a>(
    text: &str,
    tokens: &'a [Token],
    i: usize,
) -> Option<(&'a str, &'static str)> {
    let t = tokens.get(i)?;
    let (letters, amount, unit) = currency_letters(t.folded())?;
    let raw = text.get(t.start..t.end)?;
    if !raw.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let scaled = scaled_amount(amount).is_some()
        || scale_word_after(text, tokens, i)
        || decimal_comma(text, tokens, i).is_some();
    // (a money-shaped amount: grouped, with a point, or three digits and more; not
    // a model's or a road's number, `RS3`, `NIS2`, `RM5`, `R61 100 metres`; a lone
    // `R` wants a comma group or whole thousands, `R50 000`)
    let spaced_thousands = || {
        space_grouped(text, tokens, i, amount)
            .is_some_and(|(_, e)| tokens.get(e - 1).is_some_and(|t| t.folded() == "000"))
    };
    let grouped = || raw.contains(',') || spaced_thousands();
    let shaped = amount.len() >= 3 || amount.contains('.') || grouped();
    let plain = digit_value(amount).is_some();
    (scaled || plain && shaped && !matches!(letters, "r" | "p") || plain && grouped())
        .then_some((amount, unit))
}

/// Whether token `i` has a scale word after it, after a space or a hyphen (`22
/// million`, `14.6-million`, `5 crore`).
fn scale_word_after(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|n| {
        let gap = &text[tokens[i].end..n.start];
        (gap == "-" || (!gap.is_empty() && gap.chars().all(char::is_whitespace)))
            && (SCALES.iter().any(|(s, v)| *s == n.folded() && *v >= 1e3)
                || matches!(n.folded(), "bn" | "mn" | "m"))
    })
}

/// The fraction a decimal comma adds to the amount at token `i`, as South African
/// and European copy writes money before a scale word (`R2,3 million`,
/// `€1,75 billion`): one or two digits after a comma, then the scale word.
fn decimal_comma(text: &str, tokens: &[Token], i: usize) -> Option<f64> {
    let n = tokens.get(i + 1)?;
    let digits = n.folded();
    let short = (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    (short && &text[tokens[i].end..n.start] == "," && scale_word_after(text, tokens, i + 1))
        .then(|| digit_value(digits).map(|v| v / 10f64.powi(digits.len() as i32)))
        .flatten()
}

/// An amount with a money scale joined to it (`4.5bn`, `100m`, `50k`), folded: its
/// value.
fn scaled_amount(folded: &str) -> Option<f64> {
    let (v, sfx) = split_suffix(folded)?;
    Some(v * MONEY_SCALES.iter().find(|(m, _)| *m == sfx)?.1)
}

/// Thousands grouped by spaces, as South African, French and Canadian copy writes
/// them (`50 000`, `R1 200 000`): `first`, the digits of token `i` (one to three, not
/// led by 0), and the groups of three digits after it, each after one space (or a
/// no-break, thin or narrow no-break space); the value and the end token. Not after a
/// month or a weekday (`March 3 500 protesters`), a label or a capitalised word
/// (`Highway 401 400 metres`), and not a run that goes on with a hyphen (`20
/// 100-year-old oaks`) or other digits (`210 411 2500`, a telephone number).
fn space_grouped(text: &str, tokens: &[Token], i: usize, first: &str) -> Option<(f64, usize)> {
    let short = (1..=3).contains(&first.len())
        && !first.starts_with('0')
        && first.bytes().all(|b| b.is_ascii_digit())
        // (most numbers have no group of three digits after them: seen first)
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.folded().len() == 3 && plain_digits(n));
    if !short {
        return None;
    }
    // (not after a name or a label: `Highway 401 400 metres`, `Flight 93 400
    // miles`, `Group 4 100 metres`)
    let named = i > 0
        && (WEEKDAYS_MONTHS.contains(&tokens[i - 1].folded())
            || LABELS.contains(&tokens[i - 1].folded())
            || text[tokens[i - 1].start..].starts_with(char::is_uppercase));
    if named {
        return None;
    }
    let space = |k: usize| {
        matches!(
            text.get(tokens[k - 1].end..tokens[k].start),
            Some(" " | "\u{a0}" | "\u{2009}" | "\u{202f}")
        )
    };
    let digits = |k: usize| tokens.get(k).is_some_and(plain_digits);
    let mut digits_of = first.to_string();
    let mut k = i + 1;
    while digits(k) && tokens[k].folded().len() == 3 && space(k) {
        digits_of.push_str(tokens[k].folded());
        k += 1;
    }
    // (nor a run that goes on, with digits or a hyphen: `20 100-year-old oaks`)
    let hyphened = k < tokens.len() && text[tokens[k - 1].end..tokens[k].start].starts_with('-');
    if k == i + 1 || digits(k) && space(k) || hyphened {
        return None;
    }
    Some((digits_of.parse().ok()?, k))
}

/// Qualifier phrases, longest first, as folded words before the number.
const QUALIFIERS: &[(&[&str], Op)] = &[
    (&["slightly", "more", "than"], Op::JustOver),
    (&["just", "more", "than"], Op::JustOver),
    (&["barely", "more", "than"], Op::JustOver),
    (&["just", "over"], Op::JustOver),
    (&["just", "above"], Op::JustOver),
    (&["slightly", "over"], Op::JustOver),
    (&["slightly", "above"], Op::JustOver),
    (&["barely", "over"], Op::JustOver),
    (&["barely", "above"], Op::JustOver),
    (&["barely", "exceeding"], Op::JustOver),
    (&["just", "exceeding"], Op::JustOver),
    (&["barely", "tops"], Op::JustOver),
    (&["barely", "topped"], Op::JustOver),
    (&["just", "short", "of"], Op::Nearly),
    (&["just", "under"], Op::Nearly),
    (&["just", "below"], Op::Nearly),
    (&["no", "fewer", "than"], Op::AtLeast),
    (&["no", "less", "than"], Op::AtLeast),
    (&["no", "more", "than"], Op::AtMost),
    (&["not", "fewer", "than"], Op::AtLeast),
    (&["not", "less", "than"], Op::AtLeast),
    (&["not", "more", "than"], Op::AtMost),
    (&["as", "many", "as"], Op::AtMost),
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
    (&["exceeding"], Op::More),
    (&["exceeds"], Op::More),
    (&["exceeded"], Op::More),
    // (after a modal: `would exceed 40,000`)
    (&["exceed"], Op::More),
    (&["surpass"], Op::More),
    (&["surpassing"], Op::More),
    (&["surpassed"], Op::More),
    (&["surpasses"], Op::More),
    (&["topping"], Op::More),
    (&["topped"], Op::More),
    (&["tops"], Op::More),
    (&["under"], Op::Less),
    (&["below"], Op::Less),
    (&["approximately"], Op::About),
    (&["about"], Op::About),
    (&["around"], Op::About),
    (&["nearly"], Op::Nearly),
    (&["almost"], Op::Nearly),
    (&["roughly"], Op::About),
    (&["some"], Op::About),
    (&["estimated"], Op::About),
    (&["circa"], Op::About),
];

/// Words that end a noun phrase after a number (and, right after it, mean the
/// number counts nothing): prepositions, conjunctions, determiners, pronouns,
/// auxiliaries and adverbs.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    // prepositions
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "by",
    "with",
    "without",
    "for",
    "into",
    "onto",
    "over",
    "under",
    "after",
    "before",
    "during",
    "since",
    "until",
    "till",
    "near",
    "across",
    "against",
    "among",
    "between",
    "through",
    "throughout",
    "toward",
    "towards",
    "around",
    "about",
    "inside",
    "outside",
    "amid",
    "amidst",
    "per",
    "via",
    "upon",
    "within",
    "beyond",
    "behind",
    "along",
    "despite",
    "including",
    "according",
    "as",
    "than",
    "like",
    "off",
    "out",
    "up",
    "down",
    "above",
    "below",
    "except",
    "plus",
    "versus",
    "vs",
    // conjunctions and relatives
    "and",
    "or",
    "but",
    "nor",
    "so",
    "yet",
    "while",
    "whereas",
    "although",
    "though",
    "because",
    "if",
    "when",
    "where",
    "whether",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "then",
    // determiners and pronouns
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "it",
    "they",
    "them",
    "he",
    "she",
    "we",
    "you",
    "i",
    "there",
    "here",
    "each",
    "every",
    "all",
    "both",
    "any",
    "no",
    "such",
    "themselves",
    "itself",
    // auxiliaries and modals
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "wont",
    "isnt",
    "arent",
    "wasnt",
    "werent",
    // adverbs
    "not",
    "also",
    "still",
    "only",
    "just",
    "already",
    "now",
    "ago",
    "later",
    "earlier",
    "less",
    "most",
    "least",
    "apiece",
    "respectively",
    "too",
    "very",
    "again",
    "even",
    "ever",
    "never",
    "altogether",
    "overall",
    "alone",
    "each",
    "instead",
    "apart",
    "away",
    "back",
    "long",
    "old",
    "high",
    "wide",
    "deep",
    "tall",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "last",
    "next",
    "time",
    "times",
];

/// Common verbs that are not read as a counted word (`thousands fled`, `one meeting
/// held`, `13 people say`): they end the phrase wherever they come.
const VERBS: &[&str] = &[
    "say", "says", "said", "tell", "tells", "told", "meet", "meets", "met", "hold", "holds",
    "held", "flee", "flees", "fled", "take", "takes", "took", "taken", "fall", "falls", "fell",
    "come", "comes", "came", "go", "goes", "went", "gone", "run", "runs", "ran", "get", "gets",
    "got", "make", "makes", "made", "give", "gives", "gave", "given", "send", "sends", "sent",
    "begin", "begins", "began", "begun", "fight", "fights", "fought", "strike", "strikes",
    "struck", "hit", "hits", "lose", "loses", "lost", "win", "wins", "won", "find", "finds",
    "found", "keep", "keeps", "kept", "stand", "stands", "stood", "spend", "spends", "spent",
    "bring", "brings", "brought", "die", "dies", "died", "remain", "remains", "live", "lives",
    "need", "needs", "want", "wants", "include", "includes", "face", "faces", "return", "returns",
    "leave", "leaves", "left", "seek", "seeks", "sought", "see", "sees", "saw", "seen", "become",
    "becomes", "became", "show", "shows", "shown", "lie", "lies", "lay", "rose", "rise", "rises",
    "risen", "grew", "grow", "grows", "grown", "stay", "stays", "work", "works", "arrive",
    "arrives", "wait", "waits", "await", "awaits", "kill", "kills", "wound", "wounds", "injure",
    "injures", "attend", "attends", "gather", "gathers", "mourn", "mourns",
];

/// Words before a number that make it a label, not a count (`Resolution 1701`,
/// `Article 5`, `Unit 8200`).
const LABELS: &[&str] = &[
    "resolution",
    "article",
    "unit",
    "route",
    "highway",
    "flight",
    "block",
    "gate",
    "road",
    "room",
    "chapter",
    "section",
    "paragraph",
    "clause",
    "item",
    "number",
    "phase",
    "level",
    "grade",
    "platform",
    "terminal",
    "channel",
    "page",
    "bus",
    "sector",
    "zone",
    "area",
    "district",
    "division",
    "brigade",
    "battalion",
    "squad",
    "apollo",
    "volume",
    "episode",
    "season",
    "round",
    "stage",
    "version",
];

/// Words before a hyphenated pair of numbers that make it a score or tally line
/// (`voted 6-3`), and words after it (`a 2-1 win`).
const SCORE_BEFORE: &[&str] = &[
    "voted", "vote", "votes", "won", "win", "wins", "lost", "lose", "loses", "beat", "beats",
    "defeated", "drew", "draw", "score", "scored", "scores", "led", "leads", "trailing", "trail",
    "margin", "ruled", "split", "tally",
];
const SCORE_AFTER: &[&str] = &[
    "win",
    "victory",
    "loss",
    "defeat",
    "vote",
    "votes",
    "draw",
    "lead",
    "majority",
    "decision",
    "ruling",
    "verdict",
    "scoreline",
    "result",
    "split",
    "tie",
    "margin",
];

/// Words after a number that make it a clock time (`3 p.m.` is handled apart).
const TIME_AFTER: &[&str] = &[
    "am", "pm", "gmt", "utc", "oclock", "hrs", "cet", "cest", "edt", "est", "bst",
];

/// Units of time: `2 in 3 days` is a rate, not a share.
const TIME_UNITS: &[&str] = &[
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades",
];

/// Whether a folded word is a unit of distance, area or weight (`kilometers`,
/// `miles`, `tons`): a number counting one measures, it counts no one.
pub(crate) fn is_measure(w: &str) -> bool {
    matches!(
        w,
        "kilometer"
            | "kilometers"
            | "kilometre"
            | "kilometres"
            | "km"
            | "kms"
            | "mile"
            | "miles"
            | "meter"
            | "meters"
            | "metre"
            | "metres"
            | "feet"
            | "foot"
            | "yard"
            | "yards"
            | "hectare"
            | "hectares"
            | "acre"
            | "acres"
            | "dunam"
            | "dunams"
            | "dunums"
            | "ton"
            | "tons"
            | "tonne"
            | "tonnes"
            | "kilogram"
            | "kilograms"
            | "kg"
            | "nautical"
    )
}

/// Words that measure what follows their `of` (weight, volume, area, rain; not
/// distance): `3,000 head of cattle`, `2 million barrels of oil`, `50 tonnes of
/// food`.
const MEASURES_OF: &[&str] = &[
    "head",
    "barrels",
    "barrel",
    "litres",
    "liters",
    "gallons",
    "bags",
    "sacks",
    "crates",
    "boxes",
    "truckloads",
    "millimetres",
    "millimeters",
    "inches",
    "cubic",
    "tonnes",
    "tonne",
    "tons",
    "ton",
    "kilograms",
    "kilogram",
    "kg",
    "hectares",
    "hectare",
    "acres",
    "acre",
    "dunams",
    "dunums",
];

/// Units of an age: `18-year-old`, `3-month-old`, `18 years old`.
const AGE_UNITS: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "day", "days",
];

/// Words ending in `s` that are not plurals (they do not end a counted phrase).
const NOT_PLURAL: &[&str] = &[
    "news",
    "series",
    "species",
    "means",
    "headquarters",
    "crossroads",
    "this",
    "his",
    "its",
    "was",
    "has",
    "is",
    "as",
    "us",
    "gas",
    "bus",
    "various",
    "previous",
    "serious",
    "numerous",
    "famous",
    "dangerous",
];

/// Plurals without an `s`.
const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "police",
    "personnel",
    "staff",
    "cattle",
    "feet",
    "teeth",
    "mice",
    "geese",
    "kg",
    "km",
];

/// Adjectives that do not make the phrase hold a noun (`two more soldiers`).
/// Words of a kind that come in pairs before a noun (`current and former
/// customers`): the noun after the pair is counted, not the first word.
pub(crate) const COORDINATED: &[&str] = &[
    "current",
    "former",
    "past",
    "present",
    "serving",
    "retired",
    "active",
    "male",
    "female",
    "domestic",
    "international",
    "foreign",
    "local",
    "public",
    "private",
    "full-time",
    "part-time",
    "new",
    "existing",
    "adult",
    "child",
];

const ADJECTIVES: &[&str] = &[
    "more",
    "other",
    "additional",
    "further",
    "new",
    "extra",
    "separate",
    "different",
    "major",
    "key",
    "main",
    "small",
    "large",
    "big",
    "senior",
    "top",
    "former",
    "local",
    "foreign",
    "armed",
    "unarmed",
    "young",
    "elderly",
    "several",
    "few",
    "full",
    "whole",
];

pub(crate) const WEEKDAYS_MONTHS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Quotation marks a counted phrase may run across (`1,200 "targeted activities"`).
pub(crate) fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»')
}

/// Whether the text between two words is one hyphen (`al-Fawqa`, `Beirut-Damascus`).
pub(crate) fn is_hyphen_gap(gap: &str) -> bool {
    matches!(gap, "-" | "\u{2010}" | "\u{2011}")
}

/// The text between two words of one noun phrase: white space and quotation marks,
/// within one line.
fn phrase_gap(gap: &str) -> bool {
    !gap.contains('\n') && gap.chars().all(|c| c.is_whitespace() || is_quote(c))
}

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

/// The parts of a whole a share names, by denominator (`a third`, `two-thirds`,
/// `three quarters`, `four-fifths`).
const SHARE_PARTS: &[(&str, f64)] = &[
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
];

/// A share before `of` starting at token `i`: `half of`, `a third of`, `one-third
/// of`, `two-thirds of`, `three quarters of`, `four-fifths of`; the fraction and the
/// token of `of` (`mentions` reads it as a percentage, rounded). Not a quantity's
/// share (`a quarter of a mile`, `half of a percentage point`), nor a part of time
/// (`the first half of the year`, `the back half of the season`, `a third of the
/// year`), nor a share of a set told before (`two-thirds of them`) or counted after
/// it (`two-thirds of the 900 workers`: the count stays the set's), nor a rank
/// (`the third of the five`: no `a`, `one` or count before `third`).
fn share_of(text: &str, tokens: &[Token], i: usize) -> Option<(f64, usize)> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let joined = |k: usize| {
        k + 1 < tokens.len() && matches!(&text[tokens[k].end..tokens[k + 1].start], " " | "-")
    };
    let part = |k: usize| SHARE_PARTS.iter().find(|(w, _)| *w == word(k)).map(|p| p.1);
    let (fraction, of) = match word(i) {
        "half" => {
            let before = i.checked_sub(1).map_or("", word);
            let timed = matches!(
                before,
                "first"
                    | "second"
                    | "latter"
                    | "former"
                    | "other"
                    | "the"
                    | "this"
                    | "that"
                    | "each"
                    | "back"
                    | "front"
                    | "final"
                    | "last"
                    | "early"
                    | "opening"
                    | "closing"
            );
            (!timed).then_some((0.5, i + 1))?
        }
        "a" | "one" if joined(i) && word(i + 1) == "half" => (0.5, i + 2),
        "a" | "one" if joined(i) => (1.0 / part(i + 1)?, i + 2),
        w if joined(i) => {
            let n = word_value(w).filter(|n| (2.0..10.0).contains(n))?;
            (n / part(i + 1)?, i + 2)
        }
        _ => return None,
    };
    let spaced = matches!(
        text.get(tokens.get(of - 1)?.end..tokens.get(of)?.start),
        Some(" ")
    );
    // (nor a share of a set told before, whose count is not here: `two-thirds of
    // them`, `half of those`)
    let told_before = matches!(word(of + 1), "them" | "those" | "whom" | "these" | "which");
    // (nor a share of a set counted here, whose count stays the set's: `two-thirds
    // of the 900 workers`, `half of the R50,000 fine`, `a quarter of the 2025
    // budget`; nor of a time, `a third of the year`)
    let det = usize::from(matches!(
        word(of + 1),
        "the" | "its" | "their" | "his" | "her" | "our" | "all" | "this" | "last"
    ));
    let next = word(of + 1 + det);
    let counted = next.starts_with(|c: char| c.is_ascii_digit())
        || word_value(next).is_some()
        || currency_letters(next).is_some()
        || tokens
            .get(of + 1 + det)
            .is_some_and(|t| currency_before(text, t.start).is_some());
    let time = matches!(
        next,
        "year"
            | "years"
            | "season"
            | "month"
            | "week"
            | "day"
            | "century"
            | "decade"
            | "term"
            | "game"
            | "match"
            | "race"
            | "period"
            | "time"
            | "night"
            | "morning"
            | "campaign"
    );
    (spaced
        && word(of) == "of"
        && !matches!(word(of + 1), "a" | "an")
        && !told_before
        && !counted
        && !time)
        .then_some((fraction, of))
}

/// Units written joined to their digits (`46.6C`, `96mph`, `5km`, `10kg`), folded,
/// with the unit each names. Not `m`, which is a million as often as a metre.
const UNIT_SUFFIXES: &[(&str, &str)] = &[
    ("c", "celsius"),
    ("f", "fahrenheit"),
    ("mph", "mph"),
    ("kph", "kph"),
    ("kmh", "kph"),
    ("km", "km"),
    ("kg", "kg"),
    ("cm", "cm"),
    ("mm", "mm"),
    ("ft", "feet"),
    ("mw", "megawatt"),
    ("gw", "gigawatt"),
    ("kw", "kilowatt"),
];

/// Words of heat that make digits joined to `C` or `F` degrees (`temperatures
/// reached 46.6C`; not `apartment 5C`).
const HEAT_WORDS: &[&str] = &[
    "temperature",
    "temperatures",
    "degrees",
    "heat",
    "heatwave",
    "mercury",
    "thermometer",
    "thermometers",
    "high",
    "highs",
    "low",
    "lows",
    "record",
    "hot",
    "hottest",
    "warm",
    "warmest",
    "cold",
    "coldest",
    "peaked",
    "reached",
    "recorded",
    "measured",
    "soared",
    "scorching",
    "sweltering",
    "searing",
    "reading",
    "readings",
    "climbed",
    "topped",
    "reaching",
];

/// Digits with a suffix: an ordinal (`14th`) or, for money, a scale (`100m`, `4.5bn`).
fn split_suffix(folded: &str) -> Option<(f64, &str)> {
    let cut = folded.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
    let (digits, suffix) = folded.split_at(cut);
    Some((digit_value(digits)?, suffix))
}

/// The value of a units word after a tens word (`twenty-one`, `forty five`): one
/// to nine.
fn units_value(folded: &str) -> Option<f64> {
    match folded {
        "one" => Some(1.0),
        w => word_value(w).filter(|u| *u < 10.0),
    }
}

fn ordinal_value(folded: &str) -> Option<f64> {
    if let Some(v) = ORDINAL_WORDS
        .iter()
        .find(|(w, _)| *w == folded)
        .map(|(_, v)| *v)
    {
        return Some(v);
    }
    let (v, suffix) = split_suffix(folded)?;
    let right = suffix == ordinal_suffix(((v as u64) % 100) as u32);
    (right && v.fract() == 0.0).then_some(v)
}

/// Whether a folded word can be the first of a number mention: digits first (a
/// count, a year, `14th`, `4.5bn`), or a word [`mentions`] reads as a number (`two`,
/// `third`, `dozens`, `several`, `a` of `a million`, `one`). Every other word is
/// passed over without the look-ups of the words around it.
fn is_number_word(folded: &str) -> bool {
    word_value(folded).is_some()
        || digit_value(folded).is_some()
        || SCALES.iter().any(|(w, _)| *w == folded)
        || VAGUE.iter().any(|(w, _, _)| *w == folded)
}

/// Whether a word looks like a plural noun: it ends in `s` (not `ss`, `us`, `is`,
/// `ous`) or is an irregular plural.
fn plural_shaped(folded: &str) -> bool {
    IRREGULAR_PLURALS.contains(&folded)
        || (folded.len() > 2
            && folded.ends_with('s')
            && !folded.ends_with("ss")
            && !folded.ends_with("us")
            && !folded.ends_with("is")
            && !NOT_PLURAL.contains(&folded))
}

/// Whether a word has the shape of a participle or past tense (`killed`, `fleeing`).
fn participle_shaped(folded: &str) -> bool {
    (folded.len() > 4 && folded.ends_with("ed")) || (folded.len() > 5 && folded.ends_with("ing"))
}

/// The head of the noun phrase that starts at token `j` (the text from byte `from`
/// to it must be white space or quotes): what a number right before it counts.
///
/// The heuristic, without a part-of-speech tagger:
/// - `of` and a determiner right after the number are skipped (`hundreds of damaged
///   power lines`, `three of the hostages`), and digits after `of the` (`four of
///   the 12 detainees` counts detainee);
/// - the phrase is at most four words, on one line, apart by white space or quotes;
/// - it ends before a function word (preposition, conjunction, determiner, pronoun,
///   auxiliary, adverb), a number, or punctuation;
/// - it ends before a verb once it holds a word: a common verb from a fixed list
///   (`said`, `met`, `fled`), or a participle shape (`-ed`, `-ing`) once a noun was
///   seen (`13 people killed`), so that `28 wounded` and `two killed` count the
///   participle and `damaged power lines` reads through it;
/// - it ends after the first plural-shaped word (`-s`, or `people`, `children`, …),
///   the usual head after a number (`three hours long`, `two countries agree`);
/// - after a plural number (`plural`: more than one, or a vague quantity) a listed
///   verb with a plural `-s` is the plural noun it also is (`100 strikes`, `two
///   Israeli strikes`, `three lives`): a plural subject's verb takes no `-s`;
/// - the head is its last word, unless that is only an adjective such as `more` or
///   `other` (`thousands more fled` counts nothing). A function word right after
///   the number means the number counts nothing (`killed 28 in the strike`).
pub fn head_after(
    text: &str,
    tokens: &[Token],
    j: usize,
    from: usize,
    plural: bool,
) -> Option<usize> {
    let mut j = j;
    let mut prev_end = from;
    let mut head = None;
    let mut taken = 0;
    let mut noun_seen = false;
    let mut skipping = true;
    while let Some(t) = tokens.get(j) {
        if t.start < prev_end || !phrase_gap(&text[prev_end..t.start]) {
            break;
        }
        let w = t.folded();
        if skipping && w == "of" && j > 0 {
            j += 1;
            prev_end = t.end;
            continue;
        }
        if skipping
            && head.is_none()
            && matches!(
                w,
                "the" | "these" | "those" | "their" | "its" | "his" | "her" | "our"
            )
            && j > 0
            && tokens[j - 1].folded() == "of"
        {
            j += 1;
            prev_end = t.end;
            continue;
        }
        // four of the 12 detainees: the four are detainees too; so are 412 of its
        // roughly 600 homes, and 12 of the capital's 69 seats
        // (and with no determiner, as headlines write it: `24 of 25 abducted
        // schoolgirls`)
        let set_from = |k: usize| {
            (k >= 1
                && matches!(
                    tokens[k].folded(),
                    "the" | "its" | "their" | "his" | "her" | "our"
                )
                && tokens[k - 1].folded() == "of")
                || set_owner(text, tokens, k)
                || (k >= 1
                    && tokens[k].folded() == "of"
                    && digit_value(tokens[k - 1].folded()).is_some())
        };
        if skipping
            && head.is_none()
            && set_owner(text, tokens, j)
            && tokens.get(j + 1).is_some_and(|n| {
                (digit_value(n.folded()).or_else(|| word_value(n.folded())))
                    .is_some_and(|v| v >= 1.0)
            })
        {
            j += 1;
            prev_end = t.end;
            continue;
        }
        let rough = |w: &str| {
            matches!(
                w,
                "roughly" | "about" | "some" | "nearly" | "around" | "approximately" | "almost"
            )
        };
        // (and a word of order before the set's number: `four of their previous
        // five home games`, `two of the last three`)
        let order = |w: &str| {
            rough(w)
                || matches!(
                    w,
                    "previous" | "last" | "past" | "next" | "first" | "remaining"
                )
        };
        let number = |w: &str| {
            digit_value(w)
                .or_else(|| word_value(w))
                .is_some_and(|v| v >= 1.0)
        };
        if skipping
            && j > 1
            && (set_from(j - 1) || (j > 2 && order(tokens[j - 1].folded()) && set_from(j - 2)))
            && (number(w)
                || (order(w)
                    && set_from(j - 1)
                    && tokens.get(j + 1).is_some_and(|n| number(n.folded()))))
        {
            j += 1;
            prev_end = t.end;
            continue;
        }
        skipping = false;
        // (two words of a kind joined before the noun: `4.7 million current and
        // former customers`, `300 male and female inmates`)
        if matches!(w, "and" | "or")
            && head == Some(j.wrapping_sub(1))
            && COORDINATED.contains(&tokens[j - 1].folded())
            && tokens.get(j + 1).is_some_and(|n| {
                COORDINATED.contains(&n.folded()) && phrase_gap(&text[t.end..n.start])
            })
        {
            prev_end = tokens[j + 1].end;
            j += 2;
            continue;
        }
        // (a plural noun at token `k`)
        let plural_after = |k: usize| {
            tokens.get(k).is_some_and(|a| {
                let w = a.folded();
                plural_shaped(w) && !FUNCTION_WORDS.contains(&w) && !VERBS.contains(&w)
            })
        };
        // (a measure joined by a hyphen before the noun: `7.9 million 60-kilogram
        // bags`, `two 500-pound bombs`; the noun after it is counted)
        // (not after a year: `In 2024 500-pound bombs`)
        if head.is_none()
            && w.bytes().all(|b| b.is_ascii_digit())
            && !(j > 0 && looks_like_year(text, &tokens[j - 1]))
            && let (Some(u), Some(a)) = (tokens.get(j + 1), tokens.get(j + 2))
            && is_hyphen_gap(&text[t.end..u.start])
            && text[u.start..].starts_with(char::is_lowercase)
            && phrase_gap(&text[u.end..a.start])
            && plural_after(j + 2)
        {
            j += 2;
            prev_end = u.end;
            continue;
        }
        if FUNCTION_WORDS.contains(&w) || is_number_word(w) || ordinal_value(w).is_some() {
            break;
        }
        // (a run: `fifth straight win`, `third consecutive defeat`: the word after
        // is the noun, even one that is also a verb)
        if head.is_none() && matches!(w, "straight" | "consecutive" | "successive") {
            if let Some(n) = tokens.get(j + 1)
                && phrase_gap(&text[t.end..n.start])
                && !FUNCTION_WORDS.contains(&n.folded())
            {
                head = Some(j + 1);
                taken += 2;
                noun_seen = true;
                j += 2;
                prev_end = n.end;
                if plural_shaped(n.folded()) {
                    break;
                }
                continue;
            }
            break;
        }
        if VERBS.contains(&w) {
            if plural && plural_shaped(w) {
                head = Some(j);
            }
            break;
        }
        // a compound modifier joined by a hyphen to a participle before the noun
        // (`48 troop-contributing countries`, `two Israeli-made drones`, `three
        // Hezbollah-run clinics`)
        // (or any compound before a plural noun: `two school-age children`)
        if let Some(n) = tokens.get(j + 1)
            && is_hyphen_gap(&text[t.end..n.start])
            && (participle_shaped(n.folded())
                || matches!(n.folded(), "made" | "run" | "led" | "held" | "built")
                || plural_after(j + 2))
            && tokens
                .get(j + 2)
                .is_some_and(|a| phrase_gap(&text[n.end..a.start]))
        {
            j += 2;
            prev_end = n.end;
            continue;
        }
        // (a model's name joined by a hyphen to a short mark: `three Iskander-M
        // ballistic missiles`, `two F-16 jets`, `Shahed-136 drones`; the noun
        // after it is counted)
        if let Some(n) = tokens.get(j + 1)
            && is_hyphen_gap(&text[t.end..n.start])
            && text[t.start..].starts_with(char::is_uppercase)
            && n.end - n.start <= 4
            && text[n.start..n.end]
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && tokens
                .get(j + 2)
                .is_some_and(|a| phrase_gap(&text[n.end..a.start]))
        {
            head = Some(j);
            taken += 1;
            noun_seen = true;
            j += 2;
            prev_end = n.end;
            continue;
        }
        // (an initialism with its stops is one word of the phrase: `Ten U.S.
        // citizens`, `two U.N. agencies`)
        if let Some((last, after)) = initialism(text, tokens, j) {
            head = Some(j);
            taken += 1;
            noun_seen = true;
            j = last + 1;
            prev_end = after;
            continue;
        }
        let participle = participle_shaped(w);
        if noun_seen && participle {
            break;
        }
        head = Some(j);
        taken += 1;
        if plural_shaped(w) || taken == 4 {
            break;
        }
        if !participle && !ADJECTIVES.contains(&w) {
            noun_seen = true;
        }
        j += 1;
        prev_end = t.end;
    }
    head.filter(|h| !ADJECTIVES.contains(&tokens[*h].folded()))
}

/// The last letter of an initialism written with stops that starts at token `j`
/// (`U.S.`, `U.N.`, `U.K.`: single capitals, each followed by `.`), and the byte
/// after its last stop.
fn initialism(text: &str, tokens: &[Token], j: usize) -> Option<(usize, usize)> {
    let letter = |k: usize| {
        tokens.get(k).filter(|t| {
            t.end == t.start + 1
                && text.as_bytes()[t.start].is_ascii_uppercase()
                && text.as_bytes().get(t.end) == Some(&b'.')
        })
    };
    letter(j)?;
    let mut k = j;
    while let Some(n) = tokens.get(k + 1)
        && n.start == tokens[k].end + 1
        && letter(k + 1).is_some()
    {
        k += 1;
    }
    (k > j).then(|| (k, tokens[k].end + 1))
}

/// The token after the comma that closes an appositive opening at token `j`
/// (`, a woman in her 60s who was walking nearby,`): a comma before `j`, an
/// article or a possessive pronoun at `j`, and another comma within a dozen words,
/// no `.`, `;` or `:` between.
fn appositive_end(text: &str, tokens: &[Token], j: usize) -> Option<usize> {
    let gap = |k: usize| text.get(tokens[k - 1].end..tokens[k].start).unwrap_or("");
    if j == 0 || gap(j).trim() != "," {
        return None;
    }
    if !matches!(
        tokens.get(j)?.folded(),
        "a" | "an" | "the" | "his" | "her" | "their"
    ) {
        return None;
    }
    let close = (j + 1..tokens.len().min(j + 14))
        .take_while(|&k| !gap(k).contains(['.', ';', ':', '\n']))
        .find(|&k| gap(k).trim() == ",")?;
    // (a noun phrase, a relative clause allowed: not an attribution, `killed 12
    // people, the ministry said, and wounded 30`)
    let mut relative = false;
    for t in &tokens[j + 1..close] {
        let w = t.folded();
        relative |= matches!(w, "who" | "which" | "that" | "whose");
        if !relative && (says_verb(w) || verb_shaped(w)) {
            return None;
        }
    }
    Some(close)
}

/// Whether token `k` is the owner of a counted set after `of`: a possessive
/// (`seven of Iraq's 18 provinces`, `12 of the capital's 69 seats`).
fn set_owner(text: &str, tokens: &[Token], k: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", Token::folded);
    tokens
        .get(k)
        .is_some_and(|t| super::fold::is_possessive(&text[t.start..t.end]))
        && k >= 1
        && (word(k - 1) == "of" || (k >= 2 && word(k - 1) == "the" && word(k - 2) == "of"))
}

/// Whether a folded word may be a verb a number is tied to: a past form (`killed`,
/// `struck`), an `-ing` form, or a listed common verb; no function word.
pub fn verb_shaped(w: &str) -> bool {
    (lexicon::past_form(w, 3)
        || lexicon::same_past(w)
        || (w.len() > 5 && w.ends_with("ing"))
        || VERBS.contains(&w))
        && !FUNCTION_WORDS.contains(&w)
}

/// Whether a folded word says a clause's verb: [`verb_shaped`] or an auxiliary
/// (`were`, `has`): a list of nouns or an attribution's noun phrase ends there.
pub(crate) fn says_verb(w: &str) -> bool {
    verb_shaped(w) || lexicon::AUXILIARIES.contains(&w)
}

/// Prepositions before a place (`in Yater`, `near Tyre`): a count followed by one
/// tells where, not what.
pub(crate) const AT_PLACE: &[&str] = &[
    "in", "near", "at", "on", "inside", "over", "from", "north", "south", "east", "west",
];

/// Whether a count is a part of a place: `two of them in Yater`, `one of whom near
/// Tyre`; its verb is its whole's.
pub(crate) fn of_them_at_place(tokens: &[Token], m: &NumberMention) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    word(m.end_token) == "of"
        && matches!(word(m.end_token + 1), "them" | "whom")
        && AT_PLACE.contains(&word(m.end_token + 2))
}

/// For a number that counts no noun of its own, the noun of `the number of X` it
/// is the level of, in its sentence before it: `The number of people living
/// unsheltered … rose 17% to 5,180` gives `people`. The number stands after `to`,
/// `at`, `was`, `reached` or the like, a verb between the noun and it.
pub fn number_of(text: &str, tokens: &[Token], m: &NumberMention) -> Option<usize> {
    let folded = |k: usize| tokens.get(k).map_or("", Token::folded);
    let first = m.first_token;
    if m.kind != Kind::Count
        || m.counted.is_some()
        || m.unit.is_some()
        || first == 0
        || !matches!(
            folded(first - 1),
            "to" | "at"
                | "was"
                | "is"
                | "were"
                | "are"
                | "reached"
                | "hit"
                | "totalled"
                | "totaled"
        )
    {
        return None;
    }
    let k = (first.saturating_sub(20)..first.saturating_sub(2))
        .rev()
        .take_while(|&k| !sentence_after(text, tokens, k))
        .find(|&k| {
            folded(k) == "number"
                && folded(k + 1) == "of"
                && k > 0
                && matches!(folded(k - 1), "the" | "total")
        })?;
    let what = head_after(text, tokens, k + 2, tokens[k + 1].end, true).filter(|&h| h < first)?;
    // (the number the subject of the figure's clause: no comma or `;` between
    // but inside a dash's aside, not `the number of … fell, and the PMI was
    // 47.2`; not a ratio, `per unemployed person`)
    let mut between = String::new();
    let mut aside = false;
    for ch in text[tokens[what].end..tokens[first].start].chars() {
        if matches!(ch, '\u{2014}' | '\u{2013}') {
            aside = !aside;
        } else if !aside {
            between.push(ch);
        }
    }
    (folded(what + 1) != "per"
        && !between.contains([',', ';'])
        && (what + 1..first).any(|j| verb_shaped(folded(j)) || folded(j) == "was"))
    .then_some(what)
}

/// What a count mention is tied to besides the noun it counts (see [`ties`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ties {
    /// For a number that counts nothing, the word after its `is`/`are`/`was`/`were`:
    /// `12 were children` counts children as much as `12 children` does.
    pub predicate: Option<usize>,
    /// The verbs it is the object or the subject of.
    pub verbs: [Option<usize>; 2],
    /// A verb joined to `verbs[0]` by `or` or `and` that shares its object
    /// (`shot down` in `shot down or jammed 87 of the drones`).
    pub shared: Option<usize>,
    /// It is a part of another count: `including three children`, `among them
    /// two`, `of whom five`, `three of them`, `Three of the five`; or the whole a
    /// part is taken from (`the three` in `Two of the three rockets were
    /// intercepted`), whose clause's verb is the part's.
    pub part: bool,
    /// It counts who or how often something acted, not whom it struck: the
    /// subject of an active verb (`Three Israeli drones struck`, `Two strikes on
    /// Tyre killed`) or `N times`.
    pub agent: bool,
    /// It counts how long, or stands in a setting of the act (`for three days`,
    /// `killed in the past 24 hours`, `in two separate strikes`), not whom it
    /// struck.
    pub setting: bool,
    /// `verbs[0]` is a toll's own finite verb ([`TOLL_VERBS`]: `the toll rose to
    /// 14`, `the death toll had risen to four`, `the wounded numbered 28`): a count
    /// of the act when no other number is tied to it.
    pub toll: bool,
    /// It counts who said what the sentence tells: the subject of a verb of saying
    /// (`two security sources told Reuters`, `three officials said`) or the source
    /// after `according to`.
    pub speaker: bool,
    /// `verbs[1]` is a past form right after the noun, before a setting, with no
    /// auxiliary and no verb after it: a passive participle (`five people killed
    /// near Naqoura`) or an active verb (`two delegations met in Naqoura`), which
    /// cannot be told apart.
    pub guessed: bool,
    /// The active verb it is the subject of, when [`Self::agent`] (`filled` in
    /// `Thousands of mourners filled the streets`, `attend` in `Thousands attend
    /// funeral`): what it counts did that, not the fact's act.
    pub agent_verb: Option<usize>,
}

/// The words a count mention is tied to, as tokens: the verb right before it
/// (`killed two people`, `wounded 14 others`, `killing at least 11`), the verb after
/// its noun phrase and an auxiliary (`13 people were killed`, `two were wounded`, `11
/// soldiers have died`; not the active `the two countries met for three hours`, where
/// a fact about the meeting may be after any of its numbers), and, for a number that
/// counts nothing,
/// the word after its `is`/`are`/`was`/`were` (`12 were children`). Only white space
/// or quotes may stand between, on one line, besides a frame before the number (`a
/// total of`, `an estimated`), adverbs after the auxiliary (`were reportedly
/// killed`) and an aside (higher `clauses` numbers) after the subject; so a comma or
/// a preposition ends the search (`the toll rose to 40`; in `killed 11 people,
/// including three children`, `three` is not tied to `killed`).
///
/// A number's verb says what it counts when its noun does not: in "killed two people
/// and wounded 14 others" the 14 are the wounded, not the killed.
pub fn ties(text: &str, tokens: &[Token], clauses: &[u32], m: &NumberMention) -> Ties {
    // (a text may end where a verb is looked for: `he said one of them was`)
    let verb = |j: usize| tokens.get(j).is_some_and(|t| verb_shaped(t.folded()));
    let gap = |a: usize, b: usize| phrase_gap(&text[tokens[a].end..tokens[b].start]);
    let word = |j: usize| tokens.get(j).map_or("", Token::folded);
    let own = clauses.get(m.first_token);
    let mut ties = Ties::default();
    let before = |k: usize| m.first_token.checked_sub(k).map_or("", word);
    let after = |k: usize| word(m.end_token + k);
    // (a part of a set with no determiner, as headlines write it: `24 of 25
    // abducted schoolgirls`)
    let bare_set = after(0) == "of"
        && digit_value(word(m.first_token)).is_some()
        && digit_value(after(1)).is_some();
    ties.part = before(1) == "including"
        || (before(1) == "them" && before(2) == "among")
        || later_in_list(text, tokens, m)
        || (before(1) == "whom" && before(2) == "of")
        || (after(0) == "of"
            && (matches!(after(1), "them" | "whom" | "those" | "the" | "its" | "their" | "his" | "her")
                || bare_set)
            // (not `killed 27, of whom nine were women`)
            && m.end_token < tokens.len()
            && gap(m.end_token - 1, m.end_token))
        // (`seven of Iraq's 18 provinces`)
        || (after(0) == "of"
            && [1, 2].into_iter().any(|d| {
                set_owner(text, tokens, m.end_token + d)
                    && (word(m.end_token + d + 1).starts_with(|c: char| c.is_ascii_digit())
                        || word_value(word(m.end_token + d + 1)).is_some())
            }));
    // the object: the verb right before, a frame passed over (`killed a total of
    // seven`, `wounded an estimated 40`)
    if let Some(k) = m.first_token.checked_sub(1)
        && phrase_gap(&text[tokens[k].end..m.start])
    {
        let frame = match word(k) {
            "of" if k >= 2 && word(k - 1) == "total" && word(k - 2) == "a" => 3,
            "estimated" | "further" if k >= 1 && matches!(word(k - 1), "a" | "an") => 2,
            _ => 0,
        };
        let b = k
            .checked_sub(frame)
            .filter(|&v| frame == 0 || gap(v, v + 1));
        // (not `said`: `The ministry said 14 people were wounded`, the number is
        // the subject of what was said)
        // (nor `aged`, which gives an age: `Mohammed al-Masri, aged 17, was shot`)
        let no_object = |v: usize| matches!(word(v), "said" | "says" | "say" | "aged");
        ties.verbs[0] = b.filter(|&v| verb(v) && !no_object(v)).or_else(|| {
            // a verb and its particle: `carried out thousands of strikes`
            (frame == 0 && PARTICLES.contains(&word(k)) && k > 0 && gap(k - 1, k) && verb(k - 1))
                .then(|| k - 1)
        });
        // two verbs sharing the object: `shot down or jammed 87 of the drones`
        if let Some(v) = ties.verbs[0]
            && v >= 2
            && matches!(word(v - 1), "or" | "and")
        {
            let mut j = v - 2;
            if PARTICLES.contains(&word(j)) && j > 0 {
                j -= 1;
            }
            if verb(j) && !no_object(j) && (j..v).all(|i| gap(i, i + 1)) {
                ties.shared = Some(j);
            }
        }
        // a running toll: `bringing the number of people killed to 330`, `bringing
        // to 14 the number of people killed`, `raising the death toll to 40`
        if word(k) == "to" {
            ties.verbs[0] = toll(tokens, clauses, k, m.end_token).or(ties.verbs[0]);
        }
        // (`the death toll had risen to four`, `the wounded numbered 28`: the
        // toll's own verb, not the act's)
        ties.toll = ties.verbs[0].is_some_and(|v| TOLL_VERBS.contains(&word(v)));
    }
    // the subject: the verb after its noun phrase, an auxiliary and adverbs (and
    // an aside: `Eleven people, including three children, were killed`); or a
    // participle right after the noun before a preposition (`the five people
    // killed near Naqoura`, `two wounded in Tyre`)
    // a part is tied to nothing: its whole's verb is not its own; but `two of them
    // women` says what the two are
    // women` says what the two are, as does `of whom nine were women`; and in `Two
    // of the three rockets were intercepted` the verb is the part's
    if ties.part {
        // the part's own verb in a relative clause after it (`including more than
        // four million who have fled to neighbouring countries`)
        if matches!(after(0), "who" | "that") {
            let mut j = m.end_token + 1;
            while lexicon::AUXILIARIES.contains(&word(j)) || lexicon::inner_adverb(word(j)) {
                j += 1;
            }
            if verb(j) {
                ties.verbs[1] = Some(j);
            }
        }
        let noun = |w: &str| {
            !w.is_empty()
                && !FUNCTION_WORDS.contains(&w)
                && !verb_shaped(w)
                && !lexicon::inner_adverb(w)
        };
        if after(0) == "of" && matches!(after(1), "them" | "whom") && noun(after(2)) {
            ties.predicate = Some(m.end_token + 2);
        } else if m.counted.is_none()
            && matches!(after(0), "were" | "are" | "was" | "is")
            && (before(1) == "whom" || before(1) == "them")
        {
            ties.predicate = Some(m.end_token + 1).filter(|_| noun(after(1)));
        } else if after(0) == "of"
            && (matches!(
                after(1),
                "them" | "whom" | "those" | "the" | "its" | "their" | "his" | "her"
            ) || bare_set)
            // (`two of them in Yater`: the whole's verb is theirs)
            && !of_them_at_place(tokens, m)
        {
            // the part's own verb after its set (`One of the rockets fired toward
            // Kiryat Shmona was intercepted`, `one of them died`), or what it was
            // (`One of those killed in Hasbaya was a journalist`)
            // (with no auxiliary, its last verb after the set's noun: `one of the
            // wounded died in hospital`, `One of the rockets fired from Lebanon
            // landed in a field`)
            let start = m.end_token + 2 - usize::from(bare_set);
            let own = clauses.get(start);
            let mut last_verb = None;
            for k in start..tokens.len().min(start + 16) {
                if clauses.get(k) != own
                    || text[tokens[k - 1].end..tokens[k].start].contains([';', '.'])
                {
                    break;
                }
                let w = word(k);
                if k == start && matches!(after(1), "them" | "whom") && verb(k) {
                    ties.verbs[1] = Some(k);
                    break;
                }
                // (not a participle after a set's count: `Four of the 12 people
                // killed in Jbaa`)
                let counted_set = word_value(word(start)).is_some()
                    || word(start).starts_with(|c: char| c.is_ascii_digit());
                if verb(k)
                    && (k > start || after(1) != "those")
                    && !(counted_set && then_setting(word(k + 1)))
                    // (not a noun after a determiner: `in the strikes`)
                    && !matches!(word(k - 1), "the" | "a" | "an" | "its" | "their" | "his" | "her")
                {
                    last_verb = Some(k);
                }
                if !matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had") {
                    ties.verbs[1] = last_verb;
                    continue;
                }
                let mut j = k + 1;
                while j < tokens.len()
                    && (lexicon::inner_adverb(word(j)) || matches!(word(j), "been" | "being"))
                {
                    j += 1;
                }
                if verb(j) {
                    ties.verbs[1] = Some(j);
                } else {
                    ties.verbs[1] = None;
                    while matches!(word(j), "a" | "an" | "the") {
                        j += 1;
                    }
                    ties.predicate = Some(j).filter(|_| noun(word(j)));
                }
                break;
            }
        }
        // `one of them said`, `two of the officials told AFP`: who said it
        if after(0) == "of" {
            ties.speaker = (m.end_token + 2..tokens.len().min(m.end_token + 6))
                .take_while(|&k| gap(k - 1, k) && (k == m.end_token + 2 || !verb(k - 1)))
                .any(|k| lexicon::SAYING.contains(&word(k)));
        }
        return ties;
    }
    // the whole a part is taken from (`the three` in `Two of the three rockets
    // were intercepted`): the clause's verb is the part's, not its own
    let whole = (matches!(before(1), "the" | "its" | "their" | "his" | "her" | "our")
        && before(2) == "of"
        && m.first_token >= 3
        && (before(3).starts_with(|c: char| c.is_ascii_digit())
            || word_value(before(3)).is_some()
            || before(3) == "one"))
        // (`24 of 25 abducted schoolgirls`)
        || (before(1) == "of"
            && digit_value(before(2)).is_some()
            && digit_value(word(m.first_token)).is_some());
    let mut finite = false;
    if let Some(c) = m
        .counted
        .filter(|&c| c == m.end_token && participle_shaped(word(c)) && then_setting(word(c + 1)))
    {
        ties.verbs[1] = Some(c);
    }
    let mut j = m.end_token.max(m.counted.map_or(0, |c| c + 1));
    let (mut auxiliary, mut be, mut aside) = (false, false, false);
    let mut phrase = 0;
    // (an appositive right after the noun, passed over to its closing comma: `one
    // other person, a woman in her 60s who was walking nearby, was wounded`; the
    // clause after it is the noun's own, whatever its number)
    let mut apposed = false;
    while j < tokens.len() && j > 0 && ties.verbs[1].is_none() {
        if !apposed
            && m.counted == Some(j - 1)
            && let Some(close) = appositive_end(text, tokens, j)
        {
            j = close;
            aside = true;
            apposed = true;
            continue;
        }
        if clauses.get(j) > own && !apposed {
            aside = true;
            j += 1;
            continue;
        }
        // (a hyphen joins a name inside the noun's phrase: `on Houmine al-Fawqa`)
        let hyphen = phrase > 0 && is_hyphen_gap(&text[tokens[j - 1].end..tokens[j].start]);
        if !aside && !gap(j - 1, j) && !hyphen {
            break;
        }
        aside = false;
        let w = word(j);
        if lexicon::AUXILIARIES.contains(&w) && !matches!(w, "do" | "does" | "did") {
            auxiliary = true;
            be |= matches!(w, "is" | "are" | "was" | "were");
            j += 1;
            continue;
        }
        if auxiliary && lexicon::inner_adverb(w) {
            j += 1;
            continue;
        }
        // the noun's own phrase (`Two Israeli strikes on Kfar Tibnit killed three`,
        // `Three people in the car were killed`) is passed over to its verb, a
        // participle and its setting inside it too (`targeted by Israel`)
        if !auxiliary
            && m.counted.is_some()
            && phrase < 7
            && (phrase > 0 || NOUN_PHRASE_OPEN.contains(&w))
            && (phrase == 0 || !verb(j) || (lexicon::past_form(w, 3) && then_setting(word(j + 1))))
        {
            phrase += 1;
            j += 1;
            continue;
        }
        // (a headline's `four suspects arrested` ends at its participle)
        let closes = |j: usize| {
            tokens
                .get(j + 1)
                .is_none_or(|n| text[tokens[j].end..n.start].contains([',', '.', ';', ':', '\n']))
        };
        if verb(j)
            && (auxiliary || (lexicon::past_form(w, 3) && (then_setting(word(j + 1)) || closes(j))))
        {
            ties.verbs[1] = Some(j);
            finite = auxiliary;
            // (what it is feared or believed to have done: `Between 20 and 30
            // migrants are feared to have drowned`, `are believed to have been
            // killed`)
            if auxiliary
                && matches!(
                    w,
                    "feared"
                        | "believed"
                        | "thought"
                        | "reported"
                        | "said"
                        | "known"
                        | "presumed"
                        | "understood"
                        | "estimated"
                )
                && word(j + 1) == "to"
            {
                let mut v = j + 2;
                while matches!(word(v), "have" | "be" | "been" | "being") {
                    v += 1;
                }
                if v > j + 2 && v < tokens.len() && verb(v) {
                    ties.verbs[1] = Some(v);
                }
            }
            // a participle and its setting before the noun's own verb: `Three
            // rockets fired from Syria were intercepted` is tied to both
            if !auxiliary {
                match finite_after(text, tokens, clauses, j) {
                    Some(v) => {
                        ties.verbs = [ties.verbs[0].or(Some(j)), Some(v)];
                        finite = true;
                    }
                    None => ties.guessed = true,
                }
            }
        } else if be && m.counted.is_none() && !FUNCTION_WORDS.contains(&w) {
            ties.predicate = Some(j);
        } else if !auxiliary && m.counted.is_some() && lexicon::past_form(w, 3) {
            ties.agent = true;
            // (the verb only with its object after it: not `Two brothers aged 12
            // and 15 were killed`)
            let object = matches!(
                word(j + 1),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
            );
            ties.agent_verb = Some(j).filter(|_| object && w != "aged");
        } else if !auxiliary && CROWD_VERBS.contains(&w) {
            // (`Thousands attend funeral`: a headline's present tense)
            ties.agent = true;
            ties.agent_verb = Some(j);
        }
        // `two security sources told Reuters`, `three officials said`, `two
        // sources close to the group told AFP`, `three people familiar with the
        // matter said`
        ties.speaker = !auxiliary
            && m.counted.is_some()
            && (lexicon::SAYING.contains(&w)
                || (matches!(w, "close" | "familiar" | "briefed" | "with" | "in" | "from")
                    && (j + 1..tokens.len().min(j + 7))
                        .take_while(|&k| {
                            (gap(k - 1, k) && !verb(k)) || lexicon::SAYING.contains(&word(k))
                        })
                        .any(|k| lexicon::SAYING.contains(&word(k)))));
        break;
    }
    // how often or how long (`14 times`, `three days`), and a number in a setting
    // of the act (`killed in the past 24 hours`, `in two separate strikes`, `for
    // three days`, `with two missiles`; not `resulted in 12 deaths`)
    let mut k = m.first_token;
    while k > 0 && SETTING_FRAME.contains(&word(k - 1)) {
        k -= 1;
    }
    let setting = k > 0
        && matches!(
            word(k - 1),
            "in" | "during" | "within" | "over" | "for" | "across" | "with"
        )
        && !(k > 1 && word(k - 2).starts_with("result"))
        && gap(k - 1, k);
    ties.setting = setting || m.counted.is_some_and(|c| TIME_UNITS.contains(&word(c)));
    if whole {
        ties.part = true;
        if finite {
            ties.verbs[1] = None;
        }
    }
    ties.agent |= m
        .counted
        .is_some_and(|c| matches!(word(c), "times" | "time"))
        // (`struck Lebanon 5,000 times`: `times` is counted by no noun rule)
        || after(0) == "times";
    ties.speaker |= before(1) == "to" && before(2) == "according";
    // `…, said two security officials (familiar with the matter).`: the
    // attribution inverted at the end, no verb after its noun
    ties.speaker |= matches!(before(1), "said" | "says")
        // (not with its own verb after an appositive: `said one other person, a
        // woman in her 60s, was wounded`)
        && ties.verbs[1].is_none()
        && m.counted.is_some_and(|c| {
            for k in c + 1..tokens.len().min(c + 8) {
                if text[tokens[k - 1].end..tokens[k].start].contains(['.', ',', ';']) {
                    return true;
                }
                if says_verb(word(k)) {
                    return false;
                }
            }
            c + 8 >= tokens.len()
        });
    ties
}

/// Present forms of what a crowd does, whose subject a headline counts (`Thousands
/// attend funeral`, `Hundreds gather in Tyre`): the number is the crowd's.
const CROWD_VERBS: &[&str] = &[
    "attend", "attends", "gather", "gathers", "mourn", "mourns", "march", "marches", "rally",
    "rallies", "protest", "fill", "fills", "throng", "join", "joins", "flee", "flees", "return",
    "returns",
];

/// Whether token `k` names a person: a capitalised word (`Khalil`, `Hussein Kassem
/// (7 years)`) or a person's noun (`a woman, 62,`, `a man and his two sons`).
pub(crate) fn is_person(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        text[t.start..].starts_with(char::is_uppercase) || PEOPLE.contains(&t.folded())
    })
}

/// Nouns of a person an age may follow between commas (`a woman, 62,`, `her
/// son, 35,`), as it follows a name.
const PEOPLE: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "son",
    "daughter",
    "husband",
    "wife",
    "father",
    "mother",
    "brother",
    "sister",
    "child",
    "teenager",
    "farmer",
    "shepherd",
    "driver",
    "fisherman",
    "journalist",
    "photographer",
    "paramedic",
    "nurse",
    "doctor",
    "soldier",
    "fighter",
    "resident",
    "grandfather",
    "grandmother",
    "cousin",
    "uncle",
    "nephew",
    "niece",
    "student",
    "firefighter",
    "volunteer",
    "worker",
    "officer",
    "policeman",
    "policewoman",
    "guard",
    "activist",
    "pilot",
    "rescuer",
    "teacher",
    "protester",
    "victim",
    "passenger",
    "baby",
    "toddler",
    "medic",
    "reporter",
    "cameraman",
    "civilian",
    "commander",
    "suspect",
];

/// Prepositions that open a phrase of a subject's noun before its verb (`Two
/// strikes on Tyre killed`, `Three people in the car were killed`).
const NOUN_PHRASE_OPEN: &[&str] = &[
    "on", "in", "over", "near", "from", "at", "inside", "against", "along",
];

/// Words between a setting's preposition and its number (`in the past 24 hours`,
/// `over the last two days`).
const SETTING_FRAME: &[&str] = &["the", "a", "an", "past", "last", "previous", "first"];

/// Words that make one verb with the verb before them (`carried out`, `called
/// off`, `shot down`). Not `up` (`made up 40 percent of those killed`).
const PARTICLES: &[&str] = &["out", "off", "down"];

/// The verb of a clause after a participle and its setting (`fired from Syria
/// were intercepted`: token `were`'s verb): an auxiliary of `be` or `have` within
/// eight tokens of `j`, on the same clause with nothing but spaces or a hyphen
/// between, then
/// adverbs, then a verb. A relative word or a conjunction ends the search.
fn finite_after(text: &str, tokens: &[Token], clauses: &[u32], j: usize) -> Option<usize> {
    let own = clauses.get(j);
    let mut k = j + 1;
    let mut aux = false;
    while k < tokens.len().min(j + 10) && clauses.get(k) == own {
        let between = &text[tokens[k - 1].end..tokens[k].start];
        if !phrase_gap(between) && !is_hyphen_gap(between) {
            return None;
        }
        let w = tokens[k].folded();
        if matches!(
            w,
            "that" | "which" | "who" | "and" | "but" | "or" | "as" | "while"
        ) {
            return None;
        }
        if matches!(
            w,
            "is" | "are" | "was" | "were" | "has" | "have" | "had" | "been"
        ) {
            aux = true;
        } else if aux && !lexicon::inner_adverb(w) {
            return verb_shaped(w).then_some(k);
        }
        k += 1;
    }
    None
}

/// Whether a folded word opens a setting after a participle (`killed in`, `wounded
/// near`), so that the participle is passive, not an active verb with an object.
fn then_setting(w: &str) -> bool {
    matches!(
        w,
        "in" | "near"
            | "by"
            | "at"
            | "on"
            | "during"
            | "since"
            | "after"
            | "when"
            | "while"
            | "across"
            | "inside"
            | "from"
            | "over"
            | ""
    )
}

/// Whether a number mention is a later item of a list of parts (`including a
/// paramedic and two children`, `among them a boy, a woman and three men`): `and`
/// or a comma before it, no verb after its noun, and `including` or `among them`
/// before it in its sentence with no verb between.
fn later_in_list(text: &str, tokens: &[Token], m: &NumberMention) -> bool {
    let first = m.first_token;
    let Some(p) = first.checked_sub(1) else {
        return false;
    };
    if tokens[p].folded() != "and" && !text[tokens[p].end..tokens[first].start].contains(',') {
        return false;
    }
    // (not a count of its own after the list: `including three children, and 14
    // others were wounded`)
    let next = m.counted.map_or(m.end_token, |c| c + 1);
    if tokens.get(next).is_some_and(|t| says_verb(t.folded())) {
        return false;
    }
    // the list's items are apart by commas, so its clause is not the number's
    for k in (first.saturating_sub(16)..first).rev() {
        let w = tokens[k].folded();
        if w == "including" || (w == "them" && k > 0 && tokens[k - 1].folded() == "among") {
            return true;
        }
        let sentence =
            text[tokens[k].end..tokens[k + 1].start].contains(['.', ';', '\n', '(', ')']);
        if sentence || says_verb(w) {
            return false;
        }
    }
    false
}

/// The verbs of a running toll (`raising the death toll to 40`, `rose to 14`).
const RISING: &[&str] = &[
    "bringing", "brings", "brought", "raising", "raises", "raised", "taking", "takes", "pushing",
    "pushes", "pushed", "rose", "risen", "rising", "climbed", "climbing",
];

/// The finite verbs of a toll that give its figure (`the death toll had risen to
/// four`, `the wounded numbered 28`); not the participles that add a running toll
/// to an act told before it (`A man was killed, bringing the toll to four`: the
/// four are not the act's).
const TOLL_VERBS: &[&str] = &[
    "rose", "risen", "climbed", "numbered", "totalled", "totaled", "reached",
];

/// What a number after `to` (token `to`) in a running toll counts as a verb: the
/// participle of `the number of people killed` between the toll's verb (`bringing`,
/// `raising`, `rose`) and `to`, or after the number (`bringing to 14 the number of
/// people killed`), or before the toll's verb in its subject (`The number of people
/// killed since October rose to 367`); else the toll's verb itself (`raising the
/// death toll to 40`: tied to no act a fact names).
fn toll(tokens: &[Token], clauses: &[u32], to: usize, end: usize) -> Option<usize> {
    let own = clauses.get(to);
    let same = |k: &usize| clauses.get(*k) == own;
    let g = (to.saturating_sub(12)..to)
        .rev()
        .filter(same)
        .find(|&k| RISING.contains(&tokens[k].folded()))?;
    let participle = |k: &usize| {
        let w = tokens[*k].folded();
        lexicon::past_form(w, 3) && !RISING.contains(&w) && !lexicon::AUXILIARIES.contains(&w)
    };
    let subject = || {
        // `The number of people killed …` before the toll's verb
        let number = (g.saturating_sub(24)..g)
            .filter(same)
            .find(|&k| matches!(tokens[k].folded(), "number" | "toll"))?;
        // (not a relative clause's verb: `The death toll from a landslide that
        // buried a bus rose to 14`)
        (number + 1..g)
            .filter(same)
            .find(participle)
            .filter(|&k| !matches!(tokens[k - 1].folded(), "that" | "which" | "who"))
    };
    (g + 1..to)
        .filter(same)
        .find(participle)
        .or_else(|| {
            (g + 1 == to)
                .then(|| {
                    // (after `the number of`, `the toll of`: not `rose to 14 on
                    // Tuesday as rescuers dug`)
                    (end..tokens.len().min(end + 8))
                        .filter(same)
                        .skip_while(|&k| !FIGURES.contains(&tokens[k].folded()))
                        .find(participle)
                        .or_else(subject)
                })
                .flatten()
        })
        .or(Some(g))
}

/// One more of a count told before it (a [`Kind::More`] mention of 1) in tokens
/// `from..to`: `a`/`an` and an ordinal word from `second` (`a fourth died in
/// Majdal Selm`, `killed two men and wounded a third`, `a fifth person was hurt`),
/// or `another` (`and another in Majdal Selm`; not `one another`, `one after
/// another`). A noun of a person may follow (it is what the mention counts); then
/// only punctuation, an auxiliary, a verb or a preposition, so that a rank of a
/// thing (`a second round`, `for a third consecutive day`, `another strike`), a
/// fraction (`a third of the houses`) and `another three` are left out. Each comes
/// with the rank it gives (4 for `a fourth`; none for `another`).
pub fn one_more(
    text: &str,
    tokens: &[Token],
    from: usize,
    to: usize,
) -> Vec<(NumberMention, Option<f64>)> {
    const AFTER: &[&str] = &[
        "in", "near", "at", "on", "from", "inside", "when", "after", "as", "while", "who", "later",
        "during",
    ];
    let to = to.min(tokens.len());
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let joined = |k: usize| {
        k > 0 && k < tokens.len() && phrase_gap(&text[tokens[k - 1].end..tokens[k].start])
    };
    let mut out = Vec::new();
    for i in from..to {
        let rank = match word(i) {
            "another"
                if i == 0 || !matches!(word(i - 1), "one" | "after" | "to" | "or" | "from") =>
            {
                None
            }
            "a" | "an" if joined(i + 1) => {
                match ORDINAL_WORDS.iter().find(|(o, _)| *o == word(i + 1)) {
                    Some((_, v)) if *v >= 2.0 => Some(*v),
                    _ => continue,
                }
            }
            _ => continue,
        };
        let mut n = i + 1 + usize::from(rank.is_some());
        let end_token = n;
        let mut counted = None;
        if joined(n) && word(n) == "one" {
            n += 1;
        } else if joined(n)
            && (PEOPLE.contains(&word(n)) || matches!(word(n), "person" | "victim" | "civilian"))
        {
            counted = Some(n);
            n += 1;
        }
        // (`a third were children`: a fraction; `another in a string of attacks`)
        let fraction =
            rank.is_some() && counted.is_none() && matches!(word(n), "were" | "are" | "have");
        let series = rank.is_none()
            && word(n) == "in"
            && matches!(word(n + 1), "a" | "an" | "the")
            && matches!(
                word(n + 2),
                "string" | "series" | "wave" | "spate" | "line" | "chain" | "succession" | "litany"
            );
        if fraction || series {
            continue;
        }
        let fits = n >= tokens.len()
            || text[tokens[n - 1].end..tokens[n].start].contains([',', '.', ';', ':', '(', ')'])
            || {
                let w = word(n);
                lexicon::AUXILIARIES.contains(&w)
                    || AFTER.contains(&w)
                    || (lexicon::names_act(w) && !FUNCTION_WORDS.contains(&w))
            };
        if !fits || n > to {
            continue;
        }
        let end = tokens[end_token - 1].end;
        out.push((
            NumberMention {
                start: tokens[i].start,
                end,
                first_token: i,
                end_token,
                quantity: Quantity::new(Op::Exact, 1.0),
                kind: Kind::More,
                counted,
                unit: None,
                person: None,
            },
            rank,
        ));
    }
    out
}

/// Whether two verbs tell one act (a toll's parts may use either): the same stem,
/// or both a death (`killed`, `died`, `dead`) or both a wound (`wounded`,
/// `injured`, `hurt`).
pub fn same_act(a: &Token, b: &Token) -> bool {
    const DEATH: &[&str] = &["kill", "die", "dead", "martyr", "perish", "slain"];
    const WOUND: &[&str] = &["wound", "injur", "hurt"];
    let class = |t: &Token| {
        let w = t.folded();
        if DEATH.iter().any(|p| w.starts_with(p)) {
            1
        } else if WOUND.iter().any(|p| w.starts_with(p)) {
            2
        } else {
            0
        }
    };
    a.stem_id() == b.stem_id() || (class(a) != 0 && class(a) == class(b))
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
    // (`reported that one person was hurt`, `a statement that one of the wounded
    // died`: `that` opens what was said; not the pronoun of `that one was new`)
    let said_that = i >= 1
        && tokens[i - 1].folded() == "that"
        && tokens.get(i + 1).is_some_and(|n| {
            let w = n.folded();
            // (`estimate that one in four households`: a share)
            let share = w == "in"
                && tokens.get(i + 2).is_some_and(|d| {
                    d.folded().starts_with(|c: char| c.is_ascii_digit())
                        || lexicon::is_number_word(d.folded())
                });
            w == "of"
                || share
                || !(lexicon::AUXILIARIES.contains(&w)
                    || verb_shaped(w)
                    || FUNCTION_WORDS.contains(&w))
        });
    let before_ok = i == 0 || said_that || !NOT_AFTER.contains(&tokens[i - 1].folded());
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    // `one of the rockets was intercepted`, `one of them died`: a part of a set
    // (not `one of the largest`, `one of the most`, `one of the ideas`' `the one`)
    let part_of = word(i + 1) == "of"
        && (matches!(
            word(i + 2),
            "them" | "those" | "its" | "their" | "his" | "her"
        ) || (word(i + 2) == "the" && {
            const NOT_SET: &[&str] = &[
                "most", "few", "main", "first", "last", "best", "worst", "top", "key", "leading",
                "",
            ];
            let n = word(i + 3);
            let superlative = n.len() > 4 && n.ends_with("est");
            !superlative && !NOT_SET.contains(&n)
        }));
    let after_ok = part_of
        || tokens
            .get(i + 1)
            .is_some_and(|n| !NOT_BEFORE.contains(&n.folded()));
    before_ok && after_ok
}

/// A bare four-digit number between 1900 and 2100 is read as a year, not a count.
fn looks_like_year(text: &str, t: &Token) -> bool {
    let raw = &text[t.start..t.end];
    raw.len() == 4 && raw.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// The currency sign right before byte `at`, with its byte offset and what it counts.
fn currency_before(text: &str, at: usize) -> Option<(usize, &'static str)> {
    let c = text[..at].chars().next_back()?;
    CURRENCY_SIGNS
        .iter()
        .find(|(s, _)| *s == c)
        .map(|(_, unit)| (at - c.len_utf8(), *unit))
}

/// The end of a telephone number starting at token `i`: two or more groups of
/// digits after a `+` (`+30 210 …`; not a change, `(+300 since Monday)`), three or
/// more groups apart by single spaces or hyphens (`210 411 2500`), or one plain
/// group of three digits or more right after a word for one (`hotline, 1717`,
/// `call 112`; not `call 20 leaders`, `hotline, 1,200 calls a day`).
fn phone_number(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let digits = |k: usize| tokens.get(k).is_some_and(plain_digits);
    if !digits(i) {
        return None;
    }
    let group =
        |k: usize| digits(k) && matches!(&text[tokens[k - 1].end..tokens[k].start], " " | "-");
    let mut end = i + 1;
    while group(end) {
        end += 1;
    }
    let before = &text[tokens.get(i.wrapping_sub(1)).map_or(0, |t| t.end)..tokens[i].start];
    let plus = before.ends_with('+') && end - i >= 2;
    let raw = &text[tokens[i].start..tokens[i].end];
    let named = i > 0
        && raw.len() >= 3
        && raw.bytes().all(|b| b.is_ascii_digit())
        && matches!(
            tokens[i - 1].folded(),
            "hotline" | "hotlines" | "helpline" | "phone" | "telephone" | "call" | "dial" | "fax"
        )
        && matches!(before.trim(), "" | "," | ":");
    (plus || named || end - i >= 3).then_some(end)
}

/// Whether a token is digits only, folded (`1717`, `1,200`; not `46.6`, `5km`).
fn plain_digits(t: &Token) -> bool {
    !t.folded().is_empty() && t.folded().bytes().all(|b| b.is_ascii_digit())
}

/// Whether token `i` is a house number: digits, then one to three capitalised
/// words naming a street and its kind (`34 Mar Elias Street`, `10 Downing St`,
/// `1600 Pennsylvania Avenue`), all apart by single spaces, none of them a
/// preposition (a title-case headline: `Kills 5 Near Beirut Road`), and no noun in
/// lower case right after (`12 Wall Street traders` counts traders).
fn street_number(text: &str, tokens: &[Token], i: usize) -> bool {
    if !tokens.get(i).is_some_and(plain_digits) {
        return false;
    }
    let spaced = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|x| text.get(tokens[k - 1].end..x.start) == Some(" "))
    };
    let capital = |k: usize| {
        text[tokens[k].start..].starts_with(char::is_uppercase)
            && !FUNCTION_WORDS.contains(&tokens[k].folded())
            && !matches!(tokens[k].folded(), "near" | "off" | "along" | "across")
    };
    // (a noun in lower case after the street's kind: the name modifies it)
    let modifier = |k: usize| {
        spaced(k + 1)
            && text[tokens[k + 1].start..].starts_with(char::is_lowercase)
            && !FUNCTION_WORDS.contains(&tokens[k + 1].folded())
    };
    spaced(i + 1)
        && capital(i + 1)
        && (i + 2..=i + 4)
            .take_while(|&k| spaced(k) && capital(k))
            .any(|k| {
                matches!(
                    tokens[k].folded(),
                    "street"
                        | "st"
                        | "road"
                        | "rd"
                        | "avenue"
                        | "ave"
                        | "boulevard"
                        | "blvd"
                        | "lane"
                        | "highway"
                        | "square"
                        | "drive"
                        | "alley"
                ) && !modifier(k)
            })
}

/// Number mentions among `tokens` (whose offsets point into `text`), skipping tokens
/// for which `skip` is true (those inside a date mention). Clock times (`10:30`, `3
/// p.m.`, `15:00 GMT`), score and tally lines (`voted 6-3`, `a 2-1 win`), labels
/// (`Resolution 1701`), telephone numbers (`phone_number`) and numbers joined to a
/// word before them (`F-16`) are not mentions; modifiers, ordinals, years and ages
/// are, each with its [`Kind`].
pub fn mentions(text: &str, tokens: &[Token], skip: impl Fn(&Token) -> bool) -> Vec<NumberMention> {
    let gap = |a: usize, b: usize| &text[tokens[a].end..tokens[b].start];
    // words of one number are apart by white space only (`twenty five`, `3 million`),
    // or a hyphen between words (`twenty-five`); never across punctuation
    let spaced = |a: usize, b: usize| gap(a, b).chars().all(char::is_whitespace);
    let joined = |a: usize, b: usize| {
        let g = gap(a, b);
        g.chars().all(char::is_whitespace) && !g.is_empty() || g == "-"
    };
    let hyphen = |a: usize, b: usize| matches!(gap(a, b), "-" | "–");
    let folded = |k: usize| tokens.get(k).map_or("", |t| t.folded());
    // the qualifier phrase that ends right before token `i` (or the currency sign
    // at byte `at` before it), if any
    let qualifier = |i: usize, at: usize| {
        QUALIFIERS.iter().find(|(phrase, _)| {
            let n = phrase.len();
            i >= n
                && tokens[i - n..i]
                    .iter()
                    .zip(phrase.iter())
                    .all(|(t, w)| *t.folded() == **w)
                && (i - n..i - 1).all(|k| spaced(k, k + 1))
                && {
                    let g = &text[tokens[i - 1].end..at];
                    !g.is_empty() && g.chars().all(char::is_whitespace)
                }
                // `handed over four positions`, `took over two posts`: a particle
                && !(n == 1 && i >= 2 && particle_over(phrase[0], tokens[i - 2].folded()))
                // `has gone up to 40`, `rose up to`: a change's particle, no bound
                // (a past form only: `can go up to €10,000` is a bound)
                && !(phrase == &["up", "to"]
                    && i >= 3
                    && matches!(
                        tokens[i - 3].folded(),
                        "gone" | "went" | "rose" | "risen" | "climbed" | "jumped" | "shot"
                            | "crept" | "edged" | "picked" | "revised" | "ticked" | "inched"
                            | "nudged" | "bounced" | "rebounded"
                    ))
        })
    };
    let scale_at = |k: usize, money: bool| {
        let w = folded(k);
        SCALES
            .iter()
            .chain(if money { MONEY_SCALES } else { &[] })
            .find(|(s, _)| *s == w)
            .map(|(s, v)| (*s, *v))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let f = t.folded();
        // most words cannot begin a number: the cheapest test first
        if t.class() & lexicon::NUMBER_START == 0 {
            i += 1;
            continue;
        }
        // a number joined to a word before it is part of a name (`F-16`, `COVID-19`)
        let attached = i > 0 && hyphen(i - 1, i);
        if attached || skip(t) {
            i += 1;
            continue;
        }
        // a telephone number (`+30 210 411 2500`, `its hotline, 1717`) counts
        // nothing: passed over whole
        // (a currency's letters joined before it, and thousands grouped by spaces
        // after it, read once: a telephone number's groups are not thousands)
        let lettered = letter_currency(text, tokens, i);
        let grouped = space_grouped(text, tokens, i, lettered.map_or(f, |l| l.0));
        let plus = text[..t.start].ends_with('+');
        if let Some(end) = phone_number(text, tokens, i).filter(|_| plus || grouped.is_none()) {
            i = end;
            continue;
        }
        // and a house number (`at 34 Mar Elias Street`)
        if street_number(text, tokens, i) {
            i += 1;
            continue;
        }
        let currency = currency_before(text, t.start);
        let mut unit = currency.map(|c| c.1).or(lettered.map(|l| l.1)).or_else(|| {
            // a code before the amount, or an abbreviation with its point (`Rs. 500`)
            (i > 0 && {
                let g = gap(i - 1, i);
                let g = g
                    .strip_prefix('.')
                    .filter(|_| folded(i - 1) == "rs")
                    .unwrap_or(g);
                g.chars().all(char::is_whitespace)
            })
            .then(|| CURRENCY_CODES.iter().find(|(c, _)| *c == folded(i - 1)))
            .flatten()
            .map(|(_, u)| *u)
        });
        let money = unit.is_some();
        let mut num_start = currency.map_or(t.start, |c| c.0);
        // the first token of the number: `half` in `half a million`
        let mut lead = i;
        let mut kind = Kind::Count;
        let mut about = false;
        let mut end = i + 1;
        let mut vague: Option<(f64, f64)> = None;
        let mut from_digits = false;
        let mut joined_unit = false;
        let next_scale =
            scale_at(i + 1, money).filter(|_| i + 1 < tokens.len() && spaced(i, i + 1));
        let few = f == "several" || (f == "a" && folded(i + 1) == "few" && spaced(i, i + 1));
        // (a share's second word starts with one of these letters: `half`,
        // `third`, `quarter`, `fifth`, `tenth`)
        let share = (f == "half"
            || matches!(
                folded(i + 1).as_bytes().first(),
                Some(b'h' | b't' | b'q' | b'f')
            ))
        .then(|| share_of(text, tokens, i))
        .flatten();
        let value = if let Some((fraction, of)) = share {
            // four-fifths of the economy: some 80 percent
            about = true;
            end = of;
            unit = Some("percent");
            Some((fraction * 100.0).round())
        } else if let Some((_, lo, hi)) = VAGUE.iter().find(|(w, _, _)| *w == f) {
            vague = Some((*lo, *hi));
            Some(*lo)
        } else if f == "scores" && folded(i + 1) == "of" {
            // scores of families: a few score, read as dozens are
            vague = Some((40.0, 199.0));
            Some(40.0)
        } else if f == "a"
            && folded(i + 1) == "handful"
            && folded(i + 2) == "of"
            && spaced(i, i + 1)
        {
            // a handful of residents: a few, fewer than ten
            end = i + 2;
            vague = Some((2.0, 9.0));
            Some(2.0)
        } else if few {
            let k = if f == "a" { i + 2 } else { i + 1 };
            match scale_at(k, false).filter(|(s, v)| *s != "dozen" && *v >= 100.0) {
                Some((_, s)) if k < tokens.len() && spaced(k - 1, k) => {
                    end = k + 1;
                    vague = Some((2.0 * s, 10.0 * s - 1.0));
                    Some(2.0 * s)
                }
                _ => None,
            }
        } else if f == "a"
            && next_scale.is_some()
            && i > 0
            && folded(i - 1) == "half"
            && spaced(i - 1, i)
        {
            // half a million, half a dozen
            lead = i - 1;
            num_start = tokens[lead].start;
            Some(0.5)
        } else if matches!(f, "a" | "an")
            && next_scale.is_none()
            && i > 0
            && spaced(i - 1, i)
            && ((folded(i - 1) == "half"
                // (not `in the second half a goal by Salah`)
                && !matches!(
                    folded(i.saturating_sub(2)),
                    "the" | "first" | "second" | "this" | "that" | "each"
                ))
                || (i > 2
                    && folded(i - 1) == "of"
                    && matches!(folded(i - 2), "quarter" | "quarters")
                    && matches!(folded(i - 3), "a" | "one" | "three")
                    && (i - 3..i).all(|k| spaced(k, k + 1))))
            && tokens.get(i + 1).is_some_and(|n| {
                let w = n.folded();
                !FUNCTION_WORDS.contains(&w) && word_value(w).is_none() && digit_value(w).is_none()
            })
        {
            // half a percentage point, a quarter of a percentage point, three
            // quarters of a mile
            let v = match (folded(i - 1), folded(i.saturating_sub(3))) {
                ("half", _) => 0.5,
                (_, "three") => 0.75,
                _ => 0.25,
            };
            lead = if v == 0.5 { i - 1 } else { i - 3 };
            num_start = tokens[lead].start;
            Some(v)
        } else if matches!(f, "a" | "one")
            && matches!(folded(i + 1), "quarter" | "half" | "full")
            && spaced(i, i + 1)
            && i + 2 < tokens.len()
            && joined(i + 1, i + 2)
            && (matches!(folded(i + 2), "point" | "points")
                || (folded(i + 2) == "percentage" && matches!(folded(i + 3), "point" | "points")))
        {
            // a quarter point, a half-point cut, a full percentage point: a change
            // of a rate told in points
            end = i + 2;
            Some(match folded(i + 1) {
                "quarter" => 0.25,
                "half" => 0.5,
                _ => 1.0,
            })
        } else if matches!(f, "one" | "a") && next_scale.is_some() {
            Some(1.0) // one thousand, a million, a dozen
        } else if f == "one" {
            one_as_count(tokens, i).then_some(1.0)
        } else if let Some((v, e)) = grouped {
            // 50 000, R1 200 000
            from_digits = true;
            end = e;
            Some(v)
        } else if let Some(v) = digit_value(f) {
            from_digits = true;
            Some(v)
        } else if let Some((amount, _)) = lettered {
            // R50,000, KSh2bn, R2,3 million
            from_digits = true;
            let comma = decimal_comma(text, tokens, i);
            if comma.is_some() {
                end = i + 2;
            }
            digit_value(amount)
                .map(|v| v + comma.unwrap_or(0.0))
                .or_else(|| scaled_amount(amount))
        } else if let Some(v) = word_value(f) {
            about = f == "dozen";
            Some(v)
        } else if let Some(v) = ordinal_value(f) {
            kind = Kind::Ordinal;
            Some(v)
        } else if money && let Some(v) = scaled_amount(f) {
            Some(v)
        } else if let Some(v) = scaled_amount(f)
            && CURRENCY_WORDS.contains(&folded(i + 1))
            && spaced(i, i + 1)
        {
            // (a money scale joined to an amount of a currency named after it:
            // `2bn lira`, `50m pesos`)
            Some(v)
        } else if !money
            && let Some((v, sfx)) = split_suffix(f)
            && let Some((_, u)) = UNIT_SUFFIXES.iter().find(|(m, _)| *m == sfx)
            // (degrees only beside a word of heat, in the ten words before or
            // the six after, or written with a decimal — `temperatures reached
            // 46.6C`, `44C was recorded in Cordoba`, `Seville hit 46.2C` — and not
            // after a noun that labels: not `apartment 5C`, `gate 4F`)
            && (!matches!(sfx, "c" | "f")
                || (((i.saturating_sub(10)..i).chain(i + 1..(i + 7).min(tokens.len())))
                    .any(|k| HEAT_WORDS.contains(&folded(k)))
                    || f.contains('.'))
                    && !(i > 0
                        && matches!(
                            folded(i - 1),
                            "apartment"
                                | "flat"
                                | "room"
                                | "block"
                                | "building"
                                | "unit"
                                | "gate"
                                | "seat"
                                | "row"
                                | "bed"
                                | "floor"
                                | "platform"
                                | "terminal"
                                | "section"
                                | "suite"
                                | "ward"
                                | "level"
                        )))
        {
            // a measure with its unit joined (`46.6C`, `96mph`, `5km`)
            unit = Some(u);
            joined_unit = true;
            Some(v)
        } else {
            None
        };
        let Some(mut value) = value else {
            i += 1;
            continue;
        };
        let mut hi = value;
        if let Some((lo, top)) = vague {
            // `tens` only as `tens of thousands`; `hundreds of thousands` multiplies
            let of_scale = (folded(end) == "of" && end + 1 < tokens.len())
                .then(|| VAGUE_SCALES.iter().find(|(w, _)| *w == folded(end + 1)))
                .flatten()
                .filter(|_| spaced(end - 1, end) && spaced(end, end + 1));
            match of_scale {
                Some((_, s)) => {
                    value = lo * s;
                    hi = (top + 1.0) * s - 1.0;
                    end += 2;
                }
                None if f == "tens" => {
                    i += 1;
                    continue;
                }
                None => hi = top,
            }
        } else if kind == Kind::Count {
            // twenty five, twenty-five: a tens word and a units word
            let tens_word =
                word_value(f).is_some_and(|v| (20.0..100.0).contains(&v) && v % 10.0 == 0.0);
            if tens_word
                && end < tokens.len()
                && joined(i, end)
                && let Some(units) = units_value(tokens[end].folded())
            {
                value += units;
                end += 1;
            }
            // two and a half hours, one and a half million, seven-and-a-half years
            if value.fract() == 0.0
                && end + 2 < tokens.len()
                && (folded(end), folded(end + 1), folded(end + 2)) == ("and", "a", "half")
                && ((end - 1..end + 2).all(|k| spaced(k, k + 1))
                    || (end - 1..end + 2).all(|k| hyphen(k, k + 1)))
            {
                value += 0.5;
                end += 3;
            }
            // 3 million, a 1.5-million-strong diaspora
            while end < tokens.len() && (spaced(end - 1, end) || hyphen(end - 1, end)) {
                let Some((s, scale)) = scale_at(end, money) else {
                    break;
                };
                about |= s == "dozen";
                value *= scale;
                end += 1;
            }
            // one hundred and twenty, a thousand and fifty-five
            if matches!(folded(end - 1), "hundred" | "thousand")
                && end + 1 < tokens.len()
                && folded(end) == "and"
                && spaced(end - 1, end)
                && spaced(end, end + 1)
                && let Some(tens) = units_value(folded(end + 1)).or(word_value(folded(end + 1))
                    .filter(|v| *v < 100.0 && !matches!(folded(end + 1), "dozen" | "hundred")))
            {
                value += tens;
                end += 2;
                if tens % 10.0 == 0.0
                    && end < tokens.len()
                    && joined(end - 1, end)
                    && let Some(units) = units_value(folded(end))
                {
                    value += units;
                    end += 1;
                }
            }
            hi = value;
        }
        let qualified = if vague.is_none() && kind == Kind::Count {
            qualifier(lead, num_start)
        } else {
            None
        };
        let mut op = match (vague, qualified) {
            (Some(_), _) => Op::Between,
            (None, Some((_, q))) => *q,
            (None, None) if about => Op::About,
            (None, None) => Op::Exact,
        };
        let first = qualified.map_or(lead, |(phrase, _)| lead - phrase.len());
        let start = if qualified.is_some() {
            tokens[first].start
        } else {
            num_start
        };
        let mut end_byte = tokens[end - 1].end;
        let rest = &text[end_byte..];
        let bare = vague.is_none() && qualified.is_none() && kind == Kind::Count;
        // clock times: 10:30, 15:00 GMT, 3 p.m., 3 pm
        if bare && end == i + 1 && !money {
            let mut k = None;
            // 10:30, or a zone or am/pm after the number
            let minutes_or_zone = |k: usize| {
                gap(i, k) == ":" && folded(k).len() == 2 && digit_value(folded(k)).is_some()
                    || spaced(i, k) && TIME_AFTER.contains(&folded(k))
            };
            let raw = &text[t.start..t.end];
            if end < tokens.len() && minutes_or_zone(end) {
                k = Some(end + 1);
            } else if raw.len() == 4
                && raw.starts_with('0')
                && raw.bytes().all(|b| b.is_ascii_digit())
            {
                // 0400 (military time): a count never starts with 0
                k = Some(end);
            } else if end + 1 < tokens.len()
                && spaced(i, end)
                && spaced(end, end + 1)
                && (folded(end), folded(end + 1)) == ("local", "time")
            {
                // 8 local time
                k = Some(end + 2);
            } else if end + 1 < tokens.len()
                && spaced(i, end)
                && matches!(folded(end), "a" | "p")
                && gap(end, end + 1) == "."
                && folded(end + 1) == "m"
            {
                k = Some(end + 2);
            }
            if let Some(mut k) = k {
                if k < tokens.len() && spaced(k - 1, k) && TIME_AFTER.contains(&folded(k)) {
                    k += 1;
                }
                i = k;
                continue;
            }
        }
        // score and tally lines (`voted 6-3`, `a 2-1 win`) are not mentions; a lower
        // number before a higher one is a range (`10-15 people`, `some 10-15 people`)
        let mut counted = None;
        let mut person = None;
        let mut range_end = None;
        let about_range = vague.is_none() && matches!(qualified, Some((_, Op::About)));
        if from_digits
            && (bare || about_range)
            && end == i + 1
            && end < tokens.len()
            && matches!(gap(i, end), "-" | "–" | "—")
            && let Some(b) = digit_value(folded(end))
        {
            let before_score = i > 0 && spaced(i - 1, i) && SCORE_BEFORE.contains(&folded(i - 1));
            let after_score = end + 1 < tokens.len()
                && spaced(end, end + 1)
                && SCORE_AFTER.contains(&folded(end + 1));
            if before_score || after_score || value >= b {
                i = end + 1;
                continue;
            }
            range_end = Some(b);
        }
        if let Some(b) = range_end {
            op = Op::Between;
            hi = b;
            end += 1;
            end_byte = tokens[end - 1].end;
        } else {
            // `40+`, `40%`
            if rest.starts_with('+') && !rest[1..].starts_with(|c: char| c.is_alphanumeric()) {
                if op == Op::Exact {
                    op = Op::AtLeast;
                }
                end_byte += 1;
            } else if rest.starts_with('%') {
                unit = Some("percent");
                end_byte += 1;
            } else if end < tokens.len() && hyphen(end - 1, end) && folded(end) == "plus" {
                // 40-plus years
                if op == Op::Exact {
                    op = Op::AtLeast;
                }
                end += 1;
                end_byte = tokens[end - 1].end;
            } else if end + 1 < tokens.len()
                && op == Op::Exact
                && folded(end) == "or"
                && spaced(end - 1, end)
                && spaced(end, end + 1)
                && let Some(bound) = match folded(end + 1) {
                    "more" => Some(Op::AtLeast),
                    "fewer" | "less" => Some(Op::AtMost),
                    _ => None,
                }
                // `12 or more people`, not `12 or more than 20`
                && folded(end + 2) != "than"
            {
                op = bound;
                end += 2;
                end_byte = tokens[end - 1].end;
            } else if end < tokens.len() && spaced(end - 1, end) {
                // 14.2 percent, 30 per cent, 60 pc: like `%`
                let words = match folded(end) {
                    "percent" | "pc" | "pct" => 1,
                    "per" if folded(end + 1) == "cent" && spaced(end, end + 1) => 2,
                    _ => 0,
                };
                if words > 0 {
                    unit = Some("percent");
                    end += words;
                    end_byte = tokens[end - 1].end;
                }
            }
        }
        let word_joined = end < tokens.len()
            && hyphen(end - 1, end)
            && tokens[end]
                .folded()
                .starts_with(|c: char| c.is_alphabetic())
            && !is_number_word(folded(end));
        let old_after = |k: usize| {
            k + 1 < tokens.len()
                && AGE_UNITS.contains(&folded(k))
                && folded(k + 1) == "old"
                && (hyphen(k, k + 1) || spaced(k, k + 1))
        };
        // the first of an age band: `16` in `16 to 24-year-olds`
        let band = bare
            && end + 3 < tokens.len()
            && matches!(folded(end), "to" | "and")
            && spaced(end - 1, end)
            && spaced(end, end + 1)
            && digit_value(folded(end + 1)).is_some()
            && hyphen(end + 1, end + 2)
            && AGE_UNITS.contains(&folded(end + 2))
            && hyphen(end + 2, end + 3)
            && matches!(folded(end + 3), "old" | "olds");
        if range_end.is_none() && vague.is_none() && end_byte == tokens[end - 1].end {
            if band {
                // (a modifier of the years the band's last number is joined to)
                kind = Kind::Modifier;
                counted = Some(end + 2);
            } else if word_joined && old_after(end) {
                // an 18-year-old man
                kind = Kind::Age;
                end += 2;
                end_byte = tokens[end - 1].end;
                person = head_after(text, tokens, end, end_byte, false);
            } else if word_joined {
                // a 10-story building
                kind = Kind::Modifier;
                counted = Some(end);
                end += 1;
                end_byte = tokens[end - 1].end;
            } else if bare && end < tokens.len() && spaced(end - 1, end) && old_after(end) {
                // 18 years old
                kind = Kind::Age;
                end += 2;
                end_byte = tokens[end - 1].end;
            } else if let Some(aged) = if bare && i > 0 {
                (folded(i - 1) == "aged" && spaced(i - 1, i)).then(|| i - 1)
            } else {
                // (a bound between: `victims aged over 75`; not a duration after
                // it, `whisky aged over 12 years`, `turbines aged over 20 years`)
                (vague.is_none()
                    && kind == Kind::Count
                    && qualified.is_some()
                    && first > 0
                    && folded(first - 1) == "aged"
                    && !TIME_UNITS.contains(&folded(end)))
                .then(|| first - 1)
            } {
                // a man aged 18, Khalil, aged 18, residents aged over 75
                kind = Kind::Age;
                person = person_before_aged(text, tokens, aged);
            } else if bare
                && i > 0
                && !money
                && value.fract() == 0.0
                && (1.0..=120.0).contains(&value)
                && matches!(gap(i - 1, i).trim(), "," | "(")
                && (rest.starts_with([',', ')'])
                    // (at a sentence's end after a name: `killed Ali Hamdan, 24.`)
                    || (rest.starts_with('.')
                        && rest[1..].chars().next().is_none_or(char::is_whitespace)
                        && text[tokens[i - 1].start..].starts_with(char::is_uppercase)))
                && is_person(text, tokens, i - 1)
                && !WEEKDAYS_MONTHS.contains(&folded(i - 1))
            {
                // Khalil, 18, was ...; a woman, 62, and her son, 35, were ...
                kind = Kind::Age;
                person = Some(i - 1);
            } else if bare
                && i > 1
                && !money
                && value.fract() == 0.0
                && (1.0..=120.0).contains(&value)
                && let Some(who) = told_age(text, tokens, i, end)
            {
                // died at 87; He was 87.; who was 19 at the time
                kind = Kind::Age;
                person = who;
            } else if bare
                && i > 0
                && end + 1 < tokens.len()
                && gap(i - 1, i).trim() == "("
                && matches!(folded(end), "years" | "year")
                && text[tokens[end].end..].starts_with(')')
                && value.fract() == 0.0
                && (0.0..=120.0).contains(&value)
                && is_person(text, tokens, i - 1)
            {
                // the National News Agency's `Hussein Kassem (7 years)`
                kind = Kind::Age;
                person = Some(i - 1);
                end += 1;
                end_byte = tokens[end - 1].end;
            } else if bare && first_is_family(tokens, i) {
                // a father of three: his children, not a toll
                kind = Kind::Family;
                person = Some(i - 2);
            }
        }
        if kind == Kind::Count && bare && end == i + 1 && !money {
            if looks_like_year(text, t) {
                kind = Kind::Year;
            } else if i > 0 && spaced(i - 1, i) && folded(i - 1) == "magnitude" {
                // `a magnitude 6.1 earthquake`: a measure of the quake, counted
                // only for a fact whose `counts` names the magnitude
                kind = Kind::Modifier;
                counted = Some(i - 1);
            } else if i > 0
                && spaced(i - 1, i)
                && LABELS.contains(&folded(i - 1))
                // (`who Lebanon says number 17`, `believed to number 17`: a verb)
                && !(folded(i - 1) == "number"
                    && i > 1
                    && matches!(
                        folded(i - 2),
                        "says" | "say" | "said" | "they" | "who" | "which" | "to" | "now" | "still"
                    ))
            {
                // Resolution 1701, Article 5
                i = end;
                continue;
            }
        }
        if kind == Kind::Age {
            unit = Some("age");
        } else if kind == Kind::Family {
            unit = Some("child");
        } else if unit == Some("percent") {
            // 40% of homes counts percent, not homes
        } else if kind != Kind::Modifier {
            let plural = vague.is_some() || (value != 1.0 && !money && kind == Kind::Count);
            counted = head_after(text, tokens, end, end_byte, plural);
            // four decades: about 40 years
            if kind == Kind::Count
                && counted == Some(end)
                && matches!(folded(end), "decade" | "decades")
            {
                value *= 10.0;
                hi *= 10.0;
                if op == Op::Exact {
                    op = Op::About;
                }
                unit = Some("year");
                counted = None;
                end += 1;
                end_byte = tokens[end - 1].end;
            }
        }
        // a measure of something counts what it measures: `50 tonnes of food`,
        // `200mm of rain`, `3,000 head of cattle` (the unit stays the mention's)
        // (of weight, volume or rain, not of distance: `within 50 metres of the
        // hospital`, `the last 100 metres of the race`)
        let measure_at = if joined_unit {
            Some(end).filter(|_| matches!(unit, Some("mm" | "cm" | "kg")))
        } else {
            counted
                .filter(|&c| MEASURES_OF.contains(&folded(c)))
                .map(|c| c + 1)
        };
        let distance_before = first > 0
            && matches!(
                folded(first - 1),
                "within" | "last" | "first" | "final" | "next" | "past"
            );
        if kind == Kind::Count
            && !distance_before
            && let Some(of) = measure_at
            && folded(of) == "of"
            && of + 1 < tokens.len()
            && spaced(of - 1, of)
            && spaced(of, of + 1)
            && let Some(what) = head_after(text, tokens, of + 1, tokens[of].end, true)
        {
            joined_unit = false;
            counted = Some(what);
        }
        // (a measure with its unit joined before a noun modifies it, as `a
        // 10-kg bag` does: `a 10kg bag`)
        // (not a verb after it: `96mph battered the coast`)
        if joined_unit && counted.is_some_and(|c| verb_shaped(folded(c))) {
            counted = None;
        } else if joined_unit && counted.is_some() {
            kind = Kind::Modifier;
        }
        // a 6.4 magnitude earthquake, a 24 hour strike: after `a`, a number before a
        // singular noun modifies it, as `a 24-hour strike` does
        if kind == Kind::Count
            && vague.is_none()
            && unit.is_none()
            && value != 1.0
            && first > 0
            && matches!(folded(first - 1), "a" | "an")
            && text[tokens[first - 1].end..start]
                .chars()
                .all(char::is_whitespace)
            && let Some(c) = counted
            && !plural_shaped(folded(c))
            && !participle_shaped(folded(c))
        {
            kind = Kind::Modifier;
            counted = Some(end);
        }
        // `from €8.8 billion previously`: the figure replaced
        if kind == Kind::Count
            && first > 0
            && folded(first - 1) == "from"
            && matches!(folded(end), "previously" | "earlier" | "before")
            && spaced(end - 1, end)
            // (the clause ends after it: not `from 12 previously unidentified
            // victims`)
            && (end + 1 >= tokens.len()
                || gap(end, end + 1).contains([',', '.', ';', ')'])
                || matches!(folded(end + 1), "and" | "but"))
        {
            kind = Kind::Earlier;
            counted = None;
        }
        // `…, £1.6bn more than the OBR had forecast`, `…, 3 percent higher than
        // expected`: a difference set off after the level, not the level (the
        // word right after the number); it counts only for a fact whose `counts`
        // names that word
        if kind == Kind::Count
            && end + 1 < tokens.len()
            && matches!(folded(end), "more" | "less" | "fewer" | "higher" | "lower")
            && folded(end + 1) == "than"
            && spaced(end - 1, end)
            && digit_value(folded(end + 2)).is_none()
            && word_value(folded(end + 2)).is_none()
            // (set off by a comma after the level it compares: not a level told
            // after `to`, `rose to 4.4 percent higher than forecast`, nor a change
            // told as the fact's, `Prices were 5 percent lower than a year ago`)
            && first > 0
            && gap(first - 1, first).contains(',')
        {
            kind = Kind::Modifier;
            counted = Some(end);
        }
        if kind == Kind::Count && earlier_figure(text, tokens, first) {
            kind = if of_a_period(tokens, end) {
                Kind::Then
            } else {
                Kind::Earlier
            };
        }
        out.push(NumberMention {
            start,
            end: end_byte,
            first_token: first,
            end_token: end,
            quantity: Quantity { op, value, hi },
            kind,
            counted,
            unit,
            person,
        });
        i = end;
    }
    join_durations(text, tokens, join_ranges(text, tokens, out))
}

/// Years and months told as one duration (`seven years and six months`, `13 years
/// and four months`): one mention of years, the months added as a twelfth each
/// (to two decimals), the months' mention dropped.
fn join_durations(
    text: &str,
    tokens: &[Token],
    mut mentions: Vec<NumberMention>,
) -> Vec<NumberMention> {
    let noun = |m: &NumberMention| m.counted.and_then(|c| tokens.get(c));
    let counts = |m: &NumberMention, words: [&str; 2]| {
        m.kind == Kind::Count
            && m.quantity.op == Op::Exact
            && m.quantity.value.fract() == 0.0
            && noun(m).is_some_and(|t| words.contains(&t.folded()))
    };
    let mut k = 1;
    while k < mentions.len() {
        let (a, b) = (&mentions[k - 1], &mentions[k]);
        // (not items of a list told `respectively`: `jailed for 12 years and six
        // months respectively`, `15 years, eight years and six months`)
        let listed = k >= 2 && {
            let p = &mentions[k - 2];
            counts(p, ["year", "years"])
                && text
                    .get(p.end..a.start)
                    .is_some_and(|g| g.len() < 12 && g.contains(','))
        };
        // (where the months' word ends: `seven years and six months`)
        let end = noun(b).map_or(b.end, |t| t.end.max(b.end));
        let respectively = || {
            text.get(end..).is_some_and(|r| {
                r.trim_start()
                    .get(..12)
                    .is_some_and(|w| w.eq_ignore_ascii_case("respectively"))
            })
        };
        let joined = counts(a, ["year", "years"])
            && counts(b, ["month", "months"])
            && (1.0..12.0).contains(&b.quantity.value)
            && noun(a).is_some_and(|t| t.end <= b.start && text[t.end..b.start].trim() == "and")
            && !listed
            && !respectively();
        if joined {
            let years = a.quantity.value + (b.quantity.value / 12.0 * 100.0).round() / 100.0;
            let end_token = b.end_token;
            let a = &mut mentions[k - 1];
            a.quantity.value = years;
            a.quantity.hi = years;
            a.end = end;
            a.end_token = end_token;
            mentions.remove(k);
        } else {
            k += 1;
        }
    }
    mentions
}

/// Whether `word` is `over` as the particle of the verb `verb` before it (`handed
/// over four positions`, `turned over three detainees`), not a bound.
fn particle_over(word: &str, verb: &str) -> bool {
    // (not `took`, `held`, `won`, `gave`: `held over 200 detainees` is a bound)
    const TAKES_OVER: &[&str] = &[
        "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign",
        "signs", "signed", "signing",
    ];
    word == "over" && TAKES_OVER.contains(&verb)
}

/// Whether the number at token `i` follows `a father of`, `a mother of`, `parents
/// of` and ends its phrase there (`a father of three, was killed`; not `the mother
/// of three children`, whose number counts its noun).
fn first_is_family(tokens: &[Token], i: usize) -> bool {
    const PARENTS: &[&str] = &[
        "father",
        "mother",
        "parent",
        "parents",
        "grandfather",
        "grandmother",
    ];
    i >= 2
        && tokens[i - 1].folded() == "of"
        && PARENTS.contains(&tokens[i - 2].folded())
        && tokens
            .get(i + 1)
            .is_none_or(|t| FUNCTION_WORDS.contains(&t.folded()) || verb_shaped(t.folded()))
}

/// Words of a change in a figure before its `from` (`rose to 15 from 11`, `fell
/// from 3,200 to 1,150`, `raising the toll from nine`), as folded prefixes.
const CHANGES: &[&str] = &[
    "rose",
    "rise",
    "risen",
    "rising",
    "climb",
    "increas",
    "jump",
    "fell",
    "fall",
    "drop",
    "declin",
    "decreas",
    "grew",
    "grow",
    "surg",
    "soar",
    "rais",
    "revis",
    "lower",
    "bring",
    "brought",
    "doubl",
    "tripl",
    "swell",
    "swoll",
    "plung",
    "plummet",
    "shrank",
    "shrink",
    "reduc",
    "correct",
    "updat",
    "slow",
    "eased",
    "easing",
    "accelerat",
    "widen",
    "narrow",
    "dipp",
];

/// Whether the words from token `k` give the time of the figure before them (`up
/// from 35 in November`, `up from 12 on Monday`, `down from 19 the previous month`,
/// `compared with 30 a year earlier`): then it is the figure of that time, not one
/// the sentence withdraws, and it counts as any other.
fn of_a_period(tokens: &[Token], k: usize) -> bool {
    let w = |i: usize| tokens.get(i).map_or("", |t| t.folded());
    let time = |x: &str| matches!(x, "day" | "week" | "month" | "year" | "weekend");
    let named = |x: &str| {
        WEEKDAYS_MONTHS.contains(&x)
            || (x.len() == 4 && x.starts_with("20") && x.parse::<u32>().is_ok())
    };
    match w(k) {
        "in" | "on" | "during" | "by" => named(w(k + 1)) || (w(k + 1) == "the" && time(w(k + 2))),
        "the" => matches!(w(k + 1), "previous" | "preceding" | "prior" | "same") && time(w(k + 2)),
        "last" | "a" | "one" => time(w(k + 1)),
        "yesterday" => true,
        x => named(x),
    }
}

/// Nouns of a figure an earlier report gave (`an earlier toll of three`).
const FIGURES: &[&str] = &[
    "toll", "figure", "count", "tally", "estimate", "number", "total",
];

/// Whether the count starting at token `first` is a figure the sentence replaces:
/// after `up from`, `down from` (a determiner, or a few words and `of`, between:
/// `down from an initial demand of $8 million`), `compared with`, or a `from`
/// after a word of a change in its sentence (`rose to 15 from 11`, `fell from
/// 3,200 to 1,150`), or after `an earlier toll of`, `a previous figure of`, `an
/// initial death toll of`.
fn earlier_figure(text: &str, tokens: &[Token], first: usize) -> bool {
    let w = |k: usize| tokens[k].folded();
    let Some(p) = first.checked_sub(1) else {
        return false;
    };
    if initially_then_revised(text, tokens, first) {
        return true;
    }
    // (a figure of an earlier forecast, in its sentence: `Its previous forecast,
    // published in January, had inflation falling to 24 per cent`; not one the
    // sentence tells replaced before the figure, `the previous forecast was cut
    // to 1.2%, and the new one is 0.9%`)
    let mut k = first;
    while let Some(j) = k.checked_sub(1) {
        if first - j > 14 || sentence_after(text, tokens, j) {
            break;
        }
        if matches!(
            w(j),
            "new"
                | "now"
                | "current"
                | "latest"
                | "revised"
                | "updated"
                | "raised"
                | "lowered"
                | "cut"
                | "trimmed"
                | "upgraded"
                | "downgraded"
        ) {
            break;
        }
        if j > 0 && earlier_forecast(w(j - 1), w(j)) {
            return true;
        }
        k = j;
    }
    // (`down from the 183 million pounds it had proposed`, `down from an initial
    // demand of $8 million`: a few words of the earlier figure's phrase between)
    // (a comparison, not a way: after a comma, `be` or what was brought down,
    // `fell to 2,100, down from`, `is down from`, `negotiating them down from`;
    // not `fled down from the 40 villages`)
    let compared = |k: usize| {
        k >= 2
            && (text[tokens[k - 2].end..tokens[k - 1].start].contains(',')
                || matches!(
                    w(k - 2),
                    "is" | "are" | "was" | "were" | "been" | "be" | "them" | "it"
                ))
    };
    let from_before = |d: usize| {
        (p.saturating_sub(d)..p)
            .rev()
            .any(|k| k > 0 && w(k) == "from" && matches!(w(k - 1), "up" | "down") && compared(k))
            && !(p.saturating_sub(d)..first).any(|k| sentence_after(text, tokens, k))
    };
    if matches!(w(p), "the" | "a" | "an" | "its" | "their") && from_before(1) {
        return true;
    }
    if w(p) == "of" && from_before(4) {
        return true;
    }
    match w(p) {
        "from" => {
            if p > 0 && matches!(w(p - 1), "up" | "down") {
                return true;
            }
            for k in (p.saturating_sub(8)..p).rev() {
                if sentence_after(text, tokens, k) {
                    break;
                }
                if CHANGES.iter().any(|c| w(k).starts_with(c)) {
                    return true;
                }
            }
            false
        }
        // (not a place's: `compared with 8.7 per cent nationally`)
        "with" | "to" => {
            p > 0
                && w(p - 1) == "compared"
                && !(first + 1..(first + 5).min(tokens.len()))
                    .any(|k| matches!(w(k), "nationally" | "nationwide"))
        }
        "of" => {
            let noun = (1..=2)
                .map(|d| p.checked_sub(d))
                .find_map(|k| k.filter(|&k| FIGURES.contains(&w(k))));
            noun.and_then(|k| k.checked_sub(1)).is_some_and(|k| {
                matches!(
                    w(k),
                    "earlier"
                        | "initial"
                        | "previous"
                        | "prior"
                        | "preliminary"
                        | "original"
                        | "old"
                ) || (w(k) == "death"
                    && k > 0
                    && matches!(w(k - 1), "earlier" | "initial" | "previous" | "preliminary"))
            })
        }
        _ => false,
    }
}

/// Whether folded words `a` and `b` name an earlier forecast: `previous forecast`,
/// `earlier estimate`, `initial projection`, `prior guidance`.
pub(crate) fn earlier_forecast(a: &str, b: &str) -> bool {
    matches!(
        a,
        "previous" | "earlier" | "prior" | "original" | "initial" | "old"
    ) && matches!(
        b,
        "forecast"
            | "forecasts"
            | "projection"
            | "projections"
            | "estimate"
            | "estimates"
            | "outlook"
            | "guidance"
    )
}

/// Whether a sentence or a line may end between token `k` and the next (a full
/// stop, `;`, `!`, `?` or a new line between them); not after the last token.
pub(crate) fn sentence_after(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k + 1)
        .is_some_and(|n| text[tokens[k].end..n.start].contains(['.', ';', '!', '?', '\n']))
}

/// Whether the count at token `first` is what was said at first and then revised
/// in its sentence: `initially` (or `originally`, `at first`) in the words before
/// it, and after it a word of a change (`revised`, `raised`, `lowered`,
/// `corrected`, `updated`) followed by `to`: `The ministry initially said three
/// people were killed, but later revised the toll to two`; a `;` between is no
/// end (`initially reported 26 dead; officials later raised the toll to 69`).
fn initially_then_revised(text: &str, tokens: &[Token], first: usize) -> bool {
    let w = |k: usize| tokens[k].folded();
    let ends = |k: usize| {
        (tokens.get(k + 1))
            .is_some_and(|n| text[tokens[k].end..n.start].contains(['.', '!', '?', '\n']))
    };
    let initially = (first.saturating_sub(10)..first)
        .rev()
        .take_while(|&k| !ends(k))
        .any(|k| {
            matches!(w(k), "initially" | "originally")
                || (w(k) == "first" && k > 0 && w(k - 1) == "at")
        });
    if !initially {
        return false;
    }
    let mut k = first;
    while k + 1 < tokens.len() && k < first + 25 && !ends(k) {
        k += 1;
        if ["revis", "rais", "lower", "correct", "updat", "amend"]
            .iter()
            .any(|c| w(k).starts_with(c))
            && (k + 1..tokens.len().min(k + 7)).any(|j| w(j) == "to")
        {
            return true;
        }
    }
    false
}

/// Ranges and lists of ages, joined after the mentions are read.
///
/// - Two counts joined by `to` or `or`, or by `and` after `between`, the lower
///   first and the first counting nothing, are one range counting what the second
///   counts: `between 10 and 15 people`, `some 15 to 20 people`, `two or three
///   drones` (a scale word on the second alone scales both: `10 to 15 million`).
///   `from 10 to 15` is a change, not a range, and stays two mentions.
/// - A range or list after `aged` is ages of the person before it: `aged between
///   18 and 25`, `the two men, aged 19 and 22`.
fn join_ranges(text: &str, tokens: &[Token], mentions: Vec<NumberMention>) -> Vec<NumberMention> {
    let folded = |k: usize| tokens.get(k).map_or("", |t| t.folded());
    let blank = |a: usize, b: usize| a < b && text[a..b].chars().all(char::is_whitespace);
    // the token before mention `m`, when only white space is between
    let before = |m: &NumberMention| {
        (m.first_token > 0 && blank(tokens[m.first_token - 1].end, m.start))
            .then(|| m.first_token - 1)
    };
    let scale_of = |m: &NumberMention| {
        SCALES
            .iter()
            .find(|(w, _)| *w == folded(m.end_token - 1) && *w != "dozen")
            .map(|(_, v)| *v)
    };
    let plain = |m: &NumberMention| m.kind == Kind::Count && m.person.is_none();
    let mut out: Vec<NumberMention> = Vec::with_capacity(mentions.len());
    let mut it = mentions.into_iter().peekable();
    while let Some(mut m) = it.next() {
        let k = m.end_token;
        let joined = it.peek().filter(|b| {
            let word = folded(k);
            let between = before(&m).is_some_and(|p| folded(p) == "between");
            let from = before(&m).is_some_and(|p| folded(p) == "from");
            plain(&m)
                && plain(b)
                && m.counted.is_none()
                && matches!(m.quantity.op, Op::Exact | Op::About)
                && b.quantity.op == Op::Exact
                && b.first_token == k + 1
                && k < tokens.len()
                && blank(m.end, tokens[k].start)
                && blank(tokens[k].end, b.start)
                && (matches!(word, "to" | "or") || (word == "and" && between))
                && !from
                && (m.unit.is_none() || m.unit == b.unit)
        });
        if let Some(b) = joined {
            let mut lo = m.quantity.value;
            if let Some(s) = scale_of(b).filter(|_| scale_of(&m).is_none())
                && lo * s <= b.quantity.value
            {
                lo *= s;
            }
            if lo < b.quantity.value {
                let b = it.next().expect("peeked");
                if let Some(p) = before(&m).filter(|p| folded(*p) == "between") {
                    m.first_token = p;
                    m.start = tokens[p].start;
                }
                m.end = b.end;
                m.end_token = b.end_token;
                m.quantity = Quantity::between(lo, b.quantity.value);
                m.counted = b.counted;
                m.unit = b.unit.or(m.unit);
                if let Some(a) = before(&m).filter(|a| folded(*a) == "aged") {
                    m.kind = Kind::Age;
                    m.unit = Some("age");
                    m.counted = None;
                    m.person = person_before_aged(text, tokens, a);
                }
            }
        }
        // `one in five children`: a share, in percent; a qualifier before it
        // qualifies the share (`about one in four`, `almost one in seven`)
        let own_tokens = m.end_token - m.first_token;
        let ratio = it.peek().filter(|b| {
            let (a, of) = (m.quantity.value, b.quantity.value);
            plain(&m)
                && plain(b)
                && m.counted.is_none()
                && m.unit.is_none()
                && b.unit.is_none()
                && m.quantity.op != Op::Between
                && b.quantity.op == Op::Exact
                // (a qualifier before a small part only: not a rate, `about 6 in
                // 12 games`, `more than 8 in 40 raids`)
                // (any part before `of` and a set told before: `roughly nine in
                // ten of them`)
                && (own_tokens == 1
                    || m.quantity.op != Op::Exact
                        && own_tokens <= 4
                        && (a <= 4.0
                            || (folded(b.end_token) == "of"
                                && matches!(
                                    folded(b.end_token + 1),
                                    "them" | "those" | "these" | "whom"
                                ))))
                && b.end_token == b.first_token + 1
                && b.first_token == k + 1
                && folded(k) == "in"
                && blank(m.end, tokens[k].start)
                && blank(tokens[k].end, b.start)
                && (1.0..=10.0).contains(&a)
                && a < of
                && of <= 1000.0
                // `2 in 3 days` is a rate, not a share
                && !b
                    .counted
                    .is_some_and(|c| TIME_UNITS.contains(&tokens[c].folded()))
        });
        if m.kind == Kind::Count
            && let Some(b) = ratio
        {
            let share = (m.quantity.value / b.quantity.value * 1000.0).round() / 10.0;
            let b = it.next().expect("peeked");
            m.end = b.end;
            m.end_token = b.end_token;
            let op = match m.quantity.op {
                Op::Exact => Op::About,
                op => op,
            };
            m.quantity = Quantity::new(op, share);
            m.unit = Some("percent");
            m.counted = None;
        }
        // `aged 19 and 22`, `aged 19, 20 and 22`: the list after an age read from `aged`
        if let Some(p) = out.last()
            && p.kind == Kind::Age
            && p.counted.is_none()
            && plain(&m)
            && m.counted.is_none()
            && m.quantity.op == Op::Exact
            && m.end_token == m.first_token + 1
            && (1.0..=120.0).contains(&m.quantity.value)
            && p.end_token <= m.first_token
            && matches!(
                text[p.end..m.start].trim(),
                "," | "and" | "or" | ", and" | ", or"
            )
            && aged_list(tokens, p.first_token)
        {
            m.kind = Kind::Age;
            m.unit = Some("age");
            m.person = p.person;
        }
        // `restored to all but about 31,000 customers`: the rest, which the act
        // did not reach, is no count of it
        let f = m.first_token;
        // (in one phrase, after a preposition or a verb: not `in all, but 3
        // were`, `them all but 12 remained`)
        if f >= 3
            && folded(f - 2) == "all"
            && folded(f - 1) == "but"
            && text[tokens[f - 3].end..tokens[f].start]
                .chars()
                .all(|c| c.is_alphabetic() || c.is_whitespace())
            && !matches!(
                folded(f - 3),
                "in" | "at" | "them" | "it" | "us" | "you" | "lost" | "held" | "freed"
            )
        {
            continue;
        }
        out.push(m);
    }
    out
}

/// The person an age read from `aged` (token `aged`) belongs to: the word right
/// before it, apart by white space or a comma, if it is no function word (`a man
/// aged 18`, `Khalil, aged 18`).
/// The one a bare number at token `i` (its words end at `end`) tells the age
/// of, when it is one: after `died at` and a named one who died (`Hale died at
/// 87 after a short illness`; not a clock, `died at 4 in the morning`); after a
/// person's `was` or `is` at the sentence's end, before `when` or before `at the
/// time` (`He was 87.`, `Ms Hale was 87.`, `Okoro was 19 when …`, `who was 19 at
/// the time`), the name, or none for a pronoun. `None` when it is no age;
/// `Some(None)` for an age of no named person.
fn told_age(text: &str, tokens: &[Token], i: usize, end: usize) -> Option<Option<usize>> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let after = text.get(tokens[end - 1].end..).unwrap_or("");
    let closes = after.starts_with([',', '.', ';', ')']) || end >= tokens.len();
    if word(i - 1) == "at" && matches!(word(i - 2), "died" | "dies") {
        // (not a clock: `died at 4 in the morning`, `at 11 on Sunday night`,
        // `at 4 a.m.`)
        let clock = matches!(word(end), "am" | "pm" | "a" | "p" | "oclock" | "o")
            || (word(end) == "in"
                && word(end + 1) == "the"
                && matches!(word(end + 2), "morning" | "afternoon" | "evening" | "night"))
            || (word(end) == "on"
                && matches!(word(end + 2), "night" | "morning" | "evening" | "afternoon"));
        let ends = closes
            || matches!(
                word(end),
                "after" | "in" | "on" | "from" | "following" | "when" | "while" | "of"
            );
        // (the one who died, or no age: `The singer died at 87` stays a count)
        return (ends && !clock)
            .then(|| dier(text, tokens, i - 2))
            .flatten()
            .map(Some);
    }
    if !matches!(word(i - 1), "was" | "is") {
        return None;
    }
    let stop = after.starts_with('.') && after[1..].chars().next().is_none_or(char::is_whitespace);
    let when = word(end) == "when"
        || (word(end) == "at" && word(end + 1) == "the" && word(end + 2) == "time");
    if !(stop || when) {
        return None;
    }
    let s = i - 2;
    let capital = |k: usize| text[tokens[k].start..].starts_with(char::is_uppercase);
    // (the start of the name's capitalised run)
    let mut run = s;
    while run > 0 && capital(run - 1) && text[tokens[run - 1].end..tokens[run].start] == *" " {
        run -= 1;
    }
    match word(s) {
        "he" | "she" => Some(None),
        "who" if s > 0 && text[tokens[s - 1].end..tokens[s].start].trim() == "," => {
            is_person(text, tokens, s - 1).then_some(Some(s - 1))
        }
        // (a name after a title, `Ms Hale was 19 when`; or a name opening its
        // sentence before `when` or `at the time`, `Okoro was 19 when`; not a
        // place or a thing, `The speed limit in New York City is 25.`,
        // `Turnout was 64.`)
        _ => (capital(s)
            && !WEEKDAYS_MONTHS.contains(&word(s))
            && (TITLES.contains(&word(run))
                || (when && s - run < 3 && (run == 0 || sentence_after(text, tokens, run - 1)))))
        .then_some(Some(s)),
    }
}

/// Titles before a name (`Ms Hale`, `Dr Okafor`).
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lady",
    "lord",
    "prof",
    "professor",
];

/// The one who died before the verb at token `verb` (`died`, `dies`, `passed`):
/// its subject right before it, an auxiliary or an adverb passed over, or the
/// name before `, who`; a name, or none.
fn dier(text: &str, tokens: &[Token], verb: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let mut s = verb.checked_sub(1)?;
    // (past an aside closed right before the verb: `The actress, who won two
    // Oscars, died at 91`)
    if text[tokens[s].end..tokens[verb].start].contains(',') {
        let who = (s.saturating_sub(12)..s)
            .rev()
            .take_while(|&k| !sentence_after(text, tokens, k))
            .find(|&k| {
                matches!(word(k), "who" | "which")
                    && k > 0
                    && text[tokens[k - 1].end..tokens[k].start].contains(',')
            })?;
        s = who;
    }
    while s > 0 && matches!(word(s), "has" | "had" | "have" | "peacefully" | "suddenly") {
        s -= 1;
    }
    if word(s) == "who" && s > 0 && text[tokens[s - 1].end..tokens[s].start].trim() == "," {
        s -= 1;
    }
    (text[tokens[s].start..].starts_with(char::is_uppercase)
        && !WEEKDAYS_MONTHS.contains(&word(s))
        && is_person(text, tokens, s))
    .then_some(s)
}

fn person_before_aged(text: &str, tokens: &[Token], aged: usize) -> Option<usize> {
    let p = aged.checked_sub(1)?;
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let gap = |k: usize| text[tokens[k].end..tokens[k + 1].start].trim();
    if !matches!(gap(p), "" | ",") || FUNCTION_WORDS.contains(&word(p)) {
        return None;
    }
    // (a death's setting before it, `died on Sunday aged 87`, `died at home aged
    // 87`, `died in hospital on Tuesday, aged 91`: the one who died, before the
    // verb, or before `who`)
    let setting = |w: &str| {
        WEEKDAYS_MONTHS.contains(&w)
            || w.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                w,
                "home"
                    | "hospital"
                    | "hospice"
                    | "yesterday"
                    | "today"
                    | "peacefully"
                    | "suddenly"
                    | "sleep"
                    | "night"
                    | "morning"
                    | "evening"
                    | "afternoon"
                    | "weekend"
                    | "week"
                    | "illness"
                    | "cancer"
            )
    };
    if !setting(word(p)) {
        return Some(p);
    }
    let verb = (p.saturating_sub(10)..p)
        .rev()
        .take_while(|&k| !sentence_after(text, tokens, k))
        .find(|&k| matches!(word(k), "died" | "dies" | "passed"))?;
    dier(text, tokens, verb)
}

/// Whether the age starting at token `first` is read from `aged` (directly, or as
/// the next of a list that started there): `aged 19`, `aged 19, 20`.
fn aged_list(tokens: &[Token], first: usize) -> bool {
    let mut k = first;
    // back over a list of bare numbers and `and`/`or` to the `aged` that opened it
    for _ in 0..16 {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        match tokens[prev].folded() {
            "aged" => return true,
            "between" | "and" | "or" => k = prev,
            w if digit_value(w).is_some() || word_value(w).is_some() => k = prev,
            _ => return false,
        }
    }
    false
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

    /// Each mention as `quote=quantity:kind>counted` (`-` when it counts nothing),
    /// with `@person` for an age.
    fn read(text: &str) -> Vec<String> {
        let tokens = tokenize(text, 0);
        mentions(text, &tokens, |_| false)
            .into_iter()
            .map(|m| {
                let kind = match m.kind {
                    Kind::Count => "",
                    Kind::Modifier => ":mod",
                    Kind::Ordinal => ":ord",
                    Kind::Year => ":year",
                    Kind::Age => ":age",
                    Kind::More => ":more",
                    Kind::Whole => ":whole",
                    Kind::Family => ":family",
                    Kind::Earlier => ":earlier",
                    Kind::Then => ":then",
                };
                let counted = m.counted_word(&tokens).unwrap_or("-".into());
                let person = m
                    .person
                    .map(|p| format!("@{}", &text[tokens[p].start..tokens[p].end]))
                    .unwrap_or_default();
                format!(
                    "{}={}{kind}>{counted}{person}",
                    &text[m.start..m.end],
                    m.quantity
                )
            })
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
            read("Thirty-one people were wounded, twenty one killed"),
            ["Thirty-one=31>people", "twenty one=21>killed"]
        );
        assert_eq!(
            read("One hundred and twenty-one people, a hundred and one"),
            [
                "One hundred and twenty-one=121>people",
                "a hundred and one=101>-"
            ]
        );
        assert_eq!(
            read("Media reported that one person was hurt; that one was new"),
            ["one=1>person"]
        );
        assert_eq!(read("who Lebanon says number 17. Number 5"), ["17=17>-"]);
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
        assert_eq!(said("in 1,999 cases"), [("1,999".into(), "1999".into())]);
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
        assert_eq!(
            said("as many as 50 people"),
            [("as many as 50".into(), "<=50".into())]
        );
    }

    /// Each mention's ties as `quote: predicate / verbs` (`-` for none).
    fn tied(text: &str) -> Vec<String> {
        let tokens = tokenize(text, 0);
        let word = |t: Option<usize>| t.map_or("-", |t| &text[tokens[t].start..tokens[t].end]);
        mentions(text, &tokens, |_| false)
            .iter()
            .map(|m| {
                let t = ties(text, &tokens, &crate::text::clauses(text, &tokens), m);
                let quote = &text[m.start..m.end];
                let verbs = t.verbs.map(word);
                let part = if t.part { " part" } else { "" };
                format!(
                    "{quote}: {} / {} {}{part}",
                    word(t.predicate),
                    verbs[0],
                    verbs[1]
                )
            })
            .collect()
    }

    #[test]
    fn ties_a_number_to_its_verbs_and_predicate() {
        assert_eq!(
            tied("killed two people and wounded 14 others"),
            ["two: - / killed -", "14: - / wounded -"]
        );
        assert_eq!(
            tied("One person was killed and two were wounded"),
            ["One: - / - killed", "two: - / - wounded"]
        );
        assert_eq!(tied("killing at least 11"), ["at least 11: - / killing -"]);
        // one of a set, and the whole it is taken from
        assert_eq!(
            tied("One of the two rockets was intercepted"),
            ["One: - / - intercepted part", "two: - / - - part"]
        );
        assert_eq!(tied("one of the deadliest strikes"), Vec::<String>::new());
        assert_eq!(
            tied("One of the rockets fired from Lebanon landed in a field"),
            ["One: - / - landed part"]
        );
        assert_eq!(
            tied("One of those killed in Hasbaya was a journalist"),
            ["One: journalist / - - part"]
        );
        assert_eq!(tied("one of them died"), ["one: - / - died part"]);
        assert_eq!(tied("Israel freed two detainees"), ["two: - / freed -"]);
        assert_eq!(
            tied("Site found, four suspects arrested\nThe army said"),
            ["four: - / - arrested"]
        );
        assert_eq!(tied("13 people have died"), ["13: - / - died"]);
        assert_eq!(
            tied("the two countries met for three hours"),
            ["two: - / - -", "three: - / - -"]
        );
        // a participle before a setting is passive
        assert_eq!(
            tied("the five people killed near Tyre"),
            ["five: - / - killed"]
        );
        assert_eq!(tied("and three wounded in Tyre"), ["three: - / - wounded"]);
        // frames, adverbs and an aside
        assert_eq!(tied("killed a total of seven"), ["seven: - / killed -"]);
        assert_eq!(tied("Two were reportedly killed"), ["Two: - / - killed"]);
        assert_eq!(
            tied("Eleven people, including three children, were killed"),
            ["Eleven: - / - killed", "three: - / - - part"]
        );
        // a running toll
        assert_eq!(
            tied("killed two, bringing the number of people killed to 330"),
            ["two: - / killed -", "330: - / killed -"]
        );
        assert_eq!(
            tied("killed two, bringing to 330 the number of people killed"),
            ["two: - / killed -", "330: - / killed -"]
        );
        assert_eq!(
            tied("killed two, raising the toll to 40"),
            ["two: - / killed -", "40: - / raising -"]
        );
        // parts
        assert_eq!(
            tied("Four of the 12 people killed in Jbaa"),
            ["Four: - / - - part", "12: - / - killed part"]
        );
        // the clause's verb is the part's, not the whole's
        assert_eq!(
            tied("Two of the three rockets fired at Safed were intercepted"),
            ["Two: - / - intercepted part", "three: - / fired - part"]
        );
        assert_eq!(
            tied("Two of the three rockets were intercepted"),
            ["Two: - / - intercepted part", "three: - / - - part"]
        );
        // a toll's participle in its subject
        assert_eq!(
            tied("The number of people killed in Gaza rose to 367"),
            ["367: - / killed -"]
        );
        // of whom nine were women
        assert_eq!(
            tied("killed 27, of whom nine were women"),
            ["27: - / killed -", "nine: women / - - part"]
        );
        assert_eq!(
            tied("wounded 14, three of them badly"),
            ["14: - / wounded -", "three: - / - - part"]
        );
        assert_eq!(
            tied("Three civilians, two of them women, were killed"),
            ["Three: - / - killed", "two: women / - - part"]
        );
        assert_eq!(tied("12 were children"), ["12: children / - -"]);
        assert_eq!(tied("12 soldiers were in Tyre"), ["12: - / - -"]);
        assert_eq!(
            tied("killed 11 people, including three children"),
            ["11: - / killed -", "three: - / - - part"]
        );
        assert_eq!(tied("the toll rose to 40"), ["40: - / rose -"]);
        // (the toll's verb, not a relative clause's or one after the number)
        assert_eq!(
            tied(
                "The toll from a landslide that buried a bus rose to 14 on Tuesday as rescuers dug"
            ),
            ["14: - / rose -"]
        );
        // (`said` takes the clause, not the number, as its object)
        assert_eq!(tied("said 13 were killed"), ["13: - / - killed"]);
        assert_eq!(
            tied("The ministry said 14 people (including three Syrians) were wounded"),
            ["14: - / - -", "three: - / - - part"]
        );
    }

    #[test]
    fn counts_the_head_noun_of_the_phrase_after_the_number() {
        assert_eq!(
            read("the two countries met for around three hours"),
            ["two=2>country", "around three=~3>hour"]
        );
        assert_eq!(
            read("13 people were killed and more than 40 years passed"),
            ["13=13>people", "more than 40=>40>year"]
        );
        assert_eq!(
            read("hundreds of damaged power lines"),
            ["hundreds=200-999>line"]
        );
        assert_eq!(
            read("28 wounded were taken to hospital, two killed in the strike"),
            ["28=28>wounded", "two=2>killed"]
        );
        assert_eq!(read("the wounded numbered 28."), ["28=28>-"]);
        assert_eq!(read("the toll rose to 28, officials said"), ["28=28>-"]);
        assert_eq!(read("killed 28 in the strike"), ["28=28>-"]);
        assert_eq!(
            read("approximately 1,200 \"targeted activities\""),
            ["approximately 1,200=~1200>activity"]
        );
        assert_eq!(read("three of the hostages"), ["three=3>hostage"]);
        assert_eq!(
            read("four of the 12 detainees"),
            ["four=4>detainee", "12=12>detainee"]
        );
        assert_eq!(read("two of them were killed"), ["two=2>-"]);
        assert_eq!(read("10 soldiers wounded"), ["10=10>soldier"]);
        assert_eq!(read("two wounded soldiers arrived"), ["two=2>soldier"]);
        assert_eq!(read("five Lebanese soldiers died"), ["five=5>soldier"]);
        assert_eq!(read("one Israeli soldier was hurt"), ["one=1>soldier"]);
        assert_eq!(read("one soldier killed"), ["one=1>soldier"]);
        assert_eq!(read("one meeting held"), ["one=1>meeting"]);
        assert_eq!(read("two more soldiers"), ["two=2>soldier"]);
        assert_eq!(read("two UN peacekeepers"), ["two=2>peacekeeper"]);
        assert_eq!(read("20 news agencies"), ["20=20>agency"]);
        assert_eq!(read("three Israeli army bulldozers"), ["three=3>bulldozer"]);
        assert_eq!(read("40 years ago"), ["40=40>year"]);
        assert_eq!(
            read("a $100 million reconstruction fund for"),
            ["$100 million=100000000>fund"]
        );
        assert_eq!(read("5 km from the border"), ["5=5>km"]);
        assert_eq!(
            read("at least 13 people\nwere killed"),
            ["at least 13=>=13>people"]
        );
        assert_eq!(
            read("some 200 families (in Tyre)"),
            ["some 200=~200>family"]
        );
    }

    #[test]
    fn vague_and_open_quantities() {
        assert_eq!(read("40+ years"), ["40+=>=40>year"]);
        assert_eq!(read("dozens of people"), ["dozens=24-99>people"]);
        assert_eq!(read("thousands fled"), ["thousands=2000-9999>-"]);
        assert_eq!(
            read("tens of thousands of residents"),
            ["tens of thousands=20000-99999>resident"]
        );
        assert_eq!(
            read("hundreds of thousands of people"),
            ["hundreds of thousands=200000-999999>people"]
        );
        assert_eq!(read("tens of people"), Vec::<String>::new());
        assert_eq!(
            read("several hundred people"),
            ["several hundred=200-999>people"]
        );
        assert_eq!(
            read("a few thousand troops"),
            ["a few thousand=2000-9999>troop"]
        );
        assert_eq!(read("a dozen rockets"), ["a dozen=~12>rocket"]);
        assert_eq!(
            read("more than a dozen rockets"),
            ["more than a dozen=>12>rocket"]
        );
        assert_eq!(read("two dozen rockets"), ["two dozen=~24>rocket"]);
        assert_eq!(read("ninety-nine homes"), ["ninety-nine=99>home"]);
        assert_eq!(
            read("the first direct talks in four decades"),
            ["first=1:ord>talk", "four decades=~40>year"]
        );
        assert_eq!(read("a €4.5 million fund"), ["€4.5 million=4500000>fund"]);
        assert_eq!(read("it cost $100m."), ["$100m=100000000>dollar"]);
        assert_eq!(read("a £3bn deal"), ["£3bn=3000000000>deal"]);
        assert_eq!(
            read("USD 20 million in aid"),
            ["20 million=20000000>dollar"]
        );
        assert_eq!(read("40% of homes"), ["40%=40>percent"]);
        assert_eq!(read("10-15 people"), ["10-15=10-15>people"]);
    }

    #[test]
    fn modifiers_ordinals_years_times_scores_and_labels() {
        assert_eq!(read("a 10-story building"), ["10-story=10:mod>story"]);
        assert_eq!(read("a 5-point plan"), ["5-point=5:mod>point"]);
        assert_eq!(
            read("a 3-kilometre stretch"),
            ["3-kilometre=3:mod>kilometre"]
        );
        assert_eq!(read("a two-state solution"), ["two-state=2:mod>state"]);
        assert_eq!(read("the fifth round"), ["fifth=5:ord>round"]);
        assert_eq!(read("the 14th round of talks"), ["14th=14:ord>round"]);
        assert_eq!(read("the 12st"), Vec::<String>::new());
        assert_eq!(read("in 2025 the army"), ["2025=2025:year>-"]);
        assert_eq!(read("since the 2006 war"), ["2006=2006:year>war"]);
        assert_eq!(read("at 10:30 on Monday"), Vec::<String>::new());
        assert_eq!(read("at 3 p.m. local time"), Vec::<String>::new());
        assert_eq!(read("at 3pm"), Vec::<String>::new());
        assert_eq!(read("at 15:00 GMT"), Vec::<String>::new());
        assert_eq!(read("at 0800 GMT"), Vec::<String>::new());
        assert_eq!(read("three o'clock"), Vec::<String>::new());
        assert_eq!(read("the court voted 6-3 to"), Vec::<String>::new());
        assert_eq!(read("a 2-1 win"), Vec::<String>::new());
        assert_eq!(read("lost 1-3 to"), Vec::<String>::new());
        assert_eq!(read("Resolution 1701 calls for"), Vec::<String>::new());
        assert_eq!(read("Article 5 says"), Vec::<String>::new());
        assert_eq!(read("F-16 jets and COVID-19"), Vec::<String>::new());
    }

    #[test]
    fn ages_belong_to_a_person() {
        assert_eq!(read("an 18-year-old man"), ["18-year-old=18:age>age@man"]);
        assert_eq!(
            read("a 3-year-old girl was killed"),
            ["3-year-old=3:age>age@girl"]
        );
        assert_eq!(read("the 18-year-old was"), ["18-year-old=18:age>age"]);
        assert_eq!(
            read("Mohammed Khalil, 18, was killed"),
            ["18=18:age>age@Khalil"]
        );
        assert_eq!(read("Khalil (18) was killed"), ["18=18:age>age@Khalil"]);
        assert_eq!(read("a man aged 18"), ["18=18:age>age@man"]);
        assert_eq!(read("Khalil, aged 18, was"), ["18=18:age>age@Khalil"]);
        assert_eq!(read("he was 18 years old"), ["18 years old=18:age>age"]);
        assert_eq!(read("On Monday, 18, the"), ["18=18>-"]);
        assert_eq!(read("killed 30, two of them"), ["30=30>-", "two=2>-"]);
        // the National News Agency writes the age in years in brackets
        assert_eq!(
            read("the child Hussein Kassem (7 years) was"),
            ["7 years=7:age>age@Kassem"]
        );
        assert_eq!(read("in the past (7 years)"), ["7=7>year"]);
        // a father of three: his children
        assert_eq!(
            read("Ali Hamoud, a father of three, was killed"),
            ["three=3:family>child@father"]
        );
        assert_eq!(
            read("a mother of five and her son were killed"),
            ["five=5:family>child@mother"]
        );
        assert_eq!(read("the mother of three children"), ["three=3>children"]);
    }

    #[test]
    fn a_figure_the_sentence_replaces_is_an_earlier_figure() {
        let kinds = |text: &str| -> Vec<String> { read(text) };
        assert_eq!(
            kinds("rose to about 6,000, up from about 4,500, the municipality said"),
            ["about 6,000=~6000>-", "about 4,500=~4500:earlier>-"]
        );
        assert_eq!(
            kinds("The toll rose to 15 from 11"),
            ["15=15>-", "11=11:earlier>-"]
        );
        assert_eq!(
            kinds("fell from 3,200 to 1,150 over the past week"),
            ["3,200=3200:earlier>-", "1,150=1150>-"]
        );
        assert_eq!(
            kinds("killed five people, revising an earlier toll of three"),
            ["five=5>people", "three=3:earlier>-"]
        );
        assert_eq!(
            kinds("An initial death toll of two was raised"),
            ["two=2:earlier>-"]
        );
        // the figure of another time is that time's count (for a fact with a date)
        assert_eq!(
            kinds("killed 28 people in December, down from 35 in November"),
            ["28=28>people", "35=35:then>-"]
        );
        assert_eq!(kinds("up from 12 on Monday"), ["12=12:then>-"]);
        // what was said at first and revised in the same sentence
        assert_eq!(
            kinds(
                "The ministry initially said three people were killed, but later revised the toll to two"
            ),
            ["three=3:earlier>people", "two=2>-"]
        );
        assert_eq!(
            kinds("initially said three people were killed, and later two more died"),
            ["three=3>people", "two=2>-"]
        );
        // no change before `from`: a range or a place
        assert_eq!(
            kinds("residents returned from two villages"),
            ["two=2>village"]
        );
    }

    #[test]
    fn a_set_taken_from_and_a_hyphened_participle() {
        assert_eq!(
            read("412 of its roughly 600 homes were destroyed"),
            ["412=412>home", "roughly 600=~600>home"]
        );
        assert_eq!(
            tied("412 of its roughly 600 homes were destroyed"),
            ["412: - / - destroyed part", "roughly 600: - / - - part"]
        );
        assert_eq!(
            read("from 48 troop-contributing countries"),
            ["48=48>country"]
        );
        assert_eq!(read("two Israeli-made drones"), ["two=2>drone"]);
    }

    #[test]
    fn a_crowd_is_the_subject_of_its_own_verb() {
        let agent = |text: &str| {
            let tokens = tokenize(text, 0);
            let clauses = crate::text::clauses(text, &tokens);
            mentions(text, &tokens, |_| false)
                .iter()
                .map(|m| {
                    let t = ties(text, &tokens, &clauses, m);
                    t.agent_verb.map(|v| tokens[v].folded().to_string())
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            agent("Thousands attend funeral of commander killed in strike"),
            [Some("attend".to_string())]
        );
        assert_eq!(
            agent("Thousands of mourners filled the streets"),
            [Some("filled".to_string())]
        );
        assert_eq!(
            agent("Two brothers aged 12 and 15 were killed"),
            [None, None, None]
        );
    }

    #[test]
    fn over_after_hand_or_turn_is_a_particle() {
        assert_eq!(
            read("UNIFIL handed over four positions"),
            ["four=4>position"]
        );
        assert_eq!(read("Israel turned over two detainees"), ["two=2>detainee"]);
        assert_eq!(read("held over 200 detainees"), ["over 200=>200>detainee"]);
        assert_eq!(read("over four positions"), ["over four=>4>position"]);
    }

    #[test]
    fn ranges_lists_shares_and_compound_number_words() {
        assert_eq!(
            read("between 10 and 15 people were killed"),
            ["between 10 and 15=10-15>people"]
        );
        assert_eq!(read("some 15 to 20 people"), ["some 15 to 20=15-20>people"]);
        assert_eq!(read("two or three drones"), ["two or three=2-3>drone"]);
        assert_eq!(
            read("between 10 and 15 million dollars"),
            ["between 10 and 15 million=10000000-15000000>dollar"]
        );
        assert_eq!(
            read("$10 to $15 million"),
            ["$10 to $15 million=10000000-15000000>dollar"]
        );
        // a change, a tally and a higher first number are no ranges
        assert_eq!(
            read("rose from 10 to 15 people"),
            ["10=10:earlier>-", "15=15>people"]
        );
        assert_eq!(read("voted 10 to 5"), ["10=10>-", "5=5>-"]);
        assert_eq!(
            read("killed 12 and 15 wounded"),
            ["12=12>-", "15=15>wounded"]
        );
        // ages listed after `aged`
        assert_eq!(
            read("aged between 18 and 25"),
            ["between 18 and 25=18-25:age>age"]
        );
        assert_eq!(
            read("The men, aged 19, 20 and 22, were held"),
            [
                "19=19:age>age@men",
                "20=20:age>age@men",
                "22=22:age>age@men"
            ]
        );
        assert_eq!(read("aged 19 and 22"), ["19=19:age>age", "22=22:age>age"]);
        assert_eq!(
            read("Khalil, 18, and 22 others"),
            ["18=18:age>age@Khalil", "22=22>other"]
        );
        // shares; a rate over time is none
        assert_eq!(read("One in five children"), ["One in five=~20>percent"]);
        assert_eq!(
            read("two in three Lebanese"),
            ["two in three=~66.7>percent"]
        );
        assert_eq!(read("killed 2 in 3 days"), ["2=2>-", "3=3>day"]);
        // halves, `hundred and`, hyphenated scales
        assert_eq!(
            read("lasted two and a half hours"),
            ["two and a half=2.5>hour"]
        );
        assert_eq!(
            read("one and a half million refugees"),
            ["one and a half million=1500000>refugee"]
        );
        assert_eq!(
            read("One hundred and twenty people"),
            ["One hundred and twenty=120>people"]
        );
        assert_eq!(
            read("a hundred and fifty-five homes"),
            ["a hundred and fifty-five=155>home"]
        );
        assert_eq!(
            read("the 1.5-million-strong diaspora"),
            ["1.5-million-strong=1500000:mod>strong"]
        );
        // N-plus, N or more, percent in words
        assert_eq!(read("40-plus years"), ["40-plus=>=40>year"]);
        assert_eq!(read("12 or more people"), ["12 or more=>=12>people"]);
        assert_eq!(read("five or fewer"), ["five or fewer=<=5>-"]);
        assert_eq!(
            read("30 per cent of the population"),
            ["30 per cent=30>percent"]
        );
        assert_eq!(
            read("14.2 percent in November"),
            ["14.2 percent=14.2>percent"]
        );
        assert_eq!(read("about 60 pc"), ["about 60 pc=~60>percent"]);
    }

    #[test]
    fn plural_verb_shapes_after_a_plural_number_are_nouns() {
        assert_eq!(read("carried out 100 strikes"), ["100=100>strike"]);
        assert_eq!(
            read("Two Israeli strikes killed 12 people"),
            ["Two=2>strike", "12=12>people"]
        );
        assert_eq!(read("after two wins"), ["two=2>win"]);
        assert_eq!(read("one soldier dies"), ["one=1>soldier"]);
        assert_eq!(read("thousands fled"), ["thousands=2000-9999>-"]);
        // an adjective alone is no head
        assert_eq!(read("Thousands more fled"), ["Thousands=2000-9999>-"]);
        assert_eq!(read("two more soldiers"), ["two=2>soldier"]);
    }

    #[test]
    fn half_a_scale_military_and_local_times_and_spaced_modifiers() {
        assert_eq!(
            read("Half a million people have fled"),
            ["Half a million=500000>people"]
        );
        assert_eq!(
            read("nearly half a million people"),
            ["nearly half a million=nearly 500000>people"]
        );
        assert_eq!(read("at 0400 local time (0200 GMT)"), Vec::<String>::new());
        assert_eq!(read("at 8 local time, 40 rockets"), ["40=40>rocket"]);
        assert_eq!(
            read("A 6.4 magnitude earthquake killed 1,000 people"),
            ["6.4=6.4:mod>magnitude", "1,000=1000>people"]
        );
        assert_eq!(read("the magnitude 6.4 quake"), ["6.4=6.4:mod>magnitude"]);
        assert_eq!(read("a 24 hour strike"), ["24=24:mod>hour"]);
        // a plural after `a N` is still a count (`a further`, `a total` are not `a N`)
        assert_eq!(read("a 100 people"), ["100=100>people"]);
        assert_eq!(
            read("an estimated 300 people"),
            ["an estimated 300=~300>people"]
        );
    }

    #[test]
    fn aged_at_the_start_of_a_text() {
        // `aged` as the first token: no person before it, and no overflow
        assert_eq!(read("aged 18, he"), ["18=18:age>age"]);
    }

    #[test]
    fn singular_of_the_counted_word() {
        let w = |s: &str| singular(&tokenize(s, 0)[0]);
        assert_eq!(w("hours"), "hour");
        assert_eq!(w("lines"), "line");
        assert_eq!(w("people"), "people");
        assert_eq!(w("activities"), "activity");
        assert_eq!(w("hostages"), "hostage");
        assert_eq!(w("news"), "news");
        assert_eq!(w("series"), "series");
        assert_eq!(w("countries"), "country");
        assert_eq!(w("casualties"), "casualty");
        assert_eq!(w("wounded"), "wounded");
        assert_eq!(w("Terrorists"), "terrorist");
    }

    #[test]
    fn parses_fact_expressions() {
        assert_eq!(
            Quantity::parse(">=2").unwrap(),
            Quantity::new(Op::AtLeast, 2.0)
        );
        assert_eq!(
            Quantity::parse("~1,200").unwrap(),
            Quantity::new(Op::About, 1200.0)
        );
        assert_eq!(
            Quantity::parse("4.5 million").unwrap(),
            Quantity::new(Op::Exact, 4_500_000.0)
        );
        assert!(Quantity::parse("lots").is_err());
        assert!(Quantity::parse(">").is_err());
        assert!(Quantity::parse("million").is_err());
    }

    #[test]
    fn satisfaction_table() {
        let q = |s: &str| Quantity::parse(s).unwrap();
        let vague = |lo: f64, hi: f64| Quantity::between(lo, hi);
        // mention.satisfies(fact): values lie in the fact's range
        assert!(q("400").satisfies(&q(">370")));
        assert!(q("~400").satisfies(&q(">370")));
        assert!(!q("370").satisfies(&q(">370")));
        assert!(q("370").satisfies(&q(">=370")));
        assert!(q("3").satisfies(&q("<5")));
        assert!(q("~1200").satisfies(&q("1200")));
        assert!(!q("~1100").satisfies(&q("1200")));
        assert!(q("1300").satisfies(&q("~1200")));
        assert!(!q("1400").satisfies(&q("~1200")));
        assert!(
            !q("~1400").satisfies(&q("~1200")),
            "tolerances do not add up"
        );
        assert!(!q("3").satisfies(&q("2")), "three hours is not two");
        // bounds against bounds: every value allowed; the same number agrees
        assert!(q(">370").satisfies(&q(">370")));
        assert!(!q(">370").satisfies(&q(">400")));
        assert!(q(">400").satisfies(&q(">370")));
        for m in [">40", ">=40"] {
            for f in [">40", ">=40"] {
                assert!(q(m).satisfies(&q(f)), "{m} satisfies {f}");
            }
        }
        for m in ["<5", "<=5"] {
            for f in ["<5", "<=5"] {
                assert!(q(m).satisfies(&q(f)), "{m} satisfies {f}");
            }
        }
        assert!(!q(">=5").satisfies(&q("<5")));
        assert!(!q(">=5").satisfies(&q("<=5")));
        assert!(!q("<5").satisfies(&q(">1")));
        assert!(q("<=3").satisfies(&q("<5")));
        // bounds against values: within 10 % on the side the bound allows
        assert!(q(">=2").satisfies(&q("2")));
        assert!(q(">370").satisfies(&q("400")));
        assert!(q(">370").satisfies(&q("~400")));
        assert!(q(">370").satisfies(&q("370")));
        assert!(!q(">370").satisfies(&q("2000")));
        assert!(!q(">370").satisfies(&q("300")));
        assert!(q(">370").satisfies(&q("~340")), "340 ± 34 reaches 370");
        assert!(q("<=5").satisfies(&q("5")));
        assert!(!q("<=5").satisfies(&q("4")));
        assert!(!q("<=50").satisfies(&q("10")));
        assert!(q("<50").satisfies(&q("~44")));
        // vague quantities: ranges overlap
        assert!(vague(24.0, 99.0).satisfies(&q("50")));
        assert!(vague(24.0, 99.0).satisfies(&q(">=30")));
        assert!(vague(24.0, 99.0).satisfies(&q("~22")));
        assert!(!vague(24.0, 99.0).satisfies(&q("12")));
        assert!(!vague(200.0, 999.0).satisfies(&q(">1000")));
        assert!(vague(2000.0, 9999.0).satisfies(&q("<3000")));
        // `nearly 2,500`: short of it, within 10 %
        let nearly = Quantity::new(Op::Nearly, 2500.0);
        for f in ["<2500", "<=2500", "2500", "~2500", "2400", ">2000", "<3000"] {
            assert!(nearly.satisfies(&q(f)), "nearly 2500 satisfies {f}");
        }
        for f in [">=2500", ">2500", "2600", "2000", "<2400", ">2300"] {
            assert!(!nearly.satisfies(&q(f)), "nearly 2500 does not satisfy {f}");
        }
        // `barely exceeding 18 percent`: past it, within 10 %
        let over = Quantity::new(Op::JustOver, 18.0);
        for f in [">18", ">=18", "<20", "<=19.8", "~19", "19", "18"] {
            assert!(over.satisfies(&q(f)), "just over 18 satisfies {f}");
        }
        for f in ["<18", "25", ">20", "<19"] {
            assert!(!over.satisfies(&q(f)), "just over 18 does not satisfy {f}");
        }
        assert_eq!(
            said("barely exceeding 18 percent, just over 300 and exceeding 40"),
            [
                ("barely exceeding 18 percent".into(), "just over 18".into()),
                ("just over 300".into(), "just over 300".into()),
                ("exceeding 40".into(), ">40".into())
            ]
        );
        assert_eq!(
            said("almost 40 years and just under 100 people"),
            [
                ("almost 40".into(), "nearly 40".into()),
                ("just under 100".into(), "nearly 100".into())
            ]
        );
    }
}
