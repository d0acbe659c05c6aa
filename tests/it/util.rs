//! One fluent builder for every integration test: a suite in a temporary folder (or
//! the fixture desk), a run of the real `factcheck` binary in it, and assertions
//! on its exit status, stdout and stderr.
//!
//! ```ignore
//! Suite::new()
//!     .claims("c.toml", CLAIM)
//!     .article("a.txt", ARTICLE)
//!     .run(&["check"])
//!     .status(1)
//!     .stdout_has("✗ contradicted signed");
//! ```

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository's root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The fixture desk, a frozen copy of the sample suite (`tests/fixtures/desk/`): the
/// tests never read the repository's own `claims/` and `corpus/`.
pub fn desk() -> PathBuf {
    repo().join("tests/fixtures/desk")
}

/// The `factcheck` binary, without colour unless a test asks for it.
pub fn factcheck() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_factcheck"));
    c.env_remove("CLICOLOR_FORCE").env("NO_COLOR", "1");
    c
}

/// A suite to run the binary in: a temporary folder with `claims/` and `corpus/`, or
/// the fixture desk.
pub struct Suite {
    dir: Option<tempfile::TempDir>,
    root: PathBuf,
    env: Vec<(String, Option<String>)>,
}

impl Suite {
    /// An empty suite in a temporary folder, with `claims/` and `corpus/`.
    pub fn new() -> Self {
        let s = Self::bare();
        std::fs::create_dir(s.root.join("claims")).unwrap();
        std::fs::create_dir(s.root.join("corpus")).unwrap();
        s
    }

    /// A temporary folder with nothing in it.
    pub fn bare() -> Self {
        let dir = tempfile::tempdir().unwrap();
        Self {
            root: dir.path().to_path_buf(),
            dir: Some(dir),
            env: Vec::new(),
        }
    }

    /// The fixture desk (read only: tests never write there).
    pub fn desk() -> Self {
        Self {
            dir: None,
            root: desk(),
            env: Vec::new(),
        }
    }

    /// A file at `rel` (folders made as needed).
    pub fn file(self, rel: &str, contents: impl AsRef<[u8]>) -> Self {
        assert!(self.dir.is_some(), "the fixture desk is read only");
        let p = self.root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, contents).unwrap();
        self
    }

    /// A claim file `claims/NAME`.
    pub fn claims(self, name: &str, contents: impl AsRef<[u8]>) -> Self {
        self.file(&format!("claims/{name}"), contents)
    }

    /// An article `corpus/NAME`.
    pub fn article(self, name: &str, contents: impl AsRef<[u8]>) -> Self {
        self.file(&format!("corpus/{name}"), contents)
    }

    /// Sets (or, with `None`, removes) an environment variable for every run.
    pub fn env(mut self, key: &str, value: Option<&str>) -> Self {
        self.env.push((key.to_string(), value.map(str::to_string)));
        self
    }

    pub fn path(&self) -> &Path {
        &self.root
    }

    /// Runs `factcheck ARGS` with the suite's folder as the current directory.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_stdin(args, None)
    }

    /// [`Suite::run`] with `input` on standard input.
    pub fn run_stdin(&self, args: &[&str], input: impl AsRef<[u8]>) -> Run {
        self.run_with_stdin(args, Some(input.as_ref()))
    }

    fn run_with_stdin(&self, args: &[&str], input: Option<&[u8]>) -> Run {
        let mut c = factcheck();
        c.args(args).current_dir(&self.root);
        for (k, v) in &self.env {
            match v {
                Some(v) => c.env(k, v),
                None => c.env_remove(k),
            };
        }
        let Some(input) = input else {
            return Run::from(c.output().unwrap());
        };
        c.stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let mut child = c.spawn().unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let input = input.to_vec();
        // written from another thread, so a large input cannot deadlock on full pipes
        let writer = std::thread::spawn(move || {
            use std::io::Write;
            let _ = stdin.write_all(&input);
        });
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap();
        Run::from(out)
    }

    /// Every file under the suite's folder with its bytes, to show nothing was written.
    pub fn listing(&self) -> Vec<(PathBuf, Vec<u8>)> {
        listing(&self.root)
    }

    /// [`Suite::listing`] but for factcheck's cache (`.factcheck/`): the user's files,
    /// which `check` and `impact` never write.
    pub fn user_files(&self) -> Vec<(PathBuf, Vec<u8>)> {
        let cache = self.root.join(".factcheck");
        listing(&self.root)
            .into_iter()
            .filter(|(p, _)| !p.starts_with(&cache))
            .collect()
    }
}

/// Every file under `dir`, with its bytes (a link: its target), sorted.
pub fn listing(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let t = e.file_type().unwrap();
            if t.is_dir() {
                stack.push(e.path());
            } else if t.is_symlink() {
                // a link is listed by where it points, never followed
                let to = std::fs::read_link(e.path()).unwrap();
                out.push((e.path(), to.to_string_lossy().as_bytes().to_vec()));
            } else {
                out.push((e.path(), std::fs::read(e.path()).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// What one run of the binary did.
pub struct Run {
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

impl From<std::process::Output> for Run {
    fn from(o: std::process::Output) -> Self {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: o.stdout,
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl Run {
    pub fn out(&self) -> String {
        String::from_utf8(self.stdout.clone()).unwrap()
    }

    /// Asserts the exit status.
    #[track_caller]
    pub fn status(self, code: i32) -> Self {
        assert_eq!(
            self.code,
            code,
            "exit status\nstdout:\n{}\nstderr:\n{}",
            self.out(),
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(self, part: &str) -> Self {
        let out = self.out();
        assert!(out.contains(part), "stdout lacks {part:?}:\n{out}");
        self
    }

    #[track_caller]
    pub fn stdout_is(self, whole: &str) -> Self {
        assert_eq!(self.out(), whole);
        self
    }

    #[track_caller]
    pub fn stderr_has(self, part: &str) -> Self {
        assert!(
            self.stderr.contains(part),
            "stderr lacks {part:?}:\n{}",
            self.stderr
        );
        self
    }

    /// Stdout, parsed as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.out()))
    }

    /// What a user sees of a failed run, as the diagnostics snapshots pin it: the
    /// exit status, stdout when the run stopped with status 2, and stderr.
    pub fn shown(&self) -> String {
        let mut shown = format!("exit status: {}\n", self.code);
        let stdout = String::from_utf8_lossy(&self.stdout);
        if !stdout.is_empty() && self.code == 2 {
            shown.push_str(&format!("stdout:\n{stdout}"));
        }
        shown.push_str(&format!("stderr:\n{}", self.stderr));
        shown
    }
}
