#!/bin/sh
# regen-expected.sh — produce the expected output (*.out), panic or compile error
# (*.err) and exit status (*.rc) of the VM corpus with the real Go 1.27 toolchain.
#
#   tests/vm/regen-expected.sh            rewrite the expected files
#   tests/vm/regen-expected.sh --check    only compare (differential test)
#
# Programs are tests/vm/corpus/*.go and data/examples/*.go with a package
# clause; notebook-style cells (cell-*.go) are not Go files and keep their
# hand-checked expectations.  A panic's expectation is its message (the lines
# before the goroutine trace, pc= values removed); `go run` exits 1 after a
# panic where the program itself exits 2, which is what memlab-cli run gives.
# The test suite itself never needs Go.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus="$here/corpus"
go=${GO:-$HOME/.cache/memlab-go/usr/lib/go-1.27/bin/go}
check=0
[ "${1:-}" = "--check" ] && check=1

if [ ! -x "$go" ]; then
  echo "regen-expected.sh: no Go toolchain at $go (run tests/lang/fetch-go.sh)" >&2
  exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE="$tmp/cache" GOTOOLCHAIN=local GOFLAGS= GO111MODULE=off GOPATH="$tmp/gopath"

status=0
# A "lang-NAME" expectation belongs to tests/lang/corpus/NAME.go (dashes for underscores),
# which is run from there rather than copied.
lang_sources=""
for rc in "$corpus"/lang-*.rc; do
  [ -e "$rc" ] || continue
  base=$(basename "$rc" .rc)
  lang_sources="$lang_sources $root/tests/lang/corpus/$(printf '%s' "${base#lang-}" | tr - _).go"
done
for src in "$corpus"/*.go "$root"/data/examples/*.go $lang_sources; do
  name=$(basename "$src" .go)
  # Go names the file in its messages: a lang program keeps its own name.
  file=$name
  case "$src" in
    "$root"/tests/lang/corpus/*) name="lang-$(printf '%s' "$name" | tr _ -)" ;;
  esac
  grep -q '^package ' "$src" || continue
  mkdir -p "$tmp/$name"
  cp "$src" "$tmp/$name/$file.go"
  rc=0
  (cd "$tmp/$name" && "$go" run "$file.go" >out 2>err) || rc=$?
  if grep -q '^panic:' "$tmp/$name/err"; then
    awk '/^$/ { exit } { print }' "$tmp/$name/err" | sed 's/pc=0x[0-9a-f]*/pc=/' >"$tmp/$name/err2"
    rc=2
  elif [ "$rc" != 0 ]; then
    cp "$tmp/$name/err" "$tmp/$name/err2"
    rc=1
  else
    : >"$tmp/$name/err2"
  fi
  echo "$rc" >"$tmp/$name/rc"
  if [ "$check" = 1 ]; then
    for ext in out rc; do
      if ! sed 's/0x[0-9a-f]*/0xADDR/g' "$tmp/$name/$ext" |
           cmp -s - "$(printf '%s' "$corpus/$name.$ext")" 2>/dev/null &&
         ! sed 's/0x[0-9a-f]*/0xADDR/g' "$corpus/$name.$ext" |
           cmp -s - "$(sed 's/0x[0-9a-f]*/0xADDR/g' "$tmp/$name/$ext" >"$tmp/$name/$ext.n"; echo "$tmp/$name/$ext.n")"; then
        echo "differs: $name.$ext" >&2
        status=1
      fi
    done
    cmp -s "$tmp/$name/err2" "$corpus/$name.err" || { echo "differs: $name.err" >&2; status=1; }
  else
    cp "$tmp/$name/out" "$corpus/$name.out"
    cp "$tmp/$name/err2" "$corpus/$name.err"
    cp "$tmp/$name/rc" "$corpus/$name.rc"
  fi
done
exit $status
