//! SARIF 2.1.0, what code-scanning UIs read: `check --format sarif` (one result per
//! claim that missed its `expect`, level `error`, at the claim's file and line, its
//! deciding facts' evidence windows as related locations) and `lint --format
//! sarif` (one result per warning, level `warning`, at its file, line and column).
//! One run, tool `factcheck`; paths relative to the suite's root, under the
//! `uriBaseId` [`SRCROOT`]. Built with serde-sarif's types, so every field is the
//! schema's.

use super::ci::{self, exact};
use super::lint::LintReport;
use super::record::{ClaimRecord, Report};
use super::wire::write_json;
use crate::paths::slashed;
use serde_json::Value;
use serde_sarif::sarif::{
    ArtifactLocation, Location, Message, MultiformatMessageString, PhysicalLocation, PropertyBag,
    Region, ReportingConfiguration, ReportingDescriptor, Result as SarifResult, ResultLevel, Run,
    Sarif, Tool, ToolComponent,
};
use std::collections::BTreeMap;
use std::io;

/// The `uriBaseId` of every path: the suite's root (where `claims/` and `corpus/`
/// are), which a consumer resolves to its checkout (GitHub: the repository root, or
/// upload-sarif's `checkout_path`).
pub const SRCROOT: &str = "SRCROOT";
/// The schema every log names.
pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The rule of `check`: a claim whose verdict differs from its `expect`.
pub const EXPECT_RULE: &str = "expect-not-met";
/// The rule of `lint`: a likely mistake in the suite.
pub const LINT_RULE: &str = "suite-warning";

fn text(s: impl Into<String>) -> MultiformatMessageString {
    MultiformatMessageString::builder().text(s.into()).build()
}

fn message(s: impl Into<String>) -> Message {
    Message::builder().text(s.into()).build()
}

fn rule(id: &str, name: &str, short: &str, full: &str, level: &str) -> ReportingDescriptor {
    ReportingDescriptor::builder()
        .id(id)
        .name(name.to_string())
        .short_description(text(short))
        .full_description(text(full))
        .default_configuration(
            ReportingConfiguration::builder()
                .level(Value::from(level))
                .build(),
        )
        .build()
}

/// A path as a URI reference: `/` kept, letters, digits and `-._~!$&'()*+,;=@`
/// kept, every other byte of its UTF-8 percent-encoded (a space, `%`, `#`, `?`,
/// `:`, which would read as a scheme, and anything not ASCII).
pub fn uri_path(path: &str) -> String {
    let mut uri = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~!$&'()*+,;=@".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri
}

/// Where a file is: relative to the suite's root under [`SRCROOT`], or, for a path
/// outside it (an absolute `--claims` or `--corpus`), a `file://` URI.
fn artifact(path: &str) -> ArtifactLocation {
    if path.starts_with('/') {
        return ArtifactLocation::builder()
            .uri(format!("file://{}", uri_path(path)))
            .build();
    }
    ArtifactLocation::builder()
        .uri(uri_path(path))
        .uri_base_id(SRCROOT.to_string())
        .build()
}

/// A location in a file, with a region when there is a line.
fn place(path: &str, region: Option<Region>) -> PhysicalLocation {
    match region {
        Some(r) => PhysicalLocation::builder()
            .artifact_location(artifact(path))
            .region(r)
            .build(),
        None => PhysicalLocation::builder()
            .artifact_location(artifact(path))
            .build(),
    }
}

fn log(rules: Vec<ReportingDescriptor>, results: Vec<SarifResult>) -> Sarif {
    let driver = ToolComponent::builder()
        .name("factcheck")
        .version(env!("CARGO_PKG_VERSION").to_string())
        .semantic_version(env!("CARGO_PKG_VERSION").to_string())
        .rules(rules)
        .build();
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .column_kind(Value::from("unicodeCodePoints"))
        .results(results)
        .build();
    Sarif::builder()
        .schema(SCHEMA.to_string())
        .version(Value::from("2.1.0"))
        .runs(vec![run])
        .build()
}

