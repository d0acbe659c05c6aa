//! A saved web page → an article: its text and its metadata, for `corpus add` and
//! `impact`. Parsed by `scraper` (html5ever, the WHATWG parsing algorithm browsers
//! use, so a page parses here as it renders there); nothing is fetched.
//!
//! - **Metadata**, first found wins: the title from JSON-LD `headline`, else
//!   `og:title`, `twitter:title`, `<title>`, the first `<h1>`; the outlet from
//!   JSON-LD `publisher.name`, else `og:site_name`, `application-name`; the
//!   publication date from JSON-LD `datePublished`, else `article:published_time`,
//!   `og:published_time`, `<meta name>` `date`, `pubdate`, `publish-date`,
//!   `dc.date`, `dc.date.issued`, `itemprop="datePublished"`; the URL from
//!   `<link rel="canonical">`, else `og:url`, JSON-LD `url`. JSON-LD counts when its
//!   `@type` is an article type (`NewsArticle`, `Article`, `ReportageNewsArticle`,
//!   `BlogPosting`, …), also inside `@graph` and arrays.
//! - **Text**: the `<article>` with the most text (else `<main>`, else `<body>`);
//!   its headings, paragraphs, list items, quotes and other blocks in order, one
//!   paragraph each, white space collapsed, separated by blank lines. Left out:
//!   scripts, styles, `nav`, `aside`, `form`s and controls, `footer`, `header`
//!   outside an `<article>` (a page's banner; an article's own header holds its
//!   headline), `figure` captions, embedded media, comments, anything `hidden` or
//!   `aria-hidden`, and blocks whose class or id names an ad, a share bar, a
//!   newsletter box or related links.

use crate::engine::FrontMatter;
use chrono::NaiveDate;
use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};

/// What a page says about itself and its article's text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub meta: FrontMatter,
    /// The article's text: one paragraph per block, separated by blank lines,
    /// ending in a newline (empty when the page has no text).
    pub text: String,
}

/// Whether `bytes` look like an HTML document: after a byte-order mark, white space
/// and comments, a doctype or an `<html>`, `<head>` or `<body>` tag.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut rest = head.trim_start_matches('\u{feff}').trim_start();
    while let Some(after) = rest.strip_prefix("<!--") {
        match after.find("-->") {
            Some(end) => rest = after[end + 3..].trim_start(),
            None => return false,
        }
    }
    ["<!doctype html", "<html", "<head", "<body"]
        .iter()
        .any(|tag| rest.starts_with(tag))
}

/// The deepest nesting of elements [`extract`] reads. html5ever checks the stack of
/// open elements for each tag, so parsing takes time quadratic in the nesting: 1,000
/// levels take a fraction of a second, 100,000 would take hours. News pages nest a
/// few dozen levels; browsers stop nesting at 512.
pub const MAX_NESTING: usize = 1_000;

/// How deep `html`'s elements nest, read from its tags alone: start tags less end
/// tags, leaving out comments, self-closed tags, void elements (`<br>`, `<img>`, …)
/// and those whose end tag may be left out (`<p>`, `<li>`, …). A bound to check
/// before parsing, not the tree the parser builds.
pub fn nesting(html: &str) -> usize {
    const UNCOUNTED: &[&str] = &[
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt",
        "rp", "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body",
    ];
    let bytes = html.as_bytes();
    let (mut depth, mut deepest, mut i) = (0usize, 0usize, 0usize);
    while let Some(at) = bytes[i..].iter().position(|b| *b == b'<') {
        i += at + 1;
        if bytes[i..].starts_with(b"!--") {
            i = html[i..].find("-->").map_or(bytes.len(), |e| i + e + 3);
            continue;
        }
        let close = bytes.get(i) == Some(&b'/');
        let start = i + usize::from(close);
        let len = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if len == 0 || !bytes[start].is_ascii_alphabetic() {
            continue;
        }
        let name = html[start..start + len].to_ascii_lowercase();
        if UNCOUNTED.contains(&name.as_str()) {
            continue;
        }
        let end = html[start..].find('>').map_or(bytes.len(), |e| start + e);
        if close {
            depth = depth.saturating_sub(1);
        } else if !html[start..end].ends_with('/') {
            depth += 1;
            deepest = deepest.max(depth);
        }
        i = end.min(bytes.len());
    }
    deepest
}

