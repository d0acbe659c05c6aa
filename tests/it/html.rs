//! `check --format html`: the whole page pinned (`tests/snapshots/html__*.snap`),
//! hostile article and claim text shown as text, long quotes bounded, and the page
//! in a real browser: headless Chromium loads it without console errors, shows the
//! report's counts, and its filters (set from the URL's fragment) hide exactly the
//! claims they should.

use crate::util::Suite;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Pins `shown` as snapshot `html__NAME` in `tests/snapshots/`.
macro_rules! pin {
    ($name:expr, $shown:expr) => {
        insta::with_settings!({
            snapshot_path => "../snapshots",
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!(format!("html__{}", $name), $shown);
        })
    };
}

const TALKS: &str = r#"[aliases]
naqoura = ["Naqoura", "Naqura"]

[[claim]]
id = "dec3-talks"
statement = "Talks were held in Naqura on December 3"
expect = "supported"
note = "Only one outlet reports the venue"
tags = ["naqoura", "talks"]

[[claim.fact]]
say = "talks held in Naqura"
all = ["talks", "@naqoura"]

[[claim.fact]]
say = "on December 3"
date = "2025-12-03"
all = ["talks"]

[[claim]]
id = "agreement-signed"
statement = "A formal agreement was signed"
expect = "supported"
tags = ["talks"]
fact = ["formal agreement signed"]
"#;

const OTHER: &str = r#"[[claim]]
id = "envoy-present"
statement = "Envoy Ortagus attended"
tags = ["envoy"]
fact = ["envoy Ortagus"]

[[claim]]
id = "martians"
statement = "Martians landed"
expect = "unverified"
"#;

const WIRE: &str = r#"+++
title = "Talks in Naqura"
outlet = "KJFK News"
url = "https://example.org/naqura?a=1&b=2"
published = 2025-12-04
+++
Talks were held in Naqura on December 3, 2025, officials said.
No formal agreement was signed at the talks.
"#;

const LOCAL: &str = "The US envoy Morgan Ortagus attended the meeting.\n";

fn suite() -> Suite {
    Suite::new()
        .claims("naqoura.toml", TALKS)
        .claims("desk/other.toml", OTHER)
        .article("wire.md", WIRE)
        .article("local.txt", LOCAL)
}

#[test]
fn the_html_report_is_pinned_whole_and_deterministic() {
    let s = suite();
    let first = s.run(&["check", "--format", "html"]).status(1).out();
    let again = s.run(&["check", "--format", "html"]).status(1).out();
    assert_eq!(first, again, "the page's bytes depend on the report alone");
    assert!(!first.contains(&s.path().display().to_string()));
    pin!("report", first);
}

#[test]
fn html_is_the_report_of_check_only() {
    Suite::new()
        .claims("c.toml", OTHER)
        .file("new.txt", LOCAL)
        .run(&["impact", "new.txt", "--format", "html"])
        .status(2)
        .stderr_has("invalid value 'html' for '--format <FORMAT>'");
}

/// Every tag of `page` as (name, attribute names), by a scanner that relies on what
/// the page guarantees: quoted attribute values hold no `<`, `>` or `"`.
fn tags(page: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut rest = page;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').expect("an unclosed tag");
        let inner = &rest[..end];
        rest = &rest[end + 1..];
        if inner.starts_with('!') || inner.starts_with('/') {
            continue;
        }
        let mut attrs = Vec::new();
        let mut in_value = false;
        let mut word = String::new();
        let mut words = Vec::new();
        for c in inner.chars() {
            match c {
                '"' => in_value = !in_value,
                c if in_value => {
                    let _ = c;
                }
                c if c.is_whitespace() || c == '=' => {
                    if !word.is_empty() {
                        words.push(std::mem::take(&mut word));
                    }
                }
                c => word.push(c),
            }
        }
        if !word.is_empty() {
            words.push(word);
        }
        let name = words.remove(0);
        attrs.extend(words);
        out.push((name, attrs));
        // the page's own style and script hold no `<`
        if out
            .last()
            .is_some_and(|(n, _)| n == "script" || n == "style")
        {
            let close = format!("</{}>", out.last().unwrap().0);
            rest = &rest[rest.find(&close).unwrap()..];
        }
    }
    out
}

