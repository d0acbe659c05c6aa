//! The architecture, checked: every module of `src/` imports only modules of the
//! layers below its own (or of its own layer), no modules import each other in a
//! circle, the engine and the text layer know nothing of serde, TOML, clap or the
//! file system, and only `corpus::add`, `init`, `check::cache` (under `.factcheck/`) and `check::spill`
//! (an anonymous temporary file) write files. ARCHITECTURE.md draws the same
//! layers.

use crate::util::repo;
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The layers, bottom first; modules of one layer may not import each other's.
const LAYERS: &[&[&str]] = &[
    &["text"],
    &["diag", "paths"],
    &["engine"],
    &["files"],
    &["suite", "corpus"],
    &["report"],
    &["check"],
    &["harness", "init"],
    &["cli"],
    &[""], // lib.rs
];

fn layer(module: &str) -> usize {
    let top = module.split("::").next().unwrap_or_default();
    LAYERS
        .iter()
        .position(|l| l.contains(&top))
        .unwrap_or_else(|| panic!("module `{module}` is in no layer: add it to LAYERS"))
}

/// Every library module (`a::b`) with its source, comments removed.
fn modules() -> BTreeMap<String, String> {
    let src = repo().join("src");
    let mut out = BTreeMap::new();
    let mut stack = vec![src.clone()];
    let comment = Regex::new(r"//[^\n]*").unwrap();
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let rel = p.strip_prefix(&src).unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts == ["main"] {
                continue; // the binary: three lines calling cli::main
            }
            if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
                parts.pop();
            }
            let text = std::fs::read_to_string(&p).unwrap();
            out.insert(
                parts.join("::"),
                comment.replace_all(&text, "").into_owned(),
            );
        }
    }
    out
}

/// The modules `module` imports, resolved to the deepest module each path names;
/// in its unit tests (`mod tests`), `super` is the module itself.
fn imports(module: &str, source: &str, all: &BTreeMap<String, String>) -> BTreeSet<String> {
    let (code, tests) = source
        .split_once("#[cfg(test)]\nmod tests")
        .unwrap_or((source, ""));
    let mut out = paths_in(module, code, false, all);
    out.extend(paths_in(module, tests, true, all));
    out.remove(module);
    out
}

fn paths_in(
    module: &str,
    source: &str,
    in_tests: bool,
    all: &BTreeMap<String, String>,
) -> BTreeSet<String> {
    let deepest = |segments: &[&str]| -> String {
        (0..=segments.len())
            .rev()
            .map(|n| segments[..n].join("::"))
            .find(|m| all.contains_key(m))
            .unwrap_or_default()
    };
    let mut out = BTreeSet::new();
    let crate_path = Regex::new(r"\bcrate((?:::[a-z_][a-z0-9_]*)+)").unwrap();
    for c in crate_path.captures_iter(source) {
        let segs: Vec<&str> = c[1].trim_start_matches("::").split("::").collect();
        out.insert(deepest(&segs));
    }
    let own: Vec<&str> = module.split("::").filter(|s| !s.is_empty()).collect();
    let parent = if in_tests {
        &own[..]
    } else {
        &own[..own.len().saturating_sub(1)]
    };
    let super_path = Regex::new(r"\bsuper((?:::[a-z_][a-z0-9_]*)*)").unwrap();
    for c in super_path.captures_iter(source) {
        let mut segs: Vec<&str> = parent.to_vec();
        segs.extend(c[1].split("::").filter(|s| !s.is_empty()));
        out.insert(deepest(&segs));
    }
    out
}

