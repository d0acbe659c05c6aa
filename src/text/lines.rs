//! Byte offset → 1-based line and character column, for evidence and diagnostics.

/// Maps byte offsets of one text to 1-based line and character column. The count of
/// characters before the first character boundary at or after every [`STRIDE`]th
/// byte is kept, so a column costs counting at most about two strides' characters,
/// however long its line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// `(at, n)` for each stride `k`: `at` the first character boundary at or after
    /// byte `k * STRIDE`, `n` the characters before it.
    checkpoints: Vec<(usize, usize)>,
}

const STRIDE: usize = 256;

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let (mut at, mut n) = (0, 0);
        for k in 0..=text.len() / STRIDE {
            let mut next = k * STRIDE;
            while !text.is_char_boundary(next) {
                next += 1;
            }
            n += text[at..next].chars().count();
            at = next;
            checkpoints.push((at, n));
        }
        Self {
            line_starts,
            checkpoints,
        }
    }

    /// Characters of `text` before byte `offset` (a char boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let mut k = offset / STRIDE;
        if self.checkpoints[k].0 > offset {
            k -= 1;
        }
        let (at, n) = self.checkpoints[k];
        n + text[at..offset].chars().count()
    }

    /// Line and column (both 1-based; the column counts characters) of a byte offset
    /// that lies on a character boundary of `text`.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        let col = if offset - start <= 2 * STRIDE {
            text[start..offset].chars().count()
        } else {
            self.chars_before(text, offset) - self.chars_before(text, start)
        };
        (line, col + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "ab\r\nçé x\nlast";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        let x = text.find('x').unwrap();
        assert_eq!(idx.line_col(text, x), (2, 4));
        assert_eq!(idx.line_col(text, text.len()), (3, 5));
        let long = "é".repeat(10_000) + "x";
        let idx = LineIndex::new(&long);
        assert_eq!(idx.line_col(&long, long.len() - 1), (1, 10_001));
        assert_eq!(idx.line_col(&long, 9_000), (1, 4_501));
        // every offset of lines long and short, of one- to four-byte characters,
        // against counting from the line's start
        let text = "ab\nçé x\n".to_string() + &"a€😀é".repeat(300) + "\n" + &"x".repeat(700);
        let idx = LineIndex::new(&text);
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let line = text[..offset].matches('\n').count() + 1;
            let col = text[start..offset].chars().count() + 1;
            assert_eq!(idx.line_col(&text, offset), (line, col), "at {offset}");
        }
    }
}
