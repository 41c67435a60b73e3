// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.Reader;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The installers' arg files and what they name agree with each other and with the code. */
class PackagingFilesTest {

    private static final Path PACKAGING = Path.of("packaging");
    /** The arg files packaging/build.sh passes on each system. */
    private static final Map<String, List<String>> ARG_FILES = Map.of(
            "linux", List.of("app-image", "deb"), "windows", List.of("app-image", "msi"), "macos", List.of("app-image", "dmg"));
    private static final Map<String, byte[]> ICON_MAGIC = Map.of(
            "linux", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "windows", new byte[] {0, 0, 1, 0}, "macos", new byte[] {'i', 'c', 'n', 's'});
    private static final Pattern OPTION = Pattern.compile("(--[a-z-]+)(?:\\s+(\"[^\"]*\"|\\S+))?");

    @Test
    void everyFileAnArgFileNamesExistsAndIconsAreOfTheirSystemsFormat() throws IOException {
        for (var system : ARG_FILES.entrySet()) {
            for (String type : system.getValue()) {
                Path argFile = PACKAGING.resolve(system.getKey()).resolve(type + ".args");
                for (String[] option : options(argFile)) {
                    if (Set.of("--icon", "--license-file", "--file-associations", "--resource-dir").contains(option[0])) {
                        assertTrue(Files.exists(Path.of(option[1])), argFile + " names " + option[1] + ", which is missing");
                    }
                    if (option[0].equals("--icon")) {
                        byte[] head = Arrays.copyOf(Files.readAllBytes(Path.of(option[1])), 4);
                        assertArrayEquals(ICON_MAGIC.get(system.getKey()), head, option[1] + " is not a " + system.getKey() + " icon");
                    }
                }
            }
        }
    }

    @Test
    void theMsiHasAMenuEntryAShortcutAFixedUpgradeCodeAndTheLessonFiles() throws IOException {
        Map<String, String> msi = optionMap(PACKAGING.resolve("windows/msi.args"));
        assertTrue(msi.containsKey("--win-menu") && msi.containsKey("--win-shortcut"), msi.toString());
        String upgrade = msi.get("--win-upgrade-uuid");
        assertEquals(upgrade, UUID.fromString(upgrade).toString());
        for (String system : List.of("windows", "macos")) {
            Properties lessons = properties(Path.of(optionMap(PACKAGING.resolve(system).resolve(
                    system.equals("windows") ? "msi.args" : "dmg.args")).get("--file-associations")));
            assertEquals("hlesson", lessons.getProperty("extension"));
            assertTrue(lessons.getProperty("description").contains("战略腹地图集"), lessons.toString());
            assertTrue(Files.exists(Path.of(lessons.getProperty("icon"))), lessons.getProperty("icon"));
        }
    }

