#!/usr/bin/env bash
# Records gc 1.19's errors (go tool compile -e) for every file listed in types2-pass.txt into
# gc-errors.txt, the expected output of Types2TestdataTests. Needs golang-1.19-go and golang-1.19-src.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=/usr/lib/go-1.19/src/cmd/compile/internal/types2/testdata
go=${GO:-/usr/lib/go-1.19/bin/go}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
{
  grep -v '^#' "$here/types2-pass.txt" | while read -r rel; do
    [ -n "$rel" ] || continue
    echo "== $rel"
    # Never -o /dev/null: gc removes its output file on errors (and may run as root).
    (cd "$root/$(dirname "$rel")" && "$go" tool compile -e -p p -o "$tmp/x.o" "$(basename "$rel")" 2>&1 || true) | sed -E 's#(^|[[:space:]])\./#\1#g'
  done
} > "$here/gc-errors.txt"
