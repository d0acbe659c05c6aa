//! Segments of a text: clauses (negation scope), sentences and paragraphs, as
//! byte spans of the original text. Pure functions, no I/O.

use super::fold::Token;

/// Clause number of every token: a clause ends at `, ; : ( ) [ ]`, a dash, a sentence
/// end, or before a contrasting conjunction (`but`, `however`, `while`, ...).
/// `text` is the text the token offsets point into.
///
/// An aside set off inside a clause (`did not, however, confirm`, `No agreement,
/// officials said, was signed`, `has not (according to UNIFIL) withdrawn`, `the
/// plan, first floated in October, was ruled out`) does not end it: the aside is a
/// clause of its own, numbered above the one it interrupts, and the words after it
/// go on with that one's number. See [`aside_ends`] for what counts as an aside.
/// Numbers therefore rise along the text except back to an interrupted clause;
/// within one clause every word before a word is earlier, and the words of other
/// clauses between them are asides (higher numbers).
pub fn clauses(text: &str, tokens: &[Token]) -> Vec<u32> {
    let mut out = Vec::with_capacity(tokens.len());
    let (mut current, mut last) = (0u32, 0u32);
    let mut clause_start = 0;
    // where the aside being read ends, and the number to go on with there (an
    // aside holds no break)
    let mut resume: Option<(usize, u32)> = None;
    // where the first of the asides being read began: the clause's own words end there
    let mut opened = 0;
    for i in 0..tokens.len() {
        match resume {
            Some((end, number)) if end == i => {
                current = number;
                resume = None;
                // a second aside right after the first (`did not, however, as
                // residents claimed, shell`): its opening mark is the first one's
                // close. Only an attribution or an adverbial, as what follows an
                // aside may be the verb the clause waits for (`has not, and will
                // not, withdraw from Khiam, the minister said`)
                let b = break_at(text, tokens, i);
                let own = clause_start..opened;
                if let Some(end) = aside_ends(text, tokens, b, own, i)
                    && attribution(&tokens[i..end])
                {
                    last += 1;
                    resume = Some((end, current));
                    current = last;
                }
            }
            Some(_) => {}
            None => {
                let b = break_at(text, tokens, i);
                if b != Break::None && !(b == Break::Comma && negated_list(tokens, clause_start, i))
                {
                    last += 1;
                    match aside_ends(text, tokens, b, clause_start..i, i) {
                        Some(end) => {
                            resume = Some((end, current));
                            opened = i;
                        }
                        None => clause_start = i,
                    }
                    current = last;
                }
            }
        }
        out.push(current);
    }
    out
}

/// Whether the comma before token `i` parts the items of a list that is a
/// negated subject, its clause opening at `start` with `no` and holding no verb
/// yet, the item after it a word or two with no verb, and `or`, `and` or `nor`
/// next: `No Ostrelian ship, aircraft or submarine was operating` is one clause,
/// all three negated.
fn negated_list(tokens: &[Token], start: usize, i: usize) -> bool {
    let verb = |t: &Token| t.class() & super::lexicon::VERB_LIKE != 0;
    // (a noun phrase after `no`, not an idiom or an adverbial: `No stranger to
    // controversy,`, `No matter the weather,`, `No longer a candidate,`)
    let plain = |t: &Token| {
        !matches!(
            t.folded(),
            "stranger"
                | "matter"
                | "longer"
                | "less"
                | "more"
                | "wonder"
                | "way"
                | "surprise"
                | "single"
                | "doubt"
                | "sooner"
                | "one"
                | "other"
                | "such"
                | "there"
                | "then"
                | "to"
                | "than"
                | "of"
                | "in"
                | "the"
                | "a"
                | "an"
                | "for"
                | "at"
                | "on"
        )
    };
    let item = |words: &[Token]| words.iter().all(|t| plain(t) && !verb(t));
    // (the last item right before its verb: `… or submarine was operating`)
    let conj = |k: usize| matches!(tokens[k].folded(), "or" | "and" | "nor");
    // (a comma before the last item's `or`: `No ship, plane, or drone entered`)
    let last = |k: usize| {
        (k + 2..=k + 3).any(|e| tokens.get(e).is_some_and(verb) && item(&tokens[k + 1..e]))
    };
    // (the items before the comma two words at most, or, right before the last
    // item's `or`, four: not `No ordinary Tuesday night, fans and players
    // celebrated`)
    tokens.get(start).is_some_and(|t| t.folded() == "no")
        && (start + 2..=start + 5).contains(&i)
        && item(&tokens[start + 1..i])
        && (i < tokens.len() && conj(i) && last(i)
            || (i <= start + 3
                && (i + 1..(i + 3).min(tokens.len()))
                    .any(|k| conj(k) && item(&tokens[i..k]) && last(k))))
}

