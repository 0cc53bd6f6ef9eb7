#!/usr/bin/env bash
# The eval improvement figure per damage kind: a synthetic corpus with one kind injected at a
# time (and one with all), each scored with `proofread eval` against its gold.
# Usage: bench/eval-kinds.sh [SIZE] [APPLY]     (default: 1MB safe)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1MB}
apply=${2:-safe}
work=${WORK:-/tmp/proofread-eval}
dotnet build -c Release src/Proofread.Cli/Proofread.Cli.csproj -v q -nologo >/dev/null
dotnet build -c Release bench/Proofread.Synth/Proofread.Synth.csproj -v q -nologo >/dev/null
cli="dotnet src/Proofread.Cli/bin/Release/net10.0/proofread.dll"
synth="dotnet bench/Proofread.Synth/bin/Release/net10.0/proofread-synth.dll"
printf '%-11s %7s %9s %8s %12s\n' kind pages d-before d-after improvement
for kind in furniture jumps breaks wraps duplicates half-width all; do
  corpus="$work/$kind-$size"
  [ -d "$corpus/pages" ] || $synth --out "$corpus" --size "$size" --seed 42 --kinds "$kind" 2>/dev/null
  $cli eval --gold "$corpus/gold" "$corpus/pages" --apply "$apply" | tail -2 | tr '\n' ' ' |
    awk -v k="$kind" '{ printf "%-11s %7s %9s %8s %12s\n", k, $9, $4, $6, $NF }'
done
