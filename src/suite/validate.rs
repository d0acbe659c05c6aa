//! Validation: the raw shapes of every claim file become one [`Suite`]. Aliases
//! first (they are global), then every claim ([`super::claim`], its facts in
//! [`super::facts`]), each problem collected as a [`Diagnostic`] with its place, not
//! only the first.

use super::claim::load_claim;
use super::facts::Loader;
use super::raw::ClaimFile;
use super::recover::parse_file;
use crate::diag::{self, Diagnostic};
use crate::engine::model::Suite;
use crate::engine::terms::{self, Phrase};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::PathBuf;

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
                    let line = ff.line_of(fspan.start);
                    errors.push(
                        f.error(
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
                        f.error(v.span(), "an alias variant is a plain phrase")
                            .help("write the words as they appear in articles; `@` and `/regex/` are not allowed here"),
                    );
                    continue;
                }
                match terms::parse_phrase(v.get_ref()) {
                    Ok(p) => phrases.push(p),
                    Err(e) => {
                        let mut d = f.error(v.span(), format!("empty variant in alias `{name}`"));
                        d.help = e.help;
                        errors.push(d);
                    }
                }
            }
            if variants.get_ref().is_empty() {
                errors.push(
                    f.error(variants.span(), format!("alias `{name}` has no variants"))
                        .help("list the spellings: name = [\"Naqoura\", \"Naqura\"]"),
                );
            }
            alias_phrases.insert(name.clone(), phrases);
            let variant_sites = variants
                .get_ref()
                .iter()
                .map(|v| (v.get_ref().trim().to_string(), f.site(v.span())))
                .collect();
            alias_sites.insert(name.clone(), (f.site(variants.span()), variant_sites));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{Verdict, Within};

    fn load_one(src: &str) -> Result<Suite, Vec<Diagnostic>> {
        load(&[ClaimFile::new(
            PathBuf::from("claims/t.toml"),
            src.to_string(),
        )])
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
            .map(|t| &*s.terms[*t].text)
            .collect();
        assert_eq!(texts, ["hosted", "@unifil", "@naqoura"]);
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
        let a = ClaimFile::new("claims/a.toml", "[aliases]\nx = [\"A\"]\n".into());
        let b = ClaimFile::new("claims/b.toml", "[aliases]\nx = [\"B\"]\n".into());
        let same = ClaimFile::new("claims/c.toml", "[aliases]\nx = [\"A\"]\n".into());
        let e = load(&[a.clone(), b]).unwrap_err();
        assert_eq!(e[0].place(), "claims/b.toml:2:5");
        assert_eq!(
            e[0].note.as_deref(),
            Some("first defined at claims/a.toml:2")
        );
        assert!(load(&[a, same]).is_ok());
    }
}
