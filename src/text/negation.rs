//! Negation cues: the words and phrases that say something did not happen, found
//! once per text over its tokens. A cue is one word (`no`, `not`, `never`, `denied`,
//! a `n't` contraction, ...) or a phrase (`not yet`, `no longer`, `far from`, `fall
//! short of` in any tense, `failed to`, `refused to`, `ruled out`); `without` is a cue
//! only before a verb (`without reaching a deal`, not `without electricity`). A cue
//! in the passive (`was ruled out`, `has been rejected`, `were denied`) also negates
//! what comes before it in its clause, but not the agent after `by`. A cue does not
//! reach past a subordinating word (`after`, `because`, `since`, ...) that opens
//! another clause, nor into an indirect question or a condition (`whether`, `if`,
//! `did not say who`; [`questions`] lists the yes-or-no ones, where an act is only
//! asked), and a cue that negates another (`not ruled out`, `did not deny`,
//! `not far from`) cancels with it. Idioms and compounds that only look negative
//! (`not only`, `if not`, `no doubt`, `no-confidence`, `No. 10`) are no cues.
//! Pure functions, no I/O.

use super::fold::{self, Token};
use super::lexicon::{
    AUXILIARIES, DENY, DENYING, NEGATING, PASSIVE_PHRASES, PHRASE_START, PHRASES, QUESTION_WORDS,
    REACH_STOP, SAYING, SUBORDINATORS, VERB_LIKE, complement_fits, inner_adverb, is_number_word,
    past_form, same_past, split_phrase, word_matches,
};
use super::numbers::{FUNCTION_WORDS, WEEKDAYS_MONTHS, sentence_after};

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
    /// The cue does not reach tokens at or after this one: the next subordinating
    /// word (`after`, `because`, ...) after it, else the end of the text.
    pub reach_end: usize,
    /// A passive cue does not reach back before this token: the last subordinating
    /// word before it, else the start of the text.
    pub reach_start: usize,
    /// This cue negates the cue starting at that token (`not` in `has not been
    /// ruled out`): the two cancel, unless that one is inside a matched term, when
    /// this one negates it as any cue would.
    pub negates_cue: Option<usize>,
    /// This cue is negated by the one before it (`ruled out` in `not ruled out`):
    /// it negates nothing.
    pub negated: bool,
    /// Tokens it passes over, not reaching them: a participle and its setting
    /// after a negated subject (`fired from Lebanon` in `No rockets fired from
    /// Lebanon hit Metula`), or the set after `none of` (`None of the 12 people
    /// killed in Gaza were fighters`), given, not denied.
    pub skip: Option<(usize, usize)>,
    /// The verb right before a `no` that is its object (`fired` in `fired no
    /// rockets at Kiryat Shmona`): what `no` denies is that act, so it is negated
    /// too, though it comes before the cue.
    pub object_verb: Option<usize>,
    /// The verb of an answer or a telling its reach ends at (`mention` in `did not
    /// mention a deadline`, `comment` in `did not comment on the strike`): what it
    /// is about is not denied, but a fact that names that verb is.
    pub answer: Option<usize>,
}

/// Cues that negate a subject (`no one was hurt`, `no injuries were reported`,
/// `nothing was agreed`): once the subject's verb was read, a prepositional phrase
/// after it (`in the strike`, `at the talks`) is the setting, which the sentence
/// takes as given, not what it denies. `not`, `n't` and `never` negate a predicate,
/// phrase and all (`the talks were not held in Naqoura`), so they are not here.
const SUBJECT_CUES: &[&str] = &["no", "nobody", "nothing", "none"];

/// Prepositions that open such a setting (and `over` after a penalty, its cause).
/// Not `on`, `over` or `about` elsewhere, which after a negated noun say what it is
/// about (`no progress on a withdrawal`, `no agreement
/// was reached on the border`): that stays negated.
const SETTING: &[&str] = &[
    "in",
    "at",
    "during",
    "near",
    "following",
    "amid",
    "inside",
    "across",
    "throughout",
    "from",
    "among",
    "toward",
    "towards",
];

/// Whether a word is a verb of the subject's predicate, for [`SUBJECT_CUES`]: a form
/// of `be`, `have` or `do`, a past form in `-ed`, or an irregular past.
fn predicate_verb(w: &str) -> bool {
    BE.contains(&w) || matches!(w, "has" | "have" | "had" | "did") || past_form(w, 3)
}

/// Words that, after a form of `be`, deny what their clause says before them, as a
/// passive denial does (`reports that he had been hospitalised were false`).
const FALSE: &[&str] = &["false", "untrue", "unfounded", "baseless", "groundless"];

/// Words that call something said false only when its subject is something said
/// (`Reports that the bridge had collapsed were wrong`; not `The decision was
/// wrong`).
const WRONG: &[&str] = &[
    "wrong",
    "incorrect",
    "inaccurate",
    "mistaken",
    "fabricated",
    "fake",
    "invention",
    "inventions",
];

/// Modal verbs: the verb of a partitive subject (`none of the wards would close`).
const MODALS: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must",
];

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

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Whether the words of `tokens[a..b]` are apart by white space only, or by one
/// hyphen (`no-one`).
fn spaced(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    (a + 1..b).all(|k| {
        let gap = &text[tokens[k - 1].end..tokens[k].start];
        let mut c = gap.chars();
        let one_hyphen = c.next().is_some_and(is_hyphen) && c.next().is_none();
        one_hyphen || (!gap.is_empty() && gap.chars().all(char::is_whitespace))
    })
}

/// The first letters of every phrase's first word (and of `yet`).
const PHRASE_LETTERS: &[u8] = b"nfrsydbpucaimlet";

/// The phrase cue starting at token `i`, as its end, if one does.
fn phrase_at(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    // every phrase (and `yet to`) starts with one of these letters: most words
    // are passed over with one comparison
    if !tokens
        .get(i)
        .and_then(|t| t.folded().as_bytes().first())
        .is_some_and(|b| PHRASE_LETTERS.contains(b))
    {
        return None;
    }
    let listed = PHRASES
        .iter()
        .filter(|p| {
            i + p.len() <= tokens.len()
                && p.iter()
                    .zip(&tokens[i..])
                    .all(|(w, t)| word_matches(w, t.folded()))
                && spaced(text, tokens, i, i + p.len())
                && complement_fits(
                    tokens[i].folded(),
                    tokens.get(i + p.len()).map_or("", Token::folded),
                )
                && (!super::lexicon::avoiding(tokens[i].folded())
                    || avoided(text, tokens, i + p.len()).is_some())
        })
        .map(|p| i + p.len())
        .max();
    listed.or_else(|| yet_to(text, tokens, i).then_some(i + 2))
}

/// Forms of `have` and `be` before `yet to`.
const HAVE_BE: &[&str] = &[
    "has", "have", "had", "having", "is", "are", "was", "were", "am", "be", "been", "remain",
    "remains", "remained",
];

/// Whether token `i` starts `yet to` after a form of `have` or `be` (`Israel has yet
/// to withdraw`, `the army is yet to comment`): it says something has not happened.
fn yet_to(text: &str, tokens: &[Token], i: usize) -> bool {
    i > 0
        && i + 1 < tokens.len()
        && tokens[i].folded() == "yet"
        && tokens[i + 1].folded() == "to"
        && HAVE_BE.contains(&tokens[i - 1].folded())
        && spaced(text, tokens, i - 1, i + 2)
}

/// Whether token `i` starts a phrase cue (`yet` in `has yet to`) or continues one
/// that starts before it (`yet` in `not yet`): no clause boundary falls inside a
/// cue, nor just before one.
pub fn inside_phrase(text: &str, tokens: &[Token], i: usize) -> bool {
    let longest = PHRASES.iter().map(|p| p.len()).max().unwrap_or(0);
    yet_to(text, tokens, i)
        || (i.saturating_sub(longest - 1)..i).any(|s| {
            phrase_at(text, tokens, s).is_some_and(|e| e > i)
                // (`anything but` as a cue only: `tried anything but the door
                // was locked` breaks at `but`)
                && (tokens[s].folded() != "anything" || anything_but_said(tokens, s))
        })
}

/// Words that start the object of a verb in `-ing` (`without warning the
/// residents`).
const OBJECT_STARTS: &[&str] = &[
    "the",
    "a",
    "an",
    "any",
    "its",
    "his",
    "her",
    "their",
    "our",
    "them",
    "him",
    "it",
    "us",
    "anyone",
    "residents",
    "civilians",
];

/// Adverbs that may stand between `without` and its verb (`without even
/// consulting`), besides any word in `-ly`.
const WITHOUT_ADVERBS: &[&str] = &["even", "ever", "first", "further", "yet", "once"];

/// Whether `without` at token `i` is followed by a verb: an `-ing` form that is not a
/// common noun nor a name (`without reaching`, `without being`, not `without
/// warning`, `without Beijing's approval`), or `having`; an adverb may come
/// between (`without even consulting`). Or by the noun of an outcome
/// ([`outcome_after`]: `ended without a deal`), a desk reading.
fn without_negates(text: &str, tokens: &[Token], i: usize) -> bool {
    // a word of ING_NOUNS is a verb when an object follows it (`without warning
    // residents`, `without meeting the envoy`)
    let object = |k: usize| {
        tokens.get(k + 1).is_some_and(|o| {
            OBJECT_STARTS.contains(&o.folded())
                && text[tokens[k].end..o.start]
                    .chars()
                    .all(char::is_whitespace)
        })
    };
    let verb = |k: usize| {
        tokens.get(k).is_some_and(|n| {
            let w = n.folded();
            let capital = text[n.start..n.end].starts_with(char::is_uppercase);
            w.len() > 4 && w.ends_with("ing") && !capital && (!ING_NOUNS.contains(&w) || object(k))
        })
    };
    let adverb = tokens.get(i + 1).is_some_and(|n| {
        let w = n.folded();
        (w.len() > 3 && w.ends_with("ly")) || WITHOUT_ADVERBS.contains(&w)
    });
    // (an absolute clause, its own subject then `being` or `getting` and a
    // participle: `docked without a single passenger being hurt`, `without anyone
    // getting injured`)
    let absolute = (i + 2..(i + 6).min(tokens.len())).any(|k| {
        matches!(tokens[k].folded(), "being" | "getting")
            && tokens.get(k + 1).is_some_and(|p| {
                let w = p.folded();
                super::lexicon::past_form(w, 3) || super::lexicon::same_past(w)
            })
            && (i + 1..k).all(|j| {
                !text[tokens[j - 1].end..tokens[j].start].contains([',', ';', '.'])
                    && !tokens[j].folded().ends_with("ing")
            })
    });
    verb(i + 1) || (adverb && verb(i + 2)) || absolute || outcome_after(text, tokens, i).is_some()
}

/// Nouns of what talks or a trial end with: `without` before one (`ended without a
/// deal`, `without agreement on it`, `without a ceasefire deal`) says it was not
/// reached, as `without reaching a deal` does. PRODUCT.md's letter reads `without`
/// before a noun as no cue (`without electricity`, `without warning`), which stays
/// so for every other noun.
const OUTCOMES: &[&str] = &[
    "deal",
    "agreement",
    "accord",
    "breakthrough",
    "settlement",
    "verdict",
    "decision",
    "consensus",
    "compromise",
    "ceasefire",
    "truce",
    "progress",
    "win",
    "victory",
    // (what a meeting issues: `ended without a joint statement`)
    "statement",
    "communique",
    "declaration",
    "resolution",
    // (what an arrest ends with: `released without charge`)
    "charge",
    "charges",
    "conviction",
];

/// The noun of [`OUTCOMES`] that follows `without` at token `i` as the head of
/// its phrase: after `a`, `an` or `any`, and up to two words of its own
/// (`without a ceasefire deal`, `without any formal agreement`), with a function
/// word, a mark or the end after it (not `without a ceasefire violation`). The cue reaches no further: what the outcome was
/// about is told (`ended without progress on how the SDF's 60,000 fighters
/// would join`), unless the fact names the outcome too.
fn outcome_after(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let k = i + 1 + usize::from(matches!(word(i + 1), "a" | "an" | "any"));
    // (a charge only after a release or a detention: `released without charge`,
    // `held without charge`; not a fee, `can charge their cars without charge`)
    let charge = |j: usize| matches!(word(j), "charge" | "charges" | "conviction");
    let released = || {
        (i.saturating_sub(3)..i).any(|b| {
            matches!(
                word(b),
                "released" | "freed" | "bailed" | "held" | "detained" | "release" | "jailed"
            )
        })
    };
    // (the head of its phrase: not `without a ceasefire violation`)
    let ends_phrase = |j: usize| {
        let next = word(j + 1);
        let marked = tokens.get(j).zip(tokens.get(j + 1)).is_none_or(|(a, b)| {
            text.get(a.end..b.start)
                .is_some_and(|gap| !gap.trim().is_empty())
        });
        marked || FUNCTION_WORDS.contains(&next)
    };
    (k..k + 3)
        .take_while(|&j| {
            let w = word(j);
            !w.is_empty() && !FUNCTION_WORDS.contains(&w)
        })
        .find(|&j| OUTCOMES.contains(&word(j)) && ends_phrase(j) && (!charge(j) || released()))
}

/// Nouns of something proposed or asked for: rejecting one refuses it, and tells
/// that it was made (`rejecting calls from Tideline for a board shake-up`, `an
/// unsolicited proposal, which its board had unanimously rejected`).
pub(crate) const PROPOSALS: &[&str] = &[
    "proposal",
    "proposals",
    "offer",
    "offers",
    "bid",
    "bids",
    "call",
    "calls",
    "demand",
    "demands",
    "request",
    "requests",
    "approach",
    "appeal",
    "appeals",
    "plea",
    "pleas",
    // (`rejected a motion by the opposition`)
    "motion",
    "motions",
];

/// Units of a delay that moves a plan off its day (`delayed by three months`; not
/// `by two hours`, still that day).
pub(crate) const DAYS_OR_MORE: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years",
];

/// Whether a folded word is a form of `reject`: a rejection, which refuses what
/// was asked (unlike `deny`, which says a report is untrue).
pub(crate) fn rejects(w: &str) -> bool {
    matches!(w, "reject" | "rejects" | "rejected" | "rejecting")
}

/// Nouns of a plan or a deal: one that fell through did not happen.
const PLANS: &[&str] = &[
    "deal",
    "agreement",
    "accord",
    "merger",
    "takeover",
    "bid",
    "plan",
    "plans",
    "sale",
    "acquisition",
    "offer",
];

/// The nouns of [`PLANS`] that did not happen when they collapsed or broke down:
/// a deal, an agreement or a ceasefire that collapsed may have stood for years
/// (`the grain deal collapsed in July`, `A previous ceasefire, announced in May,
/// collapsed`), a merger that collapsed never was.
const TRANSACTIONS: &[&str] = &["merger", "takeover", "bid", "sale", "acquisition", "offer"];

/// Whether a launch, a flight or an attempt is what `scrubbed` calls off, within
/// three words after it ending at token `end` (`scrubbed the launch of its
/// Starship`, `scrubbed Tuesday's attempt`).
fn scrubs_a_launch(tokens: &[Token], end: usize) -> bool {
    (end..end + 3).any(|k| {
        tokens.get(k).is_some_and(|t| {
            matches!(
                t.folded(),
                "launch"
                    | "launches"
                    | "mission"
                    | "flight"
                    | "liftoff"
                    | "attempt"
                    | "test"
                    | "countdown"
                    | "spacewalk"
                    | "landing"
            )
        })
    })
}

/// Where a plan's failure ends when token `i` starts one after a noun of
/// [`PLANS`] (`fell through`) or of [`TRANSACTIONS`] (`collapsed`, `foundered`,
/// `fell apart`, `broke down`) that heads its clause's subject: within fourteen
/// words before it, with no past form or auxiliary but `has`/`have`/`had`
/// between, and only prepositional phrases after it (`Merger talks between Honda
/// and Nissan collapsed`, `A planned takeover of Kestrel fell through`): read as
/// a passive denial of its clause's subject. Not a building's collapse, a car
/// that broke down, `The offer price collapsed`, nor `after the takeover the
/// retailer collapsed`.
fn plan_fails(text: &str, tokens: &[Token], clauses: &[u32], i: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let end = failure_end(tokens, i)?;
    // (the noun heads the subject: only prepositional phrases follow it, `Merger
    // talks between Honda and Nissan`, `takeover of Kestrel by Halcyon`; not a
    // modifier, `The offer price … collapsed`, nor another noun phrase after it,
    // `after the takeover the retailer collapsed`)
    let heads = |j: usize| {
        let next = word(j + 1);
        if j + 1 < i
            && !FUNCTION_WORDS.contains(&next)
            && !matches!(next, "talks" | "negotiations")
            && !text
                .get(tokens[j + 1].start..)
                .is_some_and(|t| t.starts_with(char::is_uppercase))
        {
            return false;
        }
        // (the noun itself is the first content word)
        let mut content = true;
        (j + 1..i).all(|m| {
            let w = word(m);
            let fresh =
                matches!(w, "the" | "a" | "an" | "its" | "their" | "his" | "her") && content;
            content = !FUNCTION_WORDS.contains(&w) && !matches!(w, "has" | "have" | "had");
            !fresh
        })
    };
    let nouns = if word(i + 1) == "through" {
        PLANS
    } else {
        TRANSACTIONS
    };
    let own = clauses.get(i);
    for k in (i.saturating_sub(14)..i).rev() {
        match clauses.get(k) {
            // (an aside between: `talks, which began in May, collapsed`)
            c if c > own => continue,
            c if c < own => return None,
            _ => {}
        }
        let w = word(k);
        if nouns.contains(&w) {
            return heads(k).then_some(end);
        }
        if past_form(w, 3) || (AUXILIARIES.contains(&w) && !matches!(w, "has" | "have" | "had")) {
            return None;
        }
    }
    None
}

/// Where the words of a failure that start at token `i` end: `collapsed`,
/// `foundered`, `fell through`, `fell apart`, `broke down`.
fn failure_end(tokens: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    // (most words start with none of these letters: passed over with one comparison)
    if !matches!(word(i).as_bytes().first(), Some(b'c' | b'f' | b'b')) {
        return None;
    }
    match word(i) {
        "collapsed" | "collapses" | "foundered" => Some(i + 1),
        "fell" | "falls" | "fallen" if matches!(word(i + 1), "through" | "apart") => Some(i + 2),
        "broke" | "breaks" | "broken" if word(i + 1) == "down" => Some(i + 2),
        _ => None,
    }
}

/// Whether the verb at token `k` says an event happens (`take place`, `go ahead`,
/// `happen`, `proceed`): negated (`will not take place`, `did not go ahead`), it
/// denies its clause's subject, as a passive denial does; not when it only came
/// later (`did not take place until Friday`), nor when a manner or a place
/// follows (`did not happen in a vacuum`, `did not go ahead as planned`, `did
/// not proceed beyond the square`): it must end its clause, or a time or a
/// cause follow it (`will not take place on Sunday`, `did not go ahead because
/// of the strike`).
fn happens(text: &str, tokens: &[Token], k: usize) -> bool {
    let word = |j: usize| tokens.get(j).map_or("", Token::folded);
    let end = match word(k) {
        "take" | "takes" | "took" | "taken" if word(k + 1) == "place" => k + 2,
        "go" | "goes" | "went" | "gone" if word(k + 1) == "ahead" => k + 2,
        "happen" | "happened" | "proceed" | "proceeded" | "materialise" | "materialize" => k + 1,
        _ => return false,
    };
    let closes = match (tokens.get(end - 1), tokens.get(end)) {
        (Some(last), Some(next)) => {
            text.get(last.end..next.start)
                .is_some_and(|gap| gap.contains([',', '.', ';', ':', '!', '?', '—', '–']))
                || matches!(
                    next.folded(),
                    "on" | "this" | "next" | "today" | "tomorrow" | "tonight" | "because" | "due"
                )
                // (`in the immediate future`, `in the coming days`)
                || (next.folded() == "in"
                    && (end + 1..end + 4).any(|j| {
                        matches!(
                            word(j),
                            "future" | "days" | "weeks" | "months" | "year" | "time" | "coming"
                        )
                    }))
        }
        _ => true,
    };
    closes && !(end..end + 3).any(|j| matches!(word(j), "until" | "till" | "before"))
}

/// Where a cue right after `who` or `which`, or it and an auxiliary (`who no
/// longer hold`, `who did not attend`), stops: at the next verb after its own
/// verb's words, past in form or
/// an auxiliary (`shelled`, `were`), the sentence's verb, within twelve words;
/// not a verb joined to its own (`who was never arrested or interviewed`).
fn relative_end(tokens: &[Token], c: &Cue) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    // (not `that`, which opens what is said as often: `said on Wednesday that no
    // ransom had been paid`)
    let relative = |k: usize| matches!(word(k), "who" | "which");
    // (an auxiliary between: `who did not attend`)
    let after_relative = c.first > 0
        && (relative(c.first - 1)
            || (c.first > 1 && AUXILIARIES.contains(&word(c.first - 1)) && relative(c.first - 2)));
    if !after_relative {
        return None;
    }
    // (its own verb: past the auxiliaries and adverbs after the cue)
    let own = (c.end..tokens.len().min(c.end + 4)).find(|&k| {
        let w = word(k);
        !AUXILIARIES.contains(&w)
            && !inner_adverb(w)
            && !matches!(w, "before" | "ever" | "yet" | "again" | "even" | "once")
    })?;
    // (a verb joined to its own by `or` or `nor` right after it is the cue's
    // too: `who was never arrested or interviewed`; not `and`, `who was not
    // injured and walked away`)
    let mut last = own;
    (own + 1..tokens.len().min(own + 12).min(c.reach_end)).find(|&k| {
        let w = word(k);
        if k == last + 2 && matches!(word(k - 1), "or" | "nor") && past_form(w, 3) {
            last = k;
            return false;
        }
        past_form(w, 3) || matches!(w, "was" | "were" | "had" | "has" | "have" | "is" | "are")
    })
}

/// Verbs of finding: a `that` after one opens what was found, not a relative
/// clause (`did not find that she acted corruptly`).
const FINDING: &[&str] = &[
    "find",
    "finds",
    "found",
    "conclude",
    "concludes",
    "concluded",
    "establish",
    "establishes",
    "established",
    "prove",
    "proves",
    "proved",
    "show",
    "shows",
    "showed",
    "shown",
    "determine",
    "determined",
    "believe",
    "believes",
    "believed",
];

/// Nouns of what is said or thought: a `that` after one opens what it says, not
/// a relative clause (`denied the report that troops entered`).
const SAID_NOUNS: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "charge",
    "charges",
    "suggestion",
    "suggestions",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "news",
    "fact",
    "idea",
    "notion",
    "assertion",
    "assertions",
    "statement",
    "statements",
    "assurance",
    "assurances",
    "belief",
    "view",
    "sign",
    "signs",
    "evidence",
    "indication",
    "indications",
    "hope",
    "fear",
    "fears",
    "warning",
    "warnings",
    "promise",
    "word",
    "speculation",
    "accusation",
    "accusations",
    "impression",
    "possibility",
    "chance",
    "likelihood",
    "way",
    "time",
    "point",
    "extent",
];

/// Whether `from` at token `i` is what `barred`, `banned`, `prevented`, `stopped`
/// or `blocked` kept someone from, a verb in `-ing` after it and its object
/// between (`barred former President Evo Morales from running`): what follows did
/// not happen. Only a past form: `aimed at preventing the group from rebuilding`
/// tells an aim. (Right after the verb it is a phrase cue: `barred from running`.)
fn kept_from(tokens: &[Token], i: usize) -> bool {
    let ing = tokens.get(i + 1).map_or("", Token::folded);
    ing.len() > 4 && ing.ends_with("ing") && keeper(tokens, i).is_some()
}

/// Whether cue `c` calls a plan off (`called off`, `postponed`, `cancelled`,
/// `scrapped`, `shelved`, `scrubbed`) or tells it failed (`collapsed`, `fell
/// through`): a fact about the plan itself (`scheduled for
/// Saturday`) is not denied by it.
pub fn calls_off(tokens: &[Token], c: &Cue) -> bool {
    let w = tokens.get(c.first).map_or("", Token::folded);
    CALLS_OFF.iter().any(|p| word_matches(p, w)) || failure_end(tokens, c.first) == Some(c.end)
}

/// The first words of the [`PHRASES`] that call a plan off, as patterns.
const CALLS_OFF: &[&str] = &[
    "call*",
    "postpone*",
    "cancel*",
    "scrap*",
    "shelve*",
    "scrub*",
    "put",
];

