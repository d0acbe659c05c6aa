//! The persistent cache under `<root>/.factcheck/cache/`: what a run learnt about the
//! corpus, so the next run reads only the articles that changed. Files, each a
//! header then length-prefixed postcard records:
//!
//! - `docs.bin`: one record per corpus file, in id order: its key (where it is read),
//!   stamp (size, modification and change times, inode), id and front matter;
//! - `tallies.bin`, `words.bin`, `shingles.bin`: parallel to `docs.bin`, each
//!   document's windows per fact and stance (for the facts in the header's table), a
//!   Bloom filter of its stems (which new facts can occur in it), and its shingles
//!   (near copies). These four share a generation: a set mixed from two runs is not
//!   trusted;
//! - `facts.bin`: the corpus-wide tally of every fact, valid for one corpus state;
//! - `groups.bin`: the near-copy pairs of one corpus state.
//!
//! Nothing here is trusted blindly: a file from another build of factcheck (the
//! header's build stamp), another format, a corrupt or truncated file, or a record
//! whose stamp differs from the file on disk is ignored, and the run reads the
//! article instead. Deleting the folder changes no result, only the time. Files are
//! written to a temporary name and renamed, so a reader never sees half a file.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

/// The format of the cache files; bump when a record changes shape.
const FORMAT: u32 = 1;
/// Which build wrote it: a hash of the crate's sources (build.rs) and the version.
const BUILD: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "+",
    env!("FACTCHECK_SOURCE_HASH")
);
const MAGIC: &str = "factcheck cache";
/// Records larger than this are corrupt (a document's shingles are a few hundred KB).
const MAX_RECORD: usize = 256 << 20;

/// The folder of the cache of the suite at `root`.
pub fn folder(root: &Path) -> PathBuf {
    root.join(".factcheck").join("cache")
}

pub use crate::files::Stamp;

/// Now, as a stamp's time.
pub fn now() -> (i64, u32) {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    (d.as_secs() as i64, d.subsec_nanos())
}

/// The first record of every cache file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Header {
    pub magic: String,
    pub format: u32,
    pub build: String,
    /// Which file this is (`docs`, `tallies`, …).
    pub kind: String,
    /// Files written together share it.
    pub generation: u64,
    /// When the run that wrote it started.
    pub run: (i64, u32),
    /// The corpus state it describes (`facts`, `groups`), else 0.
    pub corpus: u64,
    /// The facts its tallies are for, by fact key.
    pub facts: Vec<u64>,
    /// How many records follow.
    pub records: u64,
}

impl Header {
    pub fn new(kind: &str, generation: u64, run: (i64, u32)) -> Self {
        Header {
            magic: MAGIC.into(),
            format: FORMAT,
            build: BUILD.into(),
            kind: kind.into(),
            generation,
            run,
            corpus: 0,
            facts: Vec::new(),
            records: 0,
        }
    }

    fn current(&self, kind: &str) -> bool {
        self.magic == MAGIC && self.format == FORMAT && self.build == BUILD && self.kind == kind
    }
}

/// A cached corpus file.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DocEntry {
    /// Where it is read, as given to the file system.
    pub key: String,
    pub stamp: Stamp,
    pub id: String,
    /// `None` for a file skipped as binary (read again each run for its warning).
    pub meta: Option<Meta>,
}

/// A document's front matter and names, for the report and for grouping sources.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct Meta {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub via: Option<String>,
    pub source_key: String,
}

/// One document's windows per fact: (slot in the header's fact table, windows that
/// support, windows against), nonzero only, by slot.
pub type Tallies = Vec<(u32, u32, u32)>;

/// A document's shingles: sorted distinct hashes and fingerprints.
pub type ShingleParts = (Vec<u32>, Vec<u32>);

/// Reads one cache file record by record. Any problem ends it: `read` gives `None`.
pub struct Reader {
    input: Option<BufReader<File>>,
    pub header: Header,
    left: u64,
    /// The file's size: records are read into one buffer sized from it up front
    /// (growing it record by record copied a 12 MB file several times over).
    size: u64,
}

