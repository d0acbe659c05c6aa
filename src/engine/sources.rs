//! Independent sources: which documents of a corpus are one source. Two documents
//! are one source when they share an outlet, when one's `via` names the other's
//! outlet or both name one `via` (names compare trimmed, in any case, a few wire
//! spellings as one), or when their texts are near-identical: at least 60 % of the
//! distinct 5-word shingles of the shorter occur in the other. Sameness chains
//! (union-find), and is computed once per run over the whole corpus.
//!
//! Linear in the corpus: each document keeps the sorted distinct 32-bit hashes of its
//! shingles (each word's FNV-1a hash, mixed five at a time: fixed, so every
//! machine and thread count agrees, and each distinct word hashed once) and its
//! winnowing fingerprints (the least hash of every window of [`WINDOW`] shingles, so
//! any shared run of `WINDOW + 4` words shares a fingerprint). An inverted index
//! from fingerprint to documents gives candidate pairs; a fingerprint held by more
//! than [`COMMON`] documents (boilerplate, or a story syndicated very widely) only
//! pairs each holder with the next, so no fingerprint costs more than linear work.
//! Each candidate pair sharing enough fingerprints is checked exactly on the hash
//! sets. Pure functions; no I/O.

use crate::text::{FNV_START, Token, fnv};
use regex::Regex;
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Borrow;
use std::sync::{Arc, OnceLock};

/// Words in a shingle.
pub const SHINGLE: usize = 5;
/// Shingles in a winnowing window.
pub const WINDOW: usize = 8;
/// A fingerprint held by more documents than this is common: it pairs each holder
/// with the next only.
pub const COMMON: usize = 64;
/// A text with fewer fingerprints than this is short: one shared fingerprint makes
/// a candidate pair.
pub const SHORT: usize = 16;
/// Near-identical: at least this share (percent) of the shorter text's shingles.
pub const NEAR_COPY_PERCENT: usize = 60;

/// A document's 5-word shingles: sorted distinct hashes and winnowing fingerprints.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shingles {
    hashes: Vec<u32>,
    fingerprints: Vec<u32>,
}

/// Each run of [`SHINGLE`] words' hash, in text order (none for a shorter text): a
/// shingle's hash mixes its five words' hashes, so each word is hashed once.
fn shingle_hashes(words: &[u64]) -> Vec<u32> {
    if words.len() < SHINGLE {
        return Vec::new();
    }
    words
        .windows(SHINGLE)
        .map(|w| {
            let mut h = FNV_START;
            for x in w {
                h = (h.rotate_left(23) ^ x).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            }
            (h ^ (h >> 32)) as u32
        })
        .collect()
}

/// The fingerprints of a text's shingle hashes `seq`: the least of every
/// [`WINDOW`] in a row (of all, when there are fewer), sorted and distinct.
fn winnow(seq: &[u32]) -> Vec<u32> {
    let mut fingerprints: Vec<u32> = if seq.len() <= WINDOW {
        seq.iter().min().copied().into_iter().collect()
    } else {
        window_minima(seq)
    };
    fingerprints.sort_unstable();
    fingerprints.dedup();
    // kept per document until the corpus is grouped: a few of a window each
    fingerprints.shrink_to_fit();
    fingerprints
}

/// The least hash of every [`WINDOW`] of `seq` in a row, once per run of windows
/// that share it (neighbouring windows mostly do). The least is carried from
/// window to window (its last place, so that it stays longest) and sought afresh
/// only when its place leaves the window.
fn window_minima(seq: &[u32]) -> Vec<u32> {
    let mut mins: Vec<u32> = Vec::with_capacity(seq.len() / 4);
    // the last place of the least hash of `seq[from..=to]`
    let least = |from: usize, to: usize| (from..=to).rev().min_by_key(|&k| seq[k]).unwrap_or(to);
    let mut at = least(0, WINDOW - 1);
    for end in WINDOW - 1..seq.len() {
        let from = end + 1 - WINDOW;
        if seq[end] <= seq[at] {
            at = end;
        } else if at < from {
            at = least(from, end);
        }
        if mins.last() != Some(&seq[at]) {
            mins.push(seq[at]);
        }
    }
    mins
}

impl Shingles {
    /// The fingerprints (winnowed shingle hashes) the near-copy index posts.
    pub fn fingerprints(&self) -> &[u32] {
        &self.fingerprints
    }

    /// The shingles of a text's folded words (documents shorter than five words have
    /// none and are never near copies).
    pub fn of_words<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let hashes: Vec<u64> = words
            .into_iter()
            .map(|w| fnv(FNV_START, w.as_bytes()))
            .collect();
        Self::of_word_hashes(&hashes)
    }

    /// The shingles of a text given each folded word's [`fnv`] hash, in order: a
    /// shingle's hash mixes its five words' hashes, so each word is hashed once
    /// (per distinct word, for tokens), not once per shingle it is in.
    pub fn of_word_hashes(words: &[u64]) -> Self {
        let mut hashes = shingle_hashes(words);
        let fingerprints = winnow(&hashes);
        hashes.sort_unstable();
        hashes.dedup();
        Self {
            hashes,
            fingerprints,
        }
    }

    /// The fingerprints of [`Shingles::of_tokens`] alone (what the cache keeps of a
    /// document it reads), without sorting every shingle's hash.
    pub fn fingerprints_of_tokens(tokens: &[Token]) -> Vec<u32> {
        let words: Vec<u64> = tokens.iter().map(Token::folded_hash).collect();
        winnow(&shingle_hashes(&words))
    }

    /// Shingles from what [`Shingles::parts`] gave (a cache's copy).
    pub fn from_parts(hashes: Vec<u32>, fingerprints: Vec<u32>) -> Self {
        Self {
            hashes,
            fingerprints,
        }
    }

    /// The sorted distinct hashes and the fingerprints.
    pub fn parts(&self) -> (&[u32], &[u32]) {
        (&self.hashes, &self.fingerprints)
    }

    /// The shingles of tokens, by their folded words.
    pub fn of_tokens(tokens: &[Token]) -> Self {
        let hashes: Vec<u64> = tokens.iter().map(Token::folded_hash).collect();
        Self::of_word_hashes(&hashes)
    }

    /// How many distinct shingles.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// How many distinct shingles the two share.
    fn shared(&self, other: &Self) -> usize {
        sorted_common(&self.hashes, &other.hashes)
    }
}

fn sorted_common(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// How much of the shorter of two texts is in the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overlap {
    /// Whether the shorter is the first text (the second on a tie of length).
    pub first_is_shorter: bool,
    /// Distinct shingles shared.
    pub shared: usize,
    /// Distinct shingles of the shorter text.
    pub of: usize,
}