/// The verb that keeps someone from what follows the `from` at token `i`
/// ([`kept_from`]): `blocked` in `has blocked all food from entering Gaza`. A
/// fact that names it says what the cue says (`all = ["blocked", "Gaza"]`).
pub fn keeper(tokens: &[Token], i: usize) -> Option<usize> {
    if tokens.get(i).map(Token::folded) != Some("from") {
        return None;
    }
    (i.saturating_sub(6)..i.saturating_sub(1)).rev().find(|&k| {
        matches!(
            tokens[k].folded(),
            "barred" | "banned" | "prevented" | "stopped" | "blocked"
        )
    })
}

/// Wrongs one may be cleared of in the passive without a court in the sentence
/// (`has been cleared of doping`).
/// The wrong of a passive `cleared of` at token `i` (`has been cleared of
/// doping`, `was cleared of all charges`): its token, one of [`WRONGS`], right
/// after `of` or after `all` or `any`. Not a place cleared of people or things
/// (`The strait was cleared of shipping`, `cleared of all suspicious items`).
fn passive_wrong(tokens: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let k = i + 2 + usize::from(matches!(word(i + 2), "all" | "any"));
    (i > 0
        && matches!(word(i - 1), "been" | "was" | "were" | "is" | "be" | "being")
        && word(i + 1) == "of"
        && WRONGS.contains(&word(k)))
    .then_some(k)
}

const WRONGS: &[&str] = &[
    "doping",
    "wrongdoing",
    "misconduct",
    "corruption",
    "cheating",
    "fraud",
    "murder",
    "manslaughter",
    "charges",
    "negligence",
    "bribery",
    "abuse",
    "assault",
    "racism",
    "harassment",
    "bullying",
    "match",
    "involvement",
    "responsibility",
    "blame",
    "fault",
    "suspicion",
    "allegations",
    "theft",
    "treason",
    "espionage",
    "rape",
];

/// Words of a court: a sentence that holds one tells of a trial, where `cleared of`
/// acquits.
const COURT_WORDS: &[&str] = &[
    "jury",
    "jurors",
    "judge",
    "court",
    "magistrate",
    "magistrates",
    "tribunal",
    "trial",
    "guilty",
    "convicted",
    "verdict",
    "prosecutor",
    "prosecutors",
    "prosecution",
    "charges",
    "counts",
];

/// Where the charge begins after an acquittal's verb, whose words end before token
/// `from`, within a few words in the sentence: its `on` before a count (`cleared
/// the comptroller on three counts`, `on all charges`), else its `of` (`acquitted
/// Fensome of assault`, `cleared him of murder`, `was cleared of`); a day after
/// `on` is passed over (`acquitted the minister on Tuesday of all charges`). With
/// `strict`, no determiner before an `of` (`cleared Reddish's friend Liam Fensome,
/// 29, of`; not `cleared the square of protesters`).
fn acquittal_charge(text: &str, tokens: &[Token], from: usize, strict: bool) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let mut end = from;
    while end < tokens.len().min(from + 8)
        && (end == from || !sentence_after(text, tokens, end - 1))
    {
        end += 1;
    }
    let counted = |k: usize| {
        let n = word(k + 1);
        (n.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                n,
                "all" | "both" | "two" | "three" | "four" | "five" | "six" | "one"
            ))
            && (k + 1..k + 5).any(|j| matches!(word(j), "count" | "counts" | "charge" | "charges"))
    };
    if let Some(on) = (from..end).find(|&k| word(k) == "on" && counted(k)) {
        return Some(on);
    }
    let of = (from..end).find(|&k| word(k) == "of")?;
    let determiner = |k: usize| {
        matches!(
            word(k),
            "the" | "a" | "an" | "this" | "that" | "these" | "those" | "its" | "their" | "way"
        )
    };
    (!strict || !(from..of).any(determiner)).then_some(of)
}

/// Whether `cleared` at token `i` acquits, as `acquitted` does: its charge after
/// no determiner ([`acquittal_charge`]: `The jury cleared Fensome, 29, of
/// assisting an offender`, `Jurors cleared him on three counts`, `was cleared of
/// murder`), and a word of a court in the sentence ([`COURT_WORDS`]). Not
/// `cleared the road of debris`, `cleared the way for`, `Police cleared the square
/// of protesters on the eve of the verdict`, `cleared the merger on Friday`.
fn cleared_of(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    if !matches!(word(i), "cleared" | "clears") {
        return false;
    }
    // (of an act, by any body: `cleared him of failing to report`, `was cleared
    // of seeking to influence the award`; or of a charge told by its `that`,
    // `cleared him of the more serious charge that he had kept …`)
    if let Some(of) = (i + 1..(i + 4).min(tokens.len())).find(|&k| word(k) == "of") {
        // (a verb with its object or its `to`: not `cleared of shipping ahead of
        // the drills`)
        let act = word(of + 1);
        if act.len() > 5
            && act.ends_with("ing")
            && matches!(
                word(of + 2),
                "to" | "the" | "a" | "an" | "his" | "her" | "its" | "their" | "any" | "public"
            )
        {
            return true;
        }
        if (of + 1..(of + 6).min(tokens.len())).any(|k| {
            matches!(
                word(k),
                "charge" | "charges" | "allegation" | "allegations" | "accusation" | "accusations"
            ) && word(k + 1) == "that"
        }) {
            return true;
        }
    }
    if acquittal_charge(text, tokens, i + 1, true).is_none() {
        return false;
    }
    // (in the passive, of a wrong, by any body: `has been cleared of doping`,
    // `was cleared of wrongdoing`; not `The road was cleared of debris`)
    if passive_wrong(tokens, i).is_some() {
        return true;
    }
    let ends = |k: usize| sentence_after(text, tokens, k);
    let mut from = i;
    while from > 0 && i - from < 30 && !ends(from - 1) {
        from -= 1;
    }
    let mut to = i;
    while to + 1 < tokens.len() && to - i < 30 && !ends(to) {
        to += 1;
    }
    (from..=to).any(|k| COURT_WORDS.contains(&word(k)))
}

/// Whether token `i` dismisses what is said (`dismissed reports that he had
/// collapsed`, `dismisses claims`, `dismissed as rumours`) or takes a report
/// back (`retracted a report that the minister had resigned`, `retracted its
/// story`): a denial of what follows, like `denied`.
fn dismisses_reports(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    // (most words start with none of the verbs' letters: passed over at once)
    if !matches!(
        word(i).as_bytes().first(),
        Some(b'r' | b'c' | b'w' | b'd' | b'b' | b'l' | b'p')
    ) {
        return false;
    }
    let said = |w: &str| {
        matches!(
            w,
            "report"
                | "reports"
                | "claim"
                | "claims"
                | "allegation"
                | "allegations"
                | "accusation"
                | "accusations"
                | "suggestion"
                | "suggestions"
                | "rumour"
                | "rumours"
                | "rumor"
                | "rumors"
                | "speculation"
        )
    };
    // (a report taken back: `retracted a report that the minister had resigned`,
    // `corrected an earlier statement that said …`, `withdrew its claim that`)
    let taken_back = |k: usize| {
        said(word(k)) || matches!(word(k), "story" | "article" | "statement" | "announcement")
    };
    let retracts = matches!(
        word(i),
        "retract"
            | "retracts"
            | "retracted"
            | "retracting"
            | "corrected"
            | "corrects"
            | "correcting"
            | "withdrew"
            | "withdraws"
    ) && (said(word(i + 1))
        || (matches!(
            word(i + 1),
            "a" | "an" | "its" | "their" | "the" | "his" | "her"
        ) && (taken_back(i + 2)
            || (matches!(word(i + 2), "earlier" | "previous" | "initial") && taken_back(i + 3)))))
        && (matches!(word(i), "retract" | "retracts" | "retracted" | "retracting")
            || [i + 2, i + 3]
                .into_iter()
                .any(|k| taken_back(k) && word(k + 1) == "that"));
    // (`dismissed as fabricated a report that`, `dismissed as "absolute
    // nonsense" reports that`: what it was called first)
    // (one or two words that name whose they are, or what kind: `dismissed
    // Russian claims`, `dismissed the army's claims`, `dismissed recent media
    // reports`)
    let modifier = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            text[t.start..].starts_with(char::is_uppercase)
                || fold::is_possessive(&text[t.start..t.end])
                || matches!(
                    t.folded(),
                    "recent"
                        | "earlier"
                        | "latest"
                        | "media"
                        | "such"
                        | "new"
                        | "press"
                        | "social"
                        | "online"
                        | "viral"
                )
        })
    };
    // (the `that` of what was said, right after its noun or after a setting of
    // a few words with no verb or mark: `suggestions on Marvenian social media
    // that`)
    let that_after = |k: usize| {
        word(k + 1) == "that"
            || (matches!(word(k + 1), "on" | "in" | "from" | "by")
                && (k + 3..(k + 7).min(tokens.len())).any(|t| {
                    word(t) == "that"
                        && (k + 2..=t).all(|j| {
                            !past_form(word(j), 3)
                                && !AUXILIARIES.contains(&word(j))
                                && !text[tokens[j - 1].end..tokens[j].start].contains([',', ';'])
                        })
                }))
    };
    // (`dismissed as "baseless" social media claims that`: the kind of claim
    // after what it was called)
    let called_first = word(i + 1) == "as"
        && (i + 3..i + 8).any(|k| {
            said(word(k))
                && (i + 2..k).all(|j| {
                    FALSEHOOD.contains(&word(j))
                        || INTENSIFIERS.contains(&word(j))
                        || matches!(word(j), "a" | "an" | "the")
                        || (j > i + 2 && modifier(j))
                })
                && (i + 2..k).any(|j| FALSEHOOD.contains(&word(j)))
        })
        // (whatever it was called in quotes, before what was said and its
        // `that`: `dismissed as "Westminster tittle-tattle" suggestions that`; not
        // `dismissed as party chair amid claims that`)
        || word(i + 1) == "as"
            && (i + 3..i + 8).any(|k| {
                said(word(k))
                    && that_after(k)
                    && text
                        .get(tokens[i + 1].end..tokens[k].start)
                        .is_some_and(|g| g.contains(['"', '\u{201c}', '\'', '\u{2018}']))
                    && (i + 2..k).all(|j| {
                        let w = word(j);
                        let verb_or_function = past_form(w, 3)
                            || AUXILIARIES.contains(&w)
                            || FUNCTION_WORDS.contains(&w);
                        let comma = text[tokens[j - 1].end..tokens[j].start].contains([',', ';']);
                        !verb_or_function && !comma
                    })
            });
    // (of what was said: `claims that …`, `claims of a withdrawal`; not `claims for
    // a penalty`, `claims against the regulator`)
    let owned = || {
        (i + 2..i + 5).any(|k| {
            said(word(k))
                && matches!(word(k + 1), "that" | "of")
                && (i + 1..k).all(|j| {
                    modifier(j) || (j == i + 1 && matches!(word(j), "the" | "those" | "these"))
                })
        })
    };
    // (`described reports of a disarmament timetable as "media speculation"`:
    // what is said called false, up to `as` in a few words)
    let described = || {
        matches!(
            word(i),
            "described" | "describes" | "branded" | "labelled" | "labeled"
        ) && (said(word(i + 1))
            || (matches!(word(i + 1), "the" | "those" | "these") && said(word(i + 2))))
            && (i + 2..(i + 10).min(tokens.len()))
                .take_while(|&k| !text[tokens[k - 1].end..tokens[k].start].contains([',', ';']))
                .any(|k| {
                    word(k) == "as"
                        && (k + 1..(k + 4).min(tokens.len()))
                            .take_while(|&j| {
                                !matches!(word(j), "not" | "no" | "hardly" | "never")
                                    && !text[tokens[j - 1].end..tokens[j].start].contains(',')
                            })
                            .any(|j| {
                                FALSEHOOD.contains(&word(j))
                                    || matches!(word(j), "speculation" | "rumours" | "rumors")
                            })
                })
    };
    // (`pushed back on reports that`, `pushed back against the federation's
    // claim that`)
    let pushed_back = || {
        matches!(word(i), "push" | "pushes" | "pushed" | "pushing")
            && word(i + 1) == "back"
            && matches!(word(i + 2), "on" | "against")
            && (said(word(i + 3))
                || ((matches!(word(i + 3), "the" | "those" | "these") || modifier(i + 3))
                    && said(word(i + 4)))
                || (word(i + 3) == "the" && modifier(i + 4) && said(word(i + 5))))
    };
    retracts
        || described()
        || pushed_back()
        || matches!(
            word(i),
            "dismiss"
                | "dismisses"
                | "dismissed"
                | "dismissing"
                | "refute"
                | "refutes"
                | "refuted"
                | "refuting"
                | "rebut"
                | "rebuts"
                | "rebutted"
        ) && (said(word(i + 1))
            || (matches!(word(i + 1), "the" | "as" | "those" | "these") && said(word(i + 2)))
            || owned()
            || called_first)
}

/// Whether a passive `refused` or `turned down` ending at token `k` has no object
/// after it, only a mark, its agent or a time (`Permission to land was refused on
/// Tuesday`; not `The crew were refused entry`, whose crew the refusal does not
/// deny, nor `was refused to`).
fn refused_alone(text: &str, tokens: &[Token], k: usize) -> bool {
    let Some(next) = tokens.get(k + 1) else {
        return true;
    };
    text[tokens[k].end..next.start].contains([',', '.', ';', '!', '?'])
        || matches!(
            next.folded(),
            "on" | "in" | "by" | "at" | "after" | "last" | "yesterday" | "today" | "earlier"
        )
        || WEEKDAYS_MONTHS.contains(&next.folded())
}

/// Whether token `i` stands alone in quotation marks: a word named, not said (the
/// ballot's `"no" side`, `while “no” prevailed in the rural west`).
fn quoted_word(text: &str, tokens: &[Token], i: usize) -> bool {
    let quote = |c: char| {
        matches!(
            c,
            '"' | '\u{201c}' | '\u{201d}' | '\'' | '\u{2018}' | '\u{2019}'
        )
    };
    let t = &tokens[i];
    let before = i
        .checked_sub(1)
        .map_or(&text[..t.start], |b| &text[tokens[b].end..t.start]);
    let after = tokens
        .get(i + 1)
        .map_or(&text[t.end..], |n| &text[t.end..n.start]);
    before.ends_with(quote) && after.starts_with(quote)
}

/// The noun of what is escaped, avoided or averted from token `from` on: one of
/// [`super::lexicon::PENALTIES`], right there or after a determiner and at most
/// two words, all in one phrase (`relegation`, `a ban`, `a threatened rail
/// strike`; not `escaped a blaze`, `avoided the area`, `escaped from prison`,
/// `escaped heavy punishment`).
fn avoided(text: &str, tokens: &[Token], from: usize) -> Option<usize> {
    let first = tokens.get(from).map_or("", Token::folded);
    if !(matches!(first, "a" | "an" | "any" | "the" | "further")
        || super::lexicon::PENALTIES.contains(&first))
    {
        return None;
    }
    (from..(from + 4).min(tokens.len()))
        .take_while(|&k| k == from || text[tokens[k - 1].end..tokens[k].start].trim().is_empty())
        .find(|&k| super::lexicon::PENALTIES.contains(&tokens[k].folded()))
        // (a jail or a prison with a determiner is a place broken out of:
        // `escaped a New Orleans jail`, not `escaped jail`)
        .filter(|&k| !(matches!(tokens[k].folded(), "jail" | "prison") && k > from))
}

/// Whether token `i` is a denial the sentence tells was reversed: `initially`,
/// `originally` or `at first` right before it (or before the `said that` of a
/// `no`: `had initially said that no distress call was received`), and a verb
/// of confirming later in its sentence, after `but` or, for a denial in a
/// relative clause, after the clause (`Acme, which had initially denied that
/// customer data was taken, confirmed it`), what it confirms a pronoun or
/// nothing (`had initially denied that any passwords were taken, but on
/// Thursday confirmed that they were`): what was denied is told.
fn reversed_denial(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let denial = DENY.contains(&word(i));
    if !denial && word(i) != "no" {
        return false;
    }
    let at = if denial {
        i
    } else if i >= 2 && word(i - 1) == "that" && matches!(word(i - 2), "said" | "stated") {
        i - 2
    } else {
        return false;
    };
    let first = (at >= 1 && matches!(word(at - 1), "initially" | "originally"))
        || (at >= 2 && word(at - 2) == "at" && word(at - 1) == "first");
    if !first {
        return false;
    }
    // (a relative clause's denial: `which had initially denied`)
    let relative = (at.saturating_sub(4)..at).any(|k| matches!(word(k), "which" | "who"));
    // (a mark or the text's end after token `k`)
    let closes = |k: usize| {
        tokens.get(k).is_none_or(|t| {
            k + 1 == tokens.len()
                || text
                    .get(t.end..tokens.get(k + 1).map_or(text.len(), |n| n.start))
                    .is_none_or(|g| g.contains([',', '.', ';', '!', '?']))
        })
    };
    // (what is confirmed is what was denied, told again by a pronoun or not at
    // all: `confirmed that they were`, `later admitted it`; not `confirmed that
    // email addresses had been exposed`, `confirmed that it was investigating
    // the incident`, nor `has not confirmed`)
    // (or closes after a time told of the confirming: `confirmed it on
    // Thursday`, `admitted it later`, `conceded this last week`)
    let timed = |k: usize| {
        closes(k)
            || match (word(k + 1), word(k + 2)) {
                ("later" | "yesterday" | "today" | "afterwards", _) => closes(k + 1),
                ("on" | "last" | "this" | "in" | "days" | "weeks" | "hours", _) => closes(k + 2),
                _ => false,
            }
    };
    let same = |j: usize| {
        if closes(j) {
            return true;
        }
        let k = j + 1 + usize::from(word(j + 1) == "that");
        (matches!(word(k), "it" | "they" | "this" | "so") && timed(k))
            || (matches!(word(k), "it" | "they" | "this" | "so" | "he" | "she" | "we")
                && matches!(
                    word(k + 1),
                    "was" | "were" | "had" | "did" | "is" | "are" | "has" | "have"
                )
                && timed(k + 1))
    };
    let confirms = |j: usize| {
        matches!(
            word(j),
            "confirmed" | "admitted" | "acknowledged" | "conceded"
        ) && same(j)
    };
    (i + 1..tokens.len().min(i + 40))
        .take_while(|&k| !sentence_after(text, tokens, k - 1))
        .any(|k| {
            (word(k) == "but"
                && (k + 1..k + 6)
                    .take_while(|&j| {
                        !matches!(word(j), "not" | "never")
                            && !tokens.get(j).is_some_and(|t| t.contraction)
                    })
                    .any(confirms))
                || (relative
                    && confirms(k)
                    && !closes(k)
                    && text
                        .get(tokens[k - 1].end..tokens[k].start)
                        .is_some_and(|g| g.contains(',')))
        })
}

/// Whether token `i`, `truth` after `no`, denies what is said after it: `There is
/// no truth to the suggestion that …`, `no truth whatsoever in reports that …`
/// (its `in` or `to`, then something said and its `that`).
fn no_truth_in(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    if i == 0 || word(i - 1) != "no" {
        return false;
    }
    let mut k = i + 1;
    if matches!(word(k), "whatsoever" | "at") {
        k += if word(k) == "at" { 2 } else { 1 };
    }
    if !matches!(word(k), "in" | "to") {
        return false;
    }
    k += 1;
    if matches!(word(k), "the" | "those" | "these" | "any") {
        k += 1;
    }
    SAID_NOUNS.contains(&word(k)) && matches!(word(k + 1), "that" | "of")
}

/// Whether token `i` is the teller's own verdict on what is said after it: `falsely`,
/// `wrongly`, `erroneously`, `incorrectly`, `mistakenly` or `inaccurately` right
/// before a verb of saying with a `that` in the words after it (`falsely claimed on
/// Monday that thousands of ballots had been destroyed`, a correction's `An earlier
/// version incorrectly stated that …`), or a clause opened by a determiner or a
/// pronoun with its verb a few words on (`Several posts falsely said the girls had
/// been taken to a morgue`): what follows is denied, like after `denied`.
fn falsely_said(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    // (what was said, a clause: not `wrongly claimed expenses`, `wrongly claimed
    // the expenses`)
    let clause = || {
        (i + 2..i + 8).any(|k| word(k) == "that")
            || (matches!(
                word(i + 2),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "he" | "she" | "they" | "it"
            ) && (i + 3..i + 7)
                .take_while(|&k| !matches!(word(k), "and" | "but" | "or"))
                .any(|k| {
                    matches!(
                        word(k),
                        "had" | "has" | "have" | "was" | "were" | "is" | "are"
                    ) || past_form(word(k), 3)
                }))
    };
    VERDICTS_ON_SAID.contains(&word(i))
        && (SAYING.contains(&word(i + 1))
            || matches!(word(i + 1), "asserted" | "stated" | "suggested" | "implied"))
        && clause()
}

/// A teller's verdict on what is said after it, before a verb of saying
/// ([`falsely_said`]).
const VERDICTS_ON_SAID: &[&str] = &[
    "falsely",
    "wrongly",
    "erroneously",
    "incorrectly",
    "mistakenly",
    "inaccurately",
];

/// Whether a negation cue's first word (folded) denies a report rather than the
/// act: a denial or a dismissal (`denied`, `dismissed`, `refuted`), a teller's
/// verdict on what was said ([`VERDICTS_ON_SAID`]: `incorrectly stated`), or a
/// correction's verb of saying ([`version_said`]: `An earlier version of this
/// article said`).
pub(crate) fn denies_a_report(first: &str) -> bool {
    VERDICTS_ON_SAID.contains(&first)
        || matches!(
            first,
            "denied"
                | "denies"
                | "deny"
                | "denying"
                | "dismissed"
                | "dismisses"
                | "refuted"
                | "rebutted"
                | "retracted"
                | "rejected"
                | "said"
                | "stated"
                | "reported"
                | "misstated"
        )
}

/// Whether token `i` is a verb of saying whose subject is an earlier version of the
/// text itself, a correction's (`An earlier version of this article said the
/// committee reviewed 221 reports`, `A previous version of this story stated …`):
/// what it said is denied, as after `incorrectly stated`.
fn version_said(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    // (the text's noun right before the verb first: most words pass at once)
    i >= 5
        && matches!(
            word(i - 1),
            "article" | "story" | "report" | "piece" | "post" | "item"
        )
        && matches!(word(i - 2), "this" | "the")
        && word(i - 3) == "of"
        && word(i - 4) == "version"
        && matches!(word(i - 5), "earlier" | "previous" | "original")
        && (SAYING.contains(&word(i)) || matches!(word(i), "stated" | "reported" | "misstated"))
}

/// Whether token `i` is a verb of saying and `that` in a correction's line (a
/// sentence opening `Correction:` or `Clarification:`): "Correction: An article in
/// Tuesday's print edition stated that the boy had been charged with murder" —
/// what it said is denied, as after `An earlier version of this article said`.
fn correction_said(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    // (`that` first: most words are not before one)
    if word(i + 1) != "that"
        || !(SAYING.contains(&word(i)) || matches!(word(i), "stated" | "reported"))
    {
        return false;
    }
    // (its sentence's first word, at most 25 back; a `;` ends the line too)
    let mut k = i;
    while k > 0 && i - k < 25 && !sentence_after(text, tokens, k - 1) {
        k -= 1;
    }
    // (its subject the outlet's own text, not a source that gives the right
    // version, `Correction: The club said that Hale signed on Friday`, nor `was
    // updated to say that`)
    let own_text = (k + 1..i).any(|j| {
        matches!(
            word(j),
            "article"
                | "story"
                | "report"
                | "piece"
                | "item"
                | "headline"
                | "caption"
                | "version"
                | "edition"
                | "issue"
                | "column"
                | "post"
                | "graphic"
        )
    });
    matches!(word(k), "correction" | "clarification")
        && tokens
            .get(k + 1)
            .is_some_and(|n| text[tokens[k].end..n.start].contains(':'))
        && own_text
        && word(i.wrapping_sub(1)) != "to"
}

