// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.words.Messages;

/**
 * The parser's complaints in the atlas's own words. Jackson's messages name its own features and options
 * ("enable JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS"), which mean nothing to a content author; each kind
 * of complaint is recognised here and told by a message of the data bundle, with the line and column.
 */
final class JsonProblems {

    private static final Pattern CHARACTER_CODE = Pattern.compile("\\(code (-?\\d{1,7})\\)");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']*)'");

    private JsonProblems() {
    }

    /** "malformed JSON (line 3, column 7): NaN and Infinity are not numbers in JSON", or the limit passed. */
    static Bilingual describe(JsonProcessingException e) {
        Bilingual why = why(e);
        if (e instanceof StreamConstraintsException) {
            return why; // a limit, not a syntax error
        }
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 0) {
            return Messages.perLanguage("data.file.malformed", why);
        }
        return Messages.perLanguage("data.file.malformedAt", why, String.valueOf(at.getLineNr()),
                String.valueOf(at.getColumnNr()));
    }

    /** A problem of the atlas's own found at a place in the text: "… (line 3, column 7)". */
    static DataException at(String path, JsonLocation at, Bilingual problem) {
        return new DataException(path, "", Messages.perLanguage("data.json.at", problem,
                String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr())));
    }

    private static Bilingual why(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (message.startsWith("Number")) {
                return Messages.bilingual("data.limit.number", String.valueOf(DataLimits.NUMBER_CHARS));
            }
            if (message.contains("nesting") || message.contains("Depth")) {
                return Messages.bilingual("data.limit.depth", String.valueOf(DataLimits.NESTING_DEPTH));
            }
            return Messages.bilingual("data.limit.text", String.valueOf(DataLimits.TEXT_CHARS));
        }
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return Messages.bilingual("data.json.why.endsEarly");
        }
        if (message.contains("'NaN'") || message.contains("Infinity'")) {
            return Messages.bilingual("data.json.why.nonNumeric");
        }
        if (message.contains("UTF-8") || message.contains("UTF-32") || message.contains("UTF-16")
                || message.contains("Invalid UTF")) {
            return Messages.bilingual("data.json.why.notUtf8");
        }
        if (message.startsWith("Illegal unquoted character")) {
            return Messages.bilingual("data.json.why.controlChar");
        }
        if (message.startsWith("Unrecognized character escape") || message.contains("escape sequence")) {
            return Messages.bilingual("data.json.why.badEscape");
        }
        if (message.startsWith("Unexpected close marker")) {
            return Messages.bilingual("data.json.why.badBracket");
        }
        Matcher token = TOKEN.matcher(message);
        if (token.find()) {
            return Messages.bilingual("data.json.why.unknownWord", JsonFiles.shortened(printable(token.group(1))));
        }
        if (message.contains("numeric value") || message.contains("Numeric value") || message.contains("Leading zeroes")
                || message.contains("Decimal point") || message.contains("exponent") || message.contains("number")) {
            return Messages.bilingual("data.json.why.badNumber");
        }
        Matcher code = CHARACTER_CODE.matcher(message);
        if (message.startsWith("Unexpected character") && code.find()) {
            return Messages.bilingual("data.json.why.unexpectedChar", character(Integer.parseInt(code.group(1))));
        }
        return Messages.bilingual("data.json.why.other");
    }

    /** A character as a message shows it: 'x', or U+0000 for one that does not print. */
    private static String character(int code) {
        if (code < 0 || !Character.isValidCodePoint(code)) {
            return String.valueOf(code);
        }
        boolean prints = !Character.isISOControl(code) && !Character.isWhitespace(code)
                && Character.getType(code) != Character.FORMAT && Character.getType(code) != Character.UNASSIGNED;
        return prints ? "\u2018" + new String(Character.toChars(code)) + "\u2019" : String.format("U+%04X", code);
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(Character.isISOControl(c) ? "\uFFFD"
                : new String(Character.toChars(c))));
        return out.toString();
    }
}
