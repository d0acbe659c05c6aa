//! The `factcheck` command line: parses arguments ([`args`]), calls the library,
//! prints, and turns the outcome into an exit status ([`exit`]). The top layer: the
//! only code that prints, and the only code that decides colour.

mod add;
pub mod args;
pub mod exit;

use crate::check::{self, explain, impact, lint};
use crate::corpus;
use crate::diag::{Diagnostic, Severity};
use crate::paths::from_here;
use crate::report::style::{BOLD, RED};
use crate::report::{
    Diagnostics, EVIDENCE_SHOWN, LintReport, Paint, claim_reviews, write_check_github,
    write_check_sarif, write_json, write_junit, write_lint_github, write_lint_sarif,
};
use crate::suite;
use crate::text::{escaped, plural, sanitize};
use anyhow::Result;
use args::{Cli, ColorWhen, Command, CorpusCommand, Format, LintFormat, ViewFormat};
use clap::ValueEnum;
use exit::{BAD_INPUT, MET, NOT_MET};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

/// `-q`: warnings are not printed. One switch for the whole run (like anstream's
/// colour choice), so every printer of warnings obeys it without being told.
static QUIET: AtomicBool = AtomicBool::new(false);

fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Whether a stream shows colour: `--color always|never`, else a terminal and
/// `NO_COLOR` unset (or `CLICOLOR_FORCE` set).
fn paint_for(stream: &impl anstream::stream::RawStream) -> Paint {
    Paint::new(anstream::AutoStream::choice(stream) != anstream::ColorChoice::Never)
}

/// Diagnostics with their paths as they open from the current directory.
fn placed_from_here(root: &Path, diags: &[Diagnostic]) -> Vec<Diagnostic> {
    diags
        .iter()
        .map(|d| {
            let mut d = d.clone();
            d.path = from_here(root, &d.path);
            d
        })
        .collect()
}

/// Prints diagnostics to stderr, their paths as they open from the current directory
/// (with `-q`, only the errors).
fn print_warnings(root: &Path, diags: &[Diagnostic]) {
    let mut err = anstream::stderr().lock();
    for d in placed_from_here(root, diags) {
        if quiet() && d.severity == Severity::Warning {
            continue;
        }
        let _ = write!(err, "{d}");
    }
}

/// Warnings of a command that went on: as text, or under `--format json` as one
/// JSON document on stderr (`{"version": 1, "warnings": [...]}`; nothing when
/// there are none).
fn print_warnings_as(root: &Path, diags: &[Diagnostic], json: bool) {
    if !json {
        return print_warnings(root, diags);
    }
    if !diags.is_empty() {
        let shown = Diagnostics::warnings(&placed_from_here(root, diags));
        let _ = write_json(&mut std::io::stderr().lock(), &shown);
    }
}

/// The errors that stopped a command: as text, or under `--format json` as one JSON
/// document on stderr (`{"version": 1, "errors": [...]}`).
fn print_errors(root: &Path, diags: &[Diagnostic], json: bool) {
    if json {
        let shown = Diagnostics::errors(&placed_from_here(root, diags));
        let _ = write_json(&mut std::io::stderr().lock(), &shown);
    } else {
        print_diagnostics(root, diags);
    }
}

/// Both results, or the diagnostics of both.
fn both<A, B>(
    a: Result<A, Vec<Diagnostic>>,
    b: Result<B, Vec<Diagnostic>>,
) -> Result<(A, B), Vec<Diagnostic>> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (a, b) => {
            let mut errors = a.err().unwrap_or_default();
            errors.extend(b.err().unwrap_or_default());
            Err(errors)
        }
    }
}

/// Prints the errors that stopped a command, and how many there were.
fn print_diagnostics(root: &Path, diags: &[Diagnostic]) {
    print_warnings(root, diags);
    let paint = paint_for(&std::io::stderr());
    let mut err = anstream::stderr().lock();
    let _ = writeln!(
        err,
        "{}: {} found; nothing was done",
        paint.paint(&[BOLD, RED], "error"),
        plural(
            diags
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count(),
            "problem"
        )
    );
}

/// A progress bar on stderr when it is a terminal (and not `-q`): `{prefix} [===> ]
/// 12/300 {unit}`, drawn from its first tick on.
fn progress_bar(quiet: bool, prefix: &'static str, unit: &str) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    (!quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::hidden();
        bar.set_style(
            indicatif::ProgressStyle::with_template(&format!(
                "{{prefix}} [{{bar:30}}] {{pos}}/{{len}} {unit} ({{rate}}, {{eta}} left)"
            ))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            // indicatif's own `per_sec` shows four decimals (`583.5226/s`)
            .with_key(
                "rate",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{}/s", rate(state.per_sec()));
                },
            )
            .progress_chars("=> "),
        );
        bar.set_prefix(prefix);
        bar
    })
}

/// A progress bar's rate: whole numbers from 10 a second, one decimal below.
fn rate(per_sec: f64) -> String {
    if per_sec >= 10.0 {
        format!("{per_sec:.0}")
    } else {
        format!("{per_sec:.1}")
    }
}