/// Where a refusal or a failure split by a time ends (`had refused for months to
/// convene`, `has failed for years to`, `refused again to`): the token after its
/// `to`, when token `i` is a form of `refuse` or `fail` and `for` and
/// up to three words ending in a time noun, or one adverb, stand between.
fn refused_for_a_time(tokens: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let first = word(i);
    // (most words start with neither letter: passed over with one comparison)
    if !matches!(first.as_bytes().first(), Some(b'r' | b'f')) {
        return None;
    }
    // (not `declined for months to reach a record low`: a level)
    if !["refuse*", "fail*"].iter().any(|p| word_matches(p, first)) {
        return None;
    }
    let to = if word(i + 1) == "for" {
        (i + 3..i + 6).find(|&k| {
            word(k) == "to"
                && matches!(
                    word(k - 1),
                    "months" | "weeks" | "years" | "days" | "decades" | "hours" | "time"
                )
        })?
    } else if (inner_adverb(word(i + 1)) || matches!(word(i + 1), "yesterday" | "today"))
        && word(i + 2) == "to"
    {
        i + 2
    } else if word(i + 1) == "on"
        && matches!(
            word(i + 2),
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        )
        && word(i + 3) == "to"
        // (a verb after `to`: not `A visa refused on Thursday to a Ukrainian
        // minister`)
        && !matches!(
            word(i + 4),
            "a" | "an" | "the" | "his" | "her" | "its" | "their" | "him" | "them" | ""
        )
    {
        // (`refused on Thursday to reinstate him`)
        i + 3
    } else {
        return None;
    };
    complement_fits(first, word(to + 1)).then_some(to + 1)
}

/// Whether the cue starting at token `i` follows a form of `be`, perhaps with adverbs
/// between (`was firmly rejected`, `has been ruled out`).
fn after_be(tokens: &[Token], clauses: &[u32], i: usize) -> bool {
    let mut j = i;
    let mut skipped = 0;
    while j > 0 {
        j -= 1;
        // an aside between (`was, officials said, rejected`)
        if clauses.get(j) > clauses.get(i) {
            continue;
        }
        let w = tokens[j].folded();
        // (`got rejected`: the passive with `get`)
        if BE.contains(&w) || matches!(w, "got" | "gets" | "get" | "getting") {
            return true;
        }
        if skipped < 2 && inner_adverb(w) {
            skipped += 1;
            continue;
        }
        return false;
    }
    false
}

/// Whether token `i` ends a pair of predicates after a form of `be`, joined by `and`
/// (`were "cruel and completely false"`, `was misleading and false`): one word
/// before `and`, an adverb allowed after it.
fn coordinated_after_be(tokens: &[Token], clauses: &[u32], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let mut j = i;
    if j > 0 && (word(j - 1).ends_with("ly") || INTENSIFIERS.contains(&word(j - 1))) {
        j -= 1;
    }
    j >= 3
        && word(j - 1) == "and"
        && !FUNCTION_WORDS.contains(&word(j - 2))
        && after_be(tokens, clauses, j - 2)
}

/// Whether the single-word cue at token `i` only looks negative: part of a hyphenated
/// compound (`no-confidence vote`, `all-or-nothing`), `No. 10` or `No 2` (a
/// number), or an idiom that asserts (`not only`, `not just`, `not merely`, `not
/// least`, `if not` (`dozens if not hundreds`), `no doubt`, `none other than`), or
/// a bound (`no later than March 5`, `not more than 40 people`, `no sooner than`).
fn only_looks_negative(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let w = t.folded();
    let next = tokens.get(i + 1);
    let after = next.map_or("", |n| &text[t.end..n.start]);
    let before = if i > 0 {
        &text[tokens[i - 1].end..t.start]
    } else {
        ""
    };
    let next_word = next.map_or("", Token::folded);
    let prev_word = if i > 0 { tokens[i - 1].folded() } else { "" };
    let joined = |gap: &str| {
        let mut c = gap.chars();
        c.next().is_some_and(is_hyphen) && c.next().is_none()
    };
    if joined(after) || joined(before) {
        return true;
    }
    // a bound: `no earlier than`, `not later than`, `no more than` (not `no longer`
    // alone, a cue of its own)
    if matches!(w, "no" | "not")
        && matches!(
            next_word,
            "earlier"
                | "later"
                | "sooner"
                | "more"
                | "less"
                | "fewer"
                | "greater"
                | "longer"
                | "higher"
                | "lower"
        )
        && tokens.get(i + 2).is_some_and(|n| n.folded() == "than")
        // (a quantity or a time after it: not `Turnout was not higher than in
        // 2020`, `no greater than expected`)
        && tokens.get(i + 3).is_some_and(|n| {
            let f = n.folded();
            f.starts_with(|c: char| c.is_ascii_digit())
                || is_number_word(f)
                || WEEKDAYS_MONTHS.contains(&f)
                || matches!(f, "today" | "tomorrow")
        })
    {
        return true;
    }
    // a regret that tells the act happened: `should never have been allowed`
    // (not `should not have`, as often a guess: `the outage should not have
    // affected customer data`)
    if w == "never"
        && prev_word == "should"
        && next_word == "have"
        && tokens
            .get(i + 2)
            .is_some_and(|n| past_form(n.folded(), 3) || n.folded() == "been")
    {
        return true;
    }
    match w {
        "no" => {
            let numeral =
                next.is_some_and(|n| text[n.start..].starts_with(|c: char| c.is_ascii_digit()));
            // `The documentary No Other Land was screened`: a capitalised `No`
            // inside a sentence, before a capitalised word, is a title's
            let titled = i > 0
                && !before.is_empty()
                && before.chars().all(|c| c == ' ')
                && text[t.start..t.end] == *"No"
                && after == " "
                && next.is_some_and(|n| text[n.start..].starts_with(char::is_uppercase))
                && text[tokens[i - 1].start..].starts_with(char::is_lowercase);
            (numeral && (text[t.start..t.end] == *"No" || after.starts_with('.')))
                || titled
                || next_word == "doubt"
                // `No sooner had the delegations left than a drone struck`
                || next_word == "sooner"
        }
        "not" => {
            // `the Homes Not Profit coalition`: a capitalised `Not` between
            // capitalised words, mid-sentence, is a name's (not after an
            // auxiliary, `Israel Did Not Strike`)
            // (on one line with no quote mark in the run: not a heading, `##
            // Hospital Not Evacuated`, nor a quoted headline)
            let line_start = text[..t.start].rfind('\n').map_or(0, |n| n + 1);
            let titled = i > 1
                && text[t.start..t.end] == *"Not"
                && text[tokens[i - 1].start..].starts_with(char::is_uppercase)
                && !AUXILIARIES.contains(&prev_word)
                && text[tokens[i - 2].start..].starts_with(char::is_lowercase)
                && tokens[i - 2].start >= line_start
                && !text[line_start..].starts_with('#')
                && !text[tokens[i - 2].end..t.start].contains(['"', '\'', '\u{201c}', '\u{2018}'])
                && next.is_some_and(|n| text[n.start..].starts_with(char::is_uppercase))
                && before == " "
                && after == " ";
            titled
                || matches!(next_word, "only" | "just" | "merely" | "least")
                || prev_word == "if"
                // `whether or not the strike killed civilians`: asked
                || (prev_word == "or" && i > 1 && tokens[i - 2].folded() == "whether")
        }
        "none" => next_word == "other" && tokens.get(i + 2).is_some_and(|n| n.folded() == "than"),
        // `nothing short of outstanding`: an emphasis
        "nothing" if next_word == "short" => tokens.get(i + 2).is_some_and(|n| n.folded() == "of"),
        // `produced nothing but a promise`: only that (not `achieved nothing, but
        // officials said`, `nothing but both delegations agreed`: a new clause)
        "nothing" => {
            next_word == "but"
                && after.chars().all(char::is_whitespace)
                && !(i + 2..tokens.len().min(i + 5)).any(|k| {
                    let w = tokens[k].folded();
                    past_form(w, 3)
                        || (w.len() > 4 && w.ends_with("ed"))
                        || AUXILIARIES.contains(&w)
                })
        }
        _ => false,
    }
}

/// Whether the calling off at tokens `i..end` (`cancelled`, `scrapped`,
/// `postponed`, `called off`) is of things counted: a number right after it
/// (`cancelled 190 flights`), or, in the passive, at the head of its subject
/// (`205 flights were scrapped`, `About 40 classes have been cancelled`). Such a
/// count tells that the calling off happened, and denies nothing. Not a year
/// (`the 2025 summit was cancelled`) nor `one`.
fn called_off_count(text: &str, tokens: &[Token], i: usize, end: usize, passive: bool) -> bool {
    let w = tokens[i].folded();
    if !(w.starts_with("cancel")
        || w.starts_with("scrap")
        || w.starts_with("postpone")
        || (w.starts_with("call") && end == i + 2))
    {
        return false;
    }
    // (a number, then a plural noun after a space: not `the 6 June referendum`,
    // `the 24-hour strike`, `the 10am flight`, `the 2025 summit`)
    let counts = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            let f = t.folded();
            let year = f.len() == 4 && (f.starts_with("19") || f.starts_with("20"));
            // (`one` is no number word: a calling off of one thing still denies it)
            let number = (f.bytes().all(|b| b.is_ascii_digit()) && !year) || is_number_word(f);
            number
                && tokens.get(k + 1).is_some_and(|n| {
                    let noun = n.folded();
                    text[t.end..n.start].chars().all(char::is_whitespace)
                        && !text[t.end..n.start].is_empty()
                        && noun.len() > 2
                        && noun.ends_with('s')
                        && !WEEKDAYS_MONTHS.contains(&noun)
                })
        })
    };
    if !passive {
        return counts(end);
    }
    // the subject before its auxiliaries, on a clause's words
    let mut k = i;
    while k > 0 && AUXILIARIES.contains(&tokens[k - 1].folded()) {
        k -= 1;
    }
    // (the subject's own words: not across `but`, `and` or a date, `planned for
    // May 6 and 7 but was postponed`)
    (k.saturating_sub(4)..k)
        .rev()
        .take_while(|&j| {
            !text[tokens[j].end..tokens[j + 1].start].contains([',', ';', '.'])
                && !matches!(tokens[j].folded(), "but" | "and" | "or" | "that" | "which")
        })
        .any(|j| counts(j) && (j == 0 || !WEEKDAYS_MONTHS.contains(&tokens[j - 1].folded())))
}

/// Whether `anything but` at token `i` says what something was not: after a form
/// of `be`, a verb like it (`seemed`, `looked`, `proved`, `remained`) or `as`.
fn anything_but_said(tokens: &[Token], i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| {
        let w = tokens[p].folded();
        BE.contains(&w)
            || matches!(
                w,
                "as" | "seemed"
                    | "seems"
                    | "looked"
                    | "looks"
                    | "proved"
                    | "remained"
                    | "remains"
                    | "appeared"
                    | "appears"
                    | "sounded"
                    | "felt"
            )
    })
}

/// Whether `far from` at token `i` tells a distance (`struck a site far from the
/// frontier`) rather than how little of something there is (`Lebanon is far from
/// normalisation`, `talks remain far from a deal`): a determiner follows `from`,
/// and no form of `be` or a verb like it (`remain`, `seem`) stands before `far`.
fn distance(tokens: &[Token], i: usize) -> bool {
    let word = |j: usize| tokens.get(j).map_or("", Token::folded);
    let before = i.checked_sub(1);
    let linking = before.is_some_and(|p| {
        let w = word(p);
        BE.contains(&w)
            || matches!(
                w,
                "still"
                    | "yet"
                    | "so"
                    | "very"
                    | "too"
                    | "but"
                    | "am"
                    | "seem"
                    | "seems"
                    | "seemed"
                    | "appear"
                    | "appears"
                    | "appeared"
                    | "remain"
                    | "remains"
                    | "remained"
                    | "stay"
                    | "stays"
                    | "stayed"
                    | "look"
                    | "looks"
                    | "looked"
            )
    });
    !linking
        && before.is_some()
        && matches!(
            word(i + 2),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "any" | "this" | "that"
        )
}

/// Whether a cue (starting at token `first`, with folded word `w`) is one that a
/// `not` before it negates: `deny`, `reject`, `rule out`, `far from`, and a
/// plan's calling off (`did not call off the strike`, `was not postponed`).
fn can_be_negated(w: &str) -> bool {
    DENY.contains(&w)
        || w == "far"
        || w == "without"
        || word_matches("rule*", w)
        || CALLS_OFF.iter().any(|p| word_matches(p, w))
}

/// Words that may stand between a `not` and the cue it negates (`has not been
/// ruled out`, `did not immediately deny`).
fn between_negations(w: &str) -> bool {
    BE.contains(&w)
        || matches!(w, "have" | "has" | "had" | "do" | "does" | "did")
        || inner_adverb(w)
}

/// Whether the cue `c` is a plain negation that can negate another cue: `not`,
/// `never`, a `n't` contraction, `cannot`, `no longer`, `refused to` and `failed
/// to` (`refused to rule out further strikes`, `failed to deny`).
fn negates_cues(tokens: &[Token], c: &Cue) -> bool {
    let t = &tokens[c.first];
    let w = t.folded();
    let last = tokens[c.end - 1].folded();
    c.end - c.first == 1 && (matches!(w, "not" | "never" | "cannot") || t.contraction)
        || (w == "no" && c.end - c.first == 2 && last == "longer")
        || (last == "to" && (word_matches("refuse*", w) || word_matches("fail*", w)))
}

/// Whether token `k` is `and` or `but` before a verb in the past tense (`Israel denied the
/// report and said it struck a depot`, `Hezbollah rejected the plan and fired
/// rockets`, `acquitted him of corruption but convicted him of`): a new
/// predicate the cue before it does not reach (after `did not`
/// a second verb would be in its base form: `did not strike and fire`).
fn and_past_verb(text: &str, tokens: &[Token], k: usize) -> bool {
    matches!(tokens[k].folded(), "and" | "but")
        && tokens.get(k + 1).is_some_and(|v| {
            let w = v.folded();
            text[tokens[k].end..v.start]
                .chars()
                .all(char::is_whitespace)
                // (`said`, `told` are irregular pasts and `added` is in `-ed`)
                && (past_form(w, 4) || w == "says")
        })
}

/// Whether token `k` is a `when` (a clause of time, `no one was hurt when a drone
/// struck`, or an indirect question, `did not say when`), or an `as` that opens a
/// clause of time (`nobody objected as the army deployed`).
fn when_clause(text: &str, tokens: &[Token], clauses: &[u32], k: usize) -> bool {
    match tokens[k].folded() {
        "when" => true,
        // `objected as the army deployed`: `as` after a verb said, before a new
        // subject and its verb (not `such as`, `as well as`, `not described as a
        // breakthrough`, `dismissed as the work of`)
        "as" => {
            let verb = |t: &Token| t.class() & super::lexicon::VERB_LIKE != 0;
            k.checked_sub(1).is_some_and(|p| {
                // (or a verb's base form after `not`: `did not intervene as`; or a
                // day or a time of day ending the clause before, `were cancelled on
                // Tuesday as unions held a strike`)
                verb(&tokens[p])
                    || p.checked_sub(1)
                        .is_some_and(|q| matches!(tokens[q].folded(), "not" | "never"))
                    || WEEKDAYS_MONTHS[..7].contains(&tokens[p].folded())
                    || matches!(
                        tokens[p].folded(),
                        "night" | "morning" | "afternoon" | "evening" | "today" | "yesterday"
                    )
            }) && tokens.get(k + 1).is_some_and(|n| {
                    // (or a count: `intervened as hundreds of protesters stormed`)
                    matches!(
                        n.folded(),
                        "the"
                            | "a"
                            | "an"
                            | "he"
                            | "she"
                            | "it"
                            | "they"
                            | "we"
                            | "i"
                            | "you"
                            | "hundreds"
                            | "thousands"
                            | "dozens"
                            | "scores"
                            | "several"
                            | "many"
                    ) || n.folded().starts_with(|c: char| c.is_ascii_digit())
                        // (a name or its adjective: `did not intervene as Israeli
                        // bulldozers levelled farmland`)
                        || text[n.start..].starts_with(char::is_uppercase)
                        // (a plural with a past verb right after it: `as unions
                        // held a strike`)
                        || (n.folded().len() > 3
                            && n.folded().ends_with('s')
                            && !n.folded().ends_with("ss")
                            && tokens
                                .get(k + 2)
                                .is_some_and(|v| past_form(v.folded(), 3)))
                })
                // (in its clause: not `described as a breakthrough. Israel refused`)
                && (k + 2..tokens.len().min(k + 5))
                    .any(|j| clauses.get(j) == clauses.get(k) && verb(&tokens[j]))
        }
        _ => false,
    }
}

/// Whether token `k` opens an indirect question or a condition, which a cue before
/// it does not deny: `whether` or `if` (`it was not clear whether anyone was hurt in
/// the strike`, `will not withdraw if Hezbollah keeps its arms`), or a question word
/// after a word that asks, an adverb allowed between (`did not say who carried out
/// the strike`, `it is not immediately clear how many were killed`). `whether or
/// not` is one word of asking; `if not` is no cue ([`only_looks_negative`]).
fn question(tokens: &[Token], k: usize) -> bool {
    let w = tokens[k].folded();
    if w == "whether" {
        return true;
    }
    if w == "if" {
        // not `dozens if not hundreds`, `few, if any,`, `rarely if ever`, nor `as
        // if` (`did not behave as if they had withdrawn`)
        let next = tokens.get(k + 1).map_or("", Token::folded);
        return !matches!(next, "not" | "any" | "ever" | "anything")
            && (k == 0 || tokens[k - 1].folded() != "as");
    }
    let asks = |p: usize| ASKING.contains(&tokens[p].folded());
    QUESTION_WORDS.contains(&w)
        && k.checked_sub(1).is_some_and(|p| {
            asks(p)
                || (p > 0 && {
                    let a = tokens[p].folded();
                    (inner_adverb(a) || (a.len() > 4 && a.ends_with("ly"))) && asks(p - 1)
                })
        })
}

/// Whether the cue at token `i` is the object of a verb right before it in its
/// clause (`caused no casualties`, `has no plans`, `found no evidence`, and a
/// participle opening a phrase after a comma: `, wounding no one`): its noun
/// phrase is what it denies, and a setting after it is given.
fn object(text: &str, tokens: &[Token], clauses: &[u32], i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| {
        let w = tokens[p].folded();
        let participle = w.len() > 5
            && w.ends_with("ing")
            && p > 0
            && text[tokens[p - 1].end..tokens[p].start].contains(',');
        clauses.get(p) == clauses.get(i)
            && (tokens[p].class() & VERB_LIKE != 0
                || participle
                // pasts that are also other words, so not in the irregular table
                || matches!(w, "found" | "saw" | "left" | "made" | "took" | "gave" | "got"))
            // (`said no strikes in Beirut were reported`: a clause of its own; but
            // `reported no injuries among peacekeepers` has an object)
            && (!SAYING.contains(&w) || OBJECT_SAYING.contains(&w))
    })
}

/// Whether the past form at token `k` is a participle after a negated subject
/// (`No rockets fired from Lebanon hit Metula`, `None of the shells launched from
/// Lebanon landed near Shlomi`), not its verb (`No one died in the strike`): a
/// setting follows it, and then, within eight words on its clause with nothing but
/// spaces or a hyphen between, a verb (an auxiliary, a past form, `hit`): that
/// verb's token.
fn participle(text: &str, tokens: &[Token], clauses: &[u32], k: usize) -> Option<usize> {
    let word = |j: usize| tokens.get(j).map_or("", Token::folded);
    let w = word(k);
    if !past_form(w, 3) || BE.contains(&w) || matches!(w, "had" | "did") {
        return None;
    }
    if !(SETTING.contains(&word(k + 1)) || matches!(word(k + 1), "by" | "on")) {
        return None;
    }
    let own = clauses.get(k);
    for j in k + 2..tokens.len().min(k + 10) {
        let between = &text[tokens[j - 1].end..tokens[j].start];
        if clauses.get(j) != own
            || !(between.trim().is_empty() || super::numbers::is_hyphen_gap(between))
        {
            return None;
        }
        // (not past a conjunction or a cue: `No rockets landed in Shtula and no
        // sirens sounded`)
        if matches!(
            word(j),
            "and" | "or" | "but" | "nor" | "while" | "as" | "that" | "which"
        ) || tokens[j].class() & (NEGATING | DENYING) != 0
        {
            return None;
        }
        if tokens[j].class() & VERB_LIKE != 0 || matches!(word(j), "hit" | "hits") {
            return Some(j);
        }
    }
    None
}

/// Words of a threat or a vow before `to`: the act after it is not done
/// (`threatened to strike`, `vowed to retaliate`).
const THREATS: &[&str] = &[
    "threatened",
    "threatens",
    "threatening",
    "vowed",
    "vows",
    "vowing",
    "pledged",
    "pledges",
    "promised",
    "promises",
];

/// The guesses and threats of a text, in text order, as the token that opens
/// each and its `have` or `to`: `may`, `might`, `could` before `have` (`may have
/// caused`), and a word of [`THREATS`] before
/// `to` (`threatened to strike`), perhaps with its time or an adverb between
/// (`threatened on Tuesday to call a strike`, `vowed again to retaliate`). What
/// follows is not told as done. So is what follows `would` in a sentence with a
/// condition (`would halt strikes if Hezbollah disarms`, `If talks fail, Israel
/// would resume strikes`), and so do `could` and `might` (`could lose their
/// status too if outbreaks are not brought under control`); an `if` after a word
/// that asks is a question, no condition (`could save the building, but it was
/// unclear if anyone was inside`): a consequence supposed, its own end. (Not `could`
/// without a condition, which tells an ability as often: `could evacuate at most
/// five patients`.)
pub fn guesses(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    // (the sentence around token `k`: no `.`, `!` or `?` between)
    let breaks = |a: usize, b: usize| {
        text.get(tokens[a].end..tokens[b].start)
            .is_none_or(|g| g.contains(['.', '!', '?']))
    };
    // (an `if` after a word that asks is a question, no condition: `it was
    // unclear if anyone was inside`)
    let condition = |j: usize| {
        word(j) == "unless" || (word(j) == "if" && !(j > 0 && ASKING.contains(&word(j - 1))))
    };
    let conditional = |k: usize| {
        let back = (k.saturating_sub(20)..k)
            .rev()
            .take_while(|&j| !breaks(j, j + 1))
            .any(condition);
        let ahead = (k + 1..tokens.len().min(k + 20))
            .take_while(|&j| !breaks(j - 1, j))
            .any(condition);
        back || ahead
    };
    // (not a relative clause's `would`: `the reform, which would extend the
    // working day`)
    let possible = |k: usize| {
        matches!(word(k), "would" | "could" | "might")
            && !matches!(word(k + 1), "have" | "not" | "")
            && !(k > 0 && matches!(word(k - 1), "which" | "that" | "who"))
            && conditional(k)
    };
    let between = |w: &str| {
        matches!(
            w,
            "on" | "again"
                | "also"
                | "publicly"
                | "repeatedly"
                | "today"
                | "yesterday"
                | "tonight"
                | "last"
                | "earlier"
                | "week"
                | "night"
        ) || WEEKDAYS_MONTHS[..7].contains(&w) // (its first seven: the weekdays)
    };
    let threat_to = |k: usize| {
        if !THREATS.contains(&word(k)) {
            return None;
        }
        (k + 1..k + 4)
            .find(|&j| !between(word(j)))
            .filter(|&j| word(j) == "to")
    };
    (0..tokens.len())
        .filter_map(|k| {
            let guess = matches!(word(k), "may" | "might" | "could") && word(k + 1) == "have";
            (guess.then_some(k + 1))
                .or_else(|| threat_to(k))
                .or_else(|| possible(k).then_some(k))
                .map(|end| (k, end))
        })
        .collect()
}

/// Verbs of saying that take a noun as their object before `no` (`UNIFIL reported
/// no injuries`, `the army confirmed no casualties`), unlike `said no`.
const OBJECT_SAYING: &[&str] = &[
    "reported",
    "announced",
    "confirmed",
    "confirm",
    "disclosed",
    "disclose",
    "specified",
    "specify",
];

