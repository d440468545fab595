#!/usr/bin/env python3
# Runaway programs as the window runs them (the engine, history on, through memlab-cli export):
# an endless recursion, an endless loop, an allocation without end and a string doubled
# without end.  Prints, for each, how long MemLab took to stop it and its peak memory:
#   bench runaway_stop_s_NAME SECONDS s
#   bench runaway_peak_mb_NAME MB MB
# and the worst of each (runaway_stop_s, runaway_peak_mb).  It never fails on the figures.
import os
import subprocess
import sys
import tempfile
import time

cli = os.path.abspath(sys.argv[1])

PROGRAMS = {
    'recursion': 'package main\n\nfunc f(n int) int {\n\treturn f(n+1) + 1\n}\n\n'
                 'func main() {\n\tf(0)\n}\n',
    'loop': 'package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n',
    'allocate': 'package main\n\nfunc main() {\n\tvar todo [][]byte\n\tfor {\n'
                '\t\ttodo = append(todo, make([]byte, 1<<20))\n\t}\n}\n',
    'doubling': 'package main\n\nimport "fmt"\n\nfunc main() {\n\ts := "ab"\n'
                '\tfor i := 0; i < 40; i++ {\n\t\ts += s\n\t}\n\tfmt.Println(len(s))\n}\n',
}

worst_s = worst_mb = 0.0
with tempfile.TemporaryDirectory() as tmp:
    for name, text in PROGRAMS.items():
        src = os.path.join(tmp, name + '.go')
        with open(src, 'w') as f:
            f.write(text)
        start = time.monotonic()
        child = subprocess.Popen([cli, 'export', src, '--view=segments',
                                  '-o', os.path.join(tmp, name + '.png')],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.monotonic() - start
        mb = usage.ru_maxrss / 1024
        worst_s, worst_mb = max(worst_s, seconds), max(worst_mb, mb)
        print(f'bench runaway_stop_s_{name} {seconds:.2f} s')
        print(f'bench runaway_peak_mb_{name} {mb:.0f} MB')
print(f'bench runaway_stop_s {worst_s:.2f} s')
print(f'bench runaway_peak_mb {worst_mb:.0f} MB')
