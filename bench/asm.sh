#!/usr/bin/env bash
# Assembler speed: generates one large Plan 9 arm64 file (LINES lines, default 120000: functions of
# about 100 instructions with labels, branches, loads and stores, constants, symbol references,
# vector instructions, and DATA/GLOBL) that both assemblers accept, then times
#   gosharp tool asm -o x.o big.s         (bin/gosharp, or $GOSHARP)
#   gc's asm -o x.o big.s                 ($GOTOOLDIR/asm of Go 1.19, GOARCH=arm64; not through `go tool`)
# and prints the medians of RUNS runs (default 5) of wall time, CPU time (user+sys, steadier on a
# loaded machine) and peak memory, and the ratios gosharp/gc (below 1: gosharp is faster, smaller).
# Both objects must be produced.
#   bench/asm.sh
#   LINES=500000 RUNS=3 GOSHARP=path/to/gosharp bench/asm.sh
# The generated file is kept with KEEP=1 (its path is printed).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
GOSHARP=${GOSHARP:-$ROOT/bin/gosharp}
GO=${GO:-/usr/lib/go-1.19/bin/go}
LINES=${LINES:-120000}
RUNS=${RUNS:-5}
tmp=$(mktemp -d)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$tmp"' EXIT

[ -x "$GOSHARP" ] || { echo "bench/asm: $GOSHARP not found; run ./build.sh first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench/asm: /usr/bin/time not found (apt-get install time)" >&2; exit 1; }
have_gc=1
if [ -x "$GO" ]; then
  GCASM=$(GOOS=linux GOARCH=arm64 "$GO" env GOTOOLDIR)/asm
else
  have_gc=0
  echo "bench/asm: gc not found at $GO (apt-get install golang-1.19-go); gosharp numbers only" >&2
fi

# The generated source: each function is a TEXT line, a loop label and 100 instructions drawn in
# turn from the list below (so every form appears throughout the file), a branch back and a RET.
gen() {
  awk -v lines="$LINES" 'BEGIN {
    n = split("MOVD $12345, R1|ADD R1, R2, R3|MOVD 8(RSP), R4|MOVD R4, 16(RSP)|CMP $5, R1|CSEL EQ, R1, R2, R3|" \
      "LSL $3, R1, R2|MOVD $0x123456789, R5|CALL ·f0(SB)|MOVD x-8(SP), R6|STP (R1, R2), 24(RSP)|LDP 24(RSP), (R1, R2)|" \
      "MOVD $·data(SB), R7|MOVW ·data+8(SB), R8|FADDD F1, F2, F3|SUBS $1, R9, R9|AND $0xff00ff00ff00ff00, R1, R2|" \
      "ORR R1<<7, R2, R3|ADD R1.UXTW<<2, R2, R3|MOVD.P 8(R1), R2|MOVD.W R2, -16(R3)|MOVBU (R1)(R2), R3|" \
      "MOVD (R1)(R2<<3), R4|UBFX $3, R1, $5, R2|MADD R1, R2, R3, R4|UDIV R1, R2, R3|LDADDALD R1, (R2), R3|" \
      "CASALW R1, (R2), R3|LDAR (R1), R2|STLXR R1, (R2), R3|FMOVD $1.5, F1|FMULD F1, F2, F3|FCVTZSD F1, R2|" \
      "SCVTFD R1, F2|FCMPD F1, F2|FCSELD LT, F1, F2, F3|VLD1.P 32(R1), [V1.B16, V2.B16]|VST1 [V1.B16, V2.B16], (R2)|" \
      "VEOR V1.B16, V2.B16, V3.B16|VCMEQ V1.B16, V2.B16, V3.B16|VADD V1.D2, V2.D2, V3.D2|VUADDLV V3.B16, V4|" \
      "VMOV V4.D[1], R5|VMOV R5, V6.D[0]|VTBL V1.B16, [V2.B16], V3.B16|VEXT $8, V1.B16, V2.B16, V3.B16|" \
      "AESE V1.B16, V2.B16|AESMC V2.B16, V2.B16|TBZ $3, R1, loop|CBNZ R2, loop|BEQ loop|MRS TPIDR_EL0, R1|" \
      "DMB $0xb|CLZ R1, R2|REV R1, R2|EXTR $7, R1, R2, R3|CCMP NE, R1, $3, $0|NEG R1, R2|MVN R1, R2", ins, "|")
    print "DATA ·data+0(SB)/8, $1"
    print "DATA ·data+8(SB)/8, $·data(SB)"
    print "GLOBL ·data(SB), $16"
    out = 4; f = 0; k = 0
    while (out < lines) {
      printf "TEXT ·f%d(SB), $64-16\nloop:\n", f; out += 2
      for (i = 0; i < 100; i++) { printf "\t%s\n", ins[k % n + 1]; k++; out++ }
      printf "\tBNE loop\n\tRET\n"; out += 2
      f++
    }
  }'
}
gen > "$tmp/big.s"
lines=$(wc -l < "$tmp/big.s")

now() { date +%s%N; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# run_stats CMD...: RUNS runs; prints "median-wall-ns median-cpu-ms median-peak-KiB"
run_stats() {
  local ts=() cs=() ks=() s e
  for _ in $(seq "$RUNS"); do
    s=$(now)
    /usr/bin/time -f '%M %U %S' -o "$tmp/res" "$@" > "$tmp/out" 2>&1 || { echo "bench/asm: failed: $*" >&2; head -20 "$tmp/out" >&2; exit 1; }
    e=$(now)
    ts+=($((e - s)))
    ks+=("$(awk '{print $1}' "$tmp/res")")
    cs+=("$(awk '{printf "%.0f", ($2 + $3) * 1000}' "$tmp/res")")
  done
  echo "$(median "${ts[@]}") $(median "${cs[@]}") $(median "${ks[@]}")"
}

read -r gs_ns gs_cpu gs_kb < <(run_stats "$GOSHARP" tool asm -p main -o "$tmp/gs.o" "$tmp/big.s")
[ -s "$tmp/gs.o" ] || { echo "bench/asm: gosharp wrote no object" >&2; exit 1; }
gc_ns=0 gc_cpu=0 gc_kb=0
if [ $have_gc -eq 1 ]; then
  read -r gc_ns gc_cpu gc_kb < <(run_stats env GOOS=linux GOARCH=arm64 "$GCASM" -p main -o "$tmp/gc.o" "$tmp/big.s")
  [ -s "$tmp/gc.o" ] || { echo "bench/asm: gc wrote no object" >&2; exit 1; }
fi

printf 'assembling %d lines (%s)\n' "$lines" "$tmp/big.s"
printf '%-8s %10s %10s %10s\n' "" "wall ms" "cpu ms" "peak MiB"
row() { printf '%-8s %10.1f %10d %10.1f\n' "$1" "$(awk -v n="$2" 'BEGIN{print n/1e6}')" "$3" "$(awk -v k="$4" 'BEGIN{print k/1024}')"; }
row gosharp "$gs_ns" "$gs_cpu" "$gs_kb"
if [ $have_gc -eq 1 ]; then
  row gc "$gc_ns" "$gc_cpu" "$gc_kb"
  printf 'ratio gosharp/gc: wall %.2f, cpu %.2f, memory %.2f\n' "$(awk -v a="$gs_ns" -v b="$gc_ns" 'BEGIN{print a/b}')" \
    "$(awk -v a="$gs_cpu" -v b="$gc_cpu" 'BEGIN{print (b > 0 ? a/b : 0)}')" "$(awk -v a="$gs_kb" -v b="$gc_kb" 'BEGIN{print a/b}')"
fi