/// What ends a clause before a word, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Break {
    None,
    /// A comma alone.
    Comma,
    /// A dash alone (`–`, `—`, or ` - ` with spaces around it).
    Dash,
    /// An opening bracket alone.
    Open,
    /// A closing bracket alone.
    Close,
    /// Anything else: a full stop, a line break, `;`, a contrasting conjunction.
    Other,
}

/// What ends a clause before token `i`: [`break_before`], with the answer for most
/// words (one space after the word before, no contrasting conjunction) found
/// without calling it.
#[inline(always)]
fn break_at(text: &str, tokens: &[Token], i: usize) -> Break {
    let plain = i > 0 && {
        let (before, t) = (&tokens[i - 1], &tokens[i]);
        t.start == before.end + 1
            && text.as_bytes()[before.end] == b' '
            && t.class() & super::lexicon::CLAUSE_WORD == 0
    };
    if plain {
        Break::None
    } else {
        break_before(text, tokens, i)
    }
}

fn break_before(text: &str, tokens: &[Token], i: usize) -> Break {
    let Some(before) = i.checked_sub(1).map(|b| &tokens[b]) else {
        return Break::None;
    };
    let t = &tokens[i];
    let clause_word = t.class() & super::lexicon::CLAUSE_WORD != 0;
    let gap = &text[before.end..t.start];
    // (a clock time's colon is no break: `at 11:59 p.m. on Sunday`)
    let digit = |w: &str, first: bool| {
        let c = if first {
            w.chars().next()
        } else {
            w.chars().last()
        };
        c.is_some_and(|c| c.is_ascii_digit())
    };
    if gap == ":" && digit(&text[before.start..before.end], false) && digit(t.folded(), true) {
        return Break::None;
    }
    let punctuated = gap != " "
        && (gap.chars().any(|c| {
            matches!(
                c,
                ',' | ';'
                    | ':'
                    | '('
                    | ')'
                    | '['
                    | ']'
                    | '!'
                    | '?'
                    | '\u{2014}'
                    | '\u{2013}'
                    | '\n'
            )
        }) || (gap.len() >= 3 && gap.contains(" - "))
            // a full stop ends a clause unless it ends an abbreviation (`U.S.`)
            || (gap.starts_with('.')
                && !is_abbreviation(
                    &text[..before.end],
                    t.folded().chars().next(),
                    &text[t.start..],
                )));
    // `as yet` is an adverb, and so is `yet` right after `has` or `is` (`has yet,
    // officials say, to withdraw`)
    let as_yet = t.folded() == "yet"
        && (before.folded() == "as"
            || (gap.trim().is_empty()
                && matches!(
                    before.folded(),
                    "has" | "have" | "had" | "is" | "are" | "was" | "were"
                )));
    // `however` and `though` set off by commas are asides (`did not, however,
    // confirm`); elsewhere they begin a clause
    let set_off = matches!(t.folded(), "however" | "though") && gap.trim() == ",";
    let conjunction =
        clause_word && !(super::negation::inside_phrase(text, tokens, i) || as_yet || set_off);
    if conjunction {
        return Break::Other;
    }
    if !punctuated {
        return Break::None;
    }
    match gap.trim_matches(|c: char| c.is_whitespace() && c != '\n') {
        "," => Break::Comma,
        "\u{2013}" | "\u{2014}" | "-" => Break::Dash,
        "(" | "[" => Break::Open,
        ")" | "]" => Break::Close,
        _ => Break::Other,
    }
}

