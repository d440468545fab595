#!/usr/bin/env python3
# memlab-cli run and escape: output, exit statuses and errors as `go run` and
# `go build -gcflags='-m -l'` give them, on the lecture's example programs.
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from tap import check, finish  # noqa: E402
import tempfile
import time

cli = os.path.abspath(sys.argv[1])
examples = sys.argv[2]
corpus = sys.argv[3]
lessons = sys.argv[4]


# One run's cap: a hang must end the test, but a sanitized build on a loaded machine runs
# the heaviest example (GOGC=10, four processors) for over a minute.
RUN_TIMEOUT = 240

def run(args, cwd=examples):
    return subprocess.run([cli] + args, capture_output=True, text=True, cwd=cwd, timeout=RUN_TIMEOUT)




def expected(name, ext):
    with open(os.path.join(corpus, name + ext)) as f:
        return f.read()


def shape(s):
    return re.sub(r'0x[0-9a-f]+', '0xADDR', s)


for name in ['persona', 'new', 'make', 'stack-heap']:
    r = run(['run', name + '.go'])
    check(f'run {name}: exit 0', r.returncode == 0, r.stderr)
    check(f'run {name}: output as go run', shape(r.stdout) == shape(expected(name, '.out')), r.stdout)

r = run(['run', 'persona-error.go'])
check('compile error: exit 1', r.returncode == 1, r.stderr)
check('compile error: as go run prints it', r.stderr == expected('persona-error', '.err'), r.stderr)
check('compile error: nothing on stdout', r.stdout == '', r.stdout)

r = run(['run', 'panic-index.go'], cwd=corpus)
# go run exits 1 when the program fails, after printing the program's own "exit status 2".
check('panic: exit 1, as go run', r.returncode == 1, r.stderr)
check('panic: the program\'s status printed last', r.stderr.endswith('\nexit status 2\n'), r.stderr)
check('panic: message first', r.stderr.startswith(expected('panic-index', '.err')), r.stderr)
check('panic: goroutine trace', 'goroutine 1 [running]:\nmain.get(...)' in r.stderr, r.stderr)
check('panic: output before the panic', r.stdout == 'antes\n', r.stdout)

r = run(['run', 'no-such-file.go'])
check('unreadable file: exit 1', r.returncode == 1, r.stderr)
check('unreadable file: says so', 'no-such-file.go' in r.stderr, r.stderr)

r = run(['run'])
check('run without a file: usage error', r.returncode == 2, r.stderr)

r = run(['run', '--gctrace', '--gogc=10', 'prealloc-loop.go'])
check('--gctrace: exit 0', r.returncode == 0, r.stderr)
check('--gctrace: output unchanged', r.stdout == expected('prealloc-loop', '.out'), r.stdout)
check('--gctrace: one line per cycle in Go format',
      len(r.stderr.splitlines()) >= 1 and
      all(re.match(r'^gc \d+ @\d+\.\d+s \d+%: .* MB goal, .* P$', l) for l in r.stderr.splitlines()),
      r.stderr)

# GOMAXPROCS: the trace names the processors, and an absurd count is refused.
r = run(['run', '--gctrace', '--gogc=10', '--procs=4', 'prealloc-loop.go'])
check('--procs: the trace says 4 P', r.returncode == 0 and r.stderr.splitlines()
      and all(l.endswith(' 4 P') for l in r.stderr.splitlines()), r.stderr)
r = run(['run', '--procs=999', 'prealloc-loop.go'])
check('--procs=999: a usage error that says the range', r.returncode == 2 and '1 to 32' in r.stderr, r.stderr)

