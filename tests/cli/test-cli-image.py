#!/usr/bin/env python3
# Programs too big for the model's fixed segments or its heap: each is refused or stopped
# with a message that says why (Go's own text where Go has a limit), never a crash.
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from tap import check, finish  # noqa: E402

cli = os.path.abspath(sys.argv[1])


class Result:
    pass


def run(args, cwd):
    """Runs memlab-cli, keeping its exit status, output and peak memory (MB)."""
    with tempfile.TemporaryFile('w+') as out, tempfile.TemporaryFile('w+') as err:
        child = subprocess.Popen([cli] + args, stdout=out, stderr=err, cwd=cwd, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        r = Result()
        r.returncode, r.stdout, r.stderr = child.returncode, out.read(), err.read()
        r.peak_mb = usage.ru_maxrss / 1024
        return r


# What MemLab itself may take for a program it refuses or stops: far below the 1 GiB heap
# budget (with room for the sanitizers' shadow memory).
PEAK_MB = 1024


def program(body, imports='import "fmt"\n\n', decls=''):
    return 'package main\n\n' + imports + decls + 'func main() {\n' + body + '}\n'


CASES = [
    # name, text, exit status, what stderr says
    ('literal', program('\ts := "' + 'x' * 1000000 + '"\n\tfmt.Println(len(s))\n'),
     1, r"\./literal\.go:6:7: the program's string literals take more than .* read-only data"),
    ('constant', 'package main\n\nimport "fmt"\n\nconst s0 = "abcdefghabcdefgh"\n' +
     ''.join(f'const s{i} = s{i - 1} + s{i - 1}\n' for i in range(1, 21)) +
     'func main() {\n\tx := s20\n\tfmt.Println(len(x))\n}\n',
     1, r"\./constant\.go:27:7: the program's string literals take more than"),
    ('many-literals', 'package main\n\nimport "fmt"\n\nfunc f(s string) string {\n\treturn s\n}\n\n'
     'func main() {\n\tn := 0\n' + ''.join(f'\tn += len(f("{i:064d}"))\n' for i in range(12000)) +
     '\tfmt.Println(n)\n}\n',
     1, r"the program's string literals take more than"),
    # Go's linker refuses a symbol over 2,000,000,000 bytes, wherever gc left its position
    # (the last statement of the file's last function); Go 1.27 prints exactly this.
    ('symbol', program('\ta[5] = 1\n\tfmt.Println(a[5], len(a))\n', decls='var a [1 << 30]int\n\n'),
     1, r"^# command-line-arguments\n\./symbol\.go:9:13: main\.a: symbol too large "
        r"\(8589934592 bytes > 2000000000 bytes\)\n$"),
    ('bss', program('\tgrande[1][2] = 3\n\tfmt.Println(grande[1][2])\n', decls='var grande [4096][4096]int\n\n'),
     1, r"\./bss\.go:5:5: the program's package variables take 128\.0\sMiB"),
    ('code', program('\tx := 0\n' + '\tx = x*3 + x - 1\n' * 60000 + '\tfmt.Println(x)\n'),
     1, r"the program's code takes .* text segment"),
    # A type larger than the model's whole heap (4 GiB) is refused where it is first used.
    ('local-array', program('\tvar a [1 << 30]int\n\ta[5] = 1\n\tfmt.Println(a[5], len(a))\n'),
     1, r'\./local-array\.go:6:2: type \[1073741824\]int is larger than the 4\.0\sGiB'),
    ('new-array', program('\tp := new([1 << 40]byte)\n\tp[3] = 1\n\tfmt.Println(p[3])\n'),
     1, r'\./new-array\.go:6:2: type \[1099511627776\]uint8 is larger than'),
    # Larger than the heap budget in one allocation: MemLab's limit, before the model tries.
    ('budget-array', program('\tp := new([300 << 20]int)\n\tp[3] = 1\n\tfmt.Println(p[3])\n'),
     3, r'more than 1,024 MiB'),
    ('make-huge', program('\ts := make([]int, 1<<40)\n\tfmt.Println(len(s))\n'),
     3, r'more than 1,024 MiB'),
    # Past maxAlloc (1 << 48 bytes), makeslice panics as Go's does.
    ('make-out-of-range', program('\tn := 1 << 62\n\ts := make([]int, n)\n\tfmt.Println(len(s))\n'),
     1, r'^panic: runtime error: makeslice: len out of range\n'),
]

with tempfile.TemporaryDirectory() as tmp:
    for name, text, status, pattern in CASES:
        with open(os.path.join(tmp, name + '.go'), 'w') as f:
            f.write(text)
        r = run(['run', name + '.go'], tmp)
        check(f'{name}: exit {status}', r.returncode == status, f'{r.returncode}: {r.stderr[:400]}')
        check(f'{name}: says why', re.search(pattern, r.stderr) is not None, r.stderr[:400])
        check(f'{name}: printed nothing', r.stdout == '', r.stdout[:200])
        check(f'{name}: MemLab stayed under {PEAK_MB} MB', r.peak_mb < PEAK_MB, f'{r.peak_mb:.0f} MB')

    # The export of a program that does not fit says the same and writes no file.
    out = os.path.join(tmp, 'literal.png')
    r = run(['export', 'literal.go', '-o', out], tmp)
    check('export of a program too big: exit 1 with the message',
          r.returncode == 1 and 'read-only data' in r.stderr, r.stderr[:400])
    check('export of a program too big: no file', not os.path.exists(out))

    # Runaways as the window runs them (export: the history on), each stopped by its budget
    # with MemLab's memory bounded; the picture shows where it stopped.
    RUNAWAYS = [
        ('loop', 'package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n',
         ['--max-time=1'], r'time'),
        ('doubling', program('\ts := "ab"\n\tfor i := 0; i < 40; i++ {\n\t\ts += s\n\t}\n\tfmt.Println(len(s))\n'),
         ['--max-memory=64'], r'64 MiB'),
        ('recursion', 'package main\n\nfunc f(n int) int {\n\treturn f(n+1) + 1\n}\n\nfunc main() {\n\tf(0)\n}\n',
         [], r'100,000 nested calls'),
    ]
    for name, text, opts, pattern in RUNAWAYS:
        with open(os.path.join(tmp, name + '.go'), 'w') as f:
            f.write(text)
        png = os.path.join(tmp, name + '.png')
        r = run(['export', name + '.go', '--view=segments', *opts, '-o', png], tmp)
        check(f'export of a runaway ({name}): exit 3 naming the budget',
              r.returncode == 3 and re.search(pattern, r.stderr) is not None, r.stderr[:400])
        check(f'export of a runaway ({name}): the picture of where it stopped', os.path.getsize(png) > 1000)
        check(f'export of a runaway ({name}): MemLab stayed under {PEAK_MB} MB', r.peak_mb < PEAK_MB,
              f'{r.peak_mb:.0f} MB')

    for opt in ['--max-memory=4097', '--max-memory=16384']:
        r = run(['run', opt, 'budget-array.go'], tmp)
        check(f'{opt}: past the model\'s 4 GiB heap, a usage error', r.returncode == 2, r.stderr)

finish()
