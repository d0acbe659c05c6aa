//! The command line's shape (clap): global locations, subcommands and their flags.
//! Only this file knows clap; it turns arguments into the library's requests.

use crate::corpus::{AddRequest, NewMeta};
use crate::paths::Paths;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "factcheck",
    version,
    about = "Check fact-check claims against a corpus of articles"
)]
pub struct Cli {
    #[command(flatten)]
    pub at: Locations,
    #[command(flatten)]
    pub conventions: Conventions,
    #[command(subcommand)]
    pub command: Command,
}

/// The heading under which `--help` lists the options every subcommand takes, apart
/// from the subcommand's own.
pub const GLOBAL: &str = "Global options";

#[derive(clap::Args, Clone)]
#[command(next_help_heading = GLOBAL)]
pub struct Locations {
    /// The suite's root folder
    #[arg(long, global = true, default_value = ".")]
    pub root: PathBuf,
    /// The claims folder [default: ROOT/claims]
    #[arg(long, global = true)]
    pub claims: Option<PathBuf>,
    /// The corpus folder [default: ROOT/corpus]
    #[arg(long, global = true)]
    pub corpus: Option<PathBuf>,
    /// Read what symbolic links point to, even outside the claims and corpus folders
    #[arg(long, global = true)]
    pub follow_links: bool,
    /// The largest article or claim file read, e.g. 64MiB, 500KB [default: 64MiB]
    #[arg(long, global = true, value_name = "SIZE", value_parser = crate::files::parse_size)]
    pub max_file_size: Option<u64>,
}

/// How the command line talks: colour and how much it says.
#[derive(clap::Args, Clone, Copy)]
#[command(next_help_heading = GLOBAL)]
pub struct Conventions {
    /// When to colour output: auto (a terminal, and NO_COLOR unset; CLICOLOR_FORCE
    /// honoured), always or never, for stdout and stderr
    #[arg(
        long,
        global = true,
        value_enum,
        value_name = "WHEN",
        default_value = "auto"
    )]
    pub color: ColorWhen,
    /// Print no warnings (errors still), and only what matters: `check` the claims
    /// that miss their expect and the summary line, `corpus add` the ids, `lint` the
    /// counts line
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

/// `--color`'s values.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

impl ColorWhen {
    /// The same choice for clap's own `--help`.
    pub fn for_clap(self) -> clap::ColorChoice {
        match self {
            ColorWhen::Auto => clap::ColorChoice::Auto,
            ColorWhen::Always => clap::ColorChoice::Always,
            ColorWhen::Never => clap::ColorChoice::Never,
        }
    }

    /// Makes it every stream's choice (anstream's global); `auto` leaves each stream
    /// to decide.
    pub fn apply(self) {
        match self {
            ColorWhen::Auto => {}
            ColorWhen::Always => anstream::ColorChoice::Always.write_global(),
            ColorWhen::Never => anstream::ColorChoice::Never.write_global(),
        }
    }
}

impl Locations {
    /// Where the suite is, and how far reading it may go.
    pub fn paths(&self) -> Paths {
        let mut paths = Paths::new(self.root.clone(), self.claims.clone(), self.corpus.clone());
        paths.access.follow_links = self.follow_links;
        if let Some(max) = self.max_file_size {
            paths.access.max_file_size = max;
        }
        paths
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people: each claim's verdict, at most 5 windows per fact and stance
    Text,
    /// One JSON document, every evidence window
    Json,
    /// JSON Lines: one line per claim (as in the JSON report's claims), then
    /// {"version":1,"summary","documents"}
    Jsonl,
    /// One self-contained HTML page
    Html,
    /// schema.org ClaimReview JSON-LD, one object per claim
    Claimreview,
    /// FEVER JSON Lines, one line per claim
    Fever,
    /// JUnit XML: one testsuite per claim file, one testcase per claim
    Junit,
    /// SARIF 2.1.0: one result per claim that missed its expect
    Sarif,
    /// GitHub Actions annotations: one ::error per claim that missed its expect
    Github,
}

impl Format {
    /// Whether the format keeps every evidence window and supporting document (JSON,
    /// JSON Lines, FEVER: what machines read; written by `check::every`), or shows
    /// people at most
    /// [`EVIDENCE_SHOWN`](crate::report::EVIDENCE_SHOWN) per fact and stance and
    /// counts the rest (text, HTML, ClaimReview and the CI formats). The check layer
    /// may aggregate what it does not show only when this is false.
    pub fn keeps_every_window(self) -> bool {
        match self {
            Format::Json | Format::Jsonl | Format::Fever => true,
            Format::Text
            | Format::Html
            | Format::Claimreview
            | Format::Junit
            | Format::Sarif
            | Format::Github => false,
        }
    }
}

/// `explain --format` and `impact --format`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ViewFormat {
    Text,
    Json,
}

