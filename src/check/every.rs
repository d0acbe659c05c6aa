//! The reports that keep every window (`check --format json`, `jsonl`, `fever`) at
//! archive scale: every fact's every window, written claim by claim in bounded
//! memory.
//!
//! The verdicts, counts and supporting documents come from the tally pass
//! ([`super::tally`], with its cache). Every document that pass reads (all of them
//! on a cold run) gives the windows of the selected facts as it is analysed; the
//! documents whose tallies came from the cache are read again for theirs, in
//! parallel. The windows go to an anonymous temporary file (deleted when closed,
//! even if the run is killed) in runs: one run per fact and span of documents,
//! compact records, each window's quote once per document however many facts share
//! it. Writing the report then goes claim by claim and fact by fact, reading each
//! fact's runs back in document order and turning them into JSON in parallel; only
//! one claim's record and one batch of runs are in memory at a time. The output is
//! byte for byte what [`Report::write_json`] / [`Report::write_jsonl`] write for the
//! report of the in-memory path ([`super::check`]): the tests compare them.
//!
//! Memory: the tallies and one batch. Disk: the temporary file holds every window
//! without its document names (about a tenth of the JSON it becomes); it is in
//! `TMPDIR` (`std::env::temp_dir`).

use super::spill::{DocWindows, Record, Records, Run, Sink, damaged, no_room, read_at};
use super::tally::{self, DocNames, Early, Pass, Table, Tallied};
use crate::corpus::{self, DocFile, Read};
use crate::diag::Diagnostic;
use crate::engine::{Analysis, DocMatcher, Evidence, Suite};
use crate::report::record::VERSION;
use crate::report::{ClaimRecord, FactRecord, Report, Summary};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::sync::Arc;

/// Documents per run of a fact when the documents the tally pass did not read are
/// read for their windows: few enough that a run's windows are small, enough that
/// the file holds few runs. (The tally pass writes a run per fact and chunk.)
const DOCS_PER_RUN: usize = 64;

/// Bytes of runs turned into JSON together (in parallel) before they are written.
const BATCH: usize = 1 << 20;

/// The quotes of a run's documents are read together while the bytes between them
/// (other facts' quotes) are at most this many, up to [`QUOTE_READ`] bytes a read.
const QUOTE_GAP: usize = 16 << 10;
const QUOTE_READ: usize = 1 << 20;

/// Every selected claim's verdict and windows, ready to be written.
pub struct Every {
    suite: Suite,
    selected: Vec<usize>,
    table: Table,
    pass: Pass,
    /// The selected claims' facts, slot numbers in increasing order.
    slots: Vec<u32>,
    /// Each selected claim's verdict and supporting documents (indexes).
    verdicts: Vec<(crate::engine::Verdict, Vec<usize>)>,
    /// Runs sorted by fact, then document.
    runs: Vec<Run>,
    /// Where each fact's runs begin in `runs` (one more than `slots`).
    starts: Vec<usize>,
    /// The documents some window cites, in id order.
    cited: Vec<crate::report::DocumentRecord>,
    /// Each document's id and path as JSON strings (`None`: a path serde_json
    /// cannot write, not UTF-8).
    names: Vec<(Vec<u8>, Option<Vec<u8>>)>,
    summary: Summary,
    file: File,
    /// Told (claims written, of claims to write) as each claim is written.
    progress: Option<tally::Progress>,
}

