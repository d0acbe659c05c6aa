//! `corpus add` the way desks get articles, and `impact` reading the same inputs:
//! several files, standard input, saved web pages (`tests/fixtures/pages/`), binary
//! documents refused. Whole outputs and written files are insta snapshots
//! (`tests/snapshots/add__*.snap`).

use crate::util::{Run, Suite, repo};

/// Pins `shown` as snapshot `add__NAME` in `tests/snapshots/`.
macro_rules! pin {
    ($name:expr, $shown:expr) => {
        insta::with_settings!({
            snapshot_path => "../snapshots",
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!(format!("add__{}", $name), $shown);
        })
    };
}

const CLAIMS: &str = r#"[aliases]
naqoura = ["Naqoura", "Naqura"]
unifil = ["UNIFIL"]

[[claim]]
id = "civilian-talks"
statement = "Talks at @naqoura were led by civilians, envoy Ortagus present"
expect = "supported"
fact = [
  { say = "talks at Naqoura", all = ["talks", "@naqoura"] },
  { say = "led by civilians", all = ["civilian"] },
  { say = "envoy Ortagus present", all = ["Ortagus", "envoy"] },
]

[[claim]]
id = "deal-signed"
statement = "A formal agreement was signed"
fact = [{ say = "agreement signed", all = ["formal agreement", "signed"] }]
"#;

/// An article no claim is about.
const OTHER: &str = "The weather was mild in Beirut on Sunday.\n";

fn page() -> Vec<u8> {
    std::fs::read(repo().join("tests/fixtures/pages/kjfk-naqoura-talks.html")).unwrap()
}

/// A suite with the claims and no article yet.
fn suite() -> Suite {
    Suite::new().claims("talks.toml", CLAIMS)
}

/// The exit status, stdout and stderr of a run.
fn whole(r: &Run) -> String {
    format!(
        "exit status: {}\nstdout:\n{}stderr:\n{}",
        r.code,
        r.out(),
        r.stderr
    )
}

/// The corpus's files (name and text), sorted.
fn corpus(s: &Suite) -> Vec<(String, String)> {
    let root = s.path().join("corpus");
    crate::util::listing(&root)
        .into_iter()
        .map(|(p, bytes)| {
            (
                p.strip_prefix(&root).unwrap().display().to_string(),
                String::from_utf8(bytes).unwrap(),
            )
        })
        .collect()
}

#[test]
fn a_saved_page_becomes_its_article_text_with_front_matter() {
    let s = suite().file("saved/page.html", page());
    let r = s.run(&["corpus", "add", "saved/page.html"]).status(0);
    let files = corpus(&s);
    assert_eq!(files.len(), 1);
    let (name, text) = &files[0];
    assert!(name.ends_with(".md"), "{name}");
    pin!("saved_page", format!("{}\n--- {name}\n{text}", whole(&r)));
    for chrome in [
        "cookies",
        "Search",
        "Opinion",
        "Share on",
        "Advertisement",
        "googletag",
        "Related",
        "Subscribe",
        "briefing",
        "Tags:",
        "Most read",
        "rights reserved",
        "Photo",
        "comment",
        "dataLayer",
    ] {
        assert!(!text.contains(chrome), "{chrome} left in:\n{text}");
    }
    // the added page is an article like any other
    let r = s.run(&["check", "--only", "civilian-talks"]).status(0);
    assert!(r.out().contains("✓ supported"), "{}", r.out());
}

#[test]
fn flags_win_over_what_the_page_says() {
    let s = suite().file("page.htm", page());
    s.run(&[
        "corpus",
        "add",
        "page.htm",
        "--title",
        "Naqoura talks",
        "--outlet",
        "KJFK",
        "--published",
        "2025-12-05",
        "--via",
        "AFP",
    ])
    .status(0)
    .stdout_is(
        "added corpus/2025-12-05-kjfk-naqoura-talks.md as `2025-12-05-kjfk-naqoura-talks`\n",
    );
    let text = &corpus(&s)[0].1;
    assert!(
        text.starts_with(
            "+++\ntitle = \"Naqoura talks\"\noutlet = \"KJFK\"\n\
             url = \"https://kjfk.example/news/2025/12/04/lebanon-naqoura-talks\"\n\
             published = 2025-12-05\nvia = \"AFP\"\n+++\n"
        ),
        "{text}"
    );
}

