#!/usr/bin/env python3
# memlab-cli export: pictures of a program's memory without a display, and clear errors.
import os
import re
import struct
import subprocess
import zlib
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from tap import check, finish  # noqa: E402
import tempfile
import xml.dom.minidom

cli, examples = sys.argv[1], sys.argv[2]
persona = os.path.join(examples, 'persona.go')
persona_error = os.path.join(examples, 'persona-error.go')


def run(*args):
    return subprocess.run([cli, 'export'] + list(args), capture_output=True, text=True, timeout=300)

with tempfile.TemporaryDirectory() as tmp:
    png = os.path.join(tmp, 'map.png')
    r = run(persona, '--view=memory-map', '--line=28', '--scale=2', '-o', png)
    check('PNG export at a line exits 0', r.returncode == 0, r.stderr)
    if os.path.exists(png):
        with open(png, 'rb') as f:
            head = f.read(24)
        w, h = struct.unpack('>II', head[16:24])
        check('it is a PNG of a real size', head[:8] == b'\x89PNG\r\n\x1a\n' and w > 400 and h > 300, f'{w}x{h}')
    else:
        check('PNG written', False)

    svg = os.path.join(tmp, 'heap.svg')
    r = run(persona, '--view=heap-graph', '--theme=dark', '-o', svg)
    check('SVG export exits 0', r.returncode == 0, r.stderr)
    try:
        doc = xml.dom.minidom.parse(svg)
        check('the SVG parses, with an svg root', doc.documentElement.tagName == 'svg')
        titles = doc.getElementsByTagName('title')
        check('the SVG has a title naming the view and step',
              len(titles) > 0 and re.match(r'^Heap Graph, step \d+$', titles[0].firstChild.data),
              [t.toxml() for t in titles])
    except Exception as e:
        check('the SVG parses', False, e)

    pdf = os.path.join(tmp, 'segments.pdf')
    r = run(persona, '--view=segments', '--step=3', '-o', pdf)
    with open(pdf, 'rb') if os.path.exists(pdf) else open(os.devnull, 'rb') as f:
        data = f.read()
    check('PDF export at a step', r.returncode == 0 and data.startswith(b'%PDF-'), r.stderr)
    # The document information may be in a compressed object stream.
    info = data
    for m in re.finditer(rb'stream\r?\n(.*?)endstream', data, re.S):
        try:
            info += zlib.decompress(m.group(1))
        except zlib.error:
            pass
    check('the PDF has a title', b'/Title (Segments, step 3)' in info)

    tl = os.path.join(tmp, 'timeline.png')
    r = run(persona, '--view=timeline', '-o', tl)
    check('timeline export', r.returncode == 0 and os.path.getsize(tl) > 1000, r.stderr)

    # The slice lesson's comparison: two runs on one timeline.
    grow = os.path.join(tmp, 'grow.go')
    made = os.path.join(tmp, 'made.go')
    with open(grow, 'w') as f:
        f.write('package main\n\nvar data []int\n\nfunc main() {\n\tfor i := 0; i < 3000; i++ {\n'
                '\t\tdata = append(data, i)\n\t}\n}\n')
    with open(made, 'w') as f:
        f.write('package main\n\nvar data []int\n\nfunc main() {\n\tdata = make([]int, 0, 3000)\n'
                '\tfor i := 0; i < 3000; i++ {\n\t\tdata = append(data, i)\n\t}\n}\n')
    both = os.path.join(tmp, 'both.png')
    r = run(grow, '--view=timeline', '--compare', made, '-o', both)
    check('two runs compared on a timeline', r.returncode == 0 and os.path.getsize(both) > os.path.getsize(tl) // 2,
          r.stderr)
    r = run(grow, '--view=heap-graph', '--compare', made, '-o', both)
    check('--compare outside the timeline is a usage error', r.returncode == 2 and '--compare' in r.stderr, r.stderr)
    r = run(grow, '--view=timeline', '--compare', os.path.join(tmp, 'missing.go'), '-o', both)
    check('an unreadable second program exits 1', r.returncode == 1 and 'missing.go' in r.stderr, r.stderr)

    frames = os.path.join(tmp, 'frames')
    os.mkdir(frames)
    r = run(persona, '--view=segments', '--all-steps', frames, '--format=svg')
    n = len(os.listdir(frames))
    check('all steps as numbered frames', r.returncode == 0 and n > 5, f'{r.stderr} {n}')
    check('frames are numbered', 'step-000000.svg' in os.listdir(frames) or 'step-000001.svg' in os.listdir(frames),
          os.listdir(frames)[:3])
    nested = os.path.join(tmp, 'nueva', 'carpeta')
    r = run(persona, '--view=segments', '--all-steps', nested)
    check('--all-steps makes its folder, as mkdir -p',
          r.returncode == 0 and os.path.isdir(nested) and len(os.listdir(nested)) == n, r.stderr)
    blocked = os.path.join(tmp, 'x.png')
    with open(blocked, 'w') as f:
        f.write('not a folder')
    r = run(persona, '--view=segments', '--all-steps', os.path.join(blocked, 'frames'))
    check('--all-steps under a file: exit 1 with the reason', r.returncode == 1 and 'x.png' in r.stderr, r.stderr)
    os.unlink(blocked)

    r = run(persona_error, '-o', os.path.join(tmp, 'x.png'))
    check('a program that does not compile exits 1', r.returncode == 1, r.returncode)
    check('with Go\'s message', 'undefined: Martinez' in r.stderr, r.stderr)
    check('and writes nothing', not os.path.exists(os.path.join(tmp, 'x.png')))

    bad = os.path.join(tmp, 'no-such-folder', 'x.png')
    r = run(persona, '-o', bad)
    check('an unwritable path exits 1', r.returncode == 1, r.returncode)
    check('and says why', 'x.png' in r.stderr, r.stderr)

    # A map is a table of its keys and values, or with --detail=runtime the structures Go
    # builds it of.
    edades = os.path.join(tmp, 'edades.go')
    with open(edades, 'w') as f:
        f.write('package main\n\nvar edades map[string]int\n\nfunc main() {\n'
                '\tedades = map[string]int{"Ana": 30, "Luis": 25}\n\tedades["Eva"] = 41\n}\n')
    svgs = {}
    for detail in ('clase', 'program', 'runtime'):
        out = os.path.join(tmp, f'edades-{detail}.svg')
        r = run(edades, '--view=memory-map', '--end', f'--detail={detail}', '-o', out)
        check(f'--detail={detail} exits 0', r.returncode == 0, r.stderr)
        with open(out) if os.path.exists(out) else open(os.devnull) as f:
            svgs[detail] = f.read()
    check('a map is drawn as its keys and values',
          '>Eva<' in svgs['program'] and '>41<' in svgs['program'] and 'maps.Map' not in svgs['program'])
    check('clase, the course\'s level, draws the map as its keys and values',
          '>Eva<' in svgs['clase'] and 'maps.Map' not in svgs['clase'])
    check('at the runtime\'s detail, as its header and groups',
          'maps.Map' in svgs['runtime'] and 'groups[0].ctrl' in svgs['runtime'])
    r = run(edades, '--detail=everything', '-o', png)
    check('an unknown detail is a usage error', r.returncode == 2 and 'everything' in r.stderr, r.stderr)

    # A picture for a slide: padded to 16:9, every step too; lesson 1's process picture.
    def png_size(path):
        with open(path, 'rb') as f:
            return struct.unpack('>II', f.read(24)[16:24])
    slide = os.path.join(tmp, 'slide.png')
    r = run(persona, '--view=memory-map', '--line=28', '--fit=16:9', '-o', slide)
    w, h = png_size(slide) if r.returncode == 0 else (0, 1)
    check('--fit=16:9 pads the picture to a slide', r.returncode == 0 and abs(w / h - 16 / 9) < 0.01, f'{w}x{h} {r.stderr}')
    slides = os.path.join(tmp, 'slides')
    r = run(persona, '--view=heap-graph', '--fit=16:9', '--all-steps', slides)
    sizes = {png_size(os.path.join(slides, f)) for f in os.listdir(slides)} if r.returncode == 0 else set()
    check('--fit=16:9 with --all-steps frames every step',
          len(sizes) > 0 and all(abs(w / h - 16 / 9) < 0.01 for w, h in sizes), f'{sizes} {r.stderr}')
    r = run(persona, '--fit=16x9', '-o', slide)
    check('an unknown frame is a usage error', r.returncode == 2 and '16x9' in r.stderr, r.stderr)
    process = os.path.join(tmp, 'process.svg')
    r = run(persona, '--view=process', '-o', process)
    check('--view=process draws lesson 1\'s picture',
          r.returncode == 0 and 'From program to process' in open(process).read(), r.stderr)

    r = run(persona, '--view=timeline', '--axis=hours', '-o', png)
    check('an unknown timeline axis is a usage error', r.returncode == 2 and 'hours' in r.stderr, r.stderr)
    r = run(persona, '--view=timeline', '--cycle=-1', '-o', png)
    check('a negative cycle is a usage error', r.returncode == 2 and '--cycle' in r.stderr, r.stderr)
    absent = os.path.join(tmp, 'no-cycle.png')
    r = run(persona, '--view=timeline', '--cycle=99', '-o', absent)
    check('a cycle the run does not have fails with its count, and writes nothing',
          r.returncode == 1 and 'no cycle 99' in r.stderr and not os.path.exists(absent), r.stderr)

    r = run(persona, '--view=nope', '-o', png)
    check('an unknown view is a usage error', r.returncode == 2 and 'nope' in r.stderr, r.stderr)
    r = run(persona, '-o', os.path.join(tmp, 'x.jpeg'))
    check('an unknown format is a usage error', r.returncode == 2 and 'x.jpeg' in r.stderr, r.stderr)
    r = run(persona, '--scale=100', '-o', png)
    check('an absurd scale is a usage error', r.returncode == 2, r.stderr)
    r = run(persona, '--step=999999', '-o', png)
    check('a step past the end says so', r.returncode == 1 and '999999' in r.stderr, r.stderr)
    r = run(persona, '--line=9999', '-o', png)
    check('a line never reached says so', r.returncode == 1 and '9999' in r.stderr, r.stderr)
    r = run(os.path.join(tmp, 'missing.go'), '-o', png)
    check('an unreadable file exits 1', r.returncode == 1 and 'missing.go' in r.stderr, r.stderr)

    # Options out of range are usage errors, not "the end".
    for opt in ['--step=-5', '--line=-3', '--line=0', '--max-steps=10', '--max-time=-1',
                '--max-memory=8', '--max-history=10']:
        r = run(persona, opt, '-o', png)
        check(f'{opt} is a usage error', r.returncode == 2 and opt.split('=')[0] in r.stderr, r.stderr)

    # A runaway program: the picture of where it stopped, but not silently.
    loop = os.path.join(tmp, 'loop.go')
    with open(loop, 'w') as f:
        f.write('package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n')
    stopped = os.path.join(tmp, 'stopped.png')
    r = run(loop, '--max-steps=20000', '-o', stopped)
    check('a runaway program: exit 3 with the budget named',
          r.returncode == 3 and '20,000 steps' in r.stderr, f'{r.returncode} {r.stderr}')
    check('and the picture of where it stopped is written', os.path.exists(stopped))
    r = run(loop, '--max-time=1', '-o', stopped)
    check('a runaway program within its steps: exit 3 at the time budget, named, with the way to raise it',
          r.returncode == 3 and 'time budget, 1 s' in r.stderr and '--max-time=' in r.stderr,
          f'{r.returncode} {r.stderr}')
    dbl = os.path.join(tmp, 'dbl.go')
    with open(dbl, 'w') as f:
        f.write('package main\n\nimport "fmt"\n\nfunc main() {\n\ts := "ab"\n\tfor i := 0; i < 40; i++ {\n'
                '\t\ts += s\n\t}\n\tfmt.Println(len(s))\n}\n')
    r = run(dbl, '--max-history=64', '-o', stopped)
    check('s += s with the history on: exit 3 at the history budget, named, with the way to raise it',
          r.returncode == 3 and 'history' in r.stderr and '64 MiB' in r.stderr and '--max-history=' in r.stderr,
          f'{r.returncode} {r.stderr}')
    r = run(loop, '--max-steps=20000', '--line=9', '-o', os.path.join(tmp, 'never.png'))
    check('a line a runaway program never reaches: exit 3, at once',
          r.returncode == 3 and 'line 9' in r.stderr and not os.path.exists(os.path.join(tmp, 'never.png')),
          f'{r.returncode} {r.stderr}')

    # A failed export leaves the file it replaces as it was and nothing beside it, in every
    # format: the write is cut short by a file size limit (ulimit -f) of 4 KiB.
    import resource

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    for ext in ['svg', 'png', 'pdf']:
        folder = os.path.join(tmp, 'limited-' + ext)
        os.mkdir(folder)
        target = os.path.join(folder, 'heap.' + ext)
        with open(target, 'w') as f:
            f.write('old contents')
        r = subprocess.run([cli, 'export', persona, '--view=heap-graph', '--scale=2', '-o', target],
                           capture_output=True, text=True, timeout=300, preexec_fn=small_files)
        with open(target) as f:
            kept = f.read() == 'old contents'
        check(f'{ext}: a write cut short fails with exit 1 and says why',
              r.returncode == 1 and 'heap.' + ext in r.stderr, f'{r.returncode} {r.stderr}')
        check(f'{ext}: the file it would replace is untouched', kept)
        check(f'{ext}: no temporary file is left', os.listdir(folder) == ['heap.' + ext], os.listdir(folder))

finish()