/// Checks `selected` claims of `suite` (indexes, in report order) over `files`,
/// keeping every window (in a temporary file) for [`Every::write_json`].
pub fn check(
    suite: Suite,
    selected: Vec<usize>,
    files: &[DocFile],
    how: &Tallied,
    early: Early,
) -> Result<(Every, Vec<Diagnostic>), Vec<Diagnostic>> {
    let table = Table::of(&suite);
    let mut slots: Vec<u32> = selected
        .iter()
        .flat_map(|ci| table.slot_of[*ci].iter().copied())
        .collect();
    slots.sort_unstable();
    slots.dedup();
    let mut position = vec![None; table.rep.len()];
    for (k, s) in slots.iter().enumerate() {
        position[*s as usize] = Some(k as u32);
    }
    let mut sink = Sink::create(position, slots.len())?;
    // the documents the tally pass reads give their windows as they are read
    let mut pass = tally::tallied_pass(&suite, &table, files, how, early, &mut sink)?;
    let warnings = std::mem::take(&mut pass.warnings);
    // the others (their tallies came from the cache) are read for them now
    read_the_rest(&suite, &table, &slots, &pass, files, &mut sink, how)?;
    let (file, runs, cited) = sink
        .finish(pass.docs.len())
        .map_err(|e| no_room("write", e))?;
    let verdicts: Vec<_> = selected
        .par_iter()
        .map(|&ci| tally::verdict_of(&suite, &table, &pass, ci))
        .collect();
    let names: Vec<(Vec<u8>, Option<Vec<u8>>)> = pass
        .docs
        .iter()
        .map(|d| {
            let f = &files[d.file];
            let json = |s: &str| serde_json::to_vec(s).unwrap_or_default();
            (json(&f.id), f.path.to_str().map(json))
        })
        .collect();
    let mut starts = vec![0; slots.len() + 1];
    for r in &runs {
        starts[r.slot as usize + 1] += 1;
    }
    for i in 0..slots.len() {
        starts[i + 1] += starts[i];
    }
    // the summary counts claims and documents: of records without their sources
    let summary = Report::new(
        selected
            .iter()
            .zip(&verdicts)
            .map(|(&ci, (v, _))| {
                ClaimRecord::new(&suite.claims[ci], *v, Vec::new(), Vec::new(), Vec::new())
            })
            .collect(),
        pass.docs.len(),
    )
    .summary;
    let cited = pass
        .docs
        .iter()
        .zip(&cited)
        .filter(|(_, c)| **c)
        .map(|(d, _)| d.record(files))
        .collect();
    Ok((
        Every {
            suite,
            selected,
            table,
            pass,
            slots,
            verdicts,
            runs,
            starts,
            cited,
            names,
            summary,
            file,
            progress: None,
        },
        warnings,
    ))
}

/// Reads the documents `sink` has not been given, in parallel, for the windows of
/// the `slots` facts: in groups of at most [`DOCS_PER_RUN`] consecutive documents, a
/// few groups at a time (so that memory holds a few groups' windows), telling
/// `how`'s progress (articles done, of the articles to read again).
fn read_the_rest(
    suite: &Suite,
    table: &Table,
    slots: &[u32],
    pass: &Pass,
    files: &[DocFile],
    sink: &mut Sink,
    how: &Tallied,
) -> Result<(), Vec<Diagnostic>> {
    // the tallies say which documents have a window of the kept facts: only those
    // are read (the pass's own, or the cache's when it served the whole pass)
    let cached = tally::cached_windows(suite, table, pass, how.cache.as_deref(), &sink.position);
    let may_have = |d: usize| match &cached {
        Some(known) => known.get(d).copied().unwrap_or(true),
        None => sink.has_windows(d),
    };
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for d in (0..pass.docs.len()).filter(|d| !sink.has(*d) && may_have(*d)) {
        match groups.last_mut() {
            Some(g) if g.len() < DOCS_PER_RUN && g.last().is_some_and(|l| l + 1 == d) => g.push(d),
            _ => groups.push(vec![d]),
        }
    }
    let at_once = 4 * rayon::current_num_threads().max(1);
    let all: usize = groups.iter().map(Vec::len).sum();
    let mut done = 0;
    for batch in groups.chunks(at_once) {
        let found: Vec<Result<Vec<(usize, DocWindows)>, Diagnostic>> = batch
            .par_iter()
            .map(|group| {
                group
                    .iter()
                    .map(|&d| {
                        let doc = match corpus::read(&files[pass.docs[d].file])? {
                            Read::Document(doc) => doc,
                            Read::Skipped(w) => return Err(w),
                        };
                        let a = Analysis::new(&doc);
                        let m = DocMatcher::new(suite, &a);
                        let mut w = DocWindows::default();
                        for (k, s) in slots.iter().enumerate() {
                            m.each_evidence_of(&table.facts[*s as usize], |e| {
                                w.add_one(k as u32, e)
                            });
                        }
                        Ok((d, w))
                    })
                    .collect()
            })
            .collect();
        let mut errors = Vec::new();
        for f in found {
            match f {
                Ok(docs) => {
                    done += docs.len();
                    sink.put(docs);
                }
                Err(e) => errors.push(e),
            }
        }
        if let Some(p) = &how.progress {
            (p.0)(done, all);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
    }
    Ok(())
}

/// A thread's buffers for the runs it turns into JSON: a run's records, its
/// documents' quotes. They only grow (to a run's records and [`QUOTE_READ`]), so
/// the bytes read into them are zeroed once, not for each run.
#[derive(Default)]
struct Buffers {
    bytes: Vec<u8>,
    quotes: Vec<u8>,
}

thread_local! {
    static BUFFERS: std::cell::RefCell<Buffers> = std::cell::RefCell::default();
}

/// `len` bytes of `file` at `at`, read into `buf` (grown to hold them).
fn read_into<'b>(file: &File, buf: &'b mut Vec<u8>, at: u64, len: usize) -> io::Result<&'b [u8]> {
    if buf.len() < len {
        buf.resize(len, 0);
    }
    read_at(file, &mut buf[..len], at)?;
    Ok(&buf[..len])
}

