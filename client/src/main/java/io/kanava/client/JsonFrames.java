package io.kanava.client;

import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.spi.JsonProvider;

/**
 * Writes call frames and reads server frames of {@code kanava.v1}: one JSON-P parse per incoming frame (through
 * one provider instance, never the static lookup), and JSON-B for the data inside.
 */
final class JsonFrames {

    private final JsonProvider json = JsonProvider.provider();
    private final Jsonb jsonb;

    JsonFrames(Jsonb jsonb) {
        this.jsonb = jsonb;
    }

    /**
     * Writes a call frame.
     *
     * @param id the call's id
     * @param action the action
     * @param data the input's JSON text from {@link #data(Object)}, or {@code null} for none
     * @return the frame
     */
    String call(String id, String action, String data) {
        StringBuilder frame = new StringBuilder(64)
                .append("{\"id\":")
                .append(quoted(id))
                .append(",\"action\":")
                .append(quoted(action));
        if (data != null) {
            frame.append(",\"data\":").append(data);
        }
        return frame.append('}').toString();
    }

    /**
     * Writes a call's input as JSON, before the call is sent or waits, so that an input JSON-B cannot write fails
     * the {@code send} itself.
     *
     * @param input the input, or {@code null} for none
     * @return its JSON text, or {@code null} when there is no input
     * @throws jakarta.json.bind.JsonbException if JSON-B cannot write {@code input}
     */
    String data(Object input) {
        return input == null ? null : jsonb.toJson(input);
    }

    /** The frame as a JSON object, or empty if it is not one. */
    Optional<JsonObject> read(String text) {
        try (JsonReader reader = json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? Optional.of(object) : Optional.empty();
        } catch (JsonException notJson) {
            return Optional.empty();
        }
    }

    /**
     * Binds a frame's {@code data} (absent or JSON null gives null) to a type.
     *
     * @throws jakarta.json.bind.JsonbException if the data does not bind
     */
    Object bind(JsonValue data, Type type) {
        if (data == null || data == JsonValue.NULL) {
            return null;
        }
        return jsonb.fromJson(data.toString(), type);
    }

    /** The failure an error frame's {@code error} object describes; unknown members are ignored. */
    KanavaClientException error(String action, JsonObject error) {
        String code = string(error, "code").orElse(KanavaClientException.INVALID_REPLY);
        String message = string(error, "message").orElse("The server answered '" + action + "' with " + error);
        return new KanavaClientException(
                code, message, action, string(error, "errorId").orElse(null), violations(error));
    }

    private String quoted(String text) {
        return json.createValue(text).toString();
    }

    private static List<Violation> violations(JsonObject error) {
        List<Violation> violations = new ArrayList<>();
        if (error.get("violations") instanceof JsonArray listed) {
            for (JsonValue item : listed) {
                if (item instanceof JsonObject violation) {
                    violations.add(new Violation(
                            string(violation, "path").orElse(""),
                            string(violation, "message").orElse("")));
                }
            }
        }
        return violations;
    }

    private static Optional<String> string(JsonObject object, String member) {
        return object.get(member) instanceof JsonString text ? Optional.of(text.getString()) : Optional.empty();
    }
}
