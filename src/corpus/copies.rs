//! Copies: which corpus document already holds an article's text (ignoring front
//! matter and white space), which holds a near-identical text, and which share its
//! outlet or via. Read-only; `corpus add` refuses a copy and notes the rest, `impact`
//! notes a copy.

use super::discover::DocFile;
use super::read;
use crate::diag::Diagnostic;
use crate::engine::sources::{Overlap, Shingles, name_key, overlap};
use crate::text::tokenize;
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

/// What the corpus already holds of a new article: the same text, a near copy, or
/// documents with its outlet or via (one independent source with it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Survey {
    /// A document with the same text (ignoring front matter and white space).
    pub same_text: Option<String>,
    /// The document sharing the most of the shorter text's 5-word shingles, at 60 %
    /// or more (ties: the first id).
    pub near_copy: Option<NearCopyOf>,
    /// Documents whose outlet or via is one of the new article's, in id order.
    pub same_name: Vec<String>,
    /// That name, as the new article writes it.
    pub name: Option<String>,
}

/// A corpus document with near-identical text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NearCopyOf {
    pub id: String,
    /// Percent of the shorter text's distinct 5-word shingles found in the other.
    pub percent: u32,
    /// Whether the new article is the shorter text.
    pub new_is_shorter: bool,
}

/// Surveys the corpus (read once, in parallel) for a new article with `body` and
/// the names `outlet` and `via`.
pub fn survey(
    body: &str,
    outlet: Option<&str>,
    via: Option<&str>,
    corpus: &[DocFile],
) -> Result<Survey, Diagnostic> {
    let wanted = normalized(body);
    let shingles = Shingles::of_tokens(&tokenize(body, 0));
    let names: Vec<(String, &str)> = [outlet, via]
        .into_iter()
        .flatten()
        .map(|n| (name_key(n), n.trim()))
        .filter(|n| !n.0.is_empty())
        .collect();
    type Found = (String, bool, Option<Overlap>, Option<String>);
    let found: Vec<Option<Found>> = corpus
        .par_iter()
        .map(|f| {
            let Some(d) = read::read(f)?.document() else {
                return Ok(None);
            };
            let text = &d.text[d.body_start..];
            let same = normalized(text) == wanted;
            let o = overlap(&shingles, &Shingles::of_tokens(&tokenize(text, 0)));
            let theirs: Vec<String> = [d.meta.outlet.clone(), d.via()]
                .into_iter()
                .flatten()
                .map(|n| name_key(&n))
                .collect();
            let name = names
                .iter()
                .find(|n| theirs.contains(&n.0))
                .map(|n| n.1.to_string());
            Ok(Some((
                f.id.clone(),
                same,
                o.is_near_copy().then_some(o),
                name,
            )))
        })
        .collect::<Result<_, Diagnostic>>()?;
    let mut out = Survey::default();
    for (id, same, near, name) in found.into_iter().flatten() {
        if same && out.same_text.is_none() {
            out.same_text = Some(id.clone());
        }
        if let Some(o) = near
            && out
                .near_copy
                .as_ref()
                .is_none_or(|n| o.percent() > n.percent)
        {
            out.near_copy = Some(NearCopyOf {
                id: id.clone(),
                percent: o.percent(),
                new_is_shorter: o.first_is_shorter || shingles.len() == o.of,
            });
        }
        if let Some(n) = name {
            out.same_name.push(id);
            out.name.get_or_insert(n);
        }
    }
    Ok(out)
}