/// The evidence of record `x` in document `names` (id, path, independent source).
fn window(
    x: &Record,
    (doc, path, source): (&Arc<str>, &Arc<Path>, &Arc<str>),
    quote: Arc<str>,
    hits: Vec<crate::engine::Hit>,
) -> Evidence {
    let [start, end, line, col, end_line, end_col] = x.span;
    Evidence {
        doc: doc.clone(),
        path: path.clone(),
        source: source.clone(),
        stance: x.stance,
        start,
        end,
        line,
        col,
        end_line,
        end_col,
        quote,
        hits,
        reason: x.reason.map(str::to_string),
    }
}

/// A new line indented to `level`, pretty; nothing, compact.
fn new_line(out: &mut Vec<u8>, level: usize, pretty: bool) {
    if pretty {
        out.push(b'\n');
        out.resize(out.len() + 2 * level, b' ');
    }
}

/// An object's key `k` at `level` (after a comma unless `first`) and its colon.
fn json_key(out: &mut Vec<u8>, k: &str, first: bool, level: usize, pretty: bool) {
    if !first {
        out.push(b',');
    }
    new_line(out, level, pretty);
    out.push(b'"');
    out.extend_from_slice(k.as_bytes());
    out.extend_from_slice(if pretty { b"\": " } else { b"\":" });
}

/// `s` as a JSON string, escaped byte for byte as serde_json escapes it (`"`, `\\`
/// and the control characters below U+0020; `\b`, `\t`, `\n`, `\f`, `\r` short,
/// the others `\u00XX`): [`json_bytes`].
fn json_str(out: &mut Vec<u8>, s: &str) {
    json_bytes(out, s.as_bytes());
}

/// [`json_str`] of UTF-8 bytes (a term read back from the report's file, checked
/// when its record was read), 32 or 8 bytes at a time where none needs escaping:
/// quotes are most of a report's bytes, and serde_json goes one byte at a time.
fn json_bytes(out: &mut Vec<u8>, b: &[u8]) {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    // the high bit is set of some byte of `x` below 0x20, a quote mark or a
    // backslash if there is one (and never if there is none: a byte of 0x80 or
    // more has its high bit ruled out by each test)
    let flagged = |x: u64| {
        let (q, s) = (x ^ (ONES * u64::from(b'"')), x ^ (ONES * u64::from(b'\\')));
        ((x.wrapping_sub(ONES * 0x20) & !x)
            | (q.wrapping_sub(ONES) & !q)
            | (s.wrapping_sub(ONES) & !s))
            & HIGH
    };
    let word = |c: &[u8]| u64::from_ne_bytes(c.try_into().unwrap_or_default());
    out.reserve(b.len() + 2);
    out.push(b'"');
    let (mut i, mut run) = (0, 0);
    while i < b.len() {
        if let Some(block) = b.get(i..i + 32)
            && block.chunks_exact(8).fold(0, |m, c| m | flagged(word(c))) == 0
        {
            i += 32;
            continue;
        }
        if let Some(chunk) = b.get(i..i + 8)
            && flagged(word(chunk)) == 0
        {
            i += 8;
            continue;
        }
        let c = b[i];
        let short = match c {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            b'\t' => b't',
            b'\n' => b'n',
            0x0c => b'f',
            b'\r' => b'r',
            0x00..=0x1f => b'u',
            _ => {
                i += 1;
                continue;
            }
        };
        out.extend_from_slice(&b[run..i]);
        out.push(b'\\');
        out.push(short);
        if short == b'u' {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(&[
                b'0',
                b'0',
                HEX[usize::from(c >> 4)],
                HEX[usize::from(c & 15)],
            ]);
        }
        i += 1;
        run = i;
    }
    out.extend_from_slice(&b[run..]);
    out.push(b'"');
}

