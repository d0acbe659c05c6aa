//! Hedges: what a report tells only as someone's claim the outlet itself calls
//! unfounded, `without evidence` right after a verb of claiming (an adverb or a day
//! between). "Castellanos claimed without evidence that ballots had been tampered
//! with", "Posts on social media claimed, without evidence, that the referee had
//! been threatened": the claim's content is evidence neither way (the `judge` reads
//! it like a question). Who claimed it, and the claiming, are told.
//!
//! And what follows `that` after no evidence given: "The minister offered no
//! evidence that the unions posed a threat", "did not provide any evidence that
//! ballots were forged". So are what is withheld (`would neither confirm nor deny
//! that …`), what is not ruled out (`did not rule out further cuts`, `refused to
//! rule out recontesting`), and what someone knows of none of (`was not aware of
//! any ransom having been paid`).
//!
//! Not a hedge: a routine disclaimer (`a figure that could not be independently
//! verified`, `Unconfirmed reports said`), which desks read as the party's own
//! account, told (probe writers disagreed; the letter of PRODUCT.md tells it).

use super::fold::Token;
use super::numbers::{WEEKDAYS_MONTHS, sentence_after};

/// A hedge: the tokens after the verb of claiming to the claim's end (the sentence's,
/// a `;`, or a new clause after a comma), `start..end`, and the hedge's own words
/// (`start..end`: `without evidence`), which lie inside and are no part of the claim.
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
    "argued",
    "blamed",
    "blames",
    "stated",
];

/// The hedges of a text, in order ([`Hedge`]).
pub fn hedges(text: &str, tokens: &[Token]) -> Vec<Hedge> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    // (a sentence or a `;` ends between tokens `k - 1` and `k`)
    let ends_before = |k: usize| k == 0 || k >= tokens.len() || sentence_after(text, tokens, k - 1);
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
        // `offered no evidence that …`, `did not provide evidence that …`
        if matches!(word(k), "evidence" | "proof")
            && let Some(h) = no_evidence_that(text, tokens, k, sentence_end(k))
        {
            out.push(h);
            continue;
        }
        // `refused to confirm or deny that …`, `could not confirm that …`
        if matches!(word(k), "confirm" | "neither")
            && let Some(h) = not_confirmed(text, tokens, sentence_start(k), k, sentence_end(k))
        {
            out.push(h);
            continue;
        }
        // `was not aware of any ransom having been paid`, `unaware of any arrests`
        if matches!(word(k), "aware" | "unaware")
            && let Some(h) = not_aware(text, tokens, sentence_start(k), k, sentence_end(k))
        {
            out.push(h);
            continue;
        }
        // `could not rule out that …`, `did not rule out further cuts`
        if matches!(word(k), "rule" | "ruled")
            && let Some(h) = not_ruled_out(text, tokens, sentence_start(k), k, sentence_end(k))
        {
            out.push(h);
            continue;
        }
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
        // the verb right before it, or with an adverb or its day between
        // (`claimed on Thursday without evidence`, `said again, without evidence,`)
        let start = sentence_start(k);
        let v = (start.max(k.saturating_sub(3))..k).rev().find(|&j| {
            CLAIMING.contains(&word(j))
                && (j + 1..k).all(|b| {
                    matches!(
                        word(b),
                        "on" | "again" | "repeatedly" | "also" | "falsely" | "today" | "yesterday"
                    ) || WEEKDAYS_MONTHS[..7].contains(&word(b)) // (its first seven: the weekdays)
                })
        });
        // what was claimed: to the sentence's end, a `;`, or a new clause after a
        // comma (`, and his aides resigned`)
        if let Some(v) = v {
            out.push([
                v + 1,
                claim_end(text, tokens, e + 1, sentence_end(k), false),
                k,
                e + 1,
            ]);
        }
    }
    out
}

/// Verbs of giving evidence, in their forms, for [`no_evidence_that`]. (Not
/// `show` or `produce`, whose subject is often a finding: `The autopsy showed no
/// evidence that he had been tortured` denies it.)
const GIVING: &[&str] = &[
    "offered",
    "offer",
    "offers",
    "provided",
    "provide",
    "provides",
    "gave",
    "given",
    "give",
    "gives",
    "presented",
    "present",
    "presents",
    "cited",
    "cite",
    "cites",
];

