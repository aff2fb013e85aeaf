//! C2SP tlog-tiles resource paths (<https://c2sp.org/tlog-tiles>):
//! `tile/<L>/<N>[.p/<W>]` (hash tiles) and `tile/entries/<N>[.p/<W>]`
//! (entry bundles), parsed strictly: only the canonical spelling of a tile
//! is accepted, so each tile has exactly one URL (and one cache entry).
//!
//! `<N>` is written in groups of three digits, all but the last prefixed
//! with `x`: index 1234067 is `x001/x234/067`.
//!
//! ```
//! use shipgate_server::tile_path::{TileKind, TilePath};
//!
//! let tile = TilePath::parse("1/x001/x234/067.p/8").unwrap();
//! assert_eq!(tile, TilePath { kind: TileKind::Hashes { level: 1 }, index: 1_234_067, width: 8 });
//! assert_eq!(tile.to_path(), "tile/1/x001/x234/067.p/8");
//! assert!(TilePath::parse("1/1234067").is_err());
//! ```

use std::fmt::Write as _;

/// How many hashes (or entries) a full tile holds.
pub const TILE_WIDTH: u16 = 256;

/// The tree levels one tile level spans: tiles are subtrees of height 8.
pub const TILE_HEIGHT: u8 = 8;

/// The highest tile level the spec allows.
pub const MAX_TILE_LEVEL: u8 = 63;

/// What a tile holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TileKind {
    /// Merkle tree hashes at tree level `8 * level` (level 0: leaf hashes).
    Hashes {
        /// The tile level, 0 to 63.
        level: u8,
    },
    /// The log's entries, each with a big-endian `uint16` length prefix.
    Entries,
}

/// One tile or entry bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TilePath {
    /// Hashes or entries.
    pub kind: TileKind,
    /// The tile's index within its level.
    pub index: u64,
    /// How many hashes or entries: [`TILE_WIDTH`] for a full tile, 1 to 255
    /// for a partial one (`.p/<W>`).
    pub width: u16,
}

impl TilePath {
    /// Parses the path after `tile/`; the error says what is wrong.
    pub fn parse(path: &str) -> Result<Self, String> {
        let parts: Vec<&str> = path.split('/').collect();
        let (first, rest) = parts
            .split_first()
            .ok_or_else(|| "an empty tile path".to_owned())?;
        let kind = if *first == "entries" {
            TileKind::Entries
        } else {
            let level = decimal(first)
                .and_then(|l| u8::try_from(l).ok())
                .filter(|l| *l <= MAX_TILE_LEVEL)
                .ok_or_else(|| {
                    format!("the tile level `{first}` is not `entries` or a number from 0 to 63 without leading zeros")
                })?;
            TileKind::Hashes { level }
        };
        let (groups, width) = match rest {
            [groups @ .., last_group, width] if last_group.strip_suffix(".p").is_some() => {
                let width = decimal(width)
                    .and_then(|w| u16::try_from(w).ok())
                    .filter(|w| (1..TILE_WIDTH).contains(w))
                    .ok_or_else(|| {
                        format!("the partial width `{width}` is not a number from 1 to 255 without leading zeros")
                    })?;
                let mut all: Vec<&str> = groups.to_vec();
                all.push(last_group.strip_suffix(".p").unwrap_or(last_group));
                (all, width)
            }
            groups => (groups.to_vec(), TILE_WIDTH),
        };
        let index = index(&groups)?;
        Ok(Self { kind, index, width })
    }

    /// Whether it is a full tile (256 wide).
    pub fn is_full(&self) -> bool {
        self.width == TILE_WIDTH
    }

    /// The path, `tile/...`.
    pub fn to_path(&self) -> String {
        let mut out = String::from("tile/");
        match self.kind {
            TileKind::Hashes { level } => {
                let _ = write!(out, "{level}/");
            }
            TileKind::Entries => out.push_str("entries/"),
        }
        out.push_str(&encode_index(self.index));
        if !self.is_full() {
            let _ = write!(out, ".p/{}", self.width);
        }
        out
    }

    /// The tree level of its hashes (0 for entries and level-0 tiles).
    pub fn tree_level(&self) -> u8 {
        match self.kind {
            TileKind::Hashes { level } => level.saturating_mul(TILE_HEIGHT),
            TileKind::Entries => 0,
        }
    }

    /// The indexes, at [`TilePath::tree_level`], of its hashes or entries:
    /// `index * 256 .. index * 256 + width`; `None` past `u64`.
    pub fn range(&self) -> Option<(u64, u64)> {
        let start = self.index.checked_mul(u64::from(TILE_WIDTH))?;
        Some((start, start.checked_add(u64::from(self.width))?))
    }

    /// The smallest tree size that holds all of it: every hash is of a
    /// complete subtree, every entry appended. `None` when no tree of at
    /// most `u64::MAX` leaves does.
    pub fn tree_size_needed(&self) -> Option<u64> {
        let (_, end) = self.range()?;
        let shift = u32::from(self.tree_level());
        if shift >= 64 {
            return None;
        }
        let needed = u128::from(end) << shift;
        u64::try_from(needed).ok()
    }
}