# Lesson 5 starts its cycle with //memlab: directives (Go reads them as comments): one cycle
# runs, and the program prints what it printed without them.
r = run(['run', '--gctrace', '05-collector.go'], cwd=lessons)
check('directives: exit 0', r.returncode == 0, r.stderr)
check('directives: output unchanged', r.stdout == '100 3 true\n', r.stdout)
check('directives: exactly one cycle in gctrace',
      len(r.stderr.splitlines()) == 1 and r.stderr.startswith('gc 1 @'), r.stderr)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'bad.go')
    with open(path, 'w') as f:
        f.write('package main\n\nfunc main() {\n\t//memlab:gc steps 0\n}\n')
    r = run(['run', 'bad.go'], cwd=tmp)
    check('bad directive: a compile error at the comment',
          r.returncode == 1 and './bad.go:4:2: invalid MemLab directive' in r.stderr, r.stderr)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'loop.go')
    with open(path, 'w') as f:
        f.write('package main\n\nfunc main() {\n\tfor {\n\t}\n}\n')
    r = run(['run', '--max-steps=20000', 'loop.go'], cwd=tmp)
    check('endless loop: stopped with a message, exit 3',
          r.returncode == 3 and '20,000 steps' in r.stderr, r.stderr)
    check('endless loop: says how to raise the budget', '--max-steps=' in r.stderr, r.stderr)

    # A recursion without end stops at MemLab's own depth limit, named as such (not as Go's
    # 1 GB stack, which a real program of that depth does not reach).
    with open(os.path.join(tmp, 'rec.go'), 'w') as f:
        f.write('package main\n\nfunc f(n int) int {\n\treturn f(n+1) + 1\n}\n\nfunc main() {\n\tf(0)\n}\n')
    r = run(['run', 'rec.go'], cwd=tmp)
    check('endless recursion: stopped at the depth limit, exit 3',
          r.returncode == 3 and '100,000 nested calls' in r.stderr and 'stack overflow' not in r.stderr, r.stderr)

    # Doubling a string stops at the memory budget before the string is made.
    with open(os.path.join(tmp, 'dbl.go'), 'w') as f:
        f.write('package main\n\nimport "fmt"\n\nfunc main() {\n\ts := "ab"\n\tfor i := 0; i < 40; i++ {\n'
                '\t\ts += s\n\t}\n\tfmt.Println(len(s))\n}\n')
    r = run(['run', '--max-memory=64', 'dbl.go'], cwd=tmp)
    check('s += s: stopped at the memory budget, exit 3',
          r.returncode == 3 and 'more than 64 MiB' in r.stderr and '--max-memory' in r.stderr, r.stderr)

    # Within the step budget, an endless loop is stopped by the clock, soon after its time.
    start = time.monotonic()
    r = run(['run', '--max-steps=2000000000', '--max-time=1', 'loop.go'], cwd=tmp)
    check('endless loop: stopped at the time budget, exit 3',
          r.returncode == 3 and 'time budget, 1 s' in r.stderr and '--max-time=' in r.stderr, r.stderr)
    check('endless loop: stopped within seconds', time.monotonic() - start < 60)

    # Inputs that are not programs are refused before they are read.
    r = run(['run', '/dev/zero'], cwd=tmp)
    check('a device: refused at once', r.returncode == 1 and 'not a regular file' in r.stderr, r.stderr)
    os.mkfifo(os.path.join(tmp, 'fifo.go'))
    r = run(['run', 'fifo.go'], cwd=tmp)
    check('a FIFO: refused without waiting for a writer',
          r.returncode == 1 and 'not a regular file' in r.stderr, r.stderr)
    r = run(['run', '.'], cwd=tmp)
    check('a folder: refused', r.returncode == 1 and 'not a regular file' in r.stderr, r.stderr)
    with open(os.path.join(tmp, 'huge.go'), 'w') as f:
        f.write('package main\n\nfunc main() {\n' + '\t// ' + 'x' * 80 + '\n' * 1 + ('\t_ = 1\n' * 200000) + '}\n')
    r = run(['run', 'huge.go'], cwd=tmp)
    check('a program over 1 MiB: refused with the limit',
          r.returncode == 1 and 'too long' in r.stderr and re.search(r'1\.0\sMiB', r.stderr), r.stderr)

    # Options out of range are usage errors, not wrapped or ignored.
    for opt, words in [('--max-memory=17592186044417', '--max-memory'), ('--max-memory=8', '--max-memory'),
                       ('--max-steps=5', '--max-steps'), ('--gogc=cien', '--gogc'),
                       ('--memlimit=64MB', '--memlimit'), ('--memlimit=-1', '--memlimit'),
                       ('--max-time=-2', '--max-time'), ('--max-time=3601', '--max-time')]:
        r = run(['run', opt, 'loop.go'], cwd=tmp)
        check(f'{opt}: usage error', r.returncode == 2 and words in r.stderr and 'steps' not in r.stdout, r.stderr)

