# The collector against Go 1.27's gctrace: runs a case of tests/gc/corpus (a program and a
# setting: GOGC, GOMEMLIMIT) through `memlab-cli run --gctrace` and compares its cycles with
# the modal trace Go printed for it (tests/gc/regen-expected.py).  A case agrees when the
# number of cycles, which were forced, and every heap goal are the same, and the heap at each
# cycle's start, end and marked (A->B->C MB) is within 1 MB.  Shared by the unit test
# (test-gctrace.py) and the benchmark (tests/bench/gc/bench-gctrace.py).
import glob
import os
import re
import subprocess

# The traces were made on a machine with two processors, and Go printed "2 P".
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


def cases(corpus):
    """(name, setting, trace path) of every case, sorted."""
    for path in sorted(glob.glob(os.path.join(corpus, '*.trace'))):
        name, setting = os.path.basename(path)[:-len('.trace')].split('.', 1)
        yield name, setting, path


def run(cli, corpus, name, setting, path):
    """Go's cycles and MemLab's for one case, and MemLab's stderr."""
    with open(path) as f:
        go = cycles(f.read().splitlines(), GO_LINE)
    # No time budget: a loaded machine must not turn a slow run into a disagreement.
    r = subprocess.run([cli, 'run', '--gctrace', '--procs=2', '--max-time=0', *OPTIONS[setting],
                        os.path.join(corpus, name + '.go')],
                       capture_output=True, text=True, timeout=600)
    return go, cycles(r.stderr.splitlines(), ML_LINE), r.stderr


def describe(name, setting, go, ml):
    lines = [f'# {name} {setting}: Go {len(go)} cycles, MemLab {len(ml)}']
    for label, trace in (('go', go), ('memlab', ml)):
        for (a, b, c), goal, forced in trace:
            lines.append(f'#   {label:6} {a}->{b}->{c} MB, {goal} MB goal' + (' (forced)' if forced else ''))
    return '\n'.join(lines)
