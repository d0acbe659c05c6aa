//! The report that keeps every window (`check --format json` and `jsonl`) at archive
//! scale: every fact's every window, written claim by claim in bounded memory.
//!
//! The verdicts, counts and supporting documents come from the tally pass
//! ([`super::tally`], with its cache). The windows are found in a second pass over
//! the documents, in parallel and in document order, and written to an anonymous
//! temporary file (deleted when closed, even if the run is killed) in runs: one run
//! per fact and group of documents, compact binary records, each window's quote
//! once per document however many facts share it. Writing the report then goes
//! claim by claim and fact by fact, reading each fact's runs back in document order
//! and turning them into JSON in parallel; only one claim's record and one batch
//! of runs are in memory at a time. The output is byte for byte what
//! [`Report::write_json`] / [`Report::write_jsonl`] write for the report of the
//! in-memory path ([`super::check`]): the tests compare them.
//!
//! Memory: the tallies and one batch. Disk: the temporary file holds every window
//! without its document names (about a tenth of the JSON it becomes); it is in
//! `TMPDIR` (`std::env::temp_dir`).

use super::tally::{self, Early, Pass, Table, Tallied};
use crate::corpus::{self, DocFile, Read};
use crate::diag::Diagnostic;
use crate::engine::{Analysis, DocMatcher, Evidence, Stance, Suite};
use crate::report::record::VERSION;
use crate::report::{ClaimRecord, FactRecord, Report, Summary};
use rayon::prelude::*;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};

/// Documents per run of a fact: few enough that a run's windows are small, enough
/// that the file holds few runs.
const DOCS_PER_RUN: usize = 64;

/// Bytes of runs turned into JSON together (in parallel) before they are written.
const BATCH: usize = 4 << 20;

/// Where one fact's windows of one group of documents are in the file.
#[derive(Debug, Clone, Copy)]
struct Run {
    /// The fact's place in [`Every::slots`].
    slot: u32,
    /// The group of documents (they are grouped in document order).
    group: u32,
    at: u64,
    len: u32,
    /// Where the group's quotes begin.
    quotes: u64,
}

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
    /// Runs sorted by fact, then group.
    runs: Vec<Run>,
    /// Where each fact's runs begin in `runs` (one more than `slots`).
    starts: Vec<usize>,
    /// The documents some window cites.
    cited: Vec<bool>,
    /// Each document's id and path, shared by its windows.
    names: Vec<(Arc<str>, Arc<Path>)>,
    summary: Summary,
    file: File,
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
    let (table, mut pass) = tally::tallied_pass(&suite, files, how, early)?;
    let warnings = std::mem::take(&mut pass.warnings);
    let mut slots: Vec<u32> = selected
        .iter()
        .flat_map(|ci| table.slot_of[*ci].iter().copied())
        .collect();
    slots.sort_unstable();
    slots.dedup();
    let source_of = |d: usize| pass.sources.group_index(d);
    let n_sources = pass.sources.groups().len();
    let verdicts: Vec<_> = selected
        .par_iter()
        .map(|&ci| {
            let tallies: Vec<_> = table.slot_of[ci]
                .iter()
                .map(|s| &pass.facts[*s as usize])
                .collect();
            tally::claim_verdict(&suite.claims[ci], &tallies, &source_of, n_sources)
        })
        .collect();
    let names: Vec<(Arc<str>, Arc<Path>)> = pass
        .docs
        .iter()
        .map(|d| {
            let f = &files[d.file];
            (f.id.as_str().into(), f.path.as_path().into())
        })
        .collect();
    let file = tempfile::tempfile().map_err(|e| {
        vec![
            Diagnostic::general(format!(
                "cannot make a temporary file for the report's windows in {}: {e}",
                std::env::temp_dir().display()
            ))
            .help("set TMPDIR to a folder with room (the windows take about a tenth of the JSON report)"),
        ]
    })?;
    let (runs, cited) = spill(&suite, &table, &slots, &pass, files, &file)?;
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
        },
        warnings,
    ))
}

/// The runs written, and which documents have windows.
type Spilled = (Vec<Run>, Vec<bool>);