/// What serde_json says of a path it cannot write.
fn non_utf8() -> io::Error {
    io::Error::other("path contains invalid UTF-8 characters")
}

/// Layout of the JSON written: pretty at a depth, or compact (JSON Lines).
#[derive(Clone, Copy)]
enum Layout {
    Pretty,
    Compact,
}

impl Layout {
    /// The placeholder an empty evidence list serializes as.
    fn empty_evidence(self) -> &'static str {
        match self {
            Layout::Pretty => "\"evidence\": []",
            Layout::Compact => "\"evidence\":[]",
        }
    }
}

/// What comes before each value of a window's JSON at one depth and layout:
/// commas, new lines, indents, keys and colons, made once per fact.
struct Keys {
    open: Vec<u8>,
    doc: Vec<u8>,
    path: Vec<u8>,
    stance: Vec<u8>,
    span: [Vec<u8>; 6],
    quote: Vec<u8>,
    hits: Vec<u8>,
    hit_first: Vec<u8>,
    hit: Vec<u8>,
    hit_span: [Vec<u8>; 4],
    hit_close: Vec<u8>,
    hits_close: Vec<u8>,
    reason: Vec<u8>,
    close: Vec<u8>,
}

impl Keys {
    fn new(layout: Layout, depth: usize) -> Keys {
        let pretty = matches!(layout, Layout::Pretty);
        let key = |k: &str, first: bool, level: usize| {
            let mut out = Vec::new();
            json_key(&mut out, k, first, level, pretty);
            out
        };
        let line = |before: &[u8], level: usize, after: &[u8]| {
            let mut out = before.to_vec();
            new_line(&mut out, level, pretty);
            out.extend_from_slice(after);
            out
        };
        let mut hits = key("hits", false, depth + 1);
        hits.push(b'[');
        let mut hit_first = line(b"", depth + 2, b"{");
        hit_first.extend(key("term", true, depth + 3));
        let mut hit = line(b",", depth + 2, b"{");
        hit.extend(key("term", true, depth + 3));
        Keys {
            open: line(b",", depth, b"{"),
            doc: key("doc", true, depth + 1),
            path: key("path", false, depth + 1),
            stance: key("stance", false, depth + 1),
            span: ["start", "end", "line", "col", "end_line", "end_col"]
                .map(|k| key(k, false, depth + 1)),
            quote: key("quote", false, depth + 1),
            hits,
            hit_first,
            hit,
            hit_span: ["start", "end", "line", "col"].map(|k| key(k, false, depth + 3)),
            hit_close: line(b"", depth + 2, b"}"),
            hits_close: line(b"", depth + 1, b""),
            reason: key("reason", false, depth + 1),
            close: line(b"", depth, b"}"),
        }
    }
}

/// `value` as serde_json writes it nested `depth` levels deep in a pretty document
/// (each new line indented by two spaces a level more), or compact.
fn to_json<T: serde::Serialize>(out: &mut Vec<u8>, value: &T, layout: Layout, depth: usize) {
    match layout {
        Layout::Compact => {
            let _ = serde_json::to_writer(&mut *out, value);
        }
        Layout::Pretty => {
            let mut buf = Vec::new();
            let _ = serde_json::to_writer_pretty(&mut buf, value);
            // a JSON string holds no raw new line: every one is the layout's
            for (i, line) in buf.split(|b| *b == b'\n').enumerate() {
                if i > 0 {
                    out.push(b'\n');
                    out.resize(out.len() + 2 * depth, b' ');
                }
                out.extend_from_slice(line);
            }
        }
    }
}

