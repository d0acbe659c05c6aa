//! Loading an arbitrary claim file: any bytes give a suite or diagnostics, never a
//! panic, and every diagnostic renders.
#![no_main]
use factcheck::suite::{self, ClaimFile};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    let file = ClaimFile::new("claims/fuzz.toml", source.to_string());
    match suite::load(&[file]) {
        Ok(suite) => assert_eq!(suite.terms.len(), suite.term_sites.len()),
        Err(diags) => {
            for d in diags {
                let _ = d.to_string();
            }
        }
    }
});
