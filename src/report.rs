//! The verdict report: what `check` prints (text, JSON version 1), what the claim
//! tests snapshot, and the message a failing claim shows. Writers take any
//! `io::Write`; colour is plain ANSI, stripped by the caller when not wanted.

use crate::claims::{Claim, Scope};
use crate::matcher::{Evidence, Stance};
use crate::verdict::{FactVerdict, Verdict};
use serde::Serialize;
use std::fmt::Write as _;
use std::io::{self, Write};

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub version: u32,
    pub summary: Summary,
    pub claims: Vec<ClaimRecord>,
    /// Files skipped while reading the corpus (printed, not part of the report).
    #[serde(skip)]
    pub warnings: Vec<crate::diag::Diagnostic>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    pub supported: usize,
    pub contradicted: usize,
    pub disputed: usize,
    pub partial: usize,
    pub unverified: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub claims: usize,
    pub documents: usize,
    pub met: usize,
    pub failed: usize,
    pub verdicts: Counts,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimRecord {
    pub id: String,
    pub file: String,
    pub line: usize,
    pub statement: String,
    pub note: Option<String>,
    pub tags: Vec<String>,
    pub expect: Option<Verdict>,
    pub verdict: Verdict,
    /// `null` when the claim has no `expect`.
    pub met: Option<bool>,
    /// The claim's FEVER label.
    pub fever: &'static str,
    pub scope: &'static str,
    pub min_sources: usize,
    /// Documents supporting the claim (those supporting every fact, for
    /// `scope = "document"`).
    pub sources: Vec<String>,
    pub facts: Vec<FactRecord>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FactRecord {
    pub say: String,
    pub verdict: FactVerdict,
    pub evidence: Vec<Evidence>,
}

impl ClaimRecord {
    /// The supporting documents, for people: `a, b`, or `none`.
    pub fn sources_text(&self) -> String {
        if self.sources.is_empty() {
            "none".to_string()
        } else {
            self.sources.join(", ")
        }
    }

    pub fn new(
        claim: &Claim,
        verdict: Verdict,
        sources: Vec<String>,
        facts: Vec<FactRecord>,
    ) -> Self {
        Self {
            id: claim.id.clone(),
            file: claim.file.to_string_lossy().replace('\\', "/"),
            line: claim.line,
            statement: claim.statement.clone(),
            note: claim.note.clone(),
            tags: claim.tags.clone(),
            expect: claim.expect,
            verdict,
            met: claim.expect.map(|e| e == verdict),
            fever: verdict.fever(),
            scope: match claim.scope {
                Scope::Document => "document",
                Scope::Corpus => "corpus",
            },
            min_sources: claim.sources,
            sources,
            facts,
        }
    }
}

impl Report {
    pub fn new(claims: Vec<ClaimRecord>, documents: usize) -> Self {
        let mut verdicts = Counts::default();
        for c in &claims {
            *match c.verdict {
                Verdict::Supported => &mut verdicts.supported,
                Verdict::Contradicted => &mut verdicts.contradicted,
                Verdict::Disputed => &mut verdicts.disputed,
                Verdict::Partial => &mut verdicts.partial,
                Verdict::Unverified => &mut verdicts.unverified,
            } += 1;
        }
        Self {
            version: 1,
            summary: Summary {
                claims: claims.len(),
                documents,
                met: claims.iter().filter(|c| c.met == Some(true)).count(),
                failed: claims.iter().filter(|c| c.met == Some(false)).count(),
                verdicts,
            },
            claims,
            warnings: Vec::new(),
        }
    }

    /// Whether every claim with an `expect` met it.
    pub fn all_met(&self) -> bool {
        self.summary.failed == 0
    }

    pub fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, self)?;
        writeln!(out)
    }

    /// The report for people: claims grouped by file, one line each, failures
    /// explained, then a summary. ANSI colour codes are always written.
    pub fn write_text(&self, out: &mut dyn Write) -> io::Result<()> {
        let width = self.claims.iter().map(|c| c.id.len()).max().unwrap_or(0);
        let mut file = None;
        for c in &self.claims {
            if file != Some(&c.file) {
                if file.is_some() {
                    writeln!(out)?;
                }
                writeln!(out, "{BOLD}{}{RESET}", c.file)?;
                file = Some(&c.file);
            }
            let mark = match c.met {
                Some(true) => format!("{GREEN}✓{RESET}"),
                Some(false) => format!("{RED}{BOLD}✗{RESET}"),
                None => format!("{DIM}·{RESET}"),
            };
            writeln!(
                out,
                "  {mark} {}{:<12}{RESET} {:<width$}  {}",
                colour(c.verdict),
                c.verdict.as_str(),
                c.id,
                sanitize(&c.statement)
            )?;
            if c.met == Some(false) {
                for line in failure(c).lines().skip(1) {
                    writeln!(out, "      {DIM}{line}{RESET}")?;
                }
            }
        }
        let s = &self.summary;
        let v = &s.verdicts;
        writeln!(out)?;
        let status = if s.failed == 0 {
            format!("{GREEN}{BOLD}ok{RESET}")
        } else {
            format!("{RED}{BOLD}FAILED{RESET}")
        };
        writeln!(
            out,
            "{status}: {} claim{} over {} document{}: {} met, {} failed, {} without expect",
            s.claims,
            if s.claims == 1 { "" } else { "s" },
            s.documents,
            if s.documents == 1 { "" } else { "s" },
            s.met,
            s.failed,
            s.claims - s.met - s.failed
        )?;
        writeln!(
            out,
            "verdicts: {} supported, {} contradicted, {} disputed, {} partial, {} unverified",
            v.supported, v.contradicted, v.disputed, v.partial, v.unverified
        )
    }
}

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const YELLOW: &str = "\x1b[33m";
const MAGENTA: &str = "\x1b[35m";

