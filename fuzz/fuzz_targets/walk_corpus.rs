//! Walking an arbitrary tree of folders, files, links (in, out, up, to themselves,
//! to nothing) and FIFOs as the corpus and claims folders: never a panic or a hang,
//! and nothing outside the folders is ever listed, unless links are followed.
#![no_main]
use factcheck::Paths;
use libfuzzer_sys::fuzz_target;
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

const NAMES: &[&str] = &["a", "b.txt", "c.md", "d", "e.toml", "x.txt", ".h.txt", "sub"];

/// Writes a new file; never opens what is there (a FIFO would block the harness).
fn create(at: &Path, text: &[u8]) {
    use std::io::Write;
    if let Ok(mut f) = std::fs::OpenOptions::new().write(true).create_new(true).open(at) {
        let _ = f.write_all(text);
    }
}

fn build(root: &Path, outside: &Path, data: &[u8]) {
    let mut cwd: Vec<PathBuf> = vec![root.join("corpus")];
    let mut bytes = data.iter().copied();
    while let (Some(op), Some(n)) = (bytes.next(), bytes.next()) {
        let here = cwd.last().unwrap().clone();
        let at = here.join(NAMES[n as usize % NAMES.len()]);
        match op % 7 {
            0 => {
                if std::fs::create_dir(&at).is_ok() && cwd.len() < 40 {
                    cwd.push(at);
                }
            }
            1 => {
                let len = bytes.next().unwrap_or(0) as usize;
                let text: Vec<u8> = bytes.by_ref().take(len).collect();
                create(&at, &text);
            }
            2 => {
                let to: PathBuf = match bytes.next().unwrap_or(0) % 8 {
                    0 => "..".into(),
                    1 => ".".into(),
                    2 => "../..".into(),
                    3 => outside.to_path_buf(),
                    4 => outside.join("secret.txt"),
                    5 => NAMES[n as usize % NAMES.len()].into(), // itself
                    6 => "nope".into(),
                    _ => root.join("claims"),
                };
                let _ = std::os::unix::fs::symlink(to, &at);
            }
            3 => {
                if cwd.len() > 1 {
                    cwd.pop();
                }
            }
            4 => {
                let c = CString::new(at.as_os_str().as_bytes()).unwrap();
                // SAFETY: a valid NUL-terminated path
                unsafe { libc::mkfifo(c.as_ptr(), 0o644) };
            }
            5 => {
                // switch between the corpus and the claims folder
                cwd = vec![if here.starts_with(root.join("corpus")) {
                    root.join("claims")
                } else {
                    root.join("corpus")
                }];
            }
            _ => {
                create(
                    &at,
                    b"[[claim]]\nid = \"c\"\nstatement = \"talks\"\n[[claim.fact]]\nall = [\"talks\"]\n",
                );
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let tmp = tempfile::tempdir().unwrap();
    let outside = tmp.path().join("outside");
    let root = tmp.path().join("suite");
    for d in [&outside, &root.join("corpus"), &root.join("claims")] {
        std::fs::create_dir_all(d).unwrap();
    }
    std::fs::write(outside.join("secret.txt"), "secret talks").unwrap();
    build(&root, &outside, data);
    let inside = root.canonicalize().unwrap();
    for follow in [false, true] {
        let mut paths = Paths::new(&root, None, None);
        paths.access.follow_links = follow;
        if let Ok(listing) = factcheck::corpus::discover(&paths) {
            for f in &listing.files {
                let real = f.fs_path.canonicalize().unwrap();
                if !follow {
                    assert!(real.starts_with(inside.join("corpus")), "{} left the corpus", f.fs_path.display());
                }
                assert!(real.is_file());
            }
        }
        let claims = factcheck::suite::discover(&paths);
        if !follow {
            for f in &claims.files {
                let real = f.path.canonicalize().unwrap();
                assert!(real.starts_with(inside.join("claims")), "{} left the claims folder", f.path.display());
            }
        }
        let _ = factcheck::load(&paths);
    }
});
