//! Facts, validated: a fact's terms (each compiled once per suite), its `date`,
//! `number` and `within`, its `against` table, and string facts. The [`Loader`]
//! carries what validation has learnt so far and the problems it found.

use super::raw::{ClaimFile, RawFact, StrOrInt, say_of};
use super::string_facts::compile_string_fact;
use crate::diag::{Diagnostic, Site};
use crate::engine::model::{Fact, Negation, TermId, Test, Within};
use crate::engine::terms::{self, Phrase, Term};
use crate::text::dates::DateSpec;
use crate::text::numbers::Quantity;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use toml::Spanned;

pub(super) struct Loader<'a> {
    pub(super) errors: Vec<Diagnostic>,
    pub(super) term_ids: HashMap<String, TermId>,
    pub(super) terms: Vec<Term>,
    pub(super) term_sites: Vec<Site>,
    pub(super) used_aliases: BTreeSet<String>,
    pub(super) alias_phrases: BTreeMap<String, Vec<Phrase>>,
    pub(super) file: &'a ClaimFile,
    /// Problems found while parsing, before validation.
    pub(super) reported: Vec<Diagnostic>,
}

impl<'a> Loader<'a> {
    pub(super) fn error(
        &mut self,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        self.errors.push(self.file.error(span, message));
        self.errors.last_mut().expect("just pushed")
    }

    pub(super) fn term(&mut self, text_: &str, span: Range<usize>) -> Option<TermId> {
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
                self.term_sites.push(self.file.site(span));
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

    pub(super) fn terms(&mut self, list: &[Spanned<String>]) -> Vec<TermId> {
        list.iter()
            .filter_map(|t| self.term(t.get_ref(), t.span()))
            .collect()
    }

    pub(super) fn test(
        &mut self,
        raw: &RawFact,
        span: Range<usize>,
        default_within: Within,
    ) -> Option<Test> {
        let errors_before = self.errors.len();
        let all = self.terms(&raw.all);
        let any = self.terms(&raw.any);
        let not = self.terms(&raw.not);
        let counts = self.terms(&raw.counts);
        if let (Some(first), Some(last), None) =
            (raw.counts.first(), raw.counts.last(), &raw.number)
        {
            self.error(first.span().start..last.span().end, "`counts` without a `number`")
                .help = Some(
                "`counts` says what the fact's `number` counts: give the fact a `number`, or remove `counts`"
                    .into(),
            );
        }
        let date = raw.date.as_ref().and_then(|d| {
            // a string, or a bare TOML date (`date = 2025-12-03`) as in front matter
            let text_ = match d.get_ref() {
                toml::Value::String(s) => Some(s.clone()),
                toml::Value::Datetime(dt) if dt.time.is_none() => dt.date.map(|x| x.to_string()),
                _ => None,
            };
            match text_.as_deref().map(DateSpec::parse) {
                Some(Ok(spec)) => Some(spec),
                Some(Err(why)) => {
                    self.error(d.span(), "invalid `date`").help = Some(why.to_string());
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
            // (`26.8` as written; `inf` and `nan` are no numbers, and
            // Quantity::parse says so)
            match Quantity::parse(&n.get_ref().text()) {
                Ok(q) => Some(q),
                Err(why) => {
                    self.error(n.span(), "invalid `number`").help = Some(why.to_string());
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
            self.file.line_of(start)..=self.file.line_of(end.max(span.end))
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
            counts,
            within,
        })
    }

    pub(super) fn table_fact(&mut self, raw: &RawFact, span: Range<usize>) -> Option<Fact> {
        let test = self.test(raw, span.clone(), Within::Sentence);
        let against = match &raw.against {
            None => None,
            Some(a) => {
                if a.get_ref().against.is_some() {
                    self.error(a.span(), "an `against` table cannot hold another `against`");
                    None
                } else {
                    let within = test.as_ref().map_or(Within::Sentence, |t| t.within);
                    // like `within`, the fact's `counts` is the default of its
                    // `against` table's `number`
                    self.test(a.get_ref(), a.span(), within).map(|mut x| {
                        if x.counts.is_empty() && x.number.is_some() {
                            x.counts = test.as_ref().map_or(vec![], |t| t.counts.clone());
                        }
                        x
                    })
                }
            }
        };
        let test = test?;
        if raw.against.is_some() && against.is_none() {
            return None;
        }
        let negation = match &raw.negation {
            None => Negation::Counts,
            Some(n) => match n.get_ref() {
                toml::Value::Boolean(true) => Negation::Counts,
                toml::Value::Boolean(false) => Negation::Ignored,
                toml::Value::String(s) if s == "asserted" => Negation::Asserted,
                _ => {
                    self.error(n.span(), "invalid `negation`").help = Some(
                        "write `negation = true` (the default: a negated match counts against), `false` (negation is not read) or `\"asserted\"` (the fact says something did not happen)".into(),
                    );
                    return None;
                }
            },
        };
        let say = raw.say.clone().unwrap_or_else(|| say_of(raw));
        Some(Fact {
            say,
            test,
            against,
            negation,
            site: self.file.site(span),
            content_words: None,
        })
    }

    pub(super) fn string_fact(&mut self, said: &str, span: Range<usize>) -> Option<Fact> {
        match compile_string_fact(said, &self.alias_phrases) {
            Ok(parts) => {
                let all = parts
                    .terms
                    .iter()
                    .filter_map(|t| self.term(t, span.clone()))
                    .collect();
                let content_words = parts.terms.len();
                Some(Fact {
                    site: self.file.site(span.clone()),
                    content_words: Some(content_words),
                    say: said.trim().to_string(),
                    test: Test {
                        all,
                        any: vec![],
                        not: vec![],
                        date: parts.date,
                        number: parts.number,
                        counts: vec![],
                        within: Within::Sentence,
                    },
                    against: None,
                    negation: if parts.asserted {
                        Negation::Asserted
                    } else {
                        Negation::Counts
                    },
                })
            }
            Err(why) => {
                self.error(span, why.to_string()).help =
                    Some("say more in the fact, or write it as a table with `all`".into());
                None
            }
        }
    }
}
