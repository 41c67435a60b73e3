// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing golden case leaves its output and a diff where its message says, and a passing one clears them. */
class GoldenTest {

    private static final String SVG_CASE = "chengdu-chongqing-small-svg";
    private static final String PNG_CASE = "chengdu-chongqing-small-png";

    @TempDir
    Path failures;

    @Test
    void aChangedTextWritesTheOutputAndAUnifiedDiff() throws IOException {
        Golden golden = Golden.checkOnly(SVG_CASE, "expected.svg", failures);
        String expected = new String(stored(golden), StandardCharsets.UTF_8);
        String changed = expected.replaceFirst("成渝双核", "成渝双城");

        AssertionError failure = assertThrows(AssertionError.class, () -> golden.assertText(changed));

        Path folder = failures.resolve(SVG_CASE);
        assertTrue(failure.getMessage().contains(folder.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("the first change is at @@ -"), failure.getMessage());
        assertEquals(changed, Files.readString(folder.resolve("actual.svg")));
        String diff = Files.readString(folder.resolve("expected-vs-actual.diff"));
        assertTrue(diff.startsWith("--- golden/" + SVG_CASE + "/expected.svg\n+++ actual/expected.svg\n@@ "), diff);
        assertTrue(diff.lines().anyMatch(line -> line.startsWith("-") && line.contains("成渝双核")), diff);
        assertTrue(diff.lines().anyMatch(line -> line.startsWith("+") && line.contains("成渝双城")), diff);

        golden.assertText(expected);
        assertFalse(Files.exists(folder.resolve("actual.svg")), "a passing case clears an earlier failure");
    }

    @Test
    void aChangedImageWritesTheOutputAndADiffImageWithTheChangeInRed() throws IOException {
        Golden golden = Golden.checkOnly(PNG_CASE, "expected.png", failures);
        BufferedImage expected = ImageIO.read(new ByteArrayInputStream(stored(golden)));
        BufferedImage changed = copy(expected);
        Graphics2D g = changed.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(10, 20, 30, 40);
        g.dispose();

        AssertionError failure = assertThrows(AssertionError.class, () -> golden.assertImage(changed, 8));

        Path folder = failures.resolve(PNG_CASE);
        assertTrue(failure.getMessage().contains(folder.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains(" pixels differ by more than 8"), failure.getMessage());
        BufferedImage written = ImageIO.read(folder.resolve("actual.png").toFile());
        assertEquals(Color.BLUE.getRGB(), written.getRGB(25, 40));
        BufferedImage diff = ImageIO.read(folder.resolve("diff.png").toFile());
        assertEquals(0xFFFF0000, diff.getRGB(25, 40), "a changed pixel is red");
        assertTrue(diff.getRGB(5, 5) != 0xFFFF0000, "an unchanged pixel is not");
        // every channel a little off stays within the tolerance
        golden.assertImage(darker(expected, 5), 8);
    }

    @Test
    void aCaseWithoutItsExpectedFileSaysSoAndKeepsTheOutput() throws IOException {
        Golden golden = Golden.checkOnly("no-such-case", "expected.svg", failures);
        AssertionError failure = assertThrows(AssertionError.class, () -> golden.assertText("<svg/>\n"));
        assertTrue(failure.getMessage().startsWith("golden/no-such-case/expected.svg does not exist"), failure.getMessage());
        assertEquals("<svg/>\n", Files.readString(failures.resolve("no-such-case").resolve("actual.svg")));
    }

    private static byte[] stored(Golden golden) throws IOException {
        try (InputStream in = GoldenTest.class.getClassLoader().getResourceAsStream(golden.resource())) {
            return in.readAllBytes();
        }
    }

    private static BufferedImage darker(BufferedImage image, int steps) {
        BufferedImage darker = copy(image);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                darker.setRGB(x, y, new Color(Math.max(0, c.getRed() - steps), Math.max(0, c.getGreen() - steps),
                        Math.max(0, c.getBlue() - steps)).getRGB());
            }
        }
        return darker;
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copy;
    }
}
