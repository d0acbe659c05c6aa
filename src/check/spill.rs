//! The temporary file of the report that keeps every window ([`super::every`]):
//! each document's windows of the facts kept as compact records, written in runs
//! (one per fact and span of documents: a block per document, `(document, where its
//! quotes begin, how many windows)`, then its records), after the quotes of the
//! run's documents, each window's quote once per document however many facts share
//! it. The file is anonymous (`tempfile::tempfile`, in `TMPDIR`): deleted when
//! closed, even if the run is killed. Records are varints: stance and reason flags,
//! start, end, line, col, end line, end col, the quote's offset and length, the
//! hits (term, start, end, line, col), the reason.

use crate::diag::Diagnostic;
#[cfg(test)]
use crate::engine::Evidence;
use crate::engine::{EvidenceRef, Stance};
use std::fs::File;
use std::io::{self, BufWriter, Write};

/// Where one fact's windows of a span of documents are in the file.
#[derive(Debug, Clone, Copy)]
pub(super) struct Run {
    /// The fact's place among the facts kept.
    pub(super) slot: u32,
    /// Its first document: runs of one fact never interleave, so this orders them.
    pub(super) first: u32,
    pub(super) at: u64,
    pub(super) len: u32,
    /// Where the quotes of its documents begin.
    pub(super) quotes: u64,
}

/// One document's windows of the facts kept, as records: its quotes (each window's
/// once, however many facts share it) and per fact (its place in the facts kept)
/// how many windows and their records.
#[derive(Default)]
pub(super) struct DocWindows {
    quotes: Vec<u8>,
    quoted: rustc_hash::FxHashMap<(usize, usize), (usize, usize)>,
    /// Per fact with windows here: its place, how many windows, and where its
    /// records end in `records` (each fact's follow the one before's).
    facts: Vec<(u32, usize, usize)>,
    records: Vec<u8>,
}

impl DocWindows {
    /// Fact `k`'s windows in this document (the tests give [`Evidence`]).
    #[cfg(test)]
    fn add(&mut self, k: u32, ev: &[Evidence]) {
        for e in ev {
            let hits = e
                .hits
                .iter()
                .map(|h| (&*h.term, [h.start, h.end, h.line, h.col]));
            let span = [e.start, e.end, e.line, e.col, e.end_line, e.end_col];
            self.put(k, e.stance, span, &e.quote, hits, e.reason.as_deref());
        }
    }

    /// One more window of fact `k` in this document (after any others of it, and
    /// after every fact before `k`).
    pub(super) fn add_one(&mut self, k: u32, e: &EvidenceRef) {
        let hits = e.hits.iter().map(|h| (&*h.term, h.at));
        self.put(k, e.stance, e.span, e.quote, hits, e.reason);
    }

    fn put<'t>(
        &mut self,
        k: u32,
        stance: Stance,
        span: [usize; 6],
        quote: &str,
        hits: impl ExactSizeIterator<Item = (&'t str, [usize; 4])>,
        reason: Option<&str>,
    ) {
        let quotes = &mut self.quotes;
        let q = *self.quoted.entry((span[0], span[1])).or_insert_with(|| {
            quotes.extend_from_slice(quote.as_bytes());
            (quotes.len() - quote.len(), quote.len())
        });
        if !matches!(self.facts.last(), Some((last, _, _)) if *last == k) {
            self.facts.push((k, 0, self.records.len()));
        }
        encode(&mut self.records, stance, span, q, hits, reason);
        if let Some((_, n, end)) = self.facts.last_mut() {
            *n += 1;
            *end = self.records.len();
        }
    }
}

/// Where the windows go: the temporary file, written in runs; the facts kept by
/// slot; which documents have been given.
pub(super) struct Sink {
    /// Per fact slot of the suite, its place in the facts kept if kept.
    pub(super) position: Vec<Option<u32>>,
    kept: usize,
    w: BufWriter<File>,
    at: u64,
    runs: Vec<Run>,
    given: Vec<bool>,
    cited: Vec<bool>,
    /// The documents whose tallies count a window of a fact kept.
    windowed: Vec<bool>,
    error: Option<io::Error>,
}

impl Sink {
    /// A sink into a new anonymous temporary file (in `TMPDIR`).
    pub(super) fn create(position: Vec<Option<u32>>, kept: usize) -> Result<Sink, Vec<Diagnostic>> {
        let file = tempfile::tempfile().map_err(|e| no_room("make a temporary file for", e))?;
        Ok(Sink::new(file, position, kept))
    }