/// The most words an aside holds.
const ASIDE_WORDS: usize = 12;

/// Where the aside opening before token `i` ends (the token after its closing
/// mark), if the break there opens one: a comma, dash or bracket, closed by the
/// same mark (a bracket by its pair) within [`ASIDE_WORDS`] words with no other
/// break between; the clause it interrupts (its own words are `own`, asides before
/// this one left out) has not yet said its verb, or stops on an auxiliary, a
/// negation or the first word of a split cue (`did not,`, `will,`, `was,`,
/// `denied,`, `refused,`, `has not yet,`); and what follows the aside is no new
/// clause (`, and …`, `, or …`).
fn aside_ends(
    text: &str,
    tokens: &[Token],
    open: Break,
    own: std::ops::Range<usize>,
    i: usize,
) -> Option<usize> {
    let close = match open {
        Break::Comma => Break::Comma,
        Break::Dash => Break::Dash,
        Break::Open => Break::Close,
        _ => return None,
    };
    let (end, found) = (i + 1..tokens.len().min(i + ASIDE_WORDS + 1))
        .map(|k| (k, break_at(text, tokens, k)))
        .find(|(_, b)| *b != Break::None)?;
    if found != close || NEW_CLAUSE.contains(&tokens[end].folded()) {
        return None;
    }
    let before = tokens.get(own)?;
    if opens_with_adverbial(before) {
        return None;
    }
    // the clause stops on an auxiliary or a cue of its verb (not the `no` of
    // `said no,`)
    let waiting = before.len() > 1
        && before.last().is_some_and(|t| {
            super::lexicon::AUXILIARIES.contains(&t.folded())
                || (t.class() & (super::lexicon::NEGATING | super::lexicon::DENYING) != 0
                    && t.folded() != "no")
                || t.contraction
                || super::lexicon::split_phrase(t.folded(), tokens[end].folded())
                // `has not yet, despite US pressure, withdrawn`; `has yet, officials
                // say, to withdraw`
                || (t.folded() == "yet"
                    && (before[before.len() - 2].folded() == "not"
                        || tokens[end].folded() == "to"))
        });
    // or it is a subject that has not said its verb, and the words after the aside
    // say it (`No agreement, officials said, was signed`; not `No deaths, 12
    // injuries, ministry says`)
    let verb_class = super::lexicon::VERB_LIKE | super::lexicon::NEGATING | super::lexicon::DENYING;
    let subject = !before
        .iter()
        .any(|t| t.class() & super::lexicon::VERB_LIKE != 0)
        && tokens[end].class() & verb_class != 0;
    // or an age after a capitalised word, between commas, before a preposition
    // (`cleared Liam Fensome, 29, of assisting an offender`): the clause goes on
    // after it
    let age = open == Break::Comma
        && end == i + 1
        // (and a preposition after it, the clause going on: `Fensome, 29, of`,
        // `Smith, 45, with murder`; not a comma splice, `in Gaza, 12, others`)
        && matches!(
            tokens[end].folded(),
            "of" | "with" | "on" | "in" | "at" | "for" | "from" | "to" | "over"
        )
        && (1..=3).contains(&tokens[i].folded().len())
        && tokens[i].folded().bytes().all(|b| b.is_ascii_digit())
        && text[..tokens[i - 1].end]
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    (waiting || subject || age).then_some(end)
}

/// Whether the words before a comma are an opening adverbial rather than the start
/// of a clause (a subject, or a subject and the start of its verb): they begin
/// with a preposition or subordinating word (`With no warning,`, `After the talks
/// in Baabda,`, `Far from Beirut,`), an adverb in `-ly` (`Not surprisingly,`), a
/// negation other than a negated subject (`Not long ago,`, `Never before,`), or are
/// a lone `No,`. A cue in an opener does not reach the clause after it.
fn opens_with_adverbial(before: &[Token]) -> bool {
    let Some(first) = before.first() else {
        return true;
    };
    let w = first.folded();
    let negated_subject = matches!(
        w,
        "no" | "nobody" | "nothing" | "none" | "neither" | "noone"
    );
    OPENERS.contains(&w)
        || (w.len() > 3 && w.ends_with("ly"))
        || (first.class() & (super::lexicon::NEGATING | super::lexicon::DENYING) != 0
            && !negated_subject)
        || (before.len() == 1 && w == "no")
}

