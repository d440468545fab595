#!/usr/bin/env python3
# The collector against Go 1.27's gctrace (tests/gc/gctrace.py says how a case is compared).
# Prints each case that does not agree with both traces, then
#   bench gctrace_agreement AGREEING/CASES
#   bench gctrace_agreement_with_cycles AGREEING/CASES   (only the cases where Go collects)
# It never fails on the figure; tests/gc/test-gctrace.py holds the line.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gc'))
import gctrace  # noqa: E402

cli = os.path.abspath(sys.argv[1])
corpus = sys.argv[2]

total = agreeing = 0
with_cycles = agreeing_with_cycles = 0
for name, setting, path in gctrace.cases(corpus):
    go, ml, _ = gctrace.run(cli, corpus, name, setting, path)
    total += 1
    with_cycles += len(go) > 0
    if gctrace.agree(go, ml):
        agreeing += 1
        agreeing_with_cycles += len(go) > 0
        continue
    print(gctrace.describe(name, setting, go, ml))
print(f'bench gctrace_agreement {agreeing}/{total} cases')
print(f'bench gctrace_agreement_with_cycles {agreeing_with_cycles}/{with_cycles} cases')
