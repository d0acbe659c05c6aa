//! `check --format claimreview`: schema.org ClaimReview JSON-LD, what fact-check
//! publishers embed in their pages and search engines read. One object per claim,
//! each with its own `@context`, in a JSON array, in the report's claim order.
//!
//! The rating scale (ratingValue, worstRating 1, bestRating 4) follows the verdict
//! from worst to best: contradicted 1, disputed 2, partial 3, supported 4. An
//! unverified claim (no evidence either way) is on no point of that scale: its
//! rating has only `alternateName` ("Unverified").
//!
//! `itemReviewed` is the Claim: `appearance` lists the documents with evidence
//! supporting its facts (where the claim appears), each a CreativeWork with its
//! front matter (url, headline, datePublished, publisher); its `datePublished` is
//! the earliest `published` of those. The documents with evidence against it are
//! the review's `citation`. The review's `datePublished` is the latest `published`
//! of every document its evidence cites (the evidence it was reviewed on, a date
//! that changes only when the evidence does); omitted when none is known. `author`
//! is the desk of `factcheck.toml`, `url` the desk's url with `#claim-id`; both are
//! omitted without one. An article's `url` is published only if it is a web address
//! ([`web_url`]: `http(s)` with a host); any other is left out.
//!
//! Publishers embed the JSON in `<script type="application/ld+json">`, so
//! [`write_json_ld`] writes `<`, `>` and `&` in strings as `\u003c`, `\u003e` and
//! `\u0026`: a `</script>` in a headline cannot end the script element.

use super::record::{ClaimRecord, DocumentRecord, Report};
use crate::engine::evidence::Stance;
use crate::engine::model::Verdict;
use crate::suite::config::Desk;
use crate::text::web_url;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

/// The schema.org vocabulary every object names.
pub const CONTEXT: &str = "https://schema.org";

/// The rating scale's best and worst values.
pub const BEST_RATING: u8 = 4;
pub const WORST_RATING: u8 = 1;

/// One ClaimReview.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimReview<'a> {
    #[serde(rename = "@context")]
    pub context: &'static str,
    #[serde(rename = "@type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The claim's id in the suite.
    pub identifier: &'a str,
    #[serde(rename = "claimReviewed")]
    pub claim_reviewed: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<Organization<'a>>,
    #[serde(rename = "datePublished", skip_serializing_if = "Option::is_none")]
    pub date_published: Option<&'a str>,
    #[serde(rename = "reviewRating")]
    pub review_rating: Rating,
    #[serde(rename = "itemReviewed")]
    pub item_reviewed: ClaimItem<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub citation: Vec<CreativeWork<'a>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Organization<'a> {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    pub name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
}

impl<'a> Organization<'a> {
    fn new(name: &'a str, url: Option<&'a str>) -> Self {
        Self {
            kind: "Organization",
            name,
            url,
        }
    }
}

/// The verdict as a schema.org Rating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rating {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    #[serde(rename = "ratingValue", skip_serializing_if = "Option::is_none")]
    pub rating_value: Option<u8>,
    #[serde(rename = "bestRating", skip_serializing_if = "Option::is_none")]
    pub best_rating: Option<u8>,
    #[serde(rename = "worstRating", skip_serializing_if = "Option::is_none")]
    pub worst_rating: Option<u8>,
    #[serde(rename = "alternateName")]
    pub alternate_name: &'static str,
}

impl Rating {
    /// The rating of a verdict: its point on the scale and its words.
    pub fn of(verdict: Verdict) -> Self {
        let (value, words) = match verdict {
            Verdict::Contradicted => (Some(1), "Contradicted"),
            Verdict::Disputed => (Some(2), "Disputed"),
            Verdict::Partial => (Some(3), "Partly supported"),
            Verdict::Supported => (Some(4), "Supported"),
            Verdict::Unverified => (None, "Unverified"),
        };
        Self {
            kind: "Rating",
            rating_value: value,
            best_rating: value.map(|_| BEST_RATING),
            worst_rating: value.map(|_| WORST_RATING),
            alternate_name: words,
        }
    }
}

/// The claim reviewed.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimItem<'a> {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    #[serde(rename = "datePublished", skip_serializing_if = "Option::is_none")]
    pub date_published: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub appearance: Vec<CreativeWork<'a>>,
}

