#!/usr/bin/env bash
# The eval improvement figure per damage kind and per damage class: a synthetic corpus of the
# held-out text with one kind injected at a time (and one with all), on each seed (each seed is
# another made-up paper), each scored with `proofread eval` against its gold; figures pooled
# over the seeds (distances summed), with each seed's own improvement beside them.
# Usage: bench/eval-kinds.sh [SIZE] [APPLY]     (default: 1MB safe; SEEDS="1 2 3")
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1MB}
apply=${2:-safe}
seeds=${SEEDS:-1 2 3}
work=${WORK:-/tmp/proofread-eval}
dotnet build -c Release src/Proofread.Cli/Proofread.Cli.csproj -v q -nologo >/dev/null
dotnet build -c Release bench/Proofread.Synth/Proofread.Synth.csproj -v q -nologo >/dev/null
cli="dotnet src/Proofread.Cli/bin/Release/net10.0/proofread.dll"
synth="dotnet bench/Proofread.Synth/bin/Release/net10.0/proofread-synth.dll"
reports=()
for kind in furniture jumps breaks wraps duplicates half-width all; do
  for seed in $seeds; do
    corpus="$work/$kind-$size-seed$seed"
    [ -d "$corpus/pages" ] || $synth --out "$corpus" --size "$size" --seed "$seed" --kinds "$kind" 2>/dev/null
    $cli eval --gold "$corpus/gold" "$corpus/pages" --apply "$apply" --format json > "$corpus/eval-$apply.json"
    reports+=("$kind:$seed:$corpus/eval-$apply.json")
  done
done
python3 - "${reports[@]}" <<'PY'
import json, sys
runs = {}
for arg in sys.argv[1:]:
    kind, seed, path = arg.split(":", 2)
    runs.setdefault(kind, []).append((seed, json.load(open(path))["overall"]))
def share(before, after):
    return "n/a" if before == 0 else f"{(before - after) / before:.3f}"
print(f"{'kind':<11} {'d-before':>9} {'d-after':>8} {'improvement':>11}  per seed")
for kind, overall in runs.items():
    before = sum(o["distanceBefore"] for _, o in overall)
    after = sum(o["distanceAfter"] for _, o in overall)
    seeds = "  ".join(f"{s}: {share(o['distanceBefore'], o['distanceAfter'])}" for s, o in overall)
    print(f"{kind:<11} {before:>9} {after:>8} {share(before, after):>11}  {seeds}")
print()
print(f"{'class (all)':<12} {'d-before':>9} {'d-after':>8} {'improvement':>11}  per seed")
for name in [c["class"] for c in runs["all"][0][1]["classes"]]:
    figures = [(s, next(c for c in o["classes"] if c["class"] == name)) for s, o in runs["all"]]
    before = sum(c["distanceBefore"] for _, c in figures)
    after = sum(c["distanceAfter"] for _, c in figures)
    seeds = "  ".join(f"{s}: {share(c['distanceBefore'], c['distanceAfter'])}" for s, c in figures)
    print(f"{name:<12} {before:>9} {after:>8} {share(before, after):>11}  {seeds}")
PY
