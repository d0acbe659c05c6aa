//! The text report of `check`: claims grouped by file, one line each, failures
//! explained, then a summary.

use super::record::Report;
use super::snapshot::failure;
use super::style::{BOLD, DIM, GREEN, MAGENTA, Paint, RED, YELLOW};
use crate::engine::model::Verdict;
use crate::text::sanitize;
use anstyle::Style;
use std::io::{self, Write};

impl Report {
    /// The report for people: claims grouped by file, one line each, failures
    /// explained, then a summary.
    pub fn write_text(&self, out: &mut dyn Write, paint: Paint) -> io::Result<()> {
        self.write_text_with(out, paint, false)
    }

    /// The report for people; with `quiet` (`-q`), only the claims that miss their
    /// expect, explained and grouped by file, and the status line (`ok: …` or
    /// `FAILED: …`).
    pub fn write_text_with(
        &self,
        out: &mut dyn Write,
        paint: Paint,
        quiet: bool,
    ) -> io::Result<()> {
        let width = self.claims.iter().map(|c| c.id.len()).max().unwrap_or(0);
        let mut file = None;
        for c in &self.claims {
            if quiet && c.met != Some(false) {
                continue;
            }
            if file != Some(&c.file) {
                if file.is_some() {
                    writeln!(out)?;
                }
                writeln!(out, "{}", paint.paint(&[BOLD], sanitize(&c.file)))?;
                file = Some(&c.file);
            }
            let mark = match c.met {
                Some(true) => paint.paint(&[GREEN], "✓"),
                Some(false) => paint.paint(&[RED, BOLD], "✗"),
                None => paint.paint(&[DIM], "·"),
            };
            let verdict = paint.paint(&[colour(c.verdict)], format!("{:<12}", c.verdict.as_str()));
            writeln!(
                out,
                "  {mark} {verdict} {:<width$}  {}",
                c.id,
                sanitize(&c.statement)
            )?;
            if c.met == Some(false) {
                for line in failure(c).lines().skip(1) {
                    writeln!(out, "      {}", paint.paint(&[DIM], line))?;
                }
            } else if c.has_sources()
                && (c.min_sources > 1 || c.source_count() < c.document_count())
            {
                // where independence decides or documents were counted as one source
                let line = format!("sources: {}", c.sources_text());
                writeln!(out, "      {}", paint.paint(&[DIM], line))?;
                for line in c.near_copies_text() {
                    writeln!(out, "        {}", paint.paint(&[DIM], line))?;
                }
            }
        }
        let s = &self.summary;
        let v = &s.verdicts;
        if file.is_some() {
            // a blank line after the claims, none where no claim was listed
            writeln!(out)?;
        }
        let status = if s.failed == 0 {
            paint.paint(&[GREEN, BOLD], "ok")
        } else {
            paint.paint(&[RED, BOLD], "FAILED")
        };
        writeln!(out, "{status}: {}", s.counts_text())?;
        if quiet {
            return Ok(());
        }
        writeln!(
            out,
            "verdicts: {} supported, {} contradicted, {} disputed, {} partial, {} unverified",
            v.supported, v.contradicted, v.disputed, v.partial, v.unverified
        )
    }
}

fn colour(v: Verdict) -> Style {
    match v {
        Verdict::Supported => GREEN,
        Verdict::Contradicted => RED,
        Verdict::Disputed => MAGENTA,
        Verdict::Partial => YELLOW,
        Verdict::Unverified => DIM,
    }
}
