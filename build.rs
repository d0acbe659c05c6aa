//! Stamps the build with a hash of the crate's sources, so a cache written by one build
//! of factcheck is never trusted by another (`check::cache`): any change to the code
//! that reads articles or claims, or to the locked versions of the crates it uses,
//! gives a new stamp, and the cache is rebuilt.

use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn main() {
    let mut list = Vec::new();
    files(Path::new("src"), &mut list);
    list.push(PathBuf::from("Cargo.toml"));
    // the versions of the crates that read articles (stemmer, Unicode tables,
    // regex) too: `cargo update` alone can change a result
    if Path::new("Cargo.lock").is_file() {
        list.push(PathBuf::from("Cargo.lock"));
    }
    list.sort();
    // FNV-1a over every file's path and bytes: stable across builds and platforms
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in &list {
        let bytes = std::fs::read(p).unwrap_or_default();
        for b in p.to_string_lossy().bytes().chain([0xff]).chain(bytes) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=FACTCHECK_SOURCE_HASH={h:016x}");
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=Cargo.toml");
    println!("cargo:rerun-if-changed=Cargo.lock");
}