/// A decimal number with no leading zeros (`0` itself is fine).
fn decimal(text: &str) -> Option<u64> {
    if text.is_empty()
        || !text.bytes().all(|b| b.is_ascii_digit())
        || (text.len() > 1 && text.starts_with('0'))
    {
        return None;
    }
    text.parse().ok()
}

/// `<N>` from its groups: `x001`, `x234`, `067`.
fn index(groups: &[&str]) -> Result<u64, String> {
    let shown = groups.join("/");
    let bad = |why: &str| format!("the tile index `{shown}` is malformed: {why}");
    let Some((last, leading)) = groups.split_last() else {
        return Err(bad("it is missing"));
    };
    if groups.len() > 7 {
        return Err(bad("it is larger than 64 bits"));
    }
    let mut value: u64 = 0;
    for (i, group) in leading.iter().enumerate() {
        let digits = group
            .strip_prefix('x')
            .ok_or_else(|| bad("every group but the last starts with `x`"))?;
        if i == 0 && digits == "000" {
            return Err(bad("a leading `x000` group is not canonical"));
        }
        value = push_group(value, digits).ok_or_else(|| bad("each group is three digits"))?;
    }
    push_group(value, last).ok_or_else(|| bad("the last group is three digits, without `x`"))
}

fn push_group(value: u64, digits: &str) -> Option<u64> {
    if digits.len() != 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.checked_mul(1000)?.checked_add(digits.parse().ok()?)
}

/// `<N>` in groups of three digits.
fn encode_index(index: u64) -> String {
    let mut groups = Vec::new();
    let mut n = index;
    loop {
        groups.push(n % 1000);
        n /= 1000;
        if n == 0 {
            break;
        }
    }
    let mut out = String::new();
    for (i, group) in groups.iter().rev().enumerate() {
        if i + 1 < groups.len() {
            let _ = write!(out, "x{group:03}/");
        } else {
            let _ = write!(out, "{group:03}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spec_examples() {
        let t = TilePath::parse("0/x001/x234/067").unwrap();
        assert_eq!(
            t,
            TilePath {
                kind: TileKind::Hashes { level: 0 },
                index: 1_234_067,
                width: 256
            }
        );
        assert_eq!(t.to_path(), "tile/0/x001/x234/067");
        let e = TilePath::parse("entries/000.p/17").unwrap();
        assert_eq!(
            e,
            TilePath {
                kind: TileKind::Entries,
                index: 0,
                width: 17
            }
        );
        assert_eq!(e.to_path(), "tile/entries/000.p/17");
        assert_eq!(TilePath::parse("63/000").unwrap().tree_size_needed(), None);
        // A tree of 70,000 leaves: 273 full level-0 tiles, a level-0 partial of 112.
        let p = TilePath::parse("0/273.p/112").unwrap();
        assert_eq!(p.tree_size_needed(), Some(70_000));
        let l1 = TilePath::parse("1/000.p/17").unwrap();
        assert_eq!(l1.tree_size_needed(), Some(17 * 256));
        assert_eq!(l1.range(), Some((0, 17)));
        assert_eq!(l1.tree_level(), 8);
    }

    #[test]
    fn every_index_round_trips() {
        for index in [0, 1, 999, 1000, 1001, 999_999, 1_000_000, u64::MAX] {
            for width in [1, 255, 256] {
                let t = TilePath {
                    kind: TileKind::Hashes { level: 2 },
                    index,
                    width,
                };
                let path = t.to_path();
                assert_eq!(
                    TilePath::parse(path.trim_start_matches("tile/")),
                    Ok(t),
                    "{path}"
                );
            }
        }
    }

    /// Any string of path characters: no panic, and whatever parses writes
    /// back to the same path (one URL per tile).
    #[test]
    fn arbitrary_paths_never_panic_and_accepted_ones_are_canonical() {
        const ALPHABET: &[u8] = b"0123456789x./pentris-";
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = usize::try_from(state % 24).unwrap();
            let mut s = String::new();
            let mut bits = state;
            for _ in 0..len {
                bits = bits.rotate_left(5) ^ 0x2545_F491_4F6C_DD1D;
                s.push(char::from(
                    ALPHABET[usize::try_from(bits % ALPHABET.len() as u64).unwrap()],
                ));
            }
            if let Ok(tile) = TilePath::parse(&s) {
                assert_eq!(tile.to_path(), format!("tile/{s}"));
            }
        }
    }

    #[test]
    fn non_canonical_and_malformed_paths_are_refused() {
        for bad in [
            "",
            "0",
            "0/",
            "00/000",
            "64/000",
            "-1/000",
            "a/000",
            "0/1",
            "0/0001",
            "0/x000/001",
            "0/001/002",
            "0/x1/002",
            "0/xabc/002",
            "0/000.p/0",
            "0/000.p/256",
            "0/000.p/07",
            "0/000.p/",
            "0/000.p",
            "0/000/.p/5",
            "entries",
            "entries/x001",
            "data/000",
            "0/x018/x446/x744/x073/x709/x551/616",
            "0/x001/x002/x003/x004/x005/x006/x007/008",
        ] {
            assert!(TilePath::parse(bad).is_err(), "`{bad}` was accepted");
        }
    }
}
