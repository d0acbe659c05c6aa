//! Negation cues: the words and phrases that say something did not happen, found
//! once per text over its tokens. A cue is one word (`no`, `not`, `never`, `denied`,
//! a `n't` contraction, ...) or a phrase (`not yet`, `no longer`, `far from`, `fall
//! short of` in any tense, `failed to`, `refused to`, `ruled out`); `without` is a cue
//! only before a verb (`without reaching a deal`, not `without electricity`). A cue
//! in the passive (`was ruled out`, `has been rejected`, `were denied`) also negates
//! what comes before it in its clause. Pure functions, no I/O.

use super::fold::Token;

/// One negation cue: a token range, and whether it is in the passive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// First token of the cue.
    pub first: usize,
    /// One past its last token.
    pub end: usize,
    /// `denied`, `rejected` or `ruled out` after a form of `be` (`was ruled out`):
    /// it negates the matched terms before it in its clause too.
    pub passive: bool,
}

/// Single words that negate.
const WORDS: &[&str] = &[
    "no", "not", "never", "neither", "nor", "nobody", "none", "nothing", "cannot",
];

/// Forms of `deny` and `reject`: they negate what follows, and in the passive what
/// precedes.
const DENY: &[&str] = &[
    "deny",
    "denies",
    "denied",
    "denying",
    "reject",
    "rejects",
    "rejected",
    "rejecting",
];

/// Phrases that negate, as folded words; `*` stands for any of a verb's forms listed
/// in [`forms`].
const PHRASES: &[&[&str]] = &[
    &["no", "one"],
    &["not", "yet"],
    &["no", "longer"],
    &["far", "from"],
    &["fall*", "short", "of"],
    &["fail*", "to"],
    &["refuse*", "to"],
    &["rule*", "out"],
];

/// The forms of the verbs a phrase names with `*`.
fn forms(base: &str) -> &'static [&'static str] {
    match base {
        "fall*" => &["fall", "falls", "fell", "fallen", "falling"],
        "fail*" => &["fail", "fails", "failed", "failing"],
        "refuse*" => &["refuse", "refuses", "refused", "refusing"],
        "rule*" => &["rule", "rules", "ruled", "ruling"],
        _ => &[],
    }
}

/// Forms of `be` that make a following `denied`, `rejected` or `ruled out` passive.
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Nouns ending in `-ing` that `without` may precede without negating (`without
/// warning`): `without` negates a verb, and these are not.
const ING_NOUNS: &[&str] = &[
    "warning",
    "building",
    "buildings",
    "housing",
    "funding",
    "meeting",
    "meetings",
    "clothing",
    "morning",
    "evening",
    "something",
    "anything",
    "nothing",
    "everything",
    "ceiling",
    "wedding",
    "bedding",
    "lighting",
    "heating",
    "shelling",
    "training",
    "parking",
    "spring",
    "string",
    "king",
    "wing",
    "ring",
    "thing",
    "things",
];

fn word_matches(pattern: &str, folded: &str) -> bool {
    if pattern.ends_with('*') {
        forms(pattern).contains(&folded)
    } else {
        pattern == folded
    }
}

/// Whether the words of `tokens[a..b]` are apart by white space only.
fn spaced(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    (a + 1..b).all(|k| {
        let gap = &text[tokens[k - 1].end..tokens[k].start];
        !gap.is_empty() && gap.chars().all(char::is_whitespace)
    })
}

/// The phrase cue starting at token `i`, as its end, if one does.
fn phrase_at(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    PHRASES
        .iter()
        .filter(|p| {
            i + p.len() <= tokens.len()
                && p.iter()
                    .zip(&tokens[i..])
                    .all(|(w, t)| word_matches(w, t.folded()))
                && spaced(text, tokens, i, i + p.len())
        })
        .map(|p| i + p.len())
        .max()
}

/// Whether token `i` continues a phrase cue that starts before it (`yet` in `not
/// yet`): no clause boundary falls inside a cue.
pub fn inside_phrase(text: &str, tokens: &[Token], i: usize) -> bool {
    let longest = PHRASES.iter().map(|p| p.len()).max().unwrap_or(0);
    (i.saturating_sub(longest - 1)..i).any(|s| phrase_at(text, tokens, s).is_some_and(|e| e > i))
}

/// Whether `without` at token `i` is followed by a verb: an `-ing` form that is not a
/// common noun (`without reaching`, `without being`), or `having`.
fn without_negates(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|n| {
        let w = n.folded();
        w.len() > 4 && w.ends_with("ing") && !ING_NOUNS.contains(&w)
    })
}

