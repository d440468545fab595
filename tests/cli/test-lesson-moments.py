#!/usr/bin/env python3
# Every bundled lesson's programs and moments fit together: a program that does not compile
# belongs to a lesson with a "compile-error" moment, and a program that compiles reaches
# every line a "line:N" moment waits for (a line with no code, such as a constant package
# variable, would leave the lesson waiting for ever).
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from tap import check, finish  # noqa: E402

cli, lessons = sys.argv[1], sys.argv[2]

with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, 'moment.svg')
    for name in sorted(os.listdir(lessons)):
        if not name.endswith('.lesson.in'):
            continue
        root = ET.parse(os.path.join(lessons, name)).getroot()
        whens = [m.get('when') for m in root.iter('moment')]
        lines = [int(w.split(':')[1]) for w in whens if re.fullmatch(r'line:\d+', w or '')]
        for program in root.iter('program'):
            path = os.path.join(lessons, program.get('file'))
            check(f'{name}: {program.get("file")} exists', os.path.exists(path))
            r = subprocess.run([cli, 'run', path], capture_output=True, text=True, timeout=120)
            if r.returncode == 1 and r.stderr.startswith('# command-line-arguments'):
                check(f'{name}: {program.get("file")} does not compile, and the lesson says why',
                      'compile-error' in whens, r.stderr)
                continue
            check(f'{name}: {program.get("file")} runs', r.returncode == 0, r.stderr)
            for n in lines:
                r = subprocess.run([cli, 'export', path, f'--line={n}', '-o', out],
                                   capture_output=True, text=True, timeout=120)
                check(f'{name}: {program.get("file")} reaches line {n}', r.returncode == 0, r.stderr)

finish()
