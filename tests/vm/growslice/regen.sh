#!/bin/sh
# regen.sh — Go 1.27's output for the append probes of this folder (*.txt), which
# test-vm-growslice.c compares with MemLab's.
#
#   tests/vm/growslice/regen.sh            rewrite the expected files
#   tests/vm/growslice/regen.sh --check    only compare
#
# Each probe is run with and without inlining (-gcflags=-l, the model's choice): a probe whose
# capacities depend on inlining would not test the model, so the two runs must agree.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
go=${GO:-$HOME/.cache/memlab-go/usr/lib/go-1.27/bin/go}
check=0
[ "${1:-}" = "--check" ] && check=1

if [ ! -x "$go" ]; then
  echo "regen.sh: no Go toolchain at $go (run tests/lang/fetch-go.sh)" >&2
  exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE="$tmp/cache" GOTOOLCHAIN=local GOFLAGS= GO111MODULE=off GOPATH="$tmp/gopath"

status=0
for pair in growslice_probe:growslice growslice_local_probe:growslice_local slices_probe:slices; do
  probe=${pair%%:*}
  out=${pair##*:}
  cp "$here/$probe.go" "$tmp/main.go"
  (cd "$tmp" && "$go" run main.go >inl.txt && "$go" run -gcflags=-l main.go >noinl.txt)
  if ! cmp -s "$tmp/inl.txt" "$tmp/noinl.txt"; then
    echo "$probe: the capacities depend on inlining" >&2
    status=1
  elif [ "$check" = 1 ]; then
    cmp -s "$tmp/inl.txt" "$here/$out.txt" || { echo "differs: $out.txt" >&2; status=1; }
  else
    cp "$tmp/inl.txt" "$here/$out.txt"
  fi
done
exit $status
