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
use std::collections::{BTreeSet, HashMap};

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

/// A word as transliteration keeps it: its consonants (`y` counts as a vowel),
/// `q` and `c` read as `k`, a doubled letter once. `Naqoura`, `Naqura` and
/// `Nakura` are all `nkr`; `Hezbollah` and `Hizballah` are `hzblh`.
fn skeleton(folded: &str) -> String {
    let mut out = String::new();
    for c in folded.chars() {
        let c = match c {
            'q' | 'c' => 'k',
            c => c,
        };
        if matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') || !c.is_alphanumeric() {
            continue;
        }
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// One typing slip apart: a letter added, dropped or changed, or two neighbours
/// swapped (`Naqorua`, `Naqoura`).
fn one_slip(a: &str, b: &str) -> bool {
    if levenshtein(a, b) == 1 {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() != b.len() {
        return false;
    }
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    matches!(diff[..], [i, j] if j == i + 1 && a[i] == b[j] && a[j] == b[i])
}

/// The corpus's words, and their [`skeleton`]s, for near spellings.
struct Spellings<'a> {
    words: &'a BTreeSet<String>,
    /// Made at the first word looked up: most suites have none to look up.
    by_skeleton: std::cell::OnceCell<HashMap<String, Vec<&'a str>>>,
}

impl<'a> Spellings<'a> {
    fn new(words: &'a BTreeSet<String>) -> Self {
        Self {
            words,
            by_skeleton: std::cell::OnceCell::new(),
        }
    }

    fn by_skeleton(&self) -> &HashMap<String, Vec<&'a str>> {
        self.by_skeleton.get_or_init(|| {
            let mut map: HashMap<String, Vec<&str>> = HashMap::new();
            for w in self.words {
                map.entry(skeleton(w)).or_default().push(w);
            }
            map
        })
    }

    /// The corpus word closest in spelling to `word` (folded), if it is likely the
    /// same word spelled otherwise: for a name (`name`, written with a capital),
    /// the same consonants with other vowels, as transliterations differ
    /// (`Ortagos`, `ortagus`; `Qiryat`, `kiryat`); for any word of seven letters or
    /// more, one typing slip with the first letter kept. Common words that differ
    /// in vowels or in two letters are different words (`killed`, `called`;
    /// `fatalities`, `facilities`), so neither rule takes them.
    fn near(&self, word: &str, name: bool) -> Option<&'a str> {
        let n = word.chars().count();
        if n < 5 || word.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let key = skeleton(word);
        let same_consonants = match self.by_skeleton().get(&key) {
            Some(ws) if name && key.chars().count() >= 3 => ws.as_slice(),
            _ => &[],
        };
        let first = word.chars().next();
        let slips = self.words.iter().map(String::as_str).filter(|w| {
            n >= 7
                && w.chars().next() == first
                && w.chars().count().abs_diff(n) <= 1
                && one_slip(word, w)
        });
        same_consonants
            .iter()
            .copied()
            .chain(slips)
            .filter(|w| *w != word)
            .map(|w| (levenshtein(word, w), w))
            .min()
            .map(|(_, w)| w)
    }
}

/// Folded words of a term's plain alternatives (not aliases, not regexes), each
/// with whether it is written with a capital (a name).
fn plain_words(term: &str) -> Vec<(String, bool)> {
    if term.starts_with('/') {
        return Vec::new();
    }
    term.split('|')
        .map(str::trim)
        .filter(|alt| !alt.starts_with('@'))
        .flat_map(|alt| {
            text::tokenize(alt, 0).into_iter().map(|t| {
                let name = alt[t.start..t.end].starts_with(char::is_uppercase);
                (t.folded().to_string(), name)
            })
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

    let spellings = Spellings::new(&seen.words);
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
            .filter(|(w, _)| !seen.words.contains(w))
            .filter_map(|(w, name)| spellings.near(w, *name).map(|n| format!("`{n}`")))
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
        for (w, name) in plain_words(&term.text) {
            if seen.words.contains(&w) {
                continue;
            }
            if let Some(near) = spellings.near(&w, name) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn near(word: &str, name: bool, corpus: &[&str]) -> Option<String> {
        let words: BTreeSet<String> = corpus.iter().map(|w| w.to_string()).collect();
        Spellings::new(&words).near(word, name).map(str::to_string)
    }

    #[test]
    fn names_spelled_with_other_vowels_are_near() {
        let corpus = ["naqura", "ortagus", "kiryat", "hizbollah", "talks", "held"];
        assert_eq!(near("naqoura", true, &corpus).as_deref(), Some("naqura"));
        assert_eq!(near("ortagos", true, &corpus).as_deref(), Some("ortagus"));
        assert_eq!(near("qiryat", true, &corpus).as_deref(), Some("kiryat"));
        assert_eq!(
            near("hizballah", true, &corpus).as_deref(),
            Some("hizbollah")
        );
        // the same consonants make a name's variant, not a common word's
        assert_eq!(near("qiryat", false, &corpus), None);
        assert_eq!(near("killed", false, &["called"]), None);
        assert_eq!(near("sidon", true, &["simon"]), None);
        assert_eq!(near("march", true, &["marco"]), None);
    }

    #[test]
    fn one_typing_slip_is_near_in_long_words() {
        assert_eq!(
            near("naqorua", false, &["naqoura"]).as_deref(),
            Some("naqoura")
        );
        assert_eq!(
            near("ceasfire", false, &["ceasefire"]).as_deref(),
            Some("ceasefire")
        );
        assert_eq!(
            near("negotiatons", false, &["negotiations"]).as_deref(),
            Some("negotiations")
        );
        // two letters apart, or a slip in a short word, is another word
        assert_eq!(near("fatalities", false, &["facilities"]), None);
        assert_eq!(near("corporation", true, &["cooperation"]), None);
        assert_eq!(near("truce", false, &["trace"]), None);
        // the first letter is kept
        assert_eq!(near("xeasefire", false, &["ceasefire"]), None);
    }

    #[test]
    fn skeletons_keep_consonants_once() {
        assert_eq!(skeleton("naqoura"), "nkr");
        assert_eq!(skeleton("hezbollah"), skeleton("hizballah"));
        assert_eq!(skeleton("shmona"), skeleton("shemona"));
        assert!(one_slip("naqorua", "naqoura"));
        assert!(!one_slip("naqroua", "naqoura"));
    }
}
