//! The Merkle tree over stored hashes: roots, inclusion and consistency
//! proofs (RFC 9162 §2.1.3 and §2.1.4), and their verification.
//!
//! Hashes of complete subtrees are read through a [`HashReader`]: `(level,
//! index)` names the subtree of `2^level` leaves starting at leaf
//! `index << level`. Any other range is computed from those, along the right
//! edge only, so a proof costs `O(log n)` reads.

use crate::hash::{EMPTY_ROOT, Hash, ct_eq, node_hash};

/// Reads hashes of complete subtrees.
pub trait HashReader {
    /// The error a read can fail with.
    type Error;
    /// The hash of the complete subtree `(level, index)`.
    fn hash(&mut self, level: u8, index: u64) -> Result<Hash, Self::Error>;
}

/// Errors in proof generation and verification.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    /// The requested index or size is outside the tree.
    #[error("{0}")]
    OutOfRange(String),
    /// The proof does not lead to the expected root.
    #[error("the proof does not match the root")]
    Mismatch,
    /// The proof has the wrong number of hashes.
    #[error("the proof has the wrong number of hashes")]
    WrongLength,
}

/// The largest power of two smaller than `n` (RFC 9162 §2.1.1's k), for `n > 1`.
fn split(n: u64) -> u64 {
    1 << (n - 1).ilog2()
}

/// The hash of leaves `[start, end)`, from complete subtrees.
pub fn subtree_hash<R: HashReader>(reader: &mut R, start: u64, end: u64) -> Result<Hash, R::Error> {
    let n = end - start;
    if n.is_power_of_two() && start.is_multiple_of(n) {
        return reader.hash(
            u8::try_from(n.trailing_zeros()).unwrap_or(u8::MAX),
            start >> n.trailing_zeros(),
        );
    }
    let k = split(n);
    let left = subtree_hash(reader, start, start + k)?;
    let right = subtree_hash(reader, start + k, end)?;
    Ok(node_hash(&left, &right))
}

/// The root of the tree of the first `size` leaves.
pub fn root<R: HashReader>(reader: &mut R, size: u64) -> Result<Hash, R::Error> {
    if size == 0 {
        Ok(EMPTY_ROOT)
    } else {
        subtree_hash(reader, 0, size)
    }
}

/// The inclusion proof of leaf `index` in the tree of `size` leaves (RFC 9162 §2.1.3.1).
pub fn inclusion_proof<R: HashReader>(
    reader: &mut R,
    index: u64,
    size: u64,
) -> Result<Vec<Hash>, R::Error> {
    let mut proof = Vec::new();
    path(reader, index, 0, size, &mut proof)?;
    Ok(proof)
}

fn path<R: HashReader>(
    reader: &mut R,
    m: u64,
    start: u64,
    end: u64,
    out: &mut Vec<Hash>,
) -> Result<(), R::Error> {
    let n = end - start;
    if n <= 1 {
        return Ok(());
    }
    let k = split(n);
    if m < k {
        path(reader, m, start, start + k, out)?;
        out.push(subtree_hash(reader, start + k, end)?);
    } else {
        path(reader, m - k, start + k, end, out)?;
        out.push(subtree_hash(reader, start, start + k)?);
    }
    Ok(())
}

/// The consistency proof between the trees of `old` and `new` leaves (RFC 9162 §2.1.4.1).
pub fn consistency_proof<R: HashReader>(
    reader: &mut R,
    old: u64,
    new: u64,
) -> Result<Vec<Hash>, R::Error> {
    let mut proof = Vec::new();
    if old == 0 || old >= new {
        return Ok(proof);
    }
    subproof(reader, old, 0, new, true, &mut proof)?;
    Ok(proof)
}

fn subproof<R: HashReader>(
    reader: &mut R,
    m: u64,
    start: u64,
    end: u64,
    complete: bool,
    out: &mut Vec<Hash>,
) -> Result<(), R::Error> {
    let n = end - start;
    if m == n {
        if !complete {
            out.push(subtree_hash(reader, start, end)?);
        }
        return Ok(());
    }
    let k = split(n);
    if m <= k {
        subproof(reader, m, start, start + k, complete, out)?;
        out.push(subtree_hash(reader, start + k, end)?);
    } else {
        subproof(reader, m - k, start + k, end, false, out)?;
        out.push(subtree_hash(reader, start, start + k)?);
    }
    Ok(())
}

