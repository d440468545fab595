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

cli = os.path.abspath(sys.argv[1])
examples = sys.argv[2]
corpus = sys.argv[3]
lessons = sys.argv[4]


def run(args, cwd=examples):
    return subprocess.run([cli] + args, capture_output=True, text=True, cwd=cwd, timeout=60)




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
check('panic: exit 2', r.returncode == 2, r.stderr)
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
    check('endless loop: stopped with a message', r.returncode == 1 and '20,000 steps' in r.stderr, r.stderr)

r = run(['escape', 'stack-heap.go'])
check('escape: exit 0', r.returncode == 0, r.stderr)
check('escape: -m -l verdicts', './stack-heap.go:11:10: new(int) escapes to heap' in r.stdout, r.stdout)

finish()
