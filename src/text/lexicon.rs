//! The words the negation, clause and relative date readings look for, and each word's class: which
//! of those lists it is in, found once per distinct word when it is first folded
//! ([`super::fold`] keeps it with the word's forms), so the per-token tests of
//! [`super::negation`] and [`super::segment`] are one bit each instead of a
//! comparison with every listed word. Imports nothing: it sits below both.

/// Single words that negate.
pub(crate) const WORDS: &[&str] = &[
    "no", "not", "never", "neither", "nor", "nobody", "none", "nothing", "cannot",
];

/// Forms of `deny` and `reject`: they negate what follows, and in the passive what
/// precedes.
pub(crate) const DENY: &[&str] = &[
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
pub(crate) const PHRASES: &[&[&str]] = &[
    &["no", "one"],
    &["not", "yet"],
    &["no", "longer"],
    &["far", "from"],
    &["fall*", "short", "of"],
    &["fail*", "to"],
    &["refuse*", "to"],
    &["rule*", "out"],
    &["stop*", "short", "of"],
];

/// The forms of the verbs a phrase names with `*`.
pub(crate) fn forms(base: &str) -> &'static [&'static str] {
    match base {
        "fall*" => &["fall", "falls", "fell", "fallen", "falling"],
        "fail*" => &["fail", "fails", "failed", "failing"],
        "refuse*" => &["refuse", "refuses", "refused", "refusing"],
        "rule*" => &["rule", "rules", "ruled", "ruling"],
        "stop*" => &["stop", "stops", "stopped", "stopping"],
        _ => &[],
    }
}

/// Words that start a new clause for negation scope.
pub(crate) const CLAUSE_WORDS: &[&str] = &[
    "but", "however", "while", "although", "though", "whereas", "yet",
];

/// The class of a folded word: the lists below it is in, as bits.
pub(crate) fn word_class(folded: &str) -> u8 {
    let mut class = 0;
    if WORDS.contains(&folded) {
        class |= NEGATING;
    }
    if DENY.contains(&folded) {
        class |= DENYING;
    }
    if PHRASES.iter().any(|p| word_matches(p[0], folded)) || folded == "yet" {
        class |= PHRASE_START;
    }
    if CLAUSE_WORDS.contains(&folded) {
        class |= CLAUSE_WORD;
    }
    let digits_then_more = folded.starts_with(|c: char| c.is_ascii_digit())
        && folded.contains(|c: char| !c.is_ascii_digit());
    if digits_then_more || DAY_PARTS.iter().any(|p| folded.contains(p)) {
        class |= DAY_WORD;
    }
    if super::numbers::may_start_number(folded) {
        class |= NUMBER_START;
    }
    if folded == "and" || super::negation::SUBORDINATORS.contains(&folded) {
        class |= REACH_STOP;
    }
    class
}

/// What every word of a relative date's days and weekdays holds (`today`,
/// `tonight`, `tomorrow`, `last night`, `this morning`, `Friday`).
pub(crate) const DAY_PARTS: &[&str] =
    &["day", "night", "morrow", "morning", "afternoon", "evening"];

/// [`word_class`]: one of [`WORDS`].
pub(crate) const NEGATING: u8 = 1;
/// [`word_class`]: one of [`DENY`].
pub(crate) const DENYING: u8 = 2;
/// [`word_class`]: a form of a [`PHRASES`] first word, or `yet` (`has yet to`).
pub(crate) const PHRASE_START: u8 = 4;
/// [`word_class`]: one of [`CLAUSE_WORDS`].
pub(crate) const CLAUSE_WORD: u8 = 8;
/// [`word_class`]: a word a relative date may be read in: it holds one of
/// [`DAY_PARTS`], or it begins with a digit and goes on with something else (an
/// ordinal day, `19th`).
pub(crate) const DAY_WORD: u8 = 16;
/// [`word_class`]: a word a number may begin with (a digit, `twenty`, `half`,
/// `dozens`, `a`): [`super::numbers::may_start_number`], found once per word.
pub(crate) const NUMBER_START: u8 = 32;
/// [`word_class`]: a word a negation's reach may stop at: one of
/// [`super::negation::SUBORDINATORS`], or `and` (before a past verb).
pub(crate) const REACH_STOP: u8 = 64;

/// Whether folded word `folded` is `pattern`, or one of its forms when it ends in
/// `*` ([`forms`]).
pub(crate) fn word_matches(pattern: &str, folded: &str) -> bool {
    if pattern.ends_with('*') {
        forms(pattern).contains(&folded)
    } else {
        pattern == folded
    }
}
