//! Judging: what one window holds of each part of a test (its terms, its date, its
//! number) and the stance that follows: a match, a conflict (another date, a number
//! that does not fit), a negation. The near misses of `explain` read windows with
//! the same lookups ([`DocMatcher::read`]).

use super::state::DocMatcher;
use super::windows::Window;
use crate::engine::evidence::{Evidence, Hit, Stance};
use crate::engine::model::{Negation, TermId, Test};
use crate::engine::terms::{Matcher, phrase_at};
use crate::text::dates::{Basis, DateMatch, DateMention, DateSpec};
use crate::text::numbers::{self, Kind, NumberMention, Op, Quantity, Ties, is_quote};
use crate::text::{self, sanitize};
use std::borrow::Cow;
use std::sync::Arc;

/// Whether a folded word of the text is a verb that tells an act: a past form
/// (`struck`, `killed`) or a word in `-ing` (`beating`); not the noun `strikes`.
fn verb_in_text(said: &str) -> bool {
    text::names_act(said) || (said.len() > 5 && said.ends_with("ing"))
}

/// Whether a fact's date `spec` is before date mention `m` (a year not known on
/// either side is taken as the other's).
fn before(spec: DateSpec, m: &DateMention) -> bool {
    let year = |y: Option<i32>, other: Option<i32>| y.or(other).unwrap_or(0);
    let fact = (year(spec.year, m.year), spec.month, spec.day.unwrap_or(0));
    let mention = (year(m.year, spec.year), m.month, m.day.unwrap_or(0));
    fact < mention
}

/// How a clause of time sets its act beside the act outside it: `after` (its act
/// came first), `before` (its act came later), or `when`, `while` (the same time).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    After,
    Before,
    Same,
    /// A clause of `when` with no comma before it: the time of the sentence's act
    /// (`were killed when a strike hit their home on Saturday night`).
    When,
}

/// Where a fact's act stands in a window with clauses of time ([`DocMatcher::act_apart`]).
struct Apart {
    /// The clauses (byte ranges, to each clause's end) and their order.
    subs: Vec<(std::ops::Range<usize>, Order)>,
    /// Whether every occurrence of the act is inside a clause (else every one is
    /// outside).
    inside: bool,
    /// When every occurrence of the act is inside a clause of `when` of one
    /// sentence: that sentence's byte range, whose dates outside the clause date
    /// the act too.
    when: Option<std::ops::Range<usize>>,
}

/// Whether a folded word sets a plan's day (`scheduled for`, `due to`).
fn plan_word(w: &str) -> bool {
    matches!(
        w,
        "scheduled" | "set" | "planned" | "slated" | "due" | "expected"
    )
}

/// Keeps the items of `items` whose flag in `keep` (by index) is set; an item
/// past the flags' end is kept.
fn retain_kept<T>(items: &mut Vec<T>, keep: &[bool]) {
    let mut flags = keep.iter();
    items.retain(|_| *flags.next().unwrap_or(&true));
}

/// Whether written date mention `d` (with its year) ends on or before `year_ago`:
/// its day, or its month's last day.
fn written_by(d: &DateMention, year_ago: chrono::NaiveDate) -> bool {
    matches!(d.basis, Basis::Written)
        && d.year.is_some_and(|y| {
            d.day
                .and_then(|day| chrono::NaiveDate::from_ymd_opt(y, d.month, day))
                .or_else(|| {
                    chrono::NaiveDate::from_ymd_opt(
                        y + i32::from(d.month == 12),
                        d.month % 12 + 1,
                        1,
                    )
                    .and_then(|n| n.pred_opt())
                })
                .is_some_and(|l| l <= year_ago)
        })
}

/// Whether number mention `m` is a count of a unit alone, with no noun of its
/// own: a rate or an amount (`0.1%`, `£9bn`).
fn unit_figure(m: &NumberMention) -> bool {
    m.counted.is_none() && m.unit.is_some() && m.kind == Kind::Count
}

/// Whether folded word `w` is a bare year (1800 to 2200) that ended on or before
/// `year_ago`.
fn year_by(w: &str, year_ago: chrono::NaiveDate) -> bool {
    w.len() == 4
        && w.parse::<i32>().is_ok_and(|y| {
            (1800..=2200).contains(&y)
                && chrono::NaiveDate::from_ymd_opt(y, 12, 31).is_some_and(|l| l <= year_ago)
        })
}

/// The whole a count of one more closes (`a fourth` after `three people were
/// killed`: 4 in all), at its place in the text.
fn whole_of(more: &NumberMention, total: f64) -> NumberMention {
    NumberMention {
        kind: Kind::Whole,
        quantity: Quantity::new(Op::Exact, total),
        ..more.clone()
    }
}

/// Words of a duty, a promise or an agreement before `to`: what follows is owed,
/// not done (`are required to remove`, `agreed to hold another round`).
const DUTIES: &[&str] = &[
    "required", "obliged", "ordered", "urged", "asked", "agreed", "promised", "pledged", "offered",
    "proposed", "need", "needs", "has", "have", "ought",
];

/// Modals before a verb: what follows may be, must be or would be, not is (`must be
/// passed`, `said it would appeal`); not `will`, which PRODUCT.md's dates read
/// as told.
const MODALS: &[&str] = &["must", "should", "could", "might", "would", "may"];

/// How many words after a count of a toll told in parts a place may belong to it
/// ([`DocMatcher::place_of_part`]).
const PLACE_REACH: usize = 25;

/// Parts of a country a measure is told for after `in the` (`prices in the region
/// rose`): a part of it, not the whole.
const PLACE_PARTS: &[&str] = &[
    "region",
    "capital",
    "city",
    "province",
    "county",
    "district",
    "borough",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "midwest",
];

/// Words of kinship before a relative's name (`his wife, Mary Hale,`).
const KIN: &[&str] = &[
    "wife",
    "husband",
    "widow",
    "widower",
    "son",
    "sons",
    "daughter",
    "daughters",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "mother",
    "father",
    "grandson",
    "granddaughter",
    "grandmother",
    "grandfather",
    "nephew",
    "niece",
    "cousin",
    "uncle",
    "aunt",
    "stepson",
    "stepdaughter",
    "partner",
    "fiancee",
    "fiance",
    "sibling",
    "siblings",
    "children",
];

/// Words of a group of people a measure is told for (`youth unemployment`, `the
/// unemployment rate for women`): a part of it, not the whole.
const GROUPS: &[&str] = &[
    "youth",
    "young",
    "female",
    "male",
    "women",
    "men",
    "graduates",
    "pensioners",
    "teenagers",
    "teens",
    "migrants",
    "immigrants",
    "minorities",
];

/// The most hits of one term a window records (the JSON lists them; a term repeated
/// thousands of times in one sentence is shown by its first ones).
pub const MAX_HITS: usize = 32;

/// What one window says about a test.
#[derive(Clone)]
pub(super) struct Outcome {
    pub hits: Vec<Found>,
    pub against: bool,
    /// Why it is against (or how a date or number was read); only when the judge
    /// was asked for detail.
    pub reasons: Vec<String>,
}

/// A hit before it is evidence: what matched and where, without the line and
/// column or the label's text (made only for the windows reported).
#[derive(Debug, Clone, Copy)]
pub(super) struct Found {
    pub label: Label,
    pub start: usize,
    pub end: usize,
}

impl Found {
    /// Whether the hit is of a term only in the test's `any`.
    fn only_any(&self, t: &Test) -> bool {
        matches!(self.label, Label::Term(id) if t.any.contains(&id) && !t.all.contains(&id))
    }
}

/// What a [`Found`] hit is of.
#[derive(Debug, Clone, Copy)]
pub(super) enum Label {
    Term(TermId),
    /// `date 2025-12-03`
    Date(DateSpec),
    /// `number >= 3`
    Number(Quantity),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// The fact itself: conflicts and negation (as the fact reads it) turn a match
    /// against.
    Fact { negation: Negation },
    /// The fact's `against` table: only a plain match counts.
    Against,
}

/// What a window holds of each part of a test.
pub(super) struct Reading<'a> {
    /// The hits (byte ranges) of each `all` term, in the test's order.
    pub all: Vec<(TermId, Vec<(usize, usize)>)>,
    /// The hits (byte ranges) of each `any` term, in the test's order.
    pub any: Vec<(TermId, Vec<(usize, usize)>)>,
    /// With a `date`: the mentions that say something about it, and how each compares.
    pub dates: Vec<(&'a DateMention, DateMatch)>,
    /// With a `number`: the number mentions of the window that count what it counts
    /// (see [`DocMatcher::counting`]).
    pub numbers: Vec<Cow<'a, NumberMention>>,
}

/// A window's date mentions that say something about a test's `date`, and its
/// number mentions that count what the test's `number` counts.
type Mentions<'a> = (
    Vec<(&'a DateMention, DateMatch)>,
    Vec<Cow<'a, NumberMention>>,
);

