package io.kanava.impl.eventhub;

import java.io.StringReader;

import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import io.kanava.OutgoingEvent;
import io.kanava.impl.codec.FrameEncoder;

/**
 * An event with its data as JSON text. One instance serves every subscriber of a publish: its frame is encoded at
 * most once and its data parsed at most once, and only if some middleware asks for it. Middleware changes make
 * new instances.
 */
public final class HubEvent implements OutgoingEvent {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final String name;
    private final String json;
    private volatile JsonValue data;
    private volatile String frame;

    /**
     * Creates an event.
     *
     * @param name the event name
     * @param json its data as JSON text
     */
    public HubEvent(String name, String json) {
        this.name = name;
        this.json = json;
    }

    private HubEvent(String name, String json, JsonValue data) {
        this(name, json);
        this.data = data;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public JsonValue data() {
        JsonValue parsed = data;
        if (parsed == null) {
            try (JsonReader reader = JSON.createReader(new StringReader(json))) {
                parsed = reader.readValue();
            }
            data = parsed;
        }
        return parsed;
    }

    @Override
    public OutgoingEvent withName(String newName) {
        return new HubEvent(newName, json, data);
    }

    @Override
    public OutgoingEvent withData(JsonValue newData) {
        return new HubEvent(name, newData.toString(), newData);
    }

    /**
     * Returns the {@code kanava.v1} event frame, encoded on first use.
     *
     * @return the frame text
     */
    public String frame() {
        String encoded = frame;
        if (encoded == null) {
            encoded = FrameEncoder.event(name, json);
            frame = encoded;
        }
        return encoded;
    }

    /**
     * Returns the frame of any outgoing event: a middleware may forward its own {@link OutgoingEvent}.
     *
     * @param event the event
     * @return its {@code kanava.v1} event frame
     */
    public static String frameOf(OutgoingEvent event) {
        return event instanceof HubEvent hub
                ? hub.frame()
                : FrameEncoder.event(event.name(), event.data().toString());
    }

    @Override
    public String toString() {
        return "HubEvent[" + name + "]";
    }
}