/// Whether token `k` begins a named or determined noun phrase (`the`, `a`, a
/// possessive pronoun, a capital or a digit): after `to`, a place or a
/// participant (`no damage to the UNIFIL base`, `no aid was sent to Gaza`), not a
/// verb (`no plans to withdraw`).
fn names_next(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        matches!(
            t.folded(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that"
        ) || text[t.start..]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// The yes-or-no questions and conditions of a text, as token ranges: from the
/// word after each `whether` or `if` ([`question`]) to the end of its clause. What
/// a fact says happened is not told there, only asked or supposed (`it was not clear
/// whether anyone was killed`, `officials are investigating whether the strike
/// killed civilians`, `Israel will strike if Hezbollah fires`). A question word
/// asks only about the act's details, and takes the act as told (`did not say who
/// fired the rockets`), unless a modal tells the act as only ahead (`did not say
/// how many jobs would be cut`).
pub fn questions(text: &str, tokens: &[Token], clauses: &[u32]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for k in 0..tokens.len() {
        // (a question word's clause with a modal asks of the act itself: `did not
        // say how many jobs would be cut`, told neither way)
        // (its own modal, within five words and before a clause of its own: not
        // `who attacked the guard or whether arrests would follow`, `which unit
        // fired the shell that would later kill`)
        let modal_question = || {
            // (not `when`: `It is not clear when the envoys will resume` tells
            // the resuming, as PRODUCT.md reads it)
            !matches!(tokens[k].folded(), "whether" | "if")
                && question(tokens, k)
                && (k + 1..(k + 6).min(tokens.len()))
                    .take_while(|&j| {
                        clauses.get(j) == clauses.get(k)
                            && !matches!(
                                tokens[j].folded(),
                                "that" | "which" | "who" | "or" | "and" | "whether" | "whose"
                            )
                    })
                    .any(|j| matches!(tokens[j].folded(), "would" | "will" | "could" | "might"))
        };
        // (a condition told by inversion, opening its sentence: `Should a formal
        // offer be made, the board would consider it`, `Were the deal to collapse,
        // …`, `Had the bid succeeded, …`)
        let inverted = || {
            matches!(tokens[k].folded(), "should" | "were" | "had")
                && text[tokens[k].start..].starts_with(char::is_uppercase)
                && (k == 0
                    || text[tokens[k - 1].end..tokens[k].start].contains(['.', '\n', '!', '?']))
                && tokens.get(k + 1).is_some_and(|n| {
                    matches!(
                        n.folded(),
                        "the"
                            | "a"
                            | "an"
                            | "any"
                            | "its"
                            | "their"
                            | "he"
                            | "she"
                            | "it"
                            | "they"
                            | "we"
                    ) || text[n.start..].starts_with(char::is_uppercase)
                })
                && (k + 2..(k + 10).min(tokens.len()))
                    .any(|j| text[tokens[j - 1].end..tokens[j].start].contains(','))
        };
        // (most words are neither: a capital `S`, `W` or `H`, or a word that stops a
        // reach, looked at first)
        let stop = tokens[k].class() & REACH_STOP != 0;
        if !stop && !text[tokens[k].start..].starts_with(['S', 'W', 'H']) {
            continue;
        }
        if !(stop
            && ((matches!(tokens[k].folded(), "whether" | "if") && question(tokens, k))
                || awaited(tokens, clauses, k)
                || modal_question()))
            && !inverted()
            || out.last().is_some_and(|q| q.1 > k)
        {
            continue;
        }
        let own = clauses.get(k);
        // (to the end of its clause, or a subordinating word or a clause of time:
        // `whether anyone was hurt after its jets struck Jbaa`, `whether anyone was
        // killed when the shell hit Jibchit` ask of the hurt, not of the strike)
        let end = (k + 1..tokens.len())
            .find(|&j| {
                clauses.get(j) != own
                    || SUBORDINATORS.contains(&tokens[j].folded())
                    || when_clause(text, tokens, clauses, j)
            })
            .unwrap_or(tokens.len());
        if end > k + 1 {
            out.push((k + 1, end));
        }
    }
    out
}

/// Verbs of telling someone, besides [`SAYING`]'s `told`: their object is not what
/// was said (`Aoun informed the envoy that the request had been rejected`).
const TELLING: &[&str] = &[
    "informed",
    "assured",
    "reassured",
    "briefed",
    "explained",
    "warned",
];

/// Whether token `k` is `until`, `unless` or `before` opening a clause whose verb
/// is in the present (`until Israel withdraws`, `unless the army deploys`, `before
/// the cabinet has approved`) or the future: an act awaited, not told. A past form
/// among its first words (`until the ceasefire took effect`, `before Israeli
/// troops withdrew`) tells it.
fn awaited(tokens: &[Token], clauses: &[u32], k: usize) -> bool {
    if !matches!(tokens[k].folded(), "until" | "unless" | "before") {
        return false;
    }
    let own = clauses.get(k);
    let mut present = false;
    // (after `would not` or `will not` in its clause, a past perfect is still
    // ahead: `would not withdraw a single soldier until Ostrelian forces had
    // pulled back`; not `the breach, which went undetected until investigators
    // had traced it`, nor `he would later say that he stayed until the shelling
    // had stopped`)
    // (a stated intent, after a saying: `said on Saturday that Marvenia would
    // not withdraw`; not a narrative past, `The team would not concede a goal
    // until Smith had been sent off`)
    let ahead = || {
        (k.saturating_sub(12)..k).any(|j| {
            matches!(tokens[j].folded(), "would" | "will")
                && matches!(tokens.get(j + 1).map_or("", Token::folded), "not" | "never")
                && (j.saturating_sub(10)..j).any(|i| {
                    SAYING.contains(&tokens[i].folded())
                        || matches!(
                            tokens[i].folded(),
                            "vowed" | "pledged" | "warned" | "threatened" | "promised" | "insists"
                        )
                })
                && (j..k)
                    .all(|i| clauses.get(i) == clauses.get(k) || clauses.get(i) == clauses.get(j))
                && !(j + 1..k)
                    .any(|i| SAYING.contains(&tokens[i].folded()) || tokens[i].folded() == "that")
        })
    };
    for j in k + 1..tokens.len().min(k + 8) {
        if clauses.get(j) != own {
            break;
        }
        let w = tokens[j].folded();
        if w == "had" && ahead() {
            return true;
        }
        if past_form(w, 3) || matches!(w, "was" | "were" | "had" | "did") {
            return false;
        }
        let determiner = matches!(tokens[j - 1].folded(), "the" | "a" | "an" | "its" | "their");
        present |= matches!(w, "is" | "are" | "has" | "have" | "does" | "will")
            || (j > k + 1
                && !determiner
                && w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("'s"));
    }
    present
}

/// Whether cue `c` is a past `not` (or `failed to`) whose reach ends at `until`
/// and a time (`did not reach the village until Tuesday`, `wasn't found until late
/// Monday`, `had not arrived until after the vote`, `failed to disclose the
/// footage until the second week`), or a clause in the past (`did not release
/// the figures until the talks ended`), or a schedule's present (`does not open
/// until March 28`): the act is told, then, not denied. Not
/// `will not` nor `would not` (`will not withdraw until March`: awaited), nor
/// `until now`, nor a clause in the present (`until Israel withdraws`).
fn late_not_never(text: &str, tokens: &[Token], clauses: &[u32], c: &Cue) -> bool {
    // (and a schedule's present, `does not open until March 28`)
    const PAST: &[&str] = &["did", "was", "were", "had", "could", "does", "do"];
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let cue = &tokens[c.first];
    let past = if cue.contraction {
        PAST.iter().any(|p| cue.folded().starts_with(p))
    } else if cue.folded() == "failed" {
        // `failed to disclose the footage until the second week` (its `to` is
        // the cue's second word)
        true
    } else {
        matches!(cue.folded(), "not" | "never") && c.first > 0 && PAST.contains(&word(c.first - 1))
    };
    // (a schedule told of the act, `is not expected to open until late 2027`,
    // `was not due to report until March`: the act is awaited then)
    let scheduled = cue.folded() == "not"
        && c.first > 0
        && matches!(word(c.first - 1), "is" | "are" | "was" | "were")
        && matches!(
            word(c.first + 1),
            "expected" | "due" | "scheduled" | "set" | "slated" | "likely"
        )
        && word(c.first + 2) == "to"
        // (an act at a time, not a state lasting until it: not `is not expected
        // to hold until March`)
        && !matches!(
            word(c.first + 3),
            "hold"
                | "last"
                | "remain"
                | "stay"
                | "survive"
                | "continue"
                | "serve"
                | "keep"
                | "run"
                | "persist"
                | "endure"
                | "extend"
                | "be"
        );
    let time = |w: &str| {
        w.starts_with(|ch: char| ch.is_ascii_digit())
            || WEEKDAYS_MONTHS.contains(&w)
            || matches!(
                w,
                "late"
                    | "early"
                    | "mid"
                    | "after"
                    | "last"
                    | "dawn"
                    | "midnight"
                    | "nightfall"
                    | "yesterday"
            )
    };
    let next = |k: usize| {
        time(word(k))
            || (word(k) == "the"
                && matches!(
                    word(k + 1),
                    "next"
                        | "following"
                        | "end"
                        | "morning"
                        | "evening"
                        | "afternoon"
                        | "first"
                        | "second"
                        | "third"
                        | "fourth"
                        | "final"
                ))
    };
    let until = c.reach_end;
    let past_clause = || {
        (until + 1..tokens.len().min(until + 8))
            .take_while(|&j| clauses.get(j) == clauses.get(until))
            .any(|j| past_form(word(j), 3))
    };
    // (in the cue's sentence: a reach may run to the text's end)
    let same_sentence = || {
        tokens.get(until).is_some_and(|u| {
            !text[tokens[c.first].end..u.start].contains(['.', '!', '?', ';', '\n'])
        })
    };
    // (the `until` of a plan's own verb between, one that lasts until a time:
    // `did not oppose a request to delay sentencing until July` denies the
    // opposing; not `did not confirm its decision to strike until Thursday`)
    let planned = || {
        (c.end + 1..until).any(|k| {
            word(k) == "to"
                && matches!(
                    word(k + 1),
                    "delay"
                        | "postpone"
                        | "defer"
                        | "extend"
                        | "adjourn"
                        | "suspend"
                        | "pause"
                        | "halt"
                        | "freeze"
                        | "keep"
                        | "hold"
                        | "stay"
                        | "remain"
                )
                && matches!(
                    word(k - 1),
                    "request"
                        | "requests"
                        | "plan"
                        | "plans"
                        | "decision"
                        | "bid"
                        | "move"
                        | "order"
                        | "call"
                        | "calls"
                        | "motion"
                        | "proposal"
                        | "attempt"
                        | "offer"
                        | "effort"
                        | "vote"
                )
        })
    };
    let failed = cue.folded() == "failed";
    // (a schedule's present waits for a time only, not a condition, `does not
    // disarm until a state is established`, nor `until after`; and not an
    // imperative, `Do not return until Monday`)
    let present = if cue.contraction {
        cue.folded().starts_with("do")
    } else {
        c.first > 0 && matches!(word(c.first - 1), "does" | "do")
    };
    let opener = if cue.contraction {
        c.first
    } else {
        c.first.saturating_sub(1)
    };
    let imperative = present && (opener == 0 || sentence_after(text, tokens, opener - 1));
    let when = if present {
        next(until + 1) && word(until + 1) != "after" && !imperative
    } else if scheduled {
        // (the cue's own `until`, in its clause, no participle between: not
        // `approve funding running until March`; and not `until after`, a bound)
        next(until + 1)
            && word(until + 1) != "after"
            && clauses.get(c.first) == clauses.get(until)
            && !(c.end + 2..until).any(|k| {
                let w = word(k);
                w.len() > 4 && w.ends_with("ing") || matches!(w, "which" | "that" | "who")
            })
    } else {
        next(until + 1) || past_clause()
    };
    // (nor the `until` of another's act after a comma: `was not unanimous, the
    // Review understands, with one member arguing for a hold until the next
    // meeting`)
    let another = (c.end + 1..until).any(|k| {
        let w = word(k);
        (w.len() > 5 && w.ends_with("ing") || w == "with")
            && (c.end + 1..=k).any(|j| text[tokens[j - 1].end..tokens[j].start].contains(','))
    });
    (past || scheduled)
        && !another
        && c.end == c.first + 1 + usize::from(failed)
        && word(until) == "until"
        && !matches!(word(until + 1), "now" | "then" | "recently")
        && same_sentence()
        && when
        && !planned()
}

/// The participle of a passive whose agent, at token `k`, is none (`has so far been
/// accepted by neither side`, `was signed by no one`, `backed by none of the
/// factions`, `by no member state`; not `by no small margin`): the cue at `k` denies
/// that act, reaching back to the participle.
fn by_none(tokens: &[Token], clauses: &[u32], k: usize) -> Option<usize> {
    let word = |i: usize| tokens.get(i).map_or("", Token::folded);
    if k < 2 || word(k - 1) != "by" {
        return None;
    }
    let none = match word(k) {
        "neither" | "none" | "nobody" => true,
        "no" => matches!(
            word(k + 1),
            "one"
                | "side"
                | "party"
                | "parties"
                | "country"
                | "countries"
                | "member"
                | "members"
                | "state"
                | "states"
                | "government"
                | "governments"
                | "faction"
                | "factions"
                | "group"
                | "groups"
                | "court"
                | "judge"
                | "official"
                | "officials"
                | "leader"
                | "leaders"
        ),
        _ => false,
    };
    if !none {
        return None;
    }
    let mut v = k - 2;
    if inner_adverb(word(v)) && v > 0 {
        v -= 1;
    }
    (past_form(word(v), 3) && after_be(tokens, clauses, v)).then_some(v)
}

/// The thing a form of `deny` withholds, when its object is one (`denied entry`,
/// `denied him bail`, `denied Arsenal victory`): its token, after at most two
/// capitalised words, pronouns or articles, its phrase ending there (a stop, or a
/// preposition or conjunction after it). The caller cuts the cue's reach after it
/// and clears its passive: the one it is kept from is given.
fn withheld(text: &str, tokens: &[Token], c: &Cue) -> Option<usize> {
    if c.end != c.first + 1 || !DENY.contains(&tokens[c.first].folded()) {
        return None;
    }
    (c.end..tokens.len().min(c.end + 3))
        .take_while(|&k| !text[tokens[k - 1].end..tokens[k].start].contains([',', ';']))
        .find(|&k| {
            matches!(
                tokens[k].folded(),
                "entry"
                    | "access"
                    | "bail"
                    | "parole"
                    | "visa"
                    | "visas"
                    | "permission"
                    | "permit"
                    | "permits"
                    | "passage"
                    | "asylum"
                    | "victory"
                    | "win"
                    | "admission"
                    | "clemency"
            ) && (c.end..k).all(|j| {
                text[tokens[j].start..].starts_with(char::is_uppercase)
                    || matches!(
                        tokens[j].folded(),
                        "him" | "her" | "them" | "us" | "it" | "a" | "an" | "the"
                    )
            })
                // (the thing itself, its phrase ending there: not what opens a
                // reported clause, `denied permission had been granted`, `denied
                // asylum seekers were deported`)
                && tokens.get(k + 1).is_none_or(|n| {
                    text[tokens[k].end..n.start].contains([',', ';', '.', ':', '('])
                        || matches!(
                            n.folded(),
                            "to" | "at" | "in" | "on" | "for" | "from" | "into" | "after" | "as"
                                | "over" | "by" | "and" | "but" | "until" | "despite" | "because"
                                | "since" | "while" | "when" | "with" | "without"
                        )
                })
        })
}

/// Whether the cue at token `i` follows `there` and a form of `be` (`there was no`,
/// `there has been no`, `there were still no`): nothing is its verb but `be`, so
/// a setting after it (`from the strike`) is not what it denies.
fn existential(tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    let mut be = false;
    while j > 0 && i - j < 4 {
        j -= 1;
        match tokens[j].folded() {
            "there" => return be,
            "still" | "also" | "yet" | "has" | "have" | "had" | "will" | "would" => {}
            w if BE.contains(&w) => be = true,
            _ => return false,
        }
    }
    false
}

/// Verbs whose negation says only that someone did not answer (`did not immediately
/// comment on the strike`, `has yet to respond to`) or did not tell (`without
/// mentioning Kfarkela`, `did not identify the dead`): what they are about is not
/// what the cue denies.
const RESPONSES: &[&str] = &[
    "comment",
    "comments",
    "commented",
    "commenting",
    "respond",
    "responds",
    "responded",
    "responding",
    "react",
    "reacts",
    "reacted",
    "reacting",
    "reply",
    "replies",
    "replied",
    "replying",
    "elaborate",
    "elaborated",
    "elaborating",
    "mention",
    "mentions",
    "mentioned",
    "mentioning",
    "specify",
    "specified",
    "specifying",
    "identify",
    "identified",
    "identifying",
    "disclose",
    "disclosed",
    "disclosing",
    // (`Hezbollah did not immediately confirm his death`: not confirmed is not
    // denied)
    "confirm",
    "confirms",
    "confirmed",
    "confirming",
    // (`Reuters could not independently verify reports that …`: the report stands
    // unchecked, not denied)
    "verify",
    "verified",
    "verifying",
    // (`refused to be drawn on reports that …`: no answer given; only before
    // `on`, [`is_response`])
    "drawn",
    "corroborate",
    "corroborated",
    "corroborating",
];

/// Whether token `k` is a verb of [`RESPONSES`]: `drawn` only before `on`
/// (`refused to be drawn on reports that`; not `drawn into the war`, `drawn up`).
fn is_response(tokens: &[Token], k: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    RESPONSES.contains(&word(k)) && (word(k) != "drawn" || word(k + 1) == "on")
}

/// Nouns of an answer: `no` before one (`there was no immediate comment on the
/// strike`, `the army gave no details of the raid`, `no claim of responsibility for
/// the attack`) negates the answer, not what it is about.
const RESPONSE_NOUNS: &[&str] = &[
    "toll",
    "tolls",
    "figures",
    "breakdown",
    "reason",
    "comment",
    "comments",
    "details",
    "detail",
    "information",
    "response",
    "reaction",
    "explanation",
    "claim",
];

/// Words between `no` and an answer noun (`no immediate comment`, `no further
/// details`, `no Israeli response`).
const RESPONSE_ADJECTIVES: &[&str] = &[
    "immediate",
    "further",
    "official",
    "public",
    "more",
    "additional",
    "other",
    "israeli",
    "lebanese",
    "death",
    "casualty",
    "exact",
];

/// Where the cue `c` reaches its last word when what it negates is an answer: a
/// verb of [`RESPONSES`] after auxiliaries and adverbs (`did not immediately
/// comment`, `has not yet responded`, `refused to comment`), a claim of
/// responsibility (`no one claimed responsibility for`, `did not claim the
/// attack`), a verb of doubt ([`DOUBTING`]: `No one disputes that`), `reached`
/// or `contacted` `for comment`, or after `no` a noun of [`RESPONSE_NOUNS`];
/// unless `with` or `by` follows it in its clause. After `without`, the noun of
/// an outcome ([`outcome_after`]: `ended without progress on how …` denies the
/// progress, not what it was about).
fn response(text: &str, tokens: &[Token], clauses: &[u32], c: &Cue) -> Option<usize> {
    let own = clauses.get(c.first);
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    // `without` an outcome reaches the outcome only
    if word(c.first) == "without"
        && let Some(noun) = outcome_after(text, tokens, c.first)
    {
        return Some(noun);
    }
    let in_verb =
        |w: &str| BE.contains(&w) || matches!(w, "have" | "has" | "had" | "to") || inner_adverb(w);
    // `claimed responsibility for the attack`, `has claimed the attack`
    let claims = |k: usize| {
        matches!(word(k), "claim" | "claims" | "claimed" | "claiming")
            && matches!(word(k + 1), "responsibility" | "the" | "a" | "an" | "any")
    };
    let first = |from: usize, skip: &dyn Fn(&str) -> bool| {
        (from..tokens.len().min(from + 4))
            .filter(|&k| clauses.get(k) == own)
            .find(|&k| !skip(word(k)))
    };
    let answer = if matches!(word(c.first), "neither" | "nor") && c.end == c.first + 1 {
        // `Neither Hezbollah nor the army commented on the strike`: the verb after
        // the subjects, auxiliaries passed over (`would comment`, `has commented`)
        (c.end..tokens.len().min(c.end + 10))
            .take_while(|&k| clauses.get(k) == own)
            .filter(|&k| !AUXILIARIES.contains(&word(k)) && !in_verb(word(k)))
            .find(|&k| {
                is_response(tokens, k)
                    || claims(k)
                    || tokens[k].class() & VERB_LIKE != 0
                    || confirm_nor_deny(tokens, k)
            })
            .and_then(|k| {
                // (`Neither Israel nor the army denied the strike`: `nor` and
                // `denied` cancel, and `neither` reaches no further)
                if is_response(tokens, k)
                    || claims(k)
                    || DENY.contains(&word(k))
                    // (`neither denied nor confirmed the strike`)
                    || (word(c.first) == "nor" && word(k).starts_with("confirm"))
                {
                    Some(k)
                } else {
                    // `neither confirmed nor denied the strike`: no answer either way
                    confirm_nor_deny(tokens, k).then_some(k + 2)
                }
            })
            .or_else(|| {
                (word(c.first) == "nor" && c.first > 0 && confirm_nor_deny(tokens, c.first - 1))
                    .then_some(c.first + 1)
            })
    } else if word(c.first) == "no" && c.end == c.first + 1 {
        // `no` before an answer noun, or a negated subject's verb (`no group has
        // claimed the attack`)
        let k = first(c.end, &|w| RESPONSE_ADJECTIVES.contains(&w))?;
        // (not `no reason to strike`, `no claim to the land`)
        let noun = RESPONSE_NOUNS.contains(&word(k))
            && (word(k) != "claim" || word(k + 1) == "of")
            && (word(k) != "reason" || word(k + 1) != "to");
        if noun {
            Some(k)
        } else {
            first(k + 1, &in_verb).filter(|&v| claims(v))
        }
    } else {
        let verb = first(c.end, &in_verb);
        // (`failed to stop the bulldozing`: `stop` before its object)
        let stops = |k: usize| {
            matches!(word(k), "stop" | "stopped")
                && matches!(word(k + 1), "the" | "a" | "an" | "its" | "their")
        };
        // (`could not be reached for comment on the collapse`)
        let reached = |k: usize| {
            matches!(word(k), "reached" | "contacted")
                && word(k + 1) == "for"
                && word(k + 2) == "comment"
        };
        verb.filter(|&k| {
            is_response(tokens, k)
                || claims(k)
                || PREVENTING.contains(&word(k))
                || DOUBTING.contains(&word(k))
                || stops(k)
                || reached(k)
        })
        .or_else(|| verb.and_then(|k| answer_object(tokens, clauses, k)))
        .or_else(|| {
            // `denied responsibility for the attack`, `denied any involvement
            // in the rocket fire`: the part is denied, the act taken as told
            // (`denied playing any role in`, `denied taking part in`)
            DENY.contains(&word(c.first))
                .then(|| {
                    first(c.end, &|w| {
                        matches!(
                            w,
                            "any"
                                | "all"
                                | "direct"
                                | "its"
                                | "their"
                                | "a"
                                | "playing"
                                | "taking"
                                | "having"
                                | "bearing"
                        )
                    })
                })
                .flatten()
                .filter(|&k| PARTS.contains(&word(k)))
        })
    }?;
    // `did not respond to the rockets with strikes on Tyre` denies the strikes:
    // an answer given `with` a plural (`with strikes`, not `with a statement`) or
    // `by` doing something (`by shelling`, not `by Monday evening`) is an act
    let act = (answer + 1..tokens.len().min(answer + 16)).any(|j| {
        clauses.get(j) == own
            && match word(j) {
                "with" => (j + 1..j + 4)
                    .map(word)
                    .any(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")),
                "by" => word(j + 1).len() > 5 && word(j + 1).ends_with("ing"),
                _ => false,
            }
    });
    (!act).then_some(answer)
}

/// Verbs whose negation takes their object as told (`failed to prevent the
/// strike`, `did not avert the attack`): the act happened, only not stopped.
const PREVENTING: &[&str] = &["prevent", "prevented", "avert", "averted"];

/// Verbs of doubt whose negation takes what follows as told (`No one disputes that
/// Rayner sought legal advice`, `did not question the toll`).
const DOUBTING: &[&str] = &[
    "dispute",
    "disputes",
    "disputed",
    "doubt",
    "doubts",
    "doubted",
    "question",
    "questioned",
];

/// Whether a folded word is a noun of a part in an act ([`PARTS`]:
/// `responsibility`, `involvement`, `role`, …).
pub fn part_in_act(w: &str) -> bool {
    PARTS.contains(&w)
}

/// Nouns of a part in an act, after a form of `deny` (`denied responsibility for
/// the attack`, `denies any role in the strike`).
const PARTS: &[&str] = &[
    "responsibility",
    "involvement",
    "role",
    "link",
    "links",
    "connection",
    "part",
];

/// Verbs that give an answer as their object (`did not give a toll for the
/// strike`, `did not specify the target of the raid`).
const GIVING: &[&str] = &[
    "give",
    "gave",
    "given",
    "provide",
    "provided",
    "offer",
    "offered",
    "confirm",
    "confirmed",
    "specify",
    "specified",
    "disclose",
    "disclosed",
    "release",
    "released",
    "reveal",
    "revealed",
    "publish",
    "published",
    "identify",
    "giving",
    "providing",
    "offering",
    "confirming",
    "specifying",
    "disclosing",
    "releasing",
    "revealing",
    "publishing",
    "identifying",
];

/// Nouns of such an answer: what the act it is about was (`the death toll from
/// the strike`, `the target of the raid`, `the identity of those killed`).
const ANSWER_OBJECTS: &[&str] = &[
    "toll",
    "tolls",
    "figure",
    "figures",
    "breakdown",
    "details",
    "detail",
    "target",
    "targets",
    "identity",
    "identities",
    "name",
    "names",
    "reason",
    "cause",
    "information",
    "timeline",
];

/// The answer noun of a verb of [`GIVING`] at token `k`: a determiner and up to
/// three modifiers may stand between (`the exact death toll`, `any casualty
/// figures`), and what the noun is about follows it (`of`, `for`, `from`, `on`,
/// `in`) or its clause ends.
fn answer_object(tokens: &[Token], clauses: &[u32], k: usize) -> Option<usize> {
    let word = |j: usize| tokens.get(j).map_or("", Token::folded);
    if !GIVING.contains(&word(k)) {
        return None;
    }
    let own = clauses.get(k);
    let mut j = k + 1;
    if matches!(word(j), "a" | "an" | "the" | "any" | "its" | "their") {
        j += 1;
    }
    let noun = (j..j + 4)
        .take_while(|&n| clauses.get(n) == own && !SUBORDINATORS.contains(&word(n)))
        .find(|&n| ANSWER_OBJECTS.contains(&word(n)))?;
    let about = matches!(
        word(noun + 1),
        "of" | "for" | "from" | "on" | "in" | "behind" | "about"
    ) || clauses.get(noun + 1) != own;
    about.then_some(noun)
}

/// Whether tokens `k`, `k + 1` and `k + 2` are a form of `confirm`, `nor` and a
/// form of `deny` (`neither confirmed nor denied`): an answer not given, which
/// neither cue makes a denial of what follows.
fn confirm_nor_deny(tokens: &[Token], k: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    word(k).starts_with("confirm") && word(k + 1) == "nor" && DENY.contains(&word(k + 2))
}

/// Words after which a question word asks (`not clear who`, `did not say how`).
const ASKING: &[&str] = &[
    "clear",
    "known",
    "unknown",
    "unclear",
    "sure",
    "certain",
    "say",
    "said",
    "says",
    "know",
    "knew",
    "specify",
    "specified",
    "explain",
    "explained",
    "decide",
    "decided",
    "ask",
    "asked",
    "announce",
    "announced",
    "disclose",
    "disclosed",
    "reveal",
    "revealed",
    "tell",
    "told",
    "indicate",
    "indicated",
    "confirm",
    "confirmed",
    "determine",
    "determined",
    "about",
    "knows",
    "tells",
    "asks",
    "wonder",
    "wonders",
    "wondered",
    "explains",
    "investigate",
    "investigating",
    "investigated",
];

/// Verbs that deny what another said, besides [`DENY`]'s, for [`denials_after`].
const DISPUTING: &[&str] = &[
    "disputes",
    "disputed",
    "dismisses",
    "dismissed",
    "refutes",
    "refuted",
    "contests",
    "contested",
];

/// Nouns of what someone said, which an aside after a clause names it by (`, a
/// claim Kyiv denied`, `, allegations he denies`).
const ASIDE_SAID: &[&str] = &[
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "charge",
    "charges",
    "account",
    "version",
    "assertion",
    "assertions",
];

/// The nouns of a figure that open a denial aside as [`ASIDE_SAID`]'s do, only
/// after a number (`, a figure the union disputed`, `, a toll Israel rejects`; not
/// `Tony Blair, a figure many Palestinians reject`).
const NUMERIC_SAID: &[&str] = &[
    "figure",
    "figures",
    "estimate",
    "estimates",
    "toll",
    "tally",
];

/// Whether `w` is a noun of [`ASIDE_SAID`] or [`NUMERIC_SAID`].
fn aside_said(w: &str) -> bool {
    ASIDE_SAID.contains(&w) || NUMERIC_SAID.contains(&w)
}

/// Words between an aside's subject and its denial (`which Moscow has repeatedly
/// denied`, `a claim Hamas strongly rejects`).
fn denial_between(w: &str) -> bool {
    matches!(
        w,
        "has" | "have" | "had" | "does" | "do" | "did" | "also" | "later" | "since" | "always"
    ) || inner_adverb(w)
}

/// The asides that deny what the clause before them tells, each as its first token
/// and its verb: `, a claim Kyiv denied`, `, which the terror group denies`,
/// `, allegations he rejects`, `— an account Israeli officials dispute`. The aside
/// opens after a comma or a dash with `which` or a noun of [`aside_said`] (after `a`/`an`,
/// or a plural alone), has a subject of one to five words with no verb, and ends
/// with the verb (a form of [`DENY`] or [`DISPUTING`]), taking no object: the end
/// of the sentence, a mark, or a setting follows (`a claim Kyiv denied on
/// Monday`). Not a denial negated (`a claim Moscow did not deny`), nor one with
/// an object (`, which Israel denied carrying out`). Each is given as the first
/// token of the report it denies (after the last verb of saying or accusing
/// before it in its sentence, else the sentence's first), the aside's first
/// token, its verb and [`DENIED`]. The report stands, and so does the denial: the
/// sentence is evidence both ways (`judge`). Also each report taken back after
/// it by [`retraction`], marked [`RETRACTED`]: that report no longer stands.
pub fn denials_after(text: &str, tokens: &[Token]) -> Vec<[usize; 4]> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let gap = |a: usize, b: usize| text.get(tokens[a].end..tokens[b].start).unwrap_or("");
    let mut out = Vec::new();
    for (v, t) in tokens.iter().enumerate() {
        let w = t.folded();
        if w == "but" {
            out.extend(plan_called_off(text, tokens, v));
            continue;
        }
        // (most words start with none of these: passed over by their first two
        // letters)
        if w.len() >= 4
            && matches!(
                w.as_bytes()[..2],
                [b'r', b'e' | b'o']
                    | [b'w', b'i' | b'a']
                    | [b'c', b'o']
                    | [b't', b'o' | b'a']
                    | [b'b', b'a']
            )
            && let Some(r) = retraction(text, tokens, v)
        {
            out.push(r);
            continue;
        }
        let disputing =
            || matches!(w.as_bytes().first(), Some(b'd' | b'r' | b'c')) && DISPUTING.contains(&w);
        let calls = || matches!(w, "called" | "branded" | "labelled" | "labeled");
        // (`The armed forces command dismissed the reports on Monday as "pure
        // fabrication"`: a sentence's denial only)
        let dismissed = || matches!(w, "dismissed" | "dismisses");
        if t.class() & DENYING == 0 && !disputing() && !calls() && !dismissed() {
            continue;
        }
        if let Some(that) = claim_denied_at(text, tokens, v) {
            out.push([that + 1, v, that - 1, DENIED_BESIDE]);
            continue;
        }
        // (the report is the sentence from its start, the claim's owner with it:
        // `Hamas's claims that its fighters killed 10 soldiers were rejected by
        // Israel` for a fact that names Hamas)
        if claim_denied_before(text, tokens, v) {
            let agent = (v + 2).min(tokens.len() - 1);
            out.push([sentence_start(text, tokens, v), v, agent, DENIED]);
            continue;
        }
        if let Some([report, first, v]) = sentence_denial(text, tokens, v) {
            out.push([report, first, v, DENIED]);
            continue;
        }
        if calls() {
            continue;
        }
        // no object after it
        let ends = tokens.get(v + 1).is_none_or(|_| {
            gap(v, v + 1).contains(['.', ',', ';', ':', '!', '?', ')', '—', '–'])
                || matches!(
                    word(v + 1),
                    "on" | "in"
                        | "at"
                        | "as"
                        | "last"
                        | "earlier"
                        | "this"
                        | "yesterday"
                        | "outright"
                        | "and"
                        | "but"
                )
        });
        if !ends || v == 0 {
            continue;
        }
        let mut k = v;
        while k > 0 && denial_between(word(k - 1)) && gap(k - 1, k).trim().is_empty() {
            k -= 1;
        }
        // the subject: one to five words on the same clause, no verb, no negation
        let mut opener = None;
        for j in (k.saturating_sub(6)..k).rev() {
            if !gap(j, j + 1).trim().is_empty() {
                break;
            }
            let x = word(j);
            if j + 1 < k && (x == "which" || aside_said(x)) {
                opener = Some(j);
                break;
            }
            // (`a claim that Kyiv denied`)
            if x == "that" && j > 0 && aside_said(word(j - 1)) {
                continue;
            }
            // (a participle with its agent: `a claim that residents reached by
            // AFP disputed`)
            let agent = past_form(x, 3) && word(j + 1) == "by" && j + 2 < k;
            if !(subject_word(&tokens[j]) || agent) || x == "that" {
                break;
            }
        }
        let Some(o) = opener else { continue };
        // (a figure only after a number in the words before: not `brokered by Tony
        // Blair, a figure many Palestinians reject`)
        if NUMERIC_SAID.contains(&word(o))
            && !(o.saturating_sub(15)..o).any(|x| {
                word(x).starts_with(|c: char| c.is_ascii_digit()) || is_number_word(word(x))
            })
        {
            continue;
        }
        // after a comma: `, which`, `, a claim`, `, claims`
        let start = match o.checked_sub(1) {
            Some(d) if word(o) != "which" && matches!(word(d), "a" | "an") => d,
            _ => o,
        };
        let plural = word(o).ends_with('s');
        if start == 0
            || !gap(start - 1, start).contains([',', '—', '–'])
            || (start == o && word(o) != "which" && !plural)
        {
            continue;
        }
        // the report it denies: after the last verb of saying or accusing before
        // it in its sentence (`Israel killed 30 people and accused Hamas of
        // violating the truce, a charge the group denies` denies the violation,
        // not the killing), else the sentence
        let sentence = sentence_start(text, tokens, start);
        let reported = reported_from(tokens, sentence, start);
        // (`which` takes up the clause, not the noun before it, only after a
        // report: `Israel has accused Hamas of diverting aid, which the group
        // denies`; not `attacks attributed to Hezbollah, which Israel denied`)
        if word(o) == "which" && reported.is_none() {
            continue;
        }
        out.push([reported.unwrap_or(sentence), start, v, DENIED]);
    }
    // (in the order of their first tokens, which a window's look-up bisects)
    out.sort_by_key(|d| d[1]);
    out
}

/// Whether a [`denials_after`] entry of kind `kind` leaves its report no longer
/// standing ([`RETRACTED`], [`CALLED_OFF`], [`MOVED`]): evidence against only, where
/// a denial ([`DENIED`], [`DENIED_BESIDE`]) stands beside the report.
pub fn no_longer_stands(kind: usize) -> bool {
    matches!(kind, RETRACTED | CALLED_OFF | MOVED)
}

/// The kind of a [`denials_after`] entry: a plan told in the past called off
/// after `but` in its sentence ([`plan_called_off`]): what was planned did not
/// happen.
pub const CALLED_OFF: usize = 3;
/// The kind of a [`denials_after`] entry: a plan told in the past moved to
/// another time after `but` in its sentence (`was scheduled to issue its verdict
/// on Monday, but the session was adjourned to Dec. 22`): it did not happen on
/// its day, which only a fact with another date than the new one may read.
pub const MOVED: usize = 4;

/// A plan told in the past and called off after the `but` at token `b` in its
/// sentence: `The committee was due to meet in Naqoura on Friday, but the
/// session was postponed`, `had been expected to reopen on Sunday, but it
/// remained closed`, `was scheduled to issue its verdict on Monday …, but the
/// session was adjourned`, `…, but the meeting did not take place`, `…, but it
/// never did`, `…, but have not taken place`. The plan is `was`, `were` or
/// `been`, a word of planning and `to` before a verb ([`planned_to`]), before
/// `but` in its sentence. After `but` comes the plan's subject: none, a pronoun
/// (`it`, `they`), a noun of a planned event ([`PLAN_NOUNS`]: `the session`,
/// `the handover`) or a word of the plan's own subject (`The talks were …, but
/// the talks`), at most six words with no verb; then auxiliaries and adverbs,
/// then the calling off: `postponed`, `cancelled`, `called off`, `adjourned`,
/// `scrapped`, `shelved`, `scrubbed`, `aborted`, `collapsed`, `fell through`,
/// `remained closed`, or a negation (`did`, `does`, `has`, `have`, `had`, `was`,
/// `were` and `not`, or `never`) ending its clause or before a verb of taking
/// place (`take place`, `happen`, `go ahead`, `open`, `held` …). Not a delay or
/// a suspension, which may still end in the act. A plan moved to a time
/// (`postponed until Tuesday`, `adjourned to Dec. 22`) is [`MOVED`]. Given as the
/// sentence's first token, `but`, the calling off's last token and [`CALLED_OFF`]
/// or [`MOVED`].
fn plan_called_off(text: &str, tokens: &[Token], b: usize) -> Option<[usize; 4]> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    // (past the text's end, or a sentence's end before token `k`)
    let breaks = |k: usize| k >= tokens.len() || sentence_after(text, tokens, k - 1);
    if b < 4 {
        return None;
    }
    // (the words after `but` first: most hold no calling off, and the plan
    // before it is looked for only when they do)
    let calls = (b + 1..(b + 13).min(tokens.len()))
        .take_while(|&k| !breaks(k))
        .any(|k| {
            tokens[k].contraction
                || matches!(
                    word(k),
                    "postponed"
                        | "cancelled"
                        | "canceled"
                        | "adjourned"
                        | "scrapped"
                        | "shelved"
                        | "scrubbed"
                        | "aborted"
                        | "collapsed"
                        | "called"
                        | "fell"
                        | "remained"
                        | "remains"
                        | "stayed"
                        | "stays"
                        | "not"
                        | "never"
                        | "delayed"
                        | "deferred"
                        | "pushed"
                        | "put"
                )
        });
    if !calls {
        return None;
    }
    // the subject: at most six words with no verb, then auxiliaries and adverbs
    let mut k = b + 1;
    while k <= b + 6 && !breaks(k) && subject_word(&tokens[k]) && !inner_adverb(word(k)) {
        k += 1;
    }
    let subject = b + 1..k;
    // (a negation among the auxiliaries: `but have not taken place`, `but it
    // had not`)
    let negated = |k: usize| word(k) == "not" || word(k) == "never";
    while k <= b + 10
        && !breaks(k)
        && (matches!(
            word(k),
            "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "been"
                | "is"
                | "are"
                | "be"
                | "did"
                | "does"
                | "do"
                | "yet"
                | "instead"
        ) || inner_adverb(word(k)))
        && !negated(k)
    {
        k += 1;
    }
    if breaks(k) {
        return None;
    }
    let next = |k: usize, words: &[&str]| !breaks(k + 1) && words.contains(&word(k + 1));
    // (a clause's end after `did not`, `never did`: `but it did not`)
    let ends = |k: usize| {
        tokens
            .get(k + 1)
            .is_none_or(|t| text[tokens[k].end..t.start].contains(['.', ',', ';', '!', '?', '\n']))
    };
    const HAPPENED: &[&str] = &[
        "take",
        "took",
        "taken",
        "happen",
        "happened",
        "go",
        "went",
        "gone",
        "materialise",
        "materialised",
        "materialize",
        "materialized",
        "open",
        "opened",
        "reopen",
        "reopened",
        "convene",
        "convened",
        "begin",
        "began",
        "begun",
        "start",
        "started",
        "come",
        "came",
        "held",
        "been",
    ];
    // (a plan moved to another time is [`MOVED`]: `postponed until Tuesday`,
    // `adjourned to Dec. 22`, `to a later date`; not `until further notice`, `for
    // security reasons`)
    let moved = |k: usize| {
        next(k, &["until", "till", "to", "for"])
            && !breaks(k + 2)
            && (WEEKDAYS_MONTHS.contains(&word(k + 2))
                || word(k + 2).starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    word(k + 2),
                    "next" | "later" | "tomorrow" | "early" | "late" | "mid" | "a" | "after"
                ))
    };
    // (or by a time of days or more: `were delayed by three months`, `pushed back
    // by a week`; not `delayed by two hours`, still that day)
    let by_time = |k: usize| {
        let unit = |w: &str| DAYS_OR_MORE.contains(&w);
        next(k, &["by"])
            && !breaks(k + 3)
            && (word(k + 2).starts_with(|c: char| c.is_ascii_digit())
                || is_number_word(word(k + 2))
                || matches!(word(k + 2), "a" | "an" | "several" | "another"))
            && unit(word(k + 3))
    };
    // (the plan's object between, `delayed the vote by two weeks`, `postponed
    // it until Friday`: the last word of it, or `k` with none)
    let past_object = |k: usize| {
        if next(k, &["it", "them"]) {
            return k + 1;
        }
        if !next(k, &["the", "its", "their", "this", "that"]) {
            return k;
        }
        (k + 2..k + 5)
            .take_while(|&j| !breaks(j) && !FUNCTION_WORDS.contains(&word(j)))
            .last()
            .unwrap_or(k)
    };
    let mut kind = CALLED_OFF;
    let end = match word(k) {
        "postponed" | "cancelled" | "canceled" | "adjourned" | "scrapped" | "shelved"
        | "scrubbed" | "aborted" | "collapsed" => {
            if moved(k) {
                kind = MOVED;
            }
            k
        }
        // a delay to a time: moved, not called off (a delay alone may still end
        // in the act)
        "delayed" | "deferred"
            if {
                let o = past_object(k);
                moved(o) || by_time(o)
            } =>
        {
            kind = MOVED;
            k
        }
        "pushed" | "put" if next(k, &["back"]) && (moved(k + 1) || by_time(k + 1)) => {
            kind = MOVED;
            k + 1
        }
        "called" if next(k, &["off"]) => k + 1,
        "fell" if next(k, &["through"]) => k + 1,
        "remained" | "remains" | "stayed" | "stays" if next(k, &["closed", "shut"]) => k + 1,
        _ if negated(k) || tokens[k].contraction => {
            let mut n = k;
            // (`never did`, `has not yet`, `had not been held`)
            while next(n, &["did", "yet", "been", "be"]) && !ends(n) {
                n += 1;
            }
            if ends(n) {
                n
            } else if next(n, HAPPENED) {
                // (`take place`, `go ahead`: the phrase whole)
                n + 1 + usize::from(next(n + 1, &["place", "ahead"]))
            } else {
                return None;
            }
        }
        _ => return None,
    };
    let start = sentence_start(text, tokens, b);
    let to = planned_to(text, tokens, start, b)?;
    // (the plan's own: none, a pronoun, a planned event, or a word of the plan's
    // subject; not `but a separate trip to Damascus was cancelled`)
    let own_word = |j: usize| {
        let w = word(j);
        !FUNCTION_WORDS.contains(&w) && (start..to).any(|i| word(i) == w)
    };
    // (an event told anew is another: `but a separate trip to Damascus`)
    let another = subject.clone().any(|j| {
        matches!(
            word(j),
            "a" | "an" | "another" | "separate" | "other" | "second" | "different"
        )
    });
    let plan_subject = !another
        && (subject.is_empty()
            || subject
                .clone()
                .all(|j| matches!(word(j), "it" | "they" | "this" | "that" | "these" | "those"))
            || subject
                .clone()
                .any(|j| PLAN_NOUNS.contains(&word(j)) || own_word(j)));
    if !plan_subject {
        return None;
    }
    Some([start, b, end, kind])
}

