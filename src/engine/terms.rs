//! Terms: what `all`, `any` and `not` list. A term is parsed and compiled once, at load
//! time, into word patterns (phrases, alternatives, alias variants, prefixes) or a
//! regex, so that a bad term fails before any article is read.

use crate::text::{self, Token, did_you_mean};
use regex::{Regex, RegexBuilder};
use std::collections::BTreeMap;
use std::sync::Arc;

/// One word of a phrase.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WordPattern {
    /// The word's stem equals this.
    Stem(String),
    /// The word's folded form starts with this (`disarm*`).
    Prefix(String),
}

impl WordPattern {
    pub fn matches(&self, t: &Token) -> bool {
        match self {
            WordPattern::Stem(s) => *t.stem() == **s,
            WordPattern::Prefix(p) => t.folded().starts_with(p.as_str()),
        }
    }
}

/// Consecutive words.
pub type Phrase = Vec<WordPattern>;

/// One word of a phrase as the matcher compares it: a stem by its run-wide number
/// ([`text::stem_id`]), so that no string is compared per token, or a prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordId {
    Stem(u32),
    Prefix(Box<str>),
}

impl WordId {
    pub fn matches(&self, t: &Token) -> bool {
        match self {
            WordId::Stem(id) => t.stem_id() == *id,
            WordId::Prefix(p) => t.folded().starts_with(&**p),
        }
    }
}

/// A phrase as the matcher compares it.
pub type PhraseIds = Vec<WordId>;

/// The compared form of a phrase.
pub fn phrase_ids(p: &Phrase) -> PhraseIds {
    p.iter()
        .map(|w| match w {
            WordPattern::Stem(s) => WordId::Stem(text::stem_id(s)),
            WordPattern::Prefix(s) => WordId::Prefix(s.as_str().into()),
        })
        .collect()
}

#[derive(Debug, Clone)]
pub enum Matcher {
    /// Any of these phrases.
    Phrases(Vec<Phrase>),
    /// A regex over the window's original text.
    Regex(Regex),
}

/// A compiled term, with the text the user wrote (shown in evidence hits).
#[derive(Debug, Clone)]
pub struct Term {
    /// As written in the claim file; shared by every hit of the term.
    pub text: Arc<str>,
    pub matcher: Matcher,
    /// The compared form of each of `Matcher::Phrases`' phrases, in its order.
    pub phrase_ids: Vec<PhraseIds>,
    /// Whether the term names an act as written: a word of it is a past form
    /// (`killed`, `struck`, or one that is also its present, `hit`, `hurt`; not the
    /// noun `strike`, nor a capitalised word, a name: `United Nations`); a regex
    /// names none. `None` for
    /// a term that begins with an alias, whose act is read from the word in the
    /// window ([`crate::engine`]'s judge).
    pub names_act: Option<bool>,
    /// Whether every alternative of the term opens with a past form as written
    /// (`signed`, `cut rates`; not `stay shut`, a name, an alias or a regex): an
    /// act the fact says was done, which a forecast of it does not tell.
    pub done_act: bool,
}

/// Why a term is invalid, with a hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermError {
    pub message: String,
    pub help: Option<String>,
    /// Byte range inside the term's text where the problem is, when known.
    pub range: Option<std::ops::Range<usize>>,
}

impl TermError {
    fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            help: None,
            range: None,
        }
    }

    fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// Upper bounds on a compiled regex, so a term cannot exhaust memory.
const REGEX_SIZE_LIMIT: usize = 1 << 20;
const REGEX_DFA_LIMIT: usize = 1 << 22;

/// Why a regex does not compile, pointing into the term where the regex crate's
/// parser says (the pattern starts one byte into the term, after `/`).
fn regex_error(term: &str, pattern: &str, e: &regex::Error) -> TermError {
    let lead = term.len() - term.trim_start().len() + 1;
    match regex_syntax::Parser::new().parse(pattern) {
        Err(syntax) => {
            let (span, kind) = match &syntax {
                regex_syntax::Error::Parse(x) => (*x.span(), x.kind().to_string()),
                regex_syntax::Error::Translate(x) => (*x.span(), x.kind().to_string()),
                _ => return TermError::new(format!("invalid regex `{pattern}`")),
            };
            TermError {
                range: Some(
                    lead + span.start.offset..lead + span.end.offset.max(span.start.offset + 1),
                ),
                ..TermError::new(format!("invalid regex: {kind}")).help(format!(
                    "in `/{pattern}/` (the regex crate's syntax: https://docs.rs/regex)"
                ))
            }
        }
        // it parses but is too big to compile
        Ok(_) => TermError::new(format!("regex `{pattern}` is too large"))
            .help(e.to_string().lines().last().unwrap_or_default().trim()),
    }
}