impl Reader {
    /// Opens `dir/NAME.bin` if it is a current file of `kind` (and of `generation`,
    /// when given).
    pub fn open(dir: &Path, kind: &str, generation: Option<u64>) -> Option<Reader> {
        let file = File::open(dir.join(format!("{kind}.bin"))).ok()?;
        let size = file.metadata().map_or(0, |m| m.len());
        let mut input = BufReader::with_capacity(1 << 20, file);
        let header: Header = record(&mut input)?;
        if !header.current(kind) || generation.is_some_and(|g| g != header.generation) {
            return None;
        }
        Some(Reader {
            left: header.records,
            header,
            input: Some(input),
            size,
        })
    }

    /// The next record, or `None` at the end or on any damage (then for good).
    pub fn read<T: DeserializeOwned>(&mut self) -> Option<T> {
        let r = decode_record(&self.read_raw()?);
        if r.is_none() {
            self.input = None;
            self.left = 0;
        }
        r
    }

    /// The next record's bytes, undecoded ([`decode_record`] decodes them), or
    /// `None` at the end or on any damage (then for good): a record passed on as it
    /// is costs a copy, not a decoding and an encoding.
    pub fn read_raw(&mut self) -> Option<Vec<u8>> {
        if self.left == 0 {
            return None;
        }
        let r = raw_record(self.input.as_mut()?);
        if r.is_none() {
            self.input = None;
            self.left = 0;
        } else {
            self.left -= 1;
        }
        r
    }

    /// Record `i`'s bytes, the records before it passed over unread: `None` if it
    /// is behind the next record, past the end, or on damage (then for good). A
    /// reader of records at increasing places keeps no count of its own.
    pub fn read_raw_at(&mut self, i: usize) -> Option<Vec<u8>> {
        let next = usize::try_from(self.header.records - self.left).ok()?;
        if i < next {
            return None;
        }
        for _ in next..i {
            if !self.skip() {
                return None;
            }
        }
        self.read_raw()
    }

    /// Passes over the next record unread; `false` at the end or on damage.
    pub fn skip(&mut self) -> bool {
        if self.left == 0 {
            return false;
        }
        // (moved over, not copied out: a file cut short fails at the next read)
        let ok = self.input.as_mut().is_some_and(|input| {
            let mut len = [0u8; 4];
            input.read_exact(&mut len).is_ok()
                && input
                    .seek_relative(i64::from(u32::from_le_bytes(len)))
                    .is_ok()
        });
        if ok {
            self.left -= 1;
        } else {
            self.input = None;
            self.left = 0;
        }
        ok
    }

    /// The next `n` records, decoded in parallel; `None` on any damage (then for
    /// good) or if fewer are left.
    pub fn next<T: DeserializeOwned + Send>(&mut self, n: usize) -> Option<Vec<T>> {
        let spans = (n as u64 <= self.left).then(|| self.spans(n)).flatten();
        let Some((bytes, spans)) = spans else {
            self.input = None;
            self.left = 0;
            return None;
        };
        self.left -= n as u64;
        let out = decode(&bytes, spans);
        if out.is_none() {
            self.input = None;
            self.left = 0;
        }
        out
    }

    /// The bytes of the next `n` records and where each is in them.
    #[allow(clippy::type_complexity)]
    fn spans(&mut self, n: usize) -> Option<(Vec<u8>, Vec<std::ops::Range<usize>>)> {
        let input = self.input.as_mut()?;
        // this many records' share of the file (records are alike in size)
        let share = u128::from(self.size) * n as u128 / u128::from(self.header.records.max(1));
        let mut bytes = Vec::with_capacity(usize::try_from(share).unwrap_or(0).min(1 << 30));
        // (a damaged header may promise any number of records)
        let mut spans = Vec::with_capacity(n.min(1 << 20));
        for _ in 0..n {
            let mut len = [0u8; 4];
            input.read_exact(&mut len).ok()?;
            let len = u32::from_le_bytes(len) as usize;
            if len > MAX_RECORD {
                return None;
            }
            let at = bytes.len();
            bytes.resize(at + len, 0);
            input.read_exact(&mut bytes[at..]).ok()?;
            spans.push(at..at + len);
        }
        Some((bytes, spans))
    }