fn colour(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => GREEN,
        Verdict::Contradicted => RED,
        Verdict::Disputed => MAGENTA,
        Verdict::Partial => YELLOW,
        Verdict::Unverified => DIM,
    }
}

/// Makes article or claim text safe to print: control characters (newlines, tabs,
/// escape sequences), bidirectional overrides and zero-width characters are shown
/// as escapes, so a text cannot recolour, rewrite or hide from the reader's terminal.
pub fn sanitize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        // bidirectional overrides and invisible format characters
        let hidden = matches!(
            c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200F}' | '\u{2028}' | '\u{2029}' | '\u{FEFF}'
        );
        if c.is_control() || hidden {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

fn evidence_counts(f: &FactRecord) -> String {
    let for_ = f
        .evidence
        .iter()
        .filter(|e| e.stance == Stance::Supports)
        .count();
    let against = f.evidence.len() - for_;
    format!("{for_} for, {against} against")
}

/// The message of a claim whose verdict differs from `expect`: what it says, what was
/// expected and found, and the facts that decided it.
pub fn failure(c: &ClaimRecord) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "claim `{}` ({}:{})", c.id, c.file, c.line);
    let _ = writeln!(s, "statement: {}", sanitize(&c.statement));
    if let Some(e) = c.expect {
        let _ = writeln!(s, "expected:  {e}");
    }
    let _ = writeln!(s, "got:       {}", c.verdict);
    for (i, f) in c.facts.iter().enumerate() {
        let _ = writeln!(
            s,
            "fact {}: {} -> {} ({})",
            i + 1,
            sanitize(&f.say),
            f.verdict,
            evidence_counts(f)
        );
        for e in &f.evidence {
            let reason = e
                .reason
                .as_deref()
                .map(|r| format!(" ({})", sanitize(r)))
                .unwrap_or_default();
            let stance = match e.stance {
                Stance::Supports => "for",
                Stance::Against => "against",
            };
            let _ = writeln!(
                s,
                "  {stance} {}:{}:{}{reason}",
                e.path.display(),
                e.line,
                e.col
            );
        }
    }
    if c.scope == "corpus" || c.min_sources > 1 {
        let _ = writeln!(
            s,
            "needs {} independent source(s), scope = {}; supported by: {}",
            c.min_sources,
            c.scope,
            c.sources_text()
        );
    }
    s
}

/// The snapshot of one claim: statement, verdict, and every fact with its evidence.
/// Holds nothing that depends on other claims or on documents that do not bear on it.
pub fn snapshot(c: &ClaimRecord) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "claim: {}", c.id);
    let _ = writeln!(s, "statement: {}", sanitize(&c.statement));
    let _ = writeln!(s, "expect: {}", c.expect.map_or("(none)", |v| v.as_str()));
    let _ = writeln!(s, "verdict: {}", c.verdict);
    let _ = writeln!(
        s,
        "sources: {}",
        if c.sources.is_empty() {
            "(none)".into()
        } else {
            c.sources.join(", ")
        }
    );
    for (i, f) in c.facts.iter().enumerate() {
        let _ = writeln!(s);
        let _ = writeln!(s, "fact {}: {}", i + 1, sanitize(&f.say));
        let _ = writeln!(s, "  verdict: {}", f.verdict);
        for e in &f.evidence {
            let stance = e.stance.as_str();
            let _ = writeln!(
                s,
                "  - {stance} {} {}:{}-{}:{}",
                e.doc, e.line, e.col, e.end_line, e.end_col
            );
            let _ = writeln!(s, "    quote: \"{}\"", sanitize(&e.quote));
            for h in &e.hits {
                let _ = writeln!(
                    s,
                    "    hit: {} = \"{}\" at {}:{}",
                    sanitize(&h.term),
                    sanitize(
                        e.quote
                            .get(h.start - e.start..h.end - e.start)
                            .unwrap_or_default()
                    ),
                    h.line,
                    h.col
                );
            }
            if let Some(r) = &e.reason {
                let _ = writeln!(s, "    reason: {}", sanitize(r));
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_neutralises_terminal_controls() {
        assert_eq!(
            sanitize("a\x1b[31mred\nb\u{202E}"),
            "a\\u{1b}[31mred\\nb\\u{202e}"
        );
        assert_eq!(sanitize("Naqura — “talks”"), "Naqura — “talks”");
        assert_eq!(sanitize("a\u{200B}b"), "a\\u{200b}b");
    }
}
