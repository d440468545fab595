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
# NAME.{out,err,rc} are `go run`'s, the default build's; where the build without
# inlining (`go run -gcflags=-l`, memlab-cli run -l) prints differently, its
# expectations are NAME.{out,err,rc}-l beside them.
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
  for mode in "" -l; do
  dir="$tmp/build$mode/$name"
  mkdir -p "$dir"
  cp "$src" "$dir/$file.go"
  rc=0
  if [ -z "$mode" ]; then
    (cd "$dir" && "$go" run "$file.go" >out 2>err) || rc=$?
  else
    (cd "$dir" && "$go" run -gcflags=-l "$file.go" >out 2>err) || rc=$?
  fi
  if grep -q '^panic:' "$dir/err"; then
    awk '/^$/ { exit } { print }' "$dir/err" | sed 's/pc=0x[0-9a-f]*/pc=/' >"$dir/err2"
    rc=2
  elif [ "$rc" != 0 ]; then
    cp "$dir/err" "$dir/err2"
    rc=1
  else
    : >"$dir/err2"
  fi
  echo "$rc" >"$dir/rc"
  sed 's/0x[0-9a-f]*/0xADDR/g' "$dir/out" >"$dir/out.n"
  # The build without inlining has expectations of its own only where it prints differently
  # (addresses aside, which differ from run to run).
  if [ -n "$mode" ] && cmp -s "$dir/out.n" "$tmp/build/$name/out.n" && cmp -s "$dir/err2" "$tmp/build/$name/err2" &&
     cmp -s "$dir/rc" "$tmp/build/$name/rc"; then
    if [ "$check" = 1 ]; then
      for ext in out err rc; do
        [ ! -e "$corpus/$name.$ext$mode" ] || { echo "differs: $name.$ext$mode (Go prints the same in both builds)" >&2; status=1; }
      done
    else
      rm -f "$corpus/$name.out$mode" "$corpus/$name.err$mode" "$corpus/$name.rc$mode"
    fi
    continue
  fi
  if [ "$check" = 1 ]; then
    for ext in out rc; do
      if ! sed 's/0x[0-9a-f]*/0xADDR/g' "$dir/$ext" |
           cmp -s - "$(printf '%s' "$corpus/$name.$ext$mode")" 2>/dev/null &&
         ! sed 's/0x[0-9a-f]*/0xADDR/g' "$corpus/$name.$ext$mode" |
           cmp -s - "$(sed 's/0x[0-9a-f]*/0xADDR/g' "$dir/$ext" >"$dir/$ext.n"; echo "$dir/$ext.n")"; then
        echo "differs: $name.$ext$mode" >&2
        status=1
      fi
    done
    cmp -s "$dir/err2" "$corpus/$name.err$mode" || { echo "differs: $name.err$mode" >&2; status=1; }
  else
    # An expectation that differs only in its addresses is kept as it is.
    if ! sed 's/0x[0-9a-f]*/0xADDR/g' "$corpus/$name.out$mode" 2>/dev/null | cmp -s - "$dir/out.n"; then
      cp "$dir/out" "$corpus/$name.out$mode"
    fi
    cp "$dir/err2" "$corpus/$name.err$mode"
    cp "$dir/rc" "$corpus/$name.rc$mode"
  fi
  done
done
exit $status
