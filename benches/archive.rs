//! Archive benchmark: `cargo bench --bench archive`.
//!
//! Prints, as a markdown table, the figures issue 9 asks for, on a generated archive
//! (`python3 ../shared/tools/gen_corpus.py OUT --mb 200 --claims 300`), each beside
//! the `rg -F -i -c -f terms.txt corpus/` baseline measured in the same run, so the
//! ratios compare across machines:
//!
//! 1. cold `check` (no cache folder), 2. warm `check` (cache present, nothing changed),
//! 3. warm re-check after editing one claim, 4. `impact` of one new article,
//! 5. `check --no-cache`, 6. `check` on one thread with the cache removed,
//! 7. a warm `explain` of one claim (with `VERIFY`, against `explain --no-cache`),
//! 8. `check` after one article is added to the corpus, 9. after it is removed again
//!    (the corpus read through links to the archive's entries, with its own cache;
//!    9 against the run before the article was added, 8 with `VERIFY` against
//!    `--no-cache`);
//!
//! then whether the outputs of 1, 2, 5 and 6 are byte-identical, and the repository's
//! per-claim tests under `cargo test` and under `cargo nextest run`, beside nextest's
//! floor: as many empty tests, in a crate of their own, under both.
//!
//! The archive is never written to: the claims are copied into a temporary desk root
//! and factcheck runs with `--root TMP --corpus ARCHIVE/corpus`, so its cache is
//! `TMP/.factcheck/`.
//!
//! Settings (environment):
//! - `FACTCHECK_BENCH_ARCHIVE` the generated folder (claims/, corpus/, terms.txt);
//!   unset: print how to make one and exit 0;
//! - `FACTCHECK_BENCH_BIN` the factcheck binary to measure (default: this package's,
//!   built by `cargo bench`);
//! - `FACTCHECK_BENCH_FORMAT` the `check --format` of the timed runs (default text);
//! - `FACTCHECK_BENCH_VERIFY=0` skips the extra runs that only check identity (the
//!   edited suite and the new article without the cache, JUnit with and without it);
//! - `FACTCHECK_BENCH_NEXTEST=0` skips the `cargo test` / `cargo nextest` row;
//! - `FACTCHECK_BENCH_FLOOR=0` skips the analysis floor: the analysis every article
//!   needs before a fact is judged, stage by stage on one thread, beside `rg -j1`;
//! - `FACTCHECK_BENCH_JSON=0` skips the issue's own measurement, `check --format
//!   json > /dev/null` cold and warm (with `VERIFY`, two more runs hash the JSON as
//!   it streams: warm against `--no-cache`);
//! - `FACTCHECK_BENCH_KEEP=1` keeps the temporary desk root and prints its path.

use sha2::{Digest, Sha256};
use std::ffi::OsString;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const GNU_TIME: &str = "/usr/bin/time";

/// One program run: what to start, where, with which environment.
struct Job {
    program: OsString,
    args: Vec<OsString>,
    envs: Vec<(String, String)>,
    cwd: PathBuf,
    /// stdout to /dev/null (the JSON report: gigabytes), as the issue measures it.
    discard: bool,
}

impl Job {
    fn new(program: impl Into<OsString>, cwd: &Path) -> Self {
        Job {
            program: program.into(),
            args: Vec::new(),
            envs: Vec::new(),
            cwd: cwd.to_path_buf(),
            discard: false,
        }
    }
    fn arg(mut self, a: impl Into<OsString>) -> Self {
        self.args.push(a.into());
        self
    }
    fn args<I: IntoIterator<Item = A>, A: Into<OsString>>(mut self, it: I) -> Self {
        self.args.extend(it.into_iter().map(Into::into));
        self
    }
    fn env(mut self, k: &str, v: &str) -> Self {
        self.envs.push((k.to_string(), v.to_string()));
        self
    }
    fn display(&self) -> String {
        let mut s = String::new();
        for (k, v) in &self.envs {
            let _ = write!(s, "{k}={v} ");
        }
        s.push_str(&self.program.to_string_lossy());
        for a in &self.args {
            s.push(' ');
            s.push_str(&a.to_string_lossy());
        }
        s
    }
}

/// What one run measured.
struct Run {
    wall: Duration,
    /// Peak resident set in bytes, when /usr/bin/time could tell.
    peak: Option<u64>,
    /// None: the program could not be started at all.
    code: Option<i32>,
    stdout: PathBuf,
    stderr: PathBuf,
}

impl Run {
    /// factcheck exits 0 (every expect met) or 1 (some claim missed its expect) after
    /// a complete report; anything else is a failed run.
    fn ok(&self) -> bool {
        matches!(self.code, Some(0 | 1))
    }
}

/// Runs `job` with stdout and stderr to files named after `name` in `logs`, timed by
/// the wall clock and, when present, by GNU time for the peak resident set.
fn run(job: &Job, logs: &Path, name: &str, gnu_time: bool) -> Run {
    let stdout = logs.join(format!("{name}.out"));
    let stderr = logs.join(format!("{name}.err"));
    let timing = logs.join(format!("{name}.time"));
    let mut cmd = if gnu_time {
        let mut c = Command::new(GNU_TIME);
        c.arg("-o").arg(&timing).args(["-f", "%e %M"]);
        c.arg(&job.program);
        c
    } else {
        Command::new(&job.program)
    };
    cmd.args(&job.args)
        .current_dir(&job.cwd)
        .stdin(Stdio::null());
    for (k, v) in &job.envs {
        cmd.env(k, v);
    }
    let out = if job.discard {
        fs::File::create("/dev/null")
    } else {
        fs::File::create(&stdout)
    };
    let (Ok(out), Ok(err)) = (out, fs::File::create(&stderr)) else {
        eprintln!("cannot create the log files in {}", logs.display());
        return Run {
            wall: Duration::ZERO,
            peak: None,
            code: None,
            stdout,
            stderr,
        };
    };
    cmd.stdout(out).stderr(err);
    let start = Instant::now();
    let status = cmd.status();
    let wall = start.elapsed();
    let code = match status {
        Ok(s) => Some(s.code().unwrap_or(-1)),
        Err(e) => {
            let _ = fs::write(&stderr, format!("could not start {}: {e}\n", job.display()));
            None
        }
    };
    // GNU time writes "Command exited with non-zero status N" before the format line.
    let peak = fs::read_to_string(&timing).ok().and_then(|t| {
        let last = t.lines().rev().find(|l| !l.trim().is_empty())?.to_string();
        let kb: u64 = last.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb * 1024)
    });
    let r = Run {
        wall,
        peak,
        code,
        stdout,
        stderr,
    };
    if !r.ok() {
        report_failure(job, &r);
    }
    r
}