impl Overlap {
    /// Whole percent of the shorter text's shingles found in the other (rounded
    /// down, so 59.9 % shows as 59).
    pub fn percent(&self) -> u32 {
        (self.shared * 100 / self.of.max(1)) as u32
    }

    /// At least 60 % of the shorter text's shingles occur in the other.
    pub fn is_near_copy(&self) -> bool {
        self.of > 0 && self.shared * 100 >= self.of * NEAR_COPY_PERCENT
    }
}

/// The overlap of two texts, measured on the shorter one's shingles.
pub fn overlap(a: &Shingles, b: &Shingles) -> Overlap {
    Overlap {
        first_is_shorter: a.len() < b.len(),
        shared: a.shared(b),
        of: a.len().min(b.len()),
    }
}

/// How a name (outlet or via) compares: trimmed, white space collapsed, any case,
/// curly apostrophes as straight, hyphens as spaces, a leading `The` and a
/// trailing parenthesis dropped (`The Times of Israel` = `Times of Israel`,
/// `Al-Jazeera` = `Al Jazeera`, `Agence France-Presse (AFP)` = `AFP`), and the
/// common spellings of the big wires as one.
pub fn name_key(name: &str) -> String {
    let name = name.trim();
    let name = match name.find('(') {
        Some(i) if name.ends_with(')') && !name[..i].trim().is_empty() => &name[..i],
        _ => name,
    };
    let key: String = name
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{2032}' | '`' => '\'',
            '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' => ' ',
            c => c,
        })
        .collect::<String>()
        .to_lowercase();
    let key = key.split_whitespace().collect::<Vec<_>>().join(" ");
    let key = key.trim_matches(|c: char| c == '.' || c == ',' || c.is_whitespace());
    let key = key.strip_prefix("the ").unwrap_or(key);
    match key {
        "agence france presse" | "a.f.p" | "afp news agency" => "afp".into(),
        "associated press" | "a.p" | "ap news" => "ap".into(),
        "thomson reuters" | "reuters news" | "reuters news agency" => "reuters".into(),
        "deutsche presse agentur" | "dpa news agency" => "dpa".into(),
        _ => key.to_string(),
    }
}

/// Wires a dateline may name after a place not written in capitals (`Beirut (AFP)
/// –`, `Gaza City, Dec 19 (AFP) -`), as [`name_key`]s. After a place in capitals any
/// name in parentheses is the wire.
const KNOWN_WIRES: &[&str] = &[
    "afp", "ap", "reuters", "dpa", "upi", "xinhua", "ansa", "efe", "anadolu", "aa", "nna", "kyodo",
    "yonhap", "tass", "irna", "sana", "wafa", "bernama", "pti", "ians", "jta",
];

/// Lines from the top of the body that may hold a dateline.
const DATELINE_LINES: usize = 5;

/// The dateline pattern with its letter classes given: `lu` an upper-case letter,
/// `l` a letter, `n` a digit (each a class's inside).
fn dateline_pattern(lu: &str, l: &str, n: &str) -> String {
    // PLACE in capitals, optional `, Country`-like parts and a date, then the wire
    // in parentheses (at most four words, letters only), then a dash or hyphen
    let place = format!(r"[{lu}][{l}'’.\-]+(?:[ \t]+[{lu}][{l}'’.\-]*){{0,3}}");
    let part =
        format!(r"(?:,[ \t]*[{lu}{n}][{l}{n}'’.\-]*(?:[ \t]+[{l}{n}][{l}{n}'’.\-]*){{0,3}})");
    let wire = format!(r"[{l}][{l}.&'’\-]*(?:[ \t]+[{l}][{l}.&'’\-]*){{0,3}}");
    format!(
        r"^[ \t>*_]*(?P<place>{place}){part}{{0,3}}[ \t]*[*_]*\((?P<wire>{wire})\)[*_]*[ \t]*[-–—−]"
    )
}

/// The dateline pattern for `line`. Its Unicode letter classes, repeated as they
/// are, take a good part of a small run's time to compile (about 15 ms). In a line
/// with no letter or digit outside ASCII, those classes match just what their ASCII
/// halves do (any other character, such as the pattern's own `’` and dashes or a
/// curly quote, is matched by neither or by the same literal), so the pattern with
/// ASCII classes matches it exactly as the Unicode one would; the Unicode one is
/// compiled only for a line that needs it. (`is_alphabetic` holds for every letter
/// and more, so a line in doubt takes the Unicode pattern.)
fn dateline(line: &str) -> &'static Regex {
    static ASCII: OnceLock<Regex> = OnceLock::new();
    static UNICODE: OnceLock<Regex> = OnceLock::new();
    let ascii = line
        .chars()
        .all(|c| c.is_ascii() || !(c.is_alphabetic() || c.is_numeric()));
    if ascii {
        ASCII.get_or_init(|| {
            Regex::new(&dateline_pattern("A-Z", "A-Za-z", "0-9")).expect("dateline pattern")
        })
    } else {
        UNICODE.get_or_init(|| {
            Regex::new(&dateline_pattern(r"\p{Lu}", r"\p{L}", r"\p{N}")).expect("dateline pattern")
        })
    }
}

/// The wire or outlet an article came from: its front matter's `via` (trimmed, if
/// not blank), else the wire of its dateline ([`dateline_via`]).
pub fn via_of(front_matter: Option<&str>, body: &str) -> Option<String> {
    front_matter
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .or_else(|| dateline_via(body))
}

/// The wire named in a dateline near the top of an article's body (`BEIRUT
/// (Reuters) –`, `NAQOURA, Lebanon, Dec 19, 2025 (AFP) -`, `GAZA CITY (AP) —`): a
/// place in capitals at the start of one of the first five non-blank lines, optional
/// `, Country` and date parts, the wire in parentheses (at most four words), then a
/// dash or hyphen.
pub fn dateline_via(body: &str) -> Option<String> {
    body.lines()
        .filter(|l| !l.trim().is_empty())
        .take(DATELINE_LINES)
        .find_map(|line| {
            let c = dateline(line).captures(line)?;
            let wire = c["wire"].trim();
            // a place in capitals (`BEIRUT`) marks a dateline; a place written in
            // title case (`Beirut`) only before a known wire
            let capitals = !c["place"].chars().any(char::is_lowercase);
            (capitals || KNOWN_WIRES.contains(&name_key(wire).as_str())).then(|| wire.to_string())
        })
}

/// What grouping needs of one document.
#[derive(Debug, Clone, Default)]
pub struct SourceDoc {
    pub id: Arc<str>,
    pub outlet: Option<String>,
    /// From front matter, else from the dateline.
    pub via: Option<String>,
    pub shingles: Shingles,
}

