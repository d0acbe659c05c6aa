//! String facts: a fact (or a statement) written as plain words becomes terms, a
//! date and a number. Stop words are dropped, alias variants become `@alias`, and a
//! statement is split at its commas and semicolons.

use crate::engine::terms::{self, Phrase, WordPattern};
use crate::text;
use crate::text::dates::{self, DateSpec};
use crate::text::numbers::{self, Quantity};
use std::collections::BTreeMap;
use std::fmt;

/// Stop words dropped from string facts.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "said",
    "says",
    "say",
    "reportedly",
    "according",
];

/// What a plain-string fact becomes.
#[derive(Debug, Clone, PartialEq)]
pub struct StringFact {
    /// Term texts for `all`: content words, and `@alias` for alias variants.
    pub terms: Vec<String>,
    pub date: Option<DateSpec>,
    pub number: Option<Quantity>,
    /// The fact is negated (`no evacuation order was issued`, `Israel failed to reach
    /// a deal`): it asserts that something did not happen. Its cue is not a term.
    pub asserted: bool,
}

/// Why a string fact cannot be checked; each holds the fact as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StringFactError {
    TwoDates(String),
    TwoNumbers(String),
    NoContentWords(String),
}

impl fmt::Display for StringFactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TwoDates(s) => write!(f, "`{s}` says more than one date; a fact checks one"),
            Self::TwoNumbers(s) => write!(f, "`{s}` says more than one number; a fact checks one"),
            Self::NoContentWords(s) => write!(f, "the fact `{s}` keeps no content words"),
        }
    }
}

impl std::error::Error for StringFactError {}

/// Turns a string fact into terms, a date and a number, as PRODUCT.md says.
pub fn compile_string_fact(
    said: &str,
    aliases: &BTreeMap<String, Vec<Phrase>>,
) -> Result<StringFact, StringFactError> {
    let dates = dates::specs_in(said);
    if dates.len() > 1 {
        return Err(StringFactError::TwoDates(said.to_string()));
    }
    let tokens = text::tokenize(said, 0);
    let in_date = |t: &text::Token| dates.iter().any(|(s, e, _)| *s <= t.start && t.end <= *e);
    // (modifiers, ordinals, years and ages stay words of the fact)
    let numbers: Vec<_> = numbers::mentions(said, &tokens, in_date)
        .into_iter()
        .filter(|m| m.kind == numbers::Kind::Count)
        .collect();
    if numbers.len() > 1 {
        return Err(StringFactError::TwoNumbers(said.to_string()));
    }
    let mut keep: Vec<bool> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            !in_date(t)
                && !numbers
                    .iter()
                    .any(|n| (n.first_token..n.end_token).contains(&i))
        })
        .collect();
    // a negated fact asserts absence: its cues are how it says so, not what it matches
    let cues = text::negation::cues(said, &tokens, &text::clauses(said, &tokens));
    // (two cues that cancel, `has not ruled out`, assert nothing)
    let asserted = cues
        .iter()
        .any(|c| !c.negated && c.negates_cue.is_none() && (c.first..c.end).all(|k| keep[k]));
    for c in &cues {
        keep[c.first..c.end].iter_mut().for_each(|k| *k = false);
    }
    let mut terms_ = Vec::new();
    // `@name` written in the fact is that alias, as in a table fact: its words are
    // not content words, and the first of them stands for it
    let mut written_alias: Vec<Option<String>> = vec![None; tokens.len()];
    for (at, name) in alias_refs(said) {
        let end = at + 1 + name.len();
        let inside = tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| at < t.start && t.end <= end)
            .map(|(k, _)| k);
        for (n, k) in inside.enumerate() {
            keep[k] = false;
            if n == 0 {
                written_alias[k] = Some(format!("@{name}"));
            }
        }
    }
    let mut i = 0;
    while i < tokens.len() {
        if let Some(at) = written_alias[i].take() {
            if !terms_.contains(&at) {
                terms_.push(at);
            }
            i += 1;
            continue;
        }
        if !keep[i] {
            i += 1;
            continue;
        }
        // the longest alias variant starting here
        let best = aliases
            .iter()
            .flat_map(|(name, variants)| variants.iter().map(move |v| (name, v)))
            .filter(|(_, v)| {
                v.iter().all(|w| matches!(w, WordPattern::Stem(_)))
                    && terms::phrase_at(v, &tokens, i)
                    && keep[i..i + v.len()].iter().all(|k| *k)
            })
            .max_by_key(|(_, v)| v.len());
        if let Some((name, v)) = best {
            let at = format!("@{name}");
            if !terms_.contains(&at) {
                terms_.push(at);
            }
            keep[i..i + v.len()].iter_mut().for_each(|k| *k = false);
            i += v.len();
            continue;
        }
        let t = &tokens[i];
        if !STOP_WORDS.contains(&t.folded()) {
            let word = said[t.start..t.end].to_string();
            if !terms_.contains(&word) {
                terms_.push(word);
            }
        }
        i += 1;
    }
    let date = dates.first().map(|d| d.2);
    let number = numbers.first().map(|n| n.quantity);
    if terms_.is_empty() && date.is_none() && number.is_none() {
        return Err(StringFactError::NoContentWords(said.trim().to_string()));
    }
    Ok(StringFact {
        terms: terms_,
        date,
        number,
        asserted,
    })
}