    /// Every record left, decoded in parallel, or `None` if any is damaged or
    /// missing (or there is more than the header promised).
    pub fn rest<T: DeserializeOwned + Send>(self) -> Option<Vec<T>> {
        let (bytes, spans) = self.rest_bytes()?;
        decode(&bytes, spans)
    }

    /// [`Reader::rest`], and the [`checksum`] of the bytes they were read from
    /// (every record left, each after its length), as [`Writer::put_region`] wrote
    /// them.
    pub fn rest_summed<T: DeserializeOwned + Send>(self) -> Option<(Vec<T>, u64)> {
        let (bytes, spans) = self.rest_bytes()?;
        let sum = checksum(&bytes);
        Some((decode(&bytes, spans)?, sum))
    }

    /// The bytes of every record left (each after its length) and where each
    /// record is in them, undecoded ([`decode_record`] decodes one): `None` if any
    /// is missing or there is more than the header promised.
    #[allow(clippy::type_complexity)]
    pub fn rest_bytes(mut self) -> Option<(Vec<u8>, Vec<std::ops::Range<usize>>)> {
        // the rest of the file in one read (not record by record through the
        // buffer: that copied every byte twice), then split where the lengths say
        let mut bytes = Vec::with_capacity(usize::try_from(self.size).ok()?.min(1 << 30));
        self.input.take()?.read_to_end(&mut bytes).ok()?;
        let mut spans = Vec::with_capacity(usize::try_from(self.left).ok()?.min(1 << 20));
        let mut at = 0usize;
        for _ in 0..self.left {
            let len = bytes.get(at..at + 4)?;
            let len = u32::from_le_bytes(len.try_into().ok()?) as usize;
            if len > MAX_RECORD || bytes.len() - (at + 4) < len {
                return None;
            }
            spans.push(at + 4..at + 4 + len);
            at += 4 + len;
        }
        if at != bytes.len() {
            return None;
        }
        Some((bytes, spans))
    }

    /// Whether every record was read and none was damaged.
    pub fn whole(&self) -> bool {
        self.input.is_some() && self.left == 0
    }
}

/// A 64-bit checksum of cache bytes, to find a file damaged in ways that still
/// decode (a flipped bit in a quote or a number): not a defence against anyone.
pub fn checksum(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(bytes);
    h.write_usize(bytes.len());
    h.finish()
}

/// Records as [`Writer::put_region`] writes them: each after its length.
#[derive(Default)]
pub struct Region {
    pub bytes: Vec<u8>,
    pub records: u64,
}

impl Region {
    pub fn push<T: Serialize>(&mut self, value: &T) -> io::Result<()> {
        let at = self.bytes.len();
        self.bytes.extend_from_slice(&[0; 4]);
        let bytes = postcard::to_extend(value, std::mem::take(&mut self.bytes))
            .map_err(|e| io::Error::other(e.to_string()))?;
        self.bytes = bytes;
        let len = u32::try_from(self.bytes.len() - at - 4)
            .ok()
            .filter(|l| *l as usize <= MAX_RECORD)
            .ok_or_else(|| io::Error::other("cache record too large"))?;
        self.bytes[at..at + 4].copy_from_slice(&len.to_le_bytes());
        self.records += 1;
        Ok(())
    }

