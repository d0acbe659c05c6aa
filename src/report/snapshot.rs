//! Plain-text views of one claim's record: the snapshot the claim tests record, and
//! the message a claim that misses its `expect` shows. No colour; every user string
//! escaped. Both print what the record holds: given a bounded record
//! ([`ClaimRecord::bounded`]), the listed evidence of each fact, then one
//! `… and K more for in D documents` line per stance with windows not listed.

use super::record::{ClaimRecord, stance_word};
use crate::engine::model::Scope;
use crate::text::{escaped, sanitize, shorten};
use std::fmt::Write as _;

/// The message of a claim whose verdict differs from `expect`: what it says, what was
/// expected and found, and the facts that decided it.
pub fn failure(c: &ClaimRecord) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "claim `{}` ({}:{})", c.id, sanitize(&c.file), c.line);
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
            f.counts_text()
        );
        for e in &f.evidence {
            let reason = e
                .reason
                .as_deref()
                .map(|r| format!(" ({})", sanitize(r)))
                .unwrap_or_default();
            let stance = stance_word(e.stance);
            let _ = writeln!(
                s,
                "  {stance} {}:{}:{}{reason}",
                escaped(e.path.display()),
                e.line,
                e.col
            );
        }
        for line in f.more_lines() {
            let _ = writeln!(s, "  {line}");
        }
    }
    if c.scope == Scope::Corpus || c.min_sources > 1 {
        let _ = writeln!(
            s,
            "needs {} independent source(s), scope = {}; supported by: {}",
            c.min_sources,
            c.scope,
            c.sources_text()
        );
        for line in c.near_copies_text() {
            let _ = writeln!(s, "  {line}");
        }
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
        if !c.has_sources() {
            "(none)".into()
        } else {
            c.sources_text()
        }
    );
    for line in c.near_copies_text() {
        let _ = writeln!(s, "  {line}");
    }
    for (i, f) in c.facts.iter().enumerate() {
        let _ = writeln!(s);
        let _ = writeln!(s, "fact {}: {}", i + 1, sanitize(&f.say));
        let _ = writeln!(s, "  verdict: {}", f.verdict);
        for e in &f.evidence {
            let stance = e.stance.as_str();
            let _ = writeln!(
                s,
                "  - {stance} {} {}:{}-{}:{}",
                sanitize(&e.doc),
                e.line,
                e.col,
                e.end_line,
                e.end_col
            );
            let _ = writeln!(s, "    quote: \"{}\"", sanitize(&shorten(&e.quote)));
            for h in &e.hits {
                let _ = writeln!(
                    s,
                    "    hit: {} = \"{}\" at {}:{}",
                    sanitize(&h.term),
                    sanitize(&shorten(
                        e.quote
                            .get(h.start - e.start..h.end - e.start)
                            .unwrap_or_default()
                    )),
                    h.line,
                    h.col
                );
            }
            if let Some(r) = &e.reason {
                let _ = writeln!(s, "    reason: {}", sanitize(r));
            }
        }
        for line in f.more_lines() {
            let _ = writeln!(s, "  {line}");
        }
    }
    s
}