/// Words that begin an opening adverbial (prepositions, subordinating words).
const OPENERS: &[&str] = &[
    "with",
    "without",
    "for",
    "in",
    "on",
    "at",
    "after",
    "before",
    "since",
    "during",
    "despite",
    "amid",
    "following",
    "from",
    "by",
    "under",
    "over",
    "unlike",
    "like",
    "as",
    "according",
    "to",
    "of",
    "near",
    "across",
    "against",
    "throughout",
    "within",
    "between",
    "among",
    "far",
    "when",
    "while",
    "although",
    "though",
    "if",
    "once",
    "until",
    "because",
    "asked",
    "speaking",
    "meanwhile",
    "earlier",
    "later",
    "also",
    "still",
    "yet",
    "instead",
];

/// Whether the words of an aside that follows another attribute or set the scene:
/// they begin with an [`OPENERS`] word (`as residents claimed`, `according to
/// aides`) or hold a verb of saying (`officials said`, `sources told AFP`).
fn attribution(words: &[Token]) -> bool {
    words.first().is_some_and(|t| OPENERS.contains(&t.folded()))
        || words
            .iter()
            .any(|t| super::lexicon::SAYING.contains(&t.folded()))
}

/// Words that begin a clause of their own after a comma.
const NEW_CLAUSE: &[&str] = &["and", "or", "nor", "so", "then", "but", "yet"];

/// A byte range of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// How paragraphs are found: plain text has one paragraph per line; Markdown
/// (CommonMark) joins lines until a blank line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    LinePerParagraph,
    BlankLineSeparated,
}

/// Paragraphs of `text[from..]`, trimmed of surrounding whitespace, empty ones dropped.
pub fn paragraphs(text: &str, from: usize, layout: Layout) -> Vec<Span> {
    let mut out = Vec::new();
    let mut push = |start: usize, end: usize| {
        let slice = &text[start..end];
        let trimmed_start = start + (slice.len() - slice.trim_start().len());
        let trimmed_end = start + slice.trim_end().len();
        if trimmed_start < trimmed_end {
            out.push(Span {
                start: trimmed_start,
                end: trimmed_end,
            });
        }
    };
    let mut block_start = from;
    let mut pos = from;
    for line in text[from..].split_inclusive('\n') {
        let line_end = pos + line.len();
        let blank = line.trim().is_empty();
        match layout {
            Layout::LinePerParagraph => push(pos, line_end),
            Layout::BlankLineSeparated => {
                if blank {
                    push(block_start, pos);
                    block_start = line_end;
                }
            }
        }
        pos = line_end;
    }
    if layout == Layout::BlankLineSeparated {
        push(block_start, text.len());
    }
    out
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
    "rep", "rev", "prof", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx", "rs",
    // (ranks and titles: `Brig. Gen. Amir Haddad`, `Maj. Gen.`, `Det. Insp.`)
    "brig", "maj", "cpl", "pvt", "adm", "cmdr", "cdr", "lieut", "supt", "insp", "det",
];