    /// The records of `values`, made in parallel (`make` gives each one's
    /// value), then laid one after another in order.
    pub fn of_all<'a, A: Sync, T: Serialize>(
        values: &'a [A],
        make: impl Fn(&'a A) -> T + Sync,
    ) -> io::Result<Region> {
        use rayon::prelude::*;
        let parts: Vec<Region> = values
            .par_chunks(64)
            .map(|run| {
                let mut r = Region::default();
                for v in run {
                    r.push(&make(v))?;
                }
                Ok(r)
            })
            .collect::<io::Result<_>>()?;
        let mut out = Region {
            bytes: Vec::with_capacity(parts.iter().map(|p| p.bytes.len()).sum()),
            records: 0,
        };
        for p in parts {
            out.append(p);
        }
        Ok(out)
    }

    /// `other`'s records after these.
    pub fn append(&mut self, other: Region) {
        self.bytes.extend_from_slice(&other.bytes);
        self.records += other.records;
    }
}

/// The records at `spans` of `bytes`, decoded in parallel; `None` if any is damaged.
fn decode<T: DeserializeOwned + Send>(
    bytes: &[u8],
    spans: Vec<std::ops::Range<usize>>,
) -> Option<Vec<T>> {
    use rayon::prelude::*;
    spans
        .into_par_iter()
        .map(|r| postcard::from_bytes(&bytes[r]).ok())
        .collect()
}

fn record<T: DeserializeOwned>(input: &mut impl Read) -> Option<T> {
    decode_record(&raw_record(input)?)
}

fn raw_record(input: &mut impl Read) -> Option<Vec<u8>> {
    let mut len = [0u8; 4];
    input.read_exact(&mut len).ok()?;
    let len = u32::from_le_bytes(len) as usize;
    if len > MAX_RECORD {
        return None;
    }
    let mut buf = vec![0u8; len];
    input.read_exact(&mut buf).ok()?;
    Some(buf)
}

/// A record's value from its bytes ([`Reader::read_raw`]), `None` if damaged.
pub fn decode_record<T: DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    postcard::from_bytes(bytes).ok()
}

/// A record's bytes, as [`Writer::put`] writes them and [`Writer::put_raw`] takes
/// them.
pub fn encode_record<T: Serialize>(value: &T) -> io::Result<Vec<u8>> {
    postcard::to_allocvec(value).map_err(|e| io::Error::other(e.to_string()))
}

/// Removes the temporary cache files in `dir` (other than `own`) that runs stopped
/// before they could finish or remove them (killed, Ctrl-C): a cold run's are
/// about the size of the corpus, and every interrupted run would leave its own.
/// A file is left when a running process holds its lock, or it changed in the last
/// ten minutes (its writer may not have locked it yet, or be a build that did not
/// lock), or anything about it is unclear.
fn sweep_leftovers(dir: &Path, own: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let recent = std::time::SystemTime::now() - std::time::Duration::from_secs(600);
    let old = |m: io::Result<fs::Metadata>| m.and_then(|m| m.modified()).is_ok_and(|t| t < recent);
    for e in entries.flatten() {
        let path = e.path();
        let leftover = e
            .file_name()
            .to_str()
            .is_some_and(|n| n.contains(".bin.tmp-"))
            && path != own
            && old(e.metadata());
        if !leftover {
            continue;
        }
        // still old once locked: not written since it was first looked at
        let unheld = File::options()
            .read(true)
            .write(true)
            .open(&path)
            .is_ok_and(|f| f.try_lock().is_ok() && old(f.metadata()));
        if unheld {
            let _ = fs::remove_file(&path);
        }
    }
}

/// Writes one cache file under a temporary name; [`Writer::finish`] renames it into
/// place. Dropped unfinished, the temporary file is removed.
pub struct Writer {
    out: Option<BufWriter<File>>,
    tmp: PathBuf,
    path: PathBuf,
    header: Header,
    records: u64,
    buf: Vec<u8>,
}

