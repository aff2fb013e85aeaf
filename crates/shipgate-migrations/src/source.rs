//! Byte offsets to 1-based lines and columns.

/// Line starts of one file, for turning byte offsets into lines and columns.
///
/// It also keeps the number of characters before every [`BLOCK`]-byte
/// boundary, so a column costs at most one block of counting however long the
/// line is: findings on a 50 MB one-line file stay linear in the input.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    chars: Vec<usize>,
}

/// Bytes between two character-count checkpoints.
const BLOCK: usize = 4096;

/// Whether a byte starts a character (is not a UTF-8 continuation byte).
const fn starts_char(b: u8) -> bool {
    b & 0xC0 != 0x80
}

impl LineIndex {
    /// Indexes `text`. `\n`, `\r\n` and a lone `\r` all end a line.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut chars = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0;
        let mut i = 0;
        while i < bytes.len() {
            if i % BLOCK == 0 {
                chars.push(count);
            }
            if starts_char(bytes[i]) {
                count += 1;
            }
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        if chars.is_empty() {
            chars.push(0);
        }
        Self { starts, chars }
    }

    /// Characters in `text[..offset]`.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let block = (offset / BLOCK).min(self.chars.len() - 1);
        let from = block * BLOCK;
        let tail = text.as_bytes().get(from..offset).unwrap_or(&[]);
        self.chars[block] + tail.iter().filter(|&&b| starts_char(b)).count()
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.line(offset);
        let start = self.starts[line - 1];
        let column = if text.is_char_boundary(offset) {
            self.chars_before(text, offset) - self.chars_before(text, start) + 1
        } else {
            1
        };
        (line, column)
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text<'a>(&self, text: &'a str, line: usize) -> &'a str {
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else {
            return "";
        };
        let end = self.starts.get(line).copied().unwrap_or(text.len());
        text.get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn handles_all_line_endings() {
        let text = "a\r\nb\rc\nd";
        let index = LineIndex::new(text);
        assert_eq!(index.line_column(text, 0), (1, 1));
        assert_eq!(index.line_column(text, 3), (2, 1));
        assert_eq!(index.line_column(text, 5), (3, 1));
        assert_eq!(index.line_column(text, 7), (4, 1));
        assert_eq!(index.line_text(text, 2), "b");
        assert_eq!(index.line_text(text, 9), "");
    }

    #[test]
    fn columns_count_characters_across_checkpoints() {
        // Multi-byte characters straddle the 4096-byte checkpoints.
        let line = "é€a".repeat(3000);
        let text = format!("x\n{line}\n");
        let index = LineIndex::new(&text);
        for (chars, (offset, _)) in line.char_indices().enumerate().step_by(997) {
            assert_eq!(index.line_column(&text, 2 + offset), (2, chars + 1));
        }
        assert_eq!(index.line_column(&text, text.len()), (3, 1));
        assert_eq!(LineIndex::new("").line_column("", 0), (1, 1));
        let exact = "a".repeat(4096);
        assert_eq!(LineIndex::new(&exact).line_column(&exact, 4096), (1, 4097));
    }
}
