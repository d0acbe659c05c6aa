//! The `factcheck` command line: parses arguments ([`args`]), calls the library,
//! prints, and turns the outcome into an exit status ([`exit`]). The top layer: the
//! only code that prints, and the only code that decides colour.

pub mod args;
pub mod exit;

use crate::check::{self, explain, impact, lint};
use crate::corpus;
use crate::diag::{Diagnostic, Severity};
use crate::report::style::{BOLD, RED};
use crate::report::{NearCopyRecord, Paint, write_json};
use crate::text::{escaped, plural, sanitize};
use anyhow::Result;
use args::{Cli, Command, CorpusCommand, Format};
use clap::Parser;
use exit::{BAD_INPUT, MET, NOT_MET};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Whether a stream shows colour: a terminal, and `NO_COLOR` unset (or forced).
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

/// Prints diagnostics to stderr, their paths as they open from the current directory.
fn print_warnings(root: &Path, diags: &[Diagnostic]) {
    let mut err = anstream::stderr().lock();
    for d in diags {
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
        Command::Check { format, only } => {
            let report = or_bad_input!(check::run(&paths, &only));
            print_warnings(&paths.root, &report.warnings);
            match format {
                Format::Text => report.write_text(&mut out, paint)?,
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
        Command::Init(args) => {
            let req = args.request(&paths.root);
            let created = or_bad_input!(crate::init::init(&req).map_err(|d| vec![d]));
            print_created(&mut out, &req, &created)?;
            MET
        }
        Command::Corpus {
            action: CorpusCommand::Add(args),
        } => {
            let req = corpus::AddRequest::from(args);
            let added = or_bad_input!(corpus::add(&paths, &req).map_err(|d| vec![d]));
            if let Some(dup) = &added.duplicate_of {
                let counts = match &added.outlet {
                    Some(o) => format!("it counts as a source of outlet `{o}`"),
                    None => "neither has an outlet, so it counts as an independent source; give both the same outlet to count them once".to_string(),
                };
                writeln!(
                    out,
                    "note: same text as `{}`; added as a syndicated copy ({})",
                    sanitize(dup),
                    sanitize(&counts)
                )?;
            }
            if let (Some(n), None) = (&added.near_copy, &added.duplicate_of) {
                let share = NearCopyRecord::share(n.percent, n.new_is_shorter);
                writeln!(
                    out,
                    "note: a near copy of `{}` ({share}); the two count as one independent source",
                    sanitize(&n.id)
                )?;
            }
            if let (false, Some(name)) = (added.same_source.is_empty(), &added.source_name) {
                const SHOWN: usize = 5;
                let mut list: Vec<String> = added
                    .same_source
                    .iter()
                    .take(SHOWN)
                    .map(|d| format!("`{}`", sanitize(d)))
                    .collect();
                if added.same_source.len() > SHOWN {
                    list.push(format!("{} more", added.same_source.len() - SHOWN));
                }
                writeln!(
                    out,
                    "note: same outlet or via as {} (`{}`); they count as one independent source",
                    list.join(", "),
                    sanitize(name)
                )?;
            }
            writeln!(
                out,
                "added {} as `{}`",
                escaped(from_here(&paths.root, &added.path).display()),
                sanitize(&added.id)
            )?;
            MET
        }
    };
    out.flush()?;
    Ok(code)
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
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
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