impl Writer {
    /// Starts `dir/KIND.bin`; the header's record count is filled in at the end.
    pub fn create(dir: &Path, header: Header) -> io::Result<Writer> {
        fs::create_dir_all(dir)?;
        mark_folder(dir);
        let path = dir.join(format!("{}.bin", header.kind));
        // the process and a number of its own: two writers of one file in one
        // process (a library's caller, tests) never share a temporary file
        static WRITERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let tmp = dir.join(format!(
            "{}.bin.tmp-{}-{:x}-{}",
            header.kind,
            std::process::id(),
            header.generation,
            WRITERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        // the header is written last, at the front: leave room by writing records to a
        // body file first would cost a copy; instead the count is a trailer-free
        // promise checked by the reader (a short file is damaged).
        let file = File::create(&tmp)?;
        // held while this process writes: a temporary file nobody holds was left by
        // a run that was stopped (Ctrl-C) before it could remove it
        let _ = file.try_lock();
        sweep_leftovers(dir, &tmp);
        let out = BufWriter::with_capacity(1 << 20, file);
        Ok(Writer {
            out: Some(out),
            tmp,
            path,
            header,
            records: 0,
            buf: Vec::new(),
        })
    }

    /// Sets how many records will follow and writes the header: call once, before
    /// any record.
    pub fn begin(&mut self, records: u64) -> io::Result<()> {
        self.header.records = records;
        let header = self.header.clone();
        self.put(&header)
    }

    pub fn put<T: Serialize>(&mut self, value: &T) -> io::Result<()> {
        self.buf.clear();
        let bytes = postcard::to_io(value, std::mem::take(&mut self.buf))
            .map_err(|e| io::Error::other(e.to_string()))?;
        let put = self.put_raw(&bytes);
        self.buf = bytes;
        put
    }

    /// Writes one record given as its bytes ([`encode_record`], or a record read
    /// with [`Reader::read_raw`]).
    pub fn put_raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        let out = self
            .out
            .as_mut()
            .ok_or_else(|| io::Error::other("closed"))?;
        out.write_all(&(bytes.len() as u32).to_le_bytes())?;
        out.write_all(bytes)?;
        self.records += 1;
        Ok(())
    }

    /// Writes the records of `region` as they are.
    pub fn put_region(&mut self, region: &Region) -> io::Result<()> {
        let out = self
            .out
            .as_mut()
            .ok_or_else(|| io::Error::other("closed"))?;
        out.write_all(&region.bytes)?;
        self.records += region.records;
        Ok(())
    }

    /// Flushes and renames the file into place; it must hold the promised records.
    pub fn finish(mut self) -> io::Result<()> {
        let out = self.out.take().ok_or_else(|| io::Error::other("closed"))?;
        if self.records != self.header.records + 1 {
            return Err(io::Error::other("cache file: wrong record count"));
        }
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_data().ok();
        // renamed while still open, so still locked: another run's sweep never
        // sees it unheld under its temporary name
        let renamed = fs::rename(&self.tmp, &self.path);
        drop(file);
        renamed
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        if self.out.take().is_some() {
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// Marks `.factcheck/` as a cache: ignored by git whatever the desk's `.gitignore`
/// says, and by backup tools (CACHEDIR.TAG).
fn mark_folder(dir: &Path) {
    let Some(top) = dir.parent() else { return };
    let ignore = top.join(".gitignore");
    if !ignore.exists() {
        let _ = fs::write(&ignore, "# factcheck's cache: safe to delete\n*\n");
    }
    let tag = top.join("CACHEDIR.TAG");
    if !tag.exists() {
        let _ = fs::write(
            &tag,
            "Signature: 8a477f597d28d172789f06886806bc55\n\
             # This folder is factcheck's cache; deleting it changes no result.\n",
        );
    }
}

/// Removes `dir/KIND.bin` if it is there (a file the next run must not use).
pub fn remove(dir: &Path, kind: &str) {
    let _ = fs::remove_file(dir.join(format!("{kind}.bin")));
}

/// Writes a whole small cache file (`facts`, `groups`) from a list of records,
/// encoded in parallel (6,000 fact tallies take 40 ms on one thread).
pub fn write_all<T: Serialize + Sync>(dir: &Path, header: Header, records: &[T]) -> io::Result<()> {
    let region = Region::of_all(records, |r| r)?;
    let mut w = Writer::create(dir, header)?;
    w.begin(region.records)?;
    w.put_region(&region)?;
    w.finish()
}

/// Reads a whole small cache file of `kind` for corpus state `corpus`.
pub fn read_all<T: DeserializeOwned + Send>(
    dir: &Path,
    kind: &str,
    corpus: u64,
) -> Option<(Header, Vec<T>)> {
    read_any(dir, kind).filter(|(h, _)| h.corpus == corpus)
}

/// Reads a whole small cache file of `kind`, for whichever corpus state it is.
pub fn read_any<T: DeserializeOwned + Send>(dir: &Path, kind: &str) -> Option<(Header, Vec<T>)> {
    let r = Reader::open(dir, kind, None)?;
    let header = r.header.clone();
    Some((header, r.rest()?))
}

pub use crate::text::{FNV_START, fnv};

/// A Bloom filter of a document's stems: whether a word can occur in it (false
/// positives about 1 %, never a false negative).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Bloom(pub Vec<u64>);

impl Bloom {
    const K: u32 = 5;

    /// The filter of distinct words, by their [`word_hash`]es (a token's
    /// `stem_hash`, made once per distinct word).
    pub fn of(hashes: &[u64]) -> Bloom {
        let mut b = Bloom(vec![0; Self::words_for(hashes.len())]);
        Self::fill(&mut b.0, hashes);
        b
    }

    /// How many 64-bit words the filter of `n` distinct words takes (a power of two).
    fn words_for(n: usize) -> usize {
        (n * 10).next_power_of_two().max(64) / 64
    }

    /// Sets the bits of `hashes` in the zeroed filter `bits`.
    fn fill(bits: &mut [u64], hashes: &[u64]) {
        for h in hashes {
            for i in positions(bits.len(), *h) {
                bits[i / 64] |= 1 << (i % 64);
            }
        }
    }

    pub fn may_hold(&self, word: &str) -> bool {
        self.borrowed().may_hold(word)
    }

    pub fn borrowed(&self) -> BloomRef<'_> {
        BloomRef(&self.0)
    }
}

/// A word's hash in the filters: as a token's `stem_hash` is made.
pub fn word_hash(word: &str) -> u64 {
    fnv(FNV_START, word.as_bytes())
}

/// The bit positions of the word of hash `h` in a filter of `len` 64-bit words.
fn positions(len: usize, h: u64) -> impl Iterator<Item = usize> + use<> {
    let (h1, h2) = (h as u32 as usize, ((h >> 32) as u32 | 1) as usize);
    let mask = len * 64 - 1;
    (0..Bloom::K as usize).map(move |i| h1.wrapping_add(i.wrapping_mul(h2)) & mask)
}

/// A [`Bloom`] filter's bits, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct BloomRef<'a>(&'a [u64]);

impl BloomRef<'_> {
    pub fn may_hold(&self, word: &str) -> bool {
        let bits = self.0;
        bits.is_empty()
            || positions(bits.len(), word_hash(word)).all(|i| bits[i / 64] & (1 << (i % 64)) != 0)
    }
}

/// What a document's words say about which facts can match in it: a [`Bloom`]
/// filter of its stems, and one of each sentence's, so that a fact judged on
/// sentences is looked for only in documents where its terms meet in one sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Words {
    pub doc: Bloom,
    /// Each sentence's filter: its size in 64-bit words, as a power of two.
    sizes: Vec<u8>,
    /// The sentences' filters, one after another.
    bits: Vec<u64>,
}

impl Words {
    /// The words of a document of distinct stems `doc` whose sentences hold the
    /// stems `sentences`, all by their [`word_hash`]es.
    pub fn of<S: IntoIterator<Item = u64>>(
        doc: &[u64],
        sentences: impl Iterator<Item = S>,
    ) -> Words {
        let mut w = Words {
            doc: Bloom::of(doc),
            ..Words::default()
        };
        // one buffer for every sentence's hashes, each filter written in place
        let mut s = Vec::new();
        for sentence in sentences {
            s.clear();
            s.extend(sentence);
            s.sort_unstable();
            s.dedup();
            let n = Bloom::words_for(s.len());
            w.sizes.push(n.trailing_zeros() as u8);
            let at = w.bits.len();
            w.bits.resize(at + n, 0);
            Bloom::fill(&mut w.bits[at..], &s);
        }
        w
    }

