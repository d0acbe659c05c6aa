//! Claim files: TOML → validated claims. Raw serde structs first, then validated
//! types with every problem collected as a diagnostic (not only the first).

use crate::dates::{self, DateSpec};
use crate::diag::{Diagnostic, Site, did_you_mean};
use crate::numbers::{self, Quantity};
use crate::terms::{self, Phrase, Term, WordPattern};
use crate::text;
use crate::verdict::Verdict;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

/// Index into [`Suite::terms`].
pub type TermId = usize;

/// Which text a fact is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Within {
    Sentence,
    Paragraph,
    /// Any run of this many consecutive words in a paragraph.
    Words(usize),
}

/// Whether one document must support every fact, or the corpus as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Document,
    Corpus,
}

/// What a window must contain: the common core of a fact and its `against` table.
#[derive(Debug, Clone, PartialEq)]
pub struct Test {
    pub all: Vec<TermId>,
    pub any: Vec<TermId>,
    pub not: Vec<TermId>,
    pub date: Option<DateSpec>,
    pub number: Option<Quantity>,
    pub within: Within,
}

/// One checkable part of a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// How a reviewer reads it.
    pub say: String,
    pub test: Test,
    pub against: Option<Test>,
    pub negation: bool,
    /// Where it is written.
    pub site: Site,
    /// For a plain-string fact, how many content words it kept.
    pub content_words: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub id: String,
    pub statement: String,
    pub expect: Option<Verdict>,
    pub note: Option<String>,
    pub tags: Vec<String>,
    pub scope: Scope,
    pub sources: usize,
    pub facts: Vec<Fact>,
    /// The claim file, as shown to people, and the line of its `id`.
    pub file: PathBuf,
    pub line: usize,
    /// Where its `id` is written.
    pub site: Site,
}

/// Every claim of the suite, and the terms they use (each compiled once).
#[derive(Debug, Default)]
pub struct Suite {
    pub claims: Vec<Claim>,
    pub terms: Vec<Term>,
    /// Where each term is first written, parallel to `terms`.
    pub term_sites: Vec<Site>,
    pub aliases: BTreeMap<String, Vec<String>>,
    /// Where each alias and each of its variants is defined.
    pub alias_sites: BTreeMap<String, (Site, Vec<(String, Site)>)>,
    /// Aliases some term or string fact uses.
    pub used_aliases: BTreeSet<String>,
}

impl Suite {
    /// The same suite with only the claims at `indices` (terms and aliases shared).
    pub fn subset(&self, indices: &[usize]) -> Suite {
        Suite {
            claims: indices.iter().map(|i| self.claims[*i].clone()).collect(),
            terms: self.terms.clone(),
            term_sites: self.term_sites.clone(),
            aliases: self.aliases.clone(),
            alias_sites: self.alias_sites.clone(),
            used_aliases: self.used_aliases.clone(),
        }
    }
}

// ---------------------------------------------------------------- raw TOML shapes

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    aliases: BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    claim: Vec<RawClaim>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaim {
    id: Option<Spanned<String>>,
    statement: Option<Spanned<String>>,
    expect: Option<Spanned<String>>,
    note: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
    scope: Option<Spanned<String>>,
    sources: Option<Spanned<i64>>,
    fact: Option<Spanned<Vec<Spanned<RawFactEntry>>>>,
    /// The claim's table, for problems of the claim as a whole.
    #[serde(skip)]
    span: Range<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    say: Option<String>,
    #[serde(default)]
    all: Vec<Spanned<String>>,
    #[serde(default)]
    any: Vec<Spanned<String>>,
    #[serde(default)]
    not: Vec<Spanned<String>>,
    date: Option<Spanned<toml::Value>>,
    number: Option<Spanned<StrOrInt>>,
    within: Option<Spanned<StrOrInt>>,
    against: Option<Spanned<Box<RawFact>>>,
    negation: Option<bool>,
}

/// `fact` entries: a plain string or a table. A hand-written visitor keeps serde's
/// precise messages (an untagged enum would say only "did not match any variant").
enum RawFactEntry {
    Text(String),
    Table(Box<RawFact>),
}

impl<'de> Deserialize<'de> for RawFactEntry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawFactEntry;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a fact: a string or a table")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(RawFactEntry::Text(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                RawFact::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(|f| RawFactEntry::Table(Box::new(f)))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
                Err(de::Error::custom(
                    "a fact is a string or a table, not an array",
                ))
            }
        }
        d.deserialize_any(V)
    }
}

/// A value written as a string or an integer (`within = 25`, `number = 1200`).
enum StrOrInt {
    Str(String),
    Int(i64),
}

impl<'de> Deserialize<'de> for StrOrInt {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = StrOrInt;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or an integer")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(StrOrInt::Str(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(StrOrInt::Int(v))
            }
        }
        d.deserialize_any(V)
    }
}