/// Parses a phrase (words, `*` after a word for a prefix) into word patterns.
pub fn parse_phrase(text_: &str) -> Result<Phrase, TermError> {
    let tokens = text::tokenize(text_, 0);
    if tokens.is_empty() {
        return Err(TermError::new(format!("the term `{text_}` has no words"))
            .help("write at least one word, or remove the empty term"));
    }
    let stars = text_.matches('*').count();
    let mut prefixes = 0;
    let phrase = tokens
        .into_iter()
        .map(|t| {
            if text_[t.end..].starts_with('*') {
                prefixes += 1;
                WordPattern::Prefix(t.folded().to_string())
            } else {
                WordPattern::Stem(t.stem().to_string())
            }
        })
        .collect();
    if prefixes != stars {
        return Err(TermError::new(format!("misplaced `*` in `{text_}`")).help(
            "`*` goes at the end of a word's beginning, for words that start with it: `disarm*`",
        ));
    }
    Ok(phrase)
}

/// The other spelling of a compound written as two words in phrase `alt` (no
/// prefix): the two written as one (`air strike`, `cease-fire`: `airstrike`,
/// `ceasefire`). Not the other way: a word split at each place (`ceasefire` as
/// `cease fire`, `ceas efire`, …) looked up every split in every document, and
/// each split's longer half (`fire`) made the fact a candidate in most of them
/// (+2.8 % instructions on the 10 MB archive), so a compound written as one word
/// matches only itself: write `cease-fire` to match all three spellings.
fn compound_variants(alt: &str) -> Vec<Phrase> {
    if alt.contains('*') {
        return Vec::new();
    }
    let tokens = text::tokenize(alt, 0);
    let letters = |w: &str| w.bytes().all(|b| b.is_ascii_lowercase());
    // (two words of three letters or more, neither a function word nor the second
    // a particle: not `turn out`, `set back`, `break through`, `every day`, whose
    // one word is another)
    let word = |w: &str| letters(w) && w.len() >= 3 && !text::numbers::FUNCTION_WORDS.contains(&w);
    let particle = |w: &str| {
        matches!(
            w,
            "out"
                | "off"
                | "back"
                | "up"
                | "down"
                | "through"
                | "over"
                | "away"
                | "about"
                | "around"
                | "along"
                | "in"
                | "on"
                | "by"
                | "day"
                | "time"
                | "body"
                | "one"
        )
    };
    match tokens.as_slice() {
        [a, b] if word(a.folded()) && word(b.folded()) && !particle(b.folded()) => {
            vec![vec![WordPattern::Stem(text::stem(&format!(
                "{}{}",
                a.folded(),
                b.folded()
            )))]]
        }
        _ => Vec::new(),
    }
}

/// Parses a term: `/regex/`, or `|`-separated alternatives each a phrase or `@alias`.
pub fn parse(text_: &str, aliases: &BTreeMap<String, Vec<Phrase>>) -> Result<Term, TermError> {
    let trimmed = text_.trim();
    if trimmed.is_empty() {
        return Err(
            TermError::new("empty term").help("write a word or phrase, or remove the empty string")
        );
    }
    if trimmed.len() >= 2 && trimmed.starts_with('/') && trimmed.ends_with('/') {
        let pattern = &trimmed[1..trimmed.len() - 1];
        if pattern.is_empty() {
            return Err(TermError::new("empty regex `//`"));
        }
        let re = RegexBuilder::new(pattern)
            .size_limit(REGEX_SIZE_LIMIT)
            .dfa_size_limit(REGEX_DFA_LIMIT)
            .build()
            .map_err(|e| regex_error(trimmed, pattern, &e))?;
        return Ok(Term {
            text: trimmed.into(),
            matcher: Matcher::Regex(re),
            phrase_ids: Vec::new(),
            names_act: Some(false),
            done_act: false,
        });
    }
    let mut phrases = Vec::new();
    for alt in trimmed.split('|') {
        let alt = alt.trim();
        if alt.is_empty() {
            return Err(TermError::new(format!("empty alternative in `{trimmed}`"))
                .help("remove the extra `|`"));
        }
        if alt.len() >= 2 && alt.starts_with('/') && alt.ends_with('/') {
            return Err(TermError::new(format!(
                "a regex cannot be one alternative of `{trimmed}`"
            ))
            .help("write the regex as its own term, with `|` inside it: `/strike|air ?strike/`"));
        }
        if alt.contains('@') && !alt.starts_with('@')
            || alt.starts_with('@') && alt.contains(char::is_whitespace)
        {
            return Err(TermError::new(format!(
                "`@alias` must be a whole alternative in `{trimmed}`"
            ))
            .help("write `@naqoura` on its own, or list the phrase's words without the alias"));
        }
        if let Some(name) = alt.strip_prefix('@') {
            match aliases.get(name) {
                Some(variants) => phrases.extend(variants.iter().cloned()),
                None => {
                    let help = did_you_mean(name, aliases.keys().map(String::as_str))
                        .map(|n| format!("did you mean `@{n}`?"))
                        .unwrap_or_else(|| format!("define it: [aliases] {name} = [\"...\"]"));
                    return Err(TermError::new(format!("unknown alias `@{name}`")).help(help));
                }
            }
        } else {
            phrases.push(parse_phrase(alt)?);
            phrases.extend(compound_variants(alt));
        }
    }
    phrases.sort();
    phrases.dedup();
    let names_act = (!trimmed.starts_with('@')).then(|| {
        // (a capitalised word is a name: `United Nations`; each alternative's
        // words: `attacked|attack`)
        trimmed
            .split(|c: char| c.is_whitespace() || c == '|')
            .filter(|w| !w.starts_with(char::is_uppercase))
            .any(|w| crate::text::names_act(&w.to_lowercase()))
    });
    let done_act = trimmed.split('|').all(|alt| {
        alt.split_whitespace().next().is_some_and(|w| {
            !w.starts_with(['@', '/'])
                && !w.starts_with(char::is_uppercase)
                && crate::text::names_act(&w.to_lowercase())
        })
    });
    Ok(Term {
        text: trimmed.into(),
        phrase_ids: phrases.iter().map(phrase_ids).collect(),
        matcher: Matcher::Phrases(phrases),
        names_act,
        done_act,
    })
}