/// Sentences inside one paragraph span. A sentence ends at `.`, `!`, `?` or `…`
/// (with any closing quotes or brackets) followed by white space and a character that
/// is not lowercase, unless the word before a full stop is an abbreviation or a single
/// letter (`Dec. 3`, `U.S. envoy`).
pub fn sentences(text: &str, paragraph: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let para = &text[paragraph.start..paragraph.end];
    let first = |at: usize| para[at..].chars().next();
    let skip = |mut at: usize, pred: &dyn Fn(char) -> bool| {
        while let Some(c) = first(at).filter(|c| pred(*c)) {
            at += c.len_utf8();
        }
        at
    };
    let mut start = 0usize;
    let mut i = 0;
    // to the next byte that can start a sentence's end (`…` starts with 0xE2, which
    // only ever starts a character), found with memchr; the next 0xE2 is kept
    // until passed, so each byte is looked at once however the two interleave
    let bytes = para.as_bytes();
    let after = |from: usize, found: Option<usize>| found.map_or(para.len(), |k| from + k);
    let mut e2 = after(0, memchr::memchr(0xE2, bytes));
    let mut next_stop = |from: usize| {
        if e2 < from {
            e2 = after(from, memchr::memchr(0xE2, &bytes[from..]));
        }
        after(from, memchr::memchr3(b'.', b'!', b'?', &bytes[from..])).min(e2)
    };
    loop {
        i = next_stop(i);
        let Some(c) = first(i) else { break };
        if !matches!(c, '.' | '!' | '?' | '\u{2026}') {
            i += c.len_utf8();
            continue;
        }
        let j = skip(i + c.len_utf8(), &|d| matches!(d, '.' | '!' | '?'));
        let end = skip(j, &is_closer);
        let k = skip(end, &char::is_whitespace);
        let spaced = k > end;
        let next = para[k..].chars().find(|c| !is_opener(*c));
        let ends = k >= para.len()
            || (spaced
                && next.is_some_and(|n| !n.is_lowercase())
                && !(c == '.' && is_abbreviation(&para[..i], next, &para[k..])));
        if ends && k < para.len() {
            push_trimmed(&mut out, paragraph.start, para, start, end);
            start = k;
        }
        i = end;
    }
    push_trimmed(&mut out, paragraph.start, para, start, para.len());
    out
}

fn push_trimmed(out: &mut Vec<Span>, base: usize, para: &str, start: usize, end: usize) {
    let slice = &para[start..end];
    let s = start + (slice.len() - slice.trim_start().len());
    let e = start + slice.trim_end().len();
    if s < e {
        out.push(Span {
            start: base + s,
            end: base + e,
        });
    }
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '\u{00BB}'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '\u{201C}' | '\u{2018}' | '\u{00AB}'
    )
}

