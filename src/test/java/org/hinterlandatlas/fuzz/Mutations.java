// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a valid input, the raw material of {@link FuzzRun}. The same seed gives the same
 * mutated bytes, so a failing input can be made again from its seed.
 * <p>
 * {@link #of(byte[])} applies one to three mutations at random: on the bytes (bit flips, truncation, a slice
 * duplicated, deleted or overwritten), on the JSON text (a token spliced in, text after the document, a
 * number made extreme — NaN, ±1e308, -0, 2⁶³, a thousand digits —, a string made huge or odd, a key
 * duplicated, a value nested thousands deep) and on the JSON tree (a value of another type, a field or an
 * element removed, an element repeated thousands of times, a value moved). {@link #random()} makes an input
 * of random bytes or of random JSON tokens.
 */
public final class Mutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.){0,200})\"");
    private static final Pattern KEY = Pattern.compile("\"([^\"\\\\]{1,60})\"\\s*:");
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "NaN",
        "Infinity", "-Infinity", "1e308", "-0", "9223372036854775808", "1e999999", "\u0000", "\\u0000",
        "\"\\ud800\"", "//", "/*", "'", "\uFEFF", "garbage", "0x1F", "+1", ".5", "01"};
    private static final String[] EXTREME_NUMBERS = {"NaN", "Infinity", "-Infinity", "-0", "-0.0", "0", "-1",
        "1e308", "-1e308", "1.8e308", "4.9e-324", "1e-300", "9223372036854775808", "-9223372036854775809",
        "2147483648", "999999999999", "1e21", "1e-7", "89.9", "-89.9", "3.4028236e38", "1" + "0".repeat(1200)};
    private static final String[] ODD_STRINGS = {"", " ", "\\u0000", "\\ud800", "\\n\\t", "\u202e\u0645",
        "${jndi:ldap://x}", "../../etc/passwd", "—", "%s%n", "\\\"", "🏔"};

    private final Random random;
    private final List<String> applied = new ArrayList<>();
    /** The index of the child that the tree mutation at hand works on. */
    private int chosen;

    public Mutations(long seed) {
        this.random = new Random(seed);
    }

    /** What the last call did, for the report of a failing input ("truncate, extreme-number"). */
    public String description() {
        return String.join(", ", applied);
    }

    /** One to three random mutations of {@code valid}. */
    public byte[] of(byte[] valid) {
        applied.clear();
        byte[] input = valid;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            input = once(input);
        }
        return input;
    }

    /** Random bytes, or a random sequence of JSON tokens and scraps. */
    public byte[] random() {
        applied.clear();
        if (random.nextBoolean()) {
            applied.add("random-bytes");
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            return bytes;
        }
        applied.add("random-tokens");
        StringBuilder text = new StringBuilder();
        int tokens = random.nextInt(400);
        for (int i = 0; i < tokens; i++) {
            text.append(switch (random.nextInt(4)) {
                case 0 -> pick(TOKENS);
                case 1 -> pick(EXTREME_NUMBERS);
                case 2 -> "\"" + pick(ODD_STRINGS) + "\"";
                default -> "\"k" + random.nextInt(5) + "\":";
            });
        }
        return utf8(text.toString());
    }

    private byte[] once(byte[] input) {
        int kind = random.nextInt(16);
        String name = switch (kind) {
            case 0 -> "flip-bits";
            case 1 -> "truncate";
            case 2 -> "duplicate-slice";
            case 3 -> "delete-slice";
            case 4 -> "splice-token";
            case 5 -> "trailing-text";
            case 6, 7 -> "extreme-number";
            case 8 -> "odd-string";
            case 9 -> "duplicate-key";
            case 10 -> "deep-nesting";
            case 11, 12 -> "swap-type";
            case 13 -> "remove";
            case 14 -> "repeat-element";
            default -> "move-value";
        };
        applied.add(name);
        return switch (kind) {
            case 0 -> flipBits(input);
            case 1 -> Arrays.copyOf(input, input.length == 0 ? 0 : random.nextInt(input.length));
            case 2 -> duplicateSlice(input);
            case 3 -> deleteSlice(input);
            case 4 -> insert(input, utf8(pick(TOKENS)));
            case 5 -> concat(input, utf8(pick(new String[] {"}", "}garbage", "{}", "[]", " x", "\n\u0000", "]"})));
            case 6, 7 -> replaceMatch(input, NUMBER, m -> pick(EXTREME_NUMBERS));
            case 8 -> replaceMatch(input, STRING, m -> "\"" + oddString() + "\"");
            case 9 -> replaceMatch(input, KEY, m -> m.group() + " null, " + m.group());
            case 10 -> deepNesting(input);
            default -> tree(input, kind);
        };
    }

    private byte[] flipBits(byte[] input) {
        if (input.length == 0) {
            return input;
        }
        byte[] copy = input.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private byte[] duplicateSlice(byte[] input) {
        if (input.length == 0) {
            return input;
        }
        int from = random.nextInt(input.length);
        int to = from + random.nextInt(Math.min(input.length - from, 65536) + 1);
        return insert(input, Arrays.copyOfRange(input, from, to));
    }

    private byte[] deleteSlice(byte[] input) {
        if (input.length == 0) {
            return input;
        }
        int from = random.nextInt(input.length);
        int to = from + random.nextInt(Math.min(input.length - from, 4096) + 1);
        return concat(Arrays.copyOfRange(input, 0, from), Arrays.copyOfRange(input, to, input.length));
    }

    private byte[] insert(byte[] input, byte[] piece) {
        int at = random.nextInt(input.length + 1);
        return concat(concat(Arrays.copyOfRange(input, 0, at), piece), Arrays.copyOfRange(input, at, input.length));
    }

    private String oddString() {
        return switch (random.nextInt(4)) {
            case 0 -> "x".repeat(1 + random.nextInt(3_000_000));
            case 1 -> "长".repeat(1 + random.nextInt(100_000));
            default -> pick(ODD_STRINGS);
        };
    }

    private byte[] deepNesting(byte[] input) {
        int depth = 10 + random.nextInt(random.nextBoolean() ? 200 : 100_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        return replaceMatch(input, NUMBER, m -> nested);
    }

    /** Replaces one match of {@code pattern}, chosen at random, by what {@code replacement} makes of it. */
    private byte[] replaceMatch(byte[] input, Pattern pattern, Function<Matcher, String> replacement) {
        String text = new String(input, StandardCharsets.UTF_8);
        Matcher matcher = pattern.matcher(text);
        List<int[]> matches = new ArrayList<>();
        while (matcher.find() && matches.size() < 100_000) {
            matches.add(new int[] {matcher.start(), matcher.end()});
        }
        if (matches.isEmpty()) {
            return flipBits(input);
        }
        int[] chosen = matches.get(random.nextInt(matches.size()));
        matcher.region(chosen[0], text.length());
        matcher.lookingAt();
        return utf8(text.substring(0, chosen[0]) + replacement.apply(matcher) + text.substring(chosen[1]));
    }

    // ---- mutations of the tree

    private byte[] tree(byte[] input, int kind) {
        JsonNode root;
        try {
            root = JSON.readTree(input);
        } catch (IOException e) {
            return flipBits(input);
        }
        if (root == null || !root.isContainerNode()) {
            return flipBits(input);
        }
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode parent = containers.get(random.nextInt(containers.size()));
        if (parent.isEmpty()) {
            return flipBits(input);
        }
        JsonNode child = child(parent);
        switch (kind) {
            case 11, 12 -> replaceChild(parent, swappedType(child));
            case 13 -> removeChild(parent);
            case 14 -> repeatChild(parent, child);
            default -> replaceChild(parent, containers.get(random.nextInt(containers.size())).deepCopy());
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private JsonNode child(JsonNode parent) {
        chosen = random.nextInt(parent.size());
        if (parent.isArray()) {
            return parent.get(chosen);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = parent.fields();
        for (int i = 0; i < chosen; i++) {
            fields.next();
        }
        return fields.next().getValue();
    }

    private String chosenName(JsonNode parent) {
        Iterator<String> names = parent.fieldNames();
        for (int i = 0; i < chosen; i++) {
            names.next();
        }
        return names.next();
    }

    private void replaceChild(JsonNode parent, JsonNode value) {
        if (parent.isArray()) {
            ((ArrayNode) parent).set(chosen, value);
        } else {
            ((ObjectNode) parent).set(chosenName(parent), value);
        }
    }

    private void removeChild(JsonNode parent) {
        if (parent.isArray()) {
            ((ArrayNode) parent).remove(chosen);
        } else {
            ((ObjectNode) parent).remove(chosenName(parent));
        }
    }

    private void repeatChild(JsonNode parent, JsonNode value) {
        if (parent.isArray()) {
            int times = 1 + random.nextInt(random.nextBoolean() ? 10 : 20_000);
            for (int i = 0; i < times; i++) {
                ((ArrayNode) parent).insert(chosen, value);
            }
        } else {
            ((ObjectNode) parent).set(chosenName(parent) + "_", value.deepCopy());
        }
    }

    private JsonNode swappedType(JsonNode value) {
        return switch (random.nextInt(9)) {
            case 0 -> NODES.textNode(value.isValueNode() ? value.asText() + "x" : "x");
            case 1 -> NODES.textNode(value.asText());
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> NODES.objectNode();
            case 5 -> NODES.arrayNode().add(value.deepCopy());
            case 6 -> NODES.numberNode(new BigInteger(pick(new String[] {"9223372036854775808", "-1", "0",
                "999999999999", "2147483648"})));
            case 7 -> NODES.numberNode(pick(new double[] {1e308, -1e308, -0.0, 1e21, 4.9e-324, 89.9, 1e-9}));
            default -> NODES.arrayNode();
        };
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private double pick(double[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
