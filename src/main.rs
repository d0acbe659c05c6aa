//! The `factcheck` command line: parses arguments, calls the library, prints, and
//! turns the outcome into an exit status (0 every expectation met, 1 some claim
//! missed its `expect`, 2 the suite could not be read).

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};
use factcheck::Paths;
use factcheck::diag::Diagnostic;
use std::io::Write;
use std::path::PathBuf;
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
        #[command(flatten)]
        at: Locations,
        /// Output format
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Check only the claim with this id or the claims with this tag (repeatable)
        #[arg(long, value_name = "ID|TAG")]
        only: Vec<String>,
    },
}

fn print_diagnostics(diags: &[Diagnostic]) {
    let mut err = anstream::stderr().lock();
    for d in diags {
        let _ = write!(err, "{d}");
    }
    let errors = diags.len();
    let _ = writeln!(
        err,
        "\x1b[1m\x1b[31merror\x1b[0m: {errors} problem{} found; nothing was checked",
        if errors == 1 { "" } else { "s" }
    );
}

fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Check { at, format, only } => {
            let paths = Paths::new(at.root, at.claims, at.corpus);
            let report = match factcheck::run(&paths, &only) {
                Ok(r) => r,
                Err(diags) => {
                    print_diagnostics(&diags);
                    return Ok(BAD_INPUT);
                }
            };
            let mut out = anstream::stdout().lock();
            match format {
                Format::Text => report.write_text(&mut out)?,
                Format::Json => report.write_json(&mut out)?,
            }
            out.flush()?;
            Ok(if report.all_met() { MET } else { NOT_MET })
        }
    }
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
