//! What the outputs CI systems read (JUnit, SARIF, GitHub annotations) say about a
//! claim that missed its `expect`: a headline (`expected supported, got
//! contradicted`), the facts that decided its verdict, and the first pieces of
//! evidence of each, as `path:line:col` with the quote shortened. One wording for
//! every CI format; each printer escapes it for its own syntax.

use super::record::{ClaimRecord, FactRecord};
use crate::engine::evidence::Evidence;
use crate::engine::model::Verdict;
use crate::engine::verdict::FactVerdict;
use std::borrow::Cow;
use std::fmt::Write as _;

/// Pieces of evidence listed per deciding fact in a message (fewer than the reports
/// people read list, [`super::record::EVIDENCE_SHOWN`]: an annotation is small); the
/// rest are counted, with the windows a bounded record does not list.
pub const EVIDENCE_SHOWN: usize = 3;
/// Characters of a quote shown in a message.
pub const QUOTE_CHARS: usize = 80;

/// How user strings are put into a message: exact (XML and JSON escape them
/// themselves) or through [`crate::text::sanitize`] (text a terminal shows).
pub type Clean = fn(&str) -> Cow<'_, str>;

/// Leaves a string as it is.
pub fn exact(s: &str) -> Cow<'_, str> {
    Cow::Borrowed(s)
}

/// `expected supported, got contradicted` (`got partial, no expect` without one).
pub fn headline(c: &ClaimRecord) -> String {
    match c.expect {
        Some(e) => format!("expected {e}, got {}", c.verdict),
        None => format!("got {}, no expect", c.verdict),
    }
}

/// The facts that decided the claim's verdict, with their 1-based numbers: the
/// contradicted facts of a contradicted claim, the disputed facts of a disputed one,
/// the facts not supported of a partial or unverified one, every fact of a supported
/// one; every fact when no fact stands out (all supported, but by too few sources).
pub fn deciding(c: &ClaimRecord) -> Vec<(usize, &FactRecord)> {
    let decides = |f: &FactRecord| match c.verdict {
        Verdict::Contradicted => f.verdict == FactVerdict::Contradicted,
        Verdict::Disputed => f.verdict == FactVerdict::Disputed,
        Verdict::Supported => true,
        Verdict::Partial | Verdict::Unverified => f.verdict != FactVerdict::Supported,
    };
    let numbered = c.facts.iter().enumerate().map(|(i, f)| (i + 1, f));
    let some: Vec<_> = numbered.clone().filter(|(_, f)| decides(f)).collect();
    if some.is_empty() {
        numbered.collect()
    } else {
        some
    }
}

/// A quote on one line: white space runs as one space, at most [`QUOTE_CHARS`]
/// characters, `…` where it was cut.
pub fn brief_quote(quote: &str) -> String {
    let one_line = quote.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(QUOTE_CHARS) {
        None => one_line,
        Some((cut, _)) => format!("{}…", one_line[..cut].trim_end()),
    }
}

/// `fact 2 "signed an agreement": contradicted`.
pub fn fact_line(number: usize, f: &FactRecord, clean: Clean) -> String {
    format!("fact {number} \"{}\": {}", clean(&f.say), f.verdict)
}

/// `against corpus/a.txt:3:1 "No agreement was signed…" (negated by "no")`, the
/// path as `path` shows it.
pub fn evidence_line(
    e: &Evidence,
    path: &dyn Fn(&std::path::Path) -> String,
    clean: Clean,
) -> String {
    let mut s = format!(
        "{} {}:{}:{} \"{}\"",
        e.stance.as_str(),
        path(&e.path),
        e.line,
        e.col,
        clean(&brief_quote(&e.quote))
    );
    if let Some(r) = &e.reason {
        let _ = write!(s, " ({})", clean(r));
    }
    s
}

/// The lines under a failed claim's headline: its statement, then each deciding fact
/// with its first [`EVIDENCE_SHOWN`] pieces of evidence, indented by two spaces.
pub fn details(
    c: &ClaimRecord,
    path: &dyn Fn(&std::path::Path) -> String,
    clean: Clean,
) -> Vec<String> {
    let mut lines = vec![format!("statement: {}", clean(&c.statement))];
    for (n, f) in deciding(c) {
        lines.push(fact_line(n, f, clean));
        for e in f.evidence.iter().take(EVIDENCE_SHOWN) {
            lines.push(format!("  {}", evidence_line(e, path, clean)));
        }
        // the windows not shown: the rest of the listed ones, and those a bounded
        // record does not list
        let unlisted: usize = f.more.iter().map(|m| m.windows).sum();
        let hidden = f.evidence.len().saturating_sub(EVIDENCE_SHOWN) + unlisted;
        if hidden > 0 {
            lines.push(format!("  … and {hidden} more"));
        }
        if f.evidence.is_empty() && unlisted == 0 {
            lines.push("  no evidence".to_string());
        }
    }
    if c.min_sources > 1 || c.scope == crate::engine::model::Scope::Corpus {
        lines.push(format!(
            "needs {} independent source(s), scope = {}; supported by: {}",
            c.min_sources,
            c.scope,
            clean(&c.sources_text())
        ));
    }
    lines
}

/// `FAILED: 2 claims over 1 document: 1 met, 1 failed, 0 without expect`, the text
/// report's summary line.
pub fn summary_line(report: &super::record::Report) -> String {
    let s = &report.summary;
    let status = if s.failed == 0 { "ok" } else { "FAILED" };
    format!("{status}: {}", s.counts_text())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_one_line_and_cut_on_a_character() {
        assert_eq!(brief_quote("a\n  b\tc"), "a b c");
        let long = "é".repeat(100);
        let q = brief_quote(&long);
        assert_eq!(q.chars().count(), QUOTE_CHARS + 1);
        assert!(q.ends_with('…'));
    }
}