    @Test
    void theRuntimeIsSmallAndHasEveryJdkModuleTheAtlasUses() throws IOException {
        Map<String, String> jlink = optionMap(PACKAGING.resolve("jlink.args"));
        assertTrue(jlink.keySet().containsAll(List.of("--strip-debug", "--no-header-files", "--no-man-pages")), jlink.toString());
        List<String> named = List.of(jlink.get("--add-modules").split(","));
        List<String> jdkModules = named.stream().filter(name -> !name.startsWith("javafx.")).toList();
        Set<String> inRuntime = Configuration.empty().resolve(ModuleFinder.ofSystem(), ModuleFinder.of(), jdkModules)
                .modules().stream().map(ResolvedModule::name).collect(Collectors.toSet());

        Set<String> used = new TreeSet<>();
        Set<String> javaFxPackages = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hinterlandatlas")) {
            type.getDirectDependenciesFromSelf().forEach(dependency -> {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                if (target.getPackageName().startsWith("javafx.")) {
                    javaFxPackages.add(target.getPackageName());
                } else if (!target.isPrimitive()) {
                    moduleOf(target.getName()).ifPresent(used::add);
                }
            });
        }
        used.removeIf(module -> !inRuntimeCandidate(module));
        assertTrue(inRuntime.containsAll(used), "the runtime lacks " + difference(used, inRuntime));
        assertTrue(named.containsAll(List.of("javafx.controls", "javafx.swing")), named.toString());
        // the JavaFX modules the runtime leaves out
        javaFxPackages.forEach(name -> assertTrue(!name.startsWith("javafx.scene.web") && !name.startsWith("javafx.scene.media")
                && !name.startsWith("javafx.fxml"), name + " needs a JavaFX module the runtime does not have"));
    }

    @Test
    void theLaunchersArchiveIsTheOneTheBuildAndTheDebMake() throws IOException {
        String archive = "hinterland-atlas.jsa";
        assertTrue(read(PACKAGING.resolve("jpackage.args")).contains("-XX:SharedArchiveFile=$APPDIR/" + archive));
        assertTrue(read(PACKAGING.resolve("cds/train.sh")).contains("archive=$work/" + archive));
        assertTrue(read(PACKAGING.resolve("build.sh")).contains("target/cds/" + archive));
        String postinst = read(PACKAGING.resolve("linux/resources/postinst"));
        assertTrue(postinst.contains("-XX:SharedArchiveFile=\"$app/lib/app/" + archive + "\""), postinst);
        assertTrue(read(PACKAGING.resolve("linux/resources/prerm")).contains("\"$app/lib/app/" + archive + "\""));
    }

    @Test
    void theDesktopEntryStartsTheInstalledLauncherWithTheInstalledIcon() throws IOException {
        String name = optionMap(PACKAGING.resolve("jpackage.args")).get("--name");
        String packageName = optionMap(PACKAGING.resolve("linux/deb.args")).get("--linux-package-name");
        List<String> entry = Files.readAllLines(PACKAGING.resolve("linux/hinterland-atlas.desktop"));
        assertTrue(entry.contains("Exec=/opt/" + packageName + "/bin/" + name), entry.toString());
        assertTrue(entry.contains("Icon=/opt/" + packageName + "/lib/app/hinterland-atlas.png"), entry.toString());
        assertTrue(read(PACKAGING.resolve("build.sh")).contains("cp packaging/icon/hinterland-atlas.png target/app/deb/"));
        assertTrue(entry.contains("Name=Hinterland Atlas") && entry.contains("Name[zh_CN]=战略腹地图集"), entry.toString());
        assertTrue(read(PACKAGING.resolve("linux/resources/postinst")).contains("/usr/share/applications/hinterland-atlas.desktop"));
        assertTrue(read(PACKAGING.resolve("linux/resources/prerm")).contains("/usr/share/applications/hinterland-atlas.desktop"));
    }

    private static boolean inRuntimeCandidate(String module) {
        return module.startsWith("java.") || module.startsWith("jdk.");
    }

    private static java.util.Optional<String> moduleOf(String className) {
        try {
            Module module = Class.forName(className, false, ClassLoader.getPlatformClassLoader()).getModule();
            return module.isNamed() ? java.util.Optional.of(module.getName()) : java.util.Optional.empty();
        } catch (ClassNotFoundException | LinkageError notInTheJdk) {
            return java.util.Optional.empty();
        }
    }

    private static Set<String> difference(Set<String> wanted, Set<String> present) {
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(present);
        return missing;
    }

    private static List<String[]> options(Path argFile) throws IOException {
        List<String[]> options = new ArrayList<>();
        for (String line : Files.readAllLines(argFile)) {
            Matcher matcher = OPTION.matcher(line.strip());
            if (matcher.matches()) {
                String value = matcher.group(2) == null ? "" : matcher.group(2).replaceAll("^\"|\"$", "");
                options.add(new String[] {matcher.group(1), value});
            }
        }
        return options;
    }

    private static Map<String, String> optionMap(Path argFile) throws IOException {
        return options(argFile).stream().collect(Collectors.toMap(o -> o[0], o -> o[1], (a, b) -> b));
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
