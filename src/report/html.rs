//! The HTML report of `check --format html`: one self-contained page a
//! fact-checker reads in a browser. A summary, the claims grouped by claim file with
//! verdict badges, each fact's evidence with the matched terms marked and a link to
//! the article, and filters by verdict, tag and expectation (plain JavaScript, the
//! initial filter also from the URL's fragment, `#verdict=supported&tag=x&met=failed`).
//!
//! Every string from a claim file or an article is shown as text: control and format
//! characters as escapes ([`sanitize`], newlines and tabs kept), then the five
//! characters HTML gives meaning to as references ([`escape`]). A
//! Content-Security-Policy allows no network load and only this page's own style
//! and script, by their SHA-256 hashes, so even markup that slipped through could
//! neither run (no inline handlers, no `javascript:` links) nor fetch anything. Only
//! `http:` and `https:` URLs become links. The bytes depend on the report alone.

use super::record::{ClaimRecord, DocumentRecord, FactRecord, Report};
use crate::engine::evidence::Evidence;
use crate::engine::model::{Scope, Verdict};
use crate::paths::slashed;
use crate::text::{plural, sanitize, shorten, web_url};
use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::io::{self, Write};

impl Report {
    /// The report as one self-contained HTML page (no network, inline style and
    /// script allowed by hash).
    pub fn write_html(&self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(html(self).as_bytes())
    }
}

/// `s` with the five characters that mean something in HTML text and in quoted
/// attribute values written as character references.
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A user string as the page shows it: [`sanitize`]d, except that line breaks
/// (`\n`, `\r\n`) and tabs stay what they are (the page keeps them with
/// `white-space: pre-wrap` where it matters), then [`escape`]d.
fn text(s: &str) -> String {
    let mut shown = String::with_capacity(s.len());
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            shown.push('\n');
        }
        let line = line.strip_suffix('\r').unwrap_or(line);
        for (j, part) in line.split('\t').enumerate() {
            if j > 0 {
                shown.push('\t');
            }
            shown.push_str(&sanitize(part));
        }
    }
    escape(&shown).into_owned()
}

/// [`text`] of a long text shortened like the text views do ([`shorten`]).
fn short(s: &str) -> String {
    text(&shorten(s))
}

