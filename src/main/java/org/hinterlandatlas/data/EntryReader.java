// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Citation;

/**
 * Reads the fields of one JSON object (a feature's properties or an entry) and reports a missing or wrong
 * field with the file and the entry's id.
 */
final class EntryReader {

    private final String file;
    private final String entry;
    private final JsonNode node;

    EntryReader(String file, String entry, JsonNode node) {
        this.file = file;
        this.entry = entry;
        this.node = node;
    }

    /** Reads the entry's "id", which names the entry in every later message. */
    static EntryReader identified(String file, String fallbackName, JsonNode node) throws DataException {
        EntryReader anonymous = new EntryReader(file, fallbackName, node);
        return new EntryReader(file, anonymous.text("id"), node);
    }

    String entry() {
        return entry;
    }

    String file() {
        return file;
    }

    JsonNode node() {
        return node;
    }

    DataException problem(String zh, String en) {
        return new DataException(file, entry, new Bilingual(zh, en));
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String text(String field) throws DataException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw problem("缺少字段“" + field + "”", "the field \"" + field + "\" is missing");
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw problem("字段“" + field + "”应为文本", "the field \"" + field + "\" must be a text");
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            throw problem("字段“" + field + "”为空", "the field \"" + field + "\" is empty");
        }
        return text;
    }

    String optionalText(String field) throws DataException {
        return has(field) ? text(field) : "";
    }

    /** Both languages are required: a missing translation is an error, not a fallback. */
    Bilingual bilingual(String zhField, String enField) throws DataException {
        return new Bilingual(text(zhField), text(enField));
    }

    Bilingual name() throws DataException {
        return bilingual("name_zh", "name_en");
    }

    Bilingual description() throws DataException {
        return bilingual("description_zh", "description_en");
    }

    boolean flag(String field) throws DataException {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw problem("字段“" + field + "”应为 true 或 false", "the field \"" + field + "\" must be true or false");
        }
        return value.booleanValue();
    }

    /** Reads a kebab-case value ("under-construction") into the enum constant (UNDER_CONSTRUCTION). */
    <E extends Enum<E>> E choice(String field, Class<E> type) throws DataException {
        String value = text(field);
        for (E constant : type.getEnumConstants()) {
            if (kebab(constant).equals(value)) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(kebab(constant));
        }
        throw problem("字段“" + field + "”的值“" + value + "”无效，应为 " + String.join("、", allowed),
                "\"" + value + "\" is not a valid " + field + "; expected one of " + String.join(", ", allowed));
    }

    static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    List<String> texts(String field) throws DataException {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw problem("字段“" + field + "”应为非空列表", "the field \"" + field + "\" must be a non-empty list");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            if (!value.isTextual() || value.asText().isBlank()) {
                throw problem("字段“" + field + "”含有空值或非文本", "the list \"" + field + "\" holds an empty or non-text value");
            }
            values.add(value.asText().strip());
        }
        return values;
    }

    List<String> optionalTexts(String field) throws DataException {
        return has(field) ? texts(field) : List.of();
    }

    /** Reads "citations": every fact the atlas shows needs at least one. */
    List<Citation> citations() throws DataException {
        JsonNode array = node.get("citations");
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw problem("缺少出处（citations）", "it has no source (\"citations\" is missing or empty)");
        }
        List<Citation> citations = new ArrayList<>();
        for (JsonNode item : array) {
            EntryReader citation = new EntryReader(file, entry, item);
            citations.add(new Citation(citation.text("source"), citation.optionalText("at")));
        }
        return citations;
    }
}