    fn new(file: File, position: Vec<Option<u32>>, kept: usize) -> Sink {
        Sink {
            position,
            kept,
            w: BufWriter::with_capacity(1 << 20, file),
            at: 0,
            runs: Vec::new(),
            given: Vec::new(),
            cited: Vec::new(),
            windowed: Vec::new(),
            error: None,
        }
    }

    /// The windows of documents (their indexes, increasing, none given before),
    /// written by [`Sink::put_consecutive`] in spans of consecutive indexes: the
    /// documents between two spans may be given later (the tally pass reads some
    /// documents of a chunk, the others are read again after it), and a run holds
    /// documents of one span only, so that runs of one fact never interleave and
    /// their first documents order them.
    pub(super) fn put(&mut self, docs: Vec<(usize, DocWindows)>) {
        let mut span = Vec::new();
        for (d, w) in docs {
            if span.last().is_some_and(|(l, _)| l + 1 != d) {
                self.put_consecutive(std::mem::take(&mut span));
            }
            span.push((d, w));
        }
        self.put_consecutive(span);
    }

    /// [`Sink::put`] of documents with consecutive indexes: their quotes, then one
    /// run per fact with a block per document, `(document, where its quotes begin,
    /// how many windows)` before its records.
    fn put_consecutive(&mut self, docs: Vec<(usize, DocWindows)>) {
        if docs.is_empty() || self.error.is_some() {
            return;
        }
        let mut runs: Vec<(Vec<u8>, u32)> = vec![(Vec::new(), 0); self.kept];
        let mut quotes = Vec::new();
        for (d, w) in docs {
            if self.given.len() <= d {
                self.given.resize(d + 1, false);
                self.cited.resize(d + 1, false);
            }
            self.given[d] = true;
            self.cited[d] = !w.facts.is_empty();
            let base = quotes.len();
            quotes.extend_from_slice(&w.quotes);
            let mut from = 0;
            for (k, n, end) in w.facts {
                let records = &w.records[from..end];
                from = end;
                let (run, first) = &mut runs[k as usize];
                if run.is_empty() {
                    *first = d as u32;
                }
                put_num(run, d);
                put_num(run, base);
                put_num(run, n);
                run.extend_from_slice(records);
            }
        }
        let quotes_at = self.at;
        let write = |w: &mut BufWriter<File>, at: &mut u64, b: &[u8]| {
            *at += b.len() as u64;
            w.write_all(b)
        };
        if let Err(e) = write(&mut self.w, &mut self.at, &quotes) {
            self.error = Some(e);
            return;
        }
        for (k, (run, first)) in runs.into_iter().enumerate() {
            if run.is_empty() {
                continue;
            }
            let at = self.at;
            if let Err(e) = write(&mut self.w, &mut self.at, &run) {
                self.error = Some(e);
                return;
            }
            self.runs.push(Run {
                slot: k as u32,
                first,
                at,
                len: run.len() as u32,
                quotes: quotes_at,
            });
        }
    }

    /// Says that document `d`'s tallies count a window of a fact kept.
    pub(super) fn windowed(&mut self, d: usize) {
        if self.windowed.len() <= d {
            self.windowed.resize(d + 1, false);
        }
        self.windowed[d] = true;
    }

    /// Whether document `d` has a window of a fact kept, as its tallies say.
    pub(super) fn has_windows(&self, d: usize) -> bool {
        self.windowed.get(d).copied().unwrap_or(false)
    }

    /// Whether document `d` has been given.
    pub(super) fn has(&self, d: usize) -> bool {
        self.given.get(d).copied().unwrap_or(false)
    }

    /// The file (flushed), its runs sorted by fact then document, and which of the
    /// `n` documents some window cites.
    pub(super) fn finish(mut self, n: usize) -> io::Result<(File, Vec<Run>, Vec<bool>)> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        let file = self.w.into_inner().map_err(|e| e.into_error())?;
        self.runs.sort_unstable_by_key(|r| (r.slot, r.first));
        self.cited.resize(n, false);
        Ok((file, self.runs, self.cited))
    }
}