#[test]
fn a_page_is_sniffed_by_its_content_whatever_its_name() {
    let s = suite().file("download", page());
    s.run(&["corpus", "add", "download", "--id", "kjfk/talks"])
        .status(0)
        .stdout_is("added corpus/kjfk/talks.md as `kjfk/talks`\n");
}

#[test]
fn standard_input_needs_a_name_from_flags_or_its_text() {
    let s = suite();
    let text = "Talks were held in Naqura, with envoy Ortagus present.\n";
    let r = s.run_stdin(&["corpus", "add", "-"], text).status(2);
    pin!("stdin_without_id", whole(&r));
    assert!(corpus(&s).is_empty(), "nothing written");
    let r = s
        .run_stdin(
            &[
                "corpus",
                "add",
                "-",
                "--title",
                "Talks held",
                "--outlet",
                "KJFK",
            ],
            text,
        )
        .status(0);
    pin!(
        "stdin_with_title",
        format!("{}\n{:?}", whole(&r), corpus(&s))
    );
    // a text with front matter names itself; a page is sniffed
    let r = s
        .run_stdin(
            &["corpus", "add", "-"],
            "+++\ntitle = \"Second story\"\n+++\nAoun met the envoy on Friday.\n",
        )
        .status(0);
    assert_eq!(r.out(), "added corpus/second-story.txt as `second-story`\n");
    let r = s.run_stdin(&["-q", "corpus", "add", "-"], page()).status(0);
    assert_eq!(
        r.out(),
        "2025-12-04-kjfk-news-lebanon-hails-excellent-outcome-of\n"
    );
    // bounded like a file
    let r = s
        .run_stdin(
            &["corpus", "add", "-", "--id", "big", "--max-file-size", "10"],
            "more than ten bytes\n",
        )
        .status(2);
    assert!(
        r.stderr.contains("<stdin>") && r.stderr.contains("larger than the limit of 10 bytes"),
        "{}",
        r.stderr
    );
    let r = s.run(&["corpus", "add", "-", "-", "--id", "x"]).status(2);
    assert!(r.stderr.contains("--id names one article"), "{}", r.stderr);
    assert!(r.stderr.contains("more than once"), "{}", r.stderr);
    // impact refuses `-` twice alike, before reading standard input (a second read
    // would find it empty)
    let r = s
        .run_stdin(&["corpus", "add", "-", "-"], "Aoun met the envoy.\n")
        .status(2);
    let i = s
        .run_stdin(&["impact", "-", "-"], "Aoun met the envoy.\n")
        .status(2);
    assert!(
        i.stderr
            .contains("`-` (standard input) is given more than once"),
        "{}",
        i.stderr
    );
    assert_eq!(i.stderr, r.stderr, "impact refuses it as add does");
    let i = s.run(&["impact", "-", "-", "--id", "x"]).status(2);
    assert!(i.stderr.contains("--id names one article"), "{}", i.stderr);
    assert!(i.stderr.contains("more than once"), "{}", i.stderr);
}

#[test]
fn several_files_are_added_in_order_each_line_naming_its_file() {
    let s = suite()
        .article(
            "kjfk.txt",
            "+++\noutlet = \"KJFK\"\n+++\nSalam spoke on Monday about the border.\n",
        )
        .file(
            "in/one.txt",
            "+++\ntitle = \"Aoun meets envoy\"\n+++\nAoun met the envoy on Friday.\n",
        )
        .file(
            "in/two.md",
            "+++\ntitle = \"Talks held\"\n+++\nTalks were held in Naqura.\n\nNo deal was signed.\n",
        )
        .file("in/page.html", page());
    let r = s
        .run(&[
            "corpus",
            "add",
            "in/one.txt",
            "in/two.md",
            "in/page.html",
            "--outlet",
            "KJFK",
        ])
        .status(0);
    pin!("several_files", whole(&r));
    assert_eq!(corpus(&s).len(), 4);
}

