#!/usr/bin/env bash
# Compares gosharp with gc (Go 1.19, GOOS=linux GOARCH=arm64 CGO_ENABLED=0) on the programs in
# bench/programs: build time, binary size, and run time under qemu-aarch64, each as a ratio
# gosharp/gc (lower is better for gosharp). Each program's output must be the same with both.
# Run times are the medians of RUNS runs (default 5), gosharp's and gc's interleaved, measured as CPU
# time (user+sys of qemu), which a shared, loaded machine disturbs much less than wall time.
#   bench/run.sh [PROGRAM...]
#   GOSHARP=path/to/gosharp RUNS=7 bench/run.sh fib
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
GOSHARP=${GOSHARP:-$ROOT/bin/gosharp}
GO=${GO:-/usr/lib/go-1.19/bin/go}
RUNS=${RUNS:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

[ -x "$GOSHARP" ] || { echo "bench: $GOSHARP not found; run ./build.sh first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time not found (apt-get install time)" >&2; exit 1; }
have_gc=1
[ -x "$GO" ] || { have_gc=0; echo "bench: gc not found at $GO (apt-get install golang-1.19-go); gosharp numbers only" >&2; }

now() { date +%s%N; }
# median of the arguments
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { awk -v n="$1" 'BEGIN { printf "%.1f", n/1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a/b; else print "-" }'; }
cpu_ns() { # runs "$@" once, prints its user+sys CPU time in nanoseconds
  /usr/bin/time -f '%U %S' -o "$tmp/time" "$@" >/dev/null 2>&1
  awk '{ printf "%.0f", ($1 + $2) * 1e9 }' "$tmp/time"
}
build_ns() { # builds RUNS times, prints the median wall time
  local ts=() s e
  for _ in $(seq "$RUNS"); do s=$(now); "$@" >/dev/null 2>&1; e=$(now); ts+=($((e - s))); done
  median "${ts[@]}"
}

programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then for f in programs/*.go; do programs+=("$(basename "$f" .go)"); done; fi

printf '%-10s %12s %12s %7s | %10s %10s %7s | %10s %10s %7s\n' program "build gs ms" "build gc ms" ratio "size gs" "size gc" ratio "cpu gs ms" "cpu gc ms" ratio
for p in "${programs[@]}"; do
  src=programs/$p.go
  gs_build=$(build_ns "$GOSHARP" build -o "$tmp/$p.gs" "$src")
  gs_size=$(stat -c %s "$tmp/$p.gs")
  gc_build=0 gc_size=0 gc_run=0
  if [ $have_gc -eq 1 ]; then
    export GOOS=linux GOARCH=arm64 CGO_ENABLED=0 GO111MODULE=off
    "$GO" build -o "$tmp/$p.gc" "$src" # warm gc's cache for the standard library, as users have it
    gc_build=$(build_ns "$GO" build -o "$tmp/$p.gc" "$src")
    gc_size=$(stat -c %s "$tmp/$p.gc")
    unset GOOS GOARCH
    qemu-aarch64 "$tmp/$p.gs" > "$tmp/$p.gs.out" 2>&1 || true
    qemu-aarch64 "$tmp/$p.gc" > "$tmp/$p.gc.out" 2>&1 || true
    if ! cmp -s "$tmp/$p.gs.out" "$tmp/$p.gc.out"; then
      echo "bench: $p: gosharp's output differs from gc's:" >&2
      diff "$tmp/$p.gc.out" "$tmp/$p.gs.out" | head -20 >&2 || true
    fi
  fi
  gs_ts=() gc_ts=()
  for _ in $(seq "$RUNS"); do
    gs_ts+=("$(cpu_ns qemu-aarch64 "$tmp/$p.gs")")
    [ $have_gc -eq 1 ] && gc_ts+=("$(cpu_ns qemu-aarch64 "$tmp/$p.gc")")
  done
  gs_run=$(median "${gs_ts[@]}")
  [ $have_gc -eq 1 ] && gc_run=$(median "${gc_ts[@]}")
  printf '%-10s %12s %12s %7s | %10s %10s %7s | %10s %10s %7s\n' "$p" \
    "$(ms "$gs_build")" "$(ms "$gc_build")" "$(ratio "$gs_build" "$gc_build")" \
    "$gs_size" "$gc_size" "$(ratio "$gs_size" "$gc_size")" \
    "$(ms "$gs_run")" "$(ms "$gc_run")" "$(ratio "$gs_run" "$gc_run")"
done
