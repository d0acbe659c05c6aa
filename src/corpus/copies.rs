//! Copies: which corpus document already holds an article's text (ignoring front
//! matter and white space). Read-only; `corpus add` refuses a copy and `impact` notes
//! one.

use super::discover::DocFile;
use super::read;
use crate::diag::Diagnostic;
use rayon::prelude::*;

/// For each body, the corpus document with the same text (ignoring front matter and
/// white space), if any. The corpus is read once, in parallel.
pub fn same_texts(bodies: &[&str], corpus: &[DocFile]) -> Result<Vec<Option<String>>, Diagnostic> {
    let wanted: Vec<String> = bodies.iter().map(|b| normalized(b)).collect();
    let found: Vec<Option<(usize, String)>> = corpus
        .par_iter()
        .map(|f| {
            Ok(read::read(f)?.document().and_then(|d| {
                let text = normalized(&d.text[d.body_start..]);
                wanted
                    .iter()
                    .position(|w| *w == text)
                    .map(|i| (i, f.id.clone()))
            }))
        })
        .collect::<Result<_, _>>()?;
    let mut out = vec![None; bodies.len()];
    // the first in id order, as the corpus is sorted
    for (i, id) in found.into_iter().flatten() {
        out[i].get_or_insert(id);
    }
    Ok(out)
}

/// Whitespace-insensitive form of an article's text, to find copies.
fn normalized(body: &str) -> String {
    body.split_whitespace().collect::<Vec<_>>().join(" ")
}