#[test]
fn a_refused_file_stops_the_run_and_the_ones_before_stay() {
    let s = suite()
        .file("in/one.txt", "Aoun met the envoy on Friday.\n")
        .file("in/report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
        .file("in/three.txt", "Never tried.\n");
    let r = s
        .run(&[
            "corpus",
            "add",
            "in/one.txt",
            "in/report.pdf",
            "in/three.txt",
        ])
        .status(2);
    pin!("stopped_at_pdf", whole(&r));
    let names: Vec<String> = corpus(&s).into_iter().map(|f| f.0).collect();
    assert_eq!(names, ["one.txt"]);
}

#[test]
fn binary_documents_are_refused_with_what_to_do() {
    let cases: &[(&str, &[u8])] = &[
        ("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"),
        ("story.docx", b"PK\x03\x04\x14\x00\x06\x00word/document.xml"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"),
        ("scan.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ("blob.bin", b"text then\x00a NUL"),
    ];
    let mut shown = String::new();
    for (name, bytes) in cases {
        let s = suite().article("other.txt", OTHER).file(name, bytes);
        let before = s.listing();
        let r = s.run(&["corpus", "add", name]).status(2);
        assert_eq!(s.listing(), before, "{name}: nothing written");
        let i = s.run(&["impact", name]).status(2);
        assert_eq!(i.stderr, r.stderr, "impact refuses it alike");
        shown.push_str(&format!("$ factcheck corpus add {name}\n{}\n", whole(&r)));
    }
    pin!("binary_refused", shown);
}

#[test]
fn a_nul_byte_past_the_first_8_kib_is_refused_too() {
    // reading the corpus looks at the first 8 KiB; a new article is written whole
    let text = [
        &b"Talks were held in Naqura.\n".repeat(400)[..],
        b"tail\0end\n",
    ]
    .concat();
    assert!(text.len() > 9 * 1024);
    let s = suite().article("other.txt", OTHER).file("late.txt", &text);
    let before = s.listing();
    let r = s.run(&["corpus", "add", "late.txt"]).status(2);
    assert!(
        r.stderr.contains("not a text file: a NUL byte at offset"),
        "{}",
        r.stderr
    );
    assert_eq!(s.listing(), before, "nothing written");
    let r = s
        .run_stdin(&["corpus", "add", "-", "--id", "late"], &text)
        .status(2);
    assert!(
        r.stderr.contains("<stdin>") && r.stderr.contains("NUL byte"),
        "{}",
        r.stderr
    );
    assert_eq!(s.listing(), before, "nothing written");
    let i = s.run(&["impact", "late.txt"]).status(2);
    assert!(i.stderr.contains("NUL byte"), "{}", i.stderr);
}

#[test]
fn impact_reads_pages_and_standard_input_as_add_would_write_them() {
    let s = suite()
        .article("other.txt", OTHER)
        .file("page.html", page());
    let r = s.run(&["impact", "page.html"]).status(0);
    pin!("impact_page", whole(&r));
    let json = s.run(&["impact", "page.html", "--format", "json"]).json();
    let doc = &json["documents"][0];
    let id = doc["id"].as_str().unwrap();
    assert_eq!(
        id,
        "2025-12-04-kjfk-news-lebanon-hails-excellent-outcome-of"
    );
    assert_eq!(doc["path"], format!("corpus/{id}.md"));
    // what impact predicted is what the added file gives: same id, same offsets
    let e = &json["changed"][0]["added"][0];
    s.run(&["corpus", "add", "page.html"]).status(0);
    let text = std::fs::read_to_string(s.path().join(format!("corpus/{id}.md"))).unwrap();
    let (start, end) = (
        e["start"].as_u64().unwrap() as usize,
        e["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], e["quote"].as_str().unwrap());

    let s = suite().article("other.txt", OTHER);
    let r = s
        .run_stdin(
            &["impact", "-", "--title", "Envoy at Naqoura", "--outlet", "KJFK"],
            "Talks were held in Naqura, led by civilian representatives, with envoy Ortagus present.\n",
        )
        .status(0);
    assert!(
        r.out().contains("corpus/kjfk-envoy-at-naqoura.txt"),
        "{}",
        r.out()
    );
    let r = s.run_stdin(&["impact", "-"], "No name here.\n").status(2);
    assert!(r.stderr.contains("needs an id"), "{}", r.stderr);

    // a page is named by the file add would write whatever its own name, even `.md`
    let s = suite()
        .article("other.txt", OTHER)
        .file("saved.md", page())
        .file(
            "NOTES.MD",
            "Talks were held in Naqura, led by civilian representatives, with envoy Ortagus present.\n",
        );
    let json = s.run(&["impact", "saved.md", "--format", "json"]).json();
    assert_eq!(json["documents"][0]["path"], format!("corpus/{id}.md"));
    let json = s.run(&["impact", "NOTES.MD", "--format", "json"]).json();
    assert_eq!(json["documents"][0]["path"], "corpus/notes.md");
}
