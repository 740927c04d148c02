package io.kanava.testing;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import io.kanava.DataType;
import io.kanava.spi.PayloadCodec;

/** An event frame a {@link TestConnection} received, as a client would read it. */
public final class ReceivedEvent {

    private final String frame;
    private final JsonObject json;
    private final PayloadCodec codec;

    ReceivedEvent(String frame, PayloadCodec codec) {
        this.frame = frame;
        this.codec = codec;
        try (var reader = Json.createReader(new StringReader(frame))) {
            this.json = reader.readObject();
        }
    }

    /**
     * Returns the event's name.
     *
     * @return the name, such as {@code todos:updated}
     */
    public String name() {
        return json.getString("event");
    }

    /**
     * Returns the event's data as JSON.
     *
     * @return the data, {@link JsonValue#NULL} when it has none
     */
    public JsonValue json() {
        return json.getOrDefault("data", JsonValue.NULL);
    }

    /**
     * Binds the event's data.
     *
     * @param type the type to bind to
     * @param <T> that type
     * @return the data
     */
    public <T> T data(Class<T> type) {
        return type.cast(codec.decode(json().toString(), type));
    }

    /**
     * Binds the event's data to a generic type.
     *
     * @param type the type to bind to, such as {@code DataType.listOf(Todo.class)}
     * @param <T> that type
     * @return the data
     */
    @SuppressWarnings("unchecked")
    public <T> T data(DataType<T> type) {
        return (T) codec.decode(json().toString(), type.type());
    }

    /**
     * Asserts the event's name.
     *
     * @param expected the name it must have
     * @return this event
     * @throws AssertionError naming the frame when it has another name
     */
    public ReceivedEvent assertName(String expected) {
        if (!expected.equals(name())) {
            throw new AssertionError("Expected event '" + expected + "' but received " + frame);
        }
        return this;
    }

    /**
     * Returns the frame as it went on the wire.
     *
     * @return the frame's text
     */
    public String frame() {
        return frame;
    }

    @Override
    public String toString() {
        return frame;
    }
}
