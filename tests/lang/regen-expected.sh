#!/bin/sh
# regen-expected.sh — produce the expected diagnostics (*.errors) and escape
# lines (*.escape) of the corpus with the real Go 1.27 toolchain.
#
#   tests/lang/regen-expected.sh            rewrite the expected files
#   tests/lang/regen-expected.sh --check    only compare (differential test)
#
# Only files with a package clause are given to Go; notebook-style cells are
# not Go files, and their expectations are written by hand next to the
# package main version of the same cell.  Files named unsupported_* use
# constructs outside MemLab's subset and have hand-written expectations.  GO defaults to the toolchain that
# fetch-go.sh unpacks.  The test suite itself never needs Go.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
corpus="$here/corpus"
go=${GO:-$HOME/.cache/memlab-go/usr/lib/go-1.27/bin/go}
check=0
[ "${1:-}" = "--check" ] && check=1

if [ ! -x "$go" ]; then
  echo "regen-expected.sh: no Go toolchain at $go (run fetch-go.sh)" >&2
  exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE="$tmp/cache" GOTOOLCHAIN=local GOFLAGS= GO111MODULE=off GOPATH="$tmp/gopath"

status=0
for src in "$corpus"/*.go; do
  base=$(basename "$src" .go)
  head -n 40 "$src" | grep -q '^package ' || continue
  # Constructs outside the subset get MemLab's own messages; Go accepts them.
  case "$base" in unsupported_*) continue ;; esac
  rm -rf "$tmp/w" && mkdir -p "$tmp/w"
  cp "$src" "$tmp/w/$base.go"
  (cd "$tmp/w" && "$go" build -o /dev/null "$base.go" > "$tmp/errors" 2>&1) || true
  if [ -s "$tmp/errors" ]; then
    : > "$tmp/escape"
    : > "$tmp/escape-inl"
  else
    (cd "$tmp/w" && "$go" build -o /dev/null -gcflags='-m -l' "$base.go" > "$tmp/escape" 2>&1) || true
    (cd "$tmp/w" && "$go" build -o /dev/null -gcflags=-m "$base.go" > "$tmp/escape-inl" 2>&1) || true
  fi
  if [ $check = 1 ]; then
    for kind in errors escape escape-inl; do
      if ! cmp -s "$tmp/$kind" "$corpus/$base.$kind"; then
        echo "DIFF $base.$kind"
        diff -u "$corpus/$base.$kind" "$tmp/$kind" || true
        status=1
      fi
    done
  else
    cp "$tmp/errors" "$corpus/$base.errors"
    cp "$tmp/escape" "$corpus/$base.escape"
    cp "$tmp/escape-inl" "$corpus/$base.escape-inl"
  fi
done
exit $status
