# The Test Anything Protocol, as meson reads it, for the Python test scripts: one line per
# check, the plan at the end, and an exit status that fails the test when a check failed.
import sys

_count = 0
_failures = 0


def check(name, cond, detail=''):
    global _count, _failures
    _count += 1
    print(('ok' if cond else 'not ok') + f' {_count} - {name}')
    if not cond:
        _failures += 1
        for line in str(detail).splitlines():
            print('# ' + line)


def finish():
    print(f'1..{_count}')
    sys.exit(1 if _failures else 0)
