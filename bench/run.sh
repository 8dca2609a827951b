#!/usr/bin/env bash
# Compares gosharp with gc (Go 1.19, GOOS=linux GOARCH=arm64 CGO_ENABLED=0) on the programs in
# bench/programs: build time, binary size, and run time under qemu-aarch64, each as a ratio
# gosharp/gc (lower is better for gosharp). Times are medians of RUNS runs (default 3); the machines
# are shared and noisy, so read the ratios, not the absolute numbers.
#   bench/run.sh [PROGRAM...]
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
GOSHARP=${GOSHARP:-$ROOT/bin/gosharp}
GO=${GO:-/usr/lib/go-1.19/bin/go}
RUNS=${RUNS:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

[ -x "$GOSHARP" ] || { echo "bench: $GOSHARP not found; run ./build.sh first" >&2; exit 1; }
have_gc=1
[ -x "$GO" ] || { have_gc=0; echo "bench: gc not found at $GO (apt-get install golang-1.19-go); gosharp numbers only" >&2; }

now() { date +%s%N; }
# median of the arguments (nanoseconds)
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { awk -v n="$1" 'BEGIN { printf "%.1f", n/1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a/b; else print "-" }'; }

time_cmd() { # runs "$@" RUNS times, prints the median duration
  local ts=() s e
  for _ in $(seq "$RUNS"); do s=$(now); "$@" >/dev/null 2>&1; e=$(now); ts+=($((e - s))); done
  median "${ts[@]}"
}

programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then for f in programs/*.go; do programs+=("$(basename "$f" .go)"); done; fi

printf '%-10s %12s %12s %7s | %10s %10s %7s | %10s %10s %7s\n' program "build gs ms" "build gc ms" ratio "size gs" "size gc" ratio "run gs ms" "run gc ms" ratio
for p in "${programs[@]}"; do
  src=programs/$p.go
  gs_build=$(time_cmd "$GOSHARP" build -o "$tmp/$p.gs" "$src")
  gs_size=$(stat -c %s "$tmp/$p.gs")
  gs_run=$(time_cmd qemu-aarch64 "$tmp/$p.gs")
  if [ $have_gc -eq 1 ]; then
    export GOOS=linux GOARCH=arm64 CGO_ENABLED=0 GO111MODULE=off
    "$GO" build -o "$tmp/$p.gc" "$src" # warm gc's cache for the standard library, as users have it
    gc_build=$(time_cmd "$GO" build -o "$tmp/$p.gc" "$src")
    gc_size=$(stat -c %s "$tmp/$p.gc")
    gc_run=$(time_cmd qemu-aarch64 "$tmp/$p.gc")
    unset GOOS GOARCH
  else
    gc_build=0 gc_size=0 gc_run=0
  fi
  printf '%-10s %12s %12s %7s | %10s %10s %7s | %10s %10s %7s\n' "$p" \
    "$(ms "$gs_build")" "$(ms "$gc_build")" "$(ratio "$gs_build" "$gc_build")" \
    "$gs_size" "$gc_size" "$(ratio "$gs_size" "$gc_size")" \
    "$(ms "$gs_run")" "$(ms "$gc_run")" "$(ratio "$gs_run" "$gc_run")"
done
