#!/usr/bin/env python3
# "memlab --screenshot=FILE" is what build-aux/dev run uses on a machine without a display:
# the real application starts, draws its window, saves it and exits 0.  A path that cannot
# be written makes it exit non-zero and leaves nothing behind.
import os
import struct
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from tap import check, finish  # noqa: E402
import tempfile

memlab = sys.argv[1]


with tempfile.TemporaryDirectory() as tmp:
    shot = os.path.join(tmp, 'shot.png')
    r = subprocess.run([memlab, '--screenshot=' + shot], capture_output=True, text=True, timeout=60)
    check('screenshot run exits 0', r.returncode == 0, r.stderr)
    ok = os.path.exists(shot)
    check('screenshot file written', ok)
    if ok:
        with open(shot, 'rb') as f:
            head = f.read(24)
        check('it is a PNG', head[:8] == b'\x89PNG\r\n\x1a\n')
        width, height = struct.unpack('>II', head[16:24])
        check('of a window-sized picture', width >= 600 and height >= 400, f'{width}x{height}')

    program = os.path.join(tmp, 'hola.go')
    with open(program, 'w') as f:
        f.write('package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hola")\n}\n')
    shot2 = os.path.join(tmp, 'program.png')
    r = subprocess.run([memlab, '--screenshot=' + shot2, program], capture_output=True, text=True, timeout=60)
    check('screenshot run with a program exits 0', r.returncode == 0 and os.path.exists(shot2), r.stderr)

    bad = os.path.join(tmp, 'no-such-dir', 'shot.png')
    r = subprocess.run([memlab, '--screenshot=' + bad], capture_output=True, text=True, timeout=60)
    check('unwritable path exits non-zero', r.returncode != 0, r.returncode)
    check('and says why', 'screenshot' in r.stderr.lower(), r.stderr)
    check('and writes nothing', not os.path.exists(os.path.dirname(bad)))

    r = subprocess.run([memlab, '--version'], capture_output=True, text=True, timeout=30)
    check('--version', r.returncode == 0 and r.stdout.startswith('MemLab '), r.stdout + r.stderr)

finish()