/// Verifies an inclusion proof (RFC 9162 §2.1.3.2).
pub fn verify_inclusion(
    leaf: &Hash,
    index: u64,
    size: u64,
    proof: &[Hash],
    root: &Hash,
) -> Result<(), ProofError> {
    if index >= size {
        return Err(ProofError::OutOfRange(format!(
            "index {index} is not below tree size {size}"
        )));
    }
    let (mut f_n, mut s_n) = (index, size - 1);
    let mut r = *leaf;
    for p in proof {
        if s_n == 0 {
            return Err(ProofError::WrongLength);
        }
        if f_n & 1 == 1 || f_n == s_n {
            r = node_hash(p, &r);
            if f_n & 1 == 0 {
                while f_n & 1 == 0 && f_n != 0 {
                    f_n >>= 1;
                    s_n >>= 1;
                }
            }
        } else {
            r = node_hash(&r, p);
        }
        f_n >>= 1;
        s_n >>= 1;
    }
    if s_n != 0 {
        return Err(ProofError::WrongLength);
    }
    if ct_eq(&r, root) {
        Ok(())
    } else {
        Err(ProofError::Mismatch)
    }
}

/// Verifies a consistency proof between `old_root` of `old` leaves and
/// `new_root` of `new` leaves (RFC 9162 §2.1.4.2).
pub fn verify_consistency(
    old: u64,
    new: u64,
    old_root: &Hash,
    new_root: &Hash,
    proof: &[Hash],
) -> Result<(), ProofError> {
    if old > new {
        return Err(ProofError::OutOfRange(format!(
            "old size {old} is larger than new size {new}"
        )));
    }
    if old == new {
        return if proof.is_empty() && ct_eq(old_root, new_root) {
            Ok(())
        } else {
            Err(ProofError::Mismatch)
        };
    }
    if old == 0 {
        return if proof.is_empty() {
            Ok(())
        } else {
            Err(ProofError::WrongLength)
        };
    }
    if proof.is_empty() {
        return Err(ProofError::WrongLength);
    }
    let mut path: Vec<Hash> = proof.to_vec();
    if old.is_power_of_two() {
        path.insert(0, *old_root);
    }
    let (mut f_n, mut s_n) = (old - 1, new - 1);
    while f_n & 1 == 1 {
        f_n >>= 1;
        s_n >>= 1;
    }
    let mut fr = path[0];
    let mut sr = path[0];
    for c in &path[1..] {
        if s_n == 0 {
            return Err(ProofError::WrongLength);
        }
        if f_n & 1 == 1 || f_n == s_n {
            fr = node_hash(c, &fr);
            sr = node_hash(c, &sr);
            if f_n & 1 == 0 {
                while f_n & 1 == 0 && f_n != 0 {
                    f_n >>= 1;
                    s_n >>= 1;
                }
            }
        } else {
            sr = node_hash(&sr, c);
        }
        f_n >>= 1;
        s_n >>= 1;
    }
    if s_n != 0 {
        return Err(ProofError::WrongLength);
    }
    if ct_eq(&fr, old_root) && ct_eq(&sr, new_root) {
        Ok(())
    } else {
        Err(ProofError::Mismatch)
    }
}

/// The right edge of a tree: the complete subtrees that make up its first
/// `size` leaves, largest first. Appending a leaf touches only these, and the
/// root is their right-to-left fold.
#[derive(Debug, Clone, Default)]
pub struct CompactRange {
    size: u64,
    /// `(level, hash)`, levels strictly decreasing.
    stack: Vec<(u8, Hash)>,
}

impl CompactRange {
    /// The `(level, index)` of each subtree of a tree of `size` leaves, largest first.
    pub fn keys(size: u64) -> Vec<(u8, u64)> {
        let mut keys = Vec::new();
        let mut start = 0u64;
        for level in (0..64u8).rev() {
            if size & (1 << level) != 0 {
                keys.push((level, start >> level));
                start += 1 << level;
            }
        }
        keys
    }

    /// A range from the hashes of [`CompactRange::keys`], in that order.
    pub fn from_hashes(size: u64, hashes: &[Hash]) -> Option<Self> {
        let keys = Self::keys(size);
        if keys.len() != hashes.len() {
            return None;
        }
        Some(Self {
            size,
            stack: keys
                .iter()
                .map(|k| k.0)
                .zip(hashes.iter().copied())
                .collect(),
        })
    }

    /// The hashes of its subtrees, in the order of [`CompactRange::keys`].
    pub fn hashes(&self) -> Vec<Hash> {
        self.stack.iter().map(|&(_, h)| h).collect()
    }