/// Reads a saved page: its metadata and its article's text.
pub fn extract(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let mut meta = FrontMatter::default();
    let ld = json_ld(&doc);
    let ld_str = |key: &str| ld.iter().find_map(|a| string(a.get(key)?));
    let named = |names: &[&str]| names.iter().find_map(|n| meta_content(&doc, n));

    meta.title = ld_str("headline")
        .or_else(|| named(&["og:title", "twitter:title"]))
        .or_else(|| first_text(&doc, "title"))
        .or_else(|| first_text(&doc, "h1"));
    meta.outlet = ld
        .iter()
        .find_map(|a| publisher_name(a.get("publisher")?))
        .or_else(|| named(&["og:site_name", "application-name"]));
    // the first that reads as a date: a page may say `date` in words
    meta.published = ld_str("datePublished").and_then(|d| date(&d)).or_else(|| {
        [
            "article:published_time",
            "og:published_time",
            "date",
            "pubdate",
            "publish-date",
            "dc.date",
            "dc.date.issued",
            "datepublished",
        ]
        .iter()
        .find_map(|n| date(&meta_content(&doc, n)?))
    });
    meta.url = select_attr(&doc, "link[rel~=canonical]", "href")
        .or_else(|| named(&["og:url"]))
        .or_else(|| ld_str("url"));
    Page {
        meta,
        text: article_text(&doc),
    }
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("a valid selector")
}

/// White space collapsed to single spaces, trimmed; `None` when nothing is left.
fn normalised(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// The `content` of the first `<meta>` whose `property`, `name` or `itemprop` is
/// `name` (any case).
fn meta_content(doc: &Html, name: &str) -> Option<String> {
    doc.select(&selector("meta[content]")).find_map(|m| {
        let el = m.value();
        let names = ["property", "name", "itemprop"];
        names
            .iter()
            .filter_map(|a| el.attr(a))
            .any(|v| v.trim().eq_ignore_ascii_case(name))
            .then(|| normalised(el.attr("content")?))
            .flatten()
    })
}

fn select_attr(doc: &Html, css: &str, attr: &str) -> Option<String> {
    doc.select(&selector(css))
        .find_map(|e| normalised(e.value().attr(attr)?))
}

fn first_text(doc: &Html, css: &str) -> Option<String> {
    doc.select(&selector(css))
        .find_map(|e| normalised(&e.text().collect::<String>()))
}

/// A `YYYY-MM-DD` date at the start of a date or date-time (`2025-12-03T10:00Z`).
fn date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

/// The article objects of the page's JSON-LD scripts (inside `@graph` and arrays
/// too), in page order. A script that is not JSON is ignored.
fn json_ld(doc: &Html) -> Vec<serde_json::Map<String, serde_json::Value>> {
    let mut out = Vec::new();
    for script in doc.select(&selector("script[type]")) {
        let kind = script.value().attr("type").unwrap_or_default();
        if !kind.trim().eq_ignore_ascii_case("application/ld+json") {
            continue;
        }
        let source: String = script.text().collect();
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&source) else {
            continue;
        };
        let mut stack = vec![value];
        while let Some(v) = stack.pop() {
            match v {
                serde_json::Value::Array(items) => stack.extend(items.into_iter().rev()),
                serde_json::Value::Object(mut o) => {
                    if let Some(graph) = o.remove("@graph") {
                        stack.push(graph);
                    }
                    if is_article(o.get("@type")) {
                        out.push(o);
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Whether a JSON-LD `@type` (a string or a list) names an article.
fn is_article(t: Option<&serde_json::Value>) -> bool {
    let is = |s: &str| s.ends_with("Article") || s == "BlogPosting" || s == "Report";
    match t {
        Some(serde_json::Value::String(s)) => is(s),
        Some(serde_json::Value::Array(a)) => a.iter().any(|v| v.as_str().is_some_and(is)),
        _ => false,
    }
}

/// A JSON-LD text: a string, or the first string of a list.
fn string(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => normalised(s),
        serde_json::Value::Array(a) => a.iter().find_map(string),
        _ => None,
    }
}

/// `publisher`: an organisation's `name`, a list of them, or a plain string.
fn publisher_name(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Object(o) => string(o.get("name")?),
        serde_json::Value::Array(a) => a.iter().find_map(publisher_name),
        other => string(other),
    }
}

/// Elements whose content is never article text.
const LEFT_OUT: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "label",
    "footer",
    "figcaption",
    "iframe",
    "object",
    "embed",
    "video",
    "audio",
    "canvas",
    "svg",
    "math",
    "dialog",
    "menu",
    "head",
    "title",
];

/// Elements that end one paragraph and start another.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "address",
    "hr",
    "br",
    "body",
];

/// Class or id words of the boxes around an article that are not its text.
const CHROME: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "adslot",
    "sponsored",
    "promo",
    "share",
    "sharing",
    "social",
    "newsletter",
    "related",
    "recommended",
    "comments",
    "cookie",
    "cookies",
    "paywall",
    "subscribe",
];

/// Whether an element and everything in it is left out of the text.
fn left_out(el: &ElementRef, in_article: bool) -> bool {
    let e = el.value();
    let name = e.name();
    if LEFT_OUT.contains(&name) || (name == "header" && !in_article) {
        return true;
    }
    if e.attr("hidden").is_some()
        || e.attr("aria-hidden").is_some_and(|v| v.trim() == "true")
        || e.attr("role").is_some_and(|r| {
            [
                "navigation",
                "complementary",
                "banner",
                "contentinfo",
                "dialog",
            ]
            .contains(&r.trim())
        })
    {
        return true;
    }
    // CHROME is lowercase
    e.classes().chain(e.id()).any(|w| {
        w.split(['-', '_'])
            .any(|part| CHROME.iter().any(|c| part.eq_ignore_ascii_case(c)))
    })
}

/// The element whose text is the article: the `<article>` with the most text, else
/// `<main>`, else `<body>`, else the whole document.
fn article_root(doc: &Html) -> NodeRef<'_, Node> {
    let text_len = |e: &ElementRef| e.text().map(str::len).sum::<usize>();
    let mut best: Option<(usize, ElementRef)> = None;
    for a in doc.select(&selector("article")) {
        let len = text_len(&a);
        if best.as_ref().is_none_or(|(l, _)| len > *l) {
            best = Some((len, a));
        }
    }
    if let Some((_, a)) = best {
        return *a;
    }
    for css in ["main", "[role=main]", "body"] {
        if let Some(e) = doc.select(&selector(css)).next() {
            return *e;
        }
    }
    // html5ever makes a <body> for every page but a <frameset> one
    doc.tree.root()
}