/// Whether compared phrase `phrase` matches `tokens` starting at position `at`.
pub fn phrase_ids_at(phrase: &[WordId], tokens: &[Token], at: usize) -> bool {
    phrase.len() <= tokens.len() - at.min(tokens.len())
        && phrase.iter().zip(&tokens[at..]).all(|(p, t)| p.matches(t))
}

/// Whether `phrase` matches `tokens` starting at position `at`.
pub fn phrase_at(phrase: &Phrase, tokens: &[Token], at: usize) -> bool {
    phrase.len() <= tokens.len() - at.min(tokens.len())
        && phrase.iter().zip(&tokens[at..]).all(|(p, t)| p.matches(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aliases() -> BTreeMap<String, Vec<Phrase>> {
        let mut a = BTreeMap::new();
        a.insert(
            "naqoura".to_string(),
            vec![
                parse_phrase("Naqura").unwrap(),
                parse_phrase("Ras En Nakura").unwrap(),
            ],
        );
        a
    }

    fn phrases(t: &str) -> Vec<Phrase> {
        match parse(t, &aliases()).unwrap().matcher {
            Matcher::Phrases(p) => p,
            Matcher::Regex(_) => panic!("not phrases"),
        }
    }

    #[test]
    fn parses_every_form() {
        assert_eq!(
            phrases("civilian talks"),
            [
                vec![
                    WordPattern::Stem("civilian".into()),
                    WordPattern::Stem("talk".into())
                ],
                // (the two written as one: a compound's other spelling)
                vec![WordPattern::Stem("civiliantalk".into())],
            ]
        );
        assert_eq!(phrases("strike|airstrike").len(), 2);
        assert!(phrases("cease-fire").contains(&vec![WordPattern::Stem("ceasefir".into())]));
        // (not a verb and its particle, `turn out` is no `turnout`)
        assert_eq!(phrases("turn out").len(), 1);
        assert_eq!(phrases("break through").len(), 1);
        // (not three words or more, nor one word split)
        assert_eq!(phrases("Ras En Nakura").len(), 1);
        assert_eq!(phrases("ceasefire").len(), 1);
        assert_eq!(phrases("@naqoura").len(), 2);
        assert_eq!(
            phrases("disarm*"),
            [vec![WordPattern::Prefix("disarm".into())]]
        );
        assert!(matches!(
            parse("/(?i)chief of staff/", &aliases()).unwrap().matcher,
            Matcher::Regex(_)
        ));
    }

    #[test]
    fn rejects_bad_terms_with_help() {
        let a = aliases();
        assert_eq!(parse("  ", &a).unwrap_err().message, "empty term");
        assert!(
            parse("a||b", &a)
                .unwrap_err()
                .message
                .contains("empty alternative")
        );
        let e = parse("@naqura", &a).unwrap_err();
        assert_eq!(e.message, "unknown alias `@naqura`");
        assert_eq!(e.help.as_deref(), Some("did you mean `@naqoura`?"));
        let e = parse("/(unclosed/", &a).unwrap_err();
        assert!(e.message.starts_with("invalid regex"), "{e:?}");
        assert_eq!(e.range, Some(1..2), "points at the open group");
        assert!(e.help.is_some());
        assert!(parse("—", &a).unwrap_err().message.contains("no words"));
        assert!(parse("*arm", &a).unwrap_err().message.contains("misplaced"));
        assert!(
            parse("strike|/air ?strike/", &a)
                .unwrap_err()
                .message
                .contains("regex cannot be one alternative")
        );
        assert!(
            parse("talks in @naqoura", &a)
                .unwrap_err()
                .message
                .contains("whole alternative")
        );
        let huge = parse("/(?:a{1000}){1000}/", &a).unwrap_err();
        assert!(
            huge.message.contains("too large"),
            "a size limit stops it: {huge:?}"
        );
    }

    #[test]
    fn phrase_matching_uses_stems_and_prefixes() {
        let tokens = text::tokenize("the disarmament talks were hosted", 0);
        let p = parse_phrase("disarm* talk").unwrap();
        assert!(phrase_at(&p, &tokens, 1));
        assert!(!phrase_at(&p, &tokens, 2));
        assert!(!phrase_at(&p, &tokens, 4));
        assert!(phrase_at(&parse_phrase("host").unwrap(), &tokens, 4));
    }
}
