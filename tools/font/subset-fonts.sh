#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Subsets Noto Sans SC (OFL-1.1) to the 6,763 GB2312 hanzi plus Latin, pinyin and punctuation, so that the
# bundled font stays small but covers every Chinese string a teacher is likely to type in a title, plus
# every character of the shipped data and interface strings (a lake such as 滆湖 is outside GB2312).
# Rerun after adding text with new characters; BundledFontCoverageTest fails until you do.
# Needs Debian's python3-fonttools. Usage: tools/font/subset-fonts.sh [../shared/fonts]
set -euo pipefail
src=${1:-../shared/fonts}
out=resources/fonts
chars=$(mktemp)
trap 'rm -f "$chars"' EXIT
/usr/bin/python3 - "$chars" <<'PY'
import sys
cs = set()
for hi in range(0xA1, 0xF8):          # every GB2312 row, including symbols and hanzi
    for lo in range(0xA1, 0xFF):
        try:
            cs.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
ranges = [(0x20, 0x7E), (0xA0, 0x17F), (0x1CD, 0x1DC), (0x2000, 0x206F), (0x2190, 0x21FF),
          (0x2460, 0x24FF), (0x3000, 0x303F), (0xFF00, 0xFFEF)]
for a, b in ranges:
    cs.update(chr(c) for c in range(a, b + 1))
cs.update('…—–·°×÷±≈≤≥№℃’‘“”')
import glob
for pattern in ('geodata/**/*.geojson', 'geodata/**/*.json', 'resources/content/**/*.json', 'resources/i18n/*.properties'):
    for path in glob.glob(pattern, recursive=True):
        cs.update(c for c in open(path, encoding='utf-8').read() if ord(c) >= 0x80)
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(sorted(cs)))
PY
for weight in 400Regular:Regular 700Bold:Bold; do
  in=${weight%%:*}; name=${weight##*:}
  /usr/bin/python3 -m fontTools.subset "$src/NotoSansSC_${in}.ttf" --text-file="$chars" \
    --name-IDs='*' --name-languages='*' --layout-features='*' --no-hinting \
    --output-file="$out/NotoSansSC-${name}.subset.ttf"
done
cp "$src/OFL-1.1.txt" "$out/OFL-1.1.txt"
