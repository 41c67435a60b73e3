// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.hinterlandatlas.model.Language;
import org.junit.jupiter.api.Test;

/**
 * The JSON reader is strict — nothing after the document, no key twice — and tells every syntax problem in
 * the atlas's own words with its line and column, never in the parser's.
 */
class StrictJsonTest {

    private static DataException failure(String text) {
        return failure(text.getBytes(StandardCharsets.UTF_8));
    }

    private static DataException failure(byte[] bytes) {
        DataFiles files = path -> new ByteArrayInputStream(bytes);
        DataException e = assertThrows(DataException.class, () -> new JsonFiles(files).read("content/views.json"));
        assertEquals("content/views.json", e.file());
        for (Language language : Language.values()) {
            String told = e.describe(language);
            assertFalse(told.contains("Jackson") || told.contains("JsonReadFeature") || told.contains("code ")
                    || told.contains("Feature.") || told.contains("token"), told);
        }
        return e;
    }

    @Test
    void textAfterTheDocumentIsRefusedWithItsPlace() {
        DataException e = failure("{\"views\": []}\n}garbage");
        assertEquals("there is text after the end of the JSON document (line 1, column 14)", e.problem().en());
        assertEquals("JSON 文档结束后仍有文字（第 1 行第 14 列）", e.problem().zh());
        assertEquals("there is text after the end of the JSON document (line 1, column 9)",
                failure("{\"a\": 1} {\"a\": 2}").problem().en());
    }

    @Test
    void aDuplicateKeyIsRefusedWithItsName() {
        DataException e = failure("{\"views\": [],\n \"views\": [1]}");
        assertEquals("the key \"views\" appears twice in one object (line 2, column 2)", e.problem().en());
        assertTrue(e.problem().zh().startsWith("同一对象中键“views”出现两次"), e.problem().zh());
    }

    @Test
    void nanIsToldInTheAtlasWords() {
        DataException e = failure("{\"a\": NaN}");
        assertEquals("malformed JSON (line 1, column 10): NaN and Infinity are not numbers in JSON", e.problem().en());
        assertTrue(failure("{\"a\": -Infinity}").problem().en().endsWith("NaN and Infinity are not numbers in JSON"));
    }

    @Test
    void commonSyntaxErrorsAreToldInTheAtlasWords() {
        assertTrue(failure("{\"a\": 1").problem().en().endsWith("the file ends before the JSON document does"));
        assertTrue(failure("{\"a\": tru}").problem().en().endsWith("\"tru\" is not a JSON value (texts need double quotes)"));
        assertTrue(failure("{\"a\": 1]").problem().en().endsWith("a closing bracket does not match an opening one"));
        assertTrue(failure("{\"a\": 01}").problem().en().endsWith("a number is malformed"));
        assertTrue(failure("{\"a\": \"\u0001\"}").problem().en().endsWith("must be written as an escape"));
        assertTrue(failure("{\"a\": \"\\q\"}").problem().en().endsWith("a backslash escape in a text is malformed"));
        assertTrue(failure("{a: 1}").problem().en().endsWith("unexpected character ‘a’"),
                failure("{a: 1}").problem().en());
        assertTrue(failure(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'}).problem().en()
                .endsWith("the text is not valid UTF-8"));
        assertEquals("the file is not a JSON object", failure("[1]").problem().en());
        assertEquals("the file is not a JSON object", failure("").problem().en());
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        DataException e = failure("{\"a\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        assertEquals("values nest more than 32 deep (line 1, column 38)", e.problem().en());
    }

    @Test
    void aHugeTextOrNumberIsRefused() {
        assertEquals("a text or key is longer than 20000 characters (line 1, column 7)",
                failure("{\"a\": \"" + "x".repeat(20_001) + "\"}").problem().en());
        assertTrue(failure("{\"a\": 1" + "0".repeat(2000) + "}").problem().en()
                .equals("a number is written with more than 40 characters"));
        assertTrue(failure("{\"a\": 1" + "0".repeat(50) + "}").problem().en()
                .startsWith("a number is written with more than 40 characters"));
        assertEquals("a number is too large (line 1, column 7)", failure("{\"a\": 1e999}").problem().en());
    }
}
