//! Claims, validated: id, statement, expect, scope, sources and facts (written,
//! or split from the statement), each problem reported at its place.

use super::facts::Loader;
use super::raw::{RawClaim, RawFactEntry};
use super::string_facts::split_statement;
use crate::engine::model::{Claim, Scope, Verdict};
use crate::text::did_you_mean;
use std::collections::HashMap;
use std::path::PathBuf;
use toml::Spanned;

fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

pub(super) fn load_claim(
    l: &mut Loader,
    rc: &RawClaim,
    ids: &mut HashMap<String, (PathBuf, usize)>,
) -> Option<Claim> {
    let before = l.errors.len();
    let id_span = rc.id.as_ref().map_or(rc.span.clone(), |i| i.span());
    let id = rc
        .id
        .as_ref()
        .map(|i| i.get_ref().clone())
        .unwrap_or_default();
    let line = l.file.line_of(id_span.start);
    let statement = match &rc.statement {
        Some(s) => s.clone(),
        None => {
            l.error(rc.span.clone(), "the claim has no `statement`")
                .help = Some("add the claim as published: statement = \"...\"".into());
            Spanned::new(rc.span.clone(), String::new())
        }
    };
    if rc.id.is_none() {
        l.error(rc.span.clone(), "the claim has no `id`").help =
            Some("add a unique id: id = \"dec3-civilian-talks\"".into());
    } else if !valid_id(&id) {
        l.error(id_span.clone(), format!("invalid claim id `{id}`")).help =
            Some("ids are lowercase letters, digits and `-`, starting with a letter or digit: `dec3-civilian-talks`".into());
    } else if let Some((p, first_line)) = ids.get(&id) {
        let note = format!("first used at {}:{first_line}", p.display());
        let d = l.error(id_span.clone(), format!("duplicate claim id `{id}`"));
        d.note = Some(note);
        d.help = Some("give each claim its own id".into());
    } else {
        ids.insert(id.clone(), (l.file.path.clone(), line));
    }
    if rc.statement.is_some() && statement.get_ref().trim().is_empty() {
        l.error(statement.span(), "empty statement").help =
            Some("write the claim as published".into());
    }
    let expect = rc
        .expect
        .as_ref()
        .and_then(|e| match e.get_ref().parse::<Verdict>() {
            Ok(v) => Some(v),
            Err(unknown) => {
                let d = l.error(e.span(), unknown.to_string());
                d.help = Some(format!(
                    "`expect` is one of: {}{}",
                    Verdict::ALL.map(|v| v.as_str()).join(", "),
                    did_you_mean(e.get_ref(), Verdict::ALL.map(|v| v.as_str()))
                        .map(|s| format!(" (did you mean `{s}`?)"))
                        .unwrap_or_default()
                ));
                None
            }
        });
    let scope = match &rc.scope {
        None => Scope::Document,
        Some(s) => match s.get_ref().as_str() {
            "document" => Scope::Document,
            "corpus" => Scope::Corpus,
            other => {
                l.error(s.span(), format!("unknown scope `{other}`")).help =
                    Some("`scope` is one of: document, corpus".into());
                Scope::Document
            }
        },
    };
    let sources = match &rc.sources {
        None => 1,
        Some(n) if *n.get_ref() >= 1 && *n.get_ref() <= 1000 => *n.get_ref() as usize,
        Some(n) => {
            l.error(n.span(), "`sources` must be a whole number from 1 to 1000")
                .help =
                Some("the number of independent outlets that must support the claim".into());
            1
        }
    };
    let mut facts = Vec::new();
    match &rc.fact {
        None => {
            let base = statement.span().start + 1;
            let parts = split_statement(statement.get_ref());
            if parts.is_empty() && !statement.get_ref().trim().is_empty() {
                l.error(statement.span(), "the statement has nothing to check")
                    .help = Some("write the statement's words, or give the claim `fact`s".into());
            }
            for (off, part) in parts {
                let span = base + off..base + off + part.len();
                facts.extend(l.string_fact(part, span));
            }
        }
        Some(list) => {
            let strings = list
                .get_ref()
                .iter()
                .filter(|e| matches!(e.get_ref(), RawFactEntry::Text(_)))
                .count();
            if strings > 0 && strings < list.get_ref().len() {
                l.error(list.span(), "facts mix plain strings and tables").help =
                    Some("write every fact of a claim the same way: all strings, or all [[claim.fact]] tables".into());
            } else if list.get_ref().is_empty() {
                l.error(list.span(), "`fact` is empty").help = Some(
                    "list the facts, or remove `fact` to split the statement at its commas".into(),
                );
            }
            for entry in list.get_ref() {
                match entry.get_ref() {
                    RawFactEntry::Text(s) => facts.extend(l.string_fact(s, entry.span())),
                    RawFactEntry::Table(t) => facts.extend(l.table_fact(t, entry.span())),
                }
            }
        }
    }
    (l.errors.len() == before).then(|| Claim {
        id,
        statement: statement.get_ref().trim().to_string(),
        expect,
        note: rc.note.clone(),
        tags: rc.tags.clone(),
        scope,
        sources,
        facts,
        file: l.file.path.clone(),
        line,
        site: l.file.site(id_span),
    })
}
