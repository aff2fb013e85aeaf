#!/usr/bin/env python3
"""Generates a lockfile and an offline OSV database for shipgate's benchmark.

    gen_osv_corpus.py OUT PACKAGES ADVISORIES [--seed 7]

Writes OUT/package-lock.json (lockfileVersion 3, PACKAGES packages) and
OUT/osv/npm/all.zip (ADVISORIES advisories in the OSV schema). One advisory in
ten names an installed package, with realistic ranges; the rest name other
packages, as most of a real database does.
"""
import json, os, random, sys, zipfile

out, n_packages, n_advisories = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
seed = int(sys.argv[5]) if len(sys.argv) > 5 else 7
r = random.Random(seed)
os.makedirs(f"{out}/osv/npm", exist_ok=True)
names = [f"pkg-{i:05d}" for i in range(n_packages)]
packages = {"": {"name": "bench", "version": "1.0.0"}}
installed = {}
for name in names:
    v = f"{r.randrange(0, 5)}.{r.randrange(0, 20)}.{r.randrange(0, 30)}"
    installed[name] = v
    packages[f"node_modules/{name}"] = {"version": v, "resolved": f"https://registry.npmjs.org/{name}/-/{name}-{v}.tgz"}
with open(f"{out}/package-lock.json", "w") as f:
    json.dump({"name": "bench", "lockfileVersion": 3, "requires": True, "packages": packages}, f)
with zipfile.ZipFile(f"{out}/osv/npm/all.zip", "w", zipfile.ZIP_DEFLATED) as z:
    for i in range(n_advisories):
        name = r.choice(names) if i % 10 == 0 else f"other-{r.randrange(10**6):06d}"
        lo = f"{r.randrange(0, 5)}.{r.randrange(0, 20)}.0"
        hi = f"{r.randrange(0, 6)}.{r.randrange(0, 20)}.{r.randrange(1, 30)}"
        doc = {
            "schema_version": "1.6.0", "id": f"GHSA-{i:04x}-{r.randrange(16**4):04x}-{r.randrange(16**4):04x}",
            "modified": "2024-01-01T00:00:00Z", "aliases": [f"CVE-2024-{i:06d}"],
            "summary": f"Synthetic advisory {i} for {name}",
            "affected": [{"package": {"ecosystem": "npm", "name": name},
                          "ranges": [{"type": "SEMVER", "events": [{"introduced": lo}, {"fixed": hi}]}]}],
            "database_specific": {"severity": r.choice(["LOW", "MODERATE", "HIGH", "CRITICAL"])},
        }
        z.writestr(f"{doc['id']}.json", json.dumps(doc))
