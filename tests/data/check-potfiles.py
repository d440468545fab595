#!/usr/bin/env python3
# Fails when a file with translatable strings is missing from po/POTFILES, or when POTFILES
# names a file that does not exist.  The patterns are those xgettext and GtkBuilder use.
import os
import re
import sys

root = sys.argv[1]
potfiles_path = os.path.join(root, 'po', 'POTFILES')
listed = []
with open(potfiles_path, encoding='utf-8') as f:
    for line in f:
        line = line.strip()
        if line and not line.startswith('#'):
            listed.append(line)

C_PATTERN = re.compile(r'(?<![A-Za-z0-9_])(_|N_|C_|NC_|g_dgettext|g_dngettext|ngettext|gettext)\s*\(\s*"')
UI_PATTERN = re.compile(r'translatable="(yes|true|1)"')
XML_PATTERN = re.compile(r'<(summary|description|name|p|li|keyword|caption)[ >]')

def has_strings(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        text = f.read()
    if path.endswith(('.c', '.h')):
        return bool(C_PATTERN.search(text))
    if path.endswith('.ui'):
        return bool(UI_PATTERN.search(text))
    if path.endswith(('.desktop.in.in', '.desktop.in', '.lesson.in')):
        return True
    if path.endswith(('.metainfo.xml.in.in', '.gschema.xml.in', '.gschema.xml')):
        return bool(XML_PATTERN.search(text))
    return False

missing = []
for top in ('src', 'data'):
    for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
        dirnames[:] = [d for d in dirnames if not d.startswith(('.', '_'))]
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            if has_strings(path) and rel not in listed:
                missing.append(rel)

stale = [p for p in listed if not os.path.exists(os.path.join(root, p))]
unsorted = listed != sorted(listed)

status = 0
if missing:
    print('Files with translatable strings missing from po/POTFILES:')
    for p in missing:
        print('  ' + p)
    status = 1
if stale:
    print('po/POTFILES names files that do not exist:')
    for p in stale:
        print('  ' + p)
    status = 1
if unsorted:
    print('po/POTFILES is not sorted')
    status = 1
if status == 0:
    print(f'{len(listed)} files listed, none missing')
sys.exit(status)