    /// How many leaves it covers.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Appends a leaf; calls `emit(level, index, hash)` for every complete
    /// subtree of height one or more the leaf completes.
    pub fn append(&mut self, leaf: Hash, mut emit: impl FnMut(u8, u64, Hash)) {
        let index = self.size;
        self.stack.push((0, leaf));
        let mut level = 0u8;
        while self.stack.len() >= 2 && self.stack[self.stack.len() - 2].0 == level {
            let (_, right) = self.stack.pop().unwrap_or((0, leaf));
            let (_, left) = self.stack.pop().unwrap_or((0, leaf));
            let parent = node_hash(&left, &right);
            level += 1;
            emit(level, index >> level, parent);
            self.stack.push((level, parent));
        }
        self.size += 1;
    }

    /// The root of the leaves so far.
    pub fn root(&self) -> Hash {
        let mut iter = self.stack.iter().rev();
        let Some(&(_, mut acc)) = iter.next() else {
            return EMPTY_ROOT;
        };
        for (_, left) in iter {
            acc = node_hash(left, &acc);
        }
        acc
    }
}

/// A [`HashReader`] over leaf hashes held in memory, for tests and bundles.
pub struct MemoryTree {
    levels: Vec<Vec<Hash>>,
}

impl MemoryTree {
    /// Builds every complete subtree over `leaves`.
    pub fn new(leaves: Vec<Hash>) -> Self {
        let mut levels = vec![leaves];
        while let Some(below) = levels.last() {
            if below.len() < 2 {
                break;
            }
            let next: Vec<Hash> = below
                .chunks_exact(2)
                .map(|p| node_hash(&p[0], &p[1]))
                .collect();
            levels.push(next);
        }
        Self { levels }
    }
}

impl HashReader for MemoryTree {
    type Error = ProofError;

