//! Byte offset → 1-based line and character column, for evidence and diagnostics.

/// Maps byte offsets of one text to 1-based line and character column. Character
/// counts are kept at checkpoints every few KiB, so a column on a very long line
/// costs a short scan, not a scan from the start of the line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// (byte offset on a char boundary, characters before it in the text)
    checkpoints: Vec<(usize, usize)>,
}

const CHECKPOINT_EVERY: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut checkpoints = vec![(0, 0)];
        let mut next = CHECKPOINT_EVERY;
        for (chars, (i, _)) in text.char_indices().enumerate() {
            if i >= next {
                checkpoints.push((i, chars));
                next = i + CHECKPOINT_EVERY;
            }
        }
        Self {
            line_starts,
            checkpoints,
        }
    }

    /// Characters of `text` before byte `offset` (a char boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let k = self.checkpoints.partition_point(|c| c.0 <= offset) - 1;
        let (at, n) = self.checkpoints[k];
        n + text[at..offset].chars().count()
    }

    /// Line and column (both 1-based; the column counts characters) of a byte offset
    /// that lies on a character boundary of `text`.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        let col = if offset - start < CHECKPOINT_EVERY {
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
    }
}