impl DocMatcher<'_> {
    /// Reads every part of test `t` in window `w`, found or not: what the near
    /// misses of `explain` rank windows by.
    pub(super) fn read(&self, t: &Test, w: Window) -> Reading<'_> {
        let terms = |ids: &[TermId]| ids.iter().map(|id| (*id, self.hits_in(*id, w))).collect();
        // a whole reading always is
        let (dates, numbers) = self.read_mentions(t, w, true).unwrap_or_default();
        Reading {
            all: terms(&t.all),
            any: terms(&t.any),
            dates,
            numbers,
        }
    }

    /// The date and number parts of a window's reading ([`Reading::dates`] and
    /// [`Reading::numbers`]); with `whole`, every part is read, without, reading
    /// stops (`None`) at the first part the window lacks.
    fn read_mentions(&self, t: &Test, w: Window, whole: bool) -> Option<Mentions<'_>> {
        let (mut dates, mut numbers) = (Vec::new(), Vec::new());
        if let Some(spec) = t.date {
            dates = self.dates_compared(t, w, spec).collect();
            if dates.is_empty() && !whole {
                return None;
            }
        }
        if t.number.is_some() {
            numbers = self.counting(t, w);
            if numbers.is_empty() && !whole {
                return None;
            }
        }
        Some((dates, numbers))
    }

    /// The tokens of the person at token `person` (an age's or a family's): the
    /// token itself and, for a name, the capitalised words before it on its line
    /// (`Khalil` of `Khalil Hammoud, 18,`), within window `w`.
    ///
    /// A relative's name shares the surname it is told with (`survived by his
    /// wife, Mary Hale, 84,` in an obituary of John Hale): after a word of
    /// kinship, a name of two words or more whose last word stands earlier in
    /// the document without the same word before it is the relative's by its
    /// other words and the kinship word only, not by the shared surname.
    fn name_of(&self, person: Option<usize>, w: Window) -> impl Iterator<Item = usize> + '_ {
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let capital = move |k: usize| text[tokens[k].start..].starts_with(char::is_uppercase);
        let person = person.filter(|&k| k < tokens.len());
        let named = person.is_some_and(capital);
        let mut run = Vec::new();
        let mut next = person;
        while let Some(k) = next {
            run.push(k);
            next = k.checked_sub(1).filter(|&j| {
                named
                    && j >= w.tok_start
                    && capital(j)
                    && text[tokens[j].end..tokens[k].start]
                        .chars()
                        .all(|c| c == ' ')
            });
        }
        if let (Some(&last), Some(&first)) = (run.first(), run.last())
            && run.len() >= 2
            && let Some(kin) = first.checked_sub(1).filter(|&j| {
                j >= w.tok_start
                    && KIN.contains(&tokens[j].folded())
                    && matches!(text[tokens[j].end..tokens[first].start].trim(), "" | ",")
            })
        {
            // (told before the relative, as the one the text is about: not `The
            // boy's father, Robert Hale, 52, said … Hale said`)
            let before = tokens[first].folded();
            let shared = tokens[..first].iter().enumerate().any(|(k, x)| {
                x.folded() == tokens[last].folded()
                    && (k.checked_sub(1)).is_none_or(|j| tokens[j].folded() != before)
            });
            if shared {
                run.retain(|&k| k != last);
                run.push(kin);
            }
        }
        run.into_iter()
    }

    /// Whether test `t` is about the earlier figure `m` itself: one of its terms
    /// covers the word that made it earlier in the six words before it in its
    /// sentence (`initially put the toll at 16` for `revising an earlier toll of
    /// 16`, `had initially proposed a fine of 35 million euros, but raised it`),
    /// or a word of the figure's own phrase after `from`, before the figure or
    /// after it to its clause's end (`down from an initial demand of $8 million`
    /// for a fact about the demand, `down from a peak of 11.1 per cent`, `down
    /// from the £183 million it had proposed`); not a word before `from`, which
    /// is the current figure's (`Oil demand, down from 101 million barrels`).
    fn earlier_named(&self, t: &Test, m: &NumberMention, w: Window) -> bool {
        let (text, tokens) = (self.a.text(), &self.a.tokens);
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let before = (m.first_token.saturating_sub(6).max(w.tok_start)..m.first_token)
            .rev()
            .take_while(|&k| !numbers::sentence_after(text, tokens, k));
        // (or an earlier forecast's word further back: `Its previous forecast,
        // published in January, had inflation falling to 24 per cent`)
        let forecast = (m.first_token.saturating_sub(14).max(w.tok_start)..m.first_token)
            .rev()
            .take_while(|&k| !numbers::sentence_after(text, tokens, k))
            .any(|k| numbers::earlier_forecast(word(k), word(k + 1)) && self.names_token(t, k, w));
        if forecast {
            return true;
        }
        let from = before
            .clone()
            .find(|&k| word(k) == "from" && k > 0 && matches!(word(k - 1), "up" | "down"));
        // (a marker after `from` when there is one: not `Oil demand, down from`)
        let marked = before.take_while(|&k| from.is_none_or(|f| k > f)).any(|k| {
            matches!(
                word(k),
                "earlier"
                    | "initial"
                    | "initially"
                    | "previous"
                    | "previously"
                    | "preliminary"
                    | "original"
                    | "originally"
            ) && self.names_token(t, k, w)
        });
        let Some(f) = from else {
            return marked;
        };
        // (the phrase after `from`: to the figure, and after it to a comma or
        // the sentence's end, at most ten words)
        let end = (m.end_token..tokens.len().min(m.end_token + 10).min(w.tok_end))
            .find(|&k| self.comma_before(k) || numbers::sentence_after(text, tokens, k - 1))
            .unwrap_or(tokens.len().min(m.end_token + 10).min(w.tok_end));
        // (by a term found only there in its sentence: not `count` of `up from
        // 8,403 people in last year's count, … since the city began its current
        // count`)
        let phrase =
            |k: usize| (f + 1..m.first_token).contains(&k) || (m.end_token..end).contains(&k);
        let sentence = self
            .a
            .sentence_at(m.first_token)
            .map_or(m.first_token..m.end_token, |s| s.tokens.clone());
        marked
            || t.all.iter().chain(&t.any).any(|id| {
                sentence
                    .clone()
                    .any(|k| phrase(k) && self.covers(*id, k, w))
                    && !sentence
                        .clone()
                        .any(|k| !phrase(k) && self.covers(*id, k, w))
            })
    }

    /// The words of the set number mention `m`'s sentence opens with, `Of the
    /// <set>,`, the mention after it (`Of the stolen cards`, `Of the 27 million EU
    /// users affected`), and whether a number is among them.
    fn opener_set(&self, m: &NumberMention) -> Option<(std::ops::Range<usize>, bool)> {
        let word = |k: usize| self.a.tokens.get(k).map_or("", |t| t.folded());
        let s = self.a.sentence_at(m.first_token)?;
        let s0 = s.tokens.start;
        if word(s0) != "of" || !matches!(word(s0 + 1), "the" | "its" | "their" | "those") {
            return None;
        }
        let comma = (s0 + 2..=m.first_token.min(s0 + 9)).find(|&k| self.comma_before(k))?;
        let tokens = &self.a.tokens;
        let numbered = !(self.a)
            .numbers_in(tokens[s0].start, tokens[comma - 1].end)
            .is_empty();
        Some((s0 + 2..comma, numbered))
    }

    /// Whether number mention `m` is a part of a set a sentence opens with, `Of the
    /// <set>,` and no number in it (`Of the Irish customers affected, about 65,000
    /// had their IBAN bank account numbers taken`), that test `t` is not about:
    /// the fact names no word of the part's own predicate after the figure, or
    /// not every name of the set (`Irish`). The part says nothing of the set's
    /// size nor of another set's.
    fn opener_part(&self, t: &Test, m: &NumberMention, w: Window) -> bool {
        let (text, tokens) = (self.a.text(), &self.a.tokens);
        let (Some((set, false)), Some(s)) = (self.opener_set(m), self.a.sentence_at(m.first_token))
        else {
            return false;
        };
        // (the figure first after the opener's comma, `about 65,000`, or one
        // with no noun of its own further on, which counts the set's: `…, and
        // around 400,000 were still valid`)
        let comma = set.end;
        let first = m.first_token <= comma + 2
            && !(comma + 1..=m.first_token).any(|k| self.comma_before(k));
        if !first && (m.counted.is_some() || m.unit.is_some()) {
            return false;
        }
        let capital = |k: usize| text[tokens[k].start..].starts_with(char::is_uppercase);
        // (a name, not a day: `Of the trucks that crossed on Sunday`)
        let unnamed_name = set.clone().any(|k| {
            capital(k)
                && !numbers::WEEKDAYS_MONTHS.contains(&tokens[k].folded())
                && !self.names_token(t, k, w)
        });
        // (its predicate to the next comma, past an aside with no verb right
        // after the figure: `Of the staff, about 300, mostly nurses, were laid
        // off`)
        let next_comma = |from: usize| {
            (from..s.tokens.end)
                .find(|&k| self.comma_before(k))
                .unwrap_or(s.tokens.end)
        };
        let mut end = next_comma(m.end_token);
        let verb = |k: usize| numbers::says_verb(tokens[k].folded());
        let mut from = m.end_token;
        for _ in 0..3 {
            if end >= s.tokens.end || (from..end).any(verb) {
                break;
            }
            from = end;
            end = next_comma(end + 1);
        }
        // (what it counts named too: `Of the dead, 71 were men` for `counts =
        // ["men"]`)
        let own_predicate = (m.end_token..end)
            .any(|k| self.names_token(t, k, w) || t.counts.iter().any(|id| self.covers(*id, k, w)));
        // (a part of a named set the fact does not name may agree with the
        // fact, never conflict: `Of the Irish customers affected, about 65,000
        // had their IBAN numbers taken` for 380,000 customers' bank details)
        let agrees = t.number.is_some_and(|q| m.quantity.satisfies(&q));
        !own_predicate || (unnamed_name && !agrees)
    }

    /// Whether number mention `m` stands in a relative clause on a name test `t`
    /// does not name, the fact naming another name before it in the sentence,
    /// no comma between: the figure is that name's (`The Kestrel breach is the largest since the
    /// 2022 attack on Paragon, which exposed the details of about 9.1 million
    /// customers` for a fact about Kestrel's breach).
    fn named_others(&self, t: &Test, m: &NumberMention, w: Window) -> bool {
        let (text, tokens) = (self.a.text(), &self.a.tokens);
        let capital = |k: usize| text[tokens[k].start..].starts_with(char::is_uppercase);
        let Some(s) = self.a.sentence_at(m.first_token) else {
            return false;
        };
        let Some(r) = (m.first_token.saturating_sub(10).max(s.tokens.start + 1)..m.first_token)
            .rev()
            .find(|&k| matches!(tokens[k].folded(), "which" | "who"))
        else {
            return false;
        };
        let name = r - 1;
        // (the whole capitalised run: `Kestrel Bank, which`)
        let mut run = name;
        while run > s.tokens.start && capital(run - 1) && !self.comma_before(run) {
            run -= 1;
        }
        // (a verb between the fact's name and the other: `The Kestrel breach is
        // the largest since the 2022 attack on Paragon, which`; not one noun
        // phrase, `Tesla boss Musk, who`, nor a place after its noun, `Police in
        // Leeds, who`)
        let verb = |k: usize| {
            let x = tokens[k].folded();
            text::AUXILIARIES.contains(&x) || text::past_form(x, 3)
        };
        self.comma_before(r)
            && capital(name)
            && (run..=name).all(|k| !self.names_token(t, k, w))
            && (r + 1..=m.first_token).all(|k| !self.comma_before(k))
            && (s.tokens.start..run)
                .rev()
                .find(|&k| capital(k) && self.names_token(t, k, w))
                // (in the same stretch, no comma between: not an aside on the
                // fact's name, `Hollins Cross, on the edge of Kelsborough, which`)
                .is_some_and(|k| {
                    (k + 1..=run).all(|j| !self.comma_before(j)) && (k + 1..run).any(verb)
                })
            && (r + 1..s.tokens.end).all(|k| !capital(k) || !self.names_token(t, k, w))
    }

    /// Whether number mention `m` measures something other than what test `t`
    /// names, in both readings of [`Self::counting_read`]: a pair of kinds of
    /// which the fact names one ([`Self::one_of_pair`]), another source's estimate
    /// ([`Self::others_estimate`]), or a part the fact does not name
    /// ([`Self::part_measure`]).
    fn figure_of_another(&self, t: &Test, m: &NumberMention, w: Window) -> bool {
        self.one_of_pair(t, m, w) || self.others_estimate(t, m, w) || self.part_measure(t, m, w)
    }

    /// Whether number mention `m` measures a part of what test `t` names, which the
    /// fact does not name: a trade flow's subject narrowed to a partner or a
    /// product ("Exports to Dorvania climbed 14.1%", "Exports of cars and car
    /// parts rose 11.4 per cent", "Steel exports to Veskia are worth about $4.2
    /// billion a year" for a fact about all exports: the fact names the flow's
    /// noun and none of the words after its `to`, `from`, `with` or `of`), or a
    /// sentence opening with what it leaves out ("Stripping out energy, the
    /// deficit was just 9.8 billion crowns", "Excluding food and energy, prices
    /// rose 2.1%", for a fact naming none of it). The figure is the part's, no
    /// evidence on the whole either way.
    fn part_measure(&self, t: &Test, m: &NumberMention, w: Window) -> bool {
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let Some(s) = self.a.sentence_at(m.first_token) else {
            return false;
        };
        let first = s.tokens.start;
        // (`Excluding food and energy,`, `Stripping out energy,`)
        // (not `Not counting on a quick deal`; and for the clause it opens only,
        // not one after `while` or `but`)
        let opener = match (word(first), word(first + 1)) {
            ("excluding", _) => Some(first + 1),
            ("stripping", "out") => Some(first + 2),
            ("not", "counting") if word(first + 2) != "on" => Some(first + 2),
            _ => None,
        };
        if let Some(from) = opener
            && let Some(comma) = (from + 1..m.first_token).find(|&k| self.comma_before(k))
            && !(comma..m.first_token).any(|k| matches!(word(k), "while" | "but" | "whereas"))
        {
            return !(first..comma).any(|k| self.names_token(t, k, w));
        }
        // the figure's verb right before it, only qualifiers between
        let verb = (m.first_token.saturating_sub(4).max(first)..m.first_token)
            .rev()
            .find(|&k| {
                matches!(
                    word(k),
                    "rose"
                        | "fell"
                        | "climbed"
                        | "jumped"
                        | "dropped"
                        | "declined"
                        | "increased"
                        | "decreased"
                        | "grew"
                        | "slid"
                        | "surged"
                        | "slumped"
                        | "reached"
                        | "totaled"
                        | "totalled"
                        | "stood"
                        | "was"
                        | "were"
                        | "are"
                        | "is"
                        | "narrowed"
                        | "widened"
                        | "shrank"
                        | "plunged"
                        | "soared"
                        | "tumbled"
                )
            });
        let Some(v) = verb.filter(|&v| {
            (v + 1..m.first_token).all(|k| {
                matches!(
                    word(k),
                    "by" | "to"
                        | "about"
                        | "around"
                        | "nearly"
                        | "almost"
                        | "some"
                        | "roughly"
                        | "just"
                        | "worth"
                        | "only"
                        | "a"
                        | "an"
                        | "further"
                        | "another"
                )
            })
        }) else {
            return false;
        };
        // the subject: back to a comma or a joining word (not `and` inside it,
        // `Exports of cars and car parts`)
        // (past an aside closed right before the verb: `Exports of cars and car
        // parts, Veskia's largest export category, rose`)
        let end = if self.comma_before(v) {
            (first + 1..v)
                .rev()
                .find(|&k| self.comma_before(k))
                .unwrap_or(v)
        } else {
            v
        };
        let mut start = end;
        while start > first
            && !(start < end && self.comma_before(start))
            && !matches!(word(start - 1), "but" | "while" | "whereas")
        {
            start -= 1;
        }
        let v = end;
        let Some(h) = (start..v).find(|&k| {
            matches!(
                word(k),
                "exports" | "imports" | "shipments" | "sales" | "deficit" | "surplus" | "trade"
            )
        }) else {
            return false;
        };
        let capital = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|x| text[x.start..].starts_with(char::is_uppercase))
        };
        let narrowed = (h + 1..v).find(|&p| match word(p) {
            // (a partner, not a period: `Sales in the year to March`)
            "to" | "from" | "with" => {
                let period = |k: usize| {
                    numbers::WEEKDAYS_MONTHS.contains(&word(k))
                        || matches!(word(k), "christmas" | "easter")
                };
                (capital(p + 1) && !period(p + 1) && !period(p + 2))
                    || (word(p + 1) == "the" && capital(p + 2))
            }
            "of" => tokens.get(p + 1).is_some_and(|x| {
                text[x.start..].starts_with(char::is_lowercase)
                    && !matches!(
                        x.folded(),
                        "goods" | "services" | "merchandise" | "the" | "all" | "total"
                    )
            }),
            _ => false,
        });
        // (or another flow than the fact's: `imports from Dorvania rose 3.4%` for
        // a fact about exports)
        let flow = |k: usize| {
            matches!(
                word(k),
                "exports" | "imports" | "shipments" | "sales" | "deficit" | "surplus"
            )
        };
        let other_flow = flow(h)
            && !(start..v).any(|k| self.names_token(t, k, w))
            && (w.tok_start..w.tok_end)
                .any(|k| flow(k) && word(k) != word(h) && self.names_token(t, k, w));
        other_flow
            || narrowed.is_some_and(|p| {
                self.names_token(t, h, w) && !(p + 1..v).any(|k| self.names_token(t, k, w))
            })
    }

    /// Whether number mention `m` is one source's estimate in a sentence that
    /// gives another source's too, and test `t` names only the other: "Police put
    /// the crowd at 20,000, while organisers said 100,000 people took part",
    /// "About 20,000 people marched, according to police, although organisers
    /// claimed 100,000". A fact about what police said takes the police's figure
    /// only; a fact naming neither source reads both.
    fn others_estimate(&self, t: &Test, m: &NumberMention, w: Window) -> bool {
        let Some(own) = self.estimate_source(m) else {
            return false;
        };
        if own.clone().any(|k| self.names_token(t, k, w)) {
            return false;
        }
        let sentence = self.a.sentence_at(m.first_token).map(|s| s.tokens.clone());

        self.a.numbers_in(w.start, w.end).iter().any(|o| {
            o.first_token != m.first_token
                && sentence
                    .as_ref()
                    .is_some_and(|s| s.contains(&o.first_token))
                && self.estimate_source(o).is_some_and(|src| {
                    src != own
                        && (src.clone()).all(|k| !own.contains(&k))
                        && src.clone().any(|k| self.names_token(t, k, w))
                })
        })
    }

    /// The words of the source number mention `m` is told by in its clause (its
    /// sentence's stretch between contrasting joins, `while`, `whereas`, `but`,
    /// `although`): after `according to`, to a comma (at most five words), or
    /// the subject of a verb of saying or estimating before it, the words after
    /// the last comma right before the verb (at most four, no pronoun alone and
    /// no figure: `organisers said`, `police estimated`, `the interior ministry
    /// put`).
    fn estimate_source(&self, m: &NumberMention) -> Option<std::ops::Range<usize>> {
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let s = self.a.sentence_at(m.first_token)?.tokens.clone();
        let joins = |k: &usize| {
            matches!(
                word(*k),
                "while" | "whereas" | "but" | "although" | "though"
            )
        };
        let lo = (s.start..m.first_token)
            .rev()
            .find(joins)
            .map_or(s.start, |k| k + 1);
        let hi = (m.end_token..s.end).find(joins).unwrap_or(s.end);
        if let Some(a) = (lo..hi).find(|&k| word(k) == "according" && word(k + 1) == "to") {
            let from = a + 2;
            let to = (from..hi.min(from + 5))
                .find(|&k| k > from && self.comma_before(k))
                .unwrap_or(hi.min(from + 5));
            return (to > from).then_some(from..to);
        }
        let v = (lo..m.first_token).rev().find(|&k| {
            matches!(
                word(k),
                "said"
                    | "says"
                    | "claimed"
                    | "estimated"
                    | "put"
                    | "puts"
                    | "counted"
                    | "reported"
                    | "insisted"
                    | "insists"
            )
        })?;
        // (the figure close after the verb, in its phrase, its first: `said
        // 100,000`, `put the crowd at 20,000`, `estimated that 20,000 people`;
        // not `said 100,000 people marched and 500 police officers were on duty`)
        if m.first_token > v + 6
            || (v + 1..=m.first_token).any(|k| self.comma_before(k))
            || (self.a.numbers_in(tokens[v].end, m.start))
                .iter()
                .any(|n| n.kind != Kind::Year)
        {
            return None;
        }
        let from = (lo.max(v.saturating_sub(4))..v)
            .rev()
            .find(|&k| self.comma_before(k) || matches!(word(k), "and" | "that"))
            .map_or(lo.max(v.saturating_sub(4)), |k| {
                if self.comma_before(k) { k } else { k + 1 }
            });
        let pronoun = v == from + 1
            && matches!(
                word(from),
                "he" | "she" | "they" | "it" | "we" | "i" | "who" | "which"
            );
        // (a figure is no source: not `attacks reported`, `612 breach reports`)
        let figure = (self.a.numbers_in(tokens[from].start, tokens[v].start))
            .iter()
            .any(|n| n.kind != Kind::Year);
        (v > from && !pronoun && !figure).then_some(from..v)
    }

    /// Whether number mention `m` counts a pair of kinds (`6.3 million current and
    /// former customers`) of which test `t` names one and not the other: the
    /// figure is both kinds', not the one the fact is about.
    fn one_of_pair(&self, t: &Test, m: &NumberMention, w: Window) -> bool {
        let Some(c) = m.counted else {
            return false;
        };
        let word = |k: usize| self.a.tokens.get(k).map_or("", |t| t.folded());
        // (named as a kind of what is counted: by a term that covers the counted
        // noun too, `former customers`, or by `counts`; not `former` of `the
        // former minister`)
        let named = |k: usize| {
            t.all
                .iter()
                .chain(&t.any)
                .any(|id| self.covers(*id, k, w) && self.covers(*id, c, w))
                || t.counts.iter().any(|id| self.covers(*id, k, w))
        };
        (m.end_token + 1..c).any(|k| {
            matches!(word(k), "and" | "or")
                && numbers::COORDINATED.contains(&word(k - 1))
                && numbers::COORDINATED.contains(&word(k + 1))
                && named(k - 1) != named(k + 1)
        })
    }

    /// Whether date mention `m` dates an earlier occurrence of the act: `previously`
    /// or `formerly`, or `earlier` before a verb, in the five words before it (`the
    /// refinery was previously hit on Oct. 3`, `had earlier met on Monday`). The
    /// fact's date may be another time the act happened.
    fn earlier_occurrence(&self, m: &DateMention) -> bool {
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let at = tokens.partition_point(|t| t.start < m.start);
        let mut k = at;
        while k > 0 && at - k < 5 {
            k -= 1;
            if numbers::sentence_after(text, tokens, k) {
                return false;
            }
            match tokens[k].folded() {
                "previously" | "formerly" => return true,
                "earlier" if k + 1 < at && numbers::verb_shaped(tokens[k + 1].folded()) => {
                    return true;
                }
                _ => {}
            }
        }
        false
    }

    /// A running total told after the count it adds (`Five more people died
    /// overnight, bringing the death toll from the crash to 23`; `raising`,
    /// `taking`, `pushing`, `lifting` too) in window `w`: the token of its
    /// participle, and whether every term of test `t` stands before it (`all`, and
    /// an `any` term if it has some). Then the fact is about the count added
    /// (`died overnight`: five), else about the total (`the crash`: 23).
    fn running_total(
        &self,
        t: &Test,
        w: Window,
        mentions: &[NumberMention],
    ) -> Option<(usize, bool)> {
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let end = w.tok_end.min(tokens.len());
        // (a count before and a total after: two mentions at least)
        if mentions.len() < 2 {
            return None;
        }
        let count = |m: &NumberMention| m.kind == Kind::Count;
        let at = (w.tok_start..end).find(|&k| {
            matches!(
                word(k),
                "bringing" | "raising" | "taking" | "pushing" | "lifting"
            ) && mentions.iter().any(|m| m.end_token <= k && count(m))
                && (k + 1..end.min(k + 16)).any(|j| {
                    word(j) == "to"
                        && mentions
                            .iter()
                            .any(|m| count(m) && m.first_token > j && m.first_token <= j + 3)
                })
        })?;
        let before = |id: &TermId| self.occurrences_in(*id, w).any(|o| o.1 <= at);
        let all_before = t.all.iter().all(before) && (t.any.is_empty() || t.any.iter().any(before));
        Some((at, all_before))
    }

    /// The starts of the date mentions of window `w` that stand right after each
    /// occurrence of an act of test `t` (`broke out late on Sunday`, `returned
    /// late on Friday`, `struck on Monday and Tuesday`): only setting words
    /// between (`on`, `late`, `early`, `overnight`, …), the first mention after it
    /// of the precision of `spec`, and the mentions listed after that one (`and`,
    /// `or`, `to`, `on`, `-`). `None` when some occurrence has none: every mention
    /// of the window may then date the act.
    fn dates_right_after_act(
        &self,
        t: &Test,
        w: Window,
        mentions: &[DateMention],
        spec: DateSpec,
    ) -> Option<Vec<usize>> {
        if mentions.is_empty() {
            return None;
        }
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let setting = |gap: &str| {
            gap.split_whitespace().all(|x| {
                matches!(
                    x.to_lowercase().as_str(),
                    "on" | "late" | "early" | "in" | "at" | "overnight" | "this" | "last" | "from"
                )
            }) && !gap.contains(['.', ',', ';', ':', '(', ')', '\n'])
        };
        let listed = |gap: &str| {
            gap.split_whitespace()
                .all(|x| matches!(x.to_lowercase().as_str(), "and" | "or" | "to" | "on" | "-"))
        };
        let mut own: Vec<usize> = Vec::new();
        // (every occurrence of the act has its own: `returned on Monday the
        // remains of one hostage and returned two more bodies on Tuesday` leaves
        // Tuesday to the second)
        for &(_, end) in self.act_occurrences(t, w) {
            let after = end
                .checked_sub(1)
                .and_then(|k| tokens.get(k))
                .map(|t| t.end)?;
            let first = mentions.partition_point(|m| m.start < after);
            let m = mentions.get(first)?;
            // (of the fact's precision: `held in December` says nothing of the day)
            if !text.get(after..m.start).is_some_and(setting) || spec.compare(m).is_none() {
                return None;
            }
            own.push(m.start);
            let mut last = m.end;
            for n in &mentions[first + 1..] {
                if !text.get(last..n.start).is_some_and(listed) {
                    break;
                }
                own.push(n.start);
                last = n.end;
            }
        }
        (!own.is_empty()).then_some(own)
    }

    /// The date mentions of window `w` that date test `t`'s act (see
    /// [`Self::act_apart`]), each compared with `spec`; those of another precision
    /// left out. The day a plan was moved from ([`Self::moved_from`]) is a
    /// conflict even when it equals `spec`.
    fn dates_compared(
        &self,
        t: &Test,
        w: Window,
        spec: DateSpec,
    ) -> impl Iterator<Item = (&DateMention, DateMatch)> {
        let mentions = self.a.dates_in(w.start, w.end);
        let apart = if mentions.is_empty() {
            None
        } else {
            self.act_apart(t, w)
        };
        // (the dates right after an act of the fact are its own: the others
        // date other acts, `A fire that broke out late on Sunday … was brought
        // under control early Monday`)
        let right_after = self.dates_right_after_act(t, w, mentions, spec);
        // (whether each mention dates the act's own part of the window)
        let own_part: Vec<bool> = (mentions.iter())
            .map(|m| {
                apart
                    .as_ref()
                    .is_none_or(|a| a.subs.iter().any(|s| s.0.contains(&m.start)) == a.inside)
            })
            .collect();
        mentions
            .iter()
            .filter(move |m| {
                right_after
                    .as_ref()
                    .is_none_or(|own| own.contains(&m.start))
            })
            .filter_map(move |m| {
                let c = spec.compare(m)?;
                let Some(apart) = &apart else {
                    return Some((m, c));
                };
                let sub = apart.subs.iter().position(|s| s.0.contains(&m.start));
                if sub.is_some() == apart.inside
                    || (sub.is_none() && apart.when.as_ref().is_some_and(|s| s.contains(&m.start)))
                {
                    return Some((m, c));
                }
                // a date of the other act in a clause of time bounds the act of the
                // sentence: `sank it after attacking it on Monday and Tuesday` (not
                // before Monday), `left before the vote on Friday` (not after
                // Friday). (Not the other way: the act inside the clause is often
                // another's, `after its committee approved the draft`.)
                let conflict = match sub.map_or(Order::Same, |i| apart.subs[i].1) {
                    Order::After => c == DateMatch::Different && before(spec, m),
                    Order::Before => c == DateMatch::Different && !before(spec, m),
                    Order::Same => false,
                    // (the act outside a clause of `when` took place then: its
                    // date is the act's)
                    Order::When => return (!apart.inside).then_some((m, c)),
                };
                conflict.then_some((m, DateMatch::Different))
            })
            // (a day after `by` bounds the act, `must present its budget by Oct.
            // 13`, `had left by Monday`: it is no day of the act, and conflicts
            // only with a day after it; not the day of an end, `Campaigns must end
            // by 25-11-2025`, nor for a fact that names the duty, `must present`)
            .filter(move |(m, c)| {
                !self.by_bound(t, w, m) || (*c == DateMatch::Different && !before(spec, m))
            })
            // (the day a plan was set for before it was moved is not its day, and
            // tells nothing of another day: `had been due to vote on March 26 but
            // delayed the vote by two weeks` for a vote on April 9)
            .filter_map(move |(m, c)| match c {
                DateMatch::Equal if self.moved_from(t, w, m) || self.delayed_plan_day(t, w, m) => {
                    Some((m, DateMatch::Different))
                }
                DateMatch::Different if self.delayed_plan_day(t, w, m) => None,
                _ => Some((m, c)),
            })
            .filter(move |(m, c)| {
                // (a date of another, earlier occurrence may agree, never conflict)
                if *c != DateMatch::Equal && self.earlier_occurrence(m) {
                    return false;
                }
                if self.offset_anchor(t, w, mentions, m) || self.since_when_other(t, w, m) {
                    return false;
                }
                // (the own time of a figure the sentence replaces, `up from 14 on
                // Sunday`, dates that figure only: for a fact with a number, only
                // when the figure satisfies it)
                if self.then_time_of_other(t, m) {
                    return false;
                }
                // (the day a plan is moved to may be the fact's, `moved to December
                // 22`, but is no conflict for the day of the moving)
                if *c != DateMatch::Equal && self.moved_to(t, w, m) {
                    return false;
                }
                // (nor the end of a state, `would remain closed until at least
                // March 31`, for the day it began)
                if *c != DateMatch::Equal && self.state_until(t, w, m) {
                    return false;
                }
                if !self.dates_saying(t, w, m) {
                    return true;
                }
                // (nor the day of an act it tells ahead: `Aoun said Friday the
                // talks would resume soon`)
                if self.told_ahead_after(t, w, m) {
                    return false;
                }
                // a saying's date is not the act's when the act has a date of its
                // own (`said on Tuesday it had struck a depot on Sunday`, `was
                // received last Friday, the president's office confirmed on
                // Monday`), nor, when it tells an act already done, is it a
                // conflict for an earlier date of the act
                let own_date = mentions.iter().zip(&own_part).any(|(o, own)| {
                    o.start != m.start
                        && spec.compare(o).is_some()
                        && *own
                        && !self.dates_saying(t, w, o)
                });
                !own_date && (*c == DateMatch::Equal || !(before(spec, m) && self.done_by(m)))
            })
    }

    /// Whether date mention `m` is a month (no day) after `since` that dates only the act
    /// its `when` tells (`Shares have fallen 60% since October, when the FDA
    /// halted dosing`): the fact names nothing after the `when` in its sentence,
    /// and the month only bounds the time of what it names.
    fn since_when_other(&self, t: &Test, w: Window, m: &DateMention) -> bool {
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let at = tokens.partition_point(|t| t.start < m.start);
        let next = tokens.partition_point(|t| t.start < m.end);
        if at == 0
            || m.day.is_some()
            || tokens[at - 1].folded() != "since"
            || !text[m.end..].starts_with(", when ")
        {
            return false;
        }
        let end = self.a.sentence_at(at).map_or(w.tok_end, |s| s.tokens.end);
        !(next + 1..end.min(w.tok_end)).any(|k| self.names_token(t, k, w))
    }

    /// Whether date mention `m` is only the day an offset counts from (`Sunday`
    /// in `A day after Sunday's elections, the party filed a complaint`): it
    /// dates what it names (the elections), not the act, unless the fact names
    /// that (a term in the three words after it, in its clause). Or whether `m`
    /// is an offset counted back from a day before it (no day right after it:
    /// `on Friday, a day after Salam receives Ortagus`): it dates its own clause
    /// only, unless the fact names a term in it (twelve words at most); an
    /// offset from the day right after it is no day of what that day names; and a
    /// day is no day of what comes `ahead of` it or `on the eve of` it, for a
    /// fact that names that and nothing of the clause before the day.
    fn offset_anchor(
        &self,
        t: &Test,
        w: Window,
        mentions: &[DateMention],
        m: &DateMention,
    ) -> bool {
        let text = self.a.text();
        let ends_in_after = |o: &DateMention| {
            matches!(o.basis, Basis::Offset(_))
                && text[o.start..o.end]
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|d| {
                        d.eq_ignore_ascii_case("after") || d.eq_ignore_ascii_case("before")
                    })
        };
        let right_after = |o: &DateMention, m: &DateMention| {
            o.end <= m.start && text[o.end..m.start].chars().all(char::is_whitespace)
        };
        let tokens = &self.a.tokens;
        // (a term of the fact in the words after `end`, at most `reach`, in their
        // clause)
        let clauses = self.a.clauses();
        let named_after = |end: usize, reach: usize| {
            let at = tokens.partition_point(|t| t.start < end);
            (at..w.tok_end.min(at + reach))
                .take_while(|&k| clauses.get(k) == clauses.get(at))
                .any(|k| self.names_token(t, k, w))
        };
        if mentions
            .iter()
            .any(|o| ends_in_after(o) && right_after(o, m))
        {
            return !named_after(m.end, 3);
        }
        // (an offset from the day right after it is no day of what that day
        // names: `Two days after Sunday's presidential election, authorities had
        // processed …` for a fact about the election)
        // (only an opening phrase that a comma closes: not `A day after Sunday's
        // attack the army killed its commander`)
        if ends_in_after(m)
            && let Some(o) = mentions.iter().find(|o| right_after(m, o))
        {
            let at = tokens.partition_point(|t| t.start < o.end);
            let comma = (at..w.tok_end.min(at + 6)).find(|&k| self.comma_before(k));
            return comma.is_some_and(|c| (at..c).any(|k| self.names_token(t, k, w)));
        }
        // (an offset counted back from the day before it dates the clause after
        // it: `will meet on Friday, a day after Salam receives Ortagus`)
        if ends_in_after(m) && !mentions.iter().any(|o| right_after(m, o)) {
            return !named_after(m.end, 12);
        }
        // (and the day it is counted back from dates its own clause, not what the
        // offset's clause names: `travel to West Ham on Sunday, four days after a
        // defeat by PSV` for a fact about the defeat)
        let at = tokens.partition_point(|t| t.start < m.start);
        let named_before = (at.saturating_sub(12)..at)
            .rev()
            .take_while(|&k| clauses.get(k) == clauses.get(at))
            .any(|k| k >= w.tok_start && self.names_token(t, k, w));
        // (nor what comes after it, `on the eve of` or `ahead of` it: `strikes hit
        // three villages on Saturday, on the eve of Pope Leo's arrival` for a
        // fact about the arrival)
        let next = tokens.partition_point(|t| t.start < m.end);
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let ahead = if word(next) == "ahead" && word(next + 1) == "of" {
            Some(next + 2)
        } else if word(next) == "on" && word(next + 1) == "the" && word(next + 2) == "eve" {
            (word(next + 3) == "of").then_some(next + 4)
        } else {
            None
        };
        if let Some(k) = ahead
            && (k..w.tok_end.min(k + 6)).any(|j| self.names_token(t, j, w))
            && !named_before
        {
            return true;
        }
        mentions.iter().any(|o| {
            ends_in_after(o)
                && o.start >= m.end
                && text[m.end..o.start]
                    .chars()
                    .all(|c| c.is_whitespace() || c == ',')
                && text[m.end..o.start].contains(',')
                && named_after(o.end, 12)
        }) && !named_before
    }

    /// Whether date mention `m` dates a saying: a verb of saying right before it
    /// (`said on Tuesday`, `confirmed on Monday`, `said late on Sunday night`,
    /// `said Tuesday`), which is not the fact's own act (`acknowledged on Monday
    /// that his troops had withdrawn` for a fact about the acknowledging) and
    /// whose speaker the fact does not name (`Aoun said on Thursday that talks will
    /// resume` for a fact about what Aoun said); or a participle of speaking at
    /// most eight words before it in its clause with only hearers and a place
    /// between (`Speaking to reporters in Beirut on Monday, …`), when the fact
    /// names neither it nor a word up to the sentence's saying verb.
    fn dates_saying(&self, t: &Test, w: Window, m: &DateMention) -> bool {
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let at = tokens.partition_point(|t| t.start < m.start);
        let clauses = self.a.clauses();
        // (a participle of speaking before it in its clause, with only its
        // hearers and place between: `Speaking to reporters in Beirut on
        // Monday, the minister said …`, not "spoke about the strike on
        // Saturday" for a fact about the strike)
        let speaking = (at.saturating_sub(8).max(w.tok_start)..at)
            .rev()
            .take_while(|&k| clauses.get(k) == clauses.get(at))
            .take_while(|&k| !self.names_token(t, k, w))
            .find(|&k| matches!(word(k), "speaking" | "spoke" | "talking" | "addressing"));
        // (not for a fact about the saying or the speaker after it: `Speaking on
        // Monday, Aoun said …` for `Aoun, said`)
        let said_named = || {
            let end = self
                .a
                .sentence_at(at)
                .map_or(w.tok_end, |s| s.tokens.end.min(w.tok_end));
            (at..end)
                .find(|&j| text::SAYING.contains(&word(j)))
                .is_some_and(|s| (at..=s).any(|j| self.names_token(t, j, w)))
        };
        if let Some(k) = speaking.filter(|_| !said_named()) {
            let hearers = (k + 1..at).all(|j| {
                !text::SAYING.contains(&word(j))
                    && !matches!(word(j), "about" | "of" | "on" | "that")
                    || j + 1 == at && word(j) == "on"
            });
            if hearers && !self.names_token(t, k, w) {
                return true;
            }
        }
        (at.saturating_sub(3)..at)
            .rev()
            .take_while(|&k| !numbers::sentence_after(text, tokens, k))
            .find(|&k| {
                text::SAYING.contains(&word(k))
                    || matches!(word(k), "announced" | "confirmed" | "reported")
            })
            .is_some_and(|k| {
                // (the speaker: the words before the verb in its clause, at most six)
                let speaker = (k.saturating_sub(6).max(w.tok_start)..k)
                    .filter(|&j| clauses.get(j) == clauses.get(k));
                // (only adverbs and `on`, `late`, `early` between)
                (k + 1..at)
                    .all(|j| matches!(word(j), "on" | "late" | "early" | "earlier" | "later"))
                    && !speaker.chain([k]).any(|j| self.names_token(t, j, w))
            })
    }

    /// Whether date mention `m` stands right after `by` as a bound of the act
    /// (see [`Self::dates_compared`]): not after an end (`end`, `close`,
    /// `expire`, `stop`, `finish` in any form, with at most two words between),
    /// nor when a term of the fact names a duty in the ten words before `by`
    /// (`must`, `shall`, `deadline`, `required`, `due`, `obliged`, `directed`,
    /// `ordered`, `instructed`), or the fact names none of the duty's verb (the
    /// word after `must` or `shall`, or after the `to` of the others): the day
    /// is then the deadline the fact speaks of.
    fn by_bound(&self, t: &Test, w: Window, m: &DateMention) -> bool {
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let at = tokens.partition_point(|t| t.start < m.start);
        // (not a day's own event, `overshadowed by Monday's strike`)
        let text = self.a.text();
        let possessive = ["'s", "’s"].iter().any(|p| text[m.end..].starts_with(p))
            || text[m.start..m.end].ends_with("'s")
            || text[m.start..m.end].ends_with("’s");
        if at == 0 || word(at - 1) != "by" || possessive {
            return false;
        }
        let by = at - 1;
        // (a running figure as of that day, for a fact with a number: `By Tuesday
        // evening, the fire had burned 12,000 acres`, `had burned 12,000 acres by
        // Tuesday`: the day's total; not a duty, a hope or a plan, `By Friday, the
        // city must remove 300 tents`, `had hoped to reach 10,000 families by
        // Tuesday`)
        if t.number.is_some()
            && let Some(s) = self.a.sentence_at(by)
        {
            let aim = |k: usize| {
                matches!(
                    word(k),
                    "must"
                        | "will"
                        | "would"
                        | "should"
                        | "shall"
                        | "can"
                        | "could"
                        | "may"
                        | "might"
                        | "hope"
                        | "hopes"
                        | "hoped"
                        | "hoping"
                        | "aim"
                        | "aims"
                        | "aimed"
                        | "expect"
                        | "expects"
                        | "expected"
                        | "plan"
                        | "plans"
                        | "planned"
                        | "need"
                        | "needs"
                )
            };
            let (s0, s1) = (s.tokens.start, s.tokens.end);
            let opens = by == s0;
            let pluperfect = (s0..s1)
                .any(|k| word(k) == "had" && text::past_form(word(k + 1), 3) && !aim(k + 1));
            let figure = !self.a.numbers_in(s.span.start, s.span.end).is_empty();
            if figure && (opens || pluperfect) && !(s0..s1).any(aim) {
                return false;
            }
        }
        let ends = (by.saturating_sub(3)..by).any(|k| {
            let x = word(k);
            ["end", "close", "expire", "stop", "finish"]
                .iter()
                .any(|e| x.starts_with(e) && x.len() <= e.len() + 3)
        });
        // (or of a duty whose verb the fact does not name: `must post repair
        // manuals online by March 31` for a fact about the manuals, `directed the
        // Centre to file its reply by January 6` for one about the reply)
        let duty = (by.saturating_sub(10).max(w.tok_start)..by).any(|k| {
            let x = word(k);
            if !matches!(
                x,
                "must"
                    | "shall"
                    | "deadline"
                    | "required"
                    | "due"
                    | "obliged"
                    | "directed"
                    | "ordered"
                    | "instructed"
            ) {
                return false;
            }
            // (a fact that names an order is about the ordering, which the
            // deadline does not date: `The court ordered Google to pay by March 31`)
            let order = matches!(x, "directed" | "ordered" | "instructed");
            if self.names_token(t, k, w) {
                return !order;
            }
            let first = if matches!(x, "must" | "shall") {
                Some(k + 1)
            } else {
                (k + 1..by).find(|&j| word(j) == "to").map(|j| j + 1)
            };
            // (past auxiliaries and adverbs: `must be distributed`)
            let verb = first.map(|f| {
                (f..by)
                    .find(|&j| {
                        !matches!(word(j), "be" | "been" | "have" | "also" | "now" | "still")
                    })
                    .unwrap_or(by)
            });
            verb.is_some_and(|v| v < by && !self.names_token(t, v, w))
        });
        !ends && !duty
    }

    /// Whether the fact's act after date mention `m` (a saying's) is told ahead:
    /// a word of its terms after `m` in its sentence stands at most two words
    /// after a modal (`will`, `would`, `may`, `might`, `shall`) or a
    /// plan's `to` (`expected to`, `set to`, `due to`, `plans to`), and no past
    /// form of its terms stands there without one.
    fn told_ahead_after(&self, t: &Test, w: Window, m: &DateMention) -> bool {
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let at = tokens.partition_point(|t| t.start < m.end);
        let end = self
            .a
            .sentence_at(at)
            .map_or(w.tok_end, |s| s.tokens.end.min(w.tok_end));
        let ahead = |k: usize| {
            (k.saturating_sub(3).max(at)..k).rev().any(|j| {
                // (not `could`, which is as often a past ability: `said on
                // Monday it could not confirm the strike`)
                matches!(word(j), "will" | "would" | "may" | "might" | "shall" | "ll")
                    || (word(j) == "to"
                        && j > 0
                        && matches!(
                            word(j - 1),
                            "expected" | "set" | "due" | "plans" | "planned" | "going" | "poised"
                        ))
            })
        };
        let named: Vec<usize> = (at..end).filter(|&k| self.names_token(t, k, w)).collect();
        named.iter().any(|&k| ahead(k))
            && !named.iter().any(|&k| text::names_act(word(k)) && !ahead(k))
    }

    /// Whether date mention `m` is the day a plan was set for before it was
    /// moved: after `scheduled`, `set`, `planned`, `slated`, `due` or `expected`
    /// and `for` or `to` (or `initially`, `originally`), in a sentence that then
    /// moves it (`postponed`, `moved`, `pushed`, `rescheduled`, `delayed`,
    /// `deferred` and `to`, `until`, `till` or `back`): "The runoff, which had
    /// been scheduled for Sunday, was postponed to Dec. 14", "talks, which were
    /// due to resume on Monday, have been postponed until Thursday"; or right
    /// after such a word and `from`: "pushed back from Tuesday to Friday", or
    /// after `from` with the new time first: "brought forward to April 1 from
    /// May 20"; or after `initially` or `originally`, or a plan told as past
    /// (`had been scheduled for`), with another day after it in the sentence:
    /// "originally set to launch on Wednesday, lifted off on Thursday", "which
    /// had been scheduled for 10 July, will now take place on 24 July". Not for a
    /// fact that names the plan's word (`all = ["due", "resume"]`).
    fn moved_from(&self, t: &Test, w: Window, m: &DateMention) -> bool {
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let at = tokens.partition_point(|t| t.start < m.start);
        let Some(s) = self.a.sentence_at(at) else {
            return false;
        };
        let moved = |w: &str| {
            matches!(
                w,
                "postponed"
                    | "moved"
                    | "pushed"
                    | "rescheduled"
                    | "delayed"
                    | "deferred"
                    | "slipped"
            )
        };
        // (to a time: not `the delegations moved to the capital`, `moved to
        // Terminal 2 from January 6`)
        let time = |j: usize| {
            let w = word(j);
            w.starts_with(|c: char| c.is_ascii_digit())
                || numbers::WEEKDAYS_MONTHS.contains(&w)
                || matches!(w, "next" | "later" | "mid" | "early" | "late")
        };
        // (`pushed back from Tuesday to Friday`)
        let back = |d: usize| at.checked_sub(d).map_or("", word);
        // (its object between: `pushed the opening back from December 2024`)
        // (with an object between only `pushed … back` and `brought` or `moved …
        // forward`: not `brought the route back from March 30`, a return)
        let moved_back = |d: usize| {
            moved(back(d))
                || (matches!(back(d), "back" | "forward")
                    && (moved(back(d + 1)) || back(d + 1) == "brought"))
                || (d + 2..d + 5)
                    .take_while(|&e| at >= e && !self.comma_before(at - e + 1))
                    .any(|e| match back(d) {
                        "back" => back(e) == "pushed",
                        "forward" => matches!(back(e), "brought" | "moved"),
                        _ => false,
                    })
        };
        if back(1) == "from" && moved_back(2) {
            return true;
        }
        // (its object between: `brought forward their second reading debate on the
        // Bill from 27 January to 20 January`, `moved the vote from Tuesday to
        // Thursday`; a new time after it)
        // (a move, not a span: not `delayed flights from Friday until Sunday`, `put
        // the plan out to consultation from 1 April to 15 May`)
        let end_tok = tokens.partition_point(|t| t.start < m.end);
        let shifts = |w: &str| matches!(w, "postponed" | "moved" | "rescheduled" | "shifted");
        if back(1) == "from"
            && word(end_tok) == "to"
            && time(end_tok + 1)
            && (3..12).any(|d| {
                at.checked_sub(d).is_some_and(|i| i >= s.tokens.start)
                    && (shifts(back(d))
                        || (matches!(back(d), "brought" | "pushed")
                            && (at - d + 1..at - 1).any(|j| matches!(word(j), "forward" | "back"))))
                    && (at - d + 1..at - 1)
                        .all(|j| !self.comma_before(j) && !text::names_act(word(j)))
            })
        {
            return true;
        }
        // (the new time first: `brought forward to April 1 from May 20`,
        // `postponed until Thursday from Tuesday`)
        if back(1) == "from"
            && (3..10).any(|d| {
                matches!(back(d), "to" | "until" | "till")
                    && moved_back(d + 1)
                    && at
                        .checked_sub(d)
                        .is_some_and(|i| i >= s.tokens.start && time(i + 1))
            })
        {
            return true;
        }
        // (`were due to resume on Monday, have been postponed until Thursday`)
        // (not for a fact about the plan: `was due to resume on Monday` for
        // `all = ["due", "resume"]`)
        let near = at.saturating_sub(6).max(s.tokens.start)..at;
        let plan_at = |k: usize| plan_word(word(k));
        let first_set =
            |k: usize| matches!(word(k), "initially" | "originally") && !self.names_token(t, k, w);
        // (a fact naming the plan's word is about the plan: `was originally due
        // to open in May 2024` for `all = ["due to open"]`)
        // (not when that word tells the new plan too: `initially set for May 12,
        // is now set for June 2` for a fact about what it is set for)
        let named_plan = near.clone().any(|k| {
            plan_at(k)
                && self.names_token(t, k, w)
                && !(at + 1..s.tokens.end).any(|j| word(j) == word(k))
        });
        let plan = !named_plan
            && near
                .clone()
                .any(|k| first_set(k) || (plan_at(k) && matches!(word(k + 1), "for" | "to")));
        // (a day first set, and another after it in the sentence: `originally set
        // to launch on Wednesday, lifted off on Thursday`)
        // (with a word of a plan: not `The fire initially broke out on Monday and
        // was contained on Wednesday`)
        // (or a plan told as past: `which had been scheduled for 10 July, will now
        // take place on 24 July`)
        let pluperfect = |k: usize| {
            plan_at(k)
                && k >= 2
                && word(k - 1) == "been"
                && word(k - 2) == "had"
                && !self.names_token(t, k, w)
        };
        let first = !named_plan && near.clone().any(first_set) && near.clone().any(plan_at);
        let told_past = near.into_iter().any(pluperfect);
        let end = tokens
            .get(s.tokens.end.saturating_sub(1))
            .map_or(m.end, |t| t.end);
        // (a plan told as past, only with a word of the new time between: `will
        // now take place on 24 July`; not `went ahead despite the strike, the union
        // said on 12 July`)
        let anew = |d: &DateMention| {
            let from = tokens.partition_point(|t| t.start < m.end);
            let to = tokens.partition_point(|t| t.start < d.start);
            (from..to).any(|k| {
                matches!(
                    word(k),
                    "now" | "instead" | "will" | "moved" | "adjourned" | "continued" | "brought"
                ) || moved(word(k))
            })
        };
        if (first || told_past)
            && (self.a.dates_in(m.end, end).iter()).any(|d| {
                d.basis != Basis::Dateline
                    && (d.year, d.month, d.day) != (m.year, m.month, m.day)
                    && (first || anew(d))
            })
        {
            return true;
        }
        // (or a plan told as past, then delayed by a time: `had been due to vote on
        // the budget on March 26 but delayed the vote by two weeks`)
        if self.delayed_plan_day(t, w, m) {
            return true;
        }
        // (`put back`, a plan's: not the clocks' `put back by one hour`)
        let put_back = |k: usize| word(k) == "put" && word(k + 1) == "back";
        plan && (at + 1..s.tokens.end).any(|k| {
            (moved(word(k)) || put_back(k))
                && (k + 1..k + 4).any(|j| {
                    word(j) == "back" || (matches!(word(j), "to" | "until" | "till") && time(j + 1))
                })
                && !(put_back(k)
                    && (matches!(word(k + 2), "by" | "one" | "an" | "a" | "two")
                        || word(k + 2).starts_with(|c: char| c.is_ascii_digit())))
        })
    }

    /// Whether date mention `m` is a plan's day told as past (`had been due to`,
    /// `were due to`, `had initially planned to`) and delayed by a time after it
    /// ([`Self::delayed_by_time`]: `but deferred it by two months`) or replaced
    /// by another day after `instead` (`were due to apply from Jan. 1, 2027,
    /// would instead apply from Jan. 1, 2028`), and the fact names no plan's
    /// word.
    fn delayed_plan_day(&self, t: &Test, w: Window, m: &DateMention) -> bool {
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let at = tokens.partition_point(|t| t.start < m.start);
        let Some(s) = self.a.sentence_at(at) else {
            return false;
        };
        let told_past = |k: usize| {
            let mut b = k;
            while b > s.tokens.start && text::inner_adverb(word(b - 1)) {
                b -= 1;
            }
            (b >= 2 && word(b - 1) == "been" && word(b - 2) == "had")
                || (b >= 1 && matches!(word(b - 1), "were" | "was"))
                || (b >= 1 && word(b - 1) == "had" && word(k) == "planned")
        };
        let instead = || {
            let dates = self.a.dates_in(w.start, w.end);
            (at + 1..s.tokens.end).any(|k| {
                word(k) == "instead"
                    && dates
                        .iter()
                        .any(|o| o.start > tokens[k].start && o.end <= s.span.end)
            })
        };
        (at.saturating_sub(8).max(s.tokens.start)..at)
            .any(|k| plan_word(word(k)) && told_past(k) && !self.names_token(t, k, w))
            && (self.delayed_by_time(at, s.tokens.end) || instead())
    }

    /// Whether a plan's day at token `at` is delayed by a time of days or more
    /// later in its sentence (ending at `end`): `had been due to vote on the budget
    /// on March 26 but delayed the vote by two weeks`. Its new day is not told.
    fn delayed_by_time(&self, at: usize, end: usize) -> bool {
        let word = |k: usize| self.a.tokens.get(k).map_or("", |t| t.folded());
        (at + 1..end).any(|k| {
            matches!(word(k), "delayed" | "deferred" | "postponed")
                && (k + 1..(k + 6).min(end))
                    .any(|j| word(j) == "by" && text::negation::DAYS_OR_MORE.contains(&word(j + 2)))
        })
    }

    /// Whether date mention `m` ends a state after `until`, `till` or `through`
    /// (`at least` between): `would remain closed until at least March 31`, `stays
    /// shut until Friday`, `was closed until March 31` — a form of `remain` or
    /// `stay` in the three words before, or a state's participle right before.
    fn state_until(&self, t: &Test, w: Window, m: &DateMention) -> bool {
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let at = tokens.partition_point(|t| t.start < m.start);
        let mut k = at;
        if k >= 2 && word(k - 1) == "least" && word(k - 2) == "at" {
            k -= 2;
        }
        let Some(u) = k.checked_sub(1) else {
            return false;
        };
        if !matches!(word(u), "until" | "till" | "through") {
            return false;
        }
        let state = |j: usize| {
            matches!(
                word(j),
                "remain"
                    | "remains"
                    | "remained"
                    | "remaining"
                    | "stay"
                    | "stays"
                    | "stayed"
                    | "staying"
            )
        };
        // (not for a fact about the end, naming `until` or the staying)
        let named = |j: usize| self.names_token(t, j, w);
        !named(u)
            && !(u.saturating_sub(3)..u).any(|j| state(j) && named(j))
            && ((u >= 1 && matches!(word(u - 1), "closed" | "shut" | "suspended"))
                || (u.saturating_sub(3)..u).any(state))
    }

    /// Whether date mention `m` is the day a plan is moved to, after `to`,
    /// `until` or `till`, by a verb of moving the fact names up to five words
    /// before (`deferred the hearing till January 13`, `was postponed until
    /// Friday`, `put it back to March`): the day of the plan, not of the moving,
    /// so no conflict with a day of the moving.
    fn moved_to(&self, t: &Test, w: Window, m: &DateMention) -> bool {
        let tokens = &self.a.tokens;
        let at = tokens.partition_point(|t| t.start < m.start);
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        at >= 2
            && matches!(word(at - 1), "to" | "until" | "till")
            && (at.saturating_sub(6)..at - 1).any(|k| {
                (text::dates::MOVED.contains(&word(k))
                    || matches!(word(k), "continued" | "put" | "brought"))
                    && self.names_token(t, k, w)
            })
    }

    /// Whether the saying that date mention `m` dates ([`Self::dates_saying`])
    /// tells an act already done at the time (the past perfect, `had` and a
    /// participle within a few words after it): `said on Tuesday it had attacked
    /// and sunk the ship`, `announced Friday that its forces had struck`. The act
    /// happened on that day or before it, so an earlier date of it is no conflict.
    /// So too a perfect or a past verb told before the saying in its sentence:
    /// "The death toll from the raid has risen to 13, the ministry said on
    /// Wednesday", "Floods killed more than 200 people, an official said on
    /// Saturday".
    fn done_by(&self, m: &DateMention) -> bool {
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let perfect = |k: usize, have: &[&str]| {
            have.contains(&word(k))
                && numbers::verb_shaped(word(k + 1))
                && !matches!(word(k + 1), "being")
        };
        let end = tokens.partition_point(|t| t.start < m.end);
        let start = tokens.partition_point(|t| t.start < m.start);
        let first = self.a.sentence_at(start).map_or(start, |s| s.tokens.start);
        // (in the clause the saying tells: not another's before a `but`)
        let first = (first..start)
            .rev()
            .find(|&k| {
                matches!(word(k), "but" | "while" | "whereas" | "although" | "though")
                    || (k > first && text[tokens[k - 1].end..tokens[k].start].contains(';'))
            })
            .map_or(first, |k| k + 1);
        // (or a verb in the past before the saying, in its clause: `Floods killed
        // more than 200 people, an official said on Saturday`; not a participle
        // after `be` or a determiner, `were wounded`, `the injured`)
        let past = |k: usize| {
            let w = word(k);
            text::names_act(w)
                && !text::SAYING.contains(&w)
                && !matches!(w, "was" | "were" | "had" | "did")
                && k > 0
                && !text::AUXILIARIES.contains(&word(k - 1))
                && !matches!(
                    word(k - 1),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her"
                )
                && text[tokens[k].start..].starts_with(char::is_lowercase)
        };
        (end..end + 6)
            .take_while(|&k| k == end || !numbers::sentence_after(text, tokens, k - 1))
            .any(|k| perfect(k, &["had", "hadn't"]))
            || (first..start).any(|k| perfect(k, &["has", "have", "had"]) || past(k))
    }

    /// Where test `t`'s act stands in window `w` when a clause of time (`after`,
    /// `before`, `when`, `while` and a clause with a verb) sets one act beside
    /// another: those clauses (byte ranges, to the end of each clause) and whether
    /// every occurrence of the fact's act ([`Self::names_an_act`]) is inside one
    /// (`true`) or every one outside (`false`). A date then dates only the act of
    /// its own part: in "Parliament started the debate on Tuesday, after its
    /// committee approved the draft" Tuesday is not when the draft was approved.
    /// Besides clauses of time: an aside between a subject and its verb, a
    /// relative clause after a comma with a date of its own, a dated second
    /// clause after `, and`; a clause of time starts at an offset that ends in its
    /// word (`a day after the RSF claimed control`). A fact that names no act is
    /// placed by its terms instead, and then a `when`/`while` clause is the same
    /// time, and an aside or relative clause right after a term tells of it.
    /// `None` when the window has no such clause, the fact has no term in it, or
    /// its act stands on both sides.
    fn act_apart(&self, t: &Test, w: Window) -> Option<Apart> {
        let tokens = &self.a.tokens;
        // where the fact's act stands (only a fact that names an act: most do not,
        // and the window is not read)
        // (as a verb in the text: not the noun `strikes` for the term `struck`)
        let mut acts: Vec<usize> = self
            .act_occurrences(t, w)
            .filter(|o| verb_in_text(tokens[o.0].folded()))
            .map(|o| tokens[o.0].start)
            .collect();
        // (a fact that names no act: where its terms stand; then a clause of the
        // same time, `when`, `while`, dates its act too, and an aside or a
        // relative clause right after a term tells of what the term names: "The
        // Cop30 summit in Belém, which was scheduled to run from 10 to 21
        // November, ended on Saturday")
        let nouns = acts.is_empty();
        if nouns {
            acts = (t.all.iter().chain(&t.any))
                .flat_map(|id| self.occurrences_in(*id, w))
                .map(|o| tokens[o.0].start)
                .collect();
        }
        if acts.is_empty() {
            return None;
        }
        let after_term =
            |k: usize| nouns && (k.saturating_sub(5)..k).any(|j| self.names_token(t, j, w));
        let clauses = self.a.clauses();
        let mut subs = Vec::new();
        for k in w.tok_start..w.tok_end.min(tokens.len()) {
            if !matches!(tokens[k].folded(), "after" | "before" | "when" | "while")
                || (nouns && matches!(tokens[k].folded(), "when" | "while"))
            {
                continue;
            }
            // (`took place on Saturday, when 84 prisoners were freed`: the time
            // before it)
            if tokens[k].folded() == "when" && self.comma_before(k) {
                continue;
            }
            // (nor a time of day or a day, not a possessive, right after `after`
            // or `before`: the verb after it is the sentence's next, `broke out
            // shortly before midnight on Saturday and was brought under control on
            // Sunday`; not `after Sunday's vote was annulled`)
            let next = tokens.get(k + 1).map_or("", |t| t.folded());
            let possessive = tokens
                .get(k + 1)
                .is_some_and(|t| text::fold::is_possessive(&self.a.text()[t.start..t.end]));
            if !possessive
                && matches!(tokens[k].folded(), "after" | "before")
                && (matches!(
                    next,
                    "midnight"
                        | "noon"
                        | "midday"
                        | "dawn"
                        | "dusk"
                        | "daybreak"
                        | "sunrise"
                        | "sunset"
                        | "nightfall"
                ) || numbers::WEEKDAYS_MONTHS.contains(&next))
            {
                continue;
            }
            // (a relative `when` after a noun of time tells of that time, not of
            // the act: `recalled the night when Israeli jets struck the airport`;
            // a clause of its own)
            let relative_when = tokens[k].folded() == "when"
                && k > 0
                && matches!(
                    tokens[k - 1].folded(),
                    "night"
                        | "day"
                        | "days"
                        | "moment"
                        | "time"
                        | "times"
                        | "year"
                        | "years"
                        | "week"
                        | "month"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "hour"
                        | "date"
                        | "era"
                        | "period"
                        | "age"
                        | "season"
                );
            let own = clauses.get(k);
            let end = (k + 1..w.tok_end.min(tokens.len()))
                .find(|&j| clauses.get(j) != own)
                .unwrap_or(w.tok_end.min(tokens.len()));
            // (a clause, with a verb: not `after midnight on Monday`, nor a noun
            // after a determiner, `after the fall of Assad in December 2024`)
            let verb = |j: usize| {
                numbers::verb_shaped(tokens[j].folded())
                    && !matches!(
                        tokens[j - 1].folded(),
                        "the"
                            | "a"
                            | "an"
                            | "its"
                            | "their"
                            | "his"
                            | "her"
                            | "of"
                            | "this"
                            | "that"
                    )
            };
            if end > k + 1 && (k + 1..end).any(verb) {
                let order = match tokens[k].folded() {
                    "after" => Order::After,
                    "before" => Order::Before,
                    "when" if !relative_when => Order::When,
                    _ => Order::Same,
                };
                // (with an offset that ends in its word, which dates its act:
                // `a day after the RSF claimed control`)
                let from = (self.a.dates_in(w.start, w.end).iter())
                    .find(|m| m.start < tokens[k].start && tokens[k].end <= m.end)
                    .map_or(tokens[k].start, |m| m.start);
                subs.push((from..tokens[end - 1].end, order));
            }
        }
        // an aside between commas after the subject, the sentence's verb right
        // after it (`A fisheries accord, signed in Nouakchott on May 3, took
        // effect on Monday`; `The army, which said on Monday it had killed a
        // commander, struck a car on Wednesday`): its date dates its own act
        // and so does a relative clause after a comma anywhere in its sentence,
        // to the next comma or the sentence's end (`struck Gaza on Tuesday,
        // despite the truce, which took effect on Oct. 10`)
        for (k, j) in (self.asides(w).into_iter())
            .chain(self.relatives(w))
            .chain(self.subject_relative(w))
            .chain(self.object_relatives(w))
        {
            if after_term(k) {
                // (and tells of it inside the clause of time that ends right
                // before it: `after receiving more than 4,000 submissions to its
                // consultation, which ran from April 1 to April 30`)
                if let Some(s) = subs.iter_mut().find(|s| s.0.end == tokens[k - 1].end) {
                    s.0.end = tokens[j - 1].end;
                }
            } else if !subs.iter().any(|s| s.0.contains(&tokens[k].start)) {
                subs.push((tokens[k].start..tokens[j - 1].end, Order::Same));
            }
        }
        // a second clause after `, and` with a verb and a date of its own, beside
        // a first with its own date: each dates its own act (`carried out strikes
        // last Friday, and on Thursday it struck three buildings in Mahrouna`)
        if let Some(sub) = self.dated_second_clause(w)
            && !subs.iter().any(|s| s.0.contains(&sub.start))
        {
            // (a fact that names no act: its terms in the sentence's subject,
            // before any word in lower case but function words, are both
            // predicates' — `Arsenal travel to Madrid on Tuesday and host Chelsea on
            // Saturday` for a fact about Arsenal and Chelsea — and place nothing)
            if nouns {
                let text = self.a.text();
                let in_subject = |at: usize| {
                    let k = tokens.partition_point(|t| t.start < at);
                    self.a.sentence_at(k).is_some_and(|s| {
                        (s.tokens.start..k).all(|j| {
                            let t = &tokens[j];
                            !text[t.start..].starts_with(|c: char| c.is_lowercase())
                                || numbers::FUNCTION_WORDS.contains(&t.folded())
                        })
                    })
                };
                let placed: Vec<usize> =
                    acts.iter().copied().filter(|&at| !in_subject(at)).collect();
                if !placed.is_empty() {
                    acts = placed;
                }
            }
            subs.push((sub, Order::Same));
        }
        // an absolute clause after `, with`, its own subject then a participle, and
        // a date of its own: that date dates its own act (`will be formally opened
        // on Friday, with the first cars allowed across from 6am the following
        // day`)
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let dates = self.a.dates_in(w.start, w.end);
        for k in w.tok_start.max(1)..w.tok_end.min(tokens.len()) {
            if word(k) != "with" || !self.comma_before(k) {
                continue;
            }
            let Some(s) = self.a.sentence_at(k) else {
                continue;
            };
            let stop = s.tokens.end.min(w.tok_end);
            let participle = (k + 2..(k + 6).min(stop)).any(|j| {
                let x = word(j);
                (text::past_form(x, 3) || (x.len() > 5 && x.ends_with("ing")))
                    && (k + 1..=j).all(|i| !self.comma_before(i))
            });
            let span = tokens[k].start..tokens[stop - 1].end;
            // (and a date of the clause before it: not `Chelsea won 2-0, with
            // Palmer scoring twice on Saturday`, the act's only date)
            let dated_before = dates
                .iter()
                .any(|m| m.start >= s.span.start && m.end <= span.start);
            // (not beside another clause that holds the act: the two would read
            // as one, `after a fault triggered a nationwide blackout, …, with
            // supply restored by early Saturday`)
            if participle
                && dated_before
                && dates
                    .iter()
                    .any(|m| span.start <= m.start && m.end <= span.end)
                && !subs
                    .iter()
                    .any(|s| s.0.contains(&span.start) || acts.iter().any(|at| s.0.contains(at)))
            {
                subs.push((span, Order::Same));
            }
        }
        if subs.is_empty() {
            return None;
        }
        let mut inside = None;
        for &at in &acts {
            let here = subs.iter().any(|s| s.0.contains(&at));
            if inside.is_some_and(|i| i != here) {
                return None;
            }
            inside = Some(here);
        }
        // (every act inside a clause of `when` of one sentence: the sentence's
        // other dates are the act's too, `were killed on Saturday when a strike
        // hit their home`)
        let sentence = |at: usize| {
            let tok = tokens.partition_point(|t| t.start < at);
            self.a.sentence_at(tok).map(|s| s.span.start..s.span.end)
        };
        let mut when = None;
        if inside == Some(true) {
            for &at in &acts {
                let in_when = subs.iter().any(|s| s.1 == Order::When && s.0.contains(&at));
                let here = sentence(at).filter(|_| in_when);
                if here.is_none() || when.as_ref().is_some_and(|w| Some(w) != here.as_ref()) {
                    when = None;
                    break;
                }
                when = here;
            }
        }
        inside.map(|inside| Apart { subs, inside, when })
    }

    /// The byte range of a clause after `, and` (or after `and` and an
    /// auxiliary) in window `w` (to the end of its sentence) that has a verb and a
    /// date mention of its own, when the words before it in its sentence have a
    /// date mention too.
    fn dated_second_clause(&self, w: Window) -> Option<std::ops::Range<usize>> {
        let tokens = &self.a.tokens;
        let end = w.tok_end.min(tokens.len());
        let dates = self.a.dates_in(w.start, w.end);
        if dates.len() < 2 {
            return None;
        }
        let word = |j: usize| tokens.get(j).map_or("", |t| t.folded());
        (w.tok_start.max(1)..end).find_map(|k| {
            // (or a second predicate after `and`, its auxiliary first: `broke out
            // before midnight on Saturday and was brought under control on
            // Sunday`)
            if tokens[k].folded() != "and" {
                return None;
            }
            // (not the same verb's next step: `slipped to Friday …, and then to
            // Saturday when high winds forced a second scrub`)
            let step = k + 1 + usize::from(matches!(word(k + 1), "then" | "later" | "finally"));
            if matches!(word(step), "to" | "until" | "till")
                && dates
                    .iter()
                    .any(|m| tokens.get(step + 1).is_some_and(|t| t.start == m.start))
            {
                return None;
            }
            // (a second predicate after `and`, its verb right after it: `travel
            // to Madrid on Tuesday and host Chelsea on Saturday`)
            let dated_verb = self.verb_after_dated_and(k, dates);
            let predicate = || {
                matches!(
                    tokens.get(k + 1).map_or("", |t| t.folded()),
                    "was" | "were" | "has" | "have" | "had"
                ) || dated_verb
            };
            if !(self.comma_before(k) || predicate()) {
                return None;
            }
            let s = self.a.sentence_at(k)?;
            let stop = s.tokens.end.min(end);
            let (from, to) = (s.span.start, tokens[stop - 1].end);
            let at = tokens[k].start;
            let before = dates.iter().any(|m| m.start >= from && m.end <= at);
            let after = dates.iter().any(|m| m.start > at && m.end <= to);
            let verb =
                dated_verb || (k + 1..stop).any(|j| numbers::verb_shaped(tokens[j].folded()));
            // (after `and` and an auxiliary, its own date before a comma: not one
            // of a relative clause, `and was received by Aoun, whom he had also
            // met on Thursday`)
            let own = self.comma_before(k)
                || (k + 1..stop)
                    .find(|&j| self.comma_before(j))
                    .is_none_or(|j| {
                        dates
                            .iter()
                            .any(|m| m.start > at && m.end <= tokens[j].start)
                    });
            (before && after && verb && own).then_some(at..to)
        })
    }

    /// Whether the `and` at token `k` stands right after a date mention and
    /// before a verb in lower case (`travel to Madrid on Tuesday and host Chelsea
    /// on Saturday`): a second predicate. Not before a function word, a time word
    /// or an adverb of repetition (`on Tuesday and again on Friday`, `on Monday and
    /// early Tuesday`).
    fn verb_after_dated_and(&self, k: usize, dates: &[DateMention]) -> bool {
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let Some(next) = tokens.get(k + 1) else {
            return false;
        };
        let w = next.folded();
        // (its object right after it: a determiner, a name or a pronoun; not a
        // gapped object, `struck targets in Tyre on Monday and positions near
        // Sidon on Tuesday`, `fired rockets on Sunday and drones on Monday`)
        let object = tokens.get(k + 2).is_some_and(|o| {
            matches!(
                o.folded(),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "it" | "them" | "him"
            ) || (text[o.start..].starts_with(char::is_uppercase)
                && !numbers::WEEKDAYS_MONTHS.contains(&o.folded()))
        });
        dates
            .iter()
            .any(|m| m.end <= tokens[k].start && text[m.end..tokens[k].start].trim().is_empty())
            && text[next.start..].starts_with(|c: char| c.is_lowercase())
            && !numbers::FUNCTION_WORDS.contains(&w)
            && !numbers::WEEKDAYS_MONTHS.contains(&w)
            && !w.starts_with(|c: char| c.is_ascii_digit())
            && !goes_on_with_predicate(w)
            // (nor an adjective before a name: `struck Gaza on Monday and southern
            // Lebanon on Tuesday`)
            && !(w.ends_with("ern")
                || matches!(w, "central" | "other" | "several" | "many" | "nearby" | "neighbouring" | "neighboring"))
            && object
    }

    /// The relative clauses of window `w` after a comma (`which`, `who`, `whom`,
    /// `whose`, or a preposition and `which`/`whom`) that hold a date mention of
    /// their own, as token ranges: to the next comma, or to the end of the
    /// sentence. (One without a date, `who had resigned that morning`, `which
    /// killed 13 people, …, on Friday`, is dated with its sentence.)
    fn relatives(&self, w: Window) -> Vec<(usize, usize)> {
        let tokens = &self.a.tokens;
        let end = w.tok_end.min(tokens.len());
        let dates = self.a.dates_in(w.start, w.end);
        (w.tok_start.max(1)..end)
            .filter(|&k| self.comma_before(k) && self.relative_word(k))
            .filter_map(|k| Some((k, self.dated_to_comma(w, dates, k)?)))
            .collect()
    }

    /// The end of the clause that opens at token `k` (the next comma, or its
    /// sentence's end within window `w`), when it holds a word after `k` and one of
    /// `dates` (the window's date mentions).
    fn dated_to_comma(&self, w: Window, dates: &[DateMention], k: usize) -> Option<usize> {
        let tokens = &self.a.tokens;
        let stop = self
            .a
            .sentence_at(k)?
            .tokens
            .end
            .min(w.tok_end.min(tokens.len()));
        let j = (k + 1..stop)
            .find(|&j| self.comma_before(j))
            .unwrap_or(stop);
        let (from, to) = (tokens[k].start, tokens[j - 1].end);
        (j > k + 1 && dates.iter().any(|m| from <= m.start && m.end <= to)).then_some(j)
    }

    /// The relative clause with no comma after a sentence's subject, up to the
    /// sentence's verb, as a token range, when it and the words after it each
    /// hold a date mention: "Military officers who seized power on Wednesday
    /// swore in General Horta on Thursday" (Wednesday is the seizing's). The
    /// subject holds no word shaped as a verb; the clause's own verb comes
    /// first after its relative word, the sentence's is the word shaped as a verb
    /// right after a date mention of the clause, no verb of saying, and its own
    /// date follows it with no verb between.
    fn subject_relative(&self, w: Window) -> Option<(usize, usize)> {
        let tokens = &self.a.tokens;
        let end = w.tok_end.min(tokens.len());
        let dates = self.a.dates_in(w.start, w.end);
        if dates.len() < 2 {
            return None;
        }
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let k = (w.tok_start.max(1)..end).find(|&k| {
            matches!(word(k), "who" | "which")
                && !self.comma_before(k)
                && self.a.sentence_at(k).is_some_and(|s| {
                    s.tokens.start < k && (s.tokens.start..k).all(|j| !numbers::says_verb(word(j)))
                })
        })?;
        let stop = self.a.sentence_at(k)?.tokens.end.min(end);
        let own = (k + 1..stop).find(|&j| numbers::verb_shaped(word(j)))?;
        let date_end = dates
            .iter()
            .find(|m| m.start > tokens[own].end && m.end <= tokens[stop - 1].end)?
            .end;
        let main = (own + 1..stop).find(|&j| {
            tokens[j].start >= date_end
                && numbers::verb_shaped(word(j))
                && !matches!(word(j - 1), "the" | "a" | "an" | "its" | "their" | "to")
        })?;
        // (the verb right after the clause's date: no word of the clause between)
        let after_date = (k + 1..main).rev().find(|&j| tokens[j].end <= date_end)?;
        // (the main verb's own date, no verb between: not `who spoke on Monday
        // said talks would resume on Thursday`, whose Thursday is what was said)
        let later = dates.iter().any(|m| {
            let at = tokens.partition_point(|t| t.start < m.start);
            m.start > tokens[main].start
                && m.end <= tokens[stop - 1].end
                && (main + 1..at).all(|j| !numbers::says_verb(word(j)))
        });
        (after_date + 1 == main && later && !text::SAYING.contains(&word(main)))
            .then_some((k, main))
    }

    /// The relative clauses with no comma after an object (`that`, `which`, `who`
    /// and a verb shaped as a past, not of saying or showing) of window `w` that hold a date mention of their
    /// own, as token ranges to the next comma or the sentence's end, when the
    /// words before them in their sentence hold a date mention too: "Rescuers on
    /// Sunday recovered the last of the bodies from the plane that crashed on
    /// Thursday" (Thursday is the crash's). Not after a verb or a word of saying
    /// (`said that`, `reports that`: what was said), nor one whose sentence dates
    /// only the clause (`fired rockets that hit Metula on Friday`: the day may be
    /// both acts').
    fn object_relatives(&self, w: Window) -> Vec<(usize, usize)> {
        let tokens = &self.a.tokens;
        let end = w.tok_end.min(tokens.len());
        let dates = self.a.dates_in(w.start, w.end);
        if dates.len() < 2 {
            return Vec::new();
        }
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        (w.tok_start.max(2)..end)
            .filter(|&k| {
                let before = word(k - 1);
                let verb = word(k + 1);
                matches!(word(k), "that" | "which" | "who")
                    && !self.comma_before(k)
                    && numbers::verb_shaped(verb)
                    && !verb.ends_with("ing")
                    // (not a verb of saying or showing: its date is what it
                    // shows, `published figures that showed 12 soldiers were
                    // killed on Sunday`)
                    && !text::SAYING.contains(&verb)
                    && !matches!(
                        verb,
                        "showed"
                            | "shown"
                            | "found"
                            | "revealed"
                            | "indicated"
                            | "suggested"
                            | "confirmed"
                            | "recorded"
                            | "documented"
                            | "estimated"
                    )
                    && !numbers::verb_shaped(before)
                    && !numbers::says_verb(before)
                    && !text::SAYING.contains(&before)
                    && !numbers::FUNCTION_WORDS.contains(&before)
                    && !matches!(before, "reports" | "report" | "claims" | "fact" | "news")
            })
            .filter_map(|k| {
                let s = self.a.sentence_at(k)?;
                let j = self.dated_to_comma(w, dates, k)?;
                let from = tokens[k].start;
                let before = dates
                    .iter()
                    .any(|m| m.start >= s.span.start && m.end <= from);
                before.then_some((k, j))
            })
            .collect()
    }

    /// Whether token `k` opens a relative clause: `which`, `who`, `whom`,
    /// `whose`, or a preposition and `which`/`whom` (`to which`).
    fn relative_word(&self, k: usize) -> bool {
        let word = |k: usize| self.a.tokens.get(k).map_or("", |t| t.folded());
        matches!(word(k), "which" | "who" | "whom" | "whose")
            || (matches!(
                word(k),
                "to" | "in" | "on" | "at" | "for" | "by" | "with" | "under"
            ) && matches!(word(k + 1), "which" | "whom"))
    }

    /// The asides of window `w` that stand between a subject and its verb, as
    /// token ranges (first, one past the last): after a comma, a relative word
    /// (`which`, `who`, `whom`, `whose`, or a preposition and `which`/`whom`) or a
    /// participle, up to the next comma, which the sentence's verb follows; the
    /// words before the aside in its sentence hold no verb.
    fn asides(&self, w: Window) -> Vec<(usize, usize)> {
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let end = w.tok_end.min(tokens.len());
        let mut out = Vec::new();
        for k in w.tok_start.max(1)..end {
            if !self.comma_before(k) {
                continue;
            }
            let relative = self.relative_word(k);
            let participle = word(k).len() > 4 && word(k).ends_with("ed");
            if !relative && !participle {
                continue;
            }
            let from = self
                .a
                .sentence_at(k)
                .map_or(w.tok_start, |s| s.tokens.start);
            // (`May 13` in a dateline is no verb)
            let auxiliary = |i: usize| {
                text::AUXILIARIES.contains(&word(i))
                    && !(word(i) == "may" && word(i + 1).starts_with(|c: char| c.is_ascii_digit()))
            };
            if (from..k).any(|i| numbers::verb_shaped(word(i)) || auxiliary(i)) {
                continue;
            }
            let Some(j) = (k + 1..end).find(|&j| self.comma_before(j)) else {
                continue;
            };
            if numbers::verb_shaped(word(j)) && !word(j).ends_with("ing") {
                out.push((k, j));
            }
        }
        out
    }

    /// The occurrences (token ranges) of phrase term `id` wholly inside window `w`,
    /// in text order.
    fn occurrences_in(&self, id: TermId, w: Window) -> impl Iterator<Item = &(usize, usize)> {
        let occ = self.occ(id);
        let i = occ.partition_point(|o| o.0 < w.tok_start);
        occ[i..]
            .iter()
            .take_while(move |o| o.0 < w.tok_end)
            .filter(move |o| o.1 <= w.tok_end)
    }

    /// Whether term `id` has a hit inside window `w`.
    fn has_hit(&self, id: TermId, w: Window) -> bool {
        match &self.term(id).matcher {
            Matcher::Phrases(_) => self.occurrences_in(id, w).next().is_some(),
            Matcher::Regex(re) => re
                .find_iter(&self.a.text()[w.start..w.end])
                .any(|m| !m.is_empty()),
        }
    }

    /// Hits (byte ranges) of a term inside a window, in text order: at most
    /// [`MAX_HITS`], so that a window keeps a bounded record however often a term
    /// repeats in it.
    pub(super) fn hits_in(&self, id: TermId, w: Window) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        self.each_hit_in(id, w, |s, e| out.push((s, e)));
        out
    }

    /// [`Self::hits_in`] one at a time, with no list made; how many there were.
    fn each_hit_in(&self, id: TermId, w: Window, mut f: impl FnMut(usize, usize)) -> usize {
        let term = self.term(id);
        let text = self.a.text();
        let mut n = 0;
        let mut hit = |s, e| {
            f(s, e);
            n += 1;
        };
        match &term.matcher {
            Matcher::Phrases(_) => self
                .occurrences_in(id, w)
                .take(MAX_HITS)
                .for_each(|o| hit(self.a.tokens[o.0].start, self.a.tokens[o.1 - 1].end)),
            Matcher::Regex(re) => re
                .find_iter(&text[w.start..w.end])
                .filter(|m| !m.is_empty())
                .take(MAX_HITS)
                .for_each(|m| hit(w.start + m.start(), w.start + m.end())),
        }
        n
    }

    /// The aside of window `w` that denies what its sentence tells before it, for
    /// a fact that reads negation ([`text::negation::denials_after`]: `Russia's
    /// defence ministry said its forces had captured Kurakhivka, a claim Kyiv
    /// denied`): its first token and its verb, when every `all` term and an `any`
    /// term has a hit in the report it denies, and the fact is not about the
    /// claim, the charge or the denial itself (a term holding a word of saying or
    /// denying, `claim`,
    /// `accused`, `charged`, `convicted`, `guilty`, …). A window told so is
    /// evidence both ways: the report stands, and so does its denial. Also a
    /// report taken back after it (`…, but the channel retracted the report`):
    /// then the third value, the entry's kind, is [`text::negation::RETRACTED`],
    /// and the window is evidence against only. And a named party's claim
    /// denied in the sentence that tells it, after the denial
    /// ([`text::negation::DENIED_BESIDE`]: `Ukraine dismissed Russian claims that
    /// its troops had captured Huliaipole`), evidence both ways.
    pub(super) fn denied_after(
        &self,
        t: &Test,
        w: Window,
        mode: Mode,
    ) -> Option<(usize, usize, usize)> {
        if !matches!(mode, Mode::Fact { negation } if negation != Negation::Ignored) {
            return None;
        }
        let denials = self.a.denials();
        let from = denials.partition_point(|d| d[1] < w.tok_start);
        // (in the window, or a sentence of its own right after it: `The army said
        // it struck a depot. Hezbollah denied the claim.`)
        let mut found = denials[from..]
            .iter()
            .take_while(|d| d[2] < w.tok_end || d[1] == w.tok_end)
            .peekable();
        found.peek()?;
        // (not a fact about the claim or the charge itself: `has claimed victory, a
        // claim rival blocs rejected`, `Police charged Smith with murder, a charge
        // he denies`, `Rumours spread that …`, `has faced criticism for the pace of
        // its investigations, a charge it rejects`; nor the denial itself, `denied
        // Houthi accusations that Aden had withheld` for `denied, withheld`; read
        // once for the window)
        let says_it = t.all.iter().chain(&t.any).any(|id| {
            self.occurrences_in(*id, w).any(|&(a, b)| {
                (a..b).any(|k| {
                    let x = self.a.tokens[k].folded();
                    text::SAYING.contains(&x)
                        || text::DENY.contains(&x)
                        || matches!(
                            x,
                            "claim"
                                | "claims"
                                | "criticism"
                                | "criticised"
                                | "criticized"
                                | "accusation"
                                | "accusations"
                                | "allegation"
                                | "allegations"
                                | "rumour"
                                | "rumours"
                                | "rumor"
                                | "rumors"
                                | "video"
                                | "footage"
                                | "accused"
                                | "accuses"
                                | "accusing"
                                | "alleges"
                                | "charged"
                                | "convicted"
                                | "guilty"
                                | "indicted"
                                | "sentenced"
                        )
                })
            })
        });
        if says_it {
            return None;
        }
        // (nor a fact about the plan itself, for one called off: `scheduled for
        // Friday`)
        let plan_named = || {
            t.all.iter().chain(&t.any).any(|id| {
                self.occurrences_in(*id, w).any(|&(a, b)| {
                    (a..b).any(|k| text::negation::PLANNED.contains(&self.a.tokens[k].folded()))
                })
            })
        };
        // (nor one about a proposal a rejection refuses, which was made: `an
        // unsolicited proposal, which its board had unanimously rejected`; a
        // denial still denies it, `made an offer for the port, which Kestrel
        // denied`)
        let proposal_named = || {
            t.all.iter().chain(&t.any).any(|id| {
                self.occurrences_in(*id, w).any(|&(a, b)| {
                    (a..b).any(|k| text::negation::PROPOSALS.contains(&self.a.tokens[k].folded()))
                })
            })
        };
        found
            .find(|&&[report, s, v, kind]| {
                let called_off = matches!(kind, text::negation::CALLED_OFF | text::negation::MOVED);
                if called_off && plan_named() {
                    return false;
                }
                // (a relative clause of the proposal's own: not `a claim the
                // company rejected`, which denies what was said)
                let relative = self.a.tokens.get(s).is_some_and(|t| t.folded() == "which");
                let rejects =
                    (self.a.tokens.get(v)).is_some_and(|t| text::negation::rejects(t.folded()));
                if relative && rejects && proposal_named() {
                    return false;
                }
                // (a plan moved says it did not happen on its day: only for a fact
                // with a date, none of the days after `but` its own)
                if kind == text::negation::MOVED {
                    let Some(spec) = t.date else {
                        return false;
                    };
                    let (Some(from), Some(to)) = (self.a.tokens.get(s), self.a.tokens.get(v))
                    else {
                        return false;
                    };
                    let sentence_end = self
                        .a
                        .sentence_at(v)
                        .map_or(to.end, |x| x.span.end.max(to.end));
                    if (self.a.dates_in(from.start, sentence_end).iter())
                        .any(|m| spec.compare(m) == Some(DateMatch::Equal))
                    {
                        return false;
                    }
                    // (and the plan's day, the last before `but`, is the fact's:
                    // not another act's in an aside, `The changes, passed by
                    // parliament on 27 March, had been due to start on 1 July but
                    // were delayed`)
                    let opening = self.a.tokens.get(report).map_or(from.start, |t| t.start);
                    if (self.a.dates_in(opening, from.start).last())
                        .is_some_and(|m| spec.compare(m) != Some(DateMatch::Equal))
                    {
                        return false;
                    }
                }
                let (Some(first), Some(aside)) = (self.a.tokens.get(report), self.a.tokens.get(s))
                else {
                    return false;
                };
                let from = first.start.max(w.start);
                // (what a clause of time sets beside the report is not what a
                // sentence after it denies: `allegedly killed 460 patients after
                // seizing the city …. The RSF rejected the accusation`; but an
                // aside right after such a clause denies it, `after Hamas
                // "repeatedly refused to release our hostages", a charge the group
                // rejected`, and so does a sentence when the clause holds the
                // allegation, `detained over the alleged embezzlement`)
                let tokens = &self.a.tokens;
                let text = self.a.text();
                let lo = tokens.partition_point(|t| t.start < from);
                let hi = tokens.partition_point(|t| t.start < aside.start);
                let alleging = |k: usize| {
                    matches!(
                        tokens[k].folded(),
                        "alleged" | "allegedly" | "accused" | "accusing" | "reportedly"
                    )
                };
                // (as token ranges, read only for a sentence after the window,
                // then as the bytes the hits are given in)
                let background: Vec<(usize, usize)> = if aside.start >= w.end {
                    (lo..hi)
                        .filter(|&k| {
                            matches!(
                                tokens[k].folded(),
                                "after" | "before" | "following" | "since"
                            )
                        })
                        .map(|k| {
                            let end = (k + 1..hi)
                                .find(|&j| {
                                    text[tokens[j - 1].end..tokens[j].start]
                                        .contains([',', ';', '—', '–', '('])
                                })
                                .unwrap_or(hi);
                            (k, end)
                        })
                        .filter(|&(k, end)| !(k..end).any(alleging))
                        .map(|(k, end)| {
                            (
                                tokens[k].start,
                                tokens.get(end).map_or(aside.start, |t| t.start),
                            )
                        })
                        .collect()
                } else {
                    Vec::new()
                };
                // (a named party's claim after its denial, in the same sentence:
                // `dismissed Russian claims that its troops had captured
                // Huliaipole`, to the sentence's end or a participle after a
                // comma; the denier and the owner before it with it: `Israel
                // denied Palestinian claims that it had struck a school` for a
                // fact that names Israel)
                let (from, until) = if kind == text::negation::DENIED_BESIDE {
                    let end = text::negation::claim_end(text, tokens, report);
                    (
                        self.a
                            .sentence_at(report)
                            .map_or(first.start, |s| s.span.start),
                        tokens.get(end - 1).map_or(first.end, |t| t.end),
                    )
                } else if called_off {
                    // (what the plan tells, not what it says of its nouns)
                    let reach = text::negation::plan_reach(text, tokens, report, s);
                    (from, tokens.get(reach).map_or(aside.start, |t| t.start))
                } else {
                    (from, aside.start)
                };
                // (the speaker before the saying is the report's subject when a
                // pronoun stands for it there: `The RSF said on Monday that they
                // had captured the base`)
                // (the speaker's own clause, when no term is told in the report
                // itself: not a clause before it joined by `, and`, `, but`,
                // `while` or `;`, `The government released 48 prisoners …, and
                // the Front says it also freed …, a claim the government
                // rejects`; but `Israeli jets struck Tyre, and the army says it
                // killed a commander there` for a fact naming Tyre and the killing)
                let pronoun_report = kind == text::negation::DENIED
                    && (report..(report + 6).min(hi))
                        .any(|k| matches!(tokens[k].folded(), "they" | "it" | "he" | "she"));
                let speaker_from = pronoun_report
                    .then(|| self.a.sentence_at(report).map(|s| s.span.start))
                    .flatten()
                    .unwrap_or(from);
                let report_start = tokens.get(report).map_or(from, |t| t.start);
                // (and the fact's figure there, when it has one: not `six captives`
                // before `…, and the Front says it also freed … for 12 women`)
                let in_report = (t.all.iter().chain(&t.any)).any(|id| {
                    let mut inside = false;
                    self.each_hit_in(*id, w, |a, _| inside |= a >= report_start && a < until);
                    inside
                }) && t.number.as_ref().is_none_or(|q| {
                    self.a
                        .numbers_in(report_start, until)
                        .iter()
                        .any(|n| n.quantity.satisfies(q))
                });
                let speaker_from = if pronoun_report && !in_report {
                    let first = self
                        .a
                        .sentence_at(report)
                        .map_or(report, |s| s.tokens.start);
                    let mut k = report.saturating_sub(1);
                    let joins = |k: usize| {
                        let b = tokens[k - 1].folded();
                        (matches!(b, "and" | "but") && self.comma_before(k - 1))
                            || matches!(b, "while" | "whereas")
                            || text[tokens[k - 1].end..tokens[k].start].contains(';')
                    };
                    while k > first && !joins(k) {
                        k -= 1;
                    }
                    tokens.get(k).map_or(speaker_from, |t| t.start)
                } else {
                    speaker_from
                };
                let before = |id: &TermId| {
                    let mut told = false;
                    self.each_hit_in(*id, w, |a, _| {
                        told |= a >= from.min(speaker_from)
                            && a < until
                            && !background.iter().any(|&(s, e)| s <= a && a < e);
                    });
                    told
                };
                t.all.iter().all(before) && (t.any.is_empty() || t.any.iter().any(before))
            })
            .map(|&[_, s, v, kind]| (s, v, kind))
    }

    /// What a window says about a test: `None` when it does not bear on it. With
    /// `detail`, the reasons are written; without, only the stance and hits are
    /// found (what a tally needs), with the same stance.
    pub(super) fn judge(&self, t: &Test, w: Window, mode: Mode, detail: bool) -> Option<Outcome> {
        // the terms' hits, gathered into the outcome's list as they are found (every
        // window with a negation cue is judged here)
        let mut hits = Vec::new();
        let mut found = |id: TermId| {
            self.each_hit_in(id, w, |start, end| {
                hits.push(Found {
                    label: Label::Term(id),
                    start,
                    end,
                })
            })
        };
        for id in &t.all {
            if found(*id) == 0 {
                return None;
            }
        }
        let mut any_hit = t.any.is_empty();
        for id in &t.any {
            any_hit |= found(*id) > 0;
        }
        if !any_hit {
            return None;
        }
        let (dates, numbers) = self.read_mentions(t, w, false)?;
        if self.set_aside(t, w) {
            return None;
        }
        let mut out = Outcome {
            hits,
            against: false,
            reasons: Vec::new(),
        };
        let quote = |s: usize, e: usize| sanitize(&self.a.text()[s..e]);
        // where the first mention that conflicts starts
        let mut conflict_from = usize::MAX;
        if let Some(spec) = t.date {
            let text = self.a.text();
            let compared = &dates;
            let equal: Vec<_> = compared
                .iter()
                .filter(|(_, c)| *c == DateMatch::Equal)
                .collect();
            if equal.is_empty() {
                if mode == Mode::Against {
                    return None;
                }
                out.against = true;
                conflict_from =
                    (compared.iter().map(|(m, _)| m.start)).fold(conflict_from, usize::min);
                if detail {
                    // each mention as it was read: `date "Thursday" read as 2025-12-04
                    // (published 2025-12-04) ≠ 2025-12-03`
                    let said: Vec<String> = (compared.iter())
                        .map(|(m, _)| match spec.compare(m) {
                            Some(DateMatch::Equal) => {
                                format!("{}, the day it was moved from", m.described(text))
                            }
                            _ => m.described(text),
                        })
                        .collect();
                    out.reasons
                        .push(format!("date {} ≠ {spec}", said.join(", ")));
                }
            } else {
                for (m, _) in equal {
                    out.hits.push(Found {
                        label: Label::Date(spec),
                        start: m.start,
                        end: m.end,
                    });
                    if detail {
                        out.reasons.extend(m.reading(text));
                    }
                }
            }
        }
        if let Some(q) = t.number {
            let fitting: Vec<_> = numbers
                .iter()
                .filter(|m| m.quantity.satisfies(&q))
                .collect();
            if fitting.is_empty() {
                if mode == Mode::Against {
                    return None;
                }
                out.against = true;
                conflict_from = (numbers.iter().map(|m| m.start)).fold(conflict_from, usize::min);
                if detail {
                    let said: Vec<String> = numbers
                        .iter()
                        .map(|m| match (self.part_read(m), self.counted_name(m)) {
                            (Some(r), _) => format!("\"{}\" ({r})", quote(m.start, m.end)),
                            (None, Some(c)) => {
                                format!("\"{}\" (counts {c})", quote(m.start, self.said_end(m)))
                            }
                            (None, None) => format!("\"{}\"", quote(m.start, m.end)),
                        })
                        .collect();
                    out.reasons
                        .push(format!("number {} does not satisfy {q}", said.join(", ")));
                }
            } else {
                for m in fitting {
                    out.hits.push(Found {
                        label: Label::Number(q),
                        start: m.start,
                        end: m.end,
                    });
                    if !detail {
                        continue;
                    }
                    if let Some(r) = self.part_read(m) {
                        out.reasons
                            .push(format!("\"{}\" read as {r}", quote(m.start, m.end)));
                    } else if let Some(c) = self.counted_name(m) {
                        out.reasons.push(format!(
                            "\"{}\" counts {c}",
                            quote(m.start, self.said_end(m))
                        ));
                    }
                }
            }
        }
        if let Mode::Fact { negation } = mode
            && negation != Negation::Ignored
        {
            let cue = self.negation_cue(t, &out.hits, w);
            let said = |c: (usize, usize)| quote(c.0, c.1).to_lowercase();
            match (negation, cue) {
                // a window that denies a report of something else (another date,
                // another number, after the cue) says nothing against this:
                // `incorrectly stated that he had 312 victims` for a fact of 212
                // (not a plain negation, `Nobody was killed, but 14 people were
                // injured` for a fact of 40 killed; nor `Of the 10 members, none
                // voted` for a fact of two who voted)
                (Negation::Counts, Some(c))
                    if out.against
                        && c.1 <= conflict_from
                        && text::negation::denies_a_report(
                            said(c).split_whitespace().next().unwrap_or(""),
                        ) =>
                {
                    return None;
                }
                (Negation::Counts, Some(c)) => {
                    out.against = true;
                    if detail {
                        out.reasons.push(format!("negated by \"{}\"", said(c)));
                    }
                }
                // a window that says something else (another date, another number)
                // says nothing about whether this did not happen
                (Negation::Asserted, _) if out.against => return None,
                (Negation::Asserted, Some(c)) if detail => {
                    out.reasons
                        .push(format!("negated by \"{}\", as the fact asserts", said(c)));
                }
                (Negation::Asserted, None) => {
                    out.against = true;
                    if detail {
                        out.reasons
                            .push("not negated: the fact asserts this did not happen".into());
                    }
                }
                _ => {}
            }
        }
        Some(out)
    }

    /// The stance of window `w` on test `t` (`Some(true)`: against), exactly as
    /// [`Self::judge`] without detail finds it, `None` where it does not bear on the
    /// test: what a tally needs. A window that lacks a term, a date or a number the
    /// test asks for, or holds a `not` term, is `None` for both; with `held`, the
    /// window is known to hold a hit of every `all` term and of an `any` term
    /// ([`Self::segment_windows`]). A window with a negation cue (for a fact that
    /// reads negation) is judged in full, since its stance depends on where the
    /// hits are; in one without, whether it bears and how is read without
    /// collecting hits, its dates and numbers read once either way.
    pub(super) fn stance(&self, t: &Test, w: Window, mode: Mode, held: bool) -> Option<bool> {
        if !held && !t.all.iter().all(|id| self.has_hit(*id, w)) {
            return None;
        }
        if !held && !t.any.is_empty() && !t.any.iter().any(|id| self.has_hit(*id, w)) {
            return None;
        }
        // a window with a negation cue is judged in full (it reads the window's
        // dates and numbers itself, and whether it bears)
        let negation = match mode {
            Mode::Fact { negation } if negation != Negation::Ignored => Some(negation),
            _ => None,
        };
        if negation.is_some() {
            let cues = self.a.cues();
            let scope = self.cue_scope_start(w);
            let from = cues.partition_point(|c| c.first < scope);
            if cues.get(from).is_some_and(|c| c.end <= w.tok_end) {
                return self.judge(t, w, mode, false).map(|o| o.against);
            }
        }
        let dates_fit = match t.date {
            None => None,
            Some(spec) => {
                let mut compared = self.dates_compared(t, w, spec).peekable();
                compared.peek()?;
                Some(compared.any(|(_, c)| c == DateMatch::Equal))
            }
        };
        let numbers_fit = match t.number {
            None => None,
            Some(q) => {
                let numbers = self.counting(t, w);
                if numbers.is_empty() {
                    return None;
                }
                Some(numbers.iter().any(|m| m.quantity.satisfies(&q)))
            }
        };
        if self.set_aside(t, w) {
            return None;
        }
        let mut against = false;
        for fits in [dates_fit, numbers_fit].into_iter().flatten() {
            if !fits {
                if mode == Mode::Against {
                    return None;
                }
                against = true;
            }
        }
        // no cue in the window: a fact that asserts a negation is not met by it
        match negation {
            Some(Negation::Asserted) if against => None,
            Some(Negation::Asserted) => Some(true),
            _ => Some(against),
        }
    }

    /// Whether window `w` bears on test `t` neither way though it holds its
    /// hits: it holds a `not` term, the act is only asked or supposed
    /// ([`Self::asked`]), or another said what the fact's name is said to have
    /// said ([`Self::said_by_other`]).
    fn set_aside(&self, t: &Test, w: Window) -> bool {
        t.not.iter().any(|id| self.has_hit(*id, w))
            || self.asked(t, w).is_some()
            || self.said_by_other(t, w).is_some()
    }

    /// The number mentions of window `w` that can satisfy or conflict with test `t`'s
    /// `number`. With `counts`: the mentions whose counted word (or unit: the currency
    /// of `€4.5 million`, `year` of `four decades`, `age` of an age) one of its terms
    /// matches, of any kind. Without: the count mentions and the ages of a person
    /// one of the test's `all`/`any` terms matches; and when some of those count a
    /// word that one of those terms matches (`all = ["hours"]`, "three hours"; also
    /// "12 were children"), only those; else, when one of those terms names an act
    /// ([`Self::names_an_act`]), not those tied only to other verbs as their object
    /// or subject (`all = ["killed"]`, "killed two people and wounded 14 others":
    /// two, not 14; see [`numbers::ties`]), nor, when one is tied to the act, parts
    /// of another count, agents, and durations and settings (`killed in the past
    /// 24 hours`, `in two strikes`; only beside a count surely tied to it).
    ///
    /// A toll told in parts adds its own mentions ([`Self::one_more`]): `three
    /// people were killed in Yater, and a fourth died in Majdal Selm` says one
    /// died in Majdal Selm and four in all.
    pub(super) fn counting(&self, t: &Test, w: Window) -> Vec<Cow<'_, NumberMention>> {
        let mut counted = self.counting_read(t, w);
        counted.retain(|m| {
            !self.forecast_figure(t, m, w)
                && !self.other_measure(t, m, w)
                && !self.group_figure(t, m, w)
                && !self.named_others(t, m, w)
                && !self.opener_part(t, m, w)
        });
        if t.date.is_none() && !counted.is_empty() {
            counted.retain(|m| {
                !self.background_figure(t, m, w)
                    && !self.earlier_level(m)
                    && !self.dated_level(t, m, w)
                    && !self.earlier_occasion(t, m, w)
            });
        }
        for m in &mut counted {
            if self.basis_points(t, m, w) {
                let q = &mut m.to_mut().quantity;
                q.value /= 100.0;
                q.hi /= 100.0;
            }
        }
        // (only when a count is left: a threshold alone is the fact's figure or
        // none, `failed to reach the 200 points needed` for a fact of 200)
        let missed: Vec<bool> = counted.iter().map(|m| self.threshold(t, m, w)).collect();
        if missed.contains(&false) {
            let keep: Vec<bool> = missed.iter().map(|m| !m).collect();
            retain_kept(&mut counted, &keep);
        }
        counted
    }

    /// Whether number mention `m` is a forecast's, a poll's, a condition's, a
    /// joint or a target's figure, not the outcome test `t` counts, in its part
    /// of the sentence (from the last `;` or `:`): after a verb of forecasting in
    /// the past perfect, overtaken, the figure its own with no comma or new
    /// clause between and no `as` before (`Demos had projected between 29 and 32
    /// seats for the FCP`, `Pollsters had predicted that Homeland would win at
    /// least 15 seats`); after a poll in lower case that is the subject and its
    /// own verb giving its reading, for a fact not about the poll (`The final
    /// Ipsilon poll, published ten days before the vote, had National Renewal and
    /// the Civic Alliance tied on 33 per cent each`); after `would`, `could` or
    /// `might` in the figure's own clause, in a sentence with `if` or `unless`
    /// opening a clause (`If the recount reversed the result, the Civic Alliance
    /// would drop to 107 seats`); after `together`, `combined` or `jointly` as the
    /// adverb of the figure's clause, with the fact's name joined by `and` to a
    /// name it does not give (`a coalition between the Civic Alliance and the
    /// Green Left, which together would hold 131 seats`); or a measure a forecast
    /// or a target holds and that is not said to be reached (`beating the 0.2%
    /// median forecast`). Not after `eventual` or `actual`, nor after a `but` or
    /// `while` that turns to what happened (`had projected 29 seats, but it won
    /// 34`), nor for a fact that names the forecast, the poll or the condition.
    /// The words that can make such a figure are looked for first, in one pass.
    fn forecast_figure(&self, t: &Test, m: &NumberMention, w: Window) -> bool {
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let Some(s) = self.a.sentence_at(m.first_token) else {
            return false;
        };
        // the words of each reading below
        const FORECASTS: &[&str] = &["projected", "predicted", "forecast", "expected"];
        const POLLS: &[&str] = &["poll", "polls", "survey", "surveys"];
        const MODALS: &[&str] = &["would", "could", "might"];
        const JOINT: &[&str] = &["together", "combined", "jointly"];
        const AIMS: &[&str] = &[
            "forecast",
            "forecasts",
            "target",
            "projection",
            "expectation",
            "expectations",
            "consensus",
        ];
        // (most sentences hold none of them: looked for first, in one pass)
        let cue = |k: usize| {
            [FORECASTS, POLLS, MODALS, JOINT, AIMS]
                .iter()
                .any(|words| words.contains(&word(k)))
        };
        if !(s.tokens.start..(m.end_token + 3).min(s.tokens.end)).any(cue) {
            return false;
        }
        let broken = |k: usize| {
            k > 0
                && text
                    .get(tokens[k - 1].end..tokens[k].start)
                    .is_some_and(|g| g.contains(';') || g.contains(':'))
        };
        let mut from = m.first_token.min(tokens.len());
        while from > s.tokens.start && !broken(from) {
            from -= 1;
        }
        // (what happened after it: `against his eventual 54.7%`, `but it won 34`)
        let turned = |k: usize| {
            (k..m.first_token)
                .any(|j| matches!(word(j), "eventual" | "actual" | "but" | "while" | "whereas"))
        };
        let named = |words: &[&str]| words.iter().any(|x| self.names_word(t, x));
        // (nothing between that turns to another clause: a comma, `and`, `yet`,
        // `instead`; not `had predicted a crowd of 80,000, and 82,000 fans
        // filled the stadium`)
        let joined = |k: usize, to: usize| {
            (k + 1..to).all(|j| {
                // (the forecast's own error told after it: `, overstating its
                // final tally by at least six seats`)
                (!self.comma_before(j)
                    || matches!(
                        word(j),
                        "overstating" | "understating" | "overestimating" | "underestimating"
                    ))
                    && !matches!(word(j), "yet" | "instead" | "though" | "although" | "but" | "while")
                    // (`and` opening another clause, not joining names: `and
                    // completed the purchase`, `, and they won`)
                    && !(word(j) == "and"
                        && (self.comma_before(j)
                            || numbers::says_verb(word(j + 1))
                            || matches!(word(j + 1), "they" | "it" | "he" | "she" | "we")))
            }) && !self.comma_before(to)
        };
        // (a forecast overtaken, in the past perfect, with the figure its own:
        // not `Public debt is projected at 61.8% of GDP`, a figure still ahead;
        // nor `As economists had expected, the rate rose to 4.3%`)
        let forecast_at = (from..m.first_token).find(|&k| {
            FORECASTS.contains(&word(k))
                && k >= 2
                && word(k - 1) == "had"
                && !(k.saturating_sub(4)..k).any(|j| word(j) == "as")
                && joined(k, m.first_token)
        });
        // (a poll's reading of a party or a candidate is no result: `The final
        // Ipsilon poll … had National Renewal and the Civic Alliance tied on 33
        // per cent each` is no share won; not the US Geological Survey's reading,
        // nor `Polls closed at 6pm`)
        // (a fact about the poll's own reading keeps it: `support`, a `lead`, its
        // `margin` of error)
        let about_poll = || {
            named(&[
                "support",
                "likely",
                "backing",
                "approval",
                "rating",
                "ratings",
                "lead",
                "ahead",
                "margin",
                "sample",
                "respondents",
                "popularity",
                "trust",
            ])
        };
        // (its reading verb, not an auxiliary of another: `had X on 33 per
        // cent`, `had shown X ahead`, `put her 9 points ahead`; not `has found`)
        let reads = |j: usize| {
            matches!(word(j), "put" | "puts" | "gave" | "gives")
                || (matches!(word(j), "had" | "has")
                    && (matches!(word(j + 1), "shown" | "put" | "given")
                        || !(numbers::says_verb(word(j + 1))
                            || text::AUXILIARIES.contains(&word(j + 1)))))
        };
        // (a poll in lower case, its reading verb its own: not `The US
        // Geological Survey put`, `Polls had closed … when the commission put`)
        let poll_at = (from..m.first_token).find(|&k| {
            POLLS.contains(&word(k))
                && text[tokens[k].start..].starts_with(char::is_lowercase)
                && !(k + 1..m.first_token)
                    .any(|j| matches!(word(j), "when" | "as" | "while" | "because"))
                && (from..k).all(|j| !numbers::says_verb(word(j)) && !self.names_token(t, j, w))
                && (k + 1..m.first_token).any(|j| reads(j) && joined(j, m.first_token))
                && !about_poll()
        });
        // (the modal of the figure's own clause, no comma between, in a sentence
        // with a condition: `if` opening it or after a comma; not `unclear if`,
        // `did not say if`)
        let conditional = || {
            (s.tokens.start..s.tokens.end).any(|k| {
                matches!(word(k), "if" | "unless")
                    && (k == s.tokens.start || self.comma_before(k) || word(k - 1) == "even")
            }) && (from..m.first_token)
                .rev()
                .take_while(|&k| !self.comma_before(k + 1))
                .any(|k| MODALS.contains(&word(k)))
        };
        // (the fact's name and one it does not give, joined by `and`, with
        // `together`, `combined` or `jointly` after them as the verb's adverb or
        // opening the sentence, and the figure in that clause: `a coalition
        // between the Civic Alliance and the Green Left, which together would
        // hold 131 seats`; not `stood together on Monday as Germany pledged`, nor
        // `…, with Apple alone holding 57%`)
        let joint = || {
            (from..m.first_token).any(|k| {
                JOINT.contains(&word(k))
                    && (k == s.tokens.start || !numbers::says_verb(word(k - 1)))
                    && !(k + 1..m.first_token)
                        .any(|j| matches!(word(j), "before" | "after" | "as" | "when" | "while"))
                    && (k + 1..m.first_token)
                        .all(|j| !self.comma_before(j) || (j == k + 1 && k == s.tokens.start))
            }) && (from..m.first_token).any(|j| {
                word(j) == "and"
                    && (j.saturating_sub(4)..j).any(|k| self.names_token(t, k, w))
                    && (j + 1..(j + 4).min(m.first_token)).any(|k| {
                        text[tokens[k].start..].starts_with(char::is_uppercase)
                            && !numbers::FUNCTION_WORDS.contains(&word(k))
                            && !self.names_token(t, k, w)
                    })
            })
        };
        let reading = forecast_at.or(poll_at).is_some_and(|k| !turned(k))
            && !named(&[
                "poll",
                "survey",
                "average",
                "projected",
                "projection",
                "predicted",
                "forecast",
                "pollster",
                "expected",
            ]);
        // (a measure a forecast or a target holds, as its modifier or after its
        // `of`: `beating the 0.2% median forecast`, `the government's target of
        // spending 2.5% of GDP on defence`; not a target reached, `hit its target
        // of 76%`, `returned to the 2% target`, nor a count of goals or targets)
        let measure = m.unit.is_some_and(|u| u != "year" && u != "age");
        let reached = (from..m.first_token).any(|k| {
            matches!(
                word(k),
                "hit"
                    | "met"
                    | "meet"
                    | "reached"
                    | "reach"
                    | "achieved"
                    | "returned"
                    | "at"
                    | "matched"
                    | "beat"
                    | "exceeded"
                    | "surpassed"
                    | "topped"
                    | "hitting"
            )
        });
        let aimed = measure
            && !reached
            && ((m.end_token..(m.end_token + 3).min(s.tokens.end))
                .take_while(|&k| {
                    AIMS.contains(&word(k))
                        || matches!(
                            word(k),
                            "median" | "consensus" | "annual" | "inflation" | "official"
                        )
                })
                .any(|k| AIMS.contains(&word(k)) && !self.comma_before(k))
                || (m.first_token.saturating_sub(4).max(from)..m.first_token).any(|k| {
                    AIMS.contains(&word(k))
                        && matches!(word(k + 1), "of" | "at")
                        && (k + 2..m.first_token)
                            .all(|j| !numbers::says_verb(word(j)) || word(j).ends_with("ing"))
                }));
        reading
            || (aimed && !named(AIMS))
            || (conditional() && !turned(from) && !named(&["would", "could", "if"]))
            || (joint() && !named(&["together", "combined", "coalition"]))
    }

    /// Whether number mention `m` is the level at a time a change is measured
    /// from, in a clause of `when` after a comma that closes a time after `since`
    /// or `from` (`has lowered borrowing costs by 250 basis points since January,
    /// when the rate stood at 13.75%`; `is up three points from Meridex's October
    /// survey, when she stood at 41 percent`): no level of now, for a fact with
    /// no date. The clause tells a level (`stood`, `was`), not an event (`since
    /// 2019, when it recalled 340,000 vehicles`).
    fn earlier_level(&self, m: &NumberMention) -> bool {
        let word = |k: usize| self.a.tokens.get(k).map_or("", |t| t.folded());
        let Some(s) = self.a.sentence_at(m.first_token) else {
            return false;
        };
        let Some(when) = (s.tokens.start + 1..m.first_token)
            .rev()
            .take_while(|&k| !self.comma_before(k + 1) || k + 1 == m.first_token)
            .find(|&k| word(k) == "when" && self.comma_before(k))
        else {
            return false;
        };
        // (a level the clause tells, not an event: not `the worst since 2017-18,
        // when 114 people died`)
        let level = (when + 1..m.first_token)
            .any(|k| matches!(word(k), "stood" | "was" | "were" | "sat" | "stands" | "is"));
        level
            && (when.saturating_sub(6).max(s.tokens.start)..when)
                .rev()
                .take_while(|&k| {
                    !numbers::says_verb(word(k)) && (k + 1 == when || !self.comma_before(k + 1))
                })
                .any(|k| matches!(word(k), "since" | "from"))
    }

    /// Whether number mention `m` counts basis points (`cut by 100 basis points`,
    /// `25 bps`) for test `t`, whose terms and `counts` do not name `basis`: a
    /// hundredth of a percentage point each, read as points (`100 basis points`
    /// satisfies a fact of 1 point; a fact of `basis point` reads them as told).
    fn basis_points(&self, t: &Test, m: &NumberMention, w: Window) -> bool {
        let word = |k: usize| self.a.tokens.get(k).map_or("", |t| t.folded());
        let Some(c) = m.counted else {
            return false;
        };
        let basis = match word(c) {
            "point" | "points" if c > 0 && word(c - 1) == "basis" => c - 1,
            "bps" | "bp" => c,
            _ => return false,
        };
        // (a change told with `by`: not a spread, a fee or a margin quoted in
        // basis points, `widened to 180 basis points`)
        // (and only for a fact whose `counts` names points: `counts = ["percentage
        // point"]`; a fact of `40` for `narrowed by 40 basis points` is told so)
        m.first_token > 0
            && word(m.first_token - 1) == "by"
            && t.counts.iter().any(|id| {
                let x = &self.term(*id).text;
                x.contains("point") || x.contains("percentage")
            })
            && !(t.all.iter().chain(&t.any).chain(&t.counts)).any(|id| self.covers(*id, basis, w))
    }

    /// Whether number mention `m` is told of an earlier occasion in a series (a
    /// poll's, a survey's, an election's) of what the fact measures, for test `t`
    /// with no `date`: the words of its sentence before it (at most twelve) name
    /// that occasion, at most three words before its noun, as `previous` or
    /// `prior` (not `prior to`), `last` after a determiner or a possessive and
    /// before a noun that is no time (`the last election`, not `last week`), a
    /// time `ago` (`a fortnight ago`), a month naming the poll, not the paper's
    /// (`Opinia's January poll`), or a year a year or more before the paper (`the
    /// 2022 general election`): "Statwell's previous poll, in January, had put
    /// the PA on 32%", "Turnout at the last election was 69.1%", "At the same
    /// stage of the 2022 campaign, Harrow had the PA eight points ahead". Not
    /// after `since` (a change since then runs to now) unless in the occasion's
    /// own `which` or `when` clause, nor with a word of now, of a contrast or of a
    /// present level between (`but`, `now`, `latest`, `compared`, `unlike`, `as`,
    /// `is`, `has`), nor for a fact that names the occasion's words, nor a level
    /// still in force (`still`, `remains`).
    fn earlier_occasion(&self, t: &Test, m: &NumberMention, w: Window) -> bool {
        let Some(year_ago) = self.year_ago() else {
            return false;
        };
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let f = m.first_token;
        let Some(s) = self.a.sentence_at(f) else {
            return false;
        };
        let from = s.tokens.start.max(f.saturating_sub(12));
        let time = |x: &str| {
            matches!(
                x,
                "week"
                    | "month"
                    | "year"
                    | "night"
                    | "time"
                    | "weekend"
                    | "season"
                    | "summer"
                    | "winter"
                    | "spring"
                    | "autumn"
                    | "fall"
                    | "decade"
                    | "day"
            ) || numbers::WEEKDAYS_MONTHS.contains(&x)
                || x.starts_with(|c: char| c.is_ascii_digit())
        };
        // (a possessive right before token `k`: `Harrow's`, `pollsters'`)
        let possessive = |k: usize| {
            let before = self.a.text()[..tokens[k].start].trim_end();
            ["'s", "\u{2019}s", "s'", "s\u{2019}"]
                .iter()
                .any(|p| before.ends_with(p))
        };
        let marker = |k: usize| match word(k) {
            "previous" | "prior" => true,
            // (after a determiner or a possessive: `the last election`, `Harrow's
            // last poll`; not `last scorched by`, `the last trading day`)
            "last" => {
                let next = word(k + 1);
                let text = self.a.text();
                let owned = k > 0
                    && (matches!(word(k - 1), "the" | "its" | "their" | "his" | "her")
                        || possessive(k));
                owned
                    && !time(next)
                    && !time(word(k + 2))
                    && !matches!(next, "s" | "two" | "three" | "few" | "several")
                    && !text[tokens[k].end..].starts_with(['\'', '\u{2019}'])
            }
            "ago" => {
                k > from
                    && matches!(
                        word(k - 1),
                        "fortnight" | "week" | "weeks" | "month" | "months" | "year" | "years"
                    )
            }
            // (a month naming a poll or a survey, after a possessive or `the`,
            // not the paper's: `Opinia's January poll`, `In Lakeview's September
            // poll`)
            x if numbers::WEEKDAYS_MONTHS.contains(&x)
                && x.parse::<chrono::Month>().is_ok()
                && matches!(word(k + 1), "poll" | "polls" | "survey" | "wave")
                && k > 0
                && (word(k - 1) == "the" || possessive(k)) =>
            {
                self.a.doc.meta.published.is_some_and(|p| {
                    x.parse::<chrono::Month>()
                        .is_ok_and(|mo| mo.number_from_month() != chrono::Datelike::month(&p))
                })
            }
            // (a year as written, after `in`, `of` or `during`, or `the` after one
            // of those or `at`: `Turnout at the 2022 general election`; not `reverse
            // the 2023 reform`, nor `1,888`)
            x => {
                let y = &self.a.text()[tokens[k].start..tokens[k].end];
                y.len() == 4
                    && year_by(x, year_ago)
                    && k > 0
                    && (matches!(word(k - 1), "in" | "of" | "during")
                        || (word(k - 1) == "the"
                            && k > 1
                            && matches!(word(k - 2), "in" | "of" | "during" | "at")))
            }
        };
        // (of an occasion in a series, a poll's or an election's: its noun at most
        // three words after the marker, `the last election`, `the 2022 general
        // election`, `Harrow's previous poll, a fortnight ago`; not a one-off
        // act's time, `Two weeks ago, the council approved`, `In the last quarter`,
        // `During the 2022 heatwave`)
        let series_noun = |j: usize| {
            matches!(
                word(j),
                "poll"
                    | "polls"
                    | "survey"
                    | "surveys"
                    | "election"
                    | "elections"
                    | "vote"
                    | "ballot"
                    | "census"
                    | "campaign"
                    | "referendum"
                    | "wave"
            )
        };
        let series = |k: usize| (k..(k + 4).min(f)).any(series_noun);
        let Some(k) = (from..f).find(|&k| marker(k) && series(k) && word(k + 1) != "to") else {
            return false;
        };
        // (not for a fact that names the occasion: `all = ["turnout", "election"]`)
        let noun = (k..(k + 4).min(f)).find(|&j| series_noun(j));
        if noun.is_some_and(|n| (k..=n).any(|j| self.names_token(t, j, w))) {
            return false;
        }
        let stops = |j: usize| {
            matches!(
                word(j),
                "but"
                    | "while"
                    | "whereas"
                    | "now"
                    | "today"
                    | "this"
                    | "latest"
                    | "current"
                    | "new"
                    | "compared"
                    | "against"
                    | "than"
                    | "since"
                    | "still"
                    | "remains"
                    // (a level of now: `Halcyon, founded in 2017, has about 3
                    // million customers`)
                    | "has"
                    | "have"
                    | "is"
                    | "are"
                    // (set beside now: `Unlike the last election, turnout hit
                    // 72%`, `As in the previous poll, the PA polled 32%`)
                    | "unlike"
                    | "like"
                    | "as"
            ) || (word(j) == "to"
                && j > 0
                && (matches!(word(j - 1), "cent" | "percent" | "points")
                    || word(j - 1).starts_with(|c: char| c.is_ascii_digit())))
        };
        let quoted = self.a.text()[tokens[s.tokens.start].start..tokens[f].start].contains(';');
        // (a change since the occasion runs to now, but not a figure in a clause
        // of the occasion's own: `has more than doubled since Opinia's January
        // poll, which put the NU on 32 per cent`)
        let own_clause = (k + 1..f)
            .find(|&j| matches!(word(j), "which" | "when"))
            .is_some_and(|r| r <= k + 5 && !(k + 1..f).any(stops));
        !quoted
            && (own_clause || !(from..f).any(stops))
            && !(m.end_token..s.tokens.end).any(|j| matches!(word(j), "still" | "remains" | "now"))
    }

    /// The day a year before the paper's `published` date: what is on or before
    /// it is a year or more old.
    fn year_ago(&self) -> Option<chrono::NaiveDate> {
        (self.a.doc.meta.published).and_then(|p| p.checked_sub_days(chrono::Days::new(365)))
    }

    /// Whether a written date or a bare year in tokens `from..to` of the text
    /// ends a year or more before `year_ago`'s paper: its last day on or before
    /// `year_ago` (`in October 2022`, `in late 2011`, `in mid-2023`, `the autumn
    /// of 2023`).
    fn old_time_in(&self, from: usize, to: usize, year_ago: chrono::NaiveDate) -> bool {
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        if from >= to || to > tokens.len() {
            return false;
        }
        let written = self
            .a
            .dates_in(tokens[from].start, tokens[to - 1].end)
            .iter()
            .any(|d| written_by(d, year_ago));
        written
            || (from.max(1)..to).any(|k| {
                year_by(word(k), year_ago)
                    && matches!(
                        word(k - 1),
                        "in" | "of" | "during" | "mid" | "late" | "early" | "end"
                    )
            })
    }

    /// Whether number mention `m` is a level told with its own earlier time, for
    /// test `t` with no `date`: after a verb of standing or peaking and `at`
    /// (`Inflation peaked at 9.6% in October 2022`, `The bank's key rate stood at
    /// 4.25 per cent in the autumn of 2023`), after `was` or `stood` (`was just
    /// 1.9%`), or after `a high of`, `a low of`, `a peak of`, `a record of`, with
    /// a time a year or more before the paper right after it (`in` or `during`
    /// and words of a time) or opening its sentence (`In 2022, …`, or `A year ago`,
    /// `Last year` in its opening clause). It is that time's figure, no level of
    /// now; not for a fact that names the verb, the time or the peak (`peaked`,
    /// `highest`), nor a level still in force (`where it remains today`, `and
    /// still is`). (The level a last change set is now's: `VAT was last raised
    /// in 2010, from 17.5 per cent to 20 per cent`.)
    fn dated_level(&self, t: &Test, m: &NumberMention, w: Window) -> bool {
        let Some(year_ago) = self.year_ago() else {
            return false;
        };
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let f = m.first_token;
        let Some(s) = self.a.sentence_at(f) else {
            return false;
        };
        let s0 = s.tokens.start;
        // the level's verb or noun, not named by the fact
        // (`was just 1.9%`: an adverb between)
        let adverb = usize::from(
            f >= 2
                && matches!(
                    word(f - 1),
                    "just" | "only" | "about" | "around" | "roughly"
                ),
        );
        let cue = if f >= 2 + adverb && matches!(word(f - 1 - adverb), "was" | "were" | "stood") {
            Some(f - 1 - adverb)
        } else if f >= 2 && word(f - 1) == "at" {
            Some(f - 2).filter(|&k| {
                matches!(
                    word(k),
                    "stood"
                        | "peaked"
                        | "was"
                        | "were"
                        | "sat"
                        | "hovered"
                        | "bottomed"
                        | "topped"
                        | "troughed"
                        | "levelled"
                        | "leveled"
                )
            })
        } else if f >= 3 && word(f - 1) == "of" && matches!(word(f - 3), "a" | "its" | "the") {
            Some(f - 2).filter(|&k| matches!(word(k), "high" | "low" | "peak" | "record"))
        } else {
            None
        };
        // (a level still in force after it is now's too: `where it remains today`,
        // `and still is`)
        if (m.end_token..s.tokens.end).any(|j| {
            matches!(
                word(j),
                "still" | "remains" | "remain" | "today" | "now" | "unchanged"
            )
        }) {
            return false;
        }
        // (not for a fact about the peak, by any of its words)
        let peak_named = || {
            [
                "highest", "lowest", "record", "peak", "peaked", "high", "low",
            ]
            .iter()
            .any(|x| self.names_word(t, x))
        };
        let Some(k) = cue.filter(|&k| k >= s0 && !self.names_token(t, k, w) && !peak_named())
        else {
            return false;
        };
        // its time right after it, `in` or `during` and only words of a time
        // (`in October 2022`, `in the autumn of 2023`, `in late 2011`); not a
        // comparison's, `against 4.6% in 2023`
        let time_word = |j: usize| {
            let x = word(j);
            matches!(
                x,
                "in" | "during"
                    | "the"
                    | "of"
                    | "late"
                    | "early"
                    | "mid"
                    | "end"
                    | "autumn"
                    | "spring"
                    | "summer"
                    | "winter"
                    | "fall"
                    | "first"
                    | "second"
                    | "third"
                    | "fourth"
                    | "half"
                    | "quarter"
            ) || numbers::WEEKDAYS_MONTHS.contains(&x)
                || x.parse::<u32>().is_ok()
        };
        // (past a participle: `the peak of 2.07 million reached in January 2006`)
        let after = m.end_token
            + usize::from(
                text::past_form(word(m.end_token), 3)
                    && matches!(word(m.end_token + 1), "in" | "during"),
            );
        let phrase_end = if matches!(word(after), "in" | "during") {
            (after..s.tokens.end.min(after + 8))
                .find(|&j| !time_word(j) || (j > after && self.comma_before(j)))
                .unwrap_or(s.tokens.end.min(after + 8))
        } else {
            m.end_token
        };
        let opening = word(s0) == "in"
            && (s0 + 1..k)
                .find(|&j| self.comma_before(j))
                .is_some_and(|c| {
                    self.old_time_in(s0, c, year_ago) && !(s0..c).any(|j| self.names_token(t, j, w))
                });
        // (`A year ago …`, `Two years ago, …`, `Last year, …`, `A decade ago`:
        // in the opening clause only, not `Last year's champions`, nor for a
        // fact that names that time)
        let opener = match (word(s0), word(s0 + 1), word(s0 + 2)) {
            (
                "a" | "one" | "two" | "three" | "four" | "five",
                "year" | "years" | "decade",
                "ago",
            ) => 3,
            ("last", "year", _)
                if !self.a.text()[tokens[s0 + 1].start..tokens[s0 + 1].end]
                    .contains(['\'', '\u{2019}']) =>
            {
                2
            }
            _ => 0,
        };
        let ago = opener > 0
            && !(s0..s0 + opener).any(|j| self.names_token(t, j, w))
            && (s0 + opener..f).all(|j| {
                !matches!(
                    word(j),
                    "but" | "while" | "whereas" | "now" | "today" | "this"
                ) && !self.a.text()[tokens[j - 1].end..tokens[j].start].contains(';')
            });
        // (not a time the fact names: a fact about that year's level)
        let named = (m.end_token..phrase_end).any(|j| self.names_token(t, j, w));
        (self.old_time_in(m.end_token, phrase_end, year_ago) && !named) || opening || ago
    }

    /// Whether number mention `m`, a figure of a unit alone (`0.1%`, `£9bn`), is
    /// another measure's, for test `t`: it stands in a clause of its own, opened
    /// by a bare subject no term of the fact names and a verb before it
    /// (`Growth has stalled at 0.1% a quarter, the jobless rate is the highest
    /// since 2016`; not `the stock closed up 12%`, the same thing named again),
    /// that clause opening the sentence or set against the next by `;`, `but`,
    /// `while` or `whereas`; and the fact's term hits in its sentence stand in
    /// another clause, one of them with its own verb after it. Clauses part at a
    /// comma, a `;`, or `and`, `but`, `while`, `whereas`.
    fn other_measure(&self, t: &Test, m: &NumberMention, w: Window) -> bool {
        if !unit_figure(m) {
            return false;
        }
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let f = m.first_token;
        let Some(s) = self.a.sentence_at(f) else {
            return false;
        };
        let (s0, s1) = (s.tokens.start, s.tokens.end);
        let breaks = |k: usize| {
            k > s0
                && (self.comma_before(k)
                    || text[tokens[k - 1].end..tokens[k].start].contains(';')
                    || matches!(word(k - 1), "and" | "but" | "while" | "whereas"))
        };
        let start = (s0 + 1..=f).rev().find(|&k| breaks(k)).unwrap_or(s0);
        let end = (m.end_token..s1).find(|&k| breaks(k)).unwrap_or(s1);
        // its clause opens the sentence or is set against the one before
        let contrast = start > s0
            && (text[tokens[start - 1].end..tokens[start].start].contains(';')
                || matches!(word(start - 1), "but" | "while" | "whereas"));
        if start != s0 && !contrast {
            return false;
        }
        // its own subject: a bare noun opening the clause, and a verb between it
        // and the figure
        let noun = |k: usize| {
            let w = word(k);
            !w.is_empty()
                && !numbers::FUNCTION_WORDS.contains(&w)
                && !numbers::says_verb(w)
                && !text::CLAUSE_WORDS.contains(&w)
                && !w.starts_with(|c: char| c.is_ascii_digit())
        };
        if start >= f || !noun(start) || !(start + 1..f).any(|k| numbers::says_verb(word(k))) {
            return false;
        }
        let hits: Vec<(usize, usize)> = (t.all.iter().chain(&t.any))
            .flat_map(|id| self.occurrences_in(*id, w))
            .filter(|o| o.0 >= s0 && o.1 <= s1)
            .copied()
            .collect();
        if hits.is_empty() || hits.iter().any(|o| o.1 > start && o.0 < end) {
            return false;
        }
        // a hit in a clause with its own verb after it (`the jobless rate is …`)
        hits.iter().any(|o| {
            let e = (o.1..s1).find(|&k| breaks(k)).unwrap_or(s1);
            (o.1..e).any(|k| numbers::says_verb(word(k)))
        })
    }

    /// Whether number mention `m`, a figure of a unit alone (`15.1%`), is a
    /// group's part of the measure test `t` names: the fact's term right after
    /// a group's word (`youth unemployment`, `female employment`), or right
    /// before `for` or `among` and a group (`The unemployment rate for 16 to
    /// 24-year-olds rose to 15.1%`, `unemployment among graduates`), no word of
    /// the group named by the fact, the figure after it in its clause.
    fn group_figure(&self, t: &Test, m: &NumberMention, w: Window) -> bool {
        if !unit_figure(m) {
            return false;
        }
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let f = m.first_token;
        let Some(s) = self.a.sentence_at(f) else {
            return false;
        };
        let s0 = s.tokens.start;
        let group = |k: usize| {
            let w = word(k);
            GROUPS.contains(&w) || w == "olds"
        };
        let text = self.a.text();
        // (`the region` may be a place the fact names anywhere else in the window:
        // `Tarnside home owners have had a good year. … prices in the region rose`,
        // `In Dublin, rents in the city rose 8%`)
        let named_place = || !self.name_hits(t, w).is_empty();
        // (a share of those a phrase after it picks out: `44 per cent of those who
        // watched`, `rising to 71 per cent of those in full-time work`, `only 17
        // per cent of 18- to 24-year-olds said`; not for a fact naming its words)
        let after = m.end_token;
        // (where the picking phrase ends: `those who watched`, `18- to
        // 24-year-olds`, `the north`)
        let picking =
            if !matches!(word(after), "of" | "among" | "amongst") {
                None
            } else if word(after + 1) == "those"
            && matches!(
                word(after + 2),
                "who" | "with" | "in" | "aged" | "under" | "over" | "whose" | "polled"
            )
            // (not the whole that answered: `of those who voted`, `of those who
            // responded`)
            && !matches!(
                word(after + 3),
                "voted" | "responded" | "answered" | "replied" | "took" | "participated"
            ) {
                Some(after + 4)
            } else if let Some(k) =
                (after + 1..(after + 6).min(s.tokens.end)).find(|&k| word(k) == "olds")
            {
                Some(k + 1)
            } else if word(after + 1) == "the"
            // (`a quarter of the north`; not `38% of the city's registered voters`,
            // the whole)
            && matches!(
                word(after + 2),
                "north"
                    | "south"
                    | "east"
                    | "west"
                    | "northeast"
                    | "northwest"
                    | "southeast"
                    | "southwest"
            ) {
                Some(after + 3)
            } else {
                None
            };
        let picked = picking.is_some_and(|end| {
            !(after + 1..end.min(s.tokens.end)).any(|k| self.names_token(t, k, w))
        });
        if m.unit == Some("percent") && picked {
            return true;
        }
        // (a part set against the whole told `nationally`: `Some 27.4 per cent of
        // northern residents said they could speak Lessic, compared with 8.7 per
        // cent nationally`; the part's for a fact naming its place, the whole's
        // for one that does not)
        let capital = |k: usize| text[tokens[k].start..].starts_with(char::is_uppercase);
        // (`In Ostberg,`, `Glasgow's unemployment rate`, `Scottish unemployment`,
        // `residents of Gwynedd`, `northern residents`, `the region`)
        let place_word = |k: usize| {
            let x = word(k);
            let written = &text[tokens[k].start..tokens[k].end];
            let possessive = written.ends_with("'s")
                || written.ends_with("\u{2019}s")
                || text[tokens[k].end..].starts_with(['\'', '\u{2019}']);
            PLACE_PARTS.contains(&x)
                || (x.len() > 6 && x.ends_with("ern"))
                || (capital(k)
                    && ((k > s0 && matches!(word(k - 1), "in" | "of"))
                        || possessive
                        || x.ends_with("ish")
                        || x.ends_with("ian")
                        || matches!(
                            word(k + 1),
                            "residents" | "households" | "people" | "voters"
                        )))
        };
        if let Some(n) = (self.a.numbers_in(s.span.start, s.span.end).iter())
            .find(|n| n.unit == m.unit && self.told_nationally(n))
        {
            let place = (s0..n.first_token).any(|k| place_word(k) && self.names_token(t, k, w));
            if n.first_token == f {
                return place;
            }
            if f < n.first_token {
                return !place;
            }
        }
        (t.all.iter().chain(&t.any))
            .flat_map(|id| self.occurrences_in(*id, w))
            .filter(|o| o.0 >= s0 && o.1 <= f)
            .any(|&(a, b)| {
                let before = a > s0 && group(a - 1) && !self.names_token(t, a - 1, w);
                // (past the measure's own noun: `unemployment rate for women`)
                let b = b + usize::from(matches!(word(b), "rate" | "rates" | "level"));
                let after = matches!(word(b), "for" | "among" | "amongst")
                    && (b + 1..(b + 7).min(f)).any(group)
                    && !(b + 1..(b + 7).min(f)).any(|k| self.names_token(t, k, w));
                // (or a part of the place: `prices in the region rose by 6.2%`,
                // `rents in the capital`)
                // (of a measure, not a name placed: `Tarnside in the north`)
                let place = word(b) == "in"
                    && (a == s0 || text[tokens[a].start..].starts_with(char::is_lowercase))
                    && word(b + 1) == "the"
                    && PLACE_PARTS.contains(&word(b + 2))
                    && b + 2 < f
                    && !self.names_token(t, b + 2, w)
                    && !named_place();
                (before || after || place)
                    && (b..f).all(|k| !self.comma_before(k + 1) || k + 1 == f)
            })
    }

    /// Whether number mention `m` is a threshold missed, not a result: after
    /// `the`, its noun (or itself) followed by `needed` or `required` and then
    /// `to`, `for`, a mark or the sentence's end, a word of failing before it in
    /// its sentence (`failed to secure the 76 votes needed, winning 68`; not `The
    /// 40 people needed hospital treatment`, `secured the 51 votes needed`),
    /// unless test `t` names that word (a fact about what was needed).
    fn threshold(&self, t: &Test, m: &NumberMention, w: Window) -> bool {
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let after = m.counted.map_or(m.end_token, |c| c + 1);
        // (missed: a word of failing before it in its sentence, not `secured the
        // 51 votes needed`)
        let failed = || {
            let s = self
                .a
                .sentence_at(m.first_token)
                .map_or(0, |s| s.tokens.start);
            (s..m.first_token).any(|k| {
                matches!(
                    word(k),
                    "failed" | "fail" | "fails" | "short" | "missed" | "lacked" | "lacks" | "not"
                ) || tokens[k].contraction
            })
        };
        m.first_token >= 1
            && word(m.first_token - 1) == "the"
            && matches!(word(after), "needed" | "required")
            && failed()
            && (matches!(word(after + 1), "to" | "for" | "")
                || self.comma_before(after + 1)
                || numbers::sentence_after(self.a.text(), tokens, after))
            && !self.names_token(t, after, w)
    }

    /// The hits of test `t`'s `all` and `any` terms in window `w` that are names:
    /// on a capitalised word, which at a sentence's start is a name only when the
    /// fact writes the term capitalised or by an alias.
    fn name_hits(&self, t: &Test, w: Window) -> Vec<(usize, usize)> {
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let capital = |k: usize| text[tokens[k].start..].starts_with(char::is_uppercase);
        let first_of_sentence =
            |k: usize| self.a.sentence_at(k).is_some_and(|s| s.tokens.start == k);
        (t.all.iter().chain(&t.any))
            .flat_map(|id| {
                let written = self
                    .term(*id)
                    .text
                    .starts_with(|c: char| c == '@' || c.is_uppercase());
                self.occurrences_in(*id, w)
                    .filter(move |o| capital(o.0) && (written || !first_of_sentence(o.0)))
                    .copied()
            })
            .collect()
    }

    /// Whether number mention `m` is the figure of an earlier event told as
    /// background, for test `t` with no `date`: its clause is dated a year or more
    /// before the paper (`Haiyan, which killed more than 6,300 people when it
    /// struck in November 2013`, `after Emilia-Romagna was hit by floods in May
    /// 2023 that killed 17 people`), and a name the fact gives (a term on a
    /// capitalised word: `Yanhe`, `Tuesday`) stands before it in its sentence,
    /// outside that clause, never inside it. The clause opens at the first
    /// `which`, `who`, `when`, `that` or `after` after the name (not a `that` after
    /// a saying), with another name or a later verb between (not a month's or a
    /// weekday's capital, nor a saying), and not a clause of time whose subject is
    /// a pronoun; it ends at a `;`, a comma before a verb (`Yanhe, which formed in
    /// 2013's season, killed 14`), or a relative clause's closing comma.
    fn background_figure(&self, t: &Test, m: &NumberMention, w: Window) -> bool {
        if self.a.doc.meta.published.is_none() {
            return false;
        }
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let Some(s) = self.a.sentence_at(m.first_token) else {
            return false;
        };
        let (s0, s1) = (s.tokens.start.max(w.tok_start), s.tokens.end.min(w.tok_end));
        let capital = |k: usize| text[tokens[k].start..].starts_with(char::is_uppercase);
        let names = self.name_hits(t, w);
        if names.is_empty() {
            return false;
        }
        let f = m.first_token;
        let gap = |k: usize| &text[tokens[k - 1].end..tokens[k].start];
        // (a name of the fact before the figure in its sentence: with none, the
        // figure may be the name's own told after it, `Halvorsen Shipping was
        // fined again. In 2021, the company paid $4 million`)
        let Some(mut after) = names
            .iter()
            .filter(|o| o.0 >= s0 && o.1 <= f)
            .map(|o| o.1)
            .max()
        else {
            return false;
        };
        let last_before = after;
        // (the name's own words run on: `Meridian Holdings`, `Jair Bolsonaro`)
        while after < f && capital(after) && gap(after) == " " {
            after += 1;
        }
        // the clause of another name or of a later verb (not a month's or a
        // weekday's capital, nor a saying): not the name's own appositive, `Ramon
        // Ortiz, a 29-year-old father of two who was shot 14 times … in 2022`, nor
        // what the name said, `Smith said on Monday that the company cut 1,200
        // jobs in 2023`
        let saying = |j: usize| text::SAYING.contains(&word(j)) || word(j) == "claimed";
        let Some(start) = (after..f).find(|&k| {
            matches!(word(k), "which" | "who" | "when" | "that" | "after")
                && !(word(k) == "that" && (k.saturating_sub(4)..k).any(saying))
        }) else {
            return false;
        };
        let other = |j: usize| {
            (capital(j) && !numbers::WEEKDAYS_MONTHS.contains(&word(j)))
                || (numbers::says_verb(word(j)) && !saying(j))
        };
        // (and a clause of time whose subject is a pronoun tells the name's own
        // act: `Haiyan became the deadliest storm when it killed more than 6,300
        // people in November 2013`)
        if !(after..start).any(other)
            || (matches!(word(start), "when" | "after")
                && matches!(
                    word(start + 1),
                    "he" | "she" | "it" | "they" | "his" | "her" | "its" | "their"
                ))
        {
            return false;
        }
        // (to a `;`, a comma before a verb, or, for a relative clause set off by a
        // comma, its closing comma: `sentenced Bolsonaro, who won 58 million votes
        // in October 2022, to 27 years in prison`)
        let set_off = matches!(word(start), "which" | "who") && gap(start).contains(',');
        let end = (start + 1..s1)
            .find(|&k| {
                gap(k).contains(';')
                    || (gap(k).contains(',') && (set_off || numbers::says_verb(word(k))))
            })
            .unwrap_or(s1);
        if f >= end || names.iter().any(|o| o.0 < end && o.1 > start) {
            return false;
        }
        // a day, month or year a year or more before the paper, not after `since`
        // or `than`, and after the figure only in its own phrase (no comma between)
        let Some(year_ago) = self.year_ago() else {
            return false;
        };
        let from = last_before;
        let at = |b: usize| tokens.partition_point(|t| t.start < b);
        let fits = |first: usize| {
            first > 0
                && !matches!(word(first - 1), "since" | "than")
                && (first < f
                    || !(m.end_token..first).any(|k| gap(k).contains(',') || word(k) == "since"))
        };
        let written = self
            .a
            .dates_in(tokens[from].start, tokens[end - 1].end)
            .iter()
            .any(|d| written_by(d, year_ago) && fits(at(d.start)));
        written
            || (from..end).any(|k| {
                year_by(word(k), year_ago)
                    && k > 0
                    && matches!(word(k - 1), "in" | "of" | "during")
                    && fits(k)
            })
    }

    /// [`Self::counting`] before background figures are left out.
    fn counting_read(&self, t: &Test, w: Window) -> Vec<Cow<'_, NumberMention>> {
        let mentions = self.a.numbers_in(w.start, w.end);
        // a running total after the count it adds: the fact's figure is read on
        // the side where its terms stand
        let side = self.running_total(t, w, mentions);
        let on_side =
            |m: &NumberMention| side.is_none_or(|(at, before)| (m.first_token < at) == before);
        if !t.counts.is_empty() {
            let ages = |m: &NumberMention| matches!(m.kind, Kind::Age | Kind::Family);
            let own_age =
                |m: &NumberMention| self.name_of(m.person, w).any(|k| self.names_token(t, k, w));
            // (an age is its person's: with the ages of two named people told,
            // `Kast, 59, … behind Jara, 51`, a fact about Kast reads only Kast's)
            let text = self.a.text();
            let named = |m: &NumberMention| {
                m.person
                    .and_then(|p| self.a.tokens.get(p))
                    .is_some_and(|p| text[p.start..].starts_with(char::is_uppercase))
            };
            // (or of a person the fact names by a noun: `a 4-year-old boy and his
            // grandmother, 70,` for a fact about the grandmother)
            // (or, for a fact naming someone else in the window, a named person's
            // age: `Tomás Ibarra, 39, … with Norway's Henrik Solberg` for a fact
            // about Solberg; an acronym is no person, `NASA`, nor is a name joined
            // to the age's by `and`, `Andre and Marcus Wells, aged 38 and 35`)
            let names = self.name_hits(t, w);
            let tokens = &self.a.tokens;
            let capital = |j: usize| text[tokens[j].start..].starts_with(char::is_uppercase);
            let person_named = |m: &NumberMention| {
                let Some(p) = m.person else { return false };
                // (a place is no person: `on Ridgeview Lane`)
                let place = |k: usize| {
                    let run = (0..k)
                        .rev()
                        .find(|&j| !capital(j) && tokens[j].folded() != "the");
                    run.is_some_and(|j| {
                        matches!(
                            tokens[j].folded(),
                            "in" | "on"
                                | "at"
                                | "near"
                                | "from"
                                | "into"
                                | "to"
                                | "across"
                                | "of"
                                | "outside"
                                | "inside"
                                | "for"
                                | "by"
                        )
                    })
                };
                names.iter().any(|&(k, _)| {
                    let word = &text[tokens[k].start..tokens[k].end];
                    let joined =
                        k < p && (k + 1..p).all(|j| capital(j) || tokens[j].folded() == "and");
                    // (nor a name that labels the person, a few words before with
                    // no comma: `Reuters photographer Ali Hassan, 33`)
                    let label = k < p && p - k <= 4 && (k + 1..=p).all(|j| !self.comma_before(j));
                    let own = self.name_of(m.person, w).any(|j| j == k);
                    word.chars().any(char::is_lowercase) && !(place(k) || own || joined || label)
                })
            };
            let someone_elses = |m: &NumberMention| {
                ages(m)
                    && !own_age(m)
                    && (mentions
                        .iter()
                        .any(|o| o.kind == m.kind && (named(o) || !named(m)) && own_age(o))
                        || (m.kind == Kind::Age && named(m) && person_named(m)))
            };
            let counts_named = |m: &NumberMention| {
                t.counts.iter().any(|id| {
                    // (its head, or a noun before it: `five crew members`
                    // counts crew)
                    m.counted.is_some_and(|c| {
                        self.covers(*id, c, w)
                            || (self.noun_words(m.end_token, c)).any(|k| self.covers(*id, k, w))
                    })
                        || m.unit.is_some_and(|u| self.names(*id, u))
                        // (the word right after a number that counts no noun, as
                        // the fact's `counts` names it: `more than 5,000 times`)
                        || (m.counted.is_none()
                            && m.unit.is_none()
                            && self.covers(*id, m.end_token, w))
                        // (a measure after its noun and `of`, with no noun of its
                        // own: `a fee of €45m`, `a fine of €500,000`, `a death toll of
                        // 40`)
                        || (m.counted.is_none()
                            && m.kind == Kind::Count
                            && m.unit != Some("percent")
                            && m.first_token >= 2
                            && self.a.tokens[m.first_token - 1].folded() == "of"
                            && self.covers(*id, m.first_token - 2, w))
                        // (a part of the set its sentence opens with, with no
                        // noun of its own: `Of the stolen cards, … around 400,000
                        // were still valid`)
                        || (m.counted.is_none()
                            && m.unit.is_none()
                            && self
                                .opener_set(m)
                                .is_some_and(|(set, _)| set.into_iter().any(|k| self.covers(*id, k, w))))
                        // (what a number was: `Of the dead, 71 were men`)
                        || (m.counted.is_none()
                            && m.unit.is_none()
                            && self.a.tokens.get(m.end_token).is_some_and(|b| {
                                matches!(b.folded(), "were" | "was" | "are" | "is")
                            })
                            && self.covers(*id, m.end_token + 1, w))
                        // (a part whose set's predicate names it: `Nine of the
                        // FCP's 31 deputies are women` counts women)
                        || (m.kind == Kind::Count
                            && m.unit.is_none()
                            && self.a.tokens.get(m.end_token).is_some_and(|t| t.folded() == "of")
                            && numbers::ties(self.a.text(), &self.a.tokens, self.a.clauses(), m)
                                .predicate
                                .is_some_and(|p| {
                                    self.covers(*id, p, w) && !self.other_owner(t, w, m.end_token, p)
                                }))
                        // (a level of `the number of X` counts X: `The number of
                        // people living unsheltered … rose 17% to 5,180`)
                        || numbers::number_of(text, &self.a.tokens, m)
                            .is_some_and(|k| self.covers(*id, k, w))
                        // (a number that is its clause's subject counts people:
                        // `Tens of thousands were trapped`, `Three died`)
                        || (m.counted.is_none()
                            && m.unit.is_none()
                            && m.kind == Kind::Count
                            && self.subject_number(m)
                            && (self.names(*id, "people") || self.names(*id, "person")))
                })
            };
            // a number with no noun of its own counts what the count it goes with
            // counts, in its sentence: a part after `including` or `among them`
            // (`103 of the drones, including 23 over Kharkiv Oblast`), a part
            // before `of` its whole (`won four of their previous five home
            // games`), or the next of a list (`Asfura had 1,144,216 votes and
            // Nasralla 1,124,329`, `7.2 million votes, against about 5.2 million
            // for Jara`, `18 goals in 16 league games, and 25 in all
            // competitions`: the nearest before it that counts the fact's noun)
            let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
            let joined =
                |a: usize, b: usize| (a..b).all(|k| !numbers::sentence_after(text, tokens, k));
            let inherits = |i: usize| {
                let m = &mentions[i];
                // (after a sentence's opening set with no number, its noun, the
                // number's verb right after it: `Of the trucks that crossed on
                // Sunday, about 150 carried fuel`)
                let f = m.first_token;
                let verb_after = m.counted.is_none() || numbers::verb_shaped(word(m.end_token));
                if verb_after
                    && let Some((s, comma)) = self.after_opening_set(m)
                    && !mentions[..i]
                        .iter()
                        .any(|o| o.first_token >= s.tokens.start)
                {
                    // (for a fact about the part's own act, none of the set's words
                    // but its noun: not `["trucks", "crossed"]`, whose total the
                    // part is not)
                    let noun = s.tokens.start + 2;
                    let named = |j: usize| self.names_token(t, j, w);
                    return (noun..(noun + 2).min(comma))
                        .any(|j| t.counts.iter().any(|id| self.covers(*id, j, w)))
                        && !(noun + 1..comma).any(|j| {
                            named(j) && !t.counts.iter().any(|id| self.covers(*id, j, w))
                        })
                        && (f..s.tokens.end).any(named);
                }
                if m.kind != Kind::Count || m.counted.is_some() || m.unit.is_some() {
                    return false;
                }
                let before = |d: usize| f.checked_sub(d).map_or("", word);
                // (a part of a relative clause, `of which 125 were shot down`,
                // `nine of which were intercepted`: the nearest count before it)
                let of_which = (before(1) == "which" && before(2) == "of")
                    || (word(m.end_token) == "of" && word(m.end_token + 1) == "which");
                if before(1) == "including"
                    || (before(1) == "them" && before(2) == "among")
                    || of_which
                {
                    return i > 0
                        && joined(mentions[i - 1].end_token, f)
                        && counts_named(&mentions[i - 1]);
                }
                if word(m.end_token) == "of" {
                    return mentions
                        .get(i + 1)
                        .is_some_and(|n| n.first_token <= m.end_token + 3 && counts_named(n));
                }
                // (the list's joining word, qualifiers and one name passed over)
                let mut k = f;
                let mut named = false;
                while let Some(p) = k.checked_sub(1) {
                    if matches!(
                        word(p),
                        "about"
                            | "nearly"
                            | "some"
                            | "almost"
                            | "around"
                            | "roughly"
                            | "just"
                            | "over"
                            | "than"
                            | "more"
                            | "fewer"
                            | "less"
                    ) {
                        k = p;
                    } else if !named && text[tokens[p].start..].starts_with(char::is_uppercase) {
                        (named, k) = (true, p);
                    } else if p + 1 == f
                        && p > 0
                        && word(p).ends_with("ing")
                        && self.comma_before(p)
                        && self.names_token(t, p, w)
                    {
                        // (the fact's own act as a participle after a comma:
                        // `failed to secure the 76 votes needed, winning 68`)
                        k = p;
                    } else {
                        break;
                    }
                }
                // (not a number with a verb of its own: `34 were women`)
                let next = word(m.end_token);
                if numbers::verb_shaped(next) || text::AUXILIARIES.contains(&next) {
                    return false;
                }
                let comma = self.comma_before(k);
                let listed =
                    comma || (k > 0 && matches!(word(k - 1), "and" | "against" | "versus" | "vs"));
                listed
                    && (0..i)
                        .rev()
                        .take_while(|&j| {
                            mentions[j].end_token + 15 >= f && joined(mentions[j].end_token, f)
                        })
                        .any(|j| mentions[j].kind == Kind::Count && counts_named(&mentions[j]))
            };
            // (the side of a running total holds the fact's figure only when a
            // count of its `counts` stands there: in "raising VAT by half a
            // percentage point, taking it to 16%" the 16% is the only percent)
            // (only for a change in points beside a level: a count of anything
            // else on the fact's side keeps the side, `killed three fighters,
            // bringing the toll since the truce to 340 people`)
            let points = |o: &NumberMention| {
                o.counted
                    .is_some_and(|c| matches!(self.a.tokens[c].folded(), "point" | "points"))
            };
            let side_counts = mentions.iter().any(|o| on_side(o) && counts_named(o))
                || mentions
                    .iter()
                    .any(|o| on_side(o) && o.kind == Kind::Count && !points(o));
            // (a part of the set `counts` names, told without the set's number, says
            // nothing of how many there are unless the fact names what the part did:
            // `41 of the victims were aged over 75`)
            let unnumbered_part = |m: &NumberMention| {
                self.of_unnumbered_set(t, w, m)
                    && m.unit.is_none()
                    && !numbers::of_them_at_place(&self.a.tokens, m)
                    && numbers::ties(self.a.text(), &self.a.tokens, self.a.clauses(), m).part
            };
            let counted: Vec<Cow<NumberMention>> = (mentions.iter().enumerate())
                .filter(|&(i, m)| {
                    (on_side(m) || !side_counts)
                        && (m.kind != Kind::Earlier || self.earlier_named(t, m, w))
                        && (m.kind != Kind::Then
                            || self.then_fits(t, m)
                            || self.earlier_named(t, m, w))
                        && (counts_named(m) || inherits(i))
                        && !self.figure_of_another(t, m, w)
                        && !someone_elses(m)
                        && !unnumbered_part(m)
                })
                .map(|(_, m)| Cow::Borrowed(m))
                .collect();
            // (the set a part is taken from counts the set when the fact names an
            // act, `Alcaraz had won four of their five meetings`, or the part's
            // holder, `Aalto's coalition holds 61 of the 101 seats`; not `four of its
            // 25 crew` for a fact about the ship's crew: [`Self::set_whole`])
            let keep: Vec<bool> = (counted.iter())
                .map(|m| !(counted.len() > 1 && self.set_whole(t, w, m, &counted)))
                .collect();
            let mut counted = counted;
            retain_kept(&mut counted, &keep);
            let counted = self.holders_part(t, w, true, counted);
            return self.of_the_act(t, w, counted);
        }
        let matched = |tok: Option<usize>| tok.is_some_and(|k| self.names_token(t, k, w));
        let fact = t;
        let mut candidates: Vec<Cow<NumberMention>> = mentions
            .iter()
            .filter(|m| on_side(m) && !self.figure_of_another(t, m, w))
            .filter(|m| match m.kind {
                Kind::Count => true,
                Kind::Then => self.then_fits(t, m) || self.earlier_named(t, m, w),
                Kind::Earlier if self.earlier_named(t, m, w) => true,
                Kind::Age | Kind::Family => self.name_of(m.person, w).any(|k| matched(Some(k))),
                Kind::Modifier
                | Kind::Ordinal
                | Kind::Year
                | Kind::More
                | Kind::Whole
                | Kind::Earlier => false,
            })
            .map(Cow::Borrowed)
            .collect();
        // (the total's side holds the total: the toll of the act told before it)
        if side.is_some_and(|(_, before)| !before) {
            return candidates;
        }
        if side.is_none() {
            candidates = self.holders_part(t, w, false, candidates);
        }
        let mut ties: Vec<Ties> = candidates
            .iter()
            .map(|m| numbers::ties(self.a.text(), &self.a.tokens, self.a.clauses(), m))
            .collect();
        self.one_more(w, &mut candidates, &mut ties);
        self.along_with(&mut candidates, &mut ties, matched);
        self.part_of_set(&mut candidates, &ties);
        let act = |tie: &Ties| tie.verbs.into_iter().chain([tie.shared]).any(matched);
        // a member of a set named after `of` that the sentence tells something
        // else of says nothing of the act (`one of those killed in Yater was a
        // commander`; not `two women` after `including`)
        let word = |k: usize| self.a.tokens.get(k).map_or("", |t| t.folded());
        // (not a part of a place, `two of them in Yater`, nor a share, `40 percent
        // of those killed`)
        let of_set = |m: &NumberMention| {
            m.unit.is_none()
                && word(m.end_token) == "of"
                && !numbers::of_them_at_place(&self.a.tokens, m)
        };
        // (the readings beyond the analysis's mentions, one more and its whole,
        // and `one of` a set, count only the fact's act or what its terms name:
        // `one of the agreements reached remain undisclosed` counts nothing a fact
        // about 1,594 fighters says)
        let added = |m: &NumberMention, t: &Ties| {
            (matches!(m.kind, Kind::More | Kind::Whole)
                || (t.part && of_set(m) && word(m.first_token) == "one"))
                && !matched(m.counted)
        };
        let names_act = self.names_any_act(t, w);
        // (a part of a toll of the act stays: `a fourth died` after `three people
        // were killed`)
        let toll_told = ties.iter().any(act);
        let dropped = |m: &NumberMention, t: &Ties| {
            !act(t)
                && !matched(t.predicate)
                && ((t.part && of_set(m) && (names_act || self.of_unnumbered_set(fact, w, m)))
                    || (added(m, t) && !toll_told))
        };
        // (the set a part is taken from counts the set, not the sentence's act;
        // read before a part is dropped, which names the set: `handed over the
        // bodies of four of the 28 deceased hostages`)
        let keep: Vec<bool> = (candidates.iter().zip(&ties))
            .map(|(m, tie)| !dropped(m, tie) && !self.set_whole(t, w, m, &candidates))
            .collect();
        if keep.contains(&false) {
            retain_kept(&mut candidates, &keep);
            retain_kept(&mut ties, &keep);
        }
        // the parts after an opening set, each with its place: `Of the 112 homes
        // destroyed, 71 were in Ensay and 23 in Swifts Creek` gives Ensay 71
        let opening_part = |k: usize| self.after_opening_set(&candidates[k]).is_some();
        if (0..candidates.len()).any(opening_part)
            && let Some(k) = self.place_of_part(t, w, &candidates, &ties, opening_part)
        {
            return vec![candidates[k].clone()];
        }
        // (its head, or a word of its noun phrase before it: `280,000 Ridgeback
        // SUVs and 132,000 Tarn pickups`)
        let noun_named = |m: &NumberMention| {
            m.counted.is_some_and(|c| {
                matched(Some(c)) || self.noun_words(m.end_token, c).any(|k| matched(Some(k)))
            })
        };
        // (and an earlier time's figure without a noun counts what the figure it is
        // compared with counts: `added 22,000 jobs in August, down from 79,000 in
        // July`)
        let compared = |i: usize| {
            let m = &candidates[i];
            m.kind == Kind::Then
                && m.counted.is_none()
                && m.unit.is_none()
                && i > 0
                && noun_named(&candidates[i - 1])
                && (candidates[i - 1].end_token..m.first_token)
                    .all(|k| !numbers::sentence_after(self.a.text(), &self.a.tokens, k))
        };
        if let Some(k) = self.told_part(t, w, &candidates) {
            return vec![candidates[k].clone()];
        }
        let by_noun: Vec<(Cow<NumberMention>, Ties)> = (candidates.iter().zip(&ties))
            .enumerate()
            .filter(|&(i, (m, tie))| noun_named(m) || matched(tie.predicate) || compared(i))
            .map(|(_, (m, tie))| (m.clone(), *tie))
            .collect();
        if !by_noun.is_empty() {
            // a toll split by place, its count a participle of the act (`3 killed
            // in Israeli strike near Tyre, 1 in Bint Jbeil`)
            // (or a count of what the fact's terms name: `destroyed 111 drones,
            // including 23 over the Samara region`)
            let anchor = |k: usize| act(&ties[k]) || matched(candidates[k].counted);
            if (0..candidates.len()).any(anchor)
                && let Some(k) = self.place_of_part(t, w, &candidates, &ties, anchor)
            {
                return vec![candidates[k].clone()];
            }
            // a part that tells the act leaves out the set it is taken from (`One of
            // the three rockets fired at Safed was intercepted`: one intercepted)
            // (a set whose own words hold a term of the fact, `freed 24 of the 25
            // abducted schoolgirls` for a fact about 25 abducted, holds the act:
            // the part's verb is no verb there, and a part taken from it whose
            // act the fact does not name is left out, some of them, no other
            // figure)
            let told_sets: Vec<(usize, std::ops::Range<usize>)> = (by_noun.iter())
                .filter_map(|(m, _)| self.part_before_told_set(m, &matched))
                .collect();
            let part_act = |m: &NumberMention, t: &Ties| {
                let set = told_sets.iter().find(|(end, _)| *end == m.end_token);
                (t.verbs.into_iter().chain([t.shared])).any(|v| {
                    matched(v) && !set.is_some_and(|(_, r)| v.is_some_and(|v| r.contains(&v)))
                })
            };
            let of_told_set =
                |m: &NumberMention| told_sets.iter().any(|(end, _)| *end == m.end_token);
            let part_told = by_noun.iter().any(|(m, t)| t.part && part_act(m, t));
            return by_noun
                .into_iter()
                .filter(|(m, t)| !part_told || !t.part || part_act(m, t))
                .filter(|(m, t)| {
                    !t.part || part_act(m, t) || matched(t.predicate) || !of_told_set(m)
                })
                .map(|(m, _)| m)
                .collect();
        }
        // the speakers of an attribution count who told it, not what it tells
        // (`An Israeli strike killed several members, two security sources said`),
        // and a distance or a weight measures, it counts no one (`about 8
        // kilometers (5 miles) from the border`)
        let measure = |m: &NumberMention| {
            m.counted
                .is_some_and(|c| text::is_measure(self.a.tokens[c].folded()))
        };
        let (mut candidates, ties): (Vec<Cow<NumberMention>>, Vec<Ties>) = candidates
            .into_iter()
            .zip(ties)
            .filter(|(m, tie)| !tie.speaker && !measure(m))
            .unzip();
        // when the fact names an act (a term is a past form: `killed`), a number
        // tied only to other verbs counts what they did (`a woman was killed and
        // 14 others were wounded` says nothing of 14 killed); and a part of another
        // count (`killed 11 people, including three children`) is not the toll when
        // a number is tied to the fact's act. (The act is looked for only when it
        // could drop a number.)
        let toll = ties.iter().any(act);
        if toll && let Some(k) = self.place_of_part(t, w, &candidates, &ties, |k| act(&ties[k])) {
            return vec![candidates.swap_remove(k)];
        }
        // (a setting is dropped only beside a count surely tied to the act: not
        // `The two delegations met in Naqoura for three hours`)
        let firm = ties.iter().any(|t| act(t) && !t.guessed);
        // (a toll's own verb, `the death toll had risen to four`, counts the act
        // when no number is tied to it)
        // (nor, when the fact names an act, is the subject of another verb:
        // `Thousands of mourners filled the streets`, `Thousands attend funeral`)
        let untied = |t: &Ties| {
            (t.verbs.iter().all(Option::is_none)
                && (t.agent_verb.is_none() || matched(t.agent_verb)))
                || (!toll && t.toll)
        };
        let tied_elsewhere = ties.iter().any(|t| !untied(t));
        if !toll && (!tied_elsewhere || !self.names_any_act(t, w)) {
            return candidates;
        }
        let kept: Vec<bool> = ties
            .iter()
            .map(|tie| {
                act(tie)
                    || (untied(tie) && !(toll && (tie.part || tie.agent)) && !(firm && tie.setting))
            })
            .collect();
        // a part follows the count it is taken from: in `treated nine people, three
        // of them for gunshot wounds` the three were treated, as the nine were
        let text = self.a.text();
        let whole = |k: usize| {
            let m = &candidates[k];
            // (a part that names its set after it, `four of its 25 crew`, has no
            // whole before it)
            let after_whole = (word(m.end_token) == "of"
                && matches!(word(m.end_token + 1), "them" | "whom"))
                || (m.first_token > 0 && matches!(word(m.first_token - 1), "including" | "among"));
            if !after_whole {
                return None;
            }
            (0..candidates.len())
                .filter(|&i| !ties[i].part && candidates[i].end_token <= m.first_token)
                .max_by_key(|&i| candidates[i].end_token)
                .filter(|&i| {
                    !(candidates[i].end_token..m.first_token)
                        .any(|j| numbers::sentence_after(text, &self.a.tokens, j))
                })
        };
        (0..candidates.len())
            // (a part tied to the fact's act is its own: `abducted 25 schoolgirls
            // … have released 24 of them`, `including more than four million who
            // have fled`)
            .filter(|&k| {
                kept[k]
                    && !(ties[k].part
                        && !matched(ties[k].verbs[0])
                        && !(matched(ties[k].verbs[1])
                            && matches!(word(candidates[k].end_token), "who" | "that"))
                        && whole(k).is_some_and(|i| !kept[i]))
            })
            .map(|k| candidates[k].clone())
            .collect()
    }

    /// In a toll told in parts, the count a fact's place belongs to: `two of them`
    /// for Yater in `killed three people, two of them near Yater and one in Majdal
    /// Selm`; `Two people` for Kfar Sir and `another` for Houla in `Two people were
    /// killed in Kfar Sir and another in Houla`. A place (a term of the fact that
    /// is capitalised, after a preposition: `in Houla`) belongs to the nearest count of
    /// the act before it in the window (a part, one more, or a count tied to the
    /// act, or `anchor`'s; within [`PLACE_REACH`] words). Only when the window has
    /// a part or one more, and every place of the fact belongs to the same count: a
    /// fact naming places of two parts is about the whole. `anchor` says which
    /// candidates are counts of the act (by index).
    fn place_of_part(
        &self,
        t: &Test,
        w: Window,
        candidates: &[Cow<NumberMention>],
        ties: &[Ties],
        anchor: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let text = self.a.text();
        let word = |k: usize| self.a.tokens.get(k).map_or("", |t| t.folded());
        // (a part of a place: `two of them in Yater`, not `including three
        // children`, which says who)
        // (`including two in Kfar Kila` after a count of the act, a part with no
        // noun of its own and a place; not `12 targets, including one in Jebchit`)
        let placed = |m: &NumberMention| {
            numbers::of_them_at_place(&self.a.tokens, m)
                || (m.first_token > 0
                    && matches!(word(m.first_token - 1), "including" | "among")
                    && m.counted.is_none()
                    && numbers::AT_PLACE.contains(&word(m.end_token))
                    && (0..candidates.len())
                        .filter(|&k| candidates[k].end_token < m.first_token)
                        .max_by_key(|&k| candidates[k].end_token)
                        .is_some_and(&anchor))
        };
        // (or one with no verb of its own after `and` or a comma: `and one in
        // Majdal Selm`, `killed two people in Tair Debba, one in Burj Rahal`)
        let elliptical = |k: usize| {
            let m = &candidates[k];
            m.counted.is_none()
                && ties[k].verbs.iter().all(Option::is_none)
                && m.first_token > 0
                && (word(m.first_token - 1) == "and"
                    || text[self.a.tokens[m.first_token - 1].end..m.start].contains(','))
                && numbers::AT_PLACE.contains(&word(m.end_token))
        };
        let part = |k: usize| {
            candidates[k].kind == Kind::More
                || (ties[k].part && placed(&candidates[k]))
                || elliptical(k)
        };
        if !(0..candidates.len()).any(part) {
            return None;
        }
        let mut counts: Vec<usize> = (0..candidates.len())
            .filter(|&k| {
                candidates[k].kind != Kind::Whole && ((anchor(k) && !ties[k].part) || part(k))
            })
            .collect();
        counts.sort_by_key(|&k| candidates[k].first_token);
        // (a place of its own: `in Houla`, `the village of Yater`, `over the
        // Samara region`)
        let place = |k: usize| {
            let at = |p: usize| {
                matches!(
                    word(p),
                    "in" | "near" | "at" | "of" | "on" | "outside" | "inside" | "from" | "over"
                )
            };
            // (`in the occupied West Bank`, `in southern Gaza`: an adjective between)
            let adjective = |p: usize| {
                matches!(
                    word(p),
                    "occupied"
                        | "besieged"
                        | "northern"
                        | "southern"
                        | "eastern"
                        | "western"
                        | "central"
                        | "north"
                        | "south"
                        | "east"
                        | "west"
                        | "neighbouring"
                        | "neighboring"
                        | "nearby"
                )
            };
            if k <= w.tok_start || k >= self.a.tokens.len() {
                return false;
            }
            let mut p = k - 1;
            if p > w.tok_start && adjective(p) {
                p -= 1;
            }
            (at(p) || (word(p) == "the" && p > w.tok_start && at(p - 1)))
                && {
                    let tok = &self.a.tokens[k];
                    text[tok.start..tok.end].starts_with(|c: char| c.is_uppercase())
                }
                // (not `on Wednesday`, nor a people's adjective: `in Israeli strikes`)
                && !numbers::WEEKDAYS_MONTHS.contains(&word(k))
                && !(["i", "ese", "ian", "ish"].iter().any(|e| word(k).ends_with(e))
                    && self.a.tokens.get(k + 1).is_some_and(|n| {
                        text[n.start..n.end].starts_with(|c: char| c.is_lowercase())
                    }))
        };
        // only a toll split by place: two of its counts each have a place in the
        // words after them (`three were killed in Yater, and a fourth in Majdal
        // Selm`; not `three were killed in Houla, and a fourth died in hospital`)
        let placed_counts = (0..counts.len())
            .filter(|&i| {
                let from = candidates[counts[i]].end_token;
                let to = counts
                    .get(i + 1)
                    .map_or(w.tok_end, |&n| candidates[n].first_token)
                    .min(from + PLACE_REACH);
                (from..to).any(place)
            })
            .count();
        let mut owner = None;
        for id in t.all.iter().chain(&t.any) {
            let Matcher::Phrases(_) = &self.term(*id).matcher else {
                continue;
            };
            for o in self.occurrences_in(*id, w) {
                // (not `one Hezbollah member`)
                if !place(o.0) {
                    continue;
                }
                let Some(&k) = counts
                    .iter()
                    .filter(|&&k| {
                        candidates[k].first_token < o.0
                            && o.0 - candidates[k].first_token <= PLACE_REACH
                    })
                    .max_by_key(|&&k| candidates[k].first_token)
                else {
                    continue;
                };
                if owner.is_some_and(|p| p != k) {
                    return None;
                }
                owner = Some(k);
            }
        }
        // (a part that names its place, `24 of them in Nabatieh province`, is
        // that place's count even when the whole names none)
        owner.filter(|&k| placed_counts >= 2 || (ties[k].part && placed(&candidates[k])))
    }

    /// Whether count `m` is a part of a set told without a number of its own
    /// (`41 of the victims`, `one of his victims`; not `All 41 of the victims`),
    /// test `t` names nothing but the set (every `all` term, and an `any` term, is
    /// the set's noun), and its `number` is one the set may hold: the part does
    /// not satisfy it, and the set, of at least the part, may be as large (a fact
    /// of 212 victims). Such a part says nothing of how many the set holds; one
    /// that satisfies the fact (`>40`) or that the set's size exceeds (`30`, `<20`)
    /// stays. A fact about what the part did or was (`confirmed only 37 of those
    /// deaths as caused by heatstroke`) keeps it too.
    fn of_unnumbered_set(&self, t: &Test, w: Window, m: &NumberMention) -> bool {
        let word = |k: usize| self.a.tokens.get(k).map_or("", |t| t.folded());
        let noun = m.end_token + 2;
        let Some(q) = t.number else {
            return false;
        };
        let whole = m.first_token > 0 && matches!(word(m.first_token - 1), "all" | "both" | "each");
        !whole
            && !m.quantity.satisfies(&q)
            && Quantity::new(Op::AtLeast, m.quantity.value).overlaps(&q)
            && word(m.end_token) == "of"
            && matches!(
                word(m.end_token + 1),
                "the" | "its" | "their" | "his" | "her" | "those" | "these"
            )
            && m.counted == Some(noun)
            && t.all.iter().all(|id| self.covers(*id, noun, w))
            && (t.any.is_empty() || t.any.iter().any(|id| self.covers(*id, noun, w)))
    }

    /// A part of a set (`One of the three rockets`, `one of its soldiers`) counts
    /// what its set counts: the whole's noun right after it, else the word after
    /// `of the`.
    fn part_of_set(&self, candidates: &mut [Cow<NumberMention>], ties: &[Ties]) {
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        for k in 0..candidates.len() {
            let m = &candidates[k];
            let of_set = ties[k].part
                && m.counted.is_none()
                && word(m.end_token) == "of"
                && matches!(
                    word(m.end_token + 1),
                    "the" | "its" | "their" | "his" | "her"
                );
            if !of_set {
                continue;
            }
            let at = m.end_token + 2;
            // (the set's noun on the same line, in the same sentence)
            let joined = tokens.get(at).is_some_and(|t| {
                let gap = &self.a.text()[tokens[at - 1].end..t.start];
                !gap.contains(['\n', '.', ';', '!', '?'])
            });
            if !joined {
                continue;
            }
            let counted = candidates
                .iter()
                .find(|w| w.first_token == at)
                .map_or(Some(at).filter(|&a| a < tokens.len()), |w| w.counted);
            candidates[k].to_mut().counted = counted;
        }
    }

    /// Adds to a window's count mentions (with their ties) the parts of a toll
    /// told one more at a time ([`numbers::one_more`]): `a fourth` in `three
    /// people were killed when a drone struck Yater, and a fourth died in Majdal
    /// Selm` is one (who died in Majdal Selm) and, after the three, four in all
    /// ([`Kind::Whole`]). The whole is read when a count of an act before it in
    /// the window (the nearest) gives the number before its rank (three before `a fourth`;
    /// any exact number before `another`) and tells the same act
    /// ([`numbers::same_act`]: `died` after `killed`, not `wounded a third` after
    /// `killed two men`). A part with no verb of its own (`and another in Majdal
    /// Selm`) tells the act of that count; one with neither is left out.
    fn one_more(&self, w: Window, candidates: &mut Vec<Cow<NumberMention>>, ties: &mut Vec<Ties>) {
        let (text, tokens) = (self.a.text(), &self.a.tokens[..]);
        let found = numbers::one_more(text, tokens, w.tok_start, w.tok_end);
        for (mut more, rank) in found {
            let mut tie = numbers::ties(text, tokens, self.a.clauses(), &more);
            let verb = |t: &Ties| t.verbs[1].or(t.verbs[0]);
            // (the nearest count of an act: not `about 8 kilometers (5 miles)` after
            // `three people were killed`)
            let before = (0..candidates.len())
                .filter(|&k| {
                    candidates[k].end <= more.start
                        && candidates[k].kind != Kind::More
                        && verb(&ties[k]).is_some()
                        && !ties[k].part
                })
                .max_by_key(|&k| candidates[k].end);
            let own = verb(&tie);
            let Some(k) = before else {
                // (`A fifth person was hurt in Haris`: five in all so far)
                if own.is_some() {
                    if let Some(r) = rank {
                        candidates.push(Cow::Owned(whole_of(&more, r)));
                        ties.push(tie);
                    }
                    candidates.push(Cow::Owned(more));
                    ties.push(tie);
                }
                continue;
            };
            let (whole, whole_tie) = (candidates[k].clone(), ties[k]);
            let same = match (own, verb(&whole_tie)) {
                (None, _) => true,
                (Some(a), Some(b)) => numbers::same_act(&tokens[a], &tokens[b]),
                (Some(_), None) => false,
            };
            if own.is_none() {
                tie = whole_tie;
            }
            // (`a fourth` counts the people `three people` counts)
            if more.counted.is_none() {
                more.counted = whole.counted;
            }
            let q = whole.quantity;
            let total = match rank {
                Some(r) => (q.op == Op::Exact && q.value + 1.0 == r).then_some(r),
                None => (q.op == Op::Exact).then_some(q.value + 1.0),
            };
            if let Some(total) = total.filter(|_| same) {
                candidates.push(Cow::Owned(whole_of(&more, total)));
                ties.push(whole_tie);
            }
            candidates.push(Cow::Owned(more));
            ties.push(tie);
        }
    }

    /// A count of others killed with someone is one more than it says: `a Hezbollah
    /// commander killed along with two other men` is three killed, tied to
    /// `killed` (as is `killed together with three others`, `alongside two
    /// others`), and so is a count of someone's kin after him: `A man and his two
    /// sons were killed`, `killed Ali Daher and two of his brothers`.
    /// A fact that counts the kin or the others themselves (`matched`: a term covers
    /// the counted word, `all = ["sons"]`) keeps the count as written.
    fn along_with(
        &self,
        candidates: &mut [Cow<NumberMention>],
        ties: &mut [Ties],
        matched: impl Fn(Option<usize>) -> bool,
    ) {
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let person = |k: usize| numbers::is_person(self.a.text(), tokens, k);
        let kin = |w: &str| matches!(w, "his" | "her" | "their");
        // the act a few words before token `k` (`killed a father and his three
        // children`, `was killed in Yater along with`)
        let verb_before = |k: usize| {
            (k.saturating_sub(4)..k)
                .rev()
                .find(|&v| numbers::verb_shaped(word(v)) && !word(v).ends_with("ing"))
        };
        for (m, tie) in candidates.iter_mut().zip(ties.iter_mut()) {
            let f = m.first_token;
            let exact = m.kind == Kind::Count && m.quantity.op == Op::Exact && !matched(m.counted);
            // `a man and his two sons` (were killed), `killed a father and his three
            // children`
            if exact && f >= 3 && word(f - 2) == "and" && kin(word(f - 1)) && person(f - 3) {
                if tie.verbs.iter().all(Option::is_none) {
                    let Some(verb) = verb_before(f - 3) else {
                        continue;
                    };
                    tie.verbs = [Some(verb), None];
                }
                *m = Cow::Owned(whole_of(m, m.quantity.value + 1.0));
                continue;
            }
            if exact
                && f >= 2
                && word(f - 1) == "and"
                && person(f - 2)
                && word(m.end_token) == "of"
                && kin(word(m.end_token + 1))
            {
                if let Some(verb) = verb_before(f - 2) {
                    *m = Cow::Owned(whole_of(m, m.quantity.value + 1.0));
                    tie.verbs = [Some(verb), None];
                    tie.part = false;
                }
                continue;
            }
            let last = match (word(f.wrapping_sub(2)), word(f.wrapping_sub(1))) {
                ("along" | "together", "with") if f >= 3 => f - 3,
                (_, "alongside") if f >= 2 => f - 2,
                _ => continue,
            };
            let verb = verb_before(last + 1);
            let others = word(f + 1) == "other" || word(m.end_token) == "others";
            if let Some(verb) = verb
                && exact
                && others
            {
                *m = Cow::Owned(whole_of(m, m.quantity.value + 1.0));
                tie.verbs = [Some(verb), None];
            }
        }
    }

    /// Whether the act test `t` names is only asked or supposed in window `w`:
    /// every occurrence of its terms that name an act ([`Self::names_an_act`]) is
    /// inside an indirect question or a condition (`it was not clear whether anyone
    /// was killed`, `if Hezbollah fires`). Such a window bears on the fact neither
    /// way. The nouns around it are told (`whether anyone was hurt in the strike`
    /// tells of a strike).
    /// The token of the question word (`whether`, `if`, ...) is returned.
    pub(super) fn asked(&self, t: &Test, w: Window) -> Option<usize> {
        if let Some(q) = self
            .direct_question(t, w)
            .or_else(|| self.planned(t, w))
            .or_else(|| self.hedged(t, w))
        {
            return Some(q);
        }
        let questions = self.a.questions();
        let from = questions.partition_point(|q| q.1 <= w.tok_start);
        let inside = &questions[from..questions.partition_point(|q| q.0 < w.tok_end)];
        if inside.is_empty() {
            return None;
        }
        // an act awaited (`refused to hand over the bodies until Israel reopens
        // the Rafah crossing`) supposes all it holds: a fact whose every hit
        // stands inside one is told neither way, whatever its terms' forms
        let opener = |q: &(usize, usize)| q.0 - 1;
        let tokens = &self.a.tokens;
        let text = self.a.text();
        // (a clause with a verb in the present after its subject: a modal or
        // `is`/`has`, a verb in `-s` after a name, `Israel reopens`, or a word after
        // a plural, `troops withdraw`; not `before the strike to minimize civilian
        // casualties`)
        let present = |j: usize| {
            let (w, p) = (tokens[j].folded(), tokens[j - 1].folded());
            let lower = !text[tokens[j].start..].starts_with(char::is_uppercase);
            let free = lower && !numbers::FUNCTION_WORDS.contains(&w);
            matches!(
                w,
                "will" | "is" | "are" | "has" | "have" | "does" | "do" | "can" | "shall"
            ) || (free
                && w.ends_with('s')
                && !w.ends_with("ss")
                && text[tokens[j - 1].start..].starts_with(char::is_uppercase))
                || (free
                    && !w.ends_with('s')
                    && p.ends_with('s')
                    && !p.ends_with("ss")
                    && !numbers::FUNCTION_WORDS.contains(&p))
        };
        // (right after its subject, a few words with no verb: not `before
        // extending efforts nationwide`)
        let awaited = |q: &&(usize, usize)| {
            matches!(tokens[opener(q)].folded(), "until" | "unless" | "before")
                && (q.0 + 1..q.1.min(tokens.len()).min(q.0 + 5))
                    .take_while(|&j| !numbers::verb_shaped(tokens[j - 1].folded()))
                    .any(present)
        };
        let mut all_awaited = None;
        'terms: for id in t.all.iter().chain(&t.any) {
            for o in self.occurrences_in(*id, w) {
                match inside
                    .iter()
                    .filter(awaited)
                    .find(|q| q.0 <= o.0 && o.1 <= q.1)
                {
                    Some(q) => all_awaited = all_awaited.or(Some(opener(q))),
                    None => {
                        all_awaited = None;
                        break 'terms;
                    }
                }
            }
        }
        if all_awaited.is_some() {
            return all_awaited;
        }
        // (and a term as a verb after a modal, whatever its form: `did not say
        // whether it would retaliate`)
        let modal = |o: &&(usize, usize)| {
            o.0.checked_sub(1).is_some_and(|b| {
                matches!(
                    tokens[b].folded(),
                    "would" | "will" | "could" | "can" | "might" | "may" | "should" | "did"
                )
                // (not the month: `whether the May talks`)
                && text[tokens[b].start..].starts_with(char::is_lowercase)
            })
            // (or its passive: `how many jobs would be cut`)
            || o.0.checked_sub(2).is_some_and(|b| {
                tokens[b + 1].folded() == "be"
                    && matches!(
                        tokens[b].folded(),
                        "would" | "will" | "could" | "can" | "might" | "may" | "should"
                    )
            })
            // (or a verb in `-ing` after `be`: `whether it was investigating the
            // breach`)
            || (tokens[o.0].folded().ends_with("ing")
                && o.0.checked_sub(1).is_some_and(|b| {
                    matches!(tokens[b].folded(), "was" | "were" | "is" | "are" | "be" | "been")
                }))
        };
        // (or what the question's own verb would have brought into being, right
        // after it or its article: `whether it had opened an investigation`,
        // `whether it had filed an appeal`; not a setting, `in the strike`, nor
        // what an act met, `whether the strike hit Kfar Hamam`)
        let object = |o: &(usize, usize), q: &(usize, usize)| {
            let mut v = o.0.checked_sub(1);
            if v.is_some_and(|b| {
                matches!(
                    tokens[b].folded(),
                    "a" | "an" | "the" | "any" | "its" | "their"
                )
            }) {
                v = v.and_then(|b| b.checked_sub(1));
            }
            // (the end of its phrase after it: a mark, a preposition; not `the
            // letter the union sent`, `the agreement brokered by Qatar`)
            let ends = tokens.get(o.1).is_none_or(|n| {
                text[tokens[o.1 - 1].end..n.start].contains([',', ';', '.', ':', '?'])
                    || matches!(
                        n.folded(),
                        "into" | "in" | "on" | "against" | "for" | "over" | "with" | "to" | "from"
                    )
            });
            matches!(tokens[opener(q)].folded(), "whether" | "if")
                && ends
                && v.is_some_and(|v| {
                    v >= q.0
                        && text[tokens[v].start..].starts_with(char::is_lowercase)
                        && matches!(
                            tokens[v].folded(),
                            "opened"
                                | "launched"
                                | "started"
                                | "begun"
                                | "began"
                                | "filed"
                                | "made"
                                | "reached"
                                | "signed"
                                | "issued"
                                | "announced"
                                | "received"
                        )
                })
        };
        // (a term with every occurrence in the window inside a question: not
        // `Asked whether the club had made a profit, the chairman said it had
        // made a profit`)
        let asked_only = |id: &TermId| {
            self.occurrences_in(*id, w)
                .all(|o| inside.iter().any(|q| q.0 <= o.0 && o.1 <= q.1))
        };
        // (or the question's subject, when it is indefinite, a common noun with
        // no article or after `any`, `a`, `an` or `some`: `whether soldiers had
        // been billeted next to the depot`, `whether any civilians were hurt`;
        // not what it presupposes, `whether the strike hit Kfar Hamam`,
        // `whether Hezbollah fired`)
        let indefinite = |o: &(usize, usize), q: &(usize, usize)| {
            matches!(tokens[opener(q)].folded(), "whether" | "if")
                && text[tokens[o.0].start..].starts_with(char::is_lowercase)
                && (o.0 == q.0
                    || (o.0 == q.0 + 1
                        && matches!(tokens[q.0].folded(), "any" | "a" | "an" | "some")))
        };
        let objects = (t.all.iter().chain(&t.any))
            .filter(|id| !self.names_an_act(**id, w) && asked_only(id))
            .flat_map(|id| self.occurrences_in(*id, w))
            .filter(|o| {
                inside
                    .iter()
                    .any(|q| q.0 <= o.0 && o.1 <= q.1 && (object(o, q) || indefinite(o, q)))
            });
        let verbs = (t.all.iter().chain(&t.any))
            .filter(|id| !self.names_an_act(**id, w))
            .flat_map(|id| self.occurrences_in(*id, w).filter(modal));
        let mut asked = None;
        for o in self.act_occurrences(t, w).chain(verbs).chain(objects) {
            let q = inside.iter().find(|q| q.0 <= o.0 && o.1 <= q.1)?;
            asked = asked.or(Some(opener(q)));
        }
        asked
    }

    /// The first word of a hedge ([`text::hedges`]) whose content holds every hit
    /// of test `t`'s terms in window `w`, none on the hedge's own words: the outlet
    /// tells that content only as a claim it calls unfounded (`claimed without
    /// evidence that …`), evidence neither way. A fact about who claimed it, or
    /// about the claiming, names a word outside and is told.
    fn hedged(&self, t: &Test, w: Window) -> Option<usize> {
        let hedges = self.a.hedges();
        let tokens = &self.a.tokens;
        let text = self.a.text();
        hedges
            .iter()
            .filter(|h| h[0] < w.tok_end && w.tok_start < h[1])
            .find(|h| {
                // (a name outside, when what is claimed opens with a pronoun
                // for it: `The Federal Trade Commission would neither confirm
                // nor deny that it had opened an inquiry`)
                let pronoun = matches!(
                    tokens.get(h[3]).map_or("", |t| t.folded()),
                    "he" | "she" | "it" | "they"
                );
                // (nor the subject's name before an act not ruled out, told by a
                // gerund, which is whose act it would be: `Mayor Dukes did not
                // rule out recontesting the seat`; not `Lebanon has not ruled out
                // talks`, told of Lebanon, nor another word before it, `The driver
                // was not charged, and police have not ruled out charging him`)
                let ruled_out = (h[2]..h[3]).any(|k| {
                    matches!(tokens[k].folded(), "rule" | "ruled")
                        && tokens.get(k + 1).is_some_and(|t| t.folded() == "out")
                }) && tokens
                    .get(h[3])
                    .is_some_and(|t| t.folded().len() > 5 && t.folded().ends_with("ing"));
                let mut any = false;
                let inside = (t.all.iter().chain(&t.any)).all(|id| {
                    self.occurrences_in(*id, w).all(|o| {
                        let within = h[0] <= o.0 && o.1 <= h[1] && !(o.0 < h[3] && h[2] < o.1);
                        any |= within;
                        within
                            || (pronoun
                                && (o.1 <= h[2] || o.0 >= h[1])
                                && text[tokens[o.0].start..].starts_with(char::is_uppercase))
                            || (ruled_out
                                && o.1 <= h[2]
                                && text[tokens[o.0].start..].starts_with(char::is_uppercase)
                                && (o.1.saturating_sub(1)..h[2])
                                    .all(|k| !numbers::sentence_after(text, tokens, k)))
                    })
                });
                any && inside
            })
            .map(|h| h[2])
    }

    /// The token of another's name that is the subject of every verb of saying
    /// or denying whose speaker test `t` names: a name (a hit on a capitalised
    /// word) right before that verb in `all` (`all = ["Veridia", "denied", …]`: a
    /// hit's first word in the past or in `-s`, `denied`, `rejected`,
    /// `dismissed`, `confirmed`, `said`). The fact tells what its name said, and
    /// another said it: the name stands in an aside of another's subject
    /// ("Nimbus Data, a Veridia contractor since 2019, denied that its own
    /// systems had been breached") or in what was said, after `that` ("Priya
    /// Nair, an analyst at Stanmore Capital, rejected suggestions that the outage
    /// would derail Halcyon's listing"). The subject is the words right before
    /// the verb (past `has` or `had` and an adverb) with no verb or joining word
    /// among them (names joined by `and` are one subject, "Acme and Borex
    /// denied"), or, when a comma stands right before the verb, those before the
    /// aside that comma closes. The saying stays the name's when it is the
    /// verb's object ("The Senate confirmed Pete Hegseth", "denied Trump's
    /// request"), when the subject holds another term of the fact ("Company
    /// officials denied" for a fact naming officials) or a word of one who
    /// speaks for a body ("Foreign Minister Ana Ruiz said Spain would back"),
    /// when the aside names the subject or says who it speaks for ("Dana
    /// Whitfield, Halcyon's chief executive, denied"), and when the subject holds
    /// no other name: a capitalised word that does not open its sentence, or
    /// opens it before another capitalised word, or is written capitalised
    /// inside another sentence of the document ("Brightpay, which like Halcyon
    /// …"; not "Officials", "Police"). A passive verb (`was denied`) has no
    /// subject to compare.
    pub(super) fn said_by_other(&self, t: &Test, w: Window) -> Option<usize> {
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        // (not a day's or month's name: `on Monday denied`)
        let dates = std::cell::OnceCell::new();
        let capital = |k: usize| {
            tokens.get(k).is_some_and(|x| {
                text[x.start..].starts_with(char::is_uppercase)
                    && !numbers::FUNCTION_WORDS.contains(&x.folded())
                    && !(dates.get_or_init(|| self.a.dates_in(w.start, w.end)))
                        .iter()
                        .any(|m| m.start <= x.start && x.end <= m.end)
            })
        };
        let saying = |k: usize| {
            let v = word(k);
            (text::DENY.contains(&v) || text::SAYING.contains(&v) || v.starts_with("dismiss"))
                && (v.ends_with("ed") || v.ends_with('s') || matches!(v, "said" | "told"))
        };
        // the fact's speaker and its verb: a name term right before a verb term
        // (opening `all`, as the fact's sentence opens: `all = ["Halcyon",
        // "denied", "services", "disrupted"]`; the verb looked for first, most
        // facts have none)
        let [name_id, verb_id, ..] = t.all[..] else {
            return None;
        };
        if !self.occurrences_in(verb_id, w).any(|o| saying(o.0)) {
            return None;
        }
        let names: Vec<(usize, usize)> = (self.occurrences_in(name_id, w))
            .filter(|o| capital(o.0))
            .copied()
            .collect();
        if names.is_empty() {
            return None;
        }
        let verbs: Vec<usize> = (self.occurrences_in(verb_id, w))
            .filter(|o| saying(o.0))
            .map(|o| o.0)
            .collect();
        let start_of = |k: usize| self.a.sentence_at(k).map_or(0, |s| s.tokens.start);
        // (a name, not a common noun opening its sentence: `Brightpay`, not
        // `Officials`)
        let name = |k: usize| {
            capital(k)
                && (start_of(k) != k
                    || capital(k + 1)
                    // (set off by its appositive: `Grantley's, a supermarket chain`)
                    || (self.comma_before(k + 1) && matches!(word(k + 1), "a" | "an"))
                    || (0..tokens.len()).any(|j| {
                        j != k
                            && tokens[j].folded() == word(k)
                            && text[tokens[j].start..].starts_with(char::is_uppercase)
                            && start_of(j) != j
                    }))
        };
        let stops = |k: usize| {
            numbers::says_verb(word(k))
                || matches!(
                    word(k),
                    "that" | "but" | "while" | "as" | "when" | "which" | "who" | "after"
                        | "because" | "if" | "whether"
                )
                // (`and` between names is one subject: `Acme and Borex denied`)
                || (word(k) == "and" && !(capital(k.wrapping_sub(1)) && capital(k + 1)))
        };
        // the words right before token `end` back to a comma, a verb or a
        // joining word, within the sentence from `start`
        let run = |start: usize, end: usize| {
            let mut s = end;
            while s > start && !(s < end && self.comma_before(s)) && !stops(s - 1) {
                s -= 1;
            }
            s
        };
        let mut other = None;
        for &v in &verbs {
            let sentence = self.a.sentence_at(v)?.tokens.clone();
            let (start, end) = (sentence.start, sentence.end);
            let mut j = v;
            while j > start
                && !self.comma_before(j)
                && (matches!(word(j - 1), "has" | "have" | "had")
                    || text::inner_adverb(word(j - 1)))
            {
                j -= 1;
            }
            // (no passive, nor an adjective: `the seven confirmed deaths`)
            if j > start
                && !self.comma_before(j)
                && (matches!(
                    word(j - 1),
                    "is" | "are" | "was" | "were" | "be" | "been" | "being" | "the" | "a" | "an"
                ) || numbers::FUNCTION_WORDS.contains(&word(j - 1))
                    || !(self.a.numbers_in(tokens[j - 1].start, tokens[j - 1].end)).is_empty())
            {
                return None;
            }
            // (a setting set off before the verb is no subject: `, on Monday
            // denied`)
            let setting = run(start, j);
            if !self.comma_before(j)
                && setting < j
                && self.comma_before(setting)
                && matches!(
                    word(setting),
                    "on" | "in"
                        | "at"
                        | "during"
                        | "after"
                        | "before"
                        | "since"
                        | "by"
                        | "late"
                        | "early"
                        | "earlier"
                        | "later"
                        | "last"
                        | "this"
                )
            {
                j = setting;
            }
            let (subject, aside) = if self.comma_before(j) {
                let open = (start + 1..j - 1).rev().find(|&k| self.comma_before(k))?;
                ((run(start, open), open), Some((open, j)))
            } else {
                ((run(start, j), j), None)
            };
            let inside = |(f, l): (usize, usize), (s, e): (usize, usize)| s <= f && l <= e;
            // (the subject another term of the fact, or one who speaks for a body)
            if (subject.0..subject.1).any(|k| self.names_token(t, k, w) || speaks_for(word(k))) {
                return None;
            }
            // (an accusation denied in an aside after it, by the one accused:
            // `The Front accused the army of shelling Velmir, a charge the army
            // denied`)
            if self.comma_before(subject.0)
                && let Some(n) = (subject.0..subject.1.min(subject.0 + 2)).find(|&k| {
                    matches!(
                        word(k),
                        "charge"
                            | "claim"
                            | "accusation"
                            | "allegation"
                            | "assertion"
                            | "suggestion"
                    )
                })
                && let Some(by) = (n + 1..subject.1)
                    .find(|&k| !matches!(word(k), "that" | "which" | "the" | "a" | "an" | "its"))
            {
                other = other.or(Some(by));
                continue;
            }
            // (or the aside names the subject: `A Veridia spokeswoman, Mara
            // Lindqvist, denied`)
            let in_aside = |n: &(usize, usize)| aside.is_some_and(|a| inside(*n, a));
            // (or whose the subject is: `Tom Hale, Acme's managing partner,`)
            let owner = |n: &(usize, usize)| {
                aside.is_some_and(|a| n.0 == a.0 && n.1 < a.1)
                    && text::fold::is_possessive(&text[tokens[n.1 - 1].start..tokens[n.1 - 1].end])
            };
            if names.iter().any(owner) {
                return None;
            }
            if let Some(aside) = aside
                && names.iter().any(in_aside)
                && ((aside.0..aside.1).all(capital)
                    || (aside.0..aside.1).any(|k| speaks_for(word(k))))
            {
                return None;
            }
            // (the name where another's saying leaves it: in the aside, or in
            // what was said after `that`; not the verb's object)
            let said_that = |n: &(usize, usize)| {
                n.0 > v && n.1 <= end && (v + 1..n.0).any(|k| word(k) == "that")
            };
            if !names.iter().any(|n| in_aside(n) || said_that(n)) {
                return None;
            }
            let named = (subject.0..subject.1).find(|&k| name(k) && !self.names_token(t, k, w))?;
            other = other.or(Some(named));
        }
        other
    }

    /// The word that makes a guess or a threat of every occurrence of some term of
    /// test `t` in window `w`: such a window tells the act neither way. A verb
    /// after `may have`, `might have`, `could have` (`debris may have caused the
    /// fire`), or after `to` when a threat or a vow comes before it (`threatened
    /// to strike`, `vowed to retaliate`), or after `would`, `could` or `might` in
    /// a sentence with a condition (`would halt strikes if Hezbollah disarms`; the guesses of
    /// [`text::negation::guesses`]); not when the fact names that word (a
    /// fact about the threat). A forecast, a plan or a wish before `to` (`is
    /// expected to cut`, `plans to sign`, `hoped to reach`: [`text::FORECASTS`])
    /// is such a word for a term the fact writes as done (`Term::done_act`:
    /// `signed`, `cut`), but not through `be` (`is due to be sworn in`); `will`
    /// and a term in the present (`sign`) stay told, as PRODUCT.md's dates read
    /// them: a fact may be about the plan. A duty, a promise or an agreement
    /// before `to` ([`DUTIES`]) or a modal before the verb ([`MODALS`]) is such a
    /// word for an act written as done, through `be` too, for a fact with no date
    /// or number and with no negation cue before it in its sentence (an `any`
    /// term is written as done only when each of its alternatives is: not `any =
    /// ["led", "leads"]` for `would be led by`).
    fn planned(&self, t: &Test, w: Window) -> Option<usize> {
        // (most windows hold no guess: looked up in the document's list)
        let guesses = self.a.guesses();
        let from = guesses.partition_point(|&(k, _)| k < w.tok_start);
        let no_guess = guesses.get(from).is_none_or(|&(k, _)| k >= w.tok_end);
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let named = |k: usize| self.names_token(t, k, w);
        // the word before token `k`, adverbs and `be` passed over
        let before = |k: usize| -> Option<usize> {
            let mut j = k.checked_sub(1)?;
            while j > w.tok_start
                && (matches!(word(j), "be" | "been" | "also" | "still" | "now")
                    || (word(j).ends_with("ly") && word(j).len() > 4))
            {
                j -= 1;
            }
            (j > w.tok_start && !numbers::sentence_after(text, tokens, j)).then_some(j)
        };
        // the guess's or threat's word (`may` of `may have`, `threatened` of
        // `threatened to`)
        let marker = |k: usize| -> Option<usize> {
            let j = before(k)?;
            guesses[from..]
                .iter()
                .take_while(|&&(m, _)| m <= j)
                .find(|&&(_, end)| end == j)
                .map(|&(m, _)| m)
                .filter(|&m| !named(m))
        };
        // (an attempt or a demand the sentence tells achieved: `Her bid to unseat
        // the mayor succeeded`, `the demand that he be freed was met`, `the
        // winning bid to host`)
        let achieved = |m: usize| {
            matches!(
                word(m),
                "bid"
                    | "bids"
                    | "effort"
                    | "efforts"
                    | "attempt"
                    | "attempts"
                    | "demand"
                    | "demands"
                    | "demanded"
                    | "request"
                    | "requested"
                    | "insisted"
                    | "urged"
                    | "condition"
                    | "proposal"
                    | "proposed"
            ) && (matches!(
                word(m.wrapping_sub(1)),
                "winning" | "successful" | "successfully"
            ) || (m.saturating_sub(3)..m).any(|k| word(k) == "took")
                || {
                    let s = self
                        .a
                        .sentence_at(m)
                        .map_or(w.tok_start..w.tok_end, |s| s.tokens.clone());
                    s.clone().any(|k| {
                        matches!(
                            word(k),
                            "succeeded"
                                | "succeeds"
                                | "successful"
                                | "successfully"
                                | "completed"
                                | "granted"
                                | "met"
                                | "worked"
                                | "honoured"
                                | "honored"
                                | "accepted"
                                | "finally"
                        ) || (word(k) == "paid" && word(k + 1) == "off")
                    })
                    // (or an ellipsis that tells it after a comma: `, and he
                    // was`, `, which it was`)
                    || s.clone().any(|k| {
                        matches!(word(k), "and" | "which")
                            && self.comma_before(k)
                            && matches!(word(k + 1), "he" | "she" | "it" | "they")
                            && matches!(word(k + 2), "was" | "were" | "did")
                            && (k + 3 >= s.end || numbers::sentence_after(text, tokens, k + 2))
                    })
                })
        };
        // the forecast's or plan's word before `to`, for an act the fact says was
        // done (not through `be`: `is due to be sworn in on Saturday` tells the
        // day it is set for)
        let forecast = |k: usize| -> Option<usize> {
            // (most words have no `to` just before them: looked at first; and a
            // verb after `to` is bare: `due to cuts in foreign aid` is a cause)
            if !(k.saturating_sub(3)..k).any(|b| word(b) == "to")
                || (word(k).ends_with('s') && !word(k).ends_with("ss") && !word(k).ends_with("us"))
            {
                return None;
            }
            let j = before(k)?;
            if (j + 1..k).any(|b| matches!(word(b), "be" | "been")) {
                return None;
            }
            let m = j.checked_sub(1)?;
            // (`try` and `attempt` as verbs: not `scored a late try to seal
            // victory`)
            let noun = matches!(word(m), "try" | "tries")
                && !m.checked_sub(1).is_some_and(|b| {
                    text::AUXILIARIES.contains(&word(b))
                        || matches!(
                            word(b),
                            "to" | "they"
                                | "we"
                                | "i"
                                | "you"
                                | "he"
                                | "she"
                                | "it"
                                | "not"
                                | "also"
                        )
                });
            (word(j) == "to"
                && text::FORECASTS.contains(&word(m))
                && !named(m)
                && !noun
                && !achieved(m))
            .then_some(m)
        };
        // a demand's bare `be` in its `that` clause (`dropped its demand that he
        // be freed`, `insisted that the talks be held in Doha`), for an act the
        // fact says was done: the demand's word
        let demanded = |k: usize| -> Option<usize> {
            let b = k
                .checked_sub(1)
                .filter(|&b| b > w.tok_start && word(b) == "be")?;
            let that = (b.saturating_sub(5).max(w.tok_start)..b)
                .rev()
                .find(|&j| word(j) == "that")?;
            let d = that.checked_sub(1)?;
            (matches!(
                word(d),
                "demand"
                    | "demands"
                    | "demanded"
                    | "demanding"
                    | "insist"
                    | "insists"
                    | "insisted"
                    | "insisting"
                    | "request"
                    | "requested"
                    | "condition"
                    | "proposal"
                    | "proposed"
                    | "urged"
            ) && (that + 1..b)
                .all(|j| !text::AUXILIARIES.contains(&word(j)) && !matches!(word(j), "to" | "not"))
                && !named(d)
                && !achieved(d))
            .then_some(d)
        };
        // a course weighed, its gerund right after the verb (`was considering
        // tabling a second motion`), for an act the fact says was done
        let weighed = |k: usize| -> Option<usize> {
            let j = k.checked_sub(1).filter(|&j| j >= w.tok_start)?;
            (text::CONSIDERING.contains(&word(j))
                && word(k).len() > 5
                && word(k).ends_with("ing")
                && !named(j))
            .then_some(j)
        };
        // a duty, a promise or an agreement before `to` (`are required to
        // remove`, `agreed to hold`, `needs to be ratified`), or a modal before the
        // verb (`must be passed`, `said it would appeal`), for an act the fact
        // says was done: through `be` too (`will` stays told); not for a fact with
        // a date or a number, which a plan's own day or figure tells
        let undated = t.date.is_none() && t.number.is_none();
        // (nor when a negation cue stands before it in its sentence: `said no new
        // vote would be held` denies it)
        let cues = self.a.cues();
        let cue_before = |j: usize| {
            let s = self.a.sentence_at(j).map_or(0, |s| s.tokens.start);
            let from = cues.partition_point(|c| c.first < s);
            cues.get(from).is_some_and(|c| c.first < j)
        };
        let duty = |k: usize| -> Option<usize> {
            if !undated {
                return None;
            }
            let j = before(k)?;
            if cue_before(j) {
                return None;
            }
            if !text[tokens[k].start..].starts_with(char::is_lowercase) {
                return None;
            }
            // (in lower case: not the month in `The parliament in May approved`)
            if MODALS.contains(&word(j)) && text[tokens[j].start..].starts_with(char::is_lowercase)
            {
                return (!named(j)).then_some(j);
            }
            let m = j.checked_sub(1)?;
            // (a bare verb after `to`, or a participle after `be`: not `the aid
            // offered to displaced families`)
            let participle = j + 1 == k && word(k).ends_with("ed");
            // (a time given to do it, `has 28 days to lodge an appeal`, `was given
            // two weeks to respond`)
            // (still running: not the narrative `had three days to build the
            // bridge`, done)
            let time_given = matches!(
                word(m),
                "days" | "weeks" | "months" | "hours" | "years" | "minutes"
            ) && m >= 3
                && (matches!(word(m - 2), "has" | "have" | "gets" | "get")
                    || (word(m - 2) == "had" && matches!(word(m - 3), "has" | "have"))
                    || (word(m - 2) == "given"
                        && matches!(word(m - 3), "is" | "are" | "been" | "be")));
            // (a request with its object between, `calling on Dukes to resign`,
            // `urged the minister to step down`, `asked him to leave`)
            let asked = || {
                (2..=4).map(|d| j.checked_sub(d)).find_map(|r| {
                    let r = r.filter(|&r| r >= w.tok_start)?;
                    let request = matches!(
                        word(r),
                        "urged" | "urging" | "urges" | "asked" | "asking" | "pressed" | "pressing"
                    ) || (word(r + 1) == "on"
                        && matches!(word(r), "calling" | "called" | "calls" | "call"));
                    let from = r + 1 + usize::from(word(r + 1) == "on");
                    (request
                        && from < j
                        && (from..j).all(|b| {
                            !numbers::says_verb(word(b))
                                && !text[tokens[b - 1].end..tokens[b].start].contains(',')
                        }))
                    .then_some(r)
                })
            };
            if word(j) == "to" && !participle {
                if (DUTIES.contains(&word(m)) || time_given) && !named(m) {
                    return Some(m);
                }
                return asked().filter(|&r| !named(r));
            }
            None
        };
        // (a verb of saying the fact names before token `m` in its sentence, with
        // no comma between: not `The minister, who said the budget was tight,
        // plans to cut allocations`)
        let said_before = |m: usize| {
            let s = self
                .a
                .sentence_at(m)
                .map_or(w.tok_start, |s| s.tokens.start);
            (s.max(w.tok_start)..m).any(|k| {
                text::SAYING.contains(&word(k))
                    && named(k)
                    && !text[tokens[k].end..tokens[m].start].contains(',')
            })
        };
        let mut any = None;
        // (an `any` term is written as done only when each of its alternatives is:
        // not `any = ["led", "leads"]`)
        let any_done = t.any.iter().all(|id| self.term(*id).done_act);
        for id in t.all.iter().chain(&t.any) {
            let act = self.term(*id).done_act;
            let owed = act && (any_done || t.all.contains(id));
            if no_guess && !act {
                continue;
            }
            let mut found = None;
            for o in self.occurrences_in(*id, w) {
                let at = if no_guess { None } else { marker(o.0) };
                let duty = || owed.then(|| duty(o.0)).flatten();
                // (a plan or a modal the fact's own saying tells is what was said:
                // `Kamau said allocations would be cut` for a fact that names
                // `said`)
                let plan = || {
                    act.then(|| {
                        forecast(o.0)
                            .or_else(|| weighed(o.0))
                            .or_else(|| demanded(o.0))
                    })
                    .flatten()
                    .or_else(duty)
                };
                match at.or_else(|| plan().filter(|&m| !said_before(m))) {
                    Some(m) => found = found.or(Some(m)),
                    None => {
                        found = None;
                        break;
                    }
                }
            }
            any = any.or(found);
        }
        any
    }

    /// The first word of the yes-or-no question (a sentence that opens with an
    /// auxiliary, or its contraction with `n't`, up to its `?`: `Did the Doha talks
    /// fail?`, `Will Hamas hand over its weapons?`, `“Did the strike kill
    /// civilians?” a reporter asked`) that holds every hit of test `t`'s terms in
    /// window `w`: a direct question asks all it says. (Not a question with a question word, which takes its act as
    /// told: `Why did Israel strike Tyre?`.)
    fn direct_question(&self, t: &Test, w: Window) -> Option<usize> {
        let question = |k: usize| -> Option<usize> {
            let s = self.a.sentence_at(k).filter(|s| s.tokens.contains(&k))?;
            let first = s.tokens.start;
            let after = self.a.tokens.get(k)?.end;
            // (the auxiliary first: most sentences open otherwise, and the `?` is
            // looked for only in theirs; negated too, `Didn't the army inspect
            // the warehouse?`)
            let opener = self.a.tokens.get(first)?;
            let aux = opener.folded();
            let aux = if opener.contraction {
                match aux {
                    "wont" => "will",
                    "cant" => "can",
                    "shant" => "shall",
                    _ => aux.strip_suffix("nt").unwrap_or(aux),
                }
            } else {
                aux
            };
            (text::AUXILIARIES.contains(&aux)
                && self.a.text().get(after..s.span.end)?.contains('?'))
            .then_some(first)
        };
        let mut asked = None;
        for id in t.all.iter().chain(&t.any) {
            for o in self.occurrences_in(*id, w) {
                asked = Some(question(o.0)?);
            }
        }
        asked
    }

    /// The occurrences in window `w` of test `t`'s terms that name an act
    /// ([`Self::names_an_act`]), term by term.
    fn act_occurrences<'s>(
        &'s self,
        t: &'s Test,
        w: Window,
    ) -> impl Iterator<Item = &'s (usize, usize)> + 's {
        t.all
            .iter()
            .chain(&t.any)
            .filter(move |id| self.names_an_act(**id, w))
            .flat_map(move |id| self.occurrences_in(*id, w))
    }

    /// Whether term `id` names an act: a past form as the fact writes it (`killed`,
    /// `struck`; not the noun `strike`), or for an alias, in one of its occurrences
    /// in window `w`. A regex term names none.
    fn names_an_act(&self, id: TermId, w: Window) -> bool {
        if let Some(act) = self.term(id).names_act {
            return act;
        }
        let past = text::names_act;
        let tokens = self.a.tokens_in(w.start, w.end);
        let occ = self.occ(id);
        let lo = occ.partition_point(|o| o.0 < tokens.start);
        occ[lo..]
            .iter()
            .take_while(|o| o.1 <= tokens.end)
            .any(|o| (o.0..o.1).any(|k| past(self.a.tokens[k].folded())))
    }

    /// Whether one of test `t`'s `all` or `any` terms names an act
    /// ([`Self::names_an_act`]) in window `w`.
    fn names_any_act(&self, t: &Test, w: Window) -> bool {
        (t.all.iter().chain(&t.any)).any(|id| self.names_an_act(*id, w))
    }

    /// Whether the word `e` right after a set's noun is the verb of the part
    /// before it (`but three of the 12 voting policymakers dissented, the most
    /// since 2019`), not a word of the set (`Four of the 12 people killed in the
    /// strike were children`): the part opens its clause (the sentence, or after a
    /// comma or a conjunction: no verb governs it) and no verb follows the word in
    /// its clause. `part` is the part's first token; `end` the sentence's last
    /// token + 1.
    fn part_predicate(&self, end: usize, part: usize, e: usize) -> bool {
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        if !numbers::verb_shaped(word(e)) {
            return false;
        }
        let start = self.a.sentence_at(e).map_or(0, |s| s.tokens.start);
        // (`Only seven of the 69 Socialist deputies voted`)
        let part = if part > start && matches!(word(part - 1), "only" | "just") {
            part - 1
        } else {
            part
        };
        // (or after a colon or a dash: `Nigeria: 24 of 25 abducted schoolgirls
        // freed`)
        let opens = part <= start
            || self.comma_before(part)
            || self.a.text()[tokens[part - 1].end..tokens[part].start].contains([':', '—', '–'])
            || matches!(
                word(part - 1),
                "and" | "but" | "while" | "whereas" | "as" | "although"
            );
        let ends = |k: usize| {
            k >= end || self.comma_before(k) || matches!(word(k), "and" | "but" | "while" | "as")
        };
        opens
            && (e + 1..end)
                .take_while(|&k| !ends(k))
                // (an infinitive is the verb's own: `voted to bring down`)
                .all(|k| !numbers::says_verb(word(k)) || word(k - 1) == "to")
    }

    /// Whether date mention `m` is the own time of an earlier time's figure
    /// ([`Kind::Then`]) right before it (`up from 14 on Sunday`, `down from about
    /// 3,000 on Saturday`) that does not satisfy test `t`'s number: the day is that
    /// figure's, not the current one's.
    fn then_time_of_other(&self, t: &Test, m: &DateMention) -> bool {
        let Some(q) = t.number else {
            return false;
        };
        let text = self.a.text();
        self.a
            .numbers_in(text[..m.start].trim_end().len().saturating_sub(40), m.start)
            .iter()
            .rev()
            .find(|n| n.end <= m.start)
            .is_some_and(|n| {
                // (after `up from`, `down from`: not the change's own day, `rose to 21
                // from 14 on Sunday`)
                let before = |d: usize| {
                    n.first_token
                        .checked_sub(d)
                        .map_or("", |k| self.a.tokens[k].folded())
                };
                n.kind == Kind::Then
                    && before(1) == "from"
                    && matches!(before(2), "up" | "down")
                    && text.get(n.end..m.start).is_some_and(own_time_gap)
                    && !n.quantity.satisfies(&q)
            })
    }

    /// Whether an earlier time's figure ([`Kind::Then`]) can count for test `t`:
    /// only for a fact with a `date`, and when the figure's own time follows it
    /// (`from 2.8% in April`, `down from 79,000 in July`), only for a fact of that
    /// time.
    fn then_fits(&self, t: &Test, m: &NumberMention) -> bool {
        let Some(spec) = t.date else {
            return false;
        };
        let text = self.a.text();
        let own = self.a.dates_in(m.end, (m.end + 24).min(text.len()));
        own.iter()
            .find(|d| d.start >= m.end && text.get(m.end..d.start).is_some_and(own_time_gap))
            .is_none_or(|d| spec.compare(d) == Some(DateMatch::Equal))
    }

    /// The clause whose subject a passive cue's shares, when the cue opens a
    /// second verb phrase after `but` or `and` (`were due to resume on Monday but
    /// were postponed`): the clause before the conjunction, which the cue denies.
    /// Only a cue of a plan called off (`postponed`, `cancelled`, `called off`,
    /// `scrapped`, `shelved`).
    fn shared_subject(&self, c: &text::Cue) -> Option<u32> {
        let word = |k: usize| self.a.tokens.get(k).map_or("", |t| t.folded());
        // (a plan called off only: `was approved on Monday but was later rejected
        // by parliament` leaves the approval told)
        if !c.passive || !text::negation::calls_off(&self.a.tokens, c) {
            return None;
        }
        let mut k = c.first;
        while k + 3 > c.first
            && k > 0
            && matches!(
                word(k - 1),
                "was" | "were" | "been" | "has" | "have" | "had" | "is" | "are" | "later"
            )
        {
            k -= 1;
        }
        (k < c.first && k >= 2 && matches!(word(k - 1), "but" | "and"))
            .then(|| self.a.clauses().get(k - 2).copied())
            .flatten()
    }

    /// Whether number mention `m` stands as the subject of its clause with no
    /// noun of its own: at the sentence's start, after a comma or a conjunction,
    /// and a verb right after it (`Tens of thousands were trapped`).
    fn subject_number(&self, m: &NumberMention) -> bool {
        let word = |k: usize| self.a.tokens.get(k).map_or("", |t| t.folded());
        let f = m.first_token;
        let opens = self.a.sentence_at(f).is_some_and(|s| s.tokens.start == f)
            || self.comma_before(f)
            || (f > 0 && matches!(word(f - 1), "and" | "but" | "while"));
        opens && numbers::says_verb(word(m.end_token))
    }

    /// Whether the set's words from token `from` to `to` hold a capitalised owner
    /// test `t` does not name while it names another capitalised word in window
    /// `w`: the part is another's (`Nine of the FCP's 31 deputies are women` for
    /// a fact about the Ecologists' women).
    fn other_owner(&self, t: &Test, w: Window, from: usize, to: usize) -> bool {
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let capital = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|x| text[x.start..].starts_with(char::is_uppercase))
        };
        let named = |k: usize| self.names_token(t, k, w);
        (from..to).any(|k| capital(k) && !named(k))
            && (w.tok_start..w.tok_end).any(|k| capital(k) && named(k))
    }

    /// Among `cands`, a part after `including` or `among them` told by its own
    /// clause, when test `t` names that clause and not the whole: `five` in `at
    /// least 36 people had died, including five who suffered heart attacks` for a
    /// fact about heart attacks (a term with an occurrence in the part's clause,
    /// after its `who` or `that` to the next comma, and none in its sentence
    /// before the part).
    fn told_part(&self, t: &Test, w: Window, cands: &[Cow<NumberMention>]) -> Option<usize> {
        let word = |k: usize| self.a.tokens.get(k).map_or("", |t| t.folded());
        (1..cands.len()).find(|&k| {
            let m = &cands[k];
            let f = m.first_token;
            let opens = (f >= 1 && word(f - 1) == "including")
                || (f >= 2 && word(f - 1) == "them" && word(f - 2) == "among");
            if !opens
                || m.kind != Kind::Count
                || m.unit.is_some()
                || !matches!(word(m.end_token), "who" | "that")
            {
                return false;
            }
            let Some(s) = self.a.sentence_at(f) else {
                return false;
            };
            let from = m.end_token + 1;
            let end = (from..s.tokens.end)
                .find(|&j| self.comma_before(j))
                .unwrap_or(s.tokens.end);
            let lo = s.tokens.start.max(w.tok_start);
            (t.all.iter().chain(&t.any)).any(|id| {
                self.occurrences_in(*id, w)
                    .any(|o| o.0 >= from && o.1 <= end)
                    && !self.occurrences_in(*id, w).any(|o| o.0 >= lo && o.0 < f)
            })
        })
    }

    /// The sentence and the comma of an opening set that count `m` is the first
    /// part of: the sentence opens with `Of the` (`those`, `these`, `its`,
    /// `their`) and a set's words, and `m`, a count with no unit, stands right
    /// after its comma, qualifiers aside (`Of the trucks that crossed on Sunday,
    /// about 150 carried fuel`).
    fn after_opening_set(
        &self,
        m: &NumberMention,
    ) -> Option<(&crate::engine::analysis::Segment, usize)> {
        let word = |k: usize| self.a.tokens.get(k).map_or("", |t| t.folded());
        let f = m.first_token;
        if m.kind != Kind::Count || m.unit.is_some() {
            return None;
        }
        let s = self.a.sentence_at(f)?;
        if word(s.tokens.start) != "of"
            || !matches!(
                word(s.tokens.start + 1),
                "the" | "those" | "these" | "its" | "their"
            )
        {
            return None;
        }
        let comma = (s.tokens.start + 2..=f).find(|&k| self.comma_before(k))?;
        (comma..f)
            .all(|k| {
                matches!(
                    word(k),
                    "about" | "nearly" | "some" | "almost" | "around" | "roughly" | "over"
                )
            })
            .then_some((s, comma))
    }

    /// Whether a comma stands between token `k` and the one before it.
    fn comma_before(&self, k: usize) -> bool {
        let tokens = &self.a.tokens;
        k > 0 && k < tokens.len() && self.a.text()[tokens[k - 1].end..tokens[k].start].contains(',')
    }

    /// Whether an occurrence of one of test `t`'s `all` or `any` terms in window
    /// `w` covers token `tok`.
    fn names_token(&self, t: &Test, tok: usize, w: Window) -> bool {
        t.all
            .iter()
            .chain(&t.any)
            .any(|id| self.covers(*id, tok, w))
    }

    /// The words of a counted noun phrase before its head `head`, from token
    /// `from`: not those of a compound joined by hyphens, which modify the head
    /// (`48 troop-contributing countries` counts countries, not troops).
    fn noun_words(&self, from: usize, head: usize) -> impl Iterator<Item = usize> + '_ {
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let hyphen = move |a: usize, b: usize| {
            tokens
                .get(a)
                .zip(tokens.get(b))
                .and_then(|(x, y)| text.get(x.end..y.start))
                == Some("-")
        };
        (from..head).filter(move |&k| !(hyphen(k, k + 1) || (k > from && hyphen(k - 1, k))))
    }

    /// Whether an occurrence of term `id` in window `w` covers token `tok`.
    fn covers(&self, id: TermId, tok: usize, w: Window) -> bool {
        let Some(t) = self.a.tokens.get(tok) else {
            return false;
        };
        match &self.term(id).matcher {
            Matcher::Phrases(phrases) => {
                let longest = phrases.iter().map(Vec::len).max().unwrap_or(1);
                let occ = self.occ(id);
                let lo = occ.partition_point(|o| o.0 + longest <= tok);
                let hi = occ.partition_point(|o| o.0 <= tok);
                occ[lo..hi.max(lo)].iter().any(|o| o.1 > tok)
            }
            Matcher::Regex(re) => re
                .find_iter(&self.a.text()[w.start..w.end])
                .any(|m| w.start + m.start() <= t.start && t.end <= w.start + m.end()),
        }
    }

    /// Whether some term of test `t` holds `word` among its words (`exit poll`
    /// holds `poll`), or its regex matches it.
    fn names_word(&self, t: &Test, word: &str) -> bool {
        let tokens = crate::text::tokenize(word, 0);
        let [token] = &tokens[..] else {
            return false;
        };
        (t.all.iter().chain(&t.any)).any(|id| match &self.term(*id).matcher {
            Matcher::Phrases(phrases) => phrases.iter().flatten().any(|part| part.matches(token)),
            Matcher::Regex(re) => re.is_match(word),
        })
    }

    /// Whether term `id` names `word` (a unit such as `euro` or `age`): one of its
    /// phrases is that word, or its regex matches it; `percent` is named by `per
    /// cent` and `pct` too.
    fn names(&self, id: TermId, word: &str) -> bool {
        // (`percent` is also written `per cent` and `pct`)
        if word == "percent" && (self.names(id, "per cent") || self.names(id, "pct")) {
            return true;
        }
        match &self.term(id).matcher {
            Matcher::Phrases(phrases) => {
                let tokens = crate::text::tokenize(word, 0);
                phrases
                    .iter()
                    .any(|p| p.len() == tokens.len() && phrase_at(p, &tokens, 0))
            }
            Matcher::Regex(re) => re.is_match(word),
        }
    }

    /// Where the part ends that set `m` is taken from (`24` in `freed 24 of the 25
    /// abducted schoolgirls`, `24 of 25 abducted …`, `two out of the three …`),
    /// when a participle of the set's own (between its number and its noun, or
    /// right after the noun when a verb follows it in the sentence: `the 12
    /// people killed in the strike were`) is `named`: the part's end token, and
    /// the set's own words.
    fn part_before_told_set(
        &self,
        m: &NumberMention,
        named: &dyn Fn(Option<usize>) -> bool,
    ) -> Option<(usize, std::ops::Range<usize>)> {
        let tokens = &self.a.tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let noun = m.counted?;
        let f = m.first_token;
        let of_at = if f >= 1 && matches!(word(f - 1), "the" | "its" | "their" | "those" | "these")
        {
            f - 1
        } else {
            f
        };
        if of_at == 0 || word(of_at - 1) != "of" {
            return None;
        }
        let part_end = if of_at >= 2 && word(of_at - 2) == "out" {
            of_at - 2
        } else {
            of_at - 1
        };
        // (a participle after the noun only when the sentence's verb follows it:
        // `Four of the 12 people killed in the strike were children`, not `24 of
        // the 25 schoolgirls returned home`)
        let end = self.a.sentence_at(noun).map_or(noun + 1, |s| s.tokens.end);
        let participle = numbers::verb_shaped(word(noun + 1))
            && !word(noun + 1).ends_with("ing")
            && (noun + 2..end).any(|k| numbers::says_verb(word(k)));
        let own = m.end_token..noun + 1 + usize::from(participle);
        // (an act's participle: not a name of the set, `36 of the 120 Knesset
        // members did not vote`)
        let told =
            (own.clone()).any(|k| k != noun && numbers::verb_shaped(word(k)) && named(Some(k)));
        told.then_some((part_end, own))
    }

    /// Whether count `m` is the set a part among `cands` is taken from, and says
    /// nothing of the act the fact names: `Thirteen of the 28 slain hostages …
    /// remain there` (13 remain), `Of the 65 people injured, 27 were taken to
    /// hospital` (27 taken). Only when no term of the fact stands in the set's
    /// words but their noun (a fact about the 28 slain or the 65 injured keeps
    /// the set; a term that is no verb keeps it too, unless the set follows a part
    /// and the fact's act stands after it: `Only seven of the 69 Socialist
    /// deputies voted`), and a term stands in its sentence after the set's words, or,
    /// when the fact names an act, anywhere outside them (`Alcaraz, who had won
    /// four of their five meetings`; not `killed four of its 25 crew` for a fact
    /// about the ship's crew).
    fn set_whole(
        &self,
        t: &Test,
        w: Window,
        m: &NumberMention,
        cands: &[Cow<NumberMention>],
    ) -> bool {
        let (text, tokens) = (self.a.text(), &self.a.tokens);
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        let Some(s) = self.a.sentence_at(m.first_token) else {
            return false;
        };
        let f = m.first_token;
        let det = |k: usize| matches!(word(k), "the" | "its" | "their" | "those" | "these");
        let part_at = |end: usize| {
            cands
                .iter()
                .find(|p| p.end_token == end && p.first_token >= s.tokens.start)
                .map(|p| p.first_token)
        };
        let part_ends = |end: usize| part_at(end).is_some();
        // (the part's first token, before `of` or `out of`)
        let part_start = |of_at: usize| {
            part_at(of_at - 1)
                .or_else(|| part_at(of_at.saturating_sub(2)))
                .unwrap_or(of_at)
        };
        // `N of the M …`, `N out of M …`: the set's words to one past its noun
        // (a possessive is a determiner: `3,800 of the city's 9,200 households`,
        // `of Borongan's 9,200`)
        let possessive = |k: usize| {
            (tokens.get(k)).is_some_and(|t| text::fold::is_possessive(&text[t.start..t.end]))
        };
        let capital = |k: usize| text[tokens[k].start..].starts_with(char::is_uppercase);
        let of_at = if f >= 1 && det(f - 1) {
            f - 1
        } else if f >= 2 && possessive(f - 1) && det(f - 2) {
            f - 2
        } else if f >= 1 && possessive(f - 1) && capital(f - 1) {
            f - 1
        } else {
            f
        };
        let after_part = of_at >= 1
            && word(of_at - 1) == "of"
            && (part_ends(of_at - 1)
                || (of_at >= 2 && word(of_at - 2) == "out" && part_ends(of_at - 2)));
        let set_end = if after_part {
            // (with its place: `three of the 14 hospitals in El Fasher`; or one
            // word after its noun: `the 12 people killed`)
            let mut e = m.counted.unwrap_or(m.end_token) + 1;
            if matches!(word(e), "in" | "at" | "from" | "near" | "across") {
                e += 1 + usize::from(word(e + 1) == "the");
                let name = e;
                while tokens
                    .get(e)
                    .is_some_and(|t| text[t.start..].starts_with(char::is_uppercase))
                {
                    e += 1;
                }
                // (or one word: `89 of the 230 seats in parliament`)
                if e == name {
                    e += 1;
                }
            } else if text::inner_adverb(word(e))
                && word(e + 1).len() > 4
                && word(e + 1).ends_with("ing")
            {
                // (past an adverb before a present participle, `hit two of the
                // three hospitals still operating`, unless that is the part's
                // own: `Only two of the 14 hospitals still operating`)
                if !self.part_predicate(s.tokens.end, part_start(of_at), e + 1) {
                    e += 2;
                }
            } else if !self.part_predicate(s.tokens.end, part_start(of_at), e) {
                e += 1;
            }
            e
        } else {
            // `Of the M …, N …`: the set's words to the comma
            let first = s.tokens.start;
            if word(first) != "of" || f <= first {
                return false;
            }
            let Some(comma) = (first + 1..s.tokens.end).find(|&k| self.comma_before(k)) else {
                return false;
            };
            if comma <= f
                || !cands
                    .iter()
                    .any(|p| (comma..s.tokens.end).contains(&p.first_token))
            {
                return false;
            }
            comma
        };
        let set_end = set_end.min(s.tokens.end);
        let named = |k: usize| self.names_token(t, k, w);
        let (lo, hi) = (s.tokens.start.max(w.tok_start), s.tokens.end.min(w.tok_end));
        // (a term that only names the set, not an act, keeps it, unless the
        // fact's act stands after a part taken from it: `Only seven of the 69
        // Socialist deputies voted` for `Socialist, voted`; not `Of the 10
        // members of Nissan's board, none voted`, where no count is the part)
        let act = |k: usize| named(k) && numbers::verb_shaped(word(k));
        let in_set = |of: &dyn Fn(usize) -> bool| {
            (m.end_token..set_end).any(|k| Some(k) != m.counted && of(k))
        };
        // (an act in an opening set keeps it, unless the fact also names what the
        // part's clause tells beside the act: `Of the 112 homes destroyed, 71 were
        // in Ensay` for a fact about Ensay)
        let part_told =
            !after_part && (set_end..hi).any(|k| named(k) && !numbers::verb_shaped(word(k)));
        if !part_told
            && (in_set(&act) || (in_set(&named) && !(after_part && (set_end..hi).any(act))))
        {
            return false;
        }
        // (the verb right before the part: `close seven of its 17 vehicle plants`)
        let governs = after_part
            && (cands.iter())
                .filter(|p| p.end_token < of_at && p.first_token >= s.tokens.start)
                .map(|p| p.first_token)
                .max()
                .and_then(|p| p.checked_sub(1))
                .is_some_and(named);
        // (or the fact names the part's holder before it and not the set's noun:
        // `Aalto's coalition holds 61 of the 101 seats` for a fact about the
        // coalition's seats, `counts` naming them; not `killed four of its 25 crew`
        // for a fact about the ship's crew, whose set is the ship's: only a set
        // after `the` alone)
        let holder = after_part
            && word(of_at) == "the"
            && !possessive(of_at + 1)
            && !m.counted.is_some_and(named)
            && (lo..part_start(of_at)).any(named);
        (set_end..hi).any(named)
            || governs
            || holder
            || (self.names_any_act(t, w) && (lo..f).any(named))
    }

    /// Of two or more counts in a sentence told in parts, those of the part that
    /// holds most of the fact's terms (`counts` aside): `Tesla's share rose to
    /// 31.2%, while Volkswagen's fell to 9.8%` gives Volkswagen 9.8%; `killed at
    /// least 19 people in Jamaica, …, while officials in Haiti reported 30 deaths`
    /// gives Jamaica 19. Parts end at `;`, at `while`/`whereas`, at a comma before
    /// `and`/`but`, and, with `commas` (a fact with `counts`: a list of shares,
    /// `Connolly 63.4%, Humphreys 29.5%`, `Asfura had 1,144,216 votes and
    /// Nasralla 1,124,329`), at any comma and at `and`, `against`, `versus`,
    /// `vs`; and at `and` between two figures each after the same `at` or `to`
    /// (`put physical damage at $6.8 billion and economic losses at $7.2
    /// billion`). A part that opens with a verb (not `compared`, `according`, …) goes
    /// on from the last part before it with terms, its subject's. Only when the
    /// part with most terms beats another part holding a count; a sentence whose
    /// counts are all in one part, or whose counted parts hold none of the terms,
    /// keeps them.
    fn holders_part<'m>(
        &self,
        t: &Test,
        w: Window,
        commas: bool,
        mut cands: Vec<Cow<'m, NumberMention>>,
    ) -> Vec<Cow<'m, NumberMention>> {
        if cands.len() < 2 {
            return cands;
        }
        let (text, tokens) = (self.a.text(), &self.a.tokens);
        let word = |k: usize| tokens.get(k).map_or("", |t| t.folded());
        // (`and` between two figures each after the same preposition: `put
        // physical damage at $6.8 billion and economic losses at $7.2 billion`)
        let after_prep = |m: &NumberMention| {
            m.first_token
                .checked_sub(1)
                .map(word)
                .filter(|p| matches!(*p, "at" | "to"))
        };
        let parallel = |k: usize| {
            let before = cands
                .iter()
                .find(|m| m.end_token <= k && m.end_token + 3 >= k)
                .and_then(|m| after_prep(m));
            // (with a holder between: not `rose to 12 on Monday and to 15 on
            // Tuesday`, one figure's course)
            before.is_some()
                && cands.iter().any(|m| {
                    m.first_token > k + 2 && m.first_token <= k + 6 && after_prep(m) == before
                })
        };
        let boundary = |k: usize| {
            let gap = &text[tokens[k - 1].end..tokens[k].start];
            gap.contains(';')
                || matches!(word(k), "while" | "whereas")
                || (gap.contains(',') && (commas || matches!(word(k), "and" | "but")))
                || (commas && matches!(word(k), "and" | "against" | "versus" | "vs"))
                || (word(k) == "and" && parallel(k))
        };
        let ids: Vec<TermId> = (t.all.iter().chain(&t.any))
            .filter(|id| !t.counts.contains(id))
            .copied()
            .collect();
        // (each term's hits, found once for the window)
        let hits: Vec<Vec<usize>> = (ids.iter())
            .map(|id| {
                let mut starts = Vec::new();
                self.each_hit_in(*id, w, |start, _| starts.push(start));
                starts
            })
            .collect();
        let mut keep = vec![true; cands.len()];
        let sentences = &self.a.sentences;
        let first = sentences.partition_point(|s| s.tokens.end <= w.tok_start);
        for s in sentences[first..]
            .iter()
            .take_while(|s| s.tokens.start < w.tok_end)
        {
            let (lo, hi) = (s.tokens.start.max(w.tok_start), s.tokens.end.min(w.tok_end));
            let inside: Vec<usize> = (0..cands.len())
                .filter(|&i| (lo..hi).contains(&cands[i].first_token))
                .collect();
            if inside.len() < 2 || hi > tokens.len() {
                continue;
            }
            // each token's part, then how many terms each part holds
            let mut part = vec![0usize; hi - lo];
            for k in lo + 1..hi {
                part[k - lo] = part[k - lo - 1] + usize::from(boundary(k));
            }
            let part_at = |byte: usize| {
                let k = tokens.partition_point(|t| t.end <= byte);
                (lo..hi).contains(&k).then(|| part[k - lo])
            };
            let mut held = vec![0usize; part.last().map_or(0, |p| p + 1)];
            for starts in &hits {
                let mut parts: Vec<usize> = starts.iter().filter_map(|s| part_at(*s)).collect();
                parts.sort_unstable();
                parts.dedup();
                for p in parts {
                    held[p] += 1;
                }
            }
            // a part that opens with a verb goes on from the last part before it
            // with terms, its subject's (`Kast won the runoff, taking 58.2% of the
            // vote against 41.8% for Jara`; `The ringleader, a 61-year-old,
            // received 18 years, against the 20 years sought by prosecutors`)
            let mut last = 0;
            for k in lo + 1..hi {
                let p = part[k - lo];
                if p == part[k - lo - 1] {
                    continue;
                }
                if held[p - 1] > 0 {
                    last = held[p - 1];
                }
                let w = word(k);
                // (not a preposition in a verb's form: `compared with an earlier
                // forecast of 0.9 percent`)
                let verb = (numbers::verb_shaped(w) || (w.len() > 4 && w.ends_with("ing")))
                    && !matches!(
                        w,
                        "compared"
                            | "according"
                            | "including"
                            | "excluding"
                            | "following"
                            | "regarding"
                            | "concerning"
                            | "given"
                            | "based"
                    );
                if held[p] == 0 && verb && text[tokens[k].start..].starts_with(char::is_lowercase) {
                    held[p] = last;
                }
            }
            let of = |i: usize| part[cands[i].first_token - lo];
            let best = inside.iter().map(|&i| held[of(i)]).max().unwrap_or(0);
            if best > 0 && inside.iter().any(|&i| held[of(i)] < best) {
                for &i in &inside {
                    // (the whole told nationally is no other holder's: `In
                    // Ostberg, 51.3 per cent …, compared with 34.6 per cent
                    // nationally`)
                    keep[i] = held[of(i)] == best || self.told_nationally(&cands[i]);
                }
            }
        }
        retain_kept(&mut cands, &keep);
        cands
    }

    /// Where a reason's quote of a mention ends: after the word it counts when that
    /// follows it (`"three hours" counts hour`), else at its end.
    /// A quote mark between them keeps the quote to the mention alone, so that the
    /// reason never shows an unbalanced quote.
    fn said_end(&self, m: &NumberMention) -> usize {
        m.counted
            .and_then(|c| self.a.tokens.get(c))
            .filter(|t| t.start < m.end || !self.a.text()[m.end..t.start].contains(is_quote))
            .map_or(m.end, |t| t.end.max(m.end))
    }

    /// How a reason reads a part of a toll told one more at a time: `one more`,
    /// `4 in all` ([`Kind::More`], [`Kind::Whole`]).
    fn part_read(&self, m: &NumberMention) -> Option<String> {
        match m.kind {
            Kind::More => Some("one more".into()),
            Kind::Whole => Some(format!("{} in all", m.quantity)),
            _ => None,
        }
    }

    /// Of the mentions that count what the fact's `counts` names, those of its
    /// act: when the fact names an act and one of them is that act's object or
    /// subject, the ones tied only to other verbs count what those did (`Kast
    /// won 23.9% …, behind Jara, who took 26.8%` says nothing of 26.8% won).
    fn of_the_act<'m>(
        &self,
        t: &Test,
        w: Window,
        counted: Vec<Cow<'m, NumberMention>>,
    ) -> Vec<Cow<'m, NumberMention>> {
        if counted.len() < 2 || !self.names_any_act(t, w) {
            return counted;
        }
        let matched = |tok: Option<usize>| tok.is_some_and(|k| self.names_token(t, k, w));
        let ties: Vec<Ties> = counted
            .iter()
            .map(|m| numbers::ties(self.a.text(), &self.a.tokens, self.a.clauses(), m))
            .collect();
        let act = |tie: &Ties| tie.verbs.into_iter().chain([tie.shared]).any(matched);
        if !ties.iter().any(act) {
            return counted;
        }
        counted
            .into_iter()
            .zip(&ties)
            // (and the whole a part of the act is set against: `…, compared with
            // 34.6 per cent nationally`)
            .filter(|(m, tie)| {
                act(tie) || tie.verbs.iter().all(Option::is_none) || self.told_nationally(m)
            })
            .map(|(m, _)| m)
            .collect()
    }

    /// Whether number mention `m` is told of the whole country: `nationally`,
    /// `nationwide` or `across the country` right after it (`34.6 per cent
    /// nationally`).
    fn told_nationally(&self, m: &NumberMention) -> bool {
        let word = |k: usize| self.a.tokens.get(k).map_or("", |t| t.folded());
        let e = m.end_token;
        matches!(word(e), "nationally" | "nationwide")
            || (word(e) == "across" && word(e + 1) == "the" && word(e + 2) == "country")
    }

    /// Whether cue `c` is a `not` before `all` or `every` that no hit holds (`Not
    /// all customers were affected`: some were; a fact about all of them, its
    /// `all` a hit, is denied, and so is a count after it, `Not all 40 passengers
    /// were rescued`).
    fn not_every(&self, c: &text::Cue, in_hit: &dyn Fn((usize, usize)) -> bool) -> bool {
        let tokens = &self.a.tokens;
        // (not before a number, which it denies: `Not all 40 passengers were
        // rescued`, `Not every one of the 300 employees`)
        let counted = || {
            let from = tokens.get(c.end + 1).map_or(usize::MAX, |t| t.start);
            let to = tokens.get(c.end + 5).map_or(self.a.text().len(), |t| t.end);
            (from < to) && !self.a.numbers_in(from, to).is_empty()
        };
        c.end == c.first + 1
            && tokens[c.first].folded() == "not"
            && tokens.get(c.end).is_some_and(|t| {
                matches!(
                    t.folded(),
                    "all" | "every" | "everyone" | "everybody" | "everything"
                ) && !in_hit((t.start, t.end))
            })
            && !counted()
    }

    /// Whether cue `c` is an active rejection of something proposed that a hit
    /// names, in the three words after it, with every term hit after the cue
    /// (`rejecting calls from Tideline for a board shake-up` for a fact about the
    /// calls): the proposal was made. What it asked for stays refused (a fact
    /// about the shake-up alone), and so does a fact that names who rejected it
    /// (`Brightwell had rejected a revised proposal` for `Brightwell, revised
    /// proposal`: the acceptance denied).
    fn proposal_rejected(
        &self,
        c: &text::Cue,
        hits: &[Found],
        in_hit: &dyn Fn((usize, usize)) -> bool,
    ) -> bool {
        let tokens = &self.a.tokens;
        let after = |h: &Found| !matches!(h.label, Label::Term(_)) || self.hit_tokens(h).0 >= c.end;
        // (and a term of its maker or content beside the noun: a fact that names
        // only the proposal, `Salam rejected the proposal` for `proposal`, is
        // denied, as PRODUCT.md has it)
        let proposal = |h: &Found| {
            let (f, l) = self.hit_tokens(h);
            (f..=l).any(|k| text::negation::PROPOSALS.contains(&tokens[k].folded()))
        };
        // (a rejection, not a denial, and the proposal its object: not `denied
        // that offers had been made`, `rejected suggestions that bids had been
        // rigged`, `denied requests for visas had been blocked`)
        let object = |k: usize| {
            text::negation::PROPOSALS.contains(&tokens[k].folded())
                && in_hit((tokens[k].start, tokens[k].end))
                && (c.end..k).all(|j| {
                    matches!(
                        tokens[j].folded(),
                        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "any"
                    ) || !(numbers::FUNCTION_WORDS.contains(&tokens[j].folded())
                        || numbers::says_verb(tokens[j].folded()))
                })
                && !(k + 1..(k + 5).min(tokens.len())).any(|j| {
                    matches!(
                        tokens[j].folded(),
                        "had" | "has" | "have" | "was" | "were" | "is" | "are" | "be" | "been"
                    )
                })
        };
        !c.passive
            && text::negation::rejects(tokens[c.first].folded())
            && hits.iter().all(after)
            && hits
                .iter()
                .any(|h| matches!(h.label, Label::Term(_)) && !proposal(h))
            && (c.end..(c.end + 3).min(tokens.len())).any(object)
    }

    /// What a mention counts, as a reason shows it: `hour`, `age of Khalil`.
    pub(super) fn counted_name(&self, m: &NumberMention) -> Option<String> {
        let word = m.counted_word(&self.a.tokens)?;
        Some(match m.person.and_then(|p| self.a.tokens.get(p)) {
            Some(p) => format!("{word} of {}", sanitize(&self.a.text()[p.start..p.end])),
            None => word,
        })
    }

    /// The first negation cue of the window that negates a matched term: one in the
    /// same clause before it, short of a subordinating word between them (`after`,
    /// `because`), or a passive one (`was ruled out`) after it in its clause. A cue
    /// inside a hit is what the fact says, and a cue inside a number (`no more than
    /// ten`) negates nothing. A passive cue does not negate its agent (`rejected by
    /// Hamas`). Two cues that negate each other (`not ruled out`, `did not deny`)
    /// cancel, unless the second is inside a hit: then the first negates it. A `no`
    /// that is a verb's object negates that verb too (`fired no rockets`), and a
    /// cue passes over what it skips (a participle and its setting). The hits of
    /// `any` terms negate the window only when each of them is negated.
    fn negation_cue(&self, t: &Test, hits: &[Found], w: Window) -> Option<(usize, usize)> {
        let read = self.negation_cue_read(t, hits, w);
        match self.unlike(hits, w) {
            Some(unlike) => read.is_none().then_some(unlike),
            None => read,
        }
    }

    /// The `Unlike` of a sentence that opens `Unlike X, Y …` when the fact's names
    /// stand only in its opening phrase and another of its terms in the rest:
    /// what the rest tells of Y it tells the other way of X (`Unlike its rival
    /// Brightpay, Halcyon does not publish a live status page` says Brightpay
    /// does; `Unlike Brightpay, Halcyon was hit` says Brightpay was not; not a
    /// relative clause of X's own after the phrase). A name is a hit on a
    /// capitalised word; every term hit of window `w` stands in that sentence.
    fn unlike(&self, hits: &[Found], w: Window) -> Option<(usize, usize)> {
        let tokens = &self.a.tokens;
        let text = self.a.text();
        let first = self.a.sentence_at(w.tok_start)?;
        if tokens.get(first.tokens.start)?.folded() != "unlike" || first.tokens.end < w.tok_end {
            return None;
        }
        let open = first.tokens.start;
        let comma = (open + 1..first.tokens.end).find(|&k| self.comma_before(k))?;
        // (a relative clause after the phrase tells X's own act: `Unlike its rival
        // Chatterly, which shut three offices …, Orbitek is not closing any`)
        if matches!(tokens[comma].folded(), "which" | "who" | "whose") {
            return None;
        }
        let terms: Vec<(usize, usize)> = (hits.iter())
            .filter(|h| matches!(h.label, Label::Term(_)))
            .map(|h| self.hit_tokens(h))
            .collect();
        let capital = |k: usize| text[tokens[k].start..].starts_with(char::is_uppercase);
        let inside = |&(f, l): &(usize, usize)| f > open && l < comma;
        let named_inside = terms.iter().any(|h| inside(h) && capital(h.0));
        let rest = terms.iter().filter(|h| !inside(h));
        // (in the clause right after the phrase: not `…, although both firms were
        // hit by the outage`)
        let clauses = self.a.clauses();
        let main = clauses.get(comma);
        let mut rest_any = false;
        for h in rest {
            if h.0 < comma || capital(h.0) || (h.0..=h.1).any(|k| clauses.get(k) != main) {
                return None;
            }
            rest_any = true;
        }
        (named_inside && rest_any).then(|| (tokens[open].start, tokens[open].end))
    }

    /// [`Self::negation_cue`] before an `Unlike` opening turns it.
    fn negation_cue_read(&self, t: &Test, hits: &[Found], w: Window) -> Option<(usize, usize)> {
        let a = self.a;
        let (all_cues, clauses) = (a.cues(), a.clauses());
        // the window's number mentions, read (with the document's) only when a cue
        // outside the hits may sit inside one
        let numbers = std::cell::OnceCell::new();
        let in_number = |(s, e): (usize, usize)| {
            numbers
                .get_or_init(|| a.numbers_in(w.start, w.end))
                .iter()
                .any(|n| n.start <= s && e <= n.end)
        };
        let span = |first: usize, end: usize| (a.tokens[first].start, a.tokens[end - 1].end);
        let in_hit = |(s, e): (usize, usize)| hits.iter().any(|h| h.start < e && s < h.end);
        let scope = self.cue_scope_start(w);
        let from = all_cues.partition_point(|c| c.first < scope);
        let within = all_cues[from..]
            .iter()
            .take_while(|c| c.end <= w.tok_end)
            .count();
        let window_cues = &all_cues[from..from + within];
        // read again for each hit (a window has few), not listed
        // (a fact about a plan, `scheduled for Saturday`, is not denied by its
        // calling off)
        let plan_named = || {
            hits.iter().any(|h| {
                let (first, last) = self.hit_tokens(h);
                (first..=last).any(|k| {
                    matches!(
                        a.tokens.get(k).map_or("", |t| t.folded()),
                        "scheduled" | "planned" | "due" | "slated" | "plan" | "plans"
                    )
                })
            })
        };
        // (a fact about the charges or the report denied, none of its terms
        // before the denial, is told: `Both men deny the embezzlement charges`
        // for `embezzlement, charges`, `dismissed as fabricated a report by Al
        // Mayadeen that …` for `Al Mayadeen, report`: the charges and the report
        // stand. Not one about who denied them, `Vizcarra, who denied the
        // charges` for `Vizcarra, charges`)
        let denies_charge = |c: &text::Cue| {
            let word = |k: usize| a.tokens.get(k).map_or("", |t| t.folded());
            let w0 = word(c.first);
            if c.passive
                || !(text::DENY.contains(&w0)
                    || w0.starts_with("dismiss")
                    || w0.starts_with("retract")
                    || w0.starts_with("push")
                    || w0 == "truth")
            {
                return false;
            }
            let Some(noun) = (c.end..(c.end + 5).min(w.tok_end)).find(|&k| {
                matches!(
                    word(k),
                    "charge"
                        | "charges"
                        | "accusation"
                        | "accusations"
                        | "allegation"
                        | "allegations"
                        | "report"
                        | "reports"
                        | "story"
                        | "article"
                        | "claim"
                        | "claims"
                ) && in_hit(span(k, k + 1))
            }) else {
                return false;
            };
            // (its object: no `that` clause or verb before the noun, and none
            // right after it, `denied that the charges had been dropped`, `denied
            // the charges were politically motivated`; after `as` what it was
            // called first, `dismissed as fabricated a report`)
            let called = usize::from(word(c.end) == "as");
            (c.end..noun)
                .all(|k| word(k) != "that" && (k <= c.end + called || !numbers::says_verb(word(k))))
                && !numbers::says_verb(word(noun + 1))
                && hits
                    .iter()
                    .filter(|h| matches!(h.label, Label::Term(_)))
                    .all(|h| c.end <= self.hit_tokens(h).0)
        };
        // (a record not broken stands: `did not break the national record of
        // 47.4C set in Montoro`, `fell short of the record of 47.4C` for a fact
        // about the record, every term of it after the cue and none on the verb
        // of beating)
        let record_missed = |c: &text::Cue| {
            let word = |k: usize| a.tokens.get(k).map_or("", |t| t.folded());
            // (a standing record, named by what it is or when it was set: `the
            // record of 47.4C`, `the record set in 2021`; not `record highs`,
            // `record sales`, `any records`)
            let Some(record) = (c.end..(c.end + 6).min(w.tok_end)).find(|&k| {
                matches!(word(k), "record" | "records")
                    && in_hit(span(k, k + 1))
                    && matches!(word(k + 1), "of" | "set" | "held")
            }) else {
                return false;
            };
            // (a fact's figure the record's: not `Lyles's 9.79 did not beat the
            // world record`)
            let record_figure = t.number.is_none() || {
                let from = a.tokens[record].end;
                let to = a
                    .tokens
                    .get((record + 8).min(w.tok_end.saturating_sub(1)))
                    .map_or(from, |t| t.end);
                from < to && !a.numbers_in(from, to).is_empty()
            };
            let beating = |k: usize| {
                [
                    "break", "beat", "surpass", "exceed", "top", "equal", "match", "eclipse",
                    "better",
                ]
                .iter()
                .any(|v| word(k).starts_with(v))
            };
            let short = (c.first..c.end).any(|k| word(k) == "short");
            (short || (c.end..record).any(beating))
                && record_figure
                && hits
                    .iter()
                    .filter(|h| matches!(h.label, Label::Term(_)))
                    .all(|h| record <= self.hit_tokens(h).0)
        };
        // (read once for the window, not for each hit: the cues whose object
        // stands, a charge denied or a record not broken)
        let stands: Vec<bool> = window_cues
            .iter()
            .map(|c| denies_charge(c) || record_missed(c))
            .collect();
        let cues = || {
            window_cues
                .iter()
                .zip(&stands)
                .filter(|(_, stands)| !**stands)
                .map(|(c, _)| (c, span(c.first, c.end)))
                .filter(|(c, _)| !text::negation::calls_off(&a.tokens, c) || !plan_named())
                .filter(|(c, (s, e))| {
                    !in_hit((*s, *e))
                        && !in_number((*s, *e))
                        && !self.not_every(c, &in_hit)
                        && !self.proposal_rejected(c, hits, &in_hit)
                        // (`has blocked all food from entering Gaza` for `blocked`)
                        && !text::negation::keeper(&a.tokens, c.first)
                            .is_some_and(|v| c.end == c.first + 1 && in_hit(span(v, v + 1)))
                        && !c.negated
                        && c.negates_cue.is_none_or(|k| {
                            all_cues
                                .get(all_cues.partition_point(|o| o.first < k))
                                .is_some_and(|o| o.first == k && in_hit(span(o.first, o.end)))
                        })
                })
        };
        let cue_of = |h: &Found| {
            let (first, last) = self.hit_tokens(h);
            let clause = *clauses.get(first)?;
            let end_clause = *clauses.get(last)?;
            // the agent of a passive: `by` within a few words after the cue
            let agent =
                |c: &text::Cue| (c.end..first.min(c.end + 4)).any(|k| a.tokens[k].folded() == "by");
            // (a date after an active denial dates the denying when the fact's terms
            // name only the one who denies, right before it: `Salam rejected that
            // description on Monday`; not what was denied, `Salameh, accused of
            // embezzling $42 million, denied the charges on Thursday`)
            let denier = |c: &text::Cue| {
                hits.iter().all(|o| {
                    if !matches!(o.label, Label::Term(_)) {
                        return true;
                    }
                    let (_, last) = self.hit_tokens(o);
                    last < c.first
                        && c.first - last <= 6
                        && (last + 1..c.first).all(|k| {
                            !numbers::says_verb(a.tokens[k].folded())
                                && !a.text()[a.tokens[k - 1].end..a.tokens[k].start].contains(',')
                        })
                })
            };
            // (with an object after it: not a headline's passive, `Visas for the
            // delegation denied on Monday`)
            let object = |c: &text::Cue| {
                let next = a.tokens.get(c.end).map_or("", |t| t.folded());
                let before_date = a.tokens.get(c.end).is_some_and(|t| t.start < h.start);
                before_date
                    && (!numbers::FUNCTION_WORDS.contains(&next)
                        || matches!(
                            next,
                            "that" | "the" | "a" | "an" | "his" | "her" | "its" | "their"
                        ))
                    && !matches!(
                        next,
                        "last" | "this" | "yesterday" | "today" | "early" | "late"
                    )
            };
            let denying = |c: &text::Cue| {
                !c.passive
                    && matches!(h.label, Label::Date(_))
                    && text::DENY.contains(&a.tokens[c.first].folded())
                    && object(c)
                    && denier(c)
            };
            cues()
                .filter(|(c, _)| !denying(c))
                .find(|(c, _)| {
                    (c.end <= first
                        && clauses[c.first] == clause
                        && first < c.reach_end
                        && !c.skip.is_some_and(|(s, e)| s <= first && first < e)
                        && !(c.passive && agent(c)))
                        || c.object_verb == Some(first)
                        || (c.passive
                            && c.first > last
                            && first >= c.reach_start
                            && (clauses[c.first] == end_clause
                                || self.shared_subject(c) == Some(end_clause)))
                })
                .map(|(_, s)| s)
        };
        // an `any` term negated while another is told (`Two people were wounded,
        // but no one was killed` for `any = ["killed", "wounded"]`) leaves the
        // window told: it is negated only when each of its `any` hits is
        let only_any = |h: &Found| h.only_any(t);
        // a fact that names the answer not given (`any = ["mention"]` for `did not
        // mention a deadline`) is denied by its cue, whatever the answer is about,
        // when the term says nothing else in the window (not `access to details …,
        // though it stopped short of providing further details`)
        let answers = window_cues.iter().any(|c| c.answer.is_some());
        let at_answer = |h: &Found| {
            let (first, last) = self.hit_tokens(h);
            cues()
                .find(|(c, _)| c.answer.is_some_and(|k| first <= k && k <= last))
                .map(|(_, s)| s)
        };
        let answered = hits.iter().filter(|_| answers).find_map(|h| {
            let s = at_answer(h)?;
            let Label::Term(id) = h.label else {
                return None;
            };
            hits.iter()
                .filter(|o| matches!(o.label, Label::Term(j) if j == id))
                .all(|o| at_answer(o).is_some())
                .then_some(s)
        });
        if answered.is_some() {
            return answered;
        }
        // a part in an act denied (`Hamas denied any involvement in the Rafah
        // attack`, `denied responsibility for Sunday's rocket fire`) leaves the act
        // told, but not as the denier's: it is against a fact that names the one
        // who denies it, right before the denial, and its other terms in the
        // part's phrase (looked for only when the window has such a denial: most
        // have none)
        let part_denied = |c: &text::Cue| {
            c.answer.is_some_and(|p| {
                text::negation::part_in_act(a.tokens.get(p).map_or("", |t| t.folded()))
            }) && text::DENY.contains(&a.tokens[c.first].folded())
        };
        let disowned = (window_cues.iter().any(part_denied)).then(|| {
            cues().find(|(c, _)| {
                let Some(part) = c.answer.filter(|_| part_denied(c)) else {
                    return false;
                };
                let mut before = false;
                let mut after = false;
                // (the part's phrase: to a comma, a `;` or a word that opens
                // another clause, `and blamed Israel`, at most ten words)
                let phrase_end = (part + 1..a.tokens.len().min(part + 11))
                    .find(|&k| {
                        a.text()[a.tokens[k - 1].end..a.tokens[k].start].contains([',', ';', '.'])
                            || matches!(
                                a.tokens[k].folded(),
                                "and" | "but" | "while" | "after" | "saying" | "as"
                            )
                    })
                    .unwrap_or(a.tokens.len().min(part + 11));
                for h in hits.iter().filter(|h| matches!(h.label, Label::Term(_))) {
                    let (first, last) = self.hit_tokens(h);
                    // (right before the denial, with no saying, comma or `;` between:
                    // not `The militia, backed by Hamas, denied`)
                    if last < c.first
                        && c.first - last <= 6
                        && (last + 1..=c.first).all(|k| {
                            (k == c.first || !numbers::says_verb(a.tokens[k].folded()))
                                && !a.text()[a.tokens[k - 1].end..a.tokens[k].start]
                                    .contains([',', ';'])
                        })
                    {
                        before = true;
                    } else if first > part && last < phrase_end {
                        after = true;
                    } else {
                        return false;
                    }
                }
                before && after
            })
        });
        if let Some(Some((_, s))) = disowned {
            return Some(s);
        }
        let firm = hits
            .iter()
            .filter(|h| !only_any(h))
            .filter_map(cue_of)
            .min();
        if firm.is_some() {
            // a fact that names an act whose every hit is beyond the cues is told: a
            // cue that reaches only its nouns denies something else of them (`refused
            // to shake hands with Sokolova after beating her`, `have not arrested the
            // settlers who torched a mosque`)
            // (an act past the reach of a cue before it in its clause; not one before
            // the cue, whose complement it denies: `struck targets in the Bekaa, not
            // in the south`, `pleaded not guilty`)
            // (not past an acquittal that reaches a charge of the fact, which a
            // conviction after it would be of: `acquitted him of corruption but
            // convicted him of fraud` for a fact about a conviction for corruption;
            // the one acquitted is no charge)
            let word = |k: usize| a.tokens.get(k).map_or("", |t| t.folded());
            let acquittal = |c: &text::Cue| {
                (word(c.first).starts_with("acquit")
                    || matches!(word(c.first), "cleared" | "clears"))
                    && hits.iter().any(|h| {
                        let first = self.hit_tokens(h).0;
                        c.end <= first
                            && first < c.reach_end
                            && (first.saturating_sub(2)..first).any(|k| word(k) == "of")
                    })
            };
            // (an act after `but` beside a denial of the fact's thing, with an
            // object of its own: `denied murder but admitted possessing a bladed
            // article` for a fact that he admitted murder; not `denied it at
            // first but admitted it`)
            let denied_thing = |c: &text::Cue, first: usize| {
                !c.passive
                    && text::DENY.contains(&word(c.first))
                    && matches!(word(c.reach_end), "but" | "and")
                    && first <= c.reach_end + 2
                    && !matches!(word(first + 1), "it" | "this" | "that" | "them" | "so")
                    && hits.iter().any(|o| {
                        let (f, _) = self.hit_tokens(o);
                        matches!(o.label, Label::Term(_)) && c.end <= f && f < c.reach_end
                    })
            };
            let past_reach = |h: &Found| {
                let (first, _) = self.hit_tokens(h);
                cue_of(h).is_none()
                    && cues().any(|(c, _)| {
                        !acquittal(c)
                            && !denied_thing(c, first)
                            && c.end <= first
                            && first >= c.reach_end
                            && (clauses.get(c.first) == clauses.get(first)
                                || clauses.get(c.reach_end) == clauses.get(first))
                    })
            };
            // (a verb in the text too: `after beating her` for the term `beating`;
            // or the first verb of a relative clause, in any tense: `did not order
            // the arrest of the officers, who will remain free`)
            let relative_verb = |first: usize| {
                // (a verb, not an adverb before it: `which has repeatedly fueled`)
                if text::inner_adverb(word(first)) {
                    return false;
                }
                let mut k = first;
                while k > 0 && first - k < 3 {
                    k -= 1;
                    match word(k) {
                        "who" | "which" => return true,
                        w if text::AUXILIARIES.contains(&w) || text::inner_adverb(w) => {}
                        _ => return false,
                    }
                }
                false
            };
            // (a capitalised word is read as a name, whatever its ending:
            // `Mohamed`, `United`; a sentence's first word too, and a title-case
            // headline's verbs)
            let capitalised = |k: usize| {
                a.tokens
                    .get(k)
                    .is_some_and(|t| a.text()[t.start..].starts_with(char::is_uppercase))
            };
            let act = |h: &&Found| {
                let first = self.hit_tokens(h).0;
                let said = word(first);
                matches!(h.label, Label::Term(id) if self.names_an_act(id, w)
                    || (verb_in_text(said) && !capitalised(first))
                    || relative_verb(first))
            };
            // (unless the fact names the telling the cue denies: `He did not say
            // who owned the rockets` for a fact about saying who owned them)
            let telling_denied = || {
                hits.iter().any(|h| {
                    cue_of(h).is_some() && text::SAYING.contains(&word(self.hit_tokens(h).0))
                })
            };
            let acts = hits.iter().filter(act);
            let mut acts = acts.peekable();
            if acts.peek().is_some() && acts.all(past_reach) && !telling_denied() {
                return None;
            }
            return firm
                .filter(|_| !self.told_apart(t, hits, window_cues, &|h| cue_of(h).is_some()));
        }
        let mut worst = None;
        for h in hits.iter().filter(|h| only_any(h)) {
            let c = cue_of(h)?;
            worst = Some(worst.map_or(c, |w: (usize, usize)| w.min(c)));
        }
        worst
    }

    /// The first and last token of hit `h`.
    fn hit_tokens(&self, h: &Found) -> (usize, usize) {
        let tokens = &self.a.tokens;
        let first = tokens.partition_point(|t| t.start < h.start);
        let last = tokens.partition_point(|t| t.start < h.end).max(first + 1) - 1;
        (first, last)
    }

    /// Where the cues that may negate a hit of window `w` start: the start of the
    /// sentence holding its first word. A window of `within = N` words may begin
    /// after its clause's cue ("No one was killed in the drone attack on Arnoun"
    /// read from `one`), which still negates it; a sentence or paragraph window
    /// starts at its sentence.
    fn cue_scope_start(&self, w: Window) -> usize {
        self.a
            .sentence_at(w.tok_start)
            .map_or(w.tok_start, |s| s.tokens.start.min(w.tok_start))
    }

    /// Whether each of the window's hits negated here has a hit of the same
    /// label in a clause of the window that holds no negation cue, and so does an
    /// `any` term: the fact is then told in clauses of their own beside the
    /// negation ("No one was killed in Sidon, but two people were killed in Tyre"
    /// for `killed, Tyre`; "did not strike Tyre; it struck Sidon" for `struck,
    /// Sidon`). A label only found in a clause with a cue keeps the window
    /// negated ("Hezbollah denied firing rockets, though the army said rockets
    /// were fired" for `Hezbollah, fired, rockets`), unless that clause's cue
    /// does not reach it (`negated` says which hits a cue reaches) and a clause
    /// told holds a personal pronoun before its hits, which takes it up ("Reeves
    /// has not ruled out raising income tax, but she ruled out a wealth tax" for
    /// `Reeves, ruled out, wealth tax`).
    /// `cues` are the window's, from [`Self::cue_scope_start`] to its end.
    fn told_apart(
        &self,
        t: &Test,
        hits: &[Found],
        cues: &[text::Cue],
        negated: &dyn Fn(&Found) -> bool,
    ) -> bool {
        let a = self.a;
        let clauses = a.clauses();
        // (a cue inside a hit is what the fact says: `ruled out` for the term)
        let inside = |c: &&text::Cue| {
            hits.iter().any(|h| {
                let (first, last) = self.hit_tokens(h);
                first <= c.first && c.end <= last + 1
            })
        };
        // (and the clause a passive cue's shares its subject with)
        let cued: Vec<u32> = cues
            .iter()
            .filter(|c| !inside(c))
            .flat_map(|c| [Some(clauses[c.first]), self.shared_subject(c)])
            .flatten()
            .collect();
        // (a mention only asked or supposed is not told: `and it was unclear
        // whether anyone was killed in Burj al-Muluk`)
        let questions = a.questions();
        let free = |h: &Found| {
            let (first, last) = self.hit_tokens(h);
            let asked = questions.iter().any(|q| q.0 <= first && last < q.1);
            match (clauses.get(first), clauses.get(last)) {
                (Some(c), Some(e)) => c == e && !cued.contains(c) && !asked,
                _ => false,
            }
        };
        let same = |x: Label, y: Label| match (x, y) {
            (Label::Term(i), Label::Term(j)) => i == j,
            (Label::Date(_), Label::Date(_)) | (Label::Number(_), Label::Number(_)) => true,
            _ => false,
        };
        let only_any = |h: &Found| h.only_any(t);
        // (a told clause whose subject is a pronoun before its first hit, or that
        // opens with `but` and a past verb or the negated word again, no subject of
        // its own: `found Reddish not guilty of murder but guilty of manslaughter`)
        let word = |k: usize| a.tokens.get(k).map_or("", |t| t.folded());
        // (right after `but`: a past form not of saying, or the first word of a
        // hit the cue reaches said again before a preposition: `but convicted him
        // of affray`, `not guilty … but guilty of`; not `but police said`, `but
        // the army`, `but on Tuesday Israeli forces fired`, `but protesters were
        // killed`)
        let no_subject = |k: usize| {
            let next = word(k + 1);
            let preposition = matches!(
                word(k + 2),
                "of" | "in" | "on" | "at" | "to" | "for" | "from" | "with"
            );
            word(k) == "but"
                && ((a
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.class() & text::VERB_LIKE != 0)
                    && !text::AUXILIARIES.contains(&next)
                    && !text::SAYING.contains(&next))
                    || (preposition
                        && hits
                            .iter()
                            .any(|h| negated(h) && word(self.hit_tokens(h).0) == next)))
        };
        let taken_up = || {
            hits.iter().filter(|o| free(o)).any(|o| {
                let (first, _) = self.hit_tokens(o);
                let own = clauses.get(first);
                let mut from = first;
                while from > 0 && clauses.get(from - 1) == own && first - from < 8 {
                    from -= 1;
                }
                (from..first).any(|k| matches!(word(k), "she" | "he" | "they")) || no_subject(from)
            })
        };
        let taken = std::cell::OnceCell::new();
        hits.iter().filter(|h| !only_any(h)).all(|h| {
            hits.iter().any(|o| same(o.label, h.label) && free(o))
                || (!negated(h) && *taken.get_or_init(taken_up))
        }) && (!hits.iter().any(only_any) || hits.iter().any(|h| only_any(h) && free(h)))
    }

    /// The text of a hit's label: the term as written, `date 2025-12-03`,
    /// `number >= 3`.
    pub(super) fn label_text(&self, label: Label) -> Cow<'_, str> {
        match label {
            Label::Term(id) => Cow::Borrowed(&self.term(id).text),
            Label::Date(spec) => format!("date {spec}").into(),
            Label::Number(q) => format!("number {q}").into(),
        }
    }

    /// The evidence of window `w` with outcome `o`.
    pub(super) fn evidence(&self, w: Window, o: Outcome) -> Evidence {
        let hits = o
            .hits
            .into_iter()
            .map(|f| {
                let label: Arc<str> = match f.label {
                    Label::Term(id) => self.term(id).text.clone(),
                    other => self.label_text(other).into(),
                };
                self.hit(&label, f.start, f.end)
            })
            .collect();
        self.evidence_with(w, o.against, hits, o.reasons)
    }

    /// The evidence of window `w` with its stance, hits and reasons.
    pub(super) fn evidence_with(
        &self,
        w: Window,
        against: bool,
        mut hits: Vec<Hit>,
        reasons: Vec<String>,
    ) -> Evidence {
        let (line, col) = self.a.line_col(w.start);
        let (end_line, end_col) = self.a.line_col(w.end);
        hits.sort_by(|a, b| (a.start, a.end, &a.term).cmp(&(b.start, b.end, &b.term)));
        hits.dedup();
        Evidence {
            doc: self.doc_id.clone(),
            path: self.path.clone(),
            source: self.source.clone(),
            stance: if against {
                Stance::Against
            } else {
                Stance::Supports
            },
            start: w.start,
            end: w.end,
            line,
            col,
            end_line,
            end_col,
            quote: self.quote(w.start, w.end),
            hits,
            reason: (!reasons.is_empty()).then(|| reasons.join("; ")),
        }
    }
}

