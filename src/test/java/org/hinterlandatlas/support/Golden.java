// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.support;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * A golden case: one folder under {@code src/test/resources/golden/} holding the expected output of a fixed
 * input. A case that no longer matches writes what it got and the difference to
 * {@code target/golden-failures/CASE/} and names them in its failure, so the change can be looked at rather
 * than guessed from an assertion. {@code -Dgolden.update=true} rewrites the expected file after an intended
 * change; the diff of the commit is then the review.
 */
public final class Golden {

    private static final Path SOURCES = Path.of("src", "test", "resources", "golden");
    private static final Path FAILURES = Path.of("target", "golden-failures");
    /** Lines of context around each change in a text diff, as {@code diff -u} gives. */
    private static final int CONTEXT = 3;
    /** The colour of a pixel that differs, in the diff image. */
    private static final int MARK = 0xFF0000;

    private final String name;
    private final String file;
    private final Path failures;
    private final boolean updatable;

    private Golden(String name, String file, Path failures, boolean updatable) {
        this.name = name;
        this.file = file;
        this.failures = failures;
        this.updatable = updatable;
    }

    /** The case of that folder, its expected output in {@code file} (e.g. {@code expected.svg}). */
    public static Golden of(String name, String file) {
        return new Golden(name, file, FAILURES, true);
    }

    /**
     * The same case with its failures written elsewhere and never updated: for the test of this class, which
     * compares wrong outputs on purpose.
     */
    static Golden checkOnly(String name, String file, Path failures) {
        return new Golden(name, file, failures, false);
    }

    /** The classpath resource of the expected output. */
    String resource() {
        return "golden/" + name + "/" + file;
    }

    /**
     * Asserts that a text output (SVG, JSON…) equals the expected file character for character; on a
     * difference writes {@code actual.EXT} and {@code expected-vs-actual.diff} (unified).
     */
    public void assertText(String actual) {
        updateIfAsked(actual.getBytes(StandardCharsets.UTF_8));
        byte[] stored = expected();
        String expected = stored == null ? "" : new String(stored, StandardCharsets.UTF_8);
        if (expected.equals(actual)) {
            return;
        }
        List<String> expectedLines = expected.lines().toList();
        List<String> actualLines = actual.lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(resource(), "actual/" + file, expectedLines,
                DiffUtils.diff(expectedLines, actualLines), CONTEXT);
        Path folder = failureFolder();
        write(folder.resolve(actualName()), actual.getBytes(StandardCharsets.UTF_8));
        Path diffFile = write(folder.resolve("expected-vs-actual.diff"), String.join("\n", diff).concat("\n")
                .getBytes(StandardCharsets.UTF_8));
        throw new AssertionError(problem(stored, firstChange(diff) + "; the output and a unified diff are in "
                + folder + " (" + actualName() + ", " + diffFile.getFileName() + ")"));
    }

    /**
     * Asserts that an image equals the expected PNG pixel for pixel, allowing each channel to differ by
     * {@code tolerance} (anti-aliasing of one JDK against another); on a difference writes {@code actual.png}
     * and {@code diff.png}, the expected image faded with every differing pixel in red.
     */
    public void assertImage(BufferedImage actual, int tolerance) {
        updateIfAsked(png(actual));
        byte[] stored = expected();
        BufferedImage expected = stored == null ? null : readPng(stored);
        Path folder = failureFolder();
        if (expected == null || expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            write(folder.resolve(actualName()), png(actual));
            String size = expected == null ? "" : "the size is " + actual.getWidth() + " x " + actual.getHeight()
                    + " px, not " + expected.getWidth() + " x " + expected.getHeight() + "; ";
            throw new AssertionError(problem(stored, size + "the output is in " + folder.resolve(actualName())));
        }
        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int want = expected.getRGB(x, y);
                boolean same = maxChannelDifference(want, actual.getRGB(x, y)) <= tolerance;
                diff.setRGB(x, y, same ? faded(want) : MARK);
                differing += same ? 0 : 1;
            }
        }
        if (differing == 0) {
            return;
        }
        write(folder.resolve(actualName()), png(actual));
        write(folder.resolve("diff.png"), png(diff));
        throw new AssertionError(problem(stored, differing + " of " + (long) actual.getWidth() * actual.getHeight()
                + " pixels differ by more than " + tolerance + "; the output and a diff image (differences in red)"
                + " are in " + folder + " (" + actualName() + ", diff.png)"));
    }

    private String problem(byte[] stored, String detail) {
        return (stored == null ? resource() + " does not exist" : "the output differs from " + resource())
                + ": " + detail + ". If the change is intended, rerun with -Dgolden.update=true and review the diff.";
    }

    /** Rewrites the expected file when asked to, and clears what an earlier failure of the case left. */
    private void updateIfAsked(byte[] actual) {
        if (updatable && Boolean.getBoolean("golden.update")) {
            write(SOURCES.resolve(name).resolve(file), actual);
        }
        try (Stream<Path> left = Files.exists(failureFolder()) ? Files.list(failureFolder()) : Stream.empty()) {
            for (Path stale : left.toList()) {
                Files.delete(stale);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] expected() {
        try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(resource())) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path failureFolder() {
        return failures.resolve(name);
    }

    /** {@code actual.svg} beside {@code expected.svg}. */
    private String actualName() {
        int dot = file.lastIndexOf('.');
        return "actual" + (dot < 0 ? "" : file.substring(dot));
    }

    /** Where the first hunk starts, from its {@code @@ -l,s +l,s @@} header. */
    private static String firstChange(List<String> diff) {
        return diff.stream().filter(line -> line.startsWith("@@")).findFirst()
                .map(header -> "the first change is at " + header).orElse("the texts differ in their line ends");
    }

    private static int maxChannelDifference(int a, int b) {
        int max = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            max = Math.max(max, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        }
        return max;
    }

    /** The expected pixel at a third of its contrast against white, so the red marks stand out. */
    private static int faded(int rgb) {
        int result = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int channel = (rgb >> shift) & 0xFF;
            result |= (255 - (255 - channel) / 3) << shift;
        }
        return result;
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage readPng(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path path, byte[] bytes) {
        try {
            Files.createDirectories(path.getParent());
            return Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
