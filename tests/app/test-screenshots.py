#!/usr/bin/env python3
# build-aux/screenshots takes the pictures the metainfo and the README show, from the real
# application brought to a lesson moment.  This runs it for one picture and checks what it
# made: a PNG of the requested size that shows a window, not an empty frame.  It also checks
# that the metainfo, the README and the committed pictures agree with the script's list, and
# that a scene the application cannot reach ends at once with a message, not with a picture.
#   test-screenshots.py SCRIPT MEMLAB
import os
import re
import struct
import subprocess
import sys
import zlib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from tap import check, finish  # noqa: E402

script, memlab = sys.argv[1], sys.argv[2]
root = os.environ['MEMLAB_SOURCE_ROOT']
build = os.environ['MEMLAB_BUILD_ROOT']
SIZE = (1280, 800)


def read_png(path):
    """Decodes a PNG of 8-bit channels or a palette into (width, height, rows of RGB)."""
    with open(path, 'rb') as f:
        data = f.read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG file')
    pos, idat, palette, header = 8, b'', None, None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b'IHDR':
            header = struct.unpack('>IIBBBBB', body)
        elif kind == b'PLTE':
            palette = [body[i:i + 3] for i in range(0, len(body), 3)]
        elif kind == b'IDAT':
            idat += body
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[color]
    if interlace or (depth != 8 and not (color == 3 and depth in (1, 2, 4))):
        raise ValueError(f'unsupported PNG: depth {depth}, colour type {color}, interlace {interlace}')
    bpp = max(1, channels * depth // 8)
    stride = (width * channels * depth + 7) // 8
    raw = zlib.decompress(idat)
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + ((a + b) >> 1)) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        if color == 3:
            per_byte = 8 // depth
            indices = [(line[x // per_byte] >> (8 - depth * (x % per_byte + 1))) & ((1 << depth) - 1)
                       for x in range(width)]
            rows.append([bytes(palette[n]) for n in indices])
        elif color in (0, 4):
            rows.append([bytes([line[x * channels]] * 3) for x in range(width)])
        else:
            rows.append([bytes(line[x * channels:x * channels + 3]) for x in range(width)])
    return width, height, rows


def png_size(path):
    with open(path, 'rb') as f:
        head = f.read(24)
    return struct.unpack('>II', head[16:24]) if head[:8] == b'\x89PNG\r\n\x1a\n' else None


# The script's list of pictures, and where they are named.
r = subprocess.run([sys.executable, script, '--list'], capture_output=True, text=True, timeout=30)
check('the script lists its pictures', r.returncode == 0 and r.stdout.strip(), r.stderr)
names = [line.split('\t')[0] for line in r.stdout.splitlines() if line.strip()]
with open(os.path.join(root, 'data', 'com.example.MemLab.metainfo.xml.in.in'), encoding='utf-8') as f:
    metainfo = f.read()
with open(os.path.join(root, 'README.md'), encoding='utf-8') as f:
    readme = f.read()
in_metainfo = re.findall(r'<image>https://example\.com/memlab/data/screenshots/([^<]+)</image>', metainfo)
check('the metainfo shows every picture the script takes, and only those',
      sorted(in_metainfo) == sorted(names), f'{in_metainfo} against {names}')
check('the default screenshot is the first one taken',
      re.search(r'<screenshot type="default">\s*<image>[^<]*/' + re.escape(names[0]) + '<', metainfo)
      is not None if names else False)
missing = [n for n in names if f'(data/screenshots/{n})' not in readme]
check('the README links every picture', not missing, missing)
wrong = [n for n in names
         if not os.path.exists(os.path.join(root, 'data', 'screenshots', n))
         or png_size(os.path.join(root, 'data', 'screenshots', n)) != SIZE]
check(f'every picture is in data/screenshots at {SIZE[0]}x{SIZE[1]}', not wrong, wrong)

# One picture, taken as build-aux/dev screenshots takes them all.
out = os.path.join(build, 'tests', 'screenshots')
shot = os.path.join(out, 'memory-map.png')
if os.path.exists(shot):
    os.unlink(shot)
r = subprocess.run([sys.executable, script, '--only', 'memory-map', '--memlab', memlab, out],
                   capture_output=True, text=True, timeout=240)
check('the script takes the memory map picture', r.returncode == 0, r.stdout + r.stderr)
check('and writes it', os.path.exists(shot))
if os.path.exists(shot):
    width, height, rows = read_png(shot)
    check(f'at the requested size, {SIZE[0]}x{SIZE[1]}', (width, height) == SIZE, f'{width}x{height}')
    # A window drawn with its lesson has many colours, none of them covering nearly all.
    counts = {}
    for row in rows[::4]:
        for pixel in row[::4]:
            counts[pixel] = counts.get(pixel, 0) + 1
    total = sum(counts.values())
    check('it is not blank: many colours', len(counts) >= 64, f'{len(counts)} colours')
    check('and no colour covers nearly all of it', max(counts.values()) < 0.9 * total,
          f'{max(counts.values())} of {total}')
    # The memory map's regions are tinted: green data, blue stack, orange heap.  The lesson
    # moment and the view were reached if all three hues are there.
    def hue_present(test):
        return any(test(*p) for p in counts if counts[p] >= 20)
    check('the data region is drawn (green)', hue_present(lambda r, g, b: g > r + 8 and g > b + 8))
    check('the stack region is drawn (blue)', hue_present(lambda r, g, b: b > r + 12 and b > g))
    check('the heap region is drawn (orange)', hue_present(lambda r, g, b: r > g + 8 and g > b + 8))

# A scene that cannot be reached fails at once, with a message and without a picture.
bad = os.path.join(out, 'unreachable.png')
env = dict(os.environ, GSETTINGS_BACKEND='memory')
r = subprocess.run([memlab, '--screenshot=' + bad, '--lesson=3', '--moment=compile-error', '--steps=5'],
                   capture_output=True, text=True, timeout=120, env=env)
check('a lesson that ends before the steps asked for fails', r.returncode != 0, r.returncode)
check('and says why', 'ended' in r.stderr, r.stderr)
check('and writes no picture', not os.path.exists(bad))
r = subprocess.run([memlab, '--screenshot=' + bad, '--lesson=3', '--moment=line:999'],
                   capture_output=True, text=True, timeout=60, env=env)
check('a moment the lesson does not have is refused', r.returncode != 0 and 'line:999' in r.stderr,
      r.stderr)
r = subprocess.run([memlab, '--screenshot=' + bad, '--lesson=42'],
                   capture_output=True, text=True, timeout=60, env=env)
check('so is a lesson that does not exist', r.returncode != 0 and '42' in r.stderr, r.stderr)
r = subprocess.run([memlab, '--screenshot=' + bad, '--window-size=12x800'],
                   capture_output=True, text=True, timeout=60, env=env)
check('and a window too small', r.returncode != 0 and 'WIDTHxHEIGHT' in r.stderr, r.stderr)
check('none of them wrote a picture', not os.path.exists(bad))

finish()