/// Nouns of a planned event, the subject of its calling off after `but` (`the
/// session was postponed`).
const PLAN_NOUNS: &[&str] = &[
    "session",
    "sessions",
    "meeting",
    "meetings",
    "talks",
    "vote",
    "ballot",
    "hearing",
    "hearings",
    "visit",
    "trip",
    "tour",
    "launch",
    "match",
    "game",
    "handover",
    "release",
    "opening",
    "reopening",
    "ceremony",
    "summit",
    "conference",
    "event",
    "exchange",
    "trial",
    "verdict",
    "sentencing",
    "signing",
    "inauguration",
    "election",
    "round",
    "swap",
    "plan",
    "plans",
    "deal",
    "operation",
    "strike",
    "march",
    "rally",
    "flight",
    "departure",
    "deployment",
    "withdrawal",
    "evacuation",
    "delivery",
    "convoy",
    "announcement",
    "debate",
    "meet",
    "parade",
    "festival",
    "concert",
    "race",
    "fixture",
    "crossing",
];

/// The words of planning before `to` in a plan told in the past (`was due to`):
/// a fact that names one is about the plan, which its calling off does not deny.
pub(crate) const PLANNED: &[&str] = &[
    "scheduled",
    "due",
    "expected",
    "set",
    "supposed",
    "slated",
    "planned",
    "meant",
];

/// The `to` of a plan told in the past between tokens `start` and `b`: `was`,
/// `were` or `been`, a word of planning and `to` (`was due to`, `had been
/// expected to`).
fn planned_to(text: &str, tokens: &[Token], start: usize, b: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    (start.max(1)..b.saturating_sub(1)).find_map(|k| {
        // (a verb after `to`, in lower case: not `was due to a strike`, `due to
        // Israel's refusal`, a cause; `be` is one, `was due to be released`)
        let verb = tokens.get(k + 2).is_some_and(|t| {
            let w = t.folded();
            (w == "be" || !FUNCTION_WORDS.contains(&w))
                && !matches!(w, "its" | "their" | "his" | "her" | "our" | "your")
                && text[t.start..].starts_with(|c: char| c.is_lowercase())
        });
        (PLANNED.contains(&word(k))
            && matches!(word(k - 1), "was" | "were" | "been")
            && word(k + 1) == "to"
            && verb)
            .then_some(k + 1)
    })
}

/// Where what a plan called off ([`plan_called_off`], its sentence's first token
/// `start` and its `but` at `b`) tells ends: at `but`, or before it at the first
/// comma after the plan's `to`, or a word that opens something else told of its
/// nouns (`who`, `which`, `accused` …: `was scheduled to issue its verdict on
/// Monday in the case of three men accused of firing rockets`, the firing not
/// called off). A token index.
pub fn plan_reach(text: &str, tokens: &[Token], start: usize, b: usize) -> usize {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let Some(to) = planned_to(text, tokens, start, b) else {
        return b;
    };
    (to + 1..b)
        .find(|&k| {
            text.get(tokens[k - 1].end..tokens[k].start)
                .is_none_or(|g| g.contains([',', '(', '—', '–']))
                || matches!(
                    word(k),
                    "who"
                        | "which"
                        | "whose"
                        | "accused"
                        | "charged"
                        | "suspected"
                        | "after"
                        | "because"
                )
        })
        .unwrap_or(b)
}

/// The kind of a [`denials_after`] entry: a report denied by another, which
/// still stands beside the denial.
pub const DENIED: usize = 0;
/// The kind of a [`denials_after`] entry: a report taken back (retracted,
/// corrected, walked back), which no longer stands.
pub const RETRACTED: usize = 1;
/// The kind of a [`denials_after`] entry: a named party's claim denied in the
/// sentence that tells it, the claim after the denial (`Ukraine dismissed
/// Russian claims that its troops had captured Huliaipole`): the entry's first
/// value is the claim's first token, and the claim runs to [`claim_end`]. The
/// claim stands beside the denial, as [`DENIED`]'s report does.
pub const DENIED_BESIDE: usize = 2;

/// Nouns of a claim a party makes, after its name: `Russian claims`, `Moscow's
/// assertions`, `Israeli allegations`.
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "assertions",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "report",
    "reports",
];

/// Whether the words `from..noun` name whose the claim at `noun` is: one or two
/// words, capitalised or possessive (`Russian`, `Moscow's`, `the army's`), after
/// an optional `the`, and `noun` is a [`CLAIM_NOUNS`] right before `that`.
fn owned_claim(text: &str, tokens: &[Token], from: usize, noun: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let from = if word(from) == "the" { from + 1 } else { from };
    // (not a capital that only opens the sentence, `Earlier reports`, `Media
    // reports`, nor a day, `Monday's reports`)
    let owner = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            let raw = &text[t.start..t.end];
            let w = t.folded();
            (raw.starts_with(char::is_uppercase) || fold::is_possessive(raw))
                && !matches!(
                    w,
                    "the"
                        | "a"
                        | "an"
                        | "earlier"
                        | "unconfirmed"
                        | "media"
                        | "these"
                        | "those"
                        | "such"
                        | "recent"
                        | "initial"
                        | "previous"
                        | "new"
                        | "latest"
                        | "press"
                        | "local"
                        | "some"
                        | "other"
                        | "similar"
                        | "widespread"
                )
                && !WEEKDAYS_MONTHS.contains(&w)
        })
    };
    noun > from
        && noun - from <= 2
        && CLAIM_NOUNS.contains(&word(noun))
        && word(noun + 1) == "that"
        && (from..noun).all(owner)
        && text[tokens[noun].end..tokens[noun + 1].start]
            .trim()
            .is_empty()
}

