//! Decoding: a migration file's bytes to text. Reads regular files only,
//! refuses binary files, drops a byte order mark, and names the first byte
//! that is not UTF-8.

use std::path::Path;

/// Why a file could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// Byte offset the finding points at.
    pub offset: usize,
    /// What went wrong, naming the OS error or the offending byte.
    pub message: String,
    /// What to do about it.
    pub help: &'static str,
}

/// How many leading bytes are searched for a NUL, the mark of a binary file.
const BINARY_SNIFF_BYTES: usize = 8192;

const NOT_UTF8_HELP: &str =
    "convert the file to UTF-8 text, or exclude it in `[migrations] exclude`";

const READ_HELP: &str =
    "fix the file's permissions or the link, or exclude it in `[migrations] exclude`";

/// A file's text, or why it has none (then the text is the valid UTF-8
/// prefix, or empty).
pub(crate) fn decode(bytes: Vec<u8>) -> (String, Option<Unreadable>) {
    if memchr::memchr(0, &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)]).is_some() {
        return (
            String::new(),
            Some(Unreadable {
                offset: 0,
                message: "the file is binary, not a migration".to_owned(),
                help: "exclude it in `[migrations] exclude`, or move it out of the migration folder",
            }),
        );
    }
    // The bytes become the text without a copy: a 50 MB dump is held once.
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            // A byte order mark is not SQL: left in, it hides the first statement.
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            (text, None)
        }
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let mut bytes = err.into_bytes();
            bytes.truncate(valid);
            let text = String::from_utf8(bytes).unwrap_or_default();
            (
                text,
                Some(Unreadable {
                    offset: valid,
                    message: format!("the file is not UTF-8 (invalid byte at offset {valid})"),
                    help: NOT_UTF8_HELP,
                }),
            )
        }
    }
}

/// Reads a file's bytes, or says why it cannot be read. `regular`: the
/// caller has seen a regular file at `path`, not a link (see
/// [`MigrationFile::regular`](crate::MigrationFile::regular)).
pub(crate) fn read_file(path: &Path, regular: bool) -> Result<Vec<u8>, Unreadable> {
    read(path, regular).map_err(|err| Unreadable {
        offset: 0,
        message: read_error(path, &err),
        help: READ_HELP,
    })
}

/// Reads a regular file; never opens a FIFO or a device, whose read could block.
///
/// A file of the usual size takes four system calls: the `stat`, the
/// `open`, one read of the whole file into a buffer of the size the `stat`
/// gave, and the read that finds the end (`fs::read` asks for the size a
/// second time). A file already seen to be `regular` is opened first and
/// asked its size through the open file, which spares the kernel a second
/// walk of the path; what was opened is still checked to be a regular file.
fn read(path: &Path, regular: bool) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let not_regular = |metadata: &std::fs::Metadata| {
        std::io::Error::other(format!(
            "it is {}, not a regular file",
            special_kind(metadata)
        ))
    };
    let (mut file, size) = if regular {
        let file = std::fs::File::open(path)?;
        let metadata = file.metadata()?;
        if !metadata.is_file() {
            return Err(not_regular(&metadata));
        }
        (file, metadata.len())
    } else {
        let size = match std::fs::metadata(path) {
            Ok(metadata) if !metadata.is_file() => return Err(not_regular(&metadata)),
            Ok(metadata) => metadata.len(),
            // `open` says why, in the words of the OS.
            Err(_) => 0,
        };
        (std::fs::File::open(path)?, size)
    };
    let size = usize::try_from(size).unwrap_or(usize::MAX);
    // One byte more than the file, so that reading it whole leaves room to
    // find the end; a size the stat cannot vouch for (past `PRESIZED_BYTES`)
    // is read as it comes.
    let mut bytes = vec![0; size.min(PRESIZED_BYTES) + 1];
    let mut filled = 0;
    while filled < bytes.len() {
        match file.read(&mut bytes[filled..]) {
            Ok(0) => {
                bytes.truncate(filled);
                return Ok(bytes);
            }
            Ok(n) => filled += n,
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    // Larger than the stat said (or than the presized part): the rest.
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The most bytes a read sizes its buffer for up front.
const PRESIZED_BYTES: usize = 256 << 20;

/// The OS error that stopped a read, saying what a broken symbolic link is.
fn read_error(path: &Path, err: &std::io::Error) -> String {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return format!("cannot read the file: {err}");
    }
    match std::fs::read_link(path) {
        Ok(target) if err.kind() == std::io::ErrorKind::NotFound => format!(
            "the file is a symbolic link to `{}`, which does not exist ({err})",
            target.display()
        ),
        _ => format!("the file is a symbolic link that cannot be followed: {err}"),
    }
}

/// What a path that is not a regular file is.
pub(crate) fn special_kind(metadata: &std::fs::Metadata) -> &'static str {
    if metadata.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = metadata.file_type();
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_block_device() {
            return "a block device";
        }
        if t.is_char_device() {
            return "a character device";
        }
    }
    let _ = metadata;
    "a special file"
}

