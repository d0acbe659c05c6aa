//! Text analysis shared by the corpus and the claims: folding, stemming, tokens,
//! clauses, sentences and paragraphs. Pure functions, no I/O.
//!
//! Every token keeps the byte range of the original text it came from, so anything
//! found on folded text can be reported against the file as stored.

use rust_stemmers::{Algorithm, Stemmer};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// One word of a text: where it is, how it folds, how it stems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
    /// NFKC, lowercase, no diacritics, straight apostrophes removed, possessive 's
    /// dropped, digit-group commas joined. Shared: every token of a word points at
    /// one string.
    pub folded: Word,
    /// English Snowball stem of `folded` (words with digits are not stemmed).
    pub stem: Word,
    /// A negation cue: `no`, `not`, `never`, `without`, `denied`, `neither`, `nor`, or
    /// a contraction ending in `n't`.
    pub negation: bool,
}

/// A word's folded form or stem, shared between all tokens of that word.
pub type Word = Arc<str>;

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{FF07}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Folds one word as PRODUCT.md says: NFKC, lowercase, diacritics removed, curly
/// apostrophes straight. Returns the folded word and whether it was an `n't`
/// contraction; a possessive `'s` is dropped, other apostrophes and digit-group
/// commas are removed (`Shi'ite` = `Shiite`, `1,200` = `1200`).
///
/// ```
/// use factcheck::text::fold_word;
/// assert_eq!(fold_word("Naqûra"), ("naqura".to_string(), false));
/// assert_eq!(fold_word("Hezbollah’s"), ("hezbollah".to_string(), false));
/// assert_eq!(fold_word("1,200"), ("1200".to_string(), false));
/// assert_eq!(fold_word("didn't"), ("didnt".to_string(), true));
/// ```
pub fn fold_word(word: &str) -> (String, bool) {
    let mut s: String = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        let lower: String = word.nfkc().flat_map(char::to_lowercase).collect();
        lower
            .nfd()
            .filter(|c| !is_combining_mark(*c))
            .map(|c| if is_apostrophe(c) { '\'' } else { c })
            .collect::<String>()
            .nfc()
            .collect()
    };
    if s.ends_with("'s") {
        s.truncate(s.len() - 2);
    }
    let contraction = s.ends_with("n't");
    if s.contains('\'') || s.contains(',') {
        s.retain(|c| c != '\'' && c != ',');
    }
    (s, contraction)
}

/// The English Snowball stem of a folded word; words containing digits stay as they are.
pub fn stem(folded: &str) -> String {
    if folded.chars().any(|c| c.is_ascii_digit()) {
        folded.to_string()
    } else {
        stemmer().stem(folded).into_owned()
    }
}

/// The shared folded form and stem of a folded word. News text repeats its words: a
/// per-thread cache saves most of the stemming and lets tokens share their strings.
fn forms(folded: String) -> (Word, Word) {
    thread_local! {
        static CACHE: RefCell<HashMap<Word, Word>> = RefCell::new(HashMap::new());
    }
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((k, v)) = cache.get_key_value(folded.as_str()) {
            return (k.clone(), v.clone());
        }
        let stemmed = stem(&folded);
        let k: Word = Arc::from(folded);
        let st: Word = if *stemmed == *k {
            k.clone()
        } else {
            Arc::from(stemmed)
        };
        if cache.len() >= 200_000 {
            cache.clear(); // bounded memory on an endless vocabulary
        }
        cache.insert(k.clone(), st.clone());
        (k, st)
    })
}

const NEGATION_CUES: &[&str] = &["no", "not", "never", "without", "neither", "nor"];

fn is_negation(folded: &str, contraction: bool) -> bool {
    contraction
        || NEGATION_CUES.contains(&folded)
        || matches!(folded, "deny" | "denies" | "denied" | "denying")
}

/// Splits `text` into words. A word is a run of letters, digits and combining marks;
/// an apostrophe between letters stays inside it (`didn't`, `Hezbollah's`), as does a
/// comma or point between digits (`1,200`, `2.5`). Hyphens and dashes split words.
/// `base` is added to every offset, so a slice of a file yields file offsets.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    let mut tokens = Vec::new();
    let first = |at: usize| text[at..].chars().next();
    let mut pos = 0;
    while let Some(c) = first(pos) {
        if !is_word_char(c) {
            pos += c.len_utf8();
            continue;
        }
        let start = pos;
        let mut prev = c;
        let mut j = pos + c.len_utf8();
        while let Some(c) = first(j) {
            if is_word_char(c) {
                prev = c;
                j += c.len_utf8();
                continue;
            }
            let after = j + c.len_utf8();
            let next = first(after);
            let joins = match (c, next) {
                (c, Some(n)) if is_apostrophe(c) => prev.is_alphabetic() && n.is_alphabetic(),
                // a digit group: exactly three digits follow
                (',', Some(n)) if prev.is_ascii_digit() && n.is_ascii_digit() => {
                    text.as_bytes()[after..]
                        .iter()
                        .take(4)
                        .take_while(|b| b.is_ascii_digit())
                        .count()
                        == 3
                }
                ('.', Some(n)) => prev.is_ascii_digit() && n.is_ascii_digit(),
                _ => false,
            };
            if !joins {
                break;
            }
            prev = c;
            j = after;
        }
        let (folded, contraction) = fold_word(&text[start..j]);
        if !folded.is_empty() {
            let (folded, stem) = forms(folded);
            let negation = is_negation(&folded, contraction);
            tokens.push(Token {
                start: base + start,
                end: base + j,
                folded,
                stem,
                negation,
            });
        }
        pos = j;
    }
    tokens
}