/// The hedge that `evidence` or `proof` at token `k` ends when no evidence was
/// given of what follows its `that`: `offered no evidence that the unions posed a
/// threat`, `did not provide any evidence that ballots were forged`, `has not
/// presented proof that …`. The outlet tells the claim only as unsupported: what
/// follows `that` (to `end`, the sentence's, or a new clause or an aside after a
/// comma) is evidence neither way; who gave none is told. The hedge's own words
/// run from the verb (or the word before `not` or `never`) to `that`.
fn no_evidence_that(text: &str, tokens: &[Token], k: usize, end: usize) -> Option<Hedge> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    if !matches!(word(k), "evidence" | "proof") || word(k + 1) != "that" || k < 2 {
        return None;
    }
    let mut j = k - 1;
    if word(j) == "any" {
        j = j.checked_sub(1)?;
    }
    // `offered no evidence`, or `did not provide (any) evidence`
    let own = if word(j) == "no" && GIVING.contains(&word(j.checked_sub(1)?)) {
        j - 1
    } else if GIVING.contains(&word(j)) {
        let not = j.checked_sub(1)?;
        let negated = word(not) == "not" || word(not) == "never" || tokens[not].contraction;
        if !negated {
            return None;
        }
        // (the auxiliary before `not`: `did`, `has`)
        if tokens[not].contraction {
            not
        } else {
            not.saturating_sub(1)
        }
    } else {
        return None;
    };
    let that = k + 1;
    // (to a new clause or an aside after a comma: `, which Hamas denies`, `, a
    // charge the group denies`)
    let end = claim_end(text, tokens, that + 1, end, true);
    (end > that + 1).then_some([own, end, own, that + 1])
}

/// Words that withhold a confirmation before `confirm` (with `to`, `either` or
/// adverbs between): `refused to`, `declined to`, `was unable to`, `could not`,
/// `cannot`; a contraction in `n't` does too (`couldn't`).
const WITHHOLDING: &[&str] = &[
    "refused",
    "refuses",
    "refuse",
    "refusing",
    "declined",
    "declines",
    "decline",
    "declining",
    "unable",
    "not",
    "never",
    "cannot",
];

/// Nouns of what is reported, between the verb and `that` (`would not confirm
/// reports that …`).
const REPORTED: &[&str] = &[
    "reports",
    "report",
    "claims",
    "claim",
    "allegations",
    "allegation",
    "accounts",
    "suggestions",
    "rumours",
    "rumors",
    "speculation",
];

/// The hedge that `confirm` or `neither` at token `k` opens when an answer is
/// withheld both ways: `refused to confirm or deny that troops had crossed`, `would
/// neither confirm nor deny reports that …`, `neither confirmed nor denied that
/// …`, `declined to confirm or deny that …`. What follows `that` (to the next
/// comma, or `end`, the sentence's) is told neither way:
/// withholding a yes and a no is neither. The hedge's own words run from the
/// withholding word (from `start`, the sentence's first token, on) to `that`. Not
/// without `that` (`whether` is a question already), and not a confirmation alone
/// withheld (`could not independently verify reports that …`: a routine
/// disclaimer, the reports told).
fn not_confirmed(
    text: &str,
    tokens: &[Token],
    start: usize,
    k: usize,
    end: usize,
) -> Option<Hedge> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let (own, mut j) = if word(k) == "neither" {
        // neither confirm(ed) nor deny / denied
        let confirmed = matches!(word(k + 1), "confirm" | "confirmed" | "confirms");
        let denied = matches!(word(k + 3), "deny" | "denied" | "denies");
        (confirmed && word(k + 2) == "nor" && denied).then_some((k, k + 4))?
    } else {
        // the withholding word before, with `to`, `either` and adverbs between
        let mut b = k;
        let own = loop {
            b = b.checked_sub(1).filter(|b| *b >= start && k - *b <= 4)?;
            let w = word(b);
            if WITHHOLDING.contains(&w) || tokens[b].contraction {
                break b;
            }
            let between = matches!(w, "to" | "either" | "immediately" | "independently")
                || w.ends_with("ly") && w.len() > 4;
            if !between {
                return None;
            }
        };
        // (both withheld: a confirmation alone not given, `could not independently
        // verify reports that …`, is a routine disclaimer, and the reports told)
        if word(k + 1) != "or" || !matches!(word(k + 2), "deny" | "refute") {
            return None;
        }
        (own, k + 3)
    };
    if REPORTED.contains(&word(j)) {
        j += 1;
    }
    // (`that` opening what was withheld, not the pronoun: `could neither confirm
    // nor deny that, adding …`)
    let pronoun = text
        .get(tokens.get(j)?.end..tokens.get(j + 1)?.start)
        .is_none_or(|g| !g.trim().is_empty());
    if word(j) != "that" || pronoun {
        return None;
    }
    // (to the next comma at most: `…, later said`, `…, saying only that`, a
    // relative clause's closing comma)
    let end = clause_from(text, tokens, j + 1, end);
    (end > j + 1).then_some([own, end, own, j + 1])
}

