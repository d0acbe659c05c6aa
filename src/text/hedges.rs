//! Hedges: what a report tells only as someone's claim the outlet itself calls
//! unfounded. "Castellanos claimed without evidence that ballots had been tampered
//! with", "Posts on social media claimed, without evidence, that the referee had
//! been threatened": the claim's content is evidence neither way (the `judge` reads
//! it like a question). Who claimed it, and the claiming, are told.
//!
//! Not a hedge: a routine disclaimer (`a figure that could not be independently
//! verified`, `Unconfirmed reports said`), which desks read as the party's own
//! account, told (probe writers disagreed; the letter of PRODUCT.md tells it).

use super::fold::Token;

/// A hedge: the tokens of the content it flags (`start..end`) and its own words
/// (`start..end`: `without evidence`), which may lie inside the content.
pub type Hedge = [usize; 4];

/// Verbs of claiming a `without evidence` may follow.
const CLAIMING: &[&str] = &[
    "said",
    "says",
    "claimed",
    "claims",
    "alleged",
    "alleges",
    "asserted",
    "asserts",
    "accused",
    "accuses",
    "insisted",
    "insists",
    "suggested",
    "suggests",
    "charged",
    "argued",
    "blamed",
    "blames",
    "stated",
    "wrote",
    "posted",
    "told",
];

/// The hedges of a text, in order ([`Hedge`]).
pub fn hedges(text: &str, tokens: &[Token]) -> Vec<Hedge> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    // (a sentence or a `;` ends between tokens `k - 1` and `k`)
    let ends_before = |k: usize| {
        k == 0
            || k >= tokens.len()
            || text
                .get(tokens[k - 1].end..tokens[k].start)
                .is_none_or(|g| g.contains(['.', '!', '?', ';', '\n']))
    };
    let sentence_start = |k: usize| {
        let mut s = k;
        while !ends_before(s) {
            s -= 1;
        }
        s
    };
    let sentence_end = |k: usize| {
        let mut e = k + 1;
        while e < tokens.len() && !ends_before(e) {
            e += 1;
        }
        e
    };
    let mut out = Vec::new();
    for k in 0..tokens.len() {
        // `claimed without evidence on Thursday that …`, `accused Israel, without
        // providing evidence, of …`
        if word(k) != "without" {
            continue;
        }
        let mut e = k + 1;
        if matches!(
            word(e),
            "providing" | "offering" | "citing" | "giving" | "presenting" | "producing"
        ) {
            e += 1;
        }
        if word(e) == "any" {
            e += 1;
        }
        if !matches!(word(e), "evidence" | "proof") {
            continue;
        }
        let start = sentence_start(k);
        if let Some(v) = (start.max(k.saturating_sub(5))..k)
            .rev()
            .find(|&j| CLAIMING.contains(&word(j)))
        {
            out.push([v + 1, sentence_end(k), k, e + 1]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn content(text: &str) -> Vec<String> {
        let tokens = tokenize(text, 0);
        hedges(text, &tokens)
            .into_iter()
            .map(|[s, e, _, _]| text[tokens[s].start..tokens[e - 1].end].to_string())
            .collect()
    }

    #[test]
    fn the_content_of_each_hedge() {
        assert_eq!(
            content(
                "Castellanos claimed without evidence on Thursday that ballots had been tampered with in Cortés. Turnout was high."
            ),
            ["without evidence on Thursday that ballots had been tampered with in Cortés"],
            "(its own words are left out when hits are read)"
        );
        assert_eq!(
            content(
                "Posts claimed, without providing any evidence, that the referee was threatened."
            ),
            ["without providing any evidence, that the referee was threatened"]
        );
        // not a hedge: no claiming before it, a routine disclaimer
        assert!(content("He said without hesitation that he would run.").is_empty());
        assert!(content("The strike came without warning, residents said.").is_empty());
        assert!(content("Troops entered without evidence of resistance.").is_empty());
        assert!(
            content(
                "The RSF said it had taken the base, a claim that could not be independently verified."
            )
            .is_empty()
        );
    }
}