/// Every `@name` of a string fact: the offset of its `@` and the name (letters,
/// digits, `-` and `_`).
fn alias_refs(said: &str) -> Vec<(usize, &str)> {
    said.match_indices('@')
        .filter_map(|(at, _)| {
            let rest = &said[at + 1..];
            let len = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(rest.len());
            (len > 0).then(|| (at, &rest[..len]))
        })
        .collect()
}

/// Splits a statement into string facts at commas and semicolons, except inside a
/// date (`December 3, 2025`) or a digit group (`1,200`).
pub fn split_statement(statement: &str) -> Vec<(usize, &str)> {
    let dates = dates::specs_in(statement);
    let bytes = statement.as_bytes();
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in statement.char_indices() {
        if c != ',' && c != ';' {
            continue;
        }
        let in_date = dates.iter().any(|(s, e, _)| *s <= i && i < *e);
        let digit_group = i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !in_date && !digit_group {
            parts.push((start, &statement[start..i]));
            start = i + 1;
        }
    }
    parts.push((start, &statement[start..]));
    parts
        .into_iter()
        .filter(|(_, p)| !p.trim().is_empty())
        .map(|(s, p)| (s + (p.len() - p.trim_start().len()), p.trim()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_facts_drop_stop_words_and_find_aliases() {
        let mut a = BTreeMap::new();
        a.insert(
            "naqoura".into(),
            vec![terms::parse_phrase("Ras En Nakura").unwrap()],
        );
        let f = compile_string_fact("talks were held in Ras En Nakura on December 3, 2025", &a)
            .unwrap();
        assert_eq!(f.terms, ["talks", "held", "@naqoura"]);
        assert_eq!(f.date.unwrap().to_string(), "2025-12-03");
        assert!(compile_string_fact("it was the", &a).is_err());
        assert!(!f.asserted);
    }

    #[test]
    fn a_negated_string_fact_asserts_absence_and_its_cue_is_no_term() {
        let a = BTreeMap::new();
        let f = compile_string_fact("No evacuation order was issued", &a).unwrap();
        assert_eq!(f.terms, ["evacuation", "order", "issued"]);
        assert!(f.asserted);
        let f = compile_string_fact("Israel failed to reach a deal", &a).unwrap();
        assert_eq!(f.terms, ["Israel", "reach", "deal"]);
        assert!(f.asserted);
        // `without` before a noun is no cue, but for an outcome's noun (`without a
        // deal` says no deal was reached)
        let f = compile_string_fact("the strike came without warning", &a).unwrap();
        assert!(!f.asserted);
        let f = compile_string_fact("talks ended without a deal", &a).unwrap();
        assert_eq!(f.terms, ["talks", "ended", "deal"]);
        assert!(f.asserted);
        // two cues that cancel assert nothing, and neither is a term
        let f = compile_string_fact("Lebanon has not ruled out talks", &a).unwrap();
        assert_eq!(f.terms, ["Lebanon", "talks"]);
        assert!(!f.asserted);
        let f = compile_string_fact("Israel has yet to withdraw", &a).unwrap();
        assert_eq!(f.terms, ["Israel", "withdraw"]);
        assert!(f.asserted);
    }

    #[test]
    fn an_alias_written_in_a_string_fact_is_the_alias() {
        let a = BTreeMap::new();
        let f = compile_string_fact("talks held at @unifil in @naqoura-area", &a).unwrap();
        assert_eq!(f.terms, ["talks", "held", "@unifil", "@naqoura-area"]);
        // an unknown name is kept as written: the term's own check reports it
        let f = compile_string_fact("@nope talks", &a).unwrap();
        assert_eq!(f.terms, ["@nope", "talks"]);
    }

    #[test]
    fn statements_split_outside_dates_and_numbers() {
        let parts: Vec<&str> = split_statement("On December 3, 2025, 1,200 strikes; talks")
            .into_iter()
            .map(|p| p.1)
            .collect();
        assert_eq!(parts, ["On December 3, 2025", "1,200 strikes", "talks"]);
    }
}
