//! Byte offsets to 1-based lines and columns, for every gate.

/// The 1-based line and column (in characters) of byte `offset` in `text`,
/// for gates that point a finding or an error at a place in a file.
/// An offset past the end, or inside a character, counts as the end of the text.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map_or(1, |l| l.chars().count() + 1);
    (line, column)
}

/// Line starts of one file, for turning byte offsets into lines and columns.
///
/// It also keeps the number of characters before every [`BLOCK`]-byte
/// boundary, so a column costs at most one block of counting however long the
/// line is: findings on a 50 MB one-line file stay linear in the input.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    chars: Vec<usize>,
    /// Every byte is a character: a column is a byte count.
    ascii: bool,
}

/// Bytes between two character-count checkpoints.
const BLOCK: usize = 1024;

/// Whether a byte starts a character (is not a UTF-8 continuation byte).
const fn starts_char(b: u8) -> bool {
    b & 0xC0 != 0x80
}

impl LineIndex {
    /// Indexes `text`. `\n`, `\r\n` and a lone `\r` all end a line.
    pub fn new(text: &[u8]) -> Self {
        let mut starts = vec![0];
        for at in memchr::memchr2_iter(b'\n', b'\r', text) {
            if text[at] == b'\r' && text.get(at + 1) == Some(&b'\n') {
                continue;
            }
            starts.push(at + 1);
        }
        // ASCII text (most migrations) needs no character counts: a column
        // is a byte count.
        let ascii = text.is_ascii();
        let mut chars = Vec::with_capacity(if ascii { 1 } else { text.len() / BLOCK + 1 });
        chars.push(0);
        if !ascii {
            let mut count = 0;
            for block in text.chunks(BLOCK) {
                count += block.iter().filter(|&&b| starts_char(b)).count();
                chars.push(count);
            }
            // One count per block start: the last is the whole text's.
            chars.pop();
        }
        Self {
            starts,
            chars,
            ascii,
        }
    }

    /// Characters in `text[..offset]`: the bytes that start one.
    fn chars_before(&self, text: &[u8], offset: usize) -> usize {
        if self.ascii {
            return offset.min(text.len());
        }
        let block = (offset / BLOCK).min(self.chars.len() - 1);
        let from = block * BLOCK;
        let tail = text.get(from..offset).unwrap_or(&[]);
        self.chars[block] + tail.iter().filter(|&&b| starts_char(b)).count()
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// 1-based line and column (in characters) of a byte offset. An offset
    /// inside a character counts as that character's.
    pub fn line_column(&self, text: &[u8], offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.line(offset);
        let start = self.starts[line - 1];
        let column = self.chars_before(text, offset) - self.chars_before(text, start) + 1;
        (line, column.max(1))
    }

    /// The byte range of the line holding `offset`, without its line ending.
    pub fn line_range(&self, text: &[u8], offset: usize) -> std::ops::Range<usize> {
        let line = self.line(offset.min(text.len()));
        let start = self.starts[line - 1];
        let mut end = self.starts.get(line).copied().unwrap_or(text.len());
        while end > start && matches!(text[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        start..end
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
    use super::{LineIndex, line_column};

    #[test]
    fn handles_all_line_endings() {
        let text = "a\r\nb\rc\nd";
        let index = LineIndex::new(text.as_bytes());
        assert_eq!(index.line_column(text.as_bytes(), 0), (1, 1));
        assert_eq!(index.line_column(text.as_bytes(), 3), (2, 1));
        assert_eq!(index.line_column(text.as_bytes(), 5), (3, 1));
        assert_eq!(index.line_column(text.as_bytes(), 7), (4, 1));
        assert_eq!(index.line_text(text, 2), "b");
        assert_eq!(index.line_text(text, 9), "");
    }

    #[test]
    fn columns_count_characters_across_checkpoints() {
        // Multi-byte characters straddle the 4096-byte checkpoints.
        let line = "é€a".repeat(3000);
        let text = format!("x\n{line}\n");
        let index = LineIndex::new(text.as_bytes());
        for (chars, (offset, _)) in line.char_indices().enumerate().step_by(997) {
            assert_eq!(
                index.line_column(text.as_bytes(), 2 + offset),
                (2, chars + 1)
            );
        }
        assert_eq!(index.line_column(text.as_bytes(), text.len()), (3, 1));
        assert_eq!(LineIndex::new(b"").line_column(b"", 0), (1, 1));
        let exact = "a".repeat(4096);
        assert_eq!(
            LineIndex::new(exact.as_bytes()).line_column(exact.as_bytes(), 4096),
            (1, 4097)
        );
        let text = "ab\r\ncd";
        let index = LineIndex::new(text.as_bytes());
        assert_eq!(index.line_range(text.as_bytes(), 1), 0..2);
        assert_eq!(index.line_range(text.as_bytes(), 5), 4..6);
    }

    /// Every offset of a text with every line ending, a `\r\n` split across
    /// a checkpoint and multi-byte characters: as counted one byte at a time.
    #[test]
    fn agrees_with_counting_byte_by_byte() {
        let mut text = "a".repeat(1023);
        text.push_str("\r\né\rb\n\n");
        text.push_str(&"€x\r\n".repeat(700));
        let bytes = text.as_bytes();
        let index = LineIndex::new(bytes);
        let (mut line, mut column) = (1, 1);
        for (offset, &b) in bytes.iter().enumerate() {
            if text.is_char_boundary(offset) {
                assert_eq!(index.line_column(bytes, offset), (line, column), "{offset}");
            }
            match b {
                b'\n' => (line, column) = (line + 1, 1),
                b'\r' if bytes.get(offset + 1) != Some(&b'\n') => (line, column) = (line + 1, 1),
                _ if b & 0xC0 != 0x80 => column += 1,
                _ => {}
            }
        }
    }

    /// An ASCII text takes the short way (a column is a byte count): the
    /// same answers as the general way, over every line ending.
    #[test]
    fn ascii_text_agrees_with_counting_byte_by_byte() {
        let text = format!("{}\r\nab\rc\n\n{}", "a".repeat(1500), "xy\r\n".repeat(600));
        let bytes = text.as_bytes();
        let index = LineIndex::new(bytes);
        assert!(index.ascii);
        let (mut line, mut column) = (1, 1);
        for (offset, &b) in bytes.iter().enumerate() {
            assert_eq!(index.line_column(bytes, offset), (line, column), "{offset}");
            match b {
                b'\n' => (line, column) = (line + 1, 1),
                b'\r' if bytes.get(offset + 1) != Some(&b'\n') => (line, column) = (line + 1, 1),
                _ => column += 1,
            }
        }
        assert_eq!(index.line_column(bytes, bytes.len() + 9), (line, column));
        assert!(!LineIndex::new("é".as_bytes()).ascii);
    }

    #[test]
    fn lines_and_columns() {
        let text = "ab\ncdé\nf";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        assert_eq!(line_column(text, 7), (2, 4));
        assert_eq!(line_column(text, 999), (3, 2));
    }
}
