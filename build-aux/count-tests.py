#!/usr/bin/env python3
# Sums meson's JSON test logs and prints the closing line "N passed, N failed".
# Skipped tests are reported apart; an expected failure counts as passed, an unexpected pass
# as failed, and a log that is missing counts as a failure of its whole suite.
import json
import sys

passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        with open(path, encoding='utf-8') as f:
            lines = [l for l in f if l.strip()]
    except OSError:
        print(f'missing test log: {path}', file=sys.stderr)
        failed += 1
        continue
    for line in lines:
        result = json.loads(line).get('result')
        if result in ('OK', 'EXPECTEDFAIL'):
            passed += 1
        elif result == 'SKIP':
            skipped += 1
        else:
            failed += 1

line = f'{passed} passed, {failed} failed'
if skipped:
    line += f', {skipped} skipped'
print(line)
sys.exit(1 if failed else 0)