/// `lint --format`.
#[derive(Clone, Copy, ValueEnum)]
pub enum LintFormat {
    /// Warnings on stderr, a summary line on stdout
    Text,
    /// {"version":1,"claims","documents","warnings":[...]}
    Json,
    /// SARIF 2.1.0: one result per warning
    Sarif,
    /// GitHub Actions annotations: one ::warning per warning
    Github,
}

#[derive(Subcommand)]
pub enum Command {
    /// Match every claim against the corpus and print the verdict report
    Check {
        /// Check only the claims of these claim files (paths from here or under the
        /// claims folder) [default: every claim file]
        #[arg(value_name = "CLAIM_FILE")]
        claim_files: Vec<PathBuf>,
        /// Output format
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Check only the claim with this id or the claims with this tag (repeatable;
        /// with claim files, the claims of those files that it selects)
        #[arg(long, value_name = "ID|TAG")]
        only: Vec<String>,
        /// Neither read nor write the cache (ROOT/.factcheck/cache): read every
        /// article. The results are the same either way
        #[arg(long)]
        no_cache: bool,
    },
    /// Show one claim's facts with each evidence window, matches marked, and the
    /// near misses of facts without evidence
    Explain {
        /// The claim's id
        id: String,
        /// Output format
        #[arg(long, value_enum, default_value = "text")]
        format: ViewFormat,
        /// Neither read nor write the cache (ROOT/.factcheck/cache): read every
        /// article. The results are the same either way
        #[arg(long)]
        no_cache: bool,
    },
    /// Check the suite without a report; print warnings for likely mistakes
    Lint {
        /// Exit 1 when there are warnings
        #[arg(long)]
        deny_warnings: bool,
        /// Output format
        #[arg(long, value_enum, default_value = "text")]
        format: LintFormat,
    },
    /// Which claims would change verdict or evidence if these articles were added
    /// (nothing is written)
    Impact {
        /// Article files (.txt, .md or a saved web page .html), `-` for standard input
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format
        #[arg(long, value_enum, default_value = "text")]
        format: ViewFormat,
        /// Exit 1 when any claim's verdict would change (for CI)
        #[arg(long)]
        fail_on_change: bool,
        /// Neither read nor write the cache (ROOT/.factcheck/cache): read every
        /// article. The results are the same either way
        #[arg(long)]
        no_cache: bool,
        /// The front matter and id `corpus add` would give them
        #[command(flatten)]
        meta: MetaArgs,
    },
    /// Write a ready desk in DIR: a tiny crate whose `cargo test` checks its claims
    /// (one example claim and article), .gitignore, factcheck.toml, a README and a
    /// GitHub Actions workflow. Never overwrites a file
    Init(InitArgs),
    /// Manage the corpus
    Corpus {
        #[command(subcommand)]
        action: CorpusCommand,
    },
    /// Print a shell completion script, e.g. `factcheck completions bash >
    /// ~/.local/share/bash-completion/completions/factcheck`
    Completions {
        /// The shell
        shell: clap_complete::Shell,
    },
}

impl Command {
    /// Whether the command's errors are written as JSON on stderr: when it was asked
    /// for `--format json`.
    pub fn json_errors(&self) -> bool {
        matches!(
            self,
            Command::Check {
                format: Format::Json | Format::Jsonl,
                ..
            } | Command::Explain {
                format: ViewFormat::Json,
                ..
            } | Command::Impact {
                format: ViewFormat::Json,
                ..
            } | Command::Lint {
                format: LintFormat::Json,
                ..
            }
        )
    }
}

#[derive(Subcommand)]
pub enum CorpusCommand {
    /// Copy articles into the corpus with front matter (a saved web page: its
    /// article text and metadata); prints each one's id
    Add(AddArgs),
}

/// `corpus add`'s arguments.
#[derive(Debug, Clone, clap::Args)]
pub struct AddArgs {
    /// The articles, added in order (UTF-8 .txt or .md, or a saved web page .html),
    /// `-` for standard input
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub meta: MetaArgs,
    /// Add it even if its text is already in the corpus (a syndicated copy)
    #[arg(long)]
    pub force: bool,
}

/// The front matter and id of a new article, for `corpus add` and `impact` alike.
#[derive(Debug, Clone, clap::Args)]
pub struct MetaArgs {
    /// The outlet that published it (documents of one outlet count as one source)
    #[arg(long)]
    pub outlet: Option<String>,
    /// The wire or outlet the text came from, e.g. AFP (one source with that outlet
    /// and with other copies via it)
    #[arg(long)]
    pub via: Option<String>,
    /// Publication date, YYYY-MM-DD (relative dates such as "on Wednesday" are read
    /// against it)
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub published: Option<String>,
    /// Where it was published
    #[arg(long)]
    pub url: Option<String>,
    /// Its headline
    #[arg(long)]
    pub title: Option<String>,
    /// The document id [default: from published, outlet and title, else the file name]
    #[arg(long)]
    pub id: Option<String>,
}

impl From<MetaArgs> for NewMeta {
    fn from(a: MetaArgs) -> Self {
        NewMeta {
            outlet: a.outlet,
            via: a.via,
            published: a.published,
            url: a.url,
            title: a.title,
            id: a.id,
        }
    }
}

impl AddArgs {
    /// One request per file, in order, each with the same flags.
    pub fn requests(self) -> Vec<AddRequest> {
        let meta = NewMeta::from(self.meta);
        self.files
            .into_iter()
            .map(|file| AddRequest {
                file,
                meta: meta.clone(),
                force: self.force,
            })
            .collect()
    }
}

/// `init`'s arguments.
#[derive(Debug, Clone, clap::Args)]
pub struct InitArgs {
    /// The desk's folder (made if missing) [default: ROOT]
    pub dir: Option<PathBuf>,
    /// Depend on factcheck's source in this folder [default: the source this
    /// factcheck was built from, when it is still there]
    #[arg(long, value_name = "DIR", conflicts_with = "git")]
    pub path: Option<PathBuf>,
    /// Depend on factcheck from this git repository (and install it from there in CI)
    #[arg(long, value_name = "URL")]
    pub git: Option<String>,
    /// The desk's name, for factcheck.toml and the crate [default: the folder's name]
    #[arg(long)]
    pub name: Option<String>,
    /// The desk's web address, for factcheck.toml
    #[arg(long)]
    pub url: Option<String>,
}

impl InitArgs {
    /// The library's request; `root` is the folder when DIR is not given.
    pub fn request(self, root: &std::path::Path) -> crate::init::InitRequest {
        use crate::init::Source;
        let source = match (self.path, self.git) {
            (Some(p), _) => Source::Path(std::path::absolute(&p).unwrap_or(p)),
            (None, Some(url)) => Source::Git(url),
            (None, None) => Source::detect(),
        };
        crate::init::InitRequest {
            dir: self.dir.unwrap_or_else(|| root.to_path_buf()),
            source,
            name: self.name,
            url: self.url,
        }
    }
}
