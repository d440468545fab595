#!/usr/bin/env python3
# Installs the build into a scratch folder and checks that everything the desktop needs is
# there: executables, desktop file, metainfo, schema, D-Bus service, icons and translations.
import os
import subprocess
import sys
import tempfile

build_root, app_id, gui = sys.argv[1], sys.argv[2], sys.argv[3] == 'true'

with tempfile.TemporaryDirectory() as dest:
    r = subprocess.run(['meson', 'install', '-C', build_root, '--no-rebuild', '--quiet',
                        '--destdir', dest, '--skip-subprojects'],
                       capture_output=True, text=True,
                       env=dict(os.environ, DESTDIR=dest))
    if r.returncode != 0:
        print(r.stdout, r.stderr)
        sys.exit(1)
    files = set()
    for dirpath, _, names in os.walk(dest):
        for n in names:
            files.add(os.path.relpath(os.path.join(dirpath, n), dest))

    def find(suffix):
        return [f for f in files if f.endswith(suffix)]

    expected = ['bin/memlab-cli', 'share/locale/es/LC_MESSAGES/memlab.mo']
    if gui:
        expected += [
            'bin/memlab',
            f'share/applications/{app_id}.desktop',
            f'share/metainfo/{app_id}.metainfo.xml',
            f'share/glib-2.0/schemas/{app_id}.gschema.xml',
            f'share/dbus-1/services/{app_id}.service',
            f'share/icons/hicolor/scalable/apps/{app_id}.svg',
            f'share/icons/hicolor/symbolic/apps/{app_id}-symbolic.svg',
        ]
    missing = [e for e in expected if not find('/' + e) and e not in files]
    for e in expected:
        print(('missing ' if e in missing else 'installed ') + e)
    sys.exit(1 if missing else 0)