/// Finds every window of the `slots` facts in the pass's documents and writes them
/// to `file` in runs (sorted by fact, then group); and which documents have some.
fn spill(
    suite: &Suite,
    table: &Table,
    slots: &[u32],
    pass: &Pass,
    files: &[DocFile],
    file: &File,
) -> Result<Spilled, Vec<Diagnostic>> {
    let n = pass.docs.len();
    let groups: Vec<std::ops::Range<usize>> = (0..n)
        .step_by(DOCS_PER_RUN)
        .map(|s| s..(s + DOCS_PER_RUN).min(n))
        .collect();
    let out = Mutex::new((BufWriter::with_capacity(1 << 20, file), 0u64));
    let found: Vec<Result<Spilled, Diagnostic>> = groups
        .par_iter()
        .enumerate()
        .map(|(g, range)| {
            let mut quotes: Vec<u8> = Vec::new();
            let mut bufs: Vec<Vec<u8>> = vec![Vec::new(); slots.len()];
            let mut cited = vec![false; range.len()];
            for d in range.clone() {
                let doc = match corpus::read(&files[pass.docs[d].file])? {
                    Read::Document(doc) => doc,
                    Read::Skipped(w) => return Err(w),
                };
                let a = Analysis::new(&doc);
                let m = DocMatcher::new(suite, &a);
                // a window's quote once per document, whatever facts share it
                let mut quoted: rustc_hash::FxHashMap<(usize, usize), (usize, usize)> =
                    Default::default();
                for (k, s) in slots.iter().enumerate() {
                    let (ci, fi) = table.rep[*s as usize];
                    for e in m.fact_evidence(ci, fi) {
                        let q = *quoted.entry((e.start, e.end)).or_insert_with(|| {
                            quotes.extend_from_slice(e.quote.as_bytes());
                            (quotes.len() - e.quote.len(), e.quote.len())
                        });
                        encode(&mut bufs[k], d, &e, q);
                        cited[d - range.start] = true;
                    }
                }
            }
            let mut lock = out.lock().unwrap_or_else(|e| e.into_inner());
            let (w, at) = &mut *lock;
            let io = |e: io::Error| {
                Diagnostic::general(format!("cannot write the report's windows: {e}"))
                    .help("set TMPDIR to a folder with room (the windows take about a tenth of the JSON report)")
            };
            let quotes_at = *at;
            w.write_all(&quotes).map_err(io)?;
            *at += quotes.len() as u64;
            let mut runs = Vec::new();
            for (k, b) in bufs.iter().enumerate().filter(|(_, b)| !b.is_empty()) {
                w.write_all(b).map_err(io)?;
                runs.push(Run {
                    slot: k as u32,
                    group: g as u32,
                    at: *at,
                    len: b.len() as u32,
                    quotes: quotes_at,
                });
                *at += b.len() as u64;
            }
            Ok((runs, cited))
        })
        .collect();
    let (mut w, _) = out.into_inner().unwrap_or_else(|e| e.into_inner());
    if let Err(e) = w.flush() {
        return Err(vec![Diagnostic::general(format!(
            "cannot write the report's windows: {e}"
        ))]);
    }
    let mut runs = Vec::new();
    let mut cited = Vec::with_capacity(n);
    let mut errors = Vec::new();
    for f in found {
        match f {
            Ok((r, c)) => {
                runs.extend(r);
                cited.extend(c);
            }
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    runs.sort_unstable_by_key(|r| (r.slot, r.group));
    Ok((runs, cited))
}

fn put_num(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_num(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

/// One window as a record: document, stance and reason flags, its span, where its
/// quote is in its group's quotes, its hits, its reason.
fn encode(out: &mut Vec<u8>, doc: usize, e: &Evidence, (quote_at, quote_len): (usize, usize)) {
    put_num(out, doc);
    let flags = u8::from(e.stance == Stance::Against) | (u8::from(e.reason.is_some()) << 1);
    out.push(flags);
    for n in [e.start, e.end, e.line, e.col, e.end_line, e.end_col] {
        put_num(out, n);
    }
    put_num(out, quote_at);
    put_num(out, quote_len);
    put_num(out, e.hits.len());
    for h in &e.hits {
        put_str(out, &h.term);
        for n in [h.start, h.end, h.line, h.col] {
            put_num(out, n);
        }
    }
    if let Some(r) = &e.reason {
        put_str(out, r);
    }
}

/// One window read back: its document, stance, span (start, end, line, col,
/// end line, end col), quote (where in its group's quotes, how long), hits (term,
/// start, end, line, col) and reason.
struct Record<'a> {
    doc: usize,
    stance: Stance,
    span: [usize; 6],
    quote: (usize, usize),
    hits: Vec<(&'a str, [usize; 4])>,
    reason: Option<&'a str>,
}

/// Reads records back; `None` at the end, or where the bytes are not a record (the
/// file is this run's own, so that is a bug, reported as an error by the caller).
struct Records<'a> {
    bytes: &'a [u8],
}

impl<'a> Records<'a> {
    fn num(&mut self) -> Option<usize> {
        let mut n = 0usize;
        let mut shift = 0;
        loop {
            let (&b, rest) = self.bytes.split_first()?;
            self.bytes = rest;
            n |= usize::from(b & 0x7f).checked_shl(shift)?;
            if b < 0x80 {
                return Some(n);
            }
            shift += 7;
        }
    }

    fn str(&mut self) -> Option<&'a str> {
        let n = self.num()?;
        if n > self.bytes.len() {
            return None;
        }
        let (s, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        std::str::from_utf8(s).ok()
    }

    /// The next record.
    fn next(&mut self) -> Option<Record<'a>> {
        let doc = self.num()?;
        let (&flags, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        let mut span = [0; 6];
        for s in &mut span {
            *s = self.num()?;
        }
        let quote = (self.num()?, self.num()?);
        let n = self.num()?;
        let mut hits = Vec::with_capacity(n.min(64));
        for _ in 0..n {
            let term = self.str()?;
            let mut at = [0; 4];
            for a in &mut at {
                *a = self.num()?;
            }
            hits.push((term, at));
        }
        let reason = if flags & 2 != 0 {
            Some(self.str()?)
        } else {
            None
        };
        let stance = if flags & 1 != 0 {
            Stance::Against
        } else {
            Stance::Supports
        };
        Some(Record {
            doc,
            stance,
            span,
            quote,
            hits,
            reason,
        })
    }
}

#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], at: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, at)
}

#[cfg(windows)]
fn read_at(file: &File, mut buf: &mut [u8], mut at: u64) -> io::Result<()> {
    while !buf.is_empty() {
        match std::os::windows::fs::FileExt::seek_read(file, buf, at)? {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => {
                buf = &mut buf[n..];
                at += n as u64;
            }
        }
    }
    Ok(())
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

/// `s` as a JSON string, escaped as serde_json escapes it.
fn json_str(out: &mut Vec<u8>, s: &str) -> io::Result<()> {
    serde_json::to_writer(out, s).map_err(io::Error::other)
}

/// What serde_json says of a path it cannot write.
fn non_utf8() -> io::Error {
    io::Error::other("path contains invalid UTF-8 characters")
}

fn damaged() -> io::Error {
    io::Error::other("the temporary file of the report's windows was damaged")
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
            .map(|d| self.pass.docs[*d].record.id.clone())
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
                .map(|r| self.run_json(r, layout, depth + 1))
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
    /// its indent): the bytes serde_json writes for an [`Evidence`] there (the
    /// tests compare them), written straight from the records.
    fn run_json(&self, r: &Run, layout: Layout, depth: usize) -> io::Result<Vec<u8>> {
        let mut bytes = vec![0; r.len as usize];
        read_at(&self.file, &mut bytes, r.at)?;
        let mut records = Records { bytes: &bytes };
        let mut out = Vec::with_capacity(bytes.len() * 4);
        let mut quote = Vec::new();
        let mut num = itoa::Buffer::new();
        let pretty = matches!(layout, Layout::Pretty);
        let nl = |out: &mut Vec<u8>, level: usize| new_line(out, level, pretty);
        while !records.bytes.is_empty() {
            let Record {
                doc,
                stance,
                span,
                quote: (q_at, q_len),
                hits,
                reason,
            } = records.next().ok_or_else(damaged)?;
            let (id, path) = self.names.get(doc).ok_or_else(damaged)?;
            quote.resize(q_len, 0);
            read_at(&self.file, &mut quote, r.quotes + q_at as u64)?;
            let quote = std::str::from_utf8(&quote).map_err(|_| damaged())?;
            out.push(b',');
            nl(&mut out, depth);
            out.push(b'{');
            let key = |out: &mut Vec<u8>, k: &str, first: bool| {
                json_key(out, k, first, depth + 1, pretty)
            };
            key(&mut out, "doc", true);
            json_str(&mut out, id)?;
            key(&mut out, "path", false);
            json_str(&mut out, path.to_str().ok_or_else(non_utf8)?)?;
            key(&mut out, "stance", false);
            json_str(&mut out, stance.as_str())?;
            for (k, n) in ["start", "end", "line", "col", "end_line", "end_col"]
                .into_iter()
                .zip(span)
            {
                key(&mut out, k, false);
                out.extend_from_slice(num.format(n).as_bytes());
            }
            key(&mut out, "quote", false);
            json_str(&mut out, quote)?;
            key(&mut out, "hits", false);
            out.push(b'[');
            for (i, (term, at)) in hits.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                nl(&mut out, depth + 2);
                out.push(b'{');
                let key = |out: &mut Vec<u8>, k: &str, first: bool| {
                    json_key(out, k, first, depth + 3, pretty)
                };
                key(&mut out, "term", true);
                json_str(&mut out, term)?;
                for (k, n) in ["start", "end", "line", "col"].into_iter().zip(at) {
                    key(&mut out, k, false);
                    out.extend_from_slice(num.format(*n).as_bytes());
                }
                nl(&mut out, depth + 2);
                out.push(b'}');
            }
            if !hits.is_empty() {
                nl(&mut out, depth + 1);
            }
            out.push(b']');
            key(&mut out, "reason", false);
            match reason {
                Some(r) => json_str(&mut out, r)?,
                None => out.extend_from_slice(b"null"),
            }
            nl(&mut out, depth);
            out.push(b'}');
        }
        Ok(out)
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

    /// The documents some window cites, in id order.
    fn cited(&self) -> impl Iterator<Item = &crate::report::DocumentRecord> {
        self.pass
            .docs
            .iter()
            .zip(&self.cited)
            .filter(|(_, c)| **c)
            .map(|(d, _)| &d.record)
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
            }
            w.write_all(b"\n  ]")?;
        }
        w.write_all(b",\n  \"documents\": ")?;
        let mut any = false;
        for d in self.cited() {
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
        }
        let mut tail = Vec::new();
        write!(tail, "{{\"version\":{VERSION},\"summary\":")?;
        to_json(&mut tail, &self.summary, Layout::Compact, 0);
        tail.extend_from_slice(b",\"documents\":[");
        w.write_all(&tail)?;
        for (i, d) in self.cited().enumerate() {
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