#[test]
fn article_and_claim_text_cannot_inject_markup_or_script() {
    let claims = r#"[[claim]]
id = "hostile"
statement = "The <script>alert(1)</script> claim \"><img src=x onerror=alert(2)>"
note = "</p><iframe src=https://evil.example></iframe>"
tags = ["<b>tag</b>", "\"><svg onload=alert(3)>"]

[[claim.fact]]
say = "<i>alert</i>"
all = ["alert"]
"#;
    let article = "+++\ntitle = \"</title><script>alert(4)</script>\"\noutlet = \"<b>Outlet</b>\"\nurl = \"javascript:alert(5)\"\n+++\nAn article says \"><img src=x onerror=alert(6)> and <script>alert(7)</script> & more.\n";
    let page = Suite::new()
        .claims("c.toml", claims)
        .article("evil.md", article)
        .run(&["check", "--format", "html"])
        .status(0)
        .out();
    let tags = tags(&page);
    let names: std::collections::BTreeSet<&str> = tags.iter().map(|(n, _)| n.as_str()).collect();
    for bad in ["img", "iframe", "svg", "i"] {
        assert!(!names.contains(bad), "a <{bad}> element in:\n{page}");
    }
    assert_eq!(tags.iter().filter(|(n, _)| n == "script").count(), 1);
    for (name, attrs) in &tags {
        for a in attrs {
            assert!(!a.starts_with("on"), "<{name} {a}> in:\n{page}");
        }
    }
    assert!(!page.contains("href=\"javascript:"), "{page}");
    // shown as text, escaped
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{page}"
    );
    assert!(
        page.contains("&quot;&gt;&lt;img src=x onerror=<mark"),
        "{page}"
    );
    assert!(page.contains("&lt;i&gt;alert&lt;/i&gt;") && page.contains(">&lt;b&gt;tag&lt;/b&gt;<"));
    assert!(page.contains("data-tag=\"&quot;&gt;&lt;svg onload=alert(3)&gt;\""));
    assert!(page.contains("“&lt;/title&gt;&lt;script&gt;alert(4)&lt;/script&gt;”"));
    // the policy forbids every load and allows only the page's own style and script
    let csp = page
        .split("http-equiv=\"Content-Security-Policy\" content=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap();
    assert!(
        csp.starts_with("default-src 'none'; style-src 'sha256-"),
        "{csp}"
    );
    assert!(!csp.contains("unsafe"), "{csp}");
}

#[test]
fn long_quotes_are_shortened_with_every_mark_in_view() {
    let long = format!(
        "Talks {} in Naqura {} ended.\n",
        "went on and on ".repeat(300),
        "and on ".repeat(300)
    );
    let page = Suite::new()
        .claims(
            "c.toml",
            "[[claim]]\nid = \"t\"\nstatement = \"talks in Naqura\"\nfact = [\"talks Naqura\"]\n",
        )
        .article("long.txt", &long)
        .run(&["check", "--format", "html"])
        .status(0)
        .out();
    assert!(page.len() < 40_000, "{} bytes", page.len());
    assert!(page.contains("characters]…"), "{page}");
    assert!(page.contains("<mark title=\"talks\">Talks</mark>"));
    assert!(
        page.contains("<mark title=\"Naqura\">Naqura</mark>"),
        "{page}"
    );
}

// ---- in a real browser ----

/// Debian's `chromium`, or `None` (with a note) when it is absent and CI did not
/// ask for it (`FACTCHECK_REQUIRE_CHROMIUM`).
fn chromium() -> Option<&'static str> {
    let found = Command::new("chromium")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if found {
        return Some("chromium");
    }
    if std::env::var_os("FACTCHECK_REQUIRE_CHROMIUM").is_some() {
        panic!("chromium is not installed and FACTCHECK_REQUIRE_CHROMIUM is set");
    }
    eprintln!("note: chromium not found; the HTML report's browser test is skipped");
    None
}