/// The hedge that `aware` or `unaware` at token `k` opens when the speaker knows
/// of no such thing: `said he was not aware of any ransom having been paid`, `was
/// unaware of any arrests`. Whether there was any is told neither way (to the
/// next comma, a new clause or a joining word, or `end`, the sentence's); the
/// hedge's own words, `be` (from `start` on) to `any`, are told. Not `unaware
/// that …` nor `not aware of a …`, which take what was not known as true
/// (`Residents were unaware that their water had been contaminated`).
fn not_aware(text: &str, tokens: &[Token], start: usize, k: usize, end: usize) -> Option<Hedge> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let not = k.checked_sub(1).filter(|&b| b >= start)?;
    let own = if word(k) == "unaware" {
        not
    } else if word(not) == "not" || tokens[not].contraction {
        not.checked_sub(1).filter(|&b| b >= start).unwrap_or(not)
    } else {
        return None;
    };
    if word(k + 1) != "of" || word(k + 2) != "any" {
        return None;
    }
    let from = k + 3;
    let claim = clause_from(text, tokens, from, end);
    // (to a joining word or a clause of its own: `of any ransom and that
    // Ferrand had been freed`, `when`, `until`, `who`)
    let claim = (from + 1..claim)
        .find(|&j| {
            matches!(
                word(j),
                "and"
                    | "but"
                    | "or"
                    | "when"
                    | "while"
                    | "until"
                    | "because"
                    | "after"
                    | "before"
                    | "who"
                    | "which"
                    | "that"
                    | "whose"
            )
        })
        .unwrap_or(claim);
    (claim > from).then_some([own, claim, own, from])
}

/// The hedge that `rule` or `ruled` at token `k` opens when what follows is not
/// ruled out: `could not rule out that the attackers had also accessed …`, `did
/// not rule out further cuts later in the year`, `has not ruled out strikes on
/// Beirut`, `refused to rule out recontesting` (not the passive: `talks have not
/// been ruled out` tells the talks' ruling, PRODUCT.md's cues that cancel). What
/// is not ruled out is a possibility, told neither way (to the next comma, a new
/// clause, a new verb after `and` or `but`, a new subject's verb, a clause of the
/// object's own, or `end`, the sentence's); the hedge's own words, the
/// auxiliary (from `start` on) to `out` and its `that`, are told: a fact about not
/// ruling it out, or one that names who did not, names them.
fn not_ruled_out(
    text: &str,
    tokens: &[Token],
    start: usize,
    k: usize,
    end: usize,
) -> Option<Hedge> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    if word(k + 1) != "out" {
        return None;
    }
    // (`not` or a contraction right before it, an adverb between: `could not
    // entirely rule out`)
    let mut not = k.checked_sub(1).filter(|&b| b >= start)?;
    if word(not).ends_with("ly") && word(not).len() > 4 {
        not = not.checked_sub(1).filter(|&b| b >= start)?;
    }
    // (or a refusal: `refused to rule out recontesting the seat`, `declined to
    // rule out`)
    let own = if word(not) == "cannot" || tokens[not].contraction {
        not
    } else if word(not) == "not" {
        not.checked_sub(1).filter(|&b| b >= start).unwrap_or(not)
    } else if word(not) == "to"
        && let Some(r) = not.checked_sub(1).filter(|&b| {
            b >= start
                && matches!(
                    word(b),
                    "refused"
                        | "refuses"
                        | "refusing"
                        | "refuse"
                        | "declined"
                        | "declines"
                        | "declining"
                        | "decline"
                )
        })
    {
        r
    } else {
        return None;
    };
    let mut from = k + 2;
    if word(from) == "that" {
        from += 1;
    }
    let claim = clause_from(text, tokens, from, end);
    // (to a new clause after `and` or `but` too: `did not rule out strikes and
    // said the army was ready`)
    // (and to a new subject's verb after `and`, `the union called a strike`, or
    // to a clause of the object's own, `the plant it opened in Leeds`, `the
    // captain who joined in 2019`)
    let pronoun = |k: usize| matches!(word(k), "he" | "she" | "they" | "it" | "we" | "i");
    let verb = |k: usize| super::numbers::verb_shaped(word(k));
    let claim = (from + 1..claim)
        .find(|&k| {
            (matches!(word(k), "and" | "but" | "while")
                && (verb(k + 1)
                    || pronoun(k + 1)
                    || (matches!(word(k + 1), "the" | "a" | "an" | "its" | "their")
                        && (k + 3..k + 5).any(verb))))
                || (matches!(word(k), "who" | "which" | "that") && (k + 1..k + 3).any(verb))
                || (pronoun(k) && verb(k + 1))
        })
        .unwrap_or(claim);
    (claim > from).then_some([own, claim, own, from])
}

