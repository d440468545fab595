#!/usr/bin/env python3
# memlab-cli's help, version and usage errors, in English and in Spanish.
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from tap import check, finish  # noqa: E402

cli = sys.argv[1]
build_root = os.environ['MEMLAB_BUILD_ROOT']

def run(args, lang=None):
    env = dict(os.environ)
    if lang:
        env['LC_ALL'] = lang
        env['LANGUAGE'] = lang.split('.')[0].split('_')[0]
        env['MEMLAB_LOCALEDIR'] = os.path.join(build_root, 'po')
    return subprocess.run([cli] + args, capture_output=True, text=True, env=env, timeout=30)


r = run(['--help'])
check('--help exits 0', r.returncode == 0, r.stderr)
check('--help prints usage on stdout', 'Usage:' in r.stdout and 'memlab-cli' in r.stdout, r.stdout)
check('--help lists --version', '--version' in r.stdout, r.stdout)

r = run(['--version'])
check('--version exits 0', r.returncode == 0, r.stderr)
version = r.stdout.strip().split(' ')
check('--version prints name and version', len(version) == 2 and version[0] == 'memlab-cli'
      and version[1].count('.') == 2, r.stdout)

r = run([])
check('no command is a usage error (2)', r.returncode == 2, str(r.returncode))
check('no command prints the usage on stderr', 'Usage:' in r.stderr, r.stderr)

r = run(['frobnicate'])
check('unknown command exits 2', r.returncode == 2, str(r.returncode))
check('unknown command is named', 'frobnicate' in r.stderr and 'unknown command' in r.stderr, r.stderr)

r = run(['--frobnicate'])
check('unknown option is named', '--frobnicate' in r.stderr and 'unknown option' in r.stderr, r.stderr)

r = run(['--help'], lang='es_ES.UTF-8')
check('Spanish help', r.returncode == 0 and 'Uso:' in r.stdout and 'Usage:' not in r.stdout, r.stdout)
r = run(['frobnicate'], lang='es_ES.UTF-8')
check('Spanish usage error', 'orden desconocida' in r.stderr, r.stderr)

finish()
