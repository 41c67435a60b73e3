#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the class-data-sharing archive the installed atlas starts with. A training run starts the atlas on
# RUNTIME until its first map frame (-Datlas.startupProbe) with the JVM options the launcher gives it
# (packaging/jvm/window.args, as packaging/jpackage.args) and lists the classes it loaded; a static
# archive of those classes is then dumped from the runtime image alone, without the class path, because a
# JDK 17 archive that records the application's jars is refused once the app folder moves; the .deb's
# postinst dumps the same list against the installed jars (docs/decisions/0036).
# Usage: packaging/cds/train.sh RUNTIME LIBDIR OUTDIR   (writes OUTDIR/hinterland-atlas.classlist and .jsa)
set -euo pipefail
runtime=$1 lib=$2 work=$3
classlist=$work/hinterland-atlas.classlist archive=$work/hinterland-atlas.jsa
mkdir -p "$work/home"
sep=:
case "$(uname -s)" in MINGW* | MSYS* | CYGWIN*) sep=';' ;; esac
classpath=$(find "$lib" -name '*.jar' | sort | paste -sd"$sep" -)
display=()
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ]; then
  display=(xvfb-run -a -s "-screen 0 1440x900x24")
fi
# A home of its own: the training run must neither meet an open atlas nor touch the builder's preferences.
HOME=$PWD/$work/home XDG_RUNTIME_DIR=$PWD/$work/home ${display[@]+"${display[@]}"} "$runtime/bin/java" \
  @packaging/jvm/window.args -Duser.home="$PWD/$work/home" -Datlas.startupProbe="$work/training-ms.txt" \
  -XX:DumpLoadedClassList="$classlist" -cp "$classpath" org.hinterlandatlas.app.Launcher --lang=zh \
  >"$work/training.log" 2>&1 || true
test -s "$work/training-ms.txt" || { cat "$work/training.log" >&2; echo "train.sh: the training run did not reach the map" >&2; exit 1; }
"$runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$classlist" -XX:SharedArchiveFile="$archive" \
  -Xlog:cds=off -Xlog:cds+dynamic=off >"$work/dump.log" 2>&1 \
  || { cat "$work/dump.log" >&2; exit 1; }
# Fails the build if the runtime would not map the archive.
"$runtime/bin/java" -Xshare:on -XX:SharedArchiveFile="$archive" -version >"$work/check.log" 2>&1 \
  || { cat "$work/check.log" >&2; exit 1; }
echo "CDS: $(grep -c . "$classlist") classes listed, the training run reached the map and its panels"
