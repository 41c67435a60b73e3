// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Citation;
import org.hinterlandatlas.words.Messages;

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

    /** The entry's problem, told by the message {@code key} of the data bundle. */
    DataException fault(String key, String... arguments) {
        return new DataException(file, entry, Messages.bilingual(key, arguments));
    }

    DataException fault(Bilingual problem) {
        return new DataException(file, entry, problem);
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String text(String field) throws DataException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw fault("data.field.missing", field);
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw fault("data.field.notText", field);
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            throw fault("data.field.empty", field);
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
            throw fault("data.field.notBoolean", field);
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
        throw fault(Messages.perLanguage("data.field.notChoice", field, value,
                Messages.joined(allowed, "data.list.and")));
    }

    static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    List<String> texts(String field) throws DataException {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw fault("data.field.notList", field);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            if (!value.isTextual() || value.asText().isBlank()) {
                throw fault("data.field.listItem", field);
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
            throw fault("data.field.noCitations");
        }
        List<Citation> citations = new ArrayList<>();
        for (JsonNode item : array) {
            EntryReader citation = new EntryReader(file, entry, item);
            citations.add(new Citation(citation.text("source"), citation.optionalText("at")));
        }
        return citations;
    }
}
