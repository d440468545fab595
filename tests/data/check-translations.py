#!/usr/bin/env python3
# Fails when a translation in po/ has untranslated or fuzzy entries, does not compile, or
# lacks a string that the sources mark for translation.  The course is Spanish: Spanish must
# always be complete.
import os
import re
import subprocess
import sys
import tempfile

root = sys.argv[1]
# The lessons' ITS rules (which XML elements are prose) are in data/its.
os.environ['GETTEXTDATADIRS'] = os.path.join(root, 'data')
po_dir = os.path.join(root, 'po')
status = 0

with open(os.path.join(po_dir, 'LINGUAS'), encoding='utf-8') as f:
    languages = [l.strip() for l in f if l.strip() and not l.startswith('#')]

if 'es' not in languages:
    print('po/LINGUAS does not list es')
    status = 1

# A fresh template from the sources, so that a string added to the code but not yet to the
# translations is caught even when nobody regenerated the .pot file.
with open(os.path.join(po_dir, 'POTFILES'), encoding='utf-8') as f:
    sources = [l.strip() for l in f if l.strip() and not l.startswith('#')]

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, 'memlab.pot')
    c_files = [s for s in sources if s.endswith(('.c', '.h'))]
    other = [s for s in sources if s not in c_files]
    cmd = ['xgettext', '--from-code=UTF-8', '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2',
           '--keyword=NC_:1c,2', '--keyword=ngettext:1,2', '--keyword=g_dngettext:2,3', '--add-comments=Translators', '-o', pot, '--directory', root]
    subprocess.run(cmd + ['--language=C'] + c_files, check=True)
    for s in other:
        lang = []
        if s.endswith(('.desktop.in.in', '.desktop.in')):
            lang = ['--language=Desktop']
        elif s.endswith('.ui'):
            lang = ['--language=Glade']
        # A temporary copy under a recognised name, since xgettext chooses the parser from
        # the file name.
        subprocess.run(cmd + ['--join-existing'] + lang + [s], check=True)

    for lang in languages:
        po = os.path.join(po_dir, lang + '.po')
        if not os.path.exists(po):
            print(f'po/{lang}.po is missing')
            status = 1
            continue
        result = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po],
                                capture_output=True, text=True)
        stats = result.stderr.strip()
        if result.returncode != 0:
            print(f'po/{lang}.po does not compile:\n{stats}')
            status = 1
            continue
        if 'untranslated' in stats or 'fuzzy' in stats:
            print(f'po/{lang}.po is incomplete: {stats}')
            status = 1
        # Strings in the sources that the translation does not have yet.
        merged = os.path.join(tmp, lang + '.merged.po')
        subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot],
                       check=True)
        result = subprocess.run(['msgattrib', '--untranslated', '--no-obsolete', merged],
                                capture_output=True, text=True, check=True)
        # Every entry but the header, long (wrapped) msgids included: each is a msgid line
        # followed by its continuation lines.
        missing = []
        for block in re.findall(r'^msgid ((?:".*"\n)+)', result.stdout, re.M):
            text = ''.join(re.findall(r'"(.*)"', block))
            if text:
                missing.append(text)
        if missing:
            print(f'po/{lang}.po lacks {len(missing)} strings from the sources, e.g.:')
            for m in missing[:15]:
                print('  ' + m)
            status = 1
        if status == 0:
            print(f'po/{lang}.po: {stats}')

sys.exit(status)
