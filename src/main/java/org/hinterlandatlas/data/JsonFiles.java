// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
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
import java.util.function.LongSupplier;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.words.Messages;

/**
 * Reads a data file as a JSON tree, strictly, within the limits of {@link DataLimits}: the file's size,
 * the nesting depth, the length of a text or a number, and the time of the whole load this reader serves.
 * Nothing may follow the document and no object may name a key twice. Every problem is a
 * {@link DataException} in the atlas's own words with the line and column: none of the parser's wording
 * reaches the user.
 * <p>
 * The tree is built straight from Jackson's streaming parser (the node types {@code ObjectMapper.readTree}
 * makes) without setting up an ObjectMapper: that set-up was a tenth of a figure command's time.
 */
final class JsonFiles {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** How many tokens are read between two looks at the clock. */
    private static final int TOKENS_PER_CLOCK_CHECK = 4096;

    private final DataFiles files;
    private final LongSupplier nanoClock;
    private long started = Long.MIN_VALUE;
    /** The file read last: the one a failure below the loaders' own checks is told against. */
    private String current = "";

    JsonFiles(DataFiles files) {
        this(files, System::nanoTime);
    }

    /** @param nanoClock the clock of the time limit, in nanoseconds; it starts at the first file read */
    JsonFiles(DataFiles files, LongSupplier nanoClock) {
        this.files = files;
        this.nanoClock = nanoClock;
    }

    /** A load that reads files with this reader and fails only with a {@link DataException}. */
    @FunctionalInterface
    interface Load<T> {
        T run() throws DataException;
    }

    /**
     * Runs a whole load so that nothing escapes it but a {@link DataException}: should a check below the
     * loaders' own ever fail in another way, the file being read is named rather than a stack trace shown.
     * The fuzz tests hold the loaders to never needing this.
     */
    <T> T guarded(Load<T> load) throws DataException {
        try {
            return load.run();
        } catch (RuntimeException | StackOverflowError e) {
            throw new DataException(current, "", Messages.bilingual("data.loader.unchecked",
                    e.getClass().getSimpleName()), e);
        }
    }

    JsonNode read(String path) throws DataException {
        current = path;
        checkTime(path);
        byte[] bytes = bytes(path);
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            JsonNode root = new TreeBuilder(path, parser).document();
            if (root == null || !root.isObject()) {
                throw new DataException(path, "", Messages.bilingual("data.file.notObject"));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new DataException(path, "", JsonProblems.describe(e), e);
        } catch (IOException | RuntimeException e) {
            // the parser reads from memory: anything it throws is about the text, never the disk
            throw new DataException(path, "", Messages.perLanguage("data.file.malformed",
                    Messages.bilingual("data.json.why.other")), e);
        }
    }

    /** Fails when the load has taken longer than {@link DataLimits#LOAD_TIME}; starts the clock at the first call. */
    void checkTime(String path) throws DataException {
        long now = nanoClock.getAsLong();
        if (started == Long.MIN_VALUE) {
            started = now;
        } else if (now - started > DataLimits.LOAD_TIME.toNanos()) {
            throw new DataException(path, "", Messages.bilingual("data.limit.time",
                    String.valueOf(DataLimits.LOAD_TIME.toSeconds())));
        }
    }

    private byte[] bytes(String path) throws DataException {
        int limit = DataLimits.fileBytes(path);
        try (InputStream in = files.open(path)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new DataException(path, "", Messages.bilingual("data.limit.fileSize", String.valueOf(limit),
                        String.valueOf(limit / (1024 * 1024))));
            }
            return bytes;
        } catch (FileNotFoundException e) {
            throw new DataException(path, "", Messages.bilingual("data.file.missing"), e);
        } catch (IOException e) {
            throw new DataException(path, "", Messages.bilingual("data.file.unreadable",
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** Builds the tree of one document, checking each token against the limits. */
    private final class TreeBuilder {

        private final String path;
        private final JsonParser parser;
        private int tokens;

        TreeBuilder(String path, JsonParser parser) {
            this.path = path;
            this.parser = parser;
        }

        JsonNode document() throws IOException, DataException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            JsonNode root = value(first, 1);
            JsonLocation end = parser.currentLocation();
            JsonToken after;
            try {
                after = parser.nextToken();
            } catch (JsonProcessingException e) {
                after = JsonToken.NOT_AVAILABLE;
            }
            if (after != null) {
                throw fault(end, "data.json.trailing");
            }
            return root;
        }

        private JsonNode value(JsonToken token, int depth) throws IOException, DataException {
            if (++tokens % TOKENS_PER_CLOCK_CHECK == 0) {
                checkTime(path);
            }
            boolean opens = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
            if (opens && depth > DataLimits.NESTING_DEPTH) {
                throw fault(parser.currentTokenLocation(), "data.limit.depth",
                        String.valueOf(DataLimits.NESTING_DEPTH));
            }
            return switch (token) {
                case START_OBJECT -> {
                    ObjectNode object = NODES.objectNode();
                    for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                        String name = text(parser.currentName());
                        if (object.has(name)) {
                            throw fault(parser.currentTokenLocation(), "data.json.duplicateKey", shortened(name));
                        }
                        object.set(name, value(parser.nextToken(), depth + 1));
                    }
                    yield object;
                }
                case START_ARRAY -> {
                    ArrayNode array = NODES.arrayNode();
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                        array.add(value(t, depth + 1));
                    }
                    yield array;
                }
                case VALUE_STRING -> NODES.textNode(text(parser.getText()));
                case VALUE_NUMBER_INT -> {
                    checkNumberLength();
                    yield switch (parser.getNumberType()) {
                        case INT -> NODES.numberNode(parser.getIntValue());
                        case LONG -> NODES.numberNode(parser.getLongValue());
                        default -> NODES.numberNode(parser.getBigIntegerValue());
                    };
                }
                case VALUE_NUMBER_FLOAT -> {
                    checkNumberLength();
                    double value = parser.getDoubleValue();
                    if (!Double.isFinite(value)) {
                        throw fault(parser.currentTokenLocation(), "data.json.numberTooLarge");
                    }
                    yield NODES.numberNode(value);
                }
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                // the parser hands over no other token at the start of a value: an end marker is a syntax error
                default -> throw fault(parser.currentTokenLocation(), "data.json.why.badBracket");
            };
        }

        private String text(String text) throws DataException {
            if (text.length() > DataLimits.TEXT_CHARS) {
                throw fault(parser.currentTokenLocation(), "data.limit.text", String.valueOf(DataLimits.TEXT_CHARS));
            }
            return text;
        }

        private void checkNumberLength() throws IOException, DataException {
            if (parser.getTextLength() > DataLimits.NUMBER_CHARS) {
                throw fault(parser.currentTokenLocation(), "data.limit.number",
                        String.valueOf(DataLimits.NUMBER_CHARS));
            }
        }

        private DataException fault(JsonLocation at, String key, String... arguments) {
            return JsonProblems.at(path, at, Messages.bilingual(key, arguments));
        }
    }

    /**
     * The value that starts at the current token, read to its end as {@code ObjectMapper.readTree} reads it
     * (the last of two equal keys kept): the lesson reader's, which keeps what is valid of a damaged file.
     */
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

    /** A key or a text as a message shows it: at most 60 characters. */
    static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
