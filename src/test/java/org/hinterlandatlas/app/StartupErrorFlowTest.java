// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A broken data file stops start-up with a message in the window, not a stack trace or a half map. */
class StartupErrorFlowTest {

    @TempDir
    Path data;

    @Test
    void aBrokenPlacesFileIsExplainedInTheWindow() throws Exception {
        // given a copy of the shipped data in which a place lies at longitude 204
        copyShippedData(data);
        Path places = data.resolve("geodata/thematic/places.geojson");
        Files.writeString(places, Files.readString(places).replaceFirst("104\\.06667", "204.06667"));

        // when the atlas starts on that data
        FxToolkit.registerPrimaryStage();
        AtlasApp app = (AtlasApp) FxToolkit.setupApplication(AtlasApp.class, "--data-dir=" + data);
        FxRobot robot = new FxRobot();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#startup-error").tryQuery().isPresent());

            // then the window names the file, the feature and the problem in both languages, and shows no map
            VBox error = robot.lookup("#startup-error").queryAs(VBox.class);
            String text = String.join("\n", robot.from(error).lookup(".label").queryAllAs(Label.class)
                    .stream().map(Label::getText).toList());
            assertTrue(text.contains("geodata/thematic/places.geojson"), text);
            assertTrue(text.contains("chengdu"), text);
            assertTrue(text.contains("longitude 204.06667 is outside -180..180"), text);
            assertTrue(text.contains("经度 204.06667 超出"), text);
            assertTrue(app.window() == null);
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private static void copyShippedData(Path target) throws IOException, URISyntaxException {
        Path root = Path.of(StartupErrorFlowTest.class.getResource("/content/sources.json").toURI()).getParent().getParent();
        for (String folder : new String[] {"content", "geodata", "styles"}) {
            try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path copy = target.resolve(root.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    Files.write(copy, Files.readAllBytes(file));
                }
            }
        }
        assertTrue(Files.readString(target.resolve("content/sources.json"), StandardCharsets.UTF_8).contains("sources"));
    }
}
