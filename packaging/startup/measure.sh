#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures the installed atlas's start-up against an empty JavaFX window on the same runtime, interleaved
# in one run under a private Xvfb: launch of the process to the first frame that shows map tiles
# (-Datlas.startupProbe, which writes the frame's wall-clock time) against launch to the empty window's first frame. Both have a class-data-
# sharing archive: the atlas the one its package made, the empty window one trained here the same way.
# It also prints the package's sizes. Offline: sudo unshare -n sh -c 'ip link set lo up; packaging/startup/measure.sh'
# Usage: packaging/startup/measure.sh [ROUNDS] [DEB]   (needs Xvfb; the atlas installed in /opt/hinterland-atlas)
set -euo pipefail
rounds=${1:-5}
deb=${2:-}
app=/opt/hinterland-atlas
java=$app/lib/runtime/bin/java
work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT

display=140
while [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
while ! [ -e "/tmp/.X11-unix/X$display" ]; do kill -0 "$xvfb" || { cat "$work/xvfb.log" >&2; exit 1; }; sleep 0.05; done
export DISPLAY=":$display" HOME=$work/home XDG_RUNTIME_DIR=$work/home
mkdir -p "$HOME"

# The runtime has no compiler: compile with the build JDK against the installed runtime's modules; a jar,
# because a class-data-sharing archive takes no folders on the class path.
javac --system "$app/lib/runtime" -d "$work/empty" "$(dirname "$0")/EmptyWindow.java"
jar cf "$work/empty.jar" -C "$work/empty" .
"$java" -XX:DumpLoadedClassList="$work/empty.classlist" -cp "$work/empty.jar" EmptyWindow "$work/ms" >/dev/null 2>&1
"$java" -Xshare:dump -XX:SharedClassListFile="$work/empty.classlist" -XX:SharedArchiveFile="$work/empty.jsa" \
  -cp "$work/empty.jar" >"$work/dump.log" 2>&1 || { cat "$work/dump.log" >&2; exit 1; }

run() {
  rm -f "$work/ms"
  local launched
  launched=$(date +%s%3N)
  "$@" >"$work/run.log" 2>&1 || true
  [ -s "$work/ms" ] || { cat "$work/run.log" >&2; echo "measure.sh: no time from: $*" >&2; exit 1; }
  # the first line: the first (map) frame, in milliseconds since the epoch
  awk -v launched="$launched" 'NR == 1 { print $1 - launched }' "$work/ms"
}
# The atlas's start-up probe (app.StartupProbe).
probe() { echo "-Datlas.startupProbe=$work/ms"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for round in $(seq "$rounds"); do
  e=$(run "$java" -Xshare:on -XX:SharedArchiveFile="$work/empty.jsa" -cp "$work/empty.jar" EmptyWindow "$work/ms")
  a=$(JAVA_TOOL_OPTIONS="$(probe)" run "$app/bin/HinterlandAtlas")
  echo "round $round: empty window $e ms, atlas first map frame $a ms"
  echo "$e" >>"$work/empty.txt"
  echo "$a" >>"$work/atlas.txt"
done
empty=$(median <"$work/empty.txt")
atlas=$(median <"$work/atlas.txt")
echo "median of $rounds: empty window $empty ms, atlas $atlas ms, ratio $(awk -v a="$atlas" -v e="$empty" 'BEGIN { printf "%.2f", a / e }')"
# How much of the atlas comes from its archive (the launcher's -Xshare:auto would hide a refused one).
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.log $(probe)" \
  run "$app/bin/HinterlandAtlas" >/dev/null
echo "classes loaded from the CDS archive: $(grep -c 'source: shared objects file' "$work/classes.log") of $(grep -c . "$work/classes.log")"
echo "installed: $(dpkg-query -W -f='${Installed-Size}' hinterland-atlas) KiB declared, $(du -sk "$app" | cut -f1) KiB on disk (with the archive postinst made, $(du -k "$app/lib/app/hinterland-atlas.jsa" | cut -f1) KiB)"
[ -z "$deb" ] || echo "package: $(stat -c %s "$deb") bytes ($deb)"