/// What tells `bar` (done, of all): it shows itself on the first tick, and a later
/// pass that counts its own things resets its length.
fn progress_of(bar: &indicatif::ProgressBar) -> check::tally::Progress {
    let bar = bar.clone();
    check::tally::Progress(std::sync::Arc::new(move |done, all| {
        if bar.is_hidden() && all > 0 {
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
        // a later pass (the windows of JSON) counts its own articles
        if bar.length() != Some(all as u64) {
            bar.set_length(all as u64);
        }
        bar.set_position(done as u64);
    }))
}

/// How the tally pass runs: with the cache unless `--no-cache`, and a progress bar
/// on stderr when it is a terminal (and not `-q`).
fn tallied(
    paths: &crate::Paths,
    no_cache: bool,
    quiet: bool,
) -> (check::tally::Tallied, Option<indicatif::ProgressBar>) {
    let bar = progress_bar(quiet, "checking", "articles");
    let how = check::tally::Tallied {
        cache: (!no_cache).then(|| check::cache::folder(&paths.root)),
        shown: crate::report::EVIDENCE_SHOWN,
        progress: bar.as_ref().map(progress_of),
        read_only: false,
    };
    (how, bar)
}

fn run(cli: Cli) -> Result<u8> {
    let paths = cli.at.paths();
    let json_errors = cli.command.json_errors();
    let quiet = cli.conventions.quiet;
    QUIET.store(quiet, Ordering::Relaxed);
    let paint = paint_for(&std::io::stdout());
    let mut out = anstream::stdout().lock();
    macro_rules! or_bad_input {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(diags) => {
                    print_errors(&paths.root, &diags, json_errors);
                    return Ok(BAD_INPUT);
                }
            }
        };
    }
    let code = match cli.command {
        Command::Check {
            claim_files,
            format,
            only,
            no_cache,
        } if format.keeps_every_window() => {
            // every window, found with the tallies and written claim by claim; bytes
            // for machines: no colour to strip, straight to stdout
            let (how, bar) = tallied(&paths, no_cache, quiet);
            let checked = both(
                suite::config::read(&paths),
                check::claim_files::run_selected_every(&paths, &claim_files, &only, &how),
            );
            if let Some(bar) = bar {
                bar.finish_and_clear();
            }
            let (_, (mut every, warnings)) = or_bad_input!(checked);
            print_warnings_as(&paths.root, &warnings, json_errors);
            let bar = progress_bar(quiet, "writing", "claims");
            every.set_progress(bar.as_ref().map(progress_of));
            let mut stdout = std::io::stdout().lock();
            match format {
                Format::Json => every.write_json(&mut stdout)?,
                Format::Jsonl => every.write_jsonl(&mut stdout)?,
                _ => every.write_fever(&mut stdout)?,
            }
            if let Some(bar) = bar {
                bar.finish_and_clear();
            }
            if every.all_met() { MET } else { NOT_MET }
        }
        Command::Check {
            claim_files,
            format,
            only,
            no_cache,
        } => {
            // the first few windows of each fact and stance, from tallies and the cache
            let (how, bar) = tallied(&paths, no_cache, quiet);
            let windows = check::Windows::First(how);
            // factcheck.toml is checked by every check, not first when publishing
            let checked = both(
                suite::config::read(&paths),
                check::claim_files::run_selected(&paths, &claim_files, &only, &windows),
            );
            if let Some(bar) = bar {
                bar.finish_and_clear();
            }
            let (config, report) = or_bad_input!(checked);
            print_warnings_as(&paths.root, &report.warnings, json_errors);
            let all_met = report.all_met();
            let report = report.bounded(EVIDENCE_SHOWN);
            match format {
                Format::Text => report.write_text_with(&mut out, paint, quiet)?,
                Format::Json | Format::Jsonl | Format::Fever => {
                    unreachable!("the formats that keep every window are the arm above")
                }
                Format::Html => report.write_html(&mut out)?,
                Format::Claimreview => {
                    let reviews = claim_reviews(&report, config.desk.as_ref());
                    crate::report::claimreview::write_json_ld(&mut out, &reviews)?
                }
                Format::Junit => write_junit(&mut out, &report)?,
                Format::Sarif => write_check_sarif(&mut out, &report)?,
                Format::Github => write_check_github(&mut out, &report, &paths.root)?,
            }
            // the process ends next: freeing the report's allocations one by one
            // would only delay the exit
            crate::check::drop_aside(report);
            if all_met { MET } else { NOT_MET }
        }
        Command::Explain {
            id,
            format,
            no_cache,
        } => {
            let (how, bar) = tallied(&paths, no_cache, quiet);
            let explained = explain::explain_cached(&paths, &id, &how);
            if let Some(bar) = bar {
                bar.finish_and_clear();
            }
            let (explanation, warnings) = or_bad_input!(explained);
            print_warnings_as(&paths.root, &warnings, json_errors);
            match format {
                ViewFormat::Text => explanation.write_text(&mut out, paint)?,
                ViewFormat::Json => write_json(&mut out, &explanation.json())?,
            }
            MET
        }
        Command::Lint {
            deny_warnings,
            format,
        } => {
            let (_, loaded) = or_bad_input!(both(suite::config::read(&paths), check::load(&paths)));
            let mut warnings = loaded.warnings;
            warnings.extend(or_bad_input!(lint::lint(&loaded.suite, &loaded.files)));
            let linted = LintReport::new(loaded.suite.claims.len(), loaded.files.len(), &warnings);
            match format {
                LintFormat::Text => {
                    print_warnings(&paths.root, &warnings);
                    writeln!(out, "{}", linted.summary())?;
                }
                LintFormat::Json => write_json(&mut out, &linted)?,
                LintFormat::Sarif => write_lint_sarif(&mut out, &linted)?,
                LintFormat::Github => write_lint_github(&mut out, &linted, &paths.root)?,
            }
            if deny_warnings && !warnings.is_empty() {
                NOT_MET
            } else {
                MET
            }
        }
        Command::Impact {
            files,
            format,
            fail_on_change,
            no_cache,
            meta,
        } => {
            // the cache's files are read while the corpus is listed
            let cache = (!no_cache).then(|| check::cache::folder(&paths.root));
            let (loaded, early) = rayon::join(
                || check::load(&paths),
                || check::tally::Early::of(cache.as_deref()),
            );
            let loaded = or_bad_input!(loaded);
            print_warnings_as(&paths.root, &loaded.warnings, json_errors);
            let given = corpus::NewMeta::from(meta);
            let impact = or_bad_input!(impact::impact(
                &paths,
                &loaded.suite,
                &loaded.files,
                &files,
                &given,
                !no_cache,
                early
            ));
            match format {
                ViewFormat::Text => impact.write_text(&mut out, paint)?,
                ViewFormat::Json => write_json(&mut out, &impact)?,
            }
            if fail_on_change && impact.any_flip() {
                NOT_MET
            } else {
                MET
            }
        }
        Command::Init(args) => {
            let req = args.request(&paths.root);
            let created = or_bad_input!(crate::init::init(&req).map_err(|d| vec![d]));
            print_created(&mut out, &req, &created)?;
            MET
        }
        Command::Corpus {
            action: CorpusCommand::Add(args),
        } => add::add_all(&paths, args, &mut out, quiet)?,
        Command::Completions { shell } => {
            // the parser's own command, so completions never drift from it; built in
            // memory first, as clap_complete panics on a closed pipe
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut cmd, "factcheck", &mut script);
            out.write_all(&script)?;
            MET
        }
    };
    out.flush()?;
    Ok(code)
}

