//! Segments of a text: clauses (negation scope), sentences and paragraphs, as
//! byte spans of the original text. Pure functions, no I/O.

use super::fold::Token;

/// Clause number of every token: a clause ends at `, ; : ( ) [ ]`, a dash, a sentence
/// end, or before a contrasting conjunction (`but`, `however`, `while`, ...).
/// `text` is the text the token offsets point into.
pub fn clauses(text: &str, tokens: &[Token]) -> Vec<u32> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut clause = 0u32;
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            let gap = &text[tokens[i - 1].end..t.start];
            // (most words are one space apart, which breaks nothing)
            let breaks = (gap != " " && gap.chars().any(|c| {
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
                    && !is_abbreviation(&text[..tokens[i - 1].end], t.folded().chars().next())))
                || (t.class() & super::lexicon::CLAUSE_WORD != 0
                    && !super::negation::inside_phrase(text, tokens, i));
            if breaks {
                clause += 1;
            }
        }
        out.push(clause);
    }
    out
}

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
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "approx",
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
                && !(c == '.' && is_abbreviation(&para[..i], next)));
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

fn is_abbreviation(before: &str, next: Option<char>) -> bool {
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
