#!/usr/bin/env bash
# How long the learner's loop takes with the resident grader, measured on a copy of this lab (your
# files are not touched). Prints the median of each measure:
#   - the first ./lab check on a fresh clone (builds the tool, reads the class path from Maven,
#     starts the grader's daemon), with Maven's dependencies already in ~/.m2;
#   - a warm ./lab check (the daemon is up), 10 runs;
#   - a ./lab watch round, save to result on screen, 10 saves, for phase01-core exercise 2 and
#     phase02-http exercise 1 with a partly working solution (the reference one with one method
#     left undone, so some checks fail and the watch stays on the exercise).
# Usage: lab-cli/bench/loop-times.sh [runs]   (needs git, python3; a busy machine inflates every figure)
set -euo pipefail
lab=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-10}
work=$(mktemp -d)
copy="$work/lab"
cleanup() {
  [ -x "$copy/lab" ] && (cd "$copy" && ./lab stop >/dev/null 2>&1) || true
  [ -n "${watch_pid:-}" ] && kill "$watch_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
median() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.2f s", m / 1000 }'; }

# A fresh clone: the files git tracks, as they are in the working tree.
mkdir -p "$copy"
(cd "$lab" && git ls-files -z | tar --null -T - -cf -) | tar -C "$copy" -xf -
cd "$copy"

# The reference solution of a stub file, with one method's body left undone.
partly() { # file method-signature
  local stub=$1 solution=${1/src\/main\/java/src\/solution\/java}
  python3 - "$solution" "$stub" "$2" <<'PY'
import sys
source, target, signature = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(source).read()
start = text.index(signature)
body = text.index("{", start) + 1
depth, i = 1, body
while depth:
    depth += {"{": 1, "}": -1}.get(text[i], 0)
    i += 1
text = text[:body] + '\n        throw new UnsupportedOperationException("left for later");\n    ' + text[i - 1:]
open(target, "w").write(text)
PY
}

start=$(now_ms)
./lab check phase01-core:1 >"$work/first.txt" 2>&1 || true
first=$(( $(now_ms) - start ))
grep -q 'exercise 1 "Mini runtime"' "$work/first.txt" || { cat "$work/first.txt"; echo "the first check did not grade" >&2; exit 1; }

: >"$work/warm.ms"
for _ in $(seq "$runs"); do
  start=$(now_ms)
  ./lab check phase01-core:2 >/dev/null 2>&1 || true
  echo $(( $(now_ms) - start )) >>"$work/warm.ms"
done

# watch_rounds exercise file: saves the file $runs times and times each round until its result is on screen.
watch_rounds() {
  local exercise=$1 file=$2 out="$work/watch-${1/:/-}.txt" fifo="$work/keys" rounds
  rm -f "$fifo"; mkfifo "$fifo"
  ./lab watch "$exercise" <"$fifo" >"$out" 2>&1 &
  watch_pid=$!
  exec 3>"$fifo"
  waiting() { grep -c 'Waiting for a save' "$out" || true; }
  until [ "$(waiting)" -ge 1 ]; do kill -0 "$watch_pid" || { cat "$out"; exit 1; }; sleep 0.01; done
  : >"$work/watch.ms"
  for i in $(seq "$runs"); do
    rounds=$(waiting)
    start=$(now_ms)
    echo "// save $i" >>"$file"
    until [ "$(waiting)" -gt "$rounds" ]; do sleep 0.01; done
    echo $(( $(now_ms) - start )) >>"$work/watch.ms"
  done
  echo q >&3
  exec 3>&-
  wait "$watch_pid" || true
  watch_pid=
  grep -q 'Grading with Maven' "$out" && echo "note: a round of $exercise fell back to Maven" >&2
  # The grader's own line: how much of a round is the compile and how much the checks.
  local compile checks
  compile=$(grep -o 'compiled in [0-9.]* s' "$out" | tail -n "$runs" | awk '{ print $3 * 1000 }' | median)
  checks=$(grep -o 'checks in [0-9.]* s' "$out" | tail -n "$runs" | awk '{ print $3 * 1000 }' | median)
  echo "$(median <"$work/watch.ms")  (of which compile $compile, checks $checks)"
}

partly phase01-core/src/main/java/dev/backendlab/phase01/eventloop/EventLoop.java "public void clearImmediate("
p1=$(watch_rounds phase01-core:2 phase01-core/src/main/java/dev/backendlab/phase01/eventloop/EventLoop.java)
partly phase02-http/src/main/java/dev/backendlab/phase02/parser/RequestParser.java "private void chunkSize("
p2=$(watch_rounds phase02-http:1 phase02-http/src/main/java/dev/backendlab/phase02/parser/RequestParser.java)

echo "first ./lab check on a fresh clone:              $(echo $first | median)"
echo "warm ./lab check (median of $runs):                 $(median <"$work/warm.ms")"
echo "./lab watch round, phase01-core:2 (median of $runs): $p1"
echo "./lab watch round, phase02-http:1 (median of $runs): $p2"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
