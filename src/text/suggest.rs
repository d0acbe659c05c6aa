//! Words for people: did-you-mean suggestions by edit distance, and plurals.

/// The closest of `candidates` to `word` by edit distance, if close enough to be a
/// likely typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (levenshtein(word, c), c))
        .filter(|(d, c)| *d <= (c.chars().count().max(word.chars().count()) / 3).max(1))
        .min()
        .map(|(_, c)| c)
}

/// Edit distance between two strings, counted in characters.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// `1 claim`, `2 claims`: a count and its noun, plural unless the count is one.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("{n} {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_words_only() {
        let keys = ["expect", "statement", "scope"];
        assert_eq!(did_you_mean("expcet", keys), Some("expect"));
        assert_eq!(did_you_mean("zzz", keys), None);
    }

    #[test]
    fn plurals() {
        assert_eq!(plural(1, "claim"), "1 claim");
        assert_eq!(plural(0, "content word"), "0 content words");
    }
}
