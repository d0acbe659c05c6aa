//! `lint`: checks a suite that loads without errors for likely mistakes, as
//! warnings: alias variants that occur nowhere in the corpus, terms that occur
//! nowhere but have a near spelling that does, claims without `expect`, unused
//! aliases, and string facts that keep fewer than two content words.

use super::{build_report, gather};
use crate::corpus::{DocFile, read};
use crate::diag::{self, Diagnostic, Site};
use crate::engine::terms::{self, Matcher, Phrase};
use crate::engine::{Analysis, Suite};
use crate::text::{self, levenshtein, plural};
use rayon::prelude::*;
use std::collections::BTreeSet;

/// What the corpus holds, as far as lint needs to know.
struct Seen {
    variants: Vec<bool>,
    terms: Vec<bool>,
    words: BTreeSet<String>,
}

fn merge(mut a: Seen, b: Seen) -> Seen {
    a.variants
        .iter_mut()
        .zip(b.variants)
        .for_each(|(x, y)| *x |= y);
    a.terms.iter_mut().zip(b.terms).for_each(|(x, y)| *x |= y);
    a.words.extend(b.words);
    a
}

/// The corpus word closest in spelling to `word` (folded), if close enough to be the
/// same name spelled differently: same first letter, at most one edit for words up
/// to seven letters, two for longer ones.
fn near_spelling<'a>(word: &str, words: &'a BTreeSet<String>) -> Option<&'a str> {
    let n = word.chars().count();
    if n < 5 || word.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let limit = if n <= 7 { 1 } else { 2 };
    let first = word.chars().next();
    // spelling variants of a name keep its first letter (Naqoura, Naqura)
    words
        .iter()
        .filter(|w| {
            w.chars().next() == first
                && w.chars().count().abs_diff(n) <= limit
                && w.as_str() != word
        })
        .map(|w| (levenshtein(word, w), w.as_str()))
        .filter(|(d, _)| *d <= limit)
        .min()
        .map(|(_, w)| w)
}

/// Folded words of a term's plain alternatives (not aliases, not regexes).
fn plain_words(term: &str) -> Vec<String> {
    if term.starts_with('/') {
        return Vec::new();
    }
    term.split('|')
        .map(str::trim)
        .filter(|alt| !alt.starts_with('@'))
        .flat_map(|alt| {
            text::tokenize(alt, 0)
                .into_iter()
                .map(|t| t.folded().to_string())
        })
        .collect()
}

/// Warnings for `suite` over `corpus` (empty when all is well), or the errors that
/// stopped a document from being read.
pub fn lint(suite: &Suite, corpus: &[DocFile]) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
    let variants: Vec<(&str, &str, Phrase, &Site)> = suite
        .alias_sites
        .iter()
        .flat_map(|(name, (_, vs))| {
            vs.iter().filter_map(move |(v, site)| {
                terms::parse_phrase(v)
                    .ok()
                    .map(|p| (name.as_str(), v.as_str(), p, site))
            })
        })
        .collect();
    let empty = || Seen {
        variants: vec![false; variants.len()],
        terms: vec![false; suite.terms.len()],
        words: BTreeSet::new(),
    };
    let seen = corpus
        .par_iter()
        .map(|f| -> Result<Seen, Diagnostic> {
            let Some(doc) = read(f)?.document() else {
                return Ok(empty());
            };
            let a = Analysis::new(&doc);
            Ok(Seen {
                variants: variants
                    .iter()
                    .map(|v| !a.phrase_matches(&v.2).is_empty())
                    .collect(),
                terms: suite
                    .terms
                    .iter()
                    .map(|t| match &t.matcher {
                        Matcher::Phrases(ps) => ps.iter().any(|p| !a.phrase_matches(p).is_empty()),
                        Matcher::Regex(re) => re.is_match(&doc.text[doc.body_start..]),
                    })
                    .collect(),
                words: a.tokens.iter().map(|t| t.folded().to_string()).collect(),
            })
        })
        .try_reduce(empty, |a, b| Ok(merge(a, b)))
        .map_err(|e| vec![e])?;

    let mut out = Vec::new();
    for ((name, variant, _, site), found) in variants.iter().zip(&seen.variants) {
        if *found {
            continue;
        }
        let mut d = Diagnostic::at_site(
            site,
            format!("alias variant `{variant}` (@{name}) occurs nowhere in the corpus"),
        )
        .warning();
        let near: Vec<String> = plain_words(variant)
            .iter()
            .filter(|w| !seen.words.contains(*w))
            .filter_map(|w| near_spelling(w, &seen.words).map(|n| format!("`{n}`")))
            .collect();
        d = if near.is_empty() {
            d.help("fine if you expect it in articles to come; otherwise check its spelling")
        } else {
            d.help(format!("the corpus spells it {}", near.join(", ")))
        };
        out.push(d);
    }
    for (i, term) in suite.terms.iter().enumerate() {
        if seen.terms[i] {
            continue;
        }
        for w in plain_words(&term.text) {
            if seen.words.contains(&w) {
                continue;
            }
            if let Some(near) = near_spelling(&w, &seen.words) {
                out.push(
                    Diagnostic::at_site(
                        &suite.term_sites[i],
                        format!("`{}` occurs nowhere in the corpus, but `{near}` does", term.text),
                    )
                    .warning()
                    .help(format!(
                        "if they are the same name, list both spellings in an alias: name = [\"{w}\", \"{near}\"], and write `@name`"
                    )),
                );
                break;
            }
        }
    }
    // what the claims without `expect` say now, to suggest one
    let no_expect: Vec<usize> = (0..suite.claims.len())
        .filter(|i| suite.claims[*i].expect.is_none())
        .collect();
    let now: Vec<String> = if no_expect.is_empty() {
        Vec::new()
    } else {
        let sub = suite.subset(&no_expect);
        let g = gather(&sub, corpus)?;
        build_report(&sub, g.facts, g.documents)
            .claims
            .iter()
            .map(|c| c.verdict.to_string())
            .collect()
    };
    let tags: BTreeSet<&str> = suite
        .claims
        .iter()
        .flat_map(|c| c.tags.iter().map(String::as_str))
        .collect();
    for c in &suite.claims {
        if let Some(k) = no_expect.iter().position(|i| suite.claims[*i].id == c.id) {
            out.push(
                Diagnostic::at_site(&c.site, format!("claim `{}` has no `expect`", c.id))
                    .warning()
                    .help(format!(
                        "it is `{0}` now; if reading the articles agrees, add expect = \"{0}\"",
                        now[k]
                    )),
            );
        }
        if tags.contains(c.id.as_str()) {
            out.push(
                Diagnostic::at_site(&c.site, format!("claim id `{}` is also a tag", c.id))
                    .warning()
                    .help("`--only` selects both the claim and every claim with that tag; rename one of them"),
            );
        }
        for f in &c.facts {
            if let Some(n) = f.content_words.filter(|n| *n < 2) {
                out.push(
                    Diagnostic::at_site(
                        &f.site,
                        format!("the fact `{}` keeps {}", f.say, plural(n, "content word")),
                    )
                    .warning()
                    .help("it matches almost any sentence that says it; say more, or write it as a table fact with `all`"),
                );
            }
        }
    }
    for (name, (site, _)) in &suite.alias_sites {
        if !suite.used_aliases.contains(name) {
            out.push(
                Diagnostic::at_site(site, format!("alias `{name}` is never used"))
                    .warning()
                    .help(format!("use it as `@{name}` in a term, or remove it")),
            );
        }
    }
    diag::sort(&mut out);
    Ok(out)
}