/// A named party's claim denied in its own sentence by an active denial at token
/// `v` (`dismissed Russian claims that …`, `rejected Israel's allegations that
/// …`): the claim's `that`.
fn claim_denied_at(text: &str, tokens: &[Token], v: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    if !matches!(
        word(v),
        "denied"
            | "denies"
            | "rejected"
            | "rejects"
            | "dismissed"
            | "dismisses"
            | "disputed"
            | "disputes"
    ) {
        return None;
    }
    (v + 2..v + 5)
        .find(|&n| owned_claim(text, tokens, v + 1, n))
        .map(|n| n + 1)
}

/// Whether a named party's claim opens its sentence and is denied in the passive
/// at token `v` (`Moscow's assertions that Ukrainian drones had set fire to a
/// depot were also rejected by Kyiv`).
fn claim_denied_before(text: &str, tokens: &[Token], v: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    if !matches!(word(v), "denied" | "rejected" | "dismissed" | "disputed")
        || !matches!(word(v + 1), "by")
    {
        return false;
    }
    let first = sentence_start(text, tokens, v);
    (first + 1..(first + 4).min(v)).any(|n| owned_claim(text, tokens, first, n))
}

/// The end (one past the last token) of a claim starting at token `from`: the end
/// of its sentence, a `;`, or after a comma a participle (`, saying fighting was
/// continuing`; not `during`, `including`, …) or a word joining another clause
/// (`, and`, `, while`, `, but`).
pub fn claim_end(text: &str, tokens: &[Token], from: usize) -> usize {
    let gap = |a: usize, b: usize| text.get(tokens[a].end..tokens[b].start).unwrap_or("");
    (from + 1..tokens.len())
        .find(|&k| {
            let g = gap(k - 1, k);
            let w = tokens[k].folded();
            // (a stop inside or after `U.S.` is no sentence's end)
            g.contains(['!', '?', '\n', ';'])
                || (g.contains(". ") && tokens[k - 1].end - tokens[k - 1].start > 1)
                || (g.contains(',')
                    && (matches!(w, "and" | "but" | "while" | "whereas" | "although")
                        || (w.len() > 4
                            && w.ends_with("ing")
                            && !matches!(
                                w,
                                "during" | "including" | "following" | "according" | "regarding"
                            ))))
        })
        .unwrap_or(tokens.len())
}

/// What may be taken back: a report, a figure, a remark.
const RETRACTED_NOUNS: &[&str] = &[
    "report",
    "reports",
    "story",
    "article",
    "claim",
    "claims",
    "statement",
    "statements",
    "remark",
    "remarks",
    "comment",
    "comments",
    "announcement",
    "post",
    "tweet",
    "figure",
    "figures",
    "toll",
    "tally",
    "estimate",
    "account",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
];

/// A report taken back after it, with its verb at token `v`: `retracted`,
/// `withdrew`, `corrected`, `rescinded`, `backtracked on`, `walked back`, `rowed
/// back`, `took back` (past, present, perfect and `-ing` forms), with what
/// was said as its object (`it`,
/// `them`, or a noun of [`RETRACTED_NOUNS`] after at most three words: `the
/// report`, `the remark`, `its earlier statement`). It stands after its report,
/// in the same sentence after `, but`, `, then`, `, and`, `; ` or `before`/`after`
/// with a subject of at most six words (`…, but the channel retracted the
/// report about an hour later`, `…, then walked back the remark hours later`,
/// `had put the toll at 32 before correcting it`), or opening the next sentence
/// (`The channel later retracted the report.`). Not negated (`did not retract
/// it`), not a report that the object's `that` clause tells (for `retracted`,
/// `corrected`, `withdrew` a cue of its own, [`dismisses_reports`]), nor a
/// figure replaced by another (`correcting it to 31`: both are told), nor
/// anything but the clause's end or a time after the object (`walked back the
/// comments he made about the army` takes back something else). Not a base form
/// (`should retract the report`). Given as the report's first token, the
/// opener's (or the sentence's) first token, the object's token and
/// [`RETRACTED`].
fn retraction(text: &str, tokens: &[Token], v: usize) -> Option<[usize; 4]> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let gap = |a: usize, b: usize| text.get(tokens[a].end..tokens[b].start).unwrap_or("");
    let w = word(v);
    // (told forms only: not `should retract`, `demand it retract`)
    let after = match w {
        "retracts" | "retracted" | "retracting" | "withdrew" | "withdrawn" | "withdraws"
        | "withdrawing" | "corrected" | "corrects" | "correcting" | "rescinded" | "rescinds"
        | "rescinding" => v + 1,
        "walked" | "walks" | "walking" | "rowed" | "rows" | "rowing" | "took" | "taken"
        | "takes" | "taking"
            if word(v + 1) == "back" =>
        {
            v + 2
        }
        "backtracked" | "backtracks" | "backtracking" if word(v + 1) == "on" => v + 2,
        _ => return None,
    };
    // the object: what was said
    let object = if matches!(word(after), "it" | "them") {
        after
    } else {
        (after..after + 4)
            .take_while(|&j| j < tokens.len())
            .find(|&j| RETRACTED_NOUNS.contains(&word(j)))?
    };
    if (v..object).any(|j| {
        let g = gap(j, j + 1).trim();
        !(g.is_empty() || g == "'" || g == "’")
    }) || (after..object).any(|j| {
        tokens[j].class() & NEGATING != 0
            || matches!(word(j), "to" | "of" | "on")
            // (`that` as the object's demonstrative: `corrected that report`)
            || (word(j) == "that" && j + 1 != object)
    }) {
        return None;
    }
    // (only the clause's end or a time after it: not one told by a `that`
    // clause, a figure replaced, `corrected the toll to 31`, nor something else
    // taken back, `walked back the comments he made about the army`,
    // `corrected the figures for previous days`, `withdrew its statement on the
    // ceasefire`)
    if object + 1 < tokens.len() && !gap(object, object + 1).contains([',', '.', ';', '!', '?']) {
        let time = |k: usize| {
            matches!(
                word(k),
                "later"
                    | "hours"
                    | "hour"
                    | "minutes"
                    | "days"
                    | "shortly"
                    | "soon"
                    | "within"
                    | "yesterday"
                    | "today"
                    | "afterwards"
                    | "overnight"
            ) || WEEKDAYS_MONTHS.contains(&word(k))
        };
        let next = word(object + 1);
        let ok = time(object + 1)
            || (matches!(
                next,
                "about" | "an" | "a" | "two" | "several" | "on" | "the"
            ) && (object + 2..object + 4).any(time));
        if !ok {
            return None;
        }
    }
    // the subject: at most six words with no verb and no negation, after the
    // opener
    let mut k = v;
    while k > 0 && denial_between(word(k - 1)) && gap(k - 1, k).trim().is_empty() {
        k -= 1;
    }
    let opens_sentence = |j: usize| j == 0 || gap(j - 1, j).contains(['.', '!', '?', '\n']);
    let mut opener = None;
    for j in (k.saturating_sub(6)..=k).rev() {
        if opens_sentence(j) {
            opener = Some((j, true));
            break;
        }
        let g = gap(j - 1, j);
        let x = word(j);
        if j < v
            && matches!(x, "but" | "then" | "and" | "before" | "after")
            && (g.contains([',', ';', '—', '–']) || matches!(x, "before" | "after"))
        {
            opener = Some((j, false));
            break;
        }
        if g.contains(';') {
            opener = Some((j, false));
            break;
        }
        if j < k
            && (!subject_word(&tokens[j])
                || tokens[j].class() & DENYING != 0
                || matches!(x, "that" | "which" | "who" | "if" | "when"))
        {
            return None;
        }
        if !g.trim().is_empty() && j < k {
            return None;
        }
    }
    let (first, next_sentence) = opener?;
    if first == 0 {
        return None;
    }
    // (`before correcting it`: an `-ing` form after `before`/`after` only)
    if matches!(word(first), "before" | "after") != w.ends_with("ing") {
        return None;
    }
    let sentence = sentence_start(text, tokens, if next_sentence { first - 1 } else { first });
    Some([
        reported_from(tokens, sentence, first).unwrap_or(sentence),
        first,
        object,
        RETRACTED,
    ])
}

/// What a report may show, which a sentence may call false (`called the video
/// staged`).
const SHOWN: &[&str] = &[
    "video", "videos", "footage", "images", "photos", "pictures", "image", "photo", "picture",
];

/// Words that only make a [`FALSEHOOD`] stronger (`absolute nonsense`, `completely
/// baseless`).
const INTENSIFIERS: &[&str] = &[
    "absolute",
    "absolutely",
    "complete",
    "completely",
    "entirely",
    "pure",
    "total",
    "totally",
    "utter",
    "utterly",
    "wholly",
];

/// Words that call what was said false (`called the video staged`, `branded the
/// report a fabrication`).
const FALSEHOOD: &[&str] = &[
    "staged",
    "fake",
    "faked",
    "false",
    "fabricated",
    "fabrication",
    "baseless",
    "untrue",
    "lies",
    "lie",
    "propaganda",
    "fiction",
    "disinformation",
    "misinformation",
    "groundless",
    "bogus",
    "nonsense",
    "unfounded",
    "speculation",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "hoax",
    "smear",
    "fantasy",
    "slander",
];

/// A sentence that only denies the one before it, with its verb at token `v`
/// (a told form of [`DENY`] or [`DISPUTING`], `dismissed`, or
/// `called`/`branded`/`labelled`):
/// a subject of one to six words with no verb (`Hezbollah`, `Russian officials`,
/// `The group has`), the verb, and as its object only what was said: `it`,
/// `this`, `that`, `them`, or a noun of [`aside_said`] or `report` (for a verb
/// of naming, of [`SHOWN`] too) after at most three determiners, possessives,
/// names or `earlier`-like adjectives (`the claim`, `the army's report`, `these
/// allegations`; not `the embezzlement charges`), then the sentence's end, a
/// comma or a setting, or for a verb of naming a word of [`FALSEHOOD`]
/// (`called the video staged`): "The army said it struck a depot in Kfar Kila.
/// Hezbollah denied the claim." Given as [`denials_after`] gives an aside: the
/// report's first token in the sentence before, the denial's first token and its
/// verb. Not a negated denial (`did not deny it`), one with another object
/// (`denied any involvement`, `denied that its fighters were there`), one with
/// a `but` after it (`denied the claim in 2019 but admitted it this week`), nor
/// a subject of `few`.
fn sentence_denial(text: &str, tokens: &[Token], v: usize) -> Option<[usize; 3]> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let gap = |a: usize, b: usize| text.get(tokens[a].end..tokens[b].start).unwrap_or("");
    let ends_sentence = |a: usize| gap(a, a + 1).contains(['.', '!', '?', '\n']);
    // (`called the video staged`, `branded the report a fabrication`: a verb of
    // naming with what was said and a word of falsehood after it)
    let calls = matches!(word(v), "called" | "branded" | "labelled" | "labeled");
    // (a denial told, not one only wished or asked: `expect Hezbollah to deny
    // it`, `Why deny it?`)
    if matches!(
        word(v),
        "deny" | "reject" | "dispute" | "dismiss" | "refute" | "contest"
    ) {
        return None;
    }
    // the object: what was said
    let noun = match word(v + 1) {
        "it" | "this" | "that" | "them" if !calls => Some(v + 1),
        _ => (v + 1..v + 5).take_while(|&j| j < tokens.len()).find(|&j| {
            let x = word(j);
            aside_said(x) || matches!(x, "report" | "reports") || (calls && SHOWN.contains(&x))
        }),
    }?;
    let apostrophe = |g: &str| matches!(g.trim(), "'" | "’");
    // (only determiners, possessives, names and a few adjectives before it: the
    // report or claim itself, `the army's claim`, `these allegations`; not
    // `the embezzlement charges`, which are told elsewhere)
    let modifier = |j: usize| {
        let x = word(j);
        matches!(
            x,
            "the"
                | "this"
                | "that"
                | "these"
                | "those"
                | "such"
                | "its"
                | "his"
                | "her"
                | "their"
                | "all"
                | "any"
                | "both"
                | "a"
                | "an"
                | "earlier"
                | "latest"
                | "initial"
                | "previous"
                | "new"
                | "recent"
                | "same"
        ) || {
            let raw = &text[tokens[j].start..tokens[j].end];
            ["'s", "’s", "s'", "s’"].iter().any(|p| raw.ends_with(p))
        } || text[tokens[j].start..].starts_with(char::is_uppercase)
    };
    if (v..noun).any(|j| !gap(j, j + 1).trim().is_empty() && !apostrophe(gap(j, j + 1)))
        || (v + 1..noun).any(|j| !modifier(j))
    {
        return None;
    }
    let after_ends = if calls {
        // (`staged`, `as fake`, `a fabrication`, `lies`)
        let mut k = noun + 1;
        while matches!(word(k), "as" | "a" | "an" | "pure" | "complete" | "total") {
            k += 1;
        }
        FALSEHOOD.contains(&word(k))
    } else {
        noun + 1 >= tokens.len()
            || gap(noun, noun + 1).contains(['.', ',', ';', ':', '!', '?', '—', '–'])
            || (matches!(
                word(noun + 1),
                "as" | "on" | "in" | "at" | "outright" | "last" | "earlier" | "yesterday"
            )
                // (a setting, not where the report's own content is said: `denied a
                // report in the Ostrelian press that pilots had begun training`;
                // not a `that` of the setting's own, `denied the report in a
                // statement that was posted on its website`)
                && !(noun + 2..(noun + 8).min(tokens.len()))
                    .take_while(|&j| !gap(j - 1, j).contains(['.', ',', ';', '!', '?']))
                    .any(|j| {
                        word(j) == "that"
                            && !(noun + 2..j).any(|k| {
                                matches!(
                                    word(k),
                                    "statement"
                                        | "interview"
                                        | "interviews"
                                        | "comments"
                                        | "remarks"
                                        | "post"
                                        | "posts"
                                        | "briefing"
                                        | "video"
                                        | "letter"
                                        | "speech"
                                        | "message"
                                )
                            })
                            && !past_form(word(j + 1), 3)
                            && !AUXILIARIES.contains(&word(j + 1))
                    }))
    };
    if !after_ends {
        return None;
    }
    // the subject, from the sentence's first token: one to six words, no verb
    let mut k = v;
    while k > 0 && denial_between(word(k - 1)) && gap(k - 1, k).trim().is_empty() {
        k -= 1;
    }
    let first = (k.saturating_sub(6)..k)
        .rev()
        .find(|&j| j == 0 || ends_sentence(j - 1))?;
    if first == 0
        || first == k
        // (not a few who denied it: `Few denied it`)
        || matches!(word(first), "few" | "little" | "none")
        || !(first..k).all(|j| {
            let x = word(j);
            // (a participle after a determiner is an adjective: `The armed forces
            // command`)
            let adjective = j > first
                && matches!(word(j - 1), "the" | "a" | "an" | "its" | "their")
                && j + 1 < k;
            (j + 1 == k || gap(j, j + 1).trim().is_empty() || gap(j, j + 1).trim() == "'")
                && (subject_word(&tokens[j]) || adjective)
                && !matches!(x, "that" | "which" | "who" | "also" | "if" | "when")
        })
    {
        return None;
    }
    // (nor a denial taken back in its sentence: `denied the claim in 2019 but
    // admitted it this week`)
    if (noun + 1..tokens.len())
        .take_while(|&j| !ends_sentence(j - 1))
        .any(|j| matches!(word(j), "but" | "although" | "though"))
    {
        return None;
    }
    // the sentence before it, and the report in it (what an account it
    // attributes tells: `Ostrelia has carried out at least 14 drone attacks …,
    // according to a tally kept by the Border Verification Mission, which
    // monitors the 2023 ceasefire. Ostrelia disputes the mission's figures`)
    let sentence = sentence_start(text, tokens, first - 1);
    let report = reported_from(tokens, sentence, first)
        .filter(|&r| r == 0 || word(r - 1) != "according")
        .unwrap_or(sentence);
    Some([report, first, v])
}

/// The first token of the sentence that holds the tokens before `end` (no `.`,
/// `!`, `?` or line break between), or `end` itself when one ends right before
/// it.
fn sentence_start(text: &str, tokens: &[Token], end: usize) -> usize {
    let gap = |a: usize, b: usize| text.get(tokens[a].end..tokens[b].start).unwrap_or("");
    (0..end)
        .rev()
        .take_while(|&j| !gap(j, j + 1).contains(['.', '!', '?', '\n']))
        .last()
        .unwrap_or(end)
}

/// Whether a token may stand in the subject of a denial or a retraction: no
/// negation, contraction, past form or auxiliary (the subject has no verb).
fn subject_word(t: &Token) -> bool {
    let x = t.folded();
    t.class() & NEGATING == 0 && !t.contraction && !past_form(x, 3) && !AUXILIARIES.contains(&x)
}

/// Where the report an aside or a sentence starting at token `start` denies
/// begins, in the sentence from token `sentence`: after the last verb of saying
/// or accusing before `start`, passing over one that only attributes what came
/// before it; `None` when no such verb opens it (then the whole sentence is
/// the report).
fn reported_from(tokens: &[Token], sentence: usize, start: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    // (an attribution after the report is no start of it: `killing at least
    // 31 people, according to Gaza's Health Ministry, an account the
    // military denied`; nor an adjective, `the alleged embezzlement`)
    let says = |j: usize| {
        let x = word(j);
        (SAYING.contains(&x)
            || matches!(
                x,
                "accused" | "accuses" | "alleges" | "according" | "adding"
            ))
            && !(j > 0
                && matches!(
                    word(j - 1),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their"
                ))
    };
    // the report's first token, when a saying opens it
    let mut end = start;
    loop {
        let Some(j) = (sentence..end).rev().find(|&j| says(j)) else {
            break None;
        };
        // (a saying in a relative clause tells of its antecedent: `The M23,
        // which Kinshasa and the UN say is backed by Rwanda — a charge Kigali
        // denies —`: the report is the sentence)
        if (j.saturating_sub(6)..j).any(|k| matches!(word(k), "which" | "who")) {
            break Some(sentence);
        }
        // (`according to …` right before the aside, or a saying with at
        // most its day after it: `, the army said on Tuesday, a claim`)
        // (or with a setting of the saying: `said in a video posted on Monday, a
        // claim`)
        let setting = start - j <= 10
            && SAYING.contains(&word(j))
            && matches!(word(j + 1), "in" | "on" | "at" | "during" | "to")
            && (j + 1..start).all(|k| {
                let x = word(k);
                !(past_form(x, 3) || AUXILIARIES.contains(&x) || SAYING.contains(&x))
                    || matches!(
                        x,
                        "posted" | "released" | "published" | "aired" | "broadcast" | "issued"
                    )
            });
        let trailing = (word(j) == "according" && start - j <= 8)
            || setting
            || (j + 1..start).all(|k| {
                let x = word(k);
                matches!(
                    x,
                    "on" | "in" | "late" | "early" | "this" | "last" | "yesterday" | "today"
                ) || WEEKDAYS_MONTHS.contains(&x)
            });
        if !trailing {
            break Some(j + 1);
        }
        end = j;
    }
}

/// A negation inside what is called untrue or unsayable cancels with it: `It
/// would be wrong to say that no progress has been made` (the `no` negates
/// nothing), `It is simply not true that I was not consulted`, `Nobody can say we
/// did not try` (the two cues cancel). The opener is at most seven words before
/// the inner cue in its sentence, and the inner cue in the clause it opens (no
/// comma, quote or `and`/`but` between; not an indirect question, `Nobody could
/// say why …`): `wrong` or `false` and `to say`, `untrue` or `not true` and
/// `to say` or `that`; or `nobody`, `no one` or `none` and `can`, `could` or
/// `would` and `say`, with `that` or not; or `no suggestion`, `no indication`,
/// `no sign` or `nothing to suggest` and `that` (`there was no suggestion that he
/// had not cooperated`: he cooperated).
fn untrue_negations(text: &str, tokens: &[Token], out: &mut [Cue]) {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    for i in 0..out.len() {
        let c = out[i];
        if c.negated || c.negates_cue.is_some() || c.end != c.first + 1 {
            continue;
        }
        let inner = tokens[c.first].contraction
            || matches!(
                word(c.first),
                "not" | "no" | "never" | "nobody" | "nothing" | "none"
            );
        if !inner {
            continue;
        }
        let lo = c.first.saturating_sub(7);
        let Some(j) = (lo..c.first)
            .rev()
            .take_while(|&k| !sentence_after(text, tokens, k))
            .find(|&k| matches!(word(k), "that" | "say"))
        else {
            continue;
        };
        // (in the clause it opens: no comma, quote or `and`/`but` between, and
        // not an indirect question, `Nobody could say why the convoy did not`)
        let gap = &text[tokens[j].end..tokens[c.first].start];
        if gap.contains([',', ';', ':', '"', '\u{201c}', '\u{201d}'])
            || (j + 1..c.first).any(|k| matches!(word(k), "and" | "but" | "or"))
            || matches!(
                word(j + 1),
                "why" | "how" | "when" | "whether" | "if" | "what" | "who" | "where" | "which"
            )
        {
            continue;
        }
        // (the word before the clause: `say` before `that`, or `to say`)
        let mut h = j;
        if word(h) == "that" && h > 0 && word(h - 1) == "say" {
            h -= 1;
        }
        if word(h) == "say" && h > 0 && word(h - 1) == "to" {
            h -= 1;
        }
        let Some(p) = h.checked_sub(1) else {
            continue;
        };
        // (`wrong`, `false` only before `to say`: not `It is wrong that nobody was
        // punished`; `untrue` and `not true` before `that` too)
        let to_say = word(h) == "to";
        let called_untrue = (matches!(word(p), "wrong" | "false") && to_say)
            || word(p) == "untrue"
            || (word(p) == "true" && p > 0 && word(p - 1) == "not");
        let no_one = p >= 2 && word(p - 1) == "one" && word(p - 2) == "no";
        // (`there was no suggestion that he had not cooperated`, `nothing to
        // suggest that she did not pay`: what nothing suggests failed was done)
        // (the inner cue the clause's own, after its subject and an auxiliary:
        // not `knew the money had not been declared`, `the officers who did not
        // attend`, `lied about not seeing`)
        let own_inner = (j + 1..c.first).all(|k| {
            let w = word(k);
            !matches!(
                w,
                "who" | "which" | "that" | "whom" | "about" | "of" | "for"
            ) && (AUXILIARIES.contains(&w) || !(past_form(w, 3) || SAYING.contains(&w)))
        }) && (tokens[c.first].contraction
            || c.first
                .checked_sub(1)
                .is_some_and(|b| AUXILIARIES.contains(&word(b)) || word(b) == "do"));
        let no_hint = word(h) == "that"
            && own_inner
            && ((p > 0
                && word(p - 1) == "no"
                && matches!(word(p), "suggestion" | "indication" | "sign"))
                || (p >= 2
                    && word(p) == "suggest"
                    && word(p - 1) == "to"
                    && word(p - 2) == "nothing"));
        let unsayable = word(h) == "say"
            && p > 0
            && matches!(word(p), "can" | "could" | "would")
            && (matches!(word(p - 1), "nobody" | "none") || no_one);
        if !(called_untrue || unsayable || no_hint) {
            continue;
        }
        // the outer cue, if the opener has one: the two cancel
        let outer_first = if no_hint {
            Some(if word(p) == "suggest" { p - 2 } else { p - 1 })
        } else if unsayable {
            Some(if no_one { p - 2 } else { p - 1 })
        } else if word(p) == "true" {
            Some(p - 1)
        } else {
            None
        };
        if let Some(f) = outer_first
            && let Some(o) = out[..i].iter().rposition(|o| o.first == f)
        {
            out[o].negates_cue = Some(c.first);
        }
        out[i].negated = true;
    }
}

