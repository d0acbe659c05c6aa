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
    // (`fell well short of a majority`)
    &["fall*", "well", "short", "of"],
    &["fall*", "far", "short", "of"],
    &["fall*", "just", "short", "of"],
    &["fail*", "to"],
    &["refuse*", "to"],
    &["unable", "to"],
    // (`declined to comment`; not `declined to 5%`: [`complement_fits`])
    &["decline*", "to"],
    // (`was barred from leaving`, `banned from travelling`: before a verb only)
    &["bar*", "from"],
    &["ban*", "from"],
    &["prevent*", "from"],
    // (`has so far refrained from blaming its neighbour`)
    &["refrain*", "from"],
    &["rule*", "out"],
    &["stop*", "short", "of"],
    // (a plan called off did not happen: `called off a strike scheduled for
    // Thursday`, `the visit has been postponed`)
    &["call*", "off"],
    &["postpone*"],
    &["cancel*"],
    &["scrap*"],
    &["shelve*"],
    // (`SpaceX scrubbed the launch`, `the launch was scrubbed`)
    &["scrub*"],
    // (`the summit was put on hold`)
    &["put", "on", "hold"],
    // (`The attempt to board the tanker was foiled`, `thwarted a plot to`: what
    // was tried did not happen)
    &["foil*"],
    &["thwart*"],
    // (`escaped a ban`, `avoided relegation`, `averted a strike`: what was
    // escaped did not happen; with its object only, [`complement_fits`])
    &["escape*"],
    &["avoid*"],
    &["avert*"],
    // (`was acquitted of sex trafficking`: the charge not proven; not the one
    // acquitted, it is never passive)
    &["acquit*"],
    // (`the talks were anything but cordial`: not at all)
    &["anything", "but"],
    // (`was spared jail`, `the strike spared the hospital`)
    &["spared"],
    // (`abstained rather than use its veto`, `opted for a statement instead of a
    // treaty`: the alternative not taken)
    &["rather", "than"],
    &["instead", "of"],
    // (`boycotted the vote`, `skipped the summit`, `missed a scheduled
    // appearance`, `pulled out of the talks`, `the ban was left out`)
    &["boycott*"],
    &["skipped"],
    &["missed"],
    &["pull*", "out", "of"],
    &["left", "out"],
];

/// The verbs of [`PHRASES`] that, in the passive, also negate what precedes them
/// in their clause (`normalisation was ruled out`, `talks were called off`, `the
/// visit has been postponed`).
pub(crate) const PASSIVE_PHRASES: &[&str] = &[
    "ruled",
    "called",
    "postponed",
    "cancelled",
    "canceled",
    "scrapped",
    "shelved",
    "scrubbed",
    "put",
    "left",
    "foiled",
    "thwarted",
];

/// Whether two folded words are a two-word phrase cue of [`PHRASES`] with its verb
/// first (`refused` … `to`, `failed` … `to`, `ruled` … `out`): the words such a cue
/// may be split by an aside between (`refused, for the third time, to withdraw`).
pub(crate) fn split_phrase(first: &str, second: &str) -> bool {
    PHRASES.iter().any(|p| {
        p.len() == 2
            && p[0].ends_with('*')
            && word_matches(p[0], first)
            && word_matches(p[1], second)
    })
}

