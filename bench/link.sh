#!/usr/bin/env bash
# Linker speed: builds one program (default testdata/lib_strings.go, which imports io, os, strconv,
# strings and unicode, the largest set of packages gosharp builds) with gosharp and with gc
# (Go 1.19, GOOS=linux GOARCH=arm64 CGO_ENABLED=0), keeping both work directories (-work), then times
# only the link step each build ran, with the same inputs and flags:
#   gosharp tool link -o OUT -importcfg importcfg.link -buildmode=exe _pkg_.a      (bin/gosharp, or $GOSHARP)
#   gc's link -o OUT -importcfg importcfg.link -buildmode=exe -buildid=... _pkg_.a ($GOTOOLDIR/link)
# and prints the medians of RUNS runs (default 5) of wall time, CPU time (user+sys, steadier on a
# loaded machine) and peak memory, the sizes of the executables (file, and text/data/bss from
# `size`), and the ratios gosharp/gc (below 1: gosharp is faster, smaller). Both link the same Go
# source, but not the same code: gc's standard library and runtime are much larger than gosharp's,
# so the ratios compare what each toolchain links for that program. Then gosharp's `-v` phase times.
# Both executables must print the same output under qemu-aarch64.
#   bench/link.sh [PROGRAM.go]
#   RUNS=9 GOSHARP=path/to/gosharp bench/link.sh ../testdata/lib_sort.go
# GOSHARP_LINK (default $GOSHARP) is the gosharp whose link is timed, e.g. a Native AOT bin/gosharp
# while a Debug build compiles.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
GOSHARP=${GOSHARP:-$ROOT/bin/gosharp}
GOSHARP_LINK=${GOSHARP_LINK:-$GOSHARP}
GO=${GO:-/usr/lib/go-1.19/bin/go}
RUNS=${RUNS:-5}
PROG=$(realpath "${1:-$ROOT/testdata/lib_strings.go}")
tmp=$(mktemp -d)
gs_work="" gc_work=""
cleanup() { rm -rf "$tmp" ${gs_work:+"$gs_work"} ${gc_work:+"$gc_work"}; }
trap cleanup EXIT

[ -x "$GOSHARP" ] && [ -x "$GOSHARP_LINK" ] || { echo "bench/link: $GOSHARP or $GOSHARP_LINK not found; run ./build.sh first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench/link: /usr/bin/time not found (apt-get install time)" >&2; exit 1; }
[ -f "$PROG" ] || { echo "bench/link: $PROG not found" >&2; exit 1; }
have_gc=1
[ -x "$GO" ] || { have_gc=0; echo "bench/link: gc not found at $GO (apt-get install golang-1.19-go); gosharp numbers only" >&2; }

