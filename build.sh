#!/usr/bin/env bash
# gosharp's one build command.
#
#   ./build.sh        set up (install what is missing), build, publish bin/gosharp (Native AOT),
#                     then build testdata/hello.go with it and run it under qemu-aarch64.
#   ./build.sh test   the same set-up and build, then every test: the xunit projects (which include
#                     the testdata runner). Ends with one line "N passed, N failed[, N skipped]" and
#                     exits non-zero on any failure.
#   ./build.sh bench  the same set-up and build, then bench/run.sh (gosharp against gc).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
MODE=${1:-build}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '== %s\n' "$*" >&2; }

# ---- set-up: the oracles and tools the build and tests use, installed only when missing ----
need=()
have() { command -v "$1" >/dev/null 2>&1; }
have qemu-aarch64 || need+=(qemu-user)
have aarch64-linux-gnu-objdump || need+=(binutils-aarch64-linux-gnu)
if [ "$MODE" != build ]; then
  have aarch64-linux-gnu-gcc || need+=(gcc-aarch64-linux-gnu)
  have gdb-multiarch || need+=(gdb-multiarch)
  [ -x /usr/bin/time ] || need+=(time)
  [ -x /usr/lib/go-1.19/bin/go ] || need+=(golang-1.19-go)
  [ -d /usr/lib/go-1.19/src/cmd ] || need+=(golang-1.19-src)
fi
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# ---- build ----
log "restoring and building"
dotnet restore Gosharp.sln -v quiet
dotnet build Gosharp.sln -c Release --no-restore -v quiet -nologo -clp:NoSummary

log "publishing bin/gosharp (Native AOT)"
dotnet publish gosharp/Gosharp.Cli.csproj -c Release -r linux-x64 -p:PublishAot=true \
  -p:DebugType=none -p:StripSymbols=true -o bin -v quiet -nologo >/dev/null

case "$MODE" in
build)
  log "building and running testdata/hello.go"
  mkdir -p out
  bin/gosharp build -o out/hello testdata/hello.go
  qemu-aarch64 out/hello
  ;;
test)
  log "running tests"
  results=out/test-results
  rm -rf "$results"
  set +e
  dotnet test Gosharp.sln -c Release --no-build -nologo \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" 2>&1 | grep -vE '^\s*$|Results File:'
  status=${PIPESTATUS[0]}
  set -e
  passed=0 failed=0 skipped=0
  for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
    get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
    p=$(get passed); f=$(get failed); t=$(get total); e=$(get executed)
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
    skipped=$((skipped + ${t:-0} - ${e:-0}))
  done
  # A test project that failed to run at all counts as a failure.
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
  [ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
  ;;
bench)
  exec bench/run.sh
  ;;
*)
  echo "usage: ./build.sh [test|bench]" >&2
  exit 2
  ;;
esac