/// The forms of the verbs a phrase names with `*`.
pub(crate) fn forms(base: &str) -> &'static [&'static str] {
    match base {
        "fall*" => &["fall", "falls", "fell", "fallen", "falling"],
        "fail*" => &["fail", "fails", "failed", "failing"],
        "refuse*" => &["refuse", "refuses", "refused", "refusing"],
        "rule*" => &["rule", "rules", "ruled", "ruling"],
        "stop*" => &["stop", "stops", "stopped", "stopping"],
        "decline*" => &["decline", "declines", "declined", "declining"],
        "bar*" => &["bar", "bars", "barred", "barring"],
        "ban*" => &["ban", "bans", "banned", "banning"],
        "prevent*" => &["prevent", "prevents", "prevented", "preventing"],
        "refrain*" => &["refrain", "refrains", "refrained", "refraining"],
        "escape*" => &["escape", "escapes", "escaped", "escaping"],
        "foil*" => &["foiled", "foiling"],
        "thwart*" => &["thwart", "thwarts", "thwarted", "thwarting"],
        "avoid*" => &["avoid", "avoids", "avoided", "avoiding"],
        "avert*" => &["avert", "averts", "averted", "averting"],
        "call*" => &["call", "calls", "called", "calling"],
        "postpone*" => &["postpone", "postpones", "postponed", "postponing"],
        "cancel*" => &[
            "cancel",
            "cancels",
            "cancelled",
            "canceled",
            "cancelling",
            "canceling",
        ],
        // (not the nouns `scrap`, `scraps`, `shelves`)
        "scrap*" => &["scrapped", "scrapping"],
        "shelve*" => &["shelve", "shelved", "shelving"],
        // (not the noun `scrub`, `scrubs`)
        "scrub*" => &["scrubbed", "scrubbing"],
        "acquit*" => &["acquit", "acquits", "acquitted", "acquitting"],
        // (not the noun `boycott`)
        // (finite forms only: not `Students boycotting the classes marched`)
        "boycott*" => &["boycotted"],
        "pull*" => &["pull", "pulls", "pulled"],
        _ => &[],
    }
}

/// Whether the word after a phrase cue (`after`, folded; empty at the text's end)
/// is one the phrase negates: `decline*` `to` is a refusal only before a verb
/// (`declined to comment`), not before a level it fell to (`declined to 5%`,
/// `declined to its lowest level`, `declined to a record low`, `declined to
/// five`); `bar*`, `ban*` and `prevent*` `from` only before a verb in `-ing`
/// (`barred from leaving`), not before a place (`banned from Gaza`); `missed`,
/// `skipped` and `boycotted` only before their object's determiner (`missed a
/// scheduled appearance`, not `classes missed will be made up`). Every other
/// phrase negates whatever follows.
pub(crate) fn complement_fits(first: &str, after: &str) -> bool {
    const LEVELS: &[&str] = &[
        "the", "its", "their", "his", "her", "our", "a", "an", "around", "about", "just", "below",
        "under", "nearly", "almost", "roughly", "some", "zero", "record", "levels", "level",
        "lows", "low", "pre",
    ];
    if word_matches("decline*", first) {
        after.starts_with(|c: char| c.is_ascii_lowercase())
            && !LEVELS.contains(&after)
            && !may_start_number(after)
    } else if ["bar*", "ban*", "prevent*"]
        .iter()
        .any(|p| word_matches(p, first))
    {
        after.len() > 4 && after.ends_with("ing")
    } else if word_matches("postpone*", first) {
        // (a plan moved, not called off: `postponed until Friday`, `to March`)
        !matches!(after, "until" | "till" | "to" | "from" | "for")
    } else if matches!(first, "missed" | "skipped" | "boycotted") {
        // (with its object: `missed a scheduled appearance`, `skipped the summit`;
        // not a participle after its noun, `classes missed will be made up`)
        matches!(
            after,
            "a" | "an" | "the" | "his" | "her" | "its" | "their" | "this" | "that" | "out" | "last"
        )
    } else {
        true
    }
}

/// What escaping, avoiding or averting keeps from happening (`escaped a ban`,
/// `avoided relegation`, `averted a strike`): the cue negates only this noun.
pub(crate) const PENALTIES: &[&str] = &[
    "ban",
    "suspension",
    "jail",
    "prison",
    "punishment",
    "prosecution",
    "conviction",
    "relegation",
    "defeat",
    "recession",
    "default",
    "bankruptcy",
    "insolvency",
    "injury",
    "injuries",
    "detection",
    "arrest",
    "deportation",
    "extradition",
    "charges",
    "sanctions",
    "disqualification",
    "strike",
    "strikes",
    "shutdown",
    "closure",
    "layoffs",
    "eviction",
    "penalty",
    "penalties",
    "fine",
    "fines",
    "censure",
    "sentence",
    "sacking",
    "dismissal",
    "expulsion",
    "famine",
    "war",
    "downgrade",
    "lockout",
    "walkout",
    "redundancies",
    "impeachment",
    "tariffs",
    "blackout",
    "blackouts",
];

/// The verbs of escaping in [`PHRASES`]: what follows is one of [`PENALTIES`]
/// (`negation::avoided`), and after `to` they tell an aim.
pub(crate) const AVOIDING: &[&str] = &["escape*", "avoid*", "avert*"];

