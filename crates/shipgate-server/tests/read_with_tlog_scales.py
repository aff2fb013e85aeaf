"""Reads and verifies a shipgate ledger served as C2SP tlog-tiles with the
third-party `tlog-scales` client (PyPI): the checkpoint's signature with the
log's vkey, the root from the tiles, every chosen entry's inclusion, and the
consistency proof from an older checkpoint.

    python3 read_with_tlog_scales.py URL VKEY OLD_SIZE OLD_ROOT_BASE64 INDEX...
"""

import base64
import sys

from tlog_scales.backend import HttpBackend
from tlog_scales.reader import TilesReader
from tlog_scales.signing import Vkey
from tlog_scales.tiles import leaf_hash


def main() -> None:
    url, vkey, old_size, old_root = sys.argv[1:5]
    reader = TilesReader(HttpBackend(url))
    checkpoint = reader.get_checkpoint()
    checkpoint.verify(Vkey.from_string(vkey))
    if reader.calculate_root_hash() != checkpoint.root_hash:
        raise SystemExit("the tiles do not hash to the checkpoint's root")
    for index in map(int, sys.argv[5:]):
        entry = reader.get_entry(index)
        proof = reader.get_inclusion_proof(index, checkpoint.size)
        proof.check(leaf_hash(entry), checkpoint.root_hash)
    proof = reader.get_consistency_proof(int(old_size), checkpoint.size)
    proof.check(base64.b64decode(old_root), checkpoint.root_hash)
    print(f"verified {checkpoint.origin} at size {checkpoint.size}")


if __name__ == "__main__":
    main()
