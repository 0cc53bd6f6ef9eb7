#!/usr/bin/env bash
# Times the break rules on two 10 MB pages built from the held-out clean corpus: one with a column break
# injected into every other paragraph, one hard-wrapped at 44 columns. Run from the repository root.
set -euo pipefail
dotnet build src/Proofread.Cli -c Release -nologo -v q >/dev/null
dll="$(ls src/Proofread.Cli/bin/Release/net*/proofread.dll | head -1)"
work="$(mktemp -d)"
python3 - "$work" <<'PY'
import random, sys
work = sys.argv[1]
lines = [l.strip() for l in open("tests/fixtures/corpus/heldout/sentences.txt", encoding="utf-8") if l.strip()]
def paragraphs(seed):
    rnd = random.Random(seed); i = 0
    while True:
        n = rnd.randint(2, 5); yield rnd, "".join(lines[(i + k) % len(lines)] for k in range(n)); i += n
def wrap(p, cols=44):
    out, cur, width = [], "", 0
    for c in p:
        w = 1 if ord(c) < 0x2E80 else 2
        if width + w > cols: out.append(cur); cur, width = "", 0
        cur += c; width += w
    return "\n".join(out + [cur])
for name, make in (("broken.txt", lambda rnd, p: p if rnd.random() < 0.5 else (lambda c: p[:c] + "\n\n" + p[c:])(rnd.randint(1, len(p) - 1))),
                   ("wrapped.txt", lambda rnd, p: wrap(p))):
    out, size = [], 0
    for rnd, p in paragraphs(1):
        t = make(rnd, p); out.append(t); size += len(t.encode()) + 2
        if size >= 10 * 1024 * 1024: break
    open(f"{work}/{name}", "w", encoding="utf-8").write("\n\n".join(out) + "\n")
PY
for f in broken wrapped; do
  for cmd in "check $work/$f.txt --rule column-break --rule hard-wrapped-line" "fix $work/$f.txt --out $work/out"; do
    start=$(date +%s.%N); dotnet "$dll" $cmd >/dev/null 2>&1 || true; end=$(date +%s.%N)
    printf '%-70s %.2f s\n' "${cmd//$work\//}" "$(echo "$end - $start" | bc)"
  done
done
rm -rf "$work"