/// Whether folded word `w` is a form of a verb of [`AVOIDING`].
pub(crate) fn avoiding(w: &str) -> bool {
    AVOIDING.iter().any(|p| word_matches(p, w))
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
    if may_start_number(folded) {
        class |= NUMBER_START;
    }
    if matches!(folded, "and" | "but" | "when" | "as")
        || SUBORDINATORS.contains(&folded)
        || QUESTION_WORDS.contains(&folded)
    {
        class |= REACH_STOP;
    }
    if verb_like(folded) {
        class |= VERB_LIKE;
    }
    class
}

/// Verbs of weighing a course before its gerund: the act after them is not done
/// (`was considering tabling a second motion`, `mulled resigning`).
pub(crate) const CONSIDERING: &[&str] = &[
    "considering",
    "considered",
    "considers",
    "consider",
    "weighing",
    "weighed",
    "weighs",
    "mulling",
    "mulled",
    "contemplating",
    "contemplated",
];

/// Words before `to` that make the verb after it a forecast, a plan or a wish,
/// not an act told done: `is expected to cut`, `plans to sign`, `hoped to reach`.
pub(crate) const FORECASTS: &[&str] = &[
    "expected",
    "set",
    "due",
    "scheduled",
    "slated",
    "poised",
    "likely",
    "going",
    "about",
    "plans",
    "plan",
    "planned",
    "planning",
    "aims",
    "aim",
    "aimed",
    "aiming",
    "hopes",
    "hope",
    "hoped",
    "hoping",
    "intends",
    "intend",
    "intended",
    "intending",
    "wants",
    "want",
    "wanted",
    "seeks",
    "seek",
    "sought",
    "seeking",
    "expects",
    "expect",
    // (an attempt does not tell the act: `said it would try to block the deal`)
    "try",
    "tries",
    "tried",
    "trying",
    "attempt",
    "attempts",
    "attempted",
    "attempting",
    // (nor efforts or a bid: `efforts to free Chen`, `a bid to free the
    // hostages`)
    "efforts",
    "effort",
    "bid",
    // (`on course to become`, `on track to win`: a prospect)
    "course",
    "track",
];

/// What some word of each relative date holds (`today`, `tonight`, `tomorrow`,
/// `last night`, `this morning`, `Friday`, `last month`, `last week`, `two weeks ago`).
pub(crate) const DAY_PARTS: &[&str] = &[
    "day",
    "night",
    "morrow",
    "morning",
    "afternoon",
    "evening",
    "month",
    "week",
    "ago",
];

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
/// [`SUBORDINATORS`], `and` (before a past verb), `when` (not after a word that
/// asks), or `as` (after a verb, before a subject).
pub(crate) const REACH_STOP: u8 = 64;
/// [`word_class`]: an auxiliary or a past form ([`verb_like`]).
pub(crate) const VERB_LIKE: u8 = 128;

/// Whether folded word `folded` is `pattern`, or one of its forms when it ends in
/// `*` ([`forms`]).
pub(crate) fn word_matches(pattern: &str, folded: &str) -> bool {
    if pattern.ends_with('*') {
        forms(pattern).contains(&folded)
    } else {
        pattern == folded
    }
}

/// Whether a folded word is one of [`NUMBER_WORDS`] (`two`, `forty`; not `one`).
pub(crate) fn is_number_word(folded: &str) -> bool {
    NUMBER_WORDS.iter().any(|(w, _)| *w == folded)
}

/// Number words and their values.
pub(crate) const NUMBER_WORDS: &[(&str, f64)] = &[
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
];

/// Ordinal words (not `second`, which is as often a unit of time or a verb).
pub(crate) const ORDINAL_WORDS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("fortieth", 40.0),
    ("fiftieth", 50.0),
    ("hundredth", 100.0),
];

/// Vague quantities: the word and the range it stands for. `tens` only before `of
/// thousands` (or millions, billions), which multiplies the range.
pub(crate) const VAGUE: &[(&str, f64, f64)] = &[
    ("tens", 20.0, 99.0),
    ("dozens", 24.0, 99.0),
    ("hundreds", 200.0, 999.0),
    ("thousands", 2_000.0, 9_999.0),
    ("millions", 2e6, 9_999_999.0),
    ("billions", 2e9, 9_999_999_999.0),
];