impl Every {
    /// The report's summary (as the in-memory path's).
    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// Whether every claim with an `expect` met it.
    pub fn all_met(&self) -> bool {
        self.summary.failed == 0
    }

    /// Claim `k` of the selection as a record without evidence: its verdict, every
    /// supporting document by independent source, and its facts' verdicts.
    fn record(&self, k: usize) -> ClaimRecord {
        let ci = self.selected[k];
        let claim = &self.suite.claims[ci];
        let (verdict, supporting) = &self.verdicts[k];
        let ids: Vec<String> = supporting
            .iter()
            .map(|d| self.pass.docs[*d].id().to_string())
            .collect();
        let independent = super::source_records(&self.pass.sources, &ids);
        let facts = claim
            .facts
            .iter()
            .zip(&self.table.slot_of[ci])
            .map(|(f, s)| FactRecord {
                say: f.say.clone(),
                verdict: self.pass.facts[*s as usize].verdict(),
                evidence: Vec::new(),
                more: Vec::new(),
            })
            .collect();
        ClaimRecord::new(claim, *verdict, ids, independent, facts)
    }

    /// Writes the evidence list of fact slot `slot` (a place in `self.slots`): `[`,
    /// every window, `]`, nested `depth` levels deep.
    fn write_evidence(
        &self,
        w: &mut dyn Write,
        slot: usize,
        layout: Layout,
        depth: usize,
    ) -> io::Result<()> {
        let runs = &self.runs[self.starts[slot]..self.starts[slot + 1]];
        if runs.is_empty() {
            return w.write_all(b"[]");
        }
        w.write_all(b"[")?;
        let keys = Keys::new(layout, depth + 1);
        let mut first = true;
        let mut at = 0;
        while at < runs.len() {
            // a batch of runs, turned into JSON in parallel
            let mut end = at;
            let mut bytes = 0;
            while end < runs.len() && (end == at || bytes + runs[end].len as usize <= BATCH) {
                bytes += runs[end].len as usize;
                end += 1;
            }
            let parts: Vec<io::Result<Vec<u8>>> = runs[at..end]
                .par_iter()
                .map(|r| {
                    BUFFERS.with(|b| match b.try_borrow_mut() {
                        Ok(mut b) => self.run_json(r, &keys, &mut b),
                        // a run turned into JSON while this thread's is waited
                        // for (rayon may steal work): buffers of its own
                        Err(_) => self.run_json(r, &keys, &mut Buffers::default()),
                    })
                })
                .collect();
            for p in parts {
                let p = p?;
                // each window begins with a comma: not the first
                let p = if first { &p[1..] } else { &p[..] };
                first = false;
                w.write_all(p)?;
            }
            at = end;
        }
        if let Layout::Pretty = layout {
            w.write_all(b"\n")?;
            w.write_all(&b" ".repeat(2 * depth))?;
        }
        w.write_all(b"]")
    }