/// Whether `pulled out of` (its last token before `end`) leaves an event or a
/// deal (`pulled out of the race`, `of the talks`), not a place (`The convoy
/// pulled out of Rafah`).
fn pulled_out_of(tokens: &[Token], end: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let k = end
        + usize::from(matches!(
            word(end),
            "the" | "a" | "an" | "its" | "their" | "his" | "her"
        ));
    let k = k + usize::from(
        word(k).ends_with("ing") || word(k + 1) == "talks" || word(k + 1) == "deal",
    );
    matches!(
        word(k),
        "race"
            | "talks"
            | "deal"
            | "summit"
            | "agreement"
            | "accord"
            | "treaty"
            | "election"
            | "elections"
            | "competition"
            | "tournament"
            | "contest"
            | "bid"
            | "negotiations"
            | "coalition"
            | "match"
            | "game"
            | "event"
            | "tour"
            | "championship"
            | "games"
            | "olympics"
            | "cup"
            | "project"
            | "scheme"
            | "programme"
            | "program"
            | "plan"
            | "pact"
            | "alliance"
            | "government"
            | "fight"
            | "vote"
            | "debate"
            | "conference"
            | "league"
            | "final"
            | "festival"
            | "show"
    )
}

/// Whether a passive `left out` (its last token before `end`) excludes: before
/// `of`, `and`, `but` or its clause's end (`A proposed ban was also left out`),
/// not before where or for what it was left (`Food was left out for the dogs`,
/// `left out in the cold`).
fn left_out_of(text: &str, tokens: &[Token], end: usize) -> bool {
    let Some(next) = tokens.get(end) else {
        return true;
    };
    text[tokens[end - 1].end..next.start].contains([',', '.', ';', ':', '!', '?', '"'])
        || matches!(next.folded(), "of" | "and" | "but" | "because" | "after")
}

/// Whether `missed` (its last token before `end`) failed to notice (`missed that
/// the wall had cracked`, `missed the signs that`, `missed the fact that`): what
/// follows is told, not denied.
fn missed_noticing(tokens: &[Token], end: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    word(end) == "that"
        || (end + 1..end + 4).any(|k| {
            matches!(
                word(k),
                "signs"
                    | "sign"
                    | "fact"
                    | "warning"
                    | "warnings"
                    | "clues"
                    | "evidence"
                    | "symptoms"
                    | "red"
            )
        })
}

/// Every negation cue of a text, in order. `text` is what the tokens' offsets point
/// into.
pub fn cues(text: &str, tokens: &[Token], clauses: &[u32]) -> Vec<Cue> {
    let mut out: Vec<Cue> = Vec::new();
    let push = |out: &mut Vec<Cue>, first: usize, end: usize, passive: bool| {
        let mut cue = Cue {
            first,
            end,
            passive,
            reach_end: tokens.len(),
            reach_start: 0,
            negates_cue: None,
            negated: false,
            skip: None,
            object_verb: None,
            answer: None,
        };
        // `not` ... `ruled out`: the two cancel
        if can_be_negated(tokens[first].folded())
            && let Some(prev) = out.last_mut()
            && !prev.negated
            && prev.negates_cue.is_none()
            && first >= prev.end
            // (not a cue inside an aside before it: `who no longer starts, had
            // rejected`)
            && clauses.get(prev.first) <= clauses.get(first)
            && {
                // an aside's words between are passed over (`has not, however,
                // ruled out`)
                let mut own = (prev.end..first).filter(|&k| clauses.get(k) <= clauses.get(first));
                own.clone().count() <= 3 && own.all(|k| between_negations(tokens[k].folded()))
                    && negates_cues(tokens, prev)
                    // `neither denied nor confirmed`
                    || (tokens[prev.first].folded() == "neither"
                        && first == prev.end
                        && DENY.contains(&tokens[first].folded()))
                    // `nor the army denied`: a subject between; `Neither side
                    // has denied`, `neither party has rejected`: a subject and
                    // auxiliaries
                    || (matches!(tokens[prev.first].folded(), "nor" | "neither")
                        && prev.end == prev.first + 1
                        && DENY.contains(&tokens[first].folded())
                        && first - prev.end <= 4
                        && (prev.end..first).all(|k| {
                            clauses.get(k) == clauses.get(first)
                                && (tokens[k].class() & VERB_LIKE == 0
                                    || between_negations(tokens[k].folded()))
                        }))
            }
        {
            prev.negates_cue = Some(first);
            cue.negated = true;
        }
        out.push(cue);
    };
    // a two-word cue split by an aside (`refused, for the third time, to`): its end
    let split = |i: usize| {
        let own = clauses.get(i)?;
        if clauses.get(i + 1)? <= own {
            return None;
        }
        let second = (i + 1..tokens.len()).find(|&k| clauses[k] <= *own)?;
        let (a, b) = (tokens[i].folded(), tokens[second].folded());
        // `has yet, officials say, to withdraw`
        let yet_to = a == "yet" && b == "to" && i > 0 && HAVE_BE.contains(&tokens[i - 1].folded());
        let fits = complement_fits(a, tokens.get(second + 1).map_or("", Token::folded));
        (clauses[second] == *own && (split_phrase(a, b) && fits || yet_to)).then_some(second + 1)
    };
    let agent_none = |k: usize| by_none(tokens, clauses, k).is_some();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let w = t.folded();
        let class = t.class();
        if class & PHRASE_START != 0
            && let Some(end) = phrase_at(text, tokens, i).or_else(|| split(i))
        {
            // `a site far from the frontier`: a distance (after a cue, `not far
            // from the border`, the two cancel as any cue and `far from` do, and
            // the fact `far from` stays negated)
            if w == "far"
                && end == i + 2
                && distance(tokens, i)
                && out.last().is_none_or(|c| c.end < i)
            {
                i = end;
                continue;
            }
            let passive_phrase = PASSIVE_PHRASES.contains(&w) && after_be(tokens, clauses, i);
            // (a count of what was called off tells the calling off: `cancelled
            // 190 flights`, `after 205 flights were scrapped yesterday`)
            if called_off_count(text, tokens, i, end, passive_phrase) {
                i = end;
                continue;
            }
            // (`scrubbed the launch`, `the launch was scrubbed`; not `scrubbed the
            // deck`, `scrubbed references to the deal`)
            if w.starts_with("scrub") && !passive_phrase && !scrubs_a_launch(tokens, end) {
                i = end;
                continue;
            }
            // (`was anything but cordial`, `described as "anything but
            // systematic"`: after a form of `be`, a verb like it or `as`; not
            // `tried anything but the door was locked`; `was spared jail`, not
            // `spared no detail`, `The judge spared Fensome jail`)
            if (w == "anything" && !anything_but_said(tokens, i))
                || (w == "spared" && !after_be(tokens, clauses, i))
                // (`were pulled out of the rubble`: a rescue; `was left out`
                // only in the passive, not `left out in the cold`)
                || (w.starts_with("pull") && (after_be(tokens, clauses, i) || !pulled_out_of(tokens, end)))
                || (w == "left" && !(after_be(tokens, clauses, i) && left_out_of(text, tokens, end)))
                || (w == "missed" && missed_noticing(tokens, end))
                // (asked, not done: `urged both sides to refrain from attacks`)
                // (an aim too: `talks aimed at averting a strike`)
                || (super::lexicon::avoiding(w)
                    && w.ends_with("ing")
                    && i > 0
                    && matches!(tokens[i - 1].folded(), "at" | "of" | "for"))
                || ((w.starts_with("refrain") || super::lexicon::avoiding(w))
                    && i > 0
                    && tokens[i - 1].folded() == "to"
                    // (an outcome let happen stays one: `allowed Oduya to escape
                    // a ban`, `managed to avoid relegation`)
                    && !(i.saturating_sub(5)..i - 1).any(|k| {
                        matches!(
                            tokens[k].folded(),
                            "allowed" | "allowing" | "allows" | "helped" | "helping" | "managed"
                                | "enabled" | "enabling" | "let"
                        )
                    }))
            {
                i = end;
                continue;
            }
            let passive = passive_phrase || happens(text, tokens, end) || agent_none(i);
            push(&mut out, i, end, passive);
            i = end;
            continue;
        }
        if let Some(end) = plan_fails(text, tokens, clauses, i) {
            push(&mut out, i, end, true);
            i = end;
            continue;
        }
        if let Some(end) = refused_for_a_time(tokens, i) {
            push(&mut out, i, end, false);
            i = end;
            continue;
        }
        // (the verb of saying is part of the cue: a fact about the claiming
        // names it, and is told)
        if falsely_said(tokens, i) {
            push(&mut out, i, i + 2, false);
            i += 2;
            continue;
        }
        if version_said(tokens, i) || correction_said(text, tokens, i) {
            push(&mut out, i, i + 1, false);
            i += 1;
            continue;
        }
        let cue = (class & (NEGATING | DENYING) != 0
            && !reversed_denial(text, tokens, i)
            && !quoted_word(text, tokens, i))
            || t.contraction
            // (after `not`, `not without warning`: a cue the `not` cancels, as in
            // `not ruled out`; it still negates a fact that says `without
            // incident`)
            || (w == "without"
                && (without_negates(text, tokens, i)
                    || (i > 0 && matches!(tokens[i - 1].folded(), "not" | "never"))
                    // (`has not been without its dark days`)
                    || (i > 1
                        && matches!(tokens[i - 1].folded(), "been" | "be")
                        && matches!(tokens[i - 2].folded(), "not" | "never"))))
            || (w == "from" && kept_from(tokens, i))
            || dismisses_reports(text, tokens, i)
            || (w == "truth" && no_truth_in(tokens, i))
            || (w.starts_with("clear") && cleared_of(text, tokens, i));
        // (what was said, called false in the passive: `Claims that he had failed a
        // doping test were dismissed as baseless by the club`)
        // (its subject something said: not `The protesters were dismissed as
        // propaganda pawns`)
        // (a noun of something said in the sentence before token `i`: `Reports
        // that the bridge had collapsed were wrong`, `Claims that … were
        // dismissed as baseless`; not `The decision was wrong`)
        let said_before = |i: usize| {
            (i.saturating_sub(25)..i)
                .rev()
                .take_while(|&k| !sentence_after(text, tokens, k))
                .any(|k| SAID_NOUNS.contains(&tokens[k].folded()))
        };
        // (for `fake` and `invention`: the sentence's subject is what was said, a
        // noun of it or a noun and a verb of claiming opening the sentence: `Posts
        // claiming that Voss had resigned were fake`, `Reports of a rift … were
        // "inventions"`; not `Reports said the paintings … were fake`)
        let subject_said = |i: usize| {
            let mut s = i;
            while s > 0 && i - s < 40 && !sentence_after(text, tokens, s - 1) {
                s -= 1;
            }
            let w = |k: usize| tokens.get(k).map_or("", Token::folded);
            (s..(s + 2).min(i)).any(|k| {
                SAID_NOUNS.contains(&w(k)) && !matches!(w(k + 1), "said" | "say" | "says" | "that")
                    || (k > s && matches!(w(k), "claiming" | "suggesting" | "alleging" | "saying"))
            })
        };
        let dismissed_as_false = || {
            matches!(w, "dismissed" | "refuted" | "rebutted")
                && tokens.get(i + 1).is_some_and(|t| t.folded() == "as")
                // (no verb in the few words after it, its clause's: `as` is no
                // `while`, `was dismissed as speculation about a reshuffle grew`)
                && (i + 2..(i + 5).min(tokens.len())).any(|k| {
                    FALSEHOOD.contains(&tokens[k].folded())
                        && !(k + 1..(k + 5).min(tokens.len()))
                            .take_while(|&j| {
                                !text[tokens[j - 1].end..tokens[j].start]
                                    .contains([',', '.', ';', '!', '?', '\n'])
                            })
                            .any(|j| {
                                let n = tokens[j].folded();
                                past_form(n, 3) || AUXILIARIES.contains(&n)
                            })
                })
                && after_be(tokens, clauses, i)
                && said_before(i)
        };
        if !cue && dismissed_as_false() {
            push(&mut out, i, i + 1, true);
            i += 1;
            continue;
        }
        if cue && !only_looks_negative(text, tokens, i) {
            let passive = (matches!(w, "denied" | "rejected") && after_be(tokens, clauses, i))
                || (class & NEGATING != 0 || t.contraction) && happens(text, tokens, i + 1)
                || (class & NEGATING != 0 && agent_none(i));
            push(&mut out, i, i + 1, passive);
        } else if matches!(w, "refused" | "turned")
            && after_be(tokens, clauses, i)
            && (w == "refused" || tokens.get(i + 1).is_some_and(|t| t.folded() == "down"))
            && refused_alone(text, tokens, i + usize::from(w == "turned"))
        {
            // (a request refused in the passive, like `denied`: `Permission to
            // land was refused`, `his visa application was turned down`)
            push(&mut out, i, i + 1 + usize::from(w == "turned"), true);
        } else if (FALSE.contains(&w)
            || (matches!(w.as_bytes().first(), Some(b'w' | b'i' | b'm' | b'f'))
                && WRONG.contains(&w)
                && if matches!(w, "fake" | "invention" | "inventions") {
                    subject_said(i)
                } else {
                    said_before(i)
                }))
            && (after_be(tokens, clauses, i)
                || (said_before(i) && coordinated_after_be(tokens, clauses, i)))
        {
            // (what was said to be false: `reports that he had been hospitalised
            // were false`, read as the passive of a denial)
            push(&mut out, i, i + 1, true);
        }
        i += 1;
    }
    untrue_negations(text, tokens, &mut out);
    // a word in an aside is followed by a lower clause number (the clause it
    // interrupts goes on): the least number after each token
    let mut least_after = vec![u32::MAX; tokens.len()];
    for k in (1..tokens.len()).rev() {
        least_after[k - 1] = least_after[k].min(clauses.get(k).copied().unwrap_or(u32::MAX));
    }
    let in_aside = |k: usize| clauses.get(k).is_some_and(|c| least_after[k] < *c);
    // how far each cue reaches: to the subordinating words around it, found in one
    // pass each way; one inside an aside bounds only the aside (`has not, since the
    // truce, withdrawn`)
    let comma_before = |k: usize| {
        k > 0
            && text
                .get(tokens[k - 1].end..tokens[k].start)
                .is_some_and(|g| g.contains(','))
    };
    // (`would not resign and would submit a revised budget`, `has not been
    // charged and has denied`: a second predicate with its own auxiliary; `, with
    // each winning 26 seats`: a participle's clause of its own)
    // (only after a first predicate with its own negated auxiliary, not inside one
    // report denied: not `denied that it would disarm and would hand over its
    // weapons`, `denied reports that the hospital was not functioning and was
    // being used as a base`)
    let modal = |w: &str| {
        matches!(
            w,
            "would" | "will" | "could" | "should" | "can" | "may" | "might" | "must"
        )
    };
    // (a modal, or `be` or `have` as an auxiliary: `has not been charged and has
    // denied any knowledge`, `was not injured and was taken to hospital`)
    let auxiliary =
        |w: &str| modal(w) || matches!(w, "has" | "have" | "had" | "is" | "are" | "was" | "were");
    // (`be` or `have` only in a predicate of its own, no denial or `that` before
    // it in its sentence: not `denied reports that the hospital was not
    // functioning and was being used as a base`, one report)
    let own_report = |j: usize| {
        modal(tokens[j].folded())
            || (j.saturating_sub(12)..j)
                .rev()
                .take_while(|&x| !sentence_after(text, tokens, x))
                .all(|x| tokens[x].class() & DENYING == 0 && tokens[x].folded() != "that")
    };
    let own_auxiliary = |k: usize| {
        tokens[k].folded() == "and"
            && (k.saturating_sub(6)..k).any(|j| {
                (auxiliary(tokens[j].folded())
                    && own_report(j)
                    && tokens
                        .get(j + 1)
                        .is_some_and(|n| matches!(n.folded(), "not" | "never")))
                    || (tokens[j].contraction
                        && own_report(j)
                        && matches!(
                            tokens[j].folded(),
                            "wouldnt"
                                | "wont"
                                | "couldnt"
                                | "shouldnt"
                                | "cant"
                                | "mustnt"
                                | "hasnt"
                                | "havent"
                                | "hadnt"
                                | "isnt"
                                | "arent"
                                | "wasnt"
                                | "werent"
                        ))
            })
            && tokens.get(k + 1).is_some_and(|t| auxiliary(t.folded()))
            && tokens.get(k + 2).is_some_and(|t| {
                t.class() & NEGATING == 0 && !t.contraction && t.folded() != "also"
            })
    };
    // (`and` and an auxiliary after a denial of a thing, no verb between: a
    // predicate of its own, `denies any wrongdoing and has cooperated fully`,
    // `denied the charge and was remanded in custody`; not after a denied clause,
    // `denied he was there and had taken the money`)
    let denied_then_own = |k: usize| {
        tokens[k].folded() == "and"
            && tokens.get(k + 1).is_some_and(|t| auxiliary(t.folded()))
            && tokens.get(k + 2).is_some_and(|t| {
                t.class() & NEGATING == 0 && !t.contraction && t.folded() != "also"
            })
            && (k.saturating_sub(6)..k)
                .rev()
                .take_while(|&x| !sentence_after(text, tokens, x))
                .find(|&x| tokens[x].class() & DENYING != 0)
                .is_some_and(|d| {
                    // (a short object, not opened by a subject's pronoun or a
                    // possessive: not `denies its drones bomb civilians and`;
                    // the auxiliary agreeing with the one who denies: not `The
                    // company denies … and have sold`)
                    let first = tokens.get(d + 1).map_or("", Token::folded);
                    let aux = tokens.get(k + 1).map_or("", Token::folded);
                    k - d <= 4
                        && !matches!(
                            first,
                            "he" | "she"
                                | "it"
                                | "they"
                                | "we"
                                | "i"
                                | "its"
                                | "his"
                                | "her"
                                | "their"
                                | "our"
                                | "my"
                        )
                        && !(tokens[d].folded().ends_with('s')
                            && matches!(aux, "have" | "are" | "were"))
                        && (d + 1..k).all(|x| {
                            let w = tokens[x].folded();
                            !auxiliary(w) && w != "that" && !past_form(w, 3) && !SAYING.contains(&w)
                        })
                })
    };
    let with_ing = |k: usize| {
        tokens[k].folded() == "with"
            && comma_before(k)
            && (k + 1..(k + 4).min(tokens.len())).any(|j| {
                let w = tokens[j].folded();
                w.len() > 5 && w.ends_with("ing")
            })
            && !in_aside(k)
    };
    let subordinate = |k: usize| {
        with_ing(k)
            || (tokens[k].class() & REACH_STOP != 0
                && !in_aside(k)
                && ((SUBORDINATORS.contains(&tokens[k].folded())
                // `had never before struck`: an adverb
                && !(tokens[k].folded() == "before"
                    && k > 0
                    && matches!(tokens[k - 1].folded(), "never" | "ever"))
                // `had since been ruled out`: an adverb too
                && !(tokens[k].folded() == "since"
                    && k > 0
                    && matches!(tokens[k - 1].folded(), "had" | "has" | "have")
                    && tokens.get(k + 1).is_some_and(|n| n.folded() == "been")))
                || and_past_verb(text, tokens, k)
                // `said the talks were not peace negotiations and that Lebanon's
                // priority was a withdrawal`: a second report under the same verb
                || (tokens[k].folded() == "and"
                    && tokens.get(k + 1).is_some_and(|t| t.folded() == "that"))
                || when_clause(text, tokens, clauses, k)
                // (`in Bint Jbeil, where two people were killed`: a place's own
                // clause)
                || (tokens[k].folded() == "where" && comma_before(k))
                || own_auxiliary(k)
                || denied_then_own(k)
                || question(tokens, k)))
    };
    // (a negation right before token `v`, only auxiliaries, adverbs, `been`, `be`
    // or `able to` between)
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let negated_before = |v: usize| {
        let mut b = v;
        while b > 0 && v - b < 5 {
            b -= 1;
            let t = &tokens[b];
            if t.class() & NEGATING != 0 || t.contraction {
                return true;
            }
            let w = t.folded();
            if !(AUXILIARIES.contains(&w)
                || inner_adverb(w)
                || matches!(w, "been" | "be" | "able" | "to" | "yet"))
            {
                return false;
            }
        }
        false
    };
    // (a verb of finding right after a negation opens what was not found: `has
    // not found that she engaged in corrupt conduct`, `did not conclude that`,
    // `were not able to prove that`; not `were not surprised to find that`, `did
    // not renew the two shows that`; nor what is called untrue: `It is not true
    // that`, `not entirely accurate that`, `not the case that`; not `not the only
    // case that`)
    let opens_content = |k: usize| {
        let before = word(k - 1);
        ((FINDING.contains(&before) || matches!(before, "true" | "correct" | "accurate"))
            && negated_before(k - 1))
            || (before == "case" && k >= 2 && word(k - 2) == "the" && negated_before(k - 2))
    };
    // (forward, a relative clause too, for a cue of a verb: what `the settlers
    // who torched a mosque` did is given, not denied, in `Police have not arrested
    // the settlers who torched a mosque`; not for a subject's, whose verb comes
    // after the clause: `No soldiers who were stationed nearby intervened`)
    // (`that` after a noun too: `the agreement that mediators presented`; not
    // after a verb, `said that`, nor a noun of saying, whose clause is what is
    // denied: `denied the report that troops entered`)
    let relative_that = |k: usize| {
        if k == 0 || tokens[k].folded() != "that" {
            return false;
        }
        let before = tokens[k - 1].folded();
        // (no saying in the words before: `denied reports circulating on social
        // media that a dam had burst`, `said on Wednesday that`)
        let saying = || {
            (k.saturating_sub(8)..k).any(|j| {
                let w = tokens[j].folded();
                SAYING.contains(&w)
                    || SAID_NOUNS.contains(&w)
                    || tokens[j].class() & DENYING != 0
                    || matches!(
                        w,
                        "reported" | "announced" | "confirmed" | "claimed" | "warned"
                    )
            })
        };
        tokens[k - 1].class() & (VERB_LIKE | NEGATING | DENYING) == 0
            && !SAYING.contains(&before)
            && !SAID_NOUNS.contains(&before)
            && !AUXILIARIES.contains(&before)
            && !matches!(
                before,
                "so" | "such" | "now" | "given" | "than" | "and" | "but" | "of"
            )
            && !opens_content(k)
            && text[tokens[k - 1].end..tokens[k].start]
                .chars()
                .all(char::is_whitespace)
            && !saying()
    };
    let relative = |k: usize| {
        k > 0
            && (matches!(tokens[k].folded(), "who" | "which" | "whom" | "whose")
                || relative_that(k))
            && !in_aside(k)
    };
    let (mut next_sub, mut next_rel) = (tokens.len(), tokens.len());
    let mut k = tokens.len();
    for c in out.iter_mut().rev() {
        while k > c.end {
            k -= 1;
            if subordinate(k) {
                next_sub = k;
                next_rel = k;
            } else if relative(k) {
                next_rel = k;
            }
        }
        let subject = SUBJECT_CUES.contains(&tokens[c.first].folded());
        c.reach_end = if subject { next_sub } else { next_rel };
    }
    // a cue inside a relative clause before the sentence's verb reaches no further
    // than its own verb's phrase: in `fighters who no longer hold positions near
    // the airport shelled El Obeid` the shelling is told
    for c in out.iter_mut() {
        if let Some(k) = relative_end(tokens, c) {
            c.reach_end = c.reach_end.min(k);
        }
    }
    // what a negated outcome could not have come about without is told, a double
    // negative: in `the exchange might not have happened at all without the
    // personal intervention of Qatar's emir` the intervention is told (a `not`,
    // `never` or a contraction, with a verb of its own before `without`)
    for c in out.iter_mut() {
        let t = &tokens[c.first];
        if c.end == c.first + 1
            && (matches!(t.folded(), "not" | "never") || t.contraction)
            && let Some(k) = (c.end + 1..c.reach_end.min(tokens.len()))
                .take_while(|&k| !sentence_after(text, tokens, k - 1))
                .find(|&k| tokens[k].folded() == "without")
            // (not `will not be without complications`, where `without` is a
            // cue the `not` cancels)
            && (c.end..k).any(|j| {
                tokens[j].class() & VERB_LIKE != 0
                    && !matches!(
                        tokens[j].folded(),
                        "be" | "been" | "being" | "is" | "was" | "were" | "are" | "have" | "has"
                    )
            })
        {
            c.reach_end = c.reach_end.min(k);
        }
    }
    // a named party's claim denied in the sentence that tells it stands beside
    // the denial ([`DENIED_BESIDE`]; in the passive, [`claim_denied_before`],
    // below): the denial reaches no word of the claim
    for c in out.iter_mut() {
        if let Some(that) = claim_denied_at(text, tokens, c.first) {
            c.reach_end = c.reach_end.min(that);
        }
    }
    // a thing withheld (`was denied entry at the Allenby crossing`, `denied bail
    // to two settlers charged with …`, `denied Arsenal victory at Villa Park`):
    // the denial reaches only it; the one it is kept from and the setting are given
    for c in out.iter_mut() {
        if let Some(k) = withheld(text, tokens, c) {
            // (where one may not enter is withheld too: `denied entry to the
            // courtroom`)
            let whither = matches!(
                tokens[k].folded(),
                "entry" | "access" | "passage" | "admission"
            ) && tokens
                .get(k + 1)
                .is_some_and(|t| matches!(t.folded(), "to" | "into"));
            if !whither {
                c.reach_end = c.reach_end.min(k + 1);
            }
            c.passive = false;
        }
    }
    // what one is cleared of in the passive is only the wrong (`was cleared of
    // misconduct over the shooting`: the shooting is told)
    for c in out.iter_mut() {
        if matches!(tokens[c.first].folded(), "cleared" | "clears")
            && let Some(k) = passive_wrong(tokens, c.first)
        {
            let joined = tokens
                .get(k + 1)
                .is_some_and(|n| &text[tokens[k].end..n.start] == "-");
            c.reach_end = c.reach_end.min(k + 1 + 2 * usize::from(joined));
        }
    }
    // what was foiled or thwarted, when it is a plot or an attempt, is what
    // follows its `to` (`thwarted a plot to bomb the station`: the plot was
    // made); with no `to`, nothing (`foiled a plot targeting Saturday's parade`)
    for c in out.iter_mut() {
        let w = tokens[c.first].folded();
        if !c.passive
            && (w.starts_with("foil") || w.starts_with("thwart"))
            && let Some(k) = (c.end..(c.end + 4).min(tokens.len())).find(|&k| {
                matches!(
                    tokens[k].folded(),
                    "plot"
                        | "plan"
                        | "attempt"
                        | "bid"
                        | "scheme"
                        | "conspiracy"
                        | "effort"
                        | "attempts"
                        | "plots"
                        | "plans"
                )
            })
        {
            if tokens.get(k + 1).is_some_and(|n| n.folded() == "to") {
                c.skip = Some((c.end, k + 2));
            } else {
                c.negated = true;
            }
        }
    }
    // what is escaped, avoided or averted is only its noun (`escaped a ban for his
    // tackle on Smith`: the tackle is told), found after at most a determiner and
    // two words; with none, it is no cue (`escaped a blaze`, `avoided any
    // mention of the airstrike`)
    for c in out.iter_mut() {
        if c.end == c.first + 1
            && super::lexicon::avoiding(tokens[c.first].folded())
            && let Some(k) = avoided(text, tokens, c.end)
        {
            c.reach_end = c.reach_end.min(k + 1);
        }
    }
    // `did not reach the village until Tuesday`: the act told, only late
    for c in out.iter_mut() {
        if c.negates_cue.is_none() && late_not_never(text, tokens, clauses, c) {
            c.negated = true;
        }
    }
    // the one acquitted is given, only the charge after `of` or `on` denied:
    // `cleared the former comptroller on three wire fraud counts`, `acquitted
    // Fensome of assault`
    for c in out.iter_mut() {
        let w = tokens[c.first].folded();
        if c.skip.is_none()
            && !c.passive
            && (w.starts_with("acquit") || matches!(w, "cleared" | "clears"))
            && let Some(k) = acquittal_charge(text, tokens, c.end, false)
            && k > c.end
        {
            c.skip = Some((c.end, k));
        }
    }
    // a subject's negation stops at the setting after its verb (bounded look-ahead)
    for c in out.iter_mut() {
        if let Some(k) = response(text, tokens, clauses, c) {
            c.reach_end = c.reach_end.min(k + 1);
            c.answer = Some(k);
            continue;
        }
        // (`neither of the two wards …`: a subject as `none of` is)
        let neither_of = tokens[c.first].folded() == "neither"
            && c.end == c.first + 1
            && tokens.get(c.end).is_some_and(|t| t.folded() == "of");
        let subject = (SUBJECT_CUES.contains(&tokens[c.first].folded()) || neither_of)
            && (c.end - c.first == 1 || tokens[c.first + 1].folded() == "one");
        if !subject {
            continue;
        }
        // `there was no comment from …`, `the strike caused no casualties in …`:
        // the verb is said before the cue
        let object = object(text, tokens, clauses, c.first);
        if object && !AUXILIARIES.contains(&tokens[c.first - 1].folded()) {
            c.object_verb = Some(c.first - 1);
        }
        let mut verb = existential(tokens, c.first) || object;
        // `none of the …`: its noun phrase names a given set, of which none did
        let partitive = (tokens[c.first].folded() == "none"
            && c.end == c.first + 1
            && tokens.get(c.end).is_some_and(|t| t.folded() == "of"))
            || neither_of;
        let ahead = &tokens[c.end..c.reach_end.min(c.end + 30)];
        let mut resume = 0;
        // the subject's verb when it is a bare `be`: the preposition right after
        // it is what is denied (`no one was inside the building`)
        let mut copula = None;
        // (a relative clause in a partitive's noun phrase, and whether its verb
        // was met: `none of the wards where Legionella was found would close`)
        let mut relative: Option<bool> = None;
        for (k, t) in (c.end..).zip(ahead) {
            if k < resume {
                continue;
            }
            // an aside's words (`No agreement, officials said in Beirut, was signed`)
            if clauses.get(k) > clauses.get(c.first) {
                continue;
            }
            let w = t.folded();
            if partitive && !verb {
                if relative.is_none() && matches!(w, "where" | "who" | "which" | "that" | "whose") {
                    // (after `who`, `which`, `that` the relative's verb comes next,
                    // whatever it is: `who live near the plant were evacuated`)
                    relative = Some(false);
                    if matches!(w, "who" | "which" | "that") {
                        resume = k + 2;
                        relative = Some(true);
                    }
                    continue;
                }
                if let Some(met) = relative {
                    // its verb group first; the verb after it, not right after an
                    // auxiliary, is the partitive's own
                    let after_aux = AUXILIARIES.contains(&tokens[k - 1].folded());
                    let verb_like = predicate_verb(w) || MODALS.contains(&w);
                    if !(met && !after_aux && verb_like) {
                        if verb_like {
                            relative = Some(true);
                        }
                        continue;
                    }
                    relative = None;
                }
            }
            // (`over` after a penalty is its cause, given: `No one has been
            // arrested over the killing of …`)
            let cause = w == "over"
                && k > 0
                && matches!(
                    tokens[k - 1].folded(),
                    "arrested"
                        | "charged"
                        | "detained"
                        | "questioned"
                        | "fined"
                        | "sued"
                        | "punished"
                        | "prosecuted"
                        | "disciplined"
                        | "indicted"
                        | "jailed"
                        | "sentenced"
                        | "convicted"
                        | "sacked"
                        | "fired"
                        | "blamed"
                );
            let setting =
                SETTING.contains(&w) || cause || (w == "to" && names_next(text, tokens, k + 1));
            // (after a bare `be` the preposition is what is denied, the place
            // after it is given: `no one was inside the building` denies being
            // inside, `Nobody was in the car struck near Marjayoun` tells the car)
            if verb && setting {
                c.reach_end = if copula == k.checked_sub(1) { k + 1 } else { k };
                break;
            }
            if !verb && let Some(v) = participle(text, tokens, clauses, k) {
                c.skip = Some((if partitive { c.end } else { k }, v));
                resume = v;
                continue;
            }
            // (`hit`, `hurt`: pasts that are also their present, read as a verb
            // after a partitive's noun)
            let same_past = same_past(w) || w == "hits";
            if !verb && (predicate_verb(w) || (partitive && (same_past || MODALS.contains(&w)))) {
                verb = true;
                copula = BE.contains(&w).then_some(k);
                // `None of the 12 people … were fighters`: the people are given
                if partitive && c.skip.is_none() {
                    c.skip = Some((c.end, k));
                }
            }
        }
    }
    let mut last_sub = 0;
    let mut k = 0;
    for c in &mut out {
        while k < c.first {
            if subordinate(k) {
                last_sub = k;
            }
            // (`Salam told reporters that normalisation had been ruled out`: what
            // was said is a clause of its own, the one who said it is not denied)
            // (the words up to its `that`, `told Ortagus on Tuesday that`; else
            // up to the determiner that opens what was said, after `told`'s object:
            // `said on Sunday a timetable had been rejected`, `told the envoy the
            // request had been rejected`; else past one word, or `told`'s object)
            let w = tokens[k].folded();
            let telling = TELLING.contains(&w);
            if (SAYING.contains(&w) || telling) && !in_aside(k) {
                let end = c.first.min(k + 13);
                let that = (k + 1..end).find(|&j| tokens[j].folded() == "that");
                let determiner = |j: &usize| {
                    matches!(
                        tokens[*j].folded(),
                        "the" | "a" | "an" | "its" | "their" | "his" | "her"
                    )
                };
                let told = telling || matches!(w, "told" | "tell" | "tells");
                let opens = (k + 1..c.first.min(k + 9))
                    .filter(determiner)
                    .nth(usize::from(told));
                last_sub = last_sub.max(match (that, opens) {
                    (Some(j), _) => j + 1,
                    (None, Some(j)) => j,
                    (None, None) => (k + 1 + usize::from(told)).min(c.first),
                });
            }
            k += 1;
        }
        c.reach_start = last_sub;
        if c.passive && claim_denied_before(text, tokens, c.first) {
            c.reach_start = c.first;
        }
        // (an agent that is none denies the act, not the one it was done to: `The
        // strike on Tyre was condemned by neither side` tells the strike)
        if c.passive
            && let Some(v) = by_none(tokens, clauses, c.first)
        {
            c.reach_start = c.reach_start.max(v);
        }
        alternative_reach(text, tokens, c);
    }
    // (`sooner rather than later` is no cue, nor a figure corrected, `40 people
    // rather than 14 died`)
    out.retain(|c| {
        let w = |k: usize| tokens.get(k).map_or("", Token::folded);
        !(w(c.first) == "rather"
            && (c.first > 0 && w(c.first - 1) == "sooner"
                || w(c.end).starts_with(|ch: char| ch.is_ascii_digit())
                || is_number_word(w(c.end))))
    });
    out
}