/// The error of a temporary file that cannot be made or written.
pub(super) fn no_room(what: &str, e: io::Error) -> Vec<Diagnostic> {
    vec![
        Diagnostic::general(format!(
            "cannot {what} the report's windows in {}: {e}",
            std::env::temp_dir().display()
        ))
        .help(
            "set TMPDIR to a folder with room (the windows take about a tenth of the JSON report)",
        ),
    ]
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

/// One window as a record: stance and reason flags, its span, where its quote is in
/// its document's quotes, its hits, its reason.
fn encode<'t>(
    out: &mut Vec<u8>,
    stance: Stance,
    span: [usize; 6],
    (quote_at, quote_len): (usize, usize),
    hits: impl ExactSizeIterator<Item = (&'t str, [usize; 4])>,
    reason: Option<&str>,
) {
    let flags = u8::from(stance == Stance::Against) | (u8::from(reason.is_some()) << 1);
    out.push(flags);
    for n in span {
        put_num(out, n);
    }
    put_num(out, quote_at);
    put_num(out, quote_len);
    put_num(out, hits.len());
    for (term, at) in hits {
        put_str(out, term);
        for n in at {
            put_num(out, n);
        }
    }
    if let Some(r) = reason {
        put_str(out, r);
    }
}

/// One window read back: its document, stance, span (start, end, line, col,
/// end line, end col), quote (where in its run's quotes, how long), hits (term,
/// start, end, line, col) and reason.
pub(super) struct Record<'a> {
    pub(super) doc: usize,
    pub(super) stance: Stance,
    pub(super) span: [usize; 6],
    pub(super) quote: (usize, usize),
    pub(super) hits: Hits<'a>,
    pub(super) reason: Option<&'a str>,
}

/// A record's hits, read (each term, start, end, line, col) as they are gone
/// through: a list for each record read back was a tenth of a report's allocations.
#[derive(Clone, Copy)]
pub(super) struct Hits<'a> {
    bytes: &'a [u8],
    n: usize,
}

impl<'a> Hits<'a> {
    pub(super) fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// Each hit: its term (UTF-8, checked when the record was read) and (start,
    /// end, line, col). The bytes were read once when the record was
    /// ([`Records::next`]), so none is left out.
    pub(super) fn iter(&self) -> impl Iterator<Item = (&'a [u8], [usize; 4])> + use<'a> {
        let mut r = Records::new(self.bytes);
        (0..self.n).map_while(move |_| r.hit_bytes())
    }
}

/// Reads a run's records back; `None` at the end, or where the bytes are not a
/// record (the file is this run's own, so that is a bug, reported as an error by
/// the caller).
pub(super) struct Records<'a> {
    bytes: &'a [u8],
    /// The document of the block being read, where its quotes begin, and how many
    /// of its records are left.
    block: (usize, usize, usize),
}

impl<'a> Records<'a> {
    pub(super) fn new(bytes: &'a [u8]) -> Self {
        Records {
            bytes,
            block: (0, 0, 0),
        }
    }

    /// Every record of `bytes`, or `None` if they are not all records.
    pub(super) fn all(bytes: &'a [u8]) -> Option<Vec<Record<'a>>> {
        let mut records = Records::new(bytes);
        let mut out = Vec::new();
        while !records.is_empty() {
            out.push(records.next()?);
        }
        Some(out)
    }

    /// Whether every record has been read.
    pub(super) fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

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
        std::str::from_utf8(self.bytes_of()?).ok()
    }

    /// A length and that many bytes.
    fn bytes_of(&mut self) -> Option<&'a [u8]> {
        let n = self.num()?;
        if n > self.bytes.len() {
            return None;
        }
        let (s, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(s)
    }

    /// A hit: its term and (start, end, line, col), the term checked as UTF-8.
    fn hit(&mut self) -> Option<()> {
        let (term, _) = self.hit_bytes()?;
        std::str::from_utf8(term).ok().map(|_| ())
    }

    /// [`Self::hit`] without the check.
    fn hit_bytes(&mut self) -> Option<(&'a [u8], [usize; 4])> {
        let term = self.bytes_of()?;
        let mut at = [0; 4];
        for a in &mut at {
            *a = self.num()?;
        }
        Some((term, at))
    }

