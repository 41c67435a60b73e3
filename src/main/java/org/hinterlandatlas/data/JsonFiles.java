// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.words.Messages;

/**
 * Reads a data file as a JSON tree, turning I/O and syntax errors into {@link DataException}s. The tree is
 * built straight from Jackson's streaming parser, as {@code ObjectMapper.readTree} builds it (the same node
 * types, the last of two equal keys kept), without setting up an ObjectMapper: that set-up was a tenth of
 * a figure command's time.
 */
final class JsonFiles {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DataFiles files;

    JsonFiles(DataFiles files) {
        this.files = files;
    }

    JsonNode read(String path) throws DataException {
        try (InputStream in = files.open(path); JsonParser parser = FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            JsonNode root = first == null ? null : value(parser, first);
            if (root == null || !root.isObject()) {
                throw new DataException(path, "", Messages.bilingual("data.file.notObject"));
            }
            return root;
        } catch (FileNotFoundException e) {
            throw new DataException(path, "", Messages.bilingual("data.file.missing"), e);
        } catch (JsonProcessingException e) {
            Bilingual problem = e.getLocation() == null
                    ? Messages.bilingual("data.file.malformed", e.getOriginalMessage())
                    : Messages.bilingual("data.file.malformedAt", e.getOriginalMessage(),
                            String.valueOf(e.getLocation().getLineNr()), String.valueOf(e.getLocation().getColumnNr()));
            throw new DataException(path, "", problem, e);
        } catch (IOException e) {
            throw new DataException(path, "", Messages.bilingual("data.file.unreadable", e.getMessage()), e);
        }
    }

    /** The value that starts at the current token, read to its end. */
    static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(parser, "unexpected " + token);
        };
    }
}
