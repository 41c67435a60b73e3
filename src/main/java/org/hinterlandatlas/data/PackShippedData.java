// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hinterlandatlas.geo.ZoomBand;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.style.MapStyle;

/**
 * The build step that checks the shipped data once, so the atlas need not at every start: it loads the
 * whole atlas and the style from the build's output folder with every check, and then writes the packed
 * base map bands, the packed content and the packed style there (see {@link PackedBaseMap},
 * {@link PackedRecordFile}). A problem fails the build with the message the window
 * would show. Skipped when the packed files are newer than every data file and than this code.
 */
public final class PackShippedData {

    private PackShippedData() {
    }

    /**
     * The build's classes folder, which holds content/, geodata/ and styles/, is the system property
     * {@code pack.classes} (not an argument: Maven hands {@code -Dexec.args} to every exec:java run).
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(System.getProperty("pack.classes", "target/classes"));
        if (upToDate(classes)) {
            return;
        }
        DataFiles files = new DirectoryDataFiles(classes);
        Atlas atlas;
        MapStyle style;
        try {
            style = new StyleLoader(files, StyleLoader.DEFAULT_STYLE).load();
            atlas = new AtlasLoader(files).load();
        } catch (DataException e) {
            throw new IllegalStateException("The shipped data does not pass its checks: "
                    + e.describe(Language.EN), e);
        }
        Files.createDirectories(classes.resolve(PackedBaseMap.FOLDER));
        for (ZoomBand band : ZoomBand.values()) {
            write(classes.resolve(PackedBaseMap.path(band)), out -> PackedBaseMap.write(atlas.baseMap(), band, out));
        }
        write(classes.resolve(PackedRecordFile.CONTENT.path()), out -> PackedRecordFile.CONTENT.write(atlas.content(), out));
        write(classes.resolve(PackedRecordFile.STYLE.path()), out -> PackedRecordFile.STYLE.write(style, out));
    }

    private interface Packer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes beside the target and moves it over, so a stopped build leaves no half-written pack. */
    private static void write(Path target, Packer packer) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            packer.write(out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean upToDate(Path classes) throws IOException {
        FileTime oldestPack = null;
        List<String> packs = new ArrayList<>();
        for (ZoomBand band : ZoomBand.values()) {
            packs.add(PackedBaseMap.path(band));
        }
        packs.add(PackedRecordFile.CONTENT.path());
        packs.add(PackedRecordFile.STYLE.path());
        for (String path : packs) {
            Path pack = classes.resolve(path);
            if (!Files.isRegularFile(pack)) {
                return false;
            }
            FileTime time = Files.getLastModifiedTime(pack);
            oldestPack = oldestPack == null || time.compareTo(oldestPack) < 0 ? time : oldestPack;
        }
        FileTime newestInput = FileTime.fromMillis(0);
        for (String folder : new String[] {"content", "geodata", "styles", "org/hinterlandatlas/data", "org/hinterlandatlas/geo",
                "org/hinterlandatlas/model", "org/hinterlandatlas/style"}) {
            Path root = classes.resolve(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)
                        .filter(f -> !f.startsWith(classes.resolve(PackedBaseMap.FOLDER)))::iterator) {
                    FileTime time = Files.getLastModifiedTime(file);
                    newestInput = time.compareTo(newestInput) > 0 ? time : newestInput;
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return newestInput.compareTo(oldestPack) < 0;
    }
}