    /// One run's windows as JSON, each after a comma (and, pretty, a new line and
    /// its indent): the bytes serde_json writes for an [`crate::engine::Evidence`]
    /// there (the tests compare them), written straight from the records. The
    /// quotes of neighbouring documents' windows are read in one go.
    fn run_json(&self, r: &Run, keys: &Keys, b: &mut Buffers) -> io::Result<Vec<u8>> {
        let Buffers { bytes, quotes } = b;
        let bytes = read_into(&self.file, bytes, r.at, r.len as usize)?;
        let all = Records::all(bytes).ok_or_else(damaged)?;
        // each document's windows (a range of `all`) and the span of their quotes
        let mut docs: Vec<(usize, usize, usize, usize)> = Vec::new();
        let mut i = 0;
        while i < all.len() {
            let n = all[i..].iter().take_while(|x| x.doc == all[i].doc).count();
            let these = &all[i..i + n];
            let from = these.iter().map(|x| x.quote.0).min().unwrap_or(0);
            let to = these
                .iter()
                .map(|x| x.quote.0 + x.quote.1)
                .max()
                .unwrap_or(0);
            docs.push((i, i + n, from, to));
            i += n;
        }
        let quoted: usize = all.iter().map(|x| x.quote.1).sum();
        let mut out = Vec::with_capacity(bytes.len() * 24 + quoted * 11 / 10);
        let mut num = itoa::Buffer::new();
        let mut d = 0;
        while d < docs.len() {
            // the quotes of the next documents whose quotes lie close together, read
            // in one go: a read per document was most of a report's system calls
            let (lo, mut hi) = (docs[d].2, docs[d].3);
            let mut e = d + 1;
            while let Some(&(_, _, from, to)) = docs.get(e) {
                if from < lo || from > hi + QUOTE_GAP || to.max(hi) - lo > QUOTE_READ {
                    break;
                }
                hi = hi.max(to);
                e += 1;
            }
            let quotes = read_into(&self.file, quotes, r.quotes + lo as u64, hi - lo)?;
            for &(i, j, _, _) in &docs[d..e] {
                let (id, path) = self.names.get(all[i].doc).ok_or_else(damaged)?;
                let path = path.as_deref().ok_or_else(non_utf8)?;
                for x in &all[i..j] {
                    let quote = &quotes[x.quote.0 - lo..x.quote.0 - lo + x.quote.1];
                    let quote = std::str::from_utf8(quote).map_err(|_| damaged())?;
                    self.window_json(&mut out, keys, &mut num, (id, path), x, quote)?;
                }
            }
            d = e;
        }
        Ok(out)
    }

