//! The `factcheck` command line: parses arguments, calls the library, prints, and
//! turns the outcome into an exit status (0 every expectation met, 1 some claim
//! missed its `expect`, 2 the suite could not be read).

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};
use factcheck::Paths;
use factcheck::diag::Diagnostic;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit statuses.
const MET: u8 = 0;
const NOT_MET: u8 = 1;
const BAD_INPUT: u8 = 2;

#[derive(Parser)]
#[command(
    name = "factcheck",
    version,
    about = "Check fact-check claims against a corpus of articles"
)]
struct Cli {
    #[command(flatten)]
    at: Locations,
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct Locations {
    /// The suite's root folder
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    /// The claims folder [default: ROOT/claims]
    #[arg(long, global = true)]
    claims: Option<PathBuf>,
    /// The corpus folder [default: ROOT/corpus]
    #[arg(long, global = true)]
    corpus: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Match every claim against the corpus and print the verdict report
    Check {
        /// Output format
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Check only the claim with this id or the claims with this tag (repeatable)
        #[arg(long, value_name = "ID|TAG")]
        only: Vec<String>,
    },
    /// Show one claim's facts with each evidence window, matches marked, and the
    /// near misses of facts without evidence
    Explain {
        /// The claim's id
        id: String,
    },
    /// Check the suite without a report; print warnings for likely mistakes
    Lint {
        /// Exit 1 when there are warnings
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Which claims would change verdict or evidence if these articles were added
    /// (nothing is written)
    Impact {
        /// Article files (.txt or .md)
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Exit 1 when any claim's verdict would change (for CI)
        #[arg(long)]
        fail_on_change: bool,
    },
    /// Manage the corpus
    Corpus {
        #[command(subcommand)]
        action: CorpusCommand,
    },
}

#[derive(Subcommand)]
enum CorpusCommand {
    /// Copy an article into the corpus with front matter; prints its id
    Add(factcheck::add::AddRequest),
}

/// Prints diagnostics to stderr; paths, relative to the suite's root, are shown so
/// that they open from the current directory.
fn print_warnings(root: &Path, diags: &[Diagnostic]) {
    let mut err = anstream::stderr().lock();
    for d in diags {
        let mut d = d.clone();
        if !d.path.as_os_str().is_empty() && d.path.is_relative() && root != Path::new(".") {
            d.path = root.join(&d.path);
        }
        let _ = write!(err, "{d}");
    }
}

/// Prints the errors that stopped a command, and how many there were.
fn print_diagnostics(root: &Path, diags: &[Diagnostic]) {
    print_warnings(root, diags);
    let mut err = anstream::stderr().lock();
    let errors = diags.len();
    let _ = writeln!(
        err,
        "\x1b[1m\x1b[31merror\x1b[0m: {errors} problem{} found; nothing was done",
        if errors == 1 { "" } else { "s" }
    );
}

/// Whether stdout shows colour: a terminal, and `NO_COLOR` unset (or forced).
fn stdout_colour() -> bool {
    anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
}

fn run(cli: Cli) -> Result<u8> {
    let paths = Paths::new(cli.at.root, cli.at.claims, cli.at.corpus);
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
        Command::Check { format, only } => {
            let report = or_bad_input!(factcheck::run(&paths, &only));
            print_warnings(&paths.root, &report.warnings);
            match format {
                Format::Text => report.write_text(&mut out)?,
                Format::Json => report.write_json(&mut out)?,
            }
            if report.all_met() { MET } else { NOT_MET }
        }
        Command::Explain { id } => {
            let colour = stdout_colour();
            let (suite, corpus) = or_bad_input!(factcheck::load(&paths));
            let explanation = or_bad_input!(factcheck::explain::explain(&suite, &corpus, &id));
            explanation.write_text(&mut out, colour)?;
            MET
        }
        Command::Lint { deny_warnings } => {
            let (suite, corpus) = or_bad_input!(factcheck::load(&paths));
            let warnings = or_bad_input!(factcheck::lint::lint(&suite, &corpus));
            print_warnings(&paths.root, &warnings);
            let n = warnings.len();
            writeln!(
                out,
                "{} claims, {} documents: {n} warning{}",
                suite.claims.len(),
                corpus.len(),
                if n == 1 { "" } else { "s" }
            )?;
            if deny_warnings && n > 0 { NOT_MET } else { MET }
        }
        Command::Impact {
            files,
            format,
            fail_on_change,
        } => {
            let (suite, corpus) = or_bad_input!(factcheck::load(&paths));
            let impact = or_bad_input!(factcheck::impact::impact(&paths, &suite, &corpus, &files));
            match format {
                Format::Text => impact.write_text(&mut out)?,
                Format::Json => impact.write_json(&mut out)?,
            }
            if fail_on_change && impact.any_flip() {
                NOT_MET
            } else {
                MET
            }
        }
        Command::Corpus {
            action: CorpusCommand::Add(req),
        } => {
            let added = or_bad_input!(factcheck::add::add(&paths, &req).map_err(|d| vec![d]));
            if let Some(dup) = &added.duplicate_of {
                let counts = match &added.outlet {
                    Some(o) => format!("it counts as a source of outlet `{o}`"),
                    None => "neither has an outlet, so it counts as an independent source; give both the same outlet to count them once".to_string(),
                };
                writeln!(
                    out,
                    "note: same text as `{dup}`; added as a syndicated copy ({counts})"
                )?;
            }
            writeln!(out, "added {} as `{}`", added.path.display(), added.id)?;
            MET
        }
    };
    out.flush()?;
    Ok(code)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // a closed pipe (`factcheck check | head`) is not an error worth a message
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::from(MET);
            }
            let _ = writeln!(anstream::stderr(), "error: {e:#}");
            ExitCode::from(BAD_INPUT)
        }
    }
}
