#!/usr/bin/env bash
# End-to-end throughput of `check` and `fix` on synthetic corpora (bench/Proofread.Synth).
# Usage: bench/run.sh [SIZE...]        sizes like 10MB 100MB 1GB (default: 10MB 100MB)
# Env:   WORK=/tmp/proofread-bench     where corpora and outputs go (kept between runs)
#        JOBS=N                         -j for the parallel runs (default: all cores)
#        KINDS=all                      damage kinds of the corpus (proofread-synth --kinds); none: clean pages
#        RUNS="check:1 check:N fix:1 fix:N"   which commands at which -j (N: JOBS)
#        OUT=DIR                        where fix writes (default: $WORK/out); a tmpfs such as
#                                       /dev/shm/proofread-out takes the disk out of the figure
#        CPUS=0                         pin the run to these CPUs (taskset), e.g. 0 for one core
# Prints one line per run: size, command, jobs, seconds, MB/s, peak RSS. Not a test; not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10MB 100MB)
work=${WORK:-/tmp/proofread-bench}
jobs=${JOBS:-$(nproc)}
out=${OUT:-$work/out}
pin=()
[ -n "${CPUS:-}" ] && pin=(taskset -c "$CPUS")
kinds=${KINDS:-all}
mkdir -p "$work"

if [ ! -x /usr/bin/time ]; then
  echo "bench: needs GNU time (/usr/bin/time); on Debian: apt-get install time" >&2
  exit 2
fi

dotnet build -c Release src/Proofread.Cli/Proofread.Cli.csproj -v q -nologo >/dev/null
dotnet build -c Release bench/Proofread.Synth/Proofread.Synth.csproj -v q -nologo >/dev/null
cli="dotnet src/Proofread.Cli/bin/Release/net10.0/proofread.dll"
synth="dotnet bench/Proofread.Synth/bin/Release/net10.0/proofread-synth.dll"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB RAM"
echo "corpus: synthetic pages, damage: $kinds"
printf '%-7s %-6s %4s %9s %8s %10s\n' size command jobs seconds MB/s peak-MB

measure() { # size-label bytes command jobs args...
  local label=$1 bytes=$2 command=$3 j=$4; shift 4
  local log="$work/time.log"
  local status=0
  "${pin[@]}" /usr/bin/time -f '%e %M' -o "$log" $cli "$command" "$@" -j "$j" >/dev/null 2>"$work/stderr.log" || status=$?
  # check exits 1 when it finds something: that is its normal outcome here.
  if [ "$status" -gt 1 ]; then
    echo "bench: $command failed (exit $status), see $work/stderr.log" >&2; exit 1
  fi
  read -r seconds kb < <(tail -1 "$log")
  awk -v l="$label" -v c="$command" -v j="$j" -v s="$seconds" -v b="$bytes" -v k="$kb" \
    'BEGIN { printf "%-7s %-6s %4d %9.2f %8.2f %10.0f\n", l, c, j, s, b / 1e6 / s, k / 1024 }'
}

for size in "${sizes[@]}"; do
  corpus="$work/corpus-$kinds-$size"
  if [ ! -d "$corpus/pages" ]; then
    $synth --out "$corpus" --size "$size" --seed 1 --kinds "$kinds" 2>/dev/null
  fi
  bytes=$(find "$corpus/pages" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
  for run in ${RUNS:-check:1 check:N fix:1 fix:N}; do
    command=${run%%:*} j=${run##*:}
    [ "$j" = N ] && j=$jobs
    rm -rf "$out"
    if [ "$command" = fix ]; then
      measure "$size" "$bytes" fix "$j" "$corpus/pages" --out "$out"
    else
      measure "$size" "$bytes" check "$j" "$corpus/pages" --format json
    fi
  done
  rm -rf "$out"
done
