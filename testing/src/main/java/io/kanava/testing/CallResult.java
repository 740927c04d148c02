package io.kanava.testing;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import io.kanava.DataType;
import io.kanava.spi.PayloadCodec;

/**
 * The one answer to a call, as a client reads it from the wire: a reply with data, or an error with a code, a
 * message, an error id for {@code internal}, and the violations of {@code invalid_data}.
 */
public final class CallResult {

    private final String frame;
    private final JsonObject json;
    private final PayloadCodec codec;

    CallResult(String frame, PayloadCodec codec) {
        this.frame = frame;
        this.codec = codec;
        try (var reader = Json.createReader(new StringReader(frame))) {
            this.json = reader.readObject();
        }
    }

    /**
     * Tells whether the call was answered with a reply.
     *
     * @return {@code true} for a reply, {@code false} for an error
     */
    public boolean isReply() {
        return !json.containsKey("error");
    }

    /**
     * Asserts that the call was answered with a reply.
     *
     * @return this result
     * @throws AssertionError naming the error frame otherwise
     */
    public CallResult assertReply() {
        if (!isReply()) {
            throw new AssertionError("Expected a reply but the call was answered with " + frame);
        }
        return this;
    }

    /**
     * Asserts that the call was answered with an error of a code.
     *
     * @param code the code it must carry, such as {@code forbidden} or an application's {@code todo_not_found}
     * @return this result
     * @throws AssertionError naming the frame otherwise
     */
    public CallResult assertError(String code) {
        if (isReply() || !code.equals(errorCode())) {
            throw new AssertionError("Expected error '" + code + "' but the call was answered with " + frame);
        }
        return this;
    }

    /**
     * Asserts a reply and binds its data.
     *
     * @param type the output type
     * @param <T> that type
     * @return the data
     */
    public <T> T reply(Class<T> type) {
        assertReply();
        return type.cast(codec.decode(data().toString(), type));
    }

    /**
     * Asserts a reply and binds its data to a generic type.
     *
     * @param type the output type, such as {@code DataType.listOf(Todo.class)}
     * @param <T> that type
     * @return the data
     */
    @SuppressWarnings("unchecked")
    public <T> T reply(DataType<T> type) {
        assertReply();
        return (T) codec.decode(data().toString(), type.type());
    }

    /**
     * Returns the reply's data as JSON.
     *
     * @return the data, {@link JsonValue#NULL} for an error or a reply without data
     */
    public JsonValue data() {
        return json.getOrDefault("data", JsonValue.NULL);
    }

    /**
     * Returns the error's code.
     *
     * @return the code, {@code null} for a reply
     */
    public String errorCode() {
        return error("code");
    }

    /**
     * Returns the error's message.
     *
     * @return the message, {@code null} for a reply
     */
    public String errorMessage() {
        return error("message");
    }

    /**
     * Returns the id under which the server logged an {@code internal} error.
     *
     * @return the error id, {@code null} when there is none
     */
    public String errorId() {
        return error("errorId");
    }

    /**
     * Returns the paths of the violations of an {@code invalid_data} error, such as {@code text}; the data itself is
     * the empty path.
     *
     * @return the paths in the order of the frame, empty when there are none
     */
    public List<String> violationPaths() {
        if (isReply() || !json.getJsonObject("error").containsKey("violations")) {
            return List.of();
        }
        return json.getJsonObject("error").getJsonArray("violations").stream()
                .map(violation -> violation.asJsonObject().getString("path"))
                .toList();
    }

    /**
     * Returns the frame as it went on the wire.
     *
     * @return the frame's text
     */
    public String frame() {
        return frame;
    }

    private String error(String member) {
        if (isReply()) {
            return null;
        }
        JsonValue value = json.getJsonObject("error").get(member);
        return value instanceof JsonString text ? text.getString() : null;
    }

    @Override
    public String toString() {
        return frame;
    }
}
