#!/usr/bin/env python3
"""Generates the secrets benchmark inputs (never committed; bench/corpus is ignored).

    gen_secrets_corpus.py OUT --tree-mb 100 --commits 3000

OUT/tree     a source tree of PHP, JS, Python, Terraform and YAML files, with a
             few synthetic secrets (random characters in real key shapes);
OUT/history  a git repository of COMMITS commits with realistic edits: each
             commit changes a few lines in one to four files, sometimes adds a
             file, and now and then adds a secret that a later commit removes.
"""
import argparse, os, random, subprocess

rng = random.Random(20261123)
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
WORDS = ("payment refund ledger account balance invoice merchant settlement payout fee "
         "commission withdrawal transfer currency amount customer order charge dispute "
         "webhook report audit approval limit batch status").split()

def word():
    return rng.choice(WORDS)

def ident():
    return word() + "_" + word()

def camel():
    a, b = word(), word()
    return a + b.capitalize()

LINES = {
    "php": [
        lambda: f"        ${camel()} = $this->{camel()}->find(${camel()}->id);",
        lambda: f"    public function {camel()}(Request $request): JsonResponse",
        lambda: f"        if (${camel()}->status === '{word()}') {{",
        lambda: f"            throw new {word().capitalize()}Exception('{word()} {word()} failed');",
        lambda: f"        return response()->json(['{ident()}' => ${camel()}->{ident()}]);",
        lambda: f"    'key' => env('{ident().upper()}'),",
        lambda: f"        $token = $request->bearerToken();",
        lambda: "        }",
        lambda: f"        // {word().capitalize()} the {word()} before the {word()} is posted.",
    ],
    "js": [
        lambda: f"  const {camel()} = await api.get(`/{word()}s/${{id}}`);",
        lambda: f"export function {camel()}({camel()}, {camel()}) {{",
        lambda: f"  if (!{camel()}.{camel()}) return null;",
        lambda: f"  return {{ ...state, {camel()}: action.payload.{camel()} }};",
        lambda: f"import {{ {camel()} }} from './{word()}/{camel()}';",
        lambda: f"  headers: {{ Authorization: `Bearer ${{token}}` }},",
        lambda: "}",
        lambda: f"  // {word()} {word()} {word()}",
    ],
    "py": [
        lambda: f"    {ident()} = {ident()}.objects.filter(status='{word()}')",
        lambda: f"def {ident()}(request, {ident()}_id):",
        lambda: f"    if not {ident()}:",
        lambda: f"        raise ValueError('{word()} {word()} is missing')",
        lambda: f"    return Decimal({ident()}.amount) / 100",
        lambda: f"SECRET_KEY = os.environ['{ident().upper()}']",
        lambda: f"    # {word()} {word()} {word()}",
    ],
    "tf": [
        lambda: f'resource "aws_{ident()}" "{word()}" {{',
        lambda: f'  name = "{word()}-{word()}"',
        lambda: f"  password = var.{ident()}",
        lambda: f"  tags = {{ team = \"{word()}\" }}",
        lambda: "}",
    ],
    "yaml": [
        lambda: f"  {ident()}: {word()}",
        lambda: f"    - name: {ident().upper()}",
        lambda: f"      valueFrom: {{ secretKeyRef: {{ name: {word()}, key: {word()} }} }}",
        lambda: f"  image: registry.payments.test/{word()}:{rng.randint(1, 99)}.{rng.randint(0, 9)}",
    ],
}
EXT = list(LINES)

def secret_line():
    return rng.choice([
        lambda: "STRIPE_SECRET=sk_live_" + "".join(rng.choice(ALNUM) for _ in range(40)),
        lambda: "'github' => 'ghp_" + "".join(rng.choice(ALNUM) for _ in range(36)) + "',",
        lambda: "DATABASE_URL=postgres://ledger:" + "".join(rng.choice(ALNUM) for _ in range(16)) + "@db.internal/ledger",
        lambda: "aws_access_key_id = AKIA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)),
    ])()

def file_text(ext, target):
    out, size = [], 0
    gen = LINES[ext]
    while size < target:
        line = rng.choice(gen)()
        out.append(line)
        size += len(line) + 1
    return out

def tree(out, mb):
    total, n = 0, 0
    while total < mb * 1024 * 1024:
        ext = rng.choice(EXT)
        lines = file_text(ext, rng.randint(2_000, 20_000))
        if rng.random() < 0.002:
            lines.insert(rng.randrange(len(lines)), secret_line())
        text = "\n".join(lines) + "\n"
        path = os.path.join(out, f"src/{word()}/{n % 97}/{word()}_{n}.{ext}")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        total += len(text)
        n += 1
    print(f"tree: {n} files, {total / 1e6:.1f} MB")

def history(out, commits, files):
    os.makedirs(out, exist_ok=True)
    subprocess.run(["git", "init", "-q", "-b", "main", out], check=True)
    state = {}
    for i in range(files):
        ext = rng.choice(EXT)
        state[f"src/{word()}/{i}.{ext}"] = file_text(ext, rng.randint(4_000, 40_000))
    stream = []
    def blob(lines):
        data = ("\n".join(lines) + "\n").encode()
        stream.append(b"data %d\n" % len(data) + data + b"\n")
    when = 1_700_000_000
    planted = []
    for c in range(commits):
        changed = set()
        if c == 0:
            changed = set(state)
        else:
            for _ in range(rng.randint(1, 4)):
                path = rng.choice(list(state))
                lines = state[path]
                for _ in range(rng.randint(1, 6)):
                    ext = path.rsplit(".", 1)[1]
                    at = rng.randrange(len(lines))
                    if rng.random() < 0.5:
                        lines.insert(at, rng.choice(LINES[ext])())
                    else:
                        lines[at] = rng.choice(LINES[ext])()
                changed.add(path)
            if rng.random() < 0.05:
                ext = rng.choice(EXT)
                path = f"src/{word()}/{len(state)}.{ext}"
                state[path] = file_text(ext, rng.randint(4_000, 40_000))
                changed.add(path)
            if rng.random() < 0.01:
                path = rng.choice(list(state))
                state[path].insert(0, secret_line())
                planted.append(path)
                changed.add(path)
            elif planted and rng.random() < 0.02:
                path = planted.pop()
                state[path] = [l for l in state[path] if "sk_live_" not in l and "ghp_" not in l and "AKIA" not in l and "postgres://" not in l]
                changed.add(path)
        when += 3600
        msg = f"{word()}: {word()} {word()}".encode()
        stream.append(b"commit refs/heads/main\n")
        stream.append(b"committer Dev <dev@payments.test> %d +0000\n" % when)
        stream.append(b"data %d\n" % len(msg) + msg + b"\n")
        for path in sorted(changed):
            stream.append(b"M 100644 inline %s\n" % path.encode())
            blob(state[path])
        stream.append(b"\n")
    subprocess.run(["git", "-C", out, "fast-import", "--quiet"], input=b"".join(stream), check=True)
    subprocess.run(["git", "-C", out, "reset", "-q", "--hard", "main"], check=True)
    subprocess.run(["git", "-C", out, "repack", "-adq"], check=True)
    print(f"history: {commits} commits, {len(state)} files at HEAD")

if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--tree-mb", type=int, default=100)
    p.add_argument("--commits", type=int, default=3000)
    p.add_argument("--files", type=int, default=400)
    a = p.parse_args()
    tree(os.path.join(a.out, "tree"), a.tree_mb)
    history(os.path.join(a.out, "history"), a.commits, a.files)
