#!/usr/bin/env python3
# The collector against Go 1.27's gctrace: runs every case of tests/gc/corpus (a program and a
# setting: GOGC, GOMEMLIMIT) through `memlab-cli run --gctrace` and compares its cycles with
# the modal trace Go printed for it (tests/gc/regen-expected.py).  A case agrees when the
# number of cycles, which were forced, and every heap goal are the same, and the heap at each
# cycle's start, end and marked (A->B->C MB) is within 1 MB.  Prints each case that does not
# agree with both traces, then
#   bench gctrace_agreement AGREEING/CASES
#   bench gctrace_agreement_with_cycles AGREEING/CASES   (only the cases where Go collects)
# It never fails on the figure: the model is being brought to agree (issue #14).
import glob
import os
import re
import subprocess
import sys

cli = os.path.abspath(sys.argv[1])
corpus = sys.argv[2]

OPTIONS = {
    'gogc-25': ['--gogc=25'],
    'gogc-50': ['--gogc=50'],
    'gogc-100': ['--gogc=100'],
    'gogc-200': ['--gogc=200'],
    'gogc-off': ['--gogc=off'],
    'limit-8mib': ['--gogc=100', '--memlimit=8MiB'],
    'off-limit-16mib': ['--gogc=off', '--memlimit=16MiB'],
}
GO_LINE = re.compile(r'^(\d+)->(\d+)->(\d+) MB, (\d+) MB goal( \(forced\))?$')
ML_LINE = re.compile(r'^gc \d+ @.* (\d+)->(\d+)->(\d+) MB, (\d+) MB goal, .* P( \(forced\))?$')


def cycles(lines, pattern):
    out = []
    for line in lines:
        m = pattern.match(line)
        if m:
            out.append((tuple(int(x) for x in m.group(1, 2, 3)), int(m.group(4)), bool(m.group(5))))
    return out


def agree(go, ml):
    if len(go) != len(ml):
        return False
    for (gh, gg, gf), (mh, mg, mf) in zip(go, ml):
        if gg != mg or gf != mf or any(abs(a - b) > 1 for a, b in zip(gh, mh)):
            return False
    return True


total = agreeing = 0
with_cycles = agreeing_with_cycles = 0
for path in sorted(glob.glob(os.path.join(corpus, '*.trace'))):
    name, setting = os.path.basename(path)[:-len('.trace')].split('.', 1)
    with open(path) as f:
        go = cycles(f.read().splitlines(), GO_LINE)
    r = subprocess.run([cli, 'run', '--gctrace', *OPTIONS[setting], os.path.join(corpus, name + '.go')],
                       capture_output=True, text=True, timeout=600)
    ml = cycles(r.stderr.splitlines(), ML_LINE)
    total += 1
    with_cycles += len(go) > 0
    if agree(go, ml):
        agreeing += 1
        agreeing_with_cycles += len(go) > 0
        continue
    print(f'# {name} {setting}: Go {len(go)} cycles, MemLab {len(ml)}')
    for label, trace in (('go', go), ('memlab', ml)):
        for (a, b, c), goal, forced in trace:
            print(f'#   {label:6} {a}->{b}->{c} MB, {goal} MB goal' + (' (forced)' if forced else ''))
print(f'bench gctrace_agreement {agreeing}/{total} cases')
print(f'bench gctrace_agreement_with_cycles {agreeing_with_cycles}/{with_cycles} cases')
