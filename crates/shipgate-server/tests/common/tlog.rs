//! A tlog-tiles client for tests, written from the C2SP specs alone
//! (<https://c2sp.org/tlog-tiles>, <https://c2sp.org/signed-note>,
//! <https://c2sp.org/tlog-checkpoint>, <https://c2sp.org/tlog-cosignature>)
//! and RFC 6962 / RFC 9162: it uses nothing of shipgate's tree, note or
//! checkpoint code, only SHA-256, Ed25519 and base64.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    dead_code,
    reason = "test helpers fail by panicking; not every test uses every helper"
)]

use std::collections::HashMap;
use std::net::SocketAddr;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::{Signature, Verifier as _, VerifyingKey};
use hyper::StatusCode;
use sha2::{Digest, Sha256};

use super::Http;

pub type Hash = [u8; 32];

/// A verified checkpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub origin: String,
    pub size: u64,
    pub root: Hash,
    /// The whole note as served.
    pub note: String,
}

/// A signed-note verifier key: `name+hex(id)+base64(type || key)`.
pub struct Vkey {
    pub name: String,
    pub id: [u8; 4],
    pub kind: u8,
    pub key: VerifyingKey,
}

impl Vkey {
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut parts = text.splitn(3, '+');
        let (name, id, key) = (
            parts.next().ok_or("no name")?,
            parts.next().ok_or("no id")?,
            parts.next().ok_or("no key")?,
        );
        let raw = B64.decode(key).map_err(|e| e.to_string())?;
        if raw.len() != 33 {
            return Err("the key is not 33 bytes".into());
        }
        // The key id is the first 4 bytes of SHA-256(name || "\n" || type || key).
        let digest = Sha256::new()
            .chain_update(name.as_bytes())
            .chain_update(b"\n")
            .chain_update(&raw)
            .finalize();
        let id_bytes = u32::from_str_radix(id, 16)
            .map_err(|e| e.to_string())?
            .to_be_bytes();
        if digest[..4] != id_bytes {
            return Err("the key id does not match".into());
        }
        Ok(Self {
            name: name.into(),
            id: id_bytes,
            kind: raw[0],
            key: VerifyingKey::from_bytes(&raw[1..].try_into().unwrap())
                .map_err(|e| e.to_string())?,
        })
    }
}

/// A note's signature lines: the key name and the signature bytes.
pub type NoteSignatures = Vec<(String, Vec<u8>)>;

/// Splits a note into its text (ending in a newline) and signature lines
/// `(name, decoded bytes)`.
pub fn split_note(note: &str) -> Result<(String, NoteSignatures), String> {
    let at = note.rfind("\n\n").ok_or("no blank line")?;
    let text = &note[..=at];
    let mut signatures = Vec::new();
    for line in note[at + 2..].lines() {
        let rest = line
            .strip_prefix("\u{2014} ")
            .ok_or("not a signature line")?;
        let (name, sig) = rest.split_once(' ').ok_or("no signature")?;
        signatures.push((name.to_owned(), B64.decode(sig).map_err(|e| e.to_string())?));
    }
    Ok((text.to_owned(), signatures))
}

/// Verifies the log's Ed25519 signature on a checkpoint note and parses the
/// checkpoint body (origin, size, base64 root).
pub fn open_checkpoint(note: &str, log: &Vkey) -> Result<Checkpoint, String> {
    let (text, signatures) = split_note(note)?;
    let ok = signatures.iter().any(|(name, sig)| {
        name == &log.name
            && sig.len() == 68
            && sig[..4] == log.id
            && Signature::from_slice(&sig[4..])
                .is_ok_and(|s| log.key.verify(text.as_bytes(), &s).is_ok())
    });
    if !ok {
        return Err("no valid signature by the log's key".into());
    }
    let mut lines = text.lines();
    let origin = lines.next().ok_or("no origin")?.to_owned();
    let size = lines
        .next()
        .ok_or("no size")?
        .parse()
        .map_err(|_| "bad size")?;
    let root: Hash = B64
        .decode(lines.next().ok_or("no root")?)
        .map_err(|e| e.to_string())?
        .try_into()
        .map_err(|_| "the root is not 32 bytes")?;
    Ok(Checkpoint {
        origin,
        size,
        root,
        note: note.to_owned(),
    })
}

