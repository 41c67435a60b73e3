#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes a class-data-sharing archive (JDK 17, static archive): records the classes the three figure formats,
# list-views (of the shipped data and of a --data-dir) and the help load (or, with "window", the window up to its first map frame), then dumps them into ARCHIVE.
# Usage: make-cds-archive.sh JAVA CLASSPATH ARCHIVE [window]
#   JAVA       the java that will run the commands (an archive fits one JDK build only)
#   CLASSPATH  the class path the commands will run with, jars only, in the same order (CDS checks each
#              jar's size and time: rebuild the archive whenever a jar changes)
#   window     train on the window instead, with window.args: needs a display (e.g. under xvfb-run)
# A mismatched archive is not an error: the JVM silently runs with no sharing at all, slower than without
# the option (docs/benchmarks.md).
set -euo pipefail
java=$1; classpath=$2; archive=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "${4:-}" = window ]; then
  # the start-up probe opens the window, waits for the first complete map frame and exits
  # a runtime folder of its own, so an atlas already open on this display does not take the training run over
  XDG_RUNTIME_DIR="$work" "$java" "@$(dirname "$0")/window.args" -Djava.util.prefs.userRoot="$work/prefs" -Datlas.startupProbe="$work/probe.txt" \
    -XX:DumpLoadedClassList="$work/window.classes" -cp "$classpath" org.hinterlandatlas.app.Launcher \
    > /dev/null 2> "$work/run.log" || { cat "$work/run.log" >&2; exit 1; }
else
  options=("@$(dirname "$0")/command.args" -Djava.awt.headless=true -cp "$classpath")
  for format in png pdf svg; do
    "$java" "${options[@]}" -XX:DumpLoadedClassList="$work/$format.classes" org.hinterlandatlas.app.Launcher \
      export --view circle --paper A4 --landscape --lang zh --out "$work/training.$format" > /dev/null 2> "$work/run.log" \
      || { cat "$work/run.log" >&2; exit 1; }
  done
  "$java" "${options[@]}" -XX:DumpLoadedClassList="$work/list.classes" org.hinterlandatlas.app.Launcher list-views \
    > /dev/null 2> "$work/run.log" || { cat "$work/run.log" >&2; exit 1; }
  # the shipped data is read packed; a content author's --data-dir is read from its JSON with every check, so
  # those classes are recorded from the shipped data unpacked (when unzip is there; the atlas jar comes first)
  if command -v unzip > /dev/null \
      && unzip -q "${classpath%%:*}" 'content/*' 'geodata/*' 'styles/*' -x 'geodata/packed/*' -d "$work/data"; then
    "$java" "${options[@]}" -XX:DumpLoadedClassList="$work/data-dir.classes" org.hinterlandatlas.app.Launcher list-views \
      --data-dir "$work/data" > /dev/null 2> "$work/run.log" || { cat "$work/run.log" >&2; exit 1; }
  fi
  # plain arguments never load picocli; help and every mistake do, so its classes are recorded from the help
  "$java" "${options[@]}" -XX:DumpLoadedClassList="$work/help.classes" org.hinterlandatlas.app.Launcher help export \
    > /dev/null 2> "$work/run.log" || { cat "$work/run.log" >&2; exit 1; }
fi
# one list, each class once, in first-loaded order
cat "$work"/*.classes | awk '!seen[$0]++' > "$work/all.list"
mkdir -p "$(dirname "$archive")"
# The dump warns of classes it cannot archive (picocli's Java 5 class files, generated proxies); they load as usual.
"$java" -Xshare:dump -XX:SharedClassListFile="$work/all.list" -XX:SharedArchiveFile="$archive" \
  -cp "$classpath" > "$work/dump.log" 2>&1 || { cat "$work/dump.log" >&2; exit 1; }
echo "CDS archive: $archive ($(wc -l < "$work/all.list") classes listed)"
