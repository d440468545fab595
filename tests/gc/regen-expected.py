#!/usr/bin/env python3
# regen-expected.py — Go 1.27's gctrace for the collector corpus (tests/gc/corpus/*.go).
#
#   tests/gc/regen-expected.py [--runs N] [NAME...]
#
# Each program is built once and run N times (default 20) under GODEBUG=gctrace=1 for each
# setting in SETTINGS.  A run's trace is reduced to what the pacer decides (per cycle: its goal
# in MB and whether it was forced); the modal reduced trace is written to
# corpus/NAME.SETTING.trace with how many runs gave it, each cycle with the median heap at its
# start, end and marked (A->B->C MB) over those runs, which vary with the machine's load.  A case
# whose mode is under 90% of the runs is not stable enough to compare with and gets no file.
# Run it on an idle machine.  The tests never need Go.
import collections
import os
import re
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
corpus = os.path.join(here, 'corpus')
go = os.environ.get('GO', os.path.expanduser('~/.cache/memlab-go/usr/lib/go-1.27/bin/go'))

# Setting name -> environment.  The memory-limit cases are run for the programs that keep
# more than the limit live or churn through it.
SETTINGS = {
    'gogc-25': {'GOGC': '25'},
    'gogc-50': {'GOGC': '50'},
    'gogc-100': {'GOGC': '100'},
    'gogc-200': {'GOGC': '200'},
    'gogc-off': {'GOGC': 'off'},
    'limit-8mib': {'GOGC': '100', 'GOMEMLIMIT': '8MiB'},
    'off-limit-16mib': {'GOGC': 'off', 'GOMEMLIMIT': '16MiB'},
}
LINE = re.compile(r'^gc \d+ @[\d.]+s \d+%: .* ms cpu, (\d+)->(\d+)->(\d+) MB, (\d+) MB goal, '
                  r'(\d+) MB stacks, (\d+) MB globals, (\d+) P( \(forced\))?$')


def parse(stderr):
    """The cycles of a trace: ((goal, forced), (A, B, C)) each."""
    cycles = []
    for line in stderr.splitlines():
        m = LINE.match(line)
        if m:
            a, b, c, goal = (int(x) for x in m.group(1, 2, 3, 4))
            cycles.append(((goal, bool(m.group(8))), (a, b, c)))
    return cycles


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def main():
    args = sys.argv[1:]
    runs = 20
    if args[:1] == ['--runs']:
        runs = int(args[1])
        args = args[2:]
    names = args or sorted(f[:-3] for f in os.listdir(corpus) if f.endswith('.go'))
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, GOCACHE=os.path.join(tmp, 'cache'), GOTOOLCHAIN='local', GOFLAGS='',
                   GO111MODULE='off', GOPATH=os.path.join(tmp, 'gopath'))
        for name in names:
            exe = os.path.join(tmp, name)
            subprocess.run([go, 'build', '-o', exe, os.path.join(corpus, name + '.go')], env=env, check=True)
            for setting, extra in SETTINGS.items():
                counts = collections.Counter()
                heaps = collections.defaultdict(list)
                for _ in range(runs):
                    r = subprocess.run([exe], env=dict(env, GODEBUG='gctrace=1', **extra),
                                       capture_output=True, text=True, timeout=120)
                    cycles = parse(r.stderr)
                    key = tuple(k for k, _ in cycles)
                    counts[key] += 1
                    heaps[key].append([h for _, h in cycles])
                key, n = counts.most_common(1)[0]
                trace = []
                for i, (goal, forced) in enumerate(key):
                    a, b, c = (median(run[i][j] for run in heaps[key]) for j in range(3))
                    trace.append(f'{a}->{b}->{c} MB, {goal} MB goal' + (' (forced)' if forced else ''))
                path = os.path.join(corpus, f'{name}.{setting}.trace')
                if n * 10 < runs * 9:
                    print(f'{name} {setting}: unstable ({n} of {runs}), left out')
                    if os.path.exists(path):
                        os.unlink(path)
                    continue
                with open(path, 'w') as f:
                    f.write(f'# Go 1.27 gctrace, {n} of {runs} runs\n')
                    f.write(''.join(c + '\n' for c in trace))
                print(f'{name} {setting}: {len(trace)} cycles ({n} of {runs})')


main()