/// `'sha256-…'`, a CSP source for an inline element with this content.
fn csp_hash(content: &str) -> String {
    let digest = Sha256::digest(content.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The page's Content-Security-Policy: nothing from anywhere, except this page's own
/// style and script.
pub fn content_security_policy() -> String {
    format!(
        "default-src 'none'; style-src {}; script-src {}; img-src 'none'; base-uri 'none'; form-action 'none'",
        csp_hash(STYLE),
        csp_hash(SCRIPT)
    )
}

fn html(r: &Report) -> String {
    let mut h = String::with_capacity(16 * 1024);
    let docs: HashMap<&str, &DocumentRecord> =
        r.documents.iter().map(|d| (d.id.as_str(), d)).collect();
    let s = &r.summary;
    let status = if s.failed == 0 { "ok" } else { "failed" };
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>factcheck report: {}, {} failed</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        content_security_policy(),
        plural(s.claims, "claim"),
        s.failed
    );
    summary(&mut h, r, status);
    filters(&mut h, r);
    h.push_str("<main>\n");
    let mut file: Option<&str> = None;
    for c in &r.claims {
        if file != Some(c.file.as_str()) {
            if file.is_some() {
                h.push_str("</section>\n");
            }
            let _ = writeln!(
                h,
                "<section class=\"file\">\n<h2 class=\"file-name\">{}</h2>",
                text(&c.file)
            );
            file = Some(&c.file);
        }
        claim(&mut h, c, &docs);
    }
    if file.is_some() {
        h.push_str("</section>\n");
    }
    h.push_str("<p id=\"none-shown\" class=\"empty\" hidden>No claim matches the filters.</p>\n");
    h.push_str("</main>\n");
    let _ = write!(
        h,
        "<footer>factcheck report version {}</footer>\n<script>{SCRIPT}</script>\n</body>\n</html>\n",
        r.version
    );
    h
}

fn summary(h: &mut String, r: &Report, status: &str) {
    let s = &r.summary;
    let _ = writeln!(
        h,
        "<header class=\"top\">\n<h1>Fact-check report <span class=\"status status-{status}\" id=\"status\">{}</span></h1>",
        if s.failed == 0 { "ok" } else { "FAILED" }
    );
    h.push_str("<dl class=\"summary\">\n");
    let without = s.claims - s.met - s.failed;
    for (id, label, n) in [
        ("claims", "claims", s.claims),
        ("documents", "documents", s.documents),
        ("met", "met", s.met),
        ("failed", "failed", s.failed),
        ("without-expect", "without expect", without),
    ] {
        let _ = writeln!(
            h,
            "<div class=\"stat stat-{id}\"><dt>{label}</dt><dd id=\"n-{id}\">{n}</dd></div>"
        );
    }
    h.push_str("</dl>\n<ul class=\"verdict-counts\">\n");
    for verdict in Verdict::ALL {
        let (v, n) = (verdict.as_str(), r.summary.verdicts.get(verdict));
        let _ = writeln!(
            h,
            "<li><a class=\"badge v-{v}\" href=\"#verdict={v}\" title=\"show only {v} claims\">{v} <b id=\"n-{v}\">{n}</b></a></li>"
        );
    }
    h.push_str("</ul>\n</header>\n");
}

fn filters(h: &mut String, r: &Report) {
    let tags: BTreeSet<&str> = r
        .claims
        .iter()
        .flat_map(|c| &c.tags)
        .map(String::as_str)
        .collect();
    h.push_str("<nav id=\"filters\" class=\"filters\" hidden>\n<fieldset class=\"f-verdicts\"><legend>Verdict</legend>\n");
    for v in Verdict::ALL {
        let v = v.as_str();
        let _ = writeln!(
            h,
            "<label><input type=\"checkbox\" name=\"verdict\" value=\"{v}\" checked> <span class=\"badge v-{v}\">{v}</span></label>"
        );
    }
    h.push_str(
        "</fieldset>\n<label class=\"f-select\">Expectation <select id=\"f-met\">\
         <option value=\"\">any</option><option value=\"met\">met</option>\
         <option value=\"failed\">failed</option><option value=\"none\">no expect</option>\
         </select></label>\n<label class=\"f-select\">Tag <select id=\"f-tag\"><option value=\"\">any</option>",
    );
    for t in tags {
        let t = text(t);
        let _ = write!(h, "<option value=\"{t}\">{t}</option>");
    }
    let _ = writeln!(
        h,
        "</select></label>\n<div class=\"f-end\"><p class=\"shown\">Showing <b id=\"n-shown\">{n}</b> of {n} claims</p> \
         <button type=\"button\" id=\"f-reset\">Show all</button></div>\n</nav>",
        n = r.summary.claims
    );
}

fn met_of(c: &ClaimRecord) -> &'static str {
    match c.met {
        Some(true) => "met",
        Some(false) => "failed",
        None => "none",
    }
}