/// Words that start a new clause for negation scope.
const CLAUSE_WORDS: &[&str] = &[
    "but", "however", "while", "although", "though", "whereas", "yet",
];

/// Clause number of every token: a clause ends at `, ; : ( ) [ ]`, a dash, a sentence
/// end, or before a contrasting conjunction (`but`, `however`, `while`, ...).
/// `text` is the text the token offsets point into.
pub fn clauses(text: &str, tokens: &[Token]) -> Vec<u32> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut clause = 0u32;
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            let gap = &text[tokens[i - 1].end..t.start];
            let breaks = gap.chars().any(|c| {
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
            }) || gap.contains(" - ")
                // a full stop ends a clause unless it ends an abbreviation (`U.S.`)
                || (gap.starts_with('.')
                    && !is_abbreviation(&text[..tokens[i - 1].end], t.folded.chars().next()))
                || CLAUSE_WORDS.contains(&t.folded.as_ref());
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
    while let Some(c) = first(i) {
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
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let lower = word.to_lowercase();
    if lower == "no" {
        // `No. 2` abbreviates number; `the answer was no.` ends a sentence
        return next.is_some_and(|c| c.is_ascii_digit());
    }
    word.chars().count() == 1 || ABBREVIATIONS.contains(&lower.as_str())
}

/// Maps byte offsets of one text to 1-based line and character column. Character
/// counts are kept at checkpoints every few KiB, so a column on a very long line
/// costs a short scan, not a scan from the start of the line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// (byte offset on a char boundary, characters before it in the text)
    checkpoints: Vec<(usize, usize)>,
}

const CHECKPOINT_EVERY: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut checkpoints = vec![(0, 0)];
        let mut next = CHECKPOINT_EVERY;
        for (chars, (i, _)) in text.char_indices().enumerate() {
            if i >= next {
                checkpoints.push((i, chars));
                next = i + CHECKPOINT_EVERY;
            }
        }
        Self {
            line_starts,
            checkpoints,
        }
    }

    /// Characters of `text` before byte `offset` (a char boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let k = self.checkpoints.partition_point(|c| c.0 <= offset) - 1;
        let (at, n) = self.checkpoints[k];
        n + text[at..offset].chars().count()
    }

    /// Line and column (both 1-based; the column counts characters) of a byte offset
    /// that lies on a character boundary of `text`.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        let col = if offset - start < CHECKPOINT_EVERY {
            text[start..offset].chars().count()
        } else {
            self.chars_before(text, offset) - self.chars_before(text, start)
        };
        (line, col + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        tokenize(text, 0)
            .into_iter()
            .map(|t| t.folded.to_string())
            .collect()
    }

    fn stems(text: &str) -> Vec<String> {
        tokenize(text, 0)
            .into_iter()
            .map(|t| t.stem.to_string())
            .collect()
    }

    #[test]
    fn folding_follows_the_product_rules() {
        assert_eq!(folded("Café NAQÛRA"), ["cafe", "naqura"]);
        assert_eq!(folded("Hezbollah’s chief"), ["hezbollah", "chief"]);
        assert_eq!(folded("Hezbollah's"), ["hezbollah"]);
        assert_eq!(folded("al-Hilweh"), ["al", "hilweh"]);
        assert_eq!(folded("Shi’ite"), ["shiite"]);
        assert_eq!(
            folded("approximately 1,200 and 2.5"),
            ["approximately", "1200", "and", "2.5"]
        );
        assert_eq!(folded("1,20 people"), ["1", "20", "people"]);
        assert_eq!(folded("ﬁve"), ["five"]); // NFKC ligature
        assert_eq!(folded("“excellent”"), ["excellent"]);
        assert_eq!(
            folded("border regions—a move"),
            ["border", "regions", "a", "move"]
        );
    }

    #[test]
    fn stemming_unifies_inflections() {
        assert_eq!(
            stems("talks talk hosted host"),
            ["talk", "talk", "host", "host"]
        );
        assert_eq!(stems("strikes 1200"), ["strike", "1200"]);
        assert_ne!(stem("presence"), stem("present"));
    }

    #[test]
    fn negation_cues_are_marked() {
        let neg: Vec<bool> = tokenize("no not didn’t denied denies never nor talks Denis", 0)
            .iter()
            .map(|t| t.negation)
            .collect();
        assert_eq!(
            neg,
            [true, true, true, true, true, true, true, false, false]
        );
    }

    #[test]
    fn offsets_point_into_the_original() {
        let text = "Ras EnNakoura — “talks”";
        for t in tokenize(text, 10) {
            let s = &text[t.start - 10..t.end - 10];
            assert_eq!(fold_word(s).0, *t.folded);
        }
    }

    #[test]
    fn clauses_split_at_punctuation_and_conjunctions() {
        let text = "Talks went on, but no deal was signed; officials said";
        let tokens = tokenize(text, 0);
        let c = clauses(text, &tokens);
        assert_eq!(c, [0, 0, 0, 1, 1, 1, 1, 1, 2, 2]);
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

    #[test]
    fn line_and_column_count_characters() {
        let text = "ab\r\nçé x\nlast";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        let x = text.find('x').unwrap();
        assert_eq!(idx.line_col(text, x), (2, 4));
        assert_eq!(idx.line_col(text, text.len()), (3, 5));
        let long = "é".repeat(10_000) + "x";
        let idx = LineIndex::new(&long);
        assert_eq!(idx.line_col(&long, long.len() - 1), (1, 10_001));
        assert_eq!(idx.line_col(&long, 9_000), (1, 4_501));
    }
}