    /// Each sentence's filter, in text order.
    pub fn sentences(&self) -> impl Iterator<Item = BloomRef<'_>> {
        let mut at = 0;
        self.sizes.iter().map(move |&size| {
            let n = 1usize << size;
            let b = BloomRef(&self.bits[at..at + n]);
            at += n;
            b
        })
    }
}

/// As written: the filters' bits as bytes (postcard would write each random
/// 64-bit word in up to 10 bytes).
#[derive(Serialize)]
struct WordsRecord {
    #[serde(with = "as_bytes")]
    doc: Vec<u8>,
    #[serde(with = "as_bytes")]
    sizes: Vec<u8>,
    #[serde(with = "as_bytes")]
    bits: Vec<u8>,
}

/// [`WordsRecord`] as read: its byte runs borrowed from the record, each copied
/// once, into its 64-bit words.
#[derive(Deserialize)]
struct WordsRead<'a> {
    doc: &'a [u8],
    sizes: &'a [u8],
    bits: &'a [u8],
}

/// A byte vector as one run of bytes (serde's default is a sequence of numbers,
/// which postcard decodes one byte at a time).
pub mod as_bytes {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(v)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let b: &[u8] = Deserialize::deserialize(d)?;
        Ok(b.to_vec())
    }
}

pub fn to_bytes(words: &[u64]) -> Vec<u8> {
    words.iter().flat_map(|w| w.to_le_bytes()).collect()
}