now() { date +%s%N; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# run_stats CMD...: RUNS runs; prints "median-wall-ns median-cpu-ms median-peak-KiB"
run_stats() {
  local ts=() cs=() ks=() s e
  for _ in $(seq "$RUNS"); do
    s=$(now)
    /usr/bin/time -f '%M %U %S' -o "$tmp/res" "$@" > "$tmp/out" 2>&1 || { echo "bench/link: failed: $*" >&2; head -20 "$tmp/out" >&2; exit 1; }
    e=$(now)
    ts+=($((e - s)))
    ks+=("$(awk '{print $1}' "$tmp/res")")
    cs+=("$(awk '{printf "%.0f", ($2 + $3) * 1000}' "$tmp/res")")
  done
  echo "$(median "${ts[@]}") $(median "${cs[@]}") $(median "${ks[@]}")"
}
# link_line TRACE: the build's link command (the -x trace's line running the link tool), $WORK left in
link_line() { grep -E '(tool link|/link) -o ' "$1" | tail -1; }
work_of() { sed -n 's/^WORK=//p' "$1" | head -1; }

# ---- gosharp: build, then re-run its link step ----
"$GOSHARP" build -x -work -o "$tmp/gs.exe" "$PROG" > "$tmp/gs.trace" 2>&1 || { echo "bench/link: gosharp build failed" >&2; tail -20 "$tmp/gs.trace" >&2; exit 1; }
gs_work=$(work_of "$tmp/gs.trace")
gs_link=$(link_line "$tmp/gs.trace")
[ -n "$gs_work" ] && [ -n "$gs_link" ] || { echo "bench/link: no link step in gosharp's -x trace" >&2; exit 1; }
# shellcheck disable=SC2086 # the trace's command line is split into words as the shell would
set -f; read -r -a gs_cmd <<< "${gs_link//\$WORK/$gs_work}"; set +f
gs_out_i=$(printf '%s\n' "${gs_cmd[@]}" | grep -nx -- -o | cut -d: -f1); gs_cmd[$gs_out_i]="$tmp/gs.link.exe"
gs_cmd[0]=$GOSHARP_LINK
read -r gs_ns gs_cpu gs_kb < <(cd "$gs_work/b001" && run_stats "${gs_cmd[@]}")

# ---- gc: build, then re-run its link step ----
gc_ns=0 gc_cpu=0 gc_kb=0
if [ $have_gc -eq 1 ]; then
  export GOOS=linux GOARCH=arm64 CGO_ENABLED=0
  "$GO" build -x -work -o "$tmp/gc.exe" "$PROG" > "$tmp/gc.trace" 2>&1 || { echo "bench/link: gc build failed" >&2; tail -20 "$tmp/gc.trace" >&2; exit 1; }
  gc_work=$(work_of "$tmp/gc.trace")
  gc_link=$(link_line "$tmp/gc.trace")
  [ -n "$gc_work" ] && [ -n "$gc_link" ] || { echo "bench/link: no link step in gc's -x trace" >&2; exit 1; }
  set -f; read -r -a gc_cmd <<< "${gc_link//\$WORK/$gc_work}"; set +f
  gc_out_i=$(printf '%s\n' "${gc_cmd[@]}" | grep -nx -- -o | cut -d: -f1); gc_cmd[$gc_out_i]="$tmp/gc.link.exe"
  read -r gc_ns gc_cpu gc_kb < <(cd "$gc_work/b001" && run_stats env GOROOT="$("$GO" env GOROOT)" "${gc_cmd[@]}")
fi

# ---- the outputs must agree ----
qemu=$(command -v qemu-aarch64 || true)
if [ -n "$qemu" ] && [ $have_gc -eq 1 ]; then
  "$qemu" "$tmp/gs.link.exe" > "$tmp/gs.out" 2>&1 || true
  "$qemu" "$tmp/gc.link.exe" > "$tmp/gc.out" 2>&1 || true
  cmp -s "$tmp/gs.out" "$tmp/gc.out" || { echo "bench/link: the two executables print different output" >&2; diff "$tmp/gs.out" "$tmp/gc.out" | head >&2; exit 1; }
fi

fsize() { stat -c %s "$1"; }
# text data bss (decimal) of an executable, from binutils' size
tdb() { if command -v aarch64-linux-gnu-size >/dev/null; then aarch64-linux-gnu-size "$1" | awk 'NR == 2 {print $1, $2, $3}'; else echo "0 0 0"; fi; }

printf 'linking %s (%s)\n' "${PROG#"$ROOT"/}" "$(grep -c '^packagefile ' "$gs_work/b001/importcfg.link" 2>/dev/null || echo '?') packages for gosharp"
printf '%-8s %10s %10s %10s %12s %10s %10s %10s\n' "" "wall ms" "cpu ms" "peak MiB" "file bytes" "text" "data" "bss"
row() { # name ns cpu kb exe
  read -r t d b < <(tdb "$5")
  printf '%-8s %10.1f %10d %10.1f %12d %10d %10d %10d\n' "$1" "$(awk -v n="$2" 'BEGIN{print n/1e6}')" "$3" \
    "$(awk -v k="$4" 'BEGIN{print k/1024}')" "$(fsize "$5")" "$t" "$d" "$b"
}
row gosharp "$gs_ns" "$gs_cpu" "$gs_kb" "$tmp/gs.link.exe"
if [ $have_gc -eq 1 ]; then
  row gc "$gc_ns" "$gc_cpu" "$gc_kb" "$tmp/gc.link.exe"
  r() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.2f", a/b; else print "-" }'; }
  printf 'ratio gosharp/gc: wall %s, cpu %s, memory %s, file size %s\n' "$(r "$gs_ns" "$gc_ns")" "$(r "$gs_cpu" "$gc_cpu")" \
    "$(r "$gs_kb" "$gc_kb")" "$(r "$(fsize "$tmp/gs.link.exe")" "$(fsize "$tmp/gc.link.exe")")"
fi
echo "gosharp's link phases (-v):"
(cd "$gs_work/b001" && "${gs_cmd[@]}" -v 2>&1 | sed 's/^/  /')
