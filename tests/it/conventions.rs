//! The command line's conventions, on small suites in temporary folders: `--color`,
//! `-q`, shell completions, `--help` headings, and `check PATH.toml`. Whole outputs
//! are insta snapshots (`tests/snapshots/conventions__*.snap`).

use crate::util::{Run, Suite};
use clap::CommandFactory;
use factcheck::cli::args::Cli;

/// Pins `shown` as snapshot `conventions__NAME` in `tests/snapshots/`.
macro_rules! pin {
    ($name:expr, $shown:expr) => {
        insta::with_settings!({
            snapshot_path => "../snapshots",
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!(format!("conventions__{}", $name), $shown);
        })
    };
}

const TALKS: &str = r#"[aliases]
naqoura = ["Naqoura", "Naqura"]

[[claim]]
id = "talks-held"
statement = "Talks were held in Naqoura"
expect = "supported"
tags = ["naqoura"]

[[claim]]
id = "deal-signed"
statement = "A formal agreement was signed"
expect = "supported"
fact = [{ say = "agreement signed", all = ["formal agreement", "signed"] }]
"#;

const ENVOY: &str = r#"[[claim]]
id = "envoy-present"
statement = "Envoy Ortagus was present at @naqoura"
expect = "supported"

[[claim]]
id = "no-tag"
statement = "The talks lasted three hours"
"#;

const ARTICLE: &str = "Talks were held in Naqura on December 3, 2025.\n\
                       No formal agreements were signed.\n\
                       US envoy Morgan Ortagus was present in Naqoura.\n";

/// Two claim files (one in a subfolder), one article, and a link out of the corpus
/// that the walk skips with a warning.
fn suite() -> Suite {
    let s = Suite::new()
        .claims("talks.toml", TALKS)
        .claims("people/envoy.toml", ENVOY)
        .article("kjfk.txt", ARTICLE)
        .file("elsewhere/outside.txt", "Not in the corpus.\n");
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        s.path().join("elsewhere/outside.txt"),
        s.path().join("corpus/outside.txt"),
    )
    .unwrap();
    s
}

/// A run as a reader sees it: the exit status, stdout, stderr, with the escape
/// character shown as `␛` and the temporary folder as `ROOT`.
fn whole(s: &Suite, r: &Run) -> String {
    let mut shown = format!(
        "exit status: {}\nstdout:\n{}stderr:\n{}",
        r.code,
        r.out(),
        r.stderr
    )
    .replace('\x1b', "␛");
    let real = s.path().canonicalize().unwrap();
    for root in [real.as_path(), s.path()] {
        shown = shown.replace(&root.display().to_string(), "ROOT");
    }
    shown
}

#[test]
fn color_always_paints_stdout_and_stderr_even_in_a_pipe_with_no_color() {
    let s = suite();
    let r = s.run(&["check", "--color", "always"]).status(1);
    assert!(r.out().contains("\x1b[31m\x1b[1m✗"), "{}", r.out());
    pin!("color_always", whole(&s, &r));
    // stderr too: the error label of a stopped run
    let r = s
        .run(&["--color=always", "check", "--only", "nope"])
        .status(2);
    assert!(
        r.stderr.contains("\x1b[1m\x1b[31merror\x1b[0m"),
        "{}",
        r.stderr
    );
}

#[test]
fn color_never_wins_over_clicolor_force() {
    let s = suite()
        .env("NO_COLOR", None)
        .env("CLICOLOR_FORCE", Some("1"));
    let forced = s.run(&["check"]).status(1);
    assert!(forced.out().contains('\x1b'), "auto honours CLICOLOR_FORCE");
    let r = s.run(&["check", "--color", "never"]).status(1);
    assert!(!r.out().contains('\x1b'), "{}", r.out());
    let r = s
        .run(&["--color", "never", "check", "--only", "nope"])
        .status(2);
    assert!(!r.stderr.contains('\x1b'), "{}", r.stderr);
    let plain = suite().run(&["check"]).status(1);
    assert!(!plain.out().contains('\x1b'), "auto in a pipe: no colour");
}

#[test]
fn quiet_check_prints_the_misses_and_the_status_line_only() {
    let s = suite();
    let loud = s.run(&["check"]).status(1);
    assert!(loud.stderr.contains("warning"), "the dangling link warns");
    let r = s.run(&["check", "-q"]).status(1);
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
    pin!("quiet_check", whole(&s, &r));
    // nothing missed: one line
    let r = s.run(&["-q", "check", "--only", "talks-held"]).status(0);
    pin!("quiet_check_all_met", whole(&s, &r));
    // errors are still printed
    let r = s.run(&["-q", "check", "--only", "nope"]).status(2);
    assert!(
        r.stderr
            .contains("error: --only: no claim id or tag `nope`")
    );
}

#[test]
fn quiet_lint_prints_the_counts_line_only() {
    let s = suite();
    let r = s.run(&["lint", "--quiet"]).status(0);
    pin!("quiet_lint", whole(&s, &r));
    let loud = s.run(&["lint"]).status(0);
    assert_eq!(loud.out(), r.out(), "the same counts line");
    assert!(loud.stderr.contains("warning"));
}

#[test]
fn quiet_corpus_add_prints_the_ids_only() {
    let s = suite()
        .file(
            "in/a.txt",
            "+++\ntitle = \"A\"\n+++\nAoun met the envoy on Friday.\n",
        )
        .file(
            "in/b.txt",
            "+++\ntitle = \"B\"\n+++\nSalam spoke on Monday.\n",
        );
    let r = s
        .run(&[
            "corpus", "add", "-q", "in/a.txt", "in/b.txt", "--outlet", "KJFK",
        ])
        .status(0);
    assert_eq!(r.out(), "kjfk-a\nkjfk-b\n");
    assert_eq!(r.stderr, "");
}