/// One independent source: its documents (indexes into the grouped list, in id
/// order) and its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Unique in the corpus: `source:` and the first document's id.
    pub key: Arc<str>,
    /// Its `via` if a member has one (the first in id order), else the outlet of its
    /// first document that has one, else its first document's id.
    pub name: String,
    pub members: Vec<usize>,
}

/// Two documents with near-identical text: `copy`'s shingles (the shorter text's)
/// occur in `of` at `percent`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NearCopy {
    pub copy: usize,
    pub of: usize,
    pub percent: u32,
}

/// The corpus's independent sources.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    ids: Vec<Arc<str>>,
    group_of: Vec<usize>,
    groups: Vec<Group>,
    /// Every near-copy pair found, in (copy, of) order.
    near: Vec<NearCopy>,
    /// The documents in some pair, sorted.
    paired: Vec<usize>,
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        // the smaller index is the root: deterministic
        if a < b {
            self.0[b] = a;
        } else if b < a {
            self.0[a] = b;
        }
    }
}

/// The fingerprints of some documents, for [`FingerprintIndex::around_hits`]: which
/// of a document's fingerprints are among them, mostly settled by a bit per low 20
/// bits without a lookup.
pub struct Wanted {
    /// Sorted, distinct: a fingerprint's place.
    fps: Vec<u32>,
    place: HashMap<u32, u32>,
    maybe: Vec<u64>,
}

impl Wanted {
    const LOW: u32 = (1 << 20) - 1;

    pub fn of<'a>(fps: impl Iterator<Item = &'a u32>) -> Wanted {
        let mut fps: Vec<u32> = fps.copied().collect();
        fps.sort_unstable();
        fps.dedup();
        let place = fps
            .iter()
            .enumerate()
            .map(|(k, f)| (*f, k as u32))
            .collect();
        let mut maybe = vec![0u64; (Self::LOW as usize + 1) / 64];
        for f in &fps {
            let low = (f & Self::LOW) as usize;
            maybe[low / 64] |= 1 << (low % 64);
        }
        Wanted { fps, place, maybe }
    }

    /// The wanted ones of document `d`'s fingerprints `fps`: (place, `d`) each.
    pub fn hits<'a>(&'a self, d: usize, fps: &'a [u32]) -> impl Iterator<Item = (u32, u32)> + 'a {
        fps.iter().filter_map(move |f| {
            let low = (f & Self::LOW) as usize;
            if self.maybe[low / 64] >> (low % 64) & 1 == 0 {
                return None;
            }
            self.place.get(f).map(|k| (*k, d as u32))
        })
    }
}

/// The inverted index from winnowing fingerprint to the documents that hold it.
#[derive(Debug, Default)]
pub struct FingerprintIndex {
    /// (fingerprint, document index), sorted.
    postings: Vec<(u32, u32)>,
    /// fingerprint → range of its holders in `postings`, sorted by fingerprint.
    ranges: Vec<(u32, u32, u32)>,
    /// Where each run of `ranges` sharing the top `bits` bits of the fingerprint
    /// begins (and, last, `ranges.len()`): a lookup searches one run, not the whole
    /// of `ranges` (millions of fingerprints on an archive, each lookup a cache miss
    /// per step of a binary search).
    buckets: Vec<u32>,
    bits: u32,
    /// How many documents hold each fingerprint of `ranges`, when its range does
    /// not list them all (an index [`around`](Self::around) some documents);
    /// empty when every range is whole.
    held: Vec<u32>,
}

/// A near-copy pair: document indexes i < j and their overlap.
pub type Pair = (usize, usize, Overlap);

impl FingerprintIndex {
    pub fn new(docs: &[SourceDoc]) -> Self {
        let mut postings = Self::postings(docs);
        postings.sort_unstable();
        Self::of_sorted_postings(postings)
    }

    /// Every (fingerprint, document index) of `docs`, in document order, in a list of
    /// exactly their number (gathered at a run's peak of memory, so no list twice
    /// their size is ever held): sorted, what [`Self::of_sorted_postings`] takes.
    pub fn postings(docs: &[SourceDoc]) -> Vec<(u32, u32)> {
        let total = docs.iter().map(|d| d.shingles.fingerprints.len()).sum();
        let mut postings = Vec::with_capacity(total);
        for (i, d) in docs.iter().enumerate() {
            postings.extend(d.shingles.fingerprints.iter().map(|f| (*f, i as u32)));
        }
        postings
    }

    /// The index of some fingerprints only, from their postings (fingerprint,
    /// document index), sorted: for a document whose every fingerprint is among
    /// them, [`FingerprintIndex::candidates_of`] gives what the index of all
    /// fingerprints gives. (The caller gathers them, in parallel if it likes.)
    pub fn of_sorted_postings(postings: Vec<(u32, u32)>) -> Self {
        debug_assert!(postings.is_sorted());
        Self::of_postings(postings, Vec::new())
    }