    /// One window's JSON, after a comma (and, pretty, a new line and its indent).
    fn window_json(
        &self,
        out: &mut Vec<u8>,
        keys: &Keys,
        num: &mut itoa::Buffer,
        (id, path): (&[u8], &[u8]),
        x: &Record,
        quote: &str,
    ) -> io::Result<()> {
        out.extend_from_slice(&keys.open);
        out.extend_from_slice(&keys.doc);
        out.extend_from_slice(id);
        out.extend_from_slice(&keys.path);
        out.extend_from_slice(path);
        out.extend_from_slice(&keys.stance);
        out.push(b'"');
        out.extend_from_slice(x.stance.as_str().as_bytes());
        out.push(b'"');
        for (k, n) in keys.span.iter().zip(x.span) {
            out.extend_from_slice(k);
            out.extend_from_slice(num.format(n).as_bytes());
        }
        out.extend_from_slice(&keys.quote);
        json_str(out, quote);
        out.extend_from_slice(&keys.hits);
        for (i, (term, at)) in x.hits.iter().enumerate() {
            out.extend_from_slice(if i == 0 { &keys.hit_first } else { &keys.hit });
            json_bytes(out, term);
            for (k, n) in keys.hit_span.iter().zip(at) {
                out.extend_from_slice(k);
                out.extend_from_slice(num.format(n).as_bytes());
            }
            out.extend_from_slice(&keys.hit_close);
        }
        if !x.hits.is_empty() {
            out.extend_from_slice(&keys.hits_close);
        }
        out.push(b']');
        out.extend_from_slice(&keys.reason);
        match x.reason {
            Some(reason) => json_str(out, reason),
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(&keys.close);
        Ok(())
    }

    /// Run `r`'s records, as bytes.
    fn run_bytes(&self, r: &Run) -> io::Result<Vec<u8>> {
        let mut bytes = vec![0; r.len as usize];
        read_at(&self.file, &mut bytes, r.at)?;
        Ok(bytes)
    }

    /// Claim `k`'s record with each fact's every window made by `make` from its
    /// record and, when `quoted`, the quote (else `""`), run by run in document order.
    fn record_with(
        &self,
        k: usize,
        quoted: bool,
        make: &mut dyn FnMut(&Record, &str) -> io::Result<Evidence>,
    ) -> io::Result<ClaimRecord> {
        let mut record = self.record(k);
        for (f, s) in record
            .facts
            .iter_mut()
            .zip(&self.table.slot_of[self.selected[k]])
        {
            let slot = self.slots.binary_search(s).map_err(|_| damaged())?;
            for r in &self.runs[self.starts[slot]..self.starts[slot + 1]] {
                let bytes = self.run_bytes(r)?;
                let all = Records::all(&bytes).ok_or_else(damaged)?;
                // the run's quotes, read in one go
                let from = all.iter().map(|x| x.quote.0).min().unwrap_or(0);
                let to = all.iter().map(|x| x.quote.0 + x.quote.1).max().unwrap_or(0);
                let mut quotes = Vec::new();
                if quoted {
                    quotes.resize(to.saturating_sub(from), 0);
                    read_at(&self.file, &mut quotes, r.quotes + from as u64)?;
                }
                for x in &all {
                    let quote = if quoted {
                        let q = quotes
                            .get(x.quote.0 - from..x.quote.0 - from + x.quote.1)
                            .ok_or_else(damaged)?;
                        std::str::from_utf8(q).map_err(|_| damaged())?
                    } else {
                        ""
                    };
                    f.evidence.push(make(x, quote)?);
                }
            }
        }
        Ok(record)
    }

    /// Claim `k`'s record with every window in full, as the in-memory path makes
    /// it (quote, hits, reason; `explain` shows them all): one claim's windows in
    /// memory.
    pub(super) fn full_record(&self, k: usize, files: &[DocFile]) -> io::Result<ClaimRecord> {
        // each document's id, path and independent source, made once
        let mut names: HashMap<usize, DocNames> = HashMap::default();
        self.record_with(k, true, &mut |x, quote| {
            if x.doc >= self.pass.docs.len() {
                return Err(damaged());
            }
            let (doc, path, source) = names
                .entry(x.doc)
                .or_insert_with(|| self.pass.names(x.doc, files));
            let hits = x
                .hits
                .iter()
                .map(|(term, [start, end, line, col])| {
                    Ok(crate::engine::Hit {
                        term: std::str::from_utf8(term).map_err(|_| damaged())?.into(),
                        start,
                        end,
                        line,
                        col,
                    })
                })
                .collect::<io::Result<_>>()?;
            Ok(window(x, (doc, path, source), quote.into(), hits))
        })
    }

    /// The stamps the run saw of each corpus file.
    pub(super) fn stamps(&self) -> &[Option<crate::files::Stamp>] {
        &self.pass.stamps
    }

    /// Claim `k`'s record with every window as FEVER reads it: each window's
    /// document, line and stance (no quote, hits or reason).
    fn fever_record(&self, k: usize, ids: &[Arc<str>]) -> io::Result<ClaimRecord> {
        let none: Arc<str> = Arc::from("");
        let nowhere: Arc<Path> = Arc::from(Path::new(""));
        self.record_with(k, false, &mut |x, _| {
            let doc = ids.get(x.doc).ok_or_else(damaged)?;
            let mut e = window(x, (doc, &nowhere, &none), none.clone(), Vec::new());
            e.reason = None;
            Ok(e)
        })
    }

    /// Tells `progress` (claims written, of claims to write) as the report is
    /// written: writing every window of a large suite takes as long as checking it.
    pub fn set_progress(&mut self, progress: Option<tally::Progress>) {
        self.progress = progress;
    }

    /// Claim `k` has been written.
    fn written(&self, k: usize) {
        if let Some(p) = &self.progress {
            (p.0)(k + 1, self.selected.len());
        }
    }

    /// `check --format fever`: what [`crate::report::write_fever`] writes for the
    /// report of every window, one claim's windows in memory at a time.
    pub fn write_fever(&self, out: &mut dyn Write) -> io::Result<()> {
        let ids: Vec<Arc<str>> = self.pass.docs.iter().map(|d| Arc::from(d.id())).collect();
        crate::report::fever::write_fever_lines(
            out,
            (0..self.selected.len()).map(|k| {
                let record = self.fever_record(k, &ids);
                self.written(k);
                record
            }),
        )
    }

    /// Claim `k`'s record with every window, nested `depth` levels deep.
    fn write_claim(
        &self,
        w: &mut dyn Write,
        k: usize,
        layout: Layout,
        depth: usize,
    ) -> io::Result<()> {
        let mut text = Vec::new();
        to_json(&mut text, &self.record(k), layout, depth);
        let hole = layout.empty_evidence();
        let key_len = hole.len() - 2;
        let mut rest = &text[..];
        for s in &self.table.slot_of[self.selected[k]] {
            let at = find(rest, hole.as_bytes()).ok_or_else(damaged)?;
            w.write_all(&rest[..at + key_len])?;
            let slot = self.slots.binary_search(s).map_err(|_| damaged())?;
            // the fact's key is at depth + 3 (claim, facts, fact), its list one deeper
            self.write_evidence(w, slot, layout, depth + 3)?;
            rest = &rest[at + hole.len()..];
        }
        w.write_all(rest)
    }

    /// `check --format json`: what [`Report::write_json`] writes for the report of
    /// every window.
    pub fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut w = BufWriter::with_capacity(1 << 16, out);
        let layout = Layout::Pretty;
        let mut head = Vec::new();
        write!(head, "{{\n  \"version\": {VERSION},\n  \"summary\": ")?;
        to_json(&mut head, &self.summary, layout, 1);
        head.extend_from_slice(b",\n  \"claims\": ");
        w.write_all(&head)?;
        if self.selected.is_empty() {
            w.write_all(b"[]")?;
        } else {
            w.write_all(b"[")?;
            for k in 0..self.selected.len() {
                w.write_all(if k == 0 { b"\n    " } else { b",\n    " })?;
                self.write_claim(&mut w, k, layout, 2)?;
                self.written(k);
            }
            w.write_all(b"\n  ]")?;
        }
        w.write_all(b",\n  \"documents\": ")?;
        let mut any = false;
        for d in &self.cited {
            w.write_all(if any { b",\n    " } else { b"[\n    " })?;
            any = true;
            let mut buf = Vec::new();
            to_json(&mut buf, d, layout, 2);
            w.write_all(&buf)?;
        }
        w.write_all(if any { b"\n  ]" } else { b"[]" })?;
        w.write_all(b"\n}\n")?;
        w.flush()
    }

