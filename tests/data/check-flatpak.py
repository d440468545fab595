#!/usr/bin/env python3
# Checks that the Flatpak manifest parses and describes MemLab as the project expects.
import json
import re
import sys

with open(sys.argv[1], encoding='utf-8') as f:
    manifest = json.load(f)

errors = []
def expect(cond, message):
    if not cond:
        errors.append(message)

expect(manifest.get('id') == 'com.example.MemLab', 'id must be com.example.MemLab')
expect(manifest.get('runtime') == 'org.gnome.Platform', 'runtime must be org.gnome.Platform')
expect(manifest.get('sdk') == 'org.gnome.Sdk', 'sdk must be org.gnome.Sdk')
expect(re.fullmatch(r'\d+', str(manifest.get('runtime-version', ''))) is not None,
       'runtime-version must be a numbered GNOME release')
expect(int(manifest.get('runtime-version', '0')) >= 48, 'runtime-version must be 48 or newer')
expect(manifest.get('command') == 'memlab', 'command must be memlab')
expect(sorted(manifest.get('finish-args', [])) ==
       sorted(['--device=dri', '--share=ipc', '--socket=wayland', '--socket=fallback-x11']),
       'finish-args must be exactly the four base ones')
modules = manifest.get('modules', [])
expect(len(modules) >= 1, 'there must be a module')
if modules:
    app = modules[-1]
    expect(app.get('name') == 'memlab', 'the last module must be memlab')
    expect(app.get('buildsystem') == 'meson', 'memlab must build with meson')
    expect(app.get('run-tests') is True, 'memlab must run its tests')
    sources = app.get('sources', [])
    expect(any(s.get('type') == 'dir' and s.get('path') == '.' for s in sources),
           'memlab must be built from the checkout (a dir source with path ".")')

if errors:
    for e in errors:
        print(e)
    sys.exit(1)
print('manifest ok:', manifest['id'], manifest['runtime'], manifest['runtime-version'])
