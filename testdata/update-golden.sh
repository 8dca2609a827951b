#!/usr/bin/env bash
# Regenerates the expected outputs of testdata programs with gc (Go 1.19) under qemu-aarch64:
# NAME.out gets the program's standard output and error (merged), NAME.exit its exit status when
# not 0. Expected outputs always come from gc, never from gosharp.
#   testdata/update-golden.sh            all programs
#   testdata/update-golden.sh NAME...    just these
set -euo pipefail
cd "$(dirname "$0")"
GO=${GO:-/usr/lib/go-1.19/bin/go}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
names=("$@")
if [ ${#names[@]} -eq 0 ]; then for f in *.go; do names+=("${f%.go}"); done; fi
for n in "${names[@]}"; do
  # Files whose expected output is written by hand (Go semantics newer than the installed gc) say so.
  if grep -q '^// golden: hand-written' "$n.go"; then echo "$n: hand-written golden, skipped"; continue; fi
  GOOS=linux GOARCH=arm64 CGO_ENABLED=0 GOFLAGS=-mod=mod GO111MODULE=off "$GO" build -o "$tmp/$n" "$n.go"
  set +e
  (cd "$tmp" && qemu-aarch64 "./$n" > "$OLDPWD/$n.out" 2>&1)
  status=$?
  set -e
  if [ "$status" -ne 0 ]; then echo "$status" > "$n.exit"; else rm -f "$n.exit"; fi
  echo "$n: exit $status"
done