    /// `check --format jsonl`: what [`Report::write_jsonl`] writes for the report of
    /// every window.
    pub fn write_jsonl(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut w = BufWriter::with_capacity(1 << 16, out);
        for k in 0..self.selected.len() {
            self.write_claim(&mut w, k, Layout::Compact, 0)?;
            w.write_all(b"\n")?;
            self.written(k);
        }
        let mut tail = Vec::new();
        write!(tail, "{{\"version\":{VERSION},\"summary\":")?;
        to_json(&mut tail, &self.summary, Layout::Compact, 0);
        tail.extend_from_slice(b",\"documents\":[");
        w.write_all(&tail)?;
        for (i, d) in self.cited.iter().enumerate() {
            if i > 0 {
                w.write_all(b",")?;
            }
            let mut buf = Vec::new();
            to_json(&mut buf, d, Layout::Compact, 0);
            w.write_all(&buf)?;
        }
        w.write_all(b"]}\n")?;
        w.flush()
    }
}

/// Where `needle` first is in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::json_str;

    #[test]
    fn json_str_escapes_as_serde_json_does() {
        let mut cases: Vec<String> = (0u32..0x80)
            .chain([0xe9, 0x2028, 0x1f600])
            .filter_map(char::from_u32)
            .map(String::from)
            .collect();
        // every byte that needs escaping at every place of an eight-byte chunk,
        // among ASCII and multi-byte characters
        let pieces = [
            "a", "é", "\"", "\\", "\n", "\u{1}", "\u{1f}", " ", "“", "\u{7f}",
        ];
        let mut seed = 7u64;
        for len in 0..40 {
            for _ in 0..25 {
                let s: String = (0..len)
                    .map(|_| {
                        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                        pieces[(seed >> 33) as usize % pieces.len()]
                    })
                    .collect();
                cases.push(s);
            }
        }
        for s in &cases {
            let mut out = b"x".to_vec();
            json_str(&mut out, s);
            let want = [b"x".to_vec(), serde_json::to_vec(s).unwrap()].concat();
            assert_eq!(out, want, "{s:?}");
        }
    }
}
