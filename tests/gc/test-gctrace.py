#!/usr/bin/env python3
# Every case of the collector corpus against Go 1.27's gctrace (tests/gc/gctrace.py).  The
# cases where the model still departs from Go are listed in tests/gc/pending.txt, each with
# why; the test fails when a case outside the list departs, and also when a listed case now
# agrees, so that the list only ever shrinks.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
sys.path.insert(0, os.path.join(here, '..'))
import gctrace  # noqa: E402
from tap import check, finish  # noqa: E402

cli, corpus = os.path.abspath(sys.argv[1]), sys.argv[2]
pending = {}
with open(os.path.join(here, 'pending.txt')) as f:
    for line in f:
        line = line.strip()
        if line and not line.startswith('#'):
            case, _, why = line.partition(' ')
            pending[case] = why.strip()

seen = set()
for name, setting, path in gctrace.cases(corpus):
    case = f'{name}.{setting}'
    seen.add(case)
    go, ml, stderr = gctrace.run(cli, corpus, name, setting, path)
    ok = gctrace.agree(go, ml)
    if case in pending:
        check(f'{case} still departs from Go ({pending[case]}); if it agrees now, take it off pending.txt',
              not ok, gctrace.describe(name, setting, go, ml))
    else:
        check(f'{case} agrees with Go 1.27', ok, gctrace.describe(name, setting, go, ml) + '\n' + stderr[-2000:])
for case in sorted(set(pending) - seen):
    check(f'pending.txt names {case}, which is in the corpus', False)
finish()
