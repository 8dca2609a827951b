#!/usr/bin/env bash
# Regenerates the expected results of the multi-package modules in this folder with gc (Go 1.19, module
# mode, linux/arm64) — never with gosharp. For each module NAME/ (a go.mod and package folders, the
# program's main package at the module's root), run from inside NAME/:
#   go build -o PROG .   succeeds: NAME.out gets the program's output under qemu-aarch64 (stdout and
#                         stderr merged), NAME.exit its exit status when not 0;
#                         fails:    NAME.builderr gets go build's messages (the build must fail the same way).
#   testdata/modules/update-golden.sh            all modules
#   testdata/modules/update-golden.sh NAME...    just these
set -euo pipefail
cd "$(dirname "$0")"
GO=${GO:-/usr/lib/go-1.19/bin/go}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# No network and no module cache: only what is in the module (and local replacements) resolves.
export GOOS=linux GOARCH=arm64 CGO_ENABLED=0 GO111MODULE=on GOFLAGS= GOPROXY=off GOWORK=off
export GOPATH="$tmp/gopath" GOCACHE="${GOCACHE:-$tmp/gocache}"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then for d in */; do names+=("${d%/}"); done; fi
for n in "${names[@]}"; do
  rm -f "$n.out" "$n.exit" "$n.builderr"
  set +e
  (cd "$n" && "$GO" build -o "$tmp/$n" . 2> "$tmp/$n.err")
  built=$?
  set -e
  if [ "$built" -ne 0 ]; then
    cp "$tmp/$n.err" "$n.builderr"
    echo "$n: build fails (expected messages in $n.builderr)"
    continue
  fi
  set +e
  (cd "$tmp" && qemu-aarch64 "./$n" > "$OLDPWD/$n.out" 2>&1)
  status=$?
  set -e
  if [ "$status" -ne 0 ]; then echo "$status" > "$n.exit"; fi
  echo "$n: exit $status"
done