fn claim(h: &mut String, c: &ClaimRecord, docs: &HashMap<&str, &DocumentRecord>) {
    let id = text(&c.id);
    let v = c.verdict.as_str();
    let met = met_of(c);
    let _ = writeln!(
        h,
        "<article class=\"claim met-{met}\" id=\"claim-{id}\" data-verdict=\"{v}\" data-met=\"{met}\">\n\
         <header class=\"claim-head\"><span class=\"badge v-{v}\">{v}</span> \
         <h3><a href=\"#claim-{id}\">{id}</a></h3> <span class=\"where\">{}:{}</span></header>",
        text(&c.file),
        c.line
    );
    match (c.expect, c.met) {
        (Some(e), Some(false)) => {
            let _ = writeln!(
                h,
                "<p class=\"expect expect-failed\">✗ expected <b>{e}</b>, got <b>{v}</b></p>"
            );
        }
        (Some(e), _) => {
            let _ = writeln!(h, "<p class=\"expect expect-met\">✓ expected {e}</p>");
        }
        (None, _) => h.push_str("<p class=\"expect expect-none\">no expect</p>\n"),
    }
    let _ = writeln!(h, "<p class=\"statement\">{}</p>", short(&c.statement));
    if let Some(note) = &c.note {
        let _ = writeln!(
            h,
            "<p class=\"note\"><span class=\"label\">Note</span> {}</p>",
            short(note)
        );
    }
    if !c.tags.is_empty() {
        h.push_str("<ul class=\"tags\">");
        for t in &c.tags {
            let t = text(t);
            let _ = write!(h, "<li class=\"tag\" data-tag=\"{t}\">{t}</li>");
        }
        h.push_str("</ul>\n");
    }
    sources(h, c);
    h.push_str("<ol class=\"facts\">\n");
    for f in &c.facts {
        fact(h, f, docs);
    }
    h.push_str("</ol>\n</article>\n");
}

fn sources(h: &mut String, c: &ClaimRecord) {
    // what counting sources needs, when it is not the default
    let needs = if c.min_sources > 1 || c.scope != Scope::Document {
        format!(
            " <span class=\"needs\">(needs {}, scope {})</span>",
            plural(c.min_sources, "independent source"),
            c.scope
        )
    } else {
        String::new()
    };
    h.push_str("<p class=\"sources\"><span class=\"label\">Sources</span> ");
    if !c.has_sources() {
        let _ = writeln!(h, "none{needs}</p>");
        return;
    }
    let _ = write!(
        h,
        "{}{needs}: ",
        plural(c.source_count(), "independent source")
    );
    for (i, s) in c.independent_sources.iter().enumerate() {
        if i > 0 {
            h.push_str("; ");
        }
        let _ = write!(h, "<span class=\"source\">{}", text(&s.name));
        if !(s.documents.len() == 1 && s.documents[0] == s.name) {
            let list: Vec<String> = s.documents.iter().map(|d| text(d)).collect();
            let _ = write!(h, ": {}", list.join(", "));
        }
        h.push_str("</span>");
        for n in &s.near_copies {
            let _ = write!(h, " <span class=\"near\">({})</span>", text(&n.text()));
        }
    }
    if let Some(more) = &c.more_sources {
        let _ = write!(h, " <span class=\"more\">{}</span>", text(&more.text()));
    }
    h.push_str("</p>\n");
}

