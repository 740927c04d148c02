package io.kanava.docs;

import java.io.StringReader;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A JSON value as a transcript shows it, compared with what a server sent as JSON values, not as text: an object's
 * members may come in any order (JSON does not order them, and servers differ). {@code …} stands for what the page
 * leaves out: as a whole value ({@code "id":…} or {@code "sentAt":"…"}) for any value, as the only element of an
 * array ({@code [...]}) for any array, inside a string for any text.
 */
final class JsonPattern {

    private final JsonValue pattern;

    private JsonPattern(JsonValue pattern) {
        this.pattern = pattern;
    }

    /**
     * @param text what the transcript shows
     * @return its pattern, or empty when the text is not JSON even with each bare {@code …} read as a value
     */
    static Optional<JsonPattern> parse(String text) {
        try {
            return Optional.of(new JsonPattern(read(quoteBareEllipses(text))));
        } catch (JsonException | IllegalStateException notJson) {
            return Optional.empty();
        }
    }

    /**
     * @param text what arrived
     * @return whether it is JSON with the value the pattern shows
     */
    boolean matches(String text) {
        JsonValue actual;
        try {
            actual = read(text);
        } catch (JsonException | IllegalStateException notJson) {
            return false;
        }
        return matches(pattern, actual);
    }

    private static boolean matches(JsonValue wanted, JsonValue actual) {
        if (wanted instanceof JsonString string && string.getString().contains(Excerpt.ELLIPSIS)) {
            return string.getString().equals(Excerpt.ELLIPSIS)
                    || actual instanceof JsonString text && Excerpt.sameText(string.getString(), text.getString());
        }
        if (wanted instanceof JsonObject object) {
            return actual instanceof JsonObject other
                    && object.keySet().equals(other.keySet())
                    && object.entrySet().stream()
                            .allMatch(member -> matches(member.getValue(), other.get(member.getKey())));
        }
        if (wanted instanceof JsonArray array) {
            if (array.size() == 1 && isEllipsis(array.get(0))) {
                return actual instanceof JsonArray;
            }
            if (!(actual instanceof JsonArray other) || other.size() != array.size()) {
                return false;
            }
            for (int i = 0; i < array.size(); i++) {
                if (!matches(array.get(i), other.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return wanted.equals(actual);
    }

    private static boolean isEllipsis(JsonValue value) {
        return value instanceof JsonString string && string.getString().equals(Excerpt.ELLIPSIS);
    }

    private static JsonValue read(String text) {
        try (var reader = Json.createReaderFactory(Map.of()).createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    /** {@code "id":…} becomes {@code "id":"…"}; an ellipsis inside a string stays as it is. */
    static String quoteBareEllipses(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 8);
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString && c == '\\' && i + 1 < text.length()) {
                quoted.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                inString = !inString;
            }
            if (!inString && text.startsWith(Excerpt.ELLIPSIS, i)) {
                quoted.append('"').append(Excerpt.ELLIPSIS).append('"');
                i += Excerpt.ELLIPSIS.length() - 1;
                continue;
            }
            quoted.append(c);
        }
        return quoted.toString();
    }
}
