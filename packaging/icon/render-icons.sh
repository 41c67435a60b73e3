#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders hinterland-atlas.svg into the icons jpackage takes: a PNG for Linux, an ICO for Windows and an
# ICNS for macOS, and the window icons in resources/icons. Needs Debian's librsvg2-bin, imagemagick and
# icnsutils. The outputs are committed.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" hinterland-atlas.svg -o "$work/$size.png"
done
cp "$work/256.png" hinterland-atlas.png
/usr/bin/convert "$work"/{16,24,32,48,64,256}.png hinterland-atlas.ico
png2icns hinterland-atlas.icns "$work"/{16,32,128,256,512}.png >/dev/null
for size in 32 64 256; do
  cp "$work/$size.png" "../../resources/icons/hinterland-atlas-$size.png"
done
