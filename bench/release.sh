#!/usr/bin/env bash
# Times the release commands on a real git repository and SQLite ledger:
# `status` over a ledger of N filler entries, and a rollback whose deploy
# command is `true` (so what is timed is shipgate's own work: configuration,
# ledger scan and append, git, process start).
#
# Usage: bench/release.sh [N entries, default 100000] [runs, default 5]
# Uses target/release/shipgate, or $SHIPGATE.
set -euo pipefail
cd "$(dirname "$0")/.."
entries="${1:-100000}"
runs="${2:-5}"
target="${CARGO_TARGET_DIR:-target}"
case "$target" in /*) ;; *) target="$(pwd)/$target" ;; esac
shipgate="${SHIPGATE:-$target/release/shipgate}"
[ -x "$shipgate" ] || { echo "build first: cargo build --release -p shipgate" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
export GIT_AUTHOR_NAME="Dana Dev" GIT_AUTHOR_EMAIL=dana@payments.test
export GIT_COMMITTER_NAME="Dana Dev" GIT_COMMITTER_EMAIL=dana@payments.test
export GITLAB_USER_LOGIN=ops HOME="$work"
git init -q -b main
cat > shipgate.toml <<'TOML'
[ledger]
service = "payments"

[environments.production]
required_gates = ["secrets"]
approvals = 1
approvers = ["erin"]
allow_unverified = true

[environments.production.deploy]
command = ["true"]
TOML
echo ".shipgate/" > .gitignore
git add -A && git commit -qm release
commit="$(git rev-parse HEAD)"

# Filler: gate entries of other commits and services, as a busy ledger has.
python3 - "$entries" "$commit" > filler.jsonl <<'PY'
import json, sys
n, commit = int(sys.argv[1]), sys.argv[2]
for i in range(n):
    print(json.dumps({"v": 1, "kind": "gate", "time": "2026-11-01T00:00:00Z",
        "service": "payments" if i % 2 else "ledger-api", "environment": None,
        "commit": f"{i:040x}", "artifact": None,
        "actor": {"id": "ci-bot", "via": "gitlab-ci", "verified": False}, "ci": None,
        "body": {"gate": "secrets", "outcome": "pass", "dirty": False}}))
PY
"$shipgate" ledger append filler.jsonl > /dev/null
img() { printf 'registry/payments@sha256:%064d' "$1"; }
entry() { printf '{"v":1,"kind":"%s","time":"2026-11-30T10:00:00Z","service":"payments","environment":"production","commit":"%s","artifact":null,"actor":{"id":"ci-bot","via":"gitlab-ci","verified":false},"ci":null,"body":%s}\n' "$1" "$commit" "$2"; }
{
  entry gate '{"gate":"secrets","outcome":"pass","dirty":false}'
  entry deployment "{\"outcome\":\"succeeded\",\"image\":\"$(img 1)\"}"
  entry smoke '{"outcome":"pass"}'
  entry deployment "{\"outcome\":\"succeeded\",\"image\":\"$(img 2)\"}"
  entry smoke '{"outcome":"fail"}'
} > story.jsonl
"$shipgate" ledger append story.jsonl > /dev/null
GITLAB_USER_LOGIN=erin "$shipgate" approve --env production > /dev/null

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { local s e; s=$(date +%s%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

status_ms=$(for _ in $(seq "$runs"); do ms "$shipgate" status --env production; done | median)
# Each rollback run restores image 1 and then a deployment of image 2 is
# recorded again, so every run does the full work.
rollback_ms=$(for _ in $(seq "$runs"); do
  ms "$shipgate" rollback --env production --reason bench
  entry deployment "{\"outcome\":\"succeeded\",\"image\":\"$(img 2)\"}" | "$shipgate" ledger append > /dev/null
done | median)
noop_ms=$(for _ in $(seq "$runs"); do ms "$shipgate" --version; done | median)
echo "ledger: $entries filler entries plus the release's own (SQLite)"
echo "status --env production (median of $runs): ${status_ms} ms"
echo "rollback with a no-op driver (median of $runs): ${rollback_ms} ms"
echo "process start, shipgate --version (median of $runs): ${noop_ms} ms"

# A rollback with the kubernetes driver against the Kubernetes API emulator
# (its `serve` example; pods ready after SHIPGATE_EMULATOR_READY_MS): end to
# end, from the command's start to the rollout seen complete. With pods ready
# at once, what remains is shipgate's own work, the API round trips and the
# emulator controller's 10 ms tick.
serve="${SHIPGATE_EMULATOR:-$target/release/examples/serve}"
if [ ! -x "$serve" ]; then
    echo "kubernetes rollback: skipped (build the emulator: cargo build --release -p shipgate-kube-emulator --example serve)"
    exit 0
fi
cat >> shipgate.toml <<'TOML'

[environments.k8s]

[environments.k8s.deploy]
driver = "kubernetes"
deployment = "web"
container = "app"
kubeconfig = "kubeconfig"
TOML
k8s_entry() { printf '{"v":1,"kind":"%s","time":"2026-11-30T10:00:00Z","service":"payments","environment":"k8s","commit":"%s","artifact":null,"actor":{"id":"ci-bot","via":"gitlab-ci","verified":false},"ci":null,"body":%s}\n' "$1" "$commit" "$2"; }
{
  k8s_entry deployment "{\"outcome\":\"succeeded\",\"image\":\"$(img 1)\"}"
  k8s_entry smoke '{"outcome":"pass"}'
  k8s_entry deployment "{\"outcome\":\"succeeded\",\"image\":\"$(img 2)\"}"
  k8s_entry smoke '{"outcome":"fail"}'
} | "$shipgate" ledger append > /dev/null
# Waits until the emulator's Deployment `web` is rolled out, so that every
# rollback starts from a finished rollout of image 2.
rolled_out() {
    for _ in $(seq 200); do
        curl -sf "$1/apis/apps/v1/namespaces/default/deployments/web" | python3 -c '
import json, sys
d = json.load(sys.stdin); s = d.get("status", {}); want = d["spec"]["replicas"]
done = (s.get("observedGeneration") == d["metadata"]["generation"] and s.get("replicas") == want
        and s.get("updatedReplicas") == want and s.get("availableReplicas") == want)
sys.exit(0 if done else 1)' && return 0
        sleep 0.05
    done
    echo "the emulator never finished rolling out image 2" >&2
    return 1
}
for ready in 0 1000; do
    SHIPGATE_EMULATOR_IMAGE="$(img 2)" SHIPGATE_EMULATOR_READY_MS="$ready" "$serve" kubeconfig > serve.log 2>&1 &
    serve_pid=$!
    for _ in $(seq 50); do [ -s serve.log ] && break; sleep 0.1; done
    url="$(cut -d' ' -f1 serve.log)"
    rolled_out "$url"
    k8s_ms=$(for _ in $(seq "$runs"); do
      s=$(date +%s%N)
      "$shipgate" rollback --env k8s --reason bench > rollback.out 2>&1 || true
      e=$(date +%s%N)
      echo $(( (e - s) / 1000000 ))
      grep -q "rolled back .* succeeded" rollback.out || cat rollback.out >&2
      if [ -n "${BENCH_DEBUG:-}" ]; then cat rollback.out >&2; fi
      # Back to image 2, in the cluster and in the ledger, for the next run.
      curl -sf -X PATCH -H 'Content-Type: application/strategic-merge-patch+json' \
        -d "{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"app\",\"image\":\"$(img 2)\"}]}}}}" \
        "$url/apis/apps/v1/namespaces/default/deployments/web" > /dev/null
      k8s_entry deployment "{\"outcome\":\"succeeded\",\"image\":\"$(img 2)\"}" | "$shipgate" ledger append > /dev/null
      rolled_out "$url"
    done | median)
    kill "$serve_pid"
    wait "$serve_pid" 2>/dev/null || true
    echo "rollback with the kubernetes driver on the emulator, pods ready after ${ready} ms (median of $runs): ${k8s_ms} ms"
done
