#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the class-data-sharing archive of the figure commands (JDK 17, static archive):
# records the classes the three figure formats and list-views load, then dumps them into ARCHIVE.
# Usage: make-cds-archive.sh JAVA CLASSPATH ARCHIVE
#   JAVA       the java that will run the commands (an archive fits one JDK build only)
#   CLASSPATH  the class path the commands will run with, jars only, in the same order (CDS checks each
#              jar's size and time: rebuild the archive whenever a jar changes)
# A mismatched archive is not an error: the JVM silently runs with no sharing at all, slower than without
# the option (docs/benchmarks.md).
set -euo pipefail
java=$1; classpath=$2; archive=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
options=("@$(dirname "$0")/command.args" -Djava.awt.headless=true -cp "$classpath")
for format in png pdf svg; do
  "$java" "${options[@]}" -XX:DumpLoadedClassList="$work/$format.classes" org.hinterlandatlas.app.Launcher \
    export --view circle --paper A4 --landscape --lang zh --out "$work/training.$format" > /dev/null 2> "$work/run.log" \
    || { cat "$work/run.log" >&2; exit 1; }
done
"$java" "${options[@]}" -XX:DumpLoadedClassList="$work/list.classes" org.hinterlandatlas.app.Launcher list-views \
  > /dev/null 2> "$work/run.log" || { cat "$work/run.log" >&2; exit 1; }
# one list, each class once, in first-loaded order
cat "$work"/png.classes "$work"/pdf.classes "$work"/svg.classes "$work"/list.classes | awk '!seen[$0]++' > "$work/all.classes"
mkdir -p "$(dirname "$archive")"
# The dump warns of classes it cannot archive (picocli's Java 5 class files, generated proxies); they load as usual.
"$java" -Xshare:dump -XX:SharedClassListFile="$work/all.classes" -XX:SharedArchiveFile="$archive" \
  -cp "$classpath" > "$work/dump.log" 2>&1 || { cat "$work/dump.log" >&2; exit 1; }
echo "CDS archive: $archive ($(wc -l < "$work/all.classes") classes listed)"
