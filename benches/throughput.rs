//! Throughput benchmark: `cargo bench --bench throughput`.
//!
//! Generates a synthetic corpus of news-like articles from the seed corpus's
//! sentences with planted facts, a few hundred claims over it, runs the whole check
//! pipeline, and prints documents, MB, claims, wall time, MB/s and peak memory, with
//! a baseline measured in the same run (reading every file and splitting it into
//! words), so figures can be compared across machines as ratios.
//!
//! Settings (environment): `FACTCHECK_BENCH_DOCS` (default 10000),
//! `FACTCHECK_BENCH_CLAIMS` (default 300).

use factcheck::Paths;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

/// A small deterministic generator (xorshift64*), so every run builds the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

const PLACES: &[&str] = &[
    "Naqoura",
    "Naqura",
    "Ras En Nakura",
    "Beirut",
    "Tyre",
    "Sidon",
    "Ain al-Hilweh",
    "Nabatieh",
    "Baalbek",
    "Kiryat Shmona",
    "Metula",
    "Marjayoun",
    "Bint Jbeil",
    "Khiam",
];
const ACTORS: &[&str] = &[
    "the IDF",
    "Hezbollah",
    "the Lebanese army",
    "UNIFIL",
    "Hamas",
];
const ACTS: &[&str] = &[
    "launched an airstrike on",
    "struck",
    "shelled",
    "fired rockets at",
    "deployed to",
];
const MONTHS: &[&str] = &["October", "November", "December"];

fn seed_sentences() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file()) // the five seeds, as in earlier figures
        .collect();
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(f).unwrap();
        for para in factcheck::text::paragraphs(&text, 0, factcheck::text::Layout::LinePerParagraph)
        {
            for s in factcheck::text::sentences(&text, para) {
                out.push(text[s.start..s.end].to_string());
            }
        }
    }
    out
}

fn planted(rng: &mut Rng) -> String {
    let day = 1 + rng.below(28);
    format!(
        "On {} {day}, {} {} {}, killing at least {} people.",
        rng.pick(MONTHS),
        rng.pick(ACTORS),
        rng.pick(ACTS),
        rng.pick(PLACES),
        2 + rng.below(40)
    )
}

fn article(rng: &mut Rng, seeds: &[String]) -> String {
    let mut s = String::new();
    if rng.below(2) == 0 {
        let _ = writeln!(
            s,
            "+++\noutlet = \"Outlet {}\"\npublished = 2025-{:02}-{:02}\n+++",
            rng.below(50),
            10 + rng.below(3),
            1 + rng.below(28)
        );
    }
    for _ in 0..(8 + rng.below(10)) {
        let mut para = String::new();
        for _ in 0..(1 + rng.below(3)) {
            if rng.below(6) == 0 {
                para.push_str(&planted(rng));
            } else {
                para.push_str(rng.pick(seeds).as_str());
            }
            para.push(' ');
        }
        let _ = writeln!(s, "{}\n", para.trim_end());
    }
    s
}