/// A document of the corpus: an article with its front matter.
#[derive(Debug, Clone, Serialize)]
pub struct CreativeWork<'a> {
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// The document's id in the corpus.
    pub identifier: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline: Option<&'a str>,
    #[serde(rename = "datePublished", skip_serializing_if = "Option::is_none")]
    pub date_published: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<Organization<'a>>,
}

impl<'a> CreativeWork<'a> {
    fn of(doc: &'a DocumentRecord) -> Self {
        Self {
            kind: "CreativeWork",
            identifier: &doc.id,
            url: doc.url.as_deref().and_then(web_url),
            headline: doc.title.as_deref(),
            date_published: doc.published.as_deref(),
            publisher: doc.outlet.as_deref().map(|o| Organization::new(o, None)),
        }
    }
}

/// The ClaimReviews of a report, one per claim, by the desk `desk`.
pub fn claim_reviews<'a>(report: &'a Report, desk: Option<&'a Desk>) -> Vec<ClaimReview<'a>> {
    let documents: BTreeMap<&str, &DocumentRecord> = report
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d))
        .collect();
    report
        .claims
        .iter()
        .map(|c| review(c, desk, &documents))
        .collect()
}

fn review<'a>(
    c: &'a ClaimRecord,
    desk: Option<&'a Desk>,
    documents: &BTreeMap<&str, &'a DocumentRecord>,
) -> ClaimReview<'a> {
    // the documents of each stance, in id order
    let mut supporting = BTreeSet::new();
    let mut against = BTreeSet::new();
    for e in c.facts.iter().flat_map(|f| &f.evidence) {
        match e.stance {
            Stance::Supports => supporting.insert(&*e.doc),
            Stance::Against => against.insert(&*e.doc),
        };
    }
    let records = |ids: &BTreeSet<&str>| -> Vec<&'a DocumentRecord> {
        ids.iter()
            .filter_map(|id| documents.get(id).copied())
            .collect()
    };
    let (supporting, against) = (records(&supporting), records(&against));
    let first_appearance = supporting
        .iter()
        .filter_map(|d| d.published.as_deref())
        .min();
    let latest = supporting
        .iter()
        .chain(&against)
        .filter_map(|d| d.published.as_deref())
        .max();
    ClaimReview {
        context: CONTEXT,
        kind: "ClaimReview",
        url: desk
            .and_then(|d| d.url.as_deref())
            .map(|u| format!("{u}#{}", c.id)),
        identifier: &c.id,
        claim_reviewed: &c.statement,
        author: desk.map(|d| Organization::new(&d.name, d.url.as_deref())),
        date_published: latest,
        review_rating: Rating::of(c.verdict),
        item_reviewed: ClaimItem {
            kind: "Claim",
            date_published: first_appearance,
            appearance: supporting.into_iter().map(CreativeWork::of).collect(),
        },
        citation: against.into_iter().map(CreativeWork::of).collect(),
    }
}

/// `value` as pretty JSON for a `<script type="application/ld+json">` element, and a
/// newline: `<`, `>` and `&` written as `\u003c`, `\u003e`, `\u0026`. JSON has these
/// characters only inside strings, where the escapes mean the same characters, so
/// the replacement changes no value.
pub fn write_json_ld<T: Serialize>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    let json = serde_json::to_string_pretty(value)?;
    let json = json
        .replace('&', "\\u0026")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e");
    writeln!(out, "{json}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_cannot_end_its_script_element() {
        let value = serde_json::json!({
            "headline": "</script><script>alert(1)</script>",
            "claimReviewed": "A & B <b> \\< \"</SCRIPT>",
        });
        let mut out = Vec::new();
        write_json_ld(&mut out, &value).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(!text.contains(['<', '>', '&']), "{text}");
        assert!(text.contains(r"\u003c/script\u003e"), "{text}");
        assert!(text.ends_with("}\n"));
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn the_scale_runs_from_contradicted_to_supported() {
        let order = [
            Verdict::Contradicted,
            Verdict::Disputed,
            Verdict::Partial,
            Verdict::Supported,
        ];
        let values: Vec<u8> = order
            .iter()
            .map(|v| Rating::of(*v).rating_value.unwrap())
            .collect();
        assert_eq!(values, [WORST_RATING, 2, 3, BEST_RATING]);
        let unverified = Rating::of(Verdict::Unverified);
        assert_eq!(unverified.rating_value, None);
        assert_eq!(unverified.best_rating, None);
        assert_eq!(unverified.alternate_name, "Unverified");
    }
}
