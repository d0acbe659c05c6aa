//! GitHub Actions workflow commands, which the runner turns into annotations on the
//! files of a pull request: `check --format github` writes one `::error` per claim
//! that missed its `expect` (at the claim's file and line), `lint --format github`
//! one `::warning` per warning (at its file, line and columns); then a plain summary
//! line. Data and properties are escaped the way GitHub's toolkit does
//! (`escapeData`: `%`, CR, LF; `escapeProperty`: also `:` and `,`), so no user
//! string can end a command or start another. Paths are shown as they open from the
//! current directory (the workspace, in a workflow), and every user string goes
//! through [`sanitize`] first, as in every text the tool prints.

use super::ci;
use super::lint::LintReport;
use super::record::Report;
use crate::paths::{self, slashed};
use crate::text::sanitize;
use std::io;
use std::path::Path;

/// GitHub's `escapeData`: the message of a command.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// GitHub's `escapeProperty`: a property's value.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// `::name key=value,key=value::message`, properties escaped, empty ones left out.
pub fn command(name: &str, properties: &[(&str, String)], message: &str) -> String {
    let props: Vec<String> = properties
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", escape_property(v)))
        .collect();
    let sep = if props.is_empty() { "" } else { " " };
    format!("::{name}{sep}{}::{}", props.join(","), escape_data(message))
}

/// A path relative to the suite's root, as it opens from the current directory.
fn from_here(root: &Path, rel: &Path) -> String {
    sanitize(&slashed(&paths::from_here(root, rel))).into_owned()
}

/// `check --format github`: `root` is the suite's root as given on the command line.
pub fn write_check_github(out: &mut dyn io::Write, report: &Report, root: &Path) -> io::Result<()> {
    let path = |p: &Path| from_here(root, p);
    for c in report.claims.iter().filter(|c| c.met == Some(false)) {
        let title = format!("claim {}: {}", sanitize(&c.id), ci::headline(c));
        let body = ci::details(c, &path, sanitize).join("\n");
        let props = [
            ("file", path(Path::new(&c.file))),
            ("line", c.line.to_string()),
            ("title", title),
        ];
        writeln!(out, "{}", command("error", &props, &body))?;
    }
    writeln!(out, "{}", ci::summary_line(report))
}

/// `lint --format github`.
pub fn write_lint_github(
    out: &mut dyn io::Write,
    lint: &LintReport,
    root: &Path,
) -> io::Result<()> {
    for w in &lint.warnings {
        let mut body = sanitize(&w.message).into_owned();
        for (label, extra) in [("help", &w.help), ("note", &w.note)] {
            if let Some(x) = extra {
                body.push_str(&format!("\n{label}: {}", sanitize(x)));
            }
        }
        let number = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_default();
        let props = [
            (
                "file",
                w.file
                    .as_deref()
                    .map(|f| from_here(root, Path::new(f)))
                    .unwrap_or_default(),
            ),
            ("line", number(w.line)),
            ("col", number(w.column)),
            // GitHub's end column is the last column marked
            (
                "endColumn",
                number(w.end_column.map(|e| e.saturating_sub(1))),
            ),
            ("title", "factcheck lint".to_string()),
        ];
        writeln!(out, "{}", command(w.severity, &props, &body))?;
    }
    writeln!(out, "{}", lint.summary())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_githubs_toolkit() {
        assert_eq!(escape_data("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
        assert_eq!(escape_property("a: b, c%\n"), "a%3A b%2C c%25%0A");
        assert_eq!(
            command(
                "error",
                &[("file", "a,b.toml".into()), ("col", String::new())],
                "x::y"
            ),
            "::error file=a%2Cb.toml::x::y"
        );
        assert_eq!(command("warning", &[], "m"), "::warning::m");
    }
}
