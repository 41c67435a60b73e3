// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.hinterlandatlas.fuzz.FuzzRun;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.ZoomBand;
import org.hinterlandatlas.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every loader of the atlas's data, fed mutated and random versions of each shipped file it reads (one file
 * changed at a time, the others as shipped): each input loads or is refused with a {@link DataException}
 * in the atlas's own words — never another exception, a hang or an out-of-memory error. A loader's inputs
 * ({@code fuzz.tries}) are shared among its files.
 */
class LoaderFuzzTest {

    /** The shipped files, read once: a fuzz run reads them thousands of times. */
    private static final Map<String, byte[]> SHIPPED = new HashMap<>();
    /** The base map, loaded once, that the content's cross-checks run against. */
    private static BaseMapLoader.Result base;

    @BeforeAll
    static void loadTheBaseMapOnce() throws DataException {
        base = new BaseMapLoader(new JsonFiles(LoaderFuzzTest::open)).load();
    }

    @Test
    void baseMapLayers() {
        fuzz("geodata-base", List.of(BaseLayerId.PROVINCES, BaseLayerId.RIVERS, BaseLayerId.LAKES,
                BaseLayerId.PREFECTURE_LINES, BaseLayerId.CIRCLE, BaseLayerId.MARITIME).stream()
                .map(layer -> BaseMapLoader.path(layer, ZoomBand.LO)).toList(), (path, files) -> {
                    BaseLayerId layer = List.of(BaseLayerId.values()).stream()
                            .filter(l -> BaseMapLoader.path(l, ZoomBand.LO).equals(path)).findFirst().orElseThrow();
                    new BaseMapLoader(new JsonFiles(files)).layer(layer, ZoomBand.LO, new HashMap<>());
                });
    }

    @Test
    void thematicLayers() {
        fuzzAtlas("geodata-thematic", List.of(ContentLoader.PLACES, ContentLoader.CORRIDORS, ContentLoader.MEMBERSHIP,
                ContentLoader.CLUSTERS, ContentLoader.HISTORY_SITES, ContentLoader.MEASURE_SITES));
    }

    @Test
    void sourcesAndViews() {
        fuzzAtlas("content", List.of(ContentLoader.SOURCES, ContentLoader.VIEWS));
    }

    @Test
    void story() {
        fuzzAtlas("story", List.of(StoryLoader.DEFINITION, StoryLoader.PHASES, StoryLoader.TIMELINE));
    }

    @Test
    void evidence() {
        fuzzAtlas("evidence", List.of(EvidenceLoader.FIGURES, EvidenceLoader.TABLE2, EvidenceLoader.CLAIMS,
                EvidenceLoader.PATHS));
    }

    @Test
    void flows() {
        fuzzAtlas("flows", List.of(FlowLoader.FLOWS));
    }

    @Test
    void styleAndThemes() {
        fuzz("style", List.of(StyleLoader.DEFAULT_STYLE, "styles/map-style-dark.json",
                "styles/map-style-high-contrast.json"), (path, files) -> {
                    StyleLoader loader = new StyleLoader(files, StyleLoader.DEFAULT_STYLE);
                    if (path.equals(StyleLoader.DEFAULT_STYLE)) {
                        loader.load();
                    } else {
                        loader.load(path);
                    }
                });
    }

    /**
     * The packed base map the build ships: the header's length and checksum are made to match each mutated
     * payload, so the mutations reach the reader behind the checksum.
     */
    @Test
    void packedBand() {
        String path = PackedBaseMap.path(ZoomBand.LO);
        FuzzRun.of("packed-base", PackedBaseMap.Damaged.class, bytes -> {
            if (bytes.length >= PACKED_HEADER) {
                ByteBuffer header = ByteBuffer.wrap(bytes);
                CRC32 crc = new CRC32();
                crc.update(bytes, PACKED_HEADER, bytes.length - PACKED_HEADER);
                header.putInt(PACKED_HEADER - 12, bytes.length - PACKED_HEADER).putLong(PACKED_HEADER - 8, crc.getValue());
            }
            PackedBaseMap.read(new ByteArrayInputStream(bytes));
        }).run(shipped(path));
    }

    /** The packed header: the magic (6 bytes), the version, the payload's length and its CRC-32. */
    private static final int PACKED_HEADER = 6 + 4 + 4 + 8;

    /** What one input does: load with {@code files}, in which {@code path} holds the input. */
    @FunctionalInterface
    private interface Load {
        void run(String path, DataFiles files) throws Exception;
    }

    private static void fuzzAtlas(String name, List<String> paths) {
        fuzz(name, paths, (path, files) -> new AtlasLoader(files).load(base));
    }

    private static void fuzz(String name, List<String> paths, Load load) {
        int tries = Integer.getInteger("fuzz.tries", 300);
        int inputs = 0;
        int loaded = 0;
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            try {
                load.run(path, with(path, shipped(path)));
            } catch (Exception e) {
                throw new AssertionError("the shipped " + path + " loads before it is mutated", e);
            }
            // the loader's inputs shared among its files, the first ones taking what does not divide
            int share = tries / paths.size() + (i < tries % paths.size() ? 1 : 0);
            String runName = name + "-" + path.substring(path.lastIndexOf('/') + 1);
            FuzzRun.Report report = FuzzRun.of(runName, DataException.class, bytes -> load.run(path, with(path, bytes)))
                    .clearWhen(e -> ownWords(path, (DataException) e)).tries(share).run(shipped(path));
            inputs += report.inputs();
            loaded += report.loaded();
        }
        assertEquals(tries, inputs);
        System.out.println("fuzz " + name + " in all: " + inputs + " inputs, " + loaded + " loaded, "
                + (inputs - loaded) + " refused with a clear error, 0 other");
        assertTrue(inputs - loaded > 0, "the mutations reach the checks");
    }

    /**
     * A clear error names a file, never comes from the safety net that names the file being read, and
     * says nothing in the parser's terms.
     */
    private static boolean ownWords(String path, DataException e) {
        String told = e.describe(Language.EN) + e.describe(Language.ZH);
        return !e.file().isEmpty() && !e.problem().en().startsWith("the atlas could not check")
                && !told.contains("Jackson") && !told.contains("JsonReadFeature") && !told.contains("StreamRead")
                && !told.contains("com.fasterxml") && !told.contains("(code ") && !told.contains("Exception");
    }

    private static DataFiles with(String path, byte[] bytes) {
        return file -> file.equals(path) ? new ByteArrayInputStream(bytes) : open(file);
    }

    private static byte[] shipped(String path) {
        synchronized (SHIPPED) {
            return SHIPPED.computeIfAbsent(path, p -> {
                try (InputStream in = new ClasspathDataFiles().open(p)) {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static InputStream open(String path) throws IOException {
        try {
            return new ByteArrayInputStream(shipped(path));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof FileNotFoundException missing) {
                throw missing;
            }
            throw e.getCause();
        }
    }
}