    fn hash(&mut self, level: u8, index: u64) -> Result<Hash, ProofError> {
        let index =
            usize::try_from(index).map_err(|_| ProofError::OutOfRange("index too large".into()))?;
        self.levels
            .get(usize::from(level))
            .and_then(|l| l.get(index))
            .copied()
            .ok_or_else(|| {
                ProofError::OutOfRange(format!("no complete subtree ({level}, {index})"))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::{from_hex, leaf_hash, to_hex};

    /// The RFC 6962 reference leaves (transparency-dev/merkle test data).
    const LEAVES: [&str; 8] = [
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    ];
    const ROOTS: [&str; 9] = [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    fn unhex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    fn reference(n: usize) -> MemoryTree {
        MemoryTree::new(LEAVES[..n].iter().map(|l| leaf_hash(&unhex(l))).collect())
    }

    #[test]
    fn roots_match_the_rfc_6962_reference_vectors() {
        for n in 0..=8 {
            let mut tree = reference(8);
            assert_eq!(
                to_hex(&root(&mut tree, n as u64).unwrap()),
                ROOTS[n],
                "size {n}"
            );
            let mut compact = CompactRange::default();
            for leaf in LEAVES[..n].iter().map(|l| leaf_hash(&unhex(l))) {
                compact.append(leaf, |_, _, _| {});
            }
            assert_eq!(to_hex(&compact.root()), ROOTS[n], "compact size {n}");
        }
    }

    #[test]
    fn inclusion_proofs_match_the_reference_vectors() {
        let mut tree = reference(8);
        let cases: [(u64, [&str; 3]); 2] = [
            (
                0,
                [
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
                ],
            ),
            (
                5,
                [
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                ],
            ),
        ];
        let root8 = from_hex(ROOTS[8]).unwrap();
        for (index, expected) in cases {
            let proof = inclusion_proof(&mut tree, index, 8).unwrap();
            assert_eq!(proof.iter().map(to_hex).collect::<Vec<_>>(), expected);
            let leaf = leaf_hash(&unhex(LEAVES[usize::try_from(index).unwrap()]));
            verify_inclusion(&leaf, index, 8, &proof, &root8).unwrap();
        }
    }

    /// The worked example of RFC 6962 §2.1.3 and RFC 9162 §2.1.5: seven leaves
    /// d0..d6 with leaf hashes a b c d e f j, interior nodes g = (a,b),
    /// h = (c,d), i = (e,f), k = (g,h), l = (i,j), root = (k,l).
    #[test]
    #[expect(
        clippy::many_single_char_names,
        reason = "the RFC names the nodes by letter"
    )]
    fn the_rfc_worked_example() {
        let d: Vec<Hash> = (0..7u8).map(|n| leaf_hash(&[b'd', n])).collect();
        let [a, b, c, dd, e, f, j] = [d[0], d[1], d[2], d[3], d[4], d[5], d[6]];
        let (g, h, i) = (node_hash(&a, &b), node_hash(&c, &dd), node_hash(&e, &f));
        let (k, l) = (node_hash(&g, &h), node_hash(&i, &j));
        let mut tree = MemoryTree::new(d.clone());
        assert_eq!(root(&mut tree, 7).unwrap(), node_hash(&k, &l));
        // "The audit path for d0 is [b, h, l]", d3 [c, g, l], d4 [f, j, k], d6 [i, k].
        assert_eq!(inclusion_proof(&mut tree, 0, 7).unwrap(), [b, h, l]);
        assert_eq!(inclusion_proof(&mut tree, 3, 7).unwrap(), [c, g, l]);
        assert_eq!(inclusion_proof(&mut tree, 4, 7).unwrap(), [f, j, k]);
        assert_eq!(inclusion_proof(&mut tree, 6, 7).unwrap(), [i, k]);
        // Consistency: PROOF(3, D[7]) = [c, d, g, l]; PROOF(4, D[7]) = [l]; PROOF(6, D[7]) = [i, j, k].
        assert_eq!(consistency_proof(&mut tree, 3, 7).unwrap(), [c, dd, g, l]);
        assert_eq!(consistency_proof(&mut tree, 4, 7).unwrap(), [l]);
        assert_eq!(consistency_proof(&mut tree, 6, 7).unwrap(), [i, j, k]);
    }

    #[test]
    fn every_proof_verifies_and_every_corruption_fails() {
        let leaves: Vec<Hash> = (0..40u32).map(|i| leaf_hash(&i.to_be_bytes())).collect();
        let mut tree = MemoryTree::new(leaves.clone());
        for n in 1..=40u64 {
            let root_n = root(&mut tree, n).unwrap();
            for i in 0..n {
                let mut proof = inclusion_proof(&mut tree, i, n).unwrap();
                verify_inclusion(&leaves[usize::try_from(i).unwrap()], i, n, &proof, &root_n)
                    .unwrap();
                assert!(
                    verify_inclusion(
                        &leaves[usize::try_from(i).unwrap()],
                        (i + 1) % n,
                        n,
                        &proof,
                        &root_n
                    )
                    .is_err()
                        || n == 1
                );
                for k in 0..proof.len() {
                    proof[k][0] ^= 1;
                    assert!(
                        verify_inclusion(
                            &leaves[usize::try_from(i).unwrap()],
                            i,
                            n,
                            &proof,
                            &root_n
                        )
                        .is_err()
                    );
                    proof[k][0] ^= 1;
                }
            }
            for m in 1..=n {
                let root_m = root(&mut tree, m).unwrap();
                let mut proof = consistency_proof(&mut tree, m, n).unwrap();
                verify_consistency(m, n, &root_m, &root_n, &proof).unwrap();
                for k in 0..proof.len() {
                    proof[k][0] ^= 1;
                    assert!(
                        verify_consistency(m, n, &root_m, &root_n, &proof).is_err(),
                        "{m}->{n} hash {k}"
                    );
                    proof[k][0] ^= 1;
                }
                if m < n {
                    let wrong = leaf_hash(b"wrong");
                    assert!(verify_consistency(m, n, &wrong, &root_n, &proof).is_err());
                }
            }
        }
    }

    #[test]
    fn compact_range_emits_every_complete_subtree() {
        let leaves: Vec<Hash> = (0..13u32).map(|i| leaf_hash(&i.to_be_bytes())).collect();
        let mut tree = MemoryTree::new(leaves.clone());
        let mut compact = CompactRange::default();
        for leaf in &leaves {
            compact.append(*leaf, |level, index, hash| {
                assert_eq!(tree.hash(level, index).unwrap(), hash);
            });
        }
        let keys = CompactRange::keys(13);
        assert_eq!(keys, [(3, 0), (2, 2), (0, 12)]);
        let hashes: Vec<Hash> = keys
            .iter()
            .map(|(l, i)| tree.hash(*l, *i).unwrap())
            .collect();
        let resumed = CompactRange::from_hashes(13, &hashes).unwrap();
        assert_eq!(resumed.root(), compact.root());
    }
}
