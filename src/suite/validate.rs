//! Validation: the raw shapes of every claim file become one [`Suite`]. Aliases
//! first (they are global), then every claim, each problem collected as a
//! [`Diagnostic`] with its place, not only the first.

use super::raw::{ClaimFile, RawClaim, RawFact, RawFactEntry, StrOrInt, say_of};
use super::recover::parse_file;
use super::string_facts::{compile_string_fact, split_statement};
use crate::diag::{self, Diagnostic, Site};
use crate::engine::model::{Claim, Fact, Scope, Suite, TermId, Test, Verdict, Within};
use crate::engine::terms::{self, Phrase, Term};
use crate::text::dates::DateSpec;
use crate::text::numbers::Quantity;
use crate::text::{self, did_you_mean};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::PathBuf;
use toml::Spanned;

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
            let text_ = match n.get_ref() {
                StrOrInt::Str(s) => s.clone(),
                StrOrInt::Int(i) => i.to_string(),
            };
            match Quantity::parse(&text_) {
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
        let say = raw.say.clone().unwrap_or_else(|| say_of(raw));
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
            Err(why) => {
                self.error(span, why.to_string()).help =
                    Some("say more in the fact, or write it as a table with `all`".into());
                None
            }
        }
    }
}

fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
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
    diag::sort(&mut errors);
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
            Err(unknown) => {
                let d = l.error(e.span(), unknown.to_string());
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