/// Whether the cue starting at token `i` follows a form of `be`, perhaps with adverbs
/// between (`was firmly rejected`, `has been ruled out`).
fn after_be(tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    let mut skipped = 0;
    while j > 0 {
        j -= 1;
        let w = tokens[j].folded();
        if BE.contains(&w) {
            return true;
        }
        if skipped < 2 && (w.ends_with("ly") || matches!(w, "also" | "since" | "later" | "then")) {
            skipped += 1;
            continue;
        }
        return false;
    }
    false
}

/// Every negation cue of a text, in order. `text` is what the tokens' offsets point
/// into.
pub fn cues(text: &str, tokens: &[Token]) -> Vec<Cue> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let w = t.folded();
        if let Some(end) = phrase_at(text, tokens, i) {
            let passive = tokens[i].folded() == "ruled" && after_be(tokens, i);
            out.push(Cue {
                first: i,
                end,
                passive,
            });
            i = end;
            continue;
        }
        let raw = &text[t.start..t.end];
        let contraction = raw.ends_with("n't") || raw.ends_with("n\u{2019}t");
        let cue = WORDS.contains(&w)
            || contraction
            || DENY.contains(&w)
            || (w == "without" && without_negates(tokens, i));
        if cue {
            let passive = matches!(w, "denied" | "rejected") && after_be(tokens, i);
            out.push(Cue {
                first: i,
                end: i + 1,
                passive,
            });
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn said(text: &str) -> Vec<(String, bool)> {
        let tokens = tokenize(text, 0);
        cues(text, &tokens)
            .into_iter()
            .map(|c| {
                (
                    text[tokens[c.first].start..tokens[c.end - 1].end].to_string(),
                    c.passive,
                )
            })
            .collect()
    }

    fn words(text: &str) -> Vec<String> {
        said(text).into_iter().map(|c| c.0).collect()
    }

    #[test]
    fn single_words_and_contractions() {
        assert_eq!(
            words("no not didn’t denied denies never nor talks Denis nobody none nothing"),
            [
                "no", "not", "didn’t", "denied", "denies", "never", "nor", "nobody", "none",
                "nothing"
            ]
        );
        assert_eq!(words("Lebanon rejects normalisation"), ["rejects"]);
    }

    #[test]
    fn phrases_in_any_tense() {
        assert_eq!(words("We are not yet at peace talks"), ["not yet"]);
        assert_eq!(words("it is no longer valid"), ["no longer"]);
        assert_eq!(words("Lebanon is far from normalization"), ["far from"]);
        assert_eq!(
            words("talks fell short of peace negotiations; they fall short of it"),
            ["fell short of", "fall short of"]
        );
        assert_eq!(
            words("Israel failed to reach a deal and refused to sign"),
            ["failed to", "refused to"]
        );
        assert_eq!(words("normalisation was ruled out"), ["ruled out"]);
        assert_eq!(words("no one was hurt"), ["no one"]);
        // words of a phrase are apart by white space only
        assert_eq!(words("far. From here"), Vec::<String>::new());
        assert_eq!(words("he ruled. Out of"), Vec::<String>::new());
    }

    #[test]
    fn without_negates_a_verb_not_a_noun() {
        assert_eq!(words("talks ended without reaching a deal"), ["without"]);
        assert_eq!(
            words("28,000 households were without electricity"),
            Vec::<String>::new()
        );
        assert_eq!(words("struck without warning"), Vec::<String>::new());
        assert_eq!(words("without a deal"), Vec::<String>::new());
    }

    #[test]
    fn passive_cues() {
        assert_eq!(
            said("normalisation was ruled out"),
            [("ruled out".into(), true)]
        );
        assert_eq!(
            said("the plan has been firmly rejected"),
            [("rejected".into(), true)]
        );
        assert_eq!(
            said("Salam rejected that description"),
            [("rejected".into(), false)]
        );
        assert_eq!(said("the claims were denied"), [("denied".into(), true)]);
        assert_eq!(
            said("Israel ruled out talks"),
            [("ruled out".into(), false)]
        );
    }

    #[test]
    fn yet_inside_not_yet_continues_the_phrase() {
        let text = "We are not yet at peace talks";
        let tokens = tokenize(text, 0);
        assert!(inside_phrase(text, &tokens, 3));
        assert!(!inside_phrase(text, &tokens, 2));
        let text = "It went well, yet talks stalled";
        let tokens = tokenize(text, 0);
        assert!(!inside_phrase(text, &tokens, 3));
    }
}