// ---------------------------------------------------------------- loading

/// A claim file read from disk: where it is, how to show it, its text.
#[derive(Debug, Clone)]
pub struct ClaimFile {
    pub path: PathBuf,
    pub source: String,
}

const FILE_KEYS: [&str; 2] = ["aliases", "claim"];
const CLAIM_KEYS: [&str; 8] = [
    "id",
    "statement",
    "expect",
    "note",
    "tags",
    "scope",
    "sources",
    "fact",
];
const FACT_KEYS: [&str; 9] = [
    "say", "all", "any", "not", "date", "number", "within", "against", "negation",
];

/// The key written before byte `at` on its line (`statement = 3` → `statement`).
fn key_before(source: &str, at: usize) -> Option<&str> {
    let line_start = source[..at.min(source.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let before = source.get(line_start..at)?.trim_end();
    let key = before.strip_suffix('=')?.trim();
    (!key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-'))
    .then_some(key)
}

fn toml_error(file: &ClaimFile, e: toml::de::Error) -> Diagnostic {
    let mut message = e.message().trim().to_string();
    let span = e.span().unwrap_or(0..0);
    if let (Some(rest), Some(key)) = (
        message.strip_prefix("invalid type: "),
        key_before(&file.source, span.start),
    ) {
        // "invalid type: integer `3`, expected a string" → name the key
        if let Some((found, expected)) = rest.split_once(", expected ") {
            message = format!("`{key}` should be {expected}, not {found}");
        }
    }
    let mut d = Diagnostic::at(&file.path, &file.source, span, message.clone());
    if let Some(key) = crate::corpus::unknown_key(&message) {
        let keys = [&FILE_KEYS[..], &CLAIM_KEYS[..], &FACT_KEYS[..]].concat();
        d.message = format!("unknown key `{key}`");
        d = match did_you_mean(&key, keys.iter().copied()) {
            Some(k) => d.help(format!("did you mean `{k}`?")),
            None => d.help(expected_list(&message)),
        };
    }
    d
}

fn unknown_key_error(
    file: &ClaimFile,
    key: &str,
    span: Range<usize>,
    allowed: &[&str],
) -> Diagnostic {
    let d = Diagnostic::at(
        &file.path,
        &file.source,
        span,
        format!("unknown key `{key}`"),
    );
    match did_you_mean(key, allowed.iter().copied()) {
        Some(k) => d.help(format!("did you mean `{k}`?")),
        None => d.help(format!("allowed keys here are {}", allowed.join(", "))),
    }
}

/// Every key of `v` (a table) not in `allowed`, and, for a claim, of its fact tables
/// and their `against` tables.
fn unknown_keys(
    file: &ClaimFile,
    v: &Spanned<DeValue>,
    allowed: &[&str],
    out: &mut Vec<Diagnostic>,
) {
    let DeValue::Table(t) = v.get_ref() else {
        return;
    };
    for (k, value) in t.iter() {
        let key: &str = k.get_ref();
        if !allowed.contains(&key) {
            out.push(unknown_key_error(file, key, k.span(), allowed));
            continue;
        }
        match (key, value.get_ref()) {
            ("fact", DeValue::Array(items)) => {
                for item in items.iter() {
                    unknown_keys(file, item, &FACT_KEYS, out);
                }
            }
            ("against", DeValue::Table(_)) => unknown_keys(file, value, &FACT_KEYS, out),
            _ => {}
        }
    }
}

/// Parses one claim file into its raw shape, reporting every syntax error, every
/// unknown key, and the first type error of each claim (each claim is read on its
/// own, so one bad claim hides no other).
fn parse_file(f: &ClaimFile, errors: &mut Vec<Diagnostic>) -> Option<RawFile> {
    let (doc, syntax) = DeTable::parse_recoverable(&f.source);
    if !syntax.is_empty() {
        errors.extend(syntax.into_iter().map(|e| toml_error(f, e)));
        return None;
    }
    let mut raw = RawFile {
        aliases: BTreeMap::new(),
        claim: Vec::new(),
    };
    for (k, v) in doc.get_ref().iter() {
        let key: &str = k.get_ref();
        match key {
            "aliases" => match BTreeMap::deserialize(ValueDeserializer::from(v.clone())) {
                Ok(a) => raw.aliases = a,
                Err(e) => errors.push(toml_error(f, e)),
            },
            "claim" => {
                let DeValue::Array(items) = v.get_ref() else {
                    errors.push(
                        Diagnostic::at(
                            &f.path,
                            &f.source,
                            v.span(),
                            "`claim` must be an array of tables",
                        )
                        .help("start each claim with a `[[claim]]` line"),
                    );
                    continue;
                };
                for item in items.iter() {
                    let mut unknown = Vec::new();
                    unknown_keys(f, item, &CLAIM_KEYS, &mut unknown);
                    // report the unknown keys, and read the rest of the claim anyway so
                    // that its other problems show in the same run
                    let mut item = item.clone();
                    if !unknown.is_empty() {
                        errors.append(&mut unknown);
                        strip_unknown(&mut item, &CLAIM_KEYS);
                    }
                    let span = item.span();
                    match RawClaim::deserialize(ValueDeserializer::from(item)) {
                        Ok(mut c) => {
                            c.span = span;
                            raw.claim.push(c)
                        }
                        Err(e) => errors.push(toml_error(f, e)),
                    }
                }
            }
            other => errors.push(unknown_key_error(f, other, k.span(), &FILE_KEYS)),
        }
    }
    Some(raw)
}

/// Removes the keys `unknown_keys` reports, at every level of a claim.
fn strip_unknown(v: &mut Spanned<DeValue>, allowed: &[&str]) {
    let DeValue::Table(t) = v.get_mut() else {
        return;
    };
    let unknown: Vec<String> = t
        .iter()
        .map(|(k, _)| k.get_ref().to_string())
        .filter(|k| !allowed.contains(&k.as_str()))
        .collect();
    for k in unknown {
        t.remove(k.as_str());
    }
    for (k, value) in t.iter_mut() {
        let key: &str = k.get_ref();
        match (key, value.get_mut()) {
            ("fact", DeValue::Array(items)) => {
                for item in items.iter_mut() {
                    strip_unknown(item, &FACT_KEYS);
                }
            }
            ("against", DeValue::Table(_)) => strip_unknown(value, &FACT_KEYS),
            _ => {}
        }
    }
}

fn expected_list(message: &str) -> String {
    match message.find("expected") {
        Some(i) => message[i..].replacen("expected one of", "allowed keys here are", 1),
        None => "remove it".into(),
    }
}

/// Collects problems of one suite.
struct Loader<'a> {
    errors: Vec<Diagnostic>,
    term_ids: HashMap<String, TermId>,
    terms: Vec<Term>,
    term_sites: Vec<Site>,
    used_aliases: BTreeSet<String>,
    alias_phrases: BTreeMap<String, Vec<Phrase>>,
    file: &'a ClaimFile,
    /// Problems found while parsing, before validation.
    reported: Vec<Diagnostic>,
}

impl<'a> Loader<'a> {
    fn error(&mut self, span: Range<usize>, message: impl Into<String>) -> &mut Diagnostic {
        self.errors.push(Diagnostic::at(
            &self.file.path,
            &self.file.source,
            span,
            message,
        ));
        self.errors.last_mut().expect("just pushed")
    }

    fn term(&mut self, text_: &str, span: Range<usize>) -> Option<TermId> {
        let key = text_.trim().to_string();
        if let Some(id) = self.term_ids.get(&key) {
            return Some(*id);
        }
        match terms::parse(text_, &self.alias_phrases) {
            Ok(t) => {
                for alt in key.split('|') {
                    if let Some(name) = alt.trim().strip_prefix('@') {
                        self.used_aliases.insert(name.to_string());
                    }
                }
                let id = self.terms.len();
                self.terms.push(t);
                self.term_sites
                    .push(Site::new(&self.file.path, &self.file.source, span));
                self.term_ids.insert(key, id);
                Some(id)
            }
            Err(e) => {
                // point inside the string when the file holds it verbatim (no escapes)
                let inner = span.start + 1..span.end.saturating_sub(1);
                let verbatim = self.file.source.get(inner.clone()) == Some(text_);
                let at = match (&e.range, verbatim) {
                    (Some(r), true) => inner.start + r.start..inner.start + r.end,
                    _ => span,
                };
                let d = self.error(at, e.message);
                d.help = e.help;
                None
            }
        }
    }

    fn terms(&mut self, list: &[Spanned<String>]) -> Vec<TermId> {
        list.iter()
            .filter_map(|t| self.term(t.get_ref(), t.span()))
            .collect()
    }

    fn test(&mut self, raw: &RawFact, span: Range<usize>, default_within: Within) -> Option<Test> {
        let errors_before = self.errors.len();
        let all = self.terms(&raw.all);
        let any = self.terms(&raw.any);
        let not = self.terms(&raw.not);
        let date = raw.date.as_ref().and_then(|d| {
            // a string, or a bare TOML date (`date = 2025-12-03`) as in front matter
            let text_ = match d.get_ref() {
                toml::Value::String(s) => Some(s.clone()),
                toml::Value::Datetime(dt) if dt.time.is_none() => dt.date.map(|x| x.to_string()),
                _ => None,
            };
            match text_.as_deref().map(DateSpec::parse) {
                Some(Ok(spec)) => Some(spec),
                Some(Err(m)) => {
                    self.error(d.span(), "invalid `date`").help = Some(m);
                    None
                }
                None => {
                    self.error(d.span(), "invalid `date`").help =
                        Some("write `date = \"2025-12-03\"` or `date = \"2025-12\"`".into());
                    None
                }
            }
        });
        let number = raw.number.as_ref().and_then(|n| {
            let text_ = match n.get_ref() {
                StrOrInt::Str(s) => s.clone(),
                StrOrInt::Int(i) => i.to_string(),
            };
            match Quantity::parse(&text_) {
                Ok(q) => Some(q),
                Err(m) => {
                    self.error(n.span(), "invalid `number`").help = Some(m);
                    None
                }
            }
        });
        let within = match &raw.within {
            None => default_within,
            Some(w) => match w.get_ref() {
                StrOrInt::Str(s) if s == "sentence" => Within::Sentence,
                StrOrInt::Str(s) if s == "paragraph" => Within::Paragraph,
                StrOrInt::Int(n) if *n > 0 && *n <= 10_000 => Within::Words(*n as usize),
                _ => {
                    self.error(w.span(), "invalid `within`").help = Some(
                        "write \"sentence\", \"paragraph\", or a word count from 1 to 10000 (within = 25)".into(),
                    );
                    default_within
                }
            },
        };
        // (unless a misspelt key in it, already reported, is why it looks empty)
        let lines = {
            // from the table's header to the next header
            let src = &self.file.source;
            let start = span.start.min(src.len());
            let after = src[start..].find('\n').map_or(src.len(), |i| start + i);
            let end = src[after..].find("\n[").map_or(src.len(), |i| after + i);
            let idx = text::LineIndex::new(src);
            idx.line_col(src, start).0..=idx.line_col(src, end.max(span.end.min(src.len()))).0
        };
        let explained = self.errors.iter().chain(self.reported.iter()).any(|d| {
            d.path == self.file.path && d.location.as_ref().is_some_and(|l| lines.contains(&l.line))
        });
        if raw.all.is_empty()
            && raw.any.is_empty()
            && raw.date.is_none()
            && raw.number.is_none()
            && !explained
        {
            self.error(span, "the fact has nothing to match").help =
                Some("give it `all`, `any`, `date` or `number`".into());
        }
        (self.errors.len() == errors_before).then_some(Test {
            all,
            any,
            not,
            date,
            number,
            within,
        })
    }

    fn table_fact(&mut self, raw: &RawFact, span: Range<usize>) -> Option<Fact> {
        let test = self.test(raw, span.clone(), Within::Sentence);
        let against = match &raw.against {
            None => None,
            Some(a) => {
                if a.get_ref().against.is_some() {
                    self.error(a.span(), "an `against` table cannot hold another `against`");
                    None
                } else {
                    let within = test.as_ref().map_or(Within::Sentence, |t| t.within);
                    self.test(a.get_ref(), a.span(), within)
                }
            }
        };
        let test = test?;
        if raw.against.is_some() && against.is_none() {
            return None;
        }
        let say = raw.say.clone().unwrap_or_else(|| describe(raw));
        Some(Fact {
            say,
            test,
            against,
            negation: raw.negation.unwrap_or(true),
            site: Site::new(&self.file.path, &self.file.source, span),
            content_words: None,
        })
    }

    fn string_fact(&mut self, said: &str, span: Range<usize>) -> Option<Fact> {
        match compile_string_fact(said, &self.alias_phrases) {
            Ok(parts) => {
                let all = parts
                    .terms
                    .iter()
                    .filter_map(|t| self.term(t, span.clone()))
                    .collect();
                let content_words = parts.terms.len();
                Some(Fact {
                    site: Site::new(&self.file.path, &self.file.source, span.clone()),
                    content_words: Some(content_words),
                    say: said.trim().to_string(),
                    test: Test {
                        all,
                        any: vec![],
                        not: vec![],
                        date: parts.date,
                        number: parts.number,
                        within: Within::Sentence,
                    },
                    against: None,
                    negation: true,
                })
            }
            Err(message) => {
                self.error(span, message).help =
                    Some("say more in the fact, or write it as a table with `all`".into());
                None
            }
        }
    }
}

fn describe(raw: &RawFact) -> String {
    let list = |name: &str, v: &[Spanned<String>]| {
        (!v.is_empty()).then(|| {
            let items: Vec<String> = v.iter().map(|s| format!("{:?}", s.get_ref())).collect();
            format!("{name} = [{}]", items.join(", "))
        })
    };
    [
        list("all", &raw.all),
        list("any", &raw.any),
        raw.date.as_ref().map(|d| match d.get_ref() {
            toml::Value::String(s) => format!("date = {s}"),
            other => format!("date = {other}"),
        }),
        raw.number.as_ref().map(|n| match n.get_ref() {
            StrOrInt::Str(s) => format!("number = {s}"),
            StrOrInt::Int(i) => format!("number = {i}"),
        }),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}

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
}

/// Turns a string fact into terms, a date and a number, as PRODUCT.md says.
pub fn compile_string_fact(
    said: &str,
    aliases: &BTreeMap<String, Vec<Phrase>>,
) -> Result<StringFact, String> {
    let dates = dates::specs_in(said);
    if dates.len() > 1 {
        return Err(format!(
            "`{said}` says more than one date; a fact checks one"
        ));
    }
    let tokens = text::tokenize(said, 0);
    let in_date = |t: &text::Token| dates.iter().any(|(s, e, _)| *s <= t.start && t.end <= *e);
    let numbers = numbers::mentions(said, &tokens, in_date);
    if numbers.len() > 1 {
        return Err(format!(
            "`{said}` says more than one number; a fact checks one"
        ));
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
    let mut terms_ = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
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
        if !STOP_WORDS.contains(&t.folded.as_ref()) {
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
        return Err(format!("the fact `{}` keeps no content words", said.trim()));
    }
    Ok(StringFact {
        terms: terms_,
        date,
        number,
    })
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

fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Lists `claims/**/*.toml`, sorted.
pub fn discover(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    let mut seen = std::collections::HashSet::new();
    while let Some(d) = stack.pop() {
        if !seen.insert(d.canonicalize()?) {
            continue;
        }
        for e in std::fs::read_dir(&d)? {
            let p = e?.path();
            let hidden = p
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            let meta = std::fs::metadata(&p)?;
            if meta.is_dir() {
                stack.push(p);
            } else if p.extension().and_then(|e| e.to_str()) == Some("toml") {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Validates a whole suite: every file's aliases first (they are global), then every
/// claim. Returns every problem found, not only the first.
pub fn load(files: &[ClaimFile]) -> Result<Suite, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut raws = Vec::new();
    for f in files {
        if let Some(raw) = parse_file(f, &mut errors) {
            raws.push((f, raw));
        }
    }
    // aliases: name -> (variants, file, span)
    let mut aliases: BTreeMap<String, (Vec<String>, &ClaimFile, Range<usize>)> = BTreeMap::new();
    let mut alias_phrases: BTreeMap<String, Vec<Phrase>> = BTreeMap::new();
    let mut alias_sites = BTreeMap::new();
    for (f, raw) in &raws {
        for (name, variants) in &raw.aliases {
            let list: Vec<String> = variants
                .get_ref()
                .iter()
                .map(|v| v.get_ref().trim().to_string())
                .collect();
            if let Some((first, ff, fspan)) = aliases.get(name) {
                let mut a = first.clone();
                let mut b = list.clone();
                a.sort();
                b.sort();
                if a != b {
                    let (line, _) =
                        text::LineIndex::new(&ff.source).line_col(&ff.source, fspan.start);
                    errors.push(
                        Diagnostic::at(
                            &f.path,
                            &f.source,
                            variants.span(),
                            format!("alias `{name}` is defined twice with different variants"),
                        )
                        .note(format!("first defined at {}:{line}", ff.path.display()))
                        .help("keep one definition, with every variant"),
                    );
                }
                continue;
            }
            let mut phrases = Vec::new();
            for v in variants.get_ref() {
                if v.get_ref().contains('@') || v.get_ref().trim().starts_with('/') {
                    errors.push(
                        Diagnostic::at(&f.path, &f.source, v.span(), "an alias variant is a plain phrase")
                            .help("write the words as they appear in articles; `@` and `/regex/` are not allowed here"),
                    );
                    continue;
                }
                match terms::parse_phrase(v.get_ref()) {
                    Ok(p) => phrases.push(p),
                    Err(e) => {
                        let mut d = Diagnostic::at(
                            &f.path,
                            &f.source,
                            v.span(),
                            format!("empty variant in alias `{name}`"),
                        );
                        d.help = e.help;
                        errors.push(d);
                    }
                }
            }
            if variants.get_ref().is_empty() {
                errors.push(
                    Diagnostic::at(
                        &f.path,
                        &f.source,
                        variants.span(),
                        format!("alias `{name}` has no variants"),
                    )
                    .help("list the spellings: name = [\"Naqoura\", \"Naqura\"]"),
                );
            }
            alias_phrases.insert(name.clone(), phrases);
            let variant_sites = variants
                .get_ref()
                .iter()
                .map(|v| {
                    (
                        v.get_ref().trim().to_string(),
                        Site::new(&f.path, &f.source, v.span()),
                    )
                })
                .collect();
            alias_sites.insert(
                name.clone(),
                (
                    Site::new(&f.path, &f.source, variants.span()),
                    variant_sites,
                ),
            );
            aliases.insert(name.clone(), (list, f, variants.span()));
        }
    }
    let mut suite = Suite {
        alias_sites,
        aliases: aliases
            .iter()
            .map(|(k, v)| (k.clone(), v.0.clone()))
            .collect(),
        ..Suite::default()
    };
    let mut ids: HashMap<String, (PathBuf, usize)> = HashMap::new();
    let mut loader: Option<Loader> = None;
    for (f, raw) in &raws {
        let l = loader.get_or_insert_with(|| Loader {
            errors: Vec::new(),
            term_ids: HashMap::new(),
            terms: Vec::new(),
            term_sites: Vec::new(),
            used_aliases: BTreeSet::new(),
            alias_phrases: std::mem::take(&mut alias_phrases),
            file: f,
            reported: errors.clone(),
        });
        l.file = f;
        for rc in &raw.claim {
            if let Some(c) = load_claim(l, rc, &mut ids) {
                suite.claims.push(c);
            }
        }
    }
    if let Some(l) = loader {
        errors.extend(l.errors);
        suite.terms = l.terms;
        suite.term_sites = l.term_sites;
        suite.used_aliases = l.used_aliases;
    }
    // in file order, whatever order they were found in
    errors.sort_by_key(|d| (d.path.clone(), d.location.as_ref().map(|l| (l.line, l.col))));
    if errors.is_empty() {
        Ok(suite)
    } else {
        Err(errors)
    }
}

fn load_claim(
    l: &mut Loader,
    rc: &RawClaim,
    ids: &mut HashMap<String, (PathBuf, usize)>,
) -> Option<Claim> {
    let before = l.errors.len();
    let id_span = rc.id.as_ref().map_or(rc.span.clone(), |i| i.span());
    let id = rc
        .id
        .as_ref()
        .map(|i| i.get_ref().clone())
        .unwrap_or_default();
    let (line, _) = text::LineIndex::new(&l.file.source).line_col(&l.file.source, id_span.start);
    let statement = match &rc.statement {
        Some(s) => s.clone(),
        None => {
            l.error(rc.span.clone(), "the claim has no `statement`")
                .help = Some("add the claim as published: statement = \"...\"".into());
            Spanned::new(rc.span.clone(), String::new())
        }
    };
    if rc.id.is_none() {
        l.error(rc.span.clone(), "the claim has no `id`").help =
            Some("add a unique id: id = \"dec3-civilian-talks\"".into());
    } else if !valid_id(&id) {
        l.error(id_span.clone(), format!("invalid claim id `{id}`")).help =
            Some("ids are lowercase letters, digits and `-`, starting with a letter or digit: `dec3-civilian-talks`".into());
    } else if let Some((p, first_line)) = ids.get(&id) {
        let note = format!("first used at {}:{first_line}", p.display());
        let d = l.error(id_span.clone(), format!("duplicate claim id `{id}`"));
        d.note = Some(note);
        d.help = Some("give each claim its own id".into());
    } else {
        ids.insert(id.clone(), (l.file.path.clone(), line));
    }
    if rc.statement.is_some() && statement.get_ref().trim().is_empty() {
        l.error(statement.span(), "empty statement").help =
            Some("write the claim as published".into());
    }
    let expect = rc
        .expect
        .as_ref()
        .and_then(|e| match e.get_ref().parse::<Verdict>() {
            Ok(v) => Some(v),
            Err(_) => {
                let d = l.error(e.span(), format!("unknown verdict `{}`", e.get_ref()));
                d.help = Some(format!(
                    "`expect` is one of: {}{}",
                    Verdict::ALL.map(|v| v.as_str()).join(", "),
                    did_you_mean(e.get_ref(), Verdict::ALL.map(|v| v.as_str()))
                        .map(|s| format!(" (did you mean `{s}`?)"))
                        .unwrap_or_default()
                ));
                None
            }
        });
    let scope = match &rc.scope {
        None => Scope::Document,
        Some(s) => match s.get_ref().as_str() {
            "document" => Scope::Document,
            "corpus" => Scope::Corpus,
            other => {
                l.error(s.span(), format!("unknown scope `{other}`")).help =
                    Some("`scope` is one of: document, corpus".into());
                Scope::Document
            }
        },
    };
    let sources = match &rc.sources {
        None => 1,
        Some(n) if *n.get_ref() >= 1 && *n.get_ref() <= 1000 => *n.get_ref() as usize,
        Some(n) => {
            l.error(n.span(), "`sources` must be a whole number from 1 to 1000")
                .help =
                Some("the number of independent outlets that must support the claim".into());
            1
        }
    };
    let mut facts = Vec::new();
    match &rc.fact {
        None => {
            let base = statement.span().start + 1;
            let parts = split_statement(statement.get_ref());
            if parts.is_empty() && !statement.get_ref().trim().is_empty() {
                l.error(statement.span(), "the statement has nothing to check")
                    .help = Some("write the statement's words, or give the claim `fact`s".into());
            }
            for (off, part) in parts {
                let span = base + off..base + off + part.len();
                facts.extend(l.string_fact(part, span));
            }
        }
        Some(list) => {
            let strings = list
                .get_ref()
                .iter()
                .filter(|e| matches!(e.get_ref(), RawFactEntry::Text(_)))
                .count();
            if strings > 0 && strings < list.get_ref().len() {
                l.error(list.span(), "facts mix plain strings and tables").help =
                    Some("write every fact of a claim the same way: all strings, or all [[claim.fact]] tables".into());
            } else if list.get_ref().is_empty() {
                l.error(list.span(), "`fact` is empty").help = Some(
                    "list the facts, or remove `fact` to split the statement at its commas".into(),
                );
            }
            for entry in list.get_ref() {
                match entry.get_ref() {
                    RawFactEntry::Text(s) => facts.extend(l.string_fact(s, entry.span())),
                    RawFactEntry::Table(t) => facts.extend(l.table_fact(t, entry.span())),
                }
            }
        }
    }
    (l.errors.len() == before).then(|| Claim {
        id,
        statement: statement.get_ref().trim().to_string(),
        expect,
        note: rc.note.clone(),
        tags: rc.tags.clone(),
        scope,
        sources,
        facts,
        file: l.file.path.clone(),
        line,
        site: Site::new(&l.file.path, &l.file.source, id_span),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_one(src: &str) -> Result<Suite, Vec<Diagnostic>> {
        load(&[ClaimFile {
            path: PathBuf::from("claims/t.toml"),
            source: src.to_string(),
        }])
    }

    const CARD: &str = r#"[aliases]
naqoura = ["Naqoura", "Naqura", "Ras En Nakura", "Ras EnNakoura"]
unifil  = ["UNIFIL", "United Nations peacekeeping force"]

[[claim]]
id = "dec3-civilian-talks"
statement = "Dec 3 talks were civilian-led, hosted at UNIFIL Naqura, envoy Ortagus present"
expect = "supported"
tags = ["naqoura"]

[[claim.fact]]
say = "on December 3"
date = 2025-12-03
all = ["talks"]

[[claim.fact]]
all = ["@unifil", "@naqoura"]
within = 30
[claim.fact.against]
all = ["Beirut"]

[[claim]]
id = "split"
statement = "Dec 3 talks were civilian-led, hosted at UNIFIL Naqura, more than 370 killed"
"#;

    #[test]
    fn loads_the_design_card() {
        let s = load_one(CARD).unwrap();
        let c = &s.claims[0];
        assert_eq!(c.line, 6);
        assert_eq!(c.expect, Some(Verdict::Supported));
        assert_eq!(c.facts.len(), 2);
        assert_eq!(c.facts[0].test.date.unwrap().to_string(), "2025-12-03");
        assert_eq!(c.facts[1].say, "all = [\"@unifil\", \"@naqoura\"]");
        assert_eq!(c.facts[1].test.within, Within::Words(30));
        assert_eq!(
            c.facts[1].against.as_ref().unwrap().within,
            Within::Words(30)
        );
        let split = &s.claims[1];
        let says: Vec<&str> = split.facts.iter().map(|f| f.say.as_str()).collect();
        assert_eq!(
            says,
            [
                "Dec 3 talks were civilian-led",
                "hosted at UNIFIL Naqura",
                "more than 370 killed"
            ]
        );
        assert_eq!(
            split.facts[0].test.date.unwrap().to_string(),
            "12-03 (any year)"
        );
        assert_eq!(split.facts[2].test.number.unwrap().to_string(), ">370");
        let texts: Vec<&str> = split.facts[1]
            .test
            .all
            .iter()
            .map(|t| s.terms[*t].text.as_str())
            .collect();
        assert_eq!(texts, ["hosted", "@unifil", "@naqoura"]);
    }

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
    }

    #[test]
    fn statements_split_outside_dates_and_numbers() {
        let parts: Vec<&str> = split_statement("On December 3, 2025, 1,200 strikes; talks")
            .into_iter()
            .map(|p| p.1)
            .collect();
        assert_eq!(parts, ["On December 3, 2025", "1,200 strikes", "talks"]);
    }

    #[test]
    fn every_problem_is_reported_with_its_place() {
        let src = r#"[[claim]]
id = "Bad Id"
statement = "x y"
expect = "supprted"
scope = "world"
[[claim.fact]]
all = ["@nope", "/(/"]
within = "page"
date = "December"
[[claim.fact]]
not = ["x"]
[[claim]]
id = "ok"
statement = "a talk"
fact = ["talks here", { all = ["x"] }]
[[claim]]
id = "ok"
statement = "it was"
[[claim]]
id = "punct"
statement = ";,;"
[[claim]]
id = "timed"
statement = "x y"
fact = [{ all = ["x"], date = 2025-12-03T10:00:00Z }]
"#;
        let errors = load_one(src).unwrap_err();
        let got: Vec<(String, String)> = errors
            .iter()
            .map(|e| (e.place(), e.message.clone()))
            .collect();
        let want = [
            ("claims/t.toml:2:6", "invalid claim id `Bad Id`"),
            ("claims/t.toml:4:10", "unknown verdict `supprted`"),
            ("claims/t.toml:5:9", "unknown scope `world`"),
            ("claims/t.toml:7:8", "unknown alias `@nope`"),
            ("claims/t.toml:7:19", "invalid regex: unclosed group"),
            ("claims/t.toml:9:8", "invalid `date`"),
            ("claims/t.toml:8:10", "invalid `within`"),
            ("claims/t.toml:10:1", "the fact has nothing to match"),
            ("claims/t.toml:15:8", "facts mix plain strings and tables"),
            (
                "claims/t.toml:18:14",
                "the fact `it was` keeps no content words",
            ),
            ("claims/t.toml:17:6", "duplicate claim id `ok`"),
            ("claims/t.toml:21:13", "the statement has nothing to check"),
            ("claims/t.toml:25:31", "invalid `date`"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        let mut got_sorted = got.clone();
        got_sorted.sort();
        let mut want_sorted = want.clone();
        want_sorted.sort();
        assert_eq!(got_sorted, want_sorted, "{got:#?}");
        assert_eq!(
            errors[1].help.as_deref(),
            Some(
                "`expect` is one of: supported, contradicted, disputed, partial, unverified (did you mean `supported`?)"
            )
        );
    }

    #[test]
    fn unknown_keys_get_did_you_mean() {
        let errors =
            load_one("[[claim]]\nid = \"a\"\nstatement = \"b c\"\nexpcet = \"supported\"\n")
                .unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].place(), "claims/t.toml:4:1");
        assert_eq!(errors[0].message, "unknown key `expcet`");
        assert_eq!(errors[0].help.as_deref(), Some("did you mean `expect`?"));
    }

    #[test]
    fn every_unknown_key_and_every_claim_is_reported() {
        let src = "[[claim]]\nid = \"a\"\nstatment = \"b c\"\nal = [\"x\"]\n\
                   [[claim.fact]]\nanny = [\"y\"]\n[claim.fact.against]\nnott = [\"z\"]\n\
                   [[claim]]\nid = \"b\"\nstatement = 3\n\
                   [[claim]]\nid = \"c\"\nstatement = \"ok\"\ntags = \"one\"\n\
                   [extra]\n";
        let errors = load_one(src).unwrap_err();
        let got: Vec<(String, String)> = errors
            .iter()
            .map(|e| (e.place(), e.message.clone()))
            .collect();
        let mut places: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        places.sort();
        assert_eq!(
            places,
            [
                "claims/t.toml:11:13",
                "claims/t.toml:15:8",
                "claims/t.toml:16:2",
                "claims/t.toml:1:1",
                "claims/t.toml:3:1",
                "claims/t.toml:4:1",
                "claims/t.toml:6:1",
                "claims/t.toml:8:1"
            ],
            "{got:#?}"
        );
        assert!(
            errors
                .iter()
                .any(|e| e.help.as_deref() == Some("did you mean `statement`?"))
        );
        assert!(
            errors
                .iter()
                .any(|e| e.help.as_deref() == Some("did you mean `any`?"))
        );
        assert!(
            errors
                .iter()
                .any(|e| e.help.as_deref() == Some("did you mean `not`?"))
        );
    }

    #[test]
    fn syntax_errors_are_all_reported() {
        let errors =
            load_one("[[claim]]\nid = \"a\nstatement = \"b\"\nexpect = = 3\n").unwrap_err();
        let places: Vec<String> = errors.iter().map(|e| e.place()).collect();
        assert!(places.len() >= 2, "{places:?}");
        assert!(
            places.iter().any(|p| p.starts_with("claims/t.toml:4:")),
            "{places:?}"
        );
    }

    #[test]
    fn aliases_defined_twice_differently_are_errors() {
        let a = ClaimFile {
            path: "claims/a.toml".into(),
            source: "[aliases]\nx = [\"A\"]\n".into(),
        };
        let b = ClaimFile {
            path: "claims/b.toml".into(),
            source: "[aliases]\nx = [\"B\"]\n".into(),
        };
        let same = ClaimFile {
            path: "claims/c.toml".into(),
            source: "[aliases]\nx = [\"A\"]\n".into(),
        };
        let e = load(&[a.clone(), b]).unwrap_err();
        assert_eq!(e[0].place(), "claims/b.toml:2:5");
        assert_eq!(
            e[0].note.as_deref(),
            Some("first defined at claims/a.toml:2")
        );
        assert!(load(&[a, same]).is_ok());
    }
}