/// Where a claim opening at token `from` ends ([`claim_end`]): at its next comma
/// at most, or `end`.
fn clause_from(text: &str, tokens: &[Token], from: usize, end: usize) -> usize {
    claim_end(
        text,
        tokens,
        from,
        next_comma(text, tokens, from + 1, end),
        true,
    )
}

/// The first token from `from` (at least 1) before `end` with a comma before it, or
/// `end`: where a withheld or unexcluded claim ends at most.
fn next_comma(text: &str, tokens: &[Token], from: usize, end: usize) -> usize {
    (from..end)
        .find(|&k| {
            text.get(tokens[k - 1].end..tokens[k].start)
                .is_some_and(|g| g.contains(','))
        })
        .unwrap_or(end)
}

/// Where a claim a hedge holds ends, looking from token `from` to `end` (its
/// sentence's end, or a `;`): before a new clause after a comma (`, and his aides
/// resigned`, `, but`, `, while`, `, though`), and with `asides` an aside too (`,
/// which Hamas denies`, `, a charge the group denies`).
fn claim_end(text: &str, tokens: &[Token], from: usize, end: usize, asides: bool) -> usize {
    (from..end)
        .find(|&j| {
            let w = tokens[j].folded();
            text.get(tokens[j - 1].end..tokens[j].start)
                .is_some_and(|g| g.contains(','))
                && (matches!(w, "and" | "but" | "while" | "though" | "although")
                    || (asides && matches!(w, "which" | "who" | "a" | "an")))
        })
        .unwrap_or(end)
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
        assert_eq!(
            content("The minister offered no evidence that the unions posed a threat."),
            ["offered no evidence that the unions posed a threat"]
        );
        assert_eq!(
            content(
                "He did not provide any evidence that ballots were forged, and his aides resigned."
            ),
            ["did not provide any evidence that ballots were forged"]
        );
        assert_eq!(
            content("The ministry refused to confirm or deny that troops had crossed the border."),
            ["refused to confirm or deny that troops had crossed the border"]
        );
        assert_eq!(
            content("Officials would neither confirm nor deny reports that he had resigned."),
            ["neither confirm nor deny reports that he had resigned"]
        );
        assert_eq!(
            content(
                "The club declined to confirm or deny that talks had taken place, a source said."
            ),
            ["declined to confirm or deny that talks had taken place"]
        );
        assert_eq!(
            content("He couldn't confirm or deny that the plant was shut."),
            ["couldn't confirm or deny that the plant was shut"]
        );
        // not withheld both ways: confirmed, no `that` after it, a confirmation alone
        assert!(content("The ministry confirmed that troops had crossed.").is_empty());
        assert!(content("Police would not confirm or deny the figure.").is_empty());
        assert!(content("AFP could not verify reports that the strike killed 12.").is_empty());
        assert!(content("The club declined to confirm that talks had taken place.").is_empty());
        assert!(content("They refused to accept that the plan had failed.").is_empty());
        assert!(content("Investigators found no evidence that the fire was set.").is_empty());
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