/// Whether a number may begin with folded word `folded`: a digit, a number word,
/// an ordinal, a vague quantity, `several`, `a` (`a dozen`, `a handful`), `one`,
/// `scores`.
fn may_start_number(folded: &str) -> bool {
    static STARTERS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    folded.starts_with(|c: char| c.is_ascii_digit())
        || currency_letters(folded).is_some()
        || STARTERS
            .get_or_init(|| {
                NUMBER_WORDS
                    .iter()
                    .map(|(w, _)| *w)
                    .chain(ORDINAL_WORDS.iter().map(|(w, _)| *w))
                    .chain(VAGUE.iter().map(|(w, _, _)| *w))
                    .chain(["several", "a", "one", "scores", "half"])
                    .collect()
            })
            .contains(folded)
}

/// Subordinating words that open a clause the cue before them does not reach (and
/// so does `and` before a verb in the past tense, `negation::and_past_verb`):
/// `Hezbollah did not comment after Israel struck Beirut` does not negate the strike.
/// Words that open indirect questions (`where`, `whether`, `if`) are not here: `it
/// is not clear whether talks will resume` does not report that they will; `until`,
/// `unless` and `before` with a verb in the present open an act awaited, not told
/// (`negation::awaited`: `will not disarm until Israel withdraws`). `when` and `as` end a reach only as clauses of
/// time (`negation::when_clause`: `no one was hurt when a drone struck`, not `it is
/// not clear when`).
pub(crate) const SUBORDINATORS: &[&str] = &[
    "after", "before", "because", "since", "despite", "unless", "until",
];

/// Words that open an indirect question or a condition (`whether`, `if`) anywhere,
/// or an indirect question after a word that asks (`did not say who`, `it is not
/// clear how many`): what follows is asked, not denied.
pub(crate) const QUESTION_WORDS: &[&str] = &[
    "whether", "if", "who", "whom", "what", "where", "why", "how", "which",
];