#[cfg(test)]
mod tests {
    use super::{decode, read};

    /// The whole file, whatever its size against the buffer read into.
    #[test]
    fn reads_whole_files_of_every_size() {
        let dir = std::env::temp_dir().join(format!("shipgate-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for size in [0, 1, 8191, 8192, 8193, 300_000] {
            let path = dir.join(format!("{size}.sql"));
            let bytes: Vec<u8> = b"abcdefghijklmnopqrstuvwxyz"
                .iter()
                .copied()
                .cycle()
                .take(size)
                .collect();
            std::fs::write(&path, &bytes).unwrap();
            // Asked first, or opened first: the same bytes.
            assert_eq!(read(&path, false).unwrap(), bytes, "{size}");
            assert_eq!(read(&path, true).unwrap(), bytes, "{size}");
        }
        for regular in [false, true] {
            assert!(read(&dir, regular).is_err());
            assert!(read(&dir.join("missing.sql"), regular).is_err());
        }
        // A folder opened as a file is named, not read.
        let err = read(&dir, true).unwrap_err().to_string();
        assert!(err.contains("it is a folder, not a regular file"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn text_is_utf8_without_its_byte_order_mark() {
        assert_eq!(
            decode(b"SELECT 1;".to_vec()),
            ("SELECT 1;".to_owned(), None)
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFSELECT 1;".to_vec()),
            ("SELECT 1;".to_owned(), None)
        );
        // Only a leading mark is dropped.
        let (text, unreadable) = decode("a\u{feff}".as_bytes().to_vec());
        assert_eq!((text.as_str(), unreadable), ("a\u{feff}", None));
    }

    #[test]
    fn binary_and_invalid_bytes_are_unreadable() {
        let (text, unreadable) = decode(b"SELECT\0".to_vec());
        assert!(text.is_empty());
        assert!(unreadable.unwrap().message.contains("binary"));
        // A NUL past the sniffed prefix is judged as text.
        let mut late = vec![b' '; super::BINARY_SNIFF_BYTES];
        late.push(0);
        assert!(decode(late).1.is_none());

        let (text, unreadable) = decode(b"SELECT 1;\xff rest".to_vec());
        assert_eq!(text, "SELECT 1;");
        let unreadable = unreadable.unwrap();
        assert_eq!(unreadable.offset, 9);
        assert!(
            unreadable.message.contains("offset 9"),
            "{}",
            unreadable.message
        );
    }

    #[test]
    fn special_files_are_not_opened() {
        let dir = std::env::temp_dir().join(format!("shipgate-decode-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("V1__m.sql");
        std::fs::write(&file, "SELECT 1;").unwrap();
        for regular in [false, true] {
            assert_eq!(super::read_file(&file, regular).unwrap(), b"SELECT 1;");
            let err = super::read_file(&dir, regular).unwrap_err();
            assert!(
                err.message.contains("it is a folder, not a regular file"),
                "{}",
                err.message
            );
            let err = super::read_file(&dir.join("missing.sql"), regular).unwrap_err();
            assert!(
                err.message.starts_with("cannot read the file:"),
                "{}",
                err.message
            );
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
