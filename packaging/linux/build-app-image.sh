#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds a self-contained app image (its own Java runtime, nothing to install) into target/package/.
# `mvn javafx:jlink` cannot do it because PDFBox-era dependencies are not modular, so: jlink a runtime from
# the JDK's jmods and the modular JavaFX platform jars, then jpackage the application jars onto it.
# Usage: packaging/linux/build-app-image.sh [app-image|deb]   (needs a JDK 17 with jmods, e.g. Debian's)
set -euo pipefail
type=${1:-app-image}
cd "$(dirname "$0")/../.."
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
# The project's own <version> is the first one in the pom.
version=$(grep -m1 -oP '(?<=<version>)[^<]+' pom.xml)

rm -rf target/app target/runtime target/package
mvn -q -B -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/app/lib
cp "target/hinterland-atlas-${version}.jar" target/app/lib/

javafx_path=$(find target/app/lib -name 'javafx-*-linux.jar' | sort | paste -sd: -)
"$java_home/bin/jlink" --module-path "$java_home/jmods:$javafx_path" \
  @packaging/linux/jlink.args --output target/runtime
# The runtime now holds JavaFX as modules; keep only the application's own jars for the class path.
rm -f target/app/lib/javafx-*.jar

# A .deb also carries the licence and needs GTK, which jpackage's computed dependencies miss.
deb_options=()
if [ "$type" = deb ]; then
  deb_options=(--license-file LICENSE --linux-package-deps libgtk-3-0)
fi
"$java_home/bin/jpackage" --type "$type" "${deb_options[@]}" --dest target/package --runtime-image target/runtime \
  --input target/app/lib --main-jar "hinterland-atlas-${version}.jar" \
  --app-version "${version%%-*}" @packaging/linux/jpackage.args
echo "Built $(ls -d target/package/*)"
