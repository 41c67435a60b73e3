#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the installers into target/package/: a self-contained app image and this system's native package
# (.deb on Linux, .msi on Windows, .dmg on macOS), each with its own small Java runtime and a class-data-
# sharing archive for a fast start. `mvn -Ppackage package` runs it after copying the jars to target/app/lib.
# `mvn javafx:jlink` cannot do it because PDFBox-era dependencies are not modular, so: jlink a runtime from
# the JDK's jmods and the modular JavaFX platform jars, then jpackage the application jars onto it.
# Usage: packaging/build.sh VERSION   (needs a JDK 17 with jmods, e.g. Debian's openjdk-17-jdk; on Linux
# also fakeroot, and xvfb-run when there is no display; on Windows Git Bash and the WiX Toolset 3)
set -euo pipefail
cd "$(dirname "$0")/.."
version=$1
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
case "$(uname -s)" in
  Linux) os=linux; type=deb; sep=: ;;
  Darwin) os=macos; type=dmg; sep=: ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; type=msi; sep=';' ;;
  *) echo "packaging/build.sh: no installer for $(uname -s)" >&2; exit 2 ;;
esac
# jpackage wants a numeric version: 0.1.0-SNAPSHOT packages as 0.1.0
app_version=${version%%-*}

rm -rf target/runtime target/cds target/package target/app/portable target/app/deb
lib=target/app/lib
javafx_jars=$(find "$lib" -name 'javafx-*-[0-9]*-*.jar' | sort)
"$java_home/bin/jlink" --module-path "$java_home/jmods$sep$(echo "$javafx_jars" | paste -sd"$sep" -)" \
  @packaging/jlink.args --output target/runtime
# jlink keeps the JavaFX native libraries of the platform jars inside the module image, from where JavaFX
# would unpack them into the user's home at every first start; put them where the JDK's own libraries are.
natives=target/runtime/lib
[ "$os" = windows ] && natives=target/runtime/bin
mkdir -p target/javafx-natives
for jar in $javafx_jars; do
  (cd target/javafx-natives && "$java_home/bin/jar" xf "../../$jar")
done
find target/javafx-natives -maxdepth 1 \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) -exec cp {} "$natives/" \;
rm -rf target/javafx-natives
# The runtime now holds JavaFX as modules; keep only the application's own jars for the class path.
rm -f "$lib"/javafx-*.jar

packaging/cds/train.sh target/runtime "$lib" target/cds

# The app image, the .msi and the .dmg carry the archive of the runtime's classes, which works wherever
# the app is put; the .deb, whose place is fixed, makes a fuller one at installation (linux/resources/postinst).
mkdir -p target/app/portable
cp "$lib"/*.jar target/cds/hinterland-atlas.jsa target/app/portable/
common=(--runtime-image target/runtime --main-jar "hinterland-atlas-$version.jar" --app-version "$app_version"
  @packaging/jpackage.args)
"$java_home/bin/jpackage" --type app-image --dest target/package --input target/app/portable "${common[@]}" \
  @"packaging/$os/app-image.args"
if [ "$os" = linux ]; then
  # The .deb has no --icon: with one, jpackage adds its own menu entry through xdg-desktop-menu, which fails
  # (and with it dpkg -i and dpkg -r) where there is no desktop menu; postinst installs ours instead.
  mkdir -p target/app/deb
  cp "$lib"/*.jar target/cds/hinterland-atlas.classlist packaging/linux/hinterland-atlas.desktop target/app/deb/
  cp packaging/icon/hinterland-atlas.png target/app/deb/
  "$java_home/bin/jpackage" --type deb --dest target/package --input target/app/deb "${common[@]}" @packaging/linux/deb.args
else
  "$java_home/bin/jpackage" --type "$type" --dest target/package --input target/app/portable "${common[@]}" \
    @"packaging/$os/$type.args"
fi
ls -d target/package/*
