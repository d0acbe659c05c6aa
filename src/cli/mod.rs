//! The `factcheck` command line: parses arguments ([`args`]), calls the library,
//! prints, and turns the outcome into an exit status ([`exit`]). The top layer: the
//! only code that prints, and the only code that decides colour.

mod add;
pub mod args;
pub mod exit;

use crate::check::{self, explain, impact, lint};
use crate::corpus;
use crate::diag::{Diagnostic, Severity};
use crate::report::style::{BOLD, RED};
use crate::report::{Paint, write_json};
use crate::text::{escaped, plural, sanitize};
use anyhow::Result;
use args::{Cli, ColorWhen, Command, CorpusCommand, Format};
use exit::{BAD_INPUT, MET, NOT_MET};
use std::io::Write;
use std::path::{Path, PathBuf};
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

/// A path shown relative to the suite's root, as it opens from the current directory.
fn from_here(root: &Path, path: &Path) -> PathBuf {
    if !path.as_os_str().is_empty() && path.is_relative() && root != Path::new(".") {
        root.join(path)
    } else {
        path.to_path_buf()
    }
}

/// Prints diagnostics to stderr, their paths as they open from the current directory
/// (with `-q`, only the errors).
fn print_warnings(root: &Path, diags: &[Diagnostic]) {
    let mut err = anstream::stderr().lock();
    for d in diags {
        if quiet() && d.severity == Severity::Warning {
            continue;
        }
        let mut d = d.clone();
        d.path = from_here(root, &d.path);
        let _ = write!(err, "{d}");
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

fn run(cli: Cli) -> Result<u8> {
    let paths = cli.at.paths();
    let quiet = cli.conventions.quiet;
    QUIET.store(quiet, Ordering::Relaxed);
    let paint = paint_for(&std::io::stdout());
    let mut out = anstream::stdout().lock();
    macro_rules! or_bad_input {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(diags) => {
                    print_diagnostics(&paths.root, &diags);
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
        } => {
            let report = or_bad_input!(check::claim_files::run_selected(
                &paths,
                &claim_files,
                &only
            ));
            print_warnings(&paths.root, &report.warnings);
            match format {
                Format::Text => report.write_text_with(&mut out, paint, quiet)?,
                Format::Json => write_json(&mut out, &report)?,
            }
            if report.all_met() { MET } else { NOT_MET }
        }
        Command::Explain { id } => {
            let loaded = or_bad_input!(check::load(&paths));
            print_warnings(&paths.root, &loaded.warnings);
            let explanation = or_bad_input!(explain::explain(&loaded.suite, &loaded.files, &id));
            explanation.write_text(&mut out, paint)?;
            MET
        }
        Command::Lint { deny_warnings } => {
            let loaded = or_bad_input!(check::load(&paths));
            let mut warnings = loaded.warnings;
            warnings.extend(or_bad_input!(lint::lint(&loaded.suite, &loaded.files)));
            print_warnings(&paths.root, &warnings);
            writeln!(
                out,
                "{}, {}: {}",
                plural(loaded.suite.claims.len(), "claim"),
                plural(loaded.files.len(), "document"),
                plural(warnings.len(), "warning")
            )?;
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
            meta,
        } => {
            let loaded = or_bad_input!(check::load(&paths));
            print_warnings(&paths.root, &loaded.warnings);
            let given = corpus::NewMeta::from(meta);
            let impact = or_bad_input!(impact::impact(
                &paths,
                &loaded.suite,
                &loaded.files,
                &files,
                &given
            ));
            match format {
                Format::Text => impact.write_text(&mut out, paint)?,
                Format::Json => write_json(&mut out, &impact)?,
            }
            if fail_on_change && impact.any_flip() {
                NOT_MET
            } else {
                MET
            }
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
    match when.as_deref() {
        Some("always") => clap::ColorChoice::Always,
        Some("never") => clap::ColorChoice::Never,
        _ => clap::ColorChoice::Auto,
    }
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
            match cli.conventions.color {
                ColorWhen::Auto => {}
                ColorWhen::Always => anstream::ColorChoice::Always.write_global(),
                ColorWhen::Never => anstream::ColorChoice::Never.write_global(),
            }
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