pub fn from_bytes(bytes: &[u8]) -> Option<Vec<u64>> {
    bytes.len().is_multiple_of(8).then(|| {
        bytes
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default()))
            .collect()
    })
}

impl Serialize for Words {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        WordsRecord {
            doc: to_bytes(&self.doc.0),
            sizes: self.sizes.clone(),
            bits: to_bytes(&self.bits),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Words {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let r = WordsRead::deserialize(d)?;
        let bad = || <D::Error as serde::de::Error>::custom("damaged word filters");
        let doc = Bloom(from_bytes(r.doc).ok_or_else(bad)?);
        let bits = from_bytes(r.bits).ok_or_else(bad)?;
        let mut total = 0usize;
        for size in r.sizes {
            let n = 1usize.checked_shl(u32::from(*size)).ok_or_else(bad)?;
            total = total.checked_add(n).ok_or_else(bad)?;
        }
        if total != bits.len() {
            return Err(bad());
        }
        Ok(Words {
            doc,
            sizes: r.sizes.to_vec(),
            bits,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_filters_round_trip() {
        let h = |ws: &[&str]| ws.iter().map(|w| word_hash(w)).collect::<Vec<u64>>();
        let w = Words::of(
            &h(&["a", "b", "c"]),
            [h(&["a", "b"]), h(&["c", "c"])].into_iter(),
        );
        let bytes = postcard::to_allocvec(&w).unwrap();
        let back: Words = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(back, w);
        let s: Vec<BloomRef> = back.sentences().collect();
        assert!(s[0].may_hold("a") && s[0].may_hold("b") && s[1].may_hold("c"));
        // damage is refused, not misread
        assert!(postcard::from_bytes::<Words>(&bytes[..bytes.len() - 3]).is_err());
    }

    #[test]
    fn bloom_never_misses_and_rarely_lies() {
        let words: Vec<String> = (0..500).map(|i| format!("w{i}")).collect();
        let hashes: Vec<u64> = words.iter().map(|w| word_hash(w)).collect();
        let b = Bloom::of(&hashes);
        assert!(words.iter().all(|w| b.may_hold(w)));
        let lies = (0..10_000).filter(|i| b.may_hold(&format!("x{i}"))).count();
        assert!(lies < 300, "{lies} false positives in 10,000");
    }

    #[test]
    fn files_round_trip_and_damage_is_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().join("cache");
        let h = Header::new("groups", 7, (1, 0));
        write_all(
            &d,
            Header {
                corpus: 9,
                ..h.clone()
            },
            &[1u32, 2, 3],
        )
        .unwrap();
        let (got, v) = read_all::<u32>(&d, "groups", 9).unwrap();
        assert_eq!((got.generation, v), (7, vec![1, 2, 3]));
        // another corpus state, another kind
        assert!(read_all::<u32>(&d, "groups", 8).is_none());
        assert!(read_all::<u32>(&d, "facts", 9).is_none());
        // truncated: not whole
        let p = d.join("groups.bin");
        let bytes = fs::read(&p).unwrap();
        fs::write(&p, &bytes[..bytes.len() - 1]).unwrap();
        assert!(read_all::<u32>(&d, "groups", 9).is_none());
        // garbage
        fs::write(&p, b"\x05\x00\x00\x00hello").unwrap();
        assert!(read_all::<u32>(&d, "groups", 9).is_none());
        // the folder is marked as a cache, ignored by git
        assert!(dir.path().join(".gitignore").is_file());
        assert!(dir.path().join("CACHEDIR.TAG").is_file());
    }

    #[test]
    fn a_header_promising_more_records_than_the_file_holds_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().join("cache");
        fs::create_dir_all(&d).unwrap();
        let mut h = Header {
            corpus: 9,
            ..Header::new("groups", 7, (1, 0))
        };
        h.records = 1 << 62;
        let mut bytes = Vec::new();
        for rec in [
            postcard::to_allocvec(&h).unwrap(),
            postcard::to_allocvec(&1u32).unwrap(),
        ] {
            bytes.extend((rec.len() as u32).to_le_bytes());
            bytes.extend(rec);
        }
        fs::write(d.join("groups.bin"), bytes).unwrap();
        // refused, not a panic on a buffer sized for 2^62 records
        assert!(read_all::<u32>(&d, "groups", 9).is_none());
    }

    #[test]
    fn files_left_by_a_stopped_run_are_swept_and_others_kept() {
        let d = tempfile::tempdir().unwrap();
        let d = d.path();
        let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        let left = |name: &str| {
            let p = d.join(name);
            let f = File::create(&p).unwrap();
            f.set_modified(hour_ago).unwrap();
            (p, f)
        };
        // stopped an hour ago: nobody holds it
        let (stopped, f) = left("tallies.bin.tmp-999999-1");
        drop(f);
        // an hour old but still being written (its writer holds the lock)
        let (held, held_file) = left("words.bin.tmp-999998-1");
        held_file.lock().unwrap();
        // just started: not locked yet, but recent
        let fresh = d.join("docs.bin.tmp-999997-1");
        File::create(&fresh).unwrap();
        // not a temporary file
        let (kept, _) = left("facts.bin");
        write_all(d, Header::new("groups", 1, (1, 0)), &[1u32]).unwrap();
        assert!(!stopped.exists(), "a stopped run's file is removed");
        assert!(held.exists(), "a held file is kept");
        assert!(fresh.exists(), "a recent file is kept");
        assert!(kept.exists());
        assert!(d.join("groups.bin").exists());
        drop(held_file);
    }

    #[test]
    fn a_file_changed_near_the_run_is_not_trusted() {
        let s = Stamp {
            len: 1,
            modified: (100, 0),
            changed: (100, 0),
            inode: 1,
        };
        assert!(s.trusted((102, 0)));
        assert!(!s.trusted((101, 0)));
        assert!(!s.trusted((100, 5)));
    }
}
