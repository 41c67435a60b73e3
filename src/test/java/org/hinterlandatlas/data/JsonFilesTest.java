// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tree read from the streaming parser is the tree ObjectMapper reads, for every shipped JSON file. */
class JsonFilesTest {

    @Test
    void everyShippedFileReadsAsObjectMapperReadsIt() throws Exception {
        Path classes = Path.of(getClass().getClassLoader().getResource("styles/map-style.json").toURI())
                .getParent().getParent();
        List<String> paths = shippedJson(classes);
        assertTrue(paths.size() > 40, "the shipped JSON files were found: " + paths.size());
        ObjectMapper mapper = new ObjectMapper();
        JsonFiles json = new JsonFiles(new ClasspathDataFiles());
        for (String path : paths) {
            try (InputStream in = new ClasspathDataFiles().open(path)) {
                assertEquals(mapper.readTree(in), json.read(path), path);
            }
        }
    }

    private static List<String> shippedJson(Path classes) throws Exception {
        try (Stream<Path> walk = Files.walk(classes)) {
            return walk.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".geojson"))
                    .map(f -> classes.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void numbersKeepTheirKinds() throws Exception {
        String text = "{\"i\": 7, \"l\": 12345678901, \"b\": 123456789012345678901234567890, \"d\": 2.5,"
                + " \"e\": 1e3, \"t\": true, \"n\": null, \"s\": \"成都\", \"a\": [1, [2], {}]}";
        DataFiles files = path -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(new ObjectMapper().readTree(text), new JsonFiles(files).read("x.json"));
    }
}
