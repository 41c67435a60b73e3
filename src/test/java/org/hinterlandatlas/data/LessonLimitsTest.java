// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every limit of a lesson file is the reader's own message naming the file, and strict JSON: what is over
 * a limit is left out and said, the rest of the lesson is kept (decision 0040).
 */
class LessonLimitsTest {

    private final LessonFiles files = new LessonFiles(ShippedAtlas.atlas().content());

    private static String lesson(String... steps) {
        return "{\"schema\":1,\"title\":{\"zh\":\"课\",\"en\":\"Lesson\"},\"steps\":[" + String.join(",", steps) + "]}";
    }

    private static String step(String id, String extra) {
        return "{\"id\":\"" + id + "\",\"map\":{\"state\":\"circle\"},\"caption\":{\"zh\":\"\",\"en\":\"\"}" + extra + "}";
    }

    private static String stroke(int points, double width) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < points; i++) {
            line.append(i == 0 ? "" : ",").append("[104,30]");
        }
        return "{\"kind\":\"pen\",\"colour\":\"#000000\",\"width\":" + width + ",\"points\":[" + line + "]}";
    }

    private LessonRead read(String text) throws DataException {
        return files.read("limits.hlesson", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String told(LessonRead read) {
        String en = read.describe(Language.EN);
        assertTrue(en.startsWith("limits.hlesson"), en);
        assertTrue(read.describe(Language.ZH).startsWith("limits.hlesson"));
        return en;
    }

    @Test
    void stepsOverTheLimitAreLeftOutAndCounted() throws DataException {
        String[] steps = new String[LessonFiles.MAX_STEPS + 5];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = step("s" + i, "");
        }
        LessonRead read = read(lesson(steps));
        assertEquals(LessonFiles.MAX_STEPS, read.lesson().steps().size());
        assertTrue(told(read).contains("has 1005 steps; only the first 1000 are kept"), told(read));
    }

    @Test
    void annotationsAndPointsOverTheLimitAreDroppedFromTheirStep() throws DataException {
        String many = String.join(",", java.util.Collections.nCopies(LessonFiles.MAX_ANNOTATIONS + 1, stroke(2, 3)));
        LessonRead read = read(lesson(step("ink", ",\"annotations\":[" + many + "]"),
                step("long", ",\"annotations\":[" + stroke(LessonFiles.MAX_POINTS + 1, 3) + "]")));
        assertEquals(List.of("ink", "long"), read.lesson().steps().stream().map(LessonStep::id).toList());
        assertEquals(LessonFiles.MAX_ANNOTATIONS, read.lesson().steps().get(0).annotations().size());
        assertEquals(0, read.lesson().steps().get(1).annotations().size());
        String text = told(read);
        assertTrue(text.contains("2001 annotations; only the first 2000"), text);
        assertTrue(text.contains("100001 points, more than the 100000"), text);
    }

    @Test
    void numbersOutOfRangeAreNamedWithTheirLimit() throws DataException {
        LessonRead read = read(lesson(step("wide", ",\"annotations\":[" + stroke(2, 1e308) + ","
                + "{\"kind\":\"text\",\"colour\":\"#000000\",\"size\":501,\"at\":[104,30],\"text\":\"x\"}]")));
        String text = told(read);
        assertTrue(text.contains("\"width\" must be a number above 0 and at most 200"), text);
        assertTrue(text.contains("\"size\" must be a number above 0 and at most 500"), text);
        assertThrows(DataException.class, () -> read("{\"schema\":1" + "0".repeat(100) + "}"));
    }

    @Test
    void stringsOverTheirLimitLeaveTheirStepOut() throws DataException {
        String longCaption = "{\"id\":\"c\",\"map\":{\"state\":\"circle\"},\"caption\":{\"zh\":\"\",\"en\":\""
                + "x".repeat(LessonFiles.MAX_TEXT_CHARS + 1) + "\"}}";
        LessonRead read = read(lesson(step("kept", ""), longCaption, step("i".repeat(LessonFiles.MAX_NAME_CHARS + 1), "")));
        assertEquals(List.of("kept"), read.lesson().steps().stream().map(LessonStep::id).toList());
        String text = told(read);
        assertTrue(text.contains("\"caption\" is longer than 100000 characters"), text);
        assertTrue(text.contains("\"id\" is longer than 500 characters"), text);
    }

    @Test
    void textAfterTheLessonIsReportedAndTheLessonKept() throws DataException {
        LessonRead read = read(lesson(step("a", "")) + "}garbage");
        assertEquals(1, read.lesson().steps().size());
        assertTrue(told(read).contains("more text after the end of the lesson"), told(read));
        assertTrue(read.describe(Language.ZH).contains("课程结束之后"));
    }

    @Test
    void aKeyTwiceIsAnErrorInTheAtlasWordsNotTheLastOneWinning() throws DataException {
        LessonRead read = read(lesson(step("a", ""), step("b", ",\"caption\":{\"zh\":\"\",\"en\":\"\"}")));
        assertEquals(List.of("a"), read.lesson().steps().stream().map(LessonStep::id).toList());
        String text = told(read);
        assertTrue(text.contains("the key \"caption\" appears twice in one object"), text);
        assertTrue(!text.contains("Duplicate field"), "Jackson's own words stay out: " + text);
    }

    @Test
    void nestingBeyondTheLimitIsNamed() throws DataException {
        String deep = "[".repeat(LessonFiles.MAX_DEPTH + 5) + "]".repeat(LessonFiles.MAX_DEPTH + 5);
        LessonRead read = read(lesson(step("a", ""), step("b", ",\"x\":" + deep)));
        assertEquals(1, read.lesson().steps().size());
        assertTrue(told(read).contains("nests deeper than 32 levels"), told(read));
    }

    @Test
    void aFolderOrPipeIsNotReadAsALesson(@TempDir Path folder) throws Exception {
        Path sub = Files.createDirectory(folder.resolve("week.hlesson"));
        DataException e = assertThrows(DataException.class, () -> files.read(sub));
        assertTrue(e.problem().en().contains("not an ordinary file"), e.problem().en());
    }

    @Test
    void aLongListOfProblemsIsCutInTheMessage() throws DataException {
        String[] steps = new String[60];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = "{\"id\":\"s" + i + "\",\"map\":{\"state\":\"nowhere\"}}";
        }
        String text = told(read(lesson(steps)));
        assertEquals(LessonFiles.PROBLEMS_SHOWN, text.lines().filter(l -> l.startsWith("· ")).count());
        assertTrue(text.endsWith("… and 30 more"), text);
    }
}