/// Whether the full stop after `before` ends an abbreviation (`U.S.`, `Brig.`),
/// `next` being the first letter after it and `after` the text after it. A clock's
/// `a.m.` or `p.m.` before a word that opens sentences (a pronoun, a determiner,
/// an opening adverbial) or a plural noun and a word in lower case ends its
/// sentence too: `The fire started at 3 p.m. Firefighters arrived`, not `at 3 p.m.
/// Wednesday`, `11:40 p.m. EST`, `8 a.m. Moscow time`.
fn is_abbreviation(before: &str, next: Option<char>, after: &str) -> bool {
    // the letters that end `before`
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[start..];
    // lower case, without an allocation for the usual short ASCII word
    let mut buf = [0u8; 16];
    let owned;
    let lower = if word.is_ascii() && word.len() <= buf.len() {
        let buf = &mut buf[..word.len()];
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        std::str::from_utf8(buf).expect("ASCII is UTF-8")
    } else {
        owned = word.to_lowercase();
        owned.as_str()
    };
    if lower == "no" {
        // `No. 2` abbreviates number; `the answer was no.` ends a sentence
        return next.is_some_and(|c| c.is_ascii_digit());
    }
    let clock = (before.get(before.len().saturating_sub(3)..))
        .is_some_and(|b| b.eq_ignore_ascii_case("a.m") || b.eq_ignore_ascii_case("p.m"));
    if lower == "m" && clock {
        // (only before a word that opens sentences, a pronoun or a determiner, or
        // a plural noun and a verb in lower case: `Firefighters arrived`; not a
        // name or a place that goes on, `8 a.m. Moscow time`, `10 a.m. Governor
        // Hochul declared`, `the 7 p.m. Mass`)
        let after = after.trim_start_matches(is_opener);
        let mut words = after
            .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '\u{2019}')
            .filter(|w| !w.is_empty());
        let word = words.next().unwrap_or("");
        let next = words.next().unwrap_or("");
        let starter = matches!(
            word,
            "The"
                | "A"
                | "An"
                | "He"
                | "She"
                | "It"
                | "They"
                | "We"
                | "I"
                | "His"
                | "Her"
                | "Its"
                | "Their"
                | "This"
                | "That"
                | "These"
                | "Those"
                | "There"
                | "But"
                | "No"
                | "By"
                | "Some"
                | "Many"
                | "Police"
                | "Officials"
                | "On"
                | "In"
                | "After"
                | "When"
                | "Later"
                | "Earlier"
                | "Meanwhile"
                | "Then"
        );
        let plural = word.starts_with(char::is_uppercase)
            && word.len() > 4
            && word.ends_with('s')
            && !word.ends_with("ss")
            && next.starts_with(char::is_lowercase)
            && next != "time";
        return !(starter || plural);
    }
    word.chars().count() == 1 || ABBREVIATIONS.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn clauses_split_at_punctuation_and_conjunctions() {
        let text = "Talks went on, but no deal was signed; officials said";
        let tokens = tokenize(text, 0);
        let c = clauses(text, &tokens);
        assert_eq!(c, [0, 0, 0, 1, 1, 1, 1, 1, 2, 2]);
        let text = "We are not yet at peace talks, yet hope";
        let c = clauses(text, &tokenize(text, 0));
        assert_eq!(
            c,
            [0, 0, 0, 0, 0, 0, 0, 1, 1],
            "no clause boundary inside a cue phrase"
        );
        let text = "There was no U.S. envoy. Then";
        let c = clauses(text, &tokenize(text, 0));
        assert_eq!(
            c,
            [0, 0, 0, 0, 0, 0, 1],
            "an abbreviation's stop is no clause end"
        );
    }

    /// The clause numbers of `text`'s words, as `word:number`.
    fn numbered(text: &str) -> String {
        let tokens = tokenize(text, 0);
        let c = clauses(text, &tokens);
        tokens
            .iter()
            .zip(c)
            .map(|(t, n)| format!("{}:{n}", &text[t.start..t.end]))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn an_aside_inside_a_clause_does_not_end_it() {
        // set off by commas, dashes or brackets, after a clause that has not said its
        // verb or stops on an auxiliary or a negation
        assert_eq!(
            numbered("Israel did not, however, strike Tyre"),
            "Israel:0 did:0 not:0 however:1 strike:0 Tyre:0"
        );
        assert_eq!(
            numbered("No truce, aides said, was reached"),
            "No:0 truce:0 aides:1 said:1 was:0 reached:0"
        );
        assert_eq!(
            numbered("Beirut has not (so far) replied"),
            "Beirut:0 has:0 not:0 so:1 far:1 replied:0"
        );
        assert_eq!(
            numbered("The bid \u{2013} first made in May \u{2013} was rejected. Then"),
            "The:0 bid:0 first:1 made:1 in:1 May:1 was:0 rejected:0 Then:2"
        );
        // later clauses number on above the aside
        assert_eq!(
            numbered("Aid, officials said, arrived; then"),
            "Aid:0 officials:1 said:1 arrived:0 then:2"
        );
    }

    #[test]
    fn a_clause_that_said_its_verb_ends_at_the_comma() {
        assert_eq!(
            numbered("No one was killed, the ministry said, adding"),
            "No:0 one:0 was:0 killed:0 the:1 ministry:1 said:1 adding:2"
        );
        // a new clause after the second comma, a list, an aside too long
        assert_eq!(
            numbered("Envoys met, aides said, and talks"),
            "Envoys:0 met:0 aides:1 said:1 and:2 talks:2"
        );
        assert_eq!(
            numbered("not in Tyre, Sidon, or Jezzine"),
            "not:0 in:0 Tyre:0 Sidon:1 or:2 Jezzine:2"
        );
        assert_eq!(
            numbered(
                "Israel did not, as one of the officials who were there late on Monday put it, strike"
            ),
            "Israel:0 did:0 not:0 as:1 one:1 of:1 the:1 officials:1 who:1 were:1 there:1 late:1 on:1 Monday:1 put:1 it:1 strike:2"
        );
        // two asides in a row, the second an attribution; not a verb after the first
        assert_eq!(
            numbered("did not, however, as residents claimed, shell"),
            "did:0 not:0 however:1 as:2 residents:2 claimed:2 shell:0"
        );
        assert_eq!(
            numbered("has not, and will not, withdraw from Khiam, the minister said"),
            "has:0 not:0 and:1 will:1 not:1 withdraw:0 from:0 Khiam:0 the:2 minister:2 said:2"
        );
        // a two-word cue split by an aside
        assert_eq!(
            numbered("Israel refused, for the third time, to withdraw"),
            "Israel:0 refused:0 for:1 the:1 third:1 time:1 to:0 withdraw:0"
        );
        // `however` opening a clause
        assert_eq!(
            numbered("Talks went on, however, no deal"),
            "Talks:0 went:0 on:0 however:1 no:2 deal:2"
        );
    }

    #[test]
    fn an_opening_adverbial_is_no_clause_an_aside_interrupts() {
        for text in [
            "With no warning, on Monday, jets struck",
            "Not long ago, aides said, the market was busy",
            "Far from Tyre, in Sidon, residents fled",
            "No, the minister said, Israel has withdrawn",
            "After the talks in Baabda, aides said, the plan was dropped",
            "Surprisingly, aides said, the talks ended",
            // a subject whose verb the words after the aside do not say
            "No deaths, 12 injuries, ministry says",
            // `said no,` is no clause stopping on its verb's cue
            "Berri said no, citing the strike, which killed three",
        ] {
            let c = clauses(text, &tokenize(text, 0));
            assert!(c.windows(2).all(|w| w[0] <= w[1]), "{text}: {c:?}");
        }
        // brackets of either shape
        assert_eq!(
            numbered("It did not [immediately] confirm"),
            "It:0 did:0 not:0 immediately:1 confirm:0"
        );
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        let text = "Talks began on Dec. 3 in Naqura. The U.S. envoy attended. “It went well.” He left! why? Yes, No. 2 said no. Done";
        let para = Span {
            start: 0,
            end: text.len(),
        };
        let got: Vec<&str> = sentences(text, para)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(
            got,
            [
                "Talks began on Dec. 3 in Naqura.",
                "The U.S. envoy attended.",
                "“It went well.”",
                "He left! why?",
                "Yes, No. 2 said no.",
                "Done"
            ]
        );
        // (a rank before a name: `Brig. Gen.`, `Maj.`)
        let text = "An airstrike killed Brig. Gen. Amir Haddad near Zarin. Maj. Ali Saad survived.";
        let para = Span {
            start: 0,
            end: text.len(),
        };
        assert_eq!(sentences(text, para).len(), 2);
        // (a clock's `p.m.` ends its sentence before a word that opens sentences or
        // a plural noun and a word in lower case, not before a day or a zone)
        let count = |text: &str| {
            let para = Span {
                start: 0,
                end: text.len(),
            };
            sentences(text, para).len()
        };
        assert_eq!(
            count("The fire started at 3 p.m. Firefighters arrived soon after."),
            2
        );
        assert_eq!(
            count("Crews were called at 3 p.m. Wednesday to the ridge."),
            1
        );
        assert_eq!(count("Liftoff is set for 11:40 p.m. EST from the pad."), 1);
        assert_eq!(
            count("It closes at 9 a.m. on Monday and at 6 p.m. daily."),
            1
        );
    }

    #[test]
    fn paragraphs_by_layout() {
        let text = "one\ntwo\n\nthree\r\n";
        let lines: Vec<&str> = paragraphs(text, 0, Layout::LinePerParagraph)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(lines, ["one", "two", "three"]);
        let blocks: Vec<&str> = paragraphs(text, 0, Layout::BlankLineSeparated)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(blocks, ["one\ntwo", "three"]);
    }
}