    /// An index for the documents `special` (sorted) of documents `0..n`, whose
    /// fingerprints `of` gives: of each fingerprint a special document holds, every
    /// holder when it is not common, else the special holders and, around each run
    /// of them, the nearest other holder before and after, with the count of all
    /// its holders (every holder, too, while no more than [`COMMON`] are not
    /// special). That is all [`Self::candidates_of`] of a special document,
    /// [`Self::touched_by`] of special documents added and
    /// [`Self::touched_by_removing`] of special documents removed look at, found in
    /// one pass over the corpus's fingerprints without gathering the holders of
    /// common ones (boilerplate held by thousands of documents). A bit per low 20
    /// bits of the wanted fingerprints settles almost every other one without a
    /// lookup.
    pub fn around<'a>(n: usize, of: impl Fn(usize) -> &'a [u32], special: &[usize]) -> Self {
        let wanted = Wanted::of(special.iter().flat_map(|d| of(*d)));
        let hits = (0..n).flat_map(|d| wanted.hits(d, of(d)));
        Self::around_hits(&wanted, hits, special)
    }

    /// [`Self::around`] from the holders of the special documents' fingerprints
    /// (`wanted`): every (place in `wanted`, document) of [`Wanted::hits`], in
    /// document order. (The caller gathers them, in parallel if it likes.)
    pub fn around_hits(
        wanted: &Wanted,
        hits: impl IntoIterator<Item = (u32, u32)>,
        special: &[usize],
    ) -> Self {
        #[derive(Default)]
        struct Acc {
            held: u32,
            /// Holders not special.
            others: u32,
            /// Every holder, while no more than `COMMON` are not special.
            all: Vec<u32>,
            /// The special holders and their nearest others.
            near: Vec<u32>,
            last_other: Option<u32>,
            in_run: bool,
            want_next: bool,
        }
        let mut acc: Vec<Acc> = (0..wanted.fps.len()).map(|_| Acc::default()).collect();
        let mut next_special = special.iter().copied().peekable();
        let mut last: Option<(u32, bool)> = None;
        for (k, d) in hits {
            let is_special = match last {
                Some((at, s)) if at == d => s,
                _ => {
                    while next_special.next_if(|s| *s < d as usize).is_some() {}
                    let s = next_special.peek() == Some(&(d as usize));
                    last = Some((d, s));
                    s
                }
            };
            let a = &mut acc[k as usize];
            a.held += 1;
            a.others += u32::from(!is_special);
            if a.others as usize <= COMMON {
                a.all.push(d);
            } else if !a.all.is_empty() {
                a.all = Vec::new();
            }
            if is_special {
                if !a.in_run
                    && let Some(o) = a.last_other
                    && a.near.last() != Some(&o)
                {
                    a.near.push(o);
                }
                a.near.push(d);
                a.in_run = true;
                a.want_next = true;
            } else {
                if a.want_next {
                    a.near.push(d);
                    a.want_next = false;
                }
                a.in_run = false;
                a.last_other = Some(d);
            }
        }
        let mut postings = Vec::new();
        let mut held = Vec::with_capacity(wanted.fps.len());
        for (f, a) in wanted.fps.iter().zip(acc) {
            if a.held == 0 {
                continue;
            }
            let list = if a.others as usize <= COMMON {
                a.all
            } else {
                a.near
            };
            postings.extend(list.into_iter().map(|d| (*f, d)));
            held.push(a.held);
        }
        Self::of_postings(postings, held)
    }

    fn of_postings(postings: Vec<(u32, u32)>, held: Vec<u32>) -> Self {
        let mut ranges = Vec::new();
        let mut s = 0;
        while s < postings.len() {
            let f = postings[s].0;
            let e = s + postings[s..].partition_point(|p| p.0 == f);
            ranges.push((f, s as u32, e as u32));
            s = e;
        }
        // about four fingerprints a run (fingerprints are hashes: evenly spread)
        let bits = (ranges.len() / 4).max(1).ilog2().min(24);
        let mut buckets = Vec::with_capacity((1 << bits) + 1);
        let mut at = 0;
        for b in 0..=(1u64 << bits) {
            while ranges
                .get(at)
                .is_some_and(|r| (u64::from(r.0) >> (32 - bits)) < b)
            {
                at += 1;
            }
            buckets.push(at as u32);
        }
        debug_assert!(held.is_empty() || held.len() == ranges.len());
        Self {
            postings,
            ranges,
            buckets,
            bits,
            held,
        }
    }

    /// How many documents hold the fingerprint of range `r`.
    fn held_of(&self, r: usize) -> usize {
        self.held
            .get(r)
            .map_or((self.ranges[r].2 - self.ranges[r].1) as usize, |h| {
                *h as usize
            })
    }

    /// The documents whose candidates can differ because the documents `added` are
    /// among `docs` (the index holds at least their fingerprints): every holder of
    /// an added document's fingerprint that is not common, or that only the added
    /// documents made common, and the holder just before an added document on a
    /// common fingerprint (its next holder changed). Every other document's
    /// candidates are those it had without the added documents. Sorted, the added
    /// documents included.
    pub fn touched_by(&self, docs: &[SourceDoc], added: &[usize]) -> Vec<usize> {
        let is_added = |d: u32| added.binary_search(&(d as usize)).is_ok();
        let mut out: Vec<usize> = added.to_vec();
        // each fingerprint once, however many added documents hold it
        let mut seen: rustc_hash::FxHashSet<u32> = rustc_hash::FxHashSet::default();
        for &k in added {
            for f in &docs[k].shingles.fingerprints {
                if !seen.insert(*f) {
                    continue;
                }
                let (list, held) = self.holders(*f);
                let before = held - list.iter().filter(|p| is_added(p.1)).count();
                if held <= COMMON || before <= COMMON {
                    out.extend(list.iter().map(|p| p.1 as usize));
                } else {
                    out.extend(
                        list.windows(2)
                            .filter(|w| is_added(w[1].1))
                            .map(|w| w[0].1 as usize),
                    );
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The documents whose candidates can differ once the documents `removed` (each
    /// with its fingerprints, sorted by document) leave the corpus this index is of
    /// (it holds at least their fingerprints): on a common fingerprint the removals
    /// leave common, the holder kept just before a removed one (its next holder
    /// changes); on one they leave not common, every holder kept. On a fingerprint
    /// that was not common, a holder kept only loses its pairs with the removed
    /// documents. Every other document kept has the candidates it had, less the
    /// removed documents. Sorted, in this index's numbering, the removed documents
    /// not included.
    pub fn touched_by_removing(&self, removed: &[(usize, &[u32])]) -> Vec<usize> {
        let is_removed = |d: u32| removed.binary_search_by_key(&(d as usize), |r| r.0).is_ok();
        let mut out: Vec<usize> = Vec::new();
        let mut seen: rustc_hash::FxHashSet<u32> = rustc_hash::FxHashSet::default();
        for f in removed.iter().flat_map(|r| r.1) {
            if !seen.insert(*f) {
                continue;
            }
            let (list, held) = self.holders(*f);
            if held <= COMMON {
                continue;
            }
            let kept = list.iter().filter(|p| !is_removed(p.1));
            if held - (list.len() - kept.clone().count()) <= COMMON {
                out.extend(kept.map(|p| p.1 as usize));
                continue;
            }
            let mut last_kept: Option<u32> = None;
            for p in list {
                if !is_removed(p.1) {
                    last_kept = Some(p.1);
                } else if let Some(k) = last_kept.take() {
                    out.push(k as usize);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The documents that hold fingerprint `f`, in order.
    pub fn holders_of(&self, f: u32) -> impl Iterator<Item = usize> + '_ {
        debug_assert!(self.held.is_empty(), "every holder is listed");
        self.holders(f).0.iter().map(|p| p.1 as usize)
    }

    /// The holders of `f` listed, and how many documents hold it.
    fn holders(&self, f: u32) -> (&[(u32, u32)], usize) {
        // the run of fingerprints sharing `f`'s top bits (fewer than 2^24 runs)
        let b = (u64::from(f) >> (32 - self.bits)) as usize;
        let (Some(&start), Some(&end)) = (self.buckets.get(b), self.buckets.get(b + 1)) else {
            return (&[], 0);
        };
        let run = &self.ranges[start as usize..end as usize];
        match run.binary_search_by_key(&f, |r| r.0) {
            Ok(k) => (
                &self.postings[run[k].1 as usize..run[k].2 as usize],
                self.held_of(start as usize + k),
            ),
            Err(_) => (&[], 0),
        }
    }

    /// The holders of each of `fingerprints`, as [`Self::holders`] finds them, but
    /// step by step for all of them at once: each step's lookups (a bucket, a run
    /// of `ranges`, a slice of `postings`, each likely a cache miss on an archive's
    /// index) do not wait for one another, so the processor overlaps them instead
    /// of taking them one after another.
    fn holders_all(&self, fingerprints: &[u32]) -> Vec<(&[(u32, u32)], usize)> {
        let runs: Vec<(u32, u32)> = fingerprints
            .iter()
            .map(|f| {
                let b = (u64::from(*f) >> (32 - self.bits)) as usize;
                match (self.buckets.get(b), self.buckets.get(b + 1)) {
                    (Some(&start), Some(&end)) => (start, end),
                    _ => (0, 0),
                }
            })
            .collect();
        let slices: Vec<Option<usize>> = fingerprints
            .iter()
            .zip(runs)
            .map(|(f, (start, end))| {
                let run = &self.ranges[start as usize..end as usize];
                run.binary_search_by_key(f, |r| r.0)
                    .ok()
                    .map(|k| start as usize + k)
            })
            .collect();
        slices
            .into_iter()
            .map(|r| {
                r.map_or((&[][..], 0), |r| {
                    let (_, s, e) = self.ranges[r];
                    (&self.postings[s as usize..e as usize], self.held_of(r))
                })
            })
            .collect()
    }

    /// The near copies of document `i` among the documents after it: candidates
    /// share a fingerprint (a common one only with its next holder) and enough
    /// fingerprints of the shorter text; each is checked exactly. Independent of
    /// the other documents' checks, so callers may run documents in parallel.
    pub fn near_copies_of(&self, docs: &[SourceDoc], i: usize) -> Vec<Pair> {
        self.candidates_of(docs, i)
            .into_iter()
            .filter_map(|j| {
                let o = overlap(&docs[i].shingles, &docs[j].shingles);
                o.is_near_copy().then_some((i, j, o))
            })
            .collect()
    }

    /// The documents after `i` that may be near copies of it, from fingerprints only
    /// (no shingle hashes needed): those sharing enough fingerprints of the shorter
    /// text. [`FingerprintIndex::near_copies_of`] checks each exactly.
    pub fn candidates_of(&self, docs: &[SourceDoc], i: usize) -> Vec<usize> {
        let a = &docs[i].shingles;
        let mut partners: Vec<u32> = Vec::new();
        for (list, held) in self.holders_all(&a.fingerprints) {
            let at = holders_after(list, i, docs.len());
            if held <= COMMON {
                partners.extend(list[at..].iter().map(|p| p.1));
            } else if let Some(next) = list.get(at) {
                partners.push(next.1);
            }
        }
        partners.sort_unstable();
        let mut found = Vec::new();
        let mut k = 0;
        while k < partners.len() {
            let j = partners[k] as usize;
            let run = partners[k..].partition_point(|p| *p as usize == j);
            k += run;
            let b = &docs[j].shingles;
            // a near copy shares most fingerprints of the shorter text; a pair
            // sharing a few common phrases is not worth the exact check. A short
            // text has few fingerprints, and which of its shingles they are is the
            // hash's choice: when its shared shingles are scattered, one shared
            // fingerprint is all it can be asked for
            let fewest = a.fingerprints.len().min(b.fingerprints.len());
            let need = if fewest < SHORT { 1 } else { fewest * 3 / 10 };
            if run >= need {
                found.push(j);
            }
        }
        found
    }
}

/// Where the holders after document `i` begin in `list` (holders in document order,
/// of `n` documents): `list.partition_point(|p| p.1 <= i)`. A long list is searched
/// from where `i` would stand were its holders spread evenly, stepping out twice as
/// far each time: a few cache misses, not one per step of a binary search of the
/// whole list.
fn holders_after(list: &[(u32, u32)], i: usize, n: usize) -> usize {
    let at_or_before = |k: usize| list[k].1 as usize <= i;
    if list.len() <= 16 {
        return list.partition_point(|p| p.1 as usize <= i);
    }
    let guess = (list.len() * i / n.max(1)).min(list.len() - 1);
    // the answer lies in lo..=hi: list[..lo] are at or before `i`, list[hi..] after
    let (lo, hi) = if at_or_before(guess) {
        let (mut lo, mut step) = (guess + 1, 1);
        loop {
            let probe = guess + step;
            if probe >= list.len() {
                break (lo, list.len());
            }
            if !at_or_before(probe) {
                break (lo, probe);
            }
            lo = probe + 1;
            step *= 2;
        }
    } else {
        let (mut hi, mut step) = (guess, 1);
        loop {
            let Some(probe) = guess.checked_sub(step) else {
                break (0, hi);
            };
            if at_or_before(probe) {
                break (probe + 1, hi);
            }
            hi = probe;
            step *= 2;
        }
    };
    lo + list[lo..hi].partition_point(|p| p.1 as usize <= i)
}

/// Groups `docs` (sorted by id) into independent sources, finding near copies one
/// document after another.
pub fn group(docs: &[SourceDoc]) -> Sources {
    let index = FingerprintIndex::new(docs);
    let pairs = (0..docs.len())
        .flat_map(|i| index.near_copies_of(docs, i))
        .collect();
    group_with(docs, pairs)
}

/// Groups `docs` (sorted by id) into independent sources, given their near-copy
/// `pairs` (from [`FingerprintIndex::near_copies_of`] for every document, in order).
pub fn group_with<D: std::borrow::Borrow<SourceDoc>>(docs: &[D], pairs: Vec<Pair>) -> Sources {
    let docs: Vec<&SourceDoc> = docs.iter().map(Borrow::borrow).collect();
    let n = docs.len();
    let mut uf = UnionFind((0..n).collect());
    // outlets and vias share one namespace: same outlet, same via, or one's via the
    // other's outlet; a corpus has few names, each written by many documents
    // (each name as written is keyed once, to the first document of its key)
    let mut first_named: HashMap<String, usize> = HashMap::default();
    let mut first_of: HashMap<&str, Option<usize>> = HashMap::default();
    for (i, d) in docs.iter().enumerate() {
        for name in [&d.outlet, &d.via].into_iter().flatten() {
            let first = *first_of.entry(name.as_str()).or_insert_with(|| {
                let key = name_key(name);
                (!key.is_empty()).then(|| *first_named.entry(key).or_insert(i))
            });
            if let Some(j) = first {
                uf.union(i, j);
            }
        }
    }
    let mut near = Vec::new();
    for (i, j, o) in pairs {
        uf.union(i, j);
        let (copy, of) = if o.first_is_shorter { (i, j) } else { (j, i) };
        near.push(NearCopy {
            copy,
            of,
            percent: o.percent(),
        });
    }
    near.sort_by_key(|c| (c.copy, c.of));
    let mut group_of = vec![usize::MAX; n];
    let mut groups: Vec<Group> = Vec::new();
    let mut of_root: Vec<usize> = vec![usize::MAX; n];
    for i in 0..n {
        let root = uf.find(i);
        if of_root[root] == usize::MAX {
            groups.push(Group {
                key: format!("source:{}", docs[i].id).into(),
                name: String::new(),
                members: Vec::new(),
            });
            of_root[root] = groups.len() - 1;
        }
        let g = of_root[root];
        groups[g].members.push(i);
        group_of[i] = g;
    }
    let written = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    for g in &mut groups {
        let m = &g.members;
        g.name = m
            .iter()
            .find_map(|&i| written(&docs[i].via))
            .or_else(|| m.iter().find_map(|&i| written(&docs[i].outlet)))
            .unwrap_or_else(|| docs[m[0]].id.to_string());
    }
    let mut paired: Vec<usize> = near.iter().flat_map(|c| [c.copy, c.of]).collect();
    paired.sort_unstable();
    paired.dedup();
    Sources {
        ids: docs.iter().map(|d| d.id.clone()).collect(),
        group_of,
        groups,
        near,
        paired,
    }
}

impl Sources {
    fn index(&self, doc: &str) -> Option<usize> {
        self.ids.binary_search_by(|d| (**d).cmp(doc)).ok()
    }

    /// The index of the source of the `i`th document (in the grouped order).
    pub fn group_index(&self, i: usize) -> usize {
        self.group_of[i]
    }

    /// The source of document `doc`.
    pub fn group_of(&self, doc: &str) -> Option<&Group> {
        self.index(doc).map(|i| &self.groups[self.group_of[i]])
    }

    /// Every source, in order of its first document's id.
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// The id of the document at `index`.
    pub fn id(&self, index: usize) -> &Arc<str> {
        &self.ids[index]
    }

    /// How `doc` is a near copy of another document, if it is: the pair with the
    /// highest share where `doc` is the shorter text (ties: the other's id first),
    /// else where `doc` is the longer.
    pub fn near_copy(&self, doc: &str) -> Option<(&str, &str, u32)> {
        self.near_copy_at(self.index(doc)?)
    }

    /// [`Sources::near_copy`] of the document at `i` (in the grouped order).
    pub fn near_copy_at(&self, i: usize) -> Option<(&str, &str, u32)> {
        self.paired.binary_search(&i).ok()?;
        let best = |it: &mut dyn Iterator<Item = &NearCopy>| {
            it.max_by(|a, b| a.percent.cmp(&b.percent).then(b.of.cmp(&a.of)))
                .copied()
        };
        best(&mut self.near.iter().filter(|c| c.copy == i))
            .or_else(|| best(&mut self.near.iter().filter(|c| c.of == i)))
            .map(|c| (&*self.ids[c.copy], &*self.ids[c.of], c.percent))
    }

    /// Every near-copy pair: (copy, of, percent), by the copy's id.
    pub fn near_copies(&self) -> impl Iterator<Item = (&str, &str, u32)> {
        self.near
            .iter()
            .map(|c| (&*self.ids[c.copy], &*self.ids[c.of], c.percent))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_minima_are_each_windows_least_once_per_run() {
        let naive = |seq: &[u32]| {
            let mut mins: Vec<u32> = Vec::new();
            for w in seq.windows(WINDOW) {
                let m = *w.iter().min().unwrap();
                if mins.last() != Some(&m) {
                    mins.push(m);
                }
            }
            mins
        };
        // a fixed pseudo-random stream: small ranges make ties, large ones none
        let mut x = 0x2545_f491_u32;
        for len in WINDOW..200 {
            for range in [3, 17, u32::MAX] {
                let seq: Vec<u32> = (0..len)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        x % range
                    })
                    .collect();
                assert_eq!(window_minima(&seq), naive(&seq), "{seq:?}");
            }
        }
        let rising: Vec<u32> = (0..50).collect();
        assert_eq!(window_minima(&rising), naive(&rising));
        let falling: Vec<u32> = (0..50).rev().collect();
        assert_eq!(window_minima(&falling), naive(&falling));
    }

    #[test]
    fn holders_after_is_the_partition_point() {
        // lists of every length around the cut: evenly spread, bunched at the
        // start, and scattered (repeats included), each sorted
        for len in [0usize, 1, 2, 15, 16, 17, 40, 300] {
            for n in [1usize, 50, 1000] {
                let spreads: [&dyn Fn(usize) -> usize; 3] =
                    [&|k| k * n / len, &|k| k * n / (8 * len), &|k| {
                        k.wrapping_mul(2_654_435_761) % n
                    }];
                for spread in spreads {
                    let mut docs: Vec<u32> = (0..len).map(|k| spread(k) as u32).collect();
                    docs.sort_unstable();
                    let list: Vec<(u32, u32)> = docs.iter().map(|d| (9, *d)).collect();
                    for i in 0..n {
                        assert_eq!(
                            holders_after(&list, i, n),
                            list.partition_point(|p| p.1 as usize <= i),
                            "len {len}, n {n}, i {i}"
                        );
                    }
                }
            }
        }
    }

    fn words(n: usize, seed: &str) -> Vec<String> {
        (0..n).map(|i| format!("{seed}{i}")).collect()
    }

    fn sh(w: &[String]) -> Shingles {
        Shingles::of_words(w.iter().map(String::as_str))
    }

    fn doc(id: &str, outlet: Option<&str>, via: Option<&str>, text: &[String]) -> SourceDoc {
        SourceDoc {
            id: id.into(),
            outlet: outlet.map(Into::into),
            via: via.map(Into::into),
            shingles: sh(text),
        }
    }

    #[test]
    fn shingles_are_distinct_five_word_runs() {
        let s = Shingles::of_words("a b c d e f a b c d e".split(' '));
        // a b c d e | b c d e f | c d e f a | d e f a b | e f a b c | f a b c d | a b c d e
        assert_eq!(s.len(), 6);
        assert!(Shingles::of_words("a b c d".split(' ')).is_empty());
        assert_eq!(Shingles::of_words("a b c d e".split(' ')).len(), 1);
        let fixed = Shingles::of_words("a b c d e".split(' '));
        assert_eq!(
            fixed.hashes,
            [fixed.hashes[0]],
            "one shingle, one fingerprint"
        );
        assert_eq!(fixed.fingerprints, fixed.hashes);
        // fixed hash: the same on every machine
        let h = fnv(FNV_START, b"a");
        assert_eq!(h, 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn shingles_of_tokens_are_those_of_their_folded_words() {
        // the tokens' per-word hashes (made once per distinct word) must give what
        // hashing each folded word gives
        let text = "Talks at UNIFIL's Naqoura base resumed; the envoy, Ortagus, said talks \
                    at Naqoura would go on. Talks at UNIFIL's Naqoura base resumed.";
        let tokens = crate::text::tokenize(text, 0);
        let by_tokens = Shingles::of_tokens(&tokens);
        let by_words = Shingles::of_words(tokens.iter().map(Token::folded));
        assert_eq!(by_tokens, by_words);
        assert!(by_tokens.len() > 10, "{by_tokens:?}");
        // a shingle is its five words in order: reordered words are another shingle
        let a = Shingles::of_words("a b c d e".split(' '));
        let b = Shingles::of_words("b a c d e".split(' '));
        assert_eq!(overlap(&a, &b).shared, 0);
    }

    #[test]
    fn containment_at_the_sixty_percent_boundary() {
        // the shorter text has 100 shingles (104 words); the longer shares a run
        let base = words(104, "w");
        let with_shared = |shared_shingles: usize| {
            // keep the first shared+4 words, replace the rest
            let mut other = base[..shared_shingles + 4].to_vec();
            other.extend(words(300, "x"));
            overlap(&sh(&base), &sh(&other))
        };
        let o = with_shared(61);
        assert_eq!((o.shared, o.of, o.percent()), (61, 100, 61));
        assert!(o.is_near_copy());
        let o = with_shared(60);
        assert!(o.is_near_copy(), "exactly 60 % counts");
        let o = with_shared(59);
        assert_eq!(o.percent(), 59);
        assert!(!o.is_near_copy());
        assert!(!overlap(&Shingles::default(), &Shingles::default()).is_near_copy());
    }

    #[test]
    fn near_copies_are_found_by_fingerprints_and_chain() {
        let story = words(200, "s");
        // a: the story; b: new headline and first paragraph; c: b with its end cut
        let mut b = words(40, "headline");
        b.extend_from_slice(&story[30..]);
        let c = b[..150].to_vec();
        let other = words(200, "o");
        let docs = [
            doc("a", None, None, &story),
            doc("b", None, None, &b),
            doc("c", None, None, &c),
            doc("d", None, None, &other),
        ];
        let s = group(&docs);
        let a_group = s.group_of("a").unwrap();
        assert_eq!(a_group.members, [0, 1, 2]);
        assert_eq!(
            a_group.name, "a",
            "a group without names is named by its first document"
        );
        assert_eq!(s.group_of("d").unwrap().members, [3]);
        let (copy, of, percent) = s.near_copy("c").unwrap();
        assert_eq!((copy, of), ("c", "b"));
        assert_eq!(percent, 100);
    }

    /// Random corpora of fingerprints only, some held by many more documents than
    /// `COMMON`: documents removed, added and changed (removed and added at once).
    /// Every document kept that the changes do not touch has the candidates it had
    /// (renumbered, less the removed documents), and the index around the touched
    /// documents gives each of them the candidates the index of all gives.
    #[test]
    fn only_touched_documents_change_candidates() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut rnd = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let fp_doc = |rnd: &mut dyn FnMut(u64) -> u64| {
            // a few boilerplate fingerprints (held by most documents), some of a
            // story shared by dozens, the rest rare
            let mut f: Vec<u32> = (0..12)
                .map(|_| match rnd(4) {
                    0 => rnd(6) as u32,
                    1 => 100 + rnd(400) as u32,
                    _ => 1000 + rnd(20_000) as u32,
                })
                .collect();
            f.sort_unstable();
            f.dedup();
            SourceDoc {
                shingles: Shingles::from_parts(Vec::new(), f),
                ..SourceDoc::default()
            }
        };
        for round in 0..60 {
            let n = 150 + rnd(200) as usize;
            let old: Vec<SourceDoc> = (0..n).map(|_| fp_doc(&mut rnd)).collect();
            // the new corpus, in order: each old document kept, changed or removed,
            // new ones between them
            let mut new: Vec<SourceDoc> = Vec::new();
            let mut new_of_old: Vec<Option<usize>> = vec![None; n];
            let mut added: Vec<usize> = Vec::new();
            // mostly a few changes, now and then many
            let (many_in, many_out) = (round % 8 == 0, round % 10 == 0);
            for (p, d) in old.iter().enumerate() {
                if rnd(if many_in { 3 } else { 150 }) == 0 {
                    added.push(new.len());
                    new.push(fp_doc(&mut rnd));
                }
                match rnd(if many_out { 3 } else { 150 }) {
                    0 => {}
                    1 => {
                        added.push(new.len());
                        new.push(fp_doc(&mut rnd));
                    }
                    _ => {
                        new_of_old[p] = Some(new.len());
                        new.push(d.clone());
                    }
                }
            }
            let removed: Vec<(usize, &[u32])> = (0..n)
                .filter(|p| new_of_old[*p].is_none())
                .map(|p| (p, old[p].shingles.parts().1))
                .collect();
            let old_fps = |p: usize| old[p].shingles.parts().1;
            let new_fps = |d: usize| new[d].shingles.parts().1;
            let at: Vec<usize> = removed.iter().map(|r| r.0).collect();
            let mut touched: Vec<usize> = FingerprintIndex::around(n, old_fps, &at)
                .touched_by_removing(&removed)
                .into_iter()
                .filter_map(|p| new_of_old[p])
                .collect();
            touched.extend(
                FingerprintIndex::around(new.len(), new_fps, &added).touched_by(&new, &added),
            );
            // the index of all gives the same for touched_by as around does
            assert_eq!(
                FingerprintIndex::new(&new).touched_by(&new, &added),
                FingerprintIndex::around(new.len(), new_fps, &added).touched_by(&new, &added)
            );
            touched.sort_unstable();
            touched.dedup();
            let (all_old, all_new) = (FingerprintIndex::new(&old), FingerprintIndex::new(&new));
            let near = FingerprintIndex::around(new.len(), new_fps, &touched);
            for p in 0..n {
                let Some(i) = new_of_old[p] else { continue };
                if touched.binary_search(&i).is_ok() {
                    continue;
                }
                let was: Vec<usize> = all_old
                    .candidates_of(&old, p)
                    .into_iter()
                    .filter_map(|q| new_of_old[q])
                    .collect();
                assert_eq!(
                    all_new.candidates_of(&new, i),
                    was,
                    "round {round}, doc {i}"
                );
            }
            for &i in &touched {
                assert_eq!(
                    near.candidates_of(&new, i),
                    all_new.candidates_of(&new, i),
                    "round {round}, touched {i}"
                );
            }
        }
    }

    #[test]
    fn names_compare_in_any_case_and_chain() {
        let t = |n| words(10, n);
        let docs = [
            doc("1", Some("KJFK News"), None, &t("p")),
            doc("2", Some(" kjfk  news "), None, &t("q")),
            doc("3", Some("Daily Star"), Some("afp"), &t("r")),
            doc("4", Some("AFP"), None, &t("s")),
            doc("5", None, Some("Agence France-Presse"), &t("u")),
            doc("6", Some("Reuters"), None, &t("v")),
            doc("7", None, None, &t("w")),
        ];
        let s = group(&docs);
        assert_eq!(s.group_of("1").unwrap().members, [0, 1]);
        assert_eq!(s.group_of("1").unwrap().name, "KJFK News");
        let afp = s.group_of("4").unwrap();
        assert_eq!(afp.members, [2, 3, 4]);
        assert_eq!(
            afp.name, "afp",
            "named by the via of its first member that has one"
        );
        assert_eq!(s.group_of("6").unwrap().name, "Reuters");
        assert_eq!(s.group_of("7").unwrap().name, "7");
        assert_ne!(s.group_of("6").unwrap().key, s.group_of("7").unwrap().key);
    }

    #[test]
    fn names_fold_apostrophes_hyphens_the_and_a_parenthesis() {
        let same = |a: &str, b: &str| assert_eq!(name_key(a), name_key(b), "{a} = {b}");
        same("The Times of Israel", "Times of Israel");
        same("L’Orient Today", "l'orient today");
        same("Al-Jazeera", "Al Jazeera");
        same("Agence France-Presse (AFP)", "AFP");
        same("A.F.P.", "afp");
        same("The Associated Press", "AP News");
        same("Reuters News Agency", "reuters");
        assert_ne!(name_key("L'Orient-Le Jour"), name_key("L'Orient Today"));
        assert_ne!(name_key("Theater News"), name_key("ater News"));
        assert_eq!(
            name_key("(AFP)"),
            "(afp)",
            "a parenthesis alone is the name"
        );
    }

    #[test]
    fn the_ascii_dateline_pattern_reads_lines_as_the_unicode_one() {
        let unicode = Regex::new(&dateline_pattern(r"\p{Lu}", r"\p{L}", r"\p{N}")).unwrap();
        let read = |re: &Regex, line: &str| {
            re.captures(line).map(|c| {
                let range = |name: &str| c.name(name).map(|m| m.range());
                (c.get(0).map(|m| m.range()), range("place"), range("wire"))
            })
        };
        let (mut ascii_lines, mut datelines) = (0, 0);
        for lead in ["", "> ", "**"] {
            for place in [
                "BEIRUT",
                "GAZA CITY",
                "Beirut",
                "beirut",
                "GAZA city",
                "NEW YORK CITY AT NIGHT",
                "ST. JOHN’S",
                "SÃO PAULO",
                "x",
            ] {
                for part in [
                    "",
                    ", Lebanon",
                    ", Dec 19, 2025",
                    ", 1 2 3 4 5",
                    ", “Lebanon”",
                    ", Liban²",
                ] {
                    for wire in [
                        "AFP",
                        "Agence France-Presse",
                        "A B C D",
                        "A B C D E",
                        "AT&T",
                        "“AP”",
                        "Ré",
                        "1",
                    ] {
                        for dash in [" –", " -", "—", " −", " :", ""] {
                            let line = format!("{lead}{place}{part} ({wire}){dash} Talks");
                            let theirs = read(&unicode, &line);
                            assert_eq!(read(dateline(&line), &line), theirs, "{line:?}");
                            let ascii = std::ptr::eq(dateline(&line), dateline("A"));
                            ascii_lines += usize::from(ascii);
                            datelines += usize::from(ascii && theirs.is_some());
                        }
                    }
                }
            }
        }
        assert!(
            ascii_lines > 1000 && datelines > 100,
            "{ascii_lines} {datelines}"
        );
        // a letter outside ASCII takes the Unicode pattern
        assert!(!std::ptr::eq(dateline("SÃO PAULO (AFP) –"), dateline("A")));
        assert!(std::ptr::eq(dateline("“BEIRUT” (AFP) –"), dateline("A")));
        assert_eq!(dateline_via("SÃO PAULO (AFP) – x").as_deref(), Some("AFP"));
        assert_eq!(
            dateline_via("BEIRUT (Agência) – x").as_deref(),
            Some("Agência")
        );
    }

    #[test]
    fn dateline_names_the_wire() {
        let via = |s: &str| dateline_via(s);
        assert_eq!(
            via("BEIRUT (Reuters) – Israel struck").as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            via("Headline here\n\nNAQOURA, Lebanon, Dec 19, 2025 (AFP) - Talks").as_deref(),
            Some("AFP")
        );
        assert_eq!(via("GAZA CITY (AP) — Strikes").as_deref(), Some("AP"));
        assert_eq!(
            via("BEIRUT, Dec 19 (Reuters) - x").as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            via("WASHINGTON, D.C. (Agence France-Presse) -- x").as_deref(),
            Some("Agence France-Presse")
        );
        // prose with parentheses is not a dateline
        assert_eq!(via("The UN force (UNIFIL) said on Friday - a"), None);
        assert_eq!(via("UNIFIL (the UN force) said - x"), None);
        assert_eq!(via("ISRAEL-LEBANON (in brief) does not - x"), None);
        assert_eq!(via("Lebanon (Tomorrow) - mixed case place"), None);
        // a place in title case before a known wire
        assert_eq!(via("Beirut (AFP) – Israel struck").as_deref(), Some("AFP"));
        assert_eq!(
            via("Gaza City, Dec 19 (Agence France-Presse) - x").as_deref(),
            Some("Agence France-Presse")
        );
        assert_eq!(via("Hezbollah (Party of God) - the group"), None);
        assert_eq!(
            via("BEIRUT (Reuters) said nothing"),
            None,
            "no dash after the wire"
        );
        assert_eq!(via("BEIRUT (UPDATE 2) - x"), None, "digits are no wire");
        assert_eq!(
            via("a\nb\nc\nd\ne\nBEIRUT (AFP) - too far down"),
            None,
            "only the first five lines"
        );
        assert_eq!(via("  **BEIRUT (AFP)** – x").as_deref(), Some("AFP"));
    }
}
