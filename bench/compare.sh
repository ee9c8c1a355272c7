#!/usr/bin/env bash
# Scribe side by side with Microsoft's vscode-markdown-languageserver, in one run, on the same
# generated markdown workspace, both driven by ../shared/tools/lspclient.py bench: opening every
# file and asking its documentSymbol, workspace/symbol, and memory. Needs a JDK 17, Maven, node
# and python3 (standard library only).
#
#   bench/compare.sh [--count N] [--repeat N] [--scribe CMD]
#
# Defaults: 2000 notes, 1 run each, Scribe as 'java -jar server/target/scribe.jar' (built here).
#
# Writes bench/target/compare/{scribe,markdown,ratios}.json and prints the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."

count=2000
repeat=1
scribe='java -jar server/target/scribe.jar'
while [ $# -gt 1 ]; do
  case "$1" in
    --count) count="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --scribe) scribe="$2"; shift 2 ;;
    *) break ;;
  esac
done
if [ $# -gt 0 ]; then
  echo "usage: bench/compare.sh [--count N] [--repeat N] [--scribe CMD]" >&2
  exit 2
fi

lspclient=../shared/tools/lspclient.py
for tool in python3 node npm; do
  command -v "$tool" >/dev/null || { echo "compare.sh needs $tool" >&2; exit 2; }
done
[ -f "$lspclient" ] || { echo "compare.sh needs $lspclient (shared/ beside the repository)" >&2; exit 2; }

# The server jar, the generator (in the bench jar) and the peer server, pinned in bench/peer.
mvn -B -ntp -q -Pbench -DskipTests package -pl bench -am
[ -d bench/peer/node_modules/vscode-markdown-languageserver ] || npm ci --prefix bench/peer --no-audit --no-fund

out=bench/target/compare
workspace="bench/target/workspaces/compare-md-$count"
mkdir -p "$out"
if [ ! -f "$workspace/.generated" ]; then
  java -jar bench/target/scribe-bench.jar generate --out "$workspace" --count "$count" --format md
  touch "$workspace/.generated"
fi

echo "scribe: lspclient.py bench on $workspace" >&2
python3 "$lspclient" bench --dir "$workspace" --glob '*.md' --repeat "$repeat" \
  --server "$scribe" > "$out/scribe.json"
echo "vscode-markdown-languageserver: lspclient.py bench on $workspace" >&2
python3 "$lspclient" bench --dir "$workspace" --glob '*.md' --repeat "$repeat" --settings vscode-markdown \
  --server 'node bench/peer/node_modules/vscode-markdown-languageserver/dist/node/workerMain.js --stdio' \
  > "$out/markdown.json"

python3 - "$out" <<'EOF'
import json, sys
out = sys.argv[1]
scribe = json.load(open(f"{out}/scribe.json"))
peer = json.load(open(f"{out}/markdown.json"))
s, p = scribe.get("summary", {}), peer.get("summary", {})

def median_rss(report):
    vals = sorted(r["memory"]["rss_mib"] for r in report["runs"] if "memory" in r)
    return vals[len(vals) // 2] if vals else None

# The peer's open figure includes the time this client spent answering its markdown/parse
# requests; without it is the server's own share.
peer_own_open = None
if p.get("open_and_symbols_s") is not None and p.get("open_and_symbols_client_handler_s") is not None:
    peer_own_open = round(p["open_and_symbols_s"] - p["open_and_symbols_client_handler_s"], 3)
rows = [
    ("initialize (s)", s.get("initialize_s"), p.get("initialize_s")),
    ("open every file + documentSymbol (s)", s.get("open_and_symbols_s"), p.get("open_and_symbols_s")),
    ("  the same, less the client's markdown/parse time (s)", s.get("open_and_symbols_s"), peer_own_open),
    ("documentSymbol, warm, median (ms)", s.get("document_symbol_warm_median_ms"), p.get("document_symbol_warm_median_ms")),
    ("workspace/symbol, median (ms)", s.get("workspace_symbol_median_ms"), p.get("workspace_symbol_median_ms")),
    ("workspace/symbol, max (ms)", s.get("workspace_symbol_max_ms"), p.get("workspace_symbol_max_ms")),
    ("RSS at the end (MiB)", median_rss(scribe), median_rss(peer)),
    ("peak RSS (MiB)", s.get("peak_rss_mib"), p.get("peak_rss_mib")),
    ("server CPU (s)", s.get("server_cpu_s"), p.get("server_cpu_s")),
]
print(f"\n{scribe['files']} markdown notes, {scribe['lines']} lines, {scribe['bytes'] / 1e6:.1f} MB; "
      f"{len(scribe['runs'])} run(s) each")
print(f"{'figure':54} {'scribe':>10} {'markdown':>10} {'markdown/scribe':>16}")
ratios = {}
for label, a, b in rows:
    ratio = round(b / a, 2) if a and b is not None else None
    ratios[label.strip()] = {"scribe": a, "markdown": b, "markdown_over_scribe": ratio}
    fmt = lambda v: "n/a" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)
    print(f"{label:54} {fmt(a):>10} {fmt(b):>10} {fmt(ratio):>16}")
print("\nA ratio above 1 means Scribe is faster or smaller (the goal: 2 or more for times, above 1 for memory).")
for name, report in (("scribe", scribe), ("markdown", peer)):
    for run in report["runs"]:
        for e in (run.get("errors") or [])[:3] + ([run["error"]] if "error" in run else []):
            print(f"{name}: {e}")
json.dump(ratios, open(f"{out}/ratios.json", "w"), indent=1)
print(f"JSON: {out}/scribe.json, {out}/markdown.json, {out}/ratios.json")
EOF