/// Where the alternative not taken ends (`rather than`, `instead of`) and where a
/// cue of an act called off by its verb (`missed`, `skipped`, `boycotted`) stops:
/// before `as`, `while`, `when` or `where` (`Salah missed a penalty as Liverpool
/// beat Chelsea`); and, opening its sentence, before the main clause's subject
/// (`Rather than resign the minister apologised`, `Instead of Cairo the talks were
/// held in Doha`): a determiner, a pronoun or a capitalised word after its first
/// word.
fn alternative_reach(text: &str, tokens: &[Token], c: &mut Cue) {
    let word = |k: usize| tokens.get(k).map_or("", Token::folded);
    let first = word(c.first);
    if !matches!(
        first,
        "rather" | "instead" | "missed" | "skipped" | "boycotted"
    ) {
        return;
    }
    let limit = c.reach_end.min(c.end + 30).min(tokens.len());
    if let Some(k) = (c.end..limit).find(|&k| matches!(word(k), "as" | "while" | "when" | "where"))
    {
        c.reach_end = c.reach_end.min(k);
    }
    let opens = c.first == 0 || sentence_after(text, tokens, c.first - 1);
    if opens && matches!(first, "rather" | "instead") {
        let subject = (c.end + 1..limit).find(|&k| {
            let w = word(k);
            matches!(
                w,
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "he"
                    | "she"
                    | "it"
                    | "they"
                    | "we"
                    | "i"
                    | "officials"
                    | "police"
            ) || text[tokens[k].start..].starts_with(char::is_uppercase)
        });
        if let Some(k) = subject {
            c.reach_end = c.reach_end.min(k);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lexicon::forms;

    #[test]
    fn every_phrase_starts_with_a_letter_the_quick_check_lets_through() {
        let first = |w: &str| w.as_bytes()[0];
        for p in PHRASES {
            let words: Vec<&str> = if p[0].ends_with('*') {
                forms(p[0]).to_vec()
            } else {
                vec![p[0]]
            };
            for w in words {
                assert!(PHRASE_LETTERS.contains(&first(w)), "{w}");
            }
        }
    }
    use crate::text::tokenize;

    fn said(text: &str) -> Vec<(String, bool)> {
        let tokens = tokenize(text, 0);
        cues(text, &tokens, &crate::text::clauses(text, &tokens))
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
        // in capitals and with any apostrophe, as headlines and captions write them
        assert_eq!(
            words("ISRAEL DIDN'T STRIKE; it didn\u{2018}t; it didn\u{02BC}t"),
            ["DIDN'T", "didn\u{2018}t", "didn\u{02BC}t"]
        );
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
            words("the bloc fell well short of a majority"),
            ["fell well short of"]
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
        // but before the noun of an outcome it says none was reached
        assert_eq!(
            words("the meeting ended without a ceasefire deal"),
            ["without"]
        );
        assert_eq!(words("ended without agreement on it"), ["without"]);
        assert_eq!(words("without any formal accord"), ["without"]);
        assert_eq!(words("without the deal"), Vec::<String>::new());
        // `not without`: two cues that cancel, as `not ruled out`
        let text = "Her departure was not without warning";
        let tokens = tokenize(text, 0);
        let c = cues(text, &tokens, &crate::text::clauses(text, &tokens));
        assert!(c.len() == 2 && c[0].negates_cue == Some(c[1].first) && c[1].negated);
    }

    #[test]
    fn plans_that_failed_or_will_not_happen() {
        // a transaction that collapsed, a plan that fell through: passive denials
        assert_eq!(
            said("Merger talks between Honda Motor and Nissan Motor collapsed on Thursday"),
            [("collapsed".into(), true)]
        );
        assert_eq!(
            said("A planned takeover of Kestrel by Halcyon fell through"),
            [("fell through".into(), true)]
        );
        assert_eq!(
            said("the deal fell through"),
            [("fell through".into(), true)]
        );
        // not a ceasefire or a deal that stood before it collapsed, nor a building
        assert!(said("A previous ceasefire, announced in May, collapsed within days").is_empty());
        assert!(said("the grain deal collapsed in July").is_empty());
        assert!(said("the building collapsed").is_empty());
        assert!(said("his car broke down").is_empty());
        // (nor the bid's own verb between: `the bid was rejected` is its own cue)
        assert!(said("the bid succeeded and the index collapsed").is_empty());
        // `scrubbed`, active and passive
        assert_eq!(
            said("SpaceX scrubbed the launch"),
            [("scrubbed".into(), false)]
        );
        assert_eq!(said("the launch was scrubbed"), [("scrubbed".into(), true)]);
        // a negated `take place`, `go ahead`: its subject denied
        assert_eq!(
            said("The sixth round, which had been scheduled for Sunday, will not take place"),
            [("not".into(), true)]
        );
        assert_eq!(said("the match won't go ahead"), [("won't".into(), true)]);
        assert_eq!(said("the vote did not take place"), [("not".into(), true)]);
        // not one that only came later
        assert_eq!(
            said("the vote did not take place until Friday"),
            [("not".into(), false)]
        );
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
        // an aside between `be` and the cue
        assert_eq!(
            said("the plan was, aides said, rejected"),
            [("rejected".into(), true)]
        );
        // an aside's words are not the verb a subject's cue reads past
        let text = "No deal, aides said in Paris, was signed in Tyre";
        let tokens = tokenize(text, 0);
        let c = cues(text, &tokens, &crate::text::clauses(text, &tokens));
        assert_eq!(tokens[c[0].reach_end].folded(), "in");
        assert_eq!(c[0].reach_end, 8, "the setting after `was signed`");
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

    #[test]
    fn idioms_and_compounds_only_look_negative() {
        let none = Vec::<String>::new();
        assert_eq!(words("Israel not only struck Beirut but also Tyre"), none);
        assert_eq!(
            words("not just Beirut, not merely talk, not least Tyre"),
            none
        );
        assert_eq!(words("dozens if not hundreds of people"), none);
        assert_eq!(words("There is no doubt the meeting took place"), none);
        assert_eq!(words("the envoy was none other than Ortagus"), none);
        assert_eq!(words("parliament held a no-confidence vote"), none);
        assert_eq!(words("a no-fly zone, an all-or-nothing bet"), none);
        assert_eq!(
            words("a spokesperson for No 10 said; Hezbollah's No. 2"),
            none
        );
        // `whether or not` asks
        assert_eq!(words("whether or not talks resume"), none);
        // still cues
        assert_eq!(words("No one was hurt"), ["No one"]);
        assert_eq!(words("No-one was hurt"), ["No-one"]);
        assert_eq!(words("no 10-year-old was hurt"), ["no"]);
        assert_eq!(words("not a single truck"), ["not"]);
    }

    #[test]
    fn yet_to_after_have_or_be_is_a_cue_and_one_clause() {
        assert_eq!(words("Israel has yet to withdraw"), ["yet to"]);
        assert_eq!(words("the army is yet to comment"), ["yet to"]);
        assert_eq!(words("brief, yet to the point"), Vec::<String>::new());
        let text = "Israel has yet to withdraw";
        let tokens = tokenize(text, 0);
        assert!(inside_phrase(text, &tokens, 2), "no clause starts at yet");
    }

    #[test]
    fn stopped_short_of_is_a_phrase() {
        assert_eq!(
            words("he stopped short of calling it a war"),
            ["stopped short of"]
        );
    }

    #[test]
    fn without_a_verb_through_an_adverb_or_before_an_object() {
        assert_eq!(words("without even consulting parliament"), ["without"]);
        assert_eq!(words("without ever meeting the envoy"), ["without"]);
        assert_eq!(words("struck without warning residents"), ["without"]);
        assert_eq!(words("without Beijing's approval"), Vec::<String>::new());
        assert_eq!(
            words("without warning, the army struck"),
            Vec::<String>::new()
        );
        assert_eq!(words("without even a warning"), Vec::<String>::new());
    }

    #[test]
    fn distances_and_idioms_are_no_cues() {
        // `far from` a place after a noun or a verb is a distance, and a `not`
        // before it goes with it
        for text in [
            "Israeli jets struck a site far from the frontier",
            "An Israeli drone hit a car far from the border",
            "The fourth round produced nothing but a promise",
            "No sooner had the delegations left than a drone struck",
            "The rocket will fly no later than March 5",
            "The rules allow not more than 40 people in the hall",
            "Results are due no earlier than Friday",
            "Organisers from the Homes Not Profit coalition put the turnout at 150,000",
            "Skyvale cancelled 190 flights today",
            "after 205 flights were scrapped yesterday",
            "About 40 classes have been postponed",
        ] {
            assert_eq!(words(text), Vec::<String>::new(), "{text}");
        }
        // after `be` or a verb like it, or before a noun without a determiner, it
        // says how little there is
        assert_eq!(words("Lebanon is far from the normalisation"), ["far from"]);
        assert_eq!(words("talks remain far from a deal"), ["far from"]);
        assert_eq!(words("a deal far from certain"), ["far from"]);
        assert_eq!(words("nothing was agreed"), ["nothing"]);
        // `nothing` before a new clause's `but` is a cue
        assert_eq!(
            words("The talks achieved nothing, but officials met"),
            ["nothing"]
        );
        assert_eq!(
            words("The talks achieved nothing but both delegations agreed to meet"),
            ["nothing"]
        );
        assert_eq!(words("no sign of a deal"), ["no"]);
        // a calling off of a year's event or of one thing still denies it
        assert_eq!(words("The 2025 summit was cancelled"), ["cancelled"]);
        assert_eq!(words("Officials cancelled one meeting"), ["cancelled"]);
        assert_eq!(
            words("The strike was planned for May 6 and 7 but was postponed"),
            ["postponed"]
        );
        // the passive with `get`
        let text = "The Lebanese amendment got rejected";
        let tokens = tokenize(text, 0);
        let c = cues(text, &tokens, &crate::text::clauses(text, &tokens));
        assert!(c.len() == 1 && c[0].passive);
    }

    #[test]
    fn a_cue_negating_another_cancels_with_it() {
        let text = "A ground incursion has not been ruled out";
        let tokens = tokenize(text, 0);
        let c = cues(text, &tokens, &crate::text::clauses(text, &tokens));
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].negates_cue, Some(c[1].first));
        assert!(c[1].negated && !c[0].negated);
        for text in [
            "Israel did not deny the strike",
            "Israel didn't immediately deny it",
            "a strike not far from the hospital",
            "the hospital is not far from a deal",
            "they are no longer far from a deal",
            "Aoun never rejected the plan",
        ] {
            let tokens = tokenize(text, 0);
            let c = cues(text, &tokens, &crate::text::clauses(text, &tokens));
            assert!(c.len() == 2 && c[1].negated, "{text}");
        }
        // `confirmed nor denied`: `nor` and `denied` cancel
        let text = "The army neither confirmed nor denied it";
        let tokens = tokenize(text, 0);
        let c = cues(text, &tokens, &crate::text::clauses(text, &tokens));
        assert!(c.len() == 3 && c[2].negated && c[1].negates_cue == Some(5));
        // `nor` and a deny form with a subject between cancel too
        let text = "Neither Israel nor the army denied it";
        let tokens = tokenize(text, 0);
        let c = cues(text, &tokens, &crate::text::clauses(text, &tokens));
        assert!(c.len() == 3 && c[2].negated && c[1].negates_cue == Some(5));
        // two cues far apart do not
        let text = "Israel did not comment, and later denied the strike";
        let tokens = tokenize(text, 0);
        assert!(
            cues(text, &tokens, &crate::text::clauses(text, &tokens))
                .iter()
                .all(|c| !c.negated)
        );
    }

    #[test]
    fn a_cue_does_not_reach_a_second_verb_in_the_past_tense() {
        let text = "Israel denied the report and said it struck a depot";
        let tokens = tokenize(text, 0);
        assert_eq!(
            cues(text, &tokens, &crate::text::clauses(text, &tokens))[0].reach_end,
            4
        );
        let text = "Israel did not strike and fire at Tyre, nor talks and meetings";
        let tokens = tokenize(text, 0);
        let c = cues(text, &tokens, &crate::text::clauses(text, &tokens));
        assert!(
            c.iter().all(|c| c.reach_end == tokens.len()),
            "base forms and nouns"
        );
    }

    #[test]
    fn a_negated_subject_does_not_reach_the_setting_after_its_verb() {
        let reach = |text: &str| {
            let tokens = tokenize(text, 0);
            let c = cues(text, &tokens, &crate::text::clauses(text, &tokens));
            let end = c[0].reach_end;
            tokens[c[0].end..end]
                .iter()
                .map(|t| t.folded().to_string())
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(reach("No one was hurt in the strike on Tyre"), "was hurt");
        assert_eq!(
            reach("No injuries were reported at the talks"),
            "injuries were reported"
        );
        assert_eq!(reach("Nothing was agreed during the meeting"), "was agreed");
        // before its verb, a phrase belongs to the subject
        assert_eq!(
            reach("No strikes in Beirut were reported"),
            "strikes in beirut were reported"
        );
        assert_eq!(reach("It is no longer held in Naqoura"), "held in naqoura");
        // after a bare `be`, the preposition is what is denied, not the place
        assert_eq!(reach("No one was inside the building"), "was inside");
        assert_eq!(reach("No one was hurt in the strike"), "was hurt");
        assert_eq!(reach("Nobody was in the car struck near Tyre"), "was in");
        assert_eq!(
            reach("No one was killed or wounded in Tyre"),
            "was killed or wounded"
        );
        // a predicate's negation takes its phrase along
        assert_eq!(
            reach("The talks were not held in Naqoura"),
            "held in naqoura"
        );
    }

    #[test]
    fn a_cue_reaches_to_the_next_subordinating_word() {
        let text = "Hezbollah did not comment after Israel struck, because no one";
        let tokens = tokenize(text, 0);
        let c = cues(text, &tokens, &crate::text::clauses(text, &tokens));
        assert_eq!((c[0].first, c[0].reach_end), (2, 4));
        assert_eq!(c[1].reach_start, 7);
        assert_eq!(c[1].reach_end, tokens.len());
        // a passive cue does not reach back to the one who said it
        for (text, start) in [
            (
                "Salam told reporters that normalisation had been ruled out",
                4,
            ),
            (
                "The presidency said in a statement that the demand was rejected",
                7,
            ),
            ("Berri told visitors the request had been rejected", 3),
            ("Aoun told the U.S. envoy the request had been rejected", 6),
            ("Qmati said on Sunday a timetable had been rejected", 4),
            (
                "Aoun informed the envoy on Tuesday that the request was rejected",
                7,
            ),
        ] {
            let tokens = tokenize(text, 0);
            let c = cues(text, &tokens, &crate::text::clauses(text, &tokens));
            assert_eq!(
                (c.len(), c[0].passive, c[0].reach_start),
                (1, true, start),
                "{text}"
            );
        }
    }
}