fn claims(rng: &mut Rng, n: usize) -> String {
    let mut s = String::from(
        "[aliases]\nnaqoura = [\"Naqoura\", \"Naqura\", \"Ras En Nakura\", \"Ras EnNakoura\"]\n\
         idf = [\"IDF\", \"Israel Defense Forces\", \"Israeli military\"]\n\n",
    );
    for i in 0..n {
        let place = rng.pick(PLACES);
        let month = 10 + rng.below(3);
        let day = 1 + rng.below(28);
        let _ = writeln!(
            s,
            "[[claim]]\nid = \"c{i}\"\nstatement = \"claim {i} about {place}\""
        );
        match i % 5 {
            0 => {
                let _ = writeln!(
                    s,
                    "[[claim.fact]]\nall = [\"{place}\", \"strike|struck|airstrike\"]\ndate = \"2025-{month:02}-{day:02}\"\n\
                     [[claim.fact]]\nall = [\"{place}\", \"killing\"]\nnumber = \">={}\"",
                    2 + rng.below(20)
                );
            }
            1 => {
                let _ = writeln!(
                    s,
                    "[[claim.fact]]\nall = [\"@idf\", \"{place}\"]\nwithin = 20\n\
                     [claim.fact.against]\nall = [\"{place}\", \"denied\"]"
                );
            }
            2 => {
                let _ = writeln!(
                    s,
                    "scope = \"corpus\"\nsources = 2\nfact = [\"{place} struck on {} {day}\", \"{} {place}\"]",
                    MONTHS[month - 10],
                    rng.pick(ACTORS)
                );
            }
            3 => {
                let _ = writeln!(
                    s,
                    "[[claim.fact]]\nany = [\"@naqoura\", \"disarm*\"]\nall = [\"/(?i){}/\"]\nwithin = \"paragraph\"",
                    place.split(' ').next().unwrap()
                );
            }
            _ => {
                let _ = writeln!(
                    s,
                    "[[claim.fact]]\nall = [\"{place}\", \"rockets\"]\nnot = [\"Hamas\"]\n\
                     [[claim.fact]]\nall = [\"{place}\"]\ndate = \"2025-{month:02}\""
                );
            }
        }
        s.push('\n');
    }
    s
}

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // `cargo test --benches` asks for a list of tests
    }
    let docs = env_usize("FACTCHECK_BENCH_DOCS", 10_000);
    let n_claims = env_usize("FACTCHECK_BENCH_CLAIMS", 300);
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("claims")).unwrap();
    let seeds = seed_sentences();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut bytes = 0usize;
    for i in 0..docs {
        let sub = root.join("corpus").join(format!("{:03}", i % 100));
        if i < 100 {
            std::fs::create_dir_all(&sub).unwrap();
        }
        let a = article(&mut rng, &seeds);
        bytes += a.len();
        std::fs::write(sub.join(format!("a{i:06}.txt")), a).unwrap();
    }
    std::fs::write(root.join("claims/bench.toml"), claims(&mut rng, n_claims)).unwrap();
    let mb = bytes as f64 / 1e6;
    let paths = Paths::new(root, None, None);

    // baseline: read every file and split it into folded words, nothing else
    let t = Instant::now();
    let files = factcheck::corpus::find(&paths).unwrap().files;
    let mut words = 0usize;
    for f in &files {
        let text = std::fs::read_to_string(&f.fs_path).unwrap();
        words += factcheck::text::tokenize(&text, 0).len();
    }
    let baseline = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let report = factcheck::run(&paths, &[]).unwrap();
    let wall = t.elapsed().as_secs_f64();
    let evidence: usize = report
        .claims
        .iter()
        .flat_map(|c| &c.facts)
        .map(|f| f.evidence.len())
        .sum();

    if std::env::var_os("FACTCHECK_BENCH_BY_KIND").is_some() {
        let mut by_kind = [0usize; 5];
        for (i, c) in report.claims.iter().enumerate() {
            by_kind[i % 5] += c.facts.iter().map(|f| f.evidence.len()).sum::<usize>();
        }
        println!("evidence by claim kind: {by_kind:?}");
    }
    // impact: a handful of arriving articles against every claim and the corpus
    let arriving = 10;
    let new_dir = root.join("arriving");
    std::fs::create_dir_all(&new_dir).unwrap();
    let new_files: Vec<std::path::PathBuf> = (0..arriving)
        .map(|i| {
            let p = new_dir.join(format!("new{i:03}.txt"));
            std::fs::write(&p, article(&mut rng, &seeds)).unwrap();
            p
        })
        .collect();
    let loaded = factcheck::load(&paths).unwrap();
    let t = Instant::now();
    let impact = factcheck::check::impact::impact(
        &paths,
        &loaded.suite,
        &loaded.files,
        &new_files,
        &Default::default(),
        true,
        Default::default(),
    )
    .unwrap();
    let impact_secs = t.elapsed().as_secs_f64();

    let threads = rayon::current_num_threads();
    println!("factcheck throughput benchmark");
    println!("  documents          {docs}");
    println!("  corpus             {mb:.1} MB, {words} words");
    println!(
        "  claims             {n_claims} ({} facts)",
        report.claims.iter().map(|c| c.facts.len()).sum::<usize>()
    );
    println!("  evidence found     {evidence}");
    println!("  threads            {threads}");
    println!(
        "  baseline (read + tokenize, 1 thread)  {baseline:.2} s  {:.1} MB/s",
        mb / baseline
    );
    println!(
        "  check (load, analyse, match, report)  {wall:.2} s  {:.1} MB/s",
        mb / wall
    );
    println!("  check / baseline   {:.2}x", wall / baseline);
    println!(
        "  impact of {arriving} new articles: {:.0} ms ({} claims touched of {n_claims}, over {docs} documents)",
        impact_secs * 1000.0,
        impact.summary.changed
    );
    println!("  peak memory        {:.0} MB", peak_rss_mb());
}