/// Past forms the stemmer cannot unify with their verb, and that are not also other
/// common words (`left`, `found`, `saw`, `felt`, `lay`, `fed`, `ground`, `wound`, `rose`, `sat`
/// are, so they are not here). Listed in the README.
pub const IRREGULAR: &[(&str, &str)] = &[
    ("arisen", "arise"),
    ("arose", "arise"),
    ("ate", "eat"),
    ("beaten", "beat"),
    ("became", "become"),
    ("began", "begin"),
    ("begun", "begin"),
    ("bitten", "bite"),
    ("bled", "bleed"),
    ("blew", "blow"),
    ("blown", "blow"),
    ("bought", "buy"),
    ("broke", "break"),
    ("broken", "break"),
    ("brought", "bring"),
    ("built", "build"),
    ("came", "come"),
    ("caught", "catch"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("dealt", "deal"),
    ("did", "do"),
    ("done", "do"),
    ("drank", "drink"),
    ("drawn", "draw"),
    ("drew", "draw"),
    ("driven", "drive"),
    ("drove", "drive"),
    ("dug", "dig"),
    ("eaten", "eat"),
    ("fallen", "fall"),
    ("fell", "fall"),
    ("fled", "flee"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("forbade", "forbid"),
    ("forbidden", "forbid"),
    ("foresaw", "foresee"),
    ("foreseen", "foresee"),
    ("forgave", "forgive"),
    ("forgiven", "forgive"),
    ("forgot", "forget"),
    ("forgotten", "forget"),
    ("fought", "fight"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("gave", "give"),
    ("given", "give"),
    ("gone", "go"),
    ("got", "get"),
    ("gotten", "get"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("had", "have"),
    ("heard", "hear"),
    ("held", "hold"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("hung", "hang"),
    ("kept", "keep"),
    ("knew", "know"),
    ("known", "know"),
    ("laid", "lay"),
    ("led", "lead"),
    ("lent", "lend"),
    ("lost", "lose"),
    ("made", "make"),
    ("meant", "mean"),
    ("met", "meet"),
    ("misled", "mislead"),
    ("overcame", "overcome"),
    ("overran", "overrun"),
    ("oversaw", "oversee"),
    ("overseen", "oversee"),
    ("overtaken", "overtake"),
    ("overthrew", "overthrow"),
    ("overthrown", "overthrow"),
    ("overtook", "overtake"),
    ("paid", "pay"),
    ("proven", "prove"),
    ("ran", "run"),
    ("rang", "ring"),
    ("rebuilt", "rebuild"),
    ("retaken", "retake"),
    ("retook", "retake"),
    ("ridden", "ride"),
    ("risen", "rise"),
    ("rode", "ride"),
    ("said", "say"),
    ("sang", "sing"),
    ("sank", "sink"),
    ("seen", "see"),
    ("sent", "send"),
    ("shaken", "shake"),
    ("shook", "shake"),
    ("shot", "shoot"),
    ("shown", "show"),
    ("shrank", "shrink"),
    ("shrunk", "shrink"),
    ("slain", "slay"),
    ("slept", "sleep"),
    ("sold", "sell"),
    ("sought", "seek"),
    ("spent", "spend"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("stood", "stand"),
    ("struck", "strike"),
    ("sung", "sing"),
    ("sunk", "sink"),
    ("swept", "sweep"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("taken", "take"),
    ("taught", "teach"),
    ("thought", "think"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("told", "tell"),
    ("took", "take"),
    ("undergone", "undergo"),
    ("understood", "understand"),
    ("undertaken", "undertake"),
    ("undertook", "undertake"),
    ("underwent", "undergo"),
    ("upheld", "uphold"),
    ("went", "go"),
    ("wept", "weep"),
    ("withdrawn", "withdraw"),
    ("withdrew", "withdraw"),
    ("withheld", "withhold"),
    ("withstood", "withstand"),
    ("woke", "wake"),
    ("won", "win"),
    ("wore", "wear"),
    ("worn", "wear"),
    ("written", "write"),
    ("wrote", "write"),
];

/// The verb of an irregular past form ([`IRREGULAR`]): `met` → `meet`.
pub(crate) fn irregular_base(folded: &str) -> Option<&'static str> {
    IRREGULAR
        .binary_search_by(|(past, _)| (*past).cmp(folded))
        .ok()
        .map(|i| IRREGULAR[i].1)
}

/// Names ending in `s` that are not plurals, where the stemmer's cut leaves another
/// name: each is stemmed as itself (`Hamas` is not `Hama`, the Syrian city; `Carlos`
/// is not `Carlo`). Sorted.
pub(crate) const NAMES_IN_S: &[&str] = &["abbas", "carlos", "hamas", "marcos", "nicolas", "santos"];

/// Auxiliary verbs.
pub(crate) const AUXILIARIES: &[&str] = &[
    "is", "are", "am", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
    "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
];

/// Whether a folded word is an auxiliary or looks like a past form (`-ed`, or an
/// irregular past: `struck`, `said`), as a verb already said: found once per
/// distinct word, as [`VERB_LIKE`].
pub(crate) fn verb_like(w: &str) -> bool {
    AUXILIARIES.contains(&w) || past_form(w, 4)
}

/// Verbs of saying: an aside holding one attributes (`, officials said,`), and a
/// `but` before one tells what was not said rather than that a plan failed.
pub(crate) const SAYING: &[&str] = &[
    "say",
    "says",
    "said",
    "told",
    "tell",
    "claimed",
    "claims",
    "added",
    "noted",
    "insisted",
    "stressed",
    "reported",
    "alleged",
    "argued",
    "acknowledged",
    "admitted",
    "conceded",
    "specify",
    "specified",
    "disclose",
    "disclosed",
    "confirm",
    "confirmed",
    "elaborate",
    "comment",
    "announce",
    "announced",
];

/// Whether a folded word is an adverb that may stand inside a verb phrase, between
/// an auxiliary and its verb: an `-ly` word (`was firmly rejected`, `did not
/// immediately comment`) or one of a few short ones (`is also expected to`, `has
/// since been ruled out`, `was again rejected`).
pub(crate) fn inner_adverb(w: &str) -> bool {
    (w.len() > 3 && w.ends_with("ly"))
        || matches!(
            w,
            "also"
                | "still"
                | "now"
                | "already"
                | "then"
                | "soon"
                | "again"
                | "yet"
                | "since"
                | "later"
        )
}

/// Whether a folded word is a past form that is also its present (`hit`, `hurt`):
/// read as a past where a verb is looked for, or where a fact names an act.
pub(crate) fn same_past(w: &str) -> bool {
    matches!(w, "hit" | "hurt" | "cut" | "set" | "spread" | "shut")
}

/// Whether a folded word names an act, as a fact's term or in a window: a past form
/// (`killed`, `struck`) or one that is also its present (`hit`, `hurt`).
pub(crate) fn names_act(w: &str) -> bool {
    past_form(w, 3) || same_past(w)
}

/// Whether a folded word is a past form: longer than `min` letters and in `-ed` (not
/// `-eed`, `need`, `proceed`, but `freed`, `agreed`), or an irregular past (`struck`,
/// `said`).
pub(crate) fn past_form(w: &str, min: usize) -> bool {
    const EED: &[&str] = &["freed", "agreed", "disagreed", "guaranteed", "decreed"];
    (w.len() > min
        && w.ends_with("ed")
        && (!w.ends_with("eed") || EED.contains(&w))
        && !name_in_ed(w))
        || irregular_base(w).is_some()
}

/// Whether a folded word is one of [`NAMES_IN_ED`]. Each name is short and opens
/// with one of a few letters, so most words are passed over without a search.
pub(crate) fn name_in_ed(w: &str) -> bool {
    w.len() <= 8
        && matches!(
            w.as_bytes().first(),
            Some(b'a' | b'f' | b'h' | b'j' | b'k' | b'm' | b'r' | b's' | b'z')
        )
        && NAMES_IN_ED.binary_search(&w).is_ok()
}

/// Names that end in `-ed` like a past form (`Mohamed`, `Khaled`, `Saied`): never a
/// verb. Sorted.
pub(crate) const NAMES_IN_ED: &[&str] = &[
    "ahmed", "alfred", "fahed", "fred", "hamed", "jared", "javed", "khaled", "majed", "mohamed",
    "mohammed", "muhammed", "rashed", "saied", "sayed", "zayed",
];

/// Currency codes written before an amount (`USD 100 million`, `Rs 2 crore`,
/// `Rs. 500`).
pub(crate) const CURRENCY_CODES: &[(&str, &str)] = &[
    ("usd", "dollar"),
    ("eur", "euro"),
    ("gbp", "pound"),
    ("lbp", "lebanese pound"),
    ("ils", "shekel"),
    ("nis", "shekel"),
    ("rs", "rupee"),
    ("inr", "rupee"),
    ("pkr", "rupee"),
    ("ksh", "shilling"),
    ("kes", "shilling"),
    ("zar", "rand"),
    ("aud", "dollar"),
    ("cad", "dollar"),
    ("chf", "franc"),
    ("jpy", "yen"),
    ("cny", "yuan"),
    ("aed", "dirham"),
];

/// Currencies written as capitalised letters joined to the amount (`R50,000`,
/// `Rs500`, `KSh2bn`, `EUR50m`), folded, with what each counts: the codes above
/// and the shorter signs of the rand, rupee, shilling, rupiah, ringgit and dirham.
const LETTER_CURRENCIES: &[&[(&str, &str)]] = &[
    CURRENCY_CODES,
    &[
        ("r", "rand"),
        ("p", "peso"),
        ("php", "peso"),
        ("sh", "shilling"),
        ("tsh", "shilling"),
        ("ush", "shilling"),
        ("rp", "rupiah"),
        ("rm", "ringgit"),
        ("dh", "dirham"),
        ("dhs", "dirham"),
    ],
];

/// A folded word cut into a currency's letters, the amount after them and what it
/// counts (`r50000` → `r`, `50000`, rand), whatever the amount is.
pub(crate) fn currency_letters(folded: &str) -> Option<(&str, &str, &'static str)> {
    let cut = folded
        .find(|c: char| c.is_ascii_digit())
        .filter(|c| *c > 0)?;
    let (letters, amount) = folded.split_at(cut);
    let unit = LETTER_CURRENCIES
        .iter()
        .flat_map(|l| l.iter())
        .find(|(c, _)| *c == letters)?
        .1;
    Some((letters, amount, unit))
}