/// The article's text, one paragraph per block, separated by blank lines.
fn article_text(doc: &Html) -> String {
    let root = article_root(doc);
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, paragraphs: &mut Vec<String>| {
        if let Some(p) = normalised(current) {
            paragraphs.push(p);
        }
        current.clear();
    };
    // left-out subtrees are skipped by remembering the one being skipped; the walk
    // is iterative, so a deeply nested page cannot overflow the stack
    let mut skipping: Option<ego_tree::NodeId> = None;
    let mut articles = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => current.push_str(t),
                    Node::Element(e) => {
                        let el = ElementRef::wrap(node).expect("an element");
                        let in_article = articles > 0 || e.name() == "article";
                        // the root is the article itself: a class such as
                        // `ads-enabled` on <body> says nothing of its text
                        if node.id() != root.id() && left_out(&el, in_article) {
                            skipping = Some(node.id());
                            // a left-out element still separates what is around it
                            current.push(' ');
                            continue;
                        }
                        if e.name() == "article" {
                            articles += 1;
                        }
                        if BLOCKS.contains(&e.name()) {
                            flush(&mut current, &mut paragraphs);
                        } else if e.name() == "img" || e.name() == "wbr" {
                            current.push(' ');
                        }
                    }
                    _ => {} // comments, doctypes, processing instructions
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                if let Node::Element(e) = node.value() {
                    if e.name() == "article" {
                        articles = articles.saturating_sub(1);
                    }
                    if BLOCKS.contains(&e.name()) {
                        flush(&mut current, &mut paragraphs);
                    }
                }
            }
        }
    }
    flush(&mut current, &mut paragraphs);
    if paragraphs.is_empty() {
        return String::new();
    }
    let mut text = paragraphs.join("\n\n");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    const DEPTH: usize = MAX_NESTING;

    #[test]
    fn sniffs_html() {
        assert!(looks_like_html(b"\xef\xbb\xbf  <!DOCTYPE html><p>x"));
        assert!(looks_like_html(b"<!-- saved -->\n<html lang=en>"));
        assert!(looks_like_html(b"<HEAD><title>x</title>"));
        assert!(!looks_like_html(b"Talks were held <b>today</b>."));
        assert!(!looks_like_html(b"<!-- never closed <html>"));
    }

    #[test]
    fn reads_blocks_in_order_and_leaves_chrome_out() {
        let page = extract(
            "<html><head><title>T | Site</title><script>var x = '<p>no</p>';</script></head>\
             <body><header><nav>Home</nav>Site banner</header>\
             <main><h1>Talks  held</h1><p>First\n  paragraph <a href=x>link</a>.</p>\
             <div class=\"ad-slot\">Buy now</div><!-- a comment -->\
             <ul><li>one</li><li>two</li></ul><figure><img src=x><figcaption>cap</figcaption></figure>\
             <p hidden>gone</p><p>Last<br>line</p></main><footer>(c)</footer></body></html>",
        );
        assert_eq!(
            page.text,
            "Talks held\n\nFirst paragraph link.\n\none\n\ntwo\n\nLast\n\nline\n"
        );
        assert_eq!(page.meta.title.as_deref(), Some("T | Site"));
    }

    #[test]
    fn the_longest_article_wins_and_its_header_stays() {
        let page = extract(
            "<body><article><p>Teaser</p></article>\
             <article><header><h1>Headline</h1></header><p>The whole story here.</p>\
             <footer>Tags</footer></article></body>",
        );
        assert_eq!(page.text, "Headline\n\nThe whole story here.\n");
    }

    #[test]
    fn the_article_root_is_never_left_out() {
        for root in [
            "<body class=\"ads-enabled\"><p>Talks were held.</p><div class=ad>Buy</div></body>",
            "<body class=\"paywall-active\"><main class=\"has-share-tools\">\
             <p>Talks were held.</p><div class=ad>Buy</div></main></body>",
            "<body><article class=\"has-share-tools\"><p>Talks were held.</p>\
             <div class=ad>Buy</div></article></body>",
            "<body role=\"dialog\"><p>Talks were held.</p><div class=ad>Buy</div></body>",
        ] {
            assert_eq!(extract(root).text, "Talks were held.\n", "{root}");
        }
    }

    #[test]
    fn metadata_from_json_ld_then_meta_tags() {
        let page = extract(
            r#"<html><head>
            <meta property="og:title" content="OG title">
            <meta property="og:site_name" content="OG Site">
            <meta property="article:published_time" content="2025-12-01T08:00:00Z">
            <link rel="canonical" href="https://example.org/a">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Not this"},
              {"@type":["NewsArticle"],"headline":"LD headline","datePublished":"2025-12-03T10:00:00+02:00",
               "publisher":{"@type":"Organization","name":"LD Outlet"},"url":"https://example.org/ld"}]}
            </script></head><body><p>x</p></body></html>"#,
        );
        assert_eq!(page.meta.title.as_deref(), Some("LD headline"));
        assert_eq!(page.meta.outlet.as_deref(), Some("LD Outlet"));
        assert_eq!(page.meta.published, NaiveDate::from_ymd_opt(2025, 12, 3));
        assert_eq!(page.meta.url.as_deref(), Some("https://example.org/a"));
        let page = extract(
            r#"<head><meta property="og:title" content=" OG  title "><meta name="og:site_name" content="S">
            <meta name="date" content="not a date"><meta name="pubdate" content="2025-11-24">
            <meta property="og:url" content="https://example.org/og">
            <script type="application/ld+json">{ broken</script></head>"#,
        );
        assert_eq!(page.meta.title.as_deref(), Some("OG title"));
        assert_eq!(page.meta.outlet.as_deref(), Some("S"));
        assert_eq!(page.meta.published, NaiveDate::from_ymd_opt(2025, 11, 24));
        assert_eq!(page.meta.url.as_deref(), Some("https://example.org/og"));
        assert_eq!(page.text, "");
    }

    #[test]
    fn deep_nesting_does_not_overflow_and_deeper_is_refused() {
        let html = format!("{}<p>deep</p>", "<div>".repeat(DEPTH));
        assert_eq!(nesting(&html), DEPTH);
        assert_eq!(extract(&html).text, "deep\n");
        let flat = "<p>a<p>b<br><img src=x><li>c</li><!-- <div><div> --><x/>".repeat(1000);
        assert_eq!(nesting(&flat), 0);
        assert_eq!(nesting("<div><span></span><div></div></div><b>"), 2);
    }
}