    /// The next record.
    pub(super) fn next(&mut self) -> Option<Record<'a>> {
        while self.block.2 == 0 {
            self.block = (self.num()?, self.num()?, self.num()?);
        }
        self.block.2 -= 1;
        let (doc, base, _) = self.block;
        let (&flags, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        let mut span = [0; 6];
        for s in &mut span {
            *s = self.num()?;
        }
        let quote = (base.checked_add(self.num()?)?, self.num()?);
        let n = self.num()?;
        let from = self.bytes;
        for _ in 0..n {
            self.hit()?;
        }
        let hits = Hits {
            bytes: &from[..from.len() - self.bytes.len()],
            n,
        };
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
pub(super) fn read_at(file: &File, buf: &mut [u8], at: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, at)
}

#[cfg(windows)]
pub(super) fn read_at(file: &File, mut buf: &mut [u8], mut at: u64) -> io::Result<()> {
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

pub(super) fn damaged() -> io::Error {
    io::Error::other("the temporary file of the report's windows was damaged")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Hit;
    use std::path::Path;
    use std::sync::Arc;

    fn window(start: usize, stance: Stance, reason: Option<&str>) -> Evidence {
        Evidence {
            doc: Arc::from("d"),
            path: Arc::from(Path::new("d.txt")),
            source: Arc::from("d"),
            stance,
            start,
            end: start + 300,
            line: 2,
            col: 1,
            end_line: 2,
            end_col: 301,
            quote: Arc::from(format!("quote at {start} “é”").as_str()),
            hits: vec![Hit {
                term: Arc::from("talks"),
                start: start + 4,
                end: start + 9,
                line: 2,
                col: 5,
            }],
            reason: reason.map(str::to_string),
        }
    }

    #[test]
    fn records_read_back_as_written_and_damage_is_none_not_a_panic() {
        let mut sink = Sink::create(vec![Some(0), None, Some(1)], 2).unwrap();
        let mut a = DocWindows::default();
        let ev = [
            window(0, Stance::Supports, None),
            window(400, Stance::Against, Some("negated by \"no\"")),
        ];
        a.add(0, &ev);
        a.add(1, &ev[1..]); // the same window for another fact: its quote once
        let mut b = DocWindows::default();
        b.add(1, &[window(1 << 20, Stance::Supports, None)]);
        sink.put(vec![(3, a), (9, b)]);
        assert!(sink.has(3) && sink.has(9) && !sink.has(4));
        // documents 4 to 8, given later, come between 3 and 9: not in their run
        let mut c = DocWindows::default();
        c.add(1, &[window(50, Stance::Supports, None)]);
        sink.put(vec![(5, c)]);
        let (file, mut runs, cited) = sink.finish(12).unwrap();
        assert_eq!(cited.iter().filter(|c| **c).count(), 3);
        assert_eq!(
            runs.iter().map(|r| (r.slot, r.first)).collect::<Vec<_>>(),
            [(0, 3), (1, 3), (1, 5), (1, 9)]
        );
        runs.remove(2); // document 5's run: the reads below are of 3 and 9
        let mut read = Vec::new();
        for r in &runs {
            let mut bytes = vec![0; r.len as usize];
            read_at(&file, &mut bytes, r.at).unwrap();
            let mut records = Records::new(&bytes);
            while !records.is_empty() {
                let x = records.next().unwrap();
                let mut q = vec![0; x.quote.1];
                read_at(&file, &mut q, r.quotes + x.quote.0 as u64).unwrap();
                read.push((
                    r.slot,
                    x.doc,
                    x.stance,
                    x.span[0],
                    String::from_utf8(q).unwrap(),
                    String::from_utf8(x.hits.iter().next().unwrap().0.to_vec()).unwrap(),
                    x.reason.map(str::to_string),
                ));
            }
            // cut short anywhere: no record, or fewer, never a panic
            for cut in 0..bytes.len() {
                let mut records = Records::new(&bytes[..cut]);
                while !records.is_empty() {
                    if records.next().is_none() {
                        break;
                    }
                }
            }
        }
        let want = |slot, doc, e: &Evidence| {
            (
                slot,
                doc,
                e.stance,
                e.start,
                e.quote.to_string(),
                "talks".to_string(),
                e.reason.clone(),
            )
        };
        let far = window(1 << 20, Stance::Supports, None);
        assert_eq!(
            read,
            [
                want(0, 3, &ev[0]),
                want(0, 3, &ev[1]),
                want(1, 3, &ev[1]),
                want(1, 9, &far)
            ]
        );
    }
}