fn fact(h: &mut String, f: &FactRecord, docs: &HashMap<&str, &DocumentRecord>) {
    let v = f.verdict.as_str();
    let _ = writeln!(
        h,
        "<li class=\"fact\"><div class=\"fact-head\"><span class=\"badge small f-{v}\">{v}</span> \
         <span class=\"say\">{}</span> <span class=\"counts\">{}</span></div>",
        short(&f.say),
        f.counts_text()
    );
    if !f.evidence.is_empty() || !f.more.is_empty() {
        h.push_str("<ul class=\"evidence\">\n");
        for e in &f.evidence {
            evidence(h, e, docs.get(&*e.doc).copied());
        }
        for m in f.more.iter().filter(|m| m.windows > 0) {
            let _ = writeln!(
                h,
                "<li class=\"ev-more ev-more-{}\">{}</li>",
                m.stance.as_str(),
                text(&m.text())
            );
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</li>\n");
}

fn evidence(h: &mut String, e: &Evidence, doc: Option<&DocumentRecord>) {
    let stance = e.stance.as_str();
    let path = text(&slashed(&e.path));
    let id = text(&e.doc);
    let _ = write!(
        h,
        "<li class=\"ev ev-{stance}\"><div class=\"ev-head\"><span class=\"stance stance-{stance}\">{stance}</span> "
    );
    match doc.and_then(|d| d.url.as_deref()).and_then(web_url) {
        Some(url) => {
            let _ = write!(
                h,
                "<a class=\"doc\" href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{id}</a> ",
                escape(url)
            );
        }
        None => {
            let _ = write!(h, "<span class=\"doc\">{id}</span> ");
        }
    }
    let _ = write!(
        h,
        "<span class=\"loc\">{path}:{}:{}–{}:{}</span>",
        e.line, e.col, e.end_line, e.end_col
    );
    if let Some(d) = doc {
        let mut meta: Vec<String> = Vec::new();
        if let Some(t) = &d.title {
            meta.push(format!("“{}”", short(t)));
        }
        meta.extend(d.outlet.iter().map(|o| text(o)));
        meta.extend(d.via.iter().map(|v| format!("via {}", text(v))));
        meta.extend(d.published.iter().map(|p| text(p)));
        if !meta.is_empty() {
            let _ = write!(h, " <span class=\"doc-meta\">{}</span>", meta.join(", "));
        }
    }
    h.push_str("</div>\n");
    let _ = writeln!(h, "<blockquote class=\"quote\">{}</blockquote>", marked(e));
    let mut terms: Vec<&str> = Vec::new();
    for hit in &e.hits {
        if !terms.contains(&&*hit.term) {
            terms.push(&hit.term);
        }
    }
    if !terms.is_empty() {
        let list: Vec<String> = terms
            .iter()
            .map(|t| format!("<code>{}</code>", short(t)))
            .collect();
        let _ = writeln!(
            h,
            "<p class=\"terms\"><span class=\"label\">Matched</span> {}</p>",
            list.join(" ")
        );
    }
    if let Some(reason) = &e.reason {
        let _ = writeln!(
            h,
            "<p class=\"reason\"><span class=\"label\">Reason</span> {}</p>",
            short(reason)
        );
    }
    h.push_str("</li>\n");
}

/// The quote with every matched term in `<mark>` (titled with its term), from the
/// hits' byte ranges relative to the quote; each stretch between marks shortened on
/// its own, so every mark stays in view.
fn marked(e: &Evidence) -> String {
    let mut ranges: Vec<(usize, usize, &str)> = e
        .hits
        .iter()
        .map(|h| {
            (
                h.start.saturating_sub(e.start),
                h.end.saturating_sub(e.start),
                &*h.term,
            )
        })
        .filter(|(s, t, _)| {
            s < t
                && *t <= e.quote.len()
                && e.quote.is_char_boundary(*s)
                && e.quote.is_char_boundary(*t)
        })
        .collect();
    ranges.sort_unstable();
    // overlapping hits are one mark naming every term in it
    let mut merged: Vec<(usize, usize, Vec<&str>)> = Vec::new();
    for (s, t, term) in ranges {
        match merged.last_mut() {
            Some(last) if s < last.1 => {
                last.1 = last.1.max(t);
                if !last.2.contains(&term) {
                    last.2.push(term);
                }
            }
            _ => merged.push((s, t, vec![term])),
        }
    }
    let mut out = String::new();
    let mut at = 0;
    for (s, t, terms) in merged {
        out.push_str(&short(&e.quote[at..s]));
        let title: Vec<String> = terms.iter().map(|t| short(t)).collect();
        let _ = write!(
            out,
            "<mark title=\"{}\">{}</mark>",
            title.join(", "),
            short(&e.quote[s..t])
        );
        at = t;
    }
    out.push_str(&short(&e.quote[at..]));
    out
}

/// The page's style (allowed by its hash in the page's CSP).
const STYLE: &str = r#"
:root { color-scheme: light; --fg: #1d2125; --dim: #5b6570; --line: #d7dce1; --bg: #f6f7f9; --card: #fff;
  --supported: #1a7f37; --contradicted: #c62828; --disputed: #8e24aa; --partial: #b26a00; --unverified: #5b6570; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header.top, nav.filters, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 20px; }
h1 { font-size: 24px; margin: 20px 0 10px; display: flex; align-items: center; gap: 12px; }
.status { font-size: 13px; padding: 2px 10px; border-radius: 12px; color: #fff; letter-spacing: .04em; }
.status-ok { background: var(--supported); }
.status-failed { background: var(--contradicted); }
dl.summary { display: flex; flex-wrap: wrap; gap: 10px; margin: 0 0 10px; }
.stat { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 6px 14px; min-width: 110px; }
.stat dt { font-size: 12px; color: var(--dim); text-transform: uppercase; letter-spacing: .05em; }
.stat dd { margin: 0; font-size: 22px; font-weight: 600; }
.stat-failed dd { color: var(--contradicted); }
.stat-met dd { color: var(--supported); }
ul.verdict-counts { list-style: none; display: flex; flex-wrap: wrap; gap: 8px; padding: 0; margin: 0 0 14px; }
.badge { display: inline-block; padding: 1px 9px; border-radius: 11px; font-size: 13px; font-weight: 600; color: #fff; background: var(--unverified); text-decoration: none; white-space: nowrap; }
.badge.small { font-size: 12px; padding: 0 7px; }
.v-supported, .f-supported { background: var(--supported); }
.v-contradicted, .f-contradicted { background: var(--contradicted); }
.v-disputed, .f-disputed { background: var(--disputed); }
.v-partial { background: var(--partial); }
.v-unverified, .f-missing { background: var(--unverified); }
nav.filters { position: sticky; top: 0; z-index: 1; background: var(--bg); border-bottom: 1px solid var(--line); display: flex; flex-wrap: wrap; align-items: center; gap: 8px 18px; padding-top: 8px; padding-bottom: 8px; }
nav.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
nav.filters legend { float: left; margin-right: 4px; font-weight: 600; }
nav.filters label { cursor: pointer; }
.f-select { font-weight: 600; }
.f-select select { font-weight: normal; margin-left: 4px; }
.f-end { margin-left: auto; display: flex; gap: 12px; align-items: center; }
.shown { margin: 0; color: var(--dim); }
section.file { margin: 18px 0; }
h2.file-name { font: 600 14px ui-monospace, SFMono-Regular, Menlo, monospace; color: var(--dim); margin: 0 0 8px; }
article.claim { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 8px; padding: 10px 16px; margin: 0 0 12px; }
article.claim.met-failed { border-color: var(--contradicted); border-left-width: 5px; box-shadow: 0 0 0 1px var(--contradicted); }
article.claim[data-verdict=supported] { border-left-color: var(--supported); }
article.claim[data-verdict=contradicted] { border-left-color: var(--contradicted); }
article.claim[data-verdict=disputed] { border-left-color: var(--disputed); }
article.claim[data-verdict=partial] { border-left-color: var(--partial); }
article.claim[data-verdict=unverified] { border-left-color: var(--unverified); }
.claim-head { display: flex; align-items: baseline; gap: 10px; flex-wrap: wrap; }
.claim-head h3 { margin: 0; font: 600 15px ui-monospace, SFMono-Regular, Menlo, monospace; }
.claim-head h3 a { color: inherit; text-decoration: none; }
.where { color: var(--dim); font-size: 12px; margin-left: auto; font-family: ui-monospace, monospace; }
.expect { margin: 6px 0; font-size: 13px; }
.expect-met { color: var(--supported); }
.expect-none { color: var(--dim); }
.expect-failed { color: #fff; background: var(--contradicted); display: inline-block; padding: 2px 10px; border-radius: 4px; font-weight: 600; }
.statement { font-size: 16px; margin: 6px 0; white-space: pre-wrap; }
.note { color: var(--dim); margin: 4px 0; white-space: pre-wrap; }
.label { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--dim); font-weight: 600; margin-right: 4px; }
ul.tags { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap; gap: 6px; }
.tag { font-size: 12px; background: #e8eef6; color: #234; border-radius: 4px; padding: 0 7px; }
.sources { margin: 4px 0; font-size: 14px; }
.source { font-weight: 600; }
.needs { color: var(--dim); }
.near { color: var(--dim); font-size: 12px; }
ol.facts { margin: 8px 0 0; padding-left: 22px; }
li.fact { margin: 6px 0 10px; }
.fact-head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.say { font-weight: 600; }
.counts { color: var(--dim); font-size: 12px; }
ul.evidence { list-style: none; padding: 0; margin: 6px 0 0; }
li.ev { border-left: 3px solid var(--supported); padding: 4px 10px; margin: 6px 0; background: #fafbfc; }
li.ev-against { border-left-color: var(--contradicted); }
.ev-head { font-size: 13px; display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; }
.stance { font-weight: 700; text-transform: uppercase; font-size: 11px; letter-spacing: .05em; }
.stance-supports { color: var(--supported); }
.stance-against { color: var(--contradicted); }
.doc { font-family: ui-monospace, monospace; font-weight: 600; }
.loc { font-family: ui-monospace, monospace; color: var(--dim); }
.doc-meta { color: var(--dim); }
blockquote.quote { margin: 4px 0; padding: 0; white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; }
mark { background: #ffe066; padding: 0 1px; border-radius: 2px; }
.terms, .reason { margin: 2px 0; font-size: 13px; }
.terms code { background: #eef1f4; padding: 0 4px; border-radius: 3px; margin-right: 4px; }
.reason { color: var(--contradicted); }
li.ev-more { color: var(--dim); font-size: 13px; padding: 2px 13px; }
.sources .more { color: var(--dim); }
.empty { color: var(--dim); font-style: italic; }
footer { color: var(--dim); font-size: 12px; padding-bottom: 24px; }
@media print { nav.filters { display: none !important; } article.claim { break-inside: avoid; } }
"#;

/// The page's script (allowed by its hash in the page's CSP): the filters, and the
/// initial filter from the URL's fragment.
const SCRIPT: &str = r##"
(function () {
  "use strict";
  var nav = document.getElementById("filters");
  var claims = Array.prototype.slice.call(document.querySelectorAll("article.claim"));
  var files = Array.prototype.slice.call(document.querySelectorAll("section.file"));
  var boxes = Array.prototype.slice.call(nav.querySelectorAll("input[name=verdict]"));
  var met = document.getElementById("f-met");
  var tag = document.getElementById("f-tag");
  var shown = document.getElementById("n-shown");
  var none = document.getElementById("none-shown");
  function tagsOf(c) {
    return Array.prototype.map.call(c.querySelectorAll(".tag"), function (t) {
      return t.getAttribute("data-tag");
    });
  }
  function choose(select, value) {
    var found = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
    select.value = found ? value : "";
  }
  function apply() {
    var verdicts = {};
    boxes.forEach(function (b) { verdicts[b.value] = b.checked; });
    var n = 0;
    claims.forEach(function (c) {
      var ok = verdicts[c.getAttribute("data-verdict")] === true &&
        (met.value === "" || c.getAttribute("data-met") === met.value) &&
        (tag.value === "" || tagsOf(c).indexOf(tag.value) >= 0);
      c.hidden = !ok;
      if (ok) { n += 1; }
    });
    files.forEach(function (f) {
      f.hidden = f.querySelector("article.claim:not([hidden])") === null;
    });
    shown.textContent = String(n);
    none.hidden = n > 0;
  }
  function fromHash() {
    var h = window.location.hash.replace(/^#/, "");
    if (h.indexOf("=") < 0) { return false; }
    var p = new URLSearchParams(h);
    var want = [];
    p.getAll("verdict").forEach(function (v) { want = want.concat(v.split(",")); });
    boxes.forEach(function (b) { b.checked = want.length === 0 || want.indexOf(b.value) >= 0; });
    choose(met, p.get("met") || "");
    choose(tag, p.get("tag") || "");
    return true;
  }
  function toHash() {
    var p = [];
    var on = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    if (on.length !== boxes.length) { p.push("verdict=" + on.join(",")); }
    if (met.value !== "") { p.push("met=" + encodeURIComponent(met.value)); }
    if (tag.value !== "") { p.push("tag=" + encodeURIComponent(tag.value)); }
    var url = window.location.pathname + window.location.search + (p.length ? "#" + p.join("&") : "");
    try { window.history.replaceState(null, "", url); } catch (e) { /* a page the browser will not rewrite */ }
  }
  function changed() { apply(); toHash(); }
  boxes.forEach(function (b) { b.addEventListener("change", changed); });
  met.addEventListener("change", changed);
  tag.addEventListener("change", changed);
  document.getElementById("f-reset").addEventListener("click", function () {
    boxes.forEach(function (b) { b.checked = true; });
    met.value = "";
    tag.value = "";
    changed();
  });
  window.addEventListener("hashchange", function () { if (fromHash()) { apply(); } });
  fromHash();
  apply();
  nav.hidden = false;
  document.documentElement.setAttribute("data-ready", "true");
})();
"##;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_writes_the_five_characters_as_references() {
        assert_eq!(
            escape(r#"<a href="x" onclick='y'>&amp;</a>"#),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;"
        );
        assert!(matches!(escape("plain “text” é"), Cow::Borrowed(_)));
    }

    #[test]
    fn text_keeps_line_breaks_and_escapes_controls_and_markup() {
        assert_eq!(text("a\r\nb\tc"), "a\nb\tc");
        assert_eq!(
            text("<script>\u{1b}[31m\u{202E}"),
            "&lt;script&gt;\\u{1b}[31m\\u{202e}"
        );
    }

    #[test]
    fn marks_follow_the_hits_and_overlapping_hits_are_one_mark() {
        use crate::engine::evidence::{Hit, Stance};
        use std::path::Path;
        use std::sync::Arc;
        let quote = "x «Naqura» <talks> here";
        let hit = |term: &str, from: &str| {
            let at = quote.find(from).unwrap();
            Hit {
                term: term.into(),
                start: 100 + at,
                end: 100 + at + from.len(),
                line: 1,
                col: 1,
            }
        };
        let e = Evidence {
            doc: "d".into(),
            path: Arc::from(Path::new("corpus/d.txt")),
            source: "d".into(),
            stance: Stance::Supports,
            start: 100,
            end: 100 + quote.len(),
            line: 1,
            col: 1,
            end_line: 1,
            end_col: 1,
            quote: quote.into(),
            hits: vec![
                hit("talk*", "<talks"),
                hit("@naqoura", "Naqura"),
                hit("\"talks\"", "talks>"),
                // outside the quote: ignored
                Hit {
                    term: "x".into(),
                    start: 10,
                    end: 12,
                    line: 1,
                    col: 1,
                },
            ],
            reason: None,
        };
        assert_eq!(
            marked(&e),
            "x «<mark title=\"@naqoura\">Naqura</mark>» \
             <mark title=\"talk*, &quot;talks&quot;\">&lt;talks&gt;</mark> here"
        );
    }

    #[test]
    fn the_policy_names_the_hashes_of_the_page_own_style_and_script() {
        let csp = content_security_policy();
        assert!(
            csp.starts_with("default-src 'none'; style-src 'sha256-"),
            "{csp}"
        );
        assert!(csp.contains(&csp_hash(SCRIPT)));
        assert!(!csp.contains("unsafe"));
        // written into its attribute as is
        assert!(!csp.contains(['"', '&', '<', '>']));
        // the page's own code holds nothing escape would change inside <style>/<script>
        assert!(!STYLE.contains("</") && !SCRIPT.contains("</"));
    }
}