fn report_failure(job: &Job, r: &Run) {
    let code = r
        .code
        .map_or("could not start".to_string(), |c| format!("exit code {c}"));
    eprintln!(
        "\n!! `{}` failed ({code}); its stderr (last 40 lines):",
        job.display()
    );
    let err = fs::read_to_string(&r.stderr).unwrap_or_default();
    let lines: Vec<&str> = err.lines().collect();
    for l in &lines[lines.len().saturating_sub(40)..] {
        eprintln!("   {l}");
    }
}

fn setting(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn enabled(name: &str) -> bool {
    setting(name).is_none_or(|v| v != "0")
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

fn secs(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s < 10.0 {
        format!("{s:.3} s")
    } else {
        format!("{s:.1} s")
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Every regular file under `dir`, sorted, hidden names skipped.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            if e.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_dir() {
                stack.push(e.path());
            } else if ft.is_file() {
                out.push(e.path());
            }
        }
    }
    out.sort();
    out
}

fn dir_bytes(dir: &Path) -> u64 {
    let mut total = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let Ok(md) = e.metadata() else { continue };
            if md.is_dir() {
                stack.push(e.path());
            } else {
                total += md.len();
            }
        }
    }
    total
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for e in fs::read_dir(from)? {
        let e = e?;
        let target = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_dir(&e.path(), &target)?;
        } else {
            fs::copy(e.path(), target)?;
        }
    }
    Ok(())
}

fn is_article(p: &Path) -> bool {
    matches!(
        p.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("txt" | "md" | "html" | "htm")
    )
}

/// Runs `job` (untimed) and hashes its stdout as it streams: (sha256 prefix, bytes).
fn hash_stream(job: &Job) -> Option<(String, u64)> {
    use std::io::Read;
    let mut child = Command::new(&job.program)
        .args(&job.args)
        .current_dir(&job.cwd)
        .envs(job.envs.iter().map(|(k, v)| (k, v)))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut out = child.stdout.take()?;
    let mut h = Sha256::new();
    let mut buf = vec![0; 1 << 20];
    let mut n = 0u64;
    loop {
        match out.read(&mut buf) {
            Ok(0) => break,
            Ok(k) => {
                h.update(&buf[..k]);
                n += k as u64;
            }
            Err(_) => return None,
        }
    }
    let status = child.wait().ok()?;
    if !matches!(status.code(), Some(0 | 1)) {
        return None;
    }
    let digest = h.finalize();
    Some((
        digest.iter().take(8).fold(String::new(), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        }),
        n,
    ))
}

fn hash(path: &Path) -> Option<String> {
    let bytes = fs::read(path).ok()?;
    let digest = Sha256::digest(&bytes);
    Some(digest.iter().take(8).fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    }))
}