/// One result for a claim that missed its `expect`.
fn claim_result(c: &ClaimRecord) -> SarifResult {
    let mut lines = vec![format!("claim `{}`: {}", c.id, ci::headline(c))];
    lines.extend(ci::details(c, &slashed, exact));
    let mut related = Vec::new();
    for (n, f) in ci::deciding(c) {
        for e in &f.evidence {
            let region = Region::builder()
                .start_line(e.line as i64)
                .start_column(e.col as i64)
                .end_line(e.end_line as i64)
                .end_column(e.end_col as i64)
                .build();
            let mut said = format!("{} fact {n} \"{}\"", e.stance.as_str(), f.say);
            if let Some(r) = &e.reason {
                said.push_str(&format!(" ({r})"));
            }
            related.push(
                Location::builder()
                    .id(related.len() as i64 + 1)
                    .physical_location(place(&slashed(&e.path), Some(region)))
                    .message(message(said))
                    .build(),
            );
        }
    }
    let mut properties = BTreeMap::new();
    properties.insert("claim".to_string(), Value::from(c.id.clone()));
    properties.insert("verdict".to_string(), Value::from(c.verdict.as_str()));
    if let Some(e) = c.expect {
        properties.insert("expect".to_string(), Value::from(e.as_str()));
    }
    let bag = PropertyBag::builder()
        .tags(c.tags.clone())
        .additional_properties(properties)
        .build();
    let at = Location::builder()
        .physical_location(place(
            &c.file,
            Some(Region::builder().start_line(c.line as i64).build()),
        ))
        .build();
    SarifResult::builder()
        .rule_id(EXPECT_RULE.to_string())
        .rule_index(0)
        .level(ResultLevel::Error)
        .message(message(lines.join("\n")))
        .locations(vec![at])
        .related_locations(related)
        .properties(bag)
        .build()
}

/// `check --format sarif`: one result per claim that missed its `expect`.
pub fn write_check_sarif(out: &mut dyn io::Write, report: &Report) -> io::Result<()> {
    let rules = vec![rule(
        EXPECT_RULE,
        "ExpectNotMet",
        "A claim's verdict differs from its expect",
        "The claim's verdict over the corpus is not the verdict its `expect` asserts: \
         the articles say something else, or the claim's facts need fixing. \
         `factcheck explain ID` shows each fact's evidence and near misses.",
        "error",
    )];
    let results = report
        .claims
        .iter()
        .filter(|c| c.met == Some(false))
        .map(claim_result)
        .collect();
    write_json(out, &log(rules, results))
}

/// `lint --format sarif`: one result per warning.
pub fn write_lint_sarif(out: &mut dyn io::Write, lint: &LintReport) -> io::Result<()> {
    let rules = vec![rule(
        LINT_RULE,
        "SuiteWarning",
        "A likely mistake in the claim suite",
        "Something in the claims or the corpus that loads but is probably not what was \
         meant: an alias variant or term that occurs nowhere in the corpus, an unused \
         alias, a claim without expect, a fact that keeps too few words, a file skipped.",
        "warning",
    )];
    let results = lint
        .warnings
        .iter()
        .map(|w| {
            let mut text = w.message.clone();
            for (label, extra) in [("help", &w.help), ("note", &w.note)] {
                if let Some(x) = extra {
                    text.push_str(&format!("\n{label}: {x}"));
                }
            }
            let level = if w.severity == "error" {
                ResultLevel::Error
            } else {
                ResultLevel::Warning
            };
            let result = SarifResult::builder()
                .rule_id(LINT_RULE.to_string())
                .rule_index(0)
                .level(level)
                .message(message(text));
            let Some(file) = &w.file else {
                return result.build();
            };
            let region = match (w.line, w.column, w.end_column) {
                (Some(line), Some(col), Some(end)) => Some(
                    Region::builder()
                        .start_line(line as i64)
                        .start_column(col as i64)
                        .end_column(end as i64)
                        .build(),
                ),
                (Some(line), ..) => Some(Region::builder().start_line(line as i64).build()),
                _ => None,
            };
            let at = Location::builder()
                .physical_location(place(file, region))
                .build();
            result.locations(vec![at]).build()
        })
        .collect();
    write_json(out, &log(rules, results))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_uri_references() {
        assert_eq!(
            uri_path("claims/a b:c,d%é.toml"),
            "claims/a%20b%3Ac,d%25%C3%A9.toml"
        );
        assert_eq!(uri_path("corpus/003_x-y.txt"), "corpus/003_x-y.txt");
    }
}
