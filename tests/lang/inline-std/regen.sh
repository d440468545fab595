#!/bin/sh
# regen.sh — rewrite the table of src/lang/ml-inline-std.c from the real Go 1.27 toolchain:
# the cost of every inlinable function of the packages a program may import (-m=2 on the
# packages) and the calls each inlines in turn (-m on a wrapper around each, probe.go).
#
#   tests/lang/inline-std/regen.sh > table.txt
#
# prints the rows of the table; paste them into std_funcs[].
set -eu
here=$(cd "$(dirname "$0")" && pwd)
go=${GO:-$HOME/.cache/memlab-go/usr/lib/go-1.27/bin/go}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GOCACHE="$tmp/cache" GOTOOLCHAIN=local GOFLAGS= GO111MODULE=off GOPATH="$tmp/gopath"
for p in fmt errors strings strconv math sort unicode unicode/utf8 internal/stringslite internal/bytealg; do
  "$go" build -gcflags="$p=-m=2" $p 2>&1 | grep "can inline" | sed -E 's/ as: .*//' > "$tmp/$(echo $p | tr / _).m2"
done
mkdir -p "$tmp/probe"
"$go" run "$here/probe.go" "$here/../../../src/lang/std" "$tmp/probe"
(cd "$tmp/probe" && "$go" build -o /dev/null -gcflags=-m probe.go > m.txt 2>&1) || true
python3 - "$tmp" <<'PY'
import re, glob, sys
tmp = sys.argv[1]
costs = {}
for f in glob.glob(tmp + '/*.m2'):
    short = f.split('/')[-1][:-3].split('_')[-1]
    for l in open(f):
        m = re.search(r'can inline (\S+) with cost (\d+)', l)
        if m:
            costs[short + '.' + m.group(1)] = int(m.group(2))
chains = {}
for l in open(tmp + '/probe/m.txt'):
    m = re.match(r'\./probe.go:(\d+):\d+: inlining call to (.*)', l.strip())
    if m:
        chains.setdefault(int(m.group(1)), []).append(m.group(2))
bygo = {ch[0]: ch for ch in chains.values()}
# Unexported callees the probe cannot call, with what Go inlines in their bodies (go build
# -gcflags=strings=-m strings: builder.go's copyCheck inlines abi.NoEscape).
bygo['strings.(*Builder).copyCheck'] = ['strings.(*Builder).copyCheck', 'abi.NoEscape']
# internal/stringslite's, which inline its HasPrefix and HasSuffix one round later (-m of a
# program calling strings.TrimPrefix and strings.CutSuffix twice each).
for f, g in (('CutPrefix', 'HasPrefix'), ('CutSuffix', 'HasSuffix'), ('TrimPrefix', 'HasPrefix'), ('TrimSuffix', 'HasSuffix')):
    bygo['stringslite.' + f] = ['stringslite.' + f, 'stringslite.' + g]
def rounds(ch):
    # Entries after the call itself come out one round later, and a callee's own chain
    # follows it one round deeper still.
    res, i = [], 1
    while i < len(ch):
        res.append('2' + ch[i])
        sub = bygo.get(ch[i])
        if sub and len(sub) > 1 and ch[i + 1:i + len(sub)] == sub[1:]:
            res += ['3' + s for s in sub[1:]]
            i += len(sub)
        else:
            i += 1
    return ';'.join(res)
rows = {}
for ch in chains.values():
    if ch[0] in costs:
        rows[ch[0]] = (costs[ch[0]], rounds(ch))
# Bodies that call a function the program passes as argument N: gc inlines that function
# there in turn, one round after the call that reaches it ("@N"; go build -gcflags=-m of a
# program passing an inlinable function to each).
calls_arg = {'strings.ContainsFunc': '4@1', 'strings.IndexFunc': '3@1', 'strings.TrimLeftFunc': '3@1'}
for name in sorted(rows):
    chain = rows[name][1]
    if name in calls_arg:
        chain = (chain + ';' if chain else '') + calls_arg[name]
    print('  { "%s", %d, "%s" },' % (name, rows[name][0], chain))
PY
