#!/usr/bin/env bash
# Front-end throughput: gosharp's parser (and parser + type checker) against gofmt -l on the same
# files of the Go source tree (every .go file outside testdata folders), in lines per CPU-second
# (user+sys; a loaded machine disturbs CPU time far less than wall time). Single-threaded on both
# sides: gofmt 1.19 formats files one after another, gosharp parses them in one thread.
# Prints gosharp/gofmt ratios (higher is better for gosharp).
#   bench/parse.sh                       # the whole tree, check on a set of std packages
#   SRC=/path/to/go/src PKGS="fmt" bench/parse.sh
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
SRC=${SRC:-/usr/lib/go-1.19/src}
GOFMT=${GOFMT:-/usr/lib/go-1.19/bin/gofmt}
CONFIG=${CONFIG:-Release}
PKGS=${PKGS:-"fmt net/http go/types encoding/json"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

[ -d "$SRC" ] || { echo "bench: no Go source tree at $SRC (apt-get install golang-1.19-src)" >&2; exit 1; }
[ -x "$GOFMT" ] || { echo "bench: gofmt not found at $GOFMT (apt-get install golang-1.19-go)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time not found (apt-get install time)" >&2; exit 1; }

(cd "$SRC" && find . -name testdata -prune -o -name '*.go' -type f -print | sed 's|^\./||' | LC_ALL=C sort) > "$tmp/files"
nfiles=$(wc -l < "$tmp/files")
lines=$(cd "$SRC" && xargs cat < "$tmp/files" | wc -l)

echo "building bench/parse ($CONFIG)..." >&2
dotnet build -c "$CONFIG" -v q -nologo "$ROOT/bench/parse/Gosharp.Bench.Parse.csproj" -o "$tmp/bin" >&2

# gofmt -l: parse and print every file (prints the names of files it would change; none in the tree).
(cd "$SRC" && /usr/bin/time -f '%U %S' -o "$tmp/gofmt.time" xargs "$GOFMT" -l < "$tmp/files" > "$tmp/gofmt.out") || true
gofmt_cpu=$(awk '{ printf "%.3f", $1 + $2 }' "$tmp/gofmt.time")
gofmt_rate=$(awk -v l="$lines" -v t="$gofmt_cpu" 'BEGIN { printf "%.0f", l / t }')

# shellcheck disable=SC2086
dotnet "$tmp/bin/Gosharp.Bench.Parse.dll" "$SRC" "$tmp/files" $PKGS | tee "$tmp/gosharp.out"
field() { awk -v k="$1" '$1 == k { for (i = 1; i < NF; i++) if ($(i+1) == "lines/cpu-s") print $i }' "$tmp/gosharp.out"; }
parse_rate=$(field parse); parse_cold=$(field parse-cold); check_rate=$(field check); check_cold=$(field check-cold)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b > 0) printf "%.2f", a / b; else print "-" }'; }
echo "gofmt -l $nfiles files $lines lines $gofmt_cpu cpu-s $gofmt_rate lines/cpu-s"
printf '%-32s %12s %8s\n' "" "lines/cpu-s" "/gofmt"
printf '%-32s %12s %8s\n' "gofmt -l (parse + print)" "$gofmt_rate" "1.00"
printf '%-32s %12s %8s\n' "gosharp parse (warm)" "$parse_rate" "$(ratio "$parse_rate" "$gofmt_rate")"
printf '%-32s %12s %8s\n' "gosharp parse (cold)" "$parse_cold" "$(ratio "$parse_cold" "$gofmt_rate")"
[ -n "$check_rate" ] && printf '%-32s %12s %8s\n' "gosharp parse+check (warm)" "$check_rate" "$(ratio "$check_rate" "$gofmt_rate")"
[ -n "$check_cold" ] && printf '%-32s %12s %8s\n' "gosharp parse+check (cold)" "$check_cold" "$(ratio "$check_cold" "$gofmt_rate")"
echo "ratio gosharp-parse/gofmt: $(ratio "$parse_rate" "$gofmt_rate")"