#[test]
fn completions_come_from_the_parsers_own_command() {
    let s = Suite::bare();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let r = s.run(&["completions", shell]).status(0);
        let mut expected = Vec::new();
        let parsed: clap_complete::Shell = shell.parse().unwrap();
        clap_complete::generate(parsed, &mut Cli::command(), "factcheck", &mut expected);
        assert!(r.stdout == expected, "{shell}: not the parser's command");
    }
    let bash = s.run(&["completions", "bash"]).out();
    let cmd = Cli::command();
    for sub in cmd.get_subcommands() {
        assert!(bash.contains(sub.get_name()), "{}", sub.get_name());
        for arg in sub.get_arguments().filter_map(|a| a.get_long()) {
            assert!(bash.contains(&format!("--{arg}")), "--{arg}");
        }
    }
    for global in ["--root", "--color", "--quiet", "--max-file-size"] {
        assert!(bash.contains(global), "{global}");
    }
    assert!(bash.contains("complete -F _factcheck"));
    let r = s.run(&["completions", "tcsh"]).status(2);
    assert!(r.stderr.contains("possible values"), "{}", r.stderr);
}

/// The option names under each heading of a `--help` page, in order.
fn sections(help: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in help.lines() {
        if !line.starts_with(' ') && line.ends_with(':') {
            out.push((line.trim_end_matches(':').to_string(), Vec::new()));
        } else if let (Some(last), Some(name)) = (
            out.last_mut(),
            line.split_whitespace()
                .find(|w| w.starts_with("--") || (w.starts_with('[') && !w.ends_with(':')))
                .filter(|_| line.starts_with("  ")),
        ) {
            last.1.push(name.trim_end_matches([',', '.']).to_string());
        }
    }
    out
}

#[test]
fn help_lists_own_options_first_and_globals_under_their_heading() {
    let s = Suite::bare();
    let help = s.run(&["check", "--help"]).status(0).out();
    let sections = sections(&help);
    let names: Vec<&str> = sections.iter().map(|(h, _)| h.as_str()).collect();
    assert_eq!(names, ["Arguments", "Options", "Global options"], "{help}");
    let own = &sections[1].1;
    assert!(
        own.starts_with(&["--format".into(), "--only".into()]),
        "{own:?}"
    );
    assert!(!own.iter().any(|o| o == "--root"), "{own:?}");
    let global = &sections[2].1;
    for g in [
        "--root",
        "--claims",
        "--corpus",
        "--follow-links",
        "--max-file-size",
        "--color",
        "--quiet",
    ] {
        assert!(global.iter().any(|o| o == g), "{g} in {global:?}");
    }
    // every subcommand, the same way
    for sub in ["explain", "lint", "impact", "corpus", "completions"] {
        let help = s.run(&[sub, "--help"]).status(0).out();
        let options = help.find("\nOptions:").expect(sub);
        let globals = help.find("\nGlobal options:").expect(sub);
        assert!(options < globals, "{sub}: own options first");
        assert!(help[globals..].contains("--color <WHEN>"), "{sub}");
        assert!(!help[..globals].contains("--root"), "{sub}");
    }
    // clap's help follows --color too
    let painted = s
        .run(&["--color", "always", "check", "--help"])
        .status(0)
        .out();
    assert!(painted.contains("\x1b["), "{painted}");
    let plain = s.run(&["check", "--help", "--color=never"]).status(0).out();
    assert_eq!(plain, help);
    let help = s.run(&["corpus", "add", "--help"]).status(0);
    pin!("corpus_add_help", whole(&s, &help));
}

#[test]
fn check_takes_claim_files_from_here_or_under_the_claims_folder() {
    let s = suite();
    let r = s.run(&["check", "claims/people/envoy.toml"]).status(0);
    pin!("check_one_file", whole(&s, &r));
    let under = s.run(&["check", "people/envoy.toml"]).status(0);
    assert_eq!(under.out(), r.out(), "the same file, named under claims/");
    let from_inside = crate::util::factcheck()
        .args(["--root", "../..", "check", "envoy.toml"])
        .current_dir(s.path().join("claims/people"))
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(from_inside.stdout).unwrap(),
        r.out(),
        "a path from the current folder"
    );
    // several files, a folder, and --only: the intersection
    let r = s
        .run(&["check", "people", "claims/talks.toml", "--only", "naqoura"])
        .status(0);
    pin!("check_files_and_only", whole(&s, &r));
    let all = s.run(&["check"]).status(1).out();
    let both = s
        .run(&["check", "claims/talks.toml", "people/envoy.toml"])
        .status(1)
        .out();
    assert_eq!(both, all, "every file given is the whole suite");
}

#[test]
fn check_refuses_a_path_that_is_no_claim_file() {
    let s = suite().file("notes.toml", "title = 'not a claim file'\n");
    let before = s.listing();
    let r = s
        .run(&[
            "check",
            "claims/talk.toml",
            "notes.toml",
            "people/envoy.tml",
        ])
        .status(2);
    pin!("check_not_claim_files", whole(&s, &r));
    let r = s
        .run(&["check", "claims/talks.toml", "--only", "envoy-present"])
        .status(2);
    pin!("check_file_and_only_disjoint", whole(&s, &r));
    assert_eq!(s.listing(), before, "nothing written");
}
