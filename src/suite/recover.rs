//! Reading a claim file whatever is wrong with it: toml's recoverable parser for
//! every syntax error, every unknown key at every level (reported, then removed so
//! the rest of the claim is still read), and each claim deserialized on its own so
//! one bad claim hides no other.

use super::raw::{CLAIM_KEYS, ClaimFile, FACT_KEYS, FILE_KEYS, RawClaim, RawFile};
use crate::diag::{Diagnostic, invalid_type, key_before, plain_toml_at, unknown_field};
use crate::text::did_you_mean;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

pub(super) fn toml_error(file: &ClaimFile, e: toml::de::Error) -> Diagnostic {
    let mut message = e.message().trim().to_string();
    let span = e.span().unwrap_or(0..0);
    let mut list_help = None;
    if let Some((Some(key), found, expected)) = invalid_type(&message, &file.source, span.start) {
        // a string where a list is wanted: the same string in brackets
        let written = file.source.get(span.clone()).unwrap_or("").trim();
        if expected == "a sequence" && written.starts_with(['"', '\'']) && !written.contains('\n') {
            list_help = Some(format!("write a list in brackets: {key} = [{written}]"));
        }
        // "invalid type: integer `3`, expected a string" → name the key
        message = format!("`{key}` should be {expected}, not {found}");
    }
    if let (Some(rest), Some(key)) = (
        message.strip_prefix("invalid value: "),
        key_before(&file.source, span.start),
    ) {
        // "invalid value: integer `18446744073709551615`, expected i64"
        if let Some((found, _)) = rest.split_once(", expected ") {
            message = format!("`{key}` cannot be {found}: it is too large");
        }
    }
    let (words, help) = plain_toml_at(&message, &file.source, span.clone());
    let mut d = file.error(span, words);
    d.help = list_help.or(help);
    if let Some(key) = unknown_field(&message) {
        let keys = [&FILE_KEYS[..], &CLAIM_KEYS[..], &FACT_KEYS[..]].concat();
        d.message = format!("unknown key `{key}`");
        d = match did_you_mean(&key, keys.iter().copied()) {
            Some(k) => d.help(format!("did you mean `{k}`?")),
            None => d.help(expected_list(&message)),
        };
    }
    d
}

fn unknown_key_error(
    file: &ClaimFile,
    key: &str,
    span: Range<usize>,
    allowed: &[&str],
) -> Diagnostic {
    let d = file.error(span, format!("unknown key `{key}`"));
    match did_you_mean(key, allowed.iter().copied()) {
        Some(k) => d.help(format!("did you mean `{k}`?")),
        None => d.help(format!("allowed keys here are {}", allowed.join(", "))),
    }
}

/// Every key of `v` (a table) not in `allowed`, and, for a claim, of its fact tables
/// and their `against` tables.
fn unknown_keys(
    file: &ClaimFile,
    v: &Spanned<DeValue>,
    allowed: &[&str],
    out: &mut Vec<Diagnostic>,
) {
    let DeValue::Table(t) = v.get_ref() else {
        return;
    };
    for (k, value) in t.iter() {
        let key: &str = k.get_ref();
        if !allowed.contains(&key) {
            out.push(unknown_key_error(file, key, k.span(), allowed));
            continue;
        }
        match (key, value.get_ref()) {
            ("fact", DeValue::Array(items)) => {
                for item in items.iter() {
                    unknown_keys(file, item, &FACT_KEYS, out);
                }
            }
            ("against", DeValue::Table(_)) => unknown_keys(file, value, &FACT_KEYS, out),
            _ => {}
        }
    }
}

/// Parses one claim file into its raw shape, reporting every syntax error, every
/// unknown key, and the first type error of each claim (each claim is read on its
/// own, so one bad claim hides no other).
pub(super) fn parse_file(f: &ClaimFile, errors: &mut Vec<Diagnostic>) -> Option<RawFile> {
    let (doc, syntax) = DeTable::parse_recoverable(&f.source);
    if !syntax.is_empty() {
        errors.extend(syntax.into_iter().map(|e| toml_error(f, e)));
        return None;
    }
    let mut raw = RawFile {
        aliases: BTreeMap::new(),
        claim: Vec::new(),
    };
    for (k, v) in doc.get_ref().iter() {
        let key: &str = k.get_ref();
        match key {
            "aliases" => match BTreeMap::deserialize(ValueDeserializer::from(v.clone())) {
                Ok(a) => raw.aliases = a,
                Err(e) => errors.push(toml_error(f, e)),
            },
            "claim" => {
                let DeValue::Array(items) = v.get_ref() else {
                    errors.push(
                        f.error(v.span(), "`claim` must be an array of tables")
                            .help("start each claim with a `[[claim]]` line"),
                    );
                    continue;
                };
                for item in items.iter() {
                    let mut unknown = Vec::new();
                    unknown_keys(f, item, &CLAIM_KEYS, &mut unknown);
                    // report the unknown keys, and read the rest of the claim anyway so
                    // that its other problems show in the same run
                    let mut item = item.clone();
                    if !unknown.is_empty() {
                        errors.append(&mut unknown);
                        strip_unknown(&mut item, &CLAIM_KEYS);
                    }
                    let span = item.span();
                    match RawClaim::deserialize(ValueDeserializer::from(item)) {
                        Ok(mut c) => {
                            c.span = span;
                            raw.claim.push(c)
                        }
                        Err(e) => errors.push(toml_error(f, e)),
                    }
                }
            }
            other => errors.push(unknown_key_error(f, other, k.span(), &FILE_KEYS)),
        }
    }
    Some(raw)
}

/// Removes the keys `unknown_keys` reports, at every level of a claim.
fn strip_unknown(v: &mut Spanned<DeValue>, allowed: &[&str]) {
    let DeValue::Table(t) = v.get_mut() else {
        return;
    };
    let unknown: Vec<String> = t
        .iter()
        .map(|(k, _)| k.get_ref().to_string())
        .filter(|k| !allowed.contains(&k.as_str()))
        .collect();
    for k in unknown {
        t.remove(k.as_str());
    }
    for (k, value) in t.iter_mut() {
        let key: &str = k.get_ref();
        match (key, value.get_mut()) {
            ("fact", DeValue::Array(items)) => {
                for item in items.iter_mut() {
                    strip_unknown(item, &FACT_KEYS);
                }
            }
            ("against", DeValue::Table(_)) => strip_unknown(value, &FACT_KEYS),
            _ => {}
        }
    }
}

fn expected_list(message: &str) -> String {
    match message.find("expected") {
        Some(i) => message[i..].replacen("expected one of", "allowed keys here are", 1),
        None => "remove it".into(),
    }
}