#[test]
fn every_module_imports_only_layers_below_and_no_circle() {
    let all = modules();
    let graph: BTreeMap<&str, BTreeSet<String>> = all
        .iter()
        .map(|(m, src)| (m.as_str(), imports(m, src, &all)))
        .collect();
    let mut wrong = Vec::new();
    for (m, deps) in &graph {
        for d in deps {
            let (lm, ld) = (layer(m), layer(d));
            let same_top = m.split("::").next() == d.split("::").next();
            if ld > lm || (ld == lm && !same_top) {
                wrong.push(format!("`{m}` imports `{d}`, a layer above or beside it"));
            }
        }
    }
    // circles: a module that reaches itself
    for start in graph.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&str> = graph[start].iter().map(String::as_str).collect();
        while let Some(n) = stack.pop() {
            if n == *start {
                wrong.push(format!("`{start}` imports itself through others"));
                break;
            }
            if seen.insert(n) {
                stack.extend(graph.get(n).into_iter().flatten().map(String::as_str));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(graph.len() > 30, "found only {} modules", graph.len());
}

#[test]
fn the_engine_and_the_text_layer_do_no_io_and_know_no_formats() {
    let banned =
        Regex::new(r"\b(serde|serde_json|toml|clap|anstream|rayon)::|std::(fs|io|env|process)\b")
            .unwrap();
    let mut wrong = Vec::new();
    for (m, src) in modules() {
        if layer(&m) <= layer("engine") {
            for hit in banned.find_iter(&src) {
                wrong.push(format!("`{m}` uses `{}`", hit.as_str()));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn only_the_command_line_knows_clap_and_terminals() {
    let cli_only = Regex::new(r"\b(clap|anstream)::").unwrap();
    let mut wrong = Vec::new();
    for (m, src) in modules() {
        if !m.starts_with("cli") {
            for hit in cli_only.find_iter(&src) {
                wrong.push(format!("`{m}` uses `{}`", hit.as_str()));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn only_corpus_add_init_and_the_cache_write_files() {
    let writes = Regex::new(
        r"fs::(write|create_dir|create_dir_all|remove_file|remove_dir|remove_dir_all|rename|hard_link|copy)\b|\.(write|append|create|create_new|truncate)\(true\)|File::create|tempfile::",
    )
    .unwrap();
    let mut wrong = Vec::new();
    for (m, src) in modules() {
        // unit tests may write in temporary folders
        let code = src.split("#[cfg(test)]").next().unwrap_or_default();
        // corpus::add: one new article under the corpus; init: a new desk, every
        // file created new; check::cache: its own files under ROOT/.factcheck/;
        // check::spill: one anonymous temporary file (deleted when closed)
        if !["corpus::add", "init", "check::cache", "check::spill"].contains(&m.as_str()) {
            for hit in writes.find_iter(code) {
                wrong.push(format!("`{m}` writes: `{}`", hit.as_str()));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(Path::new(&repo().join("src/corpus/add.rs")).is_file());
    assert!(Path::new(&repo().join("src/check/cache.rs")).is_file());
}

/// The tool's own tests read the fixture desk (`tests/fixtures/desk/`), never the
/// repository's `claims/`, `corpus/` or `snapshots/`: editing the sample suite changes
/// only the per-claim tests of `tests/claims.rs`. Every path a test builds from the
/// repository's root is a literal outside `claims/`, `corpus/` and `snapshots/`.
#[test]
fn only_the_claim_tests_read_the_sample_suite() {
    let join = Regex::new(r#"repo\(\)\s*\.join\(\s*([^)]*)\)"#).unwrap();
    let root_use = Regex::new(
        r#"Suite::repository|current_dir\(\s*repo\(\)\s*\)|Paths::new\(\s*repo\(\)|CARGO_MANIFEST_DIR"#,
    )
    .unwrap();
    let mut wrong = Vec::new();
    let mut stack = vec![repo().join("tests")];
    let mut read = 0;
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let rel = p
                .strip_prefix(repo())
                .unwrap()
                .to_string_lossy()
                .into_owned();
            // this file holds the patterns themselves
            if !rel.ends_with(".rs") || rel == "tests/claims.rs" || rel == "tests/it/layers.rs" {
                continue;
            }
            read += 1;
            let text = std::fs::read_to_string(&p).unwrap();
            for c in join.captures_iter(&text) {
                let arg = c[1].trim();
                let literal = arg.starts_with('"') && arg.ends_with('"');
                let suite = ["\"claims", "\"corpus", "\"snapshots"]
                    .iter()
                    .any(|s| arg.starts_with(s));
                if !literal || suite {
                    wrong.push(format!("{rel}: `{}`", &c[0]));
                }
            }
            for hit in root_use.find_iter(&text) {
                // the definition of `repo()`, which is then checked where it is joined
                let defines_repo = hit.as_str() == "CARGO_MANIFEST_DIR"
                    && text[..hit.start()].ends_with("PathBuf::from(env!(\"");
                if !defines_repo {
                    wrong.push(format!("{rel}: `{}`", hit.as_str()));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "tests reading the sample suite:\n{}",
        wrong.join("\n")
    );
    assert!(read > 10, "read only {read} test files");
}
