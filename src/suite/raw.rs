//! A claim file as read ([`ClaimFile`]) and its raw shapes, as serde reads them: every key optional and
//! spanned, so that validation can say where a problem is. Hand-written visitors
//! keep serde's precise messages where an untagged enum would not.

use crate::diag::{Diagnostic, Site};
use crate::engine::model::describe;
use crate::text::LineIndex;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::PathBuf;
use toml::Spanned;

/// A claim file read from disk: how to show it, its text, and its line index, built
/// once so that placing every claim and problem costs a lookup, not a scan.
#[derive(Debug, Clone)]
pub struct ClaimFile {
    pub path: PathBuf,
    pub source: String,
    lines: LineIndex,
}

impl ClaimFile {
    pub fn new(path: impl Into<PathBuf>, source: String) -> Self {
        Self {
            path: path.into(),
            lines: LineIndex::new(&source),
            source,
        }
    }

    /// The place of byte range `span`.
    pub fn site(&self, span: Range<usize>) -> Site {
        Site::indexed(&self.path, &self.source, &self.lines, span)
    }

    /// An error at byte range `span`.
    pub fn error(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::at_site(&self.site(span), message)
    }

    /// The 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        let mut at = offset.min(self.source.len());
        while !self.source.is_char_boundary(at) {
            at -= 1;
        }
        self.lines.line_col(&self.source, at).0
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    #[serde(default)]
    pub aliases: BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub claim: Vec<RawClaim>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClaim {
    pub id: Option<Spanned<String>>,
    pub statement: Option<Spanned<String>>,
    pub expect: Option<Spanned<String>>,
    pub note: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub scope: Option<Spanned<String>>,
    pub sources: Option<Spanned<i64>>,
    pub fact: Option<Spanned<Vec<Spanned<RawFactEntry>>>>,
    /// The claim's table, for problems of the claim as a whole.
    #[serde(skip)]
    pub span: Range<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFact {
    pub say: Option<String>,
    #[serde(default)]
    pub all: Vec<Spanned<String>>,
    #[serde(default)]
    pub any: Vec<Spanned<String>>,
    #[serde(default)]
    pub not: Vec<Spanned<String>>,
    pub date: Option<Spanned<toml::Value>>,
    pub number: Option<Spanned<StrOrInt>>,
    #[serde(default)]
    pub counts: Vec<Spanned<String>>,
    pub within: Option<Spanned<StrOrInt>>,
    pub against: Option<Spanned<Box<RawFact>>>,
    pub negation: Option<Spanned<toml::Value>>,
}

/// `fact` entries: a plain string or a table. A hand-written visitor keeps serde's
/// precise messages (an untagged enum would say only "did not match any variant").
pub enum RawFactEntry {
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

/// A value written as a string or a number (`within = 25`, `number = 1200`,
/// `number = 26.8`).
pub enum StrOrInt {
    Str(String),
    Int(i64),
    /// A TOML float: a `number` reads it as its decimal (`26.8`); `within`
    /// rejects it.
    Float(f64),
}

impl StrOrInt {
    /// The value as written: a string as it is, a number in digits (`26.8`).
    pub fn text(&self) -> String {
        match self {
            StrOrInt::Str(s) => s.clone(),
            StrOrInt::Int(i) => i.to_string(),
            StrOrInt::Float(f) => f.to_string(),
        }
    }
}

impl<'de> Deserialize<'de> for StrOrInt {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = StrOrInt;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(StrOrInt::Str(v.to_string()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(StrOrInt::Int(v))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Ok(StrOrInt::Float(v))
            }
        }
        d.deserialize_any(V)
    }
}

pub const FILE_KEYS: [&str; 2] = ["aliases", "claim"];
pub const CLAIM_KEYS: [&str; 8] = [
    "id",
    "statement",
    "expect",
    "note",
    "tags",
    "scope",
    "sources",
    "fact",
];
pub const FACT_KEYS: [&str; 10] = [
    "say", "all", "any", "not", "date", "number", "counts", "within", "against", "negation",
];

/// How a table fact without `say` is shown: its parts as written.
pub fn say_of(raw: &RawFact) -> String {
    fn texts(v: &[Spanned<String>]) -> Vec<&str> {
        v.iter().map(|s| s.get_ref().as_str()).collect()
    }
    describe(
        &texts(&raw.all),
        &texts(&raw.any),
        raw.date.as_ref().map(|d| match d.get_ref() {
            toml::Value::String(s) => s.clone(),
            other => other.to_string(),
        }),
        raw.number.as_ref().map(|n| n.get_ref().text()),
        &texts(&raw.counts),
    )
}
