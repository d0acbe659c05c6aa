//! `corpus add FILE...`: each article added in order, each line of output naming its
//! file; the first one refused stops the run (the ones before it stay added).

use super::args::AddArgs;
use super::exit::{BAD_INPUT, MET};
use super::{from_here, paint_for, print_diagnostics, print_warnings};
use crate::corpus::{self, Added};
use crate::paths::Paths;
use crate::report::NearCopyRecord;
use crate::report::style::{BOLD, RED};
use crate::text::{escaped, sanitize};
use std::io::{self, Write};

/// Adds every file of `args`, printing what was added; the exit status.
pub(super) fn add_all(
    paths: &Paths,
    args: AddArgs,
    out: &mut dyn Write,
    quiet: bool,
) -> io::Result<u8> {
    let several = args.files.len() > 1;
    // refused before anything is written
    let refused = corpus::input::check_batch(
        &args.files,
        args.meta.id.is_some(),
        "add them one at a time with --id, or leave --id out",
    );
    if !refused.is_empty() {
        print_diagnostics(&paths.root, &refused);
        return Ok(BAD_INPUT);
    }
    let requests = args.requests();
    // as each opens from here (or `<stdin>`)
    let names: Vec<String> = requests
        .iter()
        .map(|r| escaped(corpus::input::shown(paths, &r.file).display()))
        .collect();
    let mut done: Vec<String> = Vec::new();
    for (i, req) in requests.iter().enumerate() {
        let given = names[i].clone();
        match corpus::add(paths, req) {
            Ok(added) => {
                // each line names its file when there are several
                let prefix = if several {
                    format!("{given}: ")
                } else {
                    String::new()
                };
                if quiet {
                    writeln!(out, "{}", sanitize(&added.id))?;
                } else {
                    write_added(out, paths, &added, &prefix)?;
                }
                out.flush()?;
                done.push(given);
            }
            Err(d) if done.is_empty() => {
                print_diagnostics(&paths.root, &[d]);
                return Ok(BAD_INPUT);
            }
            Err(d) => {
                print_warnings(&paths.root, &[d]);
                stopped(&given, &done, &names[i + 1..])?;
                return Ok(BAD_INPUT);
            }
        }
    }
    Ok(MET)
}

/// Says where a run of several adds stopped, what stays added and what was not
/// tried.
fn stopped(at: &str, done: &[String], not_tried: &[String]) -> io::Result<()> {
    let paint = paint_for(&std::io::stderr());
    let mut err = anstream::stderr().lock();
    let mut line = format!(
        "{}: stopped at {at}, which was not added; added before it: {}",
        paint.paint(&[BOLD, RED], "error"),
        done.join(", ")
    );
    if !not_tried.is_empty() {
        line.push_str(&format!("; not tried: {}", not_tried.join(", ")));
    }
    writeln!(err, "{line}")
}

/// What adding one article did: notes on copies and sources, then `added PATH as
/// `ID``, each line after `prefix`.
fn write_added(out: &mut dyn Write, paths: &Paths, added: &Added, prefix: &str) -> io::Result<()> {
    if let Some(dup) = &added.duplicate_of {
        let counts = match &added.outlet {
            Some(o) => format!("it counts as a source of outlet `{o}`"),
            None => "neither has an outlet, so it counts as an independent source; give both the same outlet to count them once".to_string(),
        };
        writeln!(
            out,
            "{prefix}note: same text as `{}`; added as a syndicated copy ({})",
            sanitize(dup),
            sanitize(&counts)
        )?;
    }
    if let (Some(n), None) = (&added.near_copy, &added.duplicate_of) {
        let share = NearCopyRecord::share(n.percent, n.new_is_shorter);
        writeln!(
            out,
            "{prefix}note: a near copy of `{}` ({share}); the two count as one independent source",
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
            "{prefix}note: same outlet or via as {} (`{}`); they count as one independent source",
            list.join(", "),
            sanitize(name)
        )?;
    }
    writeln!(
        out,
        "{prefix}added {} as `{}`",
        escaped(from_here(&paths.root, &added.path).display()),
        sanitize(&added.id)
    )
}