/// The ids of the claims under `claims`, in file order.
fn claim_ids(claims: &Path) -> Vec<String> {
    files(claims)
        .into_iter()
        .filter(|f| f.extension().and_then(|e| e.to_str()) == Some("toml"))
        .filter_map(|f| fs::read_to_string(f).ok())
        .flat_map(|text| {
            text.lines()
                .filter_map(|l| {
                    let v = l
                        .trim()
                        .strip_prefix("id")?
                        .trim()
                        .strip_prefix('=')?
                        .trim();
                    Some(v.strip_prefix('"')?.strip_suffix('"')?.to_string())
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Rewrites the first `all` term of the first claim (in sorted file order) to another
/// term of `terms`; returns (file, old term, new term).
fn edit_one_claim(claims: &Path, terms: &[String]) -> Option<(PathBuf, String, String)> {
    for file in files(claims) {
        if file.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let text = fs::read_to_string(&file).ok()?;
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        for line in &mut lines {
            let t = line.trim_start();
            if !(t.starts_with("all") && t.contains('[') && t.contains('"')) {
                continue;
            }
            let open = line.find('"')?;
            let close = open + 1 + line[open + 1..].find('"')?;
            let old = line[open + 1..close].to_string();
            let new = terms.iter().find(|w| {
                w.len() > 3
                    && w.chars().all(|c| c.is_ascii_alphabetic())
                    && !w.eq_ignore_ascii_case(&old)
                    && !line.to_ascii_lowercase().contains(&w.to_ascii_lowercase())
            })?;
            line.replace_range(open + 1..close, new);
            let new = new.clone();
            let mut out = lines.join("\n");
            out.push('\n');
            fs::write(&file, out).ok()?;
            return Some((file, old, new));
        }
    }
    None
}

/// A new article: a copy of the corpus's middle article with some words changed.
fn new_article(corpus_files: &[PathBuf], to: &Path) -> Option<PathBuf> {
    let articles: Vec<&PathBuf> = corpus_files.iter().filter(|p| is_article(p)).collect();
    let src = articles.get(articles.len() / 2)?;
    let text = fs::read_to_string(src).ok()?;
    let changed = text
        .replace(" the ", " a ")
        .replace(" said ", " stated ")
        .replace(" Lebanon", " Lebanon's south");
    let path = to.join("new-article.md");
    fs::write(&path, changed).ok()?;
    Some(path)
}

/// Fills `to` with a symbolic link to each entry of `from`: the archive read
/// through them, with room for an article of the bench's own.
fn link_entries(from: &Path, to: &Path) -> bool {
    let _ = fs::remove_dir_all(to);
    let Ok(entries) = fs::create_dir_all(to).and_then(|()| fs::read_dir(from)) else {
        return false;
    };
    entries.flatten().all(|e| {
        let target = e.path().canonicalize().unwrap_or_else(|_| e.path());
        std::os::unix::fs::symlink(target, to.join(e.file_name())).is_ok()
    })
}

/// One row of the table.
struct Row {
    label: String,
    run: Option<Run>,
    note: String,
    /// Time target: (description, limit in seconds).
    time_target: Option<(String, f64)>,
    memory_target: bool,
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // `cargo test --benches` and nextest ask for a list of tests
    }
    let Some(archive) = setting("FACTCHECK_BENCH_ARCHIVE").map(PathBuf::from) else {
        println!(
            "archive benchmark: set FACTCHECK_BENCH_ARCHIVE to a generated archive, made with\n\n    \
             python3 ../shared/tools/gen_corpus.py OUT --mb 200 --claims 300\n\n\
             (the team's shared tools, beside this repository; OUT gets claims/, corpus/\n\
             and terms.txt, and any folder holding those will do), then\n\n    \
             FACTCHECK_BENCH_ARCHIVE=OUT cargo bench --bench archive"
        );
        return;
    };
    let corpus = archive.join("corpus");
    let claims = archive.join("claims");
    let terms_file = archive.join("terms.txt");
    for p in [&corpus, &claims] {
        if !p.is_dir() {
            eprintln!(
                "{} is not a folder: is {} a generated archive?",
                p.display(),
                archive.display()
            );
            std::process::exit(2);
        }
    }
    let bin = setting("FACTCHECK_BENCH_BIN").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_factcheck")),
        PathBuf::from,
    );
    let format = setting("FACTCHECK_BENCH_FORMAT").unwrap_or_else(|| "text".to_string());
    let verify = enabled("FACTCHECK_BENCH_VERIFY");
    let gnu_time = Path::new(GNU_TIME).is_file()
        && Command::new(GNU_TIME)
            .args(["-f", "%M", "true"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());

    // The temporary desk root: a copy of claims/ (and factcheck.toml, if any).
    let tmp = match tempfile::Builder::new()
        .prefix("factcheck-bench-")
        .tempdir()
    {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot make a temporary folder: {e}");
            std::process::exit(2);
        }
    };
    let root = tmp.path().to_path_buf();
    let logs = root.join("logs");
    let setup = fs::create_dir_all(&logs)
        .and_then(|()| copy_dir(&claims, &root.join("claims")))
        .and_then(|()| {
            let toml = archive.join("factcheck.toml");
            if toml.is_file() {
                fs::copy(toml, root.join("factcheck.toml")).map(drop)
            } else {
                Ok(())
            }
        });
    if let Err(e) = setup {
        eprintln!("cannot copy the claims into {}: {e}", root.display());
        std::process::exit(2);
    }
    let cache = root.join(".factcheck");

    // What is measured.
    let corpus_files = files(&corpus);
    let corpus_bytes: u64 = corpus_files
        .iter()
        .filter_map(|p| fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let articles = corpus_files.iter().filter(|p| is_article(p)).count();
    let claim_count: usize = files(&claims)
        .iter()
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("toml"))
        .filter_map(|p| fs::read_to_string(p).ok())
        .map(|t| t.lines().filter(|l| l.trim() == "[[claim]]").count())
        .sum();
    let terms: Vec<String> = fs::read_to_string(&terms_file)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());

    println!("# factcheck archive benchmark\n");
    println!(
        "- archive: `{}`: corpus {} ({corpus_bytes} bytes), {articles} articles, {claim_count} claims, {} terms",
        archive.display(),
        mb(corpus_bytes),
        terms.len()
    );
    println!(
        "- machine: {cores} cores; binary `{}`; report format `{format}`",
        bin.display()
    );
    if !gnu_time {
        println!("- peak memory: n/a ({GNU_TIME} with -f %M is not available)");
    }

    // Baseline: rg, one warm-up then the best of three.
    let rg_job = Job::new("rg", &archive)
        .args(["-F", "-i", "-c", "-f"])
        .arg(&terms_file)
        .arg(&corpus);
    let rg_present = Command::new("rg")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let mut rg_best: Option<(Duration, Option<u64>)> = None;
    if !rg_present {
        println!("- baseline: rg is not installed: no ratios to rg (install ripgrep)");
    } else if terms.is_empty() {
        println!(
            "- baseline: {} is missing or empty: no ratios to rg",
            terms_file.display()
        );
    } else {
        let mut walls = Vec::new();
        let mut peak = None;
        for i in 0..4 {
            let r = run(&rg_job, &logs, &format!("rg-{i}"), gnu_time);
            // rg exits 1 when nothing matched: still a complete run.
            if !r.ok() {
                break;
            }
            if i > 0 {
                walls.push(r.wall);
                peak = peak.max(r.peak);
            }
        }
        if walls.len() == 3 {
            let best = *walls.iter().min().unwrap();
            println!(
                "- baseline: `rg -F -i -c -f terms.txt corpus/`, one warm-up then best of 3: {} (median {}), peak {}",
                secs(best),
                secs(median(walls)),
                peak.map_or("n/a".into(), mb)
            );
            rg_best = Some((best, peak));
        } else {
            println!("- baseline: rg failed (its stderr is above): no ratios to rg");
        }
    }

    // factcheck in the temporary desk root, reading the corpus at `at`
    let desk = |at: &Path| {
        Job::new(&bin, &root)
            .arg("--root")
            .arg(&root)
            .arg("--corpus")
            .arg(at)
    };
    let fc = |args: &[&str]| desk(&corpus).args(args.iter().copied());
    let check_args = ["check", "--format", format.as_str()];
    let help = |sub: &str| -> String {
        Command::new(&bin)
            .args([sub, "--help"])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default()
    };
    let no_cache = help("check").contains("--no-cache");
    let impact_no_cache = help("impact").contains("--no-cache");
    let mut cache_notes: Vec<String> = Vec::new();
    let mut note_cache = |after: &str| {
        if cache.is_dir() {
            let b = dir_bytes(&cache);
            cache_notes.push(format!(
                "after {after}: `.factcheck/` holds {} ({:.2}× the corpus)",
                mb(b),
                b as f64 / corpus_bytes.max(1) as f64
            ));
        } else {
            cache_notes.push(format!("after {after}: no cache folder was written"));
        }
    };
    let remove_cache = || {
        let _ = fs::remove_dir_all(&cache);
    };

    let mut failed = false;
    let mut rows: Vec<Row> = Vec::new();
    let rg_time = rg_best.map(|b| b.0.as_secs_f64());
    let vs_rg = |factor: f64| rg_time.map(|t| (format!("≤{factor}× rg"), t * factor));

    // 1. cold
    remove_cache();
    let cold = run(&fc(&check_args), &logs, "1-cold", gnu_time);
    failed |= !cold.ok();
    note_cache("the cold check (1)");
    // 2. warm: cheap by design, so the best of three (the peak is the largest)
    let mut warms: Vec<Run> = (0..3)
        .map(|i| run(&fc(&check_args), &logs, &format!("2-warm-{i}"), gnu_time))
        .collect();
    failed |= warms.iter().any(|r| !r.ok());
    note_cache("the warm checks (2)");
    let warm_peak = warms.iter().filter_map(|r| r.peak).max();
    // the fastest one is the row (a failed one, if any, so the row shows it)
    let best = (0..warms.len())
        .min_by_key(|&i| (warms[i].ok(), warms[i].wall))
        .expect("three warm runs");
    let mut warm = warms.remove(best);
    warm.peak = warm_peak;
    let warm_extra = warms;
    // 5. --no-cache (run before the edit, so 1, 2, 5, 6 check the same suite)
    let nocache = if no_cache {
        let mut args = check_args.to_vec();
        args.push("--no-cache");
        let r = run(&fc(&args), &logs, "5-no-cache", gnu_time);
        failed |= !r.ok();
        Some(r)
    } else {
        None
    };
    // JUnit, with the cache and without it: cheap on a warm cache, one cold run more.
    let junit_line = if verify && no_cache {
        let a = run(
            &fc(&["check", "--format", "junit"]),
            &logs,
            "junit-warm",
            false,
        );
        let b = run(
            &fc(&["check", "--format", "junit", "--no-cache"]),
            &logs,
            "junit-no-cache",
            false,
        );
        failed |= !a.ok() || !b.ok();
        Some(identity_line(
            "`--format junit`, warm (cached) vs `--no-cache`",
            &[("warm", &a), ("no-cache", &b)],
        ))
    } else {
        None
    };
    // 6. one thread, cache removed
    remove_cache();
    let single = run(
        &fc(&check_args).env("RAYON_NUM_THREADS", "1"),
        &logs,
        "6-one-thread",
        gnu_time,
    );
    failed |= !single.ok();
    let single_wall = single.wall;
    // 3. warm re-check after editing one claim (the cache the run 6 wrote is warm;
    // make sure one is there whatever run 6 did)
    if !cache.is_dir() {
        let r = run(&fc(&check_args), &logs, "3-prepare", false);
        failed |= !r.ok();
    }
    let edit = edit_one_claim(&root.join("claims"), &terms);
    let (edit_run, edit_note) = match &edit {
        Some((file, old, new)) => {
            let r = run(&fc(&check_args), &logs, "3-edit", gnu_time);
            failed |= !r.ok();
            let shown = file
                .strip_prefix(&root)
                .unwrap_or(file)
                .display()
                .to_string();
            (Some(r), format!("`{old}` → `{new}` in {shown}"))
        }
        None => (
            None,
            "skipped: no `all = [\"…\"]` line found to edit".to_string(),
        ),
    };
    note_cache("the re-check after the edit (3)");
    let edit_line = match (&edit_run, verify) {
        (Some(r), true) => {
            let fresh = if no_cache {
                let mut args = check_args.to_vec();
                args.push("--no-cache");
                run(&fc(&args), &logs, "3-verify", false)
            } else {
                let keep = root.join(".factcheck-kept");
                let _ = fs::rename(&cache, &keep);
                let r = run(&fc(&check_args), &logs, "3-verify", false);
                remove_cache();
                let _ = fs::rename(&keep, &cache);
                r
            };
            failed |= !fresh.ok();
            Some(identity_line(
                "edited suite, warm re-check (3) vs a run without the cache",
                &[("re-check", r), ("fresh", &fresh)],
            ))
        }
        _ => None,
    };
    // 4. impact of one new article (written into the desk root, not the corpus)
    let article = new_article(&corpus_files, &root);
    let (impact_run, impact_note) = match &article {
        Some(path) => {
            let job = fc(&["impact"]).arg(path);
            let r = run(&job, &logs, "4-impact", gnu_time);
            failed |= !r.ok();
            (
                Some(r),
                "a changed copy of one article, `new-article.md`".to_string(),
            )
        }
        None => (None, "skipped: no article to copy".to_string()),
    };
    let impact_line = match (&impact_run, &article, verify && impact_no_cache) {
        (Some(r), Some(path), true) => {
            let fresh = run(
                &fc(&["impact", "--no-cache"]).arg(path),
                &logs,
                "4-verify",
                false,
            );
            failed |= !fresh.ok();
            Some(identity_line(
                "`impact`, cached vs `--no-cache`",
                &[("cached", r), ("no-cache", &fresh)],
            ))
        }
        _ => None,
    };

    // 7. explain of one claim, warm: the second claim (the edit changed the first)
    let explained = claim_ids(&root.join("claims")).into_iter().nth(1);
    let (explain_run, explain_note) = match &explained {
        Some(id) => {
            let r = run(&fc(&["explain", id]), &logs, "7-explain", gnu_time);
            failed |= !r.ok();
            (Some(r), format!("claim `{id}`"))
        }
        None => (
            None,
            "skipped: the suite has fewer than two claims".to_string(),
        ),
    };
    let explain_line = match (&explain_run, &explained, verify) {
        (Some(r), Some(id), true) if help("explain").contains("--no-cache") => {
            let fresh = run(
                &fc(&["explain", id, "--no-cache"]),
                &logs,
                "7-verify",
                false,
            );
            failed |= !fresh.ok();
            Some(identity_line(
                "`explain`, cached vs `--no-cache`",
                &[("cached", r), ("no-cache", &fresh)],
            ))
        }
        _ => None,
    };

    // 8, 9. `check` after one article is added to the corpus, then after it is
    // removed. The archive is never written to: the corpus read is a folder of
    // links to the archive's entries (with `--follow-links`), its cache made by an
    // untimed run first; the new article is the one `impact` took (4).
    let links = root.join("corpus-links");
    let linked = link_entries(&corpus, &links);
    let fcl = |args: &[&str]| {
        desk(&links)
            .arg("--follow-links")
            .args(args.iter().copied())
    };
    let (mut added_run, mut removed_run, mut change_line) = (None, None, None);
    let change_note = match (&article, linked) {
        (Some(path), true) => {
            remove_cache();
            let before = run(&fcl(&check_args), &logs, "8-prepare", false);
            let new_dir = links.join("zz-new");
            let placed = fs::create_dir_all(&new_dir)
                .and_then(|()| fs::copy(path, new_dir.join("new-article.md")));
            if before.ok() && placed.is_ok() {
                let added = run(&fcl(&check_args), &logs, "8-added", gnu_time);
                let fresh = verify.then(|| {
                    let mut args = check_args.to_vec();
                    args.push("--no-cache");
                    run(&fcl(&args), &logs, "8-verify", false)
                });
                let _ = fs::remove_dir_all(&new_dir);
                let removed = run(&fcl(&check_args), &logs, "9-removed", gnu_time);
                failed |= !added.ok() || !removed.ok() || fresh.as_ref().is_some_and(|r| !r.ok());
                let mut lines = vec![identity_line(
                    "article removed again (9) vs the corpus before it was added",
                    &[("removed", &removed), ("before", &before)],
                )];
                if let Some(f) = &fresh {
                    lines.push(identity_line(
                        "article added (8), cached vs `--no-cache`",
                        &[("cached", &added), ("no-cache", f)],
                    ));
                }
                change_line = Some(lines.join("\n- "));
                added_run = Some(added);
                removed_run = Some(removed);
                "`new-article.md` (as 4) in a folder of its own".to_string()
            } else {
                failed = true;
                "skipped: the linked corpus could not be prepared".to_string()
            }
        }
        (None, _) => "skipped: no article to copy".to_string(),
        (_, false) => "skipped: the corpus's entries could not be linked".to_string(),
    };
    note_cache("the article added and removed (8, 9)");

    rows.push(Row {
        label: "cold `check` (no cache folder)".into(),
        run: Some(cold),
        note: String::new(),
        time_target: vs_rg(5.0),
        memory_target: true,
    });
    rows.push(Row {
        label: "warm `check` (cache present, nothing changed; best of 3)".into(),
        run: Some(warm),
        note: String::new(),
        time_target: vs_rg(1.0),
        memory_target: true,
    });
    rows.push(Row {
        label: "warm re-check after editing one claim".into(),
        run: edit_run,
        note: edit_note,
        time_target: Some(("<1 s".into(), 1.0)),
        memory_target: false,
    });
    rows.push(Row {
        label: "`impact` of one new article".into(),
        run: impact_run,
        note: impact_note,
        time_target: Some(("<1 s".into(), 1.0)),
        memory_target: false,
    });
    rows.push(Row {
        label: "`check --no-cache`".into(),
        note: if no_cache {
            String::new()
        } else {
            "skipped: `check --help` lists no `--no-cache`".into()
        },
        run: nocache,
        time_target: None,
        memory_target: false,
    });
    rows.push(Row {
        label: "`check`, one thread (`RAYON_NUM_THREADS=1`), no cache".into(),
        run: Some(single),
        note: String::new(),
        time_target: None,
        memory_target: false,
    });
    rows.push(Row {
        label: "warm `explain` of one claim".into(),
        run: explain_run,
        note: explain_note,
        time_target: None,
        memory_target: false,
    });
    rows.push(Row {
        label: "`check` after one article is added to the corpus".into(),
        run: added_run,
        note: change_note.clone(),
        time_target: Some(("<1 s".into(), 1.0)),
        memory_target: false,
    });
    rows.push(Row {
        label: "`check` after that article is removed".into(),
        run: removed_run,
        note: change_note,
        time_target: Some(("<1 s".into(), 1.0)),
        memory_target: false,
    });

    println!();
    println!(
        "| # | run | wall | ×rg | time target | peak memory | memory / corpus | memory target | stdout |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    if let Some((t, peak)) = rg_best {
        println!(
            "| 0 | `rg -F -i -c -f terms.txt corpus/` (best of 3) | {} | 1.00× | | {} | {} | | |",
            secs(t),
            peak.map_or("n/a".into(), mb),
            peak.map_or("n/a".into(), |p| format!(
                "{:.2}×",
                p as f64 / corpus_bytes.max(1) as f64
            )),
        );
    }
    for (i, row) in rows.iter().enumerate() {
        let n = i + 1;
        let Some(r) = &row.run else {
            println!("| {n} | {} | — | — | | — | — | | {} |", row.label, row.note);
            continue;
        };
        if !r.ok() {
            let code = r
                .code
                .map_or("could not start".into(), |c| format!("exit {c}"));
            println!(
                "| {n} | {} | failed ({code}) | — | | — | — | | see stderr above |",
                row.label
            );
            continue;
        }
        let wall = r.wall.as_secs_f64();
        let ratio = rg_time.map_or("—".into(), |t| format!("{:.2}×", wall / t));
        let time_target = row
            .time_target
            .as_ref()
            .map_or(String::new(), |(d, limit)| {
                format!("{d}: {}", if wall <= *limit { "met" } else { "**missed**" })
            });
        let mem_ratio = r.peak.map(|p| p as f64 / corpus_bytes.max(1) as f64);
        let memory_target = match (row.memory_target, mem_ratio) {
            (true, Some(m)) => format!("<1.5×: {}", if m < 1.5 { "met" } else { "**missed**" }),
            _ => String::new(),
        };
        let out_bytes = fs::metadata(&r.stdout).map_or(0, |m| m.len());
        let mut note = String::new();
        if r.code == Some(1) {
            note.push_str("; exit 1 (some claim missed its expect)");
        }
        if out_bytes == 0 {
            note.push_str("; **empty**");
        }
        if !row.note.is_empty() {
            note.push_str("; ");
            note.push_str(&row.note);
        }
        println!(
            "| {n} | {} | {} | {ratio} | {time_target} | {} | {} | {memory_target} | {}{note} |",
            row.label,
            secs(r.wall),
            r.peak.map_or("n/a".into(), mb),
            mem_ratio.map_or("n/a".into(), |m| format!("{m:.2}×")),
            mb(out_bytes),
        );
    }

    println!();
    let mut same: Vec<(&str, &Run)> = Vec::new();
    for (i, name) in [
        (0, "1 cold"),
        (1, "2 warm"),
        (4, "5 no-cache"),
        (5, "6 one thread"),
    ] {
        if let Some(r) = &rows[i].run {
            same.push((name, r));
        }
        if i == 1 {
            same.extend(warm_extra.iter().map(|r| ("2 warm (another)", r)));
        }
    }
    println!(
        "- {}",
        identity_line(
            &format!(
                "outputs of {} (`--format {format}`)",
                ["1 cold", "2 warm (×3)", "5 no-cache", "6 one thread"].join(", ")
            ),
            &same
        )
    );
    for line in [
        junit_line,
        edit_line,
        impact_line,
        change_line,
        explain_line,
    ]
    .into_iter()
    .flatten()
    {
        println!("- {line}");
    }
    for n in &cache_notes {
        println!("- cache {n}");
    }
    if !verify {
        println!("- identity runs beyond 1, 2, 5, 6 skipped (FACTCHECK_BENCH_VERIFY=0)");
    }

    // The issue's own measurement: `check --format json > /dev/null`, cold and warm.
    if enabled("FACTCHECK_BENCH_JSON") {
        println!();
        println!(
            "`check --format json > /dev/null` (the issue's measurement; every window, so \
             the output, not the check, sets its pace):"
        );
        println!();
        println!("| run | wall | ×rg | peak memory | memory / corpus |");
        println!("|---|---|---|---|---|");
        let json = |name: &str, cold: bool| {
            if cold {
                remove_cache();
            }
            let mut job = fc(&["check", "--format", "json"]);
            job.discard = true;
            let r = run(&job, &logs, name, gnu_time);
            let wall = r.wall.as_secs_f64();
            println!(
                "| {} | {} | {} | {} | {} |",
                if cold {
                    "JSON cold (no cache folder)"
                } else {
                    "JSON warm (cache present)"
                },
                secs(r.wall),
                rg_time.map_or("—".into(), |t| format!("{:.1}×", wall / t)),
                r.peak.map_or("n/a".into(), mb),
                r.peak.map_or("n/a".into(), |p| format!(
                    "{:.2}×",
                    p as f64 / corpus_bytes.max(1) as f64
                )),
            );
            r.ok()
        };
        failed |= !json("json-cold", true);
        failed |= !json("json-warm", false);
        if verify {
            // identity, untimed: warm, and with no cache at all
            let warm = hash_stream(&fc(&["check", "--format", "json"]));
            let fresh = hash_stream(&fc(&["check", "--format", "json", "--no-cache"]));
            match (warm, fresh) {
                (Some(a), Some(b)) => println!(
                    "\n- JSON warm vs `--no-cache`: {} ({} of JSON)",
                    if a.0 == b.0 {
                        format!("byte-identical (sha256 {}…)", a.0)
                    } else {
                        format!("**differ** ({} vs {})", a.0, b.0)
                    },
                    mb(a.1)
                ),
                _ => {
                    println!("\n- JSON identity: a run failed");
                    failed = true;
                }
            }
        }
    } else {
        println!("\n- JSON rows skipped (FACTCHECK_BENCH_JSON=0)");
    }

    // What the analysis the matching rules need costs by itself, beside rg on one
    // thread: the floor under any cold check of this design.
    if enabled("FACTCHECK_BENCH_FLOOR") {
        failed |= !analysis_floor(&root, &corpus, &rg_job, &logs, gnu_time, single_wall);
    } else {
        println!("\n- analysis floor skipped (FACTCHECK_BENCH_FLOOR=0)");
    }

    // The repository's per-claim tests, under cargo test and under nextest.
    println!();
    if enabled("FACTCHECK_BENCH_NEXTEST") {
        failed |= !nextest_rows(&logs);
    } else {
        println!("- nextest row skipped (FACTCHECK_BENCH_NEXTEST=0)");
    }

    if enabled("FACTCHECK_BENCH_KEEP") && setting("FACTCHECK_BENCH_KEEP").is_some() {
        let kept = tmp.keep();
        println!(
            "\n- kept the desk root and the run logs: {}",
            kept.display()
        );
    }
    if failed {
        eprintln!("\nsome runs failed: see their stderr above");
        std::process::exit(1);
    }
}

/// The analysis every article needs before a fact is judged, on one thread, in
/// this process (this package's library, whatever `FACTCHECK_BENCH_BIN` is), each
/// stage over the whole archive and including the stages before it: listing and
/// reading, then words, then sentences, paragraphs and each stem's positions, then
/// the dates, numbers and negation cues the judge reads. Beside `rg -j1` (best of
/// 3) and the one-thread cold check (row 6).
fn analysis_floor(
    root: &Path,
    corpus: &Path,
    rg_job: &Job,
    logs: &Path,
    gnu_time: bool,
    one_thread_check: Duration,
) -> bool {
    use factcheck::corpus::{self as fc_corpus, Read};
    use factcheck::engine::Analysis;
    let rg1 = Job {
        args: [OsString::from("-j1")]
            .into_iter()
            .chain(rg_job.args.iter().cloned())
            .collect(),
        ..Job::new(&rg_job.program, &rg_job.cwd)
    };
    let mut walls = Vec::new();
    for i in 0..4 {
        let r = run(&rg1, logs, &format!("rg-j1-{i}"), gnu_time);
        if !r.ok() {
            println!("\n- analysis floor: `rg -j1` failed");
            return true;
        }
        if i > 0 {
            walls.push(r.wall);
        }
    }
    let rg = walls.into_iter().min().unwrap_or_default().as_secs_f64();
    let paths = factcheck::Paths::new(root.to_path_buf(), None, Some(corpus.to_path_buf()));
    let Ok(listing) = fc_corpus::discover(&paths) else {
        println!("\n- analysis floor: the corpus could not be listed");
        return false;
    };
    let stages = [
        "list and read every article",
        "… and split it into words (folded, stemmed)",
        "… and sentences, paragraphs, each stem's positions",
        "… and its dates, numbers and negation cues",
    ];
    println!(
        "\nThe analysis the matching rules need, one thread, before any fact is judged (this package's library), beside `rg -F -i -c -f terms.txt corpus/ -j1` (best of 3: {rg:.3} s):\n"
    );
    println!("| stage | wall | ×rg -j1 |\n|---|---|---|");
    for (k, stage) in stages.iter().enumerate() {
        let start = Instant::now();
        let mut seen = 0usize;
        for f in &listing.files {
            let Ok(Read::Document(doc)) = fc_corpus::read(f) else {
                continue;
            };
            seen += match k {
                0 => doc.text.len(),
                1 => factcheck::text::tokenize(&doc.text[doc.body_start..], 0).len(),
                _ => {
                    let a = Analysis::new(&doc);
                    let mut n = a.tokens.len() + a.sentences.len();
                    if k == 3 {
                        n += a.dates().len() + a.numbers().len() + a.cues().len();
                    }
                    n
                }
            };
        }
        std::hint::black_box(seen);
        let wall = start.elapsed();
        println!(
            "| {stage} | {} | {:.1}× |",
            secs(wall),
            wall.as_secs_f64() / rg.max(1e-9)
        );
    }
    println!(
        "| the whole cold `check`, one thread (row 6) | {} | {:.1}× |",
        secs(one_thread_check),
        one_thread_check.as_secs_f64() / rg.max(1e-9)
    );
    true
}

/// "label: identical (sha256 …)" or "label: **differ** (name sha, …)".
fn identity_line(label: &str, runs: &[(&str, &Run)]) -> String {
    if runs.iter().any(|(_, r)| !r.ok()) {
        return format!("{label}: not compared (a run failed)");
    }
    let hashes: Vec<(&str, String)> = runs
        .iter()
        .map(|(n, r)| (*n, hash(&r.stdout).unwrap_or_else(|| "unreadable".into())))
        .collect();
    if runs.len() < 2 {
        return format!("{label}: nothing to compare");
    }
    let empty = runs
        .iter()
        .all(|(_, r)| fs::metadata(&r.stdout).is_ok_and(|m| m.len() == 0));
    if empty {
        format!("{label}: **all empty**, nothing compared")
    } else if hashes.windows(2).all(|w| w[0].1 == w[1].1) {
        format!("{label}: byte-identical (sha256 {}…)", hashes[0].1)
    } else {
        let list: Vec<String> = hashes.iter().map(|(n, h)| format!("{n} {h}")).collect();
        format!("{label}: **differ** ({})", list.join(", "))
    }
}

/// Times `cargo test --release --test claims` against `cargo nextest run --release
/// --test claims` in this repository, after a build and an untimed warm-up run;
/// false when a run failed.
fn nextest_rows(logs: &Path) -> bool {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let has_nextest = Command::new(&cargo)
        .args(["nextest", "--version"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !has_nextest {
        println!("- nextest not installed (`cargo install cargo-nextest`): no nextest row");
        return true;
    }
    let job = |args: &[&str]| Job::new(&cargo, repo).args(args.iter().copied());
    let build = job(&["test", "--release", "--test", "claims", "--no-run"]);
    let b = run(&build, logs, "nextest-build", false);
    let nb = run(
        &job(&[
            "nextest",
            "run",
            "--release",
            "--test",
            "claims",
            "--no-run",
        ]),
        logs,
        "nextest-build2",
        false,
    );
    if !b.ok() || !nb.ok() {
        return false;
    }
    // The warm-up: a cache the suite writes is then present for both timed runs.
    let test = job(&["test", "--release", "--test", "claims"]);
    let _ = run(&test, logs, "cargo-test-warmup", false);
    println!("| the repository's claim tests (built beforehand) | wall | ratio | target |");
    println!("|---|---|---|---|");
    let show = |r: &Run| {
        if r.ok() {
            secs(r.wall)
        } else {
            format!("failed (exit {})", r.code.unwrap_or(-1))
        }
    };
    // the whole test binary, then the per-claim tests only (without the four
    // review-loop trials, which run the binary on copies of a desk)
    let mut ok = true;
    for (tag, skip, filter) in [
        ("", None, None),
        (
            "-claims-only",
            Some(["--", "--skip", "[review loop]"]),
            Some(["-E", "not test(/review loop/)"]),
        ),
    ] {
        let mut t_args = vec!["test", "--release", "--test", "claims"];
        t_args.extend(skip.iter().flatten());
        let mut n_args = vec!["nextest", "run", "--release", "--test", "claims"];
        n_args.extend(filter.iter().flatten());
        let t = run(&job(&t_args), logs, &format!("cargo-test{tag}"), false);
        let n = run(&job(&n_args), logs, &format!("nextest{tag}"), false);
        println!("| `cargo {}` | {} | 1.00× | |", t_args.join(" "), show(&t));
        let ratio = n.wall.as_secs_f64() / t.wall.as_secs_f64().max(1e-9);
        let met = if ratio <= 2.0 { "met" } else { "**missed**" };
        println!(
            "| `cargo {}` | {} | {ratio:.2}× | ≤2×: {met} |",
            n_args.join(" "),
            show(&n)
        );
        ok &= t.ok() && n.ok();
    }
    floor_rows(logs, &cargo);
    // cargo test exits 101 on a failing test: report it but it is not a crash.
    ok
}

/// What nextest costs by itself: as many empty tests as the suite has claims, in a
/// crate of their own (no dependency, built offline in the logs folder), under
/// `cargo test` and `cargo nextest run`. nextest runs each test in a process of its
/// own, so its ratio to `cargo test` has this floor whatever a test does.
fn floor_rows(logs: &Path, cargo: &std::ffi::OsStr) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let listed = Command::new(cargo)
        .args(["test", "--release", "--test", "claims", "--", "--list"])
        .current_dir(repo)
        .stderr(Stdio::null())
        .output();
    let n = listed.map_or(0, |o| {
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .filter(|l| l.ends_with(": test") && !l.contains("[review loop]"))
            .count()
    });
    let dir = logs.join("floor");
    let made = fs::create_dir_all(dir.join("tests"))
        .and_then(|()| {
            fs::write(
                dir.join("Cargo.toml"),
                "[package]\nname = \"floor\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[workspace]\n",
            )
        })
        .and_then(|()| fs::create_dir_all(dir.join("src")))
        .and_then(|()| fs::write(dir.join("src/lib.rs"), ""))
        .and_then(|()| {
            let tests: String = (0..n)
                .map(|i| format!("#[test]\nfn t{i}() {{ assert_eq!(1 + 1, 2); }}\n"))
                .collect();
            fs::write(dir.join("tests/t.rs"), tests)
        });
    if n == 0 || made.is_err() {
        println!(
            "- nextest floor: not measured (no claim listed, or {})",
            dir.display()
        );
        return;
    }
    let job = |args: &[&str]| {
        Job::new(cargo, &dir)
            .args(args.iter().copied())
            .env("CARGO_TARGET_DIR", &dir.join("target").to_string_lossy())
    };
    let b = run(
        &job(&["test", "--release", "--offline", "--no-run"]),
        logs,
        "floor-build",
        false,
    );
    let _ = run(
        &job(&["nextest", "run", "--release", "--offline", "--no-run"]),
        logs,
        "floor-build2",
        false,
    );
    let _ = run(
        &job(&["test", "--release", "--offline"]),
        logs,
        "floor-warmup",
        false,
    );
    let t = run(
        &job(&["test", "--release", "--offline"]),
        logs,
        "floor-test",
        false,
    );
    let x = run(
        &job(&["nextest", "run", "--release", "--offline"]),
        logs,
        "floor-nextest",
        false,
    );
    if !(b.ok() && t.ok() && x.ok()) {
        println!("- nextest floor: a run failed (see {})", logs.display());
        return;
    }
    let ratio = x.wall.as_secs_f64() / t.wall.as_secs_f64().max(1e-9);
    println!(
        "| floor: {n} empty tests in a crate of their own, `cargo test --release` | {} | 1.00× | |",
        secs(t.wall)
    );
    println!(
        "| floor: the same {n} empty tests, `cargo nextest run --release` | {} | {ratio:.2}× | nextest's own cost: a process per test |",
        secs(x.wall)
    );
}