/// The timestamp of a valid tlog-cosignature/v1 by `witness` on the note,
/// if it carries one.
pub fn cosignature_time(note: &str, witness: &Vkey) -> Option<u64> {
    let (text, signatures) = split_note(note).ok()?;
    signatures.iter().find_map(|(name, sig)| {
        if name != &witness.name || sig.len() != 4 + 8 + 64 || sig[..4] != witness.id {
            return None;
        }
        let time = u64::from_be_bytes(sig[4..12].try_into().ok()?);
        let message = format!("cosignature/v1\ntime {time}\n{text}");
        let signature = Signature::from_slice(&sig[12..]).ok()?;
        witness
            .key
            .verify(message.as_bytes(), &signature)
            .is_ok()
            .then_some(time)
    })
}

pub fn leaf_hash(entry: &[u8]) -> Hash {
    Sha256::new()
        .chain_update([0u8])
        .chain_update(entry)
        .finalize()
        .into()
}

pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    Sha256::new()
        .chain_update([1u8])
        .chain_update(left)
        .chain_update(right)
        .finalize()
        .into()
}

/// `<N>` as zero-padded groups of three digits, all but the last with `x`.
pub fn encode_index(n: u64) -> String {
    let digits = format!("{n}");
    let padded = format!("{}{digits}", "0".repeat((3 - digits.len() % 3) % 3));
    let groups: Vec<&str> = padded
        .as_bytes()
        .chunks(3)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect();
    let last = groups.len() - 1;
    groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            if i < last {
                format!("x{g}")
            } else {
                (*g).to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// A tile path: `tile/<L>/<N>[.p/<W>]` or `tile/entries/<N>[.p/<W>]`.
pub fn tile_path(level: Option<u8>, n: u64, width: u64) -> String {
    let level = level.map_or_else(|| "entries".to_owned(), |l| l.to_string());
    let partial = if width == 256 {
        String::new()
    } else {
        format!(".p/{width}")
    };
    format!("/tile/{level}/{}{partial}", encode_index(n))
}

/// Reads a log through its tiles, for one checkpoint.
pub struct TileReader<'a> {
    pub http: &'a Http,
    pub addr: SocketAddr,
    pub token: Option<&'a str>,
    pub size: u64,
    /// Fetched hash tiles, `(level, n) -> hashes`.
    tiles: HashMap<(u8, u64), Vec<Hash>>,
    pub fetches: usize,
}

impl<'a> TileReader<'a> {
    pub fn new(http: &'a Http, addr: SocketAddr, token: Option<&'a str>, size: u64) -> Self {
        Self {
            http,
            addr,
            token,
            size,
            tiles: HashMap::new(),
            fetches: 0,
        }
    }

    /// The width of tile `n` at level `level` in a tree of `self.size`:
    /// 256 for a full one; `floor(s / 256**l) mod 256` for the partial one.
    pub fn width(&self, level: u8, n: u64) -> Option<u64> {
        let at_level = self.size >> (8 * u32::from(level));
        let full = at_level / 256;
        if n < full {
            Some(256)
        } else if n == full && !at_level.is_multiple_of(256) {
            Some(at_level % 256)
        } else {
            None
        }
    }

    /// Fetches a hash tile (cached).
    pub async fn hashes(&mut self, level: u8, n: u64) -> Result<Vec<Hash>, String> {
        if let Some(t) = self.tiles.get(&(level, n)) {
            return Ok(t.clone());
        }
        let width = self
            .width(level, n)
            .ok_or_else(|| format!("no tile ({level}, {n}) at size {}", self.size))?;
        let path = tile_path(Some(level), n, width);
        let answer = self.http.get(self.addr, &path, self.token).await;
        self.fetches += 1;
        if answer.status != StatusCode::OK {
            return Err(format!("{path}: {}", answer.status));
        }
        if u64::try_from(answer.body.len()).unwrap() != width * 32 {
            return Err(format!(
                "{path}: {} bytes for width {width}",
                answer.body.len()
            ));
        }
        let hashes: Vec<Hash> = answer
            .body
            .chunks(32)
            .map(|c| c.try_into().unwrap())
            .collect();
        self.tiles.insert((level, n), hashes.clone());
        Ok(hashes)
    }

    /// Fetches an entry bundle and checks every entry against the leaf
    /// hash in the level-0 tile.
    pub async fn entries(&mut self, n: u64) -> Result<Vec<Vec<u8>>, String> {
        let width = self.width(0, n).ok_or("no such bundle")?;
        let path = tile_path(None, n, width);
        let answer = self.http.get(self.addr, &path, self.token).await;
        if answer.status != StatusCode::OK {
            return Err(format!("{path}: {}", answer.status));
        }
        let mut entries = Vec::new();
        let mut rest = &answer.body[..];
        while !rest.is_empty() {
            if rest.len() < 2 {
                return Err("a truncated length".into());
            }
            let len = usize::from(u16::from_be_bytes([rest[0], rest[1]]));
            if rest.len() < 2 + len {
                return Err("a truncated entry".into());
            }
            entries.push(rest[2..2 + len].to_vec());
            rest = &rest[2 + len..];
        }
        if u64::try_from(entries.len()).unwrap() != width {
            return Err(format!(
                "{path}: {} entries for width {width}",
                entries.len()
            ));
        }
        let leaves = self.hashes(0, n).await?;
        for (i, (entry, leaf)) in entries.iter().zip(&leaves).enumerate() {
            if leaf_hash(entry) != *leaf {
                return Err(format!(
                    "entry {} does not hash to its leaf",
                    n * 256 + i as u64
                ));
            }
        }
        Ok(entries)
    }

    /// Checks that full tile `n` at `level` hashes to its hash in the tile
    /// above ("each hash in a tile is the Merkle Tree Hash of a full tile
    /// at the level below").
    pub async fn verify_full_tile(&mut self, level: u8, n: u64) -> Result<(), String> {
        let tile = self.hashes(level, n).await?;
        if tile.len() != 256 {
            return Err(format!("tile ({level}, {n}) is not full"));
        }
        let above = self.hashes(level + 1, n / 256).await?;
        let want = above
            .get(usize::try_from(n % 256).unwrap())
            .ok_or("no hash above")?;
        if tile_root(&tile) == *want {
            Ok(())
        } else {
            Err(format!("tile ({level}, {n}) does not hash to its parent"))
        }
    }

    /// The hash of the complete subtree of `2**height` leaves starting at
    /// leaf `index << height`: from the tile at level `height / 8`, hashing
    /// up `height % 8` levels inside it.
    pub async fn subtree(&mut self, height: u32, index: u64) -> Result<Hash, String> {
        let level = u8::try_from(height / 8).unwrap();
        let inner = height % 8;
        let first = index << inner;
        let count = 1u64 << inner;
        let n = first / 256;
        let tile = self.hashes(level, n).await?;
        let offset = usize::try_from(first % 256).unwrap();
        let mut row: Vec<Hash> = tile
            .get(offset..offset + usize::try_from(count).unwrap())
            .ok_or("the subtree is not complete in this tree")?
            .to_vec();
        while row.len() > 1 {
            row = row.chunks(2).map(|p| node_hash(&p[0], &p[1])).collect();
        }
        Ok(row[0])
    }

    /// RFC 6962 §2.1 MTH(D[start:end]), from complete subtrees.
    pub async fn mth(&mut self, start: u64, end: u64) -> Result<Hash, String> {
        let n = end - start;
        if n == 0 {
            return Ok(Sha256::digest([]).into());
        }
        if n.is_power_of_two() && start.is_multiple_of(n) {
            return self
                .subtree(n.trailing_zeros(), start >> n.trailing_zeros())
                .await;
        }
        let k = largest_power_of_two_below(n);
        let left = Box::pin(self.mth(start, start + k)).await?;
        let right = Box::pin(self.mth(start + k, end)).await?;
        Ok(node_hash(&left, &right))
    }

    /// RFC 6962 §2.1.1 PATH(m, D[start:end]).
    pub async fn inclusion(&mut self, m: u64, start: u64, end: u64) -> Result<Vec<Hash>, String> {
        let n = end - start;
        if n <= 1 {
            return Ok(Vec::new());
        }
        let k = largest_power_of_two_below(n);
        if m < k {
            let mut path = Box::pin(self.inclusion(m, start, start + k)).await?;
            path.push(Box::pin(self.mth(start + k, end)).await?);
            Ok(path)
        } else {
            let mut path = Box::pin(self.inclusion(m - k, start + k, end)).await?;
            path.push(Box::pin(self.mth(start, start + k)).await?);
            Ok(path)
        }
    }

    /// RFC 6962 §2.1.2 PROOF(m, D[n]) = SUBPROOF(m, D[0:n], true).
    pub async fn consistency(&mut self, m: u64) -> Result<Vec<Hash>, String> {
        self.subproof(m, 0, self.size, true).await
    }

    async fn subproof(
        &mut self,
        m: u64,
        start: u64,
        end: u64,
        b: bool,
    ) -> Result<Vec<Hash>, String> {
        let n = end - start;
        if m == n {
            return if b {
                Ok(Vec::new())
            } else {
                Ok(vec![Box::pin(self.mth(start, end)).await?])
            };
        }
        let k = largest_power_of_two_below(n);
        if m <= k {
            let mut proof = Box::pin(self.subproof(m, start, start + k, b)).await?;
            proof.push(Box::pin(self.mth(start + k, end)).await?);
            Ok(proof)
        } else {
            let mut proof = Box::pin(self.subproof(m - k, start + k, end, false)).await?;
            proof.push(Box::pin(self.mth(start, start + k)).await?);
            Ok(proof)
        }
    }
}

/// The root of a full tile's 256 hashes.
pub fn tile_root(tile: &[Hash]) -> Hash {
    let mut row = tile.to_vec();
    while row.len() > 1 {
        row = row.chunks(2).map(|p| node_hash(&p[0], &p[1])).collect();
    }
    row[0]
}

fn largest_power_of_two_below(n: u64) -> u64 {
    let mut k = 1;
    while k * 2 < n {
        k *= 2;
    }
    k
}

/// RFC 9162 §2.1.3.2: verifies an inclusion proof.
pub fn verify_inclusion(leaf: Hash, index: u64, size: u64, proof: &[Hash], root: &Hash) -> bool {
    if index >= size {
        return false;
    }
    let (mut f_n, mut s_n) = (index, size - 1);
    let mut r = leaf;
    for p in proof {
        if s_n == 0 {
            return false;
        }
        if f_n % 2 == 1 || f_n == s_n {
            r = node_hash(p, &r);
            while f_n % 2 == 0 && f_n != 0 {
                f_n >>= 1;
                s_n >>= 1;
            }
        } else {
            r = node_hash(&r, p);
        }
        f_n >>= 1;
        s_n >>= 1;
    }
    s_n == 0 && r == *root
}

/// RFC 9162 §2.1.4.2: verifies a consistency proof.
pub fn verify_consistency(
    first: u64,
    second: u64,
    first_root: &Hash,
    second_root: &Hash,
    proof: &[Hash],
) -> bool {
    if first == second {
        return proof.is_empty() && first_root == second_root;
    }
    if first == 0 || first > second || proof.is_empty() {
        return false;
    }
    let mut path = proof.to_vec();
    if first.is_power_of_two() {
        path.insert(0, *first_root);
    }
    let (mut f_n, mut s_n) = (first - 1, second - 1);
    while f_n % 2 == 1 {
        f_n >>= 1;
        s_n >>= 1;
    }
    let (mut fr, mut sr) = (path[0], path[0]);
    for c in &path[1..] {
        if s_n == 0 {
            return false;
        }
        if f_n % 2 == 1 || f_n == s_n {
            fr = node_hash(c, &fr);
            sr = node_hash(c, &sr);
            while f_n % 2 == 0 && f_n != 0 {
                f_n >>= 1;
                s_n >>= 1;
            }
        } else {
            sr = node_hash(&sr, c);
        }
        f_n >>= 1;
        s_n >>= 1;
    }
    s_n == 0 && fr == *first_root && sr == *second_root
}