r = run(['run', '--gogc=off', '--gctrace', 'prealloc-loop.go'])
check('--gogc=off: no cycle at all, as GOGC=off',
      r.returncode == 0 and r.stdout == expected('prealloc-loop', '.out') and r.stderr == '', r.stderr)
r = run(['run', '--memlimit=off', 'prealloc-loop.go'])
check('--memlimit=off: accepted', r.returncode == 0 and r.stdout == expected('prealloc-loop', '.out'), r.stderr)
with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, 'garbage.go'), 'w') as f:
        f.write('package main\n\nimport "fmt"\n\nvar sink []byte\n\nfunc main() {\n\ttotal := 0\n'
                '\tfor i := 0; i < 2000; i++ {\n\t\tsink = make([]byte, 64<<10)\n\t\ttotal += len(sink)\n\t}\n'
                '\tfmt.Println(total)\n}\n')
    r1 = run(['run', '--gctrace', 'garbage.go'], cwd=tmp)
    r2 = run(['run', '--gctrace', '--memlimit=2MiB', 'garbage.go'], cwd=tmp)
    # Go 1.27 runs 27 cycles without a limit and 2,023 under GOMEMLIMIT=2MiB for this program.
    check('--memlimit=2MiB: the collector runs several times more often under the limit',
          r2.returncode == 0 and r2.stdout == '131072000\n' and
          len(r2.stderr.splitlines()) > 3 * len(r1.stderr.splitlines()),
          f'{len(r1.stderr.splitlines())} cycles without a limit, {len(r2.stderr.splitlines())} with')

# MemLab's own failure, forced with the fault injection hook: exit 70 and a report, never a
# crash; run and export alike.
fault_env = dict(os.environ, MEMLAB_FAULT_AT_STEP='8')
r = subprocess.run([cli, 'run', 'persona.go'], capture_output=True, text=True, cwd=examples,
                   timeout=RUN_TIMEOUT, env=fault_env)
check('internal error: exit 70', r.returncode == 70, f'{r.returncode} {r.stderr}')
check('internal error: says what failed, with program, line and step',
      re.match(r'^memlab-cli: MemLab internal error: .*MEMLAB_FAULT_AT_STEP.* '
               r'\(program persona\.go, line \d+, step \d+\)\n', r.stderr) is not None, r.stderr)
check('internal error: asks for a report', 'report' in r.stderr.splitlines()[-1], r.stderr)
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, 'heap.png')
    r = subprocess.run([cli, 'export', 'persona.go', '--view=heap-graph', '--end', '-o', out],
                       capture_output=True, text=True, cwd=examples, timeout=RUN_TIMEOUT, env=fault_env)
    check('internal error in export: exit 70', r.returncode == 70, f'{r.returncode} {r.stderr}')
    check('internal error in export: the same message',
          'memlab-cli: MemLab internal error: ' in r.stderr and '(program persona.go, line' in r.stderr,
          r.stderr)
    check('internal error in export: no picture', not os.path.exists(out), out)
r = run(['--help'])
check('--help lists exit status 70', '\n  70  ' in r.stdout, r.stdout)

r = run(['escape', 'stack-heap.go'])
check('escape: exit 0', r.returncode == 0, r.stderr)
check('escape: -m inlines heap()', './stack-heap.go:10:6: can inline heap\n' in r.stdout
      and './stack-heap.go:17:11: inlining call to heap\n' in r.stdout, r.stdout)
check('escape: -m verdicts', './stack-heap.go:11:10: new(int) escapes to heap' in r.stdout, r.stdout)
r = run(['escape', '-l', 'stack-heap.go'])
check('escape -l: exit 0', r.returncode == 0, r.stderr)
check('escape -l: -m -l verdicts, nothing inlined',
      './stack-heap.go:11:10: new(int) escapes to heap' in r.stdout and 'inline' not in r.stdout, r.stdout)

finish()