/// `--color` as clap's own `--help` output should honour it: clap prints help while
/// parsing, before `Cli` exists, so the value is read from the raw arguments.
fn help_color(args: &[std::ffi::OsString]) -> clap::ColorChoice {
    let mut when = None;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--color" {
            when = it.next().map(|v| v.into_owned());
        } else if let Some(v) = a.strip_prefix("--color=") {
            when = Some(v.to_string());
        }
    }
    when.and_then(|w| ColorWhen::from_str(&w, false).ok())
        .unwrap_or(ColorWhen::Auto)
        .for_clap()
}

/// What `init` wrote, and what to do next.
fn print_created(
    out: &mut impl Write,
    req: &crate::init::InitRequest,
    created: &crate::init::Created,
) -> Result<()> {
    let dir = escaped(created.dir.display());
    writeln!(out, "created a desk in {dir}:")?;
    for f in &created.files {
        writeln!(out, "  {}", sanitize(f))?;
    }
    match &req.source {
        crate::init::Source::Path(p) => writeln!(
            out,
            "factcheck is a dev-dependency by path ({}); name its git repository in Cargo.toml for CI",
            escaped(p.display())
        )?,
        crate::init::Source::Git(_) => {}
        crate::init::Source::Placeholder => writeln!(
            out,
            "note: factcheck's source was not found: Cargo.toml and the workflow name a placeholder \
             git URL; edit them, or run init again with --path DIR or --git URL"
        )?,
    }
    if created.dir == Path::new(".") {
        writeln!(out, "next: cargo test")?;
    } else {
        writeln!(out, "next: cd {dir} && cargo test")?;
    }
    Ok(())
}

/// The whole command line: parse, run, exit status.
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let parsed = <Cli as clap::CommandFactory>::command()
        .color(help_color(&args))
        .try_get_matches_from(&args)
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => {
            cli.conventions.color.apply();
            cli
        }
        Err(e) if !e.use_stderr() => e.exit(), // --help, --version
        Err(e) => {
            // clap's message quotes the arguments: escaped, like every user string
            let shown = e.render().to_string();
            let mut err = anstream::stderr().lock();
            for line in shown.lines() {
                let _ = writeln!(err, "{}", sanitize(line));
            }
            return ExitCode::from(BAD_INPUT);
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // a closed pipe (`factcheck check | head`) is not an error worth a message
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::from(MET);
            }
            let _ = writeln!(anstream::stderr(), "error: {}", escaped(format!("{e:#}")));
            ExitCode::from(BAD_INPUT)
        }
    }
}