/// Whether a folded word says who speaks for a body: its spokesperson, an
/// officer or a lawyer (`Dana Whitfield, Halcyon's chief executive, denied`).
fn speaks_for(w: &str) -> bool {
    w.starts_with("spokes")
        || w == "speaks"
        || matches!(
            w,
            "chief"
                | "executive"
                | "ceo"
                | "head"
                | "director"
                | "president"
                | "chairman"
                | "chairwoman"
                | "chair"
                | "minister"
                | "secretary"
                | "official"
                | "officer"
                | "founder"
                | "owner"
                | "lawyer"
                | "lawyers"
                | "attorney"
                | "counsel"
                | "manager"
                | "leader"
                | "representative"
                | "ambassador"
                | "envoy"
                | "adviser"
                | "advisor"
                | "aide"
                | "commander"
                | "governor"
                | "mayor"
                | "boss"
                | "general"
        )
}

/// Whether the text between a figure and a date mention after it makes the date
/// the figure's own time: only `in`, `on`, `at`, `of`, `the` (`down from 79,000 in
/// July`, `up from 14 on Sunday`).
fn own_time_gap(gap: &str) -> bool {
    gap.split_whitespace()
        .all(|w| matches!(w, "in" | "on" | "at" | "of" | "the"))
}

/// Words after a dated `and` that go on with the same predicate (`on Tuesday and
/// again on Friday`, `on Monday and early Tuesday`), not a second one.
fn goes_on_with_predicate(w: &str) -> bool {
    matches!(
        w,
        "again"
            | "then"
            | "also"
            | "early"
            | "late"
            | "later"
            | "earlier"
            | "once"
            | "twice"
            | "overnight"
            | "into"
            | "until"
            | "through"
            | "perhaps"
            | "possibly"
            | "maybe"
    ) || w.ends_with("ly")
}