/// What headless Chromium made of `page` at `fragment`: the DOM after the scripts
/// ran, and the console messages (errors, uncaught exceptions, CSP violations).
fn browse(browser: &str, page: &Path, fragment: &str) -> (String, Vec<String>) {
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}{fragment}", page.display());
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=2000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(&url)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut err, &mut s).unwrap();
        s
    });
    let dom_reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut out, &mut s).unwrap();
        s
    });
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium did not finish in 120 s on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let dom = dom_reader.join().unwrap();
    let console = reader
        .join()
        .unwrap()
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_string)
        .collect();
    assert!(dom.contains("</html>"), "no DOM from chromium for {url}");
    (dom, console)
}

/// The text of the element with this id in `dom`.
fn by_id<'a>(dom: &'a str, id: &str) -> &'a str {
    let at = dom
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id}"));
    let start = at + dom[at..].find('>').unwrap() + 1;
    let end = start + dom[start..].find('<').unwrap();
    &dom[start..end]
}

/// Each claim's id and whether it is hidden, in page order.
fn claims_shown(dom: &str) -> Vec<(String, bool)> {
    dom.split("<article ")
        .skip(1)
        .map(|a| {
            let tag = &a[..a.find('>').unwrap()];
            let id = tag.split("id=\"claim-").nth(1).unwrap();
            let id = id[..id.find('"').unwrap()].to_string();
            (id, !tag.contains(" hidden"))
        })
        .collect()
}

#[test]
fn in_chromium_the_page_loads_cleanly_shows_the_counts_and_filters() {
    let Some(browser) = chromium() else {
        return;
    };
    let s = suite();
    let html = s.run(&["check", "--format", "html"]).status(1).out();
    let json = s.run(&["check", "--format", "json"]).status(1).json();
    let page = s.path().join("report.html");
    std::fs::write(&page, &html).unwrap();

    let (dom, console) = browse(browser, &page, "#verdict=supported");
    assert!(
        console.is_empty(),
        "console messages:\n{}",
        console.join("\n")
    );
    assert!(
        dom.contains("data-ready=\"true\""),
        "the script did not run:\n{dom}"
    );
    let summary = &json["summary"];
    for key in ["claims", "documents", "met", "failed"] {
        assert_eq!(
            by_id(&dom, &format!("n-{key}")),
            summary[key].to_string(),
            "{key}"
        );
    }
    for v in [
        "supported",
        "contradicted",
        "disputed",
        "partial",
        "unverified",
    ] {
        assert_eq!(
            by_id(&dom, &format!("n-{v}")),
            summary["verdicts"][v].to_string(),
            "{v}"
        );
    }
    let supported: Vec<String> = json["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["verdict"] == "supported")
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(supported, ["envoy-present", "dec3-talks"]);
    let shown = claims_shown(&dom);
    assert_eq!(shown.len(), 4);
    for (id, visible) in &shown {
        assert_eq!(*visible, supported.contains(id), "{id} in:\n{dom}");
    }
    assert_eq!(by_id(&dom, "n-shown"), "2");
    assert!(!dom.contains("<nav id=\"filters\" class=\"filters\" hidden"));

    // tag and expectation together; a file with no claim shown is hidden too
    let (dom, console) = browse(browser, &page, "#tag=talks&met=failed");
    assert!(
        console.is_empty(),
        "console messages:\n{}",
        console.join("\n")
    );
    let visible: Vec<String> = claims_shown(&dom)
        .into_iter()
        .filter(|(_, v)| *v)
        .map(|(id, _)| id)
        .collect();
    assert_eq!(visible, ["agreement-signed"]);
    assert_eq!(by_id(&dom, "n-shown"), "1");
    assert!(dom.contains("<section class=\"file\" hidden"), "{dom}");
}
